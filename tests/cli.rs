//! Command-line behaviour of `chidao extract` and `chidao schema`.

use crate::common::{repo, run, TempDir};

#[test]
fn extract_defaults_to_the_bundled_corpus_as_json_lines() {
    let out = run(&["extract", "-q"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5, "one JSON document per corpus notice");
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert!(first["source"]["path"]
        .as_str()
        .unwrap()
        .ends_with("000_a657edcbbbb18abb.txt"));
    assert_eq!(first["header"]["number"], "136/TB-UBND");
}

#[test]
fn thread_count_does_not_change_the_output() {
    let one = run(&["extract", "-q", "-j", "1", "corpus", "tests/dev/corpus"]);
    let many = run(&["extract", "-q", "-j", "4", "corpus", "tests/dev/corpus"]);
    assert!(one.status.success() && many.status.success());
    assert_eq!(one.stdout, many.stdout);
}

#[test]
fn out_folder_mirrors_the_input_tree() {
    let tmp = TempDir::new("cli-out");
    let out = run(&[
        "extract",
        "-q",
        "tests/dev",
        "-o",
        tmp.path().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = tmp.path().join("corpus").join("01_tb-vpcp-636-phutho.json");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&written).expect("output written")).unwrap();
    assert_eq!(doc["header"]["number"], "636/TB-VPCP");
    // pretty-printed
    assert!(std::fs::read_to_string(&written)
        .unwrap()
        .contains("\n  \"source\""));
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = crate::common::chidao()
        .args(["extract", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Số: 12/TB-UBND\n\nHà Nội, ngày 5 tháng 6 năm 2024\n\nTHÔNG BÁO\n\nGiao Phòng Nội vụ rà soát hồ sơ trước ngày 30/6/2024.\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"]["path"], "<stdin>");
    assert_eq!(doc["header"]["date"], "2024-06-05");
}

#[test]
fn missing_input_is_reported_and_fails_the_run() {
    let out = run(&[
        "extract",
        "-q",
        "corpus/000_a657edcbbbb18abb.txt",
        "no/such/file.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("chidao: no/such/file.txt: no such file"),
        "{stderr}"
    );
    // the good file is still converted
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn broken_pattern_folder_names_file_and_line() {
    let tmp = TempDir::new("cli-patterns");
    for entry in std::fs::read_dir(crate::common::repo("patterns")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, tmp.path().join(p.file_name().unwrap())).unwrap();
    }
    let bad = tmp.path().join("20-segment.pat");
    let mut text = std::fs::read_to_string(&bad).unwrap();
    text.push_str("\n[regex broken_rule]\nfoo(bar\n");
    std::fs::write(&bad, text).unwrap();
    let out = run(&[
        "extract",
        "--patterns",
        tmp.path().to_str().unwrap(),
        "corpus",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("20-segment.pat:"), "{stderr}");
    assert!(stderr.contains("bad regex"), "{stderr}");
}

#[test]
fn schema_is_json() {
    let out = run(&["schema"]);
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schema["properties"]["directives"].is_object());
}

#[test]
fn spans_of_a_file_with_a_byte_order_mark_are_offsets_into_the_file() {
    let tmp = TempDir::new("cli-bom");
    let text = std::fs::read_to_string(repo("tests/notices/tb-vpcp-duong-sat.txt")).unwrap();
    let file = tmp.path().join("bom.txt");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    std::fs::write(&file, &bytes).unwrap();
    let out = run(&["extract", "-q", file.to_str().unwrap()]);
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"]["encoding"], "utf-8-bom");
    let mut checked = 0;
    for d in doc["directives"].as_array().unwrap() {
        for dl in d["deadlines"].as_array().unwrap() {
            let (start, end) = (
                dl["span"]["start"].as_u64().unwrap() as usize,
                dl["span"]["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                std::str::from_utf8(&bytes[start..end]).unwrap(),
                dl["text"].as_str().unwrap()
            );
            checked += 1;
        }
    }
    assert!(checked >= 2);
}
