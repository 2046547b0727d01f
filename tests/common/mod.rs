//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (tests run from anywhere).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path inside the repository.
pub fn repo(rel: &str) -> PathBuf {
    root().join(rel)
}

/// The `chidao` binary built for this test run, started in the repository root.
pub fn chidao() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chidao"));
    c.current_dir(root());
    c
}

/// Run `chidao` with arguments; returns the output.
pub fn run(args: &[&str]) -> Output {
    chidao().args(args).output().expect("chidao runs")
}

/// A fresh, empty temporary folder under `target/` (removed on drop).
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = root()
            .join("target")
            .join("test-tmp")
            .join(format!("{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A readable line-by-line diff of two texts (first differences only).
pub fn diff(expected: &str, actual: &str) -> String {
    let mut out = String::new();
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (
            e.get(i).copied().unwrap_or(""),
            a.get(i).copied().unwrap_or(""),
        );
        if x != y {
            out.push_str(&format!("line {}:\n  - {}\n  + {}\n", i + 1, x, y));
            shown += 1;
            if shown >= 15 {
                out.push_str("  …\n");
                break;
            }
        }
    }
    out
}

/// A notice written inline in a test, read with the embedded rules.
pub fn extract(text: &str) -> chidao::model::Notice {
    chidao::extract(text, &chidao::Rules::embedded().expect("rules"))
}

/// The directives' texts, in order.
pub fn texts(n: &chidao::model::Notice) -> Vec<&str> {
    n.directives.iter().map(|d| d.text.as_str()).collect()
}

/// The directive whose text starts with `starts` (panics with all texts if none).
pub fn directive<'a>(n: &'a chidao::model::Notice, starts: &str) -> &'a chidao::model::Directive {
    n.directives
        .iter()
        .find(|d| d.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no directive starting with {starts:?}: {:#?}", texts(n)))
}

/// Asserts that no directive's text contains any of `parts`.
pub fn no_directive_with(n: &chidao::model::Notice, parts: &[&str]) {
    for part in parts {
        assert!(
            !n.directives.iter().any(|d| d.text.contains(part)),
            "{part}: {:#?}",
            texts(n)
        );
    }
}
