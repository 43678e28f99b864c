//! Operational state of the lab deployment that no configuration record holds: the Active
//! Directory permissions granted to Lync's groups, the conference directories, the user
//! databases taken offline, the pools failed over to their backups, and the logging
//! scenarios running, the certificates and the databases installed.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operations {
    /// The OUs (normalized distinguished names) whose objects of a type Lync's groups may
    /// manage (Grant-CsOUPermission), as `(ou, object type)`, both in lower case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ou_permissions: Vec<(String, String)>,
    /// The computer OUs whose servers RTCUniversalServerAdmins may activate
    /// (Grant-CsSetupPermission), in lower case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub setup_permissions: Vec<String>,
    /// The conference directories: their number and the pool whose user services hold them.
    #[serde(default = "Operations::lab_directories")]
    pub conference_directories: Vec<(u32, String)>,
    /// The user databases taken offline (Set-CsUserDatabaseState), as their identity in lower
    /// case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offline_user_databases: Vec<String>,
    /// The pools failed over to their backup pool (Invoke-CsPoolFailOver), as
    /// `(pool, backup pool)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed_over: Vec<(String, String)>,
    /// The logging scenarios started with Start-CsClsLogging (AlwaysOn aside).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cls_runs: Vec<ClsRun>,
    /// The pools whose AlwaysOn logging was stopped, in lower case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cls_always_off: Vec<String>,
    /// The certificates in the computers' stores (and the global ones), with the uses Lync
    /// assigned them.
    #[serde(default = "Certificate::lab")]
    pub certificates: Vec<Certificate>,
    /// The databases installed, as `(computer in lower case, database type)`.
    #[serde(default = "Operations::lab_databases")]
    pub databases: Vec<(String, String)>,
    /// The database types mirrored (Install-CsMirrorDatabase) on a SQL Server, as `(computer in
    /// lower case, database type, whether the mirror is the principal now)`.
    #[serde(default = "Operations::lab_mirrors")]
    pub mirrors: Vec<(String, String, bool)>,
    /// The Front End pool of the Central Management Server, once Move-CsManagementServer moved
    /// it from the first one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub management_pool: Option<String>,
    /// The Kerberos web authentication accounts of Active Directory.
    #[serde(default = "KerberosAccount::lab")]
    pub kerberos_accounts: Vec<KerberosAccount>,
}

/// A computer account that a site's web servers use for Kerberos authentication: its name
/// (`DOMAIN\name`), its container, the generation of its password, and the generation each
/// web server was given (Set-CsKerberosAccountPassword).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KerberosAccount {
    pub account: String,
    pub container: String,
    pub password: u32,
    pub configured: Vec<(String, u32)>,
}

impl KerberosAccount {
    /// The lab's: the account the Redmond site is assigned, set on its web servers, and
    /// kerberostest, created and not assigned yet.
    fn lab() -> Vec<KerberosAccount> {
        vec![
            KerberosAccount {
                account: "LITWAREINC\\KerberosAccount".into(),
                container: "CN=Computers,DC=litwareinc,DC=com".into(),
                password: 1,
                configured: [
                    "atl-cs-001.litwareinc.com",
                    "redmond.litwareinc.com",
                    "atl-cs-002.litwareinc.com",
                    "pool0.litwareinc.com",
                    "atl-rgs-001.litwareinc.com",
                ]
                .iter()
                .map(|c| (c.to_string(), 1))
                .collect(),
            },
            KerberosAccount {
                account: "LITWAREINC\\kerberostest".into(),
                container: "CN=Computers,DC=litwareinc,DC=com".into(),
                password: 1,
                configured: Vec::new(),
            },
        ]
    }
}

/// A certificate a computer holds (`computer` empty: a global certificate, such as the
/// OAuth token issuer's). Dates are in the round-trip format, on the lab clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub computer: String,
    pub thumbprint: String,
    pub serial_number: String,
    pub issuer: String,
    pub subject: String,
    pub alternative_names: Vec<String>,
    pub not_before: String,
    pub not_after: String,
    /// The uses Lync assigned it (Set-CsCertificate); none while it only sits in the store.
    pub uses: Vec<String>,
    /// The thumbprint of the certificate it replaced, for each use it took over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous: Vec<(String, String)>,
}

