//! Paragraphs → blocks with their numbering tree and the part of the notice
//! they belong to.
//!
//! Each paragraph of the normalized text becomes a [`Block`]: its marker
//! (Roman `I.`, Arabic `1.`/`1.1.`, letter `a)`, bullet `-`, ordinal `Thứ
//! nhất:`, article `Điều 1.`, parenthesized `(1)`), its parent in the numbering
//! tree, a stable id (`II.3.2`, bullets `b2`, unnumbered paragraphs `p1`), and
//! its zone: header, body, closing formula, recipients, signature, appendix.
//! Headings are flagged, with whether their text names a part that holds
//! directives. Deciding which blocks ask for work is left to `extract`.

use std::collections::HashMap;
use std::ops::Range;

use crate::normalize::Normalized;
use crate::rules::Rules;

pub const REQUIRED_RULES: &[&str] = &[
    "marker_roman",
    "marker_arabic",
    "marker_letter",
    "marker_bullet",
    "marker_ordinal",
    "marker_article",
    "marker_paren",
    "section_directive",
    "section_other",
    "section_assessment",
    "closing",
    "closing_end",
    "recipients_start",
    "signature_line",
    "appendix_heading",
];

/// The numbering style of a marker; items of one style under one parent are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Roman,
    /// Arabic with this many levels (`1.` = 1, `1.2.` = 2).
    Arabic(usize),
    Letter,
    Bullet(char),
    Ordinal,
    Article,
    Paren,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    /// The label as printed: `II`, `1.2`, `a`, `-`, `Thứ hai`.
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Header,
    Body,
    Closing,
    Recipients,
    Signature,
    Appendix,
}

/// What a heading says about the part it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Tasks, solutions, organization of implementation, conclusions.
    Directive,
    /// Assessment of results.
    Assessment,
    /// Purposes, targets, scope and other parts without tasks.
    Other,
    /// Neither: a topic heading inside a part.
    Topic,
}

#[derive(Debug, Clone)]
pub struct Block {
    /// The whole paragraph (key range).
    pub range: Range<usize>,
    /// The paragraph after its marker (key range).
    pub content: Range<usize>,
    pub marker: Option<Marker>,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub depth: usize,
    pub id: String,
    pub zone: Zone,
    /// A heading: Roman item, all-capitals line, bold line, or a short line without
    /// final punctuation that opens a part.
    pub heading: bool,
    /// What the heading names, when `heading`.
    pub part: Part,
    /// The whole paragraph is emphasized (bold subheadings of news pages).
    pub emphasized: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub blocks: Vec<Block>,
    /// The assessment part (key range), when the notice has one.
    pub assessment: Option<Range<usize>>,
    pub warnings: Vec<String>,
}

/// How a marker regex's label turns into a style.
type StyleOf = fn(&str) -> Style;

struct MarkerRules<'a> {
    list: Vec<(&'a regex::Regex, StyleOf)>,
    /// Capital-letter parts ("A. ĐÁNH GIÁ KẾT QUẢ", "B. NHIỆM VỤ THÁNG 6"):
    /// a marker only over a title in capitals ("A. Nguyễn …" opens a name).
    part: Option<&'a crate::rules::Pattern>,
}

fn arabic_style(label: &str) -> Style {
    Style::Arabic(label.split('.').filter(|s| !s.is_empty()).count())
}

fn detect_marker(text: &str, rules: &MarkerRules) -> Option<(Marker, usize)> {
    if let Some(c) = rules.part.and_then(|re| re.captures(text)) {
        let (whole, label) = (c.get(0)?, c.name("label")?);
        let rest = &text[whole.end()..];
        // (or over a short lead-in ending on a colon: "A. Giao Phòng Kinh
        // tế xã:" over its numbered items, as "I. Giao …:" is)
        let lead_in = rest.trim_end().ends_with(':') && rest.split_whitespace().count() <= 20;
        if is_all_caps(without_note(rest)) || lead_in {
            // Read as a Roman part: the parts under it ("I. …") restart
            // the numbering, and its title says what the part holds.
            return Some((
                Marker {
                    style: Style::Roman,
                    label: label.as_str().to_string(),
                },
                whole.end(),
            ));
        }
    }
    for (re, style_of) in &rules.list {
        if let Some(c) = re.captures(text) {
            let whole = c.get(0)?;
            // (`step`: a plan's step over the bracket of its time, a group
            // of its own, as one regex's alternatives share no name)
            let label = c
                .name("label")
                .or_else(|| c.name("step"))
                .map(|m| m.as_str())
                .unwrap_or("");
            // A marker must be followed by text.
            if whole.end() >= text.len() {
                continue;
            }
            // "Thứ ba, 22/5/2018 14:25", "Thứ hai, ngày 20/11", "Thứ ba, 04
            // tháng 6": a weekday. A count after the comma ("Thứ ba, 04
            // doanh nghiệp còn nợ lương …") is an item's text.
            let rest = &text[whole.end()..];
            if whole.as_str().trim_end().ends_with(',')
                && (starts_with_date(rest) || lower_prefix(rest, 4) == "ngày")
            {
                continue;
            }
            // "Bước 1 (tháng 5 - tháng 6/2022): …": a marker that ends on the
            // bracket opening its item's text leaves the bracket (the step's
            // time) in the text.
            let cut = if whole.as_str().ends_with('(') {
                whole.end() - 1
            } else {
                whole.end()
            };
            let style = style_of(label);
            // "l.2." read by OCR for "1.2.": the number it stands for.
            let label = match (style, label.strip_prefix('l')) {
                (Style::Arabic(_), Some(rest)) => format!("1{rest}"),
                _ => label.to_string(),
            };
            return Some((
                Marker {
                    style,
                    label: label.trim().to_string(),
                },
                cut,
            ));
        }
    }
    None
}

