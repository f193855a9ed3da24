#!/usr/bin/env bash
# End-to-end check of the reader as a person uses it: the real binary in tmux on the seeds,
# keys sent, and the screen read back with capture-pane at each step (a resize in the middle).
set -uo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "tui-e2e: tmux is not installed (apt-get install tmux)"; exit 1; }
swift build -q 2>/dev/null || swift build
bin=$(swift build --show-bin-path)/kabar
seeds=../shared/seeds
# Like the unit tests: without ../shared beside the package, skip with a reason; under CI, fail.
if [ ! -d "$seeds" ]; then
  echo "tui-e2e: $seeds is missing (clone kabar next to the shared folder)"
  [ -n "${CI:-}" ] && exit 1
  echo "tui-e2e: skipped"; exit 0
fi
session="kabar-e2e-$$"
socket="kabar-e2e-$$"
passes=0; failures=0
t() { tmux -L "$socket" "$@"; }
screen() { t capture-pane -p -t "${target:-$session}"; }
expect() { # description, text that must be on screen
  local i
  for i in $(seq 1 30); do
    if screen | grep -qF -- "$2"; then echo "ok: $1"; passes=$((passes + 1)); return; fi
    sleep 0.2
  done
  echo "FAIL: $1 (no \"$2\" on screen)"; screen | sed 's/^/    | /'; failures=$((failures + 1))
}
# The reader keeps its index in a cache folder of this run only.
cache=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$cache"' EXIT
# One idle session for the whole run: when a check kills the last session, tmux's server exits, and a
# new session started in that moment fails ("server exited unexpectedly"; seen in fresh-clone CI).
t new-session -d -s keeper "sleep 86400"
t new-session -d -s "$session" -x 100 -y 30 "TERM=xterm-256color XDG_CACHE_HOME=$cache $bin $seeds"
expect "library lists the seeds" "kabar — 5 articles"
expect "library shows an outlet" "Liputan6"
t send-keys -t "$session" Enter
expect "reader opens the first article" "Makin Kisruh, Korea Utara"
expect "reader counts the claims" "claims"
t send-keys -t "$session" "]"
expect "next claim is described" "claim 1/"
t send-keys -t "$session" "]"
expect "and the one after" "claim 2/"
t send-keys -t "$session" Enter
expect "Enter shows the claim in full" "Speaker"
expect "with the other outlets carrying it, or none" "other article"
t send-keys -t "$session" q
expect "q goes back to the reader at the claim" "claim 2/"
# / searches the article's text: hits counted as they are typed, n to the next, Esc clears.
t send-keys -t "$session" / s u k a r e l a w a n
expect "/ in the reader finds the words as they are typed" "found · Enter done"
t send-keys -t "$session" Enter
expect "Enter keeps the search and the status bar counts the hits" "“sukarelawan” 1/"
t send-keys -t "$session" n
expect "n moves to the next hit" "“sukarelawan” 2/"
t send-keys -t "$session" Escape
expect "Esc clears the search and stays in the reader" "search cleared"
# Home and End as terminals send them without terminfo entries (ESC [ 1 ~, ESC [ 4 ~), and a sequence
# kabar has no use for (ESC [ 9 9 ~): none of them is Escape, the reader stays open.
t send-keys -t "$session" -H 1b 5b 31 7e
sleep 0.3
expect "ESC [ 1 ~ (Home) keeps the reader" "claim 2/"
t send-keys -t "$session" -H 1b 5b 34 7e
sleep 0.3
expect "ESC [ 4 ~ (End) keeps the reader" "claim 2/"
t send-keys -t "$session" -H 1b 5b 39 39 7e
sleep 0.3
expect "an unknown escape sequence is ignored" "claim 2/"
t resize-window -t "$session" -x 60 -y 20
expect "resize keeps the reader" "claim 2/"
t resize-window -t "$session" -x 30 -y 8
expect "a tiny terminal shows a notice" "Terminal too small"
t resize-window -t "$session" -x 100 -y 30
expect "back to full size" "Liputan6"
t send-keys -t "$session" "?"
expect "help lists the keys" "next or previous claim"
t send-keys -t "$session" q q
expect "back in the library" "kabar — 5 articles"
t send-keys -t "$session" z
expect "an unknown key says so" "'z' does nothing here"
t send-keys -t "$session" / K o m p Enter
expect "/ filters the library" "matching “Komp”"
t send-keys -t "$session" / x Escape
expect "Esc in the filter puts back what Enter kept" "matching “Komp”"
t send-keys -t "$session" / BSpace BSpace BSpace BSpace k o r o t c h e n k o Enter
expect "/ finds words in the articles' text, not only titles" "4 articles matching “korotchenko”"
t send-keys -t "$session" Escape
expect "Esc clears the filter" "kabar — 5 articles"
# A real mouse click as xterm-256color sends it (SGR encoding, ESC [ < button ; column ; row, M on
# the press and m on the release), on the second row: the first click selects it, only the second opens it.
click() { t send-keys -t "$session" -H 1b 5b 3c 30 3b 31 31 3b 33 4d; sleep 0.1; t send-keys -t "$session" -H 1b 5b 3c 30 3b 31 31 3b 33 6d; sleep 0.5; }
click
if screen | grep -qF "] [ claims"; then echo "FAIL: one click opened the article"; failures=$((failures + 1)); screen | sed 's/^/    | /'
else echo "ok: one click selects and does not open"; passes=$((passes + 1)); fi
click
expect "a second click on the selected row opens it" "] [ claims"
t send-keys -t "$session" q
expect "back in the library after the click" "kabar — 5 articles"
t send-keys -t "$session" g
t send-keys -t "$session" D
expect "D shows the desk: the seeds' troop numbers in one key" "troops · 4 values · outlets disagree"
expect "the desk names who gave a number" "said by Volodymyr Zelensky"
t send-keys -t "$session" q
expect "q leaves the desk" "kabar — 5 articles"
t send-keys -t "$session" O
expect "O compares the selected article's outlet with the next one's" "kabar — Liputan6 (1) and VIVA (1)"
expect "O lists the story both covered" "1 story both covered"
t send-keys -t "$session" Enter
expect "Enter on a story shows its two articles side by side" "kabar — compare"
t send-keys -t "$session" q q
expect "q q leaves the outlets screen" "kabar — 5 articles"
t send-keys -t "$session" m j j m c
expect "marked articles open in columns" "2 articles side by side"
t send-keys -t "$session" a
expect "a switches to scrolling one column" "scrolling one"
t send-keys -t "$session" q
expect "q leaves the columns" "kabar — 5 articles"
# The marks are Liputan6 and Kompas: d compares them; both carry the "100.000 sukarelawan" quote.
t send-keys -t "$session" d
expect "d opens the compare screen" "kabar — compare"
expect "compare heads each side with its outlet" "Kompas · 2022-08-08"
t send-keys -t "$session" n
expect "n jumps to the next difference" "difference 2 of"
expect "compare sums up the differing dates above the text" "dates"
t send-keys -t "$session" w
expect "w marks every differing word" "every differing word marked"
t resize-window -t "$session" -x 70 -y 20
expect "compare survives a resize" "difference"
t resize-window -t "$session" -x 100 -y 30
t send-keys -t "$session" q
expect "q leaves the compare screen" "kabar — 5 articles"
t send-keys -t "$session" e
expect "e opens the entity list" "entities"
t send-keys -t "$session" k o r u t
expect "typing Korut finds Korea Utara" "Korea Utara"
t send-keys -t "$session" Enter
expect "Enter shows what it is written as" "written as:"
t send-keys -t "$session" Enter
expect "Enter reads the first claim or mention there" "claim"
t send-keys -t "$session" q q Escape Escape
expect "back in the library from the entities" "kabar — 5 articles"
t send-keys -t "$session" t
expect "t groups the articles into stories" "told by several articles"
t send-keys -t "$session" Enter
expect "Enter lists the story's articles" "in the story"
t send-keys -t "$session" q q
expect "q q comes back to the library" "kabar — 5 articles"
t send-keys -t "$session" Q
sleep 0.5
for i in $(seq 1 50); do t has-session -t "$session" 2>/dev/null || break; sleep 0.2; done
if t has-session -t "$session" 2>/dev/null; then echo "FAIL: Q did not quit"; failures=$((failures + 1)); else echo "ok: Q quits"; passes=$((passes + 1)); fi
if ls "$cache"/kabar/index-*.sqlite >/dev/null 2>&1; then echo "ok: the first opening left an index"; passes=$((passes + 1))
else echo "FAIL: no index in $cache/kabar after the first opening"; failures=$((failures + 1)); fi
# Second opening: from the warm index, the same library, claims and same-claim alignment.
t new-session -d -s "$session" -x 100 -y 30 "TERM=xterm-256color XDG_CACHE_HOME=$cache $bin $seeds"
expect "the warm index opens the same library" "kabar — 5 articles"
expect "with Repelita's headline warning" "29 ⚠ 50.000 Pasukan Korut"
t send-keys -t "$session" Enter "]" "]"
expect "its reader has the claims" "claim 2/20"
t send-keys -t "$session" q m j j m d
expect "compare aligns on the claims the index kept" "difference"
t send-keys -t "$session" Q
# A crash (SIGSEGV, SIGABRT) leaves the terminal usable: the alternate screen left, echo and
# canonical mode back; SIGTERM restores it too and exits 143.
signal_check() { # signal, expected exit status
  local sig=$1 rc=$2 shell kabar i
  t new-session -d -s sig -x 80 -y 24 "bash --norc --noprofile"
  t send-keys -t sig "SWIFT_BACKTRACE=enable=no TERM=xterm-256color XDG_CACHE_HOME=$cache $bin 2>/dev/null; echo rc=\$?; stty -a | tr ' ' '\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\n' ' '; echo" Enter
  for i in $(seq 1 50); do screen_of sig | grep -qF "kabar — " && break; sleep 0.2; done
  shell=$(t list-panes -t sig -F '#{pane_pid}'); kabar=$(pgrep -P "$shell" | head -1)
  kill -"$sig" "$kabar"
  for i in $(seq 1 100); do screen_of sig | grep -q "^rc=" && break; sleep 0.2; done
  sleep 0.3
  if screen_of sig | grep -q "^rc=$rc" && screen_of sig | grep -qE "^(icanon echo|echo icanon)" && [ "$(t display -p -t sig '#{alternate_on}')" = 0 ]; then
    echo "ok: SIG$sig restores the terminal (exit $rc, echo and icanon on, alternate screen off)"; passes=$((passes + 1))
  else
    echo "FAIL: SIG$sig left the terminal broken"; screen_of sig | sed 's/^/    | /'; failures=$((failures + 1))
  fi
  t kill-session -t sig
}
screen_of() { t capture-pane -p -t "$1"; }
signal_check SEGV 139
signal_check ABRT 134
signal_check TERM 143
# NO_COLOR gives monochrome unless a theme is asked for by name.
colour_check() { # description, expected: colour | none, extra arguments
  local want=$2 count
  shift 2
  t new-session -d -s col -x 80 -y 24 "TERM=xterm-256color NO_COLOR=1 XDG_CACHE_HOME=$cache $bin $*"
  for i in $(seq 1 50); do t capture-pane -p -t col | grep -qF "kabar — " && break; sleep 0.2; done
  # The first frame may reach the pane before its colours do on a loaded machine: read it again
  # for a while when colour is expected, and let it settle when none is.
  sleep 0.3
  for i in $(seq 1 25); do
    count=$(t capture-pane -p -e -t col | grep -c "38;5" || true)
    { [ "$want" = none ] || [ "$count" -gt 0 ]; } && break
    sleep 0.2
  done
  if { [ "$want" = colour ] && [ "$count" -gt 0 ]; } || { [ "$want" = none ] && [ "$count" -eq 0 ]; }; then
    echo "ok: NO_COLOR $want ${*:-(no --theme)}"; passes=$((passes + 1))
  else
    echo "FAIL: NO_COLOR with ${*:-no --theme} should give $want ($count coloured lines)"; failures=$((failures + 1))
  fi
  t kill-session -t col
}
# A terminal that cannot place the cursor gets the library as text, with a note why, never a garbled
# screen: TERM=dumb (an Emacs shell buffer), and a TERM this machine has no terminfo entry for (where
# ncurses would stop with an error). Arguments: description, TERM, the note's words.
term_check() {
  t new-session -d -s term -x 100 -y 30 "TERM=$2 XDG_CACHE_HOME=$cache $bin $seeds; sleep 10"
  for i in $(seq 1 50); do t capture-pane -p -t term | grep -qF "Liputan6" && break; sleep 0.2; done
  if t capture-pane -p -t term | grep -qF -- "$3" && t capture-pane -p -t term | grep -qF "Liputan6"; then
    echo "ok: $1"; passes=$((passes + 1))
  else
    echo "FAIL: $1"; t capture-pane -p -t term | sed 's/^/    | /'; failures=$((failures + 1))
  fi
  t kill-session -t term
}
term_check "TERM=dumb lists the articles as text, saying why" dumb "listing the articles"
term_check "an unknown TERM lists the articles as text, saying why" no-such-terminal 'TERM "no-such-terminal" cannot place the cursor here'
colour_check "monochrome" none
colour_check "an explicit theme wins" colour --theme dark
# session_check: a session of its own running a command, keys sent once it shows text, then every
# expected text on screen. Arguments: description, command, text to wait for, keys ("" for none), expected texts...
session_check() {
  local desc=$1 cmd=$2 ready=$3 keys=$4 i ok=1
  shift 4
  t new-session -d -s check -x 100 -y 30 "$cmd"
  for i in $(seq 1 50); do t capture-pane -p -t check | grep -qF -- "$ready" && break; sleep 0.2; done
  # shellcheck disable=SC2086
  [ -n "$keys" ] && t send-keys -t check $keys
  for want in "$@"; do
    for i in $(seq 1 25); do t capture-pane -p -t check | grep -qF -- "$want" && break; sleep 0.2; done
    t capture-pane -p -t check | grep -qF -- "$want" || ok=0
  done
  if [ "$ok" = 1 ]; then echo "ok: $desc"; passes=$((passes + 1))
  else echo "FAIL: $desc"; t capture-pane -p -t check | head -8 | sed 's/^/    | /'; failures=$((failures + 1)); fi
  t kill-session -t check
}
# The reader's entity screen uses the alias file as `kabar entities` does.
printf '[org]\nBadan SAR Nasional = Basarnas\n' > "$cache/aliases.txt"
session_check "the reader's entities follow --aliases" "TERM=xterm-256color XDG_CACHE_HOME=$cache $bin --aliases $cache/aliases.txt" \
  "kabar — " "e b a s a r" "Badan SAR Nasional"
