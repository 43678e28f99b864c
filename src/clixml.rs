//! PowerShell's CLIXML, the XML of Export-Clixml and Import-Clixml: values to text as Windows
//! PowerShell 3 writes them (typed elements `<S>`, `<I32>`, `<B>`, `<DT>`, `<TS>`, objects with
//! their type names, `<Props>` or `<MS>`, lists and hashtables) and text back to values, the
//! objects coming back as PowerShell's deserialized objects (type `Deserialized.<Type>`, plain
//! properties, no methods).

use crate::datetime::DateTime;
use crate::value::{Hashtable, PsObject, TimeSpan, Value, CUSTOM_OBJECT, TICKS_PER_SECOND};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

/// How deep elements may nest in a file Import-Clixml reads (PowerShell's own files stay far
/// below it), so that a hostile file cannot exhaust the stack.
const MAX_NESTING: usize = 200;

const NAMESPACE: &str = "http://schemas.microsoft.com/powershell/2004/04";

/// The CLIXML document of `values`, each a top-level object; objects nested more than `depth`
/// levels down are written as their text, as Export-Clixml's -Depth has it.
pub fn to_clixml(values: &[Value], depth: usize) -> String {
    let mut writer = Writer::default();
    let _ = writeln!(
        writer.out,
        "<Objs Version=\"1.1.0.1\" xmlns=\"{NAMESPACE}\">"
    );
    for value in values {
        writer.value(value, None, depth, 1);
    }
    writer.out.push_str("</Objs>");
    writer.out
}

#[derive(Default)]
struct Writer {
    out: String,
    /// Type-name lists written so far, by their RefId (later ones write `<TNRef>`).
    type_lists: HashMap<Vec<String>, usize>,
    objects: usize,
}

