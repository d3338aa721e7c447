//! Jump history: every jump records where the reader was, and Back returns there.
//!
//! Positions are stored as byte offsets (the anchor sentence), not screen rows, so going back
//! is right even after a resize.

#[derive(Debug, Clone, Default)]
pub struct History {
    stack: Vec<usize>,
}

/// How many jumps are remembered.
const LIMIT: usize = 200;

impl History {
    pub fn push(&mut self, byte: usize) {
        if self.stack.last() != Some(&byte) {
            self.stack.push(byte);
            if self.stack.len() > LIMIT {
                self.stack.remove(0);
            }
        }
    }

    pub fn pop(&mut self) -> Option<usize> {
        self.stack.pop()
    }

    pub fn len(&self) -> usize {
        self.stack.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }
}
