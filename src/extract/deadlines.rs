//! Time expressions that fix when work must be done, resolved to ISO dates.
//!
//! All wording lives in `patterns/70-deadlines.pat`. Three finder sections
//! give the phrases and their kind; `deadline_not` drops phrases that are part
//! of a name, a cited document or a start date; the `deadline_value_*`
//! sections read the latest day a phrase allows. This module only combines
//! matches and does calendar arithmetic.

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::model::DeadlineKind;
use crate::rules::{Captures, Pattern, Rules};

pub const REQUIRED_RULES: &[&str] = &[
    "deadline_date",
    "deadline_period",
    "deadline_recurring",
    "deadline_not",
    "deadline_undated",
    "deadline_value_half",
    "deadline_value_duration",
    "deadline_value_day",
    "deadline_value_quarter",
    "deadline_value_month",
    "deadline_value_year",
    "deadline_year_end",
    "deadline_numbers",
    "deadline_units",
    "deadline_relative",
];

/// Finder sections and the kind of what they find, in tie-break order.
const FINDERS: &[(&str, DeadlineKind)] = &[
    ("deadline_date", DeadlineKind::Date),
    ("deadline_period", DeadlineKind::Period),
    ("deadline_recurring", DeadlineKind::Recurring),
];

/// How far before the notice date an explicitly dated period may end and still
/// be a deadline: conclusions are often issued days or weeks after the meeting
/// whose deadlines they record, but a period that ended long before is history
/// (`trong năm 2023` in a 2024 notice is an assessment, not a task).
const PAST_TOLERANCE_DAYS: u64 = 31;
/// Days after a half-year ends past which a notice that asks for work "in
/// the first N months" without a year means next year's.
const HALF_GONE_DAYS: u64 = 90;

/// A deadline found in a piece of key text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range in the text given to [`find`].
    pub range: Range<usize>,
    /// The latest day the expression allows, when it fixes one.
    pub date: Option<NaiveDate>,
    pub kind: DeadlineKind,
}

#[derive(Debug, Clone)]
struct Candidate {
    range: Range<usize>,
    kind: DeadlineKind,
    /// The part of the phrase its date is read from, when not the whole:
    /// an event's span joined with the days printed after it.
    value: Option<Range<usize>>,
}

/// How far before and after a time phrase `[regex deadline_not]` looks
/// for a name or a cited date holding it, in bytes (about 30 words).
const EXCLUSION_REACH: usize = 240;

/// The matches of `[regex deadline_not]` in the parts of `key` around the
/// time phrases found (`lowered` is its [`crate::rules::lower_same_len`]).
/// Only a match that meets a phrase counts; searching the rest of a long
/// directive costs time and, with so many alternatives, megabytes of lazy
/// DFA states per thread.
fn exclusions_near<'a>(
    key: &str,
    lowered: &str,
    phrases: impl Iterator<Item = &'a Range<usize>>,
    rules: &Rules,
) -> Vec<Range<usize>> {
    let mut windows: Vec<Range<usize>> = phrases
        .map(|r| {
            word_start_before(key, r.start.saturating_sub(EXCLUSION_REACH))
                ..word_end_after(key, r.end.saturating_add(EXCLUSION_REACH))
        })
        .collect();
    windows.sort_by_key(|w| w.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(windows.len());
    for w in windows {
        match merged.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => merged.push(w),
        }
    }
    let exclusions = rules.regex("deadline_not");
    merged
        .into_iter()
        .flat_map(|w| {
            exclusions
                .find_iter_lowered(&key[w.clone()], &lowered[w.clone()])
                .map(move |m| m.start() + w.start..m.end() + w.start)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The start of the word at or after `at`'s nearest char boundary going
/// back: just past the whitespace before it, or the text's start.
fn word_start_before(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at].rfind(char::is_whitespace).map_or(0, |ws| {
        ws + text[ws..].chars().next().map_or(1, char::len_utf8)
    })
}

/// The end of the word at `at` (the whitespace after it), or the text's end.
fn word_end_after(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |ws| at + ws)
}

/// Find the deadlines in `key` (tone-folded text of one directive).
/// The deadlines of a table's time column: those [`find`] reads in running
/// text, else the whole cell when it is a time of its own there
/// (`[regex deadline_cell]`, optional: "Năm 2026" in such a column bounds
/// the task, where in a sentence it mostly names a plan or a figure).
pub fn find_in_cell(key: &str, notice_date: Option<NaiveDate>, rules: &Rules) -> Vec<Found> {
    if let Some(joined) = joined_cell(key, notice_date, rules) {
        return vec![joined];
    }
    let mut found = find(key, notice_date, rules);
    // A cell is one time: "Tháng 11/2023 - tháng 4/2024", read as two
    // months, is one span due at the end of its last.
    let mut i = 1;
    while i < found.len() {
        let between = key
            .get(found[i - 1].range.end..found[i].range.start)
            .unwrap_or("x")
            .trim();
        if matches!(between, "-" | "–" | "đến" | "tới") {
            let last = found.remove(i);
            let first = &mut found[i - 1];
            first.range.end = last.range.end;
            first.date = last.date;
            first.kind = DeadlineKind::Period;
        } else {
            i += 1;
        }
    }
    if !rules.has("deadline_cell") {
        return found;
    }
    // The value after a plan's label ends its sentence: "Năm 2023." is the cell "Năm 2023".
    let range = trim_phrase(key, 0..key.len());
    let phrase = &key[range.clone()];
    // ("Tuần 3 tháng 10/2025": running text reads the month only, with no
    // cue before the week; the cell is the week, its first days.)
    let month_part = |found: &[Found]| {
        matches!(found, [f] if f.range.start > range.start)
            && rules.has("deadline_value_month_start")
            && rules
                .regex("deadline_value_month_start")
                .find(phrase)
                .is_some_and(|m| m.start() == 0)
    };
    if !found.is_empty() && !month_part(&found) {
        return found;
    }
    let whole = rules
        .regex("deadline_cell")
        .find(phrase)
        .is_some_and(|m| m.range() == (0..phrase.len()));
    if !whole {
        return found;
    }
    // A span of years ("2024-2025", "Năm 2025 và năm 2026") is due when the
    // last year ends; a season of those years ("Mùa khô 2023 - 2024") is
    // undated, as in a sentence.
    if rules.has("deadline_cell_last_year") && !rules.regex("deadline_undated").is_match(phrase) {
        let re = rules.regex("deadline_cell_last_year");
        if let Some(y) = re
            .captures(phrase)
            .and_then(|c| c.name("y"))
            .and_then(|y| y.as_str().parse::<i32>().ok())
        {
            return vec![Found {
                range,
                date: NaiveDate::from_ymd_opt(y, 12, 31),
                kind: DeadlineKind::Period,
            }];
        }
    }
    match resolve(phrase, notice_date.map(|d| d.year()), notice_date, rules) {
        Resolved::Reject => Vec::new(),
        Resolved::Value(v) => vec![Found {
            range,
            date: v.date,
            kind: DeadlineKind::Period,
        }],
    }
}

/// A cell of a time column joining two times with "và" ("Đầu năm 2016 và
/// dịp 01/10") is one deadline, due at the later of them: each part a time
/// of its own (found in running text, or dated), none a recurrence, and one
/// of them dated.
fn joined_cell(key: &str, notice_date: Option<NaiveDate>, rules: &Rules) -> Option<Found> {
    let range = trim_phrase(key, 0..key.len());
    let phrase = &key[range.clone()];
    let mut joins = phrase.match_indices(" và ");
    let (at, sep) = joins.next()?;
    if joins.next().is_some() {
        return None;
    }
    let mut date = None;
    for part in [&phrase[..at], &phrase[at + sep.len()..]] {
        let found = find(part, notice_date, rules);
        if found.iter().any(|f| f.kind == DeadlineKind::Recurring) {
            return None;
        }
        let dated = match resolve(
            part.trim(),
            notice_date.map(|d| d.year()),
            notice_date,
            rules,
        ) {
            Resolved::Reject => return None,
            Resolved::Value(v) => v.date,
        };
        if found.is_empty() && dated.is_none() {
            return None;
        }
        date = date.max(dated);
    }
    date?;
    Some(Found {
        range,
        date,
        kind: DeadlineKind::Period,
    })
}

pub fn find(key: &str, notice_date: Option<NaiveDate>, rules: &Rules) -> Vec<Found> {
    // Rules read a copy whose dates are mended from OCR slips; the copy has
    // the same byte offsets, so phrases are still cut from the text as printed.
    let mended = mend_ocr_dates(key);
    let key = mended.as_ref();
    let mut cands: Vec<(usize, Candidate)> = Vec::new();
    // The span of an event is an optional finder of its own (see
    // `[regex deadline_event_span]`), tried after the others on ties.
    let span = ("deadline_event_span", DeadlineKind::Period);
    let optional = Some(&span).filter(|_| rules.has(span.0));
    // Lowered once for the finders' supersets (every rule's superset reads the text lowered).
    let lowered = crate::rules::lower_same_len(key);
    for (order, (section, kind)) in FINDERS.iter().chain(optional).enumerate() {
        for m in rules.regex(section).find_iter_lowered(key, &lowered) {
            let range = end_event_clause(key, trim_phrase(key, m.range()), rules);
            let mut range = end_span_clause(key, range, *section == span.0, rules);
            // A holiday's break named in full ("sau dịp nghỉ Tết Nguyên đán",
            // "trước kỳ nghỉ Tết Nguyên đán"): read on here, not as more
            // entries of the seasons' list, which ten finder lines copy.
            const NEW_YEAR: &str = " nguyên đán";
            if lowered[..range.end].ends_with("nghỉ tết")
                && lowered[range.end..].starts_with(NEW_YEAR)
            {
                range.end += NEW_YEAR.len();
            }
            if !range.is_empty() {
                // "vào dịp kỷ niệm Ngày Phụ nữ Việt Nam 20/10": the day in
                // the holiday's name dates it.
                let mut value = holiday_day(key, &range).map(|(end, day)| {
                    range.end = end;
                    day
                });
                // "… 26/3 năm sau": a day without its year, next year's.
                if let Some(end) = next_year_tail(key, range.end, rules) {
                    range.end = end;
                    if let Some(v) = value.as_mut() {
                        v.end = end;
                    }
                }
                cands.push((
                    order,
                    Candidate {
                        range,
                        kind: *kind,
                        value,
                    },
                ));
            }
        }
    }
    // An action done on a printed day ("cho học sinh nghỉ học ngày
    // 29/9/2025"), a round after a publishing verb ("công bố giá … theo
    // quý"), the end of a window closed by an event ("từ ngày 01/02/2026 đến
    // ngày bầu cử"), the period a key task falls in ("nhiệm vụ trọng tâm của
    // quý IV"), a span of years after a verb of doing ("thực hiện trong giai
    // đoạn 2016 - 2020"): the time alone (group `at`) is the phrase. Optional
    // sections.
    // A finder may name a context: its optional `…_needs` section must
    // match, and its `…_not` section must not, in the clause before the time
    // (from the last `.`, `;` or `:`): "công bố giá … theo quý" needs a
    // verb of publishing, "lập kế hoạch vốn theo quý" is the plan's parts.
    // (section, its `needs` and `not` sections, kind)
    type AtFinder = (
        &'static str,
        Option<(&'static str, &'static str)>,
        DeadlineKind,
    );
    const AT_FINDERS: [AtFinder; 6] = [
        ("deadline_action_day", None, DeadlineKind::Date),
        (
            "deadline_round_by",
            Some(("deadline_round_by_needs", "deadline_round_by_not")),
            DeadlineKind::Recurring,
        ),
        ("deadline_window_event_end", None, DeadlineKind::Period),
        ("deadline_key_task_period", None, DeadlineKind::Period),
        ("deadline_work_years", None, DeadlineKind::Period),
        // A span of years closing a clause that urges work, away from its
        // verb ("Đồng thời, X đẩy nhanh đầu tư …, không để thiếu than cho
        // sản xuất điện trong giai đoạn 2026 - 2030."), not a plan's period.
        (
            "deadline_years_closing",
            Some(("deadline_years_closing_needs", "deadline_years_closing_not")),
            DeadlineKind::Period,
        ),
    ];
    for (section, context, kind) in AT_FINDERS {
        let Some(re) = rules.optional_regex(section) else {
            continue;
        };
        // A context section is a regex, or a list of words (no automaton:
        // matched on the clause's tokens); `None` when left out.
        let in_clause = |name: &str, clause: &str| -> Option<bool> {
            if let Some(re) = rules.optional_regex(name) {
                return Some(re.is_match(clause));
            }
            let list = rules.optional_list(name)?;
            let toks = crate::tokens::tokenize_for(clause, 0, rules);
            Some((0..toks.len()).any(|i| list.match_at(&toks, i).is_some()))
        };
        let order = FINDERS.len() + 1;
        for m in re.find_iter(key) {
            let Some(caps) = re.captures(&key[m.range()]) else {
                continue;
            };
            let at = caps
                .capture_names()
                .flatten()
                .filter(|name| {
                    name.strip_prefix("at")
                        .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()))
                })
                .find_map(|name| caps.name(name));
            if let Some(at) = at {
                if let Some((needs, not)) = context {
                    let at_start = m.start() + at.start();
                    let from = key[..at_start].rfind(['.', ';', ':']).map_or(0, |i| i + 1);
                    let clause = &key[from..at_start];
                    if in_clause(needs, clause) == Some(false)
                        || in_clause(not, clause) == Some(true)
                    {
                        continue;
                    }
                }
                let range = trim_phrase(key, m.start() + at.start()..m.start() + at.end());
                if !range.is_empty() {
                    cands.push((
                        order,
                        Candidate {
                            range,
                            kind,
                            value: None,
                        },
                    ));
                }
            }
        }
    }
    if cands.is_empty() {
        // Most directives name no time: skip the exclusions' pass over them.
        return Vec::new();
    }
    weekdays_after_rounds(key, &mut cands, rules);
    drop_purpose_times(key, &mut cands, rules);
    // An event's span read to the end of its clause ends where another time
    // phrase starts inside it: "dịp Tết gửi trước ngày 28/02/2015" is the
    // occasion, then a day of its own.
    let span_order = FINDERS.len();
    let starts: Vec<usize> = cands
        .iter()
        .filter(|(o, _)| *o != span_order)
        .map(|(_, c)| c.range.start)
        .collect();
    for (o, c) in cands.iter_mut() {
        if *o != span_order {
            continue;
        }
        if let Some(&cut) = starts
            .iter()
            .filter(|&&s| s > c.range.start && s < c.range.end)
            .min()
        {
            // Kept only when the event keeps a word of its own ("nhất là
            // dịp Tết …" holds "dịp Tết …" found whole: that one stands).
            let r = trim_phrase(key, c.range.start..cut);
            let toks = crate::tokens::tokenize(&key[r.clone()], 0);
            let words: Vec<&crate::tokens::Token> = toks.iter().filter(|t| t.word).collect();
            let named = is_event_span(&words, true).is_some_and(|h| words.len() > h);
            c.range = if named { r } else { r.start..r.start };
        }
    }
    cands.retain(|(_, c)| !c.range.is_empty());
    let excluded = exclusions_near(key, &lowered, cands.iter().map(|(_, c)| &c.range), rules);
    // A phrase inside (or straddling, or equal to) a name or a cited date is
    // not a deadline; one that adds a cue around such a date is ("trước ngày
    // 10 tháng 6 năm 2025" holds the plain date form).
    cands.retain(|(_, c)| {
        let range = &c.range;
        !excluded.iter().any(|x| {
            let overlaps = x.start < range.end && range.start < x.end;
            let wraps = range.start <= x.start && x.end <= range.end && x != range;
            overlaps && !wraps
        })
    });
    // A period that names what the work is about ("số liệu quý IV/2023",
    // "giao ban 6 tháng đầu năm") is dropped like a name, unless a cue stands
    // between the noun and the period or opens it ("báo cáo kết quả trong 6
    // tháng đầu năm", "báo cáo tại phiên họp thường kỳ tháng 12/2025": the
    // work falls in it, or is due at that meeting). Optional sections.
    if rules.has("deadline_name") && rules.has("deadline_name_cue") {
        let names = period_names(key, rules);
        let cue = rules.regex("deadline_name_cue");
        // A review report asked for a period without its year ("báo cáo sơ
        // kết 6 tháng đầu năm.") is due then (optional section).
        let mut due: Vec<Range<usize>> = rules
            .optional_regex("deadline_name_due")
            .map(|re| re.find_iter(key).map(|m| m.range()).collect())
            .unwrap_or_default();
        // With a printed day of its own ("hoàn thành báo cáo sơ kết 6 tháng
        // đầu năm, gửi Sở Nội vụ trước ngày 05/7/2025"), the period only
        // names the report: the day is when it is due.
        let inside_due = |r: &Range<usize>| due.iter().any(|d| d.start < r.end && r.start < d.end);
        let printed_day = cands.iter().any(|(_, c)| {
            c.kind == DeadlineKind::Date
                && !inside_due(&c.range)
                && key[c.range.clone()].contains(|ch: char| ch.is_ascii_digit())
        });
        if printed_day {
            due.clear();
        }
        cands.retain(|(_, c)| {
            let range = &c.range;
            if due
                .iter()
                .any(|d| d.start <= range.start && range.end <= d.end)
            {
                return true;
            }
            !names.iter().any(|(x, noun_end)| {
                let overlaps = x.start < range.end && range.start < x.end;
                let wraps = range.start <= x.start && x.end <= range.end;
                // (the noun itself holds no cue: "Chương trình tiêm chủng
                // mở rộng 6 tháng cuối năm 2023" is a name, "trình" though)
                let from = if range.start < x.start {
                    range.start
                } else {
                    *noun_end
                };
                let lead = &key[from.min(range.end)..range.end];
                // "báo cáo kết quả 6 tháng đầu năm, cả năm": rounds listed
                // past the named period are a recurrence.
                let rounds = c.kind == DeadlineKind::Recurring && range.end > x.end;
                overlaps && !wraps && !rounds && !cue.is_match(lead)
            })
        });
    }
    // Earliest first, then longest, then by section order.
    cands.sort_by(|a, b| {
        a.1.range
            .start
            .cmp(&b.1.range.start)
            .then(b.1.range.end.cmp(&a.1.range.end))
            .then(a.0.cmp(&b.0))
    });
    let mut kept: Vec<Candidate> = Vec::new();
    for (_, c) in cands {
        if kept.last().is_none_or(|k| k.range.end <= c.range.start) {
            kept.push(c);
        }
    }
    let kept = drop_lunar_repeats(key, kept);
    let kept = join_span_days(key, kept);
    let kept = split_dated_lists(key, kept, rules);
    let kept = drop_people_acts(key, kept, rules);
    let kept = drop_condition_limits(key, kept);
    let kept = drop_starts_before_days(key, kept);
    let kept = drop_reported_results(key, kept);
    let kept = drop_counted_spans(key, kept, rules);
    let kept = drop_posting_periods(key, kept, rules);
    let merged = merge_recurrences(key, kept, |rounds, phrase| {
        // A period with its own year is one span, not a part of each round:
        // "hằng tuần, từ tháng 5 đến hết tháng 8-2023" is weekly, until 31/8.
        // Rounds of days or weeks fit many times in a dated period even
        // without its year ("ra quân Chủ nhật hằng tuần trong tháng 6 và
        // tháng 7"); a monthly or yearly round holds its period ("hằng năm,
        // trong quý IV" is each year's fourth quarter).
        let short_rounds = {
            let words: Vec<String> = crate::tokens::phrase_tokens(rounds);
            let has = |w: &[&str]| words.iter().any(|x| w.contains(&x.as_str()));
            has(&["tuần", "ngày"]) && !has(&["tháng", "quý", "quí", "năm", "kỳ"])
        };
        let year = notice_date.map(|d| d.year());
        matches!(
            resolve(phrase, year, notice_date, rules),
            Resolved::Value(Value { date: Some(_), explicit_year, .. }) if explicit_year || short_rounds
        )
    });

    let merged = share_recurrence(key, merged);
    let merged = drop_bare_rounds(key, merged);
    let mut out = Vec::new();
    // Without a notice date, a phrase with no year takes the last year
    // written before it in the same directive.
    let mut context_year: Option<i32> = None;
    // The last day printed in full before ("vào ngày 05/9/2024 …, báo cáo
    // trước 17 giờ cùng ngày"): the day "cùng ngày" names.
    let mut printed_day = None;
    for c in merged {
        let phrase = &key[c.range.clone()];
        if c.kind == DeadlineKind::Recurring {
            out.push(Found {
                range: c.range,
                date: None,
                kind: c.kind,
            });
            continue;
        }
        let fallback = notice_date.map(|d| d.year()).or(context_year);
        let mut value_text = c.value.as_ref().map_or(phrase, |r| &key[r.clone()]);
        // A bare delay after its printed start ("kể từ 12 giờ ngày 12/8/2021
        // trong thời gian 14 ngày") is read with the start (optional section
        // `deadline_start_before`, matched up to the delay's end).
        if c.value.is_none() {
            if let Some(re) = rules.optional_regex("deadline_start_before") {
                let mut from = c.range.start.saturating_sub(80);
                while !key.is_char_boundary(from) {
                    from += 1;
                }
                if let Some(m) = re.find(&key[from..c.range.end]) {
                    if from + m.start() < c.range.start {
                        value_text = &key[from + m.start()..c.range.end];
                    }
                }
            }
        }
        match resolve(value_text, fallback, notice_date, rules) {
            Resolved::Reject => {}
            Resolved::Value(v) => {
                // A window printed from its first day to its last that closed
                // before the notice was issued is the period a figure covers
                // ("thống kê số hồ sơ … từ ngày 01/12/2007 đến ngày
                // 31/5/2008" in a notice of June 2008): no work fits in it.
                if let (Some(date), Some(notice), true) =
                    (v.date, notice_date, is_range(phrase, rules))
                {
                    if date < notice {
                        continue;
                    }
                }
                if let (Some(date), Some(notice)) = (v.date, notice_date) {
                    // A count of months is never moved to next year, so it
                    // is history even when its year is the notice's.
                    if (v.explicit_year || v.short) && is_past(date, notice, v.short) {
                        continue;
                    }
                }
                if v.explicit_year {
                    context_year = v.date.map(|d| d.year()).or(context_year);
                }
                let date = match v.date {
                    None if same_day(phrase) => printed_day,
                    date => {
                        if v.explicit_year && phrase.contains('/') {
                            printed_day = date;
                        }
                        date
                    }
                };
                out.push(Found {
                    range: c.range,
                    date,
                    kind: c.kind,
                });
            }
        }
    }
    drop_plan_occasions(key, &mut out, rules);
    out
}

/// A time on "the same day" ("trước 17 giờ cùng ngày", "trong cùng ngày"),
/// which the day printed before it in the directive dates.
fn same_day(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    matches!(words.as_slice(), [.., last, day] if last.eq_ignore_ascii_case("cùng") && day.eq_ignore_ascii_case("ngày"))
}

