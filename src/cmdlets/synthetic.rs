//! The synthetic transactions (Test-CsRegistration, Test-CsIM, Test-CsAVConference...): each
//! is a row of [`TRANSACTIONS`] and one evaluation of the lab runs them all. A transaction
//! signs its users in on the target pool and needs Windows services to run there; some need
//! more (a conferencing policy that allows the modality, Enterprise Voice and a route for a
//! PSTN call, a PIN for phone sign-in). The result is the real TaskOutput object: TargetFqdn,
//! Result (Success or Failure), Latency, Error and Diagnosis. Latency is fixed per
//! transaction, so that tests and labs can rely on it; a failure names its cause in the lab.

use super::users::effective_record;
use super::{BuiltinFn, CmdletResult};
use crate::datetime::DateTime;
use crate::directory::User;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::session::Session;
use crate::store::Record;
use crate::value::{PsObject, TimeSpan, Value};
use std::rc::Rc;

/// The domain of the clearing house that relays Lync Mobile push notifications.
const PUSH_CLEARING_HOUSE: &str = "push.lync.com";

/// A transaction's parameters, by name, as text.
pub type Args<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The .NET type of a transaction's result.
pub const TASK_OUTPUT: &str = "Microsoft.Rtc.SyntheticTransactions.TaskOutput";

/// What else a transaction needs of the lab, beyond its users and services.
#[derive(Clone, Copy)]
enum Needs {
    Nothing,
    /// A conferencing policy property of the first user that must not be False (or None).
    Conferencing(&'static str),
    /// Users enabled for Enterprise Voice; with a -TargetPstnPhoneNumber, a route for it.
    Voice,
    /// An Exchange server of the named kind, which the lab has not.
    Exchange(&'static str),
    /// A PIN that is set and not locked.
    Pin,
    /// Federation with the domain of -Domain: allowed by the Access Edge configuration and
    /// listed among the allowed domains (or discoverable), and not blocked.
    Federation,
    /// An XMPP partner for the domain of -Receiver, and the XMPP gateway services.
    Xmpp,
    /// Persistent Chat allowed by the users' policy, an active server of the Persistent Chat
    /// pool (the site's default one, else the first) running, and a room that is not
    /// disabled (the one of -ChatRoomUri, when given).
    PersistentChat,
    /// A location policy for the subnet of -Subnet, else for the user.
    Location,
    /// Push notifications turned on and the push notification clearing house allowed.
    Push,
}

/// Which pool a transaction runs against.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    /// A Registrar pool: -TargetFqdn, else the first user's home pool.
    Registrar,
    /// An Edge pool, named (the pool or one of its computers) by the parameter given.
    Edge(&'static str),
}

/// One synthetic transaction: the cmdlet, the parameters that name its users (the first is
/// the one who starts it; those of `optional_users` take part only when given), the services
/// it needs on the pool's computers and on the Edge, and what else, and its latency in
/// milliseconds.
struct Transaction {
    cmdlet: &'static str,
    target: Target,
    users: &'static [&'static str],
    optional_users: &'static [&'static str],
    services: &'static [&'static str],
    edge: &'static [&'static str],
    /// The certificate uses the Edge's computers must have valid certificates for.
    edge_uses: &'static [&'static str],
    needs: Needs,
    latency_ms: i64,
}

const fn row(
    cmdlet: &'static str,
    users: &'static [&'static str],
    services: &'static [&'static str],
    needs: Needs,
    latency_ms: i64,
) -> Transaction {
    Transaction {
        cmdlet,
        target: Target::Registrar,
        users,
        optional_users: &[],
        services,
        edge: &[],
        edge_uses: &[],
        needs,
        latency_ms,
    }
}

const PAIR: &[&str] = &["SenderSipAddress", "ReceiverSipAddress"];
const ONE: &[&str] = &["UserSipAddress"];
const FRONT_END: &[&str] = &["RTCSRV"];

