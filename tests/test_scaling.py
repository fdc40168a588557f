"""Work grows linearly with the text: a page given many times over in one text costs, per
page, about what it costs alone. Operations are counted (lines of a module executed), not
timed, so a quadratic step shows on any machine and under any load."""

from __future__ import annotations


import pytest

import pressie
from conftest import lines_run
import pressie.normalize
import pressie.remap
import pressie.units
from pressie.core import _names_by_block
from pressie.normalize import normalize
from pressie.remap import remap
from pressie.units import UnitSettings, assemble_units


def raw(text: str) -> str:
    """The text as e-paper text comes: full-width punctuation and CRLF line ends."""
    return text.translate(str.maketrans({",": "，", ":": "：", "(": "（", ")": "）"})).replace("\n", "\r\n")


@pytest.fixture(scope="module")
def unit_inputs(seed_text):
    """Blocks and names of the seed page repeated 1, 16 and 48 times in one text."""
    out = {}
    for n in (1, 16, 48):
        text = "\n".join([seed_text] * n)
        page = pressie.extract(text, until="units")
        blocks = list(pressie.extract(text, until="layout").blocks)
        out[n] = (blocks, _names_by_block(blocks, page.people))
    return out


@pytest.mark.parametrize("n, limit", [(16, 1.2), (48, 1.3)])
def test_assembling_units_is_linear_in_the_pages_of_one_text(unit_inputs, n, limit):
    one = lines_run(lambda: assemble_units(unit_inputs[1][0], names=unit_inputs[1][1]), pressie.units)
    many = lines_run(lambda: assemble_units(unit_inputs[n][0], names=unit_inputs[n][1]), pressie.units)
    assert one > 1000
    assert many <= limit * n * one, (many / (n * one))


def test_a_wider_link_window_costs_more_and_is_still_bounded(unit_inputs):
    """The candidates per tail are the heads within max_link_distance: the count follows the setting."""
    blocks, names = unit_inputs[16]
    narrow, wide = {}, {}
    assemble_units(blocks, names=names, explain=narrow, settings=UnitSettings(max_link_distance=2))
    assemble_units(blocks, names=names, explain=wide, settings=UnitSettings(max_link_distance=80))
    assert 0 < len(narrow) < len(wide) <= 80 * len(blocks)
    assert max(t - h for t, h in narrow) <= 2


@pytest.mark.parametrize("n", [16, 48])
def test_normalising_and_mapping_back_are_linear(seed_text, n):
    def work(text):
        norm = normalize(text)
        page = pressie.extract(norm.text)
        return norm, page

    one_norm, one_page = work(raw(seed_text))
    many_norm, many_page = work(raw("\n".join([seed_text] * n)))
    assert one_norm.index is not None  # CRLF: a map back to the source
    modules = (pressie.normalize, pressie.remap)
    one = lines_run(lambda: remap(one_page, normalize(one_norm.source)), *modules)
    many = lines_run(lambda: remap(many_page, normalize(many_norm.source)), *modules)
    assert one > 100
    assert many <= 1.2 * n * one, (many / (n * one))
