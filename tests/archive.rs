//! A batch over a messy archive: the same notice in every encoding, and every
//! kind of bad or odd file an archive holds. Each file must come out converted
//! with the same directives as the UTF-8 original, or reported with its
//! reason; the exit code, the summary and `--errors` must agree.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::common::{chidao, repo, TempDir};

/// A corpus notice with plain ASCII punctuation: VISCII has no curly quotes
/// or dashes, and every encoding must carry the very same text.
pub fn base_notice() -> String {
    use unicode_normalization::UnicodeNormalization;
    let text = fs::read_to_string(repo("corpus/000_a657edcbbbb18abb.txt")).unwrap();
    let text: String = text.nfc().collect();
    text.replace(['“', '”'], "\"")
        .replace(['‘', '’'], "'")
        .replace(['–', '—'], "-")
        .replace('…', "...")
        .replace('\u{A0}', " ")
}

/// What a reader of the output cares about in each directive.
type DirectiveDigest = (String, String, Vec<String>, Vec<(String, Value)>);

fn digest(doc: &Value) -> Vec<DirectiveDigest> {
    doc["directives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let names = d["responsible"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap().to_string())
                .collect();
            let deadlines = d["deadlines"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| (x["text"].as_str().unwrap().to_string(), x["date"].clone()))
                .collect();
            (
                d["id"].as_str().unwrap().to_string(),
                d["text"].as_str().unwrap().to_string(),
                names,
                deadlines,
            )
        })
        .collect()
}

/// `(converted, failed, skipped, directives)` from the summary line on stderr.
pub fn summary(out: &Output) -> (usize, usize, usize, usize) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.contains(" converted, "))
        .unwrap_or_else(|| panic!("no summary line in:\n{stderr}"));
    let re = regex::Regex::new(
        r"^chidao: (\d+) converted, (\d+) failed, (\d+) skipped, (\d+) directives, [\d.]+ MB/s$",
    )
    .unwrap();
    let c = re
        .captures(line)
        .unwrap_or_else(|| panic!("bad summary line: {line}"));
    let n = |i: usize| c[i].parse::<usize>().unwrap();
    (n(1), n(2), n(3), n(4))
}

/// A notice header with no directive part at all.
const NO_DIRECTIVES: &str = "UỶ BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nSố: 5/TB-UBND\n\n\
Biên Hòa, ngày 2 tháng 1 năm 2024\n\nTHÔNG BÁO\n\nVề việc nghỉ Tết Nguyên đán\n";

/// Sizes of the big files; `CHIDAO_FULL_SIZE=1` uses the sizes of the issue
/// (50 MB, and 5 MB on one line), which take a while in a debug build.
fn big_sizes() -> (usize, usize) {
    if std::env::var_os("CHIDAO_FULL_SIZE").is_some() {
        (50_000_000, 5_000_000)
    } else {
        (8_000_000, 2_000_000)
    }
}

fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len() + 1)
}

/// Whether this process reads files whatever their permissions (root).
fn reads_anything(probe: &Path) -> bool {
    fs::File::open(probe).is_ok()
}

struct Archive {
    dir: PathBuf,
    /// Files expected to convert, by file name, with the encoding expected in `source.encoding`.
    converted: BTreeMap<PathBuf, &'static str>,
    /// Files (or walk problems) expected to fail, by path relative to the archive, with a reason fragment.
    failed: BTreeMap<PathBuf, &'static str>,
}

