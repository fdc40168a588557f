"""spaCy components over pressie's core: ``pressie_layout``, ``pressie_units``, ``pressie_events``.

The components call the same pure core as :func:`pressie.extract` on
``doc.text``, one stage each, and leave msgpack-safe results on the Doc, so
``nlp.pipe(texts, n_process=2)`` and ``DocBin`` work. Put together
(``pressie_layout`` → ``pressie_units`` → ``pressie_events``) each runs its own
stage once and hands its result on to the next one on the Doc
(``doc.user_data["pressie_stage"]``, dropped by ``pressie_events``); alone,
``pressie_events`` runs all three stages. A component that continues from an
earlier one reads the text as that one did (its ``published``, ``traditional``
and ``mode`` apply only to the stages it runs itself). What they leave:

- ``doc.spans["pressie_blocks"]``: one span per block, labelled with its role;
- ``doc.spans["pressie_headlines"]``, ``doc.spans["pressie_triggers"]`` (label = event type),
  ``doc.spans["pressie_people"]``, ``doc.spans["pressie_places"]``, ``doc.spans["pressie_times"]``;
- ``doc.user_data["pressie"]``: the page as plain data (:meth:`Page.to_dict` without the text);
- ``doc.ents``: the page's people, places, organisations, times and quantities as
  non-overlapping entities (labels in :data:`ENT_LABELS`; spans already in ``doc.ents``
  are kept and win overlaps);
- the extensions ``doc._.pressie_page``, ``doc._.articles`` and ``doc._.events`` (getters
  over ``doc.user_data``, registered when a pressie component is first created).

:func:`page_from_doc` rebuilds the :class:`~pressie.records.Page`. Components are
registered with ``@Language.factory`` here and through the ``spacy_factories``
entry points; the trigger table is a registered function
(``pressie.triggers.v1``) so it can be set in a config file::

    [components.pressie_events.triggers]
    @misc = "pressie.triggers.v1"
    extra = {"signing": {"triggers": ["签约", "签约仪式"], "default_role": "attendee"}}
"""

from __future__ import annotations

from array import array
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, registry

from .core import DEFAULT_MAX_CHARS, STAGES, publication, read_events, read_layout, read_units, to_source
from .lexicon import Triggers
from .settings import Settings
from .vocabulary import Vocabulary
from .normalize import Normalized
from .records import Page

__all__ = ["load", "page_from_doc", "create_triggers", "create_settings", "create_vocabulary", "make_layout", "make_units", "make_events", "ENT_LABELS"]

USER_DATA_KEY = "pressie"
PUBLISHED_KEY = "pressie_published"
#: Where a component leaves its stage's result (on the normalised text) for the next component.
STAGE_KEY = "pressie_stage"

#: spaCy entity labels of pressie's findings (OntoNotes-style, as spaCy's Chinese models use).
#: Places are keyed by their ``kind``; a kind not listed here is ``LOC``.
ENT_LABELS: dict[str, str] = {
    "person": "PERSON", "org": "ORG", "company": "ORG", "admin": "GPE", "community": "GPE",
    "road": "FAC", "venue": "FAC", "site": "FAC", "place": "LOC", "generic": "LOC",
    "date": "DATE", "quantity": "CARDINAL",
}


@registry.misc("pressie.triggers.v1")
def create_triggers(extra: dict[str, Any] | None = None, replace: dict[str, Any] | None = None,
                    cues: dict[str, list[str]] | None = None) -> Triggers:
    """The trigger table: the packaged one, or ``replace`` (a triggers.json-shaped mapping), plus
    ``extra`` types and ``cues`` (more words for the rules' cue lists)."""
    base = Triggers.from_mapping(replace) if replace else Triggers.default()
    return base.extend(extra, cues=cues) if extra or cues else base


@registry.misc("pressie.vocabulary.v1")
def create_vocabulary(extra: dict[str, list[str]] | None = None) -> Vocabulary:
    """The word lists of the stages: the packaged ones, with ``extra`` words added by key
    (``{"layout_words.section_words.words": ["晨刊"]}``; see :class:`pressie.Vocabulary`)."""
    return Vocabulary.default().extend(extra) if extra else Vocabulary.default()


@registry.misc("pressie.settings.v1")
def create_settings(values: dict[str, dict[str, Any]] | None = None) -> Settings:
    """The stages' tuned numbers: the documented defaults, with ``values`` (``{"events":
    {"margin": 1.0}}``) changed (see :class:`pressie.Settings`)."""
    return Settings.from_dict(values or {})


