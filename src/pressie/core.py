"""The pure pipeline: page text in, a :class:`~pressie.records.Page` out. Never imports spaCy.

Data flow (see ``docs/design.md``)::

    text ─ normalize ─▶ blocks ─ roles ─▶ units ─▶ events
                 └─▶ times, quantities, people/credits, places/orgs ─┘

All stages run on the normalised text; at the end every offset and text is
mapped back to the caller's original text.
"""

from __future__ import annotations

import datetime as _dt
import logging
from bisect import bisect_left, bisect_right

from ._spans import Intervals
from .errors import DocumentTooLarge, OptionError
from .events import Mentions, find_events
from .layout import assign_roles, split_blocks
from .lexicon import Triggers
from .normalize import Normalized, normalize
from .quantities import find_quantities_normalized
from .people import find_credits_normalized, find_people_normalized
from .places import _place_cuts, find_orgs_normalized, find_places_normalized, page_lists
from .remap import record_updater, remap
from .settings import Settings
from .vocabulary import Vocabulary
from .times import coerce_date, find_dateline, find_times_normalized
from .records import Article, Block, Event, Page
from .units import assemble_units, looks_like_page, single_article

__all__ = ["extract", "DEFAULT_MAX_CHARS", "STAGES", "MODES"]

log = logging.getLogger(__name__)

#: dataclasses.replace for the records each page changes by the dozen (see record_updater).
_with_block, _with_event, _with_article = record_updater(Block), record_updater(Event), record_updater(Article)
_with_page = record_updater(Page)

#: Documents longer than this many characters raise :class:`~pressie.errors.DocumentTooLarge`
#: (a whole newspaper issue is about 200,000 characters). Pass ``max_chars=`` to change it.
DEFAULT_MAX_CHARS = 2_000_000

#: How :func:`extract` reads a text: as a page, as one article, or deciding by itself.
MODES = ("auto", "page", "article")

#: The stages :func:`extract` can stop after.
STAGES = ("layout", "units", "events")


def extract(text: str, *, published: "_dt.date | str | None" = None, id: str | None = None,
            triggers: Triggers | None = None, traditional: bool = False,
            max_chars: int = DEFAULT_MAX_CHARS, until: str = "events", mode: str = "auto",
            segmenter=None, settings: Settings | None = None, vocabulary: Vocabulary | None = None) -> Page:
    """Read a newspaper page (or one article) into article units and events.

    Args:
        text: the page's plain text; blocks are its non-blank lines.
        published: the publication date (``datetime.date`` or ISO string). With
            ``None`` pressie looks for the page's own dateline; when there is
            none, dates without a year stay partial (``--03-06``).
        id: an identifier copied to the result.
        triggers: an event trigger table (default: the packaged one); see
            :class:`pressie.lexicon.Triggers`.
        traditional: also match traditional characters (needs the ``hant`` extra).
        max_chars: refuse longer documents with :class:`~pressie.errors.DocumentTooLarge`.
        until: stop after ``"layout"``, ``"units"`` or ``"events"`` (default).
        mode: ``"page"`` (a newspaper page: several articles, continuations),
            ``"article"`` (one article, e.g. a web page) or ``"auto"`` (default:
            a page when the text has section names, kickers or several article
            openings; see :func:`pressie.units.looks_like_page`).
        segmenter: optional word segmenter, an object with ``boundaries(text)``
            returning the offsets where words start and end (e.g.
            :class:`pressie.segment.PkusegSegmenter`); person names and places
            that do not start and end on a word boundary are dropped. Off by
            default: it costs speed and, measured on the dev gold, accuracy
            (docs/design.md).
        settings: the tuned numbers of the stages (:class:`pressie.Settings`; default: the
            documented defaults).
        vocabulary: the word lists the stages read (:class:`pressie.Vocabulary`; default: the
            packaged lists); ``Vocabulary.default().extend({...})`` adds words.

    Returns:
        A :class:`~pressie.records.Page` whose offsets refer to ``text`` as given.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes first), or an option has a wrong type.
        DateError: ``published`` is a string that is not an ISO date.
        DocumentTooLarge: ``text`` is longer than ``max_chars``.

    >>> page = extract("区委召开会议\\n3月6日上午,区委召开常委会,区委书记张明远主持会议。", published="2020-03-09")
    >>> [(e.type, e.when.start_value, [(p.text, p.role) for p in e.who]) for e in page.events]
    [('meeting', '2020-03-06', [('张明远', 'chair')])]
    """
    if not isinstance(text, str):
        hint = " (decode the bytes first)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"extract() needs the page text as str, not {type(text).__name__}{hint}")
    if id is not None and not isinstance(id, str):
        raise TypeError(f"id must be a str or None, not {type(id).__name__}")
    if segmenter is not None and not callable(getattr(segmenter, "boundaries", None)):
        raise TypeError(f"segmenter needs a boundaries(text) method, not {type(segmenter).__name__}")
    if triggers is not None and not isinstance(triggers, Triggers):
        raise TypeError(f"triggers must be a pressie.lexicon.Triggers, not {type(triggers).__name__}")
    if settings is not None and not isinstance(settings, Settings):
        raise TypeError(f"settings must be a pressie.Settings, not {type(settings).__name__}")
    if vocabulary is not None and not isinstance(vocabulary, Vocabulary):
        raise TypeError(f"vocabulary must be a pressie.Vocabulary, not {type(vocabulary).__name__}")
    if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars <= 0:
        raise OptionError(f"max_chars must be a positive int, not {max_chars!r}")
    if until not in STAGES:
        raise OptionError(f"until must be one of {', '.join(STAGES)}, not {until!r}")
    if mode not in MODES:
        raise OptionError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    anchor, source = publication(text, published, max_chars, settings=settings, vocabulary=vocabulary)
    page, norm = read_layout(text, published=anchor, published_source=source, id=id, traditional=traditional,
                             settings=settings, vocabulary=vocabulary)
    if until != "layout":
        page = read_units(page, mode=mode, segmenter=segmenter, settings=settings, vocabulary=vocabulary)
        if until == "events":
            page = read_events(page, triggers=triggers, settings=settings, vocabulary=vocabulary)
    return to_source(page, norm)


