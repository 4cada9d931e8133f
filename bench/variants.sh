#!/usr/bin/env bash
# Issue 5 measurement: every seed in every form an archive holds (flatbed scan PDF, multi-page TIFF, TCVN3/VNI
# text, TCVN3 text-layer PDF, text PDF, DOCX, TCVN3/VNI DOCX, and, issue 20, the page saved from a legal-document
# website as a crawler's Markdown and as HTML, site text around both), ingested and scored with
# shared/tools/score.py next to the text version; CER of each form's normalised text against the text version's;
# OCR pages per second (pages OCRed over the form's whole ingest time).
#   bench/variants.sh            (needs ../shared beside the project)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
shared="$(cd ../shared && pwd)"
work="${PLANLENS_BENCH_DIR:-$(mktemp -d /tmp/planlens-variants.XXXXXX)}"
# forms already made in a reused PLANLENS_BENCH_DIR are kept; outputs are always made anew
[ -d "$work/forms" ] || ./planlens bench variants --seeds corpus "$work/forms"
rm -rf "$work/out" "$work/times"
./planlens ingest corpus --out "$work/out/text" >/dev/null
for form in $(ls "$work/forms"); do
  start=$(date +%s.%N)
  ./planlens ingest "$work/forms/$form" --out "$work/out/$form" >"$work/out-$form.log" 2>&1 || true
  end=$(date +%s.%N)
  echo "$form $(echo "$end - $start" | bc)" >>"$work/times"
done
python3 - "$work" "$shared" <<'PY'
import json, glob, os, re, subprocess, sys, shutil, unicodedata
work, shared = sys.argv[1], sys.argv[2]
times = dict(l.split() for l in open(os.path.join(work, "times")))
def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
def cer(a, b):
    # edits over aligned characters (difflib's matching blocks): an upper bound of the edit distance, exact for
    # the scattered small errors OCR makes, and fast on whole plans
    import difflib
    a, b = norm(a), norm(b)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op != "equal") / max(1, len(a))
def plans(out):
    res = {}
    for f in glob.glob(os.path.join(out, "plans", "*.json")):
        p = json.load(open(f))
        base = os.path.basename(p["source"]["file"]).rsplit(".", 1)[0]
        res[base] = (f, p)
    return res
def score(out):
    gold = os.path.join(work, "gold-" + os.path.basename(out))
    shutil.rmtree(gold, ignore_errors=True); os.makedirs(gold)
    for base, (f, p) in plans(out).items():
        g = json.load(open(os.path.join(shared, "gold", base + ".txt.json")))
        g["file"] = os.path.basename(p["source"]["file"])
        json.dump(g, open(os.path.join(gold, g["file"] + ".json"), "w"), ensure_ascii=False)
    r = subprocess.run(["python3", os.path.join(shared, "tools/score.py"), os.path.join(out, "plans"), gold,
                        "--schema", os.path.join(shared, "spec/plan.schema.json"), "--json"], capture_output=True, text=True)
    return json.JSONDecoder().raw_decode(r.stdout)[0]
text = plans(os.path.join(work, "out", "text"))
base_score = score(os.path.join(work, "out", "text"))
parts = ["sections", "legalReferences", "targets", "agencies", "tasks"]
print(f"{'form':10} {'docs':>4} {'CER':>7} {'ocrPages':>8} {'sec/form':>8} {'ocrPg/s':>7} "
      + " ".join(f"{p[:9]:>9}" for p in parts)
      + f" {'schemaErr':>9}")
print(f"{'text':10} {len(text):4} {0:7.4f} {0:8} {'':>8} {'':>7} "
      + " ".join(f"{base_score[p]['f1']:9.3f}" for p in parts)
      + f" {base_score['schemaErrors']:9}")
for form in sorted(os.listdir(os.path.join(work, "forms"))):
    out = os.path.join(work, "out", form)
    got = plans(out)
    if not got:
        print(f"{form:10} no plans"); continue
    s = score(out)
    cers = [cer(open(text[b][0][:-5] + ".txt").read(), open(f[:-5] + ".txt").read()) for b, (f, p) in got.items() if b in text]
    ocr = sum((p["source"].get("pages") or 0) for f, p in got.values() if p["source"]["ocr"])
    rate = f"{ocr / float(times[form]):7.2f}" if ocr else f"{'':>7}"
    print(f"{form:10} {len(got):4} {sum(cers)/len(cers):7.4f} {ocr:8} {float(times[form]):8.1f} {rate} "
          + " ".join(f"{s[p]['f1']:9.3f}" for p in parts) + f" {s['schemaErrors']:9}")
PY
# issue 20 part 3: per form and part, records with page, with box, and wrong boxes (bench/boxes.py)
for form in $(ls "$work/forms"); do
  python3 bench/boxes.py "$work/out/$form" --label "$form"
done
