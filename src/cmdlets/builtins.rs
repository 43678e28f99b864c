//! The PowerShell built-in commands lyncsh provides, with their PowerShell 3 parameters,
//! and PowerShell 3's aliases for them.

use super::{CmdletEntry, CmdletResult, Kind, Module};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::format;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("?", "Where-Object"),
    ("where", "Where-Object"),
    ("%", "ForEach-Object"),
    ("foreach", "ForEach-Object"),
    ("select", "Select-Object"),
    ("fl", "Format-List"),
    ("ft", "Format-Table"),
    ("echo", "Write-Output"),
    ("write", "Write-Output"),
    ("cls", "Clear-Host"),
    ("clear", "Clear-Host"),
    ("h", "Get-History"),
    ("history", "Get-History"),
    ("ghy", "Get-History"),
    ("gv", "Get-Variable"),
];

pub(super) fn entry(signature: Signature, run: super::BuiltinFn, collect: bool) -> CmdletEntry {
    let class = format!(
        "Microsoft.PowerShell.Commands.{}Command",
        signature.name.replace('-', "")
    );
    CmdletEntry {
        signature: Rc::new(signature),
        kind: Kind::Builtin { run, collect },
        module: Module::PowerShell,
        class,
    }
}

/// `-InputObject`, which takes pipeline objects by value.
pub(super) fn input_object() -> ParamDecl {
    ParamDecl::new("InputObject", ParamType::Object).by_value()
}

pub fn all() -> Vec<CmdletEntry> {
    vec![
        entry(
            Signature::new(
                "Select-Object",
                vec![
                    input_object(),
                    ParamDecl::new("Property", ParamType::Array(Box::new(ParamType::Object))).at(0),
                    ParamDecl::new("ExpandProperty", ParamType::String),
                    ParamDecl::new("First", ParamType::Int32),
                    ParamDecl::new("Last", ParamType::Int32),
                    ParamDecl::new("Skip", ParamType::Int32),
                    ParamDecl::new("Index", ParamType::Array(Box::new(ParamType::Int32))),
                    ParamDecl::new("Unique", ParamType::Switch),
                ],
            ),
            select_object,
            true,
        ),
        entry(
            Signature::new(
                "Where-Object",
                vec![
                    input_object(),
                    ParamDecl::new("FilterScript", ParamType::ScriptBlock)
                        .at(0)
                        .in_sets(&["ScriptBlockSet"]),
                    ParamDecl::new("Property", ParamType::String)
                        .at(0)
                        .in_sets(&["Comparison"]),
                    ParamDecl::new("Value", ParamType::Object)
                        .at(1)
                        .in_sets(&["Comparison"]),
                ]
                .into_iter()
                .chain(comparison_switches())
                .collect(),
            )
            .with_sets(&["ScriptBlockSet", "Comparison"], "ScriptBlockSet"),
            where_object,
            false,
        ),
        entry(
            Signature::new(
                "ForEach-Object",
                vec![
                    input_object(),
                    ParamDecl::new(
                        "Process",
                        ParamType::Array(Box::new(ParamType::ScriptBlock)),
                    )
                    .at(0)
                    .in_sets(&["ScriptBlockSet"]),
                    ParamDecl::new("Begin", ParamType::ScriptBlock).in_sets(&["ScriptBlockSet"]),
                    ParamDecl::new("End", ParamType::ScriptBlock).in_sets(&["ScriptBlockSet"]),
                    ParamDecl::new("MemberName", ParamType::String)
                        .at(0)
                        .in_sets(&["PropertyAndMethodSet"]),
                ],
            )
            .with_sets(
                &["ScriptBlockSet", "PropertyAndMethodSet"],
                "ScriptBlockSet",
            ),
            foreach_object,
            true,
        ),
        entry(
            Signature::new(
                "Write-Output",
                vec![
                    ParamDecl::new("InputObject", ParamType::Array(Box::new(ParamType::Object)))
                        .at(0)
                        .by_value()
                        .remaining(),
                ],
            ),
            write_output,
            false,
        ),
        entry(
            Signature::new(
                "Write-Host",
                vec![
                    ParamDecl::new("Object", ParamType::Object)
                        .at(0)
                        .by_value()
                        .remaining(),
                    ParamDecl::new("NoNewline", ParamType::Switch),
                    ParamDecl::new("Separator", ParamType::Object),
                    ParamDecl::new("ForegroundColor", ParamType::String),
                    ParamDecl::new("BackgroundColor", ParamType::String),
                ],
            ),
            write_host,
            false,
        ),
        entry(
            Signature::new(
                "Write-Error",
                vec![
                    ParamDecl::new("Message", ParamType::String)
                        .at(0)
                        .mandatory()
                        .by_value(),
                    ParamDecl::new("ErrorId", ParamType::String),
                    ParamDecl::new(
                        "Category",
                        ParamType::Enum {
                            name: "System.Management.Automation.ErrorCategory".into(),
                            values: crate::error::ErrorCategory::ALL
                                .iter()
                                .map(|c| c.to_string())
                                .collect(),
                        },
                    ),
                    ParamDecl::new("TargetObject", ParamType::Object),
                ],
            ),
            write_error,
            false,
        ),
        entry(
            Signature::new(
                "Write-Warning",
                vec![ParamDecl::new("Message", ParamType::String)
                    .at(0)
                    .mandatory()
                    .by_value()],
            ),
            write_warning,
            false,
        ),
        entry(
            Signature::new(
                "Write-Verbose",
                vec![ParamDecl::new("Message", ParamType::String)
                    .at(0)
                    .mandatory()
                    .by_value()],
            ),
            write_verbose,
            false,
        ),
        entry(
            Signature::new("Out-Null", vec![input_object()]),
            out_null,
            true,
        ),
        entry(
            Signature::new(
                "Format-List",
                vec![
                    input_object(),
                    ParamDecl::new("Property", ParamType::Array(Box::new(ParamType::Object))).at(0),
                    // Shows error records' own properties in PowerShell; lyncsh lists every
                    // object's properties the same way with or without it.
                    ParamDecl::new("Force", ParamType::Switch),
                ],
            ),
            format_list,
            true,
        ),
        entry(
            Signature::new(
                "Format-Table",
                vec![
                    input_object(),
                    ParamDecl::new("Property", ParamType::Array(Box::new(ParamType::Object))).at(0),
                    ParamDecl::new("AutoSize", ParamType::Switch),
                    ParamDecl::new("Wrap", ParamType::Switch),
                ],
            ),
            format_table,
            true,
        ),
        entry(Signature::new("Clear-Host", vec![]), clear_host, false),
        entry(
            Signature::new(
                "Get-History",
                vec![ParamDecl::new("Count", ParamType::Int32).at(1)],
            ),
            get_history,
            false,
        ),
        entry(
            Signature::new(
                "Get-Variable",
                vec![ParamDecl::new("Name", ParamType::Array(Box::new(ParamType::String))).at(0)],
            ),
            get_variable,
            false,
        ),
    ]
}

