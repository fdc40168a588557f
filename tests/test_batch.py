"""extract_many: the same pages as extract, in input order, in one or several processes."""

import json

import pytest

import pressie
from pressie.errors import DocumentTooLarge, OptionError

DOCS = [
    "5月6日,县委书记王明主持召开县委常委会会议,研究部署防汛工作。",
    ("3月5日,团县委组织青年志愿者在人民广场开展爱心义卖志愿服务活动。", "2023-03-06"),
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
    docs = ["3月5日,柏庄镇开展助老志愿服务。", "很长的文本" * 100, "天气晴。"]
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


def _fragile(real):
    """extract, except that a text holding 炸 fails as a bug would (an exception that is not pressie's)."""
    def extract(text, **kwargs):
        if "炸" in text:
            raise KeyError("炸")
        return real(text, **kwargs)
    return extract


def _needs_fork(n_process):
    import multiprocessing
    if n_process > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched extract reaches worker processes only when they are forked")


@pytest.mark.parametrize("n_process", [1, 2])
def test_any_exception_stays_with_its_document(monkeypatch, n_process):
    import pressie.batch as batch
    _needs_fork(n_process)
    monkeypatch.setattr(batch, "extract", _fragile(batch.extract))
    docs = [{"id": f"d{k}", "text": "天气晴。" if k != 3 else "炸"} for k in range(7)]
    out = list(pressie.extract_many(docs, n_process=n_process, batch_size=2, on_error="return"))
    assert [type(r).__name__ for r in out] == ["Page"] * 3 + ["DocumentError"] + ["Page"] * 3
    assert [p.id for k, p in enumerate(out) if k != 3] == ["d0", "d1", "d2", "d4", "d5", "d6"]
    error = out[3]
    assert isinstance(error, pressie.PressieError)
    assert (error.index, error.doc_id, error.error_type) == (3, "d3", "KeyError")
    assert "KeyError" in str(error) and "炸" in error.details
    with pytest.raises(batch.DocumentError, match="KeyError"):
        list(pressie.extract_many(docs, n_process=n_process, batch_size=2))


@pytest.mark.parametrize("n_process", [1, 2])
def test_pressie_errors_keep_their_class_and_message(n_process):
    out = list(pressie.extract_many(["天气晴。", {"id": "big", "text": "很长的文本" * 100}], n_process=n_process,
                                    max_chars=100, on_error="return"))
    error = out[1]
    assert isinstance(error, DocumentTooLarge) and (error.index, error.doc_id) == (1, "big")
    assert str(error).count("[P002]") == 1


def test_a_bad_option_fails_once_up_front():
    with pytest.raises(pressie.DateError):
        pressie.extract_many(DOCS, published="not a date", on_error="return")
    with pytest.raises(TypeError):
        pressie.extract_many(DOCS, triggers="meeting", on_error="return")


@pytest.mark.parametrize("n_process", [1, 2])
def test_reads_its_input_only_a_few_batches_ahead(n_process):
    pulled = []

    def docs():
        for k in range(200):
            pulled.append(k)
            yield "天气晴。"

    it = pressie.extract_many(docs(), n_process=n_process, batch_size=3, output="json")
    next(it)
    ahead = len(pulled)
    assert ahead <= (1 if n_process == 1 else (2 * n_process + 1) * 3)
    assert sum(1 for _ in it) == 199 and len(pulled) == 200


def _deadly(real):
    """extract, except that a text holding 崩 kills the process reading it (as a crash or the OOM killer would)."""
    def extract(text, **kwargs):
        if "崩" in text:
            import os
            os._exit(3)
        return real(text, **kwargs)
    return extract


def test_a_worker_that_dies_takes_only_its_document(monkeypatch):
    import pressie.batch as batch
    _needs_fork(2)
    monkeypatch.setattr(batch, "extract", _deadly(batch.extract))
    deadly = (5, 13, 14)  # 13 and 14 are in one batch
    docs = [{"id": f"d{k}", "text": "崩" if k in deadly else "天气晴。"} for k in range(20)]
    out = list(pressie.extract_many(docs, n_process=2, batch_size=3, on_error="return"))
    assert [k for k, r in enumerate(out) if not isinstance(r, pressie.Page)] == list(deadly)
    assert [p.id for p in out if isinstance(p, pressie.Page)] == [f"d{k}" for k in range(20) if k not in deadly]
    assert out[5].error_type == "BrokenProcessPool" and (out[13].index, out[14].doc_id) == (13, "d14")
    with pytest.raises(batch.DocumentError, match="died"):
        list(pressie.extract_many(docs, n_process=2, batch_size=3))


@pytest.mark.parametrize("n_process", [1, 2])
def test_items_of_a_wrong_shape_fail_alone_and_the_good_documents_are_kept(n_process):
    docs = ["3月5日,柏庄镇开展助老志愿服务。", None, {"text": None, "id": "n1"}, {"text": 5}, (None, "2021-03-08"),
            "天气晴。"]
    out = list(pressie.extract_many(docs, on_error="return", n_process=n_process, published="2020-03-09"))
    assert [type(o).__name__ for o in out] == ["Page", "DocumentError", "DocumentError", "DocumentError",
                                              "DocumentError", "Page"]
    assert [o.index for o in out[1:5]] == [1, 2, 3, 4] and out[2].doc_id == "n1"
    assert all(o.error_type == "TypeError" for o in out[1:5])
