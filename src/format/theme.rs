//! Colour roles and whether colour is on. Colour is applied only here, with owo-colors.

use owo_colors::OwoColorize;

/// What a piece of text is, for colouring: output streams, and the syntax roles the
/// interactive shell colours typed input with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Error,
    Warning,
    Verbose,
    Hint,
    Command,
    UnknownCommand,
    Parameter,
    String,
    Variable,
    Number,
    Operator,
    Comment,
    Keyword,
    Type,
}

/// Whether output should carry colour: a terminal, no `NO_COLOR`, no `--no-color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub enabled: bool,
}

impl Theme {
    pub fn plain() -> Theme {
        Theme { enabled: false }
    }

    /// Colour on when `is_terminal`, unless `NO_COLOR` is set or colour was switched off.
    pub fn detect(is_terminal: bool, switched_off: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme {
            enabled: is_terminal && !no_color && !switched_off,
        }
    }

    pub fn paint(&self, text: &str, role: Role) -> String {
        if !self.enabled {
            return text.to_string();
        }
        // Colour each line on its own so that wrapped lines keep it.
        text.split_inclusive('\n')
            .map(|line| {
                let (body, newline) = match line.strip_suffix('\n') {
                    Some(body) => (body, "\n"),
                    None => (line, ""),
                };
                let painted = match role {
                    Role::Error | Role::UnknownCommand => body.red().to_string(),
                    Role::Warning | Role::Command => body.yellow().to_string(),
                    Role::Verbose | Role::String => body.cyan().to_string(),
                    Role::Hint => body.bright_black().italic().to_string(),
                    Role::Parameter | Role::Operator => body.bright_black().to_string(),
                    Role::Variable | Role::Keyword => body.bright_green().to_string(),
                    Role::Number => body.bright_white().to_string(),
                    Role::Comment => body.green().to_string(),
                    Role::Type => body.white().to_string(),
                };
                format!("{painted}{newline}")
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_needs_a_terminal_and_no_switch() {
        assert!(!Theme::detect(false, false).enabled);
        assert!(!Theme::detect(true, true).enabled);
        let plain = Theme::plain();
        assert_eq!(plain.paint("x", Role::Command), "x");
    }

    #[test]
    fn each_line_is_painted_on_its_own() {
        let on = Theme { enabled: true };
        let painted = on.paint("a\nb\n", Role::Error);
        assert_eq!(painted, "\u{1b}[31ma\u{1b}[39m\n\u{1b}[31mb\u{1b}[39m\n");
    }
}
