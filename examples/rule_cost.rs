//! Times the compilation of every `[regex NAME]` section (debug aid for start-up cost).
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let rules = chidao::Rules::embedded().expect("rules");
    eprintln!("all rules: {:?}", t.elapsed());
    let mut costs = Vec::new();
    for (name, pat) in rules.regex_sections() {
        let t = Instant::now();
        let _ = regex::RegexBuilder::new(pat.as_str())
            .case_insensitive(true)
            .size_limit(64 << 20)
            .build();
        costs.push((t.elapsed(), name.to_string(), pat.as_str().len()));
    }
    costs.sort();
    costs.reverse();
    for (d, n, len) in costs.iter().take(25) {
        println!("{:>10.2?} {n} ({len} bytes)", d);
    }
}
