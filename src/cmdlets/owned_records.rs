//! The verbs of records a service owns and names by GUID (declarations with
//! `identity: Owned`): the Response Group's agent groups, queues, workflows, business hours
//! and holiday sets on Application services, and the device update rules on Web Services.
//!
//! - Get finds them by service or by full identity, by `-Name`, `-Filter` and owner pool.
//! - New takes the service (`-Parent`) and works out the GUID from the service, the name and
//!   the GUIDs already taken, so a session replays to the same identities.
//! - Set and Remove take the object itself (`-Instance`), as the real cmdlets do.
//!
//! Names are unique within a service. References between the records (a queue's agent groups,
//! a workflow's queue inside its call action) and to directory users are checked through the
//! declarations' `refers`, and a record something names cannot be removed.

use super::family::{
    apply, check_references, check_rule, error, held_in_memory, list_error, referenced_by, texts,
    to_object, values_of_instance,
};
use super::lis_records::text;
use super::FamilyVerb;
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::store::{Record, Topology};
use crate::value::Value;

/// The role of the services that own Response Group records and announcements.
pub const ROLE: &str = "ApplicationServer";

/// The role of the services that own `decl`'s records: the first its scopes name.
pub fn role_of(decl: &FamilyDecl) -> &'static str {
    decl.scopes
        .iter()
        .find_map(|rule| match rule {
            crate::family::ScopeRule::Service(roles) => roles.first().copied(),
            _ => None,
        })
        .unwrap_or(ROLE)
}

/// The property that says which pool owns a record (its service's pool, unless a record was
/// imported from another pool and kept its owner).
const OWNER: &str = "OwnerPool";

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

/// The Application service `typed` names (`service:ApplicationServer:fqdn`, without
/// `service:`, or the pool's FQDN alone), as the topology spells it.
pub fn application_service(engine: &Engine, typed: &str) -> Option<Scope> {
    owning_service(&engine.session.topology, ROLE, typed)
}

/// The service of `wanted` role `typed` names (`service:Role:fqdn`, without `service:`, or
/// the pool's FQDN alone), as the topology spells it.
pub fn owning_service(topology: &Topology, wanted: &str, typed: &str) -> Option<Scope> {
    let typed = typed.trim();
    let scope = Scope::parse(typed).or_else(|| {
        (!typed.contains(':')).then(|| Scope::Service {
            role: wanted.into(),
            fqdn: typed.to_string(),
        })
    })?;
    match scope {
        Scope::Service { role, fqdn } if role.eq_ignore_ascii_case(wanted) => {
            let s = topology.service(wanted, &fqdn)?;
            Some(Scope::Service {
                role: s.role.clone(),
                fqdn: s.pool.clone(),
            })
        }
        _ => None,
    }
}

/// The identity of a record of `service` (an Application service scope) with `guid`, as the
/// real cmdlets write it.
pub fn owned_identity(service: &Scope, guid: &str) -> Scope {
    match service {
        Scope::Service { role, fqdn } => Scope::Name(format!("service:{role}:{fqdn}/{guid}")),
        other => Scope::Name(format!("{other}/{guid}")),
    }
}

/// A GUID made from `seed`, the same for the same seed (see `directory::guid_with`).
pub fn guid(seed: &str) -> String {
    crate::directory::guid_with(seed, 0xcbf2_9ce4_8422_2325 ^ 0x9e37_79b9_7f4a_7c15)
}

/// A GUID for a new record named `name` in `service` that no record of `noun` has: the first
/// free one of the seeds `service/name/0`, `service/name/1`...
pub fn fresh_guid(engine: &Engine, noun: &str, service: &Scope, name: &str) -> String {
    let taken = engine.session.store.records(noun).len();
    (0..=taken)
        .map(|n| guid(&format!("{service}/{name}/{n}")))
        .find(|g| {
            engine
                .session
                .store
                .get(noun, &owned_identity(service, g))
                .is_none()
        })
        .unwrap_or_default()
}

