#!/usr/bin/env bash
# Ingest benchmark: N generated text PDFs, planlens ingest vs bare Tika text extraction of the same files, both
# as whole JVM runs (start-up included) on the same number of threads. Prints documents/s, peak RSS and the ratio.
#   bench/ingest.sh [N]     (default 200)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-200}"
threads="$(nproc)"
work="$(mktemp -d /tmp/planlens-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./planlens bench generate-pdfs --seeds corpus --count "$n" "$work/pdfs" >/dev/null
jar="$here/target/planlens.jar"
java="$(./planlens java-home)/bin/java"
opts="--enable-native-access=ALL-UNNAMED -Djava.util.logging.config.file=/dev/null"

measure() { # label, command...: prints "label seconds peak_kb"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.$label" "$@" >"$work/log.$label" 2>&1
  read -r secs kb <"$work/time.$label"
  echo "$label $secs $kb"
}

tika=$(measure tika "$java" $opts -jar "$jar" bench tika --threads "$threads" "$work/pdfs")
ingest=$(measure planlens "$java" $opts -jar "$jar" ingest "$work/pdfs" --out "$work/out" --threads "$threads")
read -r _ ts tkb <<<"$tika"
read -r _ ps pkb <<<"$ingest"
pages=$(python3 -c "import json,glob; print(sum(json.load(open(f))['source']['pages'] or 0 for f in glob.glob('$work/out/plans/*.json')))")
python3 - "$n" "$pages" "$ts" "$tkb" "$ps" "$pkb" "$threads" <<'PY'
import sys
n, pages, ts, tkb, ps, pkb, threads = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
print(f"documents: {n} text PDFs, {pages} pages, {threads} threads")
print(f"bare Tika : {ts:7.2f} s  {n/ts:7.1f} docs/s  peak RSS {tkb/1024:7.0f} MB")
print(f"planlens  : {ps:7.2f} s  {n/ps:7.1f} docs/s  peak RSS {pkb/1024:7.0f} MB")
print(f"ratio planlens/Tika wall time: {ps/ts:.2f}x (goal <= 1.5x)")
PY
grep -h "completed" "$work/log.planlens" || { echo "ingest log:"; tail -20 "$work/log.planlens"; exit 1; }
