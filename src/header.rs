//! Reads the header fields of a notice: number, kind, issuer, place and date,
//! title, meeting, signer and recipients (news: title and publication date).
//!
//! A formal notice is recognised by its top block (number line, place and date
//! line, national heading or a kind line in capitals); anything else is read as
//! a news article, which only has a headline and a publication date (looked
//! for under the headline, then in the lines dropped as page debris). The top
//! block and the signature are read from the cleaned lines before joining,
//! split into table cells, because hard-wrapped header cells are joined into
//! paragraphs that mix them; body-wide look-ups (appendix number, closing
//! date, meeting lead) use the paragraphs. All wording comes from
//! `patterns/30-header.pat`; this module only decides where to look and in
//! which order. It hands a [`Header`] to the notice; nothing else reads it.

use std::ops::Range;

use regex::Regex;

use crate::model::{Header, Meeting, Signer};
use crate::normalize::{fold_pattern_cow, fold_tones, Normalized};
use crate::rules::{List, Pattern, Rules};

pub const REQUIRED_RULES: &[&str] = &[
    "doc_type",
    "issuer_head",
    "signer_position",
    "chair_head",
    "meeting_kind",
    "date_any",
    "date_words",
    "date_digits",
    "number_token",
    "number_line",
    "place_date",
    "date_line",
    "motto",
    "body_start",
    "title_stop",
    "subject_line",
    "appendix_ref",
    "appendix_start",
    "adopted_date",
    "news_dateline",
    "meeting_notice",
    "meeting_lead",
    "meeting_in_title",
    "meeting_in_text",
    "meeting_chair",
    "chair_in_title",
    "recipients_head",
    "signer_delegation",
    "signer_skip",
    "person_name",
    "recipient_split",
    "cell_gap",
    "news_date_bare",
    "date_iso",
    "subject_mark",
    "meeting_doc_type",
];

/// How far into the document the top block may reach (cleaned lines).
const TOP_SCAN: usize = 40;
/// How many lines a title or an issuer may be wrapped over.
const MAX_TITLE_LINES: usize = 8;
const MAX_ISSUER_LINES: usize = 4;
/// How many cells under a signer's title the name may be looked for.
const NAME_LOOKAHEAD: usize = 3;
/// How many cells before `Nơi nhận:` a signature printed first may start.
const SIGN_BEFORE_LIST: usize = 12;
const MAX_RECIPIENTS: usize = 60;
/// How many paragraphs may precede the one that opens with the meeting date.
const LEAD_SCAN: usize = 12;
/// News stamps are short lines; longer lines are text that mentions a date.
const MAX_STAMP_LEN: usize = 80;
/// How many lines under the headline a publication stamp may sit.
const STAMP_SCAN: usize = 8;

/// Non-blank raw lines read for a page's date of the day and the stamp under it.
const RAW_STAMP_SCAN: usize = 24;

/// Parse the header of a normalized notice; `input` is the decoded text (for
/// lines dropped as debris, such as a news page's publication stamp).
pub fn parse(n: &Normalized, input: &str, rules: &Rules) -> Header {
    let r = Rx::new(rules);
    // Header and closing are often two-column tables flattened onto one line
    // per row; read them cell by cell.
    let cells: Vec<&str> = n
        .lines
        .iter()
        .flat_map(|l| r.cell_gap.split(l))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let top = find_top(&cells, &r);
    if !top.formal || (top.only_kind_line && news_stamp_under_headline(n, input, &r).is_some()) {
        return news(n, input, &r);
    }
    let (title, title_end) = match top.title_idx {
        Some(i) => formal_title(&cells, i, top.title_rest.as_deref(), &r),
        None => (subject_title(&cells[..top.end], &r), top.end),
    };
    let issuer = top
        .issuer
        .clone()
        .or_else(|| issuer_after_title(&cells, top.title_idx, title_end, &r));

    let mut number = top.number.clone();
    let mut date = top.date.clone();
    if number.is_none() || date.is_none() {
        if let Some((num, d)) = appendix_ref(n, top.doc_type.as_deref(), &r) {
            // The appendix date belongs to this notice only when the numbers
            // agree (or the top block printed none).
            let same = top.number.as_deref().is_none_or(|t| t == num);
            if date.is_none() && same {
                date = d;
            }
            if number.is_none() {
                number = Some(num);
            }
        }
    }
    let mut place = top.place.clone();
    if date.is_none() {
        // A place and date line printed elsewhere (after the signature).
        if let Some((p, d)) = place_date_anywhere(&cells[top.end..], &r) {
            date = d;
            place = place.or(p);
        }
    }
    if date.is_none() {
        date = adopted_date(n, &r);
    }

    let meeting = meeting(n, top.doc_type.as_deref(), title.as_deref(), &r);
    let (signer, recipients) = closing(&cells, &r);
    Header {
        number,
        doc_type: top.doc_type,
        issuer,
        place,
        date,
        title,
        meeting,
        signer,
        recipients,
    }
}

/// The compiled rules this module uses, looked up once per document.
struct Rx<'a> {
    doc_type: &'a Pattern,
    issuer_head: &'a Pattern,
    signer_position: &'a Pattern,
    date_words: &'a Pattern,
    date_digits: &'a Pattern,
    number_line: &'a Pattern,
    place_date: &'a Pattern,
    date_line: &'a Pattern,
    motto: &'a Pattern,
    body_start: &'a Pattern,
    title_stop: &'a Pattern,
    subject_line: &'a Pattern,
    appendix_ref: &'a Pattern,
    appendix_start: &'a Pattern,
    adopted_date: &'a Pattern,
    news_dateline: &'a Pattern,
    meeting_notice: &'a Pattern,
    meeting_lead: &'a Pattern,
    meeting_in_title: &'a Pattern,
    meeting_in_text: &'a Pattern,
    meeting_chair: &'a Pattern,
    chair_in_title: &'a Pattern,
    recipients_head: &'a Pattern,
    signer_delegation: &'a Pattern,
    signer_skip: &'a Pattern,
    person_name: &'a Pattern,
    /// A rank or degree printed before a signer's name (optional section).
    signer_rank: Option<&'a Pattern>,
    signer_caption: Option<&'a Pattern>,
    /// A legal database's page title naming the kind (optional section).
    database_title: Option<&'a Pattern>,
    /// A portal's label of the number, `Số/Ký hiệu:` (optional section).
    number_label: Option<&'a Pattern>,
    /// The site's date of the day at the top of a news page, which yields to
    /// the article's own stamp below it (optional section).
    news_page_date: Option<&'a Pattern>,
    recipient_split: &'a Pattern,
    cell_gap: &'a Pattern,
    news_date_bare: &'a Pattern,
    date_iso: &'a Pattern,
    subject_mark: &'a Pattern,
    meeting_doc_type: &'a List,
}

impl<'a> Rx<'a> {
    fn new(rules: &'a Rules) -> Rx<'a> {
        Rx {
            doc_type: rules.list("doc_type").regex(),
            issuer_head: rules.list("issuer_head").regex(),
            signer_position: rules.list("signer_position").regex(),
            date_words: rules.regex("date_words"),
            date_digits: rules.regex("date_digits"),
            number_line: rules.regex("number_line"),
            place_date: rules.regex("place_date"),
            date_line: rules.regex("date_line"),
            motto: rules.regex("motto"),
            body_start: rules.regex("body_start"),
            title_stop: rules.regex("title_stop"),
            subject_line: rules.regex("subject_line"),
            appendix_ref: rules.regex("appendix_ref"),
            appendix_start: rules.regex("appendix_start"),
            adopted_date: rules.regex("adopted_date"),
            news_dateline: rules.regex("news_dateline"),
            meeting_notice: rules.regex("meeting_notice"),
            meeting_lead: rules.regex("meeting_lead"),
            meeting_in_title: rules.regex("meeting_in_title"),
            meeting_in_text: rules.regex("meeting_in_text"),
            meeting_chair: rules.regex("meeting_chair"),
            chair_in_title: rules.regex("chair_in_title"),
            recipients_head: rules.regex("recipients_head"),
            signer_delegation: rules.regex("signer_delegation"),
            signer_skip: rules.regex("signer_skip"),
            person_name: rules.regex("person_name"),
            signer_rank: rules.optional_regex("signer_rank"),
            signer_caption: rules.optional_regex("signer_caption"),
            database_title: rules.optional_regex("database_title"),
            number_label: rules.optional_regex("number_label"),
            news_page_date: rules.optional_regex("news_page_date"),
            recipient_split: rules.regex("recipient_split"),
            cell_gap: rules.regex("cell_gap"),
            news_date_bare: rules.regex("news_date_bare"),
            date_iso: rules.regex("date_iso"),
            subject_mark: rules.regex("subject_mark"),
            meeting_doc_type: rules.list("meeting_doc_type"),
        }
    }
}

/// Lines joined by `\n` with their tone-folded key, so rules can match across
/// a hard-wrapped break and the match can be read back as printed.
struct Block {
    text: String,
    /// The key when folding changed the text (most blocks are their own key).
    folded: Option<String>,
    /// Byte offset in `text` for each char start of the key (and its end),
    /// when the key is not the text itself.
    k2t: Vec<usize>,
}

impl Block {
    fn new(lines: &[&str]) -> Block {
        let text = lines.join("\n");
        let (key, changed) = fold_tones(&text);
        if !changed {
            // Built for every cell of some notices: no copy and no offset map
            // when there is nothing to map.
            return Block {
                text,
                folded: None,
                k2t: Vec::new(),
            };
        }
        let mut k2t = vec![0; key.len() + 1];
        for ((k, _), (t, _)) in key.char_indices().zip(text.char_indices()) {
            k2t[k] = t;
        }
        k2t[key.len()] = text.len();
        Block {
            text,
            folded: Some(key),
            k2t,
        }
    }

    fn one(line: &str) -> Block {
        Block::new(&[line])
    }

    /// The tone-folded text the rules match.
    fn key(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.text)
    }

