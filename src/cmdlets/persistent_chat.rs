//! The Persistent Chat cmdlets beyond the records' own verbs (categories, rooms, add-ins and
//! endpoints are declared nouns, see `pooled_records`):
//!
//! - Get-/Set-CsPersistentChatState: whether a pool runs normally or is failed over;
//! - Set-CsPersistentChatActiveServer: which servers of the pool take new connections;
//! - Get-CsPersistentChatEligiblePrincipal: the directory users a category or room allows;
//! - Clear-CsPersistentChatRoom and Remove-CsPersistentChatMessage: delete or replace the
//!   messages kept in a room;
//! - Export-/Import-CsPersistentChatData: the pool's categories, rooms, add-ins and messages
//!   through a file in lyncsh's own format.

use super::lis_records::text;
use super::pooled_records::MESSAGES;
use super::record_rules::persistent_chat::takes_in;
use super::{BuiltinFn, CmdletResult};
use crate::directory::User;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::{PsObject, Value};
use crate::wildcard::wildcard_match;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsPersistentChatState", get_state),
    ("Set-CsPersistentChatState", set_state),
    ("Set-CsPersistentChatActiveServer", set_active_servers),
    ("Get-CsPersistentChatEligiblePrincipal", eligible_principals),
    ("Clear-CsPersistentChatRoom", clear_room),
    ("Remove-CsPersistentChatMessage", remove_messages),
    ("Export-CsPersistentChatData", export),
    ("Import-CsPersistentChatData", import),
];

const ROLE: &str = "PersistentChatServer";

/// The state of a pool that runs normally.
const ACTIVE: &str = "Active";
const CATEGORIES: &str = "CsPersistentChatCategory";
const ROOMS: &str = "CsPersistentChatRoom";
const ADDINS: &str = "CsPersistentChatAddin";

/// What replaces a message Remove-CsPersistentChatMessage replaces, unless told otherwise.
pub const REPLACED: &str = "This message was replaced by the Persistent Chat administrator.";

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ObjectNotFound" | "PoolNotFound" => ErrorCategory::ObjectNotFound,
        "InvalidFile" => ErrorCategory::InvalidData,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    ))
}

fn decl(noun: &str) -> &'static FamilyDecl {
    families::find(noun).expect("Persistent Chat nouns are declared")
}

/// The Persistent Chat pools of the topology.
fn chat_pools(engine: &Engine) -> Vec<String> {
    engine
        .session
        .topology
        .services
        .iter()
        .filter(|s| s.role == ROLE)
        .map(|s| s.pool.clone())
        .collect()
}

/// The pool an identity names: `PersistentChatServer:fqdn`, `service:PersistentChatServer:fqdn`
/// or the FQDN.
fn chat_pool(engine: &Engine, typed: &str) -> Option<String> {
    match super::owned_records::owning_service(&engine.session.topology, ROLE, typed)? {
        Scope::Service { fqdn, .. } => Some(fqdn),
        _ => None,
    }
}

fn state_object(engine: &Engine, pool: &str) -> Value {
    let state = engine
        .session
        .topology
        .chat_pool_states
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(pool))
        .map_or(ACTIVE, |(_, state)| state.as_str());
    Value::object(
        PsObject::new(
            "Microsoft.Rtc.Management.WritableConfig.Settings.PersistentChat.PersistentChatState",
        )
        .with("Identity", Value::str(format!("service:{ROLE}:{pool}")))
        .with(
            "PoolState",
            Value::enum_value(
                "Microsoft.Rtc.Management.WritableConfig.Settings.PersistentChat.PoolState",
                state,
            ),
        ),
    )
}

fn get_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pools = chat_pools(engine);
    if let Some(typed) = call.bound.text("Identity") {
        return match chat_pool(engine, &typed) {
            Some(pool) => Ok(vec![state_object(engine, &pool)]),
            None => {
                let message =
                    format!("Cannot find a Persistent Chat pool with the Identity \"{typed}\".");
                Err(fail(engine, call, message, "ObjectNotFound", &typed))
            }
        };
    }
    let filter = call.bound.text("Filter");
    Ok(pools
        .iter()
        .filter(|p| {
            filter.as_deref().is_none_or(|f| {
                wildcard_match(f, p, false)
                    || wildcard_match(f, &format!("service:{ROLE}:{p}"), false)
            })
        })
        .map(|p| state_object(engine, p))
        .collect())
}

