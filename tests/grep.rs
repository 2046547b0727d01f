//! `chidao grep`: query folding (diacritics, tone style, Unicode form,
//! abbreviations both ways, word order), filters, output formats, exit codes,
//! and the same hits over raw notices and over their JSON outputs.

use std::path::Path;

use crate::common::{chidao, TempDir};

/// A notice with five directives (lines 11, 13, 15, 17, 19), old tone style
/// (`Uỷ`), abbreviations (`Sở TN&MT`, `UBND các xã`, `HĐND`), a quoted phrase.
pub const NOTICE_A: &str = "ỦY BAN NHÂN DÂN
THÀNH PHỐ BIÊN HÒA

Số: 45/TB-UBND

Biên Hòa, ngày 10 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND thành phố tại cuộc họp giao ban tháng 3

1. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch rà soát biên chế, hoàn thành trước ngày 30/4/2024.

2. Sở TN&MT phối hợp với UBND các xã kiểm tra việc sử dụng đất, báo cáo Ủy ban nhân dân thành phố trước ngày 15/6/2024.

3. Văn phòng HĐND và UBND thành phố theo dõi, đôn đốc việc thực hiện thông báo này.

4. Uỷ ban nhân dân phường Tân Phong chủ trì tuyên truyền về \"an toàn, trật tự\", hoàn thành trong tháng 5/2024.

5. Công an thành phố tăng cường tuần tra, giữ gìn an ninh.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
";

/// An older notice (2023): `UBND TP`, `VP UBND` spelled short.
pub const NOTICE_B: &str = "ỦY BAN NHÂN DÂN
THÀNH PHỐ BIÊN HÒA

Số: 12/TB-UBND

Biên Hòa, ngày 5 tháng 12 năm 2023

THÔNG BÁO
Kết luận của Chủ tịch UBND thành phố về công tác cán bộ

1. Giao Phòng Nội vụ tổng hợp danh sách cán bộ, hoàn thành trước ngày 31/12/2023.

2. UBND TP Biên Hòa chỉ đạo các phường rà soát hồ sơ địa chính.

3. VP UBND thành phố theo dõi, tổng hợp kết quả.
";

/// A notice written to disk in NFD (decomposed diacritics).
pub const NOTICE_C: &str = "Số: 7/TB-UBND

Đồng Nai, ngày 2 tháng 4 năm 2024

THÔNG BÁO

1. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế kiểm tra an toàn thực phẩm trong trường học, hoàn thành trước ngày 30/5/2024.
";

pub fn nfd(s: &str) -> String {
    unicode_normalization::UnicodeNormalization::nfd(s).collect()
}

/// A folder with a.txt, b.txt and c.txt (NFD).
pub fn notices(name: &str) -> TempDir {
    let tmp = TempDir::new(name);
    std::fs::write(tmp.path().join("a.txt"), NOTICE_A).unwrap();
    std::fs::write(tmp.path().join("b.txt"), NOTICE_B).unwrap();
    std::fs::write(tmp.path().join("c.txt"), nfd(NOTICE_C)).unwrap();
    tmp
}

struct Grep {
    code: i32,
    stdout: String,
    stderr: String,
}

