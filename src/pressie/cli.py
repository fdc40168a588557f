"""The ``pressie`` command: extract pages to JSON lines, evaluate against gold files.

    pressie extract PATH... [-o OUT.jsonl] [--published DATE] [--format jsonl|json|pretty] [--jobs N]
    pressie evaluate GOLD.jsonl [articles|pages] [--score PATH/score.py]
    pressie models fetch|list|check [NAME] [--dir DIR] [--wheel FILE]
    pressie check
    pressie --version
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator, TextIO

from ._version import __version__
from .errors import NotTextError, PressieError

log = logging.getLogger("pressie")


def _documents(path: Path, published: str | None) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    """Yield (id, text, published, error) for each document of a file."""
    name = str(path)
    if path.suffix == ".jsonl":
        try:
            handle = path.open("rb")
        except OSError as error:
            yield name, None, None, f"{name}: cannot open: {error.strerror}"
            return
        with handle:
            for number, raw in enumerate(handle, 1):
                where = f"{name}:{number}"
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError:
                    yield where, None, None, f"{where}: not UTF-8"
                    continue
                except json.JSONDecodeError as error:
                    yield where, None, None, f"{where}: not JSON: {error.msg}"
                    continue
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    yield where, None, None, f"{where}: a line needs an object with a string 'text'"
                    continue
                doc_id = row.get("id")
                yield (str(doc_id) if doc_id is not None else where), row["text"], row.get("published", published) or published, None
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield name, None, None, f"{name}: cannot read: {error.strerror}"
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield path.name, None, None, f"{name}: not UTF-8 text"
        return
    if "\x00" in text:
        yield path.name, None, None, f"{name}: {NotTextError('contains NUL bytes: not a text file').args[0]}"
        return
    yield path.name, text, published, None


def _write(out: TextIO, data: dict, fmt: str) -> None:
    if fmt == "jsonl":
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(_pretty(data) + "\n")


def _pretty(data: dict) -> str:
    lines = [f"# {data.get('id')}  published={data.get('published')} ({data.get('published_source')})"]
    roles = data.get("block_roles") or []
    for n, article in enumerate(data.get("articles") or [], 1):
        head = article.get("headline") or "(no headline)"
        lines.append(f"[{n}] {article['kind']}: {head}  blocks={article['blocks']}")
        for key in ("overline", "kicker", "subtitle"):
            if article.get(key):
                lines.append(f"    {key}: {article[key]}")
        if article.get("byline"):
            lines.append("    byline: " + ", ".join(f"{c['name']} ({c['role']})" for c in article["byline"]))
        for event in article.get("events") or []:
            when = event.get("when") or {}
            value = when.get("start")
            if when.get("end") and when.get("end") != value:
                value = f"{value} … {when['end']}"
            lines.append(f"    * {event['type']} «{event['trigger']}» when={when.get('text')} → {value}")
            for person in event.get("who") or []:
                lines.append(f"        who: {person['name']} {'、'.join(person['titles'])} [{person['role']}]")
            if event.get("where"):
                lines.append("        where: " + "、".join(event["where"]))
            if event.get("orgs"):
                lines.append("        orgs: " + "、".join(o["name"] for o in event["orgs"]))
            for count in event.get("counts") or []:
                lines.append(f"        count: {count['value']} {count['unit']} {count['noun'] or ''} {count['approx'] or ''}".rstrip())
    furniture = data.get("furniture") or []
    if furniture:
        lines.append(f"furniture: {furniture}  roles: {[roles[i] for i in furniture if i < len(roles)]}")
    return "\n".join(lines)


def _cmd_extract(args) -> int:
    from collections import deque

    from .batch import extract_many

    jobs = getattr(args, "jobs", 1)
    if jobs < 1:
        print("pressie: --jobs must be at least 1", file=sys.stderr)
        return 2
    segmenter = None
    if getattr(args, "segmenter", None) == "pkuseg":
        if jobs > 1:
            print("pressie: --segmenter pkuseg runs in one process: leave out --jobs", file=sys.stderr)
            return 2
        from .segment import PkusegSegmenter

        try:
            segmenter = PkusegSegmenter()
        except PressieError as exc:
            print(f"pressie: {exc}", file=sys.stderr)
            return 2
    counts = {"failed": 0, "done": 0}
    origin: deque = deque()  # (path, id) of the documents sent, in order

    def documents():
        for raw in args.paths:
            path = Path(raw)
            if not path.exists():
                print(f"pressie: {raw}: no such file", file=sys.stderr)
                counts["failed"] += 1
                continue
            for doc_id, text, published, error in _documents(path, args.published):
                if error:
                    print(f"pressie: {error}", file=sys.stderr)
                    counts["failed"] += 1
                    continue
                origin.append((path, doc_id))
                yield {"text": text, "published": published, "id": doc_id}

    out: TextIO
    handle = None
    if args.output and args.output != "-":
        handle = open(args.output, "w", encoding="utf-8")
        out = handle
    else:
        out = sys.stdout
    options = {"traditional": args.traditional, "max_chars": args.max_chars, "mode": args.mode}
    if segmenter is not None:
        options["segmenter"] = segmenter
    try:
        for result in extract_many(documents(), n_process=jobs, on_error="return", output="dict", **options):
            path, doc_id = origin.popleft()
            if isinstance(result, PressieError):
                print(f"pressie: {path}: {doc_id}: {result}", file=sys.stderr)
                counts["failed"] += 1
                continue
            if args.no_text:
                result.pop("text", None)
            _write(out, result, args.format)
            counts["done"] += 1
    finally:
        if handle:
            handle.close()
    if counts["failed"]:
        print(f"pressie: {counts['failed']} document(s) failed, {counts['done']} written", file=sys.stderr)
        return 1
    return 0


def _find_score(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        cand = base.parent / "shared" / "eval" / "score.py"
        if cand.exists():
            return cand
    return None


def _cmd_evaluate(args) -> int:
    score = _find_score(args.score)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        ns = argparse.Namespace(paths=[args.gold], output=str(pred), published=None, format="jsonl", jobs=1,
                                no_text=True, traditional=False, max_chars=_default_max(), mode="auto",
                                segmenter=getattr(args, "segmenter", "none"))
        status = _cmd_extract(ns)
        if args.keep:
            Path(args.keep).write_bytes(pred.read_bytes())
        if score is None or not score.exists():
            print("pressie: score.py not found (pass --score PATH); predictions were written" +
                  (f" to {args.keep}" if args.keep else ""), file=sys.stderr)
            return 2
        result = subprocess.run([sys.executable, str(score), args.mode, args.gold, str(pred)] + (["--json"] if args.json else []))
        return result.returncode or status


def _default_max() -> int:
    from .core import DEFAULT_MAX_CHARS

    return DEFAULT_MAX_CHARS


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
            print(f"{name}: ok ({locate(name, dest=args.dir)})")
        except PressieError as exc:
            print(f"{name}: {exc.message}")
            status = 1
    return status


def _cmd_check(args) -> int:
    from .lexicon import load_all

    loaded = load_all()
    print(f"pressie {__version__}: {len(loaded)} resources valid")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pressie", description="Chinese newspaper text to article units and events.")
    parser.add_argument("--version", action="version", version=f"pressie {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("extract", help="extract pages (.txt: one page per file; .jsonl: id/text/published per line)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for documents that do not give one")
    p.add_argument("--format", choices=("jsonl", "json", "pretty"), default="jsonl")
    p.add_argument("--no-text", action="store_true", help="leave the page text out of the JSON")
    p.add_argument("--traditional", action="store_true", help="also match traditional characters (needs pressie[hant])")
    p.add_argument("--max-chars", type=int, default=_default_max(), help="largest document accepted")
    p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--mode", choices=("auto", "page", "article"), default="auto",
                   help="read each document as a page, as one article, or decide (default)")
    p.add_argument("--segmenter", choices=("none", "pkuseg"), default="none",
                   help="word boundaries as extra evidence (pkuseg: needs pressie[pkuseg] and `pressie models fetch`)")
    p.set_defaults(func=_cmd_extract)
    e = sub.add_parser("evaluate", help="run on a gold file and score it with shared/eval/score.py")
    e.add_argument("gold")
    e.add_argument("mode", nargs="?", choices=("articles", "pages"), default=None)
    e.add_argument("--score", help="path of score.py (default: ../shared/eval/score.py)")
    e.add_argument("--keep", help="also write the predictions to this file")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--segmenter", choices=("none", "pkuseg"), default="none", help="as for extract")
    e.set_defaults(func=_cmd_evaluate)
    m = sub.add_parser("models", help="optional models: fetch (through pip from PyPI, checksummed), list, check")
    m.add_argument("action", choices=("fetch", "list", "check"))
    m.add_argument("name", nargs="?", default="pkuseg-mixed", help="model name (default: pkuseg-mixed)")
    m.add_argument("--dir", help="model cache folder (default: $PRESSIE_MODELS or ~/.cache/pressie/models)")
    m.add_argument("--wheel", help="fetch: use this already downloaded wheel instead of calling pip")
    m.set_defaults(func=_cmd_models)
    c = sub.add_parser("check", help="load and validate every resource file")
    c.set_defaults(func=_cmd_check)
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "extract" and args.published:
        from .times import coerce_date

        try:
            coerce_date(args.published)
        except PressieError as error:
            print(f"pressie: --published: {error}", file=sys.stderr)
            return 2
    if args.command == "evaluate" and args.mode is None:
        args.mode = "pages" if "page" in os.path.basename(args.gold) else "articles"
    try:
        return args.func(args)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