# o with neither $BROWSER nor xdg-open says so in the status bar.
session_check "o with no \$BROWSER and no xdg-open says so" "env -u BROWSER PATH=/nonexistent TERM=xterm-256color XDG_CACHE_HOME=$cache $bin" \
  "kabar — " "/ K N K T Space M u l a i Enter Enter o" "no \$BROWSER and no xdg-open to open https://pelita.example"
# ! lists the inputs that could not be read, each with why.
mkdir -p "$cache/inputs"
printf 'Polisi Tangkap Pelaku Pencurian\n\nJakarta - Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\n' > "$cache/inputs/good.txt"
: > "$cache/inputs/empty.txt"
session_check "! lists the skipped input and why" "TERM=xterm-256color XDG_CACHE_HOME=$cache $bin $cache/inputs" \
  "skipped" "!" "1 input skipped" "empty.txt: empty file"
# With no locale set (LANG unset, as under some cron jobs and containers) the characters still show.
session_check "LANG unset: — and ⚠ still show" "env -u LANG -u LC_ALL -u LC_CTYPE TERM=xterm-256color XDG_CACHE_HOME=$cache $bin $seeds" \
  "articles" "" "kabar — 5 articles" "29 ⚠ 50.000"
# v sets the selected claim's verdict in the ledger ($XDG_DATA_HOME/kabar, not the cache): it is
# there after a kill -9 of the reader, in the reader and in `kabar ledger list`.
data="$cache/data"
t new-session -d -s verdict -x 100 -y 30 "TERM=xterm-256color XDG_DATA_HOME=$data XDG_CACHE_HOME=$cache $bin"
for i in $(seq 1 50); do t capture-pane -p -t verdict | grep -qF "kabar — " && break; sleep 0.2; done
t send-keys -t verdict Enter "]" v
for i in $(seq 1 25); do t capture-pane -p -t verdict | grep -qF "verdict: Benar" && break; sleep 0.2; done
if t capture-pane -p -t verdict | grep -qF "verdict: Benar"; then echo "ok: v sets a verdict"; passes=$((passes + 1))
else echo "FAIL: v sets a verdict"; t capture-pane -p -t verdict | tail -3 | sed 's/^/    | /'; failures=$((failures + 1)); fi
pane=$(t display -p -t verdict '#{pane_pid}')
pkill -9 -P "$pane" 2>/dev/null; kill -9 "$pane" 2>/dev/null
t kill-session -t verdict 2>/dev/null
session_check "the verdict survives a kill -9 and shows on its claim" "TERM=xterm-256color XDG_DATA_HOME=$data XDG_CACHE_HOME=$cache $bin" \
  "kabar — " "Enter ]" "⚖ Benar"
