//! Directives with their bodies, actions and deadlines.
//!
//! Walks the blocks of [`crate::segment`] in order and decides which ones ask
//! for work: items of a part titled "nhiệm vụ / giải pháp / tổ chức thực hiện",
//! items and paragraphs after an introducing sentence ("… yêu cầu …:",
//! "… như sau:"), and news paragraphs from the first one that hands out work
//! ("… yêu cầu các sở …") for as long as paragraphs read as tasks. Bodies are
//! handed down from headings and introducing sentences to the items under
//! them until an item names its own; a clause with a different subject starts
//! a new directive; inline `(i) … (ii) …` enumerations are split.

pub mod actions;
pub mod deadlines;
pub mod parties;
pub mod tables;

use std::collections::HashSet;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::model::{Directive, Header, Party, Role};
use crate::normalize::Normalized;
use crate::rules::Rules;
use crate::segment::{Block, Part, Segmented, Style, Zone};
use crate::tokens::{tokenize_for, Token};
use parties::{Lexicon, Mention};

pub const REQUIRED_RULES: &[&str] = &[
    "intro_sentence",
    "run_cue",
    "task_modal",
    "inline_enum",
    "continuation",
];

/// Required sections of every extraction sub-module.
pub fn required_rules() -> Vec<&'static str> {
    let mut v = REQUIRED_RULES.to_vec();
    v.extend_from_slice(parties::REQUIRED_RULES);
    v.extend_from_slice(deadlines::REQUIRED_RULES);
    v.extend_from_slice(actions::REQUIRED_RULES);
    v.extend_from_slice(tables::REQUIRED_RULES);
    v
}

/// Bodies handed down to the items under a heading or after an introducing sentence.
#[derive(Debug, Clone, Default)]
struct Handed {
    lead: Vec<Mention>,
    cooperate: Vec<Mention>,
    /// Set by a heading or sentence that names bodies.
    set: bool,
    /// The heading tells another body what to do ("Chỉ đạo Sở X:"): the items are
    /// that body's tasks, so their `phối hợp` names no cooperating body.
    directed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Outside any part that gives work.
    Off,
    /// Inside a part whose heading names tasks: every item counts.
    Section,
    /// After an introducing sentence or a paragraph that handed out work.
    Run,
}

struct Ctx<'a> {
    n: &'a Normalized,
    input: &'a str,
    lex: Lexicon<'a>,
    rules: &'a Rules,
    notice_date: Option<NaiveDate>,
    /// The meeting's day and the effective day, for delays counted from them.
    starts: deadlines::Starts,
    scope: Option<String>,
    /// A news article (no kind, no number): reported speech is read as such.
    news: bool,
    /// The notice closes by only informing (`… thông báo để các tổ chức,
    /// công dân được biết./.`; optional section `inform_closing`).
    informs: bool,
    /// The single bodies whose name opens with a head a bare mention may
    /// refer back to, with their canonical names, in text order: read once
    /// per notice when the first bare head asks (see `bare_head_referent`).
    referable_bodies: std::cell::OnceCell<Vec<(Mention, String)>>,
    /// The single People's Committees the notice names, with their
    /// canonical names, in text order: read once per notice when the first
    /// bare "Tỉnh" of a news report asks (see `province_referent`).
    committee_bodies: std::cell::OnceCell<Vec<(Mention, String)>>,
    /// The bodies a letter's `Kính gửi:` block names, read once per notice
    /// when a mention refers to them (see `addressee_referents`).
    addressees: std::cell::OnceCell<Vec<Mention>>,
    /// Initials the text gives in brackets ("(BQL)"), each with the place of
    /// its first bracket, read once per notice when a mention in capitals
    /// asks (see `initials_referent`).
    initials_given: std::cell::OnceCell<Vec<(String, usize)>>,
    /// The words (lower case) of the issuer as printed, its unit and the
    /// office under it ("UBND QUẬN NGŨ HÀNH SƠN" ⏎ "PHÒNG Y TẾ"): an office
    /// that says what it will do itself (`is_issuer_office`).
    issuer_office: Vec<String>,
}

