//! Runs many files: walk the inputs (sorted), convert them in parallel (as
//! many workers as rayon's pool has threads), hand the results back in input
//! order, and turn every failure into a per-file error record. No stage logic
//! lives here.

use std::fmt;
use std::io::Read;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

use crate::model::{Notice, Source};
use crate::rules::Rules;

/// One file to convert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The file, or `-` for standard input.
    pub path: PathBuf,
    /// The folder given on the command line that contains it (for `--out` paths).
    pub root: Option<PathBuf>,
}

impl Input {
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The path shown to users and written to `source.path`.
    pub fn display(&self) -> String {
        if self.is_stdin() {
            "<stdin>".into()
        } else {
            self.path.to_string_lossy().into_owned()
        }
    }

    /// The path relative to its root, used to place the output file.
    pub fn relative(&self) -> PathBuf {
        match &self.root {
            Some(root) => self
                .path
                .strip_prefix(root)
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| self.path.file_name().map(PathBuf::from).unwrap_or_default()),
            None if self.is_stdin() => PathBuf::from("stdin"),
            None => self.path.file_name().map(PathBuf::from).unwrap_or_default(),
        }
    }
}

/// A file that could not be converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// How files are read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force one encoding instead of detecting it.
    pub encoding: Option<String>,
    /// Convert invalid text with replacement characters instead of failing.
    pub lossy: bool,
}

/// Expand files and folders into a sorted list of inputs. Folders are walked
/// recursively for files with one of `extensions`; problems while walking
/// (unreadable folders, broken links) come back as errors, the rest goes on.
pub fn collect_inputs(paths: &[PathBuf], extensions: &[&str]) -> (Vec<Input>, Vec<DocError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input {
                path: path.clone(),
                root: None,
            });
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(DocError {
                    path: path.to_string_lossy().into_owned(),
                    reason: io_reason(&e),
                });
                continue;
            }
        };
        if meta.is_file() {
            inputs.push(Input {
                path: path.clone(),
                root: None,
            });
            continue;
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) => {
                    let wanted = e.file_type().is_file()
                        && e.path()
                            .extension()
                            .and_then(|x| x.to_str())
                            .is_some_and(|x| extensions.iter().any(|w| x.eq_ignore_ascii_case(w)));
                    if wanted {
                        found.push(e.into_path());
                    }
                }
                Err(e) => {
                    let shown = e
                        .path()
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or_else(|| path.to_string_lossy().into_owned());
                    let reason = match e.io_error() {
                        Some(io) => io_reason(io),
                        None => e.to_string(),
                    };
                    errors.push(DocError {
                        path: shown,
                        reason,
                    });
                }
            }
        }
        found.sort();
        inputs.extend(found.into_iter().map(|p| Input {
            path: p,
            root: Some(path.clone()),
        }));
    }
    (inputs, errors)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder (or a broken link)".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Read the bytes of one input.
pub fn read_input(input: &Input) -> Result<Vec<u8>, DocError> {
    let mut bytes = Vec::new();
    let result = if input.is_stdin() {
        std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(&input.path).and_then(|mut f| {
            if f.metadata()?.is_dir() {
                return Err(std::io::Error::other("is a folder"));
            }
            f.read_to_end(&mut bytes).map(|_| ())
        })
    };
    result.map_err(|e| DocError {
        path: input.display(),
        reason: io_reason(&e),
    })?;
    Ok(bytes)
}

/// Decode and extract one file's bytes.
pub fn convert_bytes(
    shown_path: &str,
    bytes: &[u8],
    rules: &Rules,
    opts: &ReadOptions,
) -> Result<Notice, DocError> {
    let decoded = crate::decode::decode(bytes, opts.encoding.as_deref(), opts.lossy);
    convert_decoded(shown_path, bytes.len(), decoded, rules)
}

/// Extract one file's decoded text (`file_len`: its size in bytes).
fn convert_decoded(
    shown_path: &str,
    file_len: usize,
    decoded: Result<crate::decode::Decoded, crate::decode::DecodeError>,
    rules: &Rules,
) -> Result<Notice, DocError> {
    let decoded = decoded.map_err(|e| DocError {
        path: shown_path.to_string(),
        reason: e.to_string(),
    })?;
    let source = Source {
        path: shown_path.to_string(),
        bytes: file_len as u64,
        encoding: decoded.encoding.clone(),
    };
    // A bug in a stage must cost one file, not the batch of ten thousand:
    // the panic becomes this file's error. Nothing is left half-updated, as
    // extraction only reads `rules` and builds a fresh notice.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::extract_with_source(&decoded.text, source, decoded.warnings, rules)
    }))
    .map_err(|payload| DocError {
        path: shown_path.to_string(),
        reason: format!(
            "internal error, please report it with this file: {}",
            panic_message(payload.as_ref())
        ),
    })
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}

/// Read, decode and extract one input.
pub fn convert(input: &Input, rules: &Rules, opts: &ReadOptions) -> Result<Notice, DocError> {
    let bytes = read_input(input)?;
    let file_len = bytes.len();
    let decoded = crate::decode::decode_owned(bytes, opts.encoding.as_deref(), opts.lossy);
    convert_decoded(&input.display(), file_len, decoded, rules)
}

