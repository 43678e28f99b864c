//! Get-Command (`gcm`): every command lyncsh knows — the Lync Server 2013 cmdlets of the
//! catalog, the Windows PowerShell commands it provides, its Lab extensions and the aliases —
//! as the CmdletInfo, FunctionInfo and AliasInfo objects of PowerShell 3, which
//! `format::view` lays out as the CommandType / Name / ModuleName table.

use super::{CmdletEntry, CmdletResult, Module};
use crate::command::Commands;
use crate::engine::{command_not_found_message, Call, Engine};
use crate::error::ErrorCategory;
use crate::format::view::{ALIAS_INFO, CMDLET_INFO, FUNCTION_INFO};
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{EnumValue, PsObject, Value};
use crate::wildcard::wildcard_match;
use std::rc::Rc;

/// PowerShell 3's alias for Get-Command.
pub const ALIASES: &[(&str, &str)] = &[("gcm", "Get-Command")];

/// Windows PowerShell commands that are functions, not cmdlets; they belong to no module.
const FUNCTIONS: &[&str] = &[
    "Clear-Host",
    "help",
    "mkdir",
    "more",
    "Pause",
    "prompt",
    "TabExpansion2",
];

/// The Windows PowerShell modules of the cmdlets lyncsh provides (or may provide) that are
/// not in `Microsoft.PowerShell.Utility`.
const MODULES: &[(&str, &[&str])] = &[
    (
        "Microsoft.PowerShell.Core",
        &[
            "Add-History",
            "Clear-History",
            "ForEach-Object",
            "Get-Command",
            "Get-Help",
            "Get-History",
            "Get-Module",
            "Import-Module",
            "Invoke-History",
            "Out-Default",
            "Out-Host",
            "Out-Null",
            "Where-Object",
        ],
    ),
    (
        "Microsoft.PowerShell.Management",
        &[
            "Get-ChildItem",
            "Get-Content",
            "Get-Item",
            "Get-Location",
            "Set-Content",
            "Set-Location",
            "Test-Path",
        ],
    ),
    (
        "Microsoft.PowerShell.Security",
        &[
            "ConvertFrom-SecureString",
            "ConvertTo-SecureString",
            "Get-Credential",
            "Get-ExecutionPolicy",
            "Set-ExecutionPolicy",
        ],
    ),
];

/// The kinds of command Get-Command lists, in the order PowerShell sorts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CommandType {
    Alias,
    Function,
    Cmdlet,
}

impl CommandType {
    pub fn name(self) -> &'static str {
        match self {
            CommandType::Alias => "Alias",
            CommandType::Function => "Function",
            CommandType::Cmdlet => "Cmdlet",
        }
    }

    fn type_name(self) -> &'static str {
        match self {
            CommandType::Alias => ALIAS_INFO,
            CommandType::Function => FUNCTION_INFO,
            CommandType::Cmdlet => CMDLET_INFO,
        }
    }
}

/// One command as Get-Command lists it.
#[derive(Clone)]
pub struct CommandInfo {
    pub kind: CommandType,
    pub name: String,
    pub module: &'static str,
    /// The command itself, or for an alias the command it runs.
    pub entry: Rc<CmdletEntry>,
}

impl CommandInfo {
    fn of(entry: Rc<CmdletEntry>) -> CommandInfo {
        CommandInfo {
            kind: command_type(&entry),
            name: entry.name().to_string(),
            module: module_name(&entry),
            entry,
        }
    }

    /// `Verb` and `Noun` of a `Verb-Noun` name; empty for other names.
    pub fn verb_noun(&self) -> (&str, &str) {
        match self.kind {
            CommandType::Alias => ("", ""),
            _ => self.name.split_once('-').unwrap_or(("", "")),
        }
    }