/// Extract the directives of a segmented notice.
pub fn directives(
    n: &Normalized,
    input: &str,
    seg: &Segmented,
    header: &Header,
    rules: &Rules,
) -> Vec<Directive> {
    let mut lex = Lexicon::new(rules);
    lex.learn_acronyms(&n.key, rules);
    let scope = issuer_scope(&lex, rules, header.issuer.as_deref());
    let issuer_office = issuer_words(rules, header.issuer.as_deref());
    if let Some(scope) = &scope {
        let toks = tokenize_for(scope, 0, rules);
        lex.issuer_rank = lex.level_rank(&toks, 0).unwrap_or(0);
    }
    let notice_date = header
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let meeting_date = header
        .meeting
        .as_ref()
        .and_then(|m| m.date.as_deref())
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let news = header.doc_type.is_none() && header.number.is_none();
    let ctx = Ctx {
        n,
        input,
        lex,
        rules,
        notice_date,
        starts: deadlines::Starts::read(&n.key, meeting_date, notice_date, news, rules)
            .with_own(header.doc_type.as_deref().filter(|_| !news), notice_date),
        scope,
        news,
        informs: rules
            .optional_regex("inform_closing")
            .is_some_and(|r| r.is_match(&n.key)),
        referable_bodies: std::cell::OnceCell::new(),
        committee_bodies: std::cell::OnceCell::new(),
        issuer_office,
        addressees: std::cell::OnceCell::new(),
        initials_given: std::cell::OnceCell::new(),
    };
    let intro = rules.regex("intro_sentence");
    let run_cue = rules.regex("run_cue");
    let part_other = rules.regex("section_other");
    let assessment_opening = rules.optional_regex("assessment_opening");
    let task_modal = rules.regex("task_modal");
    let report_item = rules.optional_regex("assessment_item");
    let floor_request = rules.optional_regex("floor_request");
    let pointer_note = rules.optional_regex("pointer_note");
    let task_title_for = rules.optional_regex("task_title_for");
    let amount_line = rules.optional_regex("amount_line");
    let background = rules.optional_regex("background_paragraph");
    let conclusion_cue = rules.optional_regex("conclusion_cue");
    let continuation = rules.regex("continuation");
    let lead_tag = rules.optional_regex("news_lead");
    let datelines = [rules.regex("news_dateline"), rules.regex("news_date_bare")];
    let news = ctx.news;
    // A news article's lead is not met yet (formal notices have none).
    let mut lead_open = news;
    // Past the lead of a news report, a paragraph has asked someone
    // ("… yêu cầu …", "… đề nghị …"): the duties told after it are the
    // leader's directions.
    let mut news_asked = false;

    let blocks = &seg.blocks;
    let mut handed: Vec<Handed> = vec![Handed::default(); blocks.len()];
    // Items that are a whole task of their own with plain paragraphs under
    // them ("5. Báo Quảng Bình … tăng cường …" ⏎ "Yêu cầu Thủ trưởng các
    // sở, ngành … nghiêm túc triển khai …; kết quả báo cáo …"), as opposed
    // to headings of items.
    let mut task_item: Vec<bool> = vec![false; blocks.len()];
    // Headings that only name the doers of the items under them.
    let mut label_heading: Vec<bool> = vec![false; blocks.len()];
    let mut out = Vec::new();
    let mut mode = Mode::Off;
    let mut run_handed = Handed::default();
    // The parent of the numbered item whose own bodies started the run, if
    // one did: its numbered siblings are tasks of their own, not its
    // continuation ("1. … giao Phòng A …" says nothing of who does "2. …").
    let mut run_from_item: Option<Option<usize>> = None;
    // The item whose paragraph started the run ("1. Đảm bảo cung cấp điện"
    // ⏎ "Giao các Điện lực:" ⏎ "+ …"): the run holds inside that item only,
    // not in the items after it ("3. Công tác đầu tư xây dựng" ⏎ "Ban Quản
    // lý dự án … đẩy nhanh …" names its own doer, read or not).
    let mut run_within: Option<usize> = None;
    let mut last_leads = Handed::default();
    // The bullets under a label paragraph ("Đối với các tổ chức …:"): where
    // they end, and the mode and doers of the run to take up after them.
    let mut label_run: Option<(usize, Mode, Handed)> = None;
    // No part heading, intro or task yet: a formal notice that goes from its
    // title straight to numbered tasks ("THÔNG BÁO Kết luận …" then "1. Sở
    // Xây dựng khẩn trương …") has them from its first item.
    let mut untouched = header.doc_type.is_some();
    // A run of paragraphs that a non-task paragraph broke off (an
    // assessment between tasks): the next paragraph led by a body and its
    // verb takes it up again.
    let mut paused = false;
    // The pause came from a subheading set between the leader's directions.
    let mut heading_paused = false;
    // Under an assessment heading ("I. TÌNH HÌNH THỰC HIỆN"): a request
    // told of there ("09 hộ đề nghị bố trí tái định cư") is an account.
    let mut in_assessment = false;
    // A numbered assessment title ("1. Đánh giá chung") covers its own items only.
    let mut assessment_item: Option<usize> = None;
    // Under a part of purposes, principles or funding ("Điều 3. Nguyên tắc
    // phối hợp"): a sentence asks for work only when it names the body.
    let mut in_other_part = false;
    // Inside a document attached after the signature.
    let mut in_appendix = false;
    // A numbered assessment title that broke a run of conclusions ("…, Chủ
    // tịch UBND huyện kết luận như sau:" ⏎ "1. Đánh giá chung" ⏎ …): the run
    // and its hand-down, taken up again past the title's own paragraphs ("2.
    // Đối với từng công trình" ⏎ "a) …: Ban Quản lý dự án … chỉ đạo …").
    let mut resume_after: Option<(usize, Mode, Handed)> = None;
    // The run was just opened by an introducing sentence ("… đề nghị các
    // đơn vị triển khai một số nội dung sau:"), nothing read under it yet.
    let mut intro_fresh = false;
    let formal = header.doc_type.is_some();
    // Task tables of either layout, then plan items with their fields; a
    // later finder's table that overlaps an earlier one is dropped.
    let mut tables: Vec<tables::Table> = Vec::new();
    for found in [
        tables::find(n, blocks, rules),
        tables::find_line_rows(n, blocks, rules),
        tables::find_field_lists(n, blocks, rules),
    ] {
        let fresh: Vec<tables::Table> = found
            .into_iter()
            .filter(|f| {
                !tables
                    .iter()
                    .any(|t| t.blocks.start < f.blocks.end && f.blocks.start < t.blocks.end)
            })
            .collect();
        tables.extend(fresh);
    }

    for (bi, b) in blocks.iter().enumerate() {
        let fresh_intro = std::mem::take(&mut intro_fresh);
        if let Some(t) = tables.iter().find(|t| t.blocks.contains(&bi)) {
            if t.blocks.start == bi {
                for row in t.rows.iter().filter(|r| !row_done(&ctx, r)) {
                    emit_row(&ctx, blocks, row, &mut out);
                }
            }
            continue;
        }
        // A plain line that only brings in the table under it ("Bảng phân
        // công các đợt kiểm tra liên ngành:"): the rows are the tasks.
        // (An introducing sentence over it, "Nhiệm vụ cụ thể được phân công
        // như sau:", still opens a run: the paragraphs after the table are
        // the run's.)
        if b.marker.is_none()
            && b.zone == Zone::Body
            && n.key[b.content.clone()].trim_end().ends_with(':')
            && !intro.is_match(n.key[b.content.clone()].trim_end())
            && tables.iter().any(|t| t.blocks.start == bi + 1)
        {
            continue;
        }
        match b.zone {
            Zone::Header => {
                // A lead paragraph short enough to be read with the header
                // that ends "…, Chủ tịch UBND huyện kết luận như sau:" starts
                // a run of tasks; its own subject (the chair who concludes)
                // hands nothing down.
                let key = n.key[b.content.clone()].trim_end();
                if intro.is_match(key) && run_cue.is_match(key) {
                    mode = Mode::Run;
                    // A letter's lead-in read with its header ("Kính gửi: …"
                    // ⏎ "Sở … đề nghị Chủ tịch UBND các huyện … chỉ đạo …
                    // thực hiện các nội dung sau:") hands down the bodies it
                    // asks, as it does in the body.
                    let toks = tokenize_for(&n.key[b.content.clone()], b.content.start, ctx.rules);
                    let roles = parties::roles(&ctx.lex, &n.key, &toks, false);
                    run_handed = if roles.assigned.is_empty() {
                        Handed::default()
                    } else {
                        own_or(&roles, Handed::default())
                    };
                    run_from_item = None;
                    run_within = None;
                }
                continue;
            }
            Zone::Recipients | Zone::Signature => continue,
            // A document attached after the signature (a plan issued by the
            // decision, an appendix of tasks) is read as one of its own: its
            // items hold tasks only under a task part or an introducing
            // sentence, not from its first item.
            Zone::Appendix => {
                if !in_appendix {
                    in_appendix = true;
                    mode = Mode::Off;
                    untouched = false;
                    paused = false;
                    heading_paused = false;
                    run_handed = Handed::default();
                    run_from_item = None;
                    run_within = None;
                    last_leads = Handed::default();
                }
            }
            Zone::Closing => {
                mode = Mode::Off;
                paused = false;
                heading_paused = false;
                continue;
            }
            Zone::Body => {}
        }
        if let Some((item, m, h)) = resume_after.take() {
            let mut under = bi == item;
            let mut p = b.parent;
            while let Some(q) = p {
                under |= q == item;
                p = blocks[q].parent;
            }
            // ("1. Kết quả" ⏎ "2. Tồn tại, hạn chế" ⏎ "- …": more findings
            // under a title of their own; the run resumes after them.)
            let findings_title = b.marker.is_some()
                && !b.children.is_empty()
                && part_other.is_match(n.key[b.content.clone()].trim());
            if under {
                resume_after = Some((item, m, h));
            } else if findings_title && assessment_item == Some(item) {
                assessment_item = Some(bi);
                resume_after = Some((bi, m, h));
            } else if assessment_item == Some(item) {
                in_assessment = false;
                assessment_item = None;
                mode = m;
                run_handed = h;
                run_from_item = None;
            }
        }
        let key = &n.key[b.content.clone()];
        // The lead of a news article (its first paragraph of prose, often
        // bold, after "(Baoxyz.vn) -" or "TTO -", next to the dateline)
        // sums up the directions the body then tells one by one: no task
        // of its own, and no run starts from it.
        // A short line of a news article that no punctuation ends, in a
        // paragraph of its own, is its headline (before the lead) or a
        // subheading ("Ưu tiên thu hút dự án công nghệ cao, không đánh đổi
        // môi trường"): it restates, it asks nothing.
        let open_line = news
            && b.marker.is_none()
            && b.parent.is_none()
            && !b.heading
            && !key
                .trim_end()
                .ends_with(['.', '!', '?', ':', ';', '"', '…', ')'])
            && key.split_whitespace().count() <= 25;
        if open_line && lead_open {
            continue;
        }
        if lead_open && b.marker.is_none() && b.parent.is_none() && !b.heading {
            let sentence = key.trim_end().ends_with(['.', '!', '"', '…']);
            if key.trim_end().ends_with(':') {
                // An introducing sentence first: the article has no lead.
                lead_open = false;
            }
            if sentence {
                lead_open = false;
                let dated_next = blocks[bi + 1..].iter().take(2).any(|x| {
                    let k = n.key[x.content.clone()].trim();
                    datelines.iter().any(|r| r.is_match(k))
                });
                let tagged = lead_tag.is_some_and(|r| r.is_match(key.trim_start()));
                if b.emphasized || tagged || dated_next || restated(n, b, &blocks[bi + 1..]) {
                    continue;
                }
            }
        }
        // "(Nhiệm vụ giao UBND các huyện chi tiết tại Phụ lục kèm theo)":
        // where the tasks are, not one of them.
        if pointer_note.is_some_and(|r| r.is_match(key.trim())) {
            continue;
        }
        // "Ngày 08/3/2022, UBND tỉnh nhận được Văn bản số … đề nghị …": what
        // came in, told before the directions; the requests it tells ask no one.
        // (One that ends introducing the directions still introduces them:
        // "Theo báo cáo của Ban Thú y xã, … Chủ tịch UBND xã kết luận như sau:")
        if b.marker.is_none()
            && mode != Mode::Section
            && background.is_some_and(|r| r.is_match(key.trim_start()))
            && !intro.is_match(key.trim_end())
        {
            continue;
        }
        let toks = tokenize_for(key, b.content.start, ctx.rules);
        // "Vụ Đông Xuân 2025 - 2026, vùng … xuống giống khoảng 1,48 triệu
        // ha, dự kiến …": where the season stands, told before the requests.
        if b.marker.is_none()
            && mode != Mode::Section
            && !intro.is_match(key.trim_end())
            && season_background(&ctx, key, &toks, task_modal)
        {
            continue;
        }
        // Past the bullets of a label paragraph, the run's own doers are
        // back ("Đối với các tổ chức …:" ⏎ "- …" ⏎ "Giao Thanh tra Sở …").
        if let Some((end, m, h)) = label_run.take() {
            if bi < end {
                label_run = Some((end, m, h));
            } else {
                mode = m;
                run_handed = h;
            }
        }
        // "Đối với các tổ chức được cấp phép khai thác:" as a paragraph of its
        // own with nothing after its colon, the bullets after it at the same
        // level: a label of their doers (they are those bodies' work), no
        // task itself. Its bodies hold for those bullets only.
        if label_run.is_none() && !in_assessment {
            if let Some((end, h)) = for_label_paragraph(&ctx, blocks, bi, &toks) {
                let prev = std::mem::replace(&mut run_handed, h);
                label_run = Some((end, mode, prev));
                mode = Mode::Run;
                continue;
            }
        }
        // "1. Trung tâm Dịch vụ việc làm tỉnh" ⏎ "Là đơn vị tổ chức, có trách
        // nhiệm:" ⏎ "- …": the body's role over its items, no task.
        if b.marker.is_none() && b.children.is_empty() && role_label(&ctx, &toks) {
            continue;
        }
        let mut inherited = b
            .parent
            .map(|p| handed[p].clone())
            .filter(|h| h.set)
            .unwrap_or_else(|| {
                let sibling_item = b.marker.is_some() && run_from_item == Some(b.parent);
                let outside = run_within.is_some_and(|p| next_topic(blocks, bi, p));
                if mode == Mode::Off || sibling_item || outside {
                    Handed::default()
                } else {
                    run_handed.clone()
                }
            });
        // A plain paragraph under an item that is a task of its own, which
        // asks bodies of its own ("Yêu cầu Thủ trưởng các sở, ngành, Chủ
        // tịch UBND các huyện … nghiêm túc triển khai thực hiện; kết quả
        // báo cáo …", "Ban Thường vụ yêu cầu …; giao Văn phòng Đảng ủy theo
        // dõi …"), follows the list: the item's doer is not its doer.
        // So does one that opens asking ("Đề nghị các đồng chí Đảng ủy viên
        // phụ trách … đôn đốc …"), though it asks people.
        let plain_after_task = b.marker.is_none() && b.parent.is_some_and(|p| task_item[p]);
        // The paragraph opens asking (after a lead-in), and it names bodies
        // it gives work to; both are read only where a rule needs them.
        let opens_asking = || {
            ctx.lex
                .assign
                .match_at(
                    &toks,
                    parties::skip_lead_in(&ctx.lex, &n.key, &toks, 0, toks.len()),
                )
                .is_some()
        };
        let assigns_bodies = || {
            !parties::roles(&ctx.lex, &n.key, &toks, false)
                .assigned
                .is_empty()
        };
        if plain_after_task && (opens_asking() || assigns_bodies()) {
            inherited = Handed::default();
        }
        // "Một là, Bảo hiểm xã hội tỉnh chủ trì, phối hợp với Bưu điện tỉnh
        // …" ⏎ "Tổ chức chi trả tại nhà …": a paragraph of its own under an
        // item that is a task goes on with the item's doer, not its partners
        // (those of a label ending in ":" are handed to its items still).
        if plain_after_task {
            inherited.cooperate.clear();
        }
        // "d) Sở Tài chính … bố trí vốn …" ⏎ "Công trình phải hoàn thành,
        // thông xe trước ngày 30/4/2017 …": a paragraph whose subject is the
        // work itself, no body, before its duty, asks what must be done,
        // not who does it; it takes no doer from the item before.
        if (plain_after_task || b.marker.is_none() && b.parent.is_none()) && thing_owes(&ctx, &toks)
        {
            inherited = Handed::default();
        }
        // "Thứ bảy, Tổ giúp việc … tham mưu …" ⏎ "Đối với cán bộ, công chức
        // phường: mỗi cá nhân phải sử dụng chữ ký số …": a paragraph that
        // names whom it is for before a colon has its own target; the item
        // before hands it nothing.
        if plain_after_task && for_whom_label(&toks) {
            inherited = Handed::default();
        }
        let plain_top = b.marker.is_none() && b.parent.is_none();
        // (also under an item that is a task of its own: the paragraph
        // before may have named doers of its own)
        // ("Đồng thời, Bộ Tài chính yêu cầu Kho bạc Nhà nước chỉ đạo …" asks
        // a body of its own: that body is the doer)
        if (plain_top || plain_after_task)
            && last_leads.set
            && continuation.is_match(key)
            && !assigns_bodies()
        {
            // "Đồng thời, …" goes on with the doer of the paragraph before (not its partners).
            inherited = Handed {
                cooperate: Vec::new(),
                ..last_leads.clone()
            };
        }
        // In a news report, the leader's own words after a paragraph that
        // gave work ('"Cán bộ y tế phải đến từng nhà …", ông X nói.', "Phó
        // Chủ tịch UBND tỉnh cũng lưu ý, về lâu dài, việc xử lý … phải …")
        // are not that paragraph's list: they name their own doer or none.
        if news && plain_top && !continuation.is_match(key) && leader_remark(&ctx, &toks) {
            inherited = Handed::default();
        }
        // Nor is a paragraph that opens with a body asking others ("Sở Công
        // Thương yêu cầu các doanh nghiệp …" after "Sở NN&PTNT đề nghị UBND
        // các quận …"): a new asker, whose request was read as the handed-down
        // doer's requiring a third party and lost.
        if news && plain_top && !continuation.is_match(key) && body_asks_first(&ctx, &toks) {
            inherited = Handed::default();
        }
        // Nor, in a news report, one that opens with the request itself
        // ("Yêu cầu UBND các huyện, thành phố đưa chỉ tiêu …" after "…
        // giao Sở Lao động - Thương binh và Xã hội chủ trì …"): the leader
        // asks the bodies named, not the doer of the paragraph before.
        if news
            && plain_top
            && !continuation.is_match(key)
            && !inherited.lead.is_empty()
            && opens_asking()
            && assigns_bodies()
        {
            inherited = Handed::default();
        }
        let roles = parties::roles(&ctx.lex, &n.key, &toks, !inherited.lead.is_empty());
        if news && !news_asked {
            news_asked = (0..toks.len()).any(|k| ctx.lex.assign.match_at(&toks, k).is_some());
        }
        // (A quotation is read by its own rule: its duty does not open a
        // run that would take the quotations after it as tasks.)
        let modal_task = news
            && plain_top
            && news_asked
            && !toks.first().is_some_and(|t| t.is("\""))
            && body_modal_task(&ctx, &toks, &roles);
        if open_line {
            // A subheading that asks ("Bộ Y tế yêu cầu chuẩn bị sẵn sàng khu
            // vực cách ly") still opens the run of the paragraphs under it.
            if mode == Mode::Off && (!roles.assigned.is_empty() || cue_then_verb(&ctx, &toks)) {
                mode = Mode::Run;
                run_handed = own_or(&roles, Handed::default());
                run_from_item = None;
                run_within = None;
            }
            continue;
        }

        // Part headings switch the mode.
        if b.heading && b.part != Part::Topic {
            in_assessment = b.part == Part::Assessment;
            // (a numbered part: a news subheading "Mục tiêu … không thay
            // đổi" opens none)
            in_other_part = b.part == Part::Other && b.marker.is_some();
            assessment_item = (in_assessment && b.marker.is_some()).then_some(bi);
            resume_after = (assessment_item.is_some() && mode != Mode::Off)
                .then(|| (bi, mode, run_handed.clone()));
            untouched = false;
            paused = false;
            heading_paused = false;
            mode = if b.part == Part::Directive {
                Mode::Section
            } else {
                Mode::Off
            };
            run_handed = Handed::default();
            run_from_item = None;
            run_within = None;
            // A task part inside a part whose introducing sentence named the
            // doers ("1. Nhiệm vụ chung" after "… yêu cầu các sở, ngành …
            // thực hiện các nhiệm vụ sau:") keeps them for its items.
            let from_part = b
                .parent
                .filter(|_| b.part == Part::Directive)
                .map(|p| handed[p].clone())
                .filter(|h| h.set)
                .unwrap_or_default();
            handed[bi] = own_or(&roles, from_part);
            continue;
        }
        // Short unnumbered subheadings (news regions, bold lines) end a run.
        if b.heading && b.marker.is_none() {
            // A body-led task under it may take the run up again ("**Không
            // để dịch lan vào trường học**" ⏎ "Sở Giáo dục và Đào tạo chỉ
            // đạo các trường học …").
            heading_paused = mode == Mode::Run || (heading_paused && paused);
            paused = heading_paused;
            if mode == Mode::Run {
                mode = Mode::Off;
                run_handed = Handed::default();
                run_from_item = None;
                run_within = None;
            }
            continue;
        }
        let is_intro = intro.is_match(key.trim_end());
        // "Phòng GD&ĐT xây dựng Chương trình … và giao hiệu trưởng các
        // trường … thực hiện những yêu cầu chung sau:": an introducing
        // sentence whose later clause hands the work on hands down the
        // bodies it gives it to, not its subject.
        let later = (is_intro && roles.assigned.is_empty())
            .then(|| later_assignment(&ctx, &toks))
            .flatten();
        let own = later
            .clone()
            .unwrap_or_else(|| own_or(&roles, inherited.clone()));

        // An item that is a whole task sentence, followed only by plain
        // paragraphs ("5. Đề nghị Kho bạc … kịp thời." then a warning or
        // the closing, nested under it): a task, not a heading.
        let task_with_paragraphs = mode != Mode::Off
            && !b.children.is_empty()
            && !roles.label_only
            && b.marker.is_some()
            // (A bullet's sub-bullets are further work of its body: "-
            // Phòng Văn hóa - Xã hội chủ trì … chậm nhất ngày 23/02/2026;"
            // ⏎ "+ rà soát kỹ …".)
            && b.children.iter().all(|&c| match (&b.marker, &blocks[c].marker) {
                (_, None) => true,
                (Some(p), Some(m)) => {
                    matches!((p.style, m.style), (Style::Bullet(a), Style::Bullet(c)) if a != c)
                }
                _ => false,
            })
            && key.trim_end().ends_with(['.', ';'])
            // (Or a later clause with a subject of its own: "3. Về công tác
            // bầu cử: Ban Thường vụ thống nhất với báo cáo … Ban Chỉ đạo bầu
            // cử huyện tiếp tục kiểm tra …" opens with a decision.)
            && (reads_as_task(&ctx, &toks, &roles)
                || roles.clause_subjects.iter().any(|(_, leads)| !leads.is_empty())
                // (or tasks enumerated inline after its label: "Thứ nhất,
                // về vệ sinh môi trường, UBND đặc khu … phải xem đây là
                // nhiệm vụ cấp bách hàng đầu: (1) xử lý …; (2) tổ chức …")
                || rules.regex("inline_enum").find_iter(key).nth(1).is_some()
                // (or the last of a list of items that hold no items of
                // their own, "a) …" ⏎ "b) …" ⏎ "c) Kể từ ngày 01/01/2020,
                // các doanh nghiệp … không sử dụng …": the paragraphs after
                // it follow the list, they are no items of its)
                || last_of_leaf_list(&ctx, blocks, bi));
        // "1. Giao Chủ tịch UBND huyện thu hồi 140.000.000 đồng …, gồm:" over
        // the lines of the sum only: a task, its lines none.
        let over_sums = !b.children.is_empty()
            && b.children.iter().all(|&c| {
                amount_line.is_some_and(|r| r.is_match(n.key[blocks[c].content.clone()].trim()))
            })
            && reads_as_task(&ctx, &toks, &roles);
        // "1. Yêu cầu các chủ đầu tư đẩy nhanh tiến độ, …; các công trình
        // dưới đây phải bảo đảm mốc tiến độ:" over a task table: the work
        // before its last clause is a task of the item's own; the table's
        // rows are the rest.
        let own_work_over_table = b.marker.is_some()
            && !b.children.is_empty()
            && tables.iter().any(|t| t.blocks.start == bi + 1)
            && key.trim_end().rsplit_once(';').is_some_and(|(head, _)| {
                let k = toks
                    .iter()
                    .take_while(|t| t.start < b.content.start + head.len())
                    .count();
                toks[..k].iter().filter(|t| t.word).count() >= 6
                    && reads_as_task(&ctx, &toks[..k], &roles)
                    // (not a pointer to the table itself: "Thống nhất phân
                    // công nhiệm vụ theo bảng dưới đây; yêu cầu …:")
                    && !pointer_note.is_some_and(|r| r.is_match(head.trim()))
            });
        if task_with_paragraphs || over_sums || own_work_over_table {
            handed[bi] = own.clone();
            task_item[bi] = true;
        } else if !b.children.is_empty() || roles.label_only {
            // A heading of items: hands its bodies down, is no directive itself.
            // Only its own bodies can be its whole line (inherited ones were
            // read from another block's tokens).
            let named_here = !roles.lead.is_empty() || !roles.assigned.is_empty();
            // "1. Yêu cầu chung đối với các sở, ngành, UBND các huyện và các
            // chủ đầu tư" ⏎ "a) …": the bodies after "đối với" are the items'.
            let concerned = (!named_here)
                .then(|| {
                    let k = toks
                        .windows(2)
                        .position(|w| w[0].is("đối") && w[1].is("với"))?;
                    // "Bốn là, đối với các công ty TNHH một thành viên do
                    // UBND tỉnh làm chủ sở hữu:" over items: the kind of
                    // body the label opens with is theirs.
                    if toks[..k].iter().all(|t| !t.word) {
                        return for_body_label(&ctx, &toks, k + 2);
                    }
                    // (only after a title of tasks: "2. Tăng cường quản lý
                    // đối với các cơ sở kinh doanh" names what is managed)
                    let title = &n.key[b.content.start..toks[k].start];
                    task_title_for.filter(|r| r.is_match(title.trim()))?;
                    let r = parties::roles(&ctx.lex, &n.key, &toks[k..], false);
                    (!r.lead.is_empty()).then(|| own_or(&r, Handed::default()))
                })
                .flatten();
            // A label of bodies only, in parts set apart by ";" or naming
            // a collective the clauses do not read: all its bodies.
            let listed = label_lists(&ctx, &toks)
                .filter(|l| !named_here || key.contains(';') && l.len() > roles.lead.len());
            // "1. Chi cục Đê điều và Phòng chống lụt bão", "3. Chi cục Khai
            // thác và Bảo vệ nguồn lợi thủy sản" over items: a numbered line
            // that opens with a body's head and its name in capitals, and
            // asks no one, is that body, though its words read otherwise. Its
            // own body wins over the bodies of an earlier introducing sentence.
            let whole_name = (!named_here && concerned.is_none() && !is_intro)
                .then(|| whole_line_body(&ctx, b, &toks))
                .flatten();
            // "2. Chủ tịch UBND các xã, thị trấn có rừng" ⏎ "Chịu trách
            // nhiệm trước …" ⏎ "a) …": a first line that is only a body
            // (a label without its colon) over items hands that body down.
            let first_line =
                (!named_here && concerned.is_none() && !is_intro && whole_name.is_none())
                    .then(|| first_line_label(&ctx, b, &toks, blocks))
                    .flatten();
            // "1. Các trường PTDT nội trú tỉnh, PTDT nội trú huyện", "III.
            // ĐỐI VỚI NHÀ THẦU THI CÔNG" over items: a numbered line that
            // only names bodies, with no colon and no verb of work, though
            // its later words are no body the lexicon knows: those bodies.
            let body_line = (!named_here
                && concerned.is_none()
                && !is_intro
                && whole_name.is_none()
                && first_line.is_none()
                && listed.is_none())
            .then(|| bodies_line_label(&ctx, b, &toks))
            .flatten();
            // "1. Đối với chủ tàu, thuyền trưởng:" ⏎ "a) …": items for
            // people, who are no bodies: tasks with none handed down.
            let persons = !named_here && persons_label(&ctx, &toks);
            handed[bi] = if persons {
                Handed {
                    set: true,
                    ..Handed::default()
                }
            } else if let Some(lead) = listed {
                Handed {
                    lead,
                    cooperate: Vec::new(),
                    set: true,
                    directed: false,
                }
            } else if let Some(m) = whole_name {
                Handed {
                    lead: vec![m],
                    cooperate: Vec::new(),
                    set: true,
                    directed: false,
                }
            } else if let Some(h) = first_line {
                h
            } else if let Some(h) = body_line {
                h
            } else if named_here {
                extend_label(&ctx, &toks, own)
            } else if let Some(h) = concerned {
                h
            } else if is_intro {
                // "2. Để khắc phục …, Ban Thường vụ Huyện ủy yêu cầu:": the
                // issuer asks; the items name their doers, nothing runs on
                // from the paragraphs before (an empty hand-down that is set).
                own_or(
                    &roles,
                    Handed {
                        set: true,
                        ..Handed::default()
                    },
                )
            } else {
                own
            };
            // Only bodies, no work after them ("2. Các Sở: Lao động - Thương
            // binh và Xã hội, Y tế", "1. Giao HTX …:"), or a sentence that
            // introduces the work of those it names ("3. …, Chủ tịch UBND xã
            // yêu cầu các phòng, đơn vị … thực hiện các nhiệm vụ sau:"): a
            // label of doers.
            label_heading[bi] = handed[bi].lead.last().is_some_and(|m| {
                is_intro || (m.toks.end..toks.len()).all(|k| ctx.lex.verb_at(&toks, k).is_none())
            });
            // "Sở NN&PTNT có trách nhiệm:" as a paragraph of its own, its
            // items after it at the same level (news bullets, or the items
            // of a part: "II. NHIỆM VỤ" ⏎ "UBND tỉnh Gia Lai tập trung thực
            // hiện các nhiệm vụ sau:" ⏎ "1. …"): they are its.
            if named_here && b.children.is_empty() && b.marker.is_none() {
                run_handed = handed[bi].clone();
                run_from_item = None;
                run_within = b.parent.filter(|&p| topic_title(n, &blocks[p]));
                // Under a heading ("Thứ ba: Về …"), its later items take
                // these bodies, not the heading's.
                if let Some(p) = b.parent {
                    handed[p] = handed[bi].clone();
                }
            }
            // "2. Yêu cầu" under "I. MỤC ĐÍCH, YÊU CẦU" names a part that
            // holds no tasks, though its word asks.
            // Under an assessment part, a topic title that names a kind of
            // work ("2. Công tác giao đất không thông qua đấu giá") asks no
            // one: the findings under it are no tasks.
            let assessed_title = !is_intro
                && roles.assigned.is_empty()
                && assessed(blocks, bi, in_assessment, assessment_item);
            if mode == Mode::Off
                && (is_intro || !roles.assigned.is_empty() || b.marker.is_some())
                && (!roles.lead.is_empty() || run_cue.is_match(key) || persons)
                && !part_other.is_match(key.trim())
                && !assessed_title
            {
                mode = Mode::Run;
            }
            continue;
        }
        // Under an assessment part, a sentence introducing what was done
        // ("…, cấp trung học của tỉnh đã hoàn thành tốt các nhiệm vụ trọng
        // tâm:" over the results) starts no run: its items are results.
        // ("… theo kế hoạch đã đề ra tập trung thực hiện một số nhiệm vụ
        // trọng tâm sau:" asks: the work to come is "sau")
        let told_done = is_intro
            && roles.assigned.is_empty()
            && toks.iter().any(|t| t.is("đã"))
            && !toks.iter().any(|t| t.is("sau"))
            && assessed(blocks, bi, in_assessment, assessment_item);
        if is_intro && !told_done {
            if !roles.lead.is_empty() || run_cue.is_match(key) || mode != Mode::Off {
                // "…, Chủ tịch UBND phường kết luận như sau:": whoever
                // concludes hands no work down to itself; only bodies it
                // asks are handed down.
                let concludes = roles.assigned.is_empty()
                    && conclusion_cue.is_some_and(|r| r.is_match(key.trim_end()));
                run_handed = if concludes {
                    Handed::default()
                } else if let Some(h) = later {
                    h
                } else {
                    own_or(&roles, Handed::default())
                };
                run_from_item = None;
                run_within = b
                    .parent
                    .filter(|&p| b.marker.is_none() && topic_title(n, &blocks[p]));
                // "II. NHIỆM VỤ" ⏎ "Chủ tịch yêu cầu các sở, ngành … thực hiện
                // các nhiệm vụ sau:" ⏎ "1. Nhiệm vụ chung" ⏎ "a) …": the topics
                // after it under the same part are its, through their own
                // titles (the part's heading named no one).
                if b.marker.is_none() && !run_handed.lead.is_empty() {
                    if let Some(p) = b.parent.filter(|&p| handed[p].lead.is_empty()) {
                        handed[p] = run_handed.clone();
                    }
                }
                if mode == Mode::Off {
                    mode = Mode::Run;
                }
                intro_fresh = b.marker.is_none() && mode == Mode::Run;
            }
            continue;
        }

        // A numbered title of a part with no tasks, standing alone:
        // "Điều 3. Hiệu lực thi hành" (its clauses only set dates).
        if b.marker.is_some()
            && toks.iter().filter(|t| t.word).count() <= 5
            && part_other.is_match(key.trim())
            && ctx.lex.verb_at(&toks, 0).is_none()
        {
            mode = Mode::Off;
            run_handed = Handed::default();
            run_from_item = None;
            run_within = None;
            continue;
        }
        // A leader's words quoted whole, one of whose sentences tells a body
        // what it must do ('"Đây là dự án trọng điểm. Các huyện phải coi
        // đây là …", Phó Chủ tịch nhấn mạnh.'): a task from that sentence.
        let quoted = if plain_top {
            quoted_direction(&ctx, &toks, task_modal)
        } else {
            None
        };
        // A news report's quotation that stands alone with its speaker and
        // tells no body what to do ('"Không để tình trạng xe quá tải cày
        // nát đường …", người đứng đầu … nhấn mạnh.'): the leader's words
        // between the directions, no task; the run goes on past it.
        if news && plain_top && quoted.is_none() && quoted_remark(&ctx, &toks) {
            continue;
        }
        // (a quotation whose duties only exhort or warn asks nothing: like
        // any paragraph that asks nothing, it ends a run)
        let exhorts = plain_top
            && quoted.is_none()
            && roles.assigned.is_empty()
            && quoted_exhortation(&ctx, &toks)
            // (so does advice given to the public, in a news report)
            || news
                && plain_top
                && roles.assigned.is_empty()
                // (not a body's direction that another advise it: "Các tỉnh
                // chỉ đạo ngành nông nghiệp khuyến cáo người dân …")
                && !roles.directed
                && rules.has("public_advice")
                && rules.regex("public_advice").is_match(key.trim_start());
        let task_like = !exhorts
            && (reads_as_task(&ctx, &toks, &roles)
                || task_modal.is_match(key)
                || quoted.is_some()
                || modal_task);
        // "3. Năm 2025, trên địa bàn xã xảy ra 02 vụ đuối nước …. Phòng Văn
        // hóa - Xã hội xã tham mưu lắp đặt biển cảnh báo …": an item (or a
        // paragraph of a task part) that opens with a result and then, in its
        // next sentence, hands a named body its work; the report is dropped
        // below, the task is that sentence.
        // (A report's first sentence of more than 40 words is never the
        // closing formula `sentence_then_task` lets through when long: it is
        // not searched for it, which kept the formula's search cache small.)
        let report_then = || {
            let short = toks.iter().position(|t| t.is(".")).is_some_and(|e| e <= 40);
            (mode != Mode::Off && short)
                .then(|| sentence_then_task(&ctx, &toks))
                .flatten()
        };
        let mut after_report = None;
        if b.marker.is_some() && !task_like && assessment_opening.is_some_and(|r| r.is_match(key)) {
            after_report = report_then();
            if after_report.is_none() {
                continue;
            }
        }
        // A delegate's or a voter's question or request, named in person
        // ("Đại biểu Nguyễn Thị Hương (tổ huyện Lục Nam) đề nghị làm rõ …"):
        // told of, it assigns no one.
        if roles.assigned.is_empty() && floor_request.is_some_and(|r| r.is_match(key.trim_start()))
        {
            continue;
        }
        // A line of a sum's breakdown under a task ("- Tiền sử dụng đất còn
        // thiếu …: 1.215.400.000 đồng;"): what is owed, no task of its own.
        if !task_like && amount_line.is_some_and(|r| r.is_match(key.trim())) {
            continue;
        }
        // An item that reports where things stand, doers named or not: no
        // task unless it asks someone.
        // (A plain paragraph too, after "… kết luận như sau:": "Đến nay, xã
        // Thanh Tân đạt 15/19 tiêu chí …")
        // ("Năm 2023, hệ thống điện đã trải qua giai đoạn khó khăn, phải
        // tiết giảm phụ tải …": a modal after "đã" in the report's own
        // clause tells what had to be done then, it asks no one.)
        // ("Dự án có 412 hộ bị ảnh hưởng, trong đó 156 hộ phải di dời …":
        // a modal right after a count of people or things tells what
        // befalls them, a fact; it asks no one.)
        let modal_asks = task_modal.find(key).is_some_and(|m| {
            let before = &key[..m.start() + m.len()];
            !before
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "đã")
                && !counted_modal(before)
        });
        if report_item.is_some_and(|r| r.is_match(key.trim_start()))
            && roles.assigned.is_empty()
            && !modal_asks
            && !cue_then_verb(&ctx, &toks)
            && after_report.is_none()
        {
            after_report = report_then();
            if after_report.is_none() {
                continue;
            }
        }
        // "Bộ Y tế yêu cầu các bệnh viện hạng I hoàn thành BAĐT trước ngày
        // 30/9/2025." in the background of a hospital's notice, before its
        // own directions: a level above the issuer asked it, the notice cites
        // the demand; it gives no task of its own.
        if mode == Mode::Off && plain_top && cited_from_above(&ctx, &toks) {
            continue;
        }
        // "Lễ giao nhận quân dự kiến tổ chức vào ngày 03/3/2026. Ban Chỉ huy
        // Quân sự phường tổng hợp tình hình, báo cáo …": a closing paragraph
        // that tells what is planned, then hands a named body its work: the
        // task is the sentence after.
        let later_task = (mode == Mode::Run && !task_like && b.marker.is_none())
            .then(|| sentence_then_task(&ctx, &toks))
            .flatten();
        let is_directive = match mode {
            Mode::Section => true,
            Mode::Run => {
                if b.marker.is_some() || task_like || later_task.is_some() {
                    true
                } else if b.marker.is_none()
                    && b.parent
                        .is_some_and(|p| blocks[p].heading && blocks[p].marker.is_some())
                {
                    // "II. VỀ DỰ THẢO BÁO CÁO CHÍNH TRỊ" ⏎ "Ban Thường vụ cơ bản
                    // thống nhất bố cục …; tuy nhiên … còn chung chung." ⏎ "+
                    // Giao …": the assessment that opens a topic of the
                    // conclusions is no task, but the topic's items still are.
                    false
                } else if b.marker.is_none()
                    && b.parent
                        .is_some_and(|p| blocks[p].marker.is_some() && label_heading[p])
                {
                    // Nor does a paragraph that reads as no task under a
                    // numbered heading of bodies ("2. Các Sở: …" ⏎ "Đây là
                    // nhiệm vụ trọng tâm …"): the items after it are tasks still.
                    false
                } else if fresh_intro
                    && plain_top
                    && b.marker.is_none()
                    && key.trim_end().ends_with('.')
                    && blocks.get(bi + 1).is_some_and(|x| {
                        x.marker
                            .as_ref()
                            .is_some_and(|m| matches!(m.style, Style::Arabic(_) | Style::Roman))
                    })
                {
                    // The situation told between the introducing sentence
                    // and its items ("… đề nghị … một số nội dung sau:" ⏎
                    // "Vụ Đông Xuân 2025 - 2026, vùng … xuống giống …" ⏎ "1.
                    // …"): no task, and the numbered items right after it
                    // are still the run's.
                    false
                } else {
                    mode = Mode::Off;
                    paused = plain_top;
                    heading_paused = false;
                    false
                }
            }
            Mode::Off => {
                let first_numbered_task = untouched
                    && b.marker
                        .as_ref()
                        .is_some_and(|m| matches!(m.style, crate::segment::Style::Arabic(_)))
                    && b.parent.is_none()
                    && !roles.lead.is_empty()
                    && task_like;
                // A news report goes on with reports more often: there the
                // paragraph must also name its partners ("Sở Tài chính chủ
                // trì, phối hợp với …").
                // Items under a topic heading after the break ("Thứ nhất: Về
                // tiến độ thi công" then "- Các Ban Quản lý dự án … chỉ đạo
                // …") take it up the same way.
                // Under a news subheading, a paragraph that opens with a
                // named body ("Sở Giáo dục và Đào tạo chỉ đạo …"; not "Ngày
                // 22/5, Ban Thường vụ … tổ chức hội nghị", not "Các tỉnh,
                // thành phố chủ động …") takes it up without partners.
                // (after a topic label too: "Đối với dự án khu tái định cư
                // …, Ban Quản lý dự án … đôn đốc nhà thầu …")
                // (not after a purpose: "Để chủ động ứng phó …, Ban Chỉ huy
                // … cập nhật cảnh báo …" tells what it did)
                let topic_label = toks.first().is_some_and(|t| t.is("về"))
                    || toks.len() > 1 && toks[0].is("đối") && toks[1].is("với");
                let subject_at = if topic_label {
                    parties::skip_lead_in(&ctx.lex, &n.key, &toks, 0, toks.len())
                } else {
                    0
                };
                let opens_with_named_body =
                    roles.clause_subjects.first().is_some_and(|(_, leads)| {
                        leads.first().is_some_and(|m| {
                            (m.toks.start <= 1 || m.toks.start == subject_at) && !m.collective
                        })
                    });
                // After the leader has asked in a news report, a remark
                // between the directions ("Theo Phó Thủ tướng, việc … còn
                // bất cập.") does not end them: a paragraph whose subject
                // opens it, then its work ("Ủy ban nhân dân các tỉnh, thành
                // phố … chỉ đạo …", "Các Bộ: …, Tài chính định kỳ hằng quý
                // đánh giá …"; not "Sở Y tế đã tổ chức …"), takes them up.
                // (Not under a subheading: there the rule above holds.)
                let body_then_work = news
                    && news_asked
                    && plain_top
                    && !heading_paused
                    && roles.clause_subjects.first().is_some_and(|(_, leads)| {
                        leads.first().is_some_and(|m| {
                            m.toks.start == 0
                                && !toks.get(m.toks.end).is_some_and(|t| {
                                    t.is("đã") || t.is("đang") || t.is("vừa") || t.is("cũng")
                                })
                        })
                    });
                let taken_up = paused
                    && (plain_top || b.marker.is_some())
                    && task_like
                    && (formal
                        || (heading_paused && opens_with_named_body)
                        || body_then_work
                        || !roles.cooperate.is_empty())
                    && roles
                        .clause_subjects
                        .first()
                        .is_some_and(|(_, leads)| !leads.is_empty());
                let under_assessment = assessed(blocks, bi, in_assessment, assessment_item);
                let cue_may_ask = !(under_assessment || in_other_part && roles.lead.is_empty());
                // Instructions told inside an assessment part are left out
                // ("Chủ tịch biểu dương …; đồng thời yêu cầu các sở … tiếp
                // tục phát huy …" under "I. ĐÁNH GIÁ TÌNH HÌNH"); a paragraph
                // that opens with the assignment ("Giao Phòng Nội vụ …") is one.
                // So are those told in a part of purposes or targets ("I.
                // MỤC ĐÍCH, YÊU CẦU" ⏎ "1. Cụ thể hóa các chỉ tiêu, nhiệm
                // vụ được Ủy ban nhân dân tỉnh giao cho ngành y tế …"): the
                // work handed out there was handed out before. (Its items
                // only: a paragraph there that asks, "Ban Chỉ huy yêu cầu
                // các địa phương …", still does.)
                // A paragraph there asks unless the work was handed out
                // in the past ("Kinh phí … đã giao cho phòng Văn hóa và
                // Thông tin …").
                let past_handout = || {
                    (1..toks.len()).any(|k| {
                        // ("các nhiệm vụ được giao" names the work, not
                        // who was handed it)
                        toks[k - 1].is("đã") && ctx.lex.assign.match_at(&toks, k).is_some()
                    })
                };
                let told_in_assessment = (under_assessment
                    || in_other_part && (b.marker.is_some() || past_handout()))
                    && {
                        let start = parties::skip_lead_in(&ctx.lex, &n.key, &toks, 0, toks.len());
                        ctx.lex.assign.match_at(&toks, start).is_none()
                    };
                // ("Công an phường được giao tăng cường tuần tra …" in a
                // news report: a body given work now, as "giao X" does)
                let given_now = news
                    && plain_top
                    && !under_assessment
                    && passive_task(&ctx, &toks).is_some_and(|b| !b.is_empty());
                // An item of a part of purposes or requirements that opens
                // with the body that is to do it ("2. Yêu cầu" ⏎ "- Trung
                // tâm Y tế các huyện … xây dựng kế hoạch …, gửi về Sở Y tế
                // trước ngày 20/4/2019."): work assigned to a named body.
                let named_in_other = in_other_part
                    && !under_assessment
                    && b.marker.is_some()
                    && task_like
                    && roles.clause_subjects.first().is_some_and(|(_, leads)| {
                        leads.first().is_some_and(|m| m.toks.start <= 1)
                    })
                    // (with a date to do it by: a requirement that a body
                    // act well in general is none)
                    && make_deadlines(&ctx, b.content.clone())
                        .iter()
                        .any(|d| d.date.is_some());
                // (Not bodies asked only in a sentence told as history:
                // "Trước đó, …, Bộ Công Thương đã có văn bản yêu cầu …".)
                if (!roles.assigned.is_empty()
                    && task_like
                    && !told_in_assessment
                    && !asked_in_report(&ctx, b.content.start, &toks, &roles.assigned))
                    || named_in_other
                    || given_now
                    || (modal_task && task_like && !under_assessment)
                    || (cue_may_ask && cue_then_verb(&ctx, &toks))
                    || first_numbered_task
                    || taken_up
                {
                    mode = Mode::Run;
                    // An item's own doer is no one else's: its numbered
                    // siblings and the topics after them name their own (an
                    // item that takes a run up under a topic heading).
                    run_handed = if taken_up && b.marker.is_some() {
                        Handed::default()
                    } else {
                        own_or(&roles, Handed::default())
                    };
                    run_from_item = b.marker.is_some().then_some(b.parent);
                    run_within = None;
                    true
                } else {
                    false
                }
            }
        };
        untouched = false;
        // Quoted before the first request of a news report ('"Các địa
        // phương tuyệt đối không được chủ quan, phải có phương án …", ông
        // nhấn mạnh.'): a task, though no run starts from it.
        let quoted_alone = !is_directive
            && mode == Mode::Off
            && !formal
            && quoted.is_some()
            && !assessed(blocks, bi, in_assessment, assessment_item);
        if !is_directive && !quoted_alone {
            continue;
        }
        // The statements before the sentence that asks are no part of it
        // (when it opens the quotation, the paragraph is kept whole).
        let task_from = later_task
            .or(after_report)
            .or_else(|| quoted.filter(|&k| k > 0 && !toks[k - 1].is("\"")));
        if let Some(k) = task_from {
            let from = Block {
                content: toks[k].start..b.content.end,
                ..b.clone()
            };
            last_leads = own_or(&roles, inherited.clone());
            emit_block(&ctx, &from, &toks[k..], &inherited, &mut out);
            continue;
        }
        // A paragraph that hands out work to new bodies hands them on (news runs).
        // (Not bodies asked only in a sentence told as history or plan,
        // `plan_report`: "Trước đó, …, Bộ Công Thương đã có văn bản yêu cầu
        // các thương nhân đầu mối …" asks them nothing now.)
        if plain_top
            && !roles.assigned.is_empty()
            && !asked_in_report(&ctx, b.content.start, &toks, &roles.assigned)
        {
            run_handed = Handed {
                lead: roles.assigned.clone(),
                cooperate: Vec::new(),
                set: true,
                directed: false,
            };
            run_within = None;
        } else if news && plain_top && !roles.lead.is_empty() && items_since_intro(n, blocks, bi) {
            // "Chủ tịch yêu cầu UBND huyện A và UBND huyện B:" ⏎ "- …" ⏎
            // "Sở Tài nguyên và Môi trường chủ trì …": past the lead-in's
            // items, a paragraph with a subject of its own ends the lead-in's
            // hand-down (the paragraphs after it are no longer its list).
            run_handed = Handed::default();
            run_within = None;
        }
        last_leads = own_or(&roles, inherited.clone());
        // "2. Đối với Ban Quản lý dự án các công trình xây dựng huyện: Hoàn
        // chỉnh hồ sơ …": the label names the doer to its colon (its words
        // read as verbs elsewhere), the work follows on the same line.
        let label_doer = for_label_then_task(&ctx, &toks);
        emit_block(
            &ctx,
            b,
            &toks,
            label_doer.as_ref().unwrap_or(&inherited),
            &mut out,
        );
    }
    date_references(rules, &mut out);
    bare_heads(input, &mut out);
    out
}

