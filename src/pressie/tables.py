"""Pages as tables: one row per event or per article, for pandas, Arrow, Parquet and Spark.

>>> import pressie
>>> page = pressie.extract("3月5日,柏庄镇组织志愿服务活动。", published="2020-03-09", id="p1")
>>> [(r["id"], r["type"], r["date_start"]) for r in rows([page])]
[('p1', 'volunteer', '2020-03-05')]

:func:`to_pandas` and :func:`to_arrow` build these rows into a table whose
schema is explicit (:func:`arrow_schema` of ``"events"``, ``"articles"``,
``"pages"``): nested values are lists of structs, not JSON strings,
and every value keeps its ``[start, end)`` offsets. :mod:`pressie.spark`
derives its Spark schema from the ``pages`` schema, so a Parquet file written
by Spark and one written by :func:`write_parquet` have the same columns.
``pyarrow`` (extra ``arrow``) and ``pandas`` (extra ``pandas``) are imported
only when a table is built. Field by field: ``docs/tables.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from itertools import islice
from typing import Any

from .errors import OptionError, PressieError
from .records import Article, Event, Page

__all__ = [
    "KINDS", "rows", "page_record", "event_record", "article_record", "to_arrow", "to_pandas", "record_batches",
    "write_parquet", "arrow_schema", "require",
]

#: What a row is: an event, an article, or a whole document (with its articles and events nested).
KINDS = ("events", "articles", "pages")

# The columns, as (name, type) with types written small: "str", "int", "float", "bool", a list
# [type] or a struct (a tuple of (name, type) pairs). ``int`` is a 32-bit offset or index.
_SPAN = (("text", "str"), ("start", "int"), ("end", "int"))
_WHEN = (("text", "str"), ("start", "int"), ("end", "int"), ("kind", "str"), ("granularity", "str"),
         ("inferred", ["str"]))
_WHO = (("name", "str"), ("start", "int"), ("end", "int"), ("role", "str"), ("titles", [_SPAN]), ("cue", "str"))
_WHERE = (("name", "str"), ("start", "int"), ("end", "int"), ("kind", "str"), ("within", ["str"]), ("code", "str"))
_ORG = (("name", "str"), ("start", "int"), ("end", "int"), ("role", "str"))
_COUNT = (("value", "float"), ("unit", "str"), ("noun", "str"), ("approx", "str"), ("category", "str"),
          ("start", "int"), ("end", "int"), ("noun_start", "int"), ("noun_end", "int"),
          ("low", "float"), ("high", "float"))
_CREDIT = (("name", "str"), ("role", "str"), ("start", "int"), ("end", "int"))
_RANGE = (("start", "int"), ("end", "int"))

_EVENT = (
    ("article_index", "int"), ("event_index", "int"), ("headline", "str"),
    ("type", "str"), ("trigger", "str"), ("trigger_start", "int"), ("trigger_end", "int"),
    ("date_start", "str"), ("date_end", "str"), ("time_start", "str"), ("time_end", "str"),
    ("part_of_day", "str"), ("when", _WHEN),
    ("who", [_WHO]), ("where", [_WHERE]), ("orgs", [_ORG]), ("counts", [_COUNT]),
    ("evidence", [_RANGE]), ("confidence", "float"),
)
_ARTICLE = (
    ("article_index", "int"), ("kind", "str"),
    ("headline", "str"), ("headline_start", "int"), ("headline_end", "int"),
    ("overline", "str"), ("overline_start", "int"), ("overline_end", "int"),
    ("kicker", "str"), ("kicker_start", "int"), ("kicker_end", "int"),
    ("subtitle", "str"), ("subtitle_start", "int"), ("subtitle_end", "int"),
    ("byline", [_CREDIT]), ("blocks", ["int"]), ("segments", [_RANGE]), ("body", "str"),
    ("n_events", "int"), ("event_types", ["str"]), ("confidence", "float"),
)
_DOC = (("id", "str"), ("published", "str"))
_LAYOUTS = {
    "events": _DOC + _EVENT,
    "articles": _DOC + _ARTICLE,
    "pages": _DOC + (("published_source", "str"), ("error", "str"), ("n_chars", "int"),
                     ("articles", [_ARTICLE]), ("events", [_EVENT])),
}


def require(module: str, extra: str):
    """Import an optional dependency, or fail with the extra that brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"this needs {module.split('.')[0]}: pip install 'pressie[{extra}]' ({error})") from error


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise OptionError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return kind


