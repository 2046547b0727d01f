//! Flat task rows for trackers and spreadsheets: one row per (directive,
//! responsible body).
//!
//! A notice's directives, each with its bodies, become rows that carry the
//! whole context a task tracker imports (số hiệu, trích yếu, ngày ban hành,
//! người ký, task, parent task, đơn vị, vai trò, hạn hoàn thành) so no row
//! needs the notice beside it. A directive with no body still gives one row,
//! with an empty body, so no task is lost. The writing (CSV, JSON Lines) is
//! left to the caller: `chidao extract --format csv|tasks-jsonl`.

use serde::{Deserialize, Serialize};

use crate::model::{Directive, Notice, Party};

/// One task: a directive as seen by one responsible body. Field order is the
/// CSV column order; names never change (add fields at the end).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TaskRow {
    /// Số hiệu: `136/TB-UBND`.
    pub number: String,
    /// `THÔNG BÁO`, `KẾ HOẠCH` …
    pub doc_type: String,
    /// Ngày ban hành, ISO.
    pub date: String,
    /// The issuing body as printed.
    pub issuer: String,
    /// Trích yếu: the title of the notice.
    pub title: String,
    /// Người ký.
    pub signer: String,
    pub signer_position: String,
    /// The task: the directive id (`II.3.2`).
    pub directive_id: String,
    /// Parent task: the id of the heading the directive sits under.
    pub parent_id: String,
    /// The heading the directive belongs to, as printed.
    pub section: String,
    /// Đơn vị, as printed; empty when the directive names no body.
    pub body: String,
    /// The body's search key (abbreviations expanded, lowercase).
    pub canonical: String,
    /// The place the notice implies for a body named without one.
    pub scope: String,
    /// Vai trò: `lead` (chủ trì), `cooperate` (phối hợp), `report_to` (nhận báo cáo).
    pub role: String,
    /// The body was handed down from a heading or an introducing sentence.
    pub inherited: bool,
    /// The action verbs, in order, joined with `; `.
    pub action: String,
    /// Hạn hoàn thành as printed; several joined with `; `.
    pub deadline: String,
    /// The earliest deadline day, ISO (the one a tracker alerts on).
    pub deadline_date: String,
    /// The full directive text.
    pub text: String,
    /// The input the notice came from.
    pub source: String,
    /// First line of the directive in the input (1-based).
    pub line: usize,
}

/// The CSV header: the field names of [`TaskRow`], in order (a test keeps
/// them in step), so a file gets its header even before its first row.
pub const TASK_COLUMNS: &[&str] = &[
    "number",
    "doc_type",
    "date",
    "issuer",
    "title",
    "signer",
    "signer_position",
    "directive_id",
    "parent_id",
    "section",
    "body",
    "canonical",
    "scope",
    "role",
    "inherited",
    "action",
    "deadline",
    "deadline_date",
    "text",
    "source",
    "line",
];

/// The rows of one notice: per directive, one per responsible body, or one
/// with an empty body when it has none.
pub fn task_rows(notice: &Notice) -> Vec<TaskRow> {
    let mut rows = Vec::new();
    for d in &notice.directives {
        let base = directive_row(notice, d);
        if d.responsible.is_empty() {
            rows.push(base);
            continue;
        }
        for p in &d.responsible {
            rows.push(with_party(base.clone(), p));
        }
    }
    rows
}

fn directive_row(notice: &Notice, d: &Directive) -> TaskRow {
    let h = &notice.header;
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    let signer = h.signer.as_ref();
    let deadline_date = d
        .deadlines
        .iter()
        .filter_map(|dl| dl.date.clone())
        .min()
        .unwrap_or_default();
    TaskRow {
        number: text(&h.number),
        doc_type: text(&h.doc_type),
        date: text(&h.date),
        issuer: text(&h.issuer),
        title: text(&h.title),
        signer: signer.and_then(|s| s.name.clone()).unwrap_or_default(),
        signer_position: signer.and_then(|s| s.position.clone()).unwrap_or_default(),
        directive_id: d.id.clone(),
        parent_id: text(&d.parent),
        section: text(&d.section),
        action: join(d.actions.iter().map(|a| a.verb.as_str())),
        deadline: join(d.deadlines.iter().map(|dl| dl.text.as_str())),
        deadline_date,
        text: d.text.clone(),
        source: notice.source.path.clone(),
        line: d.span.line_start,
        ..TaskRow::default()
    }
}

