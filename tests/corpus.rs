//! Every `corpus/x.txt` against the reviewed `x.expected.json` beside it, and
//! every output against the JSON Schema that `chidao schema` prints.
//! `CHIDAO_BLESS=1 cargo test corpus` rewrites the expected files after a
//! reviewed change.

use crate::common::{diff, repo, run};

fn corpus_files() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(repo("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// The pretty JSON `chidao extract --format json` prints, byte for byte: the
/// expected files keep the output's key order (a blessed file once came out
/// in sorted key order through `serde_json::Value`, a diff of every line).
fn extract_pretty(rel: &str) -> String {
    let out = run(&["extract", "-q", "--format", "json", rel]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn corpus_matches_expected_outputs() {
    let bless = std::env::var_os("CHIDAO_BLESS").is_some();
    let mut failures = Vec::new();
    for path in corpus_files() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let rel = format!("corpus/{name}");
        let actual = extract_pretty(&rel);
        let expected_path = path.with_extension("expected.json");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        if expected != actual {
            failures.push(format!("{name}:\n{}", diff(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "outputs differ from corpus/*.expected.json (CHIDAO_BLESS=1 to accept after review):\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_output_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_slice(&run(&["schema"]).stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let out = run(&[
        "extract",
        "-q",
        "corpus",
        "tests/dev/corpus",
        "tests/notices",
    ]);
    assert!(out.status.success());
    let mut count = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", doc["source"]["path"]);
        count += 1;
    }
    assert_eq!(count, 5 + 7 + 99);
    // and the schema rejects a document that breaks the contract
    let mut bad: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("corpus/000_a657edcbbbb18abb.expected.json")).unwrap(),
    )
    .unwrap();
    bad["directives"][0]["responsible"][0]["role"] = serde_json::json!("owner");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn spans_point_at_the_directive_text() {
    for path in corpus_files() {
        let input = std::fs::read_to_string(&path).unwrap();
        let notice = chidao::extract(&input, &chidao::Rules::embedded().unwrap());
        for d in &notice.directives {
            let src = &input[d.span.start..d.span.end];
            // the first words of the directive are at the start of its span
            let first: String = d
                .text
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let src_first: String = src.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert_eq!(
                src_first.replace(['*'], ""),
                first,
                "{}: {}",
                path.display(),
                d.id
            );
            let line = input[..d.span.start].matches('\n').count() + 1;
            assert_eq!(line, d.span.line_start);
        }
    }
}