    /// Offset in `text` of offset `k` of the key: 0 inside a char, `None` past the end.
    fn to_text(&self, k: usize) -> Option<usize> {
        match &self.folded {
            Some(_) => self.k2t.get(k).copied(),
            None if k <= self.text.len() => Some(if self.text.is_char_boundary(k) { k } else { 0 }),
            None => None,
        }
    }

    /// The printed text of a range of `key` (empty if the range is not on char bounds).
    fn text_of(&self, r: Range<usize>) -> &str {
        let (Some(a), Some(b)) = (self.to_text(r.start), self.to_text(r.end)) else {
            return "";
        };
        self.text.get(a..b.max(a)).unwrap_or("")
    }
}

/// True for a line with letters, none of them lower case (a title in capitals).
fn is_caps(s: &str) -> bool {
    s.chars().any(crate::tokens::is_letter) && !s.chars().any(char::is_lowercase)
}

fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// Collapse runs of whitespace (line breaks of a wrapped cell included) to one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An ISO date from the first full date in `s` (words or digits).
fn parse_date(s: &str, r: &Rx) -> Option<String> {
    let key = fold_pattern_cow(s);
    // The earliest full date of any form.
    let caps = [r.date_words, r.date_digits, r.date_iso]
        .iter()
        .filter_map(|re| re.captures(&key))
        .min_by_key(|c| c.get(0).map_or(usize::MAX, |m| m.start()))?;
    // (a day whose digits a scan set apart, `1 8`, is read as one number)
    let num = |name: &str| -> Option<u32> {
        let digits = caps.name(name)?.as_str().replace(' ', "");
        digits.parse().ok()
    };
    let (d, m, y) = (num("d")?, num("m")?, num("y")?);
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// What the top block of a formal notice shows.
#[derive(Default)]
struct Top {
    /// Lines before the kind line or the first body line.
    end: usize,
    formal: bool,
    number: Option<String>,
    place: Option<String>,
    date: Option<String>,
    issuer: Option<String>,
    doc_type: Option<String>,
    /// Index of the kind line and the subject printed on it after the kind.
    title_idx: Option<usize>,
    title_rest: Option<String>,
    /// The kind line is the only sign of a formal notice (a news page may
    /// show a category label such as `THÔNG BÁO` in capitals).
    only_kind_line: bool,
}

/// The kind named by a title line in capitals, and the rest of that line.
fn doc_type_line(line: &str, r: &Rx) -> Option<(String, String)> {
    if !is_caps(line) {
        return None;
    }
    let b = Block::one(line);
    let m = r.doc_type.find(b.key())?;
    if m.start() != 0 {
        return None;
    }
    let rest = b.key()[m.end()..].trim_start();
    // `QUYẾT ĐỊNH:` before the articles is the operative word, not a title.
    if rest.starts_with(':') {
        return None;
    }
    let kind = squash(b.text_of(m.range()));
    let rest = squash(b.text_of(m.end()..b.key().len()));
    Some((kind, rest))
}

/// The kind named by a legal database's page title ("Công văn 3412/UBND-VX
/// năm 2020 về …"), in capitals, when its number is `number` (or the top
/// block printed none).
fn database_kind(line: &str, number: Option<&str>, r: &Rx) -> Option<String> {
    let re = r.database_title?;
    let b = Block::one(line);
    let c = re.captures(b.key())?;
    let kind = c.name("kind")?;
    let num: String = b
        .text_of(c.name("num")?.range())
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if number.is_some_and(|n| !n.eq_ignore_ascii_case(&num)) {
        return None;
    }
    Some(squash(b.text_of(kind.range())).to_uppercase())
}

fn find_top(lines: &[&str], r: &Rx) -> Top {
    let scan = lines.len().min(TOP_SCAN);
    let mut top = Top {
        end: scan,
        ..Top::default()
    };
    for (i, line) in lines.iter().enumerate().take(scan) {
        if let Some((kind, rest)) = doc_type_line(line, r) {
            // A legal database's page title in capitals (`CHỈ THỊ 3004/CT-BGDĐT
            // VỀ …`) above the document's own header: the kind line below wins.
            if starts_with_number(&rest) && kind_line_below(&lines[i + 1..scan], r) {
                continue;
            }
            top.end = i;
            top.title_idx = Some(i);
            top.doc_type = Some(kind);
            top.title_rest = (!rest.is_empty()).then_some(rest);
            break;
        }
        if !is_caps(line) && r.body_start.is_match(&fold_pattern_cow(line)) {
            top.end = i;
            break;
        }
    }
    let block = Block::new(&lines[..top.end]);
    // The document's own `Số:` line, else a portal's label (`Số/Ký hiệu:`).
    let number = r
        .number_line
        .captures(block.key())
        .or_else(|| r.number_label.and_then(|re| re.captures(block.key())));
    if let Some(c) = number {
        if let Some(m) = c.name("num") {
            let num: String = block
                .text_of(m.range())
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            if num.chars().any(|c| c.is_alphanumeric()) {
                top.number = Some(num);
            }
        }
    }
    if let Some(c) = r.place_date.captures(block.key()) {
        let place = c
            .name("place")
            .map(|m| squash(block.text_of(m.range())))
            .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|p| p.chars().any(char::is_alphabetic));
        top.place = place;
        top.date = c
            .name("date")
            .and_then(|m| parse_date(block.text_of(m.range()), r));
        top.formal = true;
    } else if let Some(c) = r.date_line.captures(block.key()) {
        top.date = c
            .name("date")
            .and_then(|m| parse_date(block.text_of(m.range()), r));
    }
    if top.doc_type.is_none() {
        // No title line in capitals (an official letter): the kind as a
        // legal database titles the page ("Công văn 3412/UBND-VX năm 2020
        // về …"), for this document's number.
        top.doc_type = lines[..top.end]
            .iter()
            .find_map(|l| database_kind(l, top.number.as_deref(), r));
    }
    let has_motto = r.motto.is_match(block.key());
    let has_subject = lines[..top.end]
        .iter()
        .any(|l| r.subject_mark.is_match(&fold_pattern_cow(l)));
    let strong = top.formal || top.number.is_some() || has_motto || has_subject;
    top.formal = strong || top.title_idx.is_some();
    top.only_kind_line = !strong && top.title_idx.is_some();
    top.issuer = issuer_at_top(&lines[..top.end], r);
    top
}

/// The rest of a kind line opens with a number and symbol (`3004/CT-BGDĐT`,
/// `SỐ 12/NQ-HĐND`), as a legal database titles its page.
fn starts_with_number(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let mut w = words.next().unwrap_or("");
    if w.trim_end_matches(':').eq_ignore_ascii_case("số") || w.trim_end_matches(':') == "SỐ" {
        w = words.next().unwrap_or("");
    }
    w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(['/', '-'])
}

/// Another title line naming a kind among `lines`, before the body begins.
fn kind_line_below(lines: &[&str], r: &Rx) -> bool {
    for line in lines {
        if doc_type_line(line, r).is_some() {
            return true;
        }
        if !is_caps(line) && r.body_start.is_match(&fold_pattern_cow(line)) {
            return false;
        }
    }
    false
}

/// The first standalone place and date line among `cells`.
fn place_date_anywhere(cells: &[&str], r: &Rx) -> Option<(Option<String>, Option<String>)> {
    cells.iter().enumerate().find_map(|(i, _)| {
        // Two cells, for a date wrapped after `ngày`.
        let b = Block::new(&cells[i..(i + 2).min(cells.len())]);
        let c = r.place_date.captures(b.key())?;
        if c.get(0)?.start() != 0 {
            return None;
        }
        let date = parse_date(b.text_of(c.name("date")?.range()), r)?;
        let place = c.name("place").map(|m| squash(b.text_of(m.range())));
        Some((place, Some(date)))
    })
}

/// A line that opens the issuer's name (in capitals, not the national heading).
fn is_issuer_start(line: &str, r: &Rx) -> bool {
    if !is_caps(line) {
        return false;
    }
    let key = fold_pattern_cow(line);
    // The national heading may follow the issuer on the same line, never lead it.
    r.motto.find(&key).is_none_or(|m| m.start() > 0)
        && r.issuer_head.find(&key).is_some_and(|m| m.start() == 0)
}

/// The issuer from the top-left cell: the first issuer line and the lines it
/// is wrapped over (`ỦY BAN NHÂN` / `DÂN` / `TỈNH ĐỒNG THÁP`).
fn issuer_at_top(lines: &[&str], r: &Rx) -> Option<String> {
    let start = lines.iter().position(|l| is_issuer_start(l, r))?;
    let mut parts = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(start) {
        let key = fold_pattern_cow(line);
        // The national heading's cells sit between the issuer's rows when a
        // two-column table is read row by row.
        // (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM` wraps anywhere, so any
        // cell with a piece of it is skipped.)
        if i > start && r.motto.is_match(&key) {
            continue;
        }
        if parts.len() >= MAX_ISSUER_LINES
            || !is_caps(line)
            || r.number_line.is_match(&key)
            || doc_type_line(line, r).is_some()
        {
            break;
        }
        parts.push(*line);
    }
    let b = Block::new(&parts);
    // A table flattened onto one line puts the national heading after the issuer.
    let cut = r.motto.find(b.key()).map_or(b.key().len(), |m| m.start());
    let issuer = squash(b.text_of(0..cut));
    (!issuer.is_empty()).then_some(issuer)
}

/// Some resolutions print the issuing council under the title.
fn issuer_after_title(
    lines: &[&str],
    title_idx: Option<usize>,
    title_end: usize,
    r: &Rx,
) -> Option<String> {
    title_idx?;
    let line = lines.get(title_end)?;
    is_issuer_start(line, r).then(|| squash(line))
}

