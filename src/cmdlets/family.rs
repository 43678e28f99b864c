//! The cmdlets of every declared noun, generated from its declaration: signatures, range
//! validation at bind time, references between records, and one implementation of each verb
//! (Get, Set, New, Remove, Enable, Disable).

use super::FamilyVerb;
use crate::catalog;
use crate::directory::POLICY_KINDS;
use crate::engine::bind::Bound;
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::families;
use crate::family::{FamilyDecl, IdentityKind, PropType, ShorthandForm};
use crate::identity::Scope;
use crate::list_modifier::{self, ListError};
use crate::signature::Signature;
use crate::store::Record;
use crate::value::{Properties, PsObject, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The signature of `verb`-`noun`: the catalog's, with each property parameter typed and
/// range-checked as the declaration says. `None` when Lync Server 2013 has no such cmdlet.
pub fn signature(decl: &FamilyDecl, verb: FamilyVerb) -> Option<Signature> {
    if !decl.has_verb(verb) {
        return None;
    }
    let mut signature = catalog::signature(&format!("{}-{}", verb.name(), decl.noun))?;
    for param in &mut signature.params {
        let Some((_, prop)) = decl.property(&param.name) else {
            continue;
        };
        if prop.taken_by(verb) {
            param.ty = prop.ty.param_type();
            param.range = prop.range.map(|r| (r.min.to_string(), r.max.to_string()));
        }
    }
    if verb == FamilyVerb::Remove && decl.noun == super::lis_records::LOCATION {
        super::lis_records::optional_fields(&mut signature);
    }
    signature
        .params
        .sort_by_key(|param| parameter_rank(decl, &param.name));
    Some(signature)
}

/// Where a parameter comes in the signature (and so in Get-Help's syntax): what picks the
/// records, then the properties in declaration order, the action switches, the other
/// switches, and the ShouldProcess pair last, as the real cmdlets list them.
fn parameter_rank(decl: &FamilyDecl, name: &str) -> usize {
    const LEADING: [&str; 3] = ["Filter", "Identity", "Instance"];
    const TRAILING: [&str; 6] = [
        "InMemory",
        "Force",
        "LocalStore",
        "Tenant",
        "WhatIf",
        "Confirm",
    ];
    if let Some(at) = LEADING.iter().position(|n| n.eq_ignore_ascii_case(name)) {
        return at;
    }
    if let Some((index, _)) = decl.property(name) {
        return 10 + index;
    }
    if let Some(at) = decl
        .switches
        .iter()
        .position(|s| s.name.eq_ignore_ascii_case(name))
    {
        return 1_000 + at;
    }
    TRAILING
        .iter()
        .position(|n| n.eq_ignore_ascii_case(name))
        .map_or(1_500, |at| 2_000 + at)
}

/// An object New built with `-InMemory`: Set saves it even though the store has no record of
/// its identity yet.
pub(super) fn held_in_memory(object: Value) -> Value {
    if let Value::Object(o) = &object {
        o.borrow_mut().in_memory = true;
    }
    object
}

/// A record as the object Get returns.
pub fn to_object(decl: &FamilyDecl, record: &Record) -> Value {
    let (names, identified) = property_names(decl);
    let mut values = Vec::with_capacity(names.len());
    if identified {
        values.push(Value::str(record.identity.to_string()));
    }
    // One value per declared property, whatever the record holds.
    values.extend(
        (0..decl.properties.len())
            .map(|at| record.values.get(at).map_or(Value::Null, Value::detached)),
    );
    let mut object = PsObject::new(decl.type_name);
    object.properties = Properties::shaped(names, values);
    Value::object(object)
}

/// The names of a declaration's objects (Identity first, unless the noun has none), one list
/// shared by every object, so that ten thousand records cost one list of names rather than ten
/// thousand; and whether Identity is among them. Declarations are statics (`crate::families`),
/// so an address names one declaration for the life of the process.
fn property_names(decl: &FamilyDecl) -> (Rc<Vec<Rc<str>>>, bool) {
    type Held = HashMap<*const FamilyDecl, Rc<Vec<Rc<str>>>>;
    thread_local! {
        static NAMES: RefCell<Held> = RefCell::new(HashMap::new());
    }
    let identified = !matches!(decl.identity, IdentityKind::Singleton | IdentityKind::Entry);
    let names = NAMES.with(|names| {
        names
            .borrow_mut()
            .entry(decl as *const FamilyDecl)
            .or_insert_with(|| {
                let identity = identified.then_some("Identity");
                let declared = decl.properties.iter().map(|p| p.name);
                Rc::new(identity.into_iter().chain(declared).map(Rc::from).collect())
            })
            .clone()
    });
    (names, identified)
}

pub fn run(
    engine: &mut Engine,
    call: &Call,
    decl: &'static FamilyDecl,
    verb: FamilyVerb,
) -> Result<Vec<Value>, Flow> {
    if let Some(name) = decl
        .unsupported
        .iter()
        .find(|name| call.bound.get(name).is_some())
    {
        let message = format!(
            "lyncsh does not support -{name}: the Lync Server 2013 release it emulates has no such setting."
        );
        return Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            message,
            "NotSupportedByLyncsh",
            ErrorCategory::NotImplemented,
            "NotSupportedException",
        ))));
    }
    if decl.identity == IdentityKind::Member {
        return super::member::run(engine, call, decl, verb);
    }
    if decl.identity == IdentityKind::Owned {
        return super::owned_records::run(engine, call, decl, verb);
    }
    if decl.identity == IdentityKind::Pooled {
        return super::pooled_records::run(engine, call, decl, verb);
    }
    if let Some(run) = hand_written_verbs(decl.noun) {
        return run(engine, call, decl, verb);
    }
    super::files::check_report(engine, call)?;
    let errors_before = engine.errors_written;
    let output = match verb {
        FamilyVerb::Get => get(engine, call, decl),
        FamilyVerb::Set => set(engine, call, decl),
        FamilyVerb::New => new(engine, call, decl),
        FamilyVerb::Remove => remove(engine, call, decl),
        FamilyVerb::Enable => enable(engine, call, decl, true),
        FamilyVerb::Disable => enable(engine, call, decl, false),
    }?;
    let outcome = if engine.errors_written > errors_before {
        "ended with an error; nothing was changed".to_string()
    } else {
        match verb {
            FamilyVerb::Get => format!("found {} {}", output.len(), record_word(decl)),
            _ => "completed".to_string(),
        }
    };
    super::files::write_report(engine, call, &[outcome])?;
    Ok(output)
}

