//! Running scripts: statements, pipelines and commands over a [`Session`], writing output and
//! error records through a [`Host`].

mod ask;
pub mod bind;
pub mod convert;
mod dotnet;
pub mod dotnet_regex;
mod eval;
mod file_bytes;
pub mod files;
mod flow;
pub mod function;
pub mod interrupt;
mod limits;
mod pipeline;
mod redirect;
pub mod regex_ops;
pub mod scope;
pub mod transcript;

use crate::ast::{Statement, StatementKind};
use crate::command::{CmdletEntry, Commands};
use crate::error::{ErrorCategory, ErrorRecord, Position};
use crate::format::theme::{Role, Theme};
use crate::parse::{self, ParseError};
use crate::session::Session;
use crate::span::{SourceText, Span};
use crate::value::Value;
use bind::Bound;

pub use eval::{compare_values, custom_object, member as member_of};
pub use pipeline::command_not_found_message;
use std::rc::Rc;

/// Where output goes and where answers to prompts come from.
pub trait Host {
    fn write_out(&mut self, text: &str);
    fn write_err(&mut self, text: &str);
    /// Shows `prompt` and reads one line; `None` when this host cannot ask (non-interactive).
    fn read_line(&mut self, prompt: &str) -> Option<String>;
    /// As [`Host::read_line`], for an answer that must not show on the screen (a password).
    fn read_secret(&mut self, prompt: &str) -> Option<String> {
        self.read_line(prompt)
    }
    fn width(&self) -> usize;
    fn theme(&self) -> Theme;
}

/// A host that keeps everything in memory, for tests and the in-process harness.
#[derive(Default)]
pub struct BufferHost {
    pub out: String,
    /// Stdout and stderr interleaved, as a terminal would show them.
    pub all: String,
    pub err: String,
    pub answers: std::collections::VecDeque<String>,
}

impl Host for BufferHost {
    fn write_out(&mut self, text: &str) {
        self.out.push_str(text);
        self.all.push_str(text);
    }
    fn write_err(&mut self, text: &str) {
        self.err.push_str(text);
        self.all.push_str(text);
    }
    fn read_line(&mut self, prompt: &str) -> Option<String> {
        let answer = self.answers.pop_front()?;
        self.all.push_str(prompt);
        self.all.push_str(&answer);
        self.all.push('\n');
        Some(answer)
    }
    fn width(&self) -> usize {
        crate::format::DEFAULT_WIDTH
    }
    fn theme(&self) -> Theme {
        Theme::plain()
    }
}

/// How a statement ended early.
#[derive(Debug)]
pub enum Flow {
    /// A statement-terminating error; the next statement still runs.
    Error(Box<ErrorRecord>),
    /// An error made terminating by `-ErrorAction Stop`: it ends the whole input (the rest of
    /// the typed line, or the script), as PowerShell's ActionPreferenceStopException does.
    Stop(Box<ErrorRecord>),
    /// `exit`: the script ends.
    Exit(i32),
    /// `break [label]`: the innermost loop ends, or the one with the label (outside a loop,
    /// the input does).
    Break(Option<crate::ast::Name>),
    /// `continue [label]`: the innermost loop goes on with its next turn, or the one with the
    /// label (outside a loop, the input ends).
    Continue(Option<crate::ast::Name>),
    /// `return`: the function or script block ends.
    Return,
    /// Ctrl-C: the input stops without a message.
    Interrupted,
}

impl From<Box<ErrorRecord>> for Flow {
    fn from(e: Box<ErrorRecord>) -> Flow {
        Flow::Error(e)
    }
}

impl From<ErrorRecord> for Flow {
    fn from(e: ErrorRecord) -> Flow {
        Flow::Error(Box::new(e))
    }
}

/// One command invocation as a cmdlet sees it.
pub struct Call {
    pub entry: Rc<CmdletEntry>,
    pub bound: Bound,
    /// The current pipeline object (per-object commands).
    pub input: Option<Value>,
    /// All pipeline input (commands that collect their input).
    pub inputs: Vec<Value>,
    /// The whole command, for error positions.
    pub span: Span,
}

