//! The synthetic transactions (Test-CsRegistration, Test-CsIM, Test-CsAVConference...): each
//! is a row of [`TRANSACTIONS`] and one evaluation of the lab runs them all. A transaction
//! signs its users in on the target pool and needs Windows services to run there; some need
//! more (a conferencing policy that allows the modality, Enterprise Voice and a route for a
//! PSTN call, a PIN for phone sign-in). The result is the real TaskOutput object: TargetFqdn,
//! Result (Success or Failure), Latency, Error and Diagnosis. Latency is fixed per
//! transaction, so that tests and labs can rely on it; a failure names its cause in the lab.

use super::users::effective_record;
use super::{BuiltinFn, CmdletResult};
use crate::directory::User;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::session::Session;
use crate::value::{PsObject, TimeSpan, Value};
use std::rc::Rc;

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
    /// An Exchange Unified Messaging server, which the lab has not.
    ExchangeUm,
    /// A PIN that is set and not locked.
    Pin,
}

/// One synthetic transaction: the cmdlet, the parameters that name its users (the first is
/// the one who starts it), the services it needs on the pool's computers and on the Edge, and
/// what else, and its latency in milliseconds.
struct Transaction {
    cmdlet: &'static str,
    users: &'static [&'static str],
    services: &'static [&'static str],
    edge: &'static [&'static str],
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
        users,
        services,
        edge: &[],
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
    row(
        "Test-CsAudioConferencingProvider",
        &["UserSipAddress", "DialoutUserSipAddress"],
        &["RTCSRV", "RTCAVMCU"],
        Needs::Nothing,
        5_218,
    ),
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
        Needs::ExchangeUm,
        1_965,
    ),
    row(
        "Test-CsExUMVoiceMail",
        PAIR,
        FRONT_END,
        Needs::ExchangeUm,
        2_248,
    ),
    Transaction {
        cmdlet: "Test-CsAVEdgeConnectivity",
        users: ONE,
        services: FRONT_END,
        edge: &["RTCMRAUTH", "RTCMEDIARELAY"],
        needs: Needs::Nothing,
        latency_ms: 2_776,
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
];

/// Why a transaction failed: the error and the diagnosis it prints.
pub(super) struct Failure {
    error: String,
    diagnosis: String,
}

pub(super) fn failure(error: String, diagnosis: String) -> Failure {
    Failure { error, diagnosis }
}

/// The pool a transaction targets: -TargetFqdn (a pool with a Registrar), else the home pool
/// of its first user; `None` with the error for an unknown pool.
fn target_pool(session: &Session, call: &Call) -> Result<Option<String>, String> {
    let Some(typed) = call.bound.get("TargetFqdn").map(Value::to_display) else {
        return Ok(None);
    };
    session
        .topology
        .services
        .iter()
        .find(|s| s.role == "Registrar" && s.pool.eq_ignore_ascii_case(typed.trim()))
        .map(|s| Some(s.pool.clone()))
        .ok_or_else(|| format!("Cannot find a Registrar pool with the fully qualified domain name \"{typed}\" in the topology."))
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

/// The value of a conferencing policy property that applies to a user.
fn conferencing(session: &Session, user: &User, property: &str) -> Option<Value> {
    let record = effective_record(session, user, 2)?;
    let (at, _) = families::find("CsConferencingPolicy")?.property(property)?;
    record.values.get(at).cloned()
}

/// Everything a transaction needs, checked in the order a real one would stumble on it.
fn evaluate(
    session: &Session,
    call: &Call,
    transaction: &Transaction,
    pool: &str,
    addresses: &[String],
) -> Result<(), Failure> {
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
            let number = call
                .bound
                .get("TargetPstnPhoneNumber")
                .map(Value::to_display);
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
        Needs::ExchangeUm => Err(failure(
            "No Exchange Unified Messaging server answered: the lab deployment has none.".into(),
            "Exchange UM is outside the lab; this transaction cannot succeed here.".into(),
        )),
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

pub(super) fn task_output(pool: &str, latency_ms: i64, outcome: Result<(), Failure>) -> Value {
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
    let Some(transaction) = TRANSACTIONS
        .iter()
        .find(|t| t.cmdlet.eq_ignore_ascii_case(call.name()))
    else {
        return Ok(vec![]);
    };
    let session = &engine.session;
    let given: Vec<Option<String>> = transaction
        .users
        .iter()
        .map(|p| call.bound.get(p).map(Value::to_display))
        .collect();
    let error = |message: String, id: &str| {
        Flow::Error(Box::new(engine.cmdlet_error(
            call,
            message,
            id,
            ErrorCategory::InvalidArgument,
            "ArgumentException",
        )))
    };
    let pool = match target_pool(session, call) {
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
    let addresses: Vec<String> = if given.iter().all(Option::is_none) {
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
        match given.iter().position(Option::is_none) {
            Some(missing) => {
                return Err(error(
                    format!(
                        "-{} is needed with -{}.",
                        transaction.users[missing],
                        transaction.users[if missing == 0 { 1 } else { 0 }]
                    ),
                    "TestUserMissing",
                ))
            }
            None => given.into_iter().flatten().collect(),
        }
    };
    let outcome = evaluate(session, call, transaction, &pool, &addresses);
    Ok(vec![task_output(&pool, transaction.latency_ms, outcome)])
}