/// The verbs of a noun whose behaviour goes beyond storing: its declaration gives the
/// properties and types, the function the verbs.
type Verbs = fn(&mut Engine, &Call, &'static FamilyDecl, FamilyVerb) -> Result<Vec<Value>, Flow>;

fn hand_written_verbs(noun: &str) -> Option<Verbs> {
    let lis = super::lis_records::KEYS
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case(noun));
    if lis {
        return Some(super::lis_records::run);
    }
    match noun {
        "CsDialInConferencingAccessNumber" => Some(super::dialin::run),
        "CsAnnouncement" => Some(super::announcements::run),
        _ => None,
    }
}

/// What one record is called in messages: a scoped record is a "collection" of settings.
fn record_word(decl: &FamilyDecl) -> String {
    match decl.identity {
        IdentityKind::Scoped => format!("{} collection", decl.label),
        _ => decl.label.to_string(),
    }
}

/// Texts for Lync-side failures. The real wording was not found in any public source, so these
/// are lyncsh's own; they are kept together here so that real texts can replace them.
pub(super) mod texts {
    /// `a` or `an`, as the label's first letter asks.
    fn article(label: &str) -> &'static str {
        match label.chars().next() {
            Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
            _ => "a",
        }
    }
    pub fn not_found(label: &str, identity: &str) -> String {
        let article = article(label);
        format!("Cannot find {article} {label} with the Identity \"{identity}\".")
    }
    /// A scoped collection that exists already.
    pub fn exists(label: &str, identity: &str) -> String {
        format!("A {label} collection with the Identity \"{identity}\" already exists; only one collection is allowed per scope.")
    }
    /// A named record (or a rule within a parent) that exists already.
    pub fn name_taken(label: &str, identity: &str) -> String {
        let article = article(label);
        let article = article[..1].to_uppercase() + &article[1..];
        format!("{article} {label} with the Identity \"{identity}\" already exists.")
    }
    pub fn bad_scope(identity: &str, allowed: &str) -> String {
        format!("\"{identity}\" is not a valid Identity for this cmdlet. Valid forms: {allowed}.")
    }
    pub fn no_such_site(site: &str) -> String {
        format!("Cannot create a collection for site \"{site}\" because the topology has no site of that name.")
    }
    pub fn no_such_service(service: &str) -> String {
        format!("Cannot create a collection for service \"{service}\" because the topology has no such service.")
    }
    pub fn no_reference(label: &str, value: &str, property: &str) -> String {
        format!("{property} names the {label} \"{value}\", which does not exist.")
    }
    pub fn referenced(label: &str, identity: &str, by_label: &str, by: &str) -> String {
        format!("The {label} \"{identity}\" cannot be removed because the {by_label} \"{by}\" refers to it.")
    }
    pub fn already_listed(item: &str, property: &str) -> String {
        format!("Cannot add \"{item}\" to {property}: it is in the list already.")
    }
    pub fn not_listed(item: &str, property: &str) -> String {
        format!("Cannot remove \"{item}\" from {property}: it is not in the list.")
    }
    pub const GLOBAL_EXISTS: &str =
        "The global collection always exists and cannot be created; use the Set cmdlet to change it.";
}

pub(super) fn error(
    engine: &Engine,
    call: &Call,
    message: String,
    id: &str,
    category: ErrorCategory,
    target: &str,
) -> Box<ErrorRecord> {
    Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    )
}

/// A terminating error for something the call names that the lab does not have.
pub(super) fn not_found_error(
    engine: &Engine,
    call: &Call,
    message: String,
    id: &str,
    target: &str,
) -> Flow {
    Flow::Error(error(
        engine,
        call,
        message,
        id,
        ErrorCategory::ObjectNotFound,
        target,
    ))
}

