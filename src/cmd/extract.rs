//! `chidao extract`: notices → JSON (one file per input with `--out`, else JSON Lines).

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chidao::batch::{self, DocError, Input, ReadOptions};
use chidao::Rules;

use super::outputs;
use super::progress::{eprint_line, Reporter};
use super::{EXIT_FAILED, EXIT_OK};

/// Arguments of `chidao extract`, resolved once before any file is read.
pub struct Config {
    /// Output format (json, jsonl, tasks-jsonl, csv) and its stream state.
    pub emit: super::emit::Emitter,
    pub paths: Vec<PathBuf>,
    pub out: Option<PathBuf>,
    pub rules: Rules,
    pub read: ReadOptions,
    pub errors_file: Option<PathBuf>,
    pub skip_existing: bool,
    pub quiet: bool,
}

/// What a worker hands back for one converted notice.
struct Converted {
    bytes: u64,
    directives: usize,
    /// Its part of the stdout stream (empty with --out, where the worker
    /// wrote the file itself).
    stream: Vec<u8>,
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
        if let Some(clash) = output_clash(&inputs, out, cfg.emit.format.extension()) {
            let e = DocError {
                path: out.display().to_string(),
                reason: format!(
                    "output folder would overwrite the input {clash}; choose another --out"
                ),
            };
            report(&e);
            return Ok(EXIT_FAILED);
        }
        // Temporary files of a killed run are junk, never results: clear them
        // before this run adds outputs beside them.
        outputs::remove_stale_temps(out);
    }
    if let Some(errors_file) = &cfg.errors_file {
        if let Some(clash) = outputs::errors_file_clash(&inputs, errors_file) {
            report(&DocError {
                path: errors_file.to_string_lossy().into_owned(),
                reason: format!("--errors would overwrite the input {clash}"),
            });
            return Ok(EXIT_FAILED);
        }
    }
    let duplicates = match &cfg.out {
        Some(out) => outputs::duplicate_outputs(&inputs, |i| {
            output_path(out, i, cfg.emit.format.extension())
        }),
        None => Default::default(),
    };
    let reporter = Reporter::new(inputs.len(), cfg.quiet);
    let mut summary = Summary::default();
    let stdout = std::io::stdout();
    let mut writer = BufWriter::new(stdout.lock());
    let mut io_error: Option<std::io::Error> = None;
    let mut head = Vec::new();
    let mut emit = cfg.emit;
    let ext = emit.format.extension();
    // The workers' copy: it only serializes, the stream state stays in `emit`.
    let serializer = super::emit::Emitter::new(emit.format, emit.bom);
    batch::for_each_ordered(
        &inputs,
        // Workers convert, serialize and (with --out) write: only the stdout
        // stream, which must keep input order, is left to the calling thread.
        |input| -> Result<Option<Converted>, DocError> {
            reporter.tick();
            if let Some(e) = duplicates.get(&input.path) {
                return Err(e.clone());
            }
            if cfg.skip_existing {
                if let Some(out) = &cfg.out {
                    if is_up_to_date(input, &output_path(out, input, ext)) {
                        return Ok(None);
                    }
                }
            }
            let notice = batch::convert(input, &cfg.rules, &cfg.read)?;
            let mut stream = Vec::new();
            let written = match &cfg.out {
                Some(out) => serializer
                    .file(&notice)
                    .and_then(|bytes| write_file(&output_path(out, input, ext), &bytes)),
                None => serializer.body(&notice, &mut stream),
            };
            written.map_err(|e| DocError {
                path: input.display(),
                reason: format!("cannot write output: {e}"),
            })?;
            Ok(Some(Converted {
                bytes: notice.source.bytes,
                directives: notice.directives.len(),
                stream,
            }))
        },
        |_input, result| {
            match result {
                Ok(None) => summary.skipped += 1,
                Ok(Some(done)) => {
                    if cfg.out.is_none() {
                        head.clear();
                        let streamed = emit
                            .start(&mut head)
                            .and_then(|()| writer.write_all(&head))
                            .and_then(|()| writer.write_all(&done.stream));
                        if let Err(e) = streamed {
                            io_error = Some(e);
                            return false;
                        }
                    }
                    summary.bytes += done.bytes;
                    summary.directives += done.directives;
                    summary.converted += 1;
                }
                Err(e) => {
                    reporter.error(&e);
                    summary.failed += 1;
                    failures.push(e);
                }
            }
            true
        },
    );
    let mut line = Vec::new();
    if io_error.is_none() && cfg.out.is_none() {
        line.clear();
        if let Err(e) = emit.finish(&mut line).and_then(|_| writer.write_all(&line)) {
            io_error = Some(e);
        }
    }
    if io_error.is_none() {
        if let Err(e) = writer.flush() {
            io_error = Some(e);
        }
    }
    reporter.finish();
    if let Some(e) = io_error {
        if super::is_broken_pipe(&e) {
            return Ok(EXIT_OK);
        }
        return Err(e);
    }
    summary.failed = failures.len();
    if let Some(path) = &cfg.errors_file {
        outputs::write_errors(path, &failures)?;
    }
    if !cfg.quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprint_line(&format!(
            "chidao: {} converted, {} failed, {} skipped, {} directives, {:.1} MB/s",
            summary.converted,
            summary.failed,
            summary.skipped,
            summary.directives,
            summary.bytes as f64 / 1e6 / secs
        ));
    }
    Ok(if failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    })
}

fn report(e: &DocError) {
    eprint_line(&format!("chidao: {e}"));
}

/// `OUT/<path relative to its root>.EXT` (`.json`, `.jsonl`, `.tasks.jsonl`, `.csv`).
pub fn output_path(out: &Path, input: &Input, ext: &str) -> PathBuf {
    out.join(input.relative()).with_extension(ext)
}

/// An input file that an output would overwrite, if any.
fn output_clash(inputs: &[Input], out: &Path, ext: &str) -> Option<String> {
    let canon = |p: &Path| fs::canonicalize(p).ok();
    let input_set: std::collections::HashSet<PathBuf> =
        inputs.iter().filter_map(|i| canon(&i.path)).collect();
    for input in inputs {
        let target = output_path(out, input, ext);
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
/// never leaves a half-written output file.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = outputs::temp_path(path);
    let result = fs::write(&tmp, bytes).and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
