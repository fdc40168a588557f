"""Cost per character of several pages given in one text, against the same pages one by one.

    python benchmarks/multipage.py [--copies 4 16 64 200] [--repeat 3] [--stages]

Joins the seed page (``seeds/``) with itself ``--copies`` times (line breaks between the
copies, as a whole issue pasted into one text) and times ``pressie.extract`` on that text
against the same number of single-page calls (CPU time, the median of ``--repeat`` runs).
A ratio near 1 means linear cost; a step that grows faster than the text shows as a ratio
that grows with the copies. ``--stages`` also gives each stage's ratio (from a profile, so
that the stage that grows can be named).
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import argparse
import cProfile
import pstats
import statistics
import time

from _common import SEED, peak_rss_mb, table

import pressie

#: Stage functions whose ratio ``--stages`` reports: (module, function).
STAGES = (("layout", "assign_roles"), ("times", "find_times_normalized"), ("quantities", "find_quantities_normalized"),
          ("people", "find_credits_normalized"), ("people", "find_people_normalized"),
          ("places", "find_places_normalized"), ("places", "find_orgs_normalized"), ("units", "assemble_units"),
          ("core", "_with_byline"), ("core", "read_events"), ("core", "to_source"))


def cpu_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def stage_seconds(fn) -> dict[str, float]:
    """Inclusive seconds of each stage function over one call of ``fn``."""
    profile = cProfile.Profile()
    profile.runcall(fn)
    out: dict[str, float] = {}
    for (path, _, name), (_, _, _, inclusive, _) in pstats.Stats(profile).stats.items():
        for module, function in STAGES:
            if name == function and path.endswith(f"pressie{os.sep}{module}.py"):
                out[f"{module}.{function}"] = out.get(f"{module}.{function}", 0.0) + inclusive
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, nargs="+", default=[4, 16, 64, 200])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also each stage's ratio (profiled)")
    args = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    pressie.extract(seed)  # warm the lexicon caches
    one = cpu_seconds(lambda: pressie.extract(seed), max(args.repeat, 5))
    one_stages = stage_seconds(lambda: pressie.extract(seed)) if args.stages else {}
    rows = []
    for n in args.copies:
        text = "\n".join([seed] * n)
        many = cpu_seconds(lambda: pressie.extract(text), args.repeat)
        row = [n, f"{len(text):,}", f"{many:.2f}", f"{n * one:.2f}", f"{many / (n * one):.2f}"]
        if args.stages:
            staged = stage_seconds(lambda: pressie.extract(text))
            row.append(", ".join(f"{k.split('.')[1]} {staged.get(k, 0.0) / (n * v):.2f}"
                                 for k, v in one_stages.items() if v > 0))
        rows.append(tuple(row))
    header = ("pages in one text", "characters", "CPU s", "one by one s", "ratio")
    if args.stages:
        header += ("ratio per stage (profiled)",)
    print(table(rows, header))
    print(f"one page: {len(seed) / one:,.0f} characters/s; peak RSS {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
