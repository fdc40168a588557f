#!/usr/bin/env python3
"""Show, per document, the event tuples that differ from a gold file (a development aid).

    python scripts/diff_events.py ../shared/eval/dev-articles.jsonl [--slot where] [ID ...]
"""
import argparse
import importlib.util
import json
from pathlib import Path

import pressie

spec = importlib.util.spec_from_file_location("score", Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--slot", action="append")
    args = parser.parse_args()
    slots = args.slot or list(score.SLOTS)
    for line in open(args.gold, encoding="utf-8"):
        row = json.loads(line)
        if args.ids and row["id"] not in args.ids:
            continue
        page = pressie.extract(row["text"], published=row.get("published"))
        pred = [e.to_dict() for e in page.events]
        gold = row.get("events") or [e for a in row.get("articles", []) for e in a.get("events") or []]
        g, p = score.tuples(gold), score.tuples(pred)
        for slot in ("event", "when"):
            p[slot] = {score.align(t, g[slot]) for t in p[slot]}
        lines = []
        for slot in slots:
            missing, extra = g[slot] - p[slot], p[slot] - g[slot]
            if missing or extra:
                lines.append(f"  {slot:6} missing {sorted(missing, key=str)}  extra {sorted(extra, key=str)}")
        if lines:
            print(f"== {row['id']}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