def _char_span(doc: Doc, start: int, end: int, label: str):
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _set_spans(doc: Doc, key: str, items) -> None:
    spans = []
    for start, end, label in items:
        if end <= start:
            continue
        span = _char_span(doc, start, end, label)
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans


def _page_of(doc: Doc):
    return page_from_doc(doc) if USER_DATA_KEY in doc.user_data else None


def _articles_of(doc: Doc):
    page = _page_of(doc)
    return page.articles if page is not None else ()


def _events_of(doc: Doc):
    page = _page_of(doc)
    return page.events if page is not None else ()


def register_extensions() -> None:
    """Register ``doc._.pressie_page``, ``doc._.articles`` and ``doc._.events`` (idempotent).

    Called when a pressie component is created; the getters rebuild the page from
    ``doc.user_data``, so they also work on Docs read back from a ``DocBin``.
    """
    for name, getter in (("pressie_page", _page_of), ("articles", _articles_of), ("events", _events_of)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)


def _entities(doc: Doc, page: Page) -> list:
    """pressie's findings as spaCy entity spans: longest first where they overlap, existing ents kept."""
    items = [(p.start, p.end, ENT_LABELS["person"]) for p in page.people]
    items += [(p.start, p.end, ENT_LABELS.get(p.kind, "LOC")) for p in page.places]
    items += [(o.start, o.end, ENT_LABELS["org"]) for o in page.orgs]
    items += [(t.start, t.end, ENT_LABELS["date"]) for t in page.times]
    items += [(q.start, q.end, ENT_LABELS["quantity"]) for q in page.quantities]
    spans = []
    for start, end, label in items:
        if end > start:
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
    kept = list(doc.ents)
    taken = {i for e in kept for i in range(e.start, e.end)}
    new = [s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + new, key=lambda s: s.start)


class _Component:
    until = "events"

    def __init__(self, name: str, published: str | None, max_chars: int, traditional: bool,
                 triggers: Triggers | None = None, mode: str = "auto", settings: Settings | None = None,
                 vocabulary: Vocabulary | None = None) -> None:
        register_extensions()
        self.name = name
        self.mode = mode
        self.published = published
        self.max_chars = max_chars
        self.traditional = traditional
        self.triggers = triggers
        self.settings = settings
        self.vocabulary = vocabulary

    def _resume(self, doc: Doc) -> "tuple[Page, Normalized, str] | None":
        """The result an earlier pressie component left on ``doc``, if it is of an earlier stage."""
        state = doc.user_data.get(STAGE_KEY)
        if not isinstance(state, dict) or state.get("source_length") != len(doc.text):
            return None
        stage = state.get("stage")
        if stage not in STAGES or STAGES.index(stage) >= STAGES.index(self.until):
            return None
        text = state["text"]
        index = state.get("index")
        norm = Normalized(text, doc.text, None if index is None else array("l", index))
        page = Page.from_dict({**state["page"], "text": text})
        return page, norm, stage

    def _page(self, doc: Doc) -> Page:
        resumed = self._resume(doc)
        if resumed is None:
            published = doc.user_data.get(PUBLISHED_KEY, self.published)
            anchor, source = publication(doc.text, published, self.max_chars, settings=self.settings,
                                         vocabulary=self.vocabulary)
            page, norm = read_layout(doc.text, published=anchor, published_source=source,
                                     traditional=self.traditional, settings=self.settings,
                                     vocabulary=self.vocabulary)
            stage = "layout"
        else:
            page, norm, stage = resumed
        if self.until != "layout" and stage == "layout":
            page, stage = read_units(page, mode=self.mode, settings=self.settings, vocabulary=self.vocabulary), "units"
        if self.until == "events" and stage == "units":
            page, stage = read_events(page, triggers=self.triggers, settings=self.settings,
                                      vocabulary=self.vocabulary), "events"
        if stage == "events":
            doc.user_data.pop(STAGE_KEY, None)
        else:
            doc.user_data[STAGE_KEY] = {"stage": stage, "text": page.text, "source_length": len(doc.text),
                                        "index": None if norm.index is None else list(norm.index),
                                        "page": page.to_dict(include_text=False)}
        return to_source(page, norm)

    def __call__(self, doc: Doc) -> Doc:
        page = self._page(doc)
        doc.user_data[USER_DATA_KEY] = page.to_dict(include_text=False)
        _set_spans(doc, "pressie_blocks", [(b.start, b.end, b.role) for b in page.blocks])
        if self.until != "layout":
            _set_spans(doc, "pressie_headlines", [(a.headline.start, a.headline.end, a.kind)
                                                  for a in page.articles if a.headline])
            _set_spans(doc, "pressie_people", [(p.start, p.end, "PERSON") for p in page.people])
            _set_spans(doc, "pressie_places", [(p.start, p.end, p.kind) for p in page.places])
            _set_spans(doc, "pressie_times", [(t.start, t.end, t.kind) for t in page.times])
            doc.ents = _entities(doc, page)
        if self.until == "events":
            _set_spans(doc, "pressie_triggers", [(e.trigger.start, e.trigger.end, e.type) for e in page.events])
        return doc


