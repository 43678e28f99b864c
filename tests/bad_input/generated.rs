//! Kinds of bad input derived from what the shell declares, so they grow with it: the grammar's
//! failing examples; wrong types, out-of-range values, unknown parameters, ambiguous prefixes
//! and missing arguments for every property of every configuration family; misspelt command
//! names; identities that do not exist or that a family does not allow; nesting past the limit.

use super::Case;
use lyncsh::cmdlets::FamilyVerb;
use lyncsh::cmdlets::Registry;
use lyncsh::error::ErrorCategory::*;
use lyncsh::family::{FamilyDecl, IdentityKind, PropDecl, PropType, ScopeRule};
use lyncsh::session::Session;
use lyncsh::signature::{ParamType, Signature};
use lyncsh::value::{TimeSpan, TICKS_PER_SECOND};
use std::collections::BTreeSet;

fn families() -> &'static [&'static FamilyDecl] {
    lyncsh::families::all()
}

fn signature(registry: &Registry, name: &str) -> Signature {
    let entry = registry
        .resolve(name)
        .unwrap_or_else(|| panic!("{name} is registered"));
    (*entry.signature).clone()
}

/// The verbs a family has, as typed.
fn verbs(family: &FamilyDecl) -> Vec<&'static str> {
    family.verbs.iter().map(|v| v.name()).collect()
}

/// The identity of a record a fresh lab has for the family (its global one when it has one).
fn existing_identity(family: &FamilyDecl) -> Option<String> {
    Session::lab()
        .store
        .records(family.noun)
        .first()
        .map(|r| r.identity.to_string())
}

/// The family's Set on a record the lab has and, when it allows site records, New on a site
/// without one: both must refuse a bad value before anything is written.
fn writers(family: &FamilyDecl, prop: &PropDecl) -> Vec<String> {
    let mut commands = Vec::new();
    let set = family.takes(prop, FamilyVerb::Set) && family.has_verb(FamilyVerb::Set);
    if let (true, Some(identity)) = (set, existing_identity(family)) {
        commands.push(match family.identity {
            IdentityKind::Singleton => format!("Set-{}", family.noun),
            _ => format!("Set-{} -Identity '{identity}'", family.noun),
        });
    }
    if prop.taken_by(FamilyVerb::New)
        && family.has_verb(FamilyVerb::New)
        && family.scopes.contains(&ScopeRule::Site)
    {
        commands.push(format!("New-{} -Identity site:Dublin", family.noun));
    }
    commands
}

/// Whether the bad-value cases apply to properties of this type: the types a word or a list
/// cannot be converted to.
fn checked_type(ty: PropType) -> bool {
    !matches!(
        ty,
        PropType::String | PropType::DateTime | PropType::ObjectList(_) | PropType::Object(_)
    )
}

/// Every `invalid[Id]:` and `incomplete[Id]:` line of the grammar, run as a whole input.
pub fn grammar_examples() -> Vec<Case> {
    crate::grammar::failing_examples()
        .into_iter()
        .map(|(text, id)| Case::new(text, id, ParserError))
        .collect()
}

/// A word, an array and a hashtable where a number, a Boolean, a TimeSpan or an enumeration
/// member is expected.
pub fn wrong_types() -> Vec<Case> {
    let mut cases = Vec::new();
    for family in families() {
        for prop in family.properties {
            if !checked_type(prop.ty) {
                continue;
            }
            if prop.ty == PropType::StringList {
                // Any word or list is a new list; only a hashtable with other keys is wrong.
                for command in writers(family, prop) {
                    cases.push(Case::new(
                        format!("{command} -{} @{{Append='.x'}}", prop.param_name()),
                        "CannotConvertArgument",
                        InvalidArgument,
                    ));
                }
                continue;
            }
            let word_id = if prop.ty == PropType::Bool {
                "CannotConvertArgument"
            } else {
                "CannotConvertArgumentNoMessage"
            };
            for command in writers(family, prop) {
                let param = prop.param_name();
                cases.push(Case::new(
                    format!("{command} -{param} not-a-value"),
                    word_id,
                    InvalidArgument,
                ));
                let list_id = match prop.ty {
                    PropType::TimeSpan | PropType::Enum(..) => "CannotConvertArgumentNoMessage",
                    _ => "CannotConvertArgument",
                };
                cases.push(Case::new(
                    format!("{command} -{param} 1,2"),
                    list_id,
                    InvalidArgument,
                ));
            }
        }
    }
    cases
}