session_check "L lists the ledger's verdicts" "TERM=xterm-256color XDG_DATA_HOME=$data XDG_CACHE_HOME=$cache $bin" \
  "kabar — " "L" "ledger: 1 verdict" "Badan SAR Nasional"
session_check "Enter on a verdict reads its claim" "TERM=xterm-256color XDG_DATA_HOME=$data XDG_CACHE_HOME=$cache $bin" \
  "kabar — " "L Enter" "⚖ Benar"
if XDG_DATA_HOME=$data "$bin" ledger list | grep -qF "Benar · Badan SAR Nasional"; then echo "ok: kabar ledger list shows it"; passes=$((passes + 1))
else echo "FAIL: kabar ledger list"; XDG_DATA_HOME=$data "$bin" ledger list | sed 's/^/    | /'; failures=$((failures + 1)); fi
# On the seeds: a verdict set in Kompas survives quitting and a reopening with --no-cache (the ledger
# is the user's, not the cache's), and the same claim in VIVA says where it was checked.
seeddata="$cache/seeddata"
t new-session -d -s sv -x 100 -y 30 "TERM=xterm-256color XDG_DATA_HOME=$seeddata XDG_CACHE_HOME=$cache $bin $seeds"
for i in $(seq 1 50); do t capture-pane -p -t sv | grep -qF "kabar — " && break; sleep 0.2; done
t send-keys -t sv Down Down Enter
for i in $(seq 1 25); do t capture-pane -p -t sv | grep -qF "siap mengirim 100.000" && break; sleep 0.2; done
t send-keys -t sv "]" v
for i in $(seq 1 25); do t capture-pane -p -t sv | grep -qF "verdict: Benar" && break; sleep 0.2; done
claimline=$(t capture-pane -p -t sv | tail -1)
t send-keys -t sv q q
for i in $(seq 1 25); do t has-session -t sv 2>/dev/null || break; t capture-pane -p -t sv | grep -qF "kabar — " || break; sleep 0.2; done
t kill-session -t sv 2>/dev/null
if echo "$claimline" | grep -qF "verdict: Benar"; then echo "ok: seeds: v sets a verdict on Kompas's claim"; passes=$((passes + 1))
else echo "FAIL: seeds: no verdict set ($claimline)"; failures=$((failures + 1)); fi
session_check "seeds: the verdict survives quitting and --no-cache" "TERM=xterm-256color XDG_DATA_HOME=$seeddata XDG_CACHE_HOME=$cache $bin --no-cache $seeds" \
  "kabar — " "Down Down Enter ]" "⚖ Benar"
