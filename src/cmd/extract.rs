//! `chidao extract`: notices → JSON (one file per input with `--out`, else JSON Lines).

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chidao::batch::{self, DocError, Input, ReadOptions};
use chidao::{Notice, Rules};

use super::{EXIT_FAILED, EXIT_OK};

/// Arguments of `chidao extract`, resolved once before any file is read.
pub struct Config {
    pub paths: Vec<PathBuf>,
    pub out: Option<PathBuf>,
    pub rules: Rules,
    pub read: ReadOptions,
    pub errors_file: Option<PathBuf>,
    pub skip_existing: bool,
    pub quiet: bool,
}

#[derive(Default)]
struct Summary {
    converted: usize,
    failed: usize,
    skipped: usize,
    directives: usize,
    bytes: u64,
}

pub fn run(cfg: Config) -> std::io::Result<u8> {
    let started = Instant::now();
    let (inputs, walk_errors) = batch::collect_inputs(&cfg.paths, &["txt"]);
    let mut failures: Vec<DocError> = Vec::new();
    for e in walk_errors {
        report(&e);
        failures.push(e);
    }
    if let Some(out) = &cfg.out {
        if let Some(clash) = output_clash(&inputs, out) {
            let e = DocError {
                path: out.display().to_string(),
                reason: format!(
                    "output folder would overwrite the input {clash}; choose another --out"
                ),
            };
            report(&e);
            return Ok(EXIT_FAILED);
        }
    }
    let mut summary = Summary::default();
    let stdout = std::io::stdout();
    let mut writer = BufWriter::new(stdout.lock());
    let mut io_error: Option<std::io::Error> = None;
    let mut line = Vec::with_capacity(64 * 1024);
    batch::for_each_ordered(
        &inputs,
        |input| {
            if cfg.skip_existing {
                if let Some(out) = &cfg.out {
                    if is_up_to_date(input, &output_path(out, input)) {
                        return Ok(None);
                    }
                }
            }
            batch::convert(input, &cfg.rules, &cfg.read).map(Some)
        },
        |input, result| {
            match result {
                Ok(None) => summary.skipped += 1,
                Ok(Some(notice)) => {
                    summary.bytes += notice.source.bytes;
                    summary.directives += notice.directives.len();
                    let written = match &cfg.out {
                        Some(out) => {
                            write_file(&output_path(out, input), &notice).map_err(|e| DocError {
                                path: input.display(),
                                reason: format!("cannot write output: {e}"),
                            })
                        }
                        None => {
                            line.clear();
                            serde_json::to_writer(&mut line, &notice)
                                .map_err(std::io::Error::other)
                                .and_then(|_| {
                                    line.push(b'\n');
                                    writer.write_all(&line)
                                })
                                .map_err(|e| {
                                    io_error = Some(e);
                                    DocError {
                                        path: input.display(),
                                        reason: "stdout closed".into(),
                                    }
                                })
                        }
                    };
                    match written {
                        Ok(()) => summary.converted += 1,
                        Err(e) => {
                            if io_error.is_some() {
                                return false;
                            }
                            report(&e);
                            summary.failed += 1;
                            failures.push(e);
                        }
                    }
                }
                Err(e) => {
                    report(&e);
                    summary.failed += 1;
                    failures.push(e);
                }
            }
            true
        },
    );
    if io_error.is_none() {
        if let Err(e) = writer.flush() {
            io_error = Some(e);
        }
    }
    if let Some(e) = io_error {
        if super::is_broken_pipe(&e) {
            return Ok(EXIT_OK);
        }
        return Err(e);
    }
    summary.failed = failures.len();
    if let Some(path) = &cfg.errors_file {
        write_errors(path, &failures)?;
    }
    if !cfg.quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "chidao: {} converted, {} failed, {} skipped, {} directives, {:.1} MB/s",
            summary.converted,
            summary.failed,
            summary.skipped,
            summary.directives,
            summary.bytes as f64 / 1e6 / secs
        );
    }
    Ok(if failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    })
}

fn report(e: &DocError) {
    eprintln!("chidao: {e}");
}

/// `OUT/<path relative to its root>.json`.
pub fn output_path(out: &Path, input: &Input) -> PathBuf {
    out.join(input.relative()).with_extension("json")
}

/// An input file that an output would overwrite, if any.
fn output_clash(inputs: &[Input], out: &Path) -> Option<String> {
    let canon = |p: &Path| fs::canonicalize(p).ok();
    let input_set: std::collections::HashSet<PathBuf> =
        inputs.iter().filter_map(|i| canon(&i.path)).collect();
    for input in inputs {
        let target = output_path(out, input);
        let resolved = target
            .parent()
            .and_then(canon)
            .map(|p| p.join(target.file_name().unwrap_or_default()));
        if let Some(t) = resolved {
            if input_set.contains(&t) {
                return Some(t.display().to_string());
            }
        }
    }
    None
}

fn is_up_to_date(input: &Input, output: &Path) -> bool {
    let (Ok(o), Ok(i)) = (fs::metadata(output), fs::metadata(&input.path)) else {
        return false;
    };
    match (o.modified(), i.modified()) {
        (Ok(om), Ok(im)) => om >= im,
        _ => false,
    }
}

/// Write to a temporary file beside the target and rename it, so a killed run
/// never leaves a half-written JSON file.
fn write_file(path: &Path, notice: &Notice) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("json.tmp{}", std::process::id()));
    let result = (|| {
        let file = fs::File::create(&tmp)?;
        let mut w = BufWriter::new(file);
        serde_json::to_writer_pretty(&mut w, notice).map_err(std::io::Error::other)?;
        w.write_all(b"\n")?;
        w.flush()?;
        drop(w);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn write_errors(path: &Path, failures: &[DocError]) -> std::io::Result<()> {
    let mut text = String::new();
    for f in failures {
        let line = serde_json::json!({"path": f.path, "reason": f.reason});
        text.push_str(&line.to_string());
        text.push('\n');
    }
    fs::write(path, text)
}
