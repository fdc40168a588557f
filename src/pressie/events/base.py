"""The article as the event stage reads it: its sentences, the page mentions inside it, the
settings of the stage, and the look-ups several slots share."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

import re

import regex

from .._checks import check_number
from .._spans import Intervals
from .._remarks import speech_verbs
from .._scan import stdlib_compiled, compile_like_regex, compile_stdlib
from ..lexicon import Triggers, alternation, compile_checked, compile_literals
from ..people import person_lexicon, titles_chain as _titles_chain
from ..records import Article, Person, Place, Quantity, Span, TimeExpr
from ..remap import record_builder
from ..vocabulary import KEPT, Vocabulary, group_nouns, org_units, resolve


class _Words(NamedTuple):
    """What the event rules read from the vocabulary (built once per vocabulary)."""

    counted: regex.Pattern  # a number of two or more digits counted in a classifier (3200家, 300余人)
    room_end: regex.Pattern  # a name ending in a room or department head (保密室, 急诊科, 发热门诊)
    org_heads: regex.Pattern  # the organisation words of org_units (区委, 党工委, 政府 …)
    group_nouns: frozenset[str]  # 领导, 干部 …: a title-like word that still names the body's people
    positions: re.Pattern  # the position titles (书记, 局长 …)
    single_surnames: frozenset[str]
    numeral_chars: str  # the Chinese digits and 十百千 (numerals.json), for a character class
    category_tail: regex.Pattern  # 等 + a list category (等娱乐场所, 等企业): a list of kinds, not of places
    dateline_after: regex.Pattern  # after a date: a place and 讯/电 (某网3月9日某地讯): the report's day
    speech_verbs: tuple[str, ...]  # 说, 表示 …: around a quotation they make it a remark (pressie._remarks)


@cache
def _vocabulary_words(vocabulary: "Vocabulary | None" = None) -> _Words:
    v = vocabulary or Vocabulary.default()
    suffixes = v.data("place_suffixes")
    return _Words(
        counted=compile_checked(rf"[0-9]{{2,}}(?:余|多)?(?:{alternation(v.data('classifiers')['count'])})",
                                "classifiers.json: count"),
        room_end=compile_checked(rf"(?:{alternation(suffixes['room_heads'])})$(?<!{alternation(suffixes['not_rooms'])})",
                                 "place_suffixes.json: room_heads"),
        org_heads=org_units(v),
        group_nouns=group_nouns(v),
        positions=compile_literals(v.words("positions"), "positions.txt"),
        single_surnames=frozenset(s for s in v.words("surnames") if len(s) == 1),
        numeral_chars="".join((*v.data("numerals")["digits"], *v.data("numerals")["units"])),
        category_tail=compile_checked(
            rf"等\p{{Han}}{{0,6}}?(?:{alternation(w for ws in suffixes['list_categories'].values() for w in ws)})",
            "place_suffixes.json: list_categories"),
        dateline_after=compile_checked(
            rf"\p{{Han}}{{0,6}}?(?:{alternation(v.data('time_words')['dateline_marks'])})(?=[\s(（【\[:：,，]|$)",
            "time_words.json: dateline_marks"),
        speech_verbs=speech_verbs(v),
    )


def _words_of(mentions: "Mentions") -> _Words:
    return _vocabulary_words(mentions.vocabulary)


_HAN_RUN = compile_stdlib(r"\p{Han}+")

#: The marks and conjunctions that join the items of a list (A、B和C): grammar, not vocabulary.
LIST_JOINERS = frozenset("、和及与")
LIST_MARK = "、"  # (the list mark of LIST_JOINERS)
LIST_JOINER_WORD = "以及"  # (the conjunction of two characters that joins a list's last item)
# What a speaker asks for ("某某强调,要…", "要求各单位必须…"): the clause that follows is a demand.
_SPOKEN_DEMAND = compile_stdlib(r"(?:强调|指出|要求|提出|希望)[,，:：]?[^。！？!?；;]{0,40}?(?<![主需重只不])(?:要(?!求)|必须|务必|应当)")


#: The verbs that say a gathering is held (召开, 举行, 举办), one pattern for the rules that read them.
HELD = r"(?:召开|举行|举办)"


_HELD_AFTER = compile_stdlib(rf"的?{HELD}")


# A lead before a clause's subject: a bracketed label, a bullet, a 讯 or a dateline (本报北京3月10日电),
# a bracketed byline.
_LEAD_PREFIX = compile_like_regex(r"(?:【[^】\n]{1,10}】)?[◆▲●★◇△◎■□]?\s*(?:[^\s(（,，。]{0,16}讯|[^\s(（,，。]{0,12}[0-9]{1,2}日电(?=[\s(（]|$))?"
                             r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*")


# 计划/预计/下一步 opening a clause (not 施工计划, 了解…预计完工时间), or 拟于/即将 anywhere.
_PLAN_IN_SENTENCE = regex.compile(r"(?:^|(?<=[,，;；:：]))(?:计划|预计|下一步|今后)|拟于|即将(?!来临|到来|来到|迎来)")
# The words one of which every match of _PLAN_IN_SENTENCE holds: a text without any has none (one
# scan of ``re``, which skips to their first characters, before the pattern that reads their context).
_PLAN_WORDS = compile_stdlib(r"计划|预计|下一步|今后|拟于|即将")


def _plans_in(text: str):
    """``_PLAN_IN_SENTENCE.finditer(text)``: the plan words of ``text`` that open a plan."""
    return _PLAN_IN_SENTENCE.finditer(text) if _PLAN_WORDS.search(text) is not None else iter(())


@cache
def _longest_first(triggers: Triggers, name: str) -> list[str]:
    """The words of a cue list, longest first (sorted once per table)."""
    return sorted(triggers.words(name), key=len, reverse=True)


def _plan_said(text: str) -> bool:
    """True when ``_PLAN_IN_SENTENCE`` finds a plan word in ``text``."""
    return _PLAN_WORDS.search(text) is not None and _PLAN_IN_SENTENCE.search(text) is not None


_BREAK = regex.compile(r"\s")  # a break between the parts of a headline


# (what r"[。！？!?]+[”’」』]?|\n" finds, written to open with one class: ``re`` skips to the
# marks at C speed)
_SENT_END = re.compile(r"[。！？!?\n](?:(?<=\n)|[。！？!?]*[”’」』]?)")


def _sentence_split(vocabulary: "Vocabulary | None" = None) -> re.Pattern:
    """The ends of the sentences an article is read in: those of _SENT_END, and a semicolon before
    a day (``day_marks`` of ``time_words.json``, a month and a year perhaps written first:
    ``month_mark``, ``year_mark``) that a comma or a part of the day (``part_of_day``) follows:
    "6日,某某…;9日上午,某某…" tells what happened each day, each part a sentence of its own."""
    return _sentence_split_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _sentence_split_of(vocabulary: Vocabulary) -> re.Pattern:
    from ..times import time_words
    words = time_words(vocabulary)
    parts = alternation(sorted(words["part_of_day"], key=len, reverse=True))
    days = alternation(words["day_marks"])
    year, month = regex.escape(words["year_mark"]), regex.escape(words["month_mark"])
    return re.compile(rf"[。！？!?\n](?:(?<=\n)|[。！？!?]*[”’」』]?)"
                      rf"|[;；](?=(?:[0-9]{{4}}{year})?(?:[0-9]{{1,2}}{month})?[0-9]{{1,2}}(?:{days})(?:[,，]|{parts}))")


_CLAUSE_MARKS = ",，;；:："  # the marks between clauses (structure, not vocabulary)
# (on ``re``: a match costs a third of a ``regex`` one; _clause_bounds bisects the page's marks,
# found once per page by _clause_marks)
# (a comma or colon between two digits, 8:30, 1,200, is part of a number or a time, no clause break)
# (one branch that opens with the marks, so the scan skips to them: after the mark, no digit both
# before it and after it)
_CLAUSE_SEP = compile_stdlib(f"[{_CLAUSE_MARKS}](?:(?<![0-9０-９].)|(?![0-9０-９]))")


_LOOKBACK = 200  # characters a clause or sentence test looks back


@dataclass(frozen=True)
class EventSettings:
    """The tuned numbers of the event stage (see the table in docs/design.md).

    A trigger mention scores the sum of the terms its sentence earns; the mentions of one type
    and day make an occurrence, kept when its best score is high enough; an event's
    ``confidence`` grows with that score and with the number of its mentions. Pass an instance
    to :func:`pressie.extract` (``settings=pressie.Settings(events=...)``) or to
    :func:`find_events`; ``find_events(..., explain=[])`` lists every mention's terms.
    """

    #: A mention in the headline.
    headline: float = 1.5
    #: A mention in one of the first ``lead_sentences`` + 1 sentences (headline included).
    lead: float = 1.0
    #: The index of the last sentence that counts as the lead (0 is the headline when there is one).
    lead_sentences: int = 2
    #: A mention in a sentence that dates something (its own day).
    dated: float = 1.5
    #: A sentence with a reporting verb (召开, 来到 … the ``reporting_verbs`` cue list).
    reporting_verb: float = 0.8
    #: A gathering said to be held (召开/举行 right before the trigger).
    held: float = 1.5
    #: A sentence that names a person.
    named_person: float = 0.7
    #: A visit followed right away by the places it went to (观摩了A、B).
    visited_place: float = 1.5
    #: An occurrence is dropped when its best score is more than ``margin`` below the unit's
    #: best (unless it has evidence of its own: held, or gone to a place) …
    margin: float = 2.0
    #: … or below ``floor`` when some mention of the unit reaches ``floor`` …
    floor: float = 1.5
    #: … or below this when none does.
    low_floor: float = 0.8
    #: confidence = min(cap, base + per_score × best score + per_mention × mentions): the base …
    confidence_base: float = 0.35
    #: … the weight of the occurrence's best score …
    confidence_per_score: float = 0.12
    #: … the weight of each mention of the occurrence …
    confidence_per_mention: float = 0.05
    #: … and the cap.
    confidence_cap: float = 0.95
    #: The largest count of persons, households or bodies (``capped_count_units``) an event keeps:
    #: more is a statistic of a campaign or a region (35万人次, 2800余个志愿团体), not the people of
    #: one occurrence (in the dev and held-out gold, 2 of 421 counts reach 10,000).
    max_count: float = 9999
    #: A verb of place this many characters or fewer before another, with no place between, opens
    #: no list of its own: the second verb governs the list (视察|组先后|来到某项目; not 在|某市|调研).
    next_governor: int = 4
    #: The longest trade name read before a line of business in a list of companies visited (某某|化工).
    trade_name_max: int = 4
    #: The characters before a trigger read for the clause whose subject holds the event: a body
    #: that holds it is named this close, and a sentence of many triggers stays linear.
    org_reach: int = 400
    #: The characters of a clause opened by 并 read for the role cue of the subject before it
    #: (出席会议,并对…工作提出三点建议: a speaker).
    and_clause: int = 40
    #: The sentences of a unit's body, from its first, in which a notice's set phrase
    #: (通知如下, 特此通知: ``notice_formulas``) makes the unit a notice (a report that quotes or
    #: appends a notice further on reports still).
    notice_opening: int = 2
    #: The longest first line of a unit's body read as a notice's salutation (各县级有关单位:): in a
    #: body that opens with one, a notice's set phrase makes the unit a notice wherever it stands.
    salutation_max: int = 60

    def __post_init__(self) -> None:
        bounded = {"lead_sentences": (0, None), "margin": (0, None), "confidence_cap": (0, 1), "max_count": (0, None),
                   "next_governor": (0, None), "trade_name_max": (2, None), "org_reach": (1, None), "and_clause": (0, None),
                   "notice_opening": (0, None), "salutation_max": (0, None)}
        integers = ("lead_sentences", "next_governor", "trade_name_max", "org_reach", "and_clause", "notice_opening",
                    "salutation_max")
        for name, value in self.__dict__.items():
            low, high = bounded.get(name, (None, None))
            check_number("EventSettings", name, value, integer=name in integers, low=low, high=high)


_DEFAULT_SETTINGS = EventSettings()


@dataclass(frozen=True, slots=True)
class Mentions:
    """The page-level mentions the event pass draws on (all offsets into the page text)."""

    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    orgs: tuple = ()
    credits: tuple = ()
    #: The publication date (ISO) when known: news reports the past, so a mention dated after
    #: it is a plan or an announcement (会议定于1月25日召开), not an occurrence.
    published: str | None = None
    #: The vocabulary the mentions were found with; the event rules read its lists too
    #: (``None``: the packaged one).
    vocabulary: "Vocabulary | None" = None
    # Every span of every person (the name and its later mentions) as (start, person's index),
    # sorted: built once, so that each article finds its people by bisection.
    _person_spans: tuple = field(default=(), compare=False, repr=False)
    # The ends of the organisations and places (admin, community, venue, company) that start at
    # each offset, ascending, and the spans of the persons' names and titles by start with the
    # furthest end so far: built once, so that reading a body's name at a place is a look-up.
    _unit_ends: dict = field(default_factory=dict, compare=False, repr=False)
    _named_starts: tuple = field(default=(), compare=False, repr=False)
    _named_reach: tuple = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        spans = sorted((x.start, k) for k, p in enumerate(self.people) for x in (p, *p.mentions))
        object.__setattr__(self, "_person_spans", tuple(spans))
        ends: dict[int, set[int]] = {}
        for o in self.orgs:
            ends.setdefault(o.start, set()).add(o.end)
        for p in self.places:
            if p.kind in ("admin", "community", "venue", "company"):
                ends.setdefault(p.start, set()).add(p.end)
        object.__setattr__(self, "_unit_ends", {k: tuple(sorted(v)) for k, v in ends.items()})
        named = sorted((x.start, x.end) for p in self.people for x in (p, *p.titles))
        reach, far = [], -1
        for _, e in named:
            far = max(far, e)
            reach.append(far)
        object.__setattr__(self, "_named_starts", tuple(s for s, _ in named))
        object.__setattr__(self, "_named_reach", tuple(reach))

    def unit_end(self, start: int, limit: int) -> int | None:
        """The furthest end, at most ``limit``, of an organisation or place that starts at ``start``."""
        ends = self._unit_ends.get(start)
        if not ends:
            return None
        k = bisect_right(ends, limit)
        return ends[k - 1] if k else None

    def names_overlap(self, start: int, end: int) -> bool:
        """True when a person's name or title overlaps ``[start, end)``."""
        k = bisect_left(self._named_starts, end)
        return k > 0 and self._named_reach[k - 1] > start


