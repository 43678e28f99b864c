//! The Location Information Service as a whole: civic addresses (Get- and
//! Test-CsLisCivicAddress), publishing (Publish-, Unpublish-, Debug-CsLisConfiguration), the
//! Test-CsLisConfiguration synthetic transaction, and Export-/Import-CsLisConfiguration in
//! lyncsh's own text format: a header line, then one tab-separated line per record, the noun
//! first and then its declared values in order.

use super::family::error;
use super::lis_records::{key_of, text, KEYS, LOCATION, PUBLISHED};
use super::CmdletResult;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::family::FamilyDecl;
use crate::store::Record;
use crate::value::{PsObject, Value};

pub const HANDLERS: &[(&str, super::BuiltinFn)] = &[
    ("Get-CsLisCivicAddress", get_civic_address),
    ("Test-CsLisCivicAddress", test_civic_address),
    ("Publish-CsLisConfiguration", publish),
    ("Unpublish-CsLisConfiguration", unpublish),
    ("Debug-CsLisConfiguration", debug),
    ("Test-CsLisConfiguration", test_configuration),
    ("Export-CsLisConfiguration", export),
    ("Import-CsLisConfiguration", import),
];

/// The first line of an exported file.
pub const HEADER: &str = "lyncsh LIS configuration 1";

/// The civic address fields (a location's fields but its name and company).
const ADDRESS: [&str; 10] = [
    "HouseNumber",
    "HouseNumberSuffix",
    "PreDirectional",
    "StreetName",
    "StreetSuffix",
    "PostDirectional",
    "City",
    "State",
    "PostalCode",
    "Country",
];

fn declared() -> impl Iterator<Item = &'static FamilyDecl> {
    KEYS.iter()
        .filter_map(|(noun, _)| crate::families::find(noun))
}

fn location_decl() -> Option<&'static FamilyDecl> {
    crate::families::find(LOCATION)
}

fn address_of(decl: &FamilyDecl, values: &[Value]) -> Vec<String> {
    ADDRESS.iter().map(|f| text(decl, values, f)).collect()
}

fn get_civic_address(engine: &mut Engine, _: &Call) -> CmdletResult {
    let Some(decl) = location_decl() else {
        return Ok(vec![]);
    };
    let mut seen: Vec<(Vec<String>, bool)> = Vec::new();
    for record in engine.session.store.records(LOCATION) {
        let address = address_of(decl, &record.values);
        let valid = text(decl, &record.values, "MSAGValid").eq_ignore_ascii_case("True");
        let lower: Vec<String> = address.iter().map(|a| a.to_ascii_lowercase()).collect();
        match seen.iter_mut().find(|(a, _)| {
            a.iter()
                .map(|x| x.to_ascii_lowercase())
                .eq(lower.iter().cloned())
        }) {
            Some((_, v)) => *v = *v || valid,
            None => seen.push((address, valid)),
        }
    }
    Ok(seen
        .into_iter()
        .map(|(address, valid)| {
            let mut object = PsObject::new("Microsoft.Rtc.Management.Lis.LisCivicAddress");
            for (field, value) in ADDRESS.iter().zip(address) {
                object = object.with(field, Value::str(value));
            }
            Value::object(object.with("MSAGValid", Value::Bool(valid)))
        })
        .collect())
}

fn lis_error(engine: &Engine, call: &Call, message: String, id: &str) -> Flow {
    Flow::Error(error(
        engine,
        call,
        message,
        id,
        ErrorCategory::InvalidOperation,
        "LIS",
    ))
}