/// The text opens with a day of a date or a time: digits, then anything
/// but a word ("22/5", "20-11", "09:15, 15/03/2023"), or "tháng" or "giờ"
/// ("04 tháng 6"). A count before a noun ("04 doanh nghiệp") is no date.
fn starts_with_date(text: &str) -> bool {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return false;
    }
    let after = &text[digits..];
    let word = after.trim_start();
    let count = after.starts_with(char::is_whitespace)
        && word.starts_with(char::is_alphabetic)
        && !["tháng", "giờ", "năm"]
            .iter()
            .any(|w| lower_prefix(word, 5).starts_with(w));
    !count
}

/// The first `chars` characters of `text` in lower case (without lowering
/// the rest of a long block).
fn lower_prefix(text: &str, chars: usize) -> String {
    text.chars()
        .take(chars)
        .flat_map(char::to_lowercase)
        .collect()
}

/// A document attached after the signature whose title stands alone on its
/// line, "kèm theo" a few lines below ("KẾ HOẠCH" ⏎ "Triển khai …" ⏎
/// "(Ban hành kèm theo Quyết định số …)"): the title line in capitals and
/// the two paragraphs after it, read as one line, make an appendix heading.
fn attached_title(n: &Normalized, idx: usize, is_heading: impl Fn(&str) -> bool) -> bool {
    let Some(first) = n.paragraphs.get(idx) else {
        return false;
    };
    let title = n.key[first.clone()].trim_matches(|c: char| c == '*' || c.is_whitespace());
    if title.is_empty() || title.split_whitespace().count() > 4 || !is_all_caps(title) {
        return false;
    }
    let mut joined = title.to_string();
    for p in n.paragraphs.iter().skip(idx + 1).take(2) {
        joined.push(' ');
        joined.push_str(n.key[p.clone()].trim_matches(|c: char| c == '*' || c.is_whitespace()));
    }
    is_heading(&joined)
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if crate::tokens::is_letter(c) {
            if c.is_lowercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 4
}

/// A title without the note in parentheses after it: "PHỤ LỤC DANH MỤC
/// NHIỆM VỤ (Kèm theo Kế hoạch số 58/KH-UBND …)".
fn without_note(s: &str) -> &str {
    let t = s.trim_end();
    match t.strip_suffix(')').and_then(|t| t.rfind('(')) {
        Some(open) if open > 0 => &t[..open],
        _ => s,
    }
}

fn ends_with_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c == ')' || c == '"' || c.is_whitespace());
    t.ends_with(['.', ';', '!', '?', ','])
}