/// The issuer of the certificates the lab's enterprise CA signs.
pub const LAB_CA: &str = "CN=LitwareInc-CA, DC=litwareinc, DC=com";

impl Certificate {
    /// The lab's certificates: the Front End computers' for their web services, the Edge
    /// pools' for their internal and external interfaces, and the global OAuth token issuer's.
    fn lab() -> Vec<Certificate> {
        let cert = |computer: &str,
                    thumbprint: &str,
                    serial: &str,
                    subject: &str,
                    names: &[&str],
                    uses: &[&str]| Certificate {
            computer: computer.into(),
            thumbprint: thumbprint.into(),
            serial_number: serial.into(),
            issuer: LAB_CA.into(),
            subject: format!("CN={subject}"),
            alternative_names: names.iter().map(|n| n.to_string()).collect(),
            not_before: "2025-01-15T09:00:00.0000000".into(),
            not_after: "2045-01-15T09:00:00.0000000".into(),
            uses: uses.iter().map(|u| u.to_string()).collect(),
            previous: Vec::new(),
        };
        let front_end = |computer: &str, thumbprint: &str, serial: &str| {
            cert(
                computer,
                thumbprint,
                serial,
                computer,
                &["sip.litwareinc.com", computer],
                &["Default", "WebServicesInternal", "WebServicesExternal"],
            )
        };
        let fe = "atl-cs-001.litwareinc.com";
        let edges = [
            (
                "atl-edge-001.litwareinc.com",
                [
                    "5A2B6E0D7C11F3A4B98D0E61C2F47A93D1E8B604",
                    "13FBD300000000000009",
                ],
                [
                    "0C7E4F19A8B26D35E1F09C4B7A62D8E53F1A9C27",
                    "13FBD30000000000000A",
                ],
            ),
            (
                "atl-edge-011.litwareinc.com",
                [
                    "2F90C6E41B7D53A8E0C19F64D2B83A75C1E06B48",
                    "13FBD300000000000011",
                ],
                [
                    "D85A17E3C20F49B6A7E31D08C5F92B64E7A13C05",
                    "13FBD300000000000012",
                ],
            ),
        ];
        let mut out = vec![
            cert(
                fe,
                "B142918E463981A76503828BB1278391B716280987B",
                "13FBD300000000000007",
                fe,
                &[
                    "sip.litwareinc.com",
                    fe,
                    "csweb.litwareinc.com",
                    "meet.litwareinc.com",
                    "dialin.litwareinc.com",
                ],
                &["Default", "WebServicesInternal", "WebServicesExternal"],
            ),
            front_end(
                "redmond.litwareinc.com",
                "3E91C04B7D2A58F6E13B9C0A4D7F2E685B1C9A30",
                "13FBD30000000000000B",
            ),
            front_end(
                "atl-cs-002.litwareinc.com",
                "C7A31E58B09D4F26E8B15A3D90C6F7E2148BD05A",
                "13FBD30000000000000E",
            ),
            front_end(
                "dublin-cs-001.litwareinc.com",
                "9D04A7E2C61B3F58D2E90A7C4B1F63E8A05D72C9",
                "13FBD30000000000000C",
            ),
            front_end(
                "atl-dir-001.litwareinc.com",
                "61F8B2D09C4E7A35B0D6E1F92C8A47B3E5D0196F",
                "13FBD30000000000000D",
            ),
        ];
        // The two Edge pools hold the same kinds of certificate, for their internal and
        // external interfaces.
        let edge_certificates = |(edge, internal, external): (&str, [&str; 2], [&str; 2])| {
            [
                cert(edge, internal[0], internal[1], edge, &[edge], &["Internal"]),
                cert(
                    edge,
                    external[0],
                    external[1],
                    "sip.litwareinc.com",
                    &[
                        "sip.litwareinc.com",
                        "accessproxy.litwareinc.com",
                        "webcon.litwareinc.com",
                        "av.litwareinc.com",
                    ],
                    &[
                        "AccessEdgeExternal",
                        "DataEdgeExternal",
                        "AudioVideoAuthentication",
                    ],
                ),
            ]
        };
        let [first_edge, second_edge] = edges;
        out.extend(edge_certificates(first_edge));
        out.push(cert(
            "",
            "B326E2B5CCF8B1A3E3526B8620C157C151278595",
            "13FCA7E4000000000008",
            "litwareinc.com",
            &[],
            &["OAuthTokenIssuer"],
        ));
        // Added with the pools the reference's examples name (session format 5's lab).
        out.extend([
            front_end(
                "pool0.litwareinc.com",
                "A4D19C72E05B38F16C2D9E47B1A03F58E62C7D90",
                "13FBD30000000000000F",
            ),
            front_end(
                "atl-rgs-001.litwareinc.com",
                "7E3B05C91D48A2F6B09E1C53D7A84F2610BC95E3",
                "13FBD300000000000010",
            ),
        ]);
        out.extend(edge_certificates(second_edge));
        out
    }
}