/// The error for a record `typed` names that does not exist; when New could create it, with a
/// hint that shows how.
fn not_found(engine: &Engine, call: &Call, decl: &FamilyDecl, typed: &str) -> Box<ErrorRecord> {
    let message = texts::not_found(&record_word(decl), typed);
    let record = error(
        engine,
        call,
        message,
        "ObjectNotFound",
        ErrorCategory::ObjectNotFound,
        typed,
    );
    match creation_hint(engine, call, decl, typed) {
        Some(hint) => Box::new(record.with_hint(hint)),
        None => record,
    }
}

/// How to create the scoped record `typed` names, when New can: the family has a New cmdlet,
/// the scope is a site or service of the topology or a tag, and the command is not a Remove.
fn creation_hint(engine: &Engine, call: &Call, decl: &FamilyDecl, typed: &str) -> Option<String> {
    let removing = call.name().to_ascii_lowercase().starts_with("remove-");
    if removing || decl.identity != IdentityKind::Scoped || !decl.has_verb(FamilyVerb::New) {
        return None;
    }
    let topology = &engine.session.topology;
    let creatable = match decl.identity_of(typed)? {
        Scope::Site(site) => topology.site(&site).is_some(),
        Scope::Service { role, fqdn } => topology.service(&role, &fqdn).is_some(),
        Scope::Tag(_) => true,
        Scope::Global | Scope::Name(_) => false,
    };
    let shown = if typed.contains(char::is_whitespace) {
        format!("\"{typed}\"")
    } else {
        typed.to_string()
    };
    creatable.then(|| format!("Create it first: New-{} -Identity {shown}", decl.noun))
}

/// The record a typed identity names, with its scope; or the error to report (an identity
/// the family does not allow, or no such record).
fn existing(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    typed: &str,
) -> Result<(Scope, Record), Box<ErrorRecord>> {
    let scope = scope_of(engine, call, decl, typed)?;
    match engine.session.store.get(decl.noun, &scope) {
        Some(record) => Ok((scope, record.clone())),
        None => Err(not_found(engine, call, decl, typed)),
    }
}

/// Reads `-Identity`: a scope this family allows, or the error to report.
fn scope_of(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    typed: &str,
) -> Result<Scope, Box<ErrorRecord>> {
    match decl.identity_of(typed) {
        Some(scope) => Ok(scope),
        None => Err(error(
            engine,
            call,
            texts::bad_scope(typed, &decl.scope_words()),
            "InvalidIdentity",
            ErrorCategory::InvalidArgument,
            typed,
        )),
    }
}

fn get(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let records = engine.session.store.records(decl.noun);
    if let Some(filter) = call.bound.text("Filter") {
        return Ok(records
            .iter()
            .filter(|r| crate::wildcard::wildcard_match(&filter, &r.identity.to_string(), false))
            .map(|r| to_object(decl, r))
            .collect());
    }
    let Some(typed) = call.bound.text("Identity") else {
        let limit = call
            .bound
            .get("ResultSize")
            .and_then(Value::as_i128)
            .map_or(usize::MAX, |n| n.max(0) as usize);
        return Ok(records
            .iter()
            .take(limit)
            .map(|r| to_object(decl, r))
            .collect());
    };
    // A parent alone (`service:Registrar:pool`) names every record within it.
    if let (IdentityKind::Within, false, Some(parent)) =
        (decl.identity, typed.contains('/'), Scope::parse(&typed))
    {
        return Ok(records
            .iter()
            .filter(|r| {
                decl.parent_of(&r.identity)
                    .is_some_and(|p| p.same_as(&parent))
            })
            .map(|r| to_object(decl, r))
            .collect());
    }
    let scope = scope_of(engine, call, decl, &typed).map_err(Flow::Error)?;
    match records.iter().find(|r| r.identity.same_as(&scope)) {
        Some(record) => Ok(vec![to_object(decl, record)]),
        // Not finding the record is a non-terminating error, as for the real Get cmdlets:
        // -ErrorAction SilentlyContinue hides it.
        None => {
            let record = not_found(engine, call, decl, &typed);
            engine.write_error(*record)?;
            Ok(vec![])
        }
    }
}

/// Applies the bound property parameters and action switches to `values` (already
/// validated). A list change that cannot be made is the error to report, naming the property;
/// `values` is then a scratch copy the caller drops.
pub(super) fn apply(
    decl: &FamilyDecl,
    bound: &Bound,
    values: &mut [Value],
) -> Result<(), (&'static str, ListError)> {
    for switch in decl.switches {
        if !bound.switch(switch.name) {
            continue;
        }
        if let Some((index, prop)) = decl.property(switch.property) {
            values[index] = prop.ty.parse(switch.value).unwrap_or(Value::Null);
        }
    }
    for param in &bound.params {
        if let (Some((index, prop)), Some(value)) = (decl.property(&param.name), &param.value) {
            // Stored apart from the caller's objects, which may change afterwards.
            values[index] = if prop.ty.is_list() {
                let changed =
                    list_modifier::apply(&values[index], value).map_err(|e| (prop.name, e))?;
                members_stored(prop, changed)
            } else {
                value.clone()
            }
            .detached();
        }
    }
    for shorthand in decl.shorthands {
        if let (Some(given), Some((index, prop))) =
            (bound.get(shorthand.name), decl.property(shorthand.property))
        {
            values[index] = with_shorthand(prop, &values[index], shorthand.form, given);
        }
    }
    Ok(())
}