/// Whether `record` belongs to `service`.
pub fn in_service(record: &Record, service: &Scope) -> bool {
    let prefix = match service {
        Scope::Service { role, fqdn } => format!("service:{role}:{fqdn}/"),
        other => format!("{other}/"),
    };
    let identity = record.identity.to_string();
    identity.len() > prefix.len() && identity[..prefix.len()].eq_ignore_ascii_case(&prefix)
}

/// An error of these records, its category following from its id.
pub(super) fn fail(
    engine: &Engine,
    call: &Call,
    message: String,
    id: &str,
    target: &str,
) -> Box<ErrorRecord> {
    let category = match id {
        "ObjectNotFound" | "ServiceNotFound" => ErrorCategory::ObjectNotFound,
        "ObjectExists" => ErrorCategory::ResourceExists,
        "ObjectInUse" => ErrorCategory::InvalidOperation,
        _ => ErrorCategory::InvalidArgument,
    };
    error(engine, call, message, id, category, target)
}

fn no_service(engine: &Engine, call: &Call, decl: &FamilyDecl, typed: &str) -> Box<ErrorRecord> {
    let role = role_of(decl);
    let message = format!(
        "\"{typed}\" is not a {role} service of the topology; a {} belongs to one (service:{role}:<pool fqdn>).",
        decl.label
    );
    fail(engine, call, message, "ServiceNotFound", typed)
}

/// What an identity names: a whole service, or one record of it.
pub(super) enum Named {
    Service(Scope),
    One(Scope),
}

/// Reads `typed` as a service, or a service, a slash and a GUID, naming the service with
/// `service_of`; the error is the service part that names no service.
pub(super) fn split_named(
    typed: &str,
    service_of: impl FnOnce(&str) -> Option<Scope>,
) -> Result<Named, String> {
    let (parent, guid) = match typed.split_once('/') {
        Some((parent, guid)) => (parent, Some(guid.trim())),
        None => (typed, None),
    };
    let service = service_of(parent).ok_or_else(|| parent.to_string())?;
    Ok(match guid {
        Some(guid) => Named::One(owned_identity(&service, guid)),
        None => Named::Service(service),
    })
}

fn named(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    typed: &str,
) -> Result<Named, Box<ErrorRecord>> {
    split_named(typed, |parent| {
        owning_service(&engine.session.topology, role_of(decl), parent)
    })
    .map_err(|parent| no_service(engine, call, decl, &parent))
}

/// The pool FQDN an `-Owner` value names (`service:ApplicationServer:fqdn` or the FQDN).
fn owner_pool(typed: &str) -> String {
    let typed = typed.trim();
    let without = typed
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("service:"))
        .map_or(typed, |_| &typed[8..]);
    without
        .split_once(':')
        .map_or(without, |(_, fqdn)| fqdn)
        .to_string()
}

/// The pool of the service a record belongs to (the FQDN in its identity).
fn pool_of(record: &Record) -> String {
    let identity = record.identity.to_string();
    let service = identity
        .split_once('/')
        .map_or(identity.as_str(), |(s, _)| s);
    service.rsplit(':').next().unwrap_or_default().to_string()
}

fn get(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = call.bound.text("Identity");
    let wanted_name = call.bound.text("Name");
    let owner = call.bound.get("Owner").map(|v| owner_pool(&v.to_display()));
    let show_all = call.bound.switch("ShowAll");
    let filter = call.bound.text("Filter");
    let named = match &typed {
        Some(typed) => Some(named(engine, call, decl, typed).map_err(Flow::Error)?),
        None => None,
    };
    let records = engine.session.store.records(decl.noun);
    let selected: Vec<&Record> = records
        .iter()
        .filter(|r| match &named {
            None => true,
            Some(Named::Service(service)) => in_service(r, service),
            Some(Named::One(identity)) => r.identity.same_as(identity),
        })
        .filter(|r| {
            wanted_name
                .as_ref()
                .is_none_or(|n| text(decl, &r.values, "Name").eq_ignore_ascii_case(n))
        })
        .filter(|r| {
            crate::wildcard::wildcard_match(
                filter.as_deref().unwrap_or("*"),
                &r.identity.to_string(),
                false,
            )
        })
        .filter(|r| {
            if decl.property(OWNER).is_none() {
                return true;
            }
            let owned_by = text(decl, &r.values, OWNER);
            match &owner {
                Some(owner) => owned_by.eq_ignore_ascii_case(owner),
                // Without -ShowAll, a record another pool still owns stays out of sight.
                None => show_all || owned_by.eq_ignore_ascii_case(&pool_of(r)),
            }
        })
        .collect();
    let out: Vec<Value> = selected.into_iter().map(|r| to_object(decl, r)).collect();
    if let (true, Some(Named::One(_)), Some(typed)) = (out.is_empty(), &named, &typed) {
        let message = texts::not_found(decl.label, typed);
        engine.write_error(*fail(engine, call, message, "ObjectNotFound", typed))?;
    }
    Ok(out)
}

