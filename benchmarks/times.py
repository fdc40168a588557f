"""pressie's time grammar next to jionlp's ``extract_time`` (and dateparser) on the same texts.

    python benchmarks/times.py

Prints extraction counts on the seed page and the dev articles, false times on
a corpus of negative phrases, the ``when`` slot F1 of pressie's events on the
dev gold (events whose time is stated), and the speed ratio in chars/s (warm).
"""

from __future__ import annotations

import os
import sys

# This folder holds scripts named like modules (times.py): keep it behind the installed packages on sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import contextlib
import io
import logging
import time

from _common import SEED, f1, gold, table

import pressie
from pressie.times import find_times

NEGATIVES = ["第一时间", "一时间", "1700余户", "3个", "2号楼", "5号线", "第8次", "12345热线", "24小时值班",
             "110", "305房间", "45%", "五一路", "一时半会", "十四五", "3号文件", "一日一查"]


def when_f1() -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    for row in gold("dev-articles.jsonl"):
        page = pressie.extract(row["text"], published=row.get("published"))
        g = {(e["type"], (e["when"] or {}).get("start", "")[:10] if (e["when"] or {}).get("start") else None)
             for e in row["events"] if e.get("when") and e["when"].get("start")}
        p = set()
        for e in page.events:
            if e.when is not None and e.when.start_value:
                start = e.when.start_value[:10]
                key = (e.type, start)
                # A partial gold date matches a predicted full date with the same month and day.
                partial = (e.type, "--" + start[5:10]) if not start.startswith("--") else key
                p.add(partial if partial in g else key)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return (*f1(tp, fp, fn), tp + fn)


REPEAT = 5  # each engine's time is its best of this many warm passes (as timeit reports)


def best_of(run, repeat: int) -> float:
    """The shortest wall time of ``repeat`` calls of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    seed = SEED.read_text(encoding="utf-8")
    articles = [(row["text"], row.get("published")) for row in gold("dev-articles.jsonl")]
    texts = [seed] + [t for t, _ in articles]
    chars = sum(len(t) for t in texts)
    find_times(seed)
    counts = [len([t for t in find_times(text) if t.kind in ("point", "span")]) for text in texts]
    ours = best_of(lambda: [find_times(text) for text in texts], REPEAT)
    false_ours = sum(1 for s in NEGATIVES for t in find_times(s) if t.kind in ("point", "span"))
    rows = [("pressie.find_times", counts[0], sum(counts[1:]), false_ours, f"{chars / ours:,.0f}")]
    ratio = None
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp
        logging.getLogger().setLevel(logging.CRITICAL)
        with contextlib.redirect_stdout(io.StringIO()):
            jionlp.ner.extract_time(seed)
            jcounts = [len(jionlp.ner.extract_time(text)) for text in texts]
            theirs = best_of(lambda: [jionlp.ner.extract_time(text) for text in texts], REPEAT)
            false_j = sum(len(jionlp.ner.extract_time(s)) for s in NEGATIVES)
        rows.append(("jionlp.ner.extract_time", jcounts[0], sum(jcounts[1:]), false_j, f"{chars / theirs:,.0f}"))
        ratio = theirs / ours
    except ImportError:
        pass
    try:
        import dateparser.search

        start = time.perf_counter()
        dcounts = [len(dateparser.search.search_dates(text, languages=["zh"]) or []) for text in texts[:20]]
        took = time.perf_counter() - start
        sample = sum(len(t) for t in texts[:20])
        rows.append(("dateparser.search_dates (first 20 texts)", dcounts[0], sum(dcounts[1:]), "—", f"{sample / took:,.0f}"))
    except ImportError:
        pass
    print(table(rows, ("engine", "times on seed", "times on dev articles", f"false times ({len(NEGATIVES)} negatives)", "chars/s")))
    p, r, f, n = when_f1()
    print(f"\npressie events' when (type, start day) on dev articles with a stated time: P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {n})")
    if ratio is not None:
        print(f"speed ratio pressie/jionlp (warm, same texts): {ratio:.1f}x")


if __name__ == "__main__":
    main()
