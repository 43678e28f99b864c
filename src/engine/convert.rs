//! Argument conversion at bind time, with PowerShell's messages for each failure.

use crate::signature::ParamType;
use crate::value::{DateTime, EnumValue, TimeSpan, Value};
use std::rc::Rc;

/// Why a value could not be converted. `id` is the ErrorId; `message` the full text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvertError {
    pub id: &'static str,
    pub message: String,
}

fn cannot_convert_argument(
    parameter: &str,
    value: &Value,
    ty: &ParamType,
    extra: &str,
) -> ConvertError {
    ConvertError {
        id: "CannotConvertArgument",
        message: format!(
            "Cannot convert '{}' to the type '{}' required by parameter '{parameter}'. {extra}",
            value.type_name(),
            ty.dotnet_name()
        ),
    }
}

fn cannot_bind(parameter: &str, shown: &str, ty: &ParamType, inner: &str) -> ConvertError {
    ConvertError {
        id: "CannotConvertArgumentNoMessage",
        message: format!(
            "Cannot bind parameter '{parameter}'. Cannot convert value \"{shown}\" to type \"{}\". Error: \"{inner}\"",
            ty.dotnet_name()
        ),
    }
}

fn null_not_allowed(parameter: &str) -> ConvertError {
    ConvertError {
        id: "ParameterArgumentValidationErrorNullNotAllowed",
        message: format!("Cannot bind argument to parameter '{parameter}' because it is null."),
    }
}

/// .NET's overflow text for an integer type (`... for a UInt16.`, `... for an Int32.`).
fn overflow_text(ty: &ParamType) -> String {
    if *ty == ParamType::Byte {
        return "Value was either too large or too small for an unsigned byte.".into();
    }
    let name = ty.syntax_name();
    let article = if name.starts_with('I') { "an" } else { "a" };
    format!("Value was either too large or too small for {article} {name}.")
}

fn integer_bounds(ty: &ParamType) -> Option<(i128, i128)> {
    Some(match ty {
        ParamType::Byte => (0, u8::MAX as i128),
        ParamType::UInt16 => (0, u16::MAX as i128),
        ParamType::UInt32 => (0, u32::MAX as i128),
        ParamType::UInt64 => (0, u64::MAX as i128),
        ParamType::Int16 => (i16::MIN as i128, i16::MAX as i128),
        ParamType::Int32 => (i32::MIN as i128, i32::MAX as i128),
        ParamType::Int64 => (i64::MIN as i128, i64::MAX as i128),
        _ => return None,
    })
}

fn make_integer(ty: &ParamType, v: i128) -> Value {
    match ty {
        ParamType::Byte => Value::Byte(v as u8),
        ParamType::UInt16 => Value::UInt16(v as u16),
        ParamType::UInt32 => Value::UInt32(v as u32),
        ParamType::UInt64 => Value::UInt64(v as u64),
        ParamType::Int16 | ParamType::Int32 => Value::Int32(v as i32),
        _ => Value::Int64(v as i64),
    }
}

/// Rounds half to even, as .NET's Convert does for Double to integer.
fn round_even(v: f64) -> f64 {
    let r = v.round();
    if (v - v.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - v.signum()
    } else {
        r
    }
}

fn to_integer(parameter: &str, value: &Value, ty: &ParamType) -> Result<Value, ConvertError> {
    let (min, max) = integer_bounds(ty).unwrap_or((i64::MIN as i128, i64::MAX as i128));
    let shown = value.to_display();
    let n: i128 = match value {
        Value::Null => 0,
        Value::Bool(b) | Value::Switch(b) => *b as i128,
        Value::Double(d) => {
            let r = round_even(*d);
            if !r.is_finite() || r < min as f64 || r > max as f64 {
                return Err(cannot_bind(parameter, &shown, ty, &overflow_text(ty)));
            }
            r as i128
        }
        Value::Str(s) => {
            let text = s.trim();
            let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(cannot_bind(
                    parameter,
                    &shown,
                    ty,
                    "Input string was not in a correct format.",
                ));
            }
            match text.parse::<i128>() {
                Ok(n) => n,
                Err(_) => return Err(cannot_bind(parameter, &shown, ty, &overflow_text(ty))),
            }
        }
        Value::Enum(_)
        | Value::TimeSpan(_)
        | Value::Array(_)
        | Value::Hashtable(_)
        | Value::Object(_)
        | Value::ScriptBlock(_)
        | Value::Type(_)
        | Value::Error(_)
        | Value::Formatted(_) => {
            return Err(cannot_convert_argument(parameter, value, ty, ""));
        }
        other => other.as_i128().unwrap_or(0),
    };
    if n < min || n > max {
        return Err(cannot_bind(parameter, &shown, ty, &overflow_text(ty)));
    }
    Ok(make_integer(ty, n))
}

