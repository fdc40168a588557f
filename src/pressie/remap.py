"""Map records found on a normalised text back to the caller's original text."""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass, replace
from functools import cache
from typing import Any, Callable, TypeVar

from .normalize import Normalized, normalize

__all__ = ["remap", "on_source"]

T = TypeVar("T")

_LEAF_TYPES = (str, int, float, bool, type(None))


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
    """One mapping of records onto ``norm.source`` (the map read once, not per record)."""

    __slots__ = ("index", "source")

    def __init__(self, norm: Normalized) -> None:
        self.index, self.source = norm.index, norm.source

    def map(self, value: Any) -> Any:
        if isinstance(value, (tuple, list)):
            out = None
            for k, v in enumerate(value):
                if isinstance(v, _LEAF_TYPES):
                    continue
                mapped = self.map(v)
                if mapped is not v:
                    if out is None:
                        out = list(value)
                    out[k] = mapped
            if out is None:
                return value
            return tuple(out) if isinstance(value, tuple) else out
        if isinstance(value, _LEAF_TYPES) or not is_dataclass(value) or isinstance(value, type):
            return value
        names, nested, is_span, all_init = _shape(type(value))
        changes: "dict[str, Any] | None" = None
        for name in nested:
            item = getattr(value, name)
            if item is None or isinstance(item, _LEAF_TYPES):
                continue
            mapped = self.map(item)
            if mapped is not item:
                if changes is None:
                    changes = {}
                changes[name] = mapped
        if is_span:
            start, end = value.start, value.end
            index = self.index
            if index is None:
                s, e = start, end
            elif end <= start:
                s = e = index[start]
            else:
                s, e = index[start], index[end - 1] + 1
            text = self.source[s:e]
            if s != start or e != end or text != value.text:
                if changes is None:
                    changes = {}
                changes.update(start=s, end=e, text=text)
        if changes is None:
            return value
        if all_init:
            # Every field is an init field: build the record directly (what replace() does, without
            # looking up its fields again).
            values = {name: getattr(value, name) for name in names}
            values.update(changes)
            return type(value)(**values)
        return replace(value, **changes)


def on_source(name: str, text: str, find: Callable[[str], list]) -> list:
    """Run a finder that works on normalised text and return its records against ``text``.

    Raises ``TypeError`` naming the public function ``name`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"{name}() needs str, not {type(text).__name__}")
    norm = normalize(text)
    found = find(norm.text)
    return found if norm.identity else remap(found, norm)
