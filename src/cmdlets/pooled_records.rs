//! The verbs of records that belong to a pool and are named within it (declarations with
//! `identity: Pooled`): Persistent Chat categories, rooms and add-ins, named
//! `<pool fqdn>\<Name>`, and Persistent Chat endpoints, named by their SIP address.
//!
//! - Get finds them by identity (the full one, or a name that only one pool has), by pool
//!   (`-PersistentChatPoolFqdn`), and by any other parameter that names a property (a room's
//!   `-Category`, `-Privacy`, `-Manager`...), with `-Filter` matching names and `-ResultSize`.
//! - New takes the pool, which may be left out when the topology has one pool of the role,
//!   and a name unique within the pool.
//! - Set takes `-Identity` or the object (`-Instance`); a new `-Name` renames the record, and the
//!   records that name it follow.
//! - Remove refuses a record another names (a category with rooms), unless `-Force` lets it
//!   clear those names (an add-in rooms show).
//!
//! A value naming a record of such a noun (a room's category) may be the bare name: it is read
//! within the record's own pool and stored as the full identity.

use super::family::{
    apply, check_references, check_rule, error, list_error, referenced_by, texts, to_object,
    values_of_instance,
};
use super::lis_records::text;
use super::owned_records::role_of;
use super::FamilyVerb;
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::families;
use crate::family::{FamilyDecl, IdentityKind};
use crate::identity::Scope;
use crate::store::Record;
use crate::value::Value;
use crate::wildcard::wildcard_match;

/// The parameter that names the pool.
pub const POOL: &str = "PersistentChatPoolFqdn";

/// The directory container Persistent Chat endpoints live in, as contacts of Lync.
pub const APPLICATION_CONTACTS: &str =
    "CN=Application Contacts,CN=RTC Service,CN=Services,CN=Configuration,DC=litwareinc,DC=com";

/// The property that holds a record's pool when its identity does not (an endpoint).
const POOL_PROPERTY: &str = "PersistentChatPoolFqdn";

pub fn run(
    engine: &mut Engine,
    call: &Call,
    decl: &'static FamilyDecl,
    verb: FamilyVerb,
) -> Result<Vec<Value>, Flow> {
    match verb {
        FamilyVerb::Get => get(engine, call, decl),
        FamilyVerb::New => new(engine, call, decl),
        FamilyVerb::Set => set(engine, call, decl),
        FamilyVerb::Remove => remove(engine, call, decl),
        FamilyVerb::Enable | FamilyVerb::Disable => Ok(vec![]),
    }
}

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Box<ErrorRecord> {
    let category = match id {
        "ObjectNotFound" | "PoolNotFound" => ErrorCategory::ObjectNotFound,
        "ObjectExists" => ErrorCategory::ResourceExists,
        "ObjectInUse" => ErrorCategory::InvalidOperation,
        _ => ErrorCategory::InvalidArgument,
    };
    error(engine, call, message, id, category, target)
}

/// The pools whose services have `decl`'s role, as the topology spells them.
pub fn pools(engine: &Engine, decl: &FamilyDecl) -> Vec<String> {
    let role = role_of(decl);
    engine
        .session
        .topology
        .services
        .iter()
        .filter(|s| s.role.eq_ignore_ascii_case(role))
        .map(|s| s.pool.clone())
        .collect()
}

/// The pool `typed` names (or, when it is left out, the only pool of the role).
pub fn pool_named(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    typed: Option<&str>,
) -> Result<String, Box<ErrorRecord>> {
    let pools = pools(engine, decl);
    let role = role_of(decl);
    match typed.map(str::trim) {
        Some(typed) => pools
            .iter()
            .find(|p| p.eq_ignore_ascii_case(typed))
            .cloned()
            .ok_or_else(|| {
                let message = format!(
                    "\"{typed}\" is not a pool of the topology with the {role} role; a {} belongs to one.",
                    decl.label
                );
                fail(engine, call, message, "PoolNotFound", typed)
            }),
        None => match pools.as_slice() {
            [only] => Ok(only.clone()),
            _ => {
                let message = format!(
                    "The topology has {} pools with the {role} role: name one with -{POOL}.",
                    pools.len()
                );
                Err(fail(engine, call, message, "PoolNotGiven", ""))
            }
        },
    }
}

