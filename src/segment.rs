//! Paragraphs → blocks with their numbering, and zones (header, assessment,
//! directives, closing, recipients, signature). Filled in below.

use std::ops::Range;

use crate::normalize::Normalized;
use crate::rules::Rules;

pub const REQUIRED_RULES: &[&str] = &[];

#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub blocks: Vec<Block>,
    pub assessment: Option<Range<usize>>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub range: Range<usize>,
}

pub fn segment(_n: &Normalized, _rules: &Rules) -> Segmented {
    Segmented::default()
}