const TRANSACTIONS: &[Transaction] = &[
    row("Test-CsRegistration", ONE, FRONT_END, Needs::Nothing, 1_203),
    row("Test-CsIM", PAIR, FRONT_END, Needs::Nothing, 2_118),
    row("Test-CsMcxP2PIM", PAIR, FRONT_END, Needs::Nothing, 2_342),
    row(
        "Test-CsGroupIM",
        PAIR,
        &["RTCSRV", "RTCIMMCU"],
        Needs::Nothing,
        3_406,
    ),
    row(
        "Test-CsP2PAV",
        PAIR,
        FRONT_END,
        Needs::Conferencing("EnableP2PVideo"),
        4_512,
    ),
    row(
        "Test-CsAVConference",
        PAIR,
        &["RTCSRV", "RTCAVMCU"],
        Needs::Conferencing("AllowIPAudio"),
        5_873,
    ),
    row(
        "Test-CsASConference",
        PAIR,
        &["RTCSRV", "RTCASMCU"],
        Needs::Conferencing("EnableAppDesktopSharing"),
        5_104,
    ),
    row(
        "Test-CsDataConference",
        PAIR,
        &["RTCSRV", "RTCDATAMCU"],
        Needs::Conferencing("EnableDataCollaboration"),
        4_987,
    ),
    row(
        "Test-CsPresence",
        &["SubscriberSipAddress", "PublisherSipAddress"],
        FRONT_END,
        Needs::Nothing,
        2_654,
    ),
    row(
        "Test-CsAddressBookService",
        ONE,
        FRONT_END,
        Needs::Nothing,
        1_587,
    ),
    row(
        "Test-CsAddressBookWebQuery",
        ONE,
        FRONT_END,
        Needs::Nothing,
        1_432,
    ),
    row(
        "Test-CsGroupExpansion",
        ONE,
        FRONT_END,
        Needs::Nothing,
        1_298,
    ),
    row(
        "Test-CsClientAuthentication",
        ONE,
        FRONT_END,
        Needs::Nothing,
        981,
    ),
    row(
        "Test-CsUnifiedContactStore",
        ONE,
        FRONT_END,
        Needs::Nothing,
        1_876,
    ),
    row("Test-CsPhoneBootstrap", ONE, FRONT_END, Needs::Pin, 1_744),
    row(
        "Test-CsWebApp",
        &["UserSipAddress", "User2SipAddress"],
        &["RTCSRV", "RTCDATAMCU"],
        Needs::Nothing,
        3_921,
    ),
    row(
        "Test-CsWebAppAnonymous",
        ONE,
        &["RTCSRV", "RTCDATAMCU"],
        Needs::Nothing,
        3_215,
    ),
    row("Test-CsWebScheduler", ONE, FRONT_END, Needs::Nothing, 2_031),
    row(
        "Test-CsUcwaConference",
        &["OrganizerSipAddress", "ParticipantSipAddress"],
        &["RTCSRV", "RTCDATAMCU"],
        Needs::Nothing,
        4_466,
    ),
    row(
        "Test-CsMcxConference",
        &["OrganizerSipAddress", "UserSipAddress", "User2SipAddress"],
        &["RTCSRV", "RTCAVMCU"],
        Needs::Conferencing("AllowIPAudio"),
        6_102,
    ),
    row(
        "Test-CsDialInConferencing",
        ONE,
        &["RTCSRV", "RTCCAA", "RTCAVMCU"],
        Needs::Nothing,
        5_530,
    ),
    Transaction {
        optional_users: &["DialoutUserSipAddress"],
        ..row(
            "Test-CsAudioConferencingProvider",
            ONE,
            &["RTCSRV", "RTCAVMCU"],
            Needs::Nothing,
            5_218,
        )
    },
    row(
        "Test-CsPstnOutboundCall",
        ONE,
        &["RTCSRV", "RTCMEDSRV"],
        Needs::Voice,
        6_874,
    ),
    row(
        "Test-CsPstnPeerToPeerCall",
        PAIR,
        &["RTCSRV", "RTCMEDSRV"],
        Needs::Voice,
        7_311,
    ),
    row(
        "Test-CsExUMConnectivity",
        ONE,
        FRONT_END,
        Needs::Exchange("Unified Messaging"),
        1_965,
    ),
    row(
        "Test-CsExUMVoiceMail",
        PAIR,
        FRONT_END,
        Needs::Exchange("Unified Messaging"),
        2_248,
    ),
    Transaction {
        edge: &["RTCMRAUTH", "RTCMEDIARELAY"],
        edge_uses: &["Internal", "AudioVideoAuthentication"],
        ..row(
            "Test-CsAVEdgeConnectivity",
            ONE,
            FRONT_END,
            Needs::Nothing,
            2_776,
        )
    },
    Transaction {
        edge: &["RTCXMPPTGWPX"],
        edge_uses: &["Internal", "AccessEdgeExternal"],
        ..row(
            "Test-CsXmppIM",
            ONE,
            &["RTCSRV", "RTCXMPPTGW"],
            Needs::Xmpp,
            2_489,
        )
    },
    row(
        "Test-CsPersistentChatMessage",
        PAIR,
        FRONT_END,
        Needs::PersistentChat,
        3_127,
    ),
    row(
        "Test-CsLocationPolicy",
        ONE,
        FRONT_END,
        Needs::Location,
        842,
    ),
    row(
        "Test-CsExStorageConnectivity",
        &["SipUri"],
        FRONT_END,
        Needs::Exchange("storage service"),
        1_354,
    ),
    row(
        "Test-CsExStorageNotification",
        &["SipUri"],
        FRONT_END,
        Needs::Exchange("storage service"),
        1_611,
    ),
    Transaction {
        target: Target::Edge("TargetFqdn"),
        edge_uses: &["Internal", "AccessEdgeExternal"],
        ..row(
            "Test-CsFederatedPartner",
            &[],
            FRONT_END,
            Needs::Federation,
            1_538,
        )
    },
    Transaction {
        target: Target::Edge("AccessEdgeFqdn"),
        edge_uses: &["Internal", "AccessEdgeExternal"],
        ..row(
            "Test-CsMcxPushNotification",
            &[],
            FRONT_END,
            Needs::Push,
            1_902,
        )
    },
];

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Test-CsRegistration", run),
    ("Test-CsIM", run),
    ("Test-CsMcxP2PIM", run),
    ("Test-CsGroupIM", run),
    ("Test-CsP2PAV", run),
    ("Test-CsAVConference", run),
    ("Test-CsASConference", run),
    ("Test-CsDataConference", run),
    ("Test-CsPresence", run),
    ("Test-CsAddressBookService", run),
    ("Test-CsAddressBookWebQuery", run),
    ("Test-CsGroupExpansion", run),
    ("Test-CsClientAuthentication", run),
    ("Test-CsUnifiedContactStore", run),
    ("Test-CsPhoneBootstrap", run),
    ("Test-CsWebApp", run),
    ("Test-CsWebAppAnonymous", run),
    ("Test-CsWebScheduler", run),
    ("Test-CsUcwaConference", run),
    ("Test-CsMcxConference", run),
    ("Test-CsDialInConferencing", run),
    ("Test-CsAudioConferencingProvider", run),
    ("Test-CsPstnOutboundCall", run),
    ("Test-CsPstnPeerToPeerCall", run),
    ("Test-CsExUMConnectivity", run),
    ("Test-CsExUMVoiceMail", run),
    ("Test-CsAVEdgeConnectivity", run),
    ("Test-CsXmppIM", run),
    ("Test-CsPersistentChatMessage", run),
    ("Test-CsLocationPolicy", run),
    ("Test-CsExStorageConnectivity", run),
    ("Test-CsExStorageNotification", run),
    ("Test-CsFederatedPartner", run),
    ("Test-CsMcxPushNotification", run),
];

