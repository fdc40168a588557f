"""Many documents at once, optionally over several processes: :func:`extract_many`.

An ETL job over many pages is CPU-bound pure Python, so it scales with
processes, not threads. ``extract_many`` is a streaming generator: it reads its
input lazily (a generator over a file larger than memory is fine), keeps at
most a few batches per worker in flight, and yields results in input order, so
memory stays flat however long the input is (``benchmarks/memory.py``
measures it). A document that fails, whatever the exception, fails alone: with
``on_error="return"`` its error takes its place and the stream goes on.
"""

from __future__ import annotations

import json
import multiprocessing
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from .core import extract
from .errors import DocumentError, OptionError, PressieError

__all__ = ["extract_many", "DocumentError"]

_ON_ERROR = ("raise", "return")
_OUTPUTS = ("page", "dict", "json")

#: Batches kept in flight per worker process: enough to keep every worker busy
#: while the parent yields, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 2


def extract_many(docs: Iterable[Any], *, n_process: int = 1, batch_size: int = 8, on_error: str = "raise",
                 output: str = "page", **options: Any) -> Iterator[Any]:
    """:func:`pressie.extract` over many documents, streamed, in input order.

    Args:
        docs: any iterable (a list, a generator over a large file) of page texts
            (``str``), ``(text, published)`` pairs, or mappings with ``text`` and
            optional ``published`` and ``id`` (a line of a gold or
            ``pressie extract`` JSONL file). It is read lazily, a few batches
            ahead of what has been yielded.
        n_process: worker processes (1: in this process, nothing is forked).
            Each worker is a separate interpreter: 1.5–1.9× the throughput with
            2 on 2 cores (measured, ``benchmarks/scale.py``).
        batch_size: documents sent to a worker at a time.
        on_error: ``"raise"`` (default) raises at the first document that
            fails; ``"return"`` yields the error in that document's place and
            goes on. The error is the :class:`~pressie.errors.PressieError`
            ``extract`` raised (e.g. ``DocumentTooLarge``), or a
            :class:`DocumentError` for any other exception; either way it has
            ``index`` (the position in ``docs``) and ``doc_id`` (the item's
            ``id`` or ``None``). An item of a wrong shape (``None``, a
            mapping whose ``text`` is null or not a string) is that item's
            failure too: a ``TypeError`` with ``"raise"``, a
            :class:`DocumentError` of ``error_type`` ``"TypeError"`` in its
            place with ``"return"`` (the good documents around it are kept).
        output: ``"page"`` (:class:`~pressie.records.Page` objects), ``"dict"``
            (``Page.to_dict()``) or ``"json"`` (one JSON line per document, as
            ``pressie extract`` writes). With worker processes, ``"json"`` is
            the cheapest to send back (about 1.3× the throughput of ``"page"``).
        **options: passed to :func:`pressie.extract` (``published`` is the
            default for documents that bring none; ``traditional``,
            ``max_chars``, ``until``, ``mode``, ``triggers``). A ``segmenter``
            is only allowed with ``n_process=1``.

    Yields:
        One :class:`~pressie.records.Page` (or error, with ``on_error="return"``) per document.

    >>> [len(p.events) for p in extract_many(["3月5日,柏庄镇开展助老志愿服务。", "天气晴。"], published="2020-03-09")]
    [1, 0]
    """
    if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process < 1:
        raise OptionError(f"n_process must be a positive int, not {n_process!r}")
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise OptionError(f"batch_size must be a positive int, not {batch_size!r}")
    if on_error not in _ON_ERROR:
        raise OptionError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {on_error!r}")
    if output not in _OUTPUTS:
        raise OptionError(f"output must be one of {', '.join(_OUTPUTS)}, not {output!r}")
    if n_process > 1 and options.get("segmenter") is not None:
        raise OptionError("a segmenter cannot be shared with worker processes: use n_process=1")
    extract("", **options)  # a wrong option fails here, once, not once per document
    return _run(docs, n_process, batch_size, on_error, output, options)


def _run(docs, n_process: int, batch_size: int, on_error: str, output: str, options: dict) -> Iterator[Any]:
    items = (_item(doc, k) for k, doc in enumerate(docs))
    if n_process == 1:
        for item in items:
            yield _settle(_one(item, options, output, in_process=True), on_error)
        return
    batches = iter(lambda: list(islice(items, batch_size)), [])
    pool = _Pool(n_process, options, output)
    try:
        pending = deque(pool.submit(batch) for batch in islice(batches, n_process * _IN_FLIGHT_PER_WORKER))
        while pending:
            results = pool.results(*pending.popleft())
            batch = next(batches, None)
            if batch is not None:
                pending.append(pool.submit(batch))
            for result in results:
                yield _settle(result, on_error)
    finally:
        pool.close()


