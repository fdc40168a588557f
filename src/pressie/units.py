"""Article units: group a page's blocks into articles and stitch continuations back.

Page text comes in layout order, not reading order: an article's tail can land
several blocks later, sometimes repeating a few words of its head, sometimes
with text lost. :func:`assemble_units` first groups blocks (a run of heading
blocks opens an article; bylines and body blocks follow it; a captioned photo
is its own unit, with a headline right before it; section names and slogans
are furniture), then decides for every body block that does not open an
article which block it continues, by a scored assignment over all
candidates (overlap between a head's end and the tail's start, whether the
head ends mid-sentence and the tail starts mid-sentence, quote balance,
shared names, adjacency, distance) taken best-first, not first-come.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from dataclasses import dataclass, fields, replace

import re

from ._checks import check_number
from ._scan import compile_stdlib
from .layout import blank_before, end_class, is_box_label, is_item, is_item_credit, numbered_items, start_class
from .lexicon import in_sorted
from .people import person_lexicon
from .vocabulary import Vocabulary
from .records import Article, Block, Link, Span
from .remap import record_builder

__all__ = ["assemble_units", "single_article", "looks_like_page", "overlap", "UnitSettings"]

_MIN_OVERLAP = 4


@dataclass(frozen=True, slots=True)
class UnitSettings:
    """The tuned numbers of article assembly: the score of a continuation link between a body
    block that ends an article's visible text (the head) and a floating block (the tail), the
    assignment of tails to heads, and the evidence that a heading run is a section heading
    inside the article above it rather than a new article's head.

    Pass one to :func:`assemble_units` as ``settings=`` (``None``: these defaults, tuned on the
    dev gold). Link score terms are added up per (tail, head) pair; a pair above
    ``min_link_score`` is a candidate, and the candidates are assigned with the largest total.
    """

    # -- Candidates ------------------------------------------------------------------------
    #: Blocks at most between a head and its tail (a tail lands on the same page as its head;
    #: keeps huge inputs linear).
    max_link_distance: int = 80
    #: Floating blocks in one group of competing candidates up to which the links are an exact
    #: maximum-weight matching; a larger group takes the best-first (greedy) assignment.
    max_matched_tails: int = 64
    #: A candidate below or at this score is dropped (before and after the relative topic cue).
    min_link_score: float = 0.4
    #: A link's confidence is its score over this, capped at 1.
    confidence_scale: float = 8
    #: Paragraphs followed up a chain (or down a link chain) to find the article a block belongs to.
    max_chain: int = 50

    # -- Link score: the seam ----------------------------------------------------------------
    #: The head's end repeated at the tail's start counts from this many characters.
    min_overlap: int = 4
    #: From this many repeated characters the repeat is the layout's (a long overlap) ...
    long_overlap: int = 6
    #: ... scoring this much ...
    long_overlap_score: float = 6
    #: ... plus one per this many repeated characters ...
    overlap_chars_per_point: float = 20
    #: ... counted up to this many characters.
    overlap_cap: int = 60
    #: A shorter repeat may be a common phrase ("专项行动。").
    short_overlap_score: float = 2
    #: A head ending in 、,;: and a tail opening with punctuation cannot meet.
    two_punctuation: float = -5
    #: A head cut mid-sentence (open_strong) and a tail that opens mid-sentence.
    cut_strong_mid: float = 4
    #: A head cut mid-sentence (open_strong) and a tail that opens like news.
    cut_strong_lead: float = 0.5
    #: A head cut mid-sentence (open_strong) and any other tail.
    cut_strong_other: float = 3.2
    #: A head that ends without closing punctuation (open), by how the tail starts.
    cut_open: tuple[tuple[str, float], ...] = (("particle", 4), ("punct", 4), ("clause", 3), ("quote_close", 3),
                                               ("normal", 1.5), ("lead", -3))
    #: A closed head and the paragraph right below it that opens a sentence.
    next_paragraph: float = 2.5
    #: ... unless the paragraph opens like dated news and shares almost nothing with the head's
    #: article (below ``unrelated_similarity``): the next article without a headline.
    new_dated_opening: float = -1.0
    #: Bigram cosine below which a dated opening is unrelated to the head's article.
    unrelated_similarity: float = 0.05
    #: A closed head and a tail away from it that opens mid-sentence (no overlap).
    mid_sentence_tail: float = 1.0
    #: A closed head and a tail that opens like news: an opening continues nothing.
    opening_lead: float = -3
    #: A head ending in a title ("…镇副主任科员") and a tail that does not open with a surname.
    title_without_name: float = -5
    #: The head's last and the tail's first character make a word seen elsewhere on the page.
    boundary_word_weight: float = 1.5
    #: The head ends inside an open quote and the tail closes it.
    open_quote_closed: float = 2
    #: The head ends inside an open quote and the tail does not close it.
    open_quote_left: float = -1
    #: The tail opens with a closing quote that no head opened (no overlap).
    stray_closing_quote: float = -1

    # -- Link score: topic and place -----------------------------------------------------------
    #: Times the character-bigram cosine between the tail and its head's article.
    similarity_weight: float = 10.0
    #: Added to a plausible link in proportion to its similarity over the tail's best similarity
    #: among all its candidate heads (a short tail shares few bigrams with anything, but most with
    #: its own article).
    relative_similarity_weight: float = 3.0
    #: The same on a page in reading order, where the paragraph above is the likelier head.
    reading_order_relative: float = 1.5
    #: A head cut mid-sentence with the tail right below it.
    cut_right_below: float = 0.7
    #: ... and the head ends in a colon ("居民韩桂兰:" over her words).
    label_right_below: float = 2.5
    #: ... and the tail opens mid-sentence (the commonest layout).
    mid_sentence_right_below: float = 1.5
    #: Per bigram of the head's headline found in the tail ...
    headline_word_weight: float = 0.4
    #: ... counted up to this many bigrams.
    headline_words_max: int = 3
    #: Per person name the tail shares with the head's article ...
    shared_name_weight: float = 1.0
    #: ... counted up to this many names.
    shared_names_max: int = 2
    #: Taken off per block between the head and the tail.
    distance_weight: float = 0.03
    #: The tail right below the head (the next body block), on a page in reading order.
    reading_order_adjacent: float = 1.0
    #: The tail right below the head on any other page.
    adjacent: float = 0.3
    #: A tail away from the head that opens like dated news.
    dated_opening_away: float = -2
    #: A tail that opens like dated news and closes with its author's credit, with no overlap: a
    #: brief, whole in one block.
    credited_brief: float = -3
    #: A jump line "(下转第二版)" paired with "(上接第一版)" (less ``distance_weight`` per block).
    jump_link: float = 12.0
    #: Cut lines longer than this are the layout's (a shorter unpunctuated line is a whole one):
    #: see :func:`in_reading_order`.
    cut_line_min: int = 30

    # -- Section headings inside an article (:func:`_section_evidence`) ---------------------------
    #: The character-bigram cosine between a heading run's first paragraphs and the article
    #: above it at which the topic cue is zero (above it the run leans to a section).
    subhead_similarity: float = 0.34
    #: An article that already has a section heading takes the next one as if this were the zero point.
    subhead_similarity_after_subhead: float = 0.2
    #: Times the cosine (less the zero point) in the topic cue.
    section_similarity_weight: float = 10
    #: Paragraphs under a heading run compared with the article above it.
    section_sample: int = 3
    #: Blocks above a heading run at most that stand for the article it may belong to (keeps long
    #: inputs linear); also the article's last section headings looked at for their shape.
    section_context: int = 40
    #: For or against a section heading of the same shape as the article's last one.
    shape_weight: float = 1.5
    #: For a section when the article above carries its byline under its head and the run carries none.
    credited_section: float = 2.0
    #: On a text that separates articles by blank lines: a blank line before the run (against) ...
    blank_before_run: float = -4.0
    #: ... or none (for).
    no_blank_before_run: float = 3.0
    #: The paragraph under the run opens like news ("本报北京5月5日电").
    news_opening: float = -6.0
    #: A headline with its deck ("——追记…").
    deck: float = -4.5
    #: A column tag naming a box of the article above ("(记者手记)").
    box_tag: float = 3.0
    #: Any other column tag ("(现场)").
    column_tag: float = -2.0
    #: The article above closed with its credit, or a furniture line stands before the run.
    closed_above: float = -3.0
    #: The run's story ends with its own byline.
    own_credit: float = -2.0
    #: The paragraph above ends with a colon ("…副主任宋立强:").
    colon_above: float = 3.0
    #: A numbered heading ("一、", "(二)").
    numbered: float = 3.0
    #: On a page that indents its paragraphs and sets the head of the article above flush: for a
    #: section when every line of the run is indented like the text it heads, against when every
    #: line is set flush like that head (a headline).
    indent_contrast: float = 3.0
    #: The article above has a summary box (核心阅读, 开栏的话) and goes on in sections.
    boxed_feature: float = 2.0

    # -- Pages ------------------------------------------------------------------------------
    #: Heading runs between body paragraphs from which a text reads as a page: one article's
    #: in-text subheads are rarely more than two, a page of several headed articles has more
    #: (:func:`looks_like_page`).
    page_heading_runs: int = 3
    #: Items of a multi-item column (◆…, numbered stories), captioned photos (outnumbering the
    #: paragraphs) or photo credit lines that make a text a page of several units (a news-brief
    #: column, a photo page) rather than one article.
    page_units_min: int = 2

    def __post_init__(self) -> None:
        # A JSON round trip gives lists: keep the record hashable and equal to what it was.
        object.__setattr__(self, "cut_open", tuple((str(k), v) for k, v in self.cut_open))
        counts = ("max_link_distance", "max_matched_tails", "max_chain")
        for f in fields(self):
            value = getattr(self, f.name)
            for v in ([v for _, v in value] if f.name == "cut_open" else [value]):
                check_number("UnitSettings", f.name, v, integer=f.name in counts, low=1 if f.name in counts else None)


_DEFAULTS = UnitSettings()

#: Make the records of the assembled articles as their types do, faster (see record_builder).
_span, _link, _article_record = record_builder(Span), record_builder(Link), record_builder(Article)

# A byline that opens an article; a photo credit ("■ 摄影 记者 …", "图/…") closes one.
_OPENING_BYLINE = compile_stdlib(r"^\s*[□■◎○★☆◇△▲◆●](?!\s*(?:摄影|图片|图/|图:|图：))|本报(?!.{0,6}摄)|本网|本台|融媒体记者|全媒体记者")
_HAN_CHAR = compile_stdlib(r"\p{Han}")
_OPEN_PUNCT = frozenset("、,，;；:：")
_NAME = compile_stdlib(r"[\p{Han}]{2,4}(?=(?:说|表示|强调|指出|要求|介绍))")


def overlap(head: str, tail: str, *, minimum: int = _MIN_OVERLAP) -> int:
    """Length of the longest suffix of ``head`` that ``tail`` starts with (0 below ``minimum``).

    >>> overlap("……统筹推进春耕生产。", "推进春耕生产。据悉")
    7
    """
    limit = min(len(head), len(tail))
    best = 0
    # Check from the longest possible overlap down; stop at the first hit.
    start_char = tail[:1]
    if not start_char:
        return 0
    pos = head.find(start_char, len(head) - limit)
    while pos != -1:
        length = len(head) - pos
        if length >= minimum and tail.startswith(head[pos:]):
            best = length
            break
        pos = head.find(start_char, pos + 1)
    return best


_LAST_SENTENCE = compile_stdlib(r"[。！？!?][”’」』]?(?P<rest>[^。！？!?]{1,15})$")


def _end_class(text: str, names, *, vocabulary: "Vocabulary | None" = None, ec: "str | None" = None) -> str:
    """:func:`pressie.layout.end_class` (``ec`` when known), except that a paragraph ending in an
    author's line ("…确保安全稳定。东湖县石桥镇李平") is complete although no punctuation closes it."""
    if ec is None:
        ec = end_class(text, vocabulary=vocabulary)
    if ec != "closed":
        # The match starts at the last stop, at most 17 characters from the end: search only there.
        m = _LAST_SENTENCE.search(text.rstrip()[-17:])
        if m and (any(m["rest"].endswith(name) for name in names) or _author_line(vocabulary=vocabulary).fullmatch(m["rest"].strip())):
            return "closed"
    return ec


