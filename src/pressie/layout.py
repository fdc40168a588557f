"""Blocks of a page and the role of each: section, overline, kicker, headline, byline, body, caption, furniture.

A block is a non-blank line (its full ``[start, end)`` span, as in the
evaluation schema). Roles come from features that can be defended on any
page, not from a list of the dev pages' words: length, closing punctuation,
credit patterns (``本报讯(记者 …)``, ``□本报记者``), ``(… 摄)`` captions,
department-shaped short lines (区/县/镇 + 局/委/办: a kicker wherever it comes
from), position on the page, and the blocks around it. Each role carries a
score in ``[0, 1]``.

Real page texts add deck shapes (a clause or two without a full stop next to
a headline or over a byline), subheads between two whole paragraphs, box
labels, page, item, photo, source and contact credits, numbered packages of
stories and blank lines (:func:`blank_before`); the word classes these use are
in ``resources/layout_words.json`` (:func:`layout_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache, partial
from typing import Callable, NamedTuple

import regex

from ._checks import check_number
from ._scan import compile_stdlib
from .errors import ResourceError
from .lexicon import alternation
from .records import Block
from .remap import record_builder
from .vocabulary import Vocabulary

__all__ = ["LayoutSettings", "PageLayout", "split_blocks", "page_layout", "assign_roles", "end_class", "start_class", "blank_before", "numbered_items", "layout_words",
           "is_box_label", "is_page_credit", "is_item_credit", "is_source_credit", "is_item", "web_meta_labels"]

@dataclass(frozen=True)
class LayoutSettings:
    """The tuned numbers of the layout pass: lengths in characters (of the stripped line unless
    said otherwise), role scores in ``[0, 1]``. Pass one to :func:`assign_roles` and the other
    layout functions; ``None`` there means these defaults."""

    # Role scores (Block.score) of each reading.
    score_page_header: float = 0.9  # a page header (第1版, a date with its weekday): furniture
    score_web_frame: float = 0.8  # a web page's frame line (来源：…, a menu of links): furniture
    score_page_credit: float = 0.8  # a credit of the whole page or an advert placeholder: furniture
    score_item_credit: float = 0.8  # a credit of one graphic or photo: byline
    score_contact_line: float = 0.7  # a contact line with an e-mail address: byline
    score_source_credit: float = 0.7  # a source line (据新华社) under a paragraph: byline
    score_signature: float = 0.7  # a "——name" signature under a paragraph: byline
    score_box_label: float = 0.8  # the label of a box inside an article: subhead
    score_numbered_head: float = 0.8  # a short numbered heading (一、…, (二)…): subhead
    score_photo_line: float = 0.6  # a photo line inside an article (图为…, — … —, …01): subhead
    score_caption: float = 0.9  # a photo caption ((… 摄), 图为…): caption
    score_byline: float = 0.9  # a line of the byline pattern: byline
    score_spoken_opening: float = 0.6  # a spoken line under a head and its byline: body
    score_inline_subhead: float = 0.6  # a short deck-shaped line between two paragraphs: subhead
    score_body: float = 0.8  # any other line that is not heading-shaped: body
    score_column_label: float = 0.7  # a short heading over the items of a news column: section
    score_kicker: float = 0.8  # a department- or township-shaped heading: kicker
    score_page_section: float = 0.9  # the page's first heading read as its section name: section
    score_slogan: float = 0.7  # a heading that is the page's last line: furniture
    score_section_head: float = 0.7  # a short heading with a section word over a heading or caption: section
    score_overline: float = 0.6  # a heading over another heading: overline
    score_headline: float = 0.7  # any other heading: headline

    # Furniture and credit lines.
    page_header_max: int = 48  # longest line read as a page header
    web_frame_max: int = 80  # longest line read as a web page's frame
    web_menu_bars_min: int = 3  # fewest "|" that make a line a menu of links
    web_crumbs_min: int = 2  # fewest ">" (or », ›) that make a line a page's path (首页 > 新闻中心 > 正文)
    web_path_step_max: int = 12  # longest step of a page's path (新闻中心); a longer one, or a digit, is text
    credit_line_max: int = 40  # longest page credit, item credit or photo credit line
    source_credit_max: int = 24  # longest source line (据新华社, 综合…)
    contact_line_max: int = 60  # longest contact line with an e-mail address
    signature_max: int = 40  # longest "——name" signature under a paragraph
    byline_max: int = 60  # longest line of the byline pattern read as a byline
    byline_anchor_max: int = 40  # longest byline that anchors a deck or may sit between numbered stories
    caption_min: int = 12  # a (… 摄) or 图为… line must be longer than this to be a caption

    # Subheads inside an article.
    box_label_max: int = 12  # longest box label line (核心阅读, 【编者按】)
    numbered_head_max: int = 30  # longest numbered heading without a full stop read as a subhead
    photo_line_max: int = 24  # longest numbered photo line (…义剪02, 图1 …) read as a subhead
    inline_subhead_max: int = 30  # longest line read as a subhead between two paragraphs
    bullet_subhead_max: int = 48  # a bulleted line with no full stop up to this long is a subhead, not a news item

    # Headings, decks and labels.
    heading_max: int = 40  # longest heading-shaped line
    heading_enumeration_max: int = 16  # longest heading that lists with 、
    deck_max: int = 44  # longest deck or display line next to a heading or over a byline (a longer one under a headline is its subtitle)
    long_deck_max: int = 64  # longest deck right under a headline with a whole paragraph below it
    deck_exclamation_max: int = 30  # longest deck that ends in ！, ？ or a closing quote
    deck_chain_passes: int = 2  # how many decks may chain to a headline (a deck next to a deck next to it)
    column_label_max: int = 8  # longest heading (spaces removed) read as the label of a news column over its items
    kicker_max: int = 8  # longest heading read as a kicker (spaces removed)
    section_line_max: int = 8  # longest first line of a page (spaces removed) read as its section name
    section_name_max: int = 4  # a first line up to this long is a section name even without a section word
    section_head_max: int = 6  # longest heading (spaces removed) with a section word read as a section elsewhere on the page

    # Sentence starts (start_class).
    clause_semicolon_window: int = 40  # a ; within this many characters of a line's start: it continues a sentence
    clause_enumeration_window: int = 4  # a 、 within this many characters of a line's start: it continues a sentence

    # Numbered packages of stories (numbered_items).
    numbered_story_min: int = 80  # shortest numbered paragraph read as a story of its own
    numbered_series_min: int = 2  # fewest stories numbered 1, 2 … in a row that form a series
    numbered_package_min: int = 3  # a page with a series this long reads all its series as packages

    def __post_init__(self) -> None:
        for f in fields(self):
            score = f.name.startswith("score_")
            check_number("LayoutSettings", f.name, getattr(self, f.name), integer=not score,
                         low=1 if f.name in ("web_crumbs_min", "web_path_step_max") else 0, high=1 if score else None)


_DEFAULTS = LayoutSettings()

#: Makes a Block as Block(...) does, faster (a page has thousands; see record_builder).
_block = record_builder(Block)


def _re(pattern: str) -> re.Pattern:
    r"""``pattern`` (``regex`` syntax whose only feature ``re`` lacks is ``\p{Han}``) compiled with the
    standard library's ``re`` (:func:`pressie._scan.with_han_class`): the layout pass tries its
    patterns on every line, and a call of ``re`` costs less than one of ``regex``, which lets go of
    the interpreter's lock and takes it back at every match."""
    return compile_stdlib(pattern)


# Patterns used on per-document paths, compiled once.
_FIRST_PUNCT = _re(r"[,，;；、。！？!?:：]")
_SENTENCE_PUNCT = _re(r"[。;；,，]")
#: The marks that end a sentence (a closing quote after one ends it too).
_SENTENCE_ENDS = "。！？!?”"
_STOP_PUNCT = _re(r"[。;；]")


