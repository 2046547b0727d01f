//! Cheaper compilation of the rule regexes: ASCII `\d`, the spaces of
//! normalized text for `\s`, Latin letters for `\pL`, and no needless case
//! folding.
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
    ascii_digits(&mut tree, &mut changed);
    narrow_spaces(&mut tree, &mut changed);
    latin_letters(&mut tree, &mut changed);
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

/// `\d` of the rules is an ASCII digit. In Unicode mode it is every decimal
/// digit of every script (some 700 characters in 70 ranges), whose UTF-8
/// automaton made the date rules (`\d{1,2}/\d{1,2}/\d{4}`, repeated in
/// every alternative) the largest automata of all: half of the rules' memory,
/// per thread. Notices write ASCII digits, and every number a rule captures
/// is parsed as ASCII, so a digit of another script never made a valid match.
fn ascii_digits(node: &mut Ast, changed: &mut bool) {
    replace_perl_class(node, ast::ClassPerlKind::Digit, digit_range, changed);
}

/// `\s` of the rules is a space the normalized text can hold. In Unicode
/// mode it also holds the no-break, en, em, thin, ideographic … spaces,
/// whose UTF-8 sequences cost a dozen NFA states at each of the thousands of
/// places the rules write `\s`: a third of all the rules' NFA states, and
/// every search cache (the lazy DFAs' sparse sets, the PikeVM's active
/// states) is sized by them, per thread. Every rule reads text that
/// `normalize` has cleaned, where each of those spaces (and the next-line,
/// line and paragraph separators) became an ASCII space.
fn narrow_spaces(node: &mut Ast, changed: &mut bool) {
    replace_perl_class(node, ast::ClassPerlKind::Space, kept_spaces, changed);
}

/// Every `\X` of `kind` (and its negation `\X` in capitals), inside
/// brackets or not, replaced by the bracketed items `items` gives.
fn replace_perl_class(
    node: &mut Ast,
    kind: ast::ClassPerlKind,
    items: fn(ast::Span) -> ast::ClassSetItem,
    changed: &mut bool,
) {
    replace_class_items(
        node,
        &|item| match item {
            ast::ClassSetItem::Perl(perl) if perl.kind == kind => Some(items(perl.span)),
            _ => None,
        },
        changed,
    );
}

/// A letter of the rules (`\pL`, `\p{Lu}`, `\p{Ll}`) is a letter of the
/// Latin script, as every letter of Vietnamese is. The Unicode letter classes
/// hold some 140 000 characters of every script, whose UTF-8 automata made
/// the few rules that use them (a signer's name, a place, a document number)
/// cost more than rules a hundred times longer: the rules took 2.6 MB less
/// peak memory on 1 000 generated notices (two threads), with the same
/// output. A Greek or Cyrillic letter (a unit's `μ`, a pasted word) is no
/// part of a Vietnamese name or number.
fn latin_letters(node: &mut Ast, changed: &mut bool) {
    replace_class_items(
        node,
        &|item| match item {
            ast::ClassSetItem::Unicode(class) if is_letter_category(&class.kind) => {
                let span = class.span;
                let latin = ast::ClassSetItem::Unicode(ast::ClassUnicode {
                    span,
                    negated: false,
                    kind: ast::ClassUnicodeKind::Named("Latin".to_string()),
                });
                Some(ast::ClassSetItem::Bracketed(Box::new(
                    ast::ClassBracketed {
                        span,
                        negated: false,
                        kind: ast::ClassSet::BinaryOp(ast::ClassSetBinaryOp {
                            span,
                            kind: ast::ClassSetBinaryOpKind::Intersection,
                            lhs: Box::new(ast::ClassSet::Item(item.clone())),
                            rhs: Box::new(ast::ClassSet::Item(latin)),
                        }),
                    },
                )))
            }
            _ => None,
        },
        changed,
    );
}

/// `\pL`, `\p{L}`, `\p{Letter}`, `\p{Lu}`, `\p{Ll}` and their long names
/// (as the regex crate reads them: case, spaces, `_` and `-` ignored).
fn is_letter_category(kind: &ast::ClassUnicodeKind) -> bool {
    let name = match kind {
        ast::ClassUnicodeKind::OneLetter(c) => c.to_string(),
        ast::ClassUnicodeKind::Named(name) => name.clone(),
        ast::ClassUnicodeKind::NamedValue { .. } => return false,
    };
    let loose: String = name
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        loose.as_str(),
        "l" | "letter" | "lu" | "uppercaseletter" | "ll" | "lowercaseletter"
    )
}

