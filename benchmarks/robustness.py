"""Hostile documents through ``pressie.extract``: exceptions, worst time, and linearity.

    python benchmarks/robustness.py [--n 100000]

Generates random unicode, long runs without punctuation, nested quotes,
repeated triggers, numerals without end, control characters and mixed widths;
counts exceptions other than pressie's documented ones; reports the slowest
document and the time ratio of 1x, 4x and 16x a real page.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

from _common import SEED, table  # noqa: E402

import pressie  # noqa: E402
from pressie.errors import PressieError  # noqa: E402

PIECES = ["会议", "召开", "调研", "慰问", "志愿者", "3月6日", "上午", "区委书记", "李富生", "、", ",", "。", "“", "”",
          "本报讯(记者 王五)", "(冯扬 摄)", "\n", "\n\n", "一二三四五六七八九十百千万亿", "0123456789", "余名", "至",
          "（", "）", "\u200b", "\u3000", "\r\n", "街道", "社区", "有限公司", "第", "个", "人次", "《", "》"]


def hostile(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return "".join(chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(rng.randrange(0, 400)))
    if kind == 1:
        return rng.choice(PIECES[:8]) * rng.randrange(1, 3000)
    if kind == 2:
        return "“" * rng.randrange(200) + "会议" + "”" * rng.randrange(200)
    if kind == 3:
        return "".join(rng.choice("一二三四五六七八九十百千万亿零两0123456789") for _ in range(rng.randrange(1, 2000))) + "名"
    if kind == 4:
        return "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 300)))
    return "".join(chr(rng.randrange(0, 0x80)) for _ in range(rng.randrange(0, 300)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    errors = documented = 0
    worst = (0.0, "")
    start_all = time.perf_counter()
    for _ in range(args.n):
        doc = hostile(rng)
        start = time.perf_counter()
        try:
            pressie.extract(doc)
        except PressieError:
            documented += 1
        except Exception as error:  # noqa: BLE001 - counting is the point
            errors += 1
            print(f"EXCEPTION {type(error).__name__}: {error!r} on {doc[:80]!r}", file=sys.stderr)
        took = time.perf_counter() - start
        if took > worst[0]:
            worst = (took, doc[:40])
    total = time.perf_counter() - start_all
    page = SEED.read_text(encoding="utf-8")
    times = []
    for k in (1, 4, 16):
        text = "\n".join([page] * k)
        start = time.perf_counter()
        pressie.extract(text)
        times.append(time.perf_counter() - start)
    rows = [(args.n, errors, documented, f"{worst[0] * 1000:.1f} ms", f"{total:.0f} s",
             f"{times[1] / times[0] / 4:.2f}", f"{times[2] / times[0] / 16:.2f}")]
    print(table(rows, ("documents", "unexpected exceptions", "documented errors", "slowest document", "total",
                       "time(4x)/(4*time(1x))", "time(16x)/(16*time(1x))")))


if __name__ == "__main__":
    main()
