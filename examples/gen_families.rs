//! Writes the noun declarations `src/families/<Noun>.ron` of the configuration and policy
//! families from the reference facts, once: a file that exists already is left alone (the files
//! are owned and corrected by hand after generation), unless `--overwrite` is given.
//!
//! ```text
//! cargo run --example gen_families -- REFERENCE/family-defaults.json [CMDLET_DOCS_DIR] [--overwrite]
//! ```
//!
//! `CMDLET_DOCS_DIR` is the folder of the public cmdlet reference's pages (one `Get-<Noun>.md`
//! each); the `## OUTPUTS` heading of a Get page names the records' .NET type. Without it the
//! type is left for the author to fill in. Verbs and parameter spellings come from the catalog.

use lyncsh::family::schema::{
    Declaration, IdentityKind, Property, ScopeDecl, Switch, Takes, Type, Verb,
};
use lyncsh::signature::{ParamType, Signature};
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;
use std::error::Error;
use std::fs;
use std::path::Path;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const OUT_DIR: &str = "src/families";

/// Parameters of New and Set that every family has and that are not properties.
pub const COMMON: [&str; 9] = [
    "Identity",
    "Instance",
    "InMemory",
    "Force",
    "WhatIf",
    "Confirm",
    "Tenant",
    "Filter",
    "LocalStore",
];

