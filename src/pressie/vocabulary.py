"""The vocabulary layer: every word list of pressie under one meaning-named key, in one
immutable object that the stages read.

A key is the name of a word-list file of ``pressie/resources`` (``surnames``,
``common_verbs``, ``org_suffixes`` …) or ``file.key`` for a list inside a data file
(``place_suffixes.venue``, ``facility_nouns.health``, ``time_words.vague``,
``layout_words.section_words.words``). :meth:`Vocabulary.keys` lists them all; the packaged
files are validated when first read (an error names the file and the key).

:meth:`Vocabulary.default` is the packaged vocabulary. :meth:`Vocabulary.extend` returns a copy
with more words in some lists; pass it to :func:`pressie.extract` as ``vocabulary=`` (or to
the spaCy components' ``vocabulary`` config) and the finders read the extended lists::

    >>> from pressie.vocabulary import Vocabulary
    >>> v = Vocabulary.default().extend({"facility_nouns.transport": ["无人机起降场"]})
    >>> "无人机起降场" in v.words("facility_nouns.transport")
    True
    >>> "无人机起降场" in Vocabulary.default().words("facility_nouns.transport")
    False

The event stage's words (trigger words, role cues and the rules' cue lists) are the trigger
table's: extend them with :meth:`pressie.Triggers.extend`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources as _res
from types import MappingProxyType
from typing import Any, Iterable, Mapping

import regex

from .errors import ResourceError
from .lexicon import alternation, compile_checked, compile_literals, noun_groups
from .lexicon import data as _packaged_data
from .lexicon import words as _packaged_words

__all__ = ["Vocabulary", "resolve", "check", "KEPT", "org_units", "conjoined_names", "facility_nouns",
           "group_nouns", "province_abbreviations"]

_PACKAGE = "pressie.resources"
#: Data files whose words are not the finders' (the trigger table is extended with Triggers).
_NOT_VOCABULARY = frozenset({"triggers"})


@cache
def _files() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word-list files and the data files of the package (names without extension)."""
    names = [entry.name for entry in _res.files(_PACKAGE).iterdir()]
    lists = tuple(sorted(n[:-4] for n in names if n.endswith(".txt")))
    datas = tuple(sorted(n[:-5] for n in names if n.endswith(".json") and n[:-5] not in _NOT_VOCABULARY))
    return lists, datas


