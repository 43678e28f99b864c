//! Persistent Chat's rules: who a category lets in, and who a room may list. A category's
//! AllowedMembers and DeniedMembers hold SIP addresses and distinguished names (an OU, a
//! container, the domain), which take in every user beneath them; a room's members, managers
//! and presenters, and a category's creators, must be users its category allows. Only an
//! auditorium room has presenters.

use crate::directory::User;
use crate::identity::Scope;
use crate::session::Session;
use crate::value::Value;

/// Whether a member entry (a SIP address, or a distinguished name) takes in `user`.
pub fn takes_in(entry: &str, user: &User) -> bool {
    let entry = entry.trim();
    if entry.to_ascii_lowercase().starts_with("sip:") {
        return user.sip_address.eq_ignore_ascii_case(entry);
    }
    let dn = user.distinguished_name().to_ascii_lowercase();
    let entry = entry.to_ascii_lowercase();
    dn == entry || dn.ends_with(&format!(",{entry}"))
}

fn items(noun: &str, values: &[Value], name: &str) -> Vec<String> {
    crate::families::find(noun)
        .and_then(|decl| decl.property(name))
        .and_then(|(at, _)| values.get(at))
        .map(Value::item_texts)
        .unwrap_or_default()
}

/// Checks that every SIP address of `listed` names a Lync user the category's `allowed` and
/// `denied` entries let in.
fn all_allowed(
    session: &Session,
    listed: &[String],
    what: &str,
    allowed: &[String],
    denied: &[String],
    category: &str,
) -> Result<(), String> {
    for entry in listed
        .iter()
        .filter(|e| e.to_ascii_lowercase().starts_with("sip:"))
    {
        let Some(at) = session.directory.by_key(entry) else {
            return Err(format!(
                "{what} names \"{entry}\", which is not a Lync-enabled user."
            ));
        };
        let user = session.directory.user(at);
        let let_in =
            allowed.iter().any(|a| takes_in(a, user)) && !denied.iter().any(|d| takes_in(d, user));
        if !let_in {
            return Err(format!("{what} names \"{entry}\", whom the category \"{category}\" does not allow: add the user (or an OU above the account) to its AllowedMembers, and keep it out of DeniedMembers."));
        }
    }
    Ok(())
}

const CATEGORY: &str = "CsPersistentChatCategory";
const ROOM: &str = "CsPersistentChatRoom";

/// A category's creators are users it allows.
pub fn category(session: &Session, scope: &Scope, values: &mut [Value]) -> Result<(), String> {
    let allowed = items(CATEGORY, values, "AllowedMembers");
    let denied = items(CATEGORY, values, "DeniedMembers");
    let creators = items(CATEGORY, values, "Creators");
    all_allowed(
        session,
        &creators,
        "Creators",
        &allowed,
        &denied,
        &scope.to_string(),
    )
}

/// A room's people are users its category allows, and only an auditorium has presenters.
pub fn room(session: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let field = |name| {
        crate::families::find(ROOM)
            .and_then(|decl| decl.property(name))
            .and_then(|(at, _)| values.get(at))
            .map(Value::to_display)
            .unwrap_or_default()
    };
    let (kind, category) = (field("Type"), field("Category"));
    let presenters = items(ROOM, values, "Presenters");
    if !kind.eq_ignore_ascii_case("Auditorium") && !presenters.is_empty() {
        return Err("Only an auditorium room has presenters: set -Type Auditorium, or leave Presenters empty.".into());
    }
    let Some(record) = session
        .store
        .records(CATEGORY)
        .iter()
        .find(|r| r.identity.to_string().eq_ignore_ascii_case(&category))
    else {
        return Ok(());
    };
    let allowed = items(CATEGORY, &record.values, "AllowedMembers");
    let denied = items(CATEGORY, &record.values, "DeniedMembers");
    for name in ["Members", "Managers", "Presenters"] {
        let listed = items(ROOM, values, name);
        all_allowed(session, &listed, name, &allowed, &denied, &category)?;
    }
    Ok(())
}