target=sv
t new-session -d -s sv -x 100 -y 30 "TERM=xterm-256color XDG_DATA_HOME=$seeddata XDG_CACHE_HOME=$cache $bin $seeds"
expect "seeds: the library again" "kabar — 5 articles"
t send-keys -t sv Down Enter
expect "seeds: VIVA opens" "Korut Tawarkan 100 Ribu Tentaranya"
t send-keys -t sv C
expect "seeds: the same claim as VIVA printed it says it was checked in Kompas" "⚖ checked in Kompas: Benar"
t kill-session -t sv
unset target
if XDG_DATA_HOME=$seeddata "$bin" ledger list "$seeds" 2>/dev/null | grep -q "Benar"; then echo "ok: seeds: kabar ledger list has the verdict"; passes=$((passes + 1))
else echo "FAIL: seeds: kabar ledger list"; failures=$((failures + 1)); fi
# The light theme paints its own background (a light screen on a dark terminal); dark keeps the terminal's.
for theme in light dark; do
  t new-session -d -s bg -x 80 -y 24 "TERM=xterm-256color XDG_CACHE_HOME=$cache $bin --theme $theme"
  for i in $(seq 1 50); do t capture-pane -p -t bg | grep -qF "kabar — " && break; sleep 0.2; done
  sleep 0.3
  painted=$(t capture-pane -p -e -t bg | grep -c "48;5;" || true)
  if { [ "$theme" = light ] && [ "$painted" -ge 1 ]; } || { [ "$theme" = dark ] && [ "$painted" -eq 0 ]; }; then
    echo "ok: --theme $theme: $painted lines on the theme's own background"; passes=$((passes + 1))
  else
    echo "FAIL: --theme $theme painted $painted lines"; failures=$((failures + 1))
  fi
  t kill-session -t bg
