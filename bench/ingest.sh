#!/usr/bin/env bash
# Ingest benchmark: N generated text PDFs, planlens ingest vs bare Tika text extraction of the same files, both
# as whole JVM runs (start-up included) on the same number of threads, both started the way a user starts planlens
# (the ./planlens launcher, so both get its JVM options). Prints documents/s, peak RSS, CPU use and the ratio.
#   bench/ingest.sh [N]     (default 200)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-200}"
threads="$(nproc)"
work="$(mktemp -d /tmp/planlens-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./planlens bench generate-pdfs --seeds corpus --count "$n" "$work/pdfs" >/dev/null

measure() { # label, command...: prints "label seconds peak_kb cpu_seconds"
  local label="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.$label" "$@" >"$work/log.$label" 2>&1
  read -r secs kb user sys <"$work/time.$label"
  echo "$label $secs $kb $(python3 -c "print($user + $sys)")"
}

tika=$(measure tika ./planlens bench tika --threads "$threads" "$work/pdfs")
ingest=$(measure planlens ./planlens ingest "$work/pdfs" --out "$work/out" --threads "$threads")
read -r _ ts tkb tcpu <<<"$tika"
read -r _ ps pkb pcpu <<<"$ingest"
pages=$(python3 -c "import json,glob; print(sum(json.load(open(f))['source']['pages'] or 0 for f in glob.glob('$work/out/plans/*.json')))")
python3 - "$n" "$pages" "$ts" "$tkb" "$ps" "$pkb" "$threads" "$tcpu" "$pcpu" <<'PY'
import sys
n, pages, ts, tkb, ps, pkb, threads = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
tcpu, pcpu = float(sys.argv[8]), float(sys.argv[9])
print(f"documents: {n} text PDFs, {pages} pages, {threads} threads")
print(f"bare Tika : {ts:7.2f} s  {n/ts:7.1f} docs/s  peak RSS {tkb/1024:7.0f} MB  CPU {tcpu:6.2f} s ({tcpu/ts:.0%} of wall)")
print(f"planlens  : {ps:7.2f} s  {n/ps:7.1f} docs/s  peak RSS {pkb/1024:7.0f} MB  CPU {pcpu:6.2f} s ({pcpu/ps:.0%} of wall)")
print(f"ratio planlens/Tika wall time: {ps/ts:.2f}x (goal <= 1.5x)")
PY
grep -h "completed" "$work/log.planlens" || { echo "ingest log:"; tail -20 "$work/log.planlens"; exit 1; }