/// Every class item `rewrite` gives a replacement for (a `\X` or `\p{…}`,
/// inside brackets or not; asked of its positive form, a negation `\X` in
/// capitals or `\P{…}` keeps its sign) replaced by it.
fn replace_class_items(
    node: &mut Ast,
    rewrite: &dyn Fn(&ast::ClassSetItem) -> Option<ast::ClassSetItem>,
    changed: &mut bool,
) {
    let standalone = match node {
        Ast::ClassPerl(perl) => Some((
            perl.negated,
            ast::ClassSetItem::Perl(ast::ClassPerl {
                negated: false,
                ..(**perl).clone()
            }),
        )),
        Ast::ClassUnicode(class) => Some((
            class.negated,
            ast::ClassSetItem::Unicode(ast::ClassUnicode {
                negated: false,
                ..(**class).clone()
            }),
        )),
        _ => None,
    };
    if let Some((negated, item)) = standalone {
        if let Some(new) = rewrite(&item) {
            *node = Ast::class_bracketed(ast::ClassBracketed {
                span: *node.span(),
                negated,
                kind: ast::ClassSet::Item(new),
            });
            *changed = true;
        }
        return;
    }
    match node {
        Ast::ClassBracketed(class) => replace_in_set(&mut class.kind, rewrite, changed),
        Ast::Repetition(rep) => replace_class_items(&mut rep.ast, rewrite, changed),
        Ast::Group(group) => replace_class_items(&mut group.ast, rewrite, changed),
        Ast::Alternation(alt) => alt
            .asts
            .iter_mut()
            .for_each(|a| replace_class_items(a, rewrite, changed)),
        Ast::Concat(cat) => cat
            .asts
            .iter_mut()
            .for_each(|a| replace_class_items(a, rewrite, changed)),
        _ => {}
    }
}

fn replace_in_set(
    set: &mut ast::ClassSet,
    rewrite: &dyn Fn(&ast::ClassSetItem) -> Option<ast::ClassSetItem>,
    changed: &mut bool,
) {
    match set {
        ast::ClassSet::Item(item) => replace_in_item(item, rewrite, changed),
        ast::ClassSet::BinaryOp(op) => {
            replace_in_set(&mut op.lhs, rewrite, changed);
            replace_in_set(&mut op.rhs, rewrite, changed);
        }
    }
}

fn replace_in_item(
    item: &mut ast::ClassSetItem,
    rewrite: &dyn Fn(&ast::ClassSetItem) -> Option<ast::ClassSetItem>,
    changed: &mut bool,
) {
    let positive = match item {
        ast::ClassSetItem::Perl(perl) => Some((
            perl.negated,
            ast::ClassSetItem::Perl(ast::ClassPerl {
                negated: false,
                ..perl.clone()
            }),
        )),
        ast::ClassSetItem::Unicode(class) => Some((
            class.negated,
            ast::ClassSetItem::Unicode(ast::ClassUnicode {
                negated: false,
                ..class.clone()
            }),
        )),
        _ => None,
    };
    if let Some((negated, positive)) = positive {
        if let Some(new) = rewrite(&positive) {
            let span = *item.span();
            *item = if negated {
                ast::ClassSetItem::Bracketed(Box::new(ast::ClassBracketed {
                    span,
                    negated: true,
                    kind: ast::ClassSet::Item(new),
                }))
            } else {
                new
            };
            *changed = true;
        }
        return;
    }
    match item {
        ast::ClassSetItem::Bracketed(class) => replace_in_set(&mut class.kind, rewrite, changed),
        ast::ClassSetItem::Union(union) => union
            .items
            .iter_mut()
            .for_each(|i| replace_in_item(i, rewrite, changed)),
        _ => {}
    }
}

/// The spaces of normalized text, inside a bracketed class: ASCII
/// whitespace (tab to carriage return, and space).
fn kept_spaces(span: ast::Span) -> ast::ClassSetItem {
    let literal = |c| ast::Literal {
        span,
        kind: ast::LiteralKind::Verbatim,
        c,
    };
    let range = |start, end| {
        ast::ClassSetItem::Range(ast::ClassSetRange {
            span,
            start: literal(start),
            end: literal(end),
        })
    };
    ast::ClassSetItem::Union(ast::ClassSetUnion {
        span,
        items: vec![range('\t', '\r'), ast::ClassSetItem::Literal(literal(' '))],
    })
}

