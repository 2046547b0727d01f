//! Task tables flattened to lines: a header row (STT | Tên nhiệm vụ | Cơ quan
//! chủ trì | Cơ quan phối hợp | Thời gian hoàn thành …), then one row per task
//! opened by its number. Plans (Kế hoạch) list their tasks this way, often in
//! an appendix. Each cell arrives as one paragraph; the header row says which
//! column holds the task, the lead body, the cooperating bodies and the deadline.

use std::ops::Range;

use crate::normalize::Normalized;
use crate::rules::Rules;
use crate::segment::Block;

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
}

/// One task row: the number as printed and the key ranges of its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: String,
    /// Index of the block holding the task cell.
    pub task_block: usize,
    pub task: Range<usize>,
    pub lead: Option<Range<usize>>,
    pub cooperate: Option<Range<usize>>,
    pub deadline: Option<Range<usize>>,
}

/// A table found among the blocks: its rows and every block it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub rows: Vec<Row>,
    pub blocks: Range<usize>,
}

fn column_of(rules: &Rules, text: &str) -> Option<Column> {
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
    ];
    checks
        .iter()
        .find(|(name, _)| rules.regex(name).is_match(t))
        .map(|&(_, c)| c)
}

fn is_row_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

/// Find the task tables among the blocks.
pub fn find(n: &Normalized, blocks: &[Block], rules: &Rules) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        // A header row: an index column, then at least a task and a lead column.
        let text = &n.key[blocks[i].range.clone()];
        if column_of(rules, text) != Some(Column::Index) {
            i += 1;
            continue;
        }
        let mut columns = vec![Column::Index];
        let mut j = i + 1;
        while j < blocks.len() {
            match column_of(rules, &n.key[blocks[j].range.clone()]) {
                Some(c) if c != Column::Index => {
                    columns.push(c);
                    j += 1;
                }
                _ => break,
            }
        }
        if !(columns.contains(&Column::Task) && columns.contains(&Column::Lead)) {
            i += 1;
            continue;
        }
        let width = columns.len();
        let mut rows = Vec::new();
        let mut k = j;
        while k < blocks.len() {
            let cell = &n.key[blocks[k].range.clone()];
            if is_row_number(cell) && k + width <= blocks.len() {
                let cells: Vec<Range<usize>> =
                    (1..width).map(|c| blocks[k + c].range.clone()).collect();
                // A row whose cells run into the next row's number is broken: stop.
                if cells.iter().any(|r| is_row_number(&n.key[r.clone()])) {
                    break;
                }
                let pick = |col: Column| {
                    columns[1..]
                        .iter()
                        .position(|&c| c == col)
                        .map(|p| cells[p].clone())
                };
                let task_pos = columns[1..]
                    .iter()
                    .position(|&c| c == Column::Task)
                    .unwrap_or(0);
                if let Some(task) = pick(Column::Task) {
                    rows.push(Row {
                        number: cell.trim().trim_end_matches('.').to_string(),
                        task_block: k + 1 + task_pos,
                        task,
                        lead: pick(Column::Lead),
                        cooperate: pick(Column::Cooperate),
                        deadline: pick(Column::Deadline),
                    });
                }
                k += width;
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
        tables.push(Table { rows, blocks: i..k });
        i = k;
    }
    tables
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    #[test]
    fn rows_are_read_by_their_header() {
        let text = "|\nSTT\n|\nNội dung công việc\n|\nĐơn vị chủ trì\n|\nĐơn vị phối hợp\n|\nThời hạn\n|\n|\nI. CẢI CÁCH THỂ CHẾ\n|\n|\n1\n|\nRà soát văn bản quy phạm pháp luật.\n|\nSở Tư pháp\n|\nCác sở, ngành; UBND cấp huyện\n|\nQuý II/2024\n|\n|\n2\n|\nCông bố thủ tục hành chính.\n|\nVăn phòng UBND tỉnh\n|\nCác sở, ngành\n|\nHằng tháng\n|";
        let rules = crate::rules::shared_for_tests();
        let n = normalize(text, rules);
        let seg = segment(&n, rules);
        let tables = find(&n, &seg.blocks, rules);
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
}
