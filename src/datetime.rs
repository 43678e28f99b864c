//! `System.DateTime` as scripts use it: a count of 100-nanosecond ticks since 0001-01-01,
//! calendar arithmetic, .NET's standard and custom format strings in the en-US culture,
//! `Get-Date -UFormat`, and parsing of the date texts admins type.
//!
//! lyncsh has no time-zone database: the clock is read as UTC and local time is UTC.

use crate::value::{TimeSpan, TICKS_PER_DAY, TICKS_PER_SECOND};
use std::time::{SystemTime, UNIX_EPOCH};

/// Ticks from 0001-01-01 to 1970-01-01.
pub const UNIX_EPOCH_TICKS: i64 = 621_355_968_000_000_000;
/// 9999-12-31 23:59:59.9999999, DateTime.MaxValue.
pub const MAX_TICKS: i64 = 3_155_378_975_999_999_999;

thread_local! {
    /// How far the lab clock runs ahead of the system clock, in ticks (see [`advance_clock`]).
    static LAB_CLOCK: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// Sets the lab clock to `to` (a lab that starts on a given day): later readings run on from it
/// with the system clock.
pub fn set_clock(to: DateTime) {
    let system = DateTime::from_system_time(SystemTime::now()).0;
    LAB_CLOCK.with(|clock| clock.set(to.0.saturating_sub(system)));
}

/// Moves the lab clock on: Start-Sleep returns at once and the lab's time jumps instead, so a
/// script that waits for replication or a service does not make the student wait.
pub fn advance_clock(ticks: i64) {
    LAB_CLOCK.with(|clock| clock.set(clock.get().saturating_add(ticks.max(0))));
}

const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(pub i64);

/// The calendar fields of a date and time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    /// Ticks within the second (0..10,000,000).
    pub fraction: i64,
}

