//! The real terminal: a host writing to stdout/stderr, the interactive prompt loop (rustyline),
//! and the non-interactive ways of running input (`-c`, a file, piped standard input).

use crate::console_width::WidthSource;
use crate::directory::Directory;
use crate::engine::interrupt::Interrupt;
use crate::engine::{Engine, Host};
use crate::format::theme::Theme;
use crate::interactive::{history, Knowledge, ShellHelper};
use crate::lab::{progress, Lab};
use crate::parse;
use crate::session::Session;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

pub const PROMPT: &str = "PS C:\\> ";
pub const CONTINUATION_PROMPT: &str = ">> ";

#[derive(Clone, Debug, Default)]
pub struct Options {
    pub no_color: bool,
    /// The session to start from (`--session`); the built-in lab when `None`.
    pub session: Option<Session>,
    /// Where the session is saved at exit (`--save`), even after errors.
    pub save: Option<PathBuf>,
    /// The lab being worked on (`--lab`); `session` is then its starting session.
    pub lab: Option<Rc<Lab>>,
    /// The files folder (`--files`); the current directory when `None`.
    pub files: Option<PathBuf>,
}

/// Writes output to stdout and errors to stderr, flushing each write so they interleave in order.
/// At the interactive console, answers to a command's questions are read with a line editor of
/// their own, so that Ctrl+C there stops the command (through the engine's interrupt flag).
pub struct ConsoleHost {
    interactive: bool,
    theme: Theme,
    width: WidthSource,
    interrupt: Interrupt,
    /// The line editor for answers, made at the first question.
    answers: Option<rustyline::DefaultEditor>,
    /// The line editor for passwords, which shows `*` for each character typed.
    secrets: Option<rustyline::Editor<Masked, rustyline::history::DefaultHistory>>,
}

/// Shows a secret being typed as one `*` a character, as PowerShell's console does.
struct Masked;

impl rustyline::completion::Completer for Masked {
    type Candidate = String;
}

impl rustyline::hint::Hinter for Masked {
    type Hint = String;
}

impl rustyline::validate::Validator for Masked {}

impl rustyline::highlight::Highlighter for Masked {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> std::borrow::Cow<'l, str> {
        "*".repeat(line.chars().count()).into()
    }

    fn highlight_char(&self, _: &str, _: usize, _: rustyline::highlight::CmdKind) -> bool {
        true
    }
}

impl rustyline::Helper for Masked {}

/// What a line editor's read gives a host: the line, or `None` (after asking the engine to
/// stop on Ctrl+C).
fn answer_of(read: rustyline::Result<String>, interrupt: &Interrupt) -> Option<String> {
    match read {
        Ok(line) => Some(line),
        Err(rustyline::error::ReadlineError::Interrupted) => {
            interrupt.request();
            None
        }
        Err(_) => None,
    }
}

impl ConsoleHost {
    pub fn new(interactive: bool, options: &Options, interrupt: Interrupt) -> ConsoleHost {
        let terminal = std::io::stdout().is_terminal();
        ConsoleHost {
            interactive,
            theme: Theme::detect(terminal && interactive, options.no_color),
            width: WidthSource::detect(),
            interrupt,
            answers: None,
            secrets: None,
        }
    }
}