/// Heads that name a body only with its domain ("Sở Tài nguyên và Môi
/// trường"); alone, they point back to the one named before.
const BARE_HEADS: &[&str] = &["sở", "phòng", "bộ"];

/// '"Sở cần rà soát lại …", ông Tuấn nhấn mạnh.' after directions to "Sở
/// TN&MT": a head named bare is the one body of that kind the directives
/// before it named. Left bare when none or several were (which one is
/// meant is then unknown).
fn bare_heads(input: &str, out: &mut [Directive]) {
    for i in 0..out.len() {
        for j in 0..out[i].responsible.len() {
            let head = out[i].responsible[j].canonical.clone();
            if !BARE_HEADS.contains(&head.as_str()) {
                continue;
            }
            // "Giám đốc các sở, Thủ trưởng các cơ quan …": a plural head
            // is every body of that kind, not the one named before.
            if out[i].responsible[j]
                .span
                .as_ref()
                .is_some_and(|sp| plural_before(input, sp.start))
            {
                continue;
            }
            let prefix = format!("{head} ");
            let mut named: Vec<&Party> = Vec::new();
            for p in out[..i].iter().flat_map(|d| &d.responsible) {
                if p.canonical.starts_with(&prefix)
                    && !named.iter().any(|q| q.canonical == p.canonical)
                {
                    named.push(p);
                }
            }
            if let [only] = named[..] {
                let (name, canonical, scope) = (
                    only.name.clone(),
                    only.canonical.clone(),
                    only.scope.clone(),
                );
                let p = &mut out[i].responsible[j];
                p.name = name;
                p.canonical = canonical;
                p.scope = scope;
            }
        }
    }
}

/// True when the word printed right before byte `at` is a plural marker
/// ("các", "những").
fn plural_before(input: &str, at: usize) -> bool {
    let Some(before) = input.get(..at) else {
        return false;
    };
    let before = before.trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(word.to_lowercase().as_str(), "các" | "những")
}

/// A deadline given by reference ("gửi Phòng Kinh tế cùng thời hạn trên",
/// `[regex deadline_reference]`, optional) takes the date of the last dated
/// deadline before it in the notice: the item before set it.
fn date_references(rules: &Rules, out: &mut [Directive]) {
    if !rules.has("deadline_reference") {
        return;
    }
    let reference = rules.regex("deadline_reference");
    let mut last: Option<String> = None;
    for d in out.iter_mut() {
        for dl in &mut d.deadlines {
            if dl.date.is_none() && reference.is_match(&crate::normalize::fold_pattern(&dl.text)) {
                dl.date.clone_from(&last);
            }
            if dl.kind != crate::model::DeadlineKind::Recurring && dl.date.is_some() {
                last.clone_from(&dl.date);
            }
        }
    }
}

/// In a paragraph that opens with a quotation, the first token of the first
/// quoted sentence whose subject is a body and which says what it must do
/// ("Huyện phải hoàn thành …", "Các địa phương tuyệt đối không được chủ
/// quan, phải …"). A sentence without a body ("Chúng ta phải giữ được …")
/// assesses.
fn quoted_direction(ctx: &Ctx, toks: &[Token], modal: &crate::rules::Pattern) -> Option<usize> {
    // The quotation opens the paragraph, or follows the speaker's colon
    // ("Phát biểu chỉ đạo, Thứ trưởng nhấn mạnh: \"Chúng ta không được chủ
    // quan. Các địa phương phải phát hiện sớm …\"").
    let open = toks.iter().position(|t| t.is("\""))?;
    if open > 0 && !toks[open - 1].is_punct(':') {
        return None;
    }
    // Words reported, not given: "Ông K., Phó Chủ tịch UBND huyện thừa
    // nhận: \"Lực lượng … còn mỏng, mỗi người phải quản lý …\"".
    if let Some(account) = ctx.lex.account {
        let before_colon = |k: usize| {
            account
                .match_at(toks, k)
                .is_some_and(|(n, _)| k + n + 1 == open)
        };
        if open > 0 && (0..open).any(before_colon) {
            return None;
        }
    }
    let mut start = open + 1;
    let (mut found, mut concrete) = (None, false);
    while start < toks.len() {
        let end = toks[start..]
            .iter()
            .position(|t| t.is("\"") || t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
            .map_or(toks.len(), |p| start + p);
        let sentence = &toks[start..end];
        if let (Some(first), Some(last)) = (sentence.first(), sentence.last()) {
            let roles = parties::roles(&ctx.lex, &ctx.n.key, sentence, false);
            let body_first = roles
                .clause_subjects
                .first()
                .is_some_and(|(at, leads)| *at == 0 && !leads.is_empty());
            // "Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện …":
            // readiness of means, right after the body, is work asked
            // without a modal.
            let ready = roles
                .clause_subjects
                .first()
                .and_then(|(_, leads)| leads.last())
                .is_some_and(|m| {
                    let a = m.toks.end;
                    sentence.get(a).is_some_and(|t| t.is("sẵn"))
                        && sentence.get(a + 1).is_some_and(|t| t.is("sàng"))
                        && sentence.get(a + 2).is_some_and(|t| t.word)
                        && ctx.lex.verb_at(sentence, a + 2).is_none()
                });
            if body_first
                && (ready || modal.is_match(&ctx.n.key[first.start..last.end]))
                && !whoever_fails(sentence)
            {
                // The first such sentence starts the task, when one of
                // them asks work ("Huyện phải mạnh dạn hơn, không ngồi chờ
                // tỉnh" alone only exhorts).
                found.get_or_insert(start);
                concrete |= ready || concrete_after_modal(ctx, sentence);
            }
        }
        // The quotation ends: what follows tells who spoke.
        if toks.get(end).is_none_or(|t| t.is("\"")) {
            break;
        }
        start = end + 1;
    }
    found.filter(|_| concrete)
}

/// A sentence whose duty falls on whoever fails ("… nhà đầu tư nào không
/// làm thì phải trả đất lại …", "Địa phương nào để dân thiếu nước thì …
/// phải chịu trách nhiệm"): a warning of what follows a failure, no work
/// asked of a body.
fn whoever_fails(sentence: &[Token]) -> bool {
    let Some(modal) = modal_at(sentence) else {
        return false;
    };
    let Some(then) = sentence[..modal].iter().rposition(|t| t.is("thì")) else {
        return false;
    };
    sentence[..then].iter().skip(1).any(|t| t.is("nào"))
}

/// A paragraph that is a quotation and who said it, nothing more
/// ('"…", người đứng đầu chính quyền tỉnh nhấn mạnh.', '"…" - ông Hiền
/// nói.'): the speaker's words, in which no body is asked, give no task.
fn quoted_remark(ctx: &Ctx, toks: &[Token]) -> bool {
    if !toks.first().is_some_and(|t| t.is("\"")) {
        return false;
    }
    let Some(close) = toks[1..].iter().position(|t| t.is("\"")).map(|p| p + 1) else {
        return false;
    };
    let tail = &toks[close + 1..];
    // Who spoke, in a few words: not a request that follows the quotation.
    if tail.iter().filter(|t| t.word).count() > 12 {
        return false;
    }
    let roles = parties::roles(&ctx.lex, &ctx.n.key, tail, false);
    if !roles.assigned.is_empty() {
        return false;
    }
    // No sentence of the quotation names a body that must do work, nor
    // says that work must be done ("… mỗi sở, ngành phải xác định rõ …").
    let quote = &toks[1..close];
    !quote
        .split(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
        .filter(|s| !s.is_empty() && !whoever_fails(s) && !standard_owed(s))
        .any(|s| {
            concrete_after_modal(ctx, s)
                || !parties::roles(&ctx.lex, &ctx.n.key, s, false)
                    .assigned
                    .is_empty()
        })
}

/// A paragraph that tells where a season stands in figures (`season_opening`
/// and its year, then a comma: "Vụ Đông Xuân 2025 - 2026, vùng … xuống
/// giống khoảng 1,48 triệu ha, dự kiến …"): "khoảng", "ước" or "dự kiến"
/// before a number, and no one asked (no task modal, no cue that hands out
/// work: "…; đề nghị các địa phương …" keeps it a task).
fn season_background(ctx: &Ctx, key: &str, toks: &[Token], modal: &crate::rules::Pattern) -> bool {
    if !ctx.rules.has("season_opening") {
        return false;
    }
    let Some((n, _)) = ctx.rules.list("season_opening").match_at(toks, 0) else {
        return false;
    };
    // (the season's years, to the first comma: no sentence in between)
    let opened = toks[n..]
        .iter()
        .find(|t| !(t.word || t.is_punct('-') || t.is_punct('–') || t.is_punct('/')))
        .is_some_and(|t| t.is_punct(','));
    if !opened || modal.is_match(key) {
        return false;
    }
    let figures = (0..toks.len()).any(|k| {
        let rough = parties::match_seq(toks, k, &[&["khoảng"], &["ước"], &["dự", "kiến"]]);
        rough > 0
            && toks[k + rough..]
                .iter()
                .take(4)
                .any(|t| t.word && t.lower.bytes().next().is_some_and(|b| b.is_ascii_digit()))
    });
    figures
        && !(0..toks.len()).any(|k| {
            ctx.lex.assign.match_at(toks, k).is_some()
                && !ctx.lex.in_phrase(ctx.lex.not_cue, toks, k)
        })
}

/// A sentence that says how each one of a kind must be treated ("Mỗi du
/// khách đến Núi Bà phải được đón tiếp văn minh, an toàn", "Mọi người dân
/// phải được tiếp cận nước sạch"): a standard set for everyone, opened by
/// "mỗi", "mọi" or "từng" and owed in the passive, asks no one for work.
fn standard_owed(sentence: &[Token]) -> bool {
    sentence
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| t.is("mỗi") || t.is("mọi") || t.is("từng"))
        && modal_at(sentence).is_some_and(|k| sentence.get(k).is_some_and(|t| t.is("được")))
}

/// A paragraph of a leader's own words: a quotation that opens it, or the
/// speaker named first, remarking (`speech_verb`, `remark_verb`: "Phó Chủ
/// tịch UBND tỉnh cũng lưu ý, …"), not asking.
fn leader_remark(ctx: &Ctx, toks: &[Token]) -> bool {
    if toks.first().is_some_and(|t| t.is("\"")) {
        return true;
    }
    let Some(k) = parties::speaker_end(&ctx.lex, toks, 0, toks.len(), true).filter(|&k| k > 0)
    else {
        return false;
    };
    let remark = ctx
        .rules
        .has("remark_verb")
        .then(|| ctx.rules.list("remark_verb"));
    ctx.lex
        .speech
        .is_some_and(|l| l.match_at(toks, k).is_some())
        || remark.is_some_and(|l| l.match_at(toks, k).is_some())
}

/// A paragraph whose subject, first after any lead-in ("Trước tình hình
/// trên, "), is a body that asks others ("Sở Y tế (cũng) yêu cầu các bệnh
/// viện …").
fn body_asks_first(ctx: &Ctx, toks: &[Token]) -> bool {
    let start = parties::skip_lead_in(&ctx.lex, &ctx.n.key, toks, 0, toks.len());
    let (list, mut after) = parties::body_list_at(&ctx.lex, toks, start);
    if list.is_empty() || list[0].toks.start != start {
        return false;
    }
    // (an adverb between the subject and its cue: "cũng", "tiếp tục")
    after += parties::match_seq(
        toks,
        after,
        &[&["cũng"], &["tiếp", "tục"], &["đồng", "thời"]],
    );
    // ("Sở Giao thông vận tải vừa ban hành Công văn số … yêu cầu …": it
    // asks by the text it just issued)
    if toks.get(after).is_some_and(|t| t.is("vừa")) {
        if let Some(cue) = parties::issued_text_cue(&ctx.lex, toks, after + 1, toks.len()) {
            after = cue;
        }
    }
    // (Only a request: under a doer handed down, "yêu cầu X" is that doer
    // requiring X, while "Bộ Nội vụ chỉ đạo …" already reads as its own.)
    ctx.lex.assign.match_at(toks, after).is_some()
}

/// Walking back from block `bi` over plain paragraphs: items stand between
/// it and the last sentence that introduced them with a colon.
/// A numbered topic title ("1. Đảm bảo cung cấp điện mùa nắng nóng"), not
/// a task sentence: a run started under it is its own. (A paragraph after a
/// task item ending in "." is set under it by the layout only; its run goes
/// on to the items after.)
fn topic_title(n: &Normalized, b: &Block) -> bool {
    b.marker.is_some()
        && !n.key[b.content.clone()]
            .trim_end()
            .ends_with(['.', ';', '!', '"', '…'])
}

/// Whether block `bi` is, or lies under, a later topic numbered on from
/// topic `p` ("3." after "1.", at the same level): a run started under `p`
/// has ended there. (A list numbered again from "1." after "2. Về …" is
/// no later topic: the run may be its.)
fn next_topic(blocks: &[Block], bi: usize, p: usize) -> bool {
    let Some(pm) = blocks[p].marker.as_ref() else {
        return false;
    };
    let number = |label: &str| {
        label
            .rsplit('.')
            .find(|s| !s.is_empty())
            .and_then(|s| s.trim().parse::<u32>().ok())
    };
    let mut at = Some(bi);
    // (A chain is no longer than the blocks; the bound keeps a malformed
    // tree from looping.)
    for _ in 0..=blocks.len() {
        let Some(x) = at else { return false };
        if x == p {
            return false;
        }
        let later = blocks[x].parent == blocks[p].parent
            && x > p
            && blocks[x].marker.as_ref().is_some_and(|m| {
                m.style == pm.style
                    && match (number(&m.label), number(&pm.label)) {
                        (Some(a), Some(b)) => a > b,
                        _ => m.label != pm.label,
                    }
            });
        if later {
            return true;
        }
        at = blocks[x].parent;
    }
    false
}

fn items_since_intro(n: &Normalized, blocks: &[Block], bi: usize) -> bool {
    let mut items = false;
    for b in blocks[..bi].iter().rev() {
        if n.key[b.content.clone()].trim_end().ends_with(':') {
            return items;
        }
        if b.marker.is_some() {
            items = true;
        } else if b.heading || b.parent.is_some() {
            return false;
        }
    }
    false
}

/// Where a modal of duty sits in a sentence ("phải", "cần", "có trách
/// nhiệm"), and where the words it governs begin.
fn modal_at(toks: &[Token]) -> Option<usize> {
    (0..toks.len()).find_map(|k| {
        let n = parties::match_seq(
            toks,
            k,
            &[
                &["có", "trách", "nhiệm"],
                &["chịu", "trách", "nhiệm"],
                &["phải"],
                &["cần"],
            ],
        );
        (n > 0).then_some(k + n)
    })
}

/// True when the text opens with a named body (no collective) as its
/// subject and reads as that body's task.
fn opens_with_named_task(ctx: &Ctx, toks: &[Token]) -> bool {
    let roles = parties::roles(&ctx.lex, &ctx.n.key, toks, false);
    let named = roles.clause_subjects.first().is_some_and(|(_, leads)| {
        leads
            .first()
            .is_some_and(|m| m.toks.start == 0 && !m.collective)
    });
    named && reads_as_task(ctx, toks, &roles)
}

/// The start of a paragraph's second sentence when the first names no body
/// and asks nothing, and the second opens with a named body and its work.
fn sentence_then_task(ctx: &Ctx, toks: &[Token]) -> Option<usize> {
    let end = toks.iter().position(|t| t.is("."))?;
    let k = end + 1;
    if k >= toks.len() || !toks[k].capital {
        return None;
    }
    // (A long first sentence only when it is the generic closing formula:
    // "Giám đốc các sở, thủ trưởng các ban, ngành tỉnh, Chủ tịch UBND các
    // huyện … và các tổ chức, cá nhân liên quan có trách nhiệm tổ chức thực
    // hiện nghiêm túc Chỉ thị này. Cục Thuế tỉnh theo dõi, tổng hợp …".)
    if end > 40 && !generic_closing(ctx, toks[0].start..toks[end].end) {
        return None;
    }
    opens_with_named_task(ctx, &toks[k..]).then_some(k)
}

/// "Đối với cán bộ, công chức phường: …": whom the paragraph is for, named
/// before a colon within its opening words.
fn for_whom_label(toks: &[Token]) -> bool {
    toks.len() > 2
        && toks[0].is("đối")
        && toks[1].is("với")
        && toks
            .iter()
            .take(14)
            .take_while(|t| !t.is(".") && !t.is(";"))
            .any(|t| t.is_punct(':'))
}

/// "Là cơ quan thường trực, chủ trì rà soát …", "Là đơn vị tổ chức, có
/// trách nhiệm:": a paragraph under a body's heading that first says what
/// the body is (its role, to the first comma): the token after that comma.
fn role_opening_end(toks: &[Token]) -> Option<usize> {
    let role = toks.len() > 3
        && toks[0].is("là")
        && (toks[1].is("cơ") && toks[2].is("quan")
            || toks[1].is("đơn") && toks[2].is("vị")
            || toks[1].is("đầu") && toks[2].is("mối"));
    if !role {
        return None;
    }
    toks.iter()
        .take(16)
        .position(|t| !t.word)
        .filter(|&k| toks[k].is(","))
        .map(|k| k + 1)
}

/// "Là đơn vị tổ chức, có trách nhiệm:" over the items of its body: what
/// the body is and that it answers for them (`label_predicate`), no task;
/// the heading above it has handed its body down already.
fn role_label(ctx: &Ctx, toks: &[Token]) -> bool {
    role_opening_end(toks)
        .is_some_and(|at| parties::label_predicate_then_colon(&ctx.lex, toks, at, toks.len()))
}

/// "1. Đối với chủ tàu, thuyền trưởng:", "Các hộ gia đình, chủ hộ nuôi:" over
/// items: a label that names only private persons (`private_person`: owners,
/// skippers, households), no body. The items are still tasks, and people are
/// no bodies: they get none.
fn persons_label(ctx: &Ctx, toks: &[Token]) -> bool {
    let Some(list) = ctx.rules.optional_list("private_person") else {
        return false;
    };
    let Some(last) = toks.len().checked_sub(1) else {
        return false;
    };
    if !toks[last].is_punct(':') {
        return false;
    }
    let mut k = if toks.len() > 2 && toks[0].is("đối") && toks[1].is("với") {
        2
    } else {
        0
    };
    let mut named = false;
    while k < last {
        if toks[k].is(",") || toks[k].is("và") || toks[k].is_plural_marker() {
            k += 1;
            continue;
        }
        let Some((len, _)) = list.match_at(toks, k) else {
            return false;
        };
        named = true;
        k += len;
        // (a few words may narrow the person: "chủ tàu cá", "hộ nuôi tôm")
        let narrow = k;
        while k < last
            && k < narrow + 3
            && toks[k].word
            && !toks[k].is("và")
            && ctx.lex.verb_at(toks, k).is_none()
            && ctx.lex.assign.match_at(toks, k).is_none()
        {
            k += 1;
        }
    }
    named
}

/// A paragraph that opens with a few words naming a thing, neither a body
/// nor work, and then its duty ("Công trình phải hoàn thành …", "Dự án cần
/// được bàn giao …"); not a lead-in ("Đồng thời phải …"), a condition
/// ("Trường hợp …, phải …") or a body ("Các đơn vị phải …").
fn thing_owes(ctx: &Ctx, toks: &[Token]) -> bool {
    let Some(at) = modal_at(&toks[..toks.len().min(8)]) else {
        return false;
    };
    let modal = parties::match_seq(toks, at.saturating_sub(1), &[&["phải"], &["cần"]]);
    let start = at - modal.max(1);
    if modal == 0 || start == 0 || !toks[0].capital {
        return false;
    }
    let before = &toks[..start];
    before.iter().all(|t| t.word)
        && parties::skip_lead_in(&ctx.lex, &ctx.n.key, toks, 0, start) == 0
        // ("Công trình": a verb inside a noun is no verb)
        && ctx.lex.verb_at(toks, 0).is_none()
        && (0..start).all(|k| {
            ctx.lex.head_at(toks, k).is_none()
                && ctx.lex.collective.match_at(toks, k).is_none()
                && ctx.lex.admin.match_at(toks, k).is_none()
                && ctx.lex.holder.match_at(toks, k).is_none()
                && parties::body_list_at(&ctx.lex, toks, k).0.is_empty()
        })
}

/// After the sentence's modal, a verb of work other than answering for it:
/// "Huyện phải hoàn thành …", not "Huyện phải mạnh dạn hơn, không ngồi chờ
/// tỉnh" (an exhortation) nor "người đứng đầu ở đó phải chịu trách nhiệm"
/// (a warning).
fn concrete_after_modal(ctx: &Ctx, sentence: &[Token]) -> bool {
    let Some(from) = modal_at(sentence) else {
        return false;
    };
    // "Mỗi cán bộ, đảng viên phải là một tuyên truyền viên …": to be
    // something, a slogan; no work asked.
    if sentence.get(from).is_some_and(|t| t.is("là")) {
        return false;
    }
    let mut k = from;
    while k < sentence.len() {
        let answers = parties::match_seq(
            sentence,
            k,
            // ("… thì Trưởng ban điều hành khu phố đó phải giải trình":
            // answering for a failure, a warning; its words are no work,
            // "trình" included)
            &[
                &["chịu", "trách", "nhiệm"],
                &["có", "trách", "nhiệm"],
                &["giải", "trình"],
            ],
        );
        if answers > 0 {
            k += answers;
            continue;
        }
        if ctx.lex.verb_at(sentence, k).is_some() {
            return true;
        }
        k += 1;
    }
    false
}

/// In a news report, a body named as a clause's subject or as the one asked
/// right before a modal and work ("Theo đó, Ủy ban Bầu cử các phường phải rà
/// soát …", "…; các ngành, địa phương cần quyết liệt vào cuộc …", "… vì vậy
/// yêu cầu các đơn vị thi công phải tập trung …"): the body's duty told.
fn body_modal_task(ctx: &Ctx, toks: &[Token], roles: &parties::Roles) -> bool {
    let subjects = roles
        .clause_subjects
        .iter()
        .flat_map(|(_, leads)| leads.last())
        .chain(roles.assigned.last());
    subjects.into_iter().any(|m| {
        let at = m.toks.end;
        let modal = parties::match_seq(toks, at, &[&["cần", "phải"], &["phải"], &["cần"]]);
        if modal == 0 {
            return false;
        }
        let end = toks[at..]
            .iter()
            .position(|t| t.is_punct('.') || t.is_punct(';') || t.is("\""))
            .map_or(toks.len(), |p| at + p);
        concrete_after_modal(ctx, &toks[at..end])
    })
}

/// A paragraph that opens with a quotation whose sentences of duty only
/// exhort or warn ('"Để mất rừng ở đâu thì người đứng đầu ở đó phải chịu
/// trách nhiệm. Tỉnh sẽ không có vùng cấm …", Chủ tịch UBND tỉnh khẳng
/// định.'): the modal asks no work.
fn quoted_exhortation(ctx: &Ctx, toks: &[Token]) -> bool {
    if !toks.first().is_some_and(|t| t.is("\"")) {
        return false;
    }
    let Some(close) = toks[1..].iter().position(|t| t.is("\"")).map(|p| p + 1) else {
        return false;
    };
    let quote = &toks[1..close];
    let mut dutiful = 0;
    for sentence in quote.split(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?')) {
        if modal_at(sentence).is_none() {
            continue;
        }
        if concrete_after_modal(ctx, sentence) {
            return false;
        }
        dutiful += 1;
    }
    dutiful > 0
}

/// Lower-case word triples of a text (names and places left out: they recur
/// in any article without restating anything).
fn word_triples(text: &str) -> impl Iterator<Item = u64> + '_ {
    // Hashes of the windows of three words, kept as the words go by: no
    // string is built (this runs over a whole article).
    let mut words = text
        .split(|c: char| !c.is_alphanumeric() && c != '/')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = !w.chars().next().is_some_and(char::is_uppercase);
            (lower, fnv1a(w))
        });
    let mut window: [(bool, u64); 3] = [(false, 0); 3];
    let mut seen = 0usize;
    std::iter::from_fn(move || loop {
        let w = words.next()?;
        window = [window[1], window[2], w];
        seen += 1;
        if seen >= 3 && window.iter().all(|(lower, _)| *lower) {
            return Some(window.iter().fold(FNV_OFFSET, |h, (_, x)| fnv_step(h, *x)));
        }
    })
}

