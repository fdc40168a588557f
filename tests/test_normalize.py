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


_SAMPLE = st.text(alphabet=st.sampled_from(list("会议召开，。（）３６ａ\u200b\u200d\ufeff\r\n \u3000\u00a0\x01\u2028\uff61")), max_size=60)


@given(_SAMPLE)
def test_the_text_and_map_are_those_of_the_table_read_character_by_character(text):
    """Folding by replace passes and mapping by runs give what reading the table one character
    at a time gives."""
    from pressie.normalize import _table

    table = _table()
    work = "".join("\n" if ch == "\r" and not text[k + 1:k + 2] == "\n" else ch for k, ch in enumerate(text))
    kept = [(pos, ch) for pos, ch in enumerate(work) if table.get(ord(ch), 0) is not None]
    expected = "".join(chr(table[ord(ch)]) if ord(ch) in table else ch for _, ch in kept)
    n = normalize(text)
    assert n.text == expected
    if n.index is None:
        assert len(expected) == len(text)
    else:
        assert list(n.index) == [pos for pos, _ in kept] + [len(text)]


def test_a_text_of_several_deletions_maps_each_run():
    src = "\r\n甲\u200b\u200b乙\r\n\r\n丙\ufeff"
    n = normalize(src)
    assert n.text == "\n甲乙\n\n丙"
    assert list(n.index) == [1, 2, 5, 7, 9, 10, len(src)]
    assert src[slice(*n.to_source(1, 3))] == "甲\u200b\u200b乙"


def test_the_map_of_a_long_text_with_crlf_line_ends():
    src = "".join(f"第{k}段会议，\u200b记者报道。\r\n" for k in range(400))
    n = normalize(src)
    kept = [pos for pos, ch in enumerate(src) if ch not in "\r\u200b"]
    assert list(n.index) == kept + [len(src)]
    assert n.text == "".join(src[pos] for pos in kept).replace("，", ",")
    assert normalize(src[:1500]).index[-1] == 1500  # the map of a shorter text after it (its own positions)


@given(st.text(alphabet=st.sampled_from(list("会议，（𠀀𪚥\ud800\udfff\u200b\r\n\u3000a")), max_size=40))
def test_fold_is_the_normalised_text_and_the_map_counts_characters_beyond_the_plane(text):
    from pressie.normalize import fold

    n = normalize(text)
    assert fold(text) == n.text
    if n.index is not None:
        assert len(n.index) == len(n.text) + 1
        assert all(text[n.index[i]] == ch or ch in ",( \n" for i, ch in enumerate(n.text))