@cache
def arrow_schema(kind: str = "events"):
    """The explicit :class:`pyarrow.Schema` of a table of ``kind`` (``events``, ``articles``, ``pages``)."""
    pa = require("pyarrow", "arrow")
    scalars = {"str": pa.string(), "int": pa.int32(), "float": pa.float64(), "bool": pa.bool_()}

    def build(spec):
        if isinstance(spec, str):
            return scalars[spec]
        if isinstance(spec, list):
            return pa.list_(build(spec[0]))
        return pa.struct([pa.field(name, build(sub)) for name, sub in spec])

    return pa.schema([pa.field(name, build(spec)) for name, spec in _LAYOUTS[_kind(kind)]])


def _span(span) -> tuple[Any, Any, Any]:
    return (None, None, None) if span is None else (span.text, span.start, span.end)


def event_record(event: Event, article_index: int, event_index: int, headline: str | None) -> dict[str, Any]:
    """The fields of one event (without the document's ``id`` and ``published``)."""
    when = event.when
    return {
        "article_index": article_index, "event_index": event_index, "headline": headline,
        "type": event.type, "trigger": event.trigger.text,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "date_start": None if when is None else when.date_start,
        "date_end": None if when is None else (when.date_end or when.date_start),
        "time_start": None if when is None else when.time_start,
        "time_end": None if when is None else when.time_end,
        "part_of_day": None if when is None else when.part_of_day,
        "when": None if when is None else {
            "text": when.text, "start": when.start, "end": when.end, "kind": when.kind,
            "granularity": when.granularity, "inferred": list(when.inferred),
        },
        "who": [{"name": p.text, "start": p.start, "end": p.end, "role": p.role,
                 "titles": [{"text": t.text, "start": t.start, "end": t.end} for t in p.titles], "cue": p.cue}
                for p in event.who],
        "where": [{"name": p.text, "start": p.start, "end": p.end, "kind": p.kind,
                   "within": [w.text for w in p.within], "code": p.code} for p in event.where],
        "orgs": [{"name": o.text, "start": o.start, "end": o.end, "role": o.role} for o in event.orgs],
        "counts": [{"value": float(q.value), "unit": q.unit, "noun": None if q.noun is None else q.noun.text,
                    "approx": q.approx, "category": q.category, "start": q.start, "end": q.end,
                    "noun_start": None if q.noun is None else q.noun.start,
                    "noun_end": None if q.noun is None else q.noun.end,
                    "low": None if q.low is None else float(q.low),
                    "high": None if q.high is None else float(q.high)} for q in event.counts],
        "evidence": [{"start": s.start, "end": s.end} for s in event.evidence],
        "confidence": round(float(event.confidence), 3),
    }


def article_record(article: Article, article_index: int) -> dict[str, Any]:
    """The fields of one article (without the document's ``id`` and ``published``)."""
    record: dict[str, Any] = {"article_index": article_index, "kind": article.kind}
    for part in ("headline", "overline", "kicker", "subtitle"):
        text, start, end = _span(getattr(article, part))
        record.update({part: text, f"{part}_start": start, f"{part}_end": end})
    record.update(
        byline=[{"name": c.text, "role": c.role, "start": c.start, "end": c.end} for c in article.byline],
        blocks=list(article.blocks),
        segments=[{"start": s.start, "end": s.end} for s in article.segments],
        body=article.body, n_events=len(article.events), event_types=[e.type for e in article.events],
        confidence=round(float(article.confidence), 3),
    )
    return record


def _as_page(item: Any) -> "Page | PressieError":
    if isinstance(item, (Page, PressieError)):
        return item
    if isinstance(item, Mapping):
        return Page.from_dict(item)
    raise TypeError(f"a table row comes from a pressie Page (or its to_dict(), or an error of extract_many), "
                    f"not {type(item).__name__}")


