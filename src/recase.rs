//! Notices typed entirely in capitals (legacy archives, typewriters, all-caps
//! OCR). The rules find where a body's name ends mostly by letter case
//! (`Trạm Thú y huyện chuẩn bị …`: the lower-case verb ends the name); in
//! capitals that signal is gone and names run on into their verbs. Such a
//! notice's text is given the case a writer would have typed before the
//! directives are read: every word in lower case but the first of a
//! sentence, abbreviations (`UBND`, `PTNT`: no Vietnamese syllable), the
//! head of a body (`body_head`, `holder_title`) and the field word after it
//! (`Trạm Thú y`), and the notice's own place name. The case changes letters
//! only, so every byte offset stays put; what is read off the recased lines
//! is printed in capitals again ([`restore`]).

use std::ops::Range;

use crate::model::{Header, Notice};
use crate::normalize::fold_pattern_cow;
use crate::rules::Rules;
use crate::tokens::{tokenize_for, vietnamese_lower, Token};

/// The input with its all-capitals lines recased, and their byte ranges.
#[derive(Debug)]
pub struct Recased {
    pub input: String,
    pub ranges: Vec<Range<usize>>,
}

/// Letters and none of them lower case.
fn is_caps(line: &str) -> bool {
    let mut letters = false;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters |= c.is_alphabetic();
    }
    letters
}

/// Onsets of a Vietnamese syllable, tones and vowel marks removed (`đ` as
/// `d`), longest first so that `ngh` is tried before `ng` and `n`.
const ONSETS: [&str; 27] = [
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const CODAS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// A word that can be one Vietnamese syllable (`THÚ`, `NGHỊ`, `KHUYẾN`);
/// a word in capitals that cannot is an abbreviation (`UBND`, `PTNT`, `TNHH`).
fn is_syllable(lower: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let mut base = String::with_capacity(lower.len());
    for c in lower.nfd() {
        match c {
            'đ' => base.push('d'),
            'a'..='z' => base.push(c),
            _ if c.is_alphabetic() || c.is_ascii_digit() => return false,
            _ => {}
        }
    }
    ONSETS.iter().any(|o| {
        let Some(rest) = base.strip_prefix(o) else {
            return false;
        };
        let vowels = rest.len()
            - rest
                .trim_start_matches(['a', 'e', 'i', 'o', 'u', 'y'])
                .len();
        (1..=3).contains(&vowels) && CODAS.contains(&&rest[vowels..])
    })
}

/// Words after which a body's name may start (`… phối hợp với Trạm …`,
/// `các Sở`, `Lãnh đạo Sở`): elsewhere a body's head word is part of a
/// common word (`dự phòng`, `tiêm phòng`, `dự báo`).
const BEFORE_BODY: [&str; 22] = [
    "các", "và", "với", "giao", "nghị", "cầu", "đạo", "cùng", "của", "qua", "cho", "về", "đến",
    "tới", "tại", "trì", "hợp", "là", "do", "gồm", "đốc", "những",
];

/// Words that end a body's field right after its head (`Ủy ban MTTQ và …`).
const NOT_FIELD: [&str; 12] = [
    "và", "các", "của", "những", "về", "với", "cho", "tại", "để", "trên", "theo", "có",
];

#[derive(Clone, Copy, PartialEq)]
enum Case {
    Lower,
    Capital,
    Upper,
}

/// The notice's all-capitals lines recased, when its text is typed in
/// capitals (most of its long lines); `None` for any other notice.
pub fn all_caps_notice(input: &str, header: &Header, rules: &Rules) -> Option<Recased> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in input.split_inclusive('\n') {
        lines.push(at..at + line.len());
        at += line.len();
    }
    let words = |r: &Range<usize>| input[r.clone()].split_whitespace().count();
    let long: Vec<bool> = lines.iter().map(|r| words(r) >= 8).collect();
    let caps_long = lines
        .iter()
        .zip(&long)
        .filter(|(r, l)| **l && is_caps(&input[(*r).clone()]))
        .count();
    let all_long = long.iter().filter(|l| **l).count();
    let places = || place_names(header, rules);
    if caps_long == 0 {
        return None;
    }
    if caps_long < 3 || caps_long * 2 < all_long {
        return caps_items(input, &lines, &places(), rules);
    }
    // The text starts at the first sentence in capitals (the header and the
    // title above it keep their capitals: they are read as such), and ends
    // at the recipients.
    let ends_sentence = |s: &str| s.trim_end().ends_with(['.', ':', ';', '!', '?']);
    let first = lines.iter().position(|r| {
        let s = &input[r.clone()];
        words(r) >= 6 && is_caps(s) && ends_sentence(s)
    })?;
    let mut start = first;
    while start > 0 && !input[lines[start - 1].clone()].trim().is_empty() {
        start -= 1;
    }
    let places = places();
    let mut out = input.to_string();
    let mut ranges = Vec::new();
    let mut after_sentence = true;
    for r in &lines[start..] {
        let line = &input[r.clone()];
        let trimmed = line.trim();
        if fold_pattern_cow(&trimmed.to_lowercase()).starts_with("nơi nhận") {
            break;
        }
        let recase =
            is_caps(line) && trimmed.split_whitespace().count() >= 3 && !part_marker(trimmed);
        if recase {
            if let Some(recased) = recase_line(line, after_sentence, &places, rules) {
                out.replace_range(r.clone(), &recased);
                ranges.push(r.clone());
            }
        }
        if !trimmed.is_empty() {
            after_sentence = ends_sentence(trimmed);
        } else {
            after_sentence = true;
        }
    }
    (!ranges.is_empty()).then_some(Recased { input: out, ranges })
}

