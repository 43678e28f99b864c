//! Generated help for the nouns whose records an Application service owns (`identity: Owned`,
//! the Response Group's agent groups, queues, workflows, business hours and holiday sets): the
//! parts that differ from scoped settings. Examples work on the lab's first such record, or on
//! one they create.

use super::family::{example_change, example_value};
use super::topic::Example;
use crate::cmdlets::FamilyVerb;
use crate::family::FamilyDecl;

/// The lab service the examples use: the noun's role on the lab's first pool.
fn service(decl: &FamilyDecl) -> String {
    format!(
        "service:{}:atl-cs-001.litwareinc.com",
        crate::cmdlets::owned_records::role_of(decl)
    )
}

/// The name the examples give a record they create.
const EXAMPLE_NAME: &str = "\"Lab example\"";

pub fn description(decl: &FamilyDecl, verb: FamilyVerb) -> Vec<String> {
    let noun = decl.noun;
    let label = decl.label;
    let what = format!("A {label} is {}", super::family::lower_first(decl.synopsis));
    let role = crate::cmdlets::owned_records::role_of(decl);
    let naming = if decl.has_verb(FamilyVerb::New) {
        format!("Each record belongs to a {role} service and is named by the service and a GUID: service:{role}:<pool fqdn>/<GUID>. New works out the GUID from the service and the name, so a script replays to the same identities. Names are unique within a service.")
    } else {
        format!("Each record belongs to a {role} service and is named by the service and a GUID: service:{role}:<pool fqdn>/<GUID>. The lab's services come with their records.")
    };
    let verb_text = match verb {
        FamilyVerb::Get => format!("Without parameters every {label} is returned. -Identity names a service, for all of its records, or one record; where the cmdlet has them, -Name picks one by name, -Filter matches identities against a wildcard, and -Owner returns those a pool owns (a record owned by a pool other than its own service's shows only with -ShowAll or -Owner)."),
        FamilyVerb::Set => format!("Set takes the object itself: get it with Get-{noun}, change its properties, and pass it to -Instance. Every value and reference is checked before anything is written."),
        FamilyVerb::New => format!("Give the service with -Parent and a name unique within it. With -InMemory the {label} is returned without being saved; Set-{noun} -Instance saves it later. What the record names (users, agent groups, queues, business hours, holiday sets) must exist."),
        FamilyVerb::Remove | FamilyVerb::Enable | FamilyVerb::Disable => format!("Remove takes the object, usually piped from Get-{noun}. A {label} another Response Group record names cannot be removed: change or remove that record first."),
    };
    vec![
        what,
        naming,
        verb_text,
        "lyncsh emulates this cmdlet against the configuration of the session.".into(),
    ]
}

/// `New-<noun>` for a record named "Lab example" in the lab service, with a value for every
/// other mandatory parameter.
fn new_command(decl: &FamilyDecl) -> String {
    let mut command = format!(
        "New-{} -Parent {} -Name {EXAMPLE_NAME}",
        decl.noun,
        service(decl)
    );
    let signature = crate::cmdlets::family::signature(decl, FamilyVerb::New);
    for param in signature.iter().flat_map(|s| &s.params) {
        if !param.mandatory || param.name == "Parent" || param.name == "Name" {
            continue;
        }
        if let Some((_, prop)) = decl.property(&param.name) {
            command.push_str(&format!(" -{} {}", param.name, example_value(prop)));
        }
    }
    command
}

/// The property an example changes: the description where there is one (a switch such as a
/// workflow's Active would need more set up), or the family's usual choice.
fn change(decl: &FamilyDecl, verb: FamilyVerb) -> Option<(&'static str, String)> {
    match decl.property("Description") {
        Some((_, prop)) => Some((prop.name, "\"Changed in the lab\"".into())),
        None => example_change(decl, verb).or(Some(("Name", "\"Renamed in the lab\"".into()))),
    }
}

/// The name of the lab's first record of the noun, quoted.
fn lab_name(decl: &FamilyDecl) -> Option<String> {
    decl.records.first().and_then(|record| {
        record
            .values
            .iter()
            .find(|(property, _)| *property == "Name")
            .map(|(_, name)| format!("\"{name}\""))
    })
}

