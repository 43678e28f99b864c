//! Get-Help, and the `help` function with its alias `man`: the help of every command lyncsh
//! knows. Topics come from [`topic`], their text from [`view`]; a name with wildcards lists
//! the matching topics, and an unknown name gives PowerShell's HelpNotFound error.

mod active_directory;
mod builtin;
mod certificates;
mod cls;
mod contacts;
mod databases;
mod deployment;
mod devices;
mod dialin;
mod family;
mod files;
mod lab;
mod lis;
mod local_computer;
mod modules;
mod operations;
mod owned;
mod persistent_chat;
mod pooled;
mod replication;
mod rgs;
mod servers;
mod session;
mod shared;
mod start;
pub mod syntax;
mod synthetic;
pub mod topic;
mod topology;
mod user_services;
mod users;
mod utility;
pub mod view;
mod voice;
mod windows_services;

use super::discovery::{self, CommandInfo};
use super::{CmdletEntry, CmdletResult};
use crate::command::Commands;
use crate::engine::{Call, Engine};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::format::view::HELP_INFO_SHORT;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};
use crate::wildcard::wildcard_match;
use std::rc::Rc;
use view::View;

/// PowerShell 3's alias for the `help` function.
pub const ALIASES: &[(&str, &str)] = &[("man", "help")];

/// Errors of `help` and `Get-Help` both come from Get-Help, as in PowerShell.
const GET_HELP: &str = "Get-Help";
const GET_HELP_CLASS: &str = "Microsoft.PowerShell.Commands.GetHelpCommand";

fn signature(name: &str) -> Signature {
    Signature::new(
        name,
        vec![
            ParamDecl {
                wildcards: true,
                ..ParamDecl::new("Name", ParamType::String)
            }
            .at(0)
            .by_property_name(),
            ParamDecl {
                wildcards: true,
                ..ParamDecl::new("Parameter", ParamType::String)
            }
            .mandatory()
            .in_sets(&["Parameters"]),
            ParamDecl::new("Full", ParamType::Switch).in_sets(&["AllUsersView"]),
            ParamDecl::new("Detailed", ParamType::Switch)
                .mandatory()
                .in_sets(&["DetailedView"]),
            ParamDecl::new("Examples", ParamType::Switch)
                .mandatory()
                .in_sets(&["Examples"]),
        ],
    )
    .with_sets(
        &["AllUsersView", "DetailedView", "Examples", "Parameters"],
        "AllUsersView",
    )
}

/// The Get-Help cmdlet and the `help` function, which shows the same text.
pub fn all() -> Vec<CmdletEntry> {
    vec![
        super::builtins::entry(signature("Get-Help"), get_help, false),
        super::builtins::entry(signature("help"), get_help, false),
    ]
}

/// What a `-Name` finds: one topic, a list of matching commands, or nothing.
enum Found {
    One(Rc<CmdletEntry>),
    Many(Vec<CommandInfo>),
    Nothing,
}

fn find(registry: &dyn Commands, name: &str) -> Found {
    if !discovery::has_wildcard(name) {
        return registry.resolve(name).map_or(Found::Nothing, Found::One);
    }
    let mut matches: Vec<CommandInfo> = discovery::commands(registry)
        .into_iter()
        .filter(|c| wildcard_match(name, &c.name, false))
        .collect();
    match matches.len() {
        0 => Found::Nothing,
        1 => Found::One(matches.remove(0).entry),
        _ => Found::Many(matches),
    }
}

fn get_help(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(name) = call.bound.text("Name") else {
        let width = engine.host().width();
        return Ok(vec![formatted(&start::render(engine.registry(), width))]);
    };
    match find(engine.registry(), &name) {
        Found::One(entry) => show(engine, call, &entry),
        Found::Many(list) => Ok(list.iter().map(summary).collect()),
        Found::Nothing => {
            let record = help_error(
                engine,
                call,
                format!("Get-Help could not find {name} in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at http://go.microsoft.com/fwlink/?LinkID=107116."),
                "HelpNotFound",
                ErrorCategory::ResourceUnavailable,
                "HelpNotFoundException",
            );
            engine.write_error(record)?;
            Ok(vec![])
        }
    }
}