impl Call {
    pub fn name(&self) -> &str {
        self.entry.name()
    }
}

/// The error-handling preference of the command that is running (`-ErrorAction`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorAction {
    Continue,
    SilentlyContinue,
    Stop,
    Ignore,
    /// Asks, for each error, whether to go on.
    Inquire,
}

pub struct Engine {
    pub session: Session,
    registry: Rc<dyn Commands>,
    host: transcript::Recorder,
    source: Rc<SourceText>,
    origin: Rc<str>,
    /// The local scopes of the calls running now, innermost last (the global scope is the
    /// session's).
    scopes: Vec<scope::LocalScope>,
    /// Functions of the global scope.
    functions: std::collections::HashMap<String, scope::Function>,
    /// The names of the functions and script blocks running, innermost last (script blocks
    /// have empty names); its length is the call depth.
    calls: Vec<crate::ast::Name>,
    /// How many `try` blocks are running: inside one, a terminating error goes to its
    /// `catch` instead of being reported.
    try_depth: usize,
    /// Set once any error record has been written (the exit status).
    pub had_error: bool,
    /// How many error records have been written (`lyncsh grade` counts a student's).
    pub errors_written: usize,
    last_ok: bool,
    /// Whether the statement now running has written or thrown an error (`$?` afterwards).
    failed: bool,
    error_actions: Vec<ErrorAction>,
    /// The -WarningAction of each command running, innermost last.
    warning_actions: Vec<ErrorAction>,
    /// The warnings of each command running with -WarningVariable, innermost last.
    warnings_captured: Vec<Vec<String>>,
    /// The redirections of the commands running, innermost last.
    redirected: Vec<redirect::Redirects>,
    /// Whether a missing mandatory parameter is asked for instead of reported.
    pub interactive: bool,
    /// Raised by Ctrl-C while input runs.
    pub interrupt: interrupt::Interrupt,
    /// The folder relative file paths are resolved against (PowerShell's current location);
    /// empty for the process's current directory.
    pub location: std::path::PathBuf,
    /// The locations Push-Location saved, newest last.
    pub location_stack: Vec<std::path::PathBuf>,
    /// The folder scripts read and write files in (`--files DIR`); empty for the current
    /// directory.
    pub files_folder: std::path::PathBuf,
    /// Set while a saved history is replayed or a student's work is graded: commands that
    /// write files skip the writing.
    pub replaying: bool,
    /// Whether the newest history entry is the input now running, which Get-History leaves
    /// out until it has finished.
    pub entry_running: bool,
    /// The lab being worked on (`lyncsh --lab`), for Get-LabObjective.
    pub lab: Option<Rc<crate::lab::Lab>>,
    /// Whether Get-Module lists the Lync module (Remove-Module takes it off; using a Lync
    /// cmdlet, or Import-Module, puts it back).
    pub lync_module_loaded: bool,
}

impl Engine {
    /// An engine running `session` with `commands`, writing to `host`.
    pub fn new(session: Session, host: Box<dyn Host>, commands: Rc<dyn Commands>) -> Engine {
        let limit = session
            .variables
            .get("FormatEnumerationLimit")
            .and_then(Value::as_i128);
        crate::format::cell::set_enumeration_limit(
            limit.map_or(crate::format::cell::ENUMERATION_LIMIT, |l| {
                l.clamp(-1, 10_000) as i32
            }),
        );
        Engine {
            session,
            registry: commands,
            host: transcript::Recorder::new(host),
            source: Rc::new(SourceText::default()),
            origin: Rc::from("line"),
            scopes: Vec::new(),
            functions: std::collections::HashMap::new(),
            calls: Vec::new(),
            try_depth: 0,
            had_error: false,
            errors_written: 0,
            last_ok: true,
            failed: false,
            error_actions: Vec::new(),
            warning_actions: Vec::new(),
            warnings_captured: Vec::new(),
            redirected: Vec::new(),
            interactive: false,
            interrupt: interrupt::Interrupt::default(),
            location: std::path::PathBuf::new(),
            location_stack: Vec::new(),
            files_folder: std::path::PathBuf::new(),
            replaying: false,
            entry_running: false,
            lab: None,
            lync_module_loaded: true,
        }
    }