fn comparison_switches() -> Vec<ParamDecl> {
    let mut out = Vec::new();
    for op in [
        "EQ",
        "NE",
        "GT",
        "GE",
        "LT",
        "LE",
        "Like",
        "NotLike",
        "Match",
        "NotMatch",
        "Contains",
        "NotContains",
        "In",
        "NotIn",
    ] {
        out.push(ParamDecl::new(op, ParamType::Switch).in_sets(&["Comparison"]));
        out.push(ParamDecl::new(&format!("C{op}"), ParamType::Switch).in_sets(&["Comparison"]));
    }
    out
}

/// The texts of a bound name list (`-Property a, b`), empty when it is not bound.
pub(super) fn names_of(value: Option<&Value>) -> Vec<String> {
    value.map(Value::item_texts).unwrap_or_default()
}

/// The objects a collecting command received: its pipeline input, or else the values of
/// `parameter` (`-InputObject`, `-Value`...).
pub(super) fn received(call: &Call, parameter: &str) -> Vec<Value> {
    if call.inputs.is_empty() {
        call.bound
            .get(parameter)
            .map(|v| v.clone().into_items())
            .unwrap_or_default()
    } else {
        call.inputs.clone()
    }
}

/// Property names matching `patterns` (wildcards allowed), in the object's order per pattern.
fn expand_names(object: &Value, patterns: &[String]) -> Vec<String> {
    let available: Vec<String> = match object {
        Value::Object(o) => o
            .borrow()
            .properties
            .iter()
            .map(|(n, _)| n.to_string())
            .collect(),
        Value::Hashtable(h) => h
            .borrow()
            .entries()
            .iter()
            .map(|(k, _)| k.to_display())
            .collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    for pattern in patterns {
        if pattern.contains(['*', '?', '[']) {
            out.extend(
                available
                    .iter()
                    .filter(|n| crate::wildcard::wildcard_match(pattern, n, false))
                    .cloned(),
            );
        } else {
            out.push(
                available
                    .iter()
                    .find(|n| n.eq_ignore_ascii_case(pattern))
                    .cloned()
                    .unwrap_or_else(|| pattern.clone()),
            );
        }
    }
    out
}

fn select_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut items = call.inputs.clone();
    // -Index keeps the objects at those positions (from 0), in input order, each once.
    if let Some(index) = call.bound.get("Index") {
        let wanted: Vec<i128> = index
            .clone()
            .into_items()
            .iter()
            .filter_map(Value::as_i128)
            .collect();
        items = items
            .into_iter()
            .enumerate()
            .filter(|(i, _)| wanted.contains(&(*i as i128)))
            .map(|(_, item)| item)
            .collect();
    }
    if let Some(skip) = call.bound.get("Skip").and_then(Value::as_i128) {
        items = items.into_iter().skip(skip.max(0) as usize).collect();
    }
    if call.bound.switch("Unique") {
        // Equal values have the same text, so only values with the same text are compared.
        let mut unique: Vec<Value> = Vec::new();
        let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
        for item in items {
            let same_text = by_text.entry(item.to_display()).or_default();
            if !same_text.iter().any(|&at| unique[at] == item) {
                same_text.push(unique.len());
                unique.push(item);
            }
        }
        items = unique;
    }
    let count = |name: &str| {
        call.bound
            .get(name)
            .and_then(Value::as_i128)
            .map(|n| n.max(0) as usize)
    };
    // -First and -Last together keep both ends, each object once.
    match (count("First"), count("Last")) {
        (None, None) => {}
        (first, last) => {
            let len = items.len();
            let first = first.unwrap_or(0).min(len);
            let last_start = len - last.unwrap_or(0).min(len);
            items = items
                .into_iter()
                .enumerate()
                .filter(|(i, _)| *i < first || *i >= last_start)
                .map(|(_, item)| item)
                .collect();
        }
    }
    let selectors = selectors(engine, call)?;
    if let Some(name) = call.bound.text("ExpandProperty") {
        let mut out = Vec::new();
        for item in &items {
            match item.property(&name) {
                Some(v) => {
                    let expanded = v.into_items();
                    // -Property with -ExpandProperty adds the selected properties of the object
                    // to each expanded object, as note properties.
                    if !selectors.is_empty() {
                        let selected = selected_properties(engine, item, &selectors)?;
                        for value in &expanded {
                            add_notes(engine, call, value, &selected)?;
                        }
                    }
                    out.extend(expanded);
                }
                None => engine.write_error(
                    engine
                        .cmdlet_error(
                            call,
                            format!("Property \"{name}\" cannot be found."),
                            "ExpandPropertyNotFound",
                            ErrorCategory::InvalidArgument,
                            "PSArgumentException",
                        )
                        .with_target(item.to_display(), &item.short_type_name()),
                )?,
            }
        }
        return Ok(out);
    }
    if selectors.is_empty() {
        return Ok(items);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let type_name = format!("Selected.{}", item.type_name());
        let mut object = PsObject::new(type_name);
        object.properties = selected_properties(engine, item, &selectors)?
            .into_iter()
            .collect();
        out.push(Value::object(object));
    }
    Ok(out)
}

