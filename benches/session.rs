//! Saving and loading sessions: every family at global and two sites, and 10,000 scoped
//! configuration records (one site collection per site), to and from a file.

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::families;
use lyncsh::identity::Scope;
use lyncsh::session::{self, save, Session};
use lyncsh::store::topology::Site;
use lyncsh::store::Record;

fn large_session(sites: usize) -> Session {
    let mut session = Session::lab();
    let family = families::find("CsConferencingConfiguration").expect("the family");
    let mut records = session.store.records(family.noun).to_vec();
    for i in 0..sites {
        session.topology.sites.push(Site {
            name: format!("Site{i}"),
            site_id: 10 + i as u32,
            description: format!("Lab site {i}"),
            ..Site::default()
        });
        records.push(Record {
            identity: Scope::Site(format!("Site{i}")),
            values: family.defaults(),
        });
    }
    session.store.replace_records(family.noun, records);
    session
}

/// Every family with a record at global and at sites Redmond and Dublin, where it allows
/// them, each at its defaults except one changed value, so that every family is written.
fn every_family_session() -> Session {
    let mut session = Session::lab();
    for family in families::all() {
        if !family.is_stored() {
            continue;
        }
        let mut records = session.store.records(family.noun).to_vec();
        for site in ["Redmond", "Dublin"] {
            let scope = Scope::Site(site.into());
            if family.allows(&scope) {
                records.push(Record {
                    identity: scope,
                    values: family.defaults(),
                });
            }
        }
        session.store.replace_records(family.noun, records);
    }
    session
}

fn every_family(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let session = every_family_session();
    let dir = std::env::temp_dir().join(format!("lyncsh-bench-all-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder for the bench file");
    let path = dir.join("every-family.ron");
    save::save(&session, &path).expect("saved");
    assert_eq!(session::load(&path).expect("loaded"), session);
    let mut group = c.benchmark_group("session every family at global and two sites");
    group.bench_function("save", |b| {
        b.iter(|| save::save(&session, &path).expect("saved"))
    });
    group.bench_function("load", |b| b.iter(|| session::load(&path).expect("loaded")));
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

fn save_and_load(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let session = large_session(10_000);
    let dir = std::env::temp_dir().join(format!("lyncsh-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder for the bench file");
    let path = dir.join("large.ron");
    // Written once up front, so `load` can be measured (or profiled) on its own.
    save::save(&session, &path).expect("saved");
    let mut group = c.benchmark_group("session 10k records");
    group.sample_size(20);
    group.bench_function("save", |b| {
        b.iter(|| save::save(&session, &path).expect("saved"))
    });
    group.bench_function("load", |b| b.iter(|| session::load(&path).expect("loaded")));
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, every_family, save_and_load);
criterion_main!(benches);
