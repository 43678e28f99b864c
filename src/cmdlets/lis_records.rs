//! The verbs of the E9-1-1 Location Information Service records (subnets, ports, switches,
//! wireless access points, locations and the service provider), one implementation driven by
//! the declarations and by [`KEYS`]: a record is named by the values of its key properties,
//! shows no Identity, Set creates or replaces it, and Remove takes the key parameters (or an
//! object piped from Get). A subnet, port, switch or access point given an address creates the
//! location it names when the lab has none; a location they name cannot be removed.

use super::family::{apply, error, list_error};
use super::FamilyVerb;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::{PsObject, Value};

/// The properties of a location, which name it: its name, company and civic address.
pub const LOCATION_FIELDS: [&str; 12] = [
    "Location",
    "CompanyName",
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

/// The noun of a LIS location.
pub const LOCATION: &str = "CsLisLocation";

/// The records that map a network element to a location.
pub const ELEMENTS: [&str; 4] = [
    "CsLisSubnet",
    "CsLisPort",
    "CsLisSwitch",
    "CsLisWirelessAccessPoint",
];

/// Each LIS noun and the properties that name its records (none: there is one record).
pub const KEYS: &[(&str, &[&str])] = &[
    ("CsLisSubnet", &["Subnet"]),
    ("CsLisPort", &["ChassisID", "PortID"]),
    ("CsLisSwitch", &["ChassisID"]),
    ("CsLisWirelessAccessPoint", &["BSSID"]),
    (LOCATION, &LOCATION_FIELDS),
    ("CsLisServiceProvider", &[]),
];

/// The property that says whether a record is published; kept, never shown.
pub const PUBLISHED: &str = "Published";

/// LLDP's port ID subtypes, numbered from 1 as `-PortIDSubType 1` gives them.
const PORT_SUBTYPES: [&str; 7] = [
    "InterfaceAlias",
    "PortComponent",
    "MacAddress",
    "NetworkAddress",
    "InterfaceName",
    "AgentCircuitId",
    "LocallyAssigned",
];

/// Remove-CsLisLocation's fields: mandatory in one parameter set and optional in the other,
/// which the catalog, keeping one flag per parameter, cannot say; a field left out is empty.
pub fn optional_fields(signature: &mut crate::signature::Signature) {
    for param in &mut signature.params {
        if LOCATION_FIELDS.contains(&param.name.as_str()) {
            param.mandatory = false;
        }
    }
}

fn keys(decl: &FamilyDecl) -> &'static [&'static str] {
    KEYS.iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(decl.noun))
        .map_or(&[], |(_, k)| k)
}

pub fn run(
    engine: &mut Engine,
    call: &Call,
    decl: &'static FamilyDecl,
    verb: FamilyVerb,
) -> Result<Vec<Value>, Flow> {
    match verb {
        FamilyVerb::Get => Ok(get(engine, call, decl)),
        FamilyVerb::Set => set(engine, call, decl),
        FamilyVerb::Remove => remove(engine, call, decl),
        _ => Ok(vec![]),
    }
}

/// The value of the declared property `name` in `values`, as text.
pub fn text(decl: &FamilyDecl, values: &[Value], name: &str) -> String {
    decl.property(name)
        .and_then(|(i, _)| values.get(i))
        .map(Value::to_display)
        .unwrap_or_default()
}

/// The identity a record is stored under: its key values joined.
pub fn key_of(decl: &FamilyDecl, values: &[Value]) -> Scope {
    let parts: Vec<String> = keys(decl).iter().map(|k| text(decl, values, k)).collect();
    Scope::Name(if parts.is_empty() {
        "ServiceProvider".into()
    } else {
        parts.join(" | ")
    })
}

/// A record as Get shows it: its declared properties but the publishing flag.
pub fn to_object(decl: &FamilyDecl, record: &Record) -> Value {
    let mut object = PsObject::new(decl.type_name);
    for (prop, value) in decl.properties.iter().zip(&record.values) {
        if prop.name != PUBLISHED {
            object = object.with(prop.name, value.clone());
        }
    }
    Value::object(object)
}

