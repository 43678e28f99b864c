//! The emulated deployment: sites, pools and the services they host. The built-in lab uses the
//! names of the public documentation's examples so that those examples work unchanged.

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
}

impl Service {
    /// `Role:fqdn`, the service's identity in the topology.
    pub fn identity(&self) -> String {
        format!("{}:{}", self.role, self.pool)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topology {
    pub sites: Vec<Site>,
    pub pools: Vec<Pool>,
    pub services: Vec<Service>,
}

impl Topology {
    /// The built-in lab: sites Redmond and Dublin; Front End pool atl-cs-001.litwareinc.com in
    /// Redmond with its services; Edge pool atl-edge-001.litwareinc.com.
    pub fn lab() -> Topology {
        let fe = "atl-cs-001.litwareinc.com";
        let edge = "atl-edge-001.litwareinc.com";
        let service = |role: &str, pool: &str| Service {
            role: role.to_string(),
            pool: pool.to_string(),
        };
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
            ],
            services: vec![
                service("Registrar", fe),
                service("UserServer", fe),
                service("WebServer", fe),
                service("ConferencingServer", fe),
                service("ApplicationServer", fe),
                service("MediationServer", fe),
                service("EdgeServer", edge),
            ],
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
}
