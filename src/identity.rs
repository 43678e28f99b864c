//! Lync's scoped identities: `global`, `site:Redmond`, `service:Role:fqdn`, `tag:Name`.
//! Case-insensitive on input; shown as `Global`, `Site:Redmond`, `Service:Role:fqdn`, `Tag:Name`.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scope {
    Global,
    Site(String),
    Service {
        role: String,
        fqdn: String,
    },
    Tag(String),
    /// A record named by a plain name or FQDN rather than a scope (a voice test configuration,
    /// a watcher node); shown as it is.
    Name(String),
}

/// Service roles of a Lync Server 2013 topology, spelled as identities spell them.
pub const ROLES: &[&str] = &[
    "ApplicationDatabase",
    "ApplicationServer",
    "ArchivingDatabase",
    "ArchivingServer",
    "BackupServer",
    "CentralManagement",
    "CentralManagementDatabase",
    "ConferencingServer",
    "Director",
    "EdgeServer",
    "FileStore",
    "LegalInterceptServer",
    "ManagementServer",
    "MediationServer",
    "MonitoringDatabase",
    "MonitoringServer",
    "PersistentChatComplianceDatabase",
    "PersistentChatDatabase",
    "PersistentChatServer",
    "PstnGateway",
    "Registrar",
    "TrustedApplicationPool",
    "UserDatabase",
    "UserServer",
    "VideoGateway",
    "VideoInteropServer",
    "WacServer",
    "WebServer",
];

/// The canonical spelling of a role name typed in any case.
pub fn canonical_role(role: &str) -> Option<&'static str> {
    ROLES.iter().copied().find(|r| r.eq_ignore_ascii_case(role))
}

impl Scope {
    /// Reads an identity as typed. `Role:fqdn` (without `service:`) is accepted for a known role.
    /// Returns `None` for text that is no scope at all (an empty string, `site:` with no name).
    pub fn parse(text: &str) -> Option<Scope> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("global") {
            return Some(Scope::Global);
        }
        let (head, rest) = text.split_once(':')?;
        if rest.is_empty() {
            return None;
        }
        if head.eq_ignore_ascii_case("site") {
            return Some(Scope::Site(rest.to_string()));
        }
        if head.eq_ignore_ascii_case("tag") {
            return Some(Scope::Tag(rest.to_string()));
        }
        let service = if head.eq_ignore_ascii_case("service") {
            rest
        } else {
            text
        };
        let (role, fqdn) = service.split_once(':')?;
        let role = canonical_role(role)?;
        (!fqdn.is_empty()).then(|| Scope::Service {
            role: role.to_string(),
            fqdn: fqdn.to_string(),
        })
    }

    /// The sort rank: global first, then sites, services and tags.
    pub fn rank(&self) -> u8 {
        match self {
            Scope::Global => 0,
            Scope::Site(_) => 1,
            Scope::Service { .. } => 2,
            Scope::Tag(_) => 3,
            Scope::Name(_) => 4,
        }
    }

    /// Whether two identities name the same scope (site and host names are case-insensitive).
    pub fn same_as(&self, other: &Scope) -> bool {
        match (self, other) {
            (Scope::Global, Scope::Global) => true,
            (Scope::Site(a), Scope::Site(b))
            | (Scope::Tag(a), Scope::Tag(b))
            | (Scope::Name(a), Scope::Name(b)) => a.eq_ignore_ascii_case(b),
            (Scope::Service { role: r1, fqdn: f1 }, Scope::Service { role: r2, fqdn: f2 }) => {
                r1.eq_ignore_ascii_case(r2) && f1.eq_ignore_ascii_case(f2)
            }
            _ => false,
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Global => write!(f, "Global"),
            Scope::Site(name) => write!(f, "Site:{name}"),
            Scope::Service { role, fqdn } => write!(f, "Service:{role}:{fqdn}"),
            Scope::Tag(name) => write!(f, "Tag:{name}"),
            Scope::Name(name) => write!(f, "{name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let cases = [
            ("global", "Global"),
            ("GLOBAL", "Global"),
            ("site:Redmond", "Site:Redmond"),
            ("Site:Redmond", "Site:Redmond"),
            (
                "service:ConferencingServer:atl-cs-001.litwareinc.com",
                "Service:ConferencingServer:atl-cs-001.litwareinc.com",
            ),
            (
                "SERVICE:conferencingserver:atl-cs-001.litwareinc.com",
                "Service:ConferencingServer:atl-cs-001.litwareinc.com",
            ),
            (
                "MediationServer:atl-cs-001.litwareinc.com",
                "Service:MediationServer:atl-cs-001.litwareinc.com",
            ),
            ("tag:RedmondPolicy", "Tag:RedmondPolicy"),
        ];
        for (input, shown) in cases {
            assert_eq!(
                Scope::parse(input).map(|s| s.to_string()).as_deref(),
                Some(shown),
                "{input}"
            );
        }
        for bad in [
            "",
            "-",
            "site:",
            "Redmond",
            "service:NoSuchRole:x",
            "service:WebServer:",
        ] {
            assert_eq!(Scope::parse(bad), None, "{bad}");
        }
    }
}
