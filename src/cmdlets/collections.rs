//! The commands that look at all their input at once: Sort-Object, Group-Object and
//! Measure-Object, with their PowerShell 3 parameters. Properties can be names (wildcards
//! allowed), script blocks run with `$_`, or Sort-Object's `@{Expression=...; Descending=...}`.

use super::builtins::{entry, input_object, names_of, received};
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::format::view::{GROUP_INFO, GROUP_INFO_NO_ELEMENT};
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{Hashtable, PsObject, Value};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("compare", "Compare-Object"),
    ("diff", "Compare-Object"),
    ("sort", "Sort-Object"),
    ("group", "Group-Object"),
    ("measure", "Measure-Object"),
];

pub const MEASURE_INFO: &str = "Microsoft.PowerShell.Commands.GenericMeasureInfo";

fn properties() -> ParamDecl {
    ParamDecl::new("Property", ParamType::Array(Box::new(ParamType::Object))).at(0)
}

pub fn all() -> Vec<CmdletEntry> {
    let objects = |name: &str, position: u32| {
        ParamDecl::new(name, ParamType::Array(Box::new(ParamType::Object)))
            .at(position)
            .mandatory()
    };
    vec![
        entry(
            Signature::new(
                "Compare-Object",
                vec![
                    objects("ReferenceObject", 0),
                    objects("DifferenceObject", 1).by_value(),
                    ParamDecl::new("Property", ParamType::Array(Box::new(ParamType::Object))),
                    ParamDecl::new("SyncWindow", ParamType::Int32),
                    ParamDecl::new("IncludeEqual", ParamType::Switch),
                    ParamDecl::new("ExcludeDifferent", ParamType::Switch),
                    ParamDecl::new("PassThru", ParamType::Switch),
                    ParamDecl::new("CaseSensitive", ParamType::Switch),
                ],
            ),
            compare_object,
            true,
        ),
        entry(
            Signature::new(
                "Sort-Object",
                vec![
                    input_object(),
                    properties(),
                    ParamDecl::new("Descending", ParamType::Switch),
                    ParamDecl::new("Unique", ParamType::Switch),
                    ParamDecl::new("CaseSensitive", ParamType::Switch),
                ],
            ),
            sort_object,
            true,
        ),
        entry(
            Signature::new(
                "Group-Object",
                vec![
                    input_object(),
                    properties(),
                    ParamDecl::new("NoElement", ParamType::Switch),
                    ParamDecl::new("AsHashTable", ParamType::Switch),
                    ParamDecl::new("AsString", ParamType::Switch),
                    ParamDecl::new("CaseSensitive", ParamType::Switch),
                ],
            ),
            group_object,
            true,
        ),
        entry(
            Signature::new(
                "Measure-Object",
                vec![
                    input_object(),
                    ParamDecl::new("Property", ParamType::Array(Box::new(ParamType::String))).at(0),
                    ParamDecl::new("Sum", ParamType::Switch),
                    ParamDecl::new("Average", ParamType::Switch),
                    ParamDecl::new("Maximum", ParamType::Switch),
                    ParamDecl::new("Minimum", ParamType::Switch),
                ],
            ),
            measure_object,
            true,
        ),
    ]
}

/// One key to sort or group by.
struct Key {
    source: KeySource,
    descending: Option<bool>,
}

enum KeySource {
    Name(String),
    Block(Rc<crate::ast::ScriptBlockAst>),
    /// No property given: the object itself.
    Whole,
}