/// The pool a record belongs to.
pub fn pool_of(decl: &FamilyDecl, record: &Record) -> String {
    if decl.property(POOL_PROPERTY).is_some() {
        return text(decl, &record.values, POOL_PROPERTY);
    }
    let identity = record.identity.to_string();
    identity
        .split_once('\\')
        .map_or(String::new(), |(pool, _)| pool.to_string())
}

/// The identity of a record with `values` in `pool`: its identity parts where the
/// declaration has them, otherwise `<pool>\<Name>`.
fn identity_for(decl: &FamilyDecl, pool: &str, values: &[Value]) -> Scope {
    if decl.identity_parts.is_empty() {
        let name = decl.name_property.unwrap_or("Name");
        return Scope::Name(format!("{pool}\\{}", text(decl, values, name)));
    }
    let parts: Vec<String> = decl
        .identity_parts
        .iter()
        .map(|part| text(decl, values, part))
        .collect();
    Scope::Name(parts.join("/"))
}

/// Whether `record` is the one `typed` names: its identity, its name (in any pool), or for an
/// endpoint its SIP address without `sip:` or its display name; wildcards are allowed.
fn is_named(decl: &FamilyDecl, record: &Record, typed: &str) -> bool {
    let typed = typed.trim();
    let identity = record.identity.to_string();
    if identity.eq_ignore_ascii_case(typed) || wildcard_match(typed, &identity, false) {
        return true;
    }
    let name = decl.name_of(&record.identity).unwrap_or_default();
    if !typed.contains('\\')
        && (name.eq_ignore_ascii_case(typed) || wildcard_match(typed, &name, false))
    {
        return true;
    }
    !decl.identity_parts.is_empty()
        && (identity.eq_ignore_ascii_case(&format!("sip:{typed}"))
            || decl.property("DisplayName").is_some_and(|_| {
                text(decl, &record.values, "DisplayName").eq_ignore_ascii_case(typed)
            }))
}

/// The records `typed` names, within `pool` when one is given; an error when there is none.
fn named<'a>(
    engine: &'a Engine,
    call: &Call,
    decl: &FamilyDecl,
    pool: Option<&str>,
    typed: &str,
) -> Result<Vec<&'a Record>, Box<ErrorRecord>> {
    let found: Vec<&Record> = engine
        .session
        .store
        .records(decl.noun)
        .iter()
        .filter(|r| pool.is_none_or(|p| pool_of(decl, r).eq_ignore_ascii_case(p)))
        .filter(|r| is_named(decl, r, typed))
        .collect();
    if found.is_empty() {
        let message = texts::not_found(decl.label, typed);
        return Err(fail(engine, call, message, "ObjectNotFound", typed));
    }
    Ok(found)
}

/// The one record `typed` names (within `pool` when one is given): several (a name two pools
/// have) is an error that asks for the full identity.
pub(super) fn one_named(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    pool: Option<&str>,
    typed: &str,
) -> Result<Record, Box<ErrorRecord>> {
    let found = named(engine, call, decl, pool, typed)?;
    match found.as_slice() {
        [one] => Ok((*one).clone()),
        _ => {
            let message = format!(
                "\"{typed}\" names {} {} records; give the full identity (<pool fqdn>\\<name>).",
                found.len(),
                decl.label
            );
            Err(fail(engine, call, message, "AmbiguousIdentity", typed))
        }
    }
}

/// Whether a record's property holds what a Get parameter asks for: the same value, an item
/// of a list (`-Manager` against Managers), or for a value naming a pooled record its name.
fn holds(value: &Value, wanted: &Value) -> bool {
    let wanted_text = wanted.to_display();
    value.clone().into_items().iter().any(|item| {
        let have = item.to_display();
        have.eq_ignore_ascii_case(&wanted_text)
            || have
                .rsplit_once('\\')
                .is_some_and(|(_, name)| name.eq_ignore_ascii_case(&wanted_text))
    })
}

