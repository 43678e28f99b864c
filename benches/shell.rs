//! What users feel: a fresh shell reaching its first output, the Get of every family in a
//! fresh shell, replaying scripts of simple
//! statements, one Set over 1,000 site-scoped records in a pipeline, list and table
//! rendering of those records, and the language of admin scripts: calls of a script function
//! with two parameters, and a million-turn `foreach` with `if` and `+=`; and the user cmdlets on
//! a directory of 100,000 users (lookup, -Filter, a Grant to everyone, save and load).

mod support;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use lyncsh::directory::{Directory, User};
use lyncsh::session::{self, Session};
use support::{engine, lab_with_sites, run_cleanly};

const SITES: usize = 1_000;
const STATEMENTS: usize = 10_000;

fn start(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    run_cleanly(
        &mut engine(Session::lab()),
        "Get-CsConferencingConfiguration",
    );
    c.bench_function("start/new shell to first output", |b| {
        b.iter(|| {
            let mut shell = engine(Session::lab());
            shell.run("Get-CsConferencingConfiguration", "line")
        })
    });
}

/// `Get-<noun>` of every declared family and record kind (with the identity of a record the
/// lab has where Get needs one), in a fresh shell: the first use of every declaration.
pub fn every_get_script() -> String {
    let lab = Session::lab();
    let mut script = String::new();
    for family in lyncsh::families::all() {
        if !family.has_verb(lyncsh::cmdlets::FamilyVerb::Get) {
            continue;
        }
        let needs_identity =
            lyncsh::cmdlets::family::signature(family, lyncsh::cmdlets::FamilyVerb::Get)
                .is_some_and(|s| s.params.iter().any(|p| p.name == "Identity" && p.mandatory));
        match lab.store.records(family.noun).first() {
            Some(record) if needs_identity => script.push_str(&format!(
                "Get-{} -Identity '{}' | Out-Null\n",
                family.noun, record.identity
            )),
            _ if needs_identity => {}
            _ => script.push_str(&format!("Get-{} | Out-Null\n", family.noun)),
        }
    }
    script
}

fn every_get(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let script = every_get_script();
    run_cleanly(&mut engine(Session::lab()), &script);
    c.bench_function("start/new shell, Get of every family", |b| {
        b.iter(|| {
            let mut shell = engine(Session::lab());
            shell.run(&script, "script.ps1")
        })
    });
}