fn build_archive(root: &Path) -> Archive {
    use unicode_normalization::UnicodeNormalization;
    let dir = root.join("archive");
    fs::create_dir_all(dir.join("sub")).unwrap();
    let text = base_notice();
    let mut converted = BTreeMap::new();
    let mut failed = BTreeMap::new();
    let put = |name: &str, bytes: &[u8]| {
        fs::write(dir.join(name), bytes).unwrap();
    };

    // The same notice in every encoding an archive may hold.
    put("utf8.txt", text.as_bytes());
    converted.insert("utf8.txt".into(), "utf-8");
    let nfd: String = text.nfd().collect();
    put("nfd.txt", nfd.as_bytes());
    converted.insert("nfd.txt".into(), "utf-8");
    for enc in [
        "utf-8-bom",
        "utf-16le",
        "utf-16be",
        "tcvn3",
        "vni",
        "viscii",
        "windows-1258",
    ] {
        let bytes = chidao::decode::encode(&text, enc)
            .unwrap_or_else(|| panic!("{enc} cannot write the notice"));
        put(&format!("sub/{enc}.txt"), &bytes);
        converted.insert(format!("sub/{enc}.txt").into(), enc);
    }

    // Odd but valid.
    put("no-directives.txt", NO_DIRECTIVES.as_bytes());
    converted.insert("no-directives.txt".into(), "utf-8");
    let (big, line) = big_sizes();
    put("big.txt", repeat_to(&text, big).as_bytes());
    converted.insert("big.txt".into(), "utf-8");
    let one_line = text.replace('\n', " ");
    put("one-line.txt", repeat_to(&one_line, line).as_bytes());
    converted.insert("one-line.txt".into(), "utf-8");
    // A file name that is not UTF-8 (Latin-1 bytes): Linux allows it.
    let latin1_name = OsStr::from_bytes(b"th\xf4ng-b\xe1o.txt");
    fs::write(dir.join(latin1_name), text.as_bytes()).unwrap();
    converted.insert(PathBuf::from(latin1_name), "utf-8");

    // Bad files.
    put("empty.txt", b"");
    failed.insert("empty.txt".into(), "empty file");
    let mut nul = text.as_bytes()[..200].to_vec();
    nul.extend_from_slice(b"\0\0\x01\x02\0binary");
    put("nul.txt", &nul);
    failed.insert("nul.txt".into(), "binary file (NUL bytes)");
    put("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    failed.insert("photo.txt".into(), "looks like a PNG image");
    put("scan.txt", b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01");
    failed.insert("scan.txt".into(), "looks like a JPEG image");
    put(
        "latin1.txt",
        b"Die Gr\xf6\xdfe der Stra\xdfe f\xfcr \xc4rzte und B\xe4ume, sch\xf6n gr\xfcn.",
    );
    failed.insert("latin1.txt".into(), "invalid UTF-8 at byte 6");
    std::os::unix::fs::symlink("no-such-target.txt", dir.join("broken-link.txt")).unwrap();
    failed.insert("broken-link.txt".into(), "no such file or folder");
    std::os::unix::fs::symlink(".", dir.join("sub/loop")).unwrap();
    failed.insert("sub/loop".into(), "loop");
    // Two inputs with one output path (`case.json`): the first keeps it.
    put("case.TXT", text.as_bytes());
    converted.insert("case.TXT".into(), "utf-8");
    put("case.txt", text.as_bytes());
    failed.insert("case.txt".into(), "is already written for");

    let locked = dir.join("locked.txt");
    fs::write(&locked, text.as_bytes()).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if reads_anything(&locked) {
        println!(
            "note: running as root, which reads a mode-000 file: skipping the unreadable-file case"
        );
        fs::remove_file(&locked).unwrap();
    } else {
        failed.insert("locked.txt".into(), "permission denied");
    }
    Archive {
        dir,
        converted,
        failed,
    }
}

#[test]
fn every_file_of_a_messy_archive_is_converted_or_reported() {
    let tmp = TempDir::new("archive");
    let archive = build_archive(tmp.path());
    let out_dir = tmp.path().join("out");
    let errors_file = tmp.path().join("errors.jsonl");

    // The UTF-8 original, converted alone, is the reference.
    let reference = chidao()
        .args(["extract", "-q"])
        .arg(archive.dir.join("utf8.txt"))
        .output()
        .unwrap();
    assert!(reference.status.success());
    let reference: Value = serde_json::from_slice(&reference.stdout).unwrap();
    let expected = digest(&reference);
    assert!(expected.len() >= 5, "the reference notice has directives");

    let run = chidao()
        .args(["extract", "-j", "2", "-o"])
        .arg(&out_dir)
        .arg("--errors")
        .arg(&errors_file)
        .arg(&archive.dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "some files failed:\n{stderr}");
    assert!(run.stdout.is_empty(), "with --out nothing goes to stdout");

    // Converted files: the same directives as the original, in every encoding.
    let mut directives = 0;
    for (rel, encoding) in &archive.converted {
        let output = out_dir.join(rel).with_extension("json");
        let json = fs::read(&output)
            .unwrap_or_else(|e| panic!("{}: no output ({e})\n{stderr}", output.display()));
        let doc: Value = serde_json::from_slice(&json).unwrap();
        let shown = rel.to_string_lossy();
        assert_eq!(doc["source"]["encoding"], *encoding, "{shown}");
        directives += doc["directives"].as_array().unwrap().len();
        match rel.to_str() {
            Some("no-directives.txt") => {
                assert_eq!(doc["directives"], Value::Array(vec![]));
                assert_eq!(doc["header"]["number"], "5/TB-UBND");
                let warnings = doc["warnings"].to_string();
                assert!(warnings.contains("no directive found"), "{warnings}");
            }
            Some("big.txt") | Some("one-line.txt") => {
                assert!(doc["source"]["bytes"].as_u64().unwrap() > 1_000_000);
            }
            _ => {
                assert_eq!(digest(&doc), expected, "{shown}: directives differ");
                if !encoding.starts_with("utf-") {
                    let warnings = doc["warnings"].to_string();
                    assert!(
                        warnings.contains(&format!("guessed encoding {encoding}")),
                        "{shown}: {warnings}"
                    );
                }
            }
        }
    }
    // The source path of a non-UTF-8 file name is shown lossily.
    let latin1 = out_dir.join(OsStr::from_bytes(b"th\xf4ng-b\xe1o.json"));
    let doc: Value = serde_json::from_slice(&fs::read(latin1).unwrap()).unwrap();
    assert!(doc["source"]["path"]
        .as_str()
        .unwrap()
        .ends_with("th\u{FFFD}ng-b\u{FFFD}o.txt"));

    // Failed files: one `chidao: PATH: reason` line each, and one errors-file line each.
    let errors: Vec<Value> = fs::read_to_string(&errors_file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), archive.failed.len(), "{errors:#?}");
    for (rel, reason) in &archive.failed {
        let path = archive.dir.join(rel).to_string_lossy().into_owned();
        let line = format!("chidao: {path}: ");
        let shown = stderr
            .lines()
            .find(|l| l.starts_with(&line))
            .unwrap_or_else(|| panic!("no `{line}…` in:\n{stderr}"));
        assert!(shown.contains(reason), "{shown} should say `{reason}`");
        let record = errors
            .iter()
            .find(|e| e["path"] == path.as_str())
            .unwrap_or_else(|| panic!("{path} not in the errors file: {errors:#?}"));
        assert!(
            record["reason"].as_str().unwrap().contains(reason),
            "{record}"
        );
        assert!(!out_dir.join(rel).with_extension("json").exists() || rel.ends_with("case.txt"));
    }

    assert_eq!(
        summary(&run),
        (archive.converted.len(), archive.failed.len(), 0, directives)
    );
    assert_no_temp_files(&out_dir);

    // Run again: everything converted is skipped, the failures fail again.
    let again = chidao()
        .args(["extract", "--skip-existing", "-o"])
        .arg(&out_dir)
        .arg(&archive.dir)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        summary(&again),
        (0, archive.failed.len(), archive.converted.len(), 0)
    );
}

