//! Kerberos web authentication: New-CsKerberosAccount creates the computer account a site's
//! web servers share, Set-CsKerberosAccountPassword gives it a new password and sets it on
//! the web servers of the sites assigned the account (or copies one server's setting to
//! another), and Test-CsKerberosAccountAssignment checks that a site's assignment works.
//!
//! The accounts live in the lab's Active Directory (`Operations::kerberos_accounts`); the
//! assignments are CsKerberosAccountAssignment records. A password is a generation number: a
//! web server works while it holds the account's current one.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::identity::Scope;
use crate::store::operations::KerberosAccount;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("New-CsKerberosAccount", new_account),
    ("Set-CsKerberosAccountPassword", set_password),
    ("Test-CsKerberosAccountAssignment", test_assignment),
];

const ASSIGNMENTS: &str = "CsKerberosAccountAssignment";

/// The lab's domain, as account names spell it.
const DOMAIN: &str = "LITWAREINC";

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "AccountNotFound" | "ComputerNotFound" | "AssignmentNotFound" => {
            ErrorCategory::ObjectNotFound
        }
        "AccountExists" => ErrorCategory::ResourceExists,
        "InvalidKerberosConfiguration" => ErrorCategory::InvalidData,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(super::family::error(
        engine, call, message, id, category, target,
    ))
}

/// `-UserAccount` as `DOMAIN\name`, checked to be in the lab's domain.
fn account_name(engine: &Engine, call: &Call) -> Result<String, Flow> {
    let typed = call.bound.text("UserAccount").unwrap_or_default();
    match typed.trim().split_once('\\') {
        Some((domain, name)) if domain.eq_ignore_ascii_case(DOMAIN) && !name.is_empty() => {
            Ok(format!("{DOMAIN}\\{name}"))
        }
        Some((domain, _)) if !domain.eq_ignore_ascii_case(DOMAIN) => Err(fail(
            engine,
            call,
            format!("Cannot find the domain \"{domain}\": the lab's forest has only litwareinc."),
            "DomainNotFound",
            &typed,
        )),
        _ => Err(fail(
            engine,
            call,
            format!("\"{typed}\" is not an account name: give it as domain\\name, such as litwareinc\\kerberostest."),
            "InvalidAccountName",
            &typed,
        )),
    }
}

fn account_index(engine: &Engine, name: &str) -> Option<usize> {
    engine
        .session
        .topology
        .operations
        .kerberos_accounts
        .iter()
        .position(|a| a.account.eq_ignore_ascii_case(name))
}

/// The computers of a site that run web services.
fn web_servers(engine: &Engine, site: &str) -> Vec<String> {
    let topology = &engine.session.topology;
    topology
        .services
        .iter()
        .filter(|s| s.role == "WebServer")
        .filter_map(|s| topology.pool(&s.pool))
        .filter(|p| p.site.eq_ignore_ascii_case(site))
        .flat_map(|p| p.computers.clone())
        .collect()
}

/// The sites assigned an account, as their names.
fn sites_assigned(engine: &Engine, account: &str) -> Vec<String> {
    engine
        .session
        .store
        .records(ASSIGNMENTS)
        .iter()
        .filter(|r| {
            r.text(ASSIGNMENTS, "UserAccount")
                .eq_ignore_ascii_case(account)
        })
        .filter_map(|r| match &r.identity {
            Scope::Site(site) => Some(site.clone()),
            _ => None,
        })
        .collect()
}

