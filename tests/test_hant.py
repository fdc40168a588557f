"""Traditional-character input gives the same events as simplified input, with offsets into it."""

import pytest

import pressie
from conftest import assert_offsets

pytest.importorskip("opencc_purepy")

PAIRS = [
    ("3月6日上午,区委召开常委会(扩大)会议,区委书记王建国主持会议并讲话。县领导刘正仁、周太平参加。",
     "3月6日上午，區委召開常委會（擴大）會議，區委書記王建國主持會議並講話。縣領導劉正仁、周太平參加。"),
    ("5月8日,县委书记马东带队深入河口镇调研,副县长林西陪同。",
     "5月8日，縣委書記馬東帶隊深入河口鎮調研，副縣長林西陪同。"),
    ("5月6日,共青团东城区委组织30名青年志愿者在人民公园开展清洁家园志愿服务活动。",
     "5月6日，共青團東城區委組織30名青年志願者在人民公園開展清潔家園志願服務活動。"),
]


def _summary(page):
    return [(e.type, e.when.start_value if e.when else None, [(p.start, p.end, p.role) for p in e.who],
             len(e.where), len(e.counts), [(o.start, o.end) for o in e.orgs]) for e in page.events]


@pytest.mark.parametrize("simplified,traditional", PAIRS)
def test_traditional_gives_the_same_events(simplified, traditional):
    a = pressie.extract(simplified, published="2023-05-10")
    b = pressie.extract(traditional, published="2023-05-10", traditional=True)
    assert_offsets(traditional, b)
    assert _summary(a) == _summary(b) and a.events


def test_names_come_back_as_written():
    page = pressie.extract(PAIRS[0][1], published="2020-03-09", traditional=True)
    assert [p.text for p in page.events[0].who][0] == "王建國"
