#!/usr/bin/env bash
# Builds the fuzz target (fuzz/fuzz_targets/extract.rs) as `cargo fuzz run`
# would, so CI notices when it stops compiling. Running it is left to people:
#   RUSTC_BOOTSTRAP=1 cargo fuzz run extract fuzz/corpus/extract -- -max_total_time=600
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz"
  cargo install cargo-fuzz --locked --version '^0.13'
fi

# cargo fuzz passes -Zsanitizer and other unstable flags; the machines have only
# a stable toolchain, and RUSTC_BOOTSTRAP=1 lets it accept them.
RUSTC_BOOTSTRAP=1 cargo fuzz build extract
echo "fuzz target built: fuzz/target/x86_64-unknown-linux-gnu/release/extract"
