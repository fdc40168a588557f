"""Where an event happened: places governed by a verb of place or of going, lists, rooms, homes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .._scan import compile_like_regex
from ..lexicon import Triggers
from ..people import person_lexicon
from ..places import _dictionary_words_only, clause_verbs, is_named, place_lexicon
from ..quantities import _lexicons as quantity_lexicon
from ..records import Place, Span
from ..vocabulary import KEPT
from .base import (HELD, LIST_JOINERS, _longest_first, _SENT_END, _SPOKEN_DEMAND, _clause_bounds, _cue_matcher, _cue_pattern, _words_of, Mentions, _ANAPHOR, _CLAUSE_SEP, _HAN_RUN, _HELD_AFTER, _LEAD_PREFIX, _Mention, _before, _in_reference,
    _is_trigger, _opens_with_place, _plain_lead, _starting, EventSettings, _DEFAULT_SETTINGS)


# What governs a list of places: a word of place_governors or of movement (先后来…).
_GOVERNORS = r"%{place_governors}|%{movement}"


_IN_PLACE_AFTER = compile_like_regex(r"(?:的[\p{Han}]{1,6})?(?:里|内)[,，]")


_IN_BEFORE = regex.compile(r"[在于][\p{Han}]{0,12}$")


_LOCATED_BEFORE = regex.compile(r"位于[^,，。;；]{1,14}的$")  # 来到位于解放西路的环卫所


_SCENE_OPENING = compile_like_regex(r"(?:(?P<lead>[^,，。;；]{1,12})[,，])?")


# A project named after a place, up to the end of the list item (、，。；和及等 or the line's end).
# (not across a joiner: "某某复合肥和某某等重点项目" is a kind of the places listed)
_PROJECT_TAIL = r"[^\P{Han}和及与等]{0,12}?%{project_nouns}(?=[、,，。;；和及等\n]|%{list_closing_verbs}|$)"


# A phase written after a place or a project (某小区二期, 某产业园三期工程): part of what was visited;
# %s: the numeral characters.
_PHASE = r"(?:[0-9]{1,2}|[%s]{1,3})期(?:%%{project_nouns})?(?=[、,，。;；和及与等\n]|$)"


_SCENE_LINK = compile_like_regex(r"(?:上|里|内|中|前)?(?:一片|到处)?")


def _scene_places(scope, page: str, mentions: Mentions, triggers: Triggers) -> list[Place]:
    """"当天,某村文化礼堂里欢声笑语": a place that opens a sentence of the scope (after
    nothing, a time or a sequence word) followed by a scene word, or making up the whole clause
    ("3月28日起,某街道某居民区,志愿者们…"), sets where the event happens."""
    out: list[Place] = []
    for sent in scope:
        if sent.headline:
            continue
        s0, e0 = sent.spans[0]
        s0 = _LEAD_PREFIX.match(page, s0, e0).end()  # (after a dateline or a byline: 某网3月29日讯(通讯员 某某))
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
        if chain and (triggers.cue("scene_words").match(page, _SCENE_LINK.match(page, at).end())
                      or (at < len(page) and page[at] in ",，") or _IN_PLACE_AFTER.match(page, at)):
            out += chain  # (or a clause that is only the places: "3月28日起,某街道某居民区,志愿者们…")
    return out


def _leaves(places: list[Place]) -> list[Place]:
    containers = {(w.start, w.end) for p in places for w in p.within}
    return [p for p in places if (p.start, p.end) not in containers]





_CONTINUES = compile_like_regex(r"[“\"]?在?")  # before an event_continuers word opening a sentence





_LIST_END = compile_like_regex(r"[。;；!！?？]|[,，](?!\s*$)")





_LIST_ITEM = compile_like_regex(r"\p{Han}{2,3}")


_OBJECT_OF = regex.compile(r"对")


# After a town a meeting is held in: the verb of holding, perhaps after 主持/组织 (在某市主持召开).
_HELD_IN_TOWN = compile_like_regex(rf"的?(?:主持|组织)?{HELD}")


# A floor after a building, then a verb of holding or a break (四楼召开, 5层,); %s: the numeral characters.
_FLOOR = r"(?:[0-9]{1,2}|[%s]{1,3})%%{floor_marks}(?=的?" + HELD + r"|[,，。;；])"


# Between two items of one list: a joiner, or joiners around other items (names of Han, letters,
# digits, brackets).
_LIST_GAP = compile_like_regex(r"[、和及与](?:[\p{Han}A-Za-z0-9()（）“”\-]{1,12}[、和及与])*")








def _joined_bare_places(page: str, regions, places: list[Place], triggers: Triggers) -> list[Place]:
    """"到东方商城和阳光广场督导检查": a name joined to a known place and running up to the
    visiting verb is a place too, written without a suffix."""
    out: list[Place] = []
    for a, b in regions:
        for p in places:
            if a <= p.start and p.end <= b and p.kind != "generic":
                m = _cue_matcher(triggers, r"[和及与、](?P<name>\p{Han}{2,6}?)(?=%{list_closing_verbs})").match(
                    page, p.end, b + 8)
                if m and not any(q.start < m.end("name") and m.start("name") < q.end for q in places):
                    out.append(Place(start=m.start("name"), end=m.end("name"), text=m["name"], kind="venue"))
    return out


def _bare_list_places(page: str, regions, places: list[Place], triggers: Triggers) -> list[Place]:
    """"赴兴平、乾县、礼泉暗访": in a list of places after a travel verb, the items written without
    a suffix are places too (as written), when one item of the list has one."""
    out: list[Place] = []
    for a, b in regions:
        if not _cue_pattern(triggers, r"%{travel_verbs}$").search(page, max(0, a - 2), a):
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
                if cut <= b and _cue_matcher(triggers, _LIST_CLOSER).match(page, cut):
                    items[-1] = (last_s, cut, None)
                    break
            else:
                items.pop()
        for s, e, known in items:
            if known is None:
                out.append(Place(start=s, end=e, text=page[s:e], kind="admin"))
    return out




_ROOM_ITEM = compile_like_regex(r"\p{Han}{2,8}?(?=、|和|及|与|进行|开展|实地|查看|察看|检查|督查|督导|调研|等|[,，。;；])")


# Where an item of a list ends: a list mark, a joiner, 等, a verb that closes the list or the end.
_ITEM_END = r"(?=[、,，。;；和及等\n]|%{list_closing_verbs}|$)"
_PROJECT_ITEM = r"(?:[\p{Han}0-9A-Za-z“”\"()（）·-]{2,30}?)%{project_nouns}" + _ITEM_END
# A company written by its trade name and its line of business, no legal form (某某乳业, 某某化工);
# %d: the longest trade name.
_COMPANY_ITEM = r"\p{Han}{2,%d}?%%{company_industries}" + _ITEM_END.replace("%", "%%")


_QUOTED = regex.compile(r"[“\"][^”\"]*[”\"]")


def _project_name(item: str, nouns: list[str]) -> tuple[int, str]:
    """The length of the project noun that ends ``item`` (``nouns``: longest first; 0 when none
    does) and the name before it, without what is in whole quotes (“零碳”)."""
    noun = next((len(w) for w in nouns if item.endswith(w)), 0)
    return noun, _QUOTED.sub("", item[:len(item) - noun])


def _names_no_item(name: str, lex, numerals, generic: tuple, governed) -> bool:
    """True when ``name``, what stands before a project's or a company's head noun, names no
    particular one: too short, quoted, a number, a generic qualifier, a verb or words of the
    dictionary alone (乡村振兴|项目, 绿色|食品)."""
    return len(name) < 2 or any(q in name for q in "“”\"") or name[0].isdigit() or name[0] in numerals \
        or name.endswith(generic) or name[:2] in lex["verb_words"] or governed.match(name) is not None \
        or _dictionary_words_only(name, 0, len(name), lex)


def _project_list_places(page: str, regions, places: list[Place], triggers: Triggers, mentions: Mentions,
                         trade_name_max: int = 4) -> list[Place]:
    """"实地察看了某某新能源升级改造项目、某某智能装备项目": in a list right after a verb of going
    or of looking, the items named as projects (``project_nouns``) are where the visit went, as
    written, though no place suffix ends them."""
    out: list[Place] = []
    if not regions:
        return out
    item = _cue_matcher(triggers, _PROJECT_ITEM)
    company = _cue_matcher(triggers, _COMPANY_ITEM % trade_name_max)
    industries, nouns = _longest_first(triggers, "company_industries"), _longest_first(triggers, "project_nouns")
    generic = tuple(triggers.words("generic_project_qualifiers"))
    governed = _cue_matcher(triggers, _GOVERNORS)
    lex = place_lexicon(mentions.vocabulary)
    numerals = _words_of(mentions).numeral_chars
    known_at: "dict[int, int] | None" = None  # the end of the place found at each start
    for a, b in regions:
        pos = a + (page[a:a + 1] == "了")
        while pos < b:
            m, kind = item.match(page, pos, b + 1), "venue"
            if m is None:
                m, kind = company.match(page, pos, b + 1), "company"  # 先后来到某某乳业、某某化工
            if m is None:
                # (an item that is a place found already, 某某汽车广场: the list goes on after it)
                if known_at is None:
                    known_at = {q.start: q.end for q in reversed(places)}  # (built once, when first needed)
                known = known_at.get(pos)
                if known is not None and known < b and page[known] in LIST_JOINERS:
                    pos = known + 1
                    continue
            if m is None or "的" in m[0]:
                break
            if any(pos < q.end and q.start < m.end() for q in places):
                if kind == "company":
                    break
                # (a known place inside the item: the project at a place, read by the project tail
                # below; the list goes on)
                pos = m.end() + (page[m.end():m.end() + 1] in LIST_JOINERS)
                continue
            if kind == "company":
                # A trade name (no determiner, no common words alone: 各类|电子, 绿色|食品) and a line of business.
                name = m[0][:len(m[0]) - next(len(w) for w in industries if m[0].endswith(w))]
                if name[0] in lex["determiners"] or _names_no_item(name, lex, numerals, generic, governed):
                    break
                keep = True
            else:
                # A named project: some name outside whole quotes ("一抓双促"工程 is a programme; a quote
                # left open runs from before the verb: 设置"某某考察评价"项目), not only words of the
                # dictionary (乡村振兴项目, 水利工程: kinds of project), no time or qualifier alone before
                # the noun (2024年全县重点工程, 重点项目), no verb opening it.
                _, name = _project_name(m[0], nouns)
                if _names_no_item(name, lex, numerals, generic, governed):
                    break
                # (全县农村饮水安全工程: every project of a kind across the county, no place; the list goes on)
                keep = not (name[0] in lex["determiners"] and name[1] in lex["level_chars"])
            if keep:
                out.append(Place(start=m.start(), end=m.end(), text=m[0], kind=kind))
            pos = m.end()
            if pos < b and page[pos] in LIST_JOINERS:
                pos += 1
                continue
            break
    return out


# An item of a list of sites no finder reads whole: names, digits, brackets, no 的 and no quotes.
_SITE_ITEM = regex.compile(r"(?:(?!的|--)[\p{Han}0-9A-Za-z()（）·/-]){2,24}")
_LIST_SITE_MARK = "、"
_CLAUSE_MARK = regex.compile(r"[,，;；]")  # (a list of sites ends with its clause)
_CLAUSE_JOINER = "并"  # (并 joins a clause after the list: 某村、某村、某花廊并召开座谈会)
_QUANTITY_SPAN = 24  # characters: longer than any count's text, so a look-up from this far back finds every overlap
_RESIDUE_MIN = 3  # the fewest characters of what follows a place that opens an item (某河道|清淤: no site)


@dataclass(frozen=True, slots=True)
class _SiteWords:
    """What :func:`_site_item` looks words up in (:func:`_site_words`)."""
    lex: dict
    verbs: frozenset  # (the clause verbs that open no name)
    any_verbs: frozenset  # (those, the nominal and the other verbs of the dictionary: what closes no name)
    sites: frozenset
    numerals: str
    governed: "regex.Pattern"
    dictionary: frozenset  # (the common words of the person finder too: 安全, 卫生, 防汛)
    vocabulary: object
    person_head: "re.Pattern"
    project_nouns: tuple


@lru_cache(maxsize=KEPT)
def _site_words(triggers: Triggers, vocabulary, numerals: str) -> _SiteWords:
    """The words :func:`_site_item` looks up, built once for a trigger table and a vocabulary."""
    lex, plex = place_lexicon(vocabulary), person_lexicon(vocabulary)
    verbs = clause_verbs(vocabulary=vocabulary)
    return _SiteWords(lex=lex, verbs=verbs, any_verbs=verbs | lex["opening_verbs"] | lex["verb_words"],
                      sites=lex["facilities"] | lex["site_heads"],
                      numerals=numerals, governed=_cue_pattern(triggers, _GOVERNORS),
                      dictionary=lex["nouns"] | lex["verb_words"] | lex["opening_verbs"] | plex["dictionary_words"],
                      vocabulary=vocabulary, person_head=quantity_lexicon(vocabulary)["person_head"],
                      project_nouns=tuple(_longest_first(triggers, "project_nouns")))


def _tiled(s: int, e: int, inside: list[Place]) -> bool:
    """Whether places found already follow one another from ``s`` to ``e`` (某县|某镇|某村)."""
    ends = {s}
    for p in sorted(inside, key=lambda x: x.start):
        if p.start in ends:
            ends.add(p.end)
    return e in ends


def _verb_inside(page: str, s: int, e: int, w: _SiteWords) -> bool:
    """Whether a verb of the dictionary (two or three characters) stands anywhere in ``page[s:e]``."""
    return any(page[k:k + n] in w.any_verbs for k in range(s, e - 1) for n in (2, 3) if k + n <= e)


def _names_nothing(page: str, s: int, e: int, mentions: Mentions, w: _SiteWords, openers: frozenset) -> bool:
    """Whether an item ``page[s:e]`` of a list is no name of a place: a person's name or a group of
    people (困难群众) in it, a count over it, a determiner, a deictic word or a verb of ``openers``
    opening it (the checks the list readers of sites share)."""
    lex = w.lex
    return mentions.names_overlap(s, e) or w.person_head.search(page, s, e) is not None \
        or any(s < q.end for q in _starting(mentions.quantities, max(0, s - _QUANTITY_SPAN), e - 1)) \
        or page[s] in lex["determiners"] or lex["deictic_re"].match(page, s) is not None \
        or any(page[s:s + n] in openers for n in (2, 3))


def _site_item(page: str, s: int, e: int, inside: list[Place], mentions: Mentions, w: _SiteWords,
               open_end: bool = False) -> "Place | None":
    """The place an item ``page[s:e]`` of a list of sites names (see :func:`_list_of_sites`), or
    None when it reads as no name: two places joined in it, a person or a group of people (困难群众),
    a count, a verb of place or going, a determiner, a deictic word or a verb opening it, a verb
    closing it (某河治理: work done there, not 某路|出口 … of ``sites``), a kind of place (村委会). An
    item no place is read in, and what follows the towns and villages opening one (which hold it and
    are left out of its name: 某镇|某某科普园), names a site only when a place's suffix or a project
    noun ends it (校园安全, 某村|人居环境 name none); what follows a place opening an item is no word
    of the dictionary and at least :data:`_RESIDUE_MIN` characters unless such a head ends it
    (某校园|安全, 某河道|清淤; 某河|截渗沟 is a site). The last item of a list that no 等 or closing verb
    ends (``open_end``) holds no verb at all unless a head ends it (某花廊并召开座谈会: the clause
    after the list)."""
    lex = w.lex
    if any(page[p.start - 1] in LIST_JOINERS for p in inside if p.start > s) \
            or any(o.start > s and page[o.start - 1] in LIST_JOINERS for o in _starting(mentions.orgs, s, e)):
        return None  # (two places joined inside the item: 某村和某村)
    if _SITE_ITEM.fullmatch(page, s, e) is None or _names_nothing(page, s, e, mentions, w, w.verbs) \
            or w.governed.search(page, s, e) or _CLAUSE_JOINER in page[s:e] \
            or any(x in w.any_verbs and x not in w.sites for x in (page[e - 2:e], page[e - 3:e])) \
            or not inside and _dictionary_words_only(page, s, e, lex):
        return None
    start = s
    while (town := next((p for p in inside if p.start == start and p.kind in ("admin", "community") and p.end < e), None)) is not None:
        start = town.end
    if e - start < 2 or start > s and (page[start].isdigit() or page[start] in w.numerals):
        return None  # (某市|3市: a count of places, no name)
    opener = max(start, max((p.end for p in inside if p.start == s), default=s))
    headed = any(lex["place_suffix"].fullmatch(page, k, e) for k in range(opener, e - 1)) \
        or page.endswith(w.project_nouns, opener, e) and e - opener > 2
    if not headed and (not inside or start > s):
        return None  # (校园安全, 某镇|脱贫攻坚, 某村|人居环境: with no place read in it, or after the towns and
        # villages that hold it, an item names a site when a place's suffix or a project noun ends it)
    if open_end and not headed and _verb_inside(page, opener, e, w):
        return None  # (某花廊并召开座谈会: the clause after the list, no site)
    if opener > s and not headed and (
            e - opener < _RESIDUE_MIN or any(page[opener:opener + n] in w.dictionary for n in (2, 3))
            or any(page[opener:opener + n] in lex["opening_verbs"] for n in (2, 3))):
        return None  # (某校园|安全, 某河道|清淤, 某高速|建设及通车情况: words of the dictionary or work done at
        # the place, no site; 某河|截渗沟 is one)
    if start > s and _dictionary_words_only(page, start, e, lex):
        start = s  # (某镇|某某服务中心: no name of its own without the town)
    place = Place(start=start, end=e, text=page[start:e], kind="venue", within=tuple(inside))
    return place if is_named(place, vocabulary=w.vocabulary) else None  # (村委会, 安置小区: a kind, no name)


def _list_of_sites(page: str, regions, places: list[Place], triggers: Triggers, mentions: Mentions) -> list[Place]:
    """"实地视察了某某家庭农场、某某花廊、某镇水产科技园": the items of a list after a verb of going
    or looking, up to the end of its clause, are of one kind; when at least two of them are places
    found already (the whole item, or a place opening it) and fewer items are unread than read,
    each other item that names a site (:func:`_site_item`: a place's suffix or a project noun ends
    it) is a place as written (up to the next 、, 等 or the verb that closes the list). A place that
    opens an item holds the place the item names (某河|截渗沟); the towns and villages that open it
    are left out of the name (某镇|某某科普园), as the projects of :data:`_PROJECT_TAIL` leave them. A
    list closed by 等 and a group of people (某某、某某等困难群众) names people, no sites."""
    out: list[Place] = []
    if not regions:
        return out
    closer = _cue_pattern(triggers, _LIST_CLOSER)
    lex = place_lexicon(mentions.vocabulary)
    words: "_SiteWords | None" = None
    for a, b in regions:
        if page[a:a + 1] == "了" and page[a:a + 2] not in lex["verb_words"]:
            a += 1  # (察看了|某某, not 察看|了解)
        if (m := _CLAUSE_MARK.search(page, a, b)) is not None:
            b = m.start()
        if page.count(_LIST_SITE_MARK, a, b) < 2:
            continue  # (three items or more: two list marks)
        pos = a
        items: list[tuple[int, int]] = []
        open_end = None  # (the last item when nothing closes it but the clause's end)
        while pos < b:
            mark = page.find(_LIST_SITE_MARK, pos, b)
            if mark < 0:
                m = closer.search(page, pos, b)
                end = m.start() if m is not None else b
                if end > pos:
                    items.append((pos, end))
                    open_end = pos if m is None else None
                break
            if mark == pos:
                break  # (an empty item: no list opens at the verb)
            items.append((pos, mark))
            pos = mark + 1
        if len(items) < 3:
            continue
        if words is None:
            words = _site_words(triggers, mentions.vocabulary, _words_of(mentions).numeral_chars)
        if _closed_by_people(page, items[-1][1], words.person_head):
            continue  # (走访了某村、某村、某某等困难群众: people and where they live)
        tiled, opened, unread = 0, [], []
        for s, e in items:
            inside = [p for p in places if s <= p.start and p.end <= e and p.kind != "generic"]
            if _tiled(s, e, inside):
                tiled += 1
            else:
                (opened if any(p.start == s for p in inside) else unread).append((s, e, inside))
        found = [p for p in (_site_item(page, s, e, inside, mentions, words, s == open_end)
                             for s, e, inside in opened) if p is not None]
        if tiled + len(found) < 2 or len(unread) >= tiled + len(found):
            continue
        # (an item with a place inside that opens no item is no name of a site: 镇内|某村, 某局对|网吧)
        out += found + [p for p in (_site_item(page, s, e, inside, mentions, words, s == open_end)
                                    for s, e, inside in unread if not inside) if p is not None]
    return out


_PLACES_ITEM = regex.compile(r"(?:(?!的)[\p{Han}0-9A-Za-z()（）·\-]){2,20}")  # (no 的, no quotes: 刚建成的某厂, “某某”)
_AT_OPENING = regex.compile(r"在")  # (a list of places opening a clause: 在A、B、C等地,…)
_BRACKETED_MARK = regex.compile(r"[(（][^()（）]*[、和及与][^()（）]*[)）]")


def _places_closed_list(page: str, s: int, e: int, places: list[Place], mentions: Mentions, triggers: Triggers) -> list[Place]:
    """"在某某食品、某某气体、某某博览园等地,…", "先后来到A、B、C等地": the items of a list that a word
    of ``places_closers`` closes (等地: the places named before it) after a verb of going or a 在
    opening its clause are places as written, though no suffix ends them: each a name (no person,
    count, determiner or deictic word, no verb opening it, not words of the dictionary alone nor a
    kind of place, 背街小巷; no 的 or quotes). The list runs from the verb or the 在 to the closer, items
    set off by 、, or by 和/及/与 before a place found; the places found as an item, or opening it as its
    towns and villages, are read as the finders read them."""
    out: list[Place] = []
    governed = _cue_pattern(triggers, _GOVERNORS)
    w: "_SiteWords | None" = None
    for m in triggers.cue("places_closers").finditer(page, s, e):
        end = m.start()
        cs = max([s] + [x.end() for x in _CLAUSE_MARK.finditer(page, s, end)])
        while cs < end and (page[cs].isspace() or _starting(mentions.times, cs, cs)):
            cs = next((t.end for t in _starting(mentions.times, cs, cs)), cs + 1)  # (the times opening the clause)
        first = page.find(_LIST_SITE_MARK, cs, end)
        if first < 0:
            continue
        gov = None
        for g in governed.finditer(page, cs, first):
            gov = g  # (the last verb of going before the list: 某某组一行先后来到|…, not 检查|组)
        if gov is not None:
            opener = gov.end() + (page[gov.end():gov.end() + 1] == "了")
        elif _AT_OPENING.match(page, cs):
            opener = cs + 1
        else:
            continue
        bounds, pos = [], opener
        starts = {p.start for p in places}
        while pos < end:
            # (set off by 、, or by 和/及/与 before a place found: not 和 of 和平花园)
            mark = next((k for k in range(pos, end) if page[k] == _LIST_SITE_MARK
                         or page[k] in LIST_JOINERS and k > pos and k + 1 in starts), -1)
            bounds.append((pos, mark if mark >= 0 else end))
            pos = mark + 1 if mark >= 0 else end
        if len(bounds) < 2:
            continue
        if any(page.count(o, opener, end) != page.count(c, opener, end) for o, c in ("()", "（）")) \
                or _BRACKETED_MARK.search(page, opener, end):
            continue  # (a mark inside brackets: 某社区(二期、三期) is one item)
        if w is None:
            w = _site_words(triggers, mentions.vocabulary, _words_of(mentions).numeral_chars)
        for a, b in bounds:
            if any(p.start == a and (p.end == b or p.kind in ("admin", "community")) for p in places) \
                    or any(p.start < a < p.end or p.start < b < p.end for p in places):
                continue  # (a place found as the item, or a town or village opening it, 某镇|某社区, which the
                # finders read; or one across its ends)
            if _PLACES_ITEM.fullmatch(page, a, b) is None or _names_nothing(page, a, b, mentions, w, w.any_verbs) \
                    or _dictionary_words_only(page, a, b, w.lex):
                continue
            place = Place(start=a, end=b, text=page[a:b], kind="venue")
            if is_named(place, vocabulary=mentions.vocabulary):
                out.append(place)
    return out


def _bare_item(page: str, s: int, e: int, places: list[Place], triggers: Triggers) -> bool:
    """Whether ``page[s:e]``, an item of a list written without a known suffix, reads as a name:
    no place found inside it, no verb of place or going, no 的 (慰问了某镇, 容易积水的路段)."""
    return not any(s < p.end and p.start < e for p in places) and "的" not in page[s:e] \
        and not _cue_pattern(triggers, _GOVERNORS).search(page, s, e)


_PEOPLE_CLOSER = regex.compile(r"等\p{Han}{0,8}")


def _counted_places(page: str, s: int, e: int, mentions: Mentions, triggers: Triggers) -> list[Place]:
    """"深入该镇22个行政村", "对11个村(社区)的…进行观摩": villages, communities or towns counted right
    after a verb of going or 对, perhaps after a determiner and its division (该镇, 我办), are the kind
    of place the event went to (``counted_place_levels``), as written; of a chain 对某某个乡镇的某某个村,
    the last (the towns hold the villages)."""
    lex = place_lexicon(mentions.vocabulary)
    counted = [q for q in _starting(mentions.quantities, s, e)
               if q.end <= e and q.noun is not None and q.noun.text in lex["counted_place_levels"]]
    if not counted:
        return []  # (most spans count no villages)
    governed = _cue_pattern(triggers, rf"(?:{_GOVERNORS}|对)了?(?:[{lex['determiners']}]\p{{Han}}{{0,2}})?$")
    out: list[Place] = []
    for q in counted:
        chained = out and out[-1].end == q.start - 1 and page[q.start - 1] == "的"
        if not chained and governed.search(page, max(s, q.start - 10), q.start) is None:
            continue
        if chained:
            out.pop()
        out.append(Place(start=q.noun.start, end=q.noun.end, text=q.noun.text, kind="generic"))
    return out


def _closed_by_people(page: str, end: int, person_head) -> bool:
    """Whether 等 and a group of people close a list at ``end`` (某村、某某、某某等困难群众): its items
    are people and the places they live in, no list of sites."""
    m = _PEOPLE_CLOSER.match(page, end)
    # (person_head ends with $: searched up to each end after 等, a group noun ending there)
    return m is not None and any(person_head.search(page, end + 1, j) for j in range(end + 2, m.end() + 1))


def _room_list_places(page: str, regions, places: list[Place], triggers: Triggers, room, person_head,
                      category_tail: "regex.Pattern | None" = None) -> list[Place]:
    """"先后到消防控制室、锅炉房、急诊科、发热门诊进行实地查看": in a list after a verb of going, items
    that end in a room or department head are places as written, even bare, when every item of the
    list is such a room or a place found already and the list runs up to the visiting verb.
    With ``category_tail`` the regions follow 对 (对A、B、C等部位进行检查): every item of such a
    list is returned, the known ones too, unless 等 and a category close it (等娱乐场所)."""
    checked = category_tail is not None
    out: list[Place] = []
    for a, b in regions:
        if not checked and not _cue_pattern(triggers, r"%{visit_governors}$").search(page, max(0, a - 3), a) \
                and not page.endswith(("到", "到了"), 0, a):
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
            if page[end:end + 1] not in LIST_JOINERS:
                break
            pos = end + 1
        if len(items) < 2 or not _cue_matcher(triggers, _LIST_CLOSER).match(page, items[-1][1]):
            continue
        if checked and category_tail.match(page, items[-1][1]):
            continue  # 对网吧、棋牌室等娱乐场所进行检查: kinds of places checked, none named
        if _closed_by_people(page, items[-1][1], person_head):
            continue  # 走访了某村、某村、刘某某等困难群众: people and where they live
        # Every item a room or a known place; or most of them, when the others are names of the
        # same length class (a list is of one kind: 到消防中控室、能源站、医废暂存处、急诊科).
        sure = sum(1 for s, e, k in items if k is not None or room.search(page, s, e))
        if sure < len(items) and (sure < 2 or 2 * sure <= len(items) or any(
                k is None and not room.search(page, s, e) and not _bare_item(page, s, e, places, triggers)
                for s, e, k in items)):
            continue
        out += [Place(start=s, end=e, text=page[s:e], kind="venue") if k is None else k
                for s, e, k in items if k is None or checked]
    return out


# Admin places small enough to be visited next to a venue (towns, parks, development zones).
# "来到村民张大姐家": a verb of visiting, who the person is, a surname, kinship, 家.
_KIN_HOME = r"%{home_visit_verbs}了?(?:\p{Han}{0,6}?%{resident_nouns})?(?P<home>\p{Han}[大小老]?%{kinship_terms}家)"
# The visiting verb (or 等) that closes a list of places written without suffixes.
_LIST_CLOSER = r"%{list_closing_verbs}|%{list_closing_words}"





def _past_joiner(place: Place, others: list[Place], page: str) -> Place:
    """"视察了某厂二期工程和城北中转站": a place read across the joiner that ends another place
    (here a project grown over 工程) starts after that joiner."""
    for g in others:
        if g.start < place.start < g.end < place.end - 1 and page[g.end] in LIST_JOINERS:
            return Place(start=g.end + 1, end=place.end, text=page[g.end + 1:place.end], kind=place.kind)
    return place


# A short modifier closed by 的 between a verb of going and the unit gone to (来到新组建的某局).
_MODIFIER = compile_like_regex(r"[^,，。;；:：、\s的]{1,8}的")


def _modified_after(page: str, start: int, governors: list[int]) -> bool:
    """Whether a verb of going ends right before a short modifier closed by 的 that ends at
    ``start`` ("来到新组建的某局": the unit is gone to)."""
    return any(g < start <= g + 9 and _MODIFIER.fullmatch(page, g, start) for g in governors)


def _same_list(page: str, a: Place, b: Place) -> bool:
    """Whether ``a`` and ``b`` (``a`` first) are items of one list: only list items between them,
    joined by 、 (no clause break, no other words)."""
    between = page[a.end:b.start]
    return "、" in between and _LIST_GAP.fullmatch(between) is not None


def _antecedents(group: list[_Mention], page: str, mentions: Mentions) -> list[Place]:
    """"石桥村的小巷里…。该村…志愿服务行动": 该村 in the event's sentence is the last
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


