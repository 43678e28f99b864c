//! The lab's users: the people the reference's examples name (Ken Myer, Pilar Ackerman, Aidan
//! Delaney...) and more in the same style, in the OUs and departments the examples use. Some
//! are enabled for Lync on atl-cs-001.litwareinc.com, one was turned off with
//! `Set-CsUser -Enabled $False`, and some were never enabled. Nobody holds a policy of their
//! own yet: the reference's Remove examples remove per-user policies as if nobody held them,
//! which the real cmdlets would otherwise question.

use super::{AccountKind, ClientCertificate, User, DOMAIN, DOMAIN_DN};
use crate::datetime::{DateTime, Parts};

const POOL: &str = "atl-cs-001.litwareinc.com";

/// Where an account lives.
#[derive(Clone, Copy)]
enum Ou {
    Redmond,
    Finance,
    Sales,
    It,
    Dublin,
    Users,
    Telecommunications,
    MeetingRooms,
    ExUmContacts,
}

impl Ou {
    fn dn(self) -> String {
        let path = match self {
            Ou::Redmond => "OU=Redmond",
            Ou::Finance => "OU=Finance,OU=North America",
            Ou::Sales => "OU=Sales,OU=North America",
            Ou::It => "OU=IT,OU=North America",
            Ou::Dublin => "OU=Dublin",
            Ou::Users => "CN=Users",
            Ou::Telecommunications => "OU=Telecommunications",
            Ou::MeetingRooms => "OU=MeetingRooms",
            Ou::ExUmContacts => "OU=ExUmContacts",
        };
        format!("{path},{DOMAIN_DN}")
    }
}

/// Lync state: enabled (True), turned off (False) or never enabled (None).
#[derive(Clone, Copy)]
enum Lync {
    On,
    Off,
    Never,
}

/// One row: display name, account, OU, department, title, city, SIP address's user part, Lync
/// state, Enterprise Voice line (empty: none).
type Row = (
    &'static str,
    &'static str,
    Ou,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Lync,
    &'static str,
);

#[rustfmt::skip]
const ROWS: &[Row] = &[
    ("Ken Myer", "kenmyer", Ou::Redmond, "IT", "Manager", "Redmond", "kenmyer", Lync::On, "tel:+14255551297;ext=51297"),
    ("Pilar Ackerman", "pilar", Ou::Finance, "Finance", "Accountant", "Redmond", "pilar", Lync::Off, ""),
    ("Aidan Delaney", "aidan", Ou::Redmond, "IT", "Supervisor", "Redmond", "aidan", Lync::On, ""),
    ("David Longmire", "davidlongmire", Ou::Redmond, "Sales", "Sales Representative", "Redmond", "davidlongmire", Lync::On, ""),
    ("Chrystal Velasquez", "chrystal", Ou::Sales, "Sales", "Manager", "Redmond", "chrystal", Lync::On, ""),
    ("Bob Kelly", "bobkelly", Ou::Users, "Sales", "Sales Representative", "Tokyo", "bobkelly", Lync::On, ""),
    ("David Pelton", "davidpelton", Ou::It, "IT", "Supervisor", "Redmond", "davidpelton", Lync::On, ""),
    ("Hao Chen", "haochen", Ou::Sales, "Sales", "Sales Representative", "Redmond", "haochen", Lync::On, ""),
    ("Katie Jordan", "katiejordan", Ou::Sales, "Sales", "Sales Representative", "Redmond", "katiejordan", Lync::On, "tel:+14255550150"),
    ("Sara Davis", "saradavis", Ou::It, "IT", "Manager", "Redmond", "saradavis", Lync::On, ""),
    ("David Ahs", "davidahs", Ou::Finance, "Finance", "Senior Accountant", "Redmond", "david.ahs", Lync::On, ""),
    ("Henrik Jensen", "henrikjensen", Ou::Dublin, "Human Resources", "Manager", "Dublin", "henrik.jensen", Lync::On, ""),
    ("Gilead Amosnino", "gilead", Ou::Dublin, "Accounting", "Accountant", "Dublin", "gilead.amosnino", Lync::On, ""),
    ("April Reagan", "aprilreagan", Ou::Finance, "Finance", "Accountant", "Redmond", "", Lync::Never, ""),
    ("Jonathan Haas", "jhaas", Ou::Redmond, "IT", "Supervisor", "Redmond", "jhaas", Lync::On, "tel:+14255550199"),
    ("Kazuto Sato", "kazuto", Ou::Users, "Sales", "Sales Representative", "Tokyo", "kazuto", Lync::On, ""),
    ("Jeremy Los", "jeremylos", Ou::Users, "IT", "Supervisor", "Redmond", "jeremylos", Lync::On, ""),
    ("Mary Baker", "marybaker", Ou::Finance, "Finance", "Manager", "Redmond", "marybaker", Lync::On, ""),
    ("Tom Harris", "tomharris", Ou::Finance, "Finance", "Accountant", "Redmond", "", Lync::Never, ""),
    ("Lena Fischer", "lenafischer", Ou::Finance, "Finance", "Senior Accountant", "Redmond", "", Lync::Never, ""),
    ("Omar Haddad", "omarhaddad", Ou::Finance, "Finance", "Accountant", "Redmond", "", Lync::Never, ""),
    ("Grace Liu", "graceliu", Ou::Finance, "Finance", "Supervisor", "Redmond", "", Lync::Never, ""),
    ("Ravi Kumar", "ravikumar", Ou::It, "IT", "Supervisor", "Redmond", "ravikumar", Lync::On, "tel:+14255550123"),
    ("Elena Petrova", "elenapetrova", Ou::It, "IT", "Manager", "Redmond", "elenapetrova", Lync::On, ""),
    ("Marcus Green", "marcusgreen", Ou::Sales, "Sales", "Sales Representative", "Redmond", "marcusgreen", Lync::On, ""),
    ("Nina Rossi", "ninarossi", Ou::Sales, "Sales", "Sales Representative", "Redmond", "ninarossi", Lync::On, ""),
    ("Sean O'Brien", "seanobrien", Ou::Dublin, "Sales", "Manager", "Dublin", "seanobrien", Lync::On, ""),
    ("Aoife Byrne", "aoifebyrne", Ou::Dublin, "Human Resources", "Supervisor", "Dublin", "aoifebyrne", Lync::On, ""),
    ("Ciaran Walsh", "ciaranwalsh", Ou::Dublin, "Accounting", "Accountant", "Dublin", "", Lync::Never, ""),
    ("Peter Novak", "peternovak", Ou::Redmond, "Human Resources", "Manager", "Redmond", "peternovak", Lync::On, ""),
    ("Julia Santos", "juliasantos", Ou::Redmond, "Human Resources", "Supervisor", "Redmond", "juliasantos", Lync::On, ""),
    ("Victor Lindqvist", "victorlindqvist", Ou::It, "IT", "Supervisor", "Redmond", "", Lync::Never, ""),
];

