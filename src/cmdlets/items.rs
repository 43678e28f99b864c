//! New-Item (and mkdir), Get-ChildItem and Remove-Item: the folders and files that report and log scripts
//! make, list and clean up, inside the files folder (see `engine::files`) as every other file
//! command's are. Nothing outside it is listed or removed. The reading of -Path (wildcards in
//! the last part, paths that are not there) is shared with the commands of `item_moves`.

use super::builtins::entry;
use super::files::owned_by;
use super::{CmdletEntry, CmdletResult};
use crate::datetime::DateTime;
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("ni", "New-Item"),
    ("md", "mkdir"),
    ("gci", "Get-ChildItem"),
    ("dir", "Get-ChildItem"),
    ("ls", "Get-ChildItem"),
    ("rm", "Remove-Item"),
    ("del", "Remove-Item"),
    ("ri", "Remove-Item"),
    ("erase", "Remove-Item"),
    ("rd", "Remove-Item"),
    ("rmdir", "Remove-Item"),
];

pub fn all() -> Vec<CmdletEntry> {
    vec![
        entry(
            Signature::new("New-Item", new_item_params(true)),
            new_item,
            false,
        ),
        // PowerShell 3's mkdir function: New-Item with the type Directory.
        entry(
            Signature::new("mkdir", new_item_params(false)),
            make_directory,
            false,
        ),
        entry(
            Signature::new(
                "Get-ChildItem",
                vec![
                    paths_param(),
                    ParamDecl::new("Filter", ParamType::String).at(1),
                    ParamDecl::new("Recurse", ParamType::Switch),
                    ParamDecl::new("File", ParamType::Switch),
                    ParamDecl::new("Directory", ParamType::Switch),
                    ParamDecl::new("Name", ParamType::Switch),
                    ParamDecl::new("Force", ParamType::Switch),
                ],
            ),
            get_child_item,
            false,
        ),
        entry(
            Signature::new(
                "Remove-Item",
                vec![
                    paths_param().mandatory(),
                    ParamDecl::new("Recurse", ParamType::Switch),
                    ParamDecl::new("Force", ParamType::Switch),
                ],
            ),
            remove_item,
            false,
        ),
    ]
}

/// New-Item's parameters; mkdir has them all but -ItemType.
fn new_item_params(with_type: bool) -> Vec<ParamDecl> {
    let mut params = vec![
        ParamDecl::new("Path", ParamType::Array(Box::new(ParamType::String)))
            .at(0)
            .by_property_name(),
        ParamDecl::new("Name", ParamType::String).by_property_name(),
        ParamDecl::new("Value", ParamType::Object).by_value(),
        ParamDecl::new("Force", ParamType::Switch),
    ];
    if with_type {
        let item_type = ParamDecl::new("ItemType", ParamType::String)
            .alias("Type")
            .by_property_name();
        params.insert(2, item_type);
    }
    params
}

pub(super) fn paths_param() -> ParamDecl {
    ParamDecl::new("Path", ParamType::Array(Box::new(ParamType::String)))
        .at(0)
        .by_value()
        .by_property_name()
        .alias("FullName")
}

/// The typed paths of `-Path` (the current location without one).
fn typed_paths(call: &Call) -> Vec<String> {
    match call.bound.get("Path") {
        Some(paths) => paths.item_texts(),
        None => vec![".".to_string()],
    }
}

/// `folder\name` as a script would type it.
pub(super) fn joined(folder: &str, name: &str) -> String {
    format!("{}\\{name}", folder.trim_end_matches(['\\', '/']))
}

/// The error for a path that is not there.
pub(super) fn not_found(engine: &Engine, call: &Call, typed: &str) -> ErrorRecord {
    engine
        .cmdlet_error(
            call,
            format!("Cannot find path '{typed}' because it does not exist."),
            "PathNotFound",
            ErrorCategory::ObjectNotFound,
            "ItemNotFoundException",
        )
        .with_target(typed, "String")
}

