//! The rows of `lyncsh grade` as the trainer reads them: a table kept within 80 columns, or
//! CSV and JSON for a gradebook, one row per file in the order the files were given.

use super::Row;
use serde::Serialize;

/// How rows are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// The rows as `format` writes them.
pub fn render(rows: &[Row], format: Format) -> Result<String, String> {
    match format {
        Format::Table => Ok(table(rows)),
        Format::Json => serde_json::to_string_pretty(rows)
            .map(|text| text + "\n")
            .map_err(|e| e.to_string()),
        Format::Csv => csv_text(rows),
    }
}

/// A CSV row: a [`Row`] with its open objectives joined with `;` and no error as an empty
/// field.
#[derive(Serialize)]
struct CsvRow<'a> {
    student: &'a str,
    file: &'a str,
    met: usize,
    total: usize,
    open: String,
    errors: usize,
    error: &'a str,
}

fn csv_text(rows: &[Row]) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer
            .serialize(CsvRow {
                student: &row.student,
                file: &row.file,
                met: row.met,
                total: row.total,
                open: joined(&row.open, ";"),
                errors: row.errors,
                error: row.error.as_deref().unwrap_or(""),
            })
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn joined(numbers: &[usize], separator: &str) -> String {
    numbers
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

/// The width the table keeps to when it can.
const TABLE_WIDTH: usize = 80;

/// The narrowest an error message is cut to, however wide the other columns are.
const MIN_ERROR_WIDTH: usize = 24;

/// Between two columns.
const GAP: &str = "  ";

/// One line per student: Student, Met (n/m), Open, Errors (a count, or why the file could not
/// be graded, cut with `...` to what is left of the 80 columns).
fn table(rows: &[Row]) -> String {
    let labels = ["Student", "Met", "Open", "Errors"];
    let mut cells: Vec<[String; 4]> = rows
        .iter()
        .map(|row| {
            [
                row.student.clone(),
                format!("{}/{}", row.met, row.total),
                joined(&row.open, ", "),
                row.errors.to_string(),
            ]
        })
        .collect();
    let width = |cells: &[[String; 4]], i: usize| {
        cells
            .iter()
            .map(|c| c[i].chars().count())
            .chain([labels[i].len()])
            .max()
            .unwrap_or(0)
    };
    let used: usize = (0..3).map(|i| width(&cells, i) + GAP.len()).sum();
    let error_width = TABLE_WIDTH.saturating_sub(used).max(MIN_ERROR_WIDTH);
    for (cell, row) in cells.iter_mut().zip(rows) {
        if let Some(why) = &row.error {
            cell[3] = cut(why, error_width);
        }
    }
    let widths: Vec<usize> = (0..4).map(|i| width(&cells, i)).collect();
    let line = |cells: [&str; 4]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        padded.join(GAP).trim_end().to_string() + "\n"
    };
    let mut out = line(labels);
    let rules = labels.map(|label| "-".repeat(label.len()));
    out.push_str(&line([&rules[0], &rules[1], &rules[2], &rules[3]]));
    for c in &cells {
        out.push_str(&line([&c[0], &c[1], &c[2], &c[3]]));
    }
    out
}

/// The first line of `text`, cut to `width` characters with `...` when it is longer or more
/// lines follow.
fn cut(text: &str, width: usize) -> String {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() <= width && !text.trim_end().contains('\n') {
        return first_line.to_string();
    }
    let kept: String = first_line.chars().take(width.saturating_sub(3)).collect();
    format!("{kept}...")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(student: &str, met: usize, error: Option<&str>) -> Row {
        Row {
            student: student.into(),
            file: format!("class/{student}.ron"),
            met,
            total: 5,
            open: (met + 1..=5).collect(),
            errors: 0,
            error: error.map(str::to_string),
        }
    }

    #[test]
    fn long_errors_are_cut() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("a message that goes on", 10), "a messa...");
        assert_eq!(cut("two\nlines", 10), "two...");
        assert_eq!(cut("one line\n", 10), "one line");
        assert_eq!(cut("long", 2), "...");
    }

    #[test]
    fn the_table_keeps_to_80_columns() {
        let why = "erin.ron:3:5: configuration.CsConferencingConfiguration[1].identity: a message far longer than the table is wide";
        let text = table(&[row("alice", 5, None), row("erin", 0, Some(why))]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Student  Met  Open           Errors");
        assert_eq!(lines[1], "-------  ---  ----           ------");
        assert_eq!(lines[2], "alice    5/5                 0");
        assert!(lines[3].starts_with("erin     0/5  1, 2, 3, 4, 5  erin.ron:3:5: "));
        assert!(lines[3].ends_with("..."), "{}", lines[3]);
        assert_eq!(lines[3].chars().count(), 80);
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let text = csv_text(&[row("o'brien, pat", 3, Some("bad \"quote\""))]).unwrap();
        assert_eq!(
            text,
            "student,file,met,total,open,errors,error\n\"o'brien, pat\",\"class/o'brien, pat.ron\",3,5,4;5,0,\"bad \"\"quote\"\"\"\n"
        );
    }
}
