//! Task tables flattened to lines: a header row (STT | Tên nhiệm vụ | Cơ quan
//! chủ trì | Cơ quan phối hợp | Thời gian hoàn thành …), then one row per task
//! opened by its number. Plans (Kế hoạch) list their tasks this way, often in
//! an appendix. Each cell arrives as one paragraph; the header row says which
//! column holds the task, the lead body, the cooperating bodies and the deadline.

use std::ops::Range;

use crate::normalize::Normalized;
use crate::rules::Rules;
use crate::segment::{Block, Style};

pub const REQUIRED_RULES: &[&str] = &[
    "table_index",
    "table_task",
    "table_lead",
    "table_cooperate",
    "table_deadline",
    "table_other",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Index,
    Task,
    Lead,
    Cooperate,
    Deadline,
    Other,
    /// Who petitioned and what they asked (a citizen-reception table's
    /// "Họ tên, địa chỉ công dân", "Nội dung kiến nghị"): told, no task; the
    /// table's task column then names its doers itself.
    Petition,
}

/// One task row: the number as printed and the key ranges of its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row number as printed, or the item's own id for a field list.
    pub number: String,
    /// The task is a numbered item whose fields are listed under it (its
    /// directive keeps the item's id).
    pub item: bool,
    /// Index of the block holding the task cell.
    pub task_block: usize,
    pub task: Range<usize>,
    pub lead: Option<Range<usize>>,
    pub cooperate: Option<Range<usize>>,
    pub deadline: Option<Range<usize>>,
    /// The table has no column of doers: the task cell names its doers,
    /// partners and deadlines itself ("Giao UBND thành phố … trước ngày …").
    pub own_fields: bool,
}

/// A table found among the blocks: its rows and every block it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub rows: Vec<Row>,
    pub blocks: Range<usize>,
}

/// The column a header cell names, if any.
pub(crate) fn column_of(rules: &Rules, text: &str) -> Option<Column> {
    let t = text.trim();
    if t.chars().count() > 40 {
        return None;
    }
    let checks = [
        ("table_index", Column::Index),
        ("table_task", Column::Task),
        ("table_lead", Column::Lead),
        ("table_cooperate", Column::Cooperate),
        ("table_deadline", Column::Deadline),
        ("table_other", Column::Other),
        ("table_petition", Column::Petition),
    ];
    checks
        .iter()
        .find(|(name, _)| rules.has(name) && rules.regex(name).is_match(t))
        .map(|&(_, c)| c)
}

/// A row number as printed: `3`, `3.`, or a sub-row's `1.2` (`1.2.3`).
pub(crate) fn is_row_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    !t.is_empty()
        && t.len() <= 11
        && t.split('.')
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The number of a row under an index column named by a word of its own
/// (`Đợt` over `Đợt 1`, `Giai đoạn` over `Giai đoạn II`): the number after
/// the column's name. A bare row number stands as it is.
pub(crate) fn row_number_under<'a>(index: &str, cell: &'a str) -> Option<&'a str> {
    if is_row_number(cell) {
        return Some(cell);
    }
    let name = index.trim().trim_end_matches('.');
    let t = cell.trim();
    let head = t.get(..name.len())?;
    let rest = &t[name.len()..];
    (!name.is_empty()
        && head.to_lowercase() == name.to_lowercase()
        && rest.starts_with(' ')
        && (is_row_number(rest) || is_roman_index(rest)))
    .then(|| rest.trim())
}

/// A group row's number in Roman numerals (`I`, `II.`).
pub(crate) fn is_roman_index(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// `child` numbers a sub-row of the row numbered `parent` (`1.2` under `1`).
fn is_sub_number(child: &str, parent: &str) -> bool {
    let (c, p) = (
        child.trim().trim_end_matches('.'),
        parent.trim().trim_end_matches('.'),
    );
    c.len() > p.len() + 1 && c.starts_with(p) && c.as_bytes()[p.len()] == b'.'
}

/// A row with a number and a title only that groups the rows after it:
/// numbered in Roman (`| I | **Quy hoạch** | | |`), its title set in bold
/// or capitals, or followed by its own sub-rows (`| 1 | Công tác chuẩn bị |`
/// over `| 1.1 | … |`).
fn is_group_row(
    n: &Normalized,
    number: &str,
    title: Range<usize>,
    next_number: Option<&str>,
) -> bool {
    is_roman_index(number)
        || (is_row_number(number)
            && (crate::segment::is_emphasized(n, title.clone())
                || is_caps(&n.key[title])
                || next_number.is_some_and(|next| is_sub_number(next, number))))
}

fn is_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 4
}

