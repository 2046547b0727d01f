//! `chidao grep`: directives whose responsible bodies match a query, over raw
//! notices (extracted on the fly, in parallel) and chidao's own JSON outputs.
//!
//! The matching lives in `chidao::query`; this module walks the inputs, turns
//! each file's hits into output bytes on the worker threads (so formatting is
//! parallel too) and writes them in input order, like ripgrep.

use std::collections::HashSet;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use chidao::batch::{self, DocError, Input, ReadOptions};
use chidao::model::{Notice, Party, Role};
use chidao::query::{self, Filters, Hit, Query};
use chidao::Rules;

use super::{EXIT_FAILED, EXIT_OK};

/// Exit code: the search ran and nothing matched.
pub const EXIT_NO_MATCH: u8 = 1;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleArg {
    Lead,
    Cooperate,
    /// Spelled as in the JSON output; `report-to` works too.
    #[value(name = "report_to", alias = "report-to")]
    ReportTo,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Lead => Role::Lead,
            RoleArg::Cooperate => Role::Cooperate,
            RoleArg::ReportTo => Role::ReportTo,
        }
    }
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorArg {
    #[default]
    Auto,
    Always,
    Never,
}

/// Arguments of `chidao grep`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Body to look for: case, diacritics, tone style and abbreviations do not
    /// matter (`phong noi vu`, `UBND tỉnh`, `Sở TN&MT`); `""` matches every directive.
    pub query: String,
    /// Files or folders (walked for .txt notices and .json outputs of `chidao extract`);
    /// `-` reads a notice from stdin. Default: `corpus/`.
    pub paths: Vec<PathBuf>,
    /// Only bodies with this role (repeat or separate with commas).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub role: Vec<RoleArg>,
    /// Only directives with a deadline on or before DATE (YYYY-MM-DD or D/M/YYYY).
    #[arg(long, value_name = "DATE")]
    pub due_before: Option<String>,
    /// Only directives with a deadline on or after DATE.
    #[arg(long, value_name = "DATE")]
    pub due_after: Option<String>,
    /// Only notices dated on or after DATE.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// The directive text must match REGEX as well (case-insensitive; an ASCII-only
    /// REGEX ignores diacritics: `chuyen doi so` finds `chuyển đổi số`).
    #[arg(short = 'e', long = "regexp", value_name = "REGEX")]
    pub regexp: Option<String>,
    /// Print the number of matching directives per file.
    #[arg(short, long, conflicts_with_all = ["files_with_matches", "json"])]
    pub count: bool,
    /// Print only the names of files with a match.
    #[arg(short = 'l', long, conflicts_with = "json")]
    pub files_with_matches: bool,
    /// One JSON object per matching directive.
    #[arg(long)]
    pub json: bool,
    /// Print nothing; the exit code tells whether something matched.
    #[arg(short, long)]
    pub quiet: bool,
    /// Highlight matches: auto (when stdout is a terminal and NO_COLOR is unset), always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Read rules from DIR instead of the embedded patterns.
    #[arg(long, value_name = "DIR")]
    pub patterns: Option<PathBuf>,
    /// Force the encoding of raw notices (utf-8, utf-16le, tcvn3, vni, viscii, windows-1258 …).
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Convert undecodable bytes to U+FFFD instead of failing the file.
    #[arg(long)]
    pub lossy: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Lines,
    Count,
    Files,
    Json,
    Quiet,
}

/// `chidao grep` resolved: the compiled query, the rules and how to print.
pub struct Config {
    pub paths: Vec<PathBuf>,
    pub rules: Rules,
    pub query: Query,
    pub read: ReadOptions,
    output: Output,
    color: bool,
}

impl Config {
    /// Resolve the arguments once: rules loaded, query and regex compiled.
    pub fn from_args(a: Args) -> Result<Config, String> {
        let rules = super::load_rules(a.patterns.as_ref()).map_err(|e| e.to_string())?;
        let filters = Filters {
            roles: a.role.iter().map(|&r| r.into()).collect(),
            due_before: a.due_before,
            due_after: a.due_after,
            since: a.since,
            text: a.regexp,
        };
        let query = Query::new(&a.query, &filters, &rules).map_err(|e| e.to_string())?;
        let output = if a.quiet {
            Output::Quiet
        } else if a.json {
            Output::Json
        } else if a.count {
            Output::Count
        } else if a.files_with_matches {
            Output::Files
        } else {
            Output::Lines
        };
        let color = match a.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        if let Some(n) = a.threads {
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global();
        }
        Ok(Config {
            paths: super::default_paths(&a.paths),
            rules,
            query,
            read: ReadOptions {
                encoding: a.encoding,
                lossy: a.lossy,
            },
            output,
            color,
        })
    }
}

/// What one file gave: its matching directives and the bytes to print.
struct Found {
    matches: usize,
    out: Vec<u8>,
}

