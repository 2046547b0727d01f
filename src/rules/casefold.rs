//! Cheaper case-insensitive compilation of the rule regexes.
//!
//! Every rule is matched case-insensitively. The regex crate applies the flag
//! by case folding every character class of the pattern, and folding a big
//! Unicode class (`\pL`, `\d`, `[^\S\n]`, `[^\n,:;]`) walks the case tables
//! range by range. The rules repeat such classes hundreds of times (macros
//! expand into every rule that uses them), and the folding was half of the
//! start-up time. [`without_needless_folding`] folds each distinct class once
//! and puts the result in place of every occurrence, inside `(?-i:…)` so
//! that it is not folded again: the class itself when folding leaves it
//! unchanged (most big classes are closed under folding), else the folded
//! set written out. The compiled regex matches exactly the same strings.

use std::collections::HashMap;
use std::sync::Mutex;

use once_cell::sync::Lazy;
use regex_syntax::ast::{self, Ast};

/// `source` with every character class that case folding leaves unchanged
/// wrapped in a group that turns case-insensitivity off. A source that does
/// not parse is returned as is, so that compiling it reports the error.
pub fn without_needless_folding(source: &str) -> String {
    let Ok(mut tree) = ast::parse::Parser::new().parse(source) else {
        return source.to_string();
    };
    let mut changed = false;
    wrap_closed_classes(&mut tree, &mut changed);
    if !changed {
        return source.to_string();
    }
    let mut out = String::with_capacity(source.len() + 64);
    match ast::print::Printer::new().print(&tree, &mut out) {
        Ok(()) => out,
        Err(_) => source.to_string(),
    }
}

fn wrap_closed_classes(node: &mut Ast, changed: &mut bool) {
    match node {
        Ast::ClassUnicode(_) | Ast::ClassPerl(_) | Ast::ClassBracketed(_) => {
            let mut text = String::new();
            if ast::print::Printer::new().print(node, &mut text).is_err() {
                return;
            }
            let Some(folded) = folded_class(&text) else {
                return;
            };
            let span = *node.span();
            let class = match folded {
                // Folding leaves it as it is: keep the class as written.
                Folded::Same => std::mem::replace(node, Ast::empty(span)),
                // Write the folded set out once, instead of folding it again
                // at every occurrence.
                Folded::Other(set) => match ast::parse::Parser::new().parse(&set) {
                    Ok(parsed) => parsed,
                    Err(_) => return,
                },
            };
            *node = Ast::group(ast::Group {
                span,
                kind: ast::GroupKind::NonCapturing(ast::Flags {
                    span,
                    items: vec![
                        ast::FlagsItem {
                            span,
                            kind: ast::FlagsItemKind::Negation,
                        },
                        ast::FlagsItem {
                            span,
                            kind: ast::FlagsItemKind::Flag(ast::Flag::CaseInsensitive),
                        },
                    ],
                }),
                ast: Box::new(class),
            });
            *changed = true;
        }
        Ast::Repetition(rep) => wrap_closed_classes(&mut rep.ast, changed),
        Ast::Group(group) => wrap_closed_classes(&mut group.ast, changed),
        Ast::Alternation(alt) => {
            for a in &mut alt.asts {
                wrap_closed_classes(a, changed);
            }
        }
        Ast::Concat(cat) => {
            for a in &mut cat.asts {
                wrap_closed_classes(a, changed);
            }
        }
        Ast::Empty(_) | Ast::Flags(_) | Ast::Literal(_) | Ast::Dot(_) | Ast::Assertion(_) => {}
    }
}

#[derive(Clone)]
enum Folded {
    /// Case folding does not change the class.
    Same,
    /// The class after case folding, written as a regex class.
    Other(String),
}

/// What case folding makes of the class written `class`; `None` when it is
/// not a plain character class. Memoized: the rules hold a few dozen
/// distinct classes, repeated many times.
fn folded_class(class: &str) -> Option<Folded> {
    static SEEN: Lazy<Mutex<HashMap<String, Option<Folded>>>> =
        Lazy::new(|| Mutex::new(HashMap::new()));
    if let Some(known) = SEEN.lock().ok().and_then(|m| m.get(class).cloned()) {
        return known;
    }
    let hir = |insensitive: bool| {
        regex_syntax::ParserBuilder::new()
            .case_insensitive(insensitive)
            .build()
            .parse(class)
            .ok()
    };
    let folded = match (hir(false), hir(true)) {
        (Some(plain), Some(folded)) if plain == folded => Some(Folded::Same),
        (Some(_), Some(folded))
            if matches!(folded.kind(), regex_syntax::hir::HirKind::Class(_)) =>
        {
            Some(Folded::Other(folded.to_string()))
        }
        _ => None,
    };
    if let Ok(mut m) = SEEN.lock() {
        m.insert(class.to_string(), folded.clone());
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_matches(source: &str, haystacks: &[&str]) {
        let plain = regex::RegexBuilder::new(source)
            .case_insensitive(true)
            .build()
            .unwrap();
        let rewritten = without_needless_folding(source);
        let fast = regex::RegexBuilder::new(&rewritten)
            .case_insensitive(true)
            .build()
            .unwrap();
        for h in haystacks {
            let a: Vec<_> = plain.find_iter(h).map(|m| m.range()).collect();
            let b: Vec<_> = fast.find_iter(h).map(|m| m.range()).collect();
            assert_eq!(a, b, "{source} → {rewritten} on {h:?}");
        }
    }

    #[test]
    fn closed_classes_are_wrapped_and_others_kept() {
        let out = without_needless_folding(r"số[^\S\n]*\pL+\d[a-z]\p{Lu}");
        assert!(out.contains(r"(?-i:[^\S\n])"), "{out}");
        assert!(out.contains(r"(?-i:\d)"), "{out}");
        // `[a-z]` changes under folding (`K` is the Kelvin sign): it is
        // written out folded.
        assert!(
            !out.contains("[a-z]") && out.contains("(?-i:[A-Za-z"),
            "{out}"
        );
        assert!(!out.contains(r"\p{Lu}") && !out.contains(r"\pL"), "{out}");
    }

    #[test]
    fn rewritten_rules_match_the_same_text() {
        let text = [
            "Số: 12/TB-UBND ngày 3 THÁNG 5 năm 2024",
            "GIAO Phòng Nội vụ chủ trì; Sở TN&MT phối hợp",
            "Biên Hòa,\tngày 19 tháng 3 năm 2024\nĐồng Tháp, NGÀY 1/12/2025",
            "ǅ ǆ Ǆ ΐ K k ſ s",
        ];
        for source in [
            r"(?m)(?:^[^\S\n]*số[^\S\n]*:?|\bsố[^\S\n]*:)\s*(?P<num>[\pL\d]+(?:[^\S\n]*[-/.][^\S\n]*[\pL\d]+)+)",
            r"(?m)^(?P<place>\pL[^\n,:;/|()]{1,40}?)[^\S\n]*,\s*ngày\s*\d{1,2}",
            r"[^a-z\s]+",
            r"\p{Lu}\w+",
            r"[ǅk]\S",
        ] {
            same_matches(source, &text);
        }
    }

    #[test]
    fn unparsable_source_is_returned_unchanged() {
        assert_eq!(without_needless_folding("foo("), "foo(");
    }
}
