#!/usr/bin/env python3
"""Count string literals holding Han characters in src/pressie/*.py (docstrings aside) and the
comparisons with an event-type name — the vocabulary that lives in code rather than in resources/.

    python scripts/han_literals.py [--list]
"""
from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "pressie"
HAN = re.compile(r"[\u3400-\u9fff]")
TYPES = {"meeting", "inspection", "volunteer"}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                ids.add(id(body[0].value))
    return ids


def main(argv: list[str]) -> int:
    show = "--list" in argv
    han, types = Counter(), Counter()
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                    and HAN.search(node.value):
                han[path.stem] += 1
                if show:
                    print(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
            if isinstance(node, ast.Compare):
                consts = [c for c in [node.left, *node.comparators] if isinstance(c, ast.Constant)]
                consts += [e for c in node.comparators if isinstance(c, (ast.Tuple, ast.Set, ast.List)) for e in c.elts
                           if isinstance(e, ast.Constant)]
                if any(isinstance(c.value, str) and c.value in TYPES for c in consts):
                    types[path.stem] += 1
                    if show:
                        print(f"{path.name}:{node.lineno}: event-type comparison")
    print("Han string literals:", sum(han.values()), dict(han.most_common()))
    print("event-type comparisons:", sum(types.values()), dict(types.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
