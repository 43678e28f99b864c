//! Get-Item, Rename-Item, Copy-Item and Move-Item: what report scripts do with the files they
//! wrote (look one up, rename yesterday's log, copy a template, move a report into an archive
//! folder), inside the files folder as every file command is. A path or destination outside it
//! is refused; a copy is written atomically, and a rename or move is one rename.

use super::builtins::entry;
use super::files::owned_by;
use super::items::{joined, listed, named_items, not_found, paths_param};
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::Value;
use std::path::{Path, PathBuf};

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("gi", "Get-Item"),
    ("ren", "Rename-Item"),
    ("rni", "Rename-Item"),
    ("copy", "Copy-Item"),
    ("cp", "Copy-Item"),
    ("cpi", "Copy-Item"),
    ("move", "Move-Item"),
    ("mv", "Move-Item"),
    ("mi", "Move-Item"),
];

pub fn all() -> Vec<CmdletEntry> {
    let destination = || ParamDecl::new("Destination", ParamType::String).at(1);
    let switch = |name: &str| ParamDecl::new(name, ParamType::Switch);
    vec![
        entry(
            Signature::new("Get-Item", vec![paths_param(), switch("Force")]),
            get_item,
            false,
        ),
        entry(
            Signature::new(
                "Rename-Item",
                vec![
                    ParamDecl::new("Path", ParamType::String)
                        .at(0)
                        .by_value()
                        .by_property_name()
                        .alias("FullName"),
                    ParamDecl::new("NewName", ParamType::String)
                        .at(1)
                        .mandatory(),
                    switch("PassThru"),
                    switch("Force"),
                ],
            ),
            rename_item,
            false,
        ),
        entry(
            Signature::new(
                "Copy-Item",
                vec![
                    paths_param(),
                    destination(),
                    switch("Recurse"),
                    switch("PassThru"),
                    switch("Force"),
                ],
            ),
            copy_item,
            false,
        ),
        entry(
            Signature::new(
                "Move-Item",
                vec![
                    paths_param(),
                    destination(),
                    switch("PassThru"),
                    switch("Force"),
                ],
            ),
            move_item,
            false,
        ),
    ]
}

/// Each path's item (a wildcard in its last part: every item it matches).
fn get_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut out = Vec::new();
    for (path, typed) in named_items(engine, call)? {
        out.push(listed(call, &path, &typed, &typed));
    }
    Ok(out)
}

/// The .NET text for a target name another item holds.
const ALREADY_THERE: &str = "Cannot create a file when that file already exists.";

fn failure(
    engine: &Engine,
    call: &Call,
    message: String,
    id: &str,
    typed: &str,
) -> Box<ErrorRecord> {
    Box::new(
        engine
            .cmdlet_error(call, message, id, ErrorCategory::WriteError, "IOException")
            .with_target(typed, "String"),
    )
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The folder part of a typed path (`C:\Logs` of `C:\Logs\a.txt`), `.` when it has none.
fn folder_of(typed: &str) -> &str {
    typed.rfind(['\\', '/']).map_or(".", |at| &typed[..at])
}

fn rename_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = call.bound.text("Path").unwrap_or_default();
    let new_name = call.bound.text("NewName").unwrap_or_default();
    if new_name.contains(['\\', '/']) || new_name.is_empty() {
        let message =
            "Cannot rename the specified target, because it represents a path or device name."
                .to_string();
        return Err(failure(engine, call, message, "Argument", &typed).into());
    }
    let path = engine
        .map_path(&typed)
        .map_err(|e| owned_by(call, engine.path_error(e, &typed, call.span)))?;
    if !path.exists() {
        return Err(not_found(engine, call, &typed).into());
    }
    let shown = joined(folder_of(&typed), &new_name);
    let target = path.with_file_name(&new_name);
    if target.exists() && file_name(&target) != file_name(&path) {
        let message = ALREADY_THERE.to_string();
        return Err(failure(engine, call, message, "RenameItemIOError", &typed).into());
    }
    if !engine.replaying {
        std::fs::rename(&path, &target).map_err(|e| {
            failure(
                engine,
                call,
                format!("Cannot rename item {typed}: {e}."),
                "RenameItemIOError",
                &typed,
            )
        })?;
    }
    Ok(passed_through(call, &target, &shown))
}

