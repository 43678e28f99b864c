//! The Windows services Lync Server installs on the lab's computers, and which of them run. A
//! computer has the services of the roles its pool's services hold (a Front End has RTCSRV, a
//! pool with the ApplicationServer role has RTCRGS, RTCCPS...); the Central Management Store's
//! computer also has the master replicator. Every service runs unless Stop-CsWindowsService
//! stopped it: the topology keeps the stopped ones.

use super::Topology;

/// One Lync Server Windows service: its service name, display name, and the roles (as
/// Get-CsService names them) that install it; `Any` stands for every Lync server role.
pub struct WindowsService {
    pub name: &'static str,
    pub display_name: &'static str,
    pub roles: &'static [&'static str],
}

/// The role of the computer that holds the Central Management Store.
const CENTRAL_MANAGEMENT: &str = "CentralManagement";

const fn service(
    name: &'static str,
    display_name: &'static str,
    roles: &'static [&'static str],
) -> WindowsService {
    WindowsService {
        name,
        display_name,
        roles,
    }
}

/// The services, in the order Get-CsWindowsService lists them.
pub const SERVICES: &[WindowsService] = &[
    service(
        "RTCCLSAGT",
        "Lync Server Centralized Logging Service Agent",
        &["Any"],
    ),
    service("REPLICA", "Lync Server Replica Replicator Agent", &["Any"]),
    service(
        "RTCMASTER",
        "Lync Server Master Replicator Agent",
        &[CENTRAL_MANAGEMENT],
    ),
    service(
        "RTCSRV",
        "Lync Server Front-End",
        &["Registrar", "UserServer", "EdgeServer", "Director"],
    ),
    service(
        "RTCIMMCU",
        "Lync Server IM Conferencing",
        &["ConferencingServer"],
    ),
    service(
        "RTCDATAMCU",
        "Lync Server Web Conferencing",
        &["ConferencingServer"],
    ),
    service(
        "RTCAVMCU",
        "Lync Server Audio/Video Conferencing",
        &["ConferencingServer"],
    ),
    service(
        "RTCASMCU",
        "Lync Server Application Sharing",
        &["ConferencingServer"],
    ),
    service(
        "RTCCAA",
        "Lync Server Conferencing Attendant",
        &["ApplicationServer"],
    ),
    service(
        "RTCCAS",
        "Lync Server Conferencing Announcement",
        &["ApplicationServer"],
    ),
    service("RTCCPS", "Lync Server Call Park", &["ApplicationServer"]),
    service(
        "RTCRGS",
        "Lync Server Response Group",
        &["ApplicationServer"],
    ),
    service(
        "RTCATS",
        "Lync Server Audio Test Service",
        &["ApplicationServer"],
    ),
    service(
        "RTCXMPPTGW",
        "Lync Server XMPP Translating Gateway",
        &["Registrar"],
    ),
    service("RTCMEDSRV", "Lync Server Mediation", &["MediationServer"]),
    service(
        "RTCCHAT",
        "Lync Server Persistent Chat",
        &["PersistentChatServer"],
    ),
    service(
        "RTCMRAUTH",
        "Lync Server Audio/Video Authentication",
        &["EdgeServer"],
    ),
    service(
        "RTCMEDIARELAY",
        "Lync Server Audio/Video Edge",
        &["EdgeServer"],
    ),
    service(
        "RTCDATAPROXY",
        "Lync Server Web Conferencing Edge",
        &["EdgeServer"],
    ),
    service(
        "RTCXMPPTGWPX",
        "Lync Server XMPP Translating Gateway Proxy",
        &["EdgeServer"],
    ),
];

/// A service as one computer has it: the roles there that need it.
pub struct Installed {
    pub service: &'static WindowsService,
    pub roles: Vec<String>,
}

impl Topology {
    /// The computer a name (FQDN, any case) stands for, as the topology spells it.
    pub fn computer(&self, name: &str) -> Option<&str> {
        self.pools
            .iter()
            .flat_map(|p| p.computers.iter())
            .find(|c| c.eq_ignore_ascii_case(name.trim()))
            .map(String::as_str)
    }

