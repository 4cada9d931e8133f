#!/usr/bin/env bash
# Issue 20 part 2, numbers OCR doubted: the seeds set in the monospace face whose zero carries a dot (its zeros are
# the digits Tesseract weighs another digit for), scanned at 200 dpi (flatbed), ingested by two builds at the same
# time: REF (default main) and the commit checked out here. Prints, per build, score.py's parts and metadata.number
# against shared/gold, each document's number and the warnings by kind.
# CHARS=N sets only each seed's first N characters (the header and the first pages: the document number and the
# first citations), to fit a run in minutes on shared cores. Builds made in a reused PLANLENS_BENCH_DIR are kept.
#   bench/scans-numbers.sh [REF]        (needs ../shared beside the project; FONT=serif for the other face)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "$here/../shared" && pwd)"
ref="${1:-main}"
work="${PLANLENS_BENCH_DIR:-$(mktemp -d /tmp/planlens-scans-numbers.XXXX)}"
cd "$here"
export JAVA_HOME="${JAVA_HOME:-$(./planlens java-home)}"
if [ -z "${ANALYSE_ONLY:-}" ]; then
for side in main new; do
  [ -f "$work/$side/target/planlens.jar" ] && continue
  rm -rf "$work/$side" && mkdir -p "$work/$side"
  rev="$(git rev-parse --short "$([ "$side" = main ] && echo "$ref" || echo HEAD)")"
  git archive "$rev" | tar -x -C "$work/$side" && echo "$rev" >"$work/$side/REV"
  (cd "$work/$side" && mvn -o -q -B -DskipTests package >/dev/null 2>&1) &
done
wait
echo "builds: main=$(cat "$work/main/REV" 2>/dev/null) new=$(cat "$work/new/REV" 2>/dev/null); $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%H:%M:%SZ)"
rm -rf "$work/form" "$work"/pages-* "$work"/out-*
mkdir -p "$work/form"
tools="$(cd "$work/new" && ./planlens tools-classpath)"
for seed in "$shared"/corpus/seeds/*.txt; do
  base="$(basename "$seed" .txt)"
  "$JAVA_HOME/bin/java" -cp "$tools" org.planlens.fixtures.ScanFixtureGenerator \
    "$seed" "$work/pages-$base" flatbed "${CHARS:-100000000}" "${FONT:-mono}" >/dev/null
  cp "$work/pages-$base/scan.pdf" "$work/form/$base.pdf"
done
echo "form ready: $(ls "$work/form" | wc -l) documents, first ${CHARS:-all} characters in ${FONT:-mono}, $(find "$work" -path '*/png/*.png' | wc -l) pages; $(date -u +%H:%M:%SZ), load $(cut -d' ' -f1 /proc/loadavg)"
export OMP_THREAD_LIMIT=1
for side in main new; do
  (cd "$work/$side" && start=$(date +%s) && ./planlens ingest "$work/form" --out "$work/out-$side" >/dev/null 2>&1;
   echo "$side ingest $(( $(date +%s) - start )) s, ended $(date -u +%H:%M:%SZ)") &
done
wait
fi
python3 - "$work" "$shared" <<'PY'
import collections, glob, json, os, shutil, subprocess, sys
work, shared = sys.argv[1], sys.argv[2]
parts = ["sections", "legalReferences", "targets", "agencies", "tasks"]
print(f"{'build':6} " + " ".join(f"{p[:9]:>9}" for p in parts) + f" {'meta.num':>8} {'schemaErr':>9}")
kinds, numbers = {}, collections.defaultdict(dict)
for side in ["main", "new"]:
    out = os.path.join(work, "out-" + side)
    gold = os.path.join(work, "gold-" + side)
    shutil.rmtree(gold, ignore_errors=True); os.makedirs(gold)
    c = collections.Counter()
    for f in sorted(glob.glob(os.path.join(out, "plans", "*.json"))):
        p = json.load(open(f))
        base = os.path.basename(p["source"]["file"]).rsplit(".", 1)[0]
        g = json.load(open(os.path.join(shared, "gold", base + ".txt.json")))
        g["file"] = os.path.basename(p["source"]["file"])
        json.dump(g, open(os.path.join(gold, g["file"] + ".json"), "w"), ensure_ascii=False)
        numbers[base][side] = p["metadata"].get("number")
        numbers[base]["gold"] = g.get("metadata", {}).get("number")
        c.update(w["code"] for w in p["warnings"])
    kinds[side] = c
    r = subprocess.run(["python3", os.path.join(shared, "tools/score.py"), os.path.join(out, "plans"), gold,
                        "--schema", os.path.join(shared, "spec/plan.schema.json"), "--json"], capture_output=True, text=True)
    s = json.JSONDecoder().raw_decode(r.stdout)[0]
    print(f"{side:6} " + " ".join(f"{s[p]['f1']:9.3f}" for p in parts)
          + f" {s['metadata'].get('number') if s['metadata'].get('number') is not None else '-':>8} {s['schemaErrors']:9}")
print("\nmetadata.number per document (gold / main / new):")
for base, n in sorted(numbers.items()):
    print(f"  {base}: {n.get('gold')!s} / {n.get('main')!s} / {n.get('new')!s}")
codes = sorted(set(kinds["main"]) | set(kinds["new"]))
print("\nwarnings by kind (all documents):")
for code in codes:
    print(f"  {code:26} main {kinds['main'][code]:4}  new {kinds['new'][code]:4}")
print("\nocr_number_unreadable and ocr_reference_unsure warnings only one build gives:")
said = {}
for side in ["main", "new"]:
    said[side] = set()
    for f in glob.glob(os.path.join(work, "out-" + side, "plans", "*.json")):
        p = json.load(open(f))
        base = os.path.basename(p["source"]["file"]).rsplit(".", 1)[0]
        for w in p["warnings"]:
            if w["code"] in ("ocr_number_unreadable", "ocr_reference_unsure"):
                said[side].add((base, w["code"], w["message"]))
for side, other in [("main", "new"), ("new", "main")]:
    for base, code, message in sorted(said[side] - said[other]):
        print(f"  {side} only, {base[:3]}, {code}: {message}")
PY
