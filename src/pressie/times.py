"""Chinese time expressions: find them, normalise them, anchor them to the publication date.

A small grammar in the ctparse/Duckling shape: named rules (regexes with a
production function) propose candidate spans, a deterministic ranker keeps
the longest well-formed reading at each place, and a resolver anchors each
value to the publication date, biased to the past (news reports the past),
except after a future marker (``将于6月16日举办``: the next such day on or
after the paper).
Without a publication date, nothing is taken from the clock: month-days stay
partial (``--03-06``) and relative words (昨天) stay unresolved.

Word lists (parts of day, relative words, festivals, vague words) are data in
``resources/time_words.json``.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, Callable

import regex

from ._spans import Intervals
from .errors import DateError
from .lexicon import alternation, compile_checked, data
from .normalize import normalize
from .numbers import parse_number
from .remap import on_source
from .types import TimeExpr

__all__ = ["find_times", "find_dateline", "coerce_date", "TimeRule", "TimeSettings", "default_rules"]

_CN_DIGIT = "零〇○一二两三四五六七八九"
_YEAR = rf"(?P<y>(?:19|20)[0-9]{{2}}|[{_CN_DIGIT}]{{4}})年(?:度)?"
_RYEAR = r"(?P<ry>今年|去年|前年|明年|后年|本年)"
_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?"
_DAY = r"(?P<d>3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
_DAY_MARK = r"(?P<dm>日|号)(?![楼线院门栋房室车位机床杆站口地码件令文])"
_TENDAY = r"(?P<tenday>上旬|中旬|下旬|初|中|底|末)"
_POD_WORDS = None  # filled from resources
_HOUR = r"(?P<h>2[0-4]|1[0-9]|0?[0-9]|[零一二两三四五六七八九十]{1,3})"
_MIN = r"(?P<mi>[0-5]?[0-9]|[零一二三四五六七八九十]{1,3})"
_CLOCK_CN = rf"{_HOUR}(?:时|点)(?:(?:{_MIN})分?|(?P<half>半)|(?P<quarter>一刻|三刻))?(?P<xu>许|左右|整)?"
_CLOCK_COLON = r"(?P<h2>[01]?[0-9]|2[0-3])[:：](?P<mi2>[0-5][0-9])(?::[0-5][0-9])?(?P<xu2>许|左右)?"
_SEP = regex.compile(r"(?:至|到|—{1,2}|–|-|~|～|－)")


@dataclass(frozen=True)
class TimeSettings:
    """The tuned numbers of the time grammar. Pass one to :func:`find_times`; ``None`` there
    means these defaults."""

    # Past bias (news reports the past): a month-day takes the year that puts it closest to the
    # paper, a date more than this many days after the paper counting as farther than any
    # before it (12月6日 in a paper of 3 January is last year's).
    past_window_days: int = 62
    # What is added to the distance of a date after that window (more than a year of days).
    beyond_window_penalty: int = 400
    # A month with no day (3月, 3月上旬) is placed in a year as if it were this day of it …
    month_day: int = 15
    # … or this day after a future marker (将于3月完成: the month is ahead when most of it is).
    month_future_day: int = 28
    # A future marker (将于, 拟于) must end within this many characters before the date.
    future_marker_reach: int = 6
    # A duration in years from this number on is no duration (100年 is an age or an anniversary).
    max_duration_years: int = 100
    # find_dateline looks for the paper's date in this many first characters of a text.
    dateline_reach: int = 2000

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"TimeSettings.{f.name} must be a non-negative integer, not {value!r}")


_DEFAULTS = TimeSettings()


@dataclass(frozen=True)
class TimeRule:
    """One time pattern: a regex and the production that reads its match (the ctparse/Duckling
    shape). A new pattern is one more rule in the table given to :func:`find_times`.

    Attributes:
        name: the rule's name, reported as :attr:`~pressie.types.TimeExpr.rule`.
        pattern: a regex in the syntax of the standard library's ``re``; its named groups are
            what the production reads (``pod`` and ``clock`` add a part of day and a clock time).
        produce: ``produce(groups, value, env)`` gives the normalised value (a dict of
            :class:`~pressie.types.TimeExpr` fields) or ``None`` to reject the match. ``value`` is
            a point with the part of day and clock time already read; ``env`` carries ``words``
            (``resources/time_words.json``), ``anchor`` (the publication date or ``None``),
            ``ctx`` (the month and date said earlier in the text) and ``settings``.
        priority: which of two readings of the same length wins (the higher).
        opens: the characters a match can start with (a regex class body, ``0-9今明``).
        set_phrases: dropped where a set phrase (第一时间, 天天) overlaps the match.
    """

    name: str
    pattern: str
    produce: Callable[[dict, dict, Any], dict | None]
    priority: int = 1
    opens: str = ""
    set_phrases: bool = True


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    rule: str
    groups: dict
    priority: int = 0


# Every rule starts with one of a few characters. A lookahead on that set lets
# the regex engine skip every other position at once (date rule: ~15x faster);
# tests/test_times.py checks that each guarded rule finds what the bare one does.
_NUM_FIRST = "0-9" + _CN_DIGIT + "十廿卅"


def _firsts(words) -> str:
    return "".join(sorted({regex.escape(w[0]) for w in words}))


def _first(chars: str, pattern: str, where: str) -> re.Pattern:
    """Compile a rule behind a lookahead on its first characters.

    Rules are written in the syntax both ``re`` and ``regex`` read and compiled
    with the standard library's ``re``, which runs these literal-heavy
    patterns about twice as fast. ``re`` refuses a group name used twice, so a
    repeated name gets a ``__2`` suffix that :func:`_groups` folds back.
    """
    seen: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        seen[m[1]] = seen.get(m[1], 0) + 1
        return m[0] if seen[m[1]] == 1 else f"(?P<{m[1]}__{seen[m[1]]}>"

    # A rule that opens with one literal character needs no guard: ``re`` finds
    # that character by itself, faster than through a lookahead.
    guarded = rf"(?=[{chars}])(?:{pattern})" if len(chars) > 1 else pattern
    return compile_checked(re.sub(r"\(\?P<(\w+)>", rename, guarded), where, stdlib=True)


def _groups(m: re.Match) -> dict[str, str]:
    """The match's named groups that took part, repeated names folded (``d__2`` → ``d``)."""
    return {k.partition("__")[0]: v for k, v in m.groupdict().items() if v is not None}


