//! Loads the rule files of `patterns/` once and compiles them.
//!
//! The files are embedded in the binary; `--patterns DIR` reads the same
//! format from a folder instead. Every pattern string goes through the same
//! NFC and tone-mark folding as documents, so `Hòa`/`Hoà` and NFC/NFD spellings
//! in a rule match either spelling in a notice. A broken file stops loading
//! with `FILE:LINE: reason`. The format is documented in `patterns/README.md`.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use regex::{Regex, RegexBuilder};

use crate::normalize::fold_pattern;
use crate::tokens::word_hash;

mod casefold;
mod pattern;
pub use pattern::{lower_same_len, Captures, Match, Pattern};

/// The rule files shipped in the binary, in load order.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "10-normalize.pat",
        include_str!("../patterns/10-normalize.pat"),
    ),
    ("20-segment.pat", include_str!("../patterns/20-segment.pat")),
    ("30-header.pat", include_str!("../patterns/30-header.pat")),
    ("40-bodies.pat", include_str!("../patterns/40-bodies.pat")),
    ("50-roles.pat", include_str!("../patterns/50-roles.pat")),
    ("60-actions.pat", include_str!("../patterns/60-actions.pat")),
    (
        "70-deadlines.pat",
        include_str!("../patterns/70-deadlines.pat"),
    ),
];

/// Every regex section's fast path reads the text lowered (see
/// [`Pattern::unbuilt_lowered`]): lowered supersets are smaller lazy DFAs
/// (no capitals: fewer byte classes and states). Each text is lowered once
/// per thread for all the rules that search it in turn
/// ([`pattern::lowered_shared`]); the deadline finders lower their directive
/// themselves. `CHIDAO_LOWERED=none` or `=name,name,…` (the sections lowered)
/// is a measuring aid: the matches are the same either way.
fn lowered_superset(name: &str) -> bool {
    static OVERRIDE: once_cell::sync::Lazy<Option<String>> =
        once_cell::sync::Lazy::new(|| std::env::var("CHIDAO_LOWERED").ok());
    match OVERRIDE.as_deref() {
        None | Some("all") => true,
        Some(names) => names.split(',').any(|n| n == name),
    }
}

/// A rule file that could not be loaded, with the place of the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        }
    }
}

impl std::error::Error for RuleError {}

/// One entry of a `[list NAME]` section.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The phrase, NFC and tone-folded.
    pub phrase: String,
    /// The right-hand side of `phrase => value`, folded the same way.
    pub value: Option<String>,
}

/// A lexicon: its entries and one regex matching any of them (longest first).
#[derive(Debug, Clone)]
pub struct List {
    pub entries: Vec<Entry>,
    /// Alternation of the escaped entries, compiled on first use (most lists
    /// are only matched token by token).
    regex: once_cell::sync::OnceCell<Pattern>,
    source: String,
    /// Entries as token sequences, by the [`word_hash`] of their first
    /// token, longest first.
    by_first: HashMap<u64, Vec<(Vec<String>, usize)>, HashedBuild>,
    /// Entry index by lowercased phrase (unique: duplicates are rejected at load).
    by_lower: HashMap<String, usize, FnvBuild>,
    /// This list's bit in [`Token::lists`](crate::tokens::Token::lists)
    /// (0 past the 64th list: never filtered).
    bit: u64,
}

/// FNV-1a: the lexicon lookups hash one short word per token of every
/// document, where std's DoS-resistant SipHash costs more than the lookup;
/// the keys come from our own rule files, not from the input.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// Keys that are already hashes ([`crate::tokens::word_hash`]) are used as is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hashed(u64);

impl std::hash::Hasher for Hashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed with this hasher; fold anything else in.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashedBuild = std::hash::BuildHasherDefault<Hashed>;

impl List {
    /// The value of the entry whose phrase equals `phrase` (case-insensitive).
    pub fn value_of(&self, phrase: &str) -> Option<&str> {
        let idx = *self.by_lower.get(&phrase.to_lowercase())?;
        self.entries[idx].value.as_deref()
    }

    /// One regex matching any entry: case-insensitive, word-bounded, longest first.
    pub fn regex(&self) -> &Pattern {
        self.regex.get_or_init(|| {
            Pattern::new(
                RegexBuilder::new(&casefold::without_needless_folding(&format!(
                    r"\b{}\b",
                    self.source
                )))
                .case_insensitive(true)
                .size_limit(64 << 20)
                .build()
                .unwrap_or_else(|_| Regex::new("$^").expect("empty regex")),
            )
        })
    }