/// The pool -Identity or -Instance names (the only one when neither is given).
fn named_pool(engine: &Engine, call: &Call) -> Result<String, Flow> {
    let typed = call
        .bound
        .get("Instance")
        .and_then(|i| i.property("Identity"))
        .or_else(|| call.bound.get("Identity").cloned())
        .map(|v| v.to_display());
    match typed {
        Some(typed) => chat_pool(engine, &typed).ok_or_else(|| {
            let message =
                format!("Cannot find a Persistent Chat pool with the Identity \"{typed}\".");
            fail(engine, call, message, "ObjectNotFound", &typed)
        }),
        None => match chat_pools(engine).as_slice() {
            [only] => Ok(only.clone()),
            pools => {
                let message = format!(
                    "The topology has {} Persistent Chat pools: name one with -Identity.",
                    pools.len()
                );
                Err(fail(engine, call, message, "PoolNotGiven", ""))
            }
        },
    }
}

fn set_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = named_pool(engine, call)?;
    let state = call
        .bound
        .get("PoolState")
        .map_or_else(|| ACTIVE.to_string(), Value::to_display);
    if !engine.should_process(call, &format!("service:{ROLE}:{pool}"))? {
        return Ok(vec![]);
    }
    let states = &mut engine.session.topology.chat_pool_states;
    states.retain(|(p, _)| !p.eq_ignore_ascii_case(&pool));
    if !state.eq_ignore_ascii_case(ACTIVE) {
        states.push((pool.to_ascii_lowercase(), state));
    }
    Ok(vec![])
}

/// Set-CsPersistentChatActiveServer: the servers that take new connections change (or, with
/// -Swap, active and inactive change places). The collection is global, every Persistent
/// Chat server of the topology; `-Identity PersistentChatServer:<fqdn>` narrows it to one
/// pool. Every server named must be a server of those pools.
fn set_active_servers(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = call.bound.text("Identity");
    let pools: Vec<String> = match typed.as_deref().and_then(|t| chat_pool(engine, t)) {
        Some(pool) => vec![pool],
        None => chat_pools(engine),
    };
    let topology = &engine.session.topology;
    let setting = |pool: &str, name: &str| -> Vec<String> {
        topology
            .service(ROLE, pool)
            .and_then(|s| s.settings.as_ref())
            .and_then(|s| s.get(name))
            .map(|v| v.item_texts())
            .unwrap_or_default()
    };
    let computers: Vec<String> = pools
        .iter()
        .filter_map(|p| topology.pool(p))
        .flat_map(|p| p.computers.clone())
        .collect();
    let current: Vec<String> = pools
        .iter()
        .flat_map(|p| setting(p, "ActiveServers"))
        .collect();
    let active: Vec<String> = if call.bound.switch("Swap") {
        pools
            .iter()
            .flat_map(|p| setting(p, "InactiveServers"))
            .collect()
    } else {
        let current = Value::array(current.iter().map(Value::str).collect());
        let given = call
            .bound
            .get("ActiveServers")
            .cloned()
            .unwrap_or(Value::Null);
        let changed = crate::list_modifier::apply(&current, &given).map_err(|problem| {
            let (item, message) = match problem {
                crate::list_modifier::ListError::AlreadyThere(item) => {
                    let t = item.to_display();
                    (
                        t.clone(),
                        format!("{t} is an active Persistent Chat server already."),
                    )
                }
                crate::list_modifier::ListError::NotThere(item) => {
                    let t = item.to_display();
                    (
                        t.clone(),
                        format!("{t} is not an active Persistent Chat server."),
                    )
                }
            };
            fail(engine, call, message, "InvalidActiveServer", &item)
        })?;
        changed.into_items().iter().map(Value::to_display).collect()
    };
    let mut spelled = Vec::new();
    for server in &active {
        match computers
            .iter()
            .find(|c| c.eq_ignore_ascii_case(server.trim()))
        {
            Some(c) => spelled.push(c.clone()),
            None => {
                let message = format!(
                    "\"{server}\" is not a Persistent Chat server of the topology; the servers are {}.",
                    computers.join(", ")
                );
                return Err(fail(engine, call, message, "InvalidActiveServer", server));
            }
        }
    }
    let target = typed.unwrap_or_else(|| "Global".into());
    if !engine.should_process(call, &target)? {
        return Ok(vec![]);
    }
    for pool in &pools {
        let mine: Vec<String> = engine
            .session
            .topology
            .pool(pool)
            .map(|p| p.computers.clone())
            .unwrap_or_default();
        let (on, off): (Vec<String>, Vec<String>) =
            mine.into_iter().partition(|c| spelled.contains(c));
        if let Some(settings) = engine
            .session
            .topology
            .service_mut(ROLE, pool)
            .and_then(|s| s.settings.as_mut())
        {
            settings.set(
                "ActiveServers",
                &Value::array(on.iter().map(Value::str).collect()),
            );
            settings.set(
                "InactiveServers",
                &Value::array(off.iter().map(Value::str).collect()),
            );
        }
    }
    Ok(vec![])
}