    pub fn registry(&self) -> &dyn Commands {
        &*self.registry
    }

    /// The commands themselves, for the interactive shell's completion and colouring.
    pub fn shared_registry(&self) -> Rc<dyn Commands> {
        self.registry.clone()
    }

    pub fn host(&mut self) -> &mut dyn Host {
        &mut self.host
    }

    /// The host wrapper that keeps the transcript (Start-Transcript / Stop-Transcript).
    pub fn recorder(&mut self) -> &mut transcript::Recorder {
        &mut self.host
    }

    /// Replaces the host and returns the previous one.
    pub fn swap_host(&mut self, host: Box<dyn Host>) -> Box<dyn Host> {
        std::mem::replace(&mut self.host.inner, host)
    }

    /// `path` as typed, resolved against [`Engine::location`].
    pub fn resolve_path(&self, path: &str) -> std::path::PathBuf {
        self.location.join(path)
    }

    /// Runs one input (a typed line, a file, `-c` text). `origin` is `line` for typed input or the
    /// script path. Returns `Err(code)` when the script called `exit`.
    /// Runs one input (a typed line, `-c` text, a script file, a replayed entry) and keeps it
    /// in the session's history. The entry is added first, so that a session saved while it
    /// runs holds it, but Get-History lists it only once it has finished, as in PowerShell.
    pub fn run_entry(&mut self, text: &str, origin: &str) -> Result<(), i32> {
        self.session.history.push(text.to_string());
        self.entry_running = true;
        let exit = self.run(text, origin);
        self.entry_running = false;
        exit
    }

    pub fn run(&mut self, text: &str, origin: &str) -> Result<(), i32> {
        self.source = Rc::new(SourceText::new(text));
        self.origin = Rc::from(origin);
        self.host.record_input(text);
        let shared = Rc::clone(self.source.shared());
        let script = match parse::parse_shared(&shared) {
            Ok(script) => script,
            Err(e) => {
                let record = self.parse_error_record(&e);
                self.report(record);
                self.last_ok = false;
                return Ok(());
            }
        };
        // A script with a param block and named blocks runs them in order: the parameters
        // take their defaults (nothing binds them), then begin, process once, and end.
        if let Some(header) = &script.header {
            for param in header.params.iter().flatten() {
                let value = match &param.default {
                    Some(default) => match self.eval(default) {
                        Ok(value) => value,
                        Err(flow) => return self.finish_top_level(flow),
                    },
                    None if function::param_type(param.type_name.as_deref())
                        == crate::signature::ParamType::Switch =>
                    {
                        Value::Switch(false)
                    }
                    None => Value::Null,
                };
                self.put_variable(&param.name, value);
            }
            for block in [&header.begin, &header.process].into_iter().flatten() {
                if !self.run_top_level(&block.statements)? {
                    return Ok(());
                }
            }
        }
        self.run_top_level(&script.statements)?;
        Ok(())
    }

    /// Runs the statements of a script's top level, writing each one's output when it ends.
    /// `Ok(false)` when the script ended early (a terminating error, `break`), `Err` on `exit`.
    fn run_top_level(&mut self, statements: &[Statement]) -> Result<bool, i32> {
        let traps = flow::traps_of(statements);
        for statement in statements {
            if self.interrupt.requested() {
                return Ok(false);
            }
            let mut output = Vec::new();
            let mut result = self.exec_listed_statement(statement, &mut output);
            if let (Err(Flow::Error(record) | Flow::Stop(record)), false) =
                (&result, traps.is_empty())
            {
                let record = record.clone();
                result = self.run_trap(&traps, record, &mut output);
            }
            self.emit(&output);
            match result {
                Ok(()) | Err(Flow::Interrupted) => {}
                // A statement-terminating error: reported, and the next statement runs.
                Err(Flow::Error(record)) => self.report(*record),
                Err(Flow::Exit(code)) => return Err(code),
                // A terminating error (`throw`, -ErrorAction Stop) ends the input.
                Err(Flow::Stop(record)) => {
                    self.report(*record);
                    return Ok(false);
                }
                // Outside a loop, as in PowerShell, they end the script (or the typed line).
                Err(Flow::Break(_) | Flow::Continue(_) | Flow::Return) => return Ok(false),
            }
        }
        Ok(true)
    }