/// Why a transaction failed: the error and the diagnosis it prints.
pub(super) struct Failure {
    error: String,
    diagnosis: String,
}

pub(super) fn failure(error: String, diagnosis: String) -> Failure {
    Failure { error, diagnosis }
}

/// The pool a transaction targets: -TargetFqdn (or the Edge's own parameter), naming a pool
/// with the role the transaction needs (for an Edge, the pool, one of its computers, or an
/// external name of its Access Edge certificate); `None`
/// when the first user's home pool decides, and the error for an unknown pool.
fn target_pool(session: &Session, args: Args, target: Target) -> Result<Option<String>, String> {
    let topology = &session.topology;
    let parameter = match target {
        Target::Registrar => "TargetFqdn",
        Target::Edge(parameter) => parameter,
    };
    let typed = args(parameter);
    match target {
        Target::Registrar => {
            let Some(typed) = typed else { return Ok(None) };
            topology
                .services
                .iter()
                .find(|s| s.role == "Registrar" && s.pool.eq_ignore_ascii_case(typed.trim()))
                .map(|s| Some(s.pool.clone()))
                .ok_or_else(|| format!("Cannot find a Registrar pool with the fully qualified domain name \"{typed}\" in the topology."))
        }
        Target::Edge(_) => {
            let mut edges = topology
                .services
                .iter()
                .filter(|s| s.role == "EdgeServer")
                .filter_map(|s| topology.pool(&s.pool));
            match typed {
                None => edges
                    .next()
                    .map(|p| Some(p.fqdn.clone()))
                    .ok_or_else(|| "The topology has no Edge pool.".to_string()),
                Some(typed) => edges
                    .find(|p| {
                        let typed = typed.trim();
                        p.fqdn.eq_ignore_ascii_case(typed)
                            || p.computers.iter().any(|c| {
                                c.eq_ignore_ascii_case(typed) || edge_name(session, c, typed)
                            })
                    })
                    .map(|p| Some(p.fqdn.clone()))
                    .ok_or_else(|| format!("Cannot find an Edge pool with the fully qualified domain name \"{typed}\" in the topology.")),
            }
        }
    }
}

