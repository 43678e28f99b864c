//! Configuration families as data: a noun, the scopes it allows and its ordered, typed
//! properties with defaults and valid ranges. The Get/Set/New/Remove cmdlets of every family
//! are generated from these declarations (see `cmdlets::family`).

pub mod schema;

use crate::cmdlets::FamilyVerb;
use crate::identity::Scope;
use crate::signature::ParamType;
use crate::value::{DateTime, EnumValue, TimeSpan, Value};
use std::rc::Rc;

pub use schema::{IdentityKind, Takes};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropType {
    Bool,
    Byte,
    /// A 16-bit signed number; held as an Int32, bound as an Int16.
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    String,
    TimeSpan,
    DateTime,
    /// An enumeration: full .NET type name and member names in declaration order.
    Enum(&'static str, &'static [&'static str]),
    /// A multi-valued property of strings, changed with Lync's `@{Add=...}`, `@{Remove=...}`
    /// and `@{Replace=...}`; written in declarations as a comma-separated list.
    StringList,
    /// A multi-valued property of objects of the named .NET type, changed the same way.
    ObjectList(&'static str),
    /// One object of the named .NET type, or none.
    Object(&'static str),
}

impl PropType {
    pub fn param_type(&self) -> ParamType {
        match self {
            PropType::Bool => ParamType::Bool,
            PropType::Byte => ParamType::Byte,
            PropType::Int16 => ParamType::Int16,
            PropType::Int32 => ParamType::Int32,
            PropType::UInt16 => ParamType::UInt16,
            PropType::UInt32 => ParamType::UInt32,
            PropType::Int64 => ParamType::Int64,
            PropType::UInt64 => ParamType::UInt64,
            PropType::String => ParamType::String,
            PropType::TimeSpan => ParamType::TimeSpan,
            PropType::DateTime => ParamType::DateTime,
            PropType::Enum(name, values) => ParamType::Enum {
                name: name.to_string(),
                values: values.iter().map(|v| v.to_string()).collect(),
            },
            PropType::StringList => ParamType::ListModifier,
            PropType::ObjectList(name) => ParamType::ObjectListModifier(name.to_string()),
            PropType::Object(name) => ParamType::Other(name.to_string()),
        }
    }

    /// Whether values of this type are lists changed with `@{Add=...}` and its kin.
    pub fn is_list(&self) -> bool {
        matches!(self, PropType::StringList | PropType::ObjectList(_))
    }

    /// Reads a value written in a declaration or a session file (`5350`, `True`, `15.00:00:00`).
    pub fn parse(&self, text: &str) -> Option<Value> {
        if text.is_empty() {
            // No value: an empty list, or null (Lync's settings are nullable).
            return Some(if self.is_list() {
                Value::array(Vec::new())
            } else {
                Value::Null
            });
        }
        Some(match self {
            PropType::Bool => match text.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return None,
            },
            PropType::Byte => Value::Byte(text.parse().ok()?),
            PropType::Int16 => Value::Int32(text.parse::<i16>().ok()?.into()),
            PropType::UInt16 => Value::UInt16(text.parse().ok()?),
            PropType::Int32 => Value::Int32(text.parse().ok()?),
            PropType::UInt32 => Value::UInt32(text.parse().ok()?),
            PropType::Int64 => Value::Int64(text.parse().ok()?),
            PropType::UInt64 => Value::UInt64(text.parse().ok()?),
            PropType::String => Value::str(text),
            PropType::TimeSpan => Value::TimeSpan(TimeSpan::parse(text)?),
            PropType::DateTime => Value::DateTime(DateTime::parse(text)?),
            // Items are separated by semicolons when there is one (so that an item may hold
            // commas, as a distinguished name does), and by commas otherwise.
            PropType::StringList => Value::array(
                text.split(if text.contains(';') { ';' } else { ',' })
                    .map(str::trim)
                    .filter(|item| !item.is_empty())
                    .map(Value::str)
                    .collect(),
            ),
            PropType::ObjectList(type_name) => Value::array(
                text.lines()
                    .filter(|line| !line.trim().is_empty())
                    .map(|line| declared_object(type_name, line))
                    .collect::<Option<Vec<Value>>>()?,
            ),
            // One object, written as one line of an object list.
            PropType::Object(type_name) => declared_object(type_name, text)?,
            PropType::Enum(name, values) => {
                let member = values.iter().find(|v| v.eq_ignore_ascii_case(text))?;
                Value::Enum(Rc::new(EnumValue {
                    type_name: name.to_string(),
                    name: member.to_string(),
                }))
            }
        })
    }
}

/// A new object of the entry declared with .NET type `type_name`, every property at its
/// default: what an object property whose default is written `New` starts as.
pub fn new_entry(type_name: &str) -> Option<Value> {
    let entry = crate::families::all()
        .iter()
        .find(|f| f.identity == IdentityKind::Entry && f.type_name == type_name)?;
    let mut object = crate::value::PsObject::new(entry.type_name);
    for prop in entry.properties {
        object
            .properties
            .push((Rc::from(prop.name), prop.default_value()));
    }
    Some(Value::object(object))
}

/// An object of the declared type `type_name` written in a declaration as
/// `Property=value;Property=value` (the other properties at their defaults). A rule kept in a
/// list has no Priority of its own: its place in the list is its priority.
fn declared_object(type_name: &str, text: &str) -> Option<Value> {
    let decl = crate::families::by_type(type_name)?;
    let mut values: Vec<(&PropDecl, Value)> = decl
        .properties
        .iter()
        .filter(|p| !(decl.identity == IdentityKind::Member && p.name == PRIORITY))
        .map(|p| (p, p.default_value()))
        .collect();
    for pair in text.split(';') {
        let (name, value) = pair.split_once('=')?;
        let (prop, slot) = values
            .iter_mut()
            .find(|(p, _)| p.name.eq_ignore_ascii_case(name.trim()))?;
        *slot = prop.ty.parse(value)?;
    }
    let mut object = crate::value::PsObject::new(decl.type_name);
    for (prop, value) in values {
        object.properties.push((Rc::from(prop.name), value));
    }
    Some(Value::object(object))
}

/// The property that holds a member's place in its parent's list.
pub const PRIORITY: &str = "Priority";

/// An object's text (its ToString) where its type's declaration has a template: each
/// `{Property}` replaced by that property's value.
pub fn declared_text(object: &crate::value::PsObject) -> Option<String> {
    let template = crate::families::by_type(&object.type_name)?.to_string?;
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        if let Some(value) = object.get(name) {
            out.push_str(&value.to_display());
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// An inclusive range a property's value must fall in, written as text in the property's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub min: &'static str,
    pub max: &'static str,
}

#[derive(Clone, Copy, Debug)]
pub struct PropDecl {
    pub name: &'static str,
    /// The parameter's spelling when it differs from the property's.
    pub param: Option<&'static str>,
    pub ty: PropType,
    pub default: &'static str,
    pub range: Option<Range>,
    /// Which verbs take it as a parameter (some properties can only be changed by Set, some
    /// are only shown).
    pub takes: Takes,
    /// The noun of the records its value names.
    pub refers: Option<&'static str>,
    /// A valid value for generated help examples, as typed (see the declaration format).
    pub example: Option<&'static str>,
}

impl PropDecl {
    pub fn param_name(&self) -> &'static str {
        self.param.unwrap_or(self.name)
    }

    /// Whether `verb` takes this property as a parameter.
    pub fn taken_by(&self, verb: FamilyVerb) -> bool {
        match self.takes {
            Takes::Both => matches!(verb, FamilyVerb::Set | FamilyVerb::New),
            Takes::SetOnly | Takes::NewOnly | Takes::ReadOnly
                if !matches!(verb, FamilyVerb::Set | FamilyVerb::New) =>
            {
                false
            }
            Takes::SetOnly => verb == FamilyVerb::Set,
            Takes::NewOnly => verb == FamilyVerb::New,
            Takes::ReadOnly => false,
        }
    }

    pub fn default_value(&self) -> Value {
        match (self.ty, self.default) {
            (PropType::Object(type_name), "New") => new_entry(type_name).unwrap_or(Value::Null),
            _ => self.ty.parse(self.default).unwrap_or(Value::Null),
        }
    }

    /// Checks `value` against the declared range; the error is PowerShell's ValidateRange text.
    pub fn check_range(&self, value: &Value) -> Result<(), String> {
        let Some(range) = self.range else {
            return Ok(());
        };
        crate::engine::convert::check_range(value, range.min, range.max, &self.ty.param_type())
    }
}

/// An action switch: a parameter of Set or New that is not a property; given, it sets
/// `property` to `value`.
#[derive(Clone, Copy, Debug)]
pub struct SwitchDecl {
    pub name: &'static str,
    pub property: &'static str,
    pub value: &'static str,
}

/// A shorthand parameter: given, it changes `property` as `form` says.
#[derive(Clone, Copy, Debug)]
pub struct ShorthandDecl {
    pub name: &'static str,
    pub property: &'static str,
    pub form: ShorthandForm,
}

/// What a shorthand parameter's value does to its property (see the declaration format).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShorthandForm {
    /// A comma-separated string replacing the whole list.
    CommaList,
    /// One field of the list's entry whose `key` property reads `value`.
    EntryField {
        key: &'static str,
        value: &'static str,
        field: &'static str,
    },
}

/// A record present from the start: its identity, and the values that differ from the
/// defaults, written as text in each property's type.
#[derive(Clone, Copy, Debug)]
pub struct Builtin {
    pub identity: &'static str,
    pub values: &'static [(&'static str, &'static str)],
    /// The first session file format version whose lab has the record (0: every version).
    pub since: u32,
}

/// A scope kind a family allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeRule {
    Global,
    Site,
    /// Service scope for the listed roles.
    Service(&'static [&'static str]),
    Tag,
}