def _held_at(page: str, p: Place, triggers: Triggers) -> bool:
    """Whether a meeting is said to be held at ``p``: a word of ``at_prepositions`` before the
    place (or the place whose name opens it) and a verb of holding after it (在某镇召开, 在某中心
    主持召开)."""
    outer = p.within[0].start if p.within else p.start
    return page[max(0, outer - 1):outer] in triggers.words("at_prepositions") and _HELD_IN_TOWN.match(page, p.end) is not None


def _gone_to_hold(page: str, sent, start: int, triggers: Triggers) -> bool:
    """True when a word of going (``going_to_hold``) stands right before ``start`` in its clause,
    and no word of planning before it (下月到某村召开现场会: a meeting to come, elsewhere)."""
    c_start, _ = _clause_bounds(page, sent, start)
    if not page.endswith(triggers.words("going_to_hold"), c_start, start):
        return False
    plans = triggers.not_event_pattern("plan")
    return plans is None or plans.search(page, c_start, start) is None


def _asked_for(page: str, sent, demands: list[int], start: int) -> bool:
    """True when the place at ``start`` lies in the clause of what a speaker asks for: a demand
    (要求…要, 强调…必须; ``demands``: where the demands of the span end, read once) whose modal
    stands in the place's own clause (not 强调要压实责任,随后来到某水库)."""
    k = bisect_right(demands, start)
    return k > 0 and demands[k - 1] > _clause_bounds(page, sent, start)[0]


