#!/usr/bin/env python3
"""Show where predicted article units differ from a gold pages file (a development aid).

    python scripts/diff_units.py ../shared/eval/dev-pages.jsonl [PAGE_ID ...]
    python scripts/diff_units.py --summary ../shared/eval/dev-realpages.jsonl

With ``--summary`` it prints B-cubed F1 and exact articles per page, then per id
prefix (hpage-, rpage-, …) and overall, computed as ``score.py`` does.
"""
import json
import sys
from collections import defaultdict

import pressie


def _bcubed(row: dict, articles: list) -> tuple[float, float, int, int, int]:
    """Summed B-cubed precision and recall over the gold blocks, their count, exact and gold articles."""
    gold_of = {b: k for k, a in enumerate(row["articles"]) for b in a["blocks"]}
    pred_of: dict[int, int] = {}
    for k, blocks in enumerate(articles):
        for b in blocks:
            pred_of.setdefault(b, k)
    gold_sets, pred_sets = defaultdict(set), defaultdict(set)
    for b, k in gold_of.items():
        gold_sets[k].add(b)
    for b, k in pred_of.items():
        pred_sets[k].add(b)
    p = r = 0.0
    for b, k in gold_of.items():
        pset = pred_sets[pred_of[b]] & set(gold_of) if b in pred_of else {b}
        common = len(gold_sets[k] & pset)
        p += common / len(pset)
        r += common / len(gold_sets[k])
    predicted = {frozenset(a) for a in articles}
    exact = sum(frozenset(a["blocks"]) in predicted for a in row["articles"])
    return p, r, len(gold_of), exact, len(row["articles"])


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(gold_path: str) -> None:
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0, 0])
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        page = pressie.extract(row["text"], published=row.get("published"), until="units")
        p, r, n, exact, count = _bcubed(row, [list(a.blocks) for a in page.articles])
        print(f"{row['id']:14} B3 {_f1(p / n, r / n):.3f}  exact {exact}/{count}")
        for key in ("all", str(row["id"]).split("-")[0]):
            t = totals[key]
            for i, v in enumerate((p, r, n, exact, count)):
                t[i] += v
    for key, (p, r, n, exact, count) in sorted(totals.items()):
        print(f"{key:14} B3 {_f1(p / n, r / n):.3f}  P {p / n:.3f}  R {r / n:.3f}  exact {exact / count:.3f} ({exact}/{count})")


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--summary":
        summary(args[1])
        return
    gold_path, *ids = args
    for line in open(gold_path, encoding="utf-8"):
        row = json.loads(line)
        if ids and row["id"] not in ids:
            continue
        page = pressie.extract(row["text"], published=row.get("published"))
        gold = sorted(tuple(a["blocks"]) for a in row["articles"])
        pred = sorted(tuple(a.blocks) for a in page.articles)
        gset, pset = set(map(frozenset, gold)), set(map(frozenset, pred))
        bad_g = [g for g in gold if frozenset(g) not in pset]
        bad_p = [p for p in pred if frozenset(p) not in gset]
        furn = (sorted(row["furniture"]), list(page.furniture))
        if not bad_g and not bad_p and furn[0] == furn[1]:
            continue
        print(f"== {row['id']}: gold-only {bad_g}  pred-only {bad_p}  furniture gold/pred {furn}")
        text = row["text"]
        shown = sorted({i for g in bad_g for i in g} | {i for p in bad_p for i in p} | set(furn[0]) ^ set(furn[1]))
        for i in shown:
            b = page.blocks[i]
            print(f"   {i:3} {b.role:9} {text[b.start:b.end][:30]!r} … {text[b.start:b.end][-12:]!r}")


if __name__ == "__main__":
    main()