/// In a notice in normal case, its items typed in capitals (`3. TRẠM THÚ Y
/// HUYỆN CHUẨN BỊ …`): a line after a number or a bullet, of ten words or
/// more, that ends a sentence (a title or a heading in capitals ends none).
fn caps_items(
    input: &str,
    lines: &[Range<usize>],
    places: &[Vec<String>],
    rules: &Rules,
) -> Option<Recased> {
    let mut out = None::<String>;
    let mut ranges = Vec::new();
    for r in lines {
        let line = input[r.clone()].trim();
        let item = line.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '•'));
        if item
            && line.ends_with(['.', ';'])
            && line.split_whitespace().count() >= 10
            && is_caps(line)
        {
            if let Some(recased) = recase_line(&input[r.clone()], true, places, rules) {
                out.get_or_insert_with(|| input.to_string())
                    .replace_range(r.clone(), &recased);
                ranges.push(r.clone());
            }
        }
    }
    out.map(|input| Recased { input, ranges })
}

/// A part heading lettered or Roman-numbered (`II. NHIỆM VỤ`, `A. …`): its
/// capitals mark it as a part, as in any notice.
fn part_marker(line: &str) -> bool {
    let head: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
    let next = line[head.len()..].chars().next();
    !head.is_empty()
        && matches!(next, Some('.' | ')'))
        && (head.chars().count() == 1 || head.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
}

/// The notice's place as word lists (folded, lower case): the place of its
/// date line and the unit named last in its issuer (`HUYỆN HẢI HẬU`).
fn place_names(header: &Header, rules: &Rules) -> Vec<Vec<String>> {
    let mut names = Vec::new();
    let mut add = |s: &str| {
        let toks = tokenize_for(&fold_pattern_cow(s), 0, rules);
        let words: Vec<String> = toks
            .iter()
            .filter(|t| t.word)
            .map(|t| t.lower.to_string())
            .collect();
        if !words.is_empty() && !names.contains(&words) {
            names.push(words);
        }
    };
    if let Some(place) = &header.place {
        add(place);
    }
    if let Some(issuer) = &header.issuer {
        let folded = fold_pattern_cow(issuer);
        let toks = tokenize_for(&folded, 0, rules);
        let units = rules.list("admin_unit");
        let last = (0..toks.len())
            .rev()
            .find_map(|k| units.match_at(&toks, k).map(|(n, _)| k + n));
        if let Some(k) = last.filter(|&k| k < toks.len()) {
            add(&folded[toks[k].start..]);
        }
    }
    names
}

/// One line in capitals given a writer's case; `None` when its folded form
/// has other offsets (a text not in NFC), which is left as printed.
fn recase_line(
    line: &str,
    after_sentence: bool,
    places: &[Vec<String>],
    rules: &Rules,
) -> Option<String> {
    let folded = fold_pattern_cow(line);
    if folded.len() != line.len() {
        return None;
    }
    let toks = tokenize_for(&folded, 0, rules);
    let mut case = vec![Case::Lower; toks.len()];
    let heads = rules.list("body_head");
    let holders = rules.list("holder_title");
    let units = rules.list("admin_unit");
    let not_body = rules.list("not_body");
    let verbs = rules.list("action_verb");
    let leads = rules.list("action_lead");
    let abbreviations = rules.list("abbreviation");
    let verb_len = |k: usize| {
        let v = verbs.match_at(&toks, k).map_or(0, |m| m.0);
        v.max(leads.match_at(&toks, k).map_or(0, |m| m.0))
    };
    let word = |k: usize| toks.get(k).is_some_and(|t: &Token| t.word);
    for (k, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let letters = t.lower.chars().filter(|c| c.is_alphabetic()).count();
        if t.lower.chars().any(|c| c.is_ascii_digit() || c == '&')
            || abbreviations.match_at(&toks, k).is_some_and(|m| m.0 == 1)
            || (letters >= 2 && !is_syllable(&t.lower))
        {
            case[k] = Case::Upper;
        }
    }
    // Sentence starts: the line's first word after a sentence's end or a
    // marker, and a word after `.`, `!`, `?`.
    let first_word = toks.iter().position(|t| t.word);
    if let Some(f) = first_word {
        if after_sentence || f > 0 {
            capital(&mut case, f);
        }
    }
    for k in 1..toks.len() {
        if toks[k].word && (toks[k - 1].is(".") || toks[k - 1].is("!") || toks[k - 1].is("?")) {
            capital(&mut case, k);
        }
    }
    // The notice's place name.
    for k in 0..toks.len() {
        for p in places {
            if toks.len() - k >= p.len() && p.iter().zip(&toks[k..]).all(|(w, t)| *w == t.lower) {
                for q in k..k + p.len() {
                    capital(&mut case, q);
                }
            }
        }
    }
    // Bodies: the head, and the field word after it.
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let before_ok = k == 0
            || !toks[k - 1].word
            || case[k - 1] == Case::Upper
            || BEFORE_BODY.contains(&toks[k - 1].lower.as_str());
        let head = heads
            .match_at(&toks, k)
            .or_else(|| holders.match_at(&toks, k));
        // A head that is as long a verb (`Thống kê`, `Tổ chức`) is read as the verb.
        let Some((n, entry)) = head.filter(|&(n, _)| {
            t.word && before_ok && not_body.match_at(&toks, k).is_none() && verb_len(k) < n
        }) else {
            k += 1;
            continue;
        };
        // The head's words as its entry prints them (`Trường Đại học`,
        // `Kho bạc Nhà nước`).
        let printed: Vec<&str> = entry.phrase.split_whitespace().collect();
        if printed.len() == n {
            for (q, w) in printed.iter().enumerate() {
                if w.starts_with(char::is_uppercase) {
                    capital(&mut case, k + q);
                }
            }
        }
        capital(&mut case, k);
        let mut j = k + n;
        // A firm's form before its trade (`Công ty TNHH một thành viên
        // Khai thác …`): the trade is the field.
        let firm = case[j - 1] == Case::Upper
            && toks.get(j).is_some_and(|t| t.is("một"))
            && toks.get(j + 1).is_some_and(|t| t.is("thành"))
            && toks.get(j + 2).is_some_and(|t| t.is("viên"));
        if firm {
            j += 3;
        }
        let field_ok = |case: &[Case], j: usize| {
            word(j)
                && case[j] == Case::Lower
                && !NOT_FIELD.contains(&toks[j].lower.as_str())
                && units.match_at(&toks, j).is_none()
        };
        // A kind's head is followed by its field even where the field is a
        // verb elsewhere (`Trạm Bảo vệ thực vật`); a whole name (`UBND`,
        // `Ủy ban nhân dân`) or an office holder may be followed by a verb.
        let kind_head =
            firm || n <= 2 && case[k + n - 1] != Case::Upper && heads.match_at(&toks, k).is_some();
        if field_ok(&case, j) && (kind_head || verb_len(j) == 0) {
            capital(&mut case, j);
            // A field joined to another by `và` or a comma (`Sở Khoa học và
            // Công nghệ`, `Sở Văn hóa, Thể thao và Du lịch`), before a
            // level or a verb ends the name.
            let mut q = j + 1;
            while q < toks.len() && q <= j + 4 {
                if units.match_at(&toks, q).is_some() || verb_len(q) > 0 {
                    break;
                }
                // (after `và` the field may be a verb elsewhere: `Sở Nông
                // nghiệp và Phát triển nông thôn`)
                if (toks[q].is("và") || toks[q].is(",") && verb_len(q + 1) == 0)
                    && field_ok(&case, q + 1)
                    && !heads_at(rules, &toks, q + 1)
                {
                    capital(&mut case, q + 1);
                    j = q + 1;
                }
                q += 1;
            }
        }
        k = j + 1;
    }
    // The place a body's name ends with, right before its verb (`Trung tâm
    // Y tế huyện HẢI LĂNG BẢO ĐẢM …`): one to three words after a level,
    // in a name begun in capitals just before, and then a verb.
    for k in 0..toks.len() {
        let Some((n, _)) = units.match_at(&toks, k) else {
            continue;
        };
        let in_name = (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&q| toks[q].word)
            .any(|q| case[q] != Case::Lower);
        if !in_name {
            continue;
        }
        let place = (1..=3).find(|&m| {
            (k + n..k + n + m).all(|q| word(q) && case[q] == Case::Lower && verb_len(q) == 0)
                && toks
                    .get(k + n + m)
                    .is_some_and(|t| t.word && verb_len(k + n + m) > 0)
        });
        if let Some(m) = place {
            for q in k + n..k + n + m {
                capital(&mut case, q);
            }
        }
    }
    // A name joined by a spaced dash (`Đài Phát thanh - Truyền hình`).
    for k in 1..toks.len().saturating_sub(1) {
        if toks[k].is("-") && case[k.saturating_sub(3)..k].contains(&Case::Capital) && word(k + 1) {
            capital(&mut case, k + 1);
        }
    }
    let mut out = String::with_capacity(line.len());
    let mut pos = 0;
    for (t, c) in toks.iter().zip(&case) {
        out.push_str(&lower(&line[pos..t.start]));
        let w = &line[t.start..t.end];
        match c {
            Case::Upper => out.push_str(w),
            Case::Lower => out.push_str(&lower(w)),
            Case::Capital => {
                let first = w.chars().next().map_or(0, char::len_utf8);
                out.push_str(&w[..first]);
                out.push_str(&lower(&w[first..]));
            }
        }
        pos = t.end;
    }
    out.push_str(&lower(&line[pos..]));
    (out.len() == line.len()).then_some(out)
}