/// The end of "năm sau" (or another tail of optional section
/// `deadline_next_year`, matched right after `end`) when the text before
/// `end` closes on a day and month without a year ("nhân dịp kỷ niệm Ngày
/// thành lập Đoàn 26/3 năm sau"): the day is next year's, read with the
/// phrase by `deadline_value_day` (group `rel`).
fn next_year_tail(key: &str, end: usize, rules: &Rules) -> Option<usize> {
    let re = rules.optional_regex("deadline_next_year")?;
    let before = &key.as_bytes()[..end];
    // The last token: digits, a slash (or a dash or dot), digits.
    let tail = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'.'))
        .count();
    let token = &key[end - tail..end];
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    let day_month = parts.len() == 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    if !day_month || tail == end || !before[end - tail - 1].is_ascii_whitespace() {
        return None;
    }
    re.find_at_start(&key[end..]).map(|m| end + m.end())
}

/// A holiday named with the day it falls on, printed after its name ("vào
/// dịp kỷ niệm Ngày Phụ nữ Việt Nam 20/10", "nhân dịp kỷ niệm Ngày thành lập
/// Quân đội nhân dân Việt Nam (22/12)"): an event's span is read to its first
/// digit, which leaves the day out. When the phrase ends on a name opened by
/// a capitalized "Ngày" and a bare day follows on the same line (a day and
/// month, perhaps a year, perhaps in brackets, no more digits after it), the
/// day is the holiday's: the phrase's new end and the day's range. "dịp kỷ
/// niệm 77 năm Ngày …" stops at "77" and names no "Ngày": left alone.
fn holiday_day(key: &str, r: &Range<usize>) -> Option<(usize, Range<usize>)> {
    let phrase = &key[r.clone()];
    let name = phrase.rfind("Ngày ")?;
    if name == 0 || phrase[name..].bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let b = key.as_bytes();
    let mut i = r.end;
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    let open = b.get(i) == Some(&b'(');
    if open {
        i += 1;
    }
    let start = i;
    // The end of a run of at most `max` digits from `j`, if any.
    let digits = |j: usize, max: usize| {
        let n = b[j.min(b.len())..]
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (1..=max).contains(&n).then_some(j + n)
    };
    let j = digits(i, 2)?;
    if b.get(j) != Some(&b'/') {
        return None;
    }
    let mut j = digits(j + 1, 2)?;
    if b.get(j) == Some(&b'/') {
        j = digits(j + 1, 4).filter(|k| k - j == 5)?;
    }
    if b.get(j).is_some_and(|c| c.is_ascii_digit() || *c == b'/') {
        return None;
    }
    let day = start..j;
    if !open {
        return Some((j, day));
    }
    (b.get(j) == Some(&b')')).then_some((j + 1, day))
}