/// A logging scenario running on a pool: since when (the lab clock, round-trip format) and
/// for how many minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClsRun {
    pub pool: String,
    pub scenario: String,
    pub started: String,
    pub minutes: i64,
}

impl Default for Operations {
    fn default() -> Operations {
        Operations::lab()
    }
}

impl Operations {
    /// The lab's: the conference directories its Front End pools were given at install (1 to 3
    /// and 13 on atl-cs-001, 4 on redmond), nothing granted beyond domain preparation, every
    /// database online, no pool failed over.
    pub fn lab() -> Operations {
        Operations {
            ou_permissions: Vec::new(),
            setup_permissions: Vec::new(),
            conference_directories: Operations::lab_directories(),
            offline_user_databases: Vec::new(),
            failed_over: Vec::new(),
            cls_runs: Vec::new(),
            cls_always_off: Vec::new(),
            certificates: Certificate::lab(),
            databases: Operations::lab_databases(),
            mirrors: Operations::lab_mirrors(),
            management_pool: None,
            kerberos_accounts: KerberosAccount::lab(),
        }
    }

    /// The databases of a fresh lab: the SQL Server's (the Central Management store, user,
    /// archiving, monitoring and Persistent Chat), the second SQL Server's monitoring database
    /// and each Front End computer's local ones.
    fn lab_databases() -> Vec<(String, String)> {
        let sql = "atl-sql-001.litwareinc.com";
        let mut out: Vec<(String, String)> = [
            "CentralMgmt",
            "User",
            "Archiving",
            "Monitoring",
            "PersistentChat",
        ]
        .iter()
        .map(|kind| (sql.to_string(), kind.to_string()))
        .collect();
        out.push(("atl-sql-002.litwareinc.com".into(), "Monitoring".into()));
        for computer in [
            "atl-cs-001.litwareinc.com",
            "redmond.litwareinc.com",
            "atl-cs-002.litwareinc.com",
            "dublin-cs-001.litwareinc.com",
            "pool0.litwareinc.com",
            "atl-rgs-001.litwareinc.com",
        ] {
            for kind in ["Lyss", "Registrar", "CentralAdmin"] {
                out.push((computer.to_string(), kind.to_string()));
            }
        }
        out
    }

    /// The back end's user databases and Central Management store are mirrored, the primary
    /// being the principal.
    fn lab_mirrors() -> Vec<(String, String, bool)> {
        ["User", "CentralMgmt"]
            .iter()
            .map(|kind| {
                (
                    "atl-sql-001.litwareinc.com".to_string(),
                    kind.to_string(),
                    false,
                )
            })
            .collect()
    }

    fn lab_directories() -> Vec<(u32, String)> {
        vec![
            (1, "atl-cs-001.litwareinc.com".into()),
            (2, "atl-cs-001.litwareinc.com".into()),
            (3, "atl-cs-001.litwareinc.com".into()),
            (4, "redmond.litwareinc.com".into()),
            (13, "atl-cs-001.litwareinc.com".into()),
        ]
    }

    /// The backup pool `pool` is failed over to, if it is.
    pub fn failed_over_to(&self, pool: &str) -> Option<&str> {
        self.failed_over
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(pool))
            .map(|(_, backup)| backup.as_str())
    }
}
