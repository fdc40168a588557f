import pytest
from hypothesis import given, strategies as st

import pressie
from pressie.divisions import division_code


@pytest.mark.parametrize("name, within, code", [
    ("富源县", (), "530325"),          # a county by its full name
    ("富源", (), "530325"),            # and by its short name
    ("长沙", (), "430100"),            # a short name two levels share: the higher one
    ("长沙县", (), "430121"),
    ("湖北省武汉市", (), "420100"),    # a chain written as one name
    ("吉林长春市", (), "220100"),      # a province's short name before a city
    ("恩施州恩施市", (), "422801"),    # an autonomous prefecture by its short name and 州
    ("酉阳县", (), "500242"),          # an autonomous county without its ethnic designation
    ("朝阳区", ("长春市",), "220104"),  # a district name several cities have, read inside its city
    ("朝阳区", ("北京市",), "110105"),
])
def test_division_codes(name, within, code):
    assert division_code(name, within) == code


@pytest.mark.parametrize("name", ["朝阳区", "后所镇", "石桥村", "人民广场", "", "京"])
def test_no_code_for_ambiguous_names_and_places_below_counties(name):
    assert division_code(name) is None


def test_wrong_type_is_refused():
    with pytest.raises(TypeError):
        division_code(None)


@given(st.text(max_size=40))
def test_any_text_gives_a_six_digit_code_or_none(text):
    code = division_code(text)
    assert code is None or (len(code) == 6 and code.isdigit())


def test_places_carry_their_code_in_records_and_json():
    page = pressie.extract("3月5日，王明到长春市朝阳区和富源县调研。")
    codes = {p.text: p.code for p in page.places}
    assert codes["朝阳区"] == "220104" and codes["富源县"] == "530325"
    assert {d["name"]: d["code"] for d in page.to_dict()["entities"]["places"]}["朝阳区"] == "220104"
