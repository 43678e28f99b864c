//! The declaration file format: what a `src/families/*.ron` file holds. The build script reads
//! these files with this schema and compiles them into the static declarations of
//! [`crate::family`]; `examples/gen_families.rs` writes them from the reference facts.
//!
//! This module depends on serde alone, so that the build script can include it as it is.

use serde::{Deserialize, Serialize};

/// One noun: its records' identity, scopes, verbs and ordered, typed properties.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Declaration {
    /// The noun without verb, e.g. `CsAddressBookConfiguration`.
    pub noun: String,
    /// The .NET type of the records, as Get-Member shows it.
    pub type_name: String,
    /// What one record is called in messages ("address book configuration").
    pub label: String,
    /// One line in lyncsh's own words for Get-Help.
    pub synopsis: String,
    /// How records are named.
    #[serde(default)]
    pub identity: IdentityKind,
    /// The property that repeats a named record's identity (`Name`, `TargetFqdn`), filled from
    /// `-Identity` when New is not given it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_property: Option<String>,
    /// The parameters whose values, joined with `/`, make a new record's identity when New is
    /// not given `-Identity` (`TrustedApplicationPoolFqdn`, `ApplicationId`); the properties
    /// of those names are filled from the identity's parts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identity_parts: Vec<String>,
    /// The name New gives a record when it is given none: a template in which `{guid}` becomes
    /// a GUID no record of the noun has and `{sip_domain}` the default SIP domain
    /// (`sip:RtcApplication-{guid}@{sip_domain}` for a trusted application endpoint).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unnamed: Option<String>,
    /// A parameter of New naming a record of the same noun whose values the new record starts
    /// from (`-Template` of New-CsAdminRole).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The scopes records may have (scoped identities only).
    #[serde(default)]
    pub scopes: Vec<ScopeDecl>,
    /// The verbs Lync Server 2013 has for the noun.
    pub verbs: Vec<Verb>,
    /// The properties, in the order Get prints them.
    pub properties: Vec<Property>,
    /// Parameters of Set or New that act on the record without being properties of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub switches: Vec<Switch>,
    /// Parameters of Set or New that change part of a property in a shorter form than the
    /// property's own parameter (`-NetworkRegionLinkIDs "A,B"`, `-AudioBWLimit 2000`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shorthands: Vec<Shorthand>,
    /// Properties New and Set warn about when they leave them empty, with the warning: a voice
    /// route without PSTN usages or gateways, a voice policy without usages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub empty_warnings: Vec<(String, String)>,
    /// Parameters the reference gives the cmdlets that lyncsh does not emulate; using one is
    /// an error that says so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsupported: Vec<String>,
    /// Records a fresh lab has besides the global one: the built-in roles and scenarios of an
    /// install, and the records the lab deployment adds (see docs/declarations.md). Each is an
    /// identity and the values that differ from the defaults, written as text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<Builtin>,
    /// For a `Member` noun: the noun of the records that hold it and their list property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_of: Option<(String, String)>,
    /// For a `Member` noun: a new member whose parent record does not exist creates the parent
    /// with its defaults (as a trunk translation rule creates its trunk configuration).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub creates_parent: bool,
    /// How an object of this type reads as text (its ToString, shown inside a list): the
    /// template with each `{Property}` replaced by that property's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_string: Option<String>,
}

/// A record present from the start.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Builtin {
    pub identity: String,
    #[serde(default)]
    pub values: Vec<(String, String)>,
    /// The first session file format version whose lab has this record (0: every version).
    /// A file of an older version that leaves the family out reads it without this record.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub since: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// An action switch: given, it sets `property` to `value` (written as text in its type).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Switch {
    pub name: String,
    pub property: String,
    pub value: String,
}

/// A shorthand parameter: given, it changes `property` as `form` says.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Shorthand {
    pub name: String,
    pub property: String,
    pub form: ShorthandForm,
}

/// What a shorthand parameter's value does to its property.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShorthandForm {
    /// The value is a comma-separated string that replaces the whole list.
    CommaList,
    /// The value sets `field` of the list's entry whose `key` property reads `value`; a list
    /// without such an entry gains one, with the entry type's defaults.
    EntryField {
        key: String,
        value: String,
        field: String,
    },
}

/// How a record is identified.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdentityKind {
    /// `global`, `site:Name`, `service:Role:fqdn` or `tag:Name`.
    #[default]
    Scoped,
    /// A computer or pool FQDN.
    Fqdn,
    /// A free name.
    Name,
    /// A name within a parent scope: `global/Name`, `site:Redmond/Name`. New takes the parent
    /// and the name (`-Parent`, and the name property) in place of `-Identity`.
    Within,
    /// A record an Application service owns, named by a GUID within it:
    /// `service:ApplicationServer:<fqdn>/<GUID>` (the Response Group's agent groups, queues and
    /// workflows). New takes the service (`-Parent`) and the name property, unique within the
    /// service, and works out the GUID.
    Owned,
    /// A record of a pool, named by the pool and its name: `<pool fqdn>\<Name>` (Persistent
    /// Chat categories, rooms and add-ins). New takes the pool (`-PersistentChatPoolFqdn`,
    /// which may be left out when the topology has one pool of the role) and the name, unique
    /// within the pool. With `identity_parts`, the identity is those parts instead (a
    /// Persistent Chat endpoint is named by its SIP address).
    Pooled,
    /// A single record with no identity (the management connection, the UI culture).
    Singleton,
    /// An entry: an object New builds and returns, never stored (New-CsSimpleUrlEntry). Other
    /// records hold it in a property.
    Entry,
    /// A rule kept in a list property of its parent record, in priority order: identity
    /// `<parent>/<Name>`, `Priority` its place in the list (`member_of` names the parent's noun
    /// and the list). A dial plan's normalization rules are the model.
    Member,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScopeDecl {
    Global,
    Site,
    /// Service scope, for the listed roles.
    Service(Vec<String>),
    Tag,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verb {
    Get,
    Set,
    New,
    Remove,
    /// Sets the record's `Enabled` property to True.
    Enable,
    /// Sets the record's `Enabled` property to False.
    Disable,
}

/// One property of the records.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Property {
    pub name: String,
    /// The parameter's spelling when it differs from the property's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(rename = "type")]
    pub ty: Type,
    /// The default, written as text in the property's type (`""` for none).
    pub default: String,
    /// The inclusive range the value must fall in, written as text in the property's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<(String, String)>,
    /// Which verbs take the property as a parameter.
    #[serde(default, skip_serializing_if = "is_both")]
    pub takes: Takes,
    /// The noun of the records this property names (each item, for a list): a value must name
    /// one that exists, and a record something names cannot be removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers: Option<String>,
    /// A valid value for the generated help examples, written as PowerShell would type it,
    /// where the type's usual example would break a rule of the noun (`"*500"` for an orbit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

fn is_both(takes: &Takes) -> bool {
    *takes == Takes::Both
}

/// Which verbs take a property as a parameter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Takes {
    /// New and Set.
    #[default]
    Both,
    /// Set only.
    SetOnly,
    /// New only: the property is fixed when the record is made.
    NewOnly,
    /// Neither: the property is shown but not set by a parameter.
    ReadOnly,
}

/// A property's type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Type {
    Bool,
    Byte,
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
    Enum(String, Vec<String>),
    /// A multi-valued property of strings (comma-separated in `default`).
    StringList,
    /// A multi-valued property of objects of the named .NET type.
    ObjectList(String),
    /// One object of the named .NET type, or none.
    Object(String),
}