/// One declared noun, compiled from its `src/families/<noun>.ron` file (see [`schema`]).
#[derive(Debug)]
pub struct FamilyDecl {
    /// The noun without verb, e.g. `CsConferencingConfiguration`.
    pub noun: &'static str,
    /// The .NET type of the records (Get-Member's TypeName).
    pub type_name: &'static str,
    /// What the records are called in messages ("conferencing configuration").
    pub label: &'static str,
    /// One line in our own words for Get-Help.
    pub synopsis: &'static str,
    pub identity: IdentityKind,
    /// The property that repeats a named record's identity, filled from `-Identity` by New.
    pub name_property: Option<&'static str>,
    /// The parameters whose values, joined with `/`, make a new record's identity.
    pub identity_parts: &'static [&'static str],
    /// The parameter of New naming a record to start from.
    pub template: Option<&'static str>,
    pub scopes: &'static [ScopeRule],
    /// The verbs Lync Server 2013 has for this noun.
    pub verbs: &'static [FamilyVerb],
    /// Parameters of Set or New that are not properties.
    pub switches: &'static [SwitchDecl],
    /// Parameters of Set or New that change part of a property in a shorter form.
    pub shorthands: &'static [ShorthandDecl],
    /// Properties New and Set warn about when empty, each with its warning.
    pub empty_warnings: &'static [(&'static str, &'static str)],
    /// Parameters of the real cmdlets that lyncsh does not emulate.
    pub unsupported: &'static [&'static str],
    /// Records a fresh install has besides the global one.
    pub records: &'static [Builtin],
    /// For a [`IdentityKind::Member`] noun: the parent's noun and its list property.
    pub member_of: Option<(&'static str, &'static str)>,
    /// A new member of a parent that does not exist creates the parent.
    pub creates_parent: bool,
    /// The ToString template of the objects (see the declaration format).
    pub to_string: Option<&'static str>,
    /// The name New gives a record it is given none for (`{guid}`, `{sip_domain}` filled in).
    pub unnamed: Option<&'static str>,
    pub properties: &'static [PropDecl],
}