/// Find the task tables among the blocks.
pub fn find(n: &Normalized, blocks: &[Block], rules: &Rules) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        // A header row: an index column, then at least a task and a lead column.
        let text = &n.key[blocks[i].range.clone()];
        // (or the header's names on one line, apart by tabs, over rows set
        // one cell per line: "TT⇥Nhiệm vụ⇥Cơ quan chủ trì⇥…" ⏎ "1" ⏎ "Kiện
        // toàn …" ⏎ "Phòng Nông nghiệp và PTNT" …)
        let one_line = one_line_header(n, blocks, i, rules);
        if one_line.is_none() && column_of(rules, text) != Some(Column::Index) {
            i += 1;
            continue;
        }
        let mut columns = vec![Column::Index];
        let mut j = i + 1;
        if let Some(c) = one_line {
            columns = c;
        } else {
            while j < blocks.len() {
                match column_of(rules, &n.key[blocks[j].range.clone()]) {
                    Some(c) if c != Column::Index => {
                        columns.push(c);
                        j += 1;
                    }
                    _ => break,
                }
            }
        }
        if !task_columns(&columns) {
            i += 1;
            continue;
        }
        let width = columns.len();
        // Lines from one cell to the next in the header: 1 for cells one per
        // line, 2 with a pipe line between them. A wider gap in a row holds
        // empty cells (blank or pipe lines).
        let line_of = |b: usize, end: bool| {
            let span = n.span("", blocks[b].range.clone());
            if end {
                span.line_end
            } else {
                span.line_start
            }
        };
        let step = (i..j - 1)
            .map(|b| line_of(b + 1, false).saturating_sub(line_of(b, true)))
            .min()
            .unwrap_or(1)
            .max(1);
        let mut rows = Vec::new();
        let mut k = j;
        // The table ends after its last task row: group rows after it are
        // the numbered items that follow the table ("4. Sở Tài chính …").
        let mut end = k;
        while k < blocks.len() {
            let cell = &n.key[blocks[k].range.clone()];
            if is_row_number(cell) {
                // The row's cells run to the next row's number (or a part
                // heading after the table).
                let mut m = k + 1;
                // (nor into the closing after the table: "Trên đây là …" is no
                // cell of a last row short of its empty cells)
                while m < blocks.len()
                    && m - k < width
                    && !is_row_number(&n.key[blocks[m].range.clone()])
                    && !(blocks[m].heading && blocks[m].part != crate::segment::Part::Topic)
                    && blocks[m].zone == blocks[k].zone
                {
                    m += 1;
                }
                let got = m - k - 1;
                if got == 0 {
                    break;
                }
                let next_number = (m < blocks.len())
                    .then(|| &n.key[blocks[m].range.clone()])
                    .filter(|t| is_row_number(t));
                if got == 1
                    && width > 2
                    && is_group_row(n, cell, blocks[k + 1].range.clone(), next_number)
                {
                    k = m;
                    continue;
                }
                let cells = if got == width - 1 {
                    (k + 1..m).map(|b| blocks[b].range.clone()).collect()
                } else {
                    // A short row: its empty cells sit where the lines
                    // between its cells leave room for them.
                    let mut missing = width - 1 - got;
                    let mut cells: Vec<Range<usize>> = Vec::with_capacity(width - 1);
                    for b in k..m {
                        if b > k {
                            cells.push(blocks[b].range.clone());
                        }
                        let gap = if b + 1 < blocks.len() {
                            line_of(b + 1, false).saturating_sub(line_of(b, true))
                        } else {
                            step
                        };
                        // (Each pipe or blank line more than the header's
                        // is one empty cell.)
                        let empty = gap.saturating_sub(step).min(missing);
                        let at = blocks[b].range.end;
                        for _ in 0..empty {
                            cells.push(at..at);
                        }
                        missing -= empty;
                    }
                    // Cells the layout does not show: the last ones.
                    let at = blocks[m - 1].range.end;
                    cells.resize(width - 1, at..at);
                    cells
                };
                let task_block = |task: usize| {
                    (k + 1..m)
                        .find(|&b| blocks[b].range == cells[task])
                        .unwrap_or(k + 1)
                };
                rows.extend(row_of(cell, &columns[1..], &cells, task_block));
                k = m;
                end = k;
                continue;
            }
            // Group rows ("I. NÂNG CAO NHẬN THỨC …") sit between task rows.
            let group = blocks[k].heading
                || blocks[k].marker.is_some()
                || cell
                    .trim_end_matches('.')
                    .chars()
                    .all(|c| matches!(c, 'I' | 'V' | 'X'));
            if group {
                k += 1;
                continue;
            }
            break;
        }
        if rows.is_empty() {
            i += 1;
            continue;
        }
        tables.push(Table {
            rows,
            blocks: i..end,
        });
        i = end;
    }
    tables
}

/// The columns of a header whose names stand on one line apart by cell gaps,
/// when the line after it is a bare row number (rows set one cell per line).
fn one_line_header(
    n: &Normalized,
    blocks: &[Block],
    i: usize,
    rules: &Rules,
) -> Option<Vec<Column>> {
    let next = blocks.get(i + 1)?;
    if !is_row_number(&n.key[next.range.clone()]) {
        return None;
    }
    let cells = line_cells(n, &blocks[i], rules, false);
    let columns: Vec<Column> = cells
        .iter()
        .map(|r| column_of(rules, &n.key[r.clone()]))
        .collect::<Option<_>>()?;
    (columns.len() >= 3
        && columns[0] == Column::Index
        && !columns[1..].contains(&Column::Index)
        && task_columns(&columns))
    .then_some(columns)
}

