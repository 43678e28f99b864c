//! ConvertFrom-Json and ConvertTo-Json as Windows PowerShell 3 has them: its serializer's
//! reading (single quotes allowed, `"\/Date(ms)\/"` read as a date, its error texts) and its
//! writing (four-space indents, values aligned after `":  "`, `-Depth` 2 by default, deeper
//! objects written as their text).

use super::builtins::{entry, received};
use super::{CmdletEntry, CmdletResult};
use crate::datetime::{DateTime, UNIX_EPOCH_TICKS};
use crate::engine::{Call, Engine};
use crate::error::ErrorCategory;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{format_double, PsObject, Value, CUSTOM_OBJECT, TICKS_PER_SECOND};

/// The serializer's nesting limit when reading.
const READ_DEPTH_LIMIT: usize = 100;

pub fn all() -> Vec<CmdletEntry> {
    vec![
        entry(
            Signature::new(
                "ConvertFrom-Json",
                vec![ParamDecl::new("InputObject", ParamType::String)
                    .at(0)
                    .mandatory()
                    .by_value()],
            ),
            convert_from_json,
            true,
        ),
        entry(
            Signature::new(
                "ConvertTo-Json",
                vec![
                    ParamDecl::new("InputObject", ParamType::Object)
                        .at(0)
                        .mandatory()
                        .by_value(),
                    ParamDecl::new("Depth", ParamType::Int32).range("1", "2147483647"),
                    ParamDecl::new("Compress", ParamType::Switch),
                ],
            ),
            convert_to_json,
            true,
        ),
    ]
}

/// The input strings are read as one text; when that is not JSON, each string on its own.
/// A JSON array comes out as one object, not enumerated, as in PowerShell 3.
fn convert_from_json(engine: &mut Engine, call: &Call) -> CmdletResult {
    let texts: Vec<String> = received(call, "InputObject")
        .iter()
        .map(Value::to_display)
        .collect();
    let read_all = || -> Result<Vec<Value>, String> {
        match read(&texts.join("\n")) {
            Ok(value) => Ok(vec![value]),
            Err(message) if texts.len() > 1 => texts
                .iter()
                .map(|t| read(t))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| message),
            Err(message) => Err(message),
        }
    };
    read_all().map_err(|message| {
        engine
            .cmdlet_error(
                call,
                message,
                "System.ArgumentException",
                ErrorCategory::NotSpecified,
                "ArgumentException",
            )
            .into()
    })
}

/// One JSON text as PowerShell values: objects become PSCustomObjects with their members in
/// order, arrays Object[], whole numbers Int32 or Int64, other numbers Double.
fn read(text: &str) -> Result<Value, String> {
    let mut reader = Reader {
        text,
        chars: text.char_indices().collect(),
        at: 0,
    };
    reader.skip_space();
    if reader.peek().is_none() {
        return Ok(Value::Null);
    }
    let value = reader.value(0)?;
    reader.skip_space();
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.primitive_error()),
    }
}

