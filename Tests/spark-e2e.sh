#!/usr/bin/env bash
# The Spark job (spark/kabar_xref.py, local[2]) on corpus/real (and on damaged records) gives what `kabar xref`
# gives on one machine: every section equal, compared by article id (spark/compare-xref.py).
# Needs ../shared and Java 17; spark/run-local.sh installs pyspark in .build/sparkenv the first time.
set -uo pipefail
cd "$(dirname "$0")/.."
shared=${KABAR_SHARED:-../shared}
if [ ! -d "$shared/corpus/real" ]; then
  if [ -n "${CI:-}" ]; then echo "FAIL: spark-e2e: $shared/corpus/real is missing"; exit 1; fi
  echo "spark-e2e: skipped (no $shared/corpus/real)"; exit 0
fi
swift build >/dev/null 2>&1 || { echo "FAIL: spark-e2e: swift build"; exit 1; }
export KABAR=$PWD/.build/debug/kabar
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
passes=0 failures=0
check() {  # name input
  local name=$1 input=$2
  if ! spark/run-local.sh "$input" "$out/$name" > "$out/$name.log" 2>&1; then
    echo "FAIL: spark-e2e: the job on $name"; grep -E "kabar|Error" "$out/$name.log" | head -5 | sed 's/^/    | /'
    failures=$((failures + 1)); return
  fi
  "$KABAR" xref "$input" --format json --quiet > "$out/$name-one.json" 2>/dev/null
  if python3 spark/compare-xref.py "$out/$name-one.json" "$out/$name/xref.json" --require-all 1.0 > "$out/$name.cmp"; then
    echo "ok: spark-e2e: $name: the job's xref.json equals kabar xref's ($(grep -c . "$out/$name.cmp") sections)"; passes=$((passes + 1))
  else
    echo "FAIL: spark-e2e: $name differs from kabar xref"; sed 's/^/    | /' "$out/$name.cmp"; failures=$((failures + 1))
  fi
  if [ -s "$out/$name/parts/part-articles.jsonl" ]; then passes=$((passes + 1))
  else echo "FAIL: spark-e2e: $name: no JSONL parts"; failures=$((failures + 1)); fi
}
check real "$shared/corpus/real/articles.jsonl"
# A record with no text and a line that is no JSON are reported by kabar and left out, as by kabar xref.
{ head -20 "$shared/corpus/real/articles.jsonl"; echo '{"id": "empty", "text": ""}'; echo 'not json'; } > "$out/damaged.jsonl"
check damaged "$out/damaged.jsonl"
echo "spark-e2e: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
