"""Events in an article unit: meetings, inspections, volunteer activity, with their slots.

For each unit the pass reads the headline and the body in reading order,
sentence by sentence, finds trigger words (``resources/triggers.json``,
replaceable by the caller), drops mentions that are plans (将, 计划, 拟),
demands (要…, 会议要求…), references to other meetings (…会议精神) or parts
of a title (人大常委会主任), and groups the remaining mentions into
occurrences: one event per type and date. Each event then takes

- ``when``: the time expression of its own sentence, else the unit's lead time;
- ``who``: titled or named persons of the unit with the role their cue words
  give (主持 → chair, 讲话/强调 → speaker, 出席 → attendee, 陪同 → companion …);
- ``where``: places governed by a location verb (在, 来到, 深入 …), leaves only;
- ``orgs``: the organisation that is the subject of the trigger's clause;
- ``counts``: count quantities of the sentences that mention the event.

Every slot keeps its offsets; ``evidence`` lists the sentences used.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

import regex

from ._spans import Intervals
from .lexicon import ROLE_PRIORITY, Triggers, compile_checked, alternation, data, group_nouns, org_units
from .people import _VISITED_PEOPLE, _titles_chain
from .people import _lex as _people_lex
from .types import Article, Event, OrgRole, Participant, Person, Place, Quantity, Span, TimeExpr

__all__ = ["find_events", "Mentions", "EventSettings"]

# Structural patterns (punctuation, look-arounds) used on per-document paths, compiled once. The
# word lists the rules use are the ``cues`` of resources/triggers.json (Triggers.cue / .words).


@cache
def _counted() -> regex.Pattern:
    """A number of two or more digits counted in a classifier of things or people (3200家, 300余人)."""
    return compile_checked(rf"[0-9]{{2,}}(?:余|多)?(?:{alternation(data('classifiers')['count'])})",
                           "classifiers.json: count")


_HAN_RUN = regex.compile(r"\p{Han}+")
_PAST_OCCASION = regex.compile(r"时(?:的|所|,|，)")
_DEMAND_IN_SENTENCE = regex.compile(r"(?:^|[,，;；。:：“])要(?!求)")
_SPOKEN_DEMAND = regex.compile(r"(?:强调|指出|要求|提出|希望)[,，:：]?[^。！？!?；;]{0,40}?(?<![主需重只不])(?:要(?!求)|必须|务必|应当)")
_MODAL_NEAR = regex.compile(r"(?<![主需重])要(?!求)")
_ZAI_BEFORE = regex.compile(r"在$|在[^,，。]{0,4}$")
_LED_BY_AFTER = regex.compile(r"的?(?:带领|率领|带动)下")
_ACCOMPANIED_AFTER = regex.compile(r"的?陪同下?")
_HELD_AFTER = regex.compile(r"的?(?:召开|举行|举办)")
_LEAD_PREFIX = regex.compile(r"(?:【[^】\n]{1,10}】)?[◆▲●★◇△◎■□]?\s*(?:[^\s(（,，。]{0,16}讯)?\s*(?:[(（][^()（）]{0,30}[)）])?\s*")
_IN_PLACE_AFTER = regex.compile(r"(?:的[\p{Han}]{1,6})?(?:里|内)[,，]")
# "20余名医护人员参加活动": people who took part in the event the article reports.
_JOINED_THE_EVENT = regex.compile(r"(?:共同|一同|一起|全程)?(?:参加|参与|出席|列席)了?(?:此次|本次|这次|当天的?)?"
                                  r"(?:活动|会议|座谈|培训|调研|检查|督导|慰问|义诊|服务|演练|仪式)")
# "共有400余人参加": the count is of the people who took part (whatever statistic word precedes it).
_JOINED_AFTER_COUNT = regex.compile(r"(?:的?[\p{Han}]{0,4}?)?(?:参加|参与|出席|到场|参会)")
# "此次活动共服务老人15户": a count of the event the article reports, in a sentence of its own.
_THIS_EVENT = regex.compile(r"(?:此次|本次|这次)(?:活动|义诊|服务|慰问|调研|检查|督导|志愿服务)[^,，;；。]{0,10}$")
_STAMP_BEFORE = regex.compile(r"(?:时间|日期|发布|发表|更新)[:：]")
# 计划/预计/下一步 opening a clause (not 施工计划, 了解…预计完工时间), or 拟于/即将 anywhere.
_PLAN_IN_SENTENCE = regex.compile(r"(?:^|(?<=[,，;；:：]))(?:计划|预计|下一步|今后)|拟于|即将(?!来临|到来|来到|迎来)")
# What a trigger's clause goes on with before a count of occurrences (会议仅16场, 例会120余场).
_TALLY_AFTER = regex.compile(r"[^,，。;；:：\d一二三四五六七八九十百千万两]{0,4}?(?:\d+|[一二三四五六七八九十百千万两]+)(?:余|多)?")
_BREAK = regex.compile(r"\s")  # a break between the parts of a headline
_SENT_END = regex.compile(r"[。！？!?]+[”’」』]?|\n")
_CLAUSE_SEP = regex.compile(r"[,，;；:：]")
# A person whose words are cited: "习近平总书记视察重庆重要讲话重要指示精神", "…关于…的重要论述".
_REFERENCED = regex.compile(r"[^\s,，;；。:：“”、]{0,14}?(?:重要讲话|重要指示|重要批示|讲话精神|指示精神|批示精神|"
                            r"重要论述|重要回信|回信精神|新时代中国特色社会主义思想)")
# "陪同考察的有…", "陪同人员有…": the names listed after it accompany.
_ACCOMPANYING_WERE = regex.compile(r"陪同[\p{Han}]{0,6}?(?:的|人员)(?:还|也)?有")
_REPORT_TIME = regex.compile(r"(?:截至|截止|到|至)$")
_LOOKBACK = 200  # characters a clause or sentence test looks back
_IN_BEFORE = regex.compile(r"[在于][\p{Han}]{0,12}$")
_HELD_BEFORE = regex.compile(r"(?:召开|举行|举办)(?:了)?[^,，;；。:：]{0,8}$")
_AT_THE_MEETING = regex.compile(r"\s*(?:会上|会议上|会议中|会中|座谈会上|会议期间)[,，:：]?")
_OTHER_ACTIVITY = regex.compile(r"了?(?:此次|本次)?(?:活动|调研|视察|检查|慰问|走访|督导|考察)")
_ON_BEHALF_OF = regex.compile(r"(?<=[\p{Han}])代表")
_BY_ORGANISER = regex.compile(r"由")
_GROUP_OF_BODIES = regex.compile(r"等?(?:相关|有关|职能)?(?:部门|单位|力量)?[,，]?(?:对|在|开展|进行|深入|前往|到)")
_JOINTLY = regex.compile(r"联合|共同|携手")
_ORGANISED_BY = regex.compile(r"(?:组织|主办|举办|承办|发起|牵头)")
_HOLDS_AFTER = regex.compile(r"(?:在[^,，。;；]{1,20}?)?(?:举行|举办|开展|召开)")
_RESULT_AFTER = regex.compile(r"(?:提出|予以|进行|给予)?(?:通报)?(?:表扬|批评|约谈|问责|责令整改|限期整改|立案|处罚)")
_LOCATED_BEFORE = regex.compile(r"位于[^,，。;；]{1,14}的$")  # 来到位于环城东路的环卫所
_TASK_AFTER = regex.compile(r"(?:活动)?(?:工作|常态化|制度化|长效化|规范化|品牌化|项目化|体系|机制|提质增效|走深走实|落地见效|高质量发展)")
_TAKEN_ALONG = regex.compile(r"(?:携同|偕同|带着)[^,，。、]{0,12}$")
# "会后,…": an activity after the reported one; its day is not stated.
_SEQUENCE = regex.compile(r"^(?:会后|随后|此后|之后|下一步|接下来|今后)")
_MEETING_HEAD = regex.compile(r"[^,，。;；!！?？、]{0,14}?(?:推进会|动员会|部署会|座谈会|培训会|交流会|现场会|工作会|会议|例会|大会|发布会|观摩会|启动会)")


@cache
def _visited_before():
    """Before a name: a visit to people named after what they are (慰问了离休干部…, 、…)."""
    return regex.compile(f"(?:{_VISITED_PEOPLE.pattern})" + r"(?:\p{Han}{2,4}、)*$")




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
    #: … or below ``floor`` (``low_floor`` when no mention of the unit reaches ``floor``).
    floor: float = 1.5
    low_floor: float = 0.8
    #: confidence = min(cap, base + per_score × best score + per_mention × mentions).
    confidence_base: float = 0.35
    confidence_per_score: float = 0.12
    confidence_per_mention: float = 0.05
    confidence_cap: float = 0.95

    def __post_init__(self) -> None:
        for name, value in self.__dict__.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"EventSettings.{name} must be a number, not {value!r}")
        if self.lead_sentences < 0 or self.margin < 0 or not 0 <= self.confidence_cap <= 1:
            raise ValueError("EventSettings: lead_sentences and margin must be >= 0, confidence_cap within [0, 1]")


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
        return any(s <= start and end <= e for s, e in self.spans)

    def text(self, page: str) -> str:
        return "".join(page[s:e] for s, e in self.spans)


def _sentences(article: Article, page: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    if article.headline is not None:
        out.append(_Sentence(0, ((article.headline.start, article.headline.end),), -1, True))
    carry: list[tuple[int, int]] = []
    paragraph = 0
    for k, seg in enumerate(article.segments):
        joined = k > 0 and k - 1 < len(article.joins) and article.joins[k - 1]
        if k > 0 and not joined:
            if carry:
                out.append(_Sentence(len(out), tuple(carry), paragraph))
                carry = []
            paragraph += 1
        pos = seg.start
        for m in _SENT_END.finditer(page, seg.start, seg.end):
            piece = (pos, m.end() if m[0] != "\n" else m.start())
            if piece[1] > piece[0]:
                carry.append(piece)
            if carry:
                out.append(_Sentence(len(out), tuple(carry), paragraph))
            carry = []
            pos = m.end()
        if pos < seg.end:
            carry.append((pos, seg.end))
    if carry:
        out.append(_Sentence(len(out), tuple(carry), paragraph))
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


def _clause_bounds(page: str, sent: _Sentence, pos: int) -> tuple[int, int]:
    """The clause (between , ; :) of the sentence span holding ``pos`` (looking at most
    ``_LOOKBACK`` characters each way, so a sentence without punctuation stays linear)."""
    for s, e in sent.spans:
        if s <= pos < e:
            lo = max(s, pos - _LOOKBACK)
            left = lo
            for m in _CLAUSE_SEP.finditer(page, lo, pos):
                left = m.end()
            m = _CLAUSE_SEP.search(page, pos, min(e, pos + _LOOKBACK))
            return left, m.start() if m else min(e, pos + _LOOKBACK)
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


@cache
def _occasion_speech(triggers: Triggers) -> regex.Pattern:
    """From the end of a trigger or a place: the rest of a phrase naming what a leader said on
    another occasion (…考察时的重要讲话, …视察广东期间的重要指示)."""
    return compile_checked(rf"[^,，。;；:：!！?？\n“”《》]{{0,16}}?(?:时|期间)(?:所作|发表)?的(?:{alternation(triggers.words('occasion_speech'))})",
                           "triggers.json: occasion_speech")


@cache
def _plan_document(triggers: Triggers) -> regex.Pattern:
    """From the end of a trigger: the rest of a noun phrase naming a plan of activities (…活动月方案)."""
    return compile_checked(rf"\p{{Han}}{{0,10}}?(?:{alternation(triggers.words('plan_documents'))})(?=[的》”。，,;；、!！?？\s]|$)",
                           "triggers.json: plan_documents")


def _in_reference(page: str, place: Place, triggers: Triggers) -> bool:
    """A place inside a reference to another occasion or a document: "总书记在湖南、江西考察时的
    重要讲话精神", "《关于在安徽开展试点的通知》"."""
    before = page[max(0, place.start - 40):place.start]
    if before.rfind("《") > before.rfind("》"):
        return True
    return bool(_occasion_speech(triggers).match(page, place.end))