fn heads_at(rules: &Rules, toks: &[Token], k: usize) -> bool {
    rules.list("body_head").match_at(toks, k).is_some()
}

/// Lower case with every char's length kept (chars outside Vietnamese
/// letters are left as they are).
fn lower(s: &str) -> String {
    s.chars()
        .map(|c| vietnamese_lower(c).unwrap_or(c))
        .collect()
}

/// What was read off recased lines, printed in capitals again: the
/// directive's text and heading, and each name and time phrase whose span
/// lies in a recased line (a heading's body handed down keeps its own).
pub fn restore(notice: &mut Notice, ranges: &[Range<usize>]) {
    let inside = |start: usize| ranges.iter().any(|r| r.contains(&start));
    for d in &mut notice.directives {
        let own = inside(d.span.start);
        if own {
            d.text = d.text.to_uppercase();
            for a in &mut d.actions {
                a.text = a.text.to_uppercase();
            }
        }
        if let Some(s) = &mut d.section {
            if own {
                *s = s.to_uppercase();
            }
        }
        for p in &mut d.responsible {
            if p.span.as_ref().map_or(own, |s| inside(s.start)) {
                p.name = p.name.to_uppercase();
            }
        }
        for dl in &mut d.deadlines {
            if dl.span.as_ref().map_or(own, |s| inside(s.start)) {
                dl.text = dl.text.to_uppercase();
            }
        }
    }
}

fn capital(case: &mut [Case], k: usize) {
    if case[k] == Case::Lower {
        case[k] = Case::Capital;
    }
}