@dataclass(frozen=True, slots=True)
class _Sentence:
    index: int
    spans: tuple[tuple[int, int], ...]  # page spans in reading order
    paragraph: int
    headline: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    def contains(self, start: int, end: int) -> bool:
        for s, e in self.spans:
            if s <= start and end <= e:
                return True
        return False

    def text(self, page: str) -> str:
        if len(self.spans) == 1:  # (most sentences: one slice, no join)
            s, e = self.spans[0]
            return page[s:e]
        return "".join(page[s:e] for s, e in self.spans)


#: Makes a _Sentence as _Sentence(...) does, faster (see record_builder).
_sentence = record_builder(_Sentence)


def _sentences(article: Article, page: str, vocabulary: "Vocabulary | None" = None) -> list[_Sentence]:
    """The sentences of ``article`` in reading order, the headline first (see :func:`_sentence_split`)."""
    split = _sentence_split(vocabulary)
    out: list[_Sentence] = []
    if article.headline is not None:
        out.append(_sentence(index=0, spans=((article.headline.start, article.headline.end),), paragraph=-1, headline=True))
    carry: list[tuple[int, int]] = []
    paragraph = 0
    for k, seg in enumerate(article.segments):
        joined = k > 0 and k - 1 < len(article.joins) and article.joins[k - 1]
        if k > 0 and not joined:
            if carry:
                out.append(_sentence(index=len(out), spans=tuple(carry), paragraph=paragraph))
                carry = []
            paragraph += 1
        pos = seg.start
        for m in split.finditer(page, seg.start, seg.end):
            piece = (pos, m.end() if m[0] != "\n" else m.start())
            if piece[1] > piece[0]:
                carry.append(piece)
            if carry:
                out.append(_sentence(index=len(out), spans=tuple(carry), paragraph=paragraph))
            carry = []
            pos = m.end()
        if pos < seg.end:
            carry.append((pos, seg.end))
    if carry:
        out.append(_sentence(index=len(out), spans=tuple(carry), paragraph=paragraph))
    return out