def _not_event(page: str, sent: _Sentence, start: int, end: int, triggers: Triggers, titles, kind: str) -> str | None:
    """Why a trigger mention is not an occurrence, or None when it may be one."""
    policy = triggers.policy(kind)
    for s, e in titles:
        if s <= start < e or s < end <= e:
            return "title"
    if triggers.blocked(page, start, end):
        return "not_trigger"
    clause_start, _ = _clause_bounds(page, sent, start)
    content = None
    for m in triggers.cue("content_verbs").finditer(page, clause_start, start):
        content = m
    if content is not None and not triggers.cue("holding").search(page, content.end(), start):
        return "content"  # 会议通报了…督查工作: what a meeting discussed, not an event
    after = page[end:end + 4]
    if "reference" in policy.exclusions and triggers.cue("reference_after").match(after):
        return "reference"
    if _PAST_OCCASION.match(after) or _occasion_speech(triggers).match(page, end):
        return "background"  # 在福建考察时的重要讲话, 视察广东期间的重要指示: a past occasion mentioned in passing
    if _plan_document(triggers).match(page, end):
        return "plan"  # 邻里互助志愿服务季度方案: a plan of activities, not one held
    if "room" in policy.exclusions and triggers.cue("room_after").match(after):
        return "room"  # 会议室, 会议中心: a place, not a meeting
    if "medical" in policy.exclusions and page[start:end] in triggers.words("medical_checks") \
            and triggers.cue("medical").search(sent.text(page)):
        return "medical"  # 免费进行心电图、血糖等检查…来到义诊现场: a medical examination, not an inspection
    before_all = page[max(0, start - 40):start]
    if before_all.rfind("《") > before_all.rfind("》"):
        return "reference"
    c_start = clause_start
    before = page[c_start:start]
    for word in triggers.not_events.get("plan", ()):
        if word in before:
            return "plan"
    if triggers.cue("period_statistics").search(before):
        return "tally"  # 某省今年1~5月开展…检查: what was done over months, a statistic
    if triggers.cue("period_totals").search(before) and _counted().search(page, end, _clause_bounds(page, sent, start)[1]):
        return "tally"  # 全省开展…检查的企业3200家: a total over a region, a statistic
    for word in triggers.not_events.get("tally", ()):
        if word in before:
            return "tally"  # 累计召开例会…: a statistic of many occurrences
    tally = _TALLY_AFTER.match(page, end)
    if tally and triggers.cue("frequency_units").match(page, tally.end()):
        return "tally"  # 召开大型会议仅16场: many occurrences counted, none reported
    # A sentence that lays out plans ("据悉,某镇将…,计划年底建成…,在入户走访的同时…") reports
    # no occurrence even in a later clause; 按照…计划 is a plan being carried out.
    in_sentence = page[max(sent.start, start - _LOOKBACK):c_start] if sent.contains(sent.start, start) else ""
    for m in _PLAN_IN_SENTENCE.finditer(in_sentence):
        if not triggers.cue("plan_followed").search(in_sentence, max(0, m.start() - 4), m.start()):
            return "plan"
    sent_before = page[max(sent.start, start - _LOOKBACK):start] if sent.contains(sent.start, start) else before
    calls = list(triggers.cue("call").finditer(sent_before))
    if calls and not triggers.cue("new_occurrence").search(sent_before, calls[-1].end()):
        return "demand"  # 号召…开展: what was asked for, not what happened
    if _DEMAND_IN_SENTENCE.search(sent_before) or _SPOKEN_DEMAND.search(sent_before):
        return "demand"  # (邓某强调,各地各级要…开展应急演练和工作督查: what was asked for)
    stripped = before.lstrip("“\"")
    if triggers.cue("modal_start").match(stripped) or _MODAL_NEAR.search(before[-6:]):
        return "demand"
    if _TASK_AFTER.match(page, end) and triggers.cue("task_verbs").search(before):
        return "task"  # 积极做好志愿服务工作, 推进志愿服务常态化: a line of work, not an occurrence
    opening = sent.start + (page[sent.start:sent.start + 1] in "“\"")  # past an opening quote
    if triggers.cue("long_run").match(page, opening):
        return "background"  # 近年来,…围绕…志愿服务理念: a practice over years, not an occurrence
    if "background" in policy.exclusions:
        for word in triggers.not_events.get("background", ()):
            if word in before:
                return "background"
    return None


