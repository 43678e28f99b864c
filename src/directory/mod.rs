//! The lab directory: Active Directory as Lync Server sees it. Each user has the generic AD
//! attributes (names, department, title, OU) and the Lync ones (SIP address, home pool,
//! Enterprise Voice, the per-user policies granted). Users are found by every identity form
//! the user cmdlets take, through indexes, so that a directory of 100,000 users answers a
//! lookup in microseconds.

pub mod filter;
mod key_index;
mod lab;
pub mod ldap;
mod policies;

pub use policies::Policies;

use crate::wildcard::wildcard_match;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::rc::Rc;

/// The domain the lab's accounts belong to.
pub const DOMAIN: &str = "litwareinc.com";
/// Its NetBIOS name, as `domain\account` identities write it.
pub const NETBIOS: &str = "LITWAREINC";
/// Its distinguished name.
pub const DOMAIN_DN: &str = "DC=litwareinc,DC=com";

/// A per-user policy: the user property that shows it and the family whose `tag:` records
/// can be granted.
pub struct PolicyKind {
    pub property: &'static str,
    pub family: &'static str,
    /// The name Get-CsEffectivePolicy gives the property.
    pub effective: &'static str,
}

/// The per-user policies of Lync Server 2013, in the order a user prints them.
pub const POLICY_KINDS: [PolicyKind; 15] = [
    policy("VoicePolicy", "CsVoicePolicy"),
    policy("VoiceRoutingPolicy", "CsVoiceRoutingPolicy"),
    policy("ConferencingPolicy", "CsConferencingPolicy"),
    policy("PresencePolicy", "CsPresencePolicy"),
    PolicyKind {
        property: "DialPlan",
        family: "CsDialPlan",
        effective: "LocationProfile",
    },
    policy("LocationPolicy", "CsLocationPolicy"),
    policy("ClientPolicy", "CsClientPolicy"),
    policy("ClientVersionPolicy", "CsClientVersionPolicy"),
    policy("ArchivingPolicy", "CsArchivingPolicy"),
    policy("PinPolicy", "CsPinPolicy"),
    policy("ExternalAccessPolicy", "CsExternalAccessPolicy"),
    policy("MobilityPolicy", "CsMobilityPolicy"),
    policy("PersistentChatPolicy", "CsPersistentChatPolicy"),
    policy("UserServicesPolicy", "CsUserServicesPolicy"),
    policy("HostedVoicemailPolicy", "CsHostedVoicemailPolicy"),
];

const fn policy(property: &'static str, family: &'static str) -> PolicyKind {
    PolicyKind {
        property,
        family,
        effective: property,
    }
}

/// The index in [`POLICY_KINDS`] of the policy a user property shows.
pub fn policy_index(property: &str) -> Option<usize> {
    POLICY_KINDS
        .iter()
        .position(|k| k.property.eq_ignore_ascii_case(property))
}

/// The policy kind a Grant cmdlet assigns (`Grant-CsConferencingPolicy` gives the position of
/// ConferencingPolicy in [`POLICY_KINDS`]).
pub fn kind_granted_by(cmdlet: &str) -> Option<usize> {
    policy_index(cmdlet.strip_prefix("Grant-Cs")?)
}

/// What a directory entry is to Lync: a person, a room account enabled as a meeting room, or
/// one of the contact objects Lync creates for devices and Exchange UM.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountKind {
    #[default]
    Person,
    MeetingRoom,
    CommonAreaPhone,
    AnalogDevice,
    ExUmContact,
}

impl AccountKind {
    /// Whether the entry is a contact object, not a user account (Get-CsAdUser leaves these
    /// out).
    pub fn is_contact(self) -> bool {
        matches!(
            self,
            AccountKind::CommonAreaPhone | AccountKind::AnalogDevice | AccountKind::ExUmContact
        )
    }

    fn is_person(&self) -> bool {
        *self == AccountKind::Person
    }
}