impl Host for ConsoleHost {
    fn write_out(&mut self, text: &str) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    fn write_err(&mut self, text: &str) {
        let _ = std::io::stdout().flush();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    fn read_line(&mut self, prompt: &str) -> Option<String> {
        if !self.interactive {
            return None;
        }
        // The editor shows the last line of the question; the lines before it go out first.
        let (before, last) = prompt.rsplit_once('\n').unwrap_or(("", prompt));
        if prompt.contains('\n') {
            self.write_out(&format!("{before}\n"));
        }
        if self.answers.is_none() {
            self.answers = rustyline::DefaultEditor::new().ok();
        }
        let read = self.answers.as_mut()?.readline(last);
        answer_of(read, &self.interrupt)
    }

    fn read_secret(&mut self, prompt: &str) -> Option<String> {
        if !self.interactive {
            return None;
        }
        if self.secrets.is_none() {
            let mut editor = rustyline::Editor::new().ok()?;
            editor.set_helper(Some(Masked));
            self.secrets = Some(editor);
        }
        let read = self.secrets.as_mut()?.readline(prompt);
        answer_of(read, &self.interrupt)
    }

    fn width(&self) -> usize {
        self.width.width()
    }

    fn theme(&self) -> Theme {
        self.theme
    }
}

/// The engine a run works with; it takes the session `options` loaded, which nothing reads
/// afterwards, rather than a copy of it.
fn engine(interactive: bool, options: &mut Options) -> Engine {
    let interrupt = Interrupt::default();
    let mut engine = crate::cmdlets::shell(
        options.session.take().unwrap_or_else(Session::lab),
        Box::new(ConsoleHost::new(interactive, options, interrupt.clone())),
    );
    engine.interrupt = interrupt;
    engine.interactive = interactive;
    engine.lab = options.lab.clone();
    if let Some(files) = &options.files {
        engine.files_folder = files.clone();
        engine.location = files.clone();
    }
    engine
}

/// After a non-interactive run of a lab: the state of its objectives; an open objective makes
/// the exit status 1.
fn lab_status(engine: &mut Engine, exit: Result<(), i32>, options: &Options) -> i32 {
    let code = status(engine, exit, options);
    let Some(lab) = &options.lab else {
        return code;
    };
    let report = progress::report(lab, &engine.session);
    engine.host().write_out(&report);
    let complete = lab.progress(&engine.session).iter().all(|done| *done);
    if code == 0 && !complete {
        1
    } else {
        code
    }
}

/// The exit status, after saving the session where `--save` asked.
fn status(engine: &mut Engine, exit: Result<(), i32>, options: &Options) -> i32 {
    if let Some(path) = &options.save {
        if let Err(e) = crate::cmdlets::session::save(engine, path) {
            eprintln!("lyncsh: cannot save the session to {}: {e}", path.display());
            return 2;
        }
    }
    match exit {
        Err(code) => code,
        Ok(()) => i32::from(engine.had_error),
    }
}

pub fn run_commands(text: &str, mut options: Options) -> i32 {
    let mut engine = engine(false, &mut options);
    let exit = engine.run_entry(text, "line");
    lab_status(&mut engine, exit, &options)
}

pub fn run_file(path: &Path, mut options: Options) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("lyncsh: cannot read {}: {e}", path.display());
            return 2;
        }
    };
    // Read as PowerShell 3 reads a script: by its byte order mark, else UTF-8 when it is, else
    // Windows-1252 (the ANSI code page of an en-US Windows).
    let text = crate::engine::files::decode(&bytes);
    let mut engine = engine(false, &mut options);
    // PowerShell names a script by its full path in error positions.
    let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let exit = engine.run_entry(&text, &shown.display().to_string());
    lab_status(&mut engine, exit, &options)
}

/// Whether `text` is unfinished (an open quote, brace or parenthesis, a trailing `|` or backtick).
pub fn is_incomplete(text: &str) -> bool {
    matches!(parse::parse(text), Err(e) if e.incomplete)
}

pub fn run_stdin_or_interactive(mut options: Options) -> i32 {
    if std::io::stdin().is_terminal() {
        return interactive(options);
    }
    let mut engine = engine(false, &mut options);
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().split(b'\n');
    let mut exit = Ok(());
    while let Some(Ok(raw)) = lines.next() {
        let mut text = decode_line(&raw);
        if is_incomplete(&text) {
            // As at the console: unfinished input goes on until a blank line.
            while let Some(Ok(more)) = lines.next() {
                let more = decode_line(&more);
                if more.trim().is_empty() {
                    break;
                }
                text.push('\n');
                text.push_str(&more);
            }
        }
        if text.trim().is_empty() {
            continue;
        }
        exit = engine.run_entry(&text, "line");
        if exit.is_err() {
            break;
        }
    }
    lab_status(&mut engine, exit, &options)
}

/// A line of piped input; invalid UTF-8 bytes become U+FFFD rather than stopping the run.
fn decode_line(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw)
        .trim_end_matches('\r')
        .to_string()
}

type Editor = rustyline::Editor<ShellHelper, rustyline::history::FileHistory>;

/// The line editor: Tab and Shift+Tab cycle through completions as the PowerShell console
/// does, Ctrl+Space or Alt+= lists them all; history as PowerShell 3 keeps it.
fn editor(engine: &Engine, theme: Theme, width: usize) -> rustyline::Result<Editor> {
    use rustyline::{Cmd, CompletionType, Config, EventHandler, KeyCode, KeyEvent, Modifiers};
    let config = Config::builder()
        .completion_type(CompletionType::Circular)
        .auto_add_history(false)
        .history_ignore_dups(true)?
        .max_history_size(history::MAXIMUM_HISTORY_COUNT)?
        .color_mode(if theme.enabled {
            rustyline::ColorMode::Enabled
        } else {
            rustyline::ColorMode::Disabled
        })
        .build();
    let mut editor = Editor::with_config(config)?;
    let knowledge = Knowledge::new(engine.shared_registry(), engine.session.clone());
    let helper = ShellHelper::new(knowledge, theme, width);
    for key in [
        KeyEvent(KeyCode::Char(' '), Modifiers::CTRL),
        KeyEvent(KeyCode::Char('@'), Modifiers::CTRL),
        KeyEvent::alt('='),
    ] {
        editor.bind_sequence(
            key,
            EventHandler::Conditional(Box::new(helper.list_all_handler())),
        );
    }
    editor.bind_sequence(
        KeyEvent::ctrl('c'),
        EventHandler::Conditional(Box::new(helper.cancel_handler())),
    );
    editor.bind_sequence(KeyEvent::ctrl('l'), EventHandler::Simple(Cmd::ClearScreen));
    editor.set_helper(Some(helper));
    Ok(editor)
}

