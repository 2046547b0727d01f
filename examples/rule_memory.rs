//! Memory held by each `[regex NAME]` section, largest first (debug aid for
//! peak memory): the compiled automata, shared by all threads, and the search
//! caches one thread builds while matching the section everywhere in the
//! given text files (each file searched whole and paragraph by paragraph).
//!
//! `cargo run --release --example rule_memory -- corpus/*.txt`; with
//! `CHIDAO_PATTERNS=DIR`, the rules of that folder.
mod rule_aid;

fn main() {
    let rules = rule_aid::rules();
    let texts = rule_aid::texts();
    let pieces = rule_aid::pieces(&texts);
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