@cache
def default_rules() -> tuple[TimeRule, ...]:
    """The packaged time rules, in the order they are tried (add one to extend the grammar:
    ``find_times(text, rules=default_rules() + (my_rule,))``)."""
    words = data("time_words")
    pod = alternation(words["part_of_day"])
    day_words = list(words["relative_days"]) + list(words["relative_day_parts"])  # 昨天, and 今晚 with its part of day
    rel_days = alternation(day_words)
    rel_months = alternation(words["relative_months"])
    festivals = alternation(list(words["solar_festivals"]) + list(words["lunar_festivals"]))
    vague = alternation(words["vague"])
    quarters = alternation(words["quarters"])
    pod_g = rf"(?P<pod>{pod})"
    clock = rf"(?:{_CLOCK_CN}|{_CLOCK_COLON})"
    tail = rf"(?:{pod_g})?(?P<clock>{clock})?"
    date = (rf"(?:(?:{_YEAR}|{_RYEAR})?{_MONTH}(?:{_DAY}{_DAY_MARK}|{_TENDAY})?"
            rf"|(?<![0-9月{_CN_DIGIT}十])(?P<donly>{_DAY})(?P<dmo>日)(?![楼线院门栋房室车位机床杆站口地码件令文常本期])"
            rf"|{_YEAR}(?![0-9月])|{_RYEAR}(?![0-9])"
            rf"|(?P<iso>(?P<iy>(?:19|20)[0-9][0-9])(?P<isep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=isep)(?P<id>3[01]|[12][0-9]|0?[1-9]))(?![0-9])"
            rf"(?:\s(?P<ih>[01][0-9]|2[0-3]):(?P<imi>[0-5][0-9])(?::[0-5][0-9])?)?)")
    return (
        TimeRule("date", rf"(?<![0-9.])(?:{date}){tail}", _date, 3, _NUM_FIRST + "今去前明后本"),
        TimeRule("relative_day", rf"(?P<rd>{rel_days}){tail}", _relative_day, 3, _firsts(day_words)),
        TimeRule("weekday", rf"(?P<wk>本|这|上|下|上个|下个)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])(?![年月期刊]){tail}",
                 _weekday, 2, "本这上下周星礼"),
        TimeRule("relative_month", rf"(?P<rm>{rel_months})(?:{_DAY}{_DAY_MARK}|{_TENDAY})?{tail}", _relative_month, 2,
                 _firsts(words["relative_months"])),
        TimeRule("month_part", rf"(?<![0-9{_CN_DIGIT}十本上下这个每当])(?P<mpart>月初|月中|月底|月末|上旬|中旬|下旬)",
                 _month_part, 1, _firsts(words["tendays"]) + "月"),
        TimeRule("quarter", rf"(?:{_YEAR}|{_RYEAR})?(?P<q>{quarters})", _quarter, 2, _NUM_FIRST + "今去前明后本第一二三四上下"),
        TimeRule("lunar", rf"(?P<lunar>农历)?(?:(?P<ly>(?:19|20)[0-9][0-9]|[{_CN_DIGIT}]{{4}})年)?"
                          rf"(?P<lm>正|腊|冬|十[一二]?|[一二三四五六七八九])月(?P<ld>初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)"
                          rf"{tail}", _lunar, 4, _NUM_FIRST + "农正腊冬"),
        TimeRule("festival", rf"(?P<fest>{festivals})(?![路街道巷桥村镇])(?P<fday>当天|当日|期间|前夕|前后|假期|前|来临之际|来临|将至|临近|之际)?{tail}",
                 _festival, 2, _firsts(list(words["solar_festivals"]) + list(words["lunar_festivals"]))),
        TimeRule("part_of_day", rf"(?<![今昨前明当次每])(?:{pod_g})(?P<clock>{clock})", _clock_time, 1,
                 _firsts(words["part_of_day"])),
        TimeRule("clock", rf"(?<![0-9第])(?P<clock>(?P<h>2[0-4]|1[0-9]|0?[0-9])(?:时|点)(?:(?P<mi>[0-5]?[0-9])分|(?P<half>半))?(?P<xu>许|左右|整)?|{_CLOCK_COLON})(?![0-9万亿多余个小分])",
                 _clock_time, 1, "0-9"),
        # A numeral is read from its first character and never given back (linear on long runs).
        TimeRule("duration", r"(?<![0-9第零一二两三四五六七八九十百千几])(?P<dn>[0-9]++(?:\.[0-9]+)?|[零一二两三四五六七八九十百千几]++|半)(?P<dx>多|余|几)?"
                             r"(?P<du>个多小时|个半小时|个小时|小时|个多月|个半月|个月|分钟|天|昼夜|周|个星期|星期|年)(?P<dx2>多|余|左右)?(?![0-9月级度底初代])",
                 _duration, 1, "0-9零一二两三四五六七八九十百千几半", set_phrases=False),
        TimeRule("half_duration", r"(?P<dn>半)(?P<du>小时|天|年|个月|月|晌)", _duration, 1, "半"),
        TimeRule("recurring", rf"(?P<every>每(?:天|日|晚|早|周[一二三四五六日天]?|星期[一二三四五六日天]|月|年|季度|逢(?:周|星期)?[一二三四五六日天]?))(?:{pod_g})?(?P<clock>{clock})?",
                 _recurring, 2, "每"),
        TimeRule("vague", rf"(?P<vague>{vague})", _vague, 1, _firsts(words["vague"])),
    )


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: TimeRule
    pattern: re.Pattern


