//! Dial-in conferencing access numbers (the verbs of CsDialInConferencingAccessNumber) and
//! Get-CsDialInConferencingLanguageList. A number is named by its SIP address (PrimaryUri);
//! its languages come from the language list; its pool is a pool of the topology. Within a
//! region, numbers are listed in priority order (0 first): the order they are kept in, which
//! `Set -Priority n -ReorderedRegion r` changes.

use super::family::{apply, error, list_error};
use super::lis_records::text;
use super::{CmdletResult, FamilyVerb};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::{PsObject, Value};

/// The noun, as the store keeps it.
const NOUN: &str = "CsDialInConferencingAccessNumber";

/// The catalog cmdlets this file emulates besides the noun's verbs.
pub const HANDLERS: &[(&str, super::BuiltinFn)] =
    &[("Get-CsDialInConferencingLanguageList", get_language_list)];

/// The languages Lync Server 2013 dial-in conferencing speaks.
pub const LANGUAGES: [&str; 26] = [
    "ca-ES", "da-DK", "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-US", "es-ES", "es-MX",
    "fi-FI", "fr-CA", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nb-NO", "nl-NL", "pl-PL", "pt-BR",
    "pt-PT", "ru-RU", "sv-SE", "zh-CN", "zh-HK", "zh-TW",
];

/// Properties kept for Set's reorder parameter set, never shown.
const HIDDEN: [&str; 2] = ["Priority", "ReorderedRegion"];

pub fn run(
    engine: &mut Engine,
    call: &Call,
    decl: &'static FamilyDecl,
    verb: FamilyVerb,
) -> Result<Vec<Value>, Flow> {
    match verb {
        FamilyVerb::Get => get(engine, call, decl),
        FamilyVerb::New => new(engine, call, decl),
        FamilyVerb::Set => set(engine, call, decl),
        FamilyVerb::Remove => remove(engine, call, decl),
        _ => Ok(vec![]),
    }
}

fn get_language_list(_: &mut Engine, _: &Call) -> CmdletResult {
    let object = PsObject::new(
        "Microsoft.Rtc.Management.WritableConfig.Settings.DialInConferencingSettings.DialInConferencingLanguageList",
    )
    .with("Identity", Value::str("Global"))
    .with(
        "Languages",
        Value::array(LANGUAGES.iter().map(|l| Value::str(*l)).collect()),
    );
    Ok(vec![Value::object(object)])
}

fn to_object(decl: &FamilyDecl, record: &Record) -> Value {
    let mut object = PsObject::new(decl.type_name).with(
        "Identity",
        Value::str(text(decl, &record.values, "PrimaryUri")),
    );
    for (prop, value) in decl.properties.iter().zip(&record.values) {
        if !HIDDEN.contains(&prop.name) {
            object = object.with(prop.name, value.clone());
        }
    }
    Value::object(object)
}

/// Whether `typed` names the number: its SIP address (with or without `sip:`) or its
/// display name.
fn names(decl: &FamilyDecl, record: &Record, typed: &str) -> bool {
    let uri = text(decl, &record.values, "PrimaryUri");
    let bare = |t: &str| {
        let t = t.trim();
        t.get(..4)
            .filter(|p| p.eq_ignore_ascii_case("sip:"))
            .map_or(t.to_string(), |_| t[4..].to_string())
    };
    bare(&uri).eq_ignore_ascii_case(&bare(typed))
        || text(decl, &record.values, "DisplayName").eq_ignore_ascii_case(typed.trim())
}

fn regions(decl: &FamilyDecl, record: &Record) -> Vec<String> {
    decl.property("Regions")
        .and_then(|(i, _)| record.values.get(i))
        .map(Value::item_texts)
        .unwrap_or_default()
}

/// A `-Filter` such as `LineUri -like "tel:+1425*"` (the braces of a script block are
/// dropped): a property, -eq, -ne, -like or -notlike, and a value.
fn filter_matches(decl: &FamilyDecl, record: &Record, filter: &str) -> Result<bool, String> {
    let filter = filter.trim().trim_start_matches('{').trim_end_matches('}');
    let mut parts = filter.trim().splitn(3, char::is_whitespace);
    let (Some(property), Some(op), Some(value)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!("\"{filter}\" is not a filter lyncsh reads: write Property -eq, -ne, -like or -notlike, then a value."));
    };
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
    let actual = if property.eq_ignore_ascii_case("Identity") {
        text(decl, &record.values, "PrimaryUri")
    } else {
        match decl.property(property) {
            Some((i, _)) => record
                .values
                .get(i)
                .map(Value::to_display)
                .unwrap_or_default(),
            None => {
                return Err(format!(
                    "\"{property}\" is not a property of an access number."
                ))
            }
        }
    };
    let like = || crate::wildcard::wildcard_match(value, &actual, false);
    match op.to_ascii_lowercase().as_str() {
        "-eq" => Ok(actual.eq_ignore_ascii_case(value)),
        "-ne" => Ok(!actual.eq_ignore_ascii_case(value)),
        "-like" => Ok(like()),
        "-notlike" => Ok(!like()),
        _ => Err(format!("\"{op}\" is not an operator lyncsh reads in a filter: use -eq, -ne, -like or -notlike.")),
    }
}

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ObjectNotFound" => ErrorCategory::ObjectNotFound,
        "ObjectExists" => ErrorCategory::ResourceExists,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(error(engine, call, message, id, category, target))
}

