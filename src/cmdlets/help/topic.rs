//! A help topic: what Get-Help shows about one command, gathered from wherever lyncsh knows
//! it — generated from a family declaration, written for a built-in, or, for a catalog-only
//! cmdlet, the signature and a plain statement that lyncsh does not emulate it.

use super::{builtin, family};
use crate::cmdlets::{CmdletEntry, Kind};
use crate::command::Commands;
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
pub fn of(entry: &CmdletEntry, registry: &dyn Commands) -> Topic {
    let signature = entry.signature.clone();
    match &entry.kind {
        // A noun whose verbs are written by hand has its help written by hand too.
        Kind::Family(..) if builtin::has_text(&signature.name) => builtin::topic(signature),
        Kind::Family(decl, verb) => family::topic(decl, *verb, signature),
        Kind::Builtin { .. } | Kind::Function(_) => builtin::topic(signature),
        Kind::Known => known(signature, registry),
    }
}

const NOT_EMULATED: &str =
    "lyncsh knows the parameters of this cmdlet but does not emulate it yet.";

/// A catalog cmdlet lyncsh binds but does not run.
fn known(signature: Rc<Signature>, registry: &dyn Commands) -> Topic {
    let name = signature.name.clone();
    let description = vec![
        format!("{name} is a cmdlet of Lync Server 2013. {NOT_EMULATED}"),
        "When you type it, lyncsh checks the parameters and their values against the cmdlet's signature, exactly as it would for an emulated cmdlet, and then reports that the cmdlet is not emulated. Nothing in the session changes.".into(),
    ];
    let related = same_noun(&name, registry);
    Topic {
        signature,
        synopsis: NOT_EMULATED.into(),
        description,
        examples: Vec::new(),
        parameters: Vec::new(),
        related,
    }
}

/// The other commands with the noun of `name`, sorted.
fn same_noun(name: &str, registry: &dyn Commands) -> Vec<String> {
    let Some((_, noun)) = name.split_once('-') else {
        return Vec::new();
    };
    registry
        .command_names()
        .into_iter()
        .filter(|n| !n.eq_ignore_ascii_case(name))
        .filter(|n| {
            n.split_once('-')
                .is_some_and(|(_, m)| m.eq_ignore_ascii_case(noun))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;

    #[test]
    fn catalog_only_cmdlets_say_they_are_not_emulated() {
        let registry = Registry::new();
        let entry = registry
            .resolve("Get-CsSlaConfiguration")
            .expect("Get-CsSlaConfiguration");
        let topic = of(&entry, &registry);
        assert_eq!(topic.synopsis, NOT_EMULATED);
        assert!(topic.examples.is_empty());
        assert!(topic
            .related
            .contains(&"Set-CsSlaConfiguration".to_string()));
        assert!(!topic
            .related
            .contains(&"Get-CsSlaConfiguration".to_string()));
    }
}