/// Split a notice into blocks.
pub fn segment(n: &Normalized, rules: &Rules) -> Segmented {
    let mut markers = MarkerRules {
        list: vec![
            (rules.regex("marker_article"), |_| Style::Article),
            (rules.regex("marker_ordinal"), |_| Style::Ordinal),
            (rules.regex("marker_roman"), |_| Style::Roman),
            (rules.regex("marker_arabic"), arabic_style),
            (rules.regex("marker_letter"), |_| Style::Letter),
            (rules.regex("marker_paren"), |_| Style::Paren),
            (rules.regex("marker_bullet"), |l| {
                Style::Bullet(l.chars().next().unwrap_or('-'))
            }),
        ],
        part: rules.optional_regex("marker_part"),
    };
    if rules.has("marker_chapter") {
        // "Chương II" over its title: a top-level part, as "II." is.
        markers
            .list
            .insert(0, (rules.regex("marker_chapter"), |_| Style::Roman));
    }
    if rules.has("marker_ordinal_comma") {
        markers
            .list
            .insert(2, (rules.regex("marker_ordinal_comma"), |_| Style::Ordinal));
    }
    let section_directive = rules.regex("section_directive");
    let section_other = rules.regex("section_other");
    let section_assessment = rules.regex("section_assessment");
    let closing = rules.regex("closing");
    let closing_end = rules.regex("closing_end");
    let closing_then_assigns = rules.optional_regex("closing_then_assigns");
    let recipients_start = rules.regex("recipients_start");
    let signature_line = rules.regex("signature_line");
    let appendix_start = rules.regex("appendix_heading");
    let own_lead_in = rules.optional_regex("own_lead_in");
    let findings_title = rules.optional_regex("findings_title");
    // A short numbered line (not a bullet) that only names a kind of findings.
    let findings_title_at = |marker: &Option<Marker>, content_text: &str, words: usize| {
        marker
            .as_ref()
            .is_some_and(|m| !matches!(m.style, Style::Bullet(_)))
            && words <= 10
            && !ends_with_terminal(content_text.trim_end_matches(':'))
            && findings_title.is_some_and(|r| r.is_match(content_text.trim()))
    };

    let mut out = Segmented::default();
    let mut zone = Zone::Body;
    // Numbering stack: (style, block index).
    let mut stack: Vec<(Style, usize)> = Vec::new();
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    let mut child_counts: HashMap<(Option<usize>, char), usize> = HashMap::new();
    // Per block: a parenthesized item that is only a body's name (see below).
    let mut body_label: Vec<bool> = Vec::new();

    for (idx, para) in n.paragraphs.iter().enumerate() {
        let text = &n.key[para.clone()];
        let (marker, cut) = match detect_marker(text, &markers) {
            Some((m, cut)) => (Some(m), cut),
            None => (None, 0),
        };
        let content = para.start + cut..para.end;
        let content_text = &n.key[content.clone()];

        // Zones that end the body: recipients, signature, appendix.
        if recipients_start.is_match(text) && zone != Zone::Appendix {
            zone = Zone::Recipients;
        } else if matches!(zone, Zone::Recipients | Zone::Signature | Zone::Closing)
            && (appendix_start.is_match(content_text)
                || attached_title(n, idx, |t| appendix_start.is_match(t)))
        {
            zone = Zone::Appendix;
            stack.clear();
        } else if marker.is_none()
            && ((zone == Zone::Recipients && (signature_line.is_match(text) || is_all_caps(text)))
                || (zone == Zone::Body && signature_line.is_match(text)))
        {
            zone = Zone::Signature;
        }
        // (An attached document has its closings too: "Trong quá trình thực
        // hiện, nếu có vướng mắc, …" as the last item of a regulation.)
        let block_zone = match zone {
            Zone::Body | Zone::Appendix
                if (closing.is_match(content_text)
                    && !closing_then_assigns.is_some_and(|re| re.is_match(content_text)))
                    || closing_end.is_match(content_text) =>
            {
                Zone::Closing
            }
            z => z,
        };

        let emphasized = is_emphasized(n, para.clone());
        let words = content_text.split_whitespace().count();
        let heading = match &marker {
            // A Roman-numbered line is a part's title, unless it is a
            // long sentence: a conclusion numbered so ("I. Tổng chiều dài
            // tuyến đã bàn giao … là 19,4/27,3 km (đạt 71%). …", "III. Về
            // kiến nghị của …: Giao Sở KH&ĐT chủ trì …") is an item.
            Some(m) if m.style == Style::Roman => {
                words <= 20 || !ends_with_terminal(content_text)
            }
            _ => {
                is_all_caps(without_note(content_text))
                    || (emphasized && words <= 25 && !ends_with_terminal(content_text))
            }
        } || (marker.is_none()
            && words <= 12
            && !ends_with_terminal(content_text)
            && !content_text.ends_with(':'))
            // "1. Đánh giá chung", "2. Nhiệm vụ trọng tâm thời gian tới": a
            // numbered part title in sentence case, short and without a
            // sentence's end (the part after an assessment holds the tasks).
            // So is an article's title ("Điều 3. Nguyên tắc phối hợp").
            || (marker
                .as_ref()
                .is_some_and(|m| matches!(m.style, Style::Arabic(1) | Style::Article))
                && words <= 8
                && !ends_with_terminal(content_text.trim_end_matches(':'))
                && (section_assessment.is_match(content_text)
                    || section_directive.is_match(content_text)
                    || (marker.as_ref().is_some_and(|m| m.style == Style::Article)
                        && section_other.is_match(content_text))))
            // "Một là, ưu điểm", "2. Hạn chế, khuyết điểm", "b) Vi phạm:": a
            // numbered part of an inspection's findings, however numbered.
            || findings_title_at(&marker, content_text, words);
        let heading_text = content_text.trim_start_matches(['*', ' ']);
        // "I. Tình hình tháng 10 năm 2022: Sản xuất nông nghiệp ổn định, …",
        // "I. Về kết quả 6 tháng đầu năm 2023: GRDP tăng …", "1. Nhận định:
        // Quý I, …": a part's title that names an assessment, with the
        // findings run on after its colon on the same line. The part tells
        // what was done, no one is asked; read as the assessment part's
        // title (the task part after it opens with a heading of its own).
        let inline_assessment = !heading
            && marker
                .as_ref()
                .is_some_and(|m| matches!(m.style, Style::Roman | Style::Arabic(1)))
            && heading_text.find(':').is_some_and(|colon| {
                let label = heading_text[..colon].trim();
                let label = label
                    .strip_prefix("Về ")
                    .or_else(|| label.strip_prefix("về "))
                    .unwrap_or(label);
                label.split_whitespace().count() <= 10 && section_assessment.is_match(label)
            });
        let heading = heading || inline_assessment;
        let part = if !heading {
            Part::Topic
        } else if marker.is_none() && words > 16 {
            // A long line in capitals is the notice's title ("KẾT LUẬN CỦA
            // PHÓ TRƯỞNG BAN … TẠI HỘI NGHỊ …"), not the title of a part.
            Part::Topic
        } else if inline_assessment
            || section_assessment.is_match(heading_text)
            || findings_title_at(&marker, content_text, words)
        {
            Part::Assessment
        } else if section_other.is_match(heading_text) {
            Part::Other
        } else if section_directive.is_match(heading_text) {
            Part::Directive
        } else {
            Part::Topic
        };

        // Place the block in the numbering tree; closing, recipients and
        // signature stand outside it.
        if matches!(
            block_zone,
            Zone::Closing | Zone::Recipients | Zone::Signature
        ) {
            stack.clear();
        }
        let outside = matches!(
            block_zone,
            Zone::Closing | Zone::Recipients | Zone::Signature
        );
        let parent = if outside {
            None
        } else {
            match &marker {
                Some(m) => {
                    if let Style::Arabic(k) = m.style {
                        // `1.2.` sits under `1.`: drop deeper or finer items first.
                        while stack.last().is_some_and(|(s, _)| match s {
                            Style::Arabic(j) => *j >= k,
                            Style::Bullet(_) | Style::Letter | Style::Paren => k > 1,
                            _ => false,
                        }) {
                            stack.pop();
                        }
                    }
                    if let Some(pos) = stack.iter().rposition(|(s, _)| *s == m.style) {
                        stack.truncate(pos);
                    } else if m.style == Style::Roman || m.style == Style::Article {
                        // Top-level parts restart the tree.
                        stack.clear();
                    }
                    stack.last().map(|&(_, b)| b)
                }
                None => {
                    // An unnumbered paragraph belongs to the nearest numbered item,
                    // not to a bullet before it.
                    // A bullet or a parenthesized number over a title of its
                    // own ("**(1) Phòng Kinh tế, Hạ tầng và Đô thị**" ⏎ "Là
                    // cơ quan thường trực, …") keeps the paragraphs after it.
                    // So does one over a line that is only a body or an
                    // office holder, without its colon ("(2) Trưởng phòng
                    // Tài chính - Kế hoạch" ⏎ "Cân đối, bố trí …"): the
                    // body's tasks are the paragraphs after it.
                    while stack.last().is_some_and(|&(s, b)| {
                        matches!(s, Style::Bullet(_) | Style::Paren)
                            && (heading || !(out.blocks[b].heading || body_label[b]))
                    }) {
                        stack.pop();
                    }
                    // (a bullet the label was set under ends with it: the
                    // label's next sibling finds no bullet to nest under)
                    if let Some(&(_, top)) = stack.last().filter(|&&(_, b)| body_label[b]) {
                        let keep = stack.len() - 1;
                        let mut below = keep;
                        while below > 0
                            && matches!(stack[below - 1].0, Style::Bullet(_))
                            && !out.blocks[stack[below - 1].1].heading
                        {
                            below -= 1;
                        }
                        stack.drain(below..keep);
                        let _ = top;
                    }
                    if heading && part != Part::Topic {
                        stack.clear();
                    }
                    // "6. Tổ chức trực ban … trước 15 giờ hằng ngày." ⏎ "Bộ
                    // Nông nghiệp và Môi trường giao:" ⏎ "- Cục …": a lead-in
                    // with a subject of its own after an item that is a whole
                    // sentence opens a list beside the item; nested under it,
                    // the item became the list's heading and was lost.
                    if own_lead_in.is_some_and(|r| r.is_match(content_text.trim())) {
                        if let Some(&(style, top)) = stack.last() {
                            let item = &out.blocks[top];
                            if !matches!(style, Style::Roman | Style::Article)
                                && item.children.is_empty()
                                && ends_with_terminal(&n.key[item.content.clone()])
                            {
                                stack.pop();
                            }
                        }
                    }
                    stack.last().map(|&(_, b)| b)
                }
            }
        };
        let depth = parent.map(|p| out.blocks[p].depth + 1).unwrap_or(0);
        let local = match &marker {
            Some(m) => match m.style {
                Style::Bullet(_) => {
                    let c = child_counts.entry((parent, 'b')).or_insert(0);
                    *c += 1;
                    format!("b{c}")
                }
                Style::Paren => format!("({})", m.label),
                Style::Ordinal => {
                    let c = child_counts.entry((parent, 'o')).or_insert(0);
                    *c += 1;
                    c.to_string()
                }
                Style::Article => m
                    .label
                    .split_whitespace()
                    .last()
                    .map(|d| format!("D{d}"))
                    .unwrap_or_default(),
                _ => m.label.clone(),
            },
            None => {
                let c = child_counts.entry((parent, 'p')).or_insert(0);
                *c += 1;
                format!("p{c}")
            }
        };
        // Arabic labels print their own path (`1.2`): attach them to the
        // nearest ancestor that is not Arabic.
        let mut base = parent;
        if matches!(marker.as_ref().map(|m| m.style), Some(Style::Arabic(_))) {
            while let Some(p) = base {
                if matches!(
                    out.blocks[p].marker.as_ref().map(|m| m.style),
                    Some(Style::Arabic(_))
                ) {
                    base = out.blocks[p].parent;
                } else {
                    break;
                }
            }
        }
        let mut id = match base {
            Some(p) => format!("{}.{}", out.blocks[p].id, local),
            None => local,
        };
        if block_zone == Zone::Appendix && base.is_none() {
            id = format!("A.{id}");
        }
        let count = seen_ids.entry(id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            if let Some(m) = &marker {
                if !matches!(m.style, Style::Bullet(_)) {
                    out.warnings.push(format!(
                        "item number {} is repeated (line {}); kept as printed with id {}#{}",
                        m.label,
                        n.span("", para.clone()).line_start,
                        id,
                        count
                    ));
                }
            }
            id = format!("{id}#{count}");
        }

        body_label.push(
            marker
                .as_ref()
                .is_some_and(|m| matches!(m.style, Style::Paren))
                && !heading
                && words <= 14
                && !ends_with_terminal(content_text.trim_end())
                && !content_text.trim_end().ends_with([':', ',', ';'])
                && names_a_body(content_text, rules),
        );
        let block_idx = out.blocks.len();
        if let Some(p) = parent {
            out.blocks[p].children.push(block_idx);
        }
        if let Some(m) = marker.as_ref().filter(|_| !outside) {
            stack.push((m.style, block_idx));
        }
        out.blocks.push(Block {
            range: para.clone(),
            content,
            marker,
            parent,
            children: Vec::new(),
            depth,
            id,
            zone: block_zone,
            heading,
            part,
            emphasized,
        });
        let _ = idx;
    }
    mark_header(&mut out.blocks, n);
    settle_parts(&mut out.blocks, n, rules);
    warn_skipped_numbers(&mut out, n);
    out.assessment = assessment_range(&out.blocks);
    out
}

