//! The emulated deployment: sites, pools and the services they host. The built-in lab uses the
//! names of the public documentation's examples so that those examples work unchanged.

use super::server::ServerSettings;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    pub site_id: u32,
    pub description: String,
    /// What Set-CsSite changed besides the description: the display name (empty: the name),
    /// the Edge services federation and XMPP federation go through, and the default Persistent
    /// Chat pool, each as its identity.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub display_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub federation_route: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub xmpp_federation_route: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub default_persistent_chat_pool: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool {
    pub fqdn: String,
    pub site: String,
    pub computers: Vec<String>,
}

impl Pool {
    /// A pool of one computer named as the pool is (a Standard Edition server's shape).
    pub fn single(fqdn: &str, site: &str) -> Pool {
        Pool {
            fqdn: fqdn.into(),
            site: site.into(),
            computers: vec![fqdn.into()],
        }
    }
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

    /// Sets a setting (a dependency such as `Registrar:fqdn`, or a name) if the role has it.
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
    /// The Persistent Chat pools whose state is not Active (Set-CsPersistentChatState
    /// -PoolState FailedOver...), each with its state; pools in lower case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chat_pool_states: Vec<(String, String)>,
    /// Permissions, conference directories, user databases and failovers.
    #[serde(default)]
    pub operations: super::operations::Operations,
}

