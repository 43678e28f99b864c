//! Parser throughput on typical cmdlet lines.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn parse_lines(c: &mut Criterion) {
    let line = "Set-CsConferencingConfiguration -Identity global -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 58000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20\n";
    let script = line.repeat(1000);
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(script.len() as u64));
    group.bench_function("cmdlet lines", |b| {
        b.iter(|| lyncsh::parse::parse(&script).map(|s| s.statements.len()))
    });
    group.finish();
}

criterion_group!(benches, parse_lines);
criterion_main!(benches);