/// FNV-1a of a word (a stable, cheap hash for the triples above).
fn fnv1a(word: &str) -> u64 {
    word.bytes()
        .fold(FNV_OFFSET, |h, b| fnv_step(h, u64::from(b)))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0000_0100_0000_01b3)
}

/// Whether the body after a paragraph tells its content again: at least
/// three of its lower-case word triples recur there.
fn restated(n: &Normalized, b: &Block, after: &[Block]) -> bool {
    let own: HashSet<u64> = word_triples(&n.key[b.content.clone()]).collect();
    if own.is_empty() {
        return false;
    }
    let mut found: HashSet<u64> = HashSet::new();
    for x in after.iter().filter(|x| x.zone == Zone::Body) {
        for t in word_triples(&n.key[x.content.clone()]) {
            if own.contains(&t) && found.insert(t) && found.len() >= 3 {
                return true;
            }
        }
    }
    false
}

/// The bodies a block hands down: those it assigns work to ("… đề nghị UBND
/// tỉnh …:"), else those it names as doers, else the inherited ones.
fn own_or(roles: &parties::Roles, inherited: Handed) -> Handed {
    let lead = if !roles.assigned.is_empty() {
        roles.assigned.clone()
    } else {
        roles.lead.clone()
    };
    if lead.is_empty() {
        Handed {
            directed: inherited.directed || roles.directed,
            ..inherited
        }
    } else {
        Handed {
            lead,
            cooperate: roles.cooperate.clone(),
            set: true,
            directed: roles.directs_items,
        }
    }
}

/// A label made only of bodies, parts set apart by ";" ("Thủ trưởng các cơ
/// quan chuyên môn, đơn vị sự nghiệp thuộc UBND huyện; Chủ tịch UBND các
/// xã, thị trấn:"): one body per part, named as printed from its first
/// body to the part's end (a collective with what it belongs to). `None`
/// when a part holds anything else (a verb, a cue) or no body.
fn label_lists(ctx: &Ctx, toks: &[Token]) -> Option<Vec<Mention>> {
    let colon = toks.iter().rposition(|t| !t.word)?;
    if !toks[colon].is_punct(':') || toks[colon + 1..].iter().any(|t| t.word) {
        return None;
    }
    let mut lead: Vec<Mention> = Vec::new();
    let mut start = 0;
    let ends = toks[..colon]
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_punct(';'))
        .map(|(k, _)| k)
        .chain(std::iter::once(colon));
    for end in ends {
        let (bodies, at) = parties::body_list_at(&ctx.lex, &toks[..end], start);
        // (what they belong to may follow: "… thuộc UBND huyện")
        let rest_names = (at..end).all(|k| {
            ctx.lex.verb_at(toks, k).is_none() && ctx.lex.assign.match_at(toks, k).is_none()
        });
        let (Some(first), true) = (bodies.first(), rest_names && end > start) else {
            return None;
        };
        if bodies.len() == 1 || bodies.iter().any(|m| m.implied_head.is_some()) {
            lead.extend(bodies);
        } else {
            lead.push(Mention {
                toks: first.toks.start..end,
                name: first.name.start..toks[end - 1].end,
                implied_head: None,
                collective: true,
                plural: true,
            });
        }
        start = end + 1;
    }
    Some(lead)
}

/// A label that opens with "Đối với" and a body ("Đối với các công ty TNHH
/// một thành viên do UBND tỉnh làm chủ sở hữu:"), ended by its colon: the
/// bodies after "đối với" (`from`), one alone named to the colon. `None` for
/// a topic ("Đối với các dự án chuyển tiếp:"), which names no body there.
fn for_body_label(ctx: &Ctx, toks: &[Token], from: usize) -> Option<Handed> {
    let colon = toks.iter().rposition(|t| !t.word)?;
    if !toks[colon].is_punct(':') || toks[colon + 1..].iter().any(|t| t.word) {
        return None;
    }
    let (mut bodies, _) = parties::body_list_at(&ctx.lex, &toks[..colon], from);
    if bodies.first()?.toks.start != from {
        return None;
    }
    if let [m] = &mut bodies[..] {
        // (not a manner after a comma: "Các phòng, đơn vị trực thuộc Sở, theo
        // chức năng, nhiệm vụ:")
        let end = (m.toks.end..colon)
            .find(|&k| toks[k].is(",") && toks[k + 1].is("theo"))
            .unwrap_or(colon);
        let rest = &toks[m.toks.end..end];
        // (its trades may be listed: "các đơn vị quản lý, khai thác hồ chứa")
        if rest.iter().all(|t| t.word || t.is_punct('-') || t.is(",")) {
            m.toks.end = end;
            m.name.end = toks[end - 1].end;
        }
    }
    Some(Handed {
        lead: bodies,
        cooperate: Vec::new(),
        set: true,
        directed: false,
    })
}

/// "Đối với <body> …: <task>" on one line: the label's body, read to the
/// colon as `for_body_label` reads it, when a verb of work opens the text
/// after the colon.
fn for_label_then_task(ctx: &Ctx, toks: &[Token]) -> Option<Handed> {
    if !(toks.first()?.is("đối") && toks.get(1)?.is("với")) {
        return None;
    }
    let colon = toks.iter().take(30).position(|t| t.is_punct(':'))?;
    if colon < 3
        || !toks[2..colon]
            .iter()
            .all(|t| t.word || t.is(",") || t.is_punct('-'))
        || ctx.lex.verb_at(toks, colon + 1).is_none()
    {
        return None;
    }
    let h = for_body_label(ctx, &toks[..=colon], 2)?;
    // (a named body only: "Đối với đơn vị có lỗ lũy kế: xây dựng …" singles
    // out some of the doers handed down, by what they have)
    (!h.lead.is_empty() && h.lead.iter().all(|m| !m.collective)).then_some(h)
}

/// "Đối với các tổ chức được cấp phép khai thác:", a plain paragraph that
/// only names bodies after "Đối với" (or alone, in a short line the clauses
/// read no body in) before a colon closing it, followed by bullets at its
/// own level: the bodies, and the block where the bullets end.
fn for_label_paragraph(
    ctx: &Ctx,
    blocks: &[Block],
    bi: usize,
    toks: &[Token],
) -> Option<(usize, Handed)> {
    let b = &blocks[bi];
    if b.marker.is_some() || !b.children.is_empty() || b.heading {
        return None;
    }
    let lex = &ctx.lex;
    // "Các cơ sở sản xuất, kinh doanh bánh trung thu:" ⏎ "+ …": the bodies
    // alone before the colon, as the clauses do not read them (their trades
    // read as verbs), a short line that introduces no work of its own.
    // (people only, no body: "Đối với chủ tàu, thuyền trưởng:" ⏎ "- …", their
    // tasks with no body)
    let persons = persons_label(ctx, toks);
    // "Các sở, ngành là cơ quan chủ quản các đơn vị sự nghiệp:" ⏎ "- …": the
    // bodies, then only what they are ("là …") to the colon closing the line.
    let copula = copula_label(ctx, toks);
    let from = if persons || copula.is_some() {
        0
    } else if toks.len() >= 4 && toks[0].is("đối") && toks[1].is("với") {
        2
    } else if toks.len() >= 3
        && toks.last().is_some_and(|t| t.is_punct(':'))
        && blocks.get(bi + 1).is_some_and(|x| x.marker.is_some())
        && toks.iter().filter(|t| t.word).count() <= 12
        && parties::body_at(lex, toks, 0).is_some()
        && !ctx
            .rules
            .regex("intro_sentence")
            .is_match(ctx.n.key[b.content.clone()].trim_end())
        && parties::roles(lex, &ctx.n.key, toks, false).lead.is_empty()
    {
        0
    } else if toks.len() >= 4 && plain_body_label(ctx, toks) {
        // (a kind and its trades, `plain_body_label`, in a longer line)
        0
    } else {
        return None;
    };
    let bullet = |j: usize| {
        blocks.get(j).and_then(|x| {
            (x.parent == b.parent && x.zone == b.zone)
                .then_some(x.marker.as_ref())
                .flatten()
                .and_then(|m| match m.style {
                    Style::Bullet(c) => Some(c),
                    _ => None,
                })
        })
    };
    let style = bullet(bi + 1)?;
    // (the bullets' own sub-items come after them in the blocks)
    let mut end = bi + 1;
    while end < blocks.len() {
        let x = &blocks[end];
        let inside = x.parent.is_some_and(|p| p > bi) && x.parent != b.parent;
        if !inside && bullet(end) != Some(style) {
            break;
        }
        end += 1;
    }
    if persons {
        return Some((
            end,
            Handed {
                set: true,
                ..Handed::default()
            },
        ));
    }
    if let Some(lead) = copula {
        return Some((
            end,
            Handed {
                lead,
                cooperate: Vec::new(),
                set: true,
                directed: false,
            },
        ));
    }
    // (not a label the leader asks after: "Đối với UBND các xã, phường,
    // Chủ tịch UBND tỉnh yêu cầu:", read as before)
    if (from..toks.len()).any(|k| {
        lex.assign.match_at(toks, k).is_some()
            || lex.direct.match_at(toks, k).is_some()
            || lex.cooperate.match_at(toks, k).is_some()
            || lex.report.match_at(toks, k).is_some()
    }) {
        return None;
    }
    let h = for_body_label(ctx, toks, from)?;
    (!h.lead.is_empty()).then_some((end, h))
}

/// A line closed by a colon that names bodies, then only what they are: "Các
/// sở, ngành là cơ quan chủ quản các đơn vị sự nghiệp trên địa bàn huyện:",
/// "Công an xã là cơ quan thường trực:". The bodies, when no cue, verb of
/// cooperation or report stands after "là".
fn copula_label(ctx: &Ctx, toks: &[Token]) -> Option<Vec<Mention>> {
    let colon = toks.len().checked_sub(1)?;
    if colon < 3 || !toks[colon].is_punct(':') {
        return None;
    }
    let lex = &ctx.lex;
    let (bodies, end) = parties::body_list_at(lex, &toks[..colon], 0);
    if bodies.first()?.toks.start != 0 || !toks.get(end)?.is("là") || colon - end > 24 {
        return None;
    }
    let plain = (end + 1..colon).all(|k| {
        (toks[k].word || toks[k].is(","))
            && lex.assign.match_at(toks, k).is_none()
            && lex.direct.match_at(toks, k).is_none()
            && lex.cooperate.match_at(toks, k).is_none()
            && lex.report.match_at(toks, k).is_none()
    });
    plain.then_some(bodies)
}

/// A plain paragraph that only names a kind of body with its trades before
/// the colon closing it ("Các cơ sở sản xuất, kinh doanh bánh trung thu:",
/// "Các doanh nghiệp chăn nuôi:"): no introducing sentence ("… các nội
/// dung sau:"), no duty ("cần", "phải"), and no verb but a trade of firms
/// (`brand_trade`, `firm_trade`), which names the kind, not its work.
fn plain_body_label(ctx: &Ctx, toks: &[Token]) -> bool {
    let Some(colon) = toks.iter().rposition(|t| !t.word) else {
        return false;
    };
    if !toks[colon].is_punct(':') || colon + 1 != toks.len() || colon < 2 {
        return false;
    }
    let text = &ctx.n.key[toks[0].start..toks[colon].end];
    if ctx.rules.regex("intro_sentence").is_match(text)
        || ctx.rules.regex("task_modal").is_match(text)
    {
        return false;
    }
    let lex = &ctx.lex;
    let trade = |k: usize| lex.trade_at(toks, k);
    // The bodies read to the colon, or to a trade that names their kind
    // ("Các cơ sở" ⏎ "sản xuất, kinh doanh …"); not to a remark after them
    // ("Các phòng, đơn vị trực thuộc Sở, theo chức năng, nhiệm vụ:").
    let (bodies, end) = parties::body_list_at(lex, &toks[..colon], 0);
    if bodies.first().is_none_or(|m| m.toks.start != 0) || end < colon && trade(end).is_none() {
        return false;
    }
    // (After a trade, the words are what is traded, verbs elsewhere among
    // them: "bánh trung thu", "thu" a verb of collecting.)
    let mut traded = false;
    let mut k = 0;
    while k < colon {
        if !toks[k].word && !toks[k].is(",") && !toks[k].is_punct('-') {
            return false;
        }
        if let Some(n) = trade(k) {
            traded = true;
            k += n;
            continue;
        }
        if !traded && lex.verb_at(toks, k).is_some() {
            return false;
        }
        k += 1;
    }
    true
}

/// A numbered heading over items that is one body's name as a whole ("1.
/// Chi cục Đê điều và Phòng chống lụt bão"): a body's head, a capitalized
/// name right after it, no cue, no full stop, at most 14 words.
fn first_line_label(ctx: &Ctx, b: &Block, toks: &[Token], blocks: &[Block]) -> Option<Handed> {
    if b.marker.is_none() || !b.children.iter().any(|&c| blocks[c].marker.is_some()) {
        return None;
    }
    let text = &ctx.n.key[b.content.clone()];
    let end = b.content.start + text.find('\n').unwrap_or(text.len());
    let k = toks.partition_point(|t| t.end <= end);
    let mut e = k;
    while e > 0 && toks[e - 1].is_punct(':') {
        e -= 1;
    }
    if e == 0 {
        return None;
    }
    // (a kind narrowed by a clause on "có" in lower-case words, as before a
    // colon: "UBND các xã, thị trấn có rừng")
    let clause_ok = |c: usize| {
        c + 1 < e
            && e - c <= 12
            && toks[c + 1..e]
                .iter()
                .all(|t| (t.word && !t.capital) || t.is(","))
    };
    // (or by a participle, what was done to or by the kind: "Các tổ chức
    // được cấp giấy phép khai thác khoáng sản", "Các cơ sở đã lắp đặt trạm
    // quan trắc", "Các nhà thầu đang thi công")
    let narrowed = (1..e)
        .rev()
        .find(|&c| toks[c].is("có"))
        .filter(|&c| clause_ok(c))
        .or_else(|| {
            (1..e)
                .find(|&c| toks[c].is("được") || toks[c].is("đã") || toks[c].is("đang"))
                .filter(|&c| clause_ok(c))
        });
    let cut = narrowed.unwrap_or(e);
    let mut r = parties::roles(&ctx.lex, &ctx.n.key, &toks[..cut], false);
    let last = r.lead.last_mut()?;
    // ("Các hộ kinh doanh, hợp tác xã, doanh nghiệp tái chế nhựa": a kind
    // named by its trade, a verb elsewhere, to the line's end: the heading
    // names the kind, it asks nothing.)
    let firm_kind = |k: usize| {
        let k = k + usize::from(toks[k].is("các"));
        ctx.lex
            .kind_apart
            .is_some_and(|l| l.match_at(toks, k).is_some())
    };
    let trade_to_end = last.collective
        && firm_kind(last.toks.start)
        && last.toks.end < cut
        && cut - last.toks.end <= 8
        && toks[last.toks.end..cut]
            .iter()
            .all(|t| t.word && !t.capital);
    if trade_to_end {
        last.toks.end = cut;
        last.name.end = toks[cut - 1].end;
    }
    if last.toks.end != cut || !r.cooperate.is_empty() || !r.assigned.is_empty() {
        return None;
    }
    if cut < e {
        last.toks.end = e;
        last.name.end = toks[e - 1].end;
    }
    Some(Handed {
        lead: r.lead,
        cooperate: Vec::new(),
        set: true,
        directed: false,
    })
}

