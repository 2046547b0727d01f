//! Directives with their bodies, actions and deadlines.

pub mod deadlines;

use crate::model::{Directive, Header};
use crate::normalize::Normalized;
use crate::rules::Rules;
use crate::segment::Segmented;

pub const REQUIRED_RULES: &[&str] = &[];

pub fn directives(
    _n: &Normalized,
    _input: &str,
    _seg: &Segmented,
    _header: &Header,
    _rules: &Rules,
) -> Vec<Directive> {
    Vec::new()
}