@cache
def _compile(rules: tuple[TimeRule, ...]) -> tuple[_Compiled, ...]:
    """The rules compiled once per table (the default one and any table a caller passes)."""
    return tuple(_Compiled(r, _first(r.opens, r.pattern, f"times: rule {r.name!r}")) for r in rules)


@cache
def _open_mark() -> re.Pattern:
    return compile_checked(r"(?:起|开始|以来|至今|后|前)", "times: open mark")


def _grammar():
    """The compiled default rules as ``(name, pattern, priority)``, the word lists and the open-end mark."""
    rules = tuple((c.rule.name, c.pattern, c.rule.priority) for c in _compile(default_rules()))
    return rules, data("time_words"), _open_mark()


@cache
def _future_markers() -> regex.Pattern:
    """Words right before a date that put it ahead of the paper (将于6月16日举办)."""
    return compile_checked(rf"(?:{alternation(data('time_words')['future_markers'])})[ \t]*$", "times: future markers")


_NEGATIVE = re.compile(r"第一时间|一时间|一时半会|一天天|一年年|天天|年年|24小时|二十四小时|一日三餐|日新月异|一年四季")


# What stands between a date and its weekday in brackets: 2月6日(星期二.
_WEEKDAY_NOTE = regex.compile(r"[ \t]*[(（][ \t]*")
_ISO_SHAPE = regex.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


