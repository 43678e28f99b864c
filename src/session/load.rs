//! Reading a session file. Everything is checked while the RON is read — the version, the
//! topology, every family, identity, property name, type and range, and the variables — so
//! an error carries the file, line and column where it was found and the field it is in, and
//! nothing is replaced unless the whole file is right.
//!
//! The text is read by the quick reader (`quick.rs`) first; only a text it declines is read
//! by ron, whose positions the errors carry. Both drive the same visitors below, so the checks
//! are written once.

use super::file::{self, PlainValue, VERSION};
use super::quick;
use super::{Session, Variables};
use crate::directory::{Directory, User};
use crate::families;
use crate::family::{FamilyDecl, PropDecl, PropType};
use crate::identity::{self, Scope};
use crate::store::server::ServerSettings;
use crate::store::{ConfigStore, Record, Topology};
use crate::value::{TimeSpan, Value};
use serde::de::{self, DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

/// Why a session file was refused, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The field the error is in (`configuration.CsConferencingConfiguration[1].identity`);
    /// empty when the file could not be read at all.
    pub field: String,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        write!(f, "{}", self.message)
    }
}

/// Reads and checks the session file at `path`.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let file = path.display().to_string();
    let failure = |line, column, message: String| LoadError {
        file: file.clone(),
        line,
        column,
        field: String::new(),
        message,
    };
    let bytes = std::fs::read(path).map_err(|e| failure(1, 1, format!("cannot read it: {e}")))?;
    match std::str::from_utf8(&bytes) {
        Ok(text) => parse(text, &file),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let (line, column) = end_of(&valid);
            Err(failure(line, column, "the file is not UTF-8 text".into()))
        }
    }
}

/// Checks session `text`; `file` names it in errors.
///
/// The quick reader takes the files lyncsh writes; a text it declines (one with a mistake, or
/// with RON it does not read, such as comments) is read again by ron, which finds the same
/// mistake with the same checks and gives its line and column.
pub fn parse(text: &str, file: &str) -> Result<Session, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match read_quickly(text) {
        Some(session) => Ok(session),
        None => read_with_ron(text, file),
    }
}

/// The session in `text` if the quick reader takes it and every check passes.
fn read_quickly(text: &str) -> Option<Session> {
    quick::from_str_seed(text, SessionSeed(&Context::default())).ok()
}

/// The session in `text` as read by ron, or the error at its position.
fn read_with_ron(text: &str, file: &str) -> Result<Session, LoadError> {
    let context = Context::default();
    file::ron_options()
        .from_str_seed(text, SessionSeed(&context))
        .map_err(|e| LoadError {
            file: file.to_string(),
            line: e.span.start.line,
            column: e.span.start.col,
            field: context.field(),
            message: ron_message(&e.code),
        })
}

/// ron's message for `code`, except where it gives advice about ron itself rather than the file.
fn ron_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            "values are nested too deeply (ron reads at most 128 levels)".to_string()
        }
        other => other.to_string(),
    }
}

/// The 1-based line and column just after `text`.
fn end_of(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The path of the field being read, kept as the reading goes down and up again; after an
/// error it still names the field the error happened in.
#[derive(Default)]
struct Context {
    path: RefCell<Vec<Part>>,
}

/// One step of a field path: written text (`.CsNoSuchConfiguration`), a field or property
/// name (`.identity`, shown without the dot at the start of the path) or a list index (`[2]`);
/// the last two cost nothing to keep.
enum Part {
    Text(String),
    Name(&'static str),
    Index(usize),
}

impl Context {
    fn enter(&self, part: String) {
        self.path.borrow_mut().push(Part::Text(part));
    }

    /// Enters field or property `name`.
    fn enter_name(&self, name: &'static str) {
        self.path.borrow_mut().push(Part::Name(name));
    }

    /// Enters the list element at `index`.
    fn enter_index(&self, index: usize) {
        self.path.borrow_mut().push(Part::Index(index));
    }

    fn leave(&self) {
        self.path.borrow_mut().pop();
    }

    fn field(&self) -> String {
        let mut out = String::new();
        for part in self.path.borrow().iter() {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Name(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Part::Index(index) => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }

    /// Reads the value of field `name` with `seed`.
    fn field_value<'de, A, S>(
        &self,
        map: &mut A,
        name: &'static str,
        seed: S,
    ) -> Result<S::Value, A::Error>
    where
        A: MapAccess<'de>,
        S: DeserializeSeed<'de>,
    {
        self.enter_name(name);
        let value = map.next_value_seed(seed)?;
        self.leave();
        Ok(value)
    }
}

/// A field name, borrowed from the text when it can be (most are).
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = std::borrow::Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(v.to_string()))
    }
}

