//! `lyncsh grade LAB FILE...`: a whole class graded in one run. Each file is a student's work:
//! a session file (Save-LabSession, `--save`), a transcript (Start-Transcript), or a solution
//! script. Sessions are graded as saved; the commands of a transcript or script are run on the
//! lab's starting session first, with no console (questions get the NonInteractive error) and
//! files read beside the student's file. Files are graded in parallel; a file that cannot be
//! read is a row with its error, never an abort. Rows come out in the order the files were
//! given: a table, CSV or JSON.

use crate::engine::BufferHost;
use crate::lab::Lab;
use crate::session::{self, Session};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One student's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The file name without its extension.
    pub student: String,
    pub file: String,
    /// Objectives met, of `total`.
    pub met: usize,
    pub total: usize,
    /// The numbers (from 1) of the objectives still open.
    pub open: Vec<usize>,
    /// Error records the student's commands wrote (0 for a session file).
    pub errors: usize,
    /// Why the file could not be graded.
    pub error: Option<String>,
}

impl Row {
    /// Whether every objective is met and the file was graded.
    pub fn complete(&self) -> bool {
        self.error.is_none() && self.met == self.total
    }
}

/// How rows are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// What a student's file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Session,
    Transcript,
    Script,
}

/// A `.ron` file is a session file whatever it holds (so a broken one reports why); other
/// files are told apart by their beginning.
fn kind_of(path: &Path, text: &str) -> Kind {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return Kind::Session;
    }
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("**********************")
        && text.contains("Windows PowerShell transcript start")
    {
        Kind::Transcript
    } else if text.starts_with('(') && text.contains("version:") {
        Kind::Session
    } else {
        Kind::Script
    }
}

/// The commands a transcript recorded: the text after each prompt (`PS C:\> `, also with a
/// lab's `[lab 1/5] ` before it), with `>> ` continuation lines joined on.
pub fn transcript_commands(text: &str) -> String {
    let mut commands = String::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(">> ") {
            if !commands.is_empty() {
                commands.push_str(rest);
                commands.push('\n');
            }
            continue;
        }
        let Some(at) = line
            .find("PS ")
            .filter(|&at| at == 0 || line.starts_with('['))
        else {
            continue;
        };
        if let Some((_, command)) = line[at..].split_once("> ") {
            commands.push_str(command);
            commands.push('\n');
        }
    }
    commands
}

/// Grades one file against `lab`.
fn grade_one(lab: &Lab, path: &Path) -> Row {
    let student = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut row = Row {
        student,
        file: path.display().to_string(),
        met: 0,
        total: lab.objectives.len(),
        open: Vec::new(),
        errors: 0,
        error: None,
    };
    match graded_session(lab, path) {
        Ok((session, errors)) => {
            let progress = lab.progress(&session);
            row.met = progress.iter().filter(|done| **done).count();
            row.open = (1..=progress.len()).filter(|n| !progress[n - 1]).collect();
            row.errors = errors;
        }
        Err(message) => {
            row.open = (1..=row.total).collect();
            row.error = Some(message);
        }
    }
    row
}

/// The session to grade and how many error records were written on the way.
fn graded_session(lab: &Lab, path: &Path) -> Result<(Session, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
    let commands = match kind_of(path, &text) {
        Kind::Session => {
            let session = session::load::parse(&text, &path.display().to_string())
                .map_err(|e| e.to_string())?;
            return Ok((session, 0));
        }
        Kind::Transcript => transcript_commands(&text),
        Kind::Script => text,
    };
    let start = lab.starting_session().map_err(|e| e.to_string())?;
    let mut engine = crate::cmdlets::shell(start, Box::new(BufferHost::default()));
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        engine.files_folder = folder.to_path_buf();
        engine.location = folder.to_path_buf();
    }
    let _ = engine.run(&commands, &path.display().to_string());
    let errors = engine.session.errors.len();
    Ok((engine.session, errors))
}