/// A numbered heading over items whose first line only names bodies, with no
/// colon at its end and no verb of work: "1. Các trường PTDT nội trú tỉnh,
/// PTDT nội trú huyện", "5. Các hợp tác xã, tổ hợp tác nông nghiệp", "2.
/// Hiệu trưởng các trường THPT, PT DTNT tỉnh", "III. Đối với các doanh
/// nghiệp trúng thầu cung ứng thuốc", "I. ĐỐI VỚI CHỦ ĐẦU TƯ", or a kind
/// with its members after a colon ("5. Các chủ đầu tư: Công ty A (Khu đô thị
/// X), Công ty B và chủ đầu tư các dự án khác trong danh mục"). The line
/// must open with a body (after "Đối với" or an office holder); a topic
/// ("1. Công tác tuyên truyền", "II. NHIỆM VỤ VÀ GIẢI PHÁP") names none.
/// Kinds listed in lower case are one collective, named to the line's end
/// (the words the lexicon does not know are more of them); a list with a
/// proper name in it is one body per name, the last named to the end.
fn bodies_line_label(ctx: &Ctx, b: &Block, toks: &[Token]) -> Option<Handed> {
    if b.marker.is_none() || b.children.is_empty() {
        return None;
    }
    let text = &ctx.n.key[b.content.clone()];
    let line_end = b.content.start + text.find('\n').unwrap_or(text.len());
    let mut e = toks.partition_point(|t| t.end <= line_end);
    let line_toks = e;
    while e > 0 && !toks[e - 1].word && !toks[e - 1].is(")") {
        e -= 1;
    }
    // A colon closing the line ("2. Các doanh nghiệp sản xuất, kinh doanh,
    // sử dụng hóa chất:") introduces the items below.
    let closing_colon = toks[e..line_toks].iter().any(|t| t.is_punct(':'));
    let lex = &ctx.lex;
    // (a kind with its members after a colon may run long: firms with
    // their projects in brackets)
    let colon_at = toks[..e].iter().position(|t| t.is_punct(':'));
    // "4. Tổ dân phố số 3, số 7, số 9 (tuyến Phố trà đi qua)": a note in
    // brackets closing a line without a colon tells where or which; the
    // bodies end before it (one that names a body is read as before).
    if colon_at.is_none() && !closing_colon && e > 2 && toks[e - 1].is_punct(')') {
        if let Some(p) = toks[..e - 1].iter().rposition(|t| t.is_punct('(')) {
            if p > 1 && parties::body_at(lex, toks, p + 1).is_none() {
                e = p;
            }
        }
    }
    let max_words = if colon_at.is_some() { 80 } else { 25 };
    if e == 0
        || toks[..e].iter().filter(|t| t.word).count() > max_words
        || toks[..e].iter().any(|t| t.is(".") || t.is(";"))
        || (0..e).any(|k| {
            lex.assign.match_at(toks, k).is_some()
                || lex.direct.match_at(toks, k).is_some()
                || lex.cooperate.match_at(toks, k).is_some()
                || lex.report.match_at(toks, k).is_some()
        })
    {
        return None;
    }
    // (after "Đối với" the words after the body narrow it, verbs too:
    // "các doanh nghiệp trúng thầu cung ứng thuốc")
    let for_whom = e > 2 && toks[0].is("đối") && toks[1].is("với");
    let s = if for_whom { 2 } else { 0 };
    // "Ban hành …" is a verb, not the board: a verb as long as the head or
    // longer opens no body.
    let h = s + usize::from(toks[s].is("các") || toks[s].is("những"));
    if let Some(v) = lex.verb_at(toks, h) {
        if lex.head_at(toks, h).is_none_or(|(n, _)| v >= n) {
            return None;
        }
    }
    let colon = toks[s..e]
        .iter()
        .position(|t| t.is_punct(':'))
        .map(|c| c + s);
    let from = match colon {
        // The kind before the colon is only a body ("Các chủ đầu tư:").
        Some(c) => {
            let (kind, at) = parties::body_list_at(lex, &toks[..c], s);
            if kind.first()?.toks.start != s || at != c {
                return None;
            }
            c + 1
        }
        None => s,
    };
    let (mut bodies, at) = parties::body_list_at(lex, &toks[..e], from);
    if bodies.first()?.toks.start != from {
        return None;
    }
    // (a verb inside a later kind's name qualifies it, "nhóm trẻ độc lập";
    // one right after a body, or opening a part after a comma or "và", is
    // work)
    let work_at = |k: usize| {
        (k == at || toks[k - 1].is(",") || toks[k - 1].is("và")) && lex.verb_at(toks, k).is_some()
    };
    // (before a closing colon the words after a kind narrow it, verbs too,
    // as after "Đối với": "doanh nghiệp sản xuất, kinh doanh, sử dụng hóa
    // chất:"; an object of work, "… thực hiện các nội dung sau:", is no
    // narrowing)
    // Kinds in lower case only: a named body ends at its name ("UBND thành
    // phố X là chủ đầu tư …, có trách nhiệm:" is a duty introduced).
    let kind_first = {
        let k = bodies[0].toks.start;
        !toks[k + usize::from(toks[k].is("các") || toks[k].is("những"))].capital
    };
    let narrows = closing_colon
        && kind_first
        && !toks[at..e].iter().any(|t| {
            ["các", "những", "sau", "như", "một", "là", "có"]
                .iter()
                .any(|w| t.is(w))
        });
    if at < e && !for_whom && !narrows && (e - at > 10 || (at..e).any(work_at)) {
        return None;
    }
    // (kinds of firms each a doer of their own, `kind_apart`: "Các hộ kinh
    // doanh, hợp tác xã, doanh nghiệp tái chế nhựa" is three)
    let opens = |m: &Mention| m.toks.start + usize::from(toks[m.toks.start].is("các"));
    let apart = |m: &Mention| {
        lex.kind_apart
            .is_some_and(|l| l.match_at(toks, opens(m)).is_some())
    };
    let proper = colon.is_some()
        || bodies.len() > 1
            && (bodies.iter().all(apart)
                || bodies.iter().any(|m| {
                    let k = opens(m);
                    toks[k].capital && lex.head_at(toks, k).is_some()
                }));
    let lead = if proper {
        if let Some(last) = bodies.last_mut().filter(|_| at < e) {
            last.toks.end = e;
            last.name.end = toks[e - 1].end;
        }
        bodies
    } else {
        let first = &bodies[0];
        vec![Mention {
            toks: first.toks.start..e,
            name: first.name.start..toks[e - 1].end,
            implied_head: None,
            collective: bodies.len() > 1 || at < e || first.collective,
            plural: first.plural || bodies.len() > 1,
        }]
    };
    Some(Handed {
        lead,
        cooperate: Vec::new(),
        set: true,
        directed: false,
    })
}

fn whole_line_body(ctx: &Ctx, b: &Block, toks: &[Token]) -> Option<Mention> {
    if b.marker.is_none() || b.children.is_empty() {
        return None;
    }
    let mut end = toks.len();
    while end > 0 && !toks[end - 1].word {
        end -= 1;
    }
    let lex = &ctx.lex;
    // "2. Về Trung tâm Phục vụ hành chính công phường" over items that name
    // no one: a topic that is a body's name is that body.
    let s = usize::from(toks.len() > 1 && toks[0].is("về") && toks[1].capital);
    let (n, _) = lex.head_at(toks, s).filter(|_| toks[s].capital)?;
    let n = s + n;
    let named = toks.get(n).is_some_and(|t| t.capital || t.all_caps);
    let words = toks[s..end].iter().filter(|t| t.word).count();
    let trailing_ok = toks[end..].iter().all(|t| t.is_punct(':'));
    let asks = (0..end).any(|k| {
        lex.assign.match_at(toks, k).is_some()
            || lex.direct.match_at(toks, k).is_some()
            || lex.cooperate.match_at(toks, k).is_some()
            || lex.report.match_at(toks, k).is_some()
    });
    let plain = toks[..end]
        .iter()
        .all(|t| t.word || t.is_punct('-') || t.is_punct('&'));
    (named && n < end && words <= 14 && trailing_ok && !asks && plain
        // (a verb as long as the head or longer is a topic: "Phòng chống
        // dịch", "Ban hành văn bản"; "chi" in "Chi cục" is shorter)
        && lex.verb_at(toks, s).is_none_or(|v| s + v < n))
    .then(|| Mention {
        toks: s..end,
        name: toks[s].start..toks[end - 1].end,
        implied_head: None,
        collective: false,
        plural: false,
    })
}

/// A heading that is only a body's name ("1. Ban Quản lý dự án đầu tư xây dựng
/// huyện"): the whole line is the name, even where its words read as verbs.
fn extend_label(ctx: &Ctx, toks: &[Token], mut handed: Handed) -> Handed {
    let words = toks.iter().filter(|t| t.word).count();
    if handed.lead.len() != 1 || words > 14 {
        return handed;
    }
    let m = &handed.lead[0];
    if m.toks.start > 1 || m.toks.end >= toks.len() {
        return handed;
    }
    let mut end = toks.len();
    while end > m.toks.end && !toks[end - 1].word {
        end -= 1;
    }
    let rest = &toks[m.toks.end..end];
    let lex = &ctx.lex;
    // "Sở NN&PTNT có trách nhiệm:" says what the body does, not which one.
    let predicate = lex
        .label_predicate
        .and_then(|l| l.match_at(toks, m.toks.end))
        .is_some_and(|(n, _)| m.toks.end + n == end);
    // "Sở Nội vụ là cơ quan thường trực:" says what part the body plays.
    let copula = toks[m.toks.end].is("là");
    let plain = !predicate
        && !copula
        && rest.iter().enumerate().all(|(i, t)| {
            let k = m.toks.end + i;
            t.word
                && lex.assign.match_at(toks, k).is_none()
                && lex.direct.match_at(toks, k).is_none()
                && lex.cooperate.match_at(toks, k).is_none()
                && lex.report.match_at(toks, k).is_none()
                && lex.holder.match_at(toks, k).is_none()
        });
    if plain && end > m.toks.end {
        let last = toks[end - 1].end;
        let m = &mut handed.lead[0];
        m.name.end = last;
        m.toks.end = end;
    }
    handed
}

/// An assignment cue directly followed by a task: "… yêu cầu quyết liệt đẩy nhanh …".
fn cue_then_verb(ctx: &Ctx, toks: &[Token]) -> bool {
    // "… đã ban hành công điện đề nghị ứng phó …" reports a request: no task.
    // Whether `đã` stands earlier in the clause (since the last `;` or `.`),
    // kept as the tokens go by instead of looked for back from each token.
    let mut reported = false;
    for (k, tok) in toks.iter().enumerate() {
        // "… lãnh đạo các xã phản ánh một số hộ dân đề nghị …": a request
        // told by those who took the floor, likewise.
        if ctx
            .lex
            .account
            .is_some_and(|l| l.match_at(toks, k).is_some())
        {
            reported = true;
        }
        // "Bà Nguyễn Thị Nhung, trú tại khu phố 3, … đề nghị xem xét …": a
        // citizen's request, told of.
        if k > 0 && parties::resides(toks, k - 1..k + 1) {
            reported = true;
        }
        let cue = !reported
            && ctx.lex.assign.match_at(toks, k).is_some_and(|(len, _)| {
                // "giao Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo …": work
                // for a person, named by title and name.
                let after_person = parties::person_by_title_len(&ctx.lex, toks, k + len);
                (!tok.is("giao") || after_person > 0)
                    && ctx.lex.verb_at(toks, k + len + after_person).is_some()
            });
        let in_noun = || ctx.lex.in_phrase(ctx.lex.not_cue, toks, k);
        // "việc phân công theo dõi sản xuất … còn lúng túng": the cue made a
        // noun by "việc" is the matter reported on, not a request.
        let named_matter = k > 0 && toks[k - 1].is("việc");
        if cue && !in_noun() && !named_matter {
            return true;
        }
        if tok.is(";") || tok.is(".") {
            reported = false;
        } else if tok.is("đã") {
            reported = true;
        }
    }
    false
}

/// Whether block `bi` stands under an assessment heading: any block after
/// an unnumbered one, the items of a numbered one.
fn assessed(blocks: &[Block], bi: usize, in_assessment: bool, item: Option<usize>) -> bool {
    if !in_assessment {
        return false;
    }
    let Some(item) = item else {
        return true;
    };
    let mut parent = blocks[bi].parent;
    while let Some(p) = parent {
        if p == item {
            return true;
        }
        parent = blocks[p].parent;
    }
    false
}

/// The token after a time expression that opens the text at `start` (and
/// the comma after it), if one does.
fn leading_time_end(ctx: &Ctx, toks: &[Token], start: usize) -> Option<usize> {
    let first = toks.get(start)?;
    // Within the opening words only: the finders are costly on a whole text.
    let window_end = toks
        .get(start + 12)
        .map_or(toks[toks.len() - 1].end, |t| t.end);
    let text = &ctx.n.key[first.start..window_end];
    let end = ["deadline_recurring", "deadline_date", "deadline_period"]
        .iter()
        .filter_map(|name| ctx.rules.regex(name).find_at_start(text))
        .map(|m| first.start + m.end())
        .max()?;
    let mut k = toks.partition_point(|t| t.end <= end);
    if toks.get(k).is_some_and(|t| t.is(",")) {
        k += 1;
    }
    Some(k)
}

/// A task handed out in the passive, a verb after it ("Trạm Y tế xã được
/// giao chuẩn bị cơ số thuốc …", "Công ty … được yêu cầu bố trí …"; not "… hoàn thành nhiệm vụ được giao.",
/// nor "Các cơ quan được phân công báo cáo …", the bodies that were given
/// parts of the plan): the bodies before it, read from the
/// clause's start (empty when none stands there).
fn passive_task(ctx: &Ctx, toks: &[Token]) -> Option<Vec<Mention>> {
    // (The dot of "UBND TP. Châu Đốc" ends no clause.)
    let first_clause = (0..toks.len())
        .find(|&k| {
            toks[k].is_punct(';') || (toks[k].is_punct('.') && !parties::is_abbrev_dot(toks, k))
        })
        .unwrap_or(toks.len());
    let at = toks[..first_clause]
        .windows(2)
        .enumerate()
        .find_map(|(k, w)| {
            // "… được giao chuẩn bị …", "… được yêu cầu bố trí …", "… được
            // đề nghị phối hợp với …": the work given in the passive.
            let cue = if w[1].is("giao") {
                1
            } else if parties::match_seq(toks, k + 1, &[&["yêu", "cầu"], &["đề", "nghị"]]) == 2
            {
                2
            } else {
                0
            };
            let next = k + 1 + cue;
            // ("… được giao chủ trì, phối hợp với …": the lead given)
            let work = ctx.lex.verb_at(toks, next).is_some()
                || (cue == 2 && ctx.lex.cooperate.match_at(toks, next).is_some())
                || parties::match_seq(toks, next, &[&["chủ", "trì"]]) == 2;
            (k > 0 && w[0].is("được") && cue > 0 && work).then_some(k)
        })?;
    let start = parties::skip_lead_in(&ctx.lex, &ctx.n.key, toks, 0, at);
    // (Read up to the cue: a name may read on over "được giao chủ trì".)
    let (bodies, end) = parties::body_list_at(&ctx.lex, &toks[..at], start);
    // (a note in brackets after the name is no part of it: "Trung tâm
    // Truyền thông giáo dục sức khỏe (nay là Phòng Truyền thông thuộc CDC)
    // được yêu cầu …")
    if end == at {
        return Some(bodies);
    }
    let Some(last) = at.checked_sub(1) else {
        return Some(Vec::new());
    };
    let open = (start..last)
        .rev()
        .find(|&k| toks[k].is("(") || toks[k].is(")"))
        .filter(|&k| toks[last].is(")") && toks[k].is("(") && k > start);
    let bodies = open.and_then(|open| {
        let (bodies, end) = parties::body_list_at(&ctx.lex, &toks[..open], start);
        (end == open).then_some(bodies)
    });
    Some(bodies.unwrap_or_default())
}

/// The item `bi` comes right after an item of its own style under the same
/// parent that holds no items or paragraphs of its own and opens with its
/// own doer (a list of items each naming who does the work: the paragraphs
/// after its last item, naming theirs, are no items of that one).
fn last_of_leaf_list(ctx: &Ctx, blocks: &[Block], bi: usize) -> bool {
    let b = &blocks[bi];
    let Some(style) = b.marker.as_ref().map(|m| m.style) else {
        return false;
    };
    blocks[..bi]
        .iter()
        .rev()
        .find(|x| x.parent == b.parent && x.marker.is_some())
        .is_some_and(|x| {
            x.children.is_empty() && x.marker.as_ref().is_some_and(|m| m.style == style) && {
                let toks = tokenize_for(&ctx.n.key[x.content.clone()], x.content.start, ctx.rules);
                let roles = parties::roles(&ctx.lex, &ctx.n.key, &toks, false);
                roles
                    .clause_subjects
                    .first()
                    .is_some_and(|(_, leads)| leads.first().is_some_and(|m| m.toks.start <= 1))
            }
        })
}

/// Starts with a verb (after connectives), or with a subject and a verb, or hands out work.
fn reads_as_task(ctx: &Ctx, toks: &[Token], roles: &parties::Roles) -> bool {
    if toks.is_empty() {
        return false;
    }
    let start = parties::skip_lead_in(&ctx.lex, &ctx.n.key, toks, 0, toks.len());
    if ctx.lex.verb_at(toks, start).is_some() || ctx.lex.verb_at(toks, 0).is_some() {
        return true;
    }
    // "Định kỳ 6 tháng, năm tổng hợp …", "Trước ngày 15/12/2025, rà soát …":
    // a time first, then the verb.
    if let Some(after) = leading_time_end(ctx, toks, start) {
        if ctx.lex.verb_at(toks, after).is_some() {
            return true;
        }
    }
    if passive_task(ctx, toks).is_some() {
        return true;
    }
    // "Là cơ quan thường trực, chủ trì rà soát …": the body's role, then
    // its task.
    if role_opening_end(toks).is_some_and(|at| ctx.lex.verb_at(toks, at).is_some()) {
        return true;
    }
    // "Dự án cao tốc X: Lập lại tiến độ …": a label, then the task.
    // (a kind of body narrowed at length: "Các cơ sở sản xuất, kinh doanh,
    // nhất là kho mủ cao su, cơ sở chế biến hạt điều, sắn lát: bố trí …")
    if let Some(colon) = toks.iter().take(40).position(|t| t.is_punct(':')) {
        if ctx.lex.verb_at(toks, colon + 1).is_some() {
            return true;
        }
    }
    roles
        .clause_subjects
        .first()
        .is_some_and(|(_, leads)| !leads.is_empty())
        || !roles.assigned.is_empty()
}

/// The key text of a mention's body name, with the head an office holder implied.
fn mention_key(ctx: &Ctx, m: &Mention) -> String {
    match &m.implied_head {
        Some(h) => format!("{h} {}", &ctx.n.key[m.name.clone()]),
        None => ctx.n.key[m.name.clone()].to_string(),
    }
}

fn canonical_set(ctx: &Ctx, ms: &[Mention]) -> HashSet<String> {
    ms.iter()
        .map(|m| parties::canonical(&ctx.lex, &mention_key(ctx, m)))
        .collect()
}

/// `level` (canonical) is a bare administrative level ("huyện") that every
/// one of `holders` (canonical, at least one) names ("ủy ban nhân dân huyện
/// đắk mil"): a later "Huyện …" refers back to them.
fn level_held<'a>(ctx: &Ctx, level: &str, holders: impl Iterator<Item = &'a String>) -> bool {
    let words = crate::tokens::tokenize(level, 0);
    let bare = ctx
        .lex
        .admin_at(&words, 0)
        .is_some_and(|(len, _)| len == words.len());
    let padded = format!(" {level} ");
    let mut any = false;
    bare && holders.into_iter().all(|h| {
        any = true;
        format!(" {h} ").contains(&padded)
    }) && any
}

/// A directive block split into the pieces that are tasks of their own
/// (token ranges): inline enumerations, and clauses whose subject is a
/// different body.
struct Parts {
    pieces: Vec<Range<usize>>,
    /// Where an inline enumeration's first item starts (the words before it
    /// label its items).
    enum_start: Option<usize>,
    /// The local id of the next item of the block's list when it ran on
    /// inside the block ("(2) …; (3) chỉ đạo …" gives "(3)"): the second
    /// piece is that sibling, not a sub-item.
    run_on_sibling: Option<String>,
}

impl Parts {
    fn plain(pieces: Vec<Range<usize>>, enum_start: Option<usize>) -> Self {
        Parts {
            pieces,
            enum_start,
            run_on_sibling: None,
        }
    }
}

fn parts(
    ctx: &Ctx,
    toks: &[Token],
    roles: &parties::Roles,
    inherited: &Handed,
    marker: Option<&crate::segment::Marker>,
) -> Parts {
    let n = toks.len();
    // Inline "(i) … (ii) …".
    let enum_re = ctx.rules.regex("inline_enum");
    if let (Some(first), Some(last)) = (toks.first(), toks.last()) {
        let text = &ctx.n.key[first.start..last.end];
        let starts: Vec<usize> = enum_re
            .find_iter(text)
            .map(|m| {
                let at = first.start + m.start();
                toks.partition_point(|t| t.end <= at)
            })
            .map(|i| {
                // Start at the marker: its "(" or its letter or number (or
                // its bullet: "•", "+").
                let mut i = i;
                while i < n
                    && !toks[i].word
                    && !toks[i].is_punct('(')
                    && !toks[i].is_punct('•')
                    && !toks[i].is_punct('+')
                {
                    i += 1;
                }
                i
            })
            .collect();
        // "(2) phân loại hồ sơ … trong quý IV/2025; (3) chỉ đạo phòng Kinh
        // tế …": in an item of a list, the next item run on after `;` or
        // `.` is an item of its own (the item before it stays whole).
        if let [s] = starts[..] {
            let inline = &ctx.n.key[toks[s].start..toks[(s + 2).min(n - 1)].end];
            let next = marker.is_some_and(|m| follows(&m.label, inline));
            if next && s > 0 && (toks[s - 1].is_punct(';') || toks[s - 1].is_punct('.')) {
                // (the item's text after its marker: "(3)", "c)")
                let body = (s..n.min(s + 4))
                    .find(|&i| toks[i].is_punct(')'))
                    .map_or(s, |i| i + 1);
                if body < n {
                    let label = marker_core(inline);
                    let paren = marker.is_some_and(|m| m.style == crate::segment::Style::Paren);
                    return Parts {
                        pieces: vec![0..s, body..n],
                        enum_start: None,
                        run_on_sibling: Some(if paren { format!("({label})") } else { label }),
                    };
                }
            }
        }
        if starts.len() >= 2 {
            let mut out = Vec::new();
            // "Hướng dẫn UBND các xã rà soát các dự án …; (i) nhân rộng …;
            // (ii) dừng …": a task before the enumeration, ended by `;` or
            // `.`, is one of its own (a label ends with `:`).
            // A sentence that only announces the items ("Đồng chí yêu cầu
            // UBND tỉnh … tập trung một số nhiệm vụ. Thứ nhất, …") is their
            // label: it hands its bodies to them and is no task.
            let lead = &toks[..starts[0]];
            let announces = lead.last().is_some_and(|t| {
                ctx.rules
                    .regex("intro_sentence")
                    .is_match(ctx.n.key[toks[0].start..t.end].trim_end())
            });
            // (or by `;` or `.` and a connective that opens the items:
            // "Chỉ đạo lực lượng chức năng …. Đồng thời, (1) …; (2) …")
            let ends_sentence = |t: &Token| t.is_punct(';') || t.is_punct('.');
            let connective = lead.last().is_some_and(|t| t.is(","))
                && lead.iter().rposition(ends_sentence).is_some_and(|p| {
                    let rest = &ctx.n.key[lead[p].end..lead[lead.len() - 1].start];
                    ctx.rules.regex("continuation").is_match(rest.trim_start())
                        && lead.len() - p <= 5
                });
            if (lead.last().is_some_and(ends_sentence) || connective)
                && !announces
                && reads_as_task(ctx, lead, roles)
            {
                out.push(0..starts[0]);
            }
            for (k, &s) in starts.iter().enumerate() {
                let e = starts.get(k + 1).copied().unwrap_or(n);
                // (a bullet is no part of either item: "…; + Phối hợp …")
                let s = if s < e && (toks[s].is_punct('•') || toks[s].is_punct('+')) {
                    s + 1
                } else {
                    s
                };
                if e > s {
                    out.push(s..e);
                }
            }
            return Parts::plain(out, Some(starts[0]));
        }
    }
    // Clauses with their own, different subject. Until a clause names its
    // subject, the directive belongs to the inherited bodies.
    let mut cuts = vec![0usize];
    let mut current = canonical_set(ctx, &inherited.lead);
    let handed_set = current.clone();
    for (start, leads) in &roles.clause_subjects {
        if leads.is_empty() {
            continue;
        }
        // "Chủ động đối thoại với người sử dụng lao động …; đề nghị doanh
        // nghiệp thanh toán đầy đủ tiền lương …" under the bodies handed
        // down: their request, whose object is no new doer (the piece's
        // roles drop it too, see `requests_inside`).
        if !inherited.lead.is_empty()
            && !inherited.directed
            && requests_inside(&ctx.lex, toks, leads, false)
        {
            continue;
        }
        let set = canonical_set(ctx, leads);
        // "UBND huyện Đắk Mil …. Huyện cần ưu tiên …": a level named bare
        // that the current doer holds is that doer again.
        let same_level = set.len() == 1
            && !current.is_empty()
            && set
                .iter()
                .all(|level| level_held(ctx, level, current.iter()));
        // "Bộ Công Thương được giao chủ trì …. Bộ cũng phải chỉ đạo …": a
        // head named bare (`BARE_HEADS`) when the current doer is the one
        // body of that kind is that doer again.
        // (before any clause's subject, the doer the first sentence gave
        // the work to: "Bộ Công Thương được giao chủ trì …")
        // (any head that refers back so, `REFERRING_HEADS`: "Ban Quản lý dự
        // án … rà soát …. Ban chịu trách nhiệm …", "Trung tâm", "Công ty")
        let bare_head = set.len() == 1 && set.iter().all(|h| REFERRING_HEADS.contains(&h.as_str()));
        let before = if !bare_head {
            HashSet::new()
        } else if current.is_empty() {
            let from = parties::skip_lead_in(&ctx.lex, &ctx.n.key, toks, 0, *start);
            let (given, _) = parties::body_list_at(&ctx.lex, &toks[..*start], from);
            canonical_set(ctx, &given)
        } else {
            current.clone()
        };
        let same_head = bare_head
            && before.len() == 1
            && set.iter().all(|head| {
                REFERRING_HEADS.contains(&head.as_str())
                    && before.iter().all(|c| c.starts_with(&format!("{head} ")))
            });
        // "+ Thực hiện tự công bố sản phẩm …; cơ sở chưa tự công bố phải
        // hoàn thành …" under "Các cơ sở sản xuất, kinh doanh bánh trung
        // thu:": some of the kind handed down, narrowed, are those doers.
        let narrowed = set.len() == 1
            && matches!(&inherited.lead[..], [m] if m.collective)
            && current == handed_set
            && leads.iter().all(|m| m.collective)
            && set
                .iter()
                .zip(current.iter())
                .all(|(a, b)| same_collective_kind(ctx, a, b));
        if set != current && !same_level && !same_head && !narrowed {
            let sentence_before = *start > 0 && toks[*start - 1].is_punct('.');
            if *start > 0 && (!current.is_empty() || sentence_before) {
                cuts.push(*start);
            }
            current = set;
        }
    }
    let mut out = Vec::new();
    for (k, s) in cuts.iter().enumerate() {
        let e = cuts.get(k + 1).copied().unwrap_or(n);
        if e > *s {
            out.push(*s..e);
        }
    }
    Parts::plain(out, None)
}

