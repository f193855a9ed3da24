#!/usr/bin/env bash
# Runs the Spark job on this machine (local[2]): spark/run-local.sh INPUT OUTDIR writes OUTDIR/xref.json.
# INPUT is JSONL records (.jsonl or .jsonl.gz). The kabar used is $KABAR, else the release or
# debug build of this checkout. pyspark comes from $PYSPARK_PYTHON's environment, else from a
# virtual environment made once in .build/sparkenv (pip install pyspark; Spark needs Java 17).
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: spark/run-local.sh INPUT OUTDIR" >&2; exit 2; fi
here=$(cd "$(dirname "$0")/.." && pwd)
input=$1 outdir=$2
[ -r "$input" ] || { echo "spark/run-local.sh: cannot read $input" >&2; exit 1; }
kabar=${KABAR:-}
if [ -z "$kabar" ]; then
  for candidate in "$here/.build/release/kabar" "$here/.build/debug/kabar"; do
    [ -x "$candidate" ] && { kabar=$candidate; break; }
  done
fi
[ -n "$kabar" ] || { echo "spark/run-local.sh: no kabar (set KABAR or run swift build)" >&2; exit 1; }
kabar=$(realpath "$kabar")
env=${SPARK_ENV:-$here/.build/sparkenv}
if [ ! -x "$env/bin/spark-submit" ]; then
  python3 -m venv "$env"
  "$env/bin/pip" install --quiet "pyspark>=3.5"
fi
export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON="$env/bin/python" PYSPARK_DRIVER_PYTHON="$env/bin/python"
# Spark's own temporary files and logs stay out of the checkout and go when the job ends.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$env/bin/spark-submit" --master 'local[2]' --driver-memory 1g \
  --conf spark.ui.enabled=false --conf spark.log.level=WARN --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.local.dir="$scratch" \
  "$here/spark/kabar_xref.py" "$(realpath "$input")" "$outdir" --kabar "$kabar" 2> >(grep -v -E "^(WARNING|Using Spark's|Setting default log level|To adjust logging)" >&2)