done
# o opens the article's address with $BROWSER (here a script noting what it was given); y copies the
# selected claim through OSC 52, which tmux with set-clipboard on keeps as a paste buffer.
browser="$cache/browser.sh"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" > "%s/opened"\n' "$cache" > "$browser"; chmod +x "$browser"
t new-session -d -s open -x 100 -y 30 "TERM=xterm-256color BROWSER=$browser XDG_CACHE_HOME=$cache $bin"
t set-option -g set-clipboard on
session=open
expect "the demo library" "kabar — "
t send-keys -t open / K N K T Space M u l a i Enter Enter
expect "the Pelita report opens" "KNKT"
t send-keys -t open o
expect "o says it opens the address" "opening https://pelita.example/berita/feri-bahari-nusa-investigasi"
for i in $(seq 1 25); do [ -s "$cache/opened" ] && break; sleep 0.2; done
if [ "$(cat "$cache/opened" 2>/dev/null)" = "https://pelita.example/berita/feri-bahari-nusa-investigasi" ]; then
  echo "ok: o hands the address to \$BROWSER"; passes=$((passes + 1))
else
  echo "FAIL: \$BROWSER was not given the address (got: $(cat "$cache/opened" 2>/dev/null))"; failures=$((failures + 1))
fi
t send-keys -t open "]" y
expect "y says the claim was copied" "copied as a citation"
for i in $(seq 1 25); do t show-buffer 2>/dev/null | grep -qF "Kantor Berita Pelita" && break; sleep 0.2; done
if t show-buffer 2>/dev/null | grep -qF "Kantor Berita Pelita, 2026-03-14" && t show-buffer | grep -qF "https://pelita.example/"; then
  echo "ok: y puts the claim, its outlet, date and address on the clipboard"; passes=$((passes + 1))
