//! Per-stage throughput on the corpus notices (`corpus/`, `tests/dev/corpus/`),
//! in input bytes per second: decode, normalize, segment, header, extract,
//! JSON emit, and the whole pipeline. `cargo bench --bench stages`.
//!
//! Each stage is timed on the output of the stages before it, computed once
//! outside the timed loop, so a figure is that stage's cost alone.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use chidao::{decode, extract, header, normalize, segment, Rules};

struct Doc {
    bytes: Vec<u8>,
    text: String,
}

fn corpus() -> Vec<Doc> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = Vec::new();
    for dir in ["corpus", "tests/dev/corpus"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("corpus folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        found.sort();
        paths.extend(found);
    }
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("readable notice");
            let text = decode::decode(&bytes, None, false)
                .expect("corpus notices decode")
                .text;
            Doc { bytes, text }
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let rules = Rules::embedded().expect("embedded rules");
    let docs = corpus();
    let total: u64 = docs.iter().map(|d| d.bytes.len() as u64).sum();
    let normalized: Vec<_> = docs
        .iter()
        .map(|d| normalize::normalize(&d.text, &rules))
        .collect();
    let segmented: Vec<_> = normalized
        .iter()
        .map(|n| segment::segment(n, &rules))
        .collect();
    let headers: Vec<_> = docs
        .iter()
        .zip(&normalized)
        .map(|(d, n)| header::parse(n, &d.text, &rules))
        .collect();
    let notices: Vec<_> = docs
        .iter()
        .map(|d| chidao::extract(&d.text, &rules))
        .collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(total));
    g.sample_size(20);
    g.bench_function("decode", |b| {
        b.iter(|| {
            for d in &docs {
                std::hint::black_box(decode::decode(&d.bytes, None, false).ok());
            }
        })
    });
    g.bench_function("normalize", |b| {
        b.iter(|| {
            for d in &docs {
                std::hint::black_box(normalize::normalize(&d.text, &rules));
            }
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            for n in &normalized {
                std::hint::black_box(segment::segment(n, &rules));
            }
        })
    });
    g.bench_function("header", |b| {
        b.iter(|| {
            for (d, n) in docs.iter().zip(&normalized) {
                std::hint::black_box(header::parse(n, &d.text, &rules));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for (((d, n), s), h) in docs.iter().zip(&normalized).zip(&segmented).zip(&headers) {
                std::hint::black_box(extract::directives(n, &d.text, s, h, &rules));
            }
        })
    });
    // Derived structs serialized into one reused buffer, as `chidao extract` does.
    let mut buf = Vec::with_capacity(1 << 20);
    g.bench_function("json_emit", |b| {
        b.iter(|| {
            for notice in &notices {
                buf.clear();
                serde_json::to_writer(&mut buf, notice).expect("serializable");
                buf.push(b'\n');
            }
            std::hint::black_box(buf.len());
        })
    });
    g.bench_function("pipeline", |b| {
        b.iter(|| {
            for d in &docs {
                let opts = chidao::batch::ReadOptions::default();
                std::hint::black_box(
                    chidao::batch::convert_bytes("bench", &d.bytes, &rules, &opts).ok(),
                );
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