def _semiclause(page: str, sent: _Sentence, pos: int) -> str:
    """The part of the sentence between semicolons that holds ``pos``."""
    for s, e in sent.spans:
        if s <= pos < e:
            s, e = max(s, pos - _LOOKBACK), min(e, pos + _LOOKBACK)
            left = max(page.rfind(";", s, pos), page.rfind("；", s, pos)) + 1 or s
            left = max(left, s)
            right = min([x for x in (page.find(";", pos, e), page.find("；", pos, e)) if x != -1] + [e])
            return page[left:right]
    return ""


@lru_cache(maxsize=4)
def _clause_marks(page: str) -> list[int]:
    """The offsets of the page's clause marks, in order (found once per page: the clauses of
    every trigger, person and count of every article are then found by bisection)."""
    return [m.start() for m in _CLAUSE_SEP.finditer(page)]


def _clause_bounds(page: str, sent: _Sentence, pos: int) -> tuple[int, int]:
    """The clause (between , ; :) of the sentence span holding ``pos`` (looking at most
    ``_LOOKBACK`` characters each way, so a sentence without punctuation stays linear)."""
    for s, e in sent.spans:
        if s <= pos < e:
            lo = pos - _LOOKBACK if pos - _LOOKBACK > s else s
            hi = pos + _LOOKBACK if pos + _LOOKBACK < e else e
            # The last mark before pos (the clause starts past it) and the first at or after it.
            marks = _clause_marks(page)
            k = bisect_left(marks, pos)
            left = marks[k - 1] + 1 if k and marks[k - 1] >= lo else lo
            right = marks[k] if k < len(marks) and marks[k] < hi else hi
            return left, right
    return pos, pos


