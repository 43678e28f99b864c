//! The files folder: scripts read and write files only inside one folder (`--files DIR`, or
//! the current directory). Paths are written as scripts write them — `C:\Scripts\users.csv`,
//! `.\report.csv`, `\\server\share\x.csv` — and mapped into the folder; a path that would leave
//! it (`..` above it, a link pointing out) is refused. Writes go to a temporary file that is
//! then renamed over the target, so a file is never left half written.

use super::Engine;
use crate::error::{ErrorCategory, ErrorRecord};
use crate::span::Span;
use std::path::{Component, Path, PathBuf};

/// Why a path cannot be used: PowerShell's text and error id.
pub struct PathError {
    pub message: String,
    pub id: &'static str,
    pub category: ErrorCategory,
    pub exception: &'static str,
}

impl Engine {
    /// The folder scripts may use.
    pub fn files_root(&self) -> PathBuf {
        if self.files_folder.as_os_str().is_empty() {
            std::env::current_dir().unwrap_or_default()
        } else {
            self.files_folder.clone()
        }
    }

    /// Where `typed` lies inside the files folder. A drive (`C:`) or a leading `\` starts at
    /// the folder itself; a UNC path (`\\server\share\...`) at `DIR/server/share`; anything else
    /// at the current location.
    pub fn map_path(&self, typed: &str) -> Result<PathBuf, PathError> {
        let root = self.files_root();
        let text = typed
            .trim()
            .strip_prefix("Microsoft.PowerShell.Core\\FileSystem::")
            .unwrap_or(typed.trim())
            .replace('\\', "/");
        let bytes = text.as_bytes();
        let (base, rest): (PathBuf, &str) =
            if bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic() {
                (root.clone(), &text[2..])
            } else if let Some(rest) = text.strip_prefix('/') {
                (root.clone(), rest)
            } else {
                (self.location_in(&root), text.as_str())
            };
        let outside = || {
            PathError {
            message: format!(
                "lyncsh reads and writes files only inside its files folder ({}); the path '{typed}' leads outside it.",
                root.display()
            ),
            id: "PathOutsideFilesFolder",
            category: ErrorCategory::PermissionDenied,
            exception: "UnauthorizedAccessException",
        }
        };
        let mut inside: Vec<String> = match base.strip_prefix(&root) {
            Ok(relative) => relative
                .components()
                .filter_map(|c| match c {
                    Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect(),
            Err(_) => return Err(outside()),
        };
        for part in rest.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    if inside.pop().is_none() {
                        return Err(outside());
                    }
                }
                part => inside.push(part.to_string()),
            }
        }
        let mapped = inside
            .iter()
            .fold(root.clone(), |path, part| path.join(part));
        if let Some(first) = inside.first() {
            materialize_lab_folder(&root, first);
        }
        // A link inside the folder must not lead out of it.
        let canonical_root = root.canonicalize().unwrap_or(root.clone());
        let mut existing = mapped.as_path();
        while !existing.exists() {
            match existing.parent() {
                Some(parent) => existing = parent,
                None => break,
            }
        }
        if let Ok(real) = existing.canonicalize() {
            if !real.starts_with(&canonical_root) {
                return Err(outside());
            }
        }
        Ok(mapped)
    }

    /// The current location as a folder inside `root`.
    fn location_in(&self, root: &Path) -> PathBuf {
        if self.location.as_os_str().is_empty() {
            root.to_path_buf()
        } else if self.location.is_absolute() {
            self.location.clone()
        } else {
            root.join(&self.location)
        }
    }

    /// An error record for a path problem, at `span`.
    pub fn path_error(&self, e: PathError, typed: &str, span: Span) -> ErrorRecord {
        ErrorRecord::new(e.message, e.id, e.category, e.exception)
            .with_target(typed, "String")
            .at(Some(self.position(span)))
    }

    /// The bytes of the file `typed` names (at most the script length limit).
    pub fn read_bytes(&self, typed: &str, span: Span) -> Result<Vec<u8>, Box<ErrorRecord>> {
        let path = self
            .map_path(typed)
            .map_err(|e| Box::new(self.path_error(e, typed, span)))?;
        let bytes = std::fs::read(&path).map_err(|e| {
            let (message, id, category, exception) = if e.kind() == std::io::ErrorKind::NotFound {
                (
                    format!("Cannot find path '{typed}' because it does not exist."),
                    "PathNotFound",
                    ErrorCategory::ObjectNotFound,
                    "ItemNotFoundException",
                )
            } else {
                (
                    format!("Cannot read '{typed}': {e}."),
                    "ReadError",
                    ErrorCategory::ReadError,
                    "IOException",
                )
            };
            Box::new(
                ErrorRecord::new(message, id, category, exception)
                    .with_target(typed, "String")
                    .at(Some(self.position(span))),
            )
        })?;
        if bytes.len() > crate::limits::MAX_SCRIPT_LENGTH {
            return Err(Box::new(
                ErrorRecord::new(
                    format!(
                        "The file '{typed}' is too large: lyncsh reads files of at most {}.",
                        crate::limits::bytes(crate::limits::MAX_SCRIPT_LENGTH)
                    ),
                    "FileTooLarge",
                    ErrorCategory::LimitsExceeded,
                    "IOException",
                )
                .at(Some(self.position(span))),
            ));
        }
        Ok(bytes)
    }

    /// The text of the file `typed` names, decoded as [`decode`] does.
    pub fn read_text_file(&self, typed: &str, span: Span) -> Result<String, Box<ErrorRecord>> {
        self.read_bytes(typed, span).map(|bytes| decode(&bytes))
    }

    /// Writes `text` to the file `typed` names (appending when `append`), atomically: the new
    /// content goes to a temporary file in the same folder, which replaces the target.
    pub fn write_text_file(
        &self,
        typed: &str,
        text: &str,
        append: bool,
        span: Span,
    ) -> Result<(), Box<ErrorRecord>> {
        let path = self
            .map_path(typed)
            .map_err(|e| Box::new(self.path_error(e, typed, span)))?;
        let mut content = Vec::new();
        if append {
            if let Ok(existing) = std::fs::read(&path) {
                content = existing;
            }
        }
        content.extend_from_slice(text.as_bytes());
        let failed = |e: std::io::Error| {
            let detail = if e.kind() == std::io::ErrorKind::NotFound {
                FOLDER_MISSING.to_string()
            } else {
                e.to_string()
            };
            self.write_failure(typed, &detail, span)
        };
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = folder.join(format!(".{name}.lyncsh-{}.tmp", std::process::id()));
        std::fs::write(&temporary, &content).map_err(failed)?;
        std::fs::rename(&temporary, &path).map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            failed(e)
        })
    }

    /// Writes `lines` to the file `typed` names, each ended as Windows ends lines (CR LF), as
    /// Out-File and Set-Content write them.
    pub fn write_text_lines(
        &self,
        typed: &str,
        lines: &[String],
        append: bool,
        span: Span,
    ) -> Result<(), Box<ErrorRecord>> {
        let mut text = String::new();
        for line in lines {
            text.push_str(line);
            text.push_str("\r\n");
        }
        self.write_text_file(typed, &text, append, span)
    }

    /// Checks, before a command changes anything, that the file `typed` names could be
    /// written: inside the files folder, in a folder that exists.
    pub fn check_writable(&self, typed: &str, span: Span) -> Result<(), Box<ErrorRecord>> {
        let path = self
            .map_path(typed)
            .map_err(|e| Box::new(self.path_error(e, typed, span)))?;
        match path.parent() {
            Some(folder) if !folder.is_dir() => {
                Err(self.write_failure(typed, FOLDER_MISSING, span))
            }
            _ => Ok(()),
        }
    }

    fn write_failure(&self, typed: &str, detail: &str, span: Span) -> Box<ErrorRecord> {
        Box::new(
            ErrorRecord::new(
                format!("Could not find a part of the path '{typed}': {detail}."),
                "WriteError",
                ErrorCategory::WriteError,
                "DirectoryNotFoundException",
            )
            .with_target(typed, "String")
            .at(Some(self.position(span))),
        )
    }
}

/// Why a file cannot be written into a folder that is not there.
const FOLDER_MISSING: &str = "the folder does not exist";

/// The folders the lab's computer has at the top of its drive, which the reference's examples
/// write their reports and certificate requests into (`C:\Logs\Services.html`).
pub const LAB_FOLDERS: &[&str] = &["Logs", "Certificates"];

/// A lab folder comes into being in the files folder (spelt as the path spells it) the first
/// time a path names it, so that it is there for reading, listing and writing alike; other
/// folders must be made with New-Item first.
fn materialize_lab_folder(root: &Path, first: &str) {
    if !LAB_FOLDERS.iter().any(|f| f.eq_ignore_ascii_case(first)) || root.join(first).exists() {
        return;
    }
    // A folder that cannot be made shows as missing, as any other would.
    let _ = std::fs::create_dir(root.join(first));
}

/// Text from a file's bytes, as Windows PowerShell 3 decodes a script or text file.
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], little: bool| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|pair| {
                if little {
                    u16::from_le_bytes([pair[0], pair[1]])
                } else {
                    u16::from_be_bytes([pair[0], pair[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return utf16(rest, false);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// The character a Windows-1252 byte stands for.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}
