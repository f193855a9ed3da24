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
# xref --collection-rarity (the Spark job's reduce step) names a bad counts file and stops.
printf '{"articles": 3, "storyTerms": {"zz": 1}}' > "$tmp/rarity.json"
"$bin" xref --collection-rarity "$tmp/rarity.json" >/dev/null 2>"$tmp/err"; check "a bad --collection-rarity exits 1" 1 $?
grep -q "rarity.json: \"storyTerms\" has a key that is not 16 hex digits" "$tmp/err" && pass "a bad --collection-rarity is named with what is wrong" || fail "a bad --collection-rarity message: $(cat "$tmp/err")"
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
seeds="../shared/seeds"
if [ -d "$seeds" ]; then
  "$bin" xref "$seeds" --format json 2>/dev/null | python3 -c '
import json, sys
doc = json.load(sys.stdin)
outlets = [a["outlet"] for a in doc["articles"]]
assert len(doc["reuse"]) == 2
for r in doc["reuse"]:
    assert r["relation"] in ("copied", "republished", "same outlet") and isinstance(r["ordered"], bool)
    assert all(p["kind"] in ("prose", "mixed", "quotation") and 0 <= p["quotedShare"] <= 1 for p in r["passages"])
viva = [r for r in doc["reuse"] if {outlets[r["first"]], outlets[r["second"]]} == {"VIVA", "Repelita"}]
assert viva and viva[0]["passages"][0]["kind"] == "quotation" and viva[0]["relation"] == "copied"
' && pass "xref --format json on the seeds: reuse kind and relation (VIVA/Repelita: one quotation)" || fail "xref reuse kind and relation on the seeds"
elif [ -n "${CI:-}" ]; then fail "../shared/seeds missing under CI"; else echo "skip: ../shared/seeds not found"; fi
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
# Two processes on a fresh cache: both answer as a run without a cache does, neither falls back to memory.
real="../shared/corpus/real/articles.jsonl"
if [ -f "$real" ]; then
  "$bin" entities "$real" --no-cache --format json > "$tmp/ref.json" 2>/dev/null
  bad=0
  for round in 1 2 3 4 5 6 7 8; do
    rm -rf "$tmp/race"
    ( "$bin" entities "$real" --cache "$tmp/race" --format json > "$tmp/r1.json" 2> "$tmp/r1.err"; echo $? > "$tmp/r1.rc" ) &
    ( "$bin" entities "$real" --cache "$tmp/race" --format json > "$tmp/r2.json" 2> "$tmp/r2.err"; echo $? > "$tmp/r2.rc" ) &
    wait
    for k in 1 2; do
      { [ "$(cat "$tmp/r$k.rc")" = 0 ] && cmp -s "$tmp/r$k.json" "$tmp/ref.json" && [ ! -s "$tmp/r$k.err" ]; } || { bad=$((bad + 1)); echo "round $round, process $k: exit $(cat "$tmp/r$k.rc"), $(head -c 300 "$tmp/r$k.err")"; }
    done
  done
  [ "$bad" = 0 ] && pass "8 rounds of two processes on a fresh cache: every answer as without a cache" || fail "concurrent fresh cache: $bad wrong answers"
elif [ -n "${CI:-}" ]; then fail "../shared/corpus/real missing under CI"; else echo "skip: ../shared/corpus/real not found"; fi
# Hostile names and fields never reach the terminal raw (issue: hardening).
mkdir -p "$tmp/hostile"
art=$'Polisi Tangkap Pelaku Pencurian\n\nJakarta - Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\n\nMenurut polisi, pelaku beraksi bersama dua rekannya.\n'
printf '%s' "$art" > "$tmp/hostile/$(printf 'a\033[2Jb\033]0;pwn\007c\nFAKE\302\233\061mz.txt')"
printf '{"id":"r1","outlet":"Detik\\nFAKE row","author":"Ani\\nBudi","title":"Polisi Tangkap Pelaku Pencurian","text":"Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\\n\\nMenurut polisi, pelaku beraksi bersama dua rekannya."}\n' > "$tmp/hostile/rec.jsonl"
printf 'x' > "$tmp/hostile/$(printf 'bad\033[31m\n.txt')"; : > "$tmp/hostile/$(printf 'bad\033[31m\n.txt')"
for cmd in list show claims; do
  "$bin" $cmd "$tmp/hostile" > "$tmp/out" 2> "$tmp/err"
  python3 - "$tmp/out" "$tmp/err" <<'PY' && pass "$cmd: no control sequence or forged line from a file name or field" || fail "$cmd: hostile names reach the terminal"
