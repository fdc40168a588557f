"""Names, (name, title) pairs and places against the persons and places of the dev gold events.

    python benchmarks/people.py [--segmenter pkuseg]

Gold: every ``who`` (name, titles) and ``where`` of ``dev-articles.jsonl``.
Predicted: ``find_people`` / ``find_places`` over the whole article (so
precision counts persons the gold does not list as event participants:
read it as a lower bound); "where (event slot)" is the ``where`` of the events
``pressie.extract`` finds, counted like ``score.py`` (type, place). With ``--segmenter pkuseg`` (needs the ``pkuseg``
extra and ``pressie models fetch``) the same rows are printed a second time
with names and places kept only on pkuseg's word boundaries, with the
segmenter's load time and throughput (see docs/design.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

from _common import f1, gold, table  # noqa: E402

import pressie  # noqa: E402
from pressie.people import find_people  # noqa: E402
from pressie.places import find_places  # noqa: E402
from pressie.segment import on_boundaries  # noqa: E402


def run(rows, segmenter=None) -> tuple[list, float, int]:
    counts = {k: [0, 0, 0] for k in ("names", "name+title", "where (all places)", "where (event slot)")}
    chars = 0
    took = 0.0
    for row in rows:
        text = row["text"]
        chars += len(text)
        start = time.perf_counter()
        people = find_people(text)
        places = find_places(text)
        if segmenter is not None:
            bounds = segmenter.boundaries(text)
            people = [p for p in people if on_boundaries(p.start, p.end, bounds)]
            places = [p for p in places if on_boundaries(p.start, p.end, bounds)]
        took += time.perf_counter() - start
        g_names = {w["name"] for e in row["events"] for w in e["who"]}
        g_pairs = {(w["name"], t) for e in row["events"] for w in e["who"] for t in w["titles"]}
        g_where = {p for e in row["events"] for p in e["where"]}
        p_names = {p.text for p in people}
        p_pairs = {(p.text, t.text) for p in people for t in p.titles}
        p_where = {p.text for p in places}
        # The event slot, as score.py counts it: (type, place) per document.
        page = pressie.extract(text, published=row.get("published"), segmenter=segmenter)
        g_slot = {(e["type"], p) for e in row["events"] for p in e["where"]}
        p_slot = {(e.type, p.text) for e in page.events for p in e.where}
        for key, g, p in (("names", g_names, p_names), ("name+title", g_pairs, p_pairs),
                          ("where (all places)", g_where, p_where), ("where (event slot)", g_slot, p_slot)):
            counts[key][0] += len(g & p)
            counts[key][1] += len(p - g)
            counts[key][2] += len(g - p)
    out = []
    label = "pkuseg boundaries" if segmenter is not None else "no segmenter"
    for key, (tp, fp, fn) in counts.items():
        p, r, f = f1(tp, fp, fn)
        out.append((key, label, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", tp, fp, fn))
    return out, took, chars


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segmenter", choices=("none", "pkuseg"), default="none")
    args = parser.parse_args()
    rows = gold("dev-articles.jsonl")
    out, took, chars = run(rows)
    lines = [f"find_people + find_places: {chars / took:,.0f} chars/s (no segmenter)"]
    if args.segmenter == "pkuseg":
        from pressie.segment import PkusegSegmenter

        start = time.perf_counter()
        segmenter = PkusegSegmenter()
        load = time.perf_counter() - start
        more, took2, _ = run(rows, segmenter)
        out += more
        lines.append(f"with pkuseg boundaries: {chars / took2:,.0f} chars/s; model load {load:.1f} s")
    print(table(out, ("what", "segmenter", "P", "R", "F1", "tp", "fp", "fn")))
    print("\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