/// Opens the history file (creating it for its owner only); `None` when there is none to use.
fn open_history(editor: &mut Editor) -> Option<std::path::PathBuf> {
    let path = history::path()?;
    if let Err(e) = history::prepare(&path) {
        eprintln!(
            "lyncsh: history is not saved: cannot open {}: {e}",
            path.display()
        );
        return None;
    }
    if let Err(e) = editor.load_history(&path) {
        eprintln!("lyncsh: cannot read the history in {}: {e}", path.display());
    }
    Some(path)
}

/// Reads one line; a line ended by Ctrl+C (see [`ShellHelper::cancel_handler`]) is
/// `Interrupted`.
fn read_line(editor: &mut Editor, prompt: &str) -> rustyline::Result<String> {
    let line = editor.readline(prompt)?;
    match editor.helper() {
        Some(helper) if helper.take_cancelled() => {
            Err(rustyline::error::ReadlineError::Interrupted)
        }
        _ => Ok(line),
    }
}

/// Reads one input: a line, and while it is unfinished more lines after `>> ` until a blank
/// line. `None` when the user leaves (Ctrl+D on an empty line, end of input).
fn read_input(editor: &mut Editor, prompt: &str) -> Option<String> {
    use rustyline::error::ReadlineError;
    loop {
        if let Some(helper) = editor.helper_mut() {
            helper.pending.clear();
        }
        let mut text = match read_line(editor, prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(_) => return None,
        };
        if is_incomplete(&text) {
            loop {
                if let Some(helper) = editor.helper_mut() {
                    helper.pending = text.clone();
                }
                match read_line(editor, CONTINUATION_PROMPT) {
                    Ok(line) if !line.trim().is_empty() => {
                        text.push('\n');
                        text.push_str(&line);
                    }
                    Err(ReadlineError::Interrupted) => {
                        text.clear();
                        break;
                    }
                    _ => break,
                }
            }
        }
        if !text.trim().is_empty() {
            return Some(text);
        }
    }
}

fn interactive(mut options: Options) -> i32 {
    let mut engine = engine(true, &mut options);
    let theme = engine.host().theme();
    let width = engine.host().width();
    let mut editor = match editor(&engine, theme, width) {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("lyncsh: cannot start the line editor: {e}");
            return 2;
        }
    };
    let history_file = open_history(&mut editor);
    let interrupt = engine.interrupt.clone();
    // Ctrl+C while a command runs stops it; at the prompt the line editor sees the key itself.
    if let Err(e) = ctrlc::set_handler(move || interrupt.request()) {
        eprintln!("lyncsh: Ctrl+C will end lyncsh rather than the running command: {e}");
    }
    let mut lab = options.lab.clone().map(|lab| {
        engine.write_host(&progress::introduction(&lab, width));
        progress::Tracker::new(lab, &engine.session)
    });
    let mut exit = Ok(());
    loop {
        if let Some(helper) = editor.helper_mut() {
            helper.knowledge.session = engine.session.clone();
            helper.knowledge.set_functions(engine.function_entries());
            helper.width = engine.host().width();
        }
        let prompt = match &lab {
            Some(tracker) => tracker.prompt(&engine.session, PROMPT),
            None => PROMPT.to_string(),
        };
        let Some(text) = read_input(&mut editor, &prompt) else {
            break;
        };
        let _ = editor.add_history_entry(text.as_str());
        if let Some(path) = &history_file {
            let _ = editor.append_history(path);
        }
        // The copy completion read shares the directory with the engine's session; let it go,
        // so that a command changing users does not copy the whole directory first.
        if let Some(helper) = editor.helper_mut() {
            helper.knowledge.session.directory = Directory::default();
        }
        engine.interrupt.clear();
        exit = engine.run_entry(&text, "line");
        if engine.interrupt.requested() {
            engine.write_host("\n");
        }
        if let Some(summary) = lab.as_mut().and_then(|t| t.after_input(&engine.session)) {
            engine.write_host(&summary);
        }
        if exit.is_err() {
            break;
        }
    }
    status(&mut engine, exit, &options)
}
