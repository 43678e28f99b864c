//! lyncsh: an emulator of the Lync Server 2013 Management Shell.
//!
//! Text flows one way: [`parse`] (text → [`ast`]) → [`engine`] (binding with
//! [`engine::bind`], running [`cmdlets`] over a [`session::Session`]) → [`format`] (objects →
//! text). See `src/README.md` for a map of the folders.

pub mod adapted;
pub mod allocator;
pub mod ast;
pub mod catalog;
pub mod check;
pub mod cli;
pub mod clixml;
pub mod cmdlets;
pub mod command;
pub mod console;
pub mod console_width;
pub mod datetime;
pub mod directory;
pub mod engine;
pub mod error;
pub mod families;
pub mod family;
pub mod format;
pub mod grade;
pub mod identity;
pub mod interactive;
pub mod lab;
pub mod limits;
pub mod list_modifier;
pub mod name;
pub mod number_format;
pub mod parse;
pub mod portplan;
pub mod properties;
pub mod session;
pub mod signature;
pub mod span;
pub mod store;
pub mod suggest;
pub mod value;
pub mod voice;
pub mod wildcard;
