//! What each piece of a typed line is, for colouring: the real parser's syntax tree and spans,
//! with a recovery for the unfinished lines one has while typing (an open quote, brace or
//! parenthesis, a trailing `|`): the part before the unfinished construct is parsed on its own
//! and the inside of an open brace or parenthesis is read as a script of its own. The text
//! between the tree's tokens (operators, separators, keywords, comments) is sorted by a few
//! character rules, since the tree keeps no node for it.

use crate::ast::*;
use crate::format::theme::Role;
use crate::parse;

/// A stretch of the line: byte range and role; `None` for words that keep the plain colour
/// (bare arguments, member names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub role: Option<Role>,
}

/// How deeply unfinished constructs are opened up before the rest is left uncoloured.
const MAX_RECOVERY: usize = 16;

/// The roles of `text`, sorted and not overlapping. `is_command` tells a known command name.
pub fn tokens(text: &str, is_command: &dyn Fn(&str) -> bool) -> Vec<Token> {
    let mut found = Vec::new();
    collect(text, 0, is_command, &mut found, 0);
    found.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    let mut tokens: Vec<Token> = Vec::with_capacity(found.len() * 2);
    let mut covered = 0;
    for token in found {
        let end = token.end.min(text.len());
        if token.start < covered || token.start >= end {
            continue;
        }
        gap_tokens(text, covered, token.start, &mut tokens);
        tokens.push(Token { end, ..token });
        covered = end;
    }
    gap_tokens(text, covered, text.len(), &mut tokens);
    tokens
}

/// Tokens of `text[..]` (which starts at `offset` of the whole line) into `out`.
fn collect(
    text: &str,
    offset: usize,
    is_command: &dyn Fn(&str) -> bool,
    out: &mut Vec<Token>,
    depth: usize,
) {
    let error = match parse::parse(text) {
        Ok(script) => {
            let mut walker = Walker {
                offset,
                is_command,
                out,
            };
            walker.walk_statements(&script.statements);
            return;
        }
        Err(e) => e,
    };
    if depth >= MAX_RECOVERY {
        return;
    }
    let start = error.span.start().min(text.len());
    let trimmed = text.trim_end().len();
    if start >= trimmed {
        // The error is at the very end (a trailing `|`, backtick or operator): colour what
        // comes before the last word, and the last word by the gap rules.
        let cut = last_word_start(&text[..trimmed]);
        if cut < trimmed {
            collect(&text[..cut], offset, is_command, out, depth + 1);
        }
        return;
    }
    if start > 0 {
        collect(&text[..start], offset, is_command, out, depth + 1);
    }
    let rest = &text[start..];
    let opener = if rest.starts_with("@(") || rest.starts_with("$(") || rest.starts_with("@{") {
        2
    } else if rest.starts_with(['(', '{', '[']) {
        1
    } else {
        0
    };
    if opener > 0 {
        collect(
            &rest[opener..],
            offset + start + opener,
            is_command,
            out,
            depth + 1,
        );
    } else if rest.starts_with(['"', '\'']) || rest.starts_with("@\"") || rest.starts_with("@'") {
        out.push(Token {
            start: offset + start,
            end: offset + text.len(),
            role: Some(Role::String),
        });
    } else if rest.starts_with("<#") {
        out.push(Token {
            start: offset + start,
            end: offset + text.len(),
            role: Some(Role::Comment),
        });
    } else if !error.incomplete {
        out.push(Token {
            start: offset + start,
            end: offset
                + error
                    .span
                    .end()
                    .max(next_boundary(text, start))
                    .min(text.len()),
            role: Some(Role::Error),
        });
    }
}

/// Where the character at byte `at` of `text` ends.
fn next_boundary(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(0, char::len_utf8)
}

/// Where the last blank-separated word of `text` starts (a lone symbol counts as a word).
fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

struct Walker<'a, 'o> {
    offset: usize,
    is_command: &'a dyn Fn(&str) -> bool,
    out: &'o mut Vec<Token>,
}

impl Walker<'_, '_> {
    fn push(&mut self, start: usize, end: usize, role: Role) {
        self.plain_or(start, end, Some(role));
    }

    fn plain_or(&mut self, start: usize, end: usize, role: Option<Role>) {
        self.out.push(Token {
            start: self.offset + start,
            end: self.offset + end,
            role,
        });
    }

    fn pipeline(&mut self, pipeline: &Pipeline) {
        for element in &pipeline.elements {
            match element {
                PipelineElement::Command(c) => self.command(c),
                PipelineElement::Expression(e) => self.expr(e),
            }
        }
        for redirection in &pipeline.redirections {
            self.redirection(redirection);
        }
    }

    fn command(&mut self, command: &Command) {
        match &command.name {
            CommandName::Bare { name, span } => {
                let role = if (self.is_command)(name) {
                    Role::Command
                } else {
                    Role::UnknownCommand
                };
                self.push(span.start(), span.end(), role);
            }
            CommandName::Invoke { target, .. } => self.expr(target),
        }
        for arg in &command.args {
            match arg {
                CommandArg::Parameter { value, span, .. } => {
                    self.push(span.start(), span.end(), Role::Parameter);
                    if let Some(value) = value {
                        self.expr(value);
                    }
                }
                CommandArg::Positional(e) => self.expr(e),
                CommandArg::Redirection(redirection) => self.redirection(redirection),
            }
        }
    }

    fn redirection(&mut self, redirection: &Redirection) {
        let span = redirection.span;
        match &redirection.file {
            Some(file) => {
                self.push(span.start(), file.span.start(), Role::Operator);
                self.expr(file);
            }
            None => self.push(span.start(), span.end(), Role::Operator),
        }
    }

