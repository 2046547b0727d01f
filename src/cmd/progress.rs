//! What a batch tells the user on stderr while it runs: a progress bar (only
//! when stderr is a terminal, never with `--quiet`) and one `chidao: PATH:
//! reason` line per failed file, printed above the bar.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use chidao::batch::DocError;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Progress and messages of one batch.
pub struct Reporter {
    bar: Option<ProgressBar>,
}

impl Reporter {
    /// A bar for `total` files, drawn only for more than one file on a
    /// terminal: a single file finishes before a bar says anything, and a bar
    /// in a log file or a pipe is only noise.
    pub fn new(total: usize, quiet: bool) -> Reporter {
        let show = !quiet && total > 1 && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(total as u64),
                ProgressDrawTarget::stderr_with_hz(10),
            );
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files, {per_sec}, {elapsed_precise} (eta {eta})",
            ) {
                bar.set_style(style);
            }
            // Redraw even when a long file holds up the count, so the elapsed time moves.
            bar.enable_steady_tick(Duration::from_millis(500));
            bar
        });
        Reporter { bar }
    }

    /// One more file done (called from worker threads).
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Report a failed file above the bar.
    pub fn error(&self, e: &DocError) {
        self.line(&format!("chidao: {e}"));
    }

    /// Print a line on stderr above the bar.
    pub fn line(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprint_line(text)),
            None => eprint_line(text),
        }
    }

    /// Remove the bar, so the summary stands alone.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        // An early return (a closed pipe) must not leave a half-drawn bar behind.
        self.finish();
    }
}

/// Write a line to stderr, ignoring failure: `eprintln!` panics when stderr
/// is closed (`chidao … 2>&-`), and a message nobody can read is no reason
/// to stop a batch.
pub fn eprint_line(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.write_all(b"\n");
}
