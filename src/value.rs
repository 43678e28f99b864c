//! Runtime values and PowerShell's conversion rules between them.

use crate::ast::ScriptBlockAst;
pub use crate::datetime::DateTime;
pub use crate::properties::Properties;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// A .NET TimeSpan, kept as 100-nanosecond ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeSpan(pub i64);

pub const TICKS_PER_SECOND: i64 = 10_000_000;
pub const TICKS_PER_DAY: i64 = 86_400 * TICKS_PER_SECOND;

impl TimeSpan {
    pub fn from_seconds(seconds: i64) -> TimeSpan {
        TimeSpan(seconds * TICKS_PER_SECOND)
    }

    /// .NET `TimeSpan.Parse`: `[-]d`, `[-][d.]hh:mm[:ss[.fffffff]]`.
    pub fn parse(text: &str) -> Option<TimeSpan> {
        let text = text.trim();
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        if body.is_empty() {
            return None;
        }
        let all_digits =
            |s: &str| !s.is_empty() && s.len() <= 10 && s.bytes().all(|b| b.is_ascii_digit());
        let ticks = if !body.contains(':') {
            if !all_digits(body) {
                return None;
            }
            body.parse::<i64>().ok()?.checked_mul(TICKS_PER_DAY)?
        } else {
            let (days, clock) = match body.split_once(':') {
                Some((head, _)) if head.contains('.') => {
                    let (d, rest) = body.split_once('.')?;
                    (Some(d), rest)
                }
                _ => (None, body),
            };
            let days = match days {
                Some(d) if all_digits(d) => d.parse::<i64>().ok()?,
                Some(_) => return None,
                None => 0,
            };
            let fields: Vec<&str> = clock.split(':').collect();
            if fields.len() < 2 || fields.len() > 3 {
                return None;
            }
            let (seconds_text, fraction) = match fields.get(2) {
                Some(s) => match s.split_once('.') {
                    Some((whole, frac)) => (Some(whole), Some(frac)),
                    None => (Some(*s), None),
                },
                None => (None, None),
            };
            let number = |s: &str, max: i64| -> Option<i64> {
                if !all_digits(s) || s.len() > 2 {
                    return None;
                }
                let v = s.parse::<i64>().ok()?;
                (v <= max).then_some(v)
            };
            let hours = number(fields[0], 23)?;
            let minutes = number(fields[1], 59)?;
            let seconds = match seconds_text {
                Some(s) => number(s, 59)?,
                None => 0,
            };
            let fraction_ticks = match fraction {
                Some(f) if all_digits(f) && f.len() <= 7 => {
                    format!("{f:0<7}").parse::<i64>().ok()?
                }
                Some(_) => return None,
                None => 0,
            };
            let clock = (hours * 3600 + minutes * 60 + seconds) * TICKS_PER_SECOND + fraction_ticks;
            // Past the largest TimeSpan there is nothing to parse into.
            days.checked_mul(TICKS_PER_DAY)?.checked_add(clock)?
        };
        Some(TimeSpan(if negative { -ticks } else { ticks }))
    }
}

impl fmt::Display for TimeSpan {
    /// .NET's constant format: `[-][d.]hh:mm:ss[.fffffff]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let negative = self.0 < 0;
        let ticks = self.0.unsigned_abs();
        let days = ticks / TICKS_PER_DAY as u64;
        let rest = ticks % TICKS_PER_DAY as u64;
        let seconds_total = rest / TICKS_PER_SECOND as u64;
        let fraction = rest % TICKS_PER_SECOND as u64;
        if negative {
            write!(f, "-")?;
        }
        if days > 0 {
            write!(f, "{days}.")?;
        }
        write!(
            f,
            "{:02}:{:02}:{:02}",
            seconds_total / 3600,
            (seconds_total / 60) % 60,
            seconds_total % 60
        )?;
        if fraction > 0 {
            write!(f, ".{fraction:07}")?;
        }
        Ok(())
    }
}

