//! Tab completion: what may stand at the cursor, from the same registry, signatures and
//! session the engine uses. Command and alias names (a prefix or a wildcard such as
//! `Get-*Conf*`); parameter names after `-` (only those not bound yet and valid in a parameter
//! set that the bound ones leave open); values after a parameter (`$true`/`$false`, enum
//! members, the identities that exist, sites and pools of the topology); variable names after
//! `$`; property names after `$x.` or `$_.` when the object's type is known.

use super::knowledge::Knowledge;
use super::scan::{scan, Scan};
use crate::cmdlets::{family, CmdletEntry, FamilyVerb, Kind};
use crate::engine::bind::{common_parameters, resolve_parameter};
use crate::identity::Scope;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::store::Record;
use crate::value::Value;
use crate::wildcard::wildcard_match;

/// Replacements for `line[start..cursor]`, in the order Tab cycles through them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    pub start: usize,
    pub candidates: Vec<String>,
}

/// Variables every session has, offered after `$` with the user's own.
const AUTOMATIC_VARIABLES: &[&str] = &["true", "false", "null", "_", "Error", "?"];

pub fn complete(line: &str, cursor: usize, k: &Knowledge) -> Completion {
    let cursor = floor_boundary(line, cursor);
    let scanned = scan(&line[..cursor]);
    if scanned.in_string {
        return quoted_value(line, cursor, &scanned, k);
    }
    let word = &line[scanned.word_start..cursor];
    let at = scanned.word_start;
    if let Some(variable) = word.strip_prefix('$') {
        return match variable.rsplit_once('.') {
            Some((name, prefix)) => Completion {
                start: at + 1 + name.len() + 1,
                candidates: matching(properties_of(name, &scanned, k), prefix),
            },
            None => Completion {
                start: at,
                candidates: matching(variable_names(k), variable)
                    .into_iter()
                    .map(|n| format!("${n}"))
                    .collect(),
            },
        };
    }
    let words = &scanned.words;
    let Some(command_word) = words.first() else {
        if word.is_empty() || word.starts_with('-') {
            return Completion::default();
        }
        return Completion {
            start: at,
            candidates: matching(k.command_names().to_vec(), word),
        };
    };
    let Some(entry) = k.resolve(command_word) else {
        return Completion::default();
    };
    let sig = &entry.signature;
    let args = Args::read(sig, &words[1..]);
    if let Some(typed) = word.strip_prefix('-') {
        if let Some((name, value)) = typed.split_once(':') {
            let values = match resolve_parameter(sig, name) {
                Ok(p) => values_for(p, &entry, k),
                Err(_) => Vec::new(),
            };
            return Completion {
                start: at + 1 + name.len() + 1,
                candidates: matching(values, value),
            };
        }
        return Completion {
            start: at,
            candidates: matching(parameter_names(sig, &args.bound), typed)
                .into_iter()
                .map(|n| format!("-{n}"))
                .collect(),
        };
    }
    let param = match &args.awaiting {
        Some(p) => Some(p.clone()),
        None => next_positional(sig, &args),
    };
    let values = param.map(|p| values_for(&p, &entry, k)).unwrap_or_default();
    Completion {
        start: at,
        candidates: matching(values, word),
    }
}

