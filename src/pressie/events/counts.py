"""The counts of an event: how many took part, were served or handed out."""

from __future__ import annotations

from functools import cache

import regex

from ..lexicon import Triggers, alternation, compile_checked
from ..people import _word_of_the_dictionary, person_lexicon
from ..quantities import _ends_dividing, _lexicons, quantity_words
from ..records import Quantity
from ..times import time_words
from ..vocabulary import Vocabulary
from .base import _cue_matcher, _cue_pattern, Mentions, _Mention, _plan_said, _clause_bounds


# "20余名医护人员参加活动": people who took part in the event the article reports.
_JOINED_THE_EVENT = (r"(?:共同|一同|一起|全程)?(?:参加|参与|出席|列席)了?(?:此次|本次|这次|当天的?)?"
                     r"%{joined_event_nouns}")
# Before the last item of a list (…、各物业公司经理及|120名代表参加): a list mark or a conjunction.
_LISTED_BEFORE = regex.compile(r"(?:[及和、]|以及)\p{Han}{0,6}$")


@cache
def _attended(vocabulary: "Vocabulary | None") -> regex.Pattern:
    """The last item of a list of those who attend, closed by a verb of taking part
    (``participation_verbs``) that ends its clause (…、各物业公司经理及120名代表参加。)."""
    verbs = alternation(quantity_words(vocabulary)["participation_verbs"])
    return compile_checked(rf"(?:{verbs})了?(?=[。;；,，!！\n]|$)", "quantity_words.json: participation_verbs")


@cache
def _joined_after_count(vocabulary: "Vocabulary | None") -> regex.Pattern:
    """"共有400余人参加": the count is of the people who took part (whatever statistic word
    precedes it): a verb of taking part (``participation_verbs`` of ``quantity_words.json``), after
    a few characters at most."""
    verbs = alternation(quantity_words(vocabulary)["participation_verbs"])
    return compile_checked(rf"(?:的?[\p{{Han}}]{{0,4}}?)?(?:{verbs})", "quantity_words.json: participation_verbs")


def _joined_in_list(page: str, after: int, mentions: Mentions, counts_at: dict, memo: dict) -> bool:
    """"8支志愿服务队和200多名群众参加了活动": a count joined by a list mark or a conjunction
    (``list_joiners``) to the next count, which a verb of taking part follows, took part too.
    ``counts_at``: the page's counts by their start; ``memo``: the answer at each position read
    (a chain of counts is walked once, whatever its length)."""
    joiners = quantity_words(mentions.vocabulary)["list_joiners"]
    joined = _joined_after_count(mentions.vocabulary)
    chain: list[int] = []
    answer = False
    pos = after
    while True:
        if pos in memo:
            answer = memo[pos]
            break
        chain.append(pos)
        joiner = next((w for w in joiners if page.startswith(w, pos)), None)
        nxt = counts_at.get(pos + len(joiner)) if joiner is not None else None
        if nxt is None:
            break
        end = nxt.noun.end if nxt.noun is not None and nxt.noun.start >= nxt.end else nxt.end
        if joined.match(page, end) is not None:
            answer = True
            break
        pos = end
    for k in chain:
        memo[k] = answer
    return answer


# "此次活动", "本次培训": the event the unit reports, named again.
THIS_EVENT_NAMED = r"(?:此次|本次|这次)%{this_event_nouns}"


# "此次活动共服务老人15户": a count of the event the article reports, in a sentence of its own.
_THIS_EVENT = THIS_EVENT_NAMED + r"[^,，;；。]{0,10}$"


# "本次培训时间安排一周,…": a sentence that opens by naming the event the article reports again
# (a word of this occasion and a noun of the event).
_THIS_EVENT_OPENS = r"\s*%{this_occasion}(?:%{this_event_nouns}|%{joined_event_nouns})"


# The characters before a count read for the words that make it no count of the event.
_BEFORE_REACH = 20


_RESULT_AFTER = r"(?:提出|予以|进行|给予)?(?:通报)?%{result_verbs}"


# A verb of honouring, not the name of a meeting that honours (表彰大会, 表彰会上).
_HONOURED = r"%{honour_verbs}(?!\p{Han}{0,2}?会)"


def _figure_ends(quantities) -> dict[int, int]:
    """The start of each count of ``quantities`` by where it and its noun written after it end
    (what :func:`_first_of_figures` reads back through)."""
    return {(q.noun.end if q.noun is not None and q.noun.start >= q.end else q.end): q.start
            for q in quantities if q.category == "count"}