    /// The object Get-Command writes.
    fn to_value(&self) -> Value {
        let kind = Value::Enum(Rc::new(EnumValue {
            type_name: "System.Management.Automation.CommandTypes".into(),
            name: self.kind.name().into(),
        }));
        let mut object = PsObject::new(self.kind.type_name())
            .with("CommandType", kind)
            .with("Name", Value::str(&self.name))
            .with("ModuleName", Value::str(self.module));
        if self.kind == CommandType::Alias {
            object = object.with("Definition", Value::str(self.entry.name()));
        } else {
            let (verb, noun) = self.verb_noun();
            let syntax = super::help::syntax::lines(&self.entry.signature).join("\n");
            object = object
                .with("Verb", Value::str(verb))
                .with("Noun", Value::str(noun))
                .with("Definition", Value::str(syntax));
        }
        Value::object(object)
    }
}

/// Whether a built-in is a cmdlet or a function, as in Windows PowerShell 3.
pub fn command_type(entry: &CmdletEntry) -> CommandType {
    let is_function = entry.module == Module::PowerShell
        && FUNCTIONS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(entry.name()));
    if is_function {
        CommandType::Function
    } else {
        CommandType::Cmdlet
    }
}

/// Get-Command's ModuleName: `Lync`, `LyncshLab`, or the Windows PowerShell module (none for
/// functions).
pub fn module_name(entry: &CmdletEntry) -> &'static str {
    if entry.module != Module::PowerShell {
        return entry.module.name();
    }
    if command_type(entry) == CommandType::Function {
        return "";
    }
    let name = entry.name();
    MODULES
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .map_or("Microsoft.PowerShell.Utility", |(module, _)| module)
}

/// Every command and alias lyncsh knows, aliases first, then functions, then cmdlets, each
/// sorted by name.
pub fn commands(registry: &dyn Commands) -> Vec<CommandInfo> {
    let mut all: Vec<CommandInfo> = registry
        .command_names()
        .iter()
        .filter_map(|name| registry.resolve(name))
        .map(CommandInfo::of)
        .collect();
    for (alias, target) in registry.aliases() {
        if let Some(entry) = registry.resolve(target) {
            all.push(CommandInfo {
                kind: CommandType::Alias,
                name: alias.to_string(),
                module: "",
                entry,
            });
        }
    }
    all.sort_by_cached_key(|c| (c.kind, c.name.to_ascii_lowercase()));
    all
}

/// A `String[]` parameter that takes wildcards.
fn patterns(name: &str) -> ParamDecl {
    ParamDecl {
        wildcards: true,
        ..ParamDecl::new(name, ParamType::Array(Box::new(ParamType::String)))
    }
}

/// The Get-Command cmdlet, with PowerShell 3's parameter sets.
pub fn all() -> Vec<CmdletEntry> {
    let signature = Signature::new(
        "Get-Command",
        vec![
            patterns("Name")
                .at(0)
                .in_sets(&["AllCommandSet"])
                .by_property_name(),
            patterns("Verb").in_sets(&["CmdletSet"]),
            patterns("Noun").in_sets(&["CmdletSet"]),
            patterns("Module").alias("PSSnapin"),
        ],
    )
    .with_sets(&["CmdletSet", "AllCommandSet"], "CmdletSet");
    vec![super::builtins::entry(signature, get_command, false)]
}

/// Whether a name is a wildcard pattern rather than an exact name.
pub(super) fn has_wildcard(text: &str) -> bool {
    text.contains(['*', '?', '['])
}

/// The strings bound to a `String[]` parameter.
fn strings(call: &Call, name: &str) -> Vec<String> {
    call.bound
        .get(name)
        .cloned()
        .map(|v| v.item_texts())
        .unwrap_or_default()
}

/// Whether `text` matches any of `patterns` (no patterns: anything matches).
fn any_match(patterns: &[String], text: &str) -> bool {
    patterns.is_empty() || patterns.iter().any(|p| wildcard_match(p, text, false))
}

/// The -Verb, -Noun and -Module filters of one call.
struct Filters {
    verbs: Vec<String>,
    nouns: Vec<String>,
    modules: Vec<String>,
}

impl Filters {
    fn of(call: &Call) -> Filters {
        Filters {
            verbs: strings(call, "Verb"),
            nouns: strings(call, "Noun"),
            modules: strings(call, "Module"),
        }
    }

