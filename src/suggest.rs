//! Did-you-mean suggestions: of a list of known names, the one nearest to a mistyped name by
//! edit distance (strsim's Levenshtein, without regard to case), when it is close enough to be
//! a likely typo.
//!
//! The list is prepared once (each name lower-cased, its length and letter counts noted), and a
//! name is measured only when its length and its letters allow it to be nearer than the best
//! found so far: a name of 60 characters is never compared with a word of a million.

/// Known names, ready to be searched for the one nearest to a typed name.
pub struct Suggestions {
    names: Vec<Candidate>,
}

struct Candidate {
    shown: String,
    lower: String,
    chars: usize,
    letters: Letters,
}

impl Suggestions {
    /// Prepares `names`; on ties, the earlier name is suggested.
    pub fn new<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Suggestions {
        let names = names
            .into_iter()
            .map(|name| {
                let shown: String = name.into();
                let lower = shown.to_lowercase();
                Candidate {
                    chars: lower.chars().count(),
                    letters: Letters::of(&lower),
                    lower,
                    shown,
                }
            })
            .collect();
        Suggestions { names }
    }

    /// The known name nearest to `typed`, if it differs by at most a third of `typed`'s
    /// characters (and at least two edits are always allowed).
    pub fn nearest(&self, typed: &str) -> Option<&str> {
        let typed_chars = typed.chars().count();
        // The largest distance a suggestion may have; it shrinks as nearer names are found.
        let mut bound = (typed_chars / 3).max(2);
        // Nothing can be near a word much longer than every name.
        let longest = self.names.iter().map(|n| n.chars).max()?;
        if typed_chars > longest + bound {
            return None;
        }
        let lower = typed.to_lowercase();
        let chars = lower.chars().count();
        let letters = Letters::of(&lower);
        let mut best = None;
        for name in &self.names {
            if name.chars.abs_diff(chars) > bound || letters.distance(&name.letters) > bound {
                continue;
            }
            let distance = strsim::levenshtein(&lower, &name.lower);
            if distance > bound {
                continue;
            }
            best = Some(name.shown.as_str());
            // Only a strictly nearer name replaces this one.
            match distance.checked_sub(1) {
                Some(nearer) => bound = nearer,
                None => break,
            }
        }
        best
    }
}

/// How many times each character occurs in a name: digits, ASCII letters and `-` counted one
/// by one, every other character in one shared count. The difference between two such counts
/// never exceeds the edit distance of the names (each edit changes at most one character), so
/// it rules names out without measuring them.
#[derive(Clone, Copy)]
struct Letters([u32; BUCKETS]);

const BUCKETS: usize = 38;

impl Letters {
    fn of(lower: &str) -> Letters {
        let mut counts = [0u32; BUCKETS];
        for c in lower.chars() {
            let bucket = match c {
                'a'..='z' => c as usize - 'a' as usize,
                '0'..='9' => 26 + (c as usize - '0' as usize),
                '-' => 36,
                _ => 37,
            };
            counts[bucket] = counts[bucket].saturating_add(1);
        }
        Letters(counts)
    }

    /// The larger of the characters one has beyond the other, and the other way round.
    fn distance(&self, other: &Letters) -> usize {
        let (mut more, mut fewer) = (0usize, 0usize);
        for (a, b) in self.0.iter().zip(&other.0) {
            if a > b {
                more += (a - b) as usize;
            } else {
                fewer += (b - a) as usize;
            }
        }
        more.max(fewer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nearest(typed: &str, names: &[&str]) -> Option<String> {
        Suggestions::new(names.iter().copied())
            .nearest(typed)
            .map(str::to_string)
    }

    #[test]
    fn a_close_name_is_suggested_a_far_one_is_not() {
        assert_eq!(
            nearest("Identiy", &["Identity"]).as_deref(),
            Some("Identity")
        );
        assert_eq!(nearest("Zebra", &["Identity"]), None);
        // Two edits are allowed even for short words; a third of the word's length for long ones.
        assert_eq!(nearest("ab", &["xy"]).as_deref(), Some("xy"));
        assert_eq!(nearest("abc", &["xyz"]), None);
        assert_eq!(
            nearest(
                "Get-CsConferencingConfigurtion",
                &["Get-CsConferencingConfiguration"]
            )
            .as_deref(),
            Some("Get-CsConferencingConfiguration")
        );
    }

    #[test]
    fn case_is_ignored_and_the_nearest_wins_then_the_first() {
        let names = ["Get-CsSite", "Get-CsSites", "Set-CsSite"];
        assert_eq!(nearest("GET-CSSITE", &names).as_deref(), Some("Get-CsSite"));
        assert_eq!(
            nearest("Get-CsSitess", &names).as_deref(),
            Some("Get-CsSites")
        );
        // At distance 1 from both Get-CsSite and Set-CsSite: the earlier one.
        assert_eq!(nearest("Xet-CsSite", &names).as_deref(), Some("Get-CsSite"));
        assert_eq!(
            nearest(
                "ClientAudioPrt",
                &["ClientAudioPortRange", "ClientAudioPort"]
            )
            .as_deref(),
            Some("ClientAudioPort")
        );
    }

    #[test]
    fn letter_counts_never_exceed_the_edit_distance() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "Get-CsSite",
            "get-cssite2",
            "Ré-mond",
            "ßtraße",
            "----",
        ];
        for a in words {
            for b in words {
                let (a, b) = (a.to_lowercase(), b.to_lowercase());
                assert!(
                    Letters::of(&a).distance(&Letters::of(&b)) <= strsim::levenshtein(&a, &b),
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn a_huge_word_is_ruled_out_at_once() {
        assert_eq!(nearest(&"x".repeat(1 << 20), &["Get-CsSite", "x"]), None);
        assert_eq!(nearest("anything", &[]), None);
    }
}