def coerce_date(value) -> _dt.date | None:
    """Read a publication date given as ``datetime.date``, ISO string or ``None``.

    Raises:
        TypeError: for other types.
        DateError: for a string that is not an ISO date.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError as error:
            if _ISO_SHAPE.match(value.strip()):  # the shape is right, the day is not (2020-02-30)
                raise DateError(f"published={value!r} is no date: {error}") from None
            raise DateError(f"published={value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"published must be a datetime.date, an ISO date string or None, not {type(value).__name__}")


def _num(text: str | None) -> int | None:
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)  # the common case, without the numeral parser
    value = parse_number(text)
    return int(value) if isinstance(value, (int, float)) else None


def _cn_year(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    digits = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    try:
        return int("".join(str(digits[c]) for c in text))
    except KeyError:
        return None


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        _dt.date(year or 2000, month, day)  # 2000 is a leap year: --02-29 stays valid
        return True
    except ValueError:
        return False


def _past_biased(delta: int, settings: "TimeSettings") -> int:
    """How far a date ``delta`` days from the paper is, a date after the past-bias window
    counting as farther than any other."""
    return abs(delta) if delta <= settings.past_window_days else abs(delta) + settings.beyond_window_penalty


def _closest_year(month: int, day: int, anchor: _dt.date, settings: "TimeSettings") -> int | None:
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(year, month, day):
            continue
        delta = (_dt.date(year, month, day) - anchor).days
        # Past-biased: a date up to ~2 months after the paper is read as that year,
        # anything later is last year's.
        key = (_past_biased(delta, settings), delta > 0)
        if best is None or key < best[0]:
            best = (key, year)
    return None if best is None else best[1]


def _year_for(month: int, day: int, anchor: _dt.date, future: bool, settings: "TimeSettings") -> int | None:
    """The year of a month-day: the closest to the paper, or for a stated future the next one on or after it."""
    if future and _valid(anchor.year, month, day):
        return anchor.year if _dt.date(anchor.year, month, day) >= anchor else anchor.year + 1
    return _closest_year(month, day, anchor, settings)


def _iso(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _clock(g: dict, pod: str | None) -> str | None:
    hour = g.get("h2") or g.get("h")
    if hour is None:
        return None
    h = _num(hour)
    if h is None or h > 24:
        return None
    minute = _num(g.get("mi2") or g.get("mi")) or 0
    if g.get("half"):
        minute = 30
    if g.get("quarter"):
        minute = 15 if g["quarter"] == "一刻" else 45
    if minute > 59:
        return None
    if pod in ("afternoon", "evening") and h < 12:
        h += 12
    if pod == "noon" and h < 6:
        h += 12
    if h == 24:
        h = 0
    return f"{h:02d}:{minute:02d}"


class _Context:
    """What earlier expressions of the same text said (month, full date)."""

    __slots__ = ("year", "month", "date", "dateline", "future")

    def __init__(self) -> None:
        self.year: int | None = None
        self.month: int | None = None
        self.date: tuple[int | None, int, int] | None = None
        # The date of the last "本报北京3月11日讯"/"…电" lead: 今天 after it is that day.
        self.dateline: _dt.date | None = None
        # Set for the expression being produced when a future marker stands right before it.
        self.future = False


def _solar_term(name: str, year: int) -> tuple[int, int]:
    y = year % 100
    if name == "qingming":
        return 4, int(y * 0.2422 + 4.81) - y // 4
    return 12, int(y * 0.2422 + 21.94) - y // 4  # dongzhi


def _solar(lunar) -> _dt.date:
    # lunardate 0.3 renamed toSolarDate to to_solar_date; support both.
    convert = getattr(lunar, "to_solar_date", None) or lunar.toSolarDate
    return convert()


def _lunar_to_solar(year: int, month: int, day: int) -> _dt.date | None:
    try:
        from lunardate import LunarDate
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        if day == 0:  # 除夕: the last day of the twelfth month
            return _solar(LunarDate(year + 1, 1, 1)) - _dt.timedelta(days=1)
        return _solar(LunarDate(year, month, day))
    except ValueError:
        return None


def _lunar_nearest(month: int, day: int, anchor: _dt.date | None, year: int | None,
                   settings: "TimeSettings") -> _dt.date | None:
    if year:
        return _lunar_to_solar(year, month, day)
    if anchor is None:
        return None
    best = None
    for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1):
        solar = _lunar_to_solar(y, month, day)
        if solar is None:
            continue
        key = _past_biased((solar - anchor).days, settings)
        if best is None or key < best[0]:
            best = (key, solar)
    return None if best is None else best[1]


class _Env:
    """What a production reads besides its match: the word lists, the paper's date, the
    context of the text so far and the settings."""

    __slots__ = ("words", "anchor", "ctx", "settings")

    def __init__(self, words, anchor: _dt.date | None, ctx: _Context, settings: "TimeSettings") -> None:
        self.words, self.anchor, self.ctx, self.settings = words, anchor, ctx, settings


def _base(g: dict, words) -> dict | None:
    """The value every production starts from: a point with the part of day and clock time
    written after it, or None when the clock time is malformed (25点, 8点70分)."""
    pod_word = g.get("pod")
    pod = words["part_of_day"].get(pod_word) if pod_word else None
    clock = _clock(g, pod) if g.get("clock") else None
    if g.get("clock") and clock is None:
        return None
    out: dict = {"kind": "point", "part_of_day": pod, "time_start": clock, "inferred": [], "granularity": "day"}
    if clock:
        out["granularity"] = "minute"
    elif pod:
        out["granularity"] = "part_of_day"
    return out


def _date(g: dict, out: dict, env: _Env) -> dict | None:
    """2020年3月6日, 3月6日, 6日, 3月, 2020年, 今年3月, 3月上旬, 2020-03-06 08:30."""
    words, anchor, ctx = env.words, env.anchor, env.ctx
    if g.get("iso"):
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        if not _valid(year, month, day):
            return None
        out["date_start"] = _iso(year, month, day)
        if g.get("ih"):
            out["time_start"] = f"{int(g['ih']):02d}:{g['imi']}"
            out["granularity"] = "minute"
        ctx.year, ctx.month, ctx.date = year, month, (year, month, day)
        return out
    year = _cn_year(g["y"]) if g.get("y") else None
    if g.get("ry"):
        offset = words["relative_years"][g["ry"]]
        year = anchor.year + offset if anchor else None
        if anchor is None:
            out["inferred"].append("unresolved")
    month = _num(g.get("m"))
    day = _num(g.get("d") or g.get("donly"))
    if g.get("donly") is not None and month is None:
        if g["donly"] == "一":
            return None  # 一日一查, 一日游: one day, not the first
        month = ctx.month or (anchor.month if anchor else None)
        out["inferred"].append("month")
        if ctx.month:
            out["inferred"].append("context")  # the month of a date earlier in the text
        if month is None:
            out["date_start"] = None
            out["inferred"].append("unresolved")
            return out
    if month is None:
        # A year alone (2019年, 今年).
        out.update(granularity="year", date_start=f"{year:04d}" if year else None)
        if year:
            ctx.year = year
        return out
    if not 1 <= month <= 12:
        return None
    if day is None:
        tenday = g.get("tenday")
        if year is None and anchor is not None and not g.get("ry"):
            s = env.settings
            year = _year_for(month, s.month_future_day if ctx.future else s.month_day, anchor, ctx.future, s)
            out["inferred"].append("year")
        ym = f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
        if tenday:
            _tenday_span(out, words, tenday, year, month)
        else:
            out.update(granularity="month", date_start=ym)
        ctx.month = month
        return out
    if not _valid(year, month, day):
        return None
    if year is None and anchor is not None and not g.get("ry"):
        year = _year_for(month, day, anchor, ctx.future, env.settings)
        out["inferred"].append("year")
    out["date_start"] = _iso(year, month, day)
    ctx.month = month
    ctx.date = (year, month, day)
    return out


def _relative_day(g: dict, out: dict, env: _Env) -> dict | None:
    """今天, 昨日, 次日, 当天, and the fused 今晚, 当晚."""
    words, anchor, ctx = env.words, env.anchor, env.ctx
    word = g["rd"]
    if word in words["relative_day_parts"]:
        # 今晚, 昨夜, 当晚: a relative day and a part of day in one word.
        offset, fused = words["relative_day_parts"][word]
        if out["part_of_day"] is None:
            out["part_of_day"] = fused
            if g.get("clock"):
                out["time_start"] = _clock(g, fused)
            elif out["granularity"] == "day":
                out["granularity"] = "part_of_day"
    else:
        offset = words["relative_days"][word]
    if offset is None:
        # 当天/次日: relative to the last date of the text.
        if ctx.date is None:
            out.update(date_start=None)
            out["inferred"].append("unresolved")
            return out
        y, m, d = ctx.date
        step = 1 if word in ("次日", "翌日") else 0
        if y:
            date = _dt.date(y, m, d) + _dt.timedelta(days=step)
            out["date_start"] = date.isoformat()
        elif step == 0:
            out["date_start"] = _iso(None, m, d)
        else:
            out["date_start"] = None
        out["inferred"] += ["date", "context"]
        return out
    base = ctx.dateline or anchor
    if base is None:
        out.update(date_start=None)
        out["inferred"].append("unresolved")
        return out
    date = base + _dt.timedelta(days=offset)
    out["date_start"] = date.isoformat()
    out["inferred"].append("date")
    if ctx.dateline is not None:
        out["inferred"].append("context")
    ctx.date, ctx.month = (date.year, date.month, date.day), date.month
    return out


def _weekday(g: dict, out: dict, env: _Env) -> dict | None:
    """周三, 上周五, 星期日: this week's (or the named week's) day, not after the paper."""
    anchor = env.anchor
    wd = env.words["weekdays"][g["wd"]]
    out["inferred"].append("date")
    if anchor is None:
        out["date_start"] = None
        out["inferred"].append("unresolved")
        return out
    monday = anchor - _dt.timedelta(days=anchor.weekday())
    week = {"上": -1, "上个": -1, "下": 1, "下个": 1}.get(g.get("wk") or "", 0)
    date = monday + _dt.timedelta(days=7 * week + wd)
    if not g.get("wk") and date > anchor:
        date -= _dt.timedelta(days=7)
    out["date_start"] = date.isoformat()
    return out


def _relative_month(g: dict, out: dict, env: _Env) -> dict | None:
    """本月, 上个月, 下月5日, 本月底."""
    words, anchor = env.words, env.anchor
    if anchor is None:
        out.update(date_start=None, granularity="month")
        out["inferred"].append("unresolved")
        return out
    offset = words["relative_months"][g["rm"]]
    month0 = anchor.month - 1 + offset
    year, month = anchor.year + month0 // 12, month0 % 12 + 1
    day = _num(g.get("d"))
    if g.get("tenday"):
        _tenday_span(out, words, g["tenday"], year, month)  # 本月底, 下月初
    elif day is None:
        out.update(date_start=f"{year:04d}-{month:02d}", granularity="month")
    else:
        if not _valid(year, month, day):
            return None
        out["date_start"] = _iso(year, month, day)
    out["inferred"].append("date")
    return out


def _month_part(g: dict, out: dict, env: _Env) -> dict | None:
    """月初, 上旬 with no month written: the month of the text so far, else of the paper."""
    words, anchor, ctx = env.words, env.anchor, env.ctx
    month = ctx.month or (anchor.month if anchor else None)
    if month is None:
        out.update(kind="span", granularity="tenday", date_start=None)
        out["inferred"].append("unresolved")
        return out
    year = ctx.year if ctx.month else (anchor.year if anchor else None)
    if ctx.month and ctx.date and ctx.date[1] == month:
        year = ctx.date[0]
    part = g["mpart"][1:] if g["mpart"].startswith("月") else g["mpart"]
    _tenday_span(out, words, part, year, month)
    out["inferred"] += ["month"] + (["context"] if ctx.month else [])
    return out


def _quarter(g: dict, out: dict, env: _Env) -> dict | None:
    """一季度, 今年第三季度, 上半年: whole months of a year."""
    words, anchor = env.words, env.anchor
    first, last = words["quarters"][g["q"]]
    year = _cn_year(g["y"]) if g.get("y") else None
    if g.get("ry"):
        year = anchor.year + words["relative_years"][g["ry"]] if anchor else None
    elif year is None and anchor is not None:
        year = anchor.year
        out["inferred"].append("year")
    if year is None:
        out.update(kind="span", granularity="month", date_start=None)
        out["inferred"].append("unresolved")
        return out
    end_day = _month_end(year, last)
    # Its bounds are whole months: month granularity (coarser than a day, never an event's day).
    out.update(kind="span", granularity="month", date_start=f"{year:04d}-{first:02d}-01",
               date_end=f"{year:04d}-{last:02d}-{end_day:02d}")
    return out


def _lunar(g: dict, out: dict, env: _Env) -> dict | None:
    """农历正月初八, 腊月二十三: the solar day of a lunar date."""
    if not g.get("lunar") and g["lm"] not in ("正", "腊", "冬"):
        return None  # 三月初一 without 农历 is ambiguous; 三月初 is a solar tenday
    month = {"正": 1, "冬": 11, "腊": 12}.get(g["lm"]) or _num(g["lm"])
    ld = g["ld"]
    day = _num(ld[1:]) if ld.startswith("初") else _num(ld)
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    year = _cn_year(g["ly"]) if g.get("ly") else None
    solar = _lunar_nearest(month, day, env.anchor, year, env.settings)
    out["granularity"] = "day" if not (out["time_start"] or out["part_of_day"]) else out["granularity"]
    out["date_start"] = solar.isoformat() if solar else None
    out["inferred"].append("solar_date")
    if solar is None:
        out["inferred"].append("unresolved")
    return out


def _festival(g: dict, out: dict, env: _Env) -> dict | None:
    """国庆节, 春节, 清明: the festival's day (solar, lunar or a solar term); 春节期间 is vague."""
    words, anchor = env.words, env.anchor
    name = g["fest"]
    solar_days = words["solar_festivals"]
    if name in solar_days:
        spec = solar_days[name]
        if isinstance(spec, str):
            if anchor is None:
                out["date_start"] = None
                out["inferred"].append("unresolved")
                return out
            month, day = _solar_term(spec, anchor.year)
        else:
            month, day = spec
        year = _closest_year(month, day, anchor, env.settings) if anchor else None
        out["date_start"] = _iso(year, month, day)
        out["inferred"].append("date")
    else:
        month, day = words["lunar_festivals"][name]
        solar = _lunar_nearest(month, day, anchor, None, env.settings)
        out["date_start"] = solar.isoformat() if solar else None
        out["inferred"].append("date")
        if solar is None:
            out["inferred"].append("unresolved")
    if g.get("fday") and g["fday"] not in ("当天", "当日"):
        out["kind"] = "vague"
        out["date_start"] = None
    return out