def _has_stop(text: str) -> bool:
    """True when ``text`` holds a full stop or a semicolon (what _STOP_PUNCT finds), read without
    a pattern: the layout pass asks it of every line several times."""
    return "。" in text or ";" in text or "；" in text

_TERMINAL = "。！？!?…”’」』)）"
_OPEN_STRONG = "、,，;；:：—-"

# Date and numbering grammar (digits, Chinese numerals, date units: shapes, not vocabulary).
_NUMBERED_HEAD = _re(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、．](?![0-9]))")
#: A year that is no full date (2016年春节将至), a day or this year's month (3月2日, 三月二日, 今年3月).
_YEAR_ALONE = r"(?:19|20)[0-9]{2}年(?![0-9]{0,2}月[0-9]{1,2}日)"
_DAY_OPENERS = r"[0-9]{1,2}月[0-9]{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|今年[0-9]"
_WEAK_LEAD_DIGITS = "0123456789一二三四五六七八九十"  # the first characters of _DAY_OPENERS but 今
#: The date (and time) on a web page's frame line (2020-03-01 09:30, 2020年3月1日).
_WEB_DATE = r"(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?"
_PHOTO_NUMBER = r"[0-9一二三四五六七八九]"
# A page header: "第4版", "第1版(要闻)", "A2版", or a date with its weekday ("2020年3月9日 星期一").
_PAGE_HEADER = _re(r"第\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版|(?<![\p{Han}])[A-Z][0-9]{1,2}版|(?<![0-9])0[1-9]版"
                             r"|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*(?:星期|周)(?:[一二三四五六日天]|\s*$)")
