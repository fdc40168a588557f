#!/usr/bin/env python3
"""Show where predicted article units differ from a gold pages file (a development aid).

    python scripts/diff_units.py ../shared/eval/dev-pages.jsonl [PAGE_ID ...]
"""
import json
import sys

import pressie


def main() -> None:
    gold_path, *ids = sys.argv[1:]
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