@dataclass
class _Mention:
    type: str
    start: int
    end: int
    sentence: _Sentence
    score: float
    text: str = ""
    held: bool = False
    #: a visit told in sequence with the unit's meeting (会后,与会人员参观了某村): held, and of its day
    sequel: bool = False


@cache
def _occasion_speech(triggers: Triggers) -> regex.Pattern:
    """From the end of a trigger or a place: the rest of a phrase naming what a leader said on
    another occasion (…考察时所作的讲话, …视察广东期间的重要指示, …座谈会上发表的讲话)."""
    return _matcher(compile_checked(rf"[^,，。;；:：!！?？\n“”《》]{{0,16}}?(?:时|期间|上)(?:所作|发表)?的(?:{alternation(triggers.words('occasion_speech'))})",
                                    "triggers.json: occasion_speech"))


@cache
def _plan_document(triggers: Triggers) -> regex.Pattern:
    """From the end of a trigger: the rest of a noun phrase naming a plan of activities (…活动月方案)."""
    return _matcher(compile_checked(rf"\p{{Han}}{{0,10}}?(?:{alternation(triggers.words('plan_documents'))})(?=[的》”。，,;；、!！?？\s]|$)",
                                    "triggers.json: plan_documents"))


def _in_reference(page: str, place: Place, triggers: Triggers) -> bool:
    """A place inside a reference to another occasion or a document: "总书记在湖南、江西考察时的
    重要讲话精神", "《关于在安徽开展试点的通知》"."""
    before = page[max(0, place.start - 40):place.start]
    if before.rfind("《") > before.rfind("》"):
        return True
    return bool(_occasion_speech(triggers).match(page, place.end))


