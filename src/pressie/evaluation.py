"""Scoring pressie's output against gold files: :func:`score` and ``pressie evaluate``.

A gold file is JSON lines, one document per line (the format is described in
``docs/evaluation.md``); a prediction file is what ``pressie extract`` writes.
Events are compared as sets of tuples per article, micro-averaged over the file:

======  ==========================================
slot    tuple
======  ==========================================
event   (type, start day)
when    (type, start day, end day)
who     (type, name)
title   (type, name, title) for each title
role    (type, name, role)
where   (type, place)
org     (type, organisation)
count   (type, value, unit, noun)
======  ==========================================

Names, places, titles, units and nouns are compared without white space and
without a trailing 的. Where a gold date has no year (``--03-06``), a predicted
full date with the same month and day counts as right. ``all`` pools every
slot but ``event``.

``pages`` mode also scores article units over the blocks (non-blank lines) of
each page: B-cubed precision / recall / F1, the share of gold articles
reproduced exactly, and furniture precision / recall; each predicted article's
events are scored against the gold article it shares the most blocks with.

>>> gold = [{"id": "a", "events": [{"type": "meeting", "when": {"start": "--03-06"}}]}]
>>> pred = [{"id": "a", "events": [{"type": "meeting", "when": {"start": "2020-03-06"}}]}]
>>> score(gold, pred, "articles")["slots"]["event"]["f1"]
1.0
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import OptionError

__all__ = ["SLOTS", "score", "score_files", "read_jsonl", "format_scores"]

SLOTS = ("event", "when", "who", "title", "role", "where", "org", "count")
MODES = ("articles", "pages")


# ---------------------------------------------------------------- reading

def read_jsonl(path: str | Path) -> dict[Any, dict]:
    """The documents of a JSON-lines file (``.gz``: compressed) by ``id`` (a later line with the same id wins).

    Raises:
        OptionError: for a line that is not a JSON object, naming file and line.
    """
    rows: dict[Any, dict] = {}
    opener = gzip.open if str(path).lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise OptionError(f"{path}:{number}: not JSON: {error.msg}") from None
            if not isinstance(row, dict):
                raise OptionError(f"{path}:{number}: a line must be a JSON object")
            rows[row.get("id")] = row
    return rows


def _by_id(rows: Iterable[Mapping] | Mapping[Any, Mapping]) -> dict[Any, Mapping]:
    if isinstance(rows, Mapping):
        return dict(rows)
    out: dict[Any, Mapping] = {}
    for row in rows:
        out[row.get("id")] = row
    return out


# ---------------------------------------------------------------- tuples

def _day(value: Any) -> str | None:
    if not value:
        return None
    value = str(value)
    return value[:7] if value.startswith("--") else value[:10]


def _clean(text: Any) -> str | None:
    if text is None:
        return None
    text = "".join(str(text).split())
    return text.rstrip("的")


def _number(value: Any) -> int | float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return round(value, 4)
    return int(value) if value == int(value) else round(value, 4)


def _name_of(item: Any, *keys: str) -> Any:
    if isinstance(item, Mapping):
        for key in keys:
            if item.get(key):
                return item[key]
        return None
    return item


def event_tuples(events: Iterable[Mapping] | None) -> dict[str, set]:
    """The scored tuples of a list of event dicts (gold or predicted), slot by slot."""
    out: dict[str, set] = {slot: set() for slot in SLOTS}
    for event in events or ():
        kind = event.get("type")
        when = event.get("when") or {}
        start = _day(when.get("start"))
        end = _day(when.get("end") or when.get("start"))
        out["event"].add((kind, start))
        if start:
            out["when"].add((kind, start, end))
        for person in event.get("who") or ():
            name = _clean(person.get("name"))
            if not name:
                continue
            out["who"].add((kind, name))
            out["title"].update((kind, name, _clean(title)) for title in person.get("titles") or ())
            if person.get("role"):
                out["role"].add((kind, name, person["role"]))
        for place in event.get("where") or ():
            place = _clean(_name_of(place, "name", "text"))
            if place:
                out["where"].add((kind, place))
        for org in event.get("orgs") or ():
            org = _clean(_name_of(org, "name"))
            if org:
                out["org"].add((kind, org))
        for count in event.get("counts") or ():
            out["count"].add((kind, _number(count.get("value")), _clean(count.get("unit")), _clean(count.get("noun"))))
    return out


def _yearless(value: Any) -> Any:
    return "--" + value[5:10] if value and not value.startswith("--") else value


def _match_yearless(item: tuple, gold: set) -> tuple:
    """A predicted (type, date…) tuple as the gold has it when the gold date has no year."""
    if item in gold:
        return item
    reduced = (item[0],) + tuple(_yearless(v) for v in item[1:])
    return reduced if reduced in gold else item


class _Counts:
    """True positives, false positives and false negatives per slot."""

    def __init__(self) -> None:
        self.tp: Counter = Counter()
        self.fp: Counter = Counter()
        self.fn: Counter = Counter()

    def add(self, gold_events: Any, pred_events: Any) -> None:
        gold, pred = event_tuples(gold_events), event_tuples(pred_events)
        for slot in ("event", "when"):
            pred[slot] = {_match_yearless(item, gold[slot]) for item in pred[slot]}
        for slot in SLOTS:
            self.tp[slot] += len(gold[slot] & pred[slot])
            self.fp[slot] += len(pred[slot] - gold[slot])
            self.fn[slot] += len(gold[slot] - pred[slot])

    def merge(self, other: "_Counts") -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    def table(self) -> dict[str, dict[str, float | int]]:
        result = {}
        pooled = [slot for slot in SLOTS if slot != "event"]
        for slot in SLOTS + ("all",):
            names = pooled if slot == "all" else [slot]
            tp = sum(self.tp[s] for s in names)
            fp = sum(self.fp[s] for s in names)
            fn = sum(self.fn[s] for s in names)
            p = _ratio(tp, tp + fp)
            r = _ratio(tp, tp + fn)
            f = _ratio(2 * p * r, p + r)
            result[slot] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}
        return result


def _ratio(num: float, den: float, empty: float = 0.0) -> float:
    return num / den if den else empty


def _predicted_events(row: Mapping) -> list:
    """A prediction's events: its own ``events`` or those of all its articles."""
    if "events" in row:
        return list(row.get("events") or [])
    return [event for article in row.get("articles") or () for event in article.get("events") or ()]