/// The .NET type of `[pscustomobject]@{...}` and of the objects Import-Csv and
/// ConvertFrom-Json make.
pub const CUSTOM_OBJECT: &str = "System.Management.Automation.PSCustomObject";

/// An ordered property bag: configuration records, service objects, Select-Object output.
#[derive(Clone, Debug, PartialEq)]
pub struct PsObject {
    /// The full .NET type name, as Get-Member shows it.
    pub type_name: Cow<'static, str>,
    /// Names are shared between objects of one kind (see [`Properties::shaped`]), so that
    /// thousands of records do not each carry copies of the same names.
    pub properties: Properties,
    /// Set on objects made by `New-... -InMemory`: a later `Set-... -Instance` stores them.
    pub in_memory: bool,
}

impl PsObject {
    pub fn new(type_name: impl Into<Cow<'static, str>>) -> PsObject {
        PsObject {
            type_name: type_name.into(),
            properties: Properties::new(),
            in_memory: false,
        }
    }

    pub fn with(mut self, name: &str, value: Value) -> PsObject {
        self.properties.push((Rc::from(name), value));
        self
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.properties
            .position(name)
            .map(|at| self.properties.value(at))
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.properties
            .position(name)
            .map(|at| self.properties.value_mut(at))
    }
}

/// A hashtable with case-insensitive keys, kept in insertion order.
#[derive(Clone, Debug, Default)]
pub struct Hashtable {
    entries: Vec<(Value, Value)>,
    /// Each entry's position by the text of its key, lower-cased, so that a lookup or an
    /// insertion costs the same in a table of any size.
    positions: HashMap<String, usize>,
}

impl PartialEq for Hashtable {
    /// The index follows from the entries.
    fn eq(&self, other: &Hashtable) -> bool {
        self.entries == other.entries
    }
}

impl Hashtable {
    fn key_of(key: &str) -> String {
        key.to_ascii_lowercase()
    }

    /// The entries in insertion order.
    pub fn entries(&self) -> &[(Value, Value)] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        let at = *self.positions.get(&Self::key_of(key))?;
        Some(&self.entries[at].1)
    }

    /// Adds an entry, or replaces the value of the one whose key has the same text.
    pub fn insert(&mut self, key: Value, value: Value) {
        let text = Self::key_of(&key.to_display());
        match self.positions.get(&text) {
            Some(&at) => self.entries[at].1 = value,
            None => {
                self.positions.insert(text, self.entries.len());
                self.entries.push((key, value));
            }
        }
    }

    /// Removes the entry whose key has the text `key`, if there is one.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.positions.remove(&Self::key_of(key))?;
        let (_, value) = self.entries.remove(at);
        for (position, (k, _)) in self.entries.iter().enumerate().skip(at) {
            self.positions
                .insert(Self::key_of(&k.to_display()), position);
        }
        Some(value)
    }
}

/// An enum value: its .NET type and the canonical name of the member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnumValue {
    pub type_name: String,
    pub name: String,
}

#[derive(Clone, Debug, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Int32(i32),
    Int64(i64),
    Byte(u8),
    UInt16(u16),
    UInt32(u32),
    UInt64(u64),
    Double(f64),
    Str(Rc<str>),
    TimeSpan(TimeSpan),
    DateTime(DateTime),
    Enum(Rc<EnumValue>),
    Array(Rc<Vec<Value>>),
    Hashtable(Rc<RefCell<Hashtable>>),
    Object(Rc<RefCell<PsObject>>),
    ScriptBlock(Rc<ScriptBlockAst>),
    /// A `[TypeName]` literal.
    Type(Rc<str>),
    /// The switch state `-Force` binds (SwitchParameter).
    Switch(bool),
    /// An entry of `$Error`.
    Error(Rc<crate::error::ErrorRecord>),
    /// Text already laid out by Format-List / Format-Table / Out-String, printed as it is.
    Formatted(Rc<str>),
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) => true,
            (Bool(a), Bool(b)) | (Switch(a), Switch(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (TimeSpan(a), TimeSpan(b)) => a == b,
            (DateTime(a), DateTime(b)) => a == b,
            (Enum(a), Enum(b)) => a == b,
            (Array(a), Array(b)) => a == b,
            (Hashtable(a), Hashtable(b)) => *a.borrow() == *b.borrow(),
            (Object(a), Object(b)) => *a.borrow() == *b.borrow(),
            (ScriptBlock(a), ScriptBlock(b)) => a.text == b.text,
            (Type(a), Type(b)) => a == b,
            (Error(a), Error(b)) => a == b,
            (Formatted(a), Formatted(b)) => a == b,
            (a, b) if a.is_number() && b.is_number() => {
                a.as_f64() == b.as_f64() && a.type_name() == b.type_name()
            }
            _ => false,
        }
    }
}

