"""The ``pressie`` command: extract whole archives, score against gold files.

    pressie extract PATH... [-o OUT] [--format jsonl|json|pretty|parquet|csv] [-r] [-j N] [--resume]
    pressie evaluate GOLD.jsonl [PRED.jsonl | --run] [--mode articles|pages]
    pressie models fetch|list|check [NAME] [--dir DIR] [--wheel FILE]
    pressie check
    pressie --version

PATH is a file, a directory (``--recursive`` for its sub-folders), a glob
pattern or ``-`` for standard input. ``.txt`` files hold one page each (the id
is the file name); ``.jsonl`` / ``.jsonl.gz`` / ``.ndjson`` files one document
per line (``id``, ``text``, optional ``published``); ``.json`` files one such
object or a list of them. Every document that cannot be read or extracted is
reported on standard error as ``file:line: reason`` and the others go on; the
exit code is then 1. See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import glob
import gzip
import io
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, TextIO

from ._version import __version__
from .errors import OptionError, PressieError

log = logging.getLogger("pressie")

#: How a file is read, by the end of its name (lower case).
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_JSON_SUFFIXES = (".json", ".json.gz")
_TEXT_SUFFIXES = (".txt", ".txt.gz")
_KNOWN_SUFFIXES = _JSONL_SUFFIXES + _JSON_SUFFIXES + _TEXT_SUFFIXES
#: Output format by the end of the output file's name.
_FORMAT_OF_SUFFIX = {".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".ndjson": "jsonl", ".json": "json",
                     ".json.gz": "json", ".txt": "pretty", ".parquet": "parquet", ".csv": "csv"}
_FORMATS = ("jsonl", "json", "pretty", "parquet", "csv")
_GLOB_CHARS = re.compile(r"[*?\[]")
_POSITION = re.compile(r"^document \d+: ")  # how extract_many names a document by its position
_SURROGATE = re.compile("[\ud800-\udfff]")  # possible in JSON ("\\ud800"), not writable as UTF-8
#: Hints about a text's characters are printed for this many documents, then counted.
_MAX_NOTES = 5


class _Usage(Exception):
    """A command-line mistake: reported in one line, exit code 2."""


# ---------------------------------------------------------------- publication dates

_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:$|[\sT_])")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:$|[\sT_])")
_ENGLISH_FORMATS = ("%b %d %Y", "%b %d, %Y", "%B %d %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%a, %d %b %Y")


def read_date(value: Any) -> str | None:
    """A publication date in any common form as ``YYYY-MM-DD`` (``None`` for none).

    Reads ISO dates and date-times, ``2020年3月9日``, ``2020/3/9``, ``2020.3.9``,
    ``20200309`` (also as a JSON number) and English ``Mar 9 2020`` /
    ``9 March 2020``; with the ``dates`` extra (``dateparser``) anything it reads.

    Raises:
        OptionError: with a one-line reason (not a date, no such day, …).

    >>> [read_date(v) for v in ("2020-03-09", "2020年3月9日", "2020/3/9", 20200309, "Mar 9 2020", None)]
    ['2020-03-09', '2020-03-09', '2020-03-09', '2020-03-09', '2020-03-09', None]
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise OptionError(f"published must be a date string, not {type(value).__name__} {value!r}")
    text = str(value).strip()
    for pattern in (_YMD, _COMPACT):
        match = pattern.match(text + " ")
        if match:
            year, month, day = (int(g) for g in match.groups())
            return _valid_day(year, month, day, text)
    if isinstance(value, int):
        raise OptionError(f"published={value!r}: a number must be written YYYYMMDD")
    for fmt in _ENGLISH_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        import dateparser  # type: ignore[import-not-found]
    except ImportError:
        raise OptionError(f"published={text!r} is not a date pressie reads (YYYY-MM-DD, 2020年3月9日, 2020/3/9, "
                          f"Mar 9 2020; pip install 'pressie[dates]' for more forms)") from None
    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True})
    if parsed is None:
        raise OptionError(f"published={text!r} is not a date")
    return parsed.date().isoformat()


def _valid_day(year: int, month: int, day: int, text: str) -> str:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        if not 1 <= month <= 12:
            raise OptionError(f"published={text!r}: there is no month {month}") from None
        raise OptionError(f"published={text!r}: {year}-{month:02d} has no day {day}") from None


_STRFTIME_PARTS = {"Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{1,2}", "d": r"\d{1,2}", "j": r"\d{1,3}",
                   "b": r"[A-Za-z]{3}", "B": r"[A-Za-z]{3,9}", "%": "%"}