/// Inside a quote that opens an argument (`-Identity "Ken M`): the values of the parameter it
/// is given to, quoted with the same quote. Any other text in quotes completes nothing.
fn quoted_value(line: &str, cursor: usize, scanned: &Scan, k: &Knowledge) -> Completion {
    let Some(open) = scanned.string_start else {
        return Completion::default();
    };
    let before = scan(&line[..open]);
    if before.in_string || before.word_start != open {
        return Completion::default();
    }
    let Some(entry) = before.words.first().and_then(|w| k.resolve(w)) else {
        return Completion::default();
    };
    let args = Args::read(&entry.signature, &before.words[1..]);
    let param = match &args.awaiting {
        Some(p) => Some(p.clone()),
        None => next_positional(&entry.signature, &args),
    };
    let values = param.map(|p| values_for(&p, &entry, k)).unwrap_or_default();
    let quote = &line[open..open + 1];
    let typed = &line[open + 1..cursor];
    let candidates = matching(values, typed)
        .into_iter()
        .map(|c| format!("{quote}{}{quote}", c.trim_matches(['"', '\''])))
        .collect();
    Completion {
        start: open,
        candidates,
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The candidates that `typed` starts (or, with `*` or `?`, matches as a wildcard), without
/// regard to case, in their given order and without duplicates.
fn matching(candidates: Vec<String>, typed: &str) -> Vec<String> {
    let pattern = if typed.contains(['*', '?']) {
        format!("{typed}*")
    } else {
        String::new()
    };
    let lower = typed.to_ascii_lowercase();
    let mut out: Vec<String> = Vec::new();
    for c in candidates {
        let hit = if pattern.is_empty() {
            // A quoted candidate ("Ken Myer") is matched by what it quotes too.
            let lower_c = c.to_ascii_lowercase();
            lower_c.starts_with(&lower)
                || lower_c.trim_start_matches(['"', '\'']).starts_with(&lower)
        } else {
            wildcard_match(&pattern, &c, false)
        };
        if hit && !out.iter().any(|o| o.eq_ignore_ascii_case(&c)) {
            out.push(c);
        }
    }
    out
}

/// What the words after the command name bind: named parameters, how many positional values,
/// and the parameter still waiting for its value (the last word was `-Name`).
struct Args {
    bound: Vec<String>,
    positionals: usize,
    awaiting: Option<ParamDecl>,
}

impl Args {
    fn read(sig: &Signature, words: &[String]) -> Args {
        let mut args = Args {
            bound: Vec::new(),
            positionals: 0,
            awaiting: None,
        };
        for word in words {
            let parameter = word
                .strip_prefix('-')
                .filter(|w| w.starts_with(|c: char| c.is_alphabetic() || c == '_'));
            match parameter {
                Some(typed) => {
                    let (name, inline_value) = match typed.split_once(':') {
                        Some((name, value)) => (name, !value.is_empty()),
                        None => (typed, false),
                    };
                    args.awaiting = None;
                    if let Ok(p) = resolve_parameter(sig, name) {
                        args.bound.push(p.name.clone());
                        if !inline_value && p.ty != ParamType::Switch {
                            args.awaiting = Some(p.clone());
                        }
                    }
                }
                None if args.awaiting.is_some() => args.awaiting = None,
                None => args.positionals += 1,
            }
        }
        args
    }
}

/// The sets still possible once `bound` are bound (every set for a parameter in all sets).
fn open_sets(sig: &Signature, bound: &[String]) -> Vec<String> {
    sig.set_names()
        .into_iter()
        .filter(|set| {
            bound
                .iter()
                .filter_map(|b| sig.param(b))
                .all(|p| p.is_in_set(set))
        })
        .collect()
}

/// Parameters not bound yet that a still-open set accepts, in PowerShell's order: declared,
/// common, then `-WhatIf`/`-Confirm`.
fn parameter_names(sig: &Signature, bound: &[String]) -> Vec<String> {
    let sets = open_sets(sig, bound);
    let free = |p: &&ParamDecl| !bound.iter().any(|b| b.eq_ignore_ascii_case(&p.name));
    let should_process = |p: &&ParamDecl| {
        p.name.eq_ignore_ascii_case("WhatIf") || p.name.eq_ignore_ascii_case("Confirm")
    };
    let declared = sig
        .params
        .iter()
        .filter(|p| sets.iter().any(|s| p.is_in_set(s)))
        .filter(free);
    let (last, first): (Vec<&ParamDecl>, Vec<&ParamDecl>) = declared.partition(should_process);
    first
        .into_iter()
        .chain(common_parameters().iter().filter(free))
        .chain(last)
        .map(|p| p.name.clone())
        .collect()
}

/// The mandatory parameters that `words` (what follows the command name) leave unbound in the
/// set the binder would most likely choose: the default set if still open, else the first.
pub(super) fn missing_mandatory(sig: &Signature, words: &[String]) -> Vec<ParamDecl> {
    let args = Args::read(sig, words);
    let sets = open_sets(sig, &args.bound);
    let set = sets
        .iter()
        .find(|s| {
            sig.default_set
                .as_deref()
                .is_some_and(|d| d.eq_ignore_ascii_case(s))
        })
        .or(sets.first());
    let Some(set) = set else {
        return Vec::new();
    };
    let mut positional: Vec<&ParamDecl> = sig
        .params
        .iter()
        .filter(|p| p.position.is_some() && p.is_in_set(set))
        .filter(|p| !args.bound.iter().any(|b| b.eq_ignore_ascii_case(&p.name)))
        .collect();
    positional.sort_by_key(|p| p.position);
    let filled: Vec<&str> = positional
        .iter()
        .take(args.positionals)
        .map(|p| p.name.as_str())
        .collect();
    sig.params
        .iter()
        .filter(|p| p.mandatory && p.is_in_set(set))
        .filter(|p| !args.bound.iter().any(|b| b.eq_ignore_ascii_case(&p.name)))
        .filter(|p| !filled.contains(&p.name.as_str()))
        .cloned()
        .collect()
}

/// The positional parameter the next bare value would bind to.
fn next_positional(sig: &Signature, args: &Args) -> Option<ParamDecl> {
    let sets = open_sets(sig, &args.bound);
    let mut positional: Vec<&ParamDecl> = sig
        .params
        .iter()
        .filter(|p| p.position.is_some() && sets.iter().any(|s| p.is_in_set(s)))
        .filter(|p| !args.bound.iter().any(|b| b.eq_ignore_ascii_case(&p.name)))
        .collect();
    positional.sort_by_key(|p| p.position);
    positional.get(args.positionals).map(|p| (*p).clone())
}

/// The values worth offering for parameter `p` of `entry`.
fn values_for(p: &ParamDecl, entry: &CmdletEntry, k: &Knowledge) -> Vec<String> {
    let ty = match &p.ty {
        ParamType::Array(inner) => inner.as_ref(),
        ty => ty,
    };
    match ty {
        ParamType::Bool | ParamType::Switch => vec!["$true".into(), "$false".into()],
        ParamType::Enum { values, .. } => values.clone(),
        ParamType::XdsIdentity => identities(entry, k),
        ParamType::Other(name) if name == "UserIdParameter" => user_names(k),
        _ if p.name.eq_ignore_ascii_case("Identity") => identities(entry, k),
        _ if p.name.eq_ignore_ascii_case("PolicyName") => granted_policies(entry, k),
        _ if p.name.eq_ignore_ascii_case("Target")
            || p.name.eq_ignore_ascii_case("RegistrarPool") =>
        {
            k.session
                .topology
                .services
                .iter()
                .filter(|s| s.role == "Registrar")
                .map(|s| s.pool.clone())
                .collect()
        }
        _ if p.name.eq_ignore_ascii_case("Scenario") => {
            let mut names: Vec<String> = k
                .session
                .store
                .records("CsClsScenario")
                .iter()
                .map(|r| r.identity.to_string())
                .filter_map(|id| id.rsplit_once('/').map(|(_, name)| name.to_string()))
                .collect();
            names.sort_by_key(|n| n.to_ascii_lowercase());
            names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
            names
        }
        _ if p.name.eq_ignore_ascii_case("ComputerName") => k
            .session
            .topology
            .pools
            .iter()
            .flat_map(|pool| pool.computers.iter().cloned())
            .collect(),
        _ if p.name.eq_ignore_ascii_case("Site") => k
            .session
            .topology
            .sites
            .iter()
            .map(|s| s.name.clone())
            .collect(),
        _ if p.name.to_ascii_lowercase().contains("pool") => k
            .session
            .topology
            .pools
            .iter()
            .map(|pool| pool.fqdn.clone())
            .collect(),
        _ => Vec::new(),
    }
}

/// The directory's users by display name, quoted when the name has a space.
fn user_names(k: &Knowledge) -> Vec<String> {
    k.session
        .directory
        .users()
        .iter()
        .map(|u| {
            if u.display_name.contains(' ') {
                format!("\"{}\"", u.display_name)
            } else {
                u.display_name.clone()
            }
        })
        .collect()
}

/// For a Grant cmdlet's -PolicyName: the per-user policies of its family, by name.
fn granted_policies(entry: &CmdletEntry, k: &Knowledge) -> Vec<String> {
    let Some(kind) = crate::directory::kind_granted_by(entry.name()) else {
        return Vec::new();
    };
    let Some(family) = crate::families::find(crate::directory::POLICY_KINDS[kind].family) else {
        return Vec::new();
    };
    k.session
        .store
        .records(family.noun)
        .iter()
        .filter_map(|r| match &r.identity {
            Scope::Tag(name) => Some(name.clone()),
            _ => None,
        })
        .collect()
}

/// An identity as one types it: `global`, `site:Redmond`, `service:Role:fqdn`, `tag:Name`.
fn typed_identity(scope: &Scope) -> String {
    match scope {
        Scope::Global => "global".into(),
        Scope::Site(name) => format!("site:{name}"),
        Scope::Service { role, fqdn } => format!("service:{role}:{fqdn}"),
        Scope::Tag(name) => format!("tag:{name}"),
        Scope::Name(name) => name.clone(),
    }
}

/// Identities for `-Identity`: a family's Get/Set/Remove offer the records that exist, its New
/// the scopes of the topology it allows and that have no record yet; other cmdlets offer
/// global and the topology's sites and services.
fn identities(entry: &CmdletEntry, k: &Knowledge) -> Vec<String> {
    let topology = &k.session.topology;
    let all_scopes = || {
        std::iter::once(Scope::Global)
            .chain(topology.sites.iter().map(|s| Scope::Site(s.name.clone())))
            .chain(topology.services.iter().map(|s| Scope::Service {
                role: s.role.clone(),
                fqdn: s.pool.clone(),
            }))
    };
    let scopes: Vec<Scope> = match entry.kind {
        Kind::Family(decl, FamilyVerb::New) => {
            let records = k.session.store.records(decl.noun);
            all_scopes()
                .filter(|s| decl.allows(s))
                .filter(|s| !records.iter().any(|r| r.identity.same_as(s)))
                .collect()
        }
        Kind::Family(decl, _) => k
            .session
            .store
            .records(decl.noun)
            .iter()
            .map(|r| r.identity.clone())
            .collect(),
        _ => all_scopes().collect(),
    };
    scopes.iter().map(typed_identity).collect()
}

fn variable_names(k: &Knowledge) -> Vec<String> {
    let mut names: Vec<String> = k
        .session
        .variables
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    names.extend(AUTOMATIC_VARIABLES.iter().map(|n| n.to_string()));
    names
}

/// The property names of `$name`: a variable's object, or for `$_` the objects the command
/// before the enclosing script block's command writes.
fn properties_of(name: &str, scanned: &Scan, k: &Knowledge) -> Vec<String> {
    if name == "_" || name.eq_ignore_ascii_case("PSItem") {
        return scanned
            .piped_from
            .as_ref()
            .and_then(|words| output_properties(words, k))
            .unwrap_or_default();
    }
    let Some(value) = k.session.variables.get(name) else {
        return Vec::new();
    };
    let first = value.clone().into_items().into_iter().next();
    match first {
        Some(Value::Object(object)) => object
            .borrow()
            .properties
            .iter()
            .map(|(n, _)| n.to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// The properties of what the command in `words` outputs, when its type is known: a
/// configuration family's records, or a variable's objects.
fn output_properties(words: &[String], k: &Knowledge) -> Option<Vec<String>> {
    let first = words.first()?;
    if let Some(variable) = first.strip_prefix('$') {
        let scan = Scan::default();
        return Some(properties_of(variable, &scan, k));
    }
    let entry = k.resolve(first)?;
    let Kind::Family(decl, FamilyVerb::Get | FamilyVerb::New | FamilyVerb::Set) = entry.kind else {
        return None;
    };
    let record = Record {
        identity: Scope::Global,
        values: decl.defaults(),
    };
    match family::to_object(decl, &record) {
        Value::Object(object) => Some(
            object
                .borrow()
                .properties
                .iter()
                .map(|(n, _)| n.to_string())
                .collect(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;
    use crate::engine::BufferHost;
    use crate::session::Session;
    use std::rc::Rc;

    fn knowledge_after(setup: &str) -> Knowledge {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        engine.run(setup, "line").unwrap();
        Knowledge::new(engine.shared_registry(), engine.session.clone())
    }

    fn complete_end(line: &str, k: &Knowledge) -> Vec<String> {
        complete(line, line.len(), k).candidates
    }

    #[test]
    fn command_names_by_prefix_and_wildcard() {
        let k = Knowledge::new(Rc::new(Registry::new()), Session::lab());
        assert_eq!(
            complete_end("Get-CsConferencingConf", &k),
            vec!["Get-CsConferencingConfiguration"]
        );
        let wild = complete_end("Get-*Conf*", &k);
        assert!(wild.contains(&"Get-CsConferencingConfiguration".to_string()));
        assert!(wild.iter().all(|n| n.starts_with("Get-")));
        let c = complete("Get-CsConferencingConfiguration | Sel", 37, &k);
        assert_eq!(c.start, 34);
        assert_eq!(
            c.candidates,
            vec!["Select-Object", "Select-String", "select"]
        );
        assert!(complete_end("get-cscon", &k).len() > 1);
    }

    #[test]
    fn inside_a_quote_that_opens_an_argument() {
        let k = knowledge_after("");
        let c = complete("Set-CsUser -Identity \"Ken M", 26, &k);
        assert_eq!(
            (c.start, c.candidates),
            (21, vec!["\"Ken Myer\"".to_string()])
        );
        assert_eq!(
            complete_end(
                "Grant-CsConferencingPolicy \"Ken Myer\" -PolicyName 'Sal",
                &k
            ),
            vec!["'SalesConferencingPolicy'"]
        );
        assert!(complete_end("Write-Host \"Ken", &k).is_empty());
        assert!(complete_end("Get-CsUser -Identity x\"Ken", &k).is_empty());
    }

    #[test]
    fn users_policies_and_registrar_pools() {
        let k = knowledge_after("");
        assert_eq!(
            complete_end("Get-CsUser -Identity Ken", &k),
            vec!["\"Ken Myer\""]
        );
        assert_eq!(
            complete_end("Grant-CsConferencingPolicy \"Ken Myer\" -PolicyName Sa", &k),
            vec!["SalesConferencingPolicy"]
        );
        assert_eq!(
            complete_end("Move-CsUser \"Ken Myer\" -Target ", &k),
            vec![
                "atl-cs-001.litwareinc.com",
                "redmond.litwareinc.com",
                "dublin-cs-001.litwareinc.com",
                "atl-cs-002.litwareinc.com",
                "pool0.litwareinc.com",
                "atl-rgs-001.litwareinc.com"
            ]
        );
    }

    #[test]
    fn parameters_not_yet_bound() {
        let k = knowledge_after("");
        assert_eq!(
            complete_end("Set-CsConferencingConfiguration -ClientMed", &k),
            vec![
                "-ClientMediaPortRangeEnabled",
                "-ClientMediaPort",
                "-ClientMediaPortRange"
            ]
        );
        let left = complete_end(
            "Set-CsConferencingConfiguration -ClientMediaPort 1 -ClientMed",
            &k,
        );
        assert_eq!(
            left,
            vec!["-ClientMediaPortRangeEnabled", "-ClientMediaPortRange"]
        );
        let common = complete_end("Get-CsConferencingConfiguration -Err", &k);
        assert_eq!(common, vec!["-ErrorAction", "-ErrorVariable"]);
    }

    #[test]
    fn parameters_of_other_sets_are_left_out() {
        let k = knowledge_after("");
        // -Instance and -Identity belong to different sets of Set-Cs...Configuration.
        let after_instance = complete_end("Set-CsConferencingConfiguration -Instance $x -Ide", &k);
        assert!(after_instance.is_empty(), "{after_instance:?}");
        assert_eq!(
            complete_end("Set-CsConferencingConfiguration -Ide", &k),
            vec!["-Identity"]
        );
    }

    #[test]
    fn values_of_logging_scenarios_and_computers() {
        let k = knowledge_after("$null");
        let scenarios = complete_end("Start-CsClsLogging -Scenario ", &k);
        assert!(scenarios.contains(&"AlwaysOn".to_string()), "{scenarios:?}");
        assert_eq!(
            complete_end("Stop-CsWindowsService -ComputerName atl-e", &k),
            vec!["atl-edge-001.litwareinc.com", "atl-edge-011.litwareinc.com"]
        );
    }

    #[test]
    fn values_booleans_enums_identities() {
        let k = knowledge_after("New-CsConferencingConfiguration -Identity site:Redmond");
        assert_eq!(
            complete_end(
                "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled ",
                &k
            ),
            vec!["$true", "$false"]
        );
        assert_eq!(
            complete_end("Get-CsConferencingConfiguration -Identity s", &k),
            vec!["site:Redmond"]
        );
        assert_eq!(
            complete_end("Get-CsConferencingConfiguration s", &k),
            vec!["site:Redmond"]
        );
        assert_eq!(
            complete_end("Get-CsConferencingConfiguration -Identity:g", &k),
            vec!["global"]
        );
        let new = complete_end("New-CsConferencingConfiguration -Identity ", &k);
        assert!(new.contains(&"site:Dublin".to_string()), "{new:?}");
        assert!(!new.contains(&"site:Redmond".to_string()), "{new:?}");
        assert_eq!(
            complete_end("Get-CsConferencingConfiguration -ErrorAction si", &k),
            vec!["SilentlyContinue"]
        );
    }

    #[test]
    fn variables_and_their_properties() {
        let k = knowledge_after("$conf = Get-CsConferencingConfiguration");
        assert_eq!(complete_end("$co", &k), vec!["$conf"]);
        assert_eq!(complete_end("$tr", &k), vec!["$true"]);
        let c = complete("$conf.ClientMediaPortR", 22, &k);
        assert_eq!(c.start, 6);
        assert_eq!(
            c.candidates,
            vec!["ClientMediaPortRangeEnabled", "ClientMediaPortRange"]
        );
        assert_eq!(
            complete_end(
                "Get-CsConferencingConfiguration | Where-Object { $_.ClientMediaPortRangeE",
                &k
            ),
            vec!["ClientMediaPortRangeEnabled"]
        );
        assert_eq!(complete_end("$conf | ? { $_.Ident", &k), vec!["Identity"]);
    }

    #[test]
    fn nothing_inside_strings_or_after_unknown_commands() {
        let k = knowledge_after("");
        assert!(complete_end("Write-Host 'Get-Cs", &k).is_empty());
        assert!(complete_end("Get-Nothing -Id", &k).is_empty());
        assert!(complete_end("", &k).is_empty());
        assert!(complete("é", 1, &k).candidates.is_empty());
    }
}
