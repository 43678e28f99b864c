//! The topology cmdlets: Get-CsSite, Get-CsPool, Get-CsComputer, Get-CsNetworkInterface,
//! Get-CsService and Get-CsTopology, read from the session's topology, and Set-CsSite, which
//! changes a site's description, display name and routes.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::identity::{canonical_role, Scope};
use crate::signature::ParamType;
use crate::store::topology::{Pool, Service, Site};
use crate::store::Topology;
use crate::value::{PsObject, Value};
use crate::wildcard::wildcard_match;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsSite", get_site),
    ("Get-CsPool", get_pool),
    ("Get-CsComputer", get_computer),
    ("Get-CsNetworkInterface", get_network_interface),
    ("Get-CsService", get_service),
    ("Get-CsTopology", get_topology),
    ("Set-CsSite", set_site),
];

/// The version number service objects report; 6 is assumed for a Lync Server 2013 pool.
const SERVICE_VERSION: i32 = 6;

/// Texts for lookups that find nothing. The real wording was not found; these are lyncsh's.
mod texts {
    pub fn not_found(what: &str, identity: &str) -> String {
        format!("Cannot find a {what} with the Identity \"{identity}\" in the topology.")
    }
}

fn not_found(engine: &Engine, call: &Call, what: &str, identity: &str) -> Flow {
    Flow::Error(Box::new(
        engine
            .cmdlet_error(
                call,
                texts::not_found(what, identity),
                "ObjectNotFound",
                ErrorCategory::ObjectNotFound,
                "InvalidOperationException",
            )
            .with_target(identity.to_string(), "String"),
    ))
}

fn list(items: impl IntoIterator<Item = String>) -> Value {
    Value::array(items.into_iter().map(Value::str).collect())
}

fn text(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        Value::str(s)
    }
}

/// Keeps the items whose key matches `-Filter`, or the one whose key is `-Identity`.
fn select<'a, T>(
    engine: &mut Engine,
    call: &Call,
    what: &str,
    items: impl Iterator<Item = &'a T>,
    key: impl Fn(&T) -> String,
    matches_identity: impl Fn(&T, &str) -> bool,
) -> Result<Vec<&'a T>, Flow>
where
    T: 'a,
{
    let items: Vec<&T> = items.collect();
    if let Some(pattern) = call.bound.text("Filter") {
        return Ok(items
            .into_iter()
            .filter(|i| wildcard_match(&pattern, &key(i), false))
            .collect());
    }
    match call.bound.text("Identity") {
        None => Ok(items),
        Some(identity) => {
            let found: Vec<&T> = items
                .into_iter()
                .filter(|i| matches_identity(i, &identity))
                .collect();
            // A non-terminating error, as for the real Get cmdlets.
            if found.is_empty() {
                match not_found(engine, call, what, &identity) {
                    Flow::Error(record) => engine.write_error(*record)?,
                    other => return Err(other),
                }
            }
            Ok(found)
        }
    }
}

fn site_object(topology: &Topology, site: &Site) -> Value {
    let pools: Vec<&Pool> = topology.pools_of_site(&site.name).collect();
    let services = pools
        .iter()
        .flat_map(|p| topology.services_of_pool(&p.fqdn))
        .map(Service::identity);
    Value::object(
        PsObject::new("Microsoft.Rtc.Management.Xds.DisplaySite")
            .with("Identity", Value::str(format!("Site:{}", site.name)))
            .with("SiteId", Value::Int32(site.site_id as i32))
            .with("Services", list(services))
            .with("Pools", list(pools.iter().map(|p| p.fqdn.clone())))
            .with("FederationRoute", text(&site.federation_route))
            .with("XmppFederationRoute", text(&site.xmpp_federation_route))
            .with(
                "DefaultPersistentChatPool",
                text(&site.default_persistent_chat_pool),
            )
            .with("Description", text(&site.description))
            .with(
                "DisplayName",
                Value::str(if site.display_name.is_empty() {
                    &site.name
                } else {
                    &site.display_name
                }),
            )
            .with("SiteType", Value::str("CentralSite"))
            .with("ParentSite", Value::Null),
    )
}

fn get_site(engine: &mut Engine, call: &Call) -> CmdletResult {
    let topology = &engine.session.topology.clone();
    let sites = select(
        engine,
        call,
        "site",
        topology.sites.iter(),
        |s| format!("Site:{}", s.name),
        |s, typed| {
            let name = typed
                .get(..5)
                .filter(|head| head.eq_ignore_ascii_case("site:"))
                .map_or(typed, |_| &typed[5..]);
            s.name.eq_ignore_ascii_case(name)
        },
    )?;
    Ok(sites
        .into_iter()
        .map(|s| site_object(topology, s))
        .collect())
}

