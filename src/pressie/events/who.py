"""Who took part: each person's role from the cue words around their name."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

import regex

from .._remarks import speech_verbs
from .._scan import compile_stdlib
from ..lexicon import ROLE_PRIORITY, Triggers
from ..people import person_lexicon
from ..vocabulary import Vocabulary
from ..records import Participant
from .base import _DEFAULT_SETTINGS, _cue_matcher, _cue_pattern, Mentions, _CLAUSE_SEP, _Mention, _Sentence, _SentenceIndex, _clause_bounds


_ZAI_BEFORE = compile_stdlib(r"在$|在[^,，。]{0,4}$")


_LED_BY_AFTER = compile_stdlib(r"的?(?:带领|率领|带动)下")


_ACCOMPANIED_AFTER = compile_stdlib(r"的?陪同下?")


# Right after a name: a frame 在…的陪同下 naming who goes along with the person (王明在李华的陪同下调研):
# its cue is the companion's, not the person's.
_ACCOMPANIED_FRAME = r"在[^,，。;；]{1,30}?的?%{accompanying}下[,，]?"


# A person whose words are cited: "总书记视察某地的重要讲话精神", "…关于…的重要论述".
# After a person: what they said or wrote, cited (…总书记在某会上的重要讲话, …重要讲话精神,
# …新时代中国特色社会主义思想, 某某书记重要讲话及…精神 (a title between, the words followed by a
# list closed by what is cited: not 某某同志重要讲话深刻阐述了…), 以某某同志为核心的省委), not said at
# the event (出席会议并作重要讲话).
# … and the words right after a person (a title between) when a meeting relays them (传达学习了某某书记
# 重要讲话: a verb of what a meeting took up before the person) …
_OWN_WORDS = r"(?:%{cited_titles})?%{cited_words}"
_REFERENCED = (r"(?:[^\s,，;；。:：]{0,40}?的(?:%{cited_series})?%{cited_words}"
               r"|[^\s,，;；。:：“”、]{0,14}?%{cited_words}(?:(?<=%{cited_ends})|%{cited_ends})"
               rf"|{_OWN_WORDS}(?=[和及与、][^\s,，;；。:：]{{0,16}}?(?:%{{cited_ends}}))"
               r"|%{core_formula})")
_RELAYED_BEFORE = r"(?:%{content_verbs})[^,，。;；:：]{0,12}$"
# … but not what was said at the meeting told (某某在会上提出的重要要求).
_SAID_HERE = r"(?:%{at_prepositions})(?:%{said_here})"


# 受 (a title) NAME (a title) 委托: the person who entrusted the one acting.
_ENTRUSTED_BEFORE = r"%{entrusted_by}[^,，。;；:：]{0,15}$"
# A name right after a verb of conveying (转达了|某某…) whose clause goes on to 的 + greetings: the
# greetings of someone not there.
_CONVEYED_BEFORE = r"%{conveying_verbs}%{done_marks}?[^,，。;；:：、]{0,12}$"
_CONVEYED_AFTER = r"[^,，。;；:：!！?？\n]{0,30}?的[^,，。;；:：!！?？\n]{0,6}?%{greetings}"
_ENTRUSTED_BY = r"\p{Han}{0,4}?%{entrusting}"


# "陪同考察的有…", "陪同人员有…": the names listed after it accompany.
_ACCOMPANYING_WERE = compile_stdlib(r"陪同[\p{Han}]{0,6}?(?:的|人员)(?:还|也)?有")


_AT_THE_MEETING = r"\s*%{at_the_meeting}[,，:：]?"


_OTHER_ACTIVITY = r"了?(?:此次|本次)?%{other_activities}"


_TAKEN_ALONG = r"(?P<cue>%{taken_along})[^,，。;；]{0,30}$"


# After 等 closing a list of names: the group they belong to, then a joiner to more names.
_GROUP_TAIL = r"\p{Han}{0,8}?%{group_tails}(?=[,，、]|以及|及|和)"


@cache
def _visited_before(vocabulary: "Vocabulary | None" = None):
    """Before a name: a visit to people named after what they are (慰问了离休干部…, 、…)."""
    visited = person_lexicon(vocabulary)["visited_people"]
    return regex.compile(f"(?:{visited.pattern})" + r"(?:\p{Han}{2,4}、)*$")


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


@cache
def _role_cues(triggers: Triggers, kind: str) -> tuple[tuple[tuple[str, str, int, str], ...], re.Pattern]:
    """The role cues of an event type in the table's order, each as (role, cue, the role's rank
    in ROLE_PRIORITY, the cue's first character), and one pattern that finds any of them."""
    roles = triggers.roles(kind)
    cues = tuple((role, cue, ROLE_PRIORITY.index(role), cue[0]) for role, words in roles.items() for cue in words)
    # (a pattern that never matches when the type has no cues)
    any_cue = re.compile("|".join(re.escape(cue) for _, cue, _, _ in cues) or "(?!)")
    return cues, any_cue


