"""The one check every settings record runs on its fields (a number of the right kind and range)."""

from __future__ import annotations

import math


def check_number(owner: str, name: str, value: object, *, integer: bool = False,
                 low: float | None = None, high: float | None = None) -> None:
    """Raise ``TypeError`` when ``value`` is not a number (an ``int`` when ``integer``; never a
    bool or NaN) and ``ValueError`` when it lies outside ``[low, high]``; the message names
    ``owner.name``."""
    kind = "an integer" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)) \
            or (isinstance(value, float) and math.isnan(value)):
        raise TypeError(f"{owner}.{name} must be {kind}, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f">= {low}" if high is None else f"within [{low}, {high}]"
        raise ValueError(f"{owner}.{name} must be {kind} {bounds}, not {value!r}")