/// One topic in the requested view.
fn show(engine: &mut Engine, call: &Call, entry: &CmdletEntry) -> CmdletResult {
    let topic = topic::of(entry);
    let width = engine.host().width();
    if let Some(pattern) = call.bound.text("Parameter") {
        return match view::render_parameters(&topic, &pattern, width) {
            Some(text) => Ok(vec![formatted(&text)]),
            None => {
                // The target is the help object; it prints as its type name (inferred).
                let record = help_error(
                    engine,
                    call,
                    format!("No parameter matches criteria {pattern}."),
                    "NoParmsFound",
                    ErrorCategory::InvalidArgument,
                    "PSArgumentException",
                )
                .with_target(
                    "System.Management.Automation.MamlCommandHelpInfo",
                    "MamlCommandHelpInfo",
                );
                engine.write_error(record)?;
                Ok(vec![])
            }
        };
    }
    let view = if call.bound.switch("Examples") {
        View::Examples
    } else if call.bound.switch("Full") {
        View::Full
    } else if call.bound.switch("Detailed") {
        View::Detailed
    } else {
        View::Default
    };
    Ok(vec![formatted(&view::render(&topic, view, width))])
}

fn formatted(text: &str) -> Value {
    Value::Formatted(Rc::from(text))
}

/// A row of the topic list a wildcard name gives: Name, Category, Module, Synopsis.
fn summary(command: &CommandInfo) -> Value {
    let synopsis = match command.kind {
        discovery::CommandType::Alias => command.entry.name().to_string(),
        _ => topic::of(&command.entry).synopsis,
    };
    Value::object(
        PsObject::new(HELP_INFO_SHORT)
            .with("Name", Value::str(&command.name))
            .with("Category", Value::str(command.kind.name()))
            .with("Module", Value::str(command.module))
            .with("Synopsis", Value::str(synopsis)),
    )
}