@cache
def _role_cue_index(triggers: Triggers, kind: str) -> "tuple[dict[str, tuple[tuple[str, str, int], ...]], tuple]":
    """The role cues of :func:`_role_cues` by their first character, each as (role, cue, rank),
    and the companion cues as there: a region is looked at only for the cues whose first
    character it holds."""
    by_first: dict[str, list[tuple[str, str, int]]] = {}
    cues, _ = _role_cues(triggers, kind)
    for role, cue, rank, first in cues:
        by_first.setdefault(first, []).append((role, cue, rank))
    return {k: tuple(v) for k, v in by_first.items()}, tuple(c for c in cues if c[0] == "companion")


@cache
def _after_name_words(triggers: Triggers) -> re.Pattern:
    """The ``after_name_words`` cue list as a pattern whose alternatives keep the list's order
    (the first word of the list that the text goes on with wins)."""
    return re.compile("|".join(re.escape(w) for w in triggers.words("after_name_words")))


# After a volunteer's cue (参加, 参与 …): a ceremony or a meeting in its clause, a few characters on (参加了|启动仪式).
_CEREMONY_AFTER = r"[^,，。;；]{0,6}?%{ceremony_nouns}"
# What follows a person named by their home (某某家, 某某家中, 某某家门口), not 某某家住…, 某某家境…
_HOME_NAMED = compile_stdlib(r"家(?:中|里|门口)?(?:[,，。;；]|$)")
_AT_BEFORE = compile_stdlib(r"(?:^|[,，;；])在[^,，;；]{0,10}$")  # (在 opening the phrase before the name: 在96岁的某某家)


