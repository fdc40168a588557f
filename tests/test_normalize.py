from hypothesis import given, strategies as st

from pressie.normalize import normalize


def test_width_folding_keeps_positions():
    n = normalize("３月６日，（记者）")
    assert n.text == "3月6日,(记者)"
    assert n.index is None
    assert n.to_source(0, 4) == (0, 4)


def test_zero_width_and_crlf_are_removed_with_a_map():
    src = "会\u200b议\r\n召开"
    n = normalize(src)
    assert n.text == "会议\n召开"
    s, e = n.to_source(0, 2)
    assert src[s:e] == "会\u200b议"
    s, e = n.to_source(3, 5)
    assert src[s:e] == "召开"


def test_lone_cr_is_a_line_break():
    assert normalize("甲\r乙").text == "甲\n乙"


def test_spaces_and_controls():
    n = normalize("甲\u3000乙\u00a0丙\x01丁")
    assert n.text == "甲 乙 丙 丁"


def test_identity_when_nothing_changes():
    n = normalize("区委召开会议。")
    assert n.identity


@given(st.text())
def test_map_is_monotonic_and_in_range(text):
    n = normalize(text)
    for i in range(len(n.text)):
        s, e = n.to_source(i, i + 1)
        assert 0 <= s < e <= len(text)
    if n.text:
        s, e = n.to_source(0, len(n.text))
        assert 0 <= s <= e <= len(text)
