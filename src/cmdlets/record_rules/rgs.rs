//! The Response Group's rules: what its objects must hold beyond their declared types, as the
//! cmdlet reference states them (a call action names what it passes the call to, a workflow's
//! default action goes to a queue or a question, agents are enabled for Enterprise Voice).

use crate::identity::Scope;
use crate::session::Session;
use crate::value::Value;

/// The value of property `name` of a record of `noun` (Null when the noun has no such one).
fn field(noun: &str, values: &[Value], name: &str) -> Value {
    crate::families::find(noun)
        .and_then(|decl| decl.property(name))
        .and_then(|(index, _)| values.get(index).cloned())
        .unwrap_or(Value::Null)
}

fn field_text(noun: &str, values: &[Value], name: &str) -> String {
    match field(noun, values, name) {
        Value::Null => String::new(),
        value => value.to_display(),
    }
}

/// The Action of a call action object, if the value is one.
fn action_of(value: &Value) -> Option<String> {
    match value {
        Value::Object(object) => object.borrow().get("Action").map(Value::to_display),
        _ => None,
    }
}

const TO_QUEUE: &str = "TransferToQueue";
const TO_QUESTION: &str = "TransferToQuestion";

/// A time range opens before it closes, within one day.
pub fn time_range(_: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let (open, close) = (
        field("CsRgsTimeRange", values, "OpenTime"),
        field("CsRgsTimeRange", values, "CloseTime"),
    );
    let (Value::TimeSpan(open), Value::TimeSpan(close)) = (&open, &close) else {
        return Err("A time range needs both -OpenTime and -CloseTime.".into());
    };
    if open.0 < 0 || close.0 > crate::value::TICKS_PER_DAY {
        return Err(format!(
            "The times {open} and {close} are not both within one day (00:00 to 24:00)."
        ));
    }
    if close.0 <= open.0 {
        return Err(format!(
            "The time range closes at {close}, which is not after it opens ({open})."
        ));
    }
    Ok(())
}

/// A holiday ends after it starts.
pub fn holiday(_: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let (start, end) = (
        field("CsRgsHoliday", values, "StartDate"),
        field("CsRgsHoliday", values, "EndDate"),
    );
    match (&start, &end) {
        (Value::DateTime(a), Value::DateTime(b)) if b > a => Ok(()),
        (Value::DateTime(_), Value::DateTime(_)) => Err(format!(
            "The holiday ends ({}) before it starts ({}); -EndDate must be later than -StartDate.",
            end.to_display(),
            start.to_display()
        )),
        _ => Err("A holiday needs both -StartDate and -EndDate.".into()),
    }
}

/// A call action names what it passes the call to: a queue, a question or a URI.
pub fn call_action(_: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let noun = "CsRgsCallAction";
    let action = field_text(noun, values, "Action");
    let needs = match action.as_str() {
        "" => return Err("A call action needs an -Action.".into()),
        TO_QUEUE => "QueueID",
        TO_QUESTION => "Question",
        "TransferToUri" | "TransferToVoicemailUri" | "TransferToPSTN" => "Uri",
        _ => return Ok(()),
    };
    if field_text(noun, values, needs).is_empty() {
        return Err(format!("The action {action} needs -{needs}."));
    }
    let uri = field_text(noun, values, "Uri");
    if needs == "Uri" && !uri.to_ascii_lowercase().starts_with("sip:") {
        return Err(format!(
            "\"{uri}\" is not a SIP URI; the action {action} passes the call to a sip: address."
        ));
    }
    Ok(())
}

/// An answer is given by a key, by voice, or both; a key is one of the keypad's.
pub fn answer(_: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let noun = "CsRgsAnswer";
    let key = field_text(noun, values, "DtmfResponse");
    let voice = field(noun, values, "VoiceResponseList").into_items();
    if key.is_empty() && voice.is_empty() {
        return Err("An answer needs a -DtmfResponse, a -VoiceResponseList, or both.".into());
    }
    let keypad = |c: char| c.is_ascii_digit() || c == '*' || c == '#';
    let one_key = key.chars().count() == 1 && key.chars().all(keypad);
    if !(key.is_empty() || one_key) {
        return Err(format!(
            "\"{key}\" is not a key a caller can press: give one of 0-9, * or #."
        ));
    }
    Ok(())
}