impl FamilyDecl {
    pub fn has_verb(&self, verb: FamilyVerb) -> bool {
        self.verbs.contains(&verb)
    }

    /// Whether `verb` takes the property `prop` as a parameter: as the declaration says, except
    /// that Set of a record a service owns takes only the edited object (`-Instance`).
    pub fn takes(&self, prop: &PropDecl, verb: FamilyVerb) -> bool {
        prop.taken_by(verb) && !(verb == FamilyVerb::Set && self.identity == IdentityKind::Owned)
    }

    pub fn property(&self, name: &str) -> Option<(usize, &PropDecl)> {
        self.properties.iter().enumerate().find(|(_, p)| {
            p.name.eq_ignore_ascii_case(name) || p.param_name().eq_ignore_ascii_case(name)
        })
    }

    /// The .NET type of a record's property (Get-Member's definitions): the declared type, and
    /// `XdsIdentity` for the identity of a scoped record.
    pub fn property_type(&self, name: &str) -> Option<String> {
        if name.eq_ignore_ascii_case("Identity") && self.identity == IdentityKind::Scoped {
            return Some(ParamType::XdsIdentity.dotnet_name());
        }
        self.property(name)
            .map(|(_, p)| p.ty.param_type().dotnet_name())
    }

    pub fn defaults(&self) -> Vec<Value> {
        self.properties
            .iter()
            .map(PropDecl::default_value)
            .collect()
    }

