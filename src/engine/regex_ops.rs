//! PowerShell's regular-expression operators: `-match`/`-notmatch` (which fill `$Matches`),
//! `-replace` and `-split`, case-insensitive unless the `c` form is used; and the voice rules'
//! translations. Patterns follow .NET's syntax, look-around and back-references included
//! (`^(?!911)(\d{3})$`, `(ab)\1`), compiled by `fancy-regex`, which hands patterns without
//! those to the `regex` crate's linear-time engine. Backtracking is capped, so a pattern that
//! would run for ever gives an error instead. Compiled patterns are cached per thread, so a
//! filter over many objects compiles once.

use crate::value::{Hashtable, Value};
use fancy_regex::{Regex, RegexBuilder};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How many compiled patterns the cache keeps before it starts again.
const CACHE_LIMIT: usize = 64;

/// Compiled patterns are capped in size so that a hostile pattern cannot exhaust memory.
const SIZE_LIMIT: usize = 1 << 20;

/// How many backtracking steps one match may take before it is given up (.NET would time
/// out); about a tenth of a second of work.
const BACKTRACK_LIMIT: usize = 1_000_000;

thread_local! {
    static CACHE: RefCell<HashMap<(String, bool), Rc<Regex>>> = RefCell::new(HashMap::new());
}

/// Compiles `pattern`; the error is PowerShell's text for a pattern it cannot use.
pub fn compile(pattern: &str, case_sensitive: bool) -> Result<Rc<Regex>, String> {
    let key = (pattern.to_string(), case_sensitive);
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(hit);
    }
    let regex = RegexBuilder::new(pattern)
        .case_insensitive(!case_sensitive)
        .delegate_size_limit(SIZE_LIMIT)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(|_| format!("Invalid regular expression pattern: {pattern}."))?;
    let regex = Rc::new(regex);
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, regex.clone());
    });
    Ok(regex)
}

/// The error of a match that was given up.
pub fn gave_up(regex: &Regex) -> String {
    format!(
        "The regular expression engine gave up matching the pattern {}: it needed too much backtracking (nested quantifiers or back-references).",
        regex.as_str()
    )
}

/// Whether `regex` matches somewhere in `text`.
pub fn is_match(regex: &Regex, text: &str) -> Result<bool, String> {
    regex.is_match(text).map_err(|_| gave_up(regex))
}

/// How many times `regex` matches in `text`.
pub fn count(regex: &Regex, text: &str) -> Result<usize, String> {
    let mut n = 0;
    for found in regex.find_iter(text) {
        found.map_err(|_| gave_up(regex))?;
        n += 1;
    }
    Ok(n)
}

/// `$Matches` after a successful match: the whole match under 0, numbered groups, then the
/// named groups under their names. Groups that did not take part are left out.
pub fn matches_table(regex: &Regex, text: &str) -> Result<Option<Hashtable>, String> {
    let Some(captures) = regex.captures(text).map_err(|_| gave_up(regex))? else {
        return Ok(None);
    };
    let mut table = Hashtable::default();
    let names: Vec<Option<&str>> = regex.capture_names().collect();
    for (i, name) in names.iter().enumerate() {
        let Some(group) = captures.get(i) else {
            continue;
        };
        let key = match name {
            Some(name) => Value::str(*name),
            None => Value::Int32(i as i32),
        };
        table.insert(key, Value::str(group.as_str()));
    }
    Ok(Some(table))
}

/// `-replace`: every match replaced; `$1`, `${name}`, `$0`/`$&` and `$$` in the replacement
/// mean what they mean in .NET.
pub fn replace(regex: &Regex, text: &str, replacement: &str) -> Result<String, String> {
    regex
        .try_replacen(text, 0, dotnet_replacement(replacement).as_str())
        .map(|replaced| replaced.into_owned())
        .map_err(|_| gave_up(regex))
}

/// A voice rule's translation: `replacement` with the groups of the first match of `regex` in
/// `text` filled in; `None` when nothing matches.
pub fn translate(regex: &Regex, text: &str, replacement: &str) -> Result<Option<String>, String> {
    let Some(captures) = regex.captures(text).map_err(|_| gave_up(regex))? else {
        return Ok(None);
    };
    let mut out = String::with_capacity(replacement.len() + text.len());
    captures.expand(&dotnet_replacement(replacement), &mut out);
    Ok(Some(out))
}

