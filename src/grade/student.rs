//! One student's file: what it holds, told apart by its name and beginning, and the session
//! it leaves to grade. A session file is graded as saved. A transcript's inputs or a script
//! run on the lab's starting session as `lyncsh --lab LAB FILE` would run them, except that
//! there is no console (a question gets the NonInteractive error), output stays in a buffer,
//! files are read in the student file's folder, and nothing is written (as in a replay).

use super::transcript;
use super::Row;
use crate::engine::BufferHost;
use crate::lab::Lab;
use crate::session::{self, Session};
use std::path::Path;
use std::rc::Rc;

/// What a student's file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Session,
    Transcript,
    Script,
}

/// The row of the file at `path`: the objectives of `lab` its session meets, or why it could
/// not be graded.
pub(super) fn grade(lab: &Rc<Lab>, path: &Path) -> Row {
    let mut row = Row::new(path, lab.objectives.len());
    match graded_session(lab, path) {
        Ok((session, errors)) => {
            let progress = lab.progress(&session);
            row.met = progress.iter().filter(|done| **done).count();
            row.open = (1..=progress.len()).filter(|n| !progress[n - 1]).collect();
            row.errors = errors;
        }
        Err(why) => row.error = Some(why),
    }
    row
}

/// A `.ron` file is a session file whatever it holds (so a broken one says why); any other
/// file is told apart by its beginning: a session file's `(` and `version:`, or the header
/// Start-Transcript writes; anything else is a script.
fn kind_of(path: &Path, text: &str) -> Kind {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return Kind::Session;
    }
    let text = text.trim_start();
    if transcript::starts_one(text) {
        Kind::Transcript
    } else if text.starts_with('(') && text.contains("version:") {
        Kind::Session
    } else {
        Kind::Script
    }
}

/// The session to grade and how many error records were written on the way to it.
fn graded_session(lab: &Rc<Lab>, path: &Path) -> Result<(Session, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        _ => format!("cannot read the file: {e}"),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    match kind_of(path, text) {
        Kind::Session => {
            let name = path.file_name().unwrap_or(path.as_os_str());
            let session =
                session::load::parse(text, &name.to_string_lossy()).map_err(|e| e.to_string())?;
            lab.takes(&session)?;
            Ok((session, 0))
        }
        kind => run(lab, path, kind, text),
    }
}

/// Runs a transcript's inputs one after another, each as typed at the prompt, or a script as
/// a whole, on the lab's starting session; an input that calls `exit` ends the run.
fn run(lab: &Rc<Lab>, path: &Path, kind: Kind, text: &str) -> Result<(Session, usize), String> {
    let file = path
        .canonicalize()
        .map_err(|e| format!("cannot find it: {e}"))?;
    let start = lab.starting_session().map_err(|e| e.to_string())?;
    let mut engine = crate::cmdlets::shell(start, Box::new(BufferHost::default()));
    engine.lab = Some(Rc::clone(lab));
    engine.replaying = true;
    if let Some(folder) = file.parent() {
        engine.files_folder = folder.to_path_buf();
        engine.location = folder.to_path_buf();
    }
    let (inputs, origin) = match kind {
        Kind::Transcript => (transcript::inputs(text), "line".to_string()),
        // PowerShell names a script by its full path in error positions.
        _ => (vec![text.to_string()], file.display().to_string()),
    };
    for input in &inputs {
        if engine.run_entry(input, &origin).is_err() {
            break;
        }
    }
    Ok((engine.session, engine.errors_written))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_told_apart_by_their_name_and_beginning() {
        let file = Path::new("work.txt");
        assert_eq!(kind_of(file, "(\n    version: 5,"), Kind::Session);
        assert_eq!(kind_of(Path::new("a.RON"), "garbage"), Kind::Session);
        assert_eq!(
            kind_of(
                file,
                "**********************\nWindows PowerShell transcript start\n"
            ),
            Kind::Transcript
        );
        assert_eq!(
            kind_of(file, "Set-CsConferencingConfiguration"),
            Kind::Script
        );
        assert_eq!(kind_of(file, "(Get-CsSite).Count"), Kind::Script);
    }
}