/// The bounds of an integer property type.
fn type_bounds(ty: PropType) -> Option<(i128, i128)> {
    Some(match ty {
        PropType::Byte => (0, u8::MAX.into()),
        PropType::UInt16 => (0, u16::MAX.into()),
        PropType::UInt32 => (0, u32::MAX.into()),
        PropType::UInt64 => (0, u64::MAX.into()),
        PropType::Int16 => (i16::MIN.into(), i16::MAX.into()),
        PropType::Int32 => (i32::MIN.into(), i32::MAX.into()),
        PropType::Int64 => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    })
}

/// Values just outside each declared range (a validation error when the type can hold them,
/// a conversion error when it cannot) and just outside each integer type.
pub fn out_of_range() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut seen = BTreeSet::new();
    for family in families() {
        for prop in family.properties {
            let mut values: Vec<(String, &'static str)> = Vec::new();
            if let Some((low, high)) = type_bounds(prop.ty) {
                let judge = |n: i128| {
                    if (low..=high).contains(&n) {
                        (n.to_string(), "ParameterArgumentValidationError")
                    } else {
                        (n.to_string(), "CannotConvertArgumentNoMessage")
                    }
                };
                if let Some(range) = prop.range {
                    let min: i128 = range.min.parse().expect("an integer minimum");
                    let max: i128 = range.max.parse().expect("an integer maximum");
                    values.push(judge(min - 1));
                    values.push(judge(max + 1));
                }
                // Below the smallest Int64 a number is read as a Double that rounds back to
                // the smallest Int64, as in PowerShell: no case there.
                if prop.ty != PropType::Int64 {
                    values.push(judge(low - 1));
                }
                values.push(judge(high + 1));
            }
            if let (PropType::TimeSpan, Some(range)) = (prop.ty, prop.range) {
                let min = TimeSpan::parse(range.min).expect("a TimeSpan minimum");
                let max = TimeSpan::parse(range.max).expect("a TimeSpan maximum");
                let outside = [
                    min.0.checked_sub(TICKS_PER_SECOND),
                    max.0.checked_add(TICKS_PER_SECOND),
                ];
                // A bound at the edge of what a TimeSpan holds has no outside.
                for outside in outside.into_iter().flatten() {
                    values.push((
                        TimeSpan(outside).to_string(),
                        "ParameterArgumentValidationError",
                    ));
                }
            }
            for (value, id) in values {
                let category = if id == "ParameterArgumentValidationError" {
                    InvalidData
                } else {
                    InvalidArgument
                };
                for command in writers(family, prop) {
                    let input = format!("{command} -{} {value}", prop.param_name());
                    if seen.insert(input.clone()) {
                        cases.push(Case::new(input, id, category));
                    }
                }
            }
        }
    }
    cases
}

