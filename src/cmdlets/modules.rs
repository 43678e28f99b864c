//! Import-Module, Get-Module and Remove-Module for the one module the Lync Server Management
//! Shell has loaded: `Lync`. Importing it again succeeds silently, as in the real shell where
//! it is loaded already; any other module is refused with PowerShell's not-found error, as
//! lyncsh has no module files. Removing it only takes it off Get-Module's list: the next Lync
//! cmdlet loads it again, as PowerShell 3 loads modules on first use.

use super::builtins::{entry, names_of};
use super::{CmdletEntry, CmdletResult};
use crate::catalog;
use crate::engine::{Call, Engine};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::format::view::MODULE_INFO;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("ipmo", "Import-Module"),
    ("gmo", "Get-Module"),
    ("rmo", "Remove-Module"),
];

/// Where the Lync Server 2013 setup installs the module's manifest.
const LYNC_MANIFEST: &str =
    "C:\\Program Files\\Common Files\\Microsoft Lync Server 2013\\Modules\\Lync\\Lync.psd1";

pub fn all() -> Vec<CmdletEntry> {
    let names = || {
        ParamDecl::new("Name", ParamType::Array(Box::new(ParamType::String)))
            .at(0)
            .by_value()
    };
    vec![
        entry(
            Signature::new(
                "Import-Module",
                vec![
                    names().mandatory(),
                    ParamDecl::new("Force", ParamType::Switch),
                    ParamDecl::new("Global", ParamType::Switch),
                    ParamDecl::new("PassThru", ParamType::Switch),
                    ParamDecl::new("DisableNameChecking", ParamType::Switch),
                ],
            ),
            import_module,
            false,
        ),
        entry(
            Signature::new(
                "Get-Module",
                vec![
                    names(),
                    ParamDecl::new("ListAvailable", ParamType::Switch),
                    ParamDecl::new("All", ParamType::Switch),
                ],
            ),
            get_module,
            false,
        ),
        entry(
            Signature::new(
                "Remove-Module",
                vec![
                    names().mandatory(),
                    ParamDecl::new("Force", ParamType::Switch),
                ],
            ),
            remove_module,
            false,
        ),
    ]
}

/// Whether a name given to the module commands is the Lync module: its name, or the path of
/// its manifest or folder (any folder: scripts carry their own copies of the path).
fn is_lync(typed: &str) -> bool {
    let trimmed = typed.trim().trim_end_matches(['\\', '/']);
    let last = trimmed.rsplit(['\\', '/']).next().unwrap_or(trimmed);
    ["lync", "lync.psd1"]
        .iter()
        .any(|name| last.eq_ignore_ascii_case(name))
}

fn names(call: &Call) -> Vec<String> {
    names_of(call.bound.get("Name"))
}

/// The Lync module as Get-Module shows it.
fn lync_module() -> Value {
    let mut module = PsObject::new(MODULE_INFO);
    let commands = catalog::all()
        .iter()
        .map(|s| Value::str(s.name.as_str()))
        .collect();
    for (name, value) in [
        ("ModuleType", Value::str("Manifest")),
        ("Version", Value::str("5.0.0.0")),
        ("Name", Value::str("Lync")),
        ("Path", Value::str(LYNC_MANIFEST)),
        ("ExportedCommands", Value::array(commands)),
    ] {
        module.properties.push((name.into(), value));
    }
    Value::object(module)
}

/// PowerShell's error for a module name that names no module lyncsh has (loaded).
fn module_error(
    engine: &Engine,
    call: &Call,
    name: &str,
    (id, exception): (&str, &str),
    message: &str,
) -> ErrorRecord {
    engine
        .cmdlet_error(
            call,
            message,
            id,
            ErrorCategory::ResourceUnavailable,
            exception,
        )
        .with_target(name.to_string(), "String")
}

fn import_module(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut out = Vec::new();
    for name in names(call) {
        if !is_lync(&name) {
            let message = format!("The specified module '{name}' was not loaded because no valid module file was found in any module directory.");
            let record = module_error(
                engine,
                call,
                &name,
                ("Modules_ModuleNotFound", "FileNotFoundException"),
                &message,
            );
            engine.write_error(record)?;
            continue;
        }
        engine.lync_module_loaded = true;
        if call.bound.switch("PassThru") {
            out.push(lync_module());
        }
    }
    Ok(out)
}

fn get_module(engine: &mut Engine, call: &Call) -> CmdletResult {
    let wanted = names(call);
    let listed = engine.lync_module_loaded || call.bound.switch("ListAvailable");
    let matches = wanted.is_empty()
        || wanted
            .iter()
            .any(|w| crate::wildcard::wildcard_match(w, "Lync", false) || is_lync(w));
    Ok(if listed && matches {
        vec![lync_module()]
    } else {
        Vec::new()
    })
}

fn remove_module(engine: &mut Engine, call: &Call) -> CmdletResult {
    for name in names(call) {
        if is_lync(&name) && engine.lync_module_loaded {
            engine.lync_module_loaded = false;
            continue;
        }
        let message = "No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.";
        let record = module_error(
            engine,
            call,
            &name,
            ("Modules_NoModulesRemoved", "InvalidOperationException"),
            message,
        );
        engine.write_error(record)?;
    }
    Ok(Vec::new())
}
