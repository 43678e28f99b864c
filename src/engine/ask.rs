//! The questions a command asks at the console: the values of missing mandatory parameters
//! (read in `pipeline.rs` through [`Engine::read_answer`]), ShouldProcess's `-Confirm`,
//! ShouldContinue, and the Inquire choice of `-ErrorAction` and `-WarningAction`.
//!
//! Ctrl+C at any of them stops the command, as at PowerShell's console: the host raises the
//! engine's interrupt flag and every answer is read through one function that checks it.
//! Suspend (`S`) would need a nested prompt, which lyncsh does not have; it says so.

use super::{Call, Engine, Flow, Host};
use crate::error::ErrorCategory;

/// What lyncsh says when Suspend is chosen.
const NO_SUSPEND: &str =
    "Suspend is not supported: lyncsh has no nested prompt to return to. Choose another answer.\n";

const NON_INTERACTIVE: &str =
    "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.";

impl Engine {
    /// Shows `prompt` and reads an answer: `None` when the host cannot ask, and
    /// `Err(Flow::Interrupted)` when the user pressed Ctrl+C instead of answering.
    pub fn read_answer(&mut self, prompt: &str) -> Result<Option<String>, Flow> {
        let answer = self.host.read_line(prompt);
        self.interrupt.check()?;
        Ok(answer)
    }

    /// As [`Engine::read_answer`], with the answer hidden as it is typed (a password).
    pub fn read_secret(&mut self, prompt: &str) -> Result<Option<String>, Flow> {
        let answer = self.host.read_secret(prompt);
        self.interrupt.check()?;
        Ok(answer)
    }

    /// Asks a question of `keys` (lower case) until one is given, Enter giving the first. `?`
    /// shows `help` when there is one; `S` says that suspending is not possible. `None` when
    /// the host cannot ask.
    fn choose(
        &mut self,
        question: &str,
        keys: &[&'static str],
        help: Option<&str>,
    ) -> Result<Option<&'static str>, Flow> {
        loop {
            let Some(answer) = self.read_answer(question)? else {
                return Ok(None);
            };
            let answer = answer.trim().to_ascii_lowercase();
            if answer.is_empty() {
                return Ok(keys.first().copied());
            }
            if let Some(key) = keys.iter().find(|k| **k == answer) {
                return Ok(Some(key));
            }
            match (answer.as_str(), help) {
                ("?", Some(help)) => self.host.write_out(help),
                ("s", _) => self.host.write_out(NO_SUSPEND),
                _ => {}
            }
        }
    }

    /// The Inquire question of -ErrorAction and -WarningAction: true to go on (Yes, Yes to
    /// All), false to halt. Without a console to ask, the command halts.
    pub(super) fn inquire(&mut self, question: &str) -> Result<bool, Flow> {
        let prompt = format!(
            "\nConfirm\n{question}\n[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is \"Y\"): "
        );
        Ok(matches!(
            self.choose(&prompt, &["y", "a", "h"], None)?,
            Some("y" | "a")
        ))
    }

    /// PowerShell's ShouldProcess: `-WhatIf` prints and declines; `-Confirm` asks.
    pub fn should_process(&mut self, call: &Call, target: &str) -> Result<bool, Flow> {
        let ask = call.bound.switch("Confirm");
        self.should_process_asking(call, target, ask)
    }

    /// PowerShell's ShouldContinue: a Yes/No question a cmdlet asks whatever -Confirm says.
    /// Without a console to ask, the NonInteractive-mode error.
    pub fn should_continue(
        &mut self,
        call: &Call,
        query: &str,
        caption: &str,
    ) -> Result<bool, Flow> {
        let question = format!(
            "\n{query}\n{caption}\n[Y] Yes  [N] No  [S] Suspend  [?] Help (default is \"Y\"): "
        );
        let help = "Y - Continue with this operation.\nN - Do not continue with this operation.\nS - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.\n";
        match self.choose(&question, &["y", "n"], Some(help))? {
            Some(answer) => Ok(answer == "y"),
            None => Err(self.non_interactive(call)),
        }
    }

    /// ShouldProcess for a cmdlet of high impact: it asks unless `-Confirm:$false` or
    /// `-Force` is given.
    pub fn should_process_high_impact(&mut self, call: &Call, target: &str) -> Result<bool, Flow> {
        let declined = call.bound.get("Confirm").is_some() && !call.bound.switch("Confirm");
        let ask = !declined && !call.bound.switch("Force");
        self.should_process_asking(call, target, ask)
    }

    fn should_process_asking(
        &mut self,
        call: &Call,
        target: &str,
        ask: bool,
    ) -> Result<bool, Flow> {
        let description = format!(
            "Performing the operation \"{}\" on target \"{}\".",
            call.name(),
            target
        );
        if call.bound.switch("WhatIf") {
            self.host.write_out(&format!("What if: {description}\n"));
            return Ok(false);
        }
        if ask {
            let question = format!(
                "\nConfirm\nAre you sure you want to perform this action?\n{description}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): "
            );
            let help = "Y - Continue with only the next step of the operation.\nA - Continue with all the steps of the operation.\nN - Skip this operation and proceed with the next operation.\nL - Skip this operation and all subsequent operations.\nS - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.\n";
            match self.choose(&question, &["y", "a", "n", "l"], Some(help))? {
                Some(answer) => return Ok(matches!(answer, "y" | "a")),
                None => return Err(self.non_interactive(call)),
            }
        }
        if call.bound.switch("Verbose") {
            self.write_verbose(&description);
        }
        Ok(true)
    }

    /// The error of a question asked where there is no console to answer it.
    fn non_interactive(&self, call: &Call) -> Flow {
        self.cmdlet_error(
            call,
            NON_INTERACTIVE,
            "HostException",
            ErrorCategory::ResourceUnavailable,
            "HostException",
        )
        .into()
    }
}