/// Grades every file, in parallel, each worker opening the lab once; rows in `files` order.
/// The error is the lab's, when it cannot be opened.
pub fn grade(lab_arg: &str, files: &[PathBuf]) -> Result<Vec<Row>, String> {
    Lab::open(lab_arg).map_err(|e| e.to_string())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(crate::cli::STACK_SIZE)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(pool.install(|| {
        files
            .par_iter()
            .map_init(
                || Lab::open(lab_arg).ok(),
                |lab, path| match lab {
                    Some(lab) => grade_one(lab, path),
                    None => unreachable_lab(path),
                },
            )
            .collect()
    }))
}

/// A row for a file when the lab, which opened a moment before, no longer does.
fn unreachable_lab(path: &Path) -> Row {
    Row {
        student: String::new(),
        file: path.display().to_string(),
        met: 0,
        total: 0,
        open: Vec::new(),
        errors: 0,
        error: Some("the lab could not be opened again".into()),
    }
}

/// The rows as `format` writes them.
pub fn render(rows: &[Row], format: Format) -> Result<String, String> {
    match format {
        Format::Table => Ok(table(rows)),
        Format::Json => serde_json::to_string_pretty(rows)
            .map(|text| text + "\n")
            .map_err(|e| e.to_string()),
        Format::Csv => csv_text(rows),
    }
}

/// A CSV row: the open objectives joined with `;`.
#[derive(Serialize)]
struct CsvRow<'a> {
    student: &'a str,
    file: &'a str,
    met: usize,
    total: usize,
    open: String,
    errors: usize,
    error: &'a str,
}

fn csv_text(rows: &[Row]) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer
            .serialize(CsvRow {
                student: &row.student,
                file: &row.file,
                met: row.met,
                total: row.total,
                open: joined(&row.open, ";"),
                errors: row.errors,
                error: row.error.as_deref().unwrap_or(""),
            })
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn joined(numbers: &[usize], separator: &str) -> String {
    numbers
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

/// The widest an error message is shown in the table.
const ERROR_WIDTH: usize = 40;

/// One line per student: Student, Met (n/m), Open, Errors (a count, or why the file could not
/// be graded, cut to fit).
fn table(rows: &[Row]) -> String {
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|row| {
            let errors = match &row.error {
                Some(message) => cut(message, ERROR_WIDTH),
                None => row.errors.to_string(),
            };
            [
                row.student.clone(),
                format!("{}/{}", row.met, row.total),
                joined(&row.open, ", "),
                errors,
            ]
        })
        .collect();
    let labels = ["Student", "Met", "Open", "Errors"];
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            cells
                .iter()
                .map(|c| c[i].chars().count())
                .chain([labels[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: [&str; 4]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        padded.join("  ").trim_end().to_string() + "\n"
    };
    let mut out = line(labels);
    let rules: Vec<String> = labels.iter().map(|l| "-".repeat(l.len())).collect();
    out.push_str(&line([&rules[0], &rules[1], &rules[2], &rules[3]]));
    for c in &cells {
        out.push_str(&line([&c[0], &c[1], &c[2], &c[3]]));
    }
    out
}

fn cut(text: &str, width: usize) -> String {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() <= width && !text.contains('\n') {
        return first_line.to_string();
    }
    let kept: String = first_line.chars().take(width - 3).collect();
    format!("{kept}...")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transcripts_commands_are_the_text_after_its_prompts() {
        let text = "**********************\nWindows PowerShell transcript start\n**********************\nPS C:\\> $a = 1\nPS C:\\> if ($a) {\n>> 'yes' }\nyes\n[lab 1/5] PS C:\\> Get-CsSite\n";
        assert_eq!(
            transcript_commands(text),
            "$a = 1\nif ($a) {\n'yes' }\nGet-CsSite\n"
        );
    }

    #[test]
    fn files_are_told_apart_by_their_beginning() {
        let file = Path::new("work.txt");
        assert_eq!(kind_of(file, "\u{feff}(\n    version: 5,"), Kind::Session);
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

    #[test]
    fn long_errors_are_cut_in_the_table() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("a message that goes on", 10), "a messa...");
        assert_eq!(cut("two\nlines", 10), "two...");
    }
}
