//! Rules a record must keep beyond its declared types and ranges, checked by New and Set
//! before it is stored: one function per noun that needs one. A rule may also fill properties
//! that follow from others (a call park orbit's server FQDN from its service). The texts are
//! lyncsh's own; docs/behaviour.md lists them.

pub mod persistent_chat;
mod rgs;

use crate::identity::Scope;
use crate::session::Session;
use crate::value::Value;

/// Checks (and completes) the values of a record about to be stored at `scope`.
pub type Rule = fn(&Session, &Scope, &mut [Value]) -> Result<(), String>;

const RULES: &[(&str, Rule)] = &[
    ("CsCallParkOrbit", call_park_orbit),
    ("CsUnassignedNumber", unassigned_number),
    ("CsRgsTimeRange", rgs::time_range),
    ("CsRgsHoliday", rgs::holiday),
    ("CsRgsCallAction", rgs::call_action),
    ("CsRgsAnswer", rgs::answer),
    ("CsRgsAgentGroup", rgs::agent_group),
    ("CsRgsQueue", rgs::queue),
    ("CsRgsWorkflow", rgs::workflow),
    ("CsPersistentChatCategory", persistent_chat::category),
    ("CsPersistentChatRoom", persistent_chat::room),
];

/// The rule of `noun`, if it has one.
pub fn rule(noun: &str) -> Option<Rule> {
    RULES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(noun))
        .map(|(_, rule)| *rule)
}

/// An orbit range: the first character may be `*` or `#`, the rest are digits; both ends the
/// same length and prefix, start ≤ end. Its service is an Application service of the topology,
/// given as `ApplicationServer:fqdn`, `service:ApplicationServer:fqdn` or the FQDN alone. No two
/// orbits share a number.
fn call_park_orbit(session: &Session, scope: &Scope, values: &mut [Value]) -> Result<(), String> {
    let (start, end) = (values[0].to_display(), values[1].to_display());
    let range = orbit_range(&start, &end)?;
    let typed = values[2].to_display();
    let fqdn = typed
        .trim_start_matches("service:")
        .trim_start_matches("Service:");
    let fqdn = fqdn
        .split_once(':')
        .filter(|(role, _)| role.eq_ignore_ascii_case("ApplicationServer"))
        .map_or(fqdn, |(_, fqdn)| fqdn);
    let service = session
        .topology
        .service("ApplicationServer", fqdn)
        .ok_or_else(|| format!("\"{typed}\" is not an Application service of the topology; the Call Park service runs on one (ApplicationServer:<pool fqdn>)."))?;
    values[2] = Value::str(service.identity());
    values[3] = Value::str(service.pool.as_str());
    for other in session.store.records("CsCallParkOrbit") {
        if other.identity.same_as(scope) {
            continue;
        }
        let theirs = orbit_range(&other.values[0].to_display(), &other.values[1].to_display());
        if theirs.is_ok_and(|r| r.0 == range.0 && r.1 <= range.2 && range.1 <= r.2) {
            return Err(format!(
                "The orbit range {start}-{end} overlaps the range {}-{} of the call park orbit \"{}\".",
                other.values[0].to_display(),
                other.values[1].to_display(),
                other.identity
            ));
        }
    }
    Ok(())
}

/// A range's prefix (`*`, `#` or none), length and the numbers of its two ends.
type OrbitRange = (String, u64, u64);

fn orbit_range(start: &str, end: &str) -> Result<OrbitRange, String> {
    let split = |text: &str| -> Option<(String, u64, usize)> {
        let (prefix, digits) = match text.chars().next()? {
            c @ ('*' | '#') => (c.to_string(), &text[1..]),
            _ => (String::new(), text),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 18 {
            return None;
        }
        Some((prefix, digits.parse().ok()?, text.len()))
    };
    let bad = || {
        format!("\"{start}\"-\"{end}\" is not a valid orbit range: both ends need the same length and first character (* or # or a digit), digits after it, and the start may not be above the end.")
    };
    let (Some(a), Some(b)) = (split(start), split(end)) else {
        return Err(bad());
    };
    if a.0 != b.0 || a.2 != b.2 || a.1 > b.1 {
        return Err(bad());
    }
    Ok((a.0, a.1, b.1))
}

/// A range of E.164 numbers (`+` and digits, optionally `tel:`), start ≤ end, sent either to an
/// announcement of an Application service or to an Exchange UM auto attendant, not both.
fn unassigned_number(session: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let number = |v: &Value| -> Option<u128> {
        let text = v.to_display();
        let digits = text
            .strip_prefix("tel:")
            .unwrap_or(&text)
            .strip_prefix('+')?;
        (!digits.is_empty() && digits.len() <= 30 && digits.chars().all(|c| c.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let (start, end) = (values[0].to_display(), values[1].to_display());
    match (number(&values[0]), number(&values[1])) {
        (Some(a), Some(b)) if a <= b => {}
        _ => {
            return Err(format!(
                "\"{start}\"-\"{end}\" is not a valid number range: both ends are E.164 numbers (+ and digits) and the start may not be above the end."
            ))
        }
    }
    let announcement = !values[2].to_display().is_empty() || !values[3].to_display().is_empty();
    let exum = !values[4].to_display().is_empty();
    if announcement == exum {
        return Err("Give either -AnnouncementService and -AnnouncementName, or -ExUmAutoAttendantPhoneNumber.".into());
    }
    if announcement {
        let typed = values[2].to_display();
        let fqdn = typed
            .trim_start_matches("service:")
            .split_once(':')
            .map_or(typed.as_str(), |(_, fqdn)| fqdn);
        let service = session
            .topology
            .service("ApplicationServer", fqdn)
            .ok_or_else(|| format!("\"{typed}\" is not an Application service of the topology."))?;
        values[2] = Value::str(service.identity());
        announcement_exists(session, &service.identity(), &values[3].to_display())?;
    }
    Ok(())
}

/// The announcement an unassigned number range names exists on its service.
fn announcement_exists(session: &Session, service: &str, name: &str) -> Result<(), String> {
    let Some(decl) = crate::families::find("CsAnnouncement") else {
        return Ok(());
    };
    let prefix = format!("service:{service}/").to_ascii_lowercase();
    let found = session.store.records(decl.noun).iter().any(|r| {
        r.identity
            .to_string()
            .to_ascii_lowercase()
            .starts_with(&prefix)
            && super::lis_records::text(decl, &r.values, "Name").eq_ignore_ascii_case(name)
    });
    if found {
        return Ok(());
    }
    Err(format!("The service {service} has no announcement named \"{name}\"; create it first with New-CsAnnouncement."))
}
