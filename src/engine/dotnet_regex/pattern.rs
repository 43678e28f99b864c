//! A .NET pattern rewritten into fancy-regex's syntax, outside character classes (those are in
//! `class.rs`). The pattern is read twice: the first reading only finds the capturing groups,
//! so that the second can resolve back-references to groups defined later, as .NET does.
//! Every capturing group comes out as a plain `(`, and every back-reference and conditional
//! by number, so group names never reach fancy-regex; the names and .NET's numbers are kept in
//! a [`GroupTable`]. Errors carry .NET's own parse messages.

use super::{GroupTable, PatternError};

/// The pattern for fancy-regex and the capturing groups in the order they open (their names).
pub(super) struct Translated {
    pub pattern: String,
    pub groups: Vec<Option<String>>,
}

/// Rewrites `source`, a .NET pattern.
pub(super) fn translate(source: &str) -> Result<Translated, PatternError> {
    let found = Scanner::new(source, None).run()?;
    let table = GroupTable::new(found.groups);
    Scanner::new(source, Some(&table)).run()
}

/// The inline options that change how the rest of the pattern is read: `x` (spaces and
/// `#` comments are ignored) and `n` (only named groups capture).
#[derive(Clone, Copy, Default)]
struct Flags {
    extended: bool,
    explicit: bool,
}

/// An open group: the options to restore when it closes, and what closes it.
struct Frame {
    flags: Flags,
    close: &'static str,
}

/// What the last thing read was, for the quantifier rules.
#[derive(Clone, Copy, PartialEq)]
enum Prev {
    Nothing,
    Atom,
    Quantifier,
}

pub(super) struct Scanner<'a> {
    chars: Vec<char>,
    pub(super) pos: usize,
    out: String,
    /// The groups of the first reading; `None` during it.
    pub(super) table: Option<&'a GroupTable>,
    groups: Vec<Option<String>>,
    flags: Flags,
    stack: Vec<Frame>,
    prev: Prev,
    /// How deep the character class being read is (subtractions nest).
    pub(super) class_depth: usize,
}

