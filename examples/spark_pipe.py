#!/usr/bin/env python3
"""chidao as the map step of a Spark job.

Pipes every notice of a folder through `chidao extract --stdin-jsonl` with
PySpark's `RDD.pipe` (local mode, several partitions, so several chidao
processes run at once) and checks that the result equals a direct
`chidao extract` run of the same files.

    python examples/spark_pipe.py [--chidao target/release/chidao] [corpus]

Needs pyspark (`pip install pyspark`) and Java 17+. `.ci/spark.sh` sets both
up and runs this file. Exits 0 when the two runs agree, 1 otherwise.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chidao", default="target/release/chidao", help="the chidao binary")
    ap.add_argument("--partitions", type=int, default=3)
    ap.add_argument("corpus", nargs="?", default="corpus", help="folder of .txt notices")
    args = ap.parse_args()

    chidao = os.path.abspath(args.chidao)
    files = sorted(Path(args.corpus).rglob("*.txt"))
    if not files:
        print(f"spark_pipe: no .txt notice under {args.corpus}", file=sys.stderr)
        return 1

    # One JSON line per notice; the id is the path, as a direct run records it.
    # Bytes are decoded as they are (no newline translation) so offsets agree.
    records = [
        json.dumps({"id": str(p), "text": p.read_bytes().decode("utf-8")}, ensure_ascii=False)
        for p in files
    ]

    # Workers run this same Python; Spark binds to loopback in local mode.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(f"local[{args.partitions}]")
        .appName("chidao-pipe")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        rdd = spark.sparkContext.parallelize(records, numSlices=min(args.partitions, len(records)))
        # checkCode: a chidao failure fails the Spark task instead of passing silently.
        lines = rdd.pipe(f"{shlex.quote(chidao)} extract --stdin-jsonl", checkCode=True).collect()
    finally:
        spark.stop()

    piped = [json.loads(line) for line in lines]
    direct_out = subprocess.run(
        [chidao, "extract", "-q", *map(str, files)], check=True, capture_output=True
    ).stdout.decode("utf-8")
    direct = [json.loads(line) for line in direct_out.splitlines()]

    problems = []
    if len(piped) != len(records):
        problems.append(f"{len(records)} notices in, {len(piped)} lines out")
    errors = [p for p in piped if "error" in p]
    problems += [f"{e.get('id')}: {e['error']}" for e in errors]
    by_id = {p["id"]: p for p in piped if "error" not in p}
    for d in direct:
        path = d["source"]["path"]
        p = by_id.get(path)
        if p is None:
            problems.append(f"{path}: no answer from the pipe")
            continue
        if p["source"]["path"] != path:
            problems.append(f"{path}: source.path is {p['source']['path']}")
        # Everything but the id and the byte-level source record must agree.
        strip = lambda doc: {k: v for k, v in doc.items() if k not in ("id", "source")}
        if strip(p) != strip(d):
            keys = [k for k in strip(d) if strip(d).get(k) != strip(p).get(k)]
            problems.append(f"{path}: differs in {', '.join(keys)}")

    if problems:
        for line in problems:
            print(f"spark_pipe: {line}", file=sys.stderr)
        return 1
    directives = sum(len(d["directives"]) for d in direct)
    print(
        f"spark_pipe: {len(piped)} notices ({directives} directives) through RDD.pipe "
        f"in {min(args.partitions, len(records))} partitions = direct chidao extract"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
