//! The index that finds an account by a key (SIP address, UPN, `domain\account`, distinguished
//! name; lower case). It keeps a 64-bit hash of each key rather than the key, and checks a hit
//! against the account's own keys, so that 100,000 accounts (400,000 keys) cost a few bytes a
//! key instead of a copy of each. Two keys with one hash, which practically never happens, are
//! still told apart: the later one is kept by its text.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

#[derive(Clone, Debug, Default)]
pub struct KeyIndex {
    by_hash: HashMap<u64, u32>,
    /// Keys whose hash another key holds already.
    collided: HashMap<String, u32>,
}

/// The same hash for the same key in every process.
fn hash(key: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

fn position(at: usize) -> u32 {
    u32::try_from(at).expect("fewer than 4 billion accounts")
}

impl KeyIndex {
    pub fn clear(&mut self) {
        self.by_hash.clear();
        self.collided.clear();
    }

    /// Files `key` under the account at `at`; `holds(other, key)` says whether the account at
    /// `other` has that key itself (the same key moving to another account is not a collision).
    pub fn insert(&mut self, key: &str, at: usize, holds: impl Fn(usize, &str) -> bool) {
        let h = hash(key);
        match self.by_hash.get(&h) {
            Some(&other) if other as usize != at && !holds(other as usize, key) => {
                self.collided.insert(key.to_string(), position(at));
            }
            _ => {
                self.by_hash.insert(h, position(at));
            }
        }
    }

    /// Forgets `key` if the account at `at` holds it.
    pub fn remove(&mut self, key: &str, at: usize) {
        let h = hash(key);
        if self.by_hash.get(&h).is_some_and(|&i| i as usize == at) {
            self.by_hash.remove(&h);
        }
        if self.collided.get(key).is_some_and(|&i| i as usize == at) {
            self.collided.remove(key);
        }
    }

    /// The account holding `key`, checked with `holds` as for [`KeyIndex::insert`].
    pub fn get(&self, key: &str, holds: impl Fn(usize, &str) -> bool) -> Option<usize> {
        if let Some(&at) = self.collided.get(key) {
            return Some(at as usize);
        }
        let at = *self.by_hash.get(&hash(key))? as usize;
        holds(at, key).then_some(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_is_checked_against_the_account() {
        let keys = ["sip:a@x.com", "sip:b@x.com"];
        let holds = |at: usize, key: &str| keys[at] == key;
        let mut index = KeyIndex::default();
        index.insert(keys[0], 0, holds);
        index.insert(keys[1], 1, holds);
        assert_eq!(index.get("sip:b@x.com", holds), Some(1));
        assert_eq!(index.get("sip:c@x.com", holds), None);
        index.remove("sip:b@x.com", 0);
        assert_eq!(index.get("sip:b@x.com", holds), Some(1));
        index.remove("sip:b@x.com", 1);
        assert_eq!(index.get("sip:b@x.com", holds), None);
    }

    #[test]
    fn a_key_whose_hash_is_taken_is_kept_by_its_text() {
        let mut index = KeyIndex::default();
        // Pretend both keys hash alike: file the second under the first's hash by hand.
        index.by_hash.insert(hash("first"), 0);
        let holds =
            |at: usize, key: &str| (at == 0 && key == "first") || (at == 1 && key == "second");
        index.by_hash.insert(hash("second"), 0);
        index.insert("second", 1, holds);
        assert_eq!(index.get("second", holds), Some(1));
        assert_eq!(index.get("first", holds), Some(0));
    }
}