/// The row numbered `number` whose `cells` (after the number) stand under
/// `columns`; `task_block` gives the block of the task cell from its index.
fn row_of(
    number: &str,
    columns: &[Column],
    cells: &[Range<usize>],
    task_block: impl Fn(usize) -> usize,
) -> Option<Row> {
    let pick = |col: Column| {
        columns
            .iter()
            .position(|&c| c == col)
            .map(|p| cells[p].clone())
            .filter(|r| !r.is_empty())
    };
    let task = columns
        .iter()
        .position(|&c| c == Column::Task)
        .filter(|&p| !cells[p].is_empty())?;
    Some(Row {
        number: number.trim().trim_end_matches('.').to_string(),
        item: false,
        task_block: task_block(task),
        task: cells[task].clone(),
        lead: pick(Column::Lead),
        cooperate: pick(Column::Cooperate),
        deadline: pick(Column::Deadline),
        own_fields: !columns.contains(&Column::Lead),
    })
}

/// A header that makes a task table: a task column with a column of doers,
/// or, in a table of what citizens asked, the column of the answers (whose
/// cells name their doers: "Giao UBND huyện …").
fn task_columns(columns: &[Column]) -> bool {
    columns.contains(&Column::Task)
        && (columns.contains(&Column::Lead) || columns.contains(&Column::Petition))
}

/// Tables whose rows are single lines, their cells apart by a cell gap (a
/// markdown table `| 1 | Rà soát … | Sở Tư pháp | … |`, whose pipes the
/// normalizer turned into spaces): a header row of column names, then one
/// line per task opened by its number.
pub fn find_line_rows(n: &Normalized, blocks: &[Block], rules: &Rules) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let header = line_cells(n, &blocks[i], rules, false);
        if header.len() < 3 {
            i += 1;
            continue;
        }
        let columns: Option<Vec<Column>> = header
            .iter()
            .map(|r| column_of(rules, &n.key[r.clone()]))
            .collect();
        // (A table pasted from Word may have no number column: "Nội
        // dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
        // thành". Its rows are numbered in their order.)
        let Some(columns) = columns.filter(|c| {
            c.len() >= 3
                && (c[0] == Column::Index && !c[1..].contains(&Column::Index)
                    || !c.contains(&Column::Index))
                && task_columns(c)
        }) else {
            i += 1;
            continue;
        };
        let unnumbered = columns[0] != Column::Index;
        // The columns after the number column (all of them without one).
        let skip = usize::from(!unnumbered);
        let mut rows = Vec::new();
        let mut k = i + 1;
        // The table ends after its last task row, as in `find`.
        let mut end = k;
        while k < blocks.len() {
            let mut cells = line_cells(n, &blocks[k], rules, false);
            if cells.len() < columns.len() {
                // Padded cells make wide gaps too: only a row short of
                // cells reads them as empty ones.
                // (Short of cells still, the empty ones read may be all
                // but the last: a trailing one leaves no gap.)
                let with_empty = line_cells(n, &blocks[k], rules, true);
                if with_empty.len() <= columns.len() {
                    cells = with_empty;
                }
            }
            // A row numbered and with its task and lead cells, short of its
            // last cells: a trailing empty cell ("… Tháng 4/2025⇥" with
            // nothing under "Ghi chú") leaves no gap once the line is
            // trimmed, so the missing cells are the last ones. A row with
            // more cells than the header has a note in a column the header
            // does not name: the cells after the header's are left out.
            let lead_at = columns.iter().position(|&c| c == Column::Lead);
            let index = &n.key[header[0].clone()];
            let ordinal = (rows.len() + 1).to_string();
            let numbered = if unnumbered {
                // A line of cells as far as the lead's is a row; a group
                // row ("II. THƯƠNG MẠI") is one cell.
                (lead_at.is_some_and(|l| cells.len() > l)).then_some(ordinal.as_str())
            } else {
                cells
                    .first()
                    .and_then(|c| row_number_under(index, &n.key[c.clone()]))
            };
            if lead_at.is_some_and(|l| cells.len() > l)
                && cells.len() != columns.len()
                && numbered.is_some()
            {
                let at = cells[cells.len() - 1].end;
                cells.resize(columns.len(), at..at);
            }
            if let Some(number) = numbered.filter(|_| cells.len() == columns.len()) {
                rows.extend(row_of(number, &columns[skip..], &cells[skip..], |_| k));
                k += 1;
                end = k;
                continue;
            }
            // Group rows ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "| I | **Quy
            // hoạch** | | |") sit between task rows.
            // Numbered in Arabic, a group row is a title over its sub-rows
            // ("| 1 | **Công tác chuẩn bị** | | |" then "| 1.1 | … |").
            let roman_index = cells.len() < columns.len()
                && cells
                    .first()
                    .is_some_and(|c| is_roman_index(&n.key[c.clone()]));
            let group_row = cells.len() == 2 && columns.len() > 2 && {
                let next = blocks
                    .get(k + 1)
                    .and_then(|b| line_cells(n, b, rules, false).first().cloned());
                is_group_row(
                    n,
                    &n.key[cells[0].clone()],
                    cells[1].clone(),
                    next.map(|r| &n.key[r]),
                )
            };
            if roman_index
                || group_row
                || cells.len() == 1 && (blocks[k].heading || blocks[k].marker.is_some())
            {
                k += 1;
                continue;
            }
            break;
        }
        if rows.is_empty() {
            i += 1;
            continue;
        }
        tables.push(Table {
            rows,
            blocks: i..end,
        });
        i = end;
    }
    tables
}

