//! The table layout of PowerShell 3/4: columns spread evenly over the line (or sized to their
//! contents with -AutoSize), one space between columns, `...` where a value does not fit.

use super::cell::{cell, is_right_aligned};
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

fn fit(text: &str, width: usize, align: Align) -> String {
    let first_line = text.split('\n').next().unwrap_or("");
    let multi = text.contains('\n');
    let chars: Vec<char> = first_line.chars().collect();
    let shown: String = if chars.len() > width || (multi && width >= 4) {
        if width < 4 {
            chars[..width.min(chars.len())].iter().collect()
        } else if align == Align::Right && !multi {
            format!(
                "...{}",
                chars[chars.len() - (width - 3)..]
                    .iter()
                    .collect::<String>()
            )
        } else {
            format!(
                "{}...",
                chars[..(width - 3).min(chars.len())]
                    .iter()
                    .collect::<String>()
            )
        }
    } else {
        first_line.to_string()
    };
    match align {
        Align::Left => format!("{shown:<width$}"),
        Align::Right => format!("{shown:>width$}"),
    }
}

/// Column widths: spread evenly over `total` without -AutoSize, else sized to the contents and
/// shrunk from the right to fit.
fn widths(labels: &[String], rows: &[Vec<String>], autosize: bool, total: usize) -> Vec<usize> {
    let n = labels.len();
    if n == 0 {
        return Vec::new();
    }
    let available = total.saturating_sub(n - 1);
    if !autosize {
        let base = available / n;
        let extra = available % n;
        return (0..n)
            .map(|i| (base + usize::from(i < extra)).max(1))
            .collect();
    }
    let mut w: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].split('\n').next().unwrap_or("").chars().count())
                .chain(std::iter::once(labels[i].chars().count()))
                .max()
                .unwrap_or(1)
                .max(1)
        })
        .collect();
    trim_to_fit(&mut w, total);
    w
}

/// Shrinks the last column while the line is wider than `total`, hiding a column that would
/// drop below one character (PowerShell's `TrimToFit`).
fn trim_to_fit(w: &mut Vec<usize>, total: usize) {
    while let Some(&last) = w.last() {
        let used = w.iter().sum::<usize>() + w.len() - 1;
        if last > 0 && used <= total {
            break;
        }
        let excess = used.saturating_sub(total);
        if last > excess {
            if let Some(cell) = w.last_mut() {
                *cell -= excess;
            }
        } else {
            w.pop();
        }
    }
}

/// Column widths of a view: declared widths as given, columns without one share what is left.
fn view_widths(declared: &[Option<usize>], total: usize) -> Vec<usize> {
    let fixed: usize = declared.iter().flatten().sum();
    let free = declared.iter().filter(|d| d.is_none()).count().max(1);
    let left = total.saturating_sub(fixed + declared.len().saturating_sub(1));
    let mut w: Vec<usize> = declared.iter().map(|d| d.unwrap_or(left / free)).collect();
    trim_to_fit(&mut w, total);
    w
}

/// Format-Table's layout switches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Columns as wide as their widest value instead of spread over the line.
    pub autosize: bool,
    /// Long values continue on the next lines of their column instead of ending in `...`.
    pub wrap: bool,
}

/// Objects as a table of the named properties.
pub fn render(objects: &[Value], names: &[String], options: Options, width: usize) -> String {
    let rows: Vec<Vec<Value>> = objects
        .iter()
        .map(|o| {
            names
                .iter()
                .map(|n| o.property(n).unwrap_or(Value::Null))
                .collect()
        })
        .collect();
    let aligns: Vec<Align> = (0..names.len())
        .map(|i| match rows.first().map(|r| &r[i]) {
            Some(v) if is_right_aligned(v) => Align::Right,
            _ => Align::Left,
        })
        .collect();
    let texts: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(cell).collect()).collect();
    let labels: Vec<String> = names
        .iter()
        .map(|n| {
            objects
                .first()
                .and_then(|o| match o {
                    Value::Object(obj) => obj
                        .borrow()
                        .properties
                        .iter()
                        .find(|(p, _)| p.eq_ignore_ascii_case(n))
                        .map(|(p, _)| p.to_string()),
                    _ => None,
                })
                .unwrap_or_else(|| n.clone())
        })
        .collect();
    let w = widths(&labels, &texts, options.autosize, width.saturating_sub(1));
    lay_out(&labels, &w, &aligns, &texts, options.wrap)
}

/// A table laid out by a format view: the declared widths (`None`: shares what is left of the
/// line) and alignments.
pub fn render_view(
    labels: &[String],
    declared: &[Option<usize>],
    aligns: &[Align],
    rows: &[Vec<String>],
    width: usize,
) -> String {
    let w = view_widths(declared, width.saturating_sub(1));
    lay_out(labels, &w, aligns, rows, false)
}

/// The lines a value takes in a wrapped column: its own lines, each broken at the last space
/// that fits, or at the width when a word is longer.
fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for source in text.split('\n') {
        let mut rest: Vec<char> = source.chars().collect();
        while rest.len() > width {
            let cut = rest[..=width]
                .iter()
                .rposition(|c| *c == ' ')
                .filter(|&at| at > 0)
                .unwrap_or(width);
            lines.push(
                rest[..cut]
                    .iter()
                    .collect::<String>()
                    .trim_end()
                    .to_string(),
            );
            let skip = usize::from(rest.get(cut) == Some(&' '));
            rest.drain(..cut + skip);
        }
        lines.push(rest.into_iter().collect());
    }
    lines
}

