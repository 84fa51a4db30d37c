#!/usr/bin/env bash
# Issue 14's hostile inputs, each run once by the Release CLI as a user would, printed as a Markdown table:
# case, input size, wall seconds, peak memory, exit code, and the CLI's own last line (its outcome).
# The size-driven cases run at two or three sizes so the time's growth can be read off.
# Build first: dotnet build -c Release src/Entente.Cli. Run: bench/hostile/hostile-cases.sh [WORKDIR]
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
cli="$here/src/Entente.Cli/bin/Release/net10.0/entente.dll"
[ -f "$cli" ] || { echo "build the CLI first: dotnet build -c Release src/Entente.Cli" >&2; exit 1; }
work=${1:-$(mktemp -d /tmp/entente-hostile-XXXXXX)}
mkdir -p "$work"
py() { python3 -c "$@"; }

echo "| case | size | wall s | cpu s | peak MB | exit | outcome |"
echo "|---|---|---|---|---|---|---|"

# run NAME SIZE-PATH ARGS...: times `entente ARGS` and prints a row; the outcome is the last non-progress line.
run() {
  local name=$1 sized=$2; shift 2
  local size; size=$( [ -e "$sized" ] && du -sh --apparent-size "$sized" 2>/dev/null | cut -f1 || echo "-")
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" timeout 300 dotnet "$cli" "$@" > "$work/out" 2> "$work/err"
  local code=$?
  local wall user sys peak; read -r wall user sys peak < <(tail -1 "$work/time")
  local outcome; outcome=$(cat "$work/out" "$work/err" | grep -v -e '^entente [a-z]*: [0-9,]* of' -e '^\s*$' | tail -1 | cut -c1-150 | tr '|' '/')
  echo "| $name | $size | $wall | $(py "print(round($user+$sys,2))") | $((peak / 1024)) | $code | $outcome |"
}

db="$work/hostile.db"
rm -f "$db"*
dotnet "$cli" init --db "$db" > /dev/null

# Nested <div>: quadratic once (a 2.2 MB page did not finish in 120 s).
for n in 100000 200000 400000; do
  f="$work/nested-$n.html"
  py "n=$n; open('$f','w').write('<html><body><article>'+'<div>'*n+'Russia sent drones to Iran.'+'</div>'*n+'</article></body></html>')"
  run "nested divs ($n)" "$f" ingest "$f" --db "$db"
done

# Text without a full stop: superlinear once (512 KB in 7.7 s); the 1 MB one-sentence text took 50 s.
for kb in 512 1024 2048; do
  f="$work/nofullstop-$kb.txt"
  py "s='Russia supplied drones to Iran and Syria talked with China '; n=$kb*1024; open('$f','w').write((s*(n//len(s)+1))[:n])"
  run "no full stop ($kb KB)" "$f" ingest "$f" --db "$db"
done

# One line of 12, 24 and 49 MB (49 MB took 1.9 GB and did not finish).
for mb in 12 24 49; do
  f="$work/line-$mb.txt"
  py "s='Russia supplied drones to Iran and Syria talked with China '; n=$mb*1024*1024; open('$f','w').write((s*(n//len(s)+1))[:n])"
  run "one line ($mb MB)" "$f" ingest "$f" --db "$db"
done

# Two symbolic-link loops and a self-link in a folder (listing took minutes).
loops="$work/loops"; rm -rf "$loops"; mkdir -p "$loops/sub"
echo "Russia armed Iran." > "$loops/a.txt"; echo "Iran armed Russia." > "$loops/sub/b.txt"
ln -s "$loops" "$loops/up"; ln -s "$loops" "$loops/sub/back"; ln -s "$loops/self" "$loops/self"
run "symlink loops folder" "$loops" ingest "$loops" --db "$db"

# A FIFO named .txt (blocked forever), alone and in a folder.
fifo="$work/fifo"; rm -rf "$fifo"; mkdir -p "$fifo"; mkfifo "$fifo/pipe.txt"; echo "Russia armed Iran." > "$fifo/ok.txt"
run "FIFO pipe.txt" "$fifo/pipe.txt" ingest "$fifo/pipe.txt" --db "$db"
run "folder with a FIFO" "$fifo" ingest "$fifo" --db "$db"