    /// The longest entry whose tokens start at `tokens[i]`: (token count, entry).
    pub fn match_at(&self, tokens: &[crate::tokens::Token], i: usize) -> Option<(usize, &Entry)> {
        let first = tokens.get(i)?;
        // Most words start no entry of most lists: one AND instead of a
        // hash look-up (the look-ups were 8 % of a run).
        if first.lists & self.bit == 0 && self.bit != 0 {
            return None;
        }
        let candidates = self.by_first.get(&first.hash)?;
        candidates.iter().find_map(|(seq, idx)| {
            let fits = seq.len() <= tokens.len() - i
                && seq.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.lower);
            fits.then(|| (seq.len(), &self.entries[*idx]))
        })
    }

    pub fn contains(&self, phrase: &str) -> bool {
        self.by_lower.contains_key(&phrase.to_lowercase())
    }
}

/// All compiled rules, looked up by section name.
#[derive(Debug, Clone)]
pub struct Rules {
    lists: HashMap<String, List>,
    /// For the hash of a word, the bits of the lists with an entry that
    /// starts with it (see [`Rules::lexicon_bits`]).
    first_words: HashMap<u64, u64, HashedBuild>,
    regexes: HashMap<String, Pattern>,
    /// Where each section was defined, for duplicate errors.
    origins: HashMap<String, (String, usize)>,
}

/// Names every stage needs; loading fails when one is missing.
pub fn required_sections() -> Vec<&'static str> {
    let mut names = Vec::new();
    names.extend_from_slice(crate::normalize::REQUIRED_RULES);
    names.extend_from_slice(crate::segment::REQUIRED_RULES);
    names.extend_from_slice(crate::header::REQUIRED_RULES);
    names.extend(crate::extract::required_rules());
    names
}

enum SectionKind {
    List,
    Regex,
}

struct Pending {
    kind: SectionKind,
    name: String,
    file: String,
    line: usize,
    /// (line number, folded text)
    lines: Vec<(usize, String)>,
}

