"""An occurrence filled into an :class:`~pressie.records.Event`: each slot in turn."""

from __future__ import annotations

from ..lexicon import Triggers
from ..records import Event, OrgRole, Span, TimeExpr
from .base import (_CLAUSE_SEP, _clause_bounds, _cue_pattern, _starting, LIST_JOINERS, EventSettings, Mentions, _DEFAULT_SETTINGS, _Mention, _Sentence, _place_verb_before,
    _opens_with_place)
from ..times import time_words
from .counts import THIS_EVENT_NAMED, _counts
from .orgs import _held_at_body, _leaders_team, _organised_by, _orgs, _team
from .when import _after_publication, _step_earlier, _when
from .where import _where
from .who import _participants


_ORG_SPAN = 128  # (a bound on an organisation name's length: the names that may hold a mention start this far before it)


def _lead_of_the_event(lead: _Sentence, hold, when: "TimeExpr | None", page: str, mentions: Mentions,
                       triggers: Triggers) -> bool:
    """True when the lead's verb of holding (``hold``) tells the event itself: no word of the past,
    of a plan or of a period before it (某社区曾在某游园举办过…, 将在某游园举办…, 去年以来…), no
    experience mark after it (举办过), and no day in the lead before it other than the event's."""
    before = (triggers.not_event_pattern("background"), triggers.not_event_pattern("plan"), triggers.cue("period_statistics"))
    if any(pattern is not None and pattern.search(page, lead.start, hold.start()) for pattern in before) \
            or triggers.cue("experience_marks").match(page, hold.end()) \
            or any(w in page[lead.start:hold.start()] for w in time_words(mentions.vocabulary)["since_marks"]):
        return False
    return all(t.date_start is None or when is not None and when.date_start == t.date_start
               for t in mentions.times if lead.contains(t.start, t.end) and t.end <= hold.start())


_PARTS_REACH = 30  # the most earlier parts of a sentence read back to the first (a constant: linear)


def _frame_before_the_days(sent: _Sentence, sentences, page: str, times) -> "tuple[_Sentence, int] | None":
    """For a part of a sentence that a semicolon before its day split off (``_sentence_split``): the
    sentence's first part and where its first day is written, when something is written before that
    day (the frame the days' parts share: "团县委组织…,2日,…;4日,…"); None otherwise. (``sentences``:
    an article's sentences, each at its ``index``.)"""
    def part(k: int) -> bool:  # (the sentence at k ends in a semicolon in the same paragraph)
        return k >= 0 and sentences[k].paragraph == sent.paragraph and not sentences[k].headline \
            and page[sentences[k].spans[-1][1] - 1] in ";；"

    k = sent.index - 1
    while sent.index - k <= _PARTS_REACH and part(k):
        k -= 1
    if k == sent.index - 1 or part(k):
        return None  # (no earlier part, or a run longer than the reach)
    first = sentences[k + 1]
    s0, e0 = first.spans[0]
    day = next((t.start for t in times if s0 < t.start < e0 and t.date_start), None)
    return (first, day) if day is not None else None


