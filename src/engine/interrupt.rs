//! Ctrl-C while a command runs: the console's signal handler raises an engine's [`Interrupt`]
//! flag, and the engine's loops (statement lists, `foreach`, the per-object loop of a pipeline)
//! check it and stop the input quietly, as PowerShell stops a pipeline the user interrupted.

use super::Flow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// A flag shared between an engine and whatever may ask it to stop (a signal handler).
#[derive(Clone, Debug, Default)]
pub struct Interrupt(Arc<AtomicBool>);

impl Interrupt {
    /// Asks the running input to stop.
    pub fn request(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether the running input has been asked to stop.
    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Forgets an earlier request, before the next input runs.
    pub fn clear(&self) {
        self.0.store(false, Ordering::SeqCst);
    }

    /// `Err(Flow::Interrupted)` once a stop has been asked for.
    pub fn check(&self) -> Result<(), Flow> {
        if self.requested() {
            Err(Flow::Interrupted)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::BufferHost;
    use crate::session::Session;
    use crate::value::Value;

    #[test]
    fn an_interrupted_input_stops_quietly_and_the_next_one_runs() {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        engine.interrupt.request();
        let result = engine.run("foreach ($i in 1..5) { $n = $i }; $after = 1", "line");
        assert_eq!(result, Ok(()));
        assert!(engine.session.variables.get("n").is_none());
        assert!(engine.session.variables.get("after").is_none());
        assert!(!engine.had_error);
        engine.interrupt.clear();
        engine
            .run("1..3 | ForEach-Object { $m = $_ }", "line")
            .unwrap();
        assert_eq!(engine.session.variables.get("m"), Some(&Value::Int32(3)));
    }

    /// A host that presses Ctrl-C as soon as anything is written.
    struct PressesCtrlC(super::Interrupt, BufferHost);

    impl crate::engine::Host for PressesCtrlC {
        fn write_out(&mut self, text: &str) {
            self.1.write_out(text);
            self.0.request();
        }
        fn write_err(&mut self, text: &str) {
            self.1.write_err(text);
        }
        fn read_line(&mut self, prompt: &str) -> Option<String> {
            self.1.read_line(prompt)
        }
        fn width(&self) -> usize {
            self.1.width()
        }
        fn theme(&self) -> crate::format::theme::Theme {
            self.1.theme()
        }
    }

    #[test]
    fn the_per_object_loop_stops_between_objects() {
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        let flag = engine.interrupt.clone();
        engine.swap_host(Box::new(PressesCtrlC(flag, BufferHost::default())));
        engine
            .run(
                "1..3 | ForEach-Object { $seen = $_; Write-Host $_ }",
                "line",
            )
            .unwrap();
        assert_eq!(engine.session.variables.get("seen"), Some(&Value::Int32(1)));
    }
}
