"""Map records found on a normalised text back to the caller's original text."""

from __future__ import annotations

from dataclasses import fields, replace
from functools import cache
from typing import Any, Callable, TypeVar

from .normalize import Normalized, normalize

__all__ = ["remap", "on_source"]

T = TypeVar("T")


def remap(record: T, norm: Normalized) -> T:
    """A copy of ``record`` (a record, or a list/tuple of them) whose offsets and texts refer to ``norm.source``.

    Works on every record of :mod:`pressie.types`: a record with ``start``,
    ``end`` and ``text`` gets mapped offsets and the source's text; nested
    records, lists and tuples are mapped recursively. A record whose offsets
    and text are already those of the source (and whose nested records are) is
    returned as it is, not rebuilt.
    """
    return _remap(record, norm)


@cache
def _shape(kind: type) -> tuple[tuple[str, ...], bool]:
    """The field names of a record type and whether it is a span (start, end and text)."""
    names = tuple(f.name for f in fields(kind))
    return names, {"start", "end", "text"} <= set(names)


def _remap(value: Any, norm: Normalized) -> Any:
    if isinstance(value, (tuple, list)):
        out = [_remap(v, norm) for v in value]
        if all(a is b for a, b in zip(out, value)):
            return value
        return tuple(out) if isinstance(value, tuple) else out
    if not hasattr(value, "__dataclass_fields__"):
        return value
    names, is_span = _shape(type(value))
    changes: dict[str, Any] = {}
    for name in names:
        item = getattr(value, name)
        if isinstance(item, (tuple, list)) or hasattr(item, "__dataclass_fields__"):
            mapped = _remap(item, norm)
            if mapped is not item:
                changes[name] = mapped
    if is_span:
        start, end = norm.to_source(value.start, value.end)
        text = norm.source[start:end]
        if start != value.start or end != value.end or text != value.text:
            changes.update(start=start, end=end, text=text)
    return replace(value, **changes) if changes else value


def on_source(name: str, text: str, find: Callable[[str], list]) -> list:
    """Run a finder that works on normalised text and return its records against ``text``.

    Raises ``TypeError`` naming the public function ``name`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"{name}() needs str, not {type(text).__name__}")
    norm = normalize(text)
    found = find(norm.text)
    return found if norm.identity else remap(found, norm)