fn keys(engine: &Engine, call: &Call) -> Result<Vec<Key>, Flow> {
    let Some(specs) = call.bound.get("Property") else {
        return Ok(vec![Key {
            source: KeySource::Whole,
            descending: None,
        }]);
    };
    let mut out = Vec::new();
    for spec in specs.clone().into_items() {
        out.push(match spec {
            Value::ScriptBlock(block) => Key {
                source: KeySource::Block(block),
                descending: None,
            },
            Value::Hashtable(table) => {
                let table = table.borrow();
                let entry = |names: &[&str]| {
                    table.entries().iter().find_map(|(k, v)| {
                        let k = k.to_display();
                        names
                            .iter()
                            .any(|n| {
                                !k.is_empty()
                                    && n.len() >= k.len()
                                    && n[..k.len()].eq_ignore_ascii_case(&k)
                            })
                            .then(|| v.clone())
                    })
                };
                let source = match entry(&["Expression"]) {
                    Some(Value::ScriptBlock(block)) => KeySource::Block(block),
                    Some(name) => KeySource::Name(name.to_display()),
                    None => {
                        return Err(engine
                            .cmdlet_error(
                                call,
                                "The Expression key is missing from the hash table.",
                                "DictionaryKeyMissing",
                                ErrorCategory::InvalidArgument,
                                "NotSupportedException",
                            )
                            .into())
                    }
                };
                let descending = entry(&["Descending"]).map(|v| v.is_truthy());
                let descending = descending.or(entry(&["Ascending"]).map(|v| !v.is_truthy()));
                Key { source, descending }
            }
            other => Key {
                source: KeySource::Name(other.to_display()),
                descending: None,
            },
        });
    }
    Ok(out)
}

/// The value of `key` for `item`: `$null` when the property does not exist, as in PowerShell.
fn key_value(engine: &mut Engine, item: &Value, key: &Key) -> Result<Value, Flow> {
    Ok(match &key.source {
        KeySource::Whole => item.clone(),
        KeySource::Name(name) if name.contains(['*', '?']) => {
            let found = match item {
                Value::Object(o) => o
                    .borrow()
                    .properties
                    .iter()
                    .find(|(n, _)| crate::wildcard::wildcard_match(name, n, false))
                    .map(|(_, v)| v.clone()),
                _ => None,
            };
            found.unwrap_or_default()
        }
        KeySource::Name(name) => item.property(name).unwrap_or_default(),
        KeySource::Block(block) => {
            let out = engine.invoke_block(block, Some(item.clone()))?;
            match out.len() {
                0 => Value::Null,
                1 => out.into_iter().next().unwrap_or_default(),
                _ => Value::array(out),
            }
        }
    })
}

/// PowerShell's ordering of sort keys: `$null` first, numbers by value, dates and spans in
/// time order, everything else by its text (case-insensitive unless asked).
pub fn order(a: &Value, b: &Value, case_sensitive: bool) -> Ordering {
    match (a, b) {
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Less,
        (_, Value::Null) => Ordering::Greater,
        (x, y) if x.is_number() && y.is_number() => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::DateTime(x), Value::DateTime(y)) => x.cmp(y),
        (Value::TimeSpan(x), Value::TimeSpan(y)) => x.cmp(y),
        (x, y) => {
            let (x, y) = (x.to_display(), y.to_display());
            let folded = x.to_lowercase().cmp(&y.to_lowercase());
            // With case, lower case sorts first as in the en-US culture.
            if case_sensitive {
                folded.then_with(|| y.cmp(&x))
            } else {
                folded
            }
        }
    }
}

fn sort_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    let keys = keys(engine, call)?;
    let descending = call.bound.switch("Descending");
    let cs = call.bound.switch("CaseSensitive");
    let mut rows: Vec<(Vec<Value>, Value)> = Vec::with_capacity(call.inputs.len());
    for item in &call.inputs {
        let mut values = Vec::with_capacity(keys.len());
        for key in &keys {
            values.push(key_value(engine, item, key)?);
        }
        rows.push((values, item.clone()));
    }
    let compare = |a: &[Value], b: &[Value]| -> Ordering {
        for (i, key) in keys.iter().enumerate() {
            let mut o = order(&a[i], &b[i], cs);
            if key.descending.unwrap_or(descending) {
                o = o.reverse();
            }
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    };
    rows.sort_by(|a, b| compare(&a.0, &b.0));
    if call.bound.switch("Unique") {
        rows.dedup_by(|later, kept| {
            later
                .0
                .iter()
                .zip(&kept.0)
                .all(|(x, y)| order(x, y, cs) == Ordering::Equal)
        });
    }
    Ok(rows.into_iter().map(|(_, item)| item).collect())
}

