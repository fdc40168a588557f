"""Names, (name, title) pairs and places against the persons and places of the dev gold events.

    python benchmarks/people.py

Gold: every ``who`` (name, titles) and ``where`` of ``dev-articles.jsonl``.
Predicted: ``find_people`` / ``find_places`` over the whole article (so
precision counts persons the gold does not list as event participants:
read it as a lower bound). No segmenter is used (see docs/design.md).
"""

from __future__ import annotations

import os
import sys
import time

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

from _common import f1, gold, table  # noqa: E402

from pressie.people import find_people  # noqa: E402
from pressie.places import find_places  # noqa: E402


def main() -> None:
    rows = gold("dev-articles.jsonl")
    counts = {k: [0, 0, 0] for k in ("names", "name+title", "where (all places)")}
    chars = 0
    took = 0.0
    for row in rows:
        text = row["text"]
        chars += len(text)
        start = time.perf_counter()
        people = find_people(text)
        places = find_places(text)
        took += time.perf_counter() - start
        g_names = {w["name"] for e in row["events"] for w in e["who"]}
        g_pairs = {(w["name"], t) for e in row["events"] for w in e["who"] for t in w["titles"]}
        g_where = {p for e in row["events"] for p in e["where"]}
        p_names = {p.text for p in people}
        p_pairs = {(p.text, t.text) for p in people for t in p.titles}
        p_where = {p.text for p in places}
        for key, g, p in (("names", g_names, p_names), ("name+title", g_pairs, p_pairs),
                          ("where (all places)", g_where, p_where)):
            counts[key][0] += len(g & p)
            counts[key][1] += len(p - g)
            counts[key][2] += len(g - p)
    out = []
    for key, (tp, fp, fn) in counts.items():
        p, r, f = f1(tp, fp, fn)
        out.append((key, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", tp, fp, fn))
    print(table(out, ("what", "P", "R", "F1", "tp", "fp", "fn")))
    print(f"\nfind_people + find_places: {chars / took:,.0f} chars/s (no segmenter)")


if __name__ == "__main__":
    main()
