//! Announcements (the verbs of CsAnnouncement), and the audio file imports:
//! Import-CsAnnouncementFile, Import-CsRgsAudioFile and Set-CsCallParkServiceMusicOnHoldFile. An announcement lives on an Application service and is
//! named `service:ApplicationServer:<fqdn>/<AnnouncementId>`; its GUID is worked out from the
//! service, the name and how many GUIDs the service has already, so a session replays to the
//! same identities. Imported audio files are kept as `LabAudioFile` records (name and length).
//! An announcement an unassigned number range names cannot be removed.

use super::family::{apply, list_error, to_object};
use super::lis_records::text;
use super::owned_records::{
    application_service, fail, fresh_guid, in_service, owned_identity, split_named, Named,
};
use super::{CmdletResult, FamilyVerb};
use crate::engine::{Call, Engine, Flow};
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::{PsObject, Value};

const NOUN: &str = "CsAnnouncement";
const FILES: &str = "LabAudioFile";

/// The catalog cmdlets this file emulates besides the noun's verbs; both take their bytes from
/// the pipeline as well as from -Content.
pub const HANDLERS: &[(&str, super::BuiltinFn)] = &[
    ("Import-CsAnnouncementFile", import_announcement_file),
    ("Import-CsRgsAudioFile", import_rgs_audio_file),
    (
        "Set-CsCallParkServiceMusicOnHoldFile",
        set_music_on_hold_file,
    ),
];

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

/// The Application service `typed` names, as the topology spells it.
fn service(engine: &Engine, typed: &str) -> Option<Scope> {
    // An announcement's service is always written with its role.
    typed
        .contains(':')
        .then(|| application_service(engine, typed))
        .flatten()
}

fn no_service(engine: &Engine, call: &Call, typed: &str) -> Box<crate::error::ErrorRecord> {
    fail(
        engine,
        call,
        format!("\"{typed}\" is not an Application service of the topology; announcements live on one (ApplicationServer:<pool fqdn>)."),
        "ServiceNotFound",
        typed,
    )
}

fn named(
    engine: &Engine,
    call: &Call,
    typed: &str,
) -> Result<Named, Box<crate::error::ErrorRecord>> {
    split_named(typed, |parent| service(engine, parent))
        .map_err(|parent| no_service(engine, call, &parent))
}

fn get(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let records = engine.session.store.records(NOUN);
    if let Some(filter) = call.bound.text("Filter") {
        return Ok(records
            .iter()
            .filter(|r| crate::wildcard::wildcard_match(&filter, &r.identity.to_string(), false))
            .map(|r| to_object(decl, r))
            .collect());
    }
    let Some(typed) = call.bound.text("Identity") else {
        return Ok(records.iter().map(|r| to_object(decl, r)).collect());
    };
    let out: Vec<Value> = match named(engine, call, &typed).map_err(Flow::Error)? {
        Named::Service(scope) => records
            .iter()
            .filter(|r| in_service(r, &scope))
            .map(|r| to_object(decl, r))
            .collect(),
        Named::One(scope) => records
            .iter()
            .filter(|r| r.identity.same_as(&scope))
            .map(|r| to_object(decl, r))
            .collect(),
    };
    if out.is_empty() && typed.contains('/') {
        let message = format!("Cannot find an announcement with the Identity \"{typed}\".");
        engine.write_error(*fail(engine, call, message, "ObjectNotFound", &typed))?;
    }
    Ok(out)
}

/// Checks an announcement's values: spoken text needs a language of the list; a name is
/// unique within its service (`own` is the announcement being changed).
fn check(
    engine: &Engine,
    decl: &FamilyDecl,
    scope: &Scope,
    values: &[Value],
    own: Option<&Scope>,
) -> Result<(), String> {
    let name = text(decl, values, "Name");
    if name.trim().is_empty() {
        return Err("An announcement needs a -Name.".into());
    }
    let language = text(decl, values, "Language");
    if !text(decl, values, "TextToSpeechPrompt").is_empty() && language.is_empty() {
        return Err("A -TextToSpeechPrompt needs a -Language to be spoken in.".into());
    }
    if !language.is_empty()
        && !super::dialin::LANGUAGES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&language))
    {
        return Err(format!(
            "\"{language}\" is not a language announcements are spoken in."
        ));
    }
    let clash = engine.session.store.records(NOUN).iter().any(|r| {
        in_service(r, scope)
            && own.is_none_or(|own| !r.identity.same_as(own))
            && text(decl, &r.values, "Name").eq_ignore_ascii_case(&name)
    });
    if clash {
        return Err(format!(
            "The service {scope} has an announcement named \"{name}\" already."
        ));
    }
    Ok(())
}

/// A warning when the audio file has not been imported into the service.
fn warn_missing_file(
    engine: &mut Engine,
    call: &Call,
    decl: &FamilyDecl,
    scope: &Scope,
    values: &[Value],
) -> Result<(), Flow> {
    let file = text(decl, values, "AudioFilePrompt");
    if file.is_empty() {
        return Ok(());
    }
    let stored = Scope::Name(format!("{scope}/{file}"));
    if engine.session.store.get(FILES, &stored).is_none() {
        let message = format!("The audio file \"{file}\" has not been imported into {scope}; import it with Import-CsAnnouncementFile.");
        engine.write_warning(call, &message)?;
    }
    Ok(())
}