def filename_date_reader(pattern: str):
    """A function path → ``YYYY-MM-DD`` or ``None`` that finds ``pattern`` (strftime) in a path.

    >>> filename_date_reader("%Y%m%d")(Path("archive/rmrb_20200309_04.txt"))
    '2020-03-09'
    >>> filename_date_reader("%Y/%m/%d")(Path("2020/03/09/page4.txt"))
    '2020-03-09'
    """
    parts, k = [], 0
    while k < len(pattern):
        if pattern[k] == "%" and k + 1 < len(pattern):
            code = pattern[k + 1]
            if code not in _STRFTIME_PARTS:
                raise _Usage(f"--published-from-filename: %{code} is not supported "
                             f"(use %Y %y %m %d %j %b %B and literal characters)")
            parts.append(_STRFTIME_PARTS[code])
            k += 2
        else:
            parts.append(re.escape(pattern[k]))
            k += 1
    if not any(code in pattern for code in ("%Y", "%y")):
        raise _Usage("--published-from-filename needs a year (%Y or %y) in the pattern")
    compiled = re.compile("".join(parts))

    def read(path: Path) -> str | None:
        """The date ``pattern`` finds in ``path`` (the last one when several), or ``None``."""
        text = path.as_posix()
        for match in reversed(list(compiled.finditer(text))):
            try:
                return _dt.datetime.strptime(match.group(0), pattern).date().isoformat()
            except ValueError:
                continue
        return None

    read.pattern = pattern  # type: ignore[attr-defined]
    return read


# ---------------------------------------------------------------- reading documents

@dataclass
class _Doc:
    """One document to extract, or the reason it cannot be read."""

    where: str  # file or file:line
    id: str | None = None
    text: str | None = None
    published: str | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    from_filename: bool = False  # its publication date was read from its path


def _kind(name: str) -> str:
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_JSON_SUFFIXES):
        return "json"
    return "text"


def _expand(raw_paths: list[str], recursive: bool) -> Iterator[tuple[str | Path, str | None, str | None]]:
    """(path or "-", error, id of a text file) for each input file named by files, folders and glob patterns.

    A text file's id is its name, or its path under the folder given (``2020/03/p4.txt``).
    """
    for raw in raw_paths:
        if raw == "-":
            yield "-", None, None
            continue
        try:
            found = list(_expand_one(raw, recursive))
        except OSError as error:  # a folder that cannot be listed
            found = [(raw, f"{error.filename or raw}: cannot list: {error.strerror or error}", None)]
        yield from found


def _expand_one(raw: str, recursive: bool) -> Iterator[tuple[str | Path, str | None, str | None]]:
    """(path, None, id) for each input file that one argument names, or (argument, reason, None)."""
    path = Path(raw)
    if path.is_dir():
        walk = path.rglob("*") if recursive else path.glob("*")
        found = sorted(p for p in walk if p.is_file() and p.name.lower().endswith(_KNOWN_SUFFIXES)
                       and not p.name.startswith("."))
        if not found:
            yield raw, f"{raw}: no .txt, .jsonl, .jsonl.gz or .json files in this folder" + (
                "" if recursive else " (--recursive reads its sub-folders)"), None
        yield from ((p, None, p.relative_to(path).as_posix()) for p in found)
    elif path.exists():
        yield path, None, path.name
    elif _GLOB_CHARS.search(raw):
        matches = sorted(glob.glob(raw, recursive=recursive))
        files = [Path(m) for m in matches if Path(m).is_file()]
        if not files:
            yield raw, f"{raw}: no file matches this pattern", None
        yield from ((p, None, p.name) for p in files)
    else:
        yield raw, f"{raw}: no such file or folder", None


