//! Where the cursor stands in a half-typed line, for completion: the word being typed, the
//! words of the command it belongs to, and the command that pipes objects into the script
//! block around the cursor (what `$_` holds). Unlike colouring, this needs no syntax tree: it
//! tracks quotes, brackets, `|` and `;` from the start of the line to the cursor.

/// What the text before the cursor says about the word being completed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// The cursor is inside an unclosed quote.
    pub in_string: bool,
    /// Where that quote opens.
    pub string_start: Option<usize>,
    /// Where the word under the cursor starts.
    pub word_start: usize,
    /// The words before it in the same command (the first is the command name).
    pub words: Vec<String>,
    /// For a cursor inside `{ }`: the words of the command piped into the command that owns
    /// the block (`Get-X` in `Get-X | Where-Object { $_.`).
    pub piped_from: Option<Vec<String>>,
}

/// One bracket level: where its current command starts and the command before the last `|`.
#[derive(Clone, Copy)]
struct Level {
    command_start: usize,
    previous: Option<(usize, usize)>,
    brace: bool,
}

/// Characters that end a word besides blanks.
fn ends_word(c: char) -> bool {
    matches!(c, '(' | ')' | '{' | '}' | ';' | '|' | ',' | '=') || c.is_whitespace()
}

pub fn scan(before: &str) -> Scan {
    let mut levels = vec![Level {
        command_start: 0,
        previous: None,
        brace: false,
    }];
    let mut quote: Option<char> = None;
    let mut opened = 0;
    let mut chars = before.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(q) = quote {
            if c == '`' && q == '"' {
                chars.next();
            } else if c == q {
                quote = None;
            }
            continue;
        }
        let top = levels.len() - 1;
        match c {
            '\'' | '"' => {
                quote = Some(c);
                opened = i;
            }
            '`' => {
                chars.next();
            }
            '#' if before[..i].ends_with(|p: char| ends_word(p)) || i == 0 => {
                while chars.peek().is_some_and(|(_, c)| *c != '\n') {
                    chars.next();
                }
            }
            '{' | '(' => levels.push(Level {
                command_start: i + 1,
                previous: None,
                brace: c == '{',
            }),
            '}' | ')' if levels.len() > 1 => {
                levels.pop();
            }
            '|' => {
                levels[top].previous = Some((levels[top].command_start, i));
                levels[top].command_start = i + 1;
            }
            ';' | '\n' => {
                levels[top].command_start = i + 1;
                levels[top].previous = None;
            }
            _ => {}
        }
    }
    let top = levels[levels.len() - 1];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| ends_word(*c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
        .max(top.command_start);
    let words_of = |from: usize, to: usize| -> Vec<String> {
        before[from..to]
            .split(|c: char| ends_word(c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let piped_from = match levels.len() {
        n if n >= 2 && top.brace => levels[n - 2].previous.map(|(from, to)| words_of(from, to)),
        _ => None,
    };
    Scan {
        in_string: quote.is_some(),
        string_start: quote.map(|_| opened),
        word_start,
        words: words_of(top.command_start, word_start),
        piped_from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_and_its_command() {
        let s = scan("Get-X | Set-Y -Identity glo");
        assert_eq!(s.word_start, 24);
        assert_eq!(s.words, vec!["Set-Y", "-Identity"]);
        assert!(!s.in_string);
        let s = scan("Get-X -Name 'a b' -");
        assert_eq!(s.words, vec!["Get-X", "-Name", "'a", "b'"]);
        assert!(scan("Write-Host \"abc").in_string);
        assert_eq!(scan("Get-X -Identity \"Ken M").string_start, Some(16));
    }

    #[test]
    fn the_command_feeding_a_script_block() {
        let s = scan("Get-X -A 1 | Where-Object { $_.Na");
        assert_eq!(
            s.piped_from,
            Some(vec!["Get-X".into(), "-A".into(), "1".into()])
        );
        assert_eq!(s.words, Vec::<String>::new());
        assert_eq!(scan("$a = (Get-X -").words, vec!["Get-X"]);
        assert_eq!(scan("Get-X; Get-Y -").words, vec!["Get-Y"]);
    }
}