/// The Lync users a category's AllowedMembers take in and its DeniedMembers leave out.
fn allowed_users(engine: &Engine, category: &Record) -> Vec<User> {
    let decl = decl(CATEGORIES);
    let items = |name| -> Vec<String> {
        decl.property(name)
            .map(|(at, _)| {
                category.values[at]
                    .clone()
                    .into_items()
                    .iter()
                    .map(Value::to_display)
                    .collect()
            })
            .unwrap_or_default()
    };
    let (allowed, denied) = (items("AllowedMembers"), items("DeniedMembers"));
    engine
        .session
        .directory
        .users()
        .iter()
        .filter(|u| u.is_lync_user())
        .filter(|u| allowed.iter().any(|e| takes_in(e, u)))
        .filter(|u| !denied.iter().any(|e| takes_in(e, u)))
        .cloned()
        .collect()
}

/// The record of `noun` that `typed` names within `pool` (a name, or the full identity); a
/// name that several pools have, or none, is an error.
fn pooled_record(
    engine: &Engine,
    call: &Call,
    noun: &str,
    pool: Option<&str>,
    typed: &str,
) -> Result<Record, Flow> {
    super::pooled_records::one_named(engine, call, decl(noun), pool, typed).map_err(Flow::Error)
}

fn eligible_principals(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = match call.bound.text("PersistentChatPoolFqdn") {
        Some(typed) => Some(chat_pool(engine, &typed).ok_or_else(|| {
            let message = format!("\"{typed}\" is not a Persistent Chat pool of the topology.");
            fail(engine, call, message, "PoolNotFound", &typed)
        })?),
        None => None,
    };
    let category = if let Some(typed) = call.bound.text("Room") {
        let room = pooled_record(engine, call, ROOMS, pool.as_deref(), &typed)?;
        let rooms = decl(ROOMS);
        if call.bound.switch("Presenters")
            && !text(rooms, &room.values, "Type").eq_ignore_ascii_case("Auditorium")
        {
            let message = format!(
                "The room \"{}\" is not an auditorium room: only auditorium rooms have presenters.",
                room.identity
            );
            return Err(fail(engine, call, message, "NotAuditorium", &typed));
        }
        let category = text(rooms, &room.values, "Category");
        pooled_record(engine, call, CATEGORIES, None, &category)?
    } else {
        let typed = call.bound.text("Category").unwrap_or_default();
        pooled_record(engine, call, CATEGORIES, pool.as_deref(), &typed)?
    };
    let filter = call.bound.text("Filter");
    let limit = call
        .bound
        .get("ResultSize")
        .and_then(Value::as_i128)
        .map_or(usize::MAX, |n| n.max(0) as usize);
    Ok(allowed_users(engine, &category)
        .iter()
        .filter(|u| {
            filter
                .as_deref()
                .is_none_or(|f| wildcard_match(f, &u.sip_address, false))
        })
        .take(limit)
        .map(|u| {
            Value::object(
                PsObject::new(
                    "Microsoft.Rtc.Management.GroupChat.Cmdlets.ADPersistentChatPrincipal",
                )
                .with("Identity", Value::str(u.distinguished_name()))
                .with("DisplayName", Value::str(&u.display_name))
                .with("SipAddress", Value::str(&u.sip_address))
                .with("PersistentChatPrincipalType", Value::str("user")),
            )
        })
        .collect())
}