fn get(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let identity = call.bound.text("Identity");
    let region = call.bound.get("Region");
    // `-Region $null` and -EmptyRegion ask for the numbers in no region.
    let empty_region =
        call.bound.switch("EmptyRegion") || matches!(region, Some(v) if v.to_display().is_empty());
    let region = region.map(Value::to_display).filter(|r| !r.is_empty());
    let filter = call.bound.text("Filter");
    let limit = call
        .bound
        .get("ResultSize")
        .and_then(Value::as_i128)
        .map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(0));
    let mut out = Vec::new();
    for record in engine.session.store.records(NOUN) {
        if identity.as_ref().is_some_and(|i| !names(decl, record, i)) {
            continue;
        }
        let held = regions(decl, record);
        if empty_region && !held.is_empty() {
            continue;
        }
        // The region's part after its last slash (`site:USA/Redmond` names Redmond).
        let wanted = region.as_deref().map(|r| r.rsplit('/').next().unwrap_or(r));
        if wanted.is_some_and(|r| !held.iter().any(|h| h.eq_ignore_ascii_case(r))) {
            continue;
        }
        if let Some(filter) = &filter {
            match filter_matches(decl, record, filter) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(message) => return Err(fail(engine, call, message, "InvalidFilter", filter)),
            }
        }
        out.push(to_object(decl, record));
    }
    out.truncate(limit);
    if let (Some(typed), true) = (&identity, out.is_empty()) {
        let e = fail(
            engine,
            call,
            format!(
                "Cannot find a dial-in conferencing access number with the Identity \"{typed}\"."
            ),
            "ObjectNotFound",
            typed,
        );
        if let Flow::Error(e) = e {
            engine.write_error(*e)?;
        }
    }
    Ok(out)
}

/// Checks a number's values: a SIP PrimaryUri, a tel: LineUri, languages of the list (at most
/// four secondary ones, none the primary), a pool of the topology.
fn check(engine: &Engine, decl: &FamilyDecl, values: &[Value]) -> Result<(), String> {
    let uri = text(decl, values, "PrimaryUri");
    if !uri.to_ascii_lowercase().starts_with("sip:") || !uri.contains('@') {
        return Err(format!(
            "\"{uri}\" is not a SIP address: PrimaryUri is written sip:name@domain."
        ));
    }
    let line = text(decl, values, "LineUri");
    if !line.to_ascii_lowercase().starts_with("tel:+") {
        return Err(format!("\"{line}\" is not a phone number URI: LineUri is written tel:+ and the digits, such as tel:+14255550100."));
    }
    let known = |l: &str| LANGUAGES.iter().any(|k| k.eq_ignore_ascii_case(l));
    let primary = text(decl, values, "PrimaryLanguage");
    let secondary: Vec<String> = decl
        .property("SecondaryLanguages")
        .and_then(|(i, _)| values.get(i))
        .map(Value::item_texts)
        .unwrap_or_default();
    if let Some(bad) = std::iter::once(&primary)
        .chain(&secondary)
        .find(|l| !known(l))
    {
        return Err(format!("\"{bad}\" is not a dial-in conferencing language; Get-CsDialInConferencingLanguageList lists them."));
    }
    if secondary.len() > 4 || secondary.iter().any(|l| l.eq_ignore_ascii_case(&primary)) {
        return Err(
            "A number has at most four secondary languages, none of them its primary language."
                .into(),
        );
    }
    let pool = text(decl, values, "Pool");
    if engine.session.topology.pool(&pool).is_none() {
        return Err(format!("\"{pool}\" is not a pool of the topology."));
    }
    Ok(())
}

