"""Helpers shared by the benchmark scripts (not part of the package)."""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ec77b263febc861d.txt"


def eval_dirs() -> list[Path]:
    """Where gold files are looked for: $PRESSIE_EVAL, $PRESSIE_SHARED/eval, then ../shared/eval."""
    dirs = []
    if os.environ.get("PRESSIE_EVAL"):
        dirs.append(Path(os.environ["PRESSIE_EVAL"]))
    if os.environ.get("PRESSIE_SHARED"):
        dirs.append(Path(os.environ["PRESSIE_SHARED"]) / "eval")
    dirs.append(ROOT.parent / "shared" / "eval")
    return dirs


def gold(name: str) -> list[dict]:
    """The documents of a gold file (docs/evaluation.md describes the format) found in :func:`eval_dirs`."""
    for folder in eval_dirs():
        path = folder / name
        if path.exists():
            return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    raise SystemExit(f"{name} not found in {', '.join(map(str, eval_dirs()))}: set PRESSIE_EVAL to the folder "
                     f"that holds your gold files")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int) -> float:
    """Current resident set size (MB) of process ``pid`` from /proc; 0.0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed(fn, *args, repeat: int = 1, **kwargs):
    """(result, seconds per call) of ``fn`` over ``repeat`` calls."""
    start = time.perf_counter()
    for _ in range(repeat):
        result = fn(*args, **kwargs)
    return result, (time.perf_counter() - start) / repeat


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(rows: list[tuple], header: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda row: "| " + " | ".join(str(x).ljust(w) for x, w in zip(row, widths)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])