impl Rules {
    /// The rules embedded in the binary.
    pub fn embedded() -> Result<Rules, RuleError> {
        Rules::from_sources(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())))
    }

    /// The rules of a folder: every `*.pat` file, in file-name order.
    pub fn from_dir(dir: &Path) -> Result<Rules, RuleError> {
        let shown = dir.display().to_string();
        let read = std::fs::read_dir(dir).map_err(|e| RuleError {
            file: shown.clone(),
            line: 0,
            reason: format!("cannot read the patterns folder: {e}"),
        })?;
        let mut paths: Vec<_> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "pat"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(RuleError {
                file: shown,
                line: 0,
                reason: "no *.pat files in the patterns folder".into(),
            });
        }
        let mut sources = Vec::new();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|e| RuleError {
                file: p.display().to_string(),
                line: 0,
                reason: format!("cannot read: {e}"),
            })?;
            sources.push((p.display().to_string(), text));
        }
        Rules::from_sources(sources)
    }

    /// Parse and compile rule files given as (name, text), in order.
    pub fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Rules, RuleError> {
        let mut rules = Rules {
            lists: HashMap::new(),
            first_words: HashMap::default(),
            regexes: HashMap::new(),
            origins: HashMap::new(),
        };
        let mut last_file = String::from("patterns");
        for (file, text) in sources {
            last_file = file.clone();
            let mut pending: Option<Pending> = None;
            for (idx, raw) in text.lines().enumerate() {
                let line_no = idx + 1;
                let trimmed = raw.trim();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                if trimmed.starts_with('[') {
                    if let Some(p) = pending.take() {
                        rules.finish(p)?;
                    }
                    pending = Some(parse_section_header(trimmed, &file, line_no)?);
                    continue;
                }
                match pending.as_mut() {
                    Some(p) => p.lines.push((line_no, fold_pattern(trimmed))),
                    None => {
                        return Err(RuleError {
                            file: file.clone(),
                            line: line_no,
                            reason:
                                "rule outside a section; start one with [list NAME] or [regex NAME]"
                                    .into(),
                        })
                    }
                }
            }
            if let Some(p) = pending.take() {
                rules.finish(p)?;
            }
        }
        for name in required_sections() {
            if !rules.lists.contains_key(name) && !rules.regexes.contains_key(name) {
                return Err(RuleError {
                    file: last_file.clone(),
                    line: 0,
                    reason: format!("required section `{name}` is not defined by any rule file"),
                });
            }
        }
        Ok(rules)
    }

    fn finish(&mut self, p: Pending) -> Result<(), RuleError> {
        if let Some((f, l)) = self.origins.get(&p.name) {
            return Err(RuleError {
                file: p.file,
                line: p.line,
                reason: format!("section `{}` is already defined at {f}:{l}", p.name),
            });
        }
        if p.lines.is_empty() {
            return Err(RuleError {
                file: p.file,
                line: p.line,
                reason: format!("section `{}` is empty", p.name),
            });
        }
        match p.kind {
            SectionKind::List => {
                let mut entries = Vec::new();
                let mut seen = HashMap::new();
                for (line, text) in &p.lines {
                    let (phrase, value) = match text.split_once("=>") {
                        Some((a, b)) => (a.trim().to_string(), Some(b.trim().to_string())),
                        None => (text.trim().to_string(), None),
                    };
                    if phrase.is_empty() {
                        return Err(RuleError {
                            file: p.file.clone(),
                            line: *line,
                            reason: "empty phrase before `=>`".into(),
                        });
                    }
                    let key = phrase.to_lowercase();
                    if let Some(first) = seen.insert(key, *line) {
                        return Err(RuleError {
                            file: p.file.clone(),
                            line: *line,
                            reason: format!(
                                "duplicate entry `{phrase}` in [list {}] (first at line {first})",
                                p.name
                            ),
                        });
                    }
                    entries.push(Entry { phrase, value });
                }
                let mut sorted: Vec<&str> = entries.iter().map(|e| e.phrase.as_str()).collect();
                sorted.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
                let alternation: Vec<String> = sorted.iter().map(|s| phrase_regex(s)).collect();
                let source = format!("(?:{})", alternation.join("|"));
                let regex = once_cell::sync::OnceCell::new();
                let mut by_first: HashMap<u64, Vec<(Vec<String>, usize)>, HashedBuild> =
                    HashMap::default();
                let by_lower = entries
                    .iter()
                    .enumerate()
                    .map(|(idx, e)| (e.phrase.to_lowercase(), idx))
                    .collect();
                for (idx, e) in entries.iter().enumerate() {
                    let seq = crate::tokens::phrase_tokens(&e.phrase);
                    if let Some(first) = seq.first() {
                        by_first
                            .entry(word_hash(first))
                            .or_default()
                            .push((seq, idx));
                    }
                }
                for seqs in by_first.values_mut() {
                    seqs.sort_by_key(|(seq, _)| std::cmp::Reverse(seq.len()));
                }
                let bit = 1u64.checked_shl(self.lists.len() as u32).unwrap_or(0);
                for first in by_first.keys() {
                    *self.first_words.entry(*first).or_default() |= bit;
                }
                self.lists.insert(
                    p.name.clone(),
                    List {
                        entries,
                        regex,
                        source,
                        by_first,
                        by_lower,
                        bit,
                    },
                );
            }
            SectionKind::Regex => {
                let mut parts = Vec::new();
                for (line, text) in &p.lines {
                    parts.push(self.expand(text, &p.file, *line)?);
                }
                let joined = if parts.len() == 1 {
                    parts[0].clone()
                } else {
                    parts
                        .iter()
                        .map(|s| format!("(?:{s})"))
                        .collect::<Vec<_>>()
                        .join("|")
                };
                // Compiling is most of the start-up time: the lines are
                // compiled one by one only to name the broken one.
                let regex = compile(&joined, &p.file, p.line).map_err(|whole| {
                    p.lines
                        .iter()
                        .zip(&parts)
                        .find_map(|((line, _), part)| compile(part, &p.file, *line).err())
                        .unwrap_or(whole)
                })?;
                let pattern = if lowered_superset(&p.name) {
                    Pattern::unbuilt_lowered(regex)
                } else {
                    Pattern::unbuilt(regex)
                };
                self.regexes.insert(p.name.clone(), pattern);
            }
        }
        self.origins.insert(p.name, (p.file, p.line));
        Ok(())
    }

    /// Replace `{name}` by the source of an earlier list or regex section.
    fn expand(&self, text: &str, file: &str, line: usize) -> Result<String, RuleError> {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            // `\{` is a literal brace and `\p{Lu}` a Unicode class, not macros.
            let before = &rest.as_bytes()[..open];
            let escaped = before.last() == Some(&b'\\')
                || (before.len() >= 2
                    && matches!(before[before.len() - 1], b'p' | b'P')
                    && before[before.len() - 2] == b'\\');
            let after = &rest[open + 1..];
            let name_len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .unwrap_or(after.len());
            let is_macro = !escaped
                && name_len > 0
                && after[..1].chars().all(|c| c.is_ascii_alphabetic())
                && after[name_len..].starts_with('}');
            if !is_macro {
                out.push_str(&rest[..open + 1]);
                rest = after;
                continue;
            }
            let name = &after[..name_len];
            out.push_str(&rest[..open]);
            if let Some(list) = self.lists.get(name) {
                out.push_str(&list.source);
            } else if let Some(re) = self.regexes.get(name) {
                out.push_str(&format!("(?:{})", re.as_str()));
            } else {
                return Err(RuleError {
                    file: file.to_string(),
                    line,
                    reason: format!("`{{{name}}}` names no list or regex defined before this line"),
                });
            }
            rest = &after[name_len + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The lists that have an entry starting with the word of this
    /// [`word_hash`], as bits for [`Token::lists`](crate::tokens::Token::lists).
    pub fn lexicon_bits(&self, hash: u64) -> u64 {
        self.first_words.get(&hash).copied().unwrap_or(0)
    }

    /// The compiled regex of a `[regex NAME]` section (checked at load).
    pub fn regex(&self, name: &str) -> &Pattern {
        self.regexes
            .get(name)
            .unwrap_or_else(|| panic!("rule section `{name}` was not validated at load"))
    }

    /// An optional `[regex NAME]` section: `None` when the patterns leave it
    /// out.
    pub fn optional_regex(&self, name: &str) -> Option<&Pattern> {
        self.regexes.get(name)
    }

    /// An optional `[list NAME]` section: `None` when the patterns leave it
    /// out.
    pub fn optional_list(&self, name: &str) -> Option<&List> {
        self.lists.get(name)
    }

    /// A `[list NAME]` lexicon (checked at load).
    pub fn list(&self, name: &str) -> &List {
        self.lists
            .get(name)
            .unwrap_or_else(|| panic!("rule list `{name}` was not validated at load"))
    }

    /// Every `[regex NAME]` section, sorted by name (for benchmarks and tools
    /// that time or check the rules one by one).
    pub fn regex_sections(&self) -> Vec<(&str, &Pattern)> {
        let mut all: Vec<(&str, &Pattern)> =
            self.regexes.iter().map(|(n, r)| (n.as_str(), r)).collect();
        all.sort_by_key(|(n, _)| *n);
        all
    }

    pub fn has(&self, name: &str) -> bool {
        self.lists.contains_key(name) || self.regexes.contains_key(name)
    }
}

/// The embedded rules, compiled once for all unit tests of the crate.
#[cfg(test)]
pub fn shared_for_tests() -> &'static Rules {
    static RULES: once_cell::sync::Lazy<Rules> =
        once_cell::sync::Lazy::new(|| Rules::embedded().expect("embedded rules compile"));
    &RULES
}