def _plain_lead(m, s0: int, mentions: Mentions, triggers: Triggers) -> bool:
    """True when an opening match ``m`` has no ``lead`` clause, or one that is a sequence word
    (随后) or lies within a time (当天, 3月5日上午): nothing else may come before what follows."""
    lead = m["lead"]
    return lead is None or bool(triggers.cue("sequence_openers").fullmatch(lead)) or any(
        t.start <= m.start("lead") and m.end("lead") <= t.end for t in _starting(mentions.times, s0, m.end("lead")))


def _opens_with_place(page: str, sent: _Sentence, mentions: Mentions, triggers: Triggers) -> bool:
    """"在新桥村,王明看望了…", "随后,在红星社区,…": the sentence opens with an adverbial naming a
    whole place (after nothing, a time or a sequence word; not "据了解,在…,"), where it happens;
    the place may be written after those that hold it (在某镇某村,…)."""
    s0, e0 = sent.spans[0]
    m = _PLACE_OPENING.match(page, s0, e0)
    if m is None:
        return False
    if not _plain_lead(m, s0, mentions, triggers):
        return False
    # One place, or a list of places (在A、B和C, 在A、B等乡镇): every item a place found, joined
    # by list marks, closed by the comma or by 等 and the kind of the places; or any list that a
    # word of places_closers closes (在某某食品、某某气体等地,: the places named before it).
    pos, end = m.start("place"), m.end("place")
    if (closed := triggers.cue("places_closers").search(page, pos, end)) is not None and closed.end() == end \
            and page.find("、", pos, closed.start()) >= 0:
        return True
    while True:
        item = next((p for p in _starting(mentions.places, pos, pos) if p.end <= end and p.kind != "generic"
                     and not _is_trigger(p, page, triggers)), None)
        if item is None:
            return False
        if item.end == end or _words_of(mentions).category_tail.fullmatch(page, item.end, end) \
                or triggers.cue("list_closing_words").fullmatch(page, item.end, end):
            return True
        if page[item.end] not in LIST_JOINERS:
            if not any(p.kind != "generic" for p in _starting(mentions.places, item.end, item.end)):
                return False
            pos = item.end  # (a chain: 在某镇|某村, the town that holds the village)
            continue
        pos = item.end + 1