/// Lists folders, then files, by name, in each folder of -Path (or the file it names); -Filter
/// and a wildcard in the last part of a path choose by name.
fn get_child_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let filter = call.bound.text("Filter");
    let mut out = Vec::new();
    for typed in typed_paths(call) {
        let (folder, pattern) = split_wildcard(&typed);
        let path = match engine.map_path(&folder) {
            Ok(path) => path,
            Err(e) => {
                engine.write_error(engine.path_error(e, &typed, call.span))?;
                continue;
            }
        };
        if path.is_file() {
            out.push(listed(call, &path, &typed, &typed));
            continue;
        }
        if !path.is_dir() {
            engine.write_error(not_found(engine, call, &typed))?;
            continue;
        }
        list(
            call,
            &path,
            &folder,
            "",
            &[pattern, filter.clone()],
            &mut out,
        );
    }
    Ok(out)
}

/// A path's folder and the wildcard pattern of its last part, if it has one.
fn split_wildcard(typed: &str) -> (String, Option<String>) {
    match typed.rfind(['\\', '/']) {
        Some(at) if typed[at + 1..].contains(['*', '?']) => {
            (typed[..at].to_string(), Some(typed[at + 1..].to_string()))
        }
        None if typed.contains(['*', '?']) => (".".to_string(), Some(typed.to_string())),
        _ => (typed.to_string(), None),
    }
}

/// Lists the folder at `path` (typed `typed`; `relative` to the folder listed first, which
/// -Name shows).
fn list(
    call: &Call,
    path: &std::path::Path,
    typed: &str,
    relative: &str,
    patterns: &[Option<String>],
    out: &mut Vec<Value>,
) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    let mut entries: Vec<(bool, String, std::path::PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (!e.path().is_dir(), name, e.path())
        })
        // lyncsh's own temporary files are not items.
        .filter(|(_, name, _)| !name.ends_with(".tmp") || !name.contains(".lyncsh-"))
        .collect();
    entries.sort_by_key(|(is_file, name, _)| (*is_file, name.to_lowercase()));
    // A folder's own items come first, then those of its folders, as PowerShell lists them.
    for (is_file, name, entry) in &entries {
        let chosen = patterns
            .iter()
            .flatten()
            .all(|p| crate::wildcard::wildcard_match(p, name, false));
        let wanted = if *is_file {
            !call.bound.switch("Directory")
        } else {
            !call.bound.switch("File")
        };
        if chosen && wanted {
            out.push(listed(
                call,
                entry,
                &joined(typed, name),
                &joined(relative, name),
            ));
        }
    }
    if call.bound.switch("Recurse") {
        for (_, name, entry) in entries.iter().filter(|(is_file, ..)| !is_file) {
            let relative = joined(relative, name);
            list(call, entry, &joined(typed, name), &relative, patterns, out);
        }
    }
}

/// One listed item, or with -Name its path relative to the folder listed.
pub(super) fn listed(call: &Call, path: &std::path::Path, typed: &str, relative: &str) -> Value {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if call.bound.switch("Name") {
        return Value::str(relative.strip_prefix('\\').unwrap_or(relative));
    }
    let metadata = std::fs::metadata(path).ok();
    let written = metadata
        .as_ref()
        .and_then(|m| m.modified().ok())
        .map_or_else(DateTime::now, DateTime::from_system_time);
    let (kind, length) = match &metadata {
        Some(m) if m.is_dir() => (ItemKind::Directory, None),
        Some(m) => (ItemKind::File, Some(m.len() as usize)),
        None => (ItemKind::File, Some(0)),
    };
    item(kind, &name, typed, length, written)
}

/// Removes files, and folders (a folder with anything in it only with -Recurse); a wildcard in
/// the last part of a path removes what it matches. The files folder itself is never removed.
fn remove_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    for (path, shown) in named_items(engine, call)? {
        if let Err(record) = remove_one(engine, call, &path, &shown) {
            engine.write_error(*record)?;
        }
    }
    Ok(vec![])
}