    /// The Lync roles a computer holds: those of its pool's services, and the Central
    /// Management role on the Central Management Server's pool.
    fn roles_of(&self, computer: &str) -> Vec<String> {
        let Some(pool) = self
            .pools
            .iter()
            .find(|p| p.computers.iter().any(|c| c.eq_ignore_ascii_case(computer)))
        else {
            return Vec::new();
        };
        let mut roles: Vec<String> = self
            .services
            .iter()
            .filter(|s| s.pool.eq_ignore_ascii_case(&pool.fqdn))
            .map(|s| s.role.clone())
            .collect();
        let management = self
            .management_pool()
            .is_some_and(|p| p.eq_ignore_ascii_case(&pool.fqdn));
        if management {
            roles.push(CENTRAL_MANAGEMENT.into());
        }
        roles
    }

    /// The Lync Server services installed on a computer, in listing order; none on a
    /// computer that holds only databases or is a gateway.
    pub fn windows_services(&self, computer: &str) -> Vec<Installed> {
        let roles = self.roles_of(computer);
        let lync = roles.iter().any(|r| {
            SERVICES
                .iter()
                .any(|s| s.roles.iter().any(|n| n.eq_ignore_ascii_case(r)))
        });
        if !lync {
            return Vec::new();
        }
        SERVICES
            .iter()
            .filter_map(|service| {
                let needed: Vec<String> = roles
                    .iter()
                    .filter(|r| {
                        service
                            .roles
                            .iter()
                            .any(|n| *n == "Any" || n.eq_ignore_ascii_case(r))
                    })
                    .filter(|r| r.as_str() != CENTRAL_MANAGEMENT || service.name == "RTCMASTER")
                    .cloned()
                    .collect();
                (!needed.is_empty()).then_some(Installed {
                    service,
                    roles: needed,
                })
            })
            .collect()
    }

    /// Whether a service of a computer runs (it is installed there and not stopped).
    pub fn service_running(&self, computer: &str, service: &str) -> bool {
        self.windows_services(computer)
            .iter()
            .any(|i| i.service.name.eq_ignore_ascii_case(service))
            && !self
                .stopped_services
                .iter()
                .any(|(c, s)| c.eq_ignore_ascii_case(computer) && s.eq_ignore_ascii_case(service))
    }

    /// Starts or stops a service of a computer.
    pub fn set_service_running(&mut self, computer: &str, service: &str, running: bool) {
        let key = (computer.to_ascii_lowercase(), service.to_ascii_lowercase());
        self.stopped_services.retain(|k| *k != key);
        if !running {
            self.stopped_services.push(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(topology: &Topology, computer: &str) -> Vec<&'static str> {
        topology
            .windows_services(computer)
            .iter()
            .map(|i| i.service.name)
            .collect()
    }

    #[test]
    fn each_computer_has_the_services_of_its_roles() {
        let lab = Topology::lab();
        let front_end = names(&lab, "atl-cs-001.litwareinc.com");
        for name in ["RTCSRV", "RTCMASTER", "RTCASMCU", "RTCRGS", "RTCMEDSRV"] {
            assert!(front_end.contains(&name), "{name}");
        }
        assert!(!front_end.contains(&"RTCMRAUTH"));
        let edge = names(&lab, "atl-edge-001.litwareinc.com");
        assert!(edge.contains(&"RTCMRAUTH") && !edge.contains(&"RTCMASTER"));
        let second = names(&lab, "redmond.litwareinc.com");
        assert!(second.contains(&"RTCRGS") && !second.contains(&"RTCAVMCU"));
        assert!(names(&lab, "atl-sql-001.litwareinc.com").is_empty());
    }

    #[test]
    fn stopping_and_starting_is_kept_per_computer() {
        let mut lab = Topology::lab();
        assert!(lab.service_running("atl-cs-001.litwareinc.com", "rtcrgs"));
        lab.set_service_running("ATL-CS-001.litwareinc.com", "RTCRGS", false);
        assert!(!lab.service_running("atl-cs-001.litwareinc.com", "RTCRGS"));
        assert!(lab.service_running("redmond.litwareinc.com", "RTCRGS"));
        lab.set_service_running("atl-cs-001.litwareinc.com", "rtcrgs", true);
        assert!(lab.stopped_services.is_empty());
    }
}
