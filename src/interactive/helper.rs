//! The rustyline helper: completion, colouring and hints for the line being edited, all read
//! from one [`Knowledge`] that the console refreshes before each line. Lines typed after a
//! `>> ` continuation prompt are completed and coloured together with the lines before them.
//!
//! Two habits keep the screen honest: while Tab cycles through completions no hint is shown,
//! and Ctrl+C ends the line through rustyline's accept path (which redraws it without its
//! hint) with a flag that tells the console to drop it, so a cancelled line never looks like
//! one that ran.

use super::complete::{complete, Completion};
use super::highlight::highlight;
use super::hint::{self, ShellHint};
use super::knowledge::Knowledge;
use super::syntax::tokens;
use crate::format::theme::{Role, Theme};
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Cmd, ConditionalEventHandler, Context, Event, EventContext, RepeatCount};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub struct ShellHelper {
    pub knowledge: Knowledge,
    theme: Theme,
    /// The console's width, for the list of every completion; set before each line.
    pub width: usize,
    /// The earlier lines of an unfinished input (continuation prompt), empty otherwise.
    pub pending: String,
    /// Raised by the list-all key: the next hint is the list of every completion.
    list_requested: Arc<AtomicBool>,
    /// Raised by Ctrl+C: the line just ended is dropped, not run.
    cancelled: Arc<AtomicBool>,
    /// The lines Tab cycles through since the last completion (each candidate in place, and
    /// the line as typed); while one of them is shown there is no hint.
    cycle: RefCell<Vec<String>>,
}

impl ShellHelper {
    pub fn new(knowledge: Knowledge, theme: Theme, width: usize) -> ShellHelper {
        ShellHelper {
            knowledge,
            theme,
            width,
            pending: String::new(),
            list_requested: Arc::new(AtomicBool::new(false)),
            cancelled: Arc::new(AtomicBool::new(false)),
            cycle: RefCell::new(Vec::new()),
        }
    }

    /// The key handler that cancels the line (bound to Ctrl+C).
    pub fn cancel_handler(&self) -> CancelLine {
        CancelLine(self.cancelled.clone())
    }

    /// Whether the line just read was ended by Ctrl+C; clears the flag.
    pub fn take_cancelled(&self) -> bool {
        self.cancelled.swap(false, Ordering::SeqCst)
    }

    /// The key handler that lists every completion (bound to Ctrl+Space and Alt+=).
    pub fn list_all_handler(&self) -> ListAll {
        ListAll(self.list_requested.clone())
    }

    /// The whole input so far and where `line` starts in it.
    fn whole<'a>(&self, line: &'a str) -> (Cow<'a, str>, usize) {
        if self.pending.is_empty() {
            (Cow::Borrowed(line), 0)
        } else {
            let offset = self.pending.len() + 1;
            (Cow::Owned(format!("{}\n{line}", self.pending)), offset)
        }
    }

    /// Completions for the cursor at `pos` of `line`, relative to `line`.
    pub fn completion(&self, line: &str, pos: usize) -> Completion {
        let (whole, offset) = self.whole(line);
        let found = complete(&whole, offset + pos, &self.knowledge);
        match found.start.checked_sub(offset) {
            Some(start) => Completion {
                start,
                candidates: found.candidates,
            },
            None => Completion::default(),
        }
    }

    /// `line` painted by role.
    pub fn painted(&self, line: &str) -> String {
        let is_command = |name: &str| self.knowledge.is_command(name);
        if self.pending.is_empty() {
            return highlight(line, self.theme, &is_command);
        }
        if !self.theme.enabled {
            return line.to_string();
        }
        let (whole, offset) = self.whole(line);
        let mut out = String::with_capacity(line.len() * 2);
        let mut at = offset;
        for token in tokens(&whole, &is_command) {
            let Some(role) = token.role.filter(|_| token.end > offset) else {
                continue;
            };
            let start = token.start.max(offset);
            out.push_str(&whole[at..start]);
            out.push_str(&self.theme.paint(&whole[start..token.end], role));
            at = token.end;
        }
        out.push_str(&whole[at..]);
        out
    }
}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let found = self.completion(line, pos);
        // rustyline puts each candidate in place of the text from the word's start to the
        // cursor, and after the last one brings the typed line back.
        let mut cycle = self.cycle.borrow_mut();
        cycle.clear();
        if let (Some(before), Some(after)) = (line.get(..found.start), line.get(pos..)) {
            cycle.extend(
                found
                    .candidates
                    .iter()
                    .map(|c| format!("{before}{c}{after}")),
            );
            cycle.push(line.to_string());
        }
        let pairs = found
            .candidates
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((found.start, pairs))
    }
}

impl Hinter for ShellHelper {
    type Hint = ShellHint;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<ShellHint> {
        if self.list_requested.swap(false, Ordering::SeqCst) {
            return hint::listing(&self.completion(line, pos), self.width);
        }
        if self.cycling(line) || pos < line.len() || !self.pending.is_empty() {
            return None;
        }
        hint::hint(line, ctx.history(), &self.knowledge)
    }
}

