#!/usr/bin/env bash
# End-to-end throughput of `chidao extract` against `rg` on a generated corpus
# (issue 6). In one run: rg -c with a multi-pattern regex over agency and
# deadline cues, chidao as JSON Lines to /dev/null, and chidao -o OUT, each
# with 1 thread and with all threads, on the same files; then chidao on one
# notice repeated into single 1, 10 and 100 MB files. Prints a Markdown table
# (wall time, MB/s, notices/s, chidao/rg, 1→N speed-up, peak RSS).
#
#   bash benches/throughput.sh                 # 10 000 notices (~100 MB), seed 1
#   COUNT=2000 SEED=7 bash benches/throughput.sh
#   SINGLE_SIZES="1 10" bash benches/throughput.sh   # skip the 100 MB file
#
# Timings are wall clock with the files in the page cache (every file is read
# once before the first timed run). Nothing here is a test: no figure fails it.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-10000}
SEED=${SEED:-1}
SINGLE_SIZES=${SINGLE_SIZES:-"1 10 100"}
TARGET=${CARGO_TARGET_DIR:-target}
CORPUS=target/bench-corpus
SINGLE=target/bench-single
OUT=$(mktemp -d "${TMPDIR:-/tmp}/chidao-bench-out.XXXXXX")
LOG=$(mktemp "${TMPDIR:-/tmp}/chidao-bench-time.XXXXXX")
trap 'rm -rf "$OUT" "$LOG"' EXIT
NPROC=$(nproc)

# Agency cues (bodies that are given work) and deadline cues: the least any
# extractor has to find, in one regex, case-insensitive like chidao's rules.
RG_PATTERN='(ủy ban|uỷ ban|ubnd|sở|phòng|văn phòng|bộ|ban|cục|chi cục|trung tâm) [[:alpha:]]+|(chủ trì|phối hợp|giao|yêu cầu|đề nghị|chỉ đạo|tham mưu)|(trước|chậm nhất|trong|đến hết|định kỳ|hằng|hàng) (ngày|tuần|tháng|quý|năm)( [0-9]+)?'

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg; then
  echo "installing ripgrep…" >&2
  (apt-get update -qq && apt-get install -y -qq ripgrep) >&2 || cargo install ripgrep >&2
fi
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time…" >&2
  (apt-get update -qq && apt-get install -y -qq time) >&2
fi

cargo build --release --quiet --bin chidao --example gen_corpus
CHIDAO=$TARGET/release/chidao
GEN=$TARGET/release/examples/gen_corpus

# The corpus is regenerated only when its parameters change.
STAMP="count=$COUNT seed=$SEED"
if [ "$(cat "$CORPUS/.params" 2>/dev/null)" != "$STAMP" ]; then
  rm -rf "$CORPUS"
  "$GEN" --count "$COUNT" --seed "$SEED" --out "$CORPUS" >&2
  echo "$STAMP" >"$CORPUS/.params"
fi
if [ ! -f "$SINGLE/single-100MB.txt" ] && [ ! -f "$SINGLE/single-010MB.txt" ]; then
  "$GEN" --single --out "$SINGLE" >&2
fi

BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)
# Warm the page cache so that every tool reads from memory.
find "$CORPUS" "$SINGLE" -name '*.txt' -exec cat {} + >/dev/null

# run NAME CMD… : time one command (wall clock in nanoseconds, so that rg's
# tenths of a second are measured, not rounded to 0.0), append "NAME secs
# rss_kb" to the results. With REPEAT=N it runs N times and keeps the fastest.
RESULTS=()
run() {
  local name=$1 rc best="" rss=0 i t0 t1 secs
  shift
  for ((i = 0; i < ${REPEAT:-1}; i++)); do
    rc=0
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$LOG" "$@" >/dev/null 2>"$OUT/stderr" || rc=$?
    t1=$(date +%s%N)
    # rg exits 1 when nothing matched; anything else is a failure worth seeing.
    if [ "$rc" -ne 0 ] && ! { [ "$1" = rg ] && [ "$rc" -eq 1 ]; }; then
      echo "failed ($rc): $*" >&2
      head -n5 "$OUT/stderr" >&2
    fi
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}')
    if [ -z "$best" ] || awk -v x="$secs" -v y="$best" 'BEGIN {exit !(x < y)}'; then
      best=$secs
    fi
    rss=$(tail -n1 "$LOG")
  done
  RESULTS+=("$name $best $rss")
}

