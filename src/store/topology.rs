//! The emulated deployment: sites, pools and the services they host. The built-in lab uses the
//! names of the public documentation's examples so that those examples work unchanged.

use super::server::ServerSettings;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    pub site_id: u32,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool {
    pub fqdn: String,
    pub site: String,
    pub computers: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// The role as identities spell it (`ConferencingServer`).
    pub role: String,
    pub pool: String,
    /// Ports, media ranges and dependencies, for the roles that have them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ServerSettings>,
}

impl Service {
    /// A service of `role` on `pool` with the role's default settings.
    pub fn new(role: &str, pool: &str) -> Service {
        Service {
            role: role.to_string(),
            pool: pool.to_string(),
            settings: ServerSettings::for_role(role),
        }
    }

    /// `Role:fqdn`, the service's identity in the topology.
    pub fn identity(&self) -> String {
        format!("{}:{}", self.role, self.pool)
    }

    /// Sets a dependency (a service identity such as `Registrar:fqdn`) if the role has it.
    fn depends_on(mut self, property: &str, service: &str) -> Service {
        if let Some(settings) = &mut self.settings {
            settings.set(property, &crate::value::Value::str(service));
        }
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topology {
    pub sites: Vec<Site>,
    pub pools: Vec<Pool>,
    pub services: Vec<Service>,
    /// The Windows services stopped with Stop-CsWindowsService, as `(computer, service)`, both
    /// in lower case; every other Lync Server service of a computer is running.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stopped_services: Vec<(String, String)>,
    /// What of Active Directory's preparation for Lync is undone: `schema`, `forest`, or
    /// `domain:<fqdn>` (lower case). Empty: the schema is extended and the forest and
    /// litwareinc.com are prepared, as in a working deployment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ad_unprepared: Vec<String>,
}

impl Topology {
    /// The built-in lab: sites Redmond, Dublin and Redmond1; Front End pool atl-cs-001.litwareinc.com in
    /// Redmond with its services; Edge pool atl-edge-001.litwareinc.com; the SQL Server
    /// atl-sql-001.litwareinc.com with the monitoring and archiving databases; the PSTN gateway
    /// 192.168.0.240 (named by its address, as the reference's examples name it), which the
    /// Mediation Server sends calls to; and a second Front End pool, redmond.litwareinc.com, in
    /// Redmond (Registrar, UserServer, WebServer and ApplicationServer), which users can be
    /// moved to.
    pub fn lab() -> Topology {
        let fe = "atl-cs-001.litwareinc.com";
        let edge = "atl-edge-001.litwareinc.com";
        let sql = "atl-sql-001.litwareinc.com";
        let gateway = "192.168.0.240";
        let second = "redmond.litwareinc.com";
        let registrar = format!("Registrar:{fe}");
        let edge_service = format!("EdgeServer:{edge}");
        Topology {
            sites: vec![
                Site {
                    name: "Redmond".into(),
                    site_id: 1,
                    description: "Redmond Site".into(),
                },
                Site {
                    name: "Dublin".into(),
                    site_id: 2,
                    description: "Dublin Site".into(),
                },
                Site {
                    name: "Redmond1".into(),
                    site_id: 3,
                    description: "Redmond Branch Site".into(),
                },
            ],
            pools: vec![
                Pool {
                    fqdn: fe.into(),
                    site: "Redmond".into(),
                    computers: vec![fe.into()],
                },
                Pool {
                    fqdn: edge.into(),
                    site: "Redmond".into(),
                    computers: vec![edge.into()],
                },
                Pool {
                    fqdn: sql.into(),
                    site: "Redmond".into(),
                    computers: vec![sql.into()],
                },
                Pool {
                    fqdn: second.into(),
                    site: "Redmond".into(),
                    computers: vec![second.into()],
                },
                Pool {
                    fqdn: gateway.into(),
                    site: "Redmond".into(),
                    computers: vec![gateway.into()],
                },
            ],
            services: vec![
                Service::new("Registrar", fe),
                Service::new("UserServer", fe),
                Service::new("WebServer", fe),
                Service::new("ConferencingServer", fe).depends_on("EdgeServer", &edge_service),
                Service::new("ApplicationServer", fe).depends_on("Registrar", &registrar),
                Service::new("MediationServer", fe)
                    .depends_on("Registrar", &registrar)
                    .depends_on("EdgeServer", &edge_service),
                Service::new("EdgeServer", edge).depends_on("Registrar", &registrar),
                Service::new("MonitoringDatabase", sql),
                Service::new("ArchivingDatabase", sql),
                Service::new("PstnGateway", gateway),
                Service::new("Registrar", second),
                Service::new("UserServer", second),
                Service::new("WebServer", second),
                Service::new("ApplicationServer", second)
                    .depends_on("Registrar", &format!("Registrar:{second}")),
            ],
            stopped_services: Vec::new(),
            ad_unprepared: Vec::new(),
        }
    }

    /// Whether the site or service that `scope` names is in the topology (other scopes
    /// name nothing in it).
    pub fn has_scope(&self, scope: &crate::identity::Scope) -> bool {
        use crate::identity::Scope;
        match scope {
            Scope::Site(name) => self.site(name).is_some(),
            Scope::Service { role, fqdn } => self.service(role, fqdn).is_some(),
            Scope::Global | Scope::Tag(_) | Scope::Name(_) => true,
        }
    }

    pub fn site(&self, name: &str) -> Option<&Site> {
        self.sites
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name))
    }

    pub fn service(&self, role: &str, fqdn: &str) -> Option<&Service> {
        self.services
            .iter()
            .find(|s| s.role.eq_ignore_ascii_case(role) && s.pool.eq_ignore_ascii_case(fqdn))
    }

    pub fn service_mut(&mut self, role: &str, fqdn: &str) -> Option<&mut Service> {
        self.services
            .iter_mut()
            .find(|s| s.role.eq_ignore_ascii_case(role) && s.pool.eq_ignore_ascii_case(fqdn))
    }

    pub fn pool(&self, fqdn: &str) -> Option<&Pool> {
        self.pools
            .iter()
            .find(|p| p.fqdn.eq_ignore_ascii_case(fqdn))
    }

    /// The site a pool belongs to.
    pub fn site_of_pool(&self, fqdn: &str) -> Option<&Site> {
        self.pool(fqdn).and_then(|p| self.site(&p.site))
    }

    /// The services hosted by a pool, in topology order.
    pub fn services_of_pool<'a>(&'a self, fqdn: &'a str) -> impl Iterator<Item = &'a Service> {
        self.services
            .iter()
            .filter(move |s| s.pool.eq_ignore_ascii_case(fqdn))
    }

    /// The pools of a site, in topology order.
    pub fn pools_of_site<'a>(&'a self, site: &'a str) -> impl Iterator<Item = &'a Pool> {
        self.pools
            .iter()
            .filter(move |p| p.site.eq_ignore_ascii_case(site))
    }

    /// The identities of the services that name `service` among their dependencies.
    pub fn dependents_of(&self, service: &Service) -> Vec<String> {
        let identity = service.identity();
        self.services
            .iter()
            .filter(|other| {
                other.settings.as_ref().is_some_and(|settings| {
                    settings.properties().iter().any(|p| {
                        settings
                            .get(p)
                            .is_some_and(|v| v.to_display().eq_ignore_ascii_case(&identity))
                    })
                })
            })
            .map(Service::identity)
            .collect()
    }
}
