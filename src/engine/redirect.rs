//! Redirection: `> file`, `>> file`, `2> $null`, `2>&1`, `3> file`, `*> file`. A command's
//! redirections are worked out before it runs; while it runs, the error, warning and verbose
//! records it (or any command it calls) writes go to the nearest redirection of their stream
//! instead of the host; when it ends, the merged records join its output and the output
//! redirection writes the file. Files are written in the files folder, as Out-File writes them.

use super::{Engine, Flow};
use crate::ast::Redirection;
use crate::error::ErrorRecord;
use crate::span::Span;
use crate::value::Value;
use std::rc::Rc;

/// The streams PowerShell 3 numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Output = 1,
    Error = 2,
    Warning = 3,
    Verbose = 4,
}

/// Where one redirected stream goes.
#[derive(Debug)]
enum Sink {
    /// `> $null`: nowhere.
    Discard,
    /// `n>&1`: into the command's output, after what it returns.
    Merge(Vec<Value>),
    /// `> file`, `>> file`: the records' text, written when the command ends.
    File {
        typed: String,
        append: bool,
        span: Span,
        lines: Vec<String>,
    },
}

/// The redirections of one command, by stream (`None`: not redirected).
#[derive(Debug, Default)]
pub(super) struct Redirects {
    output: Option<Sink>,
    error: Option<Sink>,
    warning: Option<Sink>,
    verbose: Option<Sink>,
}

impl Redirects {
    pub(super) fn is_empty(&self) -> bool {
        self.output.is_none()
            && self.error.is_none()
            && self.warning.is_none()
            && self.verbose.is_none()
    }

    fn slot(&mut self, stream: Stream) -> &mut Option<Sink> {
        match stream {
            Stream::Output => &mut self.output,
            Stream::Error => &mut self.error,
            Stream::Warning => &mut self.warning,
            Stream::Verbose => &mut self.verbose,
        }
    }
}

impl Engine {
    /// Works out a command's redirections: their files are evaluated now, before it runs.
    /// Streams 5 and 6 (debug, information) have no writer in lyncsh, so their redirections
    /// change nothing.
    pub(super) fn redirects(&mut self, written: &[Redirection]) -> Result<Redirects, Flow> {
        let mut redirects = Redirects::default();
        for redirection in written {
            let streams: &[Stream] = match redirection.stream {
                0 => &[
                    Stream::Output,
                    Stream::Error,
                    Stream::Warning,
                    Stream::Verbose,
                ],
                1 => &[Stream::Output],
                2 => &[Stream::Error],
                3 => &[Stream::Warning],
                4 => &[Stream::Verbose],
                _ => &[],
            };
            let target = match &redirection.file {
                Some(file) => match self.eval(file)? {
                    Value::Null => None,
                    value => Some(value.to_display()),
                },
                None => Some(String::new()),
            };
            for &stream in streams {
                *redirects.slot(stream) = Some(match (&target, &redirection.file) {
                    (_, None) => Sink::Merge(Vec::new()),
                    (None, Some(_)) => Sink::Discard,
                    (Some(typed), Some(_)) => Sink::File {
                        typed: typed.clone(),
                        append: redirection.append,
                        span: redirection.span,
                        lines: Vec::new(),
                    },
                });
            }
        }
        // `*>&1` merges every stream into the output, which is not itself redirected.
        if matches!(redirects.output, Some(Sink::Merge(_))) {
            redirects.output = None;
        }
        Ok(redirects)
    }

    /// Whether the innermost running command redirects its errors.
    pub(super) fn redirects_errors(&self) -> bool {
        self.redirected.last().is_some_and(|r| r.error.is_some())
    }

    /// Takes a record written to `stream` when a running command redirects that stream: true
    /// when a redirection took it (so it is not shown).
    pub(super) fn take_redirected(&mut self, stream: Stream, text: &str, value: Value) -> bool {
        let Some(sink) = self
            .redirected
            .iter_mut()
            .rev()
            .find_map(|r| r.slot(stream).as_mut())
        else {
            return false;
        };
        match sink {
            Sink::Discard => {}
            Sink::Merge(values) => values.push(value),
            Sink::File { lines, .. } => lines.extend(text.lines().map(str::to_string)),
        }
        true
    }

    /// Takes an error record when a running command redirects errors: it is kept in `$Error`
    /// and marks the run as failed, but is not shown.
    pub(super) fn take_redirected_error(&mut self, record: ErrorRecord) -> Option<ErrorRecord> {
        let text = crate::format::error::render(&record);
        let record = Rc::new(record);
        if !self.take_redirected(Stream::Error, &text, Value::Error(record.clone())) {
            return Some(Rc::unwrap_or_clone(record));
        }
        self.had_error = true;
        self.session.record_error(Rc::unwrap_or_clone(record));
        None
    }

    /// Ends a command's redirections: merged records join `output`, the files are written, and
    /// a redirected output stream leaves nothing to pass on.
    pub(super) fn finish_redirects(
        &mut self,
        mut redirects: Redirects,
        mut output: Vec<Value>,
    ) -> Result<Vec<Value>, Flow> {
        let mut files = Vec::new();
        for stream in [Stream::Error, Stream::Warning, Stream::Verbose] {
            match redirects.slot(stream).take() {
                Some(Sink::Merge(values)) => output.extend(values),
                Some(sink @ Sink::File { .. }) => files.push(sink),
                _ => {}
            }
        }
        let passed_on = match redirects.output.take() {
            Some(Sink::Discard) => Vec::new(),
            Some(Sink::File {
                typed,
                append,
                span,
                lines,
            }) => {
                let rendered = crate::format::render_default(&output, crate::format::DEFAULT_WIDTH);
                let mut all: Vec<String> = rendered.lines().map(str::to_string).collect();
                all.extend(lines);
                // `*> file` sends every stream to the one file.
                files.retain_mut(|sink| match sink {
                    Sink::File {
                        typed: other,
                        lines,
                        ..
                    } if other.eq_ignore_ascii_case(&typed) => {
                        all.append(lines);
                        false
                    }
                    _ => true,
                });
                files.push(Sink::File {
                    typed,
                    append,
                    span,
                    lines: all,
                });
                Vec::new()
            }
            _ => output,
        };
        for sink in files {
            self.write_sink(sink)?;
        }
        Ok(passed_on)
    }

    fn write_sink(&mut self, sink: Sink) -> Result<(), Flow> {
        let Sink::File {
            typed,
            append,
            span,
            lines,
        } = sink
        else {
            return Ok(());
        };
        if self.replaying {
            return Ok(());
        }
        self.write_text_lines(&typed, &lines, append, span)
            .map_err(Flow::Error)
    }
}
