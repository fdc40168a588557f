"""Character-bigram similarity of a page's blocks, built once per page (for :mod:`pressie.units`).

Article assembly compares texts that are sums of blocks (an article so far, the paragraphs
under a heading, a floating tail) by the cosine of their character-bigram counts. Every such
dot product is a sum of block-by-block dot products, so the page's blocks are turned into
count vectors once (a bigram is an integer key; one sort of the page's bigram occurrences
gives every block's counts) and, on a page of ordinary size, their Gram matrix (every block's
dot product with every other) is built in one pass over the pairs of blocks that share a
bigram. A profile's blocks are runs of consecutive blocks, so its dot product with a block is
a few differences of that block's row prefix sums, and its squared norm a few rectangles of
the matrix's prefix sums. A longer text (many pages given as one) compares sums of blocks
bigram by bigram instead, as the profiles come (the Gram matrix grows with the square of the
blocks).

The numbers are exact either way: counts are small integers, so every product and partial sum
is an integer far below 2**53 and float64 arithmetic rounds nothing, in whatever order it
adds. A cosine is then the same ``dot / (norm_a * norm_b)`` of the same doubles as summing
``Counter`` products in Python gives, bit for bit, on both paths.

No matrix product is taken (``numpy``'s BLAS threads cost far more than they bring on matrices
this small when the machine is busy): the matrix is a ``bincount`` of the block pairs.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from itertools import chain, repeat
from math import sqrt
from operator import mul
from typing import Iterable, Sequence

import numpy as np
import regex

_NON_HAN = regex.compile(r"[^\p{Han}]")
_SHIFT = 21  # a code point fits in 21 bits: a bigram's key is (first << 21) | second
_MASK = (1 << _SHIFT) - 1
_NON_HAN_LINE = regex.compile(r"[^\p{Han}\n]")

#: Counted blocks up to which a page takes the Gram matrix (it grows with the square of the
#: blocks; a newspaper page has well under a hundred). Speed only: both ways give the same numbers.
DENSE_BLOCKS = 256


class PageGrams:
    """The bigram counts of a page's blocks, for cosines between sums of blocks.

    ``texts`` maps block indices to texts (lines, fewer than 2**21 of them); the bigrams are
    those of the Han characters of a text (non-Han characters dropped). Only the blocks in
    ``counted`` take part in similarity (profiles are sums of them); the bigrams of
    :meth:`keys` and :meth:`page_bigrams` are those of every block. ``dense_blocks``: counted
    blocks up to which the Gram matrix is built (:data:`DENSE_BLOCKS`; the numbers do not
    depend on it).
    """

    __slots__ = ("_row", "_n", "_row_keys", "_row_bigrams", "_page_keys", "_page_rows", "_bounds", "_cols", "_counts", "_shared_col", "_norm2",
                 "_gram", "_shared", "_vectors")  # _gram, _shared: prefix sums (see __init__)

    def __init__(self, texts: "dict[int, str]", counted: "Iterable[int]", dense_blocks: int = DENSE_BLOCKS) -> None:
        counted = [i for i in counted if i in texts]
        chosen = set(counted)
        order = counted + [i for i in texts if i not in chosen]  # counted blocks first: rows 0..n-1
        self._n = n = len(counted)
        rows_total = len(order)
        if rows_total > _MASK:
            raise ValueError(f"a page of at most {_MASK} blocks, not {rows_total}")
        self._row = {i: r for r, i in enumerate(order)}
        # The Han characters of the blocks, one line per block (a block is a line of the page).
        codes = _han_codes([texts[i] for i in order])
        newline = codes == 10
        block_of = np.cumsum(newline)  # lines before a character: its row
        left, right = codes[:-1], codes[1:]
        ok = ~(newline[:-1] | newline[1:])
        # The bigrams in page order (a row's are a stretch: for the few blocks whose bigram sets
        # are asked for) ...
        bigrams, rows = (left[ok] << _SHIFT) | right[ok], block_of[:-1][ok]
        self._row_keys = (bigrams, np.searchsorted(rows, np.arange(rows_total + 1)).tolist())
        self._row_bigrams = bigrams
        # ... and as (bigram key, row) in one integer, sorted once: the runs of equal values are
        # the postings (a bigram in a block, with its count), by bigram, then row.
        occurrence = bigrams << _SHIFT | rows
        occurrence.sort()
        starts = np.flatnonzero(_changes(occurrence))
        counts = np.empty(len(starts), dtype=np.int64)  # each run's length (np.diff with append, cheaper)
        np.subtract(starts[1:], starts[:-1], out=counts[:-1])
        counts[-1:] = len(occurrence) - starts[-1:]
        run = occurrence[starts]
        pkey, prow = run >> _SHIFT, run & _MASK
        self._page_keys, self._page_rows = pkey, prow  # sorted, with repeats (a key once per row that has it)
        # The counted blocks' postings, a column per bigram; a bigram two or more of them have is shared.
        inside = prow < n
        ckey, crow, ccount = pkey[inside], prow[inside], counts[inside].astype(np.float64)
        ccol = np.cumsum(_changes(ckey)) - 1
        df = np.bincount(ccol)
        shared = df[ccol] >= 2
        squares = ccount * ccount
        self._norm2 = np.bincount(crow, weights=squares, minlength=n).tolist()
        self._vectors: dict = {}  # a profile (long pages) -> its summed counts and norm
        if n > dense_blocks:
            # Long pages: each row's postings, for sums of blocks bigram by bigram.
            by_row = np.argsort(crow, kind="stable")
            self._cols, self._counts = ccol[by_row].tolist(), counts[inside][by_row].tolist()
            self._bounds = np.searchsorted(crow[by_row], np.arange(n + 1)).tolist()
            self._shared_col = (df >= 2).tolist()
            self._gram = self._shared = None
            return
        # The Gram matrix over the shared bigrams: every pair of blocks that share a bigram adds
        # the product of their counts (the pairs of each bigram's postings, made in bulk: each
        # unordered pair once, added both ways; a block with itself, the square of its count) ...
        srow, scol, scount = crow[shared], ccol[shared], ccount[shared]  # by column, then row
        one, other = _pairs_above(scol, len(df))
        upper = np.bincount(srow[one] * n + srow[other], weights=scount[one] * scount[other],
                            minlength=n * n).reshape(n, n)
        shared_gram = upper + upper.T + np.diag(np.bincount(srow, weights=scount * scount, minlength=n))
        # ... and a bigram of one block adds its square to that block's norm only.
        alone = ~shared
        own = np.bincount(crow[alone], weights=squares[alone], minlength=n)
        gram = shared_gram + np.diag(own)
        # Its sums over rectangles of rows (runs of consecutive blocks), from its prefix sums, and
        # the shared part's sums over stretches of a row.
        self._gram = np.zeros((n + 1, n + 1))
        self._gram[1:, 1:] = gram.cumsum(axis=0).cumsum(axis=1)
        self._shared = np.zeros((n, n + 1))
        self._shared[:, 1:] = shared_gram.cumsum(axis=1)

    @staticmethod
    def left_key(ch: str) -> int:
        """The part of a bigram's key that its first character makes: the key of the bigram
        ``a + b`` (in :meth:`page_bigrams`) is ``left_key(a) | right_key(b)``."""
        return ord(ch) << _SHIFT

    @staticmethod
    def right_key(ch: str) -> int:
        """The part of a bigram's key that its second character makes (see :meth:`left_key`)."""
        return ord(ch)

    @property
    def dense(self) -> bool:
        """True when the page took the Gram matrix."""
        return self._gram is not None

    def keys(self, i: int) -> "set[int]":
        """The bigram keys of block ``i`` (see :meth:`left_key`; empty for a block not given)."""
        r = self._row.get(i)
        if r is None:
            return set()
        keys, bounds = self._row_keys
        return set(keys[bounds[r]:bounds[r + 1]].tolist())  # (a few blocks are asked: their stretch alone to Python)

    def shared_counts(self, groups: "Sequence[Sequence[int]]", blocks: "Sequence[int]") -> "np.ndarray":
        """Per group of blocks (rows) and block (columns), how many distinct bigrams the block
        has that some block of the group has: ``len(union of keys(g) for g in group & keys(b))``
        (:meth:`keys`), for all of them at once."""
        out_shape = (len(groups), len(blocks))
        keys, bounds = self._row_bigrams, self._row_keys[1]
        parts, owners = [], []
        for g, group in enumerate(groups):
            for i in group:
                r = self._row.get(i)
                if r is not None and bounds[r + 1] > bounds[r]:
                    parts.append(keys[bounds[r]:bounds[r + 1]])
                    owners.append(np.full(bounds[r + 1] - bounds[r], g, dtype=np.int64))
        if not parts or not len(blocks):
            return np.zeros(out_shape, dtype=np.int64)
        # Each group's bigrams once (a key takes 42 bits: the group above them) ...
        both = np.unique(np.concatenate(owners) << (2 * _SHIFT) | np.concatenate(parts))
        owner, key = both >> (2 * _SHIFT), both & ((1 << (2 * _SHIFT)) - 1)
        # ... and the blocks that have each: a stretch of the page's (key, row) postings.
        found = self._page_keys
        lo, hi = np.searchsorted(found, key, "left"), np.searchsorted(found, key, "right")
        size = hi - lo
        at = np.repeat(lo - np.cumsum(size) + size, size) + np.arange(int(size.sum()))
        column = np.full(len(self._row) + 1, -1, dtype=np.int64)  # a row's column among blocks (-1: none)
        for k, i in enumerate(blocks):
            r = self._row.get(i)
            if r is not None:
                column[r] = k
        col = column[self._page_rows[at]]
        inside = col >= 0
        flat = np.repeat(owner, size)[inside] * len(blocks) + col[inside]
        return np.bincount(flat, minlength=out_shape[0] * out_shape[1]).reshape(out_shape)

    def page_bigrams(self, firsts: "Iterable[str]", seconds: "Iterable[str]") -> "set[int]":
        """The keys (:meth:`left_key` | :meth:`right_key`) of the bigrams of a character of
        ``firsts`` and one of ``seconds`` that some block of the page has."""
        lefts = np.fromiter(map(self.left_key, set(firsts)), dtype=np.int64)
        rights = np.fromiter(map(self.right_key, set(seconds)), dtype=np.int64)
        wanted = (lefts[:, None] | rights[None, :]).ravel()
        found = self._page_keys
        if not len(found) or not len(wanted):
            return set()
        at = np.searchsorted(found, wanted).clip(max=len(found) - 1)
        return set(wanted[found[at] == wanted].tolist())

    def counted(self, i: int) -> bool:
        """True when block ``i`` takes part in similarity."""
        r = self._row.get(i)
        return r is not None and r < self._n

    def has_grams(self, blocks: "Iterable[int]") -> bool:
        """True when some counted block among ``blocks`` has a bigram (a non-empty profile)."""
        row, norm2, n = self._row, self._norm2, self._n
        return any((r := row.get(i)) is not None and r < n and norm2[r] > 0 for i in blocks)

    def _rows(self, blocks: "Iterable[int]") -> "list[int]":
        """The rows of the counted blocks among ``blocks``, once each (a sum of blocks counts a block once)."""
        row, n = self._row, self._n
        return list(dict.fromkeys(r for r in map(row.get, blocks) if r is not None and r < n))

    def _counts_of(self, r: int) -> "dict[int, int]":
        """Row ``r``'s bigram counts (by bigram column)."""
        lo, hi = self._bounds[r], self._bounds[r + 1]
        return dict(zip(self._cols[lo:hi], self._counts[lo:hi]))

    def _vector(self, rows: "list[int]") -> Counter:
        """The summed bigram counts of the rows (by bigram column)."""
        total: Counter = Counter()
        for r in rows:
            total.update(Counter(self._counts_of(r)).elements())  # counted in C
        return total

    def _profile(self, profile: "tuple[int, ...]") -> "tuple[Counter, float]":
        """A profile's summed counts and norm, once per profile; a profile that extends a known
        one by a block (a paragraph chain) starts from that one's counts."""
        hit = self._vectors.get(profile)
        if hit is None:
            known = self._vectors.get(profile[:-1]) if len(profile) > 1 else None
            if known is not None and profile[-1] in profile[:-1]:
                vec = known[0]
            elif known is not None:
                vec = known[0].copy()
                vec.update(Counter(self._counts_of(r)).elements() if (r := self._row.get(profile[-1])) is not None
                           and r < self._n else ())
            else:
                vec = self._vector(self._rows(profile))
            values = list(vec.values())
            hit = self._vectors[profile] = (vec, sqrt(sum(map(mul, values, values))))
        return hit

    def cosine(self, a: "Iterable[int]", b: "Iterable[int]") -> float:
        """The bigram cosine of the sums of the counted blocks ``a`` and ``b`` (0.0 when one is empty)."""
        ra, rb = self._rows(a), self._rows(b)
        if not ra or not rb:
            return 0.0
        if self._gram is not None:
            runs_a, runs_b = _runs(ra), _runs(rb)
            na, nb = sqrt(self._area(runs_a, runs_a)), sqrt(self._area(runs_b, runs_b))
            dot = self._area(runs_a, runs_b)
        else:
            va, vb = self._vector(ra), self._vector(rb)
            na, nb = _norm(va), _norm(vb)
            dot = _dot(va, vb)
        if not na or not nb:
            return 0.0
        return dot / (na * nb)

    def _area(self, runs_a: "list[tuple[int, int]]", runs_b: "list[tuple[int, int]]") -> float:
        """The sum of the Gram matrix over the rows of ``runs_a`` and the columns of ``runs_b``."""
        at = self._gram.item  # (Python floats: cheaper than indexing the array cell by cell)
        return float(sum(at(a2, b2) - at(a1, b2) - at(a2, b1) + at(a1, b1) for a1, a2 in runs_a for b1, b2 in runs_b))

    def cosines(self, tails: "Sequence[int]", profiles: "Sequence[Sequence[int]]") -> "dict[int, Sequence[float]]":
        """Per tail (a counted block), its cosines with the profiles (sums of counted blocks),
        indexed like ``profiles``.

        A tail is compared by the bigrams it shares with some other counted block (its other
        bigrams are in no profile that does not hold it) with its whole norm. On a page too
        long for the Gram matrix a cosine is computed when first read."""
        trows = self._rows(tails)
        if self._gram is None:
            return {t: _LazyCosines(self, r, profiles) for t, r in zip(tails, trows)}
        return dict(zip(tails, self._matrix(trows, profiles).tolist()))

    def pair_cosines(self, tails: "Sequence[int]", profiles: "Sequence[Sequence[int]]",
                     tail_of: "np.ndarray", profile_of: "np.ndarray") -> "np.ndarray":
        """The cosines of pairs, pair ``k`` being ``tails[tail_of[k]]`` and
        ``profiles[profile_of[k]]`` (NaN where ``profile_of[k]`` is -1: no profile)."""
        out = np.full(len(tail_of), np.nan)
        has = profile_of >= 0
        if self._gram is None:
            rows = self.cosines(tails, profiles)
            out[has] = [rows[tails[k]][j] for k, j in zip(tail_of[has].tolist(), profile_of[has].tolist())]
        elif has.any():
            out[has] = self._matrix(self._rows(tails), profiles)[tail_of[has], profile_of[has]]
        return out

    def cosine_matrix(self, tails: "Sequence[int]", profiles: "Sequence[Sequence[int]]") -> "np.ndarray":
        """The cosines of the tails (rows) with the profiles (columns), as :meth:`cosines`
        computes them (a page that takes the Gram matrix only)."""
        return self._matrix(self._rows(tails), profiles)

    def _matrix(self, trows: "list[int]", profiles: "Sequence[Sequence[int]]") -> "np.ndarray":
        """The cosines of the rows with the profiles, by the Gram matrix: a profile's rows as runs
        of consecutive rows, its squared norm a sum of rectangles of the Gram matrix and its dot
        product with a row a sum of stretches of that row."""
        if not trows or not profiles:
            return np.zeros((len(trows), len(profiles)))
        # Per run: its profile, its first row, the row after it (every profile with an empty run
        # (0, 0) too, which adds nothing: the prefix sums start with zeros).
        sizes = np.fromiter(map(len, profiles), dtype=np.int64, count=len(profiles))
        get, n = self._row.get, self._n
        rows = np.fromiter(map(get, chain.from_iterable(profiles), repeat(n)), dtype=np.int64, count=int(sizes.sum()))
        owner = np.repeat(np.arange(len(profiles)), sizes)
        inside = rows < n
        key = np.sort(owner[inside] * (n + 1) + rows[inside])
        key = key[_changes(key)]  # by profile, then row, once each
        owner_k, row_k = np.divmod(key, n + 1)
        new_run = np.ones(len(key), dtype=bool)
        new_run[1:] = (owner_k[1:] != owner_k[:-1]) | (row_k[1:] != row_k[:-1] + 1)
        begins = np.flatnonzero(new_run)
        ends = np.append(begins[1:], len(key))[:len(begins)] - 1
        owners = np.concatenate([np.arange(len(profiles)), owner_k[begins]])
        order = np.argsort(owners, kind="stable")
        owner_a = owners[order]
        first_a = np.concatenate([np.zeros(len(profiles), dtype=np.int64), row_k[begins]])[order]
        last_a = np.concatenate([np.zeros(len(profiles), dtype=np.int64), row_k[ends] + 1])[order]
        # Squared norms: every pair of runs of a profile, a rectangle of the prefix sums.
        left, right = _pairs_within(owner_a, len(profiles))
        s = self._gram
        a1, a2, b1, b2 = first_a[left], last_a[left], first_a[right], last_a[right]
        rect = s[a2, b2] - s[a1, b2] - s[a2, b1] + s[a1, b1]
        norm = np.sqrt(np.bincount(owner_a[left], weights=rect, minlength=len(profiles)))
        # Dot products: a tail's shared-bigram row summed over each run.
        prefix = self._shared[trows]
        stretches = prefix[:, last_a] - prefix[:, first_a]
        starts = np.flatnonzero(_changes(owner_a))
        dots = np.add.reduceat(stretches, starts, axis=1)  # tails x profiles
        tnorm = np.sqrt(np.asarray(self._norm2)[trows])
        scale = tnorm[:, None] * norm[None, :]
        out = np.zeros_like(dots)
        np.divide(dots, scale, out=out, where=scale > 0)
        return out


