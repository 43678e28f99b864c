//! PowerShell commands that would reach the host — run code from text, start programs, touch
//! files, processes or services — and the names of programs and scripts. lyncsh refuses them
//! with a clear message instead of the "not recognized" error an unknown name gets.

/// Commands refused, with what they would reach; `alias=Command` entries are PowerShell 3's
/// aliases.
const REFUSED: &[(&[&str], &str)] = &[
    (&["Invoke-Command", "icm=Invoke-Command"], "it runs code on the host or on other computers"),
    (&["Start-Process", "start=Start-Process", "saps=Start-Process"], "it starts programs on the host"),
    (&["Invoke-Item", "ii=Invoke-Item"], "it opens files with the host's programs"),
    (&["Start-Job", "Receive-Job"], "it runs code in background processes of the host"),
    (&["Add-Type"], "it reaches the host's .NET runtime"),
    (
        &["ConvertFrom-SecureString"],
        "an encrypted standard string is made with the host's Windows keys, and the lab keeps no secrets",
    ),
    (
        &[
            "Resolve-Path",
            "Set-Item", "Get-ItemProperty", "gp=Get-ItemProperty",
            "Set-ItemProperty", "sp=Set-ItemProperty", "New-ItemProperty",
        ],
        "it works on the host's file system beyond reading and writing files in the files folder (Import-Csv, Export-Csv, Export-Clixml, Import-Clixml, Get-Content, Set-Content, Out-File, New-Item, mkdir, Get-Item, Get-ChildItem, Copy-Item, Move-Item, Rename-Item and Remove-Item do that)",
    ),
    (
        &[
            "Get-Process", "gps=Get-Process", "ps=Get-Process", "Stop-Process", "kill=Stop-Process",
            "spps=Stop-Process", "Get-Service", "gsv=Get-Service", "Start-Service", "Stop-Service",
            "Restart-Service", "Restart-Computer", "Stop-Computer", "Get-WmiObject",
            "gwmi=Get-WmiObject", "Get-CimInstance", "Get-EventLog", "Enable-WSManCredSSP",
            "Enable-PSRemoting", "Mount-DiskImage", "Dismount-DiskImage", "Get-PSDrive",
        ],
        "it works on the host's processes, services or system",
    ),
    (
        &[
            "Enter-PSSession", "New-PSSession", "Import-PSSession", "Get-PSSession",
            "Remove-PSSession", "Exit-PSSession",
        ],
        "it connects to other computers",
    ),
    (&["Add-PSSnapin", "Get-PSSnapin", "Remove-PSSnapin"], "it loads the host's snap-ins"),
    (&["Out-GridView", "ogv=Out-GridView", "Show-Command"], "it opens a window on the host"),
    (
        &[
            "Get-ADUser", "Set-ADUser", "New-ADUser", "Remove-ADUser", "Get-ADGroup",
            "Get-ADGroupMember", "Add-ADGroupMember", "Remove-ADGroupMember", "Get-ADComputer",
            "Get-ADDomain", "Get-ADForest", "Get-ADDomainController", "Get-ADObject",
            "Set-ADObject", "Get-ADOrganizationalUnit",
        ],
        "it belongs to the ActiveDirectory module, which reaches a real domain; Get-CsAdUser reads the lab's directory",
    ),
    (
        &[
            "Send-MailMessage", "Invoke-WebRequest", "iwr=Invoke-WebRequest",
            "Invoke-RestMethod", "irm=Invoke-RestMethod", "Test-Connection",
            "Start-BitsTransfer", "Invoke-Sqlcmd",
        ],
        "it reaches the network (mail, web or other computers)",
    ),
];

/// Parameters of emulated commands that would reach the host, with what they would reach.
const REFUSED_PARAMETERS: &[(&str, &str, &str)] = &[(
    "New-Object",
    "ComObject",
    "a COM object is a program of the host",
)];

/// Why lyncsh will not run `command` given `parameter`, if that reaches the host.
pub fn parameter_refusal(command: &str, parameter: &str) -> Option<String> {
    REFUSED_PARAMETERS
        .iter()
        .find(|(c, p, _)| c.eq_ignore_ascii_case(command) && p.eq_ignore_ascii_case(parameter))
        .map(|(c, p, reason)| format!("lyncsh does not run {c} -{p}: {reason}."))
}

/// Programs of every Windows computer that admin scripts call by name alone.
const WINDOWS_PROGRAMS: &[&str] = &[
    "certutil",
    "cmd",
    "dcdiag",
    "gpupdate",
    "hostname",
    "ipconfig",
    "klist",
    "msiexec",
    "net",
    "netsh",
    "netstat",
    "notepad",
    "nslookup",
    "ping",
    "powershell",
    "reg",
    "repadmin",
    "robocopy",
    "schtasks",
    "setspn",
    "shutdown",
    "taskkill",
    "tasklist",
    "tracert",
    "wevtutil",
    "whoami",
    "xcopy",
];

/// File-name endings of programs and scripts.
const PROGRAM_ENDINGS: &[&str] = &[".exe", ".com", ".bat", ".cmd", ".psm1", ".vbs", ".msc"];

/// Why lyncsh will not run `name`, if it is a command that would reach the host.
pub fn refusal(name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    for (names, reason) in REFUSED {
        for entry in names.iter() {
            let (alias, command) = entry.split_once('=').unwrap_or((entry, entry));
            if alias.eq_ignore_ascii_case(&lower) {
                let shown = if alias == command {
                    command.to_string()
                } else {
                    format!("{alias} ({command})")
                };
                return Some(format!("lyncsh does not run {shown}: {reason}."));
            }
        }
    }
    // A script that is not in the files folder is only a command that is not found.
    let is_program = WINDOWS_PROGRAMS.contains(&lower.as_str())
        || !lower.ends_with(".ps1")
            && (PROGRAM_ENDINGS.iter().any(|e| lower.ends_with(e)) || lower.contains(['\\', '/']));
    is_program.then(|| {
        format!("lyncsh does not run '{name}': it runs no programs of the host. A PowerShell script (.ps1) in its files folder runs when called by its path.")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_commands_aliases_and_programs_are_refused() {
        assert!(refusal("icm").unwrap().contains("icm (Invoke-Command)"));
        assert!(refusal("gp").unwrap().contains("gp (Get-ItemProperty)"));
        assert!(refusal("netsh")
            .unwrap()
            .contains("runs no programs of the host"));
        assert!(refusal("CMD").unwrap().contains("'CMD'"));
        for inside in [
            "mkdir",
            "md",
            "Import-Csv",
            "Remove-Item",
            "del",
            "gci",
            "iex",
            "cp",
            "ren",
            "gi",
        ] {
            assert!(
                refusal(inside).is_none(),
                "{inside} works in the files folder"
            );
        }
        assert!(refusal("START-PROCESS")
            .unwrap()
            .contains("starts programs"));
        assert!(refusal("notepad.exe").unwrap().contains("no programs"));
        assert!(refusal("C:\\tools\\x").is_some());
        assert!(refusal("Get-CsSite").is_none());
        assert!(refusal("Send-MailMessage")
            .unwrap()
            .contains("reaches the network"));
        assert!(
            refusal("Start-Sleep").is_none(),
            "Start-Sleep runs on the lab clock"
        );
        assert!(refusal("Get-Nothing").is_none());
    }
}
