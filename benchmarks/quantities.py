"""pressie's numeral parser next to cn2an on isolated numerals: agreement and speed; and the
speed of the quantity finder on the seed page and the dev articles.

    python benchmarks/quantities.py

Numerals are generated (Arabic, Chinese, mixed, approximate and range forms);
where the two disagree the first cases are listed with both answers.
"""

from __future__ import annotations

import os
import sys

# This folder holds scripts named like modules (times.py): keep it behind the installed packages on sys.path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE] + [_HERE]

import random
import time

from _common import SEED, eval_dirs, table

from pressie.quantities import find_quantities, parse_number

DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    if n == 0:
        return "零"
    out, zero = "", False
    for big, name in ((10 ** 8, "亿"), (10 ** 4, "万"), (1, "")):
        chunk = (n // big) % 10000 if big < 10 ** 8 else n // big
        if not chunk:
            zero = bool(out)
            continue
        part = ""
        for unit, uname in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = chunk // unit % 10
            if d == 0:
                zero = zero or bool(part) or bool(out)
                continue
            if zero and (part or out):
                part += "零"
            zero = False
            part += ("" if (unit == 10 and d == 1 and not part and not out) else DIGITS[d]) + uname
        out += part + name
    return out


def cases(k: int = 3000) -> list[str]:
    rng = random.Random(7)
    out = []
    for _ in range(k):
        n = rng.choice([rng.randint(0, 99), rng.randint(100, 9999), rng.randint(10_000, 10 ** 8), rng.randint(10 ** 8, 10 ** 12)])
        out += [str(n), chinese(n), f"{n:,}"]
    out += ["两千三百", "4000余", "1.2亿", "3万余", "十几", "三四十", "两三", "廿三", "壹佰贰拾", "二〇二〇", "百余", "近千"]
    return out


def quantity_speed(repeat: int = 5) -> str:
    """chars/s of find_quantities (best of ``repeat`` warm passes) on the seed page and the dev articles."""
    import json

    texts = [SEED.read_text(encoding="utf-8")]
    for folder in eval_dirs():
        path = folder / "dev-articles.jsonl"
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
            break
    chars = sum(len(t) for t in texts)
    for text in texts:
        find_quantities(text)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            find_quantities(text)
        best = min(best, time.perf_counter() - start)
    return f"find_quantities: {len(texts)} texts, {chars:,} chars, {chars / best:,.0f} chars/s (best of {repeat} warm passes)"


def main() -> None:
    print(quantity_speed(), end="\n\n")
    items = cases()
    start = time.perf_counter()
    ours = [parse_number(s) for s in items]
    t_ours = time.perf_counter() - start
    rows = [("pressie.parse_number", len(items), "—", f"{len(items) / t_ours:,.0f}")]
    try:
        import cn2an
    except ImportError:
        print(table(rows, ("parser", "numerals", "agreement", "numerals/s")))
        return
    theirs = []
    start = time.perf_counter()
    for s in items:
        try:
            theirs.append(cn2an.cn2an(s, "smart"))
        except (ValueError, KeyError):
            theirs.append(None)
    t_theirs = time.perf_counter() - start
    agree = sum(1 for a, b in zip(ours, theirs) if a == b or (a is not None and b is not None and float(a) == float(b)))
    rows.append(("cn2an.cn2an(mode='smart')", len(items), f"{agree / len(items):.1%}", f"{len(items) / t_theirs:,.0f}"))
    print(table(rows, ("parser", "numerals", "agreement", "numerals/s")))
    print(f"\nspeed ratio pressie/cn2an: {t_theirs / t_ours:.1f}x")
    diffs = [(s, a, b) for s, a, b in zip(items, ours, theirs) if not (a == b or (a is not None and b is not None and float(a) == float(b)))]
    commas = [d for d in diffs if "," in d[0]]
    other = [d for d in diffs if "," not in d[0]]
    print(f"\ndisagreements: {len(commas)} with thousands separators (cn2an rejects them), {len(other)} others")
    if other:
        print(table(other[:15], ("numeral", "pressie", "cn2an")))


if __name__ == "__main__":
    main()
