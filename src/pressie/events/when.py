"""When an event happened: which time expressions can date an occurrence."""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from dataclasses import replace

from .._remarks import in_remark
from .._scan import compile_like_regex, compile_stdlib
from ..lexicon import Triggers
from ..records import TimeExpr
from .base import _LOOKBACK, Mentions, _Mention, _Sentence, _clause_bounds, _words_of


#: Granularities of times that date no occurrence (SCHEMA: ``when`` is null for times coarser
#: than a day: 3月, 3月上旬, 上周, 2020年).
COARSER_THAN_A_DAY = frozenset({"tenday", "week", "month", "year"})


_STAMP_BEFORE = compile_stdlib(r"(?:时间|日期|发布|发表|更新)[:：]")


_REPORT_TIME = compile_stdlib(r"(?:截至|截止|到|至)$")


# A date in the form a site or a system stamps a page with (2017-04-14 15:40, 2023/08/30,
# 2023年08月30日: digits joined by - or /, or a zero-padded month or day), not how a report
# dates what happened (8月28日).
_STAMP_FORM = compile_like_regex(r"[0-9]{4}(?:[-/][0-9]{1,2}[-/][0-9]{1,2}|年0[1-9]月|年[0-9]{1,2}月0[1-9]日)")


def _lead_time(sentences: list[_Sentence], times: list[TimeExpr], page: str) -> TimeExpr | None:
    for sent in sentences[:4]:
        if sent.headline:
            continue
        for t in times:
            if sent.contains(t.start, t.end) and _usable(t, page) and not _quoted(page, sent.start, t.start):
                return t
    return None


def _quoted(page: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened after ``start`` ("“明天村里统一打疫苗…”"
    is what someone said: its day is the speaker's, not the report's)."""
    return page.rfind("“", start, pos) > page.rfind("”", start, pos)


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
    if t.granularity in COARSER_THAN_A_DAY:
        return False
    if _REPORT_TIME.search(page[max(0, t.start - 2):t.start]):
        return False
    line_start = page.rfind("\n", max(0, t.start - 80), t.start) + 1
    if _STAMP_BEFORE.search(page, max(line_start, t.start - 80), t.start) or _STAMP_FORM.match(page, t.start):
        return False  # "时间:2018/11/9 8:50", "2017-04-14 15:40": when the page was posted, not when anything happened
    if t.date_start is None and "unresolved" not in t.inferred:
        return False
    return True


def _when(anchor: _Mention, group: list[_Mention], sentences: list[_Sentence], page: str, mentions: Mentions,
          times: list[TimeExpr], lead_time: TimeExpr | None, triggers: Triggers, only: bool) -> TimeExpr | None:
    """The time of an occurrence: a usable time of a mention's own sentence (before the trigger
    if there is one), else the unit's lead time when the occurrence is told near the lead (or is
    the unit's only event, or has evidence of its own), with no sequence word (会后) in between."""
    # when: a time in the anchor's sentence, before the trigger if possible.
    when = None
    recurring = [r.start for r in mentions.times if r.kind == "recurring"]
    recent = triggers.words("recent_past")
    vague = [t.start for t in mentions.times if t.kind == "vague" and t.text in recent]

    def vague_in(lo: int, hi: int) -> bool:
        k = bisect_left(vague, lo)
        return k < len(vague) and vague[k] < hi

    said_vague = False
    dateline = _words_of(mentions).dateline_after

    speech = _words_of(mentions).speech_verbs
    plans = triggers.not_event_pattern("plan")

    def planned(m: _Mention, t: TimeExpr) -> bool:
        """A time after the trigger in a clause that plans (…义诊,…,拟安排在6月30日进行会诊): the day
        of what is to come, not of the occurrence."""
        if plans is None or t.start < m.end:
            return False
        return plans.search(page, _clause_bounds(page, m.sentence, t.start)[0], t.start) is not None

    def own(m: _Mention) -> list[TimeExpr]:
        # (not a speaker's 今天 in a quoted remark, which dates nothing the text can tell)
        return [t for t in times if m.sentence.contains(t.start, t.end) and _usable(t, page)
                and not _habitual(t, recurring) and not (t.date_start is None and in_remark(page, t.start, speech))
                and not planned(m, t)]

    # A dateline's day (某网3月9日某地讯) dates the occurrence only when no mention of it has a
    # day of its own.
    chosen = None
    dated_only_by_dateline = None
    for m in group:
        mine = own(m)
        if not mine:
            continue
        own_days = [t for t in mine if not dateline.match(page, t.end)]
        if own_days:
            chosen = (m, own_days)
            break
        if dated_only_by_dateline is None:
            dated_only_by_dateline = (m, mine)
    chosen = chosen or dated_only_by_dateline
    if chosen is not None:
        m, cands = chosen
        before = [t for t in cands if t.start < m.start]
        when = (before[-1] if before else cands[0])
        if when.start < m.start and vague_in(when.end, m.start):
            # "本报南京1月20日电 …日前,在…召开的推进会上": the date is the report's; the
            # occurrence is told with a vague time (近日, 日前), so its day is not stated.
            when, said_vague = None, True
    body = [m for m in group if not m.sentence.headline]
    first = min(body, key=lambda m: (m.sentence.index, m.start)) if body else anchor
    # (counted from the lead's sentence: a web page's header lines come before it)
    lead_index = next((x.index for x in sentences if x.contains(lead_time.start, lead_time.end)), 0) if lead_time else 0
    # The unit's only event takes the lead's day when no other day is written between the lead and
    # its first mention (a feature story dated once, its volunteers named later).
    told = page[max(first.sentence.start, first.start - _LOOKBACK):first.start]
    alone = only and lead_time is not None and not any(
        lead_time.end <= t.start < first.start and t.date_start and t.date_start != lead_time.date_start for t in times) \
        and not any(w in told for w in triggers.not_events.get("background", ()))  # 她曾带动…组建志愿服务队: no day
    if not said_vague and vague_in(first.sentence.start, first.start):
        said_vague = True  # "近日,王明到某村调研": no day, whatever the lead dates
    if when is None and any(m.sequel for m in group):
        # 会后,与会人员参观了…: right after (or before) the meeting, of its day: the last day told
        # before the visit's sentence
        told = [t for t in times if t.end <= first.sentence.start and t.date_start and _usable(t, page)]
        when = told[-1] if told else lead_time
    # (a sentence opened by a sequence word tells what came later, no day of the lead's)
    if when is None and not said_vague and lead_time is not None and (first.sentence.index <= max(3, lead_index + 2) or not body
                                                   or any(m.held for m in group) or alone) \
            and not triggers.cue("later_openers").match(first.sentence.text(page)):
        when = lead_time
    if when is not None and mentions.published is None and when.date_start and when.date_start.startswith("--"):
        when = _year_from_text(when, times)
    return when