/// `current`, the value of `prop`, as a shorthand parameter given `given` changes it.
fn with_shorthand(
    prop: &crate::family::PropDecl,
    current: &Value,
    form: ShorthandForm,
    given: &Value,
) -> Value {
    match form {
        ShorthandForm::CommaList => Value::array(
            given
                .to_display()
                .split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(Value::str)
                .collect(),
        ),
        ShorthandForm::EntryField { key, value, field } => {
            let crate::family::PropType::ObjectList(type_name) = prop.ty else {
                return current.clone();
            };
            let Some(entry_decl) = families::by_type(type_name) else {
                return current.clone();
            };
            let mut entries: Vec<Value> = current
                .clone()
                .into_items()
                .iter()
                .map(Value::detached)
                .collect();
            let keyed = |entry: &Value| {
                entry
                    .property(key)
                    .is_some_and(|v| v.to_display().eq_ignore_ascii_case(value))
            };
            if !entries.iter().any(keyed) {
                let mut defaults = entry_decl.defaults();
                if let Some((at, key_prop)) = entry_decl.property(key) {
                    defaults[at] = key_prop.ty.parse(value).unwrap_or(Value::Null);
                }
                let record = Record {
                    identity: Scope::Global,
                    values: defaults,
                };
                entries.push(to_object(entry_decl, &record));
            }
            if let Some(Value::Object(entry)) = entries.iter().find(|e| keyed(e)) {
                let typed = entry_decl
                    .property(field)
                    .and_then(|(_, p)| p.ty.parse(&given.to_display()))
                    .unwrap_or_else(|| given.clone());
                if let Some(slot) = entry.borrow_mut().get_mut(field) {
                    *slot = typed;
                }
            }
            Value::array(entries)
        }
    }
}

/// A list of rules of a member noun (a dial plan's NormalizationRules) as the parent keeps
/// them, whatever form the objects were given in (Get's, with Identity and Priority).
fn members_stored(prop: &crate::family::PropDecl, list: Value) -> Value {
    let crate::family::PropType::ObjectList(type_name) = prop.ty else {
        return list;
    };
    match families::by_type(type_name).filter(|f| f.identity == IdentityKind::Member) {
        Some(member) => Value::array(
            list.into_items()
                .iter()
                .map(|item| super::member::stored_form(member, item))
                .collect(),
        ),
        None => list,
    }
}

/// The error for a list change that cannot be made.
pub(super) fn list_error(
    engine: &Engine,
    call: &Call,
    (property, problem): (&str, ListError),
) -> Box<ErrorRecord> {
    let (message, id, category, item) = match problem {
        ListError::AlreadyThere(item) => (
            texts::already_listed(&item.to_display(), property),
            "ListItemExists",
            ErrorCategory::ResourceExists,
            item,
        ),
        ListError::NotThere(item) => (
            texts::not_listed(&item.to_display(), property),
            "ListItemNotFound",
            ErrorCategory::ObjectNotFound,
            item,
        ),
    };
    error(engine, call, message, id, category, &item.to_display())
}

/// The record values an `-Instance` object carries, converted to the declared types.
pub(super) fn values_of_instance(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    instance: &Value,
) -> Result<(Scope, Vec<Value>, bool), Box<ErrorRecord>> {
    let Value::Object(object) = instance else {
        return Err(error(
            engine,
            call,
            format!("The -Instance object is not a {} object.", decl.label),
            "InvalidInstance",
            ErrorCategory::InvalidArgument,
            &instance.to_display(),
        ));
    };
    let object = object.borrow();
    let typed = object
        .get("Identity")
        .map(Value::to_display)
        .unwrap_or_default();
    let scope = scope_of(engine, call, decl, &typed)?;
    let mut values = decl.defaults();
    for (i, prop) in decl.properties.iter().enumerate() {
        if let Some(v) = object.get(prop.name) {
            if *v == Value::Null {
                // Lync's settings are nullable: an empty property stays empty.
                values[i] = Value::Null;
                continue;
            }
            let converted = crate::engine::convert::convert_argument(
                prop.param_name(),
                v,
                &prop.ty.param_type(),
            )
            .map_err(|e| {
                error(
                    engine,
                    call,
                    e.message,
                    e.id,
                    ErrorCategory::InvalidArgument,
                    &typed,
                )
            })?;
            prop.check_range(&converted).map_err(|reason| {
                error(
                    engine,
                    call,
                    format!(
                        "Cannot validate argument on parameter '{}'. {reason}",
                        prop.param_name()
                    ),
                    "ParameterArgumentValidationError",
                    ErrorCategory::InvalidData,
                    &typed,
                )
            })?;
            values[i] = converted.detached();
        }
    }
    Ok((scope, values, object.in_memory))
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let (scope, mut values, from_memory) = match call.bound.get("Instance") {
        Some(instance) => {
            let instance = instance.clone();
            match values_of_instance(engine, call, decl, &instance) {
                Ok(found) => found,
                Err(e) => {
                    engine.write_error(*e)?;
                    return Ok(vec![]);
                }
            }
        }
        None => {
            let typed = call
                .bound
                .text("Identity")
                .unwrap_or_else(|| "Global".into());
            match existing(engine, call, decl, &typed) {
                Ok((scope, record)) => (scope, record.values, false),
                Err(e) => {
                    engine.write_error(*e)?;
                    return Ok(vec![]);
                }
            }
        }
    };
    if engine.session.store.get(decl.noun, &scope).is_none() && !from_memory {
        let shown = scope.to_string();
        let e = not_found(engine, call, decl, &shown);
        engine.write_error(*e)?;
        return Ok(vec![]);
    }
    if let Err(problem) = apply(decl, &call.bound, &mut values) {
        engine.write_error(*list_error(engine, call, problem))?;
        return Ok(vec![]);
    }
    if let Err(e) = check_references(engine, call, decl, &values)
        .and_then(|()| check_rule(engine, call, decl, &scope, &mut values))
    {
        engine.write_error(*e)?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &scope.to_string())? {
        return Ok(vec![]);
    }
    warn_empty(engine, call, decl, &values)?;
    let record = Record {
        identity: scope,
        values,
    };
    let shown = call
        .bound
        .switch("PassThru")
        .then(|| to_object(decl, &record));
    engine.session.store.put(decl.noun, record);
    Ok(shown.into_iter().collect())
}