impl Value {
    pub fn str(s: impl AsRef<str>) -> Value {
        Value::Str(Rc::from(s.as_ref()))
    }

    pub fn array(items: Vec<Value>) -> Value {
        Value::Array(Rc::new(items))
    }

    /// A member of the .NET enumeration `type_name`.
    pub fn enum_value(type_name: &str, member: &str) -> Value {
        Value::Enum(Rc::new(EnumValue {
            type_name: type_name.to_string(),
            name: member.to_string(),
        }))
    }

    pub fn object(object: PsObject) -> Value {
        Value::Object(Rc::new(RefCell::new(object)))
    }

    /// A copy that shares no object with `self`: what a cmdlet hands out of the store, so that
    /// editing the copy (`$x.Filter.Enabled = $false`) changes nothing until it is written back.
    pub fn detached(&self) -> Value {
        match self {
            Value::Object(object) => {
                let object = object.borrow();
                let mut copy = PsObject::new(object.type_name.clone());
                copy.in_memory = object.in_memory;
                copy.properties = object
                    .properties
                    .iter()
                    .map(|(name, value)| (name.clone(), value.detached()))
                    .collect();
                Value::object(copy)
            }
            Value::Array(items) if items.iter().any(|i| matches!(i, Value::Object(_))) => {
                Value::array(items.iter().map(Value::detached).collect())
            }
            other => other.clone(),
        }
    }