def find_events(article: Article, page: str, mentions: Mentions, *, triggers: Triggers | None = None,
                settings: EventSettings | None = None, explain: "list[dict] | None" = None) -> list[Event]:
    """The events reported in one article unit.

    Args:
        article: the unit (its headline and body segments refer to ``page``).
        page: the (normalised) page text the offsets refer to.
        mentions: times, quantities, people, places, orgs found on the page.
        triggers: the trigger table (default: ``resources/triggers.json``).
        settings: the scores and thresholds (default: :class:`EventSettings`).
        explain: an optional list that receives one dict per trigger mention: its ``type``,
            ``start``, ``end``, ``text``, and either ``dropped`` (why it is no occurrence:
            ``plan``, ``demand``, ``title`` …) or its score ``terms`` and whether its occurrence
            was ``kept``.

    Returns:
        :class:`~pressie.types.Event` records in reading order (``[]`` when none).
    """
    triggers = triggers or Triggers.default()
    cfg = settings or _DEFAULT_SETTINGS
    sentences = _sentences(article, page)
    if not sentences:
        return []
    mentions = _local(mentions, article, page)
    titles = [(t.start, t.end) for p in mentions.people for t in p.titles]
    titles += [(c.start, c.end) for c in mentions.credits]
    found: list[_Mention] = []
    for sent in sentences:
        for s, e in sent.spans:
            for m in triggers.pattern.finditer(page, s, e):
                kind = triggers.type_of(m[0])
                policy = triggers.policy(kind)
                why = _not_event(page, sent, m.start(), m.end(), triggers, titles, kind)
                if why:
                    if explain is not None:
                        explain.append({"type": kind, "start": m.start(), "end": m.end(), "text": m[0], "dropped": why})
                    continue
                support = triggers.cue("headline_support" if sent.headline else policy.support)
                if m[0] in triggers.types[kind].get("weak", ()) and not support.search(_semiclause(page, sent, m.start())) \
                        and not any(p.kind != "generic" and not _BREAK.search(page, m.end(), p.start)
                                    for p in _starting(mentions.places, m.end(), m.end() + 12)):
                    if explain is not None:
                        explain.append({"type": kind, "start": m.start(), "end": m.end(), "text": m[0], "dropped": "weak"})
                    continue  # 检查物资, 完成了排查, 志愿者报到: a weak trigger needs an activity frame
                if "meeting_name" in policy.exclusions and _MEETING_HEAD.match(page, m.end()):
                    if explain is not None:
                        explain.append({"type": kind, "start": m.start(), "end": m.end(), "text": m[0],
                                        "dropped": "meeting_name"})
                    continue  # 志愿服务推进会: the modifier of a meeting's name, not an event of its own
                found.append(_Mention(kind, m.start(), m.end(), sent, 0.0, m[0]))
    if not found:
        return []
    at = _SentenceIndex(sentences).at
    times = [t for t in mentions.times if t.kind in ("point", "span") and at(t.start, t.end) is not None]
    lead_time = _lead_time(sentences, times, page)
    # Per sentence, once: the day it dates (its first dated time) and whether it names a person.
    dates: dict[int, str] = {}
    dated: set[int] = set()
    recurring = [r.start for r in mentions.times if r.kind == "recurring"]
    for t in times:
        if t.date_start and not _habitual(t, recurring):
            k = at(t.start, t.end).index
            dated.add(k)
            if t.granularity not in ("month", "year") and (t.rule != "festival" or _usable(t, page)):
                dates.setdefault(k, t.date_start)  # (中秋佳节到来之际 names an occasion, not the day)
    # Sentences whose first usable time lies after the publication day (a festival names an occasion).
    late: set[int] = set()
    seen_sents: set[int] = set()
    for t in times:
        k = at(t.start, t.end).index
        if k not in seen_sents and _usable(t, page):
            seen_sents.add(k)
            if _after_publication(t.date_start, mentions.published):
                late.add(k)
    with_people = {x.index for p in mentions.people for x in (at(p.start, p.end), *(at(m.start, m.end) for m in p.mentions))
                   if x is not None}
    # Score mentions: a headline, a dated sentence, the lead, a holding verb, a titled person make an occurrence.
    terms_of: dict[int, list[tuple[str, float]]] = {}
    for m in found:
        sent = m.sentence
        policy = triggers.policy(m.type)
        terms: list[tuple[str, float]] = []
        if sent.headline:
            terms.append(("headline", cfg.headline))
        if sent.index <= cfg.lead_sentences:
            terms.append(("lead", cfg.lead))
        if sent.index in dated:
            terms.append(("dated", cfg.dated))
        text = sent.text(page)
        if triggers.cue("reporting_verbs").search(text):
            terms.append(("reporting_verb", cfg.reporting_verb))
        if policy.gathering and _HELD_BEFORE.search(page, max(sent.start, m.start - 12), m.start):
            terms.append(("held", cfg.held))  # "并且召开座谈会": a meeting said to be held is an occurrence of its own
            m.held = True
        if policy.visits and _goes_to_place(page, sent, m.start, mentions, triggers):
            m.held = True  # "会前,王明一行深入住院病区、发热门诊,检查…": a visit of its own in a meeting's unit
        if sent.index in with_people:
            terms.append(("named_person", cfg.named_person))
        if policy.visits and any(p.kind != "generic" for p in _starting(mentions.places, m.end, m.end + 2)):
            terms.append(("visited_place", cfg.visited_place))  # "观摩了A、B、C": the places it went to make a visit an occurrence
        score = 0.0
        for _, value in terms:
            score += value
        m.score = score
        terms_of[id(m)] = terms
    events: list[tuple[_Mention, list[_Mention]]] = []
    # The unit's main type: the best-scored mention's type; other types need their own evidence.
    for m in sorted(found, key=lambda x: (x.sentence.index, x.start)):
        date = dates.get(m.sentence.index)
        if m.sentence.index in late:
            continue  # 会议定于1月25日召开 in a paper of 1月21日: announced, not reported
        merged = False
        for anchor, group in events:
            if anchor.type != m.type:
                continue
            adate = dates.get(anchor.sentence.index)
            if date is None or adate is None or date == adate:
                group.append(m)
                merged = True
                break
        if not merged:
            events.append((m, [m]))
    events = _merge_visits_into_volunteering(events, dates, triggers)
    # Volunteering is what the text calls so (志愿, 义务, 义诊, 学雷锋 …, ANNOTATION policy 4): a
    # clean-up or a 文明实践 campaign in a unit that never uses one of those words is not one.
    for kind in {a.type for a, _ in events if triggers.policy(a.type).requires}:
        said = triggers.cue(triggers.policy(kind).requires)
        if not any(said.search(page, s, e) for sent in sentences for s, e in sent.spans):
            events = [(a, g) for a, g in events if a.type != kind]
    out: list[Event] = []
    best = max((max(x.score for x in group) for _, group in events), default=0)
    kept: set[int] = set()
    for anchor, group in events:
        score = max(x.score for x in group)
        held = any(x.held for x in group)  # its own evidence: not measured against the unit's main event
        if (score < best - cfg.margin and not held) or score < (cfg.floor if best >= cfg.floor else cfg.low_floor):
            continue
        # The sentences that report the unit's other events name their own people.
        foreign = {m.sentence.index for a, g in events if a is not anchor for m in g
                   if dates.get(m.sentence.index) != dates.get(anchor.sentence.index)} - {m.sentence.index for m in group}
        event = _fill(anchor, group, sentences, page, mentions, times, lead_time, triggers, len(events) == 1,
                      foreign, cfg)
        if event is not None:
            out.append(event)
            kept.update(id(m) for m in group)
    if explain is not None:
        for m in sorted(found, key=lambda x: x.start):
            explain.append({"type": m.type, "start": m.start, "end": m.end, "text": m.text, "score": m.score,
                            "terms": terms_of[id(m)], "held": m.held, "kept": id(m) in kept})
        explain.sort(key=lambda x: x["start"])
    return out




def _plain_lead(m, s0: int, mentions: Mentions, triggers: Triggers) -> bool:
    """True when an opening match ``m`` has no ``lead`` clause, or one that is a sequence word
    (随后) or lies within a time (当天, 3月5日上午): nothing else may come before what follows."""
    lead = m["lead"]
    return lead is None or bool(triggers.cue("sequence_openers").fullmatch(lead)) or any(
        t.start <= m.start("lead") and m.end("lead") <= t.end for t in _starting(mentions.times, s0, m.end("lead")))


def _opens_with_place(page: str, sent: _Sentence, mentions: Mentions, triggers: Triggers) -> bool:
    """"在新桥村,王明看望了…", "随后,在红星社区,…": the sentence opens with an adverbial naming a
    whole place (after nothing, a time or a sequence word; not "据了解,在…,"), where it happens."""
    s0, e0 = sent.spans[0]
    m = _PLACE_OPENING.match(page, s0, e0)
    if m is None:
        return False
    if not _plain_lead(m, s0, mentions, triggers):
        return False
    return any(p.end == m.end("place") and p.kind != "generic" and not _is_trigger(p, page, triggers)
               for p in _starting(mentions.places, m.start("place"), m.start("place")))


_SCENE_OPENING = regex.compile(r"(?:(?P<lead>[^,，。;；]{1,12})[,，])?")
_SCENE_LINK = regex.compile(r"(?:上|里|内|中|前)?(?:一片|到处)?")


def _scene_places(scope, page: str, mentions: Mentions, triggers: Triggers) -> list[Place]:
    """"当天,某村文化礼堂里欢声笑语": a place that opens a sentence of the scope (after
    nothing, a time or a sequence word) followed by a scene word sets where the event happens."""
    out: list[Place] = []
    for sent in scope:
        if sent.headline:
            continue
        s0, e0 = sent.spans[0]
        m = _SCENE_OPENING.match(page, s0, e0)
        if not _plain_lead(m, s0, mentions, triggers):
            continue
        at = m.end()
        chain = []
        for p in _starting(mentions.places, at, min(e0, at + 40)):
            if p.start != at:
                break
            chain.append(p)
            at = p.end
        if chain and triggers.cue("scene_words").match(page, _SCENE_LINK.match(page, at).end()):
            out += chain
    return out


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


def _merge_visits_into_volunteering(events, dates: dict[int, str], triggers: Triggers):
    """A visit (慰问, 送温暖 …) done as volunteer service in the same unit and on the same day is
    one volunteer event: the text calls its actors 志愿者 (see docs/events.md)."""
    # Only a group that calls itself volunteering (志愿, 义诊, 献血 …) takes visits over; a
    # purpose such as 推进新时代文明实践 does not make officials' visits volunteer work.
    volunteer = [(a, g) for a, g in events if triggers.policy(a.type).absorbs_visits
                 and any(w in m.text for m in g for w in triggers.words(triggers.policy(a.type).requires or "volunteer_words"))]
    if not volunteer:
        return events
    out = []
    for anchor, group in events:
        policy = triggers.policy(anchor.type)
        if policy.visits and not policy.absorbs_visits \
                and all(any(w in m_text for w in triggers.words("visit_words")) for m_text in (m_.text for m_ in group)):
            adate = dates.get(anchor.sentence.index)
            target = next(((va, vg) for va, vg in volunteer
                           if adate is None or dates.get(va.sentence.index) in (None, adate)), None)
            if target is not None:
                va, vg = target
                for m in group:
                    m.type = va.type
                vg.extend(group)
                vg.sort(key=lambda m: (m.sentence.index, m.start))
                continue
        out.append((anchor, group))
    # The volunteer anchor is its earliest mention.
    fixed = []
    for anchor, group in out:
        first = min(group, key=lambda m: (m.sentence.index, m.start))
        fixed.append((first, group))
    return fixed