/// The identity New was given: `-Identity`, or the name property (after `-Parent`, which is
/// global when left out, for a record named within a parent).
fn typed_identity_of_new(call: &Call, decl: &FamilyDecl) -> String {
    if let Some(identity) = call.bound.get("Identity") {
        return identity.to_display();
    }
    if !decl.identity_parts.is_empty() {
        let parts: Vec<String> = decl
            .identity_parts
            .iter()
            .map(|p| call.bound.text(p).unwrap_or_default())
            .collect();
        return parts.join("/");
    }
    let name = decl
        .name_property
        .and_then(|p| call.bound.get(p))
        .map(Value::to_display)
        .unwrap_or_default();
    match decl.identity {
        IdentityKind::Within => {
            let parent = call.bound.text("Parent").unwrap_or_else(|| "global".into());
            format!("{parent}/{name}")
        }
        _ => name,
    }
}

/// The name of a record New was given none for: the declaration's template with `{guid}` a
/// GUID no record of the noun has (the same in every run of the same script) and
/// `{sip_domain}` the default SIP domain.
fn unnamed_identity(engine: &Engine, decl: &FamilyDecl, template: &str) -> String {
    let store = &engine.session.store;
    let sip_domain = store
        .records("CsSipDomain")
        .iter()
        .find(|r| {
            r.text("CsSipDomain", "IsDefault")
                .eq_ignore_ascii_case("true")
        })
        .map(|r| r.text("CsSipDomain", "Name"))
        .unwrap_or_else(|| "litwareinc.com".into());
    let taken = store.records(decl.noun);
    (0..=taken.len())
        .map(|n| {
            template
                .replace(
                    "{guid}",
                    &super::owned_records::guid(&format!("{}/{n}", decl.noun)),
                )
                .replace("{sip_domain}", &sip_domain)
        })
        .find(|name| !taken.iter().any(|r| names(decl, r, name)))
        .unwrap_or_default()
}

/// The values a new record starts from: the defaults, or the values of the record its
/// template parameter names (its read-only properties at their defaults).
fn template_values(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
) -> Result<Vec<Value>, Box<ErrorRecord>> {
    let defaults = decl.defaults();
    let Some(typed) = decl
        .template
        .and_then(|p| call.bound.get(p))
        .map(Value::to_display)
    else {
        return Ok(defaults);
    };
    let records = engine.session.store.records(decl.noun);
    let Some(template) = records.iter().find(|r| names(decl, r, &typed)) else {
        return Err(not_found(engine, call, decl, &typed));
    };
    Ok(decl
        .properties
        .iter()
        .zip(template.values.iter().zip(defaults))
        .map(|(prop, (copied, default))| match prop.takes {
            crate::family::Takes::ReadOnly => default,
            _ => copied.clone(),
        })
        .collect())
}

/// Fills the properties that repeat a new record's name: the name property, or the
/// properties its identity's parts come from.
fn fill_name(decl: &FamilyDecl, scope: &Scope, values: &mut [Value]) {
    if let (false, Scope::Name(name)) = (decl.identity_parts.is_empty(), scope) {
        for (part, text) in decl.identity_parts.iter().zip(name.split('/')) {
            if let Some((index, _)) = decl.property(part) {
                values[index] = Value::str(text);
            }
        }
        return;
    }
    if let (Some((index, _)), Some(name)) = (
        decl.name_property.and_then(|p| decl.property(p)),
        decl.name_of(scope),
    ) {
        values[index] = Value::str(name.as_str());
    }
}