/// The room -Identity or -Instance names.
fn room(engine: &Engine, call: &Call) -> Result<Record, Flow> {
    let typed = call
        .bound
        .get("Instance")
        .and_then(|i| i.property("Identity"))
        .or_else(|| call.bound.get("Identity").cloned())
        .map(|v| v.to_display())
        .unwrap_or_default();
    pooled_record(engine, call, ROOMS, None, &typed)
}

/// The messages of a room, as records.
fn messages_of(engine: &Engine, room: &Scope) -> Vec<Record> {
    let messages = decl(MESSAGES);
    engine
        .session
        .store
        .records(messages.noun)
        .iter()
        .filter(|m| text(messages, &m.values, "Room").eq_ignore_ascii_case(&room.to_string()))
        .cloned()
        .collect()
}

fn posted(message: &Record) -> Option<crate::value::DateTime> {
    let messages = decl(MESSAGES);
    match messages
        .property("Posted")
        .map(|(at, _)| &message.values[at])
    {
        Some(Value::DateTime(d)) => Some(*d),
        _ => None,
    }
}

fn date(call: &Call, name: &str) -> Option<crate::value::DateTime> {
    match call.bound.get(name) {
        Some(Value::DateTime(d)) => Some(*d),
        Some(other) => crate::value::DateTime::parse(&other.to_display()),
        None => None,
    }
}

fn clear_room(engine: &mut Engine, call: &Call) -> CmdletResult {
    let room = room(engine, call)?;
    let end = date(call, "EndDate");
    let gone: Vec<Scope> = messages_of(engine, &room.identity)
        .iter()
        .filter(|m| end.is_none_or(|end| posted(m).is_some_and(|p| p <= end)))
        .map(|m| m.identity.clone())
        .collect();
    if !engine.should_process(call, &room.identity.to_string())? {
        return Ok(vec![]);
    }
    for identity in gone {
        engine.session.store.remove(MESSAGES, &identity);
    }
    Ok(vec![])
}

/// Whether a message's text matches -Filter's keywords as -MatchClause says (All: every
/// keyword, Or: any, Exact: the phrase).
fn matches_keywords(call: &Call, content: &str) -> bool {
    let Some(filter) = call.bound.text("Filter") else {
        return true;
    };
    let case_sensitive = call
        .bound
        .get("CaseSensitive")
        .is_some_and(Value::is_truthy);
    let fold = |s: &str| {
        if case_sensitive {
            s.to_string()
        } else {
            s.to_lowercase()
        }
    };
    let (content, filter) = (fold(content), fold(&filter));
    match call
        .bound
        .text("MatchClause")
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "exact" => content.contains(filter.trim()),
        "or" => filter.split_whitespace().any(|k| content.contains(k)),
        _ => filter.split_whitespace().all(|k| content.contains(k)),
    }
}

fn remove_messages(engine: &mut Engine, call: &Call) -> CmdletResult {
    let room = room(engine, call)?;
    let (start, end) = (date(call, "StartDate"), date(call, "EndDate"));
    let user = call.bound.text("UserUri");
    let messages = decl(MESSAGES);
    let chosen: Vec<Record> = messages_of(engine, &room.identity)
        .into_iter()
        .filter(|m| start.is_none_or(|s| posted(m).is_some_and(|p| p >= s)))
        .filter(|m| end.is_none_or(|e| posted(m).is_some_and(|p| p <= e)))
        .filter(|m| {
            user.as_deref().is_none_or(|u| {
                let sender = text(messages, &m.values, "UserUri");
                sender.eq_ignore_ascii_case(u) || sender.eq_ignore_ascii_case(&format!("sip:{u}"))
            })
        })
        .filter(|m| matches_keywords(call, &text(messages, &m.values, "Content")))
        .collect();
    if !engine.should_process(call, &room.identity.to_string())? {
        return Ok(vec![]);
    }
    let replacement = call
        .bound
        .text("ReplaceMessage")
        .unwrap_or_else(|| REPLACED.to_string());
    let content = messages.property("Content").map_or(0, |(at, _)| at);
    for mut message in chosen {
        if call.bound.switch("Remove") {
            engine.session.store.remove(MESSAGES, &message.identity);
        } else {
            message.values[content] = Value::str(&replacement);
            engine.session.store.put(MESSAGES, message);
        }
    }
    Ok(vec![])
}

