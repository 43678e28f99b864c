//! New-LabUser, Set-LabUser and Remove-LabUser, emulator extensions: they change the lab
//! directory's accounts, as an AD administrator would, so that trainers and tests can build a
//! directory of any size (one at a time, or piped from Import-Csv). New accounts are not
//! enabled for Lync; Enable-CsUser does that.

use super::session::lab_entry;
use super::users::{accounts_named, ad_user_object};
use super::{CmdletEntry, CmdletResult};
use crate::directory::{User, DOMAIN, DOMAIN_DN};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::signature::{ParamDecl, ParamType, Signature};

/// The field of an account an attribute sets.
type Field = fn(&mut User) -> &mut String;

/// The AD attributes New-LabUser and Set-LabUser take, and the field each sets.
const ATTRIBUTES: &[(&str, Field)] = &[
    ("FirstName", |u| &mut u.first_name),
    ("LastName", |u| &mut u.last_name),
    ("SamAccountName", |u| &mut u.sam_account_name),
    ("UserPrincipalName", |u| &mut u.user_principal_name),
    ("WindowsEmailAddress", |u| &mut u.email),
    ("Department", |u| &mut u.department),
    ("Title", |u| &mut u.title),
    ("Office", |u| &mut u.office),
    ("Phone", |u| &mut u.phone),
    ("City", |u| &mut u.city),
    ("Company", |u| &mut u.company),
    ("OU", |u| &mut u.ou),
];

fn attribute_params(first: ParamDecl) -> Vec<ParamDecl> {
    let mut params = vec![first];
    params.extend(
        ATTRIBUTES
            .iter()
            .map(|(name, _)| ParamDecl::new(name, ParamType::String).by_property_name()),
    );
    params.extend(should_process());
    params
}

fn should_process() -> Vec<ParamDecl> {
    vec![
        ParamDecl::new("PassThru", ParamType::Switch),
        ParamDecl::new("WhatIf", ParamType::Switch).alias("wi"),
        ParamDecl::new("Confirm", ParamType::Switch).alias("cf"),
    ]
}

pub fn all() -> Vec<CmdletEntry> {
    let identity = || {
        ParamDecl::new("Identity", ParamType::String)
            .at(0)
            .mandatory()
            .by_value()
            .by_property_name()
    };
    vec![
        lab_entry(
            Signature::new(
                "New-LabUser",
                attribute_params(
                    ParamDecl::new("DisplayName", ParamType::String)
                        .at(0)
                        .mandatory()
                        .by_property_name(),
                ),
            ),
            new_lab_user,
        ),
        lab_entry(
            Signature::new(
                "Set-LabUser",
                attribute_params(identity())
                    .into_iter()
                    .chain([ParamDecl::new("DisplayName", ParamType::String)])
                    .collect(),
            ),
            set_lab_user,
        ),
        lab_entry(
            Signature::new(
                "Remove-LabUser",
                std::iter::once(identity())
                    .chain(should_process())
                    .collect(),
            ),
            remove_lab_user,
        ),
    ]
}

fn fail(
    engine: &mut Engine,
    call: &Call,
    message: String,
    id: &str,
    category: ErrorCategory,
) -> CmdletResult {
    let record = engine.cmdlet_error(call, message, id, category, "InvalidOperationException");
    engine.write_error(record)?;
    Ok(vec![])
}

/// The text of a parameter, if given.
fn text(call: &Call, name: &str) -> Option<String> {
    call.bound.text(name)
}

/// Whether `user`'s account name, user principal name or distinguished name is held by
/// another account than the one at `except`.
fn clash(engine: &Engine, user: &User, except: Option<usize>) -> Option<String> {
    let directory = &engine.session.directory;
    let taken = |key: &str| directory.by_key(key).filter(|&i| Some(i) != except);
    let account = format!("{}\\{}", crate::directory::NETBIOS, user.sam_account_name);
    [
        user.distinguished_name(),
        user.user_principal_name.clone(),
        account,
    ]
    .into_iter()
    .find(|key| taken(key).is_some())
}

fn new_lab_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    let display = text(call, "DisplayName")
        .unwrap_or_default()
        .trim()
        .to_string();
    if display.is_empty() {
        return fail(
            engine,
            call,
            "A user needs a display name.".into(),
            "EmptyDisplayName",
            ErrorCategory::InvalidArgument,
        );
    }
    let (first, last) = display.split_once(' ').unwrap_or((&display, ""));
    let mut user = User {
        first_name: first.into(),
        last_name: last.into(),
        display_name: display.clone(),
        ou: format!("CN=Users,{DOMAIN_DN}"),
        ..User::default()
    };
    for (name, field) in ATTRIBUTES {
        if let Some(value) = text(call, name) {
            *field(&mut user) = value;
        }
    }
    if user.sam_account_name.is_empty() {
        user.sam_account_name = display
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
    }
    if user.user_principal_name.is_empty() {
        user.user_principal_name = format!("{}@{DOMAIN}", user.sam_account_name);
    }
    if let Some(key) = clash(engine, &user, None) {
        return fail(
            engine,
            call,
            format!("An account with \"{key}\" is already in the directory."),
            "UserExists",
            ErrorCategory::ResourceExists,
        );
    }
    if !engine.should_process(call, &user.distinguished_name())? {
        return Ok(vec![]);
    }
    let shown = call
        .bound
        .switch("PassThru")
        .then(|| ad_user_object(&user, &engine.session.topology));
    engine.session.directory.add(user);
    Ok(shown.into_iter().collect())
}

/// The accounts -Identity names; an error when none.
fn found(engine: &mut Engine, call: &Call) -> Result<Vec<usize>, Flow> {
    let typed = text(call, "Identity").unwrap_or_default();
    accounts_named(engine, call, &typed)
}

fn set_lab_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut out = Vec::new();
    for at in found(engine, call)? {
        let mut user = engine.session.directory.user(at).clone();
        for (name, field) in ATTRIBUTES {
            if let Some(value) = text(call, name) {
                *field(&mut user) = value;
            }
        }
        if let Some(display) = text(call, "DisplayName") {
            user.display_name = display;
        }
        if let Some(key) = clash(engine, &user, Some(at)) {
            fail(
                engine,
                call,
                format!("An account with \"{key}\" is already in the directory."),
                "UserExists",
                ErrorCategory::ResourceExists,
            )?;
            continue;
        }
        if !engine.should_process(
            call,
            &engine.session.directory.user(at).distinguished_name(),
        )? {
            continue;
        }
        if call.bound.switch("PassThru") {
            out.push(ad_user_object(&user, &engine.session.topology));
        }
        engine.session.directory.update(at, |stored| *stored = user);
    }
    Ok(out)
}

fn remove_lab_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut removed = Vec::new();
    for at in found(engine, call)? {
        let dn = engine.session.directory.user(at).distinguished_name();
        if engine.should_process(call, &dn)? {
            removed.push(at);
        }
    }
    engine.session.directory.remove(&removed);
    Ok(vec![])
}
