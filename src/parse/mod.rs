//! Text to syntax tree. [`parse`] reads a whole input; errors say what was expected and where,
//! and tell an unfinished input (more lines could complete it) from a wrong one.

mod error;
pub mod lexical;
mod parser;

pub use crate::limits::MAX_DEPTH;
pub use error::ParseError;
pub use parser::comparison_operator;

use crate::ast::Script;

/// Parses a script: statements separated by newlines or `;`.
pub fn parse(text: &str) -> Result<Script, ParseError> {
    parser::Parser::new(text).script()
}

#[cfg(test)]
mod tests;