/// Two canonical names that open with the same kind of collective (`cơ sở
/// chưa tự công bố` and `cơ sở sản xuất, kinh doanh bánh trung thu`).
fn same_collective_kind(ctx: &Ctx, a: &str, b: &str) -> bool {
    let ta = tokenize_for(a, 0, ctx.rules);
    let tb = tokenize_for(b, 0, ctx.rules);
    let Some((n, _)) = ctx.lex.collective.match_at(&ta, 0) else {
        return false;
    };
    tb.len() >= n
        && ta[..n]
            .iter()
            .zip(&tb[..n])
            .all(|(x, y)| x.lower == y.lower)
}

/// Whether a piece opens with a year before the notice's own ("Năm 2012,
/// một số xã nộp báo cáo chậm, … phải điều chỉnh nhiều lần." in a notice
/// of 2014): what it tells happened then, its "phải" was a need of that
/// time, not a duty now.
fn opens_with_past_year(ctx: &Ctx, toks: &[Token]) -> bool {
    let k = usize::from(toks.first().is_some_and(|t| t.is("trong")));
    let year = toks
        .get(k)
        .filter(|t| t.is("năm"))
        .and_then(|_| toks.get(k + 1))
        .and_then(|t| t.lower.parse::<i32>().ok());
    matches!((year, ctx.notice_date), (Some(y), Some(d)) if y < d.year())
}

/// The number or letters of a marker as printed: "(3)" → "3", "c)" → "c".
fn marker_core(printed: &str) -> String {
    printed
        .chars()
        .skip_while(|c| !c.is_alphanumeric())
        .take_while(|c| c.is_alphanumeric())
        .collect()
}

/// Whether the inline marker `inline` ("(3)", "b)", "ii)") is the one after
/// the item's own marker `label` ("2", "(a)", "i").
fn follows(label: &str, inline: &str) -> bool {
    let (a, b) = (
        marker_core(label).to_lowercase(),
        marker_core(inline).to_lowercase(),
    );
    if let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) {
        return y == x + 1;
    }
    const ROMAN: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
    if let (Some(x), Some(y)) = (
        ROMAN.iter().position(|r| *r == a),
        ROMAN.iter().position(|r| *r == b),
    ) {
        if y == x + 1 {
            return true;
        }
    }
    // (letters in the Vietnamese order: "d)", "đ)", "e)")
    const LETTERS: [&str; 24] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s",
        "t", "u", "v", "x", "y", "f",
    ];
    match (
        LETTERS.iter().position(|l| *l == a),
        LETTERS.iter().position(|l| *l == b),
    ) {
        (Some(x), Some(y)) => y == x + 1,
        _ => false,
    }
}

fn emit_block(ctx: &Ctx, b: &Block, toks: &[Token], inherited: &Handed, out: &mut Vec<Directive>) {
    // "Tổ chức Liên hoan … tại Nhà hát Cao Văn Lầu. Đơn vị thực hiện: Sở
    // Văn hóa, Thể thao và Du lịch.": the doers printed after the task, in
    // a field of their own; the task is theirs, the field no task.
    let field = doers_field(ctx, toks).map(|f| (f, false));
    if let Some(((task_end, doers), trailing)) =
        field.or_else(|| trailing_doer(ctx, toks).map(|f| (f, true)))
    {
        let from = Block {
            content: b.content.start..toks[task_end - 1].end,
            ..b.clone()
        };
        let before = out.len();
        emit_block(ctx, &from, &toks[..task_end], &doers, out);
        // "… . Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các
        // xã hoàn thành trong năm 2025.": the sentence that names the doers
        // may also say when the work is due; it is that work's deadline.
        if trailing {
            let due = make_deadlines(ctx, toks[task_end].start..b.content.end);
            for d in &mut out[before..] {
                for x in &due {
                    if !d.deadlines.iter().any(|y| y.span == x.span) {
                        d.deadlines.push(x.clone());
                    }
                }
            }
        }
        let named = canonical_set(ctx, &doers.lead)
            .into_iter()
            .chain(canonical_set(ctx, &doers.cooperate))
            .collect::<HashSet<_>>();
        for p in out[before..].iter_mut().flat_map(|d| &mut d.responsible) {
            if named.contains(&p.canonical) {
                p.inherited = false;
            }
        }
        return;
    }
    let outer = !inherited.lead.is_empty();
    let roles = parties::roles(&ctx.lex, &ctx.n.key, toks, outer);
    // A closing formula whose bodies are set apart by ";" ("Giám đốc các sở,
    // Thủ trưởng các ban, ngành; Chủ tịch UBND các xã … triển khai thực hiện
    // Chỉ thị này./."): whole, before its clauses are read as tasks.
    // "…, yêu cầu Thủ trưởng các sở, ban, ngành … khẩn trương triển khai
    // thực hiện; Sở Nông nghiệp và PTNT theo dõi, tổng hợp, báo cáo …./.":
    // after the formula's clause, a named body's own work is a task.
    if roles.cooperate.is_empty() {
        if let Some(k) = closing_clause_then_body(ctx, b, toks) {
            let from = Block {
                content: toks[k].start..b.content.end,
                ..b.clone()
            };
            emit_block(ctx, &from, &toks[k..], &Handed::default(), out);
            return;
        }
    }
    if roles.cooperate.is_empty()
        && generic_closing(ctx, b.content.clone())
        && !work_before_urgency(ctx, toks, &roles)
    {
        return;
    }
    // A closing formula in the first sentences of the paragraph ("Yêu cầu
    // Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện nghiêm túc
    // triển khai thực hiện Chỉ thị này. Giao Sở Ngoại vụ theo dõi …"): the
    // work after it is the task, done by the bodies the formula asked
    // unless it names its own ("… Kết quả thực hiện báo cáo về UBND huyện
    // trước ngày 29/3/2019."); what to do when stuck, or a remark ("Kết quả
    // … là một trong những tiêu chí …"), is none.
    if roles.cooperate.is_empty() {
        if let Some(k) = closing_sentence_end(ctx, b, toks) {
            let rest = &toks[k..];
            let Some(first) = rest.first() else {
                return;
            };
            let range = first.start..b.content.end;
            let rest_roles = parties::roles(&ctx.lex, &ctx.n.key, rest, outer);
            let closing = ctx.rules.regex("closing");
            let work = reads_as_task(ctx, rest, &rest_roles)
                || !make_deadlines(ctx, range.clone()).is_empty();
            if !work || closing.is_match(ctx.n.key[range.clone()].trim_start()) {
                return;
            }
            let asked = parties::roles(&ctx.lex, &ctx.n.key, &toks[..k], outer);
            let from = Block {
                content: range,
                ..b.clone()
            };
            emit_block(ctx, &from, rest, &own_or(&asked, inherited.clone()), out);
            return;
        }
    }
    let Parts {
        pieces,
        enum_start,
        run_on_sibling,
    } = parts(ctx, toks, &roles, inherited, b.marker.as_ref());
    let multi = pieces.len() > 1;
    // A label before an inline enumeration ("Tỉnh Lạng Sơn: (i) …") names
    // the doer of every part; so does a task of its own before it ("Công an
    // tỉnh chỉ đạo …. Đồng thời, (1) …; (2) …").
    let label_roles = enum_start
        .filter(|&e| multi && e > 0)
        .map(|e| parties::roles(&ctx.lex, &ctx.n.key, &toks[..e], outer));
    let mut label_leads = label_roles
        .as_ref()
        .map(|r| r.lead.clone())
        .unwrap_or_default();
    // "2. Phòng Tài chính - Kế hoạch + Tham mưu …; + Phối hợp …" (a PDF copy
    // that set the items on the heading's line): a label that is only a
    // list of bodies, with no verb, names the doer of every item.
    if let (Some(e), true) = (
        enum_start.filter(|&e| multi && e > 0),
        label_leads.is_empty(),
    ) {
        let label = &toks[..e];
        let (bodies, end) = parties::body_list_at(&ctx.lex, label, 0);
        let rest_is_punct = label[end.min(label.len())..]
            .iter()
            .all(|t| !t.word && !t.is_punct('('));
        if !bodies.is_empty() && rest_is_punct {
            label_leads = bodies;
        }
    }
    for (pi, piece) in pieces.iter().enumerate() {
        let ptoks = &toks[piece.clone()];
        if ptoks.is_empty() {
            continue;
        }
        let mut proles = if multi {
            parties::roles(
                &ctx.lex,
                &ctx.n.key,
                ptoks,
                outer || !label_leads.is_empty(),
            )
        } else {
            roles.clone()
        };
        // "Trạm Y tế xã được giao chuẩn bị …": the body given the task.
        if proles.lead.is_empty() {
            if let Some(bodies) = passive_task(ctx, ptoks).filter(|b| !b.is_empty()) {
                proles.lead = bodies;
            }
        }
        // "1. Liên đoàn Lao động các huyện …:" over "- Chỉ đạo công đoàn cơ
        // sở đối thoại …; (i) đề nghị doanh nghiệp thanh toán đủ tiền lương
        // …", "… làm việc với chủ doanh nghiệp, đề nghị doanh nghiệp …": a
        // request made inside an item under a heading's bodies is theirs to
        // make; the body asked is its object, not the doer.
        if !inherited.lead.is_empty()
            && !inherited.directed
            && !proles.lead.is_empty()
            && requests_inside(
                &ctx.lex,
                ptoks,
                &proles.lead,
                // (a part of an inline enumeration run on after ";": a new
                // sentence "… . Đề nghị Ủy ban MTTQ tỉnh …" is the issuer's)
                enum_start.is_some() && piece.start > 0 && !toks[piece.start - 1].is_punct('.'),
            )
        {
            proles.lead.clear();
        }
        // "… Huyện cần ưu tiên …" after "UBND huyện Đắk Mil …": the same doer.
        if proles.lead.len() > 1 {
            let keys: Vec<String> = proles.lead.iter().map(|m| mention_key(ctx, m)).collect();
            let canon: Vec<String> = keys
                .iter()
                .map(|k| parties::canonical(&ctx.lex, k))
                .collect();
            let mut i = 0;
            proles.lead.retain(|_| {
                let own = &canon[i];
                i += 1;
                !level_held(ctx, own, canon.iter().filter(|c| *c != own))
            });
        }
        // A statement before the clause that hands out work ('"Nước sinh
        // hoạt là nhu cầu thiết yếu. Tôi đề nghị các địa phương …"'): no task.
        // (Not a duty of the doers handed down, told of a thing: "Kể từ
        // ngày 01/10/2025, chó nuôi phải được xích …; giao Công an xã …"
        // under "UBND các xã, phường:" is their rule to enforce.)
        let handed_duty = !inherited.lead.is_empty()
            && !opens_with_past_year(ctx, ptoks)
            && ctx
                .rules
                .regex("task_modal")
                .is_match(&ctx.n.key[ptoks[0].start..ptoks[ptoks.len() - 1].end]);
        let statement = multi
            && pi == 0
            && piece.start == 0
            && proles.lead.is_empty()
            && proles.assigned.is_empty()
            && !handed_duty
            && (!reads_as_task(ctx, ptoks, &proles)
                || optional_match(
                    ctx,
                    "result_only",
                    ptoks[0].start..ptoks[ptoks.len() - 1].end,
                    ptoks,
                )
                .is_some());
        if statement {
            continue;
        }
        // '"HĐND tỉnh sẽ tiếp tục giám sát việc thực hiện những cam kết …
        // Đề nghị UBND tỉnh báo cáo …", Chủ tịch HĐND tỉnh nhấn mạnh.': in a
        // news report's quotation, what a body will do is the speaker's
        // intention, asked of no one.
        if ctx.news
            && quoted_piece(toks, piece)
            && intends(if multi { ptoks } else { toks }, &proles)
        {
            continue;
        }
        // "Phòng Y tế quận sẽ phối hợp với Đội Quản lý thị trường số 5 kiểm
        // tra …" in a letter from that Phòng Y tế: the issuer telling what it
        // will do itself, no task given to anyone (its own Văn phòng, given
        // work, is another body).
        if !ctx.issuer_office.is_empty()
            && intends(if multi { ptoks } else { toks }, &proles)
            && proles.lead.len() == 1
            && is_issuer_office(ctx, if multi { ptoks } else { toks }, &proles.lead[0])
        {
            continue;
        }
        let start = if pi == 0 && !multi {
            b.content.start
        } else {
            ptoks[0].start
        };
        let end = if pi + 1 == pieces.len() {
            b.content.end
        } else {
            ptoks[ptoks.len() - 1].end
        };
        let range = start..end;
        let mut responsible = Vec::new();
        let own_lead = !proles.lead.is_empty();
        let to_person = !own_lead && parties::assigned_to_person(&ctx.lex, &ctx.n.key, ptoks);
        if own_lead && plural_head_of(ctx, &proles.lead, &inherited.lead) {
            // "2. Đối với các Ban HĐND huyện:" over "• Các Ban tiếp tục giám
            // sát …": the plural head printed bare is the heading's bodies.
            push_parties(ctx, &inherited.lead, Role::Lead, true, &mut responsible);
        } else if own_lead {
            push_parties(ctx, &proles.lead, Role::Lead, false, &mut responsible);
        } else if !label_leads.is_empty() {
            push_parties(ctx, &label_leads, Role::Lead, false, &mut responsible);
        } else if !to_person {
            push_parties(ctx, &inherited.lead, Role::Lead, true, &mut responsible);
        }
        if inherited.directed && !own_lead {
            // The items of "Chỉ đạo Sở X:" are X's tasks: their partners are X's.
        } else if !proles.cooperate.is_empty() {
            push_parties(
                ctx,
                &proles.cooperate,
                Role::Cooperate,
                false,
                &mut responsible,
            );
        } else if let Some(label) = label_roles
            .as_ref()
            .filter(|_| !own_lead && !label_leads.is_empty())
        {
            // "Giao Sở A chủ trì, phối hợp với Sở B: (i) …; (ii) …": the
            // label's partners work on every part with its doer.
            push_parties(
                ctx,
                &label.cooperate,
                Role::Cooperate,
                false,
                &mut responsible,
            );
        } else if !own_lead && label_leads.is_empty() && !to_person {
            push_parties(
                ctx,
                &inherited.cooperate,
                Role::Cooperate,
                true,
                &mut responsible,
            );
        }
        push_parties(
            ctx,
            &proles.report_to,
            Role::ReportTo,
            false,
            &mut responsible,
        );
        let deadlines = make_deadlines(ctx, range.clone());
        let actions = actions::find(&ctx.lex, ctx.n, ptoks);
        let own_parties = own_lead || !label_leads.is_empty() || !proles.cooperate.is_empty();
        if !own_parties && decision_only(ctx, range.clone(), ptoks) {
            continue;
        }
        // "Tạm dừng buổi tiếp công dân định kỳ ngày 20/8/2025", "Buổi tiếp
        // công dân được chuyển sang ngày 22/8/2025" in a notice that only
        // informs: a change of schedule announced, no one asked.
        if ctx.informs
            && !own_parties
            && inherited.lead.is_empty()
            && optional_match(ctx, "schedule_change", range.clone(), ptoks).is_some()
        {
            continue;
        }
        if praise_only(ctx, range.clone(), ptoks) {
            continue;
        }
        // "Chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả tuyển quân
        // của địa phương.": whom the doer answers to, no work of its own.
        if optional_match(ctx, "accountability_only", range.clone(), ptoks).is_some() {
            continue;
        }
        // "Giám đốc các sở, … chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu
        // để xảy ra cháy, nổ …", "Tổ giúp việc tự giải thể sau khi hoàn thành
        // nhiệm vụ.": after its subject the piece only says whom the body
        // answers to, or that it ends; no task.
        if own_lead && subject_statement(ctx, ptoks, &proles, range.end) {
            continue;
        }
        // "Giao các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm
        // theo Thông báo này. Thủ trưởng các cơ quan, đơn vị chịu trách
        // nhiệm trước Chủ tịch UBND huyện nếu …": sentence by sentence a
        // pointer to the tasks, a statement of whom the body answers to, or
        // the closing run on after it; no task.
        if notes_only(ctx, range.clone(), ptoks, &proles, own_lead) {
            continue;
        }
        // "Cơ quan, đơn vị, cá nhân có thành tích … được khen thưởng theo quy
        // định; tổ chức, cá nhân vi phạm bị xử lý …": what befalls whoever
        // keeps or breaks the rules, no one's work.
        // ("4. Ủy ban Kiểm tra Thành ủy cung cấp thông tin về những tổ chức
        // đảng … bị xử lý kỷ luật trong năm 2023 …": a named body and its
        // task verb before the sanction words, which only name the object.)
        if optional_match(ctx, "reward_sanction_only", range.clone(), ptoks).is_some()
            && !(own_lead && subject_then_verb(ctx, ptoks, &proles))
        {
            continue;
        }
        // "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện
        // …": where the money comes from, no one asked.
        // ("… do ngân sách thành phố bảo đảm trong dự toán năm 2023 giao cho
        // Phòng Tài nguyên và Môi trường.": the body that holds the money,
        // named last, is given no work.)
        if (!own_parties || allotted_to(ptoks, &proles))
            && optional_match(ctx, "funding_only", range.clone(), ptoks).is_some()
        {
            continue;
        }
        // "Thời gian triển khai: từ ngày 25/12/2025 đến ngày 15/3/2026.": the
        // plan's time frame, no one asked.
        if !own_parties && timeframe_only(ctx, range.clone(), ptoks) {
            continue;
        }
        // "Theo kế hoạch, trong năm 2024, Sở Y tế sẽ trình …": a plan told
        // of, as news reports it; no one is asked.
        if optional_match(ctx, "plan_report", range.clone(), ptoks).is_some() {
            continue;
        }
        if proles.cooperate.is_empty()
            && generic_closing(ctx, range.clone())
            && !work_before_urgency(ctx, ptoks, &proles)
        {
            continue;
        }
        // The notice's closing formula run on after the last item in the
        // same paragraph ("4. Đề nghị … ⏎ Trong quá trình thực hiện, nếu có
        // khó khăn, vướng mắc, các cơ quan … báo cáo …./."): no task.
        if multi
            && pi > 0
            && pi + 1 == pieces.len()
            && ctx
                .rules
                .regex("closing")
                .is_match(ctx.n.key[range.clone()].trim_start())
        {
            continue;
        }
        let id = match (&run_on_sibling, pi) {
            (Some(local), 1) => match parent_id(&b.id) {
                parent if parent.is_empty() => local.clone(),
                parent => format!("{parent}.{local}"),
            },
            (Some(_), _) => b.id.clone(),
            _ if multi => format!("{}.{}", b.id, pi + 1),
            _ => b.id.clone(),
        };
        out.push(Directive {
            id,
            parent: b.parent.map(|_| parent_id(&b.id)),
            section: None,
            text: ctx.n.text_of(range.clone()).trim().to_string(),
            span: ctx.n.span(ctx.input, range),
            responsible,
            actions,
            deadlines,
        });
    }
}

/// The piece only gives a time frame (`timeframe_only`), or is a
/// programme's line or a list of contents (`programme_line`).
fn timeframe_only(ctx: &Ctx, range: Range<usize>, toks: &[Token]) -> bool {
    optional_match(ctx, "timeframe_only", range, toks).is_some() || programme_line(ctx, toks)
}

/// A label, a colon, and after it only when (and where) an event is held:
/// words of `schedule_word` and numbers ("07h00", "02/9/2025"), at least
/// one number, then perhaps "tại"/"ở" and a place, a note in brackets
/// ("1. Lễ chào cờ … tại Đền thờ liệt sĩ xã: 07h00 ngày 02/9/2025.", "- Đợt
/// 1: từ ngày 01/3 đến ngày 30/4/2022."); or a label ending in "gồm" over
/// a list of contents ("Gồm: Trình diễn cồng chiêng; tái hiện …"). Read in
/// tokens: a regex with the label's open gap cost half a megabyte of cache.
/// The label must not open with a task verb ("Tổ chức giải kéo co: từ ngày
/// …" asks for the work).
fn programme_line(ctx: &Ctx, toks: &[Token]) -> bool {
    let Some(words) = ctx
        .rules
        .has("schedule_word")
        .then(|| ctx.rules.list("schedule_word"))
    else {
        return false;
    };
    let Some(colon) = toks
        .iter()
        .position(|t| t.is_punct(':') || t.is_punct('.') || t.is_punct(';'))
        .filter(|&c| c > 0 && toks[c].is_punct(':'))
    else {
        return false;
    };
    let Some(first) = toks[..colon].iter().position(|t| t.word) else {
        return false;
    };
    if ctx.lex.verb.match_at(toks, first).is_some()
        || ctx.lex.verb_lead.match_at(toks, first).is_some()
    {
        return false;
    }
    if toks[colon - 1].is("gồm") {
        return true;
    }
    let number = |t: &Token| {
        t.word
            && t.lower.bytes().any(|b| b.is_ascii_digit())
            && t.lower
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'h' || b == b'g')
    };
    let mut k = colon + 1;
    let mut numbers = 0;
    while k < toks.len() {
        let t = &toks[k];
        if number(t) {
            numbers += 1;
            k += 1;
        } else if t.is_punct('/') || t.is_punct(',') || t.is_punct('-') || t.is_punct('–') {
            k += 1;
        } else if t.is_punct('(') {
            // ("(tức ngày 17 tháng Giêng năm Bính Ngọ)")
            match toks[k..].iter().position(|t| t.is_punct(')')) {
                Some(p) => k += p + 1,
                None => return false,
            }
        } else if let Some((n, _)) = words.match_at(toks, k) {
            k += n;
        } else {
            break;
        }
    }
    if numbers == 0 {
        return false;
    }
    // The place, to the end: no sentence or clause after it.
    if toks.get(k).is_some_and(|t| t.is("tại") || t.is("ở")) {
        k += 1;
        while k < toks.len()
            && !(toks[k].is_punct('.') || toks[k].is_punct(';') || toks[k].is_punct(':'))
        {
            k += 1;
        }
    }
    toks[k..].iter().all(|t| t.is_punct('.') || t.is_punct(';'))
}

/// Every lead of the piece is the object of a request ("đề nghị X", "yêu
/// cầu X") that the piece's own doer makes: opening a later part of an
/// inline enumeration (`later`, "…; (i) đề nghị doanh nghiệp …"), or after a comma in a piece
/// that opens with a task verb and so names no subject of its own ("Làm việc
/// với chủ doanh nghiệp, đề nghị doanh nghiệp …"). "Sở Y tế đề nghị …" is
/// the subject's request, left alone.
fn requests_inside(lex: &Lexicon, toks: &[Token], leads: &[Mention], later: bool) -> bool {
    // (the first word after an inline marker: "(i)", "a)")
    let Some(first) = toks
        .iter()
        .enumerate()
        .position(|(i, t)| t.word && !toks.get(i + 1).is_some_and(|n| n.is_punct(')')))
    else {
        return false;
    };
    let opens_with_verb =
        lex.verb.match_at(toks, first).is_some() || lex.verb_lead.match_at(toks, first).is_some();
    leads.iter().all(|m| {
        let s = m.toks.start;
        s >= 2
            && (toks[s - 2].is("đề") && toks[s - 1].is("nghị")
                || toks[s - 2].is("yêu") && toks[s - 1].is("cầu"))
            && (later && first == s - 2
                || opens_with_verb
                    && s >= 3
                    && first < s - 2
                    && (toks[s - 3].is_punct(',') || toks[s - 3].is_punct(';')))
    })
}

/// The piece lies inside a quotation that opens the paragraph.
fn quoted_piece(toks: &[Token], piece: &Range<usize>) -> bool {
    toks.first().is_some_and(|t| t.is("\""))
        && toks[1..]
            .iter()
            .position(|t| t.is("\""))
            .is_some_and(|close| piece.start <= close + 1)
}

