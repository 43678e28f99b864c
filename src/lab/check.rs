//! The declarative checks a lab objective is graded by, and their evaluation against a session.
//! A check is read from the lab file in its written form (`CheckFile`, names as text) and
//! turned into a [`Check`] whose names are resolved against the family declarations and the
//! service roles, so a misspelt family, property, identity, setting or value is refused when
//! the lab is read rather than leaving an objective that can never be reached.

use crate::ast::CompareOp;
use crate::cmdlets::{synthetic, users};
use crate::directory::filter::Filter;
use crate::directory::Found;
use crate::engine::compare_values;
use crate::families;
use crate::family::{FamilyDecl, PropType};
use crate::identity::Scope;
use crate::portplan::{self, FindingKind};
use crate::session::Session;
use crate::store::server::{PortRange, ServerSettings, Traffic};
use crate::value::Value;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// A value as a lab file writes it (`true`, `46`, `"RequireEncryption"`, `None`), kept as the
/// text the property's type reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Literal(pub String);

impl<'de> Deserialize<'de> for Literal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Literal, D::Error> {
        d.deserialize_any(LiteralVisitor)
    }
}

struct LiteralVisitor;

impl<'de> Visitor<'de> for LiteralVisitor {
    type Value = Literal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Boolean, a whole number, a string or None")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Literal, E> {
        Ok(Literal(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Literal, E> {
        Ok(Literal(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Literal, E> {
        Ok(Literal(v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Literal, E> {
        Ok(Literal(v.to_string()))
    }
    fn visit_none<E: de::Error>(self) -> Result<Literal, E> {
        Ok(Literal(String::new()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Literal, E> {
        Ok(Literal(String::new()))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Literal, D::Error> {
        d.deserialize_any(LiteralVisitor)
    }
}

/// A port range as a lab file names it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum RangeFile {
    /// Two numeric properties of a configuration record: the first port and the port count.
    Record {
        family: String,
        identity: String,
        start: String,
        count: String,
    },
    /// A media range of a service of the topology.
    Service { service: String, traffic: Traffic },
    /// Fixed ports.
    Ports { start: u32, count: u32 },
}

/// A check as a lab file writes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum CheckFile {
    PropertyEquals {
        family: String,
        identity: String,
        property: String,
        value: Literal,
    },
    RecordExists {
        family: String,
        identity: String,
    },
    /// Some record of the family, whatever its identity, has the property at the value.
    RecordWith {
        family: String,
        property: String,
        value: Literal,
    },
    /// A list property of the record holds the item: a string equal to it, or an object one
    /// of whose properties equals it (a client policy entry by its Name).
    ListContains {
        family: String,
        identity: String,
        property: String,
        item: String,
    },
    ServiceSettingEquals {
        service: String,
        setting: String,
        value: Literal,
    },
    RangesDisjoint(Vec<RangeFile>),
    RangesEqual(Vec<RangeFile>),
    RangeWithin {
        range: RangeFile,
        within: RangeFile,
    },
    RangeAtLeast {
        range: RangeFile,
        ports: u32,
    },
    PortPlanClean {
        #[serde(default)]
        kinds: Vec<FindingKind>,
        #[serde(default)]
        scope: Option<String>,
    },
    /// The rules in a list property of a record (a dial plan's NormalizationRules, a trunk's
    /// OutboundTranslationRulesList) turn `number` into `translated` ("" when no rule may match),
    /// as Test-CsDialPlan and Test-CsTrunkConfiguration compute it.
    Translates {
        family: String,
        identity: String,
        rules: String,
        number: String,
        translated: String,
    },
    /// A voice policy sends `number` by `route` ("" when no route may take it), as
    /// Test-CsVoicePolicy computes it.
    Routes {
        voice_policy: String,
        number: String,
        route: String,
    },
    /// A user (any identity Get-CsUser takes) shows the property at the value, as Get-CsUser
    /// or, for AD attributes, Get-CsAdUser prints it; "" means empty.
    UserProperty {
        user: String,
        property: String,
        value: Literal,
    },
    /// As many users as `count` pass a Get-CsUser -Filter.
    UserCount {
        filter: String,
        count: usize,
    },
    /// A computer (or `global`) has a certificate assigned for the use that has not expired
    /// on the lab clock and, when `name` is given, names it (subject or alternative name).
    CertificateValid {
        computer: String,
        #[serde(rename = "use")]
        used: String,
        #[serde(default)]
        name: Option<String>,
    },
    /// Every replica of the Central Management store holds the latest change.
    ReplicasUpToDate,
    /// A Windows service (RTCSRV, REPLICA...) is installed on the computer and running.
    ServiceRunning {
        computer: String,
        service: String,
    },
    /// A synthetic transaction (Test-CsAVConference...), run with these parameters, ends with
    /// this result (Success or Failure). A transaction that cannot run at all (an unknown pool)
    /// meets no check.
    Transaction {
        cmdlet: String,
        #[serde(default)]
        parameters: Vec<(String, String)>,
        result: String,
    },
    All(Vec<Check>),
    Any(Vec<Check>),
    Not(Box<Check>),
}

/// Where a range's ports are read from.
#[derive(Clone, Debug)]
pub enum RangeSource {
    Record {
        family: &'static FamilyDecl,
        identity: Scope,
        start: usize,
        count: usize,
    },
    Service {
        role: String,
        fqdn: String,
        traffic: Traffic,
    },
    Ports(PortRange),
}

/// A check with every name resolved.
#[derive(Clone, Debug)]
pub enum Check {
    PropertyEquals {
        family: &'static FamilyDecl,
        identity: Scope,
        property: usize,
        value: Value,
    },
    RecordExists {
        family: &'static FamilyDecl,
        identity: Scope,
    },
    RecordWith {
        family: &'static FamilyDecl,
        property: usize,
        value: Value,
    },
    ListContains {
        family: &'static FamilyDecl,
        identity: Scope,
        property: usize,
        item: String,
    },
    ServiceSettingEquals {
        role: String,
        fqdn: String,
        setting: &'static str,
        value: String,
    },
    RangesDisjoint(Vec<RangeSource>),
    RangesEqual(Vec<RangeSource>),
    RangeWithin {
        range: RangeSource,
        within: RangeSource,
    },
    RangeAtLeast {
        range: RangeSource,
        ports: u32,
    },
    PortPlanClean {
        kinds: Vec<FindingKind>,
        scope: Option<String>,
    },
    Translates {
        family: &'static FamilyDecl,
        identity: Scope,
        rules: usize,
        number: String,
        translated: String,
    },
    Routes {
        policy: Scope,
        number: String,
        route: String,
    },
    UserProperty {
        user: String,
        property: String,
        value: String,
    },
    UserCount {
        filter: Filter,
        count: usize,
    },
    CertificateValid {
        computer: String,
        used: String,
        name: Option<String>,
    },
    ReplicasUpToDate,
    ServiceRunning {
        computer: String,
        service: String,
    },
    Transaction {
        cmdlet: String,
        parameters: Vec<(String, String)>,
        success: bool,
    },
    All(Vec<Check>),
    Any(Vec<Check>),
    Not(Box<Check>),
}

fn family(noun: &str) -> Result<&'static FamilyDecl, String> {
    families::find(noun).ok_or_else(|| families::unknown(noun))
}

fn identity(family: &FamilyDecl, text: &str) -> Result<Scope, String> {
    let scope = family
        .identity_of(text)
        .or_else(|| Scope::parse(text))
        .ok_or_else(|| {
            format!(
                "`{text}` is not an identity (Global, site:NAME, service:ROLE:FQDN or tag:NAME)"
            )
        })?;
    if family.allows(&scope) {
        Ok(scope)
    } else {
        Err(format!(
            "{} has no records at `{text}`; its scopes are {}",
            family.noun,
            family.scope_words()
        ))
    }
}

fn property(family: &FamilyDecl, name: &str) -> Result<usize, String> {
    family
        .property(name)
        .map(|(index, _)| index)
        .ok_or_else(|| format!("{} has no property `{name}`", family.noun))
}

fn numeric_property(family: &FamilyDecl, name: &str) -> Result<usize, String> {
    let index = property(family, name)?;
    match family.properties[index].ty {
        PropType::Byte
        | PropType::UInt16
        | PropType::UInt32
        | PropType::UInt64
        | PropType::Int32 => Ok(index),
        _ => Err(format!(
            "{}.{} is not a number, so it cannot hold a port",
            family.noun, family.properties[index].name
        )),
    }
}

/// A service identity (`ConferencingServer:fqdn`, `service:` in front allowed) of a role that
/// has settings; the role's default settings come with it.
fn service(text: &str) -> Result<(String, String, ServerSettings), String> {
    let Some(Scope::Service { role, fqdn }) = Scope::parse(text) else {
        return Err(format!(
            "`{text}` is not a service identity such as ConferencingServer:atl-cs-001.litwareinc.com"
        ));
    };
    match ServerSettings::for_role(&role) {
        Some(settings) => Ok((role, fqdn, settings)),
        None => Err(format!(
            "{role} services have no port settings (the media ranges are those of ConferencingServer, ApplicationServer, MediationServer and EdgeServer)"
        )),
    }
}

impl TryFrom<RangeFile> for RangeSource {
    type Error = String;

    fn try_from(file: RangeFile) -> Result<RangeSource, String> {
        Ok(match file {
            RangeFile::Record {
                family: noun,
                identity: id,
                start,
                count,
            } => {
                let family = family(&noun)?;
                RangeSource::Record {
                    family,
                    identity: identity(family, &id)?,
                    start: numeric_property(family, &start)?,
                    count: numeric_property(family, &count)?,
                }
            }
            RangeFile::Service {
                service: text,
                traffic,
            } => {
                let (role, fqdn, settings) = service(&text)?;
                if !settings.range_decls().iter().any(|d| d.traffic == traffic) {
                    return Err(format!("{role} services have no {traffic:?} range"));
                }
                RangeSource::Service {
                    role,
                    fqdn,
                    traffic,
                }
            }
            RangeFile::Ports { start, count } => RangeSource::Ports(PortRange { start, count }),
        })
    }
}

fn ranges(files: Vec<RangeFile>) -> Result<Vec<RangeSource>, String> {
    if files.len() < 2 {
        return Err("name at least two ranges to compare".into());
    }
    files.into_iter().map(RangeSource::try_from).collect()
}

/// The value `literal` stands for in the type of `family`'s property `index`.
fn typed_value(family: &FamilyDecl, index: usize, literal: &Literal) -> Result<Value, String> {
    let decl = &family.properties[index];
    let value = decl.ty.parse(&literal.0).ok_or_else(|| {
        format!(
            "`{}` is not a value of {}.{}, which takes {}",
            literal.0,
            family.noun,
            decl.name,
            type_words(&decl.ty)
        )
    })?;
    decl.check_range(&value)
        .map_err(|why| format!("{}.{}: {why}", family.noun, decl.name))?;
    Ok(value)
}

/// What values of a property type look like, for messages.
fn type_words(ty: &PropType) -> String {
    match ty {
        PropType::Bool => "true or false".into(),
        PropType::Byte | PropType::UInt16 | PropType::UInt32 | PropType::UInt64 => {
            "a whole number of 0 or more".into()
        }
        PropType::Int16 | PropType::Int32 | PropType::Int64 => "a whole number".into(),
        PropType::DateTime => "a date written as a string, such as \"2013-01-01 01:30:00\"".into(),
        PropType::ObjectList(_) | PropType::Object(_) => {
            "an object, which a lab cannot write".into()
        }
        PropType::String => "a string or None".into(),
        PropType::TimeSpan => "a TimeSpan written as a string, such as \"00:03:00\"".into(),
        PropType::StringList => "a string of comma-separated items".into(),
        PropType::Enum(_, members) => format!("one of {}", members.join(", ")),
    }
}

/// `literal` as the text a setting shows; a port setting must get a port number (or None).
fn setting_value(
    settings: &ServerSettings,
    setting: &str,
    literal: &Literal,
) -> Result<String, String> {
    // Settings that name services take any text; port settings refuse it.
    let holds_text = settings.clone().set(setting, &Value::str("not a port"));
    if !holds_text && !literal.0.is_empty() && literal.0.parse::<u16>().is_err() {
        return Err(format!(
            "{setting} holds a port number, not `{}`",
            literal.0
        ));
    }
    Ok(literal.0.clone())
}

impl<'de> Deserialize<'de> for Check {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Check, D::Error> {
        Check::try_from(CheckFile::deserialize(d)?).map_err(de::Error::custom)
    }
}

impl TryFrom<CheckFile> for Check {
    type Error = String;

    fn try_from(file: CheckFile) -> Result<Check, String> {
        Ok(match file {
            CheckFile::PropertyEquals {
                family: noun,
                identity: id,
                property: name,
                value,
            } => {
                let family = family(&noun)?;
                let property = property(family, &name)?;
                Check::PropertyEquals {
                    family,
                    identity: identity(family, &id)?,
                    property,
                    value: typed_value(family, property, &value)?,
                }
            }
            CheckFile::RecordExists {
                family: noun,
                identity: id,
            } => {
                let family = family(&noun)?;
                Check::RecordExists {
                    family,
                    identity: identity(family, &id)?,
                }
            }
            CheckFile::RecordWith {
                family: noun,
                property: name,
                value,
            } => {
                let family = family(&noun)?;
                let property = property(family, &name)?;
                Check::RecordWith {
                    family,
                    property,
                    value: typed_value(family, property, &value)?,
                }
            }
            CheckFile::ListContains {
                family: noun,
                identity: id,
                property: name,
                item,
            } => {
                let family = family(&noun)?;
                let property = property(family, &name)?;
                if !family.properties[property].ty.is_list() {
                    return Err(format!("{}.{name} is not a list", family.noun));
                }
                Check::ListContains {
                    family,
                    identity: identity(family, &id)?,
                    property,
                    item,
                }
            }
            CheckFile::ServiceSettingEquals {
                service: text,
                setting,
                value,
            } => {
                let (role, fqdn, settings) = service(&text)?;
                let Some(name) = settings
                    .properties()
                    .iter()
                    .find(|p| p.eq_ignore_ascii_case(&setting))
                else {
                    return Err(format!(
                        "{role} services have no setting `{setting}` (they have {})",
                        settings.properties().join(", ")
                    ));
                };
                Check::ServiceSettingEquals {
                    value: setting_value(&settings, name, &value)?,
                    role,
                    fqdn,
                    setting: name,
                }
            }
            CheckFile::RangesDisjoint(files) => Check::RangesDisjoint(ranges(files)?),
            CheckFile::RangesEqual(files) => Check::RangesEqual(ranges(files)?),
            CheckFile::RangeWithin { range, within } => Check::RangeWithin {
                range: range.try_into()?,
                within: within.try_into()?,
            },
            CheckFile::RangeAtLeast { range, ports } => Check::RangeAtLeast {
                range: range.try_into()?,
                ports,
            },
            CheckFile::PortPlanClean { kinds, scope } => Check::PortPlanClean { kinds, scope },
            CheckFile::Translates {
                family: noun,
                identity: id,
                rules,
                number,
                translated,
            } => {
                let family = family(&noun)?;
                let index = property(family, &rules)?;
                if !matches!(family.properties[index].ty, PropType::ObjectList(_)) {
                    return Err(format!("{}.{rules} is not a list of rules", family.noun));
                }
                Check::Translates {
                    family,
                    identity: identity(family, &id)?,
                    rules: index,
                    number,
                    translated,
                }
            }
            CheckFile::Routes {
                voice_policy,
                number,
                route,
            } => Check::Routes {
                policy: identity(family("CsVoicePolicy")?, &voice_policy)?,
                number,
                route,
            },
            CheckFile::UserProperty {
                user,
                property,
                value,
            } => {
                if !users::is_user_property(&property) {
                    return Err(format!("{property} is not a property of a user"));
                }
                Check::UserProperty {
                    user,
                    property,
                    value: value.0,
                }
            }
            CheckFile::UserCount { filter, count } => Check::UserCount {
                filter: crate::directory::filter::parse(&filter)
                    .map_err(|reason| format!("the filter `{filter}` is not valid: {reason}"))?,
                count,
            },
            CheckFile::CertificateValid {
                computer,
                used,
                name,
            } => Check::CertificateValid {
                computer: if computer.eq_ignore_ascii_case("global") {
                    String::new()
                } else {
                    computer
                },
                used,
                name,
            },
            CheckFile::ReplicasUpToDate => Check::ReplicasUpToDate,
            CheckFile::ServiceRunning { computer, service } => {
                if !crate::store::windows_services::SERVICES
                    .iter()
                    .any(|s| s.name.eq_ignore_ascii_case(&service))
                {
                    return Err(format!("{service} is not a Lync Server Windows service"));
                }
                Check::ServiceRunning { computer, service }
            }
            CheckFile::Transaction {
                cmdlet,
                parameters,
                result,
            } => {
                if !synthetic::is_transaction(&cmdlet) {
                    return Err(format!("{cmdlet} is not a synthetic transaction"));
                }
                let success = match result.to_ascii_lowercase().as_str() {
                    "success" => true,
                    "failure" => false,
                    _ => {
                        return Err(format!(
                            "the result must be Success or Failure, not `{result}`"
                        ))
                    }
                };
                Check::Transaction {
                    cmdlet,
                    parameters,
                    success,
                }
            }
            CheckFile::All(checks) => Check::All(checks),
            CheckFile::Any(checks) => Check::Any(checks),
            CheckFile::Not(check) => Check::Not(check),
        })
    }
}

impl RangeSource {
    /// The range's ports now; `None` when its record or service does not exist.
    pub fn ports(&self, session: &Session) -> Option<PortRange> {
        match self {
            RangeSource::Record {
                family,
                identity,
                start,
                count,
            } => {
                let record = session.store.get(family.noun, identity)?;
                let number = |index: &usize| {
                    record
                        .values
                        .get(*index)
                        .and_then(Value::as_i128)
                        .and_then(|n| u32::try_from(n).ok())
                };
                Some(PortRange {
                    start: number(start)?,
                    count: number(count)?,
                })
            }
            RangeSource::Service {
                role,
                fqdn,
                traffic,
            } => {
                let settings = session.topology.service(role, fqdn)?.settings.as_ref()?;
                let decl = settings
                    .range_decls()
                    .iter()
                    .find(|d| d.traffic == *traffic)?;
                Some(settings.range(decl))
            }
            RangeSource::Ports(range) => Some(*range),
        }
    }
}

/// Whether a list item is `item`: a string equal to it, or an object with a property equal to
/// it; without regard to case.
fn names_item(value: &Value, item: &str) -> bool {
    match value {
        Value::Object(object) => object
            .borrow()
            .properties
            .iter()
            .any(|(_, v)| v.to_display().eq_ignore_ascii_case(item)),
        other => other.to_display().eq_ignore_ascii_case(item),
    }
}

/// The ports of every range, or `None` when one of them does not exist.
fn all_ports(sources: &[RangeSource], session: &Session) -> Option<Vec<PortRange>> {
    sources.iter().map(|s| s.ports(session)).collect()
}

impl Check {
    /// Whether the session meets the check. Records, services and ranges that do not exist
    /// never meet one.
    pub fn met(&self, session: &Session) -> bool {
        match self {
            Check::PropertyEquals {
                family,
                identity,
                property,
                value,
            } => session
                .store
                .get(family.noun, identity)
                .and_then(|record| record.values.get(*property))
                .is_some_and(|actual| compare_values(CompareOp::Eq, false, actual, value)),
            Check::RecordExists { family, identity } => {
                session.store.get(family.noun, identity).is_some()
            }
            Check::RecordWith {
                family,
                property,
                value,
            } => session.store.records(family.noun).iter().any(|record| {
                record
                    .values
                    .get(*property)
                    .is_some_and(|actual| compare_values(CompareOp::Eq, false, actual, value))
            }),
            Check::ListContains {
                family,
                identity,
                property,
                item,
            } => session
                .store
                .get(family.noun, identity)
                .and_then(|record| record.values.get(*property))
                .is_some_and(|list| {
                    list.clone()
                        .into_items()
                        .iter()
                        .any(|x| names_item(x, item))
                }),
            Check::ServiceSettingEquals {
                role,
                fqdn,
                setting,
                value,
            } => session
                .topology
                .service(role, fqdn)
                .and_then(|s| s.settings.as_ref())
                .and_then(|settings| settings.get(setting))
                .is_some_and(|actual| actual.to_display().eq_ignore_ascii_case(value)),
            Check::RangesDisjoint(sources) => all_ports(sources, session).is_some_and(|ports| {
                ports
                    .iter()
                    .enumerate()
                    .all(|(i, a)| ports[i + 1..].iter().all(|b| !a.overlaps(b)))
            }),
            Check::RangesEqual(sources) => all_ports(sources, session)
                .is_some_and(|ports| ports.windows(2).all(|pair| pair[0] == pair[1])),
            Check::RangeWithin { range, within } => {
                match (range.ports(session), within.ports(session)) {
                    (Some(inner), Some(outer)) => inner.within(&outer),
                    _ => false,
                }
            }
            Check::RangeAtLeast { range, ports } => {
                range.ports(session).is_some_and(|r| r.count >= *ports)
            }
            Check::PortPlanClean { kinds, scope } => {
                !portplan::check(session).iter().any(|finding| {
                    (kinds.is_empty() || kinds.contains(&finding.kind))
                        && scope
                            .as_ref()
                            .is_none_or(|s| s.eq_ignore_ascii_case(&finding.scope))
                })
            }
            Check::Translates {
                family,
                identity,
                rules,
                number,
                translated,
            } => session
                .store
                .get(family.noun, identity)
                .and_then(|record| record.values.get(*rules))
                .is_some_and(|list| {
                    let found = crate::voice::normalize(&list.clone().into_items(), number);
                    match found {
                        Ok(Some(n)) => n.number == *translated,
                        Ok(None) => translated.is_empty(),
                        Err(_) => false,
                    }
                }),
            Check::Routes {
                policy,
                number,
                route,
            } => {
                let Some(record) = session.store.get("CsVoicePolicy", policy) else {
                    return false;
                };
                let usages = crate::voice::policy_usages(record);
                match crate::voice::route(session, &usages, number) {
                    Ok(Some(found)) => found.route.eq_ignore_ascii_case(route),
                    Ok(None) => route.is_empty(),
                    Err(_) => false,
                }
            }
            Check::UserProperty {
                user,
                property,
                value,
            } => {
                let directory = &session.directory;
                let found = match directory.find(user) {
                    Found::Users(found) => found,
                    Found::NotAnIdentity => Vec::new(),
                };
                let [at] = found.as_slice() else {
                    return false;
                };
                users::user_property(directory.user(*at), &session.topology, property).is_some_and(
                    |actual| {
                        let actual = match actual {
                            Value::Null => String::new(),
                            other => other.to_display(),
                        };
                        actual.eq_ignore_ascii_case(value)
                    },
                )
            }
            Check::UserCount { filter, count } => {
                users::lync_users(&session.directory)
                    .filter(|&i| {
                        users::passes(filter, session.directory.user(i), &session.topology)
                    })
                    .count()
                    == *count
            }
            Check::CertificateValid {
                computer,
                used,
                name,
            } => session
                .topology
                .operations
                .certificates
                .iter()
                .filter(|c| c.computer.eq_ignore_ascii_case(computer))
                .filter(|c| c.uses.iter().any(|u| u.eq_ignore_ascii_case(used)))
                .any(|c| {
                    let valid = crate::datetime::DateTime::parse(&c.not_after)
                        .is_some_and(|until| until.0 > crate::datetime::DateTime::now().0);
                    let named = name.as_ref().is_none_or(|n| {
                        c.subject.eq_ignore_ascii_case(&format!("CN={n}"))
                            || c.alternative_names
                                .iter()
                                .any(|a| a.eq_ignore_ascii_case(n))
                    });
                    valid && named
                }),
            Check::ServiceRunning { computer, service } => {
                session.topology.service_running(computer, service)
            }
            Check::ReplicasUpToDate => {
                let replication = session.store.replication();
                crate::cmdlets::replication::replicas(&session.topology)
                    .iter()
                    .all(|fqdn| replication.up_to_date(fqdn))
            }
            Check::Transaction {
                cmdlet,
                parameters,
                success,
            } => {
                let args = |name: &str| {
                    parameters
                        .iter()
                        .find(|(n, _)| n.eq_ignore_ascii_case(name))
                        .map(|(_, v)| v.clone())
                };
                synthetic::succeeds(session, cmdlet, &args) == Some(Ok(*success))
            }
            Check::All(checks) => checks.iter().all(|c| c.met(session)),
            Check::Any(checks) => checks.iter().any(|c| c.met(session)),
            Check::Not(check) => !check.met(session),
        }
    }
}

#[cfg(test)]
mod tests;