/// An occasion after a plan's name ("xây dựng kế hoạch cao điểm … dịp Quốc
/// khánh 2/9, trình … trước ngày 25/8/2022") names the plan: when the
/// directive prints a day of its own, the occasion is no deadline ("tổ chức
/// … dịp Tết" stays: the work is done then). Optional sections
/// `deadline_occasion` (how the phrase opens) and `deadline_occasion_plan`
/// (a plan's noun in the clause before it).
fn drop_plan_occasions(key: &str, out: &mut Vec<Found>, rules: &Rules) {
    let (Some(occasion), Some(plan)) = (
        rules.optional_regex("deadline_occasion"),
        rules.optional_regex("deadline_occasion_plan"),
    ) else {
        return;
    };
    if out.len() < 2 {
        return;
    }
    let is_occasion = |f: &Found| occasion.is_match(&key[f.range.clone()]);
    // (a dated month counts too: "tham mưu phương án bình ổn giá … dịp
    // Tết, trình Giám đốc Sở trong tháng 11/2025")
    let dated =
        |f: &Found| f.kind != DeadlineKind::Recurring && f.date.is_some() && !is_occasion(f);
    let printed = out.iter().any(dated);
    if !printed {
        return;
    }
    // A rule's noun reaches over commas: its subject is often a list
    // (optional section `deadline_rule_scope`).
    let rule = rules.optional_regex("deadline_rule_scope");
    let verb = rules.list("action_verb");
    let lead = rules.list("action_lead");
    let keep: Vec<bool> = out
        .iter()
        .map(|f| {
            if !is_occasion(f) {
                return true;
            }
            let sentence = key[..f.range.start]
                .rfind(['.', ';', ':', '\n'])
                .map_or(0, |i| i + 1);
            // With the plan's day in the same sentence after it ("…, ban hành
            // trước ngày 15/12/2025"), the clause reaches back over the commas
            // of a list in the plan's subject ("kế hoạch cao điểm chống buôn
            // lậu, gian lận thương mại và hàng giả dịp …"), to a comma after
            // which a task's verb opens ("…, tổ chức các hoạt động dịp Tết": the
            // work's own time). A day in another sentence ("…; Kế hoạch gửi về
            // Sở trước ngày 20/01/2026") leaves the plan's list out.
            let own_day = out.iter().any(|g| {
                dated(g)
                    && g.range.start >= f.range.end
                    && !key[f.range.end..g.range.start].contains(['.', ';', '\n'])
            });
            let mut from = key[..f.range.start]
                .rfind(',')
                .map_or(0, |i| i + 1)
                .max(sentence);
            while own_day && from > sentence {
                let toks = crate::tokens::tokenize_for(&key[from..f.range.start], 0, rules);
                let first = toks.iter().position(|t| t.word);
                if first.is_some_and(|i| {
                    verb.match_at(&toks, i).is_some() || lead.match_at(&toks, i).is_some()
                }) {
                    break;
                }
                from = key[..from - 1]
                    .rfind(',')
                    .map_or(0, |i| i + 1)
                    .max(sentence);
            }
            !plan.is_match(&key[from..f.range.start])
                && !rule.is_some_and(|r| r.is_match(&key[sentence..f.range.start]))
        })
        .collect();
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

/// Whether a phrase is a window from a first day to a last one
/// (`[regex deadline_range]`, optional: "từ ngày 01/6 đến ngày 30/6/2024").
fn is_range(phrase: &str, rules: &Rules) -> bool {
    rules.has("deadline_range") && rules.regex("deadline_range").is_match(phrase)
}

/// "định kỳ hằng tuần báo cáo … vào thứ Sáu": the day of the week printed
/// after a weekly round, later in its clause, is the round's day
/// (`[regex deadline_weekday_after]` after `[regex deadline_weekly]`,
/// optional): the round is read to it as one phrase (unless the day is found
/// on its own: "trước 15 giờ ngày thứ Sáu"). Alone, "vào thứ Sáu" is
/// too often a day told of, so it is read only after such a round; another
/// time phrase between them keeps the two apart.
fn weekdays_after_rounds(key: &str, cands: &mut [(usize, Candidate)], rules: &Rules) {
    if !rules.has("deadline_weekday_after") || !rules.has("deadline_weekly") {
        return;
    }
    let weekly = rules.regex("deadline_weekly");
    let starts: Vec<usize> = cands.iter().map(|(_, c)| c.range.start).collect();
    let days: Vec<Range<usize>> = rules
        .regex("deadline_weekday_after")
        .find_iter(key)
        .map(|m| m.range())
        .collect();
    for (_, c) in cands.iter_mut() {
        if c.kind != DeadlineKind::Recurring || !weekly.is_match(&key[c.range.clone()]) {
            continue;
        }
        let Some(day) = days.iter().find(|d| d.start >= c.range.end) else {
            continue;
        };
        let gap = &key[c.range.end..day.start];
        let same_clause = !gap.contains([';', '.', '\n']);
        let alone = !starts.iter().any(|&s| s >= c.range.end && s <= day.start);
        if !same_clause || !alone {
            continue;
        }
        let mut end = day.end;
        // "hằng tuần (vào chiều thứ Sáu)": the bracket opened closes with it.
        let phrase = &key[c.range.start..end];
        if phrase.matches('(').count() > phrase.matches(')').count() {
            let rest = &key[end..];
            let trimmed = rest.trim_start();
            if trimmed.starts_with(')') {
                end += rest.len() - trimmed.len() + 1;
            }
        }
        c.range.end = end;
    }
}

/// "gửi hồ sơ chậm nhất ngày 15/12/2024 để kịp kiểm soát chi trong năm":
/// a time inside a purpose clause (`[regex deadline_purpose]`, optional) is
/// the time of what the work serves, not of the work. The clause ends at the
/// next comma, semicolon or sentence end. A match with the group `adverb`
/// ("để kịp thời báo cáo …": in time) opens no purpose.
fn drop_purpose_times(key: &str, cands: &mut Vec<(usize, Candidate)>, rules: &Rules) {
    if !rules.has("deadline_purpose") {
        return;
    }
    let re = rules.regex("deadline_purpose");
    let clauses: Vec<Range<usize>> = re
        .captures_iter(key)
        .filter(|c| c.name("adverb").is_none())
        .filter_map(|c| c.get(0))
        .map(|m| {
            let rest = &key[m.end()..];
            let end = rest
                .char_indices()
                .find(|&(i, ch)| {
                    matches!(ch, ',' | ';' | '\n')
                        || (ch == '.'
                            && rest[i + 1..].chars().next().is_none_or(char::is_whitespace))
                })
                .map_or(key.len(), |(i, _)| m.end() + i);
            m.start()..end
        })
        .collect();
    if clauses.is_empty() {
        return;
    }
    cands.retain(|(_, c)| {
        !clauses
            .iter()
            .any(|x| x.start <= c.range.start && c.range.end <= x.end)
    });
}

/// Drop punctuation and spaces the regexes may take at the edges (a sentence
/// start alternative takes the period before it), keeping a closing
/// parenthesis that closes one opened inside the phrase.
/// The spans from a noun of `deadline_name` to a period of
/// `deadline_name_period` later in the same clause (no `.;:,` between):
/// "giao ban 6 tháng đầu năm", "chi phí … quý I và quý II/2019". Each name
/// starts at the first such noun after the previous name, as a leftmost
/// search would find it. (Two small regexes and this walk instead of one
/// regex with an open gap between them: the gap's lazy DFA cache held half
/// a megabyte per thread.)
/// Each name runs from its noun to its period's end; the noun's end comes
/// with it.
fn period_names(key: &str, rules: &Rules) -> Vec<(Range<usize>, usize)> {
    let periods: Vec<Range<usize>> = if rules.has("deadline_name_period") {
        rules
            .regex("deadline_name_period")
            .find_iter(key)
            .map(|m| m.range())
            .collect()
    } else {
        Vec::new()
    };
    if periods.is_empty() {
        return Vec::new();
    }
    // A noun followed by "này" is this very document ("thông báo Kế hoạch
    // này trên loa … 02 lần/tuần trong tháng 01/2026"), named by no period.
    let this_one = |end: usize| {
        let rest = key[end..].trim_start();
        rest.strip_prefix("này")
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    };
    let nouns: Vec<Range<usize>> = rules
        .regex("deadline_name")
        .find_iter(key)
        .filter(|m| !this_one(m.end()))
        .map(|m| m.range())
        .collect();
    let mut names = Vec::new();
    let mut from = 0;
    for period in periods {
        if period.start < from {
            continue;
        }
        // The noun nearest the period names it: in "báo cáo UBND tỉnh trước
        // ngày 20 hằng tháng và báo cáo sơ kết 6 tháng đầu năm" the cue before
        // the first "báo cáo" is not between "sơ kết" and its period.
        let noun = nouns.iter().rev().find(|n| {
            n.start >= from
                && n.end < period.start
                && key[n.end..period.start].starts_with(char::is_whitespace)
                && !key[n.end..period.start].contains(['.', ';', ':', ','])
        });
        if let Some(noun) = noun {
            names.push((noun.start..period.end, noun.end));
            from = period.end;
        }
    }
    names
}

/// The tokens of the phrase at `r` when it opens with `opening` (an ASCII
/// word, any case); `None` otherwise: most phrases open otherwise, and are
/// not tokenized.
fn tokens_if_opening(
    key: &str,
    r: &Range<usize>,
    opening: &str,
    rules: &Rules,
) -> Option<Vec<crate::tokens::Token>> {
    let phrase = &key[r.clone()];
    phrase
        .get(..opening.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(opening))
        .then(|| crate::tokens::tokenize_for(phrase, r.start, rules))
}

/// An event clause found to the end of its clause ("ngay khi nước rút",
/// "ngay sau khi bão tan") ends before a word that opens the work itself
/// (`action_lead`: "ngay khi nước rút tập trung lực lượng dọn dẹp …" is due
/// "ngay khi nước rút"). The event keeps at least one word after "khi".
///
/// So does a lead time before an event read to the end of its clause
/// ("chậm nhất 10 ngày trước ngày bầu cử phải có kết luận …" is due "chậm
/// nhất 10 ngày trước ngày bầu cử"): the event keeps at least one word after
/// "ngày", "khi", "lễ" ….
fn end_event_clause(key: &str, r: Range<usize>, rules: &Rules) -> Range<usize> {
    let Some(toks) = [
        "ngay", "chậm", "muộn", "ít", "tối", "trước", "trong", "không",
    ]
    .iter()
    .find_map(|o| tokens_if_opening(key, &r, o, rules)) else {
        return r;
    };
    let words: Vec<&crate::tokens::Token> = toks.iter().filter(|t| t.word).collect();
    let khi = match words.as_slice() {
        [a, b, ..] if a.is("ngay") && b.is("khi") => 1,
        [a, b, c, ..] if a.is("ngay") && b.is("sau") && c.is("khi") => 2,
        // "(ngay) trước khi …", "trước thời điểm …", "trước ngày bầu cử …":
        // an event read to its clause's end.
        [a, b, ..] if a.is("trước") || (a.is("ngay") && b.is("trước")) => {
            let t = usize::from(a.is("ngay"));
            match words.get(t + 1) {
                Some(w) if w.is("thời") => t + 2,
                Some(w) if EVENT_HEADS.iter().any(|h| w.is(h)) => t + 1,
                _ => return r,
            }
        }
        // A delay counted from an event ("trong thời hạn 10 ngày làm việc
        // kể từ ngày nhận được văn bản này phải báo cáo …"): the event after
        // "kể từ"/"tính từ" is read to the work's lead word.
        [a, ..] if a.is("trong") || a.is("không") => match words
            .windows(2)
            .position(|p| (p[0].is("kể") || p[0].is("tính")) && p[1].is("từ"))
        {
            Some(k) => k + 1,
            None => return r,
        },
        [a, ..] if !a.is("ngay") => match words.iter().position(|w| w.is("trước")) {
            // "… trước thời điểm …": the head has two words.
            Some(t) if words.get(t + 1).is_some_and(|w| w.is("thời")) => t + 2,
            Some(t) if t <= 6 => t + 1,
            _ => return r,
        },
        _ => return r,
    };
    let lead = rules.list("action_lead");
    // A word that ends the event ("theo", "để": "chậm nhất 12 giờ trước khi
    // mưa lớn tập trung theo bản tin dự báo" is due "… mưa lớn tập trung";
    // optional list `deadline_event_stop`); a lead word with only such a word
    // (or nothing) after it is the event's own ("mưa lớn tập trung"), no work.
    let stop = rules.optional_list("deadline_event_stop");
    // (not a word opening a bracket: "trước ngày 20 tháng Chạp (nhằm ngày
    // 07/02/2026)" glosses the day with its solar one)
    let glossed = |i: usize| i > 0 && toks[i - 1].lower == "(";
    let stops_at = |i: usize| !glossed(i) && stop.is_some_and(|s| s.match_at(&toks, i).is_some());
    // Positions in `toks` of the words after the event's first word.
    let first = khi + 2;
    for (w, word) in words.iter().enumerate().skip(first) {
        let Some(i) = toks.iter().position(|t| t.start == word.start) else {
            continue;
        };
        if stops_at(i) {
            return r.start..words[w - 1].end;
        }
        if let Some((n, _)) = lead.match_at(&toks, i) {
            let bare = stop.is_some() && (i + n >= toks.len() || stops_at(i + n));
            if !bare {
                return r.start..words[w - 1].end;
            }
        }
    }
    r
}

/// The heads of an event after "trước" ("trước khi", "trước ngày bầu cử",
/// "trước đợt kiểm tra …") whose clause [`end_event_clause`] cuts.
const EVENT_HEADS: [&str; 6] = ["khi", "ngày", "đợt", "phiên", "buổi", "lễ"];

/// Words that open the span of an event before its head (`trong suốt`,
/// `ngay sau`, `nhân`, `nhất là`), and the first words of phrases that may
/// do so.
const SPAN_CUES: [&str; 10] = [
    "trong", "suốt", "vào", "nhân", "ngay", "sau", "nhất", "đặc", "biệt", "là",
];
const SPAN_OPENINGS: [&str; 8] = ["trong", "suốt", "vào", "nhân", "ngay", "dịp", "nhất", "đặc"];

/// Whether a phrase opens with the span of an event, and the number of
/// words before the event's name: "trong (suốt) thời gian …", "(trong)
/// dịp …", "vào các ngày …", "trong những tháng …", "trong suốt đợt …",
/// "vào đêm diễn ra …" (the event's own words follow the head). With
/// `wide` false only the first kind: the other heads open phrases of other
/// finders too ("trong những tháng cuối năm 2024", "vào các ngày thứ Bảy"),
/// which are not cut.
fn is_event_span(words: &[&crate::tokens::Token], wide: bool) -> Option<usize> {
    match words {
        [a, b, c, ..] if a.is("trong") && b.is("thời") && c.is("gian") => return Some(3),
        [a, s, b, c, ..] if a.is("trong") && s.is("suốt") && b.is("thời") && c.is("gian") => {
            return Some(4)
        }
        _ if !wide => return None,
        _ => {}
    }
    // The cue words, then the head: an occasion, the days, nights or months
    // of an event (plural), a round, or a day the event takes place.
    let cues = words
        .iter()
        .take_while(|w| SPAN_CUES.iter().any(|c| w.is(c)))
        .count();
    let rest = &words[cues..];
    let day = |w: &crate::tokens::Token| w.is("ngày") || w.is("đêm") || w.is("buổi");
    let head = match rest {
        [d, ..] if d.is("dịp") => 1,
        [p, n, ..]
            if cues > 0 && p.is_plural_marker() && (day(n) || n.is("tháng") || n.is("đợt")) =>
        {
            2
        }
        [n, ..] if cues > 0 && n.is("đợt") => 1,
        [n, v, r, ..] if cues > 0 && day(n) && v.is("diễn") && r.is("ra") => 1,
        _ => return None,
    };
    Some(cues + head)
}

/// The span of an event found to the end of its clause ("trong thời gian
/// điều tra thực địa") ends before a word that opens something else: a range
/// of days (`deadline_span_stop`: "… cao điểm từ ngày 25/01 đến …", joined
/// again by [`join_span_days`]), a purpose, or the work itself
/// (`action_lead`: "trong thời gian tới cần tập trung …"). A span whose first
/// word is such a stop names no event: dropped (empty range). Optional list.
fn end_span_clause(key: &str, r: Range<usize>, wide: bool, rules: &Rules) -> Range<usize> {
    if !rules.has("deadline_span_stop") {
        return r;
    }
    let Some(toks) = SPAN_OPENINGS
        .iter()
        .find_map(|o| tokens_if_opening(key, &r, o, rules))
    else {
        return r;
    };
    let words: Vec<&crate::tokens::Token> = toks.iter().filter(|t| t.word).collect();
    let Some(head) = is_event_span(&words, wide) else {
        return r;
    };
    // "trong thời gian qua", "trong thời gian học": no event's span; "trong
    // những ngày có cảnh báo …": a condition (days and occasions only).
    let first = words
        .get(head)
        .and_then(|w| toks.iter().position(|t| t.start == w.start));
    let days = is_event_span(&words, false).is_none();
    for (list, applies) in [("deadline_span_not", true), ("deadline_days_not", days)] {
        if applies
            && rules.has(list)
            && first.is_some_and(|i| rules.list(list).match_at(&toks, i).is_some())
        {
            return r.start..r.start;
        }
    }
    // "trong thời gian tới về các biện pháp …": the time ahead ends with
    // "tới" (optional list `deadline_span_ahead`).
    if let (Some(i), true) = (first, rules.has("deadline_span_ahead")) {
        if let Some((n, _)) = rules.list("deadline_span_ahead").match_at(&toks, i) {
            if let Some(last) = toks.get(i + n - 1) {
                return r.start..last.end;
            }
        }
    }
    // "nhất là dịp kỷ niệm …": the occasion starts at "dịp" ("nhất là"
    // stresses it, and is no part of the time).
    let start = match words.first() {
        Some(w) if w.is("nhất") || w.is("đặc") => words
            .iter()
            .find(|w| w.is("dịp"))
            .map_or(r.start, |w| w.start),
        _ => r.start,
    };
    // "trong đợt lũ vừa qua", "trong đợt mưa lớn vừa rồi": an event already
    // past names which things are meant, no time for the work (optional
    // list `deadline_span_past`, read at any word of the span).
    if let Some(past) = rules.optional_list("deadline_span_past") {
        let stop = rules.list("deadline_span_stop");
        if words
            .iter()
            .skip(head + 1)
            .filter_map(|w| toks.iter().position(|t| t.start == w.start))
            .take_while(|&i| stop.match_at(&toks, i).is_none())
            .any(|i| past.match_at(&toks, i).is_some())
        {
            return r.start..r.start;
        }
    }
    let stop = rules.list("deadline_span_stop");
    let lead = rules.list("action_lead");
    let verb = rules.list("action_verb");
    let at = |word: &crate::tokens::Token| toks.iter().position(|t| t.start == word.start);
    for (w, word) in words.iter().enumerate().skip(head) {
        let Some(i) = at(word) else {
            continue;
        };
        // "và" before a verb joins a second task, not more of the event:
        // "báo cáo hằng tuần trong các tháng cao điểm và tổng kết … trước ngày …".
        let joins_task = w > head
            && word.is("và")
            && words
                .get(w + 1)
                .and_then(|next| at(next))
                .is_some_and(|j| verb.match_at(&toks, j).is_some());
        if joins_task
            || stop.match_at(&toks, i).is_some()
            || (w > head && lead.match_at(&toks, i).is_some())
        {
            if w == head {
                return r.start..r.start;
            }
            return start..words[w - 1].end;
        }
    }
    start..r.end
}

/// The span of an event followed by the days it lasts ("trong thời gian
/// cao điểm từ ngày 25/01 đến ngày 22/02/2026", "trong thời gian mưa lớn (từ
/// ngày 27/10 đến hết ngày 29/10/2024)") is one phrase, dated by the days;
/// so is a season or a peak with no digits followed by its months in
/// brackets ("trong các tháng cao điểm nắng nóng (tháng 5 đến tháng
/// 8/2023)": the brackets say when it is).
fn join_span_days(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for c in kept {
        if let Some(prev) = out.last_mut() {
            let gap = key[prev.range.end..c.range.start].trim();
            let text = &key[prev.range.clone()];
            let toks = crate::tokens::tokenize(text, 0);
            let words: Vec<&crate::tokens::Token> = toks.iter().filter(|t| t.word).collect();
            // The days of a holiday counted ("trong 5 ngày Tết (từ 29 tháng
            // Chạp đến mùng 4 tháng Giêng)"): a bracket that spells them out
            // belongs to it, whatever part of it was found.
            let counted = is_counted_event(&words)
                && gap.starts_with('(')
                && !gap.contains(')')
                && gap.len() <= 48
                && key[c.range.end..].trim_start().starts_with(')');
            // A range in brackets whose first day shares the last one's month
            // ("(từ ngày 26 đến ngày 28/11/2023)": found from "đến …") is
            // the event's days too.
            let shared_month = gap
                .strip_prefix('(')
                .and_then(|g| g.trim_start().strip_prefix("từ"))
                .map(|g| g.trim_start())
                .map(|g| g.strip_prefix("ngày").unwrap_or(g).trim())
                .is_some_and(|g| {
                    (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit())
                })
                && key[c.range.clone()].starts_with("đến");
            let bracket = gap == "(" || counted || shared_month;
            // An occasion or the days of an event ("trong dịp Tết", "trong
            // các ngày cao điểm") take a range of days or days in brackets
            // only: a day right after it is a deadline of its own ("… trong
            // dịp Tết trước ngày 28/01").
            // Months in brackets after a time before a season ("trước vụ
            // thu hoạch chính (tháng 10 - tháng 12)") are the season's own,
            // not the work's: no deadline, and they date nothing.
            if bracket
                && prev.value.is_none()
                && !text.bytes().any(|b| b.is_ascii_digit())
                && words.first().is_some_and(|w| w.is("trước"))
                && words.iter().any(|w| w.is("mùa") || w.is("vụ"))
                && key[c.range.clone()].to_lowercase().starts_with("tháng")
            {
                continue;
            }
            let range_next = key[c.range.clone()]
                .get(.."từ".len())
                .is_some_and(|h| h.eq_ignore_ascii_case("từ"));
            let of_year = gap.is_empty() && is_season_of_year(&words, &key[c.range.clone()]);
            // The months of an event printed right after it, with no cue of
            // their own ("trong các đợt cao điểm nắng nóng tháng 5 và tháng
            // 6/2024"): when it falls.
            let months_next = gap.is_empty()
                && key[c.range.clone()].starts_with("tháng")
                && is_event_span(&words, true).is_some();
            let span = months_next
                || counted
                || is_event_span(&words, false).is_some()
                || ((bracket || range_next) && is_event_span(&words, true).is_some())
                || (bracket && !text.bytes().any(|b| b.is_ascii_digit()))
                || of_year;
            // A clock time alone in brackets ("… trong các ngày nghỉ Tết
            // (trước 15 giờ)") is the hour each round is due, a phrase of its
            // own, not the days of the event.
            let next = &key[c.range.clone()];
            let clock = next.contains("giờ") && !next.contains("ngày") && !next.contains("tháng");
            let dated = c.kind != DeadlineKind::Recurring
                && !clock
                && next.bytes().any(|b| b.is_ascii_digit());
            if prev.kind == DeadlineKind::Period
                && prev.value.is_none()
                && of_year
                && !dated
                && c.kind != DeadlineKind::Recurring
            {
                // "trong mùa lũ cuối năm": the season of a part of a year
                // with no year printed is one span, with no day.
                prev.range.end = c.range.end;
                continue;
            }
            // The window of an event's span from now to an event's end,
            // undated ("trong thời gian cao điểm từ nay đến hết Chiến
            // dịch"): one span.
            if prev.kind == DeadlineKind::Period
                && c.kind == DeadlineKind::Period
                && prev.value.is_none()
                && gap.is_empty()
                && !dated
                && range_next
                && is_event_span(&words, true).is_some()
                && !text.bytes().any(|b| b.is_ascii_digit())
            {
                prev.range.end = c.range.end;
                continue;
            }
            if prev.kind == DeadlineKind::Period
                && prev.value.is_none()
                && (gap.is_empty() || bracket)
                && span
                && dated
            {
                let mut end = c.range.end;
                let close = key[end..].len() - key[end..].trim_start().len();
                if bracket && key[end + close..].starts_with(')') {
                    end += close + 1;
                }
                prev.value = Some(c.value.unwrap_or(c.range));
                prev.range.end = end;
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Drop how long a list stays posted ("niêm yết công khai tại trụ sở UBND
/// xã … trong thời hạn 20 ngày theo quy định", "công khai danh sách … trong
/// 20 ngày, trước ngày 31/12/2016"): a bare count of days that the law sets
/// or that a due day follows, in a clause with a verb of posting, is the
/// posting's length, not when the work is due. Optional sections
/// `deadline_posting` (the count and what follows it, matched from the
/// phrase's start) and `deadline_posting_verb` (a list, matched on the
/// clause's words before the phrase).
fn drop_posting_periods(key: &str, kept: Vec<Candidate>, rules: &Rules) -> Vec<Candidate> {
    let (Some(re), Some(verbs)) = (
        rules.optional_regex("deadline_posting"),
        rules.optional_list("deadline_posting_verb"),
    ) else {
        return kept;
    };
    kept.into_iter()
        .filter(|c| {
            let mut end = (c.range.end + 32).min(key.len());
            while !key.is_char_boundary(end) {
                end -= 1;
            }
            if !re.is_match(&key[c.range.start..end]) {
                return true;
            }
            let from = key[..c.range.start]
                .rfind(['.', ';', ':'])
                .map_or(0, |i| i + 1);
            let toks = crate::tokens::tokenize_for(&key[from..c.range.start], 0, rules);
            !(0..toks.len()).any(|i| verbs.match_at(&toks, i).is_some())
        })
        .collect()
}

/// Drop the lunar days restated in brackets right after a solar window or
/// day ("từ ngày 14/02 đến hết ngày 22/02/2026 (từ 27 tháng Chạp đến mùng 6
/// tháng Giêng)"): the same days in the other calendar, no deadline of
/// their own. Only what is read inside the bracket goes: a lunar day found
/// from the bracket's second word on ("đến mùng 6 tháng Giêng") whose
/// bracket opens right after a phrase with a printed solar day.
fn drop_lunar_repeats(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(kept.len());
    for c in kept {
        if let Some(prev) = out.last() {
            let gap = key[prev.range.end..c.range.start].trim();
            let text = key[c.range.clone()].to_lowercase();
            let lunar = ["tháng giêng", "tháng chạp", "âm lịch"]
                .iter()
                .any(|w| text.contains(w));
            let solar_before = key[prev.range.clone()].contains('/');
            let closes = key[c.range.end..].trim_start().starts_with(')');
            if lunar
                && solar_before
                && !text.contains('/')
                && gap.starts_with('(')
                && !gap.contains(')')
                && gap.len() <= 48
                && closes
            {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Drop a span that a count of cases is taken over ("vi phạm từ 02 lần trở
/// lên trong năm"): the few words before it match `deadline_counted_before`
/// (optional section).
fn drop_counted_spans(key: &str, kept: Vec<Candidate>, rules: &Rules) -> Vec<Candidate> {
    let Some(re) = rules.optional_regex("deadline_counted_before") else {
        return kept;
    };
    kept.into_iter()
        .filter(|c| {
            let mut from = c.range.start.saturating_sub(40);
            while !key.is_char_boundary(from) {
                from -= 1;
            }
            !re.is_match(&key[from..c.range.start])
        })
        .collect()
}

/// Verbs of what befell, read before a count ("xảy ra 2 vụ", "ghi nhận 12 ổ
/// dịch"): told with its figure, it is a result.
const OCCURRED: [(&str, &str); 4] = [
    ("xảy", "ra"),
    ("ghi", "nhận"),
    ("phát", "hiện"),
    ("phát", "sinh"),
];

/// Drop a period that opens a sentence reporting what was done ("…; đăng tải
/// kết quả … trước kỳ họp. Trong tháng 8/2023, Văn phòng đã tiếp nhận 37 đơn
/// thư."): the period, a comma, then a subject and "đã" within a few words
/// is a result, no time for the work that the item asks. So is what befell,
/// counted, told without "đã" ("Trong 5 tháng đầu năm 2024, trên địa bàn
/// huyện xảy ra 2 vụ cháy rừng"): an occurrence verb right before a number.
fn drop_reported_results(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    kept.into_iter()
        .filter(|c| {
            let before = key[..c.range.start].trim_end_matches([' ', '\t']);
            let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
            let Some(rest) = key[c.range.end..].trim_start().strip_prefix(',') else {
                return true;
            };
            if !opens {
                return true;
            }
            let end = rest.find(['.', ';', '\n']).unwrap_or(rest.len());
            let toks = crate::tokens::tokenize(&rest[..end], 0);
            let words: Vec<_> = toks.iter().filter(|t| t.word).take(10).collect();
            let counted = words.windows(3).any(|w| {
                OCCURRED.iter().any(|(a, b)| w[0].is(a) && w[1].is(b))
                    && w[2].lower.starts_with(|c: char| c.is_ascii_digit())
            });
            !counted && !words.iter().take(8).any(|t| t.is("đã"))
        })
        .collect()
}

/// Whether a phrase is the days or nights of a holiday or a festival,
/// counted: "trong 5 ngày Tết", "trong 03 đêm lễ hội" (a cue, a number,
/// `ngày` or `đêm`, then the holiday's name).
fn is_counted_event(words: &[&crate::tokens::Token]) -> bool {
    let cues = words
        .iter()
        .take_while(|w| w.is("trong") || w.is("suốt") || w.is("ngay"))
        .count();
    match &words[cues.min(words.len())..] {
        [n, d, h, ..] => {
            (d.is("ngày") || d.is("đêm"))
                && !n.is("các")
                && !n.is("những")
                && (h.is("tết") || h.is("lễ") || h.is("hội") || h.is("nghỉ"))
        }
        _ => false,
    }
}

/// Drop a limit in time ("quá 06 giờ") inside a condition that triggers the
/// work: "khi phát hiện tàu mất kết nối quá 06 giờ thì thông báo ngay …" says
/// when to act, not by when. The condition is a "khi" or "nếu" opening the
/// clause (from the last `,`, `;`, `.` or line break) before the phrase; "không
/// để rác tồn đọng quá 24 giờ" names no condition and stays a limit.
fn drop_condition_limits(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    kept.into_iter()
        .filter(|c| {
            let phrase = &key[c.range.clone()];
            let over = phrase.starts_with("quá ") || phrase.starts_with("Quá ");
            // "… khi người lao động quay lại làm việc sau Tết": a time
            // inside the condition, anywhere in its clause.
            let after = phrase.starts_with("sau ") && !phrase.starts_with("sau khi");
            if !over && !after {
                return true;
            }
            let from = key[..c.range.start]
                .rfind([',', '.', ';', '\n'])
                .map_or(0, |i| i + 1);
            let toks = crate::tokens::tokenize(&key[from..c.range.start], 0);
            let conditioned = |t: &&crate::tokens::Token| t.lower == "khi" || t.lower == "nếu";
            let mut words = toks.iter().filter(|t| t.word);
            if over {
                !words.take(3).any(|t| conditioned(&t))
            } else {
                !words.any(|t| conditioned(&t))
            }
        })
        .collect()
}

/// Drops the times that are no deadline of the body's task, in the
/// sentence before them:
/// - a time counted from an act of the people the body urges
///   (`deadline_urge` then `deadline_people`: "tuyên truyền, vận động hội
///   viên … đăng ký … trước khi đốt", "khuyến cáo người dân đi tiêm phòng
///   ngay sau khi bị chó, mèo cắn"): the time of the people's act;
/// - "sau …" right after a start of work (`deadline_ban_start`: "khởi công
///   sau Tết"): the earliest the work may begin;
/// - "trước …" after "không" (or "không được") and a start of work
///   (`deadline_ban_start`) in its clause ("không xuống giống lúa … trước
///   ngày 20/4/2026"): the earliest day the start may come, no time for the
///   work.
fn drop_people_acts(key: &str, kept: Vec<Candidate>, rules: &Rules) -> Vec<Candidate> {
    let (Some(urge), Some(people)) = (
        rules.optional_list("deadline_urge"),
        rules.optional_list("deadline_people"),
    ) else {
        return kept;
    };
    let opens = |phrase: &str, heads: &[&str]| {
        heads.iter().any(|p| {
            phrase
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
    };
    kept.into_iter()
        .filter(|c| {
            let phrase = &key[c.range.clone()];
            // (also a bare "sau": "vận động học sinh bỏ học quay lại lớp sau
            // Tết" times the pupils' return, not the body's campaign; "trước
            // Tết" after such people stays the campaign's bound: "vận động
            // nhân dân tổng vệ sinh trước Tết")
            let from_act = opens(phrase, &["trước khi", "sau ", "ngay sau khi", "ngay khi"]);
            let before = opens(phrase, &["trước "]);
            if !from_act && !before {
                return true;
            }
            let from = key[..c.range.start]
                .rfind(['.', ';', '\n'])
                .map_or(0, |i| i + 1);
            let toks = crate::tokens::tokenize(&key[from..c.range.start], 0);
            let words: Vec<crate::tokens::Token> = toks.into_iter().filter(|t| t.word).collect();
            // A time set off as the campaign's peak ("vận động học sinh trở
            // lại trường, nhất là sau dịp nghỉ Tết Nguyên đán") stresses when
            // the body's own work matters most: the body's time, kept.
            if let [.., a, b] = words.as_slice() {
                if b.lower == "là" && (a.lower == "nhất" || a.lower == "biệt") {
                    return true;
                }
            }
            // "Các tuyến đường phải khởi công sau Tết Nguyên đán …": a time
            // right after a start of work (`deadline_ban_start`, at most two
            // words between) says when the work may begin, not when it is due.
            if opens(phrase, &["sau "]) {
                let clause = key[from..c.range.start].rfind([',', ':']).unwrap_or(0);
                let n = words.len();
                let starts_work = rules.optional_list("deadline_ban_start").is_some_and(|l| {
                    (n.saturating_sub(4)..n).any(|i| {
                        words[i].start >= clause
                            && l.match_at(&words, i)
                                .is_some_and(|(len, _)| i + len + 2 >= n)
                    })
                });
                if starts_work {
                    return false;
                }
            }
            if before && !from_act {
                // the clause: from the last comma (token offsets count from `from`)
                let clause = key[from..c.range.start].rfind([',', ':']).unwrap_or(0);
                let Some(ban) = rules.optional_list("deadline_ban_start") else {
                    return true;
                };
                return !(0..words.len()).any(|i| {
                    let at = if words.get(i + 1).is_some_and(|w| w.lower == "được") {
                        i + 2
                    } else {
                        i + 1
                    };
                    words[i].start >= clause
                        && words[i].lower == "không"
                        && ban.match_at(&words, at).is_some()
                });
            }
            !(0..words.len()).any(|i| {
                urge.match_at(&words, i).is_some_and(|(n, _)| {
                    // "vận động toàn thể người dân", "khuyến cáo các hộ dân"
                    (i + n..(i + n + 3).min(words.len()))
                        .any(|j| people.match_at(&words, j).is_some())
                })
            })
        })
        .collect()
}

/// The end of the separator when `phrase` lists exactly two whole days (group
/// `sep` of `deadline_dated_list`) and the second is the day after the first.
fn consecutive_days(phrase: &str, re: &Pattern, rules: &Rules) -> Option<usize> {
    let caps = re.captures(phrase)?;
    let sep = caps.name("sep")?;
    if re.find_at(phrase, sep.end()).is_some() {
        return None;
    }
    let day = |part: &str| match resolve(part, None, None, rules) {
        Resolved::Value(v) => v.date,
        Resolved::Reject => None,
    };
    let first = day(&phrase[..sep.start()])?;
    let second = day(&phrase[sep.end()..])?;
    (first.succ_opt()? == second).then_some(sep.end())
}

/// Two whole days (each with its year) under one cue, "trước ngày
/// 20/6/2018 và 20/12/2018", are two deadlines: the first keeps the cue, the
/// second is the day as printed (`[regex deadline_dated_list]`, optional,
/// group `sep` between them). Days that share their month ("trong hai ngày
/// 03 và 04/6/2026") are one.
fn split_dated_lists(key: &str, kept: Vec<Candidate>, rules: &Rules) -> Vec<Candidate> {
    let Some(re) = rules.optional_regex("deadline_dated_list") else {
        return kept;
    };
    let mut out = Vec::with_capacity(kept.len());
    for c in kept {
        if c.kind != DeadlineKind::Date || c.value.is_some() {
            out.push(c);
            continue;
        }
        let phrase = &key[c.range.clone()];
        // Days that a round follows ("định kỳ trước ngày 01/6 và 15/11 hằng
        // năm") are one recurring phrase.
        let after = key[c.range.end..].trim_start().to_lowercase();
        if ["hằng ", "hàng ", "mỗi "]
            .iter()
            .any(|w| after.starts_with(w))
        {
            out.push(c);
            continue;
        }
        // Two days that follow each other ("nghỉ học ngày 05/9/2025 và ngày
        // 06/9/2025") are one two-day span, due its last day.
        if let Some(sep) = consecutive_days(phrase, re, rules) {
            out.push(Candidate {
                value: Some(c.range.start + sep..c.range.end),
                ..c
            });
            continue;
        }
        let mut start = c.range.start;
        let mut at = 0;
        while let Some(sep) = re.captures_at(phrase, at).and_then(|caps| {
            caps.name("sep")
                .or_else(|| caps.name("sep2"))
                .or_else(|| caps.name("sep3"))
        }) {
            out.push(Candidate {
                range: start..c.range.start + sep.start(),
                kind: c.kind,
                value: None,
            });
            start = c.range.start + sep.end();
            at = sep.end();
        }
        out.push(Candidate {
            range: start..c.range.end,
            kind: c.kind,
            value: None,
        });
    }
    out
}

/// "hướng dẫn quyết toán kinh phí sau bầu cử trước ngày 30/4/2026": a
/// time after an event right before a day is when the work starts, the day
/// when it is due; only the day is kept.
fn drop_starts_before_days(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(kept.len());
    for (i, c) in kept.iter().enumerate() {
        let day_next = kept.get(i + 1).is_some_and(|n| {
            n.kind == DeadlineKind::Date
                && key[c.range.end..n.range.start].trim().is_empty()
                && key[n.range.clone()].bytes().any(|b| b.is_ascii_digit())
        });
        if c.kind == DeadlineKind::Date && day_next {
            let words = crate::tokens::phrase_tokens(&key[c.range.clone()]);
            let after = matches!(words.first().map(String::as_str), Some("sau"))
                || (words.len() > 1 && words[0] == "ngay" && words[1] == "sau");
            if after {
                continue;
            }
        }
        out.push(c.clone());
    }
    out
}

/// A season with no digits, right before the part of a year it falls in:
/// "trong mùa cao điểm cuối năm 2022" is one span, due at that year's end
/// (a day after a season is a deadline of its own: "trong mùa khô trước
/// ngày 30/4").
fn is_season_of_year(words: &[&crate::tokens::Token], next: &str) -> bool {
    let cues = words
        .iter()
        .take_while(|w| SPAN_CUES.iter().any(|c| w.is(c)))
        .count();
    let season = cues > 0 && words.get(cues).is_some_and(|w| w.is("mùa"));
    let next: Vec<String> = crate::tokens::phrase_tokens(next);
    let of_year = match next.as_slice() {
        [n, ..] if n == "năm" => true,
        [p, n, ..] => (p == "cuối" || p == "giữa" || p == "đầu") && n == "năm",
        _ => false,
    };
    season
        && of_year
        && !words
            .iter()
            .any(|w| w.lower.bytes().any(|b| b.is_ascii_digit()))
}

fn trim_phrase(key: &str, r: Range<usize>) -> Range<usize> {
    let text = &key[r.clone()];
    let lead = text
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let mut body = &text[lead..];
    while let Some(last) = body.chars().next_back() {
        let keep = last.is_alphanumeric()
            || (last == ')' && body.matches('(').count() >= body.matches(')').count());
        if keep {
            break;
        }
        body = &body[..body.len() - last.len_utf8()];
    }
    let start = r.start + lead;
    start..start + body.len()
}

/// Join a recurrence with a date or period written right next to it (at most a
/// comma between): "trước ngày 25/12 hằng năm" is one yearly deadline, not a
/// date plus a recurrence. A period after a recurrence that `fixed` (given
/// the recurrence and the period) says is
/// dated with its own year stays apart: it bounds all the rounds.
fn merge_recurrences(
    key: &str,
    kept: Vec<Candidate>,
    fixed: impl Fn(&str, &str) -> bool,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for c in kept {
        if let Some(prev) = out.last_mut() {
            let gap = &key[prev.range.end..c.range.start];
            let gap = gap.trim();
            let touching = gap.is_empty() || gap == ",";
            // A latest day cued anew after the round's comma ("hằng quý,
            // chậm nhất vào ngày 05 của tháng đầu quý sau") is the round's
            // own deadline, printed apart: two phrases.
            let cued_anew = gap == ","
                && prev.kind == DeadlineKind::Recurring
                && c.kind != DeadlineKind::Recurring
                && {
                    let words = crate::tokens::phrase_tokens(&key[c.range.clone()]);
                    matches!(
                        (
                            words.first().map(String::as_str),
                            words.get(1).map(String::as_str)
                        ),
                        (Some("chậm" | "muộn"), Some("nhất"))
                    )
                };
            let touching = touching && !cued_anew;
            let recurring =
                prev.kind == DeadlineKind::Recurring || c.kind == DeadlineKind::Recurring;
            // (an event's span is dated by the days joined to it: "trước 15
            // giờ hằng ngày trong thời gian nghỉ Tết từ 14/02/2026 đến
            // 22/02/2026" is a daily round and the holiday's window)
            let value = c.value.clone().unwrap_or(c.range.clone());
            let bounds_the_rounds = prev.kind == DeadlineKind::Recurring
                && ((c.kind == DeadlineKind::Period
                    && fixed(&key[prev.range.clone()], &key[value]))
                    || ends_the_rounds(&key[c.range.clone()]));
            if touching && recurring && !bounds_the_rounds {
                prev.range.end = c.range.end;
                prev.kind = DeadlineKind::Recurring;
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Whether a phrase after a recurrence is the day the rounds end ("cập nhật
/// hằng tuần đến ngày 15/3/2026", "định kỳ 2 buổi/ngày từ nay đến ngày bầu
/// cử", "… trong suốt mùa khô"): a deadline of its own, not a part of
/// each round.
fn ends_the_rounds(phrase: &str) -> bool {
    let words = crate::tokens::phrase_tokens(phrase);
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    matches!(
        (w(0), w(1)),
        ("đến", _) | ("tới", _) | ("cho", "đến") | ("từ", "nay") | ("từ", "bây")
            // (a season or an event throughout which the rounds go on:
            // "định kỳ 02 lần/tuần trong suốt mùa khô")
            | ("trong", "suốt") | ("suốt", _) | ("xuyên", "suốt")
            // (a season the rounds fall in: "phát sóng định kỳ hàng tuần
            // trong mùa khô")
            | ("trong", "mùa")
    )
}

/// A bare "định kỳ" with another round after it in its sentence ("Chế độ
/// báo cáo định kỳ thực hiện hằng quý"): the kind of report, the round says
/// how often. Only the round is kept.
fn drop_bare_rounds(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    let bare = |c: &Candidate| {
        c.kind == DeadlineKind::Recurring
            && crate::tokens::phrase_tokens(&key[c.range.clone()]) == ["định", "kỳ"]
    };
    let mut out: Vec<Candidate> = Vec::with_capacity(kept.len());
    for (i, c) in kept.iter().enumerate() {
        let round_after = kept.get(i + 1).is_some_and(|n| {
            n.kind == DeadlineKind::Recurring
                && !key[c.range.end..n.range.start].contains(['.', ';', '\n'])
        });
        if !(bare(c) && round_after) {
            out.push(c.clone());
        }
    }
    out
}

/// Days printed with one cue and joined by "và" to a yearly or monthly day
/// ("trước ngày 15/6 và trước ngày 15/12 hằng năm"): the recurrence printed
/// once holds for both, so the first recurs too (without a year of its own).
fn share_recurrence(key: &str, mut kept: Vec<Candidate>) -> Vec<Candidate> {
    for i in 1..kept.len() {
        let (a, b) = (&kept[i - 1], &kept[i]);
        if a.kind == DeadlineKind::Recurring || b.kind != DeadlineKind::Recurring {
            continue;
        }
        let gap = key[a.range.end..b.range.start].trim();
        let first = &key[a.range.clone()];
        let second = &key[b.range.clone()];
        let cue = |p: &str| p.split_whitespace().next().map(str::to_lowercase);
        let has_year = first
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4);
        if (gap == "và" || gap == ",") && cue(first) == cue(second) && !has_year {
            kept[i - 1].kind = DeadlineKind::Recurring;
        }
    }
    kept
}

/// Mend OCR slips inside dates: `l`/`I` read for 1 and `O`/`o` for 0
/// ("trước ngày l5/7/2008", "3O/5/2008"). Only a token of two or three parts
/// joined by `/`, `.` or `-`, each part of digits and slips with at least one
/// digit, is mended, so "quý I/2024" and "số 1O/CT" stay as printed. Every
/// replacement is one ASCII byte for another: offsets do not move.
fn mend_ocr_dates(key: &str) -> std::borrow::Cow<'_, str> {
    fn slip(b: u8) -> bool {
        matches!(b, b'l' | b'I' | b'O' | b'o')
    }
    let bytes = key.as_bytes();
    if !bytes.iter().any(|&b| slip(b)) {
        return std::borrow::Cow::Borrowed(key);
    }
    let mut out = bytes.to_vec();
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b.is_ascii_digit() || slip(b))
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80));
        if !starts {
            i += 1;
            continue;
        }
        // The token: digits, slips and separators.
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit() || slip(bytes[end]) || b"/.-".contains(&bytes[end]))
        {
            end += 1;
        }
        // A separator at the end closes a sentence, not the date.
        let mut stop = end;
        while stop > i && b"/.-".contains(&bytes[stop - 1]) {
            stop -= 1;
        }
        let followed_by_word =
            end < bytes.len() && (bytes[end].is_ascii_alphabetic() || bytes[end] >= 0x80);
        let token = &bytes[i..stop];
        let parts: Vec<&[u8]> = token.split(|c| b"/.-".contains(c)).collect();
        let date_like = !followed_by_word
            && (2..=3).contains(&parts.len())
            && parts.iter().enumerate().all(|(k, p)| {
                let len_ok = if k == 2 {
                    matches!(p.len(), 2 | 4)
                } else {
                    (1..=2).contains(&p.len())
                };
                len_ok && p.iter().any(u8::is_ascii_digit)
            })
            && token.iter().any(|&c| slip(c));
        if date_like {
            for k in i..stop {
                out[k] = match bytes[k] {
                    b'l' | b'I' => b'1',
                    b'O' | b'o' => b'0',
                    c => c,
                };
            }
            changed = true;
        }
        i = end.max(i + 1);
    }
    if !changed {
        return std::borrow::Cow::Borrowed(key);
    }
    // Only ASCII bytes were swapped for ASCII bytes.
    match String::from_utf8(out) {
        Ok(s) => std::borrow::Cow::Owned(s),
        Err(_) => std::borrow::Cow::Borrowed(key),
    }
}

fn is_past(date: NaiveDate, notice: NaiveDate, short: bool) -> bool {
    // A count of months ("9 tháng đầu năm") that is over by the notice date is
    // a reporting period, so it gets no tolerance.
    let tolerance = if short { 0 } else { PAST_TOLERANCE_DAYS };
    match notice.checked_sub_days(Days::new(tolerance)) {
        Some(limit) => date < limit,
        None => false,
    }
}

enum Resolved {
    /// The phrase only looked like a date ("trước 21/42").
    Reject,
    Value(Value),
}

#[derive(Debug, Default, PartialEq)]
struct Value {
    date: Option<NaiveDate>,
    /// The year was printed, not taken from the notice.
    explicit_year: bool,
    /// A count of months from the start of a year.
    short: bool,
}

/// The unit a value names; its last day is the deadline.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Day(u32, u32),
    Month(u32),
    Fixed(NaiveDate),
}

impl Unit {
    fn last_day(self, year: i32) -> Option<NaiveDate> {
        match self {
            Unit::Day(m, d) => NaiveDate::from_ymd_opt(year, m, d),
            Unit::Month(m) => month_end(year, m),
            Unit::Fixed(date) => Some(date),
        }
    }
}

/// One value read from a phrase, with the year printed next to it.
#[derive(Debug, Clone, Copy)]
struct Reading {
    unit: Unit,
    year: Option<i32>,
}

/// The latest day a phrase allows.
fn resolve(
    phrase: &str,
    fallback_year: Option<i32>,
    notice: Option<NaiveDate>,
    rules: &Rules,
) -> Resolved {
    // An event with its day in brackets ("trước khai giảng năm học mới (ngày
    // 05/9/2023)") is due that day, though the event's name alone fixes none.
    if let Some((outer, inner)) = phrase
        .strip_suffix(')')
        .and_then(|p| p.rfind('(').map(|i| (&p[..i], &p[i + 1..])))
        // A rough part of a year in brackets ("tại kỳ họp thứ 3 HĐND huyện
        // khóa XI (cuối năm 2016)") fixes no day of the event (optional
        // section `deadline_bracket_vague`).
        .filter(|(_, inner)| {
            rules
                .optional_regex("deadline_bracket_vague")
                .is_none_or(|re| !re.is_match(inner.trim()))
        })
    {
        if let Resolved::Value(v) = resolve(inner, fallback_year, notice, rules) {
            if v.date.is_some() {
                return Resolved::Value(v);
            }
        }
        // A day with what it is in brackets ("chậm nhất ngày 13/5/2021 (10
        // ngày trước ngày bầu cử)"): due that day.
        if let Resolved::Value(v) = resolve(outer.trim_end(), fallback_year, notice, rules) {
            if v.date.is_some() {
                return Resolved::Value(v);
            }
        }
    }
    // The day of an event printed after its name ("trong ngày bầu cử
    // 23/5/2021", "trước ngày khai giảng 5-9"): due that day, though the
    // event's name alone fixes none. Optional section (group `day`).
    if let Some(re) = rules.optional_regex("deadline_event_day") {
        let caps = re.captures(phrase);
        if let Some(day) = caps.as_ref().and_then(|c| group(c, "day")) {
            if let Resolved::Value(v) = resolve(day, fallback_year, notice, rules) {
                if v.date.is_some() {
                    return Resolved::Value(v);
                }
            }
        }
    }
    // Tonight or today named with "nay" ("ngay trong đêm nay"): the
    // notice's (or the news report's) own day. Optional section.
    // With tomorrow joined ("ngay trong đêm nay và ngày mai", group
    // `tomorrow`), the day after.
    if let (Some(re), Some(n)) = (rules.optional_regex("deadline_value_today"), notice) {
        if let Some(caps) = re.captures(phrase) {
            let date = if group(&caps, "tomorrow").is_some() {
                n.succ_opt()
            } else {
                Some(n)
            };
            return Resolved::Value(Value {
                date,
                explicit_year: false,
                short: false,
            });
        }
    }
    // A weekday of this or next week ("vào thứ Hai tuần sau"), from the
    // notice's date. Optional section.
    if let Some(re) = rules.optional_regex("deadline_value_weekday") {
        if let Some(caps) = re.captures(phrase) {
            let day = match group(&caps, "wd") {
                Some(w) => match w.to_lowercase().as_str() {
                    "hai" | "2" => Some(0),
                    "ba" | "3" => Some(1),
                    "tư" | "4" => Some(2),
                    "năm" | "5" => Some(3),
                    "sáu" | "6" => Some(4),
                    "bảy" | "7" => Some(5),
                    _ => None,
                },
                // "chủ nhật tuần sau", or next week whole ("trong tuần
                // tới"): its Sunday, the last day it allows.
                None => Some(6),
            };
            let weeks = group(&caps, "rel").and_then(|r| relative(r, rules));
            let date = match (notice, day, weeks) {
                (Some(n), Some(day), Some(weeks)) => {
                    let monday =
                        n - chrono::Duration::days(i64::from(n.weekday().num_days_from_monday()));
                    Some(monday + chrono::Duration::days(7 * i64::from(weeks) + day))
                }
                _ => None,
            };
            return Resolved::Value(Value {
                date,
                explicit_year: false,
                short: false,
            });
        }
    }
    if let Some(date) = epidemic_week_end(phrase, rules) {
        return Resolved::Value(Value {
            date: Some(date),
            explicit_year: true,
            short: false,
        });
    }
    if let Some(date) = new_year_day(phrase, notice, rules) {
        return Resolved::Value(Value {
            date: Some(date),
            explicit_year: true,
            short: false,
        });
    }
    // The end of a whole period named as an event ("trước khi kết thúc năm
    // 2021", "trước khi hết tháng 3/2026"): due at the period's last day,
    // though an event after "trước khi" fixes none. Optional section
    // `deadline_period_end` (group `at`, the period).
    if let Some(re) = rules.optional_regex("deadline_period_end") {
        if let Some(at) = re.captures(phrase).as_ref().and_then(|c| group(c, "at")) {
            if at.len() < phrase.len() {
                return resolve(at, fallback_year, notice, rules);
            }
        }
    }
    if rules.regex("deadline_undated").is_match(phrase) {
        return Resolved::Value(Value::default());
    }
    let ctx = Ctx {
        rules,
        notice,
        fallback_year,
    };

    // N tháng đầu / cuối năm.
    let re = rules.regex("deadline_value_half");
    let halves: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| {
            let month = match (group(&caps, "first"), group(&caps, "last")) {
                (Some(n), _) => number(n, rules).filter(|m| (1..=12).contains(m))?,
                (None, Some(_)) => 12,
                _ => return None,
            };
            Some(Reading {
                unit: Unit::Month(month),
                year: ctx.year(&caps),
            })
        })
        .collect();
    if !halves.is_empty() {
        // A span to act in ("trong 6 tháng đầu năm") without its year, in a
        // notice issued more than a quarter after it ended, is next year's:
        // the work cannot fall in a half-year long gone (a reporting period
        // has no cue before it and stays history).
        if let Some(n) = notice {
            let lower = phrase.to_lowercase();
            let cued = ["trong ", "ngay trong ", "trước ", "đến hết "]
                .iter()
                .any(|c| lower.starts_with(c));
            let next: Option<Vec<Reading>> = halves
                .iter()
                .map(|r| -> Option<Reading> {
                    let end = r.unit.last_day(n.year())?;
                    let gone = end.checked_add_days(Days::new(HALF_GONE_DAYS))? < n;
                    if r.year.is_some() || !gone {
                        return None;
                    }
                    Some(Reading {
                        unit: Unit::Fixed(r.unit.last_day(n.year() + 1)?),
                        year: None,
                    })
                })
                .collect();
            if let (true, Some(next)) = (cued, next) {
                return Resolved::Value(ctx.settle(&next, false));
            }
        }
        return Resolved::Value(ctx.settle(&halves, true));
    }

    // A delay counts from a printed day, or fixes nothing.
    let re = rules.regex("deadline_value_duration");
    if let Some(caps) = re.captures(phrase) {
        let start = match (
            group(&caps, "d").and_then(|d| number(d, rules)),
            group(&caps, "m").and_then(|m| number(m, rules)),
            group(&caps, "y").and_then(parse_year),
        ) {
            (Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(y, m, d),
            // "kể từ ngày ký / ban hành Thông báo này": the notice's own date.
            _ if group(&caps, "issued").is_some() => notice,
            _ => None,
        };
        let n = group(&caps, "n").and_then(|n| number(n, rules));
        let unit = group(&caps, "u").and_then(|u| rules.list("deadline_units").value_of(u));
        // Working days skip holidays we do not know.
        let working = group(&caps, "work").is_some();
        let date = match (start, n, unit, working) {
            (Some(start), Some(n), Some(unit), false) => add(start, n, unit),
            _ => None,
        };
        return Resolved::Value(Value {
            date,
            explicit_year: date.is_some(),
            short: false,
        });
    }

    let re = rules.regex("deadline_value_day");
    let mut malformed = false;
    let days: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| {
            let d = group(&caps, "d").and_then(|d| number(d, rules))?;
            let m = group(&caps, "m").and_then(|m| number(m, rules))?;
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
                malformed = true;
                return None;
            }
            Some(Reading {
                unit: Unit::Day(m, d),
                year: ctx.year(&caps),
            })
        })
        .collect();
    if !days.is_empty() {
        return Resolved::Value(ctx.settle(&days, false));
    }

    let re = rules.regex("deadline_value_quarter");
    let quarters: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| match group(&caps, "q") {
            Some(q) => {
                let q = number(q, rules).filter(|q| (1..=4).contains(q))?;
                Some(Reading {
                    unit: Unit::Month(q * 3),
                    year: ctx.year(&caps),
                })
            }
            // "quý này / quý tới": the notice's quarter or a later one.
            None => {
                let shift = group(&caps, "rel").and_then(|w| relative(w, rules))?;
                let n = notice?;
                let index = n.year() * 4 + (n.month0() / 3) as i32 + shift;
                let date = month_end(index.div_euclid(4), (index.rem_euclid(4) as u32 + 1) * 3)?;
                Some(Reading {
                    unit: Unit::Fixed(date),
                    year: None,
                })
            }
        })
        .collect();
    if !quarters.is_empty() {
        let value = ctx.settle(&quarters, false);
        return Resolved::Value(before_period(value, phrase, Period::Quarter, rules));
    }

    // The first days of a month ("tuần đầu tháng 01/2026"): read before
    // the month whole, after days and quarters (most phrases stop there).
    if rules.has("deadline_value_month_start") && rules.has("deadline_month_start_days") {
        let re = rules.regex("deadline_value_month_start");
        if let Some(caps) = re.captures(phrase) {
            let named = group(&caps, "part").or_else(|| group(&caps, "week"));
            let days = match named {
                Some(part) => rules
                    .list("deadline_month_start_days")
                    .value_of(
                        &part
                            .to_lowercase()
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                    .and_then(|v| v.parse::<u32>().ok()),
                None => group(&caps, "n").and_then(|n| number(n, rules)),
            };
            let month = group(&caps, "m")
                .and_then(|m| number(m, rules))
                .filter(|m| (1..=12).contains(m));
            if let (Some(d), Some(m)) = (days.filter(|d| (1..=28).contains(d)), month) {
                let reading = Reading {
                    unit: Unit::Day(m, d),
                    year: ctx.year(&caps),
                };
                return Resolved::Value(ctx.settle(&[reading], false));
            }
        }
    }

    let re = rules.regex("deadline_value_month");
    let months: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| match group(&caps, "m") {
            Some(m) => {
                let m = number(m, rules).filter(|m| (1..=12).contains(m))?;
                Some(Reading {
                    unit: Unit::Month(m),
                    year: ctx.year(&caps),
                })
            }
            // "tháng này / tháng tới".
            None => {
                let shift = group(&caps, "rel").and_then(|w| relative(w, rules))?;
                let n = notice?;
                let index = n.year() * 12 + n.month0() as i32 + shift;
                let date = month_end(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)?;
                Some(Reading {
                    unit: Unit::Fixed(date),
                    year: None,
                })
            }
        })
        .collect();
    if !months.is_empty() {
        let value = ctx.settle(&months, false);
        return Resolved::Value(before_period(value, phrase, Period::Month, rules));
    }

    let re = rules.regex("deadline_value_year");
    let years: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| {
            let year = ctx.year(&caps)?;
            Some(Reading {
                unit: Unit::Month(12),
                year: Some(year),
            })
        })
        .collect();
    if !years.is_empty() {
        let value = ctx.settle(&years, false);
        return Resolved::Value(before_period(value, phrase, Period::Year, rules));
    }

    if rules.regex("deadline_year_end").is_match(phrase) {
        return Resolved::Value(Value {
            date: fallback_year.and_then(|y| month_end(y, 12)),
            explicit_year: false,
            short: false,
        });
    }
    if malformed {
        return Resolved::Reject;
    }
    Resolved::Value(Value::default())
}

/// The kind of period a value named, to find where it starts.
#[derive(Debug, Clone, Copy)]
enum Period {
    Month,
    Quarter,
    Year,
}

/// The Sunday of the last numbered week of a year a phrase names
/// (`deadline_value_epidemic_week`, optional section: groups `w`, `y`).
fn epidemic_week_end(phrase: &str, rules: &Rules) -> Option<NaiveDate> {
    let re = rules.optional_regex("deadline_value_epidemic_week")?;
    re.captures_iter(phrase)
        .filter_map(|caps| {
            let week = group(&caps, "w")?.parse::<u32>().ok()?;
            let year = group(&caps, "y")?.parse::<i32>().ok()?;
            NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Sun)
        })
        .last()
}

/// New Year's Day (`deadline_value_new_year`, optional section): 1 January
/// of the year printed after it, or of the year after the notice's; none
/// for a phrase of `deadline_value_new_year_not`.
fn new_year_day(phrase: &str, notice: Option<NaiveDate>, rules: &Rules) -> Option<NaiveDate> {
    let caps = rules
        .optional_regex("deadline_value_new_year")?
        .captures(phrase)?;
    if rules
        .optional_regex("deadline_value_new_year_not")
        .is_some_and(|re| re.is_match(phrase))
    {
        return None;
    }
    let year = match group(&caps, "y") {
        Some(y) => y.parse::<i32>().ok()?,
        None => notice?.year() + 1,
    };
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// "trước tháng 4/2024" allows no day of April: the work is due the day
/// before the period starts, while "trước ngày 30/6" keeps its day (the
/// day itself is the last one allowed, as the guidelines read it). Only
/// a phrase of `deadline_before_period` (optional section) is moved.
fn before_period(value: Value, phrase: &str, period: Period, rules: &Rules) -> Value {
    let before = rules
        .optional_regex("deadline_before_period")
        .is_some_and(|re| re.is_match(phrase));
    let Some(end) = value.date.filter(|_| before) else {
        return value;
    };
    let start = match period {
        Period::Month => NaiveDate::from_ymd_opt(end.year(), end.month(), 1),
        Period::Quarter => NaiveDate::from_ymd_opt(end.year(), (end.month0() / 3) * 3 + 1, 1),
        Period::Year => NaiveDate::from_ymd_opt(end.year(), 1, 1),
    };
    Value {
        date: start.and_then(|d| d.pred_opt()),
        ..value
    }
}

struct Ctx<'r> {
    rules: &'r Rules,
    notice: Option<NaiveDate>,
    fallback_year: Option<i32>,
}

impl Ctx<'_> {
    /// The year a value match prints: digits (`y`), or a word relative to the
    /// notice (`rel`: "năm nay", "năm tới").
    fn year(&self, caps: &Captures) -> Option<i32> {
        if let Some(y) = group(caps, "y") {
            return parse_year(y);
        }
        let shift = group(caps, "rel").and_then(|w| relative(w, self.rules))?;
        self.notice.map(|d| d.year() + shift)
    }

    /// The latest day of several values of one kind. A value without a year
    /// takes the year printed on a sibling ("quý I và quý II/2024"), else the
    /// fallback year; a day so dated that falls well before the notice is
    /// next year's ("trước ngày 15/1" in a December notice).
    fn settle(&self, readings: &[Reading], short: bool) -> Value {
        let printed = readings.iter().filter_map(|r| r.year).max();
        let mut best: Option<NaiveDate> = None;
        for r in readings {
            let date = match r.year.or(printed) {
                Some(y) => r.unit.last_day(y),
                None => self.fallback_year.and_then(|y| {
                    let date = r.unit.last_day(y)?;
                    match self.notice {
                        Some(n) if !short && is_past(date, n, false) => {
                            r.unit.last_day(y + 1).or(Some(date))
                        }
                        _ => Some(date),
                    }
                }),
            };
            if let Some(d) = date {
                if best.is_none_or(|b| d > b) {
                    best = Some(d);
                }
            }
        }
        Value {
            date: best,
            explicit_year: printed.is_some(),
            short,
        }
    }
}

/// The text of the first participating group named `base` or `base` + digits
/// (alternatives of one section cannot share a group name).
fn group<'t>(caps: &Captures<'t>, base: &str) -> Option<&'t str> {
    caps.capture_names()
        .flatten()
        .filter(|name| {
            name.strip_prefix(base)
                .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit()))
        })
        .find_map(|name| caps.name(name).map(|m| m.as_str()))
}