import sys
for f in sys.argv[1:]:
    data = open(f, "rb").read().decode("utf-8")
    bad = [c for c in data if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E]
    assert not bad, (f, bad[:5])
    assert not any(line.startswith("FAKE") for line in data.splitlines()), f
PY
done
grep -q "hostile/bad .txt: empty file" "$tmp/err" && pass "a hostile name in a problem line is shown cleaned" || fail "problem line for a hostile name: $(cat -v "$tmp/err")"
# Symbolic link loops end, each loop said once.
mkdir -p "$tmp/loop"; printf '%s' "$art" > "$tmp/loop/berita.txt"; ln -s . "$tmp/loop/a"; ln -s . "$tmp/loop/b"
timeout 20 "$bin" list "$tmp/loop" > "$tmp/out" 2> "$tmp/err"; check "a folder linking to itself is listed once" 0 $?
[ "$(grep -c "symbolic link loop" "$tmp/err")" = 2 ] && grep -q "^1 article" "$tmp/out" && pass "each loop reported once, the file listed once" || fail "symlink loop: $(cat "$tmp/err")"
# A gzip bomb is refused early with bounded memory; the good file in the same run is kept.
head -c 1073741824 /dev/zero | gzip -1 > "$tmp/zeros.gz"
yes aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | tr -d '\n' | head -c 314572800 | gzip -1 > "$tmp/aaa.jsonl.gz"
printf '%s' "$art" > "$tmp/good.txt"
for bomb in zeros.gz aaa.jsonl.gz; do
  python3 - "$bin" "$tmp/$bomb" "$tmp/good.txt" <<'PY' && pass "$bomb: refused, under 512 MB, the good file kept" || fail "$bomb: gzip bomb"
import resource, subprocess, sys
r = subprocess.run([sys.argv[1], "list", sys.argv[2], sys.argv[3]], capture_output=True, text=True, timeout=120)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
assert r.returncode == 1 and "1 article" in r.stdout, (r.returncode, r.stdout, r.stderr)
assert ("binary data" in r.stderr or "larger than 256 MB" in r.stderr) and sys.argv[2] in r.stderr, r.stderr
assert peak < 512, f"peak {peak:.0f} MB"
PY
done
rm -f "$tmp/zeros.gz" "$tmp/aaa.jsonl.gz"
# The bad-input matrix (docs/reliability.md): 20 inputs through six commands.
Tests/bad-input-matrix.sh "$bin" > "$tmp/matrix" 2>&1 && pass "bad-input matrix: $(tail -1 "$tmp/matrix")" || { cat "$tmp/matrix"; fail "bad-input matrix"; }
# A copied binary carries its demo corpus and themes (no resource bundle beside it).
copy=$(mktemp -d)
cp "$bin" "$copy/kabar"
if (cd "$copy" && XDG_CACHE_HOME="$copy/cache" ./kabar list 2>&1 | grep -q "Lintas Kawi") \
   && (cd "$copy" && XDG_CACHE_HOME="$copy/cache" ./kabar themes 2>&1 | grep -q "^light "); then
  pass "a copied binary has the demo corpus and the themes"
else
  fail "a copied binary lacks the demo corpus or the themes"
fi
rm -rf "$copy"
# The ledger: verdicts set from the command line are listed, and a writer killed (kill -9) at any
# moment, 50 times, never takes back a verdict it reported as saved, nor damages the file.
export XDG_DATA_HOME="$tmp/data"
"$bin" ledger set 01-lintaskawi-feri-tenggelam 1 --verdict keliru --note "foto lama" >/dev/null 2>&1; check "ledger set" 0 $?
"$bin" ledger set 01-lintaskawi-feri-tenggelam 99 --verdict benar >/dev/null 2>"$tmp/err"; check "ledger set on a claim that is not there" 1 $?
grep -q "has 12 claims; no claim 99" "$tmp/err" && pass "ledger set names the claims there are" || fail "ledger set message"
"$bin" ledger list --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
v = d["verdicts"]
assert d["ledger"].endswith("/data/kabar/ledger.sqlite"), d["ledger"]
assert len(v) == 1 and v[0]["verdict"] == "Keliru" and v[0]["rating"] == 2 and v[0]["note"] == "foto lama", v
' && pass "ledger list --format json" || fail "ledger list --format json"
labels=(Benar "Sebagian benar" Menyesatkan Keliru Hoaks)
: > "$tmp/saved"; : > "$tmp/tried"
for i in $(seq 1 50); do
  claim=$(( (i % 11) + 1 )); label=${labels[$((i % 5))]}
  echo "$i $claim $label" >> "$tmp/tried"
  ( "$bin" ledger set 01-lintaskawi-feri-tenggelam "$claim" --verdict "$label" >/dev/null 2>&1 && echo "$i $claim $label" >> "$tmp/saved" ) 2>/dev/null &
  writer=$!
  # Between 0 and 0.3 s: some writers die before their commit, some after.
  sleep "$(printf '0.%02d' $((RANDOM % 30)))"
  pkill -9 -P "$writer" 2>/dev/null
  wait "$writer" 2>/dev/null
