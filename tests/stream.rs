//! `chidao extract --stdin-jsonl`: a child process fed line by line answers
//! each line before the next one is sent, in order, with the id; a bad line
//! gives an error object and the exit code says so.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::thread;
use std::time::Duration;

use serde_json::{json, Value};

use crate::common::chidao;

/// A running `chidao extract --stdin-jsonl` and its answer lines.
struct Stream {
    child: Child,
    stdin: Option<ChildStdin>,
    answers: Receiver<String>,
}

impl Stream {
    fn start() -> Stream {
        let mut child = chidao()
            .args(["extract", "--stdin-jsonl"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chidao starts");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let (tx, answers) = channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if tx.send(line.expect("UTF-8 answer")).is_err() {
                    break;
                }
            }
        });
        Stream {
            child,
            stdin,
            answers,
        }
    }

    /// Send one line (kept open: no end of input) and wait for its answer.
    fn ask(&mut self, line: &str) -> Value {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        let answer = self
            .answers
            .recv_timeout(Duration::from_secs(60))
            .expect("an answer arrives while stdin is still open");
        serde_json::from_str(&answer).expect("the answer is one JSON line")
    }

    /// Close stdin; the exit code and any answer lines left over.
    fn finish(mut self) -> (i32, Vec<String>) {
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        let rest = self.answers.iter().collect();
        (status.code().unwrap_or(-1), rest)
    }
}

fn direct(text: &str) -> Value {
    let mut child = chidao()
        .args(["extract", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn each_line_is_answered_before_the_next_is_sent() {
    let mut s = Stream::start();
    let a = s.ask(&json!({"id": "doc-a", "text": crate::grep::NOTICE_A}).to_string());
    assert_eq!(a["id"], "doc-a");
    assert_eq!(a["source"]["path"], "doc-a");
    assert_eq!(a["header"]["number"], "45/TB-UBND");
    // the same notice as a direct run, apart from where it came from
    let d = direct(crate::grep::NOTICE_A);
    assert_eq!(a["header"], d["header"]);
    assert_eq!(a["directives"], d["directives"]);
    // id first, so a consumer can route the line without parsing it all
    let b = s.ask(&json!({"id": 2, "text": crate::grep::NOTICE_B}).to_string());
    assert_eq!(b["id"], 2);
    assert_eq!(b["source"]["path"], "2");
    assert_eq!(b["header"]["number"], "12/TB-UBND");
    // a bad line: an error object, and the stream goes on
    let bad = s.ask("{\"id\": \"broken\", \"text\": 42}");
    assert_eq!(bad["id"], "broken");
    assert!(bad["error"].as_str().unwrap().contains("text"), "{bad}");
    let junk = s.ask("not json at all");
    assert_eq!(junk["id"], Value::Null);
    assert!(junk["error"].is_string());
    // no id: the line number stands in
    let c = s.ask(&json!({"text": crate::grep::NOTICE_C}).to_string());
    assert_eq!(c["id"], 5);
    let (code, rest) = s.finish();
    assert!(rest.is_empty(), "one answer per line: {rest:?}");
    assert_eq!(code, 2, "bad lines make the run fail");
}

#[test]
fn a_clean_stream_exits_zero_and_keeps_order() {
    let mut child = chidao()
        .args(["extract", "--stdin-jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = String::new();
    for i in 0..20 {
        let text = if i % 2 == 0 {
            crate::grep::NOTICE_A
        } else {
            crate::grep::NOTICE_B
        };
        input.push_str(&json!({"id": format!("n{i}"), "text": text}).to_string());
        input.push('\n');
    }
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let want: Vec<String> = (0..20).map(|i| format!("n{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn other_formats_are_refused_in_stream_mode() {
    let out = chidao()
        .args(["extract", "--stdin-jsonl", "--format", "csv"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
