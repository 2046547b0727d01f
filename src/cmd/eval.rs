//! `chidao eval`: score notices against a gold folder and print the figures
//! exactly as the team's `score.py` prints them (table and `F1:` line, or the
//! JSON summary), so a rule change can be judged without leaving cargo.
//!
//! The notices are extracted on the fly (in parallel) unless `--pred` points
//! at outputs written earlier; the scoring itself is `chidao::eval`.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use chidao::batch::ReadOptions;
use chidao::eval::{self, Predictions, Threshold};

use super::{EXIT_FAILED, EXIT_OK};

/// Exit code: a `--min` threshold was not met (as score.py).
pub const EXIT_BELOW: u8 = 1;

/// Arguments of `chidao eval`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder of `<stem>.gold.json` annotations (e.g. `tests/gold`, `tests/dev/gold`).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Notices to extract and score: files or folders of .txt (default: `corpus/`).
    /// Only files with a gold annotation are converted.
    pub paths: Vec<PathBuf>,
    /// Score existing outputs instead: a folder searched for `<stem>.json`
    /// (`chidao extract -o DIR`) or a JSON Lines file (`chidao extract > FILE`).
    #[arg(long, value_name = "DIR|FILE", conflicts_with_all = ["paths", "patterns"])]
    pub pred: Option<PathBuf>,
    /// Print one JSON summary instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Exit with 1 when FIELD's F1 (or accuracy) is below X: `directives=0.9`,
    /// `deadline_dates=0.9`, `header.date=1` (repeatable).
    #[arg(long, value_name = "FIELD=X")]
    pub min: Vec<Threshold>,
    /// Worker threads for extraction (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Read rules from DIR instead of the embedded patterns.
    #[arg(long, value_name = "DIR")]
    pub patterns: Option<PathBuf>,
}

/// Exit codes: 0 scored (and every `--min` met), 1 a threshold not met,
/// 2 bad gold or prediction files, or some notice could not be converted
/// (its figures would be wrong, so the run is not a clean pass).
pub fn run(args: Args) -> std::io::Result<u8> {
    let gold = match eval::load_gold(&args.gold) {
        Ok(g) if g.is_empty() => {
            eprintln!("chidao: no *.gold.json files in {}", args.gold.display());
            return Ok(EXIT_FAILED);
        }
        Ok(g) => g,
        Err(e) => {
            eprintln!("chidao: {e}");
            return Ok(EXIT_FAILED);
        }
    };
    let mut failed = 0;
    let preds = match &args.pred {
        Some(path) => match Predictions::load(path) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("chidao: {e}");
                return Ok(EXIT_FAILED);
            }
        },
        None => {
            if let Some(n) = args.threads {
                let _ = rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global();
            }
            let rules = match super::load_rules(args.patterns.as_ref()) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("chidao: {e}");
                    return Ok(EXIT_FAILED);
                }
            };
            let wanted: HashSet<String> = gold.iter().map(|g| g.stem.clone()).collect();
            let paths = super::default_paths(&args.paths);
            let (preds, errors) =
                eval::extract_predictions(&paths, &rules, &ReadOptions::default(), Some(&wanted));
            for e in &errors {
                eprintln!("chidao: {e}");
            }
            failed = errors.len();
            preds
        }
    };
    let scores = match eval::score(&gold, &preds) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("chidao: {e}");
            return Ok(EXIT_FAILED);
        }
    };
    let summary = scores.summary();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        writeln!(out, "{}", summary.to_json())?;
    } else {
        out.write_all(scores.table().as_bytes())?;
    }
    let below = summary.below(&args.min);
    if !below.is_empty() {
        writeln!(
            out,
            "below threshold: {} | {}",
            below.join("; "),
            summary.line()
        )?;
        out.flush()?;
        return Ok(EXIT_BELOW);
    }
    if !args.json {
        writeln!(out, "F1: {}", summary.line())?;
    }
    out.flush()?;
    Ok(if failed > 0 { EXIT_FAILED } else { EXIT_OK })
}