/// Days from 0001-01-01 to the given proleptic Gregorian date.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 306 // 0000-03-01 is day -306 from 0001-01-01
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 306;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl DateTime {
    /// The current time (UTC; see the module note).
    /// Now on the lab clock: the system clock plus the time Start-Sleep has let pass.
    pub fn now() -> DateTime {
        let offset = LAB_CLOCK.with(|clock| clock.get());
        let ticks = DateTime::from_system_time(SystemTime::now()).0;
        DateTime(ticks.saturating_add(offset).clamp(0, MAX_TICKS))
    }

    /// A moment of the system clock (UTC; see the module note).
    pub fn from_system_time(time: SystemTime) -> DateTime {
        let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
        let ticks = since.as_secs() as i64 * TICKS_PER_SECOND + since.subsec_nanos() as i64 / 100;
        DateTime(UNIX_EPOCH_TICKS + ticks)
    }

    /// A date from its fields, or `None` when a field is out of its range.
    pub fn from_parts(p: Parts) -> Option<DateTime> {
        let valid = (1..=9999).contains(&p.year)
            && (1..=12).contains(&p.month)
            && (1..=days_in_month(p.year, p.month)).contains(&p.day)
            && (0..24).contains(&p.hour)
            && (0..60).contains(&p.minute)
            && (0..60).contains(&p.second)
            && (0..TICKS_PER_SECOND).contains(&p.fraction);
        valid.then(|| {
            let days = days_from_civil(p.year, p.month, p.day);
            let seconds = p.hour * 3600 + p.minute * 60 + p.second;
            DateTime(days * TICKS_PER_DAY + seconds * TICKS_PER_SECOND + p.fraction)
        })
    }

    pub fn parts(self) -> Parts {
        let days = self.0.div_euclid(TICKS_PER_DAY);
        let rest = self.0.rem_euclid(TICKS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        let seconds = rest / TICKS_PER_SECOND;
        Parts {
            year,
            month,
            day,
            hour: seconds / 3600,
            minute: seconds / 60 % 60,
            second: seconds % 60,
            fraction: rest % TICKS_PER_SECOND,
        }
    }

    /// Midnight of the same day (the `Date` property).
    pub fn date(self) -> DateTime {
        DateTime(self.0 - self.0.rem_euclid(TICKS_PER_DAY))
    }

    pub fn time_of_day(self) -> TimeSpan {
        TimeSpan(self.0.rem_euclid(TICKS_PER_DAY))
    }

    /// 0 = Sunday, as .NET's DayOfWeek.
    pub fn day_of_week(self) -> usize {
        (self.0.div_euclid(TICKS_PER_DAY) + 1).rem_euclid(7) as usize
    }

    pub fn day_name(self) -> &'static str {
        DAY_NAMES[self.day_of_week()]
    }

    pub fn day_of_year(self) -> i64 {
        let p = self.parts();
        days_from_civil(p.year, p.month, p.day) - days_from_civil(p.year, 1, 1) + 1
    }

    /// Adds ticks; `None` when the result leaves DateTime's range.
    pub fn add_ticks(self, ticks: i64) -> Option<DateTime> {
        let t = self.0.checked_add(ticks)?;
        (0..=MAX_TICKS).contains(&t).then_some(DateTime(t))
    }

    /// Adds calendar months, keeping the day unless the month is shorter (31 Jan + 1 = 28/29 Feb).
    pub fn add_months(self, months: i64) -> Option<DateTime> {
        let p = self.parts();
        let index = p.year.checked_mul(12)? + (p.month - 1) + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        if !(1..=9999).contains(&year) {
            return None;
        }
        let day = p.day.min(days_in_month(year, month));
        let date = DateTime::from_parts(Parts {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
            fraction: 0,
        })?;
        date.add_ticks(self.time_of_day().0)
    }

    /// The text in string expansion and conversions to string: the invariant culture's
    /// `MM/dd/yyyy HH:mm:ss`.
    pub fn invariant(self) -> String {
        self.format("MM/dd/yyyy HH:mm:ss")
    }

    /// `ToString()` in en-US: `12/1/2026 6:42:55 PM`.
    pub fn general(self) -> String {
        self.format("G")
    }

    /// The `DateTime` script property: long date and long time.
    pub fn long(self) -> String {
        format!("{} {}", self.format("D"), self.format("T"))
    }

    /// .NET's `ToString(format)` in en-US: standard one-letter formats and custom patterns.
    pub fn format(self, format: &str) -> String {
        let pattern = match format {
            "" | "G" => "M/d/yyyy h:mm:ss tt",
            "d" => "M/d/yyyy",
            "D" => "dddd, MMMM d, yyyy",
            "t" => "h:mm tt",
            "T" => "h:mm:ss tt",
            "f" => "dddd, MMMM d, yyyy h:mm tt",
            "F" => "dddd, MMMM d, yyyy h:mm:ss tt",
            "g" => "M/d/yyyy h:mm tt",
            "M" | "m" => "MMMM d",
            "Y" | "y" => "MMMM yyyy",
            "s" => "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
            "u" => "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
            "o" | "O" => "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff",
            "r" | "R" => "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
            custom => custom,
        };
        self.custom(pattern)
    }

    fn custom(self, pattern: &str) -> String {
        let p = self.parts();
        let chars: Vec<char> = pattern.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let hour12 = if p.hour % 12 == 0 { 12 } else { p.hour % 12 };
            let month_name = MONTH_NAMES[(p.month - 1) as usize];
            match c {
                'y' => {
                    let text = match run {
                        1 => (p.year % 100).to_string(),
                        2 => format!("{:02}", p.year % 100),
                        n => format!("{:0n$}", p.year),
                    };
                    out.push_str(&text);
                }
                'M' => out.push_str(&match run {
                    1 => p.month.to_string(),
                    2 => format!("{:02}", p.month),
                    3 => month_name[..3].to_string(),
                    _ => month_name.to_string(),
                }),
                'd' => out.push_str(&match run {
                    1 => p.day.to_string(),
                    2 => format!("{:02}", p.day),
                    3 => self.day_name()[..3].to_string(),
                    _ => self.day_name().to_string(),
                }),
                'h' => out.push_str(&pad(hour12, run)),
                'H' => out.push_str(&pad(p.hour, run)),
                'm' => out.push_str(&pad(p.minute, run)),
                's' => out.push_str(&pad(p.second, run)),
                'f' | 'F' => {
                    let digits = format!("{:07}", p.fraction);
                    let shown = &digits[..run.min(7)];
                    if c == 'F' {
                        out.push_str(shown.trim_end_matches('0'));
                    } else {
                        out.push_str(shown);
                    }
                }
                't' => {
                    let designator = if p.hour < 12 { "AM" } else { "PM" };
                    out.push_str(if run == 1 {
                        &designator[..1]
                    } else {
                        designator
                    });
                }
                'K' | 'z' => {}
                '\'' | '"' => {
                    let end = chars[i + 1..]
                        .iter()
                        .position(|&x| x == c)
                        .map_or(chars.len(), |at| i + 1 + at);
                    out.extend(&chars[i + 1..end]);
                    i = end + 1;
                    continue;
                }
                '\\' => {
                    if let Some(next) = chars.get(i + 1) {
                        out.push(*next);
                    }
                    i += 2;
                    continue;
                }
                '%' if run == 1 => {}
                other => {
                    for _ in 0..run {
                        out.push(other);
                    }
                }
            }
            i += run;
        }
        out
    }

    /// `Get-Date -UFormat`: the Unix `date` specifiers admins use.
    pub fn uformat(self, format: &str) -> String {
        let p = self.parts();
        let mut out = String::new();
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let Some(spec) = chars.next() else {
                out.push('%');
                break;
            };
            let text = match spec {
                'Y' => p.year.to_string(),
                'y' => format!("{:02}", p.year % 100),
                'm' => format!("{:02}", p.month),
                'd' => format!("{:02}", p.day),
                'e' => format!("{:>2}", p.day),
                'H' => format!("{:02}", p.hour),
                'I' => self.format("hh"),
                'M' => format!("{:02}", p.minute),
                'S' => format!("{:02}", p.second),
                'p' => self.format("tt"),
                'A' => self.day_name().to_string(),
                'a' => self.day_name()[..3].to_string(),
                'B' => MONTH_NAMES[(p.month - 1) as usize].to_string(),
                'b' | 'h' => MONTH_NAMES[(p.month - 1) as usize][..3].to_string(),
                'j' => format!("{:03}", self.day_of_year()),
                'u' => (if self.day_of_week() == 0 {
                    7
                } else {
                    self.day_of_week()
                })
                .to_string(),
                'w' => self.day_of_week().to_string(),
                'D' => self.format("MM/dd/yy"),
                'T' => self.format("HH:mm:ss"),
                'R' => self.format("HH:mm"),
                'F' => self.format("yyyy-MM-dd"),
                's' => ((self.0 - UNIX_EPOCH_TICKS).div_euclid(TICKS_PER_SECOND)).to_string(),
                'n' => "\n".to_string(),
                't' => "\t".to_string(),
                '%' => "%".to_string(),
                other => format!("%{other}"),
            };
            out.push_str(&text);
        }
        out
    }

    /// Reads the date texts admins type: `12/1/2026`, `12/1/2026 6:30 PM`, `12/01/2026 18:30:00`,
    /// `2026-12-01`, `2026-12-01T18:30:00`, `December 1, 2026`, and a time alone (`11:00 PM`,
    /// today).
    pub fn parse(text: &str) -> Option<DateTime> {
        let text = text.trim();
        if !text.contains(['/', '-', ',']) && text.contains(':') {
            // A time alone is that time today, as .NET reads it.
            let (hour, minute, second, fraction) = parse_time(text)?;
            let today = DateTime::now().date().parts();
            return DateTime::from_parts(Parts {
                hour,
                minute,
                second,
                fraction,
                ..today
            });
        }
        let (date, time) = match text.find(['T', ' ']) {
            Some(at) if text[..at].contains(['/', '-']) => (&text[..at], text[at + 1..].trim()),
            _ => (text, ""),
        };
        let (year, month, day) = parse_date(date).or_else(|| parse_long_date(text))?;
        let time = if parse_date(date).is_some() { time } else { "" };
        let (hour, minute, second, fraction) = parse_time(time)?;
        DateTime::from_parts(Parts {
            year,
            month,
            day,
            hour,
            minute,
            second,
            fraction,
        })
    }
}