impl ShellHelper {
    /// Whether `line` is one Tab is cycling through; an edit that leaves the cycle ends it.
    fn cycling(&self, line: &str) -> bool {
        let mut cycle = self.cycle.borrow_mut();
        if cycle.iter().any(|shown| shown == line) {
            return true;
        }
        cycle.clear();
        false
    }
}

impl Highlighter for ShellHelper {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        if self.theme.enabled {
            Cow::Owned(self.painted(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.theme.enabled {
            Cow::Owned(self.theme.paint(hint, Role::Hint))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, _: &str, _: usize, kind: CmdKind) -> bool {
        // Any edit can change what earlier words are (a closing quote), so repaint the line.
        self.theme.enabled && kind != CmdKind::MoveCursor
    }
}

impl Validator for ShellHelper {}

impl rustyline::Helper for ShellHelper {}

/// Ctrl+Space / Alt+=: show every completion of the word under the cursor below the line.
pub struct ListAll(Arc<AtomicBool>);

impl ConditionalEventHandler for ListAll {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        self.0.store(true, Ordering::SeqCst);
        Some(Cmd::Repaint)
    }
}

/// Ctrl+C: end the line as Enter does, so that rustyline redraws it without its hint, and
/// raise the flag that makes the console drop it.
pub struct CancelLine(Arc<AtomicBool>);

impl ConditionalEventHandler for CancelLine {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        self.0.store(true, Ordering::SeqCst);
        Some(Cmd::AcceptLine)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;
    use crate::session::Session;
    use rustyline::history::DefaultHistory;
    use std::rc::Rc;

    fn helper(theme: Theme) -> ShellHelper {
        let k = Knowledge::new(Rc::new(Registry::new()), Session::lab());
        ShellHelper::new(k, theme, 80)
    }

    #[test]
    fn continuation_lines_are_read_with_the_lines_before() {
        let mut h = helper(Theme::plain());
        h.pending = "Get-CsConferencingConfiguration | Where-Object {".into();
        let c = h.completion("  $_.ClientMediaPortRangeE", 26);
        assert_eq!(c.start, 5);
        assert_eq!(c.candidates, vec!["ClientMediaPortRangeEnabled"]);
        let mut h = helper(Theme { enabled: true });
        h.pending = "Write-Host 'one".into();
        assert_eq!(
            h.painted("two'"),
            Theme { enabled: true }.paint("two'", Role::String)
        );
    }

    #[test]
    fn the_list_key_turns_the_next_hint_into_a_listing() {
        let h = helper(Theme::plain());
        let history = DefaultHistory::new();
        let ctx = Context::new(&history);
        h.list_all_handler().0.store(true, Ordering::SeqCst);
        let listed = h.hint("Set-CsConferencingConfiguration -ClientMed", 42, &ctx);
        let Some(ShellHint::Listing(text)) = listed else {
            panic!("no listing: {listed:?}");
        };
        let mut listed: Vec<&str> = text.split_whitespace().collect();
        listed.sort();
        assert_eq!(
            listed,
            vec![
                "-ClientMediaPort",
                "-ClientMediaPortRange",
                "-ClientMediaPortRangeEnabled"
            ]
        );
        assert_eq!(
            h.hint("Set-CsConferencingConfiguration -ClientMed", 42, &ctx),
            None
        );
    }

    #[test]
    fn no_history_hint_while_tab_cycles_through_completions() {
        use rustyline::history::History;
        let h = helper(Theme::plain());
        let mut history = DefaultHistory::new();
        let _ = history.add("Set-CsConferencingConfiguration -ClientMediaPortRange 40");
        let ctx = Context::new(&history);
        let typed = "Set-CsConferencingConfiguration -ClientMed";
        assert!(
            h.hint(typed, typed.len(), &ctx).is_some(),
            "a hint before Tab"
        );
        let (start, candidates) = h.complete(typed, typed.len(), &ctx).unwrap_or_default();
        assert_eq!(candidates.len(), 3);
        for shown in candidates
            .iter()
            .map(|c| format!("{}{}", &typed[..start], c.replacement))
            .chain([typed.to_string()])
        {
            assert_eq!(h.hint(&shown, shown.len(), &ctx), None, "{shown}");
        }
        // Typing on ends the cycle: hints come back.
        let edited = "Set-CsConferencingConfiguration -ClientMediaPortRange ";
        assert!(h.hint(edited, edited.len(), &ctx).is_some());
        assert!(h.hint(typed, typed.len(), &ctx).is_some());
    }

    #[test]
    fn ctrl_c_ends_the_line_as_enter_does_and_marks_it_cancelled() {
        let h = helper(Theme::plain());
        assert!(!h.take_cancelled());
        let handler = h.cancel_handler();
        handler.0.store(true, Ordering::SeqCst);
        assert!(h.take_cancelled());
        assert!(!h.take_cancelled(), "the flag is cleared once read");
    }
}
