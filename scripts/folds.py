#!/usr/bin/env python3
"""Score pressie on subsets of a gold file: by id prefix and by a fixed two-fold split.

    python scripts/folds.py GOLD.jsonl articles|pages [--score PATH/score.py]

The fold of a document is a stable hash of its id (crc32 % 2), so "tune on fold 0, check
fold 1" is reproducible. Prints the all-slot line (and units line for pages) per subset.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

import pressie

HERE = Path(__file__).resolve().parent.parent


def fold(doc_id: str) -> int:
    return zlib.crc32(doc_id.encode("utf-8")) % 2


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("mode", choices=("articles", "pages"))
    ap.add_argument("--score", default=str(HERE.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("--slots", default="all", help="comma-separated slot names to print")
    args = ap.parse_args()
    rows = [json.loads(l) for l in Path(args.gold).read_text(encoding="utf-8").splitlines() if l.strip()]
    preds = {}
    for row in rows:
        page = pressie.extract(row["text"], published=row.get("published"))
        d = page.to_dict()
        d["id"] = row["id"]
        preds[row["id"]] = d
    groups: dict[str, list] = defaultdict(list)
    for row in rows:
        prefix = row["id"].split("-")[0]
        groups[f"prefix {prefix}"].append(row)
        groups[f"fold {fold(row['id'])}"].append(row)
        groups["all"].append(row)
    want = set(args.slots.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(groups):
            g, p = Path(tmp) / "g.jsonl", Path(tmp) / "p.jsonl"
            g.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in groups[name]), encoding="utf-8")
            p.write_text("".join(json.dumps(preds[r["id"]], ensure_ascii=False) + "\n" for r in groups[name]), encoding="utf-8")
            out = subprocess.run([sys.executable, args.score, args.mode, str(g), str(p)], capture_output=True, text=True).stdout
            lines = [l for l in out.splitlines() if l.split()[:1] and (l.split()[0] in want or l.startswith("article units"))]
            print(f"{name:14} n={len(groups[name]):3}  " + " | ".join(" ".join(l.split()) for l in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