def _rebased(person: Person, inside: list[Span], page: str) -> Person:
    """A person first named in another article of the page, as this article names them: its first
    mention here, with the titles written before a mention here (so every offset stays inside)."""
    lex = _people_lex()
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
    for p in mentions.people:
        if index.contains(p.start, p.end):
            if any(not index.contains(t.start, t.end) for t in p.titles):
                # A title written in another article of the page stays there: what this unit cites
                # lies inside it.
                p = replace(p, titles=tuple(t for t in p.titles if index.contains(t.start, t.end)))
            people.append(p)
            continue
        inside = [m for m in p.mentions if index.contains(m.start, m.end)]
        if inside:
            people.append(_rebased(p, inside, page))
    people = tuple(sorted(people, key=lambda p: p.start))
    return Mentions(times=keep(mentions.times), quantities=keep(mentions.quantities), people=people,
                    places=keep(mentions.places), orgs=keep(mentions.orgs), credits=keep(mentions.credits),
                    published=mentions.published)


class _SentenceIndex:
    """Which sentence of an article holds a span (a bisect over its sentences' page spans)."""

    __slots__ = ("starts", "ends", "sents")

    def __init__(self, sentences: list[_Sentence]) -> None:
        spans = sorted(((s, e, sent) for sent in sentences for s, e in sent.spans), key=lambda x: (x[0], x[1]))
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]
        self.sents = [x for _, _, x in spans]

    def at(self, start: int, end: int) -> "_Sentence | None":
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and end <= self.ends[k]:
            return self.sents[k]
        return None


def _lead_time(sentences: list[_Sentence], times: list[TimeExpr], page: str) -> TimeExpr | None:
    for sent in sentences[:4]:
        if sent.headline:
            continue
        for t in times:
            if sent.contains(t.start, t.end) and _usable(t, page):
                return t
    return None


def _after_publication(date: str | None, published: str | None) -> bool:
    """True when a full ISO ``date`` lies after the publication day (partial dates never do)."""
    return bool(date and published and not date.startswith("--") and date[:10] > published[:10])


def _habitual(t: TimeExpr, recurring: list[int]) -> bool:
    """"每周一下发清单…。周六召开例会": right after a recurring time, a weekday tells a habit, not a day."""
    if t.rule != "weekday":
        return False
    k = bisect_left(recurring, t.start - 80)
    return k < len(recurring) and recurring[k] < t.start


def _usable(t: TimeExpr, page: str) -> bool:
    if t.kind not in ("point", "span"):
        return False
    if t.rule == "festival" and not t.text.endswith(("当天", "当日")):
        return False  # 春节送温暖: a festival names the occasion, not the day
    if t.granularity in ("month", "year"):
        return False
    if _REPORT_TIME.search(page[max(0, t.start - 2):t.start]):
        return False
    line_start = page.rfind("\n", max(0, t.start - 80), t.start) + 1
    if _STAMP_BEFORE.search(page, max(line_start, t.start - 80), t.start):
        return False  # "时间:2018/11/9 8:50": when the page was posted, not when anything happened
    if t.date_start is None and "unresolved" not in t.inferred:
        return False
    return True


def _fill(anchor: _Mention, group: list[_Mention], sentences, page: str, mentions: Mentions,
          times: list[TimeExpr], lead_time: TimeExpr | None, triggers: Triggers, only: bool,
          foreign: "set[int] | frozenset[int]" = frozenset(), cfg: EventSettings = _DEFAULT_SETTINGS) -> Event | None:
    kind = anchor.type
    policy = triggers.policy(kind)
    sents = sorted({m.sentence.index: m.sentence for m in group}.values(), key=lambda s: s.index)
    # when: a time in the anchor's sentence, before the trigger if possible.
    when = None
    recurring = [r.start for r in mentions.times if r.kind == "recurring"]
    for m in group:
        cands = [t for t in times if m.sentence.contains(t.start, t.end) and _usable(t, page)
                 and not _habitual(t, recurring)]
        if cands:
            before = [t for t in cands if t.start < m.start]
            when = (before[-1] if before else cands[0])
            break
    body = [m for m in group if not m.sentence.headline]
    first = min(body, key=lambda m: (m.sentence.index, m.start)) if body else anchor
    # (counted from the lead's sentence: a web page's header lines come before it)
    lead_index = next((x.index for x in sentences if x.contains(lead_time.start, lead_time.end)), 0) if lead_time else 0
    # The unit's only event takes the lead's day when no other day is written between the lead and
    # its first mention (a feature story dated once, its volunteers named later).
    told = page[max(first.sentence.start, first.start - _LOOKBACK):first.start]
    alone = only and lead_time is not None and not any(
        lead_time.end <= t.start < first.start and t.date_start and t.date_start != lead_time.date_start for t in times) \
        and not any(w in told for w in triggers.not_events.get("background", ()))  # 她曾带动…组建志愿服务队: no day
    if when is None and lead_time is not None and (first.sentence.index <= max(3, lead_index + 2) or not body
                                                   or any(m.held for m in group) or alone) \
            and not _SEQUENCE.search(first.sentence.text(page)):
        when = lead_time
    if when is not None and "context" in when.inferred:
        # 当天/当日 or a bare clock time take their day from the text before them, which on a
        # page may be another article: keep it only when this article dates something before it.
        if not any(t.date_start and t.rule not in ("relative_day", "clock", "part_of_day") and t.start < when.start
                   for t in times):
            when = None
    scope = sentences if only else _scope(anchor, sentences)
    who = _participants(kind, anchor, [x for x in scope if x.index not in foreign], page, mentions, triggers,
                        {m.sentence.index for m in group})
    where_scope = scope
    if not only and policy.visits:
        # A tour goes on paragraph by paragraph ("来到B公司,…", "在C村,…"): the paragraphs after the
        # scope that open with a verb of going or a place stay in it, up to one that does not.
        last = max((x.paragraph for x in scope if not x.headline), default=anchor.sentence.paragraph)
        for para in sorted({x.paragraph for x in sentences if x.paragraph > last}):
            ps = [x for x in sentences if x.paragraph == para and not x.headline]
            if not ps or any(x.index in foreign for x in ps) or not (
                    triggers.cue("movement").match(page, ps[0].start) or _opens_with_place(page, ps[0], mentions, triggers)):
                break
            where_scope = where_scope + ps
    where = _where(kind, group, where_scope, page, mentions, triggers, [x for x in sentences if not x.headline][:2])
    orgs: list[OrgRole] = []
    # The body names the organiser in full; a headline often shortens it.
    for m in sorted(group, key=lambda x: (x.sentence.headline, x.sentence.index, x.start)):
        orgs = _orgs(m, page, mentions, who, triggers)
        if orgs:
            break
    if not orgs and only:
        # "7月17日,滨江区社会工作部联合…,在…开展秋季河道巡查活动。…志愿者们…": the unit's only
        # event is what its lead says a body held, though the lead names it otherwise.
        lead = next((x for x in sentences if not x.headline), None)
        if lead is not None and lead.index not in {m.sentence.index for m in group}:
            for s0, e0 in lead.spans:
                holds = list(triggers.cue("holding_later").finditer(page, s0, e0))
                if holds:
                    orgs = _orgs(_Mention(kind, holds[0].start(), holds[0].end(), lead, 0.0), page, mentions, who, triggers)
                    # "A联合B在…开展": read up to the verb after 联合, so the partner is named too.
                    later = [h for h in holds if not page.startswith(("联合", "携手", "会同"), h.start())]
                    if later and later[0] is not holds[0]:
                        more = _orgs(_Mention(kind, later[0].start(), later[0].end(), lead, 0.0), page, mentions, who, triggers)
                        if {o.text for o in orgs} < {o.text for o in more}:
                            orgs = more
                    break
    orgs += [o for o in _organised_by(sents, page, mentions) if all((o.start, o.end) != (x.start, x.end) for x in orgs)]
    # The organiser is who holds it, not where ("仓山区新时代文明实践中心联合…开展"), unless a
    # place verb governs it; a place that opens another chosen place's name contains it.
    where = [p for p in where if p.kind != "venue" or not any((o.start, o.end) == (p.start, p.end) for o in orgs)
             or _PLACE_VERB_BEFORE.search(page, max(0, p.start - 3), p.start)]
    where = [p for p in where if not any(q is not p and len(q.text) > len(p.text) and q.text.startswith(p.text)
                                         for q in where)]
    # A governing body (县政府, 管委会) is where only when a place verb governs it (在县政府);
    # "区政府召开专题会议", "听取区人民政府…的报告" name who holds or reports.
    bodies = tuple(triggers.words("body_places"))
    listed = {q.end for q in where}
    where = [p for p in where if not p.text.endswith(bodies) or _PLACE_VERB_BEFORE.search(page, max(0, p.start - 3), p.start)
             or page[p.start - 1:p.start] in ("、", "和", "及", "与") and p.start - 1 in listed]  # 到循环园区和伍明镇政府
    counts = _counts(group, page, mentions, scope, triggers, kind)
    if not (when or where or who or orgs or counts):
        return None
    if when is not None and _after_publication(when.date_start, mentions.published):
        return None
    evidence = tuple(Span(start=s, end=e, text=page[s:e]) for sent in sents for s, e in sent.spans)
    confidence = min(cfg.confidence_cap, cfg.confidence_base + cfg.confidence_per_score * anchor.score
                     + cfg.confidence_per_mention * len(group))
    return Event(
        type=kind, trigger=Span(start=anchor.start, end=anchor.end, text=page[anchor.start:anchor.end]),
        when=when, where=tuple(where), who=tuple(who), orgs=tuple(orgs), counts=tuple(counts),
        evidence=evidence, confidence=round(confidence, 3),
    )


