//! Hostile session files for Import-LabSession: the starting session saved, then cut short,
//! corrupted, made invalid UTF-8, given a wrong or future version, unknown names, wrong types,
//! values out of range, identities the topology lacks, duplicates, settings that do not fit,
//! huge numbers and deep nesting; and an empty file, a directory and a missing file. Each must
//! be refused whole, so the session stays as it was.

use super::Case;
use crate::support::Scratch;
use lyncsh::error::ErrorCategory::InvalidData;
use lyncsh::session::save;
use std::rc::Rc;

/// The ErrorId Import-LabSession gives a file it cannot import.
const NOT_IMPORTED: &str = "SessionNotImported";

/// The catalogue's starting session as lyncsh saves it.
pub fn starting_text() -> String {
    save::to_string(&super::starting_engine().session).expect("the starting session saves")
}

/// `text` with the first `from` replaced by `to`; `from` must be there.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the saved session has no {from:?}");
    text.replacen(from, to, 1)
}

/// `bytes` with the first `from` replaced by `to`.
fn edit_bytes(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .unwrap_or_else(|| {
            panic!(
                "the saved session has no {:?}",
                String::from_utf8_lossy(from)
            )
        });
    [&bytes[..at], to, &bytes[at + from.len()..]].concat()
}

/// The longest start of `text` of at most `len` bytes that ends on a character boundary.
fn cut(text: &str, mut len: usize) -> &str {
    while !text.is_char_boundary(len) {
        len -= 1;
    }
    &text[..len]
}