pub fn run(cfg: Config) -> std::io::Result<u8> {
    let (inputs, walk_errors) = batch::collect_inputs(&cfg.paths, &["txt", "json"]);
    let mut failed = walk_errors.len();
    for e in &walk_errors {
        report(e);
    }
    // A JSON output of a notice that is searched raw in the same run would
    // give every hit twice: the raw text wins.
    let raw_inputs: HashSet<PathBuf> = inputs
        .iter()
        .filter(|i| !is_json(i))
        .filter_map(|i| std::fs::canonicalize(&i.path).ok())
        .collect();
    let stdout = std::io::stdout();
    let mut writer = BufWriter::new(stdout.lock());
    let mut matches = 0usize;
    let mut io_error: Option<std::io::Error> = None;
    batch::for_each_ordered(
        &inputs,
        |input| search_file(&cfg, input, &raw_inputs),
        |_, result| match result {
            Ok(found) => {
                matches += found.matches;
                if let Err(e) = writer.write_all(&found.out) {
                    io_error = Some(e);
                    return false;
                }
                // With -q the answer is known at the first match.
                !(cfg.output == Output::Quiet && matches > 0)
            }
            Err(e) => {
                report(&e);
                failed += 1;
                true
            }
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
    // Like ripgrep: an error makes the run fail even when something matched.
    Ok(if failed > 0 {
        EXIT_FAILED
    } else if matches > 0 {
        EXIT_OK
    } else {
        EXIT_NO_MATCH
    })
}

fn report(e: &DocError) {
    eprintln!("chidao: {e}");
}

fn is_json(input: &Input) -> bool {
    input
        .path
        .extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x.eq_ignore_ascii_case("json") || x.eq_ignore_ascii_case("jsonl"))
}

/// Read, extract or parse one file and format its hits.
fn search_file(
    cfg: &Config,
    input: &Input,
    raw_inputs: &HashSet<PathBuf>,
) -> Result<Found, DocError> {
    let shown = input.display();
    let bytes = batch::read_input(input)?;
    let notices = if is_json(input) {
        let mut notices = query::notices_from_json(&shown, &bytes)?;
        notices.retain(|n| {
            std::fs::canonicalize(&n.source.path).map_or(true, |p| !raw_inputs.contains(&p))
        });
        notices
    } else {
        query::convert_for(&cfg.query, &shown, &bytes, &cfg.rules, &cfg.read)?
            .into_iter()
            .collect()
    };
    let mut found = Found {
        matches: 0,
        out: Vec::new(),
    };
    for notice in &notices {
        let hits = cfg.query.hits(notice);
        found.matches += hits.len();
        if cfg.output == Output::Lines || cfg.output == Output::Json {
            for hit in &hits {
                match cfg.output {
                    Output::Json => write_json(&mut found.out, &shown, notice, hit),
                    _ => write_line(&mut found.out, &shown, hit, cfg.color),
                }
            }
        }
    }
    match cfg.output {
        Output::Count if found.matches > 0 => {
            found.out = format!("{}:{}\n", paint(&shown, PATH, cfg.color), found.matches).into();
        }
        Output::Files if found.matches > 0 => {
            found.out = format!("{}\n", paint(&shown, PATH, cfg.color)).into();
        }
        _ => {}
    }
    Ok(found)
}

const PATH: &str = "35";
const LINE: &str = "32";
const BODY: &str = "1;31";

fn paint(text: &str, style: &str, color: bool) -> String {
    if color {
        format!("\x1b[{style}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// `path:line: [role] body; [role] body — directive text`, one line per
/// directive (the text's own line breaks become spaces).
fn write_line(out: &mut Vec<u8>, shown: &str, hit: &Hit, color: bool) {
    let d = hit.directive;
    let mut line = format!(
        "{}:{}:",
        paint(shown, PATH, color),
        paint(&d.span.line_start.to_string(), LINE, color)
    );
    for (i, p) in hit.parties.iter().enumerate() {
        line.push_str(if i == 0 { " " } else { "; " });
        line.push_str(&format!(
            "[{}] {}",
            p.role.as_str(),
            paint(&p.name, BODY, color)
        ));
    }
    line.push_str(" — ");
    let text: String = d
        .text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    line.push_str(&text);
    line.push('\n');
    out.extend_from_slice(line.as_bytes());
}

/// One JSON object per matching directive: where it is, which notice, the
/// directive as in the output contract and the bodies that matched.
fn write_json(out: &mut Vec<u8>, shown: &str, notice: &Notice, hit: &Hit) {
    #[derive(serde::Serialize)]
    struct JsonHit<'a> {
        path: &'a str,
        line: usize,
        source: &'a str,
        number: Option<&'a str>,
        date: Option<&'a str>,
        issuer: Option<&'a str>,
        title: Option<&'a str>,
        matched: &'a [&'a Party],
        directive: &'a chidao::model::Directive,
    }
    let h = &notice.header;
    let obj = JsonHit {
        path: shown,
        line: hit.directive.span.line_start,
        source: &notice.source.path,
        number: h.number.as_deref(),
        date: h.date.as_deref(),
        issuer: h.issuer.as_deref(),
        title: h.title.as_deref(),
        matched: &hit.parties,
        directive: hit.directive,
    };
    // Serializing plain data into a Vec cannot fail.
    if serde_json::to_writer(&mut *out, &obj).is_ok() {
        out.push(b'\n');
    }
}
