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
echo "builds: main=$(git rev-parse --short "$ref") new=$(git rev-parse --short HEAD); $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%H:%M:%SZ)"
export JAVA_HOME="${JAVA_HOME:-$(./planlens java-home)}"
for side in main new; do
  [ -f "$work/$side/target/planlens.jar" ] && continue
  rm -rf "$work/$side" && mkdir -p "$work/$side"
  git archive "$([ "$side" = main ] && echo "$ref" || echo HEAD)" | tar -x -C "$work/$side"
  (cd "$work/$side" && mvn -o -q -B -DskipTests package >/dev/null 2>&1) &
done
wait
rm -rf "$work/form" "$work"/pages-* "$work"/out-*
mkdir -p "$work/form"
tools="$(cd "$work/new" && ./planlens tools-classpath)"
for seed in "$shared"/corpus/seeds/*.txt; do
  base="$(basename "$seed" .txt)"
  "$JAVA_HOME/bin/java" -cp "$tools" org.planlens.fixtures.ScanFixtureGenerator \
    "$seed" "$work/pages-$base" flatbed "${CHARS:-100000000}" "${FONT:-mono}" >/dev/null
  cp "$work/pages-$base/scan.pdf" "$work/form/$base.pdf"
done
echo "form ready: $(ls "$work/form" | wc -l) documents, first ${CHARS:-all} characters in ${FONT:-mono}, $(ls "$work"/pages-*/png | grep -c png) pages; $(date -u +%H:%M:%SZ), load $(cut -d' ' -f1 /proc/loadavg)"
export OMP_THREAD_LIMIT=1
for side in main new; do
  (cd "$work/$side" && start=$(date +%s) && ./planlens ingest "$work/form" --out "$work/out-$side" >/dev/null 2>&1;
   echo "$side ingest $(( $(date +%s) - start )) s, ended $(date -u +%H:%M:%SZ)") &
done
wait
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
PY
for side in main new; do
  grep -h -o '"code":"ocr_\(number_unreadable\|reference_unsure\)","message":"[^"]*"' "$work/out-$side"/plans/*.json \
    | sed "s/^/$side /" | sort | uniq
done