fn with_party(mut row: TaskRow, p: &Party) -> TaskRow {
    row.body = p.name.clone();
    row.canonical = p.canonical.clone();
    row.scope = p.scope.clone().unwrap_or_default();
    row.role = p.role.as_str().to_string();
    row.inherited = p.inherited;
    row
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_the_row_fields_in_order() {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(TaskRow::default()).unwrap();
        let bytes = w.into_inner().unwrap();
        let header = String::from_utf8(bytes).unwrap();
        let header = header.lines().next().unwrap();
        assert_eq!(header, TASK_COLUMNS.join(","));
    }

    fn notice() -> Notice {
        let span = r#"{"start": 0, "end": 1, "line_start": 9, "line_end": 9}"#;
        let json = format!(
            r#"{{"schema_version": 1,
              "source": {{"path": "x.txt", "bytes": 1, "encoding": "utf-8"}},
              "header": {{"number": "12/TB-UBND", "doc_type": "THÔNG BÁO", "issuer": null,
                         "place": null, "date": "2024-06-05", "title": "Kết luận, \"họp\"",
                         "meeting": null, "signer": {{"name": "Nguyễn Văn A", "position": "CHỦ TỊCH",
                         "delegation": null}}, "recipients": []}},
              "assessment": null,
              "directives": [
                {{"id": "1", "parent": null, "text": "Giao Sở Nội vụ chủ trì, phối hợp Sở Tài chính rà soát.",
                  "span": {span},
                  "responsible": [
                    {{"name": "Sở Nội vụ", "canonical": "sở nội vụ", "role": "lead", "inherited": false}},
                    {{"name": "Sở Tài chính", "canonical": "sở tài chính", "role": "cooperate", "inherited": true}}],
                  "actions": [{{"verb": "chủ trì", "text": "…"}}, {{"verb": "rà soát", "text": "…"}}],
                  "deadlines": [{{"text": "trước 30/6/2024", "date": "2024-06-30", "kind": "date"}},
                                {{"text": "trước 15/6/2024", "date": "2024-06-15", "kind": "date"}}]}},
                {{"id": "2", "parent": "1", "text": "Tiếp tục theo dõi.", "span": {span},
                  "responsible": [], "actions": [], "deadlines": []}}],
              "warnings": []}}"#
        );
        serde_json::from_str(&json).expect("test notice")
    }

    #[test]
    fn one_row_per_body_and_one_for_a_directive_without_body() {
        let rows = task_rows(&notice());
        assert_eq!(rows.len(), 3);
        let first = &rows[0];
        assert_eq!(
            (first.body.as_str(), first.role.as_str(), first.inherited),
            ("Sở Nội vụ", "lead", false)
        );
        assert_eq!(first.number, "12/TB-UBND");
        assert_eq!(first.title, "Kết luận, \"họp\"");
        assert_eq!(first.signer, "Nguyễn Văn A");
        assert_eq!(first.action, "chủ trì; rà soát");
        assert_eq!(first.deadline, "trước 30/6/2024; trước 15/6/2024");
        assert_eq!(first.deadline_date, "2024-06-15", "the earliest day");
        assert_eq!((first.source.as_str(), first.line), ("x.txt", 9));
        assert_eq!(
            (rows[1].body.as_str(), rows[1].role.as_str()),
            ("Sở Tài chính", "cooperate")
        );
        assert!(rows[1].inherited);
        let last = &rows[2];
        assert_eq!(
            (last.directive_id.as_str(), last.parent_id.as_str()),
            ("2", "1")
        );
        assert_eq!((last.body.as_str(), last.role.as_str()), ("", ""));
    }
}
