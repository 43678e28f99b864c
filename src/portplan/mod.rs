//! The port-plan check: from the effective client port settings (CsConferencingConfiguration)
//! and the media port ranges of the servers, the problems the QoS articles warn about. It only
//! reads the session. Test-LabPortPlan shows the findings; a lab check can call [`check`] and
//! look at the findings as data.
//!
//! The rules: ranges of different traffic types must not overlap (on a client collection, and
//! among the services of one pool); client ranges should lie within the matching range of the
//! A/V conferencing servers they use; client ranges that differ from the defaults do nothing
//! while ClientMediaPortRangeEnabled is False; and ranges smaller than the articles' rules of
//! thumb (20 ports per client traffic type, 7 ports for a mediation server) are too small.

use crate::families;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::session::Session;
use crate::store::server::{PortRange, Traffic};
use crate::store::topology::Service;
use crate::store::Record;
use std::fmt;

/// The fewest ports a client range should have for one traffic type.
pub const MIN_CLIENT_PORTS: u32 = 20;
/// The fewest ports a mediation server's audio range should have (one relayed call).
pub const MIN_MEDIATION_PORTS: u32 = 7;

const CONFERENCING: &str = "CsConferencingConfiguration";
const ENABLED: &str = "ClientMediaPortRangeEnabled";

/// The client port settings of each traffic type: start property, count property.
const CLIENT_RANGES: &[(Traffic, &str, &str)] = &[
    (Traffic::Audio, "ClientAudioPort", "ClientAudioPortRange"),
    (Traffic::Video, "ClientVideoPort", "ClientVideoPortRange"),
    (
        Traffic::AppSharing,
        "ClientAppSharingPort",
        "ClientAppSharingPortRange",
    ),
    (
        Traffic::FileTransfer,
        "ClientFileTransferPort",
        "ClientFileTransferPortRange",
    ),
];

/// What is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
pub enum FindingKind {
    /// Two ranges of different traffic types share ports.
    Overlap,
    /// A client range is not inside the matching server range.
    OutsideServerRange,
    /// Client ranges are configured but ClientMediaPortRangeEnabled is False.
    Inert,
    /// A range has fewer ports than the rule of thumb.
    TooSmall,
}

impl FindingKind {
    pub fn name(&self) -> &'static str {
        match self {
            FindingKind::Overlap => "Overlap",
            FindingKind::OutsideServerRange => "OutsideServerRange",
            FindingKind::Inert => "Inert",
            FindingKind::TooSmall => "TooSmall",
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem: where (a configuration Identity or a service identity), what, the range it is
/// about (none for an inert collection), and the details in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub scope: String,
    pub kind: FindingKind,
    pub range: Option<(Traffic, PortRange)>,
    pub detail: String,
}

/// The client port plan of one conferencing collection.
struct ClientPlan<'a> {
    record: &'a Record,
    enabled: bool,
    ranges: Vec<(Traffic, PortRange)>,
    at_defaults: bool,
}

fn number(decl: &FamilyDecl, values: &[crate::value::Value], property: &str) -> u32 {
    decl.property(property)
        .and_then(|(i, _)| values.get(i))
        .and_then(|v| v.as_i128())
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0)
}

fn client_plan<'a>(decl: &FamilyDecl, record: &'a Record) -> ClientPlan<'a> {
    let values = &record.values;
    let defaults = decl.defaults();
    let enabled = decl
        .property(ENABLED)
        .and_then(|(i, _)| values.get(i))
        .is_some_and(|v| v.is_truthy());
    let ranges = CLIENT_RANGES
        .iter()
        .map(|(traffic, start, count)| {
            let range = PortRange {
                start: number(decl, values, start),
                count: number(decl, values, count),
            };
            (*traffic, range)
        })
        .collect();
    let at_defaults = CLIENT_RANGES.iter().all(|(_, start, count)| {
        [start, count]
            .iter()
            .all(|p| number(decl, values, p) == number(decl, &defaults, p))
    });
    ClientPlan {
        record,
        enabled,
        ranges,
        at_defaults,
    }
}

/// The conferencing collection that applies to a service: its own, its site's, or global.
fn effective_record<'a>(session: &'a Session, service: &Service) -> Option<&'a Record> {
    let store = &session.store;
    let own = Scope::Service {
        role: service.role.clone(),
        fqdn: service.pool.clone(),
    };
    let site = session
        .topology
        .site_of_pool(&service.pool)
        .map(|s| Scope::Site(s.name.clone()));
    store
        .get(CONFERENCING, &own)
        .or_else(|| site.and_then(|s| store.get(CONFERENCING, &s)))
        .or_else(|| store.get(CONFERENCING, &Scope::Global))
}

fn overlap_detail(a: (Traffic, PortRange), b: (Traffic, PortRange), b_owner: &str) -> String {
    format!(
        "{} range {} overlaps {} range {}{b_owner}.",
        a.0.words(),
        a.1,
        b.0.words(),
        b.1
    )
}