/// Refuses a second occurrence of a field.
fn first_time<E: de::Error>(seen: &mut HashSet<String>, name: &str) -> Result<(), E> {
    if seen.insert(name.to_ascii_lowercase()) {
        Ok(())
    } else {
        Err(E::custom(format!("`{name}` is given twice")))
    }
}

const SESSION_FIELDS: &[&str] = &[
    "version",
    "lab",
    "topology",
    "configuration",
    "directory",
    "variables",
    "history",
];

struct SessionSeed<'c>(&'c Context);

impl<'de> DeserializeSeed<'de> for SessionSeed<'_> {
    type Value = Session;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Session, D::Error> {
        d.deserialize_struct("Session", SESSION_FIELDS, self)
    }
}

impl<'de> Visitor<'de> for SessionSeed<'_> {
    type Value = Session;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a session: (version: 1, topology: (...), configuration: (...), variables: {...}, history: [...])")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Session, A::Error> {
        let context = self.0;
        if map.next_key::<String>()?.as_deref() != Some("version") {
            return Err(A::Error::custom(
                "a session file starts with its format version (`version: 1`)",
            ));
        }
        let version = context.field_value(&mut map, "version", VersionSeed)?;
        let mut seen = HashSet::new();
        let mut topology: Option<Topology> = None;
        let mut configuration = Vec::new();
        let mut variables = Variables::default();
        let mut directory = None;
        let mut history = Vec::new();
        let mut lab = None;
        while let Some(key) = map.next_key::<String>()? {
            first_time(&mut seen, &key)?;
            match key.as_str() {
                "topology" => {
                    let mut read: Topology =
                        context.field_value(&mut map, "topology", std::marker::PhantomData)?;
                    // A service written without its settings has its role's defaults.
                    for service in &mut read.services {
                        if service.settings.is_none() {
                            service.settings = ServerSettings::for_role(&service.role);
                        }
                    }
                    check_topology(&read).map_err(|(field, message)| {
                        context.enter(format!("topology{field}"));
                        A::Error::custom(message)
                    })?;
                    topology = Some(read);
                }
                "configuration" => {
                    let Some(topology) = &topology else {
                        return Err(A::Error::custom(
                            "`configuration` must come after `topology`, which its identities refer to",
                        ));
                    };
                    let seed = ConfigurationSeed {
                        context,
                        topology: Names::of(topology),
                    };
                    configuration = context.field_value(&mut map, "configuration", seed)?;
                }
                "directory" => {
                    let users: Vec<User> =
                        context.field_value(&mut map, "directory", std::marker::PhantomData)?;
                    directory = Some(Directory::from_users(users));
                }
                "variables" => {
                    variables =
                        context.field_value(&mut map, "variables", VariablesSeed(context))?
                }
                "history" => {
                    history = context.field_value(&mut map, "history", std::marker::PhantomData)?
                }
                "lab" => lab = context.field_value(&mut map, "lab", std::marker::PhantomData)?,
                other => {
                    return Err(A::Error::unknown_field(other, &SESSION_FIELDS[1..]));
                }
            }
        }
        let Some(topology) = topology else {
            return Err(A::Error::missing_field("topology"));
        };
        let mut store = ConfigStore::fresh(families::all(), &topology, version);
        for (family, mut records) in configuration {
            if family.allows(&Scope::Global) && !records.iter().any(|r| r.identity == Scope::Global)
            {
                records.insert(
                    0,
                    Record {
                        identity: Scope::Global,
                        values: family.defaults(),
                    },
                );
            }
            store.replace_records(family.noun, records);
        }
        let mut session = Session {
            topology,
            store,
            directory: directory.unwrap_or_else(Directory::lab),
            variables,
            history,
            errors: Vec::new(),
            lab,
        };
        file::upgrade(&mut session, version);
        session.store.forget_changes();
        Ok(session)
    }
}

struct VersionSeed;

impl<'de> DeserializeSeed<'de> for VersionSeed {
    type Value = u32;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<u32, D::Error> {
        let version = <u32 as de::Deserialize>::deserialize(d)?;
        match version {
            0 => Err(D::Error::custom("there is no format version 0")),
            v if v > VERSION => {
                let readable = match VERSION {
                    1 => "only version 1".to_string(),
                    n => format!("versions 1 to {n}"),
                };
                Err(D::Error::custom(format!(
                    "the file is format version {v}, written by a newer lyncsh; this one reads {readable}"
                )))
            }
            v => Ok(v),
        }
    }
}

