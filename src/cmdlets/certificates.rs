//! Certificates: Get-, Request-, Import-, Set- and Remove-CsCertificate and
//! Test-CsCertificateConfiguration, over the certificates the lab's computers hold.
//!
//! A certificate sits in a computer's store once requested or imported, and serves Lync once
//! Set-CsCertificate assigns it uses (Default, WebServicesInternal, AccessEdgeExternal...);
//! Get shows one object per certificate and use. The cmdlets work on the lab's local computer,
//! atl-cs-001 (Request takes another with -ComputerFqdn); `-Identity global` names the global
//! certificates (the OAuth token issuer's). A use must be one the computer's roles have.
//! Certificates expire on the lab clock.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::store::operations::{Certificate, LAB_CA};
use crate::value::{DateTime, PsObject, Value};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsCertificate", get),
    ("Request-CsCertificate", request),
    ("Import-CsCertificate", import),
    ("Set-CsCertificate", set),
    ("Remove-CsCertificate", remove),
    ("Test-CsCertificateConfiguration", test),
];

const TYPE: &str = "Microsoft.Rtc.Management.Deployment.CertificateReference";

/// The computer the cmdlets run on when none is named.
const LOCAL: &str = "atl-cs-001.litwareinc.com";

/// The uses (CertType) of Lync Server 2013 and the roles that have each; `global` for the
/// uses of the global certificates.
const USES: &[(&str, &[&str])] = &[
    (
        "Default",
        &[
            "Registrar",
            "Director",
            "MediationServer",
            "PersistentChatServer",
        ],
    ),
    ("WebServicesInternal", &["WebServer", "Director"]),
    ("WebServicesExternal", &["WebServer", "Director"]),
    ("Internal", &["EdgeServer"]),
    ("External", &["EdgeServer"]),
    ("AccessEdgeExternal", &["EdgeServer"]),
    ("DataEdgeExternal", &["EdgeServer"]),
    ("AudioVideoAuthentication", &["EdgeServer"]),
    ("XMPPServer", &["EdgeServer"]),
    ("OAuthTokenIssuer", &["global"]),
    ("WsFedTokenTransfer", &["global"]),
    ("iPhoneAPNService", &["global"]),
    ("iPadAPNService", &["global"]),
    ("MPNService", &["global"]),
];

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ObjectNotFound" | "ComputerNotFound" => ErrorCategory::ObjectNotFound,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    ))
}

/// Whether `-Identity` names the global certificates.
fn global(call: &Call) -> bool {
    call.bound
        .get("Identity")
        .is_some_and(|v| v.to_display().trim().eq_ignore_ascii_case("global"))
}

/// The computer the call works on: "" for the global certificates, else the local computer.
fn scope(call: &Call) -> String {
    if global(call) {
        String::new()
    } else {
        LOCAL.to_string()
    }
}

/// The uses `-Type` lists, spelled as Lync spells them; an error names one that is not a use.
fn uses(engine: &Engine, call: &Call) -> Result<Vec<String>, Flow> {
    let mut out = Vec::new();
    let items = call
        .bound
        .get("Type")
        .map(|v| v.clone().into_items())
        .unwrap_or_default();
    for item in items {
        for typed in item
            .to_display()
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            let Some((name, _)) = USES.iter().find(|(n, _)| n.eq_ignore_ascii_case(typed)) else {
                let names: Vec<&str> = USES.iter().map(|(n, _)| *n).collect();
                let message = format!("Cannot convert value \"{typed}\" to type \"Microsoft.Rtc.Management.Deployment.CertType\". Specify one of the following enumerator names and try again:\n{}", names.join(", "));
                return Err(fail(engine, call, message, "InvalidCertType", typed));
            };
            if !out.iter().any(|u: &String| u == name) {
                out.push(name.to_string());
            }
        }
    }
    Ok(out)
}