fn new_account(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let account = account_name(engine, call)?;
    if account_index(engine, &account).is_some() {
        let message = format!("The account {account} already exists in Active Directory.");
        return Err(fail(engine, call, message, "AccountExists", &account));
    }
    let container = call
        .bound
        .text("ContainerDN")
        .unwrap_or_else(|| "CN=Computers,DC=litwareinc,DC=com".into());
    if !container
        .to_ascii_lowercase()
        .ends_with("dc=litwareinc,dc=com")
    {
        let message =
            format!("Cannot find the container \"{container}\" in the litwareinc.com domain.");
        return Err(fail(engine, call, message, "ContainerNotFound", &container));
    }
    if !engine.should_process(call, &account)? {
        return Ok(vec![]);
    }
    engine
        .session
        .topology
        .operations
        .kerberos_accounts
        .push(KerberosAccount {
            account: account.clone(),
            container: container.clone(),
            password: 1,
            configured: Vec::new(),
        });
    let line = format!("The computer account {account} was created in {container}.");
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

fn set_password(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    if call.bound.get("FromComputer").is_some() {
        return copy_password(engine, call);
    }
    let account = account_name(engine, call)?;
    let Some(index) = account_index(engine, &account) else {
        let message = format!("Cannot find the account {account} in Active Directory: create it with New-CsKerberosAccount.");
        return Err(fail(engine, call, message, "AccountNotFound", &account));
    };
    let computers: Vec<String> = sites_assigned(engine, &account)
        .iter()
        .flat_map(|site| web_servers(engine, site))
        .collect();
    if !engine.should_process(call, &account)? {
        return Ok(vec![]);
    }
    let entry = &mut engine.session.topology.operations.kerberos_accounts[index];
    entry.password += 1;
    let password = entry.password;
    entry.configured.retain(|(c, _)| !computers.contains(c));
    entry
        .configured
        .extend(computers.iter().map(|c| (c.clone(), password)));
    let line = format!(
        "The password of {account} was changed and set on {} web server(s): {}.",
        computers.len(),
        computers.join(", ")
    );
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

/// -FromComputer and -ToComputer: the target takes the account and password the source holds.
fn copy_password(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut named = Vec::new();
    for parameter in ["FromComputer", "ToComputer"] {
        let typed = call.bound.text(parameter).unwrap_or_default();
        let Some(computer) = engine.session.topology.computer(&typed) else {
            let message = format!("Cannot find computer \"{typed}\" in the topology.");
            return Err(fail(engine, call, message, "ComputerNotFound", &typed));
        };
        named.push(computer.to_string());
    }
    let (from, to) = (named[0].clone(), named[1].clone());
    let held = engine
        .session
        .topology
        .operations
        .kerberos_accounts
        .iter()
        .enumerate()
        .find_map(|(i, a)| {
            a.configured
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(&from))
                .map(|(_, generation)| (i, *generation))
        });
    let Some((index, generation)) = held else {
        let message = format!("{from} holds no Kerberos account setting to copy.");
        return Err(fail(engine, call, message, "AccountNotFound", &from));
    };
    if !engine.should_process(call, &to)? {
        return Ok(vec![]);
    }
    for account in engine
        .session
        .topology
        .operations
        .kerberos_accounts
        .iter_mut()
    {
        account
            .configured
            .retain(|(c, _)| !c.eq_ignore_ascii_case(&to));
    }
    let entry = &mut engine.session.topology.operations.kerberos_accounts[index];
    entry.configured.push((to.clone(), generation));
    let line = format!(
        "{to} now holds the setting of {} that {from} holds.",
        entry.account
    );
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

/// Checks the site's assignment: the account exists, and every web server of the site holds
/// its current password. Nothing is returned; each problem is an error, and -Report logs the
/// checks.
fn test_assignment(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let typed = call.bound.text("Identity").unwrap_or_default();
    let assignment = engine
        .session
        .store
        .records(ASSIGNMENTS)
        .iter()
        .find(|r| r.identity.to_string().eq_ignore_ascii_case(typed.trim()))
        .map(|r| (r.identity.clone(), r.text(ASSIGNMENTS, "UserAccount")));
    let Some((identity, account)) = assignment else {
        let message = format!("No Kerberos account is assigned to \"{typed}\": assign one with New-CsKerberosAccountAssignment.");
        return Err(fail(engine, call, message, "AssignmentNotFound", &typed));
    };
    let Scope::Site(site) = identity else {
        return Ok(vec![]);
    };
    let mut lines = vec![format!("Site {site} is assigned {account}.")];
    let Some(index) = account_index(engine, &account) else {
        lines.push("InvalidKerberosConfiguration: The Kerberos configuration is invalid.".into());
        super::files::write_report(engine, call, &lines)?;
        let message = format!("InvalidKerberosConfiguration: The Kerberos configuration is invalid. The account {account} does not exist in Active Directory.");
        return Err(fail(
            engine,
            call,
            message,
            "InvalidKerberosConfiguration",
            &account,
        ));
    };
    let entry = engine.session.topology.operations.kerberos_accounts[index].clone();
    let mut failures = Vec::new();
    for computer in web_servers(engine, &site) {
        let current = entry
            .configured
            .iter()
            .any(|(c, g)| c.eq_ignore_ascii_case(&computer) && *g == entry.password);
        if current {
            lines.push(format!(
                "The Kerberos configuration on {computer} is valid."
            ));
        } else {
            let message = format!("InvalidKerberosConfiguration: The Kerberos configuration on {computer} is invalid. The expected assigned account is {}. Ensure that the account has not expired, and the configured password on the machine matches the Active Directory password of the account.", entry.account);
            lines.push(message.clone());
            failures.push((computer, message));
        }
    }
    super::files::write_report(engine, call, &lines)?;
    for (computer, message) in failures {
        let record = engine
            .cmdlet_error(
                call,
                message,
                "InvalidKerberosConfiguration",
                ErrorCategory::InvalidData,
                "InvalidOperationException",
            )
            .with_target(computer, "String");
        engine.write_error(record)?;
    }
    engine.verbose(call, &lines.join(" "));
    Ok(vec![])
}