def _goes_to_place(page: str, sent: _Sentence, pos: int, mentions: Mentions, triggers: Triggers) -> bool:
    """True when the clause before ``pos`` in its sentence has the actors go to a named place
    (深入住院病区, 来到东坡村): a verb of going right before a place that is not generic."""
    for s, e in sent.spans:
        if s <= pos < e:
            lo = max(s, pos - _LOOKBACK)
            for m in triggers.cue("movement").finditer(page, lo, pos):
                if any(p.kind != "generic" and p.end <= pos for p in _starting(mentions.places, m.end(), m.end() + 1)):
                    return True
    return False


def _rebased(person: Person, inside: list[Span], page: str, vocabulary: "Vocabulary | None" = None) -> Person:
    """A person first named in another article of the page, as this article names them: its first
    mention here, with the titles written before a mention here (so every offset stays inside)."""
    lex = person_lexicon(vocabulary)
    titles: tuple[Span, ...] = ()
    for m in inside:
        chain = _titles_chain(page, m.start, lex)
        if chain:
            titles = tuple(Span(start=s, end=e, text=page[s:e]) for s, e in chain)
            break
    first = inside[0]
    return replace(person, start=first.start, end=first.end, titles=titles, mentions=tuple(inside[1:]))


def _local(mentions: Mentions, article: Article, page: str) -> Mentions:
    """The mentions that lie inside the article (its headline and body segments)."""
    spans = sorted([(s.start, s.end) for s in article.segments] +
                   ([(article.headline.start, article.headline.end)] if article.headline else []))

    def keep(items):
        if not items:
            return ()
        out = []
        for s, e in spans:
            i = bisect_left(items, s, key=_START)  # finders return records in text order
            while i < len(items) and items[i].start < e:
                if items[i].end <= e:
                    out.append(items[i])
                i += 1
        return tuple(out)

    index = Intervals(spans)
    people = []
    # Only the people with a span starting inside the article can lie in it (in page order).
    starts = mentions._person_spans
    touched = sorted({k for s, e in spans for _, k in starts[bisect_left(starts, (s, -1)):bisect_left(starts, (e, -1))]})
    for p in (mentions.people[k] for k in touched):
        if index.contains(p.start, p.end):
            if any(not index.contains(t.start, t.end) for t in p.titles):
                # A title written in another article of the page stays there: what this unit cites
                # lies inside it.
                p = replace(p, titles=tuple(t for t in p.titles if index.contains(t.start, t.end)))
            people.append(p)
            continue
        inside = [m for m in p.mentions if index.contains(m.start, m.end)]
        if inside:
            people.append(_rebased(p, inside, page, mentions.vocabulary))
    people = tuple(sorted(people, key=lambda p: p.start))
    return Mentions(times=keep(mentions.times), quantities=keep(mentions.quantities), people=people,
                    places=keep(mentions.places), orgs=keep(mentions.orgs), credits=keep(mentions.credits),
                    published=mentions.published, vocabulary=mentions.vocabulary)