@cache
def _author_line(*, vocabulary: "Vocabulary | None" = None) -> re.Pattern:
    """A unit and a person's name, the author's line at an article's end (东湖县石桥镇李平)."""
    lex = person_lexicon(vocabulary)
    single, double = sorted(lex["single"]), sorted(lex["compound"])
    return compile_stdlib(r"\p{Han}{1,10}(?:县|市|区|镇|乡|街道|办|局|委|中心|社区|村|站|所|院|队)"
                         rf"(?:[{''.join(single)}]|{'|'.join(double)})\p{{Han}}{{1,2}}")


# "…受到群众欢迎。(张敏)", "…(通讯员 李华 王强)": an author's credit closing an article.
_CLOSING_CREDIT = compile_stdlib(r"[。！？!?”][(（]\s*(?:通讯员|记者)?\s*\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,3}\s*[)）]\s*$")
#: The words of a jump line out ("(下转第二版)"): a text without one ends in no jump line.
_JUMP_OUT_WORDS = ("下转", "转第", "转下", "续见")
_JUMP_OUT = compile_stdlib(rf"[(（]?\s*(?:{'|'.join(_JUMP_OUT_WORDS)})[^()（）\n]{{0,8}}版?\s*[)）]?\s*$")
#: The words of a jump line in ("(上接第一版)"): a text without one opens with no jump line.
_JUMP_IN_WORDS = ("上接", "接上", "紧接", "接第")
_JUMP_IN = compile_stdlib(rf"^\s*[(（]?\s*(?:{'|'.join(_JUMP_IN_WORDS)})[^()（）\n]{{0,8}}版?\s*[)）]?")


def _jump_out(text: str) -> "re.Match | None":
    """The jump line out that ends ``text`` (:data:`_JUMP_OUT`), searched for only in a text that
    holds one of its words (the pattern, anchored at the end, would be tried at every character)."""
    return _JUMP_OUT.search(text) if any(map(text.__contains__, _JUMP_OUT_WORDS)) else None


def _jump_in(text: str) -> "re.Match | None":
    """The jump line in that opens ``text`` (:data:`_JUMP_IN`), tried only on a text that holds
    one of its words (a look for a word costs a fraction of a call of the pattern)."""
    return _JUMP_IN.match(text) if any(map(text.__contains__, _JUMP_IN_WORDS)) else None


def _quote_open(text: str) -> bool:
    """True when the text ends inside an open “quote”."""
    return text.rfind("“") > text.rfind("”")


class _Unit:
    __slots__ = ("blocks", "kind", "heads", "body", "byline", "subheads")

    def __init__(self, kind: str = "article") -> None:
        self.blocks: list[int] = []
        self.kind = kind
        self.heads: dict[str, int] = {}
        self.body: list[int] = []
        self.byline: list[int] = []
        self.subheads: list[int] = []


_NUMBERED = compile_stdlib(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、．](?![0-9]))")


#: A headline that names its column in brackets at its end (…(现场), …(2020春运一线)) heads an article.
_COLUMN_TAG = compile_stdlib(r"[(（][^()（）\n]{2,16}[)）]\s*$")
_CREDIT_END = compile_stdlib(r"(?:本报|特约)?(?:记者|通讯员)\s*[\p{Han}·]{1,4}(?:\s+[\p{Han}·]{1,4}){0,4}\s*$"
                            r"|[(（]\s*(?:作者|记者|通讯员|本报记者)[^()（）\n]{1,30}[)）]\s*$")


def _ends_in_credit(text: str) -> bool:
    """True when an author's credit closes the text ("…本报记者 张三", "…(记者 李四)", "…的环境。(曾旭)").

    Both patterns end with a closing bracket, a Han character or a "·" before white space at the
    text's end: a text that ends otherwise (most end with a full stop) is not searched."""
    last = text.rstrip()[-1:]
    if last and last in ")）":
        return bool(_CREDIT_END.search(text) or _CLOSING_CREDIT.search(text))
    return (last == "·" or _HAN_CHAR.match(last) is not None) and _CREDIT_END.search(text) is not None


_HEAD_ROLES = frozenset({"headline", "overline", "kicker", "subtitle"})


def _indented(text: str) -> bool:
    """True when a line opens with white space (a paragraph's indent)."""
    return text[:1].isspace()


def _section_evidence(prev: _Unit, u: _Unit, heads: list[int], by_index, grams, blanks: frozenset[int],
                      ends_in_credit, boxes: "set[int]", settings: UnitSettings = _DEFAULTS, *, vocabulary: "Vocabulary | None" = None,
                      flush_heads: bool = True) -> float:
    """Evidence that a heading run ``heads`` (opening unit ``u``) is a section heading inside the
    article ``prev`` (positive) rather than a new article's head (negative), summed over cues."""
    s = settings
    first = min(u.blocks)
    score = 0.0
    if blanks:
        # A text that separates articles by blank lines.
        score += s.blank_before_run if first in blanks else s.no_blank_before_run
    lead = bool(u.body) and start_class(by_index[u.body[0]].text, vocabulary=vocabulary) == "lead"
    if lead:
        score += s.news_opening  # "本报北京5月5日电": a news opening
    elif any(i < min(prev.body) for i in prev.byline):
        score += s.credited_section  # the article above is credited at its head; this run has no credit
    if any(by_index[i].text.lstrip().startswith(("——", "—")) for i in heads):
        score += s.deck  # a headline with its deck (——追记…): an article's head
    tags = [m for m in (_COLUMN_TAG.search(by_index[i].text) for i in heads) if m]
    if any(is_box_label(m[0].strip()[1:-1], vocabulary=vocabulary) for m in tags):
        score += s.box_tag  # "办实事要办到心坎上(记者手记)": a box of the article above
    elif tags:
        score += s.column_tag  # "谋发展要稳中求进(现场)"
    before = by_index.get(first - 1)
    if before is not None and (before.role in ("byline", "furniture", "section") or ends_in_credit(before.text)):
        score += s.closed_above  # the article above closed with its credit
    if _closes_with_credit(u, by_index, ends_in_credit):
        score += s.own_credit  # a story that ends with its own byline
    if before is not None and before.role == "body" and before.text.rstrip()[-1:] in ":：":
        score += s.colon_above  # "…副主任宋立强:" over the words that follow
    if any(_NUMBERED.match(by_index[i].text) for i in heads):
        score += s.numbered
    above_head = next((i for i in prev.blocks if i not in prev.body and i not in prev.byline and i not in prev.subheads), None)
    if flush_heads and u.body and above_head is not None and not _indented(by_index[above_head].text) \
            and _indented(by_index[u.body[0]].text):
        indented = sum(_indented(by_index[i].text) for i in heads)
        if indented == len(heads):
            score += s.indent_contrast  # set like the text it heads, unlike the article's own head
        elif not indented:
            score -= s.indent_contrast  # set like the article's own head
    if prev.subheads:
        # It has sections already.
        score += s.section_similarity_weight * (s.subhead_similarity - s.subhead_similarity_after_subhead)
        if any(i in boxes for i in prev.subheads):
            score += s.boxed_feature  # a feature with a summary box (核心阅读, 开栏的话) goes on in sections
        runs = _sections(prev, boxes, s.section_context)
        last = runs[-1] if runs else []
        if len(runs) >= 2:
            # The same shape as the article's last section heading (减 负 / 激 励), or another.
            score += s.shape_weight if _shape(heads, by_index) == _shape(last, by_index) else -s.shape_weight
    if u.body:
        # The article above as the page shows it (its unit and the paragraphs down to this run) and
        # the first paragraphs under the run.
        context = range(max(min(prev.blocks), first - s.section_context), first)
        below = []
        for i in range(u.body[0], min(u.body[0] + s.section_sample, len(by_index))):
            if i in by_index and by_index[i].role != "body":
                break
            below.append(i)
        score += s.section_similarity_weight * (grams.cosine(below, context) - s.subhead_similarity)
    return score


def _shape(heads: list[int], by_index) -> tuple:
    """The shape of a heading run: per line, whether it ends with a dash (民政干部刘长江——)."""
    return tuple(by_index[i].text.rstrip().endswith(("—", "-")) for i in heads)


def _sections(prev: _Unit, boxes: "set[int]", context: int) -> list[list[int]]:
    """The runs of consecutive section headings among an article's last ``context`` ones (box labels aside)."""
    runs: list[list[int]] = []
    for i in sorted(prev.subheads)[-context:]:
        if i in boxes:
            continue
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _closes_with_credit(u: _Unit, by_index, ends_in_credit) -> bool:
    last = max(u.blocks)
    b = by_index[last]
    return b.role == "byline" or (b.role == "body" and ends_in_credit(b.text))


def _merge_subheads(units: list[_Unit], by_index, grams, blanks: frozenset[int] = frozenset(),
                    settings: UnitSettings = _DEFAULTS, *, vocabulary: "Vocabulary | None" = None) -> list[_Unit]:
    """Units whose heading run is a section of the article before them (:func:`_section_evidence`
    at least 0) merged into it, their headings marked as its subheads."""
    out: list[_Unit] = []
    boxes = {i for i, b in by_index.items() if b.role == "subhead" and is_box_label(b.text, vocabulary=vocabulary)}
    # Indentation tells a section from a headline only on a page that sets some head flush besides
    # its first line (whose indent a copy may have lost).
    first = min(by_index, default=0)
    flush_heads = any(b.role in _HEAD_ROLES and not _indented(b.text) for i, b in by_index.items() if i != first)
    for u in units:
        prev = out[-1] if out else None
        heads = [i for i in u.blocks if i not in u.body and i not in u.byline]
        if (prev is not None and prev.kind == "article" and prev.body and u.kind == "article" and heads
                and "kicker" not in u.heads and not u.byline and u.body and max(prev.blocks) < min(u.blocks)
                and _section_evidence(prev, u, heads, by_index, grams, blanks, _ends_in_credit, boxes, settings, vocabulary=vocabulary,
                                      flush_heads=flush_heads) >= 0):
            prev.blocks.extend(u.blocks)
            prev.body.extend(u.body)
            prev.subheads.extend(heads)
            continue
        out.append(u)
    return out