/// A printed year; two digits are of this century.
fn parse_year(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    let y = if s.len() <= 2 { 2000 + y } else { y };
    (1900..=2200).contains(&y).then_some(y)
}

/// Digits, or a word or Roman numeral of `deadline_numbers`.
fn number(s: &str, rules: &Rules) -> Option<u32> {
    let s = s.trim();
    if !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    rules.list("deadline_numbers").value_of(s)?.parse().ok()
}

fn relative(word: &str, rules: &Rules) -> Option<i32> {
    rules
        .list("deadline_relative")
        .value_of(word.trim())?
        .parse()
        .ok()
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

/// `start` plus a delay in a unit of `deadline_units`.
/// Days a delay may be counted from besides the notice's own: the meeting
/// the notice reports, and the day the document takes effect when printed.
#[derive(Debug, Clone, Default)]
pub struct Starts {
    pub meeting: Option<NaiveDate>,
    pub effective: Option<NaiveDate>,
    /// In a news report, the documents it reports with their printed days
    /// ("Thông báo số 58/TB-VP ngày 11/4/2018"): kind (lowercase) and day.
    pub reported: Vec<(String, NaiveDate)>,
    /// The notice's own kind (lowercase, `kết luận thanh tra`) and day: a
    /// delay "kể từ ngày ký Kết luận thanh tra" without "này" in a notice of
    /// that kind counts from its own signing, as "… Kết luận này" does.
    pub own: Option<(String, NaiveDate)>,
    /// Named events whose day the notice prints ("ngày bầu cử 15/3/2026"):
    /// the event's key and its day, `None` when printed with two different
    /// days. Read once per notice, only when a lead time may use them.
    pub events: Vec<(String, Option<NaiveDate>)>,
}

impl Starts {
    /// The meeting's day from the header, else (a news report) the day that
    /// opens a paragraph of the lead ("Chiều 11/6, …"), its year the
    /// notice's; the effective day printed anywhere ("Quyết định này có hiệu
    /// lực kể từ ngày 25 tháng 7 năm 2022"). Optional sections
    /// `deadline_meeting_day` and `deadline_effective_day` (groups d, m, y).
    pub fn read(
        key: &str,
        meeting: Option<NaiveDate>,
        notice: Option<NaiveDate>,
        news: bool,
        rules: &Rules,
    ) -> Starts {
        let day = |name: &str| -> Option<NaiveDate> {
            let re = rules.optional_regex(name)?;
            let caps = re.captures(key)?;
            let d = group(&caps, "d").and_then(|d| number(d, rules))?;
            let m = group(&caps, "m").and_then(|m| number(m, rules))?;
            let y = group(&caps, "y")
                .and_then(parse_year)
                .or_else(|| notice.map(|n| n.year()))?;
            NaiveDate::from_ymd_opt(y, m, d)
        };
        let events = read_events(key, notice, rules);
        // Most notices count no delay from a day: skip the passes over them.
        if !key.contains("từ ngày") {
            return Starts {
                meeting,
                effective: None,
                reported: Vec::new(),
                own: None,
                events,
            };
        }
        // A news report counting a delay "kể từ ngày ký Thông báo" counts it
        // from the notice it reports (optional section
        // `deadline_reported_day`, groups kind, d, m, y).
        let reported = match rules.optional_regex("deadline_reported_day") {
            Some(re) if news => re
                .captures_iter(key)
                .filter_map(|caps| {
                    let kind = group(&caps, "kind")?;
                    let d = group(&caps, "d").and_then(|d| number(d, rules))?;
                    let m = group(&caps, "m").and_then(|m| number(m, rules))?;
                    let y = group(&caps, "y").and_then(parse_year)?;
                    Some((kind_key(kind), NaiveDate::from_ymd_opt(y, m, d)?))
                })
                .collect(),
            _ => Vec::new(),
        };
        Starts {
            meeting: meeting.or_else(|| day("deadline_meeting_day")),
            effective: day("deadline_effective_day"),
            reported,
            own: None,
            events,
        }
    }

    /// The date of a lead time before, or a delay after, a named event whose
    /// day the notice prints ("chậm nhất 10 ngày trước ngày bầu cử"): optional
    /// section `deadline_value_event` (groups n, u, event; `after`).
    fn event_date(&self, phrase: &str, rules: &Rules) -> Option<NaiveDate> {
        if self.events.is_empty() {
            return None;
        }
        let re = rules.optional_regex("deadline_value_event")?;
        let caps = re.captures(phrase)?;
        let key = event_key(group(&caps, "event")?, rules);
        let day = self.events.iter().find(|(k, _)| *k == key)?.1?;
        // The end of a window at the event itself ("đến ngày bầu cử") is
        // its day: no lead time.
        let Some(n) = group(&caps, "n") else {
            return Some(day);
        };
        let n = number(n, rules)?;
        let unit = group(&caps, "u").and_then(|u| rules.list("deadline_units").value_of(u))?;
        if group(&caps, "after").is_some() {
            add(day, n, unit)
        } else {
            sub(day, n, unit)
        }
    }

    /// Sets the notice's own kind (as printed in its title) and day.
    pub fn with_own(mut self, kind: Option<&str>, day: Option<NaiveDate>) -> Starts {
        self.own = kind.zip(day).map(|(k, d)| (kind_key(k), d));
        self
    }

    /// The date of a delay counted from the meeting or the effective day
    /// ("trong 15 ngày kể từ ngày cuộc họp", "… kể từ ngày Quyết định này có
    /// hiệu lực"): groups n, u and `meeting` or `effective` of the optional
    /// section `deadline_value_from`.
    pub fn date_of(&self, phrase: &str, rules: &Rules) -> Option<NaiveDate> {
        if let Some(d) = self.event_date(phrase, rules) {
            return Some(d);
        }
        let re = rules.optional_regex("deadline_value_from")?;
        let caps = re.captures(phrase)?;
        let start = if group(&caps, "meeting").is_some() {
            self.meeting
        } else if group(&caps, "effective").is_some() {
            self.effective
        } else if let Some(kind) = group(&caps, "reported") {
            // The first reported document of the kind the phrase names.
            let kind = kind_key(kind);
            self.reported
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, d)| *d)
                .or_else(|| {
                    let (own, day) = self.own.as_ref()?;
                    let named = own == &kind || own.starts_with(&format!("{kind} "));
                    named.then_some(*day)
                })
        } else {
            None
        }?;
        let n = group(&caps, "n").and_then(|n| number(n, rules))?;
        let unit = group(&caps, "u").and_then(|u| rules.list("deadline_units").value_of(u))?;
        add(start, n, unit)
    }
}

