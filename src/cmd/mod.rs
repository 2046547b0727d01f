//! One module per subcommand; each resolves its arguments once and returns the exit code.

pub mod emit;
pub mod eval;
pub mod extract;
pub mod grep;
pub mod outputs;
pub mod progress;
pub mod schema;
pub mod stream;

use std::path::PathBuf;

use chidao::{RuleError, Rules};

/// Exit code: every file converted (grep: something matched).
pub const EXIT_OK: u8 = 0;
/// Exit code: some file failed, or bad usage.
pub const EXIT_FAILED: u8 = 2;

/// The rules to use: the embedded ones, or those of `--patterns DIR`.
pub fn load_rules(dir: Option<&PathBuf>) -> Result<Rules, RuleError> {
    match dir {
        Some(d) => Rules::from_dir(d),
        None => Rules::embedded(),
    }
}

/// The default input when no path is given: the bundled corpus.
pub fn default_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        paths.to_vec()
    }
}

/// True when an I/O error means the reader went away (`chidao … | head`).
pub fn is_broken_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}