/// The item written, when -PassThru asks for it.
fn passed_through(call: &Call, path: &Path, shown: &str) -> Vec<Value> {
    if call.bound.switch("PassThru") {
        vec![listed(call, path, shown, shown)]
    } else {
        Vec::new()
    }
}

/// Where an item goes: into the destination when it is a folder, else to the destination.
fn destination(
    engine: &Engine,
    call: &Call,
    source: &Path,
) -> Result<(PathBuf, String), Box<ErrorRecord>> {
    let typed = call.bound.text("Destination").unwrap_or_else(|| ".".into());
    let path = engine
        .map_path(&typed)
        .map_err(|e| Box::new(owned_by(call, engine.path_error(e, &typed, call.span))))?;
    if path.is_dir() {
        let name = file_name(source);
        return Ok((path.join(&name), joined(&typed, &name)));
    }
    if !path.parent().is_some_and(Path::is_dir) {
        return Err(Box::new(not_found(engine, call, folder_of(&typed))));
    }
    Ok((path, typed))
}

/// Each source of -Path sent to its destination by `send` (which checks, then copies or
/// moves unless the engine is replaying); what fails is written and the others go on.
fn transfer(
    engine: &mut Engine,
    call: &Call,
    send: impl Fn(&Engine, &Path, &Path, &str) -> Result<(), Box<ErrorRecord>>,
) -> CmdletResult {
    let mut out = Vec::new();
    for (source, typed) in named_items(engine, call)? {
        let sent = destination(engine, call, &source).and_then(|(target, shown)| {
            send(engine, &source, &target, &typed)?;
            Ok(passed_through(call, &target, &shown))
        });
        match sent {
            Ok(items) => out.extend(items),
            Err(record) => engine.write_error(*record)?,
        }
    }
    Ok(out)
}

fn copy_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let recurse = call.bound.switch("Recurse");
    transfer(engine, call, |engine, source, target, typed| {
        if target == source {
            let message = format!("Cannot overwrite the item {typed} with itself.");
            return Err(failure(engine, call, message, "CopyError", typed));
        }
        if engine.replaying {
            return Ok(());
        }
        copy(source, target, recurse).map_err(|e| {
            let message = format!("Cannot copy item {typed}: {e}.");
            failure(engine, call, message, "CopyError", typed)
        })
    })
}

/// Copies a file atomically, or a folder (its contents too with `recurse`, as Copy-Item does).
fn copy(source: &Path, target: &Path, recurse: bool) -> std::io::Result<()> {
    if source.is_file() {
        let bytes = std::fs::read(source)?;
        return crate::session::save::write_atomically(target, &bytes);
    }
    std::fs::create_dir_all(target)?;
    if recurse {
        for entry in std::fs::read_dir(source)? {
            let entry = entry?;
            copy(&entry.path(), &target.join(entry.file_name()), true)?;
        }
    }
    Ok(())
}

fn move_item(engine: &mut Engine, call: &Call) -> CmdletResult {
    let force = call.bound.switch("Force");
    transfer(engine, call, |engine, source, target, typed| {
        let refused = if target.exists() && !force {
            Some((ALREADY_THERE.to_string(), "MoveFileInfoItemIOError"))
        } else if target.starts_with(source) && target != source {
            Some((
                format!("Cannot move the folder {typed} into itself."),
                "MoveDirectoryItemIOError",
            ))
        } else {
            None
        };
        if let Some((message, id)) = refused {
            return Err(failure(engine, call, message, id, typed));
        }
        if engine.replaying {
            return Ok(());
        }
        std::fs::rename(source, target).map_err(|e| {
            let message = format!("Cannot move item {typed}: {e}.");
            failure(engine, call, message, "MoveFileInfoItemIOError", typed)
        })
    })
}
