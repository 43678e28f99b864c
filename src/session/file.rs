//! The session file's model: the format version, how older versions are brought up to date,
//! and the plain values user variables are saved as. Records are written and read through the
//! family declarations (see `save` and `load`), the topology through its serde derive, so a new
//! family, property or topology field needs no change here.

use crate::value::{EnumValue, Hashtable, TimeSpan, Value};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

/// The version this lyncsh writes. Files with a higher number are refused.
pub const VERSION: u32 = 5;

/// How session files are written and read with ron: `implicit_some` lets an optional value be
/// written as itself (`settings: Conferencing((...))`), while `Some(...)`, as older files
/// have it, is still read.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// What a file of an older version needs to become the current one: `UPGRADES[v - 1]` turns a
/// session read with version `v`'s rules into version `v + 1`'s. Bumping [`VERSION`] means
/// adding a step (a test keeps the two in step).
pub type Upgrade = fn(&mut super::Session);
pub const UPGRADES: &[Upgrade] = &[
    from_version_1,
    from_version_2,
    from_version_3,
    from_version_4,
];

/// Version 2 added the families beyond the first four, named records and objects as values
/// (structured properties, variables holding objects). A version 1 file holds none of these,
/// and the families it leaves out keep their defaults, so it reads unchanged.
fn from_version_1(_: &mut super::Session) {}

/// Version 3's lab has more records from the start (declared with `since: 3`). A file of an
/// older version is read over the lab of its own version, so a family it leaves out keeps the
/// records it had when the file was saved, and nothing further is needed.
fn from_version_2(_: &mut super::Session) {}

/// Version 4 added the directory's users, written only when they differ from the lab's. A
/// file of an older version has none, and reads with the lab's directory.
fn from_version_3(_: &mut super::Session) {}

/// Version 5 added `lab`: the lab a session was saved in and which of its objectives were
/// met. A file of an older version was saved outside a lab, as far as it can tell.
fn from_version_4(_: &mut super::Session) {}

/// The lab a session was saved in (Save-LabSession or `--save` while working through a lab)
/// and how far it had got then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabMark {
    /// The built-in lab's name, or the lab file as it was given to `--lab`.
    pub name: String,
    pub title: String,
    /// For each objective, in order, whether the session met it when it was saved.
    pub met: Vec<bool>,
}

/// Applies the upgrades from `version` to [`VERSION`].
pub fn upgrade(session: &mut super::Session, version: u32) {
    let from = version.saturating_sub(1) as usize;
    for step in UPGRADES.iter().skip(from) {
        step(session);
    }
}

/// A variable's value as saved: only values that are plain data (no objects, script blocks or
/// error records) have a form here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlainValue {
    Null,
    Bool(bool),
    Switch(bool),
    Byte(u8),
    Int32(i32),
    Int64(i64),
    UInt16(u16),
    UInt32(u32),
    UInt64(u64),
    Double(f64),
    String(String),
    /// .NET's constant format, `d.hh:mm:ss.fffffff`.
    TimeSpan(String),
    /// .NET's round-trip format, `yyyy-MM-ddTHH:mm:ss.fffffff`.
    DateTime(String),
    Enum {
        type_name: String,
        name: String,
    },
    Array(Vec<PlainValue>),
    /// Key and value pairs in insertion order.
    Hashtable(Vec<(PlainValue, PlainValue)>),
    /// An object whose properties are all plain data (a Lync entry built with its `New-Cs*`
    /// constructor, a copy of a record).
    Object {
        type_name: String,
        properties: Vec<(String, PlainValue)>,
    },
}

