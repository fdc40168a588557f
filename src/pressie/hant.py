"""Traditional → simplified conversion, one character to one character.

pressie keeps offsets exact through normalisation, so only the
character-to-character part of a converter can be used: phrase conversions
that change the length are left out. The table is built from the ``hant``
extra (``opencc-purepy``, pure Python, maintained) on first use and cached
for the life of the process; without the extra the conversion is a no-op and
:func:`available` says so.
"""

from __future__ import annotations

from functools import cache

#: Share of the CJK characters of a text that only traditional script uses above which it looks traditional.
#: Simplified news texts stay below 1% (rare characters of names); traditional texts are at 20–50%.
_TRADITIONAL_SHARE = 0.1
_MIN_TRADITIONAL = 5

__all__ = ["available", "char_table", "looks_traditional"]


@cache
def char_table() -> dict[int, int]:
    """A ``str.translate`` table of traditional → simplified single characters.

    Raises:
        ImportError: when the ``hant`` extra is not installed.
    """
    try:
        from opencc_purepy import OpenCC  # type: ignore[import-not-found]
    except ImportError:
        raise ImportError("traditional=True needs the 'hant' extra: pip install 'pressie[hant]' (opencc-purepy)") from None
    converter = OpenCC("t2s")
    table: dict[int, int] = {}
    # CJK Unified Ideographs and Extension A cover the characters newspapers use.
    for code in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)):
        ch = chr(code)
        out = converter.convert(ch)
        if len(out) == 1 and out != ch:
            table[code] = ord(out)
    return table


def available() -> bool:
    """True when a converter is installed (``pip install 'pressie[hant]'``)."""
    try:
        return bool(char_table())
    except ImportError:
        return False


@cache
def _traditional_only(ch: str) -> bool:
    """A character of Big5 (the traditional-character standard) that GB2312 (the simplified one) lacks."""
    try:
        ch.encode("gb2312")
        return False
    except UnicodeEncodeError:
        pass
    try:
        ch.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def looks_traditional(text: str, *, sample: int = 5000) -> bool:
    """True when ``text`` (its first ``sample`` characters) is written in traditional characters.

    A character counts as traditional when the Big5 standard has it and the
    simplified GB2312 standard does not (會, 議, 區, 們 …); the text looks
    traditional when at least 10% of its CJK characters (and at least 5) are.
    Needs no extra: it is how ``pressie extract`` hints at ``--traditional``.

    >>> looks_traditional("區委書記主持會議，與會人員討論了這項工作。"), looks_traditional("区委书记主持会议。")
    (True, False)
    """
    cjk = traditional = 0
    for ch in text[:sample]:
        if "\u4e00" <= ch <= "\u9fff":
            cjk += 1
            traditional += _traditional_only(ch)
    return traditional >= _MIN_TRADITIONAL and traditional >= _TRADITIONAL_SHARE * cjk
