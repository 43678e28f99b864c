//! Training labs that grade themselves. A lab is a RON file (see `docs/labs.md`): a title, an
//! introduction, how the starting session is made (an optional session file, then setup
//! commands) and objectives, each a text and a declarative [`check::Check`] on the session.
//! `lyncsh --lab FILE|NAME` starts one; Get-LabObjective shows the objectives; the console
//! shows progress in the prompt and a summary once every objective is met ([`progress`]).

pub mod builtin;
pub mod check;
pub mod progress;

use crate::engine::BufferHost;
use crate::session::file::LabMark;
use crate::session::{self, Session};
use check::Check;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a lab could not be read or started, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabError {
    pub file: String,
    /// Line and column (1-based) in the lab file, when the error is at one place in it.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for LabError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// How the starting session is made: the session file (relative to the lab file) or the
/// built-in lab deployment, then the setup commands run on it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    #[serde(default)]
    pub session: Option<String>,
    #[serde(default)]
    pub setup: Vec<String>,
    /// The lab clock's date when the lab starts (round-trip or `yyyy-MM-dd` format), for a lab
    /// about expiry; the computer's clock without it.
    #[serde(default)]
    pub clock: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub text: String,
    pub check: Check,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabFile {
    title: String,
    introduction: String,
    #[serde(default)]
    start: Start,
    objectives: Vec<Objective>,
}

#[derive(Clone, Debug)]
pub struct Lab {
    /// The file the lab was read from, or the built-in lab's name.
    pub source: String,
    pub title: String,
    pub introduction: String,
    pub start: Start,
    pub objectives: Vec<Objective>,
    /// The folder a starting session file is found in; `None` for a built-in lab.
    folder: Option<PathBuf>,
}

impl Lab {
    /// Reads lab `text`; `source` names it in errors, `folder` is where its session file is.
    pub fn parse(text: &str, source: &str, folder: Option<PathBuf>) -> Result<Lab, LabError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: LabFile = ron_options().from_str(text).map_err(|e| {
            let at = (e.span.start.line, e.span.start.col);
            LabError {
                file: source.to_string(),
                // A check is judged once it has been read whole: point at its start.
                position: Some(match e.code {
                    ron::Error::Message(_) => start_of_check(text, at),
                    _ => at,
                }),
                message: e.code.to_string(),
            }
        })?;
        if file.objectives.is_empty() {
            return Err(LabError {
                file: source.to_string(),
                position: None,
                message: "the lab has no objectives".into(),
            });
        }
        Ok(Lab {
            source: source.to_string(),
            title: file.title,
            introduction: file.introduction,
            start: file.start,
            objectives: file.objectives,
            folder,
        })
    }

    /// Reads the lab file at `path`.
    pub fn load(path: &Path) -> Result<Lab, LabError> {
        let source = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| LabError {
            file: source.clone(),
            position: None,
            message: format!("cannot read it: {e}"),
        })?;
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Lab::parse(&text, &source, Some(folder))
    }

    /// `lyncsh --lab ARG`: a built-in lab by name, unless a file of that name exists.
    pub fn open(arg: &str) -> Result<Lab, LabError> {
        let path = Path::new(arg);
        match builtin::find(arg) {
            Some(lab) if !path.exists() => lab,
            _ => Lab::load(path).map_err(|mut e| {
                if e.position.is_none() && !path.exists() {
                    e.message = format!(
                        "{} (built-in labs: {})",
                        e.message,
                        builtin::names().join(", ")
                    );
                }
                e
            }),
        }
    }

    fn error(&self, message: String) -> LabError {
        LabError {
            file: self.source.clone(),
            position: None,
            message,
        }
    }

    /// The session the lab starts from: its session file or the built-in deployment, after the
    /// setup commands, with an empty history and `$Error`. A setup command that writes an
    /// error record stops the start.
    pub fn starting_session(&self) -> Result<Session, LabError> {
        let base = match (&self.start.session, &self.folder) {
            (None, _) => Session::lab(),
            (Some(file), Some(folder)) => session::load(&folder.join(file))
                .map_err(|e| self.error(format!("the starting session: {e}")))?,
            (Some(_), None) => {
                return Err(self.error("a built-in lab cannot name a session file".into()))
            }
        };
        // A lab starts on its own day, or on the computer's.
        let today = match &self.start.clock {
            Some(text) => crate::datetime::DateTime::parse(text)
                .ok_or_else(|| self.error(format!("the clock `{text}` is not a date")))?,
            None => crate::datetime::DateTime::from_system_time(std::time::SystemTime::now()),
        };
        crate::datetime::set_clock(today);
        let mut engine = crate::cmdlets::shell(base, Box::new(BufferHost::default()));
        for (i, command) in self.start.setup.iter().enumerate() {
            let _ = engine.run(command, "line");
            if engine.had_error {
                let why = engine
                    .session
                    .errors
                    .first()
                    .map_or_else(String::new, |record| record.message.clone());
                return Err(self.error(format!(
                    "setup command {} (`{command}`) failed: {why}",
                    i + 1
                )));
            }
        }
        let mut start = engine.session;
        start.history.clear();
        start.errors.clear();
        Ok(start)
    }

    /// What a session file saved in this lab records of it: its name, title and the
    /// objectives `session` meets.
    pub fn mark(&self, session: &Session) -> LabMark {
        LabMark {
            name: self.source.clone(),
            title: self.title.clone(),
            met: self.progress(session),
        }
    }

    /// Whether a saved session may be carried on or graded in this lab: one whose mark says
    /// it was saved in another lab (neither this lab's name nor its title) is refused, naming
    /// that lab; one saved outside any lab is taken.
    pub fn takes(&self, session: &Session) -> Result<(), String> {
        match &session.lab {
            Some(mark) if mark.name != self.source && mark.title != self.title => Err(format!(
                "saved in the lab \"{}\" ({}), not in {}",
                mark.title, mark.name, self.source
            )),
            _ => Ok(()),
        }
    }

    /// For each objective, whether the session meets it.
    pub fn progress(&self, session: &Session) -> Vec<bool> {
        self.objectives
            .iter()
            .map(|objective| objective.check.met(session))
            .collect()
    }
}

/// How lab files are read: RON with `Some(..)` optional around optional values.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Where the check that ends at `end` (line and column of its closing parenthesis) begins:
/// the name before the matching opening parenthesis. Check fields hold only names and numbers,
/// so no parenthesis inside a string gets in the way.
fn start_of_check(text: &str, end: (usize, usize)) -> (usize, usize) {
    let chars: Vec<(usize, usize, char)> = text
        .lines()
        .enumerate()
        .flat_map(|(line, content)| {
            content
                .chars()
                .chain(std::iter::once('\n'))
                .enumerate()
                .map(move |(column, c)| (line + 1, column + 1, c))
        })
        .collect();
    let Some(last) = chars.iter().position(|(l, c, _)| (*l, *c) == end) else {
        return end;
    };
    let mut depth = if chars[last].2 == ')' { 0 } else { 1 };
    let mut open = None;
    for i in (0..=last).rev() {
        match chars[i].2 {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    open = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(mut at) = open else {
        return end;
    };
    while at > 0 && (chars[at - 1].2.is_alphanumeric() || chars[at - 1].2 == '_') {
        at -= 1;
    }
    (chars[at].0, chars[at].1)
}

#[cfg(test)]
mod tests;
