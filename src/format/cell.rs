//! How one value reads inside a list line or table cell.

use crate::value::Value;

use std::cell::Cell;

/// `$FormatEnumerationLimit`'s starting value: how many items of a collection a cell shows.
pub const ENUMERATION_LIMIT: i32 = 4;

thread_local! {
    static LIMIT: Cell<i32> = const { Cell::new(ENUMERATION_LIMIT) };
}

/// Follows an assignment to `$FormatEnumerationLimit`; a negative limit shows every item.
pub fn set_enumeration_limit(limit: i32) {
    LIMIT.with(|l| l.set(limit));
}

fn enumeration_limit() -> usize {
    let limit = LIMIT.with(Cell::get);
    usize::try_from(limit).unwrap_or(usize::MAX)
}

/// The text of a value as a property value: `True`/`False`, enum names, `{a, b, c, d...}`
/// for collections, nothing for `$null`.
pub fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Array(items) => {
            let limit = enumeration_limit();
            let shown: Vec<String> = items
                .iter()
                .take(limit)
                .map(|item| match item {
                    Value::Null => "$null".to_string(),
                    Value::Array(_) => item.to_display(),
                    other => cell(other),
                })
                .collect();
            let more = if items.len() > limit { "..." } else { "" };
            format!("{{{}{more}}}", shown.join(", "))
        }
        Value::DateTime(d) => d.general(),
        other => other.to_display(),
    }
}

/// Whether a value is right-aligned in a table column (numbers and Booleans are).
pub fn is_right_aligned(value: &Value) -> bool {
    value.is_number() || matches!(value, Value::Bool(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collections_are_braced_and_capped() {
        let items = |n: i32| Value::array((1..=n).map(Value::Int32).collect());
        assert_eq!(cell(&items(0)), "{}");
        assert_eq!(cell(&items(2)), "{1, 2}");
        assert_eq!(cell(&items(4)), "{1, 2, 3, 4}");
        assert_eq!(cell(&items(5)), "{1, 2, 3, 4...}");
        assert_eq!(cell(&Value::Bool(true)), "True");
        assert_eq!(cell(&Value::Null), "");
    }
}