/// A user's dial-in PIN as the PIN service keeps it: never the PIN itself, only its state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PinState {
    pub locked: bool,
    /// When the PIN was last set, in ticks of the lab's clock.
    pub changed: i64,
}

/// A client certificate Lync issued to a user's phone (PIN sign-in), with its serial number and
/// its dates in ticks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientCertificate {
    pub serial_number: String,
    pub published: i64,
    pub expires: i64,
}

/// An audio conferencing provider assigned to a user (Set-CsUserAcp).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Acp {
    pub name: String,
    pub domain: String,
    pub toll_number: String,
    pub toll_free_numbers: Vec<String>,
    pub participant_passcode: String,
    pub url: String,
    pub is_default: bool,
}

/// One account of the directory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct User {
    #[serde(skip_serializing_if = "AccountKind::is_person")]
    pub kind: AccountKind,
    /// The common name, when it is not the display name: Lync names the contacts it creates
    /// with a GUID (`CN={ce84964a-...}`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub common_name: String,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub sam_account_name: String,
    pub user_principal_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub department: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub office: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub city: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub company: String,
    /// The distinguished name of the OU or container that holds the account.
    pub ou: String,
    /// True: enabled for Lync; False: enabled, then turned off with `Set-CsUser -Enabled
    /// $False` (its settings kept); None: never enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `sip:...`, or empty for an account without one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sip_address: String,
    /// The home Registrar pool; empty for an unassigned user.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub registrar_pool: String,
    #[serde(skip_serializing_if = "is_false")]
    pub enterprise_voice_enabled: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub line_uri: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub line_server_uri: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub private_line: String,
    #[serde(skip_serializing_if = "is_false")]
    pub audio_video_disabled: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub remote_call_control_telephony_enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hosted_voice_mail: Option<bool>,
    /// One of ExchangeArchivingPolicyOptionsEnum's names.
    #[serde(skip_serializing_if = "is_uninitialized")]
    pub exchange_archiving_policy: String,
    /// The names of the per-user policies granted, by [`POLICY_KINDS`] position.
    #[serde(skip_serializing_if = "Policies::is_empty")]
    pub policies: Policies,
    /// A contact's description and the number its phone shows.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub display_number: String,
    /// An analog device's PSTN gateway (FQDN or IP address).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub gateway: String,
    #[serde(skip_serializing_if = "is_false")]
    pub analog_fax: bool,
    /// An Exchange UM contact that is an auto attendant (not subscriber access).
    #[serde(skip_serializing_if = "is_false")]
    pub auto_attendant: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin: Option<PinState>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acp: Vec<Acp>,
    /// The RBAC roles (Cs* security groups) the account belongs to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub admin_roles: Vec<String>,
    /// The account name stored with Set-CsTestUserCredential for synthetic transactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_credential: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub client_certificates: Vec<ClientCertificate>,
}

fn is_false(b: &bool) -> bool {
    !b
}

fn is_uninitialized(s: &String) -> bool {
    s.is_empty() || s == "Uninitialized"
}

impl User {
    /// The account's distinguished name, which Lync shows as its Identity.
    pub fn distinguished_name(&self) -> String {
        let name = if self.common_name.is_empty() {
            &self.display_name
        } else {
            &self.common_name
        };
        let mut dn = String::with_capacity(4 + name.len() + self.ou.len());
        dn.push_str("CN=");
        dn.push_str(name);
        dn.push(',');
        dn.push_str(&self.ou);
        dn
    }

    /// Whether the account has Lync attributes (Get-CsUser lists only these).
    pub fn is_lync_user(&self) -> bool {
        !self.sip_address.is_empty()
    }