/// The properties `selectors` pick from `item`, in order, with their values.
fn selected_properties(
    engine: &mut Engine,
    item: &Value,
    selectors: &[Selector],
) -> Result<Vec<(std::rc::Rc<str>, Value)>, Flow> {
    let mut properties = Vec::new();
    for selector in selectors {
        match selector {
            Selector::Names(patterns) => {
                for name in expand_names(item, patterns) {
                    let value = item.property(&name).unwrap_or_default();
                    properties.push((name.into(), value));
                }
            }
            Selector::Calculated { name, expression } => {
                let value = match expression {
                    Value::ScriptBlock(block) => {
                        let block = block.clone();
                        let mut values = engine.invoke_block(&block, Some(item.clone()))?;
                        match values.len() {
                            0 => Value::Null,
                            1 => values.pop().unwrap_or_default(),
                            _ => Value::array(values),
                        }
                    }
                    other => item.property(&other.to_display()).unwrap_or_default(),
                };
                properties.push((name.as_str().into(), value));
            }
        }
    }
    Ok(properties)
}

/// Adds `notes` to the object `value`; a property it has already is PowerShell's error.
fn add_notes(
    engine: &mut Engine,
    call: &Call,
    value: &Value,
    notes: &[(std::rc::Rc<str>, Value)],
) -> Result<(), Flow> {
    let Value::Object(object) = value else {
        return Ok(());
    };
    for (name, note) in notes {
        if object.borrow().get(name).is_some() {
            let message = format!(
                "The property cannot be processed because the property \"{name}\" already exists."
            );
            let record = engine.cmdlet_error(
                call,
                message,
                "AlreadyExistingUserSpecifiedPropertyExpandProperty",
                ErrorCategory::InvalidOperation,
                "PSArgumentException",
            );
            engine.write_error(record)?;
            continue;
        }
        object
            .borrow_mut()
            .properties
            .push((name.clone(), note.clone()));
    }
    Ok(())
}