def _clock_time(g: dict, out: dict, env: _Env) -> dict | None:
    """上午9时, 15:30: a clock time with no date takes the date of the text before it."""
    ctx = env.ctx
    if ctx.date is not None:
        y, m, d = ctx.date
        out["date_start"] = _iso(y, m, d)
        out["inferred"] += ["date", "context"]
    else:
        out["date_start"] = None
    out["granularity"] = "minute"
    return out


def _duration(g: dict, out: dict, env: _Env) -> dict | None:
    """3天, 两个多小时, 半年: a length of time, no date."""
    if g["du"] == "年":
        n = _num(g["dn"]) if g["dn"] != "半" else 0
        if n is None or n >= env.settings.max_duration_years:
            return None
    return {"kind": "duration", "granularity": _DURATION_GRANULARITY[g["du"]], "inferred": []}


# The granularity of a duration by its unit, in the values of TimeExpr.granularity.
_DURATION_GRANULARITY = {"个多小时": "hour", "个半小时": "hour", "个小时": "hour", "小时": "hour", "个多月": "month",
                         "个半月": "month", "个月": "month", "月": "month", "分钟": "minute", "天": "day", "昼夜": "day",
                         "周": "week", "个星期": "week", "星期": "week", "年": "year", "晌": "part_of_day"}


