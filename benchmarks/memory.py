"""Memory of ``pressie.extract_many`` over a long stream: is it flat?

    python benchmarks/memory.py [--docs 100000] [--jobs 1] [--every 5000]

Streams ``--docs`` documents from a generator (nothing is held: each result is
written to /dev/null as a JSON line, as an ETL job would write it) and samples
the resident set size (RSS) of this process and of each worker process every
``--every`` documents. The documents are short news items generated from a
few building blocks (names, places, dates, numbers and activities all vary,
so no two are alike and a cache keyed by text would show). The first sample is
taken once the pipeline is warm; the last at the end of the stream; the
verdict is whether the last is within 10 % of the first.
"""

from __future__ import annotations

import os
import sys

# This folder holds scripts named like modules (times.py): keep it behind the installed packages on sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import argparse
import json
import time
from itertools import islice
from pathlib import Path

from _common import rss_mb

import pressie

SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "丽华", "明", "芳", "志强", "秀英", "海涛", "晓燕", "德胜", "玉兰", "文", "春生"]
PLACES = ["城关镇", "柏庄镇", "北关区", "南城街道", "新华社区", "东湖村", "人民广场", "文化中心"]
TITLES = ["县委书记", "副县长", "区委副书记", "镇党委书记", "街道办事处主任", "团县委书记"]
ACTS = [
    ("召开", "工作推进会", "主持会议"),
    ("调研", "防汛工作", "一行"),
    ("开展", "志愿服务活动", "带领志愿者"),
    ("召开", "安全生产例会", "出席会议并讲话"),
    ("走访", "困难群众", "看望慰问"),
]
NOUNS = ["名志愿者", "户困难群众", "家企业", "个村", "名干部"]


def document(k: int) -> dict:
    """The k-th generated document: a one-paragraph news item (about 70–90 characters)."""
    name = SURNAMES[k % len(SURNAMES)] + GIVEN[(k // 7) % len(GIVEN)]
    place = PLACES[(k // 3) % len(PLACES)]
    title = TITLES[(k // 11) % len(TITLES)]
    verb, obj, role = ACTS[k % len(ACTS)]
    month, day = 1 + k % 12, 1 + (k // 12) % 28
    count = 10 + k % 990
    text = (f"本报讯 {month}月{day}日上午,{place}{verb}{obj},{title}{name}{role}。"
            f"活动共有{count}{NOUNS[k % len(NOUNS)]}参加,编号{k}。")
    return {"id": f"doc-{k}", "text": text, "published": f"2021-{month:02d}-{min(day + 1, 28):02d}"}


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--every", type=int, default=5_000)
    args = ap.parse_args(argv)

    me = os.getpid()
    samples = []
    start = time.perf_counter()
    stream = pressie.extract_many((document(k) for k in range(args.docs)), n_process=args.jobs,
                                  output="json", on_error="return")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for k, line in enumerate(stream, 1):
            if isinstance(line, Exception):
                raise SystemExit(f"document {k - 1} failed: {line}")
            sink.write(line + "\n")
            if k % args.every == 0 or k == args.docs:
                workers = _children(me)
                samples.append((k, rss_mb(me), [rss_mb(w) for w in workers], time.perf_counter() - start))
    first, last = samples[0], samples[-1]
    total = lambda s: s[1] + sum(s[2])
    print(f"{args.docs:,} documents, n_process={args.jobs}, {samples[-1][3]:.0f} s "
          f"({args.docs / samples[-1][3]:,.0f} documents/s)")
    print("| documents | parent RSS MB | worker RSS MB | total MB |")
    print("|---|---|---|---|")
    for s in samples:
        print(f"| {s[0]:,} | {s[1]:.1f} | {' + '.join(f'{w:.1f}' for w in s[2]) or '-'} | {total(s):.1f} |")
    growth = total(last) / total(first) - 1
    print(f"first {total(first):.1f} MB at {first[0]:,}, last {total(last):.1f} MB at {last[0]:,}: "
          f"{growth:+.1%} ({'flat within 10 %' if abs(growth) <= 0.10 else 'NOT flat'})")
    return 0 if abs(growth) <= 0.10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