def _decode(data: bytes, where: str) -> tuple[str | None, str | None, str | None]:
    """(text, note, error) of the bytes of a text: UTF-32 or UTF-16 by their byte-order mark, else
    UTF-8, else GB18030 with a note; NUL characters in the result mean it was no text."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            if "\x00" in text:
                return None, None, f"{where}: contains NUL characters: not a text file"
            return text, f"{where}: read as {codec.upper()}", None
    try:
        text, note = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            return None, None, (f"{where}: not text: neither UTF-8 (bad byte at {error.start}) nor GB18030/GBK; "
                                f"if it is text in another encoding, convert it to UTF-8 first "
                                f"(e.g. iconv -f BIG5 -t UTF-8 for Big5)")
        note = f"{where}: not UTF-8, read as GB18030 (GBK)"
    if "\x00" in text:
        return None, None, f"{where}: contains NUL bytes: not a text file"
    return text, note, None


def _open_bytes(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _row_doc(row: Any, where: str, default_published: str | None) -> _Doc:
    if not isinstance(row, dict):
        return _Doc(where, error=f"{where}: a document must be a JSON object, not {type(row).__name__}")
    text = row.get("text")
    if not isinstance(text, str):
        what = "no 'text'" if text is None else f"'text' is {type(text).__name__}, not a string"
        return _Doc(where, error=f"{where}: {what}")
    bad = _SURROGATE.search(text)
    if bad:
        return _Doc(where, error=f"{where}: 'text' holds a lone surrogate ({bad.group(0).encode('unicode_escape').decode()}) "
                                 f"at character {bad.start()}: not valid Unicode")
    doc_id = row.get("id")
    if isinstance(doc_id, str) and _SURROGATE.search(doc_id):
        return _Doc(where, error=f"{where}: 'id' holds a lone surrogate: not valid Unicode")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        return _Doc(where, error=f"{where}: 'id' must be a string or a number, not {type(doc_id).__name__}")
    try:
        published = read_date(row.get("published")) or default_published
    except OptionError as error:
        return _Doc(where, id=None if doc_id is None else str(doc_id), error=f"{where}: {error.message}")
    return _Doc(where, id=None if doc_id is None else str(doc_id), text=text, published=published)


def _jsonl_docs(lines: Iterator[bytes], name: str, published: str | None) -> Iterator[_Doc]:
    for number, raw in enumerate(lines, 1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        line, note, error = _decode(raw, where)
        if error or line is None:
            yield _Doc(where, error=error)
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Doc(where, error=f"{where}: not JSON: {exc.msg} (column {exc.colno})")
            continue
        except (RecursionError, ValueError) as exc:  # nested too deep, a number too long to read
            yield _Doc(where, error=f"{where}: not readable JSON: {exc}")
            continue
        doc = _row_doc(row, where, published)
        if doc.id is None and doc.error is None:
            doc.id = where
        if note:
            doc.notes.append(note)
        yield doc


def _file_docs(source: str | Path, published: str | None, date_of_path, stdin: Any,
               label: str | None = None) -> Iterator[_Doc]:
    """The documents of one input (a file or "-")."""
    if source == "-":
        data = stdin.read()
        stripped = data.lstrip()
        if stripped.startswith(b"{"):
            yield from _jsonl_docs(iter(data.splitlines()), "<stdin>", published)
            return
        text, note, error = _decode(data, "<stdin>")
        doc = _Doc("<stdin>", id="stdin", text=text, published=published, error=error)
        if note:
            doc.notes.append(note)
        yield doc
        return
    path = Path(source)
    name = str(path)
    found = date_of_path(path) if date_of_path is not None else None
    docs = _path_docs(path, name, found or published, label)
    if date_of_path is not None and found is None:
        first = next(docs, None)
        if first is not None:
            first.notes.append(f"{name}: no date of the form {date_of_path.pattern} in its path")
            yield first
    for doc in docs:
        doc.from_filename = found is not None and doc.published == found
        yield doc


def _path_docs(path: Path, name: str, published: str | None, label: str | None) -> Iterator[_Doc]:
    kind = _kind(path.name)
    try:
        if kind == "jsonl":
            with _open_bytes(path) as handle:
                yield from _jsonl_docs(iter(handle), name, published)
            return
        with _open_bytes(path) as handle:
            data = handle.read()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield _Doc(name, error=f"{name}: cannot read: {getattr(error, 'strerror', None) or error}")
        return
    text, note, error = _decode(data, name)
    if error or text is None:
        yield _Doc(name, error=error)
        return
    if kind == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield _Doc(name, error=f"{name}:{exc.lineno}: not JSON: {exc.msg} (column {exc.colno})")
            return
        except (RecursionError, ValueError) as exc:
            yield _Doc(name, error=f"{name}: not readable JSON: {exc}")
            return
        rows = value if isinstance(value, list) else [value]
        for k, row in enumerate(rows, 1):
            where = f"{name}: item {k}" if isinstance(value, list) else name
            doc = _row_doc(row, where, published)
            if doc.id is None and doc.error is None:
                doc.id = where
            yield doc
        return
    doc = _Doc(name, id=label or path.name, text=text, published=published)
    if note:
        doc.notes.append(note)
    yield doc


# ---------------------------------------------------------------- writing

def _pretty(data: dict) -> str:
    published = data.get("published")
    if published:
        source = {"given": "given", "dateline": "from the page's dateline", "filename": "from the file's path"}.get(data.get("published_source") or "",
                                                                               data.get("published_source") or "given")
        head = f"published {published} ({source})"
    else:
        head = "no publication date (pass --published; dates without a year are shown as --MM-DD)"
    lines = [f"# {data.get('id')}  {head}"]
    text = data.get("text")
    spans = data.get("blocks") or []
    roles = data.get("block_roles") or []
    for n, article in enumerate(data.get("articles") or [], 1):
        head = article.get("headline") or "(no headline)"
        blocks = ", ".join(str(b) for b in article.get("blocks") or [])
        lines.append(f"[{n}] {article['kind']}: {head}  (blocks {blocks})")
        for key in ("overline", "kicker", "subtitle"):
            if article.get(key):
                lines.append(f"    {key}: {article[key]}")
        if article.get("byline"):
            lines.append("    byline: " + ", ".join(f"{c['name']} ({c['role']})" for c in article["byline"]))
        for event in article.get("events") or []:
            lines.append(f"    * {event['type']} «{event['trigger']}»  when: {_pretty_when(event.get('when'))}")
            for person in event.get("who") or []:
                titles = "、".join(person.get("titles") or [])
                lines.append(f"        who: {person['name']}{' ' + titles if titles else ''} [{person['role']}]")
            if event.get("where"):
                lines.append("        where: " + "、".join(_name(p) for p in event["where"]))
            if event.get("orgs"):
                lines.append("        orgs: " + "、".join(_name(o) for o in event["orgs"]))
            for count in event.get("counts") or []:
                parts = [str(count.get("value")), count.get("unit") or "", count.get("noun") or ""]
                approx = f" ({count['approx']})" if count.get("approx") else ""
                lines.append(f"        count: {' '.join(p for p in parts if p)}{approx}")
    furniture = data.get("furniture") or []
    if furniture:
        items = []
        for index in furniture:
            role = roles[index] if index < len(roles) else "furniture"
            shown = ""
            if text is not None and index < len(spans):
                start, end = spans[index]
                snippet = text[start:end].strip()
                shown = f" «{snippet[:30]}{'…' if len(snippet) > 30 else ''}»"
            items.append(f"block {index}{shown} ({role})")
        lines.append("not in any article: " + "; ".join(items))
    return "\n".join(lines)


def _name(item: Any) -> str:
    return str(item.get("name") or item.get("text")) if isinstance(item, dict) else str(item)


def _pretty_when(when: dict | None) -> str:
    if not when:
        return "no time stated"
    start, end = when.get("start"), when.get("end")
    if not start:
        return f"{when.get('text')} (no date)"
    value = start if not end or end == start else f"{start} … {end}"
    if str(start).startswith("--"):
        value += " (year unknown: no publication date)"
    part = when.get("part_of_day")
    return f"{when.get('text')} → {value}{', ' + part if part else ''}"


class _Writer:
    """Writes results to a file or standard output in one of the formats."""

    #: Documents gathered before their rows go to a Parquet file as one record batch.
    BATCH = 256

    def __init__(self, target: str | None, fmt: str, append: bool, stdout: TextIO, table: str = "events") -> None:
        self.fmt, self.count, self.kind = fmt, 0, table
        self.path = None if target in (None, "-") else Path(target)
        self.handle: TextIO | None = None
        self.pending: list[dict] = []  # documents not yet written as table rows
        self.parquet: Any = None
        self.csv: Any = None
        if fmt == "parquet":
            if self.path is None:
                raise _Usage("--format parquet needs an output file (-o OUT.parquet)")
            from .tables import arrow_schema, require

            try:
                pq = require("pyarrow.parquet", "arrow")
                self.parquet = pq.ParquetWriter(str(self.path), arrow_schema(table))
            except ImportError as error:
                raise _Usage(str(error)) from None
            return
        if self.path is None:
            self.out = stdout
        else:
            mode = "at" if append else "wt"
            if self.path.name.lower().endswith(".gz"):
                self.handle = gzip.open(self.path, mode, encoding="utf-8")  # type: ignore[assignment]
            else:
                self.handle = open(self.path, mode[0], encoding="utf-8")
            self.out = self.handle
        if fmt == "json":
            self.out.write("[")

    def write(self, data: dict) -> None:
        """Write one document; if it cannot be written (text UTF-8 cannot hold), nothing of it is."""
        if self.fmt == "parquet":
            self.pending.append(data)
            if len(self.pending) >= self.BATCH:
                self._flush_parquet()
        else:
            if self.fmt == "jsonl":
                chunk = json.dumps(data, ensure_ascii=False) + "\n"
            elif self.fmt == "json":
                chunk = ("\n" if self.count == 0 else ",\n") + json.dumps(data, ensure_ascii=False, indent=1)
            elif self.fmt == "pretty":
                chunk = _pretty(data) + "\n\n"
            else:
                chunk = self._csv_rows(data)
            chunk.encode("utf-8")  # raises before anything is written
            self.out.write(chunk)
            if self.path is None:
                self.out.flush()
        self.count += 1

    def _csv_rows(self, data: dict) -> str:
        """The table rows of one document as CSV: nested values (lists, structs) as JSON text."""
        import csv

        from .tables import rows

        buffer = io.StringIO()
        for row in rows([data], self.kind):
            writer = csv.DictWriter(buffer, fieldnames=list(row), lineterminator="\n")
            if self.csv is None:
                self.csv = list(row)
                writer.writeheader()
            writer.writerow({key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict))
                             else value for key, value in row.items()})
        return buffer.getvalue()

    def _flush_parquet(self) -> None:
        from .tables import record_batches

        for batch in record_batches(self.pending, self.kind):
            self.parquet.write_batch(batch)
        self.pending.clear()

    def close(self, stdout: TextIO) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "parquet":
            self._flush_parquet()
            self.parquet.close()
        if self.handle is not None:
            self.handle.close()


def _done_ids(path: Path) -> set[str]:
    """Ids already written to a JSON-lines output (for ``--resume``); a cut last line is dropped."""
    if not path.exists():
        return set()
    gz = path.name.lower().endswith(".gz")
    if not gz:
        with path.open("rb+") as handle:
            data = handle.read()
            if data and not data.endswith(b"\n"):
                handle.truncate(data.rfind(b"\n") + 1)  # an interrupted run's unfinished line
    ids = set()
    opener = gzip.open if gz else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
            decoder = json.JSONDecoder()
            for line in handle:
                try:
                    if line.startswith('{"id": '):  # pressie's own lines: read the id only
                        ids.add(str(decoder.raw_decode(line, 7)[0]))
                    else:
                        ids.add(str(json.loads(line).get("id")))
                except (ValueError, AttributeError):
                    continue
    except (OSError, EOFError):
        pass
    return ids


# ---------------------------------------------------------------- progress

class _Progress:
    """Documents done and pages per second on a terminal's standard error; silent otherwise."""

    def __init__(self, enabled: bool, stream: TextIO) -> None:
        self.bar = None
        self.stream = stream if enabled else None
        self.start = self.last = time.perf_counter()
        self.done = self.failed = 0
        if enabled:
            try:
                from tqdm import tqdm  # type: ignore[import-not-found]
            except ImportError:
                return
            self.bar = tqdm(unit=" pages", file=stream, dynamic_ncols=True, leave=False)

    def update(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self.bar is not None:
            self.bar.update(1)
            if failed:
                self.bar.set_postfix(failed=self.failed, refresh=False)
        elif self.stream is not None:
            now = time.perf_counter()
            if now - self.last >= 0.5:
                self.last = now
                rate = self.done / (now - self.start)
                self.stream.write(f"\r{self.done} documents, {rate:.1f} pages/s, {self.failed} failed ")
                self.stream.flush()

    def message(self, line: str, stream: TextIO) -> None:
        if self.bar is not None:
            self.bar.write(line, file=stream)
        else:
            if self.stream is not None:
                self.stream.write("\r\x1b[K")
            print(line, file=stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.stream is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# ---------------------------------------------------------------- extract

def _output_format(args) -> str:
    if args.format:
        return args.format
    if args.output and args.output != "-":
        lower = args.output.lower()
        for suffix in sorted(_FORMAT_OF_SUFFIX, key=len, reverse=True):
            if lower.endswith(suffix):
                return _FORMAT_OF_SUFFIX[suffix]
    return "jsonl"


def _cmd_extract(args, stdin: Any = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from .batch import extract_many
    from .hant import looks_traditional

    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    fmt = _output_format(args)
    jobs = args.jobs
    if jobs < 1:
        raise _Usage("--jobs must be at least 1")
    if args.table != "events" and fmt not in ("parquet", "csv"):
        raise _Usage("--table goes with --format parquet or csv")
    if args.resume and (fmt != "jsonl" or not args.output or args.output == "-"):
        raise _Usage("--resume needs a JSON-lines output file (-o OUT.jsonl)")
    if args.traditional:
        from .hant import available

        if not available():
            raise _Usage("--traditional needs the 'hant' extra: pip install 'pressie[hant]'")
    default_published = None
    if args.published:
        try:
            default_published = read_date(args.published)
        except OptionError as error:
            raise _Usage(f"--published: {error.message}") from None
    date_of_path = filename_date_reader(args.published_from_filename) if args.published_from_filename else None
    segmenter = None
    if args.segmenter == "pkuseg":
        if jobs > 1:
            raise _Usage("--segmenter pkuseg runs in one process: leave out --jobs")
        from .segment import PkusegSegmenter

        try:
            segmenter = PkusegSegmenter()
        except PressieError as exc:
            raise _Usage(str(exc)) from None
    done_ids: set[str] = set()
    if args.output and args.output != "-":
        out_path = Path(args.output)
        try:
            out_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _Usage(f"-o {args.output}: cannot create its folder: {error.strerror}") from None
        if out_path.is_dir():
            raise _Usage(f"-o {args.output} is a folder: give a file name")
        if args.resume:
            done_ids = _done_ids(out_path)
    try:
        writer = _Writer(args.output, fmt, append=bool(args.resume), stdout=stdout, table=args.table)
    except OSError as error:
        raise _Usage(f"-o {args.output}: cannot write: {error.strerror}") from None

    progress = _Progress(args.progress if args.progress is not None else stderr.isatty() and not args.quiet, stderr)
    tally = {"documents": 0, "units": 0, "events": 0, "failed": 0, "skipped": 0, "hints": 0}
    origin: deque = deque()  # the documents sent to extraction, in order

    def say(line: str) -> None:
        if not args.quiet:
            progress.message(line, stderr)

    def fail(line: str) -> None:
        tally["failed"] += 1
        progress.message(f"pressie: {line}", stderr)
        progress.update(failed=True)

    def documents():
        for source, error, label in _expand(args.paths, args.recursive):
            if error:
                fail(error)
                continue
            try:
                for doc in _file_docs(source, default_published, date_of_path, stdin, label):
                    if doc.error:
                        fail(doc.error)
                        continue
                    if done_ids and doc.id in done_ids:
                        tally["skipped"] += 1
                        continue
                    for note in doc.notes:
                        say(f"pressie: note: {note}")
                    origin.append(doc)
                    yield {"text": doc.text, "published": doc.published, "id": doc.id}
            except Exception as exc:  # whatever goes wrong reading one input, the next is read
                fail(f"{source}: cannot read: {type(exc).__name__}: {exc}")

    options: dict[str, Any] = {"traditional": args.traditional, "max_chars": args.max_chars, "mode": args.mode}
    if segmenter is not None:
        options["segmenter"] = segmenter
    start = time.perf_counter()
    try:
        for result in extract_many(documents(), n_process=jobs, on_error="return", output="dict", **options):
            doc = origin.popleft()
            if isinstance(result, Exception):
                reason = result.message if isinstance(result, PressieError) else f"{type(result).__name__}: {result}"
                reason = _POSITION.sub("", reason, count=1)  # the file and line say where
                label = f" (id {doc.id})" if doc.id and doc.id not in (doc.where, Path(doc.where).name) else ""
                fail(f"{doc.where}{label}: {reason}")
                if getattr(result, "details", None):
                    log.debug("%s: %s", doc.where, result.details)  # the traceback, with -v
                continue
            if doc.from_filename and result.get("published_source") == "given":
                result["published_source"] = "filename"  # the date came from the file's path
            if args.no_text and fmt not in ("parquet", "csv"):  # table rows are built from the whole page
                result.pop("text", None)
            try:
                writer.write(result)
            except (UnicodeEncodeError, ValueError, TypeError) as error:  # one document's output, not the run
                fail(f"{doc.where}: cannot write its output: {type(error).__name__}: {error}")
                continue
            articles = result.get("articles") or []
            tally["documents"] += 1
            tally["units"] += len(articles)
            events = sum(len(a.get("events") or []) for a in articles)
            tally["events"] += events
            if not args.traditional and looks_traditional(doc.text):
                tally["hints"] += 1
                if tally["hints"] <= _MAX_NOTES:
                    say(f"pressie: note: {doc.where}: the text looks like traditional characters; "
                        f"--traditional reads them (pip install 'pressie[hant]')")
            progress.update()
    finally:
        progress.close()
        writer.close(stdout)
    elapsed = time.perf_counter() - start
    if not args.quiet:
        extra = f", {tally['skipped']} already in the output" if tally["skipped"] else ""
        if tally["hints"] > _MAX_NOTES:
            extra += f", {tally['hints']} look traditional (--traditional)"
        rate = tally["documents"] / elapsed if elapsed > 0 else 0.0
        print(f"pressie: {_n(tally['documents'], 'document')}, {_n(tally['units'], 'unit')}, "
              f"{_n(tally['events'], 'event')}, {tally['failed']} failed{extra}, {elapsed:.1f} s "
              f"({rate:.1f} documents/s)", file=stderr)
    return 1 if tally["failed"] else 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# ---------------------------------------------------------------- evaluate

def _gold_mode(path: str) -> str:
    """``pages`` when the gold documents carry ``articles`` (units to score), else ``articles``."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    break
                return "pages" if isinstance(row, dict) and "articles" in row else "articles"
    return "articles"


def _cmd_evaluate(args) -> int:
    from .evaluation import format_scores, score_files

    if args.pred in ("articles", "pages") and not Path(args.pred).exists():  # the older `evaluate GOLD MODE`
        args.mode, args.pred = args.mode or args.pred, None
    if not Path(args.gold).is_file():
        raise _Usage(f"{args.gold}: no such file")
    mode = args.mode or _gold_mode(args.gold)
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.pred and not args.run:
            pred = Path(args.pred)
            if not pred.is_file():
                raise _Usage(f"{args.pred}: no such file")
        else:
            pred = Path(args.keep) if args.keep else Path(tmp) / "pred.jsonl"
            ns = argparse.Namespace(paths=[args.gold], output=str(pred), published=None, format="jsonl",
                                    jobs=args.jobs, no_text=True, traditional=args.traditional,
                                    max_chars=_default_max(), mode="auto", segmenter=args.segmenter,
                                    recursive=False, resume=False, published_from_filename=None,
                                    quiet=args.quiet, progress=None, table="events")
            status = _cmd_extract(ns)
        if args.score:
            command = [sys.executable, args.score, mode, args.gold, str(pred)] + (["--json"] if args.json else []) + (
                ["--by-id"] if args.by_id else [])
            return subprocess.run(command).returncode or status
        per_document: dict | None = {} if args.by_id else None
        try:
            result = score_files(args.gold, pred, mode, per_document=per_document)
        except (OptionError, KeyError, TypeError) as error:
            raise _Usage(f"cannot score {args.gold}: {error}") from None
    for key, s in (per_document or {}).items():
        print(f"{key}\tf1={s['f1']:.3f}\ttp={s['tp']} fp={s['fp']} fn={s['fn']}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False) if args.json else format_scores(result))
    return status


def _default_max() -> int:
    from . import DEFAULT_MAX_CHARS

    return DEFAULT_MAX_CHARS


# ---------------------------------------------------------------- models, check

def _cmd_models(args) -> int:
    from .segment import MODELS, fetch, locate

    if args.action == "fetch":
        try:
            path = fetch(args.name, dest=args.dir, wheel=args.wheel)
        except PressieError as exc:
            print(f"pressie: {exc}", file=sys.stderr)
            return 1
        print(f"{args.name}: verified and cached in {path}")
        return 0
    status = 0
    for name in sorted(MODELS) if args.action == "list" else [args.name]:
        try:
            print(f"{name}: installed ({locate(name, dest=args.dir)})")
        except PressieError as exc:
            print(f"{name}: not installed ({exc.message})" if args.action == "list" else f"{name}: {exc.message}")
            # Listing is a question, not a check: a model that is not installed is an answer.
            status = 0 if args.action == "list" else 1
    return status


def _cmd_check(args) -> int:
    from .core import extract
    from .lexicon import Triggers, load_all
    from .vocabulary import Vocabulary

    loaded = load_all()  # every file parses and passes its checks
    keys = Vocabulary.keys()
    for key in keys:
        Vocabulary.default().words(key)
    triggers = Triggers.default()
    # Build every finder's and stage's patterns once (their own checks run when they are built).
    extract("本报讯 3月6日,区委召开常委会,区委书记张明主持会议。", published="2020-03-09")
    print(f"pressie {__version__}: {len(loaded)} resource files, {len(keys)} word lists, "
          f"{len(triggers.types)} event types and {len(triggers.cues)} cue lists valid")
    return 0


# ---------------------------------------------------------------- main

def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log debug messages to stderr")
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="no notes, progress or summary on stderr (failures are still reported)")
    parser = argparse.ArgumentParser(prog="pressie", parents=[common],
                                     description="Chinese newspaper text to article units and events.")
    parser.add_argument("--version", action="version", version=f"pressie {__version__}")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("extract", parents=[common], help="extract pages and articles to JSON lines (or tables)",
                       description="PATH: files, folders, glob patterns or - (standard input). .txt: one page per "
                                   "file; .jsonl/.jsonl.gz: id/text/published per line; .json: an object or a list.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", help="output file (default: standard output); .gz is compressed; "
                                          "the format follows the suffix unless --format is given")
    p.add_argument("--format", choices=_FORMATS, default=None,
                   help="jsonl (default), json (one list), pretty (for reading), parquet or csv (one row per event)")
    p.add_argument("--table", choices=("events", "articles", "pages"), default="events",
                   help="with parquet or csv: one row per event (default), per article or per document")
    p.add_argument("-r", "--recursive", action="store_true", help="also read the sub-folders of folders")
    p.add_argument("--published", help="publication date for documents that do not give one "
                                       "(2020-03-09, 2020年3月9日, 2020/3/9, Mar 9 2020, …)")
    p.add_argument("--published-from-filename", metavar="PATTERN",
                   help="read the publication date from each file's path with this strftime pattern (%%Y%%m%%d, "
                        "%%Y/%%m/%%d, …); a document's own 'published' still wins")
    p.add_argument("--resume", action="store_true", help="skip documents whose id is already in the -o file and append")
    p.add_argument("--no-text", action="store_true", help="leave the page text out of the JSON")
    p.add_argument("--traditional", action="store_true", help="also match traditional characters (needs pressie[hant])")
    p.add_argument("--max-chars", type=int, default=_default_max(), help="largest document accepted")
    p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--mode", choices=("auto", "page", "article"), default="auto",
                   help="read each document as a page, as one article, or decide (default)")
    p.add_argument("--segmenter", choices=("none", "pkuseg"), default="none",
                   help="word boundaries as extra evidence (pkuseg: needs pressie[pkuseg] and `pressie models fetch`)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.set_defaults(func=_cmd_extract)
    e = sub.add_parser("evaluate", parents=[common], help="score predictions (or a fresh run) against a gold file",
                       description="Score PRED (pressie extract output) against GOLD, or run pressie on GOLD's texts "
                                   "first (--run, or no PRED). The gold format: docs/evaluation.md.")
    e.add_argument("gold", metavar="GOLD")
    e.add_argument("pred", metavar="PRED", nargs="?", default=None)
    e.add_argument("--run", action="store_true", help="extract GOLD's texts and score that (the default without PRED)")
    e.add_argument("--mode", choices=("articles", "pages"), default=None,
                   help="pages: also score article units (default: pages when the gold lists articles)")
    e.add_argument("--keep", metavar="PRED", help="with --run: also write the predictions to this file")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--by-id", action="store_true", help="also print each document's all-slot scores on stderr")
    e.add_argument("--score", metavar="SCORE.py", help="score with this external scorer script instead")
    e.add_argument("--jobs", "-j", type=int, default=1, help="with --run: worker processes")
    e.add_argument("--traditional", action="store_true", help="with --run: as for extract")
    e.add_argument("--segmenter", choices=("none", "pkuseg"), default="none", help="with --run: as for extract")
    e.set_defaults(func=_cmd_evaluate)
    m = sub.add_parser("models", parents=[common],
                       help="optional models: fetch (through pip from PyPI, checksummed), list, check")
    m.add_argument("action", choices=("fetch", "list", "check"))
    m.add_argument("name", nargs="?", default="pkuseg-mixed", help="model name (default: pkuseg-mixed)")
    m.add_argument("--dir", help="model cache folder (default: $PRESSIE_MODELS or ~/.cache/pressie/models)")
    m.add_argument("--wheel", help="fetch: use this already downloaded wheel instead of calling pip")
    m.set_defaults(func=_cmd_models)
    c = sub.add_parser("check", parents=[common], help="load and validate every resource file")
    c.set_defaults(func=_cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    args.verbose = getattr(args, "verbose", False)
    args.quiet = getattr(args, "quiet", False)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except _Usage as error:
        print(f"pressie {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pressie: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