def _recurring(g: dict, out: dict, env: _Env) -> dict | None:
    """每天, 每周三上午: a repeated time."""
    return {"kind": "recurring", "part_of_day": out["part_of_day"], "time_start": out["time_start"],
            "granularity": "day", "inferred": []}


def _vague(g: dict, out: dict, env: _Env) -> dict | None:
    """近日, 日前, 连日来: a time said but not given."""
    return {"kind": "vague", "granularity": None, "inferred": []}


def _month_end(year: int, month: int) -> int:
    """The last day of a month (a quarter's end, 下旬, 月底)."""
    return calendar.monthrange(year, month)[1]


def _tenday_span(out: dict, words, tenday: str, year: int | None, month: int) -> None:
    """Fill ``out`` with the span of a part of a month (上旬, 初, 底 …)."""
    first, last = words["tendays"][tenday]
    if last is None:  # to the month's end
        last = _month_end(year or 2001, month)
    ym = f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    out.update(kind="span", granularity="tenday", date_start=f"{ym}-{first:02d}", date_end=f"{ym}-{last:02d}")


def _span_end(c: _Cand, v: dict, c2: _Cand, v2: dict) -> tuple[str | None, str | None] | None:
    """The end (date, clock) of a span whose first part is ``c``, or None when ``c2`` cannot end it."""
    if c2.rule in ("clock", "part_of_day"):
        return v.get("date_start"), v2.get("time_start")
    if c2.rule != "date" or v2.get("kind", "point") != "point" or v2.get("granularity") == "year":
        return None
    g, g2 = c.groups, c2.groups
    start = v.get("date_start")
    day = _num(g2.get("d") or g2.get("donly"))
    if day is None:
        return None
    month2 = _num(g2.get("m"))
    if start is None:
        # Unresolved day-only start (7日至11日 with no month known): keep the span, unresolved.
        return (None, v2.get("time_start")) if g.get("donly") is not None and month2 is None else None
    if start.startswith("--"):
        year, month = None, int(start[2:4])
    else:
        year, month = int(start[:4]), int(start[5:7])
    explicit_year = _cn_year(g2["y"]) if g2.get("y") else None
    if month2 is not None:
        if explicit_year is None and year is not None and month2 < month:
            year += 1
        month = month2
    if explicit_year is not None:
        year = explicit_year
    if not _valid(year, month, day):
        return None
    end = _iso(year, month, day)
    if end[-5:] < start[-5:] and (year is None or end < start):
        return None
    return end, v2.get("time_start")


