#!/usr/bin/env python3
"""Issue 20 part 3 measure: how many records of an ingest's plans carry `page` and `box`, and how many boxes are
wrong. A box is checked against the page's own word boxes (the reader's, kept in the output's text cache): it is
wrong when the words it holds miss most of the record's anchor words (the section heading, the target's text, the
task's description, the mention's span), or when its inner lines hold words of other text (a box stretched over a
neighbouring table cell or paragraph).
    bench/boxes.py OUT_DIR [--label NAME] [--list]
OUT_DIR is a `planlens ingest --out` folder; --list prints each record without a box or with a wrong box."""
import argparse, glob, gzip, json, os, re, unicodedata

PARTS = ["sections", "targets", "tasks", "references", "agencies"]
# anchor words of a record checked against its box (a long task description is checked by its opening)
ANCHOR_WORDS = 12
# share of the anchor words the box must hold
HOLD = 0.5


def tokens(s):
    s = unicodedata.normalize("NFC", s).lower()
    return [t for t in re.findall(r"\w+", s) if len(t) >= 2 or t.isdigit()]


def cache_entry(out, sha):
    for f in glob.glob(os.path.join(out, "text-cache", sha[:2], sha + "-*.json.gz")):
        return json.load(gzip.open(f))
    return None


def words_in(layout, box):
    w, h = layout["width"], layout["height"]
    left, top, right, bottom = box[0] * w, box[1] * h, box[2] * w, box[3] * h
    tol = 0.004 * w
    inside = []
    for word in layout["words"]:
        cx, cy = (word["x0"] + word["x1"]) / 2, (word["y0"] + word["y1"]) / 2
        if left - tol <= cx <= right + tol and top - tol <= cy <= bottom + tol:
            inside.append(word)
    return inside


def rows(words):
    """Words (in the page's reading order) grouped into lines: a line ends where the next word goes back left or
    leaves the line's height (a skewed scan's lines slope, so neighbours are compared, not the page's rows); marks
    OCR read from specks ("~", "-") are left out."""
    out = []
    for word in (w for w in words if tokens(w["text"])):
        if out:
            last = out[-1][-1]
            height = max(1.0, last["y1"] - last["y0"])
            cy, ly = (word["y0"] + word["y1"]) / 2, (last["y0"] + last["y1"]) / 2
            if word["x0"] >= last["x0"] and abs(cy - ly) < 0.8 * height:
                out[-1].append(word)
                continue
        out.append([word])
    return out


def wrong(layout, box, anchor, whole):
    """Why the box is wrong for a record with these anchor words (its whole text's words `whole`), or None."""
    inside = words_in(layout, box)
    held = set(t for w in inside for t in tokens(w["text"]))
    want = anchor[:ANCHOR_WORDS]
    if want and sum(1 for t in want if t in held) < HOLD * len(want):
        return "misses"
    mine = set(whole)
    lines = rows(inside)
    foreign = [t for line in lines[1:-1] for w in line for t in tokens(w["text"]) if t not in mine]
    if len(foreign) > max(3, 0.2 * len(whole)):
        return "foreign"
    return None


def records(plan, text):
    for s in plan["sections"]:
        yield "sections", s["id"], s, s["heading"], s["heading"]
    for t in plan["targets"]:
        yield "targets", t["id"], t, t["text"], t["text"]
    for k in plan["tasks"]:
        yield "tasks", k["id"], k, k["description"], k["description"]
    for part, key in (("references", "legalReferences"), ("agencies", "agencies")):
        for r in plan[key]:
            for i, m in enumerate(r["mentions"]):
                span = text[m["start"]:m["end"]]
                yield part, f"{r['id']}.{i}", m, span, span


def measure(out, listing):
    counts = {p: [0, 0, 0, 0] for p in PARTS}
    for f in sorted(glob.glob(os.path.join(out, "plans", "*.json"))):
        plan = json.load(open(f))
        text = open(f[:-5] + ".txt").read()
        cache = cache_entry(out, plan["source"]["sha256"])
        layouts = {l["page"]: l for l in (cache or {}).get("layout", [])}
        name = os.path.basename(plan["source"]["file"])
        for part, rid, rec, anchor, whole in records(plan, text):
            c = counts[part]
            c[0] += 1
            page, box = rec.get("page"), rec.get("box")
            c[1] += page is not None
            c[2] += box is not None
            why = None
            if box is not None and page in layouts and layouts[page]["words"]:
                why = wrong(layouts[page], box, tokens(anchor), tokens(whole))
                c[3] += why is not None
            if listing and page is not None and (box is None or why):
                print(f"  {name} {part} {rid} p{page} {why or 'no box'}: {anchor[:70]!r}")
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--label")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    counts = measure(a.out, a.list)
    label = a.label or os.path.basename(os.path.normpath(a.out))
    print(f"{label:14} " + "  ".join(f"{p}: {c[0]} items, {c[1]} page, {c[2]} box, {c[3]} wrong"
                                     for p, c in counts.items()))


if __name__ == "__main__":
    main()