/// Checks a record's values before it is stored in `service` (`own`: the identity of the
/// record being changed): its name is given and free in the service, what it names exists,
/// and its noun's own rule holds.
fn check(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    service: &Scope,
    values: &mut [Value],
    own: Option<&Scope>,
) -> Result<(), Box<ErrorRecord>> {
    let name = text(decl, values, "Name");
    let shown = own.map_or_else(|| service_text(service), Scope::to_string);
    if name.trim().is_empty() {
        let message = format!("A {} needs a -Name.", decl.label);
        return Err(fail(engine, call, message, "InvalidRecord", &shown));
    }
    let clash = engine.session.store.records(decl.noun).iter().find(|r| {
        in_service(r, service)
            && own.is_none_or(|own| !r.identity.same_as(own))
            && text(decl, &r.values, "Name").eq_ignore_ascii_case(&name)
    });
    if let Some(clash) = clash {
        let message = format!(
            "The service {} has a {} named \"{name}\" already: {}.",
            service_text(service),
            decl.label,
            clash.identity
        );
        return Err(fail(engine, call, message, "ObjectExists", &shown));
    }
    check_references(engine, call, decl, values)?;
    let target = own.cloned().unwrap_or(Scope::Name(shown));
    check_rule(engine, call, decl, &target, values)
}

/// A service as the Response Group cmdlets write it: `service:ApplicationServer:fqdn`.
fn service_text(service: &Scope) -> String {
    match service {
        Scope::Service { role, fqdn } => format!("service:{role}:{fqdn}"),
        other => other.to_string(),
    }
}

fn set_owner(decl: &FamilyDecl, values: &mut [Value], pool: &str) {
    if let Some((index, _)) = decl.property(OWNER) {
        values[index] = Value::str(pool);
    }
}

fn new(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = call.bound.text("Parent").unwrap_or_default();
    let service = owning_service(&engine.session.topology, role_of(decl), &typed)
        .ok_or_else(|| Flow::Error(no_service(engine, call, decl, &typed)))?;
    let mut values = decl.defaults();
    apply(decl, &call.bound, &mut values).map_err(|p| Flow::Error(list_error(engine, call, p)))?;
    if let Scope::Service { fqdn, .. } = &service {
        set_owner(decl, &mut values, fqdn);
    }
    let in_memory = call.bound.switch("InMemory");
    if !in_memory {
        check(engine, call, decl, &service, &mut values, None).map_err(Flow::Error)?;
    }
    let name = text(decl, &values, "Name");
    let record = Record {
        identity: owned_identity(&service, &fresh_guid(engine, decl.noun, &service, &name)),
        values,
    };
    let object = to_object(decl, &record);
    if in_memory {
        return Ok(vec![held_in_memory(object)]);
    }
    if !engine.should_process(call, &record.identity.to_string())? {
        return Ok(vec![]);
    }
    engine.session.store.put(decl.noun, record);
    Ok(vec![object])
}

