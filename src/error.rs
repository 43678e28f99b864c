//! Error records: the data behind every error lyncsh writes, in PowerShell's terms (message,
//! ErrorId, category, target, exception type, position). [`crate::format::error`] renders them.

use crate::span::{floor_boundary, SourceText, Span};

/// PowerShell's `ErrorCategory` members that lyncsh uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCategory {
    NotSpecified,
    InvalidArgument,
    InvalidData,
    InvalidOperation,
    InvalidType,
    LimitsExceeded,
    NotImplemented,
    ObjectNotFound,
    OperationStopped,
    ReadError,
    ParserError,
    ResourceExists,
    ResourceUnavailable,
    PermissionDenied,
    CloseError,
    OpenError,
    WriteError,
}

impl ErrorCategory {
    /// Every category lyncsh has, in declaration order (Write-Error's -Category takes their
    /// names).
    pub const ALL: [ErrorCategory; 17] = [
        ErrorCategory::NotSpecified,
        ErrorCategory::InvalidArgument,
        ErrorCategory::InvalidData,
        ErrorCategory::InvalidOperation,
        ErrorCategory::InvalidType,
        ErrorCategory::LimitsExceeded,
        ErrorCategory::NotImplemented,
        ErrorCategory::ObjectNotFound,
        ErrorCategory::OperationStopped,
        ErrorCategory::ReadError,
        ErrorCategory::ParserError,
        ErrorCategory::ResourceExists,
        ErrorCategory::ResourceUnavailable,
        ErrorCategory::PermissionDenied,
        ErrorCategory::CloseError,
        ErrorCategory::OpenError,
        ErrorCategory::WriteError,
    ];

    /// The category a name (in any case) names.
    pub fn parse(name: &str) -> Option<ErrorCategory> {
        ErrorCategory::ALL
            .into_iter()
            .find(|c| c.to_string().eq_ignore_ascii_case(name))
    }
}

impl std::fmt::Display for ErrorCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

/// Where an error happened: the origin (`line` for typed input, the script path for a file),
/// the 1-based line and column, the part of that line around the error and how many
/// characters to underline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub origin: String,
    pub line: u32,
    pub col: u32,
    /// The source line, or on a long line the [`Position::WINDOW`] characters either side of
    /// the error that an error record can show.
    pub source_line: String,
    /// How many characters of the line were left out before `source_line`.
    pub window_offset: usize,
    /// Characters to underline, counted up to [`Position::WINDOW`] at most.
    pub length: usize,
}

impl Position {
    /// How many characters either side of an error a position keeps: more than an error
    /// record shows, so that a record is the same as if the whole line had been kept, while
    /// the cost of an error stays the same on a line of any length.
    pub const WINDOW: usize = 80;

    /// The position of `span` in `source`, which came from `origin`.
    pub fn of(span: Span, source: &SourceText, origin: &str) -> Position {
        let (line, col) = source.line_col(span.start());
        let source = source.text();
        let at = floor_boundary(source, span.start().min(source.len()));
        let before: Vec<(usize, char)> = source[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| *c != '\n')
            .take(Self::WINDOW)
            .collect();
        let window_start = before.last().map_or(at, |(i, _)| *i);
        let after = source[at..]
            .char_indices()
            .take_while(|(_, c)| *c != '\n')
            .take(2 * Self::WINDOW)
            .last()
            .map_or(at, |(i, c)| at + i + c.len_utf8());
        // The line goes on past the window unless a line break or the end follows it.
        let line_ends_in_window = after == source.len() || source[after..].starts_with('\n');
        let length = if span.end() <= after {
            let end = floor_boundary(source, span.end().max(at));
            source[at..end].chars().count()
        } else if line_ends_in_window {
            source[at..after].trim_end().chars().count()
        } else {
            Self::WINDOW
        };
        Position {
            origin: origin.to_string(),
            line,
            col,
            source_line: source[window_start..after]
                .trim_end_matches(['\n', '\r'])
                .to_string(),
            window_offset: (col as usize).saturating_sub(1 + before.len()),
            length,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorRecord {
    pub message: String,
    pub error_id: String,
    pub category: ErrorCategory,
    /// The activity in CategoryInfo's brackets: the cmdlet name, empty for parse errors and
    /// unknown commands.
    pub activity: String,
    pub target: String,
    pub target_type: String,
    /// The exception's short type name (`ParameterBindingException`).
    pub exception: String,
    /// The implementing .NET type appended to FullyQualifiedErrorId, when there is one.
    pub class: Option<String>,
    /// What stands before ` : ` on the first line; `None` for parse errors, whose message
    /// carries its own position lines.
    pub prefix: Option<String>,
    pub position: Option<Position>,
    /// A line of advice lyncsh adds after the record (not part of PowerShell's text).
    pub hint: Option<String>,
}

impl ErrorRecord {
    pub fn new(
        message: impl Into<String>,
        error_id: &str,
        category: ErrorCategory,
        exception: &str,
    ) -> ErrorRecord {
        ErrorRecord {
            message: message.into(),
            error_id: error_id.to_string(),
            category,
            activity: String::new(),
            target: String::new(),
            target_type: String::new(),
            exception: exception.to_string(),
            class: None,
            prefix: None,
            position: None,
            hint: None,
        }
    }

    /// Attributes the error to a cmdlet: prefix, activity and FullyQualifiedErrorId suffix.
    pub fn from_cmdlet(mut self, cmdlet: &str, class: &str) -> ErrorRecord {
        self.prefix = Some(cmdlet.to_string());
        self.activity = cmdlet.to_string();
        self.class = (!class.is_empty()).then(|| class.to_string());
        self
    }

    /// Sets the text before ` : ` without naming an activity (command-not-found records).
    pub fn with_prefix(mut self, prefix: &str) -> ErrorRecord {
        self.prefix = Some(prefix.to_string());
        self
    }

    pub fn with_target(mut self, target: impl Into<String>, target_type: &str) -> ErrorRecord {
        self.target = target.into();
        self.target_type = target_type.to_string();
        self
    }

    pub fn at(mut self, position: Option<Position>) -> ErrorRecord {
        self.position = position;
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> ErrorRecord {
        self.hint = Some(hint.into());
        self
    }

    pub fn fully_qualified_id(&self) -> String {
        match &self.class {
            Some(class) => format!("{},{}", self.error_id, class),
            None => self.error_id.clone(),
        }
    }
}
