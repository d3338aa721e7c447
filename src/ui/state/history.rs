//! Jump history: every jump records where the reader was; Back returns there and Forward
//! goes again where Back came from, like a browser's.
//!
//! Positions are stored as byte offsets (the anchor sentence), not screen rows, so going back
//! is right even after a resize. A new jump forgets the forward list, as a browser does.

/// The jump history: places to go back to, and forward again.
#[derive(Debug, Clone, Default)]
pub struct History {
    stack: Vec<usize>,
    ahead: Vec<usize>,
}

/// How many jumps are remembered.
const LIMIT: usize = 200;

impl History {
    /// Records `byte` as the place a new jump leaves.
    pub fn push(&mut self, byte: usize) {
        self.ahead.clear();
        self.remember(byte);
    }

    fn remember(&mut self, byte: usize) {
        if self.stack.last() != Some(&byte) {
            self.stack.push(byte);
            if self.stack.len() > LIMIT {
                self.stack.remove(0);
            }
        }
    }

    /// The place before the last jump; `here` becomes the way forward.
    pub fn back(&mut self, here: usize) -> Option<usize> {
        let to = self.stack.pop()?;
        self.ahead.push(here);
        Some(to)
    }

    /// The place Back came from; `here` becomes the way back.
    pub fn forward(&mut self, here: usize) -> Option<usize> {
        let to = self.ahead.pop()?;
        self.remember(here);
        Some(to)
    }

    /// How many places Back can return to.
    pub fn len(&self) -> usize {
        self.stack.len()
    }

    /// Whether Back has nowhere to go.
    pub fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_and_forward_like_a_browser() {
        let mut h = History::default();
        h.push(10);
        h.push(20);
        assert_eq!(h.back(30), Some(20));
        assert_eq!(h.back(20), Some(10));
        assert_eq!(h.forward(10), Some(20));
        assert_eq!(h.forward(20), Some(30));
        assert_eq!(h.forward(30), None);
        h.back(30);
        h.push(5);
        assert_eq!(h.forward(5), None);
    }
}
