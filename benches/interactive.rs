//! The interactive shell's per-keystroke work: colouring, the hint and the check for unfinished
//! input of a 200-character line (budget 100 µs), and one completion (budget 1 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::cmdlets::Registry;
use lyncsh::format::theme::Theme;
use lyncsh::interactive::{Knowledge, ShellHelper};
use lyncsh::session::Session;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use std::hint::black_box;
use std::rc::Rc;

const LINE: &str = "Get-CsConferencingConfiguration | Where-Object { $_.ClientMediaPortRangeEnabled -eq $true } | Set-CsConferencingConfiguration -ClientMediaPort 5350 -ClientMediaPortRange 40 -WhatIf -Confirm:$false # a";

fn helper() -> ShellHelper {
    let knowledge = Knowledge::new(Rc::new(Registry::new()), Session::lab());
    ShellHelper::new(knowledge, Theme { enabled: true }, 120)
}

fn keystroke(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    assert_eq!(LINE.len(), 200);
    let helper = helper();
    let mut history = DefaultHistory::new();
    for n in 0..500 {
        history
            .add(&format!(
                "Get-CsConferencingConfiguration -Identity site:S{n}"
            ))
            .unwrap();
    }
    let ctx = rustyline::Context::new(&history);
    c.bench_function("highlight + hint + validate, 200 chars", |b| {
        b.iter(|| {
            let painted = helper.highlight(black_box(LINE), LINE.len()).len();
            let hint = helper.hint(black_box(LINE), LINE.len(), &ctx);
            let open = lyncsh::console::is_incomplete(black_box(LINE));
            (painted, hint, open)
        })
    });
    c.bench_function("complete a parameter", |b| {
        let line = "Set-CsConferencingConfiguration -Identity global -ClientMed";
        b.iter(|| {
            helper
                .completion(black_box(line), line.len())
                .candidates
                .len()
        })
    });
    c.bench_function("complete a command name by wildcard", |b| {
        let line = "Get-CsConferencingConfiguration | Get-*Conf*";
        b.iter(|| {
            helper
                .completion(black_box(line), line.len())
                .candidates
                .len()
        })
    });
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
