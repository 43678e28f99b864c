//! Help for the Get/Set/New/Remove cmdlets of a configuration family, generated from its
//! declaration: the synopsis and label, the scopes it allows, its properties with their
//! defaults and ranges. Examples are built from the same data, against the lab topology, so a
//! new family gets working examples without writing any.

use super::topic::{Example, Topic};
use crate::cmdlets::FamilyVerb;
use crate::family::{FamilyDecl, IdentityKind, PropDecl, PropType, ScopeRule};
use crate::identity::Scope;
use crate::signature::{ParamDecl, Signature};
use crate::store::{install_records, Topology};
use std::rc::Rc;

const VERBS: [(FamilyVerb, &str); 6] = [
    (FamilyVerb::Get, "Get"),
    (FamilyVerb::Set, "Set"),
    (FamilyVerb::New, "New"),
    (FamilyVerb::Remove, "Remove"),
    (FamilyVerb::Enable, "Enable"),
    (FamilyVerb::Disable, "Disable"),
];

/// The help of `verb`-`noun` of the family `decl`.
pub fn topic(decl: &FamilyDecl, verb: FamilyVerb, signature: Rc<Signature>) -> Topic {
    let owned = decl.identity == IdentityKind::Owned;
    let pooled = decl.identity == IdentityKind::Pooled;
    let parameters = signature
        .params
        .iter()
        .map(|p| {
            let special = if owned {
                super::owned::parameter_text(decl, verb, &p.name)
            } else if pooled {
                super::pooled::parameter_text(decl, verb, &p.name)
            } else {
                None
            };
            let text = special.unwrap_or_else(|| parameter_text(decl, verb, &p.name));
            (p.name.clone(), text)
        })
        .collect();
    Topic {
        signature,
        synopsis: synopsis(decl, verb),
        description: if owned {
            super::owned::description(decl, verb)
        } else if pooled {
            super::pooled::description(decl, verb)
        } else {
            description(decl, verb)
        },
        examples: if owned {
            super::owned::examples(decl, verb)
        } else if pooled {
            super::pooled::examples(decl, verb)
        } else {
            examples(decl, verb)
        },
        parameters,
        related: VERBS
            .iter()
            .filter(|(v, _)| *v != verb && decl.has_verb(*v))
            .map(|(_, name)| format!("{name}-{}", decl.noun))
            .collect(),
    }
}

/// `global, site or service`: the scope kinds a family allows, in words.
fn scope_kinds(decl: &FamilyDecl, with_global: bool) -> String {
    let words: Vec<&str> = decl
        .scopes
        .iter()
        .filter_map(|rule| match rule {
            ScopeRule::Global => with_global.then_some("global"),
            ScopeRule::Site => Some("site"),
            ScopeRule::Service(_) => Some("service"),
            ScopeRule::Tag => Some("per-user (tag)"),
        })
        .collect();
    match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => "no".into(),
    }
}

fn synopsis(decl: &FamilyDecl, verb: FamilyVerb) -> String {
    let label = decl.label;
    match (verb, decl.identity) {
        (FamilyVerb::Get, IdentityKind::Scoped) => format!(
            "Returns {label} settings ({} scope).",
            scope_kinds(decl, true)
        ),
        (FamilyVerb::Get, IdentityKind::Singleton) => format!("Returns the {label}."),
        (FamilyVerb::Get, _) => format!("Returns {label} records, one or all."),
        (FamilyVerb::Set, IdentityKind::Scoped) => format!("Changes {label} settings at one scope."),
        (FamilyVerb::Set, IdentityKind::Singleton) => format!("Changes the {label}."),
        (FamilyVerb::Set, _) => format!("Changes one {label} record."),
        (FamilyVerb::New, IdentityKind::Scoped) => format!(
            "Creates {label} settings for a {} scope.",
            scope_kinds(decl, false)
        ),
        (FamilyVerb::New, IdentityKind::Entry) => {
            format!("Builds a {label} object to put into the records that hold such entries.")
        }
        (FamilyVerb::New, _) => format!("Creates a {label} record."),
        (FamilyVerb::Remove, IdentityKind::Scoped) => format!(
            "Deletes {label} settings from a scope, or resets the global settings to their defaults.",
        ),
        (FamilyVerb::Remove, IdentityKind::Singleton) => {
            format!("Puts the {label} back to its defaults.")
        }
        (FamilyVerb::Remove, _) => format!("Deletes a {label} record."),
        (FamilyVerb::Enable, _) => format!("Turns a {label} on (its Enabled property becomes True)."),
        (FamilyVerb::Disable, _) => {
            format!("Turns a {label} off (its Enabled property becomes False).")
        }
    }
}

pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn description(decl: &FamilyDecl, verb: FamilyVerb) -> Vec<String> {
    let noun = decl.noun;
    let what = format!(
        "{} settings cover {}",
        upper_first(decl.label),
        lower_first(decl.synopsis)
    );
    let scopes = format!(
        "A collection of these settings can exist at each of these scopes: {}. The most specific collection applies: a service collection wins over a site collection, which wins over the global one.",
        decl.scope_words()
    );
    let verb_text = match verb {
        FamilyVerb::Get => "Without parameters every collection is returned, the global one first. -Identity returns a single collection, and -Filter returns those whose Identity matches a wildcard pattern.".to_string(),
        FamilyVerb::Set => format!("Only the properties you name change. Every value is checked before anything is written, so one invalid value leaves the collection as it was. Without -Identity the global collection changes; objects piped from Get-{noun} are changed one at a time."),
        FamilyVerb::New => "The new collection starts with every property at its default, except the ones you supply. The site or service must exist in the topology, and each scope holds at most one collection.".to_string(),
        FamilyVerb::Remove => "After a site or service collection is removed, the next broader collection applies again. The global collection cannot be deleted: removing it puts every property back to its default. A record that another record refers to cannot be removed.".to_string(),
        FamilyVerb::Enable | FamilyVerb::Disable => "Nothing else about the record changes; Set can change Enabled as well.".to_string(),
    };
    vec![
        what,
        scopes,
        verb_text,
        "lyncsh emulates this cmdlet against the configuration of the session.".into(),
    ]
}

/// The commands of `commands` before its last one, each with its `; `.
fn before(commands: &str) -> &str {
    commands.rfind("; ").map_or("", |at| &commands[..at + 2])
}

/// The last command of `commands`.
fn last(commands: &str) -> &str {
    commands
        .rfind("; ")
        .map_or(commands, |at| &commands[at + 2..])
}

/// An identity of the lab where `New` can create a record: a site or service scope, a
/// per-user tag, or a name for a family of named records.
fn example_scope(decl: &FamilyDecl) -> Option<String> {
    let lab = Topology::lab();
    // An identity the fresh lab has no record of yet.
    let taken = install_records(decl, &lab, crate::session::file::VERSION);
    let free = |text: String| {
        let identity = decl.identity_of(&text)?;
        (!taken.iter().any(|r| r.identity.same_as(&identity))).then_some(text)
    };
    if !decl.identity_parts.is_empty() {
        // Each part that names another record names one the example creates.
        let parts: Vec<String> = decl
            .identity_parts
            .iter()
            .map(
                |part| match decl.property(part).and_then(|(_, p)| p.refers) {
                    Some(noun) => format!("Lab{}", noun.trim_start_matches("Cs")),
                    None => "LabExample".into(),
                },
            )
            .collect();
        return Some(parts.join("/"));
    }
    match decl.identity {
        IdentityKind::Fqdn => return lab.pools.iter().find_map(|p| free(p.fqdn.clone())),
        IdentityKind::Name => return Some("LabExample".into()),
        IdentityKind::Pooled => return None,
        IdentityKind::Within | IdentityKind::Member | IdentityKind::Owned => {
            let parent = decl.scopes.iter().find_map(|rule| match rule {
                ScopeRule::Global => Some("global".to_string()),
                ScopeRule::Site => lab.sites.first().map(|s| format!("site:{}", s.name)),
                ScopeRule::Service(roles) => roles
                    .iter()
                    .find_map(|r| lab.services.iter().find(|s| s.role.eq_ignore_ascii_case(r)))
                    .map(|s| format!("service:{}", s.identity())),
                ScopeRule::Tag => None,
            })?;
            return Some(format!("{parent}/LabExample"));
        }
        IdentityKind::Singleton | IdentityKind::Entry => return None,
        IdentityKind::Scoped => {}
    }
    decl.scopes.iter().find_map(|rule| match rule {
        ScopeRule::Global => None,
        ScopeRule::Site => lab
            .sites
            .iter()
            .find_map(|s| free(format!("site:{}", s.name))),
        ScopeRule::Service(roles) => roles.iter().find_map(|r| {
            lab.services
                .iter()
                .filter(|s| s.role.eq_ignore_ascii_case(r))
                .find_map(|s| free(format!("service:{}", s.identity())))
        }),
        ScopeRule::Tag => free("tag:RedmondUsers".into()),
    })
}

