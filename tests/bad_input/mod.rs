//! The bad-input catalogue: hundreds of inputs a classroom or a paste accident produces, each
//! run in-process on a lab session that already holds some state. Every case must end in an
//! error record of the stated ErrorId and category, must not panic, and must leave the session
//! exactly as it was apart from `$Error`.
//!
//! Cases come in kinds; each kind is one entry in [`KINDS`] naming a function that lists its
//! cases, so a new kind of bad input is one more function and one more line. A kind whose
//! inputs need files (hostile session files, say) writes them into a directory that lasts as
//! long as the test and lists the commands that read them. [`tables`] holds
//! the hand-written kinds, [`session_files`] the session files Import-LabSession must refuse,
//! [`generated`] the kinds derived from the family declarations, the
//! command signatures and the grammar's failing examples; [`binary`] feeds a few hostile files
//! and lines to the real binary.

mod binary;
mod generated;
mod session_files;
mod tables;

use crate::support::Scratch;
use lyncsh::engine::{BufferHost, Engine};
use lyncsh::error::ErrorCategory;
use lyncsh::session::Session;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

/// One bad input and the error it must produce.
pub struct Case {
    pub input: String,
    /// The ErrorId of the first error record the input writes.
    pub id: String,
    pub category: ErrorCategory,
    /// The directory of files the input reads, kept until the case is dropped.
    _files: Option<Rc<Scratch>>,
}

impl Case {
    pub fn new(input: impl Into<String>, id: impl Into<String>, category: ErrorCategory) -> Case {
        Case {
            input: input.into(),
            id: id.into(),
            category,
            _files: None,
        }
    }

    /// The case with `files` kept for as long as it lives.
    pub fn with_files(self, files: Rc<Scratch>) -> Case {
        Case {
            _files: Some(files),
            ..self
        }
    }
}

/// A kind of bad input and the function that lists its cases.
pub struct Kind {
    pub name: &'static str,
    pub cases: fn() -> Vec<Case>,
}

/// Every kind in the catalogue.
pub const KINDS: &[Kind] = &[
    Kind {
        name: "grammar's failing examples",
        cases: generated::grammar_examples,
    },
    Kind {
        name: "malformed syntax",
        cases: tables::syntax,
    },
    Kind {
        name: "wrong types",
        cases: generated::wrong_types,
    },
    Kind {
        name: "out-of-range values",
        cases: generated::out_of_range,
    },
    Kind {
        name: "unknown names",
        cases: generated::unknown_names,
    },
    Kind {
        name: "unknown or disallowed identities",
        cases: generated::bad_identities,
    },
    Kind {
        name: "ambiguous prefixes",
        cases: generated::ambiguous_prefixes,
    },
    Kind {
        name: "missing arguments",
        cases: generated::missing_arguments,
    },
    Kind {
        name: "list changes that cannot be made",
        cases: generated::list_changes,
    },
    Kind {
        name: "records named by others",
        cases: generated::referenced_records,
    },
    Kind {
        name: "deep nesting",
        cases: generated::deep_nesting,
    },
    Kind {
        name: "limits",
        cases: tables::limits,
    },
    Kind {
        name: "NUL and control characters",
        cases: tables::control_characters,
    },
    Kind {
        name: "run-time errors",
        cases: tables::runtime,
    },
    Kind {
        name: "directory and deployment",
        cases: tables::directory_and_deployment,
    },
    Kind {
        name: "hostile session files",
        cases: session_files::hostile_session_files,
    },
];

/// The state every case starts from: the lab deployment (which has, among others, a network
/// region NorthAmerica with site Portland) plus site-scoped records, a service-scoped record,
/// a few variables and a history line, so that "nothing changed" is
/// checked against more than defaults.
fn starting_engine() -> Engine {
    let mut engine = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let setup = "New-CsConferencingConfiguration -Identity site:Redmond -ClientAudioPort 50020 | Out-Null
New-CsConferencingConfiguration -Identity service:ConferencingServer:atl-cs-001.litwareinc.com | Out-Null
Set-CsUCPhoneConfiguration -Identity site:Redmond -MinPhonePinLength 8
$port = 50020
$names = 'a', 'b'
$table = @{ Port = 1 }";
    engine.run(setup, "line").expect("the setup runs");
    assert!(!engine.had_error, "the setup fails");
    engine
        .session
        .history
        .push("Get-CsConferencingConfiguration".to_string());
    engine
}

/// What is wrong with one case, if anything.
fn judge(case: &Case) -> Option<String> {
    let mut engine = starting_engine();
    let before = engine.session.clone();
    let run = catch_unwind(AssertUnwindSafe(|| engine.run(&case.input, "line")));
    if run.is_err() {
        return Some("panicked".to_string());
    }
    let new_errors = engine.session.errors.len() - before.errors.len();
    let Some(first) = new_errors
        .checked_sub(1)
        .map(|index| &engine.session.errors[index])
    else {
        return Some("wrote no error".to_string());
    };
    if (&first.error_id, first.category) != (&case.id, case.category) {
        return Some(format!(
            "first error is {} ({}), not {} ({}): {}",
            first.error_id, first.category, case.id, case.category, first.message
        ));
    }
    let mut after = engine.session.clone();
    after.errors = before.errors.clone();
    (after != before).then(|| "changed the session".to_string())
}

/// Runs `work` on a thread with the shell's stack size, as the binary runs input.
fn on_shell_stack<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(lyncsh::cli::STACK_SIZE)
        .spawn(work)
        .expect("spawn the catalogue thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The first 60 characters of an input, with control characters escaped, for reports.
fn shown(input: &str) -> String {
    let short: String = input.chars().take(60).collect();
    let more = if input.chars().count() > 60 {
        "…"
    } else {
        ""
    };
    format!("{short:?}{more}")
}

#[test]
fn every_bad_input_fails_cleanly_and_changes_nothing() {
    let failures = on_shell_stack(|| {
        let mut failures = Vec::new();
        for kind in KINDS {
            for case in (kind.cases)() {
                if let Some(problem) = judge(&case) {
                    failures.push(format!("{}: {}: {problem}", kind.name, shown(&case.input)));
                }
            }
        }
        failures
    });
    assert!(
        failures.is_empty(),
        "{} bad inputs misbehaved:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_catalogue_covers_every_kind_with_at_least_300_cases() {
    let counts: Vec<(&str, usize)> = on_shell_stack(|| {
        KINDS
            .iter()
            .map(|kind| (kind.name, (kind.cases)().len()))
            .collect()
    });
    let empty: Vec<&str> = counts
        .iter()
        .filter(|(_, n)| *n == 0)
        .map(|(name, _)| *name)
        .collect();
    assert!(empty.is_empty(), "kinds without cases: {empty:?}");
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    assert!(total >= 300, "only {total} cases: {counts:?}");
}