def _group(blocks: list[Block], *, vocabulary: "Vocabulary | None" = None) -> tuple[list[_Unit], list[int], list[int], list[int]]:
    """First grouping: units, furniture, the body blocks that may continue another block, and
    subheads whose article is decided once the body blocks are linked."""
    units: list[_Unit] = []
    furniture: list[int] = []
    floating: list[int] = []  # body blocks that do not open an article
    loose: list[int] = []  # subheads
    items = numbered_items(blocks, vocabulary=vocabulary)  # stories of a numbered package: units of their own
    current: _Unit | None = None
    pending: _Unit | None = None  # headings seen, body not yet
    for k, b in enumerate(blocks):
        role = b.role
        if role in ("section", "furniture"):
            furniture.append(b.index)
            current = None if pending is None else current
            continue
        if role in ("overline", "kicker", "headline", "subtitle"):
            # A head of several overlines (人物 / 引题 / 标题) or several decks under its headline.
            stacked = pending is not None and not pending.body and (
                (role == "overline" and "headline" not in pending.heads) or role == "subtitle")
            if pending is None or (role in ("overline", "kicker") and "headline" in pending.heads) \
                    or (role in pending.heads and not stacked):
                pending = _Unit()
                units.append(pending)
            pending.heads.setdefault(role, b.index)
            pending.blocks.append(b.index)
            current = pending
            continue
        if role == "subhead":
            if pending is not None and not pending.body:
                pending.subheads.append(b.index)  # a photo line between the headline and the text
                pending.blocks.append(b.index)
            else:
                loose.append(b.index)
            continue
        if role == "byline":
            prev = blocks[k - 1] if k > 0 else None
            alone = k < 2 or blocks[k - 2].role in ("section", "furniture", "byline", "caption")  # (no text above it)
            if prev is not None and pending is None and floating and floating[-1] == prev.index and alone \
                    and is_item_credit(b.text, vocabulary=vocabulary):
                # A photo's caption on a line of its own, its credit on the next ("…。" / "李明 摄"):
                # a captioned photo, not the opening of an article.
                photo = _Unit("photo")
                photo.body.append(floating.pop())
                photo.byline.append(b.index)
                photo.blocks += [prev.index, b.index]
                units.append(photo)
                current = None
                continue
            # A byline belongs to the headings before it; after body text it opens a new article
            # when body text follows it, and closes the article before it otherwise.
            target = pending
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            follows = nxt is not None and nxt.role == "body" and nxt.index not in items
            # An article's text opens a sentence; a tail cut mid-sentence below a credit opens nothing.
            opening = follows and start_class(nxt.text, vocabulary=vocabulary) not in _MID \
                and (bool(_OPENING_BYLINE.search(b.text)) or start_class(nxt.text, vocabulary=vocabulary) in ("lead", "weak_lead"))
            if target is None and not opening and not (units and units[-1].kind == "photo" and b.index - 1 in units[-1].blocks):
                loose.append(b.index)  # a closing credit: it goes with the paragraph before it
                continue
            if target is None and units and units[-1].kind == "photo" and b.index - 1 in units[-1].blocks:
                target = units[-1]  # a photo credit on its own line ("殷小晴 摄")
            if target is None:
                target = _Unit()
                units.append(target)
                current = pending = target  # a byline opens an article without a headline
            target.byline.append(b.index)
            target.blocks.append(b.index)
            continue
        if role == "caption":
            unit = pending if pending is not None and not pending.body and "headline" in pending.heads else _Unit()
            if unit is not pending:
                units.append(unit)
            unit.kind = "photo"
            unit.body.append(b.index)
            unit.blocks.append(b.index)
            pending = None
            current = None
            continue
        # body
        if (is_item(b.text, vocabulary=vocabulary) or b.index in items) \
                and not (pending is not None and not pending.body and "headline" in pending.heads):
            brief = _Unit("brief")  # an item of a multi-item column: a unit of its own
            brief.body.append(b.index)
            brief.blocks.append(b.index)
            units.append(brief)
            current, pending = brief, None
            continue
        if pending is not None:
            pending.body.append(b.index)
            pending.blocks.append(b.index)
            current, pending = pending, None
            continue
        floating.append(b.index)
    return units, furniture, floating, loose


class _PageFeatures:
    """What assembling a page's articles needs, computed once per page by :func:`_page_features`:
    the first grouping, the blocks' character bigrams (:class:`pressie._unitsim.PageGrams`), the
    facts about every body block that may head a continuation (:class:`_Heads`) and every
    floating block that may be a tail (:class:`_Tail`)."""

    __slots__ = ("by_index", "units", "furniture", "floating", "loose", "unit_of", "grams", "unit_grams",
                 "segment", "segment_start", "body_blocks", "prev_body", "heads", "tails")


def _page_features(blocks: list[Block], names: dict[int, set[str]], settings: UnitSettings, *, vocabulary: "Vocabulary | None" = None) -> _PageFeatures:
    """Group a page's blocks (:func:`_group`, :func:`_merge_subheads`) and compute, once, what
    scoring its continuation links needs (linear in the blocks)."""
    from ._unitsim import PageGrams  # numpy: loaded with the first page, not with pressie

    s = settings
    f = _PageFeatures()
    f.by_index = by_index = {b.index: b for b in blocks}
    units, f.furniture, f.floating, f.loose = _group(blocks, vocabulary=vocabulary)
    # Every block's character bigrams; headlines, body text and captions make up the profiles
    # articles are compared by (an article's profile is the sum of its blocks').
    f.grams = grams = PageGrams({b.index: b.text for b in blocks},
                                [b.index for b in blocks if b.role in ("body", "headline", "caption")])
    blanks = blank_before(blocks)
    f.segment = segment = {}  # blocks between two separating blank lines share a segment
    f.segment_start = {}  # segment -> its first block
    for b in blocks:
        segment[b.index] = segment.get(b.index - 1, 0) + (b.index in blanks)
        f.segment_start.setdefault(segment[b.index], b.index)
    f.units = units = _merge_subheads(units, by_index, grams, blanks, s, vocabulary=vocabulary)
    f.unit_of = unit_of = {}
    # A profile is the blocks whose bigrams it sums: a unit's are its blocks as grouped.
    f.unit_grams = unit_grams = {}
    for u in units:
        profile = tuple(u.blocks)
        for i in u.blocks:
            unit_of[i] = u
            unit_grams[i] = profile
    provisional: dict = {}
    f.body_blocks = body_blocks = [b.index for b in blocks if b.role == "body"]
    # The body block before each block, looking past subheads, bylines and in-article captions.
    f.prev_body = prev_body = {}
    last = None
    for b in blocks:
        if b.role == "body":
            if last is not None:
                prev_body[b.index] = last
            last = b.index
        elif b.role not in ("subhead", "byline"):
            last = None
    opening = {u.body[0] for u in units if u.body and len(u.blocks) > len(u.body)
               and by_index.get(u.body[0] - 1) is not None
               and by_index[u.body[0] - 1].role in _HEADING_ROLES + ("byline",)}
    # Per head, computed once: how it ends, its last character, an open quote, its article's
    # profile and the names and headline bigrams of its article (once per unit).
    lex = person_lexicon(vocabulary)
    plain_end = {h: end_class(by_index[h].text, vocabulary=vocabulary) for h in body_blocks}
    context: dict[int, "tuple[int, ...] | None"] = {}
    info: dict[int, _Head] = {}
    unit_names: dict[int, set[str]] = {}
    unit_title: dict[int, set[int]] = {}
    unit_title_blocks: dict[int, tuple[int, ...]] = {}
    for h in body_blocks:
        context[h] = unit_grams.get(h) or _provisional(h, prev_body, unit_grams, grams, provisional, s.max_chain) \
            or ((h,) if grams.counted(h) else None)
        u = unit_of.get(h)
        if u is None:
            head_names, head_title, title_blocks = names.get(h, set()), set(), ()
        else:
            key = id(u)
            if key not in unit_names:
                unit_names[key] = _unit_names(u, h, names)
                unit_title_blocks[key] = tuple(u.heads[r] for r in ("headline", "subtitle") if r in u.heads)
                unit_title[key] = set().union(*map(grams.keys, unit_title_blocks[key]))
            head_names, head_title, title_blocks = unit_names[key], unit_title[key], unit_title_blocks[key]
        info[h] = _Head(by_index[h], plain_end[h], _end_class(by_index[h].text, names.get(h, ()), vocabulary=vocabulary, ec=plain_end[h]),
                        head_names, head_title, title_blocks, h in opening, lex, grams)
    compound = frozenset(lex["compound"])  # (looked up once per tail: a set, not the list)
    f.tails = {t: _Tail(by_index[t], grams, names.get(t, set()), prev_body.get(t), s, vocabulary=vocabulary, lex=lex,
                        compound=compound)
               for t in f.floating}
    # Character bigrams of the whole page: a word cut in two by the layout ("难|题", "尽|快")
    # usually appears whole somewhere else on the page (looked up for the cuts there are).
    joins = grams.page_bigrams({hd.last for hd in info.values() if hd.end != "closed" and hd.last},
                               {tl.first for tl in f.tails.values() if tl.first})
    in_order = _in_reading_order(blocks, lambda b: plain_end[b.index], s, vocabulary=vocabulary)
    f.heads = _Heads(info, context, joins, in_order, s)
    return f


