//! What the interactive helpers know about the shell: the engine's own registry, and a copy of
//! its session (store, topology, variables) taken before each line is read, so that completion
//! and colouring see exactly what the next command will run against.

use crate::cmdlets::CmdletEntry;
use crate::command::Commands;
use crate::session::Session;
use std::collections::HashSet;
use std::rc::Rc;

pub struct Knowledge {
    registry: Rc<dyn Commands>,
    pub session: Session,
    /// Every command name, then every alias, each sorted without regard to case.
    names: Vec<String>,
    /// The same names, lower-cased, for colouring.
    known: HashSet<String>,
}

/// Names the parser reads as commands that are keywords of the language.
const KEYWORD_COMMANDS: &[&str] = &["exit"];

impl Knowledge {
    pub fn new(registry: Rc<dyn Commands>, session: Session) -> Knowledge {
        let mut names = registry.command_names();
        let mut aliases: Vec<String> = registry
            .aliases()
            .into_iter()
            .map(|(a, _)| a.to_string())
            .collect();
        aliases.sort_by_cached_key(|n| n.to_ascii_lowercase());
        names.extend(aliases);
        let known = names
            .iter()
            .map(|n| n.to_ascii_lowercase())
            .chain(KEYWORD_COMMANDS.iter().map(|k| k.to_string()))
            .collect();
        Knowledge {
            registry,
            session,
            names,
            known,
        }
    }

    /// Command names, then alias names.
    pub fn command_names(&self) -> &[String] {
        &self.names
    }

    /// Whether `typed` names a command lyncsh knows (`Lync\` prefix allowed).
    pub fn is_command(&self, typed: &str) -> bool {
        let lower = typed.to_ascii_lowercase();
        let lower = lower.strip_prefix("lync\\").unwrap_or(&lower);
        self.known.contains(lower)
    }

    pub fn resolve(&self, typed: &str) -> Option<Rc<CmdletEntry>> {
        self.registry.resolve(typed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;

    #[test]
    fn names_include_aliases_and_are_recognised_in_any_case() {
        let k = Knowledge::new(Rc::new(Registry::new()), Session::lab());
        assert!(k.is_command("get-csconferencingconfiguration"));
        assert!(k.is_command("Lync\\Get-CsConferencingConfiguration"));
        assert!(k.is_command("cls"));
        assert!(k.is_command("exit"));
        assert!(!k.is_command("Get-Nothing"));
        assert!(k.command_names().iter().any(|n| n == "ft"));
    }
}
