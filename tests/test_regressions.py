"""Inputs that once crashed or hung pressie (found by benchmarks/robustness.py and fuzzing)."""


import pytest

import pressie
from conftest import assert_offsets, lines_run
from pressie.quantities import parse_number


def test_issue_huge_arabic_numeral_does_not_overflow():
    text = "0123456789" * 200 + "名"
    assert parse_number("9" * 400) is None
    assert_offsets(text, pressie.extract(text))


def _lines_run(text: str) -> int:
    """The lines of pressie executed while extracting ``text`` (work, not time); offsets checked."""
    pages = []
    count = lines_run(lambda: pages.append(pressie.extract(text)))
    assert_offsets(text, pages[0])
    return count


@pytest.mark.parametrize("piece,n", [
    ("区委书记", 600),          # a title repeated: places nested without end
    ("会议", 1200),             # a trigger repeated in one sentence without punctuation
    ("调研", 1200),
    # a sentence of many dated visits and meetings with no full stop: each event's body is sought
    # in a bounded stretch before its trigger, the times of a clause by their start
    ("5月6日,县长王明走访了东风村,召开了座谈会，检查了东风水库，", 60),
])
def test_issue_repeated_pieces_stay_linear(piece, n):
    """Twice the text is about twice the work (a quadratic step would be four times)."""
    pressie.extract(piece * 4)  # resources loaded outside the count
    small, large = _lines_run(piece * n), _lines_run(piece * (2 * n))
    assert large <= 2.6 * small, (small, large)


def test_issue_nested_quotes_stay_linear():
    pressie.extract("“会议”")
    small = _lines_run("“" * 150 + "会议" + "”" * 150)
    large = _lines_run("“" * 300 + "会议" + "”" * 300)
    assert large <= 2.6 * small, (small, large)


def test_link_candidates_grow_linearly(seed_text):
    """A long page scores each floating block against a bounded window of heads (no timing:
    speed lives in benchmarks/; this guards the work itself against growing quadratically)."""
    from pressie.core import _names_by_block
    from pressie.layout import assign_roles, split_blocks
    from pressie.units import UnitSettings, assemble_units

    reach = UnitSettings().max_link_distance

    blocks = assign_roles(split_blocks("\n".join([seed_text] * 30)))
    pairs: dict = {}
    articles, _, _ = assemble_units(blocks, names=_names_by_block(blocks, []), explain=pairs)
    assert len(blocks) > 1000 and len(articles) >= 300
    assert 0 < len(pairs) <= len(blocks) * reach
    assert max(t - h for t, h in pairs) <= reach


@pytest.mark.parametrize("text", ["\U00016d71名", "\U00016d71\U00016d71个人", "٣٤名群众", "𝟗月𝟗日", "3\U00016d71月"])
def test_issue_non_ascii_digits_are_not_numbers(text):
    """benchmarks/robustness.py found `\\d` matching other scripts' digits, which float() refused."""
    page = pressie.extract(text)
    assert_offsets(text, page)


def test_a_long_list_of_counts_joined_to_those_who_took_part_stays_linear():
    """A chain of counts (8支队伍、20名群众、…参加) is walked once, however long (no recursion)."""
    def text(n):
        return "5月8日,东山社区开展敬老志愿服务活动,共有" + "、".join(f"{k}名群众" for k in range(1, n + 1)) + "参加了活动。"
    pressie.extract(text(4))
    small, large = _lines_run(text(300)), _lines_run(text(600))
    assert large <= 2.6 * small, (small, large)
    (event,) = pressie.extract(text(1500), published="2024-05-10").events  # (no RecursionError)
    assert len(event.counts) == 1500