class _Scorer:
    """The candidate links of a page, scored per (tail, head) pair and kept per tail, so that a
    second round with some heads' contexts changed scores only the tails near those heads.

    Without ``explain`` the pairs are scored in bulk (:meth:`_bulk`: every term of every pair as
    arrays); with it pair by pair (:func:`_link_score`, which names the terms). Both give the
    same candidates to the last bit (tests/test_units.py)."""

    __slots__ = ("f", "settings", "explain", "raw", "per_tail", "arrays", "pairs", "by_pair")

    def __init__(self, f: _PageFeatures, settings: UnitSettings, explain, *, by_pair: bool = False) -> None:
        # by_pair: in bulk scoring, sum each kept pair's terms with sum() even where the
        # columns could (see _PLAIN_FLOAT_SUM; for tests).
        self.f, self.settings, self.explain, self.by_pair = f, settings, explain, by_pair
        self.raw: dict[tuple[int, int], tuple] = {}  # (tail, head) -> (link, why) before the relative cue
        self.per_tail: dict[int, list[tuple[float, int, int, int, bool]]] = {}  # a tail's candidates
        self.arrays: "_PageArrays | None" = None  # see _arrays
        self.pairs: "_Pairs | None" = None  # see _pairs

    def _cosines(self, heads: "Iterable[int]") -> "tuple[dict[int, Sequence[float]], dict[int, int]]":
        """The similarity of every tail to the profiles of ``heads``, in one matrix product:
        per tail a row, per head the column of its profile (none for a head without one)."""
        f = self.f
        context = f.heads.context
        columns: dict[int, int] = {}
        profiles: list = []
        column_of: dict[int, int] = {}  # id of a profile -> its column (heads of one article share one)
        for h in heads:
            c = context[h]
            if c is not None:
                j = column_of.get(id(c))
                if j is None:
                    j = column_of[id(c)] = len(profiles)
                    profiles.append(c)
                columns[h] = j
        tails = [t for t in f.floating if f.tails[t].counted]
        return f.grams.cosines(tails, profiles), columns

    def candidates(self, redo: "set[int] | None" = None) -> list[tuple[float, int, int, int, bool]]:
        """Candidate links ``(score, tail, head, overlap, gap)``; with ``redo``, only pairs whose
        head is in it are scored again (in bulk: all pairs of the tails within reach of one).
        Each tail is scored against the body blocks at most ``max_link_distance`` blocks above
        it (found by bisection: linear in the blocks)."""
        f, s, explain, raw, per_tail = self.f, self.settings, self.explain, self.raw, self.per_tail
        heads, segment, body_blocks = f.heads, f.segment, f.body_blocks
        if explain is None:
            return self._candidates_bulk(redo)
        info = heads.info
        threshold = s.min_link_score
        relative = s.reading_order_relative if heads.in_order else s.relative_similarity_weight
        out: list[tuple[float, int, int, int, bool]] = []
        redone = sorted(redo) if redo is not None else None
        rows, columns = self._cosines(body_blocks if redo is None else redone)
        for t in f.floating:
            if redone is not None:
                k = bisect_left(redone, t - s.max_link_distance)
                if k == len(redone) or redone[k] >= t:
                    out.extend(per_tail[t])  # no head of this tail changed
                    continue
            tail = f.tails[t]
            row = rows.get(t)
            seg = segment.get(t)
            scored = []
            mine: list[tuple[float, int, int, int, bool]] = []
            per_tail[t] = mine
            # The heads above the tail in its segment, at most max_link_distance blocks away.
            lo = bisect_left(body_blocks, max(t - s.max_link_distance, f.segment_start.get(seg, 0)))
            hi = bisect_left(body_blocks, t, lo)
            for h in body_blocks[lo:hi]:  # all in the tail's segment: blocks of a segment are consecutive
                if redo is None or h in redo:
                    why = [] if explain is not None else None
                    j = columns.get(h)
                    link = _link_score(heads, info[h], tail, None if j is None or row is None else row[j], why, s)
                    raw[(t, h)] = (link, why)
                else:
                    link, why = raw[(t, h)]
                if link is not None:
                    scored.append((link, None if why is None else list(why)))
            # The topic cue relative to the other candidates: a short tail shares few bigrams with
            # anything, but more with its own article than with the others.
            best = max((link[5] for link, _ in scored), default=0.0)
            for (score, t_, h, ov, gap, cos), why in scored:
                if why is not None:
                    explain[(t, h)] = why
                if score <= threshold:
                    continue  # the relative cue ranks plausible links; it does not make one
                if best > 0:
                    rel = relative * cos / best
                    score += rel
                    if why is not None:
                        why.append(("best topic among candidates", rel))
                if score > threshold:
                    mine.append((score, t_, h, ov, gap))
            out.extend(mine)
        return out

    def _candidates_bulk(self, redo: "set[int] | None") -> list[tuple[float, int, int, int, bool]]:
        """:meth:`candidates` without ``explain``: the tails to score (all, or those with a head
        in ``redo`` within reach, all of whose pairs are scored again) scored by :meth:`_bulk`."""
        f, s = self.f, self.settings
        redone = sorted(redo) if redo is not None else None
        todo: list[int] = []
        for t in f.floating:
            if redone is not None:
                k = bisect_left(redone, t - s.max_link_distance)
                if k == len(redone) or redone[k] >= t:
                    continue  # no head of this tail changed
            todo.append(t)
        self.per_tail.update(self._bulk(todo))
        out: list[tuple[float, int, int, int, bool]] = []
        for t in f.floating:
            out.extend(self.per_tail[t])
        return out

    def _pairs(self) -> "_Pairs":
        """Every tail's pairs with the heads above it in its segment, at most
        ``max_link_distance`` blocks away (found by bisection), and the terms of their scores
        that do not depend on the heads' profiles (computed once, for both rounds)."""
        if self.pairs is None:
            f, s = self.f, self.settings
            segment, body_blocks = f.segment, f.body_blocks
            windows: list[tuple[int, int]] = []
            for t in f.floating:
                lo = bisect_left(body_blocks, max(t - s.max_link_distance, f.segment_start.get(segment.get(t), 0)))
                windows.append((lo, bisect_left(body_blocks, t, lo)))
            self.pairs = self._pair_facts(list(f.floating), windows)
        return self.pairs

    def _pair_facts(self, todo: "list[int]", windows: "list[tuple[int, int]]") -> "_Pairs":
        """The pairs of the tails ``todo`` (tail ``todo[k]`` against the heads
        ``body_blocks[lo:hi]`` for ``(lo, hi) = windows[k]``), tail by tail, each tail's heads in
        page order, with every term of :func:`_link_score` that the heads' profiles leave alone, as
        arrays."""
        import numpy as np

        f, s, heads = self.f, self.settings, self.f.heads
        a = self._arrays()
        x = _Pairs()
        size = np.array([hi - lo for lo, hi in windows], dtype=np.int64)
        x.total = total = int(size.sum())
        if not total:
            return x
        lo = np.array([w[0] for w in windows], dtype=np.int64)
        # hp: a head's place in body_blocks, ti: a tail's place in floating.
        x.ti = ti = np.repeat(np.array([a.place[t] for t in todo], dtype=np.int64), size)
        first = np.cumsum(size) - size  # each tail's first pair
        x.hp = hp = np.arange(total) - np.repeat(first, size) + np.repeat(lo, size)
        x.h_idx, x.t_idx = h_idx, t_idx = a.h_block[hp], a.t_block[ti]
        x.end, x.sc = end, sc = a.end[hp], a.start[ti]
        x.weak = weak = a.weak[ti]
        x.jump_in, x.jump_out = a.jump_in[ti], a.jump_out[hp]
        x.adjacent = adjacent = a.prev[ti] == h_idx
        # Overlaps: where the tail's first characters stand in a head of its window near its end.
        x.ov = ov = np.zeros(total, dtype=np.int64)
        text, starts = a.body_text, a.body_starts
        hs = a.heads
        for k, t in enumerate(todo):
            tail = f.tails[t]
            p, lo_k, hi_k = tail.prefix, windows[k][0], windows[k][1]
            if not p or lo_k == hi_k:
                continue
            if "\n" in p:  # not a line: head by head
                found = [j for j in range(lo_k, hi_k)
                         if hs[j].text.find(p, max(0, hs[j].length - tail.length)) != -1]
            else:
                # (an occurrence within the window's heads: a line holds it whole)
                end_at = starts[hi_k] if hi_k < len(starts) else len(text)
                found, pos = [], text.find(p, starts[lo_k], end_at)
                while pos != -1:
                    j = bisect_left(starts, pos + 1) - 1  # the head the occurrence is in
                    if (not found or found[-1] != j) and pos - starts[j] >= max(0, hs[j].length - tail.length):
                        found.append(j)
                    pos = text.find(p, pos + 1, end_at)
            for j in found:
                ov[first[k] + j - lo_k] = overlap(hs[j].text, tail.text, minimum=s.min_overlap)
        x.has_ov = has_ov = ov > 0
        x.mid = mid = (sc >= _START_CODES["clause"]) & (sc <= _START_CODES["quote_close"])
        lead, x.normal = sc == _START_CODES["lead"], sc == _START_CODES["normal"]
        x.closed = closed = end == _END_CODES["closed"]
        is_open = end == _END_CODES["open"]
        x.terms = terms = np.zeros((total, 15))
        # The terms, in the order _link_score adds them (0 where a term does not apply); those of
        # the profiles' similarity (2 in part, 6) are set per round (_bulk).
        for k in np.flatnonzero(has_ov).tolist():
            n = int(ov[k])
            terms[k, 0] = s.long_overlap_score + min(n, s.overlap_cap) / s.overlap_chars_per_point \
                if n >= s.long_overlap else s.short_overlap_score
        terms[:, 1] = np.where(a.open_punct[hp] & (sc == _START_CODES["punct"]) & ~has_ov, s.two_punctuation, 0)
        missing = is_open & np.isnan(a.cut_open[sc])
        if missing.any():
            raise KeyError(_START_NAMES[int(sc[np.flatnonzero(missing)[0]])])
        # A closed head over the next paragraph: next_paragraph, or new_dated_opening when the
        # paragraph is unrelated (by the profiles: set per round).
        x.below = closed & (x.normal | (sc == _START_CODES["clause"])) & adjacent
        x.may_be_unrelated = x.below & weak & ~a.opening[hp]
        terms[:, 2] = np.where(
            end == _END_CODES["open_strong"], np.where(mid, s.cut_strong_mid, np.where(lead, s.cut_strong_lead, s.cut_strong_other)),
            np.where(is_open, a.cut_open[sc],
                     np.where(x.below, s.next_paragraph,
                              np.where(closed & mid, np.where(has_ov, 0, s.mid_sentence_tail),
                                       np.where(closed & lead, s.opening_lead, 0)))))
        terms[:, 3] = np.where(a.title_end[hp] & ~a.starts_name[ti], s.title_without_name, 0)
        last, opening = a.last[hp], a.first[ti]
        word = ~closed & (last >= 0) & (opening >= 0) & in_sorted(last | opening, a.joins)
        terms[:, 4] = np.where(word, s.boundary_word_weight, 0)
        quote_close = sc == _START_CODES["quote_close"]
        terms[:, 5] = np.where(a.quote[hp], np.where(quote_close, s.open_quote_closed, s.open_quote_left),
                               np.where(quote_close & ~has_ov, s.stray_closing_quote, 0))
        cut_below = adjacent & ~closed
        terms[:, 7] = np.where(cut_below, s.cut_right_below, 0)
        terms[:, 8] = np.where(cut_below & a.label[hp], s.label_right_below, 0)
        terms[:, 9] = np.where(cut_below & mid, s.mid_sentence_right_below, 0)
        terms[:, 10] = self._title_words(ti, hp)
        terms[:, 11] = self._shared_counts(todo, windows, ti, hp, a.names_of, a.names, "names", s.shared_names_max,
                                           lambda n: n * s.shared_name_weight)
        terms[:, 12] = -s.distance_weight * (t_idx - h_idx)
        terms[:, 13] = np.where(adjacent, s.reading_order_adjacent if heads.in_order else s.adjacent,
                                np.where(weak, s.dated_opening_away, 0))
        terms[:, 14] = np.where(a.credited[ti] & ~has_ov, s.credited_brief, 0)
        return x

    def _bulk(self, todo: "list[int]") -> "dict[int, list[tuple[float, int, int, int, bool]]]":
        """The candidates of the tails ``todo`` scored in bulk: every term of :func:`_link_score`
        for every pair of :meth:`_pairs` at once, as arrays (those the heads' profiles leave alone
        computed once); a pair whose total is clearly at or below ``min_link_score`` is dropped,
        and the total of every other pair is summed from its terms in order, as
        :func:`_link_score` sums them (the same float). The tails' best topic (the relative cue)
        is taken over all their pairs, as there. Each pair's score is its own: the tails not in
        ``todo`` are scored too, only not kept."""
        import numpy as np

        f, s, heads = self.f, self.settings, self.f.heads
        out: dict[int, list] = {t: [] for t in todo}
        x = self._pairs()
        if not x.total or not todo:
            return out
        a = self._arrays()
        ti, t_idx, h_idx, ov, has_ov, jump_in, jump_out = x.ti, x.t_idx, x.h_idx, x.ov, x.has_ov, x.jump_in, x.jump_out
        closed, normal = x.closed, x.normal
        cos = self._pair_cosines(ti, x.hp)
        has_cos = ~np.isnan(cos)
        cos = np.where(has_cos, cos, 0.0)
        terms = x.terms.copy()
        unrelated = x.may_be_unrelated & has_cos & (cos < s.unrelated_similarity)
        terms[unrelated, 2] = s.new_dated_opening
        terms[:, 6] = np.where(cos != 0, s.similarity_weight * cos, 0)
        jump = jump_in | jump_out
        # The best topic of each tail over its scored pairs (a jump line pairs with 0.0, an unpaired one not at all).
        best = np.zeros(len(a.t_block))
        np.maximum.at(best, ti, np.where(jump, 0.0, cos))
        relative = s.reading_order_relative if heads.in_order else s.relative_similarity_weight
        threshold = s.min_link_score
        wanted = np.zeros(len(a.t_block), dtype=bool)
        wanted[[a.place[t] for t in todo]] = True
        if _PLAIN_FLOAT_SUM and not self.by_pair:
            # sum() adds the terms one by one: so does a running sum along each row, and a pair's
            # total is the same float (0.0 + the row's sum: sum() starts from 0, which only a sum
            # of zeros can tell).
            score = 0.0 + np.add.accumulate(terms, axis=1)[:, -1]
            both = jump_in & jump_out
            score[both] = s.jump_link - s.distance_weight * (t_idx[both] - h_idx[both])
            n, gap = np.where(jump, 0, ov), np.where(jump, False, closed & ~normal & ~has_ov)
            c, b = np.where(jump, 0.0, cos), best[ti]
            keep = (~jump | both) & (score > threshold) & wanted[ti]
            # The topic cue relative to the tail's best (where it has one); then the threshold again.
            rel = np.zeros(len(score))
            np.divide(relative * c, b, out=rel, where=keep & (b > 0))
            score = np.where(b > 0, score + rel, score)
            keep &= score > threshold
            for link in zip(score[keep].tolist(), t_idx[keep].tolist(), h_idx[keep].tolist(), n[keep].tolist(),
                            gap[keep].tolist()):
                out[link[1]].append(link)
            return out
        # Otherwise a pair clearly at or below the threshold is dropped (the bulk sum is within far
        # less than the margin of the exact one) and the others are summed by sum().
        bulk = terms.sum(axis=1)
        keep = ((~jump & (bulk > s.min_link_score - 1e-9 * (1 + np.abs(terms).sum(axis=1)))) | (jump_in & jump_out)) & wanted[ti]
        kept = np.flatnonzero(keep)
        for t, h, row, n, g, c, b, jumps in zip(t_idx[kept].tolist(), h_idx[kept].tolist(), terms[kept].tolist(),
                                                 ov[kept].tolist(), (closed & ~normal & ~has_ov)[kept].tolist(),
                                                 cos[kept].tolist(), best[ti[kept]].tolist(), jump[kept].tolist()):
            if jumps:
                score, n, g, c = s.jump_link - s.distance_weight * (t - h), 0, False, 0.0
            else:
                score = sum(row)
            if score <= threshold:
                continue  # the relative cue ranks plausible links; it does not make one
            if b > 0:
                score += relative * c / b
            if score > threshold:
                out[t].append((score, t, h, n, g))
        return out

    def _arrays(self) -> "_PageArrays":
        """The page's heads and tails as arrays, for :meth:`_bulk` (built once)."""
        if self.arrays is None:
            self.arrays = _PageArrays(self.f)
        return self.arrays

    def _pair_cosines(self, ti, hp):
        """Per pair, the tail's cosine with its head's profile (NaN for none); on a page that
        takes the Gram matrix, each profile's cosines with all tails are computed once."""
        import numpy as np

        f, a = self.f, self._arrays()
        context = f.heads.context
        known = a.cosines
        columns, profiles = _set_ids((context[h] for h in f.body_blocks), keep_empty=True)
        profile_of = np.where(a.rank[ti] >= 0, np.array(columns, dtype=np.int64)[hp], -1)
        if not f.grams.dense:
            return f.grams.pair_cosines(a.counted, profiles, a.rank[ti].clip(min=0), profile_of)
        new = [c for c in profiles if id(c) not in known]
        if new:  # their cosines with all counted tails, a batch of columns
            a.batches.append(f.grams.cosine_matrix(a.counted, new))
            for j, c in enumerate(new):
                known[id(c)] = (c, len(a.batches) - 1, j)
        out = np.full(len(ti), np.nan)
        if profiles and a.counted:
            batches = a.batches if len(a.batches) == 1 else [np.concatenate(a.batches, axis=1)]
            offsets = np.cumsum([0] + [b.shape[1] for b in a.batches])
            where = np.array([offsets[known[id(c)][1]] + known[id(c)][2] for c in profiles], dtype=np.int64)
            has = profile_of >= 0
            out[has] = batches[0][a.rank[ti][has], where[profile_of[has]]]
        return out

    def _title_words(self, ti, hp):
        """Per pair, the headline words term: ``headline_word_weight`` times the bigrams the
        tail shares with the headline and deck of its head's article, counted up to
        ``headline_words_max`` (0 where either has none), all pairs' counts at once
        (:meth:`pressie._unitsim.PageGrams.shared_counts`)."""
        import numpy as np

        f, s, a = self.f, self.settings, self._arrays()
        table = np.zeros((len(a.titles) + 1, len(f.floating)))  # the last row: a head without a title
        if a.titles:
            levels = np.array([s.headline_word_weight * n for n in range(s.headline_words_max + 1)])
            counts = f.grams.shared_counts(a.title_blocks, f.floating)
            table[:-1] = levels[np.minimum(counts, s.headline_words_max)]
            table[:, [not f.tails[t].counted for t in f.floating]] = 0.0  # a tail with no bigrams counted
        return table[np.array(a.title_of, dtype=np.int64)[hp], ti]

    def _shared_counts(self, todo, windows, ti, hp, set_of: "list[int]", sets: list, tail_attr: str, cap: int, value):
        """Per pair, ``value(min(cap, |head's set & tail.<tail_attr>|))`` where both sets are
        non-empty, else 0 (a head's set is its article's, ``sets[set_of[head place]]``: counted once
        per set and tail, for both rounds)."""
        import numpy as np

        a = self._arrays()
        table = a.tables.get(tail_attr)
        if table is None:
            table = a.tables[tail_attr] = np.zeros((len(sets) + 1, len(self.f.floating)))
        seen = a.tables.setdefault((tail_attr, "tails"), set())  # the tails whose windows are counted
        levels = [value(n) for n in range(cap + 1)]  # the value of each count
        rows: list[int] = []
        columns: list[int] = []
        values: list[float] = []
        tails, place = self.f.tails, a.place
        for t, (lo, hi) in zip(todo, windows):
            mine = getattr(tails[t], tail_attr)
            if t in seen or not mine:
                continue
            seen.add(t)
            js = [j for j in set(set_of[lo:hi]) if j >= 0]
            rows.extend(js)
            columns.extend([place[t]] * len(js))
            values.extend([levels[min(cap, len(sets[j] & mine))] for j in js])
        if rows:
            table[rows, columns] = values
        of = a.tables.get((tail_attr, "of"))
        if of is None:
            of = a.tables[(tail_attr, "of")] = np.array(set_of, dtype=np.int64)
        return table[of[hp], ti]