/// The service of `role` a route parameter names (`Role:fqdn`, `service:Role:fqdn` or the
/// pool's FQDN), as its identity; empty for an empty value.
fn route(topology: &Topology, role: &str, value: &Value) -> Option<String> {
    let typed = value.to_display();
    if typed.trim().is_empty() {
        return Some(String::new());
    }
    super::owned_records::owning_service(topology, role, &typed).map(|s| match s {
        Scope::Service { role, fqdn } => format!("{role}:{fqdn}"),
        other => other.to_string(),
    })
}

fn set_site(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = call.bound.text("Identity").unwrap_or_default();
    let name = typed
        .get(..5)
        .filter(|head| head.eq_ignore_ascii_case("site:"))
        .map_or(typed.as_str(), |_| &typed[5..])
        .to_string();
    let topology = &engine.session.topology;
    let Some(mut site) = topology.site(&name).cloned() else {
        return Err(not_found(engine, call, "site", &typed));
    };
    for (parameter, role) in [
        ("FederationRoute", "EdgeServer"),
        ("XmppFederationRoute", "EdgeServer"),
        ("DefaultPersistentChatPool", "PersistentChatServer"),
    ] {
        let Some(value) = call.bound.get(parameter) else {
            continue;
        };
        let Some(identity) = route(topology, role, value) else {
            let message = format!(
                "The value \"{}\" of -{parameter} does not name a service of role {role} in the topology.",
                value.to_display()
            );
            return Err(Flow::Error(Box::new(
                engine
                    .cmdlet_error(
                        call,
                        message,
                        "InvalidDependency",
                        ErrorCategory::InvalidArgument,
                        "InvalidOperationException",
                    )
                    .with_target(typed.clone(), "String"),
            )));
        };
        *match parameter {
            "FederationRoute" => &mut site.federation_route,
            "XmppFederationRoute" => &mut site.xmpp_federation_route,
            _ => &mut site.default_persistent_chat_pool,
        } = identity;
    }
    if let Some(value) = call.bound.get("Description") {
        site.description = value.to_display();
    }
    if let Some(value) = call.bound.get("DisplayName") {
        site.display_name = value.to_display();
    }
    if engine.should_process(call, &format!("Site:{}", site.name))? {
        if let Some(stored) = engine
            .session
            .topology
            .sites
            .iter_mut()
            .find(|s| s.name.eq_ignore_ascii_case(&site.name))
        {
            *stored = site;
        }
        engine.session.store.changed();
    }
    Ok(vec![])
}

fn pool_object(topology: &Topology, pool: &Pool) -> Value {
    let services = topology.services_of_pool(&pool.fqdn).map(Service::identity);
    Value::object(
        PsObject::new("Microsoft.Rtc.Management.Xds.DisplayPool")
            .with("Identity", Value::str(&pool.fqdn))
            .with("Services", list(services))
            .with("Computers", list(pool.computers.clone()))
            .with("Fqdn", Value::str(&pool.fqdn))
            .with("Site", Value::str(format!("Site:{}", pool.site))),
    )
}

fn get_pool(engine: &mut Engine, call: &Call) -> CmdletResult {
    let topology = &engine.session.topology.clone();
    let site = call.bound.text("Site");
    let in_site = topology.pools.iter().filter(|p| {
        site.as_deref().is_none_or(|s| {
            p.site
                .eq_ignore_ascii_case(s.strip_prefix("Site:").unwrap_or(s))
        })
    });
    let pools = select(
        engine,
        call,
        "pool",
        in_site,
        |p| p.fqdn.clone(),
        |p, typed| p.fqdn.eq_ignore_ascii_case(typed),
    )?;
    Ok(pools
        .into_iter()
        .map(|p| pool_object(topology, p))
        .collect())
}

/// A computer of the topology and the pool it belongs to.
struct Computer<'a> {
    fqdn: &'a str,
    pool: &'a str,
}

