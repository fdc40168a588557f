import pytest
from hypothesis import given, strategies as st

from conftest import assert_offsets, load_yaml
import regex

from pressie.errors import ResourceError
from pressie.lexicon import data
from pressie.quantities import (QuantitySettings, _lexicons, check_quantity_words, find_quantities, numerals, parse_number, quantity_words,
                             read_numerals)
from pressie.records import Quantity

DATA = load_yaml("numbers.yml")


@pytest.mark.parametrize("text,value", DATA["parse"])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,value,unit,noun,approx,category", DATA["quantities"])
def test_find_quantities(text, value, unit, noun, approx, category):
    found = find_quantities(text)
    assert_offsets(text, found)
    if category == "none":
        assert not [q for q in found if q.category == "count"]
        return
    assert found, text
    q = found[0]
    assert (q.value, q.unit, q.noun.text if q.noun else None, q.approx, q.category) == (value, unit, noun, approx, category)


@pytest.mark.parametrize("text", DATA["negatives"])
def test_no_false_counts(text):
    assert [q for q in find_quantities(text) if q.category == "count"] == []


def test_shared_noun_list_gives_two():
    found = find_quantities("共排查出9户21人")
    assert [(q.value, q.unit) for q in found] == [(9, "户"), (21, "人")]


def test_type_error():
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_quantities(None)  # type: ignore[arg-type]


_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """A reference writer of canonical Chinese numerals (brute force, section by section)."""
    if n == 0:
        return "零"

    def below_10000(x: int, leading: bool) -> str:
        out = ""
        zero = False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            if unit == 10 and d == 1 and not out and leading:
                out += "十"
            else:
                out += _DIGITS[d] + name
        return out

    parts = []
    for big, name in ((10 ** 8, "亿"), (10 ** 4, "万"), (1, "")):
        chunk = n // big % 10000 if big < 10 ** 8 else n // big
        if chunk:
            text = (_chinese(chunk) if chunk >= 10000 else below_10000(chunk, not parts))
            if parts and chunk < 1000:
                text = "零" + text
            parts.append(text + name)
        elif parts and big == 1 and n % 10000:
            pass
    return "".join(parts)


