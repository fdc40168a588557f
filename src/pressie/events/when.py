"""When an event happened: which time expressions can date an occurrence."""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..types import TimeExpr
from .base import _Sentence


_STAMP_BEFORE = regex.compile(r"(?:时间|日期|发布|发表|更新)[:：]")


_REPORT_TIME = regex.compile(r"(?:截至|截止|到|至)$")


# "会后,…": an activity after the reported one; its day is not stated.
_SEQUENCE = regex.compile(r"^(?:会后|随后|此后|之后|下一步|接下来|今后)")


def _lead_time(sentences: list[_Sentence], times: list[TimeExpr], page: str) -> TimeExpr | None:
    for sent in sentences[:4]:
        if sent.headline:
            continue
        for t in times:
            if sent.contains(t.start, t.end) and _usable(t, page):
                return t
    return None


def _after_publication(date: str | None, published: str | None) -> bool:
    """True when a full ISO ``date`` lies after the publication day (partial dates never do)."""
    return bool(date and published and not date.startswith("--") and date[:10] > published[:10])


def _habitual(t: TimeExpr, recurring: list[int]) -> bool:
    """"每周一下发清单…。周六召开例会": right after a recurring time, a weekday tells a habit, not a day."""
    if t.rule != "weekday":
        return False
    k = bisect_left(recurring, t.start - 80)
    return k < len(recurring) and recurring[k] < t.start


def _usable(t: TimeExpr, page: str) -> bool:
    if t.kind not in ("point", "span"):
        return False
    if t.rule == "festival" and not t.text.endswith(("当天", "当日")):
        return False  # 春节送温暖: a festival names the occasion, not the day
    if t.granularity in ("month", "year"):
        return False
    if _REPORT_TIME.search(page[max(0, t.start - 2):t.start]):
        return False
    line_start = page.rfind("\n", max(0, t.start - 80), t.start) + 1
    if _STAMP_BEFORE.search(page, max(line_start, t.start - 80), t.start):
        return False  # "时间:2018/11/9 8:50": when the page was posted, not when anything happened
    if t.date_start is None and "unresolved" not in t.inferred:
        return False
    return True
