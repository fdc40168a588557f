"""Inputs that once crashed or hung pressie (found by benchmarks/robustness.py and fuzzing)."""

import time

import pytest

import pressie
from conftest import assert_offsets
from pressie.numbers import parse_number


def test_issue_huge_arabic_numeral_does_not_overflow():
    text = "0123456789" * 200 + "名"
    assert parse_number("9" * 400) is None
    assert_offsets(text, pressie.extract(text))


@pytest.mark.parametrize("text", [
    "区委书记" * 1500,          # a title repeated: places nested without end
    "会议" * 3000,              # a trigger repeated in one sentence without punctuation
    "调研" * 3000,
    "“" * 300 + "会议" + "”" * 300,
])
def test_issue_repeated_pieces_stay_fast(text):
    start = time.perf_counter()
    page = pressie.extract(text)
    assert time.perf_counter() - start < 3.0
    assert_offsets(text, page)


def test_link_candidates_grow_linearly(seed_text):
    """A long page scores each floating block against a bounded window of heads (no timing:
    speed lives in benchmarks/; this guards the work itself against growing quadratically)."""
    from pressie.core import _names_by_block
    from pressie.layout import assign_roles, split_blocks
    from pressie.units import MAX_LINK_DISTANCE, assemble_units

    blocks = assign_roles(split_blocks("\n".join([seed_text] * 30)))
    pairs: dict = {}
    articles, _, _ = assemble_units(blocks, names=_names_by_block(blocks, []), explain=pairs)
    assert len(blocks) > 1000 and len(articles) >= 300
    assert 0 < len(pairs) <= len(blocks) * MAX_LINK_DISTANCE
    assert max(t - h for t, h in pairs) <= MAX_LINK_DISTANCE


@pytest.mark.parametrize("text", ["\U00016d71名", "\U00016d71\U00016d71个人", "٣٤名群众", "𝟗月𝟗日", "3\U00016d71月"])
def test_issue_non_ascii_digits_are_not_numbers(text):
    """benchmarks/robustness.py found `\\d` matching other scripts' digits, which float() refused."""
    page = pressie.extract(text)
    assert_offsets(text, page)