done
"$bin" ledger list --format json > "$tmp/ledger.json" 2>"$tmp/err"; code=$?
"$bin" claims --format json > "$tmp/claims.json" 2>/dev/null
python3 - "$tmp/saved" "$tmp/ledger.json" "$tmp/claims.json" "$tmp/tried" <<'PY' && pass "50 writers killed: every saved verdict is there ($(wc -l < "$tmp/saved") saved)" || fail "a verdict reported saved was lost"
import json, sys
def read(path):
    return [(int(i), int(c), l.strip()) for i, c, l in (line.split(" ", 2) for line in open(path))]
saved, tried = read(sys.argv[1]), read(sys.argv[4])
assert saved and len(saved) < len(tried), f"the kills must land on both sides of a commit: {len(saved)} of {len(tried)} saved"
article = next(a for a in json.load(open(sys.argv[3]))["articles"] if a["id"] == "01-lintaskawi-feri-tenggelam")
ledger = {v["claim"]: v["verdict"] for v in json.load(open(sys.argv[2]))["verdicts"]}
for claim in {c for _, c, _ in saved}:
    last = max(i for i, c, _ in saved if c == claim)
    # The last saved label stands, unless a later writer (killed after its commit) replaced it.
    allowed = {l for i, c, l in tried if c == claim and i >= last}
    words = article["claims"][claim - 1]["content"]
    assert ledger.get(words) in allowed, (claim, allowed, ledger.get(words))
PY
check "the ledger opens after the kills" 0 $code
# Exports: CSV read by Python's csv module, ClaimReview expanded by a JSON-LD processor (pyld, with
# the schema.org context given locally), the Markdown report.
"$bin" ledger set 03-wartaselat-feri 2 --verdict menyesatkan --note 'angka "300", manifes 250' --evidence https://example.org/manifes >/dev/null 2>&1
"$bin" ledger export --format csv > "$tmp/ledger.csv" 2>/dev/null; check "ledger export csv" 0 $?
python3 - "$tmp/ledger.csv" <<'PY' && pass "the CSV reads back with Python's csv module (RFC 4180 quoting)" || fail "ledger CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
row = next(r for r in rows if r["outlet"] == "Warta Selat")
assert row["verdict"] == "Menyesatkan" and row["rating"] == "3" and row["note"] == 'angka "300", manifes 250', row
assert row["evidence"] == "https://example.org/manifes" and row["headline"].startswith("Feri Tenggelam di Selat Lombar, 300"), row
assert open(sys.argv[1], "rb").read().count(b"\r\n") == len(rows) + 1
PY
"$bin" ledger export --format claimreview --author "Cek Fakta Lombar" > "$tmp/claimreview.json" 2>/dev/null; check "ledger export claimreview" 0 $?
if ! python3 -c "import pyld" 2>/dev/null && [ -z "${CI:-}" ]; then
  echo "skipped: ClaimReview JSON-LD check (pip install pyld to run it; .ci/run installs it)"
