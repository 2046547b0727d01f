//! Arbitrary bytes through decode and extraction: nothing may panic, and every
//! span must lie inside the decoded text, on char boundaries, with line numbers
//! within its line count.
#![no_main]

use chidao::model::Source;
use chidao::Rules;
use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;
use serde_json::Value;

// Compiling the rules takes far longer than one run: do it once per process.
static RULES: Lazy<Rules> = Lazy::new(|| Rules::embedded().expect("embedded rules compile"));

fuzz_target!(|data: &[u8]| {
    // Lossy, so that invalid UTF-8 still reaches extraction instead of stopping
    // at decode. The stages are called directly, not through `batch`, which
    // turns panics into per-file errors and would hide them from the fuzzer.
    let decoded = chidao::decode::decode(data, None, true);
    // The batch reads files through the copy-free path: it must agree.
    assert_eq!(
        chidao::decode::decode_owned(data.to_vec(), None, true),
        decoded,
        "owned and borrowed decoding differ"
    );
    let Ok(decoded) = decoded else {
        return;
    };
    let source = Source {
        path: "fuzz".into(),
        bytes: data.len() as u64,
        encoding: decoded.encoding.clone(),
    };
    let text = decoded.text;
    let notice = chidao::extract_with_source(&text, source, decoded.warnings, &RULES);
    // Serialized, as users get it: every object with `start`/`end` is a span,
    // wherever the model puts one now or later.
    let json = serde_json::to_value(&notice).expect("a notice serializes");
    check_spans(&json, &text, text.split('\n').count());
});

fn check_spans(v: &Value, text: &str, lines: usize) {
    match v {
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (map.get("start"), map.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                let ls = map["line_start"].as_u64().unwrap() as usize;
                let le = map["line_end"].as_u64().unwrap() as usize;
                assert!(
                    s <= e && e <= text.len(),
                    "span {s}..{e} outside 0..{}",
                    text.len()
                );
                assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "span {s}..{e} not on char boundaries"
                );
                assert!(
                    1 <= ls && ls <= le && le <= lines,
                    "lines {ls}..={le} of span {s}..{e} outside 1..={lines}"
                );
            }
            for x in map.values() {
                check_spans(x, text, lines);
            }
        }
        Value::Array(items) => {
            for x in items {
                check_spans(x, text, lines);
            }
        }
        _ => {}
    }
}
