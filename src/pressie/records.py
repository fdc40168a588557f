"""The records pressie returns: frozen, slotted, keyword-only dataclasses.

Every extracted value keeps its half-open ``[start, end)`` character offsets
into the caller's original text and its surface ``text``
(``source[start:end] == text``). ``None`` means "not stated"; lists are tuples
and are empty, never ``None``, when nothing was found. Every record has
``to_dict()`` and ``from_dict()``; :meth:`Page.to_dict` is the prediction
format of the evaluation schema (see ``docs/output.md``) plus offsets.

:class:`Page`, :class:`Article` and :class:`Event` have short reprs (the
page text is never dumped) and ``_repr_html_`` for notebooks
(:mod:`pressie.display`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Iterable, Mapping

from .divisions import division_code

__all__ = [
    "SCHEMA_VERSION",
    "Span",
    "TimeExpr",
    "Quantity",
    "Credit",
    "Person",
    "Org",
    "Place",
    "Participant",
    "OrgRole",
    "Event",
    "Block",
    "Link",
    "Article",
    "Page",
]

#: Version of the JSON produced by :meth:`Page.to_dict`, for ETL consumers.
SCHEMA_VERSION = "1.0"

_RECORD = dict(frozen=True, slots=True, kw_only=True)


def _pair(span: "Span | None") -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _span_from(text: str | None, pair: Iterable[int] | None) -> "Span | None":
    if text is None or pair is None:
        return None
    start, end = pair
    return Span(start=int(start), end=int(end), text=text)


def _short(text: str | None, limit: int = 24) -> str | None:
    """``text`` cut to ``limit`` characters with an ellipsis, for short reprs."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def _html(record: Any) -> str:
    from .display import to_html

    return to_html(record)