class LayoutComponent(_Component):
    until = "layout"


class UnitsComponent(_Component):
    until = "units"


class EventsComponent(_Component):
    until = "events"


_DEFAULTS = {"published": None, "max_chars": DEFAULT_MAX_CHARS, "traditional": False, "mode": "auto"}
_SETTINGS = {"@misc": "pressie.settings.v1", "values": None}
_VOCABULARY = {"@misc": "pressie.vocabulary.v1", "extra": None}


@Language.factory("pressie_layout", default_config={**_DEFAULTS, "settings": _SETTINGS, "vocabulary": _VOCABULARY},
                  assigns=["doc.spans", "doc.user_data"])
def make_layout(nlp: Language, name: str, published: str | None, max_chars: int, traditional: bool, mode: str,
                settings: Settings, vocabulary: Vocabulary):
    return LayoutComponent(name, published, max_chars, traditional, mode=mode, settings=settings, vocabulary=vocabulary)


@Language.factory("pressie_units", default_config={**_DEFAULTS, "settings": _SETTINGS, "vocabulary": _VOCABULARY},
                  assigns=["doc.spans", "doc.user_data"])
def make_units(nlp: Language, name: str, published: str | None, max_chars: int, traditional: bool, mode: str,
               settings: Settings, vocabulary: Vocabulary):
    return UnitsComponent(name, published, max_chars, traditional, mode=mode, settings=settings, vocabulary=vocabulary)


@Language.factory("pressie_events",
                  default_config={**_DEFAULTS, "triggers": {"@misc": "pressie.triggers.v1", "extra": None, "replace": None,
                                                             "cues": None}, "settings": _SETTINGS, "vocabulary": _VOCABULARY},
                  assigns=["doc.spans", "doc.user_data"])
def make_events(nlp: Language, name: str, published: str | None, max_chars: int, traditional: bool,
                mode: str, triggers: Triggers, settings: Settings, vocabulary: Vocabulary):
    return EventsComponent(name, published, max_chars, traditional, triggers, mode=mode, settings=settings,
                           vocabulary=vocabulary)


def load(**overrides: Any) -> Language:
    """``spacy.blank("zh")`` with the ``pressie_events`` component (which runs layout and units too).

    Keyword arguments go to the component's config: ``published``,
    ``max_chars``, ``traditional``, ``mode``, ``triggers`` (a mapping of extra
    types, e.g. ``{"signing": {"triggers": ["签约"], "default_role": "attendee"}}``) and
    ``settings`` (changed numbers by stage, e.g. ``{"events": {"margin": 1.0}}``) and ``vocabulary``
    (words added by key, e.g. ``{"layout_words.section_words.words": ["晨刊"]}``).
    """
    import spacy

    config: dict[str, Any] = {}
    for key, value in overrides.items():
        if key == "triggers":
            if isinstance(value, Triggers):
                raise TypeError("pressie.load(triggers=...) takes a mapping of extra types (as Triggers.extend); "
                                "a Triggers object cannot go into a spaCy config: use pressie.extract(triggers=...)")
            config["triggers"] = {"@misc": "pressie.triggers.v1", "extra": value, "replace": None, "cues": None}
        elif key == "vocabulary":
            if isinstance(value, Vocabulary):
                value = {k: list(v) for k, v in value.additions.items()}  # the words it adds, by key
            config["vocabulary"] = {"@misc": "pressie.vocabulary.v1", "extra": value}
        elif key == "settings":
            values = value.to_dict() if isinstance(value, Settings) else value
            config["settings"] = {"@misc": "pressie.settings.v1", "values": values}
        elif key in _DEFAULTS:
            config[key] = value
        else:
            raise TypeError(f"pressie.load() got an unknown option {key!r}; valid: {', '.join(list(_DEFAULTS) + ['triggers', 'settings', 'vocabulary'])}")
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_events", config=config)
    return nlp


def page_from_doc(doc: Doc) -> Page:
    """The :class:`~pressie.records.Page` a pressie component left on ``doc``."""
    data = doc.user_data.get(USER_DATA_KEY)
    if data is None:
        raise ValueError("this Doc has no pressie result: run it through a pressie component first")
    return Page.from_dict({**data, "text": doc.text})