    fn expr(&mut self, e: &Expr) {
        let span = e.span;
        match &e.kind {
            ExprKind::String { style, .. } | ExprKind::Expandable { style, .. } => {
                let role = (*style != StringStyle::Bare).then_some(Role::String);
                self.plain_or(span.start(), span.end(), role);
            }
            ExprKind::Number(_) => self.push(span.start(), span.end(), Role::Number),
            ExprKind::Variable(_) | ExprKind::Splat(_) => {
                self.push(span.start(), span.end(), Role::Variable)
            }
            ExprKind::TypeLiteral(_) => self.push(span.start(), span.end(), Role::Type),
            _ => self.walk_expr_children(e),
        }
    }
}

/// Roles for the text between tree tokens: comments, `[Type]`, `$name`, `-operator` and
/// symbol operators, keywords; braces, parentheses and separators stay uncoloured.
fn gap_tokens(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let c = bytes[i];
        let start = i;
        let role = match c {
            b'#' => {
                i = text[i..to].find('\n').map_or(to, |n| i + n);
                Some(Role::Comment)
            }
            b'<' if bytes.get(i + 1) == Some(&b'#') => {
                i = text[i..to].find("#>").map_or(to, |n| i + n + 2);
                Some(Role::Comment)
            }
            b'[' => {
                i = text[i..to].find(']').map_or(to, |n| i + n + 1);
                Some(Role::Type)
            }
            b'$' => {
                i += 1 + word_len(&bytes[i + 1..to]);
                Some(Role::Variable)
            }
            b'-' if bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => {
                i += 1 + word_len(&bytes[i + 1..to]);
                Some(Role::Operator)
            }
            b'=' | b'+' | b'-' | b'*' | b'/' | b'%' | b'!' | b'|' | b'.' | b',' | b'>' | b'<' => {
                i += 1;
                Some(Role::Operator)
            }
            c if c.is_ascii_alphabetic() => {
                i += word_len(&bytes[i..to]);
                Some(Role::Keyword)
            }
            _ => {
                // Blanks, brackets, separators and any other character: a whole UTF-8
                // character at a time, uncoloured.
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                None
            }
        };
        if let Some(role) = role {
            let end = i.min(to);
            let role = Some(role);
            match out.last_mut() {
                Some(last)
                    if last.role == role && last.end == start && role == Some(Role::Operator) =>
                {
                    last.end = end
                }
                _ => out.push(Token { start, end, role }),
            }
        }
    }
}

fn word_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b':')
        .count()
}

impl Walk for Walker<'_, '_> {
    fn visit_pipeline(&mut self, pipeline: &Pipeline) {
        self.pipeline(pipeline);
    }

    fn visit_expr(&mut self, expr: &Expr) {
        self.expr(expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(&str, Role)> {
        let known = |name: &str| name.eq_ignore_ascii_case("Get-Thing") || name == "?";
        tokens(text, &known)
            .into_iter()
            .filter_map(|t| Some((&text[t.start..t.end], t.role?)))
            .collect()
    }

    #[test]
    fn a_complete_line() {
        assert_eq!(
            roles("Get-Thing -Name 'a' 5 $x # note"),
            vec![
                ("Get-Thing", Role::Command),
                ("-Name", Role::Parameter),
                ("'a'", Role::String),
                ("5", Role::Number),
                ("$x", Role::Variable),
                ("# note", Role::Comment),
            ]
        );
    }

    #[test]
    fn unknown_commands_operators_and_keywords() {
        assert_eq!(
            roles("Get-Thingy | ? { $_.A -eq 1 }"),
            vec![
                ("Get-Thingy", Role::UnknownCommand),
                ("|", Role::Operator),
                ("?", Role::Command),
                ("$_", Role::Variable),
                (".", Role::Operator),
                ("-eq", Role::Operator),
                ("1", Role::Number),
            ]
        );
        assert_eq!(
            roles("foreach ($i in 1..2) {}"),
            vec![
                ("foreach", Role::Keyword),
                ("$i", Role::Variable),
                ("in", Role::Keyword),
                ("1", Role::Number),
                ("..", Role::Operator),
                ("2", Role::Number),
            ]
        );
    }

    #[test]
    fn unfinished_lines_keep_their_colours() {
        assert_eq!(
            roles("Get-Thing -Name \"abc"),
            vec![
                ("Get-Thing", Role::Command),
                ("-Name", Role::Parameter),
                ("\"abc", Role::String),
            ]
        );
        assert_eq!(
            roles("Get-Thing | ? { $_.A -eq 'x"),
            vec![
                ("Get-Thing", Role::Command),
                ("|", Role::Operator),
                ("?", Role::Command),
                ("$_", Role::Variable),
                (".", Role::Operator),
                ("-eq", Role::Operator),
                ("'x", Role::String),
            ]
        );
        assert_eq!(
            roles("Get-Thing |"),
            vec![("Get-Thing", Role::Command), ("|", Role::Operator)]
        );
    }

    #[test]
    fn a_syntax_error_is_marked() {
        let found = roles("Get-Thing )");
        assert_eq!(
            found,
            vec![("Get-Thing", Role::Command), (")", Role::Error)]
        );
    }

    #[test]
    fn tokens_never_overlap_or_leave_the_text() {
        for text in [
            "é\"", "$(", "@{a=", "[int", "<# x", "-", "`", "{{{{((((", "'ü",
        ] {
            let found = tokens(text, &|_| false);
            let mut covered = 0;
            for t in found {
                assert!(
                    t.start >= covered && t.end <= text.len() && t.start < t.end,
                    "{text}"
                );
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                covered = t.end;
            }
        }
    }
}
