//! Memory held by each `[regex NAME]` section, largest first (debug aid for
//! peak memory): the compiled automata, shared by all threads, and the search
//! caches one thread builds while matching the section everywhere in the
//! given text files (each file searched whole and paragraph by paragraph).
//!
//! `cargo run --release --example rule_memory -- corpus/*.txt`; with
//! `CHIDAO_PATTERNS=DIR`, the rules of that folder; with
//! `CHIDAO_ALTERNATIVES=NAME`, the caches of each alternative (line) of that
//! section searched alone, largest first (which lines make it costly).
mod rule_aid;

fn main() {
    let rules = rule_aid::rules();
    let texts = rule_aid::texts();
    let pieces = rule_aid::pieces(&texts);
    if let Ok(name) = std::env::var("CHIDAO_ALTERNATIVES") {
        alternatives(rules.regex(&name).as_str(), &pieces);
        return;
    }
    let mut sizes: Vec<(usize, usize, String, usize)> = rules
        .regex_sections()
        .into_iter()
        .map(|(name, pat)| {
            let automata = regex_automata::meta::Regex::builder()
                .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
                .build(pat.as_str())
                .map(|r| r.memory_usage())
                .unwrap_or(0);
            let cache = pat.cache_memory_after(&pieces);
            (cache, automata, name.to_string(), pat.as_str().len())
        })
        .collect();
    sizes.sort();
    sizes.reverse();
    let caches: usize = sizes.iter().map(|s| s.0).sum();
    let automata: usize = sizes.iter().map(|s| s.1).sum();
    println!(
        "{} sections: {:.1} MB of automata; {:.1} MB of caches per thread after {} files",
        sizes.len(),
        automata as f64 / 1e6,
        caches as f64 / 1e6,
        texts.len()
    );
    println!("{:>9} {:>9}  section", "cache", "automata");
    for (cache, automata, name, len) in sizes.iter().take(40) {
        println!("{cache:>9} {automata:>9}  {name} ({len} bytes of regex)");
    }
}

/// The cache one thread holds after searching each top-level alternative of
/// `source` alone over `pieces` (as the pipeline compiles them: lowered).
fn alternatives(source: &str, pieces: &[&str]) {
    use regex_syntax::ast::{parse::Parser, Ast};
    let ast = Parser::new().parse(source).expect("a checked rule");
    let alternatives: Vec<&str> = match &ast {
        Ast::Alternation(alt) => alt
            .asts
            .iter()
            .map(|a| &source[a.span().start.offset..a.span().end.offset])
            .collect(),
        _ => vec![source],
    };
    let mut sizes: Vec<(usize, usize, &str)> = alternatives
        .iter()
        .enumerate()
        .map(|(i, alt)| {
            let pattern = chidao::rules::Pattern::unbuilt_lowered(alt.to_string());
            (pattern.cache_memory_after(pieces), i + 1, *alt)
        })
        .collect();
    let total: usize = sizes.iter().map(|s| s.0).sum();
    sizes.sort();
    sizes.reverse();
    println!(
        "{} alternatives, {:.1} MB of caches alone",
        sizes.len(),
        total as f64 / 1e6
    );
    for (cache, line, alt) in sizes.iter().take(30) {
        let head: String = alt.chars().take(110).collect();
        println!("{cache:>9}  #{line} {head}");
    }
}
