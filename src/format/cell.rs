//! How one value reads inside a list line or table cell.

use crate::value::Value;

/// `$FormatEnumerationLimit`: how many items of a collection a cell shows.
pub const ENUMERATION_LIMIT: usize = 4;

/// The text of a value as a property value: `True`/`False`, enum names, `{a, b, c, d...}`
/// for collections, nothing for `$null`.
pub fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Array(items) => {
            let shown: Vec<String> = items
                .iter()
                .take(ENUMERATION_LIMIT)
                .map(|item| match item {
                    Value::Null => "$null".to_string(),
                    other => other.to_display(),
                })
                .collect();
            let more = if items.len() > ENUMERATION_LIMIT {
                "..."
            } else {
                ""
            };
            format!("{{{}{more}}}", shown.join(", "))
        }
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
