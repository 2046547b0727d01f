//! Finding directives by responsible body: the matching behind `chidao grep`.
//!
//! Body names and queries are compared as *folded word sequences*: lowercase,
//! diacritics removed (`đ` → `d`), which also erases tone-mark style
//! (`Uỷ`/`Ủy`) and Unicode form (NFC/NFD); the abbreviations of the
//! `abbreviation` list in `patterns/` expanded on both sides (`UBND` →
//! `uy ban nhan dan`, `Sở TN&MT` → `so tai nguyen va moi truong`), so either
//! spelling finds the other; `các`/`những` and punctuation dropped. A query
//! matches a body when its words appear in order, as a contiguous run, among
//! the words of the body's canonical name (`noi vu` finds `Phòng Nội vụ thành
//! phố`). Role, deadline and notice-date filters and a regex on the directive
//! text narrow the hits. Everything is compiled once in [`Query::new`]; a
//! notice is folded once per search. Nothing here prints: `cmd/grep.rs`
//! formats the [`Hit`]s.

use std::collections::{HashMap, HashSet};
use std::fmt;

use regex::{Regex, RegexBuilder};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::batch::{DocError, ReadOptions};
use crate::model::{Directive, Notice, Party, Role, Source};
use crate::rules::Rules;

/// Lowercase `s` and strip its diacritics: `Phòng Nội vụ` → `phong noi vu`,
/// `Đ` → `d`. Works on any Unicode form (combining marks are dropped) and
/// mirrors the character clean-up of `normalize` that could change words
/// (invisible chars removed, dash variants made `-`), so raw text and
/// extracted names fold to the same words.
pub fn fold_diacritics(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    match c {
        // đ has no decomposition; Ð (U+00D0) is a common mis-typed Đ.
        'đ' | 'Đ' | 'Ð' => out.push('d'),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}' => {}
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2007}' | '\u{2009}' | '\u{202F}' => {
            out.push(' ')
        }
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// Words that are dropped from names: quantifiers (`các sở` = `sở`).
const DROPPED: &[&str] = &["cac", "nhung"];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '&'
}

/// Folded tokens of `s`: words, and single punctuation marks (kept because
/// some abbreviations contain them: `TN-MT`).
fn folded_tokens(folded: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(folded.len() / 5 + 1);
    let mut start: Option<usize> = None;
    for (i, c) in folded.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&folded[s..i]);
        }
        if !c.is_whitespace() {
            out.push(&folded[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&folded[s..]);
    }
    out
}

/// [`fold_diacritics`] for word lists: markdown emphasis marks are deleted,
/// as `normalize` does, so they neither split a word nor count as punctuation.
fn fold_for_words(s: &str) -> String {
    let folded = fold_diacritics(s);
    if folded.contains('*') {
        folded.replace('*', "")
    } else {
        folded
    }
}

fn is_word(tok: &str) -> bool {
    tok.chars().next().is_some_and(is_word_char)
}

/// An abbreviation as folded tokens (`["tn", "-", "mt"]`) and the folded
/// words it stands for.
type Abbreviation = (Vec<String>, Vec<String>);

/// Turns text into folded words, expanding abbreviations.
#[derive(Debug, Clone, Default)]
pub struct Folder {
    /// Abbreviations by their first folded token: (folded tokens, expansion
    /// words), longest first so `VPUB` wins over `VP` and `TN&MT` stays one.
    abbr: HashMap<String, Vec<Abbreviation>>,
    /// Words an extracted name may contain without the text spelling them at
    /// that place: the heads office holders imply (`Trưởng phòng` → `Phòng`).
    implied: HashSet<String>,
    /// Every implied head ends the title that implies it (`Trưởng phòng Nội
    /// vụ` holds `phòng nội vụ`), so a name's words are always a run of the
    /// text's words and the prefilter may look for the whole query run.
    names_are_runs: bool,
}

impl Folder {
    /// The abbreviations of the `abbreviation` list and the holder heads of
    /// `holder_title` in `rules`.
    pub fn new(rules: &Rules) -> Folder {
        let abbr = rules
            .list("abbreviation")
            .entries
            .iter()
            .filter_map(|e| e.value.as_deref().map(|v| (e.phrase.as_str(), v)));
        let mut folder = Folder::from_pairs(abbr);
        folder.names_are_runs = true;
        if rules.has("holder_title") {
            for e in &rules.list("holder_title").entries {
                if let Some(v) = e.value.as_deref().filter(|v| !v.trim().is_empty()) {
                    let head = folder.words(v);
                    folder.names_are_runs &= folder.words(&e.phrase).ends_with(&head);
                    folder.implied.extend(head);
                }
            }
        }
        folder
    }

