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

__all__ = ["available", "char_table"]


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