/// The subject under the kind line: lines in capitals, or one sentence-case
/// subject with its lower-case continuation lines. Returns the title and the
/// index of the first line after it.
fn formal_title(
    lines: &[&str],
    kind_idx: usize,
    rest: Option<&str>,
    r: &Rx,
) -> (Option<String>, usize) {
    let mut parts: Vec<&str> = Vec::new();
    let mut caps_mode = false;
    let mut sentence_mode = false;
    if let Some(rest) = rest {
        parts.push(rest);
        caps_mode = true;
    }
    let mut end = kind_idx + 1;
    for line in lines.iter().skip(kind_idx + 1).take(MAX_TITLE_LINES) {
        let key = fold_pattern_cow(line);
        let stop = r.title_stop.is_match(&key) || r.motto.is_match(&key);
        let accept = if stop {
            false
        } else if sentence_mode || (caps_mode && starts_lowercase(line)) {
            // `CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về tăng cường …`: a lower-case
            // line goes on with the subject.
            starts_lowercase(line)
                && !parts
                    .last()
                    .is_some_and(|p| p.trim_end().ends_with(['.', ';', ':']))
        } else if is_caps(line) {
            // An issuer or a signing office printed under the title ends it
            // (`HỘI ĐỒNG NHÂN DÂN TỈNH …`, `CHỦ TỊCH ỦY BAN NHÂN DÂN …`).
            !(caps_mode && (is_issuer_start(line, r) || is_sign_start(line, r)))
        } else {
            !caps_mode && parts.is_empty()
        };
        if !accept {
            break;
        }
        if is_caps(line) && !sentence_mode {
            caps_mode = true;
        } else {
            sentence_mode = true;
        }
        parts.push(line);
        end += 1;
    }
    let title = squash(&parts.join(" "));
    ((!title.is_empty()).then_some(title), end)
}

/// The `V/v …` subject of an official letter that has no kind line.
fn subject_title(lines: &[&str], r: &Rx) -> Option<String> {
    let (i, m_end) = lines.iter().enumerate().find_map(|(i, l)| {
        let b = Block::one(l);
        r.subject_line.find(b.key()).map(|m| (i, m.end()))
    })?;
    let b = Block::one(lines[i]);
    let mut parts = vec![b.text_of(m_end..b.key().len()).to_string()];
    for line in lines.iter().skip(i + 1) {
        if !starts_lowercase(line) {
            break;
        }
        parts.push(line.to_string());
    }
    let title = squash(&parts.join(" "));
    (!title.is_empty()).then_some(title)
}

/// Number and date from an appendix line `Kèm theo Kế hoạch số … ngày …`,
/// of the notice's own kind when the kind is known.
fn appendix_ref(n: &Normalized, kind: Option<&str>, r: &Rx) -> Option<(String, Option<String>)> {
    let kind_key = kind.map(|k| fold_pattern_cow(k).to_lowercase());
    for p in &n.paragraphs {
        let Some(key) = n.key.get(p.clone()) else {
            continue;
        };
        for c in r.appendix_ref.captures_iter(key) {
            let (Some(k), Some(num)) = (c.name("kind"), c.name("num")) else {
                continue;
            };
            if let Some(want) = &kind_key {
                if squash(&k.as_str().to_lowercase()) != *want {
                    continue;
                }
            }
            let at = |m: crate::rules::Match| n.text_of(p.start + m.start()..p.start + m.end());
            let num: String = at(num).chars().filter(|c| !c.is_whitespace()).collect();
            let date = c.name("date").and_then(|m| parse_date(at(m), r));
            return Some((num, date));
        }
    }
    None
}

/// The issue date printed only in the closing article (`… này … thông qua ngày …`).
fn adopted_date(n: &Normalized, r: &Rx) -> Option<String> {
    n.paragraphs.iter().rev().find_map(|p| {
        let key = n.key.get(p.clone())?;
        let c = r.adopted_date.captures(key)?;
        let m = c.name("date")?;
        parse_date(n.text_of(p.start + m.start()..p.start + m.end()), r)
    })
}

/// The meeting of a conclusion notice: date from the lead paragraph, name and
/// chair from the title or the lead paragraph.
fn meeting(n: &Normalized, kind: Option<&str>, title: Option<&str>, r: &Rx) -> Option<Meeting> {
    if !r.meeting_doc_type.contains(&fold_pattern_cow(kind?)) {
        return None;
    }
    let title_block = Block::one(title.unwrap_or(""));
    if !r.meeting_notice.is_match(title_block.key())
        && !r.meeting_in_title.is_match(title_block.key())
    {
        return None;
    }
    let lead = n.paragraphs.iter().take(LEAD_SCAN).find_map(|p| {
        let key = n.key.get(p.clone())?;
        let m = r.meeting_lead.find(key)?;
        // A bare date line of the top block is not the lead paragraph.
        let after = key[m.end()..].trim_start();
        after.starts_with(',').then_some((p.clone(), m.end()))
    });
    let date = lead
        .as_ref()
        .and_then(|(p, end)| parse_date(n.text_of(p.start..p.start + end), r));
    let in_lead = |re: &Regex, group: &str| -> Option<String> {
        let (p, _) = lead.as_ref()?;
        let key = n.key.get(p.clone())?;
        let m = re.captures(key)?.name(group)?;
        Some(squash(n.text_of(p.start + m.start()..p.start + m.end())))
    };
    let name = r
        .meeting_in_title
        .captures(title_block.key())
        .and_then(|c| c.name("name"))
        .map(|m| squash(title_block.text_of(m.range())))
        .or_else(|| in_lead(r.meeting_in_text, "name"))
        .map(|s| {
            s.trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
                .to_string()
        });
    let chair = in_lead(r.meeting_chair, "chair")
        .or_else(|| {
            let c = r.chair_in_title.captures(title_block.key())?;
            let m = c.name("chair")?;
            Some(squash(title_block.text_of(m.range())))
        })
        .map(|s| s.split(',').next().unwrap_or("").trim().to_string())
        .filter(|s| !s.is_empty());
    Some(Meeting { date, name, chair })
}

/// Split a cell at its first word with a lower-case letter: the titles in
/// capitals and what follows them (a name printed on the same line).
fn caps_prefix(cell: &str) -> (&str, &str) {
    let mut offset = 0;
    for word in cell.split_inclusive(char::is_whitespace) {
        if word.chars().any(char::is_lowercase) {
            break;
        }
        offset += word.len();
    }
    (cell[..offset].trim(), cell[offset..].trim())
}

fn is_bullet(cell: &str) -> bool {
    cell.trim_start().starts_with(['-', '+', '•', '*'])
}

/// A cell that opens a signature block: a delegation mark or a signer's
/// title, in capitals.
fn is_sign_start(cell: &str, r: &Rx) -> bool {
    let (caps, _) = caps_prefix(cell);
    if !caps.chars().any(char::is_alphabetic) || is_bullet(cell) {
        return false;
    }
    let key = fold_pattern_cow(caps);
    r.signer_delegation.is_match(&key)
        || r.signer_position.find(&key).is_some_and(|m| m.start() == 0)
}

/// The person's name a signature cell holds, without a rank or degree
/// printed before it (`Đại tá Lương Hữu Thắng`, `BSCKII. Phạm Minh Trí` →
/// the name alone, as the signer is written), and without a note in brackets.
fn signer_name(cell: &str, r: &Rx) -> Option<String> {
    let b = Block::one(cell.trim());
    let key = b.key();
    if r.person_name.is_match(key) {
        return Some(squash(b.text.split('(').next().unwrap_or("")));
    }
    let rank = r.signer_rank?.find(key).filter(|m| m.start() == 0)?;
    let rest = &key[rank.end()..];
    if !r.person_name.is_match(rest) {
        return None;
    }
    let text = b.text_of(rank.end()..key.len());
    Some(squash(text.split('(').next().unwrap_or(""))).filter(|n| !n.is_empty())
}

/// A line in capitals that names no known office but stands right above a
/// person's name (skipping `(Đã ký)`) is a signer's title too.
fn titles_a_name(cells: &[&str], i: usize, r: &Rx) -> bool {
    let Some(cell) = cells.get(i) else {
        return false;
    };
    if !is_caps(cell) || is_bullet(cell) || cell.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    cells
        .iter()
        .skip(i + 1)
        .take(NAME_LOOKAHEAD)
        .find(|c| !r.signer_skip.is_match(&fold_pattern_cow(c)))
        .is_some_and(|c| signer_name(c, r).is_some())
}

/// What the closing of a notice shows.
#[derive(Default)]
struct Closing {
    /// Delegation and title lines of the signature, in capitals.
    titles: Vec<String>,
    name: Option<String>,
    recipients: Vec<String>,
}

impl Closing {
    fn signer(&self, r: &Rx) -> Option<Signer> {
        if self.titles.is_empty() {
            return None;
        }
        let mut titles: Vec<&str> = self.titles.iter().map(String::as_str).collect();
        let mut name = self.name.clone();
        // A name printed in capitals is the last title line that names no office.
        if name.is_none() && titles.len() >= 2 {
            if let Some(last) = titles.last() {
                let key = fold_pattern_cow(last);
                let words = last.split_whitespace().count();
                let office = r.signer_delegation.is_match(&key) || r.signer_position.is_match(&key);
                if !office && (2..=5).contains(&words) && !last.chars().any(|c| c.is_ascii_digit())
                {
                    name = Some(squash(last));
                    titles.pop();
                }
            }
        }
        let delegation = titles.iter().rev().find_map(|t| {
            let key = fold_pattern_cow(t);
            let c = r.signer_delegation.captures(&key)?;
            let mark = c.name("mark").or_else(|| c.name("slash"))?.as_str();
            let mark: String = mark.chars().filter(|c| c.is_alphabetic()).collect();
            Some(format!("{}.", mark.to_uppercase()))
        });
        let position = titles.last().and_then(|t| {
            let b = Block::one(t);
            let from = r.signer_delegation.find(b.key()).map_or(0, |m| m.end());
            let body = b.key()[from..].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
            let end = from + body.len();
            // `KT. CHỦ TỊCH PHÓ CHỦ TỊCH` on one line: the signer's own title is the last.
            let own = r
                .signer_position
                .find_iter(&b.key()[from..end])
                .filter(|m| from + m.end() == end)
                .last()
                .map_or(from, |m| from + m.start());
            let p = squash(b.text_of(own..end));
            (!p.is_empty()).then_some(p)
        });
        Some(Signer {
            name,
            position,
            delegation,
        })
    }