/// An address is valid when it has a house number, street, city, state and country; the
/// provider's service is not called.
fn test_civic_address(engine: &mut Engine, call: &Call) -> CmdletResult {
    if engine
        .session
        .store
        .records("CsLisServiceProvider")
        .is_empty()
    {
        let message = "No emergency services provider is configured to validate addresses; set one with Set-CsLisServiceProvider.".to_string();
        return Err(lis_error(engine, call, message, "NoServiceProvider"));
    }
    let field = |name: &str| call.bound.text(name).unwrap_or_default();
    let valid = ["HouseNumber", "StreetName", "City", "State", "Country"]
        .iter()
        .all(|f| !field(f).trim().is_empty());
    if call.bound.switch("UpdateValidationStatus")
        && engine.should_process(call, &field("StreetName"))?
    {
        if let Some(decl) = location_decl() {
            let wanted: Vec<String> = ADDRESS
                .iter()
                .map(|f| field(f).to_ascii_lowercase())
                .collect();
            let mut records = engine.session.store.records(LOCATION).to_vec();
            for record in &mut records {
                let same = address_of(decl, &record.values)
                    .iter()
                    .map(|a| a.to_ascii_lowercase())
                    .eq(wanted.iter().cloned());
                if let (true, Some((index, _))) = (same, decl.property("MSAGValid")) {
                    record.values[index] = Value::Bool(valid);
                }
            }
            engine.session.store.replace_records(LOCATION, records);
        }
    }
    let object = PsObject::new("Microsoft.Rtc.Management.Lis.CivicAddressValidationResult").with(
        "ValidationStatus",
        Value::str(if valid { "Valid" } else { "Invalid" }),
    );
    Ok(vec![Value::object(object)])
}

/// Sets every LIS record's publishing flag.
fn mark(engine: &mut Engine, published: bool) {
    for decl in declared() {
        let Some((index, _)) = decl.property(PUBLISHED) else {
            continue;
        };
        let mut records = engine.session.store.records(decl.noun).to_vec();
        for record in &mut records {
            record.values[index] = Value::Bool(published);
        }
        engine.session.store.replace_records(decl.noun, records);
    }
}

fn publish(engine: &mut Engine, call: &Call) -> CmdletResult {
    if engine.should_process(call, "LIS configuration")? {
        mark(engine, true);
    }
    Ok(vec![])
}

fn unpublish(engine: &mut Engine, call: &Call) -> CmdletResult {
    if engine.should_process(call, "LIS configuration")? {
        mark(engine, false);
    }
    Ok(vec![])
}

/// One row per kind of record: how many there are, and how many wait to be published.
fn debug(engine: &mut Engine, _: &Call) -> CmdletResult {
    let mut out = Vec::new();
    for decl in declared() {
        let Some((index, _)) = decl.property(PUBLISHED) else {
            continue;
        };
        let records = engine.session.store.records(decl.noun);
        let pending = records
            .iter()
            .filter(|r| r.values.get(index) != Some(&Value::Bool(true)))
            .count();
        let object = PsObject::new("Lab.LisConfigurationState")
            .with("Kind", Value::str(decl.label))
            .with(
                "Records",
                Value::Int32(i32::try_from(records.len()).unwrap_or(i32::MAX)),
            )
            .with(
                "Pending",
                Value::Int32(i32::try_from(pending).unwrap_or(i32::MAX)),
            );
        out.push(Value::object(object));
    }
    Ok(out)
}

/// Whether a published record of `noun` has `value` in `property`.
fn published_match(engine: &Engine, noun: &str, property: &str, value: &str) -> bool {
    let Some(decl) = crate::families::find(noun) else {
        return false;
    };
    engine.session.store.records(noun).iter().any(|r| {
        text(decl, &r.values, PUBLISHED) == "True"
            && text(decl, &r.values, property).eq_ignore_ascii_case(value)
    })
}

/// A location request for the subnet, port, switch or access point given: Success when a
/// published record maps it to a location.
fn test_configuration(engine: &mut Engine, call: &Call) -> CmdletResult {
    let target = call
        .bound
        .get("TargetFqdn")
        .or_else(|| call.bound.get("TargetUri"))
        .map(Value::to_display)
        .unwrap_or_default();
    let given = |name: &str| call.bound.text(name);
    let found = [
        ("CsLisSubnet", "Subnet", given("Subnet")),
        ("CsLisPort", "ChassisID", given("ChassisId")),
        ("CsLisWirelessAccessPoint", "BSSID", given("BssId")),
    ]
    .iter()
    .any(|(noun, property, value)| {
        value
            .as_deref()
            .is_some_and(|v| published_match(engine, noun, property, v))
    });
    let (result, message) = if found {
        ("Success", String::new())
    } else {
        ("Failure", "No published location matches the subnet, port or access point given; map one with Set-CsLisSubnet (or -Port, -WirelessAccessPoint) and run Publish-CsLisConfiguration.".to_string())
    };
    let object = PsObject::new("Microsoft.Rtc.SyntheticTransactions.TaskOutput")
        .with("TargetFqdn", Value::str(target))
        .with("Result", Value::str(result))
        .with(
            "Latency",
            Value::TimeSpan(crate::value::TimeSpan::default()),
        )
        .with("Error", Value::str(message))
        .with("Diagnosis", Value::str(""));
    Ok(vec![Value::object(object)])
}

