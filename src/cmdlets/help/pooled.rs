//! Generated help for the nouns whose records belong to a pool (`identity: Pooled`: Persistent
//! Chat categories, rooms, add-ins and endpoints): the parts that differ from scoped settings.
//! Examples work on the lab's first record of the noun, or on one they create.

use super::family::example_value;
use super::topic::Example;
use crate::cmdlets::pooled_records::POOL;
use crate::cmdlets::FamilyVerb;
use crate::family::FamilyDecl;

/// The lab pool the examples use: the first with the noun's role.
fn lab_pool(decl: &FamilyDecl) -> String {
    let role = crate::cmdlets::owned_records::role_of(decl);
    crate::store::Topology::lab()
        .services
        .iter()
        .find(|s| s.role.eq_ignore_ascii_case(role))
        .map(|s| s.pool.clone())
        .unwrap_or_default()
}

/// How a record is named, in words.
fn naming(decl: &FamilyDecl) -> String {
    if decl.identity_parts.is_empty() {
        "Each record belongs to one pool and is named by the pool and its name: <pool fqdn>\\<name>. A name alone finds the record when only one pool has that name.".into()
    } else {
        format!(
            "Each record is named by its {}, and belongs to one pool.",
            decl.identity_parts.join(" and ")
        )
    }
}

pub fn description(decl: &FamilyDecl, verb: FamilyVerb) -> Vec<String> {
    let noun = decl.noun;
    let label = decl.label;
    let what = format!("A {label} is {}", super::family::lower_first(decl.synopsis));
    let verb_text = match verb {
        FamilyVerb::Get => format!("Without parameters every {label} of every pool is returned. -Identity names one (wildcards allowed), -{POOL} keeps one pool's, and every other parameter keeps the records whose property of that name holds the value given (for a list, that has it as an item)."),
        FamilyVerb::Set => format!("Set takes -Identity or the object itself (-Instance, usually piped from Get-{noun}). Every value and reference is checked before anything is written; a new -Name renames the record, and what names it follows."),
        FamilyVerb::New => format!("Give the pool with -{POOL}; it may be left out when the topology has one pool of the role. What the record names (a category, an add-in) must exist in the same pool."),
        FamilyVerb::Remove | FamilyVerb::Enable | FamilyVerb::Disable => format!("Remove takes -Identity or the object. A {label} another record names cannot be removed (a category that still has rooms) unless the cmdlet has -Force and it is given; the records that named it then name nothing."),
    };
    vec![
        what,
        naming(decl),
        verb_text,
        "lyncsh emulates this cmdlet against the configuration of the session.".into(),
    ]
}

/// The identity of the lab's first record of the noun.
fn lab_record(decl: &FamilyDecl) -> String {
    decl.records
        .first()
        .map(|r| r.identity.to_string())
        .unwrap_or_default()
}

/// `New-<noun>` for a new record in the lab pool, with a value for every mandatory parameter.
fn new_command(decl: &FamilyDecl) -> String {
    let mut command = format!("New-{} -{POOL} {}", decl.noun, lab_pool(decl));
    let signature = crate::cmdlets::family::signature(decl, FamilyVerb::New);
    for param in signature.iter().flat_map(|s| &s.params) {
        if !param.mandatory || param.name == POOL {
            continue;
        }
        if param.name == "Name" {
            command.push_str(" -Name LabExample");
        } else if let Some((_, prop)) = decl.property(&param.name) {
            command.push_str(&format!(" -{} {}", param.name, example_value(prop)));
        }
    }
    command
}

/// The identity the record `new_command` makes.
fn new_identity(decl: &FamilyDecl) -> String {
    match decl.identity_parts.first() {
        Some(part) => decl
            .property(part)
            .map(|(_, p)| example_value(p).trim_matches('"').to_string())
            .unwrap_or_default(),
        None => format!("{}\\LabExample", lab_pool(decl)),
    }
}

