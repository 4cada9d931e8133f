#!/usr/bin/env bash
# Agency mentions by a CoreNLP CRFClassifier against the rules (issue 18, point 7), cross-validated by split: for
# each held-out split of the real dev set (devset/dev .. dev5), a CRF trained on the other splits and the seeds
# (never on holdout2) tags agency mentions, and four agency lists are scored with shared/tools/score.py:
#   rules    today's extraction (the ingest's exports as they are)
#   crf      the CRF alone: its mentions through the rules' merging (AgencyBook) and role cues (role-cues.tsv)
#   add      rules + CRF: the CRF's bodies added from the clauses where the rules found none
#   filter   rules + CRF: a rules' body named in prose kept only where the CRF tags it too
#   veto     rules + CRF: a rules' body named in prose dropped only where the CRF is sure it names no body
# Prints one table (P/R/F1 of agencies and agencyRoles per split and variant, train seconds, model bytes), then the
# mention spans of the CRF and of the rules against the gold labels (exact spans, the lines the rules read).
#   bench/crf.sh [SPLIT ...]        (default: dev dev2 dev3 dev4 dev5)
# PLANLENS_CRF_WORK=DIR keeps the ingests, data and models in DIR; a model found there (with its train time) is
# reused, so a rerun only tags and scores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
all=(dev dev2 dev3 dev4 dev5)
[ $# -gt 0 ] && held=("$@") || held=("${all[@]}")
shared="$here/../shared"
work="${PLANLENS_CRF_WORK:-$(mktemp -d /tmp/planlens-crf.XXXX)}"
[ -n "${PLANLENS_CRF_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
cd "$here"
java="$(./planlens java-home)/bin/java"
cp="$(./planlens tools-classpath)"
tool() { "$java" -Xmx2g -cp "$cp" org.planlens.bench.crf.AgencyCrfCommand "$@"; }

declare -A plans gold
mentions=()
for s in "${all[@]}" seeds; do
  docs="devset/$s/docs"; gold[$s]="devset/$s/gold"
  [ "$s" = seeds ] && docs="$shared/corpus/seeds" && gold[$s]="$shared/gold"
  plans[$s]="$work/ingest/$s/plans"
  if [ ! -d "${plans[$s]}" ]; then
    ./planlens ingest "$docs" --out "$work/ingest/$s" > "$work/ingest-$s.log" 2>&1 \
      || { cat "$work/ingest-$s.log" >&2; exit 1; }
  fi
done
tool gazette "$work/gazette.txt"

score() { # PLANS GOLD -> "P R F1 P R F1" of agencies, agencyRoles
  python3 "$shared/tools/score.py" "$1" "$2" --json | python3 -c '
import json, sys
r = json.JSONDecoder().raw_decode(sys.stdin.read())[0]
print(" ".join("%.3f %.3f %.3f" % (r[k]["p"], r[k]["r"], r[k]["f1"]) for k in ("agencies", "agencyRoles")))'
}

printf '%-6s %-7s | %-23s | %-23s | %7s %9s\n' split variant "agencies P/R/F1" "agencyRoles P/R/F1" train_s model_b
for h in "${held[@]}"; do
  args=()
  for s in "${all[@]}" seeds; do
    [ "$s" = "$h" ] || args+=("${plans[$s]}" "${gold[$s]}")
  done
  if [ ! -f "$work/crf-$h.ser.gz" ] || [ ! -f "$work/train-$h.secs" ]; then
    tool data "$work/train-$h.tsv" "${args[@]}" > "$work/data-$h.log"
    start=$(date +%s.%N)
    "$java" -Xmx3g -cp "$cp" edu.stanford.nlp.ie.crf.CRFClassifier -prop bench/agency-crf.prop \
      -trainFile "$work/train-$h.tsv" -gazette "$work/gazette.txt" -serializeTo "$work/crf-$h.ser.gz" \
      > "$work/train-$h.log" 2>&1 || { tail -20 "$work/train-$h.log" >&2; exit 1; }
    printf '%.0f\n' "$(echo "$(date +%s.%N) - $start" | bc)" > "$work/train-$h.secs"
  fi
  secs=$(cat "$work/train-$h.secs")
  bytes=$(stat -c %s "$work/crf-$h.ser.gz")
  tool variants "$work/crf-$h.ser.gz" "${plans[$h]}" "$work/variants-$h" > /dev/null
  for v in rules crf add filter veto; do
    dir="$work/variants-$h/$v"; [ "$v" = rules ] && dir="${plans[$h]}"
    read -r ap ar af rp rr rf <<< "$(score "$dir" "${gold[$h]}")"
    printf '%-6s %-7s | %5s %5s %5s       | %5s %5s %5s       | %7s %9s\n' "$h" "$v" "$ap" "$ar" "$af" \
      "$rp" "$rr" "$rf" "$secs" "$bytes"
  done
  mentions+=("$(printf '%-6s | %s' "$h" "$(tool mentions "$work/crf-$h.ser.gz" "${plans[$h]}" "${gold[$h]}" \
    | awk '{printf "%5s %5s %5s       | %5s %5s %5s", $1, $2, $3, $4, $5, $6}')")")
done
echo
echo "mention spans against the gold labels (exact spans):"
printf '%-6s | %-23s | %-23s\n' split "CRF P/R/F1" "rules P/R/F1"
printf '%s\n' "${mentions[@]}"