    /// How a flow that escaped the top level ends the run.
    fn finish_top_level(&mut self, flow: Flow) -> Result<(), i32> {
        match flow {
            Flow::Exit(code) => Err(code),
            Flow::Error(record) | Flow::Stop(record) => {
                self.report(*record);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub fn parse_error_record(&self, e: &ParseError) -> ErrorRecord {
        let position = Position::of(e.span, &self.source, &self.origin);
        let message = format!(
            "{}\n{}",
            crate::format::error::position_message(&position),
            e.message
        );
        let mut record = ErrorRecord::new(
            message,
            e.id,
            ErrorCategory::ParserError,
            "ParentContainsErrorRecordException",
        );
        record.position = None;
        record
    }

    /// Writes formatted output objects.
    pub fn emit(&mut self, values: &[Value]) {
        if values.is_empty() {
            return;
        }
        let width = self.host.width();
        // The text goes out in pieces of about 64 KiB as it is laid out, so a long listing
        // starts at once and is never held whole; past the limit the rest is not written.
        const PIECE: usize = 64 << 10;
        let mut pending = String::new();
        let mut written = 0usize;
        let mut over = false;
        let host = &mut self.host;
        crate::format::render_default_to(values, width, &mut |text| {
            if over {
                return;
            }
            if written + pending.len() + text.len() > crate::limits::MAX_OUTPUT_LENGTH {
                over = true;
                return;
            }
            pending.push_str(text);
            if pending.len() >= PIECE {
                written += pending.len();
                host.write_out(&pending);
                pending.clear();
            }
        });
        if !pending.is_empty() {
            self.host.write_out(&pending);
        }
        if over {
            let record = self.output_too_large();
            self.report(record);
        }
    }

    /// Writes an error record, records it in `$Error` and marks the run as failed.
    pub fn report(&mut self, record: ErrorRecord) {
        let Some(record) = self.take_redirected_error(record) else {
            return;
        };
        let theme = self.host.theme();
        let mut text = theme.paint(&crate::format::error::render(&record), Role::Error);
        if let Some(hint) = &record.hint {
            text.push_str(&theme.paint(&format!("Hint: {hint}\n"), Role::Hint));
        }
        self.host.write_err(&text);
        self.had_error = true;
        self.errors_written += 1;
        self.session.record_error(record);
    }

    /// A warning: shown unless the command's -WarningAction (or $WarningPreference) says
    /// SilentlyContinue or Ignore, and kept for its -WarningVariable unless Ignore. Stop shows
    /// it and then stops the input, as PowerShell's ActionPreferenceStopException does; Inquire
    /// shows it and asks whether to go on.
    pub fn write_warning(&mut self, call: &Call, message: &str) -> Result<(), Flow> {
        let action = self
            .warning_actions
            .last()
            .copied()
            .unwrap_or(ErrorAction::Continue);
        if action != ErrorAction::Ignore {
            if let Some(captured) = self.warnings_captured.last_mut() {
                captured.push(message.to_string());
            }
        }
        if matches!(action, ErrorAction::SilentlyContinue | ErrorAction::Ignore)
            || self.take_redirected(redirect::Stream::Warning, message, Value::str(message))
        {
            return Ok(());
        }
        let theme = self.host.theme();
        let text = theme.paint(&format!("WARNING: {message}\n"), Role::Warning);
        self.host.write_err(&text);
        let stopped = match action {
            ErrorAction::Stop => format!(
                "The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: {message}"
            ),
            ErrorAction::Inquire if !self.inquire("Continue with this operation?")? => {
                "Command execution stopped because the user selected the Halt option.".to_string()
            }
            _ => return Ok(()),
        };
        let record = self.cmdlet_error(
            call,
            stopped,
            "ActionPreferenceStop",
            ErrorCategory::OperationStopped,
            "ParentContainsErrorRecordException",
        );
        Err(Flow::Stop(Box::new(record)))
    }

    pub fn write_verbose(&mut self, message: &str) {
        if self.take_redirected(redirect::Stream::Verbose, message, Value::str(message)) {
            return;
        }
        let theme = self.host.theme();
        let text = theme.paint(&format!("VERBOSE: {message}\n"), Role::Verbose);
        self.host.write_err(&text);
    }

    /// Writes a verbose line of `call`, when it was given -Verbose.
    pub fn verbose(&mut self, call: &Call, message: &str) {
        if call.bound.switch("Verbose") {
            self.write_verbose(message);
        }
    }

    pub fn write_host(&mut self, text: &str) {
        self.host.write_out(text);
    }

    /// The position of `span` in the input being run.
    pub fn position(&self, span: Span) -> Position {
        Position::of(span, &self.source, &self.origin)
    }

    /// An error raised by a cmdlet while it ran: prefixed with its name, positioned on the command.
    pub fn cmdlet_error(
        &self,
        call: &Call,
        message: impl Into<String>,
        id: &str,
        category: ErrorCategory,
        exception: &str,
    ) -> ErrorRecord {
        ErrorRecord::new(message, id, category, exception)
            .from_cmdlet(call.name(), &call.entry.class)
            .at(Some(self.position(call.span)))
    }

    /// A non-terminating error: shown (unless -ErrorAction says otherwise) and the command goes on.
    pub fn write_error(&mut self, record: ErrorRecord) -> Result<(), Flow> {
        self.failed = true;
        match self
            .error_actions
            .last()
            .copied()
            .unwrap_or(ErrorAction::Continue)
        {
            ErrorAction::Continue => {
                self.report(record);
                Ok(())
            }
            ErrorAction::SilentlyContinue => {
                self.had_error = true;
                self.session.record_error(record);
                Ok(())
            }
            ErrorAction::Ignore => Ok(()),
            ErrorAction::Stop => Err(Flow::Stop(Box::new(record))),
            ErrorAction::Inquire => {
                if self.inquire(&record.message)? {
                    self.report(record);
                    Ok(())
                } else {
                    Err(Flow::Stop(Box::new(record)))
                }
            }
        }
    }

    /// The name of the innermost function running, if any.
    pub fn current_function(&self) -> Option<String> {
        self.calls
            .iter()
            .rev()
            .find(|name| !name.is_empty())
            .map(|name| name.to_string())
    }

    pub fn last_ok(&self) -> bool {
        self.last_ok
    }

    // ----- statements ------------------------------------------------------------------------

    /// Runs statements, collecting their output into `output`. A statement-terminating error is
    /// reported and the next statement runs, as in PowerShell.
    fn exec_block(
        &mut self,
        statements: &[Statement],
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let traps = flow::traps_of(statements);
        for statement in statements {
            self.interrupt.check()?;
            let mut result = self.exec_listed_statement(statement, output);
            if let (Err(Flow::Error(record) | Flow::Stop(record)), false) =
                (&result, traps.is_empty())
            {
                let record = record.clone();
                result = self.run_trap(&traps, record, output);
            }
            // A statement-terminating error is reported here (inside `try`, it goes to the
            // `catch`); every other flow goes up.
            match result {
                Ok(()) => {}
                Err(Flow::Error(record)) if self.try_depth == 0 => self.report(*record),
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// Runs a `while`, `do-while` or `do-until` loop. Ctrl-C stops it, and so does the limit on
    /// iterations, so a loop whose condition never changes cannot hang a script.
    fn exec_loop(
        &mut self,
        looping: &crate::ast::Loop,
        label: Option<&str>,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        use crate::ast::LoopKind;
        let holds = |engine: &mut Engine| -> Result<bool, Flow> {
            Ok(Value::array(engine.run_pipeline(&looping.condition)?).is_truthy())
        };
        let mut iterations: u64 = 0;
        loop {
            if looping.kind == LoopKind::While && !holds(self)? {
                return Ok(());
            }
            self.interrupt.check()?;
            iterations += 1;
            if iterations > crate::limits::MAX_ITERATIONS {
                return Err(self.too_many_iterations(looping.condition.span));
            }
            match flow::loop_control(self.exec_block(&looping.body.statements, output), label) {
                flow::LoopControl::Break => return Ok(()),
                flow::LoopControl::Done | flow::LoopControl::Continue => {}
                flow::LoopControl::Leave(other) => return Err(other),
            }
            self.check_items(output.len(), looping.condition.span)?;
            match looping.kind {
                LoopKind::While => {}
                LoopKind::DoWhile if !holds(self)? => return Ok(()),
                LoopKind::DoUntil if holds(self)? => return Ok(()),
                LoopKind::DoWhile | LoopKind::DoUntil => {}
            }
        }
    }

    /// Runs a statement of a statement list: as [`Self::exec_statement`], except that a bare
    /// `$i++` (see [`Statement::is_bare_step`]) writes nothing.
    fn exec_listed_statement(
        &mut self,
        statement: &Statement,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        if !statement.is_bare_step() {
            return self.exec_statement(statement, output);
        }
        let mut discarded = Vec::new();
        self.exec_statement(statement, &mut discarded)
    }

    fn exec_statement(
        &mut self,
        statement: &Statement,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let outer = std::mem::replace(&mut self.failed, false);
        let result = self.exec_statement_kind(statement, output);
        let failed = self.failed || result.is_err();
        self.last_ok = !failed;
        self.failed = outer || failed;
        result
    }

    fn exec_statement_kind(
        &mut self,
        statement: &Statement,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        match &statement.kind {
            StatementKind::Pipeline(p) => {
                let values = self.run_pipeline(p)?;
                output.extend(values);
                Ok(())
            }
            StatementKind::Assignment { target, op, value } => {
                // An expression is assigned as it is (`$x = @()` is an empty array); a
                // pipeline's output is collected: nothing is $null, one object itself.
                if let StatementKind::Pipeline(p) = &value.kind {
                    if let [crate::ast::PipelineElement::Expression(e)] = p.elements.as_slice() {
                        if !matches!(e.kind, crate::ast::ExprKind::Unary { .. }) {
                            let value = self.eval(e)?;
                            return self.assign(target, *op, value);
                        }
                    }
                }
                let mut produced = Vec::new();
                self.exec_statement(value, &mut produced)?;
                let value = match produced.len() {
                    0 => Value::Null,
                    1 => produced.pop().unwrap_or_default(),
                    _ => Value::array(produced),
                };
                self.assign(target, *op, value)
            }
            StatementKind::If { clauses, otherwise } => {
                for (condition, block) in clauses {
                    let values = self.run_pipeline(condition)?;
                    if Value::array(values).is_truthy() {
                        return self.exec_block(&block.statements, output);
                    }
                }
                if let Some(block) = otherwise {
                    self.exec_block(&block.statements, output)?;
                }
                Ok(())
            }
            StatementKind::Foreach(foreach) => self.exec_foreach(foreach, None, output),
            StatementKind::Loop(looping) => self.exec_loop(looping, None, output),
            StatementKind::Break(label) => Err(Flow::Break(label.clone())),
            StatementKind::Continue(label) => Err(Flow::Continue(label.clone())),
            StatementKind::Function(def) => self.define_function_statement(def),
            StatementKind::Return(value) => {
                if let Some(value) = value {
                    output.extend(self.run_pipeline(value)?);
                }
                Err(Flow::Return)
            }
            StatementKind::Throw(value) => Err(self.throw(value.as_ref(), statement.span)?),
            StatementKind::Try(t) => self.exec_try(t, output),
            // A trap acts when an error reaches its block (see exec_block).
            StatementKind::Trap { .. } => Ok(()),
            StatementKind::For(f) => self.exec_for(f, None, output),
            StatementKind::Switch(s) => self.exec_switch(s, None, output),
            StatementKind::Labeled { label, statement } => self.exec_labeled(label, statement, output),
            StatementKind::Unsupported { what, .. } => Err(ErrorRecord::new(
                format!("lyncsh does not run {what}: they are outside the PowerShell subset it emulates."),
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )
            .at(Some(self.position(statement.span)))
            .into()),
        }
    }
}