/// Every LIS record as lyncsh's text format.
pub fn export_text(engine: &Engine) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\r\n");
    for decl in declared() {
        for record in engine.session.store.records(decl.noun) {
            let fields: Vec<String> = std::iter::once(decl.noun.to_string())
                .chain(
                    record
                        .values
                        .iter()
                        .map(|v| v.to_display().replace(['\t', '\r', '\n'], " ")),
                )
                .collect();
            out.push_str(&fields.join("\t"));
            out.push_str("\r\n");
        }
    }
    out
}

/// The records a file in lyncsh's format holds, or why it is not one.
pub fn parse(text: &str) -> Result<Vec<(&'static FamilyDecl, Vec<Value>)>, String> {
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
    if lines.next().map(|l| l.trim_start_matches('\u{feff}')) != Some(HEADER) {
        return Err(format!("This is not a LIS configuration exported by lyncsh: its first line is not \"{HEADER}\"."));
    }
    let mut out = Vec::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.is_empty()) {
        let mut fields = line.split('\t');
        let noun = fields.next().unwrap_or_default();
        let decl = declared()
            .find(|d| d.noun.eq_ignore_ascii_case(noun))
            .ok_or_else(|| format!("Line {}: \"{noun}\" is not a kind of LIS record.", n + 2))?;
        let texts: Vec<&str> = fields.collect();
        if texts.len() != decl.properties.len() {
            return Err(format!(
                "Line {}: a {} has {} values, not {}.",
                n + 2,
                decl.label,
                decl.properties.len(),
                texts.len()
            ));
        }
        let values = decl
            .properties
            .iter()
            .zip(texts)
            .map(|(p, t)| p.ty.parse(t).unwrap_or_else(|| Value::str(t)))
            .collect();
        out.push((decl, values));
    }
    Ok(out)
}

fn export(engine: &mut Engine, call: &Call) -> CmdletResult {
    let text = export_text(engine);
    if call.bound.switch("AsBytes") {
        return Ok(vec![Value::array(text.bytes().map(Value::Byte).collect())]);
    }
    let file = call.bound.text("FileName").unwrap_or_default();
    if !engine.replaying {
        engine
            .write_text_file(&file, &text, false, call.span)
            .map_err(Flow::Error)?;
    }
    Ok(vec![])
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    let text = match call.bound.text("FileName") {
        Some(file) => engine
            .read_text_file(&file, call.span)
            .map_err(Flow::Error)?,
        None => {
            let bytes: Vec<u8> = match call.bound.get("ByteInput") {
                Some(v) => v.clone().into_items(),
                None => call.inputs.clone(),
            }
            .iter()
            .filter_map(|b| b.as_i128().and_then(|n| u8::try_from(n).ok()))
            .collect();
            crate::engine::files::decode(&bytes)
        }
    };
    let records =
        parse(&text).map_err(|m| lis_error(engine, call, m, "InvalidLisConfiguration"))?;
    if !engine.should_process(call, "LIS configuration")? {
        return Ok(vec![]);
    }
    replace_all(engine, records);
    Ok(vec![])
}

/// Puts an imported LIS configuration in place of the current one, unpublished.
pub(super) fn replace_all(engine: &mut Engine, records: Vec<(&'static FamilyDecl, Vec<Value>)>) {
    for decl in declared() {
        engine.session.store.replace_records(decl.noun, Vec::new());
    }
    for (decl, mut values) in records {
        if let Some((index, _)) = decl.property(PUBLISHED) {
            values[index] = Value::Bool(false);
        }
        let identity = key_of(decl, &values);
        engine
            .session
            .store
            .put(decl.noun, Record { identity, values });
    }
}
