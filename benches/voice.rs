//! Enterprise Voice evaluated at scale (issue targets): 10,000 dialed numbers through a dial
//! plan of 100 rules (≤ 100 ms), and 10,000 numbers normalized and routed for a user through
//! 50 routes (≤ 200 ms), as Test-CsDialPlan and Test-CsVoiceUser compute them.

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::engine::BufferHost;
use lyncsh::identity::Scope;
use lyncsh::session::Session;

const NUMBERS: usize = 10_000;

/// The lab with site:Dublin's plan holding 100 rules (99 that never match the numbers, then a
/// seven-digit rule last) and 50 routes behind one usage of the global voice policy, the
/// matching one last.
fn world() -> Session {
    let mut script = String::from(
        "New-CsDialPlan -Identity site:Dublin | Out-Null\nRemove-CsVoiceNormalizationRule -Identity site:Dublin\nGet-CsVoiceRoute | Remove-CsVoiceRoute\nSet-CsVoicePolicy -PstnUsages @{Add='Local'}\n",
    );
    for i in 0..99 {
        script.push_str(&format!(
            "New-CsVoiceNormalizationRule -Parent site:Dublin -Name R{i} -Pattern '^9{i:02}(\\d{{4}})$' -Translation '+3531{i:02}$1' | Out-Null\n"
        ));
    }
    script.push_str("New-CsVoiceNormalizationRule -Parent site:Dublin -Name Seven -Pattern '^(?!911)(\\d{7})$' -Translation '+1425$1' | Out-Null\n");
    for i in 0..49 {
        script.push_str(&format!(
            "New-CsVoiceRoute -Identity Route{i} -Priority {i} -NumberPattern '^\\+44{i:02}' -PstnUsages @{{Add='Local'}} | Out-Null\n"
        ));
    }
    script.push_str("New-CsVoiceRoute -Identity Local425 -Priority 49 -NumberPattern '^\\+1425\\d{7}$' -PstnUsages @{Add='Local'} | Out-Null\n");
    let mut engine = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let _ = engine.run(&script, "world.ps1");
    assert!(!engine.had_error, "the voice world builds");
    engine.session
}

fn numbers() -> Vec<String> {
    (0..NUMBERS)
        .map(|i| format!("{:07}", 5_550_000 + i))
        .collect()
}

fn voice(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let session = world();
    let plan = session
        .store
        .get("CsDialPlan", &Scope::Site("Dublin".into()))
        .expect("the Dublin plan");
    let rules = plan.values[2].clone().into_items();
    assert_eq!(rules.len(), 100);
    let numbers = numbers();
    let usages = vec!["Local".to_string()];
    let mut group = c.benchmark_group("voice");
    group.sample_size(10);
    group.bench_function("10,000 numbers through 100 normalization rules", |b| {
        b.iter(|| {
            for number in &numbers {
                let found = lyncsh::voice::normalize(&rules, number).unwrap();
                assert!(found.is_some());
            }
        })
    });
    group.bench_function(
        "10,000 numbers normalized and routed through 50 routes",
        |b| {
            b.iter(|| {
                for number in &numbers {
                    let normalized = lyncsh::voice::normalize(&rules, number).unwrap().unwrap();
                    let routed =
                        lyncsh::voice::route(&session, &usages, &normalized.number).unwrap();
                    assert_eq!(routed.map(|r| r.route), Some("Local425".to_string()));
                }
            })
        },
    );
    group.finish();
}

criterion_group!(benches, voice);
criterion_main!(benches);
