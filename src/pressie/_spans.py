"""A sorted set of half-open intervals with fast overlap tests (keeps the finders linear)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


class Intervals:
    """Intervals ``[start, end)``; ``overlaps`` and ``contains`` look only at neighbours."""

    __slots__ = ("_items", "_longest")

    def __init__(self, items=()) -> None:
        self._items: list[tuple[int, int]] = sorted(items)
        self._longest = max((e - s for s, e in self._items), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._items, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some interval shares at least one position with ``[start, end)``."""
        items = self._items
        i = bisect_left(items, (start - self._longest, -1))
        while i < len(items) and items[i][0] < end:
            s, e = items[i]
            if s < end and start < e:
                return True
            i += 1
        return False

    def contains(self, start: int, end: int) -> bool:
        """True when one interval holds all of ``[start, end)``."""
        items = self._items
        i = bisect_right(items, (start, 1 << 62))
        j = i - 1
        while j >= 0 and items[j][0] >= start - self._longest:
            s, e = items[j]
            if s <= start and end <= e:
                return True
            j -= 1
        return False

    def __len__(self) -> int:
        return len(self._items)