/// One item of Select-Object's -Property: names (wildcards allowed), or a calculated property
/// `@{Name=...; Expression=...}` whose expression is a script block run with `$_` or the name
/// of a property.
enum Selector {
    Names(Vec<String>),
    Calculated { name: String, expression: Value },
}

/// The -Property items of a call, with PowerShell's errors for a hashtable it cannot use.
fn selectors(engine: &Engine, call: &Call) -> Result<Vec<Selector>, Flow> {
    let Some(property) = call.bound.get("Property") else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for item in property.clone().into_items() {
        let Value::Hashtable(table) = &item else {
            out.push(Selector::Names(vec![item.to_display()]));
            continue;
        };
        let table = table.borrow();
        let find = |keys: &[&str]| {
            table
                .entries()
                .iter()
                .find(|(k, _)| {
                    let k = k.to_display();
                    keys.iter().any(|w| {
                        !k.is_empty() && w.len() >= k.len() && w[..k.len()].eq_ignore_ascii_case(&k)
                    })
                })
                .map(|(_, v)| v.clone())
        };
        let Some(expression) = find(&["expression"]) else {
            return Err(engine
                .cmdlet_error(
                    call,
                    "The Expression key is missing from the hashtable of a calculated property.",
                    "DictionaryKeyMissingKey",
                    ErrorCategory::InvalidArgument,
                    "NotSupportedException",
                )
                .into());
        };
        let name = find(&["name", "label"])
            .map(|v| v.to_display())
            .unwrap_or_else(|| match &expression {
                Value::ScriptBlock(block) => block.text.trim().to_string(),
                other => other.to_display(),
            });
        out.push(Selector::Calculated { name, expression });
    }
    Ok(out)
}

fn where_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(item) = call.input.clone() else {
        return Ok(vec![]);
    };
    if let Some(Value::ScriptBlock(block)) = call.bound.get("FilterScript") {
        let block = block.clone();
        let result = engine.invoke_block(&block, Some(item.clone()))?;
        return Ok(if Value::array(result).is_truthy() {
            vec![item]
        } else {
            vec![]
        });
    }
    let Some(property) = call.bound.text("Property") else {
        return Ok(vec![]);
    };
    let actual = crate::engine::member_of(&item, &property);
    let expected = call
        .bound
        .get("Value")
        .cloned()
        .unwrap_or(Value::Bool(true));
    let op = call
        .bound
        .params
        .iter()
        .find(|p| {
            p.value
                .as_ref()
                .is_some_and(|v| matches!(v, Value::Switch(true)))
                && p.name != "Verbose"
        })
        .map(|p| p.name.to_ascii_lowercase());
    let keep = match op {
        None => actual.is_truthy(),
        Some(op) => {
            let case_sensitive = op.starts_with('c') && op != "contains";
            let base = if case_sensitive {
                &op[1..]
            } else {
                op.as_str()
            };
            let Some((compare, _)) = crate::parse::comparison_operator(base) else {
                return Ok(vec![]);
            };
            engine
                .compare(compare, case_sensitive, actual, expected, call.span)?
                .is_truthy()
        }
    };
    Ok(if keep { vec![item] } else { vec![] })
}