/// The files: a name and the bytes, each a mistake the loader must refuse.
pub fn hostile_files(text: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>| files.push((format!("{name}.ron"), bytes));
    // Cut short at sixteen points through the file, and inside a string and before the end.
    for k in 1..=16 {
        add(&format!("cut-{k}"), cut(text, text.len() * k / 17).into());
    }
    let inside_a_string = text.find("atl-cs-001").expect("a pool") + 3;
    add("cut-inside-a-string", text[..inside_a_string].into());
    add(
        "cut-before-the-end",
        text.trim_end()[..text.trim_end().len() - 1].into(),
    );
    let edits: &[(&str, &str, &str)] = &[
        // Corrupt bytes.
        ("corrupt-bracket", "(\n    version", "<\n    version"),
        ("corrupt-separator", "version: 5,", "version: 5;"),
        ("corrupt-list", "sites: [", "sites: {"),
        ("corrupt-quote", "name: \"Redmond\",", "name: \"Redmond,"),
        ("corrupt-nul", "name: \"Redmond\",", "name: \"Redmond\"\0"),
        (
            "corrupt-escape",
            "name: \"Redmond\",",
            "name: \"Red\\qmond\",",
        ),
        // Versions.
        ("version-zero", "version: 5,", "version: 0,"),
        ("version-future", "version: 5,", "version: 6,"),
        ("version-huge", "version: 5,", "version: 4294967296,"),
        ("version-negative", "version: 5,", "version: -1,"),
        ("version-text", "version: 5,", "version: \"1\","),
        ("version-missing", "version: 5,", ""),
        // Unknown names.
        (
            "unknown-family",
            "CsConferencingConfiguration: [",
            "CsNoSuchConfiguration: [",
        ),
        (
            "unknown-property",
            "ClientAudioPort: 5350",
            "ClientAudioPorts: 5350",
        ),
        ("unknown-field", "version: 5,", "version: 5, extras: 1,"),
        ("unknown-role", "role: \"Registrar\"", "role: \"Janitor\""),
        (
            "unknown-value-kind",
            "\"port\": Int32(50020)",
            "\"port\": Int128(50020)",
        ),
        // Wrong types.
        (
            "type-port-text",
            "ClientAudioPort: 5350",
            "ClientAudioPort: \"high\"",
        ),
        (
            "type-boolean-number",
            "ClientMediaPortRangeEnabled: false",
            "ClientMediaPortRangeEnabled: 1",
        ),
        (
            "type-timespan",
            "ContentGracePeriod: \"15.00:00:00\"",
            "ContentGracePeriod: \"soon\"",
        ),
        (
            "type-identity-number",
            "identity: \"Global\"",
            "identity: 5",
        ),
        ("type-site-id-text", "site_id: 1,", "site_id: \"one\","),
        (
            "type-variables-list",
            "variables: {",
            "variables: [1], old: {",
        ),
        (
            "type-history-text",
            "history: [",
            "history: \"Get-CsSite\", old: [",
        ),
        (
            "type-variable-payload",
            "\"port\": Int32(50020)",
            "\"port\": Int32(\"five\")",
        ),
        (
            "type-byte-fraction",
            "MinPhonePinLength: 6",
            "MinPhonePinLength: 6.5",
        ),
        // Out of range.
        (
            "range-port-low",
            "ClientAudioPort: 5350",
            "ClientAudioPort: 80",
        ),
        (
            "range-port-high",
            "ClientAudioPort: 5350",
            "ClientAudioPort: 70000",
        ),
        (
            "range-port-negative",
            "ClientAudioPort: 5350",
            "ClientAudioPort: -1",
        ),
        (
            "range-pin-low",
            "MinPhonePinLength: 6",
            "MinPhonePinLength: 3",
        ),
        (
            "range-pin-high",
            "MinPhonePinLength: 6",
            "MinPhonePinLength: 16",
        ),
        // Scopes the topology lacks or the family refuses.
        (
            "scope-no-site",
            "identity: \"Site:Redmond\"",
            "identity: \"Site:Tokyo\"",
        ),
        (
            "scope-no-service",
            "identity: \"Service:ConferencingServer:atl-cs-001.litwareinc.com\"",
            "identity: \"Service:ConferencingServer:nowhere.litwareinc.com\"",
        ),
        (
            "scope-wrong-role",
            "identity: \"Service:ConferencingServer:atl-cs-001.litwareinc.com\"",
            "identity: \"Service:WebServer:atl-cs-001.litwareinc.com\"",
        ),
        (
            "scope-not-an-identity",
            "identity: \"Site:Redmond\"",
            "identity: \"Redmond\"",
        ),
        ("pool-in-no-site", "site: \"Redmond\"", "site: \"Oslo\""),
        (
            "service-on-no-pool",
            "pool: \"atl-edge-001.litwareinc.com\"",
            "pool: \"nowhere.litwareinc.com\"",
        ),
        // Duplicates.
        ("duplicate-site", "name: \"Dublin\"", "name: \"redmond\""),
        (
            "duplicate-identity",
            "identity: \"Service:ConferencingServer:atl-cs-001.litwareinc.com\"",
            "identity: \"site:REDMOND\"",
        ),
        (
            "duplicate-family",
            "CsUCPhoneConfiguration: [",
            "CsConferencingConfiguration: [",
        ),
        ("duplicate-field", "history: [", "history: [], history: ["),
        ("duplicate-variable", "\"names\":", "\"Port\":"),
        (
            "duplicate-property",
            "ClientAudioPort: 5350,",
            "ClientAudioPort: 5350, ClientAudioPort: 5351,",
        ),
        // Service settings that do not fit the role or leave 1024-65535.
        (
            "settings-wrong-kind",
            "settings: Conferencing((",
            "settings: Edge((",
        ),
        (
            "settings-range-past-65535",
            "audio_port_start: 49152",
            "audio_port_start: 65000",
        ),
        (
            "settings-range-below-1024",
            "audio_port_start: 49152",
            "audio_port_start: 80",
        ),
        (
            "settings-range-empty",
            "audio_port_count: 8348",
            "audio_port_count: 0",
        ),
        // Huge numbers.
        (
            "huge-site-id",
            "site_id: 1,",
            "site_id: 99999999999999999999999999999999999999999,",
        ),
        (
            "huge-port-float",
            "ClientAudioPort: 5350",
            "ClientAudioPort: 1e400",
        ),
        (
            "huge-int64",
            "\"port\": Int32(50020)",
            "\"port\": Int64(99999999999999999999)",
        ),
        (
            "huge-timespan",
            "ContentGracePeriod: \"15.00:00:00\"",
            "ContentGracePeriod: \"10675199.02:48:05.4775808\"",
        ),
        (
            "huge-port-count",
            "audio_port_count: 8348",
            "audio_port_count: 4294967296",
        ),
    ];
    for (name, from, to) in edits {
        add(name, edit(text, from, to).into());
    }
    // A Registrar given the conferencing service's settings.
    let start = text
        .find("settings: Conferencing((")
        .expect("conferencing settings");
    let end = start + text[start..].find(")),\n").expect("their end") + 4;
    let registrar = "role: \"Registrar\",\n                pool: \"atl-cs-001.litwareinc.com\",\n";
    let with_settings = format!("{registrar}                {}", &text[start..end]);
    add(
        "settings-wrong-role",
        edit(text, registrar, &with_settings).into(),
    );
    // Deep nesting, in a variable, a property value and the history.
    let deep = |open: &str, close: &str, depth: usize| open.repeat(depth) + &close.repeat(depth);
    let nested_variable = format!("\"port\": {}", deep("Array([", "])", 5_000));
    add(
        "deep-variable",
        edit(text, "\"port\": Int32(50020)", &nested_variable).into(),
    );
    let nested_property = format!("ClientAudioPort: {}", deep("(", ")", 10_000));
    add(
        "deep-property",
        edit(text, "ClientAudioPort: 5350", &nested_property).into(),
    );
    let nested_history = format!("history: {}, old: [", deep("[", "]", 100_000));
    add(
        "deep-history",
        edit(text, "history: [", &nested_history).into(),
    );
    // Invalid UTF-8.
    let bytes = text.as_bytes();
    add("utf8-utf16-bom", [b"\xff\xfe".as_slice(), bytes].concat());
    add(
        "utf8-lone-lead-byte",
        edit_bytes(bytes, b"Redmond Site", b"Redmond \xc3 Site"),
    );
    add(
        "utf8-overlong",
        edit_bytes(
            bytes,
            b"\"Get-CsConferencingConfiguration\"",
            b"\"Get-\xc0\xaf\"",
        ),
    );
    add(
        "utf8-surrogate",
        edit_bytes(bytes, b"\"names\"", b"\"n\xed\xa0\x80mes\""),
    );
    add("utf8-cut-character", [bytes, b"\xe2\x82"].concat());
    // Nothing, or nothing of a session.
    add("empty", Vec::new());
    add("blank", b" \n\t\r\n".to_vec());
    add("bom-only", "\u{feff}".into());
    add("empty-struct", b"()".to_vec());
    add("not-ron", b"Get-CsSite | Remove-CsSite\n".to_vec());
    files
}

/// Import-LabSession on each hostile file, on a directory and on a missing file.
pub fn hostile_session_files() -> Vec<Case> {
    let scratch = Rc::new(Scratch::new());
    let mut paths: Vec<String> = hostile_files(&starting_text())
        .into_iter()
        .map(|(name, bytes)| scratch.file(&name, bytes).display().to_string())
        .collect();
    let directory = scratch.path().join("a-directory.ron");
    std::fs::create_dir(&directory).expect("create a directory");
    paths.push(directory.display().to_string());
    paths.push(scratch.path().join("missing.ron").display().to_string());
    paths
        .into_iter()
        .map(|path| {
            Case::new(
                format!("Import-LabSession -Path '{path}'"),
                NOT_IMPORTED,
                InvalidData,
            )
            .with_files(Rc::clone(&scratch))
        })
        .collect()
}