fn parse_section_header(text: &str, file: &str, line: usize) -> Result<Pending, RuleError> {
    let err = |reason: String| RuleError {
        file: file.to_string(),
        line,
        reason,
    };
    let inner = text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .ok_or_else(|| err("a section header is `[list NAME]` or `[regex NAME]`".into()))?;
    let mut words = inner.split_whitespace();
    let kind = match words.next() {
        Some("list") => SectionKind::List,
        Some("regex") => SectionKind::Regex,
        other => {
            return Err(err(format!(
                "unknown section kind `{}`; use `list` or `regex`",
                other.unwrap_or("")
            )))
        }
    };
    let name = words
        .next()
        .ok_or_else(|| err("section has no name".into()))?;
    if words.next().is_some()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        return Err(err(format!(
            "bad section name `{inner}`: one word of ASCII letters, digits, `_` or `.`"
        )));
    }
    Ok(Pending {
        kind,
        name: name.to_string(),
        file: file.to_string(),
        line,
        lines: Vec::new(),
    })
}

/// A lexicon phrase as a regex: escaped, any run of spaces matches any run of
/// whitespace, and `-`/`&` tolerate spaces around them.
fn phrase_regex(phrase: &str) -> String {
    let mut out = String::new();
    for (i, word) in phrase.split_whitespace().enumerate() {
        if i > 0 {
            out.push_str(r"\s+");
        }
        out.push_str(&regex::escape(word));
    }
    out
}

