//! Time expressions that fix when work must be done, resolved to ISO dates.

use std::ops::Range;

use chrono::NaiveDate;

use crate::model::DeadlineKind;
use crate::rules::Rules;

pub const REQUIRED_RULES: &[&str] = &[];

/// A deadline found in a piece of key text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range in the text given to [`find`].
    pub range: Range<usize>,
    /// The latest day the expression allows, when it fixes one.
    pub date: Option<NaiveDate>,
    pub kind: DeadlineKind,
}

/// Find the deadlines in `key` (tone-folded text of one directive).
pub fn find(_key: &str, _notice_date: Option<NaiveDate>, _rules: &Rules) -> Vec<Found> {
    Vec::new()
}