/// A document kind as compared between a delay and a reported document:
/// lowercase words joined by one space.
fn kind_key(kind: &str) -> String {
    kind.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The days of named events a notice prints (optional sections
/// `deadline_event_printed`, groups event, d, m, y, and
/// `deadline_printed_event`, whose values join two names of one event); the
/// year the notice's when left out. Read only when the notice holds a lead
/// time before or a delay after such an event (`deadline_value_event`).
fn read_events(
    key: &str,
    notice: Option<NaiveDate>,
    rules: &Rules,
) -> Vec<(String, Option<NaiveDate>)> {
    let Some(printed) = rules.optional_regex("deadline_event_printed") else {
        return Vec::new();
    };
    if !rules.has("deadline_value_event") || !rules.has("deadline_printed_event") {
        return Vec::new();
    }
    // The lead times are anchored on their phrase: look for their count and
    // unit words before searching the notice for events.
    let lead_words = [
        "ngày trước",
        "tuần trước",
        "tháng trước",
        "ngày sau",
        // "Sau ngày bầu cử 10 ngày": the count after the event.
        "sau ngày",
        "Sau ngày",
        "từ ngày",
        "đến ngày",
        "kết thúc",
        // the event's day itself ("trước ngày tựu trường", "trong ngày
        // khai giảng") and a lead time "so với ngày giao quân"
        "trước ngày",
        "trong ngày",
        "so với ngày",
    ];
    if !lead_words.iter().any(|w| key.contains(w)) {
        return Vec::new();
    }
    let mut events: Vec<(String, Option<NaiveDate>)> = Vec::new();
    for caps in printed.captures_iter(key) {
        let Some(event) = group(&caps, "event") else {
            continue;
        };
        let d = group(&caps, "d").and_then(|d| number(d, rules));
        let m = group(&caps, "m").and_then(|m| number(m, rules));
        let y = group(&caps, "y")
            .and_then(parse_year)
            .or_else(|| notice.map(|n| n.year()));
        let Some(day) = (match (d, m, y) {
            (Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(y, m, d),
            _ => None,
        }) else {
            continue;
        };
        let key = event_key(event, rules);
        match events.iter_mut().find(|(k, _)| *k == key) {
            // Two different days for one event: which is meant is unknown.
            Some((_, seen)) => {
                if *seen != Some(day) {
                    *seen = None;
                }
            }
            None => events.push((key, Some(day))),
        }
    }
    events
}

/// An event's key: the value of its name in `deadline_printed_event`, else
/// its words in lower case.
fn event_key(event: &str, rules: &Rules) -> String {
    let words = kind_key(event);
    match rules.list("deadline_printed_event").value_of(&words) {
        Some(v) => v.to_lowercase(),
        None => words,
    }
}

fn sub(day: NaiveDate, n: u32, unit: &str) -> Option<NaiveDate> {
    match unit {
        "day" => day.checked_sub_days(Days::new(u64::from(n))),
        "week" => day.checked_sub_days(Days::new(u64::from(n) * 7)),
        "month" => day.checked_sub_months(Months::new(n)),
        _ => None,
    }
}

fn add(start: NaiveDate, n: u32, unit: &str) -> Option<NaiveDate> {
    match unit {
        "day" => start.checked_add_days(Days::new(u64::from(n))),
        "week" => start.checked_add_days(Days::new(u64::from(n) * 7)),
        "month" => start.checked_add_months(Months::new(n)),
        "year" => start.checked_add_months(Months::new(n.checked_mul(12)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold_pattern;
    use std::sync::OnceLock;

    fn rules() -> &'static Rules {
        static RULES: OnceLock<Rules> = OnceLock::new();
        RULES.get_or_init(|| Rules::embedded().expect("embedded rules load"))
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// (phrase, ISO date, kind) of every deadline, the text folded as the pipeline does.
    fn run(text: &str, notice: Option<NaiveDate>) -> Vec<(String, Option<String>, DeadlineKind)> {
        let key = fold_pattern(text);
        find(&key, notice, rules())
            .into_iter()
            .map(|f| {
                (
                    key[f.range].to_string(),
                    f.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    f.kind,
                )
            })
            .collect()
    }

    /// Exactly one deadline, with this phrase, date and kind.
    #[track_caller]
    fn one(
        text: &str,
        notice: Option<NaiveDate>,
        phrase: &str,
        date: Option<&str>,
        kind: DeadlineKind,
    ) {
        let got = run(text, notice);
        let want = vec![(fold_pattern(phrase), date.map(str::to_string), kind)];
        assert_eq!(got, want, "in: {text}");
    }

    #[track_caller]
    fn none(text: &str, notice: Option<NaiveDate>) {
        assert_eq!(run(text, notice), vec![], "in: {text}");
    }

    use DeadlineKind::{Date, Period, Recurring};

    #[test]
    fn a_year_alone_is_a_deadline_only_as_a_time_cell() {
        let n = ymd(2025, 12, 2);
        let key = fold_pattern(" Năm 2026 ");
        let found = find_in_cell(&key, n, rules());
        assert_eq!(found.len(), 1);
        assert_eq!(&key[found[0].range.clone()], "Năm 2026");
        assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2026, 12, 31));
        // In running text, a year without a cue names a plan or a figure.
        none("Triển khai Kế hoạch chuyển đổi số năm 2026.", n);
        // A cell with more than the year is read as running text.
        assert!(find_in_cell(&fold_pattern("Năm 2026 (tùy nguồn vốn)"), n, rules()).is_empty());
        let found = find_in_cell(&fold_pattern("Quý II/2026"), n, rules());
        assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2026, 6, 30));
    }

    /// A time cell spanning years is due at the end of the last one; a
    /// season of those years fixes no day.
    #[test]
    fn a_span_of_years_in_a_time_cell() {
        let n = ymd(2024, 3, 1);
        for (cell, date) in [
            ("2024-2025", ymd(2025, 12, 31)),
            ("2025 - 2026", ymd(2026, 12, 31)),
            ("Năm 2025 và năm 2026", ymd(2026, 12, 31)),
            ("Giai đoạn 2024 - 2025", ymd(2025, 12, 31)),
            ("Mùa khô 2024 - 2025", None),
            ("Mùa mưa", None),
            ("Tháng 11/2024 - tháng 4/2025", ymd(2025, 4, 30)),
        ] {
            let found = find_in_cell(&fold_pattern(cell), n, rules());
            assert_eq!(found.len(), 1, "{cell}");
            assert_eq!(found[0].date, date, "{cell}");
        }
        // In running text, years alone name a period of a plan.
        none("Triển khai Đề án giai đoạn 2024-2025 trên địa bàn.", n);
        assert!(find_in_cell(&fold_pattern("2024-2025 (dự kiến)"), n, rules()).is_empty());
    }

    #[test]
    fn a_bare_day_is_a_deadline_in_a_time_cell_or_after_finishing() {
        let n = ymd(2024, 8, 20);
        for cell in ["Ngày 13/9/2024", "13/9/2024", " ngày 13/9 "] {
            let found = find_in_cell(&fold_pattern(cell), n, rules());
            assert_eq!(found.len(), 1, "{cell}");
            assert_eq!(found[0].date, ymd(2024, 9, 13), "{cell}");
        }
        // A cell with a day and more is read as running text.
        assert!(
            find_in_cell(&fold_pattern("Ngày 13/9/2024 và các ngày sau"), n, rules()).is_empty()
        );
        one(
            "Nghiệm thu hệ thống phần mềm, hoàn thành ngày 30/9/2024.",
            n,
            "hoàn thành ngày 30/9/2024",
            Some("2024-09-30"),
            Date,
        );
        // In running text a bare day is mostly a cited document's or a past event's.
        none(
            "Thực hiện Công văn của UBND tỉnh ngày 13/8/2024 về phòng chống dịch.",
            n,
        );
    }

    #[test]
    fn the_next_meeting_of_a_hamlet_and_a_harvest_season() {
        let n = ymd(2017, 5, 10);
        one(
            "Ấp trưởng thông báo nội dung này tại cuộc họp ấp gần nhất.",
            n,
            "tại cuộc họp ấp gần nhất",
            None,
            Date,
        );
        one(
            "Công an xã tăng cường tuần tra vườn cao su trong mùa thu hoạch.",
            n,
            "trong mùa thu hoạch",
            None,
            Period,
        );
    }

    #[test]
    fn this_years_end_is_the_notices_year() {
        let n = ymd(2023, 8, 15);
        one(
            "Cuối năm nay, xã phải giảm được ít nhất 5% hộ nghèo.",
            n,
            "Cuối năm nay",
            Some("2023-12-31"),
            Period,
        );
        one(
            "Các thôn rà soát hộ nghèo trong năm nay.",
            n,
            "trong năm nay",
            Some("2023-12-31"),
            Period,
        );
        // A year's end as a time of the year stays undated.
        one(
            "Phòng Nội vụ tổng hợp xếp loại cuối năm.",
            n,
            "cuối năm",
            None,
            Period,
        );
    }

    #[test]
    fn first_days_of_a_month_end_on_their_last_day() {
        let n = ymd(2025, 12, 1);
        one(
            "Sở Tài chính báo cáo UBND tỉnh trong tuần đầu tháng 01/2026.",
            n,
            "trong tuần đầu tháng 01/2026",
            Some("2026-01-07"),
            Period,
        );
        one(
            "Hoàn thành kiểm kê trong nửa đầu tháng 12/2025.",
            n,
            "trong nửa đầu tháng 12/2025",
            Some("2025-12-15"),
            Period,
        );
        one(
            "Gửi hồ sơ về Sở Nội vụ trước 10 ngày đầu tháng 3 năm 2026.",
            n,
            "trước 10 ngày đầu tháng 3 năm 2026",
            Some("2026-03-10"),
            Date,
        );
        // The last part of a month ends with the month.
        one(
            "Tổ chức sơ kết vào tuần cuối tháng 12/2025.",
            n,
            "vào tuần cuối tháng 12/2025",
            Some("2025-12-31"),
            Period,
        );
    }

    #[test]
    fn a_week_of_a_month() {
        let n = ymd(2025, 12, 1);
        one(
            "Tổ chức hội nghị vào tuần thứ hai của tháng 01/2026.",
            n,
            "vào tuần thứ hai của tháng 01/2026",
            Some("2026-01-14"),
            Period,
        );
        // A feast's lunar year is kept (a stem and a branch, not the sixty names).
        one(
            "Hoàn thành sửa chữa trước Tết Nguyên đán Bính Ngọ 2026.",
            n,
            "trước Tết Nguyên đán Bính Ngọ 2026",
            None,
            Date,
        );
    }

    #[test]
    fn until_a_day_without_ngay_and_a_school_year() {
        let n = ymd(2025, 12, 1);
        one(
            "Tổ chức ra quân xử lý vi phạm từ nay đến 31/12/2025.",
            n,
            "từ nay đến 31/12/2025",
            Some("2025-12-31"),
            Period,
        );
        one(
            "Duy trì lực lượng trực đến hết 15/01/2026.",
            n,
            "đến hết 15/01/2026",
            Some("2026-01-15"),
            Date,
        );
        one(
            "Các trường tổ chức dạy bơi cho học sinh trong năm học 2025-2026.",
            n,
            "trong năm học 2025-2026",
            None,
            Period,
        );
        // A school year as the topic is no deadline.
        none("Báo cáo kết quả thực hiện trong năm học vừa qua.", n);
    }

    #[test]
    fn day_before_a_point_in_time_and_events_of_the_school_year() {
        let n = ymd(2025, 11, 3);
        one(
            "Sở Tài chính hoàn thành trước thời điểm 31/12/2025.",
            n,
            "trước thời điểm 31/12/2025",
            Some("2025-12-31"),
            Date,
        );
        one(
            "Các trường hoàn thành sửa chữa cơ sở vật chất trước khai giảng.",
            n,
            "trước khai giảng",
            None,
            Date,
        );
    }

    #[test]
    fn before_a_whole_month_quarter_or_year_is_the_day_before_it_starts() {
        let n = ymd(2024, 3, 5);
        one(
            "Phòng Nội vụ rà soát hồ sơ cán bộ, hoàn thành trước tháng 4/2024.",
            n,
            "trước tháng 4/2024",
            Some("2024-03-31"),
            Date,
        );
        one(
            "Ban Quản lý dự án hoàn thành thủ tục đầu tư trước quý III/2024.",
            n,
            "trước quý III/2024",
            Some("2024-06-30"),
            Date,
        );
        one(
            "Các xã xóa nhà tạm cho hộ nghèo xong trước năm 2025.",
            n,
            "xong trước năm 2025",
            Some("2024-12-31"),
            Date,
        );
        // January: the day before is in the year before.
        one(
            "Trung tâm Y tế hoàn thành tiêm vắc xin trước tháng 01/2025.",
            n,
            "trước tháng 01/2025",
            Some("2024-12-31"),
            Date,
        );
        // The end of a period, or its last day, is still allowed.
        one(
            "Phòng Tài chính - Kế hoạch quyết toán vốn trước cuối tháng 6/2024.",
            n,
            "trước cuối tháng 6/2024",
            Some("2024-06-30"),
            Date,
        );
    }

    #[test]
    fn day_before_and_latest() {
        let n = ymd(2024, 3, 19);
        one(
            "Các phòng chuyên môn hoàn thành việc rà soát trước ngày 30/6/2024.",
            n,
            "trước ngày 30/6/2024",
            Some("2024-06-30"),
            Date,
        );
        one(
            "Gửi báo cáo về Phòng Nội vụ chậm nhất ngày 15/4/2024 để tổng hợp.",
            n,
            "chậm nhất ngày 15/4/2024",
            Some("2024-04-15"),
            Date,
        );
        one(
            "Hạn chót nộp hồ sơ là ngày 20/5/2024, quá hạn không tiếp nhận.",
            n,
            "Hạn chót nộp hồ sơ là ngày 20/5/2024",
            Some("2024-05-20"),
            Date,
        );
        one(
            "Thời hạn hoàn thành: trước ngày 31/8/2024.",
            n,
            "Thời hạn hoàn thành: trước ngày 31/8/2024",
            Some("2024-08-31"),
            Date,
        );
        one(
            "Sở Tài chính tham mưu bố trí kinh phí trước 17 giờ ngày 22/3/2024.",
            n,
            "trước 17 giờ ngày 22/3/2024",
            Some("2024-03-22"),
            Date,
        );
    }

    #[test]
    fn day_without_year_takes_the_notice_year_or_the_next() {
        one(
            "Tổng hợp danh sách gửi Sở Nội vụ trước 15/12.",
            ymd(2023, 11, 2),
            "trước 15/12",
            Some("2023-12-15"),
            Date,
        );
        // Mid-January named in a late-December notice is next January.
        one(
            "Nộp báo cáo tổng kết trước ngày 15/1.",
            ymd(2023, 12, 20),
            "trước ngày 15/1",
            Some("2024-01-15"),
            Date,
        );
        one(
            "Nộp báo cáo tổng kết trước ngày 15/1.",
            None,
            "trước ngày 15/1",
            None,
            Date,
        );
    }

    #[test]
    fn two_digit_years_and_dates_in_words() {
        one(
            "Hoàn thành cấp giấy chứng nhận trước ngày 30/6/24.",
            None,
            "trước ngày 30/6/24",
            Some("2024-06-30"),
            Date,
        );
        one(
            "Các địa phương giải quyết dứt điểm trước ngày 15 tháng 3 năm 2024, cụ thể:",
            None,
            "trước ngày 15 tháng 3 năm 2024",
            Some("2024-03-15"),
            Date,
        );
        one(
            "Phấn đấu khánh thành công trình vào dịp ngày 19/12/2025.",
            ymd(2025, 6, 5),
            "vào dịp ngày 19/12/2025",
            Some("2025-12-19"),
            Date,
        );
    }

    #[test]
    fn months() {
        one(
            "Gửi Thư ký ISO thẩm định trong tháng 6.",
            ymd(2018, 5, 31),
            "trong tháng 6",
            Some("2018-06-30"),
            Period,
        );
        one(
            "Thời gian hoàn thành: tháng 6/2024.",
            None,
            "tháng 6/2024",
            Some("2024-06-30"),
            Period,
        );
        one(
            "Bộ Nội vụ nghiên cứu, báo cáo cấp có thẩm quyền trong tháng 11 năm 2025.",
            ymd(2025, 11, 24),
            "trong tháng 11 năm 2025",
            Some("2025-11-30"),
            Period,
        );
        one(
            "Tổ chức tập huấn từ tháng 3 đến tháng 5/2024 cho công chức cấp xã.",
            ymd(2024, 2, 1),
            "từ tháng 3 đến tháng 5/2024",
            Some("2024-05-31"),
            Period,
        );
    }

    #[test]
    fn months_listed_with_their_own_years_are_one_phrase() {
        one(
            "Tổ chức 8 lớp tập huấn cho nông dân trong tháng 11/2024 và tháng 02/2025.",
            ymd(2024, 10, 20),
            "trong tháng 11/2024 và tháng 02/2025",
            Some("2025-02-28"),
            Period,
        );
        // Without a cue, the months listed before the one with its year belong to it.
        one(
            "Các chi bộ đưa nội dung này vào sinh hoạt chi bộ tháng 9 và tháng 10/2025.",
            ymd(2025, 8, 15),
            "tháng 9 và tháng 10/2025",
            Some("2025-10-31"),
            Period,
        );
    }

    #[test]
    fn crop_seasons_bound_the_work_without_a_day() {
        let n = ymd(2024, 4, 2);
        one(
            "Trạm Khuyến nông xây dựng 03 mô hình lúa chất lượng cao trong vụ Thu Đông.",
            n,
            "trong vụ Thu Đông",
            None,
            Period,
        );
        one(
            "Hướng dẫn nông dân chuyển đổi sang trồng màu trong vụ Đông Xuân và vụ Hè Thu năm 2025.",
            n,
            "trong vụ Đông Xuân và vụ Hè Thu năm 2025",
            None,
            Period,
        );
        one(
            "Các hợp tác xã nạo vét kênh mương nội đồng trước vụ Hè Thu.",
            n,
            "trước vụ Hè Thu",
            None,
            Date,
        );
        // A season that names the plan is no time of the work.
        none("Triển khai kế hoạch sản xuất vụ Hè Thu năm 2024.", n);
    }

    #[test]
    fn spans_and_moments_of_an_event_without_its_day() {
        let n = ymd(2024, 5, 10);
        one(
            "UBND các xã chỉ đạo cày ải, phơi đất ngay sau thu hoạch.",
            n,
            "ngay sau thu hoạch",
            None,
            Period,
        );
        // "sau thu hoạch" without "ngay" is a trade, not a time.
        none(
            "Hỗ trợ hợp tác xã đầu tư công nghệ bảo quản sau thu hoạch.",
            n,
        );
        one(
            "Trạm Y tế bố trí xe cấp cứu thường trực trong suốt buổi tiêm.",
            n,
            "trong suốt buổi tiêm",
            None,
            Period,
        );
        one(
            "Các điểm thu phải niêm yết công khai trong thời gian thu thuế.",
            n,
            "trong thời gian thu thuế",
            None,
            Period,
        );
        one(
            "Bố trí lực lượng cứu hộ tại bãi tắm trong những ngày cao điểm nắng nóng.",
            n,
            "trong những ngày cao điểm nắng nóng",
            None,
            Period,
        );
        one(
            "Đài truyền thanh tăng thời lượng phát tin từ nay đến ngày khai giảng.",
            n,
            "từ nay đến ngày khai giảng",
            None,
            Period,
        );
        one(
            "Điều động ca nô ứng cứu xã Phú Lộc ngay trong đêm 12/5.",
            n,
            "ngay trong đêm 12/5",
            Some("2024-05-12"),
            Date,
        );
    }

    #[test]
    fn latest_after_a_delay_and_a_date_inside_a_condition() {
        let n = ymd(2024, 3, 1);
        one(
            "Kho bạc thanh toán cho nhà thầu chậm nhất sau 07 ngày kể từ ngày nhận đủ hồ sơ.",
            n,
            "chậm nhất sau 07 ngày kể từ ngày nhận đủ hồ sơ",
            None,
            Period,
        );
        one(
            "Kho bạc thanh toán chậm nhất là sau 07 ngày kể từ ngày 04/3/2024.",
            n,
            "chậm nhất là sau 07 ngày kể từ ngày 04/3/2024",
            Some("2024-03-11"),
            Period,
        );
        // A day in a condition is what the condition tests, not when work is due.
        none(
            "Chấm dứt hợp đồng với nhà thầu nếu đến ngày 30/6/2024 khối lượng không đạt 50%.",
            n,
        );
        none(
            "Thu hồi vốn tạm ứng trường hợp đến hết tháng 5/2024 chưa có khối lượng.",
            n,
        );
        one(
            "Nhà thầu hoàn thành trước ngày 30/6/2024; nếu không hoàn thành sẽ bị xử lý.",
            n,
            "trước ngày 30/6/2024",
            Some("2024-06-30"),
            Date,
        );
    }

    #[test]
    fn quarters_roman_digit_and_dash() {
        let n = ymd(2024, 3, 1);
        one(
            "Ban hành quy chế phối hợp trong quý II/2024.",
            n,
            "trong quý II/2024",
            Some("2024-06-30"),
            Period,
        );
        one(
            "Hoàn thành cắm mốc ranh giới trong quý III năm 2024.",
            n,
            "trong quý III năm 2024",
            Some("2024-09-30"),
            Period,
        );
        one(
            "Hoàn thành và đưa vào sử dụng trong Quý 4 năm 2017.",
            None,
            "trong Quý 4 năm 2017",
            Some("2017-12-31"),
            Period,
        );
        one(
            "Xây dựng Bộ tiêu chí đánh giá. Sở KH&CN. Quí IV-2025",
            ymd(2025, 12, 1),
            "Quí IV-2025",
            Some("2025-12-31"),
            Period,
        );
        one(
            "Triển khai thí điểm trong quý I và quý II/2025.",
            None,
            "trong quý I và quý II/2025",
            Some("2025-06-30"),
            Period,
        );
    }

    #[test]
    fn years_and_year_ends() {
        let n = ymd(2024, 3, 19);
        one(
            "Đề ra giải pháp khắc phục trong năm 2024; nâng cao chất lượng phục vụ.",
            n,
            "trong năm 2024",
            Some("2024-12-31"),
            Period,
        );
        one(
            "Thực hiện tiết kiệm kinh phí để tự chủ trong năm.",
            n,
            "trong năm",
            None,
            Period,
        );
        one(
            "Tập trung giải ngân vốn từ nay đến hết năm, không để tồn đọng.",
            ymd(2024, 8, 1),
            "từ nay đến hết năm",
            Some("2024-12-31"),
            Period,
        );
        one(
            "Duy trì mô hình một cửa liên thông đến hết năm 2025.",
            ymd(2024, 8, 1),
            "đến hết năm 2025",
            Some("2025-12-31"),
            Period,
        );
        one(
            "Trong những tháng còn lại của năm 2022, các sở tập trung cải thiện chỉ số.",
            ymd(2022, 9, 6),
            "Trong những tháng còn lại của năm 2022",
            Some("2022-12-31"),
            Period,
        );
    }

    #[test]
    fn end_of_year_with_and_without_a_cue() {
        one(
            "Đánh giá kết quả đồng thời với công tác đánh giá cán bộ vào cuối năm.",
            ymd(2022, 9, 6),
            "vào cuối năm",
            Some("2022-12-31"),
            Period,
        );
        // A yearly ranking: the phrase counts, but names no particular year.
        one(
            "Đưa kết quả vào nội dung nhận xét, xếp loại cuối năm của từng cơ quan.",
            ymd(2018, 5, 31),
            "cuối năm",
            None,
            Period,
        );
    }

    #[test]
    fn half_year_as_a_task_period() {
        one(
            "Hoàn thành số hóa hồ sơ trong 6 tháng đầu năm.",
            ymd(2024, 3, 10),
            "trong 6 tháng đầu năm",
            Some("2024-06-30"),
            Period,
        );
        one(
            "Phấn đấu giải ngân 60% kế hoạch vốn 6 tháng đầu năm 2025.",
            ymd(2025, 2, 10),
            "6 tháng đầu năm 2025",
            Some("2025-06-30"),
            Period,
        );
    }

    #[test]
    fn delays() {
        one(
            "Trả lời bằng văn bản trong vòng 10 ngày kể từ ngày nhận được kiến nghị.",
            None,
            "trong vòng 10 ngày kể từ ngày nhận được kiến nghị",
            None,
            Period,
        );
        one(
            "Khắc phục các tồn tại trong vòng 10 ngày kể từ ngày 15/3/2024.",
            None,
            "trong vòng 10 ngày kể từ ngày 15/3/2024",
            Some("2024-03-25"),
            Period,
        );
        one(
            "Giải quyết hồ sơ trong 05 ngày làm việc kể từ ngày 02/4/2024.",
            None,
            "trong 05 ngày làm việc kể từ ngày 02/4/2024",
            None,
            Period,
        );
    }

    #[test]
    fn recurrences() {
        let n = ymd(2021, 3, 16);
        one(
            "Báo cáo kết quả hằng tháng về Sở Nội vụ.",
            n,
            "hằng tháng",
            None,
            Recurring,
        );
        one(
            "Tổ chức kiểm tra hàng quý tại các xã.",
            n,
            "hàng quý",
            None,
            Recurring,
        );
        one(
            "Không xét thi đua, khen thưởng hàng năm đối với tập thể chưa hoàn thành.",
            n,
            "hàng năm",
            None,
            Recurring,
        );
        one(
            "Tổng hợp tình hình; định kỳ, báo cáo Chủ tịch UBND thành phố.",
            n,
            "định kỳ",
            None,
            Recurring,
        );
        one(
            "Báo cáo định kỳ quý, năm về công tác tuyên truyền.",
            n,
            "định kỳ quý, năm",
            None,
            Recurring,
        );
        one(
            "Sơ kết, đánh giá định kỳ 6 tháng việc thực hiện Chỉ thị.",
            n,
            "định kỳ 6 tháng",
            None,
            Recurring,
        );
        one(
            "Tổ chức họp giao ban 1 tuần/lần giữa các đơn vị.",
            n,
            "1 tuần/lần",
            None,
            Recurring,
        );
        one(
            "Đưa nội dung vào cuộc họp giao ban Quý định kỳ của UBND.",
            n,
            "Quý định kỳ",
            None,
            Recurring,
        );
    }

    #[test]
    fn a_day_that_recurs_is_one_recurring_phrase() {
        let n = ymd(2025, 11, 25);
        one(
            "Tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.",
            n,
            "trước ngày 25 hằng tháng",
            None,
            Recurring,
        );
        one(
            "Tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.",
            n,
            "trước ngày 25/12 hàng năm",
            None,
            Recurring,
        );
        one(
            "Xây dựng kế hoạch; định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả.",
            n,
            "định kỳ trước ngày 01/6 và 15/11 hằng năm",
            None,
            Recurring,
        );
    }

    #[test]
    fn open_ended_and_vague_periods() {
        let n = ymd(2018, 5, 31);
        one(
            "Nâng cao điểm số và thứ hạng trong năm 2018 và những năm tiếp theo.",
            n,
            "trong năm 2018 và những năm tiếp theo",
            None,
            Period,
        );
        one(
            "3. Năm 2018 và các năm tiếp theo cần chú ý nội dung sáng kiến.",
            n,
            "Năm 2018 và các năm tiếp theo",
            None,
            Period,
        );
        one(
            "Có giải pháp khắc phục tình trạng hồ sơ trễ hẹn trong thời gian tới.",
            n,
            "trong thời gian tới",
            None,
            Period,
        );
        one(
            "Trong thời gian giữa hai kỳ họp, Thường trực HĐND tỉnh xem xét nội dung chất vấn.",
            None,
            "Trong thời gian giữa hai kỳ họp",
            None,
            Period,
        );
    }

    #[test]
    fn times_bound_to_events() {
        one(
            "Báo cáo kết quả giải quyết tại kỳ họp gần nhất.",
            None,
            "tại kỳ họp gần nhất",
            None,
            Date,
        );
        one(
            "Tổ chức vệ sinh môi trường ngay khi nước rút.",
            None,
            "ngay khi nước rút",
            None,
            Date,
        );
        one(
            "Hoàn thành công tác nền đường trước mùa mưa lũ.",
            ymd(2025, 6, 5),
            "trước mùa mưa lũ",
            None,
            Date,
        );
        one(
            "Bảo đảm chỗ ở an toàn cho công nhân, nhất là trong mùa mưa lũ.",
            None,
            "trong mùa mưa lũ",
            None,
            Period,
        );
        // The Mekong's monsoon of salt water, the north's cold season.
        one(
            "Di dời các hộ dân ra khỏi khu vực nguy cơ cao trước mùa gió chướng.",
            None,
            "trước mùa gió chướng",
            None,
            Date,
        );
        one(
            "Hướng dẫn người dân chống rét cho trâu bò trong mùa rét.",
            None,
            "trong mùa rét",
            None,
            Period,
        );
        one(
            "Bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán năm 2025.",
            ymd(2024, 12, 20),
            "dịp Tết Nguyên đán năm 2025",
            None,
            Period,
        );
        one(
            "Phê duyệt điều chỉnh quy hoạch ngay sau khi danh mục dự án năm 2018 được thông qua, khóa XVII.",
            None,
            "ngay sau khi danh mục dự án năm 2018 được thông qua",
            None,
            Date,
        );
    }

    #[test]
    fn days_that_share_their_month_end_on_the_last() {
        one(
            "Cho học sinh nghỉ học trong các ngày 19 và 20/10/2020; kiểm tra trường lớp.",
            ymd(2020, 10, 18),
            "trong các ngày 19 và 20/10/2020",
            Some("2020-10-20"),
            Period,
        );
        one(
            "Tổ chức kiểm tra chéo các ngày 5, 6/3 tại các xã.",
            ymd(2024, 2, 20),
            "các ngày 5, 6/3",
            Some("2024-03-06"),
            Period,
        );
    }

    #[test]
    fn a_clock_time_on_a_weekday_or_every_day() {
        let n = ymd(2022, 6, 1);
        one(
            "Báo cáo Sở Y tế trước 10 giờ sáng thứ Hai hằng tuần.",
            n,
            "trước 10 giờ sáng thứ Hai hằng tuần",
            None,
            Recurring,
        );
        let got = run(
            "Báo cáo tình hình dịch hằng tuần về Sở Y tế trước 10 giờ sáng thứ Hai.",
            n,
        );
        assert_eq!(got[1], ("trước 10 giờ sáng thứ Hai".into(), None, Date));
        one(
            "Các xã gửi báo cáo trước 15 giờ ngày thứ Sáu để tổng hợp.",
            n,
            "trước 15 giờ ngày thứ Sáu",
            None,
            Date,
        );
        one(
            "Tổng hợp thiệt hại, báo cáo UBND tỉnh trước 15 giờ hằng ngày.",
            n,
            "trước 15 giờ hằng ngày",
            None,
            Recurring,
        );
        // The time in brackets belongs to the recurrence before it.
        one(
            "Báo cáo về Sở Y tế định kỳ hằng tuần (trước 15 giờ thứ Năm).",
            n,
            "định kỳ hằng tuần (trước 15 giờ thứ Năm)",
            None,
            Recurring,
        );
        one(
            "Các xóm báo cáo về UBND xã định kỳ hàng tuần (thứ Sáu).",
            n,
            "định kỳ hàng tuần (thứ Sáu)",
            None,
            Recurring,
        );
        // A clock time with a printed day keeps its date.
        one(
            "Gửi báo cáo trước 17 giờ ngày 22/6/2022.",
            n,
            "trước 17 giờ ngày 22/6/2022",
            Some("2022-06-22"),
            Date,
        );
    }

    #[test]
    fn occasions_days_and_rounds_of_an_event_to_the_end_of_their_clause() {
        let n = ymd(2024, 3, 1);
        let cases: [(&str, &str, DeadlineKind); 12] = [
            (
                "Kiểm tra chất lượng hàng hóa trong dịp thu hoạch, tiêu thụ nhãn lồng.",
                "trong dịp thu hoạch",
                Period,
            ),
            (
                "Bảo đảm trật tự trong dịp Thanh minh và các ngày nghỉ lễ sắp tới.",
                "trong dịp Thanh minh và các ngày nghỉ lễ sắp tới",
                Period,
            ),
            (
                "Chuẩn bị chu đáo đón thân nhân đến viếng, nhất là dịp kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ 27/7/2024.",
                // (read to the first number: the tail of an event's span
                // holds no digits, a day or year after it being read apart)
                "dịp kỷ niệm",
                Period,
            ),
            ("Bố trí người trực cống trong suốt đợt triều cường.", "trong suốt đợt triều cường", Period),
            (
                "Tổ chức dạy bơi cho trẻ em trong các tháng mùa hè.",
                "trong các tháng mùa hè",
                Period,
            ),
            (
                "Tăng chuyến xe buýt vào các ngày cao điểm của hội chợ tại khu trung tâm.",
                "vào các ngày cao điểm của hội chợ",
                Period,
            ),
            (
                "Trực cấp cứu vào đêm diễn ra Lễ rước đèn.",
                "vào đêm diễn ra Lễ rước đèn",
                Period,
            ),
            ("Dọn vệ sinh bãi biển sau Giải.", "sau Giải", Period),
            (
                "Thu gom rác ngay sau các ngày cao điểm lễ hội để trả lại cảnh quan.",
                "ngay sau các ngày cao điểm lễ hội",
                Period,
            ),
            (
                "Giữ an ninh trước, trong và sau các hoạt động kỷ niệm ngày thành lập huyện.",
                "trước, trong và sau các hoạt động kỷ niệm ngày thành lập huyện",
                Period,
            ),
            ("Quét dọn khu chợ sau mỗi phiên chợ.", "sau mỗi phiên chợ", Recurring),
            (
                "Thu gom rác thải trong và ngay sau mỗi chương trình biểu diễn.",
                "trong và ngay sau mỗi chương trình biểu diễn",
                Recurring,
            ),
        ];
        for (text, phrase, kind) in cases {
            one(text, n, phrase, None, kind);
        }
        // A capitalised event after "trước" is read whole by the line of
        // events before it, not cut at "Lễ".
        one(
            "Hoàn thành bãi đỗ xe trước Lễ khai trương du lịch biển Sầm Sơn năm 2026.",
            n,
            "trước Lễ khai trương du lịch biển Sầm Sơn năm 2026",
            None,
            Period,
        );
        // Vệ sinh môi trường after the water is gone (without "ngay").
        one(
            "Phun khử trùng, vệ sinh môi trường sau khi nước rút.",
            n,
            "sau khi nước rút",
            None,
            Date,
        );
        // A bare step after which the work goes on is no time.
        none("Nghiệm thu công trình sau khi hoàn thành.", n);
        // Days whenever a warning is given are a condition; the days ahead are vague.
        none(
            "Cấm đốt nương trong những ngày có cảnh báo cháy rừng cấp IV.",
            n,
        );
        none("Theo dõi diễn biến mưa lũ trong những ngày tới.", n);
        // Parts of the year and weekdays after "các tháng", "các ngày" are read
        // by their own lines, whole.
        one(
            "Tăng thu ngân sách trong những tháng cuối năm 2024.",
            n,
            "trong những tháng cuối năm 2024",
            Some("2024-12-31"),
            Period,
        );
        // A time phrase inside the clause ends the occasion before it.
        assert_eq!(
            run(
                "Bán hàng bình ổn giá trong dịp Tết trước ngày 28/3/2024.",
                n
            ),
            vec![
                (fold_pattern("trong dịp Tết"), None, Period),
                (
                    fold_pattern("trước ngày 28/3/2024"),
                    Some("2024-03-28".into()),
                    Date
                ),
            ]
        );
        // A place after the occasion is not part of it.
        one(
            "Kiểm tra an toàn thực phẩm trong dịp lễ hội đình làng tại các xã.",
            n,
            "trong dịp lễ hội đình làng",
            None,
            Period,
        );
    }

    #[test]
    fn months_in_brackets_date_a_season_and_shared_days_take_the_last() {
        let n = ymd(2023, 3, 1);
        one(
            "Bảo đảm cấp điện trong các tháng cao điểm nắng nóng (tháng 5 đến tháng 8/2023).",
            n,
            "trong các tháng cao điểm nắng nóng (tháng 5 đến tháng 8/2023)",
            Some("2023-08-31"),
            Period,
        );
        one(
            "Tổ chức phiên chợ trong các ngày 09 - 10/11/2023.",
            n,
            "trong các ngày 09 - 10/11/2023",
            Some("2023-11-10"),
            Period,
        );
        one(
            "Tổ chức hội chợ trong các ngày 15, 16/11/2023.",
            n,
            "trong các ngày 15, 16/11/2023",
            Some("2023-11-16"),
            Period,
        );
    }

    #[test]
    fn clock_times_minutes_and_hours_of_a_task() {
        let n = ymd(2025, 1, 10);
        one(
            "Phân luồng giao thông từ 05 giờ 00 đến 14 giờ 00 ngày 07/02/2025.",
            n,
            "từ 05 giờ 00 đến 14 giờ 00 ngày 07/02/2025",
            Some("2025-02-07"),
            Period,
        );
        // Without "từ", the hours of a day are read in a table's time column.
        let key = fold_pattern("04 giờ 00 - 10 giờ 00 ngày 13/02/2025");
        let found = find_in_cell(&key, n, rules());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].range, 0..key.len());
        assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2025, 2, 13));
        none("Lực lượng trực 04 giờ 00 - 10 giờ 00 ngày 13/02/2025.", n);
        one(
            "Bố trí thêm bàn lấy mẫu từ 6 giờ 30 đến 9 giờ 30 các buổi sáng.",
            n,
            "từ 6 giờ 30 đến 9 giờ 30 các buổi sáng",
            None,
            Period,
        );
        one(
            "Trả kết quả xét nghiệm trong vòng 90 phút.",
            n,
            "trong vòng 90 phút",
            None,
            Period,
        );
        one(
            "Không để rác tồn đọng tại điểm tập kết quá 24 giờ.",
            n,
            "quá 24 giờ",
            None,
            Period,
        );
        one(
            "Hướng dẫn người bệnh tại sảnh vào giờ cao điểm.",
            n,
            "vào giờ cao điểm",
            None,
            Period,
        );
    }

    #[test]
    fn a_time_ruled_out_a_month_named_and_the_start_of_a_year() {
        let n = ymd(2023, 10, 1);
        one(
            "Đề xuất điều chuyển vốn chậm nhất trước ngày 15/11, không để đến cuối năm mới xin điều chỉnh.",
            n,
            "chậm nhất trước ngày 15/11",
            Some("2023-11-15"),
            Date,
        );
        none(
            "Thanh toán tiền phụ cấp phẫu thuật, thủ thuật tháng 8/2023 cho viên chức.",
            n,
        );
        none("Chi trả tiền lương tháng 9/2023 cho người lao động.", n);
        none("Xây dựng kế hoạch cụ thể cho 6 tháng cuối năm.", n);
        none(
            "Chuẩn bị Hội nghị sơ kết 9 tháng và kỳ họp thường lệ cuối năm 2023 của HĐND xã.",
            n,
        );
        one(
            "Chuẩn bị tốt nội dung kỳ họp thường lệ cuối năm 2023 của HĐND tỉnh.",
            n,
            "cuối năm 2023",
            Some("2023-12-31"),
            Period,
        );
        one(
            "Báo cáo kết quả tại buổi tiếp công dân định kỳ tháng sau.",
            n,
            "tại buổi tiếp công dân định kỳ tháng sau",
            Some("2023-11-30"),
            Date,
        );
        one(
            "Phối hợp tổ chức khám sức khỏe đầu năm cho học sinh.",
            n,
            "đầu năm",
            None,
            Period,
        );
        none(
            "Từ đầu năm đến nay đã kiểm tra 20 cơ sở; chấn chỉnh thu, chi đầu năm học.",
            n,
        );
        none("Tổ chức sơ kết 6 tháng đầu năm.", n);
    }

    #[test]
    fn spans_named_by_an_event() {
        let n = ymd(2020, 6, 1);
        one(
            "Bảo đảm cung cấp điện liên tục tại các Hội đồng coi thi trong các ngày thi.",
            n,
            "trong các ngày thi",
            None,
            Period,
        );
        one(
            "Duy trì chế độ trực 24/24 giờ trong những ngày nắng nóng; báo cáo ngay.",
            n,
            "trong những ngày nắng nóng",
            None,
            Period,
        );
        one(
            "Vận động người dân đưa con em đi tiêm chủng trong thời gian chiến dịch.",
            n,
            "trong thời gian chiến dịch",
            None,
            Period,
        );
        one(
            "Tăng cường tuyên truyền trong thời gian chiến dịch năm 2020.",
            n,
            "trong thời gian chiến dịch năm 2020",
            None,
            Period,
        );
        one(
            "Tuần tra các khu vực sông nước vào các ngày nghỉ, ngày lễ.",
            n,
            "vào các ngày nghỉ",
            None,
            Period,
        );
        // "thi" inside another word is no exam: "thi hành", "thi đua".
        none("Giám sát việc chấp hành trong thời gian thi hành án.", n);
        // A past span and a forecast are not times set.
        none("Lực lượng đã trực thường xuyên trong những ngày qua.", n);
        none("Mưa lũ còn diễn biến phức tạp trong những ngày tới.", n);
    }

    #[test]
    fn right_when_an_awaited_event_comes_and_the_same_day() {
        one(
            "Tập trung nhân lực, máy móc thi công ngay khi có mặt bằng; hoàn thành sớm.",
            None,
            "ngay khi có mặt bằng",
            None,
            Date,
        );
        one(
            "Phát hiện gia súc ốm, chết bất thường phải báo cáo ngay trong ngày.",
            None,
            "ngay trong ngày",
            None,
            Date,
        );
        one(
            "Thông xe bước 1 ngay trong ngày 15/11/2024.",
            ymd(2024, 11, 10),
            "ngay trong ngày 15/11/2024",
            Some("2024-11-15"),
            Date,
        );
        // Whenever a request or an outbreak comes: a condition, not a time.
        none(
            "Cung cấp hồ sơ ngay khi có yêu cầu của cơ quan thanh tra.",
            None,
        );
        none("Khoanh vùng, xử lý ổ dịch ngay khi có ca bệnh.", None);
        none(
            "Chuyển người bệnh lên tuyến trên khi xuất hiện ca bệnh nặng.",
            None,
        );
    }

    #[test]
    fn sessions_per_week_and_times_per_month() {
        let n = ymd(2006, 4, 1);
        for (text, phrase) in [
            ("Phát sóng chuyên mục 3 buổi/tuần trên Đài.", "3 buổi/tuần"),
            (
                "Phát sóng chuyên mục 3 buổi/ tuần trên Đài.",
                "3 buổi/ tuần",
            ),
            ("Kiểm tra các cơ sở 2 lần/tháng.", "2 lần/tháng"),
        ] {
            one(text, n, phrase, None, Recurring);
        }
        // A kind of school day, not how often a task is done.
        none("Hướng dẫn các trường dạy học 2 buổi/ngày.", n);
    }

    #[test]
    fn lunar_months_and_lunar_year_names() {
        let n = ymd(2024, 1, 20);
        one(
            "Xử lý nghiêm hành vi găm hàng, tăng giá từ nay đến hết tháng Giêng.",
            n,
            "từ nay đến hết tháng Giêng",
            None,
            Period,
        );
        one(
            "Bảo đảm an ninh trật tự trong tháng Giêng năm 2024.",
            n,
            "trong tháng Giêng",
            None,
            Period,
        );
        one(
            "Báo cáo Chủ tịch UBND tỉnh trước Tết Nguyên đán Giáp Thìn.",
            n,
            "trước Tết Nguyên đán Giáp Thìn",
            None,
            Date,
        );
        one(
            "Phân luồng giao thông trong dịp Tết Nguyên đán Giáp Thìn năm 2024.",
            n,
            "trong dịp Tết Nguyên đán Giáp Thìn năm 2024",
            None,
            Period,
        );
        // A quarter after a feast is no year name.
        let got = run("Hoàn thành sau Tết Nguyên đán, trong quý I/2024.", n);
        assert_eq!(got[0].0, "sau Tết Nguyên đán");
    }

    #[test]
    fn a_season_named_with_its_kind_keeps_its_year() {
        one(
            "Bảo đảm cung cấp đủ điện trước mùa cao điểm du lịch năm 2020; rà soát hạ tầng.",
            ymd(2019, 12, 20),
            "trước mùa cao điểm du lịch năm 2020",
            None,
            Date,
        );
        one(
            "Hoàn thành nâng cấp bến tàu trước mùa du lịch hè năm 2023.",
            ymd(2023, 3, 1),
            "trước mùa du lịch hè năm 2023",
            None,
            Date,
        );
    }

    #[test]
    fn a_plans_time_values() {
        let n = ymd(2023, 2, 1);
        one(
            "- Thời gian thực hiện: Năm 2023.",
            n,
            "Thời gian thực hiện: Năm 2023",
            Some("2023-12-31"),
            Period,
        );
        one(
            "- Thời hạn hoàn thành: Năm 2025.",
            ymd(2025, 3, 1),
            "Thời hạn hoàn thành: Năm 2025",
            Some("2025-12-31"),
            Period,
        );
        one(
            "- Thời gian thực hiện: Cả năm 2023.",
            n,
            "Thời gian thực hiện: Cả năm 2023",
            Some("2023-12-31"),
            Period,
        );
        one(
            "- Thời hạn hoàn thành: Kỳ họp giữa năm 2025 của HĐND thành phố.",
            ymd(2025, 3, 1),
            "Thời hạn hoàn thành: Kỳ họp giữa năm 2025 của HĐND thành phố",
            None,
            Date,
        );
        // The value alone, as a plan's field or a table's time cell.
        let cell = |text: &str, notice| {
            let key = fold_pattern(text);
            find_in_cell(&key, notice, rules())
                .into_iter()
                .map(|f| {
                    (
                        key[f.range].to_string(),
                        f.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    )
                })
                .collect::<Vec<_>>()
        };
        let y = |s: &str| Some(s.to_string());
        assert_eq!(cell("Năm 2023.", n), [("Năm 2023".into(), y("2023-12-31"))]);
        assert_eq!(
            cell("Cả năm 2023.", n),
            [("Cả năm 2023".into(), y("2023-12-31"))]
        );
        assert_eq!(
            cell("Năm học 2024 - 2025", n),
            [("Năm học 2024 - 2025".into(), None)]
        );
        assert_eq!(
            cell("Vụ Đông Xuân 2022 - 2023 và vụ Hè Thu 2023.", n),
            [("Vụ Đông Xuân 2022 - 2023 và vụ Hè Thu 2023".into(), None)]
        );
        assert_eq!(
            cell("Kỳ họp giữa năm 2025 của HĐND thành phố.", n),
            [("Kỳ họp giữa năm 2025 của HĐND thành phố".into(), None)]
        );
        // In running text a year or a crop season without a cue names a thing.
        none("Tổng kết phong trào thi đua năm 2023.", n);
        none("Bảo đảm nước tưới cho vụ Đông Xuân 2022 - 2023.", n);
        none(
            "Cải thiện các chỉ số năm 2021 chưa đạt yêu cầu.",
            ymd(2021, 3, 1),
        );
    }

    #[test]
    fn a_meeting_named_by_its_month_is_no_recurrence() {
        one(
            "Tổng hợp kết quả, báo cáo tại buổi tiếp công dân định kỳ tháng 10/2016.",
            ymd(2016, 9, 20),
            "tại buổi tiếp công dân định kỳ tháng 10/2016",
            Some("2016-10-31"),
            Period,
        );
        none(
            "Chuẩn bị nội dung buổi tiếp công dân định kỳ tháng 10/2016 của Chủ tịch.",
            ymd(2016, 9, 20),
        );
        // "định kỳ hằng tháng", "định kỳ 6 tháng" still recur.
        one(
            "Báo cáo định kỳ hằng tháng.",
            ymd(2016, 9, 20),
            "định kỳ hằng tháng",
            None,
            Recurring,
        );
    }

    #[test]
    fn until_an_event_is_its_whole_clause_or_nothing() {
        one(
            "Tạm thời giữ nguyên mức thu cũ cho đến khi có ý kiến của cơ quan có thẩm quyền; rà soát căn cứ.",
            None,
            "cho đến khi có ý kiến của cơ quan có thẩm quyền",
            None,
            Period,
        );
        one(
            "Duy trì lực lượng ứng trực cho đến khi bão tan.",
            None,
            "cho đến khi bão tan",
            None,
            Period,
        );
        // A clause too long to be sure where the event ends is left out.
        none(
            "Giữ nguyên hiện trạng cho đến khi có văn bản hướng dẫn cụ thể của các cơ quan có thẩm quyền ở trung ương về việc này.",
            None,
        );
    }

    /// This week whole is due its Sunday, as next week whole is
    /// (`deadline_value_weekday`): 8 November 2021 is a Monday.
    #[test]
    fn this_week_is_due_its_sunday() {
        one(
            "Các tổ dân phố ra quân dọn vệ sinh trong tuần này.",
            ymd(2021, 11, 8),
            "trong tuần này",
            Some("2021-11-14"),
            Period,
        );
    }

    #[test]
    fn a_later_meeting_dated_in_brackets() {
        one(
            "Hoàn thiện thủ tục và báo cáo kết quả thực hiện tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017).",
            None,
            "tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017)",
            Some("2017-12-31"),
            Date,
        );
        one(
            "Báo cáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh và báo cáo Tổ đại biểu.",
            None,
            "tại Kỳ họp thứ Sáu, HĐND tỉnh",
            None,
            Date,
        );
    }

    #[test]
    fn an_event_dated_in_brackets_is_due_that_day() {
        let n = ymd(2024, 8, 1);
        one(
            "Sửa chữa phòng học xong trước khai giảng năm học mới (ngày 05/9/2024).",
            n,
            "trước khai giảng năm học mới (ngày 05/9/2024)",
            Some("2024-09-05"),
            Date,
        );
        one(
            "Niêm yết danh sách cử tri trước ngày bầu cử (dự kiến ngày 25/8/2024).",
            n,
            "trước ngày bầu cử (dự kiến ngày 25/8/2024)",
            Some("2024-08-25"),
            Period,
        );
        // Without its day the event fixes none; a note that is no day stays out.
        one(
            "Sửa chữa phòng học xong trước khai giảng năm học mới (có báo cáo kết quả).",
            n,
            "trước khai giảng năm học mới",
            None,
            Date,
        );
    }

    #[test]
    fn before_a_thing_leaves_or_enters_a_place_is_no_time() {
        let n = ymd(2024, 3, 1);
        none(
            "Các trang trại xây hầm biogas xử lý chất thải trước khi thải ra kênh rạch.",
            n,
        );
        none(
            "Rửa sạch bánh xe tải trước khi ra khỏi bãi tập kết vật liệu.",
            n,
        );
        none(
            "Lắp biển báo trên đường liên xã trước khi nhập vào đường tỉnh 12.",
            n,
        );
        // An event is still a time.
        one(
            "Gia cố đê bao trước khi lũ về.",
            n,
            "trước khi lũ về",
            None,
            Period,
        );
        one(
            "Hoàn thành nạo vét kênh trước khi xuống giống vụ Đông Xuân.",
            n,
            "trước khi xuống giống vụ Đông Xuân",
            None,
            Period,
        );
    }

    #[test]
    fn goods_or_waste_moving_on_is_no_time() {
        let n = ymd(2024, 3, 1);
        none(
            "Kiểm tra dư lượng thuốc bảo vệ thực vật trên rau trước khi đưa ra thị trường.",
            n,
        );
        none(
            "Phân loại chất thải y tế tại khoa trước khi chuyển về lò đốt của bệnh viện.",
            n,
        );
        none(
            "Kiểm dịch toàn bộ lợn giống trước khi vận chuyển ra khỏi tỉnh.",
            n,
        );
        none("Dán tem truy xuất cho cam sành trước khi tiêu thụ.", n);
        // A handover, a submission or an event is still a time.
        one(
            "Nghiệm thu hạng mục cống thoát nước trước khi bàn giao.",
            n,
            "trước khi bàn giao",
            None,
            Period,
        );
    }

    #[test]
    fn a_lead_time_before_the_work_has_no_date() {
        let n = ymd(2024, 5, 6);
        one(
            "Thông báo lịch cắt nước trên loa truyền thanh trước ít nhất 03 ngày.",
            n,
            "trước ít nhất 03 ngày",
            None,
            Period,
        );
        one(
            "Gửi hồ sơ về Sở Tư pháp trước khi tổ chức ít nhất 10 ngày làm việc.",
            n,
            "trước khi tổ chức ít nhất 10 ngày làm việc",
            None,
            Period,
        );
    }

    #[test]
    fn the_span_of_an_activity_or_a_weather_event() {
        let n = ymd(2024, 3, 1);
        one(
            "Bố trí cán bộ trực tại trạm bơm trong thời gian đổ ải.",
            n,
            "trong thời gian đổ ải",
            None,
            Period,
        );
        one(
            "Giám sát chặt chẽ chất lượng vật liệu trong suốt thời gian thi công nền đường, không để lún sụt.",
            n,
            "trong suốt thời gian thi công nền đường",
            None,
            Period,
        );
        one(
            "Duy trì lực lượng thường trực trong thời gian có mưa đá, lốc xoáy; báo cáo kịp thời.",
            n,
            "trong thời gian có mưa đá",
            None,
            Period,
        );
        one(
            "Hỗ trợ người dân ghi phiếu trong thời gian kiểm kê rừng và đất lâm nghiệp.",
            n,
            "trong thời gian kiểm kê rừng và đất lâm nghiệp",
            None,
            Period,
        );
        // Cut before the work it opens; followed by its days, dated by them.
        one(
            "Trong thời gian cấm biển cần kiểm tra tàu cá neo đậu.",
            n,
            "Trong thời gian cấm biển",
            None,
            Period,
        );
        one(
            "Tăng cường tuần tra trong thời gian tạm ngừng khai thác từ ngày 01/4 đến ngày 30/6/2024.",
            n,
            "trong thời gian tạm ngừng khai thác từ ngày 01/4 đến ngày 30/6/2024",
            Some("2024-06-30"),
            Period,
        );
        one(
            "Phân luồng xe tải trong thời gian sửa chữa cầu (từ ngày 10/4 đến hết ngày 20/4/2024).",
            n,
            "trong thời gian sửa chữa cầu (từ ngày 10/4 đến hết ngày 20/4/2024)",
            Some("2024-04-20"),
            Period,
        );
        // A span that opens with its days is those days only.
        one(
            "Phát thanh trong thời gian từ ngày 01/5 đến ngày 31/5/2024.",
            n,
            "từ ngày 01/5 đến ngày 31/5/2024",
            Some("2024-05-31"),
            Period,
        );
        // Past, vague or a person's status: none.
        none("Trong thời gian qua, các xã đã làm tốt công tác này.", n);
        none("Khắc phục sự cố trong thời gian sớm nhất.", n);
        none(
            "Trong thời gian chưa có kết luận, giữ nguyên hiện trạng.",
            n,
        );
        none("Cấm uống rượu bia trong thời gian làm việc.", n);
        none("Giải quyết hồ sơ trong thời gian theo quy định.", n);
        one(
            "Trả kết quả cho người dân trong thời gian không quá 05 ngày làm việc.",
            n,
            "không quá 05 ngày làm việc",
            None,
            Period,
        );
        none("Hỗ trợ tiền ăn cho học viên trong thời gian học nghề.", n);
        none(
            "Thăm hỏi người lao động trong thời gian điều trị tại bệnh viện.",
            n,
        );
        // "trong thời gian tới" keeps its own phrase.
        one(
            "Trong thời gian tới cần tập trung giải ngân vốn.",
            n,
            "Trong thời gian tới",
            None,
            Period,
        );
        // (the rounds of an event are read to the end of their clause: the
        // words after it still name the event)
        one(
            "Trực cấp nước trong các đợt nắng nóng kéo dài.",
            n,
            "trong các đợt nắng nóng kéo dài",
            None,
            Period,
        );
    }

    #[test]
    fn counted_rounds_recur() {
        let n = ymd(2024, 3, 1);
        one(
            "Cập nhật số liệu sâu bệnh 5 ngày một lần.",
            n,
            "5 ngày một lần",
            None,
            Recurring,
        );
        one(
            "Phun thuốc khử trùng chợ ít nhất 3 lần trong ngày.",
            n,
            "ít nhất 3 lần trong ngày",
            None,
            Recurring,
        );
        one(
            "Phát bản tin cảnh báo trên sóng phát thanh 2 buổi/ngày.",
            n,
            "2 buổi/ngày",
            None,
            Recurring,
        );
        // A kind of school day is not how often.
        none("Các trường tiểu học tổ chức dạy học 2 buổi/ngày.", n);
    }

    #[test]
    fn a_round_with_its_day_or_time_in_brackets_is_one_phrase() {
        let n = ymd(2024, 3, 1);
        one(
            "Báo cáo tiến độ giải ngân định kỳ hằng tuần vào thứ Sáu (trước 10 giờ 00) về Sở Tài chính.",
            n,
            "định kỳ hằng tuần vào thứ Sáu (trước 10 giờ 00)",
            None,
            Recurring,
        );
        one(
            "Định kỳ hằng tháng (trước ngày 25 của tháng) gửi số liệu về Cục Thống kê.",
            n,
            "Định kỳ hằng tháng (trước ngày 25 của tháng)",
            None,
            Recurring,
        );
        one(
            "Tổng hợp kết quả định kỳ hằng tuần vào thứ Hai.",
            n,
            "định kỳ hằng tuần vào thứ Hai",
            None,
            Recurring,
        );
        // A full date in the brackets is a deadline of its own.
        let got = run(
            "Báo cáo định kỳ 6 tháng (trước ngày 10/6/2024) về UBND tỉnh.",
            n,
        );
        assert!(
            got.iter()
                .any(|(p, d, _)| p == "trước ngày 10/6/2024" && d.as_deref() == Some("2024-06-10")),
            "{got:?}"
        );
    }

    #[test]
    fn a_time_of_day_before_a_day_and_until_days_after_an_event() {
        let n = ymd(2024, 3, 1);
        one(
            "Tổ chức lễ phát động vào chiều ngày 15/3/2024.",
            n,
            "vào chiều ngày 15/3/2024",
            Some("2024-03-15"),
            Date,
        );
        one(
            "Duy trì chốt chặn cho đến khi hết 30 ngày kể từ ngày phát hiện con bò mắc bệnh cuối cùng.",
            n,
            "cho đến khi hết 30 ngày kể từ ngày phát hiện con bò mắc bệnh cuối cùng",
            None,
            Period,
        );
    }

    #[test]
    fn a_delay_from_the_day_this_notice_is_issued() {
        let n = ymd(2024, 5, 10);
        one(
            "Nộp lại ngân sách số tiền chi sai trong thời hạn 20 ngày kể từ ngày ký Thông báo này.",
            n,
            "trong thời hạn 20 ngày kể từ ngày ký Thông báo này",
            Some("2024-05-30"),
            Period,
        );
        one(
            "Khắc phục các thiếu sót trong vòng 45 ngày kể từ ngày ban hành Kết luận thanh tra này.",
            n,
            "trong vòng 45 ngày kể từ ngày ban hành Kết luận thanh tra này",
            Some("2024-06-24"),
            Period,
        );
        // Another document's day, or the day it is received, fixes none.
        one(
            "Báo cáo kết quả trong thời hạn 15 ngày kể từ ngày nhận được Kết luận này.",
            n,
            "trong thời hạn 15 ngày kể từ ngày nhận được Kết luận này",
            None,
            Period,
        );
    }

    #[test]
    fn a_season_with_its_school_year() {
        one(
            "Bảo đảm an toàn cho học sinh trong mùa mưa bão năm học 2024 - 2025.",
            ymd(2024, 8, 1),
            "trong mùa mưa bão năm học 2024 - 2025",
            None,
            Period,
        );
    }

    #[test]
    fn a_clock_time_the_same_day_and_a_weekday_of_a_numbered_week() {
        let n = ymd(2024, 3, 1);
        one(
            "Các tổ công tác báo cáo kết quả kiểm tra trước 21 giờ trong ngày.",
            n,
            "trước 21 giờ trong ngày",
            None,
            Date,
        );
        one(
            "Các khu phố ra quân dọn vệ sinh vào sáng Thứ Bảy tuần thứ hai của tháng.",
            n,
            "vào sáng Thứ Bảy tuần thứ hai của tháng",
            None,
            Recurring,
        );
        // With its month in digits the week is one span, not a recurrence.
        let got = run("Ra quân vào Chủ nhật tuần thứ hai của tháng 5/2024.", n);
        assert!(got.iter().all(|(_, _, k)| *k != Recurring), "{got:?}");
    }

    #[test]
    fn an_event_clause_ends_before_the_work_it_opens() {
        one(
            "Ngay khi lũ rút khẩn trương huy động lực lượng tiêu độc khử trùng.",
            None,
            "Ngay khi lũ rút",
            None,
            Date,
        );
        one(
            "Ngay sau khi bão tan tập trung khắc phục hậu quả, dọn dẹp trường lớp.",
            None,
            "Ngay sau khi bão tan",
            None,
            Date,
        );
        // An event with no word of the work after it runs to its clause end.
        one(
            "Bàn giao mặt bằng ngay sau khi phương án bồi thường được phê duyệt.",
            None,
            "ngay sau khi phương án bồi thường được phê duyệt",
            None,
            Date,
        );
    }

    #[test]
    fn a_recurrence_ruled_out_is_none() {
        none(
            "Nhà trường không tổ chức kiểm tra, đánh giá định kỳ vào ngày học sinh đi tiêm.",
            None,
        );
        one(
            "Nhà trường không tổ chức dạy thêm; kiểm tra định kỳ hằng tháng.",
            None,
            "định kỳ hằng tháng",
            None,
            Recurring,
        );
    }

    #[test]
    fn a_waiting_period_a_contract_covers_is_none() {
        none(
            "Phòng Nội vụ tham mưu ký hợp đồng nhân viên y tế trường học trong thời gian chờ tuyển dụng.",
            None,
        );
        one(
            "Chuyển rác về bãi tập trung của tỉnh trong thời gian chờ nâng cấp lò đốt.",
            None,
            "trong thời gian chờ nâng cấp lò đốt",
            None,
            Period,
        );
    }

    #[test]
    fn several_in_one_directive() {
        let got = run(
            "Lập lại tiến độ thi công, tập trung thông nền đường trong tháng 6/2025, trước mùa mưa lũ; hoàn thành trước ngày 15/6/2025.",
            ymd(2025, 6, 5),
        );
        let phrases: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            phrases,
            vec![
                "trong tháng 6/2025",
                "trước mùa mưa lũ",
                "trước ngày 15/6/2025"
            ]
        );
        assert_eq!(got[0].1.as_deref(), Some("2025-06-30"));
        assert_eq!(got[2].1.as_deref(), Some("2025-06-15"));
    }

    #[test]
    fn lists_and_ranges_take_their_latest_day() {
        let n = ymd(2024, 3, 1);
        one(
            "Tổ chức kiểm tra trong tháng 6 - 7 năm 2024.",
            n,
            "trong tháng 6 - 7 năm 2024",
            Some("2024-07-31"),
            Period,
        );
        one(
            "Triển khai thí điểm trong quý 1 - 2/2024.",
            n,
            "trong quý 1 - 2/2024",
            Some("2024-06-30"),
            Period,
        );
        one(
            "Thời gian thực hiện từ ngày 01/6/2024 đến ngày 30/9/2024.",
            n,
            "từ ngày 01/6/2024 đến ngày 30/9/2024",
            Some("2024-09-30"),
            Period,
        );
        one(
            "Hoàn thành trước ngày 31/12 năm 2024.",
            n,
            "trước ngày 31/12 năm 2024",
            Some("2024-12-31"),
            Date,
        );
    }

    #[test]
    fn numbers_that_are_not_deadlines() {
        none(
            "Thông báo cho các hộ dân trước 2 - 3 ngày; tăng gấp 2-3 lần nhân lực.",
            None,
        );
        none(
            "Tỷ lệ giải quyết đúng hạn 98,23%; bình quân 10,3 người dân sở hữu 1 xe ô tô.",
            ymd(2023, 10, 18),
        );
        none(
            "Đường dây nóng: 088 8800 147; Công dân: 088 8801 247.",
            None,
        );
        none(
            "Thực hiện đúng Quyết định số 2619/QĐ-UBND, ngày 01/12/2017 của UBND tỉnh.",
            ymd(2018, 5, 31),
        );
        none(
            "Hỗ trợ doanh nghiệp theo Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ.",
            ymd(2025, 12, 1),
        );
        none(
            "Ngày 28 tháng 5 năm 2018, UBND huyện tổ chức Hội nghị tổng kết.",
            ymd(2018, 5, 31),
        );
    }

    #[test]
    fn reporting_periods_are_not_deadlines() {
        none(
            "Hội nghị sơ kết công tác CCHC 9 tháng đầu năm 2023 của tỉnh.",
            ymd(2023, 10, 18),
        );
        none(
            "Báo cáo kết quả 6 tháng đầu năm về UBND tỉnh.",
            ymd(2024, 3, 1),
        );
        // Over before the notice was issued: an account of results.
        none(
            "Tăng trưởng GRDP 09 tháng đầu năm đạt 10,22%, vượt kịch bản đề ra.",
            ymd(2025, 11, 24),
        );
        none(
            "Cải thiện các chỉ số chưa đạt yêu cầu trong năm 2023 như tỷ lệ số hóa.",
            ymd(2024, 3, 19),
        );
    }

    #[test]
    fn names_with_a_year_are_not_deadlines() {
        let n = ymd(2024, 3, 19);
        none(
            "Đảm bảo hoàn thành Kế hoạch Cải cách hành chính thành phố năm 2024.",
            n,
        );
        none(
            "Làm căn cứ đánh giá chỉ số cải cách hành chính các đơn vị năm 2024.",
            n,
        );
        none("Đảm bảo đạt mục tiêu kế hoạch và chỉ tiêu giao 2024.", n);
        none(
            "Rà soát, xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.",
            n,
        );
        none(
            "Triển khai theo Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
            n,
        );
    }

    #[test]
    fn start_dates_are_not_deadlines() {
        let n = ymd(2025, 12, 1);
        none("Quy định này áp dụng từ ngày 01/01/2026.", n);
        none("Thực hiện thu phí từ tháng 7/2026 trên toàn tuyến.", n);
    }

    #[test]
    fn vague_urgency_and_conditions_are_not_deadlines() {
        none(
            "Khẩn trương triển khai, kịp thời báo cáo, thường xuyên kiểm tra; báo cáo đúng thời gian quy định.",
            None,
        );
        none(
            "Trả lời đúng hạn các phản ánh; khắc phục hạn chế theo lộ trình đề ra.",
            None,
        );
        none(
            "Chuyển người bệnh lên tuyến trên khi xuất hiện ca bệnh nặng.",
            None,
        );
        none("Thực hiện chế độ báo cáo theo quy định kỳ báo cáo.", None);
    }

    #[test]
    fn impossible_dates_do_not_panic() {
        one(
            "Hoàn thành trước ngày 31/2/2024.",
            None,
            "trước ngày 31/2/2024",
            None,
            Date,
        );
        none("Số liệu tăng trước 21/42 vị trí.", None);
        let odd = [
            "",
            "trước",
            "trước ngày 99/99/9999",
            "trong tháng 13/2024",
            "trong vòng 999 ngày kể từ ngày 31/12/2199",
            "quý V/2024 và tháng 0/0",
            "trong năm 99999",
            "Hoàn thành trước ngày 1/1/1 hằng năm, định kỳ",
        ];
        for text in odd {
            let key = fold_pattern(text);
            for f in find(&key, ymd(2024, 1, 1), rules()) {
                assert!(key.is_char_boundary(f.range.start) && key.is_char_boundary(f.range.end));
            }
        }
        // Every prefix of a dense sentence, cut at every char.
        let dense = fold_pattern(
            "Trước ngày 25/12 hằng năm; trong Quí IV-2025, ngay sau khi nước rút (dự kiến tháng 12/2017) và 6 tháng đầu năm 2024.",
        );
        for (i, _) in dense.char_indices() {
            for f in find(&dense[..i], None, rules()) {
                assert!(f.range.end <= i);
            }
        }
    }

    #[test]
    fn work_through_a_holiday_or_an_events_span() {
        let n = ymd(2024, 1, 10);
        one(
            "Chỉ đạo các nhà thầu thi công xuyên Tết, tăng ca, tăng kíp.",
            n,
            "xuyên Tết",
            None,
            Period,
        );
        one(
            "Công an huyện tổ chức tuần tra xuyên suốt dịp Tết Nguyên đán.",
            n,
            "xuyên suốt dịp Tết Nguyên đán",
            None,
            Period,
        );
        // "thường xuyên" is an adverb, not a span through the holiday.
        none("Ban Quân sự làm việc thường xuyên Tết.", n);
        one(
            "Trung tâm Y tế bố trí trực cấp cứu trong những ngày Tết.",
            n,
            "trong những ngày Tết",
            None,
            Period,
        );
        one(
            "Phòng Nông nghiệp theo dõi giá nông sản trong suốt thời gian thu hoạch.",
            n,
            "trong suốt thời gian thu hoạch",
            None,
            Period,
        );
        one(
            "Trạm Thú y giám sát dịch bệnh trên đàn gia súc trong thời kỳ nắng nóng.",
            n,
            "trong thời kỳ nắng nóng",
            None,
            Period,
        );
        one(
            "Công an xã bảo đảm an ninh trật tự trước, trong và sau ngày bầu cử; nắm chắc tình hình.",
            n,
            "trước, trong và sau ngày bầu cử",
            None,
            Period,
        );
        one(
            "Giải quyết dứt điểm đơn thư trước thời điểm đại hội chi bộ.",
            n,
            "trước thời điểm đại hội chi bộ",
            None,
            Period,
        );
    }

    #[test]
    fn before_a_school_term_or_year() {
        let n = ymd(2018, 10, 5);
        one(
            "Đề xuất phương án lắp đặt hệ thống lọc nước trước học kỳ II năm học 2018 - 2019.",
            n,
            "trước học kỳ II năm học 2018 - 2019",
            None,
            Period,
        );
        one(
            "Các trường hoàn thành sửa chữa phòng học trước năm học 2019 - 2020.",
            n,
            "trước năm học 2019 - 2020",
            None,
            Period,
        );
    }

    #[test]
    fn at_the_meeting_of_next_week_or_month() {
        let n = ymd(2024, 1, 10);
        one(
            "Văn phòng theo dõi, báo cáo Chủ tịch UBND tại cuộc họp giao ban tuần sau.",
            n,
            "tại cuộc họp giao ban tuần sau",
            None,
            Date,
        );
        one(
            "Phòng Nội vụ báo cáo kết quả tại buổi giao ban tháng tới.",
            n,
            "tại buổi giao ban tháng tới",
            Some("2024-02-29"),
            Date,
        );
    }

    #[test]
    fn each_unit_and_counts_per_unit_recur() {
        let n = ymd(2022, 9, 21);
        one(
            "Giao Tổ kiểm tra ra quân xử lý, mỗi tháng tổ chức ít nhất 02 đợt cao điểm.",
            n,
            "mỗi tháng",
            None,
            Recurring,
        );
        one(
            "Phòng Văn hóa kiểm tra các cơ sở mỗi quý tại các thôn.",
            n,
            "mỗi quý",
            None,
            Recurring,
        );
        one(
            "Ban Văn hóa tổ chức hội thi mỗi năm học.",
            n,
            "mỗi năm học",
            None,
            Recurring,
        );
        one(
            "Công an xã tuần tra 03 đợt/năm tại các tuyến đường.",
            n,
            "03 đợt/năm",
            None,
            Recurring,
        );
        one(
            "Hội Nông dân kiểm tra ít nhất 01 lần/6 tháng.",
            n,
            "01 lần/6 tháng",
            None,
            Recurring,
        );
        // Once within a dated year is that year's period.
        one(
            "Tổ chức đối thoại với Nhân dân ít nhất 01 lần trong năm 2022.",
            n,
            "trong năm 2022",
            Some("2022-12-31"),
            Period,
        );
    }

    #[test]
    fn weekdays_that_recur() {
        let n = ymd(2023, 4, 3);
        one(
            "Chỉ đạo cơ sở ra quân tổng vệ sinh môi trường vào ngày Chủ nhật cuối tháng.",
            n,
            "vào ngày Chủ nhật cuối tháng",
            None,
            Recurring,
        );
        one(
            "Trạm Y tế tổ chức tiêm chủng vào thứ Sáu tuần cuối mỗi tháng.",
            n,
            "vào thứ Sáu tuần cuối mỗi tháng",
            None,
            Recurring,
        );
        one(
            "Tổ chức cấp căn cước lưu động tại các ấp vào các ngày thứ Bảy, Chủ nhật.",
            n,
            "vào các ngày thứ Bảy, Chủ nhật",
            None,
            Recurring,
        );
        one(
            "Chi cục kiểm tra các cơ sở kinh doanh vào các ngày cuối tuần.",
            n,
            "vào các ngày cuối tuần",
            None,
            Recurring,
        );
        // With its month the last Sunday is one day, no recurrence.
        assert!(
            run("Các ấp tổng vệ sinh vào ngày Chủ nhật cuối tháng 3.", n)
                .iter()
                .all(|(_, _, kind)| *kind != Recurring)
        );
    }

    #[test]
    fn a_dated_period_after_a_recurrence_bounds_all_rounds() {
        let n = ymd(2023, 4, 20);
        assert_eq!(
            run(
                "Ra quân làm sạch bãi biển vào sáng Chủ nhật hằng tuần, từ tháng 5 đến hết tháng 8-2023.",
                n
            ),
            vec![
                (fold_pattern("vào sáng Chủ nhật hằng tuần"), None, Recurring),
                (
                    fold_pattern("từ tháng 5 đến hết tháng 8-2023"),
                    Some("2023-08-31".to_string()),
                    Period
                ),
            ]
        );
        assert_eq!(
            run("Đoàn Thanh niên ra quân hằng tuần trong tháng 6/2023.", n),
            vec![
                (fold_pattern("hằng tuần"), None, Recurring),
                (
                    fold_pattern("trong tháng 6/2023"),
                    Some("2023-06-30".to_string()),
                    Period
                ),
            ]
        );
        // Rounds of weeks fit many times in a period without its year too.
        assert_eq!(
            run(
                "Ra quân vào Chủ nhật hằng tuần trong tháng 6 và tháng 7.",
                n
            ),
            vec![
                (fold_pattern("vào Chủ nhật hằng tuần"), None, Recurring),
                (
                    fold_pattern("trong tháng 6 và tháng 7"),
                    Some("2023-07-31".to_string()),
                    Period
                ),
            ]
        );
        // Without a year of its own the period is part of each yearly or
        // monthly round.
        one(
            "Văn phòng gửi báo cáo hằng năm, trong quý IV.",
            n,
            "hằng năm, trong quý IV",
            None,
            Recurring,
        );
    }

    #[test]
    fn ocr_slips_inside_a_date_are_read_as_digits() {
        let n = ymd(2008, 5, 12);
        one(
            "Xử lý dứt điểm các trọng điểm xung yếu trước ngày l5/7/2008.",
            n,
            "trước ngày l5/7/2008",
            Some("2008-07-15"),
            Date,
        );
        one(
            "Kiện toàn Ban Chỉ huy; hoàn thành trước ngày 3O/5/2008. Xây dựng phương án.",
            n,
            "trước ngày 3O/5/2008",
            Some("2008-05-30"),
            Date,
        );
        one(
            "Báo cáo kết quả trước ngày I0/6.",
            n,
            "trước ngày I0/6",
            Some("2008-06-10"),
            Date,
        );
        // A Roman quarter and letters of words stay as printed.
        one(
            "Hoàn thành trong quý I/2009.",
            n,
            "trong quý I/2009",
            Some("2009-03-31"),
            Period,
        );
        assert_eq!(
            mend_ocr_dates("số 1O/CT-UBND, lo/ngại, Ol"),
            "số 1O/CT-UBND, lo/ngại, Ol"
        );
        assert_eq!(mend_ocr_dates("ngày l5/7/2OO8."), "ngày 15/7/2008.");
    }

    #[test]
    fn periods_that_name_the_subject_of_the_work() {
        let n = ymd(2017, 6, 20);
        none(
            "Văn phòng chuẩn bị nội dung giao ban 6 tháng đầu năm 2017.",
            n,
        );
        none("Chi cục Thuế dự báo khả năng thu 6 tháng cuối năm.", n);
        none(
            "Bảo hiểm xã hội thanh toán chi phí khám chữa bệnh bảo hiểm y tế quý I và quý II/2017.",
            n,
        );
        none("Phòng Lao động tổng hợp số liệu quý II/2017.", n);
        none(
            "Tháo gỡ vướng mắc trong thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế quý I/2017.",
            n,
        );
        // A cue between the noun and the period makes it the time of the work.
        one(
            "Ban Tài chính báo cáo kết quả thực hiện trong 6 tháng cuối năm 2017.",
            n,
            "trong 6 tháng cuối năm 2017",
            Some("2017-12-31"),
            Period,
        );
        one(
            "Tổng hợp, báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 7/2017.",
            n,
            "tại phiên họp thường kỳ tháng 7/2017",
            Some("2017-07-31"),
            Period,
        );
        one(
            "Hoàn thành thanh toán chi phí bồi thường trong quý III/2017.",
            n,
            "trong quý III/2017",
            Some("2017-09-30"),
            Period,
        );
        // An index, a scenario or a plan of the period names the work.
        one(
            "Sở Xây dựng công bố chỉ số giá xây dựng quý II/2017 trước ngày 15/7/2017.",
            n,
            "trước ngày 15/7/2017",
            Some("2017-07-15"),
            Date,
        );
        none(
            "Chi cục Thuế xây dựng kịch bản thu ngân sách 6 tháng cuối năm 2017 theo từng tháng.",
            n,
        );
        // The revenue of the period is a target within it.
        one(
            "Phấn đấu thu ngân sách 6 tháng cuối năm 2017 đạt trên 50% dự toán.",
            n,
            "6 tháng cuối năm 2017",
            Some("2017-12-31"),
            Period,
        );
    }

    #[test]
    fn a_policys_period_and_a_cited_title_are_no_deadlines() {
        let n = ymd(2020, 3, 5);
        none(
            "Bộ Tài chính nghiên cứu, đề xuất giảm thuế bảo vệ môi trường đối với nhiên liệu bay đến hết năm 2020.",
            n,
        );
        none(
            "Cục Thuế thực hiện gia hạn nộp thuế cho doanh nghiệp đến hết ngày 30/9/2020.",
            n,
        );
        none(
            "Hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 77/2015/NĐ-CP về kế hoạch đầu tư công trung hạn và hằng năm.",
            n,
        );
        // The work's own time stays, and a yearly plan outside a title is a recurrence.
        one(
            "Sở Tài chính đề xuất phương án giảm thuế, trình UBND tỉnh trước ngày 30/4/2020.",
            n,
            "trước ngày 30/4/2020",
            Some("2020-04-30"),
            Date,
        );
        one(
            "Phòng Kế hoạch xây dựng kế hoạch đầu tư công hằng năm.",
            n,
            "hằng năm",
            None,
            Recurring,
        );
    }

    /// The end of a window may carry its clock time; the window is due on its last day.
    #[test]
    fn a_window_ends_at_a_clock_time() {
        one(
            "Nhận hồ sơ đăng ký từ ngày 02/6/2025 đến 16 giờ 30 ngày 13/6/2025; hướng dẫn thí sinh.",
            ymd(2025, 5, 20),
            "từ ngày 02/6/2025 đến 16 giờ 30 ngày 13/6/2025",
            Some("2025-06-13"),
            Period,
        );
    }

    /// Rounds counted in hours or in issues are recurrences.
    #[test]
    fn rounds_in_hours_and_issues_recur() {
        let r = |t: &str, p: &str| one(t, ymd(2025, 7, 1), p, None, Recurring);
        r(
            "Trung tâm Dự báo cập nhật bản tin 06 giờ một lần.",
            "06 giờ một lần",
        );
        r(
            "Đài Truyền thanh phát chuyên mục tối thiểu 03 kỳ/tháng.",
            "03 kỳ/tháng",
        );
        r(
            "Cổng thông tin đăng ít nhất 02 tin/tuần về tiến độ.",
            "02 tin/tuần",
        );
    }

    /// A report's rounds listed without "định kỳ" recur; with a year they are a period named.
    #[test]
    fn report_rounds_listed_bare() {
        one(
            "Sở Tư pháp báo cáo kết quả thực hiện 6 tháng, năm về UBND tỉnh.",
            ymd(2025, 3, 1),
            "6 tháng, năm",
            None,
            Recurring,
        );
        one(
            "Phòng Nội vụ báo cáo kết quả 6 tháng, năm 2024 trước ngày 20/01/2025.",
            ymd(2025, 1, 5),
            "trước ngày 20/01/2025",
            Some("2025-01-20"),
            Date,
        );
    }

    /// The weekday after a weekly round, later in its clause, is read with the
    /// round; not across a semicolon, and not when found as a time of its own.
    #[test]
    fn a_weekday_after_a_weekly_round() {
        one(
            "Định kỳ hằng tuần báo cáo tình hình về Sở Y tế vào sáng thứ Hai.",
            ymd(2025, 3, 1),
            "Định kỳ hằng tuần báo cáo tình hình về Sở Y tế vào sáng thứ Hai",
            None,
            Recurring,
        );
        one(
            "Báo cáo UBND huyện hằng tuần (vào chiều thứ Năm) để tổng hợp.",
            ymd(2025, 3, 1),
            "hằng tuần (vào chiều thứ Năm)",
            None,
            Recurring,
        );
        let got = run(
            "Tổng hợp số liệu hằng tuần; tổ chức họp giao ban vào thứ Sáu.",
            ymd(2025, 3, 1),
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "hằng tuần");
        // Without a weekly round, a weekday alone is no deadline.
        assert!(run("Đoàn kiểm tra làm việc vào thứ Sáu.", ymd(2025, 3, 1)).is_empty());
    }

    /// A time inside a purpose clause ("để kịp …") is what the work serves;
    /// "kịp thời" (in time) opens no purpose.
    #[test]
    fn a_purpose_clause_holds_no_deadline() {
        one(
            "Gửi hồ sơ thanh toán chậm nhất ngày 10/12/2025 để kịp giải ngân trong năm.",
            ymd(2025, 11, 1),
            "chậm nhất ngày 10/12/2025",
            Some("2025-12-10"),
            Date,
        );
        one(
            "Các xã để kịp thời xử lý, hoàn thành trong tháng 12/2025.",
            ymd(2025, 11, 1),
            "trong tháng 12/2025",
            Some("2025-12-31"),
            Period,
        );
    }

    /// A window closed before the notice is the period a figure covers; one
    /// still open is a deadline.
    #[test]
    fn a_closed_window_is_a_data_period() {
        assert!(run(
            "Thống kê số vụ vi phạm từ ngày 01/01/2025 đến ngày 30/6/2025, gửi Công an huyện.",
            ymd(2025, 7, 10),
        )
        .is_empty());
        one(
            "Tổ chức kiểm tra từ ngày 15/7/2025 đến ngày 30/7/2025.",
            ymd(2025, 7, 10),
            "từ ngày 15/7/2025 đến ngày 30/7/2025",
            Some("2025-07-30"),
            Period,
        );
    }

    /// Months listed with commas after "các tháng" (or ending in "và") are
    /// one span, due at the last month's end; the last days or the season
    /// of the year's end are due on 31/12.
    #[test]
    fn month_lists_and_the_year_s_end() {
        let n = ymd(2024, 3, 18);
        one(
            "Bảo đảm cung cấp đủ than trong các tháng 4, 5, 6 và 7/2024.",
            n,
            "trong các tháng 4, 5, 6 và 7/2024",
            Some("2024-07-31"),
            Period,
        );
        one(
            "Tăng cường kiểm tra trong tháng 10, 11 và 12.",
            n,
            "trong tháng 10, 11 và 12",
            Some("2024-12-31"),
            Period,
        );
        // A comma after a month without a closing "và" starts a count.
        one(
            "Kiểm tra trong tháng 6, 10 đơn vị chưa nộp báo cáo.",
            n,
            "trong tháng 6",
            Some("2024-06-30"),
            Period,
        );
        one(
            "Thanh toán kịp thời vào những ngày cuối năm.",
            n,
            "vào những ngày cuối năm",
            Some("2024-12-31"),
            Period,
        );
        one(
            "Không để giá tăng đột biến, nhất là dịp cuối năm.",
            n,
            "dịp cuối năm",
            Some("2024-12-31"),
            Period,
        );
    }

    #[test]
    fn times_after_a_storm_and_before_a_daily_round() {
        let n = ymd(2025, 8, 20);
        one(
            "Khơi thông kênh mương, bơm tiêu nước cho diện tích mạ ngay sau bão.",
            n,
            "ngay sau bão",
            None,
            Date,
        );
        // Weather or diseases after the storm name what is meant.
        none(
            "Theo dõi chặt chẽ tình hình mưa lũ sau bão trên địa bàn.",
            n,
        );
        none("Giám sát dịch bệnh sau bão tại các thôn bị ngập.", n);
        one(
            "Báo cáo nhanh về Ban Chỉ huy trước 8 giờ và 15 giờ 30 hằng ngày.",
            n,
            "trước 8 giờ và 15 giờ 30 hằng ngày",
            None,
            Recurring,
        );
    }

    #[test]
    fn a_lead_time_before_an_event_is_one_phrase() {
        let n = ymd(2026, 1, 10);
        one(
            "Niêm yết danh sách cử tri chậm nhất 20 ngày trước ngày bỏ phiếu.",
            n,
            "chậm nhất 20 ngày trước ngày bỏ phiếu",
            None,
            Period,
        );
        one(
            "Thông báo cho các hộ dân ít nhất 03 ngày trước khi cắt điện.",
            n,
            "ít nhất 03 ngày trước khi cắt điện",
            None,
            Period,
        );
    }

    #[test]
    fn next_week_bare_after_a_body_and_a_holiday_with_its_days() {
        let n = ymd(2025, 11, 5);
        one(
            "Tổng hợp danh sách, báo cáo Thường trực Đảng ủy tuần sau để xem xét.",
            n,
            "tuần sau",
            Some("2025-11-16"),
            Period,
        );
        none(
            "Văn phòng xây dựng kế hoạch tuần tới, gửi các thành viên.",
            n,
        );
        one(
            "Tăng cường tuần tra trong dịp nghỉ lễ 30/4 - 1/5.",
            ymd(2025, 4, 10),
            "trong dịp nghỉ lễ 30/4 - 1/5",
            Some("2025-05-01"),
            Period,
        );
        one(
            "Bảo đảm an ninh trật tự trong dịp đại lễ 30/4 và 1/5.",
            ymd(2025, 4, 10),
            "trong dịp đại lễ 30/4 và 1/5",
            Some("2025-05-01"),
            Period,
        );
    }

    #[test]
    fn a_halts_day_a_plans_name_and_a_school_years_start() {
        let n = ymd(2025, 10, 2);
        one(
            "Các cơ sở giáo dục cho trẻ nghỉ học ngày 06/10/2025, bảo vệ tài sản.",
            n,
            "ngày 06/10/2025",
            Some("2025-10-06"),
            Date,
        );
        none(
            "Trình phê duyệt Phương án cung ứng vật tư tháng 11/2025 của đơn vị.",
            n,
        );
        // "Kế hoạch này" is this very plan, named by no period.
        let got = run(
            "Phát Kế hoạch này trên loa truyền thanh 03 lần/tuần trong tháng 11/2025.",
            n,
        );
        assert_eq!(got.len(), 2, "{got:?}");
        one(
            "Tổ chức tuyên truyền trong buổi sinh hoạt đầu năm học 2025 - 2026.",
            n,
            "đầu năm học 2025 - 2026",
            None,
            Period,
        );
    }
}