/// Sites have unique names, pools are in known sites, services in known pools with known roles.
/// The error is the field (relative to `topology`) and the message.
fn check_topology(topology: &Topology) -> Result<(), (String, String)> {
    let mut sites = HashSet::new();
    for (i, site) in topology.sites.iter().enumerate() {
        if !sites.insert(site.name.to_ascii_lowercase()) {
            return Err((
                format!(".sites[{i}].name"),
                format!("site `{}` is listed twice", site.name),
            ));
        }
    }
    let mut pools = HashSet::new();
    for (i, pool) in topology.pools.iter().enumerate() {
        if !sites.contains(&pool.site.to_ascii_lowercase()) {
            return Err((
                format!(".pools[{i}].site"),
                format!(
                    "pool `{}` is in site `{}`, which the topology does not list",
                    pool.fqdn, pool.site
                ),
            ));
        }
        pools.insert(pool.fqdn.to_ascii_lowercase());
    }
    for (i, service) in topology.services.iter().enumerate() {
        if identity::canonical_role(&service.role) != Some(service.role.as_str()) {
            return Err((
                format!(".services[{i}].role"),
                format!("`{}` is not a service role (spelled as identities spell it, e.g. ConferencingServer)", service.role),
            ));
        }
        let expected = ServerSettings::for_role(&service.role).map(|s| std::mem::discriminant(&s));
        if service.settings.as_ref().map(std::mem::discriminant) != expected {
            return Err((
                format!(".services[{i}].settings"),
                format!("these settings are not those of a {} service", service.role),
            ));
        }
        if let Some(problem) = service
            .settings
            .as_ref()
            .and_then(crate::cmdlets::server::range_error)
        {
            return Err((format!(".services[{i}].settings"), problem));
        }
        if !pools.contains(&service.pool.to_ascii_lowercase()) {
            return Err((
                format!(".services[{i}].pool"),
                format!(
                    "service `{}` is on pool `{}`, which the topology does not list",
                    service.identity(),
                    service.pool
                ),
            ));
        }
    }
    Ok(())
}

/// The topology's sites and services, lower-cased, for checking identities quickly.
struct Names {
    sites: HashSet<String>,
    services: HashSet<String>,
}

impl Names {
    fn of(topology: &Topology) -> Names {
        Names {
            sites: topology
                .sites
                .iter()
                .map(|s| s.name.to_ascii_lowercase())
                .collect(),
            services: topology
                .services
                .iter()
                .map(|s| s.identity().to_ascii_lowercase())
                .collect(),
        }
    }

    /// Why `scope` cannot hold records of `family` here, if it cannot.
    fn refuse(&self, family: &FamilyDecl, scope: &Scope) -> Option<String> {
        if !family.allows(scope) {
            return Some(format!(
                "{} does not allow the identity `{scope}`; it allows {}",
                family.noun,
                family.scope_words()
            ));
        }
        match scope {
            Scope::Site(name) if !self.sites.contains(&name.to_ascii_lowercase()) => {
                Some(format!("the topology has no site `{name}`"))
            }
            Scope::Service { role, fqdn }
                if !self
                    .services
                    .contains(&format!("{role}:{fqdn}").to_ascii_lowercase()) =>
            {
                Some(format!("the topology has no service `{role}:{fqdn}`"))
            }
            _ => None,
        }
    }
}

struct ConfigurationSeed<'c> {
    context: &'c Context,
    topology: Names,
}

type Families = Vec<(&'static FamilyDecl, Vec<Record>)>;

impl<'de> DeserializeSeed<'de> for ConfigurationSeed<'_> {
    type Value = Families;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Families, D::Error> {
        d.deserialize_struct("Configuration", &[], self)
    }
}

impl<'de> Visitor<'de> for ConfigurationSeed<'_> {
    type Value = Families;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the families: (CsConferencingConfiguration: [...], ...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Families, A::Error> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        while let Some(noun) = map.next_key::<String>()? {
            let Some(family) = families::find(&noun) else {
                self.context.enter(format!(".{noun}"));
                return Err(A::Error::custom(families::unknown(&noun)));
            };
            first_time(&mut seen, family.noun)?;
            let rules = FamilyRules::of(family);
            let seed = RecordsSeed {
                context: self.context,
                topology: &self.topology,
                rules: &rules,
            };
            self.context.enter(format!(".{noun}"));
            out.push((family, map.next_value_seed(seed)?));
            self.context.leave();
        }
        Ok(out)
    }
}