def _role_for(kind: str, page: str, sent: _Sentence, start: int, end: int, triggers: Triggers,
              skip: "_Skips", vocabulary: "Vocabulary | None" = None,
              places: "_Skips | None" = None, and_clause: int = _DEFAULT_SETTINGS.and_clause) -> tuple[str | None, str | None]:
    """The role a mention's cue words give, and the cue. ``places``: the page's places, which a
    list of persons visited at home may name before each person (某镇刘明、某街道叶强家中)."""
    _, any_cue = _role_cues(triggers, kind)
    policy = triggers.policy(kind)
    after_name = _after_name_words(triggers)
    # Text after the name, skipping over other names, titles and list separators.
    pos = end
    limit = 0
    for s, e in sent.spans:
        if e > limit:
            limit = e
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
        word = after_name.match(page, pos)
        word = word[0] if word else None
        if word:
            pos += len(word)  # 王明同志, 王明一行, 王明等
            moved = True
            if page.startswith("等", pos - 1):
                group = _cue_matcher(triggers, _GROUP_TAIL).match(page, pos, limit)
                if group:
                    pos = group.end()  # 王明、李华等相关部门负责人,以及…参会: on to the list's cue
        if not moved:
            break
    # What follows the name, across a continuation join of the sentence.
    following = page[pos:limit]
    frame = _cue_matcher(triggers, _ACCOMPANIED_FRAME).match(following)
    if frame:
        pos += frame.end()  # (read on after the frame)
        following = following[frame.end():]
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
        if following.startswith("并", clause_end.end()):
            # 出席会议,并对…工作提出三点建议: a clause opened by 并 goes on with the same subject
            more = _CLAUSE_SEP.search(following, clause_end.end())
            region = following[:min(more.start() if more else len(following), clause_end.end() + and_clause)]
    said = not policy.gathering and _cue_matcher(triggers, _SPEAKS_FIRST).match(following)
    if said:
        region = ""  # 某某说:“通过组织…”: the words that follow are what is said, no act of the speaker's
    elif not any_cue.search(region) and not _HOME_NAMED.match(following):
        # The subject's cue may come in a later clause of its sentence, up to the next person.
        # (not after a person named by their home, 在某某家,志愿者…: a place, no subject)
        after = skip.next_start(pos + len(region))
        nxt = min(after - pos, len(following)) if after is not None else len(following)
        region = following[:min(nxt, 120)]
    c_start, _ = _clause_bounds(page, sent, start)
    before = page[max(c_start, start - 12):start]
    # The first cue after the name decides; "出席会议并讲话" adds the cue after 并.
    hits: list[tuple[int, int, str, str]] = []  # (sorted below: the order they are found in is free)
    by_first, companions = _role_cue_index(triggers, kind)
    present = set(region)
    for role, cue, rank, first in companions:
        if first not in present and cue in before:  # (not in the region: a companion's cue before the name)
            hits.append((-1, rank, role, cue))
    for role, cue, rank in (c for first in present.intersection(by_first) for c in by_first[first]):
        idx = region.find(cue)
        if idx > 0 and region.startswith("的", idx + len(cue)):
            idx = region.find(cue, idx + 1)  # 在县委召开的会议上讲话: another subject's act (not 王明主持的会议)
        if idx != -1:
            if policy.gathering and _cue_matcher(triggers, _OTHER_ACTIVITY).match(region, idx + len(cue)):
                continue  # 参加活动 (the visit), not the meeting
            hits.append((idx, rank, role, cue))
        elif role == "companion" and cue in before:
            hits.append((-1, rank, role, cue))
    if _ACCOMPANYING_WERE.search(page, max(c_start, start - 60), start):
        hits.append((-1, ROLE_PRIORITY.index("companion"), "companion", "陪同"))  # 陪同考察的有A、B: each of the list
    taken = _cue_pattern(triggers, _TAKEN_ALONG).search(page, max(c_start, start - 30), start) if policy.visits else None
    if taken is not None:
        hits.append((-1, ROLE_PRIORITY.index("attendee"), "attendee", taken["cue"]))  # 携同副镇长X: X goes along
    best: tuple[int, str, str] | None = None
    if hits:
        if policy.requires and any(r == "volunteer" and i >= 0 for i, _, r, _ in hits):
            # (taking part in a volunteer activity's ceremony or meeting is attending it: 参加了启动仪式)
            ceremony = _cue_matcher(triggers, _CEREMONY_AFTER)
            hits = [(i, ROLE_PRIORITY.index("attendee"), "attendee", c) if r == "volunteer" and i >= 0
                    and ceremony.match(region, i + len(c)) else (i, k, r, c) for i, k, r, c in hits]
        hits.sort()
        first = hits[0]
        chosen = [first]
        bing = region.find("并", first[0] + 1)
        if bing != -1:
            chosen += [h for h in hits if h[0] > bing]
        rank, role, cue = min((h[1], h[2], h[3]) for h in chosen)
        best = (rank, role, cue)
    if policy.visits and _visited_before(vocabulary).search(page, c_start, start):
        return "object", "慰问"  # 慰问了离休干部陈德顺、吴国荣: the people visited
    if policy.visits and (best is None or best[1] == policy.default_role) and (
            _aged_before(page, max(c_start, start - 8), start, vocabulary)
            or _cue_matcher(triggers, r"%{elder_after}").match(page, end)) \
            and not (policy.requires and triggers.cue(policy.requires).search(page, end, _clause_bounds(page, sent, start)[1])):
        # 76岁的某某老人, 某某奶奶: an elder the activity serves, not one who serves (unless the
        # clause calls the elder a volunteer: 71岁的某某是社区志愿者)
        return "object", "岁"
    if policy.visits and (best is None or best[1] == policy.default_role) \
            and (page.endswith(_served_groups(triggers, vocabulary), c_start, start)
                 or page.endswith(tuple(triggers.words("served_heads")), c_start, start)
                 and _cue_pattern(triggers, r"%{serving_before}|%{visit_governors}").search(page, c_start, start) is not None) \
            and not (policy.requires and triggers.cue(policy.requires).search(page, end, _clause_bounds(page, sent, start)[1])):
        # 孤寡老人某某, 困难户某某, 患者某某: a person the activity serves, named after what they
        # are, is its object (not one who serves, unless the clause calls them a volunteer)
        return "object", _SERVED_CUE
    home = end
    while page.startswith("、", home):
        # 张秀兰、李桂芝家, 某镇刘明、某街道叶强家中: every name of the list is visited at home
        nxt = places.past(home + 1) if places is not None else home + 1
        after = skip.past(nxt)
        if after <= nxt:
            break
        home = after
    if policy.requires and best is None and page.endswith(tuple(triggers.words("served_speakers")), c_start, start) \
            and (said_so := _SERVED_SPEAKS.match(page, end, _clause_bounds(page, sent, start)[1] + 1)) is not None \
            and page.endswith(speech_verbs(vocabulary), end, said_so.end() - 1) \
            and not triggers.cue(policy.requires).search(page, _frame_start(page, sent, c_start, vocabulary), start):
        # 村民某某激动地说:…, 居民某某说:…: one the activity serves, quoted on it (not 居民某某经常说的
        # 一句话, nor one the clause gives a role or calls a volunteer, also in a 作为 phrase before it:
        # 作为一名老志愿者,居民某某说), wherever the unit quotes them
        return "object", _SERVED_SAYS
    if policy.visits and page.startswith("家", home) and (triggers.cue("visit_before").search(before)
                                                         or _AT_BEFORE.search(before)):
        return "object", "家"  # 来到王大明家, 在王大明家: the person visited
    if _ZAI_BEFORE.search(before) and _LED_BY_AFTER.match(page[end:end + 5]):
        return policy.led_role or policy.default_role, "带领"
    if _ACCOMPANIED_AFTER.match(page[end:end + 4]):
        return "companion", "陪同"
    if best is None:
        return None, None
    return best[1], best[2]


