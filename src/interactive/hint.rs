//! Grey hints after the cursor: the rest of the newest history entry that starts with the
//! line, otherwise the mandatory parameters the command under the cursor still needs, and on
//! request (Ctrl+Space) the list of every completion.

use super::complete::{missing_mandatory, Completion};
use super::knowledge::Knowledge;
use super::scan::scan;
use rustyline::history::{History, SearchDirection};

/// A hint and whether accepting it (Right arrow at the end of the line) inserts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShellHint {
    /// The rest of a history entry: Right arrow inserts it.
    History(String),
    /// `-Name <Type>` of mandatory parameters still missing: a reminder, never inserted.
    Mandatory(String),
    /// Every completion of the word under the cursor, below the line.
    Listing(String),
}

impl rustyline::hint::Hint for ShellHint {
    fn display(&self) -> &str {
        match self {
            ShellHint::History(s) | ShellHint::Mandatory(s) | ShellHint::Listing(s) => s,
        }
    }

    fn completion(&self) -> Option<&str> {
        match self {
            ShellHint::History(s) => Some(s),
            _ => None,
        }
    }
}

/// The hint for `line` with the cursor at its end: history first, then mandatory parameters.
pub fn hint(line: &str, history: &dyn History, k: &Knowledge) -> Option<ShellHint> {
    if line.trim().is_empty() {
        return None;
    }
    history_hint(line, history)
        .map(ShellHint::History)
        .or_else(|| mandatory_hint(line, k).map(ShellHint::Mandatory))
}

/// The rest of the newest history entry that starts with `line`.
fn history_hint(line: &str, history: &dyn History) -> Option<String> {
    if history.is_empty() {
        return None;
    }
    let found = history
        .starts_with(line, history.len() - 1, SearchDirection::Reverse)
        .ok()??;
    let rest = found.entry.get(line.len()..)?;
    (!rest.is_empty() && !rest.contains('\n')).then(|| rest.to_string())
}

/// ` -Name <Type>` for each mandatory parameter the command at the end of `line` still
/// lacks in the parameter set it will most likely use.
fn mandatory_hint(line: &str, k: &Knowledge) -> Option<String> {
    let scanned = scan(line);
    if scanned.in_string {
        return None;
    }
    let word = &line[scanned.word_start..];
    if word.starts_with(['-', '$']) {
        return None;
    }
    let mut words = scanned.words.clone();
    if !word.is_empty() {
        words.push(word.to_string());
    }
    let command = words.first()?;
    if words.len() == 1 && !k.is_command(command) {
        return None;
    }
    let entry = k.resolve(command)?;
    let missing = missing_mandatory(&entry.signature, &words[1..]);
    if missing.is_empty() {
        return None;
    }
    let text: Vec<String> = missing
        .iter()
        .map(|p| format!("-{} <{}>", p.name, p.ty.syntax_name()))
        .collect();
    let gap = if line.ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    Some(format!("{gap}{}", text.join(" ")))
}

/// Every candidate of `completion`, below the line in columns as wide as the longest one.
pub fn listing(completion: &Completion, width: usize) -> Option<ShellHint> {
    if completion.candidates.is_empty() {
        return None;
    }
    let widest = completion
        .candidates
        .iter()
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let columns = (width.max(widest) / widest).max(1);
    let mut text = String::new();
    for (i, candidate) in completion.candidates.iter().enumerate() {
        text.push(if i % columns == 0 { '\n' } else { ' ' });
        let pad = if (i + 1) % columns == 0 || i + 1 == completion.candidates.len() {
            0
        } else {
            widest - 1 - candidate.chars().count()
        };
        text.push_str(candidate);
        text.push_str(&" ".repeat(pad));
    }
    Some(ShellHint::Listing(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;
    use crate::session::Session;
    use rustyline::history::DefaultHistory;
    use std::rc::Rc;

    fn knowledge() -> Knowledge {
        Knowledge::new(Rc::new(Registry::new()), Session::lab())
    }

    #[test]
    fn history_comes_first() {
        let mut history = DefaultHistory::new();
        history
            .add("Get-CsConferencingConfiguration -Identity global")
            .unwrap();
        let k = knowledge();
        assert_eq!(
            hint("Get-CsConf", &history, &k),
            Some(ShellHint::History(
                "erencingConfiguration -Identity global".into()
            ))
        );
        assert_eq!(hint("   ", &history, &k), None);
    }

    #[test]
    fn mandatory_parameters_of_a_known_command() {
        let history = DefaultHistory::new();
        let k = knowledge();
        assert_eq!(
            hint("New-CsConferencingConfiguration", &history, &k),
            Some(ShellHint::Mandatory(" -Identity <XdsIdentity>".into()))
        );
        assert_eq!(
            hint("New-CsConferencingConfiguration site:Dublin ", &history, &k),
            None
        );
        assert_eq!(
            hint("New-CsConferencingConfiguration -Identity x", &history, &k),
            None
        );
        assert_eq!(hint("Get-CsConferencingConfiguration", &history, &k), None);
        assert_eq!(hint("New-CsConferencingConfigurat", &history, &k), None);
    }

    #[test]
    fn a_listing_in_columns() {
        let completion = Completion {
            start: 0,
            candidates: vec!["-A".into(), "-Bcd".into(), "-E".into()],
        };
        let Some(ShellHint::Listing(text)) = listing(&completion, 12) else {
            panic!("no listing");
        };
        assert_eq!(text, "\n-A    -Bcd\n-E");
        assert_eq!(
            rustyline::hint::Hint::completion(&ShellHint::Listing(text)),
            None
        );
    }
}