/// What the first field of a Persistent Chat data file says, so that other files are told apart.
const FORMAT: &str = "lyncsh persistent chat data";

/// The SQL Server a -DBInstance (`server\instance` or `server`) names must hold a Persistent
/// Chat database.
fn check_instance(engine: &Engine, call: &Call) -> Result<(), Flow> {
    let typed = call.bound.text("DBInstance").unwrap_or_default();
    let server = typed.split('\\').next().unwrap_or_default();
    let holds = engine
        .session
        .topology
        .services
        .iter()
        .any(|s| s.role == "PersistentChatDatabase" && s.pool.eq_ignore_ascii_case(server));
    if holds {
        return Ok(());
    }
    let message = format!("\"{typed}\" does not hold a Persistent Chat database of the topology (PersistentChatDatabase:<sql fqdn>).");
    Err(fail(engine, call, message, "DatabaseNotFound", &typed))
}

/// The nouns an export holds, as -Level says: everything, or only the rooms and categories.
fn exported_nouns(call: &Call) -> &'static [&'static str] {
    let level = call.bound.text("Level").unwrap_or_default();
    match level.to_ascii_lowercase().as_str() {
        "category" => &[CATEGORIES],
        "roomdirectory" => &[CATEGORIES, ADDINS, ROOMS],
        "user" => &[],
        _ => &[CATEGORIES, ADDINS, ROOMS, MESSAGES],
    }
}

fn export(engine: &mut Engine, call: &Call) -> CmdletResult {
    check_instance(engine, call)?;
    super::files::check_report(engine, call)?;
    let since = date(call, "StartDate");
    let scope: Vec<String> = call
        .bound
        .get("Scope")
        .map(Value::item_texts)
        .unwrap_or_default();
    let in_scope = |category: &str| {
        scope.is_empty()
            || scope.iter().any(|s| {
                s.eq_ignore_ascii_case(category)
                    || category
                        .rsplit('\\')
                        .next()
                        .is_some_and(|n| n.eq_ignore_ascii_case(s))
            })
    };
    let mut records = Vec::new();
    for noun in exported_nouns(call) {
        let decl = decl(noun);
        for record in engine.session.store.records(decl.noun) {
            let category = match *noun {
                CATEGORIES => record.identity.to_string(),
                ROOMS => text(decl, &record.values, "Category"),
                _ => String::new(),
            };
            if !category.is_empty() && !in_scope(&category) {
                continue;
            }
            if *noun == MESSAGES && since.is_some_and(|s| posted(record).is_none_or(|p| p < s)) {
                continue;
            }
            records.push((*noun, record));
        }
    }
    let body = super::record_files::write(FORMAT, &records).map_err(|e| {
        fail(
            engine,
            call,
            format!("The data could not be written: {e}."),
            "WriteError",
            "",
        )
    })?;
    if call.bound.switch("AsBytes") {
        return Ok(vec![Value::array(body.bytes().map(Value::Byte).collect())]);
    }
    let typed = call.bound.text("FileName").unwrap_or_default();
    super::files::write_cmdlet_file(engine, call, &typed, &body)?;
    Ok(vec![])
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    check_instance(engine, call)?;
    super::files::check_report(engine, call)?;
    let (text, source) = super::files::import_input(engine, call)?;
    let read = super::record_files::read(&text, FORMAT, &[CATEGORIES, ADDINS, ROOMS, MESSAGES]);
    let records: Vec<(&str, Record)> = match read {
        Ok(records) => records.into_iter().map(|(d, r)| (d.noun, r)).collect(),
        Err(super::record_files::ReadError::NotThisKind) => {
            let message = format!("\"{source}\" is not Persistent Chat data of lyncsh: Export-CsPersistentChatData writes it. The files of a real server cannot be read.");
            return Err(fail(engine, call, message, "InvalidFile", &source));
        }
        Err(super::record_files::ReadError::BadRecord(decl)) => {
            let message = format!("\"{source}\" holds a {} that cannot be read.", decl.label);
            return Err(fail(engine, call, message, "InvalidFile", &source));
        }
    };
    if !engine.should_process(call, &source)? {
        return Ok(vec![]);
    }
    let count = records.len();
    for (noun, record) in records {
        engine.session.store.put(noun, record);
    }
    super::files::write_report(engine, call, &[format!("imported {count} records")])?;
    Ok(vec![])
}