    /// Clears every Lync attribute, as Disable-CsUser does; a meeting room becomes a plain
    /// account again.
    pub fn clear_lync(&mut self) {
        let keep = User {
            common_name: std::mem::take(&mut self.common_name),
            display_name: std::mem::take(&mut self.display_name),
            first_name: std::mem::take(&mut self.first_name),
            last_name: std::mem::take(&mut self.last_name),
            sam_account_name: std::mem::take(&mut self.sam_account_name),
            user_principal_name: std::mem::take(&mut self.user_principal_name),
            email: std::mem::take(&mut self.email),
            department: std::mem::take(&mut self.department),
            title: std::mem::take(&mut self.title),
            office: std::mem::take(&mut self.office),
            phone: std::mem::take(&mut self.phone),
            city: std::mem::take(&mut self.city),
            company: std::mem::take(&mut self.company),
            ou: std::mem::take(&mut self.ou),
            admin_roles: std::mem::take(&mut self.admin_roles),
            ..User::default()
        };
        *self = keep;
    }
}

/// What an identity finds.
pub enum Found {
    Users(Vec<usize>),
    /// A form the user cmdlets do not take (a bare account name).
    NotAnIdentity,
}

/// The directory: its users and the indexes that find them, shared between copies of a
/// session until one of them changes (a copy costs a pointer, not 100,000 users: the prompt
/// keeps one for completion while the engine holds the other).
#[derive(Clone, Debug, Default)]
pub struct Directory {
    held: Rc<Held>,
}

#[derive(Clone, Debug, Default)]
struct Held {
    users: Vec<User>,
    by_key: key_index::KeyIndex,
    by_display_name: HashMap<String, Vec<usize>>,
}

impl PartialEq for Directory {
    /// The indexes follow from the users.
    fn eq(&self, other: &Directory) -> bool {
        Rc::ptr_eq(&self.held, &other.held) || self.held.users == other.held.users
    }
}

impl Directory {
    /// The lab's directory of litwareinc.com.
    pub fn lab() -> Directory {
        Directory::from_users(lab::users())
    }

    pub fn from_users(mut users: Vec<User>) -> Directory {
        // A list read from a session file grew by doubling; 100,000 users would keep room for
        // 31,000 more (30 MB) that a script may never add.
        users.shrink_to_fit();
        let mut held = Held {
            users,
            ..Held::default()
        };
        held.reindex();
        Directory {
            held: Rc::new(held),
        }
    }

    pub fn users(&self) -> &[User] {
        &self.held.users
    }

    pub fn user(&self, at: usize) -> &User {
        &self.held.users[at]
    }

    pub fn len(&self) -> usize {
        self.held.users.len()
    }

    pub fn is_empty(&self) -> bool {
        self.held.users.is_empty()
    }

    /// Adds an account.
    pub fn add(&mut self, user: User) {
        Rc::make_mut(&mut self.held).add(user);
    }

    /// Changes the account at `at`; the indexes follow.
    pub fn update(&mut self, at: usize, change: impl FnOnce(&mut User)) {
        Rc::make_mut(&mut self.held).update(at, change);
    }

    /// Removes the accounts at `positions`.
    pub fn remove(&mut self, positions: &[usize]) {
        Rc::make_mut(&mut self.held).remove(positions);
    }

    /// How many users hold the per-user policy `name` of the kind at `kind`.
    pub fn holders_of(&self, kind: usize, name: &str) -> usize {
        self.held
            .users
            .iter()
            .filter(|u| {
                u.policies
                    .get(kind)
                    .is_some_and(|p| p.eq_ignore_ascii_case(name))
            })
            .count()
    }

    /// Takes the per-user policy `name` of the kind at `kind` away from every user holding it.
    pub fn clear_policy(&mut self, kind: usize, name: &str) {
        Rc::make_mut(&mut self.held).clear_policy(kind, name);
    }

    /// The account holding a SIP address, UPN or `domain\account` (case ignored).
    pub fn by_key(&self, key: &str) -> Option<usize> {
        let users = &self.held.users;
        self.held.by_key.get(&key.to_ascii_lowercase(), |at, key| {
            Held::holds(users, at, key)
        })
    }