/// Two adjacent letters swapped in the noun: a typo that names no command.
fn misspellings(name: &str, registry: &Registry) -> Vec<String> {
    let Some(dash) = name.find('-') else {
        return Vec::new();
    };
    let chars: Vec<char> = name.chars().collect();
    let noun_start = dash + 3;
    [noun_start, chars.len() / 2 + 1, chars.len() - 2]
        .into_iter()
        .filter(|&i| i + 1 < chars.len())
        .map(|i| {
            let mut typo = chars.clone();
            typo.swap(i, i + 1);
            typo.into_iter().collect::<String>()
        })
        .filter(|typo| registry.resolve(typo).is_none())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Misspelt command names and parameter names that no parameter starts with.
pub fn unknown_names() -> Vec<Case> {
    let registry = Registry::new();
    let mut commands: Vec<String> = families()
        .iter()
        .flat_map(|f| {
            verbs(f)
                .into_iter()
                .map(|verb| format!("{verb}-{}", f.noun))
        })
        .collect();
    commands.extend(
        [
            "Get-CsSite",
            "Get-CsPool",
            "Get-CsService",
            "Get-CsComputer",
            "Test-LabPortPlan",
            "Select-Object",
            "Where-Object",
            "ForEach-Object",
            "Format-List",
            "Format-Table",
        ]
        .map(String::from),
    );
    let mut cases = Vec::new();
    for command in &commands {
        for typo in misspellings(command, &registry) {
            cases.push(Case::new(typo, "CommandNotFoundException", ObjectNotFound));
        }
    }
    for family in families() {
        if !family.has_verb(FamilyVerb::Set) {
            continue;
        }
        let set = format!("Set-{}", family.noun);
        let params = signature(&registry, &set).params;
        for prop in family.properties {
            let typo = format!("{}x", prop.param_name());
            let lower = typo.to_ascii_lowercase();
            if params
                .iter()
                .any(|p| p.name.to_ascii_lowercase().starts_with(&lower))
            {
                continue;
            }
            cases.push(Case::new(
                format!("{set} -{typo} 1"),
                "NamedParameterNotFound",
                InvalidArgument,
            ));
        }
    }
    cases
}

/// Records that do not exist, sites and services that do not exist, scopes a family does not
/// allow, malformed identities, and scopes that already exist.
pub fn bad_identities() -> Vec<Case> {
    let mut cases = Vec::new();
    for family in families() {
        let noun = family.noun;
        let has = |verb: &str| verbs(family).contains(&verb);
        for verb in ["Get", "Set", "Remove"].into_iter().filter(|v| has(v)) {
            // Records named by their key parameters (LIS subnets, ports...) take no -Identity.
            let takes_identity = lyncsh::catalog::find(&format!("{verb}-{noun}"))
                .is_some_and(|s| s.params.iter().any(|p| p.name == "Identity"));
            if !takes_identity {
                continue;
            }
            let missing = match family.identity {
                IdentityKind::Scoped if family.scopes.contains(&ScopeRule::Site) => {
                    "site:Dublin".to_string()
                }
                IdentityKind::Scoped => continue,
                IdentityKind::Fqdn | IdentityKind::Name => "nowhere.litwareinc.com".to_string(),
                IdentityKind::Pooled => "atl-cs-001.litwareinc.com\\Nowhere".to_string(),
                // A GUID no record of the owning service has.
                IdentityKind::Owned => format!(
                    "service:{}:atl-cs-001.litwareinc.com/00000000-0000-4000-8000-000000000000",
                    lyncsh::cmdlets::owned_records::role_of(family)
                ),
                IdentityKind::Within | IdentityKind::Member
                    if family.scopes.contains(&ScopeRule::Global) =>
                {
                    "global/Nowhere".to_string()
                }
                IdentityKind::Within
                | IdentityKind::Member
                | IdentityKind::Singleton
                | IdentityKind::Entry => continue,
            };
            cases.push(Case::new(
                format!("{verb}-{noun} -Identity {missing}"),
                "ObjectNotFound",
                ObjectNotFound,
            ));
        }
        if family.identity != IdentityKind::Scoped {
            continue;
        }
        for verb in verbs(family) {
            for identity in ["bogus:thing", "site:", "service:", "service:Nowhere", "::"] {
                cases.push(Case::new(
                    format!("{verb}-{noun} -Identity {identity}"),
                    "InvalidIdentity",
                    InvalidArgument,
                ));
            }
            if !family.scopes.contains(&ScopeRule::Tag) {
                cases.push(Case::new(
                    format!("{verb}-{noun} -Identity tag:Lab"),
                    "InvalidIdentity",
                    InvalidArgument,
                ));
            }
        }
        if !has("New") {
            continue;
        }
        if family.scopes.contains(&ScopeRule::Global) {
            cases.push(Case::new(
                format!("New-{noun} -Identity global"),
                "GlobalExists",
                ResourceExists,
            ));
        }
        if family.scopes.contains(&ScopeRule::Site) {
            cases.push(Case::new(
                format!("New-{noun} -Identity site:Nowhere"),
                "SiteNotFound",
                ObjectNotFound,
            ));
        }
    }
    cases.push(Case::new(
        "New-CsConferencingConfiguration -Identity site:Redmond",
        "ObjectExists",
        ResourceExists,
    ));
    cases.push(Case::new(
        "New-CsConferencingConfiguration -Identity service:ConferencingServer:nowhere.litwareinc.com",
        "ServiceNotFound",
        ObjectNotFound,
    ));
    cases
}

/// The longest prefix two parameters of `signature` share that names neither of them in full.
fn ambiguous_prefixes_of(signature: &Signature) -> BTreeSet<String> {
    // A declared parameter wins a prefix over WhatIf and Confirm, so only pairs of declared
    // parameters make a prefix ambiguous.
    let names: Vec<String> = signature
        .params
        .iter()
        .map(|p| p.name.to_ascii_lowercase())
        .filter(|name| name != "whatif" && name != "confirm")
        .collect();
    let mut prefixes = BTreeSet::new();
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            let shared = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
            let prefix = &a[..shared];
            let names_one = names.iter().any(|n| n == prefix)
                || signature.params.iter().any(|p| p.is_named(prefix));
            if shared >= 2 && !names_one {
                prefixes.insert(prefix.to_string());
            }
        }
    }
    prefixes
}