impl PlainValue {
    /// The saved form of `value`, or `None` when it holds something that is not plain data.
    pub fn of(value: &Value) -> Option<PlainValue> {
        Some(match value {
            Value::Null => PlainValue::Null,
            Value::Bool(b) => PlainValue::Bool(*b),
            Value::Switch(b) => PlainValue::Switch(*b),
            Value::Byte(v) => PlainValue::Byte(*v),
            Value::Int32(v) => PlainValue::Int32(*v),
            Value::Int64(v) => PlainValue::Int64(*v),
            Value::UInt16(v) => PlainValue::UInt16(*v),
            Value::UInt32(v) => PlainValue::UInt32(*v),
            Value::UInt64(v) => PlainValue::UInt64(*v),
            Value::Double(v) => PlainValue::Double(*v),
            Value::Str(s) => PlainValue::String(s.to_string()),
            Value::TimeSpan(t) => PlainValue::TimeSpan(t.to_string()),
            Value::DateTime(d) => PlainValue::DateTime(d.format("o")),
            Value::Enum(e) => PlainValue::Enum {
                type_name: e.type_name.clone(),
                name: e.name.clone(),
            },
            Value::Array(items) => {
                PlainValue::Array(items.iter().map(PlainValue::of).collect::<Option<_>>()?)
            }
            Value::Hashtable(table) => PlainValue::Hashtable(
                table
                    .borrow()
                    .entries()
                    .iter()
                    .map(|(k, v)| Some((PlainValue::of(k)?, PlainValue::of(v)?)))
                    .collect::<Option<_>>()?,
            ),
            Value::Object(object) => {
                let object = object.borrow();
                PlainValue::Object {
                    type_name: object.type_name.to_string(),
                    properties: object
                        .properties
                        .iter()
                        .map(|(name, value)| Some((name.to_string(), PlainValue::of(value)?)))
                        .collect::<Option<_>>()?,
                }
            }
            Value::ScriptBlock(_) | Value::Type(_) | Value::Error(_) | Value::Formatted(_) => {
                return None
            }
        })
    }

    /// The runtime value; the error names what is wrong (a TimeSpan that does not parse).
    pub fn into_value(self) -> Result<Value, String> {
        Ok(match self {
            PlainValue::Null => Value::Null,
            PlainValue::Bool(b) => Value::Bool(b),
            PlainValue::Switch(b) => Value::Switch(b),
            PlainValue::Byte(v) => Value::Byte(v),
            PlainValue::Int32(v) => Value::Int32(v),
            PlainValue::Int64(v) => Value::Int64(v),
            PlainValue::UInt16(v) => Value::UInt16(v),
            PlainValue::UInt32(v) => Value::UInt32(v),
            PlainValue::UInt64(v) => Value::UInt64(v),
            PlainValue::Double(v) => Value::Double(v),
            PlainValue::String(s) => Value::str(s),
            PlainValue::TimeSpan(text) => Value::TimeSpan(
                TimeSpan::parse(&text)
                    .ok_or_else(|| format!("`{text}` is not a TimeSpan (d.hh:mm:ss)"))?,
            ),
            PlainValue::DateTime(text) => Value::DateTime(
                crate::datetime::DateTime::parse(&text)
                    .ok_or_else(|| format!("`{text}` is not a DateTime (yyyy-MM-ddTHH:mm:ss)"))?,
            ),
            PlainValue::Enum { type_name, name } => {
                Value::Enum(Rc::new(EnumValue { type_name, name }))
            }
            PlainValue::Array(items) => Value::array(
                items
                    .into_iter()
                    .map(PlainValue::into_value)
                    .collect::<Result<_, _>>()?,
            ),
            PlainValue::Hashtable(entries) => {
                let mut table = Hashtable::default();
                for (key, value) in entries {
                    table.insert(key.into_value()?, value.into_value()?);
                }
                Value::Hashtable(Rc::new(RefCell::new(table)))
            }
            PlainValue::Object {
                type_name,
                properties,
            } => {
                let mut object = crate::value::PsObject::new(type_name);
                for (name, value) in properties {
                    object
                        .properties
                        .push((Rc::from(name), value.into_value()?));
                }
                Value::object(object)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_before_the_current_one_has_an_upgrade() {
        assert_eq!(UPGRADES.len() as u32, VERSION - 1);
    }

    #[test]
    fn plain_values_and_objects_of_plain_values_come_back_unchanged() {
        let value = Value::array(vec![
            Value::Int32(-4),
            Value::str("x"),
            Value::TimeSpan(TimeSpan::from_seconds(90)),
            Value::Null,
        ]);
        let plain = PlainValue::of(&value).expect("plain");
        assert_eq!(plain.into_value(), Ok(value));
        let mut entry = crate::value::PsObject::new("T");
        entry.properties.push((Rc::from("Name"), Value::str("a")));
        let object = Value::object(entry);
        let plain = PlainValue::of(&Value::array(vec![object.clone()])).expect("plain");
        assert_eq!(plain.into_value(), Ok(Value::array(vec![object])));
        let mut holder = crate::value::PsObject::new("T");
        holder
            .properties
            .push((Rc::from("Kind"), Value::Type(Rc::from("int"))));
        assert_eq!(PlainValue::of(&Value::object(holder)), None);
    }
}