/// Whether `name` is an external name of an Edge computer: one its Access Edge certificate
/// carries (accessproxy.litwareinc.com).
fn edge_name(session: &Session, computer: &str, name: &str) -> bool {
    session.topology.operations.certificates.iter().any(|c| {
        c.computer.eq_ignore_ascii_case(computer)
            && c.uses.iter().any(|u| u == "AccessEdgeExternal")
            && c.alternative_names
                .iter()
                .any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// The test users when the call names none: the pool's health monitoring configuration, else
/// the users homed on the pool whose test credentials are stored (Set-CsTestUserCredential).
fn default_users(session: &Session, pool: &str, count: usize) -> Vec<String> {
    let configured = families::find("CsHealthMonitoringConfiguration").and_then(|family| {
        let record = session
            .store
            .records(family.noun)
            .iter()
            .find(|r| r.identity.to_string().eq_ignore_ascii_case(pool))?;
        let value = |name: &str| {
            family
                .property(name)
                .and_then(|(at, _)| record.values.get(at))
                .map(Value::to_display)
                .filter(|v| !v.is_empty())
        };
        Some(
            [value("FirstTestUserSipUri"), value("SecondTestUserSipUri")]
                .into_iter()
                .flatten()
                .collect::<Vec<String>>(),
        )
    });
    let mut users = configured.unwrap_or_default();
    if users.is_empty() {
        users = session
            .directory
            .users()
            .iter()
            .filter(|u| u.test_credential.is_some() && u.registrar_pool.eq_ignore_ascii_case(pool))
            .map(|u| u.sip_address.clone())
            .collect();
    }
    users.truncate(count);
    users
}

/// The policy of a kind (a user property name, `LocationPolicy`) that applies to a user.
fn policy_of<'a>(session: &'a Session, user: &User, kind: &str) -> Option<&'a Record> {
    effective_record(session, user, crate::directory::policy_index(kind)?)
}

/// The value of a conferencing policy property that applies to a user.
fn conferencing(session: &Session, user: &User, property: &str) -> Option<Value> {
    let record = effective_record(session, user, 2)?;
    let (at, _) = families::find("CsConferencingPolicy")?.property(property)?;
    record.values.get(at).cloned()
}

/// The test users, each of whom must be a Lync user, enabled, and homed on the pool.
fn sign_in<'a>(
    session: &'a Session,
    pool: &str,
    addresses: &[String],
) -> Result<Vec<&'a User>, Failure> {
    let mut users: Vec<&User> = Vec::new();
    for address in addresses {
        let Some(user) = session
            .directory
            .by_key(address)
            .map(|i| session.directory.user(i))
            .filter(|u| u.is_lync_user())
        else {
            return Err(failure(
                format!("No user enabled for Lync Server has the SIP address {address}."),
                "Enable the user (Enable-CsUser), or name another test user.".into(),
            ));
        };
        if user.enabled != Some(true) {
            return Err(failure(
                format!(
                    "The user {address} is disabled for Lync Server, so the sign-in was refused."
                ),
                format!("Turn the user on: Set-CsUser -Identity {address} -Enabled $True."),
            ));
        }
        if !user.registrar_pool.eq_ignore_ascii_case(pool) {
            return Err(failure(
                format!(
                    "The user {address} is homed on {}, not on {pool}.",
                    user.registrar_pool
                ),
                "Test the user's own pool, or move the user (Move-CsUser).".into(),
            ));
        }
        users.push(user);
    }
    Ok(users)
}