/// Agents are directory users enabled for Enterprise Voice, each listed once.
pub fn agent_group(session: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    let agents = field("CsRgsAgentGroup", values, "AgentsByUri").into_items();
    let mut seen: Vec<String> = Vec::new();
    for agent in agents {
        let uri = agent.to_display();
        let lower = uri.to_ascii_lowercase();
        if seen.contains(&lower) {
            return Err(format!("{uri} is listed twice in AgentsByUri."));
        }
        seen.push(lower);
        let voice = session
            .directory
            .by_key(uri.trim())
            .is_some_and(|at| session.directory.user(at).enterprise_voice_enabled);
        if !voice {
            return Err(format!("{uri} cannot be an agent: Response Group agents must be enabled for Enterprise Voice (Set-CsUser -EnterpriseVoiceEnabled $True)."));
        }
    }
    Ok(())
}

/// A queue passes timed-out and overflowing calls on, never to a question.
pub fn queue(_: &Session, _: &Scope, values: &mut [Value]) -> Result<(), String> {
    for name in ["TimeoutAction", "OverflowAction"] {
        if action_of(&field("CsRgsQueue", values, name)).as_deref() == Some(TO_QUESTION) {
            return Err(format!(
                "A queue's {name} cannot be {TO_QUESTION}; a question belongs to a workflow."
            ));
        }
    }
    Ok(())
}

/// A workflow's contact: a SIP address no other workflow or user has, a tel: line URI, a
/// language the service speaks; its default action goes to a queue or a question (and an
/// active workflow has one), its after-hours and holiday actions go anywhere else.
pub fn workflow(session: &Session, own: &Scope, values: &mut [Value]) -> Result<(), String> {
    let noun = "CsRgsWorkflow";
    let uri = field_text(noun, values, "PrimaryUri");
    let lower = uri.to_ascii_lowercase();
    if !lower.starts_with("sip:") || !lower.contains('@') {
        return Err(format!(
            "\"{uri}\" is not a valid PrimaryUri: a workflow's address starts with sip: (sip:helpdesk@litwareinc.com)."
        ));
    }
    if session.directory.by_key(&lower).is_some() {
        return Err(format!(
            "The SIP address {uri} belongs to a user; a workflow needs an address of its own."
        ));
    }
    let taken = session.store.records(noun).iter().find(|r| {
        !r.identity.same_as(own)
            && field_text(noun, &r.values, "PrimaryUri").eq_ignore_ascii_case(&uri)
    });
    if let Some(other) = taken {
        return Err(format!(
            "The workflow {} has the PrimaryUri {uri} already.",
            other.identity
        ));
    }
    let line = field_text(noun, values, "LineUri");
    let digits = line
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("tel:+"))
        .map(|_| &line[5..]);
    if !line.is_empty()
        && !digits.is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(format!(
            "\"{line}\" is not a valid LineUri: write tel:+ and the digits (tel:+14255551219)."
        ));
    }
    let language = field_text(noun, values, "Language");
    if !super::super::dialin::LANGUAGES
        .iter()
        .any(|l| l.eq_ignore_ascii_case(&language))
    {
        return Err(format!(
            "\"{language}\" is not a language the Response Group speaks."
        ));
    }
    let default = action_of(&field(noun, values, "DefaultAction"));
    match default.as_deref() {
        Some(TO_QUEUE | TO_QUESTION) => {}
        Some(other) => {
            return Err(format!(
                "A workflow's DefaultAction must be {TO_QUEUE} or {TO_QUESTION}, not {other}."
            ))
        }
        None if matches!(field(noun, values, "Active"), Value::Bool(true)) => {
            return Err("An active workflow needs a -DefaultAction.".into())
        }
        None => {}
    }
    for name in ["NonBusinessHoursAction", "HolidayAction"] {
        if let Some(action @ (TO_QUEUE | TO_QUESTION)) =
            action_of(&field(noun, values, name)).as_deref()
        {
            return Err(format!(
                "A workflow's {name} cannot be {action}; use it to end the call or pass it to a SIP address, voice mail or a number."
            ));
        }
    }
    Ok(())
}