/// The object `-Instance` carries (or, for a cmdlet with `-Identity`, the identity). An
/// object of another type is refused as PowerShell refuses the conversion.
fn given(engine: &Engine, call: &Call, decl: &FamilyDecl) -> Result<Option<Value>, Flow> {
    let Some(instance) = call.bound.get("Instance") else {
        return Ok(call.bound.get("Identity").cloned());
    };
    let type_name = instance.type_name();
    let short = |name: &str| name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
    if matches!(instance, Value::Object(_)) && short(&type_name) != short(decl.type_name) {
        let message = format!(
            "Cannot bind parameter 'Instance'. Cannot convert the \"{}\" value of type \"{type_name}\" to type \"{}\".",
            instance.to_display(),
            decl.type_name
        );
        return Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            message,
            "CannotConvertArgumentNoMessage",
            ErrorCategory::InvalidArgument,
            "ParameterBindingException",
        ))));
    }
    Ok(Some(instance.clone()))
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let Some(instance) = given(engine, call, decl)? else {
        return Ok(vec![]);
    };
    let (typed_scope, mut values, from_memory) =
        match values_of_instance(engine, call, decl, &instance) {
            Ok(found) => found,
            Err(e) => {
                engine.write_error(*e)?;
                return Ok(vec![]);
            }
        };
    let shown = typed_scope.to_string();
    let Some(Named::One(identity)) = named(engine, call, decl, &shown).ok() else {
        let message = texts::not_found(decl.label, &shown);
        engine.write_error(*fail(engine, call, message, "ObjectNotFound", &shown))?;
        return Ok(vec![]);
    };
    let stored = engine.session.store.get(decl.noun, &identity).cloned();
    let (identity, owner) = match (stored, from_memory) {
        (Some(record), _) => (record.identity.clone(), text(decl, &record.values, OWNER)),
        (None, true) => {
            let owner = pool_of(&Record {
                identity: identity.clone(),
                values: vec![],
            });
            (identity, owner)
        }
        (None, false) => {
            let message = texts::not_found(decl.label, &shown);
            engine.write_error(*fail(engine, call, message, "ObjectNotFound", &shown))?;
            return Ok(vec![]);
        }
    };
    set_owner(decl, &mut values, &owner);
    let service = decl.parent_of(&identity).unwrap_or(Scope::Global);
    let service = owning_service(
        &engine.session.topology,
        role_of(decl),
        &service.to_string(),
    )
    .unwrap_or(service);
    if let Err(e) = check(engine, call, decl, &service, &mut values, Some(&identity)) {
        engine.write_error(*e)?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &identity.to_string())? {
        return Ok(vec![]);
    }
    engine
        .session
        .store
        .put(decl.noun, Record { identity, values });
    Ok(vec![])
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let Some(given) = given(engine, call, decl)? else {
        return Ok(vec![]);
    };
    let typed = given
        .property("Identity")
        .unwrap_or_else(|| given.clone())
        .to_display();
    let identity = match named(engine, call, decl, &typed) {
        Ok(Named::One(identity)) => identity,
        Ok(Named::Service(_)) => Scope::Name(typed.clone()),
        Err(e) => return engine.write_error(*e).map(|()| vec![]),
    };
    let Some(record) = engine.session.store.get(decl.noun, &identity).cloned() else {
        let message = texts::not_found(decl.label, &typed);
        engine.write_error(*fail(engine, call, message, "ObjectNotFound", &typed))?;
        return Ok(vec![]);
    };
    let shown = record.identity.to_string();
    if let Some((by_label, by)) = referenced_by(engine, decl, &record.identity) {
        let message = texts::referenced(decl.label, &shown, by_label, &by);
        engine.write_error(*fail(engine, call, message, "ObjectInUse", &shown))?;
        return Ok(vec![]);
    }
    if engine.should_process(call, &shown)? {
        engine.session.store.remove(decl.noun, &record.identity);
    }
    Ok(vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_deterministic_and_well_formed() {
        let a = guid("service:ApplicationServer:x/Welcome/0");
        assert_eq!(a, guid("service:ApplicationServer:x/Welcome/0"));
        assert_ne!(a, guid("service:ApplicationServer:x/Welcome/1"));
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
    }
}
