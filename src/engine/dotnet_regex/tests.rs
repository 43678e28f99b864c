//! The .NET reading of patterns: what matches, what .NET refuses (with its message), and what
//! lyncsh refuses as unsupported.

use super::{DotnetRegex, PatternError};

fn matches(pattern: &str, text: &str) -> bool {
    let regex = DotnetRegex::new(pattern, true)
        .unwrap_or_else(|e| panic!("{pattern} should compile: {e:?}"));
    regex
        .regex()
        .is_match(text)
        .unwrap_or_else(|e| panic!("{pattern} on {text:?}: {e}"))
}

fn invalid(pattern: &str) -> String {
    match DotnetRegex::new(pattern, true) {
        Err(PatternError::Invalid(reason)) => reason,
        other => panic!("{pattern} should be invalid, got {other:?}"),
    }
}

fn unsupported(pattern: &str) -> String {
    match DotnetRegex::new(pattern, true) {
        Err(PatternError::Unsupported(construct)) => construct,
        other => panic!("{pattern} should be unsupported, got {other:?}"),
    }
}

#[test]
fn look_around_back_references_and_atomic_groups() {
    assert!(matches(r"^(?!911)(\d{7})$", "5551234"));
    assert!(!matches(r"^(?!911)(\d{3})$", "911"));
    assert!(matches(r"(?<!\+)\b1425", "dial 14255550100"));
    assert!(!matches(r"(?<!\+)\b1425", "+14255550100"));
    assert!(matches(r"^(ab)\1$", "abab"));
    assert!(matches(r"^(?<p>ab)\k<p>\k'p'$", "ababab"));
    assert!(matches(r"^(?<p>ab)\<p>$", "abab"));
    assert!(!matches(r"^(?>a+)ab$", "aaab"));
}

#[test]
fn text_dotnet_reads_differently_from_fancy_regex() {
    // `\<` and `\>` are the characters, not word boundaries.
    assert!(matches(r"^\<sip\>$", "<sip>"));
    // A hyphen next to a class escape is a hyphen.
    assert!(matches(r"^[\w-.]+$", "ken-myer.lab"));
    // `[`, `&&` and `~~` are plain characters in a class.
    assert!(matches(r"^[[]$", "["));
    assert!(matches(r"^[a&&b]$", "&"));
    assert!(matches(r"^[!--]$", ","));
    // A brace that is not a quantifier is text.
    assert!(matches(r"^a{,2}$", "a{,2}"));
    assert!(matches(r"^x{$", "x{"));
    // Octal and control escapes; `\b` is a backspace in a class.
    assert!(matches(r"^\060\cA[\b]$", "0\u{1}\u{8}"));
    assert!(matches(r"^\0101$", "\u{8}1"));
    assert!(matches(r"^\x41\u0042$", "AB"));
    // `\Z` allows one final newline.
    assert!(matches(r"a\Z", "a\n"));
    assert!(!matches(r"a\Z", "a\n\n"));
    // Comments and the x option.
    assert!(matches(r"^a(?#note (with a paren)b$", "ab"));
    assert!(matches("(?x) ^ a # (a comment\n b $", "ab"));
    assert!(matches(r"(?x)^a\ b$", "a b"));
}

#[test]
fn class_subtraction() {
    assert!(matches(r"^[a-z-[aeiou]]+$", "bcd"));
    assert!(!matches(r"^[a-z-[aeiou]]+$", "bad"));
    assert!(matches(r"^[^a-z-[0-9]]$", "!"));
    assert!(!matches(r"^[^a-z-[0-9]]$", "5"));
    assert!(matches(r"^[a-z-[d-w-[m-o]]]+$", "abmxz"));
}

