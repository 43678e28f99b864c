//! The list layout: `Name : value` lines, names padded to the longest, a blank line between
//! objects, two blank lines before the first and three after the last.

use super::cell::cell;
use crate::value::Value;
use std::rc::Rc;

/// Wraps `text` to `width` characters per line; continuation lines are indented by `indent`.
fn wrap(text: &str, width: usize, indent: usize) -> String {
    let width = width.max(1);
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut start = 0;
        let mut first = true;
        loop {
            if n > 0 || !first {
                out.push('\n');
                out.push_str(&" ".repeat(indent));
            }
            let end = (start + width).min(chars.len());
            out.extend(&chars[start..end]);
            first = false;
            start = end;
            if start >= chars.len() {
                break;
            }
        }
    }
    out
}

/// One object's lines.
pub fn render_object<N: AsRef<str>>(properties: &[(N, Value)], width: usize) -> String {
    let label_width = properties
        .iter()
        .map(|(n, _)| n.as_ref().chars().count())
        .max()
        .unwrap_or(0);
    let value_width = width.saturating_sub(label_width + 3 + 1).max(10);
    let mut out = String::new();
    for (name, value) in properties {
        let name = name.as_ref();
        // The label keeps its separator even when the value is empty: PowerShell writes
        // `Name : ` with the trailing space.
        let text = wrap(&cell(value), value_width, label_width + 3);
        out.push_str(&format!("{name:<label_width$} : {text}\n"));
    }
    out
}

/// Objects in list layout; `select` limits and orders the properties shown.
pub fn render(objects: &[Value], select: Option<&[String]>, width: usize) -> String {
    let mut out = String::new();
    render_to(objects, select, width, &mut |text| out.push_str(text));
    out
}

/// [`render`], handing the text to `out` one object at a time.
pub fn render_to(
    objects: &[Value],
    select: Option<&[String]>,
    width: usize,
    out: &mut dyn FnMut(&str),
) {
    out("\n\n");
    for object in objects {
        let properties: Vec<(Rc<str>, Value)> = match object {
            Value::Object(o) => {
                let o = o.borrow();
                match select {
                    None => o
                        .properties
                        .iter()
                        .map(|(n, v)| (n.clone(), v.clone()))
                        .collect(),
                    Some(names) => names
                        .iter()
                        .filter_map(|n| {
                            o.properties
                                .iter()
                                .find(|(p, _)| p.eq_ignore_ascii_case(n))
                                .map(|(p, v)| (p.clone(), v.clone()))
                        })
                        .collect(),
                }
            }
            Value::Hashtable(h) => h
                .borrow()
                .entries()
                .iter()
                .map(|(k, v)| (Rc::from(k.to_display()), v.clone()))
                .collect(),
            other => vec![(Rc::from("Value"), other.clone())],
        };
        let mut text = render_object(&properties, width);
        text.push('\n');
        out(&text);
    }
    out("\n\n");
}

/// A TimeSpan emitted on its own uses its list view (Days, Hours, ..., TotalMilliseconds).
/// A value's adapted .NET properties as one list (a TimeSpan emitted on its own).
pub fn render_adapted(value: &Value, width: usize) -> String {
    let properties: Vec<(String, Value)> = crate::adapted::properties(value)
        .unwrap_or_default()
        .into_iter()
        .map(|(n, v)| (n.to_string(), v))
        .collect();
    format!("\n\n{}\n\n\n", render_object(&properties, width))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::PsObject;

    #[test]
    fn names_are_padded_and_blank_lines_surround_objects() {
        let o = Value::object(
            PsObject::new("T")
                .with("Identity", Value::str("Global"))
                .with("EnableQoS", Value::Bool(false)),
        );
        assert_eq!(
            render(&[o], None, 120),
            "\n\nIdentity  : Global\nEnableQoS : False\n\n\n\n"
        );
    }

    #[test]
    fn an_empty_value_keeps_the_separator_and_its_space() {
        let o = PsObject::new("T")
            .with("Identity", Value::str("Global"))
            .with("Organization", Value::Null);
        let properties: Vec<_> = o.properties.into_iter().collect();
        assert_eq!(
            render_object(&properties, 120),
            "Identity     : Global\nOrganization : \n"
        );
    }

    #[test]
    fn long_values_wrap_under_the_value_column() {
        let o = PsObject::new("T").with("A", Value::str("x".repeat(30)));
        let properties: Vec<_> = o.properties.into_iter().collect();
        let text = render_object(&properties, 20);
        assert_eq!(
            text,
            format!("A : {}\n    {}\n", "x".repeat(15), "x".repeat(15))
        );
    }
}