    pub fn is_number(&self) -> bool {
        matches!(
            self,
            Value::Int32(_)
                | Value::Int64(_)
                | Value::Byte(_)
                | Value::UInt16(_)
                | Value::UInt32(_)
                | Value::UInt64(_)
                | Value::Double(_)
        )
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            Value::Int32(v) => *v as f64,
            Value::Int64(v) => *v as f64,
            Value::Byte(v) => *v as f64,
            Value::UInt16(v) => *v as f64,
            Value::UInt32(v) => *v as f64,
            Value::UInt64(v) => *v as f64,
            Value::Double(v) => *v,
            Value::Bool(b) | Value::Switch(b) => *b as i32 as f64,
            _ => f64::NAN,
        }
    }

    /// The integer value of an integral number, if it is one.
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            Value::Int32(v) => Some(*v as i128),
            Value::Int64(v) => Some(*v as i128),
            Value::Byte(v) => Some(*v as i128),
            Value::UInt16(v) => Some(*v as i128),
            Value::UInt32(v) => Some(*v as i128),
            Value::UInt64(v) => Some(*v as i128),
            _ => None,
        }
    }

    /// The full .NET type name, as used in conversion messages (`System.String`).
    pub fn type_name(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(_) => "System.Boolean".into(),
            Value::Int32(_) => "System.Int32".into(),
            Value::Int64(_) => "System.Int64".into(),
            Value::Byte(_) => "System.Byte".into(),
            Value::UInt16(_) => "System.UInt16".into(),
            Value::UInt32(_) => "System.UInt32".into(),
            Value::UInt64(_) => "System.UInt64".into(),
            Value::Double(_) => "System.Double".into(),
            Value::Str(_) => "System.String".into(),
            Value::TimeSpan(_) => "System.TimeSpan".into(),
            Value::DateTime(_) => "System.DateTime".into(),
            Value::Enum(e) => e.type_name.clone(),
            Value::Array(_) => "System.Object[]".into(),
            Value::Hashtable(_) => "System.Collections.Hashtable".into(),
            Value::Object(o) => o.borrow().type_name.to_string(),
            Value::ScriptBlock(_) => "System.Management.Automation.ScriptBlock".into(),
            Value::Type(_) => "System.RuntimeType".into(),
            Value::Switch(_) => "System.Management.Automation.SwitchParameter".into(),
            Value::Error(_) => "System.Management.Automation.ErrorRecord".into(),
            Value::Formatted(_) => {
                "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData".into()
            }
        }
    }

    /// The short type name (after the last dot), as CategoryInfo shows it.
    pub fn short_type_name(&self) -> String {
        let full = self.type_name();
        full.rsplit('.').next().unwrap_or(&full).to_string()
    }

    /// PowerShell's conversion to Boolean (`if ($x)`).
    pub fn is_truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) | Value::Switch(b) => *b,
            Value::Str(s) => !s.is_empty(),
            Value::Array(items) => match items.len() {
                0 => false,
                1 => items[0].is_truthy(),
                _ => true,
            },
            Value::TimeSpan(t) => t.0 != 0,
            v if v.is_number() => v.as_f64() != 0.0,
            _ => true,
        }
    }

    /// The text of a value as PowerShell's `ToString()` gives it (culture-invariant).
    pub fn to_display(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Bool(b) | Value::Switch(b) => if *b { "True" } else { "False" }.into(),
            Value::Int32(v) => v.to_string(),
            Value::Int64(v) => v.to_string(),
            Value::Byte(v) => v.to_string(),
            Value::UInt16(v) => v.to_string(),
            Value::UInt32(v) => v.to_string(),
            Value::UInt64(v) => v.to_string(),
            Value::Double(v) => format_double(*v),
            Value::Str(s) => s.to_string(),
            Value::TimeSpan(t) => t.to_string(),
            Value::DateTime(d) => d.invariant(),
            Value::Enum(e) => e.name.clone(),
            Value::Array(_) => "System.Object[]".into(),
            Value::Hashtable(_) => "System.Collections.Hashtable".into(),
            Value::Object(o) => {
                let o = o.borrow();
                match o.get("Identity") {
                    Some(identity) => identity.to_display(),
                    None => {
                        crate::family::declared_text(&o).unwrap_or_else(|| o.type_name.to_string())
                    }
                }
            }
            Value::ScriptBlock(sb) => sb.text.to_string(),
            Value::Type(t) => t.to_string(),
            Value::Error(e) => e.message.clone(),
            Value::Formatted(text) => text.to_string(),
        }
    }

    /// The text inside `"..."`: like [`Value::to_display`], but arrays are joined with spaces.
    pub fn to_expanded(&self) -> String {
        match self {
            Value::Array(items) => items
                .iter()
                .map(Value::to_expanded)
                .collect::<Vec<_>>()
                .join(" "),
            other => other.to_display(),
        }
    }

    /// Iterates a value the way the pipeline does: arrays are unrolled, `$null` yields nothing.
    pub fn into_items(self) -> Vec<Value> {
        match self {
            Value::Null => Vec::new(),
            Value::Array(items) => Rc::try_unwrap(items).unwrap_or_else(|rc| (*rc).clone()),
            other => vec![other],
        }
    }

    /// The items of the value, as the pipeline unrolls them, each as text.
    pub fn item_texts(&self) -> Vec<String> {
        match self {
            Value::Null => Vec::new(),
            Value::Array(items) => items.iter().map(Value::to_display).collect(),
            other => vec![other.to_display()],
        }
    }

    /// A property of an object or hashtable, by case-insensitive name.
    pub fn property(&self, name: &str) -> Option<Value> {
        match self {
            Value::Object(o) => o.borrow().get(name).cloned(),
            Value::Hashtable(h) => h.borrow().get(name).cloned(),
            other => crate::adapted::property(other, name),
        }
    }
}

