//! What a cmdlet accepts: its parameter sets and parameters. One `Signature` drives binding,
//! `check`, Get-Help, Get-Command and completion. Signatures are plain data, so the catalog of
//! every Lync Server 2013 cmdlet can be stored as RON and generated families can build them.

use serde::{Deserialize, Serialize};

/// The parameter-set name PowerShell uses when a cmdlet declares none.
pub const ALL_SETS: &str = "__AllParameterSets";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub name: String,
    /// Parameter set names in declaration order. Empty means the single `__AllParameterSets`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<String>,
    /// The set chosen when the bound parameters fit several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_set: Option<String>,
    pub params: Vec<ParamDecl>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParamDecl {
    pub name: String,
    pub ty: ParamType,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The sets this parameter belongs to; empty means every set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<String>,
    /// Position among positional parameters (lower binds first); `None` = named only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub mandatory: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub by_value: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub by_property_name: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub wildcards: bool,
    /// `ValueFromRemainingArguments`: positional arguments that no position takes are added
    /// to this parameter's value (`Write-Output a b`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub remaining: bool,
    /// An inclusive `[ValidateRange(min, max)]`, written in the parameter's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<(String, String)>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The .NET type a parameter is declared with, as far as binding needs to know it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParamType {
    Switch,
    Bool,
    Byte,
    /// A 16-bit signed number; its values are held as Int32.
    Int16,
    Int32,
    Int64,
    UInt16,
    UInt32,
    UInt64,
    Double,
    String,
    TimeSpan,
    DateTime,
    /// Lync's scoped identity (`global`, `site:Redmond`, `service:Role:fqdn`).
    XdsIdentity,
    /// Any object (`-Instance`, `-InputObject`).
    Object,
    ScriptBlock,
    Hashtable,
    /// An enumeration: its .NET name and the member names in declaration order.
    Enum {
        name: String,
        values: Vec<String>,
    },
    /// `T[]`: one value or a list.
    Array(Box<ParamType>),
    /// Lync's `PSListModifier` of strings: a new list, or `@{Add=...; Remove=...; Replace=...}`
    /// to change the current one.
    ListModifier,
    /// Lync's `PSListModifier` of objects of the named .NET type, changed the same way.
    ObjectListModifier(String),
    /// Any other .NET type, kept by name; values are passed through without conversion.
    Other(String),
}

impl ParamType {
    /// The full .NET name, as PowerShell's binding messages print it.
    pub fn dotnet_name(&self) -> String {
        match self {
            ParamType::Switch => "System.Management.Automation.SwitchParameter".into(),
            ParamType::Bool => "System.Boolean".into(),
            ParamType::Byte => "System.Byte".into(),
            ParamType::Int16 => "System.Int16".into(),
            ParamType::Int32 => "System.Int32".into(),
            ParamType::Int64 => "System.Int64".into(),
            ParamType::UInt16 => "System.UInt16".into(),
            ParamType::UInt32 => "System.UInt32".into(),
            ParamType::UInt64 => "System.UInt64".into(),
            ParamType::Double => "System.Double".into(),
            ParamType::String => "System.String".into(),
            ParamType::TimeSpan => "System.TimeSpan".into(),
            ParamType::DateTime => "System.DateTime".into(),
            ParamType::XdsIdentity => "Microsoft.Rtc.Management.Xds.XdsIdentity".into(),
            ParamType::Object => "System.Management.Automation.PSObject".into(),
            ParamType::ScriptBlock => "System.Management.Automation.ScriptBlock".into(),
            ParamType::Hashtable => "System.Collections.Hashtable".into(),
            ParamType::Enum { name, .. } => name.clone(),
            ParamType::Array(inner) => format!("{}[]", inner.dotnet_name()),
            ParamType::ListModifier => {
                "Microsoft.Rtc.Management.Internal.PSListModifier`1[System.String]".into()
            }
            ParamType::ObjectListModifier(element) => {
                format!("Microsoft.Rtc.Management.Internal.PSListModifier`1[{element}]")
            }
            ParamType::Other(name) => name.clone(),
        }
    }

