//! Property tests: whatever text arrives — arbitrary Unicode, or lines assembled from pieces of
//! PowerShell (cmdlet names, parameters, quotes, braces, pipes, backticks, variables, numbers)
//! — the parser and a whole in-process run finish without panicking, and an input that does
//! not parse changes nothing but `$Error`, which gains its parse error; and the interactive
//! shell's completion, colouring and hints never panic on it either.

use lyncsh::engine::{BufferHost, Engine};
use lyncsh::session::Session;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Pieces that PowerShell-like lines are assembled from.
const FRAGMENTS: &[&str] = &[
    "Get-CsConferencingConfiguration",
    "Set-CsConferencingConfiguration",
    "New-CsConferencingConfiguration",
    "Remove-CsConferencingConfiguration",
    "Select-Object",
    "Where-Object",
    "ForEach-Object",
    "Write-Output",
    "Format-List",
    "Get-Nothing",
    "-Identity",
    "-Identity:",
    "-ClientAudioPort",
    "-ClientAudio",
    "-ClientMediaPortRangeEnabled",
    "-ContentGracePeriod",
    "-Instance",
    "-InMemory",
    "-WhatIf",
    "-Confirm:$false",
    "-ErrorAction",
    "SilentlyContinue",
    "-",
    "global",
    "site:Redmond",
    "SITE:dublin",
    "service:ConferencingServer:atl-cs-001.litwareinc.com",
    "22:00:00",
    "$true",
    "$false",
    "$null",
    "$_",
    "$x",
    "$x.Identity",
    "$?",
    "$Error[0]",
    "$(",
    "@(",
    "@{",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "[int]",
    "'",
    "\"",
    "'it''s'",
    "\"a $x b\"",
    "@'\n",
    "\n'@",
    "`",
    "`n",
    "|",
    ";",
    ",",
    "=",
    "+=",
    "-eq",
    "-like",
    "-and",
    "-not",
    "!",
    "..",
    ".",
    "::",
    "#",
    "<#",
    "#>",
    "\n",
    "0",
    "1",
    "-1",
    "5350",
    "70000",
    "0x10",
    "1kb",
    "2.5",
    "if",
    "else",
    "foreach",
    "in",
    "function",
    "exit",
];

/// How many generated inputs each property tries: enough to find crashes, few enough to keep
/// the whole suite fast.
const CASES: u32 = 256;

/// Text assembled from [`FRAGMENTS`], with or without blanks between them.
fn powershellish() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..16),
        prop::bool::ANY,
    )
        .prop_map(|(pieces, spaced)| pieces.join(if spaced { " " } else { "" }))
}

/// Arbitrary text, and PowerShell-like text, in equal parts.
fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), powershellish()]
}

/// Pieces of .NET patterns and replacement strings, the constructs lyncsh rewrites or refuses
/// among them.
const REGEX_FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "(?:",
    "(?=",
    "(?!",
    "(?<=",
    "(?<!",
    "(?>",
    "(?<n>",
    "(?'n'",
    "(?<a-n>",
    "(?<2>",
    "(?(",
    "(?(1)",
    "(?(n)",
    "(?#",
    "(?n)",
    "(?x)",
    "(?-i)",
    "(?i:",
    "[",
    "]",
    "[^",
    "-[",
    "-",
    "\\",
    "\\k<n>",
    "\\k'1'",
    "\\<n>",
    "\\<",
    "\\1",
    "\\12",
    "\\0",
    "\\8",
    "\\x4",
    "\\u00",
    "\\uD800",
    "\\cA",
    "\\c",
    "\\p{L}",
    "\\p{IsGreek}",
    "\\p{",
    "\\b",
    "\\Z",
    "\\w",
    "{",
    "}",
    "{2}",
    "{2,1}",
    "{,3}",
    ",",
    "*",
    "+",
    "?",
    "|",
    "^",
    "$",
    ".",
    "#",
    "\n",
    " ",
    "a",
    "Z",
    "1",
    "9",
    "\u{e9}",
    "\u{1F600}",
    "$1",
    "$10",
    "${n}",
    "${",
    "$&",
    "$`",
    "$'",
    "$_",
    "$+",
    "$$",
];

/// Arbitrary text, and text assembled from [`REGEX_FRAGMENTS`], in equal parts.
fn regexish() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(REGEX_FRAGMENTS), 0..12)
            .prop_map(|pieces| pieces.concat()),
    ]
}

/// Runs `check` over generated inputs on a thread with the shell's large stack, as the binary
/// runs the parser and the engine.
fn run_property(check: fn(&str) -> Result<(), TestCaseError>) {
    run_strategy(any_input, move |text| check(&text));
}

