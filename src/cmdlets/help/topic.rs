//! A help topic: what Get-Help shows about one command, gathered from wherever lyncsh knows
//! it — generated from a family declaration, written for a built-in, or, for a catalog-only
//! cmdlet, the signature and a plain statement that lyncsh does not emulate it.

use super::{builtin, family};
use crate::cmdlets::{CmdletEntry, Kind};
use crate::signature::Signature;
use crate::wildcard::wildcard_match;
use std::rc::Rc;

/// One example: a command line that works on a fresh lab, and what it does.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    pub code: String,
    pub remarks: String,
}

impl Example {
    pub fn new(code: impl Into<String>, remarks: impl Into<String>) -> Example {
        Example {
            code: code.into(),
            remarks: remarks.into(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Topic {
    pub signature: Rc<Signature>,
    pub synopsis: String,
    /// Paragraphs.
    pub description: Vec<String>,
    pub examples: Vec<Example>,
    /// Parameter descriptions by parameter name or wildcard pattern; a parameter without one
    /// shows none.
    pub parameters: Vec<(String, String)>,
    pub related: Vec<String>,
}

impl Topic {
    pub fn name(&self) -> &str {
        &self.signature.name
    }

    /// The description of parameter `name`: the entry of that name, else the first entry whose
    /// name is a wildcard pattern matching it.
    pub fn parameter_text(&self, name: &str) -> Option<&str> {
        let exact = self
            .parameters
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name));
        exact
            .or_else(|| {
                self.parameters
                    .iter()
                    .find(|(n, _)| wildcard_match(n, name, false))
            })
            .map(|(_, text)| text.as_str())
    }
}

/// The help topic of a command.
pub fn of(entry: &CmdletEntry) -> Topic {
    let signature = entry.signature.clone();
    match &entry.kind {
        // A noun whose verbs are written by hand has its help written by hand too.
        Kind::Family(..) if builtin::has_text(&signature.name) => builtin::topic(signature),
        Kind::Family(decl, verb) => family::topic(decl, *verb, signature),
        Kind::Builtin { .. } | Kind::Function(_) => builtin::topic(signature),
    }
}