fn client_findings(session: &Session, decl: &FamilyDecl, out: &mut Vec<Finding>) {
    for record in session.store.records(CONFERENCING) {
        let plan = client_plan(decl, record);
        let scope = record.identity.to_string();
        let mut push = |kind, range, detail| {
            out.push(Finding {
                scope: scope.clone(),
                kind,
                range,
                detail,
            })
        };
        if !plan.enabled {
            if !plan.at_defaults {
                push(FindingKind::Inert, None, format!("Client port ranges are set but {ENABLED} is False, so clients still use any port from 1024 to 65535."));
            }
            continue;
        }
        for (i, a) in plan.ranges.iter().enumerate() {
            for b in &plan.ranges[i + 1..] {
                if a.1.overlaps(&b.1) {
                    push(
                        FindingKind::Overlap,
                        Some(*a),
                        format!("Client {}", overlap_detail(*a, *b, "")),
                    );
                }
            }
        }
        for (traffic, range) in &plan.ranges {
            if range.count < MIN_CLIENT_PORTS {
                push(FindingKind::TooSmall, Some((*traffic, *range)), format!("Client {} range {range} has {} ports; give each client traffic type at least {MIN_CLIENT_PORTS}.", traffic.words(), range.count));
            }
        }
        server_fit(session, &plan, &mut push);
    }
}

/// Client ranges against the ranges of the A/V conferencing services the collection applies to.
/// A collection that applies to no service now (a site's or a service's own collection takes
/// precedence everywhere it reaches) is still checked, against the services its scope covers,
/// and its findings say that it is not in effect, so that a plan which goes wrong as soon as
/// the overriding collection is removed does not look clean.
fn server_fit(
    session: &Session,
    plan: &ClientPlan,
    push: &mut impl FnMut(FindingKind, Option<(Traffic, PortRange)>, String),
) {
    let conferencing = || {
        session
            .topology
            .services
            .iter()
            .filter(|s| s.role == "ConferencingServer")
    };
    let effective: Vec<&Service> = conferencing()
        .filter(|s| effective_record(session, s).is_some_and(|r| std::ptr::eq(r, plan.record)))
        .collect();
    let (served, note) = if effective.is_empty() {
        let covered: Vec<&Service> = conferencing()
            .filter(|s| covers(session, &plan.record.identity, s))
            .collect();
        let overriding: Vec<String> = covered
            .iter()
            .filter_map(|s| effective_record(session, s))
            .map(|r| r.identity.to_string())
            .fold(Vec::new(), |mut names, name| {
                if !names.contains(&name) {
                    names.push(name);
                }
                names
            });
        let note = match overriding.as_slice() {
            [] => String::new(),
            names => format!(
                " This collection applies to no pool now ({} takes precedence), but it would if that collection were removed.",
                names.join(", ")
            ),
        };
        (covered, note)
    } else {
        (effective, String::new())
    };
    for service in served {
        let Some(settings) = &service.settings else {
            continue;
        };
        for decl in settings.range_decls() {
            let server = settings.range(decl);
            let client = plan.ranges.iter().find(|(t, _)| *t == decl.traffic);
            if let Some((traffic, range)) = client {
                if !range.within(&server) {
                    push(
                        FindingKind::OutsideServerRange,
                        Some((*traffic, *range)),
                        format!(
                            "Client {} range {range} is not within the {} range {server} of {}.{note}",
                            traffic.words(),
                            traffic.words(),
                            service.identity()
                        ),
                    );
                }
            }
        }
    }
}

/// Whether a collection at `scope` would apply to `service` were no narrower collection there:
/// global covers every service, a site the services of its pools, a service itself.
fn covers(session: &Session, scope: &Scope, service: &Service) -> bool {
    match scope {
        Scope::Global => true,
        Scope::Site(name) => session
            .topology
            .site_of_pool(&service.pool)
            .is_some_and(|site| site.name.eq_ignore_ascii_case(name)),
        Scope::Service { role, fqdn } => {
            role.eq_ignore_ascii_case(&service.role) && fqdn.eq_ignore_ascii_case(&service.pool)
        }
        _ => false,
    }
}

fn server_findings(session: &Session, out: &mut Vec<Finding>) {
    let topology = &session.topology;
    for pool in &topology.pools {
        let ranges: Vec<(&Service, Traffic, PortRange)> = topology
            .services_of_pool(&pool.fqdn)
            .filter_map(|s| s.settings.as_ref().map(|settings| (s, settings)))
            .flat_map(|(s, settings)| {
                settings
                    .range_decls()
                    .iter()
                    .filter(|d| d.qos)
                    .map(move |d| (s, d.traffic, settings.range(d)))
            })
            .collect();
        for (i, (owner, traffic, range)) in ranges.iter().enumerate() {
            for (other, other_traffic, other_range) in &ranges[i + 1..] {
                if traffic != other_traffic && range.overlaps(other_range) {
                    let whose = if std::ptr::eq(*owner, *other) {
                        String::new()
                    } else {
                        format!(" of {}", other.identity())
                    };
                    out.push(Finding {
                        scope: owner.identity(),
                        kind: FindingKind::Overlap,
                        range: Some((*traffic, *range)),
                        detail: upper_first(&overlap_detail(
                            (*traffic, *range),
                            (*other_traffic, *other_range),
                            &whose,
                        )),
                    });
                }
            }
            if owner.role == "MediationServer" && range.count < MIN_MEDIATION_PORTS {
                out.push(Finding {
                    scope: owner.identity(),
                    kind: FindingKind::TooSmall,
                    range: Some((*traffic, *range)),
                    detail: format!("Audio range {range} has {} ports; one relayed call needs at least {MIN_MEDIATION_PORTS}.", range.count),
                });
            }
        }
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every finding for the session's port plan: client collections first, then servers by pool.
/// An empty list means the plan is clean.
pub fn check(session: &Session) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(decl) = families::find(CONFERENCING) {
        client_findings(session, decl, &mut out);
    }
    server_findings(session, &mut out);
    out
}

#[cfg(test)]
mod tests;