def _participants(kind: str, anchor: _Mention, scope: list[_Sentence], page: str, mentions: Mentions,
                  triggers: Triggers, group_sents: set[int] = frozenset(), only: bool = False,
                  and_clause: int = _DEFAULT_SETTINGS.and_clause) -> list[Participant]:
    policy = triggers.policy(kind)
    pronouns = _pronoun_mentions(scope, page, mentions, triggers)
    if policy.gathering:
        attending = tuple(triggers.roles(kind).get("attendee", ()))
        for name, spans in _label_mentions(scope, page, mentions, attending).items():
            pronouns.setdefault(name, []).extend(spans)
    # The first sentence of the body (the lead) names the event's participants too.
    lead_index = next((s.index for s in scope if not s.headline), 0)
    skip = _Skips([(p.start, p.end) for p in mentions.people]
                  + [(m.start, m.end) for p in mentions.people for m in p.mentions]
                  + [(t.start, t.end) for p in mentions.people for t in p.titles])
    place_skip = _Skips([(p.start, p.end) for p in mentions.places])
    out: dict[str, tuple[int, Participant]] = {}
    role_at: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    other_starts = sorted(x.start for p in mentions.people for x in (p, *p.mentions))
    holding = _SentenceIndex(scope).at  # the sentence of the scope that holds a span
    type_roles, default_role = triggers.roles(kind), triggers.default_role(kind)
    weak_cues = triggers.words("weak_cues")
    referenced, entrusted_by = _cue_matcher(triggers, _REFERENCED), _cue_matcher(triggers, _ENTRUSTED_BY)
    own_words, relayed = _cue_matcher(triggers, _OWN_WORDS), _cue_pattern(triggers, _RELAYED_BEFORE)
    said_there = (_cue_pattern(triggers, r"%{speech_made}"), _cue_pattern(triggers, _SAID_HERE))
    conveyed_before, conveyed_after = _cue_pattern(triggers, _CONVEYED_BEFORE), _cue_matcher(triggers, _CONVEYED_AFTER)
    for person in mentions.people:
        if triggers.pattern.fullmatch(person.text):
            continue  # 志愿者红马甲: a word of the trigger table names an activity or its actors, no person
        spans = [(person.start, person.end)] + [(m.start, m.end) for m in person.mentions] + pronouns.get(person.text, [])
        best_role: str | None = None
        cue = None
        visited = None
        seen = False
        for s, e in spans:
            sent = holding(s, e)
            if sent is None:
                continue  # (in no sentence of the scope)
            cited = referenced.match(page, e) or (
                (own := own_words.match(page, e)) and relayed.search(page, max(0, s - 16), s) and own)
            if cited and any(p.search(page, e, cited.end()) for p in said_there):
                cited = None  # 出席会议并作了题为《…》的重要讲话, 在会上提出的重要要求: said at the event
            after = bisect_right(other_starts, e)
            if entrusted_by.match(page, e) \
                    and _cue_pattern(triggers, _ENTRUSTED_BEFORE).search(page, max(0, s - 16), s):
                continue  # 受县委书记某某委托,…: who sent the visitor, not who took part
            if conveyed_after.match(page, e) and conveyed_before.search(page, max(0, s - 18), s):
                continue  # 转达了县委书记某某对老人们的亲切问候: whose greetings are conveyed, not who is there
            if cited and not (after < len(other_starts) and other_starts[after] < cited.end()):
                continue  # 以总书记视察某地的重要讲话精神为指引: whose words are cited, not who took part
                # (not 某某领学了另一人在某会上的重要讲话: the words cited are the other's)
            if policy.named_anywhere and _comments_on_plans(page, sent, e, triggers) \
                    and not triggers.pattern.search(page, max(_clause_bounds(page, sent, s)[0], s - 24), s):
                continue  # 某某表示,将继续…: a comment on the work to come or on totals, no part in the event
                # (unless what stands before the name names the activity: 带队督查的…, 志愿者某某)
            seen = True
            # (the role a span's cues give is the same for every person it stands for: a group's label
            # written again stands for each person it labels, read once)
            if (s, e) not in role_at:
                role_at[s, e] = _role_for(kind, page, sent, s, e, triggers, skip, mentions.vocabulary, place_skip, and_clause)
            role, c = role_at[s, e]
            if role is not None and role not in type_roles and role not in ("object", default_role):
                role = "attendee"  # 陪同 at a volunteer activity: the type has no companions
            served = c == _SERVED_CUE  # (a person served is the event's only where a person of no role would be)
            if role is None or served:
                if sent is anchor.sentence or abs(sent.index - anchor.sentence.index) <= 1 \
                        or sent.index in group_sents or sent.index <= lead_index + 1 \
                        or (policy.gathering and _cue_matcher(triggers, _AT_THE_MEETING).match(page, sent.start)) \
                        or (only and policy.named_anywhere and not served and not _served_or_past(page, sent, s, triggers)):
                    role = role if served else "__near__"
                else:
                    continue
            if c in weak_cues and policy.gathering and sent.index not in group_sents \
                    and not (only and anchor.sentence.index <= lead_index + 1 and sent.index > anchor.sentence.index):
                continue  # (in the report of a unit's only meeting, told from its lead, 表示 after it is said there)
            if role == "__near__":
                if best_role is None:
                    best_role, cue = "__near__", None
                continue
            if role == "object" and c not in (_SERVED_CUE, _SERVED_SAYS):
                visited = c  # (a person served keeps a stronger role of another mention: no visit's object)
            if best_role in (None, "__near__") or ROLE_PRIORITY.index(role) < ROLE_PRIORITY.index(best_role):
                best_role, cue = role, c
        if not seen or best_role is None:
            continue
        if visited is not None:
            # The person a visit goes to stays its object whatever their other mentions say
            # (来到老党员王某家 … 王某带头捐资: no leader of the visit).
            best_role, cue = "object", visited
        if best_role == "__near__":
            # The subject of the trigger's sentence (before it) may have a role of its own (leader).
            subject = person.start < anchor.start and anchor.sentence.contains(person.start, person.end)
            best_role = policy.subject_role if policy.subject_role and subject else policy.default_role
        for role, endings in policy.title_roles if visited is None else ():
            # A title that heads the group (某义工团团长, 某协会会长): that role, unless a cue
            # gave a stronger one (and not for a person the visit goes to).
            if ROLE_PRIORITY.index(role) < ROLE_PRIORITY.index(best_role) \
                    and any(t.text.endswith(endings) for t in person.titles):
                best_role, cue = role, None
        out[person.text] = (person.start, Participant(
            start=person.start, end=person.end, text=person.text, titles=person.titles,
            role=best_role, cue=cue,
        ))
    return [p for _, p in sorted(out.values(), key=lambda x: x[0])]