/// Checks that each use is one the computer's roles (or the global scope) have.
fn check_uses(engine: &Engine, call: &Call, computer: &str, uses: &[String]) -> Result<(), Flow> {
    let topology = &engine.session.topology;
    let roles: Vec<String> = if computer.is_empty() {
        vec!["global".into()]
    } else {
        topology
            .pools
            .iter()
            .find(|p| p.computers.iter().any(|c| c.eq_ignore_ascii_case(computer)))
            .map(|p| {
                topology
                    .services_of_pool(&p.fqdn)
                    .map(|s| s.role.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    for used in uses {
        let allowed = USES
            .iter()
            .find(|(n, _)| n == used)
            .is_some_and(|(_, holders)| holders.iter().any(|h| roles.iter().any(|r| r == h)));
        if !allowed {
            let place = if computer.is_empty() {
                "the global scope".to_string()
            } else {
                computer.to_string()
            };
            let message = format!(
                "The certificate use {used} is not one that {place} has: its roles are {}.",
                roles.join(", ")
            );
            return Err(fail(engine, call, message, "UseNotAvailable", used));
        }
    }
    Ok(())
}

fn date(text: &str) -> Value {
    DateTime::parse(text).map_or(Value::Null, Value::DateTime)
}

/// One object per use of a certificate, as Get shows them.
fn objects(certificate: &Certificate, only: &[String]) -> Vec<Value> {
    certificate
        .uses
        .iter()
        .filter(|u| only.is_empty() || only.contains(u))
        .map(|used| reference(certificate, used))
        .collect()
}

fn reference(certificate: &Certificate, used: &str) -> Value {
    let previous = certificate
        .previous
        .iter()
        .find(|(u, _)| used.split(',').any(|one| one == u))
        .map_or(Value::Null, |(_, t)| Value::str(t));
    Value::object(
        PsObject::new(TYPE)
            .with("Issuer", Value::str(&certificate.issuer))
            .with("NotAfter", date(&certificate.not_after))
            .with("NotBefore", date(&certificate.not_before))
            .with("SerialNumber", Value::str(&certificate.serial_number))
            .with("Subject", Value::str(&certificate.subject))
            .with(
                "AlternativeNames",
                Value::array(
                    certificate
                        .alternative_names
                        .iter()
                        .map(Value::str)
                        .collect(),
                ),
            )
            .with("Thumbprint", Value::str(&certificate.thumbprint))
            .with("EffectiveTime", Value::Null)
            .with("PreviousThumbprint", previous)
            .with("UpdateTime", Value::Null)
            .with("Use", Value::str(used))
            .with("SourceScope", Value::Null),
    )
}

fn get(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let only = uses(engine, call)?;
    let wanted = call.bound.get("Identity").map(|_| scope(call));
    let out: Vec<Value> = engine
        .session
        .topology
        .operations
        .certificates
        .iter()
        .filter(|c| match &wanted {
            Some(scope) => c.computer.eq_ignore_ascii_case(scope),
            None => c.computer.is_empty() || c.computer.eq_ignore_ascii_case(LOCAL),
        })
        .flat_map(|c| objects(c, &only))
        .collect();
    super::files::write_report(engine, call, &[format!("{} certificates", out.len())])?;
    Ok(out)
}

/// A thumbprint made from `seed`: 40 hexadecimal digits, the same for the same seed.
fn thumbprint(seed: &str) -> String {
    let guid = crate::directory::guid_from(seed)
        .replace('-', "")
        .to_ascii_uppercase();
    let more = crate::directory::guid_from(&format!("{seed}/2"))
        .replace('-', "")
        .to_ascii_uppercase();
    format!("{guid}{}", &more[..8])
}

/// The computer `-ComputerFqdn` names (its FQDN, or its first label), or the local one.
fn computer(engine: &Engine, call: &Call) -> Result<String, Flow> {
    let Some(typed) = call.bound.text("ComputerFqdn") else {
        return Ok(LOCAL.to_string());
    };
    let typed = typed.trim();
    let topology = &engine.session.topology;
    topology
        .pools
        .iter()
        .flat_map(|p| p.computers.iter())
        .find(|c| {
            c.eq_ignore_ascii_case(typed)
                || c.split('.')
                    .next()
                    .is_some_and(|h| h.eq_ignore_ascii_case(typed))
        })
        .cloned()
        .ok_or_else(|| {
            let message = format!("Cannot find computer \"{typed}\" in the topology.");
            fail(engine, call, message, "ComputerNotFound", typed)
        })
}

/// The names a new certificate for `uses` on `computer` carries: its pool, the computer, the
/// SIP domain's pool name, the external web name when it serves external web services, and
/// what -DomainName adds.
fn names(engine: &Engine, call: &Call, computer: &str, uses: &[String]) -> (String, Vec<String>) {
    let topology = &engine.session.topology;
    let pool = topology
        .pools
        .iter()
        .find(|p| p.computers.iter().any(|c| c.eq_ignore_ascii_case(computer)))
        .map_or(computer.to_string(), |p| p.fqdn.clone());
    let mut names = vec!["sip.litwareinc.com".to_string(), pool.clone()];
    if !pool.eq_ignore_ascii_case(computer) {
        names.push(computer.to_string());
    }
    if uses.iter().any(|u| u == "WebServicesExternal") {
        let external = topology
            .service("WebServer", &pool)
            .and_then(|s| s.settings.as_ref())
            .and_then(|s| s.get("ExternalFqdn"))
            .map(|v| v.to_display())
            .filter(|v| !v.is_empty());
        names.extend(external);
        names.push("lyncdiscover.litwareinc.com".into());
    }
    if let Some(extra) = call.bound.text("DomainName") {
        for name in extra.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name.to_string());
            }
        }
    }
    (pool, names)
}

/// The issuer a -CA (`server\CA name`) stands for.
fn issuer(call: &Call) -> String {
    match call.bound.text("CA") {
        Some(ca) => {
            let name = ca.rsplit('\\').next().unwrap_or(&ca).trim().to_string();
            format!("CN={name}, DC=litwareinc, DC=com")
        }
        None => LAB_CA.to_string(),
    }
}

fn request(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    if call.bound.switch("List") {
        // The lab's CA issues at once, so nothing is ever pending.
        return Ok(vec![]);
    }
    if call.bound.switch("Retrieve") || call.bound.switch("Clear") {
        let id = call.bound.text("RequestId").unwrap_or_default();
        let message = format!("There is no pending certificate request{}: the lab's certification authority issues at once.", if id.is_empty() { String::new() } else { format!(" with ID {id}") });
        return Err(fail(engine, call, message, "ObjectNotFound", &id));
    }
    let computer = computer(engine, call)?;
    let wanted = uses(engine, call)?;
    let target = if wanted.iter().all(|u| u == "OAuthTokenIssuer") && !wanted.is_empty() {
        String::new()
    } else {
        computer.clone()
    };
    check_uses(engine, call, &target, &wanted)?;
    let (pool, names) = names(engine, call, &computer, &wanted);
    if let Some(path) = call.bound.text("Output") {
        let body = format!(
            "-----BEGIN NEW CERTIFICATE REQUEST-----\r\nSubject: CN={pool}\r\nAlternative names: {}\r\nUses: {}\r\n-----END NEW CERTIFICATE REQUEST-----\r\n",
            names.join(", "),
            wanted.join(",")
        );
        super::files::write_cmdlet_file(engine, call, &path, &body)?;
        return Ok(vec![]);
    }
    if !engine.should_process(call, &computer)? {
        return Ok(vec![]);
    }
    let now = DateTime::now();
    let taken = engine.session.topology.operations.certificates.len();
    let seed = format!("{computer}/{}/{taken}", wanted.join(","));
    let print = thumbprint(&seed);
    let certificate = Certificate {
        computer: target,
        thumbprint: print.clone(),
        serial_number: print[..20].to_string(),
        issuer: issuer(call),
        subject: format!("CN={pool}"),
        alternative_names: names,
        not_before: now.format("o"),
        not_after: DateTime(now.0 + 2 * 365 * 864_000_000_000).format("o"),
        uses: Vec::new(),
        previous: Vec::new(),
    };
    let ca = call
        .bound
        .text("CA")
        .unwrap_or_else(|| "atl-ca-001.litwareinc.com\\LitwareInc-CA".into());
    let line = format!(
        "Issued thumbprint \"{print}\" for use \"{}\" by \"{ca}\".",
        wanted.join(",")
    );
    let shown = reference(&certificate, &wanted.join(","));
    engine
        .session
        .topology
        .operations
        .certificates
        .push(certificate);
    super::files::write_report(engine, call, std::slice::from_ref(&line))?;
    Ok(vec![Value::str(line), shown])
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let path = call.bound.text("Path").unwrap_or_default();
    let content = engine
        .read_text_file(&path, call.span)
        .map_err(|record| Flow::from(super::files::owned_by(call, *record)))?;
    if call.bound.switch("Roll") && call.bound.get("EffectiveDate").is_none() {
        return Err(fail(
            engine,
            call,
            "-Roll needs -EffectiveDate: the time the new certificate takes over.".into(),
            "RollWithoutDate",
            &path,
        ));
    }
    let target = scope(call);
    let wanted = uses(engine, call)?;
    check_uses(engine, call, &target, &wanted)?;
    if !engine.should_process(call, &path)? {
        return Ok(vec![]);
    }
    let print = thumbprint(&format!("import/{content}"));
    let subject = if target.is_empty() {
        "litwareinc.com".to_string()
    } else {
        LOCAL.to_string()
    };
    let certificate = Certificate {
        computer: target,
        thumbprint: print.clone(),
        serial_number: print[..20].to_string(),
        issuer: LAB_CA.into(),
        subject: format!("CN={subject}"),
        alternative_names: vec![subject],
        not_before: DateTime::now().format("o"),
        not_after: DateTime(DateTime::now().0 + 2 * 365 * 864_000_000_000).format("o"),
        uses: Vec::new(),
        previous: Vec::new(),
    };
    let operations = &mut engine.session.topology.operations;
    operations.certificates.retain(|c| c.thumbprint != print);
    operations.certificates.push(certificate);
    assign(operations, &print, &wanted);
    Ok(vec![])
}

/// Gives the certificate `print` the uses `wanted`, taking each from the certificate of the
/// same computer that had it (remembered as its previous thumbprint).
fn assign(operations: &mut crate::store::operations::Operations, print: &str, wanted: &[String]) {
    let Some(computer) = operations
        .certificates
        .iter()
        .find(|c| c.thumbprint == print)
        .map(|c| c.computer.clone())
    else {
        return;
    };
    for used in wanted {
        let mut before = None;
        for other in operations.certificates.iter_mut() {
            if other.computer == computer && other.thumbprint != print && other.uses.contains(used)
            {
                other.uses.retain(|u| u != used);
                before = Some(other.thumbprint.clone());
            }
        }
        if let Some(target) = operations
            .certificates
            .iter_mut()
            .find(|c| c.thumbprint == print)
        {
            if !target.uses.contains(used) {
                target.uses.push(used.clone());
            }
            target.previous.retain(|(u, _)| u != used);
            if let Some(before) = before {
                target.previous.push((used.clone(), before));
            }
        }
    }
}

fn set(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    if call.bound.switch("Roll") && call.bound.get("EffectiveDate").is_none() {
        return Err(fail(
            engine,
            call,
            "-Roll needs -EffectiveDate: the time the new certificate takes over.".into(),
            "RollWithoutDate",
            "",
        ));
    }
    let typed = call
        .bound
        .text("Thumbprint")
        .or_else(|| {
            call.bound
                .get("Reference")
                .and_then(|r| r.property("Thumbprint"))
                .map(|v| v.to_display())
        })
        .unwrap_or_default();
    if call.bound.get("Path").is_some() {
        return import(engine, call);
    }
    let target = scope(call);
    let Some(certificate) = engine
        .session
        .topology
        .operations
        .certificates
        .iter()
        .find(|c| {
            c.thumbprint.eq_ignore_ascii_case(typed.trim())
                && c.computer.eq_ignore_ascii_case(&target)
        })
        .cloned()
    else {
        let place = if target.is_empty() {
            "the global scope".to_string()
        } else {
            target.clone()
        };
        let message = format!(
            "Cannot find a certificate with the thumbprint \"{typed}\" in the store of {place}."
        );
        return Err(fail(engine, call, message, "ObjectNotFound", &typed));
    };
    let mut wanted = uses(engine, call)?;
    if wanted.is_empty() {
        if let Some(reference) = call.bound.get("Reference") {
            wanted = reference
                .property("Use")
                .map(|u| u.to_display().split(',').map(String::from).collect())
                .unwrap_or_default();
        }
    }
    check_uses(engine, call, &target, &wanted)?;
    if !engine.should_process(call, &certificate.thumbprint)? {
        return Ok(vec![]);
    }
    assign(
        &mut engine.session.topology.operations,
        &certificate.thumbprint,
        &wanted,
    );
    let cn = certificate
        .subject
        .trim_start_matches("CN=")
        .split(',')
        .next()
        .unwrap_or_default()
        .to_string();
    let until = DateTime::parse(&certificate.not_after)
        .map(|d| d.format("MM/dd/yyyy"))
        .unwrap_or_default();
    let mut lines = Vec::new();
    for used in &wanted {
        lines.push(Value::str(format!(
            "The following certificate was assigned for the type \"{used}\":"
        )));
        lines.push(Value::str(format!(
            "{used}: {} {cn} {until} {} {}",
            certificate.thumbprint, certificate.issuer, certificate.serial_number
        )));
    }
    Ok(lines)
}

fn remove(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let wanted = uses(engine, call)?;
    let target = scope(call);
    let previous = call.bound.switch("Previous");
    if !engine.should_process(call, &wanted.join(","))? {
        return Ok(vec![]);
    }
    for certificate in &mut engine.session.topology.operations.certificates {
        if !certificate.computer.eq_ignore_ascii_case(&target) {
            continue;
        }
        if previous {
            certificate.previous.retain(|(u, _)| !wanted.contains(u));
        } else {
            certificate.uses.retain(|u| !wanted.contains(u));
        }
    }
    Ok(vec![])
}

/// Test-CsCertificateConfiguration: each use the local computer's roles need, with the
/// certificate that serves it; a use without one, or with an expired one, is a warning.
fn test(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let topology = &engine.session.topology;
    let roles: Vec<String> = topology
        .pools
        .iter()
        .find(|p| p.computers.iter().any(|c| c.eq_ignore_ascii_case(LOCAL)))
        .map(|p| {
            topology
                .services_of_pool(&p.fqdn)
                .map(|s| s.role.clone())
                .collect()
        })
        .unwrap_or_default();
    let needed: Vec<&str> = USES
        .iter()
        .filter(|(_, holders)| holders.iter().any(|h| roles.iter().any(|r| r == h)))
        .map(|(n, _)| *n)
        .filter(|n| !["External", "XMPPServer"].contains(n))
        .collect();
    let now = DateTime::now();
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for used in needed {
        let serving =
            topology.operations.certificates.iter().find(|c| {
                c.computer.eq_ignore_ascii_case(LOCAL) && c.uses.iter().any(|u| u == used)
            });
        match serving {
            None => warnings.push(format!("No certificate is assigned for the use {used} on {LOCAL}: request one and assign it (Request-CsCertificate, Set-CsCertificate).")),
            Some(c) if DateTime::parse(&c.not_after).is_some_and(|d| d.0 < now.0) => warnings.push(format!("The certificate {} for the use {used} expired on {}.", c.thumbprint, DateTime::parse(&c.not_after).map(|d| d.format("M/d/yyyy")).unwrap_or_default())),
            Some(c) => out.push(Value::object(
                PsObject::new("Microsoft.Rtc.Management.Deployment.CertificateExists")
                    .with("Thumbprint", Value::str(&c.thumbprint))
                    .with("Use", Value::str(used)),
            )),
        }
    }
    for warning in &warnings {
        engine.write_warning(call, warning)?;
    }
    super::files::write_report(engine, call, &warnings)?;
    Ok(out)
}