/// `New-<noun> -Identity <scope>` with an example value for every other mandatory parameter.
fn new_command(decl: &FamilyDecl, scope: &str) -> String {
    let signature = crate::cmdlets::family::signature(decl, FamilyVerb::New);
    let params = || signature.iter().flat_map(|s| &s.params);
    // Without an -Identity parameter, a record is named by its name property.
    let naming = match (params().any(|p| p.name == "Identity"), decl.name_property) {
        (false, Some(name)) => name,
        _ => "Identity",
    };
    let mut command = match decl.identity {
        IdentityKind::Entry => format!("New-{}", decl.noun),
        _ => format!("New-{} -{naming} {scope}", decl.noun),
    };
    for (part, text) in decl.identity_parts.iter().zip(scope.split('/')) {
        if let Some(target) = decl
            .property(part)
            .and_then(|(_, p)| p.refers)
            .and_then(crate::families::find)
        {
            command = format!("{}; {command}", new_command(target, text));
        }
    }
    // The mandatory parameters of the default parameter set.
    let named_set = params()
        .find(|p| p.name == naming)
        .and_then(|p| p.sets.first().cloned());
    let set = named_set
        .or_else(|| {
            let s = signature.as_ref()?;
            s.default_set.clone().or_else(|| s.sets.first().cloned())
        })
        .unwrap_or_else(|| "Identity".into());
    for param in params() {
        let in_set = param.sets.is_empty() || param.sets.contains(&set);
        if !param.mandatory || param.name == naming || param.name == "Identity" || !in_set {
            continue;
        }
        if param.ty == crate::signature::ParamType::Switch {
            command.push_str(&format!(" -{}", param.name));
            continue;
        }
        if let Some((_, prop)) = decl.property(&param.name) {
            let value = match prop.refers.and_then(crate::families::find) {
                // A record the value names is created first, under a name of its own.
                Some(target) => {
                    let name = format!("Lab{}", target.noun.trim_start_matches("Cs"));
                    let made = new_command(target, &name);
                    if !command.contains(&made) {
                        command = format!("{made}; {command}");
                    }
                    name
                }
                None => example_value(prop),
            };
            command.push_str(&format!(" -{} {value}", param.name));
        } else if decl.template == Some(param.name.as_str()) {
            if let Some(builtin) = decl.records.first() {
                command.push_str(&format!(" -{} {}", param.name, builtin.identity));
            }
        }
    }
    command
}

/// The identity of a record a fresh lab already has: the global one, or for a family whose
/// records come with the topology's services, the first such service.
fn existing_identity(decl: &FamilyDecl) -> Option<String> {
    if decl.allows(&Scope::Global) {
        return Some("global".into());
    }
    if let Some(builtin) = decl.records.first() {
        return Some(format!("\"{}\"", builtin.identity));
    }
    install_records(decl, &Topology::lab(), crate::session::file::VERSION)
        .first()
        .map(|record| record.identity.to_string())
}

/// Whether a parameter is in the `Instance` parameter set (or in every set).
fn in_instance_set(param: &ParamDecl) -> bool {
    param.sets.is_empty() || param.sets.iter().any(|s| s == "Instance")
}

/// Whether Set takes `-Instance` with nothing else mandatory beside it (some cmdlets want
/// `-Identity` as well).
fn instance_alone(set: Option<&Signature>) -> bool {
    set.is_some_and(|s| {
        s.params.iter().any(|p| p.name == "Instance")
            && !s
                .params
                .iter()
                .any(|p| p.mandatory && p.name != "Instance" && in_instance_set(p))
    })
}