impl Writer {
    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push_str("  ");
        }
    }

    fn primitive(&mut self, tag: &str, name: Option<&str>, text: &str, level: usize) {
        self.indent(level);
        let _ = writeln!(
            self.out,
            "<{tag}{}>{}</{tag}>",
            name_attr(name),
            escape(text)
        );
    }

    fn value(&mut self, value: &Value, name: Option<&str>, depth: usize, level: usize) {
        match value {
            Value::Null => {
                self.indent(level);
                let _ = writeln!(self.out, "<Nil{} />", name_attr(name));
            }
            Value::Bool(b) | Value::Switch(b) => {
                self.primitive("B", name, if *b { "true" } else { "false" }, level)
            }
            Value::Int32(n) => self.primitive("I32", name, &n.to_string(), level),
            Value::Int64(n) => self.primitive("I64", name, &n.to_string(), level),
            Value::Byte(n) => self.primitive("By", name, &n.to_string(), level),
            Value::UInt16(n) => self.primitive("U16", name, &n.to_string(), level),
            Value::UInt32(n) => self.primitive("U32", name, &n.to_string(), level),
            Value::UInt64(n) => self.primitive("U64", name, &n.to_string(), level),
            Value::Double(d) => self.primitive("Db", name, &d.to_string(), level),
            Value::TimeSpan(t) => self.primitive("TS", name, &duration(*t), level),
            Value::DateTime(d) => self.primitive("DT", name, &xml_date(*d), level),
            Value::ScriptBlock(_) => self.primitive("SB", name, &value.to_display(), level),
            Value::Str(_) | Value::Type(_) | Value::Error(_) | Value::Formatted(_) => {
                self.primitive("S", name, &value.to_display(), level)
            }
            Value::Enum(e) => {
                let types = [
                    e.type_name.as_str(),
                    "System.Enum",
                    "System.ValueType",
                    "System.Object",
                ];
                self.open_object(name, &types, level);
                self.indent(level + 1);
                let _ = writeln!(self.out, "<ToString>{}</ToString>", escape(&e.name));
                let number = enum_number(&e.type_name, &e.name).to_string();
                self.primitive("I32", None, &number, level + 1);
                self.close_object(level);
            }
            Value::Array(items) => {
                self.open_object(
                    name,
                    &["System.Object[]", "System.Array", "System.Object"],
                    level,
                );
                self.indent(level + 1);
                self.out.push_str("<LST>\n");
                // A list's items are as deep as the list: only objects take a level.
                for item in items.iter() {
                    self.value(item, None, depth, level + 2);
                }
                self.indent(level + 1);
                self.out.push_str("</LST>\n");
                self.close_object(level);
            }
            Value::Hashtable(table) => {
                self.open_object(
                    name,
                    &["System.Collections.Hashtable", "System.Object"],
                    level,
                );
                self.indent(level + 1);
                self.out.push_str("<DCT>\n");
                for (key, item) in table.borrow().entries() {
                    self.indent(level + 2);
                    self.out.push_str("<En>\n");
                    self.value(key, Some("Key"), depth, level + 3);
                    self.value(item, Some("Value"), depth, level + 3);
                    self.indent(level + 2);
                    self.out.push_str("</En>\n");
                }
                self.indent(level + 1);
                self.out.push_str("</DCT>\n");
                self.close_object(level);
            }
            Value::Object(_) if depth == 0 => self.primitive("S", name, &value.to_display(), level),
            Value::Object(object) => {
                let object = object.borrow();
                let custom = object.type_name == CUSTOM_OBJECT;
                let type_name = object.type_name.to_string();
                self.open_object(name, &[type_name.as_str(), "System.Object"], level);
                if !custom {
                    self.indent(level + 1);
                    let _ = writeln!(
                        self.out,
                        "<ToString>{}</ToString>",
                        escape(&value.to_display())
                    );
                }
                let members = if custom { "MS" } else { "Props" };
                self.indent(level + 1);
                let _ = writeln!(self.out, "<{members}>");
                for (property, item) in object.properties.iter() {
                    self.value(item, Some(property), depth - 1, level + 2);
                }
                self.indent(level + 1);
                let _ = writeln!(self.out, "</{members}>");
                self.close_object(level);
            }
        }
    }

    /// `<Obj>` with its type names: the list the first time, `<TNRef>` after.
    fn open_object(&mut self, name: Option<&str>, types: &[&str], level: usize) {
        let id = self.objects;
        self.objects += 1;
        self.indent(level);
        let _ = writeln!(self.out, "<Obj{} RefId=\"{id}\">", name_attr(name));
        let key: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        self.indent(level + 1);
        if let Some(reference) = self.type_lists.get(&key) {
            let _ = writeln!(self.out, "<TNRef RefId=\"{reference}\" />");
            return;
        }
        let reference = self.type_lists.len();
        self.type_lists.insert(key, reference);
        let _ = writeln!(self.out, "<TN RefId=\"{reference}\">");
        for t in types {
            self.indent(level + 2);
            let _ = writeln!(self.out, "<T>{}</T>", escape(t));
        }
        self.indent(level + 1);
        self.out.push_str("</TN>\n");
    }

    fn close_object(&mut self, level: usize) {
        self.indent(level);
        self.out.push_str("</Obj>\n");
    }
}

fn name_attr(name: Option<&str>) -> String {
    name.map(|n| format!(" N=\"{}\"", escape(n)))
        .unwrap_or_default()
}

/// The number of an enum member: its place in the declared members of that type (the .NET
/// values of the Lync enums are not published; the names are what Import-Clixml shows).
fn enum_number(type_name: &str, member: &str) -> i32 {
    crate::families::enum_members(type_name)
        .and_then(|members| members.iter().position(|m| m.eq_ignore_ascii_case(member)))
        .and_then(|at| i32::try_from(at).ok())
        .unwrap_or(0)
}

