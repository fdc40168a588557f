"""The tuned numbers of every stage in one frozen record.

:class:`Settings` gathers the settings record of each stage (the layout roles'
:class:`~pressie.layout.LayoutSettings`, the time grammar's :class:`~pressie.times.TimeSettings`, the quantity finder's
:class:`~pressie.quantities.QuantitySettings`,
the article units' :class:`~pressie.units.UnitSettings`, the event stage's
:class:`~pressie.events.EventSettings`); pass it to :func:`pressie.extract` as
``settings=`` or to the spaCy components' ``settings`` config. The defaults, and what each
number does, are tabled in docs/design.md. Records are immutable: change a value with
:meth:`Settings.replace`::

    >>> import pressie
    >>> s = pressie.Settings().replace(events={"margin": 1.0})
    >>> s.events.margin
    1.0
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

from .events import EventSettings
from .layout import LayoutSettings
from .quantities import QuantitySettings
from .times import TimeSettings
from .units import UnitSettings

__all__ = ["Settings", "EventSettings", "LayoutSettings", "QuantitySettings", "TimeSettings", "UnitSettings"]


@dataclass(frozen=True)
class Settings:
    """The settings of every stage (each has documented defaults)."""

    layout: LayoutSettings = field(default_factory=LayoutSettings)
    times: TimeSettings = field(default_factory=TimeSettings)
    quantities: QuantitySettings = field(default_factory=QuantitySettings)
    units: UnitSettings = field(default_factory=UnitSettings)
    events: EventSettings = field(default_factory=EventSettings)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            expected = f.default_factory  # type: ignore[misc]
            if not isinstance(value, expected):
                raise TypeError(f"Settings.{f.name} must be a {expected.__name__}, not {type(value).__name__}")

    def replace(self, **stages: "Mapping[str, Any] | Any") -> "Settings":
        """A copy with some numbers changed: ``replace(events={"margin": 1.0})`` (a mapping of
        field names to values) or ``replace(events=EventSettings(...))``."""
        changed = {}
        for name, value in stages.items():
            if name not in {f.name for f in fields(self)}:
                raise TypeError(f"Settings has no stage {name!r}; stages: {', '.join(f.name for f in fields(self))}")
            current = getattr(self, name)
            if isinstance(value, Mapping):
                known = {f.name for f in fields(current)}
                unknown = [k for k in value if k not in known]
                if unknown:
                    raise TypeError(f"{type(current).__name__} has no setting {unknown[0]!r}; known: {', '.join(sorted(known))}")
                value = replace(current, **value)
            changed[name] = value
        return replace(self, **changed)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Every stage's numbers by name (for logs and configs)."""
        return {f.name: {g.name: getattr(getattr(self, f.name), g.name) for g in fields(getattr(self, f.name))}
                for f in fields(self)}

    @classmethod
    def from_dict(cls, value: "Mapping[str, Mapping[str, Any]]") -> "Settings":
        """The inverse of :meth:`to_dict`; stages and numbers left out keep their defaults."""
        return cls().replace(**dict(value))