_DATE_LINE = _re(r"(?:19|20)[0-9]{2}年(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日"
                           r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
_CRUMB = re.compile(r"\s*(?:>+|[»›])\s*")  # the marks between the steps of a page's path (首页 > 新闻中心 > 正文)
_DIGIT = re.compile(r"[0-9]")


def _web_path(line: str, st: "LayoutSettings", label: "regex.Pattern") -> bool:
    """True when ``line`` is a web page's path: steps of a few characters and no digit joined by
    ``>``, ``>>``, ``»`` or ``›``, at least ``web_crumbs_min`` marks of them, or one after a path's
    label (当前位置：首页 > 正文). 温度>30℃ or 详见第3版>>> is text."""
    if ">" not in line and "»" not in line and "›" not in line:
        return False
    opened = label.match(line)
    steps = _CRUMB.split(line[opened.end():] if opened else line)
    marks = len(steps) - 1
    if marks < 1 or any(not step or len(step) > st.web_path_step_max or _DIGIT.search(step) for step in (x.strip() for x in steps)):
        return False
    return marks >= st.web_crumbs_min or opened is not None

# The keys of resources/layout_words.json: each {"_doc": …, "words": [...]}, some with more lists
# or texts; one-character and two-character classes, and lists that must lie inside another.
_LAYOUT_KEYS = ("box_labels", "page_credit_roles", "page_credit_roles_separated", "item_credit_roles", "photo_agencies", "advert_labels",
                "source_credit_openers", "particle_led_words", "particles", "deck_opening_particles",
                "sentence_openers", "subjectless_openers", "photo_credit_marks", "photo_report_marks",
                "photo_supply_marks", "photo_credit_labels",
                "photo_caption_openers", "photo_number_words", "township_suffixes", "event_words",
                "department_suffixes", "section_words", "own_media", "reporter_grades", "reporter_roles",
                "credit_openers", "bracketed_credit_roles", "bullet_credit_openers", "tag_credit_prefixes",
                "tag_credit_openers", "lead_openers", "dateline_ends", "site_dateline_ends", "report_dateline_ends",
                "lead_time_words", "year_occasion_ends", "eve_frame", "eve_clause_ends", "directive_frame",
                "purpose_openers", "web_meta_labels", "web_counters", "web_path_labels", "web_frame_links", "web_frame_ends",
                "document_title_openers", "document_kinds", "signatory_suffixes")
_LAYOUT_LISTS = {"eve_frame": ("ends",), "directive_frame": ("ends",),
                 "web_meta_labels": ("line_start", "after_date", "own_line")}
_LAYOUT_TEXTS = {"web_counters": ("before", "after")}
_LAYOUT_LENGTHS = {"particles": 1, "deck_opening_particles": 1, "sentence_openers": 2}
_LAYOUT_INSIDE = {"deck_opening_particles": "particles", "web_meta_labels.line_start": "web_meta_labels",
                  "web_meta_labels.after_date": "web_meta_labels", "web_meta_labels.own_line": "web_meta_labels"}


def _word_list(items: object, where: str) -> frozenset[str]:
    if not isinstance(items, list) or not items or not all(isinstance(w, str) and w and " " not in w for w in items):
        raise ResourceError(f"layout_words.json: {where} needs a non-empty list of words without spaces")
    return frozenset(items)


@cache
def layout_words(vocabulary: "Vocabulary | None" = None) -> dict[str, frozenset[str]]:
    """The word classes of ``resources/layout_words.json``: each key's ``words``, and its further
    lists as ``key.list`` (``web_meta_labels.line_start``). Validated on load: a missing key, an
    empty list, a word with spaces, a word of the wrong length or outside the list it belongs to
    raises :class:`~pressie.errors.ResourceError` naming the file and the key."""
    raw = (vocabulary or Vocabulary.default()).data("layout_words")
    out: dict[str, frozenset[str]] = {}
    for key in _LAYOUT_KEYS:
        entry = raw.get(key)
        if not isinstance(entry, dict):
            raise ResourceError(f"layout_words.json: {key!r} is missing or not an object with a 'words' list")
        out[key] = _word_list(entry.get("words"), f"{key!r} 'words'")
        for name in _LAYOUT_LISTS.get(key, ()):
            out[f"{key}.{name}"] = _word_list(entry.get(name), f"{key!r} {name!r}")
        for name in _LAYOUT_TEXTS.get(key, ()):
            if not isinstance(entry.get(name), str):
                raise ResourceError(f"layout_words.json: {key!r} needs a text {name!r}")
    for key, size in _LAYOUT_LENGTHS.items():
        wrong = sorted(w for w in out[key] if len(w) != size)
        if wrong:
            raise ResourceError(f"layout_words.json: {key!r} takes words of {size} character(s), not {wrong}")
    for key, outer in _LAYOUT_INSIDE.items():
        stray = sorted(out[key] - out[outer])
        if stray:
            raise ResourceError(f"layout_words.json: {key!r} lists {stray}, which {outer!r} does not")
    return out


def _layout_text(key: str, name: str, *, vocabulary: "Vocabulary | None" = None) -> str:
    layout_words(vocabulary)  # validates the file
    return (vocabulary or Vocabulary.default()).data("layout_words")[key][name]


def web_meta_labels(*, vocabulary: "Vocabulary | None" = None) -> frozenset[str]:
    """Every label of a web page's metadata (来源, 发布时间, 编辑 …): ``web_meta_labels`` of
    ``resources/layout_words.json``."""
    return layout_words(vocabulary)["web_meta_labels"]


class _Shapes(NamedTuple):
    """The patterns and word sets built from ``layout_words.json``."""

    particles: frozenset[str]
    deck_openers: frozenset[str]
    openers: frozenset[str]
    photo_marks: tuple[str, ...]
    caption_openers: tuple[str, ...]
    photo_credit_end: re.Pattern
    place_name_kicker: re.Pattern
    event_words: re.Pattern
    subjectless: re.Pattern
    caption: re.Pattern
    byline: re.Pattern
    lead: re.Pattern
    weak_lead: re.Pattern
    department: re.Pattern
    inline_caption: re.Pattern
    item: re.Pattern
    section_head: re.Pattern
    web_path_label: re.Pattern
    web_meta: re.Pattern
    photo_numbered: re.Pattern
    doc_title: re.Pattern
    # The words some patterns cannot match without (a cheap test before the pattern).
    township_suffixes: tuple[str, ...]  # place_name_kicker ends with one
    department_suffixes: tuple[str, ...]  # department ends with one
    photo_number_words: tuple[str, ...]  # photo_numbered opens with one (or ends with 0 and a digit)
    lead_words: re.Pattern  # lead names one of these words near the line's start
    lead_reach: int  # … within this many characters (after a bullet and white space)
    byline_words: re.Pattern  # byline needs one of these words unless a box, a bracket or a photo credit
    photo_credit_labels: re.Pattern  # photo_credit_end needs one of these words
    weak_lead_firsts: frozenset[str]  # weak_lead opens with one of these characters …
    weak_lead_clause_ends: re.Pattern  # … or holds one of these words near the start
    weak_lead_reach: int  # … within this many characters
    signatory: re.Pattern
    column_tag_end: re.Pattern
    credit_tail: re.Pattern  # a photo's credit after the caption, set off by a space (… 记者 张三 摄, … 企业供图)
    credit_last: frozenset[str]  # … ends with one of these characters
    name_credit: re.Pattern
    surnames: frozenset[str]


def _literals(words) -> re.Pattern:
    """A scan for any of ``words`` (literal), on the standard library's ``re``: a cheap test
    whether a line holds one before a pattern that cannot match without one is tried."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def _compile(pattern: str, key: str) -> re.Pattern:
    try:
        compiled = _re(pattern)
    except re.error as error:  # pragma: no cover - words are escaped
        raise ResourceError(f"layout_words.json: {key}: pattern does not compile: {error}") from None
    if compiled.fullmatch(""):
        raise ResourceError(f"layout_words.json: {key}: pattern matches the empty string")
    return compiled


@cache
def _shapes(vocabulary: "Vocabulary | None" = None) -> _Shapes:
    w = layout_words(vocabulary)

    def a(key: str) -> str:
        return alternation(w[key])

    marks, caps = a("photo_credit_marks"), a("photo_caption_openers")
    reporters = a("reporter_roles")
    counter = (rf"{regex.escape(_layout_text('web_counters', 'before', vocabulary=vocabulary))}\s*[0-9]+\s*"
               rf"{regex.escape(_layout_text('web_counters', 'after', vocabulary=vocabulary))}(?:{a('web_counters')})")
    return _Shapes(
        particles=w["particles"],
        deck_openers=w["deck_opening_particles"],
        openers=w["sentence_openers"],
        photo_marks=tuple(sorted(w["photo_credit_marks"])),
        caption_openers=tuple(sorted(w["photo_caption_openers"])),
        photo_credit_end=_compile(rf"(?:{a('photo_credit_labels')})[:：]?\s*\S{{0,8}}$", "photo_credit_labels"),
        place_name_kicker=_compile(rf"[\p{{Han}}]{{2,4}}(?:{a('township_suffixes')})", "township_suffixes"),
        event_words=_compile(a("event_words"), "event_words"),
        # A block that opens with one of these words has lost its subject: it continues a sentence.
        subjectless=_compile(a("subjectless_openers"), "subjectless_openers"),
        caption=_compile(rf"[(（][^()（）\n]{{1,30}}(?:{marks})[)）]\s*$|^\s*(?:{caps})|(?:{caps})[^\n]{{2,80}}$",
                         "photo_credit_marks"),
        byline=_compile(
            rf"^\s*(?:[□■▲◆●◎○★☆◇△]\s*)?(?:(?:{a('own_media')})?(?:{a('reporter_grades')})?(?:{reporters})"
            rf"|{a('credit_openers')})"
            rf"|^\s*[\p{{Han}}]{{0,8}}(?:{reporters})\s*[:：]\s*[\p{{Han}}]{{2,4}}(?:[ 、][\p{{Han}}]{{2,4}}){{0,3}}\s*$"
            rf"|^\s*(?:(?:{reporters})\s*)?[\p{{Han}}]{{2,4}}(?:\s+[\p{{Han}}]{{2,4}}){{0,3}}\s*(?:{marks})\s*$"
            rf"|^\s*[□■][^\n。；;,，!！?？]{{0,30}}$"
            rf"|^\s*[(（][^()（）\n]{{0,40}}(?:{a('bracketed_credit_roles')})[^()（）\n]{{0,40}}[)）]\s*$", "credit_openers"),
        # An article's opening: a news-agency lead (strong) or a time/adverbial opener (weak: a new
        # paragraph of the same article may start like that too).
        lead=_compile(rf"^\s*[·•]?\s*(?:{a('lead_openers')}|[^\n]{{0,12}}(?:{a('dateline_ends')})[\s(（]"
                      rf"|[^\n]{{0,12}}(?:{a('site_dateline_ends')})|[^\n]{{0,12}}(?:{a('report_dateline_ends')})\s)",
                      "lead_openers"),
        weak_lead=_compile(
            rf"^\s*(?:{_YEAR_ALONE}[^\n,，。]{{0,8}}?(?:{a('year_occasion_ends')})"
            rf"|(?:{a('eve_frame')})[^\n,，。]{{2,12}}(?:{a('eve_frame.ends')})"
            rf"|[^\n,，。]{{2,6}}(?:{a('eve_clause_ends')})[,，]"
            rf"|(?:{a('directive_frame')})[^\n。]{{2,40}}?(?:{a('directive_frame.ends')})"
            rf"|{_DAY_OPENERS}|{a('lead_time_words')}|(?:{a('purpose_openers')})[^\n]{{2,30}},)", "lead_time_words"),
        department=_compile(rf"^[\p{{Han}}]{{1,6}}(?:{a('department_suffixes')})$", "department_suffixes"),
        inline_caption=_compile(rf"^\s*(?:(?:{caps})[^。\n]{{1,28}}。?|[—-]{{1,2}}[^—\n]{{1,20}}[—-]{{1,2}}|▲[^\n。]{{1,30}})\s*$",
                                "photo_caption_openers"),
        # A news item of a multi-item column ("◆全国政协…", "▲北京市…"); ■/□ also open bylines ("□本报记者").
        item=_compile(rf"^\s*[◆▲●★◇△◎■□○☆](?!\s*(?:{a('bullet_credit_openers')}))\s*(?=\S)", "bullet_credit_openers"),
        section_head=_compile(rf"(?:{a('section_words')})$", "section_words"),
        web_path_label=_compile(rf"^\s*(?:{a('web_path_labels')})\s*[:：]?\s*", "web_path_labels"),
        # The frame of a web page around an article: source and time labels, editor, comment counters, links.
        web_meta=_compile(rf"^\s*(?:{a('web_meta_labels.line_start')})\s*[:：]"
                          rf"|^\s*{_WEB_DATE}\s*(?:{a('web_meta_labels.after_date')})\s*[:：]"
                          rf"|^\s*【?(?:{a('web_meta_labels.own_line')})\s*[:：][^】\n]*】?\s*$|{counter}"
                          rf"|(?:{a('web_frame_ends')})\s*$|^\s*(?:{a('web_frame_links')})", "web_meta_labels"),
        photo_numbered=_compile(rf"\p{{Han}}0[1-9]$|^(?:{a('photo_number_words')}){_PHOTO_NUMBER}\s*[:：]?",
                                "photo_number_words"),
        township_suffixes=tuple(sorted(w["township_suffixes"])),
        department_suffixes=tuple(sorted(w["department_suffixes"])),
        photo_number_words=tuple(sorted(w["photo_number_words"])),
        lead_words=_literals(w["lead_openers"] | w["dateline_ends"] | w["site_dateline_ends"] | w["report_dateline_ends"]),
        byline_words=_literals(w["reporter_roles"] | w["credit_openers"]),
        photo_credit_labels=_literals(w["photo_credit_labels"]),
        # (years 19xx/20xx, dates 3月6日, 三月六日, 今年3月, and the frame and time words)
        weak_lead_firsts=frozenset("12" + _WEAK_LEAD_DIGITS + "今"
                                   + "".join(x[0] for key in ("eve_frame", "directive_frame", "lead_time_words", "purpose_openers")
                                             for x in w[key])),
        weak_lead_clause_ends=_literals(w["eve_clause_ends"]),
        weak_lead_reach=6 + max(len(x) for x in w["eve_clause_ends"]),
        lead_reach=12 + max(len(x) for x in w["lead_openers"] | w["dateline_ends"] | w["site_dateline_ends"] | w["report_dateline_ends"]),
        doc_title=_compile(rf"^(?:{a('document_title_openers')}).{{2,40}}(?:{a('document_kinds')})$", "document_kinds"),
        signatory=_compile(rf"(?:{a('signatory_suffixes')})$", "signatory_suffixes"),
        column_tag_end=_compile(
            rf"\p{{Han}}[(（](?!\s*(?:{a('tag_credit_prefixes')})?(?:{a('tag_credit_openers')}))"
            rf"(?![^()（）]*(?:{alternation(w['photo_credit_marks'] | w['photo_supply_marks'])})[)）])"
            rf"[^()（）\n]{{2,40}}[)）]\s*$", "tag_credit_openers"),
        # (a photographer's credit is names: 记者 张三 摄, 张三 李四摄; a supplier's is any body: 某某中心供图)
        credit_tail=_compile(rf"\S\s+(?:(?:(?:{reporters})\s*)?[\p{{Han}}·]{{2,4}}(?:\s+[\p{{Han}}·]{{2,4}}){{0,3}}\s*(?:{marks})"
                             rf"|[\p{{Han}}·]{{2,12}}(?:{a('photo_supply_marks')}))\s*$", "photo_credit_marks"),
        credit_last=frozenset(x[-1] for x in w["photo_credit_marks"] | w["photo_supply_marks"]),
        # "（李明）", "（张强 王芳）" on a line of its own: the authors of the story above (names of two
        # or three characters, each opening with a surname of ``surnames.txt``).
        name_credit=_compile(r"^\s*[(（](?P<names>\p{Han}{2,3}(?:[ 、\u3000]+\p{Han}{2,3}){0,3})[)）]\s*$", "name credit"),
        surnames=frozenset((vocabulary or Vocabulary.default()).words("surnames")),
    )


#: The first characters (after white space) of the byline shapes that need no credit word: □本报…, (记者 …).
_BYLINE_OPENS = frozenset("□■(（")


def _bylines(vocabulary: "Vocabulary | None" = None):
    """The byline test of one page, ``byline(text) -> bool``: the layout pass asks it of most
    lines several times, so each line's answer is kept (for this page only)."""
    sh = _shapes(vocabulary)
    search, marks = sh.byline.search, sh.photo_marks
    # A line the pattern can match names a reporter or opens with a credit word (本报记者,
    # 文/), ends with a photo credit (… 摄), or opens with □, ■ or a bracket: the pattern is
    # tried on those lines only.
    words = sh.byline_words.search
    seen: dict[str, bool] = {}

    def byline(text: str) -> bool:
        found = seen.get(text)
        if found is None:
            found = seen[text] = (words(text) is not None or text.rstrip().endswith(marks)
                                  or text.lstrip()[:1] in _BYLINE_OPENS) and search(text) is not None
        return found

    return byline


def is_item(text: str, settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True for an item of a multi-item column ("◆全国政协…"), not a photo line ("▲…记者 王京华 摄")."""
    st = settings or _DEFAULTS
    sh = _shapes(vocabulary)
    if not sh.item.match(text) or text.rstrip().rstrip(")）").endswith(sh.photo_marks):
        return False
    # "●聚焦主题、紧扣主线，以上率下": a bulleted line with no full stop is a subhead, not an item.
    return _has_stop(text) or (end_class(text, vocabulary=vocabulary) == "closed" and len(text.strip()) > st.bullet_subhead_max)


@cache
def _particle_led_words(vocabulary: "Vocabulary | None" = None) -> tuple[str, ...]:
    return tuple(sorted(layout_words(vocabulary)["particle_led_words"], key=len, reverse=True))


@cache
def _source_credit(vocabulary: "Vocabulary | None" = None) -> re.Pattern:
    """A line naming the source of an article: an opener, then names (据新华社, 综合钦南发布、红星新闻)."""
    openers = alternation(layout_words(vocabulary)["source_credit_openers"])
    return _re(rf"^\s*(?P<opener>{openers})\s*[:：]?\s*[\p{{Han}}A-Za-z·]{{2,12}}(?:\s*[、,，]\s*[\p{{Han}}A-Za-z·]{{2,12}})*\s*$")


@cache
def _clause_words(vocabulary: "Vocabulary | None" = None) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The words that open a clause (据悉, 统计, 了解: ``clause_openers.txt``), the one-character
    prepositions (于), which open no source's name, and the common nouns and verbs of the
    dictionary, which are none (整治)."""
    v = vocabulary or Vocabulary.default()
    return (tuple(sorted(v.words("clause_openers"), key=len, reverse=True)), frozenset(v.words("one_char_prepositions")),
            frozenset((*v.words("common_nouns"), *v.words("common_verbs"), *v.words("frequent_verbs"))))


def is_source_credit(text: str, settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True for a short line naming where the article above was taken from (据新华社)."""
    s = text.strip()
    return len(s) <= (settings or _DEFAULTS).source_credit_max and bool(_source_credit(vocabulary).match(s))


@cache
def _credit_patterns(vocabulary: "Vocabulary | None" = None) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Page credits (版式设计：张三), item credits (制图：张三) and photo credits (张三摄(影像中国))."""
    lw = layout_words(vocabulary)
    name = r"[\p{Han}·]{1,5}(?:\s*[\p{Han}·]{1,5}){0,3}"
    # (several credits on one line, 责任编辑：某某 校对：某某; or the line in brackets, （本栏编辑 某某）)
    # (the roles that are also words of text need a colon, a bar or a space before the name: 二审维持原判 is a headline)
    credit = (rf"(?:(?:{alternation(lw['page_credit_roles'])})\s*[:：丨|]?|(?:{alternation(lw['page_credit_roles_separated'])})"
              rf"(?:\s*[:：丨|]|\s))\s*{name}(?:\s*[、,，]\s*{name})*")
    page = _re(rf"^\s*(?:[(（]\s*{credit}\s*[)）]|{credit}(?:\s+{credit})*)\s*$")
    item = _re(rf"^\s*(?:{alternation(lw['item_credit_roles'])})\s*[:：/]\s*{name}\s*$")
    photo = _re(rf"^\s*[\p{{Han}}·\s]{{2,24}}?[/／]?\s*(?:{alternation(lw['photo_credit_marks'] | lw['photo_report_marks'])})\s*"
                          rf"(?:[(（](?:{alternation(lw['photo_agencies'])})[)）])?\s*$")
    return page, item, photo


_SPOKEN = _re(r"[!！?？…][”」』]\s*$")
_LABEL_VALUE = _re(r"^\p{Han}{2,3}[:：]\s*\S")
_EMAIL = _re(r"[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LABEL_MARKS = _re(r"[\s【】\[\]:：□■◆◇●○▲△★☆]")


def _label(text: str) -> str:
    """A short line as a label: spaces, brackets and a closing colon removed."""
    return _LABEL_MARKS.sub("", text)


def is_box_label(text: str, settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True for the label of a box inside an article (核心阅读, 编者按, 【记者手记】)."""
    s = text.strip()
    return len(s) <= (settings or _DEFAULTS).box_label_max and _label(s) in layout_words(vocabulary)["box_labels"]


def is_page_credit(text: str, settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True for a credit of the whole page (版式设计：张三, 本版制图：李四) or an advertisement's placeholder."""
    s = text.strip()
    if len(s) > (settings or _DEFAULTS).credit_line_max:
        return False
    return bool(_credit_patterns(vocabulary)[0].match(s)) or _label(s) in layout_words(vocabulary)["advert_labels"]


def is_item_credit(text: str, settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True for a credit line of one graphic or photo (制图：张三, 张三摄, 新华社记者 李四摄(影像中国))."""
    s = text.strip()
    if len(s) > (settings or _DEFAULTS).credit_line_max or _has_stop(s):
        return False
    _, item, photo = _credit_patterns(vocabulary)
    return bool(item.match(s) or photo.match(s))


_NUMBER_LEAD = _re(r"^\s*([0-9]{1,2})[.．、](?![0-9])\s*\p{Han}")
_DIGITS = frozenset("0123456789")


def numbered_items(blocks: list[Block], settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> frozenset[int]:
    """Indices of the paragraphs of numbered packages: at least three long paragraphs numbered 1, 2,
    3 … in a row (credits may sit between them), each a story of its own (1.浦东新区的李女士求助，…);
    shorter numbered lines are the points of one article."""
    return _numbered_items(blocks, settings or _DEFAULTS, _bylines(vocabulary), vocabulary=vocabulary)


def _numbered_items(blocks: list[Block], st: LayoutSettings, byline, *, vocabulary: "Vocabulary | None" = None) -> frozenset[int]:
    """:func:`numbered_items` with ``byline(text)``, the byline test of the page."""
    out: set[int] = set()
    run: list[int] = []
    runs: list[list[int]] = []

    def close() -> None:
        if len(run) >= st.numbered_series_min:
            runs.append(list(run))
        run.clear()

    for k, b in enumerate(blocks):
        # (_NUMBER_LEAD opens with a digit after white space: tried only on the lines that do)
        m = _NUMBER_LEAD.match(b.text) if b.text.lstrip()[:1] in _DIGITS else None
        if m and len(b.text.strip()) >= st.numbered_story_min:
            number = int(m[1])
            if run and number == int(_NUMBER_LEAD.match(blocks[run[-1]].text)[1]) + 1:
                run.append(k)
                continue
            close()
            if number == 1:
                run.append(k)
            continue
        if run and (byline(b.text) or is_item_credit(b.text, st, vocabulary=vocabulary)) and len(b.text.strip()) <= st.byline_anchor_max:
            continue
        if run:
            close()
    close()
    # Once one series is long enough to be a package, the page's shorter ones are packages too.
    if any(len(r) >= st.numbered_package_min for r in runs):
        for r in runs:
            out.update(r)
    return frozenset(blocks[k].index for k in out)


def split_blocks(text: str) -> list[Block]:
    """The non-blank lines of ``text`` as blocks (role ``body`` until :func:`assign_roles`).

    >>> [(b.index, b.text) for b in split_blocks("标题\\n\\n正文。\\n")]
    [(0, '标题'), (1, '正文。')]
    """
    if not isinstance(text, str):
        raise TypeError(f"split_blocks() needs str, not {type(text).__name__}")
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():  # (a line of white space alone, a lone CR too, is no block)
            if line.endswith("\r"):
                out.append(_block(index=len(out), start=start, end=end - 1, text=line[:-1]))
            else:
                out.append(_block(index=len(out), start=start, end=end, text=line))
        start = end + 1
    return out


def end_class(text: str, *, vocabulary: "Vocabulary | None" = None) -> str:
    """How a block ends: ``closed`` (sentence end), ``open_strong`` (、,; …) or ``open``."""
    s = text.rstrip()
    if not s:
        return "closed"
    ch = s[-1]
    sh = _shapes(vocabulary)
    if s.endswith(sh.photo_marks) or (sh.photo_credit_labels.search(s) and sh.photo_credit_end.search(s)):
        return "closed"
    if ch in _TERMINAL:
        if ch in "”’」』" and s.count("“") < s.count("”") + 0 and len(s) > 1 and s[-2] not in "。！？!?…":
            return "open"
        return "closed"
    if ch in _OPEN_STRONG or ch in sh.particles:
        return "open_strong"
    return "open"


def start_class(text: str, settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> str:
    """How a block starts: ``lead`` (an article opening: 本报讯, …电), ``weak_lead`` (a date or
    time opener), ``particle``/``punct`` (mid-sentence),
    ``quote_close`` (closes a quote opened elsewhere), ``clause`` (a short first clause), ``normal``."""
    st = settings or _DEFAULTS
    s = text.lstrip()
    if not s:
        return "normal"
    if s[0] in "、,，;；:：。！？!?)）”’」』…—" :
        return "punct"
    sh = _shapes(vocabulary)
    if s[0] in sh.particles and not s.startswith(_particle_led_words(vocabulary)):
        return "particle"
    close = s.find("”")
    opening = s.find("“")
    if close != -1 and (opening == -1 or close < opening):
        return "quote_close"
    if _lead(s, sh):
        return "lead"
    if _weak_lead(s, sh):
        return "weak_lead"
    if sh.subjectless.match(s):
        return "clause"
    first = _FIRST_PUNCT.search(s)
    if first and (first[0] in ";；" and first.start() <= st.clause_semicolon_window
                  or first[0] == "、" and first.start() <= st.clause_enumeration_window):
        return "clause"  # "…稳定;要…" or "安全、…": the rest of a sentence, not its start
    if first and first.start() <= 1:
        return "clause"  # "度,对发现的…": a one-character clause is the end of a cut word
    if first and first.start() == 2 and first[0] in ",，" and s[:2] not in sh.openers:
        return "clause"  # "施策,以…": two characters before a comma that open no sentence
    return "normal"


def _heading_like(text: str, st: LayoutSettings, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """Short, without sentence punctuation, not a fragment of running text."""
    s = text.strip()
    if s.startswith(("——", "—", "--")) and len(s) > 3:
        s = s.lstrip("—- ")  # "——听取企业家意见建议": a subtitle is a heading after its dash
    if not s or len(s) > st.heading_max:
        return False
    if s[-1] in "。！？!?;；,，、:：" or s[0] in "、,，;；:：。！？!?)）”’…":
        return False
    if _has_stop(s) or "," in s or "，" in s:  # (_SENTENCE_PUNCT)
        return False
    if "、" in s and len(s) > st.heading_enumeration_max:
        return False
    if _LABEL_VALUE.match(s):
        return False  # "时间：2月11日", "场合：…": a labelled fact of the article's text
    if s.count("“") > s.count("”") or s.count("‘") > s.count("’"):
        return False  # an unclosed quote: running text cut at the column end
    # A display line that names its column (让…舒心(城市更新观察)) may open with 让/把/以.
    return start_class(s, st, vocabulary=vocabulary) not in ("particle", "punct") or (s[0] in _shapes(vocabulary).particles and _head_end(s))




# A deck or a display line: a clause or two with commas (以…为…，推动…), or a short exclamation.
_DECK_BODY = _re(r"[^。;；\n]{4,}")
_DECK_END = regex.compile(r"(?:[^\s,，、;；:：。\p{P}]|——|[!！?？”」』)）]|\.\.\.|…+)\s*$")

_DECK_CLAUSES = _re(r"\S[,，、]\S")


def _clauses(text: str) -> bool:
    """True for a line of two clauses or more (a deck), its column tag aside."""
    return bool(_DECK_CLAUSES.search(_HEAD_END.sub("", text)))


def _deck_like(text: str, st: LayoutSettings, *, opening: "bool | Callable[[], bool]" = False, longest: int | None = None,
               vocabulary: "Vocabulary | None" = None, titled: bool = False) -> bool:
    """A line shaped like a deck or a display title: at most ``longest`` characters (``deck_max``), no
    full stop inside or at its end (a closing !/? or quote is allowed), not the cut end of running text.
    ``opening`` (whether the line opens a part, where no sentence can be going on) may be given as a
    function, asked only when the answer matters. ``titled``: a line next to a heading, which may end
    with a book title (某部印发《某某规定》 over its headline)."""
    if longest is None:
        longest = st.deck_max
    full = text.strip()
    if len(full) > longest and full[-1:] not in _TAG_LAST and not full.startswith(("——", "--")):
        return False  # too long, with no column tag or dash to set aside (most paragraphs)
    sh = _shapes(vocabulary)
    tag = _column_tag(full, vocabulary)
    s = full[:tag.start() + 1] if tag else full  # a long column tag (守初心 担使命…·记者观察) aside
    if s.startswith(("——", "--")):
        s = s.lstrip("—- ")  # "——主题教育督导组在浙江督导侧记": a deck after its dash
    if not s or len(s) > longest or not _DECK_BODY.fullmatch(s) or s[-1] in sh.particles \
            or not (_DECK_END.search(s) or titled and s.endswith("》")):
        return False
    sc = start_class(s, st, vocabulary=vocabulary)
    if s.count("“") != s.count("”") or sc in ("punct", "quote_close", "lead"):
        return False
    if sc == "particle" and s[0] not in sh.deck_openers:
        return False  # "的…", "并…": the rest of a sentence; a deck may open with 以/把/让/向 …
    # "…稳定;要…", "安全、…": the rest of a sentence, unless it ends like a display line or opens
    # the page or a blank-separated part (中组部、人社部印发…), where no sentence can be going on.
    if sc == "clause" and not _head_end(full) and not (opening() if callable(opening) else opening):
        return False
    return not (s[-1] in "!！?？”" and len(s) > st.deck_exclamation_max)


def _credit_over_text(blocks: list[Block], k: int, heading: list[bool], st: LayoutSettings, byline, *,
                      vocabulary: "Vocabulary | None" = None) -> bool:
    """A byline at ``k`` with a sentence opening right below it: the credit under an article's head."""
    if k + 1 >= len(blocks) or heading[k] or not byline(blocks[k].text) \
            or len(blocks[k].text.strip()) > st.byline_anchor_max:
        return False
    below = blocks[k + 1].text
    return not heading[k + 1] and start_class(below, st, vocabulary=vocabulary) in ("normal", "lead", "weak_lead") and _paragraph(below, vocabulary=vocabulary)


def _add_decks(blocks: list[Block], heading: list[bool], blanks: frozenset[int], st: LayoutSettings, byline, *,
               vocabulary: "Vocabulary | None" = None) -> None:
    """Mark as headings the deck-shaped lines next to a heading or a byline (a headline's decks above
    or below it, a display line over a byline): alone among body text such a line is a paragraph.
    ``byline(text)`` is the page's byline test (:func:`_bylines`)."""
    n = len(blocks)
    anchor = [heading[k] or bool(byline(blocks[k].text) and len(blocks[k].text.strip()) <= st.byline_anchor_max)
              for k in range(n)]
    # Above a heading, a deck opens the page, follows a blank line or a non-paragraph, or shows a
    # display line's own ending (——, a column tag): a paragraph cut at the column's end does not.
    starts = [k == 0 or blocks[k].index in blanks for k in range(n)]
    opens = [starts[k] or _head_end(blocks[k].text) for k in range(n)]
    # Over a credit that opens an article's text, no sentence can be going on either.
    deck = [not heading[k] and not anchor[k]
            and _deck_like(blocks[k].text, st, vocabulary=vocabulary, titled=True,
                           opening=starts[k] or partial(_credit_over_text, blocks, k + 1, heading, st, byline, vocabulary=vocabulary))
            for k in range(n)]
    for k in range(n):
        if deck[k] and _column_tag(blocks[k].text, vocabulary):
            heading[k] = anchor[k] = True  # "驻村工作，就要不怕难题(新春走基层)": a headline naming its column
    for k in range(n - 1):
        if opens[k] and deck[k] and deck[k + 1]:  # two display lines opening the page or a blank-separated part
            heading[k] = heading[k + 1] = anchor[k] = anchor[k + 1] = True
    for _ in range(st.deck_chain_passes):  # a deck next to a deck next to a headline
        for k in range(n):
            if not deck[k] or heading[k]:
                continue
            above = k + 1 < n and anchor[k + 1] and (opens[k] or heading[k - 1] or anchor[k - 1]
                                                     or (deck[k - 1] and opens[k - 1])
                                                     or blocks[k + 1].text.lstrip().startswith("——")
                                                     or _column_tag(blocks[k + 1].text, vocabulary) is not None
                                                     or _BANNER.fullmatch(blocks[k].text.strip()) is not None
                                                     or _credit_over_text(blocks, k + 1, heading, st, byline, vocabulary=vocabulary))
            if above or (k > 0 and heading[k - 1]):
                heading[k] = anchor[k] = True
    for k in range(1, n - 1):  # a long deck right under the headline, over a whole paragraph
        if heading[k - 1] and not heading[k] and not anchor[k] and not heading[k + 1] \
                and _deck_like(blocks[k].text, st, longest=st.long_deck_max, vocabulary=vocabulary, titled=True) \
                and _paragraph(blocks[k + 1].text, vocabulary=vocabulary):
            heading[k] = anchor[k] = True


def _source_tail(text: str, st: LayoutSettings, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True when a paragraph closes with the source of its article after its last sentence
    (…手续合规。据某某新闻, …。（据新华社）): the article ends there."""
    s = text.rstrip()
    last = max(s.rfind(c) for c in _SENTENCE_ENDS)
    tail = s[last + 1:].strip()
    if tail[:1] in "(（" and tail[-1:] in ")）":
        tail = tail[1:-1]  # (据新华社)
    # (one source, or a list of them: not a clause of the text, 据统计，活动共服务…, 据悉…, 来源于…)
    credit = _source_credit(vocabulary).match(tail) if 0 < last and 3 <= len(tail) <= st.source_credit_max \
        and "，" not in tail and "," not in tail else None
    if credit is None:
        return False
    name = tail[len(credit["opener"]):].lstrip(" :：")
    openers, prepositions, words = _clause_words(vocabulary)
    return not tail.startswith(openers) and not name.startswith(openers) and name[:1] not in prepositions \
        and name not in words  # (据悉…, 据|统计…, 来源|于…, 综合|整治: a clause or a common word, no source)


def _add_heads_after_sources(blocks: list[Block], heading: list[bool], st: LayoutSettings, *,
                             vocabulary: "Vocabulary | None" = None) -> None:
    """Mark as a heading a display line of two clauses (一小区加装电梯，只通一层) between a paragraph
    that closes with its article's source (…。据某某新闻) and a paragraph: the next article's
    headline, though a comma keeps it from looking like one alone."""
    for k in range(1, len(blocks) - 1):
        if not heading[k] and not heading[k - 1] and not heading[k + 1] \
                and _deck_like(blocks[k].text, st, opening=True, vocabulary=vocabulary) \
                and _paragraph(blocks[k + 1].text, vocabulary=vocabulary) \
                and _source_tail(blocks[k - 1].text, st, vocabulary=vocabulary):
            heading[k] = True


def _paragraph(text: str, *, vocabulary: "Vocabulary | None" = None) -> bool:
    return end_class(text, vocabulary=vocabulary) == "closed" and _has_stop(text)


def _inline_subhead(blocks: list[Block], k: int, heading: list[bool], st: LayoutSettings, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """A short deck-shaped line (a clause or two, no full stop) between two whole paragraphs: the
    paragraph above is closed, the one below opens a sentence. A line cut at a column's end is
    followed by its own continuation, which does not open a sentence."""
    if k == 0 or k + 1 >= len(blocks) or heading[k - 1] or heading[k + 1]:
        return False
    s = blocks[k].text.strip()
    if len(s) > st.inline_subhead_max or not _deck_like(s, st, vocabulary=vocabulary):
        return False
    below = blocks[k + 1].text
    return _paragraph(blocks[k - 1].text, vocabulary=vocabulary) and _paragraph(below, vocabulary=vocabulary) and start_class(below, st, vocabulary=vocabulary) in ("normal", "weak_lead", "lead")


#: A short display line with no punctuation at all (让志愿红在抗洪抢险一线处处闪耀): never a cut paragraph.
_BANNER = _re(r"[\p{Han}“”\s]{4,20}")
_HEAD_END = _re(r"(?:——|[(（][^()（）\n]{2,16}[)）])\s*$")
#: The last characters (before any white space) of a line that _HEAD_END can match.
_HEAD_END_LAST = frozenset("—)）")
#: … and of a line that a column tag (_Shapes.column_tag_end) can end.
_TAG_LAST = frozenset(")）")


def _head_end(text: str) -> bool:
    """True when ``text`` ends like a display line (——, a bracketed tag): :data:`_HEAD_END`,
    searched only in the lines whose last character it can match."""
    return text.rstrip()[-1:] in _HEAD_END_LAST and _HEAD_END.search(text) is not None


def _department(text: str, sh: _Shapes) -> bool:
    """:attr:`_Shapes.department` matches ``text`` (a department-shaped heading: …局, …办)."""
    return (text.endswith(sh.department_suffixes) or text.endswith("\n")) and sh.department.match(text) is not None


def _photo_numbered(text: str, sh: _Shapes) -> bool:
    """:attr:`_Shapes.photo_numbered` is found in ``text`` (老人乐开颜01, 图1 …)."""
    return ("0" in text or text.startswith(sh.photo_number_words)) and sh.photo_numbered.search(text) is not None


def _lead(text: str, sh: _Shapes) -> bool:
    """:attr:`_Shapes.lead` matches ``text`` (white space stripped on the left): an article's
    opening; tried only when one of its words stands near the start (after a bullet and white
    space, the pattern reads at most twelve characters before the word)."""
    rest = text[1:] if text[:1] in "·•" else text
    head = text[:len(text) - len(rest.lstrip()) + sh.lead_reach]
    return sh.lead_words.search(head) is not None and sh.lead.match(text) is not None


def _weak_lead(text: str, sh: _Shapes) -> bool:
    """:attr:`_Shapes.weak_lead` matches ``text`` (white space stripped on the left): a date or
    time opener; tried only when the line opens with a character one of its shapes opens with, or
    holds the end of a short first clause (春节将至，) near its start."""
    return (text[:1] in sh.weak_lead_firsts or sh.weak_lead_clause_ends.search(text, 0, sh.weak_lead_reach) is not None) \
        and sh.weak_lead.match(text) is not None


def _caption(text: str, sh: _Shapes) -> bool:
    """True for a photo caption line (:attr:`_Shapes.caption`: a closing (… 摄), or a caption
    opener such as 图为), searched only in the lines that hold an opener or end with a bracket."""
    if text.rstrip()[-1:] not in _TAG_LAST and not any(w in text for w in sh.caption_openers):
        return False
    return sh.caption.search(text) is not None


def _column_tag(text: str, vocabulary: "Vocabulary | None" = None):
    """The column tag that ends ``text`` (驻村工作(新春走基层)), or None; searched only in
    the lines that end with a closing bracket."""
    return _shapes(vocabulary).column_tag_end.search(text) if text.rstrip()[-1:] in _TAG_LAST else None


def blank_before(blocks: list[Block]) -> frozenset[int]:
    """Indices of the blocks that a blank line separates from the block before them, when the text uses
    blank lines between some blocks but not all (a text with one between every two lines says nothing).
    Read from the blocks' offsets: a gap wider than the page's narrowest line break."""
    if len(blocks) < 3:
        return frozenset()
    gaps = [blocks[k].start - blocks[k - 1].end for k in range(1, len(blocks))]
    base = min(gaps)
    out = frozenset(blocks[k].index for k in range(1, len(blocks)) if gaps[k - 1] > base)
    return out if len(out) < len(blocks) - 1 else frozenset()


@dataclass(frozen=True)
class PageLayout:
    """What the layout pass reads from a page's blocks: their roles, and the two page facts the
    roles are read from that the assembly of article units uses too (computed once, here)."""

    blocks: tuple[Block, ...]  # the blocks with a role and a score (what assign_roles returns)
    blank_before: frozenset[int]  # block indices a separating blank line precedes (see blank_before)
    numbered_items: frozenset[int]  # block indices of the stories of numbered packages (see numbered_items)


def assign_roles(blocks: list[Block], settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> list[Block]:
    """Blocks with a role and a score. See the module docstring for the features used and
    :class:`LayoutSettings` for the numbers (``None``: the defaults). :func:`page_layout` gives the
    same blocks with the blank lines and numbered packages read on the way."""
    return list(page_layout(blocks, settings, vocabulary=vocabulary).blocks)


def page_layout(blocks: list[Block], settings: LayoutSettings | None = None, *, vocabulary: "Vocabulary | None" = None) -> PageLayout:
    """The blocks with their roles (as :func:`assign_roles`), with :func:`blank_before` and
    :func:`numbered_items` of the page, each computed once."""
    st = settings or _DEFAULTS
    sh = _shapes(vocabulary)
    n = len(blocks)
    roles: list[tuple[str, float]] = []
    blanks = blank_before(blocks)
    byline = _bylines(vocabulary)
    heading = [_heading_like(b.text, st, vocabulary=vocabulary) and not byline(b.text) for b in blocks]
    _add_decks(blocks, heading, blanks, st, byline, vocabulary=vocabulary)
    _add_heads_after_sources(blocks, heading, st, vocabulary=vocabulary)
    items = _numbered_items(blocks, st, byline, vocabulary=vocabulary)
    # Lines that close with a photo's credit set off by a space ("村民在收割水稻。 李明 摄"): two or
    # more in a row are the captions of a photo page, each its own photo.
    # (read once for every line: a heading-like one is an article's photo line, below)
    tailed = [b.text.strip()[-1:] in sh.credit_last and sh.credit_tail.search(b.text.strip()) is not None for b in blocks]
    credited = [tailed[k] and not heading[k] and len(b.text.strip()) > st.caption_min for k, b in enumerate(blocks)]
    for i, b in enumerate(blocks):
        s = b.text.strip()
        if len(s) <= st.page_header_max and ("版" in s or "年" in s) and _PAGE_HEADER.search(s) and not _has_stop(s):
            roles.append(("furniture", st.score_page_header))  # "人民日报 1998年3月12日 第1版(要闻)": the page's header
            continue
        if "年" in s and _DATE_LINE.fullmatch(s) and all(r == "furniture" for r, _ in roles):
            roles.append(("furniture", st.score_page_header))  # "2017年02月27日" over the page's first article: its issue date
            continue
        if len(s) <= st.web_frame_max and not _has_stop(s) and (
                sh.web_meta.search(s) or s.count("|") >= st.web_menu_bars_min
                or _web_path(s, st, sh.web_path_label)):
            # "来源: 作者: 发表时间:…", "首页|新闻中心|…", "当前位置: 首页 > 新闻中心 > 正文": a web page's frame
            roles.append(("furniture", st.score_web_frame))
            continue
        if is_page_credit(s, st, vocabulary=vocabulary):
            roles.append(("furniture", st.score_page_credit))  # "版式设计：张三", "广告": the page's, not an article's
            continue
        if is_item_credit(s, st, vocabulary=vocabulary):
            roles.append(("byline", st.score_item_credit))  # "制图：张三", "李四摄(影像中国)": closes the graphic or photo above
            continue
        if i > 0 and len(s) <= st.contact_line_max and "@" in s and _EMAIL.search(s) and not _has_stop(s):
            roles.append(("byline", st.score_contact_line))  # "栏目投稿邮箱：…@…": the contact line that closes a column piece
            continue
        if i > 0 and is_source_credit(s, st, vocabulary=vocabulary) and _paragraph(blocks[i - 1].text, vocabulary=vocabulary):
            roles.append(("byline", st.score_source_credit))  # "据新华社" under a paragraph: the source of the article above
            continue
        if s.startswith(("——", "--")) and len(s) <= st.signature_max and i > 0 and not heading[i - 1] \
                and _paragraph(blocks[i - 1].text, vocabulary=vocabulary) and not _has_stop(s):
            roles.append(("byline", st.score_signature))  # "——某某小学三(3)班 李明" under a paragraph: its author's signature
            continue
        if i > 0 and s[:1] in "(（" and not heading[i - 1] and _paragraph(blocks[i - 1].text, vocabulary=vocabulary) \
                and (m := sh.name_credit.match(s)) and all(n[:1] in sh.surnames or n[:2] in sh.surnames
                                                          for n in regex.split(r"[ 、\u3000]+", m["names"])):
            roles.append(("byline", st.score_signature))  # "（李明）" under a paragraph: the story's author
            continue
        if is_box_label(s, st, vocabulary=vocabulary):
            roles.append(("subhead", st.score_box_label))  # "核心阅读", "【记者手记】": a box inside the article
            continue
        if len(s) <= st.numbered_head_max and _NUMBERED_HEAD.match(s) and not _has_stop(s):
            roles.append(("subhead", st.score_numbered_head))
            continue
        if sh.inline_caption.match(s) or (len(s) <= st.photo_line_max and _photo_numbered(s, sh)
                                        and not _has_stop(s)):
            roles.append(("subhead", st.score_photo_line))  # "图为启动仪式。", "— 活动现场 —", "老人乐开颜01": a photo line inside an article
            continue
        if len(s) > st.caption_min and _caption(s, sh):
            if s.startswith(sh.caption_openers) and i > 0 and roles[i - 1][0] == "body":
                roles.append(("subhead", st.score_photo_line))  # "图为…" under a paragraph: the photo of that story
                continue
            roles.append(("caption", st.score_caption))
            continue
        if len(s) <= st.byline_max and byline(s) and not sh.lead.match(s):
            roles.append(("byline", st.score_byline))
            continue
        if heading[i] and tailed[i]:
            roles.append(("subhead", st.score_photo_line))  # "孩子们在新教室里读书 企业供图": a photo's caption line, not a head
            continue
        if credited[i] and (i > 0 and credited[i - 1] or i + 1 < len(blocks) and credited[i + 1]):
            roles.append(("caption", st.score_caption))  # (one such line between paragraphs is an article's photo)
            continue
        if heading[i] and i >= 2 and roles[i - 1][0] == "byline" and heading[i - 2] and _SPOKEN.search(s):
            roles.append(("body", st.score_spoken_opening))  # "“老板娘！”" under a head and its byline: the text's first words
            continue
        if not heading[i]:
            if _inline_subhead(blocks, i, heading, st, vocabulary=vocabulary):
                roles.append(("subhead", st.score_inline_subhead))  # "琐事不出网格，小事不出社区" between two paragraphs
                continue
            roles.append(("body", st.score_body))
            continue
        nxt = heading[i + 1] if i + 1 < n else None
        compact = s.replace(" ", "")
        if len(compact) <= st.column_label_max and i + 1 < n and not is_item(s, st, vocabulary=vocabulary) and (
                is_item(blocks[i + 1].text, st, vocabulary=vocabulary) or blocks[i + 1].index in items):
            roles.append(("section", st.score_column_label))  # "简讯" over ◆ items: the column's label
            continue
        over_text = i > 0 and not heading[i - 1] and i + 1 < n and not nxt and not byline(blocks[i + 1].text) \
            and _paragraph(blocks[i - 1].text, vocabulary=vocabulary)  # between two paragraphs: a section heading, not a label
        if len(compact) <= st.kicker_max and " " not in s \
                and (_department(compact, sh) or (nxt and compact.endswith(sh.township_suffixes)
                                                  and sh.place_name_kicker.fullmatch(compact))) \
                and not sh.event_words.search(compact) and not over_text:
            roles.append(("kicker", st.score_kicker))
            continue
        # A page's first short line names its section (要闻, 基层动态); a longer one over a headline
        # (胡春华强调, 国办印发通报) is that headline's overline.
        if i == 0 and len(compact) <= st.section_line_max and (
                len(compact) <= st.section_name_max or sh.section_head.search(compact) or i + 1 == n):
            roles.append(("section", st.score_page_section))
            continue
        if i == n - 1:
            roles.append(("furniture", st.score_slogan))
            continue
        nxt_caption = i + 1 < n and _caption(blocks[i + 1].text.strip(), sh)
        if len(compact) <= st.section_head_max and sh.section_head.search(compact) and (nxt or nxt_caption):
            roles.append(("section", st.score_section_head))
            continue
        if nxt and i + 1 < n and not _department(blocks[i + 1].text.strip().replace(" ", ""), sh):
            roles.append(("overline", st.score_overline))
            continue
        roles.append(("headline", st.score_headline))
    # In a run of heading blocks the last one that is not a kicker is the headline, the ones before
    # it are overlines, a "——" line after it is a subtitle.
    final = [r for r, _ in roles]
    for k in range(n - 1):
        # "社工和老人们交谈" right above "志愿者入户义剪02": one photo's two caption lines.
        if final[k] in ("overline", "headline") and final[k + 1] == "subhead" \
                and _photo_numbered(blocks[k + 1].text.strip(), sh) and k > 0 and final[k - 1] == "body":
            final[k] = "subhead"
    i = 0
    while i < n:
        if final[i] not in ("overline", "headline", "kicker"):
            i += 1
            continue
        j = i
        while j < n and final[j] in ("overline", "headline", "kicker"):
            j += 1
        run = list(range(i, j))
        # A document's signature inside an article (issuing offices, then a date line, after
        # body text: "…请认真贯彻执行。" / 中共某市委办公室 / 2017年1月10日) stays in the article.
        dated = [k for k in run if _DATE_LINE.fullmatch(blocks[k].text.strip())]
        if dated and i > 0 and final[i - 1] == "body" and all(
                sh.signatory.search(blocks[k].text.strip()) for k in run if k < dated[-1]):
            for k in run:
                if k <= dated[-1] or sh.doc_title.search(blocks[k].text.strip()):
                    final[k] = "subhead"  # and the title of the document it signs ("关于…的实施意见")
            run = [k for k in run if final[k] != "subhead"]
        heads = [k for k in run if final[k] != "kicker"]
        subtitle = [k for k in heads if blocks[k].text.strip().startswith(("——", "—", "-"))]
        heads = [k for k in heads if k not in subtitle]
        # Decks after the headline (总投资八十亿元，涉及…) are its subtitles.
        while len(heads) > 1 and _deck_like(blocks[heads[-1]].text, st, longest=st.long_deck_max, vocabulary=vocabulary, titled=True) \
                and (_clauses(blocks[heads[-1]].text) or len(blocks[heads[-1]].text.strip()) > st.deck_max) \
                and not _clauses(blocks[heads[-2]].text):
            subtitle.append(heads.pop())
        for k in subtitle:
            final[k] = "subtitle"
        if heads:
            final[heads[-1]] = "headline"
            for k in heads[:-1]:
                final[k] = "overline"
        i = j
    out = tuple(_block(index=b.index, start=b.start, end=b.end, text=b.text, role=final[k], score=roles[k][1])
                for k, b in enumerate(blocks))
    return PageLayout(blocks=out, blank_before=blanks, numbered_items=items)