/// The property a Get parameter filters on: one of the same name, or its plural
/// (`-Member` for Members).
fn filtered_property(decl: &FamilyDecl, parameter: &str) -> Option<usize> {
    decl.property(parameter)
        .or_else(|| decl.property(&format!("{parameter}s")))
        .map(|(index, _)| index)
}

/// The size, in megabytes, of what has been posted in a room.
fn content_megabytes(engine: &Engine, room: &Scope) -> f64 {
    let Some(messages) = families::find(MESSAGES) else {
        return 0.0;
    };
    let bytes: usize = engine
        .session
        .store
        .records(messages.noun)
        .iter()
        .filter(|m| text(messages, &m.values, "Room").eq_ignore_ascii_case(&room.to_string()))
        .map(|m| text(messages, &m.values, "Content").len())
        .sum();
    bytes as f64 / (1024.0 * 1024.0)
}

/// The noun that holds the messages of Persistent Chat rooms.
pub const MESSAGES: &str = "LabChatMessage";

fn get(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let pool = match call.bound.get(POOL).map(Value::to_display) {
        Some(typed) => Some(pool_named(engine, call, decl, Some(&typed)).map_err(Flow::Error)?),
        None => None,
    };
    if pool.is_some() && call.bound.get("Category").is_some() {
        let message = format!(
            "-Category cannot be used with -{POOL}: a category belongs to one pool already."
        );
        return Err(Flow::Error(fail(
            engine,
            call,
            message,
            "ParameterConflict",
            "",
        )));
    }
    let candidates: Vec<Record> = match call.bound.text("Identity") {
        Some(typed) => match named(engine, call, decl, None, &typed) {
            Ok(found) => found.into_iter().cloned().collect(),
            Err(e) => {
                engine.write_error(*e)?;
                return Ok(vec![]);
            }
        },
        None => engine.session.store.records(decl.noun).to_vec(),
    };
    // The records that are directory contacts live in one container: an -OU above it keeps
    // them, any other leaves none.
    if let Some(ou) = call.bound.text("OU") {
        let container = APPLICATION_CONTACTS.to_ascii_lowercase();
        let ou = ou.trim().to_ascii_lowercase();
        if !(container == ou || container.ends_with(&format!(",{ou}"))) {
            return Ok(vec![]);
        }
    }
    let filter = call.bound.text("Filter");
    let search_description = call.bound.switch("SearchDescription");
    let exceeds = call
        .bound
        .get("ChatContentExceedsMB")
        .and_then(Value::as_i128);
    let limit = call
        .bound
        .get("ResultSize")
        .and_then(Value::as_i128)
        .map_or(usize::MAX, |n| n.max(0) as usize);
    let conditions: Vec<(usize, Value)> = call
        .bound
        .params
        .iter()
        .filter(|p| {
            !["Identity", "Filter", POOL]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(&p.name))
        })
        .filter_map(|p| Some((filtered_property(decl, &p.name)?, p.value.clone()?)))
        .collect();
    let out = candidates
        .iter()
        .filter(|r| {
            pool.as_ref()
                .is_none_or(|p| pool_of(decl, r).eq_ignore_ascii_case(p))
        })
        .filter(|r| {
            conditions
                .iter()
                .all(|(at, wanted)| holds(&r.values[*at], wanted))
        })
        .filter(|r| {
            filter.as_deref().is_none_or(|pattern| {
                let pattern = pattern.trim_matches(|c| c == '{' || c == '}').trim();
                let name = decl.name_of(&r.identity).unwrap_or_default();
                wildcard_match(pattern, &name, false)
                    || (search_description
                        && wildcard_match(pattern, &text(decl, &r.values, "Description"), false))
            })
        })
        .filter(|r| exceeds.is_none_or(|mb| content_megabytes(engine, &r.identity) > mb as f64))
        .take(limit)
        .map(|r| to_object(decl, r))
        .collect();
    Ok(out)
}