    /// A folder for the given `(abbreviation, expansion)` pairs; the first
    /// pair wins when two fold to the same key (`HĐND`, `HDND`).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Folder {
        let mut folder = Folder::default();
        let mut seen = HashSet::new();
        for (abbr, expansion) in pairs {
            let key = fold_diacritics(abbr);
            let toks: Vec<String> = folded_tokens(&key).into_iter().map(String::from).collect();
            let Some(first) = toks.first().cloned() else {
                continue;
            };
            if !seen.insert(toks.clone()) {
                continue;
            }
            let words = folder.words(expansion);
            folder.abbr.entry(first).or_default().push((toks, words));
        }
        for seqs in folder.abbr.values_mut() {
            seqs.sort_by_key(|(toks, _)| std::cmp::Reverse(toks.len()));
        }
        folder
    }

    /// Folded words of `s`: `Ủy ban nhân dân các xã` → `uy ban nhan dan xa`;
    /// `UBND xã` gives the same.
    pub fn words(&self, s: &str) -> Vec<String> {
        let folded = fold_for_words(s);
        let mut out = Vec::new();
        self.expand(&folded_tokens(&folded), |w| out.push(w.to_string()));
        out
    }

    /// The words of `s` as one string with a space before and after each
    /// word (` phong noi vu `), so a run of words is found with `str::contains`
    /// and never matches inside a longer word.
    pub fn key(&self, s: &str) -> String {
        let folded = fold_for_words(s);
        let mut out = String::with_capacity(folded.len() + 16);
        out.push(' ');
        self.expand(&folded_tokens(&folded), |w| {
            out.push_str(w);
            out.push(' ');
        });
        out
    }

    fn expand<'s>(&'s self, toks: &[&'s str], mut emit: impl FnMut(&str)) {
        let mut i = 0;
        while i < toks.len() {
            let tok = toks[i];
            if let Some(seqs) = self.abbr.get(tok) {
                let found = seqs.iter().find(|(seq, _)| {
                    seq.len() <= toks.len() - i && seq.iter().zip(&toks[i..]).all(|(a, b)| a == b)
                });
                if let Some((seq, words)) = found {
                    words.iter().for_each(|w| emit(w));
                    i += seq.len();
                    continue;
                }
            }
            if is_word(tok) && !DROPPED.contains(&tok) {
                emit(tok);
            }
            i += 1;
        }
    }
}

/// What narrows a search besides the body query.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Roles a matching body must have; empty means any role.
    pub roles: Vec<Role>,
    /// A deadline of the directive falls on or before this day.
    pub due_before: Option<String>,
    /// A deadline of the directive falls on or after this day.
    pub due_after: Option<String>,
    /// The notice is dated on or after this day.
    pub since: Option<String>,
    /// A regex the directive text must match as well.
    pub text: Option<String>,
}

/// A query or filter that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// A date filter that is not `YYYY-MM-DD` or `D/M/YYYY`.
    BadDate { what: &'static str, value: String },
    /// The `-e` regex does not compile.
    BadRegex(String),
    /// The query has letters but no word survives folding (`các`).
    NoWords(String),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::BadDate { what, value } => write!(
                f,
                "{what}: `{value}` is not a date (use YYYY-MM-DD or D/M/YYYY)"
            ),
            QueryError::BadRegex(e) => write!(f, "bad regex: {e}"),
            QueryError::NoWords(q) => write!(f, "query `{q}` has no word to search for"),
        }
    }
}

impl std::error::Error for QueryError {}