    /// Add one cell of the recipients list: a new item, several bulleted items
    /// flattened onto one line, or the continuation of a wrapped item.
    fn add_recipients(&mut self, cell: &str, r: &Rx) {
        for (i, piece) in r.recipient_split.split(cell).enumerate() {
            let bullet = i > 0 || is_bullet(piece);
            let body = piece.trim().trim_start_matches(['-', '+', '•', '*', ' ']);
            if body.is_empty() {
                continue;
            }
            let continues = !bullet
                && self.recipients.last().is_some_and(|prev| {
                    starts_lowercase(body) || prev.trim_end().ends_with([',', '&'])
                });
            match self.recipients.last_mut() {
                Some(prev) if continues => {
                    prev.push(' ');
                    prev.push_str(body);
                }
                _ => self.recipients.push(body.to_string()),
            }
        }
    }
}

/// The end of a recipient's line that belongs to the signature beside the
/// list, flattened onto it: a title in capitals (`- UBND tỉnh (b/c); CHỦ
/// TỊCH`) or, under titles, the signer's name (`- Lưu: VT, NN. Võ Thành
/// Nam`). Only after a `;`, `)` or `.` that ends the recipient.
enum SignTail {
    Title(String),
    Name(String),
}

fn sign_tail(cell: &str, c: &Closing, r: &Rx) -> Option<(usize, SignTail)> {
    let (at, _) = cell.char_indices().rev().find(|&(i, ch)| {
        matches!(ch, ';' | ')' | '.') && cell[i + ch.len_utf8()..].starts_with(char::is_whitespace)
    })?;
    let tail = cell[at + 1..].trim();
    if tail.is_empty() || tail.chars().any(|ch| ch.is_ascii_digit()) {
        return None;
    }
    if is_caps(tail) {
        let more_titles = !c.titles.is_empty() && tail.split_whitespace().count() >= 2;
        return (is_sign_start(tail, r) || more_titles)
            .then(|| (at + 1, SignTail::Title(tail.to_string())));
    }
    if c.titles.is_empty() {
        return None;
    }
    signer_name(tail, r).map(|n| (at + 1, SignTail::Name(n)))
}