/// Runs `check` over the values `strategy` makes, on a thread with the shell's large stack.
fn run_strategy<S: Strategy + 'static>(
    strategy: fn() -> S,
    check: impl Fn(S::Value) -> Result<(), TestCaseError> + Send + 'static,
) {
    let worker = std::thread::Builder::new()
        .stack_size(lyncsh::cli::STACK_SIZE)
        .spawn(move || {
            let mut runner = TestRunner::new(Config::with_cases(CASES));
            runner.run(&strategy(), check).map_err(|e| e.to_string())
        })
        .expect("spawn the property thread");
    let scratch = scratch_of(worker.thread().id());
    let outcome = worker.join();
    let _ = std::fs::remove_dir_all(scratch);
    match outcome {
        Ok(result) => result.unwrap_or_else(|e| panic!("{e}")),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// An engine whose files folder is a scratch folder of its own: random input may redirect
/// output to a file, and such files must not land in the working directory.
fn engine() -> Engine {
    let mut engine = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let scratch = scratch_of(std::thread::current().id());
    let _ = std::fs::create_dir_all(&scratch);
    engine.files_folder = scratch;
    engine
}

/// The scratch folder of the property thread `thread`, removed when its property is done.
fn scratch_of(thread: std::thread::ThreadId) -> std::path::PathBuf {
    let thread: String = format!("{thread:?}")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    std::env::temp_dir().join(format!("lyncsh-properties-{}-{thread}", std::process::id()))
}

#[test]
fn parsing_never_panics() {
    run_property(|text| {
        let _ = lyncsh::parse::parse(text);
        Ok(())
    });
}

#[test]
fn running_never_panics() {
    run_property(|text| {
        let mut engine = engine();
        let _ = engine.run(text, "line");
        Ok(())
    });
}

#[test]
fn an_input_that_does_not_parse_changes_nothing_but_error() {
    run_property(|text| {
        let Err(parse_error) = lyncsh::parse::parse(text) else {
            return Ok(());
        };
        let mut engine = engine();
        let _ = engine.run(
            "$before = 1; New-CsConferencingConfiguration -Identity site:Redmond",
            "line",
        );
        let before = engine.session.clone();
        prop_assert_eq!(engine.run(text, "line"), Ok(()));
        let after = &engine.session;
        prop_assert_eq!(&after.store, &before.store);
        prop_assert_eq!(&after.topology, &before.topology);
        prop_assert_eq!(&after.variables, &before.variables);
        prop_assert_eq!(&after.history, &before.history);
        prop_assert_eq!(after.errors.len(), before.errors.len() + 1);
        prop_assert_eq!(&after.errors[0].error_id, parse_error.id);
        Ok(())
    });
}

thread_local! {
    static HELPER: lyncsh::interactive::ShellHelper = lyncsh::interactive::ShellHelper::new(
        lyncsh::interactive::Knowledge::new(
            std::rc::Rc::new(lyncsh::cmdlets::Registry::new()),
            Session::lab(),
        ),
        lyncsh::format::theme::Theme { enabled: true },
        80,
    );
}

#[test]
fn completion_colour_and_hints_never_panic() {
    use rustyline::highlight::Highlighter;
    use rustyline::hint::Hinter;
    run_property(|text| {
        HELPER.with(|helper| {
            let history = rustyline::history::DefaultHistory::new();
            let ctx = rustyline::Context::new(&history);
            helper.highlight(text, text.len());
            helper.hint(text, text.len(), &ctx);
            for (at, _) in text.char_indices().take(64).chain([(text.len(), ' ')]) {
                let found = helper.completion(text, at);
                prop_assert!(found.start <= at, "completion starts after the cursor");
            }
            Ok(())
        })
    });
}

/// Whatever the pattern and the replacement, compiling and every operator finish without a
/// panic: the pattern is either refused with a message or runs.
#[test]
fn regular_expressions_never_panic() {
    use lyncsh::engine::regex_ops;
    run_strategy(
        || (regexish(), regexish(), prop::bool::ANY),
        |(pattern, replacement, case_sensitive)| {
            let text = "site:Redmond 4255550100 <sip:ken@litwareinc.com>\n\u{e9}\u{1F600}";
            match regex_ops::compile(&pattern, case_sensitive) {
                Err(error) => {
                    prop_assert!(!error.message(&pattern).is_empty());
                    prop_assert!(!error.dotnet_message(&pattern).is_empty());
                }
                Ok(regex) => {
                    let _ = regex_ops::is_match(&regex, text);
                    let _ = regex_ops::matches_table(&regex, text);
                    let _ = regex_ops::replace(&regex, text, &replacement);
                    let _ = regex_ops::translate(&regex, text, &replacement);
                    let _ = regex_ops::split(&regex, text, 3);
                    let _ = regex_ops::find(&regex, text, 5);
                }
            }
            Ok(())
        },
    );
}
