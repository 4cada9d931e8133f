#!/usr/bin/env bash
# Extraction score on the real-document dev set (devset/README.md): ingests devset/SPLIT/docs into a fresh
# folder and scores the plans with shared/tools/score.py against devset/SPLIT/gold.
#   bench/devset.sh [dev|dev2|dev3] [score.py options, e.g. --verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
split="${1:-dev}"
shift || true
shared="$here/../shared"
work="$(mktemp -d /tmp/planlens-devset.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$here/planlens" ingest "$here/devset/$split/docs" --out "$work/out" >"$work/ingest.log" 2>&1 \
  || { cat "$work/ingest.log" >&2; exit 1; }
grep -E "FAILED|failed:" "$work/ingest.log" >&2 || true
python3 "$shared/tools/score.py" "$work/out/plans" "$here/devset/$split/gold" \
  --schema "$shared/spec/plan.schema.json" "$@"