fn get_computer(engine: &mut Engine, call: &Call) -> CmdletResult {
    let topology = &engine.session.topology.clone();
    let pool = call.bound.text("Pool");
    // lyncsh runs as if on the first computer of the first pool (the lab's Front End).
    let local = topology
        .pools
        .first()
        .and_then(|p| p.computers.first())
        .cloned();
    let computers: Vec<Computer> = topology
        .pools
        .iter()
        .flat_map(|p| {
            p.computers.iter().map(|c| Computer {
                fqdn: c,
                pool: &p.fqdn,
            })
        })
        .filter(|c| {
            pool.as_deref()
                .is_none_or(|p| c.pool.eq_ignore_ascii_case(p))
        })
        .filter(|c| {
            !call.bound.switch("Local")
                || local
                    .as_deref()
                    .is_some_and(|l| l.eq_ignore_ascii_case(c.fqdn))
        })
        .collect();
    let chosen = select(
        engine,
        call,
        "computer",
        computers.iter(),
        |c| c.fqdn.to_string(),
        |c, typed| c.fqdn.eq_ignore_ascii_case(typed),
    )?;
    Ok(chosen
        .into_iter()
        .map(|c| {
            Value::object(
                PsObject::new("Microsoft.Rtc.Management.Xds.DisplayComputer")
                    .with("Identity", Value::str(c.fqdn))
                    .with("Pool", Value::str(c.pool))
                    .with("Fqdn", Value::str(c.fqdn)),
            )
        })
        .collect())
}

/// One network interface of a computer: its kind (`Primary`, or `Internal` and `External`
/// on an Edge Server), its number among that kind, and its address.
struct NetworkInterface {
    computer: String,
    kind: &'static str,
    number: u32,
    address: String,
}

impl NetworkInterface {
    fn identity(&self) -> String {
        format!("{}/{}/{}", self.computer, self.kind, self.number)
    }
}

/// The lab's network interfaces: one Primary interface on each computer (a gateway named by
/// its address has that address; the others are numbered from 192.168.0.10 in topology order),
/// and on an Edge Server an Internal interface and three External ones (Access, Web
/// Conferencing and A/V Edge, from 131.107.0.10).
fn network_interfaces(topology: &Topology) -> Vec<NetworkInterface> {
    let mut out = Vec::new();
    let mut next_internal = 10u32;
    let mut next_external = 10u32;
    for pool in &topology.pools {
        let edge = topology
            .services_of_pool(&pool.fqdn)
            .any(|s| s.role.eq_ignore_ascii_case("EdgeServer"));
        for computer in &pool.computers {
            let mut add = |kind: &'static str, number: u32, address: String| {
                out.push(NetworkInterface {
                    computer: computer.clone(),
                    kind,
                    number,
                    address,
                })
            };
            if computer.parse::<std::net::Ipv4Addr>().is_ok() {
                add("Primary", 1, computer.clone());
                continue;
            }
            let internal = format!("192.168.0.{next_internal}");
            next_internal += 1;
            if edge {
                add("Internal", 1, internal);
                for number in 1..=3 {
                    add("External", number, format!("131.107.0.{next_external}"));
                    next_external += 1;
                }
            } else {
                add("Primary", 1, internal);
            }
        }
    }
    out
}

fn get_network_interface(engine: &mut Engine, call: &Call) -> CmdletResult {
    let topology = engine.session.topology.clone();
    let computer = call.bound.text("ComputerFqdn");
    let interfaces: Vec<NetworkInterface> = network_interfaces(&topology)
        .into_iter()
        .filter(|i| {
            computer
                .as_deref()
                .is_none_or(|c| i.computer.eq_ignore_ascii_case(c.trim()))
        })
        .collect();
    let chosen = select(
        engine,
        call,
        "network interface",
        interfaces.iter(),
        NetworkInterface::identity,
        |i, typed| i.identity().eq_ignore_ascii_case(typed.trim()),
    )?;
    Ok(chosen
        .into_iter()
        .map(|i| {
            Value::object(
                PsObject::new("Microsoft.Rtc.Management.Xds.DisplayNetworkInterface")
                    .with("Identity", Value::str(i.identity()))
                    .with("ComputerFqdn", Value::str(i.computer.as_str()))
                    .with("Interface", Value::str(i.kind))
                    .with("InterfaceNumber", Value::Int32(i.number as i32))
                    .with("IPAddress", Value::str(i.address.as_str())),
            )
        })
        .collect())
}

/// The role name a ServiceId uses (`1-WebServices-1` for the WebServer role).
fn service_id_role(role: &str) -> &str {
    match role {
        "WebServer" => "WebServices",
        "UserServer" => "UserServices",
        other => other,
    }
}

