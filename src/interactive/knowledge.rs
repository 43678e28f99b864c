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
    /// The functions the session has defined, by lower-cased name.
    functions: std::collections::HashMap<String, Rc<CmdletEntry>>,
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
            functions: std::collections::HashMap::new(),
        }
    }

    /// Takes the functions defined so far, so that completion offers them and their
    /// parameters and colouring knows them.
    pub fn set_functions(&mut self, functions: Vec<Rc<CmdletEntry>>) {
        for entry in &functions {
            let lower = entry.name().to_ascii_lowercase();
            if self.known.insert(lower) {
                self.names.push(entry.name().to_string());
            }
        }
        self.functions = functions
            .into_iter()
            .map(|e| (e.name().to_ascii_lowercase(), e))
            .collect();
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
        self.functions
            .get(&typed.to_ascii_lowercase())
            .cloned()
            .or_else(|| self.registry.resolve(typed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;

    #[test]
    fn functions_of_the_session_are_commands_with_their_parameters() {
        let mut engine = crate::cmdlets::shell(
            Session::lab(),
            Box::new(crate::engine::BufferHost::default()),
        );
        let _ = engine.run(
            "function Set-LabPorts { param($AudioPort, [switch]$Force) }",
            "line",
        );
        let mut k = Knowledge::new(Rc::new(Registry::new()), Session::lab());
        k.set_functions(engine.function_entries());
        assert!(k.is_command("set-labports"));
        assert!(k.command_names().iter().any(|n| n == "Set-LabPorts"));
        let entry = k.resolve("Set-LabPorts").expect("the function");
        assert!(entry.signature.params.iter().any(|p| p.name == "AudioPort"));
    }

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
