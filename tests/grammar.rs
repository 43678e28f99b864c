//! `grammar/lyncsh.grammar` against the parser: every `valid:` example parses, every
//! `invalid[Id]:` example fails with that error id, every `incomplete[Id]:` example fails with
//! that id and asks for more input, and every function a production names exists in
//! `src/parse/`. The format is described in `grammar/README.md`.

use std::path::Path;

/// One production: its name, the parser functions and the examples, each with its file line.
#[derive(Debug, Default)]
struct Production {
    name: String,
    line: usize,
    parsers: Vec<String>,
    examples: Vec<Example>,
}

#[derive(Debug)]
struct Example {
    line: usize,
    text: String,
    expect: Expect,
}

#[derive(Debug, PartialEq)]
enum Expect {
    Valid,
    Invalid(String),
    Incomplete(String),
}

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
}

/// `\n`, `\r`, `\t` and `\\` in an example stand for a newline, CR, tab and backslash.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.clone().next() {
            Some(e @ ('n' | 'r' | 't' | '\\')) => {
                chars.next();
                out.push(match e {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => '\\',
                });
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// `kind[Id]: text` or `valid: text`, as (kind, id, text).
fn example_line(line: &str) -> Option<(&str, Option<&str>, &str)> {
    let (head, text) = line.split_once(':')?;
    let text = text.strip_prefix(' ').unwrap_or(text);
    match head.split_once('[') {
        Some((kind, id)) => Some((kind, Some(id.strip_suffix(']')?), text)),
        None => Some((head, None, text)),
    }
}

fn productions(grammar: &str) -> Vec<Production> {
    let mut all: Vec<Production> = Vec::new();
    for (index, line) in grammar.lines().enumerate() {
        let number = index + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((name, _)) = line.split_once(" ::= ") {
            let continues = all.last().is_some_and(|p| p.parsers.is_empty());
            if !continues {
                all.push(Production {
                    name: name.to_string(),
                    line: number,
                    ..Production::default()
                });
            }
            continue;
        }
        let production = all
            .last_mut()
            .unwrap_or_else(|| panic!("line {number}: an entry before any production"));
        if let Some(names) = line.strip_prefix("parser: ") {
            production
                .parsers
                .extend(names.split(',').map(|n| n.trim().to_string()));
            continue;
        }
        let expect = match example_line(line) {
            Some(("valid", None, text)) => (Expect::Valid, text),
            Some(("invalid", Some(id), text)) => (Expect::Invalid(id.to_string()), text),
            Some(("incomplete", Some(id), text)) => (Expect::Incomplete(id.to_string()), text),
            _ => panic!("line {number}: not a rule, `parser:` or example line: {line}"),
        };
        production.examples.push(Example {
            line: number,
            text: unescape(expect.1),
            expect: expect.0,
        });
    }
    all
}

fn grammar() -> Vec<Production> {
    productions(&read("grammar/lyncsh.grammar"))
}

/// What is wrong with one example, if anything.
fn judge(example: &Example) -> Option<String> {
    let result = lyncsh::parse::parse(&example.text);
    match (&example.expect, result) {
        (Expect::Valid, Ok(_)) => None,
        (Expect::Valid, Err(e)) => Some(format!("does not parse: {} ({e})", e.id)),
        (Expect::Invalid(_) | Expect::Incomplete(_), Ok(_)) => Some("parses".to_string()),
        (Expect::Invalid(id), Err(e)) if e.id == id && !e.incomplete => None,
        (Expect::Incomplete(id), Err(e)) if e.id == id && e.incomplete => None,
        (_, Err(e)) => Some(format!(
            "fails with {} (incomplete: {}) at column {}: {}",
            e.id, e.incomplete, e.col, e.message
        )),
    }
}

#[test]
fn every_example_parses_or_fails_as_stated() {
    let failures: Vec<String> = grammar()
        .iter()
        .flat_map(|p| p.examples.iter().map(move |e| (p, e)))
        .filter_map(|(p, e)| {
            judge(e).map(|why| format!("line {} ({}): {:?} {why}", e.line, p.name, e.text))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_named_parser_function_exists() {
    let source = read("src/parse/parser.rs") + &read("src/parse/lexical.rs");
    let missing: Vec<String> = grammar()
        .iter()
        .flat_map(|p| p.parsers.iter().map(move |f| (p, f)))
        .filter(|(_, f)| !source.contains(&format!("fn {f}(")))
        .map(|(p, f)| format!("line {} ({}): no `fn {f}` in src/parse", p.line, p.name))
        .collect();
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn every_production_names_its_parser_and_shows_a_valid_example() {
    let grammar = grammar();
    assert!(grammar.len() >= 40, "only {} productions", grammar.len());
    for p in &grammar {
        assert!(
            !p.parsers.is_empty(),
            "line {} ({}): no `parser:`",
            p.line,
            p.name
        );
        assert!(
            p.examples.iter().any(|e| e.expect == Expect::Valid),
            "line {} ({}): no valid example",
            p.line,
            p.name
        );
    }
}

#[test]
fn the_reader_understands_the_format() {
    let text = "# note\nrule ::= \"a\" | \"b\"\nrest ::= \"c\"\nparser: one, two\nvalid: a\\nb\nvalid:\ninvalid[Bad]: )\nincomplete[More]: (\n";
    let found = productions(text);
    assert_eq!(found.len(), 1);
    let p = &found[0];
    assert_eq!((p.name.as_str(), p.line), ("rule", 2));
    assert_eq!(p.parsers, ["one", "two"]);
    let examples: Vec<(&str, &Expect)> = p
        .examples
        .iter()
        .map(|e| (e.text.as_str(), &e.expect))
        .collect();
    assert_eq!(
        examples,
        [
            ("a\nb", &Expect::Valid),
            ("", &Expect::Valid),
            (")", &Expect::Invalid("Bad".into())),
            ("(", &Expect::Incomplete("More".into())),
        ]
    );
    assert_eq!(unescape(r"C:\Temp \\n"), "C:\\Temp \\n");
}

/// Every `invalid[Id]:` and `incomplete[Id]:` example as (text, Id), for the bad-input
/// catalogue, which runs them through the whole shell.
pub fn failing_examples() -> Vec<(String, String)> {
    grammar()
        .into_iter()
        .flat_map(|p| p.examples)
        .filter_map(|example| match example.expect {
            Expect::Valid => None,
            Expect::Invalid(id) | Expect::Incomplete(id) => Some((example.text, id)),
        })
        .collect()
}