# The stages, for callers that run them one at a time (the spaCy components). Each takes and
# returns a Page on the *normalised* text; :func:`to_source` maps the last one back.

def publication(text: str, published: "_dt.date | str | None", max_chars: int = DEFAULT_MAX_CHARS, *,
                settings: Settings | None = None, vocabulary: Vocabulary | None = None):
    """The reference date of ``text`` and where it came from: ``(date, "given")``, ``(date,
    "dateline")`` (the page's own dateline) or ``(None, None)``.

    Raises:
        DateError: ``published`` is a string that is not a date.
        DocumentTooLarge: ``text`` is longer than ``max_chars``.
    """
    anchor = coerce_date(published)
    if len(text) > max_chars:
        raise DocumentTooLarge(f"document of {len(text):,} characters is above max_chars={max_chars:,}; split it or raise the limit")
    if anchor is not None:
        return anchor, "given"
    anchor = find_dateline(text, settings=settings.times if settings is not None else None, vocabulary=vocabulary)
    return anchor, ("dateline" if anchor else None)


def read_layout(text: str, *, published: "_dt.date | None" = None, published_source: str | None = None,
                id: str | None = None, traditional: bool = False,
                settings: Settings | None = None, vocabulary: Vocabulary | None = None) -> "tuple[Page, Normalized]":
    """Normalise ``text`` and split it into blocks with their layout roles.

    Returns the page on the normalised text (``page.text``) and the :class:`Normalized` map
    back to ``text``. Arguments are not checked here: :func:`extract` checks them.
    """
    norm = normalize(text, traditional=traditional)
    blocks = assign_roles(split_blocks(norm.text), settings.layout if settings is not None else None,
                          vocabulary=vocabulary)
    page = Page(text=norm.text, id=id, published=published.isoformat() if published else None,
                published_source=published_source, blocks=tuple(blocks))
    return page, norm


def read_units(page: Page, *, mode: str = "auto", segmenter=None, settings: Settings | None = None,
               vocabulary: Vocabulary | None = None) -> Page:
    """Find the page's times, quantities, people, credits, places and organisations, and
    assemble its article units (``page`` from :func:`read_layout`)."""
    nt = page.text
    anchor = _dt.date.fromisoformat(page.published) if page.published else None
    blocks = list(page.blocks)
    credits = find_credits_normalized(nt, vocabulary=vocabulary)
    people = find_people_normalized(nt, credits, vocabulary=vocabulary)
    # A person's name is no place of the page, even when it ends like one (张国院).
    names = {p.text for p in people}
    places = [p for p in find_places_normalized(nt, vocabulary=vocabulary) if p.text not in names]
    orgs = find_orgs_normalized(nt, vocabulary=vocabulary)
    # A number inside a place name (千人桥镇, 五台街道) counts nothing.
    named = Intervals((p.start, p.end) for p in places if p.kind != "generic")
    if segmenter is not None:
        bounds = segmenter.boundaries(nt)
        # Only names that start and end on a word boundary (pressie.segment is loaded by the caller).
        people = [p for p in people if p.start in bounds and p.end in bounds]
        places = [p for p in places if p.start in bounds and p.end in bounds]
    as_page = mode == "page" or (mode == "auto" and looks_like_page(blocks, vocabulary=vocabulary))
    if as_page:
        articles, furniture, roles = assemble_units(blocks, names=_names_by_block(blocks, people), vocabulary=vocabulary,
                                                    settings=settings.units if settings is not None else None)
    else:
        (articles, furniture), roles = single_article(blocks, vocabulary=vocabulary), {}
    if roles:
        blocks = [_with_block(b, role=roles[b.index]) if b.index in roles else b for b in blocks]
    # On a page each article reads its bare days (8日) against its own earlier dates only; the
    # items of a column of briefs, one after another, share theirs (◆5月8日… ◆10日…).
    parts = _time_parts(articles, blocks) if as_page else None
    times = find_times_normalized(nt, anchor, settings.times if settings is not None else None, vocabulary=vocabulary,
                                  parts=parts)
    dates = Intervals((t.start, t.end) for t in times if t.kind in ("point", "span"))
    quantities = [q for q in find_quantities_normalized(nt, settings.quantities if settings is not None else None,
                                                        vocabulary=vocabulary)
                  if not dates.overlaps(q.start, q.end) and not named.overlaps(q.start, q.end)]
    by_start = sorted(credits, key=lambda c: (c.start, c.end))
    credit_starts = [c.start for c in by_start]
    articles = [_with_byline(a, blocks, by_start, credit_starts) for a in articles]
    return _with_page(page, blocks=tuple(blocks), articles=tuple(articles), furniture=tuple(furniture),
                   times=tuple(times), quantities=tuple(quantities), people=tuple(people), credits=tuple(credits),
                   places=tuple(places), orgs=tuple(orgs))


