//! Lync's multi-valued properties (`PSListModifier`): a parameter takes a whole new list, or a
//! hashtable `@{Add=...; Remove=...; Replace=...}` that changes the current one. Replace
//! happens first, then Add, then Remove; adding an item that is there already, or removing
//! one that is not, is an error. Strings compare without regard to case.

use crate::engine::convert::ConvertError;
use crate::value::{Hashtable, Value};
use std::cell::RefCell;
use std::rc::Rc;

const KEYS: [&str; 3] = ["Replace", "Add", "Remove"];

fn strings(value: &Value) -> Vec<Value> {
    value
        .clone()
        .into_items()
        .into_iter()
        .map(|item| Value::str(item.to_display()))
        .collect()
}

/// A bound argument in canonical form: a list of strings, or a hashtable whose keys are
/// exactly `Replace`, `Add` and `Remove` spelled canonically.
pub fn normalize(parameter: &str, value: &Value) -> Result<Value, ConvertError> {
    normalize_with(parameter, value, strings)
}

/// The same for a list of objects of type `item_type` (built by their `New-Cs*` constructors):
/// the items are kept as they are; anything else is refused as PowerShell refuses it.
pub fn normalize_objects(
    parameter: &str,
    value: &Value,
    item_type: &str,
) -> Result<Value, ConvertError> {
    let normalized = normalize_with(parameter, value, |items| items.clone().into_items())?;
    let items: Vec<Value> = match &normalized {
        Value::Hashtable(table) => table
            .borrow()
            .entries()
            .iter()
            .flat_map(|(_, items)| items.clone().into_items())
            .collect(),
        other => other.clone().into_items(),
    };
    match items.iter().find(|item| !matches!(item, Value::Object(_))) {
        Some(wrong) => Err(ConvertError {
            id: "CannotConvertArgumentNoMessage",
            message: format!(
                "Cannot bind parameter '{parameter}'. Cannot convert the \"{}\" value of type \"{}\" to type \"{item_type}\".",
                wrong.to_display(),
                wrong.type_name()
            ),
        }),
        None => Ok(normalized),
    }
}

fn normalize_with(
    parameter: &str,
    value: &Value,
    items_of: fn(&Value) -> Vec<Value>,
) -> Result<Value, ConvertError> {
    let Value::Hashtable(table) = value else {
        return Ok(Value::array(items_of(value)));
    };
    let mut canonical = Hashtable::default();
    for (key, items) in table.borrow().entries() {
        let typed = key.to_display();
        let Some(name) = KEYS.iter().find(|k| k.eq_ignore_ascii_case(&typed)) else {
            return Err(ConvertError {
                id: "CannotConvertArgument",
                message: format!(
                    "Cannot bind parameter '{parameter}'. A list change takes only the keys Add, Remove and Replace, not '{typed}'."
                ),
            });
        };
        canonical.insert(Value::str(*name), Value::array(items_of(items)));
    }
    Ok(Value::Hashtable(Rc::new(RefCell::new(canonical))))
}

/// Why a change cannot be applied: an item to add is in the list already, or an item to
/// remove is not in it.
#[derive(Clone, Debug, PartialEq)]
pub enum ListError {
    AlreadyThere(Value),
    NotThere(Value),
}

/// The list after `change` (from [`normalize`]) is applied to `current`, or why it cannot be.
pub fn apply(current: &Value, change: &Value) -> Result<Value, ListError> {
    let Value::Hashtable(table) = change else {
        return Ok(change.clone());
    };
    let table = table.borrow();
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Object(_), _) | (_, Value::Object(_)) => a == b,
        _ => a.to_display().eq_ignore_ascii_case(&b.to_display()),
    };
    let mut list = match table.get("Replace") {
        Some(replacement) => replacement.clone().into_items(),
        None => current.clone().into_items(),
    };
    for item in table.get("Add").cloned().unwrap_or_default().into_items() {
        if list.iter().any(|existing| same(existing, &item)) {
            return Err(ListError::AlreadyThere(item));
        }
        list.push(item);
    }
    if let Some(removed) = table.get("Remove") {
        for item in removed.clone().into_items() {
            let Some(at) = list.iter().position(|existing| same(existing, &item)) else {
                return Err(ListError::NotThere(item));
            };
            list.remove(at);
        }
    }
    Ok(Value::array(list))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Value {
        Value::array(items.iter().map(|s| Value::str(*s)).collect())
    }

    fn change(entries: &[(&str, Value)]) -> Value {
        let mut table = Hashtable::default();
        for (k, v) in entries {
            table.insert(Value::str(*k), v.clone());
        }
        normalize("P", &Value::Hashtable(Rc::new(RefCell::new(table))))
            .ok()
            .unwrap()
    }

    fn texts(v: &Value) -> Vec<String> {
        v.item_texts()
    }

    #[test]
    fn add_remove_and_replace() {
        let current = list(&[".exe", ".bat"]);
        let added = apply(&current, &change(&[("add", list(&[".ps1"]))])).unwrap();
        assert_eq!(texts(&added), [".exe", ".bat", ".ps1"]);
        let removed = apply(&added, &change(&[("Remove", Value::str(".BAT"))])).unwrap();
        assert_eq!(texts(&removed), [".exe", ".ps1"]);
        let both = change(&[("Replace", list(&[".a"])), ("Add", Value::str(".b"))]);
        assert_eq!(texts(&apply(&current, &both).unwrap()), [".a", ".b"]);
        assert_eq!(texts(&apply(&current, &list(&[".z"])).unwrap()), [".z"]);
    }

    #[test]
    fn adding_what_is_there_or_removing_what_is_not_is_an_error() {
        let current = list(&[".exe", ".bat"]);
        let twice = change(&[("Add", Value::str(".EXE"))]);
        assert_eq!(
            apply(&current, &twice),
            Err(ListError::AlreadyThere(Value::str(".EXE")))
        );
        let missing = change(&[("Remove", Value::str(".ps1"))]);
        assert_eq!(
            apply(&current, &missing),
            Err(ListError::NotThere(Value::str(".ps1")))
        );
    }

    #[test]
    fn unknown_keys_are_refused() {
        let mut table = Hashtable::default();
        table.insert(Value::str("Append"), Value::str("x"));
        let err = normalize(
            "Extensions",
            &Value::Hashtable(Rc::new(RefCell::new(table))),
        );
        assert!(err.err().unwrap().message.contains("'Append'"));
    }
}
