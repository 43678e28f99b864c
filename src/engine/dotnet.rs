//! The .NET members scripts reach through values and type literals: static members such as
//! `[DateTime]::Now` and `[int]::MaxValue`, and the methods of strings, collections,
//! hashtables, dates and time spans. Anything else would need the host's .NET runtime and
//! fails with a clear "not supported by lyncsh" error.

use crate::datetime::DateTime;
use crate::error::ErrorCategory;
use crate::value::{TimeSpan, Value, TICKS_PER_SECOND};
use std::rc::Rc;

use super::eval::loose_eq;

/// Why a member could not be used; the engine adds the position.
pub struct MemberError {
    pub message: String,
    pub id: &'static str,
    pub category: ErrorCategory,
}

type MemberResult = Result<Value, MemberError>;

fn not_supported(message: String) -> MemberError {
    MemberError {
        message,
        id: "NotSupportedByLyncsh",
        category: ErrorCategory::NotImplemented,
    }
}

/// .NET's text when a method throws: `Exception calling "AddDays" with "1" argument(s): "..."`.
fn exception(method: &str, args: &[Value], detail: &str) -> MemberError {
    MemberError {
        message: format!(
            "Exception calling \"{method}\" with \"{}\" argument(s): \"{detail}\"",
            args.len()
        ),
        id: "MethodInvocationException",
        category: ErrorCategory::NotSpecified,
    }
}

/// The canonical short name of a type literal (`System.DateTime` → `datetime`).
fn type_key(type_name: &str) -> String {
    let lower = type_name.to_ascii_lowercase();
    lower.strip_prefix("system.").unwrap_or(&lower).to_string()
}

/// `[Type]::Member`.
pub fn static_member(type_name: &str, name: &str) -> MemberResult {
    let value = match (type_key(type_name).as_str(), name.to_ascii_lowercase().as_str()) {
        ("int" | "int32", "maxvalue") => Value::Int32(i32::MAX),
        ("int" | "int32", "minvalue") => Value::Int32(i32::MIN),
        ("long" | "int64", "maxvalue") => Value::Int64(i64::MAX),
        ("uint16", "maxvalue") => Value::UInt16(u16::MAX),
        ("uint32", "maxvalue") => Value::UInt32(u32::MAX),
        ("timespan", "zero") => Value::TimeSpan(TimeSpan(0)),
        ("string", "empty") => Value::str(""),
        ("datetime", "now") => Value::DateTime(DateTime::now()),
        ("datetime", "utcnow") => Value::DateTime(DateTime::now()),
        ("datetime", "today") => Value::DateTime(DateTime::now().date()),
        ("datetime", "minvalue") => Value::DateTime(DateTime(0)),
        ("datetime", "maxvalue") => Value::DateTime(DateTime(crate::datetime::MAX_TICKS)),
        _ => {
            return Err(not_supported(format!(
                "lyncsh does not support [{type_name}]::{name}: it would reach the host's .NET runtime."
            )))
        }
    };
    Ok(value)
}

/// `[Type]::Method(args)`.
pub fn static_method(type_name: &str, name: &str, args: &[Value]) -> MemberResult {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let int = |i: usize| {
        arg(i)
            .as_i128()
            .or_else(|| arg(i).to_display().trim().parse().ok())
    };
    match (
        type_key(type_name).as_str(),
        name.to_ascii_lowercase().as_str(),
    ) {
        ("datetime", "parse") => DateTime::parse(&arg(0).to_display())
            .map(Value::DateTime)
            .ok_or_else(|| {
                exception(
                    "Parse",
                    args,
                    "String was not recognized as a valid DateTime.",
                )
            }),
        ("datetime", "isleapyear") => Ok(Value::Bool(crate::datetime::is_leap_year(
            int(0).unwrap_or(0) as i64,
        ))),
        ("datetime", "daysinmonth") => match (int(0), int(1)) {
            (Some(y), Some(m)) if (1..=9999).contains(&y) && (1..=12).contains(&m) => Ok(
                Value::Int32(crate::datetime::days_in_month(y as i64, m as i64) as i32),
            ),
            _ => Err(exception(
                "DaysInMonth",
                args,
                "Year or month is out of range.",
            )),
        },
        ("timespan", "parse") => TimeSpan::parse(&arg(0).to_display())
            .map(Value::TimeSpan)
            .ok_or_else(|| {
                exception(
                    "Parse",
                    args,
                    "String was not recognized as a valid TimeSpan.",
                )
            }),
        ("timespan", "fromdays") => span_from(args, "FromDays", 86_400.0),
        ("timespan", "fromhours") => span_from(args, "FromHours", 3_600.0),
        ("timespan", "fromminutes") => span_from(args, "FromMinutes", 60.0),
        ("timespan", "fromseconds") => span_from(args, "FromSeconds", 1.0),
        ("string", "isnullorempty") => Ok(Value::Bool(arg(0).to_display().is_empty())),
        // [string]::Format("{0} {1}", a, b), or with the arguments in one array, as -f.
        ("string", "format") => {
            let values: Vec<Value> = match args.get(1..) {
                Some([one]) => one.clone().into_items(),
                Some(rest) => rest.to_vec(),
                None => Vec::new(),
            };
            super::eval::format_operator(&arg(0).to_display(), &values)
                .map(Value::str)
                .map_err(|failure| {
                    let detail = match failure {
                        super::eval::FormatFailure::TooLong => "The string would be too long.",
                        super::eval::FormatFailure::InvalidSpecifier => {
                            super::eval::INVALID_SPECIFIER
                        }
                    };
                    exception("Format", args, detail)
                })
        }
        ("string", "join") => Ok(Value::str(
            args.iter()
                .skip(1)
                .flat_map(|a| a.clone().into_items())
                .map(|v| v.to_display())
                .collect::<Vec<_>>()
                .join(&arg(0).to_display()),
        )),
        ("char", "isdigit") => Ok(Value::Bool(
            arg(0)
                .to_display()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit()),
        )),
        _ => Err(not_supported(format!(
            "lyncsh does not support calling the static method [{type_name}]::{name}()."
        ))),
    }
}