_SERVED_CUE = "受助"  # (the cue of a participant named after a group a service helps)
_SERVED_SAYS = "说"  # (the cue of one served, quoted on the activity: a role of their own, kept wherever quoted)


@cache
def _served_groups(triggers: Triggers, vocabulary: "Vocabulary | None") -> tuple[str, ...]:
    """The words of what a person is (person_descriptors.json: identity) that name a group an
    activity serves: those opening with a ``served_marks`` word (孤寡老人, 困难户, 留守儿童, 患者)."""
    marks = tuple(triggers.words("served_marks"))
    return tuple(w for w in person_lexicon(vocabulary)["identity_words"] if w.startswith(marks))


def _aged_before(page: str, lo: int, start: int, vocabulary: "Vocabulary | None") -> bool:
    """True when an age ends right before ``start`` ("76岁的某某": the person grammar's age words)."""
    return person_lexicon(vocabulary)["age_before"].search(page, lo, start) is not None


def _served_or_past(page: str, sent: _Sentence, start: int, triggers: Triggers) -> bool:
    """A person named far from the event's mentions who is one it serves (受助老人某某, 患者某某:
    the ``served_marks`` cue list right before the name) or who acts in its clause at another time
    (去年…: the ``earlier_marks`` cue list; 曾…: the ``background`` words of not_events, before the name in its clause)."""
    c_start, _ = _clause_bounds(page, sent, start)
    before = page[max(c_start, start - 8):start]
    return bool(triggers.cue("served_marks").search(before) or triggers.cue("earlier_marks").search(page, c_start, start)) \
        or any(w in page[c_start:start] for w in triggers.not_events.get("background", ()))