/// Key ranges of the cells of one block's line, split at the cell gaps.
/// With `empty_cells`, a gap wider than one cell gap also holds an empty cell.
fn line_cells(n: &Normalized, b: &Block, rules: &Rules, empty_cells: bool) -> Vec<Range<usize>> {
    let text = &n.key[b.range.clone()];
    if text.contains('\n') {
        return Vec::new();
    }
    let mut cells = Vec::new();
    let mut from = 0;
    let push = |cells: &mut Vec<Range<usize>>, a: usize, z: usize| {
        let cell = &text[a..z];
        let lead = cell.len() - cell.trim_start().len();
        let trimmed = cell.trim();
        if !trimmed.is_empty() {
            let start = b.range.start + a + lead;
            cells.push(start..start + trimmed.len());
        }
    };
    for gap in rules.regex("cell_gap").find_iter(text) {
        push(&mut cells, from, gap.start());
        if empty_cells && gap.len() >= 5 {
            // Two tabs, or "|  |": a cell left empty.
            let at = b.range.start + gap.start();
            cells.push(at..at);
        }
        from = gap.end();
    }
    push(&mut cells, from, text.len());
    cells
}

/// Plans also list a task's columns as fields under its item, one line each:
///
/// ```text
/// 1. Rà soát, đơn giản hóa thủ tục hành chính
/// - Cơ quan chủ trì: Văn phòng UBND tỉnh.
/// - Cơ quan phối hợp: Các sở, ban, ngành.
/// - Thời gian thực hiện: Quý II/2025.
/// ```
///
/// An item whose sub-items are all such fields (labels read by the column
/// rules), one of them naming the lead, is one task: a one-row table whose
/// cells are the values after the labels.
pub fn find_field_lists(n: &Normalized, blocks: &[Block], rules: &Rules) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        // "1. Nội dung: Ban hành văn bản …" over its fields: an item that
        // labels its own task (a table flattened to labelled lines); the
        // task is the value. Any other field is no task of its own.
        let own = field(n, b, rules);
        let labelled_task = match &own {
            Some((Column::Task, v)) if b.marker.is_some() => Some(v.clone()),
            _ => None,
        };
        // (in an appendix, only items that label their own task)
        let zone_holds_rows = match b.zone {
            crate::segment::Zone::Body => true,
            crate::segment::Zone::Appendix => labelled_task.is_some(),
            _ => false,
        };
        if !zone_holds_rows
            || (b.heading && b.part != crate::segment::Part::Topic)
            || own.is_some() && labelled_task.is_none()
        {
            i += 1;
            continue;
        }
        // The fields follow the task directly, as its items or, after an
        // unnumbered paragraph or a bullet, as items of its parent (`5.
        // Thẩm định …` ⏎ `Hướng dẫn các xã …` ⏎ `- Cơ quan chủ trì: …`),
        // and hold no items of their own. A note in parentheses may stand
        // among them.
        let siblings = b
            .marker
            .as_ref()
            .is_none_or(|m| matches!(m.style, Style::Bullet(_)));
        let follows = |c: &Block| c.parent == Some(i) || (siblings && c.parent == b.parent);
        let mut row = Row {
            number: b.id.clone(),
            item: true,
            task_block: i,
            task: labelled_task.unwrap_or_else(|| b.content.clone()),
            lead: None,
            cooperate: None,
            deadline: None,
            own_fields: false,
        };
        let mut last = None;
        let mut j = i + 1;
        while j < blocks.len() && follows(&blocks[j]) && blocks[j].children.is_empty() {
            let Some((column, value)) = field(n, &blocks[j], rules) else {
                if is_note(&n.key[blocks[j].range.clone()]) {
                    j += 1;
                    continue;
                }
                break;
            };
            match column {
                Column::Lead => row.lead = Some(value),
                Column::Cooperate => row.cooperate = Some(value),
                Column::Deadline => row.deadline = Some(value),
                Column::Other | Column::Petition => {}
                Column::Index | Column::Task => break,
            }
            last = Some(j);
            j += 1;
        }
        // Other items after the fields keep an item from being one task;
        // a plain paragraph (a note, a pointer to an appendix) does not.
        let rest_plain = j >= blocks.len()
            || !follows(&blocks[j])
            || b.children
                .iter()
                .filter(|&&c| c >= j)
                .all(|&c| blocks[c].marker.is_none());
        match last {
            Some(last) if row.lead.is_some() && rest_plain => {
                tables.push(Table {
                    rows: vec![row],
                    blocks: i..last + 1,
                });
                i = last + 1;
            }
            _ => i += 1,
        }
    }
    tables
}

/// A paragraph wholly in parentheses: a note, not an item.
fn is_note(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ';']);
    t.starts_with('(') && t.ends_with(')') && !t[1..].contains('(')
}

