//! Colouring a typed line: the roles from [`super::syntax`] painted with the shell's theme.

use super::syntax::tokens;
use crate::format::theme::Theme;

/// `line` with each token painted in its role's colour; unchanged when colour is off.
pub fn highlight(line: &str, theme: Theme, is_command: &dyn Fn(&str) -> bool) -> String {
    if !theme.enabled {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    for token in tokens(line, is_command) {
        let Some(role) = token.role else { continue };
        out.push_str(&line[at..token.start]);
        out.push_str(&theme.paint(&line[token.start..token.end], role));
        at = token.end;
    }
    out.push_str(&line[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip_ansi(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn colour_changes_nothing_but_escapes() {
        let on = Theme { enabled: true };
        let line = "Get-CsX -Identity \"site:Redmond\" | ? { $_.A -eq 5 } # done";
        let painted = highlight(line, on, &|n| n == "?");
        assert_ne!(painted, line);
        assert_eq!(strip_ansi(&painted), line);
        assert!(
            painted.contains("\u{1b}[31mGet-CsX"),
            "unknown command in red: {painted:?}"
        );
    }

    #[test]
    fn no_colour_when_the_theme_is_off() {
        assert_eq!(
            highlight("Get-X 'a'", Theme::plain(), &|_| true),
            "Get-X 'a'"
        );
    }
}
