//! Parser throughput: typical cmdlet lines, and a large script mixing every construct a
//! change script uses (pipelines with script blocks, assignments, hashtables, if and foreach,
//! strings with variables, comments).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lyncsh::parse::parse_shared;
use std::rc::Rc;

/// One block of a change script; the large script repeats it.
const BLOCK: &str = r#"# Move the Redmond conferencing ports into the QoS ranges.
$site = "site:Redmond"
$ports = @{ Audio = 50020; Video = 58000; AppSharing = 42000; FileTransfer = 42020 }
if (-not (Get-CsConferencingConfiguration -Identity $site -ErrorAction SilentlyContinue)) {
    New-CsConferencingConfiguration -Identity $site | Out-Null
}
Set-CsConferencingConfiguration -Identity $site -ClientMediaPortRangeEnabled $true -ClientAudioPort $ports.Audio -ClientAudioPortRange 20
Get-CsConferencingConfiguration | Where-Object { $_.Identity -like "site:*" -and $_.ClientAudioPort -ne 5350 } | Select-Object Identity, ClientAudioPort
foreach ($name in 'Audio', 'Video') {
    Write-Output "Checking $name on $($site.ToUpper()): $($ports[$name] + 20)"
}
$report = Get-CsService -ConferencingServer | ForEach-Object { '{0} {1}' -f $_.Identity, $_.AudioPortStart }
"#;

fn parse_lines(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let line = "Set-CsConferencingConfiguration -Identity global -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 58000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20\n";
    let mut group = c.benchmark_group("parse");
    for (name, script) in [
        ("cmdlet lines", line.repeat(1000)),
        ("large mixed script", BLOCK.repeat(2000)),
    ] {
        // The engine holds the text it runs as a shared string and parses that; so does this.
        let script: Rc<str> = Rc::from(script);
        assert!(parse_shared(&script).is_ok(), "{name} parses");
        group.throughput(Throughput::Bytes(script.len() as u64));
        // The tree is freed outside the timed part: freeing is not parsing, and it happens
        // after a script has run.
        group.bench_function(name, |b| b.iter_with_large_drop(|| parse_shared(&script)));
    }
    group.finish();
}

criterion_group!(benches, parse_lines);
criterion_main!(benches);
