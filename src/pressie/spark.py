"""pressie on Apache Spark: :func:`extract_df` turns a DataFrame of texts into a DataFrame of pages.

Needs the ``spark`` extra (``pyspark``, ``pyarrow``) on the driver and on the
executors, and Java 17+. The work runs in Spark's Python workers through
``mapInArrow``: texts arrive in Arrow batches, pressie reads each document and
sends back Arrow batches typed by :func:`spark_schema`, which is derived from
:func:`pressie.tables.arrow_schema` (``"pages"``) — the same columns
``pressie.to_arrow(pages, kind="pages")`` gives in one process. pressie's word
lists and patterns are built once per Python worker process (Spark reuses its
workers between tasks) and then shared by every document it reads.

Recipe (a directory of page texts or JSONL to Parquet partitioned by
publication date): ``docs/scale.md``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cache, partial
from typing import Any

from .batch import _one, _settle
from .core import extract
from .errors import NotTextError, OptionError
from .tables import arrow_schema, page_record, require

__all__ = ["extract_df", "spark_schema", "spark_type", "events_df", "articles_df"]

log = logging.getLogger(__name__)

#: Documents read and sent back at a time by a Python worker (Spark's Arrow batches may hold 10,000 pages).
_ROWS_PER_BATCH = 256


def spark_type(arrow_type):
    """The Spark SQL type of an Arrow type (strings, 32/64-bit ints, doubles, booleans, dates, lists, structs)."""
    pa = require("pyarrow", "spark")
    T = require("pyspark.sql.types", "spark")
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return T.StringType()
    if pa.types.is_int32(arrow_type):
        return T.IntegerType()
    if pa.types.is_int64(arrow_type):
        return T.LongType()
    if pa.types.is_float64(arrow_type):
        return T.DoubleType()
    if pa.types.is_boolean(arrow_type):
        return T.BooleanType()
    if pa.types.is_date32(arrow_type):
        return T.DateType()
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return T.ArrayType(spark_type(arrow_type.value_type), containsNull=True)
    if pa.types.is_struct(arrow_type):
        return T.StructType([T.StructField(f.name, spark_type(f.type), f.nullable) for f in arrow_type])
    raise TypeError(f"no Spark type for the Arrow type {arrow_type}")


def spark_schema(kind: str = "pages"):
    """The :class:`pyspark.sql.types.StructType` of the table of ``kind`` (see :mod:`pressie.tables`)."""
    T = require("pyspark.sql.types", "spark")
    return T.StructType([T.StructField(f.name, spark_type(f.type), f.nullable) for f in arrow_schema(kind)])


def extract_df(df, text_col: str = "text", published_col: str | None = None, id_col: str | None = "id",
               **options: Any):
    """:func:`pressie.extract` over every row of a Spark DataFrame: one output row per input row.

    Args:
        df: a :class:`pyspark.sql.DataFrame` with a text column.
        text_col: the column of page texts (a null text gives an error row).
        published_col: an optional column of publication dates (ISO strings or
            dates); a null falls back to the ``published`` option, then to the
            page's own dateline.
        id_col: the column copied to ``id`` (cast to string), or ``None``.
        **options: passed to :func:`pressie.extract` (``published``,
            ``mode``, ``max_chars``, ``traditional``, ``triggers``); checked
            once on the driver.

    Returns:
        A DataFrame typed by :func:`spark_schema`: ``id``, ``published``
        (the date pressie used, ISO), ``published_source``, ``error`` (null,
        or why the document failed: a failure stays with its row), ``n_chars``,
        ``articles`` and ``events`` (arrays of structs). :func:`events_df` and
        :func:`articles_df` flatten it to one row per event or article.
    """
    F = require("pyspark.sql.functions", "spark")
    if options.get("segmenter") is not None:
        raise OptionError("a segmenter cannot be shipped to Spark executors")
    extract("", **options)  # a wrong option fails on the driver, before any job starts
    missing = [c for c in (text_col, published_col, id_col) if c is not None and c not in df.columns]
    if missing:
        raise OptionError(f"no column {', '.join(map(repr, missing))} in the DataFrame (columns: {df.columns})")
    source = df.select(
        F.col(text_col).cast("string").alias("text"),
        (F.col(published_col) if published_col else F.lit(None).cast("string")).alias("published"),
        (F.col(id_col).cast("string") if id_col else F.lit(None).cast("string")).alias("id"),
    )
    return source.mapInArrow(partial(_extract_batches, options=options), spark_schema("pages"))


def events_df(pages_df):
    """One row per event of :func:`extract_df`'s output: ``id``, ``published`` and the event's fields
    (the columns of ``pressie.to_pandas(pages)``)."""
    F = require("pyspark.sql.functions", "spark")
    return pages_df.select("id", "published", F.explode("events").alias("e")).select("id", "published", "e.*")


def articles_df(pages_df):
    """One row per article of :func:`extract_df`'s output (the columns of ``to_pandas(pages, kind="articles")``)."""
    F = require("pyspark.sql.functions", "spark")
    return pages_df.select("id", "published", F.explode("articles").alias("a")).select("id", "published", "a.*")


@cache
def _prepared() -> bool:
    """Load and validate every word list and trigger table, once per Python process."""
    from .lexicon import load_all

    load_all()
    log.debug("pressie resources loaded")
    return True


def _extract_batches(batches: Iterable[Any], options: dict) -> Iterator[Any]:
    """The ``mapInArrow`` function: Arrow batches of (text, published, id) in, batches of pages out."""
    pa = require("pyarrow", "spark")
    _prepared()
    schema = arrow_schema("pages")
    index = 0
    for batch in batches:
        for offset in range(0, batch.num_rows, _ROWS_PER_BATCH):  # bounded memory whatever Spark's batch size
            columns = batch.slice(offset, _ROWS_PER_BATCH).to_pydict()
            records = []
            for text, published, doc_id in zip(columns["text"], columns["published"], columns["id"]):
                records.append(_record(index, text, published, doc_id, options))
                index += 1
            yield pa.RecordBatch.from_pylist(records, schema=schema)


def _record(index: int, text: Any, published: Any, doc_id: Any, options: dict) -> dict[str, Any]:
    if text is None:
        error = NotTextError("the text is null")
        error.index, error.doc_id = index, doc_id
        return page_record(error)
    return page_record(_settle(_one((index, text, published, doc_id), options, "page", in_process=True), "return"))
