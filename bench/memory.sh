#!/usr/bin/env bash
# Memory benchmark: heap a long PDF needs against a short one. Ingests one short plan PDF and one ~56x longer (about 500 pages)
# (hundreds of pages) in separate JVMs with GC logging, and prints the largest heap occupancy after a
# collection (the live set) for each, and their ratio. Goal: the long one needs at most a small factor more.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
work="$(mktemp -d /tmp/planlens-mem.XXXXXX)"
trap 'rm -rf "$work"' EXIT
java="$(./planlens java-home)/bin/java"
./planlens bench generate-pdfs --seeds corpus --count 1 "$work/short" >/dev/null
./planlens bench generate-pdfs --seeds corpus --count 1 --repeat 56 "$work/long" >/dev/null
live() { # folder -> "pages liveMB"
  local dir="$1"
  "$java" --enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null -XX:+UseSerialGC -Xmn16m \
    "-Xlog:gc:file=$work/gc.$(basename "$dir").log" -jar target/planlens.jar ingest "$dir" --out "$work/out.$(basename "$dir")" \
    --threads 1 >/dev/null 2>&1
  local pages
  pages=$(python3 -c "import json,glob; print(sum(json.load(open(f))['source']['pages'] for f in glob.glob('$work/out.$(basename "$dir")/plans/*.json')))")
  local mb
  mb=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.$(basename "$dir").log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  echo "$pages $mb"
}
read -r sp smb <<<"$(live "$work/short")"
read -r lp lmb <<<"$(live "$work/long")"
echo "short PDF: $sp pages, live heap after GC at most $smb MB"
echo "long PDF : $lp pages, live heap after GC at most $lmb MB"
python3 -c "print(f'ratio long/short heap: {$lmb/$smb:.2f}x for {$lp/$sp:.0f}x the pages')"