else
python3 - "$tmp/claimreview.json" <<'PY' && pass "ClaimReview expands as JSON-LD (pyld) with rating, claim, appearance" || fail "ClaimReview JSON-LD"
import json, sys
from pyld import jsonld
# schema.org's context, given here instead of fetched: the part of https://schema.org/docs/jsonldcontext.jsonld
# that the terms of a ClaimReview use, as it defines them (http IRIs, addresses as @id, dates typed).
SCHEMA_CONTEXT = {"@context": {
    "type": "@type", "id": "@id", "@vocab": "http://schema.org/", "schema": "http://schema.org/",
    "url": {"@id": "schema:url", "@type": "@id"},
    "datePublished": {"@id": "schema:datePublished", "@type": "schema:Date"},
    "ClaimReview": {"@id": "schema:ClaimReview"}, "Claim": {"@id": "schema:Claim"}, "Rating": {"@id": "schema:Rating"},
    "NewsArticle": {"@id": "schema:NewsArticle"}, "Organization": {"@id": "schema:Organization"}, "Person": {"@id": "schema:Person"},
    "claimReviewed": {"@id": "schema:claimReviewed"}, "reviewRating": {"@id": "schema:reviewRating"},
    "itemReviewed": {"@id": "schema:itemReviewed"}, "appearance": {"@id": "schema:appearance"},
    "author": {"@id": "schema:author"}, "publisher": {"@id": "schema:publisher"}, "name": {"@id": "schema:name"},
    "headline": {"@id": "schema:headline"}, "alternateName": {"@id": "schema:alternateName"},
    "ratingValue": {"@id": "schema:ratingValue"}, "bestRating": {"@id": "schema:bestRating"},
    "worstRating": {"@id": "schema:worstRating"}}}
def loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}
jsonld.set_document_loader(loader)
doc = json.load(open(sys.argv[1]))
S = "http://schema.org/"
reviews = [n for n in jsonld.expand(doc) if S + "ClaimReview" in n.get("@type", [])]
assert len(reviews) == len(doc) >= 2, len(reviews)
def publisher(r):
    return r[S + "itemReviewed"][0][S + "appearance"][0][S + "publisher"][0][S + "name"][0]["@value"]
r = next(r for r in reviews if publisher(r) == "Warta Selat")
assert r[S + "reviewRating"][0][S + "alternateName"][0]["@value"] == "Menyesatkan"
assert S + "Rating" in r[S + "reviewRating"][0]["@type"]
assert len(r[S + "claimReviewed"][0]["@value"]) <= 75
assert r[S + "reviewRating"][0][S + "ratingValue"][0]["@value"] == 3
assert r[S + "reviewRating"][0][S + "bestRating"][0]["@value"] == 6 and r[S + "reviewRating"][0][S + "worstRating"][0]["@value"] == 1
assert r[S + "author"][0][S + "name"][0]["@value"] == "Cek Fakta Lombar"
item = r[S + "itemReviewed"][0]
assert S + "Claim" in item["@type"] and (S + "Person" in item[S + "author"][0]["@type"] or S + "Organization" in item[S + "author"][0]["@type"])
appearance = item[S + "appearance"][0]
assert appearance[S + "url"][0]["@id"].startswith("https://wartaselat.com/"), appearance   # an address, not a string
assert appearance[S + "headline"][0]["@value"] and appearance[S + "datePublished"][0]["@type"] == S + "Date", appearance
PY
fi
"$bin" ledger export --format markdown 2>/dev/null | grep -qF -- "- **Menyesatkan** · Hendra Saputra" && pass "ledger export markdown" || fail "ledger export markdown"
# Placed in a collection: each verdict attached to its claim, and ClaimReview's appearance naming
# every outlet that printed the claim.
demo=Sources/KabarCore/Demo/Articles
# A story report: the story holding an article, where its outlets differ, then its verdicts.
"$bin" ledger set 01-lintaskawi-feri-tenggelam 1 --verdict keliru --ledger "$tmp/story.sqlite" >/dev/null 2>&1
"$bin" ledger export --format markdown "$demo" --story 01-lintaskawi-feri-tenggelam --ledger "$tmp/story.sqlite" > "$tmp/story.md" 2>/dev/null
if grep -q "^## Where the outlets differ" "$tmp/story.md" && grep -q "^### Numbers reported differently" "$tmp/story.md" \
   && grep -q "^### Timeline" "$tmp/story.md" && grep -q "^## Verdicts" "$tmp/story.md" && grep -qF -- "- **Keliru** ·" "$tmp/story.md" \
   && grep -qF "passengers · 3 values · outlets disagree" "$tmp/story.md"; then pass "ledger export markdown --story: the desk and the story's verdicts"
