"""Map records found on a normalised text back to the caller's original text."""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, fields, is_dataclass, replace
from functools import cache, partial
from typing import Any, Callable, TypeVar

from .normalize import Normalized, normalize

__all__ = ["remap", "on_source", "record_builder", "record_updater"]

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

    Each record type is mapped by a function written for it once (:func:`_record_mapper`): most
    of a page's records are small spans, and a generic walk over their fields cost more than the
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
        last, fn = None, _same  # most sequences hold records of one type: looked up once
        for k, v in enumerate(value):
            kind = type(v)
            if kind is not last:
                if kind in leaf:
                    continue
                fn = by_type.get(kind)
                if fn is None:
                    fn = by_type[kind] = self._for(kind)
                last = kind
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
        return partial(_record_mapper(kind), self.index, self.source, self.map)


def _same(value: Any) -> Any:
    return value


def _twin(kind: type) -> "type | None":
    """A plain class with the slots of ``kind`` (a record with slots whose only base is
    ``object``), whose instances may take ``kind`` as their class; None when they may not.

    Setting a slot of a frozen record from Python goes through a call of the slot's ``__set__``;
    an instance of the twin takes its fields by plain attribute stores, at half the cost, and then
    becomes a ``kind``: the same object as the one ``kind``'s ``__init__`` would make."""
    names = getattr(kind, "__slots__", None)
    if kind.__bases__ != (object,) or not isinstance(names, tuple) or "__dict__" in names or "__weakref__" in names:
        return None
    twin = type(f"_{kind.__name__}Fields", (object,), {"__slots__": names, "__module__": __name__})
    probe = object.__new__(twin)
    try:
        probe.__class__ = kind
    except TypeError:
        return None
    return twin


def _set_slots(kind: type, values: "dict[str, str]", scope: dict) -> "list[str]":
    """The lines of a written function that make ``out``, a ``kind`` whose slot ``name`` holds the
    value of the expression ``values[name]`` (every field, in order), without its ``__init__``."""
    twin = _twin(kind)
    scope.update(NEW=object.__new__, KIND=kind)
    if twin is not None:
        scope["TWIN"] = twin
        return ["out = NEW(TWIN)"] + [f"out.{name} = {value}" for name, value in values.items()] + ["out.__class__ = KIND"]
    lines = ["out = NEW(KIND)"]
    for k, (name, value) in enumerate(values.items()):
        scope[f"SET{k}"] = getattr(kind, name).__set__
        lines.append(f"SET{k}(out, {value})")
    return lines


@cache
def _record_mapper(kind: type) -> Callable[..., Any]:
    """``mapper(index, source, walk, record)`` for a record type: the record with its nested
    records mapped by ``walk`` and, for a span, its offsets mapped by ``index`` (None: the same
    offsets) and its text taken from ``source``; the record itself when nothing changes.

    The function is written out for the type's fields (as :mod:`dataclasses` writes
    ``__init__``). A changed record with slots and nothing run at init (no ``__post_init__``, no
    ``__new__`` of its own) gets its slots set directly; any other is built by a call of its type
    (or by replace() when some field is not an init field).
    """
    names, nested, is_span, all_init = _shape(kind)
    slots = [getattr(kind, name, None) for name in names]
    direct = all_init and not hasattr(kind, "__post_init__") and kind.__new__ is object.__new__ \
        and all(isinstance(slot, types.MemberDescriptorType) for slot in slots)
    scope: dict[str, Any] = {"LEAF": _LEAF_SET, "KIND": kind, "replace": replace, "EMPTY": ()}
    body = []
    value_of = {name: f"record.{name}" for name in names}
    for k, name in enumerate(nested):
        body += [f"old{k} = record.{name}",
                 f"new{k} = old{k} if old{k} is None or old{k} is EMPTY or type(old{k}) in LEAF else walk(old{k})"]
        value_of[name] = f"new{k}"
    same = [f"new{k} is old{k}" for k in range(len(nested))]
    if is_span:
        body += ["start = record.start", "end = record.end",
                 "if index is None:", "    s, e = start, end",
                 "elif end <= start:", "    s = e = index[start]",
                 "else:", "    s, e = index[start], index[end - 1] + 1",
                 "text = source[s:e]"]
        same += ["s == start", "e == end", "text == record.text"]
        value_of.update(start="s", end="e", text="text")
    if not same:
        return _record_unchanged
    body.append(f"if {' and '.join(same)}:")
    body.append("    return record")
    changed = [name for name in names if value_of[name] != f"record.{name}"]
    if direct:
        body += _set_slots(kind, {name: value_of[name] for name in names}, scope)
        body.append("return out")
    elif all_init:
        body.append(f"return KIND({', '.join(f'{name}={value_of[name]}' for name in names)})")
    else:
        body.append(f"return replace(record, {', '.join(f'{name}={value_of[name]}' for name in changed)})")
    source = "def mapper(index, source, walk, record):\n" + "".join(f"    {line}\n" for line in body)
    exec(compile(source, f"<remap {kind.__qualname__}>", "exec"), scope)
    return scope["mapper"]