fn span_from(args: &[Value], method: &str, seconds_per_unit: f64) -> MemberResult {
    let amount = args.first().map_or(f64::NAN, number);
    let ticks = amount * seconds_per_unit * TICKS_PER_SECOND as f64;
    if ticks.is_finite() && ticks.abs() < i64::MAX as f64 {
        Ok(Value::TimeSpan(TimeSpan(ticks.round() as i64)))
    } else {
        Err(exception(
            method,
            args,
            "TimeSpan overflowed because the duration is too long.",
        ))
    }
}

fn number(v: &Value) -> f64 {
    if v.is_number() {
        v.as_f64()
    } else {
        v.to_display().trim().parse().unwrap_or(f64::NAN)
    }
}

/// `$value.Method(args)`.
pub fn method(target: &Value, name: &str, args: &[Value]) -> MemberResult {
    let lower = name.to_ascii_lowercase();
    let text = |i: usize| args.get(i).map(Value::to_display).unwrap_or_default();
    let value = match (target, lower.as_str()) {
        (Value::Null, _) => {
            return Err(MemberError {
                message: "You cannot call a method on a null-valued expression.".into(),
                id: "InvokeMethodOnNull",
                category: ErrorCategory::InvalidOperation,
            })
        }
        (Value::DateTime(d), _) => return date_method(*d, name, args),
        (Value::Object(_), "tohtml" | "toxml") if args.is_empty() => {
            match crate::format::transaction_log::method(target, &lower) {
                Some(text) => text,
                None => return Err(no_method(target, name)),
            }
        }
        (_, "tostring") => match args.first() {
            Some(format) => Value::str(
                super::eval::formatted(target, &format.to_display())
                    .map_err(|_| exception("ToString", args, super::eval::INVALID_SPECIFIER))?,
            ),
            None => Value::str(target.to_display()),
        },
        (_, "gettype") => Value::Type(Rc::from(target.type_name().as_str())),
        (_, "equals") => Value::Bool(loose_eq(target, args.first().unwrap_or(&Value::Null), true)),
        (Value::Str(s), "tolower") => Value::str(s.to_lowercase()),
        (Value::Str(s), "toupper") => Value::str(s.to_uppercase()),
        (Value::Str(s), "trim") => Value::str(s.trim()),
        (Value::Str(s), "trimstart") => Value::str(s.trim_start()),
        (Value::Str(s), "trimend") => Value::str(s.trim_end()),
        (Value::Str(s), "contains") => Value::Bool(s.contains(text(0).as_str())),
        (Value::Str(s), "startswith") => Value::Bool(s.starts_with(text(0).as_str())),
        (Value::Str(s), "endswith") => Value::Bool(s.ends_with(text(0).as_str())),
        (Value::Str(s), "indexof") => Value::Int32(
            s.find(text(0).as_str())
                .map_or(-1, |at| s[..at].chars().count() as i32),
        ),
        (Value::Str(s), "replace") => Value::str(s.replace(text(0).as_str(), &text(1))),
        (Value::Str(s), "split") => {
            let separators: Vec<char> = text(0).chars().collect();
            Value::array(
                s.split(|c| separators.contains(&c))
                    .map(Value::str)
                    .collect(),
            )
        }
        (Value::Str(s), "substring") => {
            let chars: Vec<char> = s.chars().collect();
            let start = args.first().and_then(Value::as_i128).unwrap_or(0);
            let len = args
                .get(1)
                .and_then(Value::as_i128)
                .unwrap_or(chars.len() as i128 - start);
            if start < 0 || len < 0 || start + len > chars.len() as i128 {
                return Err(exception(
                    "Substring",
                    args,
                    "Index and length must refer to a location within the string.",
                ));
            }
            let (start, len) = (start as usize, len as usize);
            Value::str(chars[start..start + len].iter().collect::<String>())
        }
        (Value::Hashtable(h), "add") => {
            let key = args.first().cloned().unwrap_or_default();
            if h.borrow().get(&key.to_display()).is_some() {
                return Err(exception(
                    "Add",
                    args,
                    &format!(
                        "Item has already been added. Key in dictionary: '{}'  Key being added: '{}'",
                        key.to_display(),
                        key.to_display()
                    ),
                ));
            }
            h.borrow_mut()
                .insert(key, args.get(1).cloned().unwrap_or_default());
            Value::Null
        }
        (Value::Hashtable(h), "remove") => {
            let key = text(0);
            h.borrow_mut().remove(&key);
            Value::Null
        }
        (Value::Hashtable(h), "containskey") => Value::Bool(h.borrow().get(&text(0)).is_some()),
        (Value::Array(items), "contains") => Value::Bool(
            items
                .iter()
                .any(|i| loose_eq(i, args.first().unwrap_or(&Value::Null), false)),
        ),
        (Value::Array(_), "add" | "remove" | "clear" | "removeat" | "insert") => {
            return Err(exception(name, args, "Collection was of a fixed size."))
        }
        (Value::Array(items), "indexof") => Value::Int32(
            items
                .iter()
                .position(|i| loose_eq(i, args.first().unwrap_or(&Value::Null), false))
                .map_or(-1, |at| at as i32),
        ),
        _ => return Err(no_method(target, name)),
    };
    Ok(value)
}