for j in 1 "$NPROC"; do
  REPEAT=5 run "rg-j$j" rg -c -j "$j" -i "$RG_PATTERN" "$CORPUS"
  run "jsonl-j$j" "$CHIDAO" extract -q -j "$j" "$CORPUS"
  rm -rf "$OUT/json"
  run "out-j$j" "$CHIDAO" extract -q -j "$j" "$CORPUS" -o "$OUT/json"
done
rm -rf "$OUT/json"
for mb in $SINGLE_SIZES; do
  f=$(printf '%s/single-%03dMB.txt' "$SINGLE" "$mb")
  [ -f "$f" ] || continue
  run "single-$mb" "$CHIDAO" extract -q -j "$NPROC" "$f"
  REPEAT=5 run "rg-single-$mb" rg -c -j "$NPROC" -i "$RG_PATTERN" "$f"
done

get() { # get NAME FIELD(2=secs,3=rss)
  local r
  for r in "${RESULTS[@]}"; do
    set -- $r
    if [ "$1" = "$NAME" ]; then
      if [ "$FIELD" = 2 ]; then echo "$2"; else echo "$3"; fi
      return
    fi
  done
}
val() { NAME=$1 FIELD=$2 get; }

echo
echo "## chidao throughput"
echo
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n1), $(free -g | awk '/^Mem:/ {print $2}') GiB;" \
  "corpus: $FILES notices, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b/1e6}') MB ($STAMP)"
echo
echo "| run | threads | seconds | MB/s | notices/s | × rg | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for j in 1 "$NPROC"; do
  rg_s=$(val "rg-j$j" 2)
  for kind in rg jsonl out; do
    s=$(val "$kind-j$j" 2)
    rss=$(val "$kind-j$j" 3)
    label=$kind
    [ "$kind" = rg ] && label='rg -c (cue regex)'
    [ "$kind" = jsonl ] && label='chidao extract > /dev/null'
    [ "$kind" = out ] && label='chidao extract -o OUT'
    awk -v l="$label" -v j="$j" -v s="$s" -v b="$BYTES" -v n="$FILES" -v r="$rg_s" -v m="$rss" \
      'BEGIN {printf "| %s | %d | %.2f | %.1f | %.0f | %.1f | %.0f |\n", l, j, s, b/1e6/s, n/s, s/r, m/1024}'
  done
done
for mb in $SINGLE_SIZES; do
  s=$(val "single-$mb" 2)
  [ -n "$s" ] || continue
  f=$(printf '%s/single-%03dMB.txt' "$SINGLE" "$mb")
  size=$(stat -c %s "$f")
  rg_s=$(val "rg-single-$mb" 2)
  awk -v l="chidao extract, one ${mb} MB file" -v j="$NPROC" -v s="$s" -v b="$size" -v r="$rg_s" -v m="$(val "single-$mb" 3)" \
    'BEGIN {printf "| %s | %d | %.2f | %.1f | – | %.1f | %.0f |\n", l, j, s, b/1e6/s, s/r, m/1024}'
done
echo
j1=$(val "jsonl-j1" 2)
jn=$(val "jsonl-j$NPROC" 2)
awk -v a="$j1" -v b="$jn" -v n="$NPROC" 'BEGIN {printf "chidao JSONL speed-up 1 → %d threads: %.2f×\n", n, a/b}'
for mb in $SINGLE_SIZES; do
  s=$(val "single-$mb" 2)
  [ -n "$s" ] || continue
  size=$(stat -c %s "$(printf '%s/single-%03dMB.txt' "$SINGLE" "$mb")")
  awk -v mb="$mb" -v s="$s" -v b="$size" -v cs="$j1" -v cb="$BYTES" \
    'BEGIN {printf "one %d MB file (one worker): %.2f× the MB/s of the ~10 KB notices on 1 thread\n", mb, (b/s)/(cb/cs)}'
done
echo
echo "Commands (j = 1 and $NPROC):"
echo '```'
echo "rg -c -j J -i '$RG_PATTERN' $CORPUS"
echo "$CHIDAO extract -q -j J $CORPUS > /dev/null"
echo "$CHIDAO extract -q -j J $CORPUS -o OUT"
echo "$CHIDAO extract -q -j $NPROC $SINGLE/single-NNNMB.txt > /dev/null"
echo '```'
