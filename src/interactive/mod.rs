//! The interactive shell's line editing: completion ([`complete`], over [`scan`]), colour
//! ([`highlight`], over [`syntax`]), hints ([`hint`]) and the history file ([`history`]), tied
//! to rustyline by [`helper`]. Everything reads the engine's registry and a copy of its
//! session ([`knowledge`]); the prompt loop itself is in `console.rs`.

pub mod complete;
pub mod helper;
pub mod highlight;
pub mod hint;
pub mod history;
pub mod knowledge;
pub mod scan;
pub mod syntax;

pub use helper::ShellHelper;
pub use knowledge::Knowledge;
