#!/usr/bin/env bash
# Times the web pages on an index of generated plans: builds the index of N plans (the seeds recombined with other
# places, years and figures, as bench/search.sh does) with each plan's text beside it, starts `planlens serve` on
# it (through the launcher, same JVM options), warms it up, then requests the search, targets and plan pages in
# turns with varied questions and prints the median and 95th percentile of each (curl's total time, one request
# at a time), plus the targets chart the targets page loads after it.
#   bench/web.sh [N] [WORK_DIR]
# N defaults to 10000, WORK_DIR to /tmp/planlens-bench-web (the index is kept there and reused when present).
# BENCH_RUNS (default 60) timed requests per page; BENCH_PORT (default 18399); PLANLENS_JAVA_OPTS as for planlens.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="${2:-/tmp/planlens-bench-web}"
runs="${BENCH_RUNS:-60}"
port="${BENCH_PORT:-18399}"
gold="/work/shared/gold"
out="$work/out-$n"
mkdir -p "$work"
cd "$here"

if [ ! -d "$work/templates/plans" ]; then
  ./planlens ingest corpus --out "$work/templates" >&2
fi
if [ ! -d "$out/plans" ] || [ ! -d "$out/index" ]; then
  gold_opt=()
  [ -d "$gold" ] && gold_opt=(--gold "$gold")
  echo "building an index of $n generated plans in $out ..." >&2
  ./planlens bench search --index "$out/index" --plans "$n" --texts --templates "$work/templates/plans" \
    "${gold_opt[@]}" --places bench/places.tsv --runs 1 2>/dev/null | grep '^built' >&2
fi

log="$work/serve.log"
./planlens serve --index "$out/index" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q serving "$log" && break; kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }; sleep 0.5; done
grep -q serving "$log" || { echo "serve did not start" >&2; cat "$log" >&2; exit 1; }
base="http://127.0.0.1:$port"

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
searches=()
for q in "hài lòng" "dịch vụ công trực tuyến" "\"một cửa\"" "UBND" "\"cải cách hành chính\"" "thủ tục hành chính" \
         "chuyển đổi số" "76/NQ-CP"; do
  searches+=("/search?q=$(enc "$q")")
done
searches+=("/search?q=$(enc "hài lòng")&province=$(enc "Thanh Hóa")" "/search?q=$(enc "hài lòng")&type=target"
           "/search?q=UBND&level=commune&year=2021" "/search?q=$(enc "hồ sơ")&page=3")
filters=("" "indicator=$(enc "hài lòng")&min=90" "province=$(enc "thanh hoa")&year=2021" "pillar=procedures&unit=%25"
         "indicator=$(enc "dịch vụ công")&level=commune" "sort=value&dir=desc&indicator=$(enc "trực tuyến")" "page=20"
         "comparator=at_least&year=2023")
targets=() charts=()
for f in "${filters[@]}"; do
  targets+=("/targets?$f")
  charts+=("/targets/chart?$(echo "$f" | sed -e 's/sort=[^&]*&dir=[^&]*&\{0,1\}//' -e 's/page=[0-9]*//')")
done
mapfile -t ids < <(curl -s "$base/api/v1/export?what=plans&year=2021&format=csv" | tail -n +2 | cut -d, -f1 | tr -d '\r' \
                   | awk 'NR % 37 == 1' | head -40)
plans=()
for id in "${ids[@]}"; do plans+=("/plans/$id"); done

time_one() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base$1" \
    || { echo "$1: curl failed ($?); server log:" >&2; tail -20 "$log" >&2; exit 1; }
}
# one page kind: warm-up rounds, then RUNS timed requests cycling through its addresses; prints median and p95 in ms
measure() {
  local name="$1"; shift
  local urls=("$@") i code t
  for i in $(seq 0 $(( ${#urls[@]} * 2 - 1 ))); do time_one "${urls[$(( i % ${#urls[@]} ))]}" >/dev/null; done
  : >"$work/times"
  for i in $(seq 0 $(( runs - 1 ))); do
    read -r code t < <(time_one "${urls[$(( i % ${#urls[@]} ))]}")
    [ "$code" = 200 ] || { echo "$name: ${urls[$(( i % ${#urls[@]} ))]} answered $code" >&2; exit 1; }
    echo "$t" >>"$work/times"
  done
  sort -n "$work/times" | awk -v name="$name" -v k="${#urls[@]}" '{ v[NR] = $1 * 1000 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; p = v[int(NR * 0.95 + 0.999)];
          printf "%-34s %6d %9.1f %9.1f %9.1f\n", name, NR, m, p, v[NR] }'
}

echo "== web pages on $n generated plans ($(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)) =="
printf "%-34s %6s %9s %9s %9s\n" "page" "runs" "median" "p95" "max"
measure "search page (${#searches[@]} queries)" "${searches[@]}"
measure "targets page (${#targets[@]} filters)" "${targets[@]}"
measure "plan page (${#plans[@]} plans)" "${plans[@]}"
measure "targets chart (after the page)" "${charts[@]}"
echo "(times in ms: curl's total per request, one at a time, server warm)"
