//! PowerShell's regular-expression operators: `-match`/`-notmatch` (which fill `$Matches`),
//! `-replace` and `-split`, case-insensitive unless the `c` form is used; Select-String's
//! matches; and the voice rules' translations. Patterns are .NET's, look-around and
//! back-references included (`^(?!911)(\d{3})$`, `(ab)\1`), read by [`DotnetRegex`] and run by
//! `fancy-regex`, which hands patterns without those to the `regex` crate's linear-time
//! engine. Backtracking is capped, so a pattern that would run for ever gives an error
//! instead. Compiled patterns are cached per thread, so a filter over many objects compiles
//! once.

use super::dotnet_regex::Replacement;
pub use super::dotnet_regex::{DotnetRegex, PatternError};
use crate::value::{Hashtable, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How many compiled patterns each cache keeps before it starts again: more than the rules
/// of a large dial plan and its routes together, so evaluating them never recompiles.
const CACHE_LIMIT: usize = 512;

type Compiled = Result<Rc<DotnetRegex>, PatternError>;

type PatternMap = HashMap<String, Compiled>;

thread_local! {
    /// Compiled patterns by text: case-insensitive ones first, case-sensitive ones second,
    /// so a lookup needs no key built.
    static CACHE: RefCell<[PatternMap; 2]> = RefCell::new(Default::default());
}

/// Compiles the .NET `pattern`, case-insensitive unless `case_sensitive` (PowerShell's default
/// is insensitive). Patterns that fail are cached too, so a bad pattern in a filter is read
/// once.
pub fn compile(pattern: &str, case_sensitive: bool) -> Compiled {
    let slot = usize::from(case_sensitive);
    if let Some(hit) = CACHE.with(|c| c.borrow()[slot].get(pattern).cloned()) {
        return hit;
    }
    let compiled = DotnetRegex::new(pattern, case_sensitive).map(Rc::new);
    CACHE.with(|c| {
        let cache = &mut c.borrow_mut()[slot];
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(pattern.to_string(), compiled.clone());
    });
    compiled
}

/// The error of a match that was given up.
pub fn gave_up(regex: &DotnetRegex) -> String {
    format!(
        "The regular expression engine gave up matching the pattern {}: it needed too much backtracking (nested quantifiers or back-references).",
        regex.as_str()
    )
}

/// Whether `regex` matches somewhere in `text`.
pub fn is_match(regex: &DotnetRegex, text: &str) -> Result<bool, String> {
    regex.regex().is_match(text).map_err(|_| gave_up(regex))
}

/// How many times `regex` matches in `text`.
pub fn count(regex: &DotnetRegex, text: &str) -> Result<usize, String> {
    let mut n = 0;
    for found in regex.regex().find_iter(text) {
        found.map_err(|_| gave_up(regex))?;
        n += 1;
    }
    Ok(n)
}

/// A match as .NET reports it: its text, and its index and length in UTF-16 code units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub index: usize,
    pub length: usize,
}

/// The first `limit` matches of `regex` in `text`.
pub fn find(regex: &DotnetRegex, text: &str, limit: usize) -> Result<Vec<Found>, String> {
    let mut found = Vec::new();
    for m in regex.regex().find_iter(text).take(limit) {
        let m = m.map_err(|_| gave_up(regex))?;
        found.push(Found {
            value: m.as_str().to_string(),
            index: text[..m.start()].encode_utf16().count(),
            length: m.as_str().encode_utf16().count(),
        });
    }
    Ok(found)
}

/// `$Matches` after a successful match: the whole match under 0, then the groups in .NET's
/// order, unnamed ones under their numbers and named ones under their names. Groups that did
/// not take part are left out.
pub fn matches_table(regex: &DotnetRegex, text: &str) -> Result<Option<Hashtable>, String> {
    let Some(captures) = regex.regex().captures(text).map_err(|_| gave_up(regex))? else {
        return Ok(None);
    };
    let mut table = Hashtable::default();
    if let Some(whole) = captures.get(0) {
        table.insert(Value::Int32(0), Value::str(whole.as_str()));
    }
    for group in regex.groups() {
        let Some(value) = regex.capture(&captures, group) else {
            continue;
        };
        let key = match &group.name {
            Some(name) => Value::str(name),
            None => Value::Int32(i32::try_from(group.number).unwrap_or(i32::MAX)),
        };
        table.insert(key, Value::str(value));
    }
    Ok(Some(table))
}

/// `-replace`: every match replaced by `replacement`, a .NET replacement string.
pub fn replace(regex: &DotnetRegex, text: &str, replacement: &str) -> Result<String, String> {
    let replacement = Replacement::new(regex, replacement);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for captures in regex.regex().captures_iter(text) {
        let captures = captures.map_err(|_| gave_up(regex))?;
        let Some(whole) = captures.get(0) else {
            continue;
        };
        out.push_str(&text[last..whole.start()]);
        replacement.expand(regex, &captures, text, &mut out);
        last = whole.end();
    }
    out.push_str(&text[last..]);
    Ok(out)
}