/// The regions no dial plan names (a number there is offered to nobody), for a warning.
fn unplanned_regions(engine: &Engine, decl: &FamilyDecl, values: &[Value]) -> Vec<String> {
    let record = Record {
        identity: Scope::Global,
        values: values.to_vec(),
    };
    let plans = crate::families::find("CsDialPlan");
    regions(decl, &record)
        .into_iter()
        .filter(|region| {
            !plans.is_some_and(|plan| {
                engine.session.store.records(plan.noun).iter().any(|r| {
                    text(plan, &r.values, "DialinConferencingRegion").eq_ignore_ascii_case(region)
                })
            })
        })
        .collect()
}

fn store(
    engine: &mut Engine,
    call: &Call,
    decl: &FamilyDecl,
    values: Vec<Value>,
) -> Result<(), Flow> {
    for region in unplanned_regions(engine, decl, &values) {
        engine.write_warning(call, &format!("No dial plan has the dial-in conferencing region \"{region}\"; give one a DialinConferencingRegion of that name so that its users are offered this number."))?;
    }
    let identity = Scope::Name(text(decl, &values, "PrimaryUri"));
    engine.session.store.put(NOUN, Record { identity, values });
    Ok(())
}

fn new(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let mut values = decl.defaults();
    apply(decl, &call.bound, &mut values).map_err(|p| Flow::Error(list_error(engine, call, p)))?;
    let uri = text(decl, &values, "PrimaryUri");
    check(engine, decl, &values).map_err(|m| fail(engine, call, m, "InvalidRecord", &uri))?;
    let taken = engine
        .session
        .store
        .records(NOUN)
        .iter()
        .any(|r| names(decl, r, &uri));
    if taken {
        let message = format!(
            "A dial-in conferencing access number with the PrimaryUri \"{uri}\" already exists."
        );
        return Err(fail(engine, call, message, "ObjectExists", &uri));
    }
    if !engine.should_process(call, &uri)? {
        return Ok(vec![]);
    }
    let record = Record {
        identity: Scope::Name(uri),
        values: values.clone(),
    };
    let shown = to_object(decl, &record);
    store(engine, call, decl, values)?;
    Ok(if call.bound.switch("PassThru") {
        vec![shown]
    } else {
        vec![]
    })
}

/// The stored number `-Identity` (or the -Instance object's Identity) names.
fn found(engine: &Engine, call: &Call, decl: &FamilyDecl) -> Result<(usize, Record), Flow> {
    let typed = call
        .bound
        .get("Identity")
        .or_else(|| call.bound.get("Instance"))
        .map(|v| match v {
            Value::Object(_) => v.property("Identity").unwrap_or_default().to_display(),
            other => other.to_display(),
        })
        .unwrap_or_default();
    engine
        .session
        .store
        .records(NOUN)
        .iter()
        .position(|r| names(decl, r, &typed))
        .map(|at| (at, engine.session.store.records(NOUN)[at].clone()))
        .ok_or_else(|| {
            let message = format!(
                "Cannot find a dial-in conferencing access number with the Identity \"{typed}\"."
            );
            fail(engine, call, message, "ObjectNotFound", &typed)
        })
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let (at, record) = match found(engine, call, decl) {
        Ok(found) => found,
        Err(Flow::Error(e)) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
        Err(other) => return Err(other),
    };
    let uri = record.identity.to_string();
    if let Some(region) = call.bound.text("ReorderedRegion") {
        let priority = call
            .bound
            .get("Priority")
            .and_then(Value::as_i128)
            .and_then(|p| usize::try_from(p).ok())
            .unwrap_or(0);
        if !regions(decl, &record)
            .iter()
            .any(|r| r.eq_ignore_ascii_case(&region))
        {
            let message = format!("The access number \"{uri}\" is not in the region \"{region}\".");
            engine.write_error(*error(
                engine,
                call,
                message,
                "RegionNotFound",
                ErrorCategory::InvalidArgument,
                &uri,
            ))?;
            return Ok(vec![]);
        }
        if engine.should_process(call, &uri)? {
            reorder(engine, decl, at, &region, priority);
        }
        return Ok(vec![]);
    }
    let mut values = record.values.clone();
    if let Some(instance) = call.bound.get("Instance") {
        // The SIP address names the number; an edited one in -Instance does not rename it.
        let editable = decl.properties.iter().filter(|p| p.name != "PrimaryUri");
        for (prop, slot) in editable.zip(values.iter_mut().skip(1)) {
            if let Some(v) = instance.property(prop.name) {
                *slot = v.detached();
            }
        }
    }
    if let Err(problem) = apply(decl, &call.bound, &mut values) {
        engine.write_error(*list_error(engine, call, problem))?;
        return Ok(vec![]);
    }
    if let Err(message) = check(engine, decl, &values) {
        engine.write_error(*error(
            engine,
            call,
            message,
            "InvalidRecord",
            ErrorCategory::InvalidArgument,
            &uri,
        ))?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &uri)? {
        return Ok(vec![]);
    }
    let shown = to_object(
        decl,
        &Record {
            identity: record.identity.clone(),
            values: values.clone(),
        },
    );
    store(engine, call, decl, values)?;
    Ok(if call.bound.switch("PassThru") {
        vec![shown]
    } else {
        vec![]
    })
}