/// The items -Path names, as paths in the files folder and as typed; a path outside the folder
/// or not there is an error written, and the others go on.
pub(super) fn named_items(
    engine: &mut Engine,
    call: &Call,
) -> Result<Vec<(std::path::PathBuf, String)>, Flow> {
    let mut found = Vec::new();
    for typed in typed_paths(call) {
        let (folder, pattern) = split_wildcard(&typed);
        let path = match engine.map_path(&folder) {
            Ok(path) => path,
            Err(e) => {
                engine.write_error(owned_by(call, engine.path_error(e, &typed, call.span)))?;
                continue;
            }
        };
        let matched: Vec<(std::path::PathBuf, String)> = match pattern {
            None if path.exists() => vec![(path, typed.clone())],
            None => Vec::new(),
            Some(pattern) => {
                let mut names: Vec<String> = std::fs::read_dir(&path)
                    .map(|entries| {
                        entries
                            .filter_map(Result::ok)
                            .map(|e| e.file_name().to_string_lossy().into_owned())
                            .filter(|n| !n.ends_with(".tmp") || !n.contains(".lyncsh-"))
                            .filter(|n| crate::wildcard::wildcard_match(&pattern, n, false))
                            .collect()
                    })
                    .unwrap_or_default();
                names.sort_by_key(|n| n.to_lowercase());
                names
                    .into_iter()
                    .map(|n| (path.join(&n), joined(&folder, &n)))
                    .collect()
            }
        };
        if matched.is_empty() && !typed.contains(['*', '?']) {
            engine.write_error(not_found(engine, call, &typed))?;
        }
        found.extend(matched);
    }
    Ok(found)
}

fn remove_one(
    engine: &Engine,
    call: &Call,
    path: &std::path::Path,
    typed: &str,
) -> Result<(), Box<ErrorRecord>> {
    if !path.exists() {
        return Err(Box::new(not_found(engine, call, typed)));
    }
    if path == engine.files_root() {
        return Err(Box::new(engine.cmdlet_error(
            call,
            format!("lyncsh does not remove the files folder itself ('{typed}')."),
            "RemoveFilesFolder",
            ErrorCategory::PermissionDenied,
            "UnauthorizedAccessException",
        )));
    }
    let has_children =
        path.is_dir() && std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_some());
    if has_children && !call.bound.switch("Recurse") {
        return Err(Box::new(
            engine
                .cmdlet_error(
                    call,
                    format!("The item at {typed} has children and the Recurse parameter was not specified. Nothing was removed."),
                    "DirectoryNotEmpty",
                    ErrorCategory::WriteError,
                    "IOException",
                )
                .with_target(typed, "String"),
        ));
    }
    if engine.replaying {
        return Ok(());
    }
    let removed = if path.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    };
    removed.map_err(|e| {
        Box::new(engine.cmdlet_error(
            call,
            format!("Cannot remove item {typed}: {e}."),
            "RemoveItemIOError",
            ErrorCategory::WriteError,
            "IOException",
        ))
    })
}

/// What New-Item makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Directory,
    File,
}

fn new_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let kind = match call.bound.text("ItemType") {
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
    new_items(engine, call, kind)
}

fn make_directory(engine: &mut Engine, call: &Call) -> CmdletResult {
    new_items(engine, call, ItemKind::Directory)
}

/// New-Item's work: an item of `kind` at each path (under `-Name` when given).
fn new_items(engine: &mut Engine, call: &Call, kind: ItemKind) -> CmdletResult {
    let name = call.bound.text("Name");
    let mut out = Vec::new();
    for folder in typed_paths(call) {
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
            let value = call.bound.text("Value").unwrap_or_default();
            if !engine.replaying {
                engine.write_text_file(typed, &value, false, call.span)?;
            }
            return Ok(item(kind, &name, typed, Some(value.len()), DateTime::now()));
        }
        ItemKind::Directory => {}
    }
    Ok(item(kind, &name, typed, None, DateTime::now()))
}

/// The DirectoryInfo or FileInfo New-Item returns: the properties its listing shows.
fn item(
    kind: ItemKind,
    name: &str,
    typed: &str,
    length: Option<usize>,
    written: DateTime,
) -> Value {
    let (type_name, mode) = match kind {
        ItemKind::Directory => ("System.IO.DirectoryInfo", "d----"),
        ItemKind::File => ("System.IO.FileInfo", "-a---"),
    };
    let mut object = PsObject::new(type_name)
        .with("Mode", Value::str(mode))
        .with("LastWriteTime", Value::DateTime(written));
    if let Some(length) = length {
        object = object.with("Length", Value::Int64(length as i64));
    }
    Value::object(
        object
            .with("Name", Value::str(name))
            .with("FullName", Value::str(typed)),
    )
}