def _scope(anchor: _Mention, sentences: list[_Sentence]) -> list[_Sentence]:
    """The anchor's paragraph and the next one (for units with several events)."""
    para = anchor.sentence.paragraph
    return [s for s in sentences if para <= s.paragraph <= para + 1 or s.headline]


class _Skips:
    """The names and titles a role cue is looked for past: where the text after a position goes on."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end of the spans that start at or before each one
        far = -1
        for _, e in spans:
            far = max(far, e)
            self.reach.append(far)

    def past(self, pos: int) -> int:
        """``pos``, or the end of the spans that hold it (a name and the names and titles it runs into)."""
        while True:
            k = bisect_right(self.starts, pos) - 1
            if k < 0 or self.reach[k] <= pos:
                return pos
            pos = self.reach[k]

    def next_start(self, pos: int) -> int | None:
        """The first span start at or after ``pos``."""
        k = bisect_left(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else None


def _role_for(kind: str, page: str, sent: _Sentence, start: int, end: int, triggers: Triggers,
              skip: "_Skips") -> tuple[str | None, str | None]:
    """The role a mention's cue words give, and the cue."""
    roles = triggers.roles(kind)
    policy = triggers.policy(kind)
    # Text after the name, skipping over other names, titles and list separators.
    pos = end
    limit = max(e for _, e in sent.spans)
    for s, e in sent.spans:
        if s <= start < e:
            limit = e
    while True:
        moved = False
        past = skip.past(pos)
        if past != pos:
            pos, moved = past, True
        while pos < limit and page[pos] in "、,，和及与 ":
            pos, moved = pos + 1, True
        if page.startswith(("同志", "等", "一行"), pos):
            pos += 2 if page.startswith(("同志", "一行"), pos) else 1
            moved = True
        if not moved:
            break
    # What follows the name, across a continuation join of the sentence.
    following = page[pos:limit]
    later = False
    for s, e in sent.spans:
        if later:
            following += page[s:e]
        if s <= start < e:
            later = True
    region = following[:24]
    clause_end = _CLAUSE_SEP.search(region)
    if clause_end and clause_end.start() > 0:
        region = region[:clause_end.start()]
    if not any(c in region for cues in roles.values() for c in cues):
        # The subject's cue may come in a later clause of its sentence, up to the next person.
        after = skip.next_start(pos + len(region))
        nxt = min(after - pos, len(following)) if after is not None else len(following)
        region = following[:min(nxt, 120)]
    c_start, _ = _clause_bounds(page, sent, start)
    before = page[max(c_start, start - 12):start]
    # The first cue after the name decides; "出席会议并讲话" adds the cue after 并.
    hits: list[tuple[int, int, str, str]] = []
    for role, cues in roles.items():
        for cue in cues:
            idx = region.find(cue)
            if idx != -1:
                if policy.gathering and _OTHER_ACTIVITY.match(region, idx + len(cue)):
                    continue  # 参加活动 (the visit), not the meeting
                hits.append((idx, ROLE_PRIORITY.index(role), role, cue))
            elif role == "companion" and cue in before:
                hits.append((-1, ROLE_PRIORITY.index(role), role, cue))
    if _ACCOMPANYING_WERE.search(page, max(c_start, start - 60), start):
        hits.append((-1, ROLE_PRIORITY.index("companion"), "companion", "陪同"))  # 陪同考察的有A、B: each of the list
    if policy.visits and _TAKEN_ALONG.search(before):
        hits.append((-1, ROLE_PRIORITY.index("attendee"), "attendee", "携同"))  # 携同副镇长X: X goes along
    best: tuple[int, str, str] | None = None
    if hits:
        hits.sort()
        first = hits[0]
        chosen = [first]
        bing = region.find("并", first[0] + 1)
        if bing != -1:
            chosen += [h for h in hits if h[0] > bing]
        rank, role, cue = min((h[1], h[2], h[3]) for h in chosen)
        best = (rank, role, cue)
    if policy.visits and _visited_before().search(page, c_start, start):
        return "object", "慰问"  # 慰问了离休干部陈德顺、吴国荣: the people visited
    home = end
    while page.startswith("、", home) and skip.past(home + 1) > home + 1:
        home = skip.past(home + 1)  # 张秀兰、李桂芝家: every name of the list is visited at home
    if policy.visits and page.startswith("家", home) and triggers.cue("visit_before").search(before):
        return "object", "家"  # 来到王大明家: the person visited
    if _ZAI_BEFORE.search(before) and _LED_BY_AFTER.match(page[end:end + 5]):
        return policy.led_role or policy.default_role, "带领"
    if _ACCOMPANIED_AFTER.match(page[end:end + 4]):
        return "companion", "陪同"
    if best is None:
        return None, None
    return best[1], best[2]


def _participants(kind: str, anchor: _Mention, scope: list[_Sentence], page: str, mentions: Mentions,
                  triggers: Triggers, group_sents: set[int] = frozenset()) -> list[Participant]:
    policy = triggers.policy(kind)
    pronouns = _pronoun_mentions(scope, page, mentions)
    # The first sentence of the body (the lead) names the event's participants too.
    lead_index = next((s.index for s in scope if not s.headline), 0)
    skip = _Skips([(p.start, p.end) for p in mentions.people]
                  + [(m.start, m.end) for p in mentions.people for m in p.mentions]
                  + [(t.start, t.end) for p in mentions.people for t in p.titles])
    out: dict[str, tuple[int, Participant]] = {}
    for person in mentions.people:
        spans = [(person.start, person.end)] + [(m.start, m.end) for m in person.mentions] + pronouns.get(person.text, [])
        best_role: str | None = None
        cue = None
        seen = False
        for s, e in spans:
            if _REFERENCED.match(page, e):
                continue  # 以习近平总书记视察重庆重要讲话精神为指引: whose words are cited, not who took part
            for sent in scope:
                if not sent.contains(s, e):
                    continue
                seen = True
                role, c = _role_for(kind, page, sent, s, e, triggers, skip)
                if role is not None and role not in triggers.roles(kind) and role not in ("object", triggers.default_role(kind)):
                    role = "attendee"  # 陪同 at a volunteer activity: the type has no companions
                if role is None:
                    if sent is anchor.sentence or abs(sent.index - anchor.sentence.index) <= 1 \
                            or sent.index in group_sents or sent.index <= lead_index + 1 \
                            or (policy.gathering and _AT_THE_MEETING.match(page, sent.start)):
                        role = "__near__"
                    else:
                        continue
                if c in triggers.words("weak_cues") and policy.gathering and sent.index not in group_sents:
                    continue
                if role == "__near__":
                    if best_role is None:
                        best_role, cue = "__near__", None
                    continue
                if best_role in (None, "__near__") or ROLE_PRIORITY.index(role) < ROLE_PRIORITY.index(best_role):
                    best_role, cue = role, c
        if not seen or best_role is None:
            continue
        if best_role == "__near__":
            # The subject of the trigger's sentence (before it) may have a role of its own (leader).
            subject = person.start < anchor.start and anchor.sentence.contains(person.start, person.end)
            best_role = policy.subject_role if policy.subject_role and subject else policy.default_role
        out[person.text] = (person.start, Participant(
            start=person.start, end=person.end, text=person.text, titles=person.titles,
            role=best_role, cue=cue,
        ))
    return [p for _, p in sorted(out.values(), key=lambda x: x[0])]


_PRONOUN = regex.compile(r"(?:^|(?<=[,，;；。:：]))(?:他|她)(?=曾|还|也|又|先后|随后|立即|带领|带动|组织|主持|来到|深入|迅速|主动|亲自|始终|一直|每天|多次|专门|积极)")


def _pronoun_mentions(scope, page: str, mentions: Mentions) -> dict[str, list[tuple[int, int]]]:
    """他/她 opening a clause, read as the person named last before it (for role cues only)."""
    spans = [span for sent in scope for span in sent.spans]

    def key(pos: int):
        """Reading-order position: (index of the span holding pos, pos), or None."""
        for rank, (s, e) in enumerate(spans):
            if s <= pos < e:
                return rank, pos
        return None

    named = [(key(m.start), p.text) for p in mentions.people for m in [p, *p.mentions]]
    named = sorted((k, name) for k, name in named if k is not None)
    out: dict[str, list[tuple[int, int]]] = {}
    if not named:
        return out
    for rank, (s, e) in enumerate(spans):
        for m in _PRONOUN.finditer(page, s, e):
            here = (rank, m.start())
            before = [name for k, name in named if k < here]
            if before:
                out.setdefault(before[-1], []).append((m.start(), m.end()))
    return out


def _leaves(places: list[Place]) -> list[Place]:
    containers = {(w.start, w.end) for p in places for w in p.within}
    return [p for p in places if (p.start, p.end) not in containers]


_GOVERNORS = regex.compile(
    r"(?:在|于|来到|深入到|深入|赴|前往|走进|走入|进入|抵达|发现|(?<![受看得做达想听遇找收感提拿用见])到|走访|察看|查看|视察|看望|慰问|调研|督查|检查|督导|暗访|考察|观摩|参观)")
