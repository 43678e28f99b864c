//! .NET character classes and character escapes in fancy-regex's syntax. In a .NET class `[`,
//! `&&` and `~~` are plain characters, `-` next to a class such as `\w` is a hyphen
//! (`[\w-.]`), and `[a-z-[aeiou]]` subtracts a class; the regex crate that fancy-regex hands
//! classes to reads those as nested classes and set operations, so each character is escaped
//! and a subtraction becomes the crate's `[[a-z]--[aeiou]]`.

use super::pattern::{is_word_char, Scanner};
use super::PatternError;

/// One element of a class: a single character, or a class of its own (`\d`, `\p{L}`).
enum Item {
    Char(char),
    Class(String),
}

/// How deep subtractions may nest (`[a-z-[b-y-[c-x]]]`), so that a hostile pattern cannot
/// exhaust the stack.
const MAX_CLASS_DEPTH: usize = 32;

/// The general categories .NET's `\p{...}` knows; its other names are Unicode blocks.
const CATEGORIES: &[&str] = &[
    "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc",
    "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C",
    "Cc", "Cf", "Cs", "Co", "Cn",
];

impl Scanner<'_> {
    /// A class, after its `[`.
    pub(super) fn class(&mut self) -> Result<String, PatternError> {
        if self.class_depth >= MAX_CLASS_DEPTH {
            return Err(PatternError::unsupported(format!(
                "character class subtractions nested more than {MAX_CLASS_DEPTH} deep"
            )));
        }
        self.class_depth += 1;
        let class = self.class_body();
        self.class_depth -= 1;
        class
    }

    fn class_body(&mut self) -> Result<String, PatternError> {
        let unterminated = || PatternError::invalid("Unterminated [] set.");
        let negated = self.peek() == Some('^');
        if negated {
            self.pos += 1;
        }
        let mut items = String::new();
        let mut subtraction = None;
        let mut first = true;
        loop {
            let c = self.next().ok_or_else(unterminated)?;
            if c == ']' && !first {
                break;
            }
            if subtraction.is_some() {
                return Err(PatternError::invalid(
                    "A subtraction must be the last element in a character class.",
                ));
            }
            let item = match c {
                '\\' => self.class_escape()?,
                c => Item::Char(c),
            };
            let c = match item {
                Item::Class(class) => {
                    items.push_str(&class);
                    first = false;
                    continue;
                }
                Item::Char(c) => c,
            };
            if c == '-' && !first && self.peek() == Some('[') {
                self.pos += 1;
                subtraction = Some(self.class()?);
            } else if self.peek() == Some('-') && self.peek_at(1).is_some_and(|n| n != ']') {
                self.pos += 1;
                if self.peek() == Some('[') {
                    // `[a-[b]]`: the character, then a subtraction.
                    self.pos += 1;
                    push_class_char(&mut items, c);
                    subtraction = Some(self.class()?);
                } else {
                    let end = match self.next().ok_or_else(unterminated)? {
                        '\\' => match self.class_escape()? {
                            Item::Char(end) => end,
                            Item::Class(class) => {
                                return Err(PatternError::invalid(format!(
                                    "Cannot include class {class} in character range."
                                )))
                            }
                        },
                        end => end,
                    };
                    if c > end {
                        return Err(PatternError::invalid("[x-y] range in reverse order."));
                    }
                    push_class_char(&mut items, c);
                    items.push('-');
                    push_class_char(&mut items, end);
                }
            } else {
                push_class_char(&mut items, c);
            }
            first = false;
        }
        let caret = if negated { "^" } else { "" };
        Ok(match subtraction {
            Some(subtracted) => format!("[[{caret}{items}]--{subtracted}]"),
            None => format!("[{caret}{items}]"),
        })
    }

    /// After `\` in a class: `\b` is a backspace there, digits are octal.
    fn class_escape(&mut self) -> Result<Item, PatternError> {
        let c = self
            .next()
            .ok_or_else(|| PatternError::invalid("Unterminated [] set."))?;
        Ok(match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Item::Class(format!("\\{c}")),
            'p' | 'P' => Item::Class(self.property(c)?),
            'b' => Item::Char('\u{8}'),
            c => Item::Char(self.char_escape(c)?),
        })
    }

    /// The character an escape `\c` stands for (after the `c`): `\t`, `\x41`, `\u0041`,
    /// `\cC`, octal `\012`, or a character that is not a word character. Any other letter is
    /// an error, as in .NET.
    pub(super) fn char_escape(&mut self, c: char) -> Result<char, PatternError> {
        Ok(match c {
            'a' => '\u{7}',
            'e' => '\u{1b}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\u{b}',
            'x' => self.hex(2)?,
            'u' => self.hex(4)?,
            'c' => {
                let control = self
                    .next()
                    .ok_or_else(|| PatternError::invalid("Missing control character."))?
                    .to_ascii_uppercase();
                match control {
                    '@'..='_' => char::from(control as u8 - b'@'),
                    _ => return Err(PatternError::invalid("Unrecognized control character.")),
                }
            }
            '0'..='7' => {
                let mut value = c as u32 - '0' as u32;
                for _ in 0..2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            self.pos += 1;
                        }
                        None => break,
                    }
                }
                // .NET keeps the low eight bits of a larger octal number.
                char::from((value & 0xFF) as u8)
            }
            c if is_word_char(c) => {
                return Err(PatternError::invalid(format!(
                    "Unrecognized escape sequence \\{c}."
                )))
            }
            c => c,
        })
    }

    /// `digits` hexadecimal digits, exactly.
    fn hex(&mut self, digits: usize) -> Result<char, PatternError> {
        let mut value = 0;
        for _ in 0..digits {
            let digit = self
                .peek()
                .and_then(|d| d.to_digit(16))
                .ok_or_else(|| PatternError::invalid("Insufficient hexadecimal digits."))?;
            value = value * 16 + digit;
            self.pos += 1;
        }
        char::from_u32(value).ok_or_else(|| {
            PatternError::unsupported(format!("UTF-16 surrogate escapes (\\u{value:04X})"))
        })
    }

    /// `\p{Name}` or `\P{Name}` (after the `p`): general categories are kept; .NET's block
    /// names (`IsGreek`) have no equivalent in fancy-regex.
    pub(super) fn property(&mut self, p: char) -> Result<String, PatternError> {
        let incomplete = || PatternError::invalid("Incomplete \\p{X} character escape.");
        if self.next() != Some('{') {
            return Err(incomplete());
        }
        let mut name = String::new();
        loop {
            match self.next().ok_or_else(incomplete)? {
                '}' => break,
                c => name.push(c),
            }
        }
        if name.starts_with("Is") {
            return Err(PatternError::unsupported(format!(
                "Unicode block names (\\{p}{{{name}}})"
            )));
        }
        if !CATEGORIES.contains(&name.as_str()) {
            return Err(PatternError::invalid(format!("Unknown property '{name}'.")));
        }
        Ok(format!("\\{p}{{{name}}}"))
    }
}

/// `c` written so that the regex crate reads it as itself inside a class.
fn push_class_char(out: &mut String, c: char) {
    if c.is_control() || c.is_whitespace() {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        if "\\[]^-&~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
}
