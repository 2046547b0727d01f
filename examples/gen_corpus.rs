//! Writes a synthetic corpus for the throughput benchmarks by recombining the
//! real notices of `corpus/` and `tests/dev/corpus/`.
//!
//! ```text
//! cargo run --release --example gen_corpus -- [--count N] [--seed S] [--out DIR]
//! cargo run --release --example gen_corpus -- --single [--notice FILE] [--out DIR]
//! ```
//!
//! The first form writes N notices (default 10 000, about 100 MB) under
//! `DIR/NNN/NNNNNN.txt` (default `target/bench-corpus`). Each one takes the
//! head and closing of one source notice and a body made of runs of
//! paragraphs from several others, so the corpus has the shapes of the real
//! notices without being twelve files copied: varied bodies, dates, numbers,
//! numbering styles and lengths, news pages (with web debris around some),
//! old-style tone marks, a few NFD, CRLF and legacy-encoded (TCVN3, VNI,
//! Windows-1258) files. Everything is drawn from a small PRNG seeded by
//! `--seed`, so the same arguments always give byte-identical files.
//!
//! The second form writes one notice repeated into single files of 1 MB,
//! 10 MB and 100 MB (`DIR/single-001MB.txt` …, default `target/bench-single`),
//! for checking that throughput does not fall with the size of one file.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fs;
use std::path::{Path, PathBuf};

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// splitmix64: tiny, fast, and stable across platforms and crate versions,
/// which is all a reproducible corpus needs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is irrelevant here.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A source notice cut into paragraphs (runs of non-blank lines) and three parts.
struct Source {
    paragraphs: Vec<String>,
    /// Paragraphs `..head_end` are the header and preamble.
    head_end: usize,
    /// Paragraphs `tail_start..` are the closing (recipients, signature) or a news page's end.
    tail_start: usize,
    news: bool,
}

fn split_source(text: &str) -> Source {
    let text = text.replace("\r\n", "\n");
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    let news = paragraphs.first().is_some_and(|p| p.starts_with('#'));
    // The body starts at the first numbered or bulleted item, or a third of
    // the way in when the notice has none (news pages).
    let item = Regex::new(r"^(?:[IVX]+\.|\d+\.|[a-z]\)|- |\+ |Thứ nhất|Điều 1\b)").unwrap();
    let n = paragraphs.len();
    let head_end = paragraphs
        .iter()
        .position(|p| item.is_match(p))
        .unwrap_or(n / 3)
        .clamp(1, n.saturating_sub(2).max(1));
    let tail_start = paragraphs
        .iter()
        .rposition(|p| p.starts_with("Nơi nhận") || p.starts_with("KT.") || p.starts_with("TM."))
        .unwrap_or(n - (n / 10).max(1))
        .max(head_end + 1)
        .min(n);
    Source {
        paragraphs,
        head_end,
        tail_start,
        news,
    }
}

struct Variation {
    full_date: Regex,
    slash_date: Regex,
    number: Regex,
    arabic: Regex,
    bullet: Regex,
}

impl Variation {
    fn new() -> Self {
        Variation {
            full_date: Regex::new(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})").unwrap(),
            slash_date: Regex::new(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b").unwrap(),
            number: Regex::new(r"(Số\s*:\s*)(\d+)").unwrap(),
            arabic: Regex::new(r"(?m)^(\d{1,2})\. ").unwrap(),
            bullet: Regex::new(r"(?m)^- ").unwrap(),
        }
    }
}

const DEBRIS_TOP: &[&str] = &[
    "Từ viết tắt Xem với cỡ chữ",
    "Chia sẻ",
    "Facebook",
    "Zalo",
    "In",
    "Thứ ba, 06/09/2022 14:25",
    "Advertisement",
    "Lượt xem",
];
const DEBRIS_TAIL: &[&str] = &[
    "Tin liên quan:",
    "Các tin khác",
    "Check Also",
    "Bài cùng chuyên mục",
];
const DEBRIS_TITLES: &[&str] = &[
    "Hội nghị giao ban công tác quý III",
    "Triển khai kế hoạch phòng, chống thiên tai năm 2024",
    "Công bố quyết định về công tác cán bộ",
    "Đẩy mạnh cải cách thủ tục hành chính trên địa bàn tỉnh",
    "Tăng cường kiểm tra an toàn thực phẩm dịp Tết",
];

