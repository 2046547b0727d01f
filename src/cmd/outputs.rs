//! Guards against silent loss around `--out` and `--errors`: two inputs that
//! would write the same output, an errors file that would overwrite an input,
//! temporary files left by a killed run, and the errors file itself written
//! whole or not at all.

use std::collections::{HashMap, HashSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use chidao::batch::{DocError, Input};

/// Inputs whose output path is already taken by an earlier input (`a/x.txt`
/// and `b/x.txt` given as files, or `x.txt` and `x.TXT` in one folder), each
/// with its error. The first input keeps the output; the others fail rather
/// than silently replace it.
pub fn duplicate_outputs(
    inputs: &[Input],
    output_of: impl Fn(&Input) -> PathBuf,
) -> HashMap<PathBuf, DocError> {
    let mut first: HashMap<PathBuf, &Input> = HashMap::new();
    let mut dups = HashMap::new();
    for input in inputs {
        let target = output_of(input);
        match first.get(&target) {
            None => {
                first.insert(target, input);
            }
            Some(earlier) => {
                dups.insert(
                    input.path.clone(),
                    DocError {
                        path: input.display(),
                        reason: format!(
                            "its output {} is already written for {}; convert it with another --out",
                            target.to_string_lossy(),
                            earlier.display()
                        ),
                    },
                );
            }
        }
    }
    dups
}

/// The input that `--errors FILE` would overwrite, if any.
pub fn errors_file_clash(inputs: &[Input], errors_file: &Path) -> Option<String> {
    let target = fs::canonicalize(errors_file).ok()?;
    let inputs: HashSet<PathBuf> = inputs
        .iter()
        .filter_map(|i| fs::canonicalize(&i.path).ok())
        .collect();
    inputs
        .contains(&target)
        .then(|| target.to_string_lossy().into_owned())
}

/// Write the errors file (one JSON line per failed file) through a temporary
/// file, like every output: a reader never sees half a list.
pub fn write_errors(path: &Path, failures: &[DocError]) -> std::io::Result<()> {
    let mut text = String::new();
    for f in failures {
        let line = serde_json::json!({"path": f.path, "reason": f.reason});
        text.push_str(&line.to_string());
        text.push('\n');
    }
    let tmp = temp_path(path);
    let result = fs::write(&tmp, text).and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// `PATH.tmpPID`: beside its target (so the rename stays on one file system),
/// not matching `*.json`, and naming the run that writes it.
pub fn temp_path(path: &Path) -> PathBuf {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp{}", std::process::id()));
    PathBuf::from(tmp)
}

/// Remove the temporary files that killed runs left under `out`, so that a
/// resumed batch ends with outputs only. Files of a run still going (its
/// process is alive) are left alone. Returns how many were removed.
pub fn remove_stale_temps(out: &Path) -> usize {
    if !out.is_dir() {
        return 0;
    }
    let mut removed = 0;
    for entry in walkdir::WalkDir::new(out).into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let Some(pid) = temp_owner(entry.file_name()) else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process id in a temporary file name `NAME.EXT.tmpPID`.
fn temp_owner(name: &OsStr) -> Option<u32> {
    let name = name.to_str()?;
    let (stem, pid) = name.rsplit_once(".tmp")?;
    if !stem.contains('.') || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether a process runs; where `/proc` is missing, assume not (a leftover
/// of a concurrent run into the same folder then fails that run's rename,
/// which it reports, rather than leaving junk forever).
fn process_alive(pid: u32) -> bool {
    Path::new("/proc/self").exists() && Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognized() {
        assert_eq!(temp_owner(OsStr::new("x.json.tmp123")), Some(123));
        assert_eq!(temp_owner(OsStr::new("a.b.tasks.jsonl.tmp7")), Some(7));
        assert_eq!(temp_owner(OsStr::new("x.json")), None);
        assert_eq!(
            temp_owner(OsStr::new("x.tmp12")),
            None,
            "no extension before"
        );
        assert_eq!(temp_owner(OsStr::new("x.json.tmp")), None);
        assert_eq!(temp_owner(OsStr::new("x.json.tmp1a")), None);
        let p = temp_path(Path::new("o/x.json"));
        assert_eq!(temp_owner(p.file_name().unwrap()), Some(std::process::id()));
    }

    #[test]
    fn duplicates_keep_the_first_input() {
        let inputs: Vec<Input> = ["a/x.txt", "b/x.txt", "a/x.TXT", "a/y.txt"]
            .iter()
            .map(|p| Input {
                path: PathBuf::from(p),
                root: None,
            })
            .collect();
        let dups = duplicate_outputs(&inputs, |i| {
            Path::new("out").join(i.relative()).with_extension("json")
        });
        let mut failed: Vec<_> = dups.keys().map(|p| p.to_str().unwrap()).collect();
        failed.sort();
        assert_eq!(failed, ["a/x.TXT", "b/x.txt"]);
        assert!(dups[Path::new("b/x.txt")].reason.contains("a/x.txt"));
    }
}