/// Whether a location's fields equal those `values` (of `decl`) name.
fn same_place(location: &[Value], decl: &FamilyDecl, values: &[Value]) -> bool {
    let Some(place) = crate::families::find(LOCATION) else {
        return false;
    };
    LOCATION_FIELDS
        .iter()
        .all(|f| text(place, location, f).eq_ignore_ascii_case(&text(decl, values, f)))
}

/// Whether any subnet, port, switch or access point names the location `values`.
pub fn is_referenced(engine: &Engine, values: &[Value]) -> bool {
    ELEMENTS.iter().any(|noun| {
        crate::families::find(noun).is_some_and(|decl| {
            engine
                .session
                .store
                .records(noun)
                .iter()
                .any(|r| same_place(values, decl, &r.values))
        })
    })
}

fn get(engine: &Engine, call: &Call, decl: &FamilyDecl) -> Vec<Value> {
    let unreferenced = call.bound.switch("Unreferenced");
    engine
        .session
        .store
        .records(decl.noun)
        .iter()
        .filter(|r| !unreferenced || !is_referenced(engine, &r.values))
        .map(|r| to_object(decl, r))
        .collect()
}

/// The declared values an `-Instance` object carries, as text.
fn values_of_instance(decl: &FamilyDecl, instance: &Value) -> Vec<Value> {
    let mut values = decl.defaults();
    for (prop, slot) in decl.properties.iter().zip(values.iter_mut()) {
        if let Some(v) = instance.property(prop.name) {
            *slot = v.detached();
        }
    }
    values
}

/// Why the values cannot be stored: an empty key, a subnet that is not an IP address.
fn check(decl: &FamilyDecl, values: &mut [Value]) -> Result<(), String> {
    for key in keys(decl) {
        if key != &"Location" && LOCATION_FIELDS.contains(key) {
            continue;
        }
        if text(decl, values, key).trim().is_empty() {
            return Err(format!("-{key} cannot be empty."));
        }
    }
    if decl.noun == "CsLisSubnet" {
        let subnet = text(decl, values, "Subnet");
        if subnet.trim().parse::<std::net::IpAddr>().is_err() {
            return Err(format!(
                "\"{subnet}\" is not a valid subnet: give the subnet's network address as an IPv4 or IPv6 address, such as 192.168.0.0."
            ));
        }
    }
    if let Some((index, _)) = decl.property("PortIDSubType") {
        let typed = values[index].to_display();
        let named = typed
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| PORT_SUBTYPES.get(n))
            .or_else(|| {
                PORT_SUBTYPES
                    .iter()
                    .find(|s| s.eq_ignore_ascii_case(typed.trim()))
            });
        match named {
            Some(name) => values[index] = Value::str(*name),
            None if typed.is_empty() => values[index] = Value::str("LocallyAssigned"),
            None => {
                return Err(format!(
                    "\"{typed}\" is not a port ID subtype: use 1 to 7 or one of {}.",
                    PORT_SUBTYPES.join(", ")
                ))
            }
        }
    }
    Ok(())
}

fn set(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let instance = call.bound.get("Instance").cloned();
    if let Some(other) = instance.as_ref().filter(|i| !matches!(i, Value::Object(_))) {
        let shown = other.to_display();
        let message = format!(
            "The -Instance value is not one {} object; pass one object from Get-{}.",
            decl.label, decl.noun
        );
        let e = error(
            engine,
            call,
            message,
            "InvalidInstance",
            ErrorCategory::InvalidArgument,
            &shown,
        );
        engine.write_error(*e)?;
        return Ok(vec![]);
    }
    let mut values = match &instance {
        Some(instance) => values_of_instance(decl, instance),
        None => decl.defaults(),
    };
    let old = instance.as_ref().map(|_| key_of(decl, &values));
    if let Err(problem) = apply(decl, &call.bound, &mut values) {
        engine.write_error(*list_error(engine, call, problem))?;
        return Ok(vec![]);
    }
    if let Some((index, _)) = decl.property(PUBLISHED) {
        values[index] = Value::Bool(false);
    }
    let key = key_of(decl, &values);
    if let Err(message) = check(decl, &mut values) {
        let shown = key.to_string();
        let e = error(
            engine,
            call,
            message,
            "InvalidRecord",
            ErrorCategory::InvalidData,
            &shown,
        );
        engine.write_error(*e)?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &key.to_string())? {
        return Ok(vec![]);
    }
    if let Some(old) = old.filter(|old| !old.same_as(&key)) {
        engine.session.store.remove(decl.noun, &old);
    }
    let names_a_place = LOCATION_FIELDS
        .iter()
        .any(|f| !text(decl, &values, f).is_empty());
    if decl.noun != LOCATION && names_a_place {
        add_location(engine, decl, &values);
    }
    engine.session.store.put(
        decl.noun,
        Record {
            identity: key,
            values,
        },
    );
    Ok(vec![])
}

