//! Error records in PowerShell 3/4's NormalView layout, and parse errors.

use crate::error::{ErrorRecord, Position};

/// The characters of the error line PowerShell keeps: 69 at most, around the error.
const MAX_LINE: usize = 69;

/// `At line:L char:C` with the source line and the `~` underline, cut as PowerShell cuts it.
pub fn position_message(p: &Position) -> String {
    let head = format!("At {}:{} char:{}", p.origin, p.line, p.col);
    let line = p.source_line.trim_end().replace('\t', "    ");
    if line.is_empty() {
        return head;
    }
    let chars: Vec<char> = line.chars().collect();
    let mut before = (p.col as usize)
        .saturating_sub(1 + p.window_offset)
        .min(chars.len());
    let mut length = p.length.min(chars.len().saturating_sub(before));
    let mut shown: String = line.clone();
    let (mut prefix_dots, mut suffix_dots) = (false, false);
    if chars.len() > MAX_LINE {
        let total_prefix = before;
        let mut prefix = total_prefix.min(12);
        let total_suffix = chars.len() - length - before;
        let mut suffix = total_suffix.min(8);
        let candidate = prefix + length + suffix;
        if candidate >= MAX_LINE {
            if prefix + length >= MAX_LINE {
                length = MAX_LINE - prefix;
            }
            suffix_dots = true;
        } else {
            let available = total_prefix - prefix;
            if available > 0 {
                prefix += available.min(MAX_LINE - candidate);
            }
            let candidate = prefix + length + suffix;
            if candidate < MAX_LINE && total_suffix > 0 {
                suffix += total_suffix.min(MAX_LINE - candidate);
            }
            suffix_dots = suffix < total_suffix;
        }
        prefix_dots = prefix < total_prefix;
        let start = before.saturating_sub(prefix);
        let end = (start + MAX_LINE).min(chars.len());
        shown = chars[start..end].iter().collect();
        before = before.min(prefix);
        length = length.min(MAX_LINE - before);
    }
    let mut out = head;
    out.push_str("\n+ ");
    if prefix_dots {
        out.push_str("... ");
    }
    out.push_str(&shown);
    if suffix_dots {
        out.push_str(" ...");
    }
    out.push_str("\n+ ");
    out.push_str(&" ".repeat(before + if prefix_dots { 4 } else { 0 }));
    out.push_str(&"~".repeat(length.max(1)));
    out
}

/// Activity, target and type strings over 40 characters keep their first and last 15.
fn ellipsize(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 40 {
        return text.to_string();
    }
    let head: String = chars[..15].iter().collect();
    let tail: String = chars[chars.len() - 15..].iter().collect();
    format!("{head}...{tail}")
}

pub fn category_info(e: &ErrorRecord) -> String {
    format!(
        "{}: ({}:{}) [{}], {}",
        e.category,
        ellipsize(&e.target),
        ellipsize(&e.target_type),
        ellipsize(&e.activity),
        e.exception
    )
}

/// The whole record, ending with PowerShell's line holding a single space.
pub fn render(e: &ErrorRecord) -> String {
    let mut out = match &e.prefix {
        Some(prefix) => format!("{prefix} : {}\n", e.message),
        None => format!("{}\n", e.message),
    };
    if let Some(p) = &e.position {
        out.push_str(&position_message(p));
        out.push('\n');
    }
    out.push_str(&format!(
        "    + CategoryInfo          : {}\n",
        category_info(e)
    ));
    out.push_str(&format!(
        "    + FullyQualifiedErrorId : {}\n \n",
        e.fully_qualified_id()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(line: &str, col: u32, length: usize) -> Position {
        Position {
            origin: "line".into(),
            line: 1,
            col,
            source_line: line.into(),
            window_offset: 0,
            length,
        }
    }

    #[test]
    fn short_lines_are_kept_whole() {
        let p = position("Get-CsUser -Idenity sip:alice@contoso.com", 12, 8);
        assert_eq!(
            position_message(&p),
            "At line:1 char:12\n+ Get-CsUser -Idenity sip:alice@contoso.com\n+            ~~~~~~~~"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_error() {
        let line = format!("Set-X {} -Bad 1", "-A 1 ".repeat(30));
        let col = line.find("-Bad").unwrap() as u32 + 1;
        let text = position_message(&position(&line, col, 4));
        let shown = text.lines().nth(1).unwrap();
        assert!(shown.starts_with("+ ... "), "{shown}");
        assert!(shown.ends_with("-Bad 1"), "{shown}");
        assert_eq!(shown.chars().count(), 2 + 4 + MAX_LINE);
        let squiggle = text.lines().nth(2).unwrap();
        assert!(squiggle.ends_with("~~~~"));
        assert_eq!(squiggle.find('~').unwrap(), shown.find("-Bad").unwrap());
    }

    /// What a position would be if it kept the whole line, as it did before windows.
    fn whole_line_position(span: crate::span::Span, source: &str, line: u32, col: u32) -> Position {
        let line_start = source[..span.start()].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[span.start()..]
            .find('\n')
            .map_or(source.len(), |i| span.start() + i);
        let end = span.end().min(line_end);
        Position {
            origin: "line".into(),
            line,
            col,
            source_line: source[line_start..line_end].into(),
            window_offset: 0,
            length: if span.end() <= line_end {
                source[span.start()..end].chars().count()
            } else {
                source[span.start()..line_end].trim_end().chars().count()
            },
        }
    }

    #[test]
    fn a_window_of_the_line_renders_as_the_whole_line_does() {
        let long = format!("{}é-Bad 1 {}", "-A 1 ".repeat(2000), "-B 2 ".repeat(2000));
        let source = format!("first line\n{long}\nlast");
        let line_start = 11;
        let bad = line_start + long.find("-Bad").unwrap();
        let line_end = line_start + long.len();
        let spans = [
            (line_start, line_start + 2),
            (line_start + 3, line_end + 3),
            (bad, bad + 4),
            (bad, line_end),
            (bad, source.len()),
            (line_end - 3, line_end),
            (line_end, line_end),
            (0, 5),
            (source.len() - 2, source.len()),
        ];
        for (start, end) in spans {
            let line = source[..start].matches('\n').count() as u32 + 1;
            let col_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
            let col = source[col_start..start].chars().count() as u32 + 1;
            let span = crate::span::Span::new(start, end);
            let text = crate::span::SourceText::new(source.as_str());
            let windowed = Position::of(span, &text, "line");
            assert!(windowed.source_line.len() < 4 * Position::WINDOW);
            assert_eq!(
                position_message(&windowed),
                position_message(&whole_line_position(span, &source, line, col)),
                "{start}..{end}"
            );
        }
    }

    #[test]
    fn category_ellipsizes_long_parts() {
        assert_eq!(
            ellipsize("System.Management.Automation.RemoteRunspace"),
            "System.Manageme....RemoteRunspace"
        );
    }
}