class _Pairs:
    """Every (tail, head) pair a page scores, as arrays (see :meth:`_Scorer._pair_facts`)."""

    __slots__ = ("total", "ti", "hp", "t_idx", "h_idx", "end", "sc", "weak", "jump_in", "jump_out", "adjacent", "ov",
                 "has_ov", "mid", "normal", "closed", "terms", "below", "may_be_unrelated")

    def __init__(self) -> None:
        self.total = 0


class _PageArrays:
    """A page's heads (in body_blocks order) and floating tails (in floating order) as arrays of
    the facts :meth:`_Scorer._bulk` scores by."""

    def __init__(self, f: _PageFeatures) -> None:
        import numpy as np

        heads, info = f.heads, f.heads.info
        self.heads = hs = [info[h] for h in f.body_blocks]
        tails = [f.tails[t] for t in f.floating]
        self.place = {t: k for k, t in enumerate(f.floating)}

        def flags(items, attr):
            # (a byte per flag: the bytes of a list of booleans read as an array, cheaper than converting the list)
            return np.frombuffer(bytes([bool(getattr(x, attr)) for x in items]), dtype=bool)

        def ints(values):
            return np.fromiter([-1 if v is None else v for v in values], dtype=np.int64)

        self.h_block, self.t_block = ints(f.body_blocks), ints(f.floating)
        self.end = np.frombuffer(bytes([_END_CODES[x.end] for x in hs]), dtype=np.int8)
        self.start = np.frombuffer(bytes([_START_CODES[x.start] for x in tails]), dtype=np.int8)
        for attr in ("jump_out", "open_punct", "opening", "title_end", "label", "quote"):
            setattr(self, attr, flags(hs, attr))
        for attr in ("weak_lead", "credited", "jump_in", "starts_name"):
            setattr(self, "weak" if attr == "weak_lead" else attr, flags(tails, attr))
        self.prev = ints(x.prev for x in tails)
        self.last, self.first = ints(x.last_key for x in hs), ints(x.first_code for x in tails)
        self.joins = np.sort(np.fromiter(heads.joins, dtype=np.int64, count=len(heads.joins)))  # (for in_sorted)
        self.cut_open = np.array([heads.cut_open.get(name, np.nan) for name in _START_NAMES], dtype=np.float64)
        # The heads' articles' headline bigrams and names, each set once.
        # The counted tails and each floating tail's row among them (-1: not counted).
        self.counted = [t for t in f.floating if f.tails[t].counted]
        self.rank = np.full(len(f.floating), -1, dtype=np.int64)
        self.rank[[k for k, t in enumerate(f.floating) if f.tails[t].counted]] = np.arange(len(self.counted))
        self.cosines: dict = {}  # id of a profile -> (the profile, its batch, its column there)
        self.batches: list = []  # the counted tails' cosines with the profiles, batch by batch
        self.tables: dict = {}  # see _Scorer._shared_counts
        self.title_of, self.titles = _set_ids(x.title for x in hs)
        blocks_of = {id(x.title): x.title_blocks for x in hs}
        self.title_blocks = [blocks_of[id(title)] for title in self.titles]
        self.names_of, self.names = _set_ids(x.names for x in hs)
        text = [x.text for x in hs]
        self.body_text = "\n".join(text)  # the heads' texts, a line each, and where each starts
        self.body_starts, at = [], 0
        for x in text:
            self.body_starts.append(at)
            at += len(x) + 1


def _set_ids(groups, keep_empty: bool = False) -> "tuple[list[int], list]":
    """Per item its set's number among the distinct non-empty sets (by identity), -1 for an empty
    one (``keep_empty``: -1 only for ``None``; an empty set is numbered like the others)."""
    ids, sets, seen = [], [], {}
    for group in groups:
        if group is None if keep_empty else not group:
            ids.append(-1)
            continue
        j = seen.get(id(group))
        if j is None:
            j = seen[id(group)] = len(sets)
            sets.append(group)
        ids.append(j)
    return ids, sets


