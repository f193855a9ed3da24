#!/usr/bin/env bash
# Checks the kabar executable as a user meets it: exit codes, per-file messages, JSON shape.
# Run from the package root after `swift build` (swift test builds it too).
set -uo pipefail
cd "$(dirname "$0")/.."
swift build -q 2>/dev/null || swift build
bin=$(swift build --show-bin-path)/kabar
failures=0
passes=0
pass() { echo "ok: $1"; passes=$((passes + 1)); }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # description, expected exit code, actual exit code
  if [ "$2" != "$3" ]; then fail "$1 (exit $3, expected $2)"; else pass "$1"; fi
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" list >/dev/null 2>"$tmp/err"; check "list on the demo corpus" 0 $?
"$bin" list /no/such/path >/dev/null 2>"$tmp/err"; code=$?
check "missing path exits 1" 1 $code
grep -q "/no/such/path: cannot open: no such file or folder" "$tmp/err" && pass "missing path message names the file" || fail "missing path message names the file"
"$bin" list --format yaml >/dev/null 2>&1; check "bad --format is a usage error" 2 $?
"$bin" frobnicate-option --nope >/dev/null 2>&1; check "unknown option is a usage error" 2 $?
"$bin" show --format json > "$tmp/show.json" 2>/dev/null; check "show --format json" 0 $?
python3 - "$tmp/show.json" <<'PY' && pass "show --format json has the documented keys" || fail "show --format json keys"
import json, sys
doc = json.load(open(sys.argv[1]))
keys = ["id", "path", "outlet", "title", "published", "author", "dateline", "language", "body", "blocks", "quantities"]
for a in doc["articles"]:
    missing = [k for k in keys if k not in a]
    assert not missing, f"missing keys {missing}"
    assert all(set(b) == {"kind", "text"} for b in a["blocks"])
PY
"$bin" list --format json 2>/dev/null | python3 -c 'import json,sys; a=json.load(sys.stdin)["articles"]; assert a and "body" not in a[0] and "blocks" not in a[0]' && pass "list --format json omits body and blocks" || fail "list --format json shape"
printf '' > "$tmp/empty.txt"
"$bin" list "$tmp/empty.txt" >/dev/null 2>"$tmp/err"; check "empty file exits 1" 1 $?
grep -q "empty.txt: empty file" "$tmp/err" && pass "empty file message names the file" || fail "empty file message"
"$bin" stories --format json 2>/dev/null | python3 -c '
import json, sys
stories = json.load(sys.stdin)["stories"]
assert stories and all(set(s) == {"title", "earliest", "outlets", "articles"} for s in stories)
assert all(len(s["articles"]) > 1 and len(s["outlets"]) == len(s["articles"]) for s in stories)
' && pass "stories --format json: documented keys, one report per outlet" || fail "stories --format json shape"
"$bin" xref --format json > "$tmp/xref.json" 2>/dev/null; check "xref --format json on the demo corpus" 0 $?
python3 - "$tmp/xref.json" <<'PY' && pass "xref --format json: documented sections, indexes point at articles" || fail "xref --format json shape"
import json, sys
doc = json.load(open(sys.argv[1]))
assert set(doc) == {"articles", "stories", "claimClusters", "numberDiscrepancies", "headlineConflicts", "dateDiscrepancies", "reuse", "sourceChains"}
n = len(doc["articles"])
for c in doc["claimClusters"]:
    assert all(0 <= m["article"] < n for m in c["members"]) and len(c["members"]) >= 2
for d in doc["numberDiscrepancies"]:
    assert d["agreement"] in ("conflicting", "compatibleByRounding") and len({r["value"] for r in d["reports"]}) >= 2