# ---------------------------------------------------------------- scoring

def score(gold: Iterable[Mapping] | Mapping[Any, Mapping], pred: Iterable[Mapping] | Mapping[Any, Mapping],
          mode: str = "articles", *, per_document: dict | None = None) -> dict[str, Any]:
    """Scores of predictions against gold documents.

    Args:
        gold: gold documents (dicts with ``id``), or a mapping id → document.
        pred: predicted documents (``pressie extract`` output as dicts) likewise.
        mode: ``"articles"`` (events only) or ``"pages"`` (article units too).
        per_document: when given, filled with each document's ``all``-slot scores by id.

    Returns:
        ``{"slots": {slot: {"p", "r", "f1", "tp", "fp", "fn"}}, "documents": n,
        "missing_predictions": n}`` and, for pages, ``"units"``.
    """
    if mode not in MODES:
        raise OptionError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    gold_rows, pred_rows = _by_id(gold), _by_id(pred)
    return (_score_articles if mode == "articles" else _score_pages)(gold_rows, pred_rows, per_document)


def score_files(gold: str | Path, pred: str | Path, mode: str = "articles", *,
                per_document: dict | None = None) -> dict[str, Any]:
    """:func:`score` of two JSON-lines files."""
    return score(read_jsonl(gold), read_jsonl(pred), mode, per_document=per_document)


def _score_articles(gold: dict, pred: dict, per_document: dict | None) -> dict[str, Any]:
    total = _Counts()
    missing = 0
    for key, row in gold.items():
        missing += key not in pred
        events = _predicted_events(pred.get(key) or {})
        if per_document is None:
            total.add(row.get("events"), events)
            continue
        one = _Counts()  # the document's own counts, added to the total rather than counted again
        one.add(row.get("events"), events)
        per_document[key] = one.table()["all"]
        total.merge(one)
    return {"slots": total.table(), "documents": len(gold), "missing_predictions": missing}


