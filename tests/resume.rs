//! A batch killed midway leaves only whole outputs, and `--skip-existing`
//! completes the rest. Temporary files a kill may leave (`NAME.json.tmpPID`,
//! never matching `*.json`) are accepted, and the next run removes them.
#![cfg(unix)]

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::archive::{assert_no_temp_files, base_notice, summary};
use crate::common::{chidao, TempDir};

fn json_outputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_killed_batch_leaves_whole_outputs_and_resumes() {
    let tmp = TempDir::new("resume");
    let (inp, out) = (tmp.path().join("in"), tmp.path().join("out"));
    // Files of a few notices each, enough that the run is still going when killed.
    let text = base_notice().repeat(3);
    const FILES: usize = 600;
    for i in 0..FILES {
        let dir = inp.join(format!("y{}", 2000 + i % 6));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(format!("n{i:04}.txt")), &text).unwrap();
    }
    // A leftover of an earlier killed run (its process is gone): removed on start.
    fs::create_dir_all(out.join("y2000")).unwrap();
    let stale = out.join("y2000").join("n0000.json.tmp4294967295");
    fs::write(&stale, "{\"schema_version\": 1, \"sour").unwrap();

    let mut child = chidao()
        .args(["extract", "-q", "-j", "2", "-o"])
        .arg(&out)
        .arg(&inp)
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let done = json_outputs(&out).len();
        if done >= 20 {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the batch ended before it could be killed; make the test files bigger"
        );
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no outputs appear"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the batch ended before it could be killed; make the test files bigger"
    );
    child.kill().unwrap(); // SIGKILL: no chance to clean up.
    child.wait().unwrap();

    // Whatever is there as `.json` is whole.
    let written = json_outputs(&out);
    assert!(
        written.len() >= 20 && written.len() < FILES,
        "{}",
        written.len()
    );
    for p in &written {
        let doc: Value = serde_json::from_slice(&fs::read(p).unwrap())
            .unwrap_or_else(|e| panic!("{} is not whole JSON: {e}", p.display()));
        assert!(doc["directives"].as_array().is_some_and(|d| !d.is_empty()));
    }
    assert!(
        !stale.exists(),
        "the stale temporary file was removed at start"
    );

    // Resume: what exists is skipped, the rest converted, no temporary file remains.
    let again = chidao()
        .args(["extract", "--skip-existing", "-o"])
        .arg(&out)
        .arg(&inp)
        .output()
        .unwrap();
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let (converted, failed, skipped, _) = summary(&again);
    assert_eq!(
        (converted, failed, skipped),
        (FILES - written.len(), 0, written.len())
    );
    let all = json_outputs(&out);
    assert_eq!(all.len(), FILES);
    for p in &all {
        let _: Value = serde_json::from_slice(&fs::read(p).unwrap()).unwrap();
    }
    assert_no_temp_files(&out);
}
