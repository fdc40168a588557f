"""Map records found on a normalised text back to the caller's original text."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

from typing import Callable

from .normalize import Normalized, normalize

__all__ = ["remap", "on_source"]

T = TypeVar("T")


def remap(record: T, norm: Normalized) -> T:
    """A copy of ``record`` (a record, or a list/tuple of them) whose offsets and texts refer to ``norm.source``.

    Works on every record of :mod:`pressie.types`: a record with ``start``,
    ``end`` and ``text`` gets mapped offsets and the source's text; nested
    records, lists and tuples are mapped recursively.
    """
    return _remap(record, norm)


def _remap(value: Any, norm: Normalized) -> Any:
    if isinstance(value, tuple):
        return tuple(_remap(v, norm) for v in value)
    if isinstance(value, list):
        return [_remap(v, norm) for v in value]
    if not hasattr(value, "__dataclass_fields__"):
        return value
    changes: dict[str, Any] = {}
    names = set()
    for f in fields(value):
        names.add(f.name)
        item = getattr(value, f.name)
        if isinstance(item, (tuple, list)) or hasattr(item, "__dataclass_fields__"):
            changes[f.name] = _remap(item, norm)
    if {"start", "end", "text"} <= names:
        start, end = norm.to_source(value.start, value.end)
        changes.update(start=start, end=end, text=norm.source[start:end])
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
