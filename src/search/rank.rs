//! Salience: the order of the picker's hits inside one tier, so that the entity a reader
//! means comes first: the one mentioned most, and the one mentioned near where they are
//! reading.
//!
//! The weights are named here and nowhere else. Mentions count on a log scale (156 mentions
//! against 2 is a big difference, 156 against 140 none); closeness is a value in 0..=1 that
//! halves at a twentieth of the document's length, so a name from the page being read can
//! beat a slightly more frequent one from another chapter, but not one ten times as
//! frequent. Inside the subsequence tier, how tight the match is (fuzzy-matcher's score per
//! query letter, about 1 for letters in a row) weighs in as well.

/// Weight of ln(1 + mentions).
pub const W_MENTIONS: f32 = 1.0;
/// Weight of closeness to the reading position.
pub const W_NEAR: f32 = 1.0;
/// The distance, as a share of the document, at which closeness is one half.
pub const NEAR_HALF: f32 = 0.05;
/// Weight of the subsequence match's tightness (fuzzy-matcher's score / 16 per letter).
pub const W_TIGHT: f32 = 0.5;
/// fuzzy-matcher's score for one matched letter without bonus.
pub const SCORE_PER_LETTER: f32 = 16.0;

/// The byte offset in `spots` (sorted) nearest to `pos`, as a distance. Spots are `u32` (a
/// book's mentions are tens of thousands, held as long as it is open; a spot beyond 4 GiB is
/// kept as `u32::MAX`, which only blurs the closeness there).
fn nearest(spots: &[u32], pos: usize) -> Option<usize> {
    let i = spots.partition_point(|&s| (s as usize) < pos);
    let after = spots.get(i).map(|&s| s as usize - pos);
    let before = i.checked_sub(1).and_then(|j| spots.get(j)).map(|&s| pos - s as usize);
    match (before, after) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Closeness in 0..=1 of the nearest of `spots` to the reading position `pos` in a text of
/// `len` bytes; 0 without a position or spots.
pub fn closeness(spots: &[u32], pos: Option<usize>, len: usize) -> f32 {
    let Some(d) = pos.and_then(|p| nearest(spots, p)) else { return 0.0 };
    let share = d as f32 / len.max(1) as f32;
    1.0 / (1.0 + share / NEAR_HALF)
}

/// The salience of something mentioned `mentions` times at `spots`.
pub fn salience(mentions: usize, spots: &[u32], pos: Option<usize>, len: usize) -> f32 {
    W_MENTIONS * (1.0 + mentions as f32).ln() + W_NEAR * closeness(spots, pos, len)
}

/// The tightness bonus of a subsequence match scoring `score` for a `letters`-letter query.
pub fn tightness(score: i64, letters: usize) -> f32 {
    W_TIGHT * (score as f32 / (SCORE_PER_LETTER * letters.max(1) as f32)).clamp(-2.0, 3.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_then_closeness() {
        let len = 100_000;
        // Many mentions far away beat a few close by; a few more close by beat far away.
        let far_many = salience(156, &[90_000], Some(0), len);
        let near_few = salience(2, &[10], Some(0), len);
        assert!(far_many > near_few);
        let near = salience(5, &[1_000], Some(0), len);
        let far = salience(6, &[80_000], Some(0), len);
        assert!(near > far);
        assert_eq!(closeness(&[], Some(5), len), 0.0);
        assert_eq!(closeness(&[5], None, len), 0.0);
        assert_eq!(closeness(&[5], Some(5), len), 1.0);
        assert!((closeness(&[0, 10_000], Some(15_000), len) - 0.5).abs() < 1e-6);
        assert!(tightness(64, 4) > tightness(10, 4));
    }
}