    /// Reads a typed `-Identity` as this family names its records: a scope it allows (a
    /// per-user policy may leave out `tag:`), a plain name, or a name within a parent scope
    /// (`global/Name`, shown `Global/Name`). `None` when it is none of these.
    pub fn identity_of(&self, typed: &str) -> Option<Scope> {
        let typed = typed.trim();
        match self.identity {
            IdentityKind::Singleton => return Some(Scope::Global),
            IdentityKind::Entry => return None,
            _ if typed.is_empty() => return None,
            IdentityKind::Fqdn | IdentityKind::Name | IdentityKind::Pooled => {
                return Some(Scope::Name(typed.to_string()))
            }
            IdentityKind::Within | IdentityKind::Member | IdentityKind::Owned => {
                let (parent, name) = typed.split_once('/')?;
                let parent = self.parent_scope(parent)?;
                let name = name.trim();
                if name.is_empty() {
                    return None;
                }
                return Some(Scope::Name(match (self.identity, parent) {
                    // Owned records are written as the Response Group cmdlets write them.
                    (IdentityKind::Owned, Scope::Service { role, fqdn }) => {
                        format!("service:{role}:{fqdn}/{name}")
                    }
                    (_, parent) => format!("{parent}/{name}"),
                }));
            }
            IdentityKind::Scoped => {}
        }
        let scope = Scope::parse(typed).or_else(|| {
            (self.scopes.contains(&ScopeRule::Tag) && !typed.contains(':'))
                .then(|| Scope::Tag(typed.to_string()))
        })?;
        self.allows(&scope).then_some(scope)
    }

    /// The parent scope of a record named within one (`Site:Redmond` of
    /// `Site:Redmond/Device1`).
    pub fn parent_of(&self, scope: &Scope) -> Option<Scope> {
        match (self.identity, scope) {
            (
                IdentityKind::Within | IdentityKind::Member | IdentityKind::Owned,
                Scope::Name(name),
            ) => self.parent_scope(name.split_once('/')?.0),
            _ => None,
        }
    }

    /// Reads the parent part of a name within a scope: a scope this family's records may sit
    /// in; a bare name is a per-user (tag) scope where tags are allowed (`SeattleUser/Rule`).
    pub fn parent_scope(&self, typed: &str) -> Option<Scope> {
        let typed = typed.trim();
        let scope = Scope::parse(typed).or_else(|| {
            (self.scopes.contains(&ScopeRule::Tag) && !typed.is_empty() && !typed.contains(':'))
                .then(|| Scope::Tag(typed.to_string()))
        })?;
        self.allows_parent(&scope).then_some(scope)
    }