_FIGURE_MARKS = ",，;；、"  # (the marks between the figures of a list: structure, not vocabulary)


def _first_of_figures(page: str, s_start: int, q: Quantity, after: int, figure_ends: dict,
                      memo: "dict | None" = None) -> int | None:
    """Where the list of figures that a count closes opens, or None when the count closes none: the
    count ends its clause (nothing written after it and its noun), and the clause before it, in the
    same sentence, ends with a count too, and so on back (注册志愿者5万余人,社会组织30家,服务站61个).
    ``figure_ends``: the start of each count of the page by where it and its noun end; ``memo``: the
    first figure found for each count start read so far (a long list is walked once)."""
    if after < len(page) and page[after] not in _FIGURE_MARKS and page[after] not in "。！？!?\n":
        return None
    first = None
    walked = []  # (the figures passed on the way back: the same list's, its first the same)
    clause = max(page.rfind(m, s_start, q.start) for m in _FIGURE_MARKS) + 1
    while clause - 1 > s_start and page[clause - 1] in _FIGURE_MARKS:
        start = figure_ends.get(clause - 1)
        if start is None or start < s_start:
            break
        if memo is not None and start in memo:
            first = memo[start] if memo[start] is not None else start
            break
        first = start
        walked.append(start)
        clause = max(page.rfind(m, s_start, start) for m in _FIGURE_MARKS) + 1
        if clause <= s_start:
            break
    if memo is not None:
        memo[q.start] = first
        for start in walked:
            memo[start] = first if start != first else None
    return first


def _actors_right_before(page: str, q: Quantity, clause: int, triggers: Triggers, mentions: Mentions):
    """The trigger word that ends right before a count with no noun of its own, or before the
    total word that opens it (…及各部门共10人,和某村志愿者共计22人: the count of a list whose last
    item names the event's actors), looked for from ``clause`` (its clause's start); or None."""
    totals = tuple(quantity_words(mentions.vocabulary)["total_before"])
    lead = q.start
    for word in sorted(totals, key=len, reverse=True):
        if page.endswith(word, 0, lead):
            lead -= len(word)
            break
    hit = None
    for m in triggers.pattern.finditer(page, min(clause, lead), lead):
        hit = m
    return hit if hit is not None and hit.end() == lead else None


def _acts_after(page: str, q: Quantity, vocabulary: "Vocabulary | None") -> bool:
    """Whether a count of people is the subject of what follows it: a verb that follows a count
    (``verbs_after_count`` of ``quantity_words.json``) right after the count and its noun (55位车主参加…,
    800名干部组成…, 共计30人开展…): those who took part."""
    lex = _lexicons(vocabulary)
    if q.unit not in lex["people_units"]:
        return False
    after = q.noun.end if q.noun is not None and q.noun.start >= q.end else q.end
    return lex["verb_after"].match(page, after) is not None


def _served(page: str, q: Quantity, triggers: Triggers, vocabulary: "Vocabulary | None") -> bool:
    """Whether a count of people is of those a visit or a service reaches: a word of serving
    (``served_before`` of ``quantity_words.json``) right before it and a noun of the people served
    (``served_nouns``) after it (为100多名老人进行了体检, 为70余名群众测量血压)."""
    lex = _lexicons(vocabulary)
    if q.noun is None or q.noun.start < q.end or q.unit not in lex["people_units"]:
        return False
    return page.endswith(tuple(quantity_words(vocabulary)["served_before"]), 0, q.start) \
        and q.noun.text.endswith(triggers.words("served_nouns"))


def _groups_formed(page: str, q: Quantity, vocabulary: "Vocabulary | None") -> bool:
    """Whether a count follows a dividing verb (``dividing_verbs`` of ``quantity_words.json``, with
    or without one of its ``division_links``): the groups the event's actors formed (分成5组,
    分为7个组)."""
    words = quantity_words(vocabulary)
    link = next((w for w in words["division_links"] if page.endswith(w, 0, q.start)), "")
    if link:
        return page.endswith(tuple(words["dividing_verbs"]), 0, q.start - len(link))  # (分为, 分成: the verb's word)
    return _ends_dividing(page[max(0, q.start - 2):q.start], _lexicons(vocabulary))  # (not 处分2671人)