fn has_param(signature: Option<&Signature>, name: &str) -> bool {
    signature.is_some_and(|s| s.params.iter().any(|p| p.name == name))
}

/// A value for `prop` that is valid and, where possible, differs from the default.
pub(super) fn example_value(prop: &PropDecl) -> String {
    if let Some(example) = prop.example {
        return example.to_string();
    }
    let bound = prop.range.map(|r| r.max);
    match prop.ty {
        PropType::Bool if prop.default.eq_ignore_ascii_case("true") => "$False".into(),
        PropType::Bool => "$True".into(),
        PropType::String => "\"Litware\"".into(),
        PropType::Object(name) if name.ends_with("[]") => "(1, 2, 3)".into(),
        PropType::Object(_) => "$null".into(),
        PropType::TimeSpan => format!("\"{}\"", bound.unwrap_or(prop.default)),
        PropType::Enum(_, values) => format!(
            "\"{}\"",
            values
                .iter()
                .find(|v| !v.eq_ignore_ascii_case(prop.default))
                .map_or(prop.default, |v| v)
        ),
        _ => match bound.unwrap_or(prop.default) {
            "" => "1".to_string(),
            value => value.to_string(),
        },
    }
}

/// The property an example changes (a switch-like Boolean when there is one) and its value.
pub(super) fn example_change(
    decl: &FamilyDecl,
    verb: FamilyVerb,
) -> Option<(&'static str, String)> {
    let usable = || {
        decl.properties.iter().filter(move |p| {
            p.taken_by(if verb == FamilyVerb::New {
                FamilyVerb::New
            } else {
                FamilyVerb::Set
            })
        })
    };
    let naming =
        |name: &str| decl.name_property == Some(name) || decl.identity_parts.contains(&name);
    let usable = || {
        usable()
            .filter(move |p| !naming(p.name) && p.refers.is_none())
            .filter(|p| match p.ty {
                PropType::Bool | PropType::String | PropType::TimeSpan | PropType::Enum(..) => true,
                PropType::StringList
                | PropType::ObjectList(_)
                | PropType::Object(_)
                | PropType::DateTime => false,
                _ => !p.default.is_empty() || p.range.is_some(),
            })
    };
    let chosen = usable()
        .find(|p| p.ty == PropType::Bool)
        .or_else(|| usable().find(|p| p.ty != PropType::String))
        .or_else(|| usable().next())?;
    Some((chosen.param_name(), example_value(chosen)))
}

