//! `lyncsh check` on unknown names, where each finding carries a did-you-mean suggestion:
//! a script of 20,000 lines, each calling a different misspelt command (targets: ≤ 1 s), and
//! a script of one unknown word of 1 MiB (≤ 100 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::check::check_text;
use lyncsh::cmdlets::Registry;

const LINES: usize = 20_000;

/// `LINES` lines, each a different typo of a real command name (one character left out)
/// followed by an argument, as a mistyped change script would have them.
fn misspelt_script(registry: &Registry) -> String {
    let names = registry.command_names();
    let mut script = String::new();
    let mut made = 0;
    for turn in 0.. {
        let name = &names[turn % names.len()];
        let cut = 1 + (turn / names.len()) % (name.len() - 1);
        if !name.is_char_boundary(cut) || !name.is_char_boundary(cut + 1) {
            continue;
        }
        let typo = format!("{}{}", &name[..cut], &name[cut + 1..]);
        if registry.resolve(&typo).is_some() {
            continue;
        }
        script.push_str(&typo);
        script.push_str(" -Identity global\n");
        made += 1;
        if made == LINES {
            break;
        }
    }
    script
}

fn unknown_names(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let registry = Registry::new();
    let mut group = c.benchmark_group("check");
    group.sample_size(10);

    let script = misspelt_script(&registry);
    let findings = check_text(&registry, &script, false);
    assert_eq!(findings.len(), LINES);
    assert!(findings[0].message.contains("(did you mean"));
    group.bench_function("20,000 unknown-command lines", |b| {
        b.iter(|| check_text(&registry, &script, false))
    });

    let word = "q".repeat(1 << 20);
    assert_eq!(check_text(&registry, &word, false).len(), 1);
    group.bench_function("1 MiB unknown word", |b| {
        b.iter(|| check_text(&registry, &word, false))
    });
    group.finish();
}

criterion_group!(benches, unknown_names);
criterion_main!(benches);
