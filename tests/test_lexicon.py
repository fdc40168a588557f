import pytest

from pressie.errors import ResourceError
from pressie.lexicon import Triggers, alternation, compile_checked, guarded, load_all, parse_words


def test_all_resources_load():
    loaded = load_all()
    assert "surnames.txt" in loaded and "triggers.json" in loaded
    assert "王" in loaded["surnames.txt"] and "欧阳" in loaded["surnames.txt"]


def test_parse_words_comments_and_duplicates():
    assert parse_words("# c\n甲 乙 甲\n丙 # tail") == ("甲", "乙", "丙")
    with pytest.raises(ResourceError, match="no entries"):
        parse_words("# nothing\n", "x.txt")


def test_guarded_words_match_inside_no_word_of_their_own():
    import re
    pattern = re.compile(guarded(["将", "拟于"], ["将近", "将军", "拟定"]))
    assert [m.span() for m in pattern.finditer("将近百人,将于明日,拟于下月,老将军")] == [(5, 6), (10, 12)]
    # the cue lists and the not_events lists of a table are guarded by its words_of_their_own
    table = Triggers.default().extend(cues={"words_of_their_own": ["截止日"]})
    assert table.cue("not_event_count").search("截止日前") is None
    assert table.cue("not_event_count").search("截止目前") is not None
    assert table.not_event_pattern("plan").search("将近百人") is None
    assert table.not_event_pattern("no_such_list") is None


def test_alternation_prefers_longest():
    pattern = compile_checked(alternation(["会", "会议", "视频会议"]), "t")
    assert pattern.search("召开视频会议").group() == "视频会议"


def test_compile_checked_rejects_empty_and_broken():
    with pytest.raises(ResourceError, match="empty string"):
        compile_checked("a*", "t")
    with pytest.raises(ResourceError, match="does not compile"):
        compile_checked("(", "t")


def test_triggers_extend_and_validate():
    t = Triggers.default().extend({"signing": {"triggers": ["签约"], "roles": {"attendee": ["出席"]}, "default_role": "attendee"}})
    assert t.type_of("签约") == "signing"
    assert "meeting" in t.types
    with pytest.raises(ResourceError):
        Triggers.from_mapping({"types": {"Bad Name": {"triggers": ["x"]}}})
    with pytest.raises(ResourceError):
        Triggers.from_mapping({"types": {"x": {"triggers": []}}})
    with pytest.raises(ResourceError, match="unknown role"):
        Triggers.from_mapping({"types": {"x": {"triggers": ["甲"], "roles": {"boss": ["乙"]}}}})


def test_compile_checked_with_stdlib_re_rejects_the_same():
    import re

    with pytest.raises(ResourceError, match="empty string"):
        compile_checked("a*", "t", stdlib=True)
    with pytest.raises(ResourceError, match="does not compile"):
        compile_checked("(", "t", stdlib=True)
    assert isinstance(compile_checked("a|b", "t", stdlib=True), re.Pattern)


def test_cue_lists_are_validated():
    base = Triggers.default()
    with pytest.raises(ResourceError):
        base.extend(cues={"movement": "来到"})  # a string, not a list of words
    with pytest.raises(ResourceError):
        base.extend(cues={"broken": ["(未闭合"]})
    with pytest.raises(ResourceError):
        base.extend(cues={"Bad-Name": ["词"]})
    with pytest.raises(ResourceError):
        Triggers.from_mapping({"types": {"meeting": {"triggers": ["会议"], "default_role": "attendee"}}, "cues": {"movement": []}})
    with pytest.raises(ResourceError, match="no cue list"):
        base.cue("no_such_list")


def test_a_mapping_without_cues_takes_the_packaged_ones():
    t = Triggers.from_mapping({"types": {"meeting": {"triggers": ["会议"], "default_role": "attendee"}}})
    assert t.words("movement") == Triggers.default().words("movement")


def test_extending_a_cue_list_changes_the_rules():
    import pressie

    text = "5月6日,县人民医院在城关社区开展义诊活动,合计服务居民120人。"
    (before,) = pressie.extract(text, published="2023-05-07").events
    assert [c.text for c in before.counts] == ["120人"]
    stricter = Triggers.default().extend(cues={"not_event_count": ["合计"]})
    (after,) = pressie.extract(text, published="2023-05-07", triggers=stricter).events
    assert after.counts == ()
    assert "合计" not in Triggers.default().words("not_event_count")  # the default is untouched


def test_the_background_words_of_the_table_are_the_ones_used():
    import copy

    import pressie
    from pressie.lexicon import data

    text = "县委上半年召开党建工作专题会,县委书记王明出席。"
    assert [e.type for e in pressie.extract(text, published="2023-07-01").events] == ["meeting"]
    table = copy.deepcopy(dict(data("triggers")))
    table["not_events"] = {**table["not_events"], "background": [*table["not_events"]["background"], "上半年"]}
    assert pressie.extract(text, published="2023-07-01", triggers=Triggers.from_mapping(table)).events == ()