/// Old-style tone placement, as many archives print it.
const OLD_TONES: &[(&str, &str)] = &[
    ("hòa", "hoà"),
    ("Hòa", "Hoà"),
    ("ủy", "uỷ"),
    ("Ủy", "Uỷ"),
    ("thủy", "thuỷ"),
    ("Thủy", "Thuỷ"),
    ("khỏe", "khoẻ"),
    ("hóa", "hoá"),
    ("lũy", "luỹ"),
];

fn generate(sources: &[Source], rng: &mut Rng, var: &Variation) -> (Vec<u8>, &'static str) {
    let frame = rng.pick(sources);
    let mut paras: Vec<String> = Vec::new();
    let news = frame.news;
    if news && rng.chance(40) {
        let n = rng.range(2, 5);
        for _ in 0..n {
            paras.push(rng.pick(DEBRIS_TOP).to_string());
        }
    }
    paras.extend(frame.paragraphs[..frame.head_end].iter().cloned());

    // A body of runs of consecutive paragraphs (heading + its items stay together),
    // long-tailed in length like real notices: mostly 4–12 KB in all, sometimes 30 KB.
    let target = match rng.below(10) {
        0 => rng.range(300, 1_200),
        1..=6 => rng.range(1_200, 4_500),
        7 | 8 => rng.range(4_500, 9_000),
        _ => rng.range(9_000, 22_000),
    };
    let mut body = 0usize;
    while body < target {
        // Mostly the frame's own kind (formal or news), sometimes mixed.
        let from = if rng.chance(70) {
            frame
        } else {
            rng.pick(sources)
        };
        let (lo, hi) = (from.head_end, from.tail_start);
        if hi <= lo {
            continue;
        }
        let start = rng.range(lo, hi - 1);
        let len = rng.range(1, 12).min(hi - start);
        for p in &from.paragraphs[start..start + len] {
            body += p.len() + 2;
            paras.push(p.clone());
        }
    }
    paras.extend(frame.paragraphs[frame.tail_start..].iter().cloned());
    if news && rng.chance(40) {
        paras.push(rng.pick(DEBRIS_TAIL).to_string());
        for _ in 0..rng.range(2, 6) {
            paras.push(rng.pick(DEBRIS_TITLES).to_string());
        }
    }

    // One blank line between paragraphs, or none in a third of the files (hard-wrapped style).
    let sep = if rng.chance(70) { "\n\n" } else { "\n" };
    let mut text = paras.join(sep);
    text.push('\n');

    let (day, month, year) = (rng.range(1, 28), rng.range(1, 12), rng.range(2015, 2025));
    text = var
        .full_date
        .replace_all(
            &text,
            format!("ngày {day} tháng {month} năm {year}").as_str(),
        )
        .into_owned();
    let mut r2 = Rng(rng.next());
    text = var
        .slash_date
        .replace_all(&text, |_: &regex::Captures| {
            format!(
                "{}/{}/{}",
                r2.range(1, 28),
                r2.range(1, 12),
                r2.range(2015, 2026)
            )
        })
        .into_owned();
    let number = rng.range(1, 2999);
    text = var
        .number
        .replace_all(&text, format!("${{1}}{number}").as_str())
        .into_owned();
    match rng.below(6) {
        0 => text = var.arabic.replace_all(&text, "$1) ").into_owned(),
        1 => text = var.arabic.replace_all(&text, "($1) ").into_owned(),
        _ => {}
    }
    match rng.below(6) {
        0 => text = var.bullet.replace_all(&text, "+ ").into_owned(),
        1 => text = var.bullet.replace_all(&text, "• ").into_owned(),
        _ => {}
    }
    if rng.chance(25) {
        for (new, old) in OLD_TONES {
            text = text.replace(new, old);
        }
    }
    if rng.chance(3) {
        text = text.nfd().collect();
    }
    if rng.chance(10) {
        text = text.replace('\n', "\r\n");
    }
    // Pre-Unicode archives: a few files in the legacy encodings the decoder
    // detects. A text with a character the encoding lacks stays UTF-8.
    if rng.chance(1) {
        let enc = *rng.pick(&["tcvn3", "vni", "windows-1258"]);
        if let Some(bytes) = chidao::decode::encode(&text, enc) {
            return (bytes, enc);
        }
    }
    (text.into_bytes(), "utf-8")
}

