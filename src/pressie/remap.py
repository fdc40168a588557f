"""Map records found on a normalised text back to the caller's original text."""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass, replace
from functools import cache
from operator import attrgetter
from typing import Any, Callable, TypeVar

from .normalize import Normalized, normalize

__all__ = ["remap", "on_source"]

T = TypeVar("T")

_LEAF_TYPES = (str, int, float, bool, type(None))
_LEAF_SET = frozenset(_LEAF_TYPES)


def remap(record: T, norm: Normalized) -> T:
    """A copy of ``record`` (a record, or a list/tuple of them) whose offsets and texts refer to ``norm.source``.

    Works on every record of :mod:`pressie.records`: a record with ``start``,
    ``end`` and ``text`` gets mapped offsets and the source's text; nested
    records, lists and tuples are mapped recursively. A record whose offsets
    and text are already those of the source (and whose nested records are) is
    returned as it is, not rebuilt.
    """
    return _Remapper(norm).map(record)


def _leaf_hint(hint: Any) -> bool:
    """True when a type hint only admits values that hold no record (str, numbers, None, and
    tuples, lists and unions of them)."""
    if hint in _LEAF_TYPES:
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType, tuple, list):
        return all(a is Ellipsis or _leaf_hint(a) for a in typing.get_args(hint))
    return False


@cache
def _shape(kind: type) -> tuple[tuple[str, ...], tuple[str, ...], bool, bool]:
    """The init field names of a record type, those of its fields that may hold records (all of
    them when the type hints cannot be read), whether it is a span (start, end and text) and
    whether every field is an init field."""
    every = fields(kind)
    names = tuple(f.name for f in every if f.init)
    try:
        hints = typing.get_type_hints(kind)
        nested = tuple(n for n in names if not _leaf_hint(hints.get(n, Any)))
    except Exception:  # hints naming what the module cannot resolve: look at every field
        nested = names
    return names, nested, {"start", "end", "text"} <= set(names), len(names) == len(every)


class _Remapper:
    """One mapping of records onto ``norm.source`` (the map read once, not per record).

    Each type is mapped by a function made for it on first sight (its shape read once): most of
    a page's records are small spans, and the generic walk over their fields cost more than the
    mapping itself.
    """

    __slots__ = ("index", "source", "by_type")

    def __init__(self, norm: Normalized) -> None:
        self.index, self.source = norm.index, norm.source
        self.by_type: dict[type, Callable[[Any], Any]] = {tuple: self._sequence, list: self._sequence}

    def map(self, value: Any) -> Any:
        kind = type(value)
        fn = self.by_type.get(kind)
        if fn is None:
            fn = self.by_type[kind] = self._for(kind)
        return fn(value)

    def _sequence(self, value: "tuple | list") -> "tuple | list":
        out = None
        by_type, leaf = self.by_type, _LEAF_SET
        for k, v in enumerate(value):
            kind = type(v)
            if kind in leaf:
                continue
            fn = by_type.get(kind)
            if fn is None:
                fn = by_type[kind] = self._for(kind)
            mapped = fn(v)
            if mapped is not v:
                if out is None:
                    out = list(value)
                out[k] = mapped
        if out is None:
            return value
        return tuple(out) if isinstance(value, tuple) else out

    def _for(self, kind: type) -> Callable[[Any], Any]:
        """The function that maps a value of type ``kind``."""
        if issubclass(kind, (tuple, list)):
            return self._sequence
        if issubclass(kind, _LEAF_TYPES) or not is_dataclass(kind):
            return _same
        names, nested, is_span, all_init = _shape(kind)
        index, source, walk = self.index, self.source, self.map
        get = attrgetter(*names)

        def build(value: Any, changes: dict) -> Any:
            if all_init:
                # Every field is an init field: build the record directly (what replace() does,
                # without looking up its fields again).
                values = dict(zip(names, get(value))) if len(names) > 1 else {names[0]: get(value)}
                values.update(changes)
                return kind(**values)
            return replace(value, **changes)

        def mapped(value: Any) -> Any:
            changes: "dict[str, Any] | None" = None
            for name in nested:
                item = getattr(value, name)
                if item is None or type(item) in _LEAF_SET:
                    continue
                new = walk(item)
                if new is not item:
                    if changes is None:
                        changes = {}
                    changes[name] = new
            if is_span:
                start, end = value.start, value.end
                if index is None:
                    s, e = start, end
                elif end <= start:
                    s = e = index[start]
                else:
                    s, e = index[start], index[end - 1] + 1
                text = source[s:e]
                if s != start or e != end or text != value.text:
                    if changes is None:
                        changes = {}
                    changes["start"], changes["end"], changes["text"] = s, e, text
            return value if changes is None else build(value, changes)

        return mapped


def _same(value: Any) -> Any:
    return value


def on_source(name: str, text: str, find: Callable[[str], list]) -> list:
    """Run a finder that works on normalised text and return its records against ``text``.

    Raises ``TypeError`` naming the public function ``name`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"{name}() needs str, not {type(text).__name__}")
    norm = normalize(text)
    found = find(norm.text)
    return found if norm.identity else remap(found, norm)