def _where(kind: str, group: list[_Mention], scope, page: str, mentions: Mentions, triggers: Triggers,
           opening=(), cfg: EventSettings = _DEFAULT_SETTINGS) -> list[Place]:
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
    counted: list[Place] = []  # (the kinds of village counted after a verb of going: 深入该镇22个行政村)
    person_head = quantity_lexicon(mentions.vocabulary)["person_head"]  # (a group of people closing a list)
    for sent in sents.values():
        for s, e in sent.spans:
            # (not a place of what a speaker asks for: 要求…要进一步细化某景区的方案)
            demands = [m.end() for m in _SPOKEN_DEMAND.finditer(page, s, e)]
            places = [p for p in _starting(mentions.places, s, e) if p.end <= e and not _is_trigger(p, page, triggers)
                      and not _in_reference(page, p, triggers) and not (demands and _asked_for(page, sent, demands, p.start))]
            found = [(m.start(), m.end()) for m in _cue_pattern(triggers, _GOVERNORS).finditer(page, s, e)]
            governors = [g for _, g in found]
            starts = {p.start for p in places}
            # (a unit visited stands between a verb of going and the verb after it too: 来到|县民政局|调研,
            # a name that holds no place)
            visited = starts | {o.start for o in _starting(mentions.orgs, s, e) if o.end <= e and o.kind in triggers.words("site_orgs")} \
                if len(found) > 1 and "site_orgs" in policy.place_sources else starts  # (read only where two verbs are)
            regions: list[tuple[int, int]] = []
            for k, g in enumerate(governors):
                if k + 1 < len(found) and found[k + 1][0] - g <= cfg.next_governor \
                        and not any(g <= x < found[k + 1][0] for x in visited):
                    continue  # 视察组先后来到某项目: the verb of going right after opens the list
                end = g
                while True:
                    m = _LIST_END.search(page, end, e)
                    if m is None:
                        end = e
                        break
                    if m[0] in ",，" and ((m.end() in starts or m.end() + 1 in starts)
                                          or page.startswith(("以及", "及"), m.end())):
                        end = m.end()
                        continue
                    end = m.start()
                    break
                regions.append((g, end))
            places = places + _bare_list_places(page, regions, places, triggers)
            places = places + _joined_bare_places(page, regions, places, triggers)
            checked_lists: list[Place] = []
            if not policy.gathering:
                # (深入该镇22个行政村: the kind of place gone to, which a named place beats)
                counted += [p for p in _counted_places(page, s, e, mentions, triggers)
                            if not (demands and _asked_for(page, sent, demands, p.start))]
            if policy.visits:
                places = places + _room_list_places(page, regions, places, triggers, _words_of(mentions).room_end, person_head)
                places = places + _project_list_places(page, regions, places, triggers, mentions, cfg.trade_name_max)
                places = places + _list_of_sites(page, regions, places, triggers, mentions)
                checked_lists = [p for p in _places_closed_list(page, s, e, places, mentions, triggers)
                                 if not (demands and _asked_for(page, sent, demands, p.start))]
                places = places + [p for p in checked_lists if p not in places]
            if "checked_objects" in policy.place_sources:
                # "对A、B、C等重点部位进行了检查": a list of places checked, read like a list visited.
                objects = [(m.end(), _clause_bounds(page, sent, m.start())[1]) for m in _OBJECT_OF.finditer(page, s, e)]
                checked_lists += _room_list_places(page, objects, places, triggers, _words_of(mentions).room_end,
                                                   person_head, category_tail=_words_of(mentions).category_tail)
                checked_lists += _project_list_places(page, objects, places + checked_lists, triggers, mentions, cfg.trade_name_max)
                checked_lists += _list_of_sites(page, objects, places + checked_lists, triggers, mentions)
                places = places + [p for p in checked_lists if p not in places]
            if "site_orgs" in policy.place_sources:
                # Units visited are places: 环卫所 and 垃圾转运站 of "来到环卫站和污水处理站".
                # (A region that opens the unit's name is part of it: 来到某市审计局 is the 审计局.)
                taken = [(p.start, p.end, p.kind) for p in places]
                sites = [Place(start=o.start, end=o.end, text=o.text, kind="venue") for o in _starting(mentions.orgs, s, e)
                         if o.end <= e and o.kind in triggers.words("site_orgs")
                         and not any(a < o.end and o.start < b and not (k == "admin" and o.start <= a and b < o.end)
                                     for a, b, k in taken) and not o.text.endswith("场所")
                         and (page[o.start - 1:o.start] in LIST_JOINERS
                                or _LOCATED_BEFORE.search(page, max(0, o.start - 16), o.start)
                                or _modified_after(page, o.start, governors)  # (的 ends the word before)
                                or o.start in governors and (len(o.kind) > 1 or triggers.cue("movement").search(
                                    page, max(0, o.start - 3), o.start)))]  # 所, 站: too often a word's end
                places = [p for p in places if not any(q.start <= p.start and p.end < q.end for q in sites)] + sites
            places.sort(key=lambda x: x.start)
            starts_at = {x.start for x in places}
            closers, holds = triggers.cue("places_closers"), triggers.cue("hold_verbs")
            by_start = {x.start: x for x in reversed(places)}  # (the first place at each start)
            for p in places:
                ok = any(a <= p.start and p.end <= b for a, b in regions) or p in checked_lists
                if ok and page.endswith("位于", 0, p.start) and any(p.end + d in starts_at for d in range(1, 13)):
                    ok = False  # 来到位于解放西路的环卫所: the road locates the place visited
                if ok and page.startswith("的", p.end) and not any(p.end + d in starts_at for d in range(1, 9)) \
                        and triggers.cue("service_nouns").match(page, p.end + 1):
                    ok = False  # 享受到省级医院的服务: the place qualifies what is had, it is not where
                if not ok and _HELD_AFTER.match(page[p.end:p.end + 3]) and p.kind == "venue":
                    ok = True
                if not ok and p.kind != "generic" and _closed_as_places(page, p, by_start, closers, holds):
                    ok = True  # 某村、某村等多地开展…: the places the activity happens in
                if not ok and "checked_objects" in policy.place_sources:
                    # "对县福利院的消防设施逐一排查": the object checked is a place, and so is
                    # each item of a list of places after 对 (对A、B、C沿线的设施进行了排查).
                    head, tail = p, p
                    while head.start > 0 and page[head.start - 1] in LIST_JOINERS:
                        prev = next((q for q in places if q.end == head.start - 1), None)
                        if prev is None:
                            break
                        head = prev
                    while page[tail.end:tail.end + 1] and page[tail.end] in LIST_JOINERS:
                        nxt = next((q for q in places if q.start == tail.end + 1), None)
                        if nxt is None:
                            break
                        tail = nxt
                    chain = [q for q in places if head.start <= q.start and q.end <= tail.end]
                    # (items named in full: four characters, or a village or community of a
                    # two-character name, 白石村; not 学校、医院)
                    named = head is tail or all(q.kind != "generic" and (len(q.text) >= 4 or q.kind == "community" and len(q.text) >= 3)
                                                for q in chain)
                    if named and head.start > 0 and page[head.start - 1] == "对" and any(
                            tail.end <= m.start <= tail.end + 24 and not _CLAUSE_SEP.search(page, tail.end, m.start)
                            for m in group):
                        ok = True
                if not ok and _IN_PLACE_AFTER.match(page, p.end) and p.kind in ("community", "venue", "admin") \
                        and p.kind != "generic":
                    ok = True  # "东村的背街小巷里": a place named as where things happen
                if not ok:
                    continue
                outer = p.within[0].start if p.within else p.start
                if policy.gathering and p.kind != "venue" and not (
                        p.kind in ("admin", "community") and (_held_at(page, p, triggers)
                                                              or _HELD_IN_TOWN.match(page, p.end) and _gone_to_hold(page, sent, outer, triggers))):
                    continue  # a meeting's place is its venue, or the town or village it is held in ("在滦州市举行",
                    # "在某镇某村召开", "到某村召开座谈会")
                visit = _cue_matcher(triggers, r"%{visit_governors}$")
                if p.kind == "generic" and not any(a <= p.start < b and visit.match(page, a - 2, a)
                                                   or a <= p.start < b and visit.match(page, a - 3, a)
                                                   for a, b in regions):
                    continue
                chosen.append(p)
    chosen += counted
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
        # "来到村民张大姐家": a home named by surname and kinship is a place as written.
        for sent in sents.values():
            for s, e in sent.spans:
                for m in _cue_pattern(triggers, _KIN_HOME).finditer(page, s, e):
                    if page[m.start("home")] in _words_of(mentions).single_surnames:
                        chosen.append(Place(start=m.start("home"), end=m.end("home"), text=m["home"], kind="venue"))
    if policy.visits:
        # "来到某中学…,实地查看了广播室、保密室等地": rooms after the institution they belong to
        # are part of it; the institution is where.
        # (Not a room listed beside it: "到氧气中心、配电房、锅炉房等部位" names three places.)
        # (The institution is one gone to: not the object of 对某院区重点部位进行检查, whose rooms
        # listed after a verb of going are the places.)
        room = _words_of(mentions).room_end
        gone_to = _cue_pattern(triggers, rf"(?:{_GOVERNORS})了?$")
        chosen = [p for p in chosen if not (room.search(p.text) and any(
            q.end <= p.start and q.kind in ("venue", "company") and not room.search(q.text)
            and not _same_list(page, q, p)
            and (g := gone_to.search(page, max(0, (q.within[0].start if q.within else q.start) - 6),
                                     q.within[0].start if q.within else q.start)) is not None
            and g[0] not in triggers.words("at_prepositions") for q in chosen))]
    chosen += [p for p in _held_here(scope, page, mentions, triggers) if not policy.gathering or p.kind == "venue"]
    if policy.gathering:
        # "在县文化中心三楼召开": the floor written after the building is part of the place.
        floor = _cue_pattern(triggers, _FLOOR % _words_of(mentions).numeral_chars)
        chosen = [p if p.kind != "venue" or (m := floor.match(page, p.end)) is None
                  else Place(start=p.start, end=m.end(), text=page[p.start:m.end()], kind=p.kind, within=p.within)
                  for p in chosen]
    # (a visit's tour goes on into later scenes, 随后,某村…; a meeting's scene is set in its own
    # sentences, those of ``sents``)
    chosen += _scene_places(scope if policy.visits else [x for x in scope if x.index in sents], page, mentions, triggers)
    if policy.visits and not any(p.kind != "generic" for p in chosen):
        chosen += _antecedents(group, page, mentions)
    if policy.visits:
        # "查看了东河村振兴项目、西湖路道路改造项目": the project at a place is where, as written,
        # and so is a phase of a place (阳光小区二期).
        project = _cue_matcher(triggers, _PROJECT_TAIL)
        phase = _cue_matcher(triggers, _PHASE % _words_of(mentions).numeral_chars)
        nouns, generic = _longest_first(triggers, "project_nouns"), tuple(triggers.words("generic_project_qualifiers"))
        lex, numerals = place_lexicon(mentions.vocabulary), _words_of(mentions).numeral_chars
        governed = _cue_matcher(triggers, _GOVERNORS)
        closing = _cue_pattern(triggers, "%{list_closing_verbs}|%{visit_governors}")
        grown = []
        for p in chosen:
            m = project.match(page, p.end)
            if m is not None:
                # (到某区开展重点项目检查, 到某开发区深入走访重点项目: the words before the noun hold
                # a verb of the visit, no project is named)
                if closing.search(page, p.end, m.end()):
                    m = None
            start = p.start
            holders: list[Span] = []  # the town and villages a project is named without
            if m is not None and p.kind == "admin":
                # 某镇|某某芦笋园节水灌溉工程: a project with a name of its own (not only words of the
                # dictionary: 某镇|乡村振兴项目) is named without the town that holds it and the villages
                # written after the town; a village's project (某村|人居环境整治项目) keeps its village
                noun, own = _project_name(m[0], nouns)
                if noun and len(own) >= 3 and not _names_no_item(own, lex, numerals, generic, governed):
                    start = p.end
                    holders.append(Span(start=p.start, end=p.end, text=p.text))
                    while (inner := next(iter(_starting(mentions.places, start, start)), None)) is not None and inner.end < m.end() \
                            and (inner.kind == "admin" or inner.text.endswith(lex["villages"])):
                        holders.append(Span(start=inner.start, end=inner.end, text=inner.text))
                        start = inner.end  # (and the villages written after the town: 某镇|某村|某某项目)
            m = m or phase.match(page, p.end)
            grown.append(p if m is None else Place(start=start, end=m.end(), text=page[start:m.end()],
                                                   kind="venue", within=(*p.within, *holders)))
        chosen = [_past_joiner(q, grown, page) for q in grown]
    named = {(p.start, p.end): is_named(p, vocabulary=mentions.vocabulary) or _seat_of_named(p, mentions) for p in chosen}
    if any(p.kind != "generic" for p in chosen):
        chosen = [p for p in chosen if p.kind != "generic"]  # a named place beats a common noun
        if any(named[p.start, p.end] for p in chosen):
            # (and so it beats a kind of village or community, 嘎查村)
            chosen = [p for p in chosen if p.kind != "community" or named[p.start, p.end]]
    zones = tuple(triggers.words("site_zones"))
    leaves: list[Place] = []
    for p in sorted(_leaves(chosen), key=lambda x: x.start):
        if all(p.text != q.text for q in leaves):
            leaves.append(p)
    if policy.gathering:
        # "到某医院、某中心检查…,并在某中心主持召开座谈会": the place a meeting is said to be held
        # at is its place, not the others its sentence names.
        held_at = {p.text for p in chosen if _held_at(page, p, triggers)}
        if held_at & {p.text for p in leaves}:
            leaves = [p for p in leaves if p.text in held_at]
    # A short later mention of a place named in full ("敬老院" after "李岗村敬老院") is that place:
    # among the event's places the short one goes; a common noun of places (随后走进了文化礼堂) that
    # the unit named in full before (某村文化礼堂启用仪式) stands for that place.
    leaves = [p for p in leaves if not any(q.text != p.text and q.text.endswith(p.text) for q in leaves)]
    leaves = [_named_in_full(p, named, mentions) for p in leaves]
    leaves = [p for k, p in enumerate(leaves) if all(p.text != q.text for q in leaves[:k])]
    # Containing regions are not listed when something more specific is: villages,
    # communities and venues make towns, counties and cities redundant (到塘厦镇调研…工业城).
    if any(p.kind == "community" and named.get((p.start, p.end), True) for p in leaves):
        leaves = [p for p in leaves if p.kind != "admin" or p.text.endswith(zones)]
    elif any(p.kind in ("venue", "company", "road") for p in leaves):
        # Regions listed as destinations ("赴兴平、乾县、礼泉暗访") stay, unless a venue is named
        # inside one of them (兴平 › 东湖区防汛指挥部).
        listed = {id(p) for p in leaves if p.kind == "admin" and any(
            q is not p and q.kind == "admin" and (page[p.end:q.start] == "、" or page[q.end:p.start] == "、")
            for q in leaves) and not any(q is not p and q.text.startswith(p.text) for q in leaves)}
        # A zone gone to on its own, with venues named after it (到某开发区某园区调研…,先后到
        # 某厂房、某产业园), holds them; one listed with them (来到某公司、某工业园区) is a stop.
        # (the venues told in a later sentence or as the stops of a tour, 先后来到…: not
        # 到某园区调研…,下午又来到某公司)
        tour = triggers.cue("tour_marks")
        held = {id(p) for p in leaves if p.kind == "admin" and p.text.endswith(zones) and id(p) not in listed
                and not any(q is not p and (page[p.end:q.start] in LIST_JOINERS or page[q.end:p.start] in LIST_JOINERS)
                            and min(p.end, q.end) < max(p.start, q.start) for q in leaves)
                and any(q.kind in ("venue", "company") and q.start > p.end
                        and (_SENT_END.search(page, p.end, q.start) or tour.search(page, p.end, q.start))
                        for q in leaves)
                and not _listed_elsewhere(page, p, mentions.places)}
        leaves = [p for p in leaves if p.kind != "admin" or (p.text.endswith(zones) and id(p) not in held) or id(p) in listed]
    # A division that holds another division listed (江苏 beside 镇江市, 常州市: the codes of the
    # division registry say so) is a containing region, not a place of the event.
    codes = [c for c in (getattr(p, "code", None) for p in leaves) if c]
    if len(codes) > 1:
        leaves = [p for p in leaves if not (getattr(p, "code", None) and _holds(p.code, codes))]
    return leaves


