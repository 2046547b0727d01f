//! `chidao extract --format json|jsonl|tasks-jsonl|csv` and `--no-bom`: each
//! format on stdout and with `--out`, task rows equal to the library's, and
//! CSV read back by a real CSV parser, every field intact.

use chidao::export::{task_rows, TaskRow, TASK_COLUMNS};
use chidao::Notice;

use crate::common::{chidao, run, TempDir};

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn stdout_of(args: &[&str]) -> Vec<u8> {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The corpus notices as `chidao extract` gives them (JSON Lines).
fn corpus_notices() -> Vec<Notice> {
    let out = stdout_of(&["extract", "-q", "corpus"]);
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("a notice per line"))
        .collect()
}

#[test]
fn jsonl_is_the_stdout_default_and_json_is_pretty() {
    let default = stdout_of(&["extract", "-q", "corpus"]);
    let jsonl = stdout_of(&["extract", "-q", "--format", "jsonl", "corpus"]);
    assert_eq!(default, jsonl);
    let pretty = String::from_utf8(stdout_of(&[
        "extract",
        "-q",
        "--format",
        "json",
        "corpus/000_a657edcbbbb18abb.txt",
    ]))
    .unwrap();
    assert!(
        pretty.starts_with("{\n  \"schema_version\""),
        "{}",
        &pretty[..40]
    );
    let doc: Notice = serde_json::from_str(&pretty).unwrap();
    assert_eq!(doc, corpus_notices()[0]);
    // several pretty documents one after another: a JSON stream
    let all = stdout_of(&["extract", "-q", "--format", "json", "corpus"]);
    let docs: Vec<Notice> = serde_json::Deserializer::from_slice(&all)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(docs, corpus_notices());
}

#[test]
fn task_rows_are_one_per_directive_and_body() {
    let notices = corpus_notices();
    let out = String::from_utf8(stdout_of(&[
        "extract",
        "-q",
        "--format",
        "tasks-jsonl",
        "corpus",
    ]))
    .unwrap();
    let rows: Vec<TaskRow> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a row per line"))
        .collect();
    let want: Vec<TaskRow> = notices.iter().flat_map(task_rows).collect();
    assert_eq!(rows, want);
    let per_directive: usize = notices
        .iter()
        .flat_map(|n| &n.directives)
        .map(|d| d.responsible.len().max(1))
        .sum();
    assert_eq!(rows.len(), per_directive);
    let first = &rows[0];
    assert_eq!(first.number, "136/TB-UBND");
    assert!(first.source.ends_with("000_a657edcbbbb18abb.txt"));
    assert!(first.line > 0 && !first.text.is_empty() && !first.directive_id.is_empty());
}

#[test]
fn a_directive_without_body_keeps_one_row() {
    // This notice has items whose bodies are not named (II.1 …).
    let file = "tests/dev/corpus/01_tb-vpcp-636-phutho.txt";
    let notice: Notice = serde_json::from_slice(&stdout_of(&["extract", "-q", file])).unwrap();
    let bodiless: Vec<&str> = notice
        .directives
        .iter()
        .filter(|d| d.responsible.is_empty())
        .map(|d| d.id.as_str())
        .collect();
    assert!(
        !bodiless.is_empty(),
        "the test needs a directive without body"
    );
    let out = String::from_utf8(stdout_of(&[
        "extract",
        "-q",
        "--format",
        "tasks-jsonl",
        file,
    ]))
    .unwrap();
    let rows: Vec<TaskRow> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for id in bodiless {
        let mine: Vec<&TaskRow> = rows.iter().filter(|r| r.directive_id == id).collect();
        assert_eq!(mine.len(), 1, "{id}");
        assert_eq!((mine[0].body.as_str(), mine[0].role.as_str()), ("", ""));
        assert!(!mine[0].text.is_empty());
    }
}

fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<TaskRow>) {
    let mut r = csv::Reader::from_reader(bytes);
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .deserialize()
        .collect::<Result<Vec<TaskRow>, _>>()
        .expect("rows parse");
    (header, rows)
}

#[test]
fn csv_starts_with_a_bom_and_the_header() {
    let csv = stdout_of(&["extract", "-q", "--format", "csv", "corpus"]);
    assert!(csv.starts_with(BOM));
    let (header, rows) = read_csv(&csv[BOM.len()..]);
    assert_eq!(header, TASK_COLUMNS);
    let want: Vec<TaskRow> = corpus_notices().iter().flat_map(task_rows).collect();
    assert_eq!(rows, want);
    // RFC 4180 line ends
    assert!(csv.windows(2).any(|w| w == b"\r\n"));
    let no_bom = stdout_of(&["extract", "-q", "--format", "csv", "--no-bom", "corpus"]);
    assert_eq!(no_bom, csv[BOM.len()..]);
}

#[test]
fn csv_round_trips_commas_quotes_and_newlines() {
    let tmp = TempDir::new("export-csv");
    // The file name becomes the `source` field: a comma, quotes and a newline.
    let weird = tmp.path().join("tb \"45\", bản\nsao.txt");
    std::fs::write(&weird, crate::grep::NOTICE_A).unwrap();
    let path = weird.to_str().unwrap();
    let jsonl = stdout_of(&["extract", "-q", path]);
    let notice: Notice = serde_json::from_slice(&jsonl).unwrap();
    let want = task_rows(&notice);
    assert!(want.iter().any(|r| r.text.contains("\"an toàn, trật tự\"")));
    assert!(want
        .iter()
        .all(|r| r.source.contains(",") && r.source.contains('\n')));
    let csv = stdout_of(&["extract", "-q", "--format", "csv", path]);
    let (_, rows) = read_csv(&csv);
    assert_eq!(rows, want);
}

#[test]
fn an_empty_run_still_writes_the_csv_header() {
    let tmp = TempDir::new("export-empty");
    let out = chidao()
        .args(["extract", "-q", "--format", "csv", "--no-bom"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{}\r\n", TASK_COLUMNS.join(","))
    );
}

#[test]
fn out_writes_one_file_per_input_with_the_format_extension() {
    let tmp = TempDir::new("export-out");
    let one = "corpus/000_a657edcbbbb18abb.txt";
    let notice: Notice = serde_json::from_slice(&stdout_of(&["extract", "-q", one])).unwrap();
    for (format, name) in [
        ("json", "000_a657edcbbbb18abb.json"),
        ("jsonl", "000_a657edcbbbb18abb.jsonl"),
        ("tasks-jsonl", "000_a657edcbbbb18abb.tasks.jsonl"),
        ("csv", "000_a657edcbbbb18abb.csv"),
    ] {
        let dir = tmp.path().join(format);
        let dir_s = dir.to_str().unwrap();
        stdout_of(&["extract", "-q", "--format", format, "-o", dir_s, one]);
        let files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, [name], "{format}");
        let bytes = std::fs::read(dir.join(name)).unwrap();
        match format {
            "json" => {
                assert!(bytes.starts_with(b"{\n"));
                assert_eq!(serde_json::from_slice::<Notice>(&bytes).unwrap(), notice);
            }
            "jsonl" => {
                assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), 1);
                assert_eq!(serde_json::from_slice::<Notice>(&bytes).unwrap(), notice);
            }
            "tasks-jsonl" => {
                let rows: Vec<TaskRow> = String::from_utf8(bytes)
                    .unwrap()
                    .lines()
                    .map(|l| serde_json::from_str(l).unwrap())
                    .collect();
                assert_eq!(rows, task_rows(&notice));
            }
            _ => {
                assert!(bytes.starts_with(BOM));
                assert_eq!(read_csv(&bytes[BOM.len()..]).1, task_rows(&notice));
            }
        }
    }
}
