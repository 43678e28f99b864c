//! The verbs of a member noun (`IdentityKind::Member`): rules kept, in priority order, in a
//! list property of their parent record, as a dial plan keeps its normalization rules. A rule's
//! identity is `<parent>/<Name>` and its Priority is its place in the list, so priorities stay
//! 0..n-1: a rule created or moved to a priority that is taken goes before the rule there, and
//! one created without a priority goes last.

use super::family::{apply, error, list_error, texts};
use super::FamilyVerb;
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::families;
use crate::family::{FamilyDecl, PRIORITY};
use crate::identity::Scope;
use crate::store::Record;
use crate::value::{PsObject, Value};

/// Where a member lives: its parent's family, the parent's identity and the list's index.
struct Place {
    parent: &'static FamilyDecl,
    scope: Scope,
    list: usize,
}

/// A typed member identity, read: the parent's scope and the rule's name (none when only the
/// parent was typed).
struct Typed {
    scope: Scope,
    name: Option<String>,
}

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

fn parent_of(decl: &FamilyDecl) -> Option<(&'static FamilyDecl, usize)> {
    let (noun, list) = decl.member_of?;
    let parent = families::find(noun)?;
    let (index, _) = parent.property(list)?;
    Some((parent, index))
}

/// The identity of the member `name` of the parent at `scope`: `Global/KeepAll`,
/// `Site:Redmond/Rule`, and for a per-user parent its bare name (`SeattleUser/Rule`).
pub fn identity_text(scope: &Scope, name: &str) -> String {
    match scope {
        Scope::Tag(tag) => format!("{tag}/{name}"),
        other => format!("{other}/{name}"),
    }
}

/// The member as Get shows it: Identity, Priority, then the stored properties.
pub fn to_object(decl: &FamilyDecl, scope: &Scope, priority: usize, element: &Value) -> Value {
    let mut object = PsObject::new(decl.type_name);
    let name = name_of(decl, element);
    object = object.with("Identity", Value::str(identity_text(scope, &name)));
    for prop in decl.properties {
        let value = if prop.name == PRIORITY {
            Value::Int32(i32::try_from(priority).unwrap_or(i32::MAX))
        } else {
            field(element, prop.name)
        };
        object = object.with(prop.name, value);
    }
    Value::object(object)
}

/// The member as its parent's list keeps it: the declared properties but Priority, with no
/// Identity (any object of the member's type, such as a `-InMemory` one, is stored so).
pub fn stored_form(decl: &FamilyDecl, object: &Value) -> Value {
    let mut stored = PsObject::new(decl.type_name);
    for prop in decl.properties.iter().filter(|p| p.name != PRIORITY) {
        stored = stored.with(prop.name, field(object, prop.name));
    }
    Value::object(stored)
}