/// `2024-06-30`, `30/6/2024` or `30-06-2024` → `2024-06-30` (a real day).
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let nums: Vec<&str> = s.split(['-', '/', '.']).collect();
    if nums.len() != 3
        || nums
            .iter()
            .any(|n| n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (y, m, d) = if nums[0].len() == 4 {
        (nums[0], nums[1], nums[2])
    } else if nums[2].len() == 4 {
        (nums[2], nums[1], nums[0])
    } else {
        return None;
    };
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// The `-e` regex and the form of text it is matched against.
#[derive(Debug, Clone)]
struct TextPattern {
    regex: Regex,
    /// An ASCII-only pattern (`chuyen doi so`) is matched against the text with
    /// diacritics removed, so it finds `chuyển đổi số`; a pattern with
    /// diacritics is matched against the NFC, tone-folded text.
    folded: bool,
}

/// A compiled search: the query words, the filters and the folder.
#[derive(Debug, Clone)]
pub struct Query {
    folder: Folder,
    words: Vec<String>,
    /// ` w1 w2 … `: the words as a run, for `str::contains`.
    needle: String,
    roles: Vec<Role>,
    due_before: Option<String>,
    due_after: Option<String>,
    since: Option<String>,
    text: Option<TextPattern>,
}

/// One matching directive.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'n> {
    pub directive: &'n Directive,
    /// The bodies that matched (query and role); every body of the
    /// directive that passes the role filter when the query is empty.
    pub parties: Vec<&'n Party>,
}

impl Query {
    /// Compile `query` with `filters`, using the abbreviations of `rules`.
    /// An empty query matches every directive (any body, or none when no role
    /// is asked for), which with `-e` makes a plain text search.
    pub fn new(query: &str, filters: &Filters, rules: &Rules) -> Result<Query, QueryError> {
        Query::with_folder(query, filters, Folder::new(rules))
    }

    /// Like [`Query::new`] with a folder built elsewhere.
    pub fn with_folder(
        query: &str,
        filters: &Filters,
        folder: Folder,
    ) -> Result<Query, QueryError> {
        let words = folder.words(query);
        if words.is_empty() && query.chars().any(char::is_alphanumeric) {
            return Err(QueryError::NoWords(query.to_string()));
        }
        let needle = format!(" {} ", words.join(" "));
        let date = |what: &'static str, v: &Option<String>| -> Result<Option<String>, QueryError> {
            v.as_deref()
                .map(|s| {
                    parse_date(s).ok_or_else(|| QueryError::BadDate {
                        what,
                        value: s.to_string(),
                    })
                })
                .transpose()
        };
        let text = match filters.text.as_deref() {
            None => None,
            Some(src) => {
                let folded = src.is_ascii();
                let pattern = if folded {
                    src.to_string()
                } else {
                    crate::normalize::fold_pattern(src)
                };
                let regex = RegexBuilder::new(&pattern)
                    .case_insensitive(true)
                    .size_limit(64 << 20)
                    .build()
                    .map_err(|e| QueryError::BadRegex(e.to_string()))?;
                Some(TextPattern { regex, folded })
            }
        };
        Ok(Query {
            due_before: date("--due-before", &filters.due_before)?,
            due_after: date("--due-after", &filters.due_after)?,
            since: date("--since", &filters.since)?,
            roles: filters.roles.clone(),
            folder,
            words,
            needle,
            text,
        })
    }

    /// The folded query words (`["phong", "noi", "vu"]`).
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Does a body name (canonical or as printed) match the query words?
    pub fn matches_name(&self, name: &str) -> bool {
        self.words.is_empty() || self.folder.key(name).contains(&self.needle)
    }

    fn role_ok(&self, role: Role) -> bool {
        self.roles.is_empty() || self.roles.contains(&role)
    }

    /// The bodies of `d` that match the query and the role filter.
    fn parties<'n>(&self, d: &'n Directive) -> Vec<&'n Party> {
        d.responsible
            .iter()
            .filter(|p| self.role_ok(p.role))
            .filter(|p| {
                // The canonical name is the contract's search key; a document
                // written without one still has the printed name.
                let name = if p.canonical.is_empty() {
                    &p.name
                } else {
                    &p.canonical
                };
                self.matches_name(name)
            })
            .collect()
    }

    fn due_ok(&self, d: &Directive) -> bool {
        if self.due_before.is_none() && self.due_after.is_none() {
            return true;
        }
        d.deadlines.iter().any(|dl| {
            let Some(date) = dl.date.as_deref().and_then(parse_date) else {
                return false;
            };
            self.due_before.as_ref().is_none_or(|b| date <= *b)
                && self.due_after.as_ref().is_none_or(|a| date >= *a)
        })
    }

    fn text_ok(&self, d: &Directive) -> bool {
        match &self.text {
            None => true,
            Some(t) if t.folded => t.regex.is_match(&fold_diacritics(&d.text)),
            Some(t) => t.regex.is_match(&crate::normalize::fold_pattern(&d.text)),
        }
    }

    /// Does the notice pass the notice-level filters (`--since`)?
    pub fn notice_ok(&self, notice: &Notice) -> bool {
        match &self.since {
            None => true,
            Some(since) => notice
                .header
                .date
                .as_deref()
                .and_then(parse_date)
                .is_some_and(|d| d >= *since),
        }
    }

    /// The matching directives of `notice`, in document order.
    pub fn hits<'n>(&self, notice: &'n Notice) -> Vec<Hit<'n>> {
        if !self.notice_ok(notice) {
            return Vec::new();
        }
        let any_body = self.words.is_empty() && self.roles.is_empty();
        notice
            .directives
            .iter()
            .filter_map(|d| {
                let parties = self.parties(d);
                let body_ok = !parties.is_empty() || any_body;
                (body_ok && self.due_ok(d) && self.text_ok(d)).then_some(Hit {
                    directive: d,
                    parties,
                })
            })
            .collect()
    }

    /// Could a notice with this text name a matching body? `false` only when
    /// the query's run of words occurs nowhere in the text (abbreviations
    /// expanded; with holder heads that are not a run, when some query word
    /// is missing), so the costly extraction can be skipped; `true` says
    /// nothing. Sound because a body name is a run of the text's words.
    pub fn may_occur_in(&self, text: &str) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let key = self.folder.key(text);
        if self.folder.names_are_runs {
            return key.contains(&self.needle);
        }
        let mut word = String::with_capacity(32);
        self.words.iter().all(|w| {
            if self.folder.implied.contains(w) {
                return true;
            }
            word.clear();
            word.push(' ');
            word.push_str(w);
            word.push(' ');
            key.contains(word.as_str())
        })
    }
}

