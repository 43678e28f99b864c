//! The cmdlet reference, `docs/cmdlets.md`, generated from the registry: the commands lyncsh
//! emulates with their synopsis, and the aliases. A test keeps the file in step with the
//! registry; run `LYNCSH_BLESS=1 cargo test --lib reference` to rewrite it.

use super::discovery::{self, CommandInfo, CommandType};
use super::{help, Module};
use crate::command::Commands;
use std::fmt::Write;

/// The whole reference as Markdown.
pub fn markdown(registry: &dyn Commands) -> String {
    let all = discovery::commands(registry);
    let (aliases, commands): (Vec<&CommandInfo>, Vec<&CommandInfo>) =
        all.iter().partition(|c| c.kind == CommandType::Alias);
    let mut emulated = commands.clone();
    emulated.sort_by_key(|c| (module_rank(c), c.name.to_ascii_lowercase()));
    let mut out = String::new();
    intro(&mut out, &commands, aliases.len());
    emulated_table(&mut out, &emulated);
    alias_table(&mut out, &aliases);
    out
}

/// Lync cmdlets first, then the Lab extensions, then Windows PowerShell's commands.
fn module_rank(command: &CommandInfo) -> u8 {
    match command.entry.module {
        Module::Lync => 0,
        Module::Lab => 1,
        Module::PowerShell => 2,
        Module::Script => 3,
    }
}

fn count(commands: &[&CommandInfo], module: Module) -> usize {
    commands.iter().filter(|c| c.entry.module == module).count()
}

fn intro(out: &mut String, commands: &[&CommandInfo], aliases: usize) {
    let lync = count(commands, Module::Lync);
    let _ = writeln!(out, "# Cmdlet reference\n");
    let _ = writeln!(
        out,
        "Generated from lyncsh's command registry by `lyncsh::cmdlets::reference::markdown`; do not edit by hand. After changing a command, regenerate it with `LYNCSH_BLESS=1 cargo test --lib reference`.\n"
    );
    let _ = writeln!(
        out,
        "lyncsh knows {} commands and {aliases} aliases:\n",
        commands.len()
    );
    let _ = writeln!(
        out,
        "- {lync} Lync Server 2013 cmdlets (module `Lync`), every one emulated;"
    );
    let _ = writeln!(
        out,
        "- {} Windows PowerShell commands;",
        count(commands, Module::PowerShell)
    );
    let _ = writeln!(
        out,
        "- {} Lab extensions (module `LyncshLab`, noun prefix `Lab`).\n",
        count(commands, Module::Lab)
    );
    let _ = writeln!(
        out,
        "`Get-Command` lists all of them and `Get-Help NAME` shows the help of each.\n"
    );
}

fn emulated_table(out: &mut String, emulated: &[&CommandInfo]) {
    let _ = writeln!(out, "## Emulated ({})\n", emulated.len());
    let _ = writeln!(out, "| Command | Module | Synopsis |");
    let _ = writeln!(out, "|---|---|---|");
    for command in emulated {
        let synopsis = help::topic::of(&command.entry).synopsis;
        let module = match command.module {
            "" => "(function)",
            module => module,
        };
        let _ = writeln!(
            out,
            "| `{}` | {module} | {} |",
            command.name,
            synopsis.replace('|', "\\|")
        );
    }
    out.push('\n');
}

fn alias_table(out: &mut String, aliases: &[&CommandInfo]) {
    let _ = writeln!(out, "## Aliases ({})\n", aliases.len());
    let _ = writeln!(out, "| Alias | Command |");
    let _ = writeln!(out, "|---|---|");
    for alias in aliases {
        let _ = writeln!(out, "| `{}` | `{}` |", alias.name, alias.entry.name());
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;
    use std::path::Path;

    #[test]
    fn docs_cmdlets_md_matches_the_registry() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/cmdlets.md");
        let expected = markdown(&Registry::new());
        if std::env::var_os("LYNCSH_BLESS").is_some() {
            std::fs::write(&path, &expected).expect("write docs/cmdlets.md");
            return;
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "docs/cmdlets.md is stale; regenerate it with LYNCSH_BLESS=1 cargo test --lib reference"
        );
    }

    #[test]
    fn counts_add_up_to_the_catalog() {
        let registry = Registry::new();
        let text = markdown(&registry);
        let lync = crate::catalog::all().len();
        for signature in crate::catalog::all() {
            assert!(
                registry.resolve(&signature.name).is_some(),
                "{} has no handler",
                signature.name
            );
        }
        assert!(text.contains(&format!(
            "- {lync} Lync Server 2013 cmdlets (module `Lync`), every one emulated;"
        )));
        assert!(text.contains("| `Set-CsConferencingConfiguration` | Lync | Changes conferencing configuration settings at one scope. |"));
        assert!(text.contains("| `gcm` | `Get-Command` |"));
        assert!(text.contains("`Get-CsUser`"));
        assert!(!text.contains("`Get-CsConferencingConfiguration`,"));
    }
}