    /// The accounts an identity names, in directory order: a SIP address (`sip:`), a user
    /// principal name, `domain\account`, a distinguished name, or a display name, which may
    /// hold `*` wildcards.
    pub fn find(&self, typed: &str) -> Found {
        let typed = typed.trim();
        let lower = typed.to_ascii_lowercase();
        if lower.starts_with("sip:") || typed.contains('@') || typed.contains('\\') {
            return Found::Users(self.by_key(&lower).into_iter().collect());
        }
        if lower.starts_with("cn=") && typed.contains(',') {
            return Found::Users(self.by_key(&lower).into_iter().collect());
        }
        if typed.contains(['*', '?']) {
            return Found::Users(
                (0..self.held.users.len())
                    .filter(|&i| wildcard_match(typed, &self.held.users[i].display_name, false))
                    .collect(),
            );
        }
        match self.held.by_display_name.get(&lower) {
            Some(found) => {
                let mut found = found.clone();
                found.sort_unstable();
                Found::Users(found)
            }
            None if !typed.contains(' ') && !typed.is_empty() => Found::NotAnIdentity,
            None => Found::Users(Vec::new()),
        }
    }

    /// The accounts in `ou` or below it (a distinguished name, case ignored).
    pub fn in_ou(&self, ou: &str) -> Vec<usize> {
        let wanted = normalize_dn(ou);
        (0..self.held.users.len())
            .filter(|&i| {
                let held = normalize_dn(&self.held.users[i].ou);
                held == wanted || held.ends_with(&format!(",{wanted}"))
            })
            .collect()
    }
}

impl Held {
    fn keys(user: &User) -> impl Iterator<Item = String> + '_ {
        let sip = (!user.sip_address.is_empty()).then(|| user.sip_address.to_ascii_lowercase());
        let upn = (!user.user_principal_name.is_empty())
            .then(|| user.user_principal_name.to_ascii_lowercase());
        let account = format!("{}\\{}", NETBIOS, user.sam_account_name).to_ascii_lowercase();
        [
            sip,
            upn,
            Some(account),
            Some(user.distinguished_name().to_ascii_lowercase()),
        ]
        .into_iter()
        .flatten()
    }

    /// Whether the account at `at` has `key` (lower case) among its keys.
    fn holds(users: &[User], at: usize, key: &str) -> bool {
        users
            .get(at)
            .is_some_and(|user| Held::keys(user).any(|k| k == key))
    }

    fn index(&mut self, at: usize) {
        let user = &self.users[at];
        let keys: Vec<String> = Held::keys(user).collect();
        let name = user.display_name.to_ascii_lowercase();
        let users = &self.users;
        for key in keys {
            self.by_key
                .insert(&key, at, |other, key| Held::holds(users, other, key));
        }
        self.by_display_name.entry(name).or_default().push(at);
    }

    fn reindex(&mut self) {
        self.by_key.clear();
        self.by_display_name.clear();
        for at in 0..self.users.len() {
            self.index(at);
        }
    }

    /// Adds an account.
    fn add(&mut self, user: User) {
        self.users.push(user);
        self.index(self.users.len() - 1);
    }

    /// Changes the account at `at`; the indexes follow.
    fn update(&mut self, at: usize, change: impl FnOnce(&mut User)) {
        let before: Vec<String> = Held::keys(&self.users[at]).collect();
        let name_before = self.users[at].display_name.to_ascii_lowercase();
        change(&mut self.users[at]);
        let after: Vec<String> = Held::keys(&self.users[at]).collect();
        let name_after = self.users[at].display_name.to_ascii_lowercase();
        if before == after && name_before == name_after {
            return;
        }
        for key in before {
            self.by_key.remove(&key, at);
        }
        if let Some(list) = self.by_display_name.get_mut(&name_before) {
            list.retain(|&i| i != at);
        }
        self.index(at);
    }

    /// Removes the accounts at `positions`.
    fn remove(&mut self, positions: &[usize]) {
        let gone: std::collections::HashSet<usize> = positions.iter().copied().collect();
        let mut at = 0;
        self.users.retain(|_| {
            at += 1;
            !gone.contains(&(at - 1))
        });
        self.reindex();
    }

    /// Takes the per-user policy `name` of the kind at `kind` away from every user holding it.
    fn clear_policy(&mut self, kind: usize, name: &str) {
        for user in &mut self.users {
            if user
                .policies
                .get(kind)
                .is_some_and(|p| p.eq_ignore_ascii_case(name))
            {
                user.policies.set(kind, None);
            }
        }
    }
}

