//! Files of configuration records in lyncsh's own format, for the cmdlets that export and
//! import part of the configuration (Persistent Chat data, the Response Group's): a RON
//! document whose first field names the kind of file, then each record as its noun, its
//! identity and its values in declaration order.

use crate::families;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::session::file::PlainValue;
use crate::store::Record;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct RecordsFile {
    format: String,
    records: Vec<(String, String, Vec<PlainValue>)>,
}

/// The text of a file of kind `format` holding `records` (noun and record).
pub fn write(format: &str, records: &[(&str, &Record)]) -> Result<String, String> {
    let file = RecordsFile {
        format: format.into(),
        records: records
            .iter()
            .map(|(noun, record)| {
                let values = record
                    .values
                    .iter()
                    .map(|v| PlainValue::of(v).unwrap_or(PlainValue::Null))
                    .collect();
                (noun.to_string(), record.identity.to_string(), values)
            })
            .collect(),
    };
    ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
        .map(|body| format!("{body}\n"))
        .map_err(|e| e.to_string())
}

/// Why a file could not be read.
pub enum ReadError {
    /// It is not a file of the kind asked for.
    NotThisKind,
    /// It holds a record of this family that cannot be read.
    BadRecord(&'static FamilyDecl),
}

/// The records of a file of kind `format`, keeping those of the nouns `accepted` (others are
/// skipped); identities are kept as written.
pub fn read(
    text: &str,
    format: &str,
    accepted: &[&str],
) -> Result<Vec<(&'static FamilyDecl, Record)>, ReadError> {
    let file = match ron::from_str::<RecordsFile>(text) {
        Ok(file) if file.format == format => file,
        _ => return Err(ReadError::NotThisKind),
    };
    let mut out = Vec::new();
    for (noun, identity, values) in file.records {
        let Some(decl) = families::find(&noun)
            .filter(|d| accepted.iter().any(|n| n.eq_ignore_ascii_case(d.noun)))
        else {
            continue;
        };
        let values: Result<Vec<_>, String> =
            values.into_iter().map(PlainValue::into_value).collect();
        match values {
            Ok(values) if values.len() == decl.properties.len() => out.push((
                decl,
                Record {
                    identity: Scope::Name(identity),
                    values,
                },
            )),
            _ => return Err(ReadError::BadRecord(decl)),
        }
    }
    Ok(out)
}
