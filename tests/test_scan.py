"""The scanning helpers of pressie._scan: the standard library's ``re`` patterns that stand in for
``regex`` ones in hot scans must match exactly the same characters and spans."""

import re

import pytest
import regex

from pressie._scan import HAN_REACH, han_chars, with_han_class


def test_han_chars_are_every_han_character():
    # The class is read in HAN_REACH; outside it ``regex`` must know no Han character at all.
    everything = "".join(map(chr, range(0x110000)))
    expected = [m.span() for m in regex.finditer(r"\p{Han}", everything)]
    assert [m.span() for m in re.finditer(f"[{han_chars()}]", everything)] == expected
    assert all(HAN_REACH[0] <= start < HAN_REACH[1] for start, _ in expected)


@pytest.mark.parametrize("pattern", [
    r"\p{Han}+",
    r"[\p{Han}、]{2,}",
    r"[^\p{Han}]+",
    r"(?<![\p{Han}])\p{Han}{2}(?=[,，])",
    r"[(（][ \t]*(?P<names>[\p{Han}](?:[\p{Han}]{1,3}|[ \t][\p{Han}]))[ \t]*摄",
])
def test_with_han_class_matches_as_regex_does(pattern):
    text = "城乡、建设 abc〇々2020年(王明 摄)龍 ,和平,x𠀀𠀁,"
    plain = re.compile(with_han_class(pattern))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in regex.finditer(pattern, text)]


def test_with_han_class_refuses_a_negated_property():
    with pytest.raises(ValueError):
        with_han_class(r"\P{Han}")


# -- Word lists grouped by their first character match as the flat alternation does. ------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from pressie._scan import by_first_character  # noqa: E402
from pressie.lexicon import compile_literals  # noqa: E402

_WORDS = st.lists(st.text(alphabet="甲乙丙丁", min_size=1, max_size=3), min_size=1, max_size=8)
_TEXTS = st.text(alphabet="甲乙丙丁，", max_size=30)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXTS)
def test_grouped_words_match_in_the_order_given(words, text):
    flat = re.compile("|".join(re.escape(w) for w in words))
    grouped = re.compile(by_first_character(words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.span() for m in re.compile(f"(?:{by_first_character(words)})$").finditer(text)] == \
        [m.span() for m in re.compile(f"(?:{flat.pattern})$").finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXTS)
def test_compiled_literals_match_the_longest_first_alternation(words, text):
    longest_first = sorted(set(words), key=lambda w: (-len(w), w))
    flat = re.compile("|".join(re.escape(w) for w in longest_first))
    assert [m.span() for m in compile_literals(words, "t").finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_grouped_words_keep_a_shorter_word_listed_first():
    # 说 listed before 说道: the flat alternation stops at 说, and so does the grouped one.
    assert re.findall(by_first_character(["说", "表示", "说道"]), "说道") == ["说"]
    with pytest.raises(ValueError):
        by_first_character(["说", ""])


# -- compile_like_regex: re where it reads a pattern as regex does, the same matches ----------------

from pressie._scan import stdlib_form, compile_like_regex  # noqa: E402

_LIKE_PATTERNS = [
    r"(?:【[^】\n]{1,10}】)?[◆▲]?\s*(?:[^\s(（,，。]{0,16}讯)?\s*",
    r"(?:^|(?<=[,，;；:：]))(?:计划|预计)|拟于|即将(?!来临|到来)",
    r"[。！？!?]+[”’」』]?|\n",
    r"(?:(?P<lead>[^,，。;；]{1,12})[,，])?在(?P<place>[^,，。;；在]{2,20})[,，]",
    r"\p{Han}{2,3}",
    r"[\p{Han}A-Za-z0-9()（）“”\-]{1,12}[、和及]",
    r"[^\p{Han}]+",
    r"[在于][\p{Han}]{0,12}$",
    r"[,，](?!\s*$)",
    r"[^,，。;；:：、\s的]{1,8}的",
]
_LIKE_TEXT = st.text(alphabet="甲乙在于讯计划拟即将来临,，。;；:：、的\n \u3000\x1c\x1f【】◆()（）“”A9-", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LIKE_PATTERNS), _LIKE_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_compile_like_regex_finds_what_regex_finds(pattern, text, a, b):
    fast, slow = compile_like_regex(pattern), regex.compile(pattern)
    assert isinstance(fast, re.Pattern)
    lo, hi = min(a, b), max(a, b)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in slow.finditer(text)]
    for call in ("search", "match", "fullmatch"):
        x, y = getattr(fast, call)(text, lo, hi), getattr(slow, call)(text, lo, hi)
        assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), call


def test_compile_like_regex_leaves_to_regex_what_re_reads_otherwise():
    # (other Unicode tables for \d and \w, a \p{Han} inside a class, sets of version 1, properties)
    for pattern in (r"\d+", r"\w", r"\b", r"[a\p{Han}]", r"[^\P{Han}和]", r"\p{P}", r"[[a]]", r"[a&&b]", r"(?<=a|bc)d"):
        assert type(compile_like_regex(pattern)).__module__ == "_regex", pattern
    assert stdlib_form(r"\s") == f"[{regex_space()}]" and "\\x1c" not in stdlib_form(r"[^\s]")


def regex_space():
    from pressie._scan import regex_space_chars

    return regex_space_chars()


def test_stdlib_compiled_is_re_where_re_reads_the_pattern_alike():
    import re
    from pressie._scan import compile_like_regex, stdlib_compiled
    assert isinstance(stdlib_compiled(r"[\p{Han}]{2}\s"), re.Pattern)
    assert stdlib_compiled(r"\w+") is None  # (\w: read with other tables)
    assert stdlib_compiled(r"(?<=ab|c)d") is None  # (a lookbehind of several widths)
    assert compile_like_regex(r"(?<=ab|c)d").search("abd").start() == 2