# Importers: crash on a non-string FtM id; silent empty imports.
f="$work/ftm-id.json"; printf '{"id":5,"schema":"Person","properties":{"name":["X"]}}\n' > "$f"
run "FtM id not a string" "$f" import ftm "$f" --db "$db"
f="$work/ftm-lines.json"; printf '[1,2]\n"text"\n42\n' > "$f"
run "FtM lines not objects" "$f" import ftm "$f" --db "$db"
f="$work/truncated.json"; printf '{"type":"bundle","id":"bundle--1","objects":[{"type":"relationship","id":"rel' > "$f"
run "truncated STIX" "$f" import stix "$f" --db "$db"
f="$work/notsipri.csv"; printf 'name,age\nalice,3\nbob,4\n' > "$f"
run "CSV that is not SIPRI" "$f" import sipri "$f" --db "$db"
f="$work/empty.json"; : > "$f"
run "0-byte STIX" "$f" import stix "$f" --db "$db"

# sources add of what ingest refuses.
f="$work/empty.txt"; : > "$f"; run "sources add empty" "$f" sources add "$f" --db "$db"
f="$work/binary.txt"; head -c 4096 /dev/urandom > "$f"; run "sources add binary" "$f" sources add "$f" --db "$db"
f="$work/latin1.txt"; printf 'Bogot\xe1 and Caracas signed a pact.\n' > "$f"; run "sources add invalid UTF-8" "$f" sources add "$f" --db "$db"

# A mistyped --db path (silently created an empty database).
run "mistyped --db" "$work/no-such.db" profile Russia Iran --db "$work/no-such.db"
[ -e "$work/no-such.db" ] && echo "| (mistyped --db created a file!) | | | | | | |"

# A damaged JSON value in a stored row (crashed ingest, kb list, profile, relations).
dmg="$work/damaged.db"; rm -f "$dmg"*; cp "$db" "$dmg"
sqlite3 "$dmg" "UPDATE claims SET json = '{broken' WHERE rowid = (SELECT MIN(rowid) FROM claims);"
run "damaged row: relations" "$dmg" relations Russia --db "$dmg"
run "damaged row: profile" "$dmg" profile Russia Iran --db "$dmg"

# The server: a 1 MB one-sentence upload (50 s, and 50 s again at every view), DNS rebinding, a NUL in a search,
# SIGTERM (ignored once). Rows here time the request with curl; the outcome is the status and what came back.
port=$(py "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
dotnet "$cli" serve --db "$db" --port "$port" > "$work/serve.out" 2> "$work/serve.err" &
serve=$!
for _ in $(seq 100); do grep -q "Entente workbench on" "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
f="$work/upload-1m.txt"
py "s='Iran trained Hezbollah fighters while Russia sold jets to Syria '; n=1024*1024; open('$f','w').write((s*(n//len(s)+1))[:n])"
r=$(curl -s -o "$work/upload.json" -w "%{http_code} %{time_total}" -F "file=@$f;type=text/plain" "$base/api/uploads")
sid=$(py "import json; d=json.load(open('$work/upload.json')); print(d.get('source_id') or d.get('source',{}).get('id') or d.get('id',''))" 2>/dev/null)
echo "| web upload, 1 MB one sentence | 1.0M | ${r#* } | | | ${r% *} | $(head -c 120 "$work/upload.json" | tr '|' '/') |"
for i in 1 2; do
  r=$(curl -s -o "$work/view.json" -w "%{http_code} %{time_total}" "$base/api/sources/$sid")
  echo "| web source view $i of that upload | $(du -h --apparent-size "$work/view.json" | cut -f1) | ${r#* } | | | ${r% *} | $(py "import json; d=json.load(open('$work/view.json')); print('shows', len(d.get('claims') or []), 'stored claims,', len(d.get('mentions') or []), 'mentions,', len(d.get('text') or ''), 'chars of text')" 2>&1 | tail -1) |"
done
r=$(curl -s -o "$work/rebind.out" -w "%{http_code} %{time_total}" -H "Host: attacker.example:$port" -F "file=@$loops/a.txt" "$base/api/uploads")
echo "| DNS rebinding upload (Host: attacker.example) | | ${r#* } | | | ${r% *} | $(head -c 100 "$work/rebind.out" | tr '|' '/') |"
r=$(curl -s -o "$work/nul.out" -w "%{http_code} %{time_total}" "$base/api/search?q=%00")
echo "| search with a NUL (q=%00) | | ${r#* } | | | ${r% *} | $(head -c 100 "$work/nul.out" | tr '|' '/') |"
start=$(date +%s.%N); kill -TERM "$serve"; wait "$serve"; code=$?; end=$(date +%s.%N)
echo "| kill -TERM serve | | $(py "print(round($end-$start,2))") | | | $code | $(tail -1 "$work/serve.out" | tr '|' '/') |"