/// Everything else a transaction needs, checked in the order a real one would stumble on it.
fn evaluate(
    session: &Session,
    args: Args,
    transaction: &Transaction,
    pool: &str,
    users: &[&User],
) -> Result<(), Failure> {
    let topology = &session.topology;
    let computers: Vec<String> = topology
        .pool(pool)
        .map(|p| p.computers.clone())
        .unwrap_or_default();
    let edges: Vec<String> = topology
        .services
        .iter()
        .filter(|s| s.role == "EdgeServer")
        .filter_map(|s| topology.pool(&s.pool))
        .flat_map(|p| p.computers.clone())
        .collect();
    let needed = transaction
        .services
        .iter()
        .flat_map(|s| computers.iter().map(move |c| (c.clone(), *s)))
        .chain(
            transaction
                .edge
                .iter()
                .flat_map(|s| edges.iter().map(move |c| (c.clone(), *s))),
        );
    for (computer, service) in needed {
        if !topology.service_running(&computer, service) {
            return Err(failure(
                format!("The service {service} is not running on {computer}."),
                format!(
                    "Start it: Start-CsWindowsService -Name {service} -ComputerName {computer}."
                ),
            ));
        }
    }
    let pool_uses: &[&str] = match transaction.target {
        Target::Registrar => &["Default"],
        Target::Edge(_) => transaction.edge_uses,
    };
    let edge_uses = if transaction.edge.is_empty() {
        &[][..]
    } else {
        transaction.edge_uses
    };
    let certified = computers
        .iter()
        .filter(|c| topology.service_running(c, "RTCSRV"))
        .flat_map(|c| pool_uses.iter().map(move |u| (c, *u)))
        .chain(
            edges
                .iter()
                .flat_map(|c| edge_uses.iter().map(move |u| (c, *u))),
        );
    for (computer, used) in certified {
        certificate_valid(session, computer, used)?;
    }
    match transaction.needs {
        Needs::Nothing => Ok(()),
        Needs::Conferencing(property) => {
            let Some(user) = users.first() else {
                return Ok(());
            };
            let value = conferencing(session, user, property);
            let refused = match &value {
                Some(Value::Bool(allowed)) => !allowed,
                Some(other) => other.to_display().eq_ignore_ascii_case("None"),
                None => false,
            };
            if refused {
                Err(failure(
                    format!(
                        "The conferencing policy that applies to {} does not allow it: {property} is {}.",
                        user.sip_address,
                        value.map(|v| v.to_display()).unwrap_or_default()
                    ),
                    "Change the policy (Set-CsConferencingPolicy), or grant the user another (Grant-CsConferencingPolicy).".into(),
                ))
            } else {
                Ok(())
            }
        }
        Needs::Voice => {
            if let Some(user) = users.iter().find(|u| !u.enterprise_voice_enabled) {
                return Err(failure(
                    format!(
                        "The user {} is not enabled for Enterprise Voice.",
                        user.sip_address
                    ),
                    format!(
                        "Set-CsUser -Identity {} -EnterpriseVoiceEnabled $True.",
                        user.sip_address
                    ),
                ));
            }
            let number = args("TargetPstnPhoneNumber");
            match (number, users.first()) {
                (Some(number), Some(user)) => {
                    let usages = effective_record(session, user, 0)
                        .map(crate::voice::policy_usages)
                        .unwrap_or_default();
                    match crate::voice::route(session, &usages, &number) {
                        Ok(Some(_)) => Ok(()),
                        _ => Err(failure(
                            format!("No route of {}'s voice policy takes the number {number}.", user.sip_address),
                            "Give the policy a PSTN usage that a matching voice route carries (Test-CsVoiceUser shows the way a number goes).".into(),
                        )),
                    }
                }
                _ => Ok(()),
            }
        }
        Needs::Exchange(kind) => Err(failure(
            format!("No Exchange {kind} answered: the lab deployment has no Exchange server."),
            "Exchange is outside the lab; this transaction cannot succeed here.".into(),
        )),
        Needs::Federation => federation(session, args),
        Needs::Xmpp => xmpp(session, args),
        Needs::PersistentChat => persistent_chat(session, args, users),
        Needs::Location => location_policy(session, args, users).map(|_| ()),
        Needs::Push => push(session),
        Needs::Pin => match users.first().and_then(|u| u.pin.as_ref()) {
            Some(pin) if !pin.locked => Ok(()),
            Some(_) => Err(failure(
                "The user's PIN is locked.".into(),
                "Unlock-CsClientPin, or set a new PIN with Set-CsClientPin.".into(),
            )),
            None => Err(failure(
                "The user has no PIN, so the phone cannot sign in.".into(),
                "Set-CsClientPin gives the user a PIN.".into(),
            )),
        },
    }
}

/// The certificate a computer uses for `used` must be there and not expired.
fn certificate_valid(session: &Session, computer: &str, used: &str) -> Result<(), Failure> {
    let certificate =
        session.topology.operations.certificates.iter().find(|c| {
            c.computer.eq_ignore_ascii_case(computer) && c.uses.iter().any(|u| u == used)
        });
    let Some(certificate) = certificate else {
        return Err(failure(
            format!("{computer} has no certificate assigned for the use {used}, so it refused the TLS connection."),
            format!("Request one (Request-CsCertificate -New -Type {used}) and assign it (Set-CsCertificate -Type {used} -Thumbprint ...)."),
        ));
    };
    let expiry = DateTime::parse(&certificate.not_after);
    match expiry {
        Some(until) if until.0 < DateTime::now().0 => Err(failure(
            format!(
                "The certificate {} that {computer} uses for {used} expired on {}.",
                certificate.thumbprint,
                until.format("M/d/yyyy")
            ),
            format!("Renew it: Request-CsCertificate -New -Type {used}, then Set-CsCertificate -Type {used} -Thumbprint <new thumbprint>."),
        )),
        _ => Ok(()),
    }
}

/// A record of `noun` whose identity reads `name` (any case).
fn named<'a>(session: &'a Session, noun: &str, name: &str) -> Option<&'a Record> {
    session
        .store
        .records(noun)
        .iter()
        .find(|r| r.identity.to_string().eq_ignore_ascii_case(name))
}

/// Whether a Boolean setting of a family's global record is True.
fn globally_on(session: &Session, noun: &str, property: &str) -> bool {
    named(session, noun, "Global")
        .and_then(|r| r.property(noun, property))
        .is_some_and(|v| matches!(v, Value::Bool(true)))
}

/// The text of a parameter the transaction cannot run without.
fn required(args: Args, name: &str) -> Result<String, Failure> {
    args(name).filter(|v| !v.trim().is_empty()).ok_or_else(|| {
        failure(
            format!("The transaction needs -{name}."),
            format!("Run it again with -{name}."),
        )
    })
}

