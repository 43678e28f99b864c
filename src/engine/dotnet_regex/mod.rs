//! .NET regular expressions on top of `fancy-regex`, which brings look-around,
//! back-references, atomic groups and conditionals. A .NET pattern is first rewritten into
//! fancy-regex's syntax (`pattern.rs`, `class.rs`) so that what .NET reads differently means
//! what it means in .NET: `\<` is a `<`, `[\w-.]` holds a hyphen, `a{,2}` is literal text,
//! `a++` is an error, `(?n)` makes groups non-capturing, and groups are numbered as .NET
//! numbers them (unnamed groups first, then named ones). A pattern fancy-regex cannot express
//! (balancing groups, explicitly numbered groups, Unicode block names) is refused as
//! unsupported rather than run with another meaning. `replacement.rs` reads .NET replacement
//! strings.

mod class;
mod pattern;
mod replacement;

pub use replacement::Replacement;

use fancy_regex::{Captures, RegexBuilder};
use std::collections::HashMap;

/// Compiled patterns are capped in size so that a hostile pattern cannot exhaust memory.
const SIZE_LIMIT: usize = 1 << 20;

/// How many backtracking steps one match may take before it is given up (.NET would time
/// out); about a tenth of a second of work.
const BACKTRACK_LIMIT: usize = 1_000_000;

/// Why a pattern cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatternError {
    /// .NET would refuse it too; the text is .NET's parse message (`Not enough )'s.`).
    Invalid(String),
    /// Valid in .NET, but lyncsh cannot run it; the text names the construct.
    Unsupported(String),
}

impl PatternError {
    fn invalid(reason: impl Into<String>) -> Self {
        PatternError::Invalid(reason.into())
    }

    fn unsupported(construct: impl Into<String>) -> Self {
        PatternError::Unsupported(construct.into())
    }

    /// The error PowerShell's operators give for `pattern`, or lyncsh's for a construct it
    /// lacks.
    pub fn message(&self, pattern: &str) -> String {
        match self {
            PatternError::Invalid(_) => {
                format!("The regular expression pattern {pattern} is not valid.")
            }
            PatternError::Unsupported(construct) => format!(
                "The regular expression pattern {pattern} uses {construct}, a .NET construct lyncsh does not support."
            ),
        }
    }

    /// .NET's ArgumentException text for an invalid `pattern`, as Select-String shows it.
    pub fn dotnet_message(&self, pattern: &str) -> String {
        match self {
            PatternError::Invalid(reason) => format!("parsing \"{pattern}\" - {reason}"),
            PatternError::Unsupported(_) => self.message(pattern),
        }
    }
}

/// A capturing group as .NET sees it: its number, its name, and the groups of the compiled
/// pattern that make it up (several when a name is used twice).
#[derive(Clone, Debug)]
pub struct Group {
    pub number: usize,
    pub name: Option<String>,
    parts: Vec<usize>,
}

/// The capturing groups in .NET's numbering: unnamed groups from 1 in the order they open,
/// then each distinct name.
#[derive(Clone, Debug, Default)]
pub struct GroupTable {
    groups: Vec<Group>,
}

impl GroupTable {
    /// `opened` is each capturing group, in the order it opens, with its name.
    fn new(opened: Vec<Option<String>>) -> Self {
        let unnamed = opened.iter().filter(|name| name.is_none()).count();
        let mut groups: Vec<Group> = Vec::with_capacity(opened.len());
        let mut named: HashMap<String, usize> = HashMap::new();
        for (i, name) in opened.into_iter().enumerate() {
            let part = i + 1;
            let Some(name) = name else {
                groups.push(Group {
                    number: groups.len() - named.len() + 1,
                    name: None,
                    parts: vec![part],
                });
                continue;
            };
            match named.get(&name) {
                Some(&at) => groups[at].parts.push(part),
                None => {
                    named.insert(name.clone(), groups.len());
                    groups.push(Group {
                        number: unnamed + named.len(),
                        name: Some(name),
                        parts: vec![part],
                    });
                }
            }
        }
        groups.sort_by_key(|g| g.number);
        GroupTable { groups }
    }

    /// The groups in number order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    fn by_number(&self, number: usize) -> Option<&Group> {
        self.groups.get(number.checked_sub(1)?)
    }

    fn by_name(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name.as_deref() == Some(name))
    }

    /// The first compiled group behind .NET group `number`.
    fn first_by_number(&self, number: usize) -> Option<usize> {
        self.by_number(number).map(|g| g.parts[0])
    }

    /// The first compiled group behind the group called `name`.
    fn first_by_name(&self, name: &str) -> Option<usize> {
        self.by_name(name).map(|g| g.parts[0])
    }
}

/// A compiled .NET pattern.
#[derive(Debug)]
pub struct DotnetRegex {
    source: String,
    regex: fancy_regex::Regex,
    table: GroupTable,
}

impl DotnetRegex {
    /// Compiles the .NET `pattern`, case-insensitive unless `case_sensitive`.
    pub fn new(pattern: &str, case_sensitive: bool) -> Result<Self, PatternError> {
        let translated = pattern::translate(pattern)?;
        let regex = RegexBuilder::new(&translated.pattern)
            .case_insensitive(!case_sensitive)
            .delegate_size_limit(SIZE_LIMIT)
            .backtrack_limit(BACKTRACK_LIMIT)
            .build()
            .map_err(|e| PatternError::Invalid(format!("{e}.")))?;
        Ok(DotnetRegex {
            source: pattern.to_string(),
            regex,
            table: GroupTable::new(translated.groups),
        })
    }

    /// The pattern as it was written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The compiled pattern.
    pub fn regex(&self) -> &fancy_regex::Regex {
        &self.regex
    }

    /// The capturing groups, in .NET's numbering.
    pub fn groups(&self) -> &[Group] {
        self.table.groups()
    }

    /// The group .NET numbers `number` (not 0, the whole match).
    pub fn group(&self, number: usize) -> Option<&Group> {
        self.table.by_number(number)
    }

    /// What `group` captured in `captures` (the part that took part, for a name used twice).
    pub fn capture<'t>(&self, captures: &Captures<'t, str>, group: &Group) -> Option<&'t str> {
        group
            .parts
            .iter()
            .find_map(|&i| captures.get(i))
            .map(|m| m.as_str())
    }
}

#[cfg(test)]
mod tests;