/// XML text with PowerShell's escapes: markup characters as entities, control characters and
/// a literal `_x` as `_xHHHH_`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '_' if chars.peek() == Some(&'x') => out.push_str("_x005F_"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "_x{:04X}_", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The text of an element, its `_xHHHH_` escapes undone.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let code = rest
            .get(at + 2..at + 6)
            .filter(|_| rest.get(at + 6..at + 7) == Some("_"));
        match code
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32)
        {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 7..];
            }
            None => {
                out.push_str("_x");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A date as .NET's XmlConvert writes it: the round-trip form without a fraction of zeros.
fn xml_date(date: DateTime) -> String {
    let full = date.format("o");
    match full.split_once('.') {
        Some((whole, fraction)) if fraction.bytes().all(|b| b == b'0') => whole.to_string(),
        Some((whole, fraction)) => format!("{whole}.{}", fraction.trim_end_matches('0')),
        None => full,
    }
}

/// A TimeSpan as xsd:duration (`PT5M`, `P1DT2H`, `PT0.5S`), as .NET's XmlConvert writes it.
fn duration(span: TimeSpan) -> String {
    let mut ticks = span.0;
    let mut out = String::new();
    if ticks < 0 {
        out.push('-');
        ticks = -ticks;
    }
    out.push('P');
    let day = 86_400 * TICKS_PER_SECOND;
    let (days, rest) = (ticks / day, ticks % day);
    if days > 0 {
        let _ = write!(out, "{days}D");
    }
    let (hours, rest) = (
        rest / (3600 * TICKS_PER_SECOND),
        rest % (3600 * TICKS_PER_SECOND),
    );
    let (minutes, rest) = (
        rest / (60 * TICKS_PER_SECOND),
        rest % (60 * TICKS_PER_SECOND),
    );
    let (seconds, fraction) = (rest / TICKS_PER_SECOND, rest % TICKS_PER_SECOND);
    if hours > 0 || minutes > 0 || seconds > 0 || fraction > 0 || days == 0 {
        out.push('T');
        if hours > 0 {
            let _ = write!(out, "{hours}H");
        }
        if minutes > 0 {
            let _ = write!(out, "{minutes}M");
        }
        if seconds > 0 || fraction > 0 || (hours == 0 && minutes == 0) {
            let _ = write!(out, "{seconds}");
            if fraction > 0 {
                let digits = format!("{fraction:07}");
                let _ = write!(out, ".{}", digits.trim_end_matches('0'));
            }
            out.push('S');
        }
    }
    out
}

/// An xsd:duration back to a TimeSpan.
fn parse_duration(text: &str) -> Option<TimeSpan> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let body = body.strip_prefix('P')?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    let mut ticks: i64 = 0;
    let mut add = |part: &str, units: &[(char, f64)]| -> Option<()> {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let (_, scale) = units.iter().find(|(unit, _)| *unit == c)?;
            let amount: f64 = number.parse().ok()?;
            ticks += (amount * scale * TICKS_PER_SECOND as f64).round() as i64;
            number.clear();
        }
        number.is_empty().then_some(())
    };
    add(
        date,
        &[
            ('Y', 365.0 * 86_400.0),
            ('M', 30.0 * 86_400.0),
            ('D', 86_400.0),
        ],
    )?;
    add(time, &[('H', 3600.0), ('M', 60.0), ('S', 1.0)])?;
    Some(TimeSpan(if negative { -ticks } else { ticks }))
}

/// An element of the document, as read.
#[derive(Debug, Default)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
}

/// The values of a CLIXML document, or what is wrong with it.
pub fn from_clixml(text: &str) -> Result<Vec<Value>, String> {
    let root = parse_document(text)?;
    if root.name != "Objs" {
        return Err(format!(
            "the document's root element is <{}>, not <Objs>",
            root.name
        ));
    }
    let mut reader = ValueReader::default();
    root.children.iter().map(|e| reader.value(e)).collect()
}

fn parse_document(text: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let position = |reader: &Reader<&[u8]>| reader.buffer_position();
    loop {
        let event = reader.read_event().map_err(|e| {
            format!(
                "the XML is not well formed at byte {}: {e}",
                position(&reader)
            )
        })?;
        match event {
            Event::Start(start) => {
                if stack.len() >= MAX_NESTING {
                    return Err(format!("elements are nested more than {MAX_NESTING} deep"));
                }
                stack.push(element(&start)?)
            }
            Event::Empty(start) => {
                let done = element(&start)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Ok(done),
                }
            }
            Event::End(_) => {
                let done = stack.pop().ok_or("an end tag has no start tag")?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Ok(done),
                }
            }
            Event::Text(t) => {
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some(open) = stack.last_mut() {
                    let entity = format!("&{};", r.into_inner());
                    let resolved = quick_xml::escape::unescape(&entity)
                        .map_err(|e| format!("the XML text cannot be read: {e}"))?;
                    open.text.push_str(&resolved);
                }
            }
            Event::CData(data) => {
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&data.into_inner());
                }
            }
            Event::Eof => return Err("the document ends before its root element is closed".into()),
            _ => {}
        }
    }
}