/// A line that opens with a body or an office holder, capitalized ("Trưởng
/// phòng Tài chính - Kế hoạch", "Ban Quản lý dự án …"), and names no work
/// in its first words: the whole line is read as who does the work.
fn names_a_body(text: &str, rules: &Rules) -> bool {
    let text = text.trim_start();
    let head = &text[..text.floor_char_boundary(64)];
    let toks = crate::tokens::tokenize_for(head, 0, rules);
    if !toks.first().is_some_and(|t| t.capital) {
        return false;
    }
    let head = [
        rules.list("holder_title").match_at(&toks, 0),
        rules.list("body_head").match_at(&toks, 0),
    ]
    .into_iter()
    .flatten()
    .map(|(n, _)| n)
    .max();
    // (a verb as long as the head or longer is a task: "Phòng chống dịch")
    head.is_some_and(|n| {
        rules
            .list("action_verb")
            .match_at(&toks, 0)
            .is_none_or(|(v, _)| v < n)
    })
}

/// The header is the run of blocks before the first paragraph of running text.
fn mark_header(blocks: &mut [Block], n: &Normalized) {
    for b in blocks.iter_mut() {
        if b.zone != Zone::Body {
            break;
        }
        let text = &n.key[b.content.clone()];
        let words = text.split_whitespace().count();
        let running = b.marker.is_some()
            || (words >= 12 && !is_all_caps(text) && ends_with_terminal(text))
            || words >= 40;
        if running {
            break;
        }
        b.zone = Zone::Header;
    }
}

