//! `lyncsh grade LAB FILE...`: a whole class graded in one run. Each file is one student's
//! work — a session file, a transcript or a solution script ([`student`]) — graded against the
//! lab; files are graded in parallel and the rows come out in the order the files were given,
//! as a table, CSV or JSON ([`render`]). A file that cannot be graded is a row with the reason,
//! never an abort.

mod render;
mod student;
mod transcript;

pub use render::{render, Format};

use crate::lab::Lab;
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// One student's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The file name without its extension.
    pub student: String,
    /// The file as it was given.
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
    /// The row of the file at `path` in a lab of `total` objectives, before it is graded:
    /// nothing met.
    fn new(path: &Path, total: usize) -> Row {
        Row {
            student: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            file: path.display().to_string(),
            met: 0,
            total,
            open: (1..=total).collect(),
            errors: 0,
            error: None,
        }
    }

    /// Whether the file was graded and meets every objective.
    pub fn complete(&self) -> bool {
        self.error.is_none() && self.met == self.total
    }
}

/// Grades every file against the lab `lab_arg` names (a built-in lab or a lab file, as
/// `--lab` takes it), in parallel; the rows are in the order of `files`. The error is the
/// lab's, when it cannot be opened or its starting session cannot be made.
pub fn grade(lab_arg: &str, files: &[PathBuf]) -> Result<Vec<Row>, String> {
    let lab = Lab::open(lab_arg).map_err(|e| e.to_string())?;
    // A lab that cannot start is the trainer's to fix, not a mark against every script.
    lab.starting_session().map_err(|e| e.to_string())?;
    let total = lab.objectives.len();
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(crate::cli::STACK_SIZE)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(pool.install(|| {
        files
            .par_iter()
            .map_init(
                // A lab holds `Rc`s and cannot be shared between threads: each worker opens
                // its own, once.
                || Lab::open(lab_arg).map(Rc::new).map_err(|e| e.to_string()),
                |lab, path| match lab {
                    Ok(lab) => student::grade(lab, path),
                    Err(why) => Row {
                        error: Some(why.clone()),
                        ..Row::new(path, total)
                    },
                },
            )
            .collect()
    }))
}