    fn accept(&self, command: &CommandInfo) -> bool {
        let by_name_parts = !self.verbs.is_empty() || !self.nouns.is_empty();
        if by_name_parts && command.kind == CommandType::Alias {
            return false;
        }
        if !self.modules.is_empty() && command.module.is_empty() {
            return false;
        }
        let (verb, noun) = command.verb_noun();
        any_match(&self.verbs, verb)
            && any_match(&self.nouns, noun)
            && any_match(&self.modules, command.module)
    }
}

/// The commands a typed `-Name` selects: a wildcard pattern, or one exact name, optionally
/// module-qualified (`Lync\Get-CsUser`).
fn selects(typed: &str, command: &CommandInfo) -> bool {
    let (module, name) = match typed.rsplit_once('\\') {
        Some((module, name)) => (Some(module), name),
        None => (None, typed),
    };
    let module_ok = module.is_none_or(|m| wildcard_match(m, command.module, false));
    let name_ok = if has_wildcard(name) {
        wildcard_match(name, &command.name, false)
    } else {
        command.name.eq_ignore_ascii_case(name)
    };
    module_ok && name_ok
}

fn get_command(engine: &mut Engine, call: &Call) -> CmdletResult {
    let filters = Filters::of(call);
    let names = strings(call, "Name");
    let candidates: Vec<CommandInfo> = commands(engine.registry())
        .into_iter()
        .filter(|c| filters.accept(c))
        .collect();
    if names.is_empty() {
        return Ok(candidates.iter().map(CommandInfo::to_value).collect());
    }
    let mut found: Vec<CommandInfo> = Vec::new();
    for typed in &names {
        let matches: Vec<&CommandInfo> = candidates.iter().filter(|c| selects(typed, c)).collect();
        if matches.is_empty() && !has_wildcard(typed) {
            let record = engine
                .cmdlet_error(
                    call,
                    command_not_found_message(typed),
                    "CommandNotFoundException",
                    ErrorCategory::ObjectNotFound,
                    "CommandNotFoundException",
                )
                .with_target(typed.clone(), "String");
            engine.write_error(record)?;
        }
        found.extend(matches.into_iter().cloned());
    }
    found.sort_by_cached_key(|c| (c.kind, c.name.to_ascii_lowercase()));
    found.dedup_by(|a, b| a.kind == b.kind && a.name.eq_ignore_ascii_case(&b.name));
    Ok(found.iter().map(CommandInfo::to_value).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;
    use crate::engine::BufferHost;
    use crate::session::Session;

    /// Runs `text` on a fresh lab and returns the engine, for its error records.
    fn run(text: &str) -> Engine {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        let _ = engine.run(text, "line");
        engine
    }

    fn names(text: &str) -> Vec<String> {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        let script = format!("$found = @({text} | ForEach-Object {{ $_.Name }})");
        let _ = engine.run(&script, "line");
        assert!(!engine.had_error, "{text}: {:?}", engine.session.errors);
        engine
            .session
            .variables
            .get("found")
            .cloned()
            .map(|v| v.item_texts())
            .unwrap_or_default()
    }

    fn registry() -> Registry {
        Registry::new()
    }

    #[test]
    fn lists_every_catalog_cmdlet_under_lync() {
        let all = commands(&registry());
        let lync: Vec<&CommandInfo> = all.iter().filter(|c| c.module == "Lync").collect();
        assert_eq!(lync.len(), crate::catalog::all().len());
        assert!(lync.iter().all(|c| c.kind == CommandType::Cmdlet));
        let gcm = all.iter().find(|c| c.name == "gcm");
        assert!(
            gcm.is_some_and(|c| c.kind == CommandType::Alias && c.entry.name() == "Get-Command")
        );
    }

    #[test]
    fn aliases_then_functions_then_cmdlets() {
        let all = commands(&registry());
        let kinds: Vec<CommandType> = all.iter().map(|c| c.kind).collect();
        assert!(kinds.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(kinds.first(), Some(&CommandType::Alias));
        assert_eq!(kinds.last(), Some(&CommandType::Cmdlet));
    }

    #[test]
    fn powershell_modules_as_in_powershell_3() {
        let registry = registry();
        let module = |name: &str| registry.resolve(name).map(|e| module_name(&e));
        assert_eq!(module("Get-Command"), Some("Microsoft.PowerShell.Core"));
        assert_eq!(module("Where-Object"), Some("Microsoft.PowerShell.Core"));
        assert_eq!(
            module("Select-Object"),
            Some("Microsoft.PowerShell.Utility")
        );
        assert_eq!(module("Clear-Host"), Some(""));
        assert_eq!(
            module("Get-Credential"),
            Some("Microsoft.PowerShell.Security")
        );
        assert_eq!(module("Get-CsUser"), Some("Lync"));
    }

    #[test]
    fn noun_with_wildcard() {
        let found = names("Get-Command -Noun CsConferencing*");
        assert!(found.contains(&"Set-CsConferencingConfiguration".to_string()));
        assert!(found.contains(&"Get-CsConferencingPolicy".to_string()));
        assert!(found.iter().all(|n| n.contains("-CsConferencing")));
    }

    #[test]
    fn noun_cs_shows_only_real_cmdlets() {
        // The Lync cmdlets, and PowerShell's own CSV commands, whose noun Csv matches too.
        let found = names("Get-Command -Noun Cs*");
        let csv = [
            "ConvertFrom-Csv",
            "ConvertTo-Csv",
            "Export-Csv",
            "Import-Csv",
        ];
        assert_eq!(found.len(), crate::catalog::all().len() + csv.len());
        assert!(found
            .iter()
            .all(|n| crate::catalog::contains(n) || csv.contains(&n.as_str())));
    }

    #[test]
    fn verb_and_module() {
        let found = names("Get-Command -Verb Set -Module Lync");
        assert!(!found.is_empty());
        assert!(found.iter().all(|n| n.starts_with("Set-Cs")));
        let core = names("Get-Command -Module Microsoft.PowerShell.Core");
        assert!(core.contains(&"Get-Command".to_string()));
        assert!(!core.contains(&"Select-Object".to_string()));
    }

    #[test]
    fn exact_names_and_aliases() {
        assert_eq!(names("Get-Command gcm"), ["gcm"]);
        assert_eq!(names("gcm get-csuser"), ["Get-CsUser"]);
        assert_eq!(names("Get-Command Lync\\Get-CsUser"), ["Get-CsUser"]);
        assert_eq!(
            names("Get-Command Set-CsConferencingConfiguration, gcm"),
            ["gcm", "Set-CsConferencingConfiguration"]
        );
        assert!(names("Get-Command Get-CsNoSuch*").is_empty());
    }

    #[test]
    fn unknown_name_is_command_not_found() {
        let engine = run("Get-Command Get-NoSuch");
        let record = engine.session.errors.first().cloned();
        let record = record.expect("an error record");
        assert_eq!(
            record.fully_qualified_id(),
            "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand"
        );
        assert!(record
            .message
            .starts_with("The term 'Get-NoSuch' is not recognized"));
        assert_eq!(record.target, "Get-NoSuch");
        assert_eq!(record.category, ErrorCategory::ObjectNotFound);
    }

    #[test]
    fn renders_as_the_get_command_table() {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        let values = commands(engine.registry())
            .iter()
            .filter(|c| c.name == "gcm" || c.name == "Get-CsUser")
            .map(CommandInfo::to_value)
            .collect::<Vec<_>>();
        let text = crate::format::render_default(&values, engine.host().width());
        assert!(text.contains(&format!("{:<15} {:<50} ", "Alias", "gcm -> Get-Command")));
        assert!(text.contains(&format!(
            "{:<15} {:<50} {:<52}",
            "Cmdlet", "Get-CsUser", "Lync"
        )));
    }

    #[test]
    fn objects_carry_verb_noun_and_syntax() {
        let all = commands(&registry());
        let set = all
            .iter()
            .find(|c| c.name == "Set-CsConferencingConfiguration")
            .map(CommandInfo::to_value)
            .unwrap_or_default();
        assert_eq!(
            set.property("Verb").map(|v| v.to_display()),
            Some("Set".into())
        );
        let definition = set
            .property("Definition")
            .map(|v| v.to_display())
            .unwrap_or_default();
        assert!(
            definition.starts_with("Set-CsConferencingConfiguration [[-Identity] <XdsIdentity>]")
        );
    }
}
