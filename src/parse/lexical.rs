//! Token-level pieces of PowerShell syntax, written as nom parsers over `&str`.

use crate::ast::Number;
use nom::branch::alt;
use nom::bytes::complete::take_while;
use nom::character::complete::{char, digit1, hex_digit1, one_of};
use nom::combinator::{opt, recognize};
use nom::error::{Error, ErrorKind};
use nom::sequence::pair;
use nom::{IResult, Parser};

/// Characters that end a bareword in argument mode (besides whitespace).
pub fn ends_bareword(c: char) -> bool {
    matches!(c, '{' | '}' | '(' | ')' | ';' | ',' | '|' | '&') || c.is_whitespace()
}

/// A byte table: `true` for printable ASCII bytes not in `excluded`.
const fn printable_except(excluded: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0x21;
    while b < 0x7f {
        let mut allowed = true;
        let mut i = 0;
        while i < excluded.len() {
            if excluded[i] == b as u8 {
                allowed = false;
            }
            i += 1;
        }
        table[b] = allowed;
        b += 1;
    }
    table
}

/// ASCII bytes that may appear in a plain bareword (no quote, escape, variable or delimiter),
/// used by the parser's fast path.
pub const PLAIN_WORD: [bool; 256] = printable_except(b"{}();,|&`'\"$");

/// ASCII bytes that may continue a `-Parameter` token.
pub const PARAMETER_CHAR: [bool; 256] = printable_except(b"{}();,|&.[:\"'");

/// Characters that end a `-Parameter` token.
pub fn ends_parameter(c: char) -> bool {
    matches!(
        c,
        '{' | '}' | '(' | ')' | ';' | ',' | '|' | '&' | '.' | '[' | ':' | '"' | '\''
    ) || c.is_whitespace()
}

pub fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `c` is a dash: `-`, or the en dash, em dash or horizontal bar that PowerShell reads
/// as one (text copied from a document carries them: `Get-CsUser –Identity`, `$a –join ","`).
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2015}')
}

/// Whether `c` may follow `-` to make a parameter token.
pub fn starts_parameter_name(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '?'
}

/// Horizontal blanks (not newlines).
pub fn blanks(input: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\t' || c == '\r' || c == '\u{a0}' || c == '\u{c}')
        .parse(input)
}

/// A simple variable name after `$`: letters, digits, `_`, with an optional `scope:` prefix;
/// or one of the punctuation names `?`, `$` and `^`. Read by hand: it is one of the commonest
/// tokens.
pub fn variable_name(input: &str) -> IResult<&str, &str> {
    let first = name_length(input);
    if first == 0 {
        return match input.as_bytes().first() {
            Some(b'?' | b'$' | b'^') => Ok((&input[1..], &input[..1])),
            _ => Err(nom::Err::Error(Error::new(input, ErrorKind::Tag))),
        };
    }
    let mut end = first;
    if input[first..].starts_with(':') {
        let scoped = name_length(&input[first + 1..]);
        if scoped > 0 {
            end = first + 1 + scoped;
        }
    }
    Ok((&input[end..], &input[..end]))
}

/// The length in bytes of the run of [`is_name_char`] characters `text` starts with.
pub fn name_length(text: &str) -> usize {
    let ascii = text
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    match text.as_bytes().get(ascii) {
        Some(b) if !b.is_ascii() => {
            ascii
                + text[ascii..]
                    .char_indices()
                    .find(|(_, c)| !is_name_char(*c))
                    .map_or(text.len() - ascii, |(i, _)| i)
        }
        _ => ascii,
    }
}

/// An optional `kb`, `mb`, `gb`, `tb` or `pb` suffix (any case), as a factor.
fn multiplier(input: &str) -> IResult<&str, i64> {
    let factor = match input.as_bytes() {
        [unit, b'b' | b'B', ..] => match unit.to_ascii_lowercase() {
            b'k' => 1 << 10,
            b'm' => 1 << 20,
            b'g' => 1 << 30,
            b't' => 1 << 40,
            b'p' => 1 << 50,
            _ => return Ok((input, 1)),
        },
        _ => return Ok((input, 1)),
    };
    Ok((&input[2..], factor))
}

fn hex_number(input: &str) -> IResult<&str, Number> {
    let after_prefix = match input.as_bytes() {
        [b'0', b'x' | b'X', ..] => &input[2..],
        _ => return Err(nom::Err::Error(Error::new(input, ErrorKind::Tag))),
    };
    let (rest, digits) = hex_digit1(after_prefix)?;
    let (rest, long) = opt(one_of("lL")).parse(rest)?;
    let (rest, factor) = multiplier(rest)?;
    let value = u64::from_str_radix(digits, 16).unwrap_or(u64::MAX) as i64;
    let value = value.saturating_mul(factor);
    // PowerShell reads 0xFFFFFFFF as Int32 -1: hex literals up to 8 digits wrap into Int32.
    let number = if long.is_none() && factor == 1 && digits.len() <= 8 {
        Number::Int32(value as u32 as i32)
    } else {
        Number::Int64(value)
    };
    Ok((rest, number))
}