fn help_error(
    engine: &Engine,
    call: &Call,
    message: String,
    id: &str,
    category: ErrorCategory,
    exception: &str,
) -> ErrorRecord {
    ErrorRecord::new(message, id, category, exception)
        .from_cmdlet(GET_HELP, GET_HELP_CLASS)
        .at(Some(engine.position(call.span)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;
    use crate::engine::BufferHost;
    use crate::session::Session;

    fn engine() -> Engine {
        crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()))
    }

    /// An engine whose host answers every prompt with `Redmond` (Read-Host, Get-Credential).
    fn answering_engine() -> Engine {
        let mut host = BufferHost::default();
        host.answers
            .extend(std::iter::repeat_n("Redmond".to_string(), 8));
        crate::cmdlets::shell(Session::lab(), Box::new(host))
    }

    /// The text `script` outputs (help is a single formatted value).
    fn output(script: &str) -> String {
        let mut engine = engine();
        let _ = engine.run(&format!("$out = {script}"), "line");
        assert!(!engine.had_error, "{script}: {:?}", engine.session.errors);
        let value = engine
            .session
            .variables
            .get("out")
            .cloned()
            .unwrap_or_default();
        crate::format::render_default(&value.into_items(), 120)
    }

    fn first_error(script: &str) -> Rc<ErrorRecord> {
        let mut engine = engine();
        let _ = engine.run(script, "line");
        engine
            .session
            .errors
            .first()
            .cloned()
            .expect("an error record")
    }

    /// Every example of every emulated command runs without an error on a fresh lab (prompts
    /// are answered, for the commands that ask).
    #[test]
    fn every_example_of_every_emulated_command_works() {
        let registry = Registry::new();
        let mut count = 0;
        // Examples that write files (sessions, transcripts) write them in a folder of their own.
        let folder = std::env::temp_dir().join(format!("lyncsh-examples-{}", std::process::id()));
        std::fs::create_dir_all(&folder).expect("a folder for the examples' files");
        for command in discovery::commands(&registry) {
            if command.kind == discovery::CommandType::Alias {
                continue;
            }
            let topic = topic::of(&command.entry);
            assert!(
                !topic.synopsis.is_empty(),
                "{} has no synopsis",
                command.name
            );
            assert!(topic.examples.len() >= 2, "{} needs examples", command.name);
            for example in &topic.examples {
                let mut engine = answering_engine();
                engine.location = folder.clone();
                engine.files_folder = folder.clone();
                let _ = engine.run(&example.code, "line");
                let errors: Vec<&str> = engine
                    .session
                    .errors
                    .iter()
                    .map(|e| e.message.as_str())
                    .collect();
                assert!(
                    !engine.had_error,
                    "{}: `{}` failed: {errors:?}",
                    command.name, example.code
                );
                count += 1;
            }
        }
        let _ = std::fs::remove_dir_all(&folder);
        assert!(count > 40, "only {count} examples ran");
    }

    #[test]
    fn every_parameter_of_an_emulated_command_is_described() {
        let registry = Registry::new();
        for command in discovery::commands(&registry) {
            if command.kind == discovery::CommandType::Alias {
                continue;
            }
            let topic = topic::of(&command.entry);
            for p in &command.entry.signature.params {
                let text = topic.parameter_text(&p.name).unwrap_or_default();
                assert!(!text.is_empty(), "{} -{}", command.name, p.name);
            }
        }
    }

    #[test]
    fn get_help_default_view() {
        let text = output("Get-Help Set-CsConferencingConfiguration");
        assert!(text.starts_with("\nNAME\n    Set-CsConferencingConfiguration\n\nSYNOPSIS\n    Changes conferencing configuration settings at one scope.\n"));
        assert!(text.contains(
            "\nSYNTAX\n    Set-CsConferencingConfiguration [[-Identity] <XdsIdentity>] "
        ));
        assert!(text.contains("\nRELATED LINKS\n    Get-CsConferencingConfiguration\n"));
    }

    #[test]
    fn aliases_and_the_help_function_show_the_target() {
        let text = output("help gcm");
        assert!(text.contains("\nNAME\n    Get-Command\n"));
        let text = output("man Get-Help -Examples");
        assert!(text.contains("PS C:\\>Get-Help Set-CsConferencingConfiguration\n"));
    }

    #[test]
    fn parameter_view() {
        let text = output("Get-Help Set-CsConferencingConfiguration -Parameter ClientAudioPort");
        assert!(text.starts_with("\n-ClientAudioPort <UInt16>\n"));
        assert!(text.contains("Accept wildcard characters?  false"));
        let text = output("Get-Help Get-Command -Parameter Noun");
        assert!(text.contains("Accept wildcard characters?  true"));
    }

    #[test]
    fn a_cmdlet_without_parameters_shows_only_the_common_ones() {
        let text = output("Get-Help Get-CsSlaConfiguration");
        assert!(text.contains("Skype for Business Server 2015"));
        assert!(text.contains("\nSYNTAX\n    Get-CsSlaConfiguration [<CommonParameters>]"));
    }

    #[test]
    fn wildcard_lists_topics() {
        let text = output("Get-Help *-CsConferencingConfiguration");
        assert!(text.starts_with(&format!(
            "\n{:<33} {:<9} {:<25} Synopsis",
            "Name", "Category", "Module"
        )));
        assert!(text.contains(&format!(
            "\n{:<33} {:<9} {:<25} Returns",
            "Get-CsConferencingConfiguration", "Cmdlet", "Lync"
        )));
        assert!(text.contains("\nRemove-CsConferencingConfigura... Cmdlet "));
        let single = output("Get-Help Get-CsConferencingConfig*");
        assert!(single.contains("\nNAME\n    Get-CsConferencingConfiguration\n"));
    }

    #[test]
    fn unknown_topic_is_help_not_found() {
        let record = first_error("Get-Help Get-NoSuch");
        assert!(record.message.starts_with("Get-Help could not find Get-NoSuch in a help file in this session. To download updated help topics type: \"Update-Help\"."));
        assert_eq!(
            record.fully_qualified_id(),
            "HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand"
        );
        assert_eq!(record.category, ErrorCategory::ResourceUnavailable);
        let record = first_error("help NoSuch");
        assert_eq!(record.activity, "Get-Help");
    }

    #[test]
    fn unknown_parameter_is_no_parms_found() {
        let record = first_error("Get-Help Get-CsUser -Parameter NoSuch");
        assert_eq!(record.message, "No parameter matches criteria NoSuch.");
        assert_eq!(
            record.fully_qualified_id(),
            "NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand"
        );
    }

    #[test]
    fn views_are_chosen_by_switch() {
        assert!(output("Get-Help Get-Command -Full").contains("Required?"));
        assert!(output("Get-Help Get-Command -Detailed").contains("\nPARAMETERS\n"));
        assert!(!output("Get-Help Get-Command").contains("\nPARAMETERS\n"));
        for start in ["Get-Help", "help", "man"] {
            assert!(output(start).starts_with("\nTOPIC\n    lyncsh"), "{start}");
        }
    }
}
