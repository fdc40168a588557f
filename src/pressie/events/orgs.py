"""The organisations that hold an event."""

from __future__ import annotations

from functools import cache

import regex

from .._scan import compile_like_regex
from ..lexicon import Triggers
from ..places import clause_verbs, place_lexicon
from ..records import OrgRole, Participant
from .base import _DEFAULT_SETTINGS, _clause_bounds, _cue_matcher, _cue_pattern, LIST_JOINERS, LIST_JOINER_WORD, LIST_MARK, _longest_first, _words_of, Mentions, _ANAPHOR, _CLAUSE_SEP, _LEAD_PREFIX, _Mention, _before, _starting


_ON_BEHALF_OF = regex.compile(r"(?<=[\p{Han}])代表")


_GROUP_OF_BODIES = compile_like_regex(r"等?(?:相关|有关|职能)?(?:部门|单位|力量)?[,，]?(?:对|在|开展|进行|深入|前往|到)")


# After the bodies named after 由: the word closing their list, perhaps with a group noun (等,
# 等多家单位), together, the verb.
_ORGANISED_BY = r"(?:%{list_closing_words}(?:[^,，。;；、]{0,4}?%{body_group_nouns})?)?(?:%{jointly_words})?%{organising_verbs}"


# After a congress's name (%{congress_heads}: 某镇人民代表大会): the ordinal of its session (第三次)
# before the meeting's word, with at most a few characters between: the congress names the
# meeting, it does not hold it (_NUMERALS: where the numerals of numerals.json go).
_NUMERALS = "@numerals@"
_SESSION_OF_BODY = rf"(?<=%{{congress_heads}})第[0-9０-９{_NUMERALS}]+%{{session_classifiers}}[^,，。;；:：]{{0,6}}?(?=%{{meeting_heads}})"


@cache
def _session_of_body(triggers: Triggers, numerals: str):
    """:data:`_SESSION_OF_BODY` with the table's words and ``numerals``, compiled once."""
    return _cue_matcher(triggers, _SESSION_OF_BODY.replace(_NUMERALS, numerals))


_PLURAL = "们"  # (志愿者们)
_ACT_REACH = 4  # the most characters between a body's volunteers and what they do (冒雨来到, 一行来到)
_HOLDS_AFTER = compile_like_regex(r"(?:在[^,，。;；]{1,20}?)?(?:举行|举办|开展|召开)")


# After the body of "在某办公室9日举办的发布会上": the verb of holding, 的, and the
# meeting's name up to its trigger (no clause break).
_HELD_BY_BODY = compile_like_regex(r"(?:召开|举行|举办)的[^,，。;；:：]{0,16}$")


