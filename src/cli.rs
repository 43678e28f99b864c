//! The command line: interactive shell, `-c`, a script file, piped standard input, `check`.

use crate::check;
use crate::console;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

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
}

/// The stack the shell runs on: deep but bounded nesting (see `parse::MAX_DEPTH`) must never
/// overflow it, even in an unoptimised build.
pub const STACK_SIZE: usize = 256 << 20;

/// Runs the command line on a thread with a large stack and returns the exit status: 0 when
/// no error record was written, 1 when one was, 2 for usage errors and unreadable files.
pub fn main() -> i32 {
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

fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let options = console::Options {
        no_color: cli.no_color,
    };
    match cli.command {
        Some(Command::Check { parse_only, files }) => check::run_files(&files, parse_only),
        None => match (cli.commands, cli.file) {
            (Some(commands), _) => console::run_commands(&commands, options),
            (None, Some(file)) => console::run_file(&file, options),
            (None, None) => console::run_stdin_or_interactive(options),
        },
    }
}
