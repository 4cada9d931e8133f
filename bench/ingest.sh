#!/usr/bin/env bash
# Ingest benchmark: N generated text PDFs, planlens ingest vs bare Tika text extraction of the same files, both
# as whole JVM runs (start-up included) on the same number of threads, both started the way a user starts planlens
# (the ./planlens launcher, so both get its JVM options). Prints documents/s, peak RSS, CPU use and the ratio.
# The two sides run in turns, ROUNDS times (a fresh output folder each time), and the medians are compared: on a
# shared machine one run of either side varies by 5-10%.
#   bench/ingest.sh [N] [ROUNDS]     (defaults 200 and 3)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-200}"
rounds="${2:-3}"
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

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
t_s=(); t_kb=(); t_cpu=(); p_s=(); p_kb=(); p_cpu=()
for ((r = 1; r <= rounds; r++)); do
  read -r _ s kb cpu <<<"$(measure tika ./planlens bench tika --threads "$threads" "$work/pdfs")"
  t_s+=("$s"); t_kb+=("$kb"); t_cpu+=("$cpu")
  rm -rf "$work/out"
  read -r _ s kb cpu <<<"$(measure planlens ./planlens ingest "$work/pdfs" --out "$work/out" --threads "$threads")"
  p_s+=("$s"); p_kb+=("$kb"); p_cpu+=("$cpu")
  echo "round $r: bare Tika ${t_s[-1]} s, planlens ${p_s[-1]} s"
done
ts=$(median "${t_s[@]}"); tkb=$(median "${t_kb[@]}"); tcpu=$(median "${t_cpu[@]}")
ps=$(median "${p_s[@]}"); pkb=$(median "${p_kb[@]}"); pcpu=$(median "${p_cpu[@]}")
pages=$(python3 -c "import json,glob; print(sum(json.load(open(f))['source']['pages'] or 0 for f in glob.glob('$work/out/plans/*.json')))")
python3 - "$n" "$pages" "$ts" "$tkb" "$ps" "$pkb" "$threads" "$tcpu" "$pcpu" "$rounds" <<'PY'
import sys
n, pages, ts, tkb, ps, pkb, threads = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7]
tcpu, pcpu, rounds = float(sys.argv[8]), float(sys.argv[9]), sys.argv[10]
print(f"documents: {n} text PDFs, {pages} pages, {threads} threads; medians of {rounds} rounds")
print(f"bare Tika : {ts:7.2f} s  {n/ts:7.1f} docs/s  peak RSS {tkb/1024:7.0f} MB  CPU {tcpu:6.2f} s ({tcpu/ts:.0%} of wall)")
print(f"planlens  : {ps:7.2f} s  {n/ps:7.1f} docs/s  peak RSS {pkb/1024:7.0f} MB  CPU {pcpu:6.2f} s ({pcpu/ps:.0%} of wall)")
print(f"ratio planlens/Tika wall time: {ps/ts:.2f}x (goal <= 1.5x)")
PY
grep -h "completed" "$work/log.planlens" || { echo "ingest log:"; tail -20 "$work/log.planlens"; exit 1; }