fn foreach_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    if let Some(name) = call.bound.text("MemberName") {
        return Ok(call
            .inputs
            .iter()
            .flat_map(|i| crate::engine::member_of(i, &name).into_items())
            .collect());
    }
    let blocks: Vec<Value> = call
        .bound
        .get("Process")
        .cloned()
        .map(Value::into_items)
        .unwrap_or_default();
    let mut out = Vec::new();
    if let Some(Value::ScriptBlock(begin)) = call.bound.get("Begin") {
        let begin = begin.clone();
        out.extend(engine.invoke_block(&begin, None)?);
    }
    for item in &call.inputs {
        for block in &blocks {
            if let Value::ScriptBlock(block) = block {
                out.extend(engine.invoke_block(block, Some(item.clone()))?);
            }
        }
    }
    if let Some(Value::ScriptBlock(end)) = call.bound.get("End") {
        let end = end.clone();
        out.extend(engine.invoke_block(&end, None)?);
    }
    Ok(out)
}

fn write_output(_: &mut Engine, call: &Call) -> CmdletResult {
    Ok(call
        .bound
        .get("InputObject")
        .cloned()
        .map(Value::into_items)
        .unwrap_or_default())
}

fn write_host(engine: &mut Engine, call: &Call) -> CmdletResult {
    let separator = call.bound.text("Separator").unwrap_or_else(|| " ".into());
    let text = match call.bound.get("Object") {
        Some(Value::Array(items)) => items
            .iter()
            .map(Value::to_display)
            .collect::<Vec<_>>()
            .join(&separator),
        Some(v) => v.to_display(),
        None => String::new(),
    };
    let newline = if call.bound.switch("NoNewline") {
        ""
    } else {
        "\n"
    };
    engine.write_host(&format!("{text}{newline}"));
    Ok(vec![])
}

/// Write-Error: a non-terminating error record. Inside a function the record is that
/// function's (its name before ` : ` and after the id); at the top level, Write-Error's.
fn write_error(engine: &mut Engine, call: &Call) -> CmdletResult {
    let text = |name: &str| call.bound.text(name);
    let message = text("Message").unwrap_or_default();
    let category = text("Category")
        .and_then(|c| crate::error::ErrorCategory::parse(&c))
        .unwrap_or(crate::error::ErrorCategory::NotSpecified);
    let id = text("ErrorId")
        .unwrap_or_else(|| "Microsoft.PowerShell.Commands.WriteErrorException".into());
    let owner = engine
        .current_function()
        .unwrap_or_else(|| "Write-Error".into());
    let mut record = crate::error::ErrorRecord::new(message, &id, category, "WriteErrorException")
        .at(Some(engine.position(call.span)))
        .with_prefix(&owner);
    record.activity = "Write-Error".into();
    if owner != "Write-Error" {
        record.class = Some(owner);
    }
    if let Some(target) = call.bound.get("TargetObject") {
        record = record.with_target(target.to_display(), &target.short_type_name());
    }
    engine.write_error(record)?;
    Ok(vec![])
}

fn write_warning(engine: &mut Engine, call: &Call) -> CmdletResult {
    let message = call.bound.text("Message").unwrap_or_default();
    // -WarningAction and -WarningVariable are the engine's, as for every command.
    engine.write_warning(call, &message)?;
    Ok(vec![])
}

fn write_verbose(engine: &mut Engine, call: &Call) -> CmdletResult {
    if call.bound.switch("Verbose") {
        let message = call.bound.text("Message").unwrap_or_default();
        engine.write_verbose(&message);
    }
    Ok(vec![])
}

fn out_null(_: &mut Engine, _: &Call) -> CmdletResult {
    Ok(vec![])
}

fn format_list(engine: &mut Engine, call: &Call) -> CmdletResult {
    let patterns = names_of(call.bound.get("Property"));
    let width = engine.host().width();
    let mut text = String::new();
    for item in &call.inputs {
        let names = if patterns.iter().any(|p| p == "*") {
            None
        } else if patterns.is_empty() {
            match item {
                Value::Object(o) => format::default_display(&o.borrow().type_name),
                _ => None,
            }
        } else {
            Some(expand_names(item, &patterns))
        };
        let block = format::list::render(std::slice::from_ref(item), names.as_deref(), width);
        text.push_str(block.trim_end_matches('\n'));
        text.push('\n');
    }
    if text.is_empty() {
        return Ok(vec![]);
    }
    // Framed in place: a list of thousands of objects is megabytes of text.
    let leading = text.len() - text.trim_start_matches('\n').len();
    text.replace_range(..leading, "\n\n");
    text.push_str("\n\n\n");
    Ok(vec![Value::Formatted(Rc::from(text))])
}