fn no_method(target: &Value, name: &str) -> MemberError {
    MemberError {
        message: format!(
            "Method invocation failed because [{}] does not contain a method named '{name}'.",
            target.type_name()
        ),
        id: "MethodNotFound",
        category: ErrorCategory::InvalidOperation,
    }
}

/// The methods that change a list (`Add`, `Remove`, `Clear`, `RemoveAt`, `Insert`): the changed list and what the
/// method returns (`Remove` tells whether it found the item), or `None` for other methods.
pub fn list_method(items: &[Value], name: &str, args: &[Value]) -> Option<(Value, Value)> {
    let arg = args.first().cloned().unwrap_or_default();
    let mut list = items.to_vec();
    let result = match name.to_ascii_lowercase().as_str() {
        "add" => {
            list.push(arg);
            Value::Null
        }
        "remove" => {
            let at = list.iter().position(|item| loose_eq(item, &arg, false));
            if let Some(at) = at {
                list.remove(at);
            }
            Value::Bool(at.is_some())
        }
        "clear" => {
            list.clear();
            Value::Null
        }
        // An index outside the list leaves it as it is.
        "removeat" => {
            if let Some(at) = arg.as_i128().and_then(|n| usize::try_from(n).ok()) {
                if at < list.len() {
                    list.remove(at);
                }
            }
            Value::Null
        }
        "insert" => {
            let at = arg.as_i128().and_then(|n| usize::try_from(n).ok());
            let item = args.get(1).cloned().unwrap_or_default();
            match at {
                Some(at) if at <= list.len() => list.insert(at, item),
                _ => list.push(item),
            }
            Value::Null
        }
        _ => return None,
    };
    Some((Value::array(list), result))
}