def _year_from_text(when: TimeExpr, times: list[TimeExpr]) -> TimeExpr:
    """A day written without its year, in a text without a publication date, takes the year the
    unit writes (ANNOTATION: "--MM-DD" only with no year in the text): the nearest time with a
    year before it, else the first after it."""
    written = [t for t in times if t.date_start and not t.date_start.startswith("--") and t is not when]
    if not written:
        return when
    before = [t for t in written if t.start < when.start]
    year = (before[-1] if before else written[0]).date_start[:4]
    end = when.date_end
    return replace(when, date_start=year + when.date_start[1:],
                   date_end=year + end[1:] if end and end.startswith("--") else end,
                   inferred=(*when.inferred, "year"))


def _earlier(day: _dt.date, months: int) -> _dt.date:
    """``day`` the given number of months earlier (ValueError when that day does not exist)."""
    month = day.month - months
    year = day.year + (month - 1) // 12
    return day.replace(year=year, month=(month - 1) % 12 + 1)


def _step_earlier(t: TimeExpr, published: str | None = None) -> TimeExpr | None:
    """A date the time grammar put in the month or year after the paper's only because it
    inferred that month or year (its window for announcements), read one step earlier: an
    occurrence the text reports lies before the paper (2日 in a paper of 30 May: 2 May; 1月20日 in
    a paper of 1 December: this January). ``None`` when the day was read in the paper's own month
    and year (13日 in a paper of 11 June, 12月3日 in one of 1 December: ahead, not a month or a year
    ago), when the month or year came from the text before it, when nothing was inferred, or when
    the day does not exist then (31日, 29 February)."""
    if not t.date_start or not published or "context" in t.inferred or len(published) < 7:
        return None
    year, month = int(t.date_start[:4]), int(t.date_start[5:7])
    paper_year, paper_month = int(published[:4]), int(published[5:7])
    if "month" in t.inferred and (year, month) > (paper_year, paper_month):
        months = 1
    elif "year" in t.inferred and year > paper_year:
        months = 12
    else:
        return None
    try:
        start = _earlier(_dt.date.fromisoformat(t.date_start[:10]), months)
        end = t.date_end and _earlier(_dt.date.fromisoformat(t.date_end[:10]), months)
    except ValueError:
        return None
    return replace(t, date_start=start.isoformat() + t.date_start[10:],
                   date_end=end.isoformat() + t.date_end[10:] if end else t.date_end)


def _announces(times, published: str | None) -> bool:
    """True when the text writes a day after the paper in full (年 included: 于2008年1月14日举行;
    a year alone, 到2025年, is no day), so that its other days ahead of the paper are ahead too
    (a notice of what is to come)."""
    return any(not t.inferred and t.date_start and len(t.date_start) >= 10
               and _after_publication(t.date_start, published) for t in times)