fn default_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["corpus", "tests/dev/corpus"] {
        let Ok(read) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut found: Vec<PathBuf> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        found.sort();
        paths.extend(found);
    }
    paths
}

fn write_corpus(count: usize, seed: u64, out: &Path) -> std::io::Result<()> {
    let sources: Vec<Source> = default_sources()
        .iter()
        .map(|p| fs::read_to_string(p).map(|t| split_source(&t)))
        .collect::<Result<_, _>>()?;
    if sources.is_empty() {
        return Err(std::io::Error::other("no source notices found"));
    }
    let var = Variation::new();
    let mut rng = Rng(seed);
    let mut total = 0usize;
    let mut legacy = 0usize;
    for i in 0..count {
        let (bytes, enc) = generate(&sources, &mut rng, &var);
        let dir = out.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            fs::create_dir_all(&dir)?;
        }
        fs::write(dir.join(format!("{i:06}.txt")), &bytes)?;
        total += bytes.len();
        legacy += usize::from(enc != "utf-8");
    }
    println!(
        "{count} notices, {total} bytes ({:.1} MB, {legacy} legacy-encoded) in {}",
        total as f64 / 1e6,
        out.display()
    );
    Ok(())
}

fn write_single(notice: &Path, out: &Path) -> std::io::Result<()> {
    let text = fs::read_to_string(notice)?;
    let mut unit = text.trim_end().to_string();
    unit.push_str("\n\n");
    fs::create_dir_all(out)?;
    for mb in [1usize, 10, 100] {
        let want = mb * 1_000_000;
        let copies = want.div_ceil(unit.len());
        let path = out.join(format!("single-{mb:03}MB.txt"));
        let mut body = String::with_capacity(copies * unit.len());
        for _ in 0..copies {
            body.push_str(&unit);
        }
        fs::write(&path, &body)?;
        println!("{} bytes in {}", body.len(), path.display());
    }
    Ok(())
}

fn main() {
    let mut count = 10_000usize;
    let mut seed = 1u64;
    let mut out: Option<PathBuf> = None;
    let mut single = false;
    let mut notice: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    let usage = "usage: gen_corpus [--count N] [--seed S] [--out DIR] | --single [--notice FILE] [--out DIR]";
    while let Some(a) = args.next() {
        let mut value = || {
            args.next().unwrap_or_else(|| {
                eprintln!("{usage}");
                std::process::exit(2)
            })
        };
        match a.as_str() {
            "--count" => count = value().parse().expect("--count takes a number"),
            "--seed" => seed = value().parse().expect("--seed takes a number"),
            "--out" => out = Some(PathBuf::from(value())),
            "--single" => single = true,
            "--notice" => notice = Some(PathBuf::from(value())),
            _ => {
                eprintln!("{usage}");
                std::process::exit(2)
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let result = if single {
        let notice = notice.unwrap_or_else(|| root.join("corpus/000_a657edcbbbb18abb.txt"));
        let out = out.unwrap_or_else(|| root.join("target/bench-single"));
        write_single(&notice, &out)
    } else {
        let out = out.unwrap_or_else(|| root.join("target/bench-corpus"));
        write_corpus(count, seed, &out)
    };
    if let Err(e) = result {
        eprintln!("gen_corpus: {e}");
        std::process::exit(1);
    }
}