/// One device, contact or room: kind, the contact's common name (empty: its display name) or
/// the room's account name, display name, OU, SIP address, line URI, display number, gateway,
/// analog fax, auto attendant.
type DeviceRow = (
    AccountKind,
    &'static str,
    &'static str,
    Ou,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
    bool,
);

/// The common-area phone users.md lists, analog devices behind the lab's gateway, Exchange UM
/// contacts of a hosted Exchange in fabrikam.com, and meeting rooms.
#[rustfmt::skip]
const DEVICES: &[DeviceRow] = &[
    (AccountKind::CommonAreaPhone, "", "Building 14 Lobby", Ou::Redmond, "sip:4714e34b-9781-421d-b07a-52056b5b4a56@litwareinc.com", "tel:+14255550712", "1-425-555-0712", "", false, false),
    (AccountKind::CommonAreaPhone, "{2b1e7c55-0f3a-4d2e-9a41-6c8d05e3b7f1}", "Building 31 Cafeteria", Ou::Telecommunications, "sip:2b1e7c55-0f3a-4d2e-9a41-6c8d05e3b7f1@litwareinc.com", "tel:+14255551234", "1-425-555-1234", "", false, false),
    (AccountKind::AnalogDevice, "{ce84964a-c4da-4622-ad34-c54ff3ed361f}", "Building 14 Receptionist", Ou::Redmond, "sip:ce84964a-c4da-4622-ad34-c54ff3ed361f@litwareinc.com", "tel:+14255556001", "1-425-555-6001", "192.168.0.240", false, false),
    (AccountKind::AnalogDevice, "{7d0c2f9e-5b84-4c61-8e2a-93f1b6d4a0c8}", "Building 14, Room 142", Ou::Telecommunications, "sip:7d0c2f9e-5b84-4c61-8e2a-93f1b6d4a0c8@litwareinc.com", "tel:+14255556002", "1-425-555-6002", "192.168.0.240", true, false),
    (AccountKind::ExUmContact, "{5e9a0b13-7c2d-4f86-b1e4-0a3d8c6f2957}", "exum1", Ou::ExUmContacts, "sip:exum1@fabrikam.com", "tel:+12065559871", "2065559871", "", false, false),
    (AccountKind::ExUmContact, "{a4c81d6f-2e97-4b3a-8d05-f1c7e69b2a34}", "exumsa4", Ou::ExUmContacts, "sip:exumsa4@fabrikam.com", "tel:+12065559874", "2065559874", "", false, false),
    (AccountKind::MeetingRoom, "redmondmeetingroom", "RedmondMeetingRoom", Ou::MeetingRooms, "sip:RedmondMeetingRoom@litwareinc.com", "", "", "", false, false),
    (AccountKind::MeetingRoom, "room14", "Room 14", Ou::MeetingRooms, "sip:room14@litwareinc.com", "", "", "", false, false),
    (AccountKind::Person, "redmondroom", "Redmond Meeting room", Ou::MeetingRooms, "", "", "", "", false, false),
    (AccountKind::Person, "b31room2", "Building 31 Room 2", Ou::MeetingRooms, "", "", "", "", false, false),
];

