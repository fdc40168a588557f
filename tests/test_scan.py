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