def _assign(f: _PageFeatures, settings: UnitSettings, explain=None) -> list[tuple[float, int, int, int, bool]]:
    """The page's continuation links ``(score, tail, head, overlap, gap)``: the set of candidate
    pairs with the largest total score, each block heading at most one tail and following at most
    one head (links run forwards, so no cycles), scored twice: a floating head's article is first
    guessed from the paragraphs above it on the page; once links are made, its article is the
    chain it joined, and the pairs of such heads are scored again with those profiles."""
    scorer = _Scorer(f, settings, explain)
    first = scorer.candidates()
    chosen = _best_links(first, settings.max_matched_tails)
    refined = _chain_contexts(chosen, f.floating, f.unit_grams, f.grams, f.prev_body, settings.max_chain)
    if refined:
        f.heads.context = {**f.heads.context, **refined}
        second = scorer.candidates(set(refined))
        if second != first:
            chosen = _best_links(second, settings.max_matched_tails)
    return chosen


def _collect(f: _PageFeatures, chosen, settings: UnitSettings, *, vocabulary: "Vocabulary | None" = None) -> tuple[list[Article], list[int], dict[int, str]]:
    """The articles of a page from its units and the chosen links (see :func:`assemble_units`)."""
    by_index, units, unit_of = f.by_index, f.units, f.unit_of
    tail_of: dict[int, int] = {}
    head_of: dict[int, int] = {}
    links: dict[int, Link] = {}
    for score, t, h, ov, gap in chosen:
        head_of[t] = h
        tail_of[h] = t
        links[t] = _link(head=h, tail=t, overlap=ov, gap=gap,
                        confidence=round(min(1.0, score / settings.confidence_scale), 3))
    # Floating blocks with no head open a headline-less unit (a brief).
    for t in f.floating:
        if t in head_of:
            continue
        u = unit_of.get(t)
        if u is None:
            u = _Unit("article")
            u.body.append(t)
            u.blocks.append(t)
            units.append(u)
            unit_of[t] = u
    # Attach chains to their units in reading order (the depth and the root of every linked
    # block once: linear in the links, however long the chains).
    depth: dict[int, int] = {}
    root_of: dict[int, int] = {}
    for t in head_of:
        path = []
        x = t
        while x in head_of and x not in depth:
            path.append(x)
            x = head_of[x]
        d, r = (depth[x], root_of[x]) if x in depth else (0, x)
        for y in reversed(path):
            d += 1
            depth[y], root_of[y] = d, r
    for t in sorted(head_of, key=depth.__getitem__):
        u = unit_of.get(root_of[t])
        if u is None:
            continue
        if t not in u.blocks:
            u.blocks.append(t)
            u.body.append(t)
        unit_of[t] = u
    # Subheads go to the article of the body block before them (or after them).
    bodies = sorted(i for i in unit_of if by_index[i].role == "body")
    for sh in f.loose:
        k = bisect_left(bodies, sh)
        before = bodies[k - 1] if k else None
        after = bodies[k] if k < len(bodies) else None
        host = unit_of[before] if before is not None else (unit_of[after] if after is not None else None)
        if host is None:
            host = _Unit()
            units.append(host)
        host.blocks.append(sh)
        if by_index[sh].role == "byline":
            host.byline.append(sh)
        else:
            host.subheads.append(sh)
    articles = [_article(u, by_index, head_of, tail_of, links, f.heads.info, vocabulary=vocabulary) for u in units if u.blocks]
    articles.sort(key=lambda a: min(a.blocks))
    subheads = {i: "subhead" for u in units for i in u.subheads}
    return articles, sorted(f.furniture), subheads


def assemble_units(blocks: list[Block], *, names: dict[int, set[str]] | None = None,
                   explain: "dict[tuple[int, int], list[tuple[str, float]]] | None" = None,
                   settings: UnitSettings | None = None, vocabulary: "Vocabulary | None" = None) -> tuple[list[Article], list[int], dict[int, str]]:
    """Articles of a page, its furniture blocks, and the blocks whose role changed.

    Args:
        blocks: the page's blocks with roles (:func:`pressie.layout.assign_roles`).
        names: optional person names per block index (shared names are evidence for a link).
        explain: optional dict filled with the terms of every (tail, head) pair's link score.
        settings: the tuned weights and thresholds (:class:`UnitSettings`; ``None``: the defaults).

    Returns:
        ``(articles, furniture, roles)``: articles in page order of their first
        block, each with its blocks in reading order; furniture block indices;
        new roles of blocks found to be subheads inside an article.
    """
    if settings is None:
        settings = _DEFAULTS
    elif not isinstance(settings, UnitSettings):
        raise TypeError(f"settings must be a pressie.units.UnitSettings, not {type(settings).__name__}")
    features = _page_features(blocks, names or {}, settings, vocabulary=vocabulary)
    chosen = _assign(features, settings, explain)
    return _collect(features, chosen, settings, vocabulary=vocabulary)


class _Head:
    """A body block that may head a continuation: the facts its links are scored by (computed once)."""

    __slots__ = ("index", "text", "length", "jump_out", "plain_end", "end", "last", "last_key", "open_punct", "label",
                 "quote", "title_end", "names", "title", "title_blocks", "opening")

    def __init__(self, block: Block, plain_end: str, end: str, names: set[str], title: "set[int]",
                 title_blocks: "tuple[int, ...]", opening: bool, lex, grams) -> None:
        self.index, self.text, self.length = block.index, block.text, len(block.text)
        # plain_end: pressie.layout.end_class of the text; end: _end_class (an author's line closes it).
        self.plain_end, self.end, self.names, self.title, self.opening = plain_end, end, names, title, opening
        self.title_blocks = title_blocks  # the blocks whose bigrams make up ``title``
        self.jump_out = _jump_out(block.text) is not None
        self.last = last = block.text.rstrip()[-1:]
        self.last_key = grams.left_key(last) if last else None  # for the page's bigrams (_Heads.joins)
        self.open_punct = last in _OPEN_PUNCT
        self.label = last in ":："
        self.quote = _quote_open(block.text)
        # "…镇副主任科员" + tail: a title cut at the column's end waits for a person's name.
        # (a title ends the text: it stands in its last position_longest characters, all the search reads)
        self.title_end = end != "closed" and bool(lex["position_end"].search(block.text.rstrip()[-lex["position_longest"]:]))


class _Heads:
    """Per-page facts about the body blocks that may head a continuation (computed once): per
    block its :class:`_Head`, its article's profile (the blocks it sums, or None) and the
    page's facts."""

    __slots__ = ("info", "context", "joins", "in_order", "cut_open")

    def __init__(self, info: "dict[int, _Head]", context: dict, joins: "set[int]", in_order: bool,
                 settings: UnitSettings = _DEFAULTS) -> None:
        # joins: the keys of the page's bigrams made of a head's last and a tail's first character.
        self.info, self.context, self.joins, self.in_order = info, context, joins, in_order
        self.cut_open = dict(settings.cut_open)  # the score of an open head's cut by the tail's start


class _Tail:
    """A floating body block: how it starts, its bigrams and names (computed once)."""

    __slots__ = ("index", "text", "start", "weak_lead", "first", "first_code", "counted", "grams", "names",
                 "jump_in", "credited", "prefix", "length", "prev", "starts_name")

    def __init__(self, block: Block, grams, names: set[str], prev: "int | None",
                 settings: UnitSettings = _DEFAULTS, *, vocabulary: "Vocabulary | None" = None, lex=None,
                 compound: "frozenset[str] | None" = None) -> None:
        self.index, self.text, self.names, self.prev = block.index, block.text, names, prev
        self.counted, self.grams = grams.counted(block.index), grams
        # overlap() finds something only where the tail's first min_overlap characters stand in
        # the head's last len(tail) characters: a search in C decides when it is worth calling.
        self.length = len(block.text)
        self.prefix = block.text[:settings.min_overlap] if settings.min_overlap >= 1 else block.text[:1]
        sc = start_class(block.text, vocabulary=vocabulary)
        self.weak_lead = sc == "weak_lead"
        self.start = "normal" if self.weak_lead else sc
        self.first = block.text.lstrip()[:1]
        self.first_code = grams.right_key(self.first) if self.first else None
        self.starts_name = _starts_a_name(block.text, lex=lex, compound=compound)
        self.jump_in = _jump_in(block.text) is not None
        # Opens like news and closes with its author's credit: a brief, whole in one block.
        self.credited = self.weak_lead and self.text.rstrip()[-1:] in ")）" and bool(_CLOSING_CREDIT.search(block.text))

    @property
    def keys(self) -> "set[int] | None":
        """The tail's bigram keys (None when it is not counted; read when pairs are scored one by one)."""
        return self.grams.keys(self.index) if self.counted else None


_MID = ("particle", "punct", "clause", "quote_close")  # start classes of a text cut mid-sentence
# Whether sum() adds floats one by one, left to right (CPython before 3.12 does; later ones
# compensate the rounding): then adding the columns of a table of terms gives each row's sum()
# bit for bit (:meth:`_Scorer._bulk`).
_PLAIN_FLOAT_SUM = sum([1e16, 1.0, -1e16]) == 0.0
# Codes of the start and end classes for scoring in bulk (the middle four start classes are _MID).
_START_NAMES = ("normal", "clause", "particle", "punct", "quote_close", "lead")
_START_CODES = {name: k for k, name in enumerate(_START_NAMES)}
_END_CODES = {"closed": 0, "open": 1, "open_strong": 2}


def _starts_a_name(text: str, *, vocabulary: "Vocabulary | None" = None, lex=None,
                   compound: "frozenset[str] | None" = None) -> bool:
    """True when the text opens with a surname (a name can follow a title there; ``lex``: the
    person lexicon of ``vocabulary`` when already read, ``compound``: its compound surnames as a set)."""
    if lex is None:
        lex = person_lexicon(vocabulary)
    s = text.lstrip()
    return s[:2] in (lex["compound"] if compound is None else compound) or s[:1] in lex["single"]


