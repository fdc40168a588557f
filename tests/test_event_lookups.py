"""The look-ups the event pass reads once per trigger table (or per pattern) give what the slower
forms they replace give, on texts of our own."""

import pytest
import regex

from pressie.events.base import _Sentence, _clause_bounds, _LOOKBACK
from pressie.events.occurrences import _not_event_words, _said, _trigger_scan
from pressie.events.who import _after_name_words, _role_cue_index, _role_cues
from pressie.lexicon import ROLE_PRIORITY, Triggers

TEXTS = [
    "5月8日,区委召开常委会,区委书记王建国主持会议。会后,王建国一行深入河口镇调研,检查防汛工作;座谈会上,他强调要抓好落实。",
    "志愿者来到东湖社区开展义诊服务活动,为老人检查身体：测血压、量血糖。签约仪式在县会议中心举行",
    "",
    "会议",
]


def _reference_bounds(page, sent, pos):
    """The clause bounds as first written: every separator scanned from the window's start."""
    for s, e in sent.spans:
        if s <= pos < e:
            lo = max(s, pos - _LOOKBACK)
            left = lo
            for m in regex.finditer(r"[,，;；:：]", page[:pos]):
                if m.start() >= lo:
                    left = m.end()
            m = regex.compile(r"[,，;；:：]").search(page, pos, min(e, pos + _LOOKBACK))
            return left, m.start() if m else min(e, pos + _LOOKBACK)
    return pos, pos


def test_clause_bounds_match_a_scan_of_every_separator():
    page = "甲" * 250 + ",乙乙;丙丙丙:丁" + "戊" * 300 + "。己,庚"
    sent = _Sentence(0, ((0, 260), (262, len(page))), 0)
    for pos in [0, 5, 249, 250, 251, 255, 259, 262, 263, 400, len(page) - 1]:
        assert _clause_bounds(page, sent, pos) == _reference_bounds(page, sent, pos), pos
    assert _clause_bounds(page, sent, 260) == (260, 260)  # (between the spans: in none)


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙,，;；:：。", max_size=500), st.data())
def test_clause_bounds_match_a_scan_of_every_separator_on_any_text(page, data):
    # (two spans of one sentence, cut anywhere; every position of the page)
    cut = data.draw(st.integers(0, len(page)))
    gap = data.draw(st.integers(0, 3))
    spans = tuple(x for x in ((0, cut), (min(cut + gap, len(page)), len(page))) if x[1] > x[0]) or ((0, 0),)
    sent = _Sentence(0, spans, 0)
    for pos in range(len(page) + 1):
        assert _clause_bounds(page, sent, pos) == _reference_bounds(page, sent, pos), pos


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_scan_finds_what_the_table_pattern_finds(text):
    table = Triggers.default().extend({"signing": {"triggers": ["签约", "签约仪式"], "default_role": "attendee"}})
    for triggers in (Triggers.default(), table):
        assert [m.span() for m in _trigger_scan(triggers).finditer(text)] == \
               [m.span() for m in triggers.pattern.finditer(text)]
    assert any(m[0] == "签约仪式" for m in _trigger_scan(table).finditer(TEXTS[1]))  # (the longest word wins)


def test_not_event_words_find_any_listed_word():
    triggers = Triggers.default()
    for name in ("plan", "tally", "background"):
        words = triggers.not_events.get(name, ())
        assert words, name
        pattern = _not_event_words(triggers, name)
        for text in (*TEXTS, "之前" + words[-1] + "之后"):
            assert _said(pattern, text) == any(w in text for w in words), (name, text)
    assert _not_event_words(triggers, "no such list") is None and not _said(None, "计划")


def test_not_event_words_read_special_characters_as_written():
    triggers = Triggers.from_mapping({"types": {"meeting": {"triggers": ["会议"], "default_role": "attendee"}},
                                      "not_events": {"plan": ["a.b", "(拟)"]}})
    pattern = _not_event_words(triggers, "plan")
    assert _said(pattern, "x(拟)y") and _said(pattern, "a.b") and not _said(pattern, "axb")


def test_role_cues_keep_the_table_order_and_ranks():
    triggers = Triggers.default()
    for kind in triggers.types:
        cues, any_cue = _role_cues(triggers, kind)
        expected = [(role, cue) for role, words in triggers.roles(kind).items() for cue in words]
        assert [(role, cue) for role, cue, _, _ in cues] == expected
        assert all(rank == ROLE_PRIORITY.index(role) and first == cue[0] for role, cue, rank, first in cues)
        for text in TEXTS:
            assert bool(any_cue.search(text)) == any(cue in text for _, cue in expected), (kind, text)