fn new(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = call
        .bound
        .get("Identity")
        .or_else(|| call.bound.get("Parent"))
        .map(Value::to_display)
        .unwrap_or_default();
    let scope =
        service(engine, &typed).ok_or_else(|| Flow::Error(no_service(engine, call, &typed)))?;
    let mut values = decl.defaults();
    apply(decl, &call.bound, &mut values).map_err(|p| Flow::Error(list_error(engine, call, p)))?;
    check(engine, decl, &scope, &values, None)
        .map_err(|m| Flow::Error(fail(engine, call, m, "InvalidRecord", &typed)))?;
    let name = text(decl, &values, "Name");
    let id = fresh_guid(engine, NOUN, &scope, &name);
    if let Some((index, _)) = decl.property("AnnouncementId") {
        values[index] = Value::str(id.as_str());
    }
    let record = Record {
        identity: owned_identity(&scope, &id),
        values,
    };
    let object = to_object(decl, &record);
    if call.bound.switch("InMemory") {
        return Ok(vec![object]);
    }
    if !engine.should_process(call, &record.identity.to_string())? {
        return Ok(vec![]);
    }
    warn_missing_file(engine, call, decl, &scope, &record.values)?;
    engine.session.store.put(NOUN, record);
    Ok(vec![object])
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let instance = call.bound.get("Instance").cloned();
    let typed = call
        .bound
        .get("Identity")
        .cloned()
        .or_else(|| instance.as_ref().and_then(|i| i.property("Identity")))
        .map(|v| v.to_display())
        .unwrap_or_default();
    let found = match named(engine, call, &typed) {
        Ok(Named::One(scope)) => engine.session.store.get(NOUN, &scope).cloned(),
        Ok(Named::Service(_)) => None,
        Err(e) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
    };
    let Some(mut record) = found else {
        let message = format!("Cannot find an announcement with the Identity \"{typed}\".");
        engine.write_error(*fail(engine, call, message, "ObjectNotFound", &typed))?;
        return Ok(vec![]);
    };
    let old_name = text(decl, &record.values, "Name");
    if let Some(instance) = &instance {
        for (prop, slot) in decl.properties.iter().zip(record.values.iter_mut()) {
            if prop.name != "AnnouncementId" {
                if let Some(v) = instance.property(prop.name) {
                    *slot = v.detached();
                }
            }
        }
    }
    if let Err(problem) = apply(decl, &call.bound, &mut record.values) {
        engine.write_error(*list_error(engine, call, problem))?;
        return Ok(vec![]);
    }
    let service = typed
        .split_once('/')
        .and_then(|(parent, _)| service(engine, parent))
        .unwrap_or(Scope::Global);
    if let Err(m) = check(
        engine,
        decl,
        &service,
        &record.values,
        Some(&record.identity),
    ) {
        engine.write_error(*fail(engine, call, m, "InvalidRecord", &typed))?;
        return Ok(vec![]);
    }
    // A range names the announcement by name: renaming it would leave the range pointing at
    // nothing.
    let renamed = !text(decl, &record.values, "Name").eq_ignore_ascii_case(&old_name);
    if let Some(range) = used_by(engine, &service.to_string(), &old_name).filter(|_| renamed) {
        let message = format!("The announcement \"{old_name}\" cannot be renamed because the unassigned number range \"{range}\" refers to it by name.");
        engine.write_error(*fail(engine, call, message, "ObjectInUse", &typed))?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &record.identity.to_string())? {
        return Ok(vec![]);
    }
    warn_missing_file(engine, call, decl, &service, &record.values)?;
    engine.session.store.put(NOUN, record);
    Ok(vec![])
}

/// The unassigned number range that sends calls to the announcement, if any.
pub fn used_by(engine: &Engine, service: &str, name: &str) -> Option<String> {
    let numbers = crate::families::find("CsUnassignedNumber")?;
    let service = service
        .trim_start_matches("service:")
        .trim_start_matches("Service:");
    engine
        .session
        .store
        .records(numbers.noun)
        .iter()
        .find(|r| {
            let theirs = text(numbers, &r.values, "AnnouncementService");
            let theirs = theirs
                .trim_start_matches("service:")
                .trim_start_matches("Service:");
            theirs.eq_ignore_ascii_case(service)
                && text(numbers, &r.values, "AnnouncementName").eq_ignore_ascii_case(name)
        })
        .map(|r| r.identity.to_string())
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let typed = call.bound.text("Identity").unwrap_or_default();
    let doomed: Vec<Record> = match named(engine, call, &typed) {
        Ok(Named::Service(scope)) => engine
            .session
            .store
            .records(NOUN)
            .iter()
            .filter(|r| in_service(r, &scope))
            .cloned()
            .collect(),
        Ok(Named::One(scope)) => engine
            .session
            .store
            .get(NOUN, &scope)
            .cloned()
            .into_iter()
            .collect(),
        Err(e) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
    };
    if doomed.is_empty() && typed.contains('/') {
        let message = format!("Cannot find an announcement with the Identity \"{typed}\".");
        engine.write_error(*fail(engine, call, message, "ObjectNotFound", &typed))?;
    }
    for record in doomed {
        let shown = record.identity.to_string();
        let service = shown.rsplit_once('/').map_or("", |(s, _)| s).to_string();
        let name = text(decl, &record.values, "Name");
        if let Some(range) = used_by(engine, &service, &name) {
            let message = format!("The announcement \"{name}\" ({shown}) cannot be removed because the unassigned number range \"{range}\" refers to it.");
            engine.write_error(*fail(engine, call, message, "ObjectInUse", &shown))?;
            continue;
        }
        if engine.should_process(call, &shown)? {
            engine.session.store.remove(NOUN, &record.identity);
        }
    }
    Ok(vec![])
}

