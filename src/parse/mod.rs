//! Text to syntax tree. [`parse`] reads a whole input; errors say what was expected and where,
//! and tell an unfinished input (more lines could complete it) from a wrong one.

mod error;
pub mod lexical;
mod parser;
mod text_run;

pub use crate::limits::MAX_DEPTH;
pub use error::ParseError;
pub use parser::comparison_operator;

use crate::ast::Script;
use std::rc::Rc;

/// Parses a script: statements separated by newlines or `;`.
pub fn parse(text: &str) -> Result<Script, ParseError> {
    parse_shared(&Rc::from(text))
}

/// [`parse`] for a text already shared: the tree's names are ranges of `text` (see
/// [`crate::name::Name`]) rather than of a copy of it.
pub fn parse_shared(text: &Rc<str>) -> Result<Script, ParseError> {
    parser::Parser::new(text).script().map_err(|e| *e)
}

#[cfg(test)]
mod tests;
