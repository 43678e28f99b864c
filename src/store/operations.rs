//! Operational state of the lab deployment that no configuration record holds: the Active
//! Directory permissions granted to Lync's groups, the conference directories, the user
//! databases taken offline, the pools failed over to their backups, and the logging
//! scenarios running.

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
    #[serde(default)]
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
    /// The lab's: the conference directories its Front End pools were given at install
    /// (1 to 3 on atl-cs-001, 4 on redmond), nothing granted beyond domain preparation, every
    /// database online, no pool failed over.
    pub fn lab() -> Operations {
        Operations {
            ou_permissions: Vec::new(),
            setup_permissions: Vec::new(),
            conference_directories: vec![
                (1, "atl-cs-001.litwareinc.com".into()),
                (2, "atl-cs-001.litwareinc.com".into()),
                (3, "atl-cs-001.litwareinc.com".into()),
                (4, "redmond.litwareinc.com".into()),
            ],
            offline_user_databases: Vec::new(),
            failed_over: Vec::new(),
            cls_runs: Vec::new(),
            cls_always_off: Vec::new(),
        }
    }

    /// The backup pool `pool` is failed over to, if it is.
    pub fn failed_over_to(&self, pool: &str) -> Option<&str> {
        self.failed_over
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(pool))
            .map(|(_, backup)| backup.as_str())
    }
}
