"""Throughput and memory of the whole pipeline, against jionlp's time extraction on the same text.

    python benchmarks/pipeline.py [--mb 5] [--repeat 5] [--jobs 2] [--form normalised|raw|both]

Runs ``pressie.extract`` over the dev pages repeated to at least ``--mb``
megabytes of text (page by page, as an ETL job would), ``--repeat`` times
(the median pass is reported), then, when the ``bench`` extra is installed,
``jionlp.ner.extract_time`` warm on a slice of the same pages in the same
process (median of as many passes); prints pages/s, chars/s, peak RSS and the
speed ratio (one process against one process), and the throughput of
``pressie.extract_many`` over ``--jobs`` worker processes (the ETL path).

``--form raw`` gives the pages as most e-paper and web text comes: full-width
punctuation, ideographic spaces and CRLF line ends, so that the map from the
normalised text back to the caller's text is part of what is timed;
``--form both`` times both forms in the same process, against the same jionlp
figure.
"""

from __future__ import annotations

import os
import sys

# This folder holds scripts named like modules (times.py): keep it behind the installed packages on sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import argparse
import contextlib
import io
import logging
import statistics
import time

from _common import gold, peak_rss_mb, table

import pressie


#: Half-width characters of the dev pages and the full-width forms real page texts use.
_WIDE = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", " ": "\u3000"})


def raw_form(text: str) -> str:
    """``text`` as a raw e-paper text: full-width punctuation and spaces, CRLF line ends."""
    return text.translate(_WIDE).replace("\n", "\r\n")


def _median_seconds(fn, repeat: int) -> float:
    """The median wall time of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _corpus(pages: list, target: int) -> tuple[list, int]:
    """The pages repeated to at least ``target`` bytes of UTF-8: (documents, bytes)."""
    docs, size = [], 0
    while size < target:
        for text, published in pages:
            docs.append((text, published))
            size += len(text.encode("utf-8"))
    return docs, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus; the median is reported")
    parser.add_argument("--peer-chars", type=int, default=300_000, help="characters given to jionlp")
    parser.add_argument("--jobs", type=int, default=2, help="also time extract_many with this many processes (1: skip)")
    parser.add_argument("--form", choices=("normalised", "raw", "both"), default="normalised",
                        help="the pages as they are, or in a raw full-width form with CRLF line ends, or both")
    args = parser.parse_args()
    pages = [(row["text"], row.get("published")) for row in gold("dev-pages.jsonl")]
    forms = ("normalised", "raw") if args.form == "both" else (args.form,)
    target = int(args.mb * 1_000_000)
    pressie.extract(pages[0][0])  # warm the lexicon caches
    rows, rates = [], {}
    for form in forms:
        docs, size = _corpus([(raw_form(t), p) for t, p in pages] if form == "raw" else pages, target)
        chars = sum(len(t) for t, _ in docs)

        def run() -> None:
            for text, published in docs:
                pressie.extract(text, published=published)

        seconds = _median_seconds(run, args.repeat)
        rates[form] = chars / seconds
        rows.append((f"pressie.extract (whole pipeline), {form}", len(docs), f"{size / 1e6:.1f} MB",
                     f"{len(docs) / seconds:,.0f}", f"{chars / seconds:,.0f}", f"{peak_rss_mb():,.0f}"))
        if args.jobs > 1:
            # The ETL path: extract_many over worker processes, JSON lines back (as `pressie extract -j N`).
            start = time.perf_counter()
            for _ in pressie.extract_many(docs, n_process=args.jobs, output="json"):
                pass
            many = time.perf_counter() - start
            rows.append((f"pressie.extract_many, {args.jobs} processes, JSON out, {form}", len(docs),
                         f"{size / 1e6:.1f} MB", f"{len(docs) / many:,.0f}", f"{chars / many:,.0f}", "—"))
    peer_rate = None
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp  # noqa: F401  (prints a banner on import)
        logging.getLogger().setLevel(logging.CRITICAL)  # jionlp logs tracebacks at ERROR
        sample, n = [], 0
        for text, _ in _corpus(pages, target)[0]:
            sample.append(text)
            n += len(text)
            if n >= args.peer_chars:
                break

        def peer() -> None:
            for text in sample:
                jionlp.ner.extract_time(text)

        with contextlib.redirect_stdout(io.StringIO()):
            jionlp.ner.extract_time(sample[0])
            seconds = _median_seconds(peer, args.repeat)
        peer_rate = n / seconds
        rows.append(("jionlp.ner.extract_time (times only)", len(sample), f"{n / 1e6:.2f} M chars",
                     f"{len(sample) / seconds:,.0f}", f"{peer_rate:,.0f}", "—"))
    except ImportError:
        pass
    print(f"pages in {' and '.join(forms)} form; median of {args.repeat} passes")
    print(table(rows, ("run", "pages", "text", "pages/s", "chars/s", "peak RSS MB")))
    if peer_rate is not None:
        for form, rate in rates.items():
            print(f"speed ratio pressie (whole pipeline, one process, {form}) / jionlp (time extraction only): "
                  f"{rate / peer_rate:.2f}x")


if __name__ == "__main__":
    main()