def _list_paths(value: Any, path: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("_"):
                yield from _list_paths(item, path + (key,))
    elif isinstance(value, list) and value and all(isinstance(x, str) for x in value):
        yield path


@cache
def _keys() -> tuple[str, ...]:
    lists, datas = _files()
    out = list(lists)
    for name in datas:
        out += [".".join((name, *p)) for p in _list_paths(_packaged_data(name), ())]
    return tuple(sorted(out))


def _split(key: str) -> tuple[str, tuple[str, ...]]:
    name, *path = key.split(".")
    return name, tuple(path)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The word lists of the finders and stages, by key; immutable, hashed by identity (so the
    finders compile each vocabulary's patterns once). Build it with :meth:`default` and
    :meth:`extend`."""

    #: The words added to the packaged lists, by key (kept in the order given; read-only).
    additions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "additions", MappingProxyType({k: tuple(v) for k, v in self.additions.items()}))

    @classmethod
    def default(cls) -> "Vocabulary":
        """The packaged vocabulary (the same object every time)."""
        return _default()

    @staticmethod
    def keys() -> tuple[str, ...]:
        """Every key a list can be read or extended by."""
        return _keys()

    def words(self, key: str) -> tuple[str, ...]:
        """The words of the list ``key`` (a word-list file, or ``file.key…`` in a data file)."""
        name, path = _split(key)
        if not path:
            if name not in _files()[0]:
                raise ResourceError(f"vocabulary: no word list {key!r}; see Vocabulary.keys()")
            base = _packaged_words(name)
        else:
            value = self.data(name)
            for part in path:
                if not isinstance(value, Mapping) or part not in value:
                    raise ResourceError(f"vocabulary: no word list {key!r}; see Vocabulary.keys()")
                value = value[part]
            if not isinstance(value, list):
                raise ResourceError(f"vocabulary: {key!r} is not a list of words")
            return tuple(value)
        extra = self.additions.get(key, ())
        return base + tuple(w for w in extra if w not in base) if extra else base

    def data(self, name: str) -> Mapping[str, Any]:
        """The data file ``name`` (``place_suffixes``, ``time_words`` …) with the words added to its
        lists."""
        if name in _NOT_VOCABULARY or name not in _files()[1]:
            raise ResourceError(f"vocabulary: no data file {name!r}; see Vocabulary.keys()")
        return _merged(self, name)

    def extend(self, more: Mapping[str, Iterable[str]]) -> "Vocabulary":
        """A copy with more words in some lists: ``extend({"surnames": ["亓"], "place_suffixes.venue":
        ["哨点"]})``. A key must be one of :meth:`keys`; a word must be a non-empty string without
        spaces."""
        if not isinstance(more, Mapping):
            raise TypeError(f"Vocabulary.extend needs a mapping of key to words, not {type(more).__name__}")
        merged = {k: list(v) for k, v in self.additions.items()}
        known = set(_keys())
        for key, new in more.items():
            if key not in known:
                close = [k for k in known if k.split(".")[-1] == str(key).split(".")[-1]]
                hint = f" (did you mean {', '.join(sorted(close)[:3])}?)" if close else "; see Vocabulary.keys()"
                raise ResourceError(f"vocabulary: no word list {key!r}{hint}")
            if isinstance(new, str):
                raise ResourceError(f"vocabulary: {key!r} needs a list of words, not a string")
            target = merged.setdefault(key, [])
            for word in new:
                if not isinstance(word, str) or not word or word != word.strip() or any(c.isspace() for c in word):
                    raise ResourceError(f"vocabulary: {key!r}: {word!r} is not a word (a non-empty string without spaces)")
                if word not in target:
                    target.append(word)
        return Vocabulary({k: tuple(v) for k, v in merged.items()})

    def __repr__(self) -> str:
        if not self.additions:
            return "Vocabulary(packaged)"
        return f"Vocabulary(packaged + {sum(map(len, self.additions.values()))} words in {len(self.additions)} lists)"


@cache
def _default() -> Vocabulary:
    return Vocabulary()


@lru_cache(maxsize=64)
def _merged(vocab: Vocabulary, name: str) -> Mapping[str, Any]:
    base = _packaged_data(name)
    mine = {k: v for k, v in vocab.additions.items() if k.startswith(name + ".")}
    if not mine:
        return base
    value = copy.deepcopy(dict(base))
    for key, extra in mine.items():
        *parents, last = _split(key)[1]
        node = value
        for part in parents:
            node = node[part]
        node[last] = node[last] + [w for w in extra if w not in node[last]]
    return value


# -- Shared by the finders: which vocabulary to read, and the lists several of them build. -------

#: How many vocabularies each builder keeps compiled (a long-running process that makes new
#: vocabularies keeps only the last ones it used).
KEPT = 16


def resolve(vocabulary: "Vocabulary | None") -> Vocabulary:
    """The vocabulary to read: the one given, else the packaged one (one cache entry for both)."""
    return vocabulary or Vocabulary.default()


def check(vocabulary: Any, caller: str) -> None:
    """Refuse anything but a :class:`Vocabulary` or ``None`` as ``caller``'s ``vocabulary``."""
    if vocabulary is not None and not isinstance(vocabulary, Vocabulary):
        raise TypeError(f"{caller}() needs vocabulary=pressie.Vocabulary or None, not {type(vocabulary).__name__}")


@lru_cache(maxsize=KEPT)
def org_units(vocabulary: Vocabulary):
    """The organisation words of ``org_units`` (区委, 党工委, 政府 …) as one pattern, longest first."""
    return compile_checked(alternation(vocabulary.words("org_units")), "org_units.txt")


@lru_cache(maxsize=KEPT)
def conjoined_names(vocabulary: Vocabulary):
    """The name parts of ``conjoined_names`` (自然资源和规划, 住房和城乡建设 …): a conjunction or a
    verb inside one of them does not cut a title or an organisation's name."""
    return compile_literals(conjoined_parts(vocabulary), "conjoined_names.txt")


@lru_cache(maxsize=KEPT)
def conjoined_parts(vocabulary: Vocabulary) -> tuple[str, ...]:
    """The words of ``conjoined_names``, each also written with the other conjunction of
    ``place_grammar.json``'s ``field_conjunctions`` (民族和宗教事务, 民族与宗教事务)."""
    pair = vocabulary.data("place_grammar").get("field_conjunctions", "")
    if not isinstance(pair, str) or len(pair) != 2:
        raise ResourceError("place_grammar.json:field_conjunctions: needs a string of two characters")
    swap = str.maketrans(pair, pair[::-1])
    words = vocabulary.words("conjoined_names")
    return tuple(dict.fromkeys([*words, *(w.translate(swap) for w in words)]))


@lru_cache(maxsize=KEPT)
def facility_nouns(vocabulary: Vocabulary) -> tuple[str, ...]:
    """The standard facility nouns of ``facility_nouns.json`` (加气站, 门诊楼, 考古工地 …), every
    group in file order, the words the vocabulary adds at the end of their group."""
    return noun_groups(vocabulary.data("facility_nouns"), "facility_nouns.json")


@lru_cache(maxsize=KEPT)
def group_nouns(vocabulary: Vocabulary) -> frozenset[str]:
    """The words of ``group_nouns`` (领导, 干部, 工作人员 …)."""
    return frozenset(vocabulary.words("group_nouns"))


@lru_cache(maxsize=KEPT)
def province_abbreviations(vocabulary: Vocabulary) -> frozenset[str]:
    """The one-character short names of ``province_abbreviations.json`` (京, 沪, 鄂 …; a mapping of
    province to character, which has no list a vocabulary adds to)."""
    out = set()
    for name, short in vocabulary.data("province_abbreviations").items():
        if name.startswith("_"):
            continue
        if not isinstance(short, str) or not regex.fullmatch(r"\p{Han}", short):
            raise ResourceError(f"province_abbreviations.json:{name}: {short!r} is not one Han character")
        out.add(short)
    return frozenset(out)
