//! .NET's numeric format strings in en-US, as `-f`, `[string]::Format` and `ToString(format)`
//! apply them: the standard ones (`N2`, `F1`, `D4`, `X`, `P0`, `E3`, `C`, `G`) and custom
//! patterns of `0`, `#`, `.`, `,` and `%` (`0.00`, `#,##0`). Like .NET Framework, a value is
//! first taken to 15 significant digits and then rounded half away from zero, so
//! `'{0:N1}' -f 0.25` gives `0.3`.

/// A number as decimal digits: `0.d1d2d3... × 10^point`, without trailing zeros.
#[derive(Clone, Debug, PartialEq)]
struct Digits {
    negative: bool,
    digits: Vec<u8>,
    point: i32,
}

/// What a format is applied to: an integer keeps every digit, a double its 15 significant ones.
#[derive(Clone, Copy, Debug)]
pub enum Number {
    Integer(i128),
    Double(f64),
}

impl Digits {
    fn of(number: Number) -> Digits {
        match number {
            Number::Integer(n) => {
                let text = n.unsigned_abs().to_string();
                Digits::from_text(n < 0, &text, text.len() as i32)
            }
            Number::Double(x) => {
                if x == 0.0 || !x.is_finite() {
                    return Digits::from_text(false, "0", 1);
                }
                // d.dddddddddddddde±N: fifteen significant digits, as .NET Framework keeps.
                let text = format!("{:.14e}", x.abs());
                let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
                let exponent: i32 = exponent.parse().unwrap_or(0);
                Digits::from_text(x < 0.0, &mantissa.replace('.', ""), exponent + 1)
            }
        }
    }