fn grep_in(dir: &Path, args: &[&str]) -> Grep {
    let out = chidao()
        .arg("grep")
        .args(["--color", "never"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("chidao runs");
    Grep {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `file:line` of every hit of `query` (plus extra args) over the three notices.
fn hits(dir: &TempDir, query: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec![query];
    args.extend_from_slice(extra);
    args.extend(["a.txt", "b.txt", "c.txt"]);
    let g = grep_in(dir.path(), &args);
    assert!(
        g.code == 0 || g.code == 1,
        "{query}: exit {} {}",
        g.code,
        g.stderr
    );
    g.stdout
        .lines()
        .map(|l| l.splitn(3, ':').take(2).collect::<Vec<_>>().join(":"))
        .collect()
}

#[test]
fn diacritics_and_case_do_not_matter() {
    let dir = notices("grep-diacritics");
    for q in [
        "phong noi vu",
        "Phòng Nội vụ",
        "PHONG NOI VU",
        "PHÒNG NỘI VỤ",
    ] {
        let h = hits(&dir, q, &[]);
        assert!(h.contains(&"a.txt:11".to_string()), "{q}: {h:?}");
        assert!(h.contains(&"b.txt:11".to_string()), "{q}: {h:?}");
    }
    // đ folds to d
    assert_eq!(
        hits(&dir, "uy ban nhan dan phuong tan phong", &[]),
        ["a.txt:17"]
    );
    assert!(hits(&dir, "hdnd", &[]).contains(&"a.txt:15".to_string()));
}

#[test]
fn tone_mark_style_does_not_matter() {
    let dir = notices("grep-tones");
    // printed "Uỷ ban" (old style), asked "Ủy ban" (new style), and back
    assert_eq!(
        hits(&dir, "Ủy ban nhân dân phường Tân Phong", &[]),
        ["a.txt:17"]
    );
    assert_eq!(
        hits(&dir, "Uỷ ban nhân dân phường Tân Phong", &[]),
        ["a.txt:17"]
    );
    assert_eq!(
        hits(&dir, "Uỷ ban nhân dân thành phố Biên Hoà", &[]),
        ["b.txt:13"]
    );
}

#[test]
fn unicode_form_does_not_matter() {
    let dir = notices("grep-nfd");
    // NFD notice, NFC query
    assert_eq!(hits(&dir, "Sở Y tế", &[]), ["c.txt:7"]);
    // NFD query, NFC notice
    assert_eq!(hits(&dir, &nfd("Phòng Tài chính"), &[]), ["a.txt:11"]);
    // NFD both
    assert_eq!(hits(&dir, &nfd("Sở Y tế"), &[]), ["c.txt:7"]);
}

#[test]
fn abbreviations_match_both_ways() {
    let dir = notices("grep-abbr");
    let cases: &[(&str, &[&str])] = &[
        // UBND in the notice, long form asked
        ("Ủy ban nhân dân xã", &["a.txt:13"]),
        // long form in the notice, UBND asked
        (
            "UBND thành phố",
            &["a.txt:13", "a.txt:15", "b.txt:13", "b.txt:15"],
        ),
        // HĐND / HDND / long form
        ("HĐND", &["a.txt:15"]),
        ("HDND và UBND", &["a.txt:15"]),
        ("Hội đồng nhân dân và Ủy ban nhân dân", &["a.txt:15"]),
        // TP in the notice, long form asked; TP asked, long form in the notice
        ("Ủy ban nhân dân thành phố Biên Hòa", &["b.txt:13"]),
        ("UBND TP", &["a.txt:13", "a.txt:15", "b.txt:13", "b.txt:15"]),
        // VP in the notice, long form asked; VP asked, long form in the notice
        ("Văn phòng Ủy ban nhân dân", &["b.txt:15"]),
        ("VP HĐND và UBND", &["a.txt:15"]),
        // Sở TN&MT both ways and in other spellings
        ("Sở Tài nguyên và Môi trường", &["a.txt:13"]),
        ("so tai nguyen va moi truong", &["a.txt:13"]),
        ("Sở TN&MT", &["a.txt:13"]),
        ("so tnmt", &["a.txt:13"]),
        ("Sở TN-MT", &["a.txt:13"]),
    ];
    for (q, want) in cases {
        assert_eq!(hits(&dir, q, &[]), *want, "query {q}");
    }
}

#[test]
fn words_must_follow_each_other_in_order() {
    let dir = notices("grep-order");
    assert!(hits(&dir, "noi vu", &[]).contains(&"a.txt:11".to_string()));
    assert!(hits(&dir, "vu noi", &[]).is_empty());
    assert!(hits(&dir, "phong vu", &[]).is_empty());
    // whole words: "tai" does not find "Tài chính" through "tài" + prefix
    assert!(hits(&dir, "tai chin", &[]).is_empty());
}

#[test]
fn role_filter() {
    let dir = notices("grep-role");
    assert_eq!(hits(&dir, "phong tai chinh", &[]), ["a.txt:11"]);
    assert_eq!(
        hits(&dir, "phong tai chinh", &["--role", "cooperate"]),
        ["a.txt:11"]
    );
    assert!(hits(&dir, "phong tai chinh", &["--role", "lead"]).is_empty());
    assert_eq!(
        hits(&dir, "UBND thành phố", &["--role", "report_to"]),
        ["a.txt:13"]
    );
    assert_eq!(
        hits(&dir, "UBND thành phố", &["--role", "lead,report_to"]),
        ["a.txt:13", "a.txt:15", "b.txt:13", "b.txt:15"]
    );
    // an empty query with a role: every directive with such a body
    assert_eq!(hits(&dir, "", &["--role", "report_to"]), ["a.txt:13"]);
}

#[test]
fn date_filters() {
    let dir = notices("grep-dates");
    // deadlines: a:11 2024-04-30, a:13 2024-06-15, a:17 2024-05-31, b:11 2023-12-31, c:7 2024-05-30
    assert_eq!(
        hits(&dir, "", &["--due-before", "2024-04-30"]),
        ["a.txt:11", "b.txt:11"],
        "on the day counts"
    );
    assert_eq!(
        hits(&dir, "", &["--due-after", "2024-05-31"]),
        ["a.txt:13", "a.txt:17"]
    );
    assert_eq!(
        hits(
            &dir,
            "",
            &["--due-after", "1/5/2024", "--due-before", "31/5/2024"]
        ),
        ["a.txt:17", "c.txt:7"]
    );
    assert_eq!(hits(&dir, "phong noi vu", &["--since", "2024-01-01"]), {
        let a: Vec<String> = hits(&dir, "phong noi vu", &[])
            .into_iter()
            .filter(|h| h.starts_with("a.txt"))
            .collect();
        a
    });
    assert_eq!(
        hits(
            &dir,
            "phong noi vu",
            &["--since", "2023-12-05", "--due-before", "2023-12-31"]
        ),
        ["b.txt:11"]
    );
}

#[test]
fn regex_on_the_directive_text() {
    let dir = notices("grep-regex");
    // with diacritics, tone-folded and case-insensitive
    assert_eq!(hits(&dir, "", &["-e", "AN TOÀN, TRẬT"]), ["a.txt:17"]);
    // ASCII only: diacritics ignored
    assert_eq!(hits(&dir, "", &["-e", r"an toan, trat tu"]), ["a.txt:17"]);
    assert_eq!(hits(&dir, "", &["-e", r"an toan thuc pham"]), ["c.txt:7"]);
    // body and text together
    assert_eq!(
        hits(&dir, "phong noi vu", &["-e", "bien che"]),
        ["a.txt:11"]
    );
    assert!(hits(&dir, "so y te", &["-e", "bien che"]).is_empty());
}

#[test]
fn line_output_names_file_line_role_body_and_text() {
    let dir = notices("grep-lines");
    let g = grep_in(dir.path(), &["so tn&mt", "a.txt"]);
    assert_eq!(g.code, 0, "{}", g.stderr);
    assert_eq!(
        g.stdout,
        "a.txt:13: [lead] Sở TN&MT — Sở TN&MT phối hợp với UBND các xã kiểm tra việc sử dụng đất, báo cáo Ủy ban nhân dân thành phố trước ngày 15/6/2024.\n"
    );
    // several matching bodies in one directive: one line, bodies joined by "; "
    let g = grep_in(dir.path(), &["ubnd", "a.txt"]);
    let line13 = g
        .stdout
        .lines()
        .find(|l| l.starts_with("a.txt:13:"))
        .unwrap();
    assert!(
        line13.starts_with(
            "a.txt:13: [cooperate] UBND các xã; [report_to] Ủy ban nhân dân thành phố — "
        ),
        "{line13}"
    );
}

#[test]
fn color_highlights_the_body() {
    let dir = notices("grep-color");
    let out = chidao()
        .args(["grep", "--color", "always", "so tn&mt", "a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("\x1b[1;31mSở TN&MT\x1b[0m"), "{s:?}");
    // auto: stdout is a pipe here, so no color
    let out = chidao()
        .args(["grep", "so tn&mt", "a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains('\x1b'));
}

#[test]
fn count_files_and_json_outputs() {
    let dir = notices("grep-formats");
    let g = grep_in(dir.path(), &["ubnd", "-c", "a.txt", "b.txt", "c.txt"]);
    assert_eq!(g.stdout, "a.txt:3\nb.txt:2\n");
    let g = grep_in(
        dir.path(),
        &["phong noi vu", "-l", "a.txt", "b.txt", "c.txt"],
    );
    assert_eq!(g.stdout, "a.txt\nb.txt\n");
    let g = grep_in(dir.path(), &["phong tai chinh", "--json", "a.txt", "b.txt"]);
    assert_eq!(g.code, 0);
    let lines: Vec<serde_json::Value> = g
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 1);
    let hit = &lines[0];
    assert_eq!(hit["path"], "a.txt");
    assert_eq!(hit["line"], 11);
    assert_eq!(hit["number"], "45/TB-UBND");
    assert_eq!(hit["date"], "2024-03-10");
    assert_eq!(hit["directive"]["id"], "1");
    assert_eq!(hit["matched"][0]["name"], "Phòng Tài chính - Kế hoạch");
    assert_eq!(hit["matched"][0]["role"], "cooperate");
    // -q prints nothing
    let g = grep_in(dir.path(), &["phong noi vu", "-q", "a.txt"]);
    assert_eq!((g.code, g.stdout.as_str()), (0, ""));
}

#[test]
fn exit_codes() {
    let dir = notices("grep-exit");
    assert_eq!(grep_in(dir.path(), &["phong noi vu", "a.txt"]).code, 0);
    assert_eq!(grep_in(dir.path(), &["so ngoai vu", "a.txt"]).code, 1);
    let g = grep_in(dir.path(), &["x", "--since", "yesterday", "a.txt"]);
    assert_eq!(g.code, 2);
    assert!(g.stderr.contains("--since"), "{}", g.stderr);
    let g = grep_in(dir.path(), &["x", "-e", "(unclosed", "a.txt"]);
    assert_eq!(g.code, 2);
    assert!(g.stderr.contains("regex"), "{}", g.stderr);
    assert_eq!(
        grep_in(dir.path(), &["x", "--role", "boss", "a.txt"]).code,
        2
    );
    // a missing file is an error even when another file matches
    let g = grep_in(dir.path(), &["phong noi vu", "a.txt", "missing.txt"]);
    assert_eq!(g.code, 2);
    assert!(g.stdout.contains("a.txt:11:"));
    assert!(g.stderr.contains("missing.txt"), "{}", g.stderr);
    // a .json that is not a chidao output
    std::fs::write(dir.path().join("bad.json"), "{\"x\": 1}").unwrap();
    assert_eq!(grep_in(dir.path(), &["phong noi vu", "bad.json"]).code, 2);
}

#[test]
fn default_path_is_the_corpus() {
    let out = crate::common::run(&["grep", "--color", "never", "phong noi vu"]);
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.lines().all(|l| l.starts_with("corpus/")), "{s}");
    assert!(s.contains("[lead] Phòng Nội vụ"), "{s}");
}

/// Hits as (file stem, the rest of the JSON hit without the path fields).
fn json_hits(dir: &Path, args: &[&str]) -> Vec<(String, serde_json::Value)> {
    let g = grep_in(dir, &[args, &["--json"]].concat());
    assert!(g.code == 0 || g.code == 1, "{args:?}: {}", g.stderr);
    g.stdout
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            let path = v["path"].as_str().unwrap().to_string();
            let stem = Path::new(&path)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let obj = v.as_object_mut().unwrap();
            obj.remove("path");
            obj.remove("source");
            (stem, v)
        })
        .collect()
}

#[test]
fn raw_notices_and_their_json_outputs_give_the_same_hits() {
    let dir = notices("grep-raw-json");
    let raw = dir.path().join("raw");
    std::fs::create_dir(&raw).unwrap();
    for entry in std::fs::read_dir(crate::common::repo("corpus")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::copy(&p, raw.join(p.file_name().unwrap())).unwrap();
        }
    }
    for f in ["a.txt", "b.txt", "c.txt"] {
        std::fs::rename(dir.path().join(f), raw.join(f)).unwrap();
    }
    let out = chidao()
        .args(["extract", "-q", "raw", "-o", "json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let queries: &[&[&str]] = &[
        &["phong noi vu"],
        &["UBND"],
        &["Ủy ban nhân dân thành phố", "--role", "lead"],
        &["so tn&mt"],
        &["", "--due-before", "2024-06-30"],
        &["", "-e", "cai cach hanh chinh"],
        &["so", "--since", "2024-03-01"],
    ];
    let mut total = 0;
    for q in queries {
        let from_raw = json_hits(dir.path(), &[q, &["raw"][..]].concat());
        let from_json = json_hits(dir.path(), &[q, &["json"][..]].concat());
        assert_eq!(from_raw, from_json, "query {q:?}");
        total += from_raw.len();
    }
    assert!(total > 20, "the queries find something ({total})");
    // both folders at once: the JSON of a notice searched raw is not counted twice
    let both = json_hits(dir.path(), &["phong noi vu", "raw", "json"]);
    let once = json_hits(dir.path(), &["phong noi vu", "raw"]);
    assert_eq!(both, once);
}