fn field(element: &Value, name: &str) -> Value {
    match element {
        Value::Object(o) => o.borrow().get(name).cloned().unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

fn name_of(decl: &FamilyDecl, element: &Value) -> String {
    decl.name_property
        .map(|p| field(element, p).to_display())
        .unwrap_or_default()
}

fn elements(record: &Record, list: usize) -> Vec<Value> {
    record
        .values
        .get(list)
        .cloned()
        .map(Value::into_items)
        .unwrap_or_default()
}

/// Reads `parent/name` (or a parent alone); the error is the family's invalid-identity one.
fn read(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    typed: &str,
) -> Result<Typed, Box<ErrorRecord>> {
    let (parent, name) = match typed.split_once('/') {
        Some((parent, name)) => (parent, Some(name.trim().to_string())),
        None => (typed, None),
    };
    match decl.parent_scope(parent) {
        Some(scope) if name.as_deref() != Some("") => Ok(Typed { scope, name }),
        _ => Err(error(
            engine,
            call,
            texts::bad_scope(typed, &decl.scope_words()),
            "InvalidIdentity",
            ErrorCategory::InvalidArgument,
            typed,
        )),
    }
}

/// The error for a member whose name its parent has already.
fn exists(engine: &Engine, call: &Call, decl: &FamilyDecl, shown: &str) -> Box<ErrorRecord> {
    error(
        engine,
        call,
        texts::name_taken(decl.label, shown),
        "ObjectExists",
        ErrorCategory::ResourceExists,
        shown,
    )
}

fn not_found(engine: &Engine, call: &Call, decl: &FamilyDecl, typed: &str) -> Box<ErrorRecord> {
    error(
        engine,
        call,
        texts::not_found(decl.label, typed),
        "ObjectNotFound",
        ErrorCategory::ObjectNotFound,
        typed,
    )
}

/// The parent record a member identity names, with where its list is.
fn place(engine: &Engine, decl: &FamilyDecl, scope: &Scope) -> Option<(Place, Record)> {
    let (parent, list) = parent_of(decl)?;
    let record = engine.session.store.get(parent.noun, scope)?.clone();
    Some((
        Place {
            parent,
            scope: record.identity.clone(),
            list,
        },
        record,
    ))
}

fn position(decl: &FamilyDecl, items: &[Value], name: &str) -> Option<usize> {
    items
        .iter()
        .position(|item| name_of(decl, item).eq_ignore_ascii_case(name))
}

fn get(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let Some((parent, list)) = parent_of(decl) else {
        return Ok(vec![]);
    };
    let filter = call.bound.text("Filter");
    let typed = call.bound.text("Identity");
    let wanted = match &typed {
        Some(typed) => Some(read(engine, call, decl, typed).map_err(Flow::Error)?),
        None => None,
    };
    let mut out = Vec::new();
    for record in engine.session.store.records(parent.noun) {
        // -Filter matches the parent's part of the identity only, as the real cmdlets do.
        if let Some(filter) = &filter {
            let shown = identity_text(&record.identity, "");
            let scope = shown.trim_end_matches('/');
            if !crate::wildcard::wildcard_match(filter, scope, false) {
                continue;
            }
        }
        if let Some(wanted) = &wanted {
            if !record.identity.same_as(&wanted.scope) {
                continue;
            }
        }
        for (priority, element) in elements(record, list).iter().enumerate() {
            let named = wanted
                .as_ref()
                .and_then(|w| w.name.as_deref())
                .is_none_or(|name| name_of(decl, element).eq_ignore_ascii_case(name));
            if named {
                out.push(to_object(decl, &record.identity, priority, element));
            }
        }
    }
    if let (Some(typed), Some(Typed { name: Some(_), .. }), true) =
        (&typed, &wanted, out.is_empty())
    {
        engine.write_error(*not_found(engine, call, decl, typed))?;
    }
    Ok(out)
}

/// The identity New was given: `-Identity`, or `-Parent` (global when left out) and `-Name`.
fn typed_identity_of_new(call: &Call, decl: &FamilyDecl) -> String {
    if let Some(identity) = call.bound.get("Identity") {
        return identity.to_display();
    }
    let parent = call.bound.text("Parent").unwrap_or_else(|| "global".into());
    let name = decl
        .name_property
        .and_then(|p| call.bound.get(p))
        .map(Value::to_display)
        .unwrap_or_default();
    format!("{parent}/{name}")
}

/// The error for a member whose parent record does not exist.
fn no_parent(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    typed: &str,
    scope: &Scope,
) -> Box<ErrorRecord> {
    let parent = parent_of(decl).map(|(p, _)| p);
    let (label, noun) = parent.map_or(("parent", ""), |p| (p.label, p.noun));
    error(
        engine,
        call,
        format!(
            "Cannot create the {} \"{typed}\" because there is no {label} with the Identity \"{scope}\". Create it first: New-{noun} -Identity {scope}",
            decl.label
        ),
        "ParentNotFound",
        ErrorCategory::ObjectNotFound,
        typed,
    )
}

fn new(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = typed_identity_of_new(call, decl);
    let Typed { scope, name } = read(engine, call, decl, &typed).map_err(Flow::Error)?;
    let Some(name) = name else {
        return Err(Flow::Error(read_error(engine, call, decl, &typed)));
    };
    let mut values = decl.defaults();
    if let Some((index, _)) = decl.name_property.and_then(|p| decl.property(p)) {
        values[index] = Value::str(name.as_str());
    }
    apply(decl, &call.bound, &mut values)
        .map_err(|problem| Flow::Error(list_error(engine, call, problem)))?;
    let element = element_of(decl, &values);
    let in_memory = call.bound.switch("InMemory");
    let found = place(engine, decl, &scope);
    if in_memory {
        let priority = requested_priority(call).unwrap_or(0);
        let mut object = to_object(decl, &scope, priority, &element);
        if let Value::Object(o) = &mut object {
            o.borrow_mut().in_memory = true;
        }
        return Ok(vec![object]);
    }
    let found = match found {
        None if decl.creates_parent && engine.session.topology.has_scope(&scope) => {
            create_parent(engine, decl, &scope)
        }
        found => found,
    };
    let Some((place, mut record)) = found else {
        return Err(Flow::Error(no_parent(engine, call, decl, &typed, &scope)));
    };
    let mut items = elements(&record, place.list);
    if position(decl, &items, &name).is_some() {
        let shown = identity_text(&place.scope, &name);
        return Err(Flow::Error(exists(engine, call, decl, &shown)));
    }
    let at = requested_priority(call).map_or(items.len(), |p| p.min(items.len()));
    let shown = identity_text(&place.scope, &name);
    if !engine.should_process(call, &shown)? {
        return Ok(vec![]);
    }
    items.insert(at, element.clone());
    record.values[place.list] = Value::array(items);
    engine.session.store.put(place.parent.noun, record);
    Ok(vec![to_object(decl, &place.scope, at, &element)])
}

/// A parent record at its defaults for a member that creates its parent (not stored yet: the
/// member's New stores it with the member in it).
fn create_parent(engine: &Engine, decl: &FamilyDecl, scope: &Scope) -> Option<(Place, Record)> {
    let (parent, list) = parent_of(decl)?;
    if !parent.allows(scope) {
        return None;
    }
    let record = Record {
        identity: super::family::canonical_scope(engine, scope.clone()),
        values: parent.defaults(),
    };
    Some((
        Place {
            parent,
            scope: record.identity.clone(),
            list,
        },
        record,
    ))
}

fn read_error(engine: &Engine, call: &Call, decl: &FamilyDecl, typed: &str) -> Box<ErrorRecord> {
    error(
        engine,
        call,
        texts::bad_scope(typed, &decl.scope_words()),
        "InvalidIdentity",
        ErrorCategory::InvalidArgument,
        typed,
    )
}

/// `-Priority` as given (the binder has checked that it is not negative).
fn requested_priority(call: &Call) -> Option<usize> {
    call.bound
        .get(PRIORITY)
        .and_then(Value::as_i128)
        .and_then(|p| usize::try_from(p).ok())
}

/// The stored element made of declared values (Priority left out).
fn element_of(decl: &FamilyDecl, values: &[Value]) -> Value {
    let mut element = PsObject::new(decl.type_name);
    for (prop, value) in decl.properties.iter().zip(values) {
        if prop.name != PRIORITY {
            element = element.with(prop.name, value.clone());
        }
    }
    Value::object(element)
}

/// The declared values of a stored element at `priority`.
fn values_of(decl: &FamilyDecl, element: &Value, priority: usize) -> Vec<Value> {
    decl.properties
        .iter()
        .map(|prop| {
            if prop.name == PRIORITY {
                Value::Int32(i32::try_from(priority).unwrap_or(i32::MAX))
            } else {
                field(element, prop.name)
            }
        })
        .collect()
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let instance = call.bound.get("Instance").cloned();
    let typed = match (&instance, call.bound.get("Identity")) {
        (_, Some(identity)) => identity.to_display(),
        (Some(object), None) => field(object, "Identity").to_display(),
        (None, None) => String::new(),
    };
    let found = match read(engine, call, decl, &typed) {
        Ok(Typed {
            scope,
            name: Some(name),
        }) => place(engine, decl, &scope).and_then(|(place, record)| {
            let items = elements(&record, place.list);
            position(decl, &items, &name).map(|at| (place, record, items, at))
        }),
        Ok(_) => None,
        Err(e) => return Err(Flow::Error(e)),
    };
    let from_memory = matches!(&instance, Some(Value::Object(o)) if o.borrow().in_memory);
    let found = match found {
        Some(found) => Some(found),
        // An `-InMemory` rule given as -Instance is stored as a new rule, at its Priority.
        None if from_memory => read(engine, call, decl, &typed)
            .ok()
            .and_then(|t| place(engine, decl, &t.scope))
            .map(|(place, record)| {
                let mut items = elements(&record, place.list);
                let at = instance
                    .as_ref()
                    .and_then(|i| i.property(PRIORITY))
                    .and_then(|p| p.as_i128())
                    .and_then(|p| usize::try_from(p).ok())
                    .map_or(items.len(), |p| p.min(items.len()));
                items.insert(at, Value::Null);
                (place, record, items, at)
            }),
        None => None,
    };
    let Some((place, mut record, mut items, at)) = found else {
        engine.write_error(*not_found(engine, call, decl, &typed))?;
        return Ok(vec![]);
    };
    let mut values = values_of(decl, &items[at], at);
    // -Instance carries every property, its Name included: a changed Name renames the rule.
    if let Some(instance) = &instance {
        for (prop, slot) in decl.properties.iter().zip(values.iter_mut()) {
            if let Value::Object(o) = instance {
                if let Some(v) = o.borrow().get(prop.name) {
                    *slot = v.clone();
                }
            }
        }
    }
    if let Err(problem) = apply(decl, &call.bound, &mut values) {
        engine.write_error(*list_error(engine, call, problem))?;
        return Ok(vec![]);
    }
    let element = element_of(decl, &values);
    let name = name_of(decl, &element);
    let clash = position(decl, &items, &name).is_some_and(|other| other != at);
    if clash {
        let shown = identity_text(&place.scope, &name);
        engine.write_error(*exists(engine, call, decl, &shown))?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &identity_text(&place.scope, &name))? {
        return Ok(vec![]);
    }
    let wanted = decl
        .property(PRIORITY)
        .and_then(|(i, _)| values[i].as_i128())
        .and_then(|p| usize::try_from(p).ok())
        .unwrap_or(at);
    items.remove(at);
    items.insert(wanted.min(items.len()), element);
    record.values[place.list] = Value::array(items);
    engine.session.store.put(place.parent.noun, record);
    Ok(vec![])
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = call.bound.text("Identity").unwrap_or_default();
    let Typed { scope, name } = read(engine, call, decl, &typed).map_err(Flow::Error)?;
    let Some((place, mut record)) = place(engine, decl, &scope) else {
        engine.write_error(*not_found(engine, call, decl, &typed))?;
        return Ok(vec![]);
    };
    let mut items = elements(&record, place.list);
    // A parent alone removes every rule it holds.
    let doomed: Vec<usize> = match &name {
        Some(name) => position(decl, &items, name).into_iter().collect(),
        None => (0..items.len()).collect(),
    };
    if doomed.is_empty() && name.is_some() {
        engine.write_error(*not_found(engine, call, decl, &typed))?;
        return Ok(vec![]);
    }
    let mut kept = Vec::with_capacity(items.len());
    for (at, item) in items.drain(..).enumerate() {
        let shown = identity_text(&place.scope, &name_of(decl, &item));
        if doomed.contains(&at) && engine.should_process(call, &shown)? {
            continue;
        }
        kept.push(item);
    }
    record.values[place.list] = Value::array(kept);
    engine.session.store.put(place.parent.noun, record);
    Ok(vec![])
}
