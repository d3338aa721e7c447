//! The crate's one non-cryptographic hash: 64-bit FNV-1a, as a `Hasher` for the hash maps of
//! the extractor ([`FastMap`], [`FastSet`]) and as a function ([`fnv1a`]) for the key that
//! recognises a document in the reading state.
//!
//! The extractor hashes hundreds of thousands of short words per book, where the default
//! SipHash (built to resist adversarial keys, which word lists are not) dominates the time;
//! a dozen lines do not justify a crate. One definition, so the saved-state key and the maps
//! cannot drift apart into two slightly different FNVs.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a as a streaming `Hasher`.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(PRIME);
        }
    }
}

/// A `HashMap` hashed with FNV-1a.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A `HashSet` hashed with FNV-1a.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
