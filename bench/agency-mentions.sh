#!/usr/bin/env bash
# Issue 18, point 7: agencies found with the Java name finder against the TokensRegex rules of
# models/agency-mentions.rules and against a CRFClassifier trained on the split's gold (4-fold cross-validation over
# its documents), on the same plans. Ingests a devset split (or the seeds), then re-extracts agencies each way from the
# exported text and scores them with shared/tools/score.py.
#   bench/agency-mentions.sh [dev|holdout|seeds]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
split="${1:-dev}"
work="$(mktemp -d /tmp/planlens-mentions.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ "$split" = seeds ]; then docs="$here/corpus"; gold="$here/../shared/gold"
else docs="$here/devset/$split/docs"; gold="$here/devset/$split/gold"; fi
"$here/planlens" ingest "$docs" --out "$work/out" >"$work/ingest.log" 2>&1 || { cat "$work/ingest.log" >&2; exit 1; }
cd "$here"
JAVA_HOME="$("$here/planlens" java-home)" mvn -B -q -o test -Dtest=AgencyMentionsComparisonTest \
  -Dagency.plans="$work/out/plans" -Dagency.gold="$gold" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "^(===|agenc)"