else fail "ledger export markdown --story: $(head -c 600 "$tmp/story.md")"; fi
"$bin" ledger export --format csv --story x >/dev/null 2>&1; check "--story without markdown and a PATH is refused" 2 $?
"$bin" ledger list "$demo" --format json 2>/dev/null | python3 -c '
import json, sys
v = json.load(sys.stdin)["verdicts"]
assert v and all(x["place"] == "attached" for x in v), [x.get("place") for x in v]' && pass "ledger list PATH places every verdict on its claim" || fail "ledger list PATH"
"$bin" ledger export --format claimreview "$demo" 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
counts = [len(r["itemReviewed"]["appearance"]) for r in d]
names = [{a["publisher"]["name"] for a in r["itemReviewed"]["appearance"]} for r in d]
assert max(counts) >= 2 and all(len(n) == c for n, c in zip(names, counts)), (counts, names)' && pass "ClaimReview names every outlet that printed the claim" || fail "ClaimReview appearances"
# A verdict whose claim the article no longer has is listed as detached, never dropped.
mkdir -p "$tmp/edited"
cp "$demo/01-lintaskawi-feri-tenggelam.txt" "$tmp/edited/"
"$bin" ledger set "$tmp/edited/01-lintaskawi-feri-tenggelam.txt" 1 --verdict hoaks --ledger "$tmp/detached.sqlite" >/dev/null 2>&1; check "ledger set on a file" 0 $?
claim=$("$bin" ledger list --ledger "$tmp/detached.sqlite" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["verdicts"][0]["claim"])')
python3 - "$tmp/edited/01-lintaskawi-feri-tenggelam.txt" "$claim" <<'PY'
import sys
path, claim = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
words = claim.split()
assert len(words) > 3 and words[2] in text
open(path, "w", encoding="utf-8").write(text.replace(words[2], words[2] + "x", 1) if claim not in text else text.replace(claim, claim.replace(words[2], words[2] + "x"), 1))
PY
"$bin" ledger list "$tmp/edited" --ledger "$tmp/detached.sqlite" 2>/dev/null | grep -q "^\[detached\] Hoaks" && pass "a verdict whose claim changed is listed as detached" || fail "detached verdict: $("$bin" ledger list "$tmp/edited" --ledger "$tmp/detached.sqlite" 2>&1 | head -3)"
unset XDG_DATA_HOME
"$bin" compare --outlets "lintas kawi" "Warta Selat" --format json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert set(d) == {"first", "second", "stories", "sourcesOnlyFirst", "sourcesOnlySecond", "secondRepeatsFirst", "firstRepeatsSecond", "sharedUnordered"}, d.keys()
s = d["stories"][0]
assert set(s) == {"title", "first", "second", "earlier", "numbers", "claimsOnlyFirst", "claimsOnlySecond", "speakersOnlyFirst", "speakersOnlySecond"}
assert s["speakersOnlySecond"] == ["Made Arsana"]' && pass "compare --outlets --format json has the documented keys" || fail "compare --outlets json"
"$bin" compare --outlets "Lintas Kawi" Nope >/dev/null 2>"$tmp/err"; check "compare --outlets with an unknown outlet exits 1" 1 $?
grep -q 'no article from the outlet "Nope"' "$tmp/err" && pass "an unknown outlet is named, with the outlets there" || fail "unknown outlet message"
# Feeds and newsboat's cache (the cache as the real newsboat writes it is tested in NewsboatCacheTests).
cat > "$tmp/feed.xml" <<'XML'
<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Lombar</title>
<item><title>Pelabuhan Ditutup</title><link>http://127.0.0.1/a</link><pubDate>Tue, 02 Jun 2026 10:15:00 +0800</pubDate>
<description>&lt;p&gt;Syahbandar menutup pelabuhan sejak Kamis pagi, kata Kepala Syahbandar Hendra Saputra.&lt;/p&gt;</description></item>
<item><title>Nelayan Diminta Tidak Melaut</title><link>http://127.0.0.1/b</link>
<description>Dinas Perikanan mengimbau nelayan agar tidak melaut sampai Sabtu.</description></item>
</channel></rss>
XML
"$bin" list "$tmp/feed.xml" --format json 2>/dev/null | python3 -c '
import json, sys
a = json.load(sys.stdin)["articles"]
assert [x["outlet"] for x in a] == ["Kabar Lombar"] * 2 and a[0]["title"] == "Pelabuhan Ditutup", a' && pass "an RSS feed lists its items as articles" || fail "RSS feed items"
HOME="$tmp/nohome" "$bin" list --newsboat >/dev/null 2>"$tmp/err"; check "--newsboat without a cache is a usage error" 2 $?
grep -q "no newsboat cache" "$tmp/err" && pass "--newsboat says where it looked" || fail "--newsboat message"
for i in 1 2 3 4 5; do printf '{"id":"r%s","title":"T","text":"Baca juga: Judul"}\n' "$i"; done > "$tmp/furniture.jsonl"
"$bin" list "$tmp/furniture.jsonl" >/dev/null 2>"$tmp/err"
[ "$(grep -c . "$tmp/err")" = 1 ] && grep -q "skipped 5 records of .*furniture.jsonl: no article text" "$tmp/err" && pass "skipped records summed up in one line" || fail "skipped records summary: $(cat "$tmp/err")"
"$bin" list "$tmp/furniture.jsonl" --verbose >/dev/null 2>"$tmp/err"
[ "$(grep -c . "$tmp/err")" = 5 ] && pass "--verbose lists every skipped record" || fail "--verbose list"
# kabar analyze: one line per article, the same for a record whether read from a file or from standard input.
"$bin" analyze ../shared/corpus/real/articles.jsonl > "$tmp/an-file.jsonl" 2>/dev/null; check "analyze a JSONL file" 0 $?
cat ../shared/corpus/real/articles.jsonl | "$bin" analyze - > "$tmp/an-stdin.jsonl" 2>/dev/null; check "analyze standard input" 0 $?
python3 - "$tmp/an-file.jsonl" "$tmp/an-stdin.jsonl" <<'PY' && pass "analyze: a line per article with claims, mentions and features; standard input gives the same lines (path -)" || fail "analyze lines"
import json, sys
a = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
b = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(a) == 246 == len(b), (len(a), len(b))
for x in a:
    assert {"id", "outlet", "title", "body", "blocks", "quantities", "claims", "mentions", "features"} <= set(x), sorted(x)
    assert all(len(h) == 16 and int(h, 16) >= 0 for h, _ in x["features"]["shingles"])
    x["path"] = "-"