/// Moves the number at `at` so that it comes `priority`-th among the numbers of `region`.
fn reorder(engine: &mut Engine, decl: &FamilyDecl, at: usize, region: &str, priority: usize) {
    let mut records = engine.session.store.records(NOUN).to_vec();
    let moved = records.remove(at);
    let in_region: Vec<usize> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            regions(decl, r)
                .iter()
                .any(|x| x.eq_ignore_ascii_case(region))
        })
        .map(|(i, _)| i)
        .collect();
    let to = in_region
        .get(priority)
        .copied()
        .unwrap_or_else(|| in_region.last().map_or(records.len(), |last| last + 1));
    records.insert(to, moved);
    engine.session.store.replace_records(NOUN, records);
}

/// The priority of each number in each of its regions (0 first), as `region=n` texts.
pub fn priorities(engine: &Engine, decl: &FamilyDecl, uri: &str) -> Vec<String> {
    let records = engine.session.store.records(NOUN);
    let Some(number) = records.iter().find(|r| names(decl, r, uri)) else {
        return vec![];
    };
    regions(decl, number)
        .iter()
        .map(|region| {
            let rank = records
                .iter()
                .filter(|r| {
                    regions(decl, r)
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(region))
                })
                .position(|r| names(decl, r, uri))
                .unwrap_or(0);
            format!("{region}={rank}")
        })
        .collect()
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    match found(engine, call, decl) {
        Ok((_, record)) => {
            if engine.should_process(call, &record.identity.to_string())? {
                engine.session.store.remove(NOUN, &record.identity);
            }
        }
        Err(Flow::Error(e)) => engine.write_error(*e)?,
        Err(other) => return Err(other),
    }
    Ok(vec![])
}

#[cfg(test)]
mod tests {
    use super::*;
    fn run(script: &str) -> Engine {
        let mut engine = crate::cmdlets::shell(
            crate::session::Session::lab(),
            Box::new(crate::engine::BufferHost::default()),
        );
        let _ = engine.run(script, "test");
        engine
    }

    const NEW: &str = "New-CsDialInConferencingAccessNumber -PrimaryUri sip:a@litwareinc.com -DisplayNumber 1 -LineUri tel:+14255550001 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond";

    #[test]
    fn a_reorder_moves_a_number_first_in_its_region() {
        let b = NEW.replace("sip:a@", "sip:b@");
        let engine = run(&format!("{NEW}; {b}; Set-CsDialInConferencingAccessNumber -Identity sip:b@litwareinc.com -Priority 0 -ReorderedRegion Redmond"));
        assert!(!engine.had_error);
        let decl = crate::families::find(NOUN).expect("declared");
        assert_eq!(
            priorities(&engine, decl, "sip:b@litwareinc.com"),
            ["Redmond=0"]
        );
        assert_eq!(
            priorities(&engine, decl, "sip:a@litwareinc.com"),
            ["Redmond=1"]
        );
    }

    #[test]
    fn filters_read_one_comparison() {
        let engine = run(NEW);
        let decl = crate::families::find(NOUN).expect("declared");
        let record = &engine.session.store.records(NOUN)[0];
        let test = |f: &str| filter_matches(decl, record, f);
        assert_eq!(test("{LineUri -like \"tel:+1425*\"}"), Ok(true));
        assert_eq!(test("PrimaryLanguage -ne 'en-US'"), Ok(false));
        assert_eq!(test("Identity -eq sip:a@litwareinc.com"), Ok(true));
        assert!(test("Nothing -eq 1").is_err());
        assert!(test("LineUri -gt 1").is_err());
        assert!(test("LineUri").is_err());
    }

    #[test]
    fn bad_languages_uris_and_pools_are_refused() {
        for bad in [
            NEW.replace("en-US", "xx-XX"),
            NEW.replace("sip:a@", "a@"),
            NEW.replace("tel:+", "tel:"),
            NEW.replace("atl-cs-001", "nowhere"),
        ] {
            let engine = run(&bad);
            assert!(engine.had_error, "{bad}");
            assert!(engine.session.store.records(NOUN).is_empty(), "{bad}");
        }
    }
}
