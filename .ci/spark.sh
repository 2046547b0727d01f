#!/usr/bin/env bash
# Runs examples/spark_pipe.py: PySpark in local mode pipes the corpus through
# `chidao extract --stdin-jsonl` (RDD.pipe) and checks the result equals a
# direct `chidao extract` run. Needs Java 17+ and PyPI.
#
# pyspark is installed once into a virtual environment kept OUTSIDE the work
# tree, because CI runs in a fresh clone where target/ is always empty:
# $CHIDAO_SPARK_VENV, else ${XDG_CACHE_HOME:-~/.cache}/chidao/venv-spark.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${CHIDAO_SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/chidao/venv-spark}"
if ! "$venv/bin/python" -c "import pyspark" >/dev/null 2>&1; then
  echo "spark.sh: installing pyspark into $venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark>=3.5,<5"
fi

if ! command -v java >/dev/null 2>&1; then
  echo "spark.sh: java (17 or later) is needed for Spark" >&2
  exit 1
fi

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/chidao"
"$venv/bin/python" examples/spark_pipe.py --chidao "$bin" corpus