@cache
def _han_table() -> "np.ndarray":
    """Per character of the Basic Multilingual Plane, whether it is Han (``\\p{Han}``, as the
    patterns of pressie read it), and the line feed (kept as the blocks' separator)."""
    table = np.zeros(0x10000, dtype=bool)
    for m in regex.finditer(r"\p{Han}+", "".join(map(chr, range(0x10000)))):
        table[m.start():m.end()] = True
    table[10] = True
    return table


def _han_codes(texts: "list[str]") -> "np.ndarray":
    """The code points of the texts' Han characters, each text's followed by a line feed but the
    last's (a text that holds a line feed itself is read with the pattern)."""
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if joined.count("\n") != len(texts) - 1:
        codes = np.frombuffer("\n".join([_NON_HAN.sub("", t) for t in texts]).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    elif len(codes) and codes.max() >= 0x10000:  # beyond the plane: the pattern
        codes = np.frombuffer(_NON_HAN_LINE.sub("", joined).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    else:
        codes = codes[_han_table()[codes]]
    return codes.astype(np.int64)


def _changes(values: "np.ndarray") -> "np.ndarray":
    """Where a sorted array takes a new value (True at its first item)."""
    out = np.empty(len(values), dtype=bool)
    if len(values):
        out[0] = True
        np.not_equal(values[1:], values[:-1], out=out[1:])
    return out


def _runs(rows: "list[int]") -> "list[tuple[int, int]]":
    """Rows as runs of consecutive rows ``(first, after last)``."""
    out: list[tuple[int, int]] = []
    for r in sorted(set(rows)):
        if out and out[-1][1] == r:
            out[-1] = (out[-1][0], r + 1)
        else:
            out.append((r, r + 1))
    return out


def _pairs_above(owner: "np.ndarray", groups: int) -> "tuple[np.ndarray, np.ndarray]":
    """Every pair of items of the same group (items sorted by group) once, the first item before
    the second: two index arrays (:func:`_pairs_within` without an item with itself or a pair
    reversed)."""
    idx = np.arange(len(owner))
    after = np.cumsum(np.bincount(owner, minlength=groups))[owner] - idx - 1  # the items after each one in its group
    first = np.cumsum(after) - after  # where each one's pairs start
    left = np.repeat(idx, after)
    right = left + 1 + np.arange(len(left)) - np.repeat(first, after)
    return left, right


def _pairs_within(owner: "np.ndarray", groups: int) -> "tuple[np.ndarray, np.ndarray]":
    """Every ordered pair of items of the same group (items sorted by group): two index arrays."""
    sizes = np.bincount(owner, minlength=groups)
    size = sizes[owner]  # the items of each one's group ...
    start = (np.cumsum(sizes) - sizes)[owner]  # ... and where they start
    left = np.repeat(np.arange(len(owner)), size)
    right = np.repeat(start - np.cumsum(size) + size, size) + np.arange(int(size.sum()))
    return left, right


def _norm(counts: "dict[int, int]") -> float:
    values = list(counts.values())
    return sqrt(sum(map(mul, values, values)))


def _dot(a: "dict[int, int]", b: "dict[int, int]") -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0))))


class _LazyCosines:
    """A tail's cosines with some profiles, each computed when first read (long pages)."""

    __slots__ = ("grams", "vector", "norm", "profiles", "done")

    def __init__(self, grams: PageGrams, row: int, profiles: "Sequence[tuple[int, ...]]") -> None:
        self.grams, self.profiles = grams, profiles
        shared = grams._shared_col
        self.vector = {c: v for c, v in grams._counts_of(row).items() if shared[c]}
        self.norm = sqrt(grams._norm2[row])
        self.done: dict[int, float] = {}

    def __getitem__(self, j: int) -> float:
        cos = self.done.get(j)
        if cos is None:
            vec, norm = self.grams._profile(self.profiles[j])
            cos = _dot(self.vector, vec) / (self.norm * norm) if self.norm and norm else 0.0
            self.done[j] = cos
        return cos