fn federation(session: &Session, args: Args) -> Result<(), Failure> {
    let domain = required(args, "Domain")?;
    const EDGE: &str = "CsAccessEdgeConfiguration";
    if !globally_on(session, EDGE, "AllowFederatedUsers") {
        return Err(failure(
            format!("The Access Edge refused to route to {domain}: federation is turned off."),
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True.".into(),
        ));
    }
    if named(session, "CsBlockedDomain", &domain).is_some() {
        return Err(failure(
            format!("The domain {domain} is on the blocked list."),
            format!("Remove-CsBlockedDomain -Identity {domain}, if it should federate."),
        ));
    }
    if named(session, "CsAllowedDomain", &domain).is_none()
        && !globally_on(session, EDGE, "EnablePartnerDiscovery")
    {
        return Err(failure(
            format!("The domain {domain} is not an allowed federated domain, and partner discovery is off."),
            format!("New-CsAllowedDomain -Identity {domain}, or turn on EnablePartnerDiscovery."),
        ));
    }
    Ok(())
}

fn xmpp(session: &Session, args: Args) -> Result<(), Failure> {
    let receiver = required(args, "Receiver")?;
    let domain = receiver.rsplit('@').next().unwrap_or_default();
    if named(session, "CsXmppAllowedPartner", domain).is_none() {
        return Err(failure(
            format!("No XMPP federated partner is configured for the domain {domain}."),
            format!("New-CsXmppAllowedPartner -Identity {domain}."),
        ));
    }
    Ok(())
}

fn persistent_chat(session: &Session, args: Args, users: &[&User]) -> Result<(), Failure> {
    for user in users {
        let allowed = policy_of(session, user, "PersistentChatPolicy")
            .and_then(|r| r.property("CsPersistentChatPolicy", "EnablePersistentChat"))
            .is_some_and(|v| matches!(v, Value::Bool(true)));
        if !allowed {
            return Err(failure(
                format!("The Persistent Chat policy that applies to {} does not enable Persistent Chat.", user.sip_address),
                "Set-CsPersistentChatPolicy -EnablePersistentChat $True, or grant the user a policy that does.".into(),
            ));
        }
    }
    let topology = &session.topology;
    let chosen = users
        .first()
        .and_then(|u| topology.site_of_pool(&u.registrar_pool))
        .and_then(|site| site.default_persistent_chat_pool.rsplit(':').next())
        .unwrap_or_default();
    let mut chat_pools = topology
        .services
        .iter()
        .filter(|s| s.role == "PersistentChatServer");
    let chosen = chat_pools
        .clone()
        .find(|s| s.pool.eq_ignore_ascii_case(chosen));
    let Some(chat) = chosen.or_else(|| chat_pools.next()) else {
        return Err(failure(
            "The topology has no Persistent Chat pool.".into(),
            "Persistent Chat needs a Persistent Chat pool in the topology.".into(),
        ));
    };
    let active: Vec<String> = chat
        .settings
        .as_ref()
        .and_then(|s| s.get("ActiveServers"))
        .map(|v| v.item_texts())
        .unwrap_or_default();
    if !active
        .iter()
        .any(|c| topology.service_running(c, "RTCCHAT"))
    {
        return Err(failure(
            format!("No active server of the Persistent Chat pool {} runs the service RTCCHAT.", chat.pool),
            "Start it (Start-CsWindowsService -Name RTCCHAT), or make a running server active (Set-CsPersistentChatActiveServer).".into(),
        ));
    }
    const ROOM: &str = "CsPersistentChatRoom";
    let rooms = session.store.records(ROOM);
    let room = match args("ChatRoomUri") {
        Some(uri) => rooms.iter().find(|r| {
            r.identity.to_string().eq_ignore_ascii_case(&uri)
                || r.text(ROOM, "Name").eq_ignore_ascii_case(&uri)
        }),
        None => rooms
            .iter()
            .find(|r| !matches!(r.property(ROOM, "Disabled"), Some(Value::Bool(true))))
            .or(rooms.first()),
    };
    let Some(room) = room else {
        return Err(match args("ChatRoomUri") {
            Some(uri) => failure(
                format!("No chat room answers to {uri}."),
                "Name a room that Get-CsPersistentChatRoom lists.".into(),
            ),
            None => failure(
                format!(
                    "The Persistent Chat pool {} has no chat room to post in.",
                    chat.pool
                ),
                "Create one (New-CsPersistentChatRoom).".into(),
            ),
        });
    };
    if matches!(room.property(ROOM, "Disabled"), Some(Value::Bool(true))) {
        return Err(failure(
            format!("The chat room {} is disabled.", room.identity),
            format!(
                "Set-CsPersistentChatRoom -Identity \"{}\" -Disabled $False.",
                room.identity
            ),
        ));
    }
    Ok(())
}