# After a governing verb, a list of places runs to the end of its clause, and on over a comma
# when the next clause opens with another place ("来到A、B,C、D等地").
# A sentence that opens with where it happens ("在新桥村,王明看望了…", "随后,在红星社区,…").
_PLACE_OPENING = regex.compile(r"(?:(?P<lead>[^,，。;；]{1,12})[,，])?在(?P<place>[^,，。;；在]{2,20})[,，]")
_CONTINUES = regex.compile(r"[“\"]?在?")  # before an event_continuers word opening a sentence
_VISIT_GOVERNOR = regex.compile(r"(?:深入到|深入|来到|前往|走进|走访|赴|检查|督查|察看|暗访|巡查)$")
_LIST_END = regex.compile(r"[。;；!！?？]|[,，](?!\s*$)")
_AFTER_LIST_VERB = regex.compile(r"暗访|调研|检查|视察|督导|督查|考察|走访|慰问|看望|开展|进行|实地|察看|等地|等")
_LIST_ITEM = regex.compile(r"\p{Han}{2,3}")
_TRAVEL = regex.compile(r"(?:赴|前往|奔赴|深入)$")


_JOINED_BARE = regex.compile(r"[和及与、](?P<name>\p{Han}{2,6}?)(?=暗访|调研|检查|视察|督导|督查|考察|走访|慰问|看望|开展|进行|察看|实地)")


def _joined_bare_places(page: str, regions, places: list[Place]) -> list[Place]:
    """"到华荣综合市场和海悦天地督导检查": a name joined to a known place and running up to the
    visiting verb is a place too, written without a suffix."""
    out: list[Place] = []
    for a, b in regions:
        for p in places:
            if a <= p.start and p.end <= b and p.kind != "generic":
                m = _JOINED_BARE.match(page, p.end, b + 8)
                if m and not any(q.start < m.end("name") and m.start("name") < q.end for q in places):
                    out.append(Place(start=m.start("name"), end=m.end("name"), text=m["name"], kind="venue"))
    return out


def _bare_list_places(page: str, regions, places: list[Place]) -> list[Place]:
    """"赴兴平、乾县、礼泉暗访": in a list of places after a travel verb, the items written without
    a suffix are places too (as written), when one item of the list has one."""
    out: list[Place] = []
    for a, b in regions:
        if not _TRAVEL.search(page, max(0, a - 2), a):
            continue
        inside = [p for p in places if a <= p.start and p.end <= b and p.kind == "admin"]
        if not inside:
            continue
        # The list: items separated by 、 from the governor up to the first non-list character.
        pos = a
        items = []
        while pos < b:
            m = _LIST_ITEM.match(page, pos)
            if m is None:
                break
            end = m.end()
            known = next((p for p in inside if p.start == pos), None)
            if known is not None:
                end = known.end
            items.append((pos, end, known))
            if end < b and page[end] == "、":
                pos = end + 1
                continue
            break
        if len(items) < 2 or not any(k for _, _, k in items):
            continue
        last_s, last_e, last_known = items[-1]
        if last_known is None:
            # The last item runs into the verb after it ("礼泉暗访"): end it where the verb starts.
            for cut in (last_s + 2, last_s + 3):
                if cut <= b and _AFTER_LIST_VERB.match(page, cut):
                    items[-1] = (last_s, cut, None)
                    break
            else:
                items.pop()
        for s, e, known in items:
            if known is None:
                out.append(Place(start=s, end=e, text=page[s:e], kind="admin"))
    return out


@cache
def _room_end():
    """A name ending in a room or department head (保密室, 锅炉房, 急诊科, 住院病区, 发热门诊)."""
    suffixes = data("place_suffixes")
    return compile_checked(rf"(?:{alternation(suffixes['room_heads'])})$(?<!{alternation(suffixes['not_rooms'])})",
                           "place_suffixes.json: room_heads")


_ROOM_ITEM = regex.compile(r"\p{Han}{2,8}?(?=、|和|及|与|进行|开展|实地|查看|察看|检查|督查|督导|调研|等|[,，。;；])")


def _room_list_places(page: str, regions, places: list[Place]) -> list[Place]:
    """"先后到消防控制室、锅炉房、急诊科、发热门诊进行实地查看": in a list after a verb of going, items
    that end in a room or department head are places as written, even bare, when every item of the
    list is such a room or a place found already and the list runs up to the visiting verb."""
    out: list[Place] = []
    room = _room_end()
    for a, b in regions:
        if not _VISIT_GOVERNOR.search(page, max(0, a - 3), a) and not page.endswith(("到", "到了"), 0, a):
            continue
        pos = page.find("了", a, a + 1) + 1 or a
        items = []
        while pos < b:
            known = next((p for p in places if p.start == pos and p.end <= b), None)
            m = None if known else _ROOM_ITEM.match(page, pos, b + 1)
            end = known.end if known else m.end() if m else None
            if end is None:
                break
            items.append((pos, end, known))
            nxt = regex.match(r"、|和|及|与", page[end:end + 1])
            if nxt is None:
                break
            pos = end + 1
        if len(items) < 2 or not _AFTER_LIST_VERB.match(page, items[-1][1]):
            continue
        if not all(k is not None or room.search(page, s, e) for s, e, k in items):
            continue
        out += [Place(start=s, end=e, text=page[s:e], kind="venue") for s, e, k in items if k is None]
    return out


def _is_trigger(place: Place, page: str, triggers: Triggers) -> bool:
    """A "place" that is mostly a trigger word (清洁家园) is the activity, not a place."""
    m = triggers.pattern.search(page, place.start, place.end)
    return bool(m) and (m.end() - m.start()) * 2 >= place.end - place.start


# Admin places small enough to be visited next to a venue (towns, parks, development zones).
_KIN_HOME = regex.compile(r"(?:来到|走进|走访|看望|慰问|前往|到)了?(?:居民|村民|老人|困难户|贫困户|低保户|老党员|退役军人)?"
                           r"(?P<home>\p{Han}[大小老]?(?:大爷|大妈|大娘|大哥|大姐|爷爷|奶奶|阿姨|伯伯|叔叔|婶婶|哥|姐|爷|叔|婶|伯|姨|娘|嫂)家)")
_PLACE_VERB_BEFORE = regex.compile(r"(?:在|于|到|赴|来到|前往|深入|走进)$")
_SITE_ZONES = ("园区", "开发区", "高新区", "新区", "示范区", "产业园", "管委会", "小镇")  # sites, not containers of villages (特色小镇: a site)
# Organisations that are sites (visited units are places, SCHEMA.md); government bodies are not.

_ANAPHOR = regex.compile(r"该(?P<kind>村|社区|镇|乡|街道|小区)")


def _starting(items, lo: int, hi: int) -> list:
    """The records (in text order) that start in ``[lo, hi]``: a bisect, not a scan of the page."""
    return items[bisect_left(items, lo, key=_START):bisect_right(items, hi, key=_START)]


def _START(x) -> int:
    return x.start


def _before(items, pos: int, reach: int = 200) -> list:
    """The last ``reach`` records (in text order) that end at or before ``pos``."""
    k = bisect_right(items, pos, key=_START)  # records are in text order
    return [x for x in items[max(0, k - reach):k] if x.end <= pos]


def _antecedents(group: list[_Mention], page: str, mentions: Mentions) -> list[Place]:
    """"吴巷村的背街小巷里…。该村…志愿服务行动": 该村 in the event's sentence is the last
    村 named before it in the article."""
    out: list[Place] = []
    for m in group:
        for s, e in m.sentence.spans:
            for a in _ANAPHOR.finditer(page, s, e):
                # The nearest earlier place of that kind (looking back a bounded number of places).
                for p in reversed(_before(mentions.places, a.start())):
                    if p.text.endswith(a["kind"]) and p.kind in ("community", "admin"):
                        out.append(p)
                        break
    return out


def _held_here(scope, page: str, mentions: Mentions, triggers: Triggers) -> list[Place]:
    """"石门镇新桥村锣鼓喧天,…主办的…活动在此举行": 在此/在这里 + a verb of holding names the
    places of the clauses before it in its sentence (not of the clause holding it, where the
    organiser is named), or else of the sentence before."""
    out: list[Place] = []
    previous = None
    for sent in scope:
        if sent.headline:
            continue
        s0, e0 = sent.spans[0]
        here = triggers.cue("held_here").search(page, s0, e0)
        if here is not None:
            cut = s0
            for m in _CLAUSE_SEP.finditer(page, s0, here.start()):
                cut = m.start()
            found = [p for p in _starting(mentions.places, s0, cut) if p.end <= cut and p.kind != "generic"]
            if not found and previous is not None:
                found = [p for p in _starting(mentions.places, previous.spans[0][0], previous.spans[0][1])
                         if p.end <= previous.spans[0][1] and p.kind != "generic"]
            out += found
        previous = sent
    return out