pub fn examples(decl: &FamilyDecl, verb: FamilyVerb) -> Vec<Example> {
    let noun = decl.noun;
    let label = decl.label;
    let service = service(decl);
    if !decl.has_verb(FamilyVerb::New) {
        return examples_of_lab_records(decl, verb, &service);
    }
    let new = new_command(decl);
    let get_new = format!("Get-{noun} -Identity {service} -Name {EXAMPLE_NAME}");
    let (setup, get_one) = match lab_name(decl) {
        Some(name) => (
            String::new(),
            format!("Get-{noun} -Identity {service} -Name {name}"),
        ),
        None => (format!("{new} | Out-Null; "), get_new.clone()),
    };
    match verb {
        FamilyVerb::Get => vec![
            Example::new(format!("Get-{noun}"), format!("Lists every {label}.")),
            Example::new(
                format!("{setup}{get_one}"),
                "Shows one record, found by its service and name.",
            ),
            Example::new(
                format!("Get-{noun} -Identity {service} | Select-Object Name, Identity"),
                "Lists the names and identities of the service's records.",
            ),
        ],
        FamilyVerb::New => {
            let mut out = vec![Example::new(
                new.clone(),
                format!("Creates a {label} in the lab's Application service and shows it."),
            )];
            out.push(
                match change(decl, FamilyVerb::New).filter(|(p, _)| *p != "Name") {
                    Some((param, value)) => Example::new(
                        format!(
                            "$x = {new} -InMemory; $x.{param} = {value}; Set-{noun} -Instance $x"
                        ),
                        "Builds the record in memory, changes it, and saves it with Set -Instance.",
                    ),
                    None => Example::new(
                        format!("$x = {new} -InMemory; Set-{noun} -Instance $x"),
                        "Builds the record in memory, then saves it with Set -Instance.",
                    ),
                },
            );
            out
        }
        FamilyVerb::Set => {
            let mut out = Vec::new();
            if let Some((param, value)) = change(decl, FamilyVerb::Set) {
                out.push(Example::new(
                    format!("{setup}$x = {get_one}; $x.{param} = {value}; Set-{noun} -Instance $x"),
                    format!("Changes {param} of one record: read, edit, write back."),
                ));
            }
            out.push(Example::new(
                format!("{setup}{get_one} | Set-{noun} -WhatIf"),
                "Shows what writing the record back would do, and changes nothing.",
            ));
            out
        }
        FamilyVerb::Remove | FamilyVerb::Enable | FamilyVerb::Disable => vec![
            Example::new(
                format!("{new} | Out-Null; {get_new} | Remove-{noun}"),
                "Creates a record, then removes it again.",
            ),
            Example::new(
                format!("{new} | Remove-{noun} -WhatIf"),
                "Shows what removing the new record would do, and keeps it.",
            ),
        ],
    }
}

/// Examples for a noun whose records come with the lab (no New): they read the first one.
fn examples_of_lab_records(decl: &FamilyDecl, verb: FamilyVerb, service: &str) -> Vec<Example> {
    let noun = decl.noun;
    let label = decl.label;
    let first = decl
        .records
        .first()
        .map(|r| r.identity.to_string())
        .unwrap_or_default();
    match verb {
        FamilyVerb::Remove => vec![
            Example::new(
                format!("Remove-{noun} -Identity {first} -WhatIf"),
                "Shows what removing one record would do, and keeps it.",
            ),
            Example::new(
                format!("Remove-{noun} -Identity {first}; (Get-{noun} -Identity {service}).Count"),
                "Removes one record and counts the service's others.",
            ),
        ],
        _ => vec![
            Example::new(format!("Get-{noun}"), format!("Lists every {label}.")),
            Example::new(
                format!("Get-{noun} -Identity {first}"),
                "Shows one record, named by its service and GUID.",
            ),
            Example::new(
                format!("Get-{noun} -Identity {service} | Select-Object Identity"),
                "Lists the identities of one service's records.",
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
        ("Identity", _) => format!("A service (service:{role}:<pool fqdn>), for all of its records, or one record: the service, a slash and the record's GUID."),
        ("Filter", _) => format!("A wildcard pattern matched against every record's Identity (service:{role}:atl-cs-001.litwareinc.com*)."),
        ("Parent", _) => format!("The {role} service the new {label} belongs to: service:{role}:<pool fqdn>."),
        ("Name", FamilyVerb::Get) => "Returns only the record of this name (with -Identity naming its service).".into(),
        ("Name", _) => format!("The {label}'s name, unique within its service."),
        ("Owner", _) => "Returns only the records this pool owns (service:ApplicationServer:<pool fqdn>, or the pool's FQDN).".into(),
        ("ShowAll", _) => "Returns records owned by another pool than their service's as well; in a fresh lab every record is owned by its own pool.".into(),
        ("Instance", _) => format!("A {label} object, from Get-{noun} or New-{noun} -InMemory, written back as it is."),
        ("InMemory", _) => format!("Returns the new {label} without saving it; Set-{noun} -Instance saves it."),
        _ => return None,
    })
}