def _link_score(heads: _Heads, head: _Head, tail: _Tail, cos: "float | None", why: "list[tuple[str, float]] | None" = None,
                settings: UnitSettings = _DEFAULTS):
    """The candidate link ``(score, tail, head, overlap, gap, cosine)`` from body block ``head`` to
    a floating block, before the relative topic cue; None for a jump line that pairs with no
    jump line. ``cos`` is the tail's similarity to the head's article (None when either has no
    profile). ``why`` collects the score's terms (``assemble_units(..., explain={})``); the
    terms are named only then."""
    s = settings
    t, sc, h = tail.index, tail.start, head.index
    jump_out = head.jump_out
    if tail.jump_in or jump_out:
        # Jump lines: "(下转第二版)" continues only where "(上接第一版)" picks up.
        if tail.jump_in and jump_out:
            return (s.jump_link - s.distance_weight * (t - h), t, h, 0, False, 0.0)
        return None
    values: list[float] = []  # the terms, summed in this order
    labels: "list[str] | None" = [] if why is not None else None
    ec = head.end
    text = head.text
    # overlap(), called only when the tail's first characters are near the head's end.
    ov = overlap(text, tail.text, minimum=s.min_overlap) \
        if tail.prefix and text.find(tail.prefix, max(0, head.length - tail.length)) != -1 else 0
    adjacent = h == tail.prev
    if ov:
        # A short repeat can be a common phrase ("专项行动。"); a long one is the layout's.
        values.append(s.long_overlap_score + min(ov, s.overlap_cap) / s.overlap_chars_per_point
                      if ov >= s.long_overlap else s.short_overlap_score)
        if labels is not None:
            labels.append("overlap")
    if head.open_punct and sc == "punct" and not ov:
        values.append(s.two_punctuation)  # "基层," + ";要…" cannot meet
        if labels is not None:
            labels.append("two punctuation marks")
    if ec == "open_strong":
        values.append(s.cut_strong_mid if sc in _MID else (s.cut_strong_lead if sc == "lead" else s.cut_strong_other))
        if labels is not None:
            labels.append("cut")
    elif ec == "open":
        values.append(heads.cut_open[sc])
        if labels is not None:
            labels.append("cut")
    else:  # closed head
        if sc in ("normal", "clause") and adjacent:
            # A paragraph that opens like news (a date, 在…之际) and shares almost nothing with the
            # article above may be the next article, without a headline: a smaller bonus.
            # Not below an article's first paragraph, right under its head: that one has only begun.
            unrelated = tail.weak_lead and not head.opening and cos is not None and cos < s.unrelated_similarity
            values.append(s.new_dated_opening if unrelated else s.next_paragraph)
            if labels is not None:
                labels.append("a new dated opening, unrelated" if unrelated else "next paragraph")
        elif sc in _MID:
            values.append(s.mid_sentence_tail if not ov else 0)
            if labels is not None:
                labels.append("mid-sentence tail")
        elif sc == "lead":
            # An article's opening continues nothing (unless it repeats the head).
            values.append(s.opening_lead)
            if labels is not None:
                labels.append("opening")
    if head.title_end and not tail.starts_name:
        values.append(s.title_without_name)
        if labels is not None:
            labels.append("title without its name")
    # The head's last and the tail's first character: a word of the page ("难|题") cut in two.
    if ec != "closed" and head.last_key is not None and tail.first_code is not None \
            and head.last_key | tail.first_code in heads.joins:
        values.append(s.boundary_word_weight)
        if labels is not None:
            labels.append("word across the cut")
    if head.quote:
        values.append(s.open_quote_closed if sc == "quote_close" else s.open_quote_left)
        if labels is not None:
            labels.append("open quote")
    elif sc == "quote_close" and not ov:
        values.append(s.stray_closing_quote)
        if labels is not None:
            labels.append("stray closing quote")
    if cos:
        values.append(s.similarity_weight * cos)
        if labels is not None:
            labels.append("similarity")
    if adjacent and ec != "closed":
        values.append(s.cut_right_below)
        if labels is not None:
            labels.append("cut and right below")
        if head.label:
            values.append(s.label_right_below)  # "居民韩桂兰:" + her words right below
            if labels is not None:
                labels.append("label")
        if sc in _MID:
            values.append(s.mid_sentence_right_below)  # the commonest layout
            if labels is not None:
                labels.append("mid-sentence right below")
    if head.title and tail.keys is not None:
        # The headline's words in the tail (献血 of "学雷锋·无偿献血"): a topic cue that
        # the whole-article profile dilutes.
        values.append(s.headline_word_weight * min(s.headline_words_max, len(head.title & tail.keys)))
        if labels is not None:
            labels.append("headline words")
    if tail.names:
        values.append(min(len(tail.names & head.names), s.shared_names_max) * s.shared_name_weight)
        if labels is not None:
            labels.append("shared names")
    values.append(-s.distance_weight * (t - h))
    if labels is not None:
        labels.append("distance")
    if adjacent:
        values.append(s.reading_order_adjacent if heads.in_order else s.adjacent)
        if labels is not None:
            labels.append("adjacent")
    elif tail.weak_lead:
        values.append(s.dated_opening_away)
        if labels is not None:
            labels.append("dated opening away from head")
    if tail.credited and not ov:
        values.append(s.credited_brief)  # whole in one block: it continues nothing
        if labels is not None:
            labels.append("dated and credited: a brief")
    if why is not None:
        why.extend(zip(labels, values))
    return (sum(values), t, h, ov, ec == "closed" and sc != "normal" and not ov, cos or 0.0)


_SENTENCE_STOP = compile_stdlib(r"[。;；!！?？]")


def in_reading_order(blocks: list[Block], *, settings: UnitSettings | None = None, vocabulary: "Vocabulary | None" = None) -> bool:
    """True when every paragraph the layout cut (ending mid-sentence) goes on in the block right
    below it: the page's text is in reading order, with no continuation set elsewhere."""
    return _in_reading_order(blocks, lambda b: end_class(b.text, vocabulary=vocabulary), settings, vocabulary=vocabulary)


def _in_reading_order(blocks: list[Block], end_of, settings: UnitSettings | None = None, *,
                      vocabulary: "Vocabulary | None" = None) -> bool:
    """:func:`in_reading_order` with the body blocks' end classes given (``end_of(block)``)."""
    cut_line_min = (settings or _DEFAULTS).cut_line_min
    for k, b in enumerate(blocks):
        if b.role != "body":
            continue
        ec = end_of(b)
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if k > 0 and blocks[k - 1].role in _HEADING_ROLES and (
                not _SENTENCE_STOP.search(b.text)
                or "。" not in b.text and start_class(b.text, vocabulary=vocabulary) != "lead"
                and nxt is not None and nxt.role == "body" and start_class(nxt.text, vocabulary=vocabulary) == "lead"):
            continue  # a long deck under its headline (抢抓晴好天气全力推进秋粮收储; 部署…；决定… over the
            # article's dateline), not a cut paragraph
        if ec == "open_strong" or (ec == "open" and len(b.text.strip()) > cut_line_min):
            if nxt is None or nxt.role != "body" or start_class(nxt.text, vocabulary=vocabulary) not in _MID:
                return False
    return True


def _chain_contexts(chosen, floating: list[int], unit_grams: dict, grams,
                    prev_body: dict[int, int], max_chain: int = _DEFAULTS.max_chain) -> "dict[int, tuple[int, ...]]":
    """The floating blocks whose links put them in another article than the one guessed from the
    paragraphs above them (see :func:`_provisional`), with that article's profile: its unit
    (headings and first paragraph) and the chain of paragraphs from there down to the block."""
    head_of = {t: h for _, t, h, _, _ in chosen}

    def chain(h: int, step: dict[int, int]) -> list[int]:
        out = [h]
        while out[-1] not in unit_grams and out[-1] in step and len(out) < max_chain:
            out.append(step[out[-1]])
        return out

    # Per block, where its chain down the links and its chain up the page first differ (the
    # place in the chains; inf: nowhere), each block's once: a chain holds max_chain blocks at
    # most, so the two are the same when they differ only from there on.
    differs: dict[int, float] = {}
    inf = float("inf")

    def differs_at(h: int) -> float:
        path, x = [], h
        while x not in differs:
            a = head_of.get(x)
            if x not in unit_grams and a is not None and a == prev_body.get(x):
                path.append(x)  # both chains go on to the same block
                x = a
                continue
            differs[x] = inf if x in unit_grams or a == prev_body.get(x) else 1
        d = differs[x]
        for y in reversed(path):
            d = differs[y] = d + 1
        return differs[h]

    changed: "dict[int, tuple[int, ...]]" = {}
    for h in floating:
        if differs_at(h) >= max_chain:
            continue  # the same chain both ways
        linked = chain(h, head_of)
        root = linked[-1]
        profile = (unit_grams[root] if root in unit_grams else ()) + tuple(x for x in linked if x not in unit_grams)
        if grams.has_grams(profile):
            changed[h] = profile
    return changed


def _provisional(h: int, prev_body: dict[int, int], unit_grams: dict, grams, cache: dict,
                 max_chain: int = _DEFAULTS.max_chain) -> "tuple[int, ...] | None":
    """The profile of the article a floating block seems to belong to: its paragraphs back to
    the article's opening, with that opening's headings (memoised along the way); None when
    they have no bigram."""
    key = ("profile", h)
    if key not in cache:
        profile = _provisional_blocks(h, prev_body, unit_grams, cache, 0, max_chain)
        cache[key] = profile if grams.has_grams(profile) else None
    return cache[key]


def _provisional_blocks(h, prev_body, unit_grams, cache, depth, max_chain=_DEFAULTS.max_chain) -> "tuple[int, ...]":
    if h in cache:
        return cache[h]
    if h in unit_grams:
        profile = unit_grams[h]
    elif h in prev_body and depth < max_chain:
        profile = _provisional_blocks(prev_body[h], prev_body, unit_grams, cache, depth + 1, max_chain) + (h,)
    else:
        profile = (h,)
    cache[h] = profile
    return profile


def _components(candidates: list[tuple[float, int, int, int, bool]]) -> list[list[tuple[float, int, int, int, bool]]]:
    """The candidates split into groups that share no tail and no head (connected components of
    the tail-head graph), in order of their first candidate."""
    parent: dict[int, int] = {}  # tail t is node 2t, head h is node 2h + 1

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]  # path halving
        return x

    for c in candidates:
        a, b = 2 * c[1], 2 * c[2] + 1
        ra = find(a) if a in parent else parent.setdefault(a, a)
        rb = find(b) if b in parent else parent.setdefault(b, b)
        if ra != rb:
            parent[rb] = ra
    groups: dict[int, list] = {}
    for c in candidates:
        groups.setdefault(find(2 * c[1]), []).append(c)
    return list(groups.values())


def _best_links(candidates: list[tuple[float, int, int, int, bool]],
                max_matched_tails: int = _DEFAULTS.max_matched_tails) -> list[tuple[float, int, int, int, bool]]:
    """A maximum-weight matching of tails to heads (a tail may stay without a head), solved per
    group of candidates that compete for no tail or head (:func:`_components`): the same links as
    one matching over all of them, in time linear in the groups. Greedy best-first would let one
    strong link take the head that two slightly weaker links need (5→17 at 4.2 beats 5→6 at 3.2
    plus 8→17 at 4.1). A group of more than ``max_matched_tails`` tails takes the greedy
    assignment (the matching is cubic)."""
    if len({c[1] for c in candidates}) <= max_matched_tails:
        return sorted(_hungarian(candidates), key=lambda c: c[1])  # each search stays in its group
    chosen = []
    for group in _components(candidates):
        if len({c[1] for c in group}) > max_matched_tails:
            chosen.extend(_greedy_links(group))
        else:
            chosen.extend(_hungarian(group))
    return sorted(chosen, key=lambda c: c[1])