    /// The short name Get-Help's SYNTAX shows (`<UInt16>`, `<XdsIdentity>`); a generic type
    /// shows its own name (`<Unlimited>`, `<PSListModifier>`), a `Nullable` its argument.
    pub fn syntax_name(&self) -> String {
        short_type_name(&self.dotnet_name())
    }
}

fn short_type_name(full: &str) -> String {
    let (base, array) = match full.strip_suffix("[]") {
        Some(base) => (base, "[]"),
        None => (full, ""),
    };
    let nullable = base
        .strip_prefix("System.Nullable`1[")
        .and_then(|rest| rest.strip_suffix(']'));
    if let Some(inner) = nullable {
        return format!("{}{array}", short_type_name(inner));
    }
    let plain = base.split('`').next().unwrap_or(base);
    let short = plain.rsplit('.').next().unwrap_or(plain);
    format!("{short}{array}")
}

impl ParamDecl {
    pub fn new(name: &str, ty: ParamType) -> ParamDecl {
        ParamDecl {
            name: name.to_string(),
            ty,
            aliases: Vec::new(),
            sets: Vec::new(),
            position: None,
            mandatory: false,
            by_value: false,
            by_property_name: false,
            wildcards: false,
            remaining: false,
            range: None,
        }
    }

    pub fn remaining(mut self) -> ParamDecl {
        self.remaining = true;
        self
    }

    pub fn in_sets(mut self, sets: &[&str]) -> ParamDecl {
        self.sets = sets.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn at(mut self, position: u32) -> ParamDecl {
        self.position = Some(position);
        self
    }

    pub fn mandatory(mut self) -> ParamDecl {
        self.mandatory = true;
        self
    }

    pub fn by_value(mut self) -> ParamDecl {
        self.by_value = true;
        self
    }

    pub fn by_property_name(mut self) -> ParamDecl {
        self.by_property_name = true;
        self
    }

    pub fn range(mut self, min: &str, max: &str) -> ParamDecl {
        self.range = Some((min.to_string(), max.to_string()));
        self
    }

    pub fn alias(mut self, alias: &str) -> ParamDecl {
        self.aliases.push(alias.to_string());
        self
    }

    pub fn is_in_set(&self, set: &str) -> bool {
        self.sets.is_empty() || self.sets.iter().any(|s| s.eq_ignore_ascii_case(set))
    }

    /// Whether `name` (typed without the dash) is this parameter's name or one of its aliases.
    pub fn is_named(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    }
}

impl Signature {
    pub fn new(name: &str, params: Vec<ParamDecl>) -> Signature {
        Signature {
            name: name.to_string(),
            sets: Vec::new(),
            default_set: None,
            params,
        }
    }

    /// The parameter whose name is nearest to a mistyped one, for a did-you-mean hint.
    pub fn nearest_parameter(&self, typed: &str) -> Option<String> {
        crate::suggest::Suggestions::new(self.params.iter().map(|p| p.name.as_str()))
            .nearest(typed)
            .map(str::to_string)
    }

    pub fn with_sets(mut self, sets: &[&str], default_set: &str) -> Signature {
        self.sets = sets.iter().map(|s| s.to_string()).collect();
        self.default_set = Some(default_set.to_string());
        self
    }

    /// The parameter set names, `__AllParameterSets` when none are declared.
    pub fn set_names(&self) -> Vec<String> {
        if self.sets.is_empty() {
            vec![ALL_SETS.to_string()]
        } else {
            self.sets.clone()
        }
    }

    pub fn param(&self, name: &str) -> Option<&ParamDecl> {
        self.params
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
    }

    /// Whether the cmdlet declares `-WhatIf` / `-Confirm`.
    pub fn supports_should_process(&self) -> bool {
        self.param("WhatIf").is_some()
    }
}
