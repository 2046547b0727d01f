//! Reads the header fields of a notice: number, kind, issuer, place and date,
//! title, meeting, signer and recipients (news: title and publication date).

use crate::model::Header;
use crate::normalize::Normalized;
use crate::rules::Rules;

pub const REQUIRED_RULES: &[&str] = &[];

/// Parse the header of a normalized notice; `input` is the decoded text (for
/// lines dropped as debris, such as a news page's publication stamp).
pub fn parse(_n: &Normalized, _input: &str, _rules: &Rules) -> Header {
    Header::default()
}