fn format_table(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(first) = call.inputs.first() else {
        return Ok(vec![]);
    };
    let patterns = names_of(call.bound.get("Property"));
    let names = if patterns.is_empty() {
        match first {
            Value::Object(o) => o
                .borrow()
                .properties
                .iter()
                .map(|(n, _)| n.to_string())
                .collect(),
            _ => vec!["Value".to_string()],
        }
    } else {
        expand_names(first, &patterns)
    };
    let width = engine.host().width();
    let options = format::table::Options {
        autosize: call.bound.switch("AutoSize"),
        wrap: call.bound.switch("Wrap"),
    };
    let text = format::table::render(&call.inputs, &names, options, width);
    Ok(vec![Value::Formatted(Rc::from(text.as_str()))])
}

fn clear_host(engine: &mut Engine, _: &Call) -> CmdletResult {
    if engine.host().theme().enabled {
        engine.write_host("\u{1b}[2J\u{1b}[H");
    }
    Ok(vec![])
}

fn get_history(engine: &mut Engine, call: &Call) -> CmdletResult {
    let count = call
        .bound
        .get("Count")
        .and_then(Value::as_i128)
        .map(|c| c.max(0) as usize);
    let history = &engine.session.history;
    let finished = history.len() - usize::from(engine.entry_running && !history.is_empty());
    let history = &history[..finished];
    let skip = count.map(|c| history.len().saturating_sub(c)).unwrap_or(0);
    Ok(history
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(i, line)| {
            Value::object(
                PsObject::new(crate::format::view::HISTORY_INFO)
                    .with("Id", Value::Int64(i as i64 + 1))
                    .with("CommandLine", Value::str(line)),
            )
        })
        .collect())
}

fn get_variable(engine: &mut Engine, call: &Call) -> CmdletResult {
    let patterns = names_of(call.bound.get("Name"));
    let mut out = Vec::new();
    for (name, value) in engine.visible_variables() {
        let (name, value) = (name.as_str(), &value);
        if patterns.is_empty()
            || patterns
                .iter()
                .any(|p| crate::wildcard::wildcard_match(p, name, false))
        {
            out.push(Value::object(
                PsObject::new(crate::format::view::PS_VARIABLE)
                    .with("Name", Value::str(name))
                    .with("Value", value.clone()),
            ));
        }
    }
    if out.is_empty() && !patterns.is_empty() && !patterns.iter().any(|p| p.contains('*')) {
        let name = &patterns[0];
        return Err(Flow::from(
            engine
                .cmdlet_error(
                    call,
                    format!("Cannot find a variable with name '{name}'."),
                    "VariableNotFound",
                    ErrorCategory::ObjectNotFound,
                    "ItemNotFoundException",
                )
                .with_target(name.clone(), "String"),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::engine::BufferHost;
    use crate::session::Session;
    use crate::value::Value;

    #[test]
    fn select_unique_keeps_the_first_of_equal_values_in_order() {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        let script = "$u = 1, 1, '1', 2.0, 2, 'a', 'A', 'a', $null, 2 | Select-Object -Unique";
        assert_eq!(engine.run(script, "line"), Ok(()));
        let kept = engine
            .session
            .variables
            .get("u")
            .cloned()
            .map(Value::into_items);
        let expected = vec![
            Value::Int32(1),
            Value::str("1"),
            Value::Double(2.0),
            Value::Int32(2),
            Value::str("a"),
            Value::str("A"),
            Value::Null,
        ];
        assert_eq!(kept, Some(expected));
    }

    #[test]
    fn get_history_lists_an_entry_once_it_has_finished() {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        assert_eq!(engine.run_entry("$a = 1", "line"), Ok(()));
        let listing = "$h = @(Get-History | ForEach-Object { $_.CommandLine })";
        assert_eq!(engine.run_entry(listing, "line"), Ok(()));
        assert_eq!(
            engine
                .session
                .variables
                .get("h")
                .cloned()
                .map(Value::into_items),
            Some(vec![Value::str("$a = 1")])
        );
        assert_eq!(
            engine.run_entry("$n = @(Get-History).Count", "line"),
            Ok(())
        );
        assert_eq!(engine.session.variables.get("n"), Some(&Value::Int32(2)));
        // The session keeps every entry, the running one included, for saving and replay.
        assert_eq!(engine.session.history.len(), 3);
    }
}
