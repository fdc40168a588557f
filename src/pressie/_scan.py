"""Scans for literal words that give the same spans as a regex alternation of the words, at less
cost: no pattern is compiled per text.

:func:`word_spans` finds the words of a short list (the names a text has given) by
``str.find``; the spans are those of ``finditer`` over an alternation of the words, longest
first: leftmost, the longest word at each start, no two overlapping::

    >>> word_spans("王明和王明华见到王明", ["王明", "王明华"])
    [(0, 2), (3, 6), (8, 10)]
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable

__all__ = ["word_spans", "WordTable", "han_chars", "with_han_class", "compile_stdlib", "compile_like_regex", "stdlib_compiled", "stdlib_form",
           "by_first_character"]

#: The code points where the Han script lives (CJK radicals to the third ideographic plane);
#: tests check that ``regex`` reads no other character as ``\p{Han}``.
HAN_REACH = (0x2E80, 0x40000)


@cache
def han_chars(reach: "tuple[int, int]" = HAN_REACH) -> str:
    r"""The inside of a character class of the standard library's ``re`` (ranges of code points)
    that holds exactly the characters the ``regex`` module reads as ``\p{Han}`` in ``reach``.
    Read from ``regex`` once per process, so the two always agree on the Unicode version.

    >>> bool(re.fullmatch(f"[{han_chars()}]", "城")), bool(re.fullmatch(f"[{han_chars()}]", "a"))
    (True, False)
    """
    import regex

    low, high = reach
    chars = "".join(map(chr, range(low, high)))
    parts = []
    for m in regex.finditer(r"\p{Han}+", chars):
        first, last = chars[m.start()], chars[m.end() - 1]
        parts.append(re.escape(first) if first == last else f"{re.escape(first)}-{re.escape(last)}")
    return "".join(parts)


_HAN_IN_CLASS = re.compile(r"\[(\^?)\\p\{Han\}")


def with_han_class(pattern: str) -> str:
    r"""``pattern`` (``regex`` syntax whose only feature that ``re`` lacks is ``\p{Han}``) for the
    standard library's ``re``: ``\p{Han}`` written out as ranges of code points (:func:`han_chars`),
    so hot scans run on ``re``, several times faster, with the same matches. A ``\p{Han}`` must
    stand alone or open a class (``[\p{Han}、]``).

    >>> re.findall(with_han_class(r"[\p{Han}、]+"), "王明、李华 and 张三")
    ['王明、李华', '张三']
    """
    if "\\P{Han}" in pattern:
        raise ValueError(f"with_han_class: no \\P{{Han}} in {pattern!r}")
    body = han_chars()
    out = _HAN_IN_CLASS.sub(lambda m: "[" + m[1] + body, pattern)
    return out.replace("\\p{Han}", f"[{body}]")


def compile_stdlib(pattern: str, flags: int = 0) -> re.Pattern:
    r"""``pattern`` (``regex`` syntax whose only feature ``re`` lacks is ``\p{Han}``, standing alone or
    opening a class) compiled with the standard library's ``re`` (:func:`with_han_class`). A call
    of ``re`` costs less than one of ``regex``, which lets go of the interpreter's lock at every
    match of a text and takes it back: the patterns tried on every line or every candidate run
    faster on ``re``, with the same matches.

    >>> compile_stdlib(r"[\p{Han}]{2}(?=说)").findall("他说,王明说")
    ['王明']
    """
    try:
        return re.compile(with_han_class(pattern), flags)
    except re.error:
        import regex  # (a possessive or atomic form, read by re only from Python 3.11 on)

        return regex.compile(pattern, flags | regex.V1)


@cache
def regex_space_chars() -> str:
    r"""The inside of a class of ``re`` that holds exactly the characters ``regex`` reads as ``\s``
    (``re``'s own ``\s`` also holds the separators U+001C–U+001F; no space lies beyond the first
    plane)."""
    import regex

    return "".join(re.escape(c) for c in regex.findall(r"\s", "".join(map(chr, range(0x10000)))))


# The escapes of letters that ``re`` reads as ``regex`` (version 0) does: line breaks, tabs,
# and code points written in hexadecimal. (\s is written out; \d, \w, \b and the rest are
# read with other Unicode tables, and stay on ``regex``.)
_SAME_LETTER_ESCAPES = frozenset("ntrfxu")


def stdlib_form(pattern: str) -> "str | None":
    r"""``pattern`` (``regex`` version 0 syntax) rewritten for ``re`` with the same matches, or None
    when it holds what the two read differently or what this rewriting does not follow: ``\p{Han}``
    and ``\s`` are written out as classes (``\p{Han}`` alone or opening a class); an escape of a
    letter other than those of ``_SAME_LETTER_ESCAPES``, a ``[`` inside a class, or a doubled
    ``-&|~`` inside one (set operations of ``regex``'s version 1, warnings of ``re``) give None."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class, class_start = False, -1
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern.startswith("\\p{Han}", i):
                if not in_class:
                    out.append(f"[{han_chars()}]")
                elif i == class_start:
                    out.append(han_chars())
                else:
                    return None
                i += 7
                continue
            nxt = pattern[i + 1:i + 2]
            if nxt == "s":
                out.append(regex_space_chars() if in_class else f"[{regex_space_chars()}]")
                i += 2
                continue
            if not nxt or (nxt.isalnum() and nxt not in _SAME_LETTER_ESCAPES):
                return None
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "[" or (c in "-&|~" and pattern[i + 1:i + 2] == c):
                return None
            if c == "]" and i != class_start:
                in_class = False
        elif c == "[":
            in_class = True
            class_start = i + 2 if pattern[i + 1:i + 2] == "^" else i + 1
        out.append(c)
        i += 1
    return "".join(out)


def compile_like_regex(pattern: str):
    r"""``pattern`` (``regex`` version 0 syntax, as ``regex.compile(pattern)`` reads it) compiled
    with the standard library's ``re`` when ``re`` reads it the same way (:func:`stdlib_form`:
    ``\p{Han}`` and ``\s`` written out), with ``regex`` otherwise: the same matches, and where
    ``re`` takes it, a call that costs less (``regex`` lets go of the interpreter's lock at every
    call and takes it back).

    >>> compile_like_regex(r"[\p{Han}]{2}\s").pattern.startswith("[")
    True
    >>> type(compile_like_regex(r"\w+")).__module__.lstrip("_")
    'regex'
    """
    import regex

    compiled = stdlib_compiled(pattern)
    return compiled if compiled is not None else regex.compile(pattern)


def stdlib_compiled(pattern: str) -> "re.Pattern | None":
    r"""``pattern`` (``regex`` version 0 syntax) compiled with ``re`` when ``re`` reads it the same
    way (:func:`stdlib_form`), else None."""
    form = stdlib_form(pattern)
    if form is not None:
        try:
            return re.compile(form)
        except re.error:
            pass  # (a lookbehind of several widths, a name written (?<name>…): regex reads it)
    return None


def by_first_character(words: Iterable[str]) -> str:
    """An alternation of literal ``words`` for the standard library's ``re`` that tries them in the
    order given (the first that matches wins, as in ``a|b|…``) grouped by their first character:
    ``re`` then skips the places where no word can start at C speed and at the others tries only
    the words of that character, instead of walking the whole list at each.

    >>> by_first_character(["说", "表示", "说道"])
    '说(?:|道)|表(?:示)'
    >>> re.findall(by_first_character(["说", "表示", "说道"]), "他说道,她表示")
    ['说', '表示']
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("by_first_character: a word is empty")
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(re.escape(rest) for rest in group)})"
                    for first, group in rests.items())


def word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``words`` in ``text``: leftmost, the longest word at each
    start, non-overlapping (what ``finditer`` of an alternation of the words, longest first,
    gives). Words must be non-empty."""
    longest: dict[int, int] = {}  # start -> the length of the longest word there
    for word in set(words):
        if not word:
            raise ValueError("word_spans: a word is empty")
        n = len(word)
        at = text.find(word)
        while at >= 0:
            if longest.get(at, 0) < n:
                longest[at] = n
            at = text.find(word, at + 1)
    out: list[tuple[int, int]] = []
    pos = 0
    for start in sorted(longest):
        if start >= pos:
            pos = start + longest[start]
            out.append((start, pos))
    return out


_ONE = (1,)


class WordTable:
    """A list of literal words for scans of short windows by set look-ups: :meth:`overlapped`
    gives the spans that ``finditer(text, lo, hi, overlapped=True)`` of a ``regex`` alternation
    of the words, longest first, gives (at each start the longest word that fits before ``hi``),
    without the cost of a regex call per window.

    >>> WordTable(["城乡", "城乡建设", "建设"]).overlapped("推进城乡建设", 0, 6)
    [(2, 6), (4, 6)]
    >>> WordTable(["城乡", "城乡建设", "建设"]).overlapped("推进城乡建设", 0, 5)
    [(2, 4)]
    """

    __slots__ = ("words", "by_first", "lasts", "lengths")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if "" in self.words:
            raise ValueError("WordTable: a word is empty")
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[0], set()).add(len(word))
        #: The first character of a word -> the lengths of the words it opens, longest first.
        self.by_first = {c: tuple(sorted(ns, reverse=True)) for c, ns in lengths.items()}
        #: The last characters of the words, and their lengths (shortest first).
        self.lasts = frozenset(w[-1] for w in self.words)
        self.lengths = tuple(sorted({len(w) for w in self.words}))

    def overlapped(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """At each start in ``[lo, hi)`` the longest word that ends at or before ``hi``."""
        words = self.words
        if len(self.lengths) == 1:  # words of one length: a word at each start that fits, or none
            n = self.lengths[0]
            return [(p, p + n) for p in range(lo, hi - n + 1) if text[p:p + n] in words]
        out = []
        by_first = self.by_first
        for p, char in enumerate(text[lo:hi], lo):
            if char not in by_first:
                continue
            ns = by_first[char]
            if ns == _ONE:
                out.append((p, p + 1))  # the character is a word, and none longer opens with it
                continue
            for n in ns:
                if p + n <= hi and text[p:p + n] in words:
                    out.append((p, p + n))
                    break
        return out

    def longest(self, text: str, pos: int, hi: "int | None" = None) -> int:
        """The length of the longest word at ``pos`` that ends at or before ``hi`` (the end of the
        text when None), 0 when none: what ``match(text, pos, hi)`` of an alternation of the words,
        longest first, matches.

        >>> WordTable(["城乡", "城乡建设"]).longest("城乡建设", 0), WordTable(["城乡", "城乡建设"]).longest("城乡建设", 0, 3)
        (4, 2)
        """
        if hi is None:
            hi = len(text)
        if pos >= hi:
            return 0
        ns = self.by_first.get(text[pos])
        if ns is not None:
            for n in ns:
                if pos + n <= hi and text[pos:pos + n] in self.words:
                    return n
        return 0

    def longest_ending(self, text: str, lo: int, pos: int) -> int:
        """The length of the longest word that ends at ``pos`` and starts at or after ``lo``, 0 when
        none (``pos`` at most the text's length): where ``search(text, lo, pos)`` of ``(?:words)$``
        starts its match, counted back from ``pos``, when no line break ends the window.

        >>> WordTable(["长", "区长", "副区长"]).longest_ending("任副区长", 0, 4), WordTable(["长", "区长"]).longest_ending("区长", 1, 2)
        (3, 1)
        """
        if pos <= 0 or text[pos - 1:pos] not in self.lasts:
            return 0
        words, lo = self.words, max(lo, 0)
        for n in reversed(self.lengths):
            if pos - n >= lo and text[pos - n:pos] in words:
                return n
        return 0

    def ends_at(self, text: str, lo: int, pos: int) -> bool:
        """True when a word starts in ``[lo, pos)`` and ends at ``pos`` (what an overlapped scan of
        ``text[lo:pos]`` finds exactly when one is in the list)."""
        if pos <= 0 or text[pos - 1:pos] not in self.lasts:  # (``pos`` at most the text's length)
            return False
        words, lo = self.words, max(lo, 0)
        for n in self.lengths:
            if pos - n < lo:
                break
            if text[pos - n:pos] in words:
                return True
        return False