struct RecordsSeed<'c> {
    context: &'c Context,
    topology: &'c Names,
    rules: &'c FamilyRules,
}

impl<'de> DeserializeSeed<'de> for RecordsSeed<'_> {
    type Value = Vec<Record>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Vec<Record>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RecordsSeed<'_> {
    type Value = Vec<Record>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of records: [(identity: \"Global\", properties: (...)), ...]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Record>, A::Error> {
        let identities = RefCell::new(HashSet::new());
        let mut records = Vec::new();
        loop {
            self.context.enter_index(records.len());
            let seed = RecordSeed {
                context: self.context,
                topology: self.topology,
                rules: self.rules,
                identities: &identities,
            };
            match seq.next_element_seed(seed)? {
                Some(record) => records.push(record),
                None => break,
            }
            self.context.leave();
        }
        self.context.leave();
        Ok(records)
    }
}

const RECORD_FIELDS: &[&str] = &["identity", "properties"];

struct RecordSeed<'c> {
    context: &'c Context,
    topology: &'c Names,
    rules: &'c FamilyRules,
    identities: &'c RefCell<HashSet<String>>,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Record;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Record, D::Error> {
        d.deserialize_struct("Record", RECORD_FIELDS, self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Record;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record: (identity: \"Site:Redmond\", properties: (...))")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        // Which of the fields were given, by name ignoring case (as `first_time` keeps them).
        let mut seen = [false; RECORD_FIELDS.len()];
        let mut identity = None;
        let mut values = None;
        while let Some(key) = map.next_key_seed(Key)? {
            if let Some(i) = RECORD_FIELDS
                .iter()
                .position(|f| f.eq_ignore_ascii_case(&key))
            {
                if std::mem::replace(&mut seen[i], true) {
                    return Err(A::Error::custom(format!("`{key}` is given twice")));
                }
            }
            match key.as_ref() {
                "identity" => {
                    let text: std::borrow::Cow<str> =
                        self.context.field_value(&mut map, "identity", Key)?;
                    self.context.enter_name("identity");
                    let scope = self.scope(&text).map_err(A::Error::custom)?;
                    self.context.leave();
                    identity = Some(scope);
                }
                "properties" => {
                    let seed = PropertiesSeed(self.context, self.rules);
                    values = Some(self.context.field_value(&mut map, "properties", seed)?);
                }
                other => return Err(A::Error::unknown_field(other, RECORD_FIELDS)),
            }
        }
        let Some(identity) = identity else {
            return Err(A::Error::missing_field("identity"));
        };
        Ok(Record {
            identity,
            values: values.unwrap_or_else(|| self.rules.defaults.clone()),
        })
    }
}

impl RecordSeed<'_> {
    fn scope(&self, text: &str) -> Result<Scope, String> {
        let family = self.rules.family;
        let scope = family.identity_of(text).or_else(|| Scope::parse(text)).ok_or_else(|| {
            format!("`{text}` is not an identity (Global, Site:<name>, Service:<role>:<fqdn>, Tag:<name>)")
        })?;
        if let Some(why) = self.topology.refuse(self.rules.family, &scope) {
            return Err(why);
        }
        let mut key = scope.to_string();
        key.make_ascii_lowercase();
        if !self.identities.borrow_mut().insert(key) {
            return Err(format!("a second record for `{scope}`"));
        }
        Ok(scope)
    }
}

/// A family's defaults and the ranges of its properties as values, worked out once per load
/// rather than once per record.
struct FamilyRules {
    family: &'static FamilyDecl,
    defaults: Vec<Value>,
    bounds: Vec<Option<(Value, Value)>>,
}

impl FamilyRules {
    fn of(family: &'static FamilyDecl) -> FamilyRules {
        let bounds = family
            .properties
            .iter()
            .map(|p| {
                let range = p.range?;
                Some((p.ty.parse(range.min)?, p.ty.parse(range.max)?))
            })
            .collect();
        FamilyRules {
            family,
            defaults: family.defaults(),
            bounds,
        }
    }

    /// The property called `name`: the one expected at `next` (files keep the declared
    /// order), or any by name.
    fn property(&self, name: &str, next: usize) -> Option<(usize, &'static PropDecl)> {
        match self.family.properties.get(next) {
            Some(p) if p.name == name => Some((next, p)),
            _ => self.family.property(name),
        }
    }

