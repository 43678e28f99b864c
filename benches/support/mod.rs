//! What the benchmarks share: a host that discards what it is given, and lab sessions
//! grown to thousands of sites and site-scoped records.

use lyncsh::engine::{Engine, Host};
use lyncsh::format::theme::Theme;
use lyncsh::identity::Scope;
use lyncsh::session::Session;
use lyncsh::store::topology::Site;
use lyncsh::store::Record;

/// A host that throws its output away, as a redirected console would not.
pub struct DiscardingHost;

impl Host for DiscardingHost {
    fn write_out(&mut self, _text: &str) {}
    fn write_err(&mut self, _text: &str) {}
    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
    fn width(&self) -> usize {
        lyncsh::format::DEFAULT_WIDTH
    }
    fn theme(&self) -> Theme {
        Theme::plain()
    }
}

pub fn engine(session: Session) -> Engine {
    lyncsh::cmdlets::shell(session, Box::new(DiscardingHost))
}

/// Runs `script` and panics if it writes an error, so that a benchmark never times a
/// failure (its host shows nothing).
pub fn run_cleanly(shell: &mut Engine, script: &str) {
    let exit = shell.run(script, "bench.ps1");
    assert!(
        exit.is_ok() && !shell.had_error,
        "the benchmark's script fails: {:?}",
        shell.session.errors.first().map(|e| &e.message)
    );
}

/// The lab with `sites` more sites (`Lab0001`...) and, in each family listed, a record at
/// every one of those sites.
pub fn lab_with_sites(sites: usize, nouns: &[&str]) -> Session {
    let mut session = Session::lab();
    for n in 1..=sites {
        let name = format!("Lab{n:04}");
        session.topology.sites.push(Site {
            name: name.clone(),
            site_id: n as u32 + 100,
            description: format!("{name} Site"),
            ..Site::default()
        });
        for noun in nouns {
            let family = lyncsh::families::find(noun).expect("a declared family");
            session.store.put(
                family.noun,
                Record {
                    identity: Scope::Site(name.clone()),
                    values: family.defaults(),
                },
            );
        }
    }
    session
}
