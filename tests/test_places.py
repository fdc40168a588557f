import pytest
from hypothesis import given, strategies as st

from conftest import assert_offsets, load_yaml
from pressie.places import find_orgs, find_places

DATA = load_yaml("people.yml")


@pytest.mark.parametrize("text,expected", DATA["places"], ids=lambda x: x if isinstance(x, str) else "")
def test_places(text, expected):
    found = find_places(text)
    assert_offsets(text, found)
    assert [[p.text, [w.text for w in p.within]] for p in found] == expected


@pytest.mark.parametrize("text", DATA["no_places"])
def test_deictic_are_not_places(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,name", DATA["orgs"])
def test_orgs(text, name):
    assert name in [o.text for o in find_orgs(text)]


@given(st.text())
def test_no_exception_and_exact_offsets(text):
    assert_offsets(text, find_places(text))
    assert_offsets(text, find_orgs(text))


@pytest.mark.parametrize("text", DATA["no_orgs"])
def test_no_orgs(text):
    assert find_orgs(text) == []