@dataclass(**_RECORD)
class Span:
    """A piece of the source text: ``source[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Span":
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


@dataclass(**_RECORD)
class TimeExpr:
    """A time expression and its normalised value.

    ``date_start``/``date_end`` are ISO dates, or ``--MM-DD`` when no year is
    known, or ``None`` when unresolved (a relative word with no publication
    date, a vague time). ``time_start``/``time_end`` are ``HH:MM`` clock times.
    ``inferred`` names the fields taken from context rather than written
    (``year``, ``month``, ``date``; ``context`` when the day came from an
    earlier date of the text, as for 当天); ``rule`` names the grammar rule.
    """

    start: int
    end: int
    text: str
    kind: str  # point | span | duration | recurring | vague
    date_start: str | None = None
    date_end: str | None = None
    time_start: str | None = None
    time_end: str | None = None
    part_of_day: str | None = None
    granularity: str | None = None  # minute | hour | part_of_day | day | tenday | month | year | week
    inferred: tuple[str, ...] = ()
    rule: str = ""
    open_end: bool = False

    @property
    def start_value(self) -> str | None:
        """``date_start`` with the clock time when one is given (``2020-03-06T07:30``)."""
        if self.date_start and self.time_start:
            return f"{self.date_start}T{self.time_start}"
        return self.date_start

    @property
    def end_value(self) -> str | None:
        end = self.date_end or self.date_start
        time = self.time_end or (self.time_start if self.date_end in (None, self.date_start) else None)
        if end and time:
            return f"{end}T{time}"
        return end

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start_offset": self.start, "end_offset": self.end,
            "kind": self.kind, "date_start": self.date_start, "date_end": self.date_end,
            "time_start": self.time_start, "time_end": self.time_end,
            "part_of_day": self.part_of_day, "granularity": self.granularity,
            "inferred": list(self.inferred), "rule": self.rule, "open_end": self.open_end,
        }

    def to_when(self) -> dict[str, Any]:
        """The ``when`` object of the evaluation schema, plus offsets."""
        return {
            "text": self.text, "start": self.start_value, "end": self.end_value,
            "part_of_day": self.part_of_day, "span": [self.start, self.end],
            "kind": self.kind, "inferred": list(self.inferred),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "TimeExpr":
        return cls(
            start=int(data["start_offset"]), end=int(data["end_offset"]), text=data["text"],
            kind=data["kind"], date_start=data.get("date_start"), date_end=data.get("date_end"),
            time_start=data.get("time_start"), time_end=data.get("time_end"),
            part_of_day=data.get("part_of_day"), granularity=data.get("granularity"),
            inferred=tuple(data.get("inferred") or ()), rule=data.get("rule", ""),
            open_end=bool(data.get("open_end", False)),
        )


@dataclass(**_RECORD)
class Quantity:
    """A number with its classifier and counted noun (``145名医护人员``)."""

    start: int
    end: int
    text: str
    value: float | int
    category: str  # count | topic | money | measure | duration | percent | ordinal
    unit: str | None = None
    noun: Span | None = None
    approx: str | None = None  # over | nearly | about | range
    low: float | int | None = None
    high: float | int | None = None

    def to_count(self) -> dict[str, Any]:
        """The ``counts`` item of the evaluation schema, plus offsets."""
        return {
            "value": self.value, "unit": self.unit,
            "noun": None if self.noun is None else self.noun.text,
            "approx": self.approx, "span": [self.start, self.end],
            "noun_span": _pair(self.noun),
        }

    def to_dict(self) -> dict[str, Any]:
        data = self.to_count()
        data.update(text=self.text, category=self.category, low=self.low, high=self.high)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Quantity":
        start, end = data["span"]
        return cls(
            start=start, end=end, text=data["text"], value=data["value"],
            category=data["category"], unit=data.get("unit"),
            noun=_span_from(data.get("noun"), data.get("noun_span")),
            approx=data.get("approx"), low=data.get("low"), high=data.get("high"),
        )


@dataclass(**_RECORD)
class Credit:
    """A contributor of the text itself (reporter, photographer, editor…)."""

    start: int
    end: int
    text: str
    role: str  # reporter | correspondent | photographer | editor | reviewer | author

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.text, "role": self.role, "span": [self.start, self.end]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Credit":
        start, end = data["span"]
        return cls(start=start, end=end, text=data["name"], role=data["role"])


@dataclass(**_RECORD)
class Person:
    """A named person: the first full mention, its titles and later mentions."""

    start: int
    end: int
    text: str
    titles: tuple[Span, ...] = ()
    mentions: tuple[Span, ...] = ()

    @property
    def name(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.text, "span": [self.start, self.end],
            "titles": [t.text for t in self.titles],
            "title_spans": [_pair(t) for t in self.titles],
            "mentions": [_pair(m) for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Person":
        start, end = data["span"]
        return cls(
            start=start, end=end, text=data["name"],
            titles=tuple(_span_from(t, p) for t, p in zip(data["titles"], data["title_spans"])),
            mentions=tuple(Span(start=s, end=e, text=data["name"]) for s, e in data["mentions"]),
        )


@dataclass(**_RECORD)
class Org:
    """An organisation named in the text (``共青团南城区委``)."""

    start: int
    end: int
    text: str
    kind: str = "org"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.text, "span": [self.start, self.end], "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Org":
        start, end = data["span"]
        return cls(start=start, end=end, text=data["name"], kind=data.get("kind", "org"))


@dataclass(**_RECORD)
class Place:
    """A place or venue; ``within`` is its chain of containing places, outermost first."""

    start: int
    end: int
    text: str
    kind: str = "place"  # admin | community | road | venue | site | place
    within: tuple[Span, ...] = ()

    @property
    def code(self) -> str | None:
        """The administrative division code (GB/T 2260, six digits) of a province, prefecture or
        county named by this place, read with the places that contain it; ``None`` for other
        places and for names that stand for several divisions (see :func:`pressie.divisions.division_code`)."""
        if self.kind != "admin":
            return None
        return division_code(self.text, tuple(w.text for w in self.within))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.text, "span": [self.start, self.end], "kind": self.kind,
            "within": [w.text for w in self.within],
            "within_spans": [_pair(w) for w in self.within],
            "code": self.code,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Place":
        start, end = data["span"]
        return cls(
            start=start, end=end, text=data["name"], kind=data.get("kind", "place"),
            within=tuple(_span_from(t, p) for t, p in zip(data["within"], data["within_spans"])),
        )


@dataclass(**_RECORD)
class Participant:
    """A person taking part in an event, with the role the text gives them."""

    start: int
    end: int
    text: str
    titles: tuple[Span, ...] = ()
    role: str | None = None
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.text, "titles": [t.text for t in self.titles], "role": self.role,
            "span": [self.start, self.end], "title_spans": [_pair(t) for t in self.titles],
            "cue": self.cue,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Participant":
        start, end = data["span"]
        return cls(
            start=start, end=end, text=data["name"], role=data.get("role"), cue=data.get("cue"),
            titles=tuple(_span_from(t, p) for t, p in zip(data["titles"], data["title_spans"])),
        )


@dataclass(**_RECORD)
class OrgRole:
    """An organisation holding or running an event."""

    start: int
    end: int
    text: str
    role: str = "organizer"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.text, "role": self.role, "span": [self.start, self.end]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "OrgRole":
        start, end = data["span"]
        return cls(start=start, end=end, text=data["name"], role=data.get("role", "organizer"))


@dataclass(**_RECORD)
class Event:
    """One reported occurrence of a meeting, inspection or volunteer activity."""

    type: str
    trigger: Span
    when: TimeExpr | None = None
    where: tuple[Place, ...] = ()
    who: tuple[Participant, ...] = ()
    orgs: tuple[OrgRole, ...] = ()
    counts: tuple[Quantity, ...] = ()
    evidence: tuple[Span, ...] = ()
    confidence: float = 0.5
    article_index: int | None = None
    page_id: str | None = None

    def __repr__(self) -> str:
        when = None if self.when is None else (self.when.start_value or self.when.text)
        parts = [f"type={self.type!r}", f"trigger={self.trigger.text!r}", f"when={when!r}",
                 f"who={[p.text for p in self.who]!r}", f"where={[_short(p.text) for p in self.where]!r}",
                 f"orgs={[_short(o.text) for o in self.orgs]!r}", f"counts={[q.text for q in self.counts]!r}"]
        if self.article_index is not None:
            parts.append(f"article_index={self.article_index}")
        if self.page_id is not None:
            parts.append(f"page_id={_short(self.page_id, 40)!r}")
        return f"Event({', '.join(parts)})"

    def _repr_html_(self) -> str:
        return _html(self)

    def to_dict(self, *, provenance: bool = False) -> dict[str, Any]:
        """The event as JSON; ``provenance=True`` adds ``article_index`` and ``page_id``.

        :meth:`Page.to_dict` leaves them out (they are the positions of the
        event in the page JSON already) and :meth:`Page.from_dict` restores them.
        """
        data = self._to_dict()
        if provenance:
            data["article_index"] = self.article_index
            data["page_id"] = self.page_id
        return data

    def _to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "trigger": self.trigger.text,
            "when": None if self.when is None else self.when.to_when(),
            "where": [p.text for p in self.where],
            "who": [p.to_dict() for p in self.who],
            "orgs": [o.to_dict() for o in self.orgs],
            "counts": [q.to_count() for q in self.counts],
            "trigger_span": _pair(self.trigger),
            "where_spans": [_pair(p) for p in self.where],
            "evidence": [_pair(s) for s in self.evidence],
            "confidence": round(self.confidence, 3),
            "details": {
                "when": None if self.when is None else self.when.to_dict(),
                "where": [p.to_dict() for p in self.where],
                "counts": [q.to_dict() for q in self.counts],
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str | None = None, *,
                  article_index: int | None = None, page_id: str | None = None) -> "Event":
        """Rebuild an event from :meth:`to_dict` output.

        Args:
            data: the event's JSON.
            source: the text the offsets refer to (the page text). The JSON
                keeps the evidence as offsets only, so an event with evidence
                needs it to get the evidence text back.
            article_index: the index of the event's article in
                :attr:`Page.articles`; defaults to the dict's
                ``article_index`` key (``to_dict(provenance=True)``), else ``None``.
            page_id: the page's id; defaults to the dict's ``page_id`` key, else ``None``.

        Raises:
            ValueError: the event has evidence offsets and ``source`` is
                ``None`` (pass the page text, or drop ``"evidence"`` from the
                dict to rebuild the event without evidence).
        """
        details = data.get("details") or {}
        if source is None and data.get("evidence"):
            raise ValueError("Event.from_dict needs source= (the page text) to rebuild the evidence spans; "
                             "pass it, or drop 'evidence' from the dict to rebuild the event without evidence")
        if article_index is None:
            article_index = data.get("article_index")
        if page_id is None:
            page_id = data.get("page_id")
        return cls(
            type=data["type"],
            trigger=_span_from(data["trigger"], data["trigger_span"]),
            when=None if details.get("when") is None else TimeExpr.from_dict(details["when"]),
            where=tuple(Place.from_dict(p) for p in details.get("where") or ()),
            who=tuple(Participant.from_dict(p) for p in data.get("who") or ()),
            orgs=tuple(OrgRole.from_dict(o) for o in data.get("orgs") or ()),
            counts=tuple(Quantity.from_dict(q) for q in details.get("counts") or ()),
            evidence=tuple(Span(start=s, end=e, text=source[s:e]) for s, e in data.get("evidence") or ()),
            confidence=float(data.get("confidence", 0.5)),
            article_index=None if article_index is None else int(article_index),
            page_id=page_id,
        )


@dataclass(**_RECORD)
class Block:
    """A non-blank line of the page, with the role the layout pass gave it."""

    index: int
    start: int
    end: int
    text: str
    role: str = "body"
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text,
                "role": self.role, "score": round(self.score, 3)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Block":
        return cls(index=int(data["index"]), start=int(data["start"]), end=int(data["end"]), text=data["text"],
                   role=data.get("role", "body"), score=float(data.get("score", 0.0)))


@dataclass(**_RECORD)
class Link:
    """A continuation: block ``head`` goes on in block ``tail``.

    ``overlap`` characters at the start of the tail repeat the head and are
    dropped from the assembled text; ``gap`` says text seems to be lost.
    """

    head: int
    tail: int
    overlap: int = 0
    gap: bool = False
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"head": self.head, "tail": self.tail, "overlap": self.overlap,
                "gap": self.gap, "confidence": round(self.confidence, 3)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Link":
        return cls(head=data["head"], tail=data["tail"], overlap=data.get("overlap", 0),
                   gap=data.get("gap", False), confidence=data.get("confidence", 0.0))


@dataclass(**_RECORD)
class Article:
    """An article unit: its blocks in reading order and what they hold.

    ``segments`` are the page spans of the body in reading order, overlap
    removed; :attr:`body` joins them and :meth:`page_offset` maps a position
    of the body back to the page.
    """

    blocks: tuple[int, ...]
    kind: str = "article"  # article | photo | brief
    headline: Span | None = None
    overline: Span | None = None
    kicker: Span | None = None
    subtitle: Span | None = None  # the first deck under (or over) the headline
    subtitles: tuple[Span, ...] = ()  # every deck, in reading order (``subtitle`` is the first)
    byline: tuple[Credit, ...] = ()
    segments: tuple[Span, ...] = ()
    joins: tuple[bool, ...] = ()  # per segment after the first: True = continues mid-sentence
    links: tuple[Link, ...] = ()
    events: tuple[Event, ...] = ()
    confidence: float = 1.0

    def __repr__(self) -> str:
        headline = None if self.headline is None else _short(self.headline.text)
        return (f"Article(kind={self.kind!r}, headline={headline!r}, blocks={list(self.blocks)!r}, "
                f"{len(self.events)} event{'' if len(self.events) == 1 else 's'})")

    def _repr_html_(self) -> str:
        return _html(self)

    @property
    def body(self) -> str:
        """The assembled body text: paragraphs joined by newlines, continuations joined directly."""
        parts: list[str] = []
        for i, seg in enumerate(self.segments):
            if i and not (self.joins[i - 1] if i - 1 < len(self.joins) else False):
                parts.append("\n")
            parts.append(seg.text)
        return "".join(parts)

    def page_offset(self, index: int) -> int:
        """The page offset of character ``index`` of :attr:`body` (a newline maps to the end of the
        paragraph before it)."""
        if index < 0:
            raise IndexError(index)
        pos = 0
        for i, seg in enumerate(self.segments):
            if i and not (self.joins[i - 1] if i - 1 < len(self.joins) else False):
                if index == pos:
                    return self.segments[i - 1].end
                pos += 1
            length = seg.end - seg.start
            if index < pos + length:
                return seg.start + index - pos
            pos += length
        raise IndexError(index)

    def to_dict(self) -> dict[str, Any]:
        return {
            "blocks": list(self.blocks),
            "kind": self.kind,
            "headline": None if self.headline is None else self.headline.text,
            "overline": None if self.overline is None else self.overline.text,
            "kicker": None if self.kicker is None else self.kicker.text,
            "subtitle": None if self.subtitle is None else self.subtitle.text,
            "byline": [c.to_dict() for c in self.byline],
            "events": [e.to_dict() for e in self.events],
            "headline_span": _pair(self.headline),
            "overline_span": _pair(self.overline),
            "kicker_span": _pair(self.kicker),
            "subtitle_span": _pair(self.subtitle),
            "subtitles": [s.text for s in self.subtitles],
            "subtitles_spans": [_pair(s) for s in self.subtitles],
            "segments": [_pair(s) for s in self.segments],
            "joins": list(self.joins),
            "links": [link.to_dict() for link in self.links],
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str, *,
                  index: int | None = None, page_id: str | None = None) -> "Article":
        """Rebuild an article from :meth:`to_dict` output and the page text ``source``;
        ``index`` (its position in :attr:`Page.articles`) and ``page_id`` go to its events."""
        def sub(pair):
            return None if pair is None else Span(start=pair[0], end=pair[1], text=source[pair[0]:pair[1]])

        return cls(
            blocks=tuple(data["blocks"]), kind=data.get("kind", "article"),
            headline=sub(data.get("headline_span")), overline=sub(data.get("overline_span")),
            kicker=sub(data.get("kicker_span")), subtitle=sub(data.get("subtitle_span")),
            subtitles=tuple(sub(p) for p in data.get("subtitles_spans") or ()),
            byline=tuple(Credit.from_dict(c) for c in data.get("byline") or ()),
            segments=tuple(sub(p) for p in data.get("segments") or ()),
            joins=tuple(data.get("joins") or ()),
            links=tuple(Link.from_dict(link) for link in data.get("links") or ()),
            events=tuple(Event.from_dict(e, source, article_index=index, page_id=page_id)
                         for e in data.get("events") or ()),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(**_RECORD)
class Page:
    """The result of :func:`pressie.extract` for one document."""

    text: str
    id: str | None = None
    published: str | None = None
    published_source: str | None = None  # given | dateline | None
    blocks: tuple[Block, ...] = ()
    articles: tuple[Article, ...] = ()
    furniture: tuple[int, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    people: tuple[Person, ...] = ()
    credits: tuple[Credit, ...] = ()
    places: tuple[Place, ...] = ()
    orgs: tuple[Org, ...] = ()

    @property
    def events(self) -> tuple[Event, ...]:
        """All events of all articles, in page order of their articles."""
        return tuple(e for a in self.articles for e in a.events)

    def __repr__(self) -> str:
        n_art, n_ev = len(self.articles), sum(len(a.events) for a in self.articles)
        return (f"Page(id={_short(self.id, 40)!r}, published={self.published!r}, {len(self.text):,} characters, "
                f"{n_art} article{'' if n_art == 1 else 's'}, {n_ev} event{'' if n_ev == 1 else 's'})")

    def _repr_html_(self) -> str:
        return _html(self)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "published_source": self.published_source,
            "schema_version": SCHEMA_VERSION,
            "blocks": [[b.start, b.end] for b in self.blocks],
            "block_roles": [b.role for b in self.blocks],
            "block_scores": [round(b.score, 3) for b in self.blocks],
            "articles": [a.to_dict() for a in self.articles],
            "furniture": list(self.furniture),
            "entities": {
                "times": [t.to_dict() for t in self.times],
                "quantities": [q.to_dict() for q in self.quantities],
                "people": [p.to_dict() for p in self.people],
                "credits": [c.to_dict() for c in self.credits],
                "places": [p.to_dict() for p in self.places],
                "orgs": [o.to_dict() for o in self.orgs],
            },
        }
        if include_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Page":
        """Rebuild a page from :meth:`to_dict` output (which must include the text)."""
        if "text" not in data:
            raise KeyError("Page.from_dict needs the 'text' key (use to_dict(include_text=True))")
        text = data["text"]
        entities = data.get("entities") or {}
        roles = data.get("block_roles") or ["body"] * len(data.get("blocks") or ())
        scores = data.get("block_scores") or [0.0] * len(roles)
        return cls(
            text=text, id=data.get("id"), published=data.get("published"),
            published_source=data.get("published_source"),
            blocks=tuple(
                Block(index=i, start=s, end=e, text=text[s:e], role=r, score=sc)
                for i, ((s, e), r, sc) in enumerate(zip(data.get("blocks") or (), roles, scores))
            ),
            articles=tuple(Article.from_dict(a, text, index=i, page_id=data.get("id"))
                           for i, a in enumerate(data.get("articles") or ())),
            furniture=tuple(data.get("furniture") or ()),
            times=tuple(TimeExpr.from_dict(t) for t in entities.get("times") or ()),
            quantities=tuple(Quantity.from_dict(q) for q in entities.get("quantities") or ()),
            people=tuple(Person.from_dict(p) for p in entities.get("people") or ()),
            credits=tuple(Credit.from_dict(c) for c in entities.get("credits") or ()),
            places=tuple(Place.from_dict(p) for p in entities.get("places") or ()),
            orgs=tuple(Org.from_dict(o) for o in entities.get("orgs") or ()),
        )


def iter_spans(record: Any):
    """Yield every ``(start, end, text)`` a record holds, recursively (for invariant checks)."""
    if isinstance(record, (list, tuple)):
        for item in record:
            yield from iter_spans(item)
        return
    if not hasattr(record, "__dataclass_fields__"):
        return
    names = {f.name for f in fields(record)}
    if {"start", "end", "text"} <= names and not isinstance(record, (Block, Page)):
        yield record.start, record.end, record.text
    for f in fields(record):
        if f.name in ("text",):
            continue
        value = getattr(record, f.name)
        if isinstance(value, (list, tuple)) or hasattr(value, "__dataclass_fields__"):
            yield from iter_spans(value)
    if isinstance(record, Block):
        yield record.start, record.end, record.text
