#!/usr/bin/env python3
"""Draw a reproducible random sample of the page-level findings users browse
(``page.places``, ``page.orgs``, ``page.people``) from gold files, with context, for a
precision audit by hand.

    python scripts/audit_sample.py [-n 200] [--seed 7] GOLD.jsonl [GOLD.jsonl ...] > sample.tsv

Columns: n, kind, document id, start, end, text, context (10 characters either side,
the finding in [brackets]). Mark each row well-formed or not by reading it.
"""
from __future__ import annotations

import argparse
import json
import random
import sys

import pressie


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    found = []
    for path in args.gold:
        for raw in open(path, encoding="utf-8"):
            if not raw.strip():
                continue
            row = json.loads(raw)
            text = row["text"]
            page = pressie.extract(text, published=row.get("published"))
            for kind, items in (("place", page.places), ("org", page.orgs), ("person", page.people)):
                for item in items:
                    found.append((kind, row["id"], item.start, item.end, item.text, text))
    rng = random.Random(args.seed)
    sample = rng.sample(found, min(args.n, len(found)))
    print(f"# {len(found)} findings; {len(sample)} drawn with seed {args.seed}", file=sys.stderr)
    for n, (kind, doc, s, e, t, text) in enumerate(sample, 1):
        ctx = (text[max(0, s - 10):s] + "[" + text[s:e] + "]" + text[e:e + 10]).replace("\n", "⏎")
        print(f"{n}\t{kind}\t{doc}\t{s}\t{e}\t{t}\t{ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
