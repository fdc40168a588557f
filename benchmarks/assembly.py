"""Time (or count) the layout and article-assembly stages alone, on the dev pages.

    python benchmarks/assembly.py [--repeat 5] [--stage layout|assembly|both] [--profile]

Reads every page of ``dev-pages.jsonl`` and ``dev-realpages.jsonl`` (see ``_common.eval_dirs``)
up to the article assembly once, then runs the chosen stage over them ``--repeat`` times and
prints the median pass. ``layout``: :func:`pressie.layout.assign_roles` on the page's blocks;
``assembly``: :func:`pressie.units.assemble_units` (with the person names per block, as the
pipeline passes them) on the pages that read as pages. ``--profile`` runs one pass under
cProfile instead and prints the top functions. For instruction counts run it under
``valgrind --tool=callgrind`` with ``--repeat 1`` and ``--repeat 0`` and subtract.
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import argparse
import statistics
import time

from _common import gold

import pressie
from pressie.core import _names_by_block, read_layout
from pressie.layout import assign_roles, split_blocks
from pressie.people import find_credits_normalized, find_people_normalized
from pressie.units import assemble_units, looks_like_page


def _inputs() -> list[tuple[list, list, dict]]:
    """Per page: its unlabelled blocks, its labelled blocks and its names per block."""
    out = []
    for name in ("dev-pages.jsonl", "dev-realpages.jsonl"):
        for doc in gold(name):
            page, _ = read_layout(doc["text"])
            credits = find_credits_normalized(page.text)
            people = find_people_normalized(page.text, credits)
            blocks = list(page.blocks)
            out.append((split_blocks(page.text), blocks, _names_by_block(blocks, people)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--stage", choices=("layout", "assembly", "both"), default="both")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    pages = _inputs()
    for raw, blocks, names in pages[:3]:  # load the lazy caches
        assign_roles(raw)
        assemble_units(blocks, names=names)

    def one_pass() -> None:
        for raw, blocks, names in pages:
            if args.stage in ("layout", "both"):
                assign_roles(raw)
            if args.stage in ("assembly", "both") and looks_like_page(blocks):
                assemble_units(blocks, names=names)

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("one_pass()", globals(), {"one_pass": one_pass}, "/tmp/assembly.prof")
        pstats.Stats("/tmp/assembly.prof").sort_stats("cumulative").print_stats(40)
        return
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        one_pass()
        times.append(time.perf_counter() - start)
    if times:
        chars = sum(len(b.text) for _, blocks, _ in pages for b in blocks)
        sec = statistics.median(times)
        print(f"{args.stage}: {sec * 1000:.1f} ms per pass over {len(pages)} pages ({chars} characters)")


if __name__ == "__main__":
    main()
