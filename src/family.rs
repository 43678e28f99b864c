//! Configuration families as data: a noun, the scopes it allows and its ordered, typed
//! properties with defaults and valid ranges. The Get/Set/New/Remove cmdlets of every family
//! are generated from these declarations (see `cmdlets::family`).

use crate::identity::Scope;
use crate::signature::ParamType;
use crate::value::{EnumValue, TimeSpan, Value};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropType {
    Bool,
    Byte,
    UInt16,
    UInt32,
    UInt64,
    Int32,
    String,
    TimeSpan,
    /// An enumeration: full .NET type name and member names in declaration order.
    Enum(&'static str, &'static [&'static str]),
    /// A multi-valued property of strings, changed with Lync's `@{Add=...}`, `@{Remove=...}`
    /// and `@{Replace=...}`; written in declarations as a comma-separated list.
    StringList,
}

impl PropType {
    pub fn param_type(&self) -> ParamType {
        match self {
            PropType::Bool => ParamType::Bool,
            PropType::Byte => ParamType::Byte,
            PropType::UInt16 => ParamType::UInt16,
            PropType::UInt32 => ParamType::UInt32,
            PropType::UInt64 => ParamType::UInt64,
            PropType::Int32 => ParamType::Int32,
            PropType::String => ParamType::String,
            PropType::TimeSpan => ParamType::TimeSpan,
            PropType::Enum(name, values) => ParamType::Enum {
                name: name.to_string(),
                values: values.iter().map(|v| v.to_string()).collect(),
            },
            PropType::StringList => ParamType::ListModifier,
        }
    }

    /// Reads a value written in a declaration or a session file (`5350`, `True`, `15.00:00:00`).
    pub fn parse(&self, text: &str) -> Option<Value> {
        Some(match self {
            PropType::Bool => match text.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return None,
            },
            PropType::Byte => Value::Byte(text.parse().ok()?),
            PropType::UInt16 => Value::UInt16(text.parse().ok()?),
            PropType::UInt32 => Value::UInt32(text.parse().ok()?),
            PropType::UInt64 => Value::UInt64(text.parse().ok()?),
            PropType::Int32 => Value::Int32(text.parse().ok()?),
            PropType::String => {
                if text.is_empty() {
                    Value::Null
                } else {
                    Value::str(text)
                }
            }
            PropType::TimeSpan => Value::TimeSpan(TimeSpan::parse(text)?),
            PropType::StringList => Value::array(
                text.split(',')
                    .map(str::trim)
                    .filter(|item| !item.is_empty())
                    .map(Value::str)
                    .collect(),
            ),
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
    /// Whether New-<noun> accepts it (some properties can only be changed by Set).
    pub on_new: bool,
}

impl PropDecl {
    pub const fn new(name: &'static str, ty: PropType, default: &'static str) -> PropDecl {
        PropDecl {
            name,
            param: None,
            ty,
            default,
            range: None,
            on_new: true,
        }
    }

    pub const fn range(mut self, min: &'static str, max: &'static str) -> PropDecl {
        self.range = Some(Range { min, max });
        self
    }

    pub const fn param(mut self, spelling: &'static str) -> PropDecl {
        self.param = Some(spelling);
        self
    }

    pub const fn set_only(mut self) -> PropDecl {
        self.on_new = false;
        self
    }

    pub fn param_name(&self) -> &'static str {
        self.param.unwrap_or(self.name)
    }

    pub fn default_value(&self) -> Value {
        self.ty.parse(self.default).unwrap_or(Value::Null)
    }

    /// Checks `value` against the declared range; the error is PowerShell's ValidateRange text.
    pub fn check_range(&self, value: &Value) -> Result<(), String> {
        match self.range {
            Some(range) => crate::engine::convert::check_range(
                value,
                range.min,
                range.max,
                &self.ty.param_type(),
            ),
            None => Ok(()),
        }
    }
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

#[derive(Debug)]
pub struct FamilyDecl {
    /// The noun without verb, e.g. `CsConferencingConfiguration`.
    pub noun: &'static str,
    /// The .NET type of the records (Get-Member's TypeName).
    pub type_name: &'static str,
    pub scopes: &'static [ScopeRule],
    pub properties: &'static [PropDecl],
    /// One line in our own words for Get-Help.
    pub synopsis: &'static str,
    /// What the records are called in messages ("conferencing configuration").
    pub label: &'static str,
}

impl FamilyDecl {
    pub fn property(&self, name: &str) -> Option<(usize, &PropDecl)> {
        self.properties.iter().enumerate().find(|(_, p)| {
            p.name.eq_ignore_ascii_case(name) || p.param_name().eq_ignore_ascii_case(name)
        })
    }

    pub fn defaults(&self) -> Vec<Value> {
        self.properties
            .iter()
            .map(PropDecl::default_value)
            .collect()
    }

    /// Whether this family allows records at `scope`.
    pub fn allows(&self, scope: &Scope) -> bool {
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

    /// The allowed scopes in words, for error messages.
    pub fn scope_words(&self) -> String {
        let words: Vec<String> = self
            .scopes
            .iter()
            .map(|rule| match rule {
                ScopeRule::Global => "global".to_string(),
                ScopeRule::Site => "site:<name>".to_string(),
                ScopeRule::Tag => "tag:<name>".to_string(),
                ScopeRule::Service(roles) => roles
                    .iter()
                    .map(|r| format!("service:{r}:<fqdn>"))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect();
        words.join(", ")
    }
}
