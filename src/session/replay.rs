//! Replaying a session's history against its starting state: the commands a later session
//! ran after the start (its history beyond the start's) run again on the start, and the
//! result is compared with the later session, part by part, as saved.

use super::{load, save, Session};
use crate::engine::BufferHost;
use crate::families;
use crate::family::FamilyDecl;
use crate::store::Record;
use crate::value::Value;

/// What a replay did and found.
#[derive(Debug)]
pub struct Outcome {
    /// How many history entries ran.
    pub replayed: usize,
    /// How many of them wrote error records.
    pub with_errors: usize,
    /// Where the final state differs from the saved one (see [`differences`]); empty when
    /// the states are equal.
    pub differences: Vec<String>,
    /// The state the replay ended in.
    pub session: Session,
}

/// Runs the commands `end` ran after `start` on a copy of `start` and compares the result with
/// `end`. Commands that write files (Save-LabSession, Start-Transcript) skip the writing.
/// Fails when `end`'s history does not begin with `start`'s: it did not start there.
pub fn replay(start: &Session, end: &Session) -> Result<Outcome, String> {
    let Some(commands) = end.history.strip_prefix(start.history.as_slice()) else {
        return Err(format!(
            "the later session's history does not begin with the starting session's {} entries, so it did not start from that state",
            start.history.len()
        ));
    };
    let mut engine = crate::cmdlets::shell(start.clone(), Box::new(BufferHost::default()));
    engine.replaying = true;
    let mut with_errors = 0;
    for command in commands {
        let errors_before = engine.session.errors.len();
        let had_error = std::mem::replace(&mut engine.had_error, false);
        // `exit` ends that entry only, as it ended that run.
        let _ = engine.run_entry(command, "line");
        if engine.had_error || engine.session.errors.len() > errors_before {
            with_errors += 1;
        }
        engine.had_error |= had_error;
    }
    let session = engine.session;
    Ok(Outcome {
        replayed: commands.len(),
        with_errors,
        differences: differences(&session, end),
        session,
    })
}

/// Where the replayed state `a` and the saved state `b` differ once saved (variables holding
/// objects are not saved, so they are not compared): for a record, its family, identity,
/// property and both values (`CsConferencingConfiguration Site:Redmond ClientAudioPort:
/// replayed 50020, saved 50040`), or that only one state has it; for a variable, its name and
/// both values; `topology` and `history` as a whole.
pub fn differences(a: &Session, b: &Session) -> Vec<String> {
    let saved = |s: &Session| {
        let text = save::to_string(s).map_err(|_| ())?;
        load::parse(&text, "replay").map_err(|_| ())
    };
    let (Ok(a), Ok(b)) = (saved(a), saved(b)) else {
        return vec!["the saved form of a state does not load".into()];
    };
    let mut out = Vec::new();
    if a.topology != b.topology {
        out.push("topology".to_string());
    }
    for family in families::all() {
        let (replayed, kept) = (a.store.records(family.noun), b.store.records(family.noun));
        if replayed != kept {
            record_differences(family, replayed, kept, &mut out);
        }
    }
    let mut names: Vec<String> = a
        .variables
        .iter()
        .chain(b.variables.iter())
        .map(|(name, _)| name.to_string())
        .collect();
    names.sort_by_key(|n| n.to_ascii_lowercase());
    names.dedup_by(|x, y| x.eq_ignore_ascii_case(y));
    for name in names {
        let (replayed, kept) = (a.variables.get(&name), b.variables.get(&name));
        if replayed != kept {
            out.push(format!(
                "${name}: replayed {}, saved {}",
                shown(replayed),
                shown(kept)
            ));
        }
    }
    if a.history != b.history {
        out.push("history".to_string());
    }
    out
}

/// The differences between one family's records after the replay and as saved.
fn record_differences(
    family: &FamilyDecl,
    replayed: &[Record],
    kept: &[Record],
    out: &mut Vec<String>,
) {
    let before = out.len();
    let noun = family.noun;
    for record in replayed {
        let Some(other) = kept.iter().find(|r| r.identity.same_as(&record.identity)) else {
            out.push(format!(
                "{noun} {}: only in the replayed state",
                record.identity
            ));
            continue;
        };
        let pairs = record.values.iter().zip(&other.values);
        for (property, (x, y)) in family.properties.iter().zip(pairs) {
            if x != y {
                out.push(format!(
                    "{noun} {} {}: replayed {}, saved {}",
                    record.identity,
                    property.name,
                    shown(Some(x)),
                    shown(Some(y))
                ));
            }
        }
    }
    for record in kept {
        if !replayed
            .iter()
            .any(|r| r.identity.same_as(&record.identity))
        {
            out.push(format!(
                "{noun} {}: only in the saved state",
                record.identity
            ));
        }
    }
    if out.len() == before {
        out.push(format!("{noun}: the same records in another order"));
    }
}

/// A value as the differences show it: strings quoted, `$null`, and `(not set)` for a
/// variable one state does not have.
fn shown(value: Option<&Value>) -> String {
    match value {
        None => "(not set)".into(),
        Some(Value::Null) => "$null".into(),
        Some(Value::Str(s)) => format!("\"{s}\""),
        Some(other) => crate::format::cell::cell(other),
    }
}
