//! Every noun declaration (`src/families/*.ron`) held against its cmdlets' signatures in the
//! catalog: its verbs exist in Lync Server 2013, every parameter of its New and Set is a
//! property, an action switch, a parameter it declares unsupported or one every family has,
//! every property a verb takes is a parameter of that verb, and every default reads in its
//! type and lies in its range. Each test lists every problem it finds, not just the first.

use lyncsh::catalog;
use lyncsh::cmdlets::FamilyVerb;
use lyncsh::families;
use lyncsh::family::{FamilyDecl, PropType, ShorthandDecl, ShorthandForm, Takes};
use lyncsh::value::Value;

/// Parameters of New and Set that are not properties: identity (and the parent of a record
/// named within one), pipeline input, the ShouldProcess switches, PassThru, the domain
/// controller to use, the Office 365 tenant, which Lync Server 2013 ignores, the pool a
/// pooled record goes to, and the display switch of Persistent Chat's members.
const COMMON: [&str; 13] = [
    "Identity",
    "Parent",
    "Instance",
    "InMemory",
    "Force",
    "WhatIf",
    "Confirm",
    "PassThru",
    "DomainController",
    "Tenant",
    "Report",
    "PersistentChatPoolFqdn",
    "AsObject",
];

fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_verb_of_every_declaration_is_a_lync_server_2013_cmdlet() {
    let mut problems = Vec::new();
    for family in families::all() {
        // A declaration without verbs is lab state hand-written cmdlets keep (LabAudioFile) or
        // an object type other cmdlets make (an AcpInfo of Set-CsUserAcp): no cmdlet of the
        // catalog may carry its noun.
        if family.verbs.is_empty()
            && catalog::all()
                .iter()
                .any(|c| c.name.ends_with(&format!("-{}", family.noun)))
        {
            problems.push(format!("{} has no verbs but is a cmdlet noun", family.noun));
        }
        for verb in FamilyVerb::ALL {
            let name = format!("{}-{}", verb.name(), family.noun);
            if family.has_verb(verb) != catalog::find(&name).is_some() {
                problems.push(format!("{name}: the declaration and the catalog disagree"));
            }
        }
    }
    assert_none(problems);
}

#[test]
fn every_new_and_set_parameter_is_a_property_a_switch_or_common() {
    let mut problems = Vec::new();
    for family in families::all() {
        for verb in [FamilyVerb::New, FamilyVerb::Set] {
            let command = format!("{}-{}", verb.name(), family.noun);
            let Some(signature) = catalog::find(&command) else {
                continue;
            };
            for param in &signature.params {
                let name = param.name.as_str();
                let is_property = family
                    .property(name)
                    .is_some_and(|(_, p)| family.takes(p, verb));
                let is_switch = family
                    .switches
                    .iter()
                    .any(|s| s.name.eq_ignore_ascii_case(name));
                let is_unsupported = family
                    .unsupported
                    .iter()
                    .any(|u| u.eq_ignore_ascii_case(name));
                let is_shorthand = family
                    .shorthands
                    .iter()
                    .any(|s| s.name.eq_ignore_ascii_case(name));
                let is_template = family.template == Some(name);
                if !(is_property
                    || is_switch
                    || is_shorthand
                    || is_unsupported
                    || is_template
                    || COMMON.contains(&name))
                {
                    problems.push(format!(
                        "{command}: -{name} is neither a property, a switch nor common"
                    ));
                }
            }
        }
    }
    assert_none(problems);
}

#[test]
fn every_property_a_verb_takes_is_one_of_its_parameters() {
    let mut problems = Vec::new();
    for family in families::all() {
        for prop in family.properties {
            for verb in [FamilyVerb::New, FamilyVerb::Set] {
                if !family.takes(prop, verb) || !family.has_verb(verb) {
                    continue;
                }
                let command = format!("{}-{}", verb.name(), family.noun);
                // Spelling counts, but for case: the real cmdlets spell some parameters
                // differently on New and Set (LineURI and LineUri), and binding ignores case.
                let takes_it = catalog::find(&command).is_some_and(|s| {
                    s.params
                        .iter()
                        .any(|p| p.name.eq_ignore_ascii_case(prop.param_name()))
                });
                if !takes_it {
                    problems.push(format!(
                        "{command} has no parameter -{} (spelling counts)",
                        prop.param_name()
                    ));
                }
            }
            if prop.takes == Takes::SetOnly && !family.has_verb(FamilyVerb::New) {
                problems.push(format!(
                    "{}.{} is Set-only, but the family has no New",
                    family.noun, prop.name
                ));
            }
        }
    }
    assert_none(problems);
}