    fn from_text(negative: bool, text: &str, point: i32) -> Digits {
        let mut digits: Vec<u8> = text.bytes().map(|b| b - b'0').collect();
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let lead = digits.iter().take_while(|d| **d == 0).count();
        digits.drain(..lead);
        let point = point - lead as i32;
        Digits {
            negative: negative && !digits.is_empty(),
            digits,
            point,
        }
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Rounded to `fraction` digits after the point, half away from zero.
    fn rounded(&self, fraction: i32) -> Digits {
        let keep = self.point + fraction;
        if keep < 0 {
            return Digits::from_text(false, "0", 1);
        }
        let keep = keep as usize;
        if keep >= self.digits.len() {
            return self.clone();
        }
        let mut digits = self.digits[..keep].to_vec();
        let mut point = self.point;
        if self.digits[keep] >= 5 {
            let mut at = digits.len();
            loop {
                if at == 0 {
                    digits.insert(0, 1);
                    point += 1;
                    break;
                }
                at -= 1;
                if digits[at] == 9 {
                    digits[at] = 0;
                } else {
                    digits[at] += 1;
                    break;
                }
            }
        }
        let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        let mut out = Digits::from_text(self.negative, &text, point);
        out.negative = self.negative && !out.is_zero();
        out
    }

    /// The digit at `place` (0 is the units, 1 the tens, -1 the tenths).
    fn digit(&self, place: i32) -> u8 {
        let at = self.point - 1 - place;
        if at < 0 {
            return 0;
        }
        self.digits.get(at as usize).copied().unwrap_or(0)
    }

    /// The integer part's digits (at least one) and `fraction` digits after the point.
    fn fixed(&self, fraction: i32) -> (String, String) {
        let r = self.rounded(fraction);
        let top = r.point.max(1);
        let whole: String = (0..top)
            .rev()
            .map(|p| char::from(b'0' + r.digit(p)))
            .collect();
        let part: String = (1..=fraction)
            .map(|p| char::from(b'0' + r.digit(-p)))
            .collect();
        (whole, part)
    }
}

/// Digits with a comma before each group of three from the right: `1,234,567`.
pub fn grouped(whole: &str) -> String {
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn joined(whole: String, part: &str) -> String {
    if part.is_empty() {
        whole
    } else {
        format!("{whole}.{part}")
    }
}

/// `number` formatted by `format`; `None` for a format .NET refuses for it (`D` of a double).
pub fn format(number: Number, format: &str) -> Option<String> {
    let mut chars = format.chars();
    let letter = chars.next()?;
    let precision = chars.as_str();
    if letter.is_ascii_alphabetic() && precision.chars().all(|c| c.is_ascii_digit()) {
        let precision: Option<i32> = precision.parse().ok().filter(|p| *p <= 99);
        if precision.is_none() && !chars.as_str().is_empty() {
            return None;
        }
        return standard(number, letter, precision);
    }
    Some(custom(number, format))
}

fn standard(number: Number, letter: char, precision: Option<i32>) -> Option<String> {
    let digits = Digits::of(number);
    let sign = |d: &Digits| if d.negative { "-" } else { "" };
    Some(match letter.to_ascii_uppercase() {
        'N' => {
            let r = digits.rounded(precision.unwrap_or(2));
            let (whole, part) = r.fixed(precision.unwrap_or(2));
            format!("{}{}", sign(&r), joined(grouped(&whole), &part))
        }
        'F' => {
            let r = digits.rounded(precision.unwrap_or(2));
            let (whole, part) = r.fixed(precision.unwrap_or(2));
            format!("{}{}", sign(&r), joined(whole, &part))
        }
        'P' => {
            let mut scaled = digits.clone();
            scaled.point += 2;
            let r = scaled.rounded(precision.unwrap_or(2));
            let (whole, part) = r.fixed(precision.unwrap_or(2));
            format!("{}{} %", sign(&r), joined(grouped(&whole), &part))
        }
        'C' => {
            let r = digits.rounded(precision.unwrap_or(2));
            let (whole, part) = r.fixed(precision.unwrap_or(2));
            let amount = format!("${}", joined(grouped(&whole), &part));
            if r.negative {
                format!("({amount})")
            } else {
                amount
            }
        }
        'D' => {
            let Number::Integer(n) = number else {
                return None;
            };
            let width = precision.unwrap_or(0) as usize;
            let sign = if n < 0 { "-" } else { "" };
            format!("{sign}{:0>width$}", n.unsigned_abs())
        }
        'X' => {
            let Number::Integer(n) = number else {
                return None;
            };
            let width = precision.unwrap_or(0) as usize;
            // A negative number shows its two's complement, as .NET does for an Int32.
            let bits = if n < 0 {
                n as i32 as u32 as u128
            } else {
                n as u128
            };
            let text = format!("{bits:0>width$X}");
            if letter == 'x' {
                text.to_ascii_lowercase()
            } else {
                text
            }
        }
        'E' => {
            let p = precision.unwrap_or(6);
            if digits.is_zero() {
                let part = "0".repeat(p as usize);
                return Some(format!("{}{letter}+000", joined("0".into(), &part)));
            }
            let mut m = digits.clone();
            let exponent = m.point - 1;
            m.point = 1;
            let r = m.rounded(p);
            let (r, exponent) = if r.point > 1 {
                let mut shifted = r.clone();
                shifted.point -= 1;
                (shifted, exponent + 1)
            } else {
                (r, exponent)
            };
            let (whole, part) = r.fixed(p);
            let exp_sign = if exponent < 0 { '-' } else { '+' };
            format!(
                "{}{}{letter}{exp_sign}{:03}",
                sign(&r),
                joined(whole, &part),
                exponent.abs()
            )
        }
        'G' | 'R' => match number {
            Number::Integer(n) => n.to_string(),
            Number::Double(x) => crate::value::Value::Double(x).to_display(),
        },
        _ => return None,
    })
}

/// A custom pattern: `0` a digit always shown, `#` a digit shown when significant, `.` the
/// point, `,` between digit places groups by thousands, `%` multiplies by 100; anything else
/// (and text in quotes) is copied.
fn custom(number: Number, pattern: &str) -> String {
    // A pattern with sections (`0;(0)`) uses the first; lyncsh keeps to one section.
    let pattern = pattern.split(';').next().unwrap_or(pattern);
    let (integral, fractional) = match pattern.find('.') {
        Some(at) => (&pattern[..at], &pattern[at + 1..]),
        None => (pattern, ""),
    };
    let is_place = |c: char| c == '0' || c == '#';
    let min_whole = integral.chars().filter(|c| *c == '0').count();
    let min_part = fractional.chars().filter(|c| *c == '0').count();
    let max_part = fractional.chars().filter(|c| is_place(*c)).count() as i32;
    let group = {
        let first = integral.find(is_place);
        let last = integral.rfind(is_place);
        matches!((first, last), (Some(f), Some(l)) if integral[f..l].contains(','))
    };
    let mut digits = Digits::of(number);
    if pattern.contains('%') {
        digits.point += 2;
    }
    let r = digits.rounded(max_part);
    let (whole, part) = r.fixed(max_part);
    let whole = whole.trim_start_matches('0');
    let whole = format!("{whole:0>min_whole$}");
    let whole = if group { grouped(&whole) } else { whole };
    let mut part = part.trim_end_matches('0').to_string();
    while part.len() < min_part {
        part.push('0');
    }
    // The literal text around the digit places stays where it stands.
    let lead: String = integral
        .chars()
        .take_while(|c| !is_place(*c))
        .filter(|c| !matches!(c, '\'' | '"'))
        .collect();
    let trail_of = |s: &str| -> String {
        s.chars()
            .rev()
            .take_while(|c| !is_place(*c))
            .filter(|c| !matches!(c, '\'' | '"' | ','))
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect()
    };
    let trail = trail_of(if fractional.is_empty() {
        integral
    } else {
        fractional
    });
    let sign = if r.negative { "-" } else { "" };
    let body = if part.is_empty() {
        whole
    } else {
        format!("{whole}.{part}")
    };
    format!("{sign}{lead}{body}{trail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(n: Number, spec: &str) -> String {
        format(n, spec).unwrap_or_else(|| "<refused>".into())
    }

    #[test]
    fn standard_formats_as_en_us_shows_them() {
        use Number::*;
        assert_eq!(f(Double(4.56789), "N1"), "4.6");
        assert_eq!(f(Double(1234.5), "N2"), "1,234.50");
        assert_eq!(f(Integer(1234567), "N0"), "1,234,567");
        assert_eq!(f(Double(2.5), "F2"), "2.50");
        assert_eq!(f(Double(0.25), "N1"), "0.3");
        assert_eq!(f(Double(-0.001), "F2"), "0.00");
        assert_eq!(f(Double(-1234.567), "N"), "-1,234.57");
        assert_eq!(f(Integer(7), "D4"), "0007");
        assert_eq!(f(Integer(-7), "D3"), "-007");
        assert_eq!(f(Double(7.0), "D4"), "<refused>");
        assert_eq!(f(Double(0.25), "P0"), "25 %");
        assert_eq!(f(Double(0.1234), "P1"), "12.3 %");
        assert_eq!(f(Integer(255), "X"), "FF");
        assert_eq!(f(Integer(255), "x4"), "00ff");
        assert_eq!(f(Integer(-1), "X"), "FFFFFFFF");
        assert_eq!(f(Double(1234.5), "C"), "$1,234.50");
        assert_eq!(f(Double(-5.0), "C0"), "($5)");
        assert_eq!(f(Double(12345.678), "E2"), "1.23E+004");
        assert_eq!(f(Double(0.000123), "e1"), "1.2e-004");
        assert_eq!(f(Double(9.99), "E1"), "1.0E+001");
        assert_eq!(f(Double(99.95), "F1"), "100.0");
        assert_eq!(f(Double(1.5), "G"), "1.5");
    }

    #[test]
    fn custom_patterns() {
        use Number::*;
        assert_eq!(f(Double(4.56789), "0.00"), "4.57");
        assert_eq!(f(Double(1234567.891), "#,##0"), "1,234,568");
        assert_eq!(f(Integer(5), "00"), "05");
        assert_eq!(f(Double(2.5), "0.0#"), "2.5");
        assert_eq!(f(Double(2.567), "0.0#"), "2.57");
        assert_eq!(f(Double(0.5), "#.##"), ".5");
        assert_eq!(f(Double(0.256), "0%"), "26%");
        assert_eq!(f(Integer(42), "0 ms"), "42 ms");
        assert_eq!(f(Double(-3.5), "0.0"), "-3.5");
    }
}