fn warn_skipped_numbers(out: &mut Segmented, n: &Normalized) {
    let mut last: HashMap<(Option<usize>, usize), u32> = HashMap::new();
    let mut warnings = Vec::new();
    for b in &out.blocks {
        let Some(m) = &b.marker else { continue };
        if m.style != Style::Arabic(1) {
            continue;
        }
        let Ok(num) = m.label.parse::<u32>() else {
            continue;
        };
        let key = (b.parent, 1);
        if let Some(prev) = last.get(&key) {
            if num > prev + 1 {
                warnings.push(format!(
                    "item number {} follows {} (line {}): numbers skipped, kept as printed",
                    num,
                    prev,
                    n.span("", b.range.clone()).line_start
                ));
            }
        }
        last.insert(key, num);
    }
    out.warnings.extend(warnings);
}

pub(crate) fn is_emphasized(n: &Normalized, key_range: Range<usize>) -> bool {
    let r = n.key_range_to_text(key_range);
    let len = r.len();
    if len == 0 {
        return false;
    }
    // Emphasis ranges are in text order and do not overlap: only those
    // before the paragraph's end, back to the first that ends inside it, can
    // cover it (looking at all of them for every paragraph was quadratic in
    // a long document).
    let before_end = n.emphasis.partition_point(|e| e.start < r.end);
    let covered: usize = n.emphasis[..before_end]
        .iter()
        .rev()
        .take_while(|e| e.end > r.start)
        .map(|e| {
            let a = e.start.max(r.start);
            let b = e.end.min(r.end);
            b.saturating_sub(a)
        })
        .sum();
    covered * 10 >= len * 8
}

