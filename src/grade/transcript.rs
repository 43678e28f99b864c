//! The inputs a PowerShell transcript (Start-Transcript) recorded: the text after each prompt
//! (`PS C:\> `, any `PS PATH> `, with a lab's `[lab 2/5] ` before it). An unfinished input
//! goes on over the lines after it — written plainly, as lyncsh records it, or after
//! PowerShell's `>> ` — until it is complete or a blank line ends it, as at the console.

use crate::console::is_incomplete;

/// The line around a transcript's header and footer.
const RULE: &str = "**********************";

/// Whether `text` begins with the header Start-Transcript writes.
pub(super) fn starts_one(text: &str) -> bool {
    let mut lines = text.lines();
    lines.next().is_some_and(|line| line.starts_with(RULE))
        && lines.next().map(str::trim_end) == Some("Windows PowerShell transcript start")
}

/// The inputs of transcript `text`, in order, each as it was typed at the prompt.
pub(super) fn inputs(text: &str) -> Vec<String> {
    let mut lines = text.lines().peekable();
    let mut inputs = Vec::new();
    while let Some(line) = lines.next() {
        let Some(first) = after_prompt(line) else {
            continue;
        };
        let mut input = first.to_string();
        while is_incomplete(&input) {
            let Some(next) =
                lines.next_if(|next| after_prompt(next).is_none() && !next.starts_with(RULE))
            else {
                break;
            };
            let next = next
                .strip_prefix(">>")
                .map_or(next, |rest| rest.strip_prefix(' ').unwrap_or(rest));
            if next.trim().is_empty() {
                break;
            }
            input.push('\n');
            input.push_str(next);
        }
        if !input.trim().is_empty() {
            inputs.push(input);
        }
    }
    inputs
}

/// The input on a prompt line: what follows `PS `, the location and `>`.
fn after_prompt(line: &str) -> Option<&str> {
    let line = match line.strip_prefix('[') {
        Some(rest) => rest.split_once("] ")?.1,
        None => line,
    };
    let (_, input) = line.strip_prefix("PS ")?.split_once('>')?;
    Some(input.strip_prefix(' ').unwrap_or(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "**********************\nWindows PowerShell transcript start\nStart time: 20261205090000\n**********************\n";

    #[test]
    fn a_transcript_is_known_by_its_header() {
        assert!(starts_one(HEADER));
        assert!(!starts_one("**********************\nSet-CsSite\n"));
        assert!(!starts_one("PS C:\\> Get-CsSite\n"));
    }

    #[test]
    fn the_inputs_are_the_text_after_each_prompt() {
        let text = format!(
            "{HEADER}Transcript started, output file is a.txt\nPS C:\\> $a = 1\nPS C:\\Users\\admin> Get-CsSite\nIdentity : Site:Redmond\n[lab 1/5] PS C:\\> Get-CsPool\nPS C:\\>\nPS C:\\> Stop-Transcript\n**********************\nWindows PowerShell transcript end\n"
        );
        assert_eq!(
            inputs(&text),
            ["$a = 1", "Get-CsSite", "Get-CsPool", "Stop-Transcript"]
        );
    }

    #[test]
    fn an_unfinished_input_goes_on_over_the_lines_after_it() {
        let text = format!(
            "{HEADER}PS C:\\> foreach ($s in 1, 2) {{\n  $s\n}}\n1\n2\nPS C:\\> if ($true) {{\n>> 'yes'\n>> }}\n>> \nyes\nPS C:\\> @(1,\n\nPS C:\\> 'next'\n"
        );
        assert_eq!(
            inputs(&text),
            [
                "foreach ($s in 1, 2) {\n  $s\n}",
                "if ($true) {\n'yes'\n}",
                "@(1,",
                "'next'"
            ]
        );
    }

    #[test]
    fn an_unfinished_input_stops_at_the_next_prompt_or_the_footer() {
        let text = format!("{HEADER}PS C:\\> if ($true) {{\nPS C:\\> 'a'\nPS C:\\> @(\n**********************\nWindows PowerShell transcript end\n");
        assert_eq!(inputs(&text), ["if ($true) {", "'a'", "@("]);
    }
}
