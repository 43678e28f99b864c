//! The rustyline helper: completion, colouring and hints for the line being edited, all read
//! from one [`Knowledge`] that the console refreshes before each line. Lines typed after a
//! `>> ` continuation prompt are completed and coloured together with the lines before them.

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
}

impl ShellHelper {
    pub fn new(knowledge: Knowledge, theme: Theme, width: usize) -> ShellHelper {
        ShellHelper {
            knowledge,
            theme,
            width,
            pending: String::new(),
            list_requested: Arc::new(AtomicBool::new(false)),
        }
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
        if pos < line.len() || !self.pending.is_empty() {
            return None;
        }
        hint::hint(line, ctx.history(), &self.knowledge)
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
}
