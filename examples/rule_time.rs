//! Time each `[regex NAME]` section takes to find all its matches in the
//! given text files, slowest first (debug aid for search cost: which rule a
//! change made slower). Each file is searched whole and paragraph by
//! paragraph, once to warm the caches and then timed.
//!
//! `cargo run --release --example rule_time -- corpus/*.txt`; with
//! `CHIDAO_PATTERNS=DIR`, the rules of that folder.
use std::time::Instant;

mod rule_aid;

fn main() {
    let rules = rule_aid::rules();
    let texts = rule_aid::texts();
    let pieces = rule_aid::pieces(&texts);
    let mut times: Vec<(u128, String, usize)> = rules
        .regex_sections()
        .into_iter()
        .map(|(name, pat)| {
            let count = |p: &[&str]| p.iter().map(|t| pat.find_iter(t).count()).sum::<usize>();
            count(&pieces);
            let t = Instant::now();
            let found = count(&pieces);
            (t.elapsed().as_micros(), name.to_string(), found)
        })
        .collect();
    times.sort_by_key(|t| std::cmp::Reverse(t.0));
    let total: u128 = times.iter().map(|t| t.0).sum();
    println!(
        "{} sections: {:.1} ms in all over {} pieces",
        times.len(),
        total as f64 / 1000.0,
        pieces.len()
    );
    println!("{:>9}  {:>7}  section", "µs", "matches");
    for (micros, name, found) in times.iter().take(40) {
        println!("{micros:>9}  {found:>7}  {name}");
    }
}
