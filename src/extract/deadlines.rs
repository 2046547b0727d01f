//! Time expressions that fix when work must be done, resolved to ISO dates.
//!
//! All wording lives in `patterns/70-deadlines.pat`. Three finder sections
//! give the phrases and their kind; `deadline_not` drops phrases that are part
//! of a name, a cited document or a start date; the `deadline_value_*`
//! sections read the latest day a phrase allows. This module only combines
//! matches and does calendar arithmetic.

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate};
use regex::{Captures, Regex};

use crate::model::DeadlineKind;
use crate::rules::Rules;

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
}

/// Find the deadlines in `key` (tone-folded text of one directive).
pub fn find(key: &str, notice_date: Option<NaiveDate>, rules: &Rules) -> Vec<Found> {
    let excluded: Vec<Range<usize>> = rules
        .regex("deadline_not")
        .find_iter(key)
        .map(|m| m.range())
        .collect();
    let mut cands: Vec<(usize, Candidate)> = Vec::new();
    for (order, (section, kind)) in FINDERS.iter().enumerate() {
        for m in rules.regex(section).find_iter(key) {
            let range = trim_phrase(key, m.range());
            if range.is_empty() {
                continue;
            }
            // A phrase inside (or straddling) a name or a cited date is not a
            // deadline; one that contains such a date whole is ("trước ngày 10
            // tháng 6 năm 2025" contains the plain date form).
            let spoiled = excluded.iter().any(|x| {
                x.start < range.end
                    && range.start < x.end
                    && !(range.start <= x.start && x.end <= range.end)
            });
            if !spoiled {
                cands.push((order, Candidate { range, kind: *kind }));
            }
        }
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
    let merged = merge_recurrences(key, kept);

    let mut out = Vec::new();
    // Without a notice date, a phrase with no year takes the last year
    // written before it in the same directive.
    let mut context_year: Option<i32> = None;
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
        match resolve(phrase, fallback, notice_date, rules) {
            Resolved::Reject => {}
            Resolved::Value(v) => {
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
                out.push(Found {
                    range: c.range,
                    date: v.date,
                    kind: c.kind,
                });
            }
        }
    }
    out
}

/// Drop punctuation and spaces the regexes may take at the edges (a sentence
/// start alternative takes the period before it), keeping a closing
/// parenthesis that closes one opened inside the phrase.
fn trim_phrase(key: &str, r: Range<usize>) -> Range<usize> {
    let text = &key[r.clone()];
    let lead = text
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let mut body = &text[lead..];
    loop {
        let Some(last) = body.chars().next_back() else {
            break;
        };
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
/// date plus a recurrence.
fn merge_recurrences(key: &str, kept: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for c in kept {
        if let Some(prev) = out.last_mut() {
            let gap = &key[prev.range.end..c.range.start];
            let gap = gap.trim();
            let touching = gap.is_empty() || gap == ",";
            let recurring =
                prev.kind == DeadlineKind::Recurring || c.kind == DeadlineKind::Recurring;
            if touching && recurring {
                prev.range.end = c.range.end;
                prev.kind = DeadlineKind::Recurring;
                continue;
            }
        }
        out.push(c);
    }
    out
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
            let month = match (group(re, &caps, "first"), group(re, &caps, "last")) {
                (Some(n), _) => number(n, rules).filter(|m| (1..=12).contains(m))?,
                (None, Some(_)) => 12,
                _ => return None,
            };
            Some(Reading {
                unit: Unit::Month(month),
                year: ctx.year(re, &caps),
            })
        })
        .collect();
    if !halves.is_empty() {
        return Resolved::Value(ctx.settle(&halves, true));
    }

    // A delay counts from a printed day, or fixes nothing.
    let re = rules.regex("deadline_value_duration");
    if let Some(caps) = re.captures(phrase) {
        let start = match (
            group(re, &caps, "d").and_then(|d| number(d, rules)),
            group(re, &caps, "m").and_then(|m| number(m, rules)),
            group(re, &caps, "y").and_then(parse_year),
        ) {
            (Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(y, m, d),
            _ => None,
        };
        let n = group(re, &caps, "n").and_then(|n| number(n, rules));
        let unit = group(re, &caps, "u").and_then(|u| rules.list("deadline_units").value_of(u));
        // Working days skip holidays we do not know.
        let working = group(re, &caps, "work").is_some();
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
            let d = group(re, &caps, "d").and_then(|d| number(d, rules))?;
            let m = group(re, &caps, "m").and_then(|m| number(m, rules))?;
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
                malformed = true;
                return None;
            }
            Some(Reading {
                unit: Unit::Day(m, d),
                year: ctx.year(re, &caps),
            })
        })
        .collect();
    if !days.is_empty() {
        return Resolved::Value(ctx.settle(&days, false));
    }

    let re = rules.regex("deadline_value_quarter");
    let quarters: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| match group(re, &caps, "q") {
            Some(q) => {
                let q = number(q, rules).filter(|q| (1..=4).contains(q))?;
                Some(Reading {
                    unit: Unit::Month(q * 3),
                    year: ctx.year(re, &caps),
                })
            }
            // "quý này / quý tới": the notice's quarter or a later one.
            None => {
                let shift = group(re, &caps, "rel").and_then(|w| relative(w, rules))?;
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
        return Resolved::Value(ctx.settle(&quarters, false));
    }

    let re = rules.regex("deadline_value_month");
    let months: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| match group(re, &caps, "m") {
            Some(m) => {
                let m = number(m, rules).filter(|m| (1..=12).contains(m))?;
                Some(Reading {
                    unit: Unit::Month(m),
                    year: ctx.year(re, &caps),
                })
            }
            // "tháng này / tháng tới".
            None => {
                let shift = group(re, &caps, "rel").and_then(|w| relative(w, rules))?;
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
        return Resolved::Value(ctx.settle(&months, false));
    }

    let re = rules.regex("deadline_value_year");
    let years: Vec<Reading> = re
        .captures_iter(phrase)
        .filter_map(|caps| {
            let year = ctx.year(re, &caps)?;
            Some(Reading {
                unit: Unit::Month(12),
                year: Some(year),
            })
        })
        .collect();
    if !years.is_empty() {
        return Resolved::Value(ctx.settle(&years, false));
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

struct Ctx<'r> {
    rules: &'r Rules,
    notice: Option<NaiveDate>,
    fallback_year: Option<i32>,
}

impl Ctx<'_> {
    /// The year a value match prints: digits (`y`), or a word relative to the
    /// notice (`rel`: "năm nay", "năm tới").
    fn year(&self, re: &Regex, caps: &Captures) -> Option<i32> {
        if let Some(y) = group(re, caps, "y") {
            return parse_year(y);
        }
        let shift = group(re, caps, "rel").and_then(|w| relative(w, self.rules))?;
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
fn group<'t>(re: &Regex, caps: &Captures<'t>, base: &str) -> Option<&'t str> {
    re.capture_names()
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
fn add(start: NaiveDate, n: u32, unit: &str) -> Option<NaiveDate> {
    match unit {
        "day" => start.checked_add_days(Days::new(u64::from(n))),
        "week" => start.checked_add_days(Days::new(u64::from(n) * 7)),
        "month" => start.checked_add_months(Months::new(n)),
        "year" => start.checked_add_months(Months::new(n.checked_mul(12)?)),
        _ => None,
    }
}