    /// Whether `value` is inside property `index`'s range; the full check (with its message)
    /// runs only for values that are not.
    fn in_bounds(&self, index: usize, value: &Value) -> bool {
        let Some((low, high)) = &self.bounds[index] else {
            return true;
        };
        let within = |l: &Value, h: &Value| match (l, value, h) {
            (Value::TimeSpan(l), Value::TimeSpan(v), Value::TimeSpan(h)) => l <= v && v <= h,
            _ => match (l.as_i128(), value.as_i128(), h.as_i128()) {
                (Some(l), Some(v), Some(h)) => l <= v && v <= h,
                _ => false,
            },
        };
        within(low, high)
    }
}

/// A record's properties; those not written keep their defaults.
struct PropertiesSeed<'c>(&'c Context, &'c FamilyRules);

impl<'de> DeserializeSeed<'de> for PropertiesSeed<'_> {
    type Value = Vec<Value>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Vec<Value>, D::Error> {
        d.deserialize_struct("Properties", &[], self)
    }
}

impl<'de> Visitor<'de> for PropertiesSeed<'_> {
    type Value = Vec<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "the properties of a {}: (Name: value, ...)",
            self.1.family.noun
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Value>, A::Error> {
        let (context, rules) = (self.0, self.1);
        let mut values = rules.defaults.clone();
        let mut seen = vec![false; values.len()];
        let mut next = 0;
        while let Some(name) = map.next_key_seed(Key)? {
            let Some((index, decl)) = rules.property(&name, next) else {
                context.enter(format!(".{name}"));
                return Err(A::Error::custom(format!(
                    "{} has no property `{name}`",
                    rules.family.noun
                )));
            };
            context.enter_name(decl.name);
            if std::mem::replace(&mut seen[index], true) {
                return Err(A::Error::custom(format!("`{}` is given twice", decl.name)));
            }
            let value = map.next_value_seed(PropertySeed(decl))?;
            if !rules.in_bounds(index, &value) {
                decl.check_range(&value).map_err(A::Error::custom)?;
            }
            values[index] = value;
            next = index + 1;
            context.leave();
        }
        Ok(values)
    }
}

/// One property value, read in its declared type and checked against its range.
#[derive(Clone, Copy)]
struct PropertySeed(&'static PropDecl);

impl<'de> DeserializeSeed<'de> for PropertySeed {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        let plain = match self.0.ty {
            PropType::ObjectList(_) => PlainValue::Array(Deserialize::deserialize(d)?),
            PropType::Object(_) => {
                Option::<PlainValue>::deserialize(d)?.unwrap_or(PlainValue::Null)
            }
            _ => return d.deserialize_any(self),
        };
        let value = plain.into_value().map_err(D::Error::custom)?;
        if let PropType::Object(_) = self.0.ty {
            return Ok(value);
        }
        let objects_only = value
            .clone()
            .into_items()
            .iter()
            .all(|item| matches!(item, Value::Object(_) | Value::Null));
        self.checked(objects_only.then_some(value), || "something else")
    }
}

impl PropertySeed {
    /// `value`, or the error naming what was `found` instead (worked out only then).
    fn checked<E: de::Error, F: fmt::Display>(
        &self,
        value: Option<Value>,
        found: impl FnOnce() -> F,
    ) -> Result<Value, E> {
        let Some(value) = value else {
            return Err(E::custom(format!(
                "{} is {}; found {}",
                self.0.name,
                expected(&self.0.ty),
                found()
            )));
        };
        Ok(value)
    }

    fn integer<E: de::Error>(self, n: i128) -> Result<Value, E> {
        let value = match self.0.ty {
            PropType::Byte => u8::try_from(n).ok().map(Value::Byte),
            PropType::UInt16 => u16::try_from(n).ok().map(Value::UInt16),
            PropType::UInt32 => u32::try_from(n).ok().map(Value::UInt32),
            PropType::UInt64 => u64::try_from(n).ok().map(Value::UInt64),
            PropType::Int16 => i16::try_from(n).ok().map(|n| Value::Int32(n.into())),
            PropType::Int32 => i32::try_from(n).ok().map(Value::Int32),
            PropType::Int64 => i64::try_from(n).ok().map(Value::Int64),
            _ => None,
        };
        self.checked(value, || format!("the number {n}"))
    }
}