/// The piece's doer is followed by "sẽ" ("HĐND tỉnh (cũng) sẽ …"): what it
/// will do, not what it is asked.
fn intends(toks: &[Token], roles: &parties::Roles) -> bool {
    roles.lead.first().is_some_and(|m| {
        let j = m.toks.end + parties::match_seq(toks, m.toks.end, &[&["cũng"]]);
        toks.get(j).is_some_and(|t| t.is("sẽ"))
    })
}

/// A sentence after the task that only names its doers, as a plan's field
/// ("… . Đơn vị thực hiện: Báo Bạc Liêu chủ trì, phối hợp với Sở Văn hóa,
/// Thể thao và Du lịch.", "Đơn vị phối hợp: …"): where the task ends (the
/// field's first token) and the bodies the fields name. Only fields to the
/// end of the text.
fn doers_field(ctx: &Ctx, toks: &[Token]) -> Option<(usize, Handed)> {
    let (lead_re, partner_re) = (
        ctx.rules.regex("table_lead"),
        ctx.rules.regex("table_cooperate"),
    );
    // The label of a field opening at `s` (a sentence's start): its colon
    // and whether it names partners.
    let label_at = |s: usize| -> Option<(usize, bool)> {
        let colon = (s + 1..toks.len().min(s + 7)).find(|&c| toks[c].is_punct(':'))?;
        let label = ctx.n.key[toks[s].start..toks[colon - 1].end].trim();
        if lead_re.is_match(label) {
            Some((colon, false))
        } else if partner_re.is_match(label) {
            Some((colon, true))
        } else {
            None
        }
    };
    let sentence_start =
        |s: usize| s > 0 && toks[s - 1].is_punct('.') && !parties::is_abbrev_dot(toks, s - 1);
    let first = (1..toks.len()).find(|&s| sentence_start(s) && label_at(s).is_some())?;
    let mut doers = Handed {
        set: true,
        ..Handed::default()
    };
    let mut s = first;
    while s < toks.len() {
        let (colon, partners) = label_at(s)?;
        let end = (colon + 1..toks.len())
            .find(|&e| sentence_start(e) && label_at(e).is_some())
            .unwrap_or(toks.len());
        let value = &toks[colon + 1..end];
        if partners {
            let r = parties::roles(&ctx.lex, &ctx.n.key, value, false);
            doers.cooperate.extend(r.lead);
            doers.cooperate.extend(r.cooperate);
        } else {
            let r = parties::roles(&ctx.lex, &ctx.n.key, value, false);
            doers.lead.extend(r.lead);
            doers.cooperate.extend(r.cooperate);
        }
        s = end;
    }
    (!doers.lead.is_empty() || !doers.cooperate.is_empty()).then_some((first, doers))
}

/// "…; hoàn thành … trong tháng 9/2025. Nhiệm vụ này giao Ban Quản lý dự án
/// … thực hiện.": a last sentence that only names who does the work before
/// it (`trailing_assignment`): the work is that body's, the sentence no task.
fn trailing_doer(ctx: &Ctx, toks: &[Token]) -> Option<(usize, Handed)> {
    let re = ctx.rules.optional_regex("trailing_assignment")?;
    let mut end = toks.len();
    while end > 0 && !toks[end - 1].word {
        end -= 1;
    }
    let s = (1..end)
        .rev()
        .find(|&s| toks[s - 1].is_punct('.') && !parties::is_abbrev_dot(toks, s - 1))?;
    let text = ctx.n.key[toks[s].start..toks[toks.len() - 1].end].trim();
    if !re.is_match(text) {
        return None;
    }
    let r = parties::roles(&ctx.lex, &ctx.n.key, &toks[s..], false);
    let lead = if r.assigned.is_empty() {
        r.lead
    } else {
        r.assigned
    };
    (!lead.is_empty()).then_some((
        s,
        Handed {
            lead,
            cooperate: r.cooperate,
            set: true,
            directed: false,
        },
    ))
}

/// A row marked as done in its task or time cell ("Tháng 4/2015 (đã thực
/// hiện)"): work reported, no task to give.
fn row_done(ctx: &Ctx, row: &tables::Row) -> bool {
    let Some(re) = ctx.rules.optional_regex("table_row_done") else {
        return false;
    };
    [Some(&row.task), row.deadline.as_ref()]
        .into_iter()
        .flatten()
        .any(|r| re.is_match(&ctx.n.key[r.clone()]))
}

/// One directive per task row of a table.
fn emit_row(ctx: &Ctx, blocks: &[Block], row: &tables::Row, out: &mut Vec<Directive>) {
    let cell_bodies = |range: &Option<Range<usize>>, role: Role, out: &mut Vec<Party>| {
        let Some(r) = range else { return };
        let toks = tokenize_for(&ctx.n.key[r.clone()], r.start, ctx.rules);
        // Cells list bodies separated by `;` or `,`. In a lead cell, those
        // after a partnership cue are partners ("Sở Văn hóa, Thể thao và Du
        // lịch chủ trì, phối hợp với Văn phòng UBND tỉnh").
        let mut role = role;
        let mut k = 0;
        while k < toks.len() {
            if let Some((len, _)) = ctx.lex.cooperate.match_at(&toks, k) {
                if role == Role::Lead {
                    role = Role::Cooperate;
                }
                k += len;
                continue;
            }
            // ("Tổ chức tư vấn xác định giá đất": in a cell of doers "Tổ
            // chức" names the organisation, no verb.)
            if let Some(m) = parties::org_kind_in_cell(&ctx.lex, &toks, k) {
                k = m.toks.end;
                push_parties(ctx, &[m], role, false, out);
                continue;
            }
            let (list, after) = parties::body_list_at(&ctx.lex, &toks, k);
            if list.is_empty() {
                k += 1;
                continue;
            }
            push_parties(ctx, &list, role, false, out);
            k = after.max(k + 1);
            // "Công an tỉnh (Phòng CSGT)", "Sở Y tế (Trung tâm Kiểm soát
            // bệnh tật)": one division of the body named in brackets after
            // it is the part that does the work, no body of its own.
            if list
                .last()
                .is_some_and(|m| !m.collective && m.toks.end == k)
                && toks.get(k).is_some_and(|t| t.lower == "(")
            {
                let (inner, inner_end) = parties::body_list_at(&ctx.lex, &toks, k + 1);
                if let [m] = inner.as_slice() {
                    if m.toks.start == k + 1
                        && !m.collective
                        && toks.get(inner_end).is_some_and(|t| t.lower == ")")
                    {
                        k = inner_end + 1;
                    }
                }
            }
            // A unit's code in parentheses after the body ("Công an tỉnh
            // (PC03)") names a division of it, no body of its own.
            let code = |t: &Token| {
                t.word
                    && t.lower.bytes().any(|b| b.is_ascii_digit())
                    && t.lower.bytes().all(|b| b.is_ascii_alphanumeric())
            };
            if toks.get(k).is_some_and(|t| t.lower == "(")
                && toks.get(k + 1).is_some_and(code)
                && toks.get(k + 2).is_some_and(|t| t.lower == ")")
            {
                k += 3;
            }
        }
    };
    let mut responsible = Vec::new();
    cell_bodies(&row.lead, Role::Lead, &mut responsible);
    cell_bodies(&row.cooperate, Role::Cooperate, &mut responsible);
    // (An item of a plan whose fields name no time keeps the times its own
    // text gives: "Tổ chức Lễ mít tinh … vào 07 giờ 00 ngày 29/4/2025" ⏎
    // "- Đơn vị thực hiện: …".)
    let mut deadlines = match &row.deadline {
        Some(r) => {
            let mut cell = make_deadlines_with(ctx, r.clone(), deadlines::find_in_cell);
            // The task's own words may set it before an event the time
            // column does not name ("Kiểm tra hiện trạng đập … trước mùa
            // lũ" over "Trước ngày 20/5/2024"): a deadline too (a dated
            // one or a round there restates the column; a condition, "ngay
            // khi có khối lượng", is the task's own way of working).
            let own: Vec<_> = make_deadlines(ctx, row.task.clone())
                .into_iter()
                .filter(|d| {
                    d.date.is_none()
                        && d.kind != crate::model::DeadlineKind::Recurring
                        && d.text.to_lowercase().starts_with("trước")
                        && !cell.iter().any(|c| {
                            let (a, b) = (c.text.to_lowercase(), d.text.to_lowercase());
                            a.contains(&b) || b.contains(&a)
                        })
                })
                .collect();
            cell.splice(0..0, own);
            cell
        }
        None if row.item => make_deadlines(ctx, row.task.clone()),
        None => Vec::new(),
    };
    let toks = tokenize_for(&ctx.n.key[row.task.clone()], row.task.start, ctx.rules);
    if row.own_fields {
        // An answer to a citizen's request ("Giao Sở Tài nguyên và Môi
        // trường chủ trì, phối hợp với … ; báo cáo trước ngày …"): its
        // doers, partners and deadlines are in its own words.
        let roles = parties::roles(&ctx.lex, &ctx.n.key, &toks, false);
        push_parties(ctx, &roles.lead, Role::Lead, false, &mut responsible);
        push_parties(
            ctx,
            &roles.cooperate,
            Role::Cooperate,
            false,
            &mut responsible,
        );
        push_parties(
            ctx,
            &roles.report_to,
            Role::ReportTo,
            false,
            &mut responsible,
        );
        deadlines = make_deadlines(ctx, row.task.clone());
    }
    let b = &blocks[row.task_block];
    let prefix = if b.zone == Zone::Appendix { "A" } else { "T" };
    out.push(Directive {
        id: if row.item {
            row.number.clone()
        } else {
            format!("{prefix}.{}", row.number)
        },
        parent: b.parent.filter(|_| row.item).map(|_| parent_id(&b.id)),
        section: None,
        text: ctx.n.text_of(row.task.clone()).trim().to_string(),
        span: ctx.n.span(ctx.input, row.task.clone()),
        responsible,
        actions: actions::find(&ctx.lex, ctx.n, &toks),
        deadlines,
    });
}

fn make_deadlines(ctx: &Ctx, range: Range<usize>) -> Vec<crate::model::Deadline> {
    make_deadlines_with(ctx, range, deadlines::find)
}

/// The deadlines `finder` reads in a range of the key, as output.
fn make_deadlines_with(
    ctx: &Ctx,
    range: Range<usize>,
    finder: fn(&str, Option<NaiveDate>, &Rules) -> Vec<deadlines::Found>,
) -> Vec<crate::model::Deadline> {
    let key = &ctx.n.key[range.clone()];
    let heading = heading_line(ctx, range.clone());
    finder(key, ctx.notice_date, ctx.rules)
        .into_iter()
        .filter(|f| heading.is_none_or(|end| range.start + f.range.start >= end))
        .map(|f| {
            let r = range.start + f.range.start..range.start + f.range.end;
            let date = f
                .date
                .or_else(|| ctx.starts.date_of(&ctx.n.key[r.clone()], ctx.rules));
            crate::model::Deadline {
                text: ctx.n.text_of(r.clone()).to_string(),
                date: date.map(|d| d.format("%Y-%m-%d").to_string()),
                kind: f.kind,
                span: Some(ctx.n.span(ctx.input, r)),
            }
        })
        .collect()
}

/// Most words of a heading line over a paragraph (see [`heading_line`]).
const HEADING_WORDS: usize = 8;