def _frame_start(page: str, sent: _Sentence, c_start: int, vocabulary: "Vocabulary | None") -> int:
    """Where the clause at ``c_start`` opens, or the clause before it when that one is a 作为 phrase
    (``person_grammar.json``: ``as_word``; 作为一名老志愿者,居民某某说): what the subject is said to be."""
    before = [m.end() for m in _CLAUSE_SEP.finditer(page, sent.start, max(sent.start, c_start - 1))]
    prev = before[-1] if before else sent.start
    return prev if prev < c_start and person_lexicon(vocabulary)["as_title"].match(page, prev) else c_start


# After a name: what the speaker is doing as they speak, up to a clause mark or a quotation.
_SERVED_SPEAKS = regex.compile(r"[^,，。:：“”\n]{0,12}[:：,，。“]")


# Right after a name: a word of speech of the weak cues and the mark that opens what is said.
_SPEAKS_FIRST = r"(?:也|还|则)?%{weak_cues}[:：,，“]"
# After a name: a word of speech of the weak cues (表示, 介绍, 说), maybe after 也/还, and what is said.
_SAYS = r"(?:也|还|则)?%{weak_cues}[:：,，]?(?P<said>“[^”\n]*”?|[^。！？!?\n]*)"


_SAID_REACH = 200  # the most characters of what a person says read after the name