/// Parts whose kind depends on the parts around them, as an inspection's
/// conclusion lays them out: "I. KẾT QUẢ KIỂM TRA" ⏎ "II. YÊU CẦU" asks for
/// the remedies (a plan's "YÊU CẦU" after its "MỤC ĐÍCH" sets requirements),
/// and "III. KẾT LUẬN" before "IV. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ" states the
/// findings the remedies answer. Siblings are headings of one marker style
/// under one parent.
fn settle_parts(blocks: &mut [Block], n: &Normalized, rules: &Rules) {
    let style = |b: &Block| b.marker.as_ref().map(|m| m.style);
    let text = |b: &Block| {
        n.key[b.content.clone()]
            .trim_start_matches(['*', ' '])
            .trim()
    };
    // A plan's bare "II. NỘI DUNG" after its "I. MỤC ĐÍCH, YÊU CẦU" (a part
    // of the same level that holds no tasks) is the plan's content: its tasks.
    if let Some(content) = rules.optional_regex("content_part") {
        for i in 0..blocks.len() {
            let b = &blocks[i];
            if !(b.heading
                && b.part == Part::Topic
                && b.zone == Zone::Body
                && content.is_match(text(b).trim_end_matches(['*', ' '])))
            {
                continue;
            }
            let after_purposes = blocks[..i].iter().any(|p| {
                p.heading
                    && p.part == Part::Other
                    && p.zone == Zone::Body
                    && p.parent == b.parent
                    && style(p) == style(b)
            });
            if after_purposes {
                blocks[i].part = Part::Directive;
            }
        }
    }
    let (Some(findings), Some(requests)) = (
        rules.optional_regex("findings_part"),
        rules.optional_regex("request_part"),
    ) else {
        return;
    };
    let task_title = rules.optional_regex("task_title_for");
    let siblings: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            let b = &blocks[i];
            b.heading && b.part != Part::Topic && b.zone == Zone::Body
        })
        .collect();
    // "1. Ưu điểm" ⏎ "2. Hạn chế, khuyết điểm" ⏎ "3. Yêu cầu" ⏎ "a) …": a
    // numbered bare "Yêu cầu" over items, right after a part of findings
    // numbered alike, asks for the remedies.
    for i in 0..blocks.len() {
        let b = &blocks[i];
        if b.heading
            || b.marker.is_none()
            || b.children.is_empty()
            || b.zone != Zone::Body
            || !requests.is_match(text(b))
        {
            continue;
        }
        let before = (0..i)
            .rev()
            .find(|&j| blocks[j].parent == b.parent && style(&blocks[j]) == style(b));
        if before.is_some_and(|j| blocks[j].heading && blocks[j].part == Part::Assessment) {
            blocks[i].heading = true;
            blocks[i].part = Part::Directive;
        }
    }
    for (k, &i) in siblings.iter().enumerate() {
        let same = |j: usize| {
            blocks[j].parent == blocks[i].parent && style(&blocks[j]) == style(&blocks[i])
        };
        if blocks[i].part == Part::Other && requests.is_match(text(&blocks[i])) {
            let before = siblings[..k].iter().rev().find(|&&j| same(j));
            // (not in a plan whose own task part comes later: "I. KẾT QUẢ
            // NĂM 2021" ⏎ "II. YÊU CẦU" ⏎ "III. NHIỆM VỤ CỤ THỂ" sets
            // requirements, the tasks are the later part's)
            let task_part_after = task_title.is_some_and(|t| {
                siblings[k + 1..].iter().any(|&j| {
                    same(j)
                        && blocks[j].part == Part::Directive
                        && !requests.is_match(text(&blocks[j]))
                        && t.is_match(text(&blocks[j]).trim_end_matches([':', ' ']))
                })
            });
            if before.is_some_and(|&j| blocks[j].part == Part::Assessment) && !task_part_after {
                blocks[i].part = Part::Directive;
            }
        }
    }
    for (k, &i) in siblings.iter().enumerate() {
        let same = |j: usize| {
            blocks[j].parent == blocks[i].parent && style(&blocks[j]) == style(&blocks[i])
        };
        if blocks[i].part == Part::Directive && findings.is_match(text(&blocks[i])) {
            let tasks_after = siblings[k + 1..].iter().any(|&j| {
                same(j) && blocks[j].part == Part::Directive && !findings.is_match(text(&blocks[j]))
            });
            if tasks_after {
                blocks[i].part = Part::Assessment;
            }
        }
    }
}