/// A Double as .NET Framework prints it (`ToString()`, 15 significant digits): `2.5`, `3`,
/// `1.08333333333333`, `1E+20`, `1E-05`.
pub fn format_double(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if v == 0.0 {
        return "0".into();
    }
    let scientific = format!("{v:.14e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if negative { "-" } else { "" };
    if (-4..15).contains(&exponent) {
        let point = exponent + 1;
        let text = if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}", "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        return format!("{sign}{text}");
    }
    let (first, rest) = digits.split_at(1);
    let fraction = if rest.is_empty() {
        String::new()
    } else {
        format!(".{rest}")
    };
    let exponent_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{sign}{first}{fraction}E{exponent_sign}{:02}",
        exponent.abs()
    )
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::str(s)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashtable_keys_ignore_case_keep_order_and_survive_removal() {
        let mut table = Hashtable::default();
        for (key, value) in [("Port", 1), ("Range", 2), ("Site", 3), ("PORT", 4)] {
            table.insert(Value::str(key), Value::Int32(value));
        }
        let keys: Vec<String> = table
            .entries()
            .iter()
            .map(|(k, _)| k.to_display())
            .collect();
        assert_eq!(keys, ["Port", "Range", "Site"]);
        assert_eq!(table.get("port"), Some(&Value::Int32(4)));
        assert_eq!(table.remove("RANGE"), Some(Value::Int32(2)));
        assert_eq!(table.remove("Range"), None);
        assert_eq!(table.get("site"), Some(&Value::Int32(3)));
        table.insert(Value::Int32(7), Value::Bool(true));
        assert_eq!(table.get("7"), Some(&Value::Bool(true)));
        assert_eq!(table.len(), 3);
        let mut same = Hashtable::default();
        for (key, value) in table.entries() {
            same.insert(key.clone(), value.clone());
        }
        assert_eq!(same, table);
    }

    use super::*;

    #[test]
    fn timespan_parse_and_display() {
        assert_eq!(TimeSpan::parse("22:00:00").unwrap().to_string(), "22:00:00");
        assert_eq!(
            TimeSpan::parse("1.02:00:00").unwrap().to_string(),
            "1.02:00:00"
        );
        assert_eq!(
            TimeSpan::parse("15.00:00:00").unwrap().to_string(),
            "15.00:00:00"
        );
        assert_eq!(TimeSpan::parse("22").unwrap().to_string(), "22.00:00:00");
        assert_eq!(
            TimeSpan::parse("00:00:00.5").unwrap().to_string(),
            "00:00:00.5000000"
        );
        assert_eq!(TimeSpan::parse("00:30").unwrap().to_string(), "00:30:00");
        assert!(TimeSpan::parse("abc").is_none());
        assert!(TimeSpan::parse("25:00:00").is_none());
        assert!(TimeSpan::parse("").is_none());
        let largest = "10675199.02:48:05.4775807";
        assert_eq!(TimeSpan::parse(largest).unwrap().to_string(), largest);
        assert!(TimeSpan::parse("10675199.02:48:05.4775808").is_none());
        assert!(TimeSpan::parse("-10675199.02:48:05.4775809").is_none());
    }

    #[test]
    fn truthiness() {
        assert!(!Value::str("").is_truthy());
        assert!(Value::str("False").is_truthy());
        assert!(!Value::Int32(0).is_truthy());
        assert!(!Value::array(vec![]).is_truthy());
        assert!(!Value::array(vec![Value::Bool(false)]).is_truthy());
    }

    #[test]
    fn doubles_print_like_dotnet() {
        assert_eq!(format_double(2.5), "2.5");
        assert_eq!(format_double(3.0), "3");
        assert_eq!(format_double(26.0 / 24.0), "1.08333333333333");
        assert_eq!(format_double(1e20), "1E+20");
        assert_eq!(format_double(0.00001), "1E-05");
        assert_eq!(format_double(0.0001), "0.0001");
        assert_eq!(format_double(-2.5), "-2.5");
        assert_eq!(format_double(123456789012345.0), "123456789012345");
        assert_eq!(format_double(0.1 + 0.2), "0.3");
    }
}