def _score_pages(gold: dict, pred: dict, per_document: dict | None) -> dict[str, Any]:
    total = _Counts()
    precision_sum = recall_sum = 0.0
    blocks_seen = articles_seen = exact = missing = 0
    furniture = Counter()
    for key, page in gold.items():
        missing += key not in pred
        predicted_page = pred.get(key) or {}
        predicted = list(predicted_page.get("articles") or [])
        gold_article: dict[int, int] = {}
        for index, article in enumerate(page["articles"]):
            for block in article["blocks"]:
                gold_article[block] = index
        pred_article: dict[int, int] = {}
        for index, article in enumerate(predicted):
            for block in article.get("blocks") or ():
                pred_article.setdefault(block, index)
        gold_members: dict[int, set] = defaultdict(set)
        for block, index in gold_article.items():
            gold_members[index].add(block)
        pred_members: dict[int, set] = defaultdict(set)
        for block, index in pred_article.items():
            pred_members[index].add(block)
        scored = set(gold_article)
        for block, index in gold_article.items():
            mine = gold_members[index]
            theirs = pred_members[pred_article[block]] & scored if block in pred_article else {block}
            shared = len(mine & theirs)
            precision_sum += shared / len(theirs)
            recall_sum += shared / len(mine)
            blocks_seen += 1
        predicted_sets = {frozenset(article.get("blocks") or ()) for article in predicted}
        for article in page["articles"]:
            articles_seen += 1
            exact += frozenset(article["blocks"]) in predicted_sets
        gold_furniture = set(page.get("furniture") or ())
        pred_furniture = set(predicted_page.get("furniture") or ())
        furniture["tp"] += len(gold_furniture & pred_furniture)
        furniture["fp"] += len(pred_furniture - gold_furniture)
        furniture["fn"] += len(gold_furniture - pred_furniture)
        # Each predicted article's events go to the gold article it shares the most blocks with.
        matched: dict[int, list] = defaultdict(list)
        for article in predicted:
            overlap = Counter(gold_article[b] for b in article.get("blocks") or () if b in gold_article)
            if overlap:
                matched[overlap.most_common(1)[0][0]].extend(article.get("events") or ())
        one = _Counts() if per_document is not None else total
        for index, article in enumerate(page["articles"]):
            one.add(article.get("events"), matched.get(index, []))
        if per_document is not None:
            per_document[key] = one.table()["all"]
            total.merge(one)
    p = _ratio(precision_sum, blocks_seen)
    r = _ratio(recall_sum, blocks_seen)
    f = _ratio(2 * p * r, p + r)
    # No furniture predicted is perfectly precise; none to find is perfectly recalled.
    furniture_p = _ratio(furniture["tp"], furniture["tp"] + furniture["fp"], 1.0)
    furniture_r = _ratio(furniture["tp"], furniture["tp"] + furniture["fn"], 1.0)
    return {
        "units": {"bcubed_p": round(p, 4), "bcubed_r": round(r, 4), "bcubed_f1": round(f, 4),
                  "exact_articles": round(exact / articles_seen, 4) if articles_seen else 0.0,
                  "furniture_p": round(furniture_p, 4), "furniture_r": round(furniture_r, 4)},
        "slots": total.table(), "documents": len(gold), "missing_predictions": missing,
    }


def format_scores(result: Mapping[str, Any]) -> str:
    """The scores as the table ``pressie evaluate`` prints."""
    lines = []
    if "units" in result:
        u = result["units"]
        lines.append(f"article units  B3 P {u['bcubed_p']:.3f}  R {u['bcubed_r']:.3f}  F1 {u['bcubed_f1']:.3f}  "
                     f"exact {u['exact_articles']:.3f}  furniture P {u['furniture_p']:.3f} R {u['furniture_r']:.3f}")
    lines.append(f"{'slot':8}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for slot, s in result["slots"].items():
        lines.append(f"{slot:8}{s['p']:8.3f}{s['r']:8.3f}{s['f1']:8.3f}{s['tp']:6}{s['fp']:6}{s['fn']:6}")
    lines.append(f"documents {result['documents']}  without a prediction {result['missing_predictions']}")
    return "\n".join(lines)
