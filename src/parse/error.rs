//! Parse errors: what was expected, where, and whether more input could complete the text.

use crate::span::Span;

/// A syntax error. `id` is PowerShell's ErrorId (for example `TerminatorExpectedAtEndOfString`),
/// `message` its English text. `incomplete` is set when the text ended inside an open construct
/// (quote, brace, parenthesis, trailing `|` or backtick), so an interactive shell can ask for
/// another line instead of reporting an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub id: &'static str,
    pub message: String,
    pub span: Span,
    /// The 1-based line and column (in characters) where `span` starts.
    pub line: u32,
    pub col: u32,
    pub incomplete: bool,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for ParseError {}