/// An entry: the object New builds from its parameters, stored nowhere.
fn new_entry(engine: &Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let mut values = decl.defaults();
    apply(decl, &call.bound, &mut values)
        .map_err(|problem| Flow::Error(list_error(engine, call, problem)))?;
    // An entry is stored nowhere yet: its errors name no record.
    check_rule(engine, call, decl, &Scope::Name(String::new()), &mut values)
        .map_err(Flow::Error)?;
    let record = Record {
        identity: Scope::Global,
        values,
    };
    Ok(vec![to_object(decl, &record)])
}

fn new(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    if !decl.is_stored() {
        return new_entry(engine, call, decl);
    }
    let mut typed = typed_identity_of_new(call, decl);
    if let (true, Some(template)) = (typed.is_empty(), decl.unnamed) {
        typed = unnamed_identity(engine, decl, template);
    }
    let scope = scope_of(engine, call, decl, &typed).map_err(Flow::Error)?;
    let fail = |engine: &Engine, message: String, id: &str, category: ErrorCategory| -> Flow {
        Flow::Error(error(engine, call, message, id, category, &typed))
    };
    // `-InMemory` builds an object and leaves the store alone, so it may copy any scope.
    let in_memory = call.bound.switch("InMemory");
    match &scope {
        Scope::Global if !in_memory => {
            return Err(fail(
                engine,
                texts::GLOBAL_EXISTS.into(),
                "GlobalExists",
                ErrorCategory::ResourceExists,
            ))
        }
        Scope::Site(site) if engine.session.topology.site(site).is_none() => {
            return Err(fail(
                engine,
                texts::no_such_site(site),
                "SiteNotFound",
                ErrorCategory::ObjectNotFound,
            ));
        }
        Scope::Service { role, fqdn } if engine.session.topology.service(role, fqdn).is_none() => {
            return Err(fail(
                engine,
                texts::no_such_service(&format!("{role}:{fqdn}")),
                "ServiceNotFound",
                ErrorCategory::ObjectNotFound,
            ));
        }
        _ => {}
    }
    if let Some(Scope::Site(site)) = decl.parent_of(&scope) {
        if engine.session.topology.site(&site).is_none() {
            return Err(fail(
                engine,
                texts::no_such_site(&site),
                "SiteNotFound",
                ErrorCategory::ObjectNotFound,
            ));
        }
    }
    if !in_memory && engine.session.store.get(decl.noun, &scope).is_some() {
        return Err(fail(
            engine,
            if decl.identity == IdentityKind::Scoped {
                texts::exists(decl.label, &scope.to_string())
            } else {
                texts::name_taken(decl.label, &scope.to_string())
            },
            "ObjectExists",
            ErrorCategory::ResourceExists,
        ));
    }
    let mut values = match template_values(engine, call, decl) {
        Ok(values) => values,
        Err(e) => return Err(Flow::Error(e)),
    };
    fill_name(decl, &scope, &mut values);
    apply(decl, &call.bound, &mut values)
        .map_err(|problem| Flow::Error(list_error(engine, call, problem)))?;
    check_references(engine, call, decl, &values).map_err(Flow::Error)?;
    check_rule(engine, call, decl, &scope, &mut values).map_err(Flow::Error)?;
    let record = Record {
        identity: canonical_scope(engine, scope),
        values,
    };
    let object = to_object(decl, &record);
    if in_memory {
        return Ok(vec![held_in_memory(object)]);
    }
    if !engine.should_process(call, &record.identity.to_string())? {
        return Ok(vec![]);
    }
    warn_empty(engine, call, decl, &record.values)?;
    engine.session.store.put(decl.noun, record);
    // A New that has -PassThru (the directory contacts' cmdlets) shows the record only then.
    let shown = call.entry.signature.param("PassThru").is_none() || call.bound.switch("PassThru");
    Ok(shown.then_some(object).into_iter().collect())
}

/// The declared warnings for the properties a record about to be stored leaves empty.
fn warn_empty(
    engine: &mut Engine,
    call: &Call,
    decl: &FamilyDecl,
    values: &[Value],
) -> Result<(), Flow> {
    for (property, warning) in decl.empty_warnings {
        let empty = decl
            .property(property)
            .is_some_and(|(index, _)| values[index].clone().into_items().is_empty());
        if empty {
            engine.write_warning(call, warning)?;
        }
    }
    Ok(())
}

/// Site and service names as the topology spells them.
pub(super) fn canonical_scope(engine: &Engine, scope: Scope) -> Scope {
    match scope {
        Scope::Site(site) => Scope::Site(
            engine
                .session
                .topology
                .site(&site)
                .map(|s| s.name.clone())
                .unwrap_or(site),
        ),
        Scope::Service { role, fqdn } => match engine.session.topology.service(&role, &fqdn) {
            Some(s) => Scope::Service {
                role: s.role.clone(),
                fqdn: s.pool.clone(),
            },
            None => Scope::Service { role, fqdn },
        },
        other => other,
    }
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    // `-Filter` removes every record whose identity matches the wildcard pattern.
    if let Some(filter) = call.bound.text("Filter") {
        let matching: Vec<Scope> = engine
            .session
            .store
            .records(decl.noun)
            .iter()
            .filter(|r| crate::wildcard::wildcard_match(&filter, &r.identity.to_string(), false))
            .map(|r| r.identity.clone())
            .collect();
        for scope in matching {
            remove_one(engine, call, decl, scope)?;
        }
        return Ok(vec![]);
    }
    let typed = call.bound.text("Identity").unwrap_or_default();
    match existing(engine, call, decl, &typed) {
        Ok((scope, _)) => remove_one(engine, call, decl, scope)?,
        Err(e) => engine.write_error(*e)?,
    }
    Ok(vec![])
}