fn decimal_number(input: &str) -> IResult<&str, Number> {
    let (rest, text) = recognize((
        alt((
            recognize(pair(digit1, opt(pair(char('.'), digit1)))),
            recognize(pair(char('.'), digit1)),
        )),
        opt((one_of("eE"), opt(one_of("+-")), digit1)),
    ))
    .parse(input)?;
    let (rest, suffix) = opt(one_of("lLdD")).parse(rest)?;
    let (rest, factor) = multiplier(rest)?;
    let is_real = text.contains(['.', 'e', 'E']) || matches!(suffix, Some('d' | 'D'));
    let number = if is_real {
        Number::Double(text.parse::<f64>().unwrap_or(f64::INFINITY) * factor as f64)
    } else {
        match text.parse::<i64>().ok().and_then(|v| v.checked_mul(factor)) {
            Some(v) if matches!(suffix, Some('l' | 'L')) => Number::Int64(v),
            Some(v) => match i32::try_from(v) {
                Ok(small) => Number::Int32(small),
                Err(_) => Number::Int64(v),
            },
            None => Number::Double(text.parse::<f64>().unwrap_or(f64::INFINITY) * factor as f64),
        }
    };
    Ok((rest, number))
}

/// A numeric literal (`5061`, `0x10`, `1kb`, `2.5`, `1e3`, `10L`).
pub fn number(input: &str) -> IResult<&str, Number> {
    small_integer(input).map_or_else(|| alt((hex_number, decimal_number)).parse(input), Ok)
}

/// The commonest literal, read without the general grammar: up to nine decimal digits (so
/// the value fits an Int32) followed by nothing that would make them a longer literal.
fn small_integer(input: &str) -> Option<(&str, Number)> {
    let bytes = input.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let continues = bytes.get(digits).is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'.' | b'e' | b'x' | b'l' | b'd' | b'k' | b'm' | b'g' | b't' | b'p'
        )
    });
    if digits == 0 || digits > 9 || continues {
        return None;
    }
    let value = bytes[..digits]
        .iter()
        .fold(0i32, |value, b| value * 10 + i32::from(b - b'0'));
    Some((&input[digits..], Number::Int32(value)))
}

/// Whether the whole of `text` is one numeric literal (an optional leading `-` included).
pub fn whole_number(text: &str) -> Option<Number> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    match number(body) {
        Ok(("", n)) if negative => Some(match n {
            Number::Int32(v) => Number::Int32(v.wrapping_neg()),
            Number::Int64(v) => Number::Int64(-v),
            Number::Double(v) => Number::Double(-v),
        }),
        Ok(("", n)) => Some(n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(whole_number("5061"), Some(Number::Int32(5061)));
        assert_eq!(whole_number("-1"), Some(Number::Int32(-1)));
        assert_eq!(whole_number("1kb"), Some(Number::Int32(1024)));
        assert_eq!(whole_number("0x10"), Some(Number::Int32(16)));
        assert_eq!(
            whole_number("3000000000"),
            Some(Number::Int64(3_000_000_000))
        );
        assert_eq!(whole_number("2.5"), Some(Number::Double(2.5)));
        assert_eq!(whole_number("22:00:00"), None);
        assert_eq!(whole_number("10.0.0.1"), None);
        assert_eq!(whole_number("77z"), None);
        assert_eq!(whole_number("999999999"), Some(Number::Int32(999_999_999)));
        assert_eq!(whole_number("2147483647"), Some(Number::Int32(i32::MAX)));
        assert_eq!(whole_number("2147483648"), Some(Number::Int64(1 << 31)));
        assert_eq!(whole_number("007"), Some(Number::Int32(7)));
        assert_eq!(whole_number("1e3"), Some(Number::Double(1000.0)));
        assert_eq!(whole_number("2KB"), Some(Number::Int32(2048)));
        assert_eq!(whole_number("5d"), Some(Number::Double(5.0)));
        assert_eq!(number("1..3"), Ok(("..3", Number::Int32(1))));
    }

    #[test]
    fn variable_names() {
        assert_eq!(variable_name("env:PATH rest"), Ok((" rest", "env:PATH")));
        assert_eq!(variable_name("_.x"), Ok((".x", "_")));
        assert_eq!(variable_name("?"), Ok(("", "?")));
        assert_eq!(variable_name("$ x"), Ok((" x", "$")));
        assert_eq!(variable_name("script:"), Ok((":", "script")));
        assert_eq!(variable_name("größe+1"), Ok(("+1", "größe")));
        assert_eq!(variable_name("a1_b.c"), Ok((".c", "a1_b")));
        assert!(variable_name("-x").is_err());
        assert!(variable_name("").is_err());
    }
}