/// A parameter prefix shared by two or more parameters, for every family cmdlet.
pub fn ambiguous_prefixes() -> Vec<Case> {
    let registry = Registry::new();
    let mut cases = Vec::new();
    for family in families() {
        for verb in verbs(family) {
            let command = format!("{verb}-{}", family.noun);
            for prefix in ambiguous_prefixes_of(&signature(&registry, &command)) {
                cases.push(Case::new(
                    format!("{command} -{prefix} 1"),
                    "AmbiguousParameter",
                    InvalidArgument,
                ));
            }
        }
    }
    cases
}

/// Every non-switch parameter of every family cmdlet named without its value, and New without
/// its mandatory identity.
pub fn missing_arguments() -> Vec<Case> {
    let registry = Registry::new();
    let mut cases = Vec::new();
    for family in families() {
        for verb in verbs(family) {
            let command = format!("{verb}-{}", family.noun);
            for param in signature(&registry, &command).params {
                if param.ty == ParamType::Switch {
                    continue;
                }
                cases.push(Case::new(
                    format!("{command} -{}", param.name),
                    "MissingArgument",
                    InvalidArgument,
                ));
            }
        }
        let new_needs_something = family.has_verb(FamilyVerb::New)
            && signature(&registry, &format!("New-{}", family.noun))
                .params
                .iter()
                .any(|p| p.mandatory);
        if new_needs_something {
            cases.push(Case::new(
                format!("New-{}", family.noun),
                "MissingMandatoryParameter",
                InvalidArgument,
            ));
        }
    }
    cases
}

/// For every list a Set takes: removing an item that is not there, and adding one that is
/// (the first item of a default list).
pub fn list_changes() -> Vec<Case> {
    let mut cases = Vec::new();
    for family in families() {
        for prop in family.properties {
            if prop.ty != PropType::StringList || !family.takes(prop, FamilyVerb::Set) {
                continue;
            }
            let Some(set) = writers(family, prop)
                .into_iter()
                .find(|c| c.starts_with("Set-"))
            else {
                continue;
            };
            let param = prop.param_name();
            cases.push(Case::new(
                format!("{set} -{param} @{{Remove='lyncsh-absent'}}"),
                "ListItemNotFound",
                ObjectNotFound,
            ));
            if let Some(first) = prop.default.split(',').find(|item| !item.is_empty()) {
                cases.push(Case::new(
                    format!("{set} -{param} @{{Add='{first}'}}"),
                    "ListItemExists",
                    ResourceExists,
                ));
            }
        }
    }
    cases
}

