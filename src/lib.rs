//! chidao: turns Vietnamese government notices into structured, machine-readable tasks.
//!
//! The pipeline is one module per stage: [`decode`] (bytes → text),
//! [`normalize`] (clean paragraphs + tone-folded matching key), [`segment`]
//! (header, assessment, directive items with their numbering tree),
//! [`header`], [`extract`] (bodies, actions, deadlines) and [`model`] (the
//! output contract). [`batch`] runs many files in parallel; [`query`]
//! matches directives by body for `chidao grep`; [`export`] flattens them into
//! task rows. Rules live in
//! `patterns/` and are loaded by [`rules`]. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod batch;
pub mod decode;
pub mod eval;
pub mod export;
pub mod extract;
pub mod header;
pub mod model;
pub mod normalize;
pub mod query;
pub mod recase;
pub mod rules;
pub mod segment;
pub mod tokens;

pub use model::Notice;
pub use rules::{RuleError, Rules};

/// Extract one notice from already decoded text.
pub fn extract(text: &str, rules: &Rules) -> Notice {
    extract_with_source(
        text,
        model::Source {
            path: String::new(),
            bytes: text.len() as u64,
            encoding: "utf-8".into(),
        },
        Vec::new(),
        rules,
    )
}

/// Extract one notice, recording where it came from and earlier warnings (decoding).
pub fn extract_with_source(
    text: &str,
    source: model::Source,
    warnings: Vec<String>,
    rules: &Rules,
) -> Notice {
    let normalized = normalize::normalize(text, rules);
    let header = header::parse(&normalized, text, rules);
    // A notice typed in capitals is read in a writer's case (the header
    // above keeps its capitals), and printed in capitals again.
    if let Some(recased) = recase::all_caps_notice(text, &header, rules) {
        let normalized = normalize::normalize(&recased.input, rules);
        let mut notice = extract_read(&recased.input, &normalized, source, warnings, header, rules);
        recase::restore(&mut notice, &recased.ranges);
        return notice;
    }
    extract_read(text, &normalized, source, warnings, header, rules)
}

/// [`extract_with_source`] once the header is read.
fn extract_read(
    text: &str,
    normalized: &normalize::Normalized,
    source: model::Source,
    mut warnings: Vec<String>,
    header: model::Header,
    rules: &Rules,
) -> Notice {
    let segmented = segment::segment(normalized, rules);
    warnings.extend(segmented.warnings.iter().cloned());
    let directives = extract::directives(normalized, text, &segmented, &header, rules);
    if directives.is_empty() {
        warnings.push("no directive found in this notice".into());
    }
    let assessment = segmented.assessment.clone().map(|r| model::Assessment {
        text: normalized.text_of(r.clone()).to_string(),
        span: normalized.span(text, r),
    });
    let emphasis = normalized
        .emphasis
        .iter()
        .map(|r| normalized.text_span(text, r.clone()))
        .collect();
    Notice {
        schema_version: model::SCHEMA_VERSION,
        source,
        header,
        assessment,
        directives,
        emphasis,
        warnings,
    }
}