#: The (start, end) of a (start, end, sentence) entry: the sort key of :class:`_SentenceIndex` (no Python frame per entry).
_SPAN_KEY = itemgetter(0, 1)


class _SentenceIndex:
    """Which sentence of an article holds a span (a bisect over its sentences' page spans)."""

    __slots__ = ("starts", "ends", "sents")

    def __init__(self, sentences: list[_Sentence]) -> None:
        spans = sorted(((s, e, sent) for sent in sentences for s, e in sent.spans), key=_SPAN_KEY)
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]
        self.sents = [x for _, _, x in spans]

    def at(self, start: int, end: int) -> "_Sentence | None":
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and end <= self.ends[k]:
            return self.sents[k]
        return None


# After a governing verb, a list of places runs to the end of its clause, and on over a comma
# when the next clause opens with another place ("来到A、B,C、D等地").
# A sentence that opens with where it happens ("在新桥村,王明看望了…", "随后,在红星社区,…").
_PLACE_OPENING = compile_like_regex(r"(?:(?P<lead>[^,，。;；]{1,12})[,，])?在(?P<place>[^,，。;；在]{2,60})[,，]")


def _is_trigger(place: Place, page: str, triggers: Triggers) -> bool:
    """A "place" that is mostly a trigger word (清洁家园) is the activity, not a place."""
    m = triggers.pattern.search(page, place.start, place.end)
    return bool(m) and (m.end() - m.start()) * 2 >= place.end - place.start


@cache
def _cue_pattern(triggers: Triggers, template: str) -> regex.Pattern:
    """``template`` with each ``%{name}`` replaced by the words of that cue list of ``triggers``
    (alternatives in the listed order), compiled once per table: the rules keep their shapes
    here and their words in the table, where users extend them."""
    return regex.compile(_CUE_SLOT.sub(lambda m: "(?:" + "|".join(triggers.words(m[1])) + ")", template))


_CUE_SLOT = regex.compile(r"%\{([a-z_]+)\}")


@cache
def _cue_matcher(triggers: Triggers, template: str):
    """:func:`_cue_pattern` for a pattern tried at one place (``match``, ``fullmatch``): compiled
    with ``re`` where ``re`` reads it as ``regex`` does (:func:`pressie._scan.compile_like_regex`),
    which costs about half as much per call. (A ``search`` keeps ``regex``: it skips ahead to the
    pattern's words, where ``re`` tries every place.)"""
    return compile_like_regex(_CUE_SLOT.sub(lambda m: "(?:" + "|".join(triggers.words(m[1])) + ")", template))


def _matcher(compiled):
    """A pattern of :func:`pressie.lexicon.compile_checked` for ``match`` and ``fullmatch`` only:
    on ``re`` where ``re`` reads it as ``regex`` does (:func:`pressie._scan.compile_like_regex`;
    what version 1 of ``regex`` reads otherwise, sets and nested classes, stays on ``regex``)."""
    if isinstance(compiled, re.Pattern) or compiled.flags & (regex.I | regex.M | regex.S | regex.X):
        return compiled
    return stdlib_compiled(compiled.pattern) or compiled


def _place_verb_before(triggers: Triggers) -> regex.Pattern:
    """A verb that governs the place right after it (在, 来到 …: cue list place_verbs)."""
    return _cue_pattern(triggers, r"%{place_verbs}$")


_ANAPHOR = compile_stdlib(r"该(?P<kind>村|社区|镇|乡|街道|小区)")


def _starting(items, lo: int, hi: int) -> list:
    """The records (in text order) that start in ``[lo, hi]``: a bisect, not a scan of the page."""
    return items[bisect_left(items, lo, key=_START):bisect_right(items, hi, key=_START)]


#: A record's start offset (the key the bisections read; attrgetter: no Python frame per look).
_START = attrgetter("start")


def _before(items, pos: int, reach: int = 200) -> list:
    """The last ``reach`` records (in text order) that end at or before ``pos``."""
    k = bisect_right(items, pos, key=_START)  # records are in text order
    return [x for x in items[max(0, k - reach):k] if x.end <= pos]
