#!/usr/bin/env bash
# The bad-input matrix: each hostile or careless input through six subcommands. Every run must end
# (no hang: 60 s each), exit 0 or 1 (never a crash), name the input on standard error when it
# cannot be read, and print no control character. With --markdown, prints the table of docs/reliability.md.
# usage: Tests/bad-input-matrix.sh KABAR-BINARY [--markdown]
set -uo pipefail
bin=$1; markdown=${2:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
art=$'Polisi Tangkap Pelaku Pencurian di Bekasi\n\nJakarta - Kepala Kepolisian Daerah Metro Jaya Budi Santoso mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\n\n"Kami masih memburu dua rekannya," kata Budi.\n'
mk() { mkdir -p "$tmp/$1"; }
# name @@ how it is made @@ what stderr must say ("" when the input is read as an article)
inputs=(
  "empty@@: > \$d/empty.txt@@empty file"
  "binary (PNG)@@printf '\\x89PNG\\r\\n\\x1a\\n' > \$d/pic.txt; head -c 4000 /dev/urandom >> \$d/pic.txt@@binary data"
  "mostly NUL@@head -c 4000 /dev/zero > \$d/zeros.txt@@binary data"
  "one NUL byte@@{ printf '%s' \"\$art\" | head -c 80; printf '\\0'; printf '%s' \"\$art\" | tail -c +81; } > \$d/nul.txt@@NUL byte removed"
  "invalid UTF-8@@{ printf '%s' \"\$art\"; printf 'Caf\\xe9 \\xff\\xfe kata dia.\\n'; } > \$d/latin.txt@@"
  "UTF-16 LE with BOM@@printf '%s' \"\$art\" | iconv -f UTF-8 -t UTF-16 > \$d/u16.txt@@"
  "UTF-16 BE with BOM@@{ printf '\\xfe\\xff'; printf '%s' \"\$art\" | iconv -f UTF-8 -t UTF-16BE; } > \$d/u16be.txt@@"
  "17 MB text@@head -c 17825792 /dev/zero | tr '\\0' a > \$d/huge.txt@@file too large"
  "4 MB single line@@python3 -c 'print(\"kata \" * 838861, end=\"\")' > \$d/line.txt@@single line"
  "1 MB glued run@@python3 -c 'print(\"Judul\\n\\nBudi mengatakan \" + \"abcD\" * 262144 + \" selesai.\")' > \$d/glued.txt@@"
  "60,000 short lines@@python3 -c 'print(\"Judul\\n\\nBudi mengatakan\\n\" + \"Kata Benda\\n\" * 60000 + \"selesai.\")' > \$d/short.txt@@"
  "broken JSON@@printf '{\"title\": \"x\", \"text\": ' > \$d/bad.json@@not valid JSON"
  "JSON not a record@@printf '[1, 2, 3]' > \$d/nums.json@@no article records"
  "broken JSONL line@@{ printf '{not json\\n'; printf '{\"id\":\"ok\",\"title\":\"Polisi Tangkap Pelaku\",\"text\":\"Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\"}\\n'; } > \$d/mix.jsonl@@not valid JSON"
  "truncated .gz@@printf '%s' \"\$art\" | gzip | head -c 30 > \$d/cut.txt.gz@@cannot decompress"
  "gzip of zeros@@head -c 67108864 /dev/zero | gzip -1 > \$d/zeros.txt.gz@@binary data"
  "deep HTML nesting@@{ printf '<html><body><article><h1>Judul Berita</h1>'; for i in \$(seq 20000); do printf '<div>'; done; printf '<p>Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi.</p></body></html>'; } > \$d/deep.html@@"
  "control sequences in a name@@printf '%s' \"\$art\" > \"\$d/\$(printf 'a\\033[2Jb\\033]0;x\\007c\\nFAKE.txt')\"@@"
  "name not UTF-8@@printf '%s' \"\$art\" > \"\$d/\$(printf 'bad\\xff.txt')\"@@not valid UTF-8"
  "symbolic link loop@@printf '%s' \"\$art\" > \$d/ok.txt; ln -s . \$d/loop@@symbolic link loop"
  "named pipe in a folder@@printf '%s' \"\$art\" > \$d/ok.txt; mkfifo \$d/pipe.txt@@named pipe"
  "RSS feed@@printf '<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Berita</title><item><title>A</title><link>http://x/a</link></item></channel></rss>' > \$d/feed.html@@not an article"
)
commands=("list" "show" "claims" "xref" "entities --no-cache" "search Budi --no-cache")
failures=0; rows=()
for entry in "${inputs[@]}"; do
  name=${entry%%@@*}; rest=${entry#*@@}; make=${rest%@@*}; expect=${rest##*@@}
  d="$tmp/in-$RANDOM$RANDOM"; mkdir -p "$d"
  eval "$make" > /dev/null 2>&1
  cells=()
  for cmd in "${commands[@]}"; do
    # shellcheck disable=SC2086
    timeout 60 "$bin" $cmd "$d" > "$tmp/out" 2> "$tmp/err"; code=$?
    verdict="exit $code"
    if [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then verdict="CRASH/HANG $code"; failures=$((failures + 1)); fi
    if [ -n "$expect" ] && ! grep -q -- "$expect" "$tmp/err"; then verdict="$verdict, NO MESSAGE"; failures=$((failures + 1)); fi
    if python3 -c 'import sys
d=open(sys.argv[1],"rb").read().decode("utf-8","replace")+open(sys.argv[2],"rb").read().decode("utf-8","replace")
sys.exit(0 if any((ord(c)<32 and c!="\n") or 0x7f<=ord(c)<=0x9f or 0x202a<=ord(c)<=0x202e for c in d) else 1)' "$tmp/out" "$tmp/err"; then
      verdict="$verdict, CONTROL CHARACTER"; failures=$((failures + 1))
    fi
    cells+=("$verdict")
  done
  rows+=("| $name | ${expect:-read} | $(IFS='|'; echo "${cells[*]}" | sed 's/|/ | /g') |")
  rm -rf "$d"
done
if [ "$markdown" = --markdown ]; then
  echo "| input | message on stderr | list | show | claims | xref | entities | search |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
else
  printf '%s\n' "${rows[@]}"
fi
echo "bad-input matrix: ${#inputs[@]} inputs x ${#commands[@]} commands, $failures failures"
[ "$failures" -eq 0 ]