def page_record(item: Any) -> dict[str, Any]:
    """One document as a row of the ``pages`` table: its articles and events nested.

    ``item`` is a :class:`~pressie.records.Page`, its ``to_dict()``, or the error
    :func:`pressie.extract_many` yields in a failed document's place (``error``
    then holds its message, with ``id`` when the input gave one).
    """
    page = _as_page(item)
    if isinstance(page, PressieError):
        doc_id = getattr(page, "doc_id", None)
        return {"id": None if doc_id is None else str(doc_id), "published": None, "published_source": None,
                "error": str(page), "n_chars": None, "articles": [], "events": []}
    return {
        "id": page.id, "published": page.published, "published_source": page.published_source, "error": None,
        "n_chars": len(page.text),
        "articles": [article_record(a, k) for k, a in enumerate(page.articles)],
        "events": [event_record(e, k, j, None if a.headline is None else a.headline.text)
                   for k, a in enumerate(page.articles) for j, e in enumerate(a.events)],
    }


def rows(pages: Iterable[Any], kind: str = "events") -> Iterator[dict[str, Any]]:
    """The rows of a table of ``kind`` as dicts, lazily (plain Python: no pandas, no pyarrow).

    ``pages``: :class:`~pressie.records.Page` objects (a single page is fine too),
    their ``to_dict()``, or what :func:`pressie.extract_many` yields with
    ``on_error="return"`` (a failed document has no event or article row and a
    ``pages`` row whose ``error`` says why).
    """
    _kind(kind)
    if isinstance(pages, (Page, Mapping)):
        pages = [pages]
    for item in pages:
        page = _as_page(item)
        if kind == "pages":
            yield page_record(page)
            continue
        if isinstance(page, PressieError):
            continue
        doc = {"id": page.id, "published": page.published}
        for k, article in enumerate(page.articles):
            if kind == "articles":
                yield {**doc, **article_record(article, k)}
                continue
            headline = None if article.headline is None else article.headline.text
            for j, event in enumerate(article.events):
                yield {**doc, **event_record(event, k, j, headline)}


def record_batches(pages: Iterable[Any], kind: str = "events", batch_size: int = 1024) -> Iterator[Any]:
    """The table of ``kind`` as :class:`pyarrow.RecordBatch` es of at most ``batch_size`` rows, streamed."""
    pa = require("pyarrow", "arrow")
    schema = arrow_schema(kind)
    stream = rows(pages, kind)
    while True:
        chunk = list(islice(stream, batch_size))
        if not chunk:
            return
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def to_arrow(pages: Iterable[Any], kind: str = "events"):
    """A :class:`pyarrow.Table` with one row per event (``kind="events"``), per article
    (``"articles"``) or per document (``"pages"``), typed by :func:`arrow_schema`.

    Needs the ``arrow`` extra (``pyarrow``).
    """
    pa = require("pyarrow", "arrow")
    return pa.Table.from_batches(list(record_batches(pages, kind)), schema=arrow_schema(kind))


def to_pandas(pages: Iterable[Any], kind: str = "events"):
    """A :class:`pandas.DataFrame` with one row per event (default) or per article (``kind="articles"``).

    Columns keep the Arrow types (``pandas.ArrowDtype``): nested values read
    back as Python lists and dicts, and a missing number is ``<NA>``, not NaN.
    ``pandas.read_parquet(path, dtype_backend="pyarrow")`` of a file written by
    :func:`write_parquet` gives an equal frame. Needs the ``pandas`` extra.
    """
    pd = require("pandas", "pandas")
    return to_arrow(pages, kind).to_pandas(types_mapper=pd.ArrowDtype)


def write_parquet(pages: Iterable[Any], path: Any, kind: str = "events", batch_size: int = 1024) -> int:
    """Stream the table of ``kind`` into a Parquet file (memory bounded by ``batch_size``); returns the row count."""
    pq = require("pyarrow.parquet", "arrow")
    count = 0
    with pq.ParquetWriter(path, arrow_schema(kind)) as writer:
        for batch in record_batches(pages, kind, batch_size):
            writer.write_batch(batch)
            count += batch.num_rows
    return count