/// A GUID made from `seed`, the same for the same seed (FNV-1a, twice), so that the contacts
/// a script creates get the same identities on every run.
pub fn guid_from(seed: &str) -> String {
    guid_with(seed, 0x8422_2325_cbf2_9ce4)
}

/// A GUID in the version-4 layout made from `seed` by two FNV-1a hashes: one from the usual
/// offset basis, one from `second_basis`. Each kind of identity keeps its own second basis so
/// that the identities it has always produced stay the same.
pub fn guid_with(seed: &str, second_basis: u64) -> String {
    let hash = |basis: u64| {
        seed.bytes().fold(basis, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let (high, low) = (hash(0xcbf2_9ce4_8422_2325), hash(second_basis));
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xfff,
        0x8000 | ((low >> 48) & 0x3fff),
        low & 0xffff_ffff_ffff
    )
}

/// A distinguished name as the directory writes it: no spaces around the parts, and their
/// keys in capitals (`ou=Sales, dc=litwareinc` is `OU=Sales,DC=litwareinc`).
pub fn canonical_dn(dn: &str) -> String {
    dn.split(',')
        .map(|part| match part.trim().split_once('=') {
            Some((key, value)) => format!("{}={}", key.trim().to_ascii_uppercase(), value.trim()),
            None => part.trim().to_string(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A distinguished name compared without case or spaces after commas.
pub fn normalize_dn(dn: &str) -> String {
    dn.split(',')
        .map(|part| part.trim().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn users(directory: &Directory, typed: &str) -> Vec<String> {
        match directory.find(typed) {
            Found::Users(found) => found
                .iter()
                .map(|&i| directory.user(i).display_name.clone())
                .collect(),
            Found::NotAnIdentity => vec!["<not an identity>".into()],
        }
    }

    #[test]
    fn every_identity_form_finds_ken_myer() {
        let directory = Directory::lab();
        for typed in [
            "Ken Myer",
            "ken myer",
            "sip:kenmyer@litwareinc.com",
            "kenmyer@litwareinc.com",
            "litwareinc\\kenmyer",
            "CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com",
        ] {
            assert_eq!(users(&directory, typed), ["Ken Myer"], "{typed}");
        }
        assert_eq!(users(&directory, "kenmyer"), ["<not an identity>"]);
        assert!(users(&directory, "Pilar*").contains(&"Pilar Ackerman".to_string()));
    }

    #[test]
    fn changes_keep_the_indexes_true() {
        let mut directory = Directory::lab();
        let Found::Users(found) = directory.find("Ken Myer") else {
            panic!()
        };
        directory.update(found[0], |u| {
            u.sip_address = "sip:ken@litwareinc.com".into()
        });
        assert_eq!(users(&directory, "sip:ken@litwareinc.com"), ["Ken Myer"]);
        assert!(users(&directory, "sip:kenmyer@litwareinc.com").is_empty());
        directory.remove(&found);
        assert!(users(&directory, "Ken Myer").is_empty());
        assert!(users(&directory, "sip:ken@litwareinc.com").is_empty());
    }

    #[test]
    fn an_ou_holds_its_child_ous() {
        let directory = Directory::lab();
        let finance = directory.in_ou("ou=North America,dc=litwareinc,dc=com");
        assert!(finance
            .iter()
            .any(|&i| directory.user(i).department == "Finance"));
    }
}
