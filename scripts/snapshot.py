#!/usr/bin/env python3
"""Byte-identical safety net for refactors: extract every document of some gold files and
compare the JSON output with a saved snapshot.

    python scripts/snapshot.py save  DIR [GOLD.jsonl ...]   # write DIR/<file>.jsonl
    python scripts/snapshot.py check DIR [GOLD.jsonl ...]   # exit 1 and list ids that differ

Without GOLD files it uses ../shared/eval/dev-*.jsonl when that folder exists. A gold file is
any JSONL with ``id``, ``text`` and optional ``published``; only those fields are read.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pressie

HERE = Path(__file__).resolve().parent.parent


def _golds(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return sorted((HERE.parent / "shared" / "eval").glob("dev-*.jsonl"))


def _lines(gold: Path) -> list[tuple[str, str]]:
    out = []
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        page = pressie.extract(row["text"], published=row.get("published"))
        out.append((str(row.get("id")), json.dumps(page.to_dict(), ensure_ascii=False, sort_keys=True)))
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    action, folder = argv[0], Path(argv[1])
    golds = _golds(argv[2:])
    if not golds:
        print("snapshot: no gold files", file=sys.stderr)
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    bad = 0
    for gold in golds:
        lines = _lines(gold)
        target = folder / gold.name
        if action == "save":
            target.write_text("".join(f"{i}\t{j}\n" for i, j in lines), encoding="utf-8")
            print(f"{gold.name}: {len(lines)} documents saved")
            continue
        saved = dict(l.split("\t", 1) for l in target.read_text(encoding="utf-8").splitlines())
        diff = [i for i, j in lines if saved.get(i) != j]
        bad += len(diff)
        print(f"{gold.name}: {len(lines) - len(diff)}/{len(lines)} identical" + (f"; differ: {' '.join(diff[:30])}" if diff else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