def _orgs(anchor: _Mention, page: str, mentions: Mentions, who: list[Participant], triggers: Triggers,
          reach: int = _DEFAULT_SETTINGS.org_reach) -> list[OrgRole]:
    """The organisation that holds the event: the subject of a clause before the trigger whose
    verb (this clause or a later one up to the trigger) is a holding verb (召开, 组织, 开展 …)."""
    sent = anchor.sentence
    heads = _words_of(mentions).org_heads
    # (each time by its start, the first written: a clause's times are skipped one after another)
    time_ends: dict[int, int] = {}
    for t in mentions.times:
        time_ends.setdefault(t.start, t.end)
    best = None
    session_of_body = _session_of_body(triggers, _words_of(mentions).numeral_chars)
    for s, e in sent.spans:
        if s > anchor.start:
            break
        limit = min(e, anchor.start) if s <= anchor.start < e else e
        # (the clauses of the stretch before the trigger: a body that holds the event is named
        # within ``reach`` characters of it, which keeps a sentence of many triggers linear)
        lo = max(s, anchor.start - reach)
        if lo >= limit:
            continue
        clause_starts = ([s] if s == lo else []) + [m.end() for m in _CLAUSE_SEP.finditer(page, lo, limit)]
        for cs in clause_starts:
            pos = cs
            # Skip a lead (本报讯(…)), times, and small words at the clause start.
            pos = _LEAD_PREFIX.match(page, pos, limit).end()
            while pos in time_ends:
                pos = time_ends[pos]
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
            if _cue_matcher(triggers, r"%{distributive_marks}%{distributive_heads}").match(page, ue):
                continue  # "某市各地开展…", "某区各部门": every place or body of it, no one organiser
            if session_of_body.match(page, ue):
                continue  # 某镇第十七届人民代表大会|第三次会议: the body's session is the meeting
            # Co-organisers listed with 、和及与 ("团市委、市文明办、市教育局…举办").
            units = _unit_list(page, (us, ue), limit, mentions, heads, triggers=triggers)
            ue = units[-1][1]
            if triggers.cue("places_closers").match(page, ue):
                continue  # 某村、某村等多地开展…: where the activity happens, no one who holds it
            rest = page[ue:limit]
            if ue == anchor.start and limit == anchor.start \
                    and not any(o.start <= us and o.end > anchor.start for o in mentions.orgs):
                # "某某促进会志愿者来到…": the body's own people, the trigger, and then what they do
                # (not a body whose name runs on over the trigger: 某小区银发志愿者服务队)
                # (the verb right after them: 某某促进会志愿者来到…, not …志愿者参加了某局组织的活动)
                after = anchor.end + (page[anchor.end:anchor.end + 1] == _PLURAL)
                # (a few characters may come first, 冒雨, 一行, but no word of attending: 参加了…)
                verb = triggers.cue("hold_verbs").search(page, after, min(after + _ACT_REACH + 2, _clause_bounds(page, sent, anchor.start)[1]))
                attending = triggers.roles(anchor.type).get("attendee", ())
                acts = verb is not None and not any(w in page[after:verb.start()] for w in attending)
            else:
                acts = False
            if acts or triggers.cue("hold_verbs").match(page, ue) or triggers.cue("holding_later").search(rest):
                # "新桥社区联合老年活动中心…开展": the partner named after 联合 co-organises.
                if page.startswith(tuple(triggers.words("partner_verbs")), ue):
                    # (A联合B、C、D,组织…: every body of the list named after 联合)
                    partner = _unit_at(page, ue + 2, limit, mentions, heads)
                    if partner is not None:
                        units += _unit_list(page, partner, limit, mentions, heads, triggers=triggers)
                elif page.startswith("组织", ue):
                    # "县卫生健康局组织城关卫生院在…举行", "街道组织安监办、派出所等部门,对…进行检查":
                    # the bodies it has hold the event hold it too.
                    first = _unit_at(page, ue + 2, limit, mentions, heads)
                    held = _unit_list(page, first, limit, mentions, heads, triggers=triggers) if first is not None else []
                    if held and (_HOLDS_AFTER.match(page, held[-1][1])
                                 or len(held) > 1 and _GROUP_OF_BODIES.match(page, held[-1][1])):
                        units += held
                best = units
    if best is None:
        # "王明一行代表东湖镇党委、政府慰问…": the bodies a visit is made on behalf of.
        for s, e in sent.spans:
            for m in _ON_BEHALF_OF.finditer(page, s, min(e, anchor.start)):
                unit = _unit_at(page, m.end(), min(e, anchor.start), mentions, heads)
                if unit is None:
                    continue
                best = _unit_list(page, unit, min(e, anchor.start), mentions, heads, bound=e, triggers=triggers)
                break
            if best is not None:
                break  # the first body named after 代表 (not one of a later span of the sentence)
    if best is None and triggers.policy(anchor.type).gathering:
        # "主持召开区政府专题会议": the body whose name opens the meeting's name holds it.
        owner = [o for o in _before(mentions.orgs, anchor.start, 8) if o.end == anchor.start and o.end - o.start >= 2
                 and not triggers.pattern.search(page, o.start, o.end)]
        if owner and _unit_at(page, owner[-1].start, anchor.start, mentions, heads) is not None:
            best = [(owner[-1].start, owner[-1].end)]
    if best is None:
        return []
    return [OrgRole(start=s, end=e, text=page[s:e], role="organizer") for s, e in best]