/// Read signature titles, the signer's name and (from a `Nơi nhận:` cell on)
/// the recipients from `cells[from..to]`. Cells are read by kind rather than
/// in sequence, because a two-column closing table flattened row by row
/// interleaves the recipients with the signature.
fn read_closing(cells: &[&str], from: usize, to: usize, list: bool, r: &Rx) -> Closing {
    let mut c = Closing::default();
    let mut in_list = false;
    for (i, cell) in cells.iter().enumerate().take(to).skip(from) {
        let key = fold_pattern_cow(cell);
        if r.appendix_start.is_match(&key) && (is_caps(cell) || cell.starts_with('(')) {
            break;
        }
        if list && !in_list {
            if let Some(m) = r.recipients_head.find(&key) {
                in_list = true;
                let b = Block::one(cell);
                let rest = b.text_of(m.end()..b.key().len()).trim();
                // "Nơi nhận: TM. ỦY BAN NHÂN DÂN": a two-column closing
                // flattened line by line sets the signature's first line
                // after the head of the list.
                if c.name.is_none() && is_sign_start(rest, r) {
                    c.titles.push(caps_prefix(rest).0.to_string());
                } else if !rest.is_empty() {
                    c.add_recipients(rest, r);
                }
                continue;
            }
        }
        let named = c.name.is_some();
        let (caps, rest) = caps_prefix(cell);
        let continues_titles = !c.titles.is_empty() && is_caps(cell) && !is_bullet(cell);
        if !named && (is_sign_start(cell, r) || continues_titles || titles_a_name(cells, i, r)) {
            c.titles.push(caps.to_string());
            if !rest.is_empty() {
                c.name = signer_name(rest, r);
            }
            continue;
        }
        if !named && !c.titles.is_empty() {
            if r.signer_skip.is_match(&key) {
                continue;
            }
            if let Some(name) = signer_name(cell, r) {
                c.name = Some(name);
                continue;
            }
        }
        if in_list {
            // "- UBND tỉnh (b/c); CHỦ TỊCH", "- Lưu: VT, NN. Võ Thành Nam":
            // the signature's column flattened onto the recipients' lines.
            let mut cell: &str = cell;
            if !named {
                if let Some((at, tail)) = sign_tail(cell, &c, r) {
                    match tail {
                        SignTail::Title(t) => c.titles.push(t),
                        SignTail::Name(n) => c.name = Some(n),
                    }
                    cell = cell[..at].trim_end();
                }
            }
            let continues = !is_bullet(cell)
                && c.recipients.last().is_some_and(|prev| {
                    starts_lowercase(cell) || prev.trim_end().ends_with([',', '&'])
                });
            if named && !is_bullet(cell) && !continues {
                break;
            }
            c.add_recipients(cell, r);
            continue;
        }
        if named {
            break;
        }
    }
    c.recipients = c
        .recipients
        .iter()
        .map(|s| {
            squash(s)
                .trim_end_matches(|ch: char| ch.is_whitespace() || ";.,".contains(ch))
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .take(MAX_RECIPIENTS)
        .collect();
    c
}

/// Signer and recipients from the closing of a formal notice.
fn closing(cells: &[&str], r: &Rx) -> (Option<Signer>, Vec<String>) {
    let head = cells
        .iter()
        .rposition(|l| r.recipients_head.is_match(&fold_pattern_cow(l)));
    match head {
        Some(h) => {
            let after = read_closing(cells, h, cells.len(), true, r);
            let mut signer = after.signer(r);
            if signer.as_ref().is_none_or(|s| s.name.is_none()) {
                // The signature cell may come before the recipients cell.
                let before = read_closing(cells, h.saturating_sub(SIGN_BEFORE_LIST), h, false, r);
                if let Some(s) = before.signer(r).filter(|s| s.name.is_some()) {
                    signer = Some(s);
                }
            }
            (signer, after.recipients)
        }
        None => {
            // Without a recipients list, a signature (with a name) after the
            // closing formula `… thực hiện./.` is the one.
            let closing_line = cells
                .iter()
                .rposition(|l| l.trim_end().ends_with("./.") || l.trim_end().ends_with("/."));
            let from = closing_line.map_or(cells.len() / 3, |c| c + 1);
            let c = read_closing(cells, from, cells.len(), false, r);
            let signer = c.signer(r).filter(|s| s.name.is_some());
            (
                signer.or_else(|| caption_signer(&cells[from..], r)),
                Vec::new(),
            )
        }
    }
}

/// A web page's signature shown as an image, named by its caption (`Ảnh:
/// Chữ ký số của Chủ tịch UBND huyện Nguyễn Văn Tuấn`): group `name` of
/// `signer_caption`, a person's name (optional section).
fn caption_signer(cells: &[&str], r: &Rx) -> Option<Signer> {
    let re = r.signer_caption?;
    cells.iter().find_map(|cell| {
        let b = Block::one(cell.trim());
        let c = re.captures(b.key())?;
        let name = c.name("name")?;
        let name = signer_name(b.text_of(name.range()), r)?;
        let position = c
            .name("title")
            .map(|t| squash(b.text_of(t.range())))
            .filter(|t| !t.is_empty());
        Some(Signer {
            name: Some(name),
            position,
            delegation: None,
        })
    })
}

/// A line without the marks a web page's row or a Markdown copy sets around
/// its cells (`# `, `**`, `> `, `|`).
fn without_row_marks(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['#', '*', '>', '|', ' '])
        .trim_end_matches(['*', '|', ' '])
}

/// A publication stamp on one short line (`Thứ ba, 06/09/2022 14:25`), or
/// in the first cell of a longer row of the page's furniture (`Ngày đăng:
/// 14/01/2026 | Người đăng: … | Lượt xem: 287`, `08/11/2025 - 10:27    A A A
/// | Facebook`, `Thứ Sáu, 12/04/2013 - 16:05 GMT+7     ▶ Xem video`).
fn stamp(line: &str, r: &Rx) -> Option<String> {
    let clean = without_row_marks(line);
    stamp_cell(clean, r)
        .or_else(|| {
            let first = first_cell(clean);
            (first.len() < clean.len()).then(|| stamp_cell(first, r))?
        })
        .or_else(|| {
            // The time in a cell of its own before the date, and a byline
            // after it: `Cập nhật lúc: 15:40 | 20/08/2025 | Tác giả: …`.
            let first = first_cell(clean);
            let bar = first.len() + clean[first.len()..].find('|')?;
            clean[first.len()..bar].trim().is_empty().then_some(())?;
            let end = clean[bar + 1..]
                .find('|')
                .map_or(clean.len(), |e| bar + 1 + e);
            let two = clean[..end].trim_end();
            (two.len() < clean.len()).then(|| stamp_cell(two, r))?
        })
}

fn stamp_cell(clean: &str, r: &Rx) -> Option<String> {
    if clean.chars().count() > MAX_STAMP_LEN {
        return None;
    }
    let spaced = clean.replace('|', " | ");
    let key = fold_pattern_cow(&spaced);
    let m = r.news_dateline.find(&key)?;
    parse_date(&key[m.range()], r)
}

/// The first cell of a row of page furniture: up to a `|`, a `▶`, a tab or
/// a run of three spaces.
fn first_cell(line: &str) -> &str {
    let mut end = line.len();
    for (i, ch) in line.char_indices() {
        if matches!(ch, '|' | '▶' | '\t') || line[i..].starts_with("   ") {
            end = i;
            break;
        }
    }
    line[..end].trim_end()
}

/// A stamp, or a bare date line, right under the headline. A bare date is a
/// stamp only there; further down it may be a table cell or a caption. The
/// site's date of the day printed at the top of the page (`Thứ Năm,
/// 21/08/2025` over the headline, `news_page_date`) yields to the article's
/// own stamp in the lines after it (`Cập nhật lúc: 15:40 | 20/08/2025`).
fn news_stamp_under_headline(n: &Normalized, input: &str, r: &Rx) -> Option<String> {
    let mut page_date: Option<(usize, String)> = None;
    for (i, l) in n.lines.iter().enumerate() {
        let end = page_date
            .as_ref()
            .map_or(STAMP_SCAN, |(at, _)| at + 1 + STAMP_SCAN);
        if i >= end {
            break;
        }
        let found = stamp(l, r).or_else(|| {
            if l.chars().count() > MAX_STAMP_LEN {
                return None;
            }
            let key = fold_pattern_cow(l.trim());
            let m = r.news_date_bare.find(&key)?;
            parse_date(&key[m.range()], r)
        });
        let Some(date) = found else { continue };
        if page_date.is_none() && is_page_date(l, r) {
            page_date = Some((i, date));
            continue;
        }
        return Some(date);
    }
    let (_, date) = page_date?;
    // The article's stamp may have been dropped as page debris: read it in
    // the raw lines after the page's date.
    let raw: Vec<_> = input
        .lines()
        .map(fold_pattern_cow)
        .filter(|l| !l.trim().is_empty())
        .take(RAW_STAMP_SCAN)
        .collect();
    let Some(at) = raw.iter().position(|l| is_page_date(l, r)) else {
        return Some(date);
    };
    raw[at + 1..]
        .iter()
        .take(STAMP_SCAN)
        .find_map(|l| stamp(l, r))
        .or(Some(date))
}

/// A weekday and a date with no time, alone on its line or in the first cell
/// of a row of the page's furniture (`Thứ Tư, 17/4/2024 | Đăng nhập`).
fn is_page_date(line: &str, r: &Rx) -> bool {
    let Some(p) = r.news_page_date else {
        return false;
    };
    let clean = without_row_marks(line);
    p.is_match(&fold_pattern_cow(first_cell(clean)))
}

/// A news article: the headline and the publication stamp (under the
/// headline, else on a line dropped as page debris, else anywhere).
fn news(n: &Normalized, input: &str, r: &Rx) -> Header {
    let title = n
        .lines
        .first()
        .map(|l| squash(l.trim_start_matches(['#', ' '])))
        .filter(|t| !t.is_empty());
    let date = news_stamp_under_headline(n, input, r)
        .or_else(|| {
            n.debris
                .iter()
                .filter_map(|d| input.get(d.clone()))
                .flat_map(str::lines)
                .find_map(|l| stamp(&crate::normalize::fold_pattern_cow(l), r))
        })
        // Raw lines are matched in the same NFC, tone-folded form as the rules.
        .or_else(|| {
            input
                .lines()
                .find_map(|l| stamp(&crate::normalize::fold_pattern_cow(l), r))
        });
    Header {
        title,
        date,
        ..Header::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> &'static Rules {
        // Compiling every rule file is slow in debug builds; do it once.
        static RULES: std::sync::OnceLock<Rules> = std::sync::OnceLock::new();
        RULES.get_or_init(|| Rules::embedded().unwrap())
    }

    fn header(text: &str) -> Header {
        let n = crate::normalize::normalize(text, rules());
        parse(&n, text, rules())
    }

    const FORMAL: &str = "\
ỦY BAN NHÂN DÂN
HUYỆN TÂN AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 27 /TB-UBND

Tân An, ngày 05 tháng 4 năm 2023

THÔNG BÁO

Kết luận của đồng chí Trần Văn Bình - Chủ tịch UBND huyện tại cuộc họp giao ban công tác quý I năm 2023

Ngày 31/3/2023, tại Hội trường UBND huyện, đồng chí Trần Văn Bình - Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo đã chủ trì cuộc họp giao ban công tác quý I năm 2023.

1. Phòng Nội vụ rà soát biên chế trong tháng 4/2023.

Văn phòng HĐND và UBND huyện thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- TT. Huyện ủy;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

(Đã ký)

Lê Thị Hoa
";

    #[test]
    fn formal_notice_with_spaced_number_and_kt_tm_signature() {
        let h = header(FORMAL);
        assert_eq!(h.number.as_deref(), Some("27/TB-UBND"));
        assert_eq!(h.doc_type.as_deref(), Some("THÔNG BÁO"));
        assert_eq!(h.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN HUYỆN TÂN AN"));
        assert_eq!(h.place.as_deref(), Some("Tân An"));
        assert_eq!(h.date.as_deref(), Some("2023-04-05"));
        assert_eq!(
            h.title.as_deref(),
            Some("Kết luận của đồng chí Trần Văn Bình - Chủ tịch UBND huyện tại cuộc họp giao ban công tác quý I năm 2023")
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Lê Thị Hoa"));
        assert_eq!(s.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
        assert_eq!(h.recipients, vec!["Như trên", "TT. Huyện ủy", "Lưu: VT"]);
    }

    #[test]
    fn meeting_of_a_conclusion_notice() {
        let m = header(FORMAL).meeting.unwrap();
        assert_eq!(m.date.as_deref(), Some("2023-03-31"));
        assert_eq!(
            m.name.as_deref(),
            Some("cuộc họp giao ban công tác quý I năm 2023")
        );
        assert_eq!(
            m.chair.as_deref(),
            Some("đồng chí Trần Văn Bình - Chủ tịch UBND huyện")
        );
    }

    #[test]
    fn wrapped_cells_and_caps_title() {
        let text = "|\n**BỘ NÔNG NGHIỆP VÀ\nMÔI TRƯỜNG**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 1205/CĐ-BNNMT\n|\n*Hà Nội, ngày 07\ntháng 9 năm 2025*\n|\n\n**CÔNG ĐIỆN**\n\nVỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ\nVỚI BÃO SỐ 7\n\nBộ trưởng Bộ Nông nghiệp và Môi trường điện:\n\n1. Các tỉnh theo dõi chặt chẽ diễn biến.\n\n|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, ĐĐ.\n|\n**KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG**\n**Nguyễn Hoàng Hiệp**\n|\n";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("1205/CĐ-BNNMT"));
        assert_eq!(h.doc_type.as_deref(), Some("CÔNG ĐIỆN"));
        assert_eq!(h.issuer.as_deref(), Some("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"));
        assert_eq!(h.place.as_deref(), Some("Hà Nội"));
        assert_eq!(h.date.as_deref(), Some("2025-09-07"));
        assert_eq!(
            h.title.as_deref(),
            Some("VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI BÃO SỐ 7")
        );
        assert!(h.meeting.is_none());
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Nguyễn Hoàng Hiệp"));
        assert_eq!(s.position.as_deref(), Some("THỨ TRƯỞNG"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
        assert_eq!(h.recipients, vec!["Như trên", "Lưu: VT, ĐĐ"]);
    }

    #[test]
    fn number_and_date_only_in_the_appendix() {
        let text = "KẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2024\n\nI. MỤC ĐÍCH\n\n1. Sở Văn hóa chủ trì thực hiện./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhạm Văn Đức\n\nPHỤ LỤC\n\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/02/2024 của UBND tỉnh)\n";
        let h = header(text);
        assert_eq!(h.doc_type.as_deref(), Some("KẾ HOẠCH"));
        assert_eq!(h.number.as_deref(), Some("45/KH-UBND"));
        assert_eq!(h.date.as_deref(), Some("2024-02-12"));
        assert_eq!(
            h.title.as_deref(),
            Some("Phát triển du lịch cộng đồng năm 2024")
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Phạm Văn Đức"));
        assert_eq!(s.position.as_deref(), Some("CHỦ TỊCH"));
        assert_eq!(s.delegation.as_deref(), Some("TM."));
        assert!(h.recipients.is_empty());
    }

    #[test]
    fn an_appendix_of_another_kind_gives_no_number() {
        let text = "KẾ HOẠCH\nPhát triển du lịch\n\n1. Sở Văn hóa chủ trì./.\n\n(Kèm theo Quyết định số 9/QĐ-UBND ngày 01/02/2024)\n";
        let h = header(text);
        assert_eq!(h.number, None);
        assert_eq!(h.date, None);
    }

    #[test]
    fn tl_signature_and_recipients_wrapped() {
        let text = "Số: 88/VP-TH\nĐà Lạt, ngày 3 tháng 10 năm 2022\nV/v triển khai công tác\nphòng chống thiên tai\nKính gửi: Các sở, ngành.\nĐề nghị các sở thực hiện./.\nNơi nhận: - Như trên;\n- VP: CVP, các PCVP,\nchuyên viên TH;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nĐã ký\nVõ Minh Quang\n";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("88/VP-TH"));
        assert_eq!(h.doc_type, None);
        assert_eq!(h.place.as_deref(), Some("Đà Lạt"));
        assert_eq!(h.date.as_deref(), Some("2022-10-03"));
        assert_eq!(
            h.title.as_deref(),
            Some("triển khai công tác phòng chống thiên tai")
        );
        assert_eq!(
            h.recipients,
            vec!["Như trên", "VP: CVP, các PCVP, chuyên viên TH", "Lưu: VT"]
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Võ Minh Quang"));
        assert_eq!(s.position.as_deref(), Some("CHÁNH VĂN PHÒNG"));
        assert_eq!(s.delegation.as_deref(), Some("TL."));
    }

    #[test]
    fn signature_flattened_onto_the_recipients_lines() {
        // A PDF's two-column closing read line by line: the signature's
        // lines end the recipients' lines.
        let text = "Số: 41/TB-UBND\nBa Tơ, ngày 3 tháng 5 năm 2019\nTHÔNG BÁO\n1. Các xã kiểm tra.\nUBND huyện thông báo để các cơ quan biết, thực hiện./.\nNơi nhận: KT. CHỦ TỊCH\n- UBND tỉnh (b/c); PHÓ CHỦ TỊCH\n- Các phòng, ban;\n- UBND các xã;\n- Lưu: VT, TH. Phạm Văn Hòa\n";
        let h = header(text);
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Phạm Văn Hòa"));
        assert_eq!(s.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
        assert_eq!(
            h.recipients,
            vec![
                "UBND tỉnh (b/c)",
                "Các phòng, ban",
                "UBND các xã",
                "Lưu: VT, TH"
            ]
        );
        // a recipient's own parts stay in the list
        let text = "Số: 41/TB-UBND\nTHÔNG BÁO\n1. Các xã kiểm tra.\nNơi nhận:\n- UBND tỉnh (b/c); HĐND tỉnh;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Văn Hòa\n";
        let h = header(text);
        assert_eq!(h.recipients, vec!["UBND tỉnh (b/c); HĐND tỉnh", "Lưu: VT"]);
        assert_eq!(h.signer.unwrap().name.as_deref(), Some("Phạm Văn Hòa"));
    }

    #[test]
    fn signature_in_a_markdown_table_cell_with_html_breaks() {
        let text = "| ỦY BAN NHÂN DÂN TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 52/TB-UBND | *Lai Châu, ngày 10 tháng 5 năm 2018* |\n\n**THÔNG BÁO**\n\n1. Sở Xây dựng kiểm tra hồ sơ.\n\n| *Nơi nhận:*<br>- TT Tỉnh ủy;<br>- Lưu: VT. | **TL. CHỦ TỊCH<br>CHÁNH VĂN PHÒNG**<br><br><br>**Đào Văn Lực** |\n";
        let h = header(text);
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Đào Văn Lực"));
        assert_eq!(s.position.as_deref(), Some("CHÁNH VĂN PHÒNG"));
        assert_eq!(s.delegation.as_deref(), Some("TL."));
        assert_eq!(h.recipients, vec!["TT Tỉnh ủy", "Lưu: VT"]);
    }

    #[test]
    fn signature_without_recipients_and_on_one_line() {
        let text = "CHỈ THỊ\nVề tăng cường phòng cháy\n\n1. Các xã kiểm tra.\n\nYêu cầu các cơ quan thực hiện nghiêm túc Chỉ thị này./.\n\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\nĐinh Văn Sáu\n";
        let h = header(text);
        assert_eq!(h.doc_type.as_deref(), Some("CHỈ THỊ"));
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Đinh Văn Sáu"));
        assert_eq!(s.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
    }

    #[test]
    fn news_datelines_of_each_format() {
        let cases = [
            ("Tiêu đề bài báo\nThứ hai, 14/02/2022 08:05\n\nNội dung bài.", "2022-02-14"),
            ("Tiêu đề bài báo\n10:15:00 | 02-11-2020\n\nNội dung bài.", "2020-11-02"),
            ("Tiêu đề bài báo\nChủ nhật, 3/3/2024 - 07:30\n\nNội dung bài.", "2024-03-03"),
            ("Tiêu đề bài báo\n\nNội dung bài.\n\nNgày đăng: 21/08/2023 10:00", "2023-08-21"),
            ("# Tiêu đề bài báo\n\nNội dung bài.\n\nTheo Cổng thông tin điện tử tỉnh\n\nNgày đăng: 09/01/2025 16:40", "2025-01-09"),
            ("Tiêu đề bài báo\n(04/12/2025 09:00)\n\nNội dung bài.", "2025-12-04"),
            ("Tiêu đề bài báo\nCập nhật lúc 09:00 ngày 04/12/2025\n\nNội dung bài.", "2025-12-04"),
            ("Tiêu đề bài báo\nThứ 5, 04/12/2025, 09:00\n\nNội dung bài.", "2025-12-04"),
            // the time first, then the page's tools after the date
            ("Tiêu đề bài báo\n\n09:05 - 14/03/2023   |   Thu gọn  |  In bài\n\nNội dung bài.", "2023-03-14"),
            ("Tiêu đề bài báo\n\n21:10 | 05/08/2021 | Cỡ chữ A- A+\n\nNội dung bài.", "2021-08-05"),
            // the stamp in the first cell of a long row of the page's furniture
            ("Tiêu đề bài báo\nNgày đăng: 14/01/2026 | Người đăng: Văn phòng HĐND và UBND phường | Lượt xem: 287\n\nNội dung bài.", "2026-01-14"),
            ("Tiêu đề bài báo\nThứ Sáu, 12/04/2013 - 16:05 GMT+7                                ▶ Xem video  |  Nghe đọc\n\nNội dung bài.", "2013-04-12"),
            ("Tiêu đề bài báo\n\n08/11/2025 - 10:27        A   A   A   |   Facebook   |   Zalo   |   Sao chép liên kết\n\nNội dung bài.", "2025-11-08"),
        ];
        for (text, date) in cases {
            let h = header(text);
            assert_eq!(h.date.as_deref(), Some(date), "{text}");
            assert_eq!(h.title.as_deref(), Some("Tiêu đề bài báo"), "{text}");
            assert_eq!(h.number, None);
            assert_eq!(h.doc_type, None);
            assert!(h.signer.is_none());
        }
    }

    #[test]
    fn news_never_takes_dates_or_numbers_of_reported_documents() {
        let text = "Tỉnh chỉ đạo phòng chống dịch\n\nSáng 12/5, UBND tỉnh ban hành Công văn số 1234/UBND-VX ngày 11/5/2024 về phòng chống dịch.\n\nThông báo số 285/TB-VPCP ngày 5/6/2025 nêu rõ các nhiệm vụ.";
        let h = header(text);
        assert_eq!(h.date, None);
        assert_eq!(h.number, None);
        assert_eq!(h.place, None);
        assert!(h.meeting.is_none());
        assert!(h.recipients.is_empty());
    }

    #[test]
    fn missing_fields_are_none() {
        let h = header("");
        assert_eq!(h, Header::default());
        let h = header("THÔNG BÁO\n\nCác đơn vị thực hiện.");
        assert_eq!(h.doc_type.as_deref(), Some("THÔNG BÁO"));
        assert_eq!(h.number, None);
        assert_eq!(h.date, None);
        assert_eq!(h.place, None);
        assert_eq!(h.issuer, None);
        assert!(h.signer.is_none());
        assert!(h.meeting.is_none());
    }

    #[test]
    fn blank_day_gives_place_but_no_date() {
        let h = header("Số:     /TB-UBND\nLong Xuyên, ngày      tháng 6 năm 2024\nTHÔNG BÁO\nVề lịch tiếp công dân\n");
        assert_eq!(h.number.as_deref(), Some("/TB-UBND"));
        assert_eq!(h.place.as_deref(), Some("Long Xuyên"));
        assert_eq!(h.date, None);
    }

    #[test]
    fn old_tone_style_is_read_and_kept() {
        let h = header("UỶ BAN NHÂN DÂN\nTỈNH THANH HOÁ\nSố: 5/TB-UBND\nThanh Hoá, ngày 2 tháng 1 năm 2024\nTHÔNG BÁO\nVề lịch làm việc\n");
        assert_eq!(h.issuer.as_deref(), Some("UỶ BAN NHÂN DÂN TỈNH THANH HOÁ"));
        assert_eq!(h.place.as_deref(), Some("Thanh Hoá"));
        assert_eq!(h.date.as_deref(), Some("2024-01-02"));
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in [
            "Nơi nhận:",
            "KT. CHỦ TỊCH",
            "Số:",
            "THÔNG BÁO\nNơi nhận:\nKT.",
            "\u{0301}\u{0300}\n|\n**",
            "Ngày đăng: 99/99/9999",
            "Hà Nội, ngày 40 tháng 13 năm 2024",
        ] {
            let _ = header(text);
        }
    }

    #[test]
    fn table_rows_flattened_into_cells() {
        let text = "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| HUYỆN ĐẠI LỘC | Độc lập - Tự do - Hạnh phúc |\n| Số: 77/TB-UBND | Đại Lộc, ngày 9 tháng 8 năm 2023 |\n\nTHÔNG BÁO\nÝ kiến chỉ đạo của Chủ tịch UBND huyện tại buổi kiểm tra tiến độ các công trình\n\nChiều ngày 07/8/2023, đồng chí Phan Văn Tú, Chủ tịch UBND huyện chủ trì buổi kiểm tra tiến độ các công trình.\n\nYêu cầu các đơn vị triển khai./.\n\n| Nơi nhận: | TL. CHỦ TỊCH |\n| - Như trên; | CHÁNH VĂN PHÒNG |\n| - CT, PCT UBND huyện; | |\n| - Lưu: VT. | |\n| | Trần Thị Mỹ |\n";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("77/TB-UBND"));
        assert_eq!(h.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC"));
        assert_eq!(h.place.as_deref(), Some("Đại Lộc"));
        assert_eq!(h.date.as_deref(), Some("2023-08-09"));
        let m = h.meeting.unwrap();
        assert_eq!(m.date.as_deref(), Some("2023-08-07"));
        assert_eq!(
            m.name.as_deref(),
            Some("buổi kiểm tra tiến độ các công trình")
        );
        assert_eq!(m.chair.as_deref(), Some("đồng chí Phan Văn Tú"));
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Trần Thị Mỹ"));
        assert_eq!(s.position.as_deref(), Some("CHÁNH VĂN PHÒNG"));
        assert_eq!(s.delegation.as_deref(), Some("TL."));
        assert_eq!(
            h.recipients,
            vec!["Như trên", "CT, PCT UBND huyện", "Lưu: VT"]
        );
    }

    #[test]
    fn number_and_place_in_one_row_and_signature_on_one_line() {
        let text = "ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/TB-UBND An Giang, ngày 12 tháng 4 năm 2024\nTHÔNG BÁO\nVề lịch tiếp công dân\nNơi nhận: - Như trên; - Lưu: VT.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bé\n";
        let h = header(text);
        assert_eq!(h.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN TỈNH AN GIANG"));
        assert_eq!(h.number.as_deref(), Some("45/TB-UBND"));
        assert_eq!(h.place.as_deref(), Some("An Giang"));
        assert_eq!(h.date.as_deref(), Some("2024-04-12"));
        assert_eq!(h.recipients, vec!["Như trên", "Lưu: VT"]);
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Nguyễn Văn Bé"));
        assert_eq!(s.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
    }

    #[test]
    fn decision_with_office_line_under_title_and_name_in_capitals() {
        let text = "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 88/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 02 tháng 02 năm 2023\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cải cách hành chính năm 2023\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.\n\nCHỦ TỊCH\n(Đã ký)\nNGUYỄN HƯƠNG GIANG\n";
        let h = header(text);
        assert_eq!(h.doc_type.as_deref(), Some("QUYẾT ĐỊNH"));
        assert_eq!(
            h.title.as_deref(),
            Some("Về việc ban hành Kế hoạch cải cách hành chính năm 2023")
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("NGUYỄN HƯƠNG GIANG"));
        assert_eq!(s.position.as_deref(), Some("CHỦ TỊCH"));
    }

    #[test]
    fn party_directive_with_old_style_delegation() {
        let text = "TỈNH ỦY LÂM ĐỒNG\n*\nSố 15-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐà Lạt, ngày 10 tháng 5 năm 2024\nCHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng\nTrong thời gian qua, công tác phòng chống tham nhũng đạt kết quả.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nTrần Đình Văn\n";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("15-CT/TU"));
        assert_eq!(h.issuer.as_deref(), Some("TỈNH ỦY LÂM ĐỒNG"));
        assert_eq!(
            h.title.as_deref(),
            Some("CỦA BAN THƯỜNG VỤ TỈNH ỦY về tăng cường sự lãnh đạo của Đảng")
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Trần Đình Văn"));
        assert_eq!(s.position.as_deref(), Some("PHÓ BÍ THƯ THƯỜNG TRỰC"));
        assert_eq!(s.delegation.as_deref(), Some("TM."));
    }

    #[test]
    fn date_line_after_the_signature() {
        let text = "BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI\nTỈNH QUẢNG BÌNH\nSố: 21/CĐ-BCH\nCÔNG ĐIỆN\nVề việc chủ động ứng phó áp thấp nhiệt đới\nYêu cầu các đơn vị thực hiện nghiêm./.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nĐoàn Ngọc Lâm\nĐồng Hới, ngày 12 tháng 9 năm 2024\n";
        let h = header(text);
        assert_eq!(h.place.as_deref(), Some("Đồng Hới"));
        assert_eq!(h.date.as_deref(), Some("2024-09-12"));
        assert_eq!(h.signer.unwrap().name.as_deref(), Some("Đoàn Ngọc Lâm"));
    }

    #[test]
    fn category_label_in_capitals_does_not_make_news_formal() {
        let h = header("THÔNG BÁO\nUBND tỉnh thông báo lịch tiếp công dân tháng 5\nThứ hai, 06/05/2024 09:00\nUBND tỉnh thông báo lịch tiếp công dân định kỳ.");
        assert_eq!(h.doc_type, None);
        assert_eq!(h.date.as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn place_with_a_digit_and_name_with_apostrophe() {
        let h = header("ỦY BAN NHÂN DÂN QUẬN 1\nSố: 9/TB-UBND\nQuận 1, ngày 3 tháng 3 năm 2024\nTHÔNG BÁO\nVề lịch làm việc\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nY Thanh H'Đơk\n");
        assert_eq!(h.place.as_deref(), Some("Quận 1"));
        assert_eq!(h.date.as_deref(), Some("2024-03-03"));
        assert_eq!(h.signer.unwrap().name.as_deref(), Some("Y Thanh H'Đơk"));
    }

    #[test]
    fn more_news_stamps() {
        let cases = [
            ("Tiêu đề\n(Chinhphu.vn) - Bộ Y tế vừa có công văn.\nCập nhật: 12/03/2024 10:20\nNội dung.", "2024-03-12"),
            ("Tiêu đề\n12/09/2024 08:15 GMT+7\nChiều 11/9, Thủ tướng đã ký Công điện số 95/CĐ-TTg.", "2024-09-12"),
            ("Tiêu đề\nThứ ba, 17/9/2024, 19:51 (GMT+7)\nNội dung.", "2024-09-17"),
            ("Tiêu đề\nThu Hà | 12/03/2024 10:20\nNội dung.", "2024-03-12"),
            ("Tiêu đề\n16/03/2021\nNội dung.", "2021-03-16"),
            // The time before the date, a bullet before it, its source after it.
            ("Tiêu đề\nThứ Năm, 09:15, 09/10/2025\nNội dung.", "2025-10-09"),
            ("Tiêu đề\nThanh Lê • 06/11/2025 14:20\nNội dung.", "2025-11-06"),
            ("Tiêu đề\n09/12/2024 | Đài TT-TH Tân Kỳ\nNội dung.", "2024-12-09"),
            // A view counter after the time.
            ("Tiêu đề\nNgày 06/06/2022 | 16:30:00 | Lượt xem: 1203\nNội dung.", "2022-06-06"),
            // ... and more of the portal's tools after it.
            ("Tiêu đề\n05/11/2021 09:10   |   Lượt xem: 87   |   Cỡ chữ: A- A A+\nNội dung.", "2021-11-05"),
            ("Tiêu đề\n05/11/2021 09:10 | Cỡ chữ: A- A A+ | In bài\nNội dung.", "2021-11-05"),
            // "Cập nhật ngày:" before the date; a byline with the time first.
            ("Tiêu đề\nCập nhật ngày: 17/08/2023 - 09:12\nNội dung.", "2023-08-17"),
            ("Tiêu đề\nThanh Lê • 14:20, 05/07/2022\nNội dung.", "2022-07-05"),
        ];
        for (text, date) in cases {
            let h = header(text);
            assert_eq!(h.date.as_deref(), Some(date), "{text}");
            assert_eq!(h.number, None, "{text}");
        }
        // A bare date far from the headline is not a stamp.
        let far = format!("Tiêu đề\n{}16/03/2021\n", "Nội dung bài viết.\n".repeat(12));
        assert_eq!(header(&far).date, None);
    }

    // Excerpts of real notices (see the shared corpus).

    #[test]
    fn real_bien_hoa_notice() {
        let text = "\n\nSố: 136 /TB-UBND\n\nBiên Hòa, ngày 19 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nKết luận của đồng chí Đỗ Khôi Nguyên – Chủ tịch UBND thành phố Biên Hòa, Trưởng Ban Chỉ đạo Cải cách hành chính tại Hội nghị tổng kết công tác cải cách hành chính năm 2023\n\nNgày 14/3/2024, tại Trụ sở UBND thành phố Biên Hòa, đồng chí Đỗ Khôi Nguyên - Chủ tịch UBND thành phố Biên Hòa, Trưởng Ban Chỉ đạo Cải cách hành chính đã chủ trì Hội nghị Tổng kết công tác cải cách hành chính năm 2023; Tham dự Hội nghị có đồng chí Nguyễn Ngọc Liên - Trưởng ban Dân vận Thành ủy.\n\nI. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN\n\nĐề nghị Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n\nNơi nhận:\n\n- Như trên;\n- Như thành phần mời họp;\n- Phòng chuyên môn;;\n- UBND 30 phường, xã;\n- Lưu: VT, THNC.\n\nCHỦ TỊCH\n\n\n\nĐỗ Khôi Nguyên";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("136/TB-UBND"));
        assert_eq!(h.doc_type.as_deref(), Some("THÔNG BÁO"));
        assert_eq!(h.issuer, None);
        assert_eq!(h.place.as_deref(), Some("Biên Hòa"));
        assert_eq!(h.date.as_deref(), Some("2024-03-19"));
        let m = h.meeting.unwrap();
        assert_eq!(m.date.as_deref(), Some("2024-03-14"));
        assert_eq!(
            m.name.as_deref(),
            Some("Hội nghị tổng kết công tác cải cách hành chính năm 2023")
        );
        assert_eq!(
            m.chair.as_deref(),
            Some("đồng chí Đỗ Khôi Nguyên - Chủ tịch UBND thành phố Biên Hòa")
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Đỗ Khôi Nguyên"));
        assert_eq!(s.position.as_deref(), Some("CHỦ TỊCH"));
        assert_eq!(s.delegation, None);
        assert_eq!(
            h.recipients,
            vec![
                "Như trên",
                "Như thành phần mời họp",
                "Phòng chuyên môn",
                "UBND 30 phường, xã",
                "Lưu: VT, THNC"
            ]
        );
    }

    #[test]
    fn real_dong_thap_plan_with_appendix_after_signature() {
        let text = "|\n**ỦY BAN NHÂN\nDÂN**\nTỈNH ĐỒNG THÁP\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 617/KH-UBND\n|\n*Đồng Tháp,\nngày 01 tháng 12 năm 2025*\n|\n\n\n**KẾ HOẠCH**\n\nCHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP\nNHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH\n\nThực hiện Kế hoạch số\n283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh;\n\n|\n*Nơi nhận:*\n- Bộ Khoa học và Công nghệ;\n- CT, các PCT UBND Tỉnh;\n- Lưu: VT, KGVX. Thg.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Huỳnh Minh Tuấn**\n|\n\n\n**PHỤ LỤC**\n\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n\n*(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)*\n";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("617/KH-UBND"));
        assert_eq!(h.doc_type.as_deref(), Some("KẾ HOẠCH"));
        assert_eq!(h.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"));
        assert_eq!(h.place.as_deref(), Some("Đồng Tháp"));
        assert_eq!(h.date.as_deref(), Some("2025-12-01"));
        assert_eq!(
            h.title.as_deref(),
            Some("CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH")
        );
        assert!(h.meeting.is_none());
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Huỳnh Minh Tuấn"));
        assert_eq!(s.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
        assert_eq!(
            h.recipients,
            vec![
                "Bộ Khoa học và Công nghệ",
                "CT, các PCT UBND Tỉnh",
                "Lưu: VT, KGVX. Thg"
            ]
        );
    }

    #[test]
    fn real_resolution_with_joined_caps_title() {
        let text = "<jsontable name=\"bang_0\"> </jsontable>\r\n \r\nNGHỊ QUYẾT\r\nVỀ\r\nCHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM HĐND TỈNH HÀ GIANG KHÓA XVII,\r\nNHIỆM KỲ 2016 - 2021\r\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\r\nKHÓA XVII - KỲ HỌP THỨ NĂM\r\nCăn cứ Luật Tổ chức chính\r\nquyền địa phương ngày 19 tháng 6 năm 2015;\r\nQUYẾT NGHỊ:\r\nĐiều 1. Hội đồng nhân dân tỉnh đánh giá cao.\r\nĐiều 4. Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Giang khóa\r\nXVII, Kỳ họp thứ Năm thông qua./.\r\n \r\n<jsontable name=\"bang_1\"> </jsontable>";
        let h = header(text);
        assert_eq!(h.doc_type.as_deref(), Some("NGHỊ QUYẾT"));
        assert_eq!(h.number, None);
        assert_eq!(h.date, None);
        assert_eq!(h.place, None);
        assert_eq!(h.signer, None);
        assert_eq!(h.issuer.as_deref(), Some("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG"));
        assert_eq!(
            h.title.as_deref(),
            Some("VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM HĐND TỈNH HÀ GIANG KHÓA XVII, NHIỆM KỲ 2016 - 2021")
        );
    }

    #[test]
    fn resolution_date_from_the_closing_article() {
        let text = "NGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA KẾ HOẠCH\nĐiều 1. Thông qua kế hoạch.\nĐiều 2. Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa X, Kỳ họp thứ 8 thông qua ngày 14 tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm 2017./.";
        assert_eq!(header(text).date.as_deref(), Some("2017-07-14"));
    }

    #[test]
    fn real_news_with_stamp_in_debris() {
        let text = "# Rà soát, tháo gỡ khó khăn 4 dự án giao thông trọng điểm\n\n### Nội dung chính\n\nMục tiêu hoàn thành là không thay đổi\n\n\nVăn phòng Chính phủ vừa ban hành Thông báo số 285/TB-VPCP ngày 5/6/2025 kết luận của Phó Thủ tướng Bùi Thanh Sơn.\n\nTheo Cổng Thông tin điện tử Chính phủ\n\nTác giả: Phương Nhi\n\nLink bài viết gốc: https://baochinhphu.vn/ra-soat.htm\n\nNgày đăng: 05/06/2025 15:50";
        let h = header(text);
        assert_eq!(
            h.title.as_deref(),
            Some("Rà soát, tháo gỡ khó khăn 4 dự án giao thông trọng điểm")
        );
        assert_eq!(h.date.as_deref(), Some("2025-06-05"));
        assert_eq!(h.number, None);
        assert_eq!(h.doc_type, None);
    }

    #[test]
    fn real_news_with_time_bar_stamp_and_no_year_lead() {
        let h = header("Nâng cao chỉ số cải cách hành chính thành phố Vũng Tàu năm 2021 và các năm tiếp theo\n09:59:00 | 16-03-2021\n\nThực hiện Quyết định số 7161/QĐ-UBND ngày 25/12/2020 của UBND thành phố Vũng Tàu.");
        assert_eq!(h.date.as_deref(), Some("2021-03-16"));
        let h = header("Hội nghị sơ kết công tác CCHC 9 tháng đầu năm 2023\n\nSáng 18/10, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức Hội nghị sơ kết công tác CCHC 9 tháng đầu năm 2023.");
        assert_eq!(h.date, None);
        assert_eq!(h.doc_type, None);
    }

    #[test]
    fn real_vpcp_notice_with_wrapped_date_and_caps_title() {
        let text = "|\n**VĂN PHÒNG CHÍNH\nPHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 636/TB-VPCP\n|\n*Hà Nội, ngày 24\ntháng 11 năm 2025*\n|\n\n* *\n\n**THÔNG BÁO**\n\nKẾT\nLUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH\nPHÚ THỌ\n\nNgày 14 tháng 11 năm 2025, Phó Thủ tướng Chính phủ\nBùi Thanh Sơn đã chủ trì buổi làm việc với lãnh đạo tỉnh Phú Thọ về tình hình sản\nxuất kinh doanh.\n\n|\nNơi nhận:\n- TTgCP, các PTTgCP (để b/c);\n- VPCP: BTCN, các PCN, Cổng TTĐTCP,\nTrợ lý của PTTgCP Bùi Thanh Sơn;\ncác Vụ: CN, KTTH;\n- Lưu: VT, QHĐP(2b)VQT\n|\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n|";
        let h = header(text);
        assert_eq!(h.number.as_deref(), Some("636/TB-VPCP"));
        assert_eq!(h.issuer.as_deref(), Some("VĂN PHÒNG CHÍNH PHỦ"));
        assert_eq!(h.place.as_deref(), Some("Hà Nội"));
        assert_eq!(h.date.as_deref(), Some("2025-11-24"));
        assert_eq!(
            h.title.as_deref(),
            Some("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH PHÚ THỌ")
        );
        let m = h.meeting.unwrap();
        assert_eq!(m.date.as_deref(), Some("2025-11-14"));
        assert_eq!(
            m.chair.as_deref(),
            Some("Phó Thủ tướng Chính phủ Bùi Thanh Sơn")
        );
        let s = h.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Phạm Mạnh Cường"));
        assert_eq!(s.position.as_deref(), Some("PHÓ CHỦ NHIỆM"));
        assert_eq!(s.delegation.as_deref(), Some("KT."));
        assert_eq!(
            h.recipients,
            vec![
                "TTgCP, các PTTgCP (để b/c)",
                "VPCP: BTCN, các PCN, Cổng TTĐTCP, Trợ lý của PTTgCP Bùi Thanh Sơn; các Vụ: CN, KTTH",
                "Lưu: VT, QHĐP(2b)VQT"
            ]
        );
    }

    #[test]
    fn a_rank_or_degree_before_the_signers_name_is_left_out() {
        let cases = [
            (
                "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG THAM MƯU\n\nĐại tá Nguyễn Văn Bình",
                "Nguyễn Văn Bình",
                "TRƯỞNG PHÒNG THAM MƯU",
            ),
            (
                "TL. CHỈ HUY TRƯỞNG\nTHAM MƯU TRƯỞNG\n\nThượng tá Lê Quang Hải",
                "Lê Quang Hải",
                "THAM MƯU TRƯỞNG",
            ),
            (
                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nBSCKII. Trần Thị Hồng",
                "Trần Thị Hồng",
                "PHÓ GIÁM ĐỐC",
            ),
            (
                "GIÁM ĐỐC\n(Đã ký)\nPGS.TS. Võ Văn Tâm",
                "Võ Văn Tâm",
                "GIÁM ĐỐC",
            ),
            (
                "KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\nThiếu tá Đặng Minh Khoa",
                "Đặng Minh Khoa",
                "PHÓ CHỈ HUY TRƯỞNG",
            ),
        ];
        for (sign, name, position) in cases {
            let text = format!(
                "SỞ Y TẾ TỈNH AN GIANG\nSố: 12/TB-SYT\nAn Giang, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc\n1. Các khoa triển khai thực hiện.\nTrên đây là kết luận, đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Các khoa, phòng;\n- Lưu: VT.\n\n{sign}\n"
            );
            let h = header(&text);
            let s = h.signer.expect("a signer");
            assert_eq!(s.name.as_deref(), Some(name), "{sign}");
            assert_eq!(s.position.as_deref(), Some(position), "{sign}");
            // The signer's line is no recipient.
            assert_eq!(h.recipients, vec!["Các khoa, phòng", "Lưu: VT"], "{sign}");
        }
        // A name that begins like a title of learning is still a name.
        let text = "Số: 3/TB-UBND\nHà Nội, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\n1. Các phòng thực hiện./.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLương Y Bình\n";
        let s = header(text).signer.expect("a signer");
        assert_eq!(s.name.as_deref(), Some("Lương Y Bình"));
    }

    #[test]
    fn a_news_stamp_after_the_sites_name() {
        let cases = [
            ("Tiêu đề bài báo\n\nBaoangiang.com.vn  Thứ Ba, 17/09/2024 - 19:51 GMT+7\n\nNội dung bài.", "2024-09-17"),
            ("Tiêu đề bài báo\nbaotintuc.vn | 05/03/2023 08:15\n\nNội dung bài.", "2023-03-05"),
        ];
        for (text, date) in cases {
            let h = header(text);
            assert_eq!(h.date.as_deref(), Some(date), "{text}");
            assert_eq!(h.title.as_deref(), Some("Tiêu đề bài báo"), "{text}");
        }
    }

    /// An inspection's conclusion names its kind in two words; an office's
    /// initials may be joined by "&" in the number.
    #[test]
    fn inspection_conclusion_kind_and_number_with_ampersand() {
        let h = header("THANH TRA HUYỆN HÒA AN\nSố: 07/KL-TTr\nHòa An, ngày 12 tháng 8 năm 2022\nKẾT LUẬN THANH TRA\nViệc quản lý thu, chi ngân sách xã Bình Long\n1. Thu hồi số tiền chi sai.\n");
        assert_eq!(h.doc_type.as_deref(), Some("KẾT LUẬN THANH TRA"));
        assert_eq!(
            h.title.as_deref(),
            Some("Việc quản lý thu, chi ngân sách xã Bình Long")
        );
        let h = header("UBND HUYỆN ĐỨC LINH\nSố: 412/UBND-TN&MT\nV/v xử lý lấn chiếm đất công\nĐức Linh, ngày 3 tháng 4 năm 2015\nKính gửi: Phòng Tài nguyên và Môi trường\n");
        assert_eq!(h.number.as_deref(), Some("412/UBND-TN&MT"));
    }
}
