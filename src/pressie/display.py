"""HTML views of pages, articles and events, for notebooks and for files.

The text is shown as written, one line per block, with each article unit
outlined in its own box and the evidence of its events highlighted by slot —
trigger, who (and titles), when, where, org, count — in the manner of
spaCy's displaCy: a coloured mark with a small label, and a legend. Every
character of the text goes through :func:`html.escape`, so markup in the
input (``<script>``…) stays text. :class:`~pressie.records.Page`,
:class:`~pressie.records.Article` and :class:`~pressie.records.Event` call
:func:`to_html` from their ``_repr_html_``; :func:`display` writes a
standalone HTML file.
"""

from __future__ import annotations

import html
import os
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Union

from .records import Article, Event, Page, Span, TimeExpr

__all__ = ["SLOTS", "to_html", "display"]

#: The highlighted slots, in priority order (when two overlap, the earlier wins), with their colours.
SLOTS: tuple[tuple[str, str], ...] = (
    ("trigger", "#ffd166"),
    ("who", "#a6e3a1"),
    ("title", "#d5f2d0"),
    ("when", "#9ccbff"),
    ("where", "#fdb98a"),
    ("org", "#d3b4f7"),
    ("count", "#f7a8c0"),
)
_RANK = {name: i for i, (name, _) in enumerate(SLOTS)}

Record = Union[Page, Article, Event]

_CSS = """
.pressie{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
 line-height:2.1;font-size:15px;color:#1f2328;background:#fff;padding:.5em;max-width:60em}
.pressie .pressie-legend{margin:0 0 .6em;line-height:1.8}
.pressie .pressie-key{display:inline-block;padding:0 .5em;margin-right:.3em;border-radius:.3em;font-size:.8em}
.pressie .pressie-unit{border:2px solid #8c959f;border-radius:.5em;padding:.2em .8em .4em;margin:0 0 .8em}
.pressie .pressie-unit[data-kind=photo]{border-style:dashed}
.pressie .pressie-rest{border:1px dotted #c0c6cc;border-radius:.5em;padding:.2em .8em;margin:0 0 .8em;color:#6e7781}
.pressie .pressie-head{font-size:.78em;color:#57606a;font-weight:600;border-bottom:1px solid #d0d7de;margin-bottom:.2em}
.pressie .pressie-block{white-space:pre-wrap;margin:0}
.pressie .pressie-block[data-role=headline]{font-weight:700;font-size:1.1em}
.pressie .pressie-evidence{background:#f3f4f6;border-bottom:1px dotted #8c959f}
.pressie mark{padding:.15em .3em;margin:0 .1em;border-radius:.35em;line-height:1;color:inherit}
.pressie .pressie-label{font-size:.62em;font-weight:700;text-transform:uppercase;margin-left:.35em;
 vertical-align:middle;opacity:.75}
.pressie .pressie-events{font-size:.85em;margin:.3em 0 0;padding-left:1.6em;line-height:1.6;color:#32383f}
.pressie .pressie-slots{border-collapse:collapse;font-size:.85em;line-height:1.5;margin-top:.3em}
.pressie .pressie-slots th{text-align:left;padding:.1em .8em .1em 0;color:#57606a;font-weight:600}
"""


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    slot: str
    label: str
    tip: str


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _style() -> str:
    colours = "".join(
        f'.pressie mark[data-slot={name}],.pressie .pressie-key[data-slot={name}]{{background:{colour}}}'
        for name, colour in SLOTS
    )
    return f"<style>{_CSS}{colours}</style>"


def _legend() -> str:
    keys = "".join(f'<span class="pressie-key" data-slot="{name}">{name}</span>' for name, _ in SLOTS)
    return f'<div class="pressie-legend">{keys}</div>'


def _when_value(when: TimeExpr) -> str:
    """``2020-03-06 (morning)``, ``2020-03-02 → 2020-03-04``, or ``unresolved``."""
    value = " → ".join(dict.fromkeys(v for v in (when.start_value, when.end_value) if v)) or "unresolved"
    return f"{value} ({when.part_of_day})" if when.part_of_day else value


def _event_marks(event: Event) -> list[_Mark]:
    """Every highlighted span of one event, with its slot, label and tooltip."""
    marks = [_Mark(event.trigger.start, event.trigger.end, "trigger", event.type,
                   f"{event.type} (confidence {event.confidence:.2f})")]
    for person in event.who:
        marks.append(_Mark(person.start, person.end, "who", person.role or "who", f"who: {person.role or '?'}"))
        marks.extend(_Mark(t.start, t.end, "title", "title", f"title of {person.text}") for t in person.titles)
    if event.when is not None:
        marks.append(_Mark(event.when.start, event.when.end, "when", "when", f"when: {_when_value(event.when)}"))
    marks.extend(_Mark(p.start, p.end, "where", "where", f"where: {p.kind}") for p in event.where)
    marks.extend(_Mark(o.start, o.end, "org", "org", f"org: {o.role}") for o in event.orgs)
    for q in event.counts:
        noun = "" if q.noun is None else f" {q.noun.text}"
        marks.append(_Mark(q.start, q.end, "count", "count", f"count: {q.value}{q.unit or ''}{noun}"))
    return marks