def _seat_of_named(p: Place, mentions: Mentions) -> bool:
    """Whether ``p`` is the seat of a named village's or community's committee (某村村委会, 某村委会,
    某某社区居委会): no kind of place (老旧社区居委会, 扶贫村委会), though its body is listed among the
    organisations."""
    lex = place_lexicon(mentions.vocabulary)
    head = next((w for w in lex["organ_places"] if p.text.endswith(w)), None)
    if p.kind != "community" or head is None or len(p.text) < len(head) + 2:
        return False
    village = p.text[:-len(head)]
    level = next((w for w in lex["every_place_levels"] if village.endswith(w)), "")
    if not level and head[:1] in lex["every_place_levels"]:
        level, village = head[:1], village + head[:1]  # (某村委会: the village's 村 is the committee's)
    name = village[:len(village) - len(level)]
    if len(name) < 2 or _dictionary_words_only(name, 0, len(name), lex):
        return False  # (扶贫村委会: the committees of a kind of village, no village's name)
    return is_named(Place(start=p.start, end=p.start + len(village), text=village, kind="community"), vocabulary=mentions.vocabulary)


def _closed_as_places(page: str, p: Place, by_start: dict, closers, holds) -> bool:
    """True when ``p`` is an item of a list of places joined by 、和及与 that a word of
    ``places_closers`` closes, right before a verb of holding (某村、某村等多地开展…; not
    某市、某市等地每百名志愿者…, a ranking). ``by_start``: the span's places by their start."""
    tail = p
    while True:
        # (a place written right after another is the same item: 某镇|某村)
        while (glued := by_start.get(tail.end)) is not None:
            tail = glued
        if not page[tail.end:tail.end + 1] or page[tail.end] not in LIST_JOINERS:
            break
        nxt = by_start.get(tail.end + 1)
        if nxt is None:
            return False
        tail = nxt
    closed = closers.match(page, tail.end)
    return closed is not None and holds.match(page, closed.end()) is not None