def _comments_on_plans(page: str, sent: _Sentence, end: int, triggers: Triggers) -> bool:
    """A mention of a person who speaks of what is to come or of totals (某某表示,将继续…; 某某说:
    “…下一步,团县委将…”; 某某介绍,去年全县共有…): a comment on the work, no part in the event.
    What is said runs to its sentence's end, or to the close of a quotation (on its line)."""
    reach = min(len(page), end + _SAID_REACH)
    line_end = page.find("\n", end, reach)
    said = _cue_matcher(triggers, _SAYS).match(page, end, reach if line_end < 0 else line_end)
    if said is None:
        return False
    a, b = said.span("said")
    plans = triggers.not_event_pattern("plan")
    return (plans is not None and plans.search(page, a, b) is not None) \
        or triggers.cue("period_totals").search(page, a, b) is not None


_PRONOUN = r"(?:^|(?<=[,，;；。:：]))(?:他|她)(?=%{pronoun_followers})"


def _label_mentions(scope, page: str, mentions: Mentions, attending: tuple[str, ...]) -> dict[str, list[tuple[int, int]]]:
    """A group's label written again after a word of attending (县领导某某、某某参加会议 … 与会县领导
    随后作了部署): each occurrence of a title of three or more characters that ends in a group noun
    (person_descriptors.json: list_group_nouns), right after one of the meeting's ``attending`` cue
    words (与会, 参会 …) and other than a person's own title, read as a mention of every person it
    labels (for role cues only; not 县领导要带头…, said to them)."""
    ends = person_lexicon(mentions.vocabulary)["group_nouns"]
    labelled: dict[str, list[str]] = {}
    for p in mentions.people:
        for t in p.titles:
            if len(t.text) >= 3 and t.text.endswith(ends):
                labelled.setdefault(t.text, []).append(p.text)
    if not labelled:
        return {}
    own = {t.start for p in mentions.people for t in p.titles}
    out: dict[str, list[tuple[int, int]]] = {}
    for label, names in labelled.items():
        for sent in scope:
            for s, e in sent.spans:
                at = page.find(label, s, e)
                while at != -1:
                    if at not in own and page.endswith(attending, max(s, at - 3), at):
                        for name in names:
                            out.setdefault(name, []).append((at, at + len(label)))
                    at = page.find(label, at + 1, e)
    return out


def _pronoun_mentions(scope, page: str, mentions: Mentions, triggers: Triggers) -> dict[str, list[tuple[int, int]]]:
    """他/她 opening a clause, read as the person named last before it (for role cues only)."""
    spans = [span for sent in scope for span in sent.spans]
    pronoun = _cue_pattern(triggers, _PRONOUN)
    found = [(rank, m) for rank, (s, e) in enumerate(spans) for m in pronoun.finditer(page, s, e)]
    out: dict[str, list[tuple[int, int]]] = {}
    if not found:
        return out  # (most scopes have none: no name needs placing)
    # The spans by page position (they do not overlap), each with its rank in reading order.
    by_start = sorted((s, e, rank) for rank, (s, e) in enumerate(spans))
    starts = [s for s, _, _ in by_start]

    def key(pos: int):
        """Reading-order position: (index of the span holding pos, pos), or None."""
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < by_start[k][1]:
            return by_start[k][2], pos
        return None

    named = [(key(m.start), p.text) for p in mentions.people for m in [p, *p.mentions]]
    named = sorted((k, name) for k, name in named if k is not None)
    if not named:
        return out
    for rank, m in found:
        here = (rank, m.start())
        before = [name for k, name in named if k < here]
        if before:
            out.setdefault(before[-1], []).append((m.start(), m.end()))
    return out
