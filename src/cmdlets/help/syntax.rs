//! Get-Help's SYNTAX lines and parameter headings, generated from a signature in PowerShell's
//! notation: `[[-Identity] <XdsIdentity>]` for an optional positional parameter,
//! `-Name <String>` for a mandatory named one, `[-Force]` for a switch, and
//! `[<CommonParameters>]` at the end of every parameter set.

use crate::signature::{ParamDecl, ParamType, Signature};

/// The parameters ShouldProcess adds, which PowerShell lists last, in this order.
const SHOULD_PROCESS: [&str; 2] = ["WhatIf", "Confirm"];

/// One line per parameter set, the default set first.
pub fn lines(sig: &Signature) -> Vec<String> {
    parts(sig).iter().map(|p| p.join(" ")).collect()
}

/// The pieces of each line (the name, one per parameter, `[<CommonParameters>]`), so that a
/// long line can be wrapped between parameters.
pub fn parts(sig: &Signature) -> Vec<Vec<String>> {
    let mut sets = sig.set_names();
    if let Some(default) = &sig.default_set {
        sets.sort_by_key(|s| !s.eq_ignore_ascii_case(default));
    }
    sets.iter().map(|set| set_parts(sig, set)).collect()
}

fn set_parts(sig: &Signature, set: &str) -> Vec<String> {
    let mut parts = vec![sig.name.clone()];
    parts.extend(in_syntax_order(sig, set).into_iter().map(notation));
    parts.push("[<CommonParameters>]".into());
    parts
}

/// The parameters of `set`: positional ones by position, then the others as declared, with
/// `-WhatIf` and `-Confirm` last.
pub fn in_syntax_order<'s>(sig: &'s Signature, set: &str) -> Vec<&'s ParamDecl> {
    let in_set = || sig.params.iter().filter(move |p| p.is_in_set(set));
    let mut positional: Vec<&ParamDecl> = in_set().filter(|p| p.position.is_some()).collect();
    positional.sort_by_key(|p| p.position);
    let named = in_set().filter(|p| p.position.is_none() && !is_should_process(p));
    let last = SHOULD_PROCESS
        .iter()
        .filter_map(|name| in_set().find(|p| p.name.eq_ignore_ascii_case(name)));
    positional.into_iter().chain(named).chain(last).collect()
}

fn is_should_process(p: &ParamDecl) -> bool {
    SHOULD_PROCESS
        .iter()
        .any(|s| p.name.eq_ignore_ascii_case(s))
}

/// `<UInt16>`, `<String[]>`; empty for a switch.
fn value_label(p: &ParamDecl) -> String {
    match p.ty {
        ParamType::Switch => String::new(),
        _ => format!(" <{}>", p.ty.syntax_name()),
    }
}

/// How one parameter appears in a SYNTAX line.
fn notation(p: &ParamDecl) -> String {
    let name = match p.position {
        Some(_) => format!("[-{}]", p.name),
        None => format!("-{}", p.name),
    };
    let text = format!("{name}{}", value_label(p));
    if p.mandatory {
        text
    } else {
        format!("[{text}]")
    }
}

/// The heading of a parameter's help block: `-Name <String[]>`, `-Force [<SwitchParameter>]`.
pub fn heading(p: &ParamDecl) -> String {
    match p.ty {
        ParamType::Switch => format!("-{} [<SwitchParameter>]", p.name),
        _ => format!("-{}{}", p.name, value_label(p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;

    fn syntax(name: &str) -> Vec<String> {
        Registry::new()
            .resolve(name)
            .map(|e| lines(&e.signature))
            .unwrap_or_default()
    }

    #[test]
    fn set_conferencing_configuration() {
        let lines = syntax("Set-CsConferencingConfiguration");
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with(
            "Set-CsConferencingConfiguration [[-Identity] <XdsIdentity>] [-MaxContentStorageMb <UInt16>]"
        ));
        assert!(lines[0].contains(" [-ClientAudioPort <UInt16>] "));
        assert!(lines[0].contains(" [-ContentGracePeriod <TimeSpan>] "));
        assert!(lines[0].contains(" [-ClientMediaPortRangeEnabled <Boolean>] "));
        assert!(lines[0].ends_with(" [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]"));
        assert!(!lines[0].contains("-Instance"));
        assert!(lines[1].starts_with("Set-CsConferencingConfiguration [-Instance <PSObject>] "));
    }

    #[test]
    fn mandatory_positional_and_switches() {
        let new = syntax("New-CsConferencingConfiguration");
        assert!(new[0].starts_with("New-CsConferencingConfiguration [-Identity] <XdsIdentity> "));
        assert!(new[0].contains(" [-InMemory] "));
        let catalog = syntax("Get-CsUser");
        assert!(catalog[0].starts_with("Get-CsUser [[-Identity] <UserIdParameter>]"));
        assert!(catalog.iter().all(|l| l.ends_with(" [<CommonParameters>]")));
    }

    #[test]
    fn confirm_comes_after_whatif_in_catalog_signatures() {
        let lines = syntax("Remove-CsVoicePolicy");
        assert!(lines[0].ends_with(" [-WhatIf] [-Confirm] [<CommonParameters>]"));
    }

    #[test]
    fn generic_types_show_their_own_name() {
        let other = |name: &str| ParamType::Other(name.into()).syntax_name();
        let unlimited = "Microsoft.Rtc.Management.ADConnect.Core.Unlimited`1[System.UInt32]";
        assert_eq!(other(unlimited), "Unlimited");
        assert_eq!(other("System.Nullable`1[System.Guid]"), "Guid");
        assert_eq!(other("Microsoft.Rtc.Management.Deploy.Fqdn[]"), "Fqdn[]");
        assert!(syntax("Get-CsUser")[0].contains(" [-ResultSize <Unlimited>] "));
    }

    #[test]
    fn every_catalog_signature_renders_cleanly() {
        for sig in crate::catalog::all() {
            for line in lines(sig) {
                let types_ok = !line.contains('`') && !line.replace("[]>", "").contains("]>");
                assert!(types_ok, "{line}");
                assert!(line.starts_with(&format!("{} ", sig.name)), "{line}");
            }
        }
    }

    #[test]
    fn headings() {
        let force = ParamDecl::new("Force", ParamType::Switch);
        assert_eq!(heading(&force), "-Force [<SwitchParameter>]");
        let names = ParamDecl::new("Name", ParamType::Array(Box::new(ParamType::String)));
        assert_eq!(heading(&names), "-Name <String[]>");
        assert_eq!(notation(&names.clone().mandatory()), "-Name <String[]>");
        assert_eq!(notation(&names.at(0)), "[[-Name] <String[]>]");
    }
}
