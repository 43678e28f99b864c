//! Get-Member (`gm`): the properties and methods of the objects in the pipeline, one group per
//! type. Lync records show their declared property types; the methods listed are the ones
//! lyncsh can call on that kind of value.

use super::builtins::{entry, input_object, names_of};
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine};
use crate::error::ErrorCategory;
use crate::families;
use crate::format::view::MEMBER_DEFINITION;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};
use crate::wildcard::wildcard_match;

pub const ALIASES: &[(&str, &str)] = &[("gm", "Get-Member")];

const MEMBER_TYPES: &[&str] = &[
    "AliasProperty",
    "CodeProperty",
    "Property",
    "NoteProperty",
    "ScriptProperty",
    "Properties",
    "PropertySet",
    "Method",
    "CodeMethod",
    "ScriptMethod",
    "Methods",
    "ParameterizedProperty",
    "MemberSet",
    "Event",
    "Dynamic",
    "All",
];

pub fn all() -> Vec<CmdletEntry> {
    vec![entry(
        Signature::new(
            "Get-Member",
            vec![
                input_object(),
                ParamDecl {
                    wildcards: true,
                    ..ParamDecl::new("Name", ParamType::Array(Box::new(ParamType::String)))
                }
                .at(0),
                ParamDecl::new(
                    "MemberType",
                    ParamType::Enum {
                        name: "System.Management.Automation.PSMemberTypes".into(),
                        values: MEMBER_TYPES.iter().map(|s| s.to_string()).collect(),
                    },
                )
                .alias("Type"),
            ],
        ),
        get_member,
        true,
    )]
}

/// The short names PowerShell prints for common .NET types in member definitions.
fn short_type(full: &str) -> String {
    match full {
        "System.Boolean" => "bool",
        "System.String" => "string",
        "System.Int16" => "int16",
        "System.Int32" => "int",
        "System.Int64" => "long",
        "System.UInt16" => "uint16",
        "System.UInt32" => "uint32",
        "System.UInt64" => "uint64",
        "System.Double" => "double",
        "System.Byte" => "byte",
        "System.TimeSpan" => "timespan",
        "System.DateTime" => "datetime",
        "System.Object[]" => "System.Object[]",
        other => other,
    }
    .to_string()
}

/// `(name, member type, definition)` of every member of `value`.
fn members_of(value: &Value) -> Vec<(String, &'static str, String)> {
    let mut out = Vec::new();
    match value {
        Value::Object(o) => {
            let o = o.borrow();
            // Select-Object keeps the properties' types under a `Selected.` type name.
            let selected = o.type_name.strip_prefix("Selected.");
            let record_type = selected.unwrap_or(&o.type_name);
            let family = families::all().iter().find(|f| f.type_name == record_type);
            for (name, v) in &o.properties {
                let declared = family.and_then(|f| f.property_type(name));
                let ty = declared.unwrap_or_else(|| match v {
                    Value::Null => "System.Object".into(),
                    v => v.type_name(),
                });
                if selected.is_some() {
                    let shown = crate::format::cell::cell(v);
                    out.push((
                        name.to_string(),
                        "NoteProperty",
                        format!("{ty} {name}={shown}"),
                    ));
                } else {
                    let access = if &**name == "Identity" {
                        "{get;}"
                    } else {
                        "{get;set;}"
                    };
                    out.push((
                        name.to_string(),
                        "Property",
                        format!("{} {name} {access}", short_type(&ty)),
                    ));
                }
            }
        }
        Value::Hashtable(_) => {
            for (name, ty) in [
                ("Count", "int"),
                ("Keys", "System.Collections.ICollection"),
                ("Values", "System.Collections.ICollection"),
            ] {
                out.push((
                    name.to_string(),
                    "Property",
                    format!("{ty} {name} {{get;}}"),
                ));
            }
            out.push((
                "Add".into(),
                "Method",
                "void Add(System.Object key, System.Object value)".into(),
            ));
            out.push((
                "ContainsKey".into(),
                "Method",
                "bool ContainsKey(System.Object key)".into(),
            ));
            out.push((
                "Remove".into(),
                "Method",
                "void Remove(System.Object key)".into(),
            ));
        }
        other => {
            for (name, v) in crate::adapted::properties(other).unwrap_or_default() {
                let access = if name == "DateTime" {
                    "ScriptProperty"
                } else {
                    "Property"
                };
                let definition = if access == "ScriptProperty" {
                    format!("System.Object {name} {{get=...}}")
                } else {
                    format!("{} {name} {{get;}}", short_type(&v.type_name()))
                };
                out.push((name.to_string(), access, definition));
            }
            for (name, definition) in methods_of(other) {
                out.push((name.to_string(), "Method", definition.to_string()));
            }
        }
    }
    for (name, definition) in [
        ("Equals", "bool Equals(System.Object obj)"),
        ("GetHashCode", "int GetHashCode()"),
        ("GetType", "type GetType()"),
        ("ToString", "string ToString()"),
    ] {
        if !out.iter().any(|(n, _, _)| n == name) {
            out.push((name.to_string(), "Method", definition.to_string()));
        }
    }
    out
}

