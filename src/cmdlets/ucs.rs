//! Invoke-CsUcsRollback: brings users' contacts back from the Exchange unified contact store
//! to Lync Server. The lab has no Exchange server, so no user's contacts ever moved there:
//! each user named is checked (it must be a Lync user), -Verbose says that the contacts are in
//! Lync already, and -PassThru passes the user on.

use super::users::View;
use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[("Invoke-CsUcsRollback", rollback)];

fn rollback(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = super::users::one_lync_user(engine, call)? else {
        return Ok(vec![]);
    };
    let address = engine.session.directory.user(at).sip_address.clone();
    if !engine.should_process(call, &address)? {
        return Ok(vec![]);
    }
    engine.verbose(
        call,
        &format!("The contacts of {address} are in Lync Server already: the lab has no Exchange unified contact store to bring them back from."),
    );
    if call.bound.switch("PassThru") {
        return Ok(super::users::pass_thru(engine, call, at, View::Lync));
    }
    Ok(vec![])
}