fn group_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    let keys = keys(engine, call)?;
    let cs = call.bound.switch("CaseSensitive");
    // (name, key values, members), in order of first appearance, and each group's position
    // by its name (lower-cased unless -CaseSensitive), so that grouping stays linear.
    let mut groups: Vec<(String, Vec<Value>, Vec<Value>)> = Vec::new();
    let mut positions: HashMap<String, usize> = HashMap::new();
    for item in &call.inputs {
        let mut values = Vec::with_capacity(keys.len());
        for key in &keys {
            values.push(key_value(engine, item, key)?);
        }
        let name = values
            .iter()
            .map(Value::to_display)
            .collect::<Vec<_>>()
            .join(", ");
        let grouping = if cs {
            name.clone()
        } else {
            name.to_lowercase()
        };
        match positions.get(&grouping) {
            Some(&at) => groups[at].2.push(item.clone()),
            None => {
                positions.insert(grouping, groups.len());
                groups.push((name, values, vec![item.clone()]));
            }
        }
    }
    if call.bound.switch("AsHashTable") {
        let mut table = Hashtable::default();
        for (name, values, members) in groups {
            let key = if call.bound.switch("AsString") || values.len() != 1 {
                Value::str(name)
            } else {
                values.into_iter().next().unwrap_or_default()
            };
            table.insert(key, Value::array(members));
        }
        return Ok(vec![Value::Hashtable(Rc::new(RefCell::new(table)))]);
    }
    let no_element = call.bound.switch("NoElement");
    Ok(groups
        .into_iter()
        .map(|(name, values, members)| {
            let type_name = if no_element {
                GROUP_INFO_NO_ELEMENT
            } else {
                GROUP_INFO
            };
            let mut group = PsObject::new(type_name)
                .with("Values", Value::array(values))
                .with("Count", Value::Int32(members.len() as i32));
            if !no_element {
                group = group.with("Group", Value::array(members));
            }
            Value::object(group.with("Name", Value::str(name)))
        })
        .collect())
}

fn measure_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    let names = names_of(call.bound.get("Property"));
    let wants = |s: &str| call.bound.switch(s);
    let targets: Vec<Option<String>> = if names.is_empty() {
        vec![None]
    } else {
        names.into_iter().map(Some).collect()
    };
    let mut out = Vec::new();
    for target in targets {
        let mut numbers = Vec::new();
        let mut found = false;
        for item in &call.inputs {
            let value = match &target {
                None => Some(item.clone()),
                Some(name) => item.property(name),
            };
            let Some(value) = value else { continue };
            found = true;
            if !(wants("Sum") || wants("Average") || wants("Maximum") || wants("Minimum")) {
                numbers.push(0.0);
                continue;
            }
            let number = if value.is_number() {
                Some(value.as_f64())
            } else {
                value.to_display().trim().parse::<f64>().ok()
            };
            match number {
                Some(n) => numbers.push(n),
                None => {
                    let record = engine
                        .cmdlet_error(
                            call,
                            format!("Input object \"{}\" is not numeric.", value.to_display()),
                            "NonNumericInputObject",
                            ErrorCategory::InvalidType,
                            "PSInvalidOperationException",
                        )
                        .with_target(value.to_display(), &value.short_type_name());
                    engine.write_error(record)?;
                }
            }
        }
        if let (Some(name), false) = (&target, found || call.inputs.is_empty()) {
            let record = engine
                .cmdlet_error(
                    call,
                    format!(
                        "The property \"{name}\" cannot be found in the input for any objects."
                    ),
                    "GenericMeasurePropertyNotFound",
                    ErrorCategory::InvalidArgument,
                    "PSArgumentException",
                )
                .with_target(name.clone(), "String");
            engine.write_error(record)?;
            continue;
        }
        let count = numbers.len();
        let sum: f64 = numbers.iter().sum();
        let stat = |on: bool, value: Option<f64>| match (on, value) {
            (true, Some(v)) => Value::Double(v),
            _ => Value::Null,
        };
        let max = numbers
            .iter()
            .copied()
            .fold(None, |m: Option<f64>, n| Some(m.map_or(n, |m| m.max(n))));
        let min = numbers
            .iter()
            .copied()
            .fold(None, |m: Option<f64>, n| Some(m.map_or(n, |m| m.min(n))));
        let average = (count > 0).then(|| sum / count as f64);
        out.push(Value::object(
            PsObject::new(MEASURE_INFO)
                .with("Count", Value::Int32(count as i32))
                .with("Average", stat(wants("Average"), average))
                .with("Sum", stat(wants("Sum"), Some(sum)))
                .with("Maximum", stat(wants("Maximum"), max))
                .with("Minimum", stat(wants("Minimum"), min))
                .with("Property", target.map(Value::str).unwrap_or_default()),
        ));
    }
    Ok(out)
}