fn examples(decl: &FamilyDecl, verb: FamilyVerb) -> Vec<Example> {
    let noun = decl.noun;
    let label = decl.label;
    // A change the New command does not make already (mandatory parameters come first).
    let change = example_change(decl, verb).filter(|(param, _)| {
        if verb != FamilyVerb::New {
            return true;
        }
        let new = example_scope(decl).map(|scope| new_command(decl, &scope));
        !new.is_some_and(|n| n.contains(&format!("-{param} ")))
    });
    let scope = example_scope(decl);
    let existing = existing_identity(decl);
    let named = decl.identity != IdentityKind::Scoped;
    // A record the example can count on: one the lab has, or one the example creates first.
    let (setup, target) = match (&existing, &scope) {
        (Some(existing), _) => (String::new(), Some(existing.clone())),
        (None, Some(scope)) if decl.has_verb(FamilyVerb::New) => (
            format!("{}; ", new_command(decl, scope)),
            Some(scope.clone()),
        ),
        _ => (String::new(), None),
    };
    // A single record is named by no identity at all.
    let id = match (&target, decl.identity) {
        (_, IdentityKind::Singleton) | (None, _) => String::new(),
        (Some(target), _) => format!(" -Identity {target}"),
    };
    let signature_of = |verb| crate::cmdlets::family::signature(decl, verb);
    let (get, set, new) = (
        signature_of(FamilyVerb::Get),
        signature_of(FamilyVerb::Set),
        signature_of(FamilyVerb::New),
    );
    let mut out = Vec::new();
    match verb {
        FamilyVerb::Get => {
            let has_filter = has_param(get.as_ref(), "Filter");
            let identity_required = get
                .as_ref()
                .is_some_and(|s| s.params.iter().any(|p| p.name == "Identity" && p.mandatory));
            if !identity_required {
                out.push(Example::new(
                    format!("Get-{noun}"),
                    format!("Lists every {label} record."),
                ));
            }
            if let Some(target) = &target {
                out.push(Example::new(
                    format!("{setup}Get-{noun}{id}"),
                    format!("Shows only the record {}.", target.trim()),
                ));
                if let (true, Some(first)) = (identity_required, decl.properties.first()) {
                    let name = first.name;
                    out.push(Example::new(
                        format!("{setup}(Get-{noun}{id}).{name}"),
                        format!("Shows only the value of {name} in that record."),
                    ));
                }
            }
            if let (Some(scope), false, true) = (&scope, named, has_filter) {
                let kind = scope.split(':').next().unwrap_or("site");
                out.push(Example::new(
                    format!("Get-{noun} -Filter {kind}:*"),
                    format!("Lists the {kind} records; a fresh deployment has none."),
                ));
            }
        }
        FamilyVerb::Set => {
            let list = decl
                .properties
                .iter()
                .find(|p| p.ty.is_list() && p.taken_by(FamilyVerb::Set));
            if let (None, Some(list), Some(target)) = (&change, list, &target) {
                let param = list.param_name();
                out.push(Example::new(
                    format!("{setup}Set-{noun}{id} -{param} $null"),
                    format!("Empties the list {param} of the record {target}."),
                ));
                if list.ty == PropType::StringList && list.refers.is_none() {
                    out.push(Example::new(
                        format!("{setup}Set-{noun}{id} -{param} @{{Add=\"site:Redmond\"}}"),
                        format!("Adds an item to the list {param}, keeping the others."),
                    ));
                }
                out.push(Example::new(
                    format!("{setup}$settings = Get-{noun}{id}; Set-{noun} -Instance $settings"),
                    "Reads the record and writes it back through -Instance, unchanged.",
                ));
            }
            if let (Some((param, value)), Some(target)) = (&change, &target) {
                out.push(Example::new(
                    format!("{setup}Set-{noun}{id} -{param} {value}"),
                    format!("Sets {param} to {value} in the record {target}."),
                ));
                let params = || set.iter().flat_map(|s| &s.params);
                let pipes = instance_alone(set.as_ref())
                    && params().any(|p| p.name == "Instance" && p.by_value)
                    && params().any(|p| p.name == *param && in_instance_set(p));
                if pipes {
                    out.push(Example::new(
                        format!("{setup}Get-{noun} | Set-{noun} -{param} {value}"),
                        "Makes the same change in every record.",
                    ));
                }
                out.push(Example::new(
                    format!("{setup}$settings = Get-{noun}{id}; $settings.{param} = {value}; Set-{noun} -Instance $settings"),
                    "Edits a copy of the record, then writes the copy back with -Instance.",
                ));
            }
        }
        FamilyVerb::New if decl.identity == IdentityKind::Entry => {
            let new = new_command(decl, "");
            out.push(Example::new(
                format!("$entry = {new}; $entry"),
                format!(
                    "Builds a {label} object and shows it; it is stored only where you put it."
                ),
            ));
            match change
                .as_ref()
                .filter(|(p, _)| !new.contains(&format!("-{p} ")))
            {
                Some((param, value)) => out.push(Example::new(
                    format!("{new} -{param} {value}"),
                    format!("Builds the object with {param} set to {value}."),
                )),
                None => out.push(Example::new(
                    format!("@(({new}), ({new})).Count"),
                    "Builds two objects; each call returns a new one.",
                )),
            }
        }
        FamilyVerb::New => {
            if scope.is_none() && decl.allows(&Scope::Global) {
                // Only the global record exists, and always: New can only build a copy.
                out.push(Example::new(
                    format!("New-{noun} -Identity global -InMemory"),
                    "Builds a global record at defaults in memory, without saving it.",
                ));
                let edit = match &change {
                    Some((param, value)) => format!(" $settings.{param} = {value};"),
                    None => String::new(),
                };
                out.push(Example::new(
                    format!("$settings = New-{noun} -Identity global -InMemory;{edit} Set-{noun} -Instance $settings"),
                    "Builds a record in memory and saves it over the global one, which puts it back to its defaults.",
                ));
            }
            if let Some(scope) = &scope {
                let new = new_command(decl, scope);
                out.push(Example::new(
                    new.clone(),
                    format!("Creates the record {scope} with every property at its default."),
                ));
                if change.is_none() {
                    out.push(Example::new(
                        format!(
                            "{}$settings = {} -InMemory; Set-{noun} -Instance $settings",
                            before(&new),
                            last(&new)
                        ),
                        "Builds the record in memory first, then saves it with Set -Instance.",
                    ));
                    let list = decl.properties.iter().find(|p| {
                        p.ty == PropType::StringList
                            && p.refers.is_none()
                            && p.taken_by(FamilyVerb::New)
                    });
                    if let Some(list) = list {
                        let param = list.param_name();
                        out.push(Example::new(
                            format!("{new} -{param} \"site:Redmond\", \"site:Dublin\""),
                            format!("Creates the record with two items in {param}."),
                        ));
                    }
                }
                if let Some((param, value)) = &change {
                    out.push(Example::new(
                        format!("{new} -{param} {value}"),
                        format!("Creates the record {scope} with {param} set to {value}."),
                    ));
                    out.push(Example::new(
                        format!("{}$settings = {} -InMemory; $settings.{param} = {value}; Set-{noun} -Instance $settings", before(&new), last(&new)),
                        "Builds the record in memory only, edits it, and saves it with Set -Instance.",
                    ));
                }
            }
        }
        FamilyVerb::Enable | FamilyVerb::Disable => {
            if target.is_some() {
                let name = verb.name();
                out.push(Example::new(
                    format!("{setup}{name}-{noun}{id}"),
                    format!("{name}s the record."),
                ));
                out.push(Example::new(
                    format!("{setup}{name}-{noun}{id}; (Get-{noun}{id}).Enabled"),
                    format!("{name}s the record and shows its Enabled property."),
                ));
            }
        }
        FamilyVerb::Remove => {
            if decl.allows(&Scope::Global) {
                out.push(Example::new(
                    format!("Remove-{noun}{id}"),
                    "Puts every property of the global record back to its default.",
                ));
                out.push(Example::new(
                    format!("Remove-{noun}{id} -WhatIf"),
                    "Shows what removing the global record would do, and changes nothing.",
                ));
            }
            if let (Some(scope), true) = (&scope, decl.has_verb(FamilyVerb::New)) {
                out.push(Example::new(
                    format!(
                        "{}; Remove-{noun} -Identity {scope}",
                        new_command(decl, scope)
                    ),
                    format!("Creates the record {scope}, then deletes it again."),
                ));
                if named {
                    out.push(Example::new(
                        format!(
                            "{}; Get-{noun} | Where-Object {{$_.Identity -like \"*LabExample*\"}} | Remove-{noun}",
                            new_command(decl, scope)
                        ),
                        format!("Removes every {label} record whose identity holds LabExample."),
                    ));
                } else {
                    let kind = scope.split(':').next().unwrap_or("site");
                    out.push(Example::new(
                        format!("Get-{noun} -Filter {kind}:* | Remove-{noun}"),
                        format!(
                            "Removes every {kind} record, so the broader settings apply everywhere."
                        ),
                    ));
                }
            }
        }
    }
    // Set -Instance and New -InMemory only where the real cmdlets can take them so.
    let instance = instance_alone(set.as_ref());
    let in_memory = has_param(new.as_ref(), "InMemory");
    out.retain(|e| {
        (instance || !e.code.contains("-Instance")) && (in_memory || !e.code.contains("-InMemory"))
    });
    if let (FamilyVerb::Set, true, Some(_)) = (verb, out.is_empty(), &target) {
        out.push(Example::new(
            format!("{setup}Set-{noun}{id}"),
            "Writes the record back with nothing changed (every property here names another record).",
        ));
    }
    if verb == FamilyVerb::Set {
        // Values for the parameters Set cannot do without, where the example lacks them.
        let signature = &set;
        let set = signature.as_ref().and_then(|s| {
            let identity = s.params.iter().find(|p| p.name == "Identity");
            identity
                .and_then(|p| p.sets.first().cloned())
                .or_else(|| s.default_set.clone())
        });
        let in_set =
            |sets: &[String]| sets.is_empty() || set.as_ref().is_none_or(|set| sets.contains(set));
        let required: Vec<(&str, String)> = signature
            .iter()
            .flat_map(|s| &s.params)
            .filter(|p| p.mandatory && p.name != "Identity" && p.name != "Instance")
            .filter(|p| in_set(&p.sets))
            .filter_map(|p| {
                let (_, prop) = decl.property(&p.name)?;
                Some((prop.param_name(), example_value(prop)))
            })
            .collect();
        let command = format!("Set-{noun}");
        for example in out.iter_mut().filter(|e| !e.code.contains("-Instance")) {
            let missing: String = required
                .iter()
                .filter(|(param, _)| !example.code.contains(&format!("-{param} ")))
                .map(|(param, value)| format!(" -{param} {value}"))
                .collect();
            if let Some(at) = example.code.rfind(&command) {
                let end = at + command.len() + id.len();
                example
                    .code
                    .insert_str(end.min(example.code.len()), &missing);
            }
        }
    }
    if let (FamilyVerb::Set, 1, true) = (verb, out.len(), has_param(set.as_ref(), "WhatIf")) {
        let code = format!("{} -WhatIf", out[0].code);
        out.push(Example::new(
            code,
            "Shows what the change would do, and changes nothing.",
        ));
    }
    if let (FamilyVerb::New, Some(scope), 1) = (verb, &scope, out.len()) {
        out.push(Example::new(
            format!("{} | Format-List", new_command(decl, scope)),
            "Creates the record and shows every property of it.",
        ));
    }
    out
}

