"""Numbers and quantities: Chinese and Arabic numerals, classifiers, counted nouns.

:func:`parse_number` reads one numeral (Arabic with full-width digits and
thousands separators, Chinese with 十百千万亿, 〇/零, 廿卅, capital forms, and
mixed forms such as ``1.2亿`` or ``3万余``). :func:`find_quantities` finds
numbers with a classifier in running text and says what is counted
(``145名医护人员`` → value 145, unit 名, noun 医护人员), whether the number is
approximate (余 多 近 约 …) and its category (count, topic, money, measure,
duration, percent, ordinal). Lexicons live in ``resources/``; every function that reads them
takes ``vocabulary=`` (a :class:`~pressie.vocabulary.Vocabulary`, ``None`` for the packaged
words), so a classifier or an approximation word added there is found::

    >>> from pressie.vocabulary import Vocabulary
    >>> v = Vocabulary.default().extend({"classifiers.count": ["垄"]})
    >>> [(q.value, q.unit, q.noun.text) for q in find_quantities("种了12垄花生", vocabulary=v)]
    [(12, '垄', '花生')]
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Mapping

import re

import regex

from ._checks import check_number
from ._scan import compile_stdlib, with_han_class
from ._spans import Intervals
from .errors import ResourceError
from .lexicon import HAN, admin_divisions, alternation, compile_checked
from .remap import on_source, record_builder
from .records import Quantity, Span
from .vocabulary import KEPT, Vocabulary, resolve
from .vocabulary import check as check_vocabulary

__all__ = ["parse_number", "find_quantities", "find_quantities_normalized", "QuantitySettings", "Numerals", "numerals"]





@dataclass(frozen=True)
class QuantitySettings:
    """The tuned numbers of the quantity finder. Pass one to :func:`find_quantities`; ``None``
    there means these defaults."""

    # What is counted is looked for in this many characters after the classifier (and before
    # the number, for 检查站3个).
    noun_window: int = 16
    # A modifier after the classifier (30名身着红马甲的队员) ends with a 的 within this many characters …
    modifier_reach: int = 16
    # … and, when it does not open with a verb, within this many after a classifier of people
    # (100名来自高校的志愿者).
    people_modifier_reach: int = 8
    # A noun written before the number (县际交界检查站3个) has at most this many characters.
    noun_before_max: int = 8
    # A count of years from this number on is no duration (100年: an anniversary).
    max_year_count: int = 100
    # A quotation of at most this many characters without a clause's punctuation is a name or a
    # slogan (“一区两核三组团”, “三支一扶”): the numbers in it count nothing.
    slogan_max: int = 10

    def __post_init__(self) -> None:
        for f in fields(self):
            check_number("QuantitySettings", f.name, getattr(self, f.name), integer=True, low=1)


_DEFAULTS = QuantitySettings()

#: Make a Quantity and a Span as the types do, faster (see record_builder).
_quantity = record_builder(Quantity)
_span = record_builder(Span)


@dataclass(frozen=True)
class Numerals:
    """The Chinese numerals of ``resources/numerals.json``, the one list the quantity finder and
    the time grammar read (see the file's ``_doc`` for what each part is)."""

    digits: Mapping[str, int]  # everyday digits: 零〇○ 一 二两 … 九
    capital_digits: Mapping[str, int]  # 壹 贰 …, and Ｏ
    units: Mapping[str, int]  # 十 百 千
    capital_units: Mapping[str, int]  # 拾 佰 仟
    big_units: Mapping[str, int]  # 万 亿
    traditional_big_units: Mapping[str, int]  # 萬 億
    tens: Mapping[str, int]  # 廿 卅
    few: str  # 几
    half: str  # 半
    ordinal_prefix: str  # 第
    range_marks: tuple[str, ...]  # 至 到

    @property
    def plain(self) -> tuple[str, ...]:
        """The plain digit of each value 0-9 (the first listed: 零 一 二 … 九)."""
        out: dict[int, str] = {}
        for ch, value in self.digits.items():
            out.setdefault(value, ch)
        return tuple(out[v] for v in range(10))

    def unit(self, value: int) -> str:
        """The plain unit or ten of a value (10 → 十, 20 → 廿)."""
        return next(ch for table in (self.units, self.big_units, self.tens) for ch, v in table.items() if v == value)


_NUMERAL_VALUES = {
    "digits": set(range(10)), "capital_digits": set(range(10)), "units": {10, 100, 1000}, "capital_units": {10, 100, 1000},
    "big_units": {10_000, 100_000_000}, "traditional_big_units": {10_000, 100_000_000}, "tens": {20, 30},
}


def numerals(vocabulary: "Vocabulary | None" = None) -> Numerals:
    """The validated numerals of ``resources/numerals.json`` (see :func:`read_numerals`), with
    the words ``vocabulary`` adds (``numerals.range_marks``); ``None`` for the packaged ones."""
    return _numerals(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _numerals(vocabulary: Vocabulary) -> Numerals:
    return read_numerals(vocabulary.data("numerals"))


def read_numerals(raw: Mapping, name: str = "numerals.json") -> Numerals:
    """The numerals of a mapping shaped like ``resources/numerals.json``.

    Raises:
        ResourceError: naming the file and key of a missing table, a key that is not one
            character, a value outside the table's values or a digit table that misses a value.
    """
    tables: dict[str, dict[str, int]] = {}
    for key, allowed in _NUMERAL_VALUES.items():
        table = raw.get(key)
        if not isinstance(table, dict) or not table:
            raise ResourceError(f"{name}:{key}: needs a non-empty map of characters to values")
        for ch, value in table.items():
            if len(ch) != 1 or ch.isspace() or ch.isascii():
                raise ResourceError(f"{name}:{key}: {ch!r} is not one non-ASCII character")
            if isinstance(value, bool) or value not in allowed:
                raise ResourceError(f"{name}:{key}: {ch!r} has the value {value!r}; valid: {sorted(allowed)}")
        tables[key] = dict(table)
    if set(tables["digits"].values()) != set(range(10)):
        raise ResourceError(f"{name}:digits: needs a digit for each value 0-9")
    seen: dict[str, str] = {}
    for key, table in tables.items():
        for ch in table:
            if ch in seen:
                raise ResourceError(f"{name}:{key}: {ch!r} is also in {seen[ch]!r}")
            seen[ch] = key
    marks: dict[str, str] = {}
    for key in ("few", "half", "ordinal_prefix"):
        value = raw.get(key)
        if not isinstance(value, str) or len(value) != 1 or value in seen:
            raise ResourceError(f"{name}:{key}: needs one character that is no digit or unit, not {value!r}")
        marks[key] = value
    ranges = raw.get("range_marks")
    if not isinstance(ranges, list) or not ranges or not all(isinstance(w, str) and w and w == w.strip() for w in ranges):
        raise ResourceError(f"{name}:range_marks: needs a non-empty list of words, not {ranges!r}")
    return Numerals(**tables, **marks, range_marks=tuple(ranges))

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


@dataclass(frozen=True)
class _Tables:
    """The numeral tables and patterns of the parser, built once from numerals.json."""

    digits: Mapping[str, int]  # every digit, capital forms too
    units: Mapping[str, int]
    big: Mapping[str, int]
    tens: Mapping[str, int]
    mult: Mapping[str, int]  # the plain units and big units written after Arabic digits (1.2亿)
    chars: str  # every numeral character
    ten: str  # 十
    arabic: re.Pattern
    chinese: re.Pattern
    approx_tail: re.Pattern
    range_pair: re.Pattern
    few: re.Pattern


def _tables(vocabulary: "Vocabulary | None" = None) -> _Tables:
    return _tables_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _tables_of(vocabulary: Vocabulary) -> _Tables:
    n = numerals(vocabulary)
    digits = {**n.digits, **n.capital_digits}
    units = {**n.units, **n.capital_units}
    big = {**n.big_units, **n.traditional_big_units}
    chars = "".join(digits) + "".join(units) + "".join(big) + "".join(n.tens)
    mult = {**n.units, **n.big_units}
    counting = "".join(c for c, v in n.digits.items() if v)  # 一二两三 … 九
    wan = n.unit(10_000)
    small_units = "".join(n.units)  # 十百千
    big_units = "".join(n.big_units)  # 万亿
    few = regex.escape(n.few)
    tails = "|".join(regex.escape(w) for w in quantity_words(vocabulary)["approx_tails"])
    # (The standard library's re: these patterns need nothing of regex, and the parser calls
    # them for every numeral, where a call of re costs a fraction of one of regex.)
    return _Tables(
        digits=digits, units=units, big=big, tens=dict(n.tens), mult=mult, chars=chars, ten=n.unit(10),
        arabic=re.compile(rf"(?P<n>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?P<mult>[{''.join(mult)}]*)"),
        chinese=re.compile(f"[{chars}]+"),
        approx_tail=re.compile(rf"(?:{tails})$"),
        # 三四十, 两三万: two neighbouring digits, then a unit.
        range_pair=re.compile(rf"(?P<a>[{counting}])(?P<b>[{''.join(n.plain[2:])}])(?P<u>[{small_units}{wan}]?)(?P<big>[{big_units}]?)"),
        # 十几, 三十几万, 几百: an unknown digit.
        few=re.compile(rf"(?P<head>[{counting}]?{n.unit(10)}|[{counting}][{n.unit(100)}{n.unit(1000)}{wan}]){few}(?P<big>[{big_units}]?)"
                          rf"|{few}(?P<u>[{small_units}{wan}])"),
    )


def _cn_integer(text: str, t: _Tables | None = None) -> int | None:
    """Value of a Chinese numeral made of digits and units; None when malformed."""
    if not text or len(text) > 40:
        return None
    t = t or _tables()
    _DIGITS, _UNITS, _BIG, _TENS = t.digits, t.units, t.big, t.tens
    if all(ch in _DIGITS for ch in text):
        # Digit-by-digit form (二〇二〇) or a single digit.
        value = 0
        for ch in text:
            value = value * 10 + _DIGITS[ch]
        return value
    total = section = 0
    number: int | None = None
    last_unit = 10 ** 13
    last_big = 10 ** 13
    for ch in text:
        if ch in _DIGITS:
            if number is not None and number != 0 and _DIGITS[ch] != 0:
                return None  # two digits in a row inside a unit form (三四十 is a range, not a number)
            number = _DIGITS[ch]
        elif ch in _TENS:
            if number not in (None, 0) or section % 100:
                return None
            section += _TENS[ch]
            number = None
            last_unit = 10
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit and section:
                return None
            if number is None:
                if section or total:
                    if unit != 10:
                        return None
                number = 1  # 十五, 百余, 千余: a leading unit counts once
            section += number * unit
            number = None
            last_unit = unit
        elif ch in _BIG:
            big = _BIG[ch]
            part = section + (number or 0)
            if big == 100_000_000:
                total = (total + part) * big
            else:
                if big >= last_big and total and big != 10_000:
                    return None
                total += part * big
            last_big = big
            section = 0
            number = None
            last_unit = 10 ** 13
        else:
            return None
    return total + section + (number or 0)


def parse_number(text: str, *, vocabulary: "Vocabulary | None" = None) -> int | float | None:
    """The value of a numeral, or ``None`` when ``text`` is not one.

    Approximation marks at the end (余, 多, 几, 左右, 以上) are ignored; for a
    range (三四十, 十几) the lower bound is returned.

    Args:
        text: one numeral, e.g. ``"145"``, ``"１，２００"``, ``"两千三百余"``, ``"1.2亿"``.
        vocabulary: the word lists read (:class:`~pressie.vocabulary.Vocabulary`: the
            numerals and ``quantity_words.approx_tails``); ``None`` for the packaged ones.

    Returns:
        An ``int`` (or a ``float`` when the value is not whole), or ``None``.

    Raises:
        TypeError: when ``text`` is not a ``str``.

    >>> parse_number("两千三百余"), parse_number("1.2亿"), parse_number("二〇二〇"), parse_number("十几")
    (2300, 120000000, 2020, 10)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() needs str, not {type(text).__name__}")
    return _parse(text, _tables(vocabulary))


def _parse(text: str, t: _Tables) -> int | float | None:
    """:func:`parse_number` with the tables of a vocabulary."""
    if text.isdigit() and text.isascii():
        # The common case, plain digits: what the Arabic reading below gives them.
        return None if len(text) > _MAX_DIGITS else _tidy(float(text))
    s = text.strip().translate(_FULLWIDTH)
    s = t.approx_tail.sub("", s)
    if not s:
        return None
    m = t.arabic.fullmatch(s)
    if m:
        if len(m["n"]) > _MAX_DIGITS:
            return None  # a code or a run of digits, not a quantity
        base = float(m["n"].replace(",", ""))
        for ch in m["mult"]:
            base *= t.mult[ch]
        return _tidy(base)
    low = _range_low(s, t)
    if low is not None:
        return low
    if t.chinese.fullmatch(s):
        return _cn_integer(s, t)
    return None


_MAX_DIGITS = 18


def _tidy(value: float) -> int | float:
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def _range_bounds(s: str, t: _Tables | None = None) -> tuple[int, int] | None:
    t = t or _tables()
    _DIGITS, _UNITS, _BIG = t.digits, t.units, t.big
    m = t.range_pair.fullmatch(s)
    if m and _DIGITS[m["b"]] == _DIGITS[m["a"]] + 1:
        unit = _UNITS.get(m["u"], 1) if m["u"] in _UNITS else (_BIG.get(m["u"], 1) if m["u"] else 1)
        big = _BIG.get(m["big"], 1) if m["big"] else 1
        return _DIGITS[m["a"]] * unit * big, _DIGITS[m["b"]] * unit * big
    m = t.few.fullmatch(s)
    if m:
        if m["u"]:
            unit = _UNITS.get(m["u"]) or _BIG[m["u"]]
            return unit, 9 * unit
        head = _cn_integer(m["head"], t)
        if head is None:
            return None
        step = 1 if m["head"].endswith(t.ten) else 10 ** (len(str(head)) - 2)
        big = _BIG.get(m["big"], 1) if m["big"] else 1
        return head * big, (head + 9 * step) * big
    return None


def _range_low(s: str, t: _Tables) -> int | None:
    bounds = _range_bounds(s, t)
    return None if bounds is None else bounds[0]


# ---------------------------------------------------------------- quantities

# The keys of quantity_words.json and what each holds: a map of words, a list of words, one
# word, or a string of single characters.
_QUANTITY_KEYS = {
    "approx_before": "map", "total_before": "words", "approx_after_number": "map", "approx_after_unit": "map",
    "approx_tails": "words", "percent_prefix": "word", "not_year_count_chars": "chars", "date_day_units": "words",
    "classifier_words": "words", "before_one_chars": "chars", "one_char_nouns": "chars", "nominaliser_chars": "chars",
    "modifier_verbs": "words", "modifier_mark": "word", "on_behalf_word": "word", "on_behalf_bodies": "words",
    "post_words": "words", "verbs_after_count": "words", "left_stop_words": "words", "statistic_nouns": "words",
    "group_ends": "words", "unit_stand_in": "word", "participation_verbs": "words",
    "noun_modifiers": "words", "modifier_adverbs": "chars", "dividing_verbs": "words", "list_joiners": "words",
    "served_before": "words", "per_group_links": "words", "division_links": "words",
    "one_of_words": "words",
}
_APPROXIMATIONS = ("nearly", "about", "over")


def quantity_words(vocabulary: "Vocabulary | None" = None) -> Mapping:
    """The validated words of ``resources/quantity_words.json`` (see :func:`check_quantity_words`),
    with the words ``vocabulary`` adds; ``None`` for the packaged ones."""
    return _quantity_words(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _quantity_words(vocabulary: Vocabulary) -> Mapping:
    return check_quantity_words(vocabulary.data("quantity_words"))


def check_quantity_words(raw: Mapping, name: str = "quantity_words.json") -> Mapping:
    """``raw`` when it holds every key the quantity finder reads, each of the right shape.

    Raises:
        ResourceError: naming the file and key of a missing or malformed entry.
    """
    for key, kind in _QUANTITY_KEYS.items():
        where, value = f"{name}:{key}", raw.get(key)
        if kind == "word" and not (isinstance(value, str) and value):
            raise ResourceError(f"{where}: needs one word, not {value!r}")
        if kind == "chars" and not (isinstance(value, str) and value and len(set(value)) == len(value)):
            raise ResourceError(f"{where}: needs a string of different characters, not {value!r}")
        if kind == "words" and not (isinstance(value, list) and value and all(isinstance(w, str) and w for w in value)):
            raise ResourceError(f"{where}: needs a non-empty list of words, not {value!r}")
        if kind == "map":
            if not (isinstance(value, dict) and value):
                raise ResourceError(f"{where}: needs a non-empty map of words, not {value!r}")
            for word, approx in value.items():
                if approx not in _APPROXIMATIONS:
                    raise ResourceError(f"{where}: {word!r} states {approx!r}; valid: {', '.join(_APPROXIMATIONS)}")
    return raw


def _lexicons(vocabulary: "Vocabulary | None" = None) -> dict:
    """The compiled patterns and word sets of the quantity finder, once per vocabulary."""
    return _lexicons_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _lexicons_of(vocabulary: Vocabulary) -> dict:
    v = vocabulary
    cls = v.data("classifiers")
    qw = quantity_words(v)
    n = numerals(v)
    cn = _tables(v).chars
    few = regex.escape(n.few)
    mult = "".join({**n.units, **n.big_units})  # 十百千万亿
    small = "".join(n.units) + n.unit(10_000)  # 十百千万
    number = (rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?:[{mult}]{{1,2}})?"
              rf"|[{cn}]{{1,12}}(?:{few}[{small}]?)?|{few}[{small}]")
    before = [*qw["approx_before"], *qw["total_before"]]
    pre = alternation(before)
    ranges = alternation([*n.range_marks, "~", "-", "—", "－"])
    after_number = alternation(qw["approx_after_number"])
    after_unit = alternation(qw["approx_after_unit"])
    ordinal = regex.escape(n.ordinal_prefix)
    unit_category: dict[str, str] = {}
    for category in ("money", "measure", "duration", "count"):
        for unit in cls[category]:
            unit_category.setdefault(unit, category)
    units = alternation(unit_category)
    # The lookahead on the characters a quantity can start with (a digit, a
    # Chinese numeral or a word of _PRE) lets the scan skip other positions.
    firsts = "".join(sorted({w[0] for w in before} | set(cn) | {n.few}))
    # The three scans of every text run on the standard library's ``re`` (about twice as fast
    # on these literal-heavy patterns as ``regex``).
    pattern = compile_checked(
        rf"(?=[0-9{firsts}])"
        rf"(?<![0-9.{cn}{ordinal}])"
        rf"(?:(?P<pre>{pre}))?"
        rf"(?P<num>{number})(?:(?P<sep>{ranges})(?P<num2>{number}))?"
        rf"(?P<suf>{after_number})?"
        # (a space between digits and the unit, as web text writes them: 棉衣10 套, 共有 30 名)
        rf"(?:(?<=[0-9])[ \u3000](?={units}))?"
        rf"(?:(?P<unit>{units})|(?P<pct>%|％))"
        rf"(?P<post>{after_unit})?",
        "numbers: quantity pattern", stdlib=True,
    )
    ordinal_pattern = compile_checked(rf"{ordinal}(?P<num>[0-9]+|[{cn}]{{1,6}})(?P<unit>{units})?", "numbers: ordinal pattern",
                                      stdlib=True)
    percent = compile_checked(rf"{regex.escape(qw['percent_prefix'])}(?P<num>[{cn}]{{1,6}}|[0-9]+(?:\.[0-9]+)?)",
                              "numbers: percent pattern", stdlib=True)
    stops = v.words("noun_stops")
    heads = v.words("noun_heads")
    idioms = compile_checked(_by_first_character(v.words("idioms")), "idioms.txt", stdlib=True)
    # The registered divisions whose names open with a numeral (五家渠, 三门峡, 三台县): three
    # characters or more, or two before a level character (三台县, not 三台电脑).
    numbered = [name for name in admin_divisions() if name[0] in cn]
    from .places import _grammar  # (the validated place_grammar.json; places imports nothing from here)
    levels = "".join(sorted(_grammar(v)["level_chars"]))
    numbered_places = compile_checked(
        rf"(?:{alternation([w for w in numbered if len(w) >= 3])}|(?:{alternation([w for w in numbered if len(w) == 2])})"
        rf"[{regex.escape(levels)}])", "numbers: divisions named with a numeral", stdlib=True)
    # Every pattern here that needs no feature of ``regex`` (\p{Han}) runs on the standard
    # library's ``re``, faster on these word lists.
    return {
        "category": unit_category,
        "self_noun": frozenset(cls["self_noun"]),
        "pattern": pattern,
        "ordinal": ordinal_pattern,
        "percent": percent,
        "stops": compile_checked(alternation(stops), "noun_stops.txt", stdlib=True),
        "longest_stop": max(map(len, stops)),
        "heads": compile_checked(alternation(heads + tuple(cls["topic_nouns"])) + "$", "noun_heads.txt", stdlib=True),
        "head_words": compile_checked(alternation([h for h in heads if len(h) > 1]), "noun_heads.txt: words", stdlib=True),
        "idioms": idioms,
        "numbered_places": numbered_places,
        "determiners": compile_checked(alternation(v.words("noun_determiners")), "noun_determiners.txt", stdlib=True),
        "people_units": frozenset(cls["people"]),
        "bare": frozenset(cls["bare"]),
        "round_before": dict(cls["round_before"]),
        "inner_count": compile_checked(rf"(?<![0-9{cn}])(?:[0-9]++|[{cn}]++)(?:{alternation(cls['count'])})",
                                      "numbers: count inside a noun", stdlib=True),
        "head_breakers": compile_checked(alternation(v.words("noun_head_breakers")), "noun_head_breakers.txt", stdlib=True),
        "topic": compile_checked(f"(?:{alternation(cls['topic_nouns'])})$", "classifiers.json: topic_nouns", stdlib=True),
        "person_head": compile_checked(f"(?:{alternation(v.words('group_nouns') + tuple(cls['person_nouns']))})$", "numbers: person nouns", stdlib=True),
        "approx": {**qw["approx_after_number"], **qw["approx_after_unit"]},
        "approx_before": dict(qw["approx_before"]),
        "ones": frozenset(c for table in (n.digits, n.capital_digits) for c, v in table.items() if v == 1),
        # (the capital forms of cheques and sums: one of them alone is a character of a word, 收拾, 队伍)
        "capitals": frozenset([*n.capital_digits, *n.capital_units]),
        "ordinal_prefix": n.ordinal_prefix,
        "few": n.few,
        "not_year_count": compile_checked(f"[{''.join(regex.escape(c) for c in qw['not_year_count_chars'])}]", "numbers: not a count of years", stdlib=True),
        "year_unit": v.data("time_words")["year_mark"],
        "month_mark": v.data("time_words")["month_mark"],
        "every_mark": v.data("time_words")["every_mark"],
        "date_day_units": frozenset(qw["date_day_units"]),
        "classifier_words": frozenset(qw["classifier_words"]),
        "before_one": frozenset(qw["before_one_chars"]),
        "one_char_nouns": frozenset(qw["one_char_nouns"]),
        "nominalisers": frozenset(qw["nominaliser_chars"]),
        # (two-character nouns of the dictionary: a nominaliser that opens one ends no verb, 送去|物资)
        "two_char_nouns": frozenset(w for w in v.words("common_nouns") if len(w) == 2),
        "modifier_start": compile_checked(alternation(qw["modifier_verbs"]), "quantity_words.json:modifier_verbs", stdlib=True),
        "noun_modifiers": frozenset(qw["noun_modifiers"]),
        "modifier_adverbs": frozenset(qw["modifier_adverbs"]),
        "modifier_mark": qw["modifier_mark"],
        "on_behalf_word": qw["on_behalf_word"],
        "on_behalf": compile_checked(with_han_class(rf"{regex.escape(qw['on_behalf_word'])}(?=\p{{Han}}{{0,10}}?{alternation(qw['on_behalf_bodies'])})"),
                                     "quantity_words.json:on_behalf_bodies", stdlib=True),
        "post_after": compile_checked(alternation(qw["post_words"]), "quantity_words.json:post_words", stdlib=True),
        "participation": compile_checked(alternation(qw["participation_verbs"]), "quantity_words.json:participation_verbs",
                                         stdlib=True),
        "quoted_noun": compile_checked(with_han_class(rf"[“‘\"](?P<noun>[\p{{Han}}]{{2,8}})[”’\"](?![\p{{Han}}]{{0,2}}{regex.escape(qw['modifier_mark'])})"),
                                       "numbers: quoted noun", stdlib=True),
        "verb_after": compile_checked(alternation(qw["verbs_after_count"]), "quantity_words.json:verbs_after_count", stdlib=True),
        "left_stop": compile_checked(with_han_class(rf"[^\p{{Han}}]|{alternation(qw['left_stop_words'])}"),
                                     "quantity_words.json:left_stop_words", stdlib=True),
        "statistic_nouns": tuple(qw["statistic_nouns"]),
        "dividing_verbs": _one_character_words(qw["dividing_verbs"], "quantity_words.json: dividing_verbs"),
        # (other two-character words of the dictionary: 部分, 积分 are no dividing verb)
        "words_of_two": frozenset(w for name in ("common_words", "common_verbs", "frequent_verbs") for w in v.words(name) if len(w) == 2),
        # (verbs of the dictionary that are seldom nouns: one alone after the classifier is no noun,
        # 三方|联动开展; not the common verbs, which name events too, 两场|演出)
        "verbs": frozenset(w for name in ("frequent_verbs", "occasional_verbs") for w in v.words(name)),
        "group_ends": tuple(qw["group_ends"]),
        "list_joiners": tuple(qw["list_joiners"]),
        "unit_stand_in": qw["unit_stand_in"],
        "tables": _tables(v),
    }


def _by_first_character(entries) -> str:
    """An alternation of literal words (longest first at each place, as :func:`alternation`'s)
    grouped by their first character, for a scan with the standard library's ``re``: it then
    skips the places where no word can start at C speed, and at the others tries only the
    words of that character (three times faster than a lookahead and one flat alternation)."""
    words = sorted(set(entries), key=lambda w: (-len(w), w))
    if not words or "" in words:
        raise ResourceError("an alternation needs non-empty entries")
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{regex.escape(first)}(?:{'|'.join(regex.escape(rest) for rest in group)})"
                    for first, group in sorted(rests.items()))


_NOUN_PUNCT = compile_stdlib(r"[^\p{Han}A-Za-z]")


def _one_character_words(words, where: str) -> frozenset[str]:
    """``words`` as a set, checked: each one Han character (read as the last character before a
    number, and with the one before it as a word of the dictionary)."""
    bad = [w for w in words if len(w) != 1 or not _is_han(w)]
    if bad:
        raise ResourceError(f"{where}: entries of one Han character only, not {bad[:5]}")
    return frozenset(words)


def _ends_dividing(window: str, lex) -> bool:
    """True when ``window``, the text right before a number, ends in a verb that divides those
    counted (委员分|三组), not in a word of the dictionary that holds its character (部分, 积分)."""
    return window[-1:] in lex["dividing_verbs"] and window[-2:] not in lex["two_char_nouns"] \
        and window[-2:] not in lex["words_of_two"]


def _noun_after(text: str, pos: int, lex, unit: str | None = None, st: QuantitySettings = _DEFAULTS) -> tuple[int, int] | None:
    if text.startswith(lex["on_behalf_word"], pos) and lex["on_behalf"].match(text, pos):
        return None  # 一行四人代表镇党委慰问: 代表 is "on behalf of", not a noun
    determiner = lex["determiners"].match(text, pos)
    if determiner:
        # 2000余份各类宣传单: what is counted comes after 各类 (but 7个现场点: a noun of one
        # character after the word is no noun of its own, the word is part of it)
        after = _noun_after(text, determiner.end(), lex, unit, st)
        if after is None or after[1] - after[0] > 1:
            return after
    quoted = lex["quoted_noun"].match(text, pos) if text[pos:pos + 1] in _QUOTES else None
    if quoted:
        after = quoted.end()
        if after < len(text) and _is_han(text[after]) and not lex["stops"].match(text, after):
            # 20名“红马甲”志愿者: the quoted words modify the noun after them.
            head = _noun_after(text, after, lex, st=st)
            if head is not None and head[0] == after:
                return pos, head[1]
        return quoted.start("noun"), quoted.end("noun")  # 120余名“法律明白人”: the quoted name is the noun
    de = _modifier_de(text, pos, lex, unit, st)
    if de is not None:
        # "30名身着黄马甲的队员", "100名来自高校的志愿者": the noun comes after the modifier's 的
        # (already read when the noun decided that the 的 ends a modifier).
        at, head = de
        return head if head is not None else _noun_after(text, at + 1, lex, st=st)
    if lex["modifier_start"].match(text, pos):
        return None
    window = _masked(text[pos:pos + st.noun_window], lex)
    cut = _NOUN_PUNCT.search(window)
    if cut:
        window = window[:cut.start()]
    inner = lex["inner_count"].search(window, 1)
    if inner:
        window = window[:inner.start()]  # 6名退休教师|办起一个读书角: a noun holds no count of its own
        if _ends_dividing(window, lex):
            window = window[:-1]  # 30名委员|分三组: the verb divides them, it is no part of their noun
    if not window:
        return None
    first = lex["stops"].match(window)
    if first and len(first[0]) == 1:
        word = lex["head_words"].match(window)
        if word and word.end() > 1:
            first = None  # 5名同事一起: a noun that opens with a one-character stop word (同, 从)
    if first:
        # A stop word that starts a noun ("献血者", "服务队") still names what is counted.
        size = len(first[0])
        for k in (size + 1, size + 2):
            if size <= 2 and k <= len(window) and window[k - 1] in lex["nominalisers"] and lex["heads"].search(window[:k]):
                return pos, pos + k
        return None
    stop = lex["stops"].search(window, 1)
    # A verb that a nominal suffix completes is part of the noun (慰问品, 服务站), and so is one
    # that names a post (村党组织书记, 宣传委员): look past it.
    while stop and ((len(stop[0]) >= 2 and stop.end() < len(window) and (
            (window[stop.end()] in lex["nominalisers"] and window[stop.end():stop.end() + 2] not in lex["two_char_nouns"])
            or lex["post_after"].match(window, stop.end())))
            or (len(stop[0]) == 1 and lex["head_words"].match(window, stop.start()))
            or (_head_over(window, stop, lex) and not lex["heads"].search(window, 0, stop.start()))
            or (stop[0] in lex["noun_modifiers"] and unit in lex["people_units"]
                and lex["head_words"].match(window, stop.end()))):
        # (and a one-character stop that opens a noun's last word: 社区老同志, 5名同事; a stop that
        # opens a noun's head after words that end no noun: 受益群众, and 社会组织 before a verb of
        # taking part or the end, not 骑手|组织开展)
        stop = lex["stops"].search(window, stop.end() + 1)
    if stop and stop.start() == 1 and len(stop[0]) == 1 and window[0] not in lex["one_char_nouns"] \
            and (window[:2] in lex["words_of_two"] or window[:2] in lex["two_char_nouns"]):
        # 3位陪同人员: a one-character stop that ends a word of the dictionary with the character
        # before it is inside the noun's first word (not 3个组|已完工)
        stop = lex["stops"].search(window, stop.end())
    if stop:
        window = window[:stop.start()]
    rep = _REDUPLICATED.search(window) if _REPEATED.search(window) else None
    if rep and rep.start() >= 2:
        window = window[:rep.start()]  # 6位党员挨家挨户: a set phrase of the verb, not the noun
    short = len(window) <= 4 or (stop and len(window) <= 6)
    if short and (lex["heads"].search(window) or not stop):
        return pos, pos + len(window)
    # The longest prefix that ends like a noun ("留守老人|理了发").
    for end in range(len(window), 1 if short else 0, -1):
        if lex["heads"].search(window[:end]) and not lex["head_breakers"].match(text, pos + end - 1):
            return pos, pos + end
    return (pos, pos + len(window)) if short and window not in lex["verbs"] else None


def _opens_a_head(window: str, stop, lex) -> bool:
    """Whether a head word of a noun opens at ``stop`` (a stop word) and runs past it (受益|群众)."""
    head = lex["head_words"].match(window, stop.start())
    return head is not None and head.end() > stop.end()


def _head_over(window: str, stop, lex) -> bool:
    """Whether a noun's head word opens at ``stop`` (a stop word): one longer than the stop
    (受益|群众, 负责|人), or the stop itself (组织) where a verb of taking part, another head word or
    the window's end follows it (社会组织|参与, 基层组织负责人; not 骑手组织|开展, where 组织 is
    the verb)."""
    head = lex["head_words"].match(window, stop.start())
    if head is None:
        return False
    return head.end() > stop.end() or stop.end() == len(window) or lex["participation"].match(window, stop.end()) is not None \
        or lex["head_words"].match(window, stop.end()) is not None


# 村(社区), 县（市、区）: a parenthesis of units inside a noun. It is read as one unit
# character so that the noun runs on through it.
_UNIT_PAREN = compile_stdlib(r"(?<=\p{Han})[(（][\p{Han}、]{1,6}[)）]")
#: The quotation marks that open a quoted noun (_lexicons: quoted_noun).
_QUOTES = frozenset("“‘\"")


@lru_cache(maxsize=8)
def _slogan(longest: int) -> "re.Pattern":
    """A quotation of at most ``longest`` characters with no clause's punctuation in it (a name or
    a slogan: “三个一百”, "三个一百", 「三个一百」)."""
    inner = rf"[^“”\"「」\n，。！？；：、,.!?;:]{{1,{longest}}}"
    return re.compile(rf"“{inner}”|\"{inner}\"|「{inner}」")
_REDUPLICATED = compile_stdlib(r"(\p{Han})(\p{Han})\1(\p{Han})")  # 挨家挨户, 一心一意
#: What _REDUPLICATED needs, of any characters (a cheap test first).
_REPEATED = re.compile(r"(.).\1.", re.S)
_CLAUSE_PUNCT = re.compile(r"[,，。;；:：!！?？\n]")


@lru_cache(maxsize=4096)
def _is_han(ch: str) -> bool:
    """True for a Han character (``HAN``), kept per character: a call of the pattern costs far
    more than the look-up, and the finder asks it of the same few characters again and again."""
    return HAN.match(ch) is not None


def _masked(window: str, lex) -> str:
    if "(" not in window and "（" not in window:
        return window  # (no parenthesis, nothing to mask)
    return _UNIT_PAREN.sub(lambda m: lex["unit_stand_in"] * len(m[0]), window)


def _modifier_de(text: str, pos: int, lex, unit: str | None,
                 st: QuantitySettings = _DEFAULTS) -> tuple[int, tuple[int, int] | None] | None:
    """The 的 that ends a modifier right after the classifier, or None; with the noun after
    it when that noun was read to decide (else None: the caller reads it).

    A modifier opens with a verb ("身穿…的志愿者", "悬挂着…标志的车") or, after a classifier of
    people, is anything up to a 的 followed by a noun of people ("100名来自高校的志愿者").
    """
    reach = text[pos:pos + st.modifier_reach]
    if reach.find(lex["modifier_mark"]) < 2:
        return None  # (no 的 after the first two characters, the clause cut aside: none inside it either)
    clause = _CLAUSE_PUNCT.search(reach)
    if clause:
        reach = reach[:clause.start()]
    de = reach.find(lex["modifier_mark"])
    if de < 2:
        return None
    verb = lex["stops"].match(text, pos)
    if verb is None and text[pos:pos + 1] in lex["modifier_adverbs"]:
        verb = lex["stops"].match(text, pos + 1)  # 新|组建的巡河队: an adverb and the verb of the modifier
    if lex["modifier_start"].match(text, pos) or (verb and text[verb.end():verb.end() + 1] not in lex["nominalisers"]):
        return pos + de, None
    if unit in lex["people_units"] and de <= st.people_modifier_reach and not lex["stops"].search(reach, 0, de):
        head = _noun_after(text, pos + de + 1, lex, st=st)
        if head is not None and lex["person_head"].search(text, head[0], head[1]):
            return pos + de, head
    return None


def _last_of_a_list(text: str, pos: int, lex, st: QuantitySettings = _DEFAULTS) -> bool:
    """Whether the noun of people at ``pos`` is the last item of a list: a list joiner stands
    right before it, after a noun of people or a mark (干部、志愿者; 干部及志愿者; ,和志愿者), not
    after a verb it ends (惠及群众)."""
    joiner = next((w for w in lex["list_joiners"] if text.endswith(w, 0, pos)), None)
    if joiner is None:
        return False
    at = pos - len(joiner)
    return not _is_han(joiner[0]) or at == 0 or not _is_han(text[at - 1]) \
        or lex["person_head"].search(text, max(0, at - st.noun_window), at) is not None


def _noun_before(text: str, pos: int, lex, floor: int = 0, st: QuantitySettings = _DEFAULTS,
                 listed: bool = True) -> tuple[int, int] | None:
    """A noun written before the number ("县际交界检查站3个"), with the items of a list it ends
    (发放宣传资料及爱心物资150余份: of them all) when ``listed``."""
    while pos > floor and text[pos - 1:pos].isspace():
        pos -= 1  # (发放大米、食用油 1000余份: a space before the number)
    found = _one_noun_before(text, pos, lex, floor, st)
    if found is None or not listed:
        return found
    joiner = next((w for w in lex["list_joiners"] if text.endswith(w, 0, found[0])), None)
    if joiner is not None:
        earlier = _noun_before(text, found[0] - len(joiner), lex, floor, st)
        if earlier is not None and earlier[1] == found[0] - len(joiner) and _after_a_verb(text, earlier[0], lex) \
                and all(m[0] in lex["list_joiners"] for m in lex["stops"].finditer(text, earlier[0], earlier[1])):
            # (the earlier items hold no verb or preposition of their own: not 区分为职工、居民四类)
            return earlier[0], found[1]
    return found


def _after_a_verb(text: str, pos: int, lex) -> bool:
    """Whether a stop word of two characters or more (a verb: 发放, 走访) ends at ``pos``: a list
    of nouns before a number opens there (发放|大米、食用油), not at a mark or inside a clause
    (，清洗楼顶、庭院60多个)."""
    return any(lex["stops"].fullmatch(text, pos - size, pos) for size in range(2, min(pos, lex["longest_stop"]) + 1))


def _one_noun_before(text: str, pos: int, lex, floor: int = 0, st: QuantitySettings = _DEFAULTS) -> tuple[int, int] | None:
    """The one noun written right before ``pos`` (see :func:`_noun_before`)."""
    start = max(0, floor, pos - st.noun_window)
    window = text[start:pos]
    # One-character stop words (对, 为) sit inside nouns too often (优抚对象) to cut on the left.
    # A stop word that opens a longer head word (受益|群众) cuts nothing, unless the noun is then too
    # long: one of people then opens there (此次志愿活动|受益群众).
    stops = [m for m in lex["stops"].finditer(window) if m.end() - m.start() > 1]
    cuts = [0] + [m.end() for m in lex["left_stop"].finditer(window)] + [m.end() for m in stops if not _opens_a_head(window, m, lex)]
    heads = [m.start() for m in stops if _opens_a_head(window, m, lex)]
    ordered = sorted(set(cuts), reverse=True)
    if _ends_dividing(window, lex):
        return None  # 政协委员分|两组: the verb divides those counted, nothing before it is their noun
    last_piece = window[ordered[0]:]
    if len(last_piece) < 2 and not (last_piece and last_piece in lex["one_char_nouns"]):
        return None  # "站设置了30处": what stands before is a verb, not a noun
    for cut in ordered:
        piece = window[cut:]
        if len(piece) < 2:
            continue
        if piece.endswith(lex["statistic_nouns"]):
            return None  # "志愿者人数达1400人": a statistic's name, not what is counted
        if piece.endswith(lex["group_ends"]):
            return None  # "…等一行20人": the group's size, no noun
        determiner = lex["determiners"].match(piece)
        if determiner and len(piece) - determiner.end() >= 2:
            cut += determiner.end()  # 发放各类宣传单2000余份: what is counted comes after 各类
            piece = window[cut:]
        if lex["stops"].fullmatch(piece):
            return None  # "分成5组": a verb, not a noun
        if len(piece) <= st.noun_before_max and not _NOUN_PUNCT.search(piece):
            return start + cut, pos
        head = max((h for h in heads if h > cut), default=None)
        if head is not None and pos - start - head <= st.noun_before_max and not _NOUN_PUNCT.search(window, head) \
                and lex["person_head"].search(window, head):
            return start + head, pos
        return None
    return None


def find_quantities(text: str, *, settings: QuantitySettings | None = None,
                    vocabulary: "Vocabulary | None" = None) -> list[Quantity]:
    """Numbers with a classifier, a currency, a measure or a percent sign in ``text``.

    Args:
        text: any text; offsets refer to it as given.
        settings: the tuned numbers (:class:`QuantitySettings`); ``None`` for the defaults.
        vocabulary: the word lists read (:class:`~pressie.vocabulary.Vocabulary`: classifiers,
            numerals, quantity words, noun words); ``None`` for the packaged ones.

    Returns:
        :class:`~pressie.records.Quantity` records in text order (``[]`` when none).

    Raises:
        TypeError: when ``text`` is not a ``str`` or ``vocabulary`` not a
            :class:`~pressie.vocabulary.Vocabulary`.

    >>> [(q.value, q.unit, q.noun.text, q.approx) for q in find_quantities("共为120名理发师义务理发")]
    [(120, '名', '理发师', None)]
    """
    check_vocabulary(vocabulary, "find_quantities")
    return on_source("find_quantities", text, lambda t: find_quantities_normalized(t, settings, vocabulary=vocabulary))




def find_quantities_normalized(text: str, settings: QuantitySettings | None = None, *,
                               vocabulary: "Vocabulary | None" = None) -> list[Quantity]:
    """:func:`find_quantities` on a text already normalised (:func:`pressie.normalize.normalize`):
    offsets refer to ``text`` as given, nothing is mapped back. Arguments are not checked."""
    st = settings or _DEFAULTS
    lex = _lexicons(vocabulary)
    tables = lex["tables"]
    # Where a numeral counts nothing: idioms (一心一意) and short quoted names or slogans (“三个一百”).
    wordings = Intervals((m.start(), m.end()) for m in lex["idioms"].finditer(text))
    if "“" in text or "\"" in text or "「" in text:
        for m in _slogan(st.slogan_max).finditer(text):
            wordings.add(m.start(), m.end())
    out: list[Quantity] = []
    taken = Intervals()
    last_end = 0
    # A numeral is read once per text (the same few recur: 1, 2, 10 …).
    values: dict[str, "int | float | None"] = {}
    ranges: dict[str, "tuple[int, int] | None"] = {}

    def value_of(num: str) -> "int | float | None":
        try:
            return values[num]
        except KeyError:
            value = values[num] = _parse(num, tables)
            return value

    for m in lex["ordinal"].finditer(text):
        value = value_of(m["num"])
        if value is None:
            continue
        out.append(_quantity(start=m.start(), end=m.end(), text=m[0], value=value, category="ordinal",
                            unit=m["unit"]))
        taken.add(m.start(), m.end())
    for m in lex["percent"].finditer(text):
        value = value_of(m["num"])
        if value is None or taken.contains(m.start(), m.end()):
            continue
        out.append(_quantity(start=m.start(), end=m.end(), text=m[0], value=value, category="percent", unit="%"))
        taken.add(m.start(), m.end())
    ordinal_prefix, ones, before_one, capitals = lex["ordinal_prefix"], lex["ones"], lex["before_one"], lex["capitals"]
    approx_of, approx_before, round_before = lex["approx"], lex["approx_before"], lex["round_before"]
    categories, year_unit, date_day_units, month_mark = lex["category"], lex["year_unit"], lex["date_day_units"], lex["month_mark"]
    bare, self_noun, classifier_words, few = lex["bare"], lex["self_noun"], lex["classifier_words"], lex["few"]
    han = _is_han
    cn_chars, numbered_places = tables.chars, lex["numbered_places"]
    for m in lex["pattern"].finditer(text):
        pre, num, num2, suf, post, pct, unit = m.group("pre", "num", "num2", "suf", "post", "pct", "unit")
        num_start = m.start("num")
        start = m.start("pre") if pre else num_start
        end = m.end()
        if taken.overlaps(start, end):
            continue
        if start > 0 and text[start - 1] == ordinal_prefix:
            continue
        if num in ones and start > 0 and han(text[start - 1]) and text[start - 1] not in before_one:
            continue  # 统一部署, 进一步: 一 inside a word
        if num in capitals and start > 0 and han(text[start - 1]):
            continue  # 收拾家务, 队伍人数: a capital numeral alone after a character ends a word (壹拾 is a number)
        if wordings.overlaps(num_start, m.end("num")):
            continue
        if num[0] in cn_chars and numbered_places.match(text, num_start):
            continue  # 五家渠市, 三台县: a division's name, no number
        value = value_of(num)
        if value is None:
            continue
        low = high = None
        approx = None
        if num[0].isdigit():
            bounds = None
        else:
            try:
                bounds = ranges[num]
            except KeyError:
                bounds = ranges[num] = _range_bounds(num, tables)
        if num2:
            value2 = value_of(num2)
            if value2 is None or value2 < value:
                continue
            low, high, approx = value, value2, "range"
        elif bounds:
            low, high = bounds
            approx = "range" if few not in num else "over"
        if suf:
            approx = approx_of[suf]
        if post:
            approx = approx_of[post]
        if pre in approx_before:
            approx = approx_before[pre]  # 将近400余位: the word before the number is read first
        elif not pre and start > 0 and text[start - 1:start + 1] in round_before:
            # 上百名, 数十名: a round number reached or passed
            approx = approx if approx not in (None, "range") else round_before[text[start - 1:start + 1]]
            start -= 1
            if not value and num in tables.big:
                value = tables.big[num]  # 上万名: a leading 万 reached counts once (not 千家万户, 吴万余家)
        if not value and num in tables.big:
            continue  # 万余家 of 吴万余家: a bare 万 no word of reaching opens is no number
        if pct:
            category, unit = "percent", "%"
        else:
            category = categories[unit]
            if category == "duration" and unit == year_unit:
                if isinstance(value, float) or value >= st.max_year_count or lex["not_year_count"].match(text[end:end + 1]):
                    continue
            if unit in date_day_units and num_start > 0 and (text[num_start - 1] == month_mark
                                                                  or text[num_start - 1] in " \u3000" and text[num_start - 2:num_start - 1] == month_mark):
                continue  # 5月1日, 5 月 1 日: a date
        # A leading "共/达/累计" is kept out of the span unless it says something about the value.
        if pre and pre not in approx_before:
            start = num_start
        noun = None
        if category == "count":
            if len(unit) == 1 and text[m.start("unit"):m.start("unit") + 2] in classifier_words:
                continue  # 6家属院, 个人: the classifier starts another word
            if num.startswith("0") and len(num) > 1:
                continue  # 06: a code, not a count
            span = _noun_after(text, end, lex, unit, st) if unit not in bare else None
            if span is None and unit not in self_noun:
                after = text[end:end + 1]
                # The number ends its phrase: punctuation, the end, or a verb follows
                # ("检查站3个,", "志愿者30余名参加…").
                if not after or not han(after) or lex["verb_after"].match(text, end):
                    span = _noun_before(text, min(m.start(), start), lex, last_end, st)  # (before 上 of 上千 too)
            elif span is None and unit in bare and not han(text[end:end + 1] or "。"):
                # "参加党员600余人。", "接送外地职工300多人次": a noun of people right before
                # the number names who the 人 are.
                before = _noun_before(text, min(m.start(), start), lex, last_end, st, listed=False)
                if before is not None and lex["person_head"].search(text, before[0], before[1]) \
                        and not _last_of_a_list(text, before[0], lex, st):
                    span = before  # (not the last item of a list, 干部及志愿者30余人: the count is of them all)
            if span is not None:
                noun = _span(start=span[0], end=span[1], text=text[span[0]:span[1]])
        if category == "count" and noun is not None and lex["topic"].search(noun.text):
            category = "topic"  # 5个方面, 3个主题: topics of a talk, not people, places or items
        if category == "count" and isinstance(value, float):
            continue
        out.append(_quantity(start=start, end=end, text=text[start:end], value=value, category=category,
                            unit=unit, noun=noun, approx=approx, low=low, high=high))
        taken.add(start, end)
        last_end = end
    out.sort(key=lambda q: (q.start, q.end))
    return out


#: The name :mod:`pressie.core` used before :func:`find_quantities_normalized` was public.
_find_quantities_norm = find_quantities_normalized