fn pad(value: i64, run: usize) -> String {
    if run >= 2 {
        format!("{value:02}")
    } else {
        value.to_string()
    }
}

fn number(text: &str, max_len: usize) -> Option<i64> {
    (!text.is_empty() && text.len() <= max_len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `M/d/yyyy` (en-US) or `yyyy-MM-dd`.
fn parse_date(text: &str) -> Option<(i64, i64, i64)> {
    let fields: Vec<&str> = text.split(['/', '-']).collect();
    if fields.len() != 3 {
        return None;
    }
    if text.contains('/') {
        Some((
            number(fields[2], 4)?,
            number(fields[0], 2)?,
            number(fields[1], 2)?,
        ))
    } else {
        Some((
            number(fields[0], 4)?,
            number(fields[1], 2)?,
            number(fields[2], 2)?,
        ))
    }
}

/// `December 1, 2026`.
fn parse_long_date(text: &str) -> Option<(i64, i64, i64)> {
    let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let [month, day, year] = words.as_slice() else {
        return None;
    };
    let month = MONTH_NAMES
        .iter()
        .position(|m| m.eq_ignore_ascii_case(month) || m[..3].eq_ignore_ascii_case(month))?;
    Some((number(year, 4)?, month as i64 + 1, number(day, 2)?))
}

/// `h:mm[:ss[.fffffff]] [AM|PM]`, `HH:mm[:ss]`, or nothing (midnight); a trailing `Z` is
/// accepted.
fn parse_time(text: &str) -> Option<(i64, i64, i64, i64)> {
    let text = text.trim().trim_end_matches('Z');
    if text.is_empty() {
        return Some((0, 0, 0, 0));
    }
    let upper = text.to_ascii_uppercase();
    let (clock, designator) = match upper.rsplit_once(' ') {
        Some((clock, d)) if d == "AM" || d == "PM" => (clock.trim().to_string(), Some(d == "PM")),
        _ => (upper.clone(), None),
    };
    let (clock, fraction) = match clock.split_once('.') {
        Some((c, f)) if f.len() <= 7 => (c.to_string(), number(&format!("{f:0<7}"), 7)?),
        Some(_) => return None,
        None => (clock, 0),
    };
    let fields: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&fields.len()) {
        return None;
    }
    let mut hour = number(fields[0], 2)?;
    let minute = number(fields[1], 2)?;
    let second = fields.get(2).map_or(Some(0), |s| number(s, 2))?;
    if let Some(pm) = designator {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    Some((hour, minute, second, fraction))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime {
        DateTime::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn calendar_round_trips_across_eras() {
        for days in [0, 1, 58, 59, 365, 146_096, 730_000, 3_652_058] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1, 1, 1));
    }

    #[test]
    fn formats_match_en_us() {
        let d = at("3/5/2013 2:07:09 PM");
        assert_eq!(d.general(), "3/5/2013 2:07:09 PM");
        assert_eq!(d.long(), "Tuesday, March 5, 2013 2:07:09 PM");
        assert_eq!(d.invariant(), "03/05/2013 14:07:09");
        assert_eq!(d.format("yyyy-MM-dd HH:mm"), "2013-03-05 14:07");
        assert_eq!(d.format("s"), "2013-03-05T14:07:09");
        assert_eq!(d.format("ddd MMM d"), "Tue Mar 5");
        assert_eq!(d.uformat("%Y%m%d-%H%M"), "20130305-1407");
    }

    #[test]
    fn parses_the_usual_texts() {
        assert_eq!(at("2013-03-05T14:07:09"), at("3/5/2013 2:07:09 PM"));
        assert_eq!(at("03/05/2013 14:07:09"), at("3/5/2013 2:07:09 PM"));
        assert_eq!(at("March 5, 2013"), at("3/5/2013"));
        assert_eq!(at("12/1/2026 12:00 AM").parts().hour, 0);
        assert!(DateTime::parse("2/30/2013").is_none());
        assert!(DateTime::parse("13/1/2013").is_none());
        assert!(DateTime::parse("tomorrow").is_none());
        let evening = at("11:00 PM");
        assert_eq!(
            (evening.parts().hour, evening.date()),
            (23, DateTime::now().date())
        );
    }

    #[test]
    fn month_arithmetic_clamps_the_day() {
        let d = at("1/31/2012").add_months(1).unwrap();
        assert_eq!(d.format("d"), "2/29/2012");
        assert_eq!(at("1/1/2013").day_name(), "Tuesday");
        assert_eq!(at("12/31/2012").day_of_year(), 366);
        assert!(at("12/31/9999").add_ticks(TICKS_PER_DAY).is_none());
    }
}
