//! New-Item: the folders and files that report and log scripts make before they write, made
//! inside the files folder (see `engine::files`) as every other file command's are.

use super::builtins::entry;
use super::files::owned_by;
use super::{CmdletEntry, CmdletResult};
use crate::datetime::DateTime;
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};

/// PowerShell 3's alias for New-Item.
pub const ALIASES: &[(&str, &str)] = &[("ni", "New-Item")];

pub fn all() -> Vec<CmdletEntry> {
    vec![entry(
        Signature::new(
            "New-Item",
            vec![
                ParamDecl::new("Path", ParamType::Array(Box::new(ParamType::String)))
                    .at(0)
                    .by_property_name(),
                ParamDecl::new("Name", ParamType::String).by_property_name(),
                ParamDecl::new("ItemType", ParamType::String)
                    .alias("Type")
                    .by_property_name(),
                ParamDecl::new("Value", ParamType::Object).by_value(),
                ParamDecl::new("Force", ParamType::Switch),
            ],
        ),
        new_item,
        false,
    )]
}

/// What New-Item makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Directory,
    File,
}

fn new_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let kind = match call.bound.get("ItemType").map(Value::to_display) {
        None => ItemKind::File,
        Some(typed) if typed.eq_ignore_ascii_case("Directory") => ItemKind::Directory,
        Some(typed) if typed.eq_ignore_ascii_case("File") => ItemKind::File,
        Some(typed) => {
            return Err(Flow::from(engine.cmdlet_error(
                call,
                format!("lyncsh makes only items of type File or Directory, in the files folder; '{typed}' is not one of them."),
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )))
        }
    };
    let name = call.bound.get("Name").map(Value::to_display);
    let folders: Vec<String> = match call.bound.get("Path") {
        Some(paths) => paths
            .clone()
            .into_items()
            .iter()
            .map(Value::to_display)
            .collect(),
        None => vec![".".to_string()],
    };
    let mut out = Vec::new();
    for folder in folders {
        let typed = match &name {
            Some(name) => format!("{}\\{name}", folder.trim_end_matches(['\\', '/'])),
            None => folder,
        };
        match make(engine, call, &typed, kind) {
            Ok(item) => out.push(item),
            Err(record) => engine.write_error(owned_by(call, *record))?,
        }
    }
    Ok(out)
}

/// Makes one item, or says why not.
fn make(
    engine: &mut Engine,
    call: &Call,
    typed: &str,
    kind: ItemKind,
) -> Result<Value, Box<ErrorRecord>> {
    let path = engine
        .map_path(typed)
        .map_err(|e| Box::new(engine.path_error(e, typed, call.span)))?;
    let force = call.bound.switch("Force");
    let failed = |text: String, id: &str, category: ErrorCategory| {
        Box::new(
            engine
                .cmdlet_error(call, text, id, category, "IOException")
                .with_target(typed, "String"),
        )
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match kind {
        ItemKind::Directory if path.is_dir() && !force => {
            return Err(failed(
                format!("An item with the specified name {typed} already exists."),
                "DirectoryExist",
                ErrorCategory::ResourceExists,
            ))
        }
        ItemKind::Directory if !engine.replaying => {
            std::fs::create_dir_all(&path).map_err(|e| {
                failed(
                    format!("Could not create the folder '{typed}': {e}."),
                    "NewItemIOError",
                    ErrorCategory::WriteError,
                )
            })?;
        }
        ItemKind::File if path.exists() && !force => {
            return Err(failed(
                format!("The file '{typed}' already exists."),
                "NewItemIOError",
                ErrorCategory::WriteError,
            ))
        }
        ItemKind::File => {
            if force && !engine.replaying {
                if let Some(parent) = path.parent() {
                    let _ = std::fs::create_dir_all(parent);
                }
            }
            let value = call
                .bound
                .get("Value")
                .map(Value::to_display)
                .unwrap_or_default();
            if !engine.replaying {
                engine.write_text_file(typed, &value, false, call.span)?;
            }
            return Ok(item(kind, &name, typed, Some(value.len())));
        }
        ItemKind::Directory => {}
    }
    Ok(item(kind, &name, typed, None))
}

/// The DirectoryInfo or FileInfo New-Item returns: the properties its listing shows.
fn item(kind: ItemKind, name: &str, typed: &str, length: Option<usize>) -> Value {
    let (type_name, mode) = match kind {
        ItemKind::Directory => ("System.IO.DirectoryInfo", "d----"),
        ItemKind::File => ("System.IO.FileInfo", "-a---"),
    };
    let mut object = PsObject::new(type_name)
        .with("Mode", Value::str(mode))
        .with("LastWriteTime", Value::DateTime(DateTime::now()));
    if let Some(length) = length {
        object = object.with("Length", Value::Int64(length as i64));
    }
    Value::object(
        object
            .with("Name", Value::str(name))
            .with("FullName", Value::str(typed)),
    )
}