/// A reader over the characters of one JSON text.
struct Reader<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).map(|(_, c)| *c)
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// The serializer's message with the position and the whole input, as it reports
    /// malformed objects, arrays and strings.
    fn error(&self, message: &str) -> String {
        format!("{message} ({}): {}", self.at, self.text)
    }

    /// What the serializer says of a word it cannot read: the rest of the text.
    fn primitive_error(&self) -> String {
        let from = self.chars.get(self.at).map_or(self.text.len(), |(i, _)| *i);
        format!("Invalid JSON primitive: {}.", &self.text[from..])
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > READ_DEPTH_LIMIT {
            return Err("RecursionLimit exceeded.".into());
        }
        self.skip_space();
        match self.peek() {
            Some('{') => self.object(depth),
            Some('[') => self.array(depth),
            Some(quote @ ('"' | '\'')) => self.string(quote),
            _ => self.primitive(),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.at += 1;
        let mut object = PsObject::new(CUSTOM_OBJECT);
        self.skip_space();
        if self.peek() == Some('}') {
            self.at += 1;
            return Ok(Value::object(object));
        }
        loop {
            self.skip_space();
            let name = match self.peek() {
                Some(quote @ ('"' | '\'')) => self.string(quote)?.to_display(),
                _ => return Err(self.error("Invalid object passed in, member name expected.")),
            };
            self.skip_space();
            if self.peek() != Some(':') {
                return Err(self.error("Invalid object passed in, ':' or '}' expected."));
            }
            self.at += 1;
            let value = self.value(depth + 1)?;
            match object.properties.position(&name) {
                Some(at) => *object.properties.value_mut(at) = value,
                None => object.properties.push((name.as_str().into(), value)),
            }
            self.skip_space();
            match self.peek() {
                Some(',') => self.at += 1,
                Some('}') => {
                    self.at += 1;
                    return Ok(Value::object(object));
                }
                _ => return Err(self.error("Invalid object passed in, ':' or '}' expected.")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(']') {
            self.at += 1;
            return Ok(Value::array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(',') => {
                    self.at += 1;
                    self.skip_space();
                    if self.peek() == Some(']') {
                        return Err(self.error("Invalid array passed in, extra trailing ','."));
                    }
                }
                Some(']') => {
                    self.at += 1;
                    return Ok(Value::array(items));
                }
                None => return Err(self.error("Invalid array passed in, ']' expected.")),
                Some(_) => return Err(self.error("Invalid array passed in, ',' expected.")),
            }
        }
    }

    /// A quoted string; `"\/Date(ms)\/"` is a date, as the serializer reads it.
    fn string(&mut self, quote: char) -> Result<Value, String> {
        self.at += 1;
        let mut text = String::new();
        let mut escaped_slash = false;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("Unterminated string passed in."));
            };
            self.at += 1;
            match c {
                c if c == quote => break,
                '\\' => {
                    let Some(escape) = self.peek() else {
                        return Err(self.error("Unterminated string passed in."));
                    };
                    self.at += 1;
                    match escape {
                        '"' | '\'' | '\\' => text.push(escape),
                        '/' => {
                            escaped_slash = true;
                            text.push('/');
                        }
                        'b' => text.push('\u{8}'),
                        'f' => text.push('\u{c}'),
                        'n' => text.push('\n'),
                        'r' => text.push('\r'),
                        't' => text.push('\t'),
                        'u' => text.push(self.unicode_escape()?),
                        _ => return Err(self.error("Unrecognized escape sequence.")),
                    }
                }
                c => text.push(c),
            }
        }
        if escaped_slash {
            if let Some(date) = date_of(&text) {
                return Ok(Value::DateTime(date));
            }
        }
        Ok(Value::str(text))
    }

    fn unicode_escape(&mut self) -> Result<char, String> {
        let digits: String = self.chars[self.at..]
            .iter()
            .take(4)
            .map(|(_, c)| *c)
            .collect();
        let code = (digits.len() == 4)
            .then(|| u32::from_str_radix(&digits, 16).ok())
            .flatten()
            .ok_or_else(|| self.error("Unrecognized escape sequence."))?;
        self.at += 4;
        Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
    }

    /// A word up to the next delimiter: null, true, false or a number.
    fn primitive(&mut self) -> Result<Value, String> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| !matches!(c, ',' | ']' | '}') && !c.is_whitespace())
        {
            self.at += 1;
        }
        let word: String = self.chars[start..self.at].iter().map(|(_, c)| *c).collect();
        let value = match word.as_str() {
            "null" => Some(Value::Null),
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => number(&word),
        };
        value.ok_or_else(|| {
            self.at = start;
            self.primitive_error()
        })
    }
}

