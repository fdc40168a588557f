"""Chinese time expressions: find them, normalise them, anchor them to the publication date.

A small grammar in the ctparse/Duckling shape: named rules (regexes with a
production function) propose candidate spans, a deterministic ranker keeps
the longest well-formed reading at each place, and a resolver anchors each
value to the publication date, biased to the past (news reports the past),
except after a future marker (``将于6月16日举办``: the next such day on or
after the paper).
Without a publication date, nothing is taken from the clock: month-days stay
partial (``--03-06``) and relative words (昨天) stay unresolved.

Each pattern is one :class:`TimeRule` of a table (:func:`default_rules`): a regex
and the production that reads its match; ``find_times(text, rules=...)`` takes
a table with more rules. The words the patterns name as ``{placeholders}``
(parts of day, relative words, festivals, marks such as 日/号) are data in
``resources/time_words.json``, the numerals in ``resources/numerals.json``
(shared with :mod:`pressie.quantities`); the code keeps the shapes. One scan finds
the places where some rule can open and tries there only those rules. The tuned
numbers (the past-bias window …) are fields of :class:`TimeSettings`.

Those words are read from a :class:`~pressie.vocabulary.Vocabulary` (``vocabulary=`` of
:func:`find_times`, :func:`find_times_normalized` and :func:`find_dateline`; ``None`` for the
packaged words), the rules compiled once per vocabulary::

    >>> from pressie.vocabulary import Vocabulary
    >>> v = Vocabulary.default().extend({"time_words.vague": ["前些阵子"]})
    >>> [(t.text, t.kind) for t in find_times("前些阵子,村里修了路", vocabulary=v)]
    [('前些阵子', 'vague')]
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
import datetime as _dt
import re
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from typing import Any, Callable, NamedTuple, Sequence

try:  # the parser of the standard library's regular expressions (sre_parse before Python 3.11)
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from ._checks import check_number
from ._scan import by_first_character
from ._spans import Intervals
from .errors import DateError, ResourceError
from .lexicon import compile_checked
from .normalize import fold
from ._remarks import in_remark, speech_verbs
from .quantities import numerals, parse_number
from .remap import on_source, record_builder
from .records import TimeExpr
from .vocabulary import KEPT, Vocabulary, resolve
from .vocabulary import check as check_vocabulary

__all__ = ["find_times", "find_times_normalized", "find_dateline", "coerce_date", "TimeRule", "TimeSettings",
           "default_rules", "expand"]





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
    # A bare day (28日) after the paper's day, with no month written before it, is of the month
    # before when that puts it at most this many days before the paper (28日 in a paper of 2 May:
    # 28 April); further back it is a day ahead in the paper's month (13日 in a paper of 11 June).
    bare_day_back_days: int = 20
    # A future marker (将于, 拟于) must end within this many characters before the date.
    future_marker_reach: int = 6
    # A duration in years from this number on is no duration (100年 is an age or an anniversary).
    max_duration_years: int = 100
    # find_dateline looks for the paper's date in this many first characters of a text.
    dateline_reach: int = 2000

    def __post_init__(self) -> None:
        for f in fields(self):
            check_number("TimeSettings", f.name, getattr(self, f.name), integer=True, low=0)


_DEFAULTS = TimeSettings()

#: Makes a TimeExpr as TimeExpr(...) does, faster (see record_builder).
_time_expr = record_builder(TimeExpr)


@dataclass(frozen=True)
class TimeRule:
    """One time pattern: a regex and the production that reads its match (the ctparse/Duckling
    shape). A new pattern is one more rule in the table given to :func:`find_times`.

    Attributes:
        name: the rule's name, reported as :attr:`~pressie.records.TimeExpr.rule`.
        pattern: a regex in the syntax of the standard library's ``re``; its named groups are
            what the production reads (``pod`` and ``clock`` add a part of day and a clock time).
            A ``{name}`` stands for a shape of the grammar (``{date}``, ``{day}``, ``{tail}`` …)
            or the words of that key of ``resources/time_words.json`` (see :func:`expand`).
        produce: ``produce(groups, value, env)`` gives the normalised value (a dict of
            :class:`~pressie.records.TimeExpr` fields) or ``None`` to reject the match. ``value`` is
            a point with the part of day and clock time already read; ``env`` carries ``words``
            (``resources/time_words.json``), ``anchor`` (the publication date or ``None``),
            ``ctx`` (the month and date said earlier in the text), ``settings`` and
            ``vocabulary`` (the :class:`~pressie.vocabulary.Vocabulary` the words come from).
        priority: which of two readings of the same length wins (the higher).
        set_phrases: dropped where a set phrase (第一时间, 天天) overlaps the match.
    """

    name: str
    pattern: str
    produce: Callable[[dict, dict, Any], dict | None]
    priority: int = 1
    set_phrases: bool = True


class _Cand(NamedTuple):
    """A match the ranker kept (a tuple: made for every expression of every text)."""

    start: int
    end: int
    rule: Any  # the TimeRule, then its name once the production accepted the match
    groups: dict
    priority: int = 0


# The shapes of the grammar. A ``{name}`` in a rule pattern is replaced by the shape of that
# name, else by the words of that key of resources/time_words.json, else by a numeral of
# resources/numerals.json (see _words): the code holds the structure, the files the words.
_SHAPES = {
    "year": r"(?P<y>(?:19|20)[0-9]{2}|[{cn_digit}]{4})(?:(?<=[0-9]) (?={year_mark}))?{year_mark}(?:{year_suffix})?(?: (?=[0-9]))?",
    "relative_year": r"(?P<ry>{relative_years})",
    "month": r"(?P<m>1[0-2]|0?[1-9]|{ten}[{d1}{d2}]?|[{nonzero}])(?:(?<=[0-9]) (?={month_mark}))?{month_mark}(?:{month_suffix})?",
    "day": r"(?P<d>3[01]|[12][0-9]|0?[1-9]|{d3}{ten}{d1}?|{d2}{ten}[{nonzero}]?|{ten}[{nonzero}]?|[{nonzero}]"
           r"|{twenty}[{nonzero}]?|{thirty}{d1}?)",
    "day_mark": r"(?P<dm>{day_marks})(?![{house_number_chars}])",
    "tenday": r"(?P<tenday>{tendays})",
    "hour": r"(?P<h>2[0-4]|1[0-9]|0?[0-9]|[{spoken_digit}{ten}]{1,3})",
    "minute": r"(?P<mi>[0-5]?[0-9]|[{zero}{nonzero}{ten}]{1,3})",
    "clock_words": r"{hour}{hour_marks}(?:(?:{minute}){minute_mark}?|(?P<half>{half})|(?P<quarter>{quarter_hours}))?"
                   r"(?P<xu>{clock_about_marks}|{about_marks}|{clock_exact_marks})?",
    "clock_colon": r"(?P<h2>[01]?[0-9]|2[0-3])[:：](?P<mi2>[0-5][0-9])(?::[0-5][0-9])?(?P<xu2>{clock_about_marks}|{about_marks})?",
    "clock": r"(?:{clock_words}|{clock_colon})",
    "pod": r"(?P<pod>{part_of_day})",
    # What may follow a day: a part of day and a clock time (3月6日上午9时).
    "tail": r"(?:{pod})?(?P<clock>{clock})?",
    "iso_date": r"(?P<iso>(?P<iy>(?:19|20)[0-9][0-9])(?P<isep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=isep)(?P<id>3[01]|[12][0-9]|0?[1-9]))"
                r"(?![0-9])(?:\s(?P<ih>[01][0-9]|2[0-3]):(?P<imi>[0-5][0-9])(?::[0-5][0-9])?)?",
    "date": r"(?:(?:{year}|{relative_year})?{month}(?:(?: (?=[0-9]))?{day}(?:(?<=[0-9]) (?={day_mark}))?{day_mark}|{tenday})?"
            r"|(?<![0-9{month_mark}{cn_digit}{ten}])(?P<donly>{day})(?P<dmo>{bare_day_mark})(?![{house_number_chars}{day_word_chars}])"
            r"|{year}(?![0-9{month_mark}])|{relative_year}(?![0-9])|{iso_date})",
    "weekday_char": r"[{weekday_chars}]",
    "numeral_char": r"[{spoken_digit}{ten}{hundred}{thousand}{few}]",
    # Between two dates of a span: 3月5日至8日, 5—8日.
    "range": r"(?:{range_marks}|—{1,2}|–|-|~|～|－)",
    "dateline_day": r"(?P<y>(?:19|20)[0-9][0-9]){year_mark}(?P<m>1[0-2]|0?[1-9]){month_mark}(?P<d>3[01]|[12][0-9]|0?[1-9]){bare_day_mark}",
    "web_date": r"(?P<y>(?:19|20)[0-9][0-9])[-/.{year_mark}](?P<m>1[0-2]|0?[1-9])[-/.{month_mark}](?P<d>3[01]|[12][0-9]|0?[1-9]){bare_day_mark}?",
}


def _alternatives(entries) -> str:
    """A non-capturing alternation of literal words, longest first (the longest match wins),
    grouped by their first character (:func:`pressie._scan.by_first_character`: ``re`` then tries
    only the words of the character it reads)."""
    return "(?:" + by_first_character(sorted(set(entries), key=lambda s: (-len(s), s))) + ")"


# How each key of time_words.json is read and checked: one word, a set of words (a list, or
# the keys of a map), or a string of single characters (a character class).
_WORD_KEYS = {
    "part_of_day": "map", "relative_days": "map", "context_days": "map", "relative_years": "map",
    "relative_months": "map", "weekdays": "map", "vague": "words", "solar_festivals": "map",
    "lunar_festivals": "map", "relative_day_parts": "map", "future_markers": "words", "quarters": "map",
    "tendays": "map", "year_mark": "word", "year_suffix": "word", "month_mark": "word", "month_suffix": "word",
    "day_marks": "words", "bare_day_mark": "word", "house_number_chars": "chars", "day_word_chars": "chars",
    "month_parts": "words", "month_part_not_after_chars": "chars", "hour_marks": "words", "minute_mark": "word",
    "quarter_hours": "map", "over_marks": "words", "about_marks": "words", "clock_about_marks": "words",
    "clock_exact_marks": "words", "clock_not_before_chars": "chars",
    "open_end_marks": "words", "week_shifts": "map", "week_words": "words", "weekday_word_chars": "chars",
    "lunar_marks": "words", "lunar_months": "map", "lunar_day_prefix": "word", "festival_name_chars": "chars",
    "numeral_festival_name_chars": "chars",
    "festival_days": "words", "festival_periods": "words", "part_of_day_not_after_chars": "chars",
    "duration_units": "map", "half_duration_units": "map", "duration_not_before_chars": "chars",
    "every_mark": "word", "every_units": "words", "every_week_mark": "word", "every_weekday_mark": "word",
    "every_on_mark": "word", "since_marks": "words", "set_phrases": "words", "dateline_marks": "words", "dateline_labels": "words",
    "source_label": "word", "web_byline_labels": "words", "page_mark": "word",
}


def time_words(vocabulary: "Vocabulary | None" = None):
    """The validated word lists of ``resources/time_words.json`` (see :func:`check_time_words`),
    with the words ``vocabulary`` adds; ``None`` for the packaged ones."""
    return _time_words(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _time_words(vocabulary: Vocabulary):
    return check_time_words(vocabulary.data("time_words"))


def check_time_words(words, name: str = "time_words.json"):
    """``words`` when it holds every key the time grammar reads, each of the right shape.

    Raises:
        ResourceError: naming the file and key of a missing or malformed entry.
    """
    for key, kind in _WORD_KEYS.items():
        where = f"{name}:{key}"
        value = words.get(key)
        if kind == "word" and not (isinstance(value, str) and value):
            raise ResourceError(f"{where}: needs one word, not {value!r}")
        if kind == "chars" and not (isinstance(value, str) and value and len(set(value)) == len(value)
                                    and not any(c.isspace() for c in value)):
            raise ResourceError(f"{where}: needs a string of different characters, not {value!r}")
        if kind == "words" and not (isinstance(value, list) and value and all(isinstance(w, str) and w for w in value)):
            raise ResourceError(f"{where}: needs a non-empty list of words, not {value!r}")
        if kind == "map" and not (isinstance(value, dict) and value):
            raise ResourceError(f"{where}: needs a non-empty map of words, not {value!r}")
    for key in ("duration_units", "half_duration_units"):
        for unit, granularity in words[key].items():
            if granularity not in _GRANULARITIES:
                raise ResourceError(f"{name}:{key}: {unit!r} has the granularity {granularity!r}; "
                                    f"valid: {', '.join(_GRANULARITIES)}")
    return words


_GRANULARITIES = ("minute", "hour", "part_of_day", "day", "tenday", "week", "month", "year")


def _words(vocabulary: "Vocabulary | None" = None) -> dict[str, str]:
    """What each ``{name}`` of a rule pattern stands for, besides the shapes: the words of
    time_words.json (an alternation, a literal or a class body) and the numerals."""
    return _words_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _words_of(vocabulary: Vocabulary) -> dict[str, str]:
    w = time_words(vocabulary)
    out: dict[str, str] = {}
    for key, kind in _WORD_KEYS.items():
        value = w[key]
        if kind == "word":
            out[key] = re.escape(value)
        elif kind == "chars":
            out[key] = "".join(re.escape(c) for c in value)
        else:
            out[key] = _alternatives(value)
    out["relative_day_words"] = _alternatives([*w["relative_days"], *w["context_days"], *w["relative_day_parts"]])
    out["festivals"] = _alternatives([*w["solar_festivals"], *w["lunar_festivals"]])
    out["festival_after"] = _alternatives([*w["festival_days"], *w["festival_periods"]])
    # A festival written in numerals (五一, 十一) is a number after a numeral (第十一, 二十一) or
    # before a numeral, a count's classifier (十一届, 十一个: classifiers.json) or a name's head
    # (十一中, 十一团); before a word of its day or period (五一期间) it stays a festival.
    n = numerals(vocabulary)
    digits = {*n.digits, *n.units}
    in_numerals = [f for f in w["solar_festivals"] if all(c in digits for c in f)]
    out["numeral_festivals"] = _alternatives(in_numerals) if in_numerals else "(?!)"
    counted = {c[0] for c in resolve(vocabulary).data("classifiers")["count"]}
    out["numeral_festival_not_before"] = "".join(re.escape(c) for c in sorted(
        counted | digits | set(w["numeral_festival_name_chars"]) | set("0123456789")))
    out["weekday_chars"] = "".join(re.escape(c) for c in w["weekdays"])
    plain = n.plain
    out["cn_digit"] = "".join(n.digits)  # every everyday digit, the zeros of years (〇) too
    out["zero"], out["nonzero"] = plain[0], "".join(plain[1:])
    out.update({f"d{v}": plain[v] for v in range(10)})
    # The digits of counting: one zero, and every form of 1-9 (两 too).
    out["spoken_digit"] = plain[0] + "".join(c for c, v in n.digits.items() if v)
    out.update(ten=n.unit(10), hundred=n.unit(100), thousand=n.unit(1000), twenty=n.unit(20), thirty=n.unit(30),
               big="".join(n.big_units), few=n.few, half=n.half, ordinal=n.ordinal_prefix,
               range_marks=_alternatives(n.range_marks))
    return out


_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def expand(pattern: str, where: str = "times: pattern", *, vocabulary: "Vocabulary | None" = None) -> str:
    """A rule pattern with each ``{name}`` replaced by its shape or words (quantifiers such as
    ``{4}`` or ``{1,3}`` stay as they are); the words are those of ``vocabulary`` (``None``: the
    packaged ones).

    Raises:
        ResourceError: for a name that is neither a shape nor a word list, naming ``where``.
    """
    words = _words(vocabulary)

    def fill(m: re.Match, depth: int = 0) -> str:
        name = m[1]
        if name in _SHAPES:
            return _PLACEHOLDER.sub(fill, _SHAPES[name])
        if name in words:
            return words[name]
        raise ResourceError(f"{where}: unknown placeholder {{{name}}}; shapes: {', '.join(_SHAPES)}; "
                            f"words: the keys of time_words.json")

    return _PLACEHOLDER.sub(fill, pattern)


def _rename_repeats(pattern: str) -> str:
    """``re`` refuses a group name used twice, so a repeated name gets a ``__2`` suffix that
    :func:`_groups` folds back."""
    seen: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        seen[m[1]] = seen.get(m[1], 0) + 1
        return m[0] if seen[m[1]] == 1 else f"(?P<{m[1]}__{seen[m[1]]}>"

    return re.sub(r"\(\?P<(\w+)>", rename, pattern)


def _groups(m: re.Match, names: "tuple[tuple[int, str], ...] | None" = None) -> dict[str, str]:
    """The match's named groups that took part, repeated names folded (``d__2`` → ``d``);
    ``names``: :func:`_group_names` of its pattern, when already read."""
    values = m.groups()
    return {name: values[k] for k, name in (names or _group_names(m.re)) if values[k] is not None}


def _group_names(pattern: re.Pattern) -> tuple[tuple[int, str], ...]:
    """The position of each named group of ``pattern`` among its groups and its name folded
    (``d__2`` → ``d``), in the order of ``groupdict``."""
    return tuple((k - 1, name.partition("__")[0]) for name, k in pattern.groupindex.items())


@cache
def default_rules() -> tuple[TimeRule, ...]:
    """The packaged time rules, in the order they are tried (add one to extend the grammar:
    ``find_times(text, rules=default_rules() + (my_rule,))``)."""
    return (
        TimeRule("date", r"(?<![0-9.]){date}{tail}", _date, 3),
        TimeRule("relative_day", r"(?P<rd>{relative_day_words}){tail}", _relative_day, 3),
        TimeRule("weekday", r"(?P<wk>{week_shifts})?{week_words}(?P<wd>{weekday_char})(?![{weekday_word_chars}]){tail}",
                 _weekday, 2),
        TimeRule("relative_month", r"(?P<rm>{relative_months})(?:{day}{day_mark}|{tenday})?{tail}", _relative_month, 2),
        TimeRule("month_part", r"(?<![0-9{cn_digit}{ten}{month_part_not_after_chars}])(?P<mpart>{month_parts})", _month_part, 1),
        TimeRule("quarter", r"(?:{year}|{relative_year})?(?P<q>{quarters})", _quarter, 2),
        TimeRule("lunar", r"(?P<lunar>{lunar_marks})?(?:(?P<ly>(?:19|20)[0-9][0-9]|[{cn_digit}]{4}){year_mark})?"
                          r"(?P<lm>{lunar_months}|{ten}[{d1}{d2}]?|[{nonzero}]){month_mark}"
                          r"(?P<ld>{lunar_day_prefix}[{nonzero}{ten}]|{ten}[{nonzero}]|{d2}{ten}[{nonzero}]?|{twenty}[{nonzero}]?|{d3}{ten})"
                          r"{tail}", _lunar, 4),
        TimeRule("festival", r"(?:{year}|{relative_year})?"
                             r"(?!(?<=[0-9{cn_digit}{ten}{ordinal}])(?:{numeral_festivals})|(?:{numeral_festivals})(?!{festival_after})[{numeral_festival_not_before}])"
                             r"(?P<fest>{festivals})(?![{festival_name_chars}])(?P<fday>{festival_after})?{tail}", _festival, 2),
        TimeRule("part_of_day", r"(?<![{part_of_day_not_after_chars}])(?:{pod})(?P<clock>{clock})", _clock_time, 1),
        TimeRule("clock", r"(?<![0-9{ordinal}])(?P<clock>(?P<h>2[0-4]|1[0-9]|0?[0-9]){hour_marks}(?:(?P<mi>[0-5]?[0-9]){minute_mark}"
                          r"|(?P<half>{half}))?(?P<xu>{clock_about_marks}|{about_marks}|{clock_exact_marks})?|{clock_colon})"
                          r"(?![0-9{big}{clock_not_before_chars}])", _clock_time, 1),
        # A numeral is read from its first character and never given back (linear on long runs).
        TimeRule("duration", r"(?<![0-9{ordinal}{spoken_digit}{ten}{hundred}{thousand}{few}])(?P<dn>[0-9]++(?:\.[0-9]+)?|{numeral_char}++|{half})"
                             r"(?P<dx>{over_marks}|{few})?(?P<du>{duration_units})(?P<dx2>{over_marks}|{about_marks})?"
                             r"(?![0-9{month_mark}{duration_not_before_chars}])", _duration, 1, set_phrases=False),
        TimeRule("half_duration", r"(?P<dn>{half})(?P<du>{half_duration_units})", _duration, 1),
        TimeRule("recurring", r"(?P<every>{every_mark}(?:{every_units}|{every_week_mark}{weekday_char}?|{every_weekday_mark}{weekday_char}"
                              r"|{every_on_mark}(?:{every_week_mark}|{every_weekday_mark})?{weekday_char}?))(?:{pod})?(?P<clock>{clock})?",
                 _recurring, 2),
        TimeRule("vague", r"(?P<vague>{vague})", _vague, 1),
    )


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: TimeRule
    pattern: re.Pattern  # behind a lookahead on the characters it can open with
    bare: re.Pattern  # the same without that lookahead, tried at the places the prefilter finds
    opens: frozenset[str] | None  # the characters a match can open with, None for any
    names: tuple[tuple[int, str], ...] = ()  # the named groups (see _group_names)


def _default_compiled(vocabulary: "Vocabulary | None" = None) -> tuple[tuple[_Compiled, ...], "_Prefilter"]:
    """The default rules compiled with the words of ``vocabulary`` and their shared scan."""
    return _default_compiled_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _default_compiled_of(vocabulary: Vocabulary) -> tuple[tuple[_Compiled, ...], "_Prefilter"]:
    compiled = _compile(default_rules(), vocabulary)
    return compiled, _prefilter(compiled)


@lru_cache(maxsize=64)
def _compile(rules: tuple[TimeRule, ...], vocabulary: "Vocabulary | None" = None) -> tuple[_Compiled, ...]:
    """The rules compiled once per table and vocabulary (the default ones and the last that
    callers passed)."""
    out = []
    for rule in rules:
        where = f"times: rule {rule.name!r}"
        bare = _rename_repeats(expand(rule.pattern, where, vocabulary=vocabulary))
        opens = openers(bare)
        # A lookahead on the opening characters lets the engine skip every other position at
        # once (date rule: ~15x faster); one literal opening character needs no guard.
        guarded = f"(?=[{''.join(re.escape(c) for c in sorted(opens))}])(?:{bare})" if opens and len(opens) > 1 else bare
        plain = compile_checked(bare, where, stdlib=True)
        out.append(_Compiled(rule, compile_checked(guarded, where, stdlib=True), plain, opens, _group_names(plain)))
    return tuple(out)


@dataclass(frozen=True)
class _Prefilter:
    """One scan for every place where a match of some rule can open, and for each such place
    the rules to try there, in table order, as ``(index, match, rule)``; the rules that can
    open with any character scan the text alone.

    A place is an opening character followed by a character that one of its rules can go on
    with (the two first characters of the rules' matches, read from their patterns): most
    digits and numerals of a text open no time expression (2个, 一些), and the scan passes
    them by."""

    scan: re.Pattern | None
    # The rules to try where the text holds a key: an opening character and the one after
    # it, or the opening character alone for the rules that may go on with any character
    # (and at the end of the text).
    at: dict[str, tuple[tuple[int, Callable, TimeRule], ...]]
    alone: tuple[int, ...]


@lru_cache(maxsize=64)
def _prefilter(compiled: tuple[_Compiled, ...]) -> _Prefilter:
    by_char: dict[str, list] = {}
    for k, c in enumerate(compiled):
        two = prefixes(c.bare.pattern) if c.opens else None
        for ch in c.opens or ():
            after = None
            if two is not None and ch not in two:  # (no whole match of one character)
                after = frozenset(s[1] for s in two if len(s) > 1 and s[0] == ch)
            by_char.setdefault(ch, []).append((k, c.bare.match, c.rule, after))
    at: dict[str, tuple] = {}
    for ch, rules in sorted(by_char.items()):
        anywhere = tuple((k, match, rule) for k, match, rule, after in rules if after is None)
        if anywhere:
            at[ch] = anywhere
        seconds = sorted(set().union(*(after for *_, after in rules if after is not None)))
        for second in seconds:
            at[ch + second] = tuple((k, match, rule) for k, match, rule, after in rules
                                    if after is None or second in after)
    # The scan opens with one class of every opening character, which ``re`` skips to at C speed,
    # and then reads the next character against one class of every second character: a few more
    # places than the keys hold (those are passed over by a look-up), at half the cost of an
    # alternation of the opening characters each with its own second ones.
    alone = {key for key in at if len(key) == 1}
    firsts = {key[0] for key in at}
    seconds = {key[1] for key in at if len(key) == 2}

    def chars(cs) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cs)) + "]"

    if not at:
        scan = None
    elif not seconds:
        scan = re.compile(chars(firsts))
    elif alone:
        scan = re.compile(f"{chars(firsts)}(?:(?<={chars(alone)})|(?={chars(seconds)}))")
    else:
        scan = re.compile(f"{chars(firsts)}(?={chars(seconds)})")
    return _Prefilter(scan, at, tuple(k for k, c in enumerate(compiled) if c.opens is None))


def _candidates(compiled: tuple[_Compiled, ...], pre: _Prefilter, text: str, blocked: Intervals) -> list[tuple]:
    """Every rule's matches as ``(start, end, rule, index, priority, match)``, as ``finditer`` of each
    rule would give them (leftmost, not overlapping each other), in an order where matches at
    one place keep the table's order; those of a rule that a set phrase overlaps are dropped.

    One scan finds the places where some rule can open (its first two characters); there each
    rule that can open with them is matched, unless its previous match covers the place. This
    does a fraction of the work of a scan of the whole text for each rule, even one behind a
    lookahead on its opening characters."""
    cands: list[tuple] = []
    check = len(blocked) > 0
    free = [0] * len(compiled)  # where each rule's next match may start (the end of its last)
    if pre.scan is not None:
        at, add = pre.at, cands.append
        get = at.get
        for opener in pre.scan.finditer(text):
            start = opener.start()
            rules = get(text[start:start + 2]) or get(opener[0])
            if rules is None:
                continue  # (the next character goes on no rule of this one)
            for k, match, rule in rules:
                if start < free[k]:
                    continue
                m = match(text, start)
                if m is None:
                    continue
                end = free[k] = m.end()
                if check and rule.set_phrases and blocked.overlaps(start, end):
                    continue
                add((start, end, rule, k, rule.priority, m))
    for k in pre.alone:
        rule = compiled[k].rule
        for m in compiled[k].pattern.finditer(text):
            start, end = m.span()
            if end == start or (check and rule.set_phrases and blocked.overlaps(start, end)):
                continue
            cands.append((start, end, rule, k, rule.priority, m))
    return cands


_POSSESSIVE = re.compile(r"(?<!\\)([*+?}])\+")


def _parse_tree(pattern: str):
    """The parse tree of ``pattern`` by the standard library's parser; possessive forms, which it
    reads only from Python 3.11 on, parsed as the greedy ones (they open and go on alike)."""
    try:
        return _sre_parse.parse(pattern)
    except re.error:
        return _sre_parse.parse(_POSSESSIVE.sub(r"\1", pattern))


def openers(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` (``re`` syntax) can open with, read from its parse
    tree; ``None`` when it can open with any character (a negated class, ``.``, ``\\w``, a
    class of more than a thousand characters) or match the empty string."""
    try:
        tree = _parse_tree(pattern)
    except re.error:
        return None
    chars, empty = _first_of(tree)
    return None if chars is None or empty else frozenset(chars)


def _first_of(items) -> tuple[set[str] | None, bool]:
    """(opening characters or None for any, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next item opens
        if name == "LITERAL":
            return out | {chr(av)}, False
        if name == "IN":
            chars = _class_chars(av)
            return (None if chars is None else out | chars), False
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            sub, empty = _first_of(av[-1] if name == "SUBPATTERN" else av)
        elif name == "BRANCH":
            sub, empty = set(), False
            for branch in av[1]:
                first, e = _first_of(branch)
                if first is None:
                    return None, False
                sub |= first
                empty = empty or e
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, empty = _first_of(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False  # ANY, NOT_LITERAL, a back reference …: any character
        if sub is None:
            return None, False
        out |= sub
        if not empty:
            return out, False
    return out, True


def _class_chars(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < 1000:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


_MAX_PREFIXES = 20_000


def prefixes(pattern: str, k: int = 2) -> frozenset[str] | None:
    """The strings of ``k`` characters a match of ``pattern`` can open with, and its whole
    matches shorter than that, read from its parse tree (lookarounds are not read: the set may
    hold more than can match); ``None`` when that is not known or too many."""
    try:
        found = _prefixes_of(_parse_tree(pattern), k)
    except _Unknown:
        return None
    return None if found is None else frozenset(found)


class _Unknown(Exception):
    """A part of a pattern whose prefixes are not read (any character, a back reference …)."""


def _concat(left: set[str], right: set[str], k: int) -> set[str]:
    out = {a for a in left if len(a) >= k}
    out |= {(a + b)[:k] for a in left if len(a) < k for b in right}
    if len(out) > _MAX_PREFIXES:
        raise _Unknown
    return out


def _prefixes_of(items, k: int) -> set[str]:
    out = {""}
    for op, av in items:
        if all(len(s) >= k for s in out):
            break
        out = _concat(out, _prefixes_item(op, av, k), k)
    return out


def _prefixes_item(op, av, k: int) -> set[str]:
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}
    if name == "LITERAL":
        return {chr(av)}
    if name == "IN":
        chars = _class_chars(av)
        if chars is None:
            raise _Unknown
        return chars
    if name == "SUBPATTERN":
        return _prefixes_of(av[-1], k)
    if name == "ATOMIC_GROUP":
        return _prefixes_of(av, k)
    if name == "BRANCH":
        return set().union(*(_prefixes_of(branch, k) for branch in av[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, item = av
        one = _prefixes_of(item, k)
        cur = {""}
        for _ in range(low):
            cur = _concat(cur, one, k)
        out = set(cur)
        for _ in range(min(high, 10 ** 6) - low):
            cur = _concat(cur, one, k)
            if cur <= out:
                break
            out |= cur
        return out
    raise _Unknown


@dataclass(frozen=True, slots=True)
class _Marks:
    """The patterns of a vocabulary's words around the rules' matches."""

    open_end: re.Pattern  # 以来: a date that opens a span with no end
    set_phrases: re.Pattern  # 第一时间, 天天: no time
    range: re.Pattern  # 至, —: between the two dates of a span
    future: re.Pattern  # 将于 right before a date: it is ahead of the paper


@lru_cache(maxsize=KEPT)
def _marks(vocabulary: Vocabulary) -> _Marks:
    def pattern(p: str, where: str) -> re.Pattern:
        return compile_checked(expand(p, where, vocabulary=vocabulary), where, stdlib=True)

    return _Marks(pattern("{open_end_marks}", "times: open end"), pattern("{set_phrases}", "times: set phrases"),
                  pattern("{range}", "times: range"), pattern("{future_markers}[ \t]*$", "times: future markers"))


def _open_mark(vocabulary: "Vocabulary | None" = None) -> re.Pattern:
    return _marks(resolve(vocabulary)).open_end


def _grammar(vocabulary: "Vocabulary | None" = None):
    """The compiled default rules as ``(name, pattern, priority)`` and the shared scan of them all
    as ``("prefilter", scan, 0)``, the word lists and the open-end mark."""
    compiled, pre = _default_compiled(vocabulary)
    rules = tuple((c.rule.name, c.pattern, c.rule.priority) for c in compiled) + (("prefilter", pre.scan, 0),)
    return rules, time_words(vocabulary), _open_mark(vocabulary)


# What stands between a date and its weekday in brackets: 2月6日(星期二.
_WEEKDAY_NOTE = re.compile(r"[ \t]*[(（][ \t]*")
_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


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


def _num(text: str | None, vocabulary: "Vocabulary | None" = None) -> int | None:
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)  # the common case, without the numeral parser
    value = parse_number(text, vocabulary=vocabulary)
    return int(value) if isinstance(value, (int, float)) else None


def _cn_year(text: str, vocabulary: "Vocabulary | None" = None) -> int | None:
    if text.isdigit():
        return int(text)
    digits = numerals(vocabulary).digits
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


def _clock(g: dict, pod: str | None, env: "_Env") -> str | None:
    hour = g.get("h2") or g.get("h")
    if hour is None:
        return None
    h = _num(hour, env.vocabulary)
    if h is None or h > 24:
        return None
    minute = _num(g.get("mi2") or g.get("mi"), env.vocabulary) or 0
    if g.get("half"):
        minute = 30
    if g.get("quarter"):
        minute = env.words["quarter_hours"][g["quarter"]]
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

    __slots__ = ("year", "month", "date", "dateline", "future", "remark")

    def __init__(self) -> None:
        self.year: int | None = None
        self.month: int | None = None
        self.date: tuple[int | None, int, int] | None = None
        # The date of the last "本报北京3月11日讯"/"…电" lead: 今天 after it is that day.
        self.dateline: _dt.date | None = None
        # Set for the expression being produced when a future marker stands right before it.
        self.future = False
        # Set for a relative day being produced inside a quoted remark: the speaker's day.
        self.remark = False


def _solar_term(name: str, year: int) -> tuple[int, int]:
    y = year % 100
    if name == "qingming":
        return 4, int(y * 0.2422 + 4.81) - y // 4
    return 12, int(y * 0.2422 + 21.94) - y // 4  # dongzhi


def _solar(lunar) -> _dt.date:
    # lunardate 0.3 renamed toSolarDate to to_solar_date; support both.
    convert = getattr(lunar, "to_solar_date", None) or lunar.toSolarDate
    return convert()


@lru_cache(maxsize=1024)
def _lunar_to_solar(year: int, month: int, day: int) -> _dt.date | None:
    """The solar date of a lunar one (None when there is none); each festival is looked up in a
    few years around every paper's date, so the conversions are kept."""
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
    context of the text so far, the settings and the vocabulary the words come from."""

    __slots__ = ("words", "anchor", "ctx", "settings", "vocabulary")

    def __init__(self, words, anchor: _dt.date | None, ctx: _Context, settings: "TimeSettings",
                 vocabulary: Vocabulary) -> None:
        self.words, self.anchor, self.ctx, self.settings = words, anchor, ctx, settings
        self.vocabulary = vocabulary


def _base(g: dict, env: _Env) -> dict | None:
    """The value every production starts from: a point with the part of day and clock time
    written after it, or None when the clock time is malformed (25点, 8点70分)."""
    pod_word = g.get("pod")
    pod = env.words["part_of_day"].get(pod_word) if pod_word else None
    clock = _clock(g, pod, env) if g.get("clock") else None
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
    year = _cn_year(g["y"], env.vocabulary) if g.get("y") else None
    if g.get("ry"):
        offset = words["relative_years"][g["ry"]]
        year = anchor.year + offset if anchor else None
        if anchor is None:
            out["inferred"].append("unresolved")
    month = _num(g.get("m"), env.vocabulary)
    day = _num(g.get("d") or g.get("donly"), env.vocabulary)
    if g.get("donly") is not None and month is None:
        if g["donly"] == numerals(env.vocabulary).plain[1]:
            return None  # 一日一查, 一日游: one day, not the first
        month = ctx.month or (anchor.month if anchor else None)
        if not ctx.month and anchor is not None and not ctx.future and day is not None and day > anchor.day:
            # 28日 in a paper of 2 May, no month written before it: 28 April (a report looks back a
            # few days; 13日 in a paper of 11 June and 将于28日 are days ahead, in the paper's month)
            before = anchor.month - 1 or 12
            year_before = anchor.year - (before == 12)
            if _valid(year_before, before, day) and \
                    (anchor - _dt.date(year_before, before, day)).days <= env.settings.bare_day_back_days:
                month = before
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
    step = 0
    if word in words["relative_day_parts"]:
        # 今晚, 昨夜, 当晚: a relative day and a part of day in one word (当晚: of the day just named).
        offset, fused = words["relative_day_parts"][word]
        if out["part_of_day"] is None:
            out["part_of_day"] = fused
            if g.get("clock"):
                out["time_start"] = _clock(g, fused, env)
            elif out["granularity"] == "day":
                out["granularity"] = "part_of_day"
    elif word in words["context_days"]:
        offset, step = None, words["context_days"][word]
    else:
        offset = words["relative_days"][word]
    if offset is not None and ctx.remark and ctx.dateline is None:
        # “今天听说有义诊…”: the speaker's today, the day of the remark, not the paper's
        out.update(date_start=None)
        out["inferred"].append("unresolved")
        return out
    if offset is None:
        # 当天/次日: relative to the last date of the text.
        if ctx.date is None:
            out.update(date_start=None)
            out["inferred"].append("unresolved")
            return out
        y, m, d = ctx.date
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
    week = env.words["week_shifts"].get(g.get("wk") or "", 0)
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
    day = _num(g.get("d"), env.vocabulary)
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
    mark = words["month_mark"]
    part = g["mpart"][len(mark):] if g["mpart"].startswith(mark) else g["mpart"]
    _tenday_span(out, words, part, year, month)
    out["inferred"] += ["month"] + (["context"] if ctx.month else [])
    return out


def _written_year(g: dict, env: _Env) -> int | None:
    """The year a rule's match writes (groups ``y``: 2020年, ``ry``: 今年, 去年), or None (also for a
    relative year in a text with no publication date)."""
    if g.get("ry"):
        return env.anchor.year + env.words["relative_years"][g["ry"]] if env.anchor else None
    return _cn_year(g["y"], env.vocabulary) if g.get("y") else None


def _quarter(g: dict, out: dict, env: _Env) -> dict | None:
    """一季度, 今年第三季度, 上半年: whole months of a year."""
    words, anchor = env.words, env.anchor
    first, last = words["quarters"][g["q"]]
    year = _written_year(g, env)
    if year is None and not g.get("ry") and anchor is not None:
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
    names, first = env.words["lunar_months"], env.words["lunar_day_prefix"]
    if not g.get("lunar") and g["lm"] not in names:
        return None  # 三月初一 without 农历 is ambiguous; 三月初 is a solar tenday
    month = names.get(g["lm"]) or _num(g["lm"], env.vocabulary)
    ld = g["ld"]
    day = _num(ld[len(first):], env.vocabulary) if ld.startswith(first) else _num(ld, env.vocabulary)
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    year = _cn_year(g["ly"], env.vocabulary) if g.get("ly") else None
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
    # The year written before it (2022年国庆节, 去年重阳节): the festival that falls in that year.
    year = _written_year(g, env)
    if g.get("ry") and year is None:
        out["date_start"] = None
        out["inferred"].append("unresolved")
        return out
    if name in solar_days:
        spec = solar_days[name]
        if isinstance(spec, str):
            if anchor is None and year is None:
                out["date_start"] = None
                out["inferred"].append("unresolved")
                return out
            month, day = _solar_term(spec, year or anchor.year)
        else:
            month, day = spec
        if year is None:
            year = _closest_year(month, day, anchor, env.settings) if anchor else None
        out["date_start"] = _iso(year, month, day)
        out["inferred"].append("date")
    else:
        month, day = words["lunar_festivals"][name]
        if year:
            # (the festival of the lunar year whose date falls in the year written, else of that lunar
            # year: 2022年除夕, the eve of the twelfth lunar month, is lunar 2021's, on 2022-01-31)
            solar = next((d for d in (_lunar_to_solar(y, month, day) for y in (year - 1, year)) if d and d.year == year), None) \
                or _lunar_to_solar(year, month, day)
        else:
            solar = _lunar_nearest(month, day, anchor, None, env.settings)
        out["date_start"] = solar.isoformat() if solar else None
        out["inferred"].append("date")
        if solar is None:
            out["inferred"].append("unresolved")
    if g.get("fday") and g["fday"] not in words["festival_days"]:
        if year is not None and (g.get("y") or g.get("ry")):
            # 去年国庆节期间: around the festival, no day; the year written is still said
            out.update(granularity="year", date_start=f"{year:04d}")
            out["inferred"] = [x for x in out["inferred"] if x != "date"]
        else:
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
    words = env.words
    granularity = words["duration_units"].get(g["du"]) or words["half_duration_units"][g["du"]]
    if g["du"] == words["year_mark"]:
        n = _num(g["dn"], env.vocabulary) if g["dn"] != numerals(env.vocabulary).half else 0
        if n is None or n >= env.settings.max_duration_years:
            return None
    return {"kind": "duration", "granularity": granularity, "inferred": []}


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


def _span_end(c: _Cand, v: dict, c2: _Cand, v2: dict,
              vocabulary: "Vocabulary | None" = None) -> tuple[str | None, str | None] | None:
    """The end (date, clock) of a span whose first part is ``c``, or None when ``c2`` cannot end it."""
    if c2.rule in ("clock", "part_of_day"):
        return v.get("date_start"), v2.get("time_start")
    if c2.rule != "date" or v2.get("kind", "point") != "point" or v2.get("granularity") == "year":
        return None
    g, g2 = c.groups, c2.groups
    start = v.get("date_start")
    day = _num(g2.get("d") or g2.get("donly"), vocabulary)
    if day is None:
        return _month_span_end(v, v2, g2, vocabulary)
    month2 = _num(g2.get("m"), vocabulary)
    if start is None:
        # Unresolved day-only start (7日至11日 with no month known): keep the span, unresolved.
        return (None, v2.get("time_start")) if g.get("donly") is not None and month2 is None else None
    if start.startswith("--"):
        year, month = None, int(start[2:4])
    else:
        year, month = int(start[:4]), int(start[5:7])
    explicit_year = _cn_year(g2["y"], vocabulary) if g2.get("y") else None
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


def _month_span_end(v: dict, v2: dict, g2: dict, vocabulary: "Vocabulary | None" = None) -> tuple[str, None] | None:
    """The end month of a span of whole months (3月至5月, 2019年12月至2020年1月), or None: the second
    month takes its year from the first (the next year when it comes earlier in the year) unless it
    writes its own (明年5月), and then the first writes one too."""
    start = v.get("date_start")
    month2 = _num(g2.get("m"), vocabulary)
    if v.get("granularity") != "month" or v2.get("granularity") != "month" or start is None or month2 is None \
            or not 1 <= month2 <= 12:
        return None
    year = None if start.startswith("--") else int(start[:4])
    month = int(start[-2:])
    if g2.get("y") or g2.get("ry"):
        # The second month writes its year (2020年1月, 明年5月): its own reading holds, and the first
        # must write one too, or the two are read apart (12月至2021年2月: the first month's year
        # is not known from the paper's).
        end2 = v2.get("date_start")
        if "year" in v.get("inferred", ()) or not end2 or end2.startswith("--"):
            return None
        year = int(end2[:4])
    elif year is not None and month2 < month:
        year += 1
    end = f"--{month2:02d}" if year is None else f"{year:04d}-{month2:02d}"
    return (end, None) if year is None or end > start else None


def _select(cands: list[tuple]) -> list[tuple]:
    """Longest first, then the rule's priority, then the earlier start; no overlaps.

    ``cands`` are ``(start, end, rule, index, priority, match)`` tuples (cheaper than records:
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
               rules: tuple[TimeRule, ...] | None = None, vocabulary: "Vocabulary | None" = None) -> list[TimeExpr]:
    """Every time expression in ``text`` with its normalised value.

    Args:
        text: any text; offsets refer to it as given.
        published: the publication date (``datetime.date``, ISO string or
            ``None``). Month-days take the year closest to it, relative words
            resolve against it. With ``None`` nothing is taken from the clock.
        settings: the tuned numbers (:class:`TimeSettings`); ``None`` for the defaults.
        rules: the rule table (:class:`TimeRule`); ``None`` for :func:`default_rules`.
        vocabulary: the words the rules' ``{placeholders}`` stand for and the productions read
            (:class:`~pressie.vocabulary.Vocabulary`: ``time_words.*``, the numerals);
            ``None`` for the packaged ones.

    Returns:
        :class:`~pressie.records.TimeExpr` records in text order (``[]`` when none).

    Raises:
        TypeError: for a non-``str`` text, a bad ``published`` type or a ``vocabulary`` that is
            not a :class:`~pressie.vocabulary.Vocabulary`.
        DateError: for a ``published`` string that is not an ISO date.

    >>> [(t.text, t.date_start, t.part_of_day) for t in find_times("3月6日上午,区委召开会议", published="2020-03-09")]
    [('3月6日上午', '2020-03-06', 'morning')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times() needs str, not {type(text).__name__}")
    check_vocabulary(vocabulary, "find_times")
    anchor = coerce_date(published)
    return on_source("find_times", text, lambda t: find_times_normalized(t, anchor, settings, rules, vocabulary=vocabulary))




def _part_finder(parts: "Sequence[Sequence[tuple[int, int]]] | None") -> Callable[[int], int]:
    """A function from an offset to the index of the part holding it (-1 outside every part)."""
    if not parts:
        return lambda offset: -1
    ranges = sorted((start, end, index) for index, group in enumerate(parts) for start, end in group)
    starts = [r[0] for r in ranges]

    def part_of(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        return ranges[i][2] if i >= 0 and offset < ranges[i][1] else -1
    return part_of


def find_times_normalized(text: str, anchor: _dt.date | None, settings: TimeSettings | None = None,
                          rules: tuple[TimeRule, ...] | None = None, *,
                          vocabulary: "Vocabulary | None" = None,
                          parts: "Sequence[Sequence[tuple[int, int]]] | None" = None) -> list[TimeExpr]:
    """:func:`find_times` on a text already normalised (:func:`pressie.normalize.normalize`) with
    the publication date already read (``anchor``, a ``datetime.date`` or ``None``): offsets
    refer to ``text`` as given, nothing is mapped back. Arguments are not checked.

    ``parts`` (the articles of a page, each a group of disjoint ``[start, end)`` ranges that no
    other part's range overlaps, as an article's blocks are) keeps the context of each apart: a
    bare day (8日) takes its month, and 今天 its lead's day, only from an earlier date of the same
    part; text outside every part shares one context."""
    settings = settings or _DEFAULTS
    vocabulary = resolve(vocabulary)
    if rules is None:
        compiled, pre = _default_compiled(vocabulary)
    else:
        compiled = _compile(tuple(rules), vocabulary)
        pre = _prefilter(compiled)
    words = time_words(vocabulary)
    marks = _marks(vocabulary)
    open_mark = marks.open_end
    future = marks.future
    negatives = Intervals((m.start(), m.end()) for m in marks.set_phrases.finditer(text))
    cands = _candidates(compiled, pre, text, negatives)
    # Group values are read only for the candidates the ranker keeps.
    chosen = [_Cand(c[0], c[1], c[2], _groups(c[5], compiled[c[3]].names), c[4]) for c in _select(cands)]
    reach = settings.future_marker_reach
    since = tuple(words["since_marks"])
    part_of = _part_finder(parts)
    envs: dict[int, _Env] = {}
    values: list[tuple[_Cand, dict]] = []
    last_end = -1
    for c in chosen:
        rule = c.rule
        key = part_of(c.start)
        env = envs.get(key)
        if env is None:
            env = envs[key] = _Env(words, anchor, _Context(), settings, vocabulary)
        ctx = env.ctx
        if rule.name == "weekday" and last_end >= 0 and _WEEKDAY_NOTE.fullmatch(text, last_end, c.start):
            continue  # 2月6日(星期二): the weekday of the date just given
        ctx.future = bool(future.search(text, max(0, c.start - reach), c.start))
        ctx.remark = rule.name == "relative_day" and in_remark(text, c.start, speech_verbs(vocabulary))
        out = _base(c.groups, env)
        kept = (ctx.year, ctx.month, ctx.date)
        value = None if out is None else rule.produce(c.groups, out, env)
        ctx.future = ctx.remark = False
        if value is None:
            continue
        if text.startswith(since, c.end):
            # 自2月28日以来: the start of a period up to now, no date the text goes on from (a
            # bare 8日 after it keeps the month of the dates before)
            ctx.year, ctx.month, ctx.date = kept
        c = _Cand(c.start, c.end, rule.name, c.groups, c.priority)
        values.append((c, value))
        last_end = c.end
        start = value.get("date_start")
        # (a whole day only: 2020年1月讯 dates no day)
        if c.rule == "date" and start and len(start) == 10 and text[c.end:c.end + 1] in words["dateline_marks"]:
            ctx.dateline = _dt.date.fromisoformat(start)
    out: list[TimeExpr] = []
    span_range = marks.range
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
            if span_range.fullmatch(text, end, c2.start):
                merged = _span_end(c, v, c2, v2, vocabulary)
                if merged is not None:
                    date_end, time_end = merged
                    end, kind, rule = c2.end, "span", "date_span"
                    i += 1
        if kind == "point" and date_start:
            m = open_mark.match(text, end)
            if m:
                end = m.end()
                kind, open_end, rule = "span", True, "open_span"
        if kind == "point" and date_start is None and not v.get("time_start") and "unresolved" not in v["inferred"] and c.rule == "date":
            i += 1
            continue
        out.append(_time_expr(
            start=start, end=end, text=text[start:end], kind=kind,
            date_start=date_start, date_end=date_end if kind == "span" else None,
            time_start=v.get("time_start"), time_end=time_end,
            part_of_day=v.get("part_of_day"), granularity=v.get("granularity"),
            inferred=tuple(dict.fromkeys(v["inferred"])), rule=rule, open_end=open_end,
        ))
        i += 1
    return out


# ---------------------------------------------------------------- datelines

@lru_cache(maxsize=KEPT)
def _datelines(vocabulary: Vocabulary) -> tuple[re.Pattern, ...]:
    """The shapes of a document's own date near its top, with the words of ``vocabulary``."""
    shapes = [
        r"{dateline_day}\s*{week_words}{weekday_char}",  # 2020年3月9日 星期一
        r"{dateline_day}[^\n。,，]{0,12}{ordinal}\s*[0-9{nonzero}{ten}]{1,3}\s*{page_mark}",  # 2020年3月9日 … 第4版
        r"(?:{dateline_labels}|{source_label}[^\n]{0,40}?)[:：]?\s*{web_date}",  # 发布时间:2022-03-20
        r"^\s*(?P<y>(?:19|20)[0-9][0-9])-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])(?:\s+[0-9][0-9]:[0-9][0-9](?::[0-9][0-9])?)?\s*$",
        # A web article's date line: the date, a clock time, the source ("2021年03月06日 10:20 来源:新华网").
        r"^\s*{web_date}\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?\s*{web_byline_labels}\s*[:：]",
    ]
    return tuple(compile_checked(expand(p, "times: dateline", vocabulary=vocabulary), "times: dateline", re.M, stdlib=True)
                 for p in shapes)