def test_role_cue_index_holds_every_cue_under_its_first_character():
    table = Triggers.default().extend({"signing": {"triggers": ["签约"], "default_role": "attendee",
                                                   "roles": {"companion": ["陪同", "陪"], "chair": ["主持"]}}})
    for triggers in (Triggers.default(), table):
        for kind in triggers.types:
            cues, _ = _role_cues(triggers, kind)
            by_first, companions = _role_cue_index(triggers, kind)
            assert sorted((first, c) for first, cs in by_first.items() for c in cs) == \
                sorted((first, (role, cue, rank)) for role, cue, rank, first in cues)
            assert companions == tuple(c for c in cues if c[0] == "companion")
            for text in TEXTS:
                present = set(text)
                assert sorted(c for f in present.intersection(by_first) for c in by_first[f]) == \
                    sorted((role, cue, rank) for role, cue, rank, first in cues if first in present)


def test_after_name_words_take_the_first_listed_word():
    triggers = Triggers.default()
    words = triggers.words("after_name_words")
    pattern = _after_name_words(triggers)
    for text in ("一行来到", "同志一行", "等人", *words, *(w + "等" for w in words)):
        match = pattern.match(text)
        first = next((w for w in words if text.startswith(w)), None)
        assert (match[0] if match else None) == first, text


# -- Every pattern the event rules compile with compile_like_regex reads as regex reads it. ---------

import ast  # noqa: E402
import importlib  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

import pressie.events  # noqa: E402
from pressie._scan import compile_like_regex  # noqa: E402
from pressie.events.base import _CUE_SLOT, Mentions  # noqa: E402


def _event_pattern_sources():
    """The patterns the event modules compile with compile_like_regex, _cue_matcher or _matcher,
    each as (what the rules read, what regex reads): found in their source where the argument
    is made of module constants, the packaged table and (for a format) a setting's default."""
    from pressie.events.base import _cue_matcher, _matcher, _words_of

    triggers = Triggers.default()
    names = {"trade_name_max": 4, "mentions": Mentions(), "triggers": triggers,
             "plans": "|".join(triggers.not_events.get("plan", ())), "numerals": _words_of(Mentions()).numeral_chars}
    found, skipped = [], []
    for path in sorted(Path(pressie.events.__file__).parent.glob("*.py")):
        module = importlib.import_module(f"pressie.events.{path.stem}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
                continue
            kind = node.func.id
            if kind not in ("compile_like_regex", "_cue_matcher", "_matcher"):
                continue
            arg = node.args[-1] if kind == "_cue_matcher" else node.args[0]
            try:
                value = eval(compile(ast.Expression(arg), str(path), "eval"), vars(module), names)
            except Exception:
                skipped.append(ast.unparse(arg))
                continue
            if kind == "compile_like_regex":
                found.append((compile_like_regex(value), regex.compile(value)))
            elif kind == "_cue_matcher":
                found.append((_cue_matcher(triggers, value), regex.compile(
                    _CUE_SLOT.sub(lambda m: "(?:" + "|".join(triggers.words(m[1])) + ")", value))))
            else:
                found.append((_matcher(value), value))
    return found, skipped


_SOURCES, _SKIPPED = _event_pattern_sources()


def test_the_event_pattern_sources_are_read():
    assert len(_SOURCES) > 30
    assert all(isinstance(fast, re.Pattern) for fast, _ in _SOURCES[:3])
    assert len(_SKIPPED) <= 3, _SKIPPED  # (the definitions, whose argument is a parameter)


def _pieces(source):
    """The literal runs of a pattern (its words) and single characters around them, to make texts of."""
    runs = [r for r in regex.split(r"[\\\[\]()|?*+{}^$.,!=<>:0-9]+", source) if r]
    return sorted(set(runs))[:400] + list("甲乙的在,，。;；、 \n\u3000\x1c9")


@pytest.mark.parametrize("fast, slow", _SOURCES, ids=[slow.pattern[:30] for _, slow in _SOURCES])
def test_event_patterns_find_what_regex_finds(fast, slow):
    import random

    rng = random.Random(slow.pattern)
    pieces = _pieces(slow.pattern)
    for _ in range(60):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        lo, hi = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in slow.finditer(text)]
        for call in ("search", "match"):
            x, y = getattr(fast, call)(text, lo, hi), getattr(slow, call)(text, lo, hi)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (call, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。！？!?”’」』\n甲,", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_sentence_ends_are_those_of_the_plain_pattern(text, a, b):
    from pressie.events.base import _SENT_END

    plain = regex.compile(r"[。！？!?]+[”’」』]?|\n")
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert [m.span() for m in _SENT_END.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)]