pub fn assert_no_temp_files(dir: &Path) {
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy();
        assert!(
            !name.contains(".tmp"),
            "temporary file left: {}",
            entry.path().display()
        );
    }
}

#[test]
fn the_legacy_test_files_agree_with_an_independent_decoder() {
    use unicode_normalization::UnicodeNormalization;
    // encoding_rs (a separate, well-kept implementation) reads Windows-1258;
    // its combining tones are composed to compare.
    let text = base_notice();
    assert!(text.chars().count() > 2000);
    let bytes = chidao::decode::encode(&text, "windows-1258").unwrap();
    let (theirs, _, had_errors) = encoding_rs::WINDOWS_1258.decode(&bytes);
    assert!(!had_errors);
    let theirs: String = theirs.nfc().collect();
    assert_eq!(theirs, text);
    // glibc's iconv knows TCVN3 and VISCII, when it is installed.
    for (ours, iconv_name) in [("tcvn3", "TCVN5712-1"), ("viscii", "VISCII")] {
        let bytes = chidao::decode::encode(&text, ours).unwrap();
        let Some(back) = iconv(iconv_name, &bytes) else {
            println!("note: no iconv for {iconv_name} here; skipped that cross-check");
            continue;
        };
        let back: String = String::from_utf8(back).unwrap().nfc().collect();
        assert_eq!(back, text, "{ours}");
    }
}

