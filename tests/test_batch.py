"""extract_many: the same pages as extract, in input order, in one or several processes."""

import json

import pytest

import pressie
from pressie.errors import DocumentTooLarge, OptionError

DOCS = [
    "5月6日,县委书记王明主持召开县委常委会会议,研究部署防汛工作。",
    ("3月5日,团县委组织青年志愿者在人民广场开展学雷锋志愿服务活动。", "2023-03-06"),
    {"id": "c", "text": "6月1日,副县长李强到城关镇调研防汛工作。", "published": None},
    "天气晴。",
]


def expected(published="2023-06-05"):
    return [
        pressie.extract(DOCS[0], published=published).to_dict(),
        pressie.extract(DOCS[1][0], published=DOCS[1][1]).to_dict(),
        pressie.extract(DOCS[2]["text"], published=published, id="c").to_dict(),
        pressie.extract(DOCS[3], published=published).to_dict(),
    ]


@pytest.mark.parametrize("n_process", [1, 2])
def test_same_as_extract_in_order(n_process):
    pages = list(pressie.extract_many(DOCS * 3, n_process=n_process, batch_size=2, published="2023-06-05"))
    assert [p.to_dict() for p in pages] == expected() * 3


def test_outputs():
    dicts = list(pressie.extract_many(DOCS, output="dict", published="2023-06-05"))
    lines = list(pressie.extract_many(DOCS, output="json", published="2023-06-05"))
    assert dicts == expected()
    assert [json.loads(line) for line in lines] == expected()


@pytest.mark.parametrize("n_process", [1, 2])
def test_errors_raise_or_take_the_documents_place(n_process):
    docs = ["3月5日,柏庄镇开展志愿服务活动。", "很长的文本" * 100, "天气晴。"]
    with pytest.raises(DocumentTooLarge):
        list(pressie.extract_many(docs, n_process=n_process, max_chars=100))
    out = list(pressie.extract_many(docs, n_process=n_process, max_chars=100, on_error="return"))
    assert isinstance(out[0], pressie.Page) and isinstance(out[2], pressie.Page)
    assert isinstance(out[1], DocumentTooLarge)


def test_bad_options_and_items():
    with pytest.raises(OptionError):
        pressie.extract_many(DOCS, n_process=0)
    with pytest.raises(OptionError):
        pressie.extract_many(DOCS, batch_size=0)
    with pytest.raises(OptionError):
        pressie.extract_many(DOCS, on_error="ignore")
    with pytest.raises(OptionError):
        pressie.extract_many(DOCS, output="xml")
    with pytest.raises(OptionError):
        pressie.extract_many(DOCS, n_process=2, segmenter=object())
    with pytest.raises(TypeError, match="item 1"):
        list(pressie.extract_many(["文本", 42]))


def test_lazy_over_a_long_input():
    def endless():
        while True:
            yield "天气晴。"

    it = pressie.extract_many(endless(), n_process=2, batch_size=2)
    pages = [next(it) for _ in range(5)]
    it.close()  # stops the pool
    assert all(isinstance(p, pressie.Page) and p.text == "天气晴。" for p in pages)
