//! Users' data moved through files: Export-CsUserData writes the Lync state of a pool's users
//! (SIP address, policies, phone settings, PIN state, conferencing providers) to a file in
//! lyncsh's own format, Import-CsUserData and Update-CsUserData write it back, and
//! Convert-CsUserData rewrites a file for the other data version. Sync-CsUserData has nothing
//! to do in the lab, whose pools keep one copy of their users' data. The real cmdlets' ZIP and
//! XML files are not read: a file that is not lyncsh's is refused by name.

use super::users::refuse;
use super::{BuiltinFn, CmdletResult};
use crate::directory::User;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::wildcard::wildcard_match;
use serde::{Deserialize, Serialize};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Export-CsUserData", export),
    ("Import-CsUserData", import),
    ("Update-CsUserData", update),
    ("Convert-CsUserData", convert),
    ("Sync-CsUserData", sync),
];

/// What the first field of a user data file says, so that other files are told apart.
const FORMAT: &str = "lyncsh user data";

/// The data versions: this lab's (Lync Server 2013 and later) and Lync Server 2010's.
const CURRENT: &str = "Current";
const LYNC_2010: &str = "Lync2010";

/// A user data file.
#[derive(Serialize, Deserialize)]
struct UserDataFile {
    format: String,
    version: String,
    /// The pool the users were exported from.
    pool: String,
    users: Vec<User>,
}

fn text(call: &Call, name: &str) -> Option<String> {
    call.bound.text(name)
}

/// Whether a user passes -UserFilter: a SIP address without `sip:`, wildcards allowed.
fn passes_user_filter(call: &Call, user: &User) -> bool {
    match text(call, "UserFilter") {
        None => true,
        Some(filter) => {
            let address = user.sip_address.get(4..).unwrap_or("");
            let filter = filter.strip_prefix("sip:").unwrap_or(&filter);
            wildcard_match(filter, address, false)
        }
    }
}

/// The Registrar pool -PoolFqdn names, or -Identity as a service (`UserServer:fqdn`); an
/// error when it is not one.
fn pool(engine: &mut Engine, call: &Call) -> Result<Option<String>, Flow> {
    let parameter = if call.bound.get("PoolFqdn").is_none() && call.bound.get("Identity").is_some()
    {
        "Identity"
    } else {
        "PoolFqdn"
    };
    match super::users::registrar_pool(engine, call, parameter) {
        Ok(pool) => Ok(pool),
        Err(e) => Err(Flow::Error(e)),
    }
}

fn not_supported(engine: &Engine, call: &Call, parameter: &str) -> Flow {
    Flow::Error(Box::new(engine.cmdlet_error(
        call,
        format!("lyncsh does not support -{parameter}: its user data files hold users only, in lyncsh's own format."),
        "NotSupportedByLyncsh",
        ErrorCategory::NotImplemented,
        "NotSupportedException",
    )))
}

fn refuse_unsupported(engine: &Engine, call: &Call) -> Result<(), Flow> {
    match ["LegacyFormat", "ConfDirectoryFilter"]
        .into_iter()
        .find(|name| call.bound.get(name).is_some())
    {
        Some(name) => Err(not_supported(engine, call, name)),
        None => Ok(()),
    }
}

fn write_file(
    engine: &mut Engine,
    call: &Call,
    typed: &str,
    file: &UserDataFile,
) -> Result<(), Flow> {
    let config = ron::ser::PrettyConfig::default();
    let body = ron::ser::to_string_pretty(file, config).map_err(|e| {
        Flow::Error(Box::new(engine.cmdlet_error(
            call,
            format!("The user data could not be written: {e}."),
            "WriteError",
            ErrorCategory::WriteError,
            "IOException",
        )))
    })?;
    super::files::write_cmdlet_file(engine, call, typed, &format!("{body}\n"))
}

fn read_file(engine: &Engine, call: &Call, typed: &str) -> Result<UserDataFile, Flow> {
    let text = engine
        .read_text_file(typed, call.span)
        .map_err(|record| Flow::from(super::files::owned_by(call, *record)))?;
    let file: Option<UserDataFile> = ron::from_str(&text).ok();
    match file {
        Some(file) if file.format == FORMAT => Ok(file),
        _ => Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            format!("\"{typed}\" is not a user data file of lyncsh: Export-CsUserData writes them. The ZIP and XML files of a real server cannot be read."),
            "InvalidUserDataFile",
            ErrorCategory::InvalidData,
            "InvalidDataException",
        )))),
    }
}

