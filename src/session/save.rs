//! Writing a session: pretty RON, one property per line in each family's property order, and an
//! atomic replacement of the target file (temporary file in the same folder, flushed to disk,
//! renamed over the target), so a crash during a save leaves the old file or the new one.

use super::file::{self, PlainValue, VERSION};
use super::Session;
use crate::directory::Directory;
use crate::families;
use crate::family::{FamilyDecl, PropType};
use crate::store::{install_records, ConfigStore, Record};
use crate::value::Value;
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The session as RON text.
pub fn to_string(session: &Session) -> Result<String, String> {
    // The writer refuses only values nested deeper than it allows (a variable holding arrays
    // within arrays); that is an error, never an empty file.
    file::ron_options()
        .to_string_pretty(&FileView(session), pretty())
        .map_err(|e| cannot_write(&e))
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new().new_line("\n".to_string())
}

fn cannot_write(e: &ron::Error) -> String {
    format!("the session cannot be written: {e}")
}

/// Names of variables that hold something other than plain data (objects, script blocks),
/// which a saved session leaves out.
pub fn unsaved_variables(session: &Session) -> Vec<String> {
    session
        .variables
        .iter()
        .filter(|(_, value)| PlainValue::of(value).is_none())
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Saves `session` to `path`, replacing it atomically. The text goes straight to the file, so
/// a session of 100,000 users is never held twice (as objects and as text).
pub fn save(session: &Session, path: &Path) -> std::io::Result<()> {
    write_atomically_with(path, |out| {
        file::ron_options()
            .to_io_writer_pretty(out, &FileView(session), pretty())
            .map_err(|e| std::io::Error::other(cannot_write(&e)))
    })
}

/// Writes `bytes` to a new file beside `path`, flushes it to disk and renames it over `path`.
/// On failure the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |out| out.write_all(bytes))
}

/// What [`write_atomically`] does, with the contents written by `write`.
fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let temporary = temporary_beside(path);
    let written = (|| {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
        return written;
    }
    sync_folder(path);
    Ok(())
}

/// `.NAME.PID.N.tmp` in the target's folder: the same file system, so the rename is atomic.
fn temporary_beside(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}.{n}.tmp", std::process::id()))
}

/// Flushes the folder entry of the rename to disk where the platform allows it.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    {
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if let Ok(dir) = std::fs::File::open(folder) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

struct FileView<'a>(&'a Session);

impl Serialize for FileView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let session = self.0;
        let mut file = serializer.serialize_struct("Session", 7)?;
        file.serialize_field("version", &VERSION)?;
        match &session.lab {
            Some(mark) => file.serialize_field("lab", mark)?,
            None => file.skip_field("lab")?,
        }
        file.serialize_field("topology", &session.topology)?;
        file.serialize_field("configuration", &ConfigurationView(session))?;
        // The directory is written only when it is not the lab's.
        if session.directory == Directory::lab() {
            file.skip_field("directory")?;
        } else {
            file.serialize_field("directory", session.directory.users())?;
        }
        file.serialize_field("variables", &VariablesView(session))?;
        file.serialize_field("history", &session.history)?;
        file.end()
    }
}

/// The families whose records are not those of a fresh install, in declaration order, with
/// their records. A family left out reads back as a fresh install has it.
struct ConfigurationView<'a>(&'a Session);

impl Serialize for ConfigurationView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let session = self.0;
        let changed: Vec<&'static FamilyDecl> = families::all()
            .iter()
            .copied()
            .filter(|family| {
                session.store.records(family.noun)
                    != install_records(family, &session.topology, VERSION).as_slice()
            })
            .collect();
        let mut configuration = serializer.serialize_struct("Configuration", changed.len())?;
        for family in changed {
            configuration.serialize_field(family.noun, &RecordsView(family, &session.store))?;
        }
        configuration.end()
    }
}

struct RecordsView<'a>(&'static FamilyDecl, &'a ConfigStore);

impl Serialize for RecordsView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let records = self.1.records(self.0.noun);
        let mut seq = serializer.serialize_seq(Some(records.len()))?;
        for record in records {
            seq.serialize_element(&RecordView(self.0, record))?;
        }
        seq.end()
    }
}

struct RecordView<'a>(&'static FamilyDecl, &'a Record);

impl Serialize for RecordView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut record = serializer.serialize_struct("Record", 2)?;
        record.serialize_field("identity", &self.1.identity.to_string())?;
        record.serialize_field("properties", &PropertiesView(self.0, &self.1.values))?;
        record.end()
    }
}

struct PropertiesView<'a>(&'static FamilyDecl, &'a [Value]);

impl Serialize for PropertiesView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let properties = self.0.properties;
        let mut out = serializer.serialize_struct("Properties", properties.len())?;
        for (decl, value) in properties.iter().zip(self.1) {
            match decl.ty {
                // An object property holds whatever its constructor built (a byte array, an
                // object), written in the plain form that keeps its type.
                PropType::Object(_) => out.serialize_field(decl.name, &PlainValue::of(value))?,
                _ => out.serialize_field(decl.name, &PropertyView(value))?,
            }
        }
        out.end()
    }
}

/// A property value in its type's natural RON form: `true`, `5350`, `"text"`, `None`.
struct PropertyView<'a>(&'a Value);

impl Serialize for PropertyView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Null => serializer.serialize_none(),
            Value::Bool(b) | Value::Switch(b) => serializer.serialize_bool(*b),
            Value::Byte(v) => serializer.serialize_u8(*v),
            Value::UInt16(v) => serializer.serialize_u16(*v),
            Value::UInt32(v) => serializer.serialize_u32(*v),
            Value::UInt64(v) => serializer.serialize_u64(*v),
            Value::Int32(v) => serializer.serialize_i32(*v),
            Value::Int64(v) => serializer.serialize_i64(*v),
            Value::Str(s) => serializer.serialize_str(s),
            Value::Enum(e) => serializer.serialize_str(&e.name),
            // .NET's round-trip form, which keeps every tick.
            Value::DateTime(d) => serializer.serialize_str(&d.format("o")),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items.iter() {
                    match item {
                        Value::Object(_) => seq.serialize_element(&PlainValue::of(item))?,
                        _ => seq.serialize_element(&item.to_display())?,
                    }
                }
                seq.end()
            }
            Value::Object(_) => PlainValue::of(self.0).serialize(serializer),
            other => serializer.serialize_str(&other.to_display()),
        }
    }
}

struct VariablesView<'a>(&'a Session);

impl Serialize for VariablesView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (name, value) in self.0.variables.iter() {
            if let Some(plain) = PlainValue::of(value) {
                map.serialize_entry(name, &plain)?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_nested_too_deeply_is_an_error_and_the_file_is_kept() {
        let mut session = Session::lab();
        let mut deep = Value::Int32(1);
        for _ in 0..300 {
            deep = Value::array(vec![deep]);
        }
        session.variables.set("deep", deep);
        assert!(to_string(&session).is_err());
        let folder = std::env::temp_dir().join(format!("lyncsh-save-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join("kept.ron");
        std::fs::write(&path, "old").unwrap();
        assert!(save(&session, &path).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
