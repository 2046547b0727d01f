//! The `chidao` command line: parses arguments, dispatches to `cmd/`, picks the exit code.

mod cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "chidao",
    version,
    about = "Turn Vietnamese government notices into structured tasks (JSON)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Convert notices (files, folders, `-` for stdin; default `corpus/`) to JSON.
    Extract(ExtractArgs),
    /// Find directives by responsible body (`chidao grep "phong noi vu" archive/`).
    Grep(cmd::grep::Args),
    /// Score notices against gold annotations, as the team's score.py does.
    Eval(cmd::eval::Args),
    /// Print the JSON Schema of the output.
    Schema,
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Files or folders (walked recursively for .txt); `-` reads stdin.
    paths: Vec<PathBuf>,
    /// Write one pretty JSON file per input under DIR instead of JSON Lines on stdout.
    #[arg(short, long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Read rules from DIR instead of the embedded patterns.
    #[arg(long, value_name = "DIR")]
    patterns: Option<PathBuf>,
    /// Force an input encoding (utf-8, utf-16le, utf-16be, tcvn3, vni, viscii, windows-1258).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// Convert undecodable bytes to U+FFFD with a warning instead of failing the file.
    #[arg(long)]
    lossy: bool,
    /// Write one JSON line per failed file (path, reason) to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// With --out: skip inputs whose output exists and is newer.
    #[arg(long, requires = "out")]
    skip_existing: bool,
    /// No summary or progress on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Output format (default: json with --out, jsonl on stdout).
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<cmd::emit::Format>,
    /// CSV without the leading UTF-8 byte order mark.
    #[arg(long)]
    no_bom: bool,
    /// Read JSON Lines {"id", "text"} from stdin, answer each with one line, flushed.
    #[arg(long, conflicts_with_all = ["paths", "out", "errors", "skip_existing"])]
    stdin_jsonl: bool,
}

/// glibc gives every thread that allocates an arena of its own (up to eight
/// per core), and memory freed in one arena is not reused by another: with
/// two workers the reading thread's arena added about 2 MB to peak RSS. One
/// arena per worker thread is enough (measured: no slower on 10 000 notices).
/// Large blocks are mapped at a fixed threshold (below).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_malloc(workers: usize) {
    let arenas = i32::try_from(workers.max(1)).unwrap_or(i32::MAX);
    // SAFETY: mallopt only sets a parameter of the allocator; it is called
    // before any worker thread allocates.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, arenas);
        // A fixed threshold instead of one that grows with each large block
        // freed: large blocks (a file's bytes, a growing regex cache) go back
        // to the system when freed instead of staying in the heap (peak RSS
        // 65.0–65.7 → 63.7 MB with two workers on 10 000 notices, no
        // slower). 32 KiB rather than glibc's starting 128 KiB: the blocks
        // between (a lazy DFA's tables while they grow, a notice's text and
        // output) left holes in the workers' arenas (bc1000, two workers:
        // 61.7 → 61.1–61.3 MB; 16 KiB no better, more system time).
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_malloc(_workers: usize) {}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => {
            if let Some(n) = a.threads {
                let _ = rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global();
            }
            tune_malloc(rayon::current_num_threads());
            let rules = match cmd::load_rules(a.patterns.as_ref()) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("chidao: {e}");
                    return ExitCode::from(cmd::EXIT_FAILED);
                }
            };
            if a.stdin_jsonl {
                return finish(cmd::stream::run(&rules, a.format));
            }
            let format = a.format.unwrap_or(if a.out.is_some() {
                cmd::emit::Format::Json
            } else {
                cmd::emit::Format::Jsonl
            });
            cmd::extract::run(cmd::extract::Config {
                emit: cmd::emit::Emitter::new(format, !a.no_bom),
                paths: cmd::default_paths(&a.paths),
                out: a.out,
                rules,
                read: chidao::batch::ReadOptions {
                    encoding: a.encoding,
                    lossy: a.lossy,
                },
                errors_file: a.errors,
                skip_existing: a.skip_existing,
                quiet: a.quiet,
            })
        }
        Command::Grep(a) => match cmd::grep::Config::from_args(a) {
            Ok(cfg) => cmd::grep::run(cfg),
            Err(e) => {
                eprintln!("chidao: {e}");
                return ExitCode::from(cmd::EXIT_FAILED);
            }
        },
        Command::Eval(a) => cmd::eval::run(a),
        Command::Schema => cmd::schema::run(),
    };
    finish(result)
}

/// The exit code of a finished command; a closed pipe is a normal end.
fn finish(result: std::io::Result<u8>) -> ExitCode {
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if cmd::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chidao: {e}");
            ExitCode::from(cmd::EXIT_FAILED)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