/// The rule's source as the regex crate reads it, once it is known to compile
/// (the regex itself is built on first use: see [`Pattern::unbuilt`]).
fn compile(source: &str, file: &str, line: usize) -> Result<String, RuleError> {
    let source = casefold::without_needless_folding(source);
    match pattern::check(&source) {
        Ok(()) => Ok(source),
        Err(e) => Err(RuleError {
            file: file.to_string(),
            line,
            reason: format!(
                "bad regex: {}",
                e.to_string().lines().last().unwrap_or("invalid")
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Rules, RuleError> {
        let mut sources: Vec<(String, String)> = EMBEDDED
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        sources.push(("99-test.pat".into(), text.into()));
        Rules::from_sources(sources)
    }

    #[test]
    fn embedded_rules_load() {
        Rules::embedded().expect("embedded rules compile");
    }

    #[test]
    fn bad_regex_names_file_and_line() {
        let err = load("# c\n[regex t_bad]\nfoo(\n").unwrap_err();
        assert_eq!(err.file, "99-test.pat");
        assert_eq!(err.line, 3);
        assert!(err.to_string().starts_with("99-test.pat:3: bad regex"));
    }

    #[test]
    fn regex_too_big_to_build_is_rejected_at_load() {
        // Regexes are built on first use: load must still refuse one that
        // parses but could never be built, not leave a rule that never matches.
        let err = load("[regex t_ok]\nrà soát\n[regex t_big]\nx\n(?:\\w{200}){200}\n").unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("99-test.pat", 5));
        assert!(err.reason.starts_with("bad regex"), "{}", err.reason);
        assert!(err.reason.contains("limit"), "{}", err.reason);
    }

    #[test]
    fn duplicate_section_and_entry_rejected() {
        let err = load("[list t_a]\nx\n[list t_a]\ny\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.reason.contains("already defined"));
        let err = load("[list t_b]\nSở\nsở\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.reason.contains("duplicate entry"));
    }

    #[test]
    fn unknown_macro_and_stray_line_rejected() {
        let err = load("[regex t_c]\n{nothing_here}\n").unwrap_err();
        assert!(err.reason.contains("nothing_here"));
        let err = load("stray\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn lexicon_bits_never_change_a_match() {
        // Tokens with their lexicon bits looked up must match every list
        // exactly as tokens without them (all bits set) do.
        let rules = shared_for_tests();
        let text = crate::normalize::fold_pattern(
            "Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã, \
             Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ tham mưu, báo cáo \
             Chủ tịch UBND tỉnh; các sở, ban, ngành, địa phương triển khai thực hiện \
             trước ngày 30/6/2024; Sở TN&MT đôn đốc, hướng dẫn chủ đầu tư.",
        );
        let plain = crate::tokens::tokenize(&text, 0);
        let looked_up = crate::tokens::tokenize_for(&text, 0, rules);
        assert!(looked_up
            .iter()
            .any(|t| t.lists != 0 && t.lists != u64::MAX));
        let mut lists: Vec<&String> = rules.lists.keys().collect();
        lists.sort();
        let mut matches = 0;
        for name in lists {
            let list = rules.list(name);
            for i in 0..plain.len() {
                let a = list.match_at(&plain, i).map(|(n, e)| (n, &e.phrase));
                let b = list.match_at(&looked_up, i).map(|(n, e)| (n, &e.phrase));
                assert_eq!(a, b, "[list {name}] at token {i}");
                matches += usize::from(a.is_some());
            }
        }
        assert!(matches > 20, "{matches}");
    }

    #[test]
    fn macros_expand_and_quantifiers_survive() {
        let rules =
            load("[list t_heads]\nSở\nPhòng\n[regex t_x]\n{t_heads} \\d{2}\n").expect("loads");
        let re = rules.regex("t_x");
        assert!(re.is_match("phòng 12"));
        assert!(!re.is_match("phòng 1"));
    }

    #[test]
    fn patterns_are_tone_folded_like_text() {
        // The rule is written in the old style, the text in the new one.
        let rules = load("[list t_place]\nHoà Bình\n").expect("loads");
        let text = crate::normalize::fold_pattern("tỉnh Hòa Bình");
        assert!(rules.list("t_place").regex().is_match(&text));
    }

    #[test]
    fn embedded_list_matches_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".pat"))
            .collect();
        on_disk.sort();
        let embedded: Vec<String> = EMBEDDED.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(on_disk, embedded, "patterns/ and rules::EMBEDDED differ");
        Rules::from_dir(&dir).expect("folder loads like the embedded copy");
    }
}