def test_facility_noun_groups_are_validated():
    from pressie.lexicon import noun_groups
    from pressie.vocabulary import Vocabulary, facility_nouns
    assert "加气站" in facility_nouns(Vocabulary.default())
    assert noun_groups({"_doc": "x", "a": ["门诊楼", "网吧"], "b": ["网吧"]}, "t") == ("门诊楼", "网吧")
    for bad in ({"a": []}, {"a": ["站"]}, {"a": ["gas站"]}, {"a": "网吧"}, {"_doc": "only"}):
        with pytest.raises(ResourceError):
            noun_groups(bad, "t")


def test_division_names_come_from_the_registry_package():
    from pressie.lexicon import admin_divisions
    from pressie.vocabulary import Vocabulary, province_abbreviations
    names = admin_divisions()
    assert names["安徽"] == "province" and names["广州"] == "prefecture" and names["恩施"] == "prefecture"
    assert names["富源"] == "county"
    assert "朝阳" not in names or names["朝阳"] != "county"  # city districts are left out
    assert all(len(n) >= 2 for n in names)
    assert {"京", "沪", "鄂"} <= province_abbreviations(Vocabulary.default())


def test_literal_spans_match_the_literal_alternation():
    from pressie.lexicon import compile_literals, literal_spans

    entries = ["广州", "广州市", "安徽", "湖北", "武汉", "北京", "京"]
    text = "在广州市召开，赴安徽、湖北武汉调研；北京京广州"
    expected = [(m.start(), m.end()) for m in compile_literals(entries, "t").finditer(text)]
    assert literal_spans(entries, "t")(text) == expected
    assert expected[0] == (1, 4)  # longest at a start
    with pytest.raises(ResourceError):
        literal_spans(["广州", ""], "t")


def test_event_policy_is_read_and_validated():
    from pressie.lexicon import EventPolicy

    base = Triggers.default()
    assert base.policy("meeting").gathering and base.policy("inspection").visits
    assert base.policy("volunteer").requires == "volunteer_words"
    assert isinstance(base.policy("meeting"), EventPolicy)
    with pytest.raises(ResourceError, match="default_role"):
        base.extend({"signing": {"triggers": ["签约"]}})
    with pytest.raises(ResourceError, match="'boss' is not a role"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "boss"}})
    with pytest.raises(ResourceError, match="where 'everywhere'"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "where": "everywhere"}})
    with pytest.raises(ResourceError, match="unknown exclusions 'rain'"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "exclusions": ["rain"]}})
    with pytest.raises(ResourceError, match="not a cue list"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "support": "no_such_list"}})
    with pytest.raises(ResourceError, match="unknown key 'defualt_role'"):
        base.extend({"signing": {"triggers": ["签约"], "defualt_role": "attendee"}})
    with pytest.raises(ResourceError, match="no event type 'signing'"):
        base.policy("signing")
    signing = base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee",
                                       "title_roles": {"chair": ["董事长", "总经理"]}}})
    assert signing.policy("signing").title_roles == (("chair", ("董事长", "总经理")),)
    assert signing.policy("meeting").title_roles == ()
    with pytest.raises(ResourceError, match="title_roles needs"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "title_roles": []}})
    with pytest.raises(ResourceError, match="title_roles role 'boss'"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "title_roles": {"boss": ["董事长"]}}})
    with pytest.raises(ResourceError, match="title_roles needs"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "title_roles": {"chair": "董事长"}}})
    assert base.policy("volunteer").named_anywhere and not base.policy("meeting").named_anywhere
    with pytest.raises(ResourceError, match="named_anywhere must be true or false"):
        base.extend({"signing": {"triggers": ["签约"], "default_role": "attendee", "named_anywhere": "yes"}})


def test_extending_a_type_keeps_its_policy_and_weak_words():
    t = Triggers.default().extend({"inspection": {"triggers": ["巡检"]}})
    assert t.policy("inspection") == Triggers.default().policy("inspection")
    assert t.types["inspection"]["weak"] == Triggers.default().types["inspection"]["weak"]
    changed = Triggers.default().extend({"inspection": {"triggers": [], "where": "none"}})
    assert changed.policy("inspection").where == "none"


def test_extend_refuses_a_string_where_words_are_listed():
    base = Triggers.default()
    with pytest.raises(ResourceError, match="triggers needs a list of words"):
        base.extend({"signing": {"triggers": "签约仪式", "default_role": "attendee"}})
    with pytest.raises(ResourceError, match="role cues need lists"):
        base.extend({"signing": {"triggers": ["签约"], "roles": {"speaker": "致辞"}, "default_role": "attendee"}})
    with pytest.raises(ResourceError, match="needs a mapping"):
        base.extend({"signing": ["签约"]})