fn number(word: &str) -> Option<Value> {
    let numeric = word
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
        && word.chars().any(|c| c.is_ascii_digit());
    if !numeric {
        return None;
    }
    if let Ok(v) = word.parse::<i32>() {
        return Some(Value::Int32(v));
    }
    if let Ok(v) = word.parse::<i64>() {
        return Some(Value::Int64(v));
    }
    word.parse::<f64>().ok().map(Value::Double)
}

/// The date of `/Date(ms)/` (milliseconds since 1970, an optional offset after them ignored).
fn date_of(text: &str) -> Option<DateTime> {
    let inner = text.strip_prefix("/Date(")?.strip_suffix(")/")?;
    let digits_end = inner
        .char_indices()
        .skip(1)
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(inner.len(), |(i, _)| i);
    let ms: i64 = inner[..digits_end].parse().ok()?;
    let ticks = ms.checked_mul(TICKS_PER_SECOND / 1000)?;
    Some(DateTime(UNIX_EPOCH_TICKS.checked_add(ticks)?))
}

/// A JSON tree, written compact or laid out as PowerShell 3 lays it out.
enum Json {
    Literal(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// The input objects as one JSON text: one object as itself, several as an array.
fn convert_to_json(_: &mut Engine, call: &Call) -> CmdletResult {
    let depth = call
        .bound
        .get("Depth")
        .map_or(2, |v| v.as_f64().max(0.0) as usize);
    let inputs = received(call, "InputObject");
    let value = match inputs.len() {
        0 => return Ok(vec![]),
        1 if call.inputs.len() <= 1 => inputs[0].clone(),
        _ => Value::array(inputs),
    };
    let json = to_json(&value, 0, depth);
    let mut out = String::new();
    if call.bound.switch("Compress") {
        write_compact(&json, &mut out);
    } else {
        write_laid_out(&json, 0, &mut out);
    }
    Ok(vec![Value::str(out)])
}

fn to_json(value: &Value, depth: usize, max: usize) -> Json {
    let container = matches!(
        value,
        Value::Array(_) | Value::Hashtable(_) | Value::Object(_) | Value::TimeSpan(_)
    );
    if container && depth > max {
        return Json::Literal(quoted(&value.to_display()));
    }
    match value {
        Value::Null => Json::Literal("null".into()),
        Value::Bool(b) | Value::Switch(b) => Json::Literal(b.to_string()),
        Value::Double(d) if d.is_finite() => Json::Literal(format_double(*d)),
        v if v.is_number() => Json::Literal(v.to_display()),
        Value::DateTime(d) => {
            let ms = (d.0 - UNIX_EPOCH_TICKS).div_euclid(TICKS_PER_SECOND / 1000);
            Json::Literal(format!("\"\\/Date({ms})\\/\""))
        }
        Value::Array(items) => {
            Json::Array(items.iter().map(|i| to_json(i, depth + 1, max)).collect())
        }
        Value::Hashtable(table) => Json::Object(
            table
                .borrow()
                .entries()
                .iter()
                .map(|(k, v)| (k.to_display(), to_json(v, depth + 1, max)))
                .collect(),
        ),
        Value::Object(object) => Json::Object(
            object
                .borrow()
                .properties
                .iter()
                .map(|(k, v)| (k.to_string(), to_json(v, depth + 1, max)))
                .collect(),
        ),
        Value::TimeSpan(_) => Json::Object(
            TIME_SPAN_PROPERTIES
                .iter()
                .map(|name| {
                    let member = value.property(name).unwrap_or_default();
                    (name.to_string(), to_json(&member, depth + 1, max))
                })
                .collect(),
        ),
        other => Json::Literal(quoted(&other.to_display())),
    }
}

/// The properties a TimeSpan is written with, in the serializer's order.
const TIME_SPAN_PROPERTIES: [&str; 11] = [
    "Ticks",
    "Days",
    "Hours",
    "Milliseconds",
    "Minutes",
    "Seconds",
    "TotalDays",
    "TotalHours",
    "TotalMilliseconds",
    "TotalMinutes",
    "TotalSeconds",
];

/// A JSON string as the serializer writes it: HTML-sensitive characters and the apostrophe
/// as `\uXXXX` escapes too.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '\'' | '&' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn write_compact(json: &Json, out: &mut String) {
    match json {
        Json::Literal(text) => out.push_str(text),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_compact(item, out);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (name, value)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quoted(name));
                out.push(':');
                write_compact(value, out);
            }
            out.push('}');
        }
    }
}

