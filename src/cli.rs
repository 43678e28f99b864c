//! The command line: interactive shell, `-c`, a script file, piped standard input, and the
//! `check`, `replay` and `grade` subcommands.

use crate::check;
use crate::console;
use crate::lab::{Lab, LabError};
use crate::session;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::Path;
use std::path::PathBuf;
use std::rc::Rc;

/// An emulator of the Lync Server 2013 Management Shell.
#[derive(Parser, Debug)]
#[command(
    name = "lyncsh",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Run COMMANDS (statements separated by `;` or newlines) and exit.
    #[arg(
        short = 'c',
        long = "command",
        value_name = "COMMANDS",
        conflicts_with = "file"
    )]
    commands: Option<String>,

    /// A script to run (error positions are its lines).
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,

    /// Never colour output, even on a terminal.
    #[arg(long)]
    no_color: bool,

    /// Start from the session saved in FILE (see docs/session-format.md) instead of the lab
    /// deployment; with --lab, carry on with a lab from where that file was saved.
    #[arg(long, value_name = "FILE")]
    session: Option<PathBuf>,

    /// Work through a lab: a lab file or a built-in lab (`definition` names them in the help).
    #[arg(long, value_name = "FILE|NAME")]
    lab: Option<String>,

    /// Save the session to FILE at exit, even when commands failed.
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,

    /// The folder scripts read and write files in (Import-Csv, Export-Csv, scripts called by
    /// path); the current directory when left out. Windows paths map into it.
    #[arg(long, value_name = "DIR")]
    files: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check scripts without running them: parse, resolve commands, bind literal arguments.
    Check {
        /// Only report syntax errors.
        #[arg(long)]
        parse_only: bool,
        /// The scripts to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Grade a class: each student's session file, transcript or solution script against a
    /// lab, one row per file (exit status 0 when every file meets every objective).
    Grade {
        /// The lab: a built-in lab's name or a lab file.
        #[arg(value_name = "LAB")]
        lab: String,
        /// The students' files, one row each: session files (.ron), transcripts
        /// (Start-Transcript) or solution scripts.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// How to write the results: a table, or CSV or JSON for a gradebook.
        #[arg(long, value_enum, default_value = "table")]
        format: crate::grade::Format,
    },
    /// Run the history a later session added on top of its starting session again, and check
    /// that the final state equals the later session's.
    Replay {
        /// The starting session.
        #[arg(value_name = "START")]
        start: PathBuf,
        /// The later session, saved from a shell that started at START.
        #[arg(value_name = "END")]
        end: PathBuf,
    },
}

/// The stack the shell runs on: deep but bounded nesting (see `parse::MAX_DEPTH`) must never
/// overflow it, even in an unoptimised build.
pub const STACK_SIZE: usize = 256 << 20;

/// Runs the command line on a thread with a large stack and returns the exit status: 0 when
/// no error record was written, 1 when one was, 2 for usage errors and unreadable files.
pub fn main() -> i32 {
    crate::allocator::keep_freed_memory();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(run);
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("lyncsh: internal error");
            3
        }
    }
}

/// The command line's definition, with the built-in labs named in the help of `--lab`.
fn definition() -> clap::Command {
    let labs = crate::lab::builtin::names().join(", ");
    Cli::command().mut_arg("lab", |arg| {
        arg.help(format!(
            "Work through a lab: a lab file, or a built-in lab: {labs} (see docs/labs.md)"
        ))
    })
}

fn run() -> i32 {
    let parsed = definition()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let (session, lab) = match start(cli.session.as_deref(), cli.lab.as_deref()) {
        Ok(start) => start,
        Err(e) => {
            eprintln!("lyncsh: {e}");
            return 2;
        }
    };
    let files = match cli
        .files
        .map(|dir| dir.canonicalize().map_err(|e| (dir, e)))
        .transpose()
    {
        Ok(files) => files,
        Err((dir, e)) => {
            eprintln!("lyncsh: --files {}: {e}", dir.display());
            return 2;
        }
    };
    let options = console::Options {
        no_color: cli.no_color,
        session,
        save: cli.save,
        lab,
        files,
    };
    match cli.command {
        Some(Command::Check { parse_only, files }) => check::run_files(&files, parse_only),
        Some(Command::Replay { start, end }) => replay(&start, &end),
        Some(Command::Grade { lab, files, format }) => grade(&lab, &files, format),
        None => match (cli.commands, cli.file) {
            (Some(commands), _) => console::run_commands(&commands, options),
            (None, Some(file)) => console::run_file(&file, options),
            (None, None) => console::run_stdin_or_interactive(options),
        },
    }
}

type Start = (Option<session::Session>, Option<Rc<Lab>>);

/// The session to start from and the lab being worked on: `--session FILE`, `--lab FILE|NAME`
/// (from the lab's starting session), or both (the lab carried on from the saved session,
/// which must not have been saved in another lab). The error is the message to show.
fn start(session: Option<&Path>, lab: Option<&str>) -> Result<Start, String> {
    let saved = session
        .map(session::load)
        .transpose()
        .map_err(|e| e.to_string())?;
    let Some(arg) = lab else {
        return Ok((saved, None));
    };
    let lab = Lab::open(arg).map_err(|e: LabError| e.to_string())?;
    let start = match (saved, session) {
        (Some(saved), Some(path)) => {
            lab.takes(&saved)
                .map_err(|why| format!("{} was {why}", path.display()))?;
            saved
        }
        _ => lab.starting_session().map_err(|e| e.to_string())?,
    };
    Ok((Some(start), Some(Rc::new(lab))))
}

/// `lyncsh grade LAB FILE...`: 0 when every file meets every objective, 1 when not, 2 when
/// the lab cannot be opened.
fn grade(lab: &str, files: &[PathBuf], format: crate::grade::Format) -> i32 {
    let rows = match crate::grade::grade(lab, files) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("lyncsh: {e}");
            return 2;
        }
    };
    match crate::grade::render(&rows, format) {
        Ok(text) => print!("{text}"),
        Err(e) => {
            eprintln!("lyncsh: {e}");
            return 2;
        }
    }
    i32::from(!rows.iter().all(crate::grade::Row::complete))
}

/// `lyncsh replay START END`: 0 when the replayed state equals END's, 1 when it differs, 2 when
/// a file cannot be read or END did not start from START.
fn replay(start: &Path, end: &Path) -> i32 {
    let (start_session, end_session) = match (session::load(start), session::load(end)) {
        (Ok(s), Ok(e)) => (s, e),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("lyncsh: {e}");
            return 2;
        }
    };
    let outcome = match session::replay::replay(&start_session, &end_session) {
        Ok(outcome) => outcome,
        Err(why) => {
            eprintln!("lyncsh: cannot replay {}: {why}", end.display());
            return 2;
        }
    };
    let errors = match outcome.with_errors {
        0 => String::new(),
        n => format!(" ({n} of them wrote error records)"),
    };
    let (start, end) = (start.display(), end.display());
    let inputs = match outcome.replayed {
        1 => "1 input".to_string(),
        n => format!("{n} inputs"),
    };
    if outcome.differences.is_empty() {
        println!("Replayed {inputs} on {start}{errors}: the final state equals {end}.");
        0
    } else {
        println!("Replayed {inputs} on {start}{errors}: the final state differs from {end}:");
        for difference in &outcome.differences {
            println!("  {difference}");
        }
        1
    }
}