/// "Chủ động trước mùa mưa ⏎ Phát biểu chỉ đạo, bà … đề nghị …": a news
/// subheading read with the paragraph under it (a short first line with no
/// punctuation, opening with a capital, the next line too) only titles the
/// paragraph: its time bounds none of the work. The key offset where the
/// paragraph starts, when the range opens so.
fn heading_line(ctx: &Ctx, range: Range<usize>) -> Option<usize> {
    let span = ctx.n.span(ctx.input, range.clone());
    if span.line_end <= span.line_start {
        return None;
    }
    let rest = ctx.input.get(span.start..)?;
    let (line, next) = rest.split_once('\n')?;
    let line = line.trim();
    let next = next.trim_start();
    let bare = !line.contains(['.', ';', ':', ',', '!', '?', '(', ')', '-', '/']);
    let short = line.split_whitespace().count() <= HEADING_WORDS;
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    if !(bare && short && capital(line) && capital(next)) {
        return None;
    }
    // The heading's words end the first line of the range: the paragraph
    // starts at the first key char on a later line.
    // (The range opens the line: compared by offsets, not by text, which
    // may be composed otherwise than the input.)
    let at_line_start = ctx.input[..span.start]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    if !at_line_start {
        return None;
    }
    let key = &ctx.n.key[range.clone()];
    let words = line.split_whitespace().count();
    let mut end = None;
    let mut count = 0;
    let mut in_word = false;
    for (i, ch) in key.char_indices() {
        if ch.is_whitespace() {
            if in_word {
                count += 1;
                if count == words {
                    end = Some(range.start + i);
                    break;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    end
}

/// True for an item that only records what the meeting approved or noted
/// ("Thống nhất nội dung dự thảo …", "Ghi nhận và đánh giá cao kết quả …"):
/// it asks for no work, unless a verb follows the decision ("Thống nhất tổ
/// chức Hội nghị …") or it names a body of its own (the caller checks).
fn decision_only(ctx: &Ctx, range: Range<usize>, toks: &[Token]) -> bool {
    let Some((start, mut next)) = optional_match(ctx, "decision_only", range, toks) else {
        return false;
    };
    // "Thống nhất, triển khai …": the verb after a comma still asks for work.
    while toks.get(next).is_some_and(|t| t.is_punct(',')) {
        next += 1;
    }
    // "Thống nhất vị trí khu đất với Sở X; hoàn thành giải phóng mặt bằng
    // …": a later clause that opens with a verb asks for work.
    let later_work =
        (next..toks.len()).any(|k| toks[k].is_punct(';') && ctx.lex.verb_at(toks, k + 1).is_some());
    start == 0 && ctx.lex.verb_at(toks, next).is_none() && !later_work
}

/// Whether every request in `toks` (a cue of `cue_assign`) is made by a
/// body that stands above the issuer, named as the subject of its sentence
/// right before the cue ("Bộ Y tế yêu cầu …", "Thủ tướng Chính phủ đã yêu
/// cầu …" in a province's or a hospital's notice). False when the issuer's
/// level is not known, or nothing is asked.
fn cited_from_above(ctx: &Ctx, toks: &[Token]) -> bool {
    let lex = &ctx.lex;
    if lex.issuer_rank == 0 {
        return false;
    }
    let mut asked = false;
    for k in 1..toks.len() {
        if lex.assign.match_at(toks, k).is_none() {
            continue;
        }
        asked = true;
        // (up to two adverbs between: "đã", "cũng", "vừa")
        let mut e = k;
        while e > 0 && k - e < 2 && ["đã", "cũng", "vừa"].iter().any(|w| toks[e - 1].is(w)) {
            e -= 1;
        }
        let from = toks[..e]
            .iter()
            .rposition(|t| t.is_punct('.') || t.is_punct(';') || t.is_punct(':'))
            .map_or(0, |p| p + 1);
        let at = parties::skip_lead_in(lex, &ctx.n.key, toks, from, e);
        let Some(m) = parties::body_at(lex, toks, at).filter(|m| m.toks.end == e) else {
            return false;
        };
        let government = toks[m.toks.clone()]
            .windows(2)
            .any(|w| w[0].is("chính") && w[1].is("phủ"));
        let rank = if government {
            Some(0)
        } else {
            lex.mention_rank(toks, &m)
        };
        if rank.is_none_or(|r| r >= lex.issuer_rank) {
            return false;
        }
    }
    asked
}

/// Whether every body of `asked` is asked in a sentence (from the last
/// `. ` before it, within the text from `from`) that `plan_report` reads as
/// told of, not asked now.
fn asked_in_report(ctx: &Ctx, from: usize, toks: &[Token], asked: &[Mention]) -> bool {
    if !ctx.rules.has("plan_report") {
        return false;
    }
    let re = ctx.rules.regex("plan_report");
    asked.iter().all(|m| {
        let Some(t) = toks.get(m.toks.start) else {
            return false;
        };
        let before = &ctx.n.key[from..t.start];
        let start = before.rfind(". ").map_or(from, |p| from + p + 2);
        let end = ctx.n.key[t.start..]
            .find(". ")
            .map_or(ctx.n.key.len(), |p| t.start + p + 1);
        re.is_match(ctx.n.key[start..end].trim_start())
    })
}

/// Where the optional regex section `name` first matches in the piece
/// `range`: its start (relative to the piece) and the token after it.
fn optional_match(
    ctx: &Ctx,
    name: &str,
    range: Range<usize>,
    toks: &[Token],
) -> Option<(usize, usize)> {
    if !ctx.rules.has(name) {
        return None;
    }
    let m = ctx.rules.regex(name).find(&ctx.n.key[range.clone()])?;
    let after = toks.partition_point(|t| t.start < range.start + m.end());
    Some((m.start(), after))
}

/// The bodies that a later clause of an introducing sentence, after "và"
/// or a comma, gives the work to with an assignment cue ("… xây dựng
/// Chương trình … và giao hiệu trưởng các trường … thực hiện những yêu cầu
/// chung sau:"); `None` when no such clause names one.
fn later_assignment(ctx: &Ctx, toks: &[Token]) -> Option<Handed> {
    let k = (1..toks.len()).rev().find(|&k| {
        (toks[k - 1].is("và") || toks[k - 1].is(","))
            && ctx.lex.assign.match_at(toks, k).is_some()
            && !ctx.lex.in_phrase(ctx.lex.not_cue, toks, k)
    })?;
    let r = parties::roles(&ctx.lex, &ctx.n.key, &toks[k..], false);
    if r.assigned.is_empty() {
        return None;
    }
    // (the mentions were read on the clause: back to the sentence's tokens)
    let mut h = own_or(&r, Handed::default());
    for m in h.lead.iter_mut().chain(h.cooperate.iter_mut()) {
        m.toks = m.toks.start + k..m.toks.end + k;
    }
    Some(h)
}

/// True when the modal that ends `before` ("… 156 hộ phải") comes right
/// after a count and what is counted: it tells what befalls them.
fn counted_modal(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let modal = match words.as_slice() {
        [.., "trách", "nhiệm"] => 3,
        [.., "cần", "phải"] => 2,
        _ => 1,
    };
    let n = words.len();
    n >= modal + 2 && {
        let count = words[n - modal - 2];
        let noun = words[n - modal - 1];
        count.bytes().all(|c| c.is_ascii_digit()) && !noun.bytes().all(|c| c.is_ascii_digit())
    }
}

/// True when every sentence of the piece `range` is no task: its first a
/// pointer to where the tasks are listed (`pointer_note`) or, after its own
/// subject, a statement about that subject only (`subject_statement`); the
/// later ones such too, or the closing formula (`closing`) run on after it
/// ("Thủ trưởng các đơn vị chịu trách nhiệm trước Cục trưởng về …. Trong
/// quá trình thực hiện, nếu có vướng mắc, báo cáo về …./.").
fn notes_only(
    ctx: &Ctx,
    range: Range<usize>,
    toks: &[Token],
    roles: &parties::Roles,
    own_lead: bool,
) -> bool {
    let Some(pointer) = ctx.rules.optional_regex("pointer_note") else {
        return false;
    };
    let closing = ctx.rules.regex("closing");
    // Sentences: a full stop, then a word in capitals.
    let mut cuts: Vec<usize> = (1..toks.len())
        .filter(|&k| toks[k - 1].is_punct('.') && toks[k].word && toks[k].capital)
        .collect();
    cuts.push(toks.len());
    let key = &ctx.n.key;
    let mut from = 0;
    for (i, &to) in cuts.iter().enumerate() {
        if from >= to {
            return false;
        }
        let a = toks[from].start;
        let b = toks
            .get(to)
            .map_or(range.end, |t| t.start)
            .clamp(a, range.end.max(a));
        let text = key[a..b].trim();
        // (the sentence's end without the spaces after it)
        let end = a + key[a..b].trim_end().len();
        let note = pointer.is_match(text)
            || i > 0 && closing.is_match(text)
            || if i == 0 {
                own_lead && subject_statement(ctx, &toks[..to], roles, end)
            } else {
                let r = parties::roles(&ctx.lex, key, &toks[from..to], false);
                subject_statement(ctx, &toks[from..to], &r, end)
            };
        if !note {
            return false;
        }
        from = to;
    }
    true
}

/// True when what follows the first clause's subject, to the piece's end
/// `end`, is only a statement about that subject (`subject_statement`):
/// whom it answers to ("… chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết
/// quả thực hiện …"), that it ends ("… tự giải thể sau khi hoàn thành nhiệm
/// vụ.").
fn subject_statement(ctx: &Ctx, toks: &[Token], roles: &parties::Roles, end: usize) -> bool {
    let Some(re) = ctx.rules.optional_regex("subject_statement") else {
        return false;
    };
    let Some(after) = roles
        .clause_subjects
        .first()
        .and_then(|(_, leads)| leads.iter().map(|m| m.toks.end).max())
    else {
        return false;
    };
    toks.get(after)
        .filter(|t| t.start < end)
        .is_some_and(|t| re.is_match(&ctx.n.key[t.start..end]))
}

/// Every body of the piece comes after "giao" or "giao cho" and ends it
/// ("… giao cho Phòng Tài nguyên và Môi trường."): in a funding line, the
/// holder of the money, with no cooperating body and no work after it.
fn allotted_to(toks: &[Token], roles: &parties::Roles) -> bool {
    !roles.lead.is_empty()
        && roles.cooperate.is_empty()
        && roles.lead.iter().all(|m| {
            let s = m.toks.start;
            let after_giao = s >= 1 && toks[s - 1].is("giao")
                || s >= 2 && toks[s - 2].is("giao") && toks[s - 1].is("cho");
            after_giao && toks[m.toks.end.min(toks.len())..].iter().all(|t| !t.word)
        })
}

/// The piece opens with its subject, followed right away by a task verb
/// ("Ủy ban Kiểm tra Thành ủy cung cấp …"): the body does work of its own.
/// (A subject later in the piece, "…, Ban Quản lý sẽ đề nghị cơ quan có
/// thẩm quyền xử lý …", is the sanction's.)
fn subject_then_verb(ctx: &Ctx, toks: &[Token], roles: &parties::Roles) -> bool {
    let first = toks.iter().position(|t| t.word).unwrap_or(0);
    roles
        .clause_subjects
        .first()
        .filter(|(_, leads)| leads.iter().any(|m| m.toks.start <= first))
        .and_then(|(_, leads)| leads.iter().map(|m| m.toks.end).max())
        .is_some_and(|k| {
            k < toks.len()
                && (ctx.lex.verb.match_at(toks, k).is_some()
                    || ctx.lex.verb_lead.match_at(toks, k).is_some())
        })
}

/// True for a piece that only praises or notes what was done ("Ban Thường
/// vụ Tỉnh ủy đánh giá cao sự nỗ lực của …", "UBND huyện ghi nhận và biểu
/// dương các xã …"): it asks for no work unless a cue that hands out work
/// follows ("…; đồng thời yêu cầu …").
fn praise_only(ctx: &Ctx, range: Range<usize>, toks: &[Token]) -> bool {
    let Some((_, after)) = optional_match(ctx, "praise_only", range, toks) else {
        return false;
    };
    // (Only a cue that asks: "hướng dẫn các chi bộ" after the praise tells
    // what was done.)
    // ("giao" inside a noun, "Ban QLDA giao thông", asks no one)
    !(after..toks.len()).any(|k| {
        ctx.lex.assign.match_at(toks, k).is_some() && !ctx.lex.in_phrase(ctx.lex.not_cue, toks, k)
    })
}

/// The token after a generic closing's clause ended by ";", when the clause
/// after it opens with a named body and its work.
fn closing_clause_then_body(ctx: &Ctx, b: &Block, toks: &[Token]) -> Option<usize> {
    let k = toks
        .iter()
        .enumerate()
        .take_while(|(_, t)| !t.is("."))
        .filter(|(i, t)| t.is(";") && i + 1 < toks.len())
        .take(2)
        .find(|(_, t)| generic_closing(ctx, b.content.start..t.end))
        .map(|(i, _)| i + 1)?;
    opens_with_named_task(ctx, &toks[k..]).then_some(k)
}

/// The token after the first sentences of a paragraph that are a generic
/// closing formula, when more text follows them.
fn closing_sentence_end(ctx: &Ctx, b: &Block, toks: &[Token]) -> Option<usize> {
    let closing = ctx.rules.regex("closing");
    toks.iter()
        .enumerate()
        .filter(|(i, t)| t.is(".") && i + 1 < toks.len())
        .take(3)
        .enumerate()
        .find(|&(nth, (_, t))| {
            let range = b.content.start..t.end;
            generic_closing(ctx, range.clone())
                // "Chỉ thị này có hiệu lực kể từ ngày ký. Giao …": the
                // opening sentence of a closing the segmenter let through.
                || (nth == 0 && closing.is_match(ctx.n.key[range].trim_start()))
        })
        .map(|(_, (i, _))| i + 1)
}

/// True for an item that only asks everyone to carry the notice out ("Các
/// phòng, ban, đơn vị được giao nhiệm vụ tại Thông báo này nghiêm túc triển
/// khai."): a closing formula numbered as an item, no task of its own (one
/// that names partners to work with is a task: the caller checks).
/// True when work is named between the bodies asked and the urgency of a
/// closing's wording ("Đề nghị Sở Tài chính rà soát hồ sơ, khẩn trương thực
/// hiện."): a task, not the formula "… các đơn vị khẩn trương thực hiện".
fn work_before_urgency(ctx: &Ctx, toks: &[Token], roles: &parties::Roles) -> bool {
    let urgency = (1..toks.len()).find(|&k| {
        (toks[k - 1].is("khẩn") && toks[k].is("trương"))
            || (toks[k - 1].is("nghiêm") && toks[k].is("túc"))
    });
    let Some(urgency) = urgency.map(|k| k - 1) else {
        return false;
    };
    let Some(asked_end) = roles
        .assigned
        .iter()
        .map(|m| m.toks.end)
        .filter(|&e| e <= urgency)
        .max()
    else {
        return false;
    };
    // "… Sở Xây dựng và các tổ chức, cá nhân có liên quan nghiêm túc thực
    // hiện": "tổ chức" of the pair asked (no body, `not_body`) is no work.
    (asked_end..urgency).any(|k| {
        ctx.lex.verb_at(toks, k).is_some() && !ctx.lex.in_phrase(ctx.lex.not_body, toks, k)
    })
}

fn generic_closing(ctx: &Ctx, range: Range<usize>) -> bool {
    let raw = &ctx.n.key[range.clone()];
    let text = raw.trim();
    // Key offset of `text` as it is cut below (only its start moves it).
    let mut at = range.start + (raw.len() - raw.trim_start().len());
    if ctx.rules.has("generic_closing_needs")
        && !ctx.rules.regex("generic_closing_needs").is_match(text)
    {
        return false;
    }
    let reason_end = ctx
        .rules
        .has("closing_reason")
        .then(|| ctx.rules.regex("closing_reason").find_at_start(text))
        .flatten()
        .map_or(0, |m| m.end());
    let mut text = &text[reason_end..];
    at += reason_end;
    // "…; kết quả thực hiện là một trong những tiêu chí … xếp loại thi đua
    // cuối năm …./.": the emulation clause after the formula is cut off.
    if let Some(m) = ctx
        .rules
        .optional_regex("closing_emulation")
        .and_then(|re| re.find(text))
    {
        text = text[..m.start()].trim_end();
    }
    // "…; báo cáo kết quả về UBND tỉnh (qua Sở …)./.": a report asked with
    // no day is part of the formula; with a day ("… trước ngày 30/11") the
    // paragraph asks for work.
    if let Some(m) = ctx
        .rules
        .optional_regex("closing_report_tail")
        .and_then(|re| re.find(text))
    {
        if make_deadlines(ctx, at + m.start()..at + m.end()).is_empty() {
            text = text[..m.start()].trim_end();
        }
    }
    // "Yêu cầu các cơ quan, đơn vị, địa phương triển khai ngay./.": urgency
    // after the verb, at the end, leaves the formula one (read without it;
    // in the regex, the word cost a third of a megabyte of search cache).
    let bare = text.trim_end_matches(['.', '/', ';', ' ']);
    let without_now = bare
        .strip_suffix(" ngay")
        .or_else(|| bare.strip_suffix(" Ngay"))
        .map(|t| format!("{t}."));
    let text = without_now.as_deref().unwrap_or(text);
    ctx.rules.has("generic_closing")
        && ctx.rules.regex("generic_closing").is_match(text)
        // "… tái giám sát các kiến nghị đã được trả lời nhưng chưa thực
        // hiện.": what was not done is the object, not the closing's verb.
        && !(ctx.rules.has("generic_closing_not")
            && ctx.rules.regex("generic_closing_not").is_match(text))
}

fn parent_id(id: &str) -> String {
    match id.rfind('.') {
        Some(p) => id[..p].to_string(),
        None => String::new(),
    }
}

fn push_parties(ctx: &Ctx, ms: &[Mention], role: Role, inherited: bool, out: &mut Vec<Party>) {
    for m in ms {
        // "UBND huyện yêu cầu các đơn vị nêu trên …" in a letter: the bodies
        // of its "Kính gửi:" block.
        if let Some(addressees) = addressee_referents(ctx, m) {
            push_parties(ctx, addressees, role, inherited, out);
            continue;
        }
        // "Chi cục chủ trì …" after "Chi cục Chăn nuôi và Thú y" was named:
        // the one body of that head named before.
        let named_before = bare_head_referent(ctx, m)
            .or_else(|| province_referent(ctx, m))
            .or_else(|| initials_referent(ctx, m));
        let printed_at = m.name.clone();
        let m = named_before.as_ref().unwrap_or(m);
        let printed = ctx.n.text_of(m.name.clone());
        let name = match &m.implied_head {
            Some(h) => format!("{} {}", parties::capitalize(h), printed),
            None => printed.to_string(),
        };
        let canonical = parties::canonical(&ctx.lex, &mention_key(ctx, m));
        if out
            .iter()
            .any(|p: &Party| p.canonical == canonical && p.role == role)
        {
            continue;
        }
        let scope = ctx
            .scope
            .as_ref()
            .filter(|_| !m.collective && !has_admin_unit(ctx, &canonical))
            .cloned();
        out.push(Party {
            name,
            canonical,
            scope,
            role,
            inherited,
            span: Some(ctx.n.span(ctx.input, printed_at)),
        });
    }
}

/// For a mention that only points back to a letter's addressees (`các đơn
/// vị nêu trên`, optional list `addressee_ref`), the bodies its `Kính gửi:`
/// block names; `None` for any other mention or when the block names none.
fn addressee_referents<'c>(ctx: &'c Ctx, m: &Mention) -> Option<&'c [Mention]> {
    if m.implied_head.is_some() || !ctx.rules.has("addressee_ref") {
        return None;
    }
    let toks = tokenize_for(&ctx.n.key[m.name.clone()], 0, ctx.rules);
    let (n, _) = ctx.rules.list("addressee_ref").match_at(&toks, 0)?;
    if n != toks.len() {
        return None;
    }
    let found = ctx.addressees.get_or_init(|| {
        let key = &ctx.n.key;
        let Some((at, label)) = ["Kính gửi", "Kính Gửi", "KÍNH GỬI", "kính gửi"]
            .iter()
            .filter_map(|l| key.find(l).map(|at| (at, l.len())))
            .min()
        else {
            return Vec::new();
        };
        // The block: the label's line, then the lines of its bullets ("- Phòng
        // Y tế huyện;"), blank lines between them too.
        let from = at + label;
        let mut end = key[from..].find('\n').map_or(key.len(), |e| from + e);
        while end < key.len() {
            let rest = &key[end + 1..];
            let line_end = rest.find('\n').map_or(key.len(), |e| end + 1 + e);
            let line = key[end + 1..line_end].trim();
            if line.starts_with('-') || line.starts_with('+') {
                end = line_end;
            } else if !line.is_empty() {
                break;
            } else {
                let next = key[line_end..].trim_start();
                if !(next.starts_with('-') || next.starts_with('+')) {
                    break;
                }
                end = line_end;
            }
        }
        let toks = tokenize_for(&key[from..end], from, ctx.rules);
        let mut out = Vec::new();
        let mut p = 0;
        while p < toks.len() {
            match parties::body_at(&ctx.lex, &toks, p) {
                Some(b) => {
                    p = b.toks.end.max(p + 1);
                    out.push(b);
                }
                None => p += 1,
            }
        }
        out
    });
    (!found.is_empty()).then_some(found.as_slice())
}

/// Heads that, printed alone and capitalized as a subject, refer back to
/// a body of that head named earlier in the text ("Chi cục", "Bộ").
const REFERRING_HEADS: &[&str] = &[
    "sở",
    "phòng",
    "bộ",
    "cục",
    "chi cục",
    "trung tâm",
    "ban",
    "công ty",
    "doanh nghiệp",
    "hợp tác xã",
];

/// A plural head printed bare as the only doer (`Các Ban`, `các Sở`) while
/// the bodies handed down are all of that head (`các Ban HĐND huyện`): it
/// points back to them.
fn plural_head_of(ctx: &Ctx, own: &[Mention], handed: &[Mention]) -> bool {
    let [m] = own else { return false };
    // (or a kind printed bare in lower case after its holder: "Chủ tịch
    // công ty chỉ đạo …" under "Đối với các công ty TNHH … :")
    let bare_kind = ctx.n.key[m.name.clone()]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if !(m.plural || bare_kind) || m.implied_head.is_some() || handed.is_empty() {
        return false;
    }
    let head = ctx.n.key[m.name.clone()].to_lowercase();
    if !REFERRING_HEADS.contains(&head.as_str()) {
        return false;
    }
    let prefix = format!("{head} ");
    handed.iter().all(|b| {
        let c = parties::canonical(&ctx.lex, &mention_key(ctx, b));
        c.strip_prefix("các ").unwrap_or(&c).starts_with(&prefix)
    })
}

/// For a head printed alone (`Chi cục`, not `các chi cục`), the mention of
/// the one body of that head named before it in the text; `None` when none
/// or several were (which one is meant is then unknown).
fn bare_head_referent(ctx: &Ctx, m: &Mention) -> Option<Mention> {
    if m.plural || m.implied_head.is_some() {
        return None;
    }
    let key = &ctx.n.key[m.name.clone()];
    let head = key.to_lowercase();
    if !REFERRING_HEADS.contains(&head.as_str()) || !key.starts_with(char::is_uppercase) {
        return None;
    }
    let prefix = format!("{head} ");
    let mut found: Option<(&Mention, &str)> = None;
    let named_before = referable_bodies(ctx)
        .iter()
        .take_while(|(b, _)| b.name.end <= m.name.start);
    for (b, canonical) in named_before {
        if !canonical.starts_with(&prefix) {
            continue;
        }
        // (One body named longer once: "Bộ Công Thương được giao chủ trì",
        // "Bộ Công Thương": the shorter name.)
        match found {
            Some((_, c)) if c.starts_with(canonical.as_str()) => found = Some((b, canonical)),
            Some((_, c)) if canonical.starts_with(c) => {}
            Some(_) => return None,
            None => found = Some((b, canonical)),
        }
    }
    found.map(|(b, _)| b.clone())
}

/// Initials the text gave a body ("Ban Quản lý KKT Dung Quất và các KCN
/// Quảng Ngãi (BQL)"), used later alone ("giao BQL làm việc …"): the body
/// named in full before the first "(BQL)", when the initials stand for a
/// kind of body elsewhere (`abbreviation`: "BQL => Ban Quản lý") and the
/// full name says more than the kind and its place (initials of one body,
/// "CDC" of "Trung tâm Kiểm soát bệnh tật tỉnh", "EVN", stay as printed).
fn initials_referent(ctx: &Ctx, m: &Mention) -> Option<Mention> {
    if m.plural || m.collective || m.implied_head.is_some() {
        return None;
    }
    let key = &ctx.n.key[m.name.clone()];
    if key.chars().count() < 2 || !key.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let kind = ctx
        .lex
        .abbreviation
        .value_of(&key.to_lowercase())?
        .to_lowercase();
    let open = ctx
        .initials_given
        .get_or_init(|| initials_in_brackets(&ctx.n.key))
        .iter()
        .find(|(given, _)| given == key)
        .map(|&(_, at)| at)
        .filter(|&at| at < m.name.start)?;
    let line_start = ctx.n.key[..open].rfind('\n').map_or(0, |p| p + 1);
    let toks = tokenize_for(&ctx.n.key[line_start..open], line_start, ctx.rules);
    let end = toks.len();
    (end.saturating_sub(16)..end)
        .filter_map(|s| parties::body_at(&ctx.lex, &toks, s))
        .find(|b| b.toks.end == end && !b.plural && !b.collective && b.name.end > b.name.start)
        .filter(|b| {
            let full = ctx.n.key[b.name.clone()].to_lowercase();
            let rest = full.strip_prefix(kind.as_str()).map(str::trim_start);
            match rest {
                Some(r) => {
                    let toks = tokenize_for(r, 0, ctx.rules);
                    !toks.is_empty() && ctx.lex.admin_at(&toks, 0).is_none()
                }
                None => true,
            }
        })
}

/// Each word in capitals printed alone in brackets ("(BQL)", "(UBND)"), with
/// the place of its first bracket, in text order.
fn initials_in_brackets(key: &str) -> Vec<(String, usize)> {
    let mut found: Vec<(String, usize)> = Vec::new();
    for (open, _) in key.match_indices('(') {
        let inner = &key[open + 1..];
        let Some(close) = inner.find(')').filter(|&c| c <= 24) else {
            continue;
        };
        let initials = &inner[..close];
        if initials.chars().count() >= 2
            && initials.chars().all(char::is_uppercase)
            && !found.iter().any(|(given, _)| given == initials)
        {
            found.push((initials.to_string(), open));
        }
    }
    found
}

/// In a news report, "Tỉnh cần kiểm soát …" (the level alone, as a
/// subject): the one province's People's Committee the article named
/// before it ("UBND tỉnh Cà Mau"); `None` elsewhere or when several were.
fn province_referent(ctx: &Ctx, m: &Mention) -> Option<Mention> {
    if !ctx.news || m.plural || m.implied_head.is_some() {
        return None;
    }
    let key = &ctx.n.key[m.name.clone()];
    if key != "Tỉnh" && key != "tỉnh" {
        return None;
    }
    let committees = single_bodies(ctx, &ctx.committee_bodies, |toks, p| {
        toks[p].is("ubnd") || match_committee(toks, p)
    });
    let named_before = committees
        .iter()
        .take_while(|(b, _)| b.name.end <= m.name.start);
    let mut found: Option<(&Mention, &str)> = None;
    for (b, canonical) in named_before {
        if !canonical.contains(" tỉnh ") {
            continue;
        }
        match found {
            Some((_, c)) if c == canonical => {}
            Some(_) => return None,
            None => found = Some((b, canonical)),
        }
    }
    found.map(|(b, _)| b.clone())
}

/// "Ủy ban nhân dân" at `p`.
fn match_committee(toks: &[Token], p: usize) -> bool {
    ["ủy", "ban", "nhân", "dân"]
        .iter()
        .enumerate()
        .all(|(d, w)| toks.get(p + d).is_some_and(|t| t.is(w)))
}

/// The single bodies of the notice whose name opens with one of
/// [`REFERRING_HEADS`], in text order (tokenized once per notice, not once
/// per bare mention: a long file holds thousands).
fn referable_bodies<'c>(ctx: &'c Ctx) -> &'c [(Mention, String)] {
    // (Every word of the head: "CÔNG AN TỈNH LONG AN" over "PHÒNG CẢNH SÁT
    // PCCC VÀ CNCH" opens no "công ty", and read as one body it hid the
    // office under it, the one a bare "Phòng" points back to.)
    // (Not the later word of a longer head: "BAN" of "ỦY BAN NHÂN DÂN" in
    // the issuer's lines opens no board, and read as one it was given to a
    // bare "Ban quản trị" as the one board named before; so "phòng" of
    // "Văn phòng", "cục" of "Tổng cục".)
    single_bodies(ctx, &ctx.referable_bodies, |toks, p| {
        REFERRING_HEADS.iter().any(|h| {
            h.split(' ')
                .enumerate()
                .all(|(d, w)| toks.get(p + d).is_some_and(|t| t.is(w)))
        }) && !(p > 0 && ctx.lex.head_at(toks, p - 1).is_some_and(|(len, _)| len > 1))
    })
}

/// The single (not plural, not collective) bodies of the notice whose name
/// opens where `opens` says, with their canonical names, in text order:
/// the notice tokenized once and kept in `cell` for every later mention.
fn single_bodies<'c>(
    ctx: &'c Ctx,
    cell: &'c std::cell::OnceCell<Vec<(Mention, String)>>,
    opens: impl Fn(&[Token], usize) -> bool,
) -> &'c [(Mention, String)] {
    cell.get_or_init(|| {
        let mut out = Vec::new();
        // Line by line: a name never runs over a line's end (the header's
        // "SỞ VĂN HÓA VÀ THỂ THAO" is followed by "Số: …" on a line below;
        // broken lines of running text were joined by the normalizer).
        let mut line_start = 0;
        for line in ctx.n.key.split_inclusive('\n') {
            let toks = tokenize_for(line, line_start, ctx.rules);
            line_start += line.len();
            let mut p = 0;
            while p < toks.len() {
                let body = opens(&toks, p)
                    .then(|| parties::body_at(&ctx.lex, &toks, p))
                    .flatten()
                    .filter(|b| !b.plural && !b.collective);
                let Some(b) = body else {
                    p += 1;
                    continue;
                };
                p = b.toks.end.max(p + 1);
                let canonical = parties::canonical(&ctx.lex, &mention_key(ctx, &b));
                out.push((b, canonical));
            }
        }
        out
    })
}

fn has_admin_unit(ctx: &Ctx, canonical: &str) -> bool {
    let toks = tokenize_for(canonical, 0, ctx.rules);
    (0..toks.len()).any(|i| ctx.lex.admin_at(&toks, i).is_some())
}

/// "ỦY BAN NHÂN DÂN THÀNH PHỐ BIÊN HÒA" → "thành phố Biên Hòa". An office
/// printed under the issuer's unit ends the place's name ("UBND TỈNH
/// TUYÊN QUANG" ⏎ "VĂN PHÒNG", "UBND HUYỆN TÂN UYÊN" ⏎ "BAN CHỈ ĐẠO …",
/// joined on one line): "tỉnh Tuyên Quang".
fn issuer_scope(lex: &Lexicon, rules: &Rules, issuer: Option<&str>) -> Option<String> {
    let issuer = issuer?;
    let lower = issuer.to_lowercase();
    for unit in [
        "thành phố",
        "tỉnh",
        "huyện",
        "quận",
        "thị xã",
        "phường",
        "xã",
        "thị trấn",
    ] {
        if let Some(pos) = lower.find(&format!("{unit} ")) {
            let rest = &issuer[pos + unit.len() + 1..];
            let rest = &rest[..office_start(lex, rules, rest)];
            let name: Vec<String> = rest
                .split_whitespace()
                .map(|w| {
                    let lw = w.to_lowercase();
                    parties::capitalize(&lw)
                })
                .collect();
            if name.is_empty() {
                return None;
            }
            return Some(format!("{unit} {}", name.join(" ")));
        }
    }
    None
}

/// The words (lower case) of the issuer as printed ("UBND QUẬN NGŨ HÀNH SƠN
/// PHÒNG Y TẾ" → ["ubnd", "quận", …, "tế"]); empty when none is printed.
fn issuer_words(rules: &Rules, issuer: Option<&str>) -> Vec<String> {
    issuer.map_or_else(Vec::new, |issuer| {
        tokenize_for(issuer, 0, rules)
            .iter()
            .filter(|t| t.word)
            .map(|t| t.lower.to_string())
            .collect()
    })
}

/// The words after a People's Committee's name ("ủy ban nhân dân" or
/// "ubnd") at the start of `words`, or None.
fn after_committee<S: AsRef<str>>(words: &[S]) -> Option<&[S]> {
    let w = |i: usize| words.get(i).map(AsRef::as_ref);
    match w(0)? {
        "ubnd" => Some(&words[1..]),
        "ủy" | "uỷ" if w(1)? == "ban" && w(2)? == "nhân" && w(3)? == "dân" => {
            Some(&words[4..])
        }
        _ => None,
    }
}

/// The issuer is a People's Committee itself, printed with its level and
/// place ("ỦY BAN NHÂN DÂN PHƯỜNG PHƯỚC LONG ĐÔNG", no office under it),
/// and the mention `words` names that committee by its level, with its
/// place or not ("UBND phường", "Ủy ban nhân dân phường Phước Long Đông"):
/// "Kể từ ngày 01/4/2026, UBND phường sẽ công khai …" is the issuer's own
/// plan.
fn is_issuer_committee(issuer: &[String], words: &[&str]) -> bool {
    const OFFICES: [&str; 7] = ["phòng", "sở", "hđnd", "ban", "trung", "cục", "chi"];
    let (Some(own), Some(named)) = (after_committee(issuer), after_committee(words)) else {
        return false;
    };
    !named.is_empty()
        && named.len() <= own.len()
        && own.iter().zip(named).all(|(a, b)| a == b)
        && own.iter().all(|w| !OFFICES.contains(&w.as_str()))
}

/// The mention `m` in `toks` is the office that issues the notice, printed
/// under its unit: the issuer's words end with the mention's, less a level
/// after it ("Phòng Y tế quận" under "UBND QUẬN NGŨ HÀNH SƠN PHÒNG Y TẾ"),
/// or the issuer itself printed alone ("BỘ CÔNG THƯƠNG"). The unit above an
/// office ("UBND quận") is not meant.
fn is_issuer_office(ctx: &Ctx, toks: &[Token], m: &Mention) -> bool {
    const LEVELS: [&str; 7] = ["tỉnh", "huyện", "quận", "thị", "xã", "phường", "phố"];
    let mut words: Vec<&str> = toks[m.toks.clone()]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower.as_str())
        .collect();
    // (in the piece's first sentence: "…. Quá thời hạn trên, UBND xã sẽ
    // tổ chức cưỡng chế …" after the work asked of the households is a
    // warning, and the piece is the households' task)
    if is_issuer_committee(&ctx.issuer_office, &words) {
        return !toks[..m.toks.start.min(toks.len())]
            .iter()
            .any(|t| t.is_punct('.'));
    }
    if words.last().is_some_and(|w| LEVELS.contains(w)) {
        words.pop();
        // ("thành phố", "thị xã", "thị trấn")
        if words.last().is_some_and(|w| ["thành", "thị"].contains(w)) {
            words.pop();
        }
    }
    let issuer = &ctx.issuer_office;
    // The issuer by its bare head ("Bộ sẽ tổ chức sơ kết …" in a letter of
    // "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở sẽ kiểm tra …" under "UBND TỈNH …
    // SỞ Y TẾ"): a head of its own office, capitalized, alone; a bare head
    // the issuer's words do not hold names another body.
    if let [w] = words[..] {
        let head = toks.get(m.toks.start).is_some_and(|t| t.capital);
        return head && BARE_HEADS.contains(&w) && issuer.iter().any(|x| x == w);
    }
    // The issuer itself, printed alone above the notice ("BỘ CÔNG THƯƠNG"
    // over "Bộ Công Thương sẽ kiểm tra …"): its own plan as well.
    if words.len() >= 2
        && issuer.len() == words.len()
        && issuer.iter().zip(&words).all(|(a, b)| a == b)
    {
        return true;
    }
    words.len() >= 2
        && issuer.len() > words.len() + 1
        && issuer[issuer.len() - words.len()..]
            .iter()
            .zip(&words)
            .all(|(a, b)| a == b)
}

/// Where an office's name begins in the words after an issuer's unit: the
/// first head of two words or more ("Văn phòng", "Ban Chỉ đạo"), else a
/// one-word head with words after it ("Sở Y tế"); a place's last word may
/// look like a head ("Hải Phòng"). The whole text when none.
fn office_start(lex: &Lexicon, rules: &Rules, rest: &str) -> usize {
    let toks = tokenize_for(rest, 0, rules);
    let head_at = |k: usize| lex.head_at(&toks, k).map(|(n, _)| n);
    let long = (1..toks.len()).find(|&k| head_at(k).is_some_and(|n| n >= 2));
    let short = || (1..toks.len()).find(|&k| head_at(k).is_some_and(|n| k + n < toks.len()));
    long.or_else(short).map_or(rest.len(), |k| toks[k].start)
}