class _Pool:
    """Worker processes that outlive the death of one of them.

    A worker killed while reading (a crash, the out-of-memory killer) breaks
    the executor: it is replaced, and the batches it had are read again one
    document at a time in a worker of their own, so that only the document
    that kills a worker again gets an error (a :class:`DocumentError` of type
    ``BrokenProcessPool``).
    """

    def __init__(self, n_process: int, options: dict, output: str) -> None:
        self.n_process, self.options, self.output = n_process, options, output
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=multiprocessing.get_context())

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        if broken is self.executor:
            broken.shutdown(wait=True, cancel_futures=True)
            self.executor = self._start()

    def submit(self, batch: list) -> tuple:
        executor = self.executor
        try:
            return batch, executor, executor.submit(_many, batch, self.options, self.output)
        except BrokenProcessPool:  # broken by a batch not yet collected
            self._restart(executor)
            return self.submit(batch)

    def results(self, batch: list, executor: ProcessPoolExecutor, future) -> list:
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart(executor)
        # Read the batch again one document at a time in a worker of its own, so that a death
        # is that document's and no other work's.
        out: list = []
        solo = None
        try:
            for item in batch:
                solo = solo or ProcessPoolExecutor(1, mp_context=multiprocessing.get_context())
                try:
                    out += solo.submit(_many, [item], self.options, self.output).result()
                except BrokenProcessPool:
                    solo.shutdown(wait=True)
                    solo = None
                    died = BrokenProcessPool("the worker process reading this document died (a crash or out of memory)")
                    out.append(_Failure(item[0], None if item[3] is ... else item[3], died, keep=False))
        finally:
            if solo is not None:
                solo.shutdown(wait=True)
        return out

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class _WrongItem:
    """An input item of a wrong shape, carried to where its result goes (picklable)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _item(doc: Any, k: int) -> tuple[int, Any, Any, Any]:
    """(index, text, published, id) of one input item; ``published``/``id`` are ``...`` when not given;
    an item of a wrong shape gives a :class:`_WrongItem` for its text."""
    if isinstance(doc, str):
        return k, doc, ..., ...
    if isinstance(doc, tuple) and len(doc) == 2:
        return k, doc[0], doc[1], ...
    if isinstance(doc, Mapping) and "text" in doc:
        return k, doc["text"], doc.get("published", ...), doc.get("id", ...)
    return k, _WrongItem(f"extract_many(): item {k} must be a str, a (text, published) pair or a mapping with "
                         f"'text', not {type(doc).__name__}"), ..., (doc.get("id", ...) if isinstance(doc, Mapping) else ...)


class _Failure:
    """What a failed document sends back: picklable whatever the exception was."""

    __slots__ = ("index", "doc_id", "kind", "message", "error_type", "details", "original", "wrong_item")

    def __init__(self, index: int, doc_id: Any, error: Exception, keep: bool, wrong_item: bool = False) -> None:
        self.index, self.doc_id, self.wrong_item = index, doc_id, wrong_item
        self.kind = type(error) if isinstance(error, PressieError) else None
        self.message = error.message if isinstance(error, PressieError) else f"{type(error).__name__}: {error}"
        self.error_type = type(error).__name__
        self.details = "".join(traceback.format_exception(error))
        self.original = error if keep else None

    def error(self) -> PressieError:
        if isinstance(self.original, PressieError):
            error = self.original
        elif self.kind is not None and self.kind is not DocumentError:
            try:
                error = self.kind(self.message)
            except Exception:  # a subclass with another constructor: keep the message, lose the class
                error = DocumentError(self.message, error_type=self.error_type, details=self.details)
        else:
            error = DocumentError(f"document {self.index}: {self.message}", error_type=self.error_type,
                                  details=self.details)
        error.index, error.doc_id = self.index, self.doc_id
        return error


def _many(batch: list, options: dict, output: str) -> list:
    return [_one(item, options, output) for item in batch]


def _one(item: tuple[int, str, Any, Any], options: dict, output: str = "page", in_process: bool = False) -> Any:
    index, text, published, doc_id = item
    if isinstance(text, _WrongItem):
        return _Failure(index, None if doc_id is ... else doc_id, TypeError(text.message), in_process, wrong_item=True)
    kwargs = dict(options)
    if published is not ...:
        kwargs["published"] = published if published is not None else options.get("published")
    if doc_id is not ...:
        kwargs["id"] = None if doc_id is None else str(doc_id)
    try:
        page = extract(text, **kwargs)
        if output == "page":
            return page
        data = page.to_dict()
        return data if output == "dict" else json.dumps(data, ensure_ascii=False)
    except TypeError as error:
        if not isinstance(text, str):  # an item of a wrong shape (a null text): its own failure
            return _Failure(index, None if doc_id is ... else doc_id,
                            TypeError(f"extract_many(): item {index}: {error}"), in_process, wrong_item=True)
        return _Failure(index, None if doc_id is ... else doc_id, error, in_process)
    except Exception as error:  # any failure stays with its document
        return _Failure(index, None if doc_id is ... else doc_id, error, in_process)


def _settle(result: Any, on_error: str) -> Any:
    if not isinstance(result, _Failure):
        return result
    if on_error == "raise" and result.wrong_item:
        raise TypeError(result.message.split(": ", 1)[1] if result.message.startswith("TypeError: ") else result.message)
    error = result.error()
    if on_error == "raise":
        if result.original is not None and isinstance(result.original, PressieError):
            raise result.original
        raise error from result.original
    return error