/// What a value of `ty` looks like in a session file.
fn expected(ty: &PropType) -> String {
    match ty {
        PropType::Bool => "a Boolean (true or false)".into(),
        PropType::Byte => "a Byte (a whole number from 0 to 255)".into(),
        PropType::UInt16 => "a UInt16 (a whole number from 0 to 65535)".into(),
        PropType::UInt32 => "a UInt32 (a whole number from 0 to 4294967295)".into(),
        PropType::UInt64 => "a UInt64 (a whole number from 0 to 18446744073709551615)".into(),
        PropType::Int16 => "an Int16 (a whole number from -32768 to 32767)".into(),
        PropType::Int32 => "an Int32 (a whole number from -2147483648 to 2147483647)".into(),
        PropType::Int64 => {
            "an Int64 (a whole number from -9223372036854775808 to 9223372036854775807)".into()
        }
        PropType::DateTime => {
            "a DateTime written as a string, such as \"2013-01-01T01:30:00.0000000\"".into()
        }
        PropType::ObjectList(name) => format!("a list of {name} objects"),
        PropType::Object(name) => format!("a {name} object or None"),
        PropType::String => "a string or None".into(),
        PropType::TimeSpan => "a TimeSpan written as a string, such as \"15.00:00:00\"".into(),
        PropType::StringList => "a list of strings, such as [\".exe\", \".bat\"]".into(),
        PropType::Enum(_, members) => format!(
            "one of {}",
            members
                .iter()
                .map(|m| format!("\"{m}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

impl<'de> Visitor<'de> for PropertySeed {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&expected(&self.0.ty))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        let value = (self.0.ty == PropType::Bool).then_some(Value::Bool(b));
        self.checked(value, || b)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        self.integer(n.into())
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        self.integer(n.into())
    }

    fn visit_i128<E: de::Error>(self, n: i128) -> Result<Value, E> {
        self.integer(n)
    }

    fn visit_u128<E: de::Error>(self, n: u128) -> Result<Value, E> {
        self.integer(i128::try_from(n).unwrap_or(i128::MAX))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value, E> {
        self.checked(None, || format!("the number {n}"))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        let value = match self.0.ty {
            PropType::String => Some(Value::str(text)),
            PropType::TimeSpan => TimeSpan::parse(text).map(Value::TimeSpan),
            PropType::Enum(..) | PropType::DateTime => self.0.ty.parse(text),
            _ => None,
        };
        self.checked(value, || format!("\"{text}\""))
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        let value = (!self.0.ty.is_list()).then_some(Value::Null);
        self.checked(value, || "None")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.visit_none()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        if self.0.ty != PropType::StringList {
            return self.checked(None, || "a list");
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<String>()? {
            items.push(Value::str(item));
        }
        Ok(Value::array(items))
    }
}

/// User variables: `{"name": PlainValue, ...}`.
struct VariablesSeed<'c>(&'c Context);

impl<'de> DeserializeSeed<'de> for VariablesSeed<'_> {
    type Value = Variables;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Variables, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for VariablesSeed<'_> {
    type Value = Variables;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the variables: {\"name\": Int32(5), ...}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Variables, A::Error> {
        let mut variables = Variables::default();
        let mut seen = HashSet::new();
        while let Some(name) = map.next_key::<String>()? {
            self.0.enter(format!(".{name}"));
            if name.is_empty() {
                return Err(A::Error::custom("a variable needs a name"));
            }
            first_time(&mut seen, &name)?;
            let plain: PlainValue = map.next_value()?;
            variables.set(&name, plain.into_value().map_err(A::Error::custom)?);
            self.0.leave();
        }
        Ok(variables)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::save;

    /// A lab whose global conferencing record differs from an install's (MaxUploadFileSizeMb),
    /// so that the file holds that family for the tests to edit.
    fn lab_session() -> Session {
        let mut session = Session::lab();
        let family = families::find("CsConferencingConfiguration").unwrap();
        let mut record = session
            .store
            .get(family.noun, &Scope::Global)
            .unwrap()
            .clone();
        let (index, _) = family.property("MaxUploadFileSizeMb").unwrap();
        record.values[index] = Value::UInt16(400);
        session.store.put(family.noun, record);
        session
    }

    fn lab_text() -> String {
        save::to_string(&lab_session()).unwrap()
    }

    #[test]
    fn a_saved_lab_loads_back_equal() {
        let text = lab_text();
        assert_eq!(parse(&text, "lab.ron"), Ok(lab_session()));
    }

    /// The error for `text` with `from` replaced by `to` (the first occurrence).
    fn error_after(from: &str, to: &str) -> LoadError {
        let text = lab_text();
        assert!(text.contains(from), "{from}");
        parse(&text.replacen(from, to, 1), "lab.ron").expect_err(to)
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines().position(|l| l.contains(needle)).expect(needle) + 1
    }

    #[test]
    fn each_hand_editing_mistake_names_its_line_column_and_field() {
        let family = "configuration.CsConferencingConfiguration[0]";
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "ClientAudioPort: 5350",
                "ClientAudioPort: 80",
                "properties.ClientAudioPort",
                "less than the minimum allowed range of 1024",
            ),
            (
                "ClientAudioPort: 5350",
                "ClientAudioPort: 70000",
                "properties.ClientAudioPort",
                "found the number 70000",
            ),
            (
                "ClientAudioPort: 5350",
                "ClientAudioPort: \"high\"",
                "properties.ClientAudioPort",
                "is a UInt16",
            ),
            (
                "ClientMediaPortRangeEnabled: false",
                "ClientMediaPortRangeEnabled: 1",
                "properties.ClientMediaPortRangeEnabled",
                "is a Boolean",
            ),
            (
                "ContentGracePeriod: \"15.00:00:00\"",
                "ContentGracePeriod: \"soon\"",
                "properties.ContentGracePeriod",
                "is a TimeSpan",
            ),
            (
                "ClientAudioPort: 5350",
                "ClientAudioPorts: 5350",
                "properties.ClientAudioPorts",
                "has no property `ClientAudioPorts`",
            ),
            (
                "identity: \"Global\"",
                "identity: \"site:Tokyo\"",
                "identity",
                "no site `Tokyo`",
            ),
            (
                "identity: \"Global\"",
                "identity: \"service:WebServer:atl-cs-001.litwareinc.com\"",
                "identity",
                "does not allow",
            ),
            (
                "identity: \"Global\"",
                "identity: \"nowhere\"",
                "identity",
                "is not an identity",
            ),
        ];
        for (from, to, field, message) in cases {
            let e = error_after(from, to);
            let edited = lab_text().replacen(from, to, 1);
            assert_eq!(e.field, format!("{family}.{field}"), "{to}: {e}");
            assert!(e.message.contains(message), "{to}: {e}");
            assert_eq!(e.line, line_of(&edited, to), "{to}: {e}");
            assert!(e.column > 1, "{to}: {e}");
            assert_eq!(e.file, "lab.ron");
        }
    }

    #[test]
    fn unknown_families_future_versions_and_topology_mistakes_are_refused() {
        let e = error_after("CsConferencingConfiguration: [", "CsNoSuchConfiguration: [");
        assert_eq!(e.field, "configuration.CsNoSuchConfiguration");
        assert!(e.message.contains("no configuration family"), "{e}");
        let e = error_after(
            &format!("version: {VERSION}"),
            &format!("version: {}", VERSION + 1),
        );
        assert_eq!((e.field.as_str(), e.line), ("version", 2));
        assert!(e.message.contains("newer lyncsh"), "{e}");
        let e = error_after("site: \"Redmond\"", "site: \"Oslo\"");
        assert_eq!(e.field, "topology.pools[0].site");
        let e = error_after("role: \"Registrar\"", "role: \"Janitor\"");
        assert_eq!(e.field, "topology.services[0].role");
        let e = error_after("variables: {", "variables: {\"x\": Int32(\"five\"), ");
        assert_eq!(e.field, "variables.x");
    }

    #[test]
    fn a_truncated_file_is_refused_wherever_it_is_cut() {
        let text = lab_text();
        for cut in (0..text.len() - 2).step_by(97) {
            let e = parse(&text[..cut], "cut.ron").expect_err("a cut file");
            assert!(e.line >= 1 && e.column >= 1, "{e}");
        }
    }

    /// The lab with a variable of every saved kind, strings that need each escape ron writes,
    /// and a history line with quotes.
    fn varied_session() -> Session {
        let mut session = Session::lab();
        let text = "it's \"quoted\" \\ back\nline\ttab \r é \u{301} \u{7} \0 end";
        let plain = [
            PlainValue::Null,
            PlainValue::Bool(true),
            PlainValue::Switch(false),
            PlainValue::Byte(255),
            PlainValue::Int32(-2147483648),
            PlainValue::Int64(i64::MIN),
            PlainValue::UInt16(0),
            PlainValue::UInt32(4294967295),
            PlainValue::UInt64(u64::MAX),
            PlainValue::Double(1.5),
            PlainValue::Double(-0.25),
            PlainValue::Double(1e300),
            PlainValue::Double(2.5e-7),
            PlainValue::String(text.into()),
            PlainValue::TimeSpan("1.02:03:04".into()),
            PlainValue::DateTime("2013-05-01T10:20:30.0000000".into()),
            PlainValue::Enum {
                type_name: "Microsoft.Rtc.Management.WritableConfig.Policy.Im.ImPolicy".into(),
                name: "Enabled".into(),
            },
            PlainValue::Array(vec![PlainValue::Array(vec![PlainValue::Int32(1)])]),
            PlainValue::Hashtable(vec![(
                PlainValue::String("key".into()),
                PlainValue::Array(vec![]),
            )]),
        ];
        for (i, value) in plain.into_iter().enumerate() {
            let value = value.into_value().expect("a plain value");
            session.variables.set(&format!("v{i}"), value);
        }
        session.history.push(format!("Write-Output '{text}'"));
        session
    }

    #[test]
    fn the_quick_reader_takes_what_lyncsh_writes() {
        for session in [Session::lab(), varied_session()] {
            let text = save::to_string(&session).unwrap();
            assert_eq!(read_quickly(&text).as_ref(), Some(&session), "{text}");
            assert_eq!(read_with_ron(&text, "x.ron"), Ok(session));
        }
    }

    #[test]
    fn older_files_with_some_around_service_settings_still_load() {
        let text = lab_text();
        let old = text
            .replace("settings: ", "settings: Some(")
            .replace("\n                )),\n", "\n                ))),\n");
        let with_settings = lab_session()
            .topology
            .services
            .iter()
            .filter(|s| s.settings.is_some())
            .count();
        assert_eq!(old.matches("Some(").count(), with_settings);
        assert_eq!(old.matches(")))").count(), with_settings);
        assert_eq!(read_quickly(&old), Some(lab_session()));
        assert_eq!(parse(&old, "old.ron"), Ok(lab_session()));
    }

    #[test]
    fn ron_reads_what_the_quick_reader_leaves_to_it() {
        let text = lab_text();
        let variants = [
            text.replacen(
                &format!("version: {VERSION},"),
                &format!("version: {VERSION}, // the format"),
                1,
            ),
            text.replacen("(\n    version", "Session(\n    version", 1),
            text.replacen("\"Redmond Site\"", "r#\"Redmond Site\"#", 1),
            text.replacen("ClientAudioPort: 5350", "ClientAudioPort: 0x14e6", 1),
            text.replacen("Organization: None", "Organization: Some(\"Litware\")", 1),
        ];
        for variant in variants {
            assert_ne!(variant, text);
            let ron = read_with_ron(&variant, "x.ron");
            assert!(ron.is_ok(), "{ron:?}");
            assert_eq!(parse(&variant, "x.ron"), ron);
        }
    }

    /// Whatever the quick reader takes, ron takes too and reads the same: checked on edits of
    /// a saved session (a byte removed, or one of the bytes the two might read differently
    /// put in) all through the text.
    #[test]
    fn what_the_quick_reader_takes_ron_reads_the_same() {
        let text = save::to_string(&varied_session()).unwrap();
        let inserts = [
            " ", "\n", "\t", ",", ":", "(", ")", "[", "]", "{", "}", "\"", "\\", "'", "-", "0",
            "7", ".", "e", "_", "#", "/", "é", "r", "Some(", "\u{0}",
        ];
        let mut taken = 0;
        for at in (0..text.len())
            .filter(|&i| text.is_char_boundary(i))
            .step_by(13)
        {
            let next = text[at..].chars().next().map_or(0, char::len_utf8);
            let removed = format!("{}{}", &text[..at], &text[at + next..]);
            let mut edits = vec![removed];
            for insert in inserts.iter().skip(at % 5).step_by(5) {
                edits.push(format!("{}{insert}{}", &text[..at], &text[at..]));
            }
            for edited in edits {
                if let Some(session) = read_quickly(&edited) {
                    taken += 1;
                    assert_eq!(read_with_ron(&edited, "x.ron"), Ok(session), "{edited}");
                }
            }
        }
        assert!(taken > 100, "{taken}");
    }

    #[test]
    fn values_nested_too_deeply_for_ron_are_left_to_it() {
        let text = lab_text();
        let nested = |depth: usize| {
            let value = format!("{}Int32(1){}", "Array([".repeat(depth), "])".repeat(depth));
            text.replacen("variables: {", &format!("variables: {{\"x\": {value},"), 1)
        };
        assert!(read_quickly(&nested(10)).is_some());
        let too_deep = read_with_ron(&nested(70), "x.ron").expect_err("too deep for ron");
        assert!(too_deep.message.contains("nested too deeply"), "{too_deep}");
        for depth in [10, 20, 30, 40, 50, 70] {
            let ron = read_with_ron(&nested(depth), "x.ron");
            if let Some(session) = read_quickly(&nested(depth)) {
                assert_eq!(ron, Ok(session), "{depth}");
            }
            assert_eq!(parse(&nested(depth), "x.ron"), ron);
        }
    }
}