assert a == b
assert sum(len(x["claims"]) for x in a) > 500 and sum(len(x["mentions"]) for x in a) > 1000
PY
# kabar fetch against the tests' own server on 127.0.0.1 (Tests/fetch-server.py), stopped at the end.
mkdir -p "$tmp/site"
cp Tests/KabarCoreTests/Fixtures/english/*.txt "$tmp/site/" 2>/dev/null || true
printf '<html><head><title>Pelabuhan Ditutup</title><meta property="og:type" content="article"></head><body><article><h1>Pelabuhan Ditutup</h1><p>Syahbandar Tanjung Lombar menutup pelabuhan sejak Kamis pagi karena angin barat yang membawa gelombang tinggi.</p><p>Menurut Kepala Syahbandar Hendra Saputra, gelombang mencapai empat meter di perairan selatan sampai Sabtu.</p></article></body></html>' > "$tmp/site/pelabuhan.html"
python3 -u Tests/fetch-server.py "$tmp/site" > "$tmp/port" 2>/dev/null &
server=$!
for i in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
printf '# desk links\nhttp://127.0.0.1:%s/page/pelabuhan.html\nftp://127.0.0.1/x\nhttp://127.0.0.1:%s/status/404\n' "$port" "$port" > "$tmp/urls"
"$bin" fetch --from "$tmp/urls" --into "$tmp/lib" > "$tmp/out" 2>"$tmp/err"; check "fetch with failures exits 1" 1 $?
grep -q "1 page saved, 0 already in the library, 1 failed, 1 address not fetched" "$tmp/out" && pass "fetch prints a summary" || fail "fetch summary: $(cat "$tmp/out")"
grep -q "urls: line 3: ftp: addresses are not fetched" "$tmp/err" && grep -q "status/404: HTTP 404" "$tmp/err" && pass "fetch names each failed address and why" || fail "fetch messages: $(cat "$tmp/err")"
"$bin" list "$tmp/lib" --format json 2>/dev/null | python3 -c '
import json, sys
a = json.load(sys.stdin)["articles"]
assert len(a) == 1 and a[0]["title"] == "Pelabuhan Ditutup" and a[0]["url"].endswith("/page/pelabuhan.html"), a' && pass "kabar DIR reads the fetched library with each page's address" || fail "fetched library"
"$bin" fetch "http://127.0.0.1:$port/slow" --into "$tmp/lib2" >/dev/null 2>&1 &
fetching=$!
sleep 2; kill -9 $fetching 2>/dev/null; wait $fetching 2>/dev/null
[ -z "$(find "$tmp/lib2" -type f 2>/dev/null)" ] && pass "a killed fetch leaves no half page and no record" || fail "killed fetch left: $(find "$tmp/lib2" -type f)"
cat > "$tmp/site/feed.xml" <<XML
<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Lombar</title>
<item><title>Pelabuhan Ditutup</title><link>http://127.0.0.1:$port/page/pelabuhan.html</link>
<description>Syahbandar menutup pelabuhan sejak Kamis pagi, kata Kepala Syahbandar Hendra Saputra.</description></item>
</channel></rss>
XML
"$bin" fetch --feed "http://127.0.0.1:$port/page/feed.xml" --into "$tmp/lib3" >/dev/null 2>&1; check "fetch --feed" 0 $?
"$bin" list "$tmp/lib3" --format json 2>/dev/null | python3 -c '
import json, sys
a = json.load(sys.stdin)["articles"]
assert len(a) == 1 and a[0]["outlet"] == "Kabar Lombar" and a[0]["words"] < 20, a' && pass "a fetched feed reads as its items" || fail "fetched feed"
"$bin" fetch --feed "http://127.0.0.1:$port/page/feed.xml" --full-text --into "$tmp/lib4" >/dev/null 2>&1; check "fetch --feed --full-text" 0 $?
[ "$(find "$tmp/lib4" -name '*.html' | wc -l)" = 1 ] && [ -z "$(find "$tmp/lib4" -name '*.xml')" ] && pass "--full-text keeps each item's page, not the teaser feed" || fail "--full-text: $(find "$tmp/lib4" -type f)"
"$bin" fetch --feed "http://127.0.0.1:$port/page/pelabuhan.html" --into "$tmp/lib5" >/dev/null 2>"$tmp/err"; check "a page given as --feed fails" 1 $?
grep -q "not an RSS or Atom feed" "$tmp/err" && pass "a page given as --feed says it is no feed" || fail "--feed on a page: $(cat "$tmp/err")"
# A web address given as a path is fetched into the library and read from there: a feed as its
# items, a page as its article; offline, the copy saved before is read.
XDG_DATA_HOME="$tmp/web" "$bin" list "http://127.0.0.1:$port/page/feed.xml" --format json 2>"$tmp/err" | python3 -c '
import json, sys
a = json.load(sys.stdin)["articles"]
assert len(a) == 1 and a[0]["outlet"] == "Kabar Lombar", a' && pass "kabar FEED_URL reads the feed's items" || fail "kabar FEED_URL: $(cat "$tmp/err")"
XDG_DATA_HOME="$tmp/web" "$bin" list "http://127.0.0.1:$port/page/pelabuhan.html" --format json 2>/dev/null | python3 -c '
import json, sys
a = json.load(sys.stdin)["articles"]
assert len(a) == 1 and a[0]["title"] == "Pelabuhan Ditutup" and a[0]["url"].endswith("/page/pelabuhan.html"), a' && pass "kabar PAGE_URL reads the page with its address" || fail "kabar PAGE_URL"
[ -n "$(find "$tmp/web/kabar/library/127.0.0.1" -name 'feed-*.xml')" ] && pass "the fetched feed is kept in the library" || fail "no feed in $tmp/web/kabar/library"
XDG_DATA_HOME="$tmp/web" "$bin" list "http://127.0.0.1:$port/status/404" >"$tmp/out" 2>"$tmp/err"; check "an address that cannot be fetched exits 1" 1 $?
grep -q "status/404: could not be fetched: HTTP 404" "$tmp/err" && ! grep -q "Lintas Kawi" "$tmp/out" && pass "it says why, and does not open the demo instead" || fail "unfetchable address: $(cat "$tmp/err") $(head -2 "$tmp/out")"
kill $server 2>/dev/null; wait $server 2>/dev/null
XDG_DATA_HOME="$tmp/web" "$bin" list "http://127.0.0.1:$port/page/feed.xml" 2>"$tmp/err" | grep -q "Pelabuhan Ditutup" && pass "offline, kabar FEED_URL reads the copy saved before" || fail "offline feed: $(cat "$tmp/err")"
echo "cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