fn export(engine: &mut Engine, call: &Call) -> CmdletResult {
    refuse_unsupported(engine, call)?;
    let Some(pool) = pool(engine, call)? else {
        return Ok(vec![]);
    };
    let typed = text(call, "FileName").unwrap_or_default();
    let users: Vec<User> = engine
        .session
        .directory
        .users()
        .iter()
        .filter(|u| u.is_lync_user() && u.registrar_pool.eq_ignore_ascii_case(&pool))
        .filter(|u| passes_user_filter(call, u))
        .cloned()
        .collect();
    let file = UserDataFile {
        format: FORMAT.into(),
        version: CURRENT.into(),
        pool,
        users,
    };
    write_file(engine, call, &typed, &file)?;
    Ok(vec![])
}

/// Writes the Lync state of the file's users over the directory's users of the same SIP
/// address, homed on `pool` when one is given; a user the directory lacks is a warning.
fn restore(engine: &mut Engine, call: &Call, pool: Option<String>) -> CmdletResult {
    let typed = text(call, "FileName").unwrap_or_default();
    let file = read_file(engine, call, &typed)?;
    if file.version.eq_ignore_ascii_case(LYNC_2010) {
        return refuse(
            engine,
            call,
            format!("\"{typed}\" holds Lync Server 2010 data; convert it with Convert-CsUserData -TargetVersion Current first."),
            "LegacyUserData",
            ErrorCategory::InvalidData,
        );
    }
    if !engine.should_process(call, &typed)? {
        return Ok(vec![]);
    }
    for saved in file.users.iter().filter(|u| passes_user_filter(call, u)) {
        let Some(at) = engine.session.directory.by_key(&saved.sip_address) else {
            engine.write_warning(
                call,
                &format!(
                    "No account of the directory has the SIP address \"{}\"; its data was not imported.",
                    saved.sip_address
                ),
            )?;
            continue;
        };
        let mut data = saved.clone();
        if let Some(pool) = &pool {
            data.registrar_pool = pool.clone();
        }
        engine.session.directory.update(at, |user| {
            user.enabled = data.enabled;
            user.registrar_pool = data.registrar_pool;
            user.enterprise_voice_enabled = data.enterprise_voice_enabled;
            user.line_uri = data.line_uri;
            user.line_server_uri = data.line_server_uri;
            user.private_line = data.private_line;
            user.audio_video_disabled = data.audio_video_disabled;
            user.remote_call_control_telephony_enabled = data.remote_call_control_telephony_enabled;
            user.hosted_voice_mail = data.hosted_voice_mail;
            user.exchange_archiving_policy = data.exchange_archiving_policy;
            user.policies = data.policies;
            user.pin = data.pin;
            user.acp = data.acp;
        });
    }
    Ok(vec![])
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    refuse_unsupported(engine, call)?;
    let pool = pool(engine, call)?;
    restore(engine, call, pool)
}

fn update(engine: &mut Engine, call: &Call) -> CmdletResult {
    restore(engine, call, None)
}

fn convert(engine: &mut Engine, call: &Call) -> CmdletResult {
    refuse_unsupported(engine, call)?;
    let input = text(call, "InputFile").unwrap_or_default();
    let output = text(call, "OutputFile").unwrap_or_default();
    let target = text(call, "TargetVersion").unwrap_or_else(|| CURRENT.into());
    let version = if target.eq_ignore_ascii_case(LYNC_2010) {
        LYNC_2010
    } else {
        CURRENT
    };
    let mut file = read_file(engine, call, &input)?;
    file.users.retain(|u| passes_user_filter(call, u));
    file.version = version.into();
    write_file(engine, call, &output, &file)?;
    Ok(vec![])
}

/// Sync-CsUserData: the lab's pools keep one copy of their users' data, so a pool is always
/// in step with itself; the pool named must exist.
fn sync(engine: &mut Engine, call: &Call) -> CmdletResult {
    if let Some(pool) = pool(engine, call)? {
        if call.bound.switch("Verbose") {
            engine.write_verbose(&format!(
                "The users' data of {pool} is in step: the lab keeps one copy of it."
            ));
        }
    }
    Ok(vec![])
}
