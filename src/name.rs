//! The texts of the syntax tree: names of commands, parameters and variables, and string
//! values. A [`Name`] read verbatim from the script is a range of the one shared copy of the
//! source text, so reading a name costs no allocation; a text the source does not hold as it
//! is (a string with escapes, say) has a copy of its own.

use std::fmt;
use std::rc::Rc;

/// The one shared copy of a source text that names point into. The handle is one pointer
/// wide (to the shared text's own handle), so that a [`Name`] is two words, not three: names
/// are in most nodes of the tree.
pub type SharedText = Rc<Rc<str>>;

/// A text of the syntax tree: `text[start..end]` of the shared source, or the whole of `text`
/// when `start` is [`WHOLE`] and `text` is a copy holding just this text.
#[derive(Clone)]
pub struct Name {
    text: SharedText,
    start: u32,
    end: u32,
}

/// The `start` of a name that is all of its text.
const WHOLE: u32 = u32::MAX;

impl Name {
    /// `part` as a name: a range of `source` when `part` lies within it, else a copy.
    pub fn within(source: &SharedText, part: &str) -> Name {
        let base = source.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        if at >= base && at + part.len() <= base + source.len() {
            Name::range(source, at - base, at - base + part.len())
        } else {
            Name::from(part)
        }
    }

    /// `source[start..end]` as a name, for a caller that has the offsets already.
    pub fn range(source: &SharedText, start: usize, end: usize) -> Name {
        match (u32::try_from(start), u32::try_from(end)) {
            (Ok(start), Ok(end)) if start != WHOLE => Name {
                text: Rc::clone(source),
                start,
                end,
            },
            _ => Name::from(&source[start..end]),
        }
    }

    pub fn as_str(&self) -> &str {
        if self.start == WHOLE {
            &self.text
        } else {
            &self.text[self.start as usize..self.end as usize]
        }
    }
}

impl From<&str> for Name {
    fn from(text: &str) -> Name {
        Name {
            text: Rc::new(Rc::from(text)),
            start: WHOLE,
            end: 0,
        }
    }
}

impl std::ops::Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Name {}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::hash::Hash for Name {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_the_source_shares_it_and_other_text_is_copied() {
        let source: SharedText = Rc::new(Rc::from("Get-CsSite -Identity site:Redmond"));
        let name = Name::within(&source, &source[11..20]);
        assert_eq!(name, "-Identity");
        assert!(Rc::ptr_eq(&name.text, &source));
        let elsewhere = String::from("-Identity");
        let copied = Name::within(&source, &elsewhere);
        assert_eq!(copied, name);
        assert!(!Rc::ptr_eq(&copied.text, &source));
        assert_eq!(Name::within(&source, &source[33..]), "");
        assert_eq!(format!("{name} {name:?}"), "-Identity \"-Identity\"");
        assert_eq!(Name::range(&source, 11, 20), "-Identity");
        assert!(Rc::ptr_eq(&Name::range(&source, 11, 20).text, &source));
        assert_eq!(std::mem::size_of::<Name>(), 16);
    }
}