def _listed_elsewhere(page: str, p: Place, places) -> bool:
    """True when a mention of ``p``'s name among the unit's ``places`` is written beside a list
    joiner (集中视察循环产业园…,先后到某桥、循环产业园、…: a stop of the list named before it)."""
    return any(q.text == p.text and (page[q.start - 1:q.start] in LIST_JOINERS or page[q.end:q.end + 1] in LIST_JOINERS)
               for q in places)


def _named_in_full(p: Place, named: dict, mentions: Mentions) -> Place:
    """``p``, or the place of the unit named before it whose full name ends with ``p``'s text when
    ``p`` names no place of its own (a common noun of places written again), unless a division or a
    settlement is named between the two."""
    if named.get((p.start, p.end), True) or p.kind == "admin":
        return p
    for q in reversed(_before(mentions.places, p.start, 40)):
        if len(q.text) > len(p.text) and q.text.endswith(p.text):
            return q
        if q.kind in ("admin", "community"):
            break  # (来到红星村,参观了老年活动中心: the centre is the place named last's)
    return p


def _holds(code: str, codes: list) -> bool:
    """True when the division of ``code`` (a province: 32…, a prefecture: 3211…) holds another
    division of ``codes``."""
    prefix = code.rstrip("0")
    prefix = prefix + "0" * (len(prefix) % 2)  # (whole levels: 32, 3211, 321102)
    return len(prefix) < 6 and any(c != code and c.startswith(prefix) for c in codes)
