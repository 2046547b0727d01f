//! Output formats of `chidao extract`: the bytes written for each notice.
//!
//! `json` (pretty, the default with `--out`), `jsonl` (one line per notice,
//! the default on stdout), and the flat task rows of `chidao::export` as
//! `tasks-jsonl` or `csv` (RFC 4180 via the csv crate, UTF-8 BOM first so
//! spreadsheet programs read Vietnamese correctly, unless `--no-bom`).

use std::io;

use chidao::export::{task_rows, TASK_COLUMNS};
use chidao::Notice;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON per notice (the default with --out).
    Json,
    /// One JSON line per notice (the default on stdout).
    Jsonl,
    /// One JSON line per (directive, responsible body).
    TasksJsonl,
    /// One CSV row per (directive, responsible body).
    Csv,
}

impl Format {
    /// Extension of the file written per input with `--out`. Task rows get
    /// `.tasks.jsonl` so they are never taken for notice JSON Lines.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::TasksJsonl => "tasks.jsonl",
            Format::Csv => "csv",
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Turns notices into output bytes; remembers whether a stream has begun, so
/// one stdout stream gets one CSV header (and BOM).
pub struct Emitter {
    pub format: Format,
    pub bom: bool,
    started: bool,
}

impl Emitter {
    pub fn new(format: Format, bom: bool) -> Emitter {
        Emitter {
            format,
            bom,
            started: false,
        }
    }

    /// Append what the stream needs before its first notice (the CSV header),
    /// once. With [`Emitter::body`], lets workers serialize notices in
    /// parallel while one thread writes the stream in order.
    pub fn start(&mut self, buf: &mut Vec<u8>) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.format == Format::Csv {
                self.csv_header(buf)?;
            }
        }
        Ok(())
    }

    /// Append this notice's part of the stream, without anything that only
    /// the first notice's part carries (see [`Emitter::start`]).
    pub fn body(&self, notice: &Notice, buf: &mut Vec<u8>) -> io::Result<()> {
        self.write(notice, false, false, buf)
    }

    /// Append what a stream that never started still needs (a CSV header).
    pub fn finish(&mut self, buf: &mut Vec<u8>) -> io::Result<()> {
        self.start(buf)
    }

    /// The whole content of the `--out` file of one notice.
    pub fn file(&self, notice: &Notice) -> io::Result<Vec<u8>> {
        let mut buf = Vec::with_capacity(notice.source.bytes as usize * 2);
        self.write(notice, true, true, &mut buf)?;
        Ok(buf)
    }

    fn csv_header(&self, buf: &mut Vec<u8>) -> io::Result<()> {
        if self.bom {
            buf.extend_from_slice(BOM);
        }
        let mut w = csv_writer(buf);
        w.write_record(TASK_COLUMNS)?;
        w.flush()
    }

    fn write(&self, notice: &Notice, first: bool, file: bool, buf: &mut Vec<u8>) -> io::Result<()> {
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *buf, notice).map_err(io::Error::other)?;
                buf.push(b'\n');
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut *buf, notice).map_err(io::Error::other)?;
                buf.push(b'\n');
            }
            Format::TasksJsonl => {
                for row in task_rows(notice) {
                    serde_json::to_writer(&mut *buf, &row).map_err(io::Error::other)?;
                    buf.push(b'\n');
                }
            }
            Format::Csv => {
                if first || file {
                    self.csv_header(buf)?;
                }
                let mut w = csv_writer(buf);
                for row in task_rows(notice) {
                    w.serialize(row).map_err(io::Error::other)?;
                }
                w.flush()?;
            }
        }
        Ok(())
    }
}

/// RFC 4180: CRLF between records, fields quoted only when they must be.
fn csv_writer(buf: &mut Vec<u8>) -> csv::Writer<&mut Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::CRLF)
        .from_writer(buf)
}