def _opens_a_clause(pattern, page: str, start: int, end: int) -> bool:
    """True when ``pattern`` matches at the opening of a clause of ``page[start:end]`` (after the
    start or a , ; mark)."""
    pos = start
    while pos < end:
        if pattern.match(page, pos, end):
            return True
        marks = [i for i in (page.find(c, pos, end) for c in ",，;；") if i >= 0]
        if not marks:
            return False
        pos = min(marks) + 1
    return False


def _due_to_come(page: str, start: int, end: int, triggers: Triggers, mentions: Mentions) -> bool:
    """Whether the clause before a count says how many were due to come (``expected_counts``:
    应到代表69人, 应出席委员30名), the word standing on its own: not the end of a word of the
    dictionary that runs into it (供|应到户, 响|应到)."""
    lex = person_lexicon(mentions.vocabulary)
    return any(not (m.start() > 0 and _word_of_the_dictionary(page[m.start() - 1:m.start() + 1], lex))
               for m in triggers.cue("expected_counts").finditer(page, start, end))


def _counts(group: list[_Mention], page: str, mentions: Mentions, scope=(), triggers: Triggers | None = None,
            kind: str = "") -> list[Quantity]:
    """Counts of the sentences that mention the event, and counts in its scope whose noun names
    the event's actors (20多名志愿者 in a volunteer event)."""
    triggers = triggers or Triggers.default()
    sents = {m.sentence.index: m.sentence for m in group}
    visits = bool(kind) and triggers.policy(kind).visits
    not_units = frozenset(triggers.words("not_count_units"))
    totals = _cue_pattern(triggers, r"%{period_totals}(?!%{region_reach})")
    links = quantity_words(mentions.vocabulary)["per_group_links"]
    one_of = tuple(quantity_words(mentions.vocabulary)["one_of_words"])
    every = _lexicons(mentions.vocabulary)["every_mark"]
    since = time_words(mentions.vocabulary)["since_marks"]
    this_event_opens = _cue_pattern(triggers, _THIS_EVENT_OPENS)
    out = []
    counts_at = {q.start: q for q in reversed(mentions.quantities) if q.category == "count"}
    chains: dict[int, bool] = {}  # (what _joined_in_list found at each position)
    firsts: dict[int, "int | None"] = {}  # (the first figure of the list each count closes)
    figure_ends: "dict[int, int] | None" = None  # (built when first needed: once a statistic is read)
    statistics: set[int] = set()  # (the counts read as a statistic's, by their start)
    for q in mentions.quantities:
        if q.category != "count":
            continue
        sent = next((s for s in sents.values() if s.contains(q.start, q.end)), None)
        inside = None if sent is not None else next((s for s in scope if s.contains(q.start, q.end)), None)
        if inside is not None:
            hit = triggers.pattern.search(q.noun.text) if q.noun is not None \
                else _actors_right_before(page, q, _clause_bounds(page, inside, q.start)[0], triggers, mentions)
            if (hit and triggers.type_of(hit[0]) == kind) \
                    or _cue_matcher(triggers, _JOINED_THE_EVENT).match(page, q.noun.end if q.noun is not None else q.end) \
                    or (_attended(mentions.vocabulary).match(page, q.noun.end if q.noun is not None else q.end)
                        and _LISTED_BEFORE.search(page, max(0, q.start - 8), q.start)) \
                    or _cue_pattern(triggers, _THIS_EVENT).search(page, max(0, q.start - 16), q.start):
                sent = inside  # 本次活动共有40余人参加, 专家共30余人参加了活动
            elif q.unit == "人次" and visits and (q.noun is None or q.noun.text.endswith(triggers.words("served_nouns"))):
                sent = inside  # people served (接诊200余人次, 诊疗群众近300人次)
            elif this_event_opens.match(page, inside.start):
                sent = inside  # a sentence about the event named again (本次培训…,培训学员主要是…,共计100余人)
            elif _groups_formed(page, q, mentions.vocabulary):
                sent = inside  # the groups formed (街道分为7个组)
            elif _acts_after(page, q, mentions.vocabulary) \
                    and not triggers.cue("not_event_count").search(page, max(inside.start, q.start - _BEFORE_REACH), q.start):
                sent = inside  # those who took part, named as the subject of the event's doing (not 目前已有500余户参与)
            elif visits and _served(page, q, triggers, mentions.vocabulary):
                sent = inside  # people served (共为100多名老人进行了体检)
            elif visits and page.endswith(triggers.words("party_words"), max(0, q.start - 4), q.start):
                sent = inside  # the party that went (某医院援助人员一行4人到达…)
            elif visits:
                # "活动共分发科普资料180余份": items handed out or planted in the event's scope.
                c0, _ = _clause_bounds(page, inside, q.start)
                if triggers.cue("handout_verbs").search(page, c0, q.start) and not _plan_said(page[c0:q.start]):
                    sent = inside
        if sent is None:
            continue
        c_start, _ = _clause_bounds(page, sent, q.start)
        before = page[max(sent.start, q.start - _BEFORE_REACH):q.start]
        after = q.noun.end if q.noun is not None and q.noun.start >= q.end else q.end  # (the count and its noun)
        joined = _joined_after_count(mentions.vocabulary).match(page, after) or _joined_in_list(page, after, mentions, counts_at, chains)
        handed = triggers.cue("handout_verbs").search(page, c_start, q.start) \
            and not triggers.cue("not_event_count").search(page, c_start, q.start)
        s_start = next((s for s, e in sent.spans if s <= q.start < e), c_start)
        if totals.search(before) or totals.search(page, c_start, q.start) or _opens_a_clause(totals, page, s_start, c_start):
            statistics.add(q.start)
            continue  # 去年全县共有12256人次参与: a total over a year or a region (anywhere in its clause,
            # or opening an earlier clause of its sentence: 今年以来,全县…,出动志愿者1500余人次; not
            # 来自全省各地的200名志愿者: a reach across it, nor 为落实全省部署,…组织200名志愿者)
        if any(w in page[s_start:q.start] for w in since):
            continue  # 自2015年开展以来,已有近400人次…: a running total since then, no count of the event
        if _plan_said(page[s_start:q.start]):
            continue  # 下一步,各检查组将…: a count in a plan
        lead = page[s_start:q.start].lstrip()
        if triggers.cue("statistic_openers").match(lead) and not triggers.cue("this_occasion").search(lead):
            statistics.add(q.start)
            continue  # 据统计,参加慰问人数564人: a statistic (not 据统计,此次活动共发放资料300份)
        if _due_to_come(page, c_start, q.start, triggers, mentions):
            continue  # 应到代表69人: how many were due to come, not how many came (实到65人)
        link = next((w for w in links if page.startswith(w, after)), "")
        if triggers.cue("per_group").match(page, after + len(link)):
            continue  # 两三人一组, 4人为一组: the size of each group, no count of the event
        if _cue_pattern(triggers, _HONOURED).search(page, c_start, q.start):
            continue  # 表彰5个先进集体、10名优秀志愿者: those honoured, no count of the event
        if triggers.cue("not_event_count").search(before) and not (joined and not _plan_said(before)) \
                and not handed and not page.endswith(triggers.words("party_words"), max(0, q.start - 4), q.start):
            statistics.add(q.start)
            continue  # (but 截至当天,共有31人参与献血: the people who took part; …,先后种植苗木3000余株;
            # …扶贫计划医疗队,一行十人赴…: the party that went)
        if statistics and not handed and not joined:
            if figure_ends is None:
                figure_ends = _figure_ends(mentions.quantities)
            if _first_of_figures(page, s_start, q, after, figure_ends, firsts) in statistics:
                continue  # 目前共有注册志愿者5万人,服务站(基地)61个: a list of figures whose first is a statistic
        if every in page[c_start:q.start]:
            continue  # 每班控制在30人左右, 每天配送500份: a rate, no count of the event
        if page.startswith(one_of, after):
            continue  # 全市30家试点单位之一: the set the subject belongs to, no count of the event
        if _cue_matcher(triggers, _RESULT_AFTER).match(page, after):
            continue  # 对3个单位提出表扬, 约谈2家企业: what the check led to, not a count of it
        if q.noun is not None and q.noun.text.endswith(triggers.words("result_nouns")):
            continue  # 排查隐患12处, 发现问题5个: what a check found, not a count of the event
        if q.unit in not_units:
            continue
        if isinstance(q.value, float) or q.value <= 0:
            continue
        if q.value == 1 and q.text.startswith(("一", "壹")):
            continue  # 一个细节, 一处角落: an article, not a count
        out.append(q)
    return out
