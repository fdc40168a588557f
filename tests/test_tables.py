"""Tables: one row per event / article, the same in pandas, Arrow and Parquet."""

import subprocess
import sys

import pytest

import pressie
from pressie import tables
from pressie.errors import DocumentTooLarge, OptionError

PAGE = ("区政要闻\n\n北城区召开安全生产例会\n\n本报讯 3月6日上午,北城区召开安全生产例会,区委书记张明主持会议,"
        "副区长刘芳出席会议并讲话。\n\n团区委组织志愿服务活动\n\n本报讯(记者 王红)3月5日,团区委组织青年志愿者"
        "在人民广场组织志愿服务活动,为30户困难群众送去物资。")
BRIEF = "天气晴。"


@pytest.fixture(scope="module")
def pages():
    return [pressie.extract(PAGE, published="2020-03-09", id="p1"), pressie.extract(BRIEF, id="p2")]


def test_rows_need_no_optional_package(pages):
    events = list(tables.rows(pages))
    assert [(r["id"], r["article_index"], r["event_index"], r["type"]) for r in events] == [
        ("p1", 0, 0, "meeting"), ("p1", 1, 0, "volunteer")]
    meeting, volunteer = events
    assert meeting["headline"] == "北城区召开安全生产例会"
    assert (meeting["date_start"], meeting["date_end"], meeting["part_of_day"]) == ("2020-03-06", "2020-03-06", "morning")
    assert [(p["name"], p["role"], [t["text"] for t in p["titles"]]) for p in meeting["who"]] == [
        ("张明", "chair", ["区委书记"]), ("刘芳", "speaker", ["副区长"])]
    assert [(p["name"], PAGE[p["start"]:p["end"]]) for p in volunteer["where"]] == [("人民广场", "人民广场")]
    assert [(c["value"], c["unit"], PAGE[c["start"]:c["end"]]) for c in volunteer["counts"]] == [(30.0, "户", "30户")]
    assert PAGE[meeting["trigger_start"]:meeting["trigger_end"]] == meeting["trigger"]
    articles = list(tables.rows(pages, kind="articles"))
    assert [(r["id"], r["article_index"], r["n_events"]) for r in articles] == [("p1", 0, 1), ("p1", 1, 1), ("p2", 0, 0)]
    assert [c["name"] for c in articles[1]["byline"]] == ["王红"]
    assert articles[2]["body"] == BRIEF
    assert list(tables.rows(pages[0].to_dict())) == events[:2]  # a page's to_dict() works as well


def test_every_value_the_event_holds_is_a_column(pages):
    event = pages[0].articles[1].events[0]
    row = next(r for r in tables.rows(pages) if r["type"] == "volunteer")
    assert row["trigger"] == event.trigger.text and row["confidence"] == round(event.confidence, 3)
    assert [(e["start"], e["end"]) for e in row["evidence"]] == [(s.start, s.end) for s in event.evidence]
    assert [o["name"] for o in row["orgs"]] == [o.text for o in event.orgs]


def test_to_pandas_one_row_per_event_and_per_article(pages):
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    df = pressie.to_pandas(pages)
    assert len(df) == 2 and list(df["type"]) == ["meeting", "volunteer"]
    assert df.loc[0, "who"][0]["name"] == "张明"  # nested values read back as Python lists and dicts
    assert list(df["article_index"]) == [0, 1]
    assert df["time_start"].isna().all()
    articles = pressie.to_pandas(pages, kind="articles")
    assert list(articles["id"]) == ["p1", "p1", "p2"]
    assert list(articles["headline"].fillna("-")) == ["北城区召开安全生产例会", "团区委组织志愿服务活动", "-"]


def test_arrow_schema_is_nested_not_json(pages):
    pa = pytest.importorskip("pyarrow")
    table = pressie.to_arrow(pages)
    assert table.schema == tables.arrow_schema("events")
    assert pa.types.is_list(table.schema.field("who").type)
    assert pa.types.is_struct(table.schema.field("who").type.value_type)
    assert pa.types.is_int32(table.schema.field("trigger_start").type)
    nested = tables.arrow_schema("pages")
    assert nested.field("events").type.value_type == pa.struct(list(tables.arrow_schema("events"))[2:])
    assert table.to_pylist() == list(tables.rows(pages))
    assert set(table.column_names) == set(next(tables.rows(pages)))


def test_parquet_reads_back_as_to_pandas(pages, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    for kind in ("events", "articles", "pages"):
        path = tmp_path / f"{kind}.parquet"
        assert tables.write_parquet(pages, path, kind=kind, batch_size=1) == len(list(tables.rows(pages, kind)))
        pd.testing.assert_frame_equal(pd.read_parquet(path, dtype_backend="pyarrow"), pressie.to_pandas(pages, kind))


def test_failed_documents_are_error_rows(pages):
    pytest.importorskip("pyarrow")
    out = list(pressie.extract_many([{"id": "ok", "text": PAGE}, {"id": "big", "text": "很" * 500}],
                                    max_chars=len(PAGE), on_error="return"))
    out.append(DocumentTooLarge("too long"))
    table = pressie.to_arrow(out, kind="pages").to_pylist()
    assert [(r["id"], r["error"] is None, len(r["events"])) for r in table] == [("ok", True, 2), ("big", False, 0),
                                                                               (None, False, 0)]
    assert "P002" in table[1]["error"] and "too long" in table[2]["error"]
    assert len(pressie.to_arrow(out)) == 2


def test_bad_kind_and_items():
    with pytest.raises(OptionError):
        list(tables.rows([], kind="people"))
    with pytest.raises(TypeError, match="Page"):
        list(tables.rows([42]))


def test_a_missing_package_says_which_extra(monkeypatch, pages):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pressie\[arrow\]"):
        pressie.to_arrow(pages)


def test_importing_pressie_imports_no_table_package():
    code = "import sys, pressie; print(sorted(m for m in ('pandas', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
