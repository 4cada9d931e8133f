#!/usr/bin/env bash
# Text cache benchmark: the seeds as flatbed scans (the first MAX_CHARS characters of each, default 3000), ingested
# once (read: OCR), then again after a rule file changed (a pillar keyword added to a copy of models/): the plans
# are re-made from the kept texts. Prints both wall times, the ratio of the re-ingest to the first ingest (the
# baseline of this run), the OCR pages per second of the first, and how many tesseract processes each started
# (counted through a wrapper, -Dplanlens.tesseract).
#   bench/textcache.sh [MAX_CHARS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chars="${1:-3000}"
work="$(mktemp -d /tmp/planlens-textcache.XXXX)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./planlens setup >/dev/null
java="$(./planlens java-home)/bin/java"
cp="$(./planlens tools-classpath)"
mkdir -p "$work/scans"
pages=0
for seed in corpus/*.txt; do
  name="$(basename "$seed" .txt)"
  "$java" -cp "$cp" org.planlens.fixtures.ScanFixtureGenerator "$seed" "$work/$name" flatbed "$chars" >/dev/null
  cp "$work/$name/scan.pdf" "$work/scans/$name.pdf"
  pages=$((pages + $(ls "$work/$name/png" | wc -l)))
done
cp -r models "$work/models"
printf '#!/bin/sh\necho "$*" >> "%s/calls-$PLANLENS_RUN"\nexec tesseract "$@"\n' "$work" > "$work/tesseract"
chmod +x "$work/tesseract"
export PLANLENS_JAVA_OPTS="-Dplanlens.tesseract=$work/tesseract"

ingest() {
  local start end
  start=$(date +%s.%N)
  PLANLENS_RUN="$1" ./planlens ingest "$work/scans" --out "$work/out" --models "$work/models" > "$work/$1.log" 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
calls() { [ -f "$work/calls-$1" ] && wc -l < "$work/calls-$1" || echo 0; }

first=$(ingest first)
# the rule change: a keyword most plans hold, put first so it wins
sed -i '0,/^[a-z_]*\t/s//digital_government\tcải cách hành chính\n&/' "$work/models/pillars.tsv"
second=$(ingest after-rule-change)
exported=$(grep -o '[0-9]* exported' "$work/after-rule-change.log" | head -1)
echo "seeds as flatbed scans: $(ls "$work/scans" | wc -l) documents, $pages pages (first $chars characters of each seed)"
printf 'first ingest (OCR):           %7.1f s  %5.2f pages/s  tesseract processes: %s\n' "$first" \
  "$(echo "$pages / $first" | bc -l)" "$(calls first)"
printf 're-ingest after a rule change: %7.1f s  (%s)  tesseract processes: %s\n' "$second" "$exported" \
  "$(calls after-rule-change)"
printf 'ratio re-ingest / first ingest: %.3f\n' "$(echo "$second / $first" | bc -l)"
