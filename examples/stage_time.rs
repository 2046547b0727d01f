//! Wall time of each pipeline stage over a folder of UTF-8 notices, one
//! thread (debug aid; the criterion bench `stages` is the measurement):
//! `cargo run --release --example stage_time -- DIR`.
use std::time::{Duration, Instant};

fn main() {
    let rules = chidao::Rules::embedded().expect("rules");
    let dir = std::env::args().nth(1).expect("a folder of notices");
    let texts: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    // `STAGE=normalize` repeats that stage alone, for a profiler.
    if let Ok(stage) = std::env::var("STAGE") {
        for _ in 0..5 {
            for text in &texts {
                let n = chidao::normalize::normalize(text, &rules);
                if stage == "header" {
                    std::hint::black_box(chidao::header::parse(&n, text, &rules));
                } else if stage == "segment" {
                    std::hint::black_box(chidao::segment::segment(&n, &rules));
                } else if stage == "directives" {
                    let header = chidao::header::parse(&n, text, &rules);
                    let s = chidao::segment::segment(&n, &rules);
                    for _ in 0..4 {
                        let d = chidao::extract::directives(&n, text, &s, &header, &rules);
                        std::hint::black_box(d);
                    }
                }
                std::hint::black_box(n);
            }
        }
        return;
    }
    let mut times = [Duration::ZERO; 4];
    for text in &texts {
        let t = Instant::now();
        let n = chidao::normalize::normalize(text, &rules);
        times[0] += t.elapsed();
        let t = Instant::now();
        let header = chidao::header::parse(&n, text, &rules);
        times[1] += t.elapsed();
        let t = Instant::now();
        let s = chidao::segment::segment(&n, &rules);
        times[2] += t.elapsed();
        let t = Instant::now();
        let d = chidao::extract::directives(&n, text, &s, &header, &rules);
        times[3] += t.elapsed();
        std::hint::black_box(d);
    }
    println!("{} notices, {:.1} MB", texts.len(), bytes as f64 / 1e6);
    for (name, t) in ["normalize", "header", "segment", "directives"]
        .iter()
        .zip(times)
    {
        println!(
            "{name:>10} {:>8.1?} {:>7.1} MB/s",
            t,
            bytes as f64 / t.as_secs_f64() / 1e6
        );
    }
}