/// Reads the values that name pooled records (a room's category and add-in) within `pool`:
/// a bare name becomes that pool's record's identity, spelled as stored.
fn resolve_names(engine: &Engine, decl: &FamilyDecl, pool: &str, values: &mut [Value]) {
    for (prop, value) in decl.properties.iter().zip(values.iter_mut()) {
        let Some(target) = prop.refers.and_then(families::find) else {
            continue;
        };
        if target.identity != IdentityKind::Pooled || *value == Value::Null {
            continue;
        }
        let typed = value.to_display();
        if typed.is_empty() {
            *value = Value::Null;
            continue;
        }
        let full = if typed.contains('\\') {
            typed.clone()
        } else {
            format!("{pool}\\{typed}")
        };
        let stored = engine
            .session
            .store
            .records(target.noun)
            .iter()
            .find(|r| r.identity.to_string().eq_ignore_ascii_case(&full))
            .map_or(full, |r| r.identity.to_string());
        *value = Value::str(stored);
    }
}

/// Checks a record before it is stored as `identity` (`own`: its identity before the change):
/// a name, no other record of that identity, and what it names exists.
fn check(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    identity: &Scope,
    own: Option<&Scope>,
    values: &mut [Value],
) -> Result<(), Box<ErrorRecord>> {
    let shown = identity.to_string();
    let name = decl.name_of(identity).unwrap_or_default();
    if name.trim().is_empty() || shown.ends_with('\\') {
        let message = format!("A {} needs a name.", decl.label);
        return Err(fail(engine, call, message, "InvalidRecord", &shown));
    }
    let taken = engine.session.store.get(decl.noun, identity).is_some()
        && own.is_none_or(|own| !own.same_as(identity));
    if taken {
        let message = texts::name_taken(decl.label, &shown);
        return Err(fail(engine, call, message, "ObjectExists", &shown));
    }
    check_references(engine, call, decl, values)?;
    check_rule(engine, call, decl, identity, values)
}

fn new(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = call.bound.get(POOL).map(Value::to_display);
    let pool = pool_named(engine, call, decl, typed.as_deref()).map_err(Flow::Error)?;
    let mut values = decl.defaults();
    apply(decl, &call.bound, &mut values).map_err(|p| Flow::Error(list_error(engine, call, p)))?;
    if let Some((index, _)) = decl.property(POOL_PROPERTY) {
        values[index] = Value::str(&pool);
    }
    resolve_names(engine, decl, &pool, &mut values);
    let identity = identity_for(decl, &pool, &values);
    check(engine, call, decl, &identity, None, &mut values).map_err(Flow::Error)?;
    if !engine.should_process(call, &identity.to_string())? {
        return Ok(vec![]);
    }
    let record = Record { identity, values };
    let object = to_object(decl, &record);
    engine.session.store.put(decl.noun, record);
    // An endpoint, like the other directory contacts, is shown only with -PassThru.
    let quiet = call.entry.signature.param("PassThru").is_some() && !call.bound.switch("PassThru");
    Ok(if quiet { vec![] } else { vec![object] })
}

