"""Time (or count under callgrind) one finder stage at a time over the dev pages.

    python benchmarks/stages.py [--form normalised|raw] [--repeat 5] [--files dev-pages.jsonl,...] [STAGE ...]
    python benchmarks/stages.py --passes 1 times      # one pass of one stage, for valgrind --tool=callgrind

Stages: normalize, times, quantities, credits, people, positions (the position-word scan),
remap (records found on the normalised text mapped back to the raw text: ``--form raw``).
Prints the median CPU seconds per pass of each stage; with ``--passes`` it runs that many
passes of the stages named and prints nothing, for callgrind: with ``--collect-atstart=no
--toggle-collect=_operator_call`` it counts the passes alone. What the warm-up leaves is frozen
out of the garbage collector (``gc.freeze``), so that counts do not jump with its full passes.
"""

from __future__ import annotations

import os
import sys

# This folder holds scripts named like modules (times.py): keep it behind the installed packages on sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import argparse
import gc
import operator
import datetime as dt
import statistics
import time

from _common import gold
from pipeline import raw_form

import pressie
from pressie import core
from pressie.normalize import normalize
from pressie.people import find_credits_normalized, find_people_normalized, person_lexicon
from pressie.quantities import find_quantities_normalized
from pressie.times import find_times_normalized


def _inputs(files: list[str], form: str) -> list[dict]:
    docs = []
    for name in files:
        for row in gold(name):
            text = row["text"] if form == "normalised" else raw_form(row["text"])
            norm = normalize(text)
            published = pressie.times.coerce_date(row.get("published"))
            docs.append({"text": text, "norm": norm, "nt": norm.text, "published": published})
    return docs


STAGES = ("normalize", "times", "quantities", "credits", "people", "positions", "remap")


def _stages(docs: list[dict], names: list[str]) -> dict:
    """The stages, each a function of no arguments that runs it over ``docs``; what the stages in
    ``names`` read besides the text is made here (credits for people, pages for remap)."""
    lex = person_lexicon()
    if "people" in names:
        for d in docs:
            d["credits"] = find_credits_normalized(d["nt"])
    if "remap" in names:
        for d in docs:
            if d["norm"].identity:
                continue
            page, norm = core.read_layout(d["text"], published=d["published"])
            page = core.read_events(core.read_units(page))
            d["page"] = page
    return {
        "normalize": lambda: [normalize(d["text"]) for d in docs],
        "times": lambda: [find_times_normalized(d["nt"], d["published"]) for d in docs],
        "quantities": lambda: [find_quantities_normalized(d["nt"]) for d in docs],
        "credits": lambda: [find_credits_normalized(d["nt"]) for d in docs],
        "people": lambda: [find_people_normalized(d["nt"], d["credits"]) for d in docs],
        "positions": lambda: [lex["position_spans"](d["nt"]) for d in docs],
        "remap": lambda: [core.to_source(d["page"], d["norm"]) for d in docs if "page" in d],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("stages", nargs="*")
    parser.add_argument("--form", choices=("normalised", "raw"), default="normalised")
    parser.add_argument("--files", default="dev-pages.jsonl,dev-realpages.jsonl")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--passes", type=int, default=None, help="run this many passes, print nothing")
    args = parser.parse_args()
    docs = _inputs(args.files.split(","), args.form)
    names = args.stages or list(STAGES)
    stages = _stages(docs, names)
    for name in names:
        stages[name]()  # warm the caches
    # The vocabularies and compiled patterns live as long as the process: keep them out of the
    # collector's full passes, which would otherwise land in one pass or another at random.
    gc.collect()
    gc.freeze()
    if args.passes is not None:
        def passes():
            for _ in range(args.passes):
                for name in names:
                    stages[name]()
        # (Run through operator.call, which nothing else calls: ``valgrind --tool=callgrind
        # --collect-atstart=no --toggle-collect=_operator_call`` then counts the passes alone.)
        operator.call(passes)
        return
    chars = sum(len(d["text"]) for d in docs)
    for name in names:
        times = []
        for _ in range(args.repeat):
            start = time.process_time()
            stages[name]()
            times.append(time.process_time() - start)
        print(f"{name:12s} {statistics.median(times) * 1000:8.1f} ms per pass over {chars} characters")


if __name__ == "__main__":
    main()