impl Topology {
    /// The built-in lab: sites Redmond, Dublin and Redmond1; Front End pool atl-cs-001.litwareinc.com in
    /// Redmond with its services; Edge pool atl-edge-001.litwareinc.com; the SQL Server
    /// atl-sql-001.litwareinc.com with the monitoring and archiving databases; the PSTN gateway
    /// 192.168.0.240 (named by its address, as the reference's examples name it), which the
    /// Mediation Server sends calls to; and a second Front End pool, redmond.litwareinc.com, in
    /// Redmond (Registrar, UserServer, WebServer and ApplicationServer), which users can be
    /// moved to. The Front End also runs the archiving and monitoring services. Dublin has the
    /// Front End pool dublin-cs-001.litwareinc.com; Redmond also has the Director pool
    /// atl-dir-001.litwareinc.com and the Persistent Chat pool atl-pcpool-001.litwareinc.com,
    /// whose two servers are atl-gc-001 and atl-gc-002 (the first active), and the
    /// single-server Persistent Chat pool atl-persistentchat-001.litwareinc.com; and the
    /// Standard Edition server atl-cs-002.litwareinc.com (Registrar, UserServer and
    /// WebServer), which conference directories can be moved to. atl-cs-001 is a
    /// single server (a Standard Edition server's shape), so it also runs Persistent Chat
    /// itself, as Lync Server 2013 allows; both keep their chat database on the SQL Server.
    /// Two more Front End pools in Redmond carry what the reference's examples name:
    /// pool0.litwareinc.com (a Registrar for trusted application pools, an Application service
    /// for Call Park and a Mediation Server) and atl-rgs-001.litwareinc.com (an Application
    /// service hosting Response Groups); a second PSTN gateway, 192.168.0.100, sits behind
    /// pool0's Mediation Server; the site Paris (4) has no servers yet. The branch site
    /// BranchOffice_Portland (5), a second Edge pool atl-edge-011.litwareinc.com and a second SQL
    /// Server, atl-sql-002.litwareinc.com, with a monitoring database, are there for the
    /// examples that change or remove their settings.
    pub fn lab() -> Topology {
        let fe = "atl-cs-001.litwareinc.com";
        let edge = "atl-edge-001.litwareinc.com";
        let sql = "atl-sql-001.litwareinc.com";
        let gateway = "192.168.0.240";
        let second = "redmond.litwareinc.com";
        let dublin = "dublin-cs-001.litwareinc.com";
        let director = "atl-dir-001.litwareinc.com";
        let chat = "atl-pcpool-001.litwareinc.com";
        let standard = "atl-cs-002.litwareinc.com";
        let single_chat = "atl-persistentchat-001.litwareinc.com";
        let pool0 = "pool0.litwareinc.com";
        let rgs = "atl-rgs-001.litwareinc.com";
        let second_gateway = "192.168.0.100";
        let second_edge = "atl-edge-011.litwareinc.com";
        let second_sql = "atl-sql-002.litwareinc.com";
        let registrar = format!("Registrar:{fe}");
        let edge_service = format!("EdgeServer:{edge}");
        let user_database = format!("UserDatabase:{sql}");
        // A Front End pool of the lab's other users: Registrar, UserServer and WebServer.
        let user_services = |pool: &str| {
            vec![
                Service::new("Registrar", pool)
                    .depends_on("UserServer", &format!("UserServer:{pool}"))
                    .depends_on("WebServer", &format!("WebServer:{pool}")),
                Service::new("UserServer", pool).depends_on("UserDatabase", &user_database),
                Service::new("WebServer", pool)
                    .depends_on("UserServer", &format!("UserServer:{pool}"))
                    .depends_on("InternalFqdn", pool),
            ]
        };
        // Dublin's Registrar is backed up by atl-cs-001's.
        let mut dublin_services = user_services(dublin);
        dublin_services[0] = dublin_services[0]
            .clone()
            .depends_on("BackupRegistrar", &registrar);
        // Every Persistent Chat pool registers with atl-cs-001 and keeps its database on the
        // SQL Server.
        let chat_service = |pool: &str, display_name: &str| {
            Service::new("PersistentChatServer", pool)
                .depends_on("Registrar", &registrar)
                .depends_on(
                    "PersistentChatDatabase",
                    &format!("PersistentChatDatabase:{sql}"),
                )
                .depends_on("DisplayName", display_name)
        };
        Topology {
            // Site IDs count from 1 in the order the sites were made.
            sites: [
                ("Redmond", "Redmond Site"),
                ("Dublin", "Dublin Site"),
                ("Redmond1", "Redmond Branch Site"),
                ("Paris", "Paris Site"),
                ("BranchOffice_Portland", "Portland Branch Office"),
            ]
            .into_iter()
            .zip(1..)
            .map(|((name, description), site_id)| Site {
                name: name.into(),
                site_id,
                description: description.into(),
                ..Site::default()
            })
            .collect(),
            pools: vec![
                Pool::single(fe, "Redmond"),
                Pool::single(edge, "Redmond"),
                Pool::single(sql, "Redmond"),
                Pool::single(second, "Redmond"),
                Pool::single(gateway, "Redmond"),
                Pool::single(dublin, "Dublin"),
                Pool::single(director, "Redmond"),
                Pool {
                    fqdn: chat.into(),
                    site: "Redmond".into(),
                    computers: vec![
                        "atl-gc-001.litwareinc.com".into(),
                        "atl-gc-002.litwareinc.com".into(),
                    ],
                },
                Pool::single(standard, "Redmond"),
                Pool::single(single_chat, "Redmond"),
                Pool::single(pool0, "Redmond"),
                Pool::single(rgs, "Redmond"),
                Pool::single(second_gateway, "Redmond"),
                Pool::single(second_edge, "Redmond"),
                Pool::single(second_sql, "Redmond"),
            ],
            services: [
                vec![
                    Service::new("Registrar", fe)
                        .depends_on("BackupRegistrar", &format!("Registrar:{dublin}"))
                        .depends_on("UserServer", &format!("UserServer:{fe}"))
                        .depends_on("WebServer", &format!("WebServer:{fe}"))
                        .depends_on("EdgeServer", &edge_service)
                        .depends_on("ArchivingDatabase", &format!("ArchivingDatabase:{sql}"))
                        .depends_on("MonitoringDatabase", &format!("MonitoringDatabase:{sql}")),
                    Service::new("UserServer", fe)
                        .depends_on("UserDatabase", &user_database)
                        .depends_on("ConferenceServer", &format!("ConferencingServer:{fe}")),
                    Service::new("WebServer", fe)
                        .depends_on("UserServer", &format!("UserServer:{fe}"))
                        .depends_on("InternalFqdn", fe)
                        .depends_on("ExternalFqdn", "csweb.litwareinc.com"),
                    Service::new("ConferencingServer", fe).depends_on("EdgeServer", &edge_service),
                    Service::new("ApplicationServer", fe).depends_on("Registrar", &registrar),
                    Service::new("MediationServer", fe)
                        .depends_on("Registrar", &registrar)
                        .depends_on("EdgeServer", &edge_service),
                    Service::new("ArchivingServer", fe)
                        .depends_on("ArchivingDatabase", &format!("ArchivingDatabase:{sql}")),
                    Service::new("MonitoringServer", fe)
                        .depends_on("MonitoringDatabase", &format!("MonitoringDatabase:{sql}"))
                        .depends_on("ReportingUrl", &format!("https://{sql}/ReportServer")),
                    Service::new("ManagementServer", fe),
                    Service::new("EdgeServer", edge).depends_on("Registrar", &registrar),
                    Service::new("MonitoringDatabase", sql),
                    Service::new("ArchivingDatabase", sql),
                    Service::new("UserDatabase", sql),
                    Service::new("PersistentChatDatabase", sql),
                    Service::new("PstnGateway", gateway)
                        .depends_on("MediationServer", &format!("MediationServer:{fe}")),
                ],
                user_services(second),
                vec![Service::new("ApplicationServer", second)
                    .depends_on("Registrar", &format!("Registrar:{second}"))],
                dublin_services,
                vec![
                    Service::new("ArchivingServer", dublin)
                        .depends_on("ArchivingDatabase", &format!("ArchivingDatabase:{sql}")),
                    Service::new("Director", director).depends_on("EdgeServer", &edge_service),
                    chat_service(fe, "Persistent Chat (Standard Edition)")
                        .depends_on("ActiveServers", fe),
                    chat_service(chat, "Persistent Chat")
                        .depends_on("ActiveServers", "atl-gc-001.litwareinc.com")
                        .depends_on("InactiveServers", "atl-gc-002.litwareinc.com"),
                ],
                user_services(standard),
                vec![chat_service(single_chat, "Persistent Chat")
                    .depends_on("ActiveServers", single_chat)],
                user_services(pool0),
                vec![
                    Service::new("ApplicationServer", pool0)
                        .depends_on("Registrar", &format!("Registrar:{pool0}")),
                    Service::new("MediationServer", pool0)
                        .depends_on("Registrar", &format!("Registrar:{pool0}")),
                    Service::new("PstnGateway", second_gateway)
                        .depends_on("MediationServer", &format!("MediationServer:{pool0}")),
                ],
                user_services(rgs),
                vec![
                    Service::new("ApplicationServer", rgs)
                        .depends_on("Registrar", &format!("Registrar:{rgs}")),
                    Service::new("EdgeServer", second_edge).depends_on("Registrar", &registrar),
                    Service::new("MonitoringDatabase", second_sql),
                ],
            ]
            .concat(),
            stopped_services: Vec::new(),
            ad_unprepared: Vec::new(),
            chat_pool_states: Vec::new(),
            operations: super::operations::Operations::lab(),
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

    /// The first Front End pool (the pool of the first Registrar): it holds the Central
    /// Management store, and its first computer is the lab's local computer.
    pub fn first_front_end(&self) -> Option<&str> {
        self.services
            .iter()
            .find(|s| s.role == "Registrar")
            .map(|s| s.pool.as_str())
    }

    /// The Front End pool of the Central Management Server: the first one, unless
    /// Move-CsManagementServer moved it.
    pub fn management_pool(&self) -> Option<&str> {
        self.operations
            .management_pool
            .as_deref()
            .or_else(|| self.first_front_end())
    }

    /// The computer the cmdlets that work locally run on: the first Front End's first one.
    pub fn local_computer(&self) -> String {
        self.first_front_end()
            .and_then(|pool| self.pool(pool))
            .and_then(|p| p.computers.first().cloned())
            .unwrap_or_default()
    }

    /// The pool paired with `pool` as its backup: the pool of its Registrar's backup Registrar.
    pub fn backup_pool(&self, pool: &str) -> Option<String> {
        let backup = self
            .service("Registrar", pool)?
            .settings
            .as_ref()?
            .get("BackupRegistrar")?
            .to_display();
        let (_, fqdn) = backup.split_once(':')?;
        self.pool(fqdn).map(|p| p.fqdn.clone())
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
