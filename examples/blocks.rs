//! Development aid: print the blocks of a notice with their id, zone, heading flags.
//! `cargo run --example blocks -- FILE`
#![allow(clippy::print_stdout)]

fn main() {
    let path = std::env::args().nth(1).expect("usage: blocks FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let rules = chidao::Rules::embedded().expect("rules");
    let n = chidao::normalize::normalize(&text, &rules);
    let seg = chidao::segment::segment(&n, &rules);
    for b in &seg.blocks {
        let t = &n.key[b.content.clone()];
        let short: String = t.chars().take(90).collect();
        println!(
            "{:<14} {:?} h={} e={} {:?} ch={} | {}",
            b.id,
            b.zone,
            b.heading as u8,
            b.emphasized as u8,
            b.part,
            b.children.len(),
            short
        );
    }
}