@cache
def record_builder(kind: type) -> Callable[..., Any]:
    """``build(**fields)``: a record of type ``kind`` made from its fields given by name, as
    ``kind(**fields)`` makes it (the same defaults), for the finders that make thousands.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, which costs
    more than all else the finders do per record; for a record with slots and nothing run at init
    (no ``__post_init__``, no ``__new__`` of its own, no default factory) the function written
    here sets its slots directly (on a twin of the type that then takes the type as its class:
    :func:`_twin`). Any other type is returned as it is (it builds itself).
    """
    if not is_dataclass(kind):
        return kind
    every = fields(kind)
    slots = [getattr(kind, f.name, None) for f in every]
    if (hasattr(kind, "__post_init__") or kind.__new__ is not object.__new__
            or not all(f.init and f.default_factory is MISSING for f in every)
            or not all(isinstance(slot, types.MemberDescriptorType) for slot in slots)):
        return kind
    scope: dict[str, Any] = {}
    params = []
    for k, f in enumerate(every):
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"DEFAULT{k}"] = f.default
            params.append(f"{f.name}=DEFAULT{k}")
    body = _set_slots(kind, {f.name: f.name for f in every}, scope) + ["return out"]
    source = f"def build(*, {', '.join(params)}):\n" + "".join(f"    {line}\n" for line in body)
    exec(compile(source, f"<build {kind.__qualname__}>", "exec"), scope)
    build = scope["build"]
    build.__doc__ = f"A {kind.__name__} made from its fields (see pressie.remap.record_builder)."
    return build


@cache
def record_updater(kind: type) -> Callable[..., Any]:
    """``update(record, **changes)``: ``dataclasses.replace(record, **changes)`` for a record of
    type ``kind``, for the steps that change a field or two of many records (an event's article
    number, a block's role).

    ``replace`` builds the record again through its ``__init__``, which sets each field of a
    frozen dataclass through ``object.__setattr__``; for a record with slots and nothing run at
    init (no ``__post_init__``, no ``__new__`` of its own, every field an init field) the function
    written here copies the slots and sets the changed ones directly. Any other type is updated
    by ``replace``. A name that is no field raises ``TypeError``, as ``replace`` does.
    """
    if not is_dataclass(kind):
        raise TypeError(f"record_updater() needs a dataclass type, not {kind!r}")
    every = fields(kind)
    slots = [getattr(kind, f.name, None) for f in every]
    if (hasattr(kind, "__post_init__") or kind.__new__ is not object.__new__ or not all(f.init for f in every)
            or not all(isinstance(slot, types.MemberDescriptorType) for slot in slots)):
        return replace
    scope: dict[str, Any] = {"NAMES": frozenset(f.name for f in every)}
    body = ["if not NAMES.issuperset(changes):",
            "    raise TypeError(f'{KIND.__name__} has no field {sorted(set(changes) - NAMES)[0]!r}')"]
    body += _set_slots(kind, {f.name: f"changes[{f.name!r}] if {f.name!r} in changes else record.{f.name}" for f in every},
                       scope)
    body.append("return out")
    source = "def update(record, /, **changes):\n" + "".join(f"    {line}\n" for line in body)
    exec(compile(source, f"<update {kind.__qualname__}>", "exec"), scope)
    update = scope["update"]
    update.__doc__ = f"A copy of a {kind.__name__} with some fields changed (see pressie.remap.record_updater)."
    return update


def _record_unchanged(index: Any, source: str, walk: Callable[[Any], Any], record: Any) -> Any:
    """The mapper of a record type with no offsets and no field that may hold a record."""
    return record


def on_source(name: str, text: str, find: Callable[[str], list]) -> list:
    """Run a finder that works on normalised text and return its records against ``text``.

    Raises ``TypeError`` naming the public function ``name`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"{name}() needs str, not {type(text).__name__}")
    norm = normalize(text)
    found = find(norm.text)
    return found if norm.identity else remap(found, norm)