def _time_parts(articles, blocks) -> list[list[tuple[int, int]]]:
    """The ranges of each article, for the times' contexts; consecutive briefs make one part."""
    parts: list[list[tuple[int, int]]] = []
    last_brief = False
    for a in articles:
        ranges = [(blocks[i].start, blocks[i].end) for i in a.blocks]
        brief = a.kind == "brief"
        if brief and last_brief:
            parts[-1].extend(ranges)
        else:
            parts.append(ranges)
        last_brief = brief
    return parts


def read_events(page: Page, *, triggers: Triggers | None = None, settings: Settings | None = None,
                vocabulary: Vocabulary | None = None) -> Page:
    """Find the events of every article unit (``page`` from :func:`read_units`)."""
    event_settings = settings.events if settings is not None else None
    # Each place cut to the name it holds, once for the events (pressie.places.event_places) and the lists.
    cuts = _place_cuts(page.text, page.places, vocabulary)
    mentions = Mentions(times=page.times, quantities=page.quantities, people=page.people,
                        places=tuple(cut if cut is not None else p for p, cut in cuts), orgs=page.orgs,
                        credits=page.credits, published=page.published, vocabulary=vocabulary)
    # Each event knows its article's index and the page id, for flat tables of events.
    articles = [_with_article(a, events=tuple(_with_event(e, article_index=i, page_id=page.id)
                                        for e in find_events(a, page.text, mentions, triggers=triggers,
                                                                    settings=event_settings)))
                for i, a in enumerate(page.articles)]
    # The events read every place word (深入村组, 来到农贸市场); the page lists the places it
    # names (a common noun of places or a place word written alone is no name: is_named).
    # The page lists the places and bodies it names, each cut to its name (落实|市委; page_lists);
    # a common noun of bodies (医疗队, 志愿服务队) or a person's name is no body of the page.
    # (The page's furniture, a web page's frame or a page header, names nothing of the page's.)
    frame = Intervals((page.blocks[i].start, page.blocks[i].end) for i in page.furniture)
    places, orgs = page_lists(page.text, (), [o for o in page.orgs if not frame.overlaps(o.start, o.end)],
                              (p.text for p in page.people), vocabulary=vocabulary,
                              cut_places=[cut for p, cut in cuts if cut is not None and not frame.overlaps(p.start, p.end)])
    return _with_page(page, articles=tuple(articles), places=places, orgs=orgs)


def to_source(page: Page, norm: "Normalized") -> Page:
    """``page`` (on ``norm.text``) with every offset and text mapped back to ``norm.source``."""
    if norm.identity:
        return page
    mapped = remap(_with_page(page, text=""), norm)
    return _with_page(mapped, text=norm.source)


def _names_by_block(blocks, people) -> dict[int, set[str]]:
    """The person names mentioned in each block (evidence for continuation links), in one pass."""
    starts = [b.start for b in blocks]
    names: dict[int, set[str]] = {}
    for person in people:
        for span in (person, *person.mentions):
            k = bisect_right(starts, span.start) - 1
            if k >= 0 and span.end <= blocks[k].end:
                names.setdefault(blocks[k].index, set()).add(person.text)
    return names


def _with_byline(article: Article, blocks, credits, starts: "list[int] | None" = None) -> Article:
    """The article with the credits written inside its blocks as its byline (``credits`` in text
    order; ``starts``: their start offsets, to find each block's credits by bisection)."""
    starts = starts if starts is not None else [c.start for c in credits]
    inside = []
    for i in sorted(article.blocks, key=lambda i: blocks[i].start):
        b = blocks[i]
        inside += [c for c in credits[bisect_left(starts, b.start):bisect_left(starts, b.end)] if c.end <= b.end]
    if not inside:
        return article
    return _with_article(article, byline=tuple(sorted(inside, key=lambda c: (c.start, c.end))))