pub fn examples(decl: &FamilyDecl, verb: FamilyVerb) -> Vec<Example> {
    let noun = decl.noun;
    let label = decl.label;
    let first = lab_record(decl);
    let pool = lab_pool(decl);
    match verb {
        FamilyVerb::Get => vec![
            Example::new(format!("Get-{noun}"), format!("Lists every {label}.")),
            Example::new(
                format!("Get-{noun} -Identity \"{first}\""),
                "Shows one record, named by its identity.",
            ),
            Example::new(
                format!("Get-{noun} -{POOL} {pool} | Select-Object Identity"),
                "Lists the identities of one pool's records.",
            ),
        ],
        FamilyVerb::New => vec![
            Example::new(
                new_command(decl),
                format!("Creates a {label} in the lab's pool."),
            ),
            Example::new(
                format!(
                    "{} | Out-Null; Get-{noun} -Identity \"{}\" | Select-Object Identity",
                    new_command(decl),
                    new_identity(decl)
                ),
                "Creates one and reads back its identity.",
            ),
        ],
        FamilyVerb::Set => {
            let change = decl
                .property("Description")
                .map(|(_, p)| (p.name, "\"Changed in the lab\"".to_string()))
                .or_else(|| {
                    decl.properties
                        .iter()
                        .find(|p| p.name != "Name" && decl.takes(p, FamilyVerb::Set))
                        .map(|p| (p.name, example_value(p)))
                });
            let mut out = Vec::new();
            if let Some((param, value)) = change {
                out.push(Example::new(
                    format!("Set-{noun} -Identity \"{first}\" -{param} {value}"),
                    format!("Changes {param} of one record."),
                ));
                out.push(Example::new(
                    format!("Get-{noun} -{POOL} {pool} | Set-{noun} -{param} {value} -WhatIf"),
                    "Shows what changing every record of the pool would do, and changes nothing.",
                ));
            }
            out
        }
        FamilyVerb::Remove | FamilyVerb::Enable | FamilyVerb::Disable => vec![
            Example::new(
                format!(
                    "{} | Out-Null; Remove-{noun} -Identity \"{}\"",
                    new_command(decl),
                    new_identity(decl)
                ),
                "Creates a record, then removes it again.",
            ),
            Example::new(
                format!(
                    "{} | Out-Null; Get-{noun} -Identity \"{}\" | Remove-{noun} -WhatIf",
                    new_command(decl),
                    new_identity(decl)
                ),
                "Creates a record, then shows what removing it would do, and keeps it.",
            ),
        ],
    }
}

/// Parameter texts that differ from scoped settings' (None: the family text applies).
pub fn parameter_text(decl: &FamilyDecl, verb: FamilyVerb, name: &str) -> Option<String> {
    let noun = decl.noun;
    let label = decl.label;
    let role = crate::cmdlets::owned_records::role_of(decl);
    Some(match (name, verb) {
        ("Identity", FamilyVerb::Get) => format!("The {label} to return: its identity, or a name only one pool has; wildcards are allowed."),
        ("Identity", _) => format!("The {label} to change: its identity, or a name only one pool has."),
        (POOL, FamilyVerb::Get) => format!("Returns only the records of this pool (a pool with the {role} role)."),
        (POOL, _) => format!("The pool the new {label} belongs to: a pool with the {role} role. It may be left out when the topology has one."),
        ("Filter", _) => "A wildcard pattern matched against the records' names (and descriptions, with -SearchDescription).".into(),
        ("Name", FamilyVerb::New) => format!("The {label}'s name, unique within its pool."),
        ("Name", _) => format!("A new name for the {label}; its identity changes with it."),
        ("Instance", _) => format!("A {label} object from Get-{noun}, changed as the other parameters say."),
        ("ResultSize", _) => "The most records to return.".into(),
        ("AsObject", _) => "Accepted for compatibility; members are shown as stored (SIP addresses and distinguished names).".into(),
        ("Force", FamilyVerb::Remove) => format!("Removes the {label} even when other records name it; they then name nothing."),
        ("PassThru", _) => format!("Returns the new {label}; without it New writes nothing."),
        ("Credential" | "DomainController", _) => "Accepted for compatibility; the lab has one directory and needs no credentials.".into(),
        ("OU", _) => "Returns only the records in this container of the directory; endpoints live in CN=Application Contacts,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com.".into(),
        ("SearchDescription", _) => "Makes -Filter match descriptions as well as names.".into(),
        ("ChatContentExceedsMB", _) => "Returns only the rooms whose messages take more than this many megabytes.".into(),
        ("Manager" | "Member", _) => format!("Returns only the rooms that list this SIP address among their {name}s."),
        _ => return None,
    })
}