fn element(start: &BytesStart) -> Result<Element, String> {
    let name = start.local_name().as_ref().to_string();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute =
            attribute.map_err(|e| format!("an attribute of <{name}> cannot be read: {e}"))?;
        let key = attribute.key.local_name().as_ref().to_string();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("an attribute of <{name}> cannot be read: {e}"))?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        ..Element::default()
    })
}

/// Turns elements into values, keeping the type-name lists and objects that later elements
/// refer to by RefId.
#[derive(Default)]
struct ValueReader {
    type_lists: HashMap<String, Vec<String>>,
    objects: HashMap<String, Value>,
}

impl ValueReader {
    fn value(&mut self, e: &Element) -> Result<Value, String> {
        let text = || unescape(&e.text);
        let number = |kind: &str| format!("<{}> holds \"{}\", which is not {kind}", e.name, e.text);
        Ok(match e.name.as_str() {
            "Nil" => Value::Null,
            "S" | "C" | "URI" | "Version" | "XD" | "G" => Value::str(text()),
            "SB" => Value::str(text()),
            "B" => Value::Bool(e.text.trim().eq_ignore_ascii_case("true")),
            "I32" => Value::Int32(e.text.trim().parse().map_err(|_| number("a number"))?),
            "I64" => Value::Int64(e.text.trim().parse().map_err(|_| number("a number"))?),
            "I16" | "SB8" => Value::Int32(e.text.trim().parse().map_err(|_| number("a number"))?),
            "By" => Value::Byte(e.text.trim().parse().map_err(|_| number("a number"))?),
            "U16" => Value::UInt16(e.text.trim().parse().map_err(|_| number("a number"))?),
            "U32" => Value::UInt32(e.text.trim().parse().map_err(|_| number("a number"))?),
            "U64" => Value::UInt64(e.text.trim().parse().map_err(|_| number("a number"))?),
            "Db" | "Sg" | "D" => {
                Value::Double(e.text.trim().parse().map_err(|_| number("a number"))?)
            }
            "DT" => {
                Value::DateTime(DateTime::parse(e.text.trim()).ok_or_else(|| number("a date"))?)
            }
            "TS" => {
                Value::TimeSpan(parse_duration(e.text.trim()).ok_or_else(|| number("a duration"))?)
            }
            "Ref" => {
                let id = e.attribute("RefId").unwrap_or_default();
                self.objects
                    .get(id)
                    .cloned()
                    .ok_or_else(|| format!("<Ref RefId=\"{id}\"> names no earlier object"))?
            }
            "Obj" => self.object(e)?,
            other => return Err(format!("<{other}> is not a CLIXML value")),
        })
    }

    fn object(&mut self, e: &Element) -> Result<Value, String> {
        let types = self.type_names(e)?;
        let list = ["LST", "IE", "STK", "QUE"]
            .iter()
            .find_map(|tag| e.child(tag));
        let value = if let Some(list) = list {
            let items = list
                .children
                .iter()
                .map(|item| self.value(item))
                .collect::<Result<Vec<_>, _>>()?;
            Value::array(items)
        } else if let Some(dictionary) = e.child("DCT") {
            let mut table = Hashtable::default();
            for entry in &dictionary.children {
                let mut part = |name: &str| -> Result<Value, String> {
                    match entry
                        .children
                        .iter()
                        .find(|c| c.attribute("N") == Some(name))
                    {
                        Some(element) => self.value(element),
                        None => Ok(Value::Null),
                    }
                };
                let (key, item) = (part("Key")?, part("Value")?);
                table.insert(key, item);
            }
            Value::Hashtable(Rc::new(std::cell::RefCell::new(table)))
        } else if e.child("Props").is_some() || e.child("MS").is_some() {
            let first = types.first().map(String::as_str).unwrap_or("System.Object");
            let mut object = PsObject::new(format!("Deserialized.{first}"));
            for member in [e.child("Props"), e.child("MS")].into_iter().flatten() {
                for property in &member.children {
                    let name = property.attribute("N").unwrap_or_default().to_string();
                    let value = self.value(property)?;
                    object.properties.push((Rc::from(name.as_str()), value));
                }
            }
            Value::object(object)
        } else if let Some(shown) = e.child("ToString") {
            // An enum or another value PowerShell keeps as its text and underlying number.
            Value::str(unescape(&shown.text))
        } else {
            let primitive = e
                .children
                .iter()
                .find(|c| !matches!(c.name.as_str(), "TN" | "TNRef"));
            match primitive {
                Some(inner) => self.value(inner)?,
                None => Value::Null,
            }
        };
        if let Some(id) = e.attribute("RefId") {
            self.objects.insert(id.to_string(), value.clone());
        }
        Ok(value)
    }