/// A service as Get-CsService returns it: Identity, the role's settings, then the common tail.
pub fn service_object(topology: &Topology, service: &Service) -> Value {
    let mut object = PsObject::new(format!(
        "Microsoft.Rtc.Management.Xds.Display{}",
        service.role
    ))
    .with("Identity", Value::str(service.identity()));
    if let Some(settings) = &service.settings {
        for property in settings.properties() {
            object = object.with(property, settings.get(property).unwrap_or_default());
        }
    }
    let site = topology.site_of_pool(&service.pool);
    let site_id = site.map_or(0, |s| s.site_id);
    let number = topology
        .services
        .iter()
        .filter(|s| s.role == service.role)
        .filter(|s| topology.site_of_pool(&s.pool).map(|x| x.site_id) == Some(site_id))
        .position(|s| s == service)
        .map_or(1, |i| i + 1);
    Value::object(
        object
            .with(
                "DependentServiceList",
                list(topology.dependents_of(service)),
            )
            .with(
                "ServiceId",
                Value::str(format!(
                    "{site_id}-{}-{number}",
                    service_id_role(&service.role)
                )),
            )
            .with(
                "SiteId",
                site.map_or(Value::Null, |s| Value::str(format!("Site:{}", s.name))),
            )
            .with("PoolFqdn", Value::str(&service.pool))
            .with("Version", Value::Int32(SERVICE_VERSION))
            .with("Role", Value::str(&service.role)),
    )
}

/// The role a Get-CsService role switch selects, if one was given.
fn role_switch(call: &Call) -> Option<&'static str> {
    call.bound.params.iter().find_map(|p| {
        let declared = call.entry.signature.param(&p.name)?;
        let on = p.value.as_ref().is_some_and(Value::is_truthy);
        (declared.ty == ParamType::Switch && on)
            .then(|| canonical_role(&p.name))
            .flatten()
    })
}

fn get_service(engine: &mut Engine, call: &Call) -> CmdletResult {
    let topology = &engine.session.topology.clone();
    let role = role_switch(call);
    let pool = call.bound.text("PoolFqdn");
    let candidates = topology
        .services
        .iter()
        .filter(|s| role.is_none_or(|r| s.role == r))
        .filter(|s| {
            pool.as_deref()
                .is_none_or(|p| s.pool.eq_ignore_ascii_case(p))
        });
    let services = select(
        engine,
        call,
        "service",
        candidates,
        Service::identity,
        |s, typed| match Scope::parse(typed) {
            Some(Scope::Service { role, fqdn }) => {
                s.role.eq_ignore_ascii_case(&role) && s.pool.eq_ignore_ascii_case(&fqdn)
            }
            _ => false,
        },
    )?;
    Ok(services
        .into_iter()
        .map(|s| service_object(topology, s))
        .collect())
}

/// Escapes text for an XML attribute.
fn xml_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn topology_xml(topology: &Topology) -> String {
    let mut out = String::from("<Topology>\n");
    for site in &topology.sites {
        out.push_str(&format!(
            "  <Site Name=\"{}\" SiteId=\"{}\">\n",
            xml_attr(&site.name),
            site.site_id
        ));
        for pool in topology.pools_of_site(&site.name) {
            out.push_str(&format!("    <Pool Fqdn=\"{}\">\n", xml_attr(&pool.fqdn)));
            for computer in &pool.computers {
                out.push_str(&format!(
                    "      <Computer Fqdn=\"{}\" />\n",
                    xml_attr(computer)
                ));
            }
            for service in topology.services_of_pool(&pool.fqdn) {
                out.push_str(&format!(
                    "      <Service Role=\"{}\" />\n",
                    xml_attr(&service.role)
                ));
            }
            out.push_str("    </Pool>\n");
        }
        out.push_str("  </Site>\n");
    }
    out.push_str("</Topology>");
    out
}

fn get_topology(engine: &mut Engine, call: &Call) -> CmdletResult {
    let topology = &engine.session.topology.clone();
    if call.bound.switch("AsXml") {
        return Ok(vec![Value::str(topology_xml(topology))]);
    }
    let computers = topology.pools.iter().flat_map(|p| p.computers.clone());
    Ok(vec![Value::object(
        PsObject::new("Microsoft.Rtc.Management.Deploy.Internal.DefaultTopology")
            .with(
                "Sites",
                list(topology.sites.iter().map(|s| format!("Site:{}", s.name))),
            )
            .with("Pools", list(topology.pools.iter().map(|p| p.fqdn.clone())))
            .with("Computers", list(computers))
            .with(
                "Services",
                list(topology.services.iter().map(Service::identity)),
            )
            .with("Version", Value::Int32(SERVICE_VERSION)),
    )])
}