/// Compare-Object: the objects only in the difference set (`=>`), then those only in the
/// reference set (`<=`), each by its text or by `-Property` values; `-IncludeEqual` puts the
/// matched ones (`==`) first. Each object is matched at most once.
fn compare_object(_: &mut Engine, call: &Call) -> CmdletResult {
    let reference = call
        .bound
        .get("ReferenceObject")
        .map(|v| v.clone().into_items())
        .unwrap_or_default();
    let difference = received(call, "DifferenceObject");
    let properties: Vec<String> = names_of(call.bound.get("Property"));
    let cs = call.bound.switch("CaseSensitive");
    let key = |value: &Value| -> Vec<String> {
        let texts: Vec<String> = if properties.is_empty() {
            vec![value.to_display()]
        } else {
            properties
                .iter()
                .map(|p| {
                    value
                        .property(p)
                        .map(|v| v.to_display())
                        .unwrap_or_default()
                })
                .collect()
        };
        if cs {
            texts
        } else {
            texts.iter().map(|t| t.to_lowercase()).collect()
        }
    };
    let mut unmatched: Vec<Option<&Value>> = reference.iter().map(Some).collect();
    let mut equal = Vec::new();
    let mut only_difference = Vec::new();
    for item in &difference {
        let wanted = key(item);
        match unmatched
            .iter_mut()
            .find(|r| r.is_some_and(|r| key(r) == wanted))
        {
            Some(slot) => {
                equal.push(slot.take().cloned().unwrap_or_default());
            }
            None => only_difference.push(item.clone()),
        }
    }
    let only_reference: Vec<Value> = unmatched.into_iter().flatten().cloned().collect();
    let result = |value: Value, side: &str| -> Value {
        if call.bound.switch("PassThru") {
            return value;
        }
        let mut object = PsObject::new(crate::value::CUSTOM_OBJECT);
        if properties.is_empty() {
            object.properties.push(("InputObject".into(), value));
        } else {
            for p in &properties {
                object
                    .properties
                    .push((p.as_str().into(), value.property(p).unwrap_or_default()));
            }
        }
        object
            .properties
            .push(("SideIndicator".into(), Value::str(side)));
        Value::object(object)
    };
    let mut out = Vec::new();
    if call.bound.switch("IncludeEqual") {
        out.extend(equal.into_iter().map(|v| result(v, "==")));
    }
    if !call.bound.switch("ExcludeDifferent") {
        out.extend(only_difference.into_iter().map(|v| result(v, "=>")));
        out.extend(only_reference.into_iter().map(|v| result(v, "<=")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordering_puts_null_first_and_compares_numbers_by_value() {
        assert_eq!(order(&Value::Null, &Value::Int32(1), false), Ordering::Less);
        assert_eq!(
            order(&Value::Int32(10), &Value::UInt16(9), false),
            Ordering::Greater
        );
        assert_eq!(
            order(&Value::str("b"), &Value::str("A"), false),
            Ordering::Greater
        );
        assert_eq!(
            order(&Value::str("a"), &Value::str("A"), false),
            Ordering::Equal
        );
        assert_eq!(
            order(&Value::str("a"), &Value::str("A"), true),
            Ordering::Less
        );
    }

    #[test]
    fn groups_keep_first_appearance_order_and_ignore_case_unless_asked() {
        use crate::engine::BufferHost;
        let mut engine = crate::cmdlets::shell(
            crate::session::Session::lab(),
            Box::new(BufferHost::default()),
        );
        let script = "$g = 'b', 'a', 'B', 'A', 'b' | Group-Object; $n = $g | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }; $c = ('b', 'B' | Group-Object -CaseSensitive).Count";
        assert_eq!(engine.run(script, "line"), Ok(()));
        let names = engine
            .session
            .variables
            .get("n")
            .cloned()
            .map(Value::into_items);
        assert_eq!(names, Some(vec![Value::str("b=3"), Value::str("a=2")]));
        assert_eq!(engine.session.variables.get("c"), Some(&Value::Int32(2)));
    }
}