def _organised_by(sents, page: str, mentions: Mentions, triggers: Triggers) -> list[OrgRole]:
    """"参加了由县青年志愿者协会组织的…活动": the body named after 由 organised it."""
    heads = _words_of(mentions).org_heads
    by = _cue_pattern(triggers, "%{organised_by_marks}")
    organised = _cue_matcher(triggers, _ORGANISED_BY)
    out: list[OrgRole] = []
    for sent in sents:
        for s, e in sent.spans:
            for m in by.finditer(page, s, e):
                unit = _unit_at(page, m.end(), e, mentions, heads)
                # "由市妇联、市科协、市卫健委联合主办", "由A、B、C等几家单位共同组织":
                # every body of the list organised it.
                units = _unit_list(page, unit, e, mentions, heads, triggers=triggers) if unit is not None else []
                if units and organised.match(page, units[-1][1]):
                    out += [OrgRole(start=a, end=b, text=page[a:b], role="organizer") for a, b in units]
    return out


def _unit_list(page: str, first: tuple[int, int], limit: int, mentions: Mentions, heads,
               bound: int | None = None, triggers: Triggers | None = None) -> list[tuple[int, int]]:
    """The bodies of a list joined by 、和及与 or 以及 that opens with ``first`` (团市委、市文明办、市教育局),
    each read by :func:`_unit_at` up to ``limit``; the list goes on while its last body ends
    before ``bound`` (``limit`` by default). With ``triggers``, an item no finder reads between two
    bodies, set off by 、 (a company's trade name and line of business, 某某婚纱: :func:`_bare_item`),
    is a body of the list too: the items of a list are of one kind."""
    units = [first]
    pending: list[tuple[int, int]] = []  # (items no finder reads, waiting for a body after them)
    end = first[1]
    while end < (limit if bound is None else bound):
        joiner = 2 if page.startswith(LIST_JOINER_WORD, end) else 1 if page[end] in LIST_JOINERS else 0
        if not joiner:
            break
        nxt = _unit_at(page, end + joiner, limit, mentions, heads)
        if nxt is not None:
            units += pending
            pending = []
            units.append(nxt)
            end = nxt[1]
            continue
        item = _bare_item(page, end + joiner, limit, mentions, triggers) \
            if triggers is not None and (page[end] == LIST_MARK or joiner == 2) else None
        if item is None:
            break
        pending.append(item)
        end = item[1]
    return units


_BARE_ITEM = regex.compile(rf"\p{{Han}}{{3,10}}?(?={LIST_MARK}|{LIST_JOINER_WORD})")


def _bare_item(page: str, pos: int, limit: int, mentions: Mentions, triggers: Triggers) -> tuple[int, int] | None:
    """An item of a list of bodies that no finder reads, from ``pos`` to the next 、 or 以及: a
    company written by its trade name and its line of business (``company_industries``: 某某传媒,
    某某汽修), three to ten Han characters, no person's name, determiner, deictic word (当地, 辖区)
    or verb of the dictionary in its trade name."""
    m = _BARE_ITEM.match(page, pos, limit)
    if m is None or mentions.names_overlap(pos, m.end()):
        return None
    industry = next((w for w in _longest_first(triggers, "company_industries") if page.endswith(w, pos, m.end())), None)
    if industry is None or m.end() - len(industry) - pos < 2:
        return None
    name = page[pos:m.end() - len(industry)]
    verbs, lex = clause_verbs(vocabulary=mentions.vocabulary), place_lexicon(mentions.vocabulary)
    if name[0] in lex["determiners"] or lex["deictic_re"].match(name) \
            or any(name[:n] in lex["place_determiner_set"] for n in lex["place_determiner_lengths"]) \
            or any(name[k:k + n] in verbs for k in range(len(name) - 1) for n in (2, 3)):
        return None  # (部分|餐饮, 当地|传媒, 辖区|汽修: some of a kind, no trade name)
    return pos, m.end()


