//! Export-Clixml and Import-Clixml: objects saved as PowerShell's CLIXML (see `crate::clixml`)
//! in the files folder, the way backup scripts keep a copy of the voice configuration before a
//! change, and read back as deserialized objects.

use super::builtins::{entry, input_object, received};
use super::files::owned_by;
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::Value;

/// Export-Clixml's depth when -Depth is not given, as in PowerShell 3.
const DEFAULT_DEPTH: usize = 2;

pub fn all() -> Vec<CmdletEntry> {
    let path = || {
        ParamDecl::new("Path", ParamType::String)
            .at(0)
            .mandatory()
            .alias("PSPath")
    };
    vec![
        entry(
            Signature::new(
                "Export-Clixml",
                vec![
                    path(),
                    input_object().mandatory(),
                    ParamDecl::new("Depth", ParamType::Int32).range("1", "2147483647"),
                    ParamDecl::new("Force", ParamType::Switch),
                    ParamDecl::new("NoClobber", ParamType::Switch).alias("NoOverwrite"),
                    ParamDecl::new("Encoding", ParamType::String),
                ],
            ),
            export_clixml,
            true,
        ),
        entry(
            Signature::new(
                "Import-Clixml",
                vec![
                    ParamDecl::new("Path", ParamType::Array(Box::new(ParamType::String)))
                        .at(0)
                        .mandatory()
                        .by_property_name()
                        .alias("PSPath"),
                ],
            ),
            import_clixml,
            false,
        ),
    ]
}

fn export_clixml(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = call.bound.text("Path").unwrap_or_default();
    let depth = call
        .bound
        .get("Depth")
        .and_then(Value::as_i128)
        .and_then(|d| usize::try_from(d).ok())
        .unwrap_or(DEFAULT_DEPTH);
    if engine.replaying {
        return Ok(vec![]);
    }
    if call.bound.switch("NoClobber") && engine.map_path(&typed).is_ok_and(|p| p.exists()) {
        return Err(super::files::no_clobber(engine, call, &typed));
    }
    let text = crate::clixml::to_clixml(&received(call, "InputObject"), depth);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    engine
        .write_text_lines(&typed, &lines, false, call.span)
        .map_err(|record| Flow::from(owned_by(call, *record)))?;
    Ok(vec![])
}

fn import_clixml(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut out = Vec::new();
    for typed in super::builtins::names_of(call.bound.get("Path")) {
        let text = engine
            .read_text_file(&typed, call.span)
            .map_err(|record| Flow::from(owned_by(call, *record)))?;
        let values = crate::clixml::from_clixml(&text).map_err(|reason| {
            Flow::from(
                engine
                    .cmdlet_error(
                        call,
                        format!("'{typed}' is not a CLIXML file: {reason}."),
                        "InvalidClixml",
                        ErrorCategory::InvalidData,
                        "XmlException",
                    )
                    .with_target(&typed, "String"),
            )
        })?;
        out.extend(values);
    }
    Ok(out)
}