def _fill(anchor: _Mention, group: list[_Mention], sentences, page: str, mentions: Mentions,
          times: list[TimeExpr], lead_time: TimeExpr | None, triggers: Triggers, only: bool,
          foreign: "set[int] | frozenset[int]" = frozenset(), cfg: EventSettings = _DEFAULT_SETTINGS,
          dated_elsewhere: "set[int] | frozenset[int]" = frozenset(), ahead: bool = False) -> Event | None:
    """The event of a group of trigger mentions, or None when it has no slot but counts. ``ahead``: the unit
    writes a day after the paper in full (a notice: :func:`~pressie.events.when._announces`; no
    day of it is read a step earlier). ``foreign``: the
    sentences that report the unit's other events (their people stay out); ``dated_elsewhere``:
    those of them with a day of their own (their places and counts stay out too)."""
    kind = anchor.type
    policy = triggers.policy(kind)
    sents = sorted({m.sentence.index: m.sentence for m in group}.values(), key=lambda s: s.index)
    when = _when(anchor, group, sentences, page, mentions, times, lead_time, triggers, only)
    scope = sentences if only else _scope(group, sentences)
    who = _participants(kind, anchor, [x for x in scope if x.index not in foreign], page, mentions, triggers,
                        {m.sentence.index for m in group}, only, cfg.and_clause)
    own = [x for x in scope if x.index not in dated_elsewhere]  # (another day's event names its own places and counts)
    where_scope = own
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
    where = _where(kind, group, where_scope, page, mentions, triggers, [x for x in sentences if not x.headline][:2], cfg)
    # The unit's only event told after its lead (its mentions are all later): what the lead says a
    # body held is that event. Its verbs of holding, in the first of its spans that has one.
    lead = next((x for x in sentences if not x.headline), None)
    holds = [] if not only or lead is None or lead.index in {m.sentence.index for m in group} else next(
        (found for s0, e0 in lead.spans if (found := list(triggers.cue("holding_later").finditer(page, s0, e0)))), [])
    if not where and holds and _lead_of_the_event(lead, holds[0], when, page, mentions, triggers):
        # "11月30日,某社区党总支在某游园开展了…活动。…志愿者们…": where the lead says it was held (a
        # venue or a village, not a region: a region the lead names may be the body's or the paper's)
        where = [p for p in _where(kind, [_Mention(kind, holds[0].start(), holds[0].end(), lead, 0.0)], [lead], page,
                                   mentions, triggers, (), cfg) if p.kind != "admin"]
    orgs: list[OrgRole] = []
    # The body names the organiser in full; a headline often shortens it.
    for m in sorted(group, key=lambda x: (x.sentence.headline, x.sentence.index, x.start)):
        if any(m.end < o.end for o in _starting(mentions.orgs, m.start - _ORG_SPAN, m.start - 1)):
            continue  # 某县志愿者工作指导中心: a word of a body's name, not where the clause's verb stands
        orgs = _orgs(m, page, mentions, who, triggers, cfg.org_reach)
        if orgs:
            break
    if not orgs and holds:
        # "7月17日,滨江区社会工作部联合…,在…开展秋季河道巡查活动。…志愿者们…": the body the lead says
        # held it, though the lead names it otherwise.
        # (read to the verb's end, as a trigger after it would be: its subject may be followed by its
        # own people or by clauses, "某医院的党员志愿队来到…", "某协会,利用…,在某镇,开展了…")
        at = holds[0].end()
        orgs = _orgs(_Mention(kind, at, at, lead, 0.0), page, mentions, who, triggers, cfg.org_reach)
        # (a body of the verb's own clause, or one that is a whole clause of its own, 某协会,
        # 利用…,在某镇,开展了…: not one that opens an earlier clause with a verb of its own,
        # 县气象局发布预警,村干部们连夜组织…)
        if orgs and orgs[0].start < _clause_bounds(page, lead, holds[0].start())[0] \
                and not _CLAUSE_SEP.match(page, orgs[-1].end):
            orgs = _orgs(_Mention(kind, holds[0].start(), holds[0].end(), lead, 0.0), page, mentions, who,
                         triggers, cfg.org_reach)
        # "A联合B在…开展": read up to the verb after 联合, so the partner is named too.
        later = [h for h in holds if not page.startswith(tuple(triggers.words("partner_verbs")), h.start())]
        if later and later[0] is not holds[0]:
            more = _orgs(_Mention(kind, later[0].end(), later[0].end(), lead, 0.0), page, mentions, who, triggers,
                         cfg.org_reach)
            if {o.text for o in orgs} < {o.text for o in more}:
                orgs = more
    if not orgs:
        # "团县委组织…,2日,…;4日,志愿者来到…": a part of a sentence told after a semicolon before its
        # own day is the frame's: the body that the first part names before its day holds it too
        # (not a body of another part's own activity: "2日,县卫健局召开…;4日,…").
        frame = _frame_before_the_days(anchor.sentence, sentences, page, times)
        if frame is not None:
            first, day = frame
            orgs = _orgs(_Mention(kind, day, day, first, 0.0), page, mentions, who, triggers, cfg.org_reach)
    held_at: list[OrgRole] = []
    if not orgs:
        held_at = _held_at_body(anchor, page, mentions, triggers)
        orgs = list(held_at)
    if not orgs:
        orgs = _team(group, page, mentions, who, triggers)
    if not orgs and policy.visits:
        orgs = _leaders_team(who, page, mentions, triggers)
    # (also where a sentence of the scope names the event as this one: "此次活动由某某主办")
    this_event = _cue_pattern(triggers, THIS_EVENT_NAMED)
    in_group = {x.index for x in sents}  # (an article's sentences differ by their index)
    named = [x for x in scope if x.index not in foreign and x.index not in in_group
             and any(this_event.search(page, a, b) for a, b in x.spans)]
    orgs += [o for o in _organised_by(sents + named, page, mentions, triggers) if all((o.start, o.end) != (x.start, x.end) for x in orgs)]
    # The organiser is who holds it, not where ("东湖区文明实践站联合…开展"), unless a
    # place verb governs it; a place that opens another chosen place's name contains it.
    where = [p for p in where if p.kind != "venue" or not any(o.text == p.text for o in orgs)
             or _place_verb_before(triggers).search(page, max(0, p.start - 3), p.start)]
    where = [p for p in where if not any((o.start, o.end) == (p.start, p.end) for o in held_at)]  # (held by it, not at it)
    where = [p for p in where if not any(q is not p and len(q.text) > len(p.text) and q.text.startswith(p.text)
                                         for q in where)]
    # A governing body (县政府, 管委会) is where only when a place verb governs it (在县政府);
    # "区政府召开专题会议", "听取区人民政府…的报告" name who holds or reports.
    bodies = tuple(triggers.words("body_places"))
    listed = {q.end for q in where}
    where = [p for p in where if not p.text.endswith(bodies) or _place_verb_before(triggers).search(page, max(0, p.start - 3), p.start)
             or page[p.start - 1:p.start] in LIST_JOINERS and p.start - 1 in listed]  # 到产业园区和石桥镇政府
    capped = triggers.words("capped_count_units")
    counts = [c for c in _counts(group, page, mentions, own, triggers, kind)
              if c.value is None or c.value <= cfg.max_count or c.unit not in capped]
    if not (when or where or who or orgs):
        # (counts alone, with no time, place, person or body: the tallies of a summary or a
        # plan, 全年开展志愿服务120场, no occurrence reported)
        return None
    if when is not None and _after_publication(when.date_start, mentions.published):
        # 1月20日…走访慰问了… in a paper of 1 December: this January's (not in a notice).
        when = None if ahead else _step_earlier(when, mentions.published)
        if when is None:
            return None
    evidence = tuple(Span(start=s, end=e, text=page[s:e]) for sent in sents for s, e in sent.spans)
    confidence = min(cfg.confidence_cap, cfg.confidence_base + cfg.confidence_per_score * anchor.score
                     + cfg.confidence_per_mention * len(group))
    return Event(
        type=kind, trigger=Span(start=anchor.start, end=anchor.end, text=page[anchor.start:anchor.end]),
        when=when, where=tuple(where), who=tuple(who), orgs=tuple(orgs), counts=tuple(counts),
        evidence=evidence, confidence=round(confidence, 3),
    )


def _scope(group: list[_Mention], sentences: list[_Sentence]) -> list[_Sentence]:
    """The paragraphs of the group's mentions and the paragraph after each (for units with several events)."""
    paras = {m.sentence.paragraph for m in group}
    paras |= {p + 1 for p in paras}
    return [s for s in sentences if s.paragraph in paras or s.headline]