/// The methods lyncsh can call on a scalar value (see `engine::dotnet`).
fn methods_of(value: &Value) -> &'static [(&'static str, &'static str)] {
    match value {
        Value::Str(_) => &[
            ("Contains", "bool Contains(string value)"),
            ("EndsWith", "bool EndsWith(string value)"),
            ("IndexOf", "int IndexOf(string value)"),
            (
                "Replace",
                "string Replace(string oldValue, string newValue)",
            ),
            ("Split", "string[] Split(Params char[] separator)"),
            ("StartsWith", "bool StartsWith(string value)"),
            (
                "Substring",
                "string Substring(int startIndex), string Substring(int startIndex, int length)",
            ),
            ("ToLower", "string ToLower()"),
            ("ToUpper", "string ToUpper()"),
            ("Trim", "string Trim()"),
            ("TrimEnd", "string TrimEnd()"),
            ("TrimStart", "string TrimStart()"),
        ],
        Value::DateTime(_) => &[
            ("Add", "datetime Add(timespan value)"),
            ("AddDays", "datetime AddDays(double value)"),
            ("AddHours", "datetime AddHours(double value)"),
            ("AddMilliseconds", "datetime AddMilliseconds(double value)"),
            ("AddMinutes", "datetime AddMinutes(double value)"),
            ("AddMonths", "datetime AddMonths(int months)"),
            ("AddSeconds", "datetime AddSeconds(double value)"),
            ("AddTicks", "datetime AddTicks(long value)"),
            ("AddYears", "datetime AddYears(int value)"),
            ("CompareTo", "int CompareTo(datetime value)"),
            (
                "Subtract",
                "timespan Subtract(datetime value), datetime Subtract(timespan value)",
            ),
            ("ToLongDateString", "string ToLongDateString()"),
            ("ToLongTimeString", "string ToLongTimeString()"),
            ("ToShortDateString", "string ToShortDateString()"),
            ("ToShortTimeString", "string ToShortTimeString()"),
            (
                "ToString",
                "string ToString(), string ToString(string format)",
            ),
            ("ToUniversalTime", "datetime ToUniversalTime()"),
        ],
        Value::Array(_) => &[
            ("Contains", "bool Contains(System.Object value)"),
            ("IndexOf", "int IndexOf(System.Object value)"),
        ],
        _ => &[],
    }
}

/// PowerShell's order: by member type name, then by member name.
fn sorted(mut members: Vec<(String, &'static str, String)>) -> Vec<(String, &'static str, String)> {
    members.sort_by(|a, b| {
        a.1.cmp(b.1)
            .then_with(|| a.0.to_ascii_lowercase().cmp(&b.0.to_ascii_lowercase()))
    });
    members
}

fn kind_matches(filter: &str, kind: &str) -> bool {
    match filter {
        "All" => true,
        "Properties" => kind.ends_with("Property"),
        "Methods" => kind.ends_with("Method"),
        f => f == kind,
    }
}

fn get_member(engine: &mut Engine, call: &Call) -> CmdletResult {
    if call.inputs.is_empty() {
        let record = engine.cmdlet_error(
            call,
            "You must specify an object for the Get-Member cmdlet.",
            "NoObjectInGetMember",
            ErrorCategory::CloseError,
            "InvalidOperationException",
        );
        engine.write_error(record)?;
        return Ok(vec![]);
    }
    let names = names_of(call.bound.get("Name"));
    let filter = call.bound.text("MemberType");
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for item in &call.inputs {
        let type_name = item.type_name();
        if seen.contains(&type_name) {
            continue;
        }
        seen.push(type_name.clone());
        for (name, kind, definition) in sorted(members_of(item)) {
            let wanted_name =
                names.is_empty() || names.iter().any(|p| wildcard_match(p, &name, false));
            let wanted_kind = filter.as_deref().is_none_or(|f| kind_matches(f, kind));
            if wanted_name && wanted_kind {
                out.push(Value::object(
                    PsObject::new(MEMBER_DEFINITION)
                        .with("TypeName", Value::str(&type_name))
                        .with("Name", Value::str(&name))
                        .with("MemberType", Value::str(kind))
                        .with("Definition", Value::str(&definition)),
                ));
            }
        }
    }
    Ok(out)
}