def _where(kind: str, group: list[_Mention], scope, page: str, mentions: Mentions, triggers: Triggers,
           opening=()) -> list[Place]:
    """Places governed by a location verb, list by list; leaves only."""
    policy = triggers.policy(kind)
    if policy.where == "none":
        return []
    sents = {m.sentence.index: m.sentence for m in group}
    if policy.visits:
        # Sentences of the scope where the actors move somewhere (来到, 深入, 前往 …) also name places.
        for sent in scope:
            if not sent.headline and (triggers.cue("movement").search(sent.text(page))
                                      or _opens_with_place(page, sent, mentions, triggers)
                                      or _CONTINUES.match(page, sent.spans[0][0]) and triggers.cue("event_continuers").match(
                                          page, _CONTINUES.match(page, sent.spans[0][0]).end())):
                sents.setdefault(sent.index, sent)
    chosen: list[Place] = []
    for sent in sents.values():
        for s, e in sent.spans:
            places = [p for p in _starting(mentions.places, s, e) if p.end <= e and not _is_trigger(p, page, triggers)
                      and not _in_reference(page, p, triggers)]
            governors = [m.end() for m in _GOVERNORS.finditer(page, s, e)]
            starts = {p.start for p in places}
            regions: list[tuple[int, int]] = []
            for g in governors:
                end = g
                while True:
                    m = _LIST_END.search(page, end, e)
                    if m is None:
                        end = e
                        break
                    if m[0] in ",，" and (any(m.end() <= x <= m.end() + 1 for x in starts)
                                          or page.startswith(("以及", "及"), m.end())):
                        end = m.end()
                        continue
                    end = m.start()
                    break
                regions.append((g, end))
            places = places + _bare_list_places(page, regions, places)
            places = places + _joined_bare_places(page, regions, places)
            if policy.visits:
                places = places + _room_list_places(page, regions, places)
            if "site_orgs" in policy.place_sources:
                # Units visited are places: 环卫所 and 垃圾转运站 of "来到环卫所和垃圾转运站".
                taken = [(p.start, p.end) for p in places]
                places += [Place(start=o.start, end=o.end, text=o.text, kind="venue") for o in _starting(mentions.orgs, s, e)
                           if o.end <= e and o.kind in triggers.words("site_orgs")
                           and not any(a < o.end and o.start < b for a, b in taken) and not o.text.endswith("场所")
                           and (page[o.start - 1:o.start] in ("、", "和", "及", "与")
                                or _LOCATED_BEFORE.search(page, max(0, o.start - 16), o.start)
                                or o.start in governors and (len(o.kind) > 1 or triggers.cue("movement").search(
                                    page, max(0, o.start - 3), o.start)))]  # 所, 站: too often a word's end
            places.sort(key=lambda x: x.start)
            starts_at = {x.start for x in places}
            for p in places:
                ok = any(a <= p.start and p.end <= b for a, b in regions)
                if ok and page.endswith("位于", 0, p.start) and any(p.end < x <= p.end + 12 for x in starts_at):
                    ok = False  # 来到位于环城东路的环卫所: the road locates the place visited
                if ok and page.startswith("的", p.end) and not any(p.end < x <= p.end + 8 for x in starts_at) \
                        and triggers.cue("service_nouns").match(page, p.end + 1):
                    ok = False  # 享受到三甲医院的服务: the place qualifies what is had, it is not where
                if not ok and _HELD_AFTER.match(page[p.end:p.end + 3]) and p.kind == "venue":
                    ok = True
                if not ok and "checked_objects" in policy.place_sources:
                    # "对镇敬老院内部安全隐患进行全面排查": the object checked is a place, and so is
                    # each item of a list of places after 对 (对A、B、C沿线的设施进行了排查).
                    head, tail = p, p
                    while head.start > 0 and page[head.start - 1] in "、和及与":
                        prev = next((q for q in places if q.end == head.start - 1), None)
                        if prev is None:
                            break
                        head = prev
                    while page[tail.end:tail.end + 1] and page[tail.end] in "、和及与":
                        nxt = next((q for q in places if q.start == tail.end + 1), None)
                        if nxt is None:
                            break
                        tail = nxt
                    chain = [q for q in places if head.start <= q.start and q.end <= tail.end]
                    named = head is tail or all(len(q.text) >= 4 and q.kind != "generic" for q in chain)
                    if named and head.start > 0 and page[head.start - 1] == "对" and any(
                            tail.end <= m.start <= tail.end + 24 and not _CLAUSE_SEP.search(page, tail.end, m.start)
                            for m in group):
                        ok = True
                if not ok and _IN_PLACE_AFTER.match(page, p.end) and p.kind in ("community", "venue", "admin") \
                        and p.kind != "generic":
                    ok = True  # "东村的背街小巷里": a place named as where things happen
                if not ok:
                    continue
                if policy.gathering and p.kind != "venue" and not (
                        p.kind == "admin" and p.start > 0 and page[p.start - 1] in "在于"
                        and _HELD_AFTER.match(page[p.end:p.end + 3])):
                    continue  # a meeting's place is its venue, or the town it is held in ("在滦州市举行")
                if p.kind == "generic" and not any(a <= p.start < b and _VISIT_GOVERNOR.match(page, a - 2, a)
                                                   or a <= p.start < b and _VISIT_GOVERNOR.match(page, a - 3, a)
                                                   for a, b in regions):
                    continue
                chosen.append(p)
    if policy.gathering and not chosen:
        # "7月25日,在张庄社区会议室,社区负责人…汇报": the room the article opens in is the meeting's.
        rooms = tuple(triggers.words("meeting_rooms"))
        for sent in opening:
            for s, e in sent.spans:
                for p in _starting(mentions.places, s, e):
                    if p.end <= e and p.kind == "venue" and p.text.endswith(rooms) \
                            and _IN_BEFORE.search(page, max(s, p.start - 14), p.start):
                        chosen.append(p)
            if chosen:
                break
    # A home visited ("来到东村王大明家") is a place as written.
    if policy.visits:
        for person in mentions.people:
            for s0, e0 in [(person.start, person.end)] + [(m.start, m.end) for m in person.mentions]:
                if page.startswith("家", e0) and any(sent.contains(s0, e0 + 1) for sent in sents.values()) \
                        and triggers.cue("visit_before").search(page, max(0, s0 - 14), s0):
                    # The village written right before the home contains it (东甘村王善华家).
                    # Also with what the person is between (某村老党员王某家).
                    chosen = [p for p in chosen if not (p.end == s0 or 0 < s0 - p.end <= 6
                                                        and _HAN_RUN.fullmatch(page, p.end, s0))]
                    chosen.append(Place(start=s0, end=e0 + 1, text=page[s0:e0 + 1], kind="venue"))
    if policy.visits:
        # "来到居民李大哥家": a home named by surname and kinship is a place as written.
        for sent in sents.values():
            for s, e in sent.spans:
                for m in _KIN_HOME.finditer(page, s, e):
                    if page[m.start("home")] in _people_lex()["single"]:
                        chosen.append(Place(start=m.start("home"), end=m.end("home"), text=m["home"], kind="venue"))
    if policy.visits:
        # "来到某中学…,实地查看了广播室、保密室等地": rooms after the institution they belong to
        # are part of it; the institution is where.
        room = _room_end()
        chosen = [p for p in chosen if not (room.search(p.text) and any(
            q.end <= p.start and q.kind in ("venue", "company") and not room.search(q.text) for q in chosen))]
    chosen += [p for p in _held_here(scope, page, mentions, triggers) if not policy.gathering or p.kind == "venue"]
    if policy.visits:
        chosen += _scene_places(scope, page, mentions, triggers)
    if policy.visits and not any(p.kind != "generic" for p in chosen):
        chosen += _antecedents(group, page, mentions)
    if any(p.kind != "generic" for p in chosen):
        chosen = [p for p in chosen if p.kind != "generic"]  # a named place beats a common noun
    leaves: list[Place] = []
    for p in sorted(_leaves(chosen), key=lambda x: x.start):
        if all(p.text != q.text for q in leaves):
            leaves.append(p)
    # A short later mention of a place named in full ("敬老院" after "李岗村敬老院") is that place.
    leaves = [p for p in leaves if not any(q.text != p.text and q.text.endswith(p.text) for q in leaves)]
    # Containing regions are not listed when something more specific is: villages,
    # communities and venues make towns, counties and cities redundant (到塘厦镇调研…工业城).
    if any(p.kind == "community" for p in leaves):
        leaves = [p for p in leaves if p.kind != "admin" or p.text.endswith(_SITE_ZONES)]
    elif any(p.kind in ("venue", "company", "road") for p in leaves):
        # Regions listed as destinations ("赴兴平、乾县、礼泉暗访") stay, unless a venue is named
        # inside one of them (兴平 › 兴平市疫情防控指挥部).
        listed = {id(p) for p in leaves if p.kind == "admin" and any(
            q is not p and q.kind == "admin" and (page[p.end:q.start] == "、" or page[q.end:p.start] == "、")
            for q in leaves) and not any(q is not p and q.text.startswith(p.text) for q in leaves)}
        leaves = [p for p in leaves if p.kind != "admin" or p.text.endswith(_SITE_ZONES) or id(p) in listed]
    return leaves