fn parameter_text(decl: &FamilyDecl, verb: FamilyVerb, name: &str) -> String {
    let noun = decl.noun;
    let label = decl.label;
    let scopes = decl.scope_words();
    match (name, verb) {
        ("Identity", FamilyVerb::Get) => format!("The collection to return: {scopes}. Without it every collection is returned."),
        ("Identity", FamilyVerb::Set) => format!("The collection to change: {scopes}. Without it the global collection changes."),
        ("Identity", FamilyVerb::New) => format!("The scope of the new collection: {scopes} (the global collection always exists)."),
        ("Identity", FamilyVerb::Remove) => format!("The collection to remove: {scopes}. For global, the properties are reset instead."),
        ("Identity", FamilyVerb::Enable | FamilyVerb::Disable) => format!("The {label} to turn on or off: {scopes}."),
        ("Parent", _) => "The scope the new record belongs to, such as global or site:Redmond; without it, global.".into(),
        ("PassThru", _) => "Returns the changed record as well.".into(),
        ("Report", _) => "A file, in the files folder, to which an HTML log of the run is written: the cmdlet and what it did. Its folder must exist.".into(),
        ("ResultSize", _) => "The most records to return; without it, all of them.".into(),
        ("DomainController", _) => "The domain controller to use. lyncsh has a single directory, so the value has no effect.".into(),
        (name, _) if decl.template == Some(name) => format!("An existing {label} whose values the new one starts from."),
        ("Filter", _) => "A wildcard pattern matched against the Identity of every collection, for example site:*.".into(),
        ("LocalStore", _) => "Reads from the local replica of the Central Management store. lyncsh has a single store, so the switch makes no difference.".into(),
        ("Instance", _) => format!("A {label} object, usually from Get-{noun} or New-{noun} -InMemory, whose properties are written back as they are."),
        ("InMemory", _) => format!("Returns the new collection without saving it; pass it to Set-{noun} -Instance to save it."),
        ("Force", _) => "Suppresses the confirmation prompts the cmdlet would otherwise show.".into(),
        ("WhatIf", _) => "Shows what the cmdlet would change, and changes nothing.".into(),
        ("Confirm", _) => "Asks before making the change.".into(),
        ("Tenant", _) => "The Office 365 tenant of a hosted deployment. An on-premises Lync Server 2013 deployment, which is what lyncsh emulates, has no tenants, so the value is accepted and has no effect.".into(),
        _ if decl.unsupported.iter().any(|u| u.eq_ignore_ascii_case(name)) => "lyncsh does not emulate this setting: it came with a later update than the Lync Server 2013 release lyncsh follows, so using it is an error.".into(),
        _ => match decl.switches.iter().find(|s| s.name.eq_ignore_ascii_case(name)) {
            Some(switch) => format!("Sets {} to {}.", switch.property, switch.value),
            None => match decl.shorthands.iter().find(|s| s.name.eq_ignore_ascii_case(name)) {
                Some(shorthand) => shorthand_text(shorthand),
                None => property_text(decl, verb, name),
            },
        },
    }
}