/// Records another record names (the lab's network region NorthAmerica, which its network
/// sites name), which Remove must refuse, and names of records that do not exist.
pub fn referenced_records() -> Vec<Case> {
    vec![
        Case::new(
            "Remove-CsNetworkRegion -Identity NorthAmerica",
            "ObjectInUse",
            InvalidOperation,
        ),
        Case::new(
            "Get-CsNetworkRegion -Identity NorthAmerica | Remove-CsNetworkRegion",
            "ObjectInUse",
            InvalidOperation,
        ),
        Case::new(
            "New-CsNetworkSite -Identity Boise -NetworkRegionID Nowhere",
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "Set-CsNetworkSite -Identity Portland -NetworkRegionID Nowhere",
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "New-CsNetworkRegion -Identity NorthAmerica -CentralSite Redmond",
            "ObjectExists",
            ResourceExists,
        ),
        // A route's usages are in the global list, its gateways are services of the topology.
        Case::new(
            "New-CsVoiceRoute -Identity Nowhere -PstnUsages NoSuchUsage -PstnGatewayList PstnGateway:192.168.0.240",
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "New-CsVoiceRoute -Identity Nowhere -PstnUsages Local -PstnGatewayList PstnGateway:10.9.9.9",
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "Set-CsVoicePolicy -Identity Global -PstnUsages @{Add='NoSuchUsage'}",
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "Get-CsNetworkInterface -Identity atl-cs-001.litwareinc.com/External/9",
            "ObjectNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "Test-CsTopology -Service Registrar:nowhere.litwareinc.com",
            "ServiceNotFound",
            ObjectNotFound,
        ),
        // Replication: only computers of the topology with a replica.
        Case::new(
            "Invoke-CsManagementStoreReplication -ReplicaFqdn nowhere.litwareinc.com",
            "ReplicaNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "Get-CsManagementStoreReplicationStatus -ReplicaFqdn 192.168.0.240",
            "ReplicaNotFound",
            ObjectNotFound,
        ),
        // Device update rules: only a pending version can be approved or reset.
        Case::new(
            "Get-CsDeviceUpdateRule | Where-Object {$_.Brand -eq 'HP'} | Approve-CsDeviceUpdateRule",
            "InvalidRuleState",
            InvalidOperation,
        ),
        Case::new(
            "Get-CsDeviceUpdateRule | Where-Object {$_.Brand -eq 'HP'} | Reset-CsDeviceUpdateRule",
            "InvalidRuleState",
            InvalidOperation,
        ),
        Case::new(
            "Clear-CsDeviceUpdateFile -Identity service:WebServer:nowhere.litwareinc.com",
            "ServiceNotFound",
            ObjectNotFound,
        ),
        // The Response Group: agents are Lync users, queues name agent groups, workflows name
        // queues inside their call actions, and what is named stays.
        Case::new(
            format!("New-CsRgsAgentGroup -Parent {RGS} -Name Night -AgentsByUri sip:nobody@litwareinc.com"),
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            format!("New-CsRgsAgentGroup -Parent {RGS} -Name Night -AgentsByUri sip:pilar@litwareinc.com"),
            "InvalidRecord",
            InvalidData,
        ),
        Case::new(
            format!("New-CsRgsQueue -Parent {RGS} -Name Night -AgentGroupIDList {RGS}/00000000-0000-4000-8000-000000000000"),
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            format!("New-CsRgsWorkflow -Parent {RGS} -Name Night -PrimaryUri sip:night@litwareinc.com -DefaultAction (New-CsRgsCallAction -Action TransferToQueue -QueueID {RGS}/00000000-0000-4000-8000-000000000000)"),
            "ReferenceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            format!("New-CsRgsWorkflow -Parent {RGS} -Name Night -PrimaryUri sip:helpdesk@litwareinc.com"),
            "InvalidRecord",
            InvalidData,
        ),
        Case::new(
            format!("New-CsRgsQueue -Parent {RGS} -Name 'Help Desk'"),
            "ObjectExists",
            ResourceExists,
        ),
        Case::new(
            format!("Get-CsRgsQueue -Identity {RGS} -Name 'Help Desk' | Remove-CsRgsQueue"),
            "ObjectInUse",
            InvalidOperation,
        ),
        Case::new(
            format!("Get-CsRgsAgentGroup -Identity {RGS} -Name 'Help Desk' | Remove-CsRgsAgentGroup"),
            "ObjectInUse",
            InvalidOperation,
        ),
        Case::new(
            "New-CsRgsQueue -Parent ApplicationServer:nowhere.litwareinc.com -Name Night",
            "ServiceNotFound",
            ObjectNotFound,
        ),
        Case::new(
            "New-CsRgsCallAction -Action TransferToUri",
            "InvalidRecord",
            InvalidData,
        ),
        Case::new(
            "New-CsRgsTimeRange -OpenTime 17:00 -CloseTime 08:00",
            "InvalidRecord",
            InvalidData,
        ),
        Case::new(
            "Remove-CsRgsQueue -Instance (Get-CsRgsHolidaySet -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -Name '2010 Holidays')",
            "CannotConvertArgumentNoMessage",
            InvalidArgument,
        ),
    ]
}

/// The lab's Response Group service.
const RGS: &str = "service:ApplicationServer:atl-cs-001.litwareinc.com";

/// Every kind of nesting, one level past the limit and far past it.
pub fn deep_nesting() -> Vec<Case> {
    let depth = lyncsh::parse::MAX_DEPTH + 1;
    let mut cases = Vec::new();
    for open in [
        "(", "{", "@(", "$(", "[int]", "!", "-not ", "@{a=", "$a=", "- ",
    ] {
        for levels in [depth, 10_000] {
            cases.push(Case::new(
                format!("$port = {}1", open.repeat(levels)),
                "NestingTooDeep",
                ParserError,
            ));
        }
    }
    cases
}