/// The record Set or Remove works on: `-Instance`'s (with the object's values for Set) or the
/// one `-Identity` names.
fn target(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
) -> Result<(Record, Option<Vec<Value>>), Box<ErrorRecord>> {
    if let Some(instance @ Value::Object(_)) = call.bound.get("Instance") {
        let (_, values, _) = values_of_instance(engine, call, decl, instance)?;
        let typed = instance
            .property("Identity")
            .map(|v| v.to_display())
            .unwrap_or_default();
        return Ok((one_named(engine, call, decl, None, &typed)?, Some(values)));
    }
    let typed = call
        .bound
        .get("Identity")
        .or_else(|| call.bound.get("Instance"))
        .map(Value::to_display)
        .unwrap_or_default();
    Ok((one_named(engine, call, decl, None, &typed)?, None))
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let (record, instance_values) = match target(engine, call, decl) {
        Ok(found) => found,
        Err(e) => return engine.write_error(*e).map(|()| vec![]),
    };
    let mut values = instance_values.unwrap_or_else(|| record.values.clone());
    if let Err(problem) = apply(decl, &call.bound, &mut values) {
        return engine
            .write_error(*list_error(engine, call, problem))
            .map(|()| vec![]);
    }
    let pool = pool_of(decl, &record);
    resolve_names(engine, decl, &pool, &mut values);
    let identity = identity_for(decl, &pool, &values);
    if let Err(e) = check(
        engine,
        call,
        decl,
        &identity,
        Some(&record.identity),
        &mut values,
    ) {
        return engine.write_error(*e).map(|()| vec![]);
    }
    if !engine.should_process(call, &record.identity.to_string())? {
        return Ok(vec![]);
    }
    let renamed = !identity.same_as(&record.identity);
    if renamed {
        engine.session.store.remove(decl.noun, &record.identity);
        rename_references(engine, decl, &record.identity, &identity);
    }
    engine
        .session
        .store
        .put(decl.noun, Record { identity, values });
    Ok(vec![])
}

/// Makes every value that names `old` (a record of `decl`) name `new` instead.
fn rename_references(engine: &mut Engine, decl: &FamilyDecl, old: &Scope, new: &Scope) {
    change_references(engine, decl, old, Some(new));
}

/// Rewrites (or, with `new` None, empties) every value of another record that names `old`.
fn change_references(engine: &mut Engine, decl: &FamilyDecl, old: &Scope, new: Option<&Scope>) {
    let old_text = old.to_string();
    for family in families::all() {
        let columns: Vec<usize> = family
            .properties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.refers.is_some_and(|n| n.eq_ignore_ascii_case(decl.noun)))
            .map(|(at, _)| at)
            .collect();
        if columns.is_empty() {
            continue;
        }
        let changed: Vec<Record> = engine
            .session
            .store
            .records(family.noun)
            .iter()
            .filter(|r| {
                columns
                    .iter()
                    .any(|at| r.values[*at].to_display().eq_ignore_ascii_case(&old_text))
            })
            .map(|r| {
                let mut r = r.clone();
                for at in &columns {
                    if r.values[*at].to_display().eq_ignore_ascii_case(&old_text) {
                        r.values[*at] = new.map_or(Value::Null, |n| Value::str(n.to_string()));
                    }
                }
                r
            })
            .collect();
        for record in changed {
            engine.session.store.put(family.noun, record);
        }
    }
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let (record, _) = match target(engine, call, decl) {
        Ok(found) => found,
        Err(e) => return engine.write_error(*e).map(|()| vec![]),
    };
    let shown = record.identity.to_string();
    let force = call.bound.switch("Force");
    if let Some((by_label, by)) = referenced_by(engine, decl, &record.identity) {
        // With -Force (Remove-CsPersistentChatAddin has it) the records that name it let go;
        // a category, whose Remove has no -Force, keeps its rooms and stays.
        if !force {
            let message = texts::referenced(decl.label, &shown, by_label, &by);
            return engine
                .write_error(*fail(engine, call, message, "ObjectInUse", &shown))
                .map(|()| vec![]);
        }
    }
    if !engine.should_process(call, &shown)? {
        return Ok(vec![]);
    }
    change_references(engine, decl, &record.identity, None);
    engine.session.store.remove(decl.noun, &record.identity);
    remove_messages(engine, &record.identity);
    Ok(vec![])
}

/// Deletes the messages of a room that is gone.
fn remove_messages(engine: &mut Engine, room: &Scope) {
    let Some(messages) = families::find(MESSAGES) else {
        return;
    };
    let gone: Vec<Scope> = engine
        .session
        .store
        .records(messages.noun)
        .iter()
        .filter(|m| text(messages, &m.values, "Room").eq_ignore_ascii_case(&room.to_string()))
        .map(|m| m.identity.clone())
        .collect();
    for identity in gone {
        engine.session.store.remove(messages.noun, &identity);
    }
}