/// The location policy a transaction finds: the one of the network site of -Subnet, else the
/// first user's; with the tag the real transaction reports for it (`subnet-tagid` or
/// `user-tagid`).
fn location_policy<'a>(
    session: &'a Session,
    args: Args,
    users: &[&User],
) -> Result<Option<(&'a Record, &'static str)>, Failure> {
    if let Some(subnet) = args("Subnet") {
        let site = named(session, "CsNetworkSubnet", &subnet)
            .map(|r| r.text("CsNetworkSubnet", "NetworkSiteID"));
        let policy = site
            .and_then(|site| named(session, "CsNetworkSite", &site))
            .map(|r| r.text("CsNetworkSite", "LocationPolicy"))
            .filter(|p| !p.is_empty());
        if let Some(policy) = policy {
            return match named(session, "CsLocationPolicy", &format!("Tag:{policy}")) {
                Some(record) => Ok(Some((record, "subnet-tagid"))),
                None => Err(failure(
                    format!("The network site of the subnet {subnet} names the location policy {policy}, which does not exist."),
                    "Create the policy (New-CsLocationPolicy), or give the site another (Set-CsNetworkSite -LocationPolicy).".into(),
                )),
            };
        }
    }
    let Some(user) = users.first() else {
        return Ok(None);
    };
    match policy_of(session, user, "LocationPolicy") {
        Some(record) => Ok(Some((record, "user-tagid"))),
        None => Err(failure(
            format!("No location policy applies to {}.", user.sip_address),
            "Grant the user a location policy (Grant-CsLocationPolicy).".into(),
        )),
    }
}

/// What Test-CsLocationPolicy prints before the result: whether the policy found enables
/// E9-1-1 (as the provisioning document spells it, `true` or `false`) and its tag.
fn location_details(session: &Session, args: Args, users: &[&User]) -> Vec<(&'static str, Value)> {
    let Ok(Some((record, tag))) = location_policy(session, args, users) else {
        return Vec::new();
    };
    let enabled = matches!(
        record.property("CsLocationPolicy", "EnhancedEmergencyServicesEnabled"),
        Some(Value::Bool(true))
    );
    vec![
        (
            "EnhancedEmergencyServicesEnabled",
            Value::str(if enabled { "true" } else { "false" }),
        ),
        ("LocationPolicyTagID", Value::str(tag)),
    ]
}

fn push(session: &Session) -> Result<(), Failure> {
    const PUSH: &str = "CsPushNotificationConfiguration";
    if !globally_on(session, PUSH, "EnableApplePushNotificationService")
        && !globally_on(session, PUSH, "EnableMicrosoftPushNotificationService")
    {
        return Err(failure(
            "Push notifications are turned off for both the Apple and the Microsoft service.".into(),
            "Set-CsPushNotificationConfiguration -EnableApplePushNotificationService $True -EnableMicrosoftPushNotificationService $True.".into(),
        ));
    }
    if named(session, "CsAllowedDomain", PUSH_CLEARING_HOUSE).is_none() {
        return Err(failure(
            format!("The push notification clearing house {PUSH_CLEARING_HOUSE} is not an allowed federated domain."),
            format!("New-CsAllowedDomain -Identity {PUSH_CLEARING_HOUSE} -ProxyFqdn sipfed.online.lync.com."),
        ));
    }
    federation_on(session)
}

/// Federation through the Access Edge, which push notifications travel by.
fn federation_on(session: &Session) -> Result<(), Failure> {
    if globally_on(session, "CsAccessEdgeConfiguration", "AllowFederatedUsers") {
        Ok(())
    } else {
        Err(failure(
            "The Access Edge does not federate, so notifications cannot reach the clearing house."
                .into(),
            "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True.".into(),
        ))
    }
}

pub(super) fn task_output(pool: &str, latency_ms: i64, outcome: Result<(), Failure>) -> Value {
    task_output_after(Vec::new(), pool, latency_ms, outcome)
}

/// The result object, with properties that some transactions print before TargetFqdn.
fn task_output_after(
    leading: Vec<(&'static str, Value)>,
    pool: &str,
    latency_ms: i64,
    outcome: Result<(), Failure>,
) -> Value {
    let (result, latency, error, diagnosis) = match outcome {
        Ok(()) => (
            "Success",
            Value::TimeSpan(TimeSpan(latency_ms * 10_000)),
            Value::Null,
            Value::Null,
        ),
        Err(f) => (
            "Failure",
            Value::TimeSpan(TimeSpan(0)),
            Value::str(f.error),
            Value::str(f.diagnosis),
        ),
    };
    let mut object = PsObject::new(TASK_OUTPUT);
    for (name, value) in leading {
        object.properties.push((Rc::from(name), value));
    }
    for (name, value) in [
        ("TargetFqdn", Value::str(pool)),
        ("Result", Value::str(result)),
        ("Latency", latency),
        ("Error", error),
        ("Diagnosis", diagnosis),
    ] {
        object.properties.push((Rc::from(name), value));
    }
    Value::object(object)
}

fn run(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(transaction) = find(call.name()) else {
        return Ok(vec![]);
    };
    let args = |name: &str| call.bound.text(name);
    match outcome(&engine.session, transaction, &args) {
        Ok(result) => {
            if let Some(name) = call.bound.text("OutLoggerVariable") {
                let log = crate::format::transaction_log::logger(transaction.cmdlet, &result);
                engine.set_user_variable(&name, log).map_err(|message| {
                    Flow::Error(Box::new(engine.cmdlet_error(
                        call,
                        message,
                        "VariableNotWritable",
                        ErrorCategory::WriteError,
                        "SessionStateUnauthorizedAccessException",
                    )))
                })?;
            }
            Ok(vec![result])
        }
        Err((message, id)) => Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            message,
            id,
            ErrorCategory::InvalidArgument,
            "ArgumentException",
        )))),
    }
}