/// Rewrites a .NET replacement string into the `regex` crate's syntax: `$1x` means group 1
/// then `x` in .NET, so each number is fenced; `$&` is the whole match.
fn dotnet_replacement(replacement: &str) -> String {
    let mut out = String::with_capacity(replacement.len() + 4);
    let mut chars = replacement.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '$' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some(d) if d.is_ascii_digit() => {
                let mut number = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    number.push(*d);
                    chars.next();
                }
                out.push_str(&format!("${{{number}}}"));
            }
            Some('&') => {
                chars.next();
                out.push_str("${0}");
            }
            Some('$') => {
                chars.next();
                out.push_str("$$");
            }
            Some('{') => out.push('$'),
            _ => out.push_str("$$"),
        }
    }
    out
}

/// `-split`: the pieces between matches, at most `max` of them when `max` > 0 (the last
/// piece keeps the rest); captured groups are kept as pieces, as in .NET.
pub fn split(regex: &Regex, text: &str, max: usize) -> Result<Vec<Value>, String> {
    let mut pieces = Vec::new();
    let mut last = 0;
    for captures in regex.captures_iter(text) {
        let captures = captures.map_err(|_| gave_up(regex))?;
        if max > 0 && pieces.len() + 1 >= max {
            break;
        }
        let whole = captures.get(0).expect("group 0 is the whole match");
        if whole.as_str().is_empty() && (whole.start() == 0 || whole.start() == text.len()) {
            continue;
        }
        pieces.push(Value::str(&text[last..whole.start()]));
        for group in captures.iter().skip(1).flatten() {
            pieces.push(Value::str(group.as_str()));
        }
        last = whole.end();
    }
    pieces.push(Value::str(&text[last..]));
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(values: Vec<Value>) -> Vec<String> {
        values.iter().map(Value::to_display).collect()
    }

    #[test]
    fn matching_is_case_insensitive_unless_asked() {
        assert_eq!(
            is_match(&compile("RED", false).unwrap(), "site:Redmond"),
            Ok(true)
        );
        assert_eq!(
            is_match(&compile("RED", true).unwrap(), "site:Redmond"),
            Ok(false)
        );
    }

    #[test]
    fn matches_table_has_numbered_and_named_groups() {
        let re = compile(r"site:(?<name>\w+)-(\d)", false).unwrap();
        let table = matches_table(&re, "site:Dublin-2").unwrap().unwrap();
        assert_eq!(table.get("0").unwrap().to_display(), "site:Dublin-2");
        assert_eq!(table.get("name").unwrap().to_display(), "Dublin");
        assert_eq!(table.get("2").unwrap().to_display(), "2");
    }

    #[test]
    fn replacement_uses_dotnet_group_syntax() {
        let re = compile(r"(\w+):(\w+)", false).unwrap();
        assert_eq!(
            replace(&re, "site:Redmond", "$2x$1").unwrap(),
            "Redmondxsite"
        );
        assert_eq!(
            replace(&re, "site:Redmond", "[$&] $$").unwrap(),
            "[site:Redmond] $"
        );
    }

    #[test]
    fn split_keeps_captures_and_honours_the_maximum() {
        let comma = compile(",", false).unwrap();
        assert_eq!(texts(split(&comma, "a,b,c", 0).unwrap()), ["a", "b", "c"]);
        assert_eq!(texts(split(&comma, "a,b,c", 2).unwrap()), ["a", "b,c"]);
        assert_eq!(texts(split(&comma, "a,,b", 0).unwrap()), ["a", "", "b"]);
        let dash = compile("(-)", false).unwrap();
        assert_eq!(texts(split(&dash, "a-b", 0).unwrap()), ["a", "-", "b"]);
    }

    #[test]
    fn look_around_and_back_references_work_as_in_dotnet() {
        let not_emergency = compile(r"^(?!911)(\d{3})$", true).unwrap();
        assert_eq!(is_match(&not_emergency, "411"), Ok(true));
        assert_eq!(is_match(&not_emergency, "911"), Ok(false));
        let twice = compile(r"^(ab)\1$", false).unwrap();
        assert_eq!(is_match(&twice, "abAB"), Ok(true));
        assert_eq!(is_match(&twice, "abba"), Ok(false));
        let behind = compile(r"(?<!\+)1425", true).unwrap();
        assert_eq!(is_match(&behind, "+14255550100"), Ok(false));
        assert_eq!(
            translate(
                &compile(r"^(?!911)(\d{4})$", true).unwrap(),
                "0100",
                "+1425555$1"
            ),
            Ok(Some("+14255550100".to_string()))
        );
    }

    #[test]
    fn runaway_backtracking_is_an_error_not_a_hang() {
        let nested = compile(r"^(a|aa)+\1b$", false).unwrap();
        let text = format!("{}!", "a".repeat(40));
        assert!(is_match(&nested, &text).unwrap_err().contains("gave up"));
    }

    #[test]
    fn bad_patterns_give_powershell_text() {
        assert_eq!(
            compile("[", false).unwrap_err(),
            "Invalid regular expression pattern: [."
        );
    }
}
