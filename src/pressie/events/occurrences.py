"""Trigger mentions that are occurrences: the checks that drop plans, demands, references and
statistics, the scores that keep an occurrence, and the grouping by type and day."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

import regex

from .._remarks import in_remark
from .._spans import Intervals
from .._scan import by_first_character, compile_like_regex, compile_stdlib
from ..lexicon import Triggers, compile_checked, guarded
from ..quantities import quantity_words
from ..records import Article, Event
from .base import (HELD, LIST_JOINERS, _SPOKEN_DEMAND, _cue_matcher, _cue_pattern, _matcher, _vocabulary_words, _words_of, _Words, EventSettings, Mentions, _BREAK, _DEFAULT_SETTINGS, _LOOKBACK, _Mention, _plans_in,
    _Sentence, _SentenceIndex, _clause_bounds,  _goes_to_place, _local, _occasion_speech, _plan_document,
    _semiclause, _sentences, _starting)
from .fill import _fill
from .when import COARSER_THAN_A_DAY, _after_publication, _announces, _step_earlier, _habitual, _lead_time, _usable


_HELD_ANY = compile_stdlib(HELD)


_SPACES = compile_stdlib(r"[ \t\u3000]*")  # (the spaces a paragraph may open with)
_PAST_OCCASION = compile_stdlib(r"时(?:的|所|,|，)")


_DEMAND_IN_SENTENCE = regex.compile(r"(?:^|[,，;；。:：“])要(?!求)")  # (tried only on a text that holds 要)
# 要 right after the group a demand is addressed to, at most a few words into its clause
# (各乡镇和有关部门要…, 党员干部要…: the ``addressed_groups`` cue list).
_ADDRESSED_DEMAND = r"(?:^|[,，;；。:：“])[^,，;；。:：“”]{0,12}?(?:%{addressed_groups})要(?!求)"


@cache
def _addressed_demand(triggers: Triggers):
    """:data:`_ADDRESSED_DEMAND` with the table's words, compiled once per table (searched: ``regex``)."""
    return _cue_pattern(triggers, _ADDRESSED_DEMAND)


_MODAL_NEAR = compile_stdlib(r"(?<![主需重])要(?!求)")


# What may stand between a word of a not_events list and the trigger it governs (招募|青年|志愿者):
# a few characters, no 的 (招募的志愿者: a modifier of the actors, who then act).
_GOVERNED = compile_stdlib(r"[^的]{0,8}")


# What a trigger's clause goes on with before a count of occurrences (会议仅16场, 例会120余场).
_TALLY_AFTER = regex.compile(r"[^,，。;；:：\d一二三四五六七八九十百千万两]{0,4}?(?:\d+|[一二三四五六七八九十百千万两]+)(?:余|多)?")


_CLAUSE_END = compile_stdlib(r"[,，;；。:：!！?？]")
_HELD_BEFORE = compile_stdlib(rf"{HELD}(?:了)?[^,，;；。:：]{{0,8}}$")


_TASK_AFTER = r"(?:活动)?%{task_nouns}"


_MEETING_HEAD = r"[^,，。;；!！?？、]{0,14}?%{meeting_heads}"


# After a meeting's name: approved by it (…会议审议通过), read with 经 before it or inside brackets.
_APPROVED_AFTER = compile_like_regex(r"[^,，。;；()（）]{0,6}?(?:审议|研究|讨论|表决)?通过")


@cache
def _planned_after(triggers: Triggers) -> regex.Pattern:
    """From the end of a trigger, in its clause: a plan word and then a verb of holding (…或将远程召开,
    …将于下月举行): the event is announced, not reported."""
    plans = guarded((*triggers.not_events.get("plan", ()), *triggers.words("plan_modals")), triggers.words("words_of_their_own"))
    return _matcher(compile_checked(rf"[^,，。;；:：!！?？]{{0,10}}?(?:{plans})[^,，。;；:：!！?？]{{0,24}}?(?:{triggers.cue('holding').pattern}|{triggers.cue('planned_starts').pattern})",
                                    "triggers.json: plan after a trigger"))


_TWO_HAN = compile_stdlib(r"\p{Han}{2}")