def _select(cands: list[tuple]) -> list[tuple]:
    """Longest first, then the rule's priority, then the earlier start; no overlaps.

    ``cands`` are ``(start, end, rule, match, priority)`` tuples (cheaper than records:
    most candidates are dropped here).
    """
    chosen: list[tuple] = []
    ordered = sorted(cands, key=lambda c: (c[0] - c[1], -c[4], c[0]))
    occupied = Intervals()
    for c in ordered:
        start, end = c[0], c[1]
        if occupied.overlaps(start, end):
            continue
        occupied.add(start, end)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def find_times(text: str, *, published=None, settings: TimeSettings | None = None,
               rules: tuple[TimeRule, ...] | None = None) -> list[TimeExpr]:
    """Every time expression in ``text`` with its normalised value.

    Args:
        text: any text; offsets refer to it as given.
        published: the publication date (``datetime.date``, ISO string or
            ``None``). Month-days take the year closest to it, relative words
            resolve against it. With ``None`` nothing is taken from the clock.
        settings: the tuned numbers (:class:`TimeSettings`); ``None`` for the defaults.
        rules: the rule table (:class:`TimeRule`); ``None`` for :func:`default_rules`.

    Returns:
        :class:`~pressie.types.TimeExpr` records in text order (``[]`` when none).

    Raises:
        TypeError: for a non-``str`` text or a bad ``published`` type.
        DateError: for a ``published`` string that is not an ISO date.

    >>> [(t.text, t.date_start, t.part_of_day) for t in find_times("3月6日上午,区委召开会议", published="2020-03-09")]
    [('3月6日上午', '2020-03-06', 'morning')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times() needs str, not {type(text).__name__}")
    anchor = coerce_date(published)
    return on_source("find_times", text, lambda t: _find_times_norm(t, anchor, settings, rules))


def _find_times_norm(text: str, anchor: _dt.date | None, settings: TimeSettings | None = None,
                     rules: tuple[TimeRule, ...] | None = None) -> list[TimeExpr]:
    settings = settings or _DEFAULTS
    compiled = _compile(default_rules() if rules is None else tuple(rules))
    words = data("time_words")
    open_mark = _open_mark()
    future = _future_markers()
    negatives = Intervals((m.start(), m.end()) for m in _NEGATIVE.finditer(text))
    cands: list[tuple] = []
    check = len(negatives) > 0
    for c in compiled:
        rule = c.rule
        blocked = check and rule.set_phrases
        for m in c.pattern.finditer(text):
            start, end = m.span()
            if end == start:
                continue
            if blocked and negatives.overlaps(start, end):
                continue
            cands.append((start, end, rule, m, rule.priority))
    # Group values are read only for the candidates the ranker keeps.
    chosen = [_Cand(c[0], c[1], c[2], _groups(c[3]), c[4]) for c in _select(cands)]
    ctx = _Context()
    reach = settings.future_marker_reach
    env = _Env(words, anchor, ctx, settings)
    values: list[tuple[_Cand, dict]] = []
    last_end = -1
    for c in chosen:
        rule = c.rule
        if rule.name == "weekday" and last_end >= 0 and _WEEKDAY_NOTE.fullmatch(text, last_end, c.start):
            continue  # 2月6日(星期二): the weekday of the date just given
        ctx.future = bool(future.search(text, max(0, c.start - reach), c.start))
        out = _base(c.groups, words)
        value = None if out is None else rule.produce(c.groups, out, env)
        ctx.future = False
        if value is None:
            continue
        c = _Cand(c.start, c.end, rule.name, c.groups, c.priority)
        values.append((c, value))
        last_end = c.end
        start = value.get("date_start")
        if c.rule == "date" and start and not start.startswith("--") and text[c.end:c.end + 1] in ("讯", "电"):
            ctx.dateline = _dt.date.fromisoformat(start)
    out: list[TimeExpr] = []
    i = 0
    while i < len(values):
        c, v = values[i]
        start, end = c.start, c.end
        kind = v.get("kind", "point")
        date_start, date_end = v.get("date_start"), v.get("date_end")
        time_end = None
        open_end = False
        rule = c.rule
        # A span: <date> 至 <date>; the second part takes missing year and month from the first.
        if kind == "point" and c.rule == "date" and i + 1 < len(values):
            c2, v2 = values[i + 1]
            if _SEP.fullmatch(text, end, c2.start):
                merged = _span_end(c, v, c2, v2)
                if merged is not None:
                    date_end, time_end = merged
                    end, kind, rule = c2.end, "span", "date_span"
                    i += 1
        if kind == "point" and date_start:
            m = open_mark.match(text, end)
            if m and m[0] in ("起", "开始", "以来", "至今"):
                end = m.end()
                kind, open_end, rule = "span", True, "open_span"
        if kind == "point" and date_start is None and not v.get("time_start") and "unresolved" not in v["inferred"] and c.rule == "date":
            i += 1
            continue
        out.append(TimeExpr(
            start=start, end=end, text=text[start:end], kind=kind,
            date_start=date_start, date_end=date_end if kind == "span" else None,
            time_start=v.get("time_start"), time_end=time_end,
            part_of_day=v.get("part_of_day"), granularity=v.get("granularity"),
            inferred=tuple(dict.fromkeys(v["inferred"])), rule=rule, open_end=open_end,
        ))
        i += 1
    return out


# ---------------------------------------------------------------- datelines

_DATELINE = [
    regex.compile(r"(?P<y>(?:19|20)[0-9][0-9])年(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12][0-9]|0?[1-9])日\s*(?:星期|周)[一二三四五六日天]"),
    regex.compile(r"(?P<y>(?:19|20)[0-9][0-9])年(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12][0-9]|0?[1-9])日[^\n。,，]{0,12}第\s*[0-9一二三四五六七八九十]{1,3}\s*版"),
    regex.compile(r"(?:发布时间|发布日期|日期|时间|发表时间|更新时间|来源[^\n]{0,40}?)[:：]?\s*(?P<y>(?:19|20)[0-9][0-9])[-/.年](?P<m>1[0-2]|0?[1-9])[-/.月](?P<d>3[01]|[12][0-9]|0?[1-9])日?"),
    regex.compile(r"^\s*(?P<y>(?:19|20)[0-9][0-9])-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])(?:\s+[0-9][0-9]:[0-9][0-9](?::[0-9][0-9])?)?\s*$", regex.M),
    # A web article's date line: the date, a clock time, the source ("2021年03月06日 10:20 来源:新华网").
    regex.compile(r"^\s*(?P<y>(?:19|20)[0-9][0-9])[-/.年](?P<m>1[0-2]|0?[1-9])[-/.月](?P<d>3[01]|[12][0-9]|0?[1-9])日?"
                  r"\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?\s*(?:来源|作者|编辑|浏览|字号)\s*[:：]", regex.M),
]


def find_dateline(text: str, *, settings: TimeSettings | None = None) -> _dt.date | None:
    """The document's own publication date from a dateline near its top, or ``None``.

    Recognises e-paper headers ("2020年3月9日 星期一 第4版"), web lines
    ("发布时间:2022-03-20 09:13", "日期:2023-12-07") and a bare
    "2017-04-14 15:40:49" line.

    >>> find_dateline("2020年3月9日 星期一 第4版\\n区政要闻")
    datetime.date(2020, 3, 9)
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dateline() needs str, not {type(text).__name__}")
    head = normalize(text[:(settings or _DEFAULTS).dateline_reach]).text
    best = None
    for pattern in _DATELINE:
        m = pattern.search(head)
        if m and (best is None or m.start() < best[0]):
            try:
                best = (m.start(), _dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
            except ValueError:
                continue
    return None if best is None else best[1]