/// Removes the record at `scope` (which exists), unless something refers to it; the global
/// record is put back to its defaults instead.
fn remove_one(
    engine: &mut Engine,
    call: &Call,
    decl: &FamilyDecl,
    scope: Scope,
) -> Result<(), Flow> {
    if !engine.should_process(call, &scope.to_string())? {
        return Ok(());
    }
    if let Some((by_label, by)) = referenced_by(engine, decl, &scope) {
        let shown = scope.to_string();
        let e = error(
            engine,
            call,
            texts::referenced(decl.label, &shown, by_label, &by),
            "ObjectInUse",
            ErrorCategory::InvalidOperation,
            &shown,
        );
        return engine.write_error(*e);
    }
    if !release_policy(engine, call, decl, &scope)? {
        return Ok(());
    }
    if scope == Scope::Global {
        engine.session.store.put(
            decl.noun,
            Record {
                identity: Scope::Global,
                values: decl.defaults(),
            },
        );
    } else {
        engine.session.store.remove(decl.noun, &scope);
    }
    Ok(())
}

/// Before a per-user policy is removed: when users hold it, asks (unless -Force) as the real
/// cmdlets do, and takes it away from them, so they fall back to the site or global policy.
/// False when the person answers No.
fn release_policy(
    engine: &mut Engine,
    call: &Call,
    decl: &FamilyDecl,
    scope: &Scope,
) -> Result<bool, Flow> {
    let Scope::Tag(name) = scope else {
        return Ok(true);
    };
    let Some(kind) = POLICY_KINDS.iter().position(|k| k.family == decl.noun) else {
        return Ok(true);
    };
    if engine.session.directory.holders_of(kind, name) == 0 {
        return Ok(true);
    }
    if !call.bound.switch("Force") {
        let query = format!("The policy \"{name}\" is currently assigned to one or more users. Assign a different policy to users before removing this one.");
        if !engine.should_continue(call, &query, "The policy is in use.")? {
            return Ok(false);
        }
    }
    engine.session.directory.clear_policy(kind, name);
    Ok(true)
}

/// Enable-<noun> and Disable-<noun>: the record's `Enabled` property set to `on`.
fn enable(
    engine: &mut Engine,
    call: &Call,
    decl: &FamilyDecl,
    on: bool,
) -> Result<Vec<Value>, Flow> {
    let instance_identity = match call.bound.get("Instance") {
        Some(Value::Object(object)) => object.borrow().get("Identity").cloned(),
        _ => None,
    };
    let typed = call
        .bound
        .get("Identity")
        .cloned()
        .or(instance_identity)
        .map(|v| v.to_display())
        .unwrap_or_default();
    let (scope, mut record) = match existing(engine, call, decl, &typed) {
        Ok(found) => found,
        Err(e) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
    };
    if let Some((index, _)) = decl.property("Enabled") {
        record.values[index] = Value::Bool(on);
    }
    if engine.should_process(call, &scope.to_string())? {
        engine.session.store.put(decl.noun, record);
    }
    Ok(vec![])
}

/// Whether `text` names `record` of `family`: its identity, or the value of its name property.
fn names(family: &FamilyDecl, record: &Record, text: &str) -> bool {
    if record.identity.to_string().eq_ignore_ascii_case(text) {
        return true;
    }
    family
        .name_property
        .and_then(|p| family.property(p))
        .is_some_and(|(index, _)| record.values[index].to_display().eq_ignore_ascii_case(text))
}

/// The noun a property names when it refers to a directory user by SIP address (a Response
/// Group agent) rather than to a record.
pub const USER: &str = "CsUser";

/// The prefix of a `refers` that names a service role of the topology (`service:PstnGateway`).
const SERVICE: &str = "service:";

/// How deep references are looked for inside the objects a record holds (a workflow's call
/// action holds a question, whose answers hold call actions).
const NESTING: usize = 6;

/// A value that names another record: the property holding it, the noun it names, the text.
pub struct Reference {
    pub property: &'static str,
    pub noun: &'static str,
    pub text: String,
}

/// Every reference `values` (of a record of `decl`) hold, including those inside the objects
/// they hold, as the objects' own declarations say (a queue named by a call action).
pub(super) fn references(decl: &FamilyDecl, values: &[Value]) -> Vec<Reference> {
    let mut out = Vec::new();
    collect_references(decl, values, NESTING, &mut out);
    out
}

