#!/usr/bin/env bash
# Builds indexes of generated plans (real corpus plans recombined with other places, years and figures) and times
# every query command in one warm JVM: median and p95 per query (a listing twice: its first page, as the CLI prints
# it by default, and --all; rows/s for each), live heap before/after, index size. Prints each
# size's medians and p95s as ratios to the first size's (the baseline of this run), then the same queries on the
# same plans in a real OpenSearch node against the local index (ratio OpenSearch / local).
#   bench/search.sh [WORK_DIR] [GOLD_DIR]
# BENCH_SIZES (default "1000 10000 100000"), BENCH_RUNS (default 30), BENCH_OPENSEARCH_SIZE (default 10000; 0 for
# none). BENCH_JIT (default "c2", the full tiered JIT that serve runs with): "c1 c2" times each size's queries with
# C1 only (-XX:TieredStopAtLevel=1, what one-shot commands get), then with C2, on the same index, and prints C2
# against C1 and the goal (every query under 100 ms median and 300 ms p95; --all listings and export are bulk and
# not judged). BENCH_REUSE=1 queries an index-N already in WORK_DIR instead of building it again. WORK_DIR gets
# the ingest of corpus/ (the templates) and the indexes (default /tmp/planlens-bench).
# GOLD_DIR (optional, default /work/shared/gold if present) supplies targets/references/agencies/tasks for
# templates whose export has none yet.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/planlens-bench}"
gold="${2:-/work/shared/gold}"
sizes="${BENCH_SIZES:-1000 10000 100000}"
os_size="${BENCH_OPENSEARCH_SIZE:-10000}"
runs="${BENCH_RUNS:-30}"
mkdir -p "$work"
cd "$here"
if [ ! -d "$work/templates/plans" ]; then
  ./planlens ingest corpus --out "$work/templates" >&2
fi
gold_opt=()
[ -d "$gold" ] && gold_opt=(--gold "$gold")
jits="${BENCH_JIT:-c2}"
jit_opt=""
bench() { PLANLENS_JAVA_OPTS="${PLANLENS_JAVA_OPTS:--Xmx2g} $jit_opt" ./planlens bench search --templates "$work/templates/plans" \
  "${gold_opt[@]}" --places bench/places.tsv --runs "$runs" "$@" 2>/dev/null; }

# ratio table: query, then for each column file the median and p95 as a multiple of the baseline file's
ratios() {
  local base="$1"; shift
  awk -F'\t' -v n="$#" 'FNR==1 {f++} f==1 {bm[$1]=$3; bp[$1]=$4; order[++k]=$1; next}
    {m[f,$1]=$3; p[f,$1]=$4}
    END {for (i=1;i<=k;i++) {q=order[i]; line=sprintf("%-64s", q);
      for (j=2;j<=f;j++) line=line sprintf("  x%5.2f median x%5.2f p95", m[j,q]/bm[q], p[j,q]/bp[q]); print line}}' \
    "$base" "$@"
}

# C1 against C2 on one index: query, each one's median/p95, C2/C1 ratios, and the goal judged on C2's figures
jit_table() {
  awk -F'\t' 'FNR==1 {f++} f==1 {m1[$1]=$3; p1[$1]=$4; order[++k]=$1; next} {m2[$1]=$3; p2[$1]=$4}
    END {printf "%-64s %20s %20s %14s  %s\n", "query", "C1 med/p95 ms", "C2 med/p95 ms", "C2/C1 med p95", "goal (C2)"
      for (i=1;i<=k;i++) {q=order[i]; bulk=(q ~ /--all$/ || q ~ /^export/)
        goal=bulk ? "(bulk, no goal)" : (m2[q]<100 && p2[q]<300 ? "met" : "NOT met")
        chars=q; gsub(/[\200-\277]/, "", chars)  # padded by characters, not UTF-8 bytes
        printf "%s%*s %9.1f / %8.1f %9.1f / %8.1f  x%5.2f x%5.2f  %s\n", q, 64 - length(chars), "", m1[q], p1[q],
          m2[q], p2[q], m2[q]/m1[q], p2[q]/p1[q], goal}}' "$1" "$2"
}

first=""
tsvs=()
for n in $sizes; do
  build=(--plans "$n")
  [ "${BENCH_REUSE:-0}" = 1 ] && [ -d "$work/index-$n" ] && build=()
  for jit in $jits; do
    case "$jit" in
      c1) jit_opt=-XX:TieredStopAtLevel=1 ;;
      c2) jit_opt="" ;;
      *) echo "BENCH_JIT: c1 or c2" >&2; exit 2 ;;
    esac
    echo "== $n plans (local index), $jit ($(uptime | sed 's/.*load/load/')) =="
    echo "JVM options: $(PLANLENS_JAVA_OPTS="${PLANLENS_JAVA_OPTS:--Xmx2g} $jit_opt" \
      ./planlens jvm-options bench search | grep -v -e '^-XX:AOTCache=' -e '^-Xlog:aot' | tr '\n' ' ')"
    bench --index "$work/index-$n" "${build[@]}" --tsv "$work/local-$n-$jit.tsv"
    build=()
  done
  cp "$work/local-$n-$jit.tsv" "$work/local-$n.tsv"
  if [ "$jits" = "c1 c2" ]; then
    echo "== $n plans: C1 only against the full tiered JIT, same jar, same index ($(uptime | sed 's/.*load/load/')) =="
    jit_table "$work/local-$n-c1.tsv" "$work/local-$n-c2.tsv"
  fi
  [ -z "$first" ] && first="$work/local-$n.tsv" || tsvs+=("$work/local-$n.tsv")
done
if [ "${#tsvs[@]}" -gt 0 ]; then
  echo "== ratios to the $(echo $sizes | cut -d' ' -f1)-plan index of this run =="
  ratios "$first" "${tsvs[@]}"
fi

if [ "$os_size" != 0 ]; then
  # a real single OpenSearch node, as the tests start it (127.0.0.1 only; ended with this script)
  node_dir="$work/opensearch"
  rm -rf "$node_dir"; mkdir -p "$node_dir/home/config" "$node_dir/data"
  JAVA_HOME="$(./planlens java-home)" mvn -B -q -f src/test/opensearch/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$node_dir/classpath.txt" >&2
  port=$(( 20000 + RANDOM % 20000 ))
  # the node reads its standard input until this script's end closes the pipe, then stops by itself
  mkfifo "$node_dir/stdin"
  "$(./planlens java-home)/bin/java" -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED \
    -cp "$(cat "$node_dir/classpath.txt")" src/test/opensearch/OpenSearchNode.java node.name=bench \
    path.home="$node_dir/home" path.data="$node_dir/data" network.host=127.0.0.1 http.port=$port \
    transport.port=$((port + 1)) discovery.type=single-node cluster.routing.allocation.disk.threshold_enabled=false \
    < "$node_dir/stdin" > "$node_dir/node.log" 2>&1 &
  node_pid=$!
  exec 9>"$node_dir/stdin"
  trap 'exec 9>&-; kill $node_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
  [ -f "$work/local-$os_size.tsv" ] || bench --index "$work/index-$os_size" --plans "$os_size" --tsv "$work/local-$os_size.tsv" >/dev/null
  echo "== $os_size plans in OpenSearch (one node, one shard) =="
  bench --index "$work/unused" --index-url "http://127.0.0.1:$port/bench" --plans "$os_size" --tsv "$work/opensearch-$os_size.tsv"
  echo "== OpenSearch / local index, same $os_size plans, same queries =="
  ratios "$work/local-$os_size.tsv" "$work/opensearch-$os_size.tsv"
fi