/// A voice rule's translation: `replacement` (a .NET replacement string) filled from the first
/// match of `regex` in `text`, without the text around the match; `None` when nothing matches.
/// Dial plans' patterns are anchored (`^(\d{4})$`), so this is .NET's `Regex.Replace` for them.
pub fn translate(
    regex: &DotnetRegex,
    text: &str,
    replacement: &str,
) -> Result<Option<String>, String> {
    let Some(captures) = regex.regex().captures(text).map_err(|_| gave_up(regex))? else {
        return Ok(None);
    };
    let mut out = String::with_capacity(replacement.len() + text.len());
    Replacement::new(regex, replacement).expand(regex, &captures, text, &mut out);
    Ok(Some(out))
}

/// `-split`, which is .NET's `Regex.Split`: the pieces between matches, with what each
/// match's groups captured after it (in .NET's group order). With `max` > 0 only the first
/// `max` - 1 matches split, so there are at most `max` pieces besides the captures, the last
/// keeping the rest. Empty matches split too, so `'abc' -split ''` starts and ends with an
/// empty piece, as in PowerShell.
pub fn split(regex: &DotnetRegex, text: &str, max: usize) -> Result<Vec<Value>, String> {
    let mut pieces = Vec::new();
    let mut last = 0;
    let splits = if max == 0 { usize::MAX } else { max - 1 };
    for captures in regex.regex().captures_iter(text).take(splits) {
        let captures = captures.map_err(|_| gave_up(regex))?;
        let Some(whole) = captures.get(0) else {
            continue;
        };
        pieces.push(Value::str(&text[last..whole.start()]));
        for group in regex.groups() {
            if let Some(value) = regex.capture(&captures, group) {
                pieces.push(Value::str(value));
            }
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
        // .NET numbers named groups after the unnamed ones, so (\d) is group 1.
        assert_eq!(table.get("1").unwrap().to_display(), "2");
        assert!(table.get("2").is_none());
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
        // The maximum counts pieces, not captures.
        assert_eq!(
            texts(split(&dash, "a-b-c-d", 3).unwrap()),
            ["a", "-", "b", "-", "c-d"]
        );
        let nothing = compile("", false).unwrap();
        assert_eq!(
            texts(split(&nothing, "abc", 0).unwrap()),
            ["", "a", "b", "c", ""]
        );
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
        let error = compile("(", false).unwrap_err();
        assert_eq!(error, PatternError::Invalid("Not enough )'s.".into()));
        assert_eq!(
            error.message("("),
            "The regular expression pattern ( is not valid."
        );
        assert_eq!(error.dotnet_message("("), "parsing \"(\" - Not enough )'s.");
    }

    #[test]
    fn constructs_fancy_regex_lacks_are_refused_by_name() {
        let error = compile("(?<open-close>x)", false).unwrap_err();
        assert!(matches!(error, PatternError::Unsupported(_)));
        assert_eq!(
            error.message("(?<open-close>x)"),
            "The regular expression pattern (?<open-close>x) uses balancing groups ((?<open-close>...)), a .NET construct lyncsh does not support."
        );
    }

    #[test]
    fn groups_are_numbered_as_in_dotnet() {
        // .NET numbers unnamed groups first: (b) is 1, x is 2.
        let re = compile(r"(?<x>a)(b)", false).unwrap();
        let table = matches_table(&re, "ab").unwrap().unwrap();
        assert_eq!(table.get("1").unwrap().to_display(), "b");
        assert_eq!(table.get("x").unwrap().to_display(), "a");
        assert_eq!(replace(&re, "ab", "$1$2").unwrap(), "ba");
        assert_eq!(
            is_match(&compile(r"(?<x>a)(b)\1", false).unwrap(), "abb"),
            Ok(true)
        );
    }

    #[test]
    fn dotnet_replacement_tokens() {
        let re = compile(r"(?<area>\d{3})-(\d{4})", false).unwrap();
        let text = "tel 425-0100 ok";
        assert_eq!(replace(&re, text, "${area}.$1").unwrap(), "tel 425.0100 ok");
        assert_eq!(
            replace(&re, text, "[$`|$'|$_]").unwrap(),
            "tel [tel | ok|tel 425-0100 ok] ok"
        );
        assert_eq!(replace(&re, text, "$+").unwrap(), "tel 425 ok");
        // A $ that names no group is text, as in .NET.
        assert_eq!(
            replace(&re, text, "$9${none}$").unwrap(),
            "tel $9${none}$ ok"
        );
        assert_eq!(replace(&re, text, "${1}0").unwrap(), "tel 01000 ok");
    }

    #[test]
    fn find_reports_utf16_positions() {
        let re = compile("b+", false).unwrap();
        let found = find(&re, "\u{1F600}abb", usize::MAX).unwrap();
        assert_eq!(
            found,
            [Found {
                value: "bb".into(),
                index: 3,
                length: 2
            }]
        );
    }
}