fn assessment_range(blocks: &[Block]) -> Option<Range<usize>> {
    let mut start = None;
    let mut end = 0;
    let mut inside = false;
    for b in blocks {
        if b.heading && b.part != Part::Topic {
            inside = b.part == Part::Assessment;
            continue;
        }
        if inside && b.zone == Zone::Body {
            start.get_or_insert(b.range.start);
            end = b.range.end;
        }
    }
    start.map(|s| s..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn seg(text: &str) -> (Normalized, Segmented) {
        let rules = crate::rules::shared_for_tests();
        let n = normalize(text, rules);
        let s = segment(&n, rules);
        (n, s)
    }

    /// A paragraph is emphasized when emphasis covers most of it, whatever
    /// the emphasis before or after it.
    #[test]
    fn emphasis_is_measured_per_paragraph() {
        let text = "**Về công tác cải cách hành chính**\n\nPhòng Nội vụ **rà soát** quy trình và báo cáo kết quả.\n\n**Về công tác chuyển đổi số**\n\n**Phòng Văn hóa** và *Trung tâm* cập nhật dữ liệu.";
        let (n, _) = seg(text);
        assert_eq!(n.emphasis.len(), 5);
        let emphasized: Vec<bool> = n
            .paragraphs
            .iter()
            .map(|p| is_emphasized(&n, p.clone()))
            .collect();
        assert_eq!(emphasized, [true, false, true, false]);
    }

    #[test]
    fn subject_line_of_a_letter_is_no_roman_numeral() {
        let (_, s) = seg("V/v khắc phục hậu quả sạt lở đất\n\n1. Rà soát.\n\nIV/ TỔ CHỨC THỰC HIỆN\n\n1. Báo cáo.");
        assert_eq!(ids(&s), ["p1", "1", "IV", "IV.1"]);
    }

    #[test]
    fn ordinal_with_a_comma_is_a_marker_a_weekday_is_not() {
        let (_, s) = seg("Thứ ba, 22/5/2018 14:25\n\nThứ hai, ngày 20/11, UBND tỉnh họp.\n\nThứ nhất, Sở Y tế rà soát.\n\nThứ Hai, Sở Nội vụ báo cáo.");
        assert_eq!(ids(&s), ["p1", "p2", "1", "1.p1"]);
    }

    /// A lead-in with a subject of its own after a numbered item that is a
    /// whole sentence stands beside the item, its bullets under neither; after
    /// an item that ends with ":" it is the item's own.
    #[test]
    fn a_subjects_lead_in_after_a_whole_item_opens_a_list_beside_it() {
        let (_, s) = seg("1. Sơ tán người dân khỏi vùng nguy hiểm.\n\n2. Tổ chức trực ban 24/24 giờ.\n\nSở Nông nghiệp và Phát triển nông thôn giao:\n\n- Chi cục Thủy lợi theo dõi mực nước các hồ chứa.");
        assert_eq!(ids(&s), ["1", "2", "p1", "b1"]);
        let (_, s) = seg("1. Về công tác phòng chống lụt bão:\n\nSở Nông nghiệp và Phát triển nông thôn giao:\n\n- Chi cục Thủy lợi theo dõi mực nước các hồ chứa.");
        assert_eq!(ids(&s), ["1", "1.p1", "1.b1"]);
    }

    fn ids(s: &Segmented) -> Vec<&str> {
        s.blocks.iter().map(|b| b.id.as_str()).collect()
    }

    #[test]
    fn numbering_styles_build_a_tree() {
        let text = "I. ĐÁNH GIÁ KẾT QUẢ\n\nNăm qua đạt nhiều kết quả tốt, được đánh giá cao trong toàn tỉnh.\n\nII. NHIỆM VỤ TRỌNG TÂM\n\n1. Giao Phòng Nội vụ:\n\na) Rà soát quy trình.\n\nb) Báo cáo kết quả.\n\n- Theo dõi tiến độ.\n\n- Tổng hợp số liệu.\n\n1.1. Kiểm tra hồ sơ.\n\n2. Phòng Tư pháp\n\nThứ nhất: Kiểm tra văn bản.\n\nThứ 2: Rà soát thủ tục.\n\n+ Đăng tải công khai.\n\n• Cập nhật dữ liệu.\n\nĐiều 3. Tổ chức thực hiện các nội dung trên.\n\n(1) Công bố kết quả.";
        let (_, s) = seg(text);
        assert_eq!(
            ids(&s),
            vec![
                "I",
                "I.p1",
                "II",
                "II.1",
                "II.1.a",
                "II.1.b",
                "II.1.b.b1",
                "II.1.b.b2",
                "II.1.1",
                "II.2",
                "II.2.1",
                "II.2.2",
                "II.2.2.b1",
                "II.2.2.b1.b1",
                "D3",
                "D3.(1)"
            ]
        );
        assert_eq!(s.blocks[0].part, Part::Assessment);
        assert_eq!(s.blocks[2].part, Part::Directive);
        assert!(s.assessment.is_some());
    }

    #[test]
    fn repeated_numbers_are_kept_with_a_warning() {
        let (_, s) = seg("II. NHIỆM VỤ\n\n3. Chánh Văn phòng\n\n- Theo dõi.\n\n3. Trưởng phòng Văn hóa\n\n- Rà soát.\n\n5. Phòng Tư pháp\n\n- Kiểm tra.");
        assert!(ids(&s).contains(&"II.3#2"));
        assert!(s.warnings.iter().any(|w| w.contains("repeated")));
        assert!(s.warnings.iter().any(|w| w.contains("skipped")));
    }

    #[test]
    fn closing_recipients_and_signature_are_zoned() {
        let text = "1. Rà soát quy trình.\n\nTrên đây là Thông báo kết luận của Chủ tịch UBND huyện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A";
        let (_, s) = seg(text);
        let zones: Vec<Zone> = s.blocks.iter().map(|b| b.zone).collect();
        assert_eq!(zones[0], Zone::Body);
        assert_eq!(zones[1], Zone::Closing);
        assert_eq!(zones[2], Zone::Recipients);
        assert!(zones.contains(&Zone::Signature));
    }

    /// Formulas of both sections: one opening the paragraph, and ones that
    /// end the notice with `./.` (searched backwards from the end).
    #[test]
    fn closing_formulas_at_either_end_of_a_paragraph_are_zoned() {
        for closing in [
            "Văn phòng UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Ủy ban nhân dân tỉnh thông báo đến các sở, ngành biết và thực hiện ./. ",
            "Đề nghị thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo UBND huyện.",
        ] {
            let text = format!(
                "1. Phòng Nội vụ rà soát quy trình.\n\n{closing}\n\nNơi nhận:\n- Như trên;"
            );
            let (_, s) = seg(&text);
            assert_eq!(s.blocks[0].zone, Zone::Body, "{closing}");
            assert_eq!(s.blocks[1].zone, Zone::Closing, "{closing}");
        }
        // The `./.` formula only where it ends the paragraph.
        let (_, s) = seg("1. Phòng Nội vụ rà soát.\n\nVăn phòng thông báo để các đơn vị biết, thực hiện./. Sau đó Phòng Tài chính báo cáo.\n\nNơi nhận:");
        assert_eq!(s.blocks[1].zone, Zone::Body);
    }

    /// A part of what is to be done and by when holds tasks; one of what an
    /// inspection covers, when and by whom does not.
    #[test]
    fn content_and_schedule_parts_hold_tasks() {
        let (_, s) = seg("IV. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n\n1. Rà soát hồ sơ.\n\nV. NỘI DUNG, LỘ TRÌNH TRIỂN KHAI\n\nVI. NỘI DUNG, THỜI GIAN, THÀNH PHẦN\n\nVII. Nội dung và thời hạn hoàn thành");
        let parts: Vec<Part> = s
            .blocks
            .iter()
            .filter(|b| b.heading)
            .map(|b| b.part)
            .collect();
        assert_eq!(
            parts,
            [
                Part::Directive,
                Part::Directive,
                Part::Topic,
                Part::Directive
            ]
        );
    }

    /// A title in capitals is a heading with the note in parentheses after it.
    #[test]
    fn capitals_title_with_a_note_is_a_heading() {
        let (_, s) = seg("PHỤ LỤC DANH MỤC NHIỆM VỤ GIAO UBND CÁC HUYỆN (Kèm theo Kế hoạch số 77/KH-UBND ngày 12/5/2025 của UBND tỉnh)\n\nSỞ Y TẾ (gồm các phòng chuyên môn) phải rà soát hồ sơ.");
        assert!(s.blocks[0].heading);
        assert_eq!(s.blocks[0].part, Part::Topic);
        assert!(!s.blocks[1].heading);
    }

    #[test]
    fn news_paragraphs_are_unnumbered_blocks() {
        let text = "Tin tức hôm nay\n\nThứ ba, 06/09/2022 14:25\n\nChủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung rà soát thủ tục hành chính trong năm 2022.\n\nTăng cường kiểm tra công vụ, xử lý nghiêm các vi phạm của cán bộ.";
        let (_, s) = seg(text);
        assert_eq!(s.blocks[0].zone, Zone::Header);
        assert_eq!(s.blocks[2].zone, Zone::Body);
        assert!(s.blocks[2].marker.is_none());
        assert_eq!(s.blocks[3].id, "p4");
    }
}