def _in_activity_list(page: str, start: int, end: int, triggers: Triggers) -> bool:
    """Whether the trigger ``page[start:end]`` (of two characters) is an item of a list of three or
    more two-character words joined by 、 that names kinds of activity: the list is closed by
    ``kinds_closers`` (走访、座谈、评议等) or opened by ``kinds_openers`` (通过走访、座谈、评议…).
    (到某镇调研、督导、检查工作 is one occurrence: three verbs of one visit.)"""
    if end - start != 2:
        return False
    lo, hi = start, end
    while lo >= 3 and page[lo - 1] == "、" and _TWO_HAN.fullmatch(page, lo - 3, lo - 1):
        lo -= 3
    while page.startswith("、", hi) and _TWO_HAN.match(page, hi + 1):
        hi += 3
    if (hi - lo + 1) // 3 < 3:
        return False
    return page.startswith(triggers.words("kinds_closers"), hi) \
        or any(page.endswith(w, 0, lo) for w in triggers.words("kinds_openers"))


def _burdened(page: str, end: int, triggers: Triggers, cues: "_Cues | None" = None) -> bool:
    """True when a word of ``burden_after`` follows a trigger ending at ``end``, right after it or
    after up to two more triggers or nouns it heads (检查评比过多过频)."""
    cues = cues or _cues(triggers)
    pos = end
    for _ in range(2):
        m = triggers.pattern.match(page, pos) or cues.compound_heads.match(page, pos)
        if m is None:
            break
        pos = m.end()
    return cues.burden_after.match(page, pos) is not None


class _Cues(NamedTuple):
    """The cue patterns the occurrence checks read for every trigger mention (looked up once per table)."""

    content_verbs: Any
    holding: Any
    compound_heads: Any
    reference_after: Any
    room_after: Any
    medical: Any
    approved_by: Any
    period_statistics: Any
    period_totals: Any
    frequency_units: Any
    plan_followed: Any
    call: Any
    new_occurrence: Any
    modal_start: Any
    task_verbs: Any
    long_run: Any
    burden_after: Any
    occasion_speech: Any
    plan_document: Any
    planned_after: Any
    task_after: Any
    meeting_head: Any
    holding_later: Any
    cited_speech: Any
    occasion_after: Any
    time_frame_after: Any
    # The not_events lists read before a trigger, each one pattern (None: an empty list).
    plan_words: Any
    background_words: Any
    tally_words: Any
    enrolment_words: Any
    sightseer_words: Any


@cache
def _trigger_scan(triggers: Triggers) -> re.Pattern:
    """The table's trigger words as ``triggers.pattern`` finds them (longest first at each place),
    grouped by their first character for ``re`` (:func:`pressie._scan.by_first_character`): the
    scan of an article skips the places where no trigger starts at C speed."""
    words = {w for spec in triggers.types.values() for w in spec["triggers"]}
    return re.compile(by_first_character(sorted(words, key=lambda w: (-len(w), w))))


@cache
def _cues(triggers: Triggers) -> _Cues:
    cue = triggers.cue
    return _Cues(*(cue(name) for name in _Cues._fields[:17]), _occasion_speech(triggers), _plan_document(triggers),
                 _planned_after(triggers), _cue_matcher(triggers, _TASK_AFTER), _cue_matcher(triggers, _MEETING_HEAD),
                 cue("holding_later"), cue("cited_speech"), cue("occasion_after"), cue("time_frame_after"),
                 *(_not_event_words(triggers, name) for name in ("plan", "background", "tally", "enrolment", "sightseers")))


def _governed(page: str, end: int, triggers: Triggers) -> int:
    """Where the object of a verb ending at ``end`` starts: after 了 and the region the sentence
    speaks of (参观了我县|某产业园)."""
    done = triggers.cue("done_marks").match(page, end)
    pos = done.end() if done is not None else end
    own = triggers.cue("own_regions").match(page, pos)
    return own.end() if own is not None else pos


def _past_visit(page: str, start: int, end: int, mentions: Mentions, triggers: Triggers) -> bool:
    """True when a word of seeing sites is a past visit marked or cited: its object, a place or the
    region spoken of, and then the years since it (视察某地|3周年) or what was said on it (视察某地|的重要要求)."""
    if not triggers.cue("touring_verbs").fullmatch(page, start, end):
        return False
    marks = triggers.cue("past_visit_marks")
    if marks.match(page, end):
        return True  # 视察|10周年
    pos = _governed(page, end, triggers)
    moved = pos > end
    while (place := next((p for p in _starting(mentions.places, pos, pos) if p.kind != "generic"), None)) is not None:
        pos, moved = place.end, True  # (a chain of places: 视察某镇某村|10周年)
    return moved and marks.match(page, pos) is not None  # (no object: 视察|庆祝建党…周年 is no past visit's mark)