    fn type_names(&mut self, e: &Element) -> Result<Vec<String>, String> {
        if let Some(list) = e.child("TN") {
            let names: Vec<String> = list.children.iter().map(|t| unescape(&t.text)).collect();
            if let Some(id) = list.attribute("RefId") {
                self.type_lists.insert(id.to_string(), names.clone());
            }
            return Ok(names);
        }
        if let Some(reference) = e.child("TNRef") {
            let id = reference.attribute("RefId").unwrap_or_default();
            return self
                .type_lists
                .get(id)
                .cloned()
                .ok_or_else(|| format!("<TNRef RefId=\"{id}\"> names no earlier type list"));
        }
        Ok(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_objects_round_trip_with_their_types() {
        let mut row = PsObject::new(CUSTOM_OBJECT);
        row.properties
            .push((Rc::from("Site"), Value::str("Redmond & <Dublin>")));
        row.properties.push((Rc::from("Port"), Value::Int32(50020)));
        row.properties
            .push((Rc::from("Enabled"), Value::Bool(true)));
        row.properties.push((
            Rc::from("Interval"),
            Value::TimeSpan(TimeSpan::from_seconds(330)),
        ));
        row.properties
            .push((Rc::from("Lines"), Value::str("a\r\nb_x1")));
        let checked = DateTime::parse("2026-12-06 08:00").unwrap();
        row.properties
            .push((Rc::from("Checked"), Value::DateTime(checked)));
        row.properties.push((
            Rc::from("Usages"),
            Value::array(vec![Value::str("Local"), Value::str("Internal")]),
        ));
        let text = to_clixml(&[Value::object(row)], 2);
        assert!(text.contains("<TS N=\"Interval\">PT5M30S</TS>"), "{text}");
        assert!(
            text.contains("<DT N=\"Checked\">2026-12-06T08:00:00</DT>"),
            "{text}"
        );
        assert!(
            text.contains("<S N=\"Lines\">a_x000D__x000A_b_x005F_x1</S>"),
            "{text}"
        );
        let back = from_clixml(&text).unwrap();
        let Value::Object(object) = &back[0] else {
            panic!("{back:?}")
        };
        let object = object.borrow();
        assert_eq!(
            object.type_name,
            "Deserialized.System.Management.Automation.PSCustomObject"
        );
        let shown: Vec<String> = object
            .properties
            .iter()
            .map(|(n, v)| format!("{n}={}", v.to_expanded()))
            .collect();
        assert_eq!(
            shown,
            [
                "Site=Redmond & <Dublin>",
                "Port=50020",
                "Enabled=True",
                "Interval=00:05:30",
                "Lines=a\r\nb_x1",
                "Checked=12/06/2026 08:00:00",
                "Usages=Local Internal"
            ]
        );
    }

    #[test]
    fn durations_follow_xsd() {
        for (seconds, text) in [
            (0, "PT0S"),
            (90, "PT1M30S"),
            (3600, "PT1H"),
            (90_000, "P1DT1H"),
            (86_400, "P1D"),
        ] {
            let span = TimeSpan::from_seconds(seconds);
            assert_eq!(duration(span), text);
            assert_eq!(parse_duration(text), Some(span));
        }
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        assert!(from_clixml("<Objs><S>x</Objs>").is_err());
        assert!(from_clixml("<Other />")
            .unwrap_err()
            .contains("root element"));
        assert!(from_clixml("<Objs><I32>ten</I32></Objs>")
            .unwrap_err()
            .contains("not a number"));
        assert!(from_clixml("<Objs><Ref RefId=\"9\" /></Objs>")
            .unwrap_err()
            .contains("no earlier object"));
        let deep = format!(
            "<Objs>{}{}</Objs>",
            "<Obj><LST>".repeat(500),
            "</LST></Obj>".repeat(500)
        );
        assert!(from_clixml(&deep).unwrap_err().contains("nested more than"));
    }
}