/// An enum member by exact, case-insensitive or unique-prefix name.
fn to_enum(
    parameter: &str,
    value: &Value,
    ty: &ParamType,
    name: &str,
    values: &[String],
) -> Result<Value, ConvertError> {
    let make = |member: &str| {
        Value::Enum(Rc::new(EnumValue {
            type_name: name.to_string(),
            name: member.to_string(),
        }))
    };
    if let Value::Enum(e) = value {
        if values.iter().any(|v| v == &e.name) {
            return Ok(value.clone());
        }
    }
    if let Some(index) = value.as_i128() {
        return match usize::try_from(index).ok().and_then(|i| values.get(i)) {
            Some(member) => Ok(make(member)),
            None => Err(cannot_bind(
                parameter,
                &value.to_display(),
                ty,
                "Value is not valid for this enumeration.",
            )),
        };
    }
    let text = value.to_display();
    let typed = text.trim();
    if let Some(member) = values.iter().find(|v| v.eq_ignore_ascii_case(typed)) {
        return Ok(make(member));
    }
    let prefixed: Vec<&String> = values
        .iter()
        .filter(|v| {
            !typed.is_empty()
                && v.to_ascii_lowercase()
                    .starts_with(&typed.to_ascii_lowercase())
        })
        .collect();
    match prefixed.as_slice() {
        [one] => Ok(make(one)),
        [] => Err(cannot_bind(
            parameter,
            &text,
            ty,
            &format!(
                "Unable to match the identifier name {text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{}",
                values.join(", ")
            ),
        )),
        several => Err(cannot_bind(
            parameter,
            &text,
            ty,
            &format!(
                "The identifier name {text} cannot be processed because it is either too similar or identical to the following enumerator names: {}. Use a more specific identifier name.",
                several.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

/// Checks a converted value against an inclusive range written in the parameter's type; the
/// error is PowerShell's ValidateRange text (without the `Cannot validate argument` lead-in).
pub fn check_range(value: &Value, min: &str, max: &str, ty: &ParamType) -> Result<(), String> {
    // A range on an array parameter holds for each of its items.
    if let ParamType::Array(item_type) = ty {
        return value
            .clone()
            .into_items()
            .iter()
            .try_for_each(|item| check_range(item, min, max, item_type));
    }
    let (Ok(low), Ok(high)) = (
        convert_argument("", &Value::str(min), ty),
        convert_argument("", &Value::str(max), ty),
    ) else {
        return Ok(());
    };
    let order = |a: &Value, b: &Value| match (a, b) {
        (Value::TimeSpan(x), Value::TimeSpan(y)) => Some(x.cmp(y)),
        _ => Some(a.as_i128()?.cmp(&b.as_i128()?)),
    };
    let shown = value.to_display();
    if order(value, &low).is_some_and(|o| o.is_lt()) {
        return Err(format!("The {shown} argument is less than the minimum allowed range of {min}. Supply an argument that is greater than or equal to {min} and then try the command again."));
    }
    if order(value, &high).is_some_and(|o| o.is_gt()) {
        return Err(format!("The {shown} argument is greater than the maximum allowed range of {max}. Supply an argument that is less than or equal to {max} and then try the command again."));
    }
    Ok(())
}

/// Converts an argument for parameter `parameter` of type `ty`, as a compiled cmdlet would.
pub fn convert_argument(
    parameter: &str,
    value: &Value,
    ty: &ParamType,
) -> Result<Value, ConvertError> {
    match ty {
        ParamType::Bool | ParamType::Switch => match value {
            Value::Bool(b) | Value::Switch(b) => Ok(if *ty == ParamType::Switch { Value::Switch(*b) } else { Value::Bool(*b) }),
            Value::Null if *ty == ParamType::Bool => Err(null_not_allowed(parameter)),
            v if v.is_number() => {
                let b = v.as_f64() != 0.0;
                Ok(if *ty == ParamType::Switch { Value::Switch(b) } else { Value::Bool(b) })
            }
            Value::Array(items) if items.len() == 1 => convert_argument(parameter, &items[0], ty),
            other => Err(cannot_convert_argument(parameter, other, ty, "")),
        },
        ParamType::Byte
        | ParamType::UInt16
        | ParamType::UInt32
        | ParamType::UInt64
        | ParamType::Int16
        | ParamType::Int32
        | ParamType::Int64 => {
            match value {
                Value::Array(items) if items.len() == 1 => to_integer(parameter, &items[0], ty),
                Value::Array(_) => Err(cannot_convert_argument(parameter, value, ty, "Specified method is not supported.")),
                other => to_integer(parameter, other, ty),
            }
        }
        ParamType::Double => match value {
            Value::Str(s) => s
                .trim()
                .parse::<f64>()
                .map(Value::Double)
                .map_err(|_| cannot_bind(parameter, s, ty, "Input string was not in a correct format.")),
            v if v.is_number() => Ok(Value::Double(v.as_f64())),
            Value::Null => Ok(Value::Double(0.0)),
            other => Err(cannot_convert_argument(parameter, other, ty, "")),
        },
        ParamType::String => match value {
            Value::Array(items) if items.len() == 1 => convert_argument(parameter, &items[0], ty),
            Value::Array(_) => Err(cannot_convert_argument(parameter, value, ty, "Specified method is not supported.")),
            Value::Null => Ok(Value::Null),
            other => Ok(Value::str(other.to_display())),
        },
        ParamType::XdsIdentity => match value {
            Value::Array(items) if items.len() == 1 => convert_argument(parameter, &items[0], ty),
            Value::Array(_) => Err(cannot_convert_argument(parameter, value, ty, "Specified method is not supported.")),
            Value::Null => Err(null_not_allowed(parameter)),
            other => Ok(Value::str(other.to_display())),
        },
        ParamType::TimeSpan => match value {
            Value::TimeSpan(_) => Ok(value.clone()),
            Value::Str(s) => TimeSpan::parse(s)
                .map(Value::TimeSpan)
                .ok_or_else(|| cannot_bind(parameter, s, ty, "String was not recognized as a valid TimeSpan.")),
            Value::Int32(_) | Value::Int64(_) | Value::Byte(_) | Value::UInt16(_) | Value::UInt32(_) | Value::UInt64(_) => {
                Ok(Value::TimeSpan(TimeSpan(value.as_i128().unwrap_or(0) as i64)))
            }
            Value::Null => Err(null_not_allowed(parameter)),
            other => Err(cannot_bind(
                parameter,
                &other.to_display(),
                ty,
                "String was not recognized as a valid TimeSpan.",
            )),
        },
        ParamType::Enum { name, values } => match value {
            Value::Null => Err(null_not_allowed(parameter)),
            other => to_enum(parameter, other, ty, name, values),
        },
        ParamType::ScriptBlock => match value {
            Value::ScriptBlock(_) => Ok(value.clone()),
            other => Err(ConvertError {
                id: "CannotConvertArgumentNoMessage",
                message: format!(
                    "Cannot bind parameter '{parameter}'. Cannot convert the \"{}\" value of type \"{}\" to type \"System.Management.Automation.ScriptBlock\".",
                    other.to_display(),
                    other.type_name()
                ),
            }),
        },
        ParamType::Hashtable => match value {
            Value::Hashtable(_) => Ok(value.clone()),
            other => Err(ConvertError {
                id: "CannotConvertArgumentNoMessage",
                message: format!(
                    "Cannot bind parameter '{parameter}'. Cannot convert the \"{}\" value of type \"{}\" to type \"System.Collections.Hashtable\".",
                    other.to_display(),
                    other.type_name()
                ),
            }),
        },
        ParamType::Array(inner) => {
            let items = match value {
                Value::Array(items) => items.to_vec(),
                Value::Null => return Ok(Value::Null),
                other => vec![other.clone()],
            };
            let converted: Result<Vec<Value>, ConvertError> =
                items.iter().map(|item| convert_argument(parameter, item, inner)).collect();
            Ok(Value::array(converted?))
        }
        ParamType::DateTime => match value {
            Value::DateTime(_) => Ok(value.clone()),
            Value::Array(items) if items.len() == 1 => convert_argument(parameter, &items[0], ty),
            Value::Null => Err(null_not_allowed(parameter)),
            v if v.as_i128().is_some_and(|t| (0..=crate::datetime::MAX_TICKS as i128).contains(&t)) => {
                Ok(Value::DateTime(DateTime(v.as_i128().unwrap_or(0) as i64)))
            }
            other => {
                let text = other.to_display();
                DateTime::parse(&text)
                    .map(Value::DateTime)
                    .ok_or_else(|| cannot_bind(parameter, &text, ty, "String was not recognized as a valid DateTime."))
            }
        },
        ParamType::ListModifier => crate::list_modifier::normalize(parameter, value),
        ParamType::ObjectListModifier(item) => {
            crate::list_modifier::normalize_objects(parameter, value, item)
        }
        ParamType::Object | ParamType::Other(_) => Ok(value.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(value: Value, ty: ParamType) -> String {
        convert_argument("P", &value, &ty)
            .expect_err("should fail")
            .message
    }

    #[test]
    fn booleans_take_true_false_and_numbers() {
        assert_eq!(
            convert_argument("P", &Value::Bool(true), &ParamType::Bool),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            convert_argument("P", &Value::Int32(0), &ParamType::Bool),
            Ok(Value::Bool(false))
        );
        assert_eq!(
            convert_argument("P", &Value::Int32(5), &ParamType::Bool),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            fails(Value::str("True"), ParamType::Bool),
            "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'P'. "
        );
        assert_eq!(
            fails(Value::Null, ParamType::Bool),
            "Cannot bind argument to parameter 'P' because it is null."
        );
    }

    #[test]
    fn integers_overflow_and_format_errors() {
        assert_eq!(
            convert_argument("P", &Value::Int32(50020), &ParamType::UInt16),
            Ok(Value::UInt16(50020))
        );
        assert_eq!(
            convert_argument("P", &Value::str("42"), &ParamType::UInt32),
            Ok(Value::UInt32(42))
        );
        assert_eq!(
            fails(Value::Int32(70000), ParamType::UInt16),
            "Cannot bind parameter 'P'. Cannot convert value \"70000\" to type \"System.UInt16\". Error: \"Value was either too large or too small for a UInt16.\""
        );
        assert_eq!(
            fails(Value::Int32(-1), ParamType::UInt32),
            "Cannot bind parameter 'P'. Cannot convert value \"-1\" to type \"System.UInt32\". Error: \"Value was either too large or too small for a UInt32.\""
        );
        assert_eq!(
            fails(Value::str("abc"), ParamType::UInt16),
            "Cannot bind parameter 'P'. Cannot convert value \"abc\" to type \"System.UInt16\". Error: \"Input string was not in a correct format.\""
        );
        assert!(fails(Value::Int64(1 << 40), ParamType::Int32).ends_with("for an Int32.\""));
    }

    #[test]
    fn timespans_and_enums() {
        assert_eq!(
            convert_argument("P", &Value::str("22:00:00"), &ParamType::TimeSpan),
            Ok(Value::TimeSpan(TimeSpan::from_seconds(22 * 3600)))
        );
        assert!(fails(Value::str("abc"), ParamType::TimeSpan)
            .ends_with("String was not recognized as a valid TimeSpan.\""));
        let ty = ParamType::Enum {
            name: "E".into(),
            values: vec!["SupportEncryption".into(), "RequireEncryption".into()],
        };
        let got = convert_argument("P", &Value::str("requireencryption"), &ty).unwrap();
        assert_eq!(got.to_display(), "RequireEncryption");
        assert_eq!(
            convert_argument("P", &Value::str("sup"), &ty)
                .unwrap()
                .to_display(),
            "SupportEncryption"
        );
        assert!(fails(Value::str("Sometimes"), ty).contains("SupportEncryption, RequireEncryption"));
    }

    #[test]
    fn strings_refuse_arrays() {
        assert_eq!(
            fails(Value::array(vec![Value::str("a"), Value::str("b")]), ParamType::String),
            "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'P'. Specified method is not supported."
        );
    }
}