fn iconv(from: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("iconv")
        .args(["-f", from, "-t", "UTF-8"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(bytes).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status.success().then_some(out.stdout)
}

#[test]
fn an_output_that_would_overwrite_an_input_is_refused() {
    let tmp = TempDir::new("archive-clash");
    let input = tmp.path().join("notice.json");
    let text = base_notice();
    fs::write(&input, &text).unwrap();
    // `notice.json` as an input, written to its own folder: the output is the input.
    let run = chidao()
        .args(["extract", "-o"])
        .arg(tmp.path())
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("would overwrite the input"), "{stderr}");
    assert_eq!(fs::read_to_string(&input).unwrap(), text, "input untouched");

    // `--errors` naming an input is refused the same way.
    let txt = tmp.path().join("notice.txt");
    fs::write(&txt, &text).unwrap();
    let run = chidao()
        .args(["extract", "-q", "--errors"])
        .arg(&txt)
        .arg(&txt)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("--errors would overwrite the input"));
    assert_eq!(fs::read_to_string(&txt).unwrap(), text, "input untouched");
    assert!(run.stdout.is_empty());
}

#[test]
fn a_closed_pipe_ends_the_run_quietly_with_success() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let tmp = TempDir::new("archive-pipe");
    // Far more output than a pipe buffers, so the writer must meet the closed end.
    let text = base_notice();
    for i in 0..200 {
        fs::write(tmp.path().join(format!("n{i:03}.txt")), &text).unwrap();
    }
    let mut child = chidao()
        .args(["extract", "-j", "2"])
        .arg(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // Like `| head -1`: the reader goes away after one line.
    let out = child.wait_with_output().unwrap();
    assert!(serde_json::from_str::<Value>(&first).is_ok());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no message, no summary"
    );
}

#[test]
fn skip_existing_needs_an_output_folder() {
    let run = chidao()
        .args(["extract", "--skip-existing", "corpus"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("--out"));
}

#[test]
fn skip_existing_redoes_inputs_newer_than_their_output() {
    let tmp = TempDir::new("archive-newer");
    let (inp, out) = (tmp.path().join("in"), tmp.path().join("out"));
    fs::create_dir_all(&inp).unwrap();
    let text = base_notice();
    for name in ["a.txt", "b.txt"] {
        fs::write(inp.join(name), &text).unwrap();
    }
    let run = |skip: bool| {
        let mut c = chidao();
        c.args(["extract", "-o"]).arg(&out).arg(&inp);
        if skip {
            c.arg("--skip-existing");
        }
        c.output().unwrap()
    };
    assert_eq!(summary(&run(false)).0, 2);
    // `b.txt` changed after its output was written.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    fs::File::options()
        .write(true)
        .open(inp.join("b.txt"))
        .unwrap()
        .set_modified(later)
        .unwrap();
    let again = run(true);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(summary(&again), (1, 0, 1, summary(&again).3));
}