def _orgs(anchor: _Mention, page: str, mentions: Mentions, who: list[Participant], triggers: Triggers) -> list[OrgRole]:
    """The organisation that holds the event: the subject of a clause before the trigger whose
    verb (this clause or a later one up to the trigger) is a holding verb (召开, 组织, 开展 …)."""
    sent = anchor.sentence
    heads = org_units()
    best = None
    for s, e in sent.spans:
        if s > anchor.start:
            break
        limit = min(e, anchor.start) if s <= anchor.start < e else e
        clause_starts = [s] + [m.end() for m in _CLAUSE_SEP.finditer(page, s, limit)]
        for cs in clause_starts:
            pos = cs
            # Skip a lead (本报讯(…)), times, and small words at the clause start.
            m = _LEAD_PREFIX.match(page[pos:limit])
            if m:
                pos += m.end()
            for t in mentions.times:
                if t.start == pos:
                    pos = t.end
                    while pos < limit and page[pos] in ",， ":
                        pos += 1
            unit = _unit_at(page, pos, limit, mentions, heads)
            if unit is None:
                # "该镇抽调…工作人员…": 该镇 is the town named before it.
                ref = _ANAPHOR.match(page, pos)
                if ref and (triggers.cue("holding_later").search(page, ref.end(), limit) or limit == anchor.start):
                    named = [x for x in (*_before(mentions.places, pos), *_before(mentions.orgs, pos))
                             if x.text.endswith(ref["kind"]) and not x.text.startswith(("该", "本", "我"))]
                    if named:
                        last = max(named, key=lambda x: x.end)
                        best = [(last.start, last.end)]
                continue
            us, ue = unit
            if any(p.start == us for p in who):
                continue
            # Co-organisers listed with 、和及与 ("团市委、市文明办、市教育局…举办").
            units = _unit_list(page, (us, ue), limit, mentions, heads)
            ue = units[-1][1]
            rest = page[ue:limit]
            if triggers.cue("hold_verbs").match(page, ue) or triggers.cue("holding_later").search(rest):
                # "长岛社区联合日间照料中心…开展": the partner named after 联合 co-organises.
                if page.startswith(("联合", "携手", "会同"), ue):
                    partner = _unit_at(page, ue + 2, limit, mentions, heads)
                    if partner is not None:
                        units.append(partner)
                elif page.startswith("组织", ue):
                    # "市卫生健康局组织灵乡卫生院在…举行", "街道组织安监办、派出所等部门,对…进行检查":
                    # the bodies it has hold the event hold it too.
                    first = _unit_at(page, ue + 2, limit, mentions, heads)
                    held = _unit_list(page, first, limit, mentions, heads) if first is not None else []
                    if held and (_HOLDS_AFTER.match(page, held[-1][1])
                                 or len(held) > 1 and _GROUP_OF_BODIES.match(page, held[-1][1])):
                        units += held
                best = units
    if best is None:
        # "华伟一行代表吕四港镇党委、政府慰问…": the bodies a visit is made on behalf of.
        for s, e in sent.spans:
            for m in _ON_BEHALF_OF.finditer(page, s, min(e, anchor.start)):
                unit = _unit_at(page, m.end(), min(e, anchor.start), mentions, heads)
                if unit is None:
                    continue
                best = _unit_list(page, unit, min(e, anchor.start), mentions, heads, bound=e)
                break
    if best is None and triggers.policy(anchor.type).gathering:
        # "主持召开区政府专题会议": the body whose name opens the meeting's name holds it.
        owner = [o for o in _before(mentions.orgs, anchor.start, 8) if o.end == anchor.start and o.end - o.start >= 2
                 and not triggers.pattern.search(page, o.start, o.end)]
        if owner and _unit_at(page, owner[-1].start, anchor.start, mentions, heads) is not None:
            best = [(owner[-1].start, owner[-1].end)]
    if best is None:
        return []
    return [OrgRole(start=s, end=e, text=page[s:e], role="organizer") for s, e in best]




def _organised_by(sents, page: str, mentions: Mentions) -> list[OrgRole]:
    """"参加了由市慈善志愿者协会卫生系统分会组织的…活动": the body named after 由 organised it."""
    heads = org_units()
    out: list[OrgRole] = []
    for sent in sents:
        for s, e in sent.spans:
            for m in _BY_ORGANISER.finditer(page, s, e):
                unit = _unit_at(page, m.end(), e, mentions, heads)
                # "由市妇联、市科协、市卫健委联合主办": every body of the list organised it.
                units = _unit_list(page, unit, e, mentions, heads) if unit is not None else []
                if units and _ORGANISED_BY.match(page, units[-1][1] + (2 if _JOINTLY.match(page, units[-1][1]) else 0)):
                    out += [OrgRole(start=a, end=b, text=page[a:b], role="organizer") for a, b in units]
    return out


def _unit_list(page: str, first: tuple[int, int], limit: int, mentions: Mentions, heads,
               bound: int | None = None) -> list[tuple[int, int]]:
    """The bodies of a list joined by 、和及与 that opens with ``first`` (团市委、市文明办、市教育局),
    each read by :func:`_unit_at` up to ``limit``; the list goes on while its last body ends
    before ``bound`` (``limit`` by default)."""
    units = [first]
    while units[-1][1] < (limit if bound is None else bound) and page[units[-1][1]] in "、和及与":
        nxt = _unit_at(page, units[-1][1] + 1, limit, mentions, heads)
        if nxt is None:
            break
        units.append(nxt)
    return units


def _unit_at(page: str, pos: int, limit: int, mentions: Mentions, heads) -> tuple[int, int] | None:
    """The longest chain of organisation and place names that starts at ``pos``
    (姑苏区 + 双塔街道 + 长岛社区), or None; a person's title is not an organisation."""
    pieces: dict[int, int] = {}
    for o in mentions.orgs:
        if o.end <= limit:
            pieces[o.start] = max(pieces.get(o.start, 0), o.end)
    for p in mentions.places:
        if p.end <= limit and p.kind in ("admin", "community", "venue", "company"):
            pieces[p.start] = max(pieces.get(p.start, 0), p.end)
    end = pieces.get(pos)
    if end is None:
        m = heads.match(page, pos)
        if not (m and m.end() <= limit and m.end() - m.start() >= 2):
            return None
        end = m.end()
    while end in pieces and pieces[end] > end:
        end = pieces[end]
    title = _people_lex()["positions"].match(page, end)
    if title and title[0] not in group_nouns():
        return None  # 区委 of 区委书记: the start of a title (not 市环卫局党委领导: the body's leaders)
    for person in mentions.people:
        for s, e in [(person.start, person.end)] + [(t.start, t.end) for t in person.titles]:
            if s < end and pos < e:
                return None
    return pos, end


def _counts(group: list[_Mention], page: str, mentions: Mentions, scope=(), triggers: Triggers | None = None,
            kind: str = "") -> list[Quantity]:
    """Counts of the sentences that mention the event, and counts in its scope whose noun names
    the event's actors (20多名志愿者 in a volunteer event)."""
    sents = {m.sentence.index: m.sentence for m in group}
    visits = triggers is not None and triggers.policy(kind).visits
    out = []
    for q in mentions.quantities:
        if q.category != "count":
            continue
        sent = next((s for s in sents.values() if s.contains(q.start, q.end)), None)
        if sent is None and q.noun is not None and triggers is not None:
            hit = triggers.pattern.search(q.noun.text)
            if (hit and triggers.type_of(hit[0]) == kind) or _JOINED_THE_EVENT.match(page, q.noun.end) \
                    or _THIS_EVENT.search(page, max(0, q.start - 16), q.start):
                sent = next((s for s in scope if s.contains(q.start, q.end)), None)
        elif sent is None and _THIS_EVENT.search(page, max(0, q.start - 16), q.start):
            sent = next((s for s in scope if s.contains(q.start, q.end)), None)  # 本次活动共有40余人参加
        elif sent is None and q.unit == "人次" and visits:
            sent = next((s for s in scope if s.contains(q.start, q.end)), None)  # people served (接诊200余人次)
        if sent is None and visits:
            # "活动共分发科普资料180余份": items handed out or planted in the event's scope.
            inside = next((s for s in scope if s.contains(q.start, q.end)), None)
            if inside is not None:
                c0, _ = _clause_bounds(page, inside, q.start)
                if triggers.cue("handout_verbs").search(page, c0, q.start) and not _PLAN_IN_SENTENCE.search(page[c0:q.start]):
                    sent = inside
        if sent is None:
            continue
        c_start, _ = _clause_bounds(page, sent, q.start)
        before = page[max(sent.start, q.start - 20):q.start]
        joined = _JOINED_AFTER_COUNT.match(page, q.noun.end if q.noun is not None and q.noun.start >= q.end else q.end)
        handed = triggers.cue("handout_verbs").search(page, c_start, q.start) \
            and not triggers.cue("not_event_count").search(page, c_start, q.start)
        if triggers.cue("period_totals").search(before):
            continue  # 去年全县共有12256人次参与: a total over a year or a region
        if triggers.cue("not_event_count").search(before) and not (joined and not _PLAN_IN_SENTENCE.search(before)) \
                and not handed:
            continue  # (but 截至当天,共有31人参与献血: the people who took part; …,先后种植苗木3000余株)
        left = page[max(0, q.start - 4):q.start]
        if "“" in left and "”" not in left[left.rfind("“"):] and "”" in page[q.end:q.end + 4]:
            continue  # “七个有”标准, “三个一”: a slogan's name, not a count
        after = q.noun.end if q.noun is not None and q.noun.start >= q.end else q.end
        if _RESULT_AFTER.match(page, after):
            continue  # 对3个单位提出表扬, 约谈2家企业: what the check led to, not a count of it
        if q.noun is not None and triggers is not None and q.noun.text.endswith(triggers.words("result_nouns")):
            continue  # 排查隐患12处, 发现问题5个: what a check found, not a count of the event
        if q.unit in ("次", "场", "期", "届", "轮", "种", "类", "项", "条", "篇", "首", "层", "份次"):
            continue
        if isinstance(q.value, float) or q.value <= 0:
            continue
        if q.value == 1 and q.text.startswith(("一", "壹")):
            continue  # 一个细节, 一处角落: an article, not a count
        out.append(q)
    return out
