"""Persons with official titles, and the credits of the text's own contributors.

Government news writes almost every participant as title + name
(``区委副书记、区长路录平``). Names are found where a title anchors them, in
lists after a titled name (``县领导刘正仁、周太平``), in an apposition
(``梁思成是…书记``, ``作为…主任，柏青``), before a speech verb (``杨瑞成说``),
after what the person is or how old (``退役军人郭长顺``, ``78岁葛秀兰``), and
in a list of bare names that take part (``柯岩、甘霖、韦明出席``); a name
is a surname from the lexicon plus one or two characters, accepted only when
what follows it can end a name (punctuation or a word of ``name_follow.txt``),
and written the same way throughout the text (``闻涛留给…闻涛身体`` gives 闻涛).
Titles are read leftwards from a position word (``书记``, ``区长`` …) over
organisation and place words, so unseen combinations are recognised. Credits
(reporters, photographers, editors) are typed :class:`~pressie.records.Credit`
and never become persons.

Every word list is read from a :class:`~pressie.vocabulary.Vocabulary` (``vocabulary=`` of the
finders; ``None``: the packaged words), the patterns compiled once per vocabulary::

    >>> from pressie.vocabulary import Vocabulary
    >>> v = Vocabulary.default().extend({"positions": ["守望员"]})
    >>> [(p.text, [t.text for t in p.titles]) for p in find_people("社区守望员高云帆出席。", vocabulary=v)]
    [('高云帆', ['社区守望员'])]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

import regex

from ._scan import WordTable, by_first_character, compile_stdlib, with_han_class, word_spans
from ._spans import Intervals
from .errors import ResourceError
from .lexicon import alternation, compile_checked, compile_literals, inside_conjoined, literal_spans
from .remap import on_source, record_builder
from .records import Credit, Person, Span
from .times import time_words
from .divisions import short_division_names
from .vocabulary import KEPT, Vocabulary, conjoined_names, conjoined_parts, org_units, resolve
from .vocabulary import check as check_vocabulary

#: One Han character (lexicon.HAN read by ``re``: the same matches, a third of the cost of a call).
HAN = compile_stdlib(r"\p{Han}")

#: Make the records of the finders as their types do, faster (see record_builder).
_person, _span, _credit = record_builder(Person), record_builder(Span), record_builder(Credit)

__all__ = ["find_people", "find_credits", "person_lexicon", "titles_chain", "common_nouns", "VISITED_PEOPLE",
           "find_people_normalized", "find_credits_normalized"]

# Patterns used on per-document paths, compiled once.
_HAN_RUN = compile_stdlib(r"\p{Han}+")
_HAN_TOKENS = compile_stdlib(r"[\p{Han}]+")
_HAN_TAIL = compile_stdlib(r"\p{Han}+\Z")  # searched with endpos: the Han run that ends there
_NOT_HAN_BEFORE = regex.compile(r"(?r)\P{Han}")  # searched backwards: the last character that is no Han one
_COLON_NEXT = compile_stdlib(r"[ \t]*[:：]")
_CLAUSE_END = compile_stdlib(r"[,。;，；]")
_START, _END = re.Match.start, re.Match.end











def _plain(entries) -> str:
    """A regex alternation of literal entries in the order given (the first that matches wins)."""
    return "|".join(regex.escape(w) for w in entries)


def _class(chars: str) -> str:
    """A regex character class of the characters of ``chars``."""
    return "[" + "".join(regex.escape(c) for c in chars) + "]"


def _marks(chars, key: str) -> frozenset:
    """A string of punctuation marks of ``person_grammar.json`` (no Han character), as a set."""
    if not isinstance(chars, str) or not chars or _HAN_RUN.search(chars):
        raise ResourceError(f"person_grammar.json:{key}: needs a string of punctuation marks")
    return frozenset(chars)


def _grammar(vocabulary: "Vocabulary | None" = None) -> dict:
    """The words of ``person_grammar.json`` as sets and compiled patterns."""
    return _grammar_of(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _grammar_of(vocabulary: Vocabulary) -> dict:
    g = vocabulary.data("person_grammar")
    where = "person_grammar.json"
    # (visited_home: at most ``gap`` characters between the verb of visiting and the name, a name of
    # two to ``longest_name`` characters before 家)
    gap, longest_name = 10, 3
    visited_people = (rf"(?:{_plain(g['visit_verbs'])}){regex.escape(g['perfective_mark'])}?[\p{{Han}}0-9]{{0,8}}?"
                      rf"(?:{_plain(g['visited_kinds'])})")
    return {
        "media_before": compile_checked(rf"(?:{_plain(g['media_words'])})$", f"{where}: media_words"),
        "paper_words": tuple(g["paper_words"]),
        "group_openers": frozenset(g["group_openers"]),
        "apposition": compile_checked(rf"{regex.escape(g['apposition_verb'])}(?=[\p{{Han}}]{{2,30}}?[,。;,，；])", f"{where}: apposition_verb"),
        "age": compile_checked(rf"(?<![0-9])(?:[1-9][0-9]?|{_class(g['age_numerals'])}{{1,3}})(?:{regex.escape(g['age_week_mark'])})?"
                               rf"{regex.escape(g['age_mark'])}(?:{regex.escape(g['link_word'])})?(?=\p{{Han}})", f"{where}: age"),
        # An age written right before a name, searched with the name's start as endpos (76岁的某某;
        # not 18周岁: a full-year age, said of the young).
        "age_before": compile_checked(rf"(?:[0-9]{{1,3}}|{_class(g['age_numerals'])}{{1,3}}){regex.escape(g['age_mark'])}"
                                      rf"(?:{regex.escape(g['link_word'])})?$", f"{where}: age"),
        "rank_note": compile_checked(rf"[(（]\p{{Han}}{{1,6}}{_class(g['rank_note_chars'])}[)）]", f"{where}: rank_note_chars"),
        "home_word": g["home_word"],
        "home_follow_chars": frozenset(g["home_follow_chars"]),
        "visited_home": compile_checked(rf"(?<={_plain(g['home_visit_verbs'])})[^,，。;；]{{0,{gap}}}?\p{{Han}}{{2,{longest_name}}}"
                                        rf"{regex.escape(g['home_word'])}"
                                        rf"(?=[,，。;；{''.join(regex.escape(c) for c in g['home_follow_chars'])}])", f"{where}: home"),
        # (a match of visited_home opens at most this many characters before its 家)
        "home_reach": gap + longest_name,
        "home_marks": re.compile(re.escape(g["home_word"])),
        "visited_people": compile_checked(visited_people, f"{where}: visited"),
        # (The same on the standard library's ``re``, for the scan of every text.)
        "visited_people_scan": compile_checked(with_han_class(visited_people), f"{where}: visited", stdlib=True),
        "verb_surnames": frozenset(g["verb_surnames"]),
        # (同志 alone too: 王明同志在会上指出; not 同志们: the plural mark)
        "speech": compile_checked(rf"{regex.escape(g['comrade'])}(?!{regex.escape(g['plural_mark'])})|(?:{_plain(g['speech_verbs'] + g['acting_verbs'])})",
                                  f"{where}: speech_verbs"),
        # The same matches for a scan of every text: each alternative opens with its literal
        # character (the comrade word, or the verb), which ``re`` skips to.
        "speech_scan": compile_checked(f"{re.escape(g['comrade'])}(?!{re.escape(g['plural_mark'])})|{by_first_character(g['speech_verbs'] + g['acting_verbs'])}",
                                       f"{where}: speech_verbs", stdlib=True),
        "photo_mark": g["photo_mark"],
        "bureau_marks": _plain(g["bureau_marks"]),
        "box_after": _plain(g["box_byline_after"]),
        "prepositions": frozenset(g["prepositions"]),
        "kin_given": compile_checked(rf"{regex.escape(g['kin_alone'])}$|{_plain(g['kin_words'])}", f"{where}: kin_words"),
        "kin_words": frozenset(g["kin_words"]),
        "kin_after": compile_checked(_plain(w for w in g["kin_words"] if len(w) >= 2), f"{where}: kin_words"),
        "kin_after_firsts": frozenset(w[0] for w in g["kin_words"] if len(w) >= 2),
        "given_after_title": frozenset(g["given_after_title_chars"]),
        "given_last_after_title": frozenset(g["given_last_after_title_chars"]),
        "manner_mark": g["manner_mark"],
        # 这位, 那个 (place_grammar.json: demonstrative_chars; classifiers.json: count) before a title
        "demonstratives": frozenset(vocabulary.data("place_grammar")["demonstrative_chars"]),
        "one_char_classifiers": frozenset(w for w in vocabulary.data("classifiers")["count"] if len(w) == 1),
        "bad_given": frozenset(g["not_given_chars"]),
        "unsurnamed_closers": _marks(g["unsurnamed_name_closers"], "unsurnamed_name_closers"),
        "name_end_conjunctions": g["name_end_conjunctions"],
        "not_given_after_title": g["not_given_after_title"],
        "title_conjunctions": tuple(g["title_conjunctions"]),
        "deictic_chars": g["deictic_chars"],
        "deictic_body_chars": g["deictic_body_chars"],
        "office_end": compile_checked(rf"(?:{_plain(g['office_ends'])})$", f"{where}: office_ends"),
        "office_chars": frozenset(g["office_chars"]),
        "list_unit_chars": frozenset(g["office_chars"]) | frozenset(g["list_unit_chars"]),
        "village_name_ends": frozenset(g["village_name_ends"]),
        "as_title": compile_checked(rf"{regex.escape(g['as_word'])}(?P<title>\p{{Han}}{{2,30}}?)[，,][ \t]*", f"{where}: as_word"),
        "unit_chars": frozenset(g["unit_chars"]),
        "report_verbs": tuple(g["report_verbs"]),
        "list_end": g["list_end_word"],
        "noun_followers": frozenset(g["noun_followers"]),
        "guided_by": compile_checked(
            rf"{regex.escape(g['guidance_frame']['open'])}(?P<name>\p{{Han}}{{2,4}}){regex.escape(g['guidance_frame']['link'])}"
            rf"(?:{_plain(g['guidance_frame']['words'])}){regex.escape(g['guidance_frame']['close'])}", f"{where}: guidance_frame"),
        "naming": compile_checked(rf"(?<={_class(g['naming_classifiers'])})(?:{_plain(g['naming_words'])})(?=\p{{Han}}{{2,4}})",
                                  f"{where}: naming_words"),
        "acting_verbs": frozenset(g["acting_verbs"]),
        "report_preposition": g["report_preposition"],
        "after_name_marks": compile_checked(
            rf"[(（](?:{_plain(g['name_notes'])})[)）]|(?:{_plain(g['age_now_words'])})(?:[1-9][0-9]?|{_class(g['age_numerals'])}{{1,3}})"
            rf"(?:{regex.escape(g['age_week_mark'])})?{regex.escape(g['age_mark'])}", f"{where}: name_notes"),
        # (the last characters of a match of after_name_marks, and how long one can be: a note in
        # brackets, or an age word, a number of two digits or three numerals, the week mark and the
        # age mark)
        "after_name_lasts": re.compile("[)）" + re.escape(g["age_mark"][-1:]) + "]"),
        "after_name_longest": max(2 + max(map(len, g["name_notes"])),
                                  max(map(len, g["age_now_words"])) + 3 + len(g["age_week_mark"]) + len(g["age_mark"])),
        "photo_position": compile_checked(
            rf"[(（](?:(?:{_plain(g['photo_rows'])})?{_class(g['photo_sides'])}{_class(g['age_numerals'])}?|{regex.escape(g['photo_middle'])})[)）]",
            f"{where}: photo_sides"),
    }


def __getattr__(name: str):
    # VISITED_PEOPLE is built from person_grammar.json on first use, not at import (the packaged
    # words; the lexicon of another vocabulary has its own "visited_people").
    if name in ("VISITED_PEOPLE", "_VISITED_PEOPLE"):
        return _grammar()["visited_people"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def person_lexicon(vocabulary: "Vocabulary | None" = None):
    """The word lists and patterns of the person finder, compiled once per vocabulary (``None``:
    the packaged words): surnames (``single``, ``compound``), ``positions`` and ``position_end``,
    ``nouns``, ``verbs`` and the rest."""
    return _person_lexicon(resolve(vocabulary))


# Two or more names of two to four characters (or with a middle dot) joined by 、.
_NAME_LIST = r"\p{Han}{2,4}(?:·\p{Han}{2,6})?(?:、\p{Han}{2,4}(?:·\p{Han}{2,6})?)+"


@lru_cache(maxsize=KEPT)
def _person_lexicon(vocabulary: Vocabulary):
    v = vocabulary
    words = v.words  # every list below is the vocabulary's
    surnames = words("surnames")
    compound = tuple(s for s in surnames if len(s) == 2)
    single = frozenset(s for s in surnames if len(s) == 1)
    # (occupations are read as positions, but anchor a name weakly: lex["weak_positions"])
    positions = words("positions") + words("occupations")
    follow = words("name_follow")
    roles = dict(v.data("credit_roles")["roles"])
    role_words = alternation(roles)
    name_tok = r"[\p{Han}](?:[\p{Han}]{1,3}|[ \t][\p{Han}])"
    credit_pattern = rf"(?P<role>{role_words})[ \t]*[:：]?[ \t]*(?P<names>{name_tok}(?:(?:[ \t]+|、){name_tok}){{0,5}})"
    credit = compile_checked(credit_pattern, "people: credit pattern")
    g = _grammar_of(v)
    photo = compile_checked(rf"[(（][ \t]*(?P<names>{name_tok}(?:(?:[ \t]+|、){name_tok}){{0,3}})[ \t]*{regex.escape(g['photo_mark'])}[ \t]*[)）]", "people: photo credit")
    bureau = compile_checked(rf"(?:{g['bureau_marks']})[ \t]*[(（][ \t]*(?P<names>{name_tok}(?:(?:[ \t]+|、){name_tok}){{0,5}})[ \t]*[)）]",
                             "people: byline in parentheses")
    position_words = compile_literals(positions, "positions.txt")
    descriptors = v.data("person_descriptors")
    grammar = v.data("person_grammar")
    list_closers = alternation([*descriptors['list_closers'], *descriptors['speech_list_closers'],
                                *grammar['speech_verbs'], *grammar['acting_verbs']])
    # A count of persons closing a list of names (等6名, 三位, 10余名).
    count_closer = (rf"{regex.escape(grammar['list_end_word'])}?{_class(descriptors['list_count_numerals'])}{{1,3}}"
                    rf"{_class(descriptors['list_count_approx'])}?{_class(descriptors['list_count_classifiers'])}")
    # What closes a list of names: a word of taking part, of speech or of leading, a count of
    # persons, or 等 at the end of a clause.
    closed = rf"(?:{list_closers})|{count_closer}|{regex.escape(grammar['list_end_word'])}[。，,；;]"
    # … or 等 and a group of persons named by what they are (等村干部, 等驻村队员, 等同志).
    group = alternation([*descriptors["list_group_nouns"], *descriptors["identity"], *positions])
    closed += rf"|{regex.escape(grammar['list_end_word'])}(?:{group})"
    # … or a conjunction, a qualifier of up to six characters and a group of persons named by what
    # they are (某某、某某和志愿服务队队员); not a position or a word that follows a name (同志, 一行):
    # after the conjunction that is the last name of the list (某某、某某和某某同志).
    joined_groups = [*descriptors["identity"], *(w for w in descriptors["list_group_nouns"] if w not in follow)]
    closed += rf"|(?:{alternation(grammar['list_end_conjunctions'])})\p{{Han}}{{0,6}}?(?:{alternation(joined_groups)})"
    # … or 等, a short qualifier and a position (等驻镇委员, 等驻村干部), or a qualifier of up to six
    # characters and a group of persons (等区四大班子领导, 等市直部门负责同志).
    closed += rf"|{regex.escape(grammar['list_end_word'])}\p{{Han}}{{1,3}}?(?:{alternation(positions)})"
    closed += rf"|{regex.escape(grammar['list_end_word'])}\p{{Han}}{{1,6}}?(?:{alternation(descriptors['list_group_nouns'])})"
    title_stops = (*words("title_stops"), *(w for w in v.data("time_words")["part_of_day"] if len(w) >= 2))
    return {
        **g,
        "before_speaker": tuple(descriptors["before_speaker"]),
        # (the words of them, not the particle 的: what anchors a name before an adverb of manner)
        "speaker_descriptors": tuple(w for w in descriptors["before_speaker"] if len(w) >= 2),
        # (a title ending in one of these labels a group: 区领导 某某、某某)
        "group_nouns": tuple(descriptors["list_group_nouns"]),
        "identity": compile_checked(alternation(descriptors["identity"]), "person_descriptors.json: identity"),
        "identity_literals": compile_literals(descriptors["identity"], "person_descriptors.json: identity"),
        "identity_words": tuple(descriptors["identity"]),
        # (one pass: the list, then what closes it or the sentence's end; a list closed by the
        # sentence's end alone must open after a colon, which the finder checks)
        # (a list opens where no character of a word stands before it, or right after a unit's
        # last character, not on another unless it opens a compound surname: 学院某某、某某等,
        # 学院司马某某; not 市区|王明)
        "name_list": compile_checked(rf"(?:(?<![\p{{Han}}、])|(?<={_class(sorted(g['office_chars'] | g['list_unit_chars']))})(?!{_class(sorted((g['office_chars'] | g['list_unit_chars']) - {c[0] for c in compound}))})){_NAME_LIST}"
                                     rf"(?={closed}|[ \t\u3000]*(?:[。；;\n]|\Z))",
                                     "people: list of names"),
        "list_closed": compile_checked(closed, "people: list of names"),
        # "参与志愿者：某某 某某 某某": what the persons are, a colon, their names set off by spaces.
        # (scanned from the colon, the label read before it)
        "labelled_names": compile_checked(
            rf"[:：][ \t]*(?P<names>[\p{{Han}}]{{2,3}}(?:[ \t\u3000]+[\p{{Han}}]{{2,3}})+)"
            rf"(?=[ \t\u3000]*(?:[\n。；;]|\Z|[ \t\u3000][^\p{{Han}}]))", "people: labelled names"),
        "label_before": compile_checked(rf"(?:{alternation(descriptors['identity'])})[ \t]*$", "person_descriptors.json: identity"),
        "label_reach": max(map(len, descriptors["identity"])) + 2,
        "count_closer": compile_checked(count_closer, "person_descriptors.json: list_count_classifiers"),
        # A count of two to nine persons (王明和李强|两名), after a Han character: what may close
        # names joined by a conjunction (:func:`_joined_names_counted`).
        "joined_count": compile_checked(rf"(?P<n>{alternation(w for w, k in _counted_numbers(v).items() if 2 <= k <= 9)})"
                                        rf"{_class(descriptors['list_count_classifiers'])}", "numerals.json: digits", stdlib=True),
        "count_values": _counted_numbers(v),
        "one_char_prepositions": _one_han_chars(v.words("one_char_prepositions"), "one_char_prepositions.txt"),
        "joining_conjunctions": _words_longest_first(grammar["name_conjunctions"], "person_grammar.json: name_conjunctions"),
        # (the words of taking part: a list they close is of people whatever its names' length)
        "list_closer": compile_checked(alternation(descriptors["list_closers"]), "person_descriptors.json: list_closers"),
        # Short names of provinces, prefectures and counties (武汉, 包头): no name of a person.
        "divisions": frozenset(short_division_names()),
        "deictic_bodies": compile_literals(descriptors["deictic_bodies"], "person_descriptors.json: deictic_bodies"),
        "single": single,
        "compound": compound,
        "compound_set": frozenset(compound),
        "positions": position_words,
        "weak_positions": frozenset(words("occupations")),
        # (the posts of positions.txt: the words other finders read as a title's end)
        "position_end": re.compile(f"(?:{compile_literals(words('positions'), 'positions.txt').pattern})$"),
        # The same words for look-ups and a whole-text scan (the spans of ``positions.finditer``).
        "position_table": WordTable(positions),
        "position_longest": max(map(len, positions)),
        "position_spans": literal_spans(positions, "positions.txt"),
        "follow": compile_literals(follow, "name_follow.txt"),
        "follow_table": WordTable(follow),
        "not_names": frozenset(words("not_names")),
        # One-character verbs of the dictionary (包, 送): right after what a person is, one that
        # opens a word of the dictionary (包|饺子) is the verb and its object, no surname.
        "one_char_verbs": frozenset(words("one_char_verbs")),
        # Common nouns of the dictionary (儿童, 居民楼, 群体): no name opens inside one, and a
        # two-character one is a name only when strongly anchored.
        "nouns": _common_nouns(v),
        # Other words of the dictionary (那位, 门前): no name where nothing anchors it and no
        # punctuation ends it; an item of a list of names may be one (镇人大主席候选人严可、温柔).
        "dictionary_words": frozenset(w for w in words("common_words") if 2 <= len(w) <= 3),
        # Prepositions and conjunctions (关于, 由于): their first character ends no name.
        "function_words": _two_or_three("function_words", v),
        # Verbs of the dictionary (来自, 满意, 扶贫): a two-character one is no name either.
        "verbs": _two_or_three("common_verbs", v) | frozenset(w for w in (*words("frequent_verbs"), *words("occasional_verbs"))
                                                             if 2 <= len(w) <= 3),
        # Two-character words of another kind (应邀, 陆续, 督查): no name, and no opening of a
        # three-character one either (陆续来到, 应邀旁听).
        "not_name_words": frozenset(w for w in follow + words("title_stops") + words("noun_stops") if len(w) == 2),
        "title_inner": compile_literals(words("title_inner_words"), "title_inner_words.txt"),
        # The marks of a date's year, month and day (2020年|县委书记: the date's, no title's), and
        # the words of a day or a part of it of two characters or more (9月30日上午|院长).
        "date_marks": frozenset((tw := time_words(v))["year_mark"] + tw["month_mark"] + "".join(tw["day_marks"])),
        "day_words": tuple(sorted((w for w in (*tw["part_of_day"], *tw["relative_days"], *tw["context_days"]) if len(w) >= 2),
                                  key=len, reverse=True)),
        "org_units": org_units(v),
        "org_unit_words": frozenset(words("org_units")),
        # Name parts holding a conjunction (自然资源和规划): the conjunction cuts no title.
        "conjoined": conjoined_names(v),
        "conjoined_firsts": frozenset(w[0] for w in conjoined_parts(v)),
        "title_stops": compile_checked(alternation(title_stops), "title_stops.txt"),
        # (with the parts of the day of time_words.json: 5日上午院长某某 → 院长)
        "title_stop_table": WordTable(title_stops),
        "roles": roles,
        "credit": credit,
        "photo": photo,
        "bureau": bureau,
        "next_role": compile_checked(rf"(?:(?<=[ \t、])|(?<=[:：]))(?:{role_words})(?=[ \t]*[:：]|[ \t])", "people: next role word"),
        "box": compile_checked(rf"[□■][ \t]*(?P<names>{name_tok}(?:[ \t]+{name_tok}){{0,3}})[ \t]+(?=(?:{g['box_after']}))", "people: boxed byline"),
        # The credit pattern on the standard library's ``re``, tried where a role word can open
        # (the characters of credit_starts): every credit, overlapping ones too, at a fraction of
        # the cost of an overlapped scan.
        "credit_re": compile_checked(with_han_class(credit_pattern), "people: credit pattern", stdlib=True),
        "credit_starts": re.compile("[" + "".join(sorted({re.escape(w[0]) for w in roles})) + "]"),
    }


_lex = person_lexicon  # the former private name


def common_nouns(vocabulary: "Vocabulary | None" = None) -> frozenset[str]:
    """The common nouns of ``common_nouns.txt`` (two or three Han characters each: 儿童, 居民楼)
    with those ``vocabulary`` adds, read and checked once per vocabulary for the person and
    place finders."""
    return _common_nouns(resolve(vocabulary))


@lru_cache(maxsize=KEPT)
def _common_nouns(vocabulary: Vocabulary) -> frozenset[str]:
    return _two_or_three("common_nouns", vocabulary)


def _two_or_three(name: str, vocabulary: Vocabulary) -> frozenset[str]:
    entries = vocabulary.words(name)
    bad = [w for w in entries if not 2 <= len(w) <= 3 or not _HAN_RUN.fullmatch(w)]
    if bad:
        raise ResourceError(f"{name}.txt: entries must be two or three Chinese characters: {bad[:3]}")
    return frozenset(entries)


def _surname_fits(text: str, pos: int, length: int, lex) -> bool:
    """True when a surname at ``pos`` opens a name of ``length`` characters (the lengths
    :func:`_name_at` tries: a compound surname and one or two characters, a single one and one
    or two)."""
    if length in (3, 4) and text[pos:pos + 2] in lex["compound_set"]:
        return True
    return length in (2, 3) and text[pos:pos + 1] in lex["single"]


def _closes_noun(text: str, pos: int, lex, after_word: bool = False) -> bool:
    """True when the character at ``pos`` closes a common noun with the one or two characters
    before it (困难儿童群体: 童 of 儿童; 居民楼内: 楼 of 居民楼), or a position (主任|吴浩).
    ``after_word``: a word ends right before ``pos`` (a descriptor: 老人|马某某), so only a noun of
    three characters that the word runs into counts (居民|区, not 人马)."""
    if pos <= 0:
        return False
    if (not after_word and text[pos - 1:pos + 1] in lex["nouns"]) or (pos > 1 and text[pos - 2:pos + 1] in lex["nouns"]):
        return True
    # A position word that ends with the character (what ``position_end.search(text, pos - 8, pos + 1)``
    # finds: its $ also matches before a line break that ends the window).
    table = lex["position_table"]
    return table.ends_at(text, max(0, pos - 8), pos + 1) or (text[pos] == "\n" and table.ends_at(text, max(0, pos - 8), pos))


def _after_office(text: str, start: int, lex) -> bool:
    """Whether the name at ``start`` comes right after the office its person belongs to (镇党委|王明,
    农经处|邓天明): an office's last character, not one that makes a word with the name's first."""
    return start > 0 and text[start - 1] in lex["office_chars"] and text[start - 1:start + 1] not in lex["not_name_words"]


def _opens_function_word(text: str, end: int, lex) -> bool:
    """True when the last character before ``end`` opens a preposition or conjunction with the
    next one (王健关于…: 关于)."""
    return end < len(text) and text[end - 1:end + 1] in lex["function_words"]


_BOUNDARY_CHARS = set(",.;:!?，。；：！？、()（）“”\"'‘’《》[]【】 \n\t—-…·/")


# A name of Han parts joined by a middle dot (买买提·艾力, 阿不都热合曼·买买提): a transliterated name.
_DOTTED = compile_stdlib(r"\p{Han}{1,8}(?:[·・•]\p{Han}{1,8})+")


def _dotted_at(text: str, pos: int, lex) -> tuple[int, int] | None:
    """The transliterated name with middle dots that starts at ``pos``, or None. Its last part has
    two to eight characters and ends where the text does (a mark or a space follows) or, after three
    or more, where a word of two or more characters that ends names or a position starts
    (买买提·艾力主持…, 吾买尔·托合提一行…); a one-character word after it is no sure end
    (托合提到…: 提到 or 到), so such a name is not read as dotted."""
    m = _DOTTED.match(text, pos)
    last = max(text.rfind(dot, pos, m.end()) for dot in "·・•") + 1
    for end in range(last + 2, min(m.end(), last + 8) + 1):
        rating = _end_rating(text, end, lex)
        if rating == 3 or (end - last >= 3 and rating == 2 and text[end:end + 2] not in lex["function_words"]):
            return pos, end
        if end - last >= 3 and rating:
            return None  # (a one-character word or a function word after it: no sure end)
    return None


def _one_han_chars(words, where: str) -> frozenset[str]:
    """``words``, checked: each one Han character."""
    bad = [w for w in words if len(w) != 1 or not HAN.match(w)]
    if bad:
        raise ResourceError(f"{where}: entries of one Han character only, not {bad[:5]}")
    return frozenset(words)


def _words_longest_first(words, where: str) -> tuple[str, ...]:
    """``words`` (a list of Han words, checked), longest first."""
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w and all(HAN.match(c) for c in w) for w in words):
        raise ResourceError(f"{where}: needs a list of words of Han characters")
    return tuple(sorted(words, key=len, reverse=True))


def _counted_numbers(v) -> dict[str, int]:
    """The numbers a count of persons is written with: the Chinese digits (``numerals.json``) and
    the Arabic ones."""
    digits = {w: k for w, k in v.data("numerals")["digits"].items() if isinstance(k, int)}
    return {**digits, **{str(k): k for k in range(10)}}


def _joined_names_counted(text: str, count: int, size: int, lex) -> list[tuple[int, int]]:
    """The names that a count of ``size`` persons at ``count`` closes, read back from it: the
    last joined to the others by a conjunction (和, 与, 及), the others by 、, each a name on its
    own (three characters first, then two); none unless there are exactly ``size`` of them."""
    def name_ending(end: int) -> tuple[int, int] | None:
        for n in (3, 2):
            a = end - n
            piece = text[a:end] if a >= 0 else ""
            if piece and _HAN_ONLY.fullmatch(piece) and _name_at(piece, 0, lex) == (0, n) \
                    and not _word_of_the_dictionary(piece, lex) and piece not in lex["divisions"] \
                    and not (n == 2 and piece[-1] in lex["village_name_ends"]) \
                    and not (n == 3 and (piece[0] in lex["prepositions"] or piece[0] in lex["one_char_prepositions"]
                                         or a and _word_of_the_dictionary(text[a - 1:a + 1], lex))):
                return a, end  # (not 高中, 江南, 王庄: words, places and villages; nor 向|王明, 感谢|王明)
        return None

    last = name_ending(count)
    if last is None:
        return []
    joiner = next((w for w in lex["joining_conjunctions"] if text.endswith(w, 0, last[0])), None)
    if joiner is None:
        return []
    items = [last]
    end = last[0] - len(joiner)
    while len(items) < size:
        item = name_ending(end)
        if item is None:
            return []
        items.append(item)
        if len(items) < size:
            if item[0] == 0 or text[item[0] - 1] != "、":
                return []  # (fewer names than the count: no such list)
            end = item[0] - 1
    first = min(a for a, _ in items)
    if first and text[first - 1] == "、":
        return []  # (a longer list than the count says: 赵刚、王明和李强两名…)
    return sorted(items)


_HAN_ONLY = compile_stdlib(r"\p{Han}+")


def _name_at(text: str, pos: int, lex, *, in_list: bool = False, anchored: bool = False,
             after_word: bool = False) -> tuple[int, int] | None:
    """A person's name starting at ``pos``, or None.

    Each possible length (surname + one or two characters) is rated by what
    follows it: punctuation or the end (3), a word of ``name_follow.txt`` or a
    position (2), a one-character function word (1); the best rating wins,
    then the longer name.
    """
    n = len(text)
    if anchored and _DOTTED.match(text, pos):
        # 艾力·吐尔逊: a transliterated name, whole, or none when its end is not sure (a part of
        # it is no name of its own)
        return _dotted_at(text, pos, lex)
    options: list[int] = []
    if text[pos:pos + 2] in lex["compound_set"]:
        options += [4, 3]
    if text[pos:pos + 1] in lex["single"]:
        options += [3, 2]
    if not options:
        return None  # no surname opens here
    if text[pos + 1:pos + 2] == text[pos]:
        return None  # 连连道谢, 频频点头: a doubled character is an adverb, no surname and given name
    if not anchored and _closes_noun(text, pos, lex, after_word):
        return None  # 困难儿童群体, 居民楼内: the surname character ends a word, no name opens there
    best: tuple[int, int] | None = None
    for length in options:
        end = pos + length
        if end > n:
            continue
        cand = text[pos:end]
        if not _HAN_RUN.fullmatch(cand):
            continue
        given = cand[2:] if length >= 3 and cand[:2] in lex["compound_set"] else cand[1:]
        if cand in lex["not_names"] or cand[:2] in lex["not_names"] or cand[:2] in lex["not_name_words"]:
            continue
        if not lex["bad_given"].isdisjoint(given) and not (
                anchored and len(given) == 2 and given[0] in lex["given_after_title"] and given[1] not in lex["bad_given"]
                and _end_rating(text, end, lex) >= 2) and not (
                anchored and len(given) == 2 and given[0] not in lex["bad_given"] and given[1] in lex["given_last_after_title"]
                and _end_rating(text, end, lex) >= 3):
            continue  # (副局长唐从军主持, 书记安大为,: after a title, a word or a mark after the name shows where it ends)
        if lex["kin_given"].match(given) and not (anchored and len(given) == 2 and given not in lex["kin_words"]):
            continue  # 王大爷, 李阿姨: a surname with a kinship word is no full name (王大明, 主席王伯林 are)
        if lex["positions"].search(cand[1:]) or lex["position_end"].search(cand):
            continue  # 刘书记, 区长: a surname with a title is not a full name
        if cand[1:] in lex["org_unit_words"] or cand in lex["org_unit_words"]:  # (a whole organisation word)
            continue  # 区政协, 党委: an organisation, not a person
        if length >= 3 and _opens_function_word(text, end, lex):
            continue  # 王健关于…: the last character belongs to the preposition
        if not anchored and length >= 3 and cand[:2] in lex["nouns"]:
            continue  # 生气地说: a common noun opens no name where no title anchors it
        if cand[0] in lex["verb_surnames"] and len(given) == 2 and (given in lex["nouns"] or given in lex["verbs"]):
            continue  # 有|状态, 来|监督: a verb and a word, not a surname and a given name
        rating = _end_rating(text, end, lex)
        if (cand in lex["nouns"] or cand in lex["verbs"] or (not in_list and rating < 3 and cand in lex["dictionary_words"])) \
                and (not anchored or rating < 2):
            continue  # 广播, 群体, 归属感: a common noun is a name only after a title and before a name end
        if cand[-1] in lex["name_end_conjunctions"] and length >= 3 and rating < 3 \
                and not (text.startswith(lex["home_word"], end) and text[end + len(lex["home_word"]):end + len(lex["home_word"]) + 1]
                         in lex["home_follow_chars"]):
            rating = 0  # "林涛和副书记…": the conjunction ends the name (not 王福和|家中: a home needs its owner; 王明和|家人 stays)
        if length == 3 and rating < 3 and _written_shorter(text, cand, pos):
            rating = 0  # 闻涛留给同事 … 闻涛身体不好: the text writes the name with two characters
        if rating and (best is None or rating > best[0]):
            best = (rating, end)
    if best is None and anchored:
        # After a title the name is certain; its length is not: take two characters when a word
        # of name_follow.txt starts after them, else three.
        for length in sorted(options, reverse=True):
            end = pos + length
            cand = text[pos:end]
            if end > n or not _HAN_RUN.fullmatch(cand) or cand in lex["not_names"] or cand[:2] in lex["not_names"] \
                    or cand[:2] in lex["not_name_words"] or cand[0] in lex["verb_surnames"] \
                    or cand in lex["nouns"] or cand in lex["verbs"] or (length >= 3 and _opens_function_word(text, end, lex)):
                continue
            given = cand[2:] if length >= 3 and cand[:2] in lex["compound_set"] else cand[1:]
            if any(ch in lex["bad_given"] or ch in lex["not_given_after_title"] for ch in given) or lex["kin_given"].match(given):
                continue
            if length >= 3 and lex["follow_table"].longest(text, end - 1) > 1:
                continue
            if length == 3 and _written_shorter(text, cand, pos):
                continue  # 闻涛留给同事 … 闻涛身体不好: the text writes the name with two characters
            return pos, end
    return None if best is None else (pos, best[1])


_SAME_TEXT_REACH = 3000  # characters either side: an article, or its neighbours on a page
_LONGEST_TITLE = 30  # characters: the longest title read (a unit's full name and its positions)
_FEW_OCCURRENCES = 8  # occurrences of a name's first two characters read one by one (more are counted)


def _unsurnamed_name_at(text: str, pos: int, lex) -> tuple[int, int] | None:
    """A name that no surname opens (孟和巴图, 巴特尔), right after a title at ``pos``: three to six
    characters closed by a mark of ``unsurnamed_name_closers`` whose clause after it names another
    position (…主任孟和巴图，某委主任某某: a list of officials), or None. No character of it may be
    one no given name holds, no two of it a word of the dictionary, and neither the title's last
    character with its first (组织员|工返岗) nor its second character with what follows (主任长|刘伟)
    may make a word or a name."""
    n = len(text)
    for end in range(pos + 1, min(n - 1, pos + 6) + 1):
        if not _HAN_RUN.match(text, end - 1) or text[end - 1] in lex["bad_given"] \
                or (end - pos >= 2 and _word_of_the_dictionary(text[end - 2:end], lex)):
            return None  # (each character is read once, as the name grows)
        if end - pos < 3:
            continue
        if text[end] not in lex["unsurnamed_closers"]:
            continue
        # (the next position is looked for in the clause after the mark, as far as a title reaches)
        reach = min(n, end + 1 + _LONGEST_TITLE)
        clause = _CLAUSE_END.search(text, end + 1, reach)
        if lex["positions"].search(text, pos, end) \
                or _word_of_the_dictionary(text[pos - 1:pos + 1], lex) or _name_at(text, pos + 1, lex) is not None \
                or not lex["positions"].search(text, end + 1, clause.start() if clause else reach):
            return None
        return pos, end
    return None


def _word_of_the_dictionary(word: str, lex) -> bool:
    """True when ``word`` is a common word, noun or verb of the dictionary (希望, 群体)."""
    return word in lex["dictionary_words"] or word in lex["nouns"] or word in lex["verbs"]


def _listed_item(text: str, pos: int, lex, *, titled: bool = False) -> tuple[int, int] | None:
    """An item of a list of names set off by list marks on both sides (、张保省、王小鹏), read as a
    name whatever its given name: the list says what it is. Three characters, a surname first, no
    common word, no division's name, and the list goes on after it with another name. In a list
    under a title (``titled``: 县领导某某、占某某、王某), whose names before and after it are
    found, the list says it is a name whatever its surname (a rare one, 占, 訚)."""
    end = pos + 3
    if text[end:end + 1] != "、" or not _HAN_RUN.fullmatch(text, pos, end):
        return None
    cand = text[pos:end]
    if titled and cand[:1] not in lex["single"] and (cand[0] in lex["unit_chars"] or cand[-1] in lex["list_unit_chars"]
                                                     or lex["org_units"].search(cand) or cand[0] in lex["group_openers"]):
        return None  # 县委办, 镇党委, 各乡镇, 老党员: a body or a group, no rare surname
    if (titled or cand[:1] in lex["single"]) and cand not in lex["nouns"] and cand not in lex["verbs"] \
            and cand not in lex["not_names"] and cand[:2] not in lex["not_names"] \
            and cand not in lex["divisions"] and not lex["positions"].search(cand) \
            and _name_at(text, end + 1, lex, in_list=True) is not None:
        return pos, end
    return None


def _written_shorter(text: str, cand: str, pos: int) -> bool:
    """True when the text around ``pos`` writes the first two characters of ``cand`` elsewhere
    without its third (a name is written the same way throughout a text). The reach is bounded
    so that the cost per candidate does not grow with the document."""
    lo, hi = max(0, pos - _SAME_TEXT_REACH), min(len(text), pos + _SAME_TEXT_REACH)
    if len(cand) == 3 and cand[0] != cand[1] and cand[2] != cand[0]:
        # No two occurrences of the two characters, or of the name, can overlap: the name's own
        # occurrences hold the two characters, the text writes them shorter where one of them
        # is not followed by the third (one pass while they are few; many are counted).
        two, third = cand[:2], cand[2]
        at = text.find(two, lo, hi)
        for _ in range(_FEW_OCCURRENCES):
            if at < 0:
                return False
            if at + 3 > hi or text[at + 2] != third:
                return True
            at = text.find(two, at + 2, hi)
    return text.count(cand[:2], lo, hi) > text.count(cand, lo, hi)


def _end_rating(text: str, end: int, lex) -> int:
    if end >= len(text):
        return 3
    ch = text[end]
    if ch in _BOUNDARY_CHARS or ch.isspace():
        return 3
    follow = lex["follow_table"].longest(text, end)  # (the length of what lex["follow"].match finds)
    if follow > 1:
        return 2
    if follow and lex["count_closer"].match(text, end):
        return 2  # 李强等3位专家: 等 and a count of persons close the name
    if ch in lex["kin_after_firsts"] and lex["kin_after"].match(text, end):
        return 2  # 刘长春老伯, 某某婆婆: a word of kinship or courtesy after a full name
    if text[end:end + 2] in lex["function_words"]:
        return 2  # 王健关于…的汇报: a preposition or conjunction ends the name
    if follow:
        return 1
    return 2 if lex["position_table"].longest(text, end) else 0


def _ends_name(text: str, end: int, lex) -> bool:
    if end >= len(text):
        return True
    ch = text[end]
    if ch in _BOUNDARY_CHARS or ch.isspace():
        return True
    return bool(lex["follow_table"].longest(text, end) or lex["position_table"].longest(text, end))


def _title_before(text: str, end: int, lex) -> tuple[int, int] | None:
    """The title that ends at ``end`` (a position word) read leftwards, or None."""
    if not lex["position_table"].ends_at(text, end - lex["position_longest"], end):
        return None  # no position word ends here: no title (the test below would fail)
    start = end
    while start > 0 and end - start < _LONGEST_TITLE:
        ch = text[start - 1]
        if ch in "”’":
            # A quoted name inside the title (市“菜篮子”工程指挥部副指挥长): the quote is part of it.
            opening = _QUOTED_BEFORE.search(text, max(0, start - 12), start)
            if opening is None or opening.start() == 0 or not HAN.match(text[opening.start() - 1]):
                break
            start = opening.start()
            continue
        # The run of Han characters that ends here (not reaching back past 30 characters): it
        # starts after the last other character, searched backwards (what _HAN_TAIL.search finds).
        lo = max(0, end - _LONGEST_TITLE)
        other = _NOT_HAN_BEFORE.search(text, lo, start)
        han_start = other.end() if other else lo
        if han_start >= start:
            break
        start = han_start
    if start > 0 and text[start - 1].isdigit() and text[start] in lex["date_marks"]:
        start += 1  # 2020年|县委书记: the year's mark is no part of the title
        day_word = next((w for w in lex["day_words"] if text.startswith(w, start)), None)
        if day_word is not None and start + len(day_word) < end:
            start += len(day_word)  # 9月30日上午|院长: nor is the part of the day
    run = text[start:end]
    if not run:
        return None
    # Cut at the last stop word (verb, preposition, conjunction) inside the run.
    cut = 0
    # (name parts holding a stop word, 住房和城乡建设, 新时代文明实践: read where the first character of one is)
    joined = [m.span() for m in lex["conjoined"].finditer(run)] if not lex["conjoined_firsts"].isdisjoint(run) else None
    inner = [m.span() for m in lex["title_inner"].finditer(run)]
    if "“" in run or "‘" in run:
        inner += [m.span() for m in _QUOTED_SPAN.finditer(run)]  # words quoted in a title are a name
    # (The position words that end the run and its pieces, looked up: what ``position_end.search``
    # finds there, no line break being in a run of Han characters.)
    positions = lex["position_table"]
    post = positions.longest_ending(run, 0, len(run))
    post = len(run) - post if post else None  # where the position word that ends the run starts
    for m_start, m_end in lex["title_stop_table"].overlapped(run, 0, len(run)):  # (lex["title_stops"].finditer(run, overlapped=True))
        if post is not None and m_start >= post:
            continue  # 调研 of 一级调研员: inside the position word itself
        if inside_conjoined(run, joined, m_start, m_end):
            continue  # 和 of 自然资源和规划局局长: part of the bureau's name
        if any(a <= m_start and m_end <= b and (a, b) != (m_start, m_end) for a, b in inner):
            continue  # 有 of 国有资产管理局, 原 of 太原: inside a word of the title
        if _inside_division(run, m_start, m_end, lex):
            continue  # 都 of 成都市副市长: inside a division's name
        if len(run[m_start:m_end]) > 1 and run[m_end:m_end + 1] in lex["office_chars"]:
            continue  # 督导 of 第三督导组组长, 环境督查局局长: an office named after what it does
        if run[m_start:m_end] in lex["title_conjunctions"] and not _name_ends_at(run, m_start, lex) \
                and (_joins_two_fields(run, m_start, m_end, lex) or _joins_two_groups(run, m_start, m_end, lex)):
            continue  # 镇经济发展和社会事务局局长: one office for two fields; 市直及县区领导: one group
            # (not after a person's name: 某某与|镇某办公室主任 joins two persons)
        if m_end < len(run) and not positions.ends_at(run, 0, m_end):
            # A stop word that is itself the end of a position word stays (党委 of 党委书记 etc).
            cut = max(cut, m_end)
    piece_start = start + cut
    # "这位村党支部书记", "这个场党总支书记": a demonstrative and its classifier are no part of the title.
    if end - piece_start >= 4 and text[piece_start] in lex["demonstratives"] and text[piece_start + 1] in lex["one_char_classifiers"]:
        piece_start += 2
    # "该镇党委书记", "本县县长": the deictic word points at the body, the title is what follows.
    if end - piece_start > 3 and text[piece_start] in lex["deictic_chars"] and text[piece_start + 1] in lex["unit_chars"]:
        piece_start += 1
        if text[piece_start] == text[piece_start + 1]:
            piece_start += 1  # 该县县长 → 县长
    elif end - piece_start > 4 and text[piece_start] in lex["deictic_body_chars"]:
        body = lex["deictic_bodies"].match(text, piece_start + 1)
        if body and end - body.end() >= 2:
            piece_start = body.end()  # 该小区党支部书记: the title is what follows the body pointed at
    if piece_start >= end or not positions.ends_at(text, piece_start, end):
        return None
    last = end - positions.longest_ending(text, piece_start, end)  # (where lex["position_end"].search finds it)
    for inner_post in lex["positions"].finditer(text, piece_start, last):
        gap = last - inner_post.end()
        if 2 <= gap <= 3 and _name_at(text[inner_post.end():last], 0, lex) is not None:
            return None  # 镇长施洋书记: a title, a name and the title after it, not one title
        named = _name_at(text[inner_post.end():last], 0, lex) if gap > 3 else None
        if named is not None and text[inner_post.end() + named[1]] in lex["title_conjunctions"]:
            # 市长王明和某区委书记: another person's title and name, then a conjunction: the title
            # opens after it.
            piece_start = inner_post.end() + named[1] + 1
    if piece_start >= end:
        return None
    return piece_start, end


def _inside_division(run: str, start: int, end: int, lex) -> bool:
    """True when ``run[start:end]`` lies inside a division's name (``short_division_names``: 成都)
    written in ``run`` that opens before it, opens the run (都江堰市副市长) or opens at the stop word
    before a unit's character (江西于都县副县长); a name that opens with the stop word inside the run
    before no such character (和田 of 志愿者和田园社区) is read as the stop word and what follows."""
    divisions = lex["divisions"]
    return any(run[a:b] in divisions and (a < start or start == 0 or run[b:b + 1] in lex["unit_chars"])
               for a in range(max(0, start - 4), start + 1)
               for b in range(max(end, a + 2), min(len(run), a + 5) + 1))  # (or opens the title: 都江堰)


def _name_ends_at(run: str, pos: int, lex) -> bool:
    """True when a person's name of two or three characters, a name on its own and no word of the
    dictionary, ends at ``pos`` of ``run``, its first character no end of a word of the dictionary
    that the character before it opens (市场监|督管理: no name)."""
    for n in (3, 2):
        piece = run[pos - n:pos] if pos >= n else ""
        if piece and _name_at(piece, 0, lex) == (0, n) and not _word_of_the_dictionary(piece, lex) \
                and not (pos > n and _word_of_the_dictionary(run[pos - n - 1:pos - n + 1], lex)
                         and not (pos > n + 1 and _word_of_the_dictionary(run[pos - n - 2:pos - n], lex))):
            return True  # (not a piece whose first character ends a word with the one before, itself
            # left over from no word: 市场监|督管理; but 邀请|安明)
    return False


_LIST_ITEM = compile_stdlib(r"\p{Han}+(?:·\p{Han}+)?")
# Two or more items of a list, each a unit's name and a person's (某镇王明、某局赵刚…).
_UNIT_NAME_LIST = compile_stdlib(r"(?:\p{Han}{3,14}、)+\p{Han}{3,}")
_NOT_HAN = compile_stdlib(r"[^\p{Han}]")


def _unit_list_matches(text: str):
    """``_UNIT_NAME_LIST.finditer(text)``, the pattern run only around the list marks: a match
    opens at most 14 characters before its first 、 and closes where the run of Han characters
    after its last 、 ends, and its marks lie at most 15 apart; so each stretch from 14 characters
    before a 、 to the end of the Han run after it (stretches that meet are one) holds the matches
    the whole text has there, and no match lies outside them."""
    def stretches():
        pos = text.find("、")
        while pos != -1:
            after = _NOT_HAN.search(text, pos + 1)
            hi = after.start() if after is not None else len(text)
            yield max(0, pos - 14), hi
            pos = text.find("、", max(pos + 1, hi))
    for lo, hi in _merged(stretches()):
        yield from _UNIT_NAME_LIST.finditer(text, lo, hi)


def _unit_name_items(text: str, start: int, end: int, lex) -> list[tuple[int, int]]:
    """The names of a list whose items are a unit's name and then a person's (东镇王明、
    水务局赵刚、卫生局李强3名负责人): each name two or three characters that :func:`_name_at`
    reads whole, right after a unit's last character (``office_chars``, ``list_unit_chars``), or,
    after the first item, a bare name of the unit before it (某街道叶强、赵明家中); the last one closed
    like a list of bare names (a count of persons, 等, a word of taking part) or by a home (家中).
    ``[]`` unless every item is one and two or more name their unit."""
    first = text.find("、", start, end)
    if not (text[first - 3] in lex["list_unit_chars"] or text[first - 4] in lex["list_unit_chars"]):
        return []  # (the first item names no unit before a name: no such list)
    items = text[start:end].split("、")
    out: list[tuple[int, int]] = []
    units = 0
    pos = start
    for k, item in enumerate(items):
        last = k == len(items) - 1
        found = None
        unit = False
        for size in (3, 2):
            if last:
                # (the last item runs on into the words after the list: try each unit end in it)
                for u in range(pos + 1 if k == 0 else pos - 1, min(pos + len(item), pos + 14)):
                    if (u == pos - 1 or text[u] in lex["list_unit_chars"]) and _name_at(text[u + 1:u + 1 + size], 0, lex) == (0, size) \
                            and (lex["list_closed"].match(text, u + 1 + size) or lex["count_closer"].match(text, u + 1 + size)
                                 or text.startswith(lex["home_word"], u + 1 + size)):
                        found, unit = (u + 1, u + 1 + size), u >= pos
                        break
            else:
                s = pos + len(item) - size
                if ((s - 1 > pos and text[s - 1] in lex["list_unit_chars"]) or (s == pos and k > 0)) \
                        and _name_at(text[s:s + size], 0, lex) == (0, size):
                    found, unit = (s, s + size), s > pos
            if found:
                break
        if found is None or (found[1] - found[0] == 2 and text[found[1] - 1] in lex["village_name_ends"]):
            return []  # (东湖镇刘集、西山镇王营: villages after their towns)
        out.append(found)
        units += unit
        pos += len(item) + 1
    return out if len(out) >= 2 and units >= 2 else []


_QUOTED_SPAN = compile_stdlib(r"[“‘][^”’]{1,12}[”’]")
_QUOTED_BEFORE = compile_stdlib(r"[“‘][\p{Han}、]{1,12}[”’]$")


def _joins_two_fields(run: str, left: int, right: int, lex) -> bool:
    """True when the conjunction at ``run[left:right]`` joins two fields of one office's name:
    what follows it ends with an office word right before the title's position (…和生态环境局 +
    局长), and what precedes it is no title of its own (区委书记和区长)."""
    position = lex["position_end"].search(run)
    if position is None or position.start() <= right + 1:
        return False
    if lex["position_end"].search(run[:left]):
        return False
    return bool(lex["office_end"].search(run, right, position.start())) and left >= 2


def _joins_two_groups(run: str, left: int, right: int, lex) -> bool:
    """True when the conjunction at ``run[left:right]`` joins the two qualifiers of one group's label
    (市直及县区|领导, 市直和县区|负责同志): the run ends with a group noun of a list's label
    (``list_group_nouns``: 领导, 同志 …), and neither side ends with a title of its own."""
    group = next((w for w in lex["group_nouns"] if run.endswith(w)), None)
    if group is None or len(run) - len(group) - right < 2 or left < 2:
        return False
    return not lex["position_end"].search(run[:left]) and not lex["position_end"].search(run[:len(run) - len(group)])


def titles_chain(text: str, name_start: int, lex) -> list[tuple[int, int]]:
    """Titles written before a name, split at 、 and spaces, in text order."""
    out: list[tuple[int, int]] = []
    end = name_start
    while end > 0:
        title = _title_before(text, end, lex)
        if title is None:
            break
        out.append(title)
        start = title[0]
        if start > 1 and text[start - 1] in "、 " and HAN.match(text[start - 2]):
            end = start - 1
            continue
        break
    out.reverse()
    return out


_titles_chain = titles_chain  # the former private name


def find_credits(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Credit]:
    """The contributors of the text: reporters, correspondents, photographers, editors.

    ``vocabulary``: the :class:`~pressie.vocabulary.Vocabulary` the surnames and other words
    come from (``None``: the packaged ones).

    >>> [(c.text, c.role) for c in find_credits("本报讯(记者 周文清)5月8日上午……(林海 摄)")]
    [('周文清', 'reporter'), ('林海', 'photographer')]
    """
    check_vocabulary(vocabulary, "find_credits")
    return on_source("find_credits", text, lambda t: find_credits_normalized(t, vocabulary=vocabulary))


def _split_names(text: str, start: int, end: int, lex) -> list[tuple[int, int]]:
    """Name tokens of a credit list ("王京普 石金帅", "李 珍")."""
    out = []
    chunk = text[start:end]
    tokens = [(m.start() + start, m.end() + start) for m in _HAN_TOKENS.finditer(chunk)]
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        # "李 珍": a single surname, a space, a single given character.
        if e - s == 1 and i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] == 1 \
                and text[s] in lex["single"]:
            out.append((s, tokens[i + 1][1]))
            i += 2
            continue
        if text[s:e] in lex["roles"]:
            i += 1
            continue
        for verb in lex["report_verbs"]:  # "记者李明报道": the verb after the name is not part of it
            if text.endswith(verb, s, e) and e - len(verb) - s >= 2:
                e -= len(verb)
                break
        if 2 <= e - s <= 4 and (text[s] in lex["single"] or text[s:s + 2] in lex["compound_set"]):
            out.append((s, e))
        i += 1
    return out


def find_credits_normalized(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Credit]:
    """:func:`find_credits` on text that is already normalised (offsets into ``text``)."""
    lex = person_lexicon(vocabulary)
    out: dict[tuple[int, int], Credit] = {}

    def add(span, role):
        s, e = span
        if (s, e) not in out:
            out[(s, e)] = _credit(start=s, end=e, text=text[s:e], role=role)

    credit = lex["credit_re"]
    # Every credit, overlapping ones too (what ``lex["credit"].finditer(text, overlapped=True)``
    # gives): a match tried where a role word can open.
    for m in map(credit.match, repeat(text), map(_START, lex["credit_starts"].finditer(text))):
        if m is None:
            continue
        role = lex["roles"][m["role"]]
        if role == "source":
            continue
        if len(m["role"]) == 1 and not _COLON_NEXT.match(text, m.end("role")):
            continue  # 图/文/摄 only as "图:…" (not 图说新闻, 地图, 文明…)
        names_end = m.end("names")
        # Stop the list at the next role word ("文字:政府办 摄影:王京普").
        nxt = lex["next_role"].search(text, m.start("names"), names_end)
        if nxt:
            names_end = nxt.start()
        if not _credit_context(text, m.start(), lex):
            continue
        for span in _split_names(text, m.start("names"), names_end, lex):
            if _credit_name_ok(text, span, lex):
                add(span, role)
    for m in lex["photo"].finditer(text):
        for span in _split_names(text, m.start("names"), m.end("names"), lex):
            add(span, "photographer")
    for m in lex["box"].finditer(text):
        for span in _split_names(text, m.start("names"), m.end("names"), lex):
            add(span, "correspondent")
    for m in lex["bureau"].finditer(text):
        inner_start = m.start("names")
        inner = credit.match(text, inner_start)
        if inner:
            continue  # "本报讯(记者 周文清)": the role pattern below takes it
        for span in _split_names(text, m.start("names"), m.end("names"), lex):
            add(span, "reporter")
    return sorted(out.values(), key=lambda c: c.start)


def _credit_context(text: str, pos: int, lex) -> bool:
    """A credit stands at a line start, after a bracket, a box mark or a space/colon, not inside prose."""
    before = text[max(0, pos - 6):pos]
    if not before or before[-1] in "\n(（□■▲◆●【[ :：、)）" or before.endswith(lex["paper_words"]):
        return True
    return bool(lex["media_before"].search(before))


def _credit_name_ok(text: str, span: tuple[int, int], lex) -> bool:
    s, e = span
    if e < len(text) and HAN.match(text[e]) and text[e] not in lex["photo_mark"] \
            and not text.startswith(lex["report_verbs"], e):
        return False  # the name runs on into prose: not a credit list
    return text[s:e] not in lex["not_names"]


def find_people(text: str, *, vocabulary: "Vocabulary | None" = None) -> list[Person]:
    """Named persons with the titles the text gives them, and their later mentions.

    Credits (reporters, photographers, editors) are not persons: see
    :func:`find_credits`.

    Args:
        text: any text; offsets refer to it as given.
        vocabulary: the :class:`~pressie.vocabulary.Vocabulary` the surnames, position words
            and other words come from (``None``: the packaged ones).

    Returns:
        :class:`~pressie.records.Person` records ordered by first mention (``[]`` when none).

    Raises:
        TypeError: when ``text`` is not a ``str`` or ``vocabulary`` no vocabulary.

    >>> [(p.text, [t.text for t in p.titles]) for p in find_people("区委副书记、区长周建成出席会议并讲话。")]
    [('周建成', ['区委副书记', '区长'])]
    """
    check_vocabulary(vocabulary, "find_people")
    return on_source("find_people", text, lambda t: find_people_normalized(
        t, find_credits_normalized(t, vocabulary=vocabulary), vocabulary=vocabulary))


_LIST_REACH = 80  # characters after a list mark that a list of names and its closer may run on
_LIST_MARK = re.compile("、")


def _near(text: str, marks: "re.Pattern", before: int, after: int):
    """``(lo, hi)`` stretches of ``text`` from ``before`` characters before each match of ``marks``
    (a character class) to ``after`` characters past its start, those that meet joined into one,
    in text order."""
    size = len(text)
    return _merged((max(0, m.start() - before), min(size, m.start() + after)) for m in marks.finditer(text))


def _merged(stretches) -> list[list[int]]:
    """``(lo, hi)`` stretches in text order, those that meet joined into one."""
    windows: list[list[int]] = []
    for lo, hi in stretches:
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return windows


def _home_visits(text: str, lex):
    """``lex["visited_home"].finditer(text)``, the pattern run only before each 家 (``home_word``):
    a match ends right after one, the character after it read by the lookahead, and opens at most
    ``home_reach`` characters before it; so the stretches around them hold every match the whole
    text has, and no match starts outside them (its lookbehind reads the text before a stretch as
    it stands)."""
    home = lex["home_word"]
    for lo, hi in _near(text, lex["home_marks"], lex["home_reach"], len(home) + 1):
        yield from lex["visited_home"].finditer(text, lo, hi)


def _after_name_marks(text: str, lex):
    """``lex["after_name_marks"].finditer(text)``, the pattern run only before the characters a
    match ends with (a closing bracket, the age mark), at most ``after_name_longest`` characters
    back: the same matches."""
    for lo, hi in _near(text, lex["after_name_lasts"], lex["after_name_longest"] - 1, 1):
        yield from lex["after_name_marks"].finditer(text, lo, hi)


def _list_matches(text: str, pattern):
    """``pattern.finditer(text)`` for a list of names, which holds a 、: the pattern runs only in
    the stretches around the list marks (a few characters before the first, up to ``_LIST_REACH``
    after the last), the same matches at a fraction of the cost of a scan of the whole text."""
    # (a first name of up to 11 characters before the first mark: 买买提·艾力江)
    for lo, hi in _near(text, _LIST_MARK, 12, _LIST_REACH):
        yield from pattern.finditer(text, lo, hi)


def find_people_normalized(text: str, credits: list[Credit], *, vocabulary: "Vocabulary | None" = None) -> list[Person]:
    """:func:`find_people` on text that is already normalised, with its ``credits``
    (:func:`find_credits_normalized`): offsets into ``text``."""
    lex = person_lexicon(vocabulary)
    credit_spans = Intervals((c.start, c.end) for c in credits)
    first: dict[str, tuple[int, int, list[tuple[int, int]]]] = {}
    mentions: dict[str, dict[tuple[int, int], None]] = {}  # name -> its spans (an ordered set)

    def is_credit(s: int, e: int) -> bool:
        return credit_spans.overlaps(s, s + 1)  # a name that starts inside a credit

    def add(span: tuple[int, int], titles: list[tuple[int, int]]):
        s, e = span
        if is_credit(s, e):
            return
        name = text[s:e]
        mentions.setdefault(name, {})[(s, e)] = None
        if name not in first:
            first[name] = (s, e, list(titles))
        elif titles and not first[name][2]:
            first[name] = (first[name][0], first[name][1], list(titles))
        elif titles:
            # Another mention with other titles ("市领导庄严" … "市委副书记庄严"): the person has both.
            # A shorter form of a title it has (区政协主席 … 主席) adds nothing.
            known = [text[a:b] for a, b in first[name][2]]
            first[name][2].extend(t for t in titles if not any(k.endswith(text[t[0]:t[1]]) for k in known))

    def take_list(end: int, titles):
        # "县领导刘正仁、周太平、周鹏": the title applies to each name of the list.
        pos = end
        listed = False
        while pos < len(text) and text[pos] in "、":
            if text[pos + 1:pos + 2] in (" ", "\u3000") and pos + 2 < len(text):
                pos += 1  # "张晔宇、 薛美": a stray space after the list mark
            nxt = _name_at(text, pos + 1, lex, in_list=True) or _listed_item(text, pos + 1, lex, titled=True)
            if nxt is None or lex["position_table"].longest(text, nxt[1]) or lex["identity"].match(text, pos + 1):
                break  # "、区政协主席…", "、空巢老人…": a new title or descriptor, not another name of the list
            add(nxt, titles)
            pos = nxt[1]
            listed = True
        if listed and text[pos:pos + 1] and text[pos] in lex["noun_followers"]:
            # "某某、某某和某某出席": the list's last name after its conjunction, a full name that
            # ends at a word after names (a verb of taking part, punctuation)
            last = _name_at(text, pos + 1, lex, in_list=True)
            if last is not None and last[1] - last[0] >= 3 and _end_rating(text, last[1], lex) >= 2 \
                    and not lex["position_table"].longest(text, last[1]):
                add(last, titles)

    positions = lex["position_spans"](text)  # the spans of lex["positions"].finditer(text)
    for p_start, p_end in positions:
        at = p_end
        rank = lex["rank_note"].match(text, at) if text[at:at + 1] in "(（" else None  # (it opens with a bracket)
        if rank:
            at = rank.end()  # 副主席（正区级）严冬: a note on the rank between the title and the name
        weak = text[p_start:p_end] in lex["weak_positions"]
        # (an occupation anchors only a name that ends like one: not 专家门诊, 院士红肿的)
        name = _name_at(text, at, lex, anchored=not weak) if at < len(text) else None
        if name is None and not weak and at > p_start:
            name = _unsurnamed_name_at(text, at, lex)  # 某委主任孟和巴图，…
            if name is not None and not any(s < p_start for s, _ in titles_chain(text, p_end, lex)):
                name = None  # (the title must hold its body's name: not a bare 主任)
        if name is None or (weak and _end_rating(text, name[1], lex) < 2):
            continue
        titles = titles_chain(text, p_end, lex)
        if not titles:
            continue
        add(name, titles)
        take_list(name[1], titles)
    # A name after an age ("78岁的葛秀兰老人", "66岁的村民殷国富"): the age anchors it.
    for m in lex["age"].finditer(text):
        pos = m.end()
        described = lex["identity"].match(text, pos)
        if described:
            pos = described.end()
        if lex["kin_given"].match(text, pos + 1):
            continue  # 85岁的郑大爷: a surname and a kinship word
        name = _name_at(text, pos, lex) or _name_at(text, pos, lex, anchored=True)
        if name is not None and not lex["position_table"].longest(text, name[1]):
            add(name, [])
    # A list of names that each name their unit first, closed like a list of bare names or by a
    # home: "某镇王明、某街道李强、某局赵刚等6名负责人", "到某镇刘明、某街道叶强家中走访".
    for m in _unit_list_matches(text):
        for span in _unit_name_items(text, m.start(), m.end(), lex):
            add(span, [])
    # Names joined by a conjunction and closed by a count of as many persons ("王明和李强两名医生",
    # "王明、李强与赵刚三位老人"): every item a name on its own, the count the number of items.
    for m in lex["joined_count"].finditer(text):
        if m.start() < 3 or not HAN.match(text, m.start() - 1):
            continue  # (a name of two characters at least, then a conjunction, before the count)
        for span in _joined_names_counted(text, m.start(), int(lex["count_values"][m["n"]]), lex):
            add(span, [])
    # A list of bare names that take part: "柯岩、甘霖、韦明出席" (every item a name on its own).
    for m in _list_matches(text, lex["name_list"]):
        if m.start() > 0 and HAN.match(text, m.start() - 1) and lex["positions"].match(text, m.start()):
            continue  # 区委|常委某某、某某: right after a unit a title opens, no name (the title reads the list)
        items = [(m.start() + a.start(), m.start() + a.end()) for a in _LIST_ITEM.finditer(m[0])]
        if text[items[-1][1] - 1] == lex["list_end"]:
            items[-1] = (items[-1][0], items[-1][1] - 1)  # 甘霖、韦明等参加
        # The last item runs on into the word after the list (张伟分别, 韦明出席): read it in the text.
        a, b = items[-1]
        if _name_at(text[a:b], 0, lex) != (0, b - a):
            cut = _name_at(text, a, lex)
            if cut is not None and cut[1] < b:
                items[-1] = cut
        # (closed right after the list, 等 included, or after its last name cut in the text)
        end = m.end() if items[-1][1] >= m.end() - 1 else items[-1][1]
        if not (lex["list_closed"].match(text, end) or lex["list_closed"].match(text, items[-1][1])):
            k = m.start() - 1
            while k >= 0 and text[k] in " \t\u3000":
                k -= 1
            if k < 0 or text[k] not in ":：" or end != m.end():
                continue  # a list closed by its sentence's end alone opens after a colon (出席的有：…)
        strong = lex["list_closer"].match(text, end) or lex["count_closer"].match(text, end)
        if not strong and sum(b - a >= 3 for a, b in items) * 2 < len(items):
            continue  # 沈阳、包头、武汉牵头, 华润、海尔: two-character names of places and brands; a list of
            # people closed by a word of speech or leading is mostly of full three-character names
        if any(text[a:b] in lex["divisions"] or (b - a == 2 and text[b - 1] in lex["village_name_ends"]) for a, b in items):
            continue  # 常德、岳阳两位选手: names of places
        named = [_name_at(text[a:b], 0, lex) == (0, b - a) for a, b in items]
        # Most items must be names on their own (both of two); the others are names of another
        # shape (买买提·艾力, 白玛多吉: four characters or a middle dot).
        if (all(named) if len(items) == 2 else 3 * sum(named) >= 2 * len(items)) and all(
                ok or "·" in text[a:b] or (b - a == 4 and text[a] in lex["single"]) for ok, (a, b) in zip(named, items)):
            for span in items:
                add(span, [])
    # "志愿者：黄明 周宇 贾凯": a labelled line of names, each a name on its own.
    for m in lex["labelled_names"].finditer(text):
        if not lex["label_before"].search(text, max(0, m.start() - lex["label_reach"]), m.start()):
            continue
        spans = [(m.start("names") + a.start(), m.start("names") + a.end()) for a in _HAN_TOKENS.finditer(m["names"])]
        if all(_name_at(text[a:b], 0, lex) == (0, b - a) and text[a:b] not in lex["divisions"]
               and text[a:b] not in lex["dictionary_words"] for a, b in spans) \
                and len({text[a] for a, _ in spans}) > 1:  # (not tasks sharing a verb: 包片 包户 包人)
            for span in spans:
                add(span, [])
    # "作为村党支部书记，张强…": the title stated before the name in a 作为 phrase.
    for m in lex["as_title"].finditer(text):
        t = _title_before(text, m.end("title"), lex)
        if t is None or t[0] != m.start("title"):
            continue
        name = _name_at(text, m.end(), lex)
        if name is not None and _end_rating(text, name[1], lex) >= 1:
            add(name, [t])
    # Apposition: "梁思成是石桥村党支部书记".
    for m in lex["apposition"].finditer(text):
        title = None
        stop = _CLAUSE_END.search(text[m.end():m.end() + 40])
        if stop:
            end = m.end() + stop.start()
            t = _title_before(text, end, lex)
            if t and t[0] == m.end():
                title = t
        if title is None:
            continue
        for length in (4, 3, 2):
            s = m.start() - length
            if s < 0:
                continue
            if (s == 0 or not HAN.match(text[s - 1])) and _name_at(text, s, lex) == (s, m.start()):
                add((s, m.start()), [title])
                break
    # Someone whose home is visited: "来到东村王大明家" (a name right before 家, after a visit verb).
    for m in _home_visits(text, lex):
        found = []
        end = m.end() - 1
        # "来到独居老人张秀兰、李桂芝家": the names listed before the last one share its home visit.
        while end > m.start():
            for length in (3, 2):
                s = end - length
                # The name ends at 家 or 、 (which rate no name end on their own): read it alone.
                if s >= m.start() and _name_at(text[s:end], 0, lex) == (0, length) \
                        and not _closes_noun(text, s, lex):  # (not 儿童之家: 童 ends 儿童)
                    found.append((s, end))
                    break
            else:
                break
            if not (found and found[-1][0] - 1 > m.start() and text[found[-1][0] - 1] == "、"):
                break
            end = found[-1][0] - 1
        for span in reversed(found):
            add(span, [])
    for m in lex["visited_people_scan"].finditer(text):
        name = _name_at(text, m.end(), lex)
        if name is not None and not lex["position_table"].longest(text, name[1]):
            add(name, [])
            take_list(name[1], [])
    # A name right after what the person is, set off by punctuation: "东湖路社区居民王芳:", "志愿者王芳说".
    for i_end in map(_END, lex["identity_literals"].finditer(text)):  # (lex["identity"].finditer's spans)
        if text[i_end:i_end + 1] in lex["verb_surnames"] or (
                text[i_end:i_end + 1] in lex["one_char_verbs"] and _word_of_the_dictionary(text[i_end + 1:i_end + 3], lex)):
            continue  # 居民过好节, 为孤寡老人包饺子: a verb (and its object), though 过 and 包 are surnames too
        name = _name_at(text, i_end, lex, after_word=True)  # (the descriptor ends right before: 老人|马某某, not 人马)
        # The descriptor anchors the name: a one-character word after a full three-character name
        # ends it too (老兵郭长顺说; not 居民相聚在广场).
        rating = _end_rating(text, name[1], lex) if name is not None else 0
        if name is not None and (rating >= 2 or (rating == 1 and (name[1] - name[0] >= 3
                                                                    or text[name[1]] in lex["noun_followers"]))) \
                and not lex["position_table"].longest(text, name[1]) \
                and not (name[1] - name[0] == 2 and _word_of_the_dictionary(text[name[0]:name[1]], lex)):
            # (a two-character word of the dictionary is what the person gets, no name: 给孤寡老人温暖)
            add(name, [])
            take_list(name[1], [])  # 退役军人蓝天、韦江、黎明
    def weak_frame(s: int, e: int) -> bool:
        """A weak frame anchors a division's short name never, a two-character name only when the
        text names that person elsewhere (万达一行, 在包头的带领下: brands and places stand there too)."""
        return text[s:e] not in lex["divisions"] and (e - s >= 3 or text[s:e] in first)

    # Untitled names before a speech verb, after a descriptor or a boundary ("杨瑞成说").
    for m in lex["speech_scan"].finditer(text):
        acting = m[0] in lex["acting_verbs"]
        # (the name ends at the verb, or, after a descriptor, before an adverb of manner: 村民某某感动地说)
        ends = [m.start()]
        if not acting and m.start() >= 5 and text[m.start() - 1] == lex["manner_mark"]:
            ends += [m.start() - 1 - k for k in (2, 3) if _HAN_RUN.fullmatch(text, m.start() - 1 - k, m.start() - 1)]
        for e0 in ends:
            manner = e0 != m.start()
            for length in (3, 2, 4):
                s = e0 - length
                if s < 0:
                    continue
                if (length >= 3 and text[s] in lex["prepositions"]) or text[s] in lex["verb_surnames"] \
                        or not _surname_fits(text, s, length, lex) or _name_at(text, s, lex, anchored=manner) != (s, e0):
                    continue  # 由乔石主持: 由 is the preposition, not a surname
                before = text[max(0, s - 5):s]
                reported = s > 0 and text[s - 1] == lex["report_preposition"]  # 据某某介绍
                if (acting or reported) and not weak_frame(s, e0):
                    continue
                # (before an adverb of manner only a descriptor anchors the name; before the verb also
                # a boundary, a preposition or the office the person belongs to: 会议由镇党委王明主持)
                if before.endswith(lex["speaker_descriptors"]) if manner else (
                        s == 0 or not HAN.match(text[s - 1]) or text[s - 1] in lex["prepositions"] or reported
                        or before.endswith(lex["before_speaker"])
                        or (_after_office(text, s, lex) and text[s - 1:s + 1] not in lex["compound_set"]
                            and s >= 2 and HAN.match(text[s - 2]))):
                    add((s, e0), [])
                    break
            else:
                continue
            break
    # "在某某的带领下": the name between 在…的 and a word of guidance before 下.
    for m in lex["guided_by"].finditer(text):
        s, e = m.span("name")
        if _name_at(text[s:e], 0, lex) == (0, e - s) and weak_frame(s, e):
            add((s, e), [])
    # "一位名叫某某的老人": the name after a word of naming.
    for m in lex["naming"].finditer(text):
        name = _name_at(text, m.end(), lex)
        if name is not None and not lex["position_table"].longest(text, name[1]):
            add(name, [])
    # A name before its place in a photo ("王东方（左三）在现场指导"), a note on it ("某某（化名）")
    # or its age now ("某某今年65岁").
    for m in [*lex["photo_position"].finditer(text), *_after_name_marks(text, lex)]:
        for length in (3, 2, 4):
            s = m.start() - length
            if s >= 0 and _surname_fits(text, s, length, lex) and _name_at(text, s, lex) == (s, m.start()) \
                    and weak_frame(s, m.start()) \
                    and (s == 0 or not HAN.match(text[s - 1]) or text[s - 1] in lex["prepositions"]
                         or _after_office(text, s, lex)):
                add((s, m.start()), [])
                break
    # A title written after the name: "朱洪亮书记说" (the part after the name is the title).
    for p_start, p_end in positions:
        if text[p_start:p_end] in lex["weak_positions"]:
            continue  # (安防专家: an occupation after a word, no name before it)
        for length in (3, 2):
            s = p_start - length
            if s < 0 or not _surname_fits(text, s, length, lex):
                continue  # (no name of this length can end before the title)
            # What stands before the name: a boundary, a function word, or the office the person
            # belongs to (农经处邓天明副处长, 我委贺明副主任) when a verb follows the title.
            if s > 0 and HAN.match(text[s - 1]) and text[s - 1] not in lex["follow_table"].words \
                    and text[s - 1] not in lex["prepositions"] \
                    and not (_after_office(text, s, lex) and _end_rating(text, p_end, lex) >= 2):  # not 所有班子成员到场
                continue
            if _name_at(text, s, lex) != (s, p_start) or not _ends_name(text, p_end, lex):
                continue
            if s > 0 and text[s - 1:s + 1] in lex["function_words"] and _word_of_the_dictionary(text[s + 1:p_start], lex):
                continue  # 同|时希望: the name would open inside a word, and what follows is a word (由|于海涛 is a name)
            if text[s:p_start] in first or p_end - p_start >= 2:
                add((s, p_start), [(p_start, p_end)])
                break
    # Later mentions of known names (one pass over the text for all of them).
    if first:
        listed: list[int] = []
        for span in word_spans(text, first):  # no pattern compiled per text
            start, end = span
            name = text[start:end]
            if span in mentions[name] or is_credit(*span):
                continue
            if end < len(text) and not _ends_name(text, end, lex) and HAN.match(text, end):
                if not lex["position_table"].longest(text, end):
                    continue
            mentions[name][span] = None
            if text[end:end + 1] == "、" and not is_credit(*span):
                listed.append(end)
        # A list that goes on after a known name: "工作组程刚、柯文、甘霖等同志".
        for end in listed:
            take_list(end, [])
    people = []
    for name, (s, e, titles) in first.items():
        people.append(_person(
            start=s, end=e, text=name,
            titles=tuple(_span(start=a, end=b, text=text[a:b]) for a, b in titles),
            mentions=tuple(_span(start=a, end=b, text=name) for a, b in sorted(mentions[name]) if (a, b) != (s, e)),
        ))
    people.sort(key=lambda p: p.start)
    return people


# The former private names.
_find_credits_norm = find_credits_normalized
_find_people_norm = find_people_normalized
