//! Cheaper case-insensitive compilation of the rule regexes.
//!
//! Every rule is matched case-insensitively. The regex crate applies the flag
//! by case folding every character class of the pattern, and folding a big
//! Unicode class (`\pL`, `\d`, `[^\S\n]`, `[^\n,:;]`) walks the case tables
//! range by range. The rules repeat such classes hundreds of times (macros
//! expand into every rule that uses them), and the folding was half of the
//! start-up time. Most big classes are closed under case folding, so folding
//! them changes nothing: [`without_needless_folding`] wraps every class that
//! folding leaves unchanged in `(?-i:…)`, deciding once per distinct class.
//! The compiled regex matches exactly the same strings. (Writing out the
//! folded set of the other classes, such as `\pL`, which folding extends by
//! a few combining marks, was tried and changed matches: it is not done.)

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
            if !closed_under_folding(&text) {
                return;
            }
            let span = *node.span();
            let class = std::mem::replace(node, Ast::empty(span));
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

/// True when the class written `class` matches the same characters with and
/// without case-insensitivity. Memoized: the rules hold a few dozen distinct
/// classes, repeated many times.
fn closed_under_folding(class: &str) -> bool {
    static SEEN: Lazy<Mutex<HashMap<String, bool>>> = Lazy::new(|| Mutex::new(HashMap::new()));
    if let Some(known) = SEEN.lock().ok().and_then(|m| m.get(class).copied()) {
        return known;
    }
    let hir = |insensitive: bool| {
        regex_syntax::ParserBuilder::new()
            .case_insensitive(insensitive)
            .build()
            .parse(class)
            .ok()
    };
    let closed = matches!((hir(false), hir(true)), (Some(plain), Some(folded)) if plain == folded);
    if let Ok(mut m) = SEEN.lock() {
        m.insert(class.to_string(), closed);
    }
    closed
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
        // Folding changes `[a-z]` (it adds `K`, the Kelvin sign), `\p{Lu}`
        // and even `\pL` (U+0345 folds to a letter): they stay folded.
        for kept in ["[a-z]", r"\p{Lu}", r"\pL"] {
            assert!(
                out.contains(kept) && !out.contains(&format!("(?-i:{kept})")),
                "{out}"
            );
        }
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
