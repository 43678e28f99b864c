//! Every configuration and policy family lyncsh emulates: one declaration file each
//! (`<Noun>.ron` in this folder, format in `crate::family::schema`), compiled into statics by
//! the build script.

use crate::cmdlets::FamilyVerb;
use crate::family::{
    FamilyDecl, IdentityKind, PropDecl, PropType, Range, ScopeRule, ShorthandDecl, ShorthandForm,
    SwitchDecl, Takes,
};

include!(concat!(env!("OUT_DIR"), "/families.rs"));

/// All declared families, alphabetical by noun.
pub fn all() -> &'static [&'static FamilyDecl] {
    ALL
}

/// The family whose noun is `noun` (case-insensitive).
pub fn find(noun: &str) -> Option<&'static FamilyDecl> {
    ALL.iter()
        .copied()
        .find(|f| f.noun.eq_ignore_ascii_case(noun))
}

/// The family whose records (or entries) have the .NET type `type_name`.
pub fn by_type(type_name: &str) -> Option<&'static FamilyDecl> {
    ALL.iter().copied().find(|f| f.type_name == type_name)
}

/// The members of the enum type `type_name`, as a declared property has them.
pub fn enum_members(type_name: &str) -> Option<&'static [&'static str]> {
    ALL.iter()
        .flat_map(|f| f.properties.iter())
        .find_map(|p| match p.ty {
            PropType::Enum(name, members) if name == type_name => Some(members),
            _ => None,
        })
}

/// Why `noun` names no family, with the declared nouns that resemble it (those that contain
/// it or that it starts with), for messages about lab and session files.
pub fn unknown(noun: &str) -> String {
    let typed = noun.to_ascii_lowercase();
    let close: Vec<&str> = ALL
        .iter()
        .map(|f| f.noun)
        .filter(|known| {
            let known = known.to_ascii_lowercase();
            known.contains(&typed) || (typed.len() > 4 && typed.starts_with(&known))
        })
        .collect();
    match close.as_slice() {
        [] => format!(
            "there is no configuration family `{noun}` (Get-Command -Noun Cs*Configuration, Cs*Policy lists them)"
        ),
        _ => format!(
            "there is no configuration family `{noun}` (did you mean {}?)",
            close.join(", ")
        ),
    }
}
