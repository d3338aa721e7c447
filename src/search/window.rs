//! Reading a sparse fold ([`super::fold::fold_sparse`]) together with its original text: one
//! folded byte, or a window of folded bytes lowercased, made on the fly.
//!
//! A book's search index used to be a whole lowercased folded copy of the text (3 MB for a
//! 3 MB book), though between two points of the fold map every folded byte is its original
//! ASCII byte (whitespace as a space). So the index keeps only the points' bytes, and a scan
//! folds the window it looks at into a reused buffer: a copy at memory speed instead of a
//! second book resident for as long as the document is open. Case comes from the same bytes
//! (the original's, or the points' as folded), so no case bitset is kept either.

use super::fold::Folded;

/// Folded bytes one window holds at most (plus the query's length).
pub const WINDOW: usize = 1 << 16;

/// ASCII whitespace folds to a space; everything else is itself.
fn plain(b: u8) -> u8 {
    if b.is_ascii_whitespace() { b' ' } else { b }
}

/// [`plain`], lowercased, without branches.
fn plain_lower(b: u8) -> u8 {
    let space = (b == b' ') | (b == b'\t') | (b == b'\n') | (b == b'\x0c') | (b == b'\r');
    let lower = b | (u8::from(b.wrapping_sub(b'A') < 26) << 5);
    if space { b' ' } else { lower }
}

impl Folded {
    /// Points (by index) that end at or before folded byte `f`, i.e. the first point that
    /// holds `f` or starts after it.
    fn first_point_from(&self, f: usize) -> usize {
        self.points.partition_point(|p| {
            let p = p.get();
            p.fold + p.fold_len <= f
        })
    }

    /// Folded byte `f` of a sparse fold of `orig` (case kept); `f` must be in range.
    pub fn sparse_byte(&self, orig: &[u8], f: usize) -> u8 {
        let k = self.first_point_from(f);
        match self.points.get(k).map(|p| p.get()) {
            Some(p) if p.fold <= f => self.text.as_bytes()[self.extra_at[k] as usize + f - p.fold],
            _ => plain(orig[self.orig_start(f)]),
        }
    }

    /// Appends the folded bytes `from..to` of a sparse fold of `orig`, lowercased.
    pub fn fill_lower(&self, orig: &[u8], from: usize, to: usize, out: &mut Vec<u8>) {
        let to = to.min(self.len());
        let mut f = from;
        let mut k = self.first_point_from(f);
        while f < to {
            match self.points.get(k).map(|p| p.get()) {
                Some(p) if p.fold <= f => {
                    let at = self.extra_at[k] as usize + f - p.fold;
                    let n = (p.fold + p.fold_len).min(to) - f;
                    out.extend(self.text.as_bytes()[at..at + n].iter().map(u8::to_ascii_lowercase));
                    f += n;
                    k += 1;
                }
                next => {
                    let stop = next.map_or(to, |p| p.fold.min(to));
                    // Between points, folded and original offsets differ by a constant; the
                    // points before `k` all start at or before `f`, the others after it.
                    let o = self.start_with(f, k);
                    let at = out.len();
                    out.extend_from_slice(&orig[o..o + (stop - f)]);
                    // A branch-free loop the compiler vectorises: a whole book's worth of
                    // windows (a query that matches nothing) in about a millisecond.
                    for b in &mut out[at..] {
                        *b = plain_lower(*b);
                    }
                    f = stop;
                }
            }
        }
    }
}

/// Folded bytes the first window of a scan holds: most scans stop at a match close by (the
/// next match for `n`, the matches on a line), so windows start small and double.
const FIRST_WINDOW: usize = 1 << 10;

/// A window of a sparse fold, lowercased: folded bytes `start..start + buf.len()`.
#[derive(Debug, Clone, Default)]
pub struct Window {
    start: usize,
    buf: Vec<u8>,
    /// Size of the last fill (the next one is twice as large, up to [`WINDOW`]).
    size: usize,
}

impl Window {
    /// The folded bytes from `from` up to `end` or the end of the window, whichever comes
    /// first; refilled from `from` unless the window holds `from..from + min` (or all of
    /// `from..end`), so the slice is never shorter than `min` bytes before `end`.
    pub fn at<'w>(
        &'w mut self,
        folded: &Folded,
        orig: &[u8],
        from: usize,
        end: usize,
        min: usize,
    ) -> &'w [u8] {
        let wend = self.start + self.buf.len();
        if from < self.start || wend < (from + min).min(end) {
            self.size = (self.size * 2).clamp(FIRST_WINDOW, WINDOW);
            self.buf.clear();
            self.start = from;
            folded.fill_lower(orig, from, end.min(from + self.size + min), &mut self.buf);
        }
        let e = (end.max(self.start) - self.start).min(self.buf.len());
        let s = (from - self.start).min(e);
        &self.buf[s..e]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_branch_free_fold_is_the_plain_one() {
        for b in 0..=u8::MAX {
            assert_eq!(plain_lower(b), plain(b).to_ascii_lowercase(), "{b}");
        }
    }
}
