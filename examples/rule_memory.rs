//! Heap held by each `[regex NAME]` section's compiled automata, largest
//! first (debug aid for peak memory): `cargo run --release --example rule_memory`.
fn main() {
    let rules = chidao::Rules::embedded().expect("rules");
    let mut sizes: Vec<(usize, String, usize)> = rules
        .regex_sections()
        .into_iter()
        .map(|(name, pat)| {
            let meta = regex_automata::meta::Regex::builder()
                .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
                .build(pat.as_str())
                .map(|r| r.memory_usage())
                .unwrap_or(0);
            (meta, name.to_string(), pat.as_str().len())
        })
        .collect();
    sizes.sort();
    sizes.reverse();
    let total: usize = sizes.iter().map(|s| s.0).sum();
    println!(
        "{} sections, {:.1} MB of automata",
        sizes.len(),
        total as f64 / 1e6
    );
    for (bytes, name, len) in sizes.iter().take(30) {
        println!("{:>9} {name} ({len} bytes of regex)", bytes);
    }
}