/// Whether `cmdlet` is one of the synthetic transactions.
pub fn is_transaction(cmdlet: &str) -> bool {
    find(cmdlet).is_some()
}

fn find(cmdlet: &str) -> Option<&'static Transaction> {
    TRANSACTIONS
        .iter()
        .find(|t| t.cmdlet.eq_ignore_ascii_case(cmdlet))
}

/// Whether a transaction, given these parameters, succeeds on the lab as it stands: `None`
/// for a name that is not a transaction, and the error for a call that would not run (an
/// unknown pool, no test users). Labs grade with it.
pub fn succeeds(session: &Session, cmdlet: &str, args: Args) -> Option<Result<bool, String>> {
    let transaction = find(cmdlet)?;
    Some(match outcome(session, transaction, args) {
        Ok(result) => Ok(result
            .property("Result")
            .is_some_and(|r| r.to_display() == "Success")),
        Err((message, _)) => Err(message),
    })
}

/// The result object of a transaction, or the error (and its ID) when it cannot run.
fn outcome(
    session: &Session,
    transaction: &Transaction,
    args: Args,
) -> Result<Value, (String, &'static str)> {
    let given: Vec<Option<String>> = transaction.users.iter().map(|p| args(p)).collect();
    let error = |message: String, id: &'static str| (message, id);
    let pool = match target_pool(session, args, transaction.target) {
        Ok(Some(pool)) => pool,
        Ok(None) => {
            let first = given.iter().flatten().next().and_then(|a| {
                session
                    .directory
                    .by_key(a)
                    .map(|i| session.directory.user(i).registrar_pool.clone())
            });
            match first.filter(|p| !p.is_empty()) {
                Some(pool) => pool,
                None if given.iter().any(Option::is_some) => {
                    let address = given.iter().flatten().next().cloned().unwrap_or_default();
                    return Err(error(
                        format!("No user enabled for Lync Server has the SIP address {address}, so there is no pool to test."),
                        "UserNotFound",
                    ));
                }
                None => {
                    return Err(error(
                        "Specify the pool to test with -TargetFqdn.".into(),
                        "TargetFqdnMissing",
                    ))
                }
            }
        }
        Err(message) => return Err(error(message, "PoolNotFound")),
    };
    let mut addresses: Vec<String> = if given.iter().all(Option::is_none) {
        let wanted = transaction.users.len();
        let found = default_users(session, &pool, wanted);
        // Two test users are all a pool is given; a third role is played by the first again.
        if found.len() < wanted.min(2) {
            return Err(error(
                format!("The pool {pool} has no test users to run {} with: configure them with New-CsHealthMonitoringConfiguration, or name the users with -{}.", transaction.cmdlet, transaction.users[0]),
                "NoTestUsers",
            ));
        }
        found.iter().cycle().take(wanted).cloned().collect()
    } else {
        // A role left out is played by a test user of the pool that is not in another role,
        // as the reference's `Test-CsExUMVoiceMail -TargetFqdn ... -ReceiverSipAddress ...`
        // relies on.
        let mut spare = default_users(session, &pool, usize::MAX)
            .into_iter()
            .filter(|u| !given.iter().flatten().any(|g| g.eq_ignore_ascii_case(u)));
        let mut filled = Vec::with_capacity(given.len());
        for (at, address) in given.iter().enumerate() {
            match address.clone().or_else(|| spare.next()) {
                Some(address) => filled.push(address),
                None => {
                    return Err(error(
                        format!(
                            "-{} is needed with -{}: the pool {pool} has no other test user to stand in.",
                            transaction.users[at],
                            transaction.users[if at == 0 { 1 } else { 0 }]
                        ),
                        "TestUserMissing",
                    ))
                }
            }
        }
        filled
    };
    addresses.extend(transaction.optional_users.iter().filter_map(|p| args(p)));
    let users = sign_in(session, &pool, &addresses);
    let leading = match (&users, transaction.needs) {
        (Ok(users), Needs::Location) => location_details(session, args, users),
        _ => Vec::new(),
    };
    let outcome = users.and_then(|users| evaluate(session, args, transaction, &pool, &users));
    let leading = if outcome.is_ok() { leading } else { Vec::new() };
    Ok(task_output_after(
        leading,
        &pool,
        transaction.latency_ms,
        outcome,
    ))
}