/// Creates the location an element names, when the lab has none with those fields.
fn add_location(engine: &mut Engine, decl: &FamilyDecl, values: &[Value]) {
    let Some(place) = crate::families::find(LOCATION) else {
        return;
    };
    let mut location = place.defaults();
    for field in LOCATION_FIELDS {
        if let Some((index, _)) = place.property(field) {
            location[index] = Value::str(text(decl, values, field));
        }
    }
    let key = key_of(place, &location);
    if engine.session.store.get(LOCATION, &key).is_none() {
        engine.session.store.put(
            LOCATION,
            Record {
                identity: key,
                values: location,
            },
        );
    }
}

fn remove(engine: &mut Engine, call: &Call, decl: &FamilyDecl) -> Result<Vec<Value>, Flow> {
    let mut values = decl.defaults();
    for key in keys(decl) {
        if let (Some((index, _)), Some(value)) = (decl.property(key), call.bound.get(key)) {
            values[index] = value.clone();
        }
    }
    let key = key_of(decl, &values);
    let shown: Vec<String> = keys(decl)
        .iter()
        .map(|k| text(decl, &values, k))
        .filter(|t| !t.is_empty())
        .collect();
    let shown = shown.join(", ");
    let Some(record) = engine.session.store.get(decl.noun, &key).cloned() else {
        let e = error(
            engine,
            call,
            format!("Cannot find a {} {shown}.", decl.label),
            "ObjectNotFound",
            ErrorCategory::ObjectNotFound,
            &shown,
        );
        engine.write_error(*e)?;
        return Ok(vec![]);
    };
    if decl.noun == LOCATION && is_referenced(engine, &record.values) {
        let e = error(
            engine,
            call,
            format!("The {} {shown} cannot be removed: a subnet, port, switch or wireless access point is mapped to it.", decl.label),
            "ObjectInUse",
            ErrorCategory::InvalidOperation,
            &shown,
        );
        engine.write_error(*e)?;
        return Ok(vec![]);
    }
    if engine.should_process(call, &shown)? {
        engine.session.store.remove(decl.noun, &key);
    }
    Ok(vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(noun: &str) -> &'static FamilyDecl {
        crate::families::find(noun).expect("a declared LIS noun")
    }

    #[test]
    fn a_subnet_must_be_an_ip_address() {
        let subnet = decl("CsLisSubnet");
        let mut values = subnet.defaults();
        values[0] = Value::str("192.168.0.0");
        assert!(check(subnet, &mut values).is_ok());
        values[0] = Value::str("300.1.1.1");
        assert!(check(subnet, &mut values).is_err());
        values[0] = Value::str("");
        assert!(check(subnet, &mut values).is_err());
    }

    #[test]
    fn port_subtypes_read_as_numbers_or_names() {
        let port = decl("CsLisPort");
        let mut values = port.defaults();
        values[0] = Value::str("99-99-99-99-99-99");
        values[1] = Value::str("4200");
        values[2] = Value::str("1");
        assert!(check(port, &mut values).is_ok());
        assert_eq!(values[2].to_display(), "InterfaceAlias");
        values[2] = Value::str("9");
        assert!(check(port, &mut values).is_err());
    }

    #[test]
    fn a_location_is_keyed_by_all_of_its_fields() {
        let place = decl(LOCATION);
        let mut values = place.defaults();
        values[0] = Value::str("Bldg30");
        let first = key_of(place, &values);
        values[11] = Value::str("US");
        assert!(!first.same_as(&key_of(place, &values)));
    }

    #[test]
    fn every_lis_noun_is_declared_with_its_keys() {
        for (noun, keys) in KEYS {
            let d = decl(noun);
            for key in *keys {
                assert!(d.property(key).is_some(), "{noun}.{key}");
            }
        }
    }
}
