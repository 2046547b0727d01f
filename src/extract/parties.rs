//! Bodies and their roles in one directive.
//!
//! A body mention is read off the tokens with the lexicons of
//! `patterns/40-bodies.pat`: an optional quantifier (`các`), an optional office
//! holder (`Trưởng phòng`, `Chủ tịch`, mapped to the body), a head (`Sở`,
//! `UBND`, a collective such as `sở, ban, ngành`) and the name words after it.
//! Roles come from the cues of `patterns/50-roles.pat`: the subject of a clause
//! and the bodies after `giao`/`yêu cầu`/`đề nghị` lead; bodies after `phối hợp`
//! cooperate; bodies after `báo cáo`/`gửi` receive reports; bodies after
//! `chỉ đạo`/`hướng dẫn` are told by the subject and get no role here.

use std::ops::Range;

use crate::rules::{Entry, List, Rules};
use crate::tokens::Token;

pub const REQUIRED_RULES: &[&str] = &[
    "body_head",
    "body_compound",
    "body_collective",
    "admin_unit",
    "holder_title",
    "body_modifier",
    "body_stop",
    "abbreviation",
    "cue_assign",
    "cue_direct",
    "cue_cooperate",
    "cue_report",
    "lead_in",
    "not_body",
    "not_cue",
    "action_verb",
    "action_lead",
];

/// The lexicons used to read bodies, looked up once per directive.
pub struct Lexicon<'r> {
    pub head: &'r List,
    pub compound: &'r List,
    pub collective: &'r List,
    pub admin: &'r List,
    pub holder: &'r List,
    pub modifier: &'r List,
    pub stop: &'r List,
    pub abbreviation: &'r List,
    pub assign: &'r List,
    pub direct: &'r List,
    pub cooperate: &'r List,
    pub report: &'r List,
    pub verb: &'r List,
    pub verb_lead: &'r List,
    pub lead_in: &'r regex::Regex,
    pub not_body: &'r List,
    pub not_cue: &'r List,
    /// Domain names with a comma inside ("Văn hóa, Thể thao và Du lịch"):
    /// the items of a distributed list are otherwise cut at commas.
    /// Optional section.
    pub comma_domain: Option<&'r List>,
    /// Family names and middle names of people: a person named after an
    /// office ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn") ends the body name.
    /// Optional sections.
    pub surname: Option<&'r List>,
    pub middle_name: Option<&'r List>,
    /// Titles of whoever speaks for the issuing authority ("Chủ tịch",
    /// "Phó Thủ tướng"): what they direct a body to do is that body's task.
    /// Optional section.
    pub speaker: Option<&'r List>,
    /// Titles that speak for the issuer only when named bare ("Bộ trưởng
    /// đề nghị thành phố …"; not "Bộ trưởng Bộ Y tế chỉ đạo …", the body
    /// addressed). Optional.
    pub speaker_bare: Option<&'r List>,
    /// Words that start with an administrative unit but are none ("Xã hội"
    /// in "Phòng Văn hóa - Xã hội"). Optional section.
    pub not_place: Option<&'r List>,
    /// What a heading may say of its bodies before its colon ("Sở NN&PTNT
    /// có trách nhiệm:"): still a heading of the items after it. Optional.
    pub label_predicate: Option<&'r List>,
    /// Compound nouns in a body's name whose later word is a stop word
    /// elsewhere ("hàng không"). Optional.
    pub name_compound: Option<&'r List>,
    /// What a leader does in speaking ("đánh giá", "khẳng định"): a leader
    /// named in person who does it is the speaker, no doer. Optional.
    pub speech: Option<&'r List>,
    /// Verbs telling what someone said ("phản ánh", "cho biết"): a request
    /// after them in the sentence is told of. Optional.
    pub account: Option<&'r List>,
    /// A level above named bare ("tỉnh", "huyện"): asked by someone under it,
    /// a proposal up, no one's task. Optional.
    pub upper_level: Option<&'r List>,
    /// Who takes the floor at a meeting without speaking for the issuer
    /// ("Đại diện nhà thầu", "cử tri"): a request they open is told of.
    /// Optional section.
    pub participant: Option<&'r List>,
    /// Who carries out the works for the state (`contractor`): a body that
    /// requires them to act is the doer ("Ban Quản lý dự án yêu cầu nhà
    /// thầu …").
    pub contractor: Option<&'r List>,
    /// Kinds of subordinate bodies that pass work on (`passing_body`: "Ban
    /// Quản lý các khu công nghiệp", "Sở", "Trung tâm"): one named as the
    /// subject that requires another body to act is the doer, as "X chỉ đạo
    /// Y" is X's. Optional.
    pub passing_body: Option<&'r List>,
    /// Kinds of texts an authority issues ("văn bản", "công điện"): "X vừa
    /// có văn bản đề nghị Y …" reports a request just made. Optional.
    pub issued_text: Option<&'r List>,
    /// After a clause's subject: it answers for the work, is given none
    /// ("… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu …"). Optional.
    pub accountability: Option<&'r crate::rules::Pattern>,
    /// Who holds a commune post ("công chức", "cán bộ"): before the post's
    /// capitalized field ("công chức Địa chính - Xây dựng") the post is the
    /// body, written as its field. Optional section.
    pub post_holder: Option<&'r List>,
    pub post_field: Option<&'r List>,
    /// Kinds of bodies named by a brand after lower-case words ("Công ty
    /// TNHH Đầu tư phát triển hạ tầng Kiền Bái"). Optional section.
    pub brand_named: Option<&'r List>,
    /// Trades in a firm's name that are verbs elsewhere ("đầu tư", "xây
    /// dựng"). Optional section.
    pub brand_trade: Option<&'r List>,
    /// Words between a unit and its places' names ("các huyện miền núi Quế
    /// Phong, Kỳ Sơn"). Optional section.
    pub place_qualifier: Option<&'r List>,
    /// Features of the land named before a region's proper name ("sông" of
    /// "vùng đồng bằng sông Cửu Long", "đảo" of "đảo Phú Quốc"). Optional.
    pub region_feature: Option<&'r List>,
    /// Trades in a firm's name after its legal form that are verbs elsewhere
    /// and no project's trade ("Công ty TNHH MTV Quản lý khai thác công
    /// trình thủy lợi Quảng Trị"). Optional section.
    pub firm_trade: Option<&'r List>,
    /// Kinds that end a chain of bare collectives instead of joining it
    /// ("các sở, ngành, chủ đầu tư": "sở, ngành" and "chủ đầu tư").
    /// Optional section.
    pub kind_apart: Option<&'r List>,
    /// Kinds whose members named in brackets after them are the bodies
    /// ("các đoàn thể (Hội Nông dân, Hội Phụ nữ)"); after other kinds the
    /// bracket only gives examples and the collective stays one body
    /// ("các trường học trên địa bàn (Trường THCS A, …)"). Optional
    /// section: without it every kind's members are read.
    pub bracket_members: Option<&'r List>,
    /// Trades that, right after a bare kind, say which of the kind is
    /// meant ("đơn vị quản lý vận hành nhà chung cư", "doanh nghiệp kinh
    /// doanh thuốc BVTV"). Optional section.
    pub kind_trade: Option<&'r List>,
    /// Kinds of firms of one rank that, bare and joined by commas, name
    /// one collective ("các Tập đoàn, Tổng công ty nhà nước"). Optional
    /// section.
    pub kind_peer: Option<&'r List>,
    /// Levels or grades that, after a comma or "và", name more of a kind
    /// already named ("các trường mầm non, tiểu học, trung học cơ sở").
    pub kind_level: Option<&'r List>,
    /// Kinds of organisations named after "tổ chức" by their trade ("Tổ
    /// chức tư vấn xác định giá đất"): in a table's cell of doers, where
    /// "Tổ chức" is no verb, the whole phrase is a body. Optional section.
    pub org_kind: Option<&'r List>,
    /// Kinds of units named one by one after one kind word ("các trường
    /// Mầm non A, Tiểu học B", "các HTX Nông nghiệp A và Dịch vụ B"): each
    /// name is a body of that kind. Optional section.
    pub unit_named: Option<&'r List>,
    /// Capitalized fields of a body's name that take an object in lower
    /// case ("Phòng Quản lý xây dựng"): a verb right after them is their
    /// object when another verb, a cue or the next body follows it.
    /// Optional section.
    pub field_object: Option<&'r List>,
    /// Boards named by their field in lower case and a level ("Ban Chỉ đạo
    /// phòng chống dịch bệnh động vật xã"): the field and the level belong
    /// to the name. Optional section.
    pub board_field: Option<&'r List>,
    /// The board of an institution ("Ban giám hiệu", "Ban Giám đốc"): with
    /// the plural kind it runs after it ("Ban giám hiệu các trường"), one
    /// body. Optional.
    pub institution_board: Option<&'r List>,
    /// Zones a board manages, named in lower case after "và các" ("Ban
    /// Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"). Optional section.
    pub managed_zone: Option<&'r List>,
    /// A parent named after a unit and a dash ("Cục Quân y - Bộ Quốc
    /// phòng"): part of the unit's name. Optional section.
    pub parent_body: Option<&'r List>,
    /// Boards of projects ("Ban QLDA", "Ban Quản lý các dự án"): the trades
    /// of their projects (`brand_trade`) go on with the name. Optional.
    pub project_board: Option<&'r List>,
    /// Works a board keeps, after its trade ("Ban Quản lý bảo trì công
    /// trình giao thông"): the trade and the works name the board. Optional.
    pub board_works: Option<&'r List>,
    /// The level of an administrative unit (`huyện => district`): units of
    /// one level listed in a name are peers ("UBND thị xã Kỳ Anh, huyện Cẩm
    /// Xuyên"), a unit of another level is where a place lies ("xã Kim
    /// Liên, huyện Nam Đàn"). Optional section.
    pub unit_level: Option<&'r List>,
    /// How high the issuer stands (1 province, 2 district, 3 commune; 0 not
    /// known): a body above it asked in a clause after ";" receives a
    /// proposal, it gets no task of the notice's.
    pub issuer_rank: u8,
    /// Initials the document itself gives a body in brackets after its
    /// name ("Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC)"), lowercased: later
    /// alone ("đề nghị HCDC phối hợp …") they name that body. Set per
    /// document by [`Lexicon::learn_acronyms`].
    pub acronyms: Vec<String>,
}

/// Whitespace-separated words read on each side of a bracket that may give
/// initials (a body's name before it is found within 16 tokens).
const ACRONYM_WINDOW: usize = 64;

fn is_space_byte(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\t' | b'\r')
}

/// Start of the `words`-th whitespace-separated word before byte `p` (or 0):
/// a place where the tokenizer starts a token whatever came before.
fn word_window_start(b: &[u8], p: usize, words: usize) -> usize {
    let mut seen = 0;
    let mut j = p;
    while j > 0 {
        j -= 1;
        if is_space_byte(b[j]) && b.get(j + 1).is_some_and(|&c| !is_space_byte(c)) {
            seen += 1;
            if seen > words {
                return j + 1;
            }
        }
    }
    0
}

/// End of the `words`-th whitespace-separated word after byte `p` (or the
/// end of the text): a whitespace byte, where no token goes on.
fn word_window_end(b: &[u8], p: usize, words: usize) -> usize {
    let mut seen = 0;
    for j in p + 1..b.len() {
        if is_space_byte(b[j]) && !is_space_byte(b[j - 1]) {
            seen += 1;
            if seen > words {
                return j;
            }
        }
    }
    b.len()
}

impl<'r> Lexicon<'r> {
    /// Whether a cue that gives a role (assigns, asks to cooperate, or to
    /// report) starts at `k`: where a body's name or its clause must end.
    fn role_cue_at(&self, toks: &[Token], k: usize) -> bool {
        self.assign.match_at(toks, k).is_some()
            || self.cooperate.match_at(toks, k).is_some()
            || self.report.match_at(toks, k).is_some()
    }

    /// Learn the initials a text gives its bodies: `Name (ABC)`, where a
    /// body mention ends right before the bracket and `ABC` is a word in
    /// capitals the lexicon does not already know.
    pub fn learn_acronyms(&mut self, key: &str, rules: &Rules) {
        let b = key.as_bytes();
        let candidate = (0..b.len())
            .any(|i| b[i] == b'(' && b.get(i + 1).is_some_and(|c| c.is_ascii_uppercase()));
        if !candidate {
            return;
        }
        // Only the words around a bracket that may hold initials are read
        // (the whole text was tokenized a second time here): each such
        // bracket's window, windows that meet merged, cut at whitespace so
        // the tokens are those of the whole text.
        let mut windows: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
        for p in (0..b.len()).filter(|&p| b[p] == b'(') {
            if !crate::tokens::may_open_initials(&key[p + 1..]) {
                continue;
            }
            let range =
                word_window_start(b, p, ACRONYM_WINDOW)..word_window_end(b, p, ACRONYM_WINDOW);
            match windows.last_mut() {
                Some((last, opens)) if range.start <= last.end => {
                    last.end = last.end.max(range.end);
                    opens.push(p);
                }
                _ => windows.push((range, vec![p])),
            }
        }
        let mut found = Vec::new();
        for (range, opens) in windows {
            let toks = crate::tokens::tokenize_for(&key[range.clone()], range.start, rules);
            for i in 1..toks.len().saturating_sub(2) {
                if opens.binary_search(&toks[i].start).is_err() {
                    continue;
                }
                let t = &toks[i + 1];
                if !(toks[i].is("(") && toks[i + 2].is(")") && t.word && t.all_caps)
                    || t.lower.chars().count() < 2
                    || found.contains(&t.lower.to_string())
                    || self.abbreviation.value_of(&t.lower).is_some()
                    || self.head_at(&toks, i + 1).is_some()
                    || self.compound.match_at(&toks, i + 1).is_some()
                {
                    continue;
                }
                let named = (i.saturating_sub(16)..i)
                    .any(|s| body_at(self, &toks, s).is_some_and(|m| m.toks.end == i));
                if named {
                    found.push(t.lower.to_string());
                }
            }
        }
        self.acronyms = found;
    }

    fn acronym_at(&self, toks: &[Token], j: usize) -> bool {
        !self.acronyms.is_empty()
            && toks.get(j).is_some_and(|t| {
                t.word && t.all_caps && self.acronyms.iter().any(|a| *a == t.lower)
            })
    }

    /// How high the administrative unit at `p` stands: 1 "tỉnh", 2 a
    /// district (`unit_level`), 3 a commune.
    pub fn level_rank(&self, toks: &[Token], p: usize) -> Option<u8> {
        if toks.get(p)?.is("tỉnh") {
            return Some(1);
        }
        let (_, e) = self.unit_level?.match_at(toks, p)?;
        match e.value.as_deref()? {
            "district" => Some(2),
            "commune" => Some(3),
            _ => None,
        }
    }

    /// How high a body named in `m` stands: by the last unit in its name
    /// ("Sở Khoa học và Công nghệ tỉnh": 1), else by its head ("Bộ …": 0,
    /// "Sở …": 1).
    pub(crate) fn mention_rank(&self, toks: &[Token], m: &Mention) -> Option<u8> {
        if let Some(r) = m.toks.clone().rev().find_map(|p| self.level_rank(toks, p)) {
            return Some(r);
        }
        let first = m.toks.clone().find(|&p| toks[p].capital)?;
        if toks[first].is("bộ") {
            Some(0)
        } else if toks[first].is("sở") {
            Some(1)
        } else {
            None
        }
    }

    pub fn new(rules: &'r Rules) -> Self {
        Lexicon {
            head: rules.list("body_head"),
            compound: rules.list("body_compound"),
            collective: rules.list("body_collective"),
            admin: rules.list("admin_unit"),
            holder: rules.list("holder_title"),
            modifier: rules.list("body_modifier"),
            stop: rules.list("body_stop"),
            abbreviation: rules.list("abbreviation"),
            assign: rules.list("cue_assign"),
            direct: rules.list("cue_direct"),
            cooperate: rules.list("cue_cooperate"),
            report: rules.list("cue_report"),
            verb: rules.list("action_verb"),
            verb_lead: rules.list("action_lead"),
            lead_in: rules.regex("lead_in"),
            not_body: rules.list("not_body"),
            not_cue: rules.list("not_cue"),
            comma_domain: rules.optional_list("domain_with_comma"),
            surname: rules.optional_list("person_surname"),
            middle_name: rules.optional_list("person_middle_name"),
            speaker: rules.optional_list("speaker_title"),
            speaker_bare: rules.optional_list("speaker_title_bare"),
            not_place: rules.optional_list("not_place"),
            label_predicate: rules.optional_list("label_predicate"),
            name_compound: rules.optional_list("name_compound"),
            accountability: rules.optional_regex("accountability"),
            participant: rules.optional_list("participant"),
            contractor: rules.optional_list("contractor"),
            passing_body: rules.optional_list("passing_body"),
            issued_text: rules.optional_list("issued_text"),
            speech: rules.optional_list("speech_verb"),
            account: rules.optional_list("account_verb"),
            upper_level: rules.optional_list("upper_level"),
            post_holder: rules.optional_list("post_holder"),
            post_field: rules.optional_list("post_field"),
            brand_named: rules.optional_list("brand_named"),
            brand_trade: rules.optional_list("brand_trade"),
            place_qualifier: rules.optional_list("place_qualifier"),
            kind_level: rules.optional_list("kind_level"),
            org_kind: rules.optional_list("org_kind"),
            unit_named: rules.optional_list("unit_named"),
            field_object: rules.optional_list("field_object"),
            board_field: rules.optional_list("board_field"),
            institution_board: rules.optional_list("institution_board"),
            region_feature: rules.optional_list("region_feature"),
            firm_trade: rules.optional_list("firm_trade"),
            kind_apart: rules.optional_list("kind_apart"),
            bracket_members: rules.optional_list("bracket_members"),
            kind_trade: rules.optional_list("kind_trade"),
            kind_peer: rules.optional_list("kind_peer"),
            managed_zone: rules.optional_list("managed_zone"),
            unit_level: rules.optional_list("unit_level"),
            acronyms: Vec::new(),
            issuer_rank: 0,
            parent_body: rules.optional_list("parent_body"),
            project_board: rules.optional_list("project_board"),
            board_works: rules.optional_list("board_works"),
        }
    }

    /// A body's head at `i`. A two-letter head printed in capitals in the
    /// lexicon ("CA" for Công an) matches only a word in capitals: its
    /// lower-case twin is another word ("ca bệnh", "ca trực"). (Longer
    /// initials have no such twin and are left alone: "Ubnd" in a careless
    /// text.)
    pub fn head_at(&self, toks: &[Token], i: usize) -> Option<(usize, &'r Entry)> {
        let found = self.head.match_at(toks, i)?;
        let phrase = &found.1.phrase;
        let caps_only = phrase.chars().count() == 2
            && phrase
                .chars()
                .all(|c| c.is_alphabetic() && c.is_uppercase());
        if caps_only && !toks[i].all_caps {
            return None;
        }
        Some(found)
    }

    /// An administrative unit at `i` ("tỉnh", "thị xã", "các cấp").
    pub fn admin_at(&self, toks: &[Token], i: usize) -> Option<(usize, &'r Entry)> {
        let found = self.admin.match_at(toks, i)?;
        if self.not_place.is_some_and(|l| self.in_phrase(l, toks, i)) {
            return None;
        }
        Some(found)
    }

    /// A body's head starts at `i` ("Khoa" of "Khoa Dược"), not a word that
    /// only begins like one ("Khoa học" in "Phòng Văn hóa, Khoa học và
    /// Thông tin").
    fn opens_head(&self, toks: &[Token], i: usize) -> bool {
        self.head_at(toks, i).is_some() && !self.in_phrase(self.not_body, toks, i)
    }

    /// "Báo Quảng Nam thông tin kịp thời …", "Đài Phát thanh và Truyền
    /// hình tỉnh thông tin, tuyên truyền …": after a full name (a proper
    /// name or a level), a lower-case "thông tin" before a comma, a verb or
    /// a word no name goes on with is the verb "to inform" (not "Trung tâm
    /// Văn hóa thông tin huyện", "Cổng Thông tin điện tử").
    pub fn informs_at(&self, toks: &[Token], i: usize) -> bool {
        const LEVELS: &[&str] = &["tỉnh", "huyện", "phố", "xã", "quận", "phường", "trấn"];
        i > 0
            && match_seq(toks, i, &[&["thông", "tin"]]) == 2
            && !toks[i].capital
            && (toks[i - 1].capital || LEVELS.contains(&toks[i - 1].lower.as_str()))
            && toks.get(i + 2).is_none_or(|n| {
                !n.word
                    || self.stop.match_at(toks, i + 2).is_some()
                    || self.verb.match_at(toks, i + 2).is_some()
                    || self.verb_lead.match_at(toks, i + 2).is_some()
            })
    }

    /// A word that can never continue a body name.
    fn stops_name(&self, toks: &[Token], i: usize) -> bool {
        let t = &toks[i];
        if !t.word {
            return true;
        }
        if t.capital {
            return false;
        }
        if self.informs_at(toks, i) {
            return true;
        }
        // "Cảng vụ Hàng không": a word of a compound noun, no negation.
        if self.name_compound.is_some_and(|l| {
            (1..=2).any(|b| i >= b && l.match_at(toks, i - b).is_some_and(|(n, _)| n > b))
        }) {
            return false;
        }
        if self.stop.match_at(toks, i).is_some() {
            return true;
        }
        // "Công ty Điện lực vừa triển khai …", "Sở Y tế vừa có văn bản …":
        // after a name, "vừa" is the adverb "just"; it names a size only
        // next to "và" or a comma ("doanh nghiệp nhỏ và vừa", "vừa và nhỏ").
        if t.is("vừa")
            && !(i > 0 && (toks[i - 1].is("và") || toks[i - 1].is(",")))
            && !toks.get(i + 1).is_some_and(|n| n.is("và") || n.is(","))
        {
            return true;
        }
        // "Ban An toàn giao thông tỉnh", "Cục Cảnh sát giao thông", "công
        // trình thủy lợi": a noun holding a cue word goes on with the name
        // ("giao ban" is a meeting held, not a name).
        let noun_with_cue = (self.assign.match_at(toks, i).is_some()
            || self.direct.match_at(toks, i).is_some()
            || self.report.match_at(toks, i).is_some())
            && self.in_phrase(self.not_cue, toks, i)
            && !toks.get(i + 1).is_some_and(|n| n.is("ban"));
        if noun_with_cue {
            return false;
        }
        self.verb.match_at(toks, i).is_some()
            || self.verb_lead.match_at(toks, i).is_some()
            || self.assign.match_at(toks, i).is_some()
            || self.cooperate.match_at(toks, i).is_some()
            || self.report.match_at(toks, i).is_some()
            || self.direct.match_at(toks, i).is_some()
            || t.is("và")
            || t.is("hoặc")
    }

    /// Is a trade of firms (`brand_trade`, `firm_trade`: "đầu tư", "kinh
    /// doanh") at `i`? Its length in tokens.
    pub fn trade_at(&self, toks: &[Token], i: usize) -> Option<usize> {
        self.brand_trade
            .and_then(|l| l.match_at(toks, i))
            .or_else(|| self.firm_trade.and_then(|l| l.match_at(toks, i)))
            .map(|(n, _)| n)
    }

    /// A trade naming a bare kind (`kind_trade`) at `i`: its length.
    fn kind_trade_at(&self, toks: &[Token], i: usize) -> Option<usize> {
        self.kind_trade?.match_at(toks, i).map(|(n, _)| n)
    }

    /// Whether `m` is a kind named bare, one or two words of
    /// `body_collective` and nothing more ("đơn vị", "các doanh nghiệp"),
    /// which a trade after it (`kind_trade`) may narrow.
    fn bare_kind(&self, toks: &[Token], m: &Mention) -> bool {
        let Some(start) = m.toks.clone().find(|&p| toks[p].start == m.name.start) else {
            return false;
        };
        m.collective
            && m.implied_head.is_none()
            && m.toks.end - start <= 2
            && self
                .collective
                .match_at(toks, start)
                .is_some_and(|(n, _)| start + n == m.toks.end)
    }

    /// Is a verb (or a task-leading adverb) at `i`?
    pub fn verb_at(&self, toks: &[Token], i: usize) -> Option<usize> {
        self.verb
            .match_at(toks, i)
            .or_else(|| self.verb_lead.match_at(toks, i))
            .map(|(n, _)| n)
    }

    /// True when `toks[k]` lies in a phrase of `phrases` (`not_cue`,
    /// `not_body`) that starts at `k`, or at `k - 1` and covers `k`; such
    /// words only look like a cue or a body ("giao ban" is a briefing
    /// meeting). Not when a later word of the phrase opens a body name in
    /// capitals: "Giao Ban Chỉ huy Quân sự huyện …" assigns the Board.
    pub fn in_phrase(&self, phrases: &List, toks: &[Token], k: usize) -> bool {
        // A phrase that starts at `k` or up to two words before and covers it
        // ("hồ sơ đề nghị" at "đề").
        let covering = phrases.match_at(toks, k).map(|(n, _)| (k, n)).or_else(|| {
            (1..=2).find_map(|back| {
                let before = k.checked_sub(back)?;
                phrases
                    .match_at(toks, before)
                    .filter(|&(n, _)| n > back)
                    .map(|(n, _)| (before, n))
            })
        });
        let Some((start, len)) = covering else {
            return false;
        };
        !(start + 1..start + len).any(|j| self.opens_named_body(toks, j))
    }

    /// A body head in capitals at `j` with a name or a place after it
    /// ("Ban Chỉ huy Quân sự", "Ban Quản lý dự án huyện").
    fn opens_named_body(&self, toks: &[Token], j: usize) -> bool {
        let Some(t) = toks.get(j) else {
            return false;
        };
        if !t.capital || t.all_caps {
            return false;
        }
        // ("Giao Ban điều hành tổ dân phố 3 …": a body named in full.)
        if self.compound.match_at(toks, j).is_some() {
            return true;
        }
        let Some((n, _)) = self.head_at(toks, j) else {
            return false;
        };
        // "Ban Quản lý dự án …" names itself; "Ban" needs a name after it.
        toks[j + 1..j + n].iter().any(|t| t.capital)
            || toks.get(j + n).is_some_and(|a| a.word && a.capital)
            || self.admin_at(toks, j + n).is_some()
    }
}

/// In a table's cell of doers, at `k`: "Tổ chức" then a kind of
/// organisation (`org_kind`: "Tổ chức tư vấn xác định giá đất"), no verb
/// there: the body, to the next punctuation or partnership cue.
pub fn org_kind_in_cell(lex: &Lexicon, toks: &[Token], k: usize) -> Option<Mention> {
    if match_seq(toks, k, &[&["tổ", "chức"]]) != 2 {
        return None;
    }
    let (n, _) = lex.org_kind?.match_at(toks, k + 2)?;
    let mut e = k + 2 + n;
    while toks
        .get(e)
        .is_some_and(|t| t.word && !t.capital && !t.is("và"))
        && lex.cooperate.match_at(toks, e).is_none()
    {
        e += 1;
    }
    Some(Mention {
        toks: k..e,
        name: toks[k].start..toks[e - 1].end,
        implied_head: None,
        collective: true,
        plural: false,
    })
}

/// One body mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Token range of the whole mention (with quantifier and office holder).
    pub toks: Range<usize>,
    /// Byte range (key) of the body's own words: without `các` and office holder.
    pub name: Range<usize>,
    /// Head to put in front of `name` when an office holder implied it (`Phòng`).
    pub implied_head: Option<String>,
    /// A kind of body (`các sở, ban, ngành`), not one named body.
    pub collective: bool,
    /// Preceded by `các`/`những`: several bodies.
    pub plural: bool,
}

const QUANTIFIERS: &[&[&str]] = &[
    &["tất", "cả", "các"],
    &["toàn", "bộ", "các"],
    &["các"],
    &["những"],
    &["mọi"],
];

pub(crate) fn match_seq(toks: &[Token], i: usize, seqs: &[&[&str]]) -> usize {
    for seq in seqs {
        if seq.len() <= toks.len().saturating_sub(i)
            && seq.iter().zip(&toks[i..]).all(|(w, t)| t.lower == *w)
        {
            return seq.len();
        }
    }
    0
}

/// Read a body mention starting at token `i`.
pub fn body_at(lex: &Lexicon, toks: &[Token], i: usize) -> Option<Mention> {
    let mut m = body_at_inner(lex, toks, i)?;
    // "các cấp công đoàn": the level word read past before the kind is
    // printed with it ("cấp công đoàn", as the gold and the reader say it).
    let first = toks.partition_point(|t| t.end <= m.name.start);
    if first > m.toks.start
        && toks.get(first).is_some_and(|t| t.start == m.name.start)
        && toks[first - 1].is("cấp")
    {
        m.name.start = toks[first - 1].start;
    }
    if let Some(end) = board_field_end(lex, toks, &m) {
        m.toks.end = end;
        m.name.end = toks[end - 1].end;
    }
    Some(m)
}

/// After a board's kind that ends `m` ("Ban Chỉ đạo", "BCĐ"): the end of
/// its field in lower case and its level ("… phòng chống dịch bệnh động vật
/// xã", "… chuyển đổi số huyện", "… 389 tỉnh Quảng Nam").
fn board_field_end(lex: &Lexicon, toks: &[Token], m: &Mention) -> Option<usize> {
    let boards = lex.board_field?;
    let e = m.toks.end;
    let board = (e.saturating_sub(3)..e)
        .find_map(|p| boards.match_at(toks, p).filter(|(n, _)| p + n == e))?;
    // (a team valued `bare` may be named by its field alone)
    let bare = board.1.value.as_deref() == Some("bare");
    let mut k = e;
    let mut field = 0;
    // a field word: lower case, or an abbreviation of a field ("GPMB",
    // "PCCC") that names no body or unit
    let field_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.word
                && ((!t.capital && !t.all_caps)
                    || (t.all_caps
                        && t.lower.chars().count() > 2
                        && lex.admin_at(toks, k).is_none()
                        && body_at_inner(lex, toks, k).is_none()))
        })
    };
    // (whether a field word is a verb: a field with none may end with no
    // level, at a verb, a role cue or a stop: "Tổ khuyến nông cơ sở hướng
    // dẫn …", "Công an cấp xã; Tổ công nghệ số cộng đồng")
    let mut verbal = false;
    let mut early = None;
    while k < e + 10 {
        let Some(t) = toks.get(k) else {
            return early.or((bare && field >= 2 && !verbal).then_some(k));
        };
        if t.word && lex.admin_at(toks, k).is_some() && field > 0 {
            break;
        }
        if bare
            && field >= 2
            && !verbal
            && ((!t.word && [",", ";", ".", ")", ":"].iter().any(|p| t.is(p)))
                || lex.verb_at(toks, k).is_some()
                || lex.role_cue_at(toks, k))
        {
            early.get_or_insert(k);
        }
        // the level of each unit: "Tổ công nghệ số cộng đồng các thôn"
        if t.is("các") && field > 0 && lex.admin_at(toks, k + 1).is_some() {
            k += 1;
            break;
        }
        let fits = field_word(k) || is_number(t) || (t.is(",") && field > 0 && field_word(k + 1));
        if !fits
            || t.is("các")
            || t.is("của")
            || t.is("với")
            || t.is("tại")
            || t.is("cho")
            || t.is("và")
            || lex.role_cue_at(toks, k)
            || lex.direct.match_at(toks, k).is_some()
        {
            return early;
        }
        if t.word {
            field += 1;
            verbal |= lex.verb_at(toks, k).is_some() || lex.stop.match_at(toks, k).is_some();
        }
        k += 1;
    }
    let Some((u, _)) = lex.admin_at(toks, k) else {
        return early;
    };
    k += u;
    while toks.get(k).is_some_and(|t| t.word && t.capital) {
        k += 1;
    }
    Some(k)
}

fn body_at_inner(lex: &Lexicon, toks: &[Token], i: usize) -> Option<Mention> {
    if i >= toks.len() || !toks[i].word {
        return None;
    }
    let mut j = i;
    let mut plural = false;
    let q = match_seq(toks, j, QUANTIFIERS);
    if q > 0 {
        plural = true;
        j += q;
    }
    // "đề nghị hai xã thực hiện …": units counted in words, without a head;
    // "yêu cầu hai Ban Quản lý dự án rà soát …": bodies of one kind counted
    // in words, their head capitalized.
    let counted = q == 0 && (counted_units(lex, toks, j) || counted_heads(lex, toks, j));
    if counted {
        plural = true;
        j += 1;
    }
    // "đề nghị các cấp công đoàn triển khai …", "các cấp Hội Nông dân": a
    // kind of body at every level ("công đoàn các cấp") is that kind's
    // collective. ("các cấp ủy" is the party committees themselves.)
    if q > 0
        && toks.get(j).is_some_and(|t| t.is("cấp"))
        && toks.get(j + 1).is_some_and(|t| !t.is("ủy"))
        && lex.opens_head(toks, j + 1)
    {
        j += 1;
    }
    let mut implied_head = None;
    // "Đồng chí Phó Chủ tịch UBND xã", "đ/c Trưởng phòng Nội vụ": the form
    // of address before an office holder.
    let address = match_seq(toks, j, &[&["đồng", "chí"], &["đ", "/", "c"], &["đ/c"]]);
    if address > 0 && lex.holder.match_at(toks, j + address).is_some() {
        j += address;
    } else if address > 0 {
        // "đ/c Phạm Văn Tâm - PCT UBND TX": the person named, then the post
        // that gives the body.
        let person = person_name_len(lex, toks, j + address);
        let sep = j + address + person;
        if person > 0
            && toks.get(sep).is_some_and(|t| is_dash(t) || t.is(","))
            && lex.holder.match_at(toks, sep + 1).is_some()
        {
            j = sep + 1;
        }
    }
    if let Some(post) = commune_post_at(lex, toks, i, j) {
        return Some(post);
    }
    // "Ban giám hiệu các trường", "Ban Giám đốc các bệnh viện": the board of
    // every institution of a kind is one body, named with the kind.
    if let Some((n, _)) = lex.institution_board.and_then(|l| l.match_at(toks, j)) {
        if match_seq(toks, j + n, QUANTIFIERS) > 0 {
            if let Some(kind) = body_at(lex, toks, j + n).filter(|m| m.plural) {
                return Some(Mention {
                    toks: i..kind.toks.end,
                    name: toks[j].start..kind.name.end,
                    implied_head: None,
                    collective: false,
                    plural: false,
                });
            }
        }
    }
    // "lực lượng Công an xã": a force named by its body in capitals is
    // that body ("lực lượng dân quân" stays a kind of its own).
    if match_seq(toks, j, &[&["lực", "lượng"]]) == 2
        && !toks[j].capital
        && toks.get(j + 2).is_some_and(|t| t.capital && !t.all_caps)
        && lex.opens_head(toks, j + 2)
    {
        // (Only a body named beyond its head: "lực lượng Kiểm lâm" stays.)
        let head_len = lex.head_at(toks, j + 2).map_or(0, |(n, _)| n);
        // "lực lượng Thú y, Quản lý thị trường": a force named by a bare
        // head, then a comma and another body, is that force alone.
        let after = j + 2 + head_len;
        if head_len > 0
            && toks.get(after).is_some_and(|t| t.is(","))
            && toks
                .get(after + 1)
                .is_some_and(|t| t.capital && !t.all_caps)
            && (lex.opens_head(toks, after + 1) || lex.compound.match_at(toks, after + 1).is_some())
        {
            return Some(Mention {
                toks: i..after,
                name: toks[j].start..toks[after - 1].end,
                implied_head: None,
                collective: true,
                plural,
            });
        }
        if let Some(mut body) = body_at(lex, toks, j + 2).filter(|b| b.toks.end > j + 2 + head_len)
        {
            body.toks.start = i;
            body.plural |= plural;
            return Some(body);
        }
    }
    // A person's name can follow the body only when an office holder opens
    // the mention or stands right before it ("Phó Chủ tịch UBND tỉnh Nguyễn
    // Văn Sơn"); otherwise such words are a place named after a person
    // ("UBND huyện Dương Minh Châu", "UBND xã Nguyễn Văn Thảnh").
    let mut titled = holder_ends_at(lex, toks, i);
    if let Some((n, entry)) = lex.holder.match_at(toks, j) {
        // "trưởng bản Nậm Củm", "trưởng thôn Đông Hòa": the head of one
        // named hamlet, written in lower case in running text, is a person
        // ("Trưởng các thôn", a post of every hamlet, stays their body).
        if q == 0
            && j == i
            && !toks[j].capital
            && !toks[j].all_caps
            && toks[j].is("trưởng")
            && match_seq(toks, j + n, QUANTIFIERS) == 0
            && lex
                .admin_at(toks, j + n)
                .is_some_and(|(u, _)| toks.get(j + n + u).is_some_and(|t| t.word && t.capital))
        {
            return None;
        }
        titled = true;
        // (a holder that names its body's head: "Trưởng Ban Chỉ đạo 389
        // tỉnh" heads the board numbered 389, not every one of 389 provinces)
        let headed = entry.value.as_deref().is_some_and(|v| !v.is_empty());
        // "Trưởng phòng Nội vụ": the holder's value is the head of the body.
        match entry.value.as_deref().filter(|v| !v.is_empty()) {
            Some(head) => {
                // "Trưởng phòng Nội vụ" → "Phòng Nội vụ"; but "Trưởng ban Ban Dân vận"
                // names the head again.
                let after = j + n;
                let head_toks = crate::tokens::phrase_tokens(head);
                let repeated = head_toks.len() <= toks.len().saturating_sub(after)
                    && head_toks
                        .iter()
                        .zip(&toks[after..])
                        .all(|(w, t)| *w == t.lower);
                if !repeated {
                    implied_head = Some(head.to_string());
                }
                j = after;
            }
            None => {
                j += n;
                // "Trưởng thôn các thôn", "Trưởng ấp các ấp": the post of
                // every unit of a kind is the units' collective.
                if let Some((u, _)) = lex.admin_at(toks, j) {
                    let q = match_seq(toks, j + u, QUANTIFIERS);
                    if q > 0 && lex.admin_at(toks, j + u + q).is_some() {
                        j += u;
                    }
                }
            }
        }
        let q2 = match_seq(toks, j, QUANTIFIERS);
        if q2 > 0 {
            plural = true;
            j += q2;
        } else if !headed
            && toks.get(j).is_some_and(is_number)
            && lex.admin_at(toks, j + 1).is_some()
        {
            // "Tổ trưởng 14 tổ dân phố", "Trưởng 12 thôn": the post in
            // every group of a counted number is those groups' body.
            plural = true;
            j += 1;
        }
    }
    let name_start_tok = j;
    if j >= toks.len() {
        return None;
    }
    // "giao ban", "Báo cáo", "Hội nghị", "Trường hợp": words that only look like bodies.
    if lex.in_phrase(lex.not_body, toks, j) {
        return None;
    }
    let qualified = plural || j > i;
    if !qualified {
        // "Tổ chức kiểm tra …", "Thanh tra, kiểm tra …": a verb, unless a name or place follows.
        let body_len = lex
            .compound
            .match_at(toks, j)
            .or_else(|| lex.head_at(toks, j))
            .or_else(|| lex.collective.match_at(toks, j))
            .map(|(n, _)| n)
            .unwrap_or(0);
        if let Some(vlen) = lex.verb_at(toks, j) {
            let after = toks.get(j + vlen.max(body_len));
            let named_after = after.is_some_and(|t| t.word && (t.capital || t.all_caps))
                || lex.admin_at(toks, j + vlen.max(body_len)).is_some();
            if vlen >= body_len && !(vlen == body_len && named_after) {
                return None;
            }
        }
    }
    let mut collective = false;
    let mut short_collective = false;
    let mut k;
    let mut named = false;
    // "các huyện ủy, thị ủy": a committee's kind in lower case, as long as
    // its compound, is a collective ("Huyện ủy" in capitals names one).
    let lowercase_kind = !toks[j].capital
        && !toks[j].all_caps
        && lex.collective.match_at(toks, j).map(|(n, _)| n)
            >= lex.compound.match_at(toks, j).map(|(n, _)| n);
    if let Some((n, _)) = lex.compound.match_at(toks, j).filter(|_| !lowercase_kind) {
        k = j + n;
        named = true;
    } else if office_initials(toks, j) {
        // "P.TC-KH", "P. TN&MT": an office (Phòng) named by its initials.
        k = j + 2;
        named = true;
    } else if lex.acronym_at(toks, j) {
        // "đề nghị HCDC phối hợp …": initials the text gave a body.
        k = j + 1;
        named = true;
    } else if implied_head.is_some() {
        // The holder gave the head; the name words follow directly.
        k = j;
        named = true;
    } else if let Some((n, _)) = lex.head_at(toks, j).filter(|(n, _)| {
        (toks[j].capital || toks[j].all_caps)
            && (names_follow(lex, toks, j + n, toks[j].all_caps)
                || governs_plural_object(lex, toks, j, *n))
    }) {
        k = j + n;
        named = true;
    } else if let Some((n, _)) = lex
        .collective
        .match_at(toks, j)
        .filter(|&(n, _)| !longer_lowercase_head(lex, toks, j, n))
    {
        k = j + n;
        collective = true;
        short_collective = n <= 2;
    } else if let Some((n, _)) = lex.head_at(toks, j) {
        // A lowercase head without `các` ("phòng chuyên môn") reads as a collective.
        k = j + n;
        collective = true;
        short_collective = n <= 2;
    } else if let Some((n, _)) = lex.admin_at(toks, j) {
        // "Tỉnh Tuyên Quang", "các tỉnh": a place as a body.
        let n = n + usize::from(abbreviated_unit_dot(toks, j + n));
        let n = n + place_qualifier_len(lex, toks, j + n, false);
        let named_place = toks.get(j + n).is_some_and(|t| t.word && t.capital);
        // ("Trưởng buôn", "Tổ trưởng tổ dân phố": the head of a hamlet.)
        let held = j > i && lex.holder.match_at(toks, i).is_some();
        if !(named_place || plural || held) {
            return None;
        }
        k = j + n;
        collective = !named_place;
    } else {
        return None;
    }

    // "Các Tập đoàn kinh tế, Tổng công ty nhà nước": a kind of firms of one
    // rank (`kind_peer`) in a few words, read whole before its peers.
    if collective && k > name_start_tok {
        if let Some((n, _)) = lex.kind_peer.and_then(|l| l.match_at(toks, name_start_tok)) {
            if name_start_tok + n > k && toks.get(name_start_tok + n).is_some_and(|t| t.is(",")) {
                k = name_start_tok + n;
            }
        }
    }
    // "Các huyện miền núi Quế Phong, Kỳ Sơn": a unit read as a kind, its
    // qualifier and the places' names; several units of a kind, the region
    // that narrows them ("phối hợp với các xã vùng nguyên liệu …").
    if collective && lex.admin_at(toks, j).is_some() {
        k += place_qualifier_len(lex, toks, k, plural);
    }
    // Name words after the head.
    // (The last head read: an inner one in "thành viên Ban Chỉ đạo …".)
    let mut named_head_end = named.then_some(k);
    let mut i_head = j;
    let mut holder_name: Option<Range<usize>> = None;
    let mut lowercase_run = 0usize;
    let mut run_starts_with_tail = false;
    let mut scoped = false;
    // Only one-word kinds chain: "sở, ban, ngành", not "Ban Quản lý dự án, nhà thầu".
    let mut chained = collective && short_collective;
    let started_as_chain = chained;
    // Where the trades of a board of projects may follow its name.
    let project_board = lex
        .project_board
        .and_then(|l| l.match_at(toks, name_start_tok));
    let mut project_trades_from = project_board.map(|(n, _)| name_start_tok + n);
    // ("Ban Quản lý đầu tư phát triển đảo Phú Quốc": a board named by no
    // project keeps its trades only before the place it serves.)
    let project_placed = project_board.is_some_and(|(_, e)| e.value.as_deref() == Some("placed"));
    loop {
        if k >= toks.len() {
            break;
        }
        let t = &toks[k];
        // "các trường mầm non, tiểu học, trung học cơ sở": more levels of
        // the kind, after a name that ends with one.
        // "các Ban HĐND và đại biểu HĐND huyện giám sát …": delegates are
        // people, no part of the board's name and no body of the list.
        if k > name_start_tok
            && t.is("và")
            && match_seq(
                toks,
                k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| n.is("các"))),
                &[&["đại", "biểu"]],
            ) == 2
        {
            break;
        }
        if k > name_start_tok && (t.is(",") || t.is("và")) {
            if let Some(n) = more_levels(lex, toks, name_start_tok, k) {
                k += 1 + n;
                continue;
            }
            // "Công ty TNHH MTV Quản lý, khai thác công trình thủy lợi Sơn
            // La", "Công ty CP Xây dựng, thương mại Hoàng Long": a firm's
            // trades joined by a comma, then more of its name to its brand.
            if t.is(",") && !plural {
                if let Some(end) = firm_trades_comma(lex, toks, name_start_tok, k) {
                    k = end;
                    lowercase_run = 0;
                    collective = false;
                    chained = false;
                    named = true;
                    continue;
                }
            }
        }
        // "Nhà thầu gói XL-02", "Liên danh nhà thầu gói thầu số 05": the
        // contractor of a package named by its code is one body, the code
        // its name.
        if collective
            && k > name_start_tok
            && t.is("gói")
            && lex
                .contractor
                .is_some_and(|l| (name_start_tok..k).any(|p| l.match_at(toks, p).is_some()))
        {
            if let Some(end) = package_code_end(toks, k) {
                k = end;
                break;
            }
        }
        // "các trường tiểu học", "các bệnh viện tuyến tỉnh": a level of a kind.
        if collective && k > name_start_tok && !t.capital {
            if let Some((n, _)) = lex.kind_level.and_then(|l| l.match_at(toks, k)) {
                k += n;
                lowercase_run = 0;
                continue;
            }
        }
        // "các tổ dân phố 30, 31 và 33": more numbered places of the unit.
        if (t.is(",") || t.is("và"))
            && toks.get(k + 1).is_some_and(is_number)
            && numbered_places_before(lex, toks, k)
        {
            k += 1;
            continue;
        }
        if t.word {
            // "Ban QLDA đầu tư xây dựng thị xã", "Ban Quản lý các dự án đầu
            // tư xây dựng tỉnh": a board of projects goes on with the trades
            // of its projects, verbs elsewhere.
            // (Also a board read as the kind, "Ban Quản lý dự án", when
            // capitalized: its trades name it, "… dự án giao thông tỉnh".)
            if (named || toks[name_start_tok].capital)
                && !scoped
                && !t.capital
                && project_trades_from == Some(k)
                && (!project_placed || trades_then_place(lex, toks, k))
            {
                if let Some((n, _)) = lex.brand_trade.and_then(|l| l.match_at(toks, k)) {
                    k += n;
                    project_trades_from = Some(k);
                    lowercase_run = 0;
                    named = true;
                    collective = false;
                    chained = false;
                    continue;
                }
            }
            // "Ban Quản lý bảo trì công trình giao thông rà soát …": a board
            // named by no project goes on with its trade and the works it
            // keeps (`board_works`), verbs elsewhere.
            if (named || toks[name_start_tok].capital)
                && !scoped
                && !t.capital
                && project_placed
                && project_trades_from == Some(k)
            {
                if let Some(end) = trade_works_end(lex, toks, k) {
                    k = end;
                    project_trades_from = None;
                    lowercase_run = 0;
                    named = true;
                    collective = false;
                    chained = false;
                    continue;
                }
            }
            // "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh": after
            // its trades, the works it builds, plural, are still its name.
            if named
                && !scoped
                && project_trades_from == Some(k)
                && k > name_start_tok + 1
                && t.is("các")
                && match_seq(toks, k + 1, &[&["công", "trình"], &["dự", "án"]]) > 0
            {
                k += 1;
                lowercase_run = 0;
                continue;
            }
            if let Some((n, _)) = lex.compound.match_at(toks, k) {
                // "TKV và PVN bảo đảm …": after "và" a compound that is a
                // head of its own (a group known by its initials) is the
                // next body.
                if k > name_start_tok + 1 && toks[k - 1].is("và") && lex.opens_head(toks, k) {
                    k -= 1;
                    break;
                }
                k += n;
                continue;
            }
            // "Ban Chỉ đạo phòng, chống dịch tỉnh": "phòng, chống" (prevent
            // and fight) is one word of the name, whatever its case.
            if k > name_start_tok
                && t.is("phòng")
                && toks.get(k + 1).is_some_and(|n| n.is(","))
                && toks.get(k + 2).is_some_and(|n| n.is("chống"))
            {
                k += 3;
                lowercase_run = 0;
                continue;
            }
            // "và" inside a domain name: "Sở Tài nguyên và Môi trường".
            // "Cục Lâm nghiệp và Kiểm lâm thuộc Bộ": a head named by nothing
            // after "và" is the name's second field.
            if named && k > name_start_tok && toks[k - 1].word && !toks[k - 1].all_caps && !scoped {
                if let Some(n) = va_joins_field(lex, toks, k) {
                    k += 1 + n;
                    lowercase_run = 0;
                    continue;
                }
            }
            if named && k > name_start_tok && va_joins_name(lex, toks, k) {
                k += 1;
                lowercase_run = 0;
                continue;
            }
            // A board of two things: "Ban Quản lý Khu kinh tế Dung Quất và
            // các Khu công nghiệp Quảng Ngãi phối hợp …".
            if named && k > name_start_tok && governs_object(toks, i_head) {
                if let Some(verb) = second_object_end(lex, toks, k) {
                    k = verb;
                    break;
                }
            }
            if let Some((n, _)) = lex
                .admin_at(toks, k)
                .filter(|_| !village_name_word(lex, toks, k, name_start_tok))
            {
                // Scope: "tỉnh", "thành phố Thủ Đức", "các xã, thị trấn". After a
                // scope only proper names follow ("UBND tỉnh hằng tuần" ends at "tỉnh").
                k += n + usize::from(abbreviated_unit_dot(toks, k + n));
                k += place_qualifier_len(lex, toks, k, plural);
                lowercase_run = 0;
                scoped = true;
                continue;
            }
            if t.is("các") {
                // "Ban Dân vận các huyện ủy, thị ủy, thành ủy": a list of kinds
                // completes what the board serves (one body).
                if named && k > name_start_tok {
                    if let Some(end) = kinds_served_end(lex, toks, k + 1) {
                        k = end;
                        plural = true;
                        lowercase_run = 0;
                        continue;
                    }
                }
                // "UBND các xã": a scope follows; "Sở Y tế các tỉnh".
                if lex.admin_at(toks, k + 1).is_some() {
                    plural = true;
                    k += 1;
                    continue;
                }
                // "UBND các địa phương", "Công an các địa phương": localities
                // as the scope of the head just named.
                let right_after_head = lex
                    .head
                    .match_at(toks, name_start_tok)
                    .is_some_and(|(n, _)| name_start_tok + n == k);
                if right_after_head && match_seq(toks, k + 1, &[&["địa", "phương"]]) == 2 {
                    plural = true;
                    scoped = true;
                    k += 3;
                    lowercase_run = 0;
                    continue;
                }
                // "Công đoàn các Khu công nghiệp tỉnh": a body's branch in
                // every zone of a kind, the zones (capitalized, a name) its
                // scope; a level may follow.
                if right_after_head && toks.get(k + 1).is_some_and(|t| t.capital) {
                    if let Some((n, _)) = lex.managed_zone.and_then(|l| l.match_at(toks, k + 1)) {
                        plural = true;
                        k += 1 + n;
                        lowercase_run = 0;
                        continue;
                    }
                }
                // "Ban Quản lý các chợ": what the board manages.
                if Some(k) == named_head_end && governs_plural_object(lex, toks, i_head, k - i_head)
                {
                    k += 1;
                    // "Ban Dân vận các huyện ủy, thị ủy, thành ủy": more kinds
                    // in lower case, set apart by commas, complete what the
                    // board serves (one body, not the board and a collective).
                    if let Some(end) = kinds_served_end(lex, toks, k) {
                        k = end;
                        lowercase_run = 0;
                    }
                    continue;
                }
                // "BQLDA ĐTXD các công trình giao thông tỉnh": a board written
                // in initials, its field in initials too, then what it manages.
                if named_head_end.is_some_and(|e| e < k && (e..k).all(|p| toks[p].all_caps))
                    && abbreviated_board(lex, &toks[i_head])
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.word && !t.all_caps && !t.capital)
                    && lex.verb_at(toks, k + 1).is_none()
                    && lex.stop.match_at(toks, k + 1).is_none()
                    && lex.admin_at(toks, k + 1).is_none()
                {
                    k += 1;
                    continue;
                }
                break;
            }
            // "… huyện cấp giấy chứng nhận": after a scope, "cấp" is the
            // verb "issue" unless a level follows ("cấp trên", "cấp tỉnh").
            // ("Sở Tài chính cấp đủ kinh phí" too, after a name; but "đơn vị
            // cấp nước" is a kind.)
            let issue_verb = (scoped || named)
                && t.is("cấp")
                && !toks.get(k + 1).is_some_and(|n| n.is("ủy"))
                && lex.admin_at(toks, k).is_none()
                && !toks
                    .get(k + 1)
                    .is_some_and(|n| n.is("trên") || n.is("dưới") || n.is("có"));
            // ("Sở Nông nghiệp và Môi trường được giao chủ trì …": a passive
            // narrows a kind, "cơ quan, đơn vị được giao chủ trì", never a
            // body named in full.)
            let passive_after_name = named && !collective && !plural && t.is("được");
            if let Some((n, _)) = lex
                .modifier
                .match_at(toks, k)
                .filter(|_| !issue_verb && !passive_after_name)
            {
                // "cơ quan chức năng, chính quyền địa phương": a described kind ends the chain.
                chained = false;
                // ("trong và ngoài nước" is a whole modifier.)
                // ("trên địa bàn xã": a place follows as well)
                let to_place = n == 1 && (t.is("của") || t.is("thuộc") || t.is("trong"))
                    || n == 3 && t.is("trên");
                if to_place {
                    // "của huyện", "thuộc UBND tỉnh", "trong tỉnh": only before a place or body.
                    let next = k + n;
                    // ("Phòng Y tế trong trường hợp …": a condition, no school.)
                    if lex.admin_at(toks, next).is_some()
                        || (lex.head_at(toks, next).is_some()
                            && !lex.in_phrase(lex.not_body, toks, next))
                    {
                        k = next;
                        continue;
                    }
                    // "phối hợp với các trường đại học trên địa bàn trong …":
                    // a plural kind keeps a bare "trên địa bàn" and ends there.
                    if n == 3 && plural && collective {
                        k = next;
                    }
                    break;
                }
                k += n;
                continue;
            }
            if let Some((n, _)) = lex
                .head
                .match_at(toks, k)
                // ("Chi cục Đê điều và Phòng chống lụt bão": "Phòng chống"
                // is a field of the name, no office's head.)
                .filter(|_| (t.capital || t.all_caps) && !lex.in_phrase(lex.not_body, toks, k))
            {
                // "… Khu kinh tế Hải Phòng và UBND các huyện": after "và"
                // a head opens the next body.
                if toks[k - 1].is("và") && k > name_start_tok {
                    k -= 1;
                    break;
                }
                // "thành viên Ban chỉ đạo CCHC tỉnh": a named body inside.
                if k > name_start_tok && lex.holder.match_at(toks, k).is_none() {
                    i_head = k;
                    k += n;
                    named_head_end = Some(k);
                    collective = false;
                    chained = false;
                    named = true;
                    lowercase_run = 0;
                    continue;
                }
            }
            if t.capital
                || t.all_caps
                || is_number(t) && !counts_period(toks, k)
                || counted_units(lex, toks, k)
                || numbered(toks, k)
            {
                if k > name_start_tok && lex.holder.match_at(toks, k).is_some() {
                    // A new body or office holder starts here.
                    break;
                }
                // (Not under a plural unit: "Chủ tịch UBND các huyện Phụng
                // Hiệp, Long Mỹ, Châu Thành A" heads several bodies, no one
                // person, and "Châu Thành A" reads like a name but is a
                // district.)
                let person = if scoped && titled && !plural {
                    person_name_len(lex, toks, k)
                } else {
                    0
                };
                if person > 0 {
                    // "UBND tỉnh Nguyễn Văn Sơn": the holder's name, not a place.
                    // The mention covers it, the body's name does not.
                    holder_name = Some(k..k + person);
                    break;
                }
                // "tỉnh Tuyên Quang", "huyện đảo Cồn Cỏ": a kind with a proper name is one body.
                collective = false;
                chained = false;
                named = true;
                k += 1;
                lowercase_run = 0;
                continue;
            }
            // The second syllable of a capitalized word ("Đào tạo", "Xây dựng") belongs
            // to the name even when it is a verb on its own.
            // (Not after a proper name of two capitalized words: "Báo Quảng
            // Bình tăng thời lượng …" — "Sở Y tế" has the head before "Y".)
            let name_words_start = named_head_end.unwrap_or(name_start_tok);
            // (Initials are no proper name: "Công ty TNHH MTV Quản lý khai
            // thác …", "Công ty CP Vận hành …" keep the field's tail.)
            let after_proper_name = k >= 2
                && k - 2 >= name_words_start
                && toks[k - 2].word
                && toks[k - 2].capital
                && !toks[k - 2].all_caps;
            // (Before a dash and a capitalized word, whatever the word: "Phòng
            // Hậu cần - Kỹ thuật".)
            let dash_then_name = toks.get(k + 1).is_some_and(is_dash)
                && toks.get(k + 2).is_some_and(|n| n.word && n.capital);
            let compound_tail = lowercase_run == 0
                && k > name_start_tok
                && toks[k - 1].capital
                && !after_proper_name
                && !scoped
                // (initials have no second syllable: "Phòng KT&HT trực tiếp
                // kiểm tra …" ends at the initials)
                && !(toks[k - 1].all_caps && lex.verb_lead.match_at(toks, k).is_some())
                && (dash_then_name
                    || lex.verb.match_at(toks, k).is_none_or(|(n, _)| n == 1)
                        && lex.stop.match_at(toks, k).is_none());
            // "Khu nông nghiệp ứng dụng công nghệ cao phát triển tôm Bạc
            // Liêu": a zone's standard name goes on with its purpose (what
            // it develops, in lower case) and its place.
            if named_head_end == Some(k) && toks[i_head].is("khu") {
                if let Some(end) = zone_purpose_end(lex, toks, k) {
                    k = end;
                    lowercase_run = 0;
                    continue;
                }
            }
            // "các cơ quan thành viên Ban Chỉ đạo …": the members of a board.
            if collective
                && t.is("thành")
                && toks.get(k + 1).is_some_and(|n| n.is("viên"))
                && toks.get(k + 2).is_some_and(|n| n.capital)
                && lex.head_at(toks, k + 2).is_some()
            {
                k += 2;
                collective = false;
                chained = false;
                continue;
            }
            // "Ban Quản lý dự án đầu tư xây dựng hạ tầng và phát triển đô thị
            // đẩy nhanh …": a lowercase name goes on after "và" to the verb.
            // ("Đội Kiểm tra trật tự đô thị và môi trường huyện hỗ trợ …":
            // also after a standard name that ends in lower case.)
            let lowercase_before = lowercase_run > 0
                || k > name_start_tok + 1
                    && toks[k - 1].word
                    && !toks[k - 1].capital
                    && !toks[k - 1].all_caps;
            if named && !collective && !scoped && lowercase_before {
                if let Some(verb) = va_joins_lowercase_name(lex, toks, k) {
                    k = verb;
                    break;
                }
            }
            // A firm's name runs through lower-case words, verbs among them,
            // to its brand ("Công ty TNHH Đầu tư phát triển hạ tầng Kiền
            // Bái", "Hợp tác xã dịch vụ nông nghiệp Hợp Thành").
            // (Not after a brand already read, two capitalized words after
            // the name's lower-case trade: "Công ty TNHH MTV Khai thác công
            // trình thủy lợi Nghệ An vận hành hồ Vực Mấu, …" ends at "An".)
            let brand_read = k >= 2
                && (k - 2..k).all(|p| toks[p].word && toks[p].capital && !toks[p].all_caps)
                && (name_start_tok..k - 2)
                    .any(|p| toks[p].word && !toks[p].capital && !toks[p].all_caps);
            if !plural && !scoped && !brand_read && (collective || lex.stops_name(toks, k)) {
                if let Some(end) = brand_end(lex, toks, name_start_tok, k) {
                    k = end;
                    lowercase_run = 0;
                    collective = false;
                    chained = false;
                    continue;
                }
            }
            // "Phòng Quản lý xây dựng chủ trì …": the object of the field
            // right after the head, though a verb, before another verb, a
            // cue, or "và" / a comma and the next body.
            if !collective && !scoped && lowercase_run == 1 && run_starts_with_tail && k >= 2 {
                if let Some(n) = field_object_at(lex, toks, k, named_head_end) {
                    k += n;
                    lowercase_run += n;
                    continue;
                }
            }
            if collective || scoped || (!compound_tail && lex.stops_name(toks, k)) {
                break;
            }
            // Lowercase words inside a name ("Phòng Quản lý đô thị"): a few.
            lowercase_run += 1;
            if lowercase_run == 1 {
                // "Kế hoạch" in "Phòng Tài chính - Kế hoạch hoàn chỉnh hồ sơ …":
                // the run of lowercase words given up below keeps the second
                // syllable of the capitalized word (not after an abbreviation:
                // "UBND thông qua …").
                run_starts_with_tail = compound_tail && !toks[k - 1].all_caps;
            }
            // The second syllable of the capitalized word is not one of them
            // ("Trung tâm Phục vụ hành chính công tỉnh").
            if lowercase_run - usize::from(run_starts_with_tail) > 3 {
                // A longer run still belongs to a name that a proper name or
                // a place ends ("Công ty TNHH MTV Khai thác công trình thủy
                // lợi Nam Nghệ An"), within six words.
                let m = name_words_end(lex, toks, k + 1, k + 3);
                let run_start = k + 1 - lowercase_run;
                let plain_run = (run_start..=k)
                    .all(|w| (w == run_start && run_starts_with_tail) || !lex.stops_name(toks, w));
                let named_end = toks.get(m).is_some_and(|t| {
                    t.word
                        && t.capital
                        && !t.all_caps
                        && lex.holder.match_at(toks, m).is_none()
                        && lex.head_at(toks, m).is_none()
                }) || lex.admin_at(toks, m).is_some();
                if plain_run && named_end {
                    k = m;
                    lowercase_run = 0;
                    continue;
                }
                // A firm's longer run of trades to its brand ("Công ty CP
                // Xây dựng công trình giao thông 484 cam kết …").
                if !plural && !scoped {
                    if let Some(end) = brand_end(lex, toks, name_start_tok, run_start) {
                        k = end;
                        lowercase_run = 0;
                        collective = false;
                        chained = false;
                        continue;
                    }
                }
                // Or a verb ends it, within six words ("Trung tâm Nước sạch
                // và Vệ sinh môi trường nông thôn quản lý …", "Phòng Quản lý
                // kết cấu hạ tầng giao thông kiểm tra …").
                let own_words = lowercase_run - usize::from(run_starts_with_tail);
                let verb_end = own_words + (m - k - 1) <= 6
                    && plain_run
                    && run_start > 0
                    // (a capitalized word right after the head, whose tail
                    // opens the run, is the name's: "Phòng Quản lý kết cấu …")
                    // (or right after a "và" that joins the name: "Phòng Khảo
                    // thí và Quản lý chất lượng …")
                    && ((run_starts_with_tail
                        && (Some(run_start - 1) == named_head_end
                            || run_start >= 2 && toks[run_start - 2].is("và")))
                        || lex.verb_at(toks, run_start - 1).is_none())
                    && toks.get(m).is_some_and(|t| t.word)
                    && (lex.verb_at(toks, m).is_some() || role_copula_at(toks, m));
                // Or the clause ends it, when the run opens with the tail of
                // the capitalized field right after the head ("… phối hợp
                // với Trung tâm Cứu hộ động vật hoang dã, Hạt Kiểm lâm …").
                // (Or after a "và" that joins the name, and before a colon
                // or the end: "… và Trung tâm Nước sạch và Vệ sinh môi
                // trường nông thôn:", a heading of its tasks.)
                let clause_end = own_words + (m - k - 1) <= 6
                    && plain_run
                    && run_starts_with_tail
                    && run_start > 0
                    && (Some(run_start - 1) == named_head_end
                        || run_start >= 2 && toks[run_start - 2].is("và"))
                    && toks
                        .get(m)
                        .is_none_or(|t| t.is(",") || t.is(";") || t.is(":"));
                if verb_end || clause_end {
                    k = m;
                    break;
                }
                // "Đội Kiểm tra trật tự đô thị và môi trường huyện hỗ trợ
                // …": fields joined by "và" go on to the verb.
                if plain_run && named && m == k + 1 {
                    if let Some(verb) = va_joins_lowercase_name(lex, toks, m) {
                        k = verb;
                        break;
                    }
                }
                k -= lowercase_run - 1;
                if run_starts_with_tail {
                    k += 1;
                }
                break;
            }
            k += 1;
            continue;
        }
        // Punctuation.
        let next = k + 1;
        let next_tok = toks.get(next);
        match t.lower.as_str() {
            "," => {
                // "các Tập đoàn, Tổng công ty nhà nước": bare kinds of firms
                // of one rank are one collective (a kind with a name of its
                // own after it, "Tổng công ty Lâm nghiệp Việt Nam", is a
                // body of its own).
                if let Some(n) = peer_kind_next(lex, toks, name_start_tok, k) {
                    k = next + n;
                    continue;
                }
                // "các sở, ngành, chủ đầu tư": a kind of another sort ends
                // the chain, a body of its own.
                if chained
                    && lex
                        .kind_apart
                        .is_some_and(|l| l.match_at(toks, next).is_some())
                {
                    break;
                }
                // "sở, ban, ngành": a chain of bare collectives stays one body.
                if chained {
                    // ("các Sở, Ban, ngành": capitals throughout a chain
                    // that opened with one, when no name follows the kind.)
                    let capital_chain = |n: usize| {
                        n == 1
                            && toks[name_start_tok].capital
                            && toks.get(next + n).is_none_or(|a| !(a.word && a.capital))
                    };
                    if let Some((n, _)) = lex
                        .collective
                        .match_at(toks, next)
                        .filter(|&(n, _)| next_tok.is_some_and(|t| !t.capital || capital_chain(n)))
                    {
                        if n > 2 {
                            // "cấp ủy, chính quyền địa phương": a longer kind
                            // ends the chain, unless another bare kind follows
                            // ("cấp ủy, tổ chức đảng, chính quyền các cấp").
                            k = next + n;
                            chained = toks.get(k).is_some_and(|t| t.is(","))
                                && toks.get(k + 1).is_some_and(|t| !t.capital)
                                && lex.collective.match_at(toks, k + 1).is_some();
                            continue;
                        }
                        if is_bare_collective_end(lex, toks, next + n) {
                            k = next + n;
                            continue;
                        }
                        // "cơ quan, đơn vị, chính quyền các cấp": the chain ends with modifiers.
                        let mut m = next + n;
                        while let Some((mm, _)) = lex
                            .modifier
                            .match_at(toks, m)
                            .or_else(|| lex.admin_at(toks, m))
                        {
                            m += mm;
                        }
                        if m > next + n {
                            k = m;
                            // ("các Bộ, cơ quan trung ương, địa phương": a
                            // bare kind after the modifiers goes on with the
                            // chain, as after a longer kind.)
                            chained = toks.get(k).is_some_and(|t| t.is(","))
                                && toks.get(k + 1).is_some_and(|t| !t.capital)
                                && lex.collective.match_at(toks, k + 1).is_some_and(|(n, _)| {
                                    is_bare_collective_end(lex, toks, k + 1 + n)
                                });
                            continue;
                        }
                    }
                }
                // "thành phố Thủ Đức, quận, huyện": more places of the same scope.
                // (In a heading in capitals, right after a unit: "ỦY BAN NHÂN
                // DÂN CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG".)
                let caps_unit_before = toks[k - 1].all_caps
                    && (k.saturating_sub(3)..k)
                        .any(|p| lex.admin_at(toks, p).is_some_and(|(n, _)| p + n == k));
                // ("Ban Quản lý dự án khu vực, khu phố 4": a place numbered
                // after a name that ends with none is a body of its own.)
                let numbered_own = |n: usize| {
                    toks.get(next + n).is_some_and(is_number) && !is_number(&toks[k - 1])
                };
                if let Some((n, _)) = lex.admin_at(toks, next) {
                    if next_tok.is_some_and(|t| !t.capital || t.all_caps && caps_unit_before)
                        && k > name_start_tok
                        && !numbered_own(n)
                    {
                        k = next + n;
                        // ("các tỉnh, thành phố vùng đồng bằng sông Cửu
                        // Long": the region of the last unit is the chain's.)
                        k += place_qualifier_len(lex, toks, k, plural);
                        continue;
                    }
                }
                // "các xã Hiệp Thạnh, Liên Hiệp, Phú Hội": in a list of places
                // of one unit, a place named like a kind's head alone (no
                // name after it, then a comma, "và" or the verb) is one
                // more place, no new body.
                // So is a place whose name opens with a kind's head and goes
                // on capitalized to the list's next comma ("các huyện Mù Cang
                // Chải, Trạm Tấu, Văn Chấn": "Trạm" opens "Trạm Y tế", a
                // body, whose name goes on in lower case).
                // (The plural unit may come inside the name: "UBND các huyện
                // Mù Cang Chải, Trạm Tấu", places only after it.)
                let places_of_plural = (plural && lex.admin_at(toks, name_start_tok).is_some())
                    || (name_start_tok..k).any(|p| {
                        toks[p].is("các")
                            && lex.admin_at(toks, p + 1).is_some_and(|(n, _)| {
                                p + 1 + n < k
                                    && (p + 1 + n..k).all(|q| {
                                        (toks[q].word && toks[q].capital) || toks[q].is(",")
                                    })
                            })
                    });
                let head_alone_place = places_of_plural
                    && lex.head_at(toks, next).is_some_and(|(n, _)| {
                        let mut e = next + n;
                        while e < next + 4
                            && toks
                                .get(e)
                                .is_some_and(|t| t.word && t.capital && !t.all_caps)
                        {
                            e += 1;
                        }
                        (next..next + n).all(|q| toks[q].word && toks[q].capital)
                            && toks.get(e).is_none_or(|a| {
                                !a.word || a.is("và") || lex.verb_at(toks, e).is_some()
                            })
                    });
                // "Văn hóa, Thể thao và Du lịch": a capitalized domain word, not a new head.
                // ("lực lượng Thú y, Quản lý thị trường": a body named in full
                // after the comma, `body_compound`, is one of its own.)
                if named
                    && next_tok.is_some_and(|t| t.word && t.capital && !t.all_caps)
                    && (!lex.opens_head(toks, next) || head_alone_place)
                    && lex.compound.match_at(toks, next).is_none()
                    && lex.holder.match_at(toks, next).is_none()
                    && (lex.admin_at(toks, next).is_none()
                        || village_name_word(lex, toks, next, name_start_tok))
                {
                    k = next;
                    continue;
                }
                // "Phòng Kinh tế, hạ tầng và đô thị chủ trì …", "Cục Cơ sở vật
                // chất và Thiết bị trường học, đồ chơi trẻ em phối hợp …": a
                // field list in lower case with a comma inside, run to the
                // predicate or the name's capitals.
                let own_lowercase = lowercase_run > usize::from(run_starts_with_tail);
                if named && !collective && !scoped && k > name_start_tok {
                    if let Some(end) = lowercase_fields_after_comma(lex, toks, k, own_lowercase) {
                        k = end;
                        lowercase_run = 0;
                        continue;
                    }
                }
                break;
            }
            "-" | "–" | "&" => {
                // "Quy hoạch-Kiến trúc", "Tài chính – Kế hoạch".
                if named
                    && next_tok.is_some_and(|t| t.word && (t.capital || t.all_caps))
                    && lex.holder.match_at(toks, next).is_none()
                    && !(t.is("-")
                        && lex.opens_head(toks, next)
                        && toks[k].start > toks[k - 1].end
                        // ("Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh …": its branch)
                        && !(next_tok.is_some_and(|t| t.is("chi"))
                            && toks.get(next + 1).is_some_and(|t| t.is("nhánh")))
                        // ("Cục Quân y - Bộ Quốc phòng": its parent; not a
                        // ministry's peer, "Bộ Y tế - Bộ Tài chính")
                        && !(parent_after_dash(lex, toks, next)
                            && !(toks[i_head].is("bộ")
                                && lex.head_at(toks, i_head).is_some_and(|(n, _)| n == 1))))
                {
                    k = next;
                    continue;
                }
                break;
            }
            "." => {
                // "Siêu thị Co.opmart Hà Đông Nam": a dot inside a brand,
                // glued to a capitalized word and a lower-case one.
                if named
                    && toks[k - 1].word
                    && toks[k - 1].capital
                    && toks[k].start == toks[k - 1].end
                    && next_tok.is_some_and(|n| {
                        n.word && !n.capital && !n.all_caps && n.start == toks[k].end
                    })
                {
                    k = next + 1;
                    continue;
                }
                break;
            }
            "/" => {
                // "Chủ đầu tư/Ban Quản lý dự án": one body named two ways.
                if next_tok.is_some_and(|t| t.word) {
                    k = next;
                    collective = false;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    // "cơ quan và địa phương có liên quan": bare collectives joined by "và",
    // also after a scope that ended the chain ("các bộ, cơ quan trung ương và
    // địa phương").
    let scope_before = |k: usize| {
        (k.saturating_sub(3)..k).any(|p| lex.admin_at(toks, p).is_some_and(|(n, _)| p + n == k))
    };
    // (Not the same kind again: "các bệnh viện tuyến tỉnh và bệnh viện tuyến
    // huyện" are two bodies.)
    let same_kind_again = k + 1 < toks.len()
        && lex.collective.match_at(toks, k + 1).is_some_and(|(n, _)| {
            (i..k.saturating_sub(n)).any(|p| {
                (0..n).all(|d| {
                    toks.get(p + d)
                        .is_some_and(|t| t.lower == toks[k + 1 + d].lower)
                })
            })
        });
    if (chained || started_as_chain && k > 0 && scope_before(k))
        && !same_kind_again
        && k + 1 < toks.len()
        && toks[k].is("và")
        && !toks[k + 1].capital
        && lex.collective.match_at(toks, k + 1).is_some_and(|(n, _)| {
            !toks.get(k + 1 + n).is_some_and(|t| t.capital)
                    // ("và đảng ủy trực thuộc Tỉnh ủy": the committee above)
                    || toks[k + n].is("thuộc") && lex.compound.match_at(toks, k + 1 + n).is_some()
        })
    {
        let (n, _) = lex
            .collective
            .match_at(toks, k + 1)
            .unwrap_or((1, &lex.collective.entries[0]));
        k += 1 + n;
        while let Some((m, _)) = lex.modifier.match_at(toks, k) {
            k += m;
        }
        // "… và đảng ủy trực thuộc Tỉnh ủy": the committee they belong to.
        if toks[k - 1].is("thuộc") && lex.compound.match_at(toks, k).is_some() {
            if let Some(parent) = body_at(lex, toks, k).filter(|m| !m.collective) {
                k = parent.toks.end;
            }
        }
    }
    // Drop trailing words that cannot end a name.
    while k > name_start_tok + 1
        && (toks[k - 1].is("các") || toks[k - 1].is("và") || !toks[k - 1].word)
    {
        k -= 1;
    }
    if k <= name_start_tok {
        return None;
    }
    // A named head needs a name or a scope ("Sở" alone is a collective).
    let head_only = named
        && implied_head.is_none()
        && lex.compound.match_at(toks, name_start_tok).is_none()
        && lex.head_at(toks, name_start_tok).map(|(n, _)| n) == Some(k - name_start_tok);
    if head_only && !plural {
        let abbrev = toks[name_start_tok].all_caps;
        if !abbrev {
            collective = true;
        }
    }
    Some(Mention {
        // The holder's name, right after the body's, is part of the mention.
        toks: i..holder_name.filter(|r| r.start == k).map_or(k, |r| r.end),
        // (a count in words belongs to the name: "hai xã")
        name: toks[name_start_tok - usize::from(counted)].start..toks[k - 1].end,
        implied_head,
        collective,
        plural,
    })
}

/// At `k`, right after a capitalized field that takes an object
/// (`field_object`: "Quản lý", "Phát triển") following the head at
/// `named_head_end`, a verb that is the field's object ("Phòng Quản lý xây
/// dựng chủ trì …", "… xây dựng và Phòng Tài chính …"): its length.
fn field_object_at(
    lex: &Lexicon,
    toks: &[Token],
    k: usize,
    named_head_end: Option<usize>,
) -> Option<usize> {
    let fields = lex.field_object?;
    // (The field right after the head, or after a dash inside the name:
    // "Cục Kinh tế - Quản lý đầu tư xây dựng".)
    let after_dash = k >= 3 && is_dash(&toks[k - 3]) && named_head_end.is_some_and(|e| e < k - 3);
    // (Or after a head of one word in lower case: "Giao phòng Quản lý bảo
    // vệ rừng chủ trì …".)
    let after_lowercase_head = k >= 3
        && toks[k - 3].word
        && !toks[k - 3].capital
        && !toks[k - 3].all_caps
        && lex.head_at(toks, k - 3).is_some_and(|(n, _)| n == 1);
    if !(named_head_end == Some(k - 2) || after_dash || after_lowercase_head)
        || fields.match_at(toks, k - 2)?.0 != 2
    {
        return None;
    }
    let ends = |p: usize| {
        toks.get(p).is_some_and(|t| {
            (t.word && !t.capital && (lex.verb_at(toks, p).is_some() || lex.role_cue_at(toks, p)))
                || ((t.is(",") || t.is("và")) && lex.opens_head(toks, p + 1))
        })
    };
    // Trades in a row ("đầu tư xây dựng"), the field's object as a whole.
    let trade_at = |p: usize| lex.trade_at(toks, p);
    let mut m = k;
    while let Some(n) = trade_at(m).filter(|_| !toks[m].capital) {
        m += n;
    }
    if m > k + 2 && ends(m) {
        return Some(m - k);
    }
    let n = lex.verb_at(toks, k)?;
    // (A noun or two may follow the verb: "Phòng Quản lý bảo vệ rừng theo
    // dõi …".)
    let mut next = k + n;
    for _ in 0..2 {
        if ends(next) {
            return Some(next - k);
        }
        let noun = toks
            .get(next)
            .is_some_and(|t| t.word && !t.capital && !t.all_caps)
            && !lex.stops_name(toks, next)
            && lex.verb_at(toks, next).is_none()
            && lex.admin_at(toks, next).is_none();
        if !noun {
            return None;
        }
        next += 1;
    }
    ends(next).then_some(next - k)
}

/// Where a run of lower-case words from `from` (before `limit`) that may
/// go on a name ends: no verb or other word that stops a name, no
/// administrative unit.
fn name_words_end(lex: &Lexicon, toks: &[Token], from: usize, limit: usize) -> usize {
    let mut m = from;
    while m < limit
        && toks
            .get(m)
            .is_some_and(|t| t.word && !t.capital && !t.all_caps)
        && !lex.stops_name(toks, m)
        && lex.admin_at(toks, m).is_none()
    {
        m += 1;
    }
    m
}

/// After a zone's standard name, at `k`: "phát triển", one or two words in
/// lower case that are no verb, then a proper name (no head or office):
/// the end of that name ("… phát triển tôm Bạc Liêu").
fn zone_purpose_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    if match_seq(toks, k, &[&["phát", "triển"]]) != 2 || toks[k].capital {
        return None;
    }
    let mut m = name_words_end(lex, toks, k + 2, k + 4);
    let from = m;
    if m == k + 2 {
        return None;
    }
    // (a place's name may open like a unit: "Sóc Trăng")
    while toks
        .get(m)
        .is_some_and(|t| t.word && t.capital && !t.all_caps)
        && lex.head_at(toks, m).is_none()
        && lex.holder.match_at(toks, m).is_none()
    {
        m += 1;
    }
    (m > from).then_some(m)
}

/// From `k`, a board's trades (`brand_trade`, `firm_trade`), the works it
/// keeps (`board_works`) and up to four more words of them in lower case
/// (trades among them: "giao thông"): where they end.
fn trade_works_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    let works = lex.board_works?;
    let trade_at = |p: usize| lex.trade_at(toks, p);
    let mut m = k;
    while let Some(n) = trade_at(m) {
        m += n;
    }
    if m == k {
        return None;
    }
    m += works.match_at(toks, m)?.0;
    let limit = m + 4;
    loop {
        let e = name_words_end(lex, toks, m, limit);
        if e > m {
            m = e;
            continue;
        }
        match lex.brand_trade.and_then(|l| l.match_at(toks, m)) {
            Some((n, _)) if m < limit => m += n,
            _ => break,
        }
    }
    Some(m)
}

/// From `k`, trades (`brand_trade`) then the place a board serves: a unit,
/// a proper name, or a feature of the land before one ("đảo Phú Quốc").
fn trades_then_place(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    let Some(trades) = lex.brand_trade else {
        return false;
    };
    let mut m = k;
    while let Some((n, _)) = trades.match_at(toks, m) {
        m += n;
    }
    if m == k {
        return false;
    }
    if let Some((f, _)) = lex.region_feature.and_then(|l| l.match_at(toks, m)) {
        m += f;
    }
    lex.admin_at(toks, m).is_some()
        || toks.get(m).is_some_and(|t| t.word && t.capital)
            && !lex.opens_head(toks, m)
            && lex.holder.match_at(toks, m).is_none()
}

/// At the comma `k` inside a firm's name (`brand_named`, from `start`): the
/// end of the name when a trade (`brand_trade`, `firm_trade`) ends right
/// before the comma and a lower-case trade opens right after it, the rest
/// running to the firm's brand (`brand_end`): "Quản lý, khai thác công
/// trình thủy lợi Sơn La". A comma after a whole brand lists the next body.
fn firm_trades_comma(lex: &Lexicon, toks: &[Token], start: usize, k: usize) -> Option<usize> {
    lex.brand_named?.match_at(toks, start)?;
    let trade_at = |p: usize| lex.trade_at(toks, p);
    let ends_trade = (1..=3).any(|b| k >= start + b && trade_at(k - b) == Some(b));
    let next = toks.get(k + 1)?;
    if !ends_trade || !next.word || next.capital || next.all_caps || trade_at(k + 1).is_none() {
        return None;
    }
    brand_end(lex, toks, start, k + 1)
}

/// For a body of a kind named by its brand (`brand_named`: "Công ty",
/// "Hợp tác xã"), starting at `start`: the end of the brand when, from the
/// lower-case word at `k`, at most seven lower-case words (verbs and `và`
/// among them, no other function word) lead to capitalized words that open
/// no other body or place and that punctuation, a verb or the text's end
/// follows.
fn brand_end(lex: &Lexicon, toks: &[Token], start: usize, k: usize) -> Option<usize> {
    lex.brand_named?.match_at(toks, start)?;
    let mut m = k;
    // (from the start of a trade that covers `k`: "cáp treo" at "treo")
    if let Some(b) = (1..=2).find(|&b| {
        k >= start + b
            && lex.trade_at(toks, k - b).is_some_and(|n| n > b)
            && toks[k - b..k]
                .iter()
                .all(|t| t.word && !t.capital && !t.all_caps)
    }) {
        m = k - b;
    }
    while toks
        .get(m)
        .is_some_and(|t| t.word && !t.capital && !t.all_caps && !is_number(t))
    {
        // (a verb only of a trade: "đầu tư", "phát triển", not "kiểm tra";
        // read whole: "cáp treo")
        let trade_len = lex
            .brand_trade
            .and_then(|l| l.match_at(toks, m))
            .or_else(|| lex.firm_trade.and_then(|l| l.match_at(toks, m)))
            .map_or(0, |(n, _)| n);
        let trade = trade_len > 0;
        // ("công trình": a compound noun, no verb "trình")
        let trade = trade
            || lex.name_compound.is_some_and(|l| {
                (1..=2).any(|b| m >= b && l.match_at(toks, m - b).is_some_and(|(n, _)| n > b))
            });
        // (a trade holding a cue word is the trade: "giao thông")
        let other_verb = !trade && lex.verb_at(toks, m).is_some();
        let function_word = other_verb
            || !trade
                && (lex.stop.match_at(toks, m).is_some()
                    || lex.assign.match_at(toks, m).is_some()
                    || lex.cooperate.match_at(toks, m).is_some()
                    || lex.direct.match_at(toks, m).is_some())
            || lex.admin_at(toks, m).is_some();
        if function_word || m.saturating_sub(k) >= 7 {
            return None;
        }
        m += trade_len.max(1);
    }
    let brand = m;
    // "Công ty CP Xây dựng công trình giao thông 484 (nhà thầu …) cam kết
    // …": a brand that is a number, after the firm's trades.
    if m > k && toks.get(m).is_some_and(is_number) {
        let end = m + 1;
        let ends = toks
            .get(end)
            .is_none_or(|t| !t.word || t.is("và") || lex.verb_at(toks, end).is_some());
        return ends.then_some(end);
    }
    if !toks
        .get(m)
        .is_some_and(|t| t.word && (t.capital || t.all_caps))
        || lex.opens_head(toks, m)
        || lex.holder.match_at(toks, m).is_some()
        || lex.admin_at(toks, m).is_some()
    {
        return None;
    }
    while toks
        .get(m)
        .is_some_and(|t| t.word && (t.capital || t.all_caps))
    {
        m += 1;
    }
    // ("Nhà máy đường Hòa Bình chỉ thu mua …": an adverb of `body_stop`
    // before the work ends it too.)
    let ends = toks.get(m).is_none_or(|t| {
        !t.word
            || t.is("và")
            || lex.verb_at(toks, m).is_some()
            || lex.stop.match_at(toks, m).is_some()
    });
    (ends && m > brand).then_some(m)
}

/// A commune post named by its holder and field ("công chức Địa chính -
/// Xây dựng", "cán bộ Tư pháp - Hộ tịch xã", "công chức Lao động - Thương
/// binh và Xã hội"): the field, capitalized words joined by dashes and `và`,
/// with the commune's unit after it, is the body. Not a body's head or an
/// office ("cán bộ Hội Nông dân" is a member of the Hội).
fn commune_post_at(lex: &Lexicon, toks: &[Token], i: usize, j: usize) -> Option<Mention> {
    let (n, _) = lex.post_holder?.match_at(toks, j)?;
    let field = j + n;
    // ("Văn phòng - Thống kê": an office's name opens the field before a dash.)
    let opens_field = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.word && t.capital && !t.all_caps)
            && lex
                .head
                .match_at(toks, k)
                .is_none_or(|(n, _)| toks.get(k + n).is_some_and(is_dash))
            && lex.holder.match_at(toks, k).is_none()
            && lex.admin_at(toks, k).is_none()
    };
    if !opens_field(field) {
        // "phối hợp với công chức địa chính - xây dựng và Trung tâm …": a
        // commune post's field in lower case, known by its name, is the
        // body with its holder's word.
        let (f, entry) = lex.post_field?.match_at(toks, field)?;
        let mut end = field + f;
        let level = lex.admin_at(toks, end);
        if let Some((u, _)) = level {
            end += u;
        }
        let plural = plural_units_end(lex, toks, end);
        if let Some(p) = plural {
            end = p;
        }
        // ("cán bộ thú y xã": a commune service, no post of its own, is
        // written as the service, `=> service`, named with its level; "cán
        // bộ thú y" alone are people.)
        let service = entry.value.as_deref() == Some("service");
        if service && level.is_none() && plural.is_none() {
            return None;
        }
        return Some(Mention {
            toks: i..end,
            name: toks[if service { field } else { j }].start..toks[end - 1].end,
            implied_head: None,
            collective: false,
            plural: plural.is_some(),
        });
    }
    let mut k = field;
    loop {
        // Capitalized words, each with at most one lower-case syllable of
        // its own ("Địa chính", "Thương binh"; "Tư pháp kiểm tra …" ends
        // before the verb).
        while toks.get(k).is_some_and(|t| t.word && t.capital) {
            k += 1;
            if toks.get(k).is_some_and(|t| t.word && !t.capital)
                && lex.verb_at(toks, k).is_none()
                && lex.admin_at(toks, k).is_none()
                && !lex.stops_name(toks, k)
            {
                k += 1;
            }
        }
        let joins = toks
            .get(k)
            .is_some_and(|t| is_dash(t) || t.is("và") || t.is(","));
        if joins
            && toks
                .get(k + 1)
                .is_some_and(|t| t.word && t.capital && !t.all_caps)
        {
            k += 1;
            continue;
        }
        break;
    }
    let mut end = k;
    // "… xã", "… phường Tân An": the commune's unit.
    let plural = plural_units_end(lex, toks, end);
    if let Some(p) = plural {
        // "… các xã, thị trấn": the post of each commune
        end = p;
    } else if let Some((u, _)) = lex.admin_at(toks, end) {
        end += u;
        while toks.get(end).is_some_and(|t| t.word && t.capital) {
            end += 1;
        }
    }
    // "Công chức Tài chính - Kế hoạch (Phòng Kinh tế)": the post's body in
    // brackets after it is the body.
    if toks.get(end).is_some_and(|t| t.is("(")) {
        if let Some(b) = body_at(lex, toks, end + 1).filter(|b| {
            !b.collective
                && toks.get(b.toks.end).is_some_and(|t| t.is(")"))
                && lex.head_at(toks, b.toks.start).is_some()
        }) {
            return Some(Mention {
                toks: i..b.toks.end + 1,
                ..b
            });
        }
    }
    Some(Mention {
        toks: i..end,
        name: toks[field].start..toks[end - 1].end,
        implied_head: None,
        collective: false,
        plural: plural.is_some(),
    })
}

/// At `k`, `các` and plural units joined by commas or `và` ("các xã, thị
/// trấn"): their end, a post or team of each of them.
fn plural_units_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    if !toks.get(k)?.is("các") {
        return None;
    }
    let mut e = k + 1;
    loop {
        let (u, _) = lex.admin_at(toks, e)?;
        e += u;
        let joins = toks.get(e).is_some_and(|t| t.is(",") || t.is("và"));
        if joins
            && lex.admin_at(toks, e + 1).is_some()
            && !toks.get(e + 1).is_some_and(|t| t.capital)
        {
            e += 1;
            continue;
        }
        return Some(e);
    }
}

/// Before `k`, numbers joined by commas and `và` right after a unit ("xóm 3,
/// 5" before ", 7").
fn numbered_places_before(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    let mut p = k;
    while p > 0 && is_number(&toks[p - 1]) {
        p -= 1;
        if p > 0 && (toks[p - 1].is(",") || toks[p - 1].is("và")) {
            p -= 1;
        } else {
            break;
        }
    }
    p < k
        && (p.saturating_sub(3)..p).any(|u| lex.admin_at(toks, u).is_some_and(|(n, _)| u + n == p))
}

/// The length of a qualifier between a unit and its places' names ("các
/// huyện miền núi Quế Phong, Kỳ Sơn", "các xã ven biển Hải Thanh, Hải
/// Bình"), when such names follow or, for `plural` units, alone ("UBND các
/// huyện biên giới": the kind of places); 0 otherwise.
fn place_qualifier_len(lex: &Lexicon, toks: &[Token], k: usize, plural: bool) -> usize {
    let Some(list) = lex.place_qualifier else {
        return 0;
    };
    // Qualifiers in a row ("vùng đồng bằng", "vùng ven biển"); one marked
    // `open` ("vùng", "dọc tuyến") only before more of the region's name.
    let mut n = 0;
    let mut closed = 0;
    while let Some((m, e)) = list.match_at(toks, k + n) {
        n += m;
        if e.value.as_deref() != Some("open") {
            closed = n;
        }
    }
    // "… sông Cửu Long", "… đảo Phú Quốc": a feature of the land before
    // the region's proper name.
    if n > 0 {
        if let Some((f, _)) = lex.region_feature.and_then(|l| l.match_at(toks, k + n)) {
            if toks
                .get(k + n + f)
                .is_some_and(|t| t.word && (t.capital || t.all_caps) || is_number(t))
            {
                n += f;
            }
        }
    }
    let proper = |p: usize| {
        toks.get(p)
            .is_some_and(|t| t.word && (t.capital || t.all_caps) || is_number(t))
            && !lex.opens_head(toks, p)
            && lex.holder.match_at(toks, p).is_none()
    };
    // "các xã ven sông Ngàn Phố, Ngàn Sâu": after a qualifier that ends on
    // a feature of the land ("ven sông"), the names are the feature's
    // (rivers), not places of the unit: one region, read to its last name.
    // (A feature alone is the unit's kind: "các xã đảo Cô Tô, Bạch Long Vĩ".)
    if n > 1
        && n == closed
        && proper(k + n)
        && lex
            .region_feature
            .is_some_and(|l| l.match_at(toks, k + n - 1).is_some_and(|(f, _)| f == 1))
    {
        let name_word = |p: usize| proper(p) && lex.admin_at(toks, p).is_none();
        let mut e = k + n;
        while name_word(e) {
            e += 1;
        }
        while toks.get(e).is_some_and(|t| t.is(",") || t.is("và")) && name_word(e + 1) {
            e += 1;
            while name_word(e) {
                e += 1;
            }
        }
        return e - k;
    }
    if n > closed && !proper(k + n) {
        n = closed;
    }
    if n == 0 {
        return 0;
    }
    let named = toks.get(k + n).is_some_and(|t| t.word && t.capital)
        && !lex.opens_head(toks, k + n)
        && lex.holder.match_at(toks, k + n).is_none();
    // A plural unit's region ends the name only where the work or the next
    // body starts ("các xã vùng nguyên liệu hướng dẫn …"); a lower-case word
    // going on is more of the region ("Các thôn trong vùng lõi Vườn quốc
    // gia …"), read by the name's own rules.
    let region_ends = || {
        toks.get(k + n).is_none_or(|t| {
            !t.word
                || t.is("và")
                || lex.verb_at(toks, k + n).is_some()
                || lex.stop.match_at(toks, k + n).is_some()
                || lex.cooperate.match_at(toks, k + n).is_some()
                || lex.assign.match_at(toks, k + n).is_some()
        })
    };
    if named || plural && region_ends() {
        n
    } else {
        0
    }
}

/// The dot of an abbreviated unit before its place's name, written with or
/// without a space ("TP.Thuận An", "TP. Dĩ An", "Tp. Huế", "TX.Buôn Hồ"): part
/// of the name, not a sentence end.
fn abbreviated_unit_dot(toks: &[Token], dot: usize) -> bool {
    let Some(unit) = dot.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    toks.get(dot).is_some_and(|t| t.is("."))
        && unit.word
        && unit.capital
        && unit.lower.chars().count() <= 2
        // (letters without marks: "Bộ", "Sở" are words, "TP", "Tx" are not)
        && unit.lower.is_ascii()
        && toks.get(dot + 1).is_some_and(|t| t.word && t.capital)
}

/// "P." before initials in capitals at `j` ("P.TC-KH", "P. TN&MT"): an
/// office (Phòng) named in the short form of a district's notices.
fn office_initials(toks: &[Token], j: usize) -> bool {
    toks[j].lower == "p"
        && toks[j].capital
        && toks.get(j + 1).is_some_and(|t| t.is("."))
        && toks.get(j + 2).is_some_and(|t| t.word && t.all_caps)
}

/// A hyphen or an en dash joining two words of a name.
fn is_dash(t: &Token) -> bool {
    t.is("-") || t.is("–")
}

fn is_number(t: &Token) -> bool {
    t.lower.chars().all(|c| c.is_ascii_digit())
}

/// A number in words before units: "UBND hai huyện", "ba xã" ("năm" and
/// "một" left out: a year, an article).
fn counted_units(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    COUNTS.contains(&toks[k].lower.as_str()) && lex.admin_at(toks, k + 1).is_some()
}

/// Counts in words ("năm", five, is left out: it is mostly "year").
const COUNTS: &[&str] = &["hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"];

/// A count in words at `k` before a capitalized head: "hai Ban Quản lý dự
/// án", "ba Sở". (Lower case, "hai ban", is a count of things, not bodies.)
fn counted_heads(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    COUNTS.contains(&toks[k].lower.as_str())
        && !toks[k].all_caps
        && toks.get(k + 1).is_some_and(|t| t.capital && !t.all_caps)
        && lex.opens_head(toks, k + 1)
}

/// A head of `body_head` at `k` longer than the collective of `n` words
/// there, its later words in lower case: "Ban bảo vệ dân phố", "Ban phát
/// triển thôn" are boards of their own, not the kind "ban" before a verb
/// ("bảo vệ", "phát triển").
fn longer_lowercase_head(lex: &Lexicon, toks: &[Token], k: usize, n: usize) -> bool {
    // (Not "Ban Quản lý vịnh …": a capitalized field after the kind is read
    // on as the name's own words.)
    lex.head_at(toks, k).is_some_and(|(h, _)| {
        h > n
            && toks[k + n..k + h]
                .iter()
                .all(|t| t.word && !t.capital && !t.all_caps)
    })
}

/// "số 3" in a name: "Tổ dân phố số 3", "Đội số 1".
fn numbered(toks: &[Token], k: usize) -> bool {
    toks[k].is("số") && toks.get(k + 1).is_some_and(is_number)
}

/// A number at `k` that counts units of time ("báo cáo Giám đốc Sở 6
/// tháng và năm"): a period, never the number of a body named before it.
fn counts_period(toks: &[Token], k: usize) -> bool {
    const PERIOD_UNITS: &[&str] = &["ngày", "tuần", "tháng", "quý", "năm", "giờ"];
    toks.get(k + 1)
        .is_some_and(|n| PERIOD_UNITS.contains(&n.lower.as_str()))
}

/// A head names a body when a name, a place, a number or an abbreviation follows
/// ("Sở Y tế", "UBND tỉnh", "UBND 30 phường"), or when it is an abbreviation itself.
fn names_follow(lex: &Lexicon, toks: &[Token], k: usize, abbrev: bool) -> bool {
    match toks.get(k) {
        None => abbrev,
        Some(t) if t.word => {
            t.capital
                || t.all_caps
                // ("báo cáo Giám đốc Sở 6 tháng và năm": a count of months
                // is a period, no name)
                || is_number(t) && !counts_period(toks, k)
                || counted_units(lex, toks, k)
                || numbered(toks, k)
                || lex.admin_at(toks, k).is_some()
                || lex.compound.match_at(toks, k).is_some()
                || (t.is("các") && lex.admin_at(toks, k + 1).is_some())
                // "Báo và Phát thanh, Truyền hình Nghệ An": a name joined by "và".
                || (va_joins_name(lex, toks, k) && !toks[k + 1].all_caps)
                || (abbrev && lex.stops_name(toks, k))
                || domain_then_scope(lex, toks, k)
        }
        // "Văn phòng - Thống kê": a field joined by a dash.
        Some(t) if is_dash(t) => {
            abbrev
                || toks.get(k + 1).is_some_and(|n| {
                    n.word
                        && n.capital
                        && lex.head_at(toks, k + 1).is_none()
                        && lex.holder.match_at(toks, k + 1).is_none()
                })
        }
        Some(_) => abbrev,
    }
}

/// One to four lowercase words of a field, none a verb, then the unit the
/// body serves: "Tổ công tác trật tự đô thị phường", "Ban quản lý chợ xã".
fn domain_then_scope(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    let mut m = k;
    while m < k + 4 {
        let Some(t) = toks.get(m) else {
            return false;
        };
        if m > k && lex.admin_at(toks, m).is_some() {
            return true;
        }
        if !t.word
            || t.capital
            || t.all_caps
            || lex.verb_at(toks, m).is_some()
            || lex.stops_name(toks, m)
        {
            return false;
        }
        m += 1;
    }
    m > k && lex.admin_at(toks, m).is_some()
}

/// A head of two words or more whose last word governs an object ("Ban
/// Quản lý", "Ban Chỉ đạo") followed by `các` and a lowercase noun: the
/// board of several things ("Ban Quản lý các chợ thành phố", "Ban Chỉ đạo
/// các chương trình mục tiêu quốc gia"). Not a one-word head: "Giao Phòng
/// Nội vụ các nhiệm vụ sau" gives the office tasks.
fn governs_plural_object(lex: &Lexicon, toks: &[Token], head: usize, head_len: usize) -> bool {
    let after = head + head_len;
    head_len >= 2
        && toks[head].is("ban")
        && toks.get(after).is_some_and(|t| t.is("các"))
        && toks.get(after + 1).is_some_and(|t| t.word && !t.all_caps)
        && lex.verb_at(toks, after + 1).is_none()
        && lex.stop.match_at(toks, after + 1).is_none()
}

/// The end of a works package named by its code at `k` ("gói XL-01", "gói
/// thầu số 05", "gói 3"): the code's tokens written together (capitals,
/// digits, `-`, `.`, `/`), which must hold a digit.
fn package_code_end(toks: &[Token], k: usize) -> Option<usize> {
    let mut p = k + 1;
    p += match_seq(toks, p, &[&["thầu", "số"], &["thầu"], &["số"]]);
    let first = toks.get(p)?;
    if !(first.word && (first.all_caps || is_number(first))) {
        return None;
    }
    let mut end = p + 1;
    while let Some(t) = toks.get(end) {
        let joined = t.start == toks[end - 1].end;
        let code_part = t.all_caps || is_number(t) || t.is("-") || t.is(".") || t.is("/");
        if !(joined && code_part) {
            break;
        }
        end += 1;
    }
    // (a code does not end on its joining mark: "gói XL-01." ends the sentence)
    while end > p + 1 && !toks[end - 1].word {
        end -= 1;
    }
    (p..end)
        .any(|q| toks[q].lower.chars().any(|c| c.is_ascii_digit()))
        .then_some(end)
}

/// At a comma at `k` after a bare kind of firms (`kind_peer`, from
/// `start`, lower-case words after it: "Tập đoàn kinh tế"), the length of
/// the bare peer kind after the comma ("Tổng công ty" before "nhà nước" or
/// the predicate, not before a name in capitals).
fn peer_kind_next(lex: &Lexicon, toks: &[Token], start: usize, k: usize) -> Option<usize> {
    let peers = lex.kind_peer?;
    let (n0, _) = peers.match_at(toks, start)?;
    if start + n0 > k || !toks[start + n0..k].iter().all(|t| t.word && !t.capital) {
        return None;
    }
    let (n, _) = peers.match_at(toks, k + 1)?;
    toks.get(k + 1 + n)
        .is_none_or(|t| !(t.word && (t.capital || t.all_caps)))
        .then_some(n)
}

/// After `Ban X các` at `k`, a kind of body in lower case followed by more
/// kinds joined by `,` or `và` ("huyện ủy, thị ủy, thành ủy"): the end of the
/// last kind. `None` unless at least one more kind follows; a kind that stands
/// apart ("chủ đầu tư", `kind_apart`) or has a quantifier of its own ("các
/// doanh nghiệp") is another body.
fn kinds_served_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    let kind_at = |p: usize| {
        toks.get(p)
            .filter(|t| t.word && !t.capital)
            .and_then(|_| lex.collective.match_at(toks, p))
            .filter(|_| lex.kind_apart.is_none_or(|l| l.match_at(toks, p).is_none()))
            // (a kind longer than a unit, "huyện ủy"; not places, "các xã,
            // thị trấn", which are listed as places)
            .filter(|&(n, _)| lex.admin_at(toks, p).is_none_or(|(a, _)| a < n))
            .map(|(n, _)| p + n)
    };
    let mut end = kind_at(k)?;
    let mut more = false;
    while toks.get(end).is_some_and(|t| t.is(",") || t.is("và")) {
        let Some(next) = kind_at(end + 1) else {
            break;
        };
        end = next;
        more = true;
    }
    more.then_some(end)
}

/// A board's head in initials whose long form governs what it manages
/// ("BQLDA" => "Ban Quản lý dự án", "BCĐ" => "Ban Chỉ đạo").
fn abbreviated_board(lex: &Lexicon, t: &Token) -> bool {
    t.all_caps
        && lex.abbreviation.value_of(&t.lower).is_some_and(|v| {
            let v = v.to_lowercase();
            v.starts_with("ban quản lý") || v.starts_with("ban chỉ đạo")
        })
}

/// A board's head that governs what it manages ("Ban Quản lý", "Ban Chỉ
/// đạo") at `head`.
fn governs_object(toks: &[Token], head: usize) -> bool {
    toks[head].is("ban")
        && toks
            .get(head + 1)
            .is_some_and(|t| t.is("quản") || t.is("chỉ"))
}

/// `và các` at `k` adding a second thing a board manages, named up to a
/// proper name right before the predicate ("… Sơn Trà và các bãi biển du
/// lịch Đà Nẵng rà soát …"); not another kind of body ("… và các nhà
/// thầu"). Returns the predicate's index.
fn second_object_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    const MAX_WORDS: usize = 8;
    if !(toks[k].is("và") && toks.get(k + 1).is_some_and(|t| t.is("các"))) {
        return None;
    }
    let first = k + 2;
    if lex.collective.match_at(toks, first).is_some()
        || lex.opens_head(toks, first)
        || lex.admin_at(toks, first).is_some()
    {
        return None;
    }
    // "… Khu kinh tế Nghi Sơn và các khu công nghiệp hỗ trợ …": the zones
    // it also manages, in lower case.
    let zones = lex
        .managed_zone
        .and_then(|l| l.match_at(toks, first))
        .map_or(0, |(n, _)| n);
    if zones > 0 {
        let end = first + zones;
        let ends = toks.get(end).is_none_or(|t| {
            t.is(":") || t.is(",") || t.is(";") || lex.verb_at(toks, end).is_some()
        });
        if ends {
            return Some(end);
        }
    }
    let mut m = first;
    while m < first + MAX_WORDS && toks.get(m).is_some_and(|t| t.word) {
        if m > first + 1 && toks[m - 1].capital && lex.verb_at(toks, m).is_some() {
            return Some(m);
        }
        if !toks[m].capital && lex.stop.match_at(toks, m).is_some() {
            return None;
        }
        m += 1;
    }
    // (or the end of a heading: "2.2. Ban Quản lý … và các Khu công nghiệp
    // Quảng Ngãi:")
    let heading_end = toks.get(m).is_none_or(|t| t.is(":") || t.is("*"));
    (heading_end && m > first + 1 && toks[m - 1].capital).then_some(m)
}

/// `và` at `k` joins two words of one name ("Tài nguyên và Môi trường"): a
/// capitalized word follows that opens no body, office or place.
fn va_joins_name(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    toks[k].is("và")
        && toks.get(k + 1).is_some_and(|n| n.word && n.capital)
        && !lex.opens_head(toks, k + 1)
        && lex.holder.match_at(toks, k + 1).is_none()
        && lex.admin_at(toks, k + 1).is_none()
}

/// `và` at `k` inside a name, before a capitalized head named by nothing
/// after it (`bare_head_field`: "Cục Lâm nghiệp và Kiểm lâm thuộc Bộ").
/// Returns the head's length.
fn va_joins_field(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    if !(toks[k].is("và")
        && toks
            .get(k + 1)
            .is_some_and(|n| n.word && n.capital && !n.all_caps)
        && lex.holder.match_at(toks, k + 1).is_none()
        && lex.admin_at(toks, k + 1).is_none())
    {
        return None;
    }
    bare_head_field(lex, toks, k + 1)
}

/// A head at `p` named by nothing after it (no name, no unit: "Kiểm lâm"
/// before "thuộc Bộ" or the predicate): after `và` inside a name ("Cục Lâm
/// nghiệp và Kiểm lâm") it is the name's second field, no body of its own.
fn bare_head_field(lex: &Lexicon, toks: &[Token], p: usize) -> Option<usize> {
    // ("… và Phòng, chống thiên tai": a field, `not_body`, read on as one)
    if lex.in_phrase(lex.not_body, toks, p) {
        return None;
    }
    let (n, _) = lex.head_at(toks, p)?;
    // (Only the predicate, "thuộc" or punctuation after it: a head before
    // lower-case words is named by them, "Ban quản lý rừng phòng hộ Đăk
    // Ang", "Hợp tác xã chè Tân Phú Hạ".)
    let trade = |q: usize| {
        lex.brand_trade.and_then(|l| l.match_at(toks, q)).is_some()
            || lex.firm_trade.and_then(|l| l.match_at(toks, q)).is_some()
    };
    let bare = toks.get(p + n).is_none_or(|t| {
        !t.word
            || t.is("thuộc")
            || (!t.capital
                && !t.all_caps
                && (lex.verb_at(toks, p + n).is_some() || lex.role_cue_at(toks, p + n))
                && !trade(p + n))
    });
    bare.then_some(n)
}

/// `và` at `k`, inside the lowercase words of a name, joins the few lowercase
/// words after it when a verb follows them: the verb is the predicate, so
/// they cannot be a second task ("… hạ tầng và phát triển đô thị đẩy
/// nhanh …"). The first word may be a verb itself. Returns the verb's index.
fn va_joins_lowercase_name(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    // ("… nhà và thị trường bất động sản tổng hợp …": five words, then the verb)
    const MAX_WORDS: usize = 6;
    // (`k` may be the end of the tokens: a name running to the end of the
    // text, "… Sở KH&CN" on the last line)
    if !toks.get(k).is_some_and(|t| t.is("và")) {
        return None;
    }
    let plain = |m: usize| {
        toks.get(m).is_some_and(|t| {
            t.word
                && !t.capital
                && !t.all_caps
                // ("môi trường" holds "trường" but opens no school)
                && !lex.opens_head(toks, m)
                && (lex.collective.match_at(toks, m).is_none()
                    || lex.in_phrase(lex.not_body, toks, m))
                && lex.admin_at(toks, m).is_none()
                && lex.assign.match_at(toks, m).is_none()
                && lex.direct.match_at(toks, m).is_none()
                && lex.cooperate.match_at(toks, m).is_none()
        })
    };
    // The first word is the name's whatever it is; a verb from the second on
    // ends it.
    let first_len = lex.verb_at(toks, k + 1).unwrap_or(1);
    if !(k + 1..k + 1 + first_len).all(plain) {
        return None;
    }
    let predicate =
        |m: usize| lex.verb_at(toks, m).is_some() || lex.cooperate.match_at(toks, m).is_some();
    let mut m = k + 1 + first_len;
    // (The predicate may be a cue that is no plain word: "Tổng công ty Đầu
    // tư và kinh doanh vốn nhà nước phối hợp với …".)
    while m <= k + MAX_WORDS && (plain(m) || m > k + 1 + first_len && predicate(m)) {
        if predicate(m) {
            return Some(m);
        }
        m += 1;
    }
    // "… và cụm công nghiệp huyện phối hợp …", "… và công nghiệp Cần Thơ
    // phối hợp …": the name's scope or proper name before the verb.
    let start = m;
    if let Some((n, _)) = lex.admin_at(toks, m) {
        m += n;
    }
    while toks.get(m).is_some_and(|t| t.word && t.capital) {
        m += 1;
    }
    if m > start && predicate(m) {
        return Some(m);
    }
    // "… Trung tâm Quan trắc tài nguyên và môi trường" as a table's cell or
    // a heading: the name runs to the end of the text or to its colon.
    let closes = |m: usize| toks.get(m).is_none_or(|t| t.is(":"));
    (m > k + 1 && closes(m)).then_some(m)
}

/// The comma at `k` inside a named body's lower-case fields ("Phòng Kinh tế,
/// hạ tầng và đô thị", "… Thiết bị trường học, đồ chơi trẻ em", "Ban Chỉ đạo
/// phòng, chống lụt, bão Trung ương"): at most six plain lower-case words
/// (`và` among them) after it, then a predicate, a place or a capitalized
/// word that opens no other body. The fields before the comma are lower-case
/// words of the name (`own_lowercase`), or the run after it holds `và`
/// (not a task: "Sở Y tế, hằng tháng báo cáo" stops at a time word). Returns
/// where the name goes on (at the predicate, the name ends there).
fn lowercase_fields_after_comma(
    lex: &Lexicon,
    toks: &[Token],
    k: usize,
    own_lowercase: bool,
) -> Option<usize> {
    const MAX_WORDS: usize = 6;
    let plain = |m: usize| {
        toks.get(m).is_some_and(|t| {
            t.word
                && !t.capital
                && !t.all_caps
                && !lex.opens_head(toks, m)
                && lex.collective.match_at(toks, m).is_none()
                && lex.admin_at(toks, m).is_none()
                && lex.holder.match_at(toks, m).is_none()
                && lex.modifier.match_at(toks, m).is_none()
                && !lex.stops_name(toks, m)
        })
    };
    let mut m = k + 1;
    let mut words = 0;
    let mut with_va = false;
    while words < MAX_WORDS {
        if plain(m) {
            words += 1;
            m += 1;
        } else if words > 0 && toks.get(m).is_some_and(|t| t.is("và")) && plain(m + 1) {
            with_va = true;
            m += 1;
        } else {
            break;
        }
    }
    if words == 0 || !(own_lowercase || with_va) {
        return None;
    }
    let t = toks.get(m)?;
    let predicate = lex.verb_at(toks, m).is_some()
        || lex.assign.match_at(toks, m).is_some()
        || lex.cooperate.match_at(toks, m).is_some();
    let named_on = t.word
        && (t.capital || t.all_caps)
        && !lex.opens_head(toks, m)
        && lex.holder.match_at(toks, m).is_none();
    (predicate || named_on || lex.admin_at(toks, m).is_some()).then_some(m)
}

/// After a collective at `k`, the chain goes on only at a comma or `và` + collective, or ends.
fn is_bare_collective_end(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    match toks.get(k) {
        None => true,
        Some(t) if !t.word => true,
        Some(_) => lex.stops_name(toks, k) || lex.modifier.match_at(toks, k).is_some(),
    }
}

/// The head that places listed after `prev` share with it: the head the
/// places of `prev` were given, else the one printed before its place
/// ("UBND" of "UBND thị xã Đức Phổ").
fn shared_head(
    lex: &Lexicon,
    toks: &[Token],
    prev: Option<&Mention>,
    list_head: &mut Option<String>,
) -> Option<String> {
    let prev = prev?;
    list_head
        .take()
        .or_else(|| head_before_place(lex, toks, prev))
}

/// Gives `places` the shared `head`, before the unit each brings ("UBND" +
/// "huyện" of "… và huyện Nghi Lộc").
fn give_head(places: &mut [Mention], head: &str) {
    for place in places {
        place.implied_head = Some(match place.implied_head.take() {
            Some(unit) if !unit.is_empty() => format!("{head} {unit}"),
            _ => head.to_string(),
        });
        place.collective = false;
    }
}

/// A list of bodies joined by `,`, `;`, `và`, `/` starting at `i`.
pub fn body_list_at(lex: &Lexicon, toks: &[Token], i: usize) -> (Vec<Mention>, usize) {
    let mut out: Vec<Mention> = Vec::new();
    // The head shared by the places of the last mention, when it listed
    // several ("UBND" of "UBND các xã A, B").
    let mut list_head: Option<String> = None;
    let mut k = i;
    // The council of delegates closing the list, whose level may be the
    // whole list's (see `council_level_to_list`).
    let mut delegates_council: Option<Range<usize>> = None;
    // "Đề nghị: Hiệp hội …" — a colon may sit between the cue and the bodies.
    if toks.get(k).is_some_and(|t| t.is_punct(':')) {
        k += 1;
        // … and a quote opening the words reported: `nhấn mạnh: "Các chủ
        // đầu tư phải …"`.
        if toks
            .get(k)
            .is_some_and(|t| t.is_punct('"') || t.is_punct('“'))
        {
            k += 1;
        }
    }
    loop {
        // "các trường Mầm non A, Tiểu học B": units of one kind named one by one.
        if let Some((items, end)) = named_units_at(lex, toks, k) {
            out.extend(items);
            list_head = None;
            k = end;
            if another_body_follows(lex, toks, k) {
                k += 1;
                continue;
            }
            break;
        }
        let Some(m) = body_at(lex, toks, k) else {
            break;
        };
        k = m.toks.end;
        // "Các bệnh viện tuyến thành phố như Bệnh viện A, Bệnh viện B sẵn
        // sàng …": examples of the kind; the body is the kind.
        let kind = m.collective || m.plural || toks[m.toks.start].is_plural_marker();
        if kind && toks.get(k).is_some_and(|t| t.is("như")) {
            let (examples, end) = body_list_at(lex, toks, k + 1);
            if !examples.is_empty() {
                k = end;
            }
        }
        // "các đơn vị sau: Sở Tài chính, Sở Xây dựng": the bodies listed.
        if m.collective {
            let after_word = k + match_seq(toks, k, &[&["sau", "đây"], &["sau"]]);
            if after_word > k && toks.get(after_word).is_some_and(|t| t.is_punct(':')) {
                let (listed, end) = body_list_at(lex, toks, after_word + 1);
                if !listed.is_empty() && listed.iter().all(|b| !b.collective) {
                    out.extend(listed);
                    k = end;
                    break;
                }
            }
        }
        let collective = m.collective;
        let head_word = (m.toks.start..m.toks.end)
            .find(|&p| {
                // "bộ" quantifies only in "toàn bộ"; "các Bộ: …" is the head.
                let quantifier = QUANTIFIER_WORDS.contains(&toks[p].lower.as_str())
                    && !(toks[p].is("bộ") && !(p > 0 && toks[p - 1].is("toàn")));
                !quantifier && lex.collective.match_at(toks, p).is_some()
            })
            .map(|p| {
                // "Các Chi cục: Kiểm lâm, Thú y", "các Trung tâm: Y tế": a
                // head of two words or more stays whole when the kind opens
                // with it.
                let kind = lex.collective.match_at(toks, p).map_or(1, |(n, _)| n);
                let n = lex
                    .head
                    .match_at(toks, p)
                    .map_or(1, |(n, _)| n)
                    .min(kind)
                    .max(1);
                let words: Vec<&str> = toks[p..p + n]
                    .iter()
                    .take_while(|t| t.word)
                    .map(|t| t.lower.as_str())
                    .collect();
                if words.is_empty() {
                    toks[p].lower.to_string()
                } else {
                    words.join(" ")
                }
            });
        let (m_start, m_end, m_plural) = (m.toks.start, m.toks.end, m.plural);
        // "UBND các huyện: Quản Bạ, Yên Minh" — one body per place, under the
        // body's name without `các`.
        let mut listed = false;
        if m.plural && toks.get(k).is_some_and(|t| t.is_punct(':')) {
            if let Some(mut items) = places_under(lex, toks, &m, k + 1) {
                // "UBND thành phố Vinh, các thị xã: Cửa Lò, Hoàng Mai": the
                // places listed after the first share its head too.
                let bare_units = toks[m.toks.start].is("các")
                    && lex
                        .admin_at(toks, m.toks.start + 1)
                        .is_some_and(|(n, _)| m.toks.start + 1 + n == m.toks.end);
                let prev = out.last().filter(|_| bare_units);
                if let Some(head) = shared_head(lex, toks, prev, &mut list_head) {
                    give_head(&mut items, &head);
                }
                k = items.last().map_or(k, |p| p.toks.end);
                out.extend(items);
                listed = true;
            }
        }
        if !listed {
            // "UBND thị xã Đức Phổ và các huyện Mộ Đức, Tư Nghĩa": the places
            // after the first share its head.
            // ("UBND các xã Hựu Thạnh, Đức Hòa Hạ và thị trấn Đức Hòa": the
            // head of a list of places too.)
            // ("UBND các thị xã A, B và các huyện:", "… và các xã còn lại":
            // a plural unit closing the list is the organ's too.)
            // (Only after places listed under one printed head: "Công an
            // phường, các tổ dân phố" are two.)
            let trailing_units = list_head.is_some()
                && plural_units_closing(lex, toks, &m)
                && out.last().is_some_and(|p| p.toks.end + 1 == m.toks.start)
                && (toks[m.toks.start - 1].is(",") || toks[m.toks.start - 1].is("và"));
            let prev = out
                .last()
                .filter(|_| starts_with_place(lex, toks, &m) || trailing_units);
            let shared_head = shared_head(lex, toks, prev, &mut list_head);
            let mut m = m;
            if trailing_units && shared_head.is_some() {
                // (printed with its `các`: "UBND các huyện")
                m.name.start = toks[m.toks.start].start;
            }
            let first_new = out.len();
            match places_in_name(lex, toks, &m) {
                Some((places, head)) => {
                    out.extend(places);
                    list_head = Some(head).filter(|h| !h.is_empty());
                }
                None => {
                    out.push(m);
                    list_head = None;
                }
            }
            if let Some(head) = shared_head {
                give_head(&mut out[first_new..], &head);
            }
        }
        // "các Sở Tài chính, Xây dựng" (no colon): a kind's head in capitals
        // after "các", over domains set apart by commas, names one body per
        // domain ("Sở Văn hóa, Thể thao và Du lịch" stays whole, a
        // `domain_with_comma`).
        if !listed && m_plural && toks[m_start].is("các") {
            let head_at = m_start + 1;
            let single_head = lex
                .collective
                .match_at(toks, head_at)
                .is_some_and(|(n, _)| n == 1);
            let comma_inside = (head_at + 2..m_end.saturating_sub(1))
                .any(|q| toks[q].is(",") && toks[q + 1].capital && !lex.opens_head(toks, q + 1));
            if single_head
                && toks[head_at].capital
                && toks.get(head_at + 1).is_some_and(|t| t.capital)
                && comma_inside
            {
                if let Some(head) = &head_word {
                    let (items, after) = distributed_items(lex, toks, head_at + 1, head);
                    if items.len() >= 2 && after >= m_end {
                        out.pop();
                        out.extend(items);
                        k = after;
                        listed = true;
                    }
                }
            }
        }
        // "các sở, ngành: Tài chính; Xây dựng" — one body per name, under the kind's head.
        if !listed
            && collective
            && toks.get(k).is_some_and(|t| t.is_punct(':'))
            && toks.get(k + 1).is_some_and(|t| t.capital)
        {
            if let Some(head) = head_word {
                let (items, after) = distributed_items(lex, toks, k + 1, &head);
                if !items.is_empty() {
                    out.pop();
                    out.extend(items);
                    k = after;
                    // "… và các địa phương liên quan" may follow the list.
                    listed = true;
                }
            }
        }
        // "Các sở, ban, ngành có nguồn thu phí, lệ phí và Chủ tịch UBND các
        // quận, huyện:": a kind narrowed by a relative clause on "có" keeps
        // it up to the next body of the list or the colon.
        if !listed {
            if let Some(end) = relative_clause_to_list_end(lex, toks, k) {
                if let Some(last) = out.last_mut().filter(|m| m.collective && m.toks.end == k) {
                    last.toks.end = end;
                    last.name.end = toks[end - 1].end;
                    k = end;
                }
            }
            // "UBND các xã bị ảnh hưởng tổng hợp …", "các tỉnh từ A đến B:":
            // a kind of body, or several of one, narrowed by a clause.
            // (Not bare places, "Đối với các tỉnh chưa có dịch:", a topic.)
            let bare_place = |m: &Mention| {
                let mut p = m.toks.start;
                while p < m.toks.end && QUANTIFIER_WORDS.contains(&toks[p].lower.as_str()) {
                    p += 1;
                }
                lex.admin_at(toks, p)
                    .is_some_and(|(n, _)| p + n >= m.toks.end)
            };
            let several = |m: &Mention| {
                !bare_place(m)
                    && (m.collective
                        || m.plural
                        || (m.toks.clone()).any(|q| toks[q].is_plural_marker()))
            };
            // ("Các xã có điểm du lịch xây dựng hương ước …": several places
            // of one level narrowed by what they have, then their task, are
            // doers too; not a topic, "Đối với các tỉnh có dịch:")
            let narrowed_places = |m: &Mention| {
                bare_place(m)
                    && toks.get(k).is_some_and(|t| t.is("có"))
                    && (m.toks.clone()).any(|q| toks[q].is_plural_marker())
            };
            // ("Các khối phố trong Khu phố cổ", "các thôn trong vùng lõi …":
            // places of one level narrowed by the zone they lie in.)
            let zoned_places = |m: &Mention| {
                bare_place(m)
                    && in_zone_at(toks, k)
                    && (m.toks.clone()).any(|q| toks[q].is_plural_marker())
            };
            if let Some(last) = out.last_mut().filter(|m| {
                m.toks.end == k && (several(m) || narrowed_places(m) || zoned_places(m))
            }) {
                let places = !several(last);
                let zone = in_zone_at(toks, k);
                if let Some(end) = narrowing_clause_end(lex, toks, k).filter(|&e| {
                    !places || toks.get(e).is_some_and(|t| t.word) || (zone && e == toks.len())
                }) {
                    last.toks.end = end;
                    // ("UBND các xã có dịch (Đồng Lạc, Tân Sỏi) thành lập …":
                    // the name ends before the places in brackets.)
                    let name_last = if toks[end - 1].is_punct(')') {
                        (k + 1..end - 1)
                            .rfind(|&q| toks[q].is_punct('('))
                            .map_or(end - 1, |q| q - 1)
                    } else {
                        end - 1
                    };
                    last.name.end = toks[name_last].end;
                    k = end;
                }
            }
            // "các chủ đầu tư có dự án chậm triển khai báo cáo …": a clause on
            // "có" begun inside the name goes on with how its object fares
            // (late, not yet, under way, then a verb; "chậm tiến độ", "được
            // giao vốn năm 2026": a few more plain words) before the predicate.
            if let Some(last) = out.last_mut().filter(|m| {
                m.collective && m.toks.end == k && (m.toks.start + 1..k).any(|q| toks[q].is("có"))
            }) {
                if let Some(after) = clause_fare_end(lex, toks, k) {
                    last.toks.end = after;
                    last.name.end = toks[after - 1].end;
                    k = after;
                }
            }
            // "các công ty TNHH một thành viên do UBND tỉnh làm chủ sở hữu",
            // "các doanh nghiệp nhà nước do Sở Xây dựng quản lý": a firm
            // narrowed by its owner keeps the clause up to the verb.
            if let Some(last) = out.last_mut().filter(|m| {
                m.toks.end == k
                    && (m.toks.start..k)
                        .any(|q| match_seq(toks, q, &[&["công", "ty"], &["doanh", "nghiệp"]]) == 2)
            }) {
                if let Some(end) = owner_clause_end(lex, toks, k) {
                    last.toks.end = end;
                    last.name.end = toks[end - 1].end;
                    k = end;
                }
            }
        }
        // "Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn …": the initials of
        // the name just read, in brackets, before the next body of the list.
        if toks.get(k).is_some_and(|t| t.is_punct('('))
            && toks.get(k + 1).is_some_and(|t| t.word && t.all_caps)
            && toks.get(k + 2).is_some_and(|t| t.is_punct(')'))
            && (another_body_follows(lex, toks, k + 3)
                // "Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các đơn vị …": the
                // initials the notice will use, then the body's request or
                // verb (read at the bracket, the name would end a label).
                || lex.assign.match_at(toks, k + 3).is_some()
                || lex.direct.match_at(toks, k + 3).is_some())
        {
            k += 3;
        }
        // "Các Hội đoàn thể huyện (Liên đoàn Lao động, Hội Nông dân, Huyện
        // đoàn)": a kind, then its members named in brackets: the members.
        if !listed && toks.get(k).is_some_and(|t| t.is_punct('(')) {
            if let Some((members, close)) = out
                .last()
                .filter(|m| m.toks.end == k && (m.collective || m.plural))
                .filter(|m| {
                    lex.bracket_members
                        .is_none_or(|l| m.toks.clone().any(|p| l.match_at(toks, p).is_some()))
                })
                .and_then(|_| members_in_brackets(lex, toks, k))
            {
                out.pop();
                out.extend(members);
                k = close + 1;
            }
        }
        // "UBND các huyện ven biển (Nghi Xuân, …, Kỳ Anh), thị xã Kỳ Anh:":
        // the list goes on after an aside in brackets.
        if let Some(close) = bracket_then_more(lex, toks, k) {
            if !out.is_empty() {
                k = close + 1;
            }
        }
        // "Ban Quản lý chợ Vườn Hoa, chợ Điện Biên": another place of the
        // kind the body's name ends with, under the same head.
        if !listed {
            while let Some(peer) = out.last().and_then(|m| same_kind_peer(lex, toks, m, k)) {
                k = peer.toks.end;
                out.push(peer);
            }
        }
        let Some(t) = toks.get(k) else { break };
        let sep = t.is(",") || t.is(";") || t.is("và") || t.is("/") || t.is("hoặc");
        if sep && body_at(lex, toks, k + 1).is_some() {
            k += 1;
            continue;
        }
        // "Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND
        // thành phố tăng cường …": a council's members, people listed with
        // its bodies, are no body; the list reads past them to its verb.
        if sep && match_seq(toks, k + 1, &[&["đại", "biểu"]]) == 2 {
            if let Some(council) = body_at(lex, toks, k + 3) {
                k = council.toks.end;
                delegates_council = Some(council.toks.clone());
                if another_body_follows(lex, toks, k) {
                    k += 1;
                    continue;
                }
                break;
            }
        }
        // "bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế, giám đốc Sở Y tế …":
        // words describing the body before the next one in the list.
        if !sep && !listed {
            if let Some(next) = attributive_end(lex, toks, k) {
                if let Some(last) = out.last_mut() {
                    last.name.end = toks[next - 1].end;
                    last.toks.end = next;
                }
                k = next;
                if body_at(lex, toks, k + 1).is_some() {
                    k += 1;
                    continue;
                }
            }
        }
        break;
    }
    council_parts(lex, toks, &mut out);
    if let Some(c) = delegates_council {
        council_level_to_list(lex, toks, c, &mut out);
    }
    (out, k)
}

/// "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các Tổ đại
/// biểu và đại biểu Hội đồng nhân dân tỉnh": the level named once, after
/// the delegates that close the list (`council`, their council's tokens),
/// is every listed council's ("Thường trực Hội đồng nhân dân tỉnh", "Ban
/// Hội đồng nhân dân tỉnh"). Only bodies whose name ends on the bare
/// council, with no level of its own, take it.
fn council_level_to_list(
    lex: &Lexicon,
    toks: &[Token],
    council: Range<usize>,
    out: &mut [Mention],
) {
    let council_len = |p: usize| {
        if toks[p].is("hđnd") {
            1
        } else if match_seq(toks, p, &[&["hội", "đồng", "nhân", "dân"]]) == 4 {
            4
        } else {
            0
        }
    };
    let Some(cw) = council.clone().find(|&p| council_len(p) > 0) else {
        return;
    };
    let bare_end = cw + council_len(cw);
    // The level right after the council, ending the delegates' body.
    if bare_end >= council.end || lex.admin_at(toks, bare_end).is_none() {
        return;
    }
    for m in out.iter_mut() {
        // (The name's own tokens: a council's part given the council's name
        // by `council_parts` names words outside its mention.)
        let words: Vec<usize> = (tok_at_byte(toks, m.name.start)..toks.len())
            .take_while(|&p| toks[p].end <= m.name.end)
            .collect();
        let Some(q) = words.iter().position(|&p| council_len(p) > 0) else {
            continue;
        };
        if q + council_len(words[q]) != words.len() {
            continue;
        }
        let mut head: Vec<String> = m.implied_head.iter().cloned().collect();
        head.extend(words[..q].iter().map(|&p| display_word(&toks[p])));
        if head.is_empty() {
            continue;
        }
        m.implied_head = Some(head.join(" "));
        m.name = toks[cw].start..toks[council.end - 1].end;
    }
}

/// A list separator (",", ";", "và") at `k` followed by another body: the
/// list of bodies read so far goes on.
fn another_body_follows(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.is(",") || t.is(";") || t.is("và"))
        && body_at(lex, toks, k + 1).is_some()
}

/// At `i`, a kind of unit (`unit_named`) then two or more names of such
/// units, each in capitals, some or all opening with a level of the kind
/// (`kind_level`): "các trường Mầm non A, Tiểu học B, THCS C" → "Trường
/// Mầm non A", "Trường Tiểu học B", "Trường THCS C"; "các trường THCS A, B"
/// → "Trường THCS A", "Trường THCS B"; "các HTX Nông nghiệp A và Dịch vụ
/// chăn nuôi B" → "HTX Nông nghiệp A", "HTX Dịch vụ chăn nuôi B". A name
/// with "và" inside ("Nông nghiệp và Dịch vụ A") splits only where the part
/// before is complete: a trade then a proper name of two words or more, or
/// a level opens the next.
fn named_units_at(lex: &Lexicon, toks: &[Token], i: usize) -> Option<(Vec<Mention>, usize)> {
    let kinds = lex.unit_named?;
    let mut j = i;
    if toks.get(j)?.is_plural_marker() {
        j += 1;
    }
    let (h, entry) = kinds.match_at(toks, j)?;
    // A kind valued `shared` (a firm: "Các Công ty Điện lực A, B"): the
    // later names share the first name's words before its proper name
    // ("Công ty Điện lực B"), and a trade's lower-case run may be longer
    // ("Khai thác công trình thủy lợi Bắc Thái Bình, Nam Thái Bình").
    let shared = entry.value.as_deref() == Some("shared");
    if shared && j == i {
        // One firm's name may hold a comma: only "các Công ty" lists.
        return None;
    }
    let max_lower = if shared { 6 } else { 3 };
    // The kind's words as printed ("Đồn Biên phòng", "trường" → "Trường").
    let head_words: Vec<String> = toks[j..j + h].iter().map(display_word).collect();
    let head = capitalize(&head_words.join(" "));
    let level_at = |k: usize| {
        lex.kind_level
            .and_then(|l| l.match_at(toks, k))
            .map(|(n, _)| n)
            .filter(|&n| toks.get(k + n).is_some_and(|t| t.word && t.capital))
    };
    let mut k = j + h;
    // (start of the item, its level's range, the name's start)
    let mut items: Vec<(usize, Option<Range<usize>>, usize)> = Vec::new();
    let mut level: Option<Range<usize>> = None;
    let mut item_start = k;
    let mut own_level = false;
    let mut name_start;
    'items: loop {
        if let Some(n) = level_at(k) {
            level = Some(k..k + n);
            own_level = true;
            k += n;
        }
        name_start = k;
        loop {
            // A proper name: capitalized words, a trade's lower-case
            // syllables after its first word ("Dịch vụ chăn nuôi B"), an
            // administrative unit before a name ("xã A").
            let mut caps = 0;
            let mut lower_then_caps = false;
            let mut lower_run = 0;
            let mut any_lower = false;
            while let Some(t) = toks.get(k).filter(|t| t.word) {
                // (In a heading in capitals, "VÀ" still joins two names:
                // "CÁC TRƯỜNG THPT, PT DTNT TỈNH VÀ TRUNG TÂM GDNN-GDTX".)
                if (t.capital || t.all_caps) && !t.is("và") {
                    caps += 1;
                    if any_lower {
                        lower_then_caps = true;
                    }
                    lower_run = 0;
                    k += 1;
                } else if caps > 0 && t.is("số") && toks.get(k + 1).is_some_and(is_number) {
                    // a name's number: "Cao đẳng nghề Việt Xô số 1"
                    k += 2;
                } else if k > name_start
                    && lower_run < max_lower
                    && !t.is("và")
                    && !t.is("các")
                    && !t.is("với")
                    && (!lex.role_cue_at(toks, k)
                        // "công trình" of a firm's trade ("trình" submits
                        // elsewhere).
                        || (shared
                            && lex.name_compound.is_some_and(|l| {
                                l.match_at(toks, k - 1).is_some_and(|(n, _)| n > 1)
                            })))
                    && {
                        let mut q = k;
                        while toks
                            .get(q)
                            .is_some_and(|t| t.word && !t.capital && !t.all_caps && !t.is("và"))
                            && q < k + max_lower
                        {
                            q += 1;
                        }
                        toks.get(q)
                            .is_some_and(|t| t.word && (t.capital || t.all_caps))
                            && (lex.admin_at(toks, k).is_some() || !lex.opens_head(toks, q))
                    }
                {
                    lower_run += 1;
                    any_lower = true;
                    k += 1;
                } else {
                    break;
                }
            }
            if caps == 0 {
                return None;
            }
            // "các trường THPT, PT DTNT tỉnh": a name may end on the level
            // it serves, in lower case, with no place's name after it.
            if let Some((n, _)) = lex.admin_at(toks, k) {
                if !toks
                    .get(k + n)
                    .is_some_and(|t| t.word && (t.capital || t.all_caps))
                {
                    k += n;
                }
            }
            // "Nông nghiệp và Dịch vụ A": one name, unless the part before
            // is complete.
            if toks.get(k).is_some_and(|t| t.is("và"))
                && toks.get(k + 1).is_some_and(|t| t.word && t.capital)
                && !lex.opens_head(toks, k + 1)
            {
                // A proper name only (no trade's lower-case words) after a
                // level or after a comma: "THPT A, B và C", "Đồn Biên
                // phòng A, B và C" — the "và" ends the list.
                let complete = (lower_then_caps && caps >= 3)
                    || level_at(k + 1).is_some()
                    || (!any_lower && (level.is_some() || !items.is_empty()));
                if !complete {
                    k += 1;
                    continue;
                }
            }
            break;
        }
        items.push((
            item_start,
            if own_level { None } else { level.clone() },
            name_start,
        ));
        let sep = toks
            .get(k)
            .is_some_and(|t| t.is(",") || t.is(";") || t.is("và"));
        let next = toks.get(k + 1);
        if sep
            && next.is_some_and(|t| t.word && (t.capital || t.all_caps))
            && (!lex.opens_head(toks, k + 1) || level_at(k + 1).is_some())
        {
            k += 1;
            item_start = k;
            own_level = false;
            continue 'items;
        }
        break;
    }
    if items.len() < 2 {
        return None;
    }
    let ends: Vec<usize> = items
        .iter()
        .skip(1)
        .map(|&(s, _, _)| s - 1)
        .chain(std::iter::once(k))
        .collect();
    // For a `shared` kind, the words of the first name before as many
    // words as a later name has, when they stop before its last capitalized
    // run ("Cổ phần Cấp nước" of "Cổ phần Cấp nước Hà Nam" for "Nam Định").
    let first_name = items[0].2..ends[0];
    let shared_prefix = |len: usize| -> Option<String> {
        if !shared || first_name.len() <= len {
            return None;
        }
        let cut = first_name.end - len;
        if !toks[cut..first_name.end]
            .iter()
            .all(|t| t.word && (t.capital || t.all_caps))
        {
            return None;
        }
        let words: Vec<String> = toks[first_name.start..cut]
            .iter()
            .map(display_word)
            .collect();
        Some(format!("{head} {}", words.join(" ")))
    };
    let out = items
        .iter()
        .zip(ends)
        .enumerate()
        .map(|(n, (&(start, ref inherited, _), end))| {
            let shared = if n > 0 {
                shared_prefix(end - start)
            } else {
                None
            };
            let implied = match (shared, inherited) {
                (Some(prefix), _) => prefix,
                (None, Some(r)) => {
                    let words: Vec<String> = toks[r.clone()].iter().map(display_word).collect();
                    format!("{head} {}", words.join(" "))
                }
                (None, None) => head.clone(),
            };
            Mention {
                toks: if start == j + h { i } else { start }..end,
                name: toks[start].start..toks[end - 1].end,
                implied_head: Some(implied),
                collective: false,
                plural: false,
            }
        })
        .collect();
    Some((out, k))
}

/// At `open`, a bracket holding only bodies named in full, two or more
/// ("(Liên đoàn Lao động, Hội Nông dân, Huyện đoàn)"): those bodies and the
/// bracket's close.
fn members_in_brackets(
    lex: &Lexicon,
    toks: &[Token],
    open: usize,
) -> Option<(Vec<Mention>, usize)> {
    let (members, close) = body_list_at(lex, toks, open + 1);
    let whole = toks.get(close).is_some_and(|t| t.is_punct(')'))
        && members.first().is_some_and(|m| m.toks.start == open + 1)
        && members.len() >= 2
        && members.iter().all(|m| !m.collective && !m.plural);
    whole.then_some((members, close))
}

/// At `open`, an aside in brackets (a few words, no clause) followed by a
/// comma or `và` and another body: the bracket's close.
fn bracket_then_more(lex: &Lexicon, toks: &[Token], open: usize) -> Option<usize> {
    if !toks.get(open).is_some_and(|t| t.is_punct('(')) {
        return None;
    }
    let close = (open + 1..toks.len().min(open + 24))
        .take_while(|&m| !toks[m].is_punct('(') && !toks[m].is(";") && !toks[m].is_punct(':'))
        .find(|&m| toks[m].is_punct(')'))?;
    let joined = toks.get(close + 1).is_some_and(|t| t.is(",") || t.is("và"));
    (joined && body_at(lex, toks, close + 2).is_some()).then_some(close)
}

/// After a named body whose name ends with a lower-case kind of place and
/// its proper name ("Ban Quản lý chợ Vườn Hoa"), at the separator `k`: the
/// same kind again with another proper name ("…, chợ Điện Biên") is a peer
/// under the words before the kind ("Ban Quản lý chợ Điện Biên").
fn same_kind_peer(lex: &Lexicon, toks: &[Token], m: &Mention, k: usize) -> Option<Mention> {
    if m.collective || m.plural || !toks.get(k).is_some_and(|t| t.is(",") || t.is("và")) {
        return None;
    }
    let kind = toks
        .get(k + 1)
        .filter(|t| t.word && !t.capital && !t.all_caps)?;
    let proper = |p: usize| {
        toks.get(p)
            .is_some_and(|t| t.word && t.capital && !t.all_caps)
    };
    if !proper(k + 2)
        || lex.opens_head(toks, k + 1)
        || lex.admin_at(toks, k + 1).is_some()
        || lex.collective.match_at(toks, k + 1).is_some()
        || lex.stops_name(toks, k + 1)
    {
        return None;
    }
    let name_start = tok_at_byte(toks, m.name.start);
    let name_end = tok_at_byte(toks, m.name.end);
    // The kind, inside the name, right before its proper name to the end.
    let at = (name_start + 2..name_end.saturating_sub(1))
        .rev()
        .find(|&p| toks[p].lower == kind.lower && (p + 1..name_end).all(proper))?;
    let mut end = k + 2;
    while proper(end) && lex.holder.match_at(toks, end).is_none() && !lex.opens_head(toks, end) {
        end += 1;
    }
    if end == k + 2 || end - (k + 2) > 4 {
        return None;
    }
    let mut head: Vec<String> = m.implied_head.iter().cloned().collect();
    head.extend(toks[name_start..at].iter().map(display_word));
    Some(Mention {
        toks: k + 1..end,
        name: toks[k + 1].start..toks[end - 1].end,
        implied_head: Some(head.join(" ")),
        collective: false,
        plural: false,
    })
}

/// "Thường trực HĐND tỉnh, các Ban, các Tổ đại biểu …": the parts of a
/// council listed after it without a name of their own (after `các`, no
/// capitalized name word nor place) are that council's: each takes the
/// council's name ("Ban HĐND tỉnh", "Tổ đại biểu HĐND tỉnh").
fn council_parts(lex: &Lexicon, toks: &[Token], out: &mut [Mention]) {
    let mut council: Option<Range<usize>> = None;
    for m in out.iter_mut() {
        let words: Vec<usize> = (m.toks.clone())
            .filter(|&p| toks[p].start >= m.name.start && toks[p].end <= m.name.end)
            .collect();
        let bare_part = m.plural
            && m.implied_head.is_none()
            && !words.is_empty()
            && words.len() <= 3
            && words.iter().all(|&p| toks[p].word)
            && words[1..]
                .iter()
                .all(|&p| !toks[p].capital && !toks[p].all_caps)
            && words.iter().all(|&p| lex.admin_at(toks, p).is_none());
        if let Some(c) = council.clone().filter(|_| bare_part) {
            let head: Vec<String> = words.iter().map(|&p| display_word(&toks[p])).collect();
            m.implied_head = Some(head.join(" "));
            m.name = c;
            m.collective = false;
            continue;
        }
        // The council in this mention's name, to its end.
        council = words
            .iter()
            .find(|&&p| {
                toks[p].is("hđnd") || match_seq(toks, p, &[&["hội", "đồng", "nhân", "dân"]]) == 4
            })
            .map(|&p| toks[p].start..m.name.end);
    }
    // "Ban Kinh tế - Ngân sách và Ban Đô thị HĐND tỉnh": a council named
    // once after two or more of its boards, next to each other, is each
    // board's.
    let is_council = |p: usize| {
        toks[p].is("hđnd") || match_seq(toks, p, &[&["hội", "đồng", "nhân", "dân"]]) == 4
    };
    for i in (0..out.len().saturating_sub(1)).rev() {
        let words = |m: &Mention| -> Vec<usize> {
            (m.toks.clone())
                .filter(|&p| toks[p].start >= m.name.start && toks[p].end <= m.name.end)
                .collect()
        };
        let (a, b) = (&out[i], &out[i + 1]);
        let aw = words(a);
        let a_board = a.implied_head.is_none()
            && !a.collective
            && !a.plural
            && aw.len() >= 2
            && toks[aw[0]].is("ban")
            && toks[aw[0]].capital
            && toks[aw[1]].capital
            && aw
                .iter()
                .all(|&p| !is_council(p) && lex.admin_at(toks, p).is_none());
        let joined = b.toks.start == a.toks.end + 1
            && (toks[a.toks.end].is(",") || toks[a.toks.end].is("và"));
        if !(a_board && joined) {
            continue;
        }
        let bw = words(b);
        let council = match &b.implied_head {
            // (a board that was given the council already)
            Some(h) if h.starts_with("Ban ") => bw
                .first()
                .filter(|&&p| is_council(p))
                .map(|_| b.name.clone()),
            Some(_) => None,
            None => (bw.len() >= 3 && toks[bw[0]].is("ban") && toks[bw[0]].capital)
                .then(|| bw[1..].iter().find(|&&p| is_council(p)))
                .flatten()
                .map(|&p| toks[p].start..b.name.end),
        };
        if let Some(c) = council {
            let head: Vec<String> = aw.iter().map(|&p| display_word(&toks[p])).collect();
            let a = &mut out[i];
            a.implied_head = Some(head.join(" "));
            a.name = c;
        }
    }
}

/// A relative clause on "có" after a kind of body ("có nguồn thu phí, lệ
/// phí"), in lower-case words and commas, that ends where `và` and another
/// body, or a colon, follow: the end of the clause. `None` for a clause
/// that runs into a role cue or a label's predicate (`có trách nhiệm:`).
fn relative_clause_to_list_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 12;
    if !toks.get(k).is_some_and(|t| t.is("có")) {
        return None;
    }
    if lex
        .label_predicate
        .is_some_and(|l| l.match_at(toks, k).is_some())
    {
        return None;
    }
    let mut m = k + 1;
    while m < toks.len() && m <= k + MAX_TOKENS {
        let t = &toks[m];
        if t.is_punct(':') || (t.is("và") && body_at(lex, toks, m + 1).is_some()) {
            return (m > k + 1 && !toks[m - 1].is(",")).then_some(m);
        }
        let plain = (t.word && !t.capital && !NARRATIVE.contains(&t.lower.as_str())) || t.is(",");
        if !plain || lex.role_cue_at(toks, m) {
            return None;
        }
        m += 1;
    }
    None
}

/// The words after a set-up verb with no object ("thành lập xong", "…
/// chậm nhất ngày", "… trước ngày"): the body before it is what is set up.
const SET_UP_THEN: &[&str] = &["xong", "trước", "chậm", "trong", "ngay", "kịp"];

/// Words that open a clause narrowing a collective down to some of its
/// members ("UBND các xã bị ảnh hưởng", "các huyện chưa phê duyệt quy
/// hoạch", "các đơn vị có học sinh nội trú", "các tỉnh từ Thanh Hóa đến
/// Thừa Thiên Huế", "đơn vị sự nghiệp thuộc UBND phường").
const NARROWING_OPENERS: &[&str] = &["có", "bị", "chưa", "đã", "không", "từ", "thuộc", "trực"];

/// A clause narrowing a collective, at `k` right after it, that ends where
/// its task begins: at a task verb or a role cue (after the clause's own
/// first verb), `phải`/`khẩn trương`, a colon, or `và` and another body.
/// Lower-case words and commas only, but for the places of `từ … đến …`
/// and the body after `(trực) thuộc`. `None` when the clause runs to the
/// sentence's end or is a predicate itself ("UBND các xã chưa triển khai.").
fn narrowing_clause_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    const MAX_TOKENS: usize = 14;
    let t = toks.get(k)?;
    // "các doanh nghiệp tham gia chương trình bình ổn thị trường …": those
    // of the kind that take part in something.
    let joins = match_seq(toks, k, &[&["tham", "gia"]]) == 2;
    // "các thành viên Ban Chỉ đạo phụ trách địa bàn định kỳ …", "… phụ trách
    // thôn khẩn trương …": those of the kind in charge of a place or field.
    let in_charge = match_seq(toks, k, &[&["phụ", "trách"]]) == 2
        // "các đơn vị quản lý bãi tắm xây dựng …": a generic kind narrowed
        // by what it runs.
        || (k >= 2
            && match_seq(
                toks,
                k - 2,
                &[
                    &["đơn", "vị"],
                    &["cơ", "quan"],
                    &["tổ", "chức"],
                    &["doanh", "nghiệp"],
                ],
            ) == 2
            && match_seq(
                toks,
                k,
                &[&["quản", "lý"], &["vận", "hành"], &["khai", "thác"]],
            ) == 2);
    let zone = in_zone_at(toks, k);
    if !NARROWING_OPENERS.contains(&t.lower.as_str()) && !joins && !in_charge && !zone {
        return None;
    }
    // "chủ đầu tư có văn bản đề nghị gia hạn …": issuing a text is the
    // predicate, no clause that narrows the kind.
    if t.is("có")
        && lex
            .issued_text
            .is_some_and(|l| l.match_at(toks, k + 1).is_some())
    {
        return None;
    }
    if lex
        .label_predicate
        .is_some_and(|l| l.match_at(toks, k).is_some())
        || lex.role_cue_at(toks, k)
    {
        return None;
    }
    // "không" narrows only as "không có"; after "đã", "chưa", "không" the
    // words may be the collective's own predicate, so only a firm end counts.
    if t.is("không") && !toks.get(k + 1).is_some_and(|t| t.is("có")) {
        return None;
    }
    let firm_only = t.is("đã") || t.is("chưa") || t.is("không");
    let mut m = k + 1;
    // "trực thuộc Sở", "thuộc UBND phường": the body the members belong to.
    if t.is("trực") {
        if !toks.get(m).is_some_and(|t| t.is("thuộc")) {
            return None;
        }
        m += 1;
    }
    let under_body = t.is("thuộc") || t.is("trực");
    if under_body {
        // (A bare head in capitals, "trực thuộc Sở", is the issuer.)
        m = match body_at(lex, toks, m) {
            Some(body) => body.toks.end,
            None => {
                let capital = toks.get(m).is_some_and(|t| t.capital);
                let (n, _) = lex.head_at(toks, m).filter(|_| capital)?;
                m + n
            }
        };
        // "… thuộc UBND phường có …": a clause on the body goes on.
        return narrowing_clause_end(lex, toks, m).or(Some(m));
    }
    let span = t.is("từ");
    let mut reached_to = false;
    if joins || in_charge {
        // ("… tham gia giám sát …": taking part is the task itself.)
        if lex.verb_at(toks, k + 2).is_some() {
            return None;
        }
        m = k + 2;
    } else if !span {
        // The clause's own predicate ("chưa phê duyệt", "bị ảnh hưởng").
        if let Some(n) = lex.verb_at(toks, m) {
            m += n;
        }
    }
    let first = m;
    let mut verb_end = None;
    let mut limit = k + MAX_TOKENS;
    while m < toks.len() && m <= limit {
        let t = &toks[m];
        // "UBND các xã có dịch (Đồng Lạc, Tân Sỏi, Hương Vĩ) thành lập …":
        // the places the clause means, in brackets, are part of it (and
        // do not count against its length).
        if t.is_punct('(') && m > first {
            let close = (m + 1..toks.len().min(m + 16)).find(|&q| toks[q].is_punct(')'));
            if let Some(close) = close.filter(|&c| c > m + 1) {
                limit += close + 1 - m;
                m = close + 1;
                continue;
            }
        }
        // (Not the later word of a compound noun: "chương trình".)
        let in_compound = lex
            .name_compound
            .is_some_and(|l| l.match_at(toks, m - 1).is_some_and(|(n, _)| n > 1));
        let strong = t.is_punct(':')
            || t.is("phải")
            || match_seq(toks, m, &[&["khẩn", "trương"]]) == 2
            || (!firm_only
                && ((t.is("và") && body_at(lex, toks, m + 1).is_some())
                    || (!in_compound && lex.role_cue_at(toks, m))));
        if strong {
            if m == first || (span && !reached_to) {
                return None;
            }
            return (!toks[m - 1].is(",") && !toks[m - 1].is("và")).then_some(m);
        }
        // (The first task verb ends a clause that may end so; not one
        // before a modal further on, which opens the predicate: "Các xã có
        // tỷ lệ tiêm chủng đầy đủ dưới 90% phải …".)
        if !firm_only
            && (!span || reached_to)
            && m > first
            && !in_compound
            && lex.verb_at(toks, m).is_some()
            && !modal_ahead(toks, m + 1, k + MAX_TOKENS)
        {
            verb_end = Some(m);
            break;
        }
        if span && t.is("đến") {
            reached_to = true;
        }
        // (Names in the clause, "vụ Đông Xuân", but no other body.)
        let plain = t.is(",")
            || (t.word
                && (!t.capital || span || zone || body_at(lex, toks, m).is_none())
                && !NARRATIVE.contains(&t.lower.as_str()));
        if !plain || (lex.stop.match_at(toks, m).is_some() && !t.is("đến") && !t.is("có")) {
            break;
        }
        m += 1;
    }
    // "8. Các khối phố trong Khu phố cổ" over its items: a zone may end
    // the line.
    if zone && verb_end.is_none() && m == toks.len() && m > first + 1 {
        return Some(m);
    }
    // "Công an tỉnh, UBND các huyện có công trình" in a table's cell of
    // partners: a clause on "có" may end the cell too (no mark after it, so
    // no sentence whose predicate it could be).
    if t.is("có") && verb_end.is_none() && m == toks.len() && m > first && toks[m - 1].word {
        return Some(m);
    }
    if span && !reached_to {
        return None;
    }
    if firm_only {
        return None;
    }
    let mut end = verb_end?;
    // "tham gia chương trình bình ổn thị trường thực hiện …": what is taken
    // part in may hold a verb of its own ("bình ổn"); a second verb after it,
    // past plain words only, is the task.
    if joins {
        let n = lex.verb_at(toks, end).unwrap_or(1);
        let mut p = end + n;
        while p < toks.len() && p <= k + MAX_TOKENS {
            let t = &toks[p];
            if t.word && !t.capital && lex.verb_at(toks, p).is_some() {
                end = p;
                break;
            }
            if !t.word || t.capital || lex.stop.match_at(toks, p).is_some() {
                break;
            }
            p += 1;
        }
    }
    (!toks[end - 1].is(",")).then_some(end)
}

/// After a name narrowed by "có <noun>", at `k`: how the noun fares
/// ("chậm", "chưa", "đang", "được", "bị"), plain lower-case words or
/// figures (up to four), then the task verb or an assignment: where the
/// clause ends ("có dự án chậm tiến độ | cam kết …", "có dự án được giao
/// vốn năm 2026 | rà soát …").
fn clause_fare_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    const MAX_WORDS: usize = 4;
    let t = toks.get(k)?;
    if !CLAUSE_ASPECT.contains(&t.lower.as_str()) && !t.is("được") && !t.is("bị") {
        return None;
    }
    let mut p = k + 1 + lex.verb_at(toks, k + 1).unwrap_or(0);
    let last = p + MAX_WORDS;
    while p < toks.len() && p <= last {
        if p > k + 1 && (lex.verb_at(toks, p).is_some() || lex.assign.match_at(toks, p).is_some()) {
            return Some(p);
        }
        let t = &toks[p];
        let figure = t.lower.chars().next().is_some_and(|c| c.is_ascii_digit());
        if !(t.word && (!t.capital || figure)) || lex.stop.match_at(toks, p).is_some() {
            return None;
        }
        p += 1;
    }
    None
}

/// The verbs of a firm's owner after "do <body>": "làm chủ sở hữu",
/// "là chủ sở hữu", "đại diện chủ sở hữu", "quản lý".
const OWNER_VERBS: &[&[&str]] = &[
    &["làm", "chủ", "sở", "hữu"],
    &["là", "chủ", "sở", "hữu"],
    &["làm", "đại", "diện", "chủ", "sở", "hữu"],
    &["đại", "diện", "chủ", "sở", "hữu"],
    &["quản", "lý"],
];

/// "do UBND tỉnh làm chủ sở hữu" at `k` after a firm: the end of the
/// owner clause (after its verb), `None` when `k` opens none.
fn owner_clause_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    if !toks.get(k)?.is("do") {
        return None;
    }
    let body = body_at(lex, toks, k + 1)?;
    let p = body.toks.end;
    let n = match_seq(toks, p, OWNER_VERBS);
    (n > 0).then_some(p + n)
}

/// "trong vùng lõi …", "tại khu vực sạt lở", "trong Khu phố cổ": a zone
/// that places lie in, at `k`.
fn in_zone_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("trong") || t.is("tại"))
        && match_seq(toks, k + 1, ZONE_NOUNS) > 0
}

/// Nouns of a zone after "trong"/"tại" ("vùng", "khu", "khu vực" …).
const ZONE_NOUNS: &[&[&str]] = &[&["vùng"], &["khu"], &["địa", "bàn"], &["lưu", "vực"]];

/// A modal ("phải", "cần") at or after `from`, no later than `last`, with
/// only lower-case words and figures before it (no mark, no name).
fn modal_ahead(toks: &[Token], from: usize, last: usize) -> bool {
    for t in toks.iter().take(last + 1).skip(from) {
        if t.is("phải") || t.is("cần") {
            return true;
        }
        let figure = t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) || t.is("%");
        if !(t.word && !t.capital || figure) {
            return false;
        }
    }
    false
}

/// How the object of a relative clause on "có" fares, before a verb: "(có
/// dự án) chậm triển khai", "chưa hoàn thành", "đang thi công".
const CLAUSE_ASPECT: &[&str] = &["chậm", "chưa", "đang"];

const QUANTIFIER_WORDS: &[&str] = &["các", "những", "mọi", "tất", "cả", "toàn", "bộ"];

/// A mention that is only places: an administrative unit (after `các`) and
/// capitalized names ("huyện Trần Đề", "các huyện Mộ Đức, Tư Nghĩa").
fn starts_with_place(lex: &Lexicon, toks: &[Token], m: &Mention) -> bool {
    if m.implied_head.is_some() {
        return false;
    }
    let start = m.toks.start + usize::from(toks[m.toks.start].is("các"));
    lex.admin_at(toks, start).is_some_and(|(n, _)| {
        let n = n + usize::from(abbreviated_unit_dot(toks, start + n));
        // (a numbered ward, "Phường 2" of "UBND Phường 1, Phường 2", is a
        // place as much as a named one)
        toks.get(start + n)
            .is_some_and(|t| t.word && (t.capital || (is_number(t) && !t.lower.is_empty())))
    })
}

/// A mention that is only several units of one level, in no name: `các` and
/// an administrative unit, maybe narrowed (`các huyện`, `các xã còn lại`).
fn plural_units_closing(lex: &Lexicon, toks: &[Token], m: &Mention) -> bool {
    m.implied_head.is_none()
        && m.toks.start > 0
        && toks[m.toks.start].is("các")
        && lex
            .admin_at(toks, m.toks.start + 1)
            .is_some_and(|(n, _)| !toks.get(m.toks.start + 1 + n).is_some_and(|t| t.capital))
}

/// The head of a body named by head, unit and place ("UBND" of "UBND thị xã
/// Đức Phổ", "Công an" of "Công an huyện A"), as printed; `None` when the
/// words before the unit are not exactly a head of `body_head`.
fn head_before_place(lex: &Lexicon, toks: &[Token], body: &Mention) -> Option<String> {
    if body.implied_head.is_some() || body.collective {
        return None;
    }
    let from = (body.toks.clone()).find(|&p| toks[p].start >= body.name.start)?;
    let (n, _) = lex
        .compound
        .match_at(toks, from)
        .or_else(|| lex.head_at(toks, from))?;
    // ("UBND các huyện ven biển": several places under the head, which
    // leaves its `các` to them: "…, thị xã Kỳ Anh" is "UBND thị xã Kỳ Anh".)
    let unit = from + n + usize::from(toks.get(from + n).is_some_and(|t| t.is("các")));
    if unit >= body.toks.end || lex.admin_at(toks, unit).is_none() {
        return None;
    }
    Some(
        (from..from + n)
            .map(|p| display_word(&toks[p]))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The places listed after `UBND các huyện:` as bodies of their own
/// (`UBND huyện Quản Bạ`, …): runs of capitalized words from `start`, split at
/// `,`, `;` and `và`. `None` unless `body` ends in `các` + an administrative
/// unit and at least two places follow.
fn places_under(
    lex: &Lexicon,
    toks: &[Token],
    body: &Mention,
    start: usize,
) -> Option<Vec<Mention>> {
    let words = &toks[body.toks.clone()];
    let cac = words.iter().rposition(|t| t.is("các"))?;
    let (unit_len, _) = lex.admin_at(toks, body.toks.start + cac + 1)?;
    if cac + 1 + unit_len != words.len() {
        return None;
    }
    // The body's own words (after any office holder), without `các`.
    let name_from = words.iter().position(|t| t.start >= body.name.start)?;
    let display = |ws: &[Token]| -> String {
        let ws: Vec<String> = ws
            .iter()
            .filter(|t| !t.is("các"))
            .map(display_word)
            .collect();
        ws.join(" ")
    };
    // "Ủy ban nhân dân tỉnh" for the places, "Ủy ban nhân dân" for a place
    // that brings its own unit ("… và thành phố Hà Nội").
    let head = display(&words[name_from..]);
    let body_only = display(&words[name_from.min(cac)..cac]);
    let mut places = Vec::new();
    let mut k = start;
    loop {
        let from = k;
        // ("UBND các xã: Bản Phố, Nậm Mòn": a village word opening a
        // capitalized name under a list of a higher level is the name's.)
        let village_named = toks.get(k).is_some_and(|t| {
            t.capital
                && VILLAGE_WORDS.contains(&t.lower.as_str())
                && !VILLAGE_WORDS.contains(&words[cac + 1].lower.as_str())
        });
        let unit = lex
            .admin
            .match_at(toks, k)
            .filter(|_| !village_named)
            .filter(|&(n, _)| toks.get(k + n).is_some_and(|t| t.word && t.capital));
        if let Some((n, _)) = unit {
            k += n;
        }
        while toks.get(k).is_some_and(|t| t.word && t.capital) {
            k += 1;
        }
        if k == from {
            break;
        }
        places.push(Mention {
            toks: from..k,
            name: toks[from].start..toks[k - 1].end,
            // (no empty head: "các thị xã: Cửa Lò, … và huyện Nghi Lộc")
            implied_head: if unit.is_some() {
                Some(body_only.clone()).filter(|h| !h.is_empty())
            } else {
                Some(head.clone())
            },
            collective: false,
            plural: false,
        });
        // ("… Nam Gia Nghĩa và UBND các xã: Nhân Cơ, …": a body of its own,
        // a head then lower-case words, ends the places; a place's name is
        // capitalized throughout.)
        let opens_body = |n: usize| {
            lex.opens_head(toks, n)
                && body_at(lex, toks, n)
                    .is_some_and(|b| toks[b.toks.clone()].iter().any(|t| t.word && !t.capital))
        };
        // ("Chủ tịch UBND các huyện: Bình Sơn, Đức Phổ và Chủ tịch UBND
        // thành phố Quảng Ngãi": a new office holder opens a body of its
        // own, no place "Chủ".)
        let opens_holder = |n: usize| lex.holder.match_at(toks, n).is_some();
        let next_is_place = |n: usize| {
            (toks.get(n).is_some_and(|t| t.word && t.capital) && !opens_body(n) && !opens_holder(n))
                || lex
                    .admin
                    .match_at(toks, n)
                    .is_some_and(|(u, _)| toks.get(n + u).is_some_and(|t| t.word && t.capital))
        };
        match toks.get(k) {
            Some(t) if (t.is(",") || t.is(";") || t.is("và")) && next_is_place(k + 1) => {
                k += 1;
            }
            _ => break,
        }
    }
    (places.len() >= 2).then_some(places)
}

/// The places a body's name lists after its administrative unit without a
/// colon ("UBND các huyện Bình Sơn, Mộ Đức, Đức Phổ", "UBND quận Tân Bình,
/// Phú Nhuận, Gò Vấp") as bodies of their own (`UBND huyện Mộ Đức`, …), as
/// [`places_under`] does after a colon. `None` unless the name ends in at
/// least two runs of capitalized words, set apart by commas (and a last `và`),
/// right after the unit.
fn places_in_name(lex: &Lexicon, toks: &[Token], body: &Mention) -> Option<(Vec<Mention>, String)> {
    let name_from = (body.toks.clone()).find(|&p| toks[p].start >= body.name.start)?;
    let name_end = (body.toks.clone())
        .rev()
        .find(|&p| toks[p].end <= body.name.end)?
        + 1;
    // The first unit followed by a capitalized word or a number: "huyện
    // Bình Sơn", "các xóm 3, 5, 7", "các ấp Bình Hữu 1, Bình Hữu 2".
    let place_word = |t: &Token| t.word && (t.capital || is_number(t));
    // (or a unit's party committee: "các huyện ủy Hướng Hóa, Đakrông")
    let committee = |p: usize| {
        (p == name_from
            && toks.get(p + 1).is_some_and(|t| t.is("ủy"))
            && lex.head_at(toks, p).is_some_and(|(n, _)| n == 2))
        .then_some(2)
    };
    let (unit, unit_len, qualifier_len) = (name_from..name_end).find_map(|p| {
        let n = committee(p).or_else(|| {
            lex.admin_at(toks, p)
                .filter(|_| !village_name_word(lex, toks, p, name_from))
                .map(|(n, _)| n)
        })?;
        let n = n + usize::from(abbreviated_unit_dot(toks, p + n));
        let q = place_qualifier_len(lex, toks, p + n, false);
        toks.get(p + n + q)
            .is_some_and(place_word)
            .then_some((p, n, q))
    })?;
    // "UBND các huyện, thành phố Đà Lạt, Bảo Lộc": the places follow the
    // last of several units, one collective with them.
    if (name_from..unit).any(|p| lex.admin_at(toks, p).is_some()) {
        return None;
    }
    // Each run of capitalized words, and whether it names its unit again
    // ("UBND phường Phú Cường, phường Hiệp Thành").
    let mut runs: Vec<(Range<usize>, bool)> = Vec::new();
    let mut k = unit + unit_len + qualifier_len;
    let mut commas = 0;
    loop {
        let from = k;
        // (the same unit again: "huyện Bình Sơn, tỉnh Quảng Ngãi" is one
        // place with its province)
        let same_unit = |n: usize| {
            n == unit_len
                && (0..n).all(|d| {
                    toks.get(k + d)
                        .is_some_and(|t| t.lower == toks[unit + d].lower)
                })
        };
        // (or a unit of the same level: "UBND thị xã Kỳ Anh, huyện Cẩm
        // Xuyên", "UBND thị trấn Nam Đàn, xã Kim Liên")
        let level_at = |p: usize| {
            lex.unit_level
                .and_then(|l| l.match_at(toks, p))
                .and_then(|(n, e)| Some((n, e.value.clone()?)))
        };
        let first_level = level_at(unit)
            .filter(|&(u, _)| u == unit_len)
            .map(|(_, l)| l);
        // (A unit of no fixed level, "thành phố", is a peer too when the
        // list goes on past the name with a peer of the first: "UBND thị xã
        // Giá Rai, thành phố Bạc Liêu và huyện Đông Hải" lists three.)
        let peer_after_name = || {
            toks.get(name_end).is_some_and(|t| t.is(",") || t.is("và"))
                && level_at(name_end + 1).is_some_and(|(_, l)| first_level.as_ref() == Some(&l))
        };
        // (A city named first, `=> city`, lies in no district: a district
        // after it is its peer, "UBND thành phố Phúc Yên, huyện Bình Xuyên".)
        let peer_unit = |n: usize| match level_at(k).filter(|(_, l)| l != "city") {
            Some((m, level)) => {
                m == n
                    && (first_level.as_ref() == Some(&level)
                        || first_level.as_deref() == Some("city") && level == "district")
            }
            None => first_level.is_some() && peer_after_name(),
        };
        let own_unit = if runs.is_empty() {
            None
        } else {
            lex.admin_at(toks, k).map(|(n, _)| n).filter(|&n| {
                (same_unit(n) || peer_unit(n)) && toks.get(k + n).is_some_and(place_word)
            })
        };
        if let Some(n) = own_unit {
            k += n;
        }
        let words_from = k;
        // (a dash inside a place's name: "Bà Rịa - Vũng Tàu")
        while k < name_end
            && (place_word(&toks[k])
                || k > words_from
                    && is_dash(&toks[k])
                    && k + 1 < name_end
                    && toks[k - 1].capital
                    && toks[k + 1].word
                    && toks[k + 1].capital)
        {
            k += 1;
        }
        if k == words_from {
            return None;
        }
        runs.push((from..k, own_unit.is_some()));
        if k == name_end {
            break;
        }
        if toks[k].is(",") {
            commas += 1;
        } else if !toks[k].is("và") {
            return None;
        }
        k += 1;
    }
    // Two places joined by `và` alone are a list when the unit is plural
    // ("UBND các tỉnh Lâm Đồng và Đồng Nai").
    let plural_unit = unit > name_from && toks[unit - 1].is("các");
    let own_units = runs.iter().any(|(_, own)| *own);
    if runs.len() < 2 || (commas == 0 && !plural_unit && !own_units) {
        return None;
    }
    // "UBND huyện" for each place, without the `các` of the list.
    let head: Vec<String> = (name_from..unit + unit_len)
        .filter(|&p| toks[p].word && !toks[p].is("các"))
        .map(|p| display_word(&toks[p]))
        .collect();
    let head = head.join(" ");
    // Without the unit, for a place that brings its own ("UBND").
    let body_only: Vec<String> = (name_from..unit)
        .filter(|&p| !toks[p].is("các"))
        .map(|p| display_word(&toks[p]))
        .collect();
    let body_only = body_only.join(" ");
    let places = runs
        .into_iter()
        .enumerate()
        .map(|(i, (r, own))| Mention {
            // The first place keeps the mention's own opening words.
            toks: if i == 0 {
                body.toks.start..r.end
            } else {
                r.clone()
            },
            name: toks[r.start].start..toks[r.end - 1].end,
            implied_head: Some(if own { body_only.clone() } else { head.clone() }),
            collective: false,
            plural: false,
        })
        .collect();
    Some((places, body_only))
}

/// A token's word as printed, from its lower case and capitalization.
fn display_word(t: &Token) -> String {
    if t.all_caps {
        t.lower.as_str().to_uppercase()
    } else if t.capital {
        capitalize(&t.lower)
    } else {
        t.lower.to_string()
    }
}

/// `s` with its first letter in capitals.
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Village-level unit words that also begin the names of communes ("xã
/// Bản Phố", "xã Buôn Triết").
const VILLAGE_WORDS: &[&str] = &[
    "bản", "buôn", "bon", "plei", "sóc", "thôn", "ấp", "khóm", "xóm",
];

/// Whether the capitalized village word at `p` ("Bản", "Thôn") opens a
/// place's name, no hamlet of its own: right after a lower-case kind that is
/// no unit ("các chủ hồ thủy điện Bản Vẽ"), or after a comma in a list of
/// places under a unit of a higher level that begins at or after `from`
/// ("UBND các xã Bản Giang, Bản Hon, Nùng Nàng"). A village word in lower
/// case ("và bản Nà Cà") is a unit.
fn village_name_word(lex: &Lexicon, toks: &[Token], p: usize, from: usize) -> bool {
    let t = &toks[p];
    let village = t.word && t.capital && !t.all_caps && VILLAGE_WORDS.contains(&t.lower.as_str());
    let named = toks.get(p + 1).is_some_and(|n| n.word && n.capital);
    if !(village && named) || p == 0 {
        return false;
    }
    let prev = &toks[p - 1];
    if prev.word {
        return !prev.capital
            && !prev.all_caps
            && !QUANTIFIER_WORDS.contains(&prev.lower.as_str())
            && !(p.saturating_sub(3)..p)
                .any(|s| lex.admin_at(toks, s).is_some_and(|(n, _)| s + n == p))
            && lex.collective.match_at(toks, from).is_some();
    }
    if !prev.is(",") {
        return false;
    }
    // The unit the list of places follows, then only capitalized names and commas.
    (from..p.saturating_sub(1)).any(|u| {
        lex.admin_at(toks, u).is_some_and(|(n, _)| {
            !VILLAGE_WORDS.contains(&toks[u].lower.as_str())
                && u + n < p - 1
                && (u + n..p - 1).all(|q| (toks[q].word && toks[q].capital) || toks[q].is(","))
        })
    })
}

/// Names of a distributed list, each given `head` ("sở" → "Sở Tài chính").
fn distributed_items(
    lex: &Lexicon,
    toks: &[Token],
    start: usize,
    head: &str,
) -> (Vec<Mention>, usize) {
    let mut items = Vec::new();
    let mut k = start;
    let head_cap = capitalize(head);
    loop {
        if let Some(m) = body_at(lex, toks, k).filter(|m| !m.collective) {
            k = m.toks.end;
            items.push(m);
        } else {
            let from = k;
            // A domain with a comma inside is one item; elsewhere a comma
            // separates items ("các Sở: Xây dựng, Nông nghiệp và Môi trường").
            if let Some((n, _)) = lex.comma_domain.and_then(|l| l.match_at(toks, k)) {
                k += n;
            }
            // (An office holder after "và" ends the list: "các Sở: Xây
            // dựng, Công Thương và Giám đốc Công ty Điện lực …".)
            let holder_after_va =
                |k: usize| toks[k].is("và") && lex.holder.match_at(toks, k + 1).is_some();
            while k < toks.len()
                && !holder_after_va(k)
                && (toks[k].capital
                    || (toks[k].word && !lex.stops_name(toks, k) && k > from)
                    // The second syllable of a capitalized word, even a
                    // verb alone ("Giáo dục và Đào tạo").
                    || (toks[k].word
                        && k > from
                        && toks[k - 1].capital
                        && !toks[k - 1].all_caps
                        && lex.stop.match_at(toks, k).is_none()
                        && lex.verb_at(toks, k).is_none_or(|n| n == 1))
                    || (toks[k].is("và")
                        && toks.get(k + 1).is_some_and(|t| t.capital)
                        && !lex.opens_head(toks, k + 1))
                    // "Tài chính - Kế hoạch": a hyphen inside one name.
                    || (is_dash(&toks[k])
                        && k > from
                        && toks.get(k + 1).is_some_and(|t| t.capital)))
            {
                k += 1;
            }
            if k == from {
                break;
            }
            // "Các đơn vị tư vấn giám sát: Bố trí đủ kỹ sư …", "Các khoa lâm
            // sàng: Hoàn thiện, nộp hồ sơ …": a label, then its task opening
            // with a capitalized verb. A name opening with a verb ("Xây
            // dựng", "Giao thông vận tải") ends where punctuation and a name,
            // or the clause, do; with lower-case words beyond its second
            // syllable, only a comma or a semicolon before the next name.
            if items.is_empty() && lex.verb_at(toks, from).is_some() {
                let own_lowercase = (from + 1..k)
                    .filter(|&p| toks[p].word && !toks[p].capital && !toks[p - 1].capital)
                    .count();
                let ends_as_name = toks.get(k).is_none_or(|t| {
                    !t.word && toks.get(k + 1).is_none_or(|n| n.capital || !n.word)
                });
                let listed_on = toks.get(k).is_some_and(|t| t.is(",") || t.is(";"));
                if !ends_as_name || (own_lowercase >= 2 && !listed_on) {
                    break;
                }
            }
            items.push(Mention {
                toks: from..k,
                name: toks[from].start..toks[k - 1].end,
                implied_head: Some(head_cap.clone()),
                collective: false,
                plural: false,
            });
        }
        match toks.get(k) {
            Some(t)
                if (t.is(";") || t.is(",") || t.is("và"))
                    && toks.get(k + 1).is_some_and(|n| n.capital) =>
            {
                k += 1
            }
            _ => break,
        }
    }
    (items, k)
}

/// After a body with no separator: the end of a describing phrase that runs to
/// a comma followed by another body of the list, if there is one.
fn attributive_end(lex: &Lexicon, toks: &[Token], k: usize) -> Option<usize> {
    let mut m = k;
    while m < toks.len() && m < k + 10 {
        let t = &toks[m];
        if t.is(",") {
            let next_is_body = lex.holder.match_at(toks, m + 1).is_some()
                || (toks.get(m + 1).is_some_and(|t| t.is("các"))
                    && body_at(lex, toks, m + 1).is_some());
            return (m > k && next_is_body).then_some(m);
        }
        if !t.word || lex.verb.match_at(toks, m).is_some() || lex.role_cue_at(toks, m) {
            return None;
        }
        m += 1;
    }
    None
}

/// What one directive's text says about bodies.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    pub lead: Vec<Mention>,
    pub cooperate: Vec<Mention>,
    pub report_to: Vec<Mention>,
    /// Leads by clause: (token index where the clause starts, leads of that clause).
    pub clause_subjects: Vec<(usize, Vec<Mention>)>,
    /// The text ends with `:` right after its bodies: it only names who is responsible.
    pub label_only: bool,
    /// Bodies named after an assignment cue (`yêu cầu X`, `giao X`).
    pub assigned: Vec<Mention>,
    /// The text tells another body what to do (`chỉ đạo X …`): what follows is X's task.
    pub directed: bool,
    /// A heading whose named doer directs another body (`Sở A chỉ đạo Chi
    /// cục B:`): the items under it are B's tasks, though A is their doer.
    pub directs_items: bool,
    /// The sentence so far proposes up to a level above ("Các địa phương
    /// đề nghị tỉnh sớm hỗ trợ …"): its later requests are more of it.
    proposing_up: bool,
}

/// Index of the first token at or after byte `pos`.
fn tok_at_byte(toks: &[Token], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}

/// Skip leading connectives and adverbial phrases ("Đồng thời,", "Về thi công,").
pub fn skip_lead_in(lex: &Lexicon, key: &str, toks: &[Token], mut i: usize, end: usize) -> usize {
    // A quotation opening the clause ("\"Sở Tài chính phải phối hợp …\",
    // Chủ tịch nói."): the words quoted are read.
    if toks.get(i).is_some_and(|t| t.is("\"")) && i + 1 < end {
        i += 1;
    }
    for _ in 0..3 {
        let Some(t) = toks.get(i) else { break };
        if i >= end {
            break;
        }
        let clause_end = toks
            .get(end.saturating_sub(1))
            .map(|t| t.end)
            .unwrap_or(t.start);
        // "Đối với các sở, ban, ngành tỉnh:" names the doers: only "đối với"
        // is skipped when bodies make the whole label, named ones or several
        // of a kind. "Về chính quyền địa phương …:" and "Đối với người đứng
        // đầu …:" are topics, skipped whole below.
        // "Riêng đối với lĩnh vực đất đai, Phó Chủ tịch UBND huyện yêu cầu
        // …": "riêng" before a topic that names no body; the topic is
        // skipped whole below, as one without "riêng" is.
        if t.is("riêng")
            && match_seq(toks, i + 1, TOPIC_LABELS) == 2
            && body_at(lex, toks, i + 3).is_none()
            && i + 3 < end
        {
            i += 1;
            continue;
        }
        let label = match_seq(toks, i, TOPIC_LABELS);
        if label > 0 {
            let (list, after) = body_list_at(lex, toks, i + label);
            // (or before a comma and the task's verb: "Đối với Sở Xây
            // dựng, khẩn trương hoàn thiện hồ sơ …", "…, tiếp tục …")
            let verb = past_adverbs(lex, toks, after + 1, end);
            // (or before a note in brackets on what the body is, ending the
            // label: "1. Đối với Chi cục Thi hành án dân sự huyện (cơ quan
            // thường trực Ban Chỉ đạo)", with or without its colon)
            let whole = after >= end
                || toks.get(after).is_some_and(|t| t.is(":"))
                || aside_ends_label(toks, after, end)
                || toks.get(after).is_some_and(|t| t.is(","))
                    && verb < end
                    && (lex.verb_at(toks, verb).is_some()
                        || lex.verb_lead.match_at(toks, verb).is_some());
            // (a distributed list names each body after its kind and a
            // colon: "5. Đối với UBND các xã: Ngọc Chúc, Ngọc Thuận:")
            let distributed = |m: &Mention| {
                m.implied_head.is_some()
                    && m.toks.start > i + label
                    && toks[i + label..m.toks.start]
                        .iter()
                        .any(|t| t.is_punct(':'))
            };
            // (an office holder written before his body: "2. Đối với Chủ
            // tịch UBND huyện Tuy Phước", "4.1. Đối với Hiệu trưởng Trường
            // THPT …:", a heading of its own over items; not before the
            // task on its line, "- Đối với người đứng đầu các đơn vị: tiếp
            // tục …", where the holder is whom the task is about)
            let holder = lex.holder.match_at(toks, i + label).map(|(h, _)| h);
            let heading_only =
                after >= end || toks.get(after).is_some_and(|t| t.is(":")) && after + 1 >= end;
            let doers = list.first().is_some_and(|m| {
                let starts = match holder {
                    None => m.toks.start == i + label || distributed(m),
                    Some(h) => heading_only && m.toks.start <= i + label + h,
                };
                starts && (m.plural || !m.collective)
            });
            if doers && whole {
                return i + label;
            }
        }
        let slice = &key[t.start..clause_end.max(t.start)];
        match lex.lead_in.find(slice) {
            Some(m) if m.start() == 0 && m.end() > 0 => {
                let mut next = tok_at_byte(toks, t.start + m.end());
                // A topic to a colon that takes a request in ("Đối với phần
                // mặt bằng còn vướng, Phó Chủ tịch UBND tỉnh đề nghị UBND
                // các huyện: Châu Thành, …"): the topic ends at its comma.
                // ("giao" of "giao thông" is no cue)
                let cue_at = |k: usize| {
                    lex.assign.match_at(toks, k).is_some() && !lex.in_phrase(lex.not_cue, toks, k)
                };
                if let Some(cue) = (i + 1..next).find(|&k| cue_at(k)) {
                    if let Some(comma) = (i + 1..cue).find(|&k| toks[k].is(",")) {
                        next = comma + 1;
                    }
                }
                if next <= i || next >= end {
                    break;
                }
                i = next;
            }
            _ => break,
        }
    }
    i
}

/// Tokens between a subject and its verb that do not change the reading.
/// Words that open a topic label naming bodies: "Đối với Sở Xây dựng, …",
/// "Với UBND tỉnh Hà Nam, …".
const TOPIC_LABELS: &[&[&str]] = &[&["đối", "với"], &["với"]];

const SUBJECT_ADVERBS: &[&str] = &[
    "cũng", "vừa", "đồng", "thời", "có", "cần", "phải", "tiếp", "tục", "sẽ", "luôn",
];

/// Words after a subject that make the clause a report of what was done.
const NARRATIVE: &[&str] = &["đã", "đang", "vừa"];

/// Analyse the bodies of one directive text (tokens of its key text).
/// `outer`: the directive already has a doer (handed down or a label), so a
/// `yêu cầu X` inside it tells X what to do for that doer.
pub fn roles(lex: &Lexicon, key: &str, toks: &[Token], outer: bool) -> Roles {
    let mut out = Roles::default();
    let mut protected = distributed_ranges(lex, toks);
    protected.extend(bracketed_ranges(toks));
    let mut clause_start = 0;
    let n = toks.len();
    let mut sentence_directed = false;
    // Within the sentence: a clause before named its doer ("X chỉ đạo Y …"),
    // the clause that directed listed Y's tasks after a colon, or had Y
    // work with partners.
    let (mut sentence_subject, mut tasks_listed, mut directed_partners) = (false, false, false);
    // The clause that directed opened with the doer's own work ("Tăng cường
    // thu thuế, đôn đốc các doanh nghiệp nộp thuế; phối hợp với W …"): Y's
    // task ends with that clause.
    let mut directed_midway = false;
    // Clauses of other work after the one that directed, in that sentence.
    let mut directed_run = 0;
    while clause_start < n {
        // A clause ends at `;`, a sentence end, or the end.
        let mut clause_end = clause_start;
        let mut sentence_end = false;
        while clause_end < n {
            let t = &toks[clause_end];
            if t.is(";") && !protected.iter().any(|r| r.contains(&clause_end)) {
                break;
            }
            if t.is("!") || t.is("?") || (t.is(".") && !is_abbrev_dot(toks, clause_end)) {
                sentence_end = true;
                break;
            }
            clause_end += 1;
        }
        if sentence_directed && (!tasks_listed || directed_midway) {
            // "X chỉ đạo Y làm A; phối hợp với W làm B": after the `;` the
            // sentence's subject X goes on, so W is X's partner. Not when X
            // is only handed down ("Chỉ đạo Y làm A; phối hợp với W …" under
            // X's heading reads as Y's task), nor when Y already works with
            // partners and this clause adds more ("chỉ đạo Y phối hợp với A
            // làm B; phối hợp với C làm D"). "…; chủ trì, phối hợp …" always
            // returns to the doer: one directed is no lead.
            let opening = skip_lead_in(lex, key, toks, clause_start, clause_end);
            let own_lead = match_seq(toks, opening, &[&["chủ", "trì"]]) > 0;
            let parallel = directed_partners && lex.cooperate.match_at(toks, opening).is_some();
            // "Chỉ đạo Y làm A; hoàn thành B; phối hợp với W làm C" under X's
            // heading: a clause of other work between reads as a run of X's
            // own tasks, the first of which directed Y; X works with W.
            let run_on = directed_run > 0 && lex.cooperate.match_at(toks, opening).is_some();
            if own_lead || (sentence_subject && !parallel) || directed_midway || run_on {
                sentence_directed = false;
            }
        }
        // "Đảng ủy các xã lãnh đạo rà soát …; phân công cấp ủy viên bám
        // bản …": the doer named before shares out its own work, as one
        // handed down does.
        let opening = skip_lead_in(lex, key, toks, clause_start, clause_end);
        // So does a later part of the clause, after a comma ("…; xây dựng
        // kế hoạch, lịch trình …, phân công thành viên phụ trách từng cụm xã").
        let shares_out = sentence_subject
            && (opening..clause_end).any(|k| {
                (k == opening || toks[k - 1].is(","))
                    && match_seq(toks, k, &[&["phân", "công"]]) == 2
            });
        // "Giao Sở TN&MT kiểm tra thực địa; yêu cầu chủ đầu tư dừng ngay
        // …; báo cáo kết quả …": after the doer's own work, a clause that
        // opens with the request is the doer requiring a third party (as
        // ", yêu cầu …" and "; buộc …" are), not the issuer's new task.
        let requires_on = sentence_subject && match_seq(toks, opening, &[&["yêu", "cầu"]]) == 2;
        let was_directed = sentence_directed;
        if was_directed && !tasks_listed {
            let opening = skip_lead_in(lex, key, toks, clause_start, clause_end);
            if lex.cooperate.match_at(toks, opening).is_none() {
                directed_run += 1;
            }
        }
        let subjects_before = out.clause_subjects.len();
        clause(
            lex,
            key,
            toks,
            clause_start..clause_end,
            outer || shares_out || requires_on,
            &mut sentence_directed,
            &mut out,
        );
        sentence_subject |= out.clause_subjects[subjects_before..]
            .iter()
            .any(|(_, leads)| !leads.is_empty());
        if sentence_directed && !was_directed {
            directed_run = 0;
            let cue_at = |k: usize| {
                lex.direct.match_at(toks, k).is_some() || lex.assign.match_at(toks, k).is_some()
            };
            // "chỉ đạo Y: a; b; …": every clause after is what Y is to do.
            // (past a topic label: "Về môi trường: chỉ đạo Y …; …" lists nothing)
            let range = &toks[opening..clause_end];
            tasks_listed = range.iter().any(|t| t.is_punct(':'));
            directed_partners =
                (clause_start..clause_end).any(|k| lex.cooperate.match_at(toks, k).is_some());
            // (The first verb or cue of the clause, past a label's colon.)
            let first =
                (opening..clause_end).find(|&k| lex.verb_at(toks, k).is_some() || cue_at(k));
            directed_midway = first.is_some_and(|k| !cue_at(k));
        }
        if sentence_end {
            out.proposing_up = false;
            sentence_directed = false;
            sentence_subject = false;
            directed_midway = false;
        }
        clause_start = clause_end + 1;
    }
    if out.lead.is_empty() {
        // "… công khai trên Cổng dịch vụ công trước cuối tháng 11/2025
        // (Văn phòng HĐND và UBND phường thực hiện).": a task naming its
        // doer only in a closing bracket.
        out.lead = closing_doer(lex, toks);
    }
    out
}

/// The bodies of a closing bracket that names who does the work ("(Phòng
/// Tư pháp thực hiện)", "(Văn phòng chủ trì)"), with only punctuation after it.
fn closing_doer(lex: &Lexicon, toks: &[Token]) -> Vec<Mention> {
    let Some(close) = toks.iter().rposition(|t| t.is_punct(')')) else {
        return Vec::new();
    };
    if toks[close + 1..].iter().any(|t| t.word) {
        return Vec::new();
    }
    let Some(open) = toks[..close].iter().rposition(|t| t.is_punct('(')) else {
        return Vec::new();
    };
    let (list, after) = body_list_at(lex, toks, open + 1);
    let verb = match_seq(toks, after, &[&["thực", "hiện"], &["chủ", "trì"]]);
    if list.is_empty() || verb == 0 || after + verb != close {
        return Vec::new();
    }
    list
}

/// Token ranges of distributed lists ("các sở, ngành: Tài chính; Xây dựng; …")
/// whose `;` do not end a clause.
fn distributed_ranges(lex: &Lexicon, toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for c in 1..toks.len() {
        if !toks[c].is_punct(':') || !toks.get(c + 1).is_some_and(|t| t.capital) {
            continue;
        }
        let before_is_kind = (1..=2).any(|back| {
            c >= back
                && lex
                    .collective
                    .match_at(toks, c - back)
                    .is_some_and(|(n, _)| n == back)
        });
        if !before_is_kind {
            continue;
        }
        let mut k = c + 1;
        let mut last = k;
        while k < toks.len() {
            let t = &toks[k];
            if t.is(".") || t.is(":") {
                break;
            }
            if t.is(";") {
                if toks.get(k + 1).is_some_and(|n| n.capital) {
                    last = k + 1;
                    k += 1;
                    continue;
                }
                break;
            }
            k += 1;
        }
        if last > c + 1 {
            out.push(c..last);
        }
    }
    out
}

/// Token ranges inside brackets, whose `;` do not end a clause: "(Công ty
/// A: 198.320.000 đồng; Công ty B: 89.136.000 đồng)". A bracket never
/// closed protects nothing.
fn bracketed_ranges(toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is_punct('(') {
            continue;
        }
        let close = toks[i + 1..]
            .iter()
            .position(|t| t.is_punct(')') || t.is_punct('('))
            .map(|p| i + 1 + p);
        if let Some(j) = close.filter(|&j| toks[j].is_punct(')')) {
            out.push(i..j);
        }
    }
    out
}

/// Nothing but a partnership follows the bodies ending at `after`: "phối
/// hợp", "phối hợp thực hiện", then the clause's end.
fn partners_only(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    let Some((len, _)) = lex.cooperate.match_at(toks, after) else {
        return false;
    };
    let rest = after + len;
    rest >= end || (rest + 2 >= end && match_seq(toks, rest, &[&["thực", "hiện"]]) == 2)
}

/// The bodies after a cue, read on past an aside in brackets that names a
/// part of one of them ("phối hợp với Bộ Công an, Bộ Tài chính (Tổng cục
/// Hải quan), Bộ Y tế …", "Giao Công an huyện (Đội Cảnh sát giao thông),
/// Phòng Kinh tế và Hạ tầng …"): the list goes on after the bracket.
fn cue_list_at(lex: &Lexicon, toks: &[Token], at: usize) -> (Vec<Mention>, usize) {
    let (mut list, mut after) = body_list_at(lex, toks, at);
    // "phối hợp với đơn vị cung cấp phần mềm (VNPT Thanh Hóa)": a kind told
    // by what it does, then the body itself in brackets: that body is named.
    if let Some((named, close)) = list
        .last()
        .filter(|m| m.collective && m.toks.end == after)
        .and_then(|_| named_in_brackets(lex, toks, after))
    {
        list.pop();
        list.extend(named);
        after = close + 1;
    }
    // "phối hợp với các doanh nghiệp kinh doanh thuốc BVTV tổ chức …",
    // "phối hợp với đơn vị quản lý vận hành bố trí …": a kind told by its
    // trade and what it deals in, up to the doer's next verb, is named so.
    if let Some(last) = list
        .last_mut()
        .filter(|m| m.toks.end == after && lex.bare_kind(toks, m))
        .filter(|_| lex.kind_trade_at(toks, after).is_some())
    {
        if let Some(verb) = qualifier_then_verb(lex, toks, after, toks.len(), false, true) {
            last.toks.end = verb;
            last.name.end = toks[verb - 1].end;
            after = verb;
        }
    }
    // "phối hợp với đơn vị đồng hành là Công ty Cổ phần Sự kiện …": a kind
    // told by its part, then the body it is: that body is named.
    if let [m] = list.as_slice() {
        let copula = (after..toks.len().min(after + 4))
            .take_while(|&p| toks[p].word && !toks[p].capital && !toks[p].all_caps)
            .find(|&p| toks[p].is("là"));
        if let Some(j) = copula.filter(|_| m.collective && m.toks.end == after) {
            let (named, named_after) = body_list_at(lex, toks, j + 1);
            if !named.is_empty() && named.iter().all(|n| !n.collective) {
                (list, after) = (named, named_after);
            }
        }
    }
    while !list.is_empty() && toks.get(after).is_some_and(|t| t.is_punct('(')) {
        let Some(close) = (after + 1..toks.len().min(after + 16))
            .take_while(|&m| !toks[m].is_punct('(') && !toks[m].is(";"))
            .find(|&m| toks[m].is_punct(')'))
        else {
            break;
        };
        let joined = toks.get(close + 1).is_some_and(|t| t.is(",") || t.is("và"));
        let (more, more_after) = body_list_at(lex, toks, close + 2);
        if !joined || more.first().is_none_or(|m| m.toks.start != close + 2) {
            break;
        }
        list.extend(more);
        after = more_after;
    }
    (list, after)
}

/// After a kind of body ending at `after`, a few lower-case words telling
/// what it does and the bodies named in brackets, alone: the bodies and the
/// bracket's close. ("các tổ chức hội nhận ủy thác (Hội Nông dân, Hội Cựu
/// chiến binh, Đoàn Thanh niên)": the kind's members, each named.)
fn named_in_brackets(lex: &Lexicon, toks: &[Token], after: usize) -> Option<(Vec<Mention>, usize)> {
    const MAX_WORDS: usize = 6;
    let open = (after..toks.len().min(after + MAX_WORDS + 1))
        .take_while(|&m| {
            toks[m].is_punct('(') || (toks[m].word && !toks[m].capital && !toks[m].all_caps)
        })
        .find(|&m| toks[m].is_punct('('))?;
    let (named, close) = body_list_at(lex, toks, open + 1);
    let first = named.first()?;
    let all_named =
        first.toks.start == open + 1 && named.iter().all(|m| !m.collective && !m.plural);
    (all_named && toks.get(close).is_some_and(|t| t.is_punct(')'))).then_some((named, close))
}

/// Words inviting partners to the doer's work ("mời", "kính mời").
/// ("huy động": mobilizing the unions to join the doer's work, "huy động
/// Đoàn Thanh niên, Hội Phụ nữ cùng tham gia")
const INVITE: &[&[&str]] = &[&["mời"], &["kính", "mời"], &["huy", "động"]];

/// The bodies right before a partnership cue at `cue`, set off by a comma
/// from what the doer does (`…, Sở Tài chính và Bảo hiểm xã hội tỉnh phối
/// hợp …`); none when no such list ends at the cue.
fn partners_before(lex: &Lexicon, toks: &[Token], from: usize, cue: usize) -> Vec<Mention> {
    const MAX_COMMAS: usize = 8;
    let comma = (from..cue).rev().find(|&p| toks[p].is(","));
    let start = comma.map_or(from, |c| c + 1);
    // "…, mời Nhà hát Ca múa nhạc Sơn La phối hợp biểu diễn": partners the
    // doer invites to work with it (after a semicolon too: the clause then
    // opens with the invitation).
    let invited = match_seq(toks, start, INVITE);
    if comma.is_none() && invited == 0 {
        return Vec::new();
    }
    let list_to_cue = |start: usize| {
        let (list, after) = body_list_at(lex, toks, start + match_seq(toks, start, INVITE));
        (after == cue && !list.is_empty()).then_some(list)
    };
    let Some(mut list) = list_to_cue(start) else {
        return Vec::new();
    };
    // "…, huy động Đoàn Thanh niên, Hội Phụ nữ, Hội Nông dân cùng tham
    // gia": the list runs back over its commas, as long as each earlier
    // start still reads one list up to the cue.
    for c in (from..start.saturating_sub(1))
        .rev()
        .filter(|&p| toks[p].is(","))
        .take(MAX_COMMAS)
    {
        match list_to_cue(c + 1) {
            Some(longer) if longer.len() > list.len() => list = longer,
            _ => break,
        }
    }
    list
}

/// Who a body's work is shared out to, when they are its own people.
const PEOPLE: &[&[&str]] = &[
    &["thành", "viên"],
    &["cán", "bộ"],
    &["công", "chức"],
    &["viên", "chức"],
    &["tổ", "viên"],
];

/// Whether the words at `k`, right after a cue "giao", name staff
/// ("công chức địa chính", "cán bộ phụ trách", "từng thành viên"), people
/// rather than a body.
fn gives_to_staff(toks: &[Token], k: usize) -> bool {
    let k = k + usize::from(
        toks.get(k)
            .is_some_and(|t| t.is("cho") || t.is("các") || t.is("từng") || t.is("mỗi")),
    );
    match_seq(toks, k, PEOPLE) == 2 || match_seq(toks, k, OWN_OFFICERS) > 0
}

/// Officers of a police force posted to its beats ("Công an phường giao
/// Cảnh sát khu vực phụ trách từng tổ dân phố …", "Công an xã giao công an
/// viên …"): the force hands the work on inside itself and stays the doer.
/// (After "phối hợp với", "Cảnh sát khu vực" is a partner all the same.)
const OWN_OFFICERS: &[&[&str]] = &[&["cảnh", "sát", "khu", "vực"], &["công", "an", "viên"]];

/// Whether the assignment cue at `cue` ("phân công") shares work out among
/// people rather than to a body: nobody named after it, its bare members
/// ("phân công thành viên", "phân công cán bộ") or its own officers
/// ("Công an phường phân công cảnh sát khu vực …").
fn shares_among_people(lex: &Lexicon, toks: &[Token], cue: usize) -> bool {
    let Some((len, _)) = lex.assign.match_at(toks, cue) else {
        return false;
    };
    let (list, _) = body_list_at(lex, toks, cue + len);
    // ("phân công nhiệm vụ như sau:" introduces the items; "phân công nhiệm
    // vụ cụ thể cho từng thành viên" shares the work out among people.)
    let to_people = || {
        let clause = toks[cue + len..]
            .iter()
            .take_while(|t| !(t.is(".") || t.is(";") || t.is_punct(':')))
            .count();
        (cue + len..cue + len + clause)
            .filter(|&k| toks[k].is("cho"))
            .any(|k| {
                let k = k + usize::from(
                    toks.get(k + 1)
                        .is_some_and(|t| t.is("các") || t.is("từng") || t.is("mỗi")),
                );
                match_seq(toks, k + 1, PEOPLE) == 2
            })
    };
    let introduces = toks
        .get(cue + len)
        .is_none_or(|t| !t.word || t.is("nhiệm") && !to_people());
    list.is_empty() && !introduces
        || !list.is_empty()
            && list.iter().all(|m| {
                m.toks.len() <= 2 && match_seq(toks, m.toks.start, &[&["thành", "viên"]]) == 2
                    || match_seq(toks, m.toks.start, OWN_OFFICERS) == m.toks.len()
            })
}

/// Token count of the level after the joiner at `k` when the name before
/// it ends with a level too ("trường mầm non, tiểu học": "tiểu học" after
/// "mầm non"); `None` otherwise.
fn more_levels(lex: &Lexicon, toks: &[Token], start: usize, k: usize) -> Option<usize> {
    let levels = lex.kind_level?;
    // ("các đại học, học viện, trường đại học, trường cao đẳng sư phạm": the
    // kind's noun again, at the end of a list of kinds; "các trường THPT,
    // trường phổ thông …" are two bodies.)
    let noun = usize::from(
        toks.get(k + 1)
            .is_some_and(|t| t.is("trường") && !t.capital)
            && toks[start..k].iter().any(|t| t.is(",")),
    );
    let (n, _) = levels.match_at(toks, k + 1 + noun)?;
    let n = n + noun;
    let ends_with_level =
        (k.saturating_sub(4)..k).any(|s| levels.match_at(toks, s).is_some_and(|(m, _)| s + m == k));
    ends_with_level.then_some(n)
}

/// A parent body named by its head and a name at `j`, right after a dash
/// ("Bộ Quốc phòng", "Bộ Tổng Tham mưu").
fn parent_after_dash(lex: &Lexicon, toks: &[Token], j: usize) -> bool {
    lex.parent_body
        .and_then(|l| l.match_at(toks, j))
        .is_some_and(|(n, _)| {
            // (a name of capitals inside the entry, or after it: "Bộ Tổng
            // Tham mưu", "Tổng cục Thuế", "Quân khu 4")
            toks[j + 1..j + n].iter().any(|t| t.capital)
                || toks
                    .get(j + n)
                    .is_some_and(|t| t.word && t.capital || is_number(t))
                // (or the level it serves: "Công an thành phố", "Công an tỉnh")
                || toks[j].capital && lex.admin_at(toks, j + n).is_some()
        })
}

/// Whether an office holder's title ends right before `i` ("Phó Chủ tịch"
/// before "UBND tỉnh …", "Giám đốc" before "Sở Y tế …").
fn holder_ends_at(lex: &Lexicon, toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|s| {
        lex.holder
            .match_at(toks, s)
            .is_some_and(|(n, _)| s + n == i)
    })
}

/// Token count of a person's full name at `i` ("Nguyễn Văn Sơn", "Trần Thị
/// Thu Hà"): a family name, a middle name, then one or two more capitalized
/// words; 0 when none starts there. Place names rarely read so ("Hồ Chí
/// Minh" has no middle name of the list).
fn person_name_len(lex: &Lexicon, toks: &[Token], i: usize) -> usize {
    let (Some(surname), Some(middle)) = (lex.surname, lex.middle_name) else {
        return 0;
    };
    let capital_word = |k: usize| toks.get(k).is_some_and(|t| t.word && t.capital);
    if !capital_word(i) || !capital_word(i + 1) || !capital_word(i + 2) {
        return 0;
    }
    if surname.match_at(toks, i).is_none_or(|(n, _)| n != 1)
        || middle.match_at(toks, i + 1).is_none_or(|(n, _)| n != 1)
    {
        return 0;
    }
    let mut k = i + 3;
    while k < i + 4 && capital_word(k) {
        k += 1;
    }
    k - i
}

/// Where a speaker named at `at` ends ("Phó Chủ tịch UBND tỉnh Nguyễn Văn
/// A cũng …"): after the titles, the one authority they head when
/// `with_body` allows it, the person's name and adverbs; `None` when no
/// title is there or the body is several ("Chủ tịch UBND các huyện").
/// After "vừa": an issuing verb or none, a kind of text, its number and
/// date, then the cue that asks ("ban hành Công văn số 5678/SXD-HTKT yêu
/// cầu"): where the cue starts.
pub(crate) fn issued_text_cue(
    lex: &Lexicon,
    toks: &[Token],
    j: usize,
    end: usize,
) -> Option<usize> {
    let texts = lex.issued_text?;
    let mut k = j;
    k += match_seq(
        toks,
        k,
        &[
            &["ký", "ban", "hành"],
            &["ban", "hành"],
            &["ký"],
            &["gửi"],
            &["ra"],
            &["có"],
        ],
    );
    let (n, _) = texts.match_at(toks, k)?;
    k += n;
    let limit = end.min(k + 12);
    while k < limit && !toks[k].is(",") && !toks[k].is(";") && !toks[k].is(".") {
        if lex.assign.match_at(toks, k).is_some() {
            return Some(k);
        }
        k += 1;
    }
    None
}

pub(super) fn speaker_end(
    lex: &Lexicon,
    toks: &[Token],
    at: usize,
    end: usize,
    with_body: bool,
) -> Option<usize> {
    let speaker = lex.speaker?;
    // "Ông Hùng cũng yêu cầu …": a speaker named before, by a given name.
    if let Some(k) = mister_name_end(toks, at, end) {
        let mut k = k;
        while k < end && SUBJECT_ADVERBS.contains(&toks[k].lower.as_str()) {
            k += 1;
        }
        return Some(k);
    }
    let mut k = at;
    while let Some((n, _)) = speaker.match_at(toks, k).filter(|_| k < end) {
        k += n;
    }
    if k == at {
        // "Bộ trưởng đề nghị …": a minister named bare speaks; before the
        // body it heads ("Bộ trưởng Bộ Y tế …") the title names that body.
        let (n, _) = lex.speaker_bare.and_then(|l| l.match_at(toks, at))?;
        return (at + n < end && body_at(lex, toks, at + n).is_none()).then(|| {
            let mut k = at + n;
            k += person_name_len(lex, toks, k);
            while k < end && SUBJECT_ADVERBS.contains(&toks[k].lower.as_str()) {
                k += 1;
            }
            k
        });
    }
    // Only a form of address ("Đ/c", "Đồng chí") before an office holder
    // who is no speaker ("Đ/c Trưởng phòng KT&HT chỉ đạo rà soát …"): the
    // head of an office directing its own staff, the office's work.
    let address_only = {
        let mut p = at;
        loop {
            let n = match_seq(toks, p, &[&["đồng", "chí"], &["đ", "/", "c"], &["đ/c"]]);
            if n == 0 {
                break;
            }
            p += n;
        }
        p == k
    };
    if let Some(m) = body_at(lex, toks, k).filter(|m| m.toks.end <= end) {
        if !with_body || m.plural || m.collective {
            return None;
        }
        if address_only
            && speaker.match_at(toks, k).is_none()
            && lex.holder.match_at(toks, k).is_some()
        {
            return None;
        }
        k = m.toks.end;
    }
    k += person_name_len(lex, toks, k);
    while k < end && SUBJECT_ADVERBS.contains(&toks[k].lower.as_str()) {
        k += 1;
    }
    Some(k)
}

/// Token count of a person named by a speaker's title without a body, and
/// the name if printed ("Phó Thủ tướng Trần Hồng Hà"); 0 when none.
pub fn person_by_title_len(lex: &Lexicon, toks: &[Token], i: usize) -> usize {
    speaker_end(lex, toks, i, toks.len(), false).map_or(0, |k| k - i)
}

/// Work handed to a person by title ("Giao Phó Thủ tướng Trần Hồng Hà chỉ
/// đạo …"): the clause names its own doer, who is no body, so it neither
/// names nor inherits bodies.
pub fn assigned_to_person(lex: &Lexicon, key: &str, toks: &[Token]) -> bool {
    let start = skip_lead_in(lex, key, toks, 0, toks.len());
    lex.assign.match_at(toks, start).is_some_and(|(len, _)| {
        let person = person_by_title_len(lex, toks, start + len);
        person > 0 && lex.verb_at(toks, start + len + person).is_some()
    })
}

/// A topic label naming bodies, then the speaker asking them to act: "Đối
/// với UBND các xã, phường có dự án đi qua, Chủ tịch UBND tỉnh đề nghị tập
/// trung …", "Đối với Sở Tài chính, Chủ tịch UBND tỉnh giao rà soát …".
/// The bodies and the token after the cue.
fn label_asked(
    lex: &Lexicon,
    toks: &[Token],
    at: usize,
    end: usize,
    lagging: bool,
) -> Option<(Vec<Mention>, usize)> {
    // "Riêng UBND huyện A chưa triển khai …, yêu cầu báo cáo …", "Riêng
    // Sở X, đề nghị …": one body singled out, then a request with no object
    // of its own (with or without "đối với" after "riêng").
    let single = usize::from(toks.get(at).is_some_and(|t| t.is("riêng")));
    let label = single + match_seq(toks, at + single, TOPIC_LABELS);
    // (or, `lagging`, no label: a body that lags, "UBND xã B còn chậm, đề
    // nghị khẩn trương …", "Sở Y tế chưa báo cáo, yêu cầu …")
    if label == 0 && !lagging {
        return None;
    }
    // The comma before the speaker (the list of bodies would read the
    // speaker's office as one more body).
    let (comma, cue_end) = (at + label..end.min(at + label + 40))
        .filter(|&c| toks[c].is(","))
        .find_map(|c| {
            // (or no speaker: "Đối với Chi cục Thuế A, Chi cục Thuế B là
            // những đơn vị có số thu đạt thấp, yêu cầu xây dựng …" — the
            // issuer asks the label's bodies)
            let k = speaker_end(lex, toks, c + 1, end, true)
                .filter(|&k| lex.assign.match_at(toks, k).is_some())
                .or_else(|| mister_name_end(toks, c + 1, end))
                // (or the head of the issuing office: "Đối với Phòng Tài
                // nguyên và Môi trường các huyện, Giám đốc Sở đề nghị: …")
                .or_else(|| holder_end(lex, toks, c + 1))
                // (or a body that recommends after a supervision or a
                // visit: "Đối với UBND tỉnh, Đoàn giám sát kiến nghị chỉ
                // đạo Sở Y tế …" — the label names whom it is for; the one
                // who recommends is no doer)
                .or_else(|| recommender_end(lex, toks, c + 1, end))
                // (or the head named by title alone, in a news report of the
                // body's own meeting: "Đối với Phòng Điều dưỡng, Giám đốc yêu
                // cầu tăng cường kiểm tra …")
                .or_else(|| {
                    let (n, _) = lex.holder.match_at(toks, c + 1)?;
                    let k = c + 1 + n;
                    lex.assign.match_at(toks, k).map(|_| k)
                })
                .or_else(|| lex.assign.match_at(toks, c + 1).map(|_| c + 1))?;
            let (mut len, _) = lex.assign.match_at(toks, k)?;
            // "… yêu cầu:" ending the text: the items after it are X's.
            let heading = toks.get(k + len).is_some_and(|t| t.is_punct(':')) && k + len + 1 >= end;
            // "Với UBND tỉnh Hà Nam, Phó Thủ tướng đề nghị tỉnh tiếp tục …":
            // the bare level asked is the body of the label.
            if let Some(m) = body_at(lex, toks, k + len) {
                let bare_level = lex.upper_level.is_some_and(|l| {
                    l.match_at(toks, m.toks.start)
                        .is_some_and(|(n, _)| n == m.toks.len())
                });
                if bare_level {
                    len = m.toks.end - k;
                }
            }
            // "Với các tổ dân phố ven kênh, ông Khoa đề nghị mỗi tổ thành
            // lập …": each of the label's bodies is asked, by one or two
            // lower-case words of its kind after "mỗi"/"từng".
            if toks
                .get(k + len)
                .is_some_and(|t| t.is("mỗi") || t.is("từng"))
            {
                let each = (1..=2).find(|&w| {
                    toks[k + len + 1..(k + len + 1 + w).min(end)]
                        .iter()
                        .filter(|t| t.word && !t.capital)
                        .count()
                        == w
                        && lex.verb_at(toks, k + len + 1 + w).is_some()
                });
                if let Some(w) = each {
                    len += 1 + w;
                }
            }
            let next = past_adverbs(lex, toks, k + len, end);
            let verb = heading
                || body_at(lex, toks, k + len).is_none() && lex.verb_at(toks, next).is_some();
            verb.then_some((c, k + len))
        })?;
    let (mut list, _) = body_list_at(lex, toks, at + label);
    list.retain(|m| m.toks.end <= comma);
    let named = list.first().is_some_and(|m| m.toks.start == at + label);
    let lags = label > 0
        || list.last().is_some_and(|m| {
            toks.get(m.toks.end)
                .is_some_and(|t| LAGGING.contains(&t.lower.as_str()))
        });
    (named && lags).then_some((list, cue_end))
}

/// What a body singled out before a bare request still owes: "UBND xã B
/// còn chậm, đề nghị …", "… chưa triển khai, yêu cầu …".
const LAGGING: &[&str] = &["chưa", "còn", "chậm", "vẫn"];

/// A body (and at most three lower-case words naming what it is: "Đoàn
/// giám sát", "Đoàn công tác") that recommends ("kiến nghị", "đề nghị")
/// at `at`: the token of the cue.
fn recommender_end(lex: &Lexicon, toks: &[Token], at: usize, end: usize) -> Option<usize> {
    let m = body_at(lex, toks, at).filter(|m| m.toks.start == at)?;
    let mut k = m.toks.end;
    let mut words = 0;
    while k < end && words <= 3 {
        if match_seq(toks, k, &[&["kiến", "nghị"], &["đề", "nghị"]]) == 2 {
            return Some(k);
        }
        let t = &toks[k];
        if !t.word || t.capital || lex.assign.match_at(toks, k).is_some() {
            return None;
        }
        if !SUBJECT_ADVERBS.contains(&t.lower.as_str()) {
            words += 1;
        }
        k += 1;
    }
    None
}

/// After an office holder's title and the body it heads ("Giám đốc Sở",
/// "Chủ tịch UBND huyện"): the token after them.
fn holder_end(lex: &Lexicon, toks: &[Token], at: usize) -> Option<usize> {
    lex.holder.match_at(toks, at)?;
    body_at(lex, toks, at).map(|m| m.toks.end)
}

/// After a speaker (`speaker_end`), and after the title set between commas
/// after "ông"/"bà" and the name ("ông Lâm Quang Trí, Chủ tịch UBND tỉnh,
/// đề nghị …"): the token after them.
fn named_speaker_end(lex: &Lexicon, toks: &[Token], at: usize, end: usize) -> Option<usize> {
    let k = speaker_end(lex, toks, at, end, true)?;
    if mister_name_end(toks, at, end).is_none() || !toks.get(k).is_some_and(|t| t.is(",")) {
        return Some(k);
    }
    let titled = speaker_end(lex, toks, k + 1, end, true)
        .filter(|&t| t > k + 1 && !toks[k + 1].is("ông") && !toks[k + 1].is("bà"));
    Some(titled.map_or(k, |t| {
        if toks.get(t).is_some_and(|x| x.is(",")) {
            t + 1
        } else {
            t
        }
    }))
}

/// After "ông"/"bà" and a name of one to four capitalized words (a news
/// report's speaker, named before): the token after the name.
fn mister_name_end(toks: &[Token], at: usize, end: usize) -> Option<usize> {
    if !toks.get(at).is_some_and(|t| t.is("ông") || t.is("bà")) {
        return None;
    }
    let name = (at + 1..end.min(at + 5))
        .take_while(|&k| toks[k].word && toks[k].capital)
        .count();
    (name > 0).then_some(at + 1 + name)
}

/// The cue of a clause whose subject speaks for the issuing authority and
/// directs a body ("Phó Thủ tướng chỉ đạo Bộ Xây dựng …", "Kết luận cuộc
/// họp, Chủ tịch UBND tỉnh Nguyễn Văn A chỉ đạo Sở Tài chính …"): the token
/// index of `chỉ đạo`. The body directed is told to act by the one who
/// concludes, so it is responsible; a body that is not the speaker ("Sở Y tế
/// chỉ đạo Trung tâm Y tế …") stays the doer.
///
/// Under a doer handed down (`outer`), the head of a place named in full
/// ("Chủ tịch UBND thị xã An Nhơn chỉ đạo nhà thầu …" under "UBND thị xã An
/// Nhơn, UBND huyện Phù Cát:") is one of the bodies addressed, not the
/// speaker: its body stays the doer.
fn speaker_directs(
    lex: &Lexicon,
    toks: &[Token],
    start: usize,
    end: usize,
    outer: bool,
) -> Option<usize> {
    let speaker = lex.speaker?;
    // The speaker opens the clause or follows an opening phrase and a comma
    // ("Kết luận cuộc họp, …", "Tại buổi kiểm tra, …").
    let after_comma = (start..end.min(start + 10))
        .take_while(|&k| {
            lex.assign.match_at(toks, k).is_none() && lex.direct.match_at(toks, k).is_none()
        })
        .find(|&k| toks[k].is(","))
        .map(|k| k + 1);
    for at in std::iter::once(start).chain(after_comma) {
        let Some(k) = speaker_end(lex, toks, at, end, true) else {
            continue;
        };
        // (without one too: "Chủ tịch UBND thị xã Đức Phổ chỉ đạo Trung tâm
        // Phát triển quỹ đất …" in the province's notice directs the town's
        // own staff: the town is the doer)
        if addressed_head(lex, speaker, toks, at, k, outer) {
            continue;
        }
        if k < end
            && lex.direct.match_at(toks, k).is_some()
            && lex.assign.match_at(toks, k).is_none()
        {
            return Some(k);
        }
    }
    None
}

/// The speaker at `at` (ending at `k`) heads a unit named by its place
/// ("Chủ tịch UBND thị xã An Nhơn"), not a unit of the issuer's bare level
/// ("Chủ tịch UBND tỉnh").
fn addressed_head(
    lex: &Lexicon,
    speaker: &List,
    toks: &[Token],
    at: usize,
    k: usize,
    outer: bool,
) -> bool {
    let mut j = at;
    while let Some((n, _)) = speaker.match_at(toks, j).filter(|_| j < k) {
        j += n;
    }
    let Some(m) = body_at(lex, toks, j).filter(|m| m.toks.end <= k) else {
        return false;
    };
    (m.toks.start + 1..m.toks.end).any(|u| {
        lex.admin.match_at(toks, u).is_some_and(|(n, _)| {
            u + n < m.toks.end
                    && toks[u + n].capital
                    // (with no doer handed down, a place, not the speaker's
                    // name: "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế")
                    && (outer || person_name_len(lex, toks, u + n) == 0)
        })
    })
}

/// Words that take a grade or number in Roman numerals ("cấp V", "quý IV").
const GRADED: &[&str] = &["cấp", "quý", "loại", "hạng", "nhóm", "độ", "khóa", "phần"];

/// Token `k` is a Roman numeral after a word it grades ("cấp V", "quý IV").
fn roman_grade(toks: &[Token], k: usize) -> bool {
    k >= 1
        && toks[k].word
        && (toks[k].all_caps || toks[k].capital && toks[k].lower.chars().count() == 1)
        && toks[k].lower.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
        && GRADED.iter().any(|w| toks[k - 1].is(w))
}

pub(crate) fn is_abbrev_dot(toks: &[Token], i: usize) -> bool {
    // "TP. Hồ Chí Minh", "KT. CHỦ TỊCH", "1.000": not a sentence end.
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(i + 1);
    match (prev, next) {
        // "… khi có cảnh báo cháy rừng cấp IV, cấp V. Công an xã …": a
        // grade in Roman numerals ends the sentence.
        (Some(_), Some(_)) if roman_grade(toks, i - 1) => false,
        // "D. Ủy ban MTTQ xã, Hội Nông dân xã … tuyên truyền …": a part's
        // capital letter opening the text (the segmenter takes one as a
        // marker only over a title in capitals) ends there, not the initial
        // of the body after it.
        (Some(p), Some(nx))
            if i == 1
                && p.word
                && nx.word
                && nx.capital
                && p.lower.len() == 1
                && matches!(p.lower.as_bytes()[0], b'a'..=b'h')
                && p.capital =>
        {
            false
        }
        (Some(p), Some(nx)) => {
            (p.word
                && p.all_caps
                && p.lower.chars().count() <= 3
                && nx.capital
                // (not the place of an abbreviated unit, whose name is
                // whole: "… kết nối với Vành đai 3 TP.HCM. Sở …")
                && !(i >= 2 && abbreviated_unit_dot(toks, i - 2)))
                || (is_number(p) && is_number(nx) && nx.start == toks[i].end)
                || abbreviated_unit_dot(toks, i)
        }
        _ => false,
    }
}

fn clause(
    lex: &Lexicon,
    key: &str,
    toks: &[Token],
    range: Range<usize>,
    outer: bool,
    directed: &mut bool,
    out: &mut Roles,
) {
    let (start, end) = (range.start, range.end);
    if start >= end {
        return;
    }
    let mut i = skip_lead_in(lex, key, toks, start, end);
    let opening = i;
    // "…; đề nghị ngành điện ưu tiên cấp điện …" after a proposal up in
    // the same sentence: the same subject proposes more, asking no one.
    if out.proposing_up && lex.assign.match_at(toks, opening).is_some() {
        out.clause_subjects.push((start, Vec::new()));
        return;
    }
    // "Kiên quyết xử lý nhà thầu chậm tiến độ; trường hợp sau 30 ngày …
    // mà không chuyển biến thì cắt giảm khối lượng, giao cho nhà thầu khác":
    // a condition after ";" goes on with the task of the doer before it;
    // whoever its consequence names is no doer. (Not a consequence that
    // opens with a body of its own: "…; trường hợp vượt thẩm quyền, Sở Khoa
    // học và Công nghệ tổng hợp, báo cáo …" is that body's task.)
    let condition = start > 0
        && toks[start - 1].is_punct(';')
        && (outer || !out.lead.is_empty())
        && (toks[start].is("nếu")
            || toks[start].is("trường") && toks.get(start + 1).is_some_and(|t| t.is("hợp")))
        && !(start + 1..end)
            .find(|&k| toks[k].is_punct(',') || toks[k].is("thì"))
            .is_some_and(|k| {
                toks.get(k + 1).is_some_and(|t| t.capital)
                    && !body_list_at(lex, &toks[..end], k + 1).0.is_empty()
            });
    // "Các tổ dân phố tiếp tục vận động …; thường xuyên nhắc nhở các hộ kinh
    // doanh không lấn chiếm vỉa hè": after a clause whose subject does the
    // work, a reminder is that subject's own act; whom it reminds is no doer.
    let reminder = start > 0
        && toks[start - 1].is_punct(';')
        && !out.lead.is_empty()
        && (opening..end.min(opening + 3)).any(|k| {
            // (after an adverb: "thường xuyên", "kịp thời")
            match_seq(toks, k, &[&["nhắc", "nhở"]]) == 2
                && toks[opening..k].iter().all(|t| t.word && !t.capital)
        });
    if condition || reminder {
        out.clause_subjects.push((start, Vec::new()));
        return;
    }
    let mut subject_leads = false;
    let mut clause_leads: Vec<Mention> = Vec::new();
    // The close of a quotation that opens the clause.
    let quote_close = toks[start]
        .is("\"")
        .then(|| (start + 1..end).find(|&q| toks[q].is("\"")))
        .flatten();
    // A body named as such that asks a third party ("Ban Quản lý chợ yêu
    // cầu các hộ kinh doanh …"): its own task when no body is asked.
    let mut asker: Vec<Mention> = Vec::new();
    // The token after the comma that ends the bodies of the last request.
    let mut asked_until: Option<usize> = None;

    // "- Lãnh đạo UBND tỉnh tháo gỡ vướng mắc …" under "Ban cán sự đảng
    // UBND tỉnh:": with a doer handed down, an opening "lãnh đạo" is its
    // verb, as "chỉ đạo" is ("X lãnh đạo Y làm Z"), not the leaders of Y.
    let leads_body = outer && match_seq(toks, i, &[&["lãnh", "đạo"]]) == 2;
    let asked = (!leads_body)
        .then(|| {
            label_asked(lex, toks, start, end, false)
                .or_else(|| label_asked(lex, toks, i, end, true))
        })
        .flatten();
    let speaker_cue = asked
        .is_none()
        .then(|| speaker_directs(lex, toks, i, end, outer))
        .flatten();
    // The subject: bodies at the start of the clause, or after a comma/colon
    // before any verb, followed by a verb, a cue, or a colon; or those of a
    // label the speaker asks to act.
    let subject = match (asked, speaker_cue) {
        (Some(asked), _) => Some(asked),
        (None, Some(cue)) => {
            i = cue;
            None
        }
        (None, None) if leads_body => None,
        (None, None) => find_subject(lex, toks, i, end, start),
    };
    // The cue a text just issued makes ("vừa có văn bản đề nghị …"): a cue,
    // though "văn bản đề nghị" is elsewhere a paper's name.
    let mut issued_cue = None;
    if let Some((list, after)) = subject {
        let mut j = after;
        while j < end
            && SUBJECT_ADVERBS.contains(&toks[j].lower.as_str())
            && lex.assign.match_at(toks, j).is_none()
        {
            j += 1;
        }
        // "Sở Xây dựng vừa có văn bản đề nghị UBND các quận …": a text just
        // issued that asks is the report of a direction given now (not a
        // past one: "đã có văn bản kiến nghị …" stays told of).
        // (the body's name may have taken "vừa" in, as in "doanh nghiệp
        // nhỏ và vừa")
        let issued = (after.saturating_sub(1)..j)
            .any(|m| toks[m].is("vừa"))
            .then(|| issued_text_cue(lex, toks, j, end))
            .flatten();
        if let Some(cue) = issued {
            j = cue;
            issued_cue = Some(cue);
        }
        let mut requests = lex.assign.match_at(toks, j).is_some();
        // "Công an phường phân công cảnh sát khu vực …", "Ban Chỉ đạo …
        // huyện phân công thành viên phụ trách từng xã": a body shares out
        // its own work among its people; it stays the doer, and whoever its
        // people work with is no partner of its own.
        let shares_out = requests && toks[j].is("phân") && shares_among_people(lex, toks, j);
        if shares_out {
            requests = false;
            *directed = true;
            out.directed = true;
        }
        // "… lãnh đạo các xã kiến nghị tỉnh sớm phê duyệt …": a proposal up
        // to a higher level, reported; it asks no one under the issuer.
        // (Not when it recommends that the body asked hand the work on:
        // "Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh giao Chủ tịch UBND
        // thị xã … thu hồi …": the body given it does it.)
        let proposes = requests
            && match_seq(toks, j, &[&["kiến", "nghị"]]) > 0
            && !hands_work_on(lex, toks, j + 2);
        // ("UBND phường tiếp thu và đã có văn bản kiến nghị …": a verb,
        // then "và đã …", reports too.)
        let narrative = issued.is_none()
            && toks
                .get(after)
                .is_some_and(|t| NARRATIVE.contains(&t.lower.as_str()))
            || (after + 1..end.min(after + 5))
                .take_while(|&m| toks[m].word)
                .any(|m| toks[m - 1].is("và") && NARRATIVE.contains(&toks[m].lower.as_str()));
        // "…; Chủ tịch UBND cấp huyện chịu trách nhiệm trước Chủ tịch UBND
        // tỉnh nếu …" after a task: who answers for it, not another body's
        // task (an item that is only this sentence keeps its body).
        let answers = start > 0
            && lex.accountability.is_some_and(|re| {
                toks.get(after).is_some_and(|t| {
                    let clause_end = toks[end.max(after + 1) - 1].end;
                    re.is_match(&key[t.start..clause_end])
                })
            });
        // "Chủ tịch UBND tỉnh Nguyễn Đình Phúc đánh giá, …": a leader named
        // in person speaks; what they do is no body's task.
        let named_speaker = !requests
            && list.len() == 1
            && lex
                .speaker
                .is_some_and(|l| l.match_at(toks, list[0].toks.start).is_some())
            && toks
                .get(list[0].toks.end - 1)
                .is_some_and(|t| t.end > list[0].name.end)
            && lex.speech.is_some_and(|l| l.match_at(toks, j).is_some());
        // "Ủy ban bầu cử xã thành lập xong trước ngày 20/01/2026; các Tổ
        // bầu cử thành lập chậm nhất ngày …": the body is what gets set up
        // (no object after the verb, a time or the clause's end): the work
        // of the clause before goes on, no doer of its own.
        let set_up = !requests && {
            let v = match_seq(
                toks,
                after,
                &[
                    &["thành", "lập"],
                    &["được", "thành", "lập"],
                    &["kiện", "toàn"],
                    &["được", "kiện", "toàn"],
                ],
            );
            v > 0
                && toks.get(after + v).is_none_or(|t| {
                    t.is_punct(';') || t.is_punct('.') || SET_UP_THEN.contains(&t.lower.as_str())
                })
        };
        if answers || named_speaker || set_up {
            // Its cue still names whom it answers to.
            i = after;
        } else if narrative {
            // "Bộ X đã trả lời …": a report of what was done names no doer.
            i = after;
        } else if proposes {
            i = end;
        } else if requests {
            // "UBND thành phố yêu cầu …": a single authority asks others. A plural
            // collective ("Ủy ban nhân dân các tỉnh yêu cầu …") is itself told to act.
            // Not "Giám đốc Sở yêu cầu …": the head of the issuing office
            // (a bare "Sở" after its holder) speaks for it.
            // A capitalized head named alone ("Ban Thường vụ yêu cầu …") is
            // the issuer's own board by its short name, not a collective.
            let told = |m: &Mention| {
                m.plural
                    || (m.collective
                        && !toks[m.toks.start].capital
                        && lex.holder.match_at(toks, m.toks.start).is_none())
            };
            if list.iter().all(told) && !list.is_empty() {
                clause_leads.extend(list);
                subject_leads = true;
            } else if toks[j].is("yêu") && requires_contractor(lex, toks, j, end)
                || passes_on(lex, toks, &list, j, end)
                || toks[j].is("giao") && gives_to_staff(toks, j + 1)
            {
                // "Ban Quản lý dự án … yêu cầu nhà thầu tăng ca …": the
                // body requires the one doing the works; the work is its
                // own, as "X chỉ đạo Y" is X's. So is "Phòng Kinh tế giao
                // công chức địa chính …": it gives the work to its staff.
                clause_leads.extend(list);
                subject_leads = true;
            } else if list
                .iter()
                .all(|m| lex.holder.match_at(toks, m.toks.start).is_none())
            {
                let after_cue = lex.assign.match_at(toks, j).map_or(j, |(len, _)| j + len);
                // (only a request, "yêu cầu" or "đề nghị", of someone named
                // after it; not "… phân công nhiệm vụ như sau:")
                let asks = toks[j].is("yêu") || toks[j].is("đề");
                let introduces = toks[end - 1].is_punct(':');
                if asks
                    && !introduces
                    && toks.get(after_cue).is_some_and(|t| t.word)
                    && lex.verb_at(toks, after_cue).is_none()
                {
                    asker = list;
                }
            }
            i = j;
        } else if (!out.lead.is_empty() || outer) && partners_only(lex, toks, after, end) {
            // "Sở Xây dựng chủ trì thực hiện; Sở Tài chính, Sở Nông nghiệp và
            // Môi trường phối hợp.": the partners of the doer named before.
            out.cooperate.extend(list);
            i = end;
        } else {
            if toks.get(after).is_some_and(|t| t.is_punct(':')) && after + 1 >= end
                || label_predicate_then_colon(lex, toks, after, end)
                || aside_then_colon(toks, after, end)
            {
                out.label_only = true;
            }
            clause_leads.extend(list);
            subject_leads = true;
            i = after;
        }
    }

    let mut k = i;
    while k < end {
        // Passive "được giao": no new body.
        if k > 0 && toks[k - 1].is("được") {
            k += 1;
            continue;
        }
        // "công trình", "giao thông", "bàn giao": words that contain a cue word.
        let in_noun = lex.in_phrase(lex.not_cue, toks, k) && issued_cue != Some(k);
        if in_noun {
            k += 1;
            continue;
        }
        // "Việc rà soát … do Sở Xây dựng chủ trì, phối hợp với …": the body
        // that leads the work named in the passive.
        if toks[k].is("do") && clause_leads.is_empty() && !*directed {
            let (list, after) = body_list_at(lex, toks, k + 1);
            if !list.is_empty() && match_seq(toks, after, &[&["chủ", "trì"]]) > 0 {
                clause_leads.extend(list);
                subject_leads = true;
                k = after;
                continue;
            }
        }
        if let Some((len, _)) = lex.cooperate.match_at(toks, k) {
            let (mut list, after) = cue_list_at(lex, toks, k + len);
            if list.is_empty() && (subject_leads || outer || match_seq(toks, i, INVITE) > 0) {
                // "Sở Y tế chủ trì, Sở Tài chính và Bảo hiểm xã hội tỉnh phối
                // hợp rà soát …": the partners stand before their cue.
                list = partners_before(lex, toks, i, k);
                // "Đề nghị Sở Y tế, Sở Giáo dục và Đào tạo phối hợp …": the
                // bodies asked are doers, not each other's partners.
                list.retain(|m| {
                    !clause_leads
                        .iter()
                        .any(|l| l.toks.start < m.toks.end && m.toks.start < l.toks.end)
                });
            }
            if !*directed && !list.is_empty() {
                out.cooperate.extend(list);
            }
            k = after.max(k + len);
            continue;
        }
        // What one who takes the floor proposes ("đại biểu các huyện đề xuất
        // tỉnh …; đề nghị ngành …") asks no one, in this clause or the next.
        if k > opening
            && match_seq(toks, k, &[&["đề", "xuất"]]) > 0
            && participant_opens(lex, toks, opening, k)
        {
            out.proposing_up = true;
            k = end;
            continue;
        }
        if let Some((len, _)) = lex.report.match_at(toks, k) {
            let (mut list, mut after) = body_list_at(lex, toks, k + len);
            if list.is_empty() {
                // "báo cáo kết quả thực hiện về UBND tỉnh", "gửi danh sách cho
                // Sở Nội vụ": what is sent, then who receives it.
                let to = (k + len..end.min(k + len + 8))
                    .take_while(|&m| toks[m].word)
                    .find(|&m| toks[m].is("về") || toks[m].is("cho") || toks[m].is("lên"));
                if let Some(to) = to {
                    (list, after) = body_list_at(lex, toks, to + 1);
                }
            }
            // "tham mưu Giám đốc Sở đề nghị UBND tỉnh công nhận …": what the
            // advised one is to ask is no assignment of this directive.
            // So is what a report asks of a body above ("…; đồng thời báo
            // cáo UBND huyện đề nghị Sở Tài chính xem xét, điều chỉnh …",
            // "báo cáo UBND tỉnh để kiến nghị Bộ …", "… trình HĐND huyện
            // …"): the content of the report, no new directive.
            let advises =
                match_seq(toks, k, &[&["tham", "mưu"], &["báo", "cáo"]]) > 0 && !list.is_empty();
            let at = if advises && toks.get(after).is_some_and(|t| t.is("để")) {
                after + 1
            } else {
                after
            };
            let cue = lex
                .assign
                .match_at(toks, at)
                .map(|(cue, _)| cue)
                .or_else(|| Some(match_seq(toks, at, &[&["trình"]])).filter(|&c| c > 0))
                .filter(|_| advises);
            if let Some(cue) = cue {
                let (asked, asked_end) = body_list_at(lex, toks, at + cue);
                out.report_to.extend(list);
                out.report_to.extend(asked);
                k = asked_end.max(at + cue);
                continue;
            }
            out.report_to.extend(list);
            k = after.max(k + len);
            continue;
        }
        // A proposal up after whoever makes it ("lãnh đạo các xã kiến nghị
        // tỉnh …") names no doer; the issuer's own "Kiến nghị Bộ X …" opens
        // its clause.
        if k > opening
            && match_seq(toks, k, &[&["kiến", "nghị"]]) > 0
            && !hands_work_on(lex, toks, k + 2)
        {
            // ("…; đề nghị ngành BHXH đơn giản hóa …": the same subject
            // proposes more in the clauses after it)
            out.proposing_up = true;
            k = end;
            continue;
        }
        // "Đại diện nhà thầu thi công đề nghị địa phương sớm bàn giao …":
        // who took the floor asks; the clause is told of, it asks no one.
        // So does a citizen named with where they live ("Bà Nguyễn Thị
        // Nhung, trú tại khu phố 3, phường 2 đề nghị xem xét …").
        // (The request first: `resides` walks the clause so far, at every
        // token it was a quadratic walk.)
        // (They may take the floor after an opening phrase: "Tham luận tại
        // hội nghị, đại diện Liên đoàn Lao động tỉnh … đề nghị …"; what
        // they ask after it asks no one either.)
        if k > opening
            && lex.assign.match_at(toks, k).is_some()
            && (participant_opens(lex, toks, opening, k) || resides(toks, opening..k))
        {
            out.proposing_up = true;
            k = end;
            continue;
        }
        let assign = lex.assign.match_at(toks, k);
        let direct = lex.direct.match_at(toks, k);
        if assign.is_some() || direct.is_some() {
            let len = assign
                .map(|a| a.0)
                .unwrap_or(0)
                .max(direct.map(|d| d.0).unwrap_or(0));
            let (mut list, mut after) = cue_list_at(lex, toks, k + len);
            // "… đề nghị trong 6 tháng cuối năm, các cơ quan, đơn vị …": a
            // time between the cue and the bodies asked.
            if list.is_empty() {
                if let Some(p) = time_then_comma(toks, k + len, end) {
                    let (more, more_after) = cue_list_at(lex, toks, p);
                    if more.first().is_some_and(|m| m.toks.start == p) {
                        (list, after) = (more, more_after);
                    }
                }
            }
            // "Yêu cầu các chủ đầu tư hạ tầng khu công nghiệp hoàn thiện …"
            after = with_qualifier(lex, toks, &mut list, after, end);
            // "Kiến nghị Chủ tịch UBND huyện giao Phòng Tài chính - Kế hoạch
            // kiểm tra …": the body asked is to hand the work on; the one it
            // gives it to does it ("Giao Y làm Z": Y).
            if hands_work_on(lex, toks, k + len) {
                // (The one who recommends it is no doer either: "Thanh tra
                // tỉnh kiến nghị Chủ tịch UBND tỉnh giao …".)
                if assign.is_some() {
                    clause_leads.clear();
                    subject_leads = false;
                }
                k = after;
                continue;
            }
            // "… kiến nghị tỉnh bố trí thêm vốn", "bà đề nghị huyện khẩn
            // trương …": a bare level above (no name, no UBND) is asked by
            // someone under it, a proposal up, reported: no one's task.
            let upward = list.len() == 1
                && !list[0].plural
                && lex.upper_level.is_some_and(|l| {
                    l.match_at(toks, list[0].toks.start)
                        .is_some_and(|(n, _)| n == list[0].toks.len())
                });
            // (Not when the speaker for the issuer asks it: "Đồng chí yêu
            // cầu huyện rà soát …" on a visit to the district.)
            // A citizen named as "ông"/"bà" may propose to it too ("bà đề
            // nghị huyện …"), but one who tells it to act is the leader
            // ("Ông yêu cầu huyện chỉ đạo các xã …": `cue_direct`).
            // So is one who asks it under a topic label ("Về sản xuất nông
            // nghiệp, ông Lâm Quang Trí đề nghị huyện chỉ đạo các xã …"): the
            // leader's conclusions go topic by topic; a citizen's request
            // does not.
            let pronoun = toks[opening].is("ông") || toks[opening].is("bà");
            let topic_first = opening > start
                && (toks[start].is("về") || match_seq(toks, start, TOPIC_LABELS) > 0);
            let speaker_asks = named_speaker_end(lex, toks, opening, end) == Some(k)
                && (!pronoun || direct.is_some() || topic_first);
            if upward && assign.is_some() && !speaker_asks {
                // Whoever proposes it is no doer either.
                asker.clear();
                out.proposing_up = true;
                k = after.max(k + len);
                continue;
            }
            // "Phối hợp với Phòng Thanh tra lập danh sách …, đề nghị Sở Lao
            // động - Thương binh và Xã hội thanh tra, xử lý": after its own
            // work, the doer (named or handed down) proposes to X; X gets
            // the proposal, no task of this directive.
            // "Giám đốc Sở yêu cầu các phòng, đơn vị trực thuộc Sở, đề nghị
            // Phòng LĐTBXH các huyện tập trung thực hiện …": a second request
            // right after the bodies just asked asks more doers of the same
            // work, as a list would.
            let asks_more = asked_until == Some(k)
                && k > 0
                && toks[k - 1].is(",")
                && (toks[k].is("yêu") || toks[k].is("đề"))
                && assign.is_some()
                && !list.is_empty();
            if asks_more {
                out.assigned.extend(list.iter().cloned());
                clause_leads.extend(list);
                asked_until = Some(after + 1);
                k = after.max(k + len);
                continue;
            }
            // "Bố trí kinh phí nâng cấp đường truyền …; đề nghị Sở Khoa học
            // và Công nghệ tỉnh hỗ trợ kết nối …" under a ward's heading: a
            // clause after ";" that asks a body above the issuer stays in
            // the doer's task; the body asked only receives the proposal.
            let up_clause = k == opening
                && start > 0
                && toks[start - 1].is_punct(';')
                && (outer || !out.lead.is_empty())
                && (toks[k].is("đề") || toks[k].is("kiến"))
                && assign.is_some()
                && lex.issuer_rank > 0
                && !list.is_empty()
                && list.iter().all(|m| {
                    lex.mention_rank(toks, m)
                        .is_some_and(|r| r < lex.issuer_rank)
                });
            if up_clause {
                out.report_to.extend(list);
                k = after.max(k + len);
                continue;
            }
            let proposal = (outer || subject_leads)
                && toks[k].is("đề")
                && k > opening
                && toks[k - 1].is(",")
                && speaker_end(lex, toks, opening, end, true) != Some(k)
                && (opening..k).any(|m| lex.verb_at(toks, m).is_some());
            // "… đề xuất phương án sử dụng hoặc đề nghị UBND tỉnh thu hồi":
            // a request offered as the alternative to the doer's own work is
            // its proposal; the body asked only receives it.
            let proposal = proposal
                || (toks[k].is("đề") || toks[k].is("kiến"))
                    && k > opening
                    && toks[k - 1].is("hoặc")
                    && assign.is_some();
            if proposal && !list.is_empty() {
                out.report_to.extend(list);
                k = after.max(k + len);
                continue;
            }
            // "Củng cố Ban Chỉ đạo …; phân công thành viên phụ trách địa
            // bàn": the doer shares its work out among its own members,
            // who are no body, whoever the doer is.
            if toks[k].is("phân") && speaker_cue != Some(k) && shares_among_people(lex, toks, k) {
                k = after.max(k + len);
                continue;
            }
            // "Phòng Kinh tế giao công chức địa chính phụ trách từng ấp …" in
            // a commune's letter to the office: a body named as the subject
            // hands the work to its own staff, people and no body, as "X chỉ
            // đạo Y" does; the subject stays the doer. (A bare "Giao công
            // chức …" with no subject right before it is left as it reads,
            // and so is a topic label before it: "Công tác đất đai:\nGiao
            // công chức Địa chính – Xây dựng:" hands the post down.)
            if toks[k].is("giao")
                && k > opening
                && toks[k - 1].word
                && speaker_cue != Some(k)
                && speaker_end(lex, toks, opening, end, true) != Some(k)
                && gives_to_staff(toks, k + len)
            {
                k = after.max(k + len);
                continue;
            }
            // ("chỉ thị" asks as "giao" does; "chỉ đạo" directs)
            let mut is_assign = (assign.is_some_and(|(l, _)| l == len)
                && match_seq(toks, k, &[&["chỉ", "đạo"]]) == 0)
                || speaker_cue == Some(k);
            if outer && toks[k].is("yêu") && speaker_end(lex, toks, opening, end, true) != Some(k)
            {
                // The handed-down doer requires X: X is told, not responsible
                // here. Not when the speaker does ("Thủ tướng yêu cầu Bộ Xây
                // dựng …" after a paragraph that asked others).
                is_assign = false;
            }
            // ("Ông nhấn mạnh, đây là công trình trọng điểm …, vì vậy yêu
            // cầu các đơn vị thi công phải …": the leader speaking asks them.)
            // (a clause of its sentence after a connective, "vì vậy yêu cầu
            // …", has no asker of its own: the speaker's)
            // (the sentence's speaker, though clauses come between: "Ông
            // nhấn mạnh, đây là …, vì vậy yêu cầu …")
            let speaking = || {
                let sentence = (0..k)
                    .rev()
                    .find(|&q| toks[q].is_punct('.'))
                    .map_or(0, |q| q + 1);
                speaker_end(lex, toks, sentence, end, true)
                    .is_some_and(|s| lex.speech.is_some_and(|l| l.match_at(toks, s).is_some()))
            };
            if k > opening
                && toks[k].is("yêu")
                && speaker_cue != Some(k)
                && speaker_end(lex, toks, opening, end, true) != Some(k)
                && requires_contractor(lex, toks, k, end)
                && !speaking()
            {
                // "…, phối hợp với Ban Quản lý dự án yêu cầu nhà thầu hoàn
                // trả": within the doer's work, the contractor is required
                // to act; it is no doer of the notice's.
                is_assign = false;
            }
            if outer && toks[k].is("phân") && speaker_end(lex, toks, opening, end, true) != Some(k)
            {
                // "Phân công kiểm lâm địa bàn …", "…, phân công thành viên
                // phụ trách từng thôn" under a body's heading: the doer shares
                // out its own work; who gets it is no body of the notice's.
                is_assign = false;
            }
            // "\"Tập đoàn Điện lực Việt Nam phải coi đây là nhiệm vụ chính
            // trị\", Phó Thủ tướng nói và đề nghị EVN cùng các Tổng công ty …
            // di dời …": the speaker asks the doer the quotation named (by
            // another name, often), not a body it directs; the partners
            // after it are the doer's.
            if is_assign
                && subject_leads
                && !*directed
                && quote_close
                    .is_some_and(|q| k > q && clause_leads.iter().all(|m| m.toks.end <= q))
            {
                k = after.max(k + len);
                continue;
            }
            if is_assign && !subject_leads && !*directed {
                // Not when more text follows ("Đơn vị chủ trì: Sở A; đơn vị
                // phối hợp: Sở B", "Giao Sở Tài chính: a) …; b) …"): the
                // text goes on with the task itself.
                // (nor when only what the heading says of them stands
                // before the colon: "… yêu cầu Hội Nông dân các huyện tập
                // trung thực hiện:")
                let nothing_after = list.last().is_some_and(|m| {
                    m.toks.end >= end && end >= toks.len()
                        || toks.get(m.toks.end).is_some_and(|t| t.is_punct(':'))
                            && m.toks.end + 1 >= toks.len()
                        || label_predicate_then_colon(lex, toks, m.toks.end, end)
                        // (or only what the body is, in brackets: "Giao Ban
                        // Chỉ huy Quân sự huyện (cơ quan thường trực Hội
                        // đồng):" over its bullets)
                        || aside_then_colon(toks, m.toks.end, end)
                });
                if nothing_after && !list.is_empty() {
                    out.label_only = true;
                }
                out.assigned.extend(list.iter().cloned());
                asked_until = (!list.is_empty()).then_some(after + 1);
                clause_leads.extend(list);
                subject_leads = true;
            } else if !list.is_empty() {
                *directed = true;
                out.directed = true;
                // "Sở NN&PTNT chỉ đạo Chi cục Kiểm lâm:" ending the text:
                // the items under it are what Y is to do.
                out.directs_items |=
                    toks.get(after).is_some_and(|t| t.is_punct(':')) && after + 1 >= toks.len();
            }
            k = after.max(k + len);
            continue;
        }
        k += 1;
    }
    if clause_leads.is_empty() && !out.directed {
        clause_leads = asker;
    }
    out.clause_subjects.push((start, clause_leads.clone()));
    out.lead.extend(clause_leads);
}

/// Words that open a time phrase ("trong 6 tháng cuối năm", "từ nay đến
/// cuối năm", "ngay trong tháng 7").
const TIME_OPENERS: &[&str] = &["trong", "từ", "đến", "trước", "sau", "ngay", "những"];
/// Words that make a phrase a time ("tháng", "quý", "năm").
const TIME_WORDS: &[&str] = &[
    "ngày", "tuần", "tháng", "quý", "năm", "thời", "giai", "dịp", "tết", "mùa", "đợt",
];

/// A time phrase of at most ten tokens at `at`, then a comma: the token
/// after the comma.
fn time_then_comma(toks: &[Token], at: usize, end: usize) -> Option<usize> {
    if !toks
        .get(at)
        .is_some_and(|t| TIME_OPENERS.contains(&t.lower.as_str()))
    {
        return None;
    }
    let comma = (at + 1..end.min(at + 11))
        .take_while(|&k| toks[k].word || toks[k].is(",") || toks[k].is("/") || toks[k].is("-"))
        .find(|&k| toks[k].is(","))?;
    let timed = (at + 1..comma).any(|k| TIME_WORDS.contains(&toks[k].lower.as_str()));
    (timed && comma + 1 < end).then_some(comma + 1)
}

/// The request at `j` ("yêu cầu") asks only contractors or investors
/// (`contractor`: "nhà thầu", "các nhà đầu tư").
fn requires_contractor(lex: &Lexicon, toks: &[Token], j: usize, end: usize) -> bool {
    let Some(contractor) = lex.contractor else {
        return false;
    };
    let Some((len, _)) = lex.assign.match_at(toks, j) else {
        return false;
    };
    let mut at = j + len;
    if toks.get(at).is_some_and(Token::is_plural_marker) {
        at += 1;
    }
    at < end && contractor.match_at(toks, at).is_some()
}

/// "Thứ ba, Ban Quản lý các khu công nghiệp Đồng Nai yêu cầu các công ty hạ
/// tầng … rà soát …": a single subordinate body (`passing_body`, not an
/// office holder, the issuer's government or a Party board) requires another
/// body named after the cue to act: the work is the subject's to see done.
fn passes_on(lex: &Lexicon, toks: &[Token], list: &[Mention], j: usize, end: usize) -> bool {
    let Some(kinds) = lex.passing_body else {
        return false;
    };
    let [m] = list else {
        return false;
    };
    if m.plural || m.collective || !toks[m.toks.start].capital {
        return false;
    }
    // (only "yêu cầu": "Sở NN-PTNT đề nghị UBND các huyện …" asks bodies
    // outside it to act on their own)
    if !toks[j].is("yêu") || kinds.match_at(toks, m.toks.start).is_none() {
        return false;
    }
    let Some((len, _)) = lex.assign.match_at(toks, j) else {
        return false;
    };
    let (asked, _) = body_list_at(lex, &toks[..end], j + len);
    !asked.is_empty() && !toks[end - 1].is_punct(':')
}

/// Who takes the floor without speaking for the issuer (`participant`,
/// "các đại biểu", "một số hộ dân") opens the clause at `opening`, or
/// after an opening phrase ("Tham luận tại hội nghị, đại diện …").
fn participant_opens(lex: &Lexicon, toks: &[Token], opening: usize, k: usize) -> bool {
    let Some(list) = lex.participant else {
        return false;
    };
    let at = |i: usize| {
        let i = i + match_seq(toks, i, &[&["các"], &["những"], &["một", "số"], &["nhiều"]]);
        list.match_at(toks, i).is_some()
    };
    at(opening) || floor_after_opening(lex, toks, opening, k).is_some_and(at)
}

/// The token after an opening phrase and its comma ("Tham luận tại hội
/// nghị, …", "Tại buổi làm việc, …"), when no cue, body or speaker comes
/// before the comma.
fn floor_after_opening(lex: &Lexicon, toks: &[Token], opening: usize, k: usize) -> Option<usize> {
    let comma = (opening..k.min(opening + 8)).find(|&c| toks[c].is(","))?;
    let plain = (opening..comma).all(|m| {
        toks[m].word
            && lex.assign.match_at(toks, m).is_none()
            && lex.direct.match_at(toks, m).is_none()
            && body_at(lex, toks, m).is_none()
            && lex.speaker.is_none_or(|l| l.match_at(toks, m).is_none())
    });
    plain.then_some(comma + 1)
}

/// Whether the bodies asked at `k` are asked to hand the work on ("… Chủ
/// tịch UBND huyện giao Phòng Tài chính - Kế hoạch kiểm tra …"): the body
/// given it does it ("Giao Y làm Z": Y).
fn hands_work_on(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    let (asked, after) = cue_list_at(lex, toks, k);
    !asked.is_empty()
        && toks.get(after).is_some_and(|t| t.is("giao"))
        && !cue_list_at(lex, toks, after + 1).0.is_empty()
}

/// The subject of a clause: (bodies, token index after them).
/// Words before "tại"/"ở" that give where a person lives ("trú tại", "ngụ
/// tại", "sinh sống ở").
const RESIDES: &[&str] = &["trú", "ngụ", "sống"];

/// A person's residence is given in `range` ("trú tại", "ngụ ở").
pub(crate) fn resides(toks: &[Token], range: Range<usize>) -> bool {
    range.clone().skip(1).any(|m| {
        (toks[m].is("tại") || toks[m].is("ở")) && RESIDES.iter().any(|w| toks[m - 1].is(w))
    })
}

/// Token `k`, after a comma, goes on with a person's address ("Ông Phan
/// Thanh Hải, trú tại thôn Ái Tử, thị trấn Ái Tử, huyện Triệu Phong phản
/// ánh …"): the places there are where someone lives, no body.
fn in_address(lex: &Lexicon, toks: &[Token], start: usize, k: usize) -> bool {
    let mut m = k;
    while m > start {
        m -= 1;
        let t = &toks[m];
        if (t.is("tại") || t.is("ở")) && m > 0 && RESIDES.iter().any(|w| toks[m - 1].is(w)) {
            return true;
        }
        // (only place names and commas stand between the address and `k`)
        let place_word = t.is(",")
            || t.lower.bytes().all(|c| c.is_ascii_digit())
            || t.capital
            || lex.admin.match_at(toks, m).is_some()
            || ADDRESS_WORDS.contains(&t.lower.as_str());
        if !place_word {
            return false;
        }
    }
    false
}

/// Lower-case words inside an address besides the administrative units.
const ADDRESS_WORDS: &[&str] = &[
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "làng",
    "khu",
    "phố",
    "tổ",
    "khối",
    "số",
    "đường",
    "trấn",
    "thị",
];

fn find_subject(
    lex: &Lexicon,
    toks: &[Token],
    start: usize,
    end: usize,
    clause_start: usize,
) -> Option<(Vec<Mention>, usize)> {
    let mut k = start;
    while k < end {
        let at_boundary = k == start || toks[k - 1].is(",") || toks[k - 1].is(":");
        if at_boundary && k > start && in_address(lex, toks, start, k) {
            k += 1;
            continue;
        }
        if at_boundary {
            let (mut list, mut after) = body_list_at(lex, toks, k);
            // "Các chủ rừng là Ban Quản lý rừng phòng hộ Lộc Bắc, Công ty
            // TNHH … phải bố trí …": the kind, then the bodies it names.
            if list.len() == 1 && list[0].collective && toks.get(after).is_some_and(|t| t.is("là"))
            {
                let (named, named_after) = body_list_at(lex, toks, after + 1);
                if !named.is_empty() && named.iter().all(|m| !m.collective) && named_after <= end {
                    (list, after) = (named, named_after);
                }
            }
            if after > end {
                // A list that runs on past the clause's `;` ("Thủ trưởng các sở,
                // ngành; Chủ tịch UBND các xã:"): the clause's own part.
                list.retain(|m| m.toks.end <= end);
                after = list.last().map_or(k, |m| m.toks.end);
            }
            // "Tổ chức Lễ phát động …": a verb that is also a kind of body
            // ("các tổ chức"), not plural, opens a task.
            // "Cấp ủy, chính quyền …": a kind longer than the verb it opens
            // with is the subject.
            let verb_first = lex.verb_at(toks, k).is_some_and(|verb_len| {
                lex.collective
                    .match_at(toks, k)
                    .is_some_and(|(kind_len, _)| kind_len <= verb_len)
            }) && lex.head_at(toks, k).is_none()
                && list.first().is_some_and(|m| !m.plural && m.toks.start == k);
            // "…; tư vấn, tuyển chọn lao động đi làm việc ở nước ngoài": a
            // bare kind that is also work ("tư vấn"), then a comma and a
            // verb, is one of a series of the doer's verbs.
            let verb_series = list.len() == 1
                && !list[0].plural
                && list[0].collective
                && list[0].toks.start == k
                && !toks[k].capital
                && toks.get(after).is_some_and(|t| t.is(","))
                && lex.verb_at(toks, after + 1).is_some();
            // "1.1. Tư vấn thành lập mới HTX, hỗ trợ …": a bare kind that is
            // also a trade done as work (`brand_trade`: "tư vấn"), straight
            // before a verb, opens the task; the heading's body is the doer.
            let trade_work = list.len() == 1
                && !list[0].plural
                && list[0].collective
                && list[0].toks.start == k
                && list[0].toks.end == after
                && lex
                    .brand_trade
                    .and_then(|l| l.match_at(toks, k))
                    .is_some_and(|(n, _)| k + n == after)
                && lex.verb_at(toks, after).is_some();
            if verb_first || verb_series || trade_work {
                list.clear();
            }
            // "Phó Chủ tịch UBND xã phụ trách khối kinh tế chỉ đạo …": what the
            // office holder is in charge of stands between the body and its verb.
            after = in_charge_end(lex, toks, after, end);
            // "Sở Xây dựng được giao chủ trì, phối hợp với …": a body named in
            // full, given the work in the passive, does it (its name ends
            // before "được"; a kind narrowed so, "cơ quan được giao chủ trì",
            // keeps it in its name).
            if list
                .last()
                .is_some_and(|m| !m.collective && !m.plural && m.toks.end == after)
            {
                after += match_seq(toks, after, &[&["được", "giao"], &["được", "phân", "công"]]);
            } else if list
                .last()
                .is_some_and(|m| !m.collective && m.toks.end == after)
                && match_seq(
                    toks,
                    after,
                    &[
                        &["được", "phân", "công", "phụ", "trách"],
                        &["được", "giao", "phụ", "trách"],
                    ],
                ) > 0
            {
                // "Các thành viên Ban Chỉ huy được phân công phụ trách địa
                // bàn khẩn trương xuống …": members given an area, then
                // their verb; the passive and the area stand between.
                let passive =
                    match_seq(toks, after, &[&["được", "giao"], &["được", "phân", "công"]]);
                let verb = in_charge_end(lex, toks, after + passive, end);
                if verb > after + passive {
                    after = verb;
                }
            }
            // "Các cơ sở sản xuất, cơ sở kinh doanh thực hiện …": kinds, each
            // with its trade, listed before the verb.
            if k == start {
                if let Some((kinds, verb)) = kinds_with_trades(lex, toks, &list, after, end) {
                    return Some((kinds, verb));
                }
            }
            // "Các doanh nghiệp khai thác khoáng sản trên địa bàn ký quỹ …":
            // a qualifier opening with a verb, closed by "trên địa bàn".
            if lex.verb_at(toks, after).is_some()
                || match_seq(toks, after, &[&["trên", "địa", "bàn"], &["trong", "toàn"]]) > 0
            {
                after = with_qualifier(lex, toks, &mut list, after, end);
            }
            // After a comma, a bare kind ("…, doanh nghiệp tích cực …") is no subject.
            let strong = k == start || list.first().is_some_and(|m| m.plural || !m.collective);
            if !list.is_empty() && after <= end && strong {
                let label = k == start
                    && (after >= end
                        || toks.get(after).is_some_and(|t| {
                            t.is_punct(':') || t.is_punct('(') || t.is_punct('-')
                        })
                        || (k == clause_start && qualified_label(lex, toks, after, end)));
                let several = list.iter().all(|m| m.plural || m.collective);
                // (The relative clause may have begun inside the last name:
                // "UBND các tỉnh có dự án" + "điện đi qua phối hợp …".)
                let clause_begun = list.last().is_some_and(|m| {
                    m.toks.end == after && (m.toks.start + 1..after).any(|q| toks[q].is("có"))
                });
                // "Các xã có tỷ lệ bao phủ BHYT dưới 85% phải có giải pháp
                // …": a plural kind narrowed by what it has or still owes,
                // then what it must do: the kind with its narrowing clause.
                if several && k == start {
                    let narrowed = narrowing_then_modal(toks, after, end)
                        .or_else(|| narrowing_then_count(lex, toks, after, end));
                    if let Some((name_end, modal)) = narrowed {
                        if let Some(last) = list.last_mut().filter(|m| m.toks.end == after) {
                            last.toks.end = name_end;
                            last.name.end = toks[name_end - 1].end;
                            return Some((list, modal));
                        }
                    }
                }
                // "Các bệnh viện tuyến thành phố như Bệnh viện Đức Giang,
                // Bệnh viện Thanh Nhàn sẵn sàng …": a kind, then examples of
                // it after "như", then the verb: the kind is the doer.
                if several && k == start && toks.get(after).is_some_and(|t| t.is("như")) {
                    let (examples, ex_after) = body_list_at(lex, toks, after + 1);
                    if !examples.is_empty()
                        && ex_after <= end
                        && followed_by_predicate(lex, toks, ex_after, end)
                    {
                        return Some((list, ex_after));
                    }
                }
                // (a body named as such, not a bare kind that is also work:
                // "…; tư vấn cho học sinh lựa chọn …")
                let named_body = list.iter().all(|m| m.plural || !m.collective);
                // "Trạm Chăn nuôi và Thú y huyện khi phát hiện ổ dịch phải
                // xử lý …", "Trung tâm Y tế huyện, khi có yêu cầu, cử …": a
                // condition between the subject and its modal or verb.
                if k == start && condition_then_task(lex, toks, after, end) {
                    return Some((list, after));
                }
                if label
                    || followed_by_predicate(lex, toks, after, end)
                    || (named_body && lets_someone(lex, toks, after, end))
                    || (several && relative_clause_then_verb(lex, toks, after, end))
                    || (several && condition_then_modal(toks, after, end))
                    || (several && clause_begun && relative_rest_then_verb(lex, toks, after, end))
                {
                    return Some((list, after));
                }
                // "Các doanh nghiệp kinh doanh dịch vụ du lịch tham gia …":
                // a plural kind with the words that say which, then the verb.
                // "Đối với Sở Xây dựng, khẩn trương hoàn thiện …": the label's
                // bodies do what follows the comma.
                let labelled = (1..=2).any(|n| k >= n && match_seq(toks, k - n, TOPIC_LABELS) == n);
                if labelled && toks.get(after).is_some_and(|t| t.is(",")) {
                    let verb = past_adverbs(lex, toks, after + 1, end);
                    if verb < end
                        && (lex.verb_at(toks, verb).is_some()
                            || lex.verb_lead.match_at(toks, verb).is_some())
                    {
                        return Some((list, after));
                    }
                }
                // ("Sở Y tế và các chủ hồ đập thủy điện vận hành …": the last one.)
                let verb = with_qualifier(lex, toks, &mut list, after, end);
                if verb > after {
                    return Some((list, verb));
                }
            }
        }
        // At the first verb, a body after it is an object, unless a comma sets it
        // off as the subject of the main clause after a purpose phrase ("Để …,
        // các cơ quan, ban, ngành … tập trung …").
        // "…; cùng Ban Chỉ huy Quân sự huyện, Công an huyện bố trí …": the
        // bodies after a partnership cue are partners, none of them the subject.
        if lex.assign.match_at(toks, k).is_some()
            || lex.direct.match_at(toks, k).is_some()
            || lex.cooperate.match_at(toks, k).is_some()
        {
            return None;
        }
        if lex.verb_at(toks, k).is_some() {
            let purpose = match_seq(
                toks,
                clause_start,
                &[
                    &["để"],
                    &["nhằm"],
                    &["trên", "cơ", "sở"],
                    &["căn", "cứ"],
                    &["trước"],
                    &["với"],
                    // "Đối với các trường hợp không hợp tác, cố tình …, UBND
                    // hai huyện chủ động …", "Trường hợp đã được vận động …,
                    // Phòng Tài nguyên và Môi trường tham mưu …"
                    &["đối", "với"],
                    &["trường", "hợp"],
                    // a fronted time clause: "Ngay sau khi lũ rút, Trạm Y tế
                    // xã tổ chức …", "Sau khi có kết quả, …", "Trong thời
                    // gian chờ …, …", "Từ nay đến cuối năm, …"
                    &["ngay", "sau", "khi"],
                    &["sau", "khi"],
                    &["ngay", "khi"],
                    &["trong", "thời", "gian"],
                    &["trong", "khi"],
                    &["từ", "nay"],
                ],
            ) > 0;
            return if purpose {
                late_subject(lex, toks, k, end)
            } else {
                subject_after_colon(lex, toks, k, end)
            };
        }
        k += 1;
    }
    None
}

/// "Thực hiện nghiêm chế độ báo cáo: các Ban Điều hành dự án báo cáo tiến
/// độ …": a task named first, then after its colon the bodies that do it
/// with their own verb; they are the clause's subject (a `báo cáo` before
/// the colon sends nothing to them).
fn subject_after_colon(
    lex: &Lexicon,
    toks: &[Token],
    from: usize,
    end: usize,
) -> Option<(Vec<Mention>, usize)> {
    let colon = (from..end).find(|&c| toks[c].is_punct(':'))?;
    // "Hoàn trả … các khoản thu sai, cụ thể: Trường A hoàn trả …; Trường B
    // …": the colon spells out the task itself, body by body; one directive.
    let spelled_out = (1..=2).any(|n| {
        colon >= n
            && match_seq(
                toks,
                colon - n,
                &[&["cụ", "thể"], &["như", "sau"], &["gồm"]],
            ) == n
    });
    if spelled_out {
        return None;
    }
    // (Not a cue's list: "Giao nhiệm vụ như sau: …" returns before here.)
    let (list, after) = body_list_at(lex, toks, colon + 1);
    let first = list.first()?;
    (first.toks.start <= colon + 2
        && after < end
        && !toks[after].is_punct(':')
        && followed_by_predicate(lex, toks, after, end))
    .then_some((list, after))
}

/// "(Ban quản lý rừng phòng hộ, …):" right after a heading's bodies, ending
/// the text: what the bodies are, in brackets.
fn aside_then_colon(toks: &[Token], at: usize, end: usize) -> bool {
    end >= toks.len()
        && end >= at + 3
        && toks[at].is_punct('(')
        && toks[end - 2].is_punct(')')
        && toks[end - 1].is_punct(':')
        && !toks[at + 1..end - 2].iter().any(|t| t.is_punct(')'))
}

/// A note in brackets right after a label's bodies that ends the text,
/// with or without a colon after it: "(cơ quan thường trực Ban Chỉ đạo)".
fn aside_ends_label(toks: &[Token], at: usize, end: usize) -> bool {
    if end < toks.len() || !toks.get(at).is_some_and(|t| t.is_punct('(')) {
        return false;
    }
    let close = match toks.last() {
        Some(t) if t.is_punct(':') => end.saturating_sub(2),
        _ => end.saturating_sub(1),
    };
    close > at + 1
        && toks.get(close).is_some_and(|t| t.is_punct(')'))
        && !toks[at + 1..close]
            .iter()
            .any(|t| t.is_punct(')') || t.is_punct('('))
}

/// "có trách nhiệm:" right after a heading's bodies, ending the text.
pub(crate) fn label_predicate_then_colon(
    lex: &Lexicon,
    toks: &[Token],
    at: usize,
    end: usize,
) -> bool {
    let Some(predicate) = lex.label_predicate else {
        return false;
    };
    end >= toks.len()
        && predicate
            .match_at(toks, at)
            .is_some_and(|(n, _)| at + n + 1 == end && toks[at + n].is_punct(':'))
}

/// After a body at `at`, the end of "phụ trách <field>" when a verb follows
/// the field within six words ("… phụ trách khối kinh tế chỉ đạo …"); else `at`.
fn in_charge_end(lex: &Lexicon, toks: &[Token], at: usize, end: usize) -> usize {
    if match_seq(toks, at, &[&["phụ", "trách"]]) == 0 {
        return at;
    }
    (at + 3..end.min(at + 9))
        .find(|&v| toks[v - 1].word && lex.verb_at(toks, v).is_some())
        .filter(|&v| (at + 2..v).all(|w| toks[w].word))
        .unwrap_or(at)
}

/// A heading's bodies, then a few words that narrow them, then its colon:
/// "Các bệnh viện tuyến tỉnh:", "Các cơ quan, đơn vị được kiểm tra:".
fn qualified_label(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    let closes = end == toks.len() && toks.get(end - 1).is_some_and(|t| t.is_punct(':'));
    closes
        && end - 1 - after <= 10
        && (after..end - 1).all(|k| {
            let passive = k > 0 && toks[k - 1].is("được");
            toks[k].word
                && !toks[k].all_caps
                && (passive
                    || lex.assign.match_at(toks, k).is_none()
                        && lex.direct.match_at(toks, k).is_none())
                && lex.cooperate.match_at(toks, k).is_none()
        })
}

fn late_subject(
    lex: &Lexicon,
    toks: &[Token],
    from: usize,
    end: usize,
) -> Option<(Vec<Mention>, usize)> {
    let mut k = from;
    while k < end {
        if lex.assign.match_at(toks, k).is_some()
            || lex.cooperate.match_at(toks, k).is_some()
            || lex.report.match_at(toks, k).is_some()
        {
            return None;
        }
        if toks[k].is(",") {
            let (list, after) = body_list_at(lex, toks, k + 1);
            let strong = list.first().is_some_and(|m| m.plural || !m.collective);
            if strong && after <= end && followed_by_predicate(lex, toks, after, end) {
                return Some((list, after));
            }
        }
        k += 1;
    }
    None
}

/// A verb, a cue, a modal or a colon follows (possibly after a parenthetical).
/// "UBND các tỉnh, thành phố có dự án đi qua khẩn trương …": several bodies
/// narrowed by a short relative clause on "có", then their verb. (After one
/// named body "có" is a verb of its own: "UBND tỉnh có công điện gửi …".)
fn relative_clause_then_verb(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    if !toks.get(after).is_some_and(|t| t.is("có")) {
        return false;
    }
    // (a figure may bound what they have: "Chủ tịch UBND các xã có tỷ lệ
    // hồ sơ trễ hạn trên 3% kiểm điểm …"; its number and sign take the
    // place of a word or two)
    let figure = |m: usize| is_number(&toks[m]) || toks[m].is("%");
    let figures = (after + 1..end.min(after + 12))
        .take_while(|&m| toks[m].word || figure(m))
        .filter(|&m| figure(m))
        .count()
        .min(3);
    (after + 1..end.min(after + 9 + figures))
        .take_while(|&m| {
            (toks[m].word || figure(m)) && !NARRATIVE.contains(&toks[m].lower.as_str())
        })
        .any(|m| lex.verb_at(toks, m).is_some())
}

/// Which of the bodies, told by what they have not done, then what they
/// must do: "Các huyện, thị xã, thành phố chưa đạt 70% chỉ tiêu tính đến
/// ngày 30/9/2023 phải có báo cáo giải trình …" (`chưa`/`không` at `after`,
/// `phải`/`cần` within the sentence's next words).
fn condition_then_modal(toks: &[Token], after: usize, end: usize) -> bool {
    const MAX_TOKENS: usize = 20;
    if !toks
        .get(after)
        .is_some_and(|t| t.is("chưa") || t.is("không"))
    {
        return false;
    }
    (after + 2..end.min(after + MAX_TOKENS))
        .take_while(|&m| !(toks[m].is(";") || toks[m].is(":") || toks[m].is(".")))
        .any(|m| toks[m].is("phải") || toks[m].is("cần"))
}

/// A condition right after a subject ("khi …", "nếu …", "trong trường hợp
/// …", set off by commas or not), then within the sentence's next words a
/// modal (`phải`/`cần`) or, after a comma, a verb: "Trạm Thú y huyện khi
/// phát hiện ổ dịch phải xử lý …", "Phòng Y tế, khi có yêu cầu, cử …".
fn condition_then_task(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    const MAX_TOKENS: usize = 24;
    const CONDITIONS: &[&[&str]] = &[
        &["trong", "trường", "hợp"],
        &["trường", "hợp"],
        &["ngay", "khi"],
        &["khi"],
        &["nếu"],
    ];
    let open = after + usize::from(toks.get(after).is_some_and(|t| t.is(",")));
    let n = match_seq(toks, open, CONDITIONS);
    if n == 0 {
        return false;
    }
    let last = end.min(open + MAX_TOKENS);
    for m in open + n + 1..last {
        let t = &toks[m];
        if t.is(";") || t.is(":") || t.is(".") {
            return false;
        }
        if t.is("phải") || t.is("cần") {
            return true;
        }
        if t.is(",") {
            let verb = past_adverbs(lex, toks, m + 1, end);
            return verb < end && lex.verb_at(toks, verb).is_some();
        }
    }
    false
}

/// What narrows a plural kind ("có tỷ lệ bao phủ dưới 85%", "còn nợ đọng
/// …", `có`/`còn` at `after`), then `phải`/`cần` within the sentence's next
/// words: where the narrowed name ends (before a comma, an example "như …"
/// or a bracket) and the modal's index.
fn narrowing_then_modal(toks: &[Token], after: usize, end: usize) -> Option<(usize, usize)> {
    const MAX_TOKENS: usize = 20;
    if !toks.get(after).is_some_and(|t| t.is("có") || t.is("còn")) {
        return None;
    }
    let modal = (after + 2..end.min(after + MAX_TOKENS))
        .take_while(|&m| !(toks[m].is(";") || toks[m].is(":") || toks[m].is(".")))
        .find(|&m| toks[m].is("phải") || toks[m].is("cần"))?;
    let name_end = (after + 1..modal)
        .find(|&q| toks[q].is(",") || toks[q].is("như") || toks[q].is("("))
        .unwrap_or(modal);
    (name_end > after + 1).then_some((name_end, modal))
}

/// "Các khoa lâm sàng chưa triển khai BAĐT (17 khoa) lập lộ trình …": a
/// plural kind narrowed by what it has not done yet (or has, or still
/// has), closed by how many they are in brackets, then its verb. Without a
/// modal the bracket is what tells where the narrowing ends. Returns the
/// name's end (the bracket) and the verb.
fn narrowing_then_count(
    lex: &Lexicon,
    toks: &[Token],
    after: usize,
    end: usize,
) -> Option<(usize, usize)> {
    const MAX_TOKENS: usize = 16;
    if !toks
        .get(after)
        .is_some_and(|t| t.is("chưa") || t.is("có") || t.is("còn"))
    {
        return None;
    }
    let open = (after + 2..end.min(after + MAX_TOKENS))
        .take_while(|&m| {
            !(toks[m].is(";") || toks[m].is(":") || toks[m].is(".") || toks[m].is(","))
        })
        .find(|&m| toks[m].is_punct('('))?;
    // (a count, "17 khoa", "05 đơn vị": a number first in the bracket)
    if !toks.get(open + 1).is_some_and(is_number) {
        return None;
    }
    let close = (open + 2..end.min(open + 6)).find(|&m| toks[m].is_punct(')'))?;
    let verb = past_adverbs(lex, toks, close + 1, end);
    (verb < end && lex.verb_at(toks, verb).is_some()).then_some((open, verb))
}

/// A few lowercase words that are no verb, then a verb: the rest of a
/// relative clause a body's name already began ("… có dự án" + "điện đi
/// qua phối hợp …").
fn relative_rest_then_verb(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    (after..end.min(after + 6))
        .take_while(|&m| {
            let t = &toks[m];
            t.word && !t.capital && !NARRATIVE.contains(&t.lower.as_str())
        })
        .any(|m| m > after && lex.verb_at(toks, m).is_some())
}

/// "Các cơ sở chăn nuôi gia cầm, cơ sở ấp trứng, lò mổ gia cầm thực hiện
/// …": a plural kind with its trade (`brand_trade`, `firm_trade`) and what
/// it deals in, then more kinds after commas or "và", each with a few
/// lower-case words that say which, then the verb: one body per kind and
/// the verb's index. Only for two kinds or more (one kind with its trade is
/// read by `with_qualifier`).
fn kinds_with_trades(
    lex: &Lexicon,
    toks: &[Token],
    list: &[Mention],
    after: usize,
    end: usize,
) -> Option<(Vec<Mention>, usize)> {
    const MAX_WORDS: usize = 5;
    let [first] = list else {
        return None;
    };
    if !(first.collective && first.plural && first.toks.end == after) {
        return None;
    }
    lex.trade_at(toks, after)?;
    let lower = |m: usize| {
        toks.get(m)
            .is_some_and(|t| t.word && !t.capital && !t.all_caps)
    };
    let mut kinds = vec![(first.toks.clone(), toks[first.toks.end - 1].end)];
    let name_start = first.name.start;
    let mut m = after;
    loop {
        // The kind's trades and what they deal in, to a comma or the verb.
        let from = m;
        while m < end && m < from + MAX_WORDS && lower(m) {
            if let Some(n) = lex.trade_at(toks, m) {
                m += n;
                continue;
            }
            if lex.verb_at(toks, m).is_some() || lex.stops_name(toks, m) {
                break;
            }
            m += 1;
        }
        let last = kinds.last_mut()?;
        last.0.end = m;
        last.1 = toks[m - 1].end;
        if m >= end {
            return None;
        }
        if toks[m].is(",") || toks[m].is("và") {
            let (n, _) = lex
                .collective
                .match_at(toks, m + 1)
                .filter(|_| lower(m + 1))?;
            kinds.push((m + 1..m + 1 + n, toks[m + n].end));
            m += 1 + n;
            continue;
        }
        break;
    }
    if kinds.len() < 2 || lex.verb_at(toks, m).is_none() {
        return None;
    }
    let mentions = kinds
        .into_iter()
        .enumerate()
        .map(|(i, (range, name_end))| Mention {
            name: if i == 0 {
                name_start
            } else {
                toks[range.start].start
            }..name_end,
            toks: range,
            implied_head: None,
            collective: true,
            plural: true,
        })
        .collect();
    Some((mentions, m))
}

/// The last of `list`, a plural kind, takes the words that say which up to
/// the verb ("các doanh nghiệp kinh doanh dịch vụ du lịch tham gia …").
/// Returns where the list ends now: `after`, or the verb.
fn with_qualifier(
    lex: &Lexicon,
    toks: &[Token],
    list: &mut [Mention],
    after: usize,
    end: usize,
) -> usize {
    // (a kind named by its project is one too: "Chủ đầu tư dự án …",
    // "nhà đầu tư các dự án …")
    let of_project = match_seq(toks, after, &[&["dự", "án"], &["các", "dự", "án"]]) > 0;
    // (the "các" of a list of kinds counts for each of them: "Các hộ kinh
    // doanh, hợp tác xã, doanh nghiệp tái chế nhựa xây dựng …" narrows the
    // last, which is plural too)
    let plural_list = list.first().is_some_and(|m| m.plural) && list.iter().all(|m| m.collective);
    // (a kind named by its trade is one too, with or without "các":
    // "Đơn vị quản lý vận hành nhà chung cư kiểm tra …")
    let by_trade = lex.kind_trade_at(toks, after).is_some();
    let Some(last) = list.last_mut().filter(|m| {
        m.collective
            && (m.plural || plural_list || of_project || by_trade && lex.bare_kind(toks, m))
    }) else {
        return after;
    };
    if last.toks.end != after {
        return after;
    }
    let bare = by_trade && lex.bare_kind(toks, last);
    match qualifier_then_verb(lex, toks, after, end, of_project, bare) {
        Some(verb) => {
            last.toks.end = verb;
            last.name.end = toks[verb - 1].end;
            verb
        }
        None => after,
    }
}

/// A few lowercase words that are no verb, then a verb: the qualifier of a
/// plural kind before its predicate ("Các chủ đầu tư dự án nhà ở xã hội
/// đẩy nhanh …"). Returns the verb's index. After a bare kind
/// (`bare_kind`), its trades (`kind_trade`) may open the qualifier.
fn qualifier_then_verb(
    lex: &Lexicon,
    toks: &[Token],
    after: usize,
    end: usize,
    of_project: bool,
    bare_kind: bool,
) -> Option<usize> {
    // (a project's own name adds words: "Chủ đầu tư dự án khu dân cư Bắc
    // Sông Cầu không tự ý …")
    let max_words = if of_project { 14 } else { 8 };
    let mut m = after;
    // ("Các chủ đầu tư, nhà thầu đang thi công công trình trên địa bàn quận
    // không để …": what the kind is doing now, after "đang", narrows it when
    // "trên địa bàn" closes it, as a qualifier opening with a verb does.)
    let area_closes = || {
        (after..end.min(after + max_words))
            .any(|q| match_seq(toks, q, &[&["trên", "địa", "bàn"]]) > 0)
    };
    let mut lead =
        after + usize::from(toks.get(after).is_some_and(|t| t.is("đang")) && area_closes());
    // ("Đơn vị quản lý vận hành nhà chung cư kiểm tra …", "các doanh
    // nghiệp kinh doanh thuốc BVTV tổ chức …": the kind's trades, verbs
    // elsewhere, open its name; the verb after what it deals in is the
    // predicate.)
    let mut by_trade = false;
    if lead == after && bare_kind {
        while let Some(n) = lex.kind_trade_at(toks, lead).filter(|_| lead < end) {
            lead += n;
            by_trade = true;
        }
    }
    let max_words = if by_trade {
        max_words.max(lead - after + 6)
    } else {
        max_words
    };
    // ("Các doanh nghiệp khai thác khoáng sản trên địa bàn ký quỹ …": a
    // qualifier opening with a verb is one only when "trên địa bàn" closes it.)
    let opens_with_verb = !by_trade && lex.verb_at(toks, lead).is_some();
    while m < end && m < after + max_words {
        let t = &toks[m];
        if m < lead {
            m += 1;
            continue;
        }
        if match_seq(toks, m, &[&["trên", "địa", "bàn"]]) > 0 {
            let mut k = m + 3;
            if let Some((n, _)) = lex.admin_at(toks, k) {
                k += n;
                while k < end && toks[k].word && toks[k].capital {
                    k += 1;
                }
            }
            // (or what they have or must not do, then the verb: "… trên
            // địa bàn phường có sử dụng lao động ngoại tỉnh cung cấp …",
            // "… trên địa bàn quận không để …")
            let negated =
                k + 1 < end && (toks[k].is("không") || toks[k].is("chưa")) && toks[k + 1].word;
            return (k < end
                && (lex.verb_at(toks, k).is_some()
                    || negated
                    || relative_clause_then_verb(lex, toks, k, end)))
            .then_some(k);
        }
        // "Các cơ sở kinh doanh nhà trọ, chung cư mini tự kiểm tra …": more
        // of the kind's trades after a comma (`kind_level`) go on with it.
        if m > lead && (t.is(",") || t.is("và")) {
            if let Some(n) = more_levels(lex, toks, after, m) {
                m += 1 + n;
                continue;
            }
        }
        // "Các cấp ủy, tổ chức đảng trong toàn Đảng bộ tập trung …"
        // (a body named after "toàn": "trong toàn tỉnh" only scopes the work)
        if match_seq(toks, m, &[&["trong", "toàn"]]) > 0
            && toks.get(m + 2).is_some_and(|t| t.word && t.capital)
        {
            return (m + 3..(m + 5).min(end))
                .find(|&k| toks[k - 1].word && lex.verb_at(toks, k).is_some());
        }
        // A project's proper name after its kind ("dự án khu dân cư Bắc
        // Sông Cầu", "dự án Hòa Bình"): capitalized words that open no body.
        let project_name = of_project
            && m > after + 1
            && t.word
            && t.capital
            && !t.all_caps
            && lex.head_at(toks, m).is_none()
            && lex.admin_at(toks, m).is_none();
        if project_name {
            m += 1;
            continue;
        }
        // ("Các chủ bến khách ngang sông: niêm yết nội quy bến …", or
        // the label alone over its items: the qualifier ends at the colon
        // of a label, as the bare kind's does, "Các doanh nghiệp vận tải:")
        if m > lead && t.is_punct(':') && (m + 1 >= end || lex.verb_at(toks, m + 1).is_some()) {
            return (!opens_with_verb).then_some(m);
        }
        // (what a kind with a trade deals in may be written in initials:
        // "thuốc BVTV")
        let initials = by_trade && m > lead && t.all_caps;
        if !t.word
            || (t.capital || t.all_caps) && !initials
            || NARRATIVE.contains(&t.lower.as_str())
        {
            return None;
        }
        if (m > lead || by_trade) && lex.verb_at(toks, m).is_some() {
            return (!opens_with_verb).then_some(m);
        }
        // ("Các chủ đầu tư dự án du lịch ven biển không tự ý thi công …": a
        // negation before the verb ends the qualifier too.)
        if m > after
            && (t.is("không") || t.is("chưa"))
            && (m + 1..(m + 4).min(end)).any(|v| lex.verb_at(toks, v).is_some())
        {
            return (!opens_with_verb).then_some(m);
        }
        if lex.stops_name(toks, m) && !(m == lead && opens_with_verb) {
            return None;
        }
        m += 1;
    }
    None
}

/// Past the adverbs before a verb ("khẩn trương", "tiếp tục", "cũng"), unless
/// one starts the verb ("tiếp nhận"): where the verb should stand.
fn past_adverbs(lex: &Lexicon, toks: &[Token], from: usize, end: usize) -> usize {
    let mut j = from;
    loop {
        while j < end.min(toks.len())
            && SUBJECT_ADVERBS.contains(&toks[j].lower.as_str())
            && lex.verb_at(toks, j).is_none()
        {
            j += 1;
        }
        // "Sở Kế hoạch và Đầu tư định kỳ hằng tháng cung cấp …": how often
        // stands between the subject and its verb.
        let n = recurrence_len(toks, j);
        if n == 0 || j + n >= end {
            return j;
        }
        j += n;
        // "… định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày
        // 15/12) báo cáo …": the round's day in brackets, and a second
        // round after "và", stand there too.
        if toks.get(j).is_some_and(|t| t.is_punct('(')) {
            if let Some(c) = (j + 1..end.min(j + 12)).find(|&c| toks[c].is_punct(')')) {
                j = c + 1;
            }
        }
        if j + 1 < end && (toks[j].is("và") || toks[j].is(",")) && recurrence_len(toks, j + 1) > 0
        {
            j += 1;
        }
    }
}

/// Token count of a recurrence at `j` ("định kỳ", "hằng tháng", "định kỳ
/// hàng quý"); 0 when none.
fn recurrence_len(toks: &[Token], j: usize) -> usize {
    let fixed = match_seq(toks, j, &[&["định", "kỳ"]]);
    // "Các đơn vị định kỳ trước ngày 20 hằng tháng báo cáo …": the day of
    // the month stands inside the recurrence.
    let day = match_seq(toks, j + fixed, &[&["trước", "ngày"], &["vào", "ngày"]]);
    let day = if day > 0
        && toks
            .get(j + fixed + day)
            .is_some_and(|t| !t.lower.is_empty() && t.lower.bytes().all(|b| b.is_ascii_digit()))
        && match_seq(toks, j + fixed + day + 1, &[&["hằng"], &["hàng"]]) > 0
    {
        day + 1
    } else {
        0
    };
    let fixed = fixed + day;
    // "Các Bộ: Y tế, Tài chính định kỳ 6 tháng đánh giá …": a round of
    // several months after "định kỳ".
    let counted = fixed > 0
        && toks.get(j + fixed).is_some_and(|t| {
            t.is("ba")
                || t.is("sáu")
                || !t.lower.is_empty() && t.lower.bytes().all(|b| b.is_ascii_digit())
        })
        && match_seq(toks, j + fixed + 1, &[&["tháng"], &["năm"]]) > 0;
    if counted {
        return fixed + 2;
    }
    let every = match_seq(toks, j + fixed, &[&["hằng"], &["hàng"], &["mỗi"]]);
    let unit = if every > 0 {
        match_seq(
            toks,
            j + fixed + every,
            &[&["ngày"], &["tuần"], &["tháng"], &["quý"], &["năm"]],
        )
    } else {
        0
    };
    if unit > 0 {
        fixed + every + unit
    } else {
        fixed
    }
}

/// "Sở Giáo dục và Đào tạo cho học sinh toàn tỉnh nghỉ học …": after a
/// body, `cho` at `after` lets or has someone do it, the body's own task
/// (whom, then what they do; not what it tells: "cho biết", "cho rằng").
fn lets_someone(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    const TELLS: &[&str] = &["biết", "rằng", "hay", "thấy", "là", "đến", "tới"];
    let j = past_adverbs(lex, toks, after, end);
    j + 1 < end
        && toks[j].is("cho")
        && toks
            .get(j + 1)
            .is_some_and(|t| t.word && !TELLS.contains(&t.lower.as_str()))
        && (j + 2..end.min(j + 10))
            .take_while(|&m| toks[m].word)
            .count()
            >= 2
}

/// "là (cơ quan|đơn vị) (thường trực|đầu mối|chủ trì)" at `k`: the part a
/// body plays, said right after its name ("Phòng Khảo thí và Kiểm định chất
/// lượng giáo dục là đầu mối tham mưu …"); it ends a name's lower-case run
/// as a verb does.
fn role_copula_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("là")) && {
        let kind = match_seq(toks, k + 1, &[&["cơ", "quan"], &["đơn", "vị"]]);
        match_seq(
            toks,
            k + 1 + kind,
            &[&["thường", "trực"], &["đầu", "mối"], &["chủ", "trì"]],
        ) > 0
    }
}

fn followed_by_predicate(lex: &Lexicon, toks: &[Token], after: usize, end: usize) -> bool {
    let j = past_adverbs(lex, toks, after, end);
    if j >= end {
        return false;
    }
    if toks[j].is_punct(':') {
        return true;
    }
    // "Sở Xây dựng vừa có văn bản đề nghị …": it asks by the text it issued.
    if (after.saturating_sub(1)..j).any(|m| toks[m].is("vừa"))
        && issued_text_cue(lex, toks, j, end).is_some()
    {
        return true;
    }
    if lex.verb_at(toks, j).is_some()
        || lex.assign.match_at(toks, j).is_some()
        || lex.direct.match_at(toks, j).is_some()
        || lex.cooperate.match_at(toks, j).is_some()
        || lex.informs_at(toks, j)
    {
        return true;
    }
    // "Kho bạc Nhà nước khu vực XV được đề nghị phối hợp …", "Sở Y tế được
    // yêu cầu bố trí …": asked in the passive, the body named is the doer.
    // (Not "được giao": "hai Ban được giao làm chủ đầu tư 27 dự án" tells
    // of a standing charge as often as it gives work.)
    if toks[j].is("được") && match_seq(toks, j + 1, &[&["yêu", "cầu"], &["đề", "nghị"]]) == 2
    {
        let v = j + 3;
        let work = lex
            .verb_at(toks, v)
            .or_else(|| lex.cooperate.match_at(toks, v).map(|(n, _)| n))
            .or_else(|| (match_seq(toks, v, &[&["chủ", "trì"]]) == 2).then_some(2));
        // ("Cơ quan được đề nghị phối hợp có trách nhiệm trả lời …": the
        // passive only says which body; the predicate comes after it.)
        let then_predicate = |k: usize| {
            match_seq(
                toks,
                k,
                &[
                    &["có", "trách", "nhiệm"],
                    &["chịu", "trách", "nhiệm"],
                    &["phải"],
                ],
            ) > 0
        };
        return v < end && work.is_some_and(|n| !then_predicate(v + n));
    }
    // "Sở Nội vụ là cơ quan thường trực, theo dõi …": named as the body in charge.
    if toks[j].is("là") {
        // "…, UBND các xã là chủ đầu tư đẩy nhanh …": named as the investor.
        let owner = match_seq(toks, j + 1, &[&["chủ", "đầu", "tư"], &["chủ", "dự", "án"]]);
        if owner > 0 {
            let v = past_adverbs(lex, toks, j + 1 + owner, end);
            return v < end && lex.verb_at(toks, v).is_some();
        }
        // "Bộ trưởng các Bộ: A, B, C là các Bộ được giao kế hoạch vốn lớn
        // trực tiếp chỉ đạo …": an apposition saying which they are, then
        // their own verb (not one they were given, "được giao", or had done).
        if toks.get(j + 1).is_some_and(Token::is_plural_marker) {
            return (j + 3..end.min(j + 20))
                .take_while(|&m| !toks[m].is(","))
                .any(|m| {
                    lex.verb_at(toks, m).is_some()
                        && !["được", "đã", "đang", "vừa", "là", "bị"]
                            .contains(&toks[m - 1].lower.as_str())
                });
        }
        let kind = match_seq(toks, j + 1, &[&["cơ", "quan"], &["đơn", "vị"]]);
        return match_seq(
            toks,
            j + 1 + kind,
            &[
                &["thường", "trực"],
                &["đầu", "mối"],
                &["chủ", "trì"],
                &["chịu", "trách", "nhiệm"],
            ],
        ) > 0;
    }
    // "theo chức năng, nhiệm vụ được giao phối hợp …": a phrase before the verb.
    if ["theo", "trong", "căn", "với", "trên", "tại"].contains(&toks[j].lower.as_str()) {
        let mut m = j + 1;
        while m < end && m < j + 16 && !toks[m].is(";") && !toks[m].is(".") {
            if lex.verb_at(toks, m).is_some() || lex.assign.match_at(toks, m).is_some() {
                return true;
            }
            m += 1;
        }
        return false;
    }
    // ", nhất là …" / ", với vai trò …," parentheticals before the verb.
    if toks[j].is(",")
        && match_seq(
            toks,
            j + 1,
            &[
                &["nhất", "là"],
                &["đặc", "biệt", "là"],
                &["kể", "cả"],
                &["trong", "đó"],
            ],
        ) > 0
    {
        return (j..end).any(|m| lex.verb_at(toks, m).is_some());
    }
    if toks[j].is(",") {
        let mut m = j + 1;
        while m < end && m < j + 40 && !toks[m].is(",") {
            m += 1;
        }
        if m < end && toks[m].is(",") {
            return lex.verb_at(toks, m + 1).is_some();
        }
    }
    false
}

/// Canonical key of a body name: abbreviations expanded, lowercase, one tone
/// style, `các`/`những` and punctuation dropped, single spaces.
pub fn canonical(lex: &Lexicon, name_key: &str) -> String {
    let toks = crate::tokens::tokenize(name_key, 0);
    let mut words: Vec<String> = Vec::with_capacity(toks.len() + 4);
    let mut i = 0;
    while i < toks.len() {
        if let Some((n, e)) = lex.abbreviation.match_at(&toks, i) {
            if let Some(v) = &e.value {
                words.extend(
                    v.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(|w| w.to_lowercase()),
                );
                i += n;
                continue;
            }
        }
        let t = &toks[i];
        if t.word && !t.is_plural_marker() {
            words.push(t.lower.to_string());
        }
        i += 1;
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold_pattern;
    use crate::tokens::tokenize;

    fn with<F: FnOnce(&Lexicon, &str, &[Token])>(text: &str, f: F) {
        let rules = crate::rules::shared_for_tests();
        let lex = Lexicon::new(rules);
        let key = fold_pattern(text);
        let toks = tokenize(&key, 0);
        f(&lex, &key, &toks);
    }

    fn names(key: &str, ms: &[Mention]) -> Vec<String> {
        // implied heads are shown, as in the output
        ms.iter()
            .map(|m| match &m.implied_head {
                Some(h) => format!("{h} {}", &key[m.name.clone()]),
                None => key[m.name.clone()].to_string(),
            })
            .collect()
    }

    fn leads(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let mut out = (vec![], vec![], vec![]);
        with(text, |lex, key, toks| {
            let r = roles(lex, key, toks, false);
            out = (
                names(key, &r.lead),
                names(key, &r.cooperate),
                names(key, &r.report_to),
            );
        });
        out
    }

    #[test]
    fn bare_collectives_joined_by_and_after_a_scope_stay_one() {
        // "trung ương và địa phương": one collective named as one phrase.
        let (l, _, _) = leads("Các bộ, cơ quan trung ương và địa phương rà soát kế hoạch vốn.");
        assert_eq!(l, ["bộ, cơ quan trung ương và địa phương"]);
        // A described kind and another kind stay two.
        let (_, c, _) =
            leads("Sở Y tế phối hợp với các cơ quan chức năng và chính quyền địa phương kiểm tra.");
        assert_eq!(c, ["cơ quan chức năng", "chính quyền địa phương"]);
    }

    #[test]
    fn a_chain_of_bare_kinds_goes_on_after_a_longer_one() {
        let (l, _, _) = leads("Các cấp ủy, tổ chức đảng, chính quyền các cấp tập trung rà soát.");
        assert_eq!(l, ["cấp ủy, tổ chức đảng, chính quyền các cấp"]);
        let (l, _, _) = leads("Các cấp ủy, chính quyền địa phương, Sở Y tế tăng cường kiểm tra.");
        assert_eq!(l, ["cấp ủy, chính quyền địa phương", "Sở Y tế"]);
    }

    #[test]
    fn a_time_before_the_doers_and_a_verb_of_considering() {
        let (l, _, _) =
            leads("Ngay trong tháng 11 này, các xã Châu Lộc, Liên Hợp phải ra quân giải tỏa.");
        assert_eq!(l.len(), 2, "{l:?}");
        let (l, _, _) =
            leads("Các bộ, ngành, địa phương coi phát triển nhà ở xã hội là nhiệm vụ chính trị.");
        assert_eq!(l, ["bộ, ngành, địa phương"]);
    }

    #[test]
    fn a_conclusion_ends_the_name_of_whoever_concludes() {
        let (l, _, _) = leads("Trưởng Ban Chỉ đạo kết luận như sau:");
        assert!(l.iter().all(|b| !b.contains("kết luận")), "{l:?}");
    }

    /// Each text's responsible bodies, as printed.
    fn assert_leads(cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            let (l, _, _) = leads(text);
            assert_eq!(&l, want, "{text}");
        }
    }

    #[test]
    fn hamlets_schools_exam_boards_and_plural_kinds_with_qualifiers() {
        let cases: &[(&str, &[&str])] = &[
            ("Các nhà trường quan tâm bữa ăn bán trú.", &["nhà trường"]),
            ("Trưởng các xóm có trách nhiệm tuyên truyền.", &["xóm"]),
            ("Trưởng các khối phố có trách nhiệm thu quỹ.", &["khối phố"]),
            ("Tổ trưởng các tổ dân phố có trách nhiệm rà soát.", &["tổ dân phố"]),
            ("Ban nhân dân ấp Tân Hội tuyên truyền.", &["Ban nhân dân ấp Tân Hội"]),
            ("Đội thuế thị trấn đôn đốc thu phí.", &["Đội thuế thị trấn"]),
            ("Các Hội đồng coi thi bố trí cán bộ coi thi.", &["Hội đồng coi thi"]),
            // A proper name of two capitalized words ends before a verb.
            (
                "Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Bình tăng thời lượng.",
                &["Đài Phát thanh - Truyền hình tỉnh", "Báo Quảng Bình"],
            ),
            ("Sở Tài chính cấp đủ kinh phí.", &["Sở Tài chính"]),
            ("Các đơn vị cấp nước bảo đảm nguồn nước.", &["đơn vị cấp nước"]),
            ("Ban Quản lý các chợ thành phố tăng cường kiểm tra.", &["Ban Quản lý các chợ thành phố"]),
            (
                "Các cơ quan thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện rà soát.",
                &["cơ quan thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện"],
            ),
            (
                "Các doanh nghiệp kinh doanh dịch vụ du lịch tham gia chương trình.",
                &["doanh nghiệp kinh doanh dịch vụ du lịch"],
            ),
            (
                "Sở Y tế và các chủ hồ đập thủy điện vận hành hồ chứa.",
                &["Sở Y tế", "chủ hồ đập thủy điện"],
            ),
        ];
        assert_leads(cases);
    }

    #[test]
    fn abbreviated_units_hospital_departments_commune_posts_and_dashed_names() {
        let cases: &[(&str, &[&str])] = &[
            // "TP." with or without a space, "Tp." in lower case.
            (
                "UBND TP.Thuận An khẩn trương nạo vét cống.",
                &["UBND TP.Thuận An"],
            ),
            ("UBND Tp. Vĩnh Yên rà soát quỹ đất.", &["UBND Tp. Vĩnh Yên"]),
            (
                "UBND các xã Hựu Thạnh, Đức Hòa Hạ và thị trấn Đức Hòa kiểm tra.",
                &[
                    "UBND xã Hựu Thạnh",
                    "UBND xã Đức Hòa Hạ",
                    "UBND thị trấn Đức Hòa",
                ],
            ),
            (
                "Ban Quản lý dự án các công trình điện miền Trung đẩy nhanh tiến độ.",
                &["Ban Quản lý dự án các công trình điện miền Trung"],
            ),
            (
                "Khoa Khám bệnh, Khoa Cấp cứu tổ chức sàng lọc.",
                &["Khoa Khám bệnh", "Khoa Cấp cứu"],
            ),
            (
                "Các khoa lâm sàng, cận lâm sàng rà soát hồ sơ.",
                &["khoa lâm sàng, cận lâm sàng"],
            ),
            // Science is no department.
            (
                "Phòng Văn hóa, Khoa học và Thông tin thẩm định.",
                &["Phòng Văn hóa, Khoa học và Thông tin"],
            ),
            // A commune post is written as its field.
            (
                "Công chức Địa chính - Nông nghiệp hướng dẫn các thôn.",
                &["Địa chính - Nông nghiệp"],
            ),
            (
                "Cán bộ Lao động - Thương binh và Xã hội xã lập danh sách.",
                &["Lao động - Thương binh và Xã hội xã"],
            ),
            ("Công chức Tư pháp kiểm tra hồ sơ.", &["Tư pháp"]),
            (
                "Giao công chức Văn phòng - Thống kê tổng hợp.",
                &["Văn phòng - Thống kê"],
            ),
            ("Cán bộ, công chức chấp hành nghiêm giờ giấc.", &[]),
            // Dashes inside a name.
            (
                "Phòng Hậu cần - Kỹ thuật bảo đảm xăng dầu.",
                &["Phòng Hậu cần - Kỹ thuật"],
            ),
            // A firm's name runs to its brand through the trades it names,
            // not through a predicate.
            (
                "Công ty CP Đầu tư xây dựng và phát triển đô thị Viwaco bàn giao mặt bằng.",
                &["Công ty CP Đầu tư xây dựng và phát triển đô thị Viwaco"],
            ),
            (
                "Hợp tác xã dịch vụ nông nghiệp Hợp Thành xây dựng kế hoạch.",
                &["Hợp tác xã dịch vụ nông nghiệp Hợp Thành"],
            ),
            (
                "Công ty Cổ phần Cấp nước kiểm tra chất lượng nước Sông Đà.",
                &["Công ty Cổ phần Cấp nước"],
            ),
            (
                "Tổng công ty Hàng không Việt Nam cắt giảm chi phí.",
                &["Tổng công ty Hàng không Việt Nam"],
            ),
            (
                "Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các cấp thực hiện nghiêm.",
                &["Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các cấp"],
            ),
            // Places with a qualifier, numbered places, counted places.
            (
                "Các huyện miền núi Quế Phong, Kỳ Sơn chủ động phương án cấp nước.",
                &["huyện Quế Phong", "huyện Kỳ Sơn"],
            ),
            (
                "UBND các huyện miền núi Mường Lát, Quan Sơn sơ tán dân.",
                &["UBND huyện Mường Lát", "UBND huyện Quan Sơn"],
            ),
            (
                "Trưởng các xóm 3, 5 và 7 giám sát ổ dịch.",
                &["xóm 3", "xóm 5", "xóm 7"],
            ),
            (
                "Đề nghị hai xã thực hiện nghiêm chế độ báo cáo.",
                &["hai xã"],
            ),
            (
                "Tổ trưởng tổ dân phố, Trưởng buôn rà soát nhân khẩu.",
                &["tổ dân phố", "buôn"],
            ),
            // Election boards, sub-boards, parents' boards.
            (
                "Ủy ban bầu cử xã Ea Kar và xã Cư Yang chỉ đạo các tổ bầu cử.",
                &["Ủy ban bầu cử xã Ea Kar", "Ủy ban bầu cử xã Cư Yang"],
            ),
            (
                "Tổ bầu cử số 5 niêm yết danh sách cử tri.",
                &["Tổ bầu cử số 5"],
            ),
            ("Tiểu ban Văn kiện tiếp thu ý kiến.", &["Tiểu ban Văn kiện"]),
            // A qualifier that opens with a verb, closed by "trên địa bàn".
            (
                "Các doanh nghiệp khai thác khoáng sản trên địa bàn ký quỹ phục hồi môi trường.",
                &["doanh nghiệp khai thác khoáng sản trên địa bàn"],
            ),
            (
                "Các doanh nghiệp tổ chức kiểm tra an toàn.",
                &["doanh nghiệp"],
            ),
            // Named as the investor before the verb.
            (
                "Ban Quản lý dự án huyện, UBND các xã là chủ đầu tư đẩy nhanh tiến độ.",
                &["Ban Quản lý dự án huyện", "UBND các xã"],
            ),
            // Party bodies: committees of organizations, a bloc's unions, the
            // Party organization as a whole.
            (
                "Yêu cầu cấp ủy các tổ chức cơ sở đảng trực thuộc tập trung lãnh đạo.",
                &["cấp ủy các tổ chức cơ sở đảng trực thuộc"],
            ),
            (
                "Đề nghị Đoàn Khối các cơ quan tỉnh, Công đoàn Viên chức tỉnh vận động đoàn viên.",
                &["Đoàn Khối các cơ quan tỉnh", "Công đoàn Viên chức tỉnh"],
            ),
            (
                "Các cấp ủy, tổ chức đảng trong toàn Đảng bộ tập trung lãnh đạo.",
                &["cấp ủy, tổ chức đảng trong toàn Đảng bộ"],
            ),
            (
                "Các cơ quan, đơn vị trong toàn tỉnh thực hiện nghiêm.",
                &["cơ quan, đơn vị"],
            ),
            // A Highlands name with an apostrophe; agents collecting insurance.
            (
                "Ban Chỉ huy Quân sự huyện Ia H'Drai, Ban Chỉ huy Quân sự huyện Đăk Glei tuần tra.",
                &[
                    "Ban Chỉ huy Quân sự huyện Ia H'Drai",
                    "Ban Chỉ huy Quân sự huyện Đăk Glei",
                ],
            ),
            (
                "Các cơ quan, đơn vị được phân công chủ trì xây dựng kế hoạch.",
                &["cơ quan, đơn vị được phân công chủ trì"],
            ),
            // "Giao Ban …" assigns a board named in full (not "giao ban", a briefing).
            (
                "Giao Ban điều hành tổ dân phố 3 vận động Nhân dân khơi thông mương.",
                &["Ban điều hành tổ dân phố 3"],
            ),
            // Commune services, a cooperative and its groups, a kind of places.
            (
                "Bưu điện văn hóa xã hướng dẫn người dân.",
                &["Bưu điện văn hóa xã"],
            ),
            (
                "Bộ phận Tiếp nhận và trả kết quả hướng dẫn người dân.",
                &["Bộ phận Tiếp nhận và trả kết quả"],
            ),
            (
                "Hợp tác xã nông nghiệp Tân Hòa và các tổ hợp tác bơm tưới kiểm tra máy bơm.",
                &["Hợp tác xã nông nghiệp Tân Hòa", "tổ hợp tác bơm tưới"],
            ),
            (
                "UBND các huyện biên giới kiện toàn Ban Chỉ đạo.",
                &["UBND các huyện biên giới"],
            ),
            ("Phòng Nội vụ tuyển chọn vận động viên.", &["Phòng Nội vụ"]),
            // A board of two things.
            (
                "Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng rà soát cứu hộ.",
                &["Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng"],
            ),
            (
                "Ban Quản lý dự án và các nhà thầu khẩn trương thi công.",
                &["Ban Quản lý dự án", "nhà thầu"],
            ),
            // Official names holding verbs, commas and "và".
            (
                "Phòng Quản lý thu đôn đốc các đơn vị nợ.",
                &["Phòng Quản lý thu"],
            ),
            (
                "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ kiểm tra các chợ.",
                &["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"],
            ),
            (
                "Phòng Cảnh sát điều tra tội phạm về ma túy đấu tranh triệt phá các đường dây.",
                &["Phòng Cảnh sát điều tra tội phạm về ma túy"],
            ),
            (
                "Cục Quản lý Khám, chữa bệnh chỉ đạo các bệnh viện.",
                &["Cục Quản lý Khám, chữa bệnh"],
            ),
            (
                "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Kiên Giang chỉ đạo các ngân hàng.",
                &["Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Kiên Giang"],
            ),
        ];
        assert_leads(cases);
    }

    #[test]
    fn places_after_a_body_share_its_head() {
        let cases: &[(&str, &[&str])] = &[
            (
                "UBND thị xã Đức Phổ và các huyện Mộ Đức, Tư Nghĩa tập trung bồi thường.",
                &[
                    "UBND thị xã Đức Phổ",
                    "UBND huyện Mộ Đức",
                    "UBND huyện Tư Nghĩa",
                ],
            ),
            (
                "UBND thị xã Vĩnh Châu và huyện Trần Đề rà soát diện tích.",
                &["UBND thị xã Vĩnh Châu", "UBND huyện Trần Đề"],
            ),
            (
                "Công an huyện Yên Thành và huyện Diễn Châu tuần tra.",
                &["Công an huyện Yên Thành", "Công an huyện Diễn Châu"],
            ),
            // No head to share.
            (
                "Sở Y tế và huyện Diễn Châu kiểm tra.",
                &["Sở Y tế", "huyện Diễn Châu"],
            ),
            // Units counted in words.
            (
                "UBND hai huyện chủ động tổ chức đối thoại.",
                &["UBND hai huyện"],
            ),
            // Places named with numbers.
            (
                "Ban nhân dân các ấp Bình Hữu 1, Bình Hữu 2 tuyên truyền.",
                &["Ban nhân dân ấp Bình Hữu 1", "Ban nhân dân ấp Bình Hữu 2"],
            ),
        ];
        assert_leads(cases);
    }

    #[test]
    fn kinds_with_their_qualifiers_after_a_cue_and_members_who_are_people() {
        assert_leads(&[
            (
                "Yêu cầu các chủ đầu tư hạ tầng khu công nghiệp hoàn thiện hệ thống xử lý nước thải.",
                &["chủ đầu tư hạ tầng khu công nghiệp"],
            ),
            (
                "Các bệnh viện tuyến tỉnh sẵn sàng thu dung, cách ly.",
                &["bệnh viện tuyến tỉnh"],
            ),
            (
                "Văn phòng Đăng ký quyền sử dụng đất huyện có trách nhiệm cung cấp hồ sơ.",
                &["Văn phòng Đăng ký quyền sử dụng đất huyện"],
            ),
            (
                "Giao bộ phận Địa chính - Xây dựng xã phối hợp kiểm tra.",
                &["bộ phận Địa chính - Xây dựng xã"],
            ),
            (
                "Ban Chỉ đạo bầu cử huyện tiếp tục kiểm tra.",
                &["Ban Chỉ đạo bầu cử huyện"],
            ),
            (
                "Các chi, đảng bộ cơ sở lãnh đạo tuyên truyền sâu rộng.",
                &["chi, đảng bộ cơ sở"],
            ),
            (
                "Ngành giáo dục và chính quyền các xã phải rà soát đến từng thôn.",
                &["Ngành giáo dục", "chính quyền các xã"],
            ),
            // "đoàn viên" are people, not the Youth Union: no new doer.
            (
                "Tỉnh đoàn tổ chức các hoạt động hè an toàn; phân công đoàn viên tham gia trực cứu hộ.",
                &["Tỉnh đoàn"],
            ),
        ]);
        let (_, c, _) = leads(
            "Phối hợp với các hãng hàng không, doanh nghiệp lữ hành xây dựng các gói sản phẩm.",
        );
        assert_eq!(c, ["hãng hàng không", "doanh nghiệp lữ hành"]);
    }

    #[test]
    fn the_doer_after_a_case_or_topic_with_commas() {
        assert_leads(&[
            (
                "Đối với các trường hợp không hợp tác, cố tình không nhận tiền bồi thường, UBND 2 huyện chủ động tổ chức đối thoại.",
                &["UBND 2 huyện"],
            ),
            (
                "Trường hợp đã được vận động, thuyết phục nhưng không chấp hành, Phòng Tài nguyên và Môi trường tham mưu cưỡng chế.",
                &["Phòng Tài nguyên và Môi trường"],
            ),
        ]);
    }

    #[test]
    fn lowercase_names_joined_by_va_go_on_to_the_verb() {
        let (l, _, _) = leads(
            "Ban Quản lý dự án đầu tư xây dựng hạ tầng và phát triển đô thị đẩy nhanh tiến độ.",
        );
        assert_eq!(
            l,
            ["Ban Quản lý dự án đầu tư xây dựng hạ tầng và phát triển đô thị"]
        );
        let (l, _, _) =
            leads("Trung tâm Phát triển quỹ đất và cụm công nghiệp huyện phối hợp thực hiện.");
        assert_eq!(l, ["Trung tâm Phát triển quỹ đất và cụm công nghiệp huyện"]);
        // A capitalized field after "và" opens a lowercase run of its own.
        let (l, _, _) = leads("Phòng Khảo thí và Quản lý chất lượng giáo dục tổ chức coi thi.");
        assert_eq!(l, ["Phòng Khảo thí và Quản lý chất lượng giáo dục"]);
        // Two tasks of one body stay apart from the name.
        let (l, _, _) = leads("Phòng Quản lý đô thị kiểm tra và xử lý vi phạm.");
        assert_eq!(l, ["Phòng Quản lý đô thị"]);
    }

    #[test]
    fn names_with_a_qualifier_and_a_verb_that_ends_them() {
        // "cùng cấp", "thương mại", "dịch vụ" qualify the body; "bám sát",
        // "hạch toán" are its verb, not its name.
        let (l, c, _) =
            leads("Hội Nông dân phối hợp với Ủy ban nhân dân cùng cấp tổ chức tập huấn.");
        assert_eq!(
            (l, c),
            (
                vec!["Hội Nông dân".to_string()],
                vec!["Ủy ban nhân dân cùng cấp".to_string()]
            )
        );
        let (l, c, _) =
            leads("Phòng Tài chính phối hợp với Chi cục Thuế hạch toán đầy đủ các khoản thu.");
        assert_eq!(
            (l, c),
            (
                vec!["Phòng Tài chính".to_string()],
                vec!["Chi cục Thuế".to_string()]
            )
        );
        let (l, _, _) = leads("Yêu cầu các đơn vị thuộc Bộ bám sát mục tiêu.");
        assert_eq!(l, ["đơn vị thuộc Bộ"]);
        let (l, _, _) = leads("Các phòng, đơn vị trực thuộc Sở sử dụng hệ thống quản lý văn bản.");
        assert_eq!(l, ["phòng, đơn vị trực thuộc Sở"]);
        let (l, _, _) = leads("Giao Ngân hàng thương mại, Kho bạc Nhà nước huyện phối hợp thu nợ.");
        assert_eq!(l, ["Ngân hàng thương mại", "Kho bạc Nhà nước huyện"]);
        let (_, c, _) =
            leads("Bộ Công Thương phối hợp với các Thương vụ Việt Nam ở nước ngoài xúc tiến.");
        assert_eq!(c, ["Thương vụ Việt Nam ở nước ngoài"]);
    }

    #[test]
    fn districts_listed_after_a_plural_body_are_one_body_each() {
        let (l, _, _) =
            leads("UBND các huyện: Quản Bạ, Yên Minh và Mèo Vạc chỉ đạo rà soát các hộ dân.");
        assert_eq!(
            l,
            [
                "UBND huyện Quản Bạ",
                "UBND huyện Yên Minh",
                "UBND huyện Mèo Vạc"
            ]
        );
        let (l, _, _) = leads("Ủy ban nhân dân các xã: Tân Lập; Hòa Bình tổ chức kiểm tra.");
        assert_eq!(
            l,
            ["Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân xã Hòa Bình"]
        );
        // One place is no list; without a colon the name is read as before.
        let (l, _, _) = leads("UBND các huyện: Quản Bạ chỉ đạo rà soát.");
        assert_eq!(l, ["UBND các huyện"]);
    }

    #[test]
    fn distributed_lists_are_cut_at_commas_but_not_inside_known_domains() {
        let (l, _, _) = leads("Các Bộ: Nông nghiệp và Môi trường, Xây dựng rà soát hồ sơ.");
        assert_eq!(l, ["Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng"]);
        // "tạo", a verb alone, is the second syllable of "Đào tạo".
        let (l, _, _) =
            leads("Các Bộ: Y tế, Giáo dục và Đào tạo, Nông nghiệp và Môi trường rà soát.");
        assert_eq!(
            l,
            [
                "Bộ Y tế",
                "Bộ Giáo dục và Đào tạo",
                "Bộ Nông nghiệp và Môi trường"
            ]
        );
        let (l, _, _) =
            leads("Các Sở: Văn hóa, Thể thao và Du lịch, Xây dựng, Tài chính rà soát hồ sơ.");
        assert_eq!(
            l,
            [
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Xây dựng",
                "Sở Tài chính"
            ]
        );
        // "toàn bộ" still quantifies.
        let (l, _, _) = leads("Toàn bộ các sở, ngành rà soát hồ sơ.");
        assert_eq!(l, ["sở, ngành"]);
        let (l, _, _) = leads("Chi cục Thuế khu vực II hướng dẫn doanh nghiệp.");
        assert_eq!(l, ["Chi cục Thuế khu vực II"]);
    }

    #[test]
    fn kinds_of_bodies_of_towns_associations_teams_and_airports() {
        for (text, lead) in [
            ("Thị đoàn Bình Minh tổ chức ra quân.", "Thị đoàn Bình Minh"),
            (
                "Chi hội Người cao tuổi vận động hội viên.",
                "Chi hội Người cao tuổi",
            ),
            (
                "Tổ công tác đặc biệt của tỉnh duy trì kiểm tra.",
                "Tổ công tác đặc biệt của tỉnh",
            ),
            (
                "Đoàn kiểm tra liên ngành huyện chủ trì kiểm tra.",
                "Đoàn kiểm tra liên ngành huyện",
            ),
            (
                "Cảng hàng không quốc tế Tân Sơn Nhất rà soát quy trình.",
                "Cảng hàng không quốc tế Tân Sơn Nhất",
            ),
            (
                "Ban Quản lý các KCN tỉnh rà soát hồ sơ.",
                "Ban Quản lý các KCN tỉnh",
            ),
            ("Các chủ đầu tư này nghiêm túc kiểm điểm.", "chủ đầu tư này"),
            // A verb ends the name: "thành lập" is no part of "Sở Y tế".
            ("Sở Y tế thành lập tổ công tác.", "Sở Y tế"),
        ] {
            let (l, _, _) = leads(text);
            assert_eq!(l, [lead], "{text}");
        }
        // A lowercase verb-like word inside a known name does not cut it.
        let (l, _, _) = leads("Chi nhánh Văn phòng đăng ký đất đai huyện rà soát hồ sơ.");
        assert_eq!(l, ["Chi nhánh Văn phòng đăng ký đất đai huyện"]);
    }

    #[test]
    fn a_request_as_a_paper_asks_no_one() {
        // "hồ sơ đề nghị" is a dossier; the body after it is asked nothing.
        let (l, _, _) = leads("Phòng Tư pháp lập hồ sơ đề nghị cơ quan có thẩm quyền xử lý.");
        assert_eq!(l, ["Phòng Tư pháp"]);
        let (l, _, _) = leads("Lập hồ sơ đề nghị cơ quan có thẩm quyền xử lý.");
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn places_after_a_unit_are_one_body_each_without_a_colon() {
        let (l, _, _) = leads("UBND quận Tân Bình, Phú Nhuận và Gò Vấp rà soát hồ sơ.");
        assert_eq!(
            l,
            [
                "UBND quận Tân Bình",
                "UBND quận Phú Nhuận",
                "UBND quận Gò Vấp"
            ]
        );
        // One place, with its province; a domain with commas; kinds.
        let (l, _, _) = leads("UBND huyện Bình Sơn, tỉnh Quảng Ngãi rà soát hồ sơ.");
        assert_eq!(l, ["UBND huyện Bình Sơn, tỉnh Quảng Ngãi"]);
        let (l, _, _) = leads("Sở Văn hóa, Thể thao và Du lịch rà soát hồ sơ.");
        assert_eq!(l, ["Sở Văn hóa, Thể thao và Du lịch"]);
        let (l, _, _) = leads("UBND các xã, thị trấn rà soát hồ sơ.");
        assert_eq!(l, ["UBND các xã, thị trấn"]);
        let (l, _, _) = leads("UBND huyện Bình Sơn, Sở Xây dựng rà soát hồ sơ.");
        assert_eq!(l, ["UBND huyện Bình Sơn", "Sở Xây dựng"]);
    }

    #[test]
    fn standard_units_whose_names_hold_verbs_adverbs_or_commas() {
        assert_leads(&[
            (
                "Khoa Hồi sức tích cực - Chống độc bổ sung cơ số thuốc.",
                &["Khoa Hồi sức tích cực - Chống độc"],
            ),
            (
                "Đội Quản lý vận hành lưới điện trung thế thay thế cầu dao.",
                &["Đội Quản lý vận hành lưới điện trung thế"],
            ),
            (
                "Đội Thanh tra trật tự xây dựng địa bàn quận Cầu Giấy lập biên bản.",
                &["Đội Thanh tra trật tự xây dựng địa bàn quận Cầu Giấy"],
            ),
            (
                "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã tuyển sinh lớp mới.",
                &["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã"],
            ),
            (
                "Phòng Đào tạo sau đại học công bố lịch thi.",
                &["Phòng Đào tạo sau đại học"],
            ),
            (
                "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ huyện diễn tập.",
                &["Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ huyện"],
            ),
            (
                "Phòng Đo đạc, bản đồ và Viễn thám cập nhật bản đồ địa chính.",
                &["Phòng Đo đạc, bản đồ và Viễn thám"],
            ),
            (
                "Cơ sở cai nghiện ma túy số 2 tiếp nhận học viên.",
                &["Cơ sở cai nghiện ma túy số 2"],
            ),
            (
                "Đài Truyền thanh thị xã và đài truyền thanh các phường tăng cường tuyên truyền.",
                &["Đài Truyền thanh thị xã", "đài truyền thanh các phường"],
            ),
            (
                "Các đơn vị tư vấn giám sát, nhà thầu thi công bổ sung nhân lực.",
                &["đơn vị tư vấn giám sát", "nhà thầu thi công"],
            ),
            (
                "Các doanh nghiệp kinh doanh lữ hành, cơ sở lưu trú công khai giá.",
                &["doanh nghiệp kinh doanh lữ hành", "cơ sở lưu trú"],
            ),
        ]);
    }

    #[test]
    fn initials_of_offices_police_treasury_and_boards() {
        let (l, c, _) = leads("Giao P.KT-HT rà soát hồ sơ, phối hợp với CA xã, KBNN huyện.");
        assert_eq!(l, ["P.KT-HT"]);
        assert_eq!(c, ["CA xã", "KBNN huyện"]);
        assert_leads(&[
            ("P. VH&TT chuẩn bị nội dung.", &["P. VH&TT"]),
            (
                "BQLDA ĐTXD các công trình dân dụng huyện lập dự toán.",
                &["BQLDA ĐTXD các công trình dân dụng huyện"],
            ),
            // A case of illness is no police: "ca" in lower case.
            ("Các ca bệnh được cách ly tại nhà.", &[]),
        ]);
    }

    #[test]
    fn comrades_named_before_their_post_and_peer_units_in_a_name() {
        assert_leads(&[
            (
                "Giao đ/c Lê Văn Hùng - PCT UBND huyện chỉ đạo các xã.",
                &["UBND huyện"],
            ),
            (
                "Đề nghị đ/c Chánh VP HĐND&UBND thị xã tổng hợp ý kiến.",
                &["VP HĐND&UBND thị xã"],
            ),
            (
                "Đ/c Trưởng phòng TC-KH trực tiếp kiểm tra hồ sơ.",
                &["Phòng TC-KH"],
            ),
            (
                "UBND huyện Hương Khê, thị xã Hồng Lĩnh rà soát hồ sơ.",
                &["UBND huyện Hương Khê", "UBND thị xã Hồng Lĩnh"],
            ),
            (
                "UBND phường Đông Hà, xã Cam Hiếu báo cáo kết quả.",
                &["UBND phường Đông Hà", "UBND xã Cam Hiếu"],
            ),
            // A unit of another level says where the place lies.
            (
                "UBND xã Cam Hiếu, huyện Cam Lộ báo cáo kết quả.",
                &["UBND xã Cam Hiếu, huyện Cam Lộ"],
            ),
        ]);
    }

    #[test]
    fn a_kind_as_a_label_before_its_task_in_capitals() {
        assert_leads(&[
            (
                "Các đơn vị thi công: Bổ sung đủ máy móc tại công trường.",
                &["đơn vị thi công"],
            ),
            (
                "Các khoa lâm sàng: Rà soát, cập nhật phác đồ điều trị.",
                &["khoa lâm sàng"],
            ),
            // A list of names under the kind, one opening with a verb.
            (
                "Các Sở: Xây dựng, Tài chính rà soát hồ sơ.",
                &["Sở Xây dựng", "Sở Tài chính"],
            ),
            (
                "Các đơn vị thi công: Bố trí đủ cán bộ kỹ thuật.",
                &["đơn vị thi công"],
            ),
            (
                "Các Bộ: Giao thông vận tải, Y tế rà soát hồ sơ.",
                &["Bộ Giao thông vận tải", "Bộ Y tế"],
            ),
        ]);
    }

    #[test]
    fn partners_and_receivers_in_other_words() {
        for (text, lead, coop, report) in [
            (
                "Sở Y tế chủ trì, với sự phối hợp của Công an tỉnh, kiểm tra an toàn thực phẩm.",
                "Sở Y tế",
                Some("Công an tỉnh"),
                None,
            ),
            (
                "Sở Y tế cùng với Sở Công Thương kiểm tra an toàn thực phẩm.",
                "Sở Y tế",
                Some("Sở Công Thương"),
                None,
            ),
            (
                "Sở Y tế là đầu mối, phối hợp với Bảo hiểm xã hội tỉnh rà soát thẻ bảo hiểm.",
                "Sở Y tế",
                Some("Bảo hiểm xã hội tỉnh"),
                None,
            ),
            (
                "Sở Y tế kiểm tra an toàn thực phẩm, báo cáo kết quả về UBND tỉnh.",
                "Sở Y tế",
                None,
                Some("UBND tỉnh"),
            ),
            (
                "Sở Y tế kiểm tra, gửi danh sách cho Sở Nội vụ tổng hợp.",
                "Sở Y tế",
                None,
                Some("Sở Nội vụ"),
            ),
        ] {
            let (l, c, r) = leads(text);
            assert_eq!(l, [lead], "{text}");
            assert_eq!(c, coop.into_iter().collect::<Vec<_>>(), "{text}");
            assert_eq!(r, report.into_iter().collect::<Vec<_>>(), "{text}");
        }
        // What is reported about is no receiver.
        let (_, _, r) = leads("Sở Y tế báo cáo kết quả về công tác an toàn thực phẩm.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn kinds_of_bodies_as_subjects() {
        for (text, want) in [
            ("Sở Tư pháp tiếp nhận hồ sơ.", "Sở Tư pháp"),
            (
                "Tỉnh đoàn phát động phong trào thanh niên tình nguyện.",
                "Tỉnh đoàn",
            ),
            ("Huyện ủy chỉ đạo các tổ chức đảng.", "Huyện ủy"),
            (
                "Bộ đội Biên phòng tỉnh tuần tra biên giới.",
                "Bộ đội Biên phòng tỉnh",
            ),
            ("Thuế tỉnh đôn đốc thu nộp ngân sách.", "Thuế tỉnh"),
            (
                "Tòa án nhân dân tỉnh đẩy nhanh xét xử.",
                "Tòa án nhân dân tỉnh",
            ),
            (
                "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo giảm lãi suất.",
                "Ngân hàng Nhà nước chi nhánh tỉnh",
            ),
            (
                "Ban Quản lý các khu công nghiệp tỉnh hỗ trợ nhà đầu tư.",
                "Ban Quản lý các khu công nghiệp tỉnh",
            ),
            (
                "Đảng ủy các cơ quan tỉnh quán triệt chỉ thị.",
                "Đảng ủy các cơ quan tỉnh",
            ),
            (
                "Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện.",
                "Ủy ban Kiểm tra Tỉnh ủy",
            ),
        ] {
            let (l, _, _) = leads(text);
            assert_eq!(l, [want], "{text}");
        }
    }

    #[test]
    fn named_bodies_with_domain_names() {
        let (l, _, _) = leads("Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Quy hoạch-Kiến trúc tập trung củng cố dữ liệu.");
        assert_eq!(
            l,
            vec![
                "Sở Tài nguyên và Môi trường",
                "Sở Xây dựng",
                "Sở Quy hoạch-Kiến trúc"
            ]
        );
        let (l, _, _) = leads("Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lễ hội.");
        assert_eq!(l, vec!["Sở Văn hóa, Thể thao và Du lịch"]);
        let (l, _, _) = leads("Phòng Quản lý đô thị đẩy nhanh tiến độ cấp phép.");
        assert_eq!(l, vec!["Phòng Quản lý đô thị"]);
    }

    #[test]
    fn office_holders_map_to_bodies() {
        let (l, _, _) = leads("Giao Trưởng phòng Nội vụ chịu trách nhiệm tham mưu.");
        assert_eq!(l, vec!["Phòng Nội vụ"]);
        let (l, _, _) =
            leads("Giao Thủ trưởng các phòng chuyên môn và Chủ tịch UBND 30 phường, xã:");
        assert_eq!(l, vec!["phòng chuyên môn", "UBND 30 phường, xã"]);
        let (l, _, _) = leads("Chánh Văn phòng HĐND và UBND huyện theo dõi, đôn đốc.");
        assert_eq!(l, vec!["Văn phòng HĐND và UBND huyện"]);
        let (l, _, _) = leads("Giám đốc Sở Y tế chỉ đạo các bệnh viện rà soát.");
        assert_eq!(l, vec!["Sở Y tế"]);
    }

    #[test]
    fn collectives_stay_one_body() {
        let (l, _, _) = leads("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng sở, ban, ngành, Chủ tịch UBND thành phố Thủ Đức, quận, huyện tập trung xây dựng giải pháp.");
        assert_eq!(
            l,
            vec!["sở, ban, ngành", "UBND thành phố Thủ Đức, quận, huyện"]
        );
        let (l, _, _) =
            leads("Các cơ quan, đơn vị, các xã, thị trấn tăng cường ứng dụng công nghệ thông tin.");
        assert_eq!(l, vec!["cơ quan, đơn vị", "xã, thị trấn"]);
        let (l, _, _) = leads(
            "UBND tỉnh yêu cầu các cơ quan, đơn vị, chính quyền các cấp theo dõi chặt chẽ bản tin.",
        );
        assert_eq!(l, vec!["cơ quan, đơn vị, chính quyền các cấp"]);
    }

    #[test]
    fn requester_is_not_responsible_but_plural_subject_is() {
        let (l, _, _) = leads("Phó Thủ tướng yêu cầu các tỉnh, các Chủ đầu tư, Ban Quản lý dự án, nhà thầu thi công cần phải tập trung cao nhất.");
        assert_eq!(
            l,
            vec![
                "tỉnh",
                "Chủ đầu tư",
                "Ban Quản lý dự án",
                "nhà thầu thi công"
            ]
        );
        let (l, _, _) =
            leads("Ủy ban nhân dân các tỉnh yêu cầu các Ban Quản lý dự án thường xuyên kiểm tra.");
        assert_eq!(l, vec!["Ủy ban nhân dân các tỉnh"]);
        let (l, _, _) = leads("UBND TP cũng đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam TP và các tổ chức, đoàn thể quan tâm tuyên truyền.");
        assert_eq!(
            l,
            vec!["Ủy ban Mặt trận Tổ quốc Việt Nam TP", "tổ chức, đoàn thể"]
        );
    }

    #[test]
    fn cooperation_and_reports() {
        let (l, c, r) = leads("Bộ Tài chính chủ động phối hợp với Văn phòng Chính phủ, các cơ quan liên quan báo cáo cấp có thẩm quyền.");
        assert_eq!(l, vec!["Bộ Tài chính"]);
        assert_eq!(c, vec!["Văn phòng Chính phủ", "cơ quan liên quan"]);
        assert!(r.is_empty());
        let (_, c, r) = leads("Chủ trì, phối hợp các đơn vị liên quan tổ chức kiểm tra; định kỳ báo cáo Chủ tịch UBND thành phố.");
        assert_eq!(c, vec!["đơn vị liên quan"]);
        assert_eq!(r, vec!["UBND thành phố"]);
        // "quy chế phối hợp" is a noun: no body follows
        let (_, c, _) = leads("Xây dựng quy chế phối hợp trong công tác quản lý.");
        assert!(c.is_empty());
    }

    #[test]
    fn directed_bodies_get_no_role() {
        let (l, c, _) = leads("Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính xây dựng phương án.");
        assert_eq!(l, vec!["UBND tỉnh"]);
        assert!(c.is_empty());
        let (l, _, _) = leads("Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra.");
        assert!(l.is_empty());
    }

    #[test]
    fn the_doer_proposes_to_a_body_after_its_own_work() {
        let told = |text: &str, outer: bool| {
            let mut out = (vec![], vec![]);
            with(text, |lex, key, toks| {
                let r = roles(lex, key, toks, outer);
                out = (names(key, &r.lead), names(key, &r.report_to));
            });
            out
        };
        // Handed down from a heading: the body proposed to gets no task.
        let (l, r) = told("Phối hợp với Phòng Nội vụ lập danh sách cán bộ chưa đạt chuẩn, đề nghị Sở Nội vụ xem xét, bồi dưỡng.", true);
        assert!(l.is_empty());
        assert_eq!(r, vec!["Sở Nội vụ"]);
        let (l, r) = told(
            "Phòng Tư pháp rà soát hồ sơ hộ tịch, đề nghị Công an huyện xác minh.",
            false,
        );
        assert_eq!(l, vec!["Phòng Tư pháp"]);
        assert_eq!(r, vec!["Công an huyện"]);
        // The issuer's own request, opening the item, still assigns.
        let (l, _) = told(
            "Đề nghị Sở Nội vụ xem xét, bồi dưỡng cán bộ chưa đạt chuẩn.",
            true,
        );
        assert_eq!(l, vec!["Sở Nội vụ"]);
    }

    #[test]
    fn a_topic_label_naming_bodies_then_a_bare_request() {
        let (l, _, _) = leads("Đối với Chi cục Thuế khu vực Tân Phú - Định Quán, Chi cục Thuế huyện Long Thành là những đơn vị có số thu đạt thấp, yêu cầu xây dựng kế hoạch thu từng tháng.");
        assert_eq!(
            l,
            vec![
                "Chi cục Thuế khu vực Tân Phú - Định Quán",
                "Chi cục Thuế huyện Long Thành"
            ]
        );
        let (l, _, _) =
            leads("Đối với UBND xã Tân Lập, đề nghị tập trung giải phóng mặt bằng dự án.");
        assert_eq!(l, vec!["UBND xã Tân Lập"]);
        // A label of cases names no doer.
        let (l, _, _) =
            leads("Đối với các trường hợp vi phạm, yêu cầu xử lý nghiêm theo quy định.");
        assert!(l.is_empty());
    }

    #[test]
    fn a_party_body_leads_another_and_shares_out_its_own_work() {
        // Under "Đảng ủy xã:", "Lãnh đạo UBND xã …" is the heading's verb.
        with(
            "Lãnh đạo UBND xã tập trung giải phóng mặt bằng dự án.",
            |lex, key, toks| {
                let r = roles(lex, key, toks, true);
                assert!(r.lead.is_empty());
                assert!(r.directed);
                // Read alone, the leaders of UBND xã do it.
                let r = roles(lex, key, toks, false);
                assert_eq!(names(key, &r.lead), vec!["UBND xã"]);
            },
        );
        // The subject named, then "; phân công …": its own work shared out,
        // no new doer.
        with("Đảng ủy các xã, thị trấn lãnh đạo rà soát các hộ dân; phân công cấp ủy viên bám bản, phụ trách từng địa bàn.", |lex, key, toks| {
            let r = roles(lex, key, toks, false);
            assert_eq!(names(key, &r.lead), vec!["Đảng ủy các xã, thị trấn"]);
            assert!(r.clause_subjects[1].1.is_empty());
        });
        let (l, _, _) = leads("Phân công Phòng Nội vụ theo dõi, đôn đốc việc thực hiện.");
        assert_eq!(l, vec!["Phòng Nội vụ"]);
    }

    #[test]
    fn distributed_subjects_with_an_apposition_or_an_opinion_to_give() {
        assert_leads(&[
            (
                "Giám đốc các Sở: Xây dựng, Giao thông vận tải là các sở được giao kế hoạch vốn lớn trực tiếp chỉ đạo, kiểm tra tiến độ.",
                &["Sở Xây dựng", "Sở Giao thông vận tải"],
            ),
            (
                "Các Sở: Tài chính, Tư pháp theo chức năng, nhiệm vụ có ý kiến đối với dự thảo đề án.",
                &["Sở Tài chính", "Sở Tư pháp"],
            ),
            // The rest of a relative clause the name began, then the verb.
            (
                "UBND các huyện, thị xã có dự án điện đi qua phối hợp chặt chẽ với chủ đầu tư.",
                &["UBND các huyện, thị xã có dự án điện đi qua"],
            ),
        ]);
        // An apposition with no verb of theirs after it names no doer.
        let (l, _, _) =
            leads("Các Sở: Xây dựng, Giao thông vận tải là các đơn vị đã hoàn thành kế hoạch.");
        assert!(l.is_empty());
    }

    #[test]
    fn a_paper_of_cooperation_names_no_partner() {
        let (_, c, _) = leads("Tham mưu Giám đốc ký kết chương trình phối hợp với Bưu điện huyện về phát triển người tham gia bảo hiểm.");
        assert!(c.is_empty());
        let (_, c, _) = leads(
            "Xây dựng quy chế phối hợp với Ban Chỉ huy Quân sự huyện trong công tác tuyển quân.",
        );
        assert!(c.is_empty());
        // A body named "… Kế hoạch" at work with a partner still is one.
        let (l, c, _) = leads(
            "Phòng Tài chính - Kế hoạch phối hợp với Kho bạc Nhà nước huyện hướng dẫn chủ đầu tư.",
        );
        assert_eq!(l, vec!["Phòng Tài chính - Kế hoạch"]);
        assert_eq!(c, vec!["Kho bạc Nhà nước huyện"]);
    }

    #[test]
    fn a_list_after_a_cue_goes_on_past_a_bracketed_part() {
        let (_, c, _) = leads("Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an huyện, Phòng Tài chính - Kế hoạch (Tổ thẩm định giá), Phòng Tư pháp kiểm tra các cơ sở karaoke.");
        assert_eq!(
            c,
            vec![
                "Công an huyện",
                "Phòng Tài chính - Kế hoạch",
                "Phòng Tư pháp"
            ]
        );
        let (l, _, _) = leads("Giao Công an huyện (Đội Cảnh sát giao thông) và Phòng Kinh tế và Hạ tầng tổ chức kiểm tra tải trọng xe.");
        assert_eq!(l, vec!["Công an huyện", "Phòng Kinh tế và Hạ tầng"]);
        // A verb ends the last partner's name.
        let (_, c, _) = leads("Chủ trì, phối hợp với Viễn thông Quảng Bình, Viettel Quảng Bình chạy thử hệ thống họp trực tuyến.");
        assert_eq!(c, vec!["Viễn thông Quảng Bình", "Viettel Quảng Bình"]);
        // A bracket that is no part of a list ends it.
        let (_, c, _) =
            leads("Phối hợp với Công an huyện (khi cần thiết) kiểm tra, xử lý vi phạm.");
        assert_eq!(c, vec!["Công an huyện"]);
    }

    #[test]
    fn after_a_semicolon_the_director_works_with_partners_again() {
        // The subject named, then what Y is to do, then "; phối hợp với W":
        // X goes on and works with W.
        let (l, c, _) = leads("Trưởng phòng Tài nguyên và Môi trường chỉ đạo Văn phòng Đăng ký đất đai rà soát hồ sơ tồn đọng; phối hợp với Chi cục Thuế khu vực kiểm tra việc thu tiền sử dụng đất.");
        assert_eq!(l, vec!["Phòng Tài nguyên và Môi trường"]);
        assert_eq!(c, vec!["Chi cục Thuế khu vực"]);
        // "chủ trì, phối hợp" after the `;` is the doer's own role.
        let (l, c, _) = leads("Ngân hàng Chính sách xã hội huyện hướng dẫn các tổ tiết kiệm và vay vốn rà soát dư nợ; chủ trì, phối hợp với Phòng Tư pháp xây dựng phương án.");
        assert_eq!(l, vec!["Ngân hàng Chính sách xã hội huyện"]);
        assert_eq!(c, vec!["Phòng Tư pháp"]);
        let (_, c, _) = leads("Chỉ đạo các xã miền núi hướng dẫn nhân dân trồng rừng; chủ trì, phối hợp với Hạt Kiểm lâm huyện tuần tra rừng.");
        assert_eq!(c, vec!["Hạt Kiểm lâm huyện"]);
        // Within Y's clause, and with the doer only handed down, the
        // partnership stays Y's.
        let (_, c, _) = leads("Phòng Giáo dục và Đào tạo chỉ đạo các trường học phối hợp với Trạm Y tế xã tổ chức khám sức khỏe.");
        assert!(c.is_empty());
        let (_, c, _) = leads("Chỉ đạo UBND các xã tăng cường tuyên truyền; phối hợp với Điện lực huyện xử lý vi phạm.");
        assert!(c.is_empty());
        // Y's tasks listed after a colon, or Y's partners followed by more.
        let (_, c, _) = leads("Phòng Kinh tế và Hạ tầng chỉ đạo Ban Quản lý dự án: rà soát hồ sơ thanh toán; phối hợp với Kho bạc Nhà nước huyện giải ngân vốn.");
        assert!(c.is_empty());
        let (_, c, _) = leads("Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính lập phương án; phối hợp với Sở Xây dựng thẩm định thiết kế.");
        assert!(c.is_empty());
    }

    #[test]
    fn a_speaker_directing_a_body_makes_it_responsible() {
        // The one who concludes (a chair, a Deputy Prime Minister, "đồng chí")
        // tells the body: the body does the work.
        for text in [
            "Phó Thủ tướng chỉ đạo Bộ Xây dựng khẩn trương hoàn thiện hồ sơ.",
            "Kết luận cuộc họp, Chủ tịch UBND tỉnh chỉ đạo Bộ Xây dựng rà soát hồ sơ.",
            "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế chỉ đạo Bộ Xây dựng rà soát hồ sơ.",
            "Tại buổi kiểm tra, đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo Bộ Xây dựng rà soát hồ sơ.",
            "Đồng chí Bí thư Tỉnh ủy chỉ đạo Bộ Xây dựng rà soát hồ sơ.",
            "Đ/c Phó Chủ tịch UBND huyện chỉ đạo Bộ Xây dựng rà soát hồ sơ.",
            "Đồng chí Nguyễn Văn Hòa, Phó Chủ tịch UBND huyện chỉ đạo Bộ Xây dựng rà soát hồ sơ.",
        ] {
            assert_eq!(leads(text).0, ["Bộ Xây dựng"], "{text}");
        }
        // A body (not a speaker) that directs another stays the doer, and so
        // do the chairs of several bodies.
        assert_eq!(
            leads("Sở Y tế chỉ đạo Trung tâm Y tế huyện phun thuốc khử trùng.").0,
            ["Sở Y tế"]
        );
        assert_eq!(
            leads("Chủ tịch UBND các huyện chỉ đạo UBND các xã kiểm tra đê điều.").0,
            ["UBND các huyện"]
        );
        // Other words a speaker gives work with.
        assert_eq!(
            leads("Đồng chí cũng lưu ý Sở Xây dựng tăng cường kiểm tra.").0,
            ["Sở Xây dựng"]
        );
        assert_eq!(
            leads("Chủ tịch UBND tỉnh nhắc nhở các địa phương không để người dân thiếu đói.").0,
            ["địa phương"]
        );
    }

    #[test]
    fn kinds_of_local_bodies() {
        for (text, lead, partners) in [
            (
                "Phòng Kinh tế chủ trì, phối hợp với Hạt Quản lý đê Tam Nông kiểm tra các điểm sạt lở.",
                vec!["Phòng Kinh tế"],
                vec!["Hạt Quản lý đê Tam Nông"],
            ),
            (
                "Xí nghiệp Thủy lợi Quỳnh Lưu chủ động điều tiết nước.",
                vec!["Xí nghiệp Thủy lợi Quỳnh Lưu"],
                vec![],
            ),
            (
                "Phòng Tài chính phối hợp với Công ty Điện lực Bắc Ninh, Công ty cổ phần Nước sạch Bắc Ninh di dời hạ tầng.",
                vec!["Phòng Tài chính"],
                vec!["Công ty Điện lực Bắc Ninh", "Công ty cổ phần Nước sạch Bắc Ninh"],
            ),
            (
                "Ban Quản lý dự án xây dựng huyện khẩn trương hoàn thiện hồ sơ.",
                vec!["Ban Quản lý dự án xây dựng huyện"],
                vec![],
            ),
            (
                "Công an xã phối hợp với Ban bảo vệ dân phố các thôn tuần tra.",
                vec!["Công an xã"],
                vec!["Ban bảo vệ dân phố các thôn"],
            ),
            (
                "Đội Thuế liên phường Vạn Phúc - Văn Quán đôn đốc thu nợ thuế.",
                vec!["Đội Thuế liên phường Vạn Phúc - Văn Quán"],
                vec![],
            ),
            // Verbs of land offices and communes open the task after the body.
            (
                "Chi nhánh Văn phòng đăng ký đất đai huyện trích lục, cung cấp hồ sơ địa chính.",
                vec!["Chi nhánh Văn phòng đăng ký đất đai huyện"],
                vec![],
            ),
            (
                "Trạm Khuyến nông khuyến cáo nông dân không xuống giống sớm.",
                vec!["Trạm Khuyến nông"],
                vec![],
            ),
            // A field, then the unit served, after a head.
            (
                "Tổ công tác trật tự đô thị phường xây dựng kế hoạch ra quân.",
                vec!["Tổ công tác trật tự đô thị phường"],
                vec![],
            ),
            // Party units named together are one collective.
            (
                "Các chi bộ, đảng bộ cơ sở tổ chức quán triệt nghị quyết.",
                vec!["chi bộ, đảng bộ cơ sở"],
                vec![],
            ),
            // A head opens the next body after "và", even after a place.
            (
                "Sở Xây dựng chủ trì, phối hợp với Ban Quản lý Khu kinh tế Hải Phòng và UBND các huyện rà soát quy hoạch.",
                vec!["Sở Xây dựng"],
                vec!["Ban Quản lý Khu kinh tế Hải Phòng", "UBND các huyện"],
            ),
            // Localities as the scope of a head.
            (
                "Sở Xây dựng chủ trì, phối hợp với UBND các địa phương tổ chức kiểm tra.",
                vec!["Sở Xây dựng"],
                vec!["UBND các địa phương"],
            ),
            (
                "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và các địa phương tổ chức kiểm tra.",
                vec!["Sở Xây dựng"],
                vec!["Sở Tài chính", "địa phương"],
            ),
            // A commune named after a village word, in a list of communes.
            (
                "UBND các xã: Bản Phố, Nậm Mòn, Lùng Phình rà soát hộ nghèo.",
                vec!["UBND xã Bản Phố", "UBND xã Nậm Mòn", "UBND xã Lùng Phình"],
                vec![],
            ),
            // A list of units after a named place shares its head; a place
            // with its own unit keeps it, with no empty head before it.
            (
                "UBND thành phố Vinh, các thị xã: Cửa Lò, Hoàng Mai và huyện Nghi Lộc bố trí quỹ đất.",
                vec![
                    "UBND thành phố Vinh",
                    "UBND thị xã Cửa Lò",
                    "UBND thị xã Hoàng Mai",
                    "UBND huyện Nghi Lộc",
                ],
                vec![],
            ),
            (
                "Các thị xã: Cửa Lò, Hoàng Mai và huyện Nghi Lộc bố trí quỹ đất.",
                vec!["thị xã Cửa Lò", "thị xã Hoàng Mai", "huyện Nghi Lộc"],
                vec![],
            ),
            // A school's board is the school.
            (
                "Phòng Giáo dục phối hợp với Ban giám hiệu Trường Tiểu học Kim Đồng bố trí phòng học.",
                vec!["Phòng Giáo dục"],
                vec!["Trường Tiểu học Kim Đồng"],
            ),
            (
                "Thủ trưởng các cơ quan, đơn vị sử dụng ngân sách thành phố thực hiện nghiêm chế độ chi tiêu.",
                vec!["cơ quan, đơn vị sử dụng ngân sách thành phố"],
                vec![],
            ),
            // Levels of one kind after a comma are one collective.
            (
                "UBND các xã, thị trấn và các trường mầm non, tiểu học, trung học cơ sở rà soát bàn ghế.",
                vec!["UBND các xã, thị trấn", "trường mầm non, tiểu học, trung học cơ sở"],
                vec![],
            ),
            (
                "Các bệnh viện tuyến tỉnh, tuyến huyện bố trí giường bệnh.",
                vec!["bệnh viện tuyến tỉnh, tuyến huyện"],
                vec![],
            ),
            // The same kind named again after "và" is a second body.
            (
                "Các bệnh viện tuyến tỉnh và bệnh viện tuyến huyện bố trí giường bệnh.",
                vec!["bệnh viện tuyến tỉnh", "bệnh viện tuyến huyện"],
                vec![],
            ),
        ] {
            let (l, c, _) = leads(text);
            assert_eq!((l, c), (
                lead.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                partners.iter().map(|s| s.to_string()).collect::<Vec<_>>()
            ), "{text}");
        }
        // A list of places cut off at the end of the text.
        let (l, _, _) = leads("Giao UBND các xã:");
        assert!(l.iter().all(|b| !b.contains("Bản")), "{l:?}");
        // A seed is no warden's station.
        let (l, _, _) = leads("Hạt giống được cấp phát kịp thời.");
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn bodies_after_a_speakers_words_are_the_doers() {
        let (l, _, _) = leads(
            "Phó Chủ tịch UBND tỉnh nhấn mạnh, các địa phương, đơn vị phải quán triệt phương châm bốn tại chỗ.",
        );
        assert_eq!(l, ["địa phương, đơn vị"]);
        let (l, _, _) = leads("Chủ tịch UBND tỉnh yêu cầu: \"Sở Y tế phải khẩn trương rà soát.\"");
        assert_eq!(l, ["Sở Y tế"]);
        // Not past a cue: the Deputy Prime Minister is a person given work.
        let (l, _, _) = leads(
            "Thủ tướng giao Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo, đôn đốc việc thực hiện.",
        );
        assert!(!l.iter().any(|b| b.contains("ngành")), "{l:?}");
        // The district a leader visits, asked by the leader; a citizen's
        // request to it is a proposal up.
        let (l, _, _) = leads("Đồng chí yêu cầu huyện rà soát toàn bộ các điểm sạt lở.");
        assert_eq!(l, ["huyện"]);
        let (l, _, _) = leads("Bà Nguyễn Thị Hoa đề nghị huyện khẩn trương giải quyết.");
        assert!(l.is_empty(), "{l:?}");
        // The leader named before as "ông", telling the district to act.
        let (l, _, _) = leads("Ông yêu cầu huyện chỉ đạo các xã hướng dẫn người dân tái canh.");
        assert_eq!(l, ["huyện"]);
        let (l, _, _) = leads("Bà đề nghị huyện sớm hỗ trợ kinh phí làm đường.");
        assert!(l.is_empty(), "{l:?}");
        // Agreeing with a partner ends the partner's name.
        let (_, c, _) = leads(
            "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ thống nhất giải pháp tích hợp dữ liệu.",
        );
        assert_eq!(c, ["Sở Khoa học và Công nghệ"]);
        // A topic holding "phòng, chống" before the speaker.
        let (l, _, _) = leads(
            "Về phòng, chống sạt lở, đồng chí yêu cầu huyện rà soát toàn bộ các điểm sạt lở nguy hiểm.",
        );
        assert_eq!(l, ["huyện"]);
    }

    #[test]
    fn sector_bodies_forces_funds_and_census_boards_are_named_whole() {
        let (_, c, _) =
            leads("Phối hợp chặt chẽ với cơ quan thuế, hải quan, tài chính thu hồi nợ đọng.");
        assert_eq!(c, ["cơ quan thuế, hải quan, tài chính"]);
        let (_, c, _) =
            leads("Sở Kế hoạch và Đầu tư phối hợp với cơ quan thuế xác minh doanh nghiệp.");
        assert_eq!(c, ["cơ quan thuế"]);
        let (_, c, _) =
            leads("Phối hợp với Bộ đội Biên phòng, Công an, Quản lý thị trường kiểm soát địa bàn.");
        assert_eq!(c, ["Bộ đội Biên phòng", "Công an", "Quản lý thị trường"]);
        let (l, _, _) = leads("Quỹ phòng, chống thiên tai tỉnh đôn đốc các địa phương nộp Quỹ.");
        assert_eq!(l, ["Quỹ phòng, chống thiên tai tỉnh"]);
        let (l, _, _) = leads("Quỹ Đầu tư phát triển tỉnh rà soát các khoản cho vay.");
        assert_eq!(l, ["Quỹ Đầu tư phát triển tỉnh"]);
        let (l, _, _) = leads(
            "Ban Chỉ đạo Tổng điều tra dân số và nhà ở huyện tổ chức tập huấn cho điều tra viên.",
        );
        assert_eq!(l, ["Ban Chỉ đạo Tổng điều tra dân số và nhà ở huyện"]);
        let (l, c, _) = leads(
            "Chi nhánh Ngân hàng Chính sách xã hội phối hợp với các hội, đoàn thể nhận ủy thác rà soát nợ.",
        );
        assert_eq!(l, ["Chi nhánh Ngân hàng Chính sách xã hội"]);
        assert_eq!(c, ["hội, đoàn thể nhận ủy thác"]);
        let (_, c, _) = leads(
            "Sở Tài chính chủ trì, phối hợp với các cơ quan chủ quản chương trình hướng dẫn thanh toán.",
        );
        assert_eq!(c, ["cơ quan chủ quản chương trình"]);
        // Older names and kinds: a department with a comma, a works with
        // its trade in lower case, a district youth union.
        let (l, _, _) = leads("Sở Bưu chính, Viễn thông hướng dẫn các doanh nghiệp.");
        assert_eq!(l, ["Sở Bưu chính, Viễn thông"]);
        let (l, _, _) = leads("Các doanh nghiệp bưu chính, viễn thông bảo đảm thông tin liên lạc.");
        assert_eq!(l, ["doanh nghiệp bưu chính, viễn thông"]);
        let (l, _, _) = leads("Xí nghiệp cấp nước Cầu Giát bảo đảm nguồn nước sinh hoạt.");
        assert_eq!(l, ["Xí nghiệp cấp nước Cầu Giát"]);
        let (l, _, _) = leads("Quận đoàn Ninh Kiều vận động đoàn viên ra quân.");
        assert_eq!(l, ["Quận đoàn Ninh Kiều"]);
    }

    #[test]
    fn a_body_asked_to_hand_work_on_is_not_its_doer() {
        let (l, _, _) = leads(
            "Kiến nghị Chủ tịch UBND huyện giao Phòng Tài chính - Kế hoạch kiểm tra quyết toán ngân sách xã.",
        );
        assert_eq!(l, ["Phòng Tài chính - Kế hoạch"]);
        // Recommended by a body of its own: neither the one recommending nor
        // the one asked to hand it on does it.
        let (l, _, _) = leads(
            "Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh giao Chủ tịch UBND thị xã Trảng Bàng chỉ đạo thu hồi số tiền chi sai.",
        );
        assert_eq!(l, ["UBND thị xã Trảng Bàng"]);
        // A proposal up, with no one to hand it to, is still no one's task.
        let (l, _, _) = leads("Lãnh đạo các xã kiến nghị tỉnh sớm phê duyệt dự án.");
        assert!(l.is_empty(), "{l:?}");
        // Told to direct another, it stays the doer.
        let (l, _, _) = leads("Đề nghị UBND tỉnh chỉ đạo Sở Tài chính kiểm tra ngân sách.");
        assert_eq!(l, ["UBND tỉnh"]);
        // Giving a task to its people, it stays the doer too.
        let (l, _, _) =
            leads("Yêu cầu UBND các xã giao nhiệm vụ cho công chức địa chính rà soát hồ sơ.");
        assert_eq!(l, ["UBND các xã"]);
    }

    #[test]
    fn capitalized_kinds_and_chains_of_units_stay_one_collective() {
        let (l, _, _) = leads("Yêu cầu Thủ trưởng các Sở, Ban, ngành rà soát các kiến nghị.");
        assert_eq!(l, ["Sở, Ban, ngành"]);
        let (l, _, _) = leads("Các Sở, Ban Quản lý dự án tỉnh rà soát hồ sơ.");
        assert_eq!(l, ["Sở", "Ban Quản lý dự án tỉnh"]);
        let (l, _, _) = leads("UBND các huyện, thành phố Đà Lạt, Bảo Lộc tổ chức tuần tra rừng.");
        assert_eq!(l, ["UBND các huyện, thành phố Đà Lạt, Bảo Lộc"]);
    }

    #[test]
    fn deputies_are_written_as_their_body() {
        for (text, body) in [
            (
                "Giao Phó Chánh Thanh tra huyện theo dõi, đôn đốc việc thực hiện.",
                "Thanh tra huyện",
            ),
            (
                "Phó Hiệu trưởng Trường THCS Lê Lợi kiểm tra hồ sơ.",
                "Trường THCS Lê Lợi",
            ),
            (
                "Phó Chỉ huy trưởng Ban Chỉ huy quân sự xã rà soát nguồn.",
                "Ban Chỉ huy quân sự xã",
            ),
            ("Giao Phó Trưởng Công an xã theo dõi an ninh.", "Công an xã"),
        ] {
            let (l, _, _) = leads(text);
            assert_eq!(l, [body], "{text}");
        }
    }

    #[test]
    fn the_doer_who_urged_in_passing_keeps_its_partners_after_a_semicolon() {
        // The clause opened with the doer's own work; "đôn đốc Y" was one
        // of its verbs, and the partner after ";" is the doer's.
        let (l, c, _) = leads(
            "Cục Hải quan tỉnh: Tăng cường quản lý thu thuế, đôn đốc các doanh nghiệp nộp thuế đúng hạn; phối hợp với Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp hỗ trợ doanh nghiệp.",
        );
        assert_eq!(l, ["Cục Hải quan tỉnh"]);
        assert_eq!(
            c,
            ["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"]
        );
        // Directing first, the partner after ";" is Y's.
        let (_, c, _) = leads(
            "Sở Y tế: Chỉ đạo các cơ sở y tế bảo đảm cấp cứu; phối hợp với Công an tỉnh kiểm tra sức khỏe lái xe.",
        );
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn a_kind_then_the_bodies_it_names_gives_those_bodies() {
        let (l, _, _) = leads(
            "Các chủ rừng là Ban Quản lý rừng phòng hộ Lộc Bắc, Công ty TNHH MTV Lâm nghiệp Di Linh phải bố trí đủ lực lượng.",
        );
        assert_eq!(
            l,
            [
                "Ban Quản lý rừng phòng hộ Lộc Bắc",
                "Công ty TNHH MTV Lâm nghiệp Di Linh"
            ]
        );
        // What is reported, after the receiver, is not the receiver's name.
        let (_, _, r) = leads("Phòng Nông nghiệp báo cáo Sở Tài chính tình hình quản lý tài sản.");
        assert_eq!(r, ["Sở Tài chính"]);
        let (_, _, r) = leads("Phòng Nông nghiệp báo cáo Sở Nông nghiệp và PTNT hàng ngày.");
        assert_eq!(r, ["Sở Nông nghiệp và PTNT"]);
    }

    #[test]
    fn schools_of_several_levels_and_all_levels_and_sectors_are_collectives() {
        let (l, _, _) = leads(
            "Đề nghị các trường THPT, trường phổ thông có nhiều cấp học có cấp THPT và các Trung tâm GDNN-GDTX rà soát hồ sơ.",
        );
        assert_eq!(
            l,
            [
                "trường THPT",
                "trường phổ thông có nhiều cấp học có cấp THPT",
                "Trung tâm GDNN-GDTX"
            ]
        );
        let (l, _, _) = leads("Yêu cầu các cấp, các ngành tập trung khắc phục hậu quả bão.");
        assert_eq!(l, ["cấp, các ngành"]);
    }

    #[test]
    fn a_body_sharing_out_its_work_among_its_people_stays_the_doer() {
        let (l, c, _) =
            leads("Ban Chỉ đạo phòng, chống dịch huyện phân công thành viên phụ trách từng xã.");
        assert_eq!(
            (l, c),
            (
                vec!["Ban Chỉ đạo phòng, chống dịch huyện".to_string()],
                vec![]
            )
        );
        let (l, c, _) = leads(
            "Công an phường phân công cảnh sát khu vực phối hợp với Ban điều hành khu phố tuần tra.",
        );
        assert_eq!((l, c), (vec!["Công an phường".to_string()], vec![]));
        // Work shared out to a body is that body's.
        let (l, _, _) = leads("UBND huyện phân công Phòng Nội vụ chủ trì tổ chức hội nghị.");
        assert_eq!(l, ["Phòng Nội vụ"]);
    }

    #[test]
    fn a_holders_name_ends_the_body_but_a_place_does_not() {
        let (l, _, _) =
            leads("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn kiểm tra thực tế tại công trình.");
        assert_eq!(l, ["UBND tỉnh"]);
        let (l, _, _) = leads("Phó Chủ tịch UBND tỉnh Trần Song Tùng kiểm tra thực tế.");
        assert_eq!(l, ["UBND tỉnh"]);
        let (l, _, _) = leads("Giám đốc Sở Y tế tỉnh Trần Thị Thu Hà báo cáo kết quả.");
        assert_eq!(l, ["Sở Y tế tỉnh"]);
        let (l, _, _) = leads("UBND Thành phố Hồ Chí Minh triển khai thực hiện.");
        assert_eq!(l, ["UBND Thành phố Hồ Chí Minh"]);
        let (l, _, _) = leads("UBND huyện Lê Thủy rà soát các hộ dân.");
        assert_eq!(l, ["UBND huyện Lê Thủy"]);
        // Places named after a person, with no office holder before them.
        let (l, _, _) = leads("UBND huyện Dương Minh Châu kiểm tra các trang trại.");
        assert_eq!(l, ["UBND huyện Dương Minh Châu"]);
        let (l, _, _) = leads("UBND huyện Tân Châu, Dương Minh Châu kiểm tra các trang trại.");
        assert_eq!(l, ["UBND huyện Tân Châu", "UBND huyện Dương Minh Châu"]);
        let (l, _, _) = leads("UBND xã Nguyễn Văn Thảnh rà soát các hộ dân.");
        assert_eq!(l, ["UBND xã Nguyễn Văn Thảnh"]);
    }

    #[test]
    fn village_units_and_social_domains() {
        let (l, c, _) = leads(
            "Giao Trưởng các thôn, tổ dân phố phối hợp với Công an xã tuyên truyền Nhân dân.",
        );
        assert_eq!(l, ["thôn, tổ dân phố"]);
        assert_eq!(c, ["Công an xã"]);
        let (l, _, _) = leads("Sở Lao động - Thương binh và Xã hội hướng dẫn các địa phương.");
        assert_eq!(l, ["Sở Lao động - Thương binh và Xã hội"]);
        let (l, _, _) = leads("Phòng Văn hóa - Xã hội lập danh sách các hộ nghèo.");
        assert_eq!(l, ["Phòng Văn hóa - Xã hội"]);
        let (_, c, _) = leads("Phòng Kinh tế phối hợp với Thuế cơ sở 3 rà soát các hộ kinh doanh.");
        assert_eq!(c, ["Thuế cơ sở 3"]);
    }

    #[test]
    fn doers_apart_by_semicolons_in_a_heading() {
        let (l, _, _) =
            leads("Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:");
        assert_eq!(l, ["sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]);
        let (l, _, _) = leads("Các sở, ban, ngành tỉnh; UBND các huyện:");
        assert_eq!(l, ["sở, ban, ngành tỉnh", "UBND các huyện"]);
    }

    #[test]
    fn several_bodies_narrowed_by_a_relative_clause() {
        let (l, _, _) = leads(
            "Ủy ban nhân dân các tỉnh, thành phố có dự án đi qua khẩn trương hoàn thành giải phóng mặt bằng.",
        );
        // ("có dự án đi qua" narrows which: part of the name, as annotators
        // of four sets wrote it)
        assert_eq!(l, ["Ủy ban nhân dân các tỉnh, thành phố có dự án đi qua"]);
        // One body that "has" something did it: no doer of a task.
        let (l, _, _) = leads("UBND tỉnh Quảng Trị có công điện gửi các cơ quan, đơn vị.");
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn named_bodies_of_many_kinds_as_subjects() {
        // Each named in full as the doer of "… chủ trì, phối hợp …".
        for body in [
            "Ban An toàn giao thông tỉnh",
            "Cục Cảnh sát giao thông",
            "Đồn Biên phòng Cửa Hội",
            "Hải quan cửa khẩu quốc tế Nậm Cắn",
            "Báo và Phát thanh, Truyền hình Nghệ An",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Kiểm toán Nhà nước khu vực II",
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
            "Bộ Tư lệnh Vùng Cảnh sát biển 1",
            "Ngân hàng Chính sách xã hội chi nhánh tỉnh",
            "Trung tâm Y tế khu vực Nam Đàn",
            "Sở Dân tộc và Tôn giáo",
            "Công ty TNHH MTV Khai thác công trình thủy lợi Nam Nghệ An",
        ] {
            let (l, c, _) = leads(&format!(
                "{body} chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện."
            ));
            assert_eq!(l, [body], "{body}");
            assert_eq!(c, ["cơ quan liên quan"], "{body}");
        }
        // A long lowercase run ends a name unless a proper name ends it, and
        // never runs through a cue ("thông qua").
        with(
            "Văn phòng HĐND và UBND thông qua dự thảo Báo cáo kết quả trước khi trình.",
            |lex, key, toks| {
                let (list, _) = body_list_at(lex, toks, 0);
                assert_eq!(names(key, &list), ["Văn phòng HĐND và UBND"]);
            },
        );
        // A document is no village ("bản"), smuggling no hamlet ("buôn").
        let (l, _, _) = leads("Ban Chỉ đạo chống buôn lậu tỉnh kiểm tra các văn bản.");
        assert_eq!(l, ["Ban Chỉ đạo chống buôn lậu tỉnh"]);
    }

    #[test]
    fn bodies_listed_after_a_kind_and_sau() {
        let (l, _, _) =
            leads("Đề nghị các đơn vị sau: Sở Tài chính, Sở Xây dựng chủ động hướng dẫn huyện.");
        assert_eq!(l, ["Sở Tài chính", "Sở Xây dựng"]);
        let (l, _, _) =
            leads("Giao các cơ quan sau đây: Công an huyện, Phòng Nội vụ kiểm tra, rà soát.");
        assert_eq!(l, ["Công an huyện", "Phòng Nội vụ"]);
    }

    #[test]
    fn cap_after_a_scope_is_the_verb_issue() {
        let (l, _, _) =
            leads("Chi nhánh Văn phòng Đăng ký đất đai huyện cấp giấy chứng nhận cho các hộ dân.");
        assert_eq!(l, ["Chi nhánh Văn phòng Đăng ký đất đai huyện"]);
        // A level after a scope stays in the name.
        let (l, _, _) = leads("Ban Chỉ đạo huyện cấp xã kiểm tra việc thực hiện.");
        assert_eq!(l, ["Ban Chỉ đạo huyện cấp xã"]);
    }

    #[test]
    fn partners_named_before_their_cue() {
        let (l, c, _) = leads(
            "Sở Y tế chủ trì, Sở Tài chính và Bảo hiểm xã hội tỉnh phối hợp rà soát danh mục thuốc.",
        );
        assert_eq!(l, ["Sở Y tế"]);
        assert_eq!(c, ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"]);
        let (l, c, _) = leads("Sở Xây dựng chủ trì thực hiện; Sở Tài chính, Sở Nội vụ phối hợp.");
        assert_eq!(l, ["Sở Xây dựng"]);
        assert_eq!(c, ["Sở Tài chính", "Sở Nội vụ"]);
        // Alone, a body that "phối hợp" is the doer.
        let (l, c, _) = leads("Sở Tài chính phối hợp thực hiện.");
        assert_eq!(l, ["Sở Tài chính"]);
        assert!(c.is_empty());
        let (l, c, _) =
            leads("Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch; đơn vị phối hợp: Sở Ngoại vụ.");
        assert_eq!(l, ["Sở Văn hóa, Thể thao và Du lịch"]);
        assert_eq!(c, ["Sở Ngoại vụ"]);
        let (_, c, _) =
            leads("Giao Sở Công Thương thực hiện, với sự tham gia của Hiệp hội Doanh nghiệp tỉnh.");
        assert_eq!(c, ["Hiệp hội Doanh nghiệp tỉnh"]);
    }

    #[test]
    fn party_committees_and_boards_as_bodies() {
        let (l, _, _) = leads("Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo các sở, ngành.");
        assert_eq!(l, ["Ban cán sự đảng UBND tỉnh"]);
        let (l, _, _) = leads("Đảng đoàn HĐND tỉnh lãnh đạo chuẩn bị nội dung kỳ họp.");
        assert_eq!(l, ["Đảng đoàn HĐND tỉnh"]);
        let (l, _, _) = leads("Các đảng ủy trực thuộc Tỉnh ủy lãnh đạo tổ chức tổng kết.");
        assert_eq!(l, ["đảng ủy trực thuộc Tỉnh ủy"]);
        let (l, _, _) = leads("Công đoàn Viên chức tỉnh vận động đoàn viên tham gia.");
        assert_eq!(l, ["Công đoàn Viên chức tỉnh"]);
        // A kind that opens with a verb ("cấp") is the subject when longer.
        let (l, _, _) = leads("Cấp ủy, chính quyền các cấp tăng cường lãnh đạo phòng, chống dịch.");
        assert_eq!(l, ["Cấp ủy, chính quyền các cấp"]);
        let (l, _, _) = leads("Tổ chức Lễ phát động phong trào thi đua.");
        assert!(l.is_empty(), "{l:?}");
    }

    #[test]
    fn subject_after_lead_in_and_label() {
        let (l, _, _) = leads("Nhằm tiếp tục thực hiện đơn giản hóa thủ tục hành chính, Công an tỉnh nghiên cứu ứng dụng công nghệ.");
        assert_eq!(l, vec!["Công an tỉnh"]);
        let (l, _, _) = leads("Tỉnh Tuyên Quang: Giải quyết dứt điểm công tác di dời.");
        assert_eq!(l, vec!["Tỉnh Tuyên Quang"]);
        let (l, _, _) = leads(
            "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh",
        );
        assert_eq!(
            l,
            vec![
                "Hiệp hội Doanh nghiệp tỉnh",
                "Hội Nông dân tỉnh",
                "Liên minh Hợp tác xã Tỉnh"
            ]
        );
    }

    #[test]
    fn places_of_a_heading_in_capitals_stay_one_collective() {
        let (l, _, _) = leads("ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ");
        assert_eq!(l, ["ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ"]);
        // Lower case stays as it was.
        let (l, _, _) = leads("Đề nghị Ủy ban nhân dân các huyện, thị xã triển khai ngay.");
        assert_eq!(l, ["Ủy ban nhân dân các huyện, thị xã"]);
    }

    #[test]
    fn a_department_keeps_its_ministry_after_a_dash() {
        let (l, _, _) =
            leads("Đề nghị Cục Kế hoạch - Bộ Tài chính, Vụ Pháp chế - Bộ Nội vụ góp ý dự thảo.");
        assert_eq!(
            l,
            ["Cục Kế hoạch - Bộ Tài chính", "Vụ Pháp chế - Bộ Nội vụ"]
        );
        let (l, _, _) = leads("Cục Tác chiến - Bộ Tổng Tham mưu hướng dẫn các đơn vị.");
        assert_eq!(l, ["Cục Tác chiến - Bộ Tổng Tham mưu"]);
        // Two ministries joined by a dash are no department and its parent.
        let (l, _, _) = leads("Bộ Y tế - Bộ Tài chính thống nhất hướng dẫn.");
        assert_ne!(l, ["Bộ Y tế - Bộ Tài chính"]);
    }

    #[test]
    fn collectives_of_research_public_service_and_school_kinds() {
        let (_, c, _) = leads(
            "Sở Khoa học và Công nghệ phối hợp với các viện nghiên cứu, doanh nghiệp trong và ngoài nước chuyển giao công nghệ.",
        );
        assert_eq!(c, ["viện nghiên cứu, doanh nghiệp trong và ngoài nước"]);
        let (l, _, _) = leads(
            "Thủ trưởng các đơn vị sự nghiệp công lập thuộc Sở Y tế rà soát vị trí việc làm.",
        );
        assert_eq!(l, ["đơn vị sự nghiệp công lập thuộc Sở Y tế"]);
        let (l, _, _) = leads("Các trường cao đẳng sư phạm xây dựng chỉ tiêu tuyển sinh.");
        assert_eq!(l, ["trường cao đẳng sư phạm"]);
        let (l, _, _) = leads(
            "Các đại học, học viện, trường đại học, trường cao đẳng sư phạm công bố đề án tuyển sinh.",
        );
        assert_eq!(
            l,
            ["đại học, học viện, trường đại học, trường cao đẳng sư phạm"]
        );
        // Two kinds of schools named apart stay two.
        let (l, _, _) = leads("Các trường THCS, trường phổ thông dân tộc nội trú báo cáo.");
        assert_eq!(l.len(), 2);
    }

    #[test]
    fn places_and_schools_named_by_what_they_have() {
        let (l, _, _) = leads("UBND các xã, thị trấn nơi có khoáng sản tăng cường kiểm tra.");
        assert_eq!(l, ["UBND các xã, thị trấn nơi có khoáng sản"]);
        let (_, c, _) = leads("Công an huyện phối hợp với UBND các xã có sông chảy qua tuần tra.");
        assert_eq!(c, ["UBND các xã có sông chảy qua"]);
        let (l, c, _) = leads(
            "Hiệu trưởng các trường có công trình đang thi công phối hợp với nhà thầu bảo đảm an toàn.",
        );
        assert_eq!(l, ["trường có công trình đang thi công"]);
        assert_eq!(c, ["nhà thầu"]);
    }

    #[test]
    fn offices_and_teams_named_with_commas_and_lower_case_words() {
        let (l, c, _) = leads(
            "Phòng Công chức, viên chức chủ trì, phối hợp với Phòng Tổ chức, biên chế và tổ chức phi chính phủ thẩm định hồ sơ.",
        );
        assert_eq!(l, ["Phòng Công chức, viên chức"]);
        assert_eq!(c, ["Phòng Tổ chức, biên chế và tổ chức phi chính phủ"]);
        let (_, c, _) = leads(
            "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Đội Kiểm tra quy tắc đô thị, UBND các phường xử lý vi phạm.",
        );
        assert_eq!(c, ["Đội Kiểm tra quy tắc đô thị", "UBND các phường"]);
    }

    #[test]
    fn canonical_expands_abbreviations() {
        with("", |lex, _, _| {
            assert_eq!(
                canonical(lex, &fold_pattern("UBND các xã, thị trấn")),
                "ủy ban nhân dân xã thị trấn"
            );
            assert_eq!(
                canonical(lex, &fold_pattern("Sở TN&MT")),
                "sở tài nguyên và môi trường"
            );
            assert_eq!(
                canonical(lex, &fold_pattern("Phòng Văn hoá")),
                "phòng văn hóa"
            );
        });
    }
}

#[cfg(test)]
mod chain_tests {
    use super::*;
    use crate::normalize::fold_pattern;
    use crate::tokens::tokenize;

    fn leads(text: &str) -> Vec<String> {
        let rules = crate::rules::shared_for_tests();
        let lex = Lexicon::new(rules);
        let key = fold_pattern(text);
        let toks = tokenize(&key, 0);
        let r = roles(&lex, &key, &toks, false);
        r.lead
            .iter()
            .map(|m| key[m.name.clone()].to_string())
            .collect()
    }

    #[test]
    fn capitalized_collective_chains() {
        assert_eq!(
            leads("Các Bộ, cơ quan liên quan theo chức năng được giao nghiên cứu kỹ."),
            vec!["Bộ, cơ quan liên quan"]
        );
        assert_eq!(
            leads("Phó Thủ tướng yêu cầu các Bộ ngành, địa phương liên quan quán triệt."),
            vec!["Bộ ngành, địa phương liên quan"]
        );
    }
}