fn date_method(d: DateTime, name: &str, args: &[Value]) -> MemberResult {
    let lower = name.to_ascii_lowercase();
    let unrepresentable = || {
        exception(
            name,
            args,
            "The added or subtracted value results in an un-representable DateTime.",
        )
    };
    let amount = args.first().map_or(f64::NAN, number);
    let add_scaled = |seconds_per_unit: f64| {
        let ticks = amount * seconds_per_unit * TICKS_PER_SECOND as f64;
        if !ticks.is_finite() || ticks.abs() > i64::MAX as f64 {
            return Err(unrepresentable());
        }
        d.add_ticks(ticks.round() as i64)
            .map(Value::DateTime)
            .ok_or_else(unrepresentable)
    };
    match lower.as_str() {
        "adddays" => add_scaled(86_400.0),
        "addhours" => add_scaled(3_600.0),
        "addminutes" => add_scaled(60.0),
        "addseconds" => add_scaled(1.0),
        "addmilliseconds" => add_scaled(0.001),
        "addticks" => add_scaled(1.0 / TICKS_PER_SECOND as f64),
        "addmonths" | "addyears" => {
            let months = if lower == "addyears" { amount * 12.0 } else { amount };
            if !months.is_finite() || months.abs() > 120_000.0 {
                return Err(unrepresentable());
            }
            d.add_months(months as i64)
                .map(Value::DateTime)
                .ok_or_else(unrepresentable)
        }
        "add" => match args.first() {
            Some(Value::TimeSpan(t)) => d.add_ticks(t.0).map(Value::DateTime).ok_or_else(unrepresentable),
            _ => Err(exception(name, args, "The argument must be a TimeSpan.")),
        },
        "subtract" => match args.first() {
            Some(Value::TimeSpan(t)) => d.add_ticks(-t.0).map(Value::DateTime).ok_or_else(unrepresentable),
            Some(Value::DateTime(other)) => Ok(Value::TimeSpan(TimeSpan(d.0 - other.0))),
            _ => Err(exception(name, args, "The argument must be a DateTime or a TimeSpan.")),
        },
        "tostring" => Ok(Value::str(match args.first() {
            Some(format) => d.format(&format.to_display()),
            None => d.general(),
        })),
        "toshortdatestring" => Ok(Value::str(d.format("d"))),
        "tolongdatestring" => Ok(Value::str(d.format("D"))),
        "toshorttimestring" => Ok(Value::str(d.format("t"))),
        "tolongtimestring" => Ok(Value::str(d.format("T"))),
        "touniversaltime" | "tolocaltime" => Ok(Value::DateTime(d)),
        "compareto" => Ok(Value::Int32(match args.first() {
            Some(Value::DateTime(other)) => d.cmp(other) as i32,
            _ => 1,
        })),
        "equals" => Ok(Value::Bool(matches!(args.first(), Some(Value::DateTime(o)) if *o == d))),
        "gettype" => Ok(Value::Type(Rc::from("System.DateTime"))),
        _ => Err(MemberError {
            message: format!(
                "Method invocation failed because [System.DateTime] does not contain a method named '{name}'."
            ),
            id: "MethodNotFound",
            category: ErrorCategory::InvalidOperation,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_held_by_objects_remove_at_and_insert_by_index() {
        let list = [Value::str("a"), Value::str("b"), Value::str("c")];
        let (changed, _) = list_method(&list, "RemoveAt", &[Value::Int32(1)]).unwrap();
        assert_eq!(
            changed,
            Value::array(vec![Value::str("a"), Value::str("c")])
        );
        let (same, _) = list_method(&list, "removeat", &[Value::Int32(9)]).unwrap();
        assert_eq!(same, Value::array(list.to_vec()));
        let (inserted, _) =
            list_method(&list, "Insert", &[Value::Int32(0), Value::str("z")]).unwrap();
        assert_eq!(inserted.into_items()[0], Value::str("z"));
    }

    fn date(text: &str) -> Value {
        Value::DateTime(DateTime::parse(text).unwrap())
    }

    #[test]
    fn date_methods_compute_like_dotnet() {
        let d = date("3/5/2013 2:07:09 PM");
        let added = method(&d, "AddDays", &[Value::Int32(30)]).ok().unwrap();
        assert_eq!(added.to_display(), "04/04/2013 14:07:09");
        let back = method(&added, "Subtract", std::slice::from_ref(&d))
            .ok()
            .unwrap();
        assert_eq!(back.to_display(), "30.00:00:00");
        let text = method(&d, "ToString", &[Value::str("yyyyMMdd")])
            .ok()
            .unwrap();
        assert_eq!(text.to_display(), "20130305");
        let max = static_member("DateTime", "MaxValue").ok().unwrap();
        let err = method(&max, "AddDays", &[Value::Int32(1)]).err().unwrap();
        assert!(err.message.contains("un-representable DateTime"));
    }

    #[test]
    fn host_members_are_refused() {
        let err = static_method("System.IO.File", "ReadAllBytes", &[])
            .err()
            .unwrap();
        assert_eq!(err.id, "NotSupportedByLyncsh");
        assert!(static_member("Environment", "UserName").is_err());
    }
}