else
  echo "FAIL: no citation in tmux's buffer (got: $(t show-buffer 2>/dev/null | head -c 200))"; failures=$((failures + 1))
fi
t kill-session -t open
# At 50x15: cut text says so with "…", the desk comes in one key (a spinner, then the troops),
# Home and End jump in the reader, and going back keeps the library's place, filter and marks.
target=small
t new-session -d -s small -x 50 -y 15 "TERM=xterm-256color XDG_CACHE_HOME=$cache $bin $seeds"
expect "50x15: the library opens" "kabar — 5 articles"
expect "50x15: the cut status bar ends in …" "c co…"
t send-keys -t small D
expect "50x15: D opens the desk with the troop numbers" "troops · 4 values"
t send-keys -t small q Down Down m Enter
expect "50x15: the third seed opens" "siap mengirim 100.000"
t send-keys -t small End
expect "50x15: End goes to the article's end" "100%"
t send-keys -t small Home
expect "50x15: Home goes back to its top" "siap mengirim 100.000"
t send-keys -t small q
expect "50x15: back in the library, the mark kept" "1 Kompas"
t send-keys -t small Enter
expect "50x15: Enter opens the same article: the cursor was kept" "siap mengirim 100.000"
t send-keys -t small q / K o m p Enter Enter q
expect "50x15: the filter is kept through a reader" "matching “Komp”"
t kill-session -t small
unset target
# A first opening of a larger collection indexes it behind the screen, the status bar counting how far.
if [ -f ../shared/corpus/bench/articles.jsonl.gz ]; then
  zcat ../shared/corpus/bench/articles.jsonl.gz | head -3000 > "$cache/bench3k.jsonl"
  t new-session -d -s cold -x 100 -y 30 "TERM=xterm-256color XDG_CACHE_HOME=$cache/cold $bin --quiet $cache/bench3k.jsonl"
  seen=""
  for i in $(seq 1 600); do
    seen=$(t capture-pane -p -t cold | tail -1 | grep -oE "indexing [0-9]+% · [0-9.]+ MB/s( · [0-9]+ s left)?" | head -1)
    [ -n "$seen" ] && break
    sleep 0.1
  done
  if [ -n "$seen" ]; then echo "ok: the background index is counted in the status bar ($seen)"; passes=$((passes + 1))
  else echo "FAIL: no progress of the background index in the status bar"; t capture-pane -p -t cold | tail -2 | sed 's/^/    | /'; failures=$((failures + 1)); fi
  t kill-session -t cold
  # SIGTERM while quitting waits for "saving the index": kabar ends within a second, and the cache it
  # leaves opens again (SQLite commits whole batches; what was not committed is indexed again).
  t new-session -d -s save -x 100 -y 30 "TERM=xterm-256color XDG_CACHE_HOME=$cache/save $bin $cache/bench3k.jsonl; echo exited-\$?; sleep 30"
  for i in $(seq 1 100); do t capture-pane -p -t save | grep -qF "kabar — " && break; sleep 0.1; done
  t send-keys -t save q
  for i in $(seq 1 50); do t capture-pane -p -t save | grep -qF "saving the index" && break; sleep 0.1; done
  pid=$(pgrep -n -f "$bin $cache/bench3k.jsonl")
  if t capture-pane -p -t save | grep -qF "saving the index" && [ -n "$pid" ]; then
    kill -TERM "$pid"; gone=""
    for i in $(seq 1 10); do kill -0 "$pid" 2>/dev/null || { gone=yes; break; }; sleep 0.1; done
    if [ -n "$gone" ]; then echo "ok: SIGTERM while saving the index ends kabar within a second"; passes=$((passes + 1))
    else echo "FAIL: kabar still runs a second after SIGTERM while saving the index"; kill -9 "$pid"; failures=$((failures + 1)); fi
  else
    echo "FAIL: no 'saving the index' after q on a cold bench"; t capture-pane -p -t save | tail -3 | sed 's/^/    | /'; failures=$((failures + 1))
  fi
  t kill-session -t save
  session_check "the cache left by the SIGTERM opens again in the reader" "TERM=xterm-256color XDG_CACHE_HOME=$cache/save $bin --quiet $cache/bench3k.jsonl" \
    "kabar — " "" "kabar — 2996 articles"
  # The first e on a large collection shows a spinner at once while the entities are found behind it
  # (how long that takes depends on the machine, so only the spinner is checked).
  session_check "the first e on 3,000 bench articles shows a spinner at once" \
    "TERM=xterm-256color XDG_CACHE_HOME=$cache/entities $bin --quiet $cache/bench3k.jsonl" \
    "kabar — " "e" "finding the people, organisations and places in 2996 articles" "Esc goes back"
fi
echo "tui-e2e: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