# -- The word scans that stand in for regex alternations give the same spans. ---------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.lists(st.text(alphabet="甲乙丙丁戊", min_size=1, max_size=4), min_size=1, max_size=8)
_TEXTS = st.text(alphabet="甲乙丙丁戊，", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXTS)
def test_literal_spans_are_the_alternations_spans_on_any_text(words, text):
    from pressie.lexicon import compile_literals, literal_spans

    expected = [m.span() for m in compile_literals(words, "t").finditer(text)]
    assert literal_spans(words, "t")(text) == expected


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_word_tables_answer_as_the_alternation_does(words, text, a, b):
    import regex

    from pressie._scan import WordTable, word_spans

    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    table = WordTable(words)
    pattern = compile_checked(alternation(words), "t", overlapped=True)
    assert table.overlapped(text, lo, hi) == [m.span() for m in pattern.finditer(text, lo, hi, overlapped=True)]
    m = pattern.match(text, lo, hi)
    assert table.longest(text, lo, hi) == (m.end() - m.start() if m else 0)
    assert table.ends_at(text, lo, hi) == any(m.end() == hi for m in pattern.finditer(text, lo, hi, overlapped=True))
    assert word_spans(text, words) == [m.span() for m in regex.compile(alternation(words)).finditer(text)]
    ending = compile_checked(f"(?:{alternation(words)})$", "t").search(text, lo, hi)  # (no line break here)
    assert table.longest_ending(text, lo, hi) == (hi - ending.start() if ending else 0)


def test_word_tables_refuse_an_empty_word():
    from pressie._scan import WordTable, word_spans

    with pytest.raises(ValueError):
        WordTable(["甲", ""])
    with pytest.raises(ValueError):
        word_spans("甲乙", ["甲", ""])


def test_patterns_that_need_nothing_of_regex_compile_on_the_standard_library():
    import re as stdlib_re
    from pressie.lexicon import compile_checked
    assert isinstance(compile_checked(r"(?:召开|举行)[^,，。]{0,8}会议", "test"), stdlib_re.Pattern)
    for pattern in (r"\p{Han}{2,4}", r"[[a-z]--[aeiou]]", r"a++b", r"(?<=先后|相继来)到"):
        assert not isinstance(compile_checked(pattern, "test"), stdlib_re.Pattern), pattern
    # (a pattern scanned for overlapping matches stays on regex)
    assert not isinstance(compile_checked(r"召开|开会", "test", overlapped=True), stdlib_re.Pattern)


def test_a_pattern_the_standard_library_cannot_read_falls_back_to_regex():
    # (possessive forms before Python 3.11, or a property class)
    from pressie.lexicon import compile_checked
    pattern = compile_checked(r"\p{Han}{2}(?=说)", "test", stdlib=True)
    assert [m.group() for m in pattern.finditer("他说,王明说")] == ["王明"]


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(alphabet="甲乙丙丁戊，", max_size=30), st.integers(0, 30), st.integers(0, 4))
def test_blocked_answers_as_the_overlapped_scan_does(words, text, start, width):
    triggers = Triggers.default()
    table = Triggers(types=triggers.types, not_events=triggers.not_events, not_triggers=tuple(words), cues=triggers.cues)
    start = min(start, len(text))
    end = min(start + width, len(text))
    expected = any(m.start() <= start and end <= m.end()
                   for m in table._blocked.finditer(text, max(0, start - 8), min(len(text), end + 8), overlapped=True))
    assert table.blocked(text, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙𠀀\n", min_size=1, max_size=3), min_size=1, max_size=6),
       st.text(alphabet="甲乙𠀀\n丙", max_size=30))
def test_literal_spans_read_characters_beyond_the_first_plane(words, text):
    from pressie.lexicon import compile_literals, literal_spans

    assert literal_spans(words, "t")(text) == [m.span() for m in compile_literals(words, "t").finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲\uffff\ufffe𠀀", min_size=1, max_size=2), min_size=1, max_size=6),
       st.text(alphabet="甲\uffff\ufffe𠀀乙", max_size=30))
def test_literal_spans_find_one_character_words_by_table_and_beyond_it(words, text):
    # (the one-character words of the first plane below U+FFFF are read from a table, U+FFFF and
    # the characters beyond the plane from the sorted codes: both as the alternation finds them)
    from pressie.lexicon import compile_literals, literal_spans

    assert literal_spans(words, "t")(text) == [m.span() for m in compile_literals(words, "t").finditer(text)]