fn collect_references(decl: &FamilyDecl, values: &[Value], depth: usize, out: &mut Vec<Reference>) {
    for (prop, value) in decl.properties.iter().zip(values) {
        for item in value.clone().into_items() {
            match (&item, prop.refers) {
                (Value::Object(object), _) if depth > 0 => {
                    let object = object.borrow();
                    let Some(inner) = families::by_type(&object.type_name) else {
                        continue;
                    };
                    let inner_values: Vec<Value> = inner
                        .properties
                        .iter()
                        .map(|p| object.get(p.name).cloned().unwrap_or(Value::Null))
                        .collect();
                    collect_references(inner, &inner_values, depth - 1, out);
                }
                (Value::Null, _) | (_, None) => {}
                (_, Some(noun)) => {
                    let text = item.to_display();
                    if !text.is_empty() {
                        out.push(Reference {
                            property: prop.name,
                            noun,
                            text,
                        });
                    }
                }
            }
        }
    }
}

/// Whether records of `decl` can name records of `noun`, directly or inside their objects.
fn may_refer(decl: &FamilyDecl, noun: &str, depth: usize) -> bool {
    decl.properties.iter().any(|prop| {
        prop.refers.is_some_and(|n| n.eq_ignore_ascii_case(noun))
            || match prop.ty {
                PropType::Object(type_name) | PropType::ObjectList(type_name) if depth > 0 => {
                    families::by_type(type_name)
                        .is_some_and(|inner| may_refer(inner, noun, depth - 1))
                }
                _ => false,
            }
    })
}

/// Whether the reference's text names something that exists: a record of its noun, a
/// Lync-enabled directory user (`CsUser`), an item of a list property of some record
/// (`Noun.Property`: a PSTN usage), or a service of the topology (`service:Role`: a gateway).
fn resolves(session: &crate::session::Session, reference: &Reference) -> bool {
    let text = reference.text.trim();
    if reference.noun == USER {
        return session
            .directory
            .by_key(text)
            .is_some_and(|at| session.directory.user(at).is_lync_user());
    }
    if let Some(role) = reference.noun.strip_prefix(SERVICE) {
        return super::owned_records::owning_service(&session.topology, role, text).is_some();
    }
    if let Some((noun, property)) = reference.noun.split_once('.') {
        let Some(holder) = families::find(noun) else {
            return true;
        };
        let Some((index, _)) = holder.property(property) else {
            return true;
        };
        return session.store.records(holder.noun).iter().any(|r| {
            r.values[index]
                .clone()
                .into_items()
                .iter()
                .any(|item| item.to_display().eq_ignore_ascii_case(text))
        });
    }
    let Some(target) = families::find(reference.noun) else {
        return true;
    };
    session
        .store
        .records(target.noun)
        .iter()
        .any(|r| names(target, r, &reference.text))
}

/// The first reference `values` (of a record of `decl`) hold that names nothing in `session`.
pub fn unresolved_reference(
    session: &crate::session::Session,
    decl: &FamilyDecl,
    values: &[Value],
) -> Option<Reference> {
    references(decl, values)
        .into_iter()
        .find(|r| !resolves(session, r))
}

/// Checks that every reference `values` hold names something that exists.
pub(super) fn check_references(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    values: &[Value],
) -> Result<(), Box<ErrorRecord>> {
    let Some(missing) = unresolved_reference(&engine.session, decl, values) else {
        return Ok(());
    };
    let message = match (missing.noun.strip_prefix(SERVICE), missing.noun.split_once('.')) {
        (Some(role), _) => format!(
            "{} names \"{}\", which is not a {role} service of the topology.",
            missing.property, missing.text
        ),
        (None, Some((noun, property))) => format!(
            "{} names \"{}\", which is not one of the {property} values of Get-{noun}; add it there first.",
            missing.property, missing.text
        ),
        (None, None) => {
            let label = families::find(missing.noun).map_or("Lync-enabled user", |t| t.label);
            texts::no_reference(label, &missing.text, missing.property)
        }
    };
    Err(error(
        engine,
        call,
        message,
        "ReferenceNotFound",
        ErrorCategory::ObjectNotFound,
        &missing.text,
    ))
}

/// Checks the noun's own rule (src/cmdlets/record_rules/), which may also complete `values`.
pub(super) fn check_rule(
    engine: &Engine,
    call: &Call,
    decl: &FamilyDecl,
    scope: &Scope,
    values: &mut [Value],
) -> Result<(), Box<ErrorRecord>> {
    let Some(rule) = super::record_rules::rule(decl.noun) else {
        return Ok(());
    };
    rule(&engine.session, scope, values).map_err(|message| {
        error(
            engine,
            call,
            message,
            "InvalidRecord",
            ErrorCategory::InvalidData,
            &scope.to_string(),
        )
    })
}

/// The first record of any family that names the record `scope` of `decl` (directly or
/// inside an object it holds): its family's label and its identity.
pub(super) fn referenced_by(
    engine: &Engine,
    decl: &FamilyDecl,
    scope: &Scope,
) -> Option<(&'static str, String)> {
    let record = engine.session.store.get(decl.noun, scope)?;
    for family in families::all() {
        if !may_refer(family, decl.noun, NESTING) {
            continue;
        }
        for other in engine.session.store.records(family.noun) {
            let named = references(family, &other.values)
                .iter()
                .any(|r| r.noun.eq_ignore_ascii_case(decl.noun) && names(decl, record, &r.text));
            if named {
                return Some((family.label, other.identity.to_string()));
            }
        }
    }
    None
}