def find_dateline(text: str, *, settings: TimeSettings | None = None,
                  vocabulary: "Vocabulary | None" = None) -> _dt.date | None:
    """The document's own publication date from a dateline near its top, or ``None``.

    Recognises e-paper headers ("2020年3月9日 星期一 第4版"), web lines
    ("发布时间:2022-03-20 09:13", "日期:2023-12-07") and a bare
    "2017-04-14 15:40:49" line. ``settings`` gives how far down it looks
    (:attr:`TimeSettings.dateline_reach`), ``vocabulary`` the labels and marks it reads
    (``time_words.dateline_labels``, ``time_words.web_byline_labels`` …; ``None``: the packaged ones).

    >>> find_dateline("2020年3月9日 星期一 第4版\\n区政要闻")
    datetime.date(2020, 3, 9)
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dateline() needs str, not {type(text).__name__}")
    check_vocabulary(vocabulary, "find_dateline")
    head = fold(text[:(settings or _DEFAULTS).dateline_reach])
    best = None
    for pattern in _datelines(resolve(vocabulary)):
        m = pattern.search(head)
        if m and (best is None or m.start() < best[0]):
            try:
                best = (m.start(), _dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
            except ValueError:
                continue
    return None if best is None else best[1]


#: The name :mod:`pressie.core` used before :func:`find_times_normalized` was public.
_find_times_norm = find_times_normalized