/// Multi-valued properties whose items are objects: `Noun.Property` and the item type.
const OBJECT_LISTS: &[(&str, &str)] = &[
    ("CsClientPolicy.PolicyEntry", "Microsoft.Rtc.Management.WritableConfig.Policy.Client.PolicyEntryType"),
    ("CsSimpleUrlConfiguration.SimpleUrl", "Microsoft.Rtc.Management.WritableConfig.Settings.SimpleUrl.SimpleUrl"),
    ("CsStaticRoutingConfiguration.Route", "Microsoft.Rtc.Management.WritableConfig.Settings.SipProxy.Route"),
    ("CsRoutingConfiguration.Route", "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.Route"),
    ("CsWebServiceConfiguration.TrustedCACerts", "Microsoft.Rtc.Management.WritableConfig.Settings.WebServices.TrustedCACertificate"),
    ("CsAutodiscoverConfiguration.WebLinks", "Microsoft.Rtc.Management.WritableConfig.Settings.Autodiscover.WebLink"),
    ("CsClsConfiguration.Regions", "Microsoft.Rtc.Management.WritableConfig.Settings.ClsAgent.Region"),
    ("CsClsConfiguration.Scenarios", "Microsoft.Rtc.Management.WritableConfig.Settings.ClsAgent.Scenario"),
    ("CsClsConfiguration.SearchTerms", "Microsoft.Rtc.Management.WritableConfig.Settings.ClsAgent.SearchTerm"),
    ("CsClsConfiguration.SecurityGroups", "Microsoft.Rtc.Management.WritableConfig.Settings.ClsAgent.SecurityGroup"),
    ("CsWatcherNodeConfiguration.ExtendedTests", "Microsoft.Rtc.Management.WritableConfig.Settings.WatcherNode.ExtendedTest"),
    ("CsClientVersionPolicy.Rules", "Microsoft.Rtc.Management.WritableConfig.Policy.ClientVersion.Rule"),
    ("CsTrunkConfiguration.OutboundTranslationRulesList", "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.TranslationRule"),
    ("CsTrunkConfiguration.OutboundCallingNumberTranslationRulesList", "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.CallingNumberTranslationRule"),
    ("CsTrunkConfiguration.SipResponseCodeTranslationRulesList", "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.SipResponseCodeTranslationRule"),
    ("CsVoiceConfiguration.VoiceTestConfigurations", "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.TestConfiguration"),
    ("CsUserServicesConfiguration.PresenceProviders", "Microsoft.Rtc.Management.WritableConfig.Settings.UserServices.PresenceProvider"),
    ("CsNetworkConfiguration.BWPolicyProfiles", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.BWPolicyProfileType"),
    ("CsNetworkConfiguration.NetworkRegions", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.NetworkRegionType"),
    ("CsNetworkConfiguration.NetworkRegionLinks", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.NetworkRegionLinkType"),
    ("CsNetworkConfiguration.InterNetworkRegionRoutes", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.InterNetworkRegionRouteType"),
    ("CsNetworkConfiguration.NetworkSites", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.NetworkSiteType"),
    ("CsNetworkConfiguration.InterNetworkSitePolicies", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.InterNetworkSitePolicyType"),
    ("CsNetworkConfiguration.Subnets", "Microsoft.Rtc.Management.WritableConfig.Settings.NetworkConfiguration.SubnetType"),
];

#[derive(Deserialize)]
struct RawFamily {
    noun: String,
    scopes: Vec<String>,
    properties: Vec<RawProperty>,
}

#[derive(Deserialize)]
struct RawProperty {
    name: String,
    #[serde(rename = "type")]
    ty: String,
    default: Option<String>,
    default_source: String,
    range: Option<(serde_json::Value, serde_json::Value)>,
    #[serde(rename = "enum")]
    members: Option<Vec<String>>,
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let overwrite = args.iter().any(|a| a == "--overwrite");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let Some(defaults) = paths.first() else {
        return Err(
            "usage: gen_families FAMILY_DEFAULTS_JSON [CMDLET_DOCS_DIR] [--overwrite]".into(),
        );
    };
    let docs = paths.get(1).map(Path::new);
    let families: Vec<RawFamily> = serde_json::from_str(&fs::read_to_string(defaults)?)?;
    for family in &families {
        let target = Path::new(OUT_DIR).join(format!("{}.ron", family.noun));
        if target.exists() && !overwrite {
            eprintln!("{}: kept", target.display());
            continue;
        }
        let Some(decl) = declaration(family, docs)? else {
            eprintln!("{}: no Lync Server 2013 cmdlets, skipped", family.noun);
            continue;
        };
        let config = PrettyConfig::new()
            .depth_limit(2)
            .indentor("    ".to_string())
            .extensions(Extensions::IMPLICIT_SOME);
        let text = ron::ser::to_string_pretty(&decl, config)?;
        // The build script reads optional values written bare, so the header is not needed.
        let text = text
            .trim_start_matches("#![enable(implicit_some)]")
            .trim_start();
        fs::write(&target, format!("{text}\n"))?;
        eprintln!("{}: written", target.display());
    }
    Ok(())
}

fn declaration(family: &RawFamily, docs: Option<&Path>) -> Result<Option<Declaration>> {
    let noun = &family.noun;
    let signature = |verb: &str| lyncsh::catalog::find(&format!("{verb}-{noun}"));
    let verbs: Vec<Verb> = [
        (Verb::Get, "Get"),
        (Verb::Set, "Set"),
        (Verb::New, "New"),
        (Verb::Remove, "Remove"),
    ]
    .into_iter()
    .filter(|(_, name)| signature(name).is_some())
    .map(|(verb, _)| verb)
    .collect();
    if verbs.is_empty() {
        return Ok(None);
    }
    let set = signature("Set");
    let new = signature("New");
    let type_name = docs
        .and_then(|dir| output_type(&dir.join(format!("Get-{noun}.md"))))
        .unwrap_or_default();
    let namespace = type_name
        .rsplit_once('.')
        .map(|(ns, _)| ns.to_string())
        .unwrap_or_default();
    let mut properties = Vec::new();
    for raw in &family.properties {
        let on_set = param(set, &raw.name);
        let on_new = param(new, &raw.name);
        let takes = match (on_set, on_new) {
            (Some(_), _) => Takes::Both,
            (None, Some(_)) => Takes::NewOnly,
            (None, None) => Takes::ReadOnly,
        };
        let takes = if takes == Takes::Both && on_new.is_none() && new.is_some() {
            Takes::SetOnly
        } else {
            takes
        };
        let param_name = on_set.or(on_new).map(|p| p.name.clone());
        let ty = property_type(noun, raw, &namespace, on_set.or(on_new).map(|p| &p.ty));
        let default = default_text(raw, &ty);
        properties.push(Property {
            param: param_name.filter(|p| *p != raw.name),
            range: range(raw, &ty),
            name: raw.name.clone(),
            default,
            ty,
            takes,
            refers: None,
            example: None,
        });
    }
    let mut switches = Vec::new();
    for sig in [set, new].into_iter().flatten() {
        for p in &sig.params {
            let is_property = properties
                .iter()
                .any(|prop| prop.name.eq_ignore_ascii_case(&p.name));
            let known = switches.iter().any(|s: &Switch| s.name == p.name);
            if !is_property && !COMMON.contains(&p.name.as_str()) && !known {
                // What the switch does is for the author to fill in.
                switches.push(Switch {
                    name: p.name.clone(),
                    property: String::new(),
                    value: String::new(),
                });
            }
        }
    }
    let identity = if family.scopes.iter().any(|s| s == "fqdn") {
        IdentityKind::Fqdn
    } else if family.scopes.iter().any(|s| s == "name") {
        IdentityKind::Name
    } else {
        IdentityKind::Scoped
    };
    let mut scopes: Vec<ScopeDecl> = Vec::new();
    let mut roles = Vec::new();
    for scope in &family.scopes {
        match scope.as_str() {
            "global" => scopes.push(ScopeDecl::Global),
            "site" => scopes.push(ScopeDecl::Site),
            "tag" => {}
            other => {
                if let Some(role) = other.strip_prefix("service:") {
                    roles.push(role.to_string());
                }
            }
        }
    }
    if !roles.is_empty() {
        scopes.push(ScopeDecl::Service(roles));
    }
    if family.scopes.iter().any(|s| s == "tag") {
        scopes.push(ScopeDecl::Tag);
    }
    Ok(Some(Declaration {
        noun: noun.clone(),
        type_name,
        label: label(noun),
        synopsis: String::new(),
        identity,
        name_property: None,
        identity_parts: Vec::new(),
        template: None,
        scopes,
        verbs,
        properties,
        switches,
        shorthands: Vec::new(),
        empty_warnings: Vec::new(),
        unsupported: Vec::new(),
        records: Vec::new(),
        member_of: None,
        creates_parent: false,
        to_string: None,
        unnamed: None,
    }))
}

fn param<'a>(
    signature: Option<&'a Signature>,
    name: &str,
) -> Option<&'a lyncsh::signature::ParamDecl> {
    signature?
        .params
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
}

/// The .NET type under `## OUTPUTS` of a cmdlet page.
fn output_type(page: &Path) -> Option<String> {
    let text = fs::read_to_string(page).ok()?;
    let outputs = text.split("## OUTPUTS").nth(1)?;
    outputs
        .lines()
        .find_map(|line| line.strip_prefix("### "))
        .map(|t| t.trim().to_string())
}

fn property_type(
    noun: &str,
    raw: &RawProperty,
    namespace: &str,
    param: Option<&ParamType>,
) -> Type {
    let key = format!("{noun}.{}", raw.name);
    if let Some((_, item)) = OBJECT_LISTS.iter().find(|(k, _)| *k == key) {
        return Type::ObjectList(item.to_string());
    }
    match raw.ty.as_str() {
        "Boolean" => Type::Bool,
        "Byte" => Type::Byte,
        "Int16" => Type::Int16,
        "UInt16" => Type::UInt16,
        "Int32" => Type::Int32,
        "UInt32" => Type::UInt32,
        "Int64" => Type::Int64,
        "UInt64" => Type::UInt64,
        "String" => Type::String,
        "TimeSpan" => Type::TimeSpan,
        "DateTime" => Type::DateTime,
        "PSListModifier" => Type::StringList,
        other => match (&raw.members, param) {
            (Some(members), _) => {
                let short = match param {
                    Some(ParamType::Enum { name, .. }) => name.clone(),
                    _ if other == "Enum" => raw.name.clone(),
                    _ => other.to_string(),
                };
                Type::Enum(format!("{namespace}.{short}"), members.clone())
            }
            (None, Some(ParamType::Other(name))) => Type::Object(format!("{namespace}.{name}")),
            _ if other == "Enum" => Type::String,
            _ => Type::Object(format!("{namespace}.{other}")),
        },
    }
}

/// The default as the declaration writes it: a stated or listed value, else the type's own.
fn default_text(raw: &RawProperty, ty: &Type) -> String {
    let known = raw.default_source != "unknown";
    let stated = raw.default.as_deref().filter(|_| known).unwrap_or("");
    let stated = stated.trim();
    if raw.default_source == "listing" && stated.is_empty() {
        // A real listing printed nothing: the value is null.
        return String::new();
    }
    match ty {
        Type::StringList => stated
            .trim_start_matches('{')
            .trim_end_matches('}')
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty() && !item.ends_with("..."))
            .collect::<Vec<_>>()
            .join(","),
        // A time of day alone is kept on the first day of the calendar, so that it does not
        // depend on the day the lab starts.
        Type::DateTime if stated.contains(':') && !stated.contains(['/', '-']) => {
            format!("0001-01-01T{stated}")
        }
        Type::ObjectList(_) | Type::Object(_) | Type::String | Type::DateTime => {
            if stated == "{}" {
                String::new()
            } else {
                stated.to_string()
            }
        }
        Type::Bool => match stated.to_ascii_lowercase().as_str() {
            "true" | "$true" => "True".into(),
            _ => "False".into(),
        },
        Type::TimeSpan if stated.is_empty() => "00:00:00".into(),
        Type::Enum(_, members) => members
            .iter()
            .find(|m| m.eq_ignore_ascii_case(stated))
            .or(members.first())
            .cloned()
            .unwrap_or_default(),
        Type::TimeSpan => stated.to_string(),
        _ => {
            if stated.parse::<i128>().is_ok() {
                stated.to_string()
            } else {
                "0".into()
            }
        }
    }
}

fn range(raw: &RawProperty, ty: &Type) -> Option<(String, String)> {
    let (low, high) = raw.range.as_ref()?;
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let (min, max) = match ty {
        Type::TimeSpan => ("00:00:00", "10675199.02:48:05"),
        Type::Byte => ("0", "255"),
        Type::Int16 => ("-32768", "32767"),
        Type::UInt16 => ("0", "65535"),
        Type::Int32 => ("-2147483648", "2147483647"),
        Type::UInt32 => ("0", "4294967295"),
        Type::Int64 => ("-9223372036854775808", "9223372036854775807"),
        Type::UInt64 => ("0", "18446744073709551615"),
        _ => return None,
    };
    let mut high = text(high).unwrap_or_else(|| max.to_string());
    if matches!(ty, Type::UInt32) && high.parse::<u64>().is_ok_and(|h| h > u32::MAX as u64) {
        high = max.to_string();
    }
    Some((text(low).unwrap_or_else(|| min.to_string()), high))
}

/// Words of nouns that messages spell in capitals or otherwise.
const ACRONYMS: &[(&str, &str)] = &[
    ("Cdr", "CDR"),
    ("Cls", "CLS"),
    ("Cps", "CPS"),
    ("Im", "IM"),
    ("Mcx", "MCX"),
    ("Rgs", "Response Group"),
    ("Sla", "SLA"),
    ("Xmpp", "XMPP"),
    ("Dtmf", "DTMF"),
    ("Pin", "PIN"),
    ("Url", "URL"),
];

/// `CsAddressBookConfiguration` → `address book configuration`; runs of capitals stay whole.
fn label(noun: &str) -> String {
    let bare = noun.strip_prefix("Cs").unwrap_or(noun);
    let chars: Vec<char> = bare.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        let prev_lower = i > 0 && chars[i - 1].is_lowercase();
        if c.is_uppercase() && !word.is_empty() && (prev_lower || next_lower) {
            words.push(std::mem::take(&mut word));
        }
        word.push(c);
    }
    words.push(word);
    words
        .into_iter()
        .map(|w| {
            match ACRONYMS
                .iter()
                .find(|(word, _)| word.eq_ignore_ascii_case(&w))
            {
                Some((_, shown)) => shown.to_string(),
                None if w.chars().skip(1).any(char::is_uppercase) => w,
                None => w.to_lowercase(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
