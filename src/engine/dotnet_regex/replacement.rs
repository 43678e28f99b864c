//! .NET replacement strings (`-replace`, voice translations): `$1` and `${1}` (a group by
//! number, `$10` being group 10), `${name}`, `$&` (the match), `` $` `` and `$'` (the text
//! before and after it), `$+` (the last group), `$_` (the whole input) and `$$`. As in .NET,
//! a `$` that does not name an existing group is kept as text (`$9` with one group, `${x}`
//! with no group x).

use super::pattern::is_word_char;
use super::DotnetRegex;
use fancy_regex::Captures;

/// A piece of a replacement.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    Text(String),
    /// A .NET group number; 0 is the whole match.
    Group(usize),
    Before,
    After,
    Input,
}

/// A replacement string read against one pattern's groups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    pieces: Vec<Piece>,
}

impl Replacement {
    /// Reads `text` as a replacement for matches of `regex`.
    pub fn new(regex: &DotnetRegex, text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '$' {
                literal.push(c);
                continue;
            }
            match dollar(regex, &chars[i..]) {
                Some((piece, used)) => {
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(piece);
                    i += used;
                }
                None => literal.push('$'),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Replacement { pieces }
    }

    /// Appends the replacement for one match of `regex` in `input` to `out`.
    pub fn expand(
        &self,
        regex: &DotnetRegex,
        captures: &Captures<'_, str>,
        input: &str,
        out: &mut String,
    ) {
        let (start, end) = captures
            .get(0)
            .map_or((0, 0), |whole| (whole.start(), whole.end()));
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Group(0) => out.push_str(&input[start..end]),
                Piece::Group(number) => {
                    let group = regex.group(*number);
                    if let Some(text) = group.and_then(|g| regex.capture(captures, g)) {
                        out.push_str(text);
                    }
                }
                Piece::Before => out.push_str(&input[..start]),
                Piece::After => out.push_str(&input[end..]),
                Piece::Input => out.push_str(input),
            }
        }
    }
}

/// What follows a `$` (`rest`), and how many characters of it that takes; `None` when the `$`
/// is plain text.
fn dollar(regex: &DotnetRegex, rest: &[char]) -> Option<(Piece, usize)> {
    let exists = |number: usize| number == 0 || regex.group(number).is_some();
    let digits = |from: usize| {
        rest[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let number = |from: usize, len: usize| {
        rest[from..from + len]
            .iter()
            .collect::<String>()
            .parse::<usize>()
            .ok()
    };
    match rest.first()? {
        '{' => {
            let first = *rest.get(1)?;
            let len = if first.is_ascii_digit() {
                digits(1)
            } else {
                rest[1..].iter().take_while(|c| is_word_char(**c)).count()
            };
            if len == 0 || rest.get(1 + len) != Some(&'}') {
                return None;
            }
            let group = if first.is_ascii_digit() {
                number(1, len).filter(|n| exists(*n))?
            } else {
                let name: String = rest[1..1 + len].iter().collect();
                regex
                    .groups()
                    .iter()
                    .find(|g| g.name.as_deref() == Some(name.as_str()))?
                    .number
            };
            Some((Piece::Group(group), len + 2))
        }
        d if d.is_ascii_digit() => {
            let len = digits(0);
            let group = number(0, len).filter(|n| exists(*n))?;
            Some((Piece::Group(group), len))
        }
        '$' => Some((Piece::Text("$".into()), 1)),
        '&' => Some((Piece::Group(0), 1)),
        '`' => Some((Piece::Before, 1)),
        '\'' => Some((Piece::After, 1)),
        '_' => Some((Piece::Input, 1)),
        '+' => {
            let last = regex.groups().last().map_or(0, |g| g.number);
            Some((Piece::Group(last), 1))
        }
        _ => None,
    }
}