def _listed_after(page: str, sent: _Sentence, start: int, mentions: Mentions) -> list:
    """The named places that open an item of the list a visit's verb governs from ``start`` to
    its clause's end (参观了某某企业、某村|新村建设、某路|河道整治): the list names where it went,
    though its first item is no place."""
    end = _clause_bounds(page, sent, start)[1]
    if page.find("、", start, end) == -1:
        return []  # (no list)
    joins = [k for k in range(start, end) if page[k] in LIST_JOINERS] + [end]
    mark = quantity_words(mentions.vocabulary)["modifier_mark"]
    out = []
    for k, item_end in zip(joins, joins[1:]):
        # (not a place that only modifies the item's noun: 、某村捐赠的农具, 、某村的老照片)
        out += [p for p in _starting(mentions.places, k + 1, k + 1)
                if p.kind != "generic" and page.find(mark, p.end, item_end) == -1]
    return out


def _spoken_at(page: str, sent: _Sentence, end: int, kind: str, triggers: Triggers) -> bool:
    """Whether a meeting's word ending at ``end`` is followed by an occasion mark (会上) and, a
    few characters later in its sentence, a speaker's cue word (某某指出, 某某强调)."""
    mark = _cues(triggers).occasion_after.match(page, end)
    if mark is None:
        return False
    speaking = _speaker_pattern(triggers, kind)
    limit = next((e for s, e in sent.spans if s <= end <= e), end)
    # (from the mark up to the first clause end at least 16 characters on: the clause's subject may be
    # a long list, 座谈会上,县发改委、教育局、…负责同志分别介绍了…)
    reach = mark.end() + 16
    clause = _CLAUSE_END.search(page, reach, limit)
    return speaking is not None and speaking.search(page, mark.end(), min(limit, clause.start() if clause else limit)) is not None


@cache
def _speaker_pattern(triggers: Triggers, kind: str) -> "regex.Pattern | None":
    words = sorted(triggers.roles(kind).get("speaker", ()), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words)) if words else None


def _names_meeting(page: str, end: int, meeting_head, triggers: Triggers) -> bool:
    """Whether the words from ``end`` on name a meeting the trigger before ``end`` modifies
    (志愿服务推进会); not across a verb that holds one (调研…并召开座谈会: the visit and the meeting
    are two events), nor a meeting cited for its decisions (调研贯彻会议精神情况)."""
    m = meeting_head.match(page, end)
    if m is None:
        return False
    cues = _cues(triggers)
    if cues.holding.search(page, end, m.end()):
        return False
    head_end = _word_end(page, m.end() - 1, m.end(), triggers)
    return not cues.reference_after.match(page, head_end)


@cache
def _head_later_chars(triggers: Triggers) -> frozenset[str]:
    """The characters after the first of a meeting head word (议 of 会议): what may follow a
    trigger that opens one."""
    return frozenset(c for w in triggers.words("meeting_heads") for c in w[1:])


def _word_end(page: str, start: int, end: int, triggers: Triggers) -> int:
    """The end of the meeting word a trigger's last characters open (工作会 + 议: 会议), or ``end``."""
    if page[end:end + 1] not in _head_later_chars(triggers):
        return end  # (no head word runs on past the trigger)
    for word in triggers.words("meeting_heads"):
        for k in range(1, len(word)):
            if end - k >= start and page.startswith(word, end - k) and end - k + len(word) > end:
                return end - k + len(word)
    return end


# Marks that open and close a quoted name or a title.
_QUOTE_MARKS = (("“", "”"), ("「", "」"), ("《", "》"), ("‘", "’"))


