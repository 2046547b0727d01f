//! `chidao extract --stdin-jsonl`: the map step of a pipeline.
//!
//! Reads JSON Lines `{"id": …, "text": …}` from stdin and answers each line
//! with one line, in order, flushed before the next line is read, so chidao
//! can sit behind Spark's `RDD.pipe`, Hadoop Streaming or GNU parallel. The
//! answer is the notice JSON with the input's `id` added as the first field
//! (and `source.path` set to the id, as text); an input line that cannot be
//! read gives `{"id": …, "error": "…"}` instead, and the run then exits 2.
//! A line without `id` is answered with its 1-based line number as id.

use std::io::{BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

use chidao::model::Source;
use chidao::Rules;
use serde_json::Value;

use super::emit::Format;
use super::{EXIT_FAILED, EXIT_OK};

/// One input line.
#[derive(serde::Deserialize)]
struct Request {
    #[serde(default)]
    id: Option<Value>,
    text: String,
}

pub fn run(rules: &Rules, format: Option<Format>) -> std::io::Result<u8> {
    // One answer line per input line: formats with several lines (task rows)
    // or pretty JSON would break the pairing.
    if format.is_some_and(|f| f != Format::Jsonl) {
        eprintln!("chidao: --stdin-jsonl writes JSON Lines only (--format jsonl)");
        return Ok(EXIT_FAILED);
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut raw = Vec::with_capacity(64 * 1024);
    let mut answer = Vec::with_capacity(64 * 1024);
    let mut failed = 0usize;
    let mut number = 0u64;
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        number += 1;
        answer.clear();
        if let Err(reason) = answer_line(rules, &raw, number, &mut answer) {
            failed += 1;
            answer.clear();
            let id = id_of(&raw).unwrap_or(Value::Null);
            let line = serde_json::json!({"id": id, "error": reason});
            serde_json::to_writer(&mut answer, &line).map_err(std::io::Error::other)?;
            eprintln!("chidao: <stdin>:{number}: {reason}");
        }
        answer.push(b'\n');
        match out.write_all(&answer).and_then(|_| out.flush()) {
            Ok(()) => {}
            Err(e) if super::is_broken_pipe(&e) => return Ok(EXIT_OK),
            Err(e) => return Err(e),
        }
    }
    Ok(if failed > 0 { EXIT_FAILED } else { EXIT_OK })
}

/// The id of a line that failed, if the line is JSON with one.
fn id_of(raw: &[u8]) -> Option<Value> {
    let v: Value = serde_json::from_slice(raw).ok()?;
    v.get("id").cloned()
}

/// Extract the notice of one input line into `answer` (without the newline).
fn answer_line(rules: &Rules, raw: &[u8], number: u64, answer: &mut Vec<u8>) -> Result<(), String> {
    let line = std::str::from_utf8(raw).map_err(|e| format!("not UTF-8: {e}"))?;
    let line = line.trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() {
        return Err("empty line; expected {\"id\": …, \"text\": …}".into());
    }
    let req: Request = serde_json::from_str(line)
        .map_err(|e| format!("expected {{\"id\": …, \"text\": …}}: {e}"))?;
    let id = req.id.unwrap_or_else(|| Value::from(number));
    let path = match &id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let source = Source {
        path,
        bytes: req.text.len() as u64,
        encoding: "utf-8".into(),
    };
    // One odd document must not end a long pipeline run.
    let notice = catch_unwind(AssertUnwindSafe(|| {
        chidao::extract_with_source(&req.text, source, Vec::new(), rules)
    }))
    .map_err(|_| "internal error while extracting this text".to_string())?;
    // `{"id":ID,` then the notice object without its opening brace: the id
    // comes first and the notice keeps its field order.
    let body = serde_json::to_vec(&notice).map_err(|e| e.to_string())?;
    answer.extend_from_slice(b"{\"id\":");
    serde_json::to_writer(&mut *answer, &id).map_err(|e| e.to_string())?;
    answer.push(b',');
    answer.extend_from_slice(&body[1..]);
    Ok(())
}
