#!/usr/bin/env bash
# Coverage-guided fuzzing of kabar's three untrusted decoders with libFuzzer and AddressSanitizer.
#
#   Fuzz/run.sh build [TARGET...]     build the targets (all three by default) into .build-fuzz/
#   Fuzz/run.sh run TARGET SECONDS    fuzz one target (ingest, claims, archive) for SECONDS
#   Fuzz/run.sh all SECONDS           build, then fuzz each target for SECONDS, one after another
#
# ingest: bytes → articles through every reader (first byte picks .txt, .html, .json, .jsonl, .gz);
# claims: text → claims, quantities and entities; archive: the cache's packed article → article or
# error. Seed corpora come from the demo corpus (and ../shared/seeds when present); findings
# (crash-*, leak-*, timeout-*) are written to .build-fuzz/findings/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-fuzz
sources=$(find Sources/KabarCore -name '*.swift' | sort)

build() { # [TARGET...]
  mkdir -p "$out"
  local targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=(ingest claims archive)
  for target in "${targets[@]}"; do
    local harness
    case $target in ingest) harness=Fuzz/FuzzIngest.swift ;; claims) harness=Fuzz/FuzzClaims.swift ;; archive) harness=Fuzz/FuzzArchive.swift ;; esac
    echo "building $target"
    rm -f "$out/fuzz-$target"
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -module-name KabarFuzz \
      -I Sources/CZlib -I Sources/CSQLite $sources Fuzz/BundleModule.swift "$harness" -o "$out/fuzz-$target" 2>&1 \
      | grep -v "Cannot export local symbol '__asan" || true
    [ -x "$out/fuzz-$target" ] || { echo "Fuzz: building $target failed"; exit 1; }
  done
}

seeds() { # target → a folder of seed inputs
  local target=$1 dir="$out/corpus/$1" k=0
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir")" ] && { echo "$dir"; return; }
  for f in Sources/KabarCore/Demo/Articles/* ../shared/seeds/*; do
    [ -f "$f" ] || continue
    k=$((k + 1))
    case $target in
      ingest) { printf '\000'; cat "$f"; } > "$dir/seed-$k" ;;
      claims) cp "$f" "$dir/seed-$k" ;;
      archive) ;;
    esac
  done
  # archive: the target seeds its empty folder itself with packed demo articles (LLVMFuzzerInitialize).
  echo "$dir"
}

run() {
  local target=$1 seconds=$2 corpus
  [ -x "$out/fuzz-$target" ] || build "$target"
  corpus=$(seeds "$target")
  mkdir -p "$out/findings/$target"
  local log="$out/findings/$target.log" status=0
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$out/fuzz-$target" "$corpus" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$out/findings/$target/" > "$log" 2>&1 || status=$?
  # The last coverage line, the final statistics and any finding.
  grep -E "^#[0-9]+" "$log" | tail -1
  grep -E "^stat::|ERROR|SUMMARY|Fatal error|crash-|timeout-|oom-" "$log" || true
  echo "findings: $(find "$out/findings/$target" -type f | wc -l) (log: $log)"
  return "$status"
}

case "${1:-}" in
  build) shift; build "$@" ;;
  run) run "$2" "$3" ;;
  all) build; for t in ingest claims archive; do echo "== $t"; run "$t" "$2"; done ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