pub fn users() -> Vec<User> {
    ROWS.iter()
        .enumerate()
        .map(|(n, row)| user(n, row))
        .chain(DEVICES.iter().map(device))
        .collect()
}

fn device(row: &DeviceRow) -> User {
    let (kind, name, display, ou, sip, line, number, gateway, fax, attendant) = *row;
    let room = matches!(kind, AccountKind::MeetingRoom | AccountKind::Person);
    let (account, common_name) = if room { (name, "") } else { ("", name) };
    User {
        kind,
        common_name: common_name.into(),
        display_name: display.into(),
        sam_account_name: account.into(),
        user_principal_name: if room {
            format!("{account}@{DOMAIN}")
        } else {
            String::new()
        },
        company: if sip.ends_with("@fabrikam.com") {
            "Fabrikam".into()
        } else {
            "Litware, Inc.".into()
        },
        ou: ou.dn(),
        enabled: (!sip.is_empty()).then_some(true),
        sip_address: sip.into(),
        registrar_pool: if sip.is_empty() {
            String::new()
        } else {
            POOL.into()
        },
        enterprise_voice_enabled: !line.is_empty(),
        line_uri: line.into(),
        display_number: number.into(),
        gateway: gateway.into(),
        analog_fax: fax,
        auto_attendant: attendant,
        ..User::default()
    }
}

fn user(n: usize, row: &Row) -> User {
    let (display, account, ou, department, title, city, sip, lync, line) = *row;
    let (first, last) = display.split_once(' ').unwrap_or((display, ""));
    let enabled = match lync {
        Lync::On => Some(true),
        Lync::Off => Some(false),
        Lync::Never => None,
    };
    let has_lync = !matches!(lync, Lync::Never);
    User {
        display_name: display.into(),
        first_name: first.into(),
        last_name: last.into(),
        sam_account_name: account.into(),
        user_principal_name: format!("{account}@{DOMAIN}"),
        email: format!("{}.{}@{DOMAIN}", first, last.replace('\'', "")),
        department: department.into(),
        title: title.into(),
        office: format!("{}/{}", if city == "Dublin" { 2 } else { 14 }, 1100 + n),
        phone: format!("+1 (425) 555-{:04}", 100 + n),
        city: city.into(),
        company: "Litware, Inc.".into(),
        ou: ou.dn(),
        enabled,
        sip_address: if has_lync {
            format!("sip:{sip}@{DOMAIN}")
        } else {
            String::new()
        },
        registrar_pool: if has_lync { POOL.into() } else { String::new() },
        enterprise_voice_enabled: !line.is_empty(),
        line_uri: line.into(),
        admin_roles: admin_roles(account),
        // The test users of the reference's synthetic transactions.
        test_credential: matches!(account, "kenmyer" | "davidlongmire")
            .then(|| format!("{}\\{account}", super::NETBIOS.to_ascii_lowercase())),
        client_certificates: client_certificates(account),
        ..User::default()
    }
}

/// The certificates the lab's phones signed in with: Ken Myer's desk phone has one, issued on
/// 15 January 2026 for 180 days.
fn client_certificates(account: &str) -> Vec<ClientCertificate> {
    if account != "kenmyer" {
        return Vec::new();
    }
    let day = |year, month, day| {
        DateTime::from_parts(Parts {
            year,
            month,
            day,
            hour: 9,
            minute: 30,
            second: 0,
            fraction: 0,
        })
        .map_or(0, |d| d.0)
    };
    vec![ClientCertificate {
        serial_number: "61d7a7e8000000000011".into(),
        published: day(2026, 1, 15),
        expires: day(2026, 7, 14),
    }]
}

/// The RBAC roles of the administrators among the lab's people.
fn admin_roles(account: &str) -> Vec<String> {
    let roles: &[&str] = match account {
        "kenmyer" => &["CsAdministrator"],
        "aidan" => &["CsVoiceAdministrator", "CsUserAdministrator"],
        "saradavis" => &["CsHelpDesk"],
        "elenapetrova" => &["CsServerAdministrator"],
        _ => &[],
    };
    roles.iter().map(|r| r.to_string()).collect()
}