#[test]
fn options_and_conditionals() {
    assert!(matches(r"^(?i:A)(?-i)b$", "ab"));
    assert!(!matches(r"^(?-i)A$", "a"));
    // With n only named groups capture, so \1 is the named group.
    assert!(matches(r"(?n)^(a)(?<x>b)\1$", "abb"));
    let regex = DotnetRegex::new(r"(?n)(a)(?<x>b)", true).unwrap();
    assert_eq!(regex.groups().len(), 1);
    assert!(matches(r"^(a)?(?(1)b|c)$", "ab"));
    assert!(matches(r"^(a)?(?(1)b|c)$", "c"));
    assert!(matches(r"^(?<q>a)?(?(q)b|c)$", "ab"));
    // A condition that names no group is an expression, tested without being consumed.
    assert!(matches(r"^(?(\d)\d{3}|[a-z]+)$", "123"));
    assert!(matches(r"^(?(\d)\d{3}|[a-z]+)$", "abc"));
    assert!(matches(r"^(?(?=\d)\d{3}|[a-z]+)$", "abc"));
}

#[test]
fn dotnet_parse_errors() {
    assert_eq!(invalid("("), "Not enough )'s.");
    assert_eq!(invalid("a)"), "Too many )'s.");
    assert_eq!(invalid("[a"), "Unterminated [] set.");
    assert_eq!(invalid("a\\"), "Illegal \\ at end of pattern.");
    assert_eq!(invalid("*a"), "Quantifier {x,y} following nothing.");
    assert_eq!(invalid("(|+)"), "Quantifier {x,y} following nothing.");
    assert_eq!(invalid("a++"), "Nested quantifier +.");
    assert_eq!(invalid("a{2}{3}"), "Nested quantifier {.");
    assert_eq!(invalid("a{3,2}"), "Illegal {x,y} with x > y.");
    assert_eq!(invalid(r"\q"), "Unrecognized escape sequence \\q.");
    assert_eq!(invalid(r"\2(a)"), "Reference to undefined group number 2.");
    assert_eq!(invalid(r"\k<x>"), "Reference to undefined group name x.");
    assert_eq!(invalid(r"\k"), "Malformed \\k<...> named back reference.");
    assert_eq!(invalid("[z-a]"), "[x-y] range in reverse order.");
    assert_eq!(
        invalid(r"[a-\d]"),
        "Cannot include class \\d in character range."
    );
    assert_eq!(invalid("(?P<x>a)"), "Unrecognized grouping construct.");
    assert_eq!(invalid(r"\x4"), "Insufficient hexadecimal digits.");
    assert_eq!(invalid(r"\p{Foo}"), "Unknown property 'Foo'.");
    assert_eq!(
        invalid("[a-[b]c]"),
        "A subtraction must be the last element in a character class."
    );
    // Ten or more with no such group is an octal escape, not an error.
    assert!(matches(r"^(a)\101$", "aA"));
}

#[test]
fn unsupported_constructs_are_named() {
    assert!(unsupported("(?<a-b>x)").starts_with("balancing groups"));
    assert!(unsupported("(?'-b'x)").starts_with("balancing groups"));
    assert!(unsupported("(?<2>x)").starts_with("explicitly numbered groups"));
    assert!(unsupported(r"\p{IsGreek}").starts_with("Unicode block names"));
    assert!(unsupported(r"\uD83D").starts_with("UTF-16 surrogate"));
}

#[test]
fn names_used_twice_are_one_group() {
    let regex = DotnetRegex::new(r"^(?:(?<n>\d+)|(?<n>[a-z]+))$", true).unwrap();
    assert_eq!(regex.groups().len(), 1);
    let captures = regex.regex().captures("abc").unwrap().unwrap();
    assert_eq!(regex.capture(&captures, &regex.groups()[0]), Some("abc"));
}

#[test]
fn hostile_patterns_are_refused_not_overflowed() {
    let deep = format!("{}a{}", "[a-".repeat(10_000) + "[", "]".repeat(10_001));
    assert!(DotnetRegex::new(&deep, true).is_err());
    let groups = "(".repeat(50_000) + &")".repeat(50_000);
    assert!(DotnetRegex::new(&groups, true).is_err());
}