assert any(h["headline"]["value"] == 300 and h["body"]["value"] == 350 for h in doc["headlineConflicts"]), "PenaBahari's 300 vs 350"
PY
"$bin" compare 01-lintaskawi-feri-tenggelam 03-wartaselat-feri --width 80 > "$tmp/compare.txt" 2>"$tmp/err"; check "compare two demo articles" 0 $?
python3 -c 'import sys; sys.exit(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")) > 80)' "$tmp/compare.txt" && pass "compare --width 80 keeps every line within 80 columns" || fail "compare --width 80 line width"
"$bin" compare 01-lintaskawi-feri-tenggelam /no/such/file >/dev/null 2>"$tmp/err"; check "compare with a missing article exits 1" 1 $?
grep -q "/no/such/file: no such file" "$tmp/err" && pass "compare names the missing file" || fail "compare missing-file message"
"$bin" compare 01-lintaskawi-feri-tenggelam 03-wartaselat-feri --format json 2>/dev/null | python3 -c '
import json, sys
doc = json.load(sys.stdin)
kinds = {r["kind"] for r in doc["rows"]}
assert kinds <= {"same", "changed", "leftOnly", "rightOnly"}
assert any(r["left"] and r["right"] for r in doc["rows"]), "some paragraphs face each other"
for r in doc["rows"]:
    assert (r["left"] is None) == (r["kind"] == "rightOnly") and (r["right"] is None) == (r["kind"] == "leftOnly")
' && pass "compare --format json rows" || fail "compare --format json rows"
cache="$tmp/cache"
"$bin" entities --cache "$cache" --format json > "$tmp/ent.json" 2>"$tmp/err"; check "entities on the demo corpus" 0 $?
python3 - "$tmp/ent.json" <<'PY' && pass "entities --format json: documented keys, ranked" || fail "entities --format json shape"
import json, sys
ents = json.load(open(sys.argv[1]))["entities"]
assert ents and all(set(e) == {"name", "key", "kind", "articles", "mentions", "outlets"} for e in ents)
assert all(e["kind"] in ("person", "org", "place") for e in ents)
assert [e["articles"] for e in ents] == sorted((e["articles"] for e in ents), reverse=True)
PY
"$bin" search "Hendra Saputra" --cache "$cache" --format json 2>/dev/null | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert set(r) == {"query", "entity", "articles", "mentions", "claimsBy", "claimsAbout"}
assert r["entity"]["kind"] == "person" and r["claimsBy"], r["entity"]
' && pass "search --format json finds a person and his claims" || fail "search --format json"
"$bin" search "" --cache "$cache" >/dev/null 2>"$tmp/err"; check "an empty query is a usage error" 2 $?
grep -q "the query is empty" "$tmp/err" && pass "empty query message" || fail "empty query message"
"$bin" search "?!" --cache "$cache" >/dev/null 2>"$tmp/err"; check "a query of punctuation is a usage error" 2 $?
"$bin" search "$(head -c 10000 /dev/zero | tr '\0' a)" --cache "$cache" >/dev/null 2>"$tmp/err"; check "a 10,000-character query is a usage error" 2 $?
grep -q "at most 200" "$tmp/err" && pass "long query message" || fail "long query message"
for f in "$cache"/index-*.sqlite; do printf 'not a database at all' > "$f"; rm -f "$f-wal" "$f-shm"; done
"$bin" entities --cache "$cache" >/dev/null 2>"$tmp/err"; check "a damaged cache is rebuilt" 0 $?
grep -q "is damaged" "$tmp/err" && pass "damaged cache message names the file" || fail "damaged cache message"
"$bin" entities --cache "$tmp/empty.txt/sub" >/dev/null 2>"$tmp/err"; check "an unusable cache folder falls back to memory" 0 $?
grep -q "cannot use the cache folder" "$tmp/err" && pass "unusable cache folder message" || fail "unusable cache folder message"
rm -rf "$tmp/shared-cache"
( "$bin" entities --cache "$tmp/shared-cache" --format json > "$tmp/a.json" 2>/dev/null; echo $? > "$tmp/a.rc" ) &
( "$bin" entities --cache "$tmp/shared-cache" --format json > "$tmp/b.json" 2>/dev/null; echo $? > "$tmp/b.rc" ) &
wait
[ "$(cat "$tmp/a.rc")" = 0 ] && [ "$(cat "$tmp/b.rc")" = 0 ] && cmp -s "$tmp/a.json" "$tmp/b.json" && pass "two processes on one cache agree" || fail "two processes on one cache"
"$bin" entities --cache "$tmp/shared-cache" --format json 2>/dev/null | cmp -s - "$tmp/a.json" && pass "and the cache they built is sound" || fail "cache after concurrent use"
echo "cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