def _quoted(page: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation or a title opened after ``start`` (“…, 「…, 《…, or
    an odd number of straight quotes)."""
    return any(page.count(a, start, pos) > page.count(b, start, pos) for a, b in _QUOTE_MARKS) \
        or page.count('"', start, pos) % 2 == 1


def _not_event(page: str, sent: _Sentence, start: int, end: int, triggers: Triggers, titles, kind: str,
               words: _Words | None = None) -> str | None:
    """Why a trigger mention is not an occurrence, or None when it may be one."""
    policy = triggers.policy(kind)
    words = words or _vocabulary_words()
    cues = _cues(triggers)
    for s, e in titles:
        if s <= start < e or s < end <= e:
            return "title"
    if triggers.blocked(page, start, end):
        return "not_trigger"
    clause_start, clause_end = _clause_bounds(page, sent, start)
    content = None
    for m in cues.content_verbs.finditer(page, clause_start, start):
        if _quoted(page, clause_start, m.start()):
            continue  # (a word of a quoted name or title: 召开“解放思想大讨论”座谈会)
        content = m
    if content is not None and not cues.holding.search(page, content.end(), start):
        return "content"  # 会议通报了…督查工作: what a meeting discussed, not an event
    after = page[end:end + 4]
    if _in_activity_list(page, start, end, triggers):
        return "kinds"  # 通过走访、座谈、评议等方式: kinds of activity named, none held
    if page.endswith(triggers.words("burden_before"), clause_start, start) or _burdened(page, end, triggers, cues):
        return "burden"  # 精简会议, 扎堆调研, 督查检查过多过频: meetings or checks as a burden, none held
    if cues.compound_heads.match(after):
        return "compound"  # 精准督查, 督查考核, 督导评估: a line of work or a document, not an occurrence
    if "reference" in policy.exclusions and (cues.reference_after.match(after)
                                             or cues.reference_after.match(page, _word_end(page, start, end, triggers))):
        return "reference"  # 会议精神, 工作会议精神 (the trigger 工作会 inside the word 会议)
    if policy.gathering and cues.time_frame_after.match(page, end):
        return "frame"  # 会议召开前,代表们视察了…: the meeting marks the time of another event
    if _PAST_OCCASION.match(after) or cues.occasion_speech.match(page, end) \
            or cues.cited_speech.match(page, end):
        return "background"  # 在某省考察时所作的讲话, 视察广东期间的重要指示: a past occasion mentioned in passing
    if cues.plan_document.match(page, end):
        return "plan"  # 邻里互助志愿服务季度方案: a plan of activities, not one held
    if "remark" in policy.exclusions and in_remark(page, start, words.speech_verbs):
        return "remark"  # “我们通过电话、上门走访等方式…”: what a speaker says is done, not an occurrence reported
    if "room" in policy.exclusions and cues.room_after.match(after):
        return "room"  # 会议室, 会议中心: a place, not a meeting
    if "medical" in policy.exclusions and page[start:end] in triggers.words("medical_checks") \
            and cues.medical.search(sent.text(page)):
        return "medical"  # 免费进行心电图、血糖等检查…来到义诊现场: a medical examination, not an inspection
    before_all = page[max(0, start - 40):start]
    if before_all.rfind("《") > before_all.rfind("》"):
        return "reference"
    c_start = clause_start
    before = page[c_start:start]
    if _said(cues.plan_words, before):
        # (a plan word after the verb that holds the meeting names it: 召开筹备碰头会 is held)
        held = None
        for held in _HELD_ANY.finditer(before):
            pass
        if held is None or _said(cues.plan_words, before[:held.start()]):
            return "plan"
    if _APPROVED_AFTER.match(page, end) and (cues.approved_by.search(before)
                                             or page.rfind("(", max(0, start - 40), start) > page.rfind(")", max(0, start - 40), start)
                                             or page.rfind("（", max(0, start - 40), start) > page.rfind("）", max(0, start - 40), start)):
        return "reference"  # 《规则》已经…常务会议通过, (…主席会议通过): the meeting that approved a document
    if cues.planned_after.match(page, end, clause_end):
        return "plan"  # 年会或将线上召开, 活动将于下周举行: the event named first, then planned
    if cues.period_statistics.search(before):
        return "tally"  # 某省今年1~5月开展…检查: what was done over months, a statistic
    if cues.period_totals.search(before) and words.counted.search(page, end, clause_end):
        return "tally"  # 全省开展…检查的企业3200家: a total over a region, a statistic
    if _said(cues.tally_words, before):
        return "tally"  # 累计召开例会…: a statistic of many occurrences
    if _governs(cues.enrolment_words, before, cues.holding_later):
        return "enrolment"  # 招募志愿者: people recruited, no activity held (not 招募的志愿者开展…)
    if _governs(cues.sightseer_words, before, cues.holding_later):
        return "sightseers"  # 组织学生参观博物馆: pupils on a visit, no inspection
    tally = _TALLY_AFTER.match(page, end)
    if tally and cues.frequency_units.match(page, tally.end()):
        return "tally"  # 召开大型会议仅16场: many occurrences counted, none reported
    # A sentence that lays out plans ("据悉,某镇将…,计划年底建成…,在入户走访的同时…") reports
    # no occurrence even in a later clause; 按照…计划 is a plan being carried out.
    same_span = sent.contains(sent.start, start)
    in_sentence = page[max(sent.start, start - _LOOKBACK):c_start] if same_span else ""
    for m in _plans_in(in_sentence):
        if not cues.plan_followed.search(in_sentence, max(0, m.start() - 4), m.start()):
            return "plan"
    sent_before = page[max(sent.start, start - _LOOKBACK):start] if same_span else before
    calls = list(cues.call.finditer(sent_before))
    if calls and not cues.new_occurrence.search(sent_before, calls[-1].end()):
        return "demand"  # 号召…开展: what was asked for, not what happened
    if ("要" in sent_before and (_DEMAND_IN_SENTENCE.search(sent_before)
                                 or _addressed_demand(triggers).search(sent_before))) \
            or _SPOKEN_DEMAND.search(sent_before):
        return "demand"  # (邓某强调,各地各级要…开展应急演练和工作督查: what was asked for)
    stripped = before.lstrip("“\"")
    if cues.modal_start.match(stripped) or _MODAL_NEAR.search(before[-6:]):
        return "demand"
    if cues.task_after.match(page, end) and cues.task_verbs.search(before):
        return "task"  # 抓好志愿服务各项工作, 推动志愿活动常态化: a line of work, not an occurrence
    opening = sent.start + (page[sent.start:sent.start + 1] in "“\"")  # past an opening quote
    if cues.long_run.match(page, opening):
        return "background"  # 近年来,…围绕…志愿服务理念: a practice over years, not an occurrence
    if "background" in policy.exclusions and _said(cues.background_words, before):
        return "background"
    return None


def _said(words: "re.Pattern | None", text: str) -> bool:
    """True when a word of a ``not_events`` list (``words``: :func:`_not_event_words`) occurs in ``text``."""
    return words is not None and words.search(text) is not None


def _governs(words: "re.Pattern | None", before: str, holding) -> bool:
    """True when the last word of a ``not_events`` list in ``before`` (the clause up to a trigger)
    governs the trigger: a few characters after it, no 的 and no verb of holding between (招募|青年|
    志愿者; not 招募的志愿者…开展)."""
    if words is None or words.search(before) is None:
        return False  # (most clauses hold no word of the list)
    end = -1
    for m in words.finditer(before):
        end = m.end()  # (the matches come in text order: the last ends last)
    governed = before[end:]
    return _GOVERNED.fullmatch(governed) is not None and holding.search(governed) is None


@cache
def _not_event_words(triggers: Triggers, name: str) -> "re.Pattern | None":
    """The words of the ``not_events`` list ``name`` as one pattern (None when the list is empty):
    one search instead of a look for each word."""
    return triggers.not_event_pattern(name)


def _is_document(article: Article, sentences: list[_Sentence], page: str, triggers: Triggers, cfg: EventSettings) -> bool:
    """True when the unit is an official document that announces or asks, not a report: its
    headline ends with a document's genre (关于开展某活动的通知, 某某倡议书: ``document_genres``), or a
    notice's set phrase (``notice_formulas``: 通知如下, 特此通知) stands in the opening of its body
    (``notice_opening`` sentences), or anywhere in a body that opens with a salutation (各乡镇:) —
    a news report that quotes or appends a notice further on reports still."""
    if article.headline is not None and page[article.headline.start:article.headline.end].rstrip().endswith(
            tuple(triggers.words("document_genres"))):
        return True
    body = [sent for sent in sentences if not sent.headline]
    if not body:
        return False
    first = body[0].text(page).strip()
    greeted = first.endswith((":", "：")) and len(first) <= cfg.salutation_max
    formulas = triggers.cue("notice_formulas")
    return any(formulas.search(page, s, e) for sent in (body if greeted else body[:cfg.notice_opening]) for s, e in sent.spans)


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
        :class:`~pressie.records.Event` records in reading order (``[]`` when none).
    """
    triggers = triggers or Triggers.default()
    cfg = settings or _DEFAULT_SETTINGS
    sentences = _sentences(article, page, mentions.vocabulary)
    pattern = _trigger_scan(triggers)
    # The trigger words of each sentence, read once.
    hits = [(sent, m) for sent in sentences for s, e in sent.spans for m in pattern.finditer(page, s, e)]
    if not hits:
        return []  # (most units of a page name no event: nothing below is needed for them)
    if _is_document(article, sentences, page, triggers, cfg):
        if explain is not None:
            for _, m in hits:
                explain.append({"type": triggers.type_of(m[0]), "start": m.start(), "end": m.end(), "text": m[0],
                                "dropped": "document"})
        return []  # 关于开展某活动的通知, 现将相关事宜通知如下: a document, no report of what happened
    mentions = _local(mentions, article, page)
    titles = [(t.start, t.end) for p in mentions.people for t in p.titles]
    # (an office named after what it does, 区督查办, 巡查室: its name holds a trigger, no occurrence)
    office_ends = tuple(triggers.words("office_ends"))
    titles += [(o.start, o.end) for o in mentions.orgs if o.text.endswith(office_ends)]
    titles += [(c.start, c.end) for c in mentions.credits]
    words = _words_of(mentions)
    meeting_head = _cues(triggers).meeting_head
    type_of, policy_of = triggers.type_of, triggers.policy
    found: list[_Mention] = []
    for sent, m in hits:
        kind = type_of(m[0])
        policy = policy_of(kind)
        why = _not_event(page, sent, m.start(), m.end(), triggers, titles, kind, words) \
            or ("background" if _past_visit(page, m.start(), m.end(), mentions, triggers) else None)
        if why:
            if explain is not None:
                explain.append({"type": kind, "start": m.start(), "end": m.end(), "text": m[0], "dropped": why})
            continue
        support = triggers.cue("headline_support" if sent.headline else policy.support)
        if m[0] in triggers.types[kind].get("weak", ()) and not support.search(_semiclause(page, sent, m.start())) \
                and not (policy.visits and any(p.kind != "generic" and not _BREAK.search(page, m.end(), p.start)
                                               for p in _starting(mentions.places, m.end(), m.end() + 12))):
            if explain is not None:
                explain.append({"type": kind, "start": m.start(), "end": m.end(), "text": m[0], "dropped": "weak"})
            continue  # 检查物资, 完成了排查, 志愿者报到: a weak trigger needs an activity frame
        if "meeting_name" in policy.exclusions and _names_meeting(page, m.end(), meeting_head, triggers):
            if explain is not None:
                explain.append({"type": kind, "start": m.start(), "end": m.end(), "text": m[0],
                                "dropped": "meeting_name"})
            continue  # 志愿服务推进会: the modifier of a meeting's name, not an event of its own
        found.append(_Mention(kind, m.start(), m.end(), sent, 0.0, m[0]))
    if not found:
        return []
    at = _SentenceIndex(sentences).at
    content_verbs = _cues(triggers).content_verbs
    # (not a day written after a verb of what a meeting discussed in its clause, 会议传达学习了3月17日
    # 某会议精神: the day of what was discussed dates none of the unit's occurrences)
    times = [t for t in mentions.times if t.kind in ("point", "span") and (t_sent := at(t.start, t.end)) is not None
             and not content_verbs.search(page, _clause_bounds(page, t_sent, t.start)[0], t.start)]
    lead_time = _lead_time(sentences, times, page)
    # Per sentence, once: the day it dates (its first dated time) and whether it names a person.
    dates: dict[int, str] = {}
    dated: set[int] = set()
    recurring = [r.start for r in mentions.times if r.kind == "recurring"]
    datelined: set[int] = set()  # sentences dated only by a dateline (某网3月9日某地讯): the report's day
    for t in times:
        if t.date_start and not _habitual(t, recurring):
            k = at(t.start, t.end).index
            dated.add(k)
            if t.granularity not in COARSER_THAN_A_DAY and (t.rule != "festival" or _usable(t, page)):
                if k not in dates and words.dateline_after.match(page, t.end):
                    datelined.add(k)
                elif k in datelined:
                    datelined.discard(k)
                    dates[k] = t.date_start  # (a day of its own after the dateline's)
                    continue
                dates.setdefault(k, t.date_start)  # (中秋佳节到来之际 names an occasion, not the day)
    # Sentences whose first usable time lies after the publication day (a festival names an occasion).
    # (A day ahead of the paper only through its inferred month or year is read one step earlier,
    # unless the text writes a day ahead in full: a notice.)
    late: set[int] = set()
    seen_sents: set[int] = set()
    ahead = _announces(times, mentions.published)
    for t in times:
        k = at(t.start, t.end).index
        if k not in seen_sents and _usable(t, page):
            seen_sents.add(k)
            if _after_publication(t.date_start, mentions.published) and (ahead or _step_earlier(t, mentions.published) is None):
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
        if policy.gathering and not m.held and _spoken_at(page, sent, m.end, m.type, triggers):
            terms.append(("held", cfg.held))  # "在座谈会上,某某指出": someone spoke at it, it was held
            m.held = True
        if policy.visits and _goes_to_place(page, sent, m.start, mentions, triggers):
            m.held = True  # "会前,王明一行深入住院病区、发热门诊,检查…": a visit of its own in a meeting's unit
        if sent.index in with_people:
            terms.append(("named_person", cfg.named_person))
        if policy.visits:
            # The place the verb governs: right after it or 了, or after the region spoken of (参观了我县|某产业园).
            governed = _governed(page, m.end, triggers)
            gone_to = _starting(mentions.places, m.end, max(m.end + 2, governed))
            if not any(p.kind != "generic" for p in gone_to) and triggers.cue("touring_verbs").fullmatch(page, m.start, m.end) \
                    and not triggers.cue("touring_verbs").match(page, m.end):  # (参观|考察了…: the list is the second verb's)
                gone_to = _listed_after(page, sent, governed, mentions)
                governed = gone_to[0].start if gone_to else governed  # (the list's first named place)
        else:
            gone_to = ()
        if any(p.kind != "generic" for p in gone_to):
            terms.append(("visited_place", cfg.visited_place))  # "观摩了A、B、C": the places it went to make a visit an occurrence
            opener = _SPACES.match(page, sent.start).end()
            if triggers.cue("sequel_openers").match(page, opener) and any(p.start in (m.end, governed) for p in gone_to):
                # "会后,与会人员参观了某村文化室": a visit of its own (its verb governs the place), told in
                # sequence with the meeting
                m.held = m.sequel = True
        score = 0.0
        for _, value in terms:
            score += value
        m.score = score
        terms_of[id(m)] = terms
    events: list[tuple[_Mention, list[_Mention]]] = []
    group_dates: list[str | None] = []  # per group, the day of its first dated mention
    # The unit's main type: the best-scored mention's type; other types need their own evidence.
    for m in sorted(found, key=lambda x: (x.sentence.index, x.start)):
        # (a dateline's day is the report's: its sentence joins the occurrence of that type the
        # body dates, not one of its own)
        date = None if m.sentence.index in datelined else dates.get(m.sentence.index)
        if m.sentence.index in late:
            continue  # 会议定于1月25日召开 in a paper of 1月21日: announced, not reported
        merged = False
        if m.sequel:
            events.append((m, [m]))  # (a visit told in sequence with the meeting: its own, merged with no other day's)
            group_dates.append(date)
            continue
        for k, (anchor, group) in enumerate(events):
            if anchor.type != m.type or anchor.sequel:
                continue
            # The group's day: its first dated mention's (a headline names the event undated).
            adate = group_dates[k]
            if date is None or adate is None or date == adate:
                group.append(m)
                group_dates[k] = adate or date
                merged = True
                break
        if not merged:
            events.append((m, [m]))
            group_dates.append(date)
    events = _merge_visits_into_volunteering(events, dates, triggers, page, mentions)
    # Volunteering is what the text calls so (志愿, 义务, 义诊, 学雷锋 …, ANNOTATION policy 4): a
    # clean-up or a 文明实践 campaign in a unit that never uses one of those words is not one.
    for kind in {a.type for a, _ in events if triggers.policy(a.type).requires}:
        said = triggers.cue(triggers.policy(kind).requires)
        if not any(said.search(page, s, e) for sent in sentences for s, e in sent.spans):
            events = [(a, g) for a, g in events if a.type != kind]
    out: list[Event] = []
    best = max((max(x.score for x in group) for _, group in events), default=0)
    kept: set[int] = set()
    sequel_groups = {id(a) for a, g in events if any(x.sequel for x in g)}  # (visits told in sequence with a meeting)
    for anchor, group in events:
        score = max(x.score for x in group)
        held = any(x.held for x in group)  # its own evidence: not measured against the unit's main event
        if (score < best - cfg.margin and not held) or score < (cfg.floor if best >= cfg.floor else cfg.low_floor):
            continue
        # The sentences that report the unit's other events name their own people.
        # (and those of a visit told in sequence with a meeting, or of the meeting beside it, whatever their day)
        apart = id(anchor) in sequel_groups
        foreign = {m.sentence.index for a, g in events if a is not anchor for m in g
                   if dates.get(m.sentence.index) != dates.get(anchor.sentence.index)
                   or apart or id(a) in sequel_groups} - {m.sentence.index for m in group}
        if apart:
            # (a visit told in sequence with the meeting starts a report of its own: the sentences
            # before it are the meeting's)
            first_told = min(m.sentence.index for m in group)
            foreign |= {x.index for x in sentences if x.index < first_told and not x.headline}
        event = _fill(anchor, group, sentences, page, mentions, times, lead_time, triggers, len(events) == 1,
                      foreign, cfg, {k for k in foreign if k in dates}, ahead)
        if event is not None:
            out.append(event)
            kept.update(id(m) for m in group)
    if explain is not None:
        for m in sorted(found, key=lambda x: x.start):
            explain.append({"type": m.type, "start": m.start, "end": m.end, "text": m.text, "score": m.score,
                            "terms": terms_of[id(m)], "held": m.held, "kept": id(m) in kept})
        explain.sort(key=lambda x: x["start"])
    return out


def _done_by_volunteers(m: _Mention, page: str, triggers: Triggers, volunteer, names) -> bool:
    """"组织志愿者开展河道巡查", "20余名志愿者在…,开展隐患排查", "巡湖志愿服务活动": the text calls
    the actors of a visit or check volunteers (ANNOTATION: then it is volunteering) — a word of the
    volunteering type's required list before the mention in its sentence or after it in its clause."""
    sent = m.sentence
    _, clause_end = _clause_bounds(page, sent, m.start)
    for anchor, _ in volunteer:
        said = triggers.cue(triggers.policy(anchor.type).requires or "volunteer_words")
        for s, e in sent.spans:
            if s <= m.start < e:
                hits = [*said.finditer(page, max(s, m.start - _LOOKBACK), m.start), *said.finditer(page, m.end, clause_end)]
                # (not a word inside a name: 爱心志愿服务驿站 is a place an inspection visits)
                if any(not names.overlaps(h.start(), h.end()) for h in hits):
                    return True
    return False


def _merge_visits_into_volunteering(events, dates: dict[int, str], triggers: Triggers, page: str = "",
                                    mentions: Mentions | None = None):
    """A visit (慰问, 送温暖 …) done as volunteer service in the same unit and on the same day is
    one volunteer event: the text calls its actors 志愿者 (see docs/events.md)."""
    # Only a group that calls itself volunteering (志愿, 义诊, 献血 …) takes visits over; a
    # purpose such as 围绕文明实践主题 does not make officials' visits volunteer work.
    volunteer = [(a, g) for a, g in events if triggers.policy(a.type).absorbs_visits
                 and any(w in m.text for m in g for w in triggers.words(triggers.policy(a.type).requires or "volunteer_words"))]
    if not volunteer:
        return events
    names = Intervals((x.start, x.end) for x in (*mentions.places, *mentions.orgs)) if mentions else Intervals(())
    out = []
    for anchor, group in events:
        policy = triggers.policy(anchor.type)
        if policy.visits and not policy.absorbs_visits \
                and any(_done_by_volunteers(m, page, triggers, volunteer, names) for m in group):
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