def _unit_at(page: str, pos: int, limit: int, mentions: Mentions, heads) -> tuple[int, int] | None:
    """The longest chain of organisation and place names that starts at ``pos``
    (姑苏区 + 双塔街道 + 长岛社区), or None; a person's title is not an organisation."""
    end = mentions.unit_end(pos, limit)
    if end is None:
        m = heads.match(page, pos)
        if not (m and m.end() <= limit and m.end() - m.start() >= 2):
            return None
        end = m.end()
    while True:
        nxt = mentions.unit_end(end, limit)
        if nxt is None or nxt <= end:
            break
        end = nxt
    words = _words_of(mentions)
    title = words.positions.match(page, end)
    if title and title[0] not in words.group_nouns:
        return None  # 区委 of 区委书记: the start of a title (not 区水务局党组领导: the body's leaders)
    if any((m := words.positions.match(page, k)) is not None and m.end() > end for k in range(max(pos, end - 3), end)):
        return None  # 市人大|代表: a title that opens inside the body's name runs on after it
    if mentions.names_overlap(pos, end):
        return None
    return pos, end


def _team(group: list[_Mention], page: str, mentions: Mentions, who: list[Participant],
          triggers: Triggers) -> list[OrgRole]:
    """"全国人大常委会执法检查组在河北检查", "督导组进驻…": when no clause names who holds the event,
    a team named after the activity (a mention's trigger word, then a team head of the cue list
    team_heads: 组, 服务队 … — not a standing body such as 党组, 协会) holds it."""
    heads = frozenset(triggers.words("team_heads"))
    for m in group:
        team = [o for o in _starting(mentions.orgs, m.start - 40, m.start - 1)
                if m.end < o.end and page[m.end:o.end] in heads]
        if team and not any(p.start < team[0].end and team[0].start < p.end for p in who):
            o = team[0]
            return [OrgRole(start=o.start, end=o.end, text=page[o.start:o.end], role="organizer")]
    return []


def _leaders_team(who: list[Participant], page: str, mentions: Mentions, triggers: Triggers) -> list[OrgRole]:
    """"某巡察组组长某某带队调研": when no clause names who holds a visit, the team (a name that ends
    with a word of ``team_heads``, not a standing group of officials) whose chief (``team_chiefs``)
    leads it (``team_leading`` right after the name) holds it."""
    heads, chiefs = tuple(triggers.words("team_heads")), tuple(triggers.words("team_chiefs"))
    standing, leading = tuple(triggers.words("standing_groups")), triggers.cue("team_leading")
    for person in who:
        if person.role != "leader" or not leading.match(page, person.end):
            continue
        for title in person.titles:
            for o in _starting(mentions.orgs, title.start, title.end):
                if o.end < title.end and page[o.end:title.end] in chiefs and o.text.endswith(heads) \
                        and not o.text.endswith(standing):
                    return [OrgRole(start=o.start, end=o.end, text=o.text, role="organizer")]
    return []


def _held_at_body(anchor: _Mention, page: str, mentions: Mentions, triggers: Triggers) -> list[OrgRole]:
    """"在市政府新闻办公室9日举办的发布会上": a meeting held "at" a body (an organisation's
    name, perhaps with the day after it) is held by that body; a room of a body (县委会议室) is
    no body, and a venue that is also a body (县人民医院, 县委党校: not a kind of ``hosting_bodies``)
    is where it was held."""
    if not triggers.policy(anchor.type).gathering:
        return []
    sent = anchor.sentence
    c_start, _ = _clause_bounds(page, sent, anchor.start)
    heads = _words_of(mentions).org_heads
    hosts = tuple(triggers.words("hosting_bodies"))
    for at in _cue_pattern(triggers, r"%{at_prepositions}").finditer(page, c_start, anchor.start):
        unit = _unit_at(page, at.end(), anchor.start, mentions, heads)
        if unit is None or not any(o.end == unit[1] and o.kind.endswith(hosts) for o in mentions.orgs):
            continue  # (a venue that is also a body, 县人民医院, 县委党校, is where it was held)
        end = unit[1]
        for t in mentions.times:
            if t.start == end:
                end = t.end
        if _HELD_BY_BODY.match(page[end:anchor.start]):
            return [OrgRole(start=unit[0], end=unit[1], text=page[unit[0]:unit[1]], role="organizer")]
    return []