    fn allows_parent(&self, parent: &Scope) -> bool {
        self.scopes.iter().any(|rule| match (rule, parent) {
            (ScopeRule::Global, Scope::Global)
            | (ScopeRule::Site, Scope::Site(_))
            | (ScopeRule::Tag, Scope::Tag(_)) => true,
            (ScopeRule::Service(roles), Scope::Service { role, .. }) => {
                roles.iter().any(|r| r.eq_ignore_ascii_case(role))
            }
            _ => false,
        })
    }

    /// The value of the property that repeats a record's name, from its identity: the name
    /// itself, or for a record within a parent the part after the slash.
    pub fn name_of(&self, scope: &Scope) -> Option<String> {
        match (self.identity, scope) {
            (IdentityKind::Within | IdentityKind::Member, Scope::Name(name)) => {
                name.split_once('/').map(|(_, n)| n.to_string())
            }
            // The GUID is not the name: the name property is its own.
            (IdentityKind::Owned, _) => None,
            (IdentityKind::Pooled, Scope::Name(name)) => Some(
                name.rsplit_once('\\')
                    .map_or(name.as_str(), |(_, n)| n)
                    .to_string(),
            ),
            (_, Scope::Name(name)) => Some(name.clone()),
            // A scoped record's name (a dial plan's SimpleName): the site's or tag's name, or
            // `Role_fqdn` for a service.
            (IdentityKind::Scoped, Scope::Site(name) | Scope::Tag(name)) => Some(name.clone()),
            (IdentityKind::Scoped, Scope::Service { role, fqdn }) => Some(format!("{role}_{fqdn}")),
            _ => None,
        }
    }

    /// Whether records are stored as records of their own (an entry is an object other
    /// records hold, a member lives in its parent's list).
    pub fn is_stored(&self) -> bool {
        !matches!(self.identity, IdentityKind::Entry | IdentityKind::Member)
    }

    /// Whether this family allows records at `scope`.
    pub fn allows(&self, scope: &Scope) -> bool {
        match self.identity {
            IdentityKind::Scoped => {}
            IdentityKind::Singleton => return *scope == Scope::Global,
            IdentityKind::Entry => return false,
            IdentityKind::Fqdn
            | IdentityKind::Name
            | IdentityKind::Within
            | IdentityKind::Owned
            | IdentityKind::Pooled
            | IdentityKind::Member => return matches!(scope, Scope::Name(_)),
        }
        self.scopes.iter().any(|rule| match (rule, scope) {
            (ScopeRule::Global, Scope::Global) => true,
            (ScopeRule::Site, Scope::Site(_)) => true,
            (ScopeRule::Tag, Scope::Tag(_)) => true,
            (ScopeRule::Service(roles), Scope::Service { role, .. }) => {
                roles.iter().any(|r| r.eq_ignore_ascii_case(role))
            }
            _ => false,
        })
    }

    /// The allowed scopes in words, for error messages (for records named within a scope, the
    /// parents followed by `/<name>`).
    pub fn scope_words(&self) -> String {
        let (suffix, site, tag) = match self.identity {
            IdentityKind::Fqdn => return "an FQDN".into(),
            IdentityKind::Name => return "a name".into(),
            IdentityKind::Pooled => return "<pool fqdn>\\<name>".into(),
            IdentityKind::Singleton | IdentityKind::Entry => return "none".into(),
            IdentityKind::Within | IdentityKind::Member => {
                ("/<name>", "site:<site>", "tag:<policy>")
            }
            IdentityKind::Owned => ("/<GUID>", "site:<site>", "tag:<policy>"),
            IdentityKind::Scoped => ("", "site:<name>", "tag:<name>"),
        };
        let words: Vec<String> = self
            .scopes
            .iter()
            .map(|rule| match rule {
                ScopeRule::Global => format!("global{suffix}"),
                ScopeRule::Site => format!("{site}{suffix}"),
                ScopeRule::Tag => format!("{tag}{suffix}"),
                ScopeRule::Service(roles) => roles
                    .iter()
                    .map(|r| format!("service:{r}:<fqdn>{suffix}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect();
        words.join(", ")
    }
}