/// A parameter's value as text (empty when it is not given).
fn bound_text(call: &Call, name: &str) -> String {
    call.bound.text(name).unwrap_or_default()
}

/// The bytes given in -Content, or piped in one by one.
fn content_length(call: &Call) -> usize {
    match call.bound.get("Content") {
        Some(content) => content.clone().into_items().len(),
        None => call.inputs.len(),
    }
}

/// Keeps an imported file's name and length on the service; true when it was kept (not a
/// -WhatIf run or a refused confirmation).
fn import(
    engine: &mut Engine,
    call: &Call,
    typed: &str,
    file: &str,
    usage: &str,
) -> Result<bool, Flow> {
    let scope =
        service(engine, typed).ok_or_else(|| Flow::Error(no_service(engine, call, typed)))?;
    let length = content_length(call);
    if length == 0 {
        let message = "-Content is empty: give the file's bytes, as [System.IO.File]::ReadAllBytes returns them.".to_string();
        return Err(Flow::Error(fail(
            engine,
            call,
            message,
            "InvalidContent",
            typed,
        )));
    }
    let identity = Scope::Name(format!("{scope}/{file}"));
    if !engine.should_process(call, &identity.to_string())? {
        return Ok(false);
    }
    let values = vec![
        Value::str(file),
        Value::Int64(i64::try_from(length).unwrap_or(i64::MAX)),
        Value::str(usage),
    ];
    engine.session.store.put(FILES, Record { identity, values });
    Ok(true)
}

fn import_announcement_file(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (parent, file) = (bound_text(call, "Parent"), bound_text(call, "FileName"));
    import(engine, call, &parent, &file, "Announcement").map(|_| vec![])
}

/// Import-CsRgsAudioFile: keeps the file on the service and returns the audio file object a
/// workflow, a prompt or the service's settings hold. Only .wav and .wma files play.
fn import_rgs_audio_file(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (typed, file) = (bound_text(call, "Identity"), bound_text(call, "FileName"));
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if !matches!(extension.as_deref(), Some("wav" | "wma")) {
        let message = format!(
            "\"{file}\" is not a file the Response Group can play: give a .wav or .wma file."
        );
        return Err(Flow::Error(fail(
            engine,
            call,
            message,
            "InvalidFileType",
            &file,
        )));
    }
    if !import(engine, call, &typed, &file, "ResponseGroup")? {
        return Ok(vec![]);
    }
    let unique = format!(
        "{}.{}",
        super::owned_records::guid(&format!("{typed}/{file}")),
        extension.unwrap_or_default()
    );
    let object = PsObject::new("Microsoft.Rtc.Rgs.Management.WritableSettings.AudioFile")
        .with("OriginalFileName", Value::str(file.as_str()))
        .with("UniqueName", Value::str(unique.as_str()));
    Ok(vec![Value::object(object)])
}

fn set_music_on_hold_file(engine: &mut Engine, call: &Call) -> CmdletResult {
    let service = call.bound.text("Service").unwrap_or_default();
    import(
        engine,
        call,
        &service,
        "CustomMusicOnHold.wma",
        "MusicOnHold",
    )
    .map(|_| vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_announcement_in_use_is_kept_and_a_missing_one_is_refused() {
        let mut engine = crate::cmdlets::shell(
            crate::session::Session::lab(),
            Box::new(crate::engine::BufferHost::default()),
        );
        let _ = engine.run(
            "Remove-CsAnnouncement -Identity ApplicationServer:atl-cs-001.litwareinc.com",
            "test",
        );
        assert!(engine.had_error);
        // Kept: UNSet1 names it. The lab's other announcement is on another service.
        assert_eq!(engine.session.store.records(NOUN).len(), 2);
        engine.had_error = false;
        let _ = engine.run("New-CsUnassignedNumber -Identity X -NumberRangeStart +14255559000 -NumberRangeEnd +14255559009 -AnnouncementService ApplicationServer:atl-cs-001.litwareinc.com -AnnouncementName Nothing", "test");
        assert!(engine.had_error);
    }
}