/// Decode and extract one raw notice for a search, skipping the extraction
/// (`Ok(None)`) when [`Query::may_occur_in`] shows no body can match.
pub fn convert_for(
    query: &Query,
    shown_path: &str,
    bytes: &[u8],
    rules: &Rules,
    opts: &ReadOptions,
) -> Result<Option<Notice>, DocError> {
    let decoded =
        crate::decode::decode(bytes, opts.encoding.as_deref(), opts.lossy).map_err(|e| {
            DocError {
                path: shown_path.to_string(),
                reason: e.to_string(),
            }
        })?;
    if !query.may_occur_in(&decoded.text) {
        return Ok(None);
    }
    let source = Source {
        path: shown_path.to_string(),
        bytes: bytes.len() as u64,
        encoding: decoded.encoding.clone(),
    };
    Ok(Some(crate::extract_with_source(
        &decoded.text,
        source,
        decoded.warnings,
        rules,
    )))
}

/// Read notices from chidao's own JSON output: one pretty document, or JSON
/// Lines (one document per line), as `chidao extract` writes them.
pub fn notices_from_json(shown_path: &str, bytes: &[u8]) -> Result<Vec<Notice>, DocError> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::Deserializer::from_slice(text)
        .into_iter::<Notice>()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| DocError {
            path: shown_path.to_string(),
            reason: format!("not a chidao JSON output: {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> &'static Rules {
        crate::rules::shared_for_tests()
    }

    fn q(query: &str) -> Query {
        Query::new(query, &Filters::default(), rules()).expect("query compiles")
    }

    #[test]
    fn diacritics_case_and_d_fold_away() {
        assert_eq!(fold_diacritics("Phòng Nội vụ"), "phong noi vu");
        assert_eq!(fold_diacritics("ĐÀ NẴNG, Đồng Tháp"), "da nang, dong thap");
        assert_eq!(
            fold_diacritics("Sở Tư pháp ơ ư ă â ê ô"),
            "so tu phap o u a a e o"
        );
        assert!(q("phong noi vu").matches_name("Phòng Nội vụ"));
        assert!(q("PHÒNG NỘI VỤ").matches_name("phòng nội vụ"));
        assert!(q("so giao duc va dao tao").matches_name("Sở Giáo dục và Đào tạo"));
    }

    #[test]
    fn tone_style_and_unicode_form_fold_away() {
        // old (hoà, uỷ) and new (hòa, ủy) tone placement
        assert!(q("Uỷ ban nhân dân").matches_name("Ủy ban nhân dân tỉnh"));
        assert!(q("Biên Hoà").matches_name("ủy ban nhân dân thành phố biên hòa"));
        // NFD query against NFC name and back
        let nfd: String =
            unicode_normalization::UnicodeNormalization::nfd("Phòng Nội vụ").collect();
        assert_ne!(nfd, "Phòng Nội vụ");
        assert!(q(&nfd).matches_name("Phòng Nội vụ"));
        assert!(q("Phòng Nội vụ").matches_name(&nfd));
    }

    #[test]
    fn abbreviations_expand_both_ways() {
        // every entry of the list, each way round
        for e in &rules().list("abbreviation").entries {
            let long = e.value.as_deref().unwrap_or_default();
            assert!(q(&e.phrase).matches_name(long), "{} → {long}", e.phrase);
            assert!(q(long).matches_name(&e.phrase), "{long} → {}", e.phrase);
        }
        // in names, any case and spelling
        let cases = [
            ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
            ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
            ("hđnd huyện", "HDND huyện"),
            ("UBND TP Biên Hòa", "Ủy ban nhân dân thành phố Biên Hòa"),
            ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
            ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
            ("so tnmt", "Sở Tài nguyên và Môi trường"),
            ("Sở TN-MT", "Sở Tài nguyên và Môi trường"),
            ("so kh&dt", "Sở Kế hoạch và Đầu tư"),
            ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
            ("so ldtbxh", "Sở Lao động - Thương binh và Xã hội"),
            // fields listed with a comma, spaced or not
            ("Sở VH, TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
            ("Sở VH,TT&DL", "Sở VHTTDL"),
            ("Sở LĐ,TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ];
        for (short, long) in cases {
            assert!(q(short).matches_name(long), "{short} → {long}");
            assert!(q(long).matches_name(short), "{long} → {short}");
        }
        // the longest abbreviation wins: VPUB is not VP + UB
        assert_eq!(
            Folder::new(rules()).words("VPUB tỉnh"),
            ["van", "phong", "uy", "ban", "nhan", "dan", "tinh"]
        );
    }

    #[test]
    fn words_must_be_a_contiguous_run_in_order() {
        assert!(q("noi vu").matches_name("phòng nội vụ thành phố"));
        assert!(q("phong noi").matches_name("phòng nội vụ"));
        assert!(!q("vu noi").matches_name("phòng nội vụ"));
        assert!(!q("phong vu").matches_name("phòng nội vụ"));
        // whole words only
        assert!(!q("noi v").matches_name("phòng nội vụ"));
        assert!(!q("y te").matches_name("Sở Kinh tế"));
    }

    #[test]
    fn quantifiers_and_punctuation_are_ignored() {
        assert!(q("UBND các xã").matches_name("ủy ban nhân dân xã, thị trấn"));
        assert!(q("so, ban, nganh").matches_name("sở ban ngành"));
        assert_eq!(q("").words(), &[] as &[String]);
        assert!(matches!(
            Query::new("các", &Filters::default(), rules()),
            Err(QueryError::NoWords(_))
        ));
    }

    #[test]
    fn dates_parse_in_both_orders() {
        assert_eq!(parse_date("2024-06-30").as_deref(), Some("2024-06-30"));
        assert_eq!(parse_date("30/6/2024").as_deref(), Some("2024-06-30"));
        assert_eq!(parse_date("31/6/2024"), None);
        assert_eq!(parse_date("June 30"), None);
        let bad = Filters {
            due_before: Some("tomorrow".into()),
            ..Filters::default()
        };
        assert!(matches!(
            Query::new("x", &bad, rules()),
            Err(QueryError::BadDate { .. })
        ));
    }

    #[test]
    fn prefilter_sees_abbreviations_and_implied_heads() {
        let query = q("Ủy ban nhân dân tỉnh");
        assert!(query.may_occur_in("Giao UBND tỉnh chỉ đạo."));
        assert!(!query.may_occur_in("Giao Sở Y tế chỉ đạo."));
        // "Trưởng phòng Nội vụ" gives the body "Phòng Nội vụ"
        assert!(q("phong noi vu").may_occur_in("Giao Trưởng phòng Nội vụ rà soát."));
        // dash variants are the same dash
        assert!(q("tai nguyen").may_occur_in("Sở TN\u{2013}MT"));
        // the whole run must be there, emphasis marks aside
        assert!(!q("phong noi vu").may_occur_in("Phòng Tư pháp và Sở Nội vụ"));
        assert!(q("phong noi vu").may_occur_in("**Phòng Nội** vụ"));
    }
}