/// `Label: value` in a block, with the label's column and the value's key range.
fn field(n: &Normalized, b: &Block, rules: &Rules) -> Option<(Column, Range<usize>)> {
    let text = &n.key[b.content.clone()];
    let colon = text.find(':')?;
    let column = column_of(rules, text[..colon].trim())?;
    let value = &text[colon + 1..];
    let start = b.content.start + colon + 1 + (value.len() - value.trim_start().len());
    // Without the line's final stop: a cell's value ("Năm 2025.").
    let end = b.content.start
        + colon
        + 1
        + value
            .trim_end()
            .trim_end_matches(['.', ';'])
            .trim_end()
            .len();
    (end > start).then_some((column, start..end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    /// The text normalized and the tables `finder` reads in it.
    fn read(
        text: &str,
        finder: fn(&crate::normalize::Normalized, &[crate::segment::Block], &Rules) -> Vec<Table>,
    ) -> (crate::normalize::Normalized, Vec<Table>) {
        let rules = crate::rules::shared_for_tests();
        let n = normalize(text, rules);
        let seg = segment(&n, rules);
        let tables = finder(&n, &seg.blocks, rules);
        (n, tables)
    }

    #[test]
    fn rows_are_read_by_their_header() {
        let text = "|\nSTT\n|\nNội dung công việc\n|\nĐơn vị chủ trì\n|\nĐơn vị phối hợp\n|\nThời hạn\n|\n|\nI. CẢI CÁCH THỂ CHẾ\n|\n|\n1\n|\nRà soát văn bản quy phạm pháp luật.\n|\nSở Tư pháp\n|\nCác sở, ngành; UBND cấp huyện\n|\nQuý II/2024\n|\n|\n2\n|\nCông bố thủ tục hành chính.\n|\nVăn phòng UBND tỉnh\n|\nCác sở, ngành\n|\nHằng tháng\n|";
        let (n, tables) = read(text, find);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(
            &n.key[rows[0].task.clone()],
            "Rà soát văn bản quy phạm pháp luật."
        );
        assert_eq!(&n.key[rows[0].lead.clone().unwrap()], "Sở Tư pháp");
        assert_eq!(&n.key[rows[1].deadline.clone().unwrap()], "Hằng tháng");
        assert_eq!(rows[1].number, "2");
    }

    #[test]
    fn one_line_rows_are_read_by_their_header() {
        let text = "I. NHIỆM VỤ\n\n| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ngành | Quý II/2025 |\n| 2 | Công bố thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ngành | Tháng 6/2025 |\n\nII. TỔ CHỨC THỰC HIỆN";
        let (n, tables) = read(text, find_line_rows);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(
            &n.key[rows[0].task.clone()],
            "Rà soát văn bản quy phạm pháp luật"
        );
        assert_eq!(&n.key[rows[0].lead.clone().unwrap()], "Sở Tư pháp");
        assert_eq!(&n.key[rows[1].cooperate.clone().unwrap()], "Các sở, ngành");
        assert_eq!(&n.key[rows[1].deadline.clone().unwrap()], "Tháng 6/2025");
        assert_eq!(rows[1].number, "2");
        // A line that only looks like a row, with no header before it, is none.
        let (_, none) = read("1   Rà soát   Sở Tư pháp   Quý II/2025", find_line_rows);
        assert!(none.is_empty());
    }

    #[test]
    fn group_rows_and_tab_separated_rows() {
        let text = "PHỤ LỤC I\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| I | **Quy hoạch, cơ chế chính sách** | | | |\n| 1 | Rà soát các điểm du lịch | Sở Văn hóa, Thể thao và Du lịch | UBND các xã | Quý II/2026 |\n| 2 | Xây dựng Bộ tiêu chí | Sở Văn hóa, Thể thao và Du lịch | Sở Tư pháp | Tháng 9/2026 |\n| 3 | Tham mưu cơ chế hỗ trợ | Sở Tài chính | Sở Văn hóa, Thể thao và Du lịch | Năm 2026 |\n| II | **Hạ tầng** | | | |\n| 4 | Nâng cấp đường giao thông | Sở Xây dựng | UBND phường Sa Pa | Quý IV/2026 |\n\nPHỤ LỤC II\n\nSTT\tNhiệm vụ\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian\n1\tThành lập tổ quản lý du lịch\tUBND xã Bắc Hà\tHội Nông dân tỉnh\tTrước 30/6/2026\n2\tVận động Nhân dân giữ gìn cảnh quan\tUBND phường Sa Pa\tTỉnh đoàn\tThường xuyên";
        let (n, tables) = read(text, find_line_rows);
        let numbers: Vec<Vec<&str>> = tables
            .iter()
            .map(|t| t.rows.iter().map(|r| r.number.as_str()).collect())
            .collect();
        assert_eq!(numbers, [vec!["1", "2", "3", "4"], vec!["1", "2"]]);
        let last = &tables[1].rows[1];
        assert_eq!(&n.key[last.lead.clone().unwrap()], "UBND phường Sa Pa");
        assert_eq!(&n.key[last.deadline.clone().unwrap()], "Thường xuyên");
    }

    /// A markdown table with an alignment row, group rows numbered in
    /// Arabic over sub-numbered rows, and a last row of its own number.
    #[test]
    fn alignment_row_sub_rows_and_arabic_group_rows() {
        let text = "IV. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n\n| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |\n|:--:|---|:---|---:|---|\n| 1 | **Công tác chuẩn bị** | | | |\n| 1.1 | Thành lập Tổ công tác | Phòng Nội vụ | Phòng Tư pháp | Tháng 3/2023 |\n| 1.2 | Thu thập hồ sơ | Phòng Tài chính | UBND các xã | Tháng 4/2023 |\n| 2 | Xây dựng cơ sở dữ liệu | | | |\n| 2.1 | Số hóa hồ sơ | Phòng Tư pháp | Phòng Nội vụ | Quý III/2023 |\n| 3 | Tổng kết, đánh giá kết quả | Phòng Nội vụ | Các cơ quan liên quan | Tháng 12/2023 |\n\nV. KINH PHÍ";
        let rules = crate::rules::shared_for_tests();
        let n = normalize(text, rules);
        let seg = segment(&n, rules);
        assert_eq!(seg.blocks[0].part, crate::segment::Part::Directive);
        let tables = find_line_rows(&n, &seg.blocks, rules);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        let numbers: Vec<&str> = rows.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, ["1.1", "1.2", "2.1", "3"]);
        assert_eq!(&n.key[rows[0].task.clone()], "Thành lập Tổ công tác");
        assert_eq!(&n.key[rows[1].lead.clone().unwrap()], "Phòng Tài chính");
        assert_eq!(&n.key[rows[2].deadline.clone().unwrap()], "Quý III/2023");
        assert_eq!(
            &n.key[rows[3].cooperate.clone().unwrap()],
            "Các cơ quan liên quan"
        );
        // A numbered title and nothing else, neither bold nor over sub-rows,
        // is no group row: the table ends before it.
        let text = "| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n| 1 | Số hóa hồ sơ | Phòng Tư pháp | Quý III/2023 |\n| 2 | Xây dựng cơ sở dữ liệu | | |\n| 3 | Tổng kết | Phòng Nội vụ | Tháng 12/2023 |";
        let (_, tables) = read(text, find_line_rows);
        assert_eq!(tables[0].rows.len(), 1);
    }

    /// A table flattened one cell per line without pipes: the cells are
    /// kept apart, a blank line is an empty cell, a Roman group row and an
    /// Arabic one over its sub-rows are no rows, and the table ends where a
    /// row should start and none does.
    #[test]
    fn one_cell_per_line_without_pipes() {
        let text = "III. NHIỆM VỤ, GIẢI PHÁP\n\nSTT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\nI. HẠ TẦNG DU LỊCH\n1\nNâng cấp đường vào khu du lịch\nSở Xây dựng\nUBND các huyện\nQuý III/2023\n2\nVận động các cơ sở lưu trú áp dụng mức giá ưu đãi\nHiệp hội Du lịch tỉnh\n\nTháng 5 - tháng 12/2023\n3\nCông tác chuẩn bị\n3.1\nTổng hợp, báo cáo kết quả thực hiện\nSở Văn hóa, Thể thao và Du lịch\nCác cơ quan liên quan\nTrước ngày 15/12/2023\n\nIV. KINH PHÍ THỰC HIỆN\n\nKinh phí thực hiện từ nguồn ngân sách\nđã giao trong dự toán năm 2023.";
        let (n, tables) = read(text, find);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        let numbers: Vec<&str> = rows.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3.1"]);
        assert_eq!(
            &n.key[rows[0].task.clone()],
            "Nâng cấp đường vào khu du lịch"
        );
        assert_eq!(&n.key[rows[0].cooperate.clone().unwrap()], "UBND các huyện");
        // The blank line: no cooperating body, the deadline in its column.
        assert_eq!(
            &n.key[rows[1].lead.clone().unwrap()],
            "Hiệp hội Du lịch tỉnh"
        );
        assert_eq!(rows[1].cooperate, None);
        assert_eq!(
            &n.key[rows[1].deadline.clone().unwrap()],
            "Tháng 5 - tháng 12/2023"
        );
        assert_eq!(
            &n.key[rows[2].deadline.clone().unwrap()],
            "Trước ngày 15/12/2023"
        );
        // Lines after the table are joined as ever.
        assert!(n.paragraphs.iter().any(|p| &n.key[p.clone()]
            == "Kinh phí thực hiện từ nguồn ngân sách đã giao trong dự toán năm 2023."));
    }

    /// Cells between pipe lines: a pipe line more than the header has
    /// between its cells is an empty cell.
    #[test]
    fn empty_cells_between_pipe_lines() {
        let text = "|\nSTT\n|\nNội dung công việc\n|\nĐơn vị chủ trì\n|\nĐơn vị phối hợp\n|\nThời hạn\n|\n|\n1\n|\nRà soát văn bản quy phạm pháp luật.\n|\nSở Tư pháp\n|\n|\nQuý II/2024\n|\n|\n2\n|\nCông bố thủ tục hành chính.\n|\nVăn phòng UBND tỉnh\n|\nCác sở, ngành\n|\nHằng tháng\n|";
        let (n, tables) = read(text, find);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].cooperate, None);
        assert_eq!(&n.key[rows[0].deadline.clone().unwrap()], "Quý II/2024");
        assert_eq!(&n.key[rows[1].cooperate.clone().unwrap()], "Các sở, ngành");
    }

    /// Tab-separated rows whose last cell ("Ghi chú") is empty, so the
    /// trimmed line shows no gap for it, or holds a note the header does
    /// not name; an empty cell in the middle is two tabs; Roman group rows
    /// with trailing tabs sit between the rows.
    #[test]
    fn tab_rows_with_a_trailing_empty_cell_or_an_extra_note() {
        let text = "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tGhi chú\nI\tCƠ SỞ DỮ LIỆU\t\t\t\t\n1\tXây dựng cơ sở dữ liệu vùng trồng\tSở Nông nghiệp và Môi trường\tUBND các huyện\t2025-2026\t\n2\tCấp mã số vùng trồng\tChi cục Trồng trọt\tSở Khoa học và Công nghệ\tNăm 2026\tTheo đề nghị\nII\tTHƯƠNG MẠI ĐIỆN TỬ\t\t\t\t\n3\tHướng dẫn bán hàng trực tuyến\tHội Nông dân tỉnh\t\tQuý IV/2025\t";
        let (n, tables) = read(text, find_line_rows);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        let numbers: Vec<&str> = rows.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3"]);
        assert_eq!(&n.key[rows[0].deadline.clone().unwrap()], "2025-2026");
        assert_eq!(&n.key[rows[1].lead.clone().unwrap()], "Chi cục Trồng trọt");
        assert_eq!(rows[2].cooperate, None);
        assert_eq!(&n.key[rows[2].deadline.clone().unwrap()], "Quý IV/2025");
        // Without the note column in the header, a row with a note keeps
        // its cells under the header's columns.
        let text = "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tXây dựng cơ sở dữ liệu vùng trồng\tSở Nông nghiệp và Môi trường\tUBND các huyện\tNăm 2025\t\n2\tCấp mã số vùng trồng\tChi cục Trồng trọt\tSở Khoa học và Công nghệ\tNăm 2026\tTheo đề nghị";
        let (n, tables) = read(text, find_line_rows);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(&n.key[rows[1].deadline.clone().unwrap()], "Năm 2026");
    }

    /// A pipe table of a plan's activities ("Nội dung hoạt động") under
    /// "CÁC HOẠT ĐỘNG CHÍNH", a part of tasks.
    #[test]
    fn activity_tables_under_main_activities() {
        let text = "III. CÁC HOẠT ĐỘNG CHÍNH\n\n| TT | Nội dung hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|:--:|---|---|---|:--:|\n| **1** | **Truyền thông** | | | |\n| 1.1 | Xây dựng tin bài về tiêm chủng | Trung tâm Y tế huyện | Đài Truyền thanh huyện | Tháng 6/2024 |\n| 1.2 | Tập huấn cán bộ y tế xã | Trung tâm Y tế huyện | Trạm Y tế các xã | Quý III/2024 |";
        let rules = crate::rules::shared_for_tests();
        let n = normalize(text, rules);
        let seg = segment(&n, rules);
        assert_eq!(seg.blocks[0].part, crate::segment::Part::Directive);
        let tables = find_line_rows(&n, &seg.blocks, rules);
        let numbers: Vec<&str> = tables[0].rows.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, ["1.1", "1.2"]);
        assert_eq!(
            &n.key[tables[0].rows[1].cooperate.clone().unwrap()],
            "Trạm Y tế các xã"
        );
    }

    /// A PDF's table as text, one cell per line with cells wrapped over
    /// lines: a header cell over two lines, groups lettered "A", "B", a
    /// page number between two rows, the header printed again after a page
    /// break, and a last row running to the end of the text. The lines of
    /// a row beyond its cells join where a line goes on (lower case, after
    /// "và" or a comma), else where the task's text wraps.
    #[test]
    fn wrapped_cells_one_per_line() {
        let text = "PHỤ LỤC\nNHIỆM VỤ PHÒNG, CHỐNG SẠT LỞ BỜ SÔNG NĂM 2025\nTT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\nthực hiện\nA\nGIẢI PHÁP PHI CÔNG TRÌNH\n1\nCắm biển cảnh báo tại các\nđiểm sạt lở trên sông Tiền,\nsông Hậu\nUBND các huyện\nSở Nông nghiệp và\nMôi trường\nTrước\n30/6/2025\n2\nDi dời hộ dân ra khỏi\nvùng nguy hiểm\nUBND huyện Chợ Mới\nỦy ban Mặt trận Tổ quốc\nViệt Nam huyện\nQuý III/2025\n3\n\nB\nGIẢI PHÁP CÔNG TRÌNH\n3\nGia cố bờ kè đoạn\nqua thị trấn Mỹ Luông\nBan Quản lý dự án\nđầu tư xây dựng tỉnh\nSở Xây dựng\nNăm 2025\nTT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\nthực hiện\n4\nTổng hợp, báo cáo kết\nquả thực hiện\nSở Nông nghiệp và\nMôi trường\nCác sở, ngành\nTháng 12/2025";
        let (n, tables) = read(text, find);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        let cell = |r: &Option<Range<usize>>| r.clone().map(|r| n.key[r].to_string());
        // (task, lead, cooperating, deadline)
        type Cells = (String, Option<String>, Option<String>, Option<String>);
        let got: Vec<Cells> = rows
            .iter()
            .map(|r| {
                (
                    n.key[r.task.clone()].to_string(),
                    cell(&r.lead),
                    cell(&r.cooperate),
                    cell(&r.deadline),
                )
            })
            .collect();
        let want = |t: &str, l: &str, c: &str, d: &str| {
            (
                t.to_string(),
                Some(l.to_string()),
                Some(c.to_string()),
                Some(d.to_string()),
            )
        };
        assert_eq!(
            got,
            [
                want(
                    "Cắm biển cảnh báo tại các điểm sạt lở trên sông Tiền, sông Hậu",
                    "UBND các huyện",
                    "Sở Nông nghiệp và Môi trường",
                    "Trước 30/6/2025"
                ),
                want(
                    "Di dời hộ dân ra khỏi vùng nguy hiểm",
                    "UBND huyện Chợ Mới",
                    "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
                    "Quý III/2025"
                ),
                want(
                    "Gia cố bờ kè đoạn qua thị trấn Mỹ Luông",
                    "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                    "Sở Xây dựng",
                    "Năm 2025"
                ),
                want(
                    "Tổng hợp, báo cáo kết quả thực hiện",
                    "Sở Nông nghiệp và Môi trường",
                    "Các sở, ngành",
                    "Tháng 12/2025"
                ),
            ]
        );
    }

    /// One cell per line with empty cells left out (no blank line for
    /// them): a short row's missing cells are its last ones, and a Roman
    /// group row after it is no cell of it.
    #[test]
    fn short_rows_before_a_group_row() {
        let text = "STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\nGhi chú\nI\nVệ sinh môi trường\n1\nRa quân thu gom rác thải trên các tuyến kênh\nUBND phường Phú Thứ\nĐoàn Thanh niên phường\nHằng tháng\nII\nTrật tự đô thị\n2\nXử lý lấn chiếm vỉa hè trên các tuyến phố chính\nĐội Quản lý trật tự đô thị\nCông an phường\nThường xuyên\nNguồn ngân sách phường\n3\nTổng kết kết quả thực hiện\nPhòng Quản lý đô thị\nCác phòng, ban liên quan\nTháng 12/2025";
        let (n, tables) = read(text, find);
        let rows = &tables[0].rows;
        let numbers: Vec<&str> = rows.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3"]);
        assert_eq!(&n.key[rows[0].deadline.clone().unwrap()], "Hằng tháng");
        assert_eq!(
            &n.key[rows[1].lead.clone().unwrap()],
            "Đội Quản lý trật tự đô thị"
        );
        assert_eq!(&n.key[rows[2].task.clone()], "Tổng kết kết quả thực hiện");
    }

    #[test]
    fn fields_under_an_item_make_one_task() {
        let text = "II. NHIỆM VỤ\n\n1. Rà soát, đơn giản hóa thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n- Cơ quan phối hợp: Các sở, ban, ngành.\n- Thời gian thực hiện: Quý II/2025.\n\n2. Tổ chức hội nghị\n- Phòng Nội vụ chủ trì.\n- Thời gian: tháng 5.\n\n3. Khảo sát sự hài lòng\n- Thời gian hoàn thành: Tháng 11/2025.";
        let (n, tables) = read(text, find_field_lists);
        // Item 2 has a field that is a sentence, item 3 names no lead.
        assert_eq!(tables.len(), 1);
        let row = &tables[0].rows[0];
        assert!(row.item);
        assert_eq!(row.number, "II.1");
        assert_eq!(
            &n.key[row.task.clone()],
            "Rà soát, đơn giản hóa thủ tục hành chính"
        );
        assert_eq!(&n.key[row.lead.clone().unwrap()], "Văn phòng UBND tỉnh");
        assert_eq!(&n.key[row.cooperate.clone().unwrap()], "Các sở, ban, ngành");
        assert_eq!(&n.key[row.deadline.clone().unwrap()], "Quý II/2025");
        assert_eq!(tables[0].blocks.len(), 4);
    }

    /// Fields after an unnumbered task paragraph belong to it; a plain
    /// paragraph after the fields keeps them; an item after them does not.
    #[test]
    fn fields_after_a_paragraph_and_before_a_note() {
        let text = "II. NHIỆM VỤ\n\n1. Thẩm định hồ sơ\n\nHướng dẫn các xã hoàn thiện hồ sơ.\n- Cơ quan chủ trì: Phòng Nông nghiệp.\n- Sản phẩm: Hồ sơ đề nghị.\n\n2. Rà soát quy hoạch.\n- Cơ quan chủ trì: Sở Xây dựng.\n- Thời hạn hoàn thành: Quý III/2025.\n\n(Nhiệm vụ của các huyện chi tiết tại Phụ lục kèm theo)\n\n3. Công tác tuyên truyền\n- Cơ quan chủ trì: Sở Văn hóa.\n- Tổ chức hội nghị tập huấn.";
        let (n, tables) = read(text, find_field_lists);
        let rows: Vec<(&str, &str, &str)> = tables
            .iter()
            .map(|t| {
                let r = &t.rows[0];
                (
                    r.number.as_str(),
                    &n.key[r.task.clone()],
                    &n.key[r.lead.clone().unwrap()],
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "II.1.p1",
                    "Hướng dẫn các xã hoàn thiện hồ sơ.",
                    "Phòng Nông nghiệp"
                ),
                ("II.2", "Rà soát quy hoạch.", "Sở Xây dựng")
            ]
        );
        // The note is left out of the table.
        assert_eq!(tables[1].blocks.len(), 3);
    }
}