/// The text of cell `i`, empty when the row is shorter.
fn at(cells: &[String], i: usize) -> &str {
    cells.get(i).map_or("", String::as_str)
}

/// The blank line, header, dashes and rows of a table with column widths `w` (columns past
/// `w` are hidden), then the two closing blank lines. With `wrap` a row takes as many lines as
/// its tallest cell.
fn lay_out(
    labels: &[String],
    w: &[usize],
    aligns: &[Align],
    texts: &[Vec<String>],
    wrap: bool,
) -> String {
    let align = |i: usize| aligns.get(i).copied().unwrap_or(Align::Left);
    let line = |cells: Vec<String>| -> String { format!("{}\n", cells.join(" ")) };
    let mut out = String::from("\n");
    out.push_str(&line(
        w.iter()
            .enumerate()
            .map(|(i, &cw)| fit(at(labels, i), cw, align(i)))
            .collect(),
    ));
    out.push_str(&line(
        w.iter()
            .enumerate()
            .map(|(i, &cw)| {
                let dashes = "-".repeat(at(labels, i).chars().count().min(cw));
                fit(&dashes, cw, align(i))
            })
            .collect(),
    ));
    for row in texts {
        if !wrap {
            out.push_str(&line(
                w.iter()
                    .enumerate()
                    .map(|(i, &cw)| fit(at(row, i), cw, align(i)))
                    .collect(),
            ));
            continue;
        }
        let cells: Vec<Vec<String>> = w
            .iter()
            .enumerate()
            .map(|(i, &cw)| wrap_cell(at(row, i), cw))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for k in 0..height {
            out.push_str(&line(
                w.iter()
                    .enumerate()
                    .map(|(i, &cw)| fit(cells[i].get(k).map_or("", String::as_str), cw, align(i)))
                    .collect(),
            ));
        }
    }
    out.push_str("\n\n");
    out
}

/// Hashtables print as a Name / Value table with a 30-character Name column.
pub fn render_hashtables(tables: &[Value], width: usize) -> String {
    let mut out = String::from("\n");
    let value_width = width.saturating_sub(1 + 31).max(5);
    out.push_str(&format!("{:<30} {:<value_width$}\n", "Name", "Value"));
    out.push_str(&format!("{:<30} {:<value_width$}\n", "----", "-----"));
    for table in tables {
        if let Value::Hashtable(h) = table {
            for (k, v) in h.borrow().entries() {
                out.push_str(&format!(
                    "{} {}\n",
                    fit(&k.to_display(), 30, Align::Left),
                    fit(&cell(v), value_width, Align::Left)
                ));
            }
        }
    }
    out.push_str("\n\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::PsObject;

    fn object(identity: &str, port: u16) -> Value {
        Value::object(
            PsObject::new("T")
                .with("Identity", Value::str(identity))
                .with("ClientAudioPort", Value::UInt16(port)),
        )
    }

    #[test]
    fn two_columns_spread_over_the_console() {
        let names = vec!["Identity".to_string(), "ClientAudioPort".to_string()];
        let text = render(&[object("Global", 5350)], &names, Options::default(), 120);
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines[0], "");
        assert_eq!(
            lines[1],
            format!("{:<59} {:>59}", "Identity", "ClientAudioPort")
        );
        assert_eq!(
            lines[2],
            format!("{:<59} {:>59}", "--------", "---------------")
        );
        assert_eq!(lines[3], format!("{:<59} {:>59}", "Global", "5350"));
        assert!(text.ends_with("\n\n\n"));
    }

    #[test]
    fn wrap_continues_long_values_under_their_column() {
        assert_eq!(
            wrap_cell("site:Redmond site:Dublin", 12),
            ["site:Redmond", "site:Dublin"]
        );
        assert_eq!(wrap_cell("abcdefgh", 3), ["abc", "def", "gh"]);
        let long = Value::object(
            PsObject::new("T")
                .with(
                    "Identity",
                    Value::str("a long identity that needs wrapping"),
                )
                .with("Port", Value::UInt16(5350)),
        );
        let names = ["Identity".to_string(), "Port".to_string()];
        let wrapped = Options {
            autosize: false,
            wrap: true,
        };
        let text = render(std::slice::from_ref(&long), &names, wrapped, 31);
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines[3], format!("{:<15} {:>14}", "a long identity", 5350));
        assert_eq!(lines[4], format!("{:<15} {:>14}", "that needs", ""));
        assert_eq!(lines[5], format!("{:<15} {:>14}", "wrapping", ""));
        let cut = render(&[long], &names, Options::default(), 31);
        let expected = format!("{:<15} {:>14}", "a long ident...", 5350);
        assert_eq!(cut.split('\n').nth(3), Some(expected.as_str()));
    }

    #[test]
    fn autosize_and_truncation() {
        let names = vec!["Identity".to_string(), "ClientAudioPort".to_string()];
        let text = render(
            &[object("Site:Redmond", 50020)],
            &names,
            Options {
                autosize: true,
                wrap: false,
            },
            120,
        );
        assert!(text.contains("Identity     ClientAudioPort\n"));
        assert_eq!(fit("abcdefghij", 6, Align::Left), "abc...");
        assert_eq!(fit("abcdefghij", 6, Align::Right), "...hij");
        assert_eq!(fit("abcdefghij", 3, Align::Left), "abc");
    }
}
