"""pressie.hant.looks_traditional: the hint that a text wants ``traditional=True``."""

import pytest

from pressie.hant import looks_traditional

SIMPLIFIED = [
    "3月6日上午,区委召开常委会(扩大)会议,区委书记王建国主持会议并讲话。县领导刘正仁、周太平参加。",
    "5月6日,共青团东城区委组织30名青年志愿者在人民公园开展清洁家园志愿服务活动。",
    # rare characters of names (喆, 堃, 昇) are no sign of traditional script
    "镇党委书记王喆、副镇长李堃和张昇参加了座谈会。" * 3,
]
TRADITIONAL = [
    "3月6日上午，區委召開常委會（擴大）會議，區委書記王建國主持會議並講話。縣領導劉正仁、周太平參加。",
    "5月6日，共青團東城區委組織30名青年志願者在人民公園開展清潔家園志願服務活動。",
]


@pytest.mark.parametrize("text", SIMPLIFIED)
def test_simplified_text_does_not_look_traditional(text):
    assert not looks_traditional(text)


@pytest.mark.parametrize("text", TRADITIONAL)
def test_traditional_text_looks_traditional(text):
    assert looks_traditional(text)


def test_a_few_traditional_characters_are_not_enough():
    assert not looks_traditional("會議")
    assert not looks_traditional("区委召开会议。" * 20 + "會議與會")  # quoted or stray characters
    assert not looks_traditional("") and not looks_traditional("abc 123")


def test_only_the_beginning_is_read():
    text = "区委召开会议。" * 1000 + TRADITIONAL[0] * 500
    assert not looks_traditional(text) and looks_traditional(text, sample=len(text))


def test_agrees_with_a_converter():
    opencc = pytest.importorskip("opencc_purepy")
    converter = opencc.OpenCC("s2t")
    for text in SIMPLIFIED[:2]:
        assert looks_traditional(converter.convert(text))