def _hungarian(candidates: list[tuple[float, int, int, int, bool]]) -> list[tuple[float, int, int, int, bool]]:
    """A maximum-weight matching of tails to heads by the Hungarian algorithm (a tail may stay
    without a head), in the order of the heads.

    The e-maxx form (rows 1..n, columns 1..m, minimising cost) on a sparse matrix: a tail's row
    holds its candidate heads and its own "no head" column; every other cell is a cost so large
    that no search ever takes it, so each search step looks only at the columns some row of the
    search tree can reach, in column order: the same choices, tie for tie, as the dense matrix.
    """
    if not candidates:
        return []
    tails = sorted({c[1] for c in candidates})
    heads = sorted({c[2] for c in candidates})
    by_pair = {(c[1], c[2]): c for c in candidates}
    if len(tails) == 1:
        # One tail: the search takes the first head (in head order) of the highest score when
        # that score is not below its "no head" column's 0.
        best = max(c[0] for c in by_pair.values())
        return [next(c for h in heads if (c := by_pair[(tails[0], h)])[0] == best)] if best >= 0 else []
    n, m = len(tails), len(heads) + len(tails)  # one "no head" column per tail
    col = {h: j for j, h in enumerate(heads, 1)}
    row = {t: i for i, t in enumerate(tails, 1)}
    cost: list[dict[int, float]] = [{} for _ in range(n + 1)]  # row -> {column: cost}, columns in order
    for t, h in sorted(by_pair):
        cost[row[t]][col[h]] = -by_pair[(t, h)][0]
    for i in range(1, n + 1):
        cost[i][len(heads) + i] = 0.0
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    inf = float("inf")
    for i in range(1, n + 1):
        # Most searches end at their first step: the row's cheapest column (the first of them in
        # column order) is free. That step, as the search below takes it.
        row_cost, ui = cost[i], u[i]
        delta, j1 = inf, 0
        for j, cj in row_cost.items():  # (in column order: the "no head" column came last)
            cur = cj - ui - v[j]
            if cur < delta:
                delta, j1 = cur, j
        if p[j1] == 0:
            u[i] += delta
            v[0] -= delta
            p[j1] = i
            continue
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        reach: list[int] = []  # the columns the rows of the search tree have a cost in, in order
        seen: set[int] = set()
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            row_cost, ui = cost[i0], u[i0]
            fresh = [j for j in row_cost if j not in seen]
            if fresh:
                seen.update(fresh)
                reach = sorted(reach + fresh)
            for j in reach:
                if not used[j]:
                    c = row_cost.get(j)
                    if c is not None:
                        cur = c - ui - v[j]
                        if cur < minv[j]:
                            minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            u[p[0]] += delta
            v[0] -= delta
            for j in reach:
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    chosen = []
    for j in range(1, len(heads) + 1):
        if p[j]:
            pair = (tails[p[j] - 1], heads[j - 1])
            if pair in by_pair:
                chosen.append(by_pair[pair])
    return chosen


def _greedy_links(candidates):
    """Best-first assignment (linear after sorting), for inputs too large for the matching."""
    chosen, used_heads, used_tails = [], set(), set()
    for c in sorted(candidates, key=lambda c: (-c[0], c[1], -c[2])):
        if c[1] in used_tails or c[2] in used_heads:
            continue
        used_tails.add(c[1])
        used_heads.add(c[2])
        chosen.append(c)
    return sorted(chosen, key=lambda c: c[1])


def _unit_names(unit, h: int, names: dict[int, set[str]]) -> set[str]:
    if unit is None:
        return names.get(h, set())
    out: set[str] = set()
    for i in unit.blocks:
        out |= names.get(i, set())
    return out


def _article(u: _Unit, by_index, head_of, tail_of, links, info: "dict[int, _Head] | None" = None, *,
             vocabulary: "Vocabulary | None" = None) -> Article:
    def span(i):
        b = by_index[i]
        return _span(start=b.start, end=b.end, text=b.text)

    # Reading order: headings and bylines as they come, then the body chain(s).
    closing = [i for i in u.byline if u.body and i > max(u.body)]
    order: list[int] = [i for i in u.blocks if by_index[i].role in ("overline", "kicker", "headline", "subtitle", "byline")
                        and i not in u.subheads and i not in closing]
    body_roots = [i for i in u.body if i not in head_of]
    segments: list[Span] = []
    joins: list[bool] = []
    used_links: list[Link] = []
    chain: list[int] = []
    for root in sorted(body_roots):
        x = root
        while True:
            chain.append(x)
            b = by_index[x]
            link = links.get(x)
            start = b.start + link.overlap if link and link.overlap else b.start
            end = b.end
            # Jump lines are page furniture inside the text: "(上接第一版)" … "(下转第二版)"
            # (a body block's head facts say whether it ends in one).
            jin = _jump_in(b.text)
            jout = _jump_out(b.text) if info is None or x not in info or info[x].jump_out else None
            if jin and jin.end() > 0:
                start = max(start, b.start + jin.end())
            if jout and jout.start() > 0:
                end = b.start + jout.start()
            if start < end:
                if segments:
                    joins.append(bool(link) and _plain_end(link.head, by_index, info, vocabulary=vocabulary) != "closed")
                segments.append(_span(start=start, end=end, text=b.text[start - b.start:end - b.start]))
            if link:
                used_links.append(link)
            if x not in tail_of:
                break
            x = tail_of[x]
    # Subheads stand before the first paragraph that follows them on the page.
    for sh in sorted(u.subheads):
        at = next((k for k, x in enumerate(chain) if x > sh and (k == 0 or chain[k - 1] < sh)), len(chain))
        chain.insert(at, sh)
    order.extend(chain)
    order.extend(sorted(closing))
    kind = u.kind
    if kind == "article" and "headline" not in u.heads and len(order) == 1:
        kind = "brief"
    confidence = min([1.0] + [link.confidence for link in used_links])
    return _article_record(
        blocks=tuple(order), kind=kind,
        headline=span(u.heads["headline"]) if "headline" in u.heads else None,
        overline=span(u.heads["overline"]) if "overline" in u.heads else None,
        kicker=span(u.heads["kicker"]) if "kicker" in u.heads else None,
        subtitle=span(u.heads["subtitle"]) if "subtitle" in u.heads else None,
        subtitles=tuple(span(i) for i in u.blocks if by_index[i].role == "subtitle" and i not in u.subheads),
        segments=tuple(segments), joins=tuple(joins), links=tuple(used_links),
        confidence=confidence,
    )


def _plain_end(i: int, by_index, info: "dict[int, _Head] | None", *, vocabulary: "Vocabulary | None" = None) -> str:
    """:func:`pressie.layout.end_class` of block ``i`` without its jump line (from its head facts when known)."""
    head = info.get(i) if info is not None else None
    if head is not None and not head.jump_out:
        return head.plain_end
    return end_class(_JUMP_OUT.sub("", by_index[i].text), vocabulary=vocabulary)


_HEADING_ROLES = ("overline", "kicker", "headline", "subtitle")


def _heading_runs_after_body(blocks: list[Block]) -> int:
    """Runs of heading blocks (with their bylines) that come after body text and are followed by body text."""
    runs = 0
    seen_body = False
    i, n = 0, len(blocks)
    while i < n:
        if blocks[i].role in _HEADING_ROLES:
            j = i
            while j < n and blocks[j].role in _HEADING_ROLES + ("byline",):
                j += 1
            if seen_body and j < n and blocks[j].role == "body":
                runs += 1
            i = j
            continue
        seen_body = seen_body or blocks[i].role == "body"
        i += 1
    return runs


def _closing_credits(blocks: list[Block]) -> int:
    """Credits that close a story (a byline after its body text) with a heading run after them."""
    out = 0
    for k in range(1, len(blocks) - 1):
        if blocks[k].role == "byline" and blocks[k - 1].role == "body" and blocks[k + 1].role in _HEADING_ROLES:
            out += 1
    return out


def looks_like_page(blocks: list[Block], *, settings: UnitSettings | None = None, vocabulary: "Vocabulary | None" = None) -> bool:
    """True when the blocks read as a newspaper page (several articles), False for one article.

    A page has a section name or a department kicker, at least three heading runs between body
    paragraphs or credits closing a story before a heading run, at least two items of a
    multi-item column (◆…) or two captioned photos, or at least two article openings (a heading
    run or byline followed by a body that opens like news: 本报讯, a date …).
    """
    if any(b.role in ("section", "kicker") for b in blocks):
        return True
    st = settings or _DEFAULTS
    if _heading_runs_after_body(blocks) + _closing_credits(blocks) >= st.page_heading_runs:
        return True
    # A news-brief column (◆ items) or a photo page (captions "(… 摄)" outnumbering the paragraphs:
    # not an article's photos; or photo credits on lines of their own): several units.
    bodies = [b for b in blocks if b.role == "body"]
    items = sum(is_item(b.text, vocabulary=vocabulary) for b in bodies)
    captions = sum(b.role == "caption" for b in blocks)
    credits = sum(b.role == "byline" and is_item_credit(b.text, vocabulary=vocabulary) for b in blocks)
    if items >= st.page_units_min or credits >= st.page_units_min or captions >= max(st.page_units_min, len(bodies) + 1):
        return True
    openings = 0
    for k, b in enumerate(blocks):
        if b.role not in ("headline", "byline"):
            continue
        nxt = next((x for x in blocks[k + 1:] if x.role not in ("overline", "subtitle", "byline")), None)
        if nxt is not None and nxt.role == "body" and start_class(nxt.text, vocabulary=vocabulary) in ("lead", "weak_lead"):
            openings += 1
    return openings >= 2


def single_article(blocks: list[Block], *, vocabulary: "Vocabulary | None" = None) -> tuple[list[Article], list[int]]:
    """The whole text as one article: the first heading run is its heading, every other block its body."""
    if not blocks:
        return [], []
    # A short first line is the article's title, not a page section.
    first_heading = next((b for b in blocks if b.role in ("section", "overline", "kicker", "headline")), None)
    if first_heading is not None and first_heading.role == "section" and not any(b.role == "headline" for b in blocks):
        blocks = [replace(b, role="headline") if b.index == first_heading.index else b for b in blocks]
    furniture = [b.index for b in blocks if b.role in ("furniture", "section")]
    heads: dict[str, Span] = {}
    decks: list[Span] = []
    order: list[int] = []
    segments: list[Span] = []
    joins: list[bool] = []
    body_started = False
    prev = None
    for b in blocks:
        if b.index in furniture:
            continue
        order.append(b.index)
        if not body_started and b.role == "subtitle":
            decks.append(_span(start=b.start, end=b.end, text=b.text))
        if not body_started and b.role in ("overline", "kicker", "headline", "subtitle") and b.role not in heads:
            heads[b.role] = _span(start=b.start, end=b.end, text=b.text)
            continue
        if not body_started and b.role == "subtitle":
            continue
        if b.role in ("body", "caption", "subhead") or body_started:
            if b.role in ("body", "caption"):
                if segments:
                    joins.append(prev is not None and end_class(prev.text, vocabulary=vocabulary) != "closed"
                                 and start_class(b.text, vocabulary=vocabulary) in ("particle", "punct", "clause", "quote_close"))
                segments.append(_span(start=b.start, end=b.end, text=b.text))
                prev = b
            body_started = body_started or b.role != "byline"
    if not order:
        return [], furniture  # every block is furniture ("hello world"): no article, not an empty one
    kind = "photo" if all(by.role in ("caption", "byline") or by.index in furniture for by in blocks) \
        and any(by.role == "caption" for by in blocks) else "article"
    article = _article_record(blocks=tuple(order), kind=kind, headline=heads.get("headline"), overline=heads.get("overline"),
                      kicker=heads.get("kicker"), subtitle=heads.get("subtitle"), subtitles=tuple(decks),
                      segments=tuple(segments),
                      joins=tuple(joins))
    return [article], furniture