fn replay(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let scripts = [
        ("assignments", "$port = 50020\n"),
        (
            "Set cmdlets",
            "Set-CsConferencingConfiguration -ClientAudioPort 50020 -ClientAudioPortRange 20\n",
        ),
        (
            "Get piped to Out-Null",
            "Get-CsConferencingConfiguration -Identity global | Out-Null\n",
        ),
    ];
    let mut group = c.benchmark_group("replay");
    group.throughput(Throughput::Elements(STATEMENTS as u64));
    for (name, line) in scripts {
        let script = line.repeat(STATEMENTS);
        run_cleanly(&mut engine(Session::lab()), &script);
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || engine(Session::lab()),
                |shell| shell.run(&script, "script.ps1"),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

fn set_pipeline(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let session = lab_with_sites(SITES, &["CsConferencingConfiguration"]);
    let pipeline = "Get-CsConferencingConfiguration -Filter site:* | Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $true -ClientAudioPort 50020";
    run_cleanly(&mut engine(session.clone()), pipeline);
    let mut group = c.benchmark_group("set pipeline");
    group.throughput(Throughput::Elements(SITES as u64));
    group.sample_size(20);
    group.bench_function("1,000 site records", |b| {
        b.iter_batched_ref(
            || engine(session.clone()),
            |shell| shell.run(pipeline, "line"),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn render(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let session = lab_with_sites(SITES, &["CsConferencingConfiguration"]);
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Elements(SITES as u64 + 1));
    group.sample_size(20);
    for (name, command) in [
        ("list of 1,001 records", "$all | Format-List"),
        (
            "table of 1,001 records",
            "$all | Format-Table Identity, ClientAudioPort, ClientAudioPortRange, ClientMediaPortRangeEnabled",
        ),
    ] {
        run_cleanly(
            &mut engine(session.clone()),
            &format!("$all = Get-CsConferencingConfiguration\n{command}"),
        );
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || {
                    let mut shell = engine(session.clone());
                    let _ = shell.run("$all = Get-CsConferencingConfiguration", "line");
                    shell
                },
                |shell| shell.run(command, "line"),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

const CALLS: u64 = 10_000;

fn function_calls(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let mut shell = engine(Session::lab());
    run_cleanly(
        &mut shell,
        "function Add-Ports($First, $Second) { $First + $Second }",
    );
    let calls = format!("foreach ($i in 1..{CALLS}) {{ $null = Add-Ports $i 20 }}");
    let loop_only = format!("foreach ($i in 1..{CALLS}) {{ $null = $i + 20 }}");
    let mut group = c.benchmark_group("scripts");
    group.throughput(Throughput::Elements(CALLS));
    group.bench_function("function call with two parameters", |b| {
        b.iter(|| run_cleanly(&mut shell, &calls))
    });
    group.bench_function("the same loop without the call", |b| {
        b.iter(|| run_cleanly(&mut shell, &loop_only))
    });
    group.finish();
}

fn million_turns(c: &mut Criterion) {
    let mut shell = engine(Session::lab());
    let script =
        "$s = 0; foreach ($i in 1..1000000) { if ($i % 3 -eq 0) { $s += $i } }; $null = $s";
    let mut group = c.benchmark_group("scripts");
    group.sample_size(10);
    group.bench_function("foreach over 1..1000000 with if and +=", |b| {
        b.iter(|| run_cleanly(&mut shell, script))
    });
    group.finish();
}

const USERS: usize = 100_000;

/// The lab with `USERS` enabled users, user0 to user99999.
fn big_lab() -> Session {
    let mut session = Session::lab();
    let users = (0..USERS)
        .map(|i| User {
            display_name: format!("User {i}"),
            first_name: "User".into(),
            last_name: i.to_string(),
            sam_account_name: format!("user{i}"),
            user_principal_name: format!("user{i}@litwareinc.com"),
            department: ["Finance", "Sales", "IT"][i % 3].into(),
            ou: "OU=Redmond,DC=litwareinc,DC=com".into(),
            enabled: Some(true),
            sip_address: format!("sip:user{i}@litwareinc.com"),
            registrar_pool: "atl-cs-001.litwareinc.com".into(),
            ..User::default()
        })
        .collect();
    session.directory = Directory::from_users(users);
    session
}

fn directory(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let mut shell = engine(big_lab());
    let mut group = c.benchmark_group("directory of 100,000 users");
    group.sample_size(10);
    group.bench_function("Get-CsUser by SIP address", |b| {
        b.iter(|| {
            run_cleanly(
                &mut shell,
                "$null = Get-CsUser -Identity sip:user99999@litwareinc.com",
            )
        })
    });
    group.bench_function("Get-CsUser -Filter over every user", |b| {
        b.iter(|| {
            run_cleanly(
                &mut shell,
                "$null = Get-CsUser -Filter {ConferencingPolicy -eq $null}",
            )
        })
    });
    group.bench_function("Grant-CsConferencingPolicy to every user", |b| {
        b.iter(|| {
            run_cleanly(
                &mut shell,
                "Get-CsUser | Grant-CsConferencingPolicy -PolicyName SalesConferencingPolicy",
            )
        })
    });
    let text = session::save::to_string(&shell.session).unwrap();
    group.bench_function("save the session", |b| {
        b.iter(|| session::save::to_string(&shell.session).unwrap())
    });
    group.bench_function("load the session", |b| {
        b.iter(|| session::load::parse(&text, "big.ron").unwrap())
    });
    group.finish();
}

criterion_group!(
    benches,
    start,
    every_get,
    replay,
    set_pipeline,
    render,
    function_calls,
    million_turns,
    directory
);
criterion_main!(benches);