def _resolve(marks: Iterable[_Mark]) -> list[_Mark]:
    """Non-overlapping marks, by slot priority then length then position; sorted by start."""
    kept: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (_RANK[m.slot], m.start - m.end, m.start)):
        # A non-empty mark with the span of a kept one overlaps it, so the overlap test covers repeats too.
        if mark.end > mark.start and not any(mark.start < k.end and k.start < mark.end for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _plain(text: str, start: int, evidence: list[tuple[int, int]]) -> str:
    """``text`` (which starts at page offset ``start``) escaped, its evidence parts wrapped."""
    end = start + len(text)
    out: list[str] = []
    pos = start
    k = max(bisect_right(evidence, (start, end)) - 1, 0)
    for ev_start, ev_end in evidence[k:]:
        if ev_start >= end:
            break
        lo, hi = max(ev_start, pos), min(ev_end, end)
        if lo >= hi:
            continue
        out.append(_esc(text[pos - start:lo - start]))
        out.append(f'<span class="pressie-evidence">{_esc(text[lo - start:hi - start])}</span>')
        pos = hi
    out.append(_esc(text[pos - start:]))
    return "".join(out)


def _piece(text: str, start: int, marks: list[_Mark], evidence: list[tuple[int, int]]) -> str:
    """One stretch of text at page offset ``start`` with the marks inside it (clipped to it)."""
    end = start + len(text)
    out: list[str] = []
    pos = start
    for mark in marks:
        lo, hi = max(mark.start, start), min(mark.end, end)
        if lo >= hi or lo < pos:
            continue
        out.append(_plain(text[pos - start:lo - start], pos, evidence))
        out.append(f'<mark data-slot="{mark.slot}" title="{_esc(mark.tip)}">{_esc(text[lo - start:hi - start])}'
                   f'<span class="pressie-label">{_esc(mark.label)}</span></mark>')
        pos = hi
    out.append(_plain(text[pos - start:], pos, evidence))
    return "".join(out)


def _summary(event: Event) -> str:
    when = None if event.when is None else (event.when.start_value or event.when.text)
    parts = [f"<b>{_esc(event.type)}</b> {_esc(event.trigger.text)}"]
    if when:
        parts.append(f"when {_esc(when)}")
    if event.who:
        parts.append("who " + "、".join(_esc(p.text) + (f" ({_esc(p.role)})" if p.role else "") for p in event.who))
    if event.where:
        parts.append("where " + "、".join(_esc(p.text) for p in event.where))
    if event.orgs:
        parts.append("orgs " + "、".join(_esc(o.text) for o in event.orgs))
    if event.counts:
        parts.append("counts " + "、".join(_esc(q.text) for q in event.counts))
    return " · ".join(parts)


def _events_list(events: tuple[Event, ...]) -> str:
    if not events:
        return ""
    items = "".join(f'<li class="pressie-event" data-type="{_esc(e.type)}">{_summary(e)}</li>' for e in events)
    return f'<ol class="pressie-events">{items}</ol>'


def _unit_head(index: int | None, article: Article) -> str:
    n = len(article.events)
    bits = [f"#{index}" if index is not None else "", _esc(article.kind), f"{n} event{'' if n == 1 else 's'}"]
    if article.headline is not None:
        bits.append(_esc(article.headline.text))
    return f'<div class="pressie-head">{" · ".join(b for b in bits if b)}</div>'


def _article_parts(article: Article) -> tuple[list[_Mark], list[tuple[int, int]]]:
    marks = _resolve(m for e in article.events for m in _event_marks(e))
    evidence = _merge((s.start, s.end) for e in article.events for s in e.evidence)
    return marks, evidence


def _page_html(page: Page) -> str:
    blocks = page.blocks or ()
    text = page.text
    out: list[str] = []
    owned: set[int] = set()
    for i, article in enumerate(page.articles):
        marks, evidence = _article_parts(article)
        lines: list[str] = []
        for b in article.blocks:
            if 0 <= b < len(blocks):
                block = blocks[b]
                owned.add(b)
                lines.append(f'<div class="pressie-block" data-block="{b}" data-role="{_esc(block.role)}">'
                             f'{_piece(text[block.start:block.end], block.start, marks, evidence)}</div>')
        out.append(f'<section class="pressie-unit" data-unit="{i}" data-kind="{_esc(article.kind)}">'
                   f'{_unit_head(i, article)}{"".join(lines)}{_events_list(article.events)}</section>')
    rest = [b for b in blocks if b.index not in owned]
    if not blocks and text:
        rest_html = f'<div class="pressie-block">{_esc(text)}</div>'
    else:
        rest_html = "".join(
            f'<div class="pressie-block" data-block="{b.index}" data-role="{_esc(b.role)}">'
            f'{_esc(text[b.start:b.end])}</div>' for b in rest)
    if rest_html:
        out.append(f'<section class="pressie-rest"><div class="pressie-head">not in an article '
                   f'(section names, furniture)</div>{rest_html}</section>')
    n_art, n_ev = len(page.articles), len(page.events)
    bits = [] if page.id is None else [f"page {_esc(page.id)}"]
    bits += [f"published {_esc(page.published) if page.published else 'unknown'}",
             f"{n_art} article{'' if n_art == 1 else 's'}", f"{n_ev} event{'' if n_ev == 1 else 's'}"]
    return f'<div class="pressie-head">{" · ".join(bits)}</div>' + "".join(out)


def _article_html(article: Article, index: int | None = None) -> str:
    marks, evidence = _article_parts(article)
    pieces: list[Span] = [s for s in (article.overline, article.kicker, article.headline, article.subtitle) if s]
    pieces += [s for s in article.subtitles if s not in pieces]
    pieces += [s for s in article.segments if s not in pieces]
    lines = []
    for span in pieces:
        role = "headline" if span is article.headline else "body"
        lines.append(f'<div class="pressie-block" data-role="{role}">{_piece(span.text, span.start, marks, evidence)}</div>')
    if index is None and article.events:
        index = article.events[0].article_index
    unit = f' data-unit="{index}"' if index is not None else ""
    return (f'<section class="pressie-unit"{unit} data-kind="{_esc(article.kind)}">{_unit_head(index, article)}'
            f'{"".join(lines)}{_events_list(article.events)}</section>')


def _event_html(event: Event) -> str:
    marks = _resolve(_event_marks(event))
    evidence = _merge((s.start, s.end) for s in event.evidence)
    where = []
    if event.page_id is not None:
        where.append(f"page {_esc(event.page_id)}")
    if event.article_index is not None:
        where.append(f"article #{event.article_index}")
    head = f'<div class="pressie-head">{" · ".join([_esc(event.type), *where])}</div>'
    text = "".join(
        f'<div class="pressie-block" data-role="evidence">{_piece(s.text, s.start, marks, evidence)}</div>'
        for s in event.evidence if s.text and len(s.text) == s.end - s.start
    )
    rows = [("trigger", event.trigger.text)]
    if event.when is not None:
        rows.append(("when", f"{event.when.text}: {_when_value(event.when)}"))
    rows += [("who", "、".join(f"{p.text}" + (f" ({p.role})" if p.role else "") for p in event.who)),
             ("title", "、".join(t.text for p in event.who for t in p.titles)),
             ("where", "、".join(p.text for p in event.where)),
             ("org", "、".join(o.text for o in event.orgs)),
             ("count", "、".join(q.text for q in event.counts))]
    table = "".join(f'<tr><th><span class="pressie-key" data-slot="{slot}">{slot}</span></th><td>{_esc(value)}</td></tr>'
                    for slot, value in rows if value)
    return (f'<section class="pressie-unit" data-kind="event">{head}{text}'
            f'<table class="pressie-slots">{table}</table></section>')


def to_html(record: Record, *, standalone: bool = False) -> str:
    """The HTML view of a page, an article or an event.

    Args:
        record: a :class:`~pressie.records.Page`, :class:`~pressie.records.Article`
            or :class:`~pressie.records.Event`.
        standalone: a whole HTML document (``<!DOCTYPE html>``…) rather than a
            fragment for a notebook cell.

    Returns:
        The HTML, every character of the text escaped.

    Raises:
        TypeError: ``record`` is none of those.

    >>> import pressie
    >>> page = pressie.extract("3月5日,柏庄镇开展了志愿服务活动。", published="2020-03-09")
    >>> '<mark data-slot="trigger"' in to_html(page)
    True
    """
    if isinstance(record, Page):
        body, title = _page_html(record), f"pressie: {record.id or 'page'}"
    elif isinstance(record, Article):
        body = _article_html(record)
        title = f"pressie: {record.headline.text if record.headline else 'article'}"
    elif isinstance(record, Event):
        body, title = _event_html(record), f"pressie: {record.type} {record.trigger.text}"
    else:
        raise TypeError(f"to_html() needs a Page, Article or Event, not {type(record).__name__}")
    fragment = f'<div class="pressie">{_style()}{_legend()}{body}</div>'
    if not standalone:
        return fragment
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{_esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            f'<body style="margin:1.5em">{fragment}</body></html>\n')


def display(record: Record, path: "str | os.PathLike[str]") -> Path:
    """Write the HTML view of ``record`` to ``path`` as a standalone page (UTF-8).

    Args:
        record: a :class:`~pressie.records.Page`, :class:`~pressie.records.Article`
            or :class:`~pressie.records.Event`.
        path: the file to write; its folder must exist.

    Returns:
        The path written, as a :class:`pathlib.Path`.

    Raises:
        TypeError: ``record`` is not a page, article or event.
        FileNotFoundError: the folder of ``path`` does not exist.
    """
    out = Path(path)
    out.write_text(to_html(record, standalone=True), encoding="utf-8")
    return out