/// What a shorthand parameter does, in terms of the property it changes.
fn shorthand_text(shorthand: &crate::family::ShorthandDecl) -> String {
    match shorthand.form {
        crate::family::ShorthandForm::CommaList => format!(
            "The whole of {} as one comma-separated string, such as \"A,B\"; it replaces the list.",
            shorthand.property
        ),
        crate::family::ShorthandForm::EntryField { key, value, field } => format!(
            "Sets {field} of the {} entry whose {key} is {value}, adding that entry when there is none.",
            shorthand.property
        ),
    }
}

fn property_text(decl: &FamilyDecl, verb: FamilyVerb, name: &str) -> String {
    let Some((_, prop)) = decl.property(name) else {
        return String::new();
    };
    let default = if prop.default.is_empty() {
        "empty".to_string()
    } else {
        prop.default.to_string()
    };
    let lead = match verb {
        FamilyVerb::New => format!(
            "The value of {} in the new {}; left out, it is {default}.",
            prop.name,
            match decl.identity {
                IdentityKind::Owned => decl.label,
                _ => "collection",
            }
        ),
        _ => format!(
            "The new value of {}; left out, it keeps its current value. The default is {default}.",
            prop.name
        ),
    };
    match prop.range {
        Some(range) => format!("{lead} Allowed values: {} to {}.", range.min, range.max),
        None => lead,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::families;

    fn conferencing() -> &'static FamilyDecl {
        families::find("CsConferencingConfiguration").expect("conferencing family")
    }

    #[test]
    fn synopsis_names_the_scopes() {
        assert_eq!(
            synopsis(conferencing(), FamilyVerb::Get),
            "Returns conferencing configuration settings (global, site or service scope)."
        );
        assert_eq!(
            synopsis(conferencing(), FamilyVerb::New),
            "Creates conferencing configuration settings for a site or service scope."
        );
    }

    #[test]
    fn description_starts_from_the_declared_synopsis() {
        let text = description(conferencing(), FamilyVerb::Set);
        assert!(text[0].starts_with("Conferencing configuration settings cover meeting content"));
        assert!(text[1].contains("service:ConferencingServer:<fqdn>"));
    }

    #[test]
    fn examples_use_a_lab_scope_and_a_boolean() {
        assert_eq!(
            example_scope(conferencing()).as_deref(),
            Some("site:Redmond")
        );
        assert_eq!(
            example_change(conferencing(), FamilyVerb::Set),
            Some(("ClientMediaPortRangeEnabled", "$True".into()))
        );
        for (verb, _) in VERBS {
            assert!(examples(conferencing(), verb).len() >= 2, "{verb:?}");
        }
    }

    #[test]
    fn property_parameters_state_default_and_range() {
        let text = parameter_text(conferencing(), FamilyVerb::Set, "ClientAudioPort");
        assert!(text.contains("The default is 5350."));
        assert!(text.contains("Allowed values: 1024 to 65535."));
        let text = parameter_text(conferencing(), FamilyVerb::New, "Organization");
        assert!(text.contains("left out, it is empty."));
    }

    #[test]
    fn related_links_are_the_other_verbs() {
        let registry = crate::cmdlets::Registry::new();
        let entry = registry
            .resolve("Set-CsConferencingConfiguration")
            .expect("Set cmdlet");
        let topic = topic(conferencing(), FamilyVerb::Set, entry.signature.clone());
        assert_eq!(
            topic.related,
            [
                "Get-CsConferencingConfiguration",
                "New-CsConferencingConfiguration",
                "Remove-CsConferencingConfiguration"
            ]
        );
    }
}