/// PowerShell 3's layout: a container's members four columns in from its opening bracket,
/// each value starting after `"name":  `, and the closing bracket under the opening one.
fn write_laid_out(json: &Json, column: usize, out: &mut String) {
    let (open, close, count) = match json {
        Json::Literal(text) => {
            out.push_str(text);
            return;
        }
        Json::Array(items) => ('[', ']', items.len()),
        Json::Object(members) => ('{', '}', members.len()),
    };
    out.push(open);
    let inner = column + 4;
    if count == 0 {
        out.push('\n');
    }
    for i in 0..count {
        out.push('\n');
        out.push_str(&" ".repeat(inner));
        match json {
            Json::Array(items) => write_laid_out(&items[i], inner, out),
            Json::Object(members) => {
                let name = format!("{}:  ", quoted(&members[i].0));
                out.push_str(&name);
                write_laid_out(&members[i].1, inner + name.chars().count(), out);
            }
            Json::Literal(_) => {}
        }
        if i + 1 < count {
            out.push(',');
        }
    }
    out.push('\n');
    out.push_str(&" ".repeat(column));
    out.push(close);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(value: &Value, depth: usize) -> String {
        let mut out = String::new();
        write_laid_out(&to_json(value, 0, depth), 0, &mut out);
        out
    }

    #[test]
    fn nested_members_align_after_their_names() {
        let value = read(r#"{"Pool":{"Ports":[5062,5063],"Fqdn":"atl-cs-001"}}"#).unwrap();
        assert_eq!(
            laid_out(&value, 2),
            "{\n    \"Pool\":  {\n                 \"Ports\":  [\n                               5062,\n                               5063\n                           ],\n                 \"Fqdn\":  \"atl-cs-001\"\n             }\n}"
        );
    }

    #[test]
    fn objects_deeper_than_depth_are_written_as_text() {
        let value = read(r#"{"a":{"b":{"c":{"d":1}}}}"#).unwrap();
        let mut out = String::new();
        write_compact(&to_json(&value, 0, 2), &mut out);
        assert_eq!(
            out,
            r#"{"a":{"b":{"c":"System.Management.Automation.PSCustomObject"}}}"#
        );
    }

    #[test]
    fn reading_keeps_types_and_reports_like_the_serializer() {
        let value =
            read("{'n': 5, 'big': 5000000000, 'x': 1.5, 'ok': true, 'none': null}").unwrap();
        let types: Vec<String> = ["n", "big", "x", "ok", "none"]
            .iter()
            .map(|p| value.property(p).unwrap().short_type_name())
            .collect();
        assert_eq!(types, ["Int32", "Int64", "Double", "Boolean", "null"]);
        assert_eq!(read("abc").unwrap_err(), "Invalid JSON primitive: abc.");
        assert_eq!(
            read("{a").unwrap_err(),
            "Invalid object passed in, member name expected. (1): {a"
        );
        assert_eq!(
            read("[1,]").unwrap_err(),
            "Invalid array passed in, extra trailing ','. (3): [1,]"
        );
        assert!(matches!(
            read(r#""\/Date(0)\/""#).unwrap(),
            Value::DateTime(DateTime(UNIX_EPOCH_TICKS))
        ));
        assert_eq!(quoted("it's <b>"), r#""it\u0027s \u003cb\u003e""#);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(10_000);
        assert_eq!(read(&text).unwrap_err(), "RecursionLimit exceeded.");
    }
}