@given(st.integers(min_value=0, max_value=10 ** 12))
def test_parse_number_agrees_with_reference(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(_chinese(n)) == n, _chinese(n)


@given(st.text())
def test_no_exception_and_exact_offsets(text):
    found = find_quantities(text)
    assert_offsets(text, found)


_QUANTITY_ALPHABET = "0123456789,.%余多几来约近超达共第百分之零〇一二两三四五六七八九十百千万亿名人个户位次元米天年以上左右的志愿者居民参加“”"


@given(st.text(alphabet=_QUANTITY_ALPHABET, max_size=50))
def test_offsets_and_round_trip_on_quantity_like_text(text):
    found = find_quantities(text)
    assert_offsets(text, found)
    assert [Quantity.from_dict(q.to_dict()) for q in found] == found
    assert find_quantities(text) == found


def test_the_numerals_are_one_list_for_times_and_quantities():
    from pressie.times import _words

    n = numerals()
    assert n.plain == tuple("零一二三四五六七八九")
    assert set(_words()["cn_digit"]) == set(n.digits)  # the digits of dates are those of numbers
    assert {c: parse_number(c) for c in n.digits} == dict(n.digits)
    assert {c: parse_number(c) for c in n.capital_digits} == dict(n.capital_digits)


def test_numerals_are_checked_with_file_and_key():
    good = dict(data("numerals"))
    assert read_numerals(good) == numerals()
    for key, bad, message in [
        ("digits", {**good["digits"], "十": 10}, "numerals.json:digits: '十' has the value 10"),
        ("digits", {k: v for k, v in good["digits"].items() if v != 7}, "numerals.json:digits: needs a digit for each value"),
        ("units", {"十十": 10}, "numerals.json:units: '十十' is not one non-ASCII character"),
        ("tens", {**good["tens"], "十": 20}, "numerals.json:units: '十' is also in 'tens'|numerals.json:tens: '十' is also in 'units'"),
        ("few", "几几", "numerals.json:few: needs one character"),
        ("range_marks", [], "numerals.json:range_marks: needs a non-empty list"),
    ]:
        with pytest.raises(ResourceError, match=message):
            read_numerals({**good, key: bad})
    with pytest.raises(ResourceError, match="numerals.json:big_units"):
        read_numerals({k: v for k, v in good.items() if k != "big_units"})


def test_quantity_words_are_checked_with_file_and_key():
    good = dict(quantity_words())
    assert check_quantity_words(good) is good
    for key, bad, message in [
        ("approx_before", {"约": "roughly"}, "quantity_words.json:approx_before: '约' states 'roughly'"),
        ("modifier_mark", "", "quantity_words.json:modifier_mark: needs one word"),
        ("one_char_nouns", "站站", "quantity_words.json:one_char_nouns: needs a string of different characters"),
        ("verbs_after_count", "参加", "quantity_words.json:verbs_after_count: needs a non-empty list"),
    ]:
        with pytest.raises(ResourceError, match=message):
            check_quantity_words({**good, key: bad})


def test_the_issue_examples():
    found = find_quantities("26个楼院、45栋居民楼、1700余户居民")
    assert [(q.value, q.unit, q.noun.text, q.approx) for q in found] == [
        (26, "个", "楼院", None), (45, "栋", "居民楼", None), (1700, "户", "居民", "over")]
    found = find_quantities("8户16人为外地来访人员")
    assert [(q.value, q.unit) for q in found] == [(8, "户"), (16, "人")]
    (q,) = find_quantities("十几个小时")
    assert (q.category, q.low, q.high, q.approx) == ("duration", 10, 19, "over")
    found = find_quantities("76米叶片400套")
    assert [(q.value, q.unit, q.category, q.noun.text if q.noun else None) for q in found] == [
        (76, "米", "measure", None), (400, "套", "count", "叶片")]


def _spans(pattern, text):
    return [(m.span(), m[0]) for m in pattern.finditer(text)]


def _unguarded():
    pattern = _lexicons()["pattern"]
    bare = regex.sub(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)", "", pattern.pattern)
    assert bare != pattern.pattern
    return pattern, regex.compile(bare, pattern.flags)


def test_first_character_guard_changes_no_match():
    pattern, bare = _unguarded()
    text = "\n".join([c[0] for c in DATA["quantities"]] + list(DATA["negatives"]))
    assert _spans(pattern, text) == _spans(bare, text)


@given(st.text(alphabet="0123456789,.%余多几来将近接约大逾超达共累合总计仅有第百分之零〇一二两三四五六七八九十百千万亿壹贰名人个户位次元吨米天年以上左右", max_size=50))
def test_first_character_guard_changes_no_match_on_arbitrary_text(text):
    pattern, bare = _unguarded()
    assert _spans(pattern, text) == _spans(bare, text)


def test_settings_change_the_windows_and_limits():
    from pressie.quantities import QuantitySettings

    assert find_quantities("种植了120年的古树") == []  # an age from 100 years on, not a count
    (q,) = find_quantities("种植了120年的古树", settings=QuantitySettings(max_year_count=200))
    assert (q.text, q.category) == ("120年", "duration")
    assert find_quantities("县际交界检查站3个,")[0].noun.text == "县际交界检查站"
    assert find_quantities("县际交界检查站3个,", settings=QuantitySettings(noun_before_max=4))[0].noun is None
    text = "共有100名来自全国各地高校的志愿者参加"
    assert find_quantities(text)[0].noun.text == "志愿者"
    assert find_quantities(text, settings=QuantitySettings(modifier_reach=6))[0].noun is None
    with pytest.raises(ValueError, match="noun_window"):
        QuantitySettings(noun_window=0)


def test_a_classifier_added_to_the_vocabulary_is_found():
    from pressie.quantities import find_quantities_normalized
    from pressie.vocabulary import Vocabulary

    text = "村民今年种了12垄花生"
    assert find_quantities(text) == []
    more = Vocabulary.default().extend({"classifiers.count": ["垄"]})
    (q,) = find_quantities(text, vocabulary=more)
    assert (q.text, q.value, q.unit, q.category, q.noun.text) == ("12垄", 12, "垄", "count", "花生")
    assert find_quantities_normalized(text, vocabulary=more) == [q]
    # The packaged vocabulary and its compiled patterns are untouched.
    assert "垄" not in Vocabulary.default().words("classifiers.count")
    assert find_quantities(text) == [] and find_quantities(text, vocabulary=Vocabulary.default()) == []


def test_an_approximation_word_added_to_the_vocabulary_is_read():
    from pressie.vocabulary import Vocabulary

    more = Vocabulary.default().extend({"quantity_words.approx_tails": ["有奇"]})
    assert parse_number("三百有奇") is None
    assert parse_number("三百有奇", vocabulary=more) == 300
    assert parse_number("三百有奇") is None
    assert "有奇" not in Vocabulary.default().words("quantity_words.approx_tails")


def test_a_vocabulary_must_be_a_vocabulary():
    with pytest.raises(TypeError, match="vocabulary"):
        find_quantities("12名志愿者", vocabulary={"classifiers.count": ["垄"]})


def test_a_range_mark_added_to_the_numerals_joins_a_range():
    from pressie.vocabulary import Vocabulary

    text = "安排5直至8名志愿者值守"
    assert [(q.text, q.approx) for q in find_quantities(text)] == [("8名", None)]
    more = Vocabulary.default().extend({"numerals.range_marks": ["直至"]})
    (q,) = find_quantities(text, vocabulary=more)
    assert (q.text, q.approx, q.low, q.high, q.noun.text) == ("5直至8名", "range", 5, 8, "志愿者")


@given(st.lists(st.sampled_from(list("一二三五千万家户心意针线甲乙，") + ["千家万户", "一心一意", "一针一线"]), max_size=20).map("".join))
def test_the_idiom_scan_finds_what_the_alternation_finds(text):
    import re

    from pressie.lexicon import alternation
    from pressie.quantities import _by_first_character
    from pressie.vocabulary import Vocabulary

    words = Vocabulary.default().words("idioms")
    grouped, flat = re.compile(_by_first_character(words)), re.compile(alternation(words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_idiom_scan_prefers_the_longest_word_at_a_place():
    import re

    from pressie.quantities import _by_first_character

    scan = re.compile(_by_first_character(["一起", "一起来", "来了"]))
    assert [m[0] for m in scan.finditer("大家一起来了")] == ["一起来"]
    with pytest.raises(ResourceError):
        _by_first_character([])


@pytest.mark.parametrize("text,noun", [
    ("60余名辖区企业负责人参加会议。", "辖区企业负责人"),   # 负责|人: a verb a nominal 人 completes
    ("为20户脱贫户家庭送去物资。", "脱贫户家庭"),         # 送去|物资: 物 opens a noun of its own
    ("为30名老人送去慰问品。", "老人"),
])
def test_a_counted_noun_ends_where_its_words_do(text, noun):
    (q,) = find_quantities(text)
    assert q.noun is not None and q.noun.text == noun


def test_a_round_number_reached_counts_its_unit_and_no_part_of_the_noun():
    got = [(q.value, q.noun.text if q.noun else None, q.approx) for q in find_quantities("发放宣传册上万份，栽种树苗上千棵。")]
    assert got == [(10000, "宣传册", "over"), (1000, "树苗", "over")]
    assert find_quantities("老党员吴万余家住村东头。") == []  # (a name, not 万余家)
    assert [q.value for q in find_quantities("年产值上亿元。")] == [100000000]


@pytest.mark.parametrize("text,noun", [
    ("共有12家社会组织参与活动。", "社会组织"),          # 组织 is the noun's head here
    ("全镇5个基层党组织参加评比。", "基层党组织"),
    ("30名志愿者组织开展义诊。", "志愿者"),            # (and a verb after a noun)
    ("50名骑手组织开展骑行活动。", "骑手"),            # (组织 the verb, before another verb)
    ("12个协会组织会员参加。", "协会"),
    ("50名农村基层组织负责人参加。", "农村基层组织负责人"),
])
def test_a_stop_word_that_heads_a_noun_after_words_that_end_none(text, noun):
    (q,) = [q for q in find_quantities(text) if q.category == "count"]
    assert q.noun.text == noun


@pytest.mark.parametrize("text,noun", [
    ("参加义诊的市民300余人。", "市民"),
    ("到场的考生家长80人。", "考生家长"),
])
def test_people_named_before_a_bare_count_of_persons(text, noun):
    (q,) = [q for q in find_quantities(text) if q.category == "count"]
    assert q.noun is not None and q.noun.text == noun


@pytest.mark.parametrize("text,noun", [
    ("现场游客5000余人次。", "游客"),     # where the people were is no part of what they are
    ("300余名现场群众参加。", "群众"),
])
def test_a_word_of_the_scene_before_a_counted_noun_is_left_out(text, noun):
    (q,) = [q for q in find_quantities(text) if q.category == "count"]
    assert q.noun.text == noun


@pytest.mark.parametrize("text", ["会议分为五部分进行。", "会议分为5部分进行。", "县长带领3部门负责人调研。"])
def test_a_classifier_that_opens_a_word_counts_nothing(text):
    # (部分 "a part", 部门 "a department": 部 opens the word, no classifier of a count here)
    assert [q.unit for q in find_quantities(text)] == []


def test_a_persons_noun_runs_over_a_qualifier_to_its_head():
    assert [q.noun.text for q in find_quantities("4名乡镇主要负责人到场。")] == ["乡镇主要负责人"]
    # (units counted, not persons: the noun is the unit, its heads are another noun)
    assert [q.noun.text for q in find_quantities("3个街道主要负责人到场。")] == ["街道"]


def test_an_adverb_and_a_verb_open_a_modifier_before_the_noun():
    assert [q.noun.text for q in find_quantities("8支新组建的巡河队参加活动。")] == ["巡河队"]
    assert [q.noun.text for q in find_quantities("5名新同志参加活动。")] == ["新同志"]


@pytest.mark.parametrize("text, noun", [("共有80名大学生村官到场。", "大学生村官"), ("全镇12个村(居)委会到场。", "村(居)委会"),
                                        ("共设15个志愿服务点位。", "志愿服务点位")])
def test_more_head_words_end_a_counted_noun(text, noun):
    assert [q.noun.text for q in find_quantities(text)] == [noun]


@pytest.mark.parametrize("text", ["会上提出打造“一城两翼四组团”格局。", "围绕“三个一百”开展工作。", '围绕"三个一百"开展工作。',
                                  "围绕「三个一百」开展工作。"])
def test_the_numbers_of_a_short_quoted_name_count_nothing(text):
    assert [q for q in find_quantities(text) if q.category == "count"] == []


def test_a_long_quotation_still_holds_counts():
    # (what someone said, with a clause's punctuation in it: its numbers are counts)
    assert [q.value for q in find_quantities("他说:“今天来了30名志愿者,大家很辛苦。”")] == [30]


def test_the_slogan_length_is_a_setting():
    text = "围绕“三个一百”开展工作。"
    assert [q.value for q in find_quantities(text, settings=QuantitySettings(slogan_max=3))] == [3]


@pytest.mark.parametrize("text, kept", [
    ("七台河市组织志愿者开展活动。", []), ("五家渠市5名干部参加。", [5]),
    ("三台县开展检查。", []), ("采购三台电脑。", [3]),   # (two characters name a division only before its level)
])
def test_a_division_named_with_a_numeral_is_no_count(text, kept):
    assert [q.value for q in find_quantities(text) if q.category == "count"] == kept


def test_a_one_character_noun_after_a_determiner_keeps_the_determiner():
    # (现场 qualifies a noun of its own, 现场群众; before one character it is part of the noun)
    assert [q.noun.text for q in find_quantities("检查了5个现场点。")] == ["现场点"]
    assert [q.noun.text for q in find_quantities("200名现场群众参加。")] == ["群众"]


@pytest.mark.parametrize("text, noun", [
    ("县政协组织委员分三组前往各乡镇。", None),   # 分: the verb divides those counted
    ("志愿者分5批前往。", None),
])
def test_a_dividing_verb_leaves_no_noun_before_the_number(text, noun):
    (q,) = [q for q in find_quantities(text) if q.unit in ("组", "批")] or [None]
    assert q is not None and (q.noun.text if q.noun else None) == noun


def test_a_dividing_verb_is_no_part_of_the_noun_after_a_count():
    (q, _) = find_quantities("县政协组织30名委员分三组前往各乡镇。")
    assert (q.value, q.noun.text) == (30, "委员")


def test_a_one_character_stop_inside_the_nouns_first_word_does_not_end_it():
    (q,) = find_quantities("县领导和3位陪同人员一起查看了堤坝。")
    assert (q.value, q.noun.text) == (3, "陪同人员")


def test_a_word_that_ends_in_a_dividing_verb_is_none():
    # 部分 is a word: its 分 divides nothing (and a noun of the dictionary before 组 stays one)
    (q,) = find_quantities("其中部分3个组已完工。")
    assert q.noun is not None and q.noun.text == "组"


def test_dividing_verbs_are_one_character_each():
    from pressie.errors import ResourceError
    from pressie.quantities import _one_character_words
    assert _one_character_words(["分"], "x") == frozenset({"分"})
    with pytest.raises(ResourceError):
        _one_character_words(["分成"], "x")



@pytest.mark.parametrize("text", ["大家帮老人收拾家务。", "报名的队伍人数不限。", "各支队伍组织了演练。"])
def test_a_capital_numeral_alone_after_a_character_is_part_of_a_word(text):
    assert [q for q in find_quantities(text) if q.category == "count"] == []
    # (the capital numerals of a sum are still read)
    (q,) = [q for q in find_quantities(text + "捐款人数为壹拾人。") if q.category == "count"]
    assert (q.value, q.unit) == (10, "人")


@pytest.mark.parametrize("text", ["这次义诊的受益群众共300余人。", "开展义诊服务受益群众300余人。"])
def test_a_stop_word_that_opens_a_head_word_before_the_number_stays_in_the_noun(text):
    (q,) = find_quantities(text)
    assert q.noun is not None and q.noun.text == "受益群众"


@pytest.mark.parametrize("text,noun", [
    ("社区为老人发放面粉及食用油共200余袋。", "面粉及食用油"),
    ("志愿者送去面粉、大米 80袋。", "面粉、大米"),
    ("志愿者走访困难户和低保户12户。", "困难户和低保户"),
])
def test_a_list_of_nouns_after_a_verb_is_the_noun_of_the_number_after_it(text, noun):
    (q,) = [q for q in find_quantities(text) if q.category == "count"]
    assert q.noun is not None and q.noun.text == noun


def test_a_list_that_opens_at_a_mark_or_holds_a_verb_is_cut_to_its_last_item():
    (q,) = [q for q in find_quantities("当天,走访困难户、低保户12户。") if q.category == "count"]
    assert q.noun is not None and q.noun.text == "困难户、低保户"  # (after 走访, a verb of the stop words)
    (q,) = [q for q in find_quantities("当天,清扫楼道、庭院60多个。") if q.category == "count"]
    assert q.noun is not None and q.noun.text == "庭院"
    (q,) = [q for q in find_quantities("对象主要区分为职工、居民两类。") if q.unit == "类"]
    assert q.noun is not None and q.noun.text == "居民"


@pytest.mark.parametrize("text, found", [
    ("发放棉被12 床、棉衣12 套。", [(12, "床", "棉被"), (12, "套", "棉衣")]),
    ("共有 40 名志愿者参加。", [(40, "名", "志愿者")]),
    ("4 月 9 日上午", []),          # (a date written with spaces)
    ("4 月 9日", []),
])
def test_a_space_between_the_digits_and_the_unit(text, found):
    quantities = find_quantities(text)
    assert [(q.value, q.unit, q.noun.text if q.noun else None) for q in quantities] == found
    assert all(text[q.start:q.end] == q.text for q in quantities)


@pytest.mark.parametrize("text", ["县三套班子领导出席。", "组织三支一扶志愿者参加。"])
def test_names_of_leadership_groups_and_programmes_hold_no_count(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text,noun", [
    ("社区与学校、医院三方联动开展义诊。", None),  # a verb alone after the classifier is no noun
    ("两方携手开展活动。", None),
    ("组织20名党员开展活动。", "党员"),
])
def test_a_verb_alone_after_the_classifier_is_no_noun(text, noun):
    (q,) = find_quantities(text)
    assert (q.noun.text if q.noun else None) == noun
