#!/usr/bin/env bash
# Builds indexes of 1k, 5k and 10k generated plans (real corpus plans recombined with other places, years and
# figures) and times every query command in one warm JVM: median and p90 per query, heap used vs index size.
#   bench/search.sh [WORK_DIR] [GOLD_DIR]
# WORK_DIR gets the ingest of corpus/ (the templates) and the indexes (default /tmp/planlens-bench).
# GOLD_DIR (optional, default /work/shared/gold if present) supplies targets/references/agencies/tasks for
# templates whose export has none yet.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/planlens-bench}"
gold="${2:-/work/shared/gold}"
sizes="${BENCH_SIZES:-1000 5000 10000}"
mkdir -p "$work"
cd "$here"
if [ ! -d "$work/templates/plans" ]; then
  ./planlens ingest corpus --out "$work/templates" >&2
fi
gold_opt=()
[ -d "$gold" ] && gold_opt=(--gold "$gold")
for n in $sizes; do
  echo "== $n plans =="
  PLANLENS_JAVA_OPTS="${PLANLENS_JAVA_OPTS:--Xmx1g}" ./planlens bench search --index "$work/index-$n" --plans "$n" \
    --templates "$work/templates/plans" "${gold_opt[@]}" --places bench/places.tsv --runs "${BENCH_RUNS:-30}" 2>/dev/null
done
