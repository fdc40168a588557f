"""Text normalisation with an offset map back to the caller's text.

Every extractor matches on the normalised text and reports offsets into the
original. Normalisation folds full-width ASCII (``，（１２``) to half width,
turns the many Unicode spaces into ``' '``, drops zero-width characters and the
``\\r`` of CRLF, replaces other control characters by spaces and, on request,
converts traditional characters to simplified ones character by character
(so the map stays one-to-one there). Chinese punctuation without a half-width
twin (``。、“”《》``) is kept.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import cache


__all__ = ["Normalized", "normalize", "fold"]

_LONE_CR = re.compile(r"\r(?!\n)")

_DELETE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


@cache
def _table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for code in range(0xFF01, 0xFF5F):
        table[code] = code - 0xFEE0
    for ch in _SPACES:
        table[ord(ch)] = 0x20
    for ch in _DELETE:
        table[ord(ch)] = None
    for code in list(range(0x00, 0x09)) + [0x0B, 0x0C] + list(range(0x0E, 0x20)) + [0x7F]:
        table[code] = 0x20
    table[0x2028] = 0x0A
    table[0x2029] = 0x0A
    table[0x0D] = None  # CR: dropped; a lone CR is handled before translate
    # Common look-alikes of Chinese punctuation in scraped text.
    table[0xFF61] = ord("。")  # halfwidth ideographic full stop
    table[0xFF64] = ord("、")
    return table


@cache
def _folder() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    """The table as one character class, a str -> str map, and the class of the deleted characters.

    ``str.translate`` looks up every character in a dict; replacing only the characters that
    occur, each with one ``str.replace`` pass, is several times faster on Chinese text. (No
    replacement is itself replaced: the table maps nothing to a character it changes.)
    """
    table = _table()
    chars = "".join(re.escape(chr(code)) for code in sorted(table))
    replace = {chr(code): "" if to is None else chr(to) for code, to in table.items()}
    deleted = "".join(re.escape(chr(code)) for code in sorted(table) if table[code] is None)
    return re.compile(f"[{chars}]"), replace, re.compile(f"[{deleted}]")


@cache
def _deleted_codes():
    """The code points the table deletes (CR among them), as an array for :func:`_kept_positions`."""
    import numpy as np

    return np.array(sorted(code for code, to in _table().items() if to is None), dtype=np.uint32)


def _kept_positions(work: str) -> array:
    """The positions of the characters of ``work`` that the table keeps, in order: read from the
    text's code points in bulk (one position per character of a UTF-32 encoding), not run by run
    between the deleted characters (a CRLF text has one such run per line)."""
    import numpy as np

    codes = np.frombuffer(work.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    kept = np.flatnonzero(~np.isin(codes, _deleted_codes()))
    index = array("q")
    index.frombytes(kept.astype(np.int64).tobytes())
    return index


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the map from its positions back to ``source``.

    ``index`` is ``None`` when no character was removed (positions are the
    same in both texts); otherwise ``index[i]`` is the source position of
    normalised character ``i`` and ``index[len(text)] == len(source)``.
    """

    text: str
    source: str
    index: array | None = None

    @property
    def identity(self) -> bool:
        """True when the normalised text is the source text itself (nothing to map back)."""
        return self.index is None and self.text == self.source

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text to the source text."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def _hant_table() -> dict[int, int] | None:
    from .hant import char_table

    return char_table()


def normalize(text: str, *, traditional: bool = False) -> Normalized:
    """Normalise ``text`` for matching, keeping a map back to it.

    Args:
        text: the caller's text.
        traditional: also convert traditional characters to simplified ones
            (needs the ``hant`` extra, see ``docs/design.md``).

    Returns:
        A :class:`Normalized` whose ``to_source`` maps spans back.

    >>> n = normalize("３月６日，\\u200b会议")
    >>> n.text
    '3月6日,会议'
    >>> n.to_source(5, 7)
    (6, 8)
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs str, not {type(text).__name__}")
    work, folded = _fold(text, traditional)
    if len(folded) == len(text):
        return Normalized(folded, text, None)
    # The source position of every kept character, and the end of the text.
    index = _kept_positions(work)
    index.append(len(text))
    return Normalized(folded, text, index)


def fold(text: str, *, traditional: bool = False) -> str:
    """The normalised text of ``text`` alone (``normalize(text).text``), without the map back: for
    a look at a text that reports no offsets (the dateline near a page's top).

    >>> fold("３月６日，\\u200b会议\\r\\n")
    '3月6日,会议\\n'
    """
    if not isinstance(text, str):
        raise TypeError(f"fold() needs str, not {type(text).__name__}")
    return _fold(text, traditional)[1]


def _fold(text: str, traditional: bool) -> "tuple[str, str]":
    """``text`` with its lone CRs made line breaks (what the map is read on) and its normalised text."""
    work = text
    if "\r" in work:
        # A lone CR is a line break; the CR of CRLF is dropped by the table.
        work = _LONE_CR.sub("\n", work)
    pattern, replace, _ = _folder()
    folded = work
    for ch in set(pattern.findall(work)):
        folded = folded.replace(ch, replace[ch])
    if traditional:
        hant = _hant_table()
        if hant:
            folded = folded.translate(hant)
    return work, folded
