//! Replaying a session's history against its starting state.