#[test]
fn every_default_reads_in_its_type_and_lies_in_its_range() {
    let mut problems = Vec::new();
    for family in families::all() {
        for prop in family.properties {
            let what = format!("{}.{}", family.noun, prop.name);
            if let (PropType::Object(type_name), "New") = (prop.ty, prop.default) {
                if lyncsh::family::new_entry(type_name).is_none() {
                    problems.push(format!("{what}: no entry of type {type_name} to make"));
                }
                continue;
            }
            match prop.ty.parse(prop.default) {
                None => problems.push(format!("{what}: default {:?} does not read", prop.default)),
                Some(Value::Null) => {}
                Some(value) => {
                    if let Err(why) = prop.check_range(&value) {
                        problems.push(format!("{what}: {why}"));
                    }
                }
            }
            if let Some(range) = prop.range {
                for bound in [range.min, range.max] {
                    if prop.ty.parse(bound).is_none() {
                        problems.push(format!("{what}: range bound {bound} does not read"));
                    }
                }
            }
            if let PropType::Enum(type_name, members) = prop.ty {
                if !type_name.contains('.') || members.is_empty() {
                    problems.push(format!(
                        "{what}: an enumeration needs a .NET name and members"
                    ));
                }
            }
        }
        for shorthand in family.shorthands {
            if let Some(problem) = shorthand_problem(family, shorthand) {
                problems.push(format!("{}: -{} {problem}", family.noun, shorthand.name));
            }
        }
        for switch in family.switches {
            let target = family.property(switch.property);
            if target.is_none_or(|(_, p)| p.ty.parse(switch.value).is_none()) {
                problems.push(format!(
                    "{}: switch {} sets no property",
                    family.noun, switch.name
                ));
            }
        }
        if family.synopsis.is_empty() {
            problems.push(format!("{} has no synopsis", family.noun));
        }
        if !family.type_name.contains('.') {
            problems.push(format!("{} has no .NET type", family.noun));
        }
    }
    assert_none(problems);
}

#[test]
fn every_built_in_record_reads_as_its_family_names_and_types_it() {
    let mut problems = Vec::new();
    for family in families::all() {
        for builtin in family.records {
            if family.identity_of(builtin.identity).is_none() {
                problems.push(format!("{}: identity {:?}", family.noun, builtin.identity));
            }
            for (name, text) in builtin.values {
                match family.property(name) {
                    Some((_, prop)) if prop.ty.parse(text).is_some() => {}
                    _ => problems.push(format!(
                        "{} {}: {name} = {text:?}",
                        family.noun, builtin.identity
                    )),
                }
            }
        }
    }
    assert_none(problems);
}

#[test]
fn every_record_of_the_fresh_lab_is_installed_and_names_records_that_exist() {
    let session = lyncsh::session::Session::lab();
    let mut problems = Vec::new();
    for family in families::all() {
        let records = session.store.records(family.noun);
        for builtin in family.records {
            let installed = family
                .identity_of(builtin.identity)
                .is_some_and(|identity| records.iter().any(|r| r.identity.same_as(&identity)));
            if !installed {
                problems.push(format!(
                    "{} {} is not in the lab",
                    family.noun, builtin.identity
                ));
            }
        }
        // What every record names exists: records (also inside the objects it holds),
        // directory users, PSTN usages, gateways.
        for record in records {
            if let Some(missing) =
                lyncsh::cmdlets::family::unresolved_reference(&session, family, &record.values)
            {
                problems.push(format!(
                    "{} {}: {} names {:?}, which the lab lacks",
                    family.noun, record.identity, missing.property, missing.text
                ));
            }
        }
    }
    assert_none(problems);
}

#[test]
fn the_standard_admin_roles_list_their_cmdlets() {
    let session = lyncsh::session::Session::lab();
    let role = |name: &str| {
        let family = families::find("CsAdminRole").expect("declared");
        let scope = family.identity_of(name).expect("an identity");
        let record = session
            .store
            .get(family.noun, &scope)
            .expect("a standard role");
        let (index, _) = family.property("Cmdlets").expect("a Cmdlets property");
        record.values[index]
            .clone()
            .into_items()
            .iter()
            .map(Value::to_display)
            .collect::<Vec<_>>()
    };
    assert_eq!(role("CsAdministrator").len(), lyncsh::catalog::all().len());
    let view_only = role("CsViewOnlyAdministrator");
    assert!(!view_only.is_empty() && view_only.iter().all(|c| c.starts_with("Get-")));
    assert!(role("CsUserAdministrator")
        .iter()
        .any(|c| c == "Set-CsUser"));
    assert!(!role("CsHelpDesk").iter().any(|c| c == "Set-CsUser"));
}

/// What is wrong with a shorthand's declaration: its property must be a list, and an entry
/// field must name a key and a field of the list's entry type, the key's value in its type.
fn shorthand_problem(family: &FamilyDecl, shorthand: &ShorthandDecl) -> Option<String> {
    let Some((_, prop)) = family.property(shorthand.property) else {
        return Some(format!(
            "changes {}, which is no property",
            shorthand.property
        ));
    };
    match (shorthand.form, prop.ty) {
        (ShorthandForm::CommaList, PropType::StringList) => None,
        (ShorthandForm::EntryField { key, value, field }, PropType::ObjectList(type_name)) => {
            let Some(entry) = families::by_type(type_name) else {
                return Some(format!(
                    "changes entries of {type_name}, which has no declaration"
                ));
            };
            match (entry.property(key), entry.property(field)) {
                (Some((_, k)), Some(_)) if k.ty.parse(value).is_some() => None,
                _ => Some(format!("names a key or field that {} lacks", entry.noun)),
            }
        }
        _ => Some(format!("does not fit the type of {}", prop.name)),
    }
}