/// `0-9` inside a bracketed class.
fn digit_range(span: ast::Span) -> ast::ClassSetItem {
    let digit = |c| ast::Literal {
        span,
        kind: ast::LiteralKind::Verbatim,
        c,
    };
    ast::ClassSetItem::Range(ast::ClassSetRange {
        span,
        start: digit('0'),
        end: digit('9'),
    })
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
        // `[^\S\n]`, with `\S` narrowed to `[^\t-\r ]` (tab and CR printed as is).
        assert!(out.contains("(?-i:[^[^\t-\r ]\\n])"), "{out}");
        assert!(out.contains(r"(?-i:[0-9])"), "{out}");
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
    fn digits_are_ascii_digits_inside_and_outside_brackets() {
        let out = without_needless_folding(r"\d{1,2}/[\d.]+\D[^\d]");
        assert!(!out.contains(r"\d") && !out.contains(r"\D"), "{out}");
        let re = regex::RegexBuilder::new(&out)
            .case_insensitive(true)
            .build()
            .unwrap();
        assert!(re.is_match("12/3.5a-"));
        // Arabic-Indic and full-width digits are not digits of the rules.
        assert!(!re.is_match("١٢/3.5a-"));
        assert!(!re.is_match("１２/3.5a-"));
        // `\D` and `[^\d]` still match any non-ASCII-digit char, letters included.
        assert!(re.is_match("1/2đợ"));
        same_matches(
            r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b|ngày\s*\d+[^\d\s]",
            &["ngày 2024-06-30, NGÀY 5ở", "Ngày 12 tháng 5"],
        );
    }

    #[test]
    fn letters_are_the_latin_scripts_inside_and_outside_brackets() {
        let source = r"^(?-i:\p{Lu}\p{Ll }+)\s[\pL\d]+\PL";
        let out = without_needless_folding(source);
        assert!(out.contains("Latin"), "{out}");
        let re = regex::RegexBuilder::new(&out)
            .case_insensitive(true)
            .build()
            .unwrap();
        assert!(re.is_match("Đặng ươn12/"));
        assert!(re.is_match("Ỷên ĐỨC ."));
        // Greek and Cyrillic letters are no letters of the rules …
        assert!(!re.is_match("Ωμ abc/"));
        assert!(!re.is_match("Ða жж/"));
        // … and `\PL` (not a letter) still takes every other char.
        assert!(re.is_match("Ða bc μ"));
        // Vietnamese text matches as before.
        same_matches(
            r"\p{Lu}\pL*\s+[\pL\d]+|[^\pL\s]+",
            &[
                "Nguyễn Văn Đức, Số 12/QĐ-UBND",
                "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK; ông Y Thanh H'Đơk",
            ],
        );
    }

    #[test]
    fn spaces_are_the_ascii_spaces_of_normalized_text() {
        let out = without_needless_folding(r"trước\s+ngày[^\S\n]*\d\S+[\s,]");
        assert!(!out.contains(r"\s") && !out.contains(r"\S"), "{out}");
        let re = regex::RegexBuilder::new(&out)
            .case_insensitive(true)
            .build()
            .unwrap();
        assert!(re.is_match("TRƯỚC \t NGÀY 30/6,"));
        assert!(
            re.is_match("trước\nngày\t3x "),
            "\\s holds the line break, [^\\S\\n] not"
        );
        assert!(!re.is_match("trước ngày\n3x "));
        // Normalized text holds no other space: a no-break space is no space
        // of the rules (`normalize` turned every one into an ASCII space).
        assert!(!re.is_match("trước\u{A0}ngày 3x "));
        same_matches(
            r"(?m)^\s*(?P<n>\d+)[^\S\n]+\S+\s*$|ngày\s+\d+",
            &["  12  Phòng\n3 Sở \n\nngày   5", "\t7\tX\r\n"],
        );
    }

    #[test]
    fn unparsable_source_is_returned_unchanged() {
        assert_eq!(without_needless_folding("foo("), "foo(");
    }
}