impl<'a> Scanner<'a> {
    fn new(source: &str, table: Option<&'a GroupTable>) -> Self {
        Scanner {
            chars: source.chars().collect(),
            pos: 0,
            out: String::with_capacity(source.len() + 8),
            table,
            groups: Vec::new(),
            flags: Flags::default(),
            stack: Vec::new(),
            prev: Prev::Nothing,
            class_depth: 0,
        }
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    pub(super) fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    pub(super) fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn run(mut self) -> Result<Translated, PatternError> {
        while let Some(c) = self.next() {
            match c {
                '\\' => {
                    self.escape()?;
                    self.prev = Prev::Atom;
                }
                '[' => {
                    let class = self.class()?;
                    self.out.push_str(&class);
                    self.prev = Prev::Atom;
                }
                '(' => self.open()?,
                ')' => self.close()?,
                '|' => {
                    self.out.push('|');
                    self.prev = Prev::Nothing;
                }
                '*' | '+' | '?' => self.quantify(c, c.to_string())?,
                '{' => match self.counted() {
                    Some(counted) => self.quantify('{', counted?)?,
                    None => self.literal('{'),
                },
                '#' if self.flags.extended => while self.next().is_some_and(|c| c != '\n') {},
                c if self.flags.extended && c.is_whitespace() => {}
                '^' | '$' | '.' => {
                    self.out.push(c);
                    self.prev = Prev::Atom;
                }
                c => self.literal(c),
            }
        }
        if !self.stack.is_empty() {
            return Err(PatternError::invalid("Not enough )'s."));
        }
        Ok(Translated {
            pattern: self.out,
            groups: self.groups,
        })
    }

    /// A character that stands for itself.
    fn literal(&mut self, c: char) {
        push_literal(&mut self.out, c);
        self.prev = Prev::Atom;
    }

    /// A quantifier (`text`, starting with `c`) and its lazy `?`.
    fn quantify(&mut self, c: char, text: String) -> Result<(), PatternError> {
        match self.prev {
            Prev::Nothing => Err(PatternError::invalid("Quantifier {x,y} following nothing.")),
            Prev::Quantifier => Err(PatternError::invalid(format!("Nested quantifier {c}."))),
            Prev::Atom => {
                self.out.push_str(&text);
                if self.peek() == Some('?') {
                    self.pos += 1;
                    self.out.push('?');
                }
                self.prev = Prev::Quantifier;
                Ok(())
            }
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` after the `{`; `None` (nothing read) when the brace does not
    /// start one, and is then a literal brace as in .NET.
    fn counted(&mut self) -> Option<Result<String, PatternError>> {
        let rest: String = self.chars[self.pos..].iter().take(24).collect();
        let close = rest.find('}')?;
        let body = &rest[..close];
        let (low, high) = match body.split_once(',') {
            Some((low, high)) => (low, Some(high)),
            None => (body, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(low) || high.is_some_and(|h| !h.is_empty() && !digits(h)) {
            return None;
        }
        self.pos += close + 1;
        if let (Ok(low), Some(Ok(high))) = (low.parse::<u64>(), high.map(str::parse::<u64>)) {
            if low > high {
                return Some(Err(PatternError::invalid("Illegal {x,y} with x > y.")));
            }
        }
        Some(Ok(format!("{{{body}}}")))
    }

    /// After `(`.
    fn open(&mut self) -> Result<(), PatternError> {
        if self.peek() != Some('?') {
            self.push_frame(")");
            if self.flags.explicit {
                self.out.push_str("(?:");
            } else {
                self.out.push('(');
                self.groups.push(None);
            }
            return Ok(());
        }
        self.pos += 1;
        match (self.peek(), self.peek_at(1)) {
            (Some('#'), _) => {
                while self
                    .next()
                    .ok_or_else(|| PatternError::invalid("Unterminated (?#...) comment."))?
                    != ')'
                {}
            }
            (Some(c @ (':' | '=' | '!' | '>')), _) | (Some('<'), Some(c @ ('=' | '!'))) => {
                let head = if c == ':' || c == '>' || self.peek() != Some('<') {
                    format!("(?{c}")
                } else {
                    format!("(?<{c}")
                };
                self.pos += head.chars().count() - 2;
                self.push_frame(")");
                self.out.push_str(&head);
            }
            (Some(delimiter @ ('<' | '\'')), _) => {
                self.pos += 1;
                let close = if delimiter == '<' { '>' } else { '\'' };
                let name = self.group_name(close)?;
                self.push_frame(")");
                self.out.push('(');
                self.groups.push(Some(name));
            }
            (Some('('), _) => self.conditional()?,
            _ => return self.options(),
        }
        Ok(())
    }

    /// A group's name up to `close`, after `(?<` or `(?'`.
    fn group_name(&mut self, close: char) -> Result<String, PatternError> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c != close) {
            self.pos += 1;
        }
        let name: String = self.chars[start..self.pos].iter().collect();
        if self.next() != Some(close) {
            return Err(PatternError::invalid("Unrecognized grouping construct."));
        }
        if name.contains('-') {
            return Err(PatternError::unsupported(format!(
                "balancing groups ((?<{name}>...))"
            )));
        }
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
            return Err(PatternError::unsupported(format!(
                "explicitly numbered groups ((?<{name}>...))"
            )));
        }
        if name.is_empty() || !name.chars().all(is_word_char) {
            return Err(PatternError::invalid(
                "Invalid group name: Group names must begin with a word character.",
            ));
        }
        Ok(name)
    }

    /// `(?(condition)yes|no)`, after `(?`: the condition is a group's number or name, or else
    /// an expression that .NET tests without consuming it (a look-ahead).
    fn conditional(&mut self) -> Result<(), PatternError> {
        self.push_frame(")");
        self.out.push_str("(?");
        self.pos += 1;
        if self.peek() == Some('?') {
            // `(?(?=x)yes|no)`: the condition is already a look-around; fancy-regex wants it
            // in parentheses of its own.
            self.out.push('(');
            self.open()?;
            if let Some(frame) = self.stack.last_mut() {
                frame.close = "))";
            }
            return Ok(());
        }
        let start = self.pos;
        let end = (start..self.chars.len()).find(|&i| self.chars[i] == ')');
        let inner: String = self.chars[start..end.unwrap_or(start)].iter().collect();
        let word = !inner.is_empty() && inner.chars().all(is_word_char);
        if let (Some(end), true) = (end, word) {
            let group = if inner.bytes().all(|b| b.is_ascii_digit()) {
                let number = inner.parse().unwrap_or(usize::MAX);
                match self.table {
                    Some(table) => Some(table.first_by_number(number).ok_or_else(|| {
                        PatternError::invalid(format!(
                            "Reference to undefined group number {inner}."
                        ))
                    })?),
                    None => Some(0),
                }
            } else {
                self.table.and_then(|t| t.first_by_name(&inner))
            };
            if let Some(group) = group {
                self.out.push_str(&format!("({group})"));
                self.pos = end + 1;
                return Ok(());
            }
        }
        // An expression: `(?(expr)` becomes `(?((?=expr))`.
        self.push_frame("))");
        self.out.push_str("((?=");
        Ok(())
    }

    /// `(?imnsx-imnsx)` or `(?imnsx-imnsx:...)`, after `(?`. `n` and `x` are applied here;
    /// `i`, `m` and `s` are passed on.
    fn options(&mut self) -> Result<(), PatternError> {
        let mut flags = self.flags;
        let (mut on, mut off) = (String::new(), String::new());
        let mut negative = false;
        loop {
            let c = self
                .next()
                .ok_or_else(|| PatternError::invalid("Unrecognized grouping construct."))?;
            match c {
                '-' => negative = true,
                'i' | 'm' | 's' => {
                    if negative { &mut off } else { &mut on }.push(c);
                }
                'n' => flags.explicit = !negative,
                'x' => flags.extended = !negative,
                ')' | ':' => {
                    let mut text = String::from("(?");
                    text.push_str(&on);
                    if !off.is_empty() {
                        text.push('-');
                        text.push_str(&off);
                    }
                    if c == ':' {
                        self.push_frame(")");
                        self.out.push_str(&text);
                        self.out.push(':');
                    } else if text.len() > 2 {
                        self.out.push_str(&text);
                        self.out.push(')');
                    }
                    self.flags = flags;
                    return Ok(());
                }
                _ => return Err(PatternError::invalid("Unrecognized grouping construct.")),
            }
        }
    }

    fn push_frame(&mut self, close: &'static str) {
        self.stack.push(Frame {
            flags: self.flags,
            close,
        });
        self.prev = Prev::Nothing;
    }

    /// After `)`.
    fn close(&mut self) -> Result<(), PatternError> {
        let frame = self
            .stack
            .pop()
            .ok_or_else(|| PatternError::invalid("Too many )'s."))?;
        self.out.push_str(frame.close);
        self.flags = frame.flags;
        self.prev = Prev::Atom;
        Ok(())
    }

    /// After `\`, outside a character class.
    fn escape(&mut self) -> Result<(), PatternError> {
        let c = self
            .next()
            .ok_or_else(|| PatternError::invalid("Illegal \\ at end of pattern."))?;
        match c {
            'b' | 'B' | 'A' | 'z' | 'G' | 'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.out.push('\\');
                self.out.push(c);
            }
            // .NET's \Z allows one newline at the end, fancy-regex's any number of them.
            'Z' => self.out.push_str(r"(?=\n?\z)"),
            'p' | 'P' => {
                let property = self.property(c)?;
                self.out.push_str(&property);
            }
            'k' => match self.peek() {
                Some(open @ ('<' | '\'')) => {
                    self.pos += 1;
                    let close = if open == '<' { '>' } else { '\'' };
                    match self.reference_name(close) {
                        Some(name) => self.back_reference(&name)?,
                        None => {
                            return Err(PatternError::invalid(
                                "Malformed \\k<...> named back reference.",
                            ))
                        }
                    }
                }
                _ => {
                    return Err(PatternError::invalid(
                        "Malformed \\k<...> named back reference.",
                    ))
                }
            },
            // `\<name>` and `\'name'` are back-references when the group exists; otherwise
            // the character itself.
            '<' | '\'' => {
                let back = self.pos;
                let close = if c == '<' { '>' } else { '\'' };
                match self.reference_name(close) {
                    Some(name) => self.back_reference(&name)?,
                    None => {
                        self.pos = back;
                        push_literal(&mut self.out, c);
                    }
                }
            }
            '1'..='9' => self.numbered_reference(c)?,
            c => {
                let c = self.char_escape(c)?;
                push_literal(&mut self.out, c);
            }
        }
        Ok(())
    }

    /// A group name or number up to `close`, consumed; `None` (nothing consumed) otherwise.
    fn reference_name(&mut self, close: char) -> Option<String> {
        let start = self.pos;
        while self.peek().is_some_and(is_word_char) {
            self.pos += 1;
        }
        let name: String = self.chars[start..self.pos].iter().collect();
        if name.is_empty() || self.peek() != Some(close) {
            self.pos = start;
            return None;
        }
        self.pos += 1;
        Some(name)
    }

    /// A back-reference to a group by .NET number or name.
    fn back_reference(&mut self, name: &str) -> Result<(), PatternError> {
        let Some(table) = self.table else {
            return Ok(());
        };
        let group = if name.bytes().all(|b| b.is_ascii_digit()) {
            table
                .first_by_number(name.parse().unwrap_or(usize::MAX))
                .ok_or_else(|| {
                    PatternError::invalid(format!("Reference to undefined group number {name}."))
                })?
        } else {
            table.first_by_name(name).ok_or_else(|| {
                PatternError::invalid(format!("Reference to undefined group name {name}."))
            })?
        };
        self.out.push_str(&format!("\\k<{group}>"));
        Ok(())
    }

    /// `\1`…: a back-reference when the group exists; otherwise an error for one digit and an
    /// octal escape for more, as in .NET.
    fn numbered_reference(&mut self, first: char) -> Result<(), PatternError> {
        let start = self.pos - 1;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits: String = self.chars[start..self.pos].iter().collect();
        let Some(table) = self.table else {
            return Ok(());
        };
        let number: usize = digits.parse().unwrap_or(usize::MAX);
        if let Some(group) = table.first_by_number(number) {
            self.out.push_str(&format!("\\k<{group}>"));
            return Ok(());
        }
        if number <= 9 {
            return Err(PatternError::invalid(format!(
                "Reference to undefined group number {number}."
            )));
        }
        self.pos = start + 1;
        let c = self.char_escape(first)?;
        push_literal(&mut self.out, c);
        Ok(())
    }
}

/// Whether .NET counts `c` as a word character (letters, digits, marks and connectors).
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `c` written so that fancy-regex reads it as itself, outside a class.
fn push_literal(out: &mut String, c: char) {
    if c.is_control() {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        if "\\.+*?()|[]{}^$#".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
}