/// Apply `work` to every input in parallel and give the results to `sink` in
/// input order, on the calling thread, while the workers go on. A worker
/// takes the next input only when its result would be at most `window`
/// places ahead of the one `sink` is waiting for, so memory holds a bounded
/// number of results whatever the number of files, and no worker waits for a
/// slow file of another (as it would with a barrier after every chunk).
/// `sink` returning `false` stops the run (e.g. a closed pipe). The number of
/// workers is rayon's (`-j`); with one, everything runs on the calling thread.
pub fn for_each_ordered<T, W, S>(inputs: &[Input], work: W, mut sink: S)
where
    T: Send,
    W: Fn(&Input) -> T + Sync,
    S: FnMut(&Input, T) -> bool,
{
    let threads = rayon::current_num_threads().min(inputs.len());
    if threads <= 1 {
        for input in inputs {
            if !sink(input, work(input)) {
                return;
            }
        }
        return;
    }
    // Four results per worker keep both busy (a slow file holds the others
    // back only once the rest of the window is done); sixteen held about
    // 0.5 MB more at the peak (two workers, 10 000 notices).
    let window = threads * 4;
    let next_input = AtomicUsize::new(0);
    let state = Mutex::new(Ordered {
        slots: (0..window).map(|_| None).collect(),
        emitted: 0,
        stop: false,
        panic: None,
    });
    let filled = Condvar::new();
    let room = Condvar::new();
    let lock = || state.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next_input.fetch_add(1, Ordering::Relaxed);
                if i >= inputs.len() {
                    return;
                }
                {
                    let mut st = lock();
                    while !st.stop && i >= st.emitted + window {
                        st = room.wait(st).unwrap_or_else(|e| e.into_inner());
                    }
                    if st.stop {
                        return;
                    }
                }
                let result = catch_unwind(AssertUnwindSafe(|| work(&inputs[i])));
                let mut st = lock();
                match result {
                    Ok(r) => st.slots[i % window] = Some(r),
                    Err(payload) => {
                        st.panic.get_or_insert(payload);
                        st.stop = true;
                        room.notify_all();
                    }
                }
                filled.notify_one();
            });
        }
        for (k, input) in inputs.iter().enumerate() {
            let result = {
                let mut st = lock();
                loop {
                    if let Some(r) = st.slots[k % window].take() {
                        break Some(r);
                    }
                    if st.stop {
                        break None;
                    }
                    st = filled.wait(st).unwrap_or_else(|e| e.into_inner());
                }
            };
            let Some(result) = result else { break };
            let go_on = sink(input, result);
            let mut st = lock();
            st.emitted = k + 1;
            if !go_on {
                st.stop = true;
            }
            room.notify_all();
            if !go_on {
                break;
            }
        }
        // Release workers still waiting for room (the sink stopped early).
        lock().stop = true;
        room.notify_all();
    });
    let panic = lock().panic.take();
    if let Some(payload) = panic {
        resume_unwind(payload);
    }
}

/// Results waiting for their turn, in a ring indexed by input number.
struct Ordered<T> {
    slots: Vec<Option<T>>,
    /// Results handed to the sink so far.
    emitted: usize,
    stop: bool,
    panic: Option<Box<dyn std::any::Any + Send>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(n: usize) -> Vec<Input> {
        (0..n)
            .map(|i| Input {
                path: PathBuf::from(format!("{i}")),
                root: None,
            })
            .collect()
    }

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool")
    }

    #[test]
    fn results_come_in_input_order() {
        let all = inputs(500);
        for threads in [1, 2, 4] {
            let mut seen = Vec::new();
            pool(threads).install(|| {
                for_each_ordered(
                    &all,
                    |i| {
                        let n: usize = i.display().parse().unwrap();
                        // Uneven work, so that later inputs often finish first.
                        if n.is_multiple_of(7) {
                            std::thread::sleep(std::time::Duration::from_micros(300));
                        }
                        n
                    },
                    |_, n| {
                        seen.push(n);
                        true
                    },
                )
            });
            assert_eq!(seen, (0..500).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    fn a_sink_can_stop_the_run() {
        let all = inputs(1000);
        let done = AtomicUsize::new(0);
        let mut seen = 0;
        pool(2).install(|| {
            for_each_ordered(
                &all,
                |_| done.fetch_add(1, Ordering::Relaxed),
                |_, _| {
                    seen += 1;
                    seen < 10
                },
            )
        });
        assert_eq!(seen, 10);
        // At most one window of work beyond what the sink took.
        assert!(done.load(Ordering::Relaxed) <= 10 + 2 * 16 + 2);
    }

    #[test]
    fn a_panic_in_work_reaches_the_caller() {
        let all = inputs(100);
        let caught = std::panic::catch_unwind(AssertUnwindSafe(|| {
            pool(2).install(|| {
                for_each_ordered(&all, |i| assert_ne!(i.display(), "50", "boom"), |_, _| true)
            })
        }));
        assert!(caught.is_err());
    }
}
