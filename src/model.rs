//! The output contract: serde types for one converted notice.
//!
//! Field names follow DESIGN.md and are never renamed; new fields may be added.
//! `schema_version` is bumped only when a field changes meaning.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 1;

/// One converted notice.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Notice {
    pub schema_version: u32,
    pub source: Source,
    pub header: Header,
    /// The assessment of results (not directives), when the notice has one.
    pub assessment: Option<Assessment>,
    pub directives: Vec<Directive>,
    /// Text removed as markdown emphasis (`**…**`), by span of the emphasized text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emphasis: Vec<Span>,
    pub warnings: Vec<String>,
}

/// Where the notice came from and how its bytes were read.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Default)]
pub struct Source {
    pub path: String,
    pub bytes: u64,
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `tcvn3`, `vni`, `viscii`, `windows-1258` …
    pub encoding: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Default)]
pub struct Header {
    /// Number and symbol as printed, spaces removed: `136/TB-UBND`.
    pub number: Option<String>,
    /// Document kind in capitals: `THÔNG BÁO`, `KẾ HOẠCH` …
    pub doc_type: Option<String>,
    pub issuer: Option<String>,
    pub place: Option<String>,
    /// Issue date (news: publication date), ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    pub title: Option<String>,
    pub meeting: Option<Meeting>,
    pub signer: Option<Signer>,
    pub recipients: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Default)]
pub struct Meeting {
    pub date: Option<String>,
    pub name: Option<String>,
    pub chair: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Default)]
pub struct Signer {
    pub name: Option<String>,
    pub position: Option<String>,
    /// `KT.`, `TL.`, `TM.` or `Q.` when the signer signs on behalf of someone.
    pub delegation: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Assessment {
    pub text: String,
    pub span: Span,
}

/// Byte offsets (half-open) into the original input and 1-based line numbers.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line_start: usize,
    pub line_end: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Directive {
    /// Stable path of numbers as printed: `II.3.2`, `III.1.a.2`, `p4` for unnumbered paragraphs.
    pub id: String,
    /// Id of the heading this directive sits under, if any.
    pub parent: Option<String>,
    /// The section heading this directive belongs to, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub text: String,
    pub span: Span,
    pub responsible: Vec<Party>,
    pub actions: Vec<Action>,
    pub deadlines: Vec<Deadline>,
}

#[derive(
    Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Lead,
    Cooperate,
    ReportTo,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Cooperate => "cooperate",
            Role::ReportTo => "report_to",
        }
    }
}

/// A responsible, cooperating or report-to body.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Party {
    /// The body as printed (office holders already mapped to their body).
    pub name: String,
    /// Abbreviations expanded, case, diacritics-insensitive key: `phong noi vu`.
    pub canonical: String,
    /// The place the notice implies for a body named without one (`thành phố Biên Hòa`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub role: Role,
    /// True when the body was handed down from a heading or an introducing sentence.
    pub inherited: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Action {
    /// The leading verb in its lexicon form: `rà soát`.
    pub verb: String,
    /// The clause the verb governs, as printed.
    pub text: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    Date,
    Period,
    Recurring,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Deadline {
    /// The time expression as printed.
    pub text: String,
    /// The latest day it allows, ISO, when the text fixes one.
    pub date: Option<String>,
    pub kind: DeadlineKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// The JSON Schema of one output document, generated from these types so it
/// can never drift from what is written.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Notice);
    serde_json::to_value(schema).unwrap_or(serde_json::Value::Null)
}
