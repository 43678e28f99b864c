//! The properties .NET gives values that are not property bags — `DateTime`, `TimeSpan` and
//! `String` — in the order Format-List and Get-Member show them, with their values.

use crate::datetime::DateTime;
use crate::value::{TimeSpan, Value, TICKS_PER_DAY, TICKS_PER_SECOND};

fn date_properties(d: DateTime) -> Vec<(&'static str, Value)> {
    let p = d.parts();
    vec![
        ("Date", Value::DateTime(d.date())),
        ("Day", Value::Int32(p.day as i32)),
        (
            "DayOfWeek",
            Value::enum_value("System.DayOfWeek", d.day_name()),
        ),
        ("DayOfYear", Value::Int32(d.day_of_year() as i32)),
        ("Hour", Value::Int32(p.hour as i32)),
        ("Kind", Value::enum_value("System.DateTimeKind", "Local")),
        ("Millisecond", Value::Int32((p.fraction / 10_000) as i32)),
        ("Minute", Value::Int32(p.minute as i32)),
        ("Month", Value::Int32(p.month as i32)),
        ("Second", Value::Int32(p.second as i32)),
        ("Ticks", Value::Int64(d.0)),
        ("TimeOfDay", Value::TimeSpan(d.time_of_day())),
        ("Year", Value::Int32(p.year as i32)),
        ("DateTime", Value::str(d.long())),
    ]
}

fn span_properties(t: TimeSpan) -> Vec<(&'static str, Value)> {
    let ticks = t.0;
    let seconds = ticks as f64 / TICKS_PER_SECOND as f64;
    let whole = ticks / TICKS_PER_SECOND;
    vec![
        ("Days", Value::Int32((ticks / TICKS_PER_DAY) as i32)),
        ("Hours", Value::Int32((whole / 3600 % 24) as i32)),
        ("Minutes", Value::Int32((whole / 60 % 60) as i32)),
        ("Seconds", Value::Int32((whole % 60) as i32)),
        ("Milliseconds", Value::Int32((ticks / 10_000 % 1000) as i32)),
        ("Ticks", Value::Int64(ticks)),
        ("TotalDays", Value::Double(seconds / 86_400.0)),
        ("TotalHours", Value::Double(seconds / 3600.0)),
        ("TotalMinutes", Value::Double(seconds / 60.0)),
        ("TotalSeconds", Value::Double(seconds)),
        ("TotalMilliseconds", Value::Double(seconds * 1000.0)),
    ]
}

/// The adapted properties of `value`, or `None` when it has none of its own (objects and
/// hashtables keep theirs in the value).
pub fn properties(value: &Value) -> Option<Vec<(&'static str, Value)>> {
    match value {
        Value::DateTime(d) => Some(date_properties(*d)),
        Value::TimeSpan(t) => Some(span_properties(*t)),
        Value::Str(s) => Some(vec![("Length", Value::Int32(s.chars().count() as i32))]),
        _ => None,
    }
}

/// One adapted property by case-insensitive name.
pub fn property(value: &Value, name: &str) -> Option<Value> {
    properties(value)?
        .into_iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_dates_have_their_dotnet_properties() {
        let span = Value::TimeSpan(TimeSpan::parse("1.02:03:04.5").unwrap());
        assert_eq!(property(&span, "hours").unwrap().to_display(), "2");
        assert_eq!(property(&span, "Milliseconds").unwrap().to_display(), "500");
        let date = Value::DateTime(DateTime::parse("3/5/2013 2:07:09 PM").unwrap());
        assert_eq!(
            property(&date, "DayOfWeek").unwrap().to_display(),
            "Tuesday"
        );
        assert_eq!(property(&date, "Hour").unwrap().to_display(), "14");
        assert!(property(&date, "Nope").is_none());
        assert_eq!(properties(&date).unwrap().len(), 14);
    }
}
