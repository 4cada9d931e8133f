#!/usr/bin/env bash
# Stage budget: where the ingest's time goes, stage by stage, against bare Tika on the same N generated text PDFs.
# One JVM, one thread, each stage over all the files in turn with the others, ROUNDS rounds, the best round of each
# stage counts (steady state: no start-up, no job, no second thread). Beside planlens's stages it times two PDFBox
# baselines: PDFBox's content-stream pass through its glyph callbacks (showGlyph) and PDFBox's text stripper.
# bench/ingest.sh measures the whole ingest; this says which stage overshoots its share of the 1.5x goal.
#   bench/stages.sh [N] [ROUNDS]     (defaults 100 and 6)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100}"
rounds="${2:-6}"
work="$(mktemp -d /tmp/planlens-stages.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./planlens bench generate-pdfs --seeds corpus --count "$n" "$work/pdfs" >/dev/null
./planlens bench stages --rounds "$rounds" --work "$work/out" "$work/pdfs"
