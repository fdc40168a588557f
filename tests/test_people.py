import pytest
from hypothesis import given, settings, strategies as st

from conftest import assert_offsets, load_yaml
from pressie.people import find_credits, find_people

DATA = load_yaml("people.yml")


@pytest.mark.parametrize("text,expected", DATA["people"], ids=lambda x: x if isinstance(x, str) else "")
def test_people(text, expected):
    found = find_people(text)
    assert_offsets(text, found)
    assert [[p.text, [t.text for t in p.titles]] for p in found] == expected


@pytest.mark.parametrize("text,expected", DATA["credits"], ids=lambda x: x if isinstance(x, str) else "")
def test_credits(text, expected):
    found = find_credits(text)
    assert_offsets(text, found)
    assert [[c.text, c.role] for c in found] == expected
    names = {c.text for c in found}
    assert not names & {p.text for p in find_people(text)}


@pytest.mark.parametrize("text", DATA["no_people"])
def test_no_people(text):
    assert find_people(text) == []


def test_later_mentions_are_linked():
    text = "区委书记沈浩出席。沈浩指出,要抓好落实。会后沈浩来到社区。"
    (person,) = find_people(text)
    assert len(person.mentions) == 2
    assert all(text[m.start:m.end] == "沈浩" for m in person.mentions)


def test_title_before_list_applies_to_each():
    found = find_people("区领导王一鸣、李二强、赵三平参加")
    assert all([t.text for t in p.titles] == ["区领导"] for p in found) and len(found) == 3


def test_full_width_input_keeps_offsets():
    text = "县委书记王建国，县长李明主持会议。"
    found = find_people(text)
    assert_offsets(text, found)
    assert [p.text for p in found] == ["王建国", "李明"]


def test_type_error():
    with pytest.raises(TypeError):
        find_people(b"bytes")  # type: ignore[arg-type]


@given(st.text())
def test_no_exception_and_exact_offsets(text):
    assert_offsets(text, find_people(text))
    assert_offsets(text, find_credits(text))


def test_public_names_and_one_common_noun_set():
    from pressie import people, places
    assert people.person_lexicon is people._lex and people.titles_chain is people._titles_chain
    assert people.VISITED_PEOPLE is people._VISITED_PEOPLE
    assert places.place_lexicon is places._lex
    # The place finder reads the person finder's set of common nouns, built once.
    assert places.place_lexicon()["nouns"] is people.person_lexicon()["nouns"] is people.common_nouns()
    assert "儿童" in people.common_nouns()
    text = "副县长张明远出席。"
    chain = people.titles_chain(text, text.index("张"), people.person_lexicon())
    assert [text[a:b] for a, b in chain] == ["副县长"]


def test_person_grammar_words_come_from_resources():
    from pressie import people
    lex = people.person_lexicon()
    # VISITED_PEOPLE is built from person_grammar.json (on first use) and is the lexicon's pattern.
    assert people.VISITED_PEOPLE is lex["visited_people"]
    assert people.VISITED_PEOPLE.match("慰问了退役军人") is not None
    assert lex["kin_given"].match("大爷") and not lex["kin_given"].match("大明")
    with pytest.raises(AttributeError):
        people.NO_SUCH_NAME  # noqa: B018


def test_words_added_to_the_vocabulary_reach_the_person_finders():
    from pressie import people
    from pressie.vocabulary import Vocabulary
    v = Vocabulary.default().extend({"surnames": ["禤"], "positions": ["护鸟员"]})
    # A surname added: a name opening with it is found after a title, before a speech verb and in a credit.
    for text in ("镇长禤德华出席会议。", "禤德华说，路修好了。"):
        assert find_people(text) == []
        assert [p.text for p in find_people(text, vocabulary=v)] == ["禤德华"]
    assert find_credits("(记者 禤德华)") == []
    assert [(c.text, c.role) for c in find_credits("(记者 禤德华)", vocabulary=v)] == [("禤德华", "reporter")]
    # A position word added: it anchors the name after it and is its title.
    text = "护鸟员孟凡舟说，候鸟来了。"
    assert find_people(text) == []
    assert [(p.text, [t.text for t in p.titles]) for p in find_people(text, vocabulary=v)] == [("孟凡舟", ["护鸟员"])]
    # The normalised entry points take it too, and the lexicon is built once per vocabulary.
    found = people.find_people_normalized(text, people.find_credits_normalized(text, vocabulary=v), vocabulary=v)
    assert [p.text for p in found] == ["孟凡舟"]
    assert people.person_lexicon(v) is people.person_lexicon(v)
    assert people.person_lexicon(None) is people.person_lexicon(Vocabulary.default()) is people.person_lexicon()
    assert "禤" in people.person_lexicon(v)["single"]
    # The packaged vocabulary is untouched.
    assert "禤" not in Vocabulary.default().words("surnames") and "护鸟员" not in Vocabulary.default().words("positions")
    assert "禤" not in people.person_lexicon()["single"]
    assert find_people("镇长禤德华出席会议。") == [] and find_people(text) == []


def test_a_vocabulary_must_be_a_vocabulary():
    with pytest.raises(TypeError, match="vocabulary"):
        find_people("镇长王德华出席会议。", vocabulary={"surnames": ["禤"]})
    with pytest.raises(TypeError, match="vocabulary"):
        find_credits("(记者 王德华)", vocabulary=["禤"])


# -- The look-ups that stand in for regex searches answer the same. -------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["区长", "主任", "书记", "儿童", "群体", "居民楼", "王", "李", "\n", "，", "镇", "内"]),
                min_size=1, max_size=8).map("".join), st.data())
def test_a_noun_or_position_closing_before_a_name_is_found_as_the_pattern_finds_it(text, data):
    from pressie import people

    lex = people.person_lexicon()
    pos = data.draw(st.integers(0, len(text) - 1))
    expected = pos > 0 and (text[pos - 1:pos + 1] in lex["nouns"] or (pos > 1 and text[pos - 2:pos + 1] in lex["nouns"])
                            or lex["position_end"].search(text, max(0, pos - 8), pos + 1) is not None)
    assert people._closes_noun(text, pos, lex) == expected
    end = data.draw(st.integers(0, len(text)))
    follow = lex["follow"].match(text, end)
    assert lex["follow_table"].longest(text, end) == (len(follow[0]) if follow else 0)
    position = lex["positions"].match(text, end)
    assert lex["position_table"].longest(text, end) == (len(position[0]) if position else 0)



@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["明明", "明", "华", "明华", "王", "，"]), min_size=2, max_size=24).map("".join), st.data())
def test_a_name_written_shorter_is_found_as_by_counting(text, data):
    from pressie import people

    if len(text) < 3:
        return
    pos = data.draw(st.integers(0, len(text) - 3))
    cand = text[pos:pos + 3]
    lo, hi = max(0, pos - people._SAME_TEXT_REACH), pos + people._SAME_TEXT_REACH
    assert people._written_shorter(text, cand, pos) == (text.count(cand[:2], lo, hi) > text.count(cand, lo, hi))


def test_a_name_written_shorter_counts_repeated_characters_as_the_text_counts_them():
    from pressie import people

    # 明明 twice in 明明明华 overlaps: counted once, as part of the name (not written shorter);
    # a name written many times is counted, not read occurrence by occurrence.
    cases = (("明明明华", 1), ("华明华明华", 0), ("明华明明华", 2), ("王明华，王明", 0), ("王明华" * 12 + "王明", 0), ("王明华" * 12, 3))
    for text, pos in cases:
        cand = text[pos:pos + 3]
        assert people._written_shorter(text, cand, pos) == (text.count(cand[:2]) > text.count(cand)), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中国人区长a1，。 \n", max_size=20), st.data())
def test_the_han_run_before_a_title_is_found_backwards_as_forwards(text, data):
    from pressie import people

    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    forwards = people._HAN_TAIL.search(text, lo, hi) if hi > lo else None
    other = people._NOT_HAN_BEFORE.search(text, lo, hi)
    backwards = other.end() if other else lo
    assert (forwards.start() if forwards else None) == (backwards if backwards < hi else None)


def test_transliterated_name_with_a_middle_dot_after_a_title_is_whole():
    people = find_people("5月6日,自治区副主席吾买尔·托合提一行在喀什市调研,县委书记阿依古丽·买买提主持会议。"
                         "副主席吾买尔·阿不都拉主持会议,副主席买买提·艾力·吐尔逊出席。")
    assert [p.text for p in people] == ["吾买尔·托合提", "阿依古丽·买买提", "吾买尔·阿不都拉", "买买提·艾力·吐尔逊"]
    assert [t.text for t in people[0].titles] == ["自治区副主席"]


def test_a_dotted_name_whose_end_is_not_sure_is_no_name():
    # 到 may end the name or open 提到: no part of the name is given as the name.
    assert find_people("书记阿依古丽·买买提到红旗村调研。") == []
    assert find_people("县长买买提·。") == []


def test_name_after_the_office_it_belongs_to_before_a_speech_verb():
    people = find_people("会议由镇党委魏长河主持。镇志愿服务队邱晓燕说,活动很有意义。")
    assert [p.text for p in people] == ["魏长河", "邱晓燕"]


def test_a_part_of_the_day_before_a_title_is_no_part_of_it():
    (person,) = find_people("5日上午院长宋明远带队检查了急诊科。")
    assert [t.text for t in person.titles] == ["院长"]


def test_a_name_before_tongzhi_is_a_person():
    assert [p.text for p in find_people("5月6日,王建国同志在县委常委会上指出,要做好防汛工作。同志们,大家好。")] == ["王建国"]


def test_a_word_ending_before_zhijia_names_no_one_at_home():
    assert find_people("志愿者们来到东风村留守儿童之家,为孩子们送去学习用品。") == []


def test_the_scan_of_speech_verbs_finds_what_the_speech_pattern_finds():
    # The scan of every text is written for the standard library's re; its spans must be the pattern's.
    from pressie import people

    lex = people.person_lexicon()
    text = "王明同志说,李华表示。张三同志强调,同志们说道:赵四笑着说,钱五同志高兴地说。同志,说"
    assert [m.span() for m in lex["speech_scan"].finditer(text)] == [m.span() for m in lex["speech"].finditer(text)]
    assert len([m for m in lex["speech"].finditer(text)]) >= 6


def test_the_scan_of_visits_finds_what_the_visit_pattern_finds():
    from pressie import people

    lex = people.person_lexicon()
    text = "书记走访慰问了困难户,看望老党员王明。走访了村里的五保户,拜访、慰问退役军人,看望群众"
    assert [m.span() for m in lex["visited_people_scan"].finditer(text)] == \
        [m.span() for m in lex["visited_people"].finditer(text)]
    assert len([m for m in lex["visited_people"].finditer(text)]) >= 3


@pytest.mark.parametrize("text,names", [
    ("蒋立山带领志愿者走进敬老院。", ["蒋立山"]),      # a verb of leading
    ("9日,何永平一行来我县调研。", ["何永平"]),
    ("检查组由邵文涛带队。", ["邵文涛"]),
    ("据蒋立新介绍,今年共种植苗木800株。", ["蒋立新"]),  # the other frames around an untitled name
    ("在谭晓东的带领下,大家干劲十足。", ["谭晓东"]),
    ("一位名叫柴建国的老人连声道谢。", ["柴建国"]),
    ("吴晓梅（化名）今年68岁。", ["吴晓梅"]),
    ("陶建国今年65岁,是村里的老党员。", ["陶建国"]),
])
def test_frames_that_make_an_untitled_name_a_person(text, names):
    assert [p.text for p in find_people(text)] == names


def test_no_name_before_a_verb_of_leading_where_a_noun_stands():
    assert find_people("党员带领群众种植果树。社区干部带队巡查。") == []


@pytest.mark.parametrize("text,names", [
    ("柯文涛、孟小川、宁红霞分别作了发言。", ["柯文涛", "孟小川", "宁红霞"]),
    ("沈晓冬、祁建平作交流发言。", ["沈晓冬", "祁建平"]),
    ("出席开幕式的有：苗立新、常德明、甘永福。", ["苗立新", "常德明", "甘永福"]),
    ("喻秀兰、邬桂珍、廉玉梅三位老人连声道谢。", ["喻秀兰", "邬桂珍", "廉玉梅"]),
    ("詹宏、柴晓梅等6名志愿者清理了河道。", ["詹宏", "柴晓梅"]),
])
def test_a_list_of_bare_names_closed_by_speech_a_count_or_opened_by_a_colon(text, names):
    assert [p.text for p in find_people(text)] == names


@pytest.mark.parametrize("text", [
    "主要产品有：黄金、白银。",
    "柯文涛、孟小川的作品入选。",        # no closer
    "获评单位有：东风、红星、前进三个村。",  # items that are no names
])
def test_no_list_of_names_without_a_closer_or_of_other_words(text):
    assert find_people(text) == []


def test_occupations_and_the_short_village_secretary_are_titles():
    people = find_people("中医专家滕远航、邱敏为村民义诊,村支书樊立军陪同。")
    assert [(p.text, [t.text for t in p.titles]) for p in people] == [
        ("滕远航", ["中医专家"]), ("邱敏", ["中医专家"]), ("樊立军", ["村支书"])]


def test_an_occupation_anchors_only_a_name_that_ends_like_one():
    assert [p.text for p in find_people("专家滕远航作了发言。")] == ["滕远航"]
    assert find_people("他每周到专家门诊坐诊。看到院士红肿的眼睛。他是社区的安防专家。") == []


def test_a_name_before_its_place_in_a_photo():
    assert [p.text for p in find_people("韦东方（左三）在田间指导农户。")] == ["韦东方"]


def test_a_list_of_bare_names_closed_by_deng_at_a_clause_end():
    assert [p.text for p in find_people("在场的还有,岑长青、蓝红梅、覃立新等。")] == ["岑长青", "蓝红梅", "覃立新"]
    assert find_people("走访了王庄、李寨、张营等村。") == []


def test_a_veteran_is_a_descriptor_before_a_name():
    assert [p.text for p in find_people("退伍军人黎志强说,要把活动办好。")] == ["黎志强"]


def test_a_conjunction_between_two_qualifiers_of_a_group_label_is_part_of_it():
    people = find_people("市直及县区领导邝海平、杭一峰等参加活动。")
    assert [(p.text, [t.text for t in p.titles]) for p in people] == [
        ("邝海平", ["市直及县区领导"]), ("杭一峰", ["市直及县区领导"])]
    # (not between two titles of their own: 区委书记和区长)
    assert [[t.text for t in p.titles] for p in find_people("区委书记和区长邝海平出席。")] == [["区长"]]


def test_a_conjunction_before_a_home_ends_no_name():
    # 家中 needs its owner: 和 before it is the given name's (but 王福和李强家中 joins two)
    assert [p.text for p in find_people("一行来到老党员邝福和家中慰问。")] == ["邝福和"]
    assert [p.text for p in find_people("一行来到老党员邝福和杭一峰家中慰问。")] == ["邝福", "杭一峰"]
    assert [p.text for p in find_people("村民邝明和家人一起参加。")] == ["邝明"]  # (家人: no home)


def test_a_part_of_the_day_after_a_name_ends_it():
    assert [p.text for p in find_people("村民焦秀香早晨听到广播。镇长邝海平傍晚赶到。")] == ["焦秀香", "邝海平"]
    # (a part of the day whose first character often ends a given name stays out: 凌晨光, 建中午…)
    assert [p.text for p in find_people("镇长凌晨光出席会议。")] == ["凌晨光"]
    assert [p.text for p in find_people("村民邝明深夜赶到村委会。")] == ["邝明"]


def test_an_adverb_of_manner_after_a_name_ends_it():
    assert [p.text for p in find_people("局长秦志刚现场办公。镇长祁立新连夜部署。")] == ["秦志刚", "祁立新"]


def test_no_person_in_the_same_frames_around_a_body():
    assert find_people("在党委的领导下,在县委的带领下,全县今年80岁以上老人增加。据了解,今年") == []


def test_a_two_character_name_after_a_descriptor_ends_before_a_conjunction():
    assert [p.text for p in find_people("退役军人韦伟和同伴们连夜卸货。")] == ["韦伟"]
    assert find_people("身穿志愿者马甲的青年。培训新代表尤其是村里的代表。") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="王李张明华强伟韦东湖、，。：等分别出席发言两名位 ", max_size=120))
def test_the_scan_of_lists_around_list_marks_finds_what_a_whole_scan_finds(text):
    from pressie.people import _list_matches, person_lexicon
    pattern = person_lexicon()["name_list"]
    assert [m.span() for m in _list_matches(text, pattern)] == [m.span() for m in pattern.finditer(text)]


def test_a_list_item_set_off_by_list_marks_is_a_name_whatever_its_given_name():
    # 省 closes no given name on its own (河南省), but between two list marks the list says what it is.
    text = "县领导方立、钱一鸣、韩保省、周小川出席开幕式。"
    assert [p.text for p in find_people(text)] == ["方立", "钱一鸣", "韩保省", "周小川"]
    assert [p.text for p in find_people("走访了林州、安阳、新乡等地。")] == []


def test_a_list_closed_by_deng_and_a_group_of_persons_is_of_names():
    text = "座谈会上，欧阳明、孔繁星、姚远航等驻村队员作了交流发言。"
    assert [p.text for p in find_people(text)] == ["欧阳明", "孔繁星", "姚远航"]
    assert [p.text for p in find_people("赵庄、钱庄、孙庄等村庄受灾。")] == []


def test_a_list_closed_by_a_conjunction_and_a_group_of_persons_is_of_names():
    text = "写春联的有:邝海平、杭一峰、林玉松和志愿服务队队员。"
    assert [p.text for p in find_people(text)] == ["邝海平", "杭一峰", "林玉松"]
    # (a word that follows a name, 同志, closes no list after a conjunction: 某某和林玉松同志)
    names = [p.text for p in find_people("会上,邝海平、杭一峰和林玉松同志先后发言。")]
    assert names == [] or "林玉松" in names  # (never the list cut before its last name)
    assert [p.text for p in find_people("走访了东庄、西营及村干部家中。")] == []


def test_a_list_of_names_opens_right_after_its_unit():
    text = "写春联的有:学院邝海平、杭一峰、林玉松等志愿者。"
    assert [p.text for p in find_people(text)] == ["邝海平", "杭一峰", "林玉松"]
    # (not on another unit's character, in the middle of a word: 市区|王明)
    assert "区邝明" not in [p.text for p in find_people("慰问了市区邝明、杭峰等老党员。")]
    # (but a compound surname may open on a unit's character: 学院|司马某某)
    assert [p.text for p in find_people("写春联的有:学院司马青、梁大庆等志愿者。")] == ["司马青", "梁大庆"]
    # right after a unit a title opens, and it reads the list (区委|常委…)
    people = find_people("区委常委邝海平、杭一峰出席会议。")
    assert [(p.text, [t.text for t in p.titles]) for p in people] == [("邝海平", ["区委常委"]), ("杭一峰", ["区委常委"])]


def test_a_list_closed_by_deng_a_qualifier_and_a_position_is_of_names():
    text = "会上，邝海平、杭峰、林玉松等驻村委员先后发言。"
    assert [p.text for p in find_people(text)] == ["邝海平", "杭峰", "林玉松"]
    assert [p.text for p in find_people("东庄、西营等驻村单位参加。")] == []


def test_a_list_of_bare_names_closed_by_being_elected():
    text = "选举中，游海辉、林美华、苏文山、黄邦宁当选为副镇长。"
    assert [p.text for p in find_people(text)] == ["游海辉", "林美华", "苏文山", "黄邦宁"]


def test_a_title_opens_after_another_persons_title_name_and_a_conjunction():
    text = "东山市委常委、常务副市长邝海平和中共西湖区委书记林美华一同调研。"
    assert [(p.text, [t.text for t in p.titles]) for p in find_people(text)] == [
        ("邝海平", ["东山市委常委", "常务副市长"]), ("林美华", ["中共西湖区委书记"])]


def test_yi_before_a_title_is_a_preposition_but_not_inside_a_name():
    assert [[t.text for t in p.titles] for p in find_people("以东山市安监局局长邝海平为组长。")] == [["东山市安监局局长"]]
    assert [[t.text for t in p.titles] for p in find_people("以色列驻华大使邝海平出席。")] == [["以色列驻华大使"]]


def test_a_list_of_names_each_after_its_unit():
    text = "会议听取了东湖镇邝海平、西山乡林美华、北门街道苏文、水务局黄邦宁4名负责人的述职。"
    assert [p.text for p in find_people(text)] == ["邝海平", "林美华", "苏文", "黄邦宁"]
    text = "一行先后到东湖镇邝海平、北门街道林美华、苏文山家中走访慰问。"
    assert [p.text for p in find_people(text)] == ["邝海平", "林美华", "苏文山"]
    # (villages written without 村 are no names, after their towns or before 当选)
    assert find_people("东湖镇刘集、西山镇王营、南岭镇李桥参加评比。") == []
    assert find_people("王庄、李营当选省级文明村。") == []
    # (villages after their towns are no names, and a list without a closer names nobody)
    assert find_people("先后到东湖镇张庄、西湖镇李营等村调研。") == []
    assert find_people("先后到东湖镇邝海平、西山乡林美华调研。") == []


def test_a_labelled_line_of_names_set_off_by_spaces():
    text = "活动持续了一上午。\n参与志愿者：殷浩然 柏青松 窦文博\n"
    assert [p.text for p in find_people(text)] == ["殷浩然", "柏青松", "窦文博"]
    assert find_people("分工如下。\n村干部：包片 包户 包人\n") == []  # (tasks, not names)
    assert [p.text for p in find_people("活动结束。\n参与志愿者：邝芳 殷强 窦伟\n")] == ["邝芳", "殷强", "窦伟"]


def test_more_words_of_what_a_person_is_anchor_the_name_after_them():
    for descriptor in ("复员军人", "督导员", "大学生村官", "调解员"):
        text = f"走访中，{descriptor}邝建华介绍了近况。"
        assert [p.text for p in find_people(text)] == ["邝建华"], descriptor


def test_regional_and_professional_titles_anchor_the_name_after_them():
    people = find_people("副苏木达包金山主持会议，高级农艺师冉秋生讲解了玉米种植技术。")
    assert [(p.text, [t.text for t in p.titles]) for p in people] == [
        ("包金山", ["副苏木达"]), ("冉秋生", ["高级农艺师"])]


def test_an_untitled_name_opening_a_clause_before_an_adverb_of_acting():
    text = "暴雨过后，窦建业主动清理了门前的积水，邻居们纷纷点赞。"
    assert [p.text for p in find_people(text)] == ["窦建业"]
    assert [p.text for p in find_people("暴雨过后，各部门主动作为，清理积水。")] == []
    assert find_people("汛期以来，江水位一直居高不下。") == []  # (一直 tells how long, not who acts)


def test_the_title_before_a_list_applies_to_its_last_name_after_a_conjunction():
    people = find_people("区委常委蒋立峰、干宏强和李明华出席会议。")
    assert [(p.text, [t.text for t in p.titles]) for p in people] == [
        ("蒋立峰", ["区委常委"]), ("干宏强", ["区委常委"]), ("李明华", ["区委常委"])]
    assert [p.text for p in find_people("县领导王建国、李明华和各乡镇负责人参加。")] == ["王建国", "李明华"]


def test_a_verb_of_the_dictionary_is_no_name():
    assert find_people("“这样的扶贫医生，我们打心眼里感激。”") == []
    assert [p.text for p in find_people("主治医生韩立新说，病人已经出院。")] == ["韩立新"]


def test_a_word_of_the_dictionary_opens_no_name_where_nothing_anchors_it():
    assert find_people("赶到以后大家才发现，那位师傅早已离开了车站。") == []
    # (a name that opens with a word, or is one before punctuation, is still a name)
    assert [p.text for p in find_people("程志刚说，路修好了。")] == ["程志刚"]
    assert [p.text for p in find_people("严明、李华、王强出席。")] == ["严明", "李华", "王强"]
    assert [p.text for p in find_people("到了之后才知道，那位医生韩立新又被召回了医院。")] == ["韩立新"]


@pytest.mark.parametrize("text", ["走访组的书记连连道谢。", "书记频频点头。", "工作人员纷纷表示支持。"])
def test_a_doubled_character_opens_no_name(text):
    # (连连, 频频, 纷纷: a doubled character is an adverb, even after a title)
    assert find_people(text) == []


@pytest.mark.parametrize("text, title", [("2021年县委书记李明主持会议。", "县委书记"), ("10月8日上午院长李明带队检查。", "院长")])
def test_a_dates_mark_and_part_of_day_are_no_part_of_a_title(text, title):
    (person,) = find_people(text)
    assert [t.text for t in person.titles] == [title]


@pytest.mark.parametrize("text, name", [
    ("座谈会由市商务局副局长唐从军主持。", "唐从军"),   # 从 opens a given name after a title
    ("副市长李再兴强调,要抓好落实。", "李再兴"),
    ("县文联副主席王伯林参加。", "王伯林"),             # 伯 of a given name, no kinship word
])
def test_after_a_title_a_given_name_may_open_with_a_function_or_kinship_character(text, name):
    assert [p.text for p in find_people(text)] == [name]


@pytest.mark.parametrize("text", ["村民王大爷说。", "书记张对此表示赞同。", "新坝镇长林村党支部书记到场。"])
def test_a_kinship_word_a_preposition_or_a_place_level_still_opens_no_given_name(text):
    assert [p.text for p in find_people(text)] == []


def test_a_count_of_persons_after_the_name_ends_it_after_an_occupation():
    # (an occupation anchors only a name that ends like one: 等 and a count of persons do)
    assert [p.text for p in find_people("县农技站高级畜牧师李强等3位专家参加。")] == ["李强"]


def test_a_name_before_dangxuan_is_a_person():
    # (当选: only a person is elected)
    assert [p.text for p in find_people("大会选举产生新一届领导班子,陈启明当选为镇长,吴国华当选为副镇长。")] == ["陈启明", "吴国华"]


def test_a_courtesy_word_after_a_full_name_ends_it():
    # (贫困户 anchors a name that ends like one: 老伯, 婆婆, 老人 after it do)
    assert [p.text for p in find_people("工作组来到贫困户刘长春老伯家中。")] == ["刘长春"]


def test_a_name_after_a_councils_or_a_colleges_name_takes_the_title_after_it():
    # (政协, 学院, 协会 end an office the person belongs to, like 局 and 委)
    (person,) = find_people("东岭市政协赵文山副主席参加。")
    assert (person.text, [t.text for t in person.titles]) == ("赵文山", ["副主席"])


def test_a_name_of_a_titled_list_is_a_name_whatever_its_surname():
    # 占 and 訚 are rare surnames; the list under its title says what each item is.
    found = {p.text: [t.text for t in p.titles] for p in find_people("镇领导孙立新、占国平、刘海、訚文清、周强出席。")}
    assert found == {n: ["镇领导"] for n in ("孙立新", "占国平", "刘海", "訚文清", "周强")}
    # an item that is a common word, a body or a group is no name, and the list ends there
    for item in ("工作组", "县委办", "镇党委", "各乡镇", "老党员"):
        found = {p.text for p in find_people(f"镇领导孙立新、刘海、{item}、周强出席。")}
        assert item not in found and {"孙立新", "刘海"} <= found


def test_no_name_opens_inside_a_function_word_when_a_word_follows():
    # 同|时希望: 时希望 would open inside 同时, and 希望 is a word; 由|于海涛 and 对|于海涛 are names
    assert find_people("会上,同时希望主任讲了话。") == []
    assert [(p.text, [t.text for t in p.titles]) for p in find_people("会议由于海涛书记主持。")] == [("于海涛", ["书记"])]


@pytest.mark.parametrize("text, names", [
    # Members, trainees and village doctors are what a person is, as 村民 and 志愿者 are.
    ("参加调研的还有盟员孙晓艳、刘晶。", ["孙晓艳", "刘晶"]),
    ("村医王建华说:“现在看病方便多了。”", ["王建华"]),
    ("学员赵立新表示,收获很大。", ["赵立新"]),
    # ... and a doubled word of kinship after one is no given name.
    ("社员陈伯伯说:“今年收成好。”", []),
    # What follows such a word is no name when nothing ends it as a name.
    ("学员代表发言。", []),
    ("会员单位参加了活动。", []),
    ("会员丁香花协会成立。", []),
    ("社员们干劲十足。", []),
    # The groups an activity serves describe one person too (孤寡老人, 留守儿童, 五保户) ...
    ("志愿者看望了孤寡老人周福田、空巢老人吴秋菊。", ["周福田", "吴秋菊"]),
    ("他资助留守儿童李小冬,直到他读完了初中。", ["李小冬"]),
    # ... but a one-character verb and its object after one are no name (包|饺子), nor is a
    # two-character word of the dictionary (给孤寡老人|温暖)
    ("志愿者为孤寡老人包饺子。", []),
    ("给孤寡老人温暖、给困难户希望。", []),
])
def test_a_descriptor_anchors_a_name(text, names):
    assert [p.text for p in find_people(text)] == names


# -- The list of unit names and names, scanned only around its list marks, as a scan of the whole text finds it.

def _unit_list_spans(text):
    from pressie.people import _UNIT_NAME_LIST, _unit_list_matches

    return [m.span() for m in _unit_list_matches(text)], [m.span() for m in _UNIT_NAME_LIST.finditer(text)]


@pytest.mark.parametrize("text", [
    "东风镇王小明、水务局赵大刚、卫生局李强3名负责人参加",
    "甲乙丙、丁戊己",
    "一二三四五六七八九十一二三四五、甲乙丙丁、戊己庚",  # a first item longer than 14 characters
    "、、甲乙丙、丁戊己、、庚辛壬、癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬、子丑寅",
    "来到某街道、某社区,走访A公司、B公司和某某厂、某某站",
    "甲乙、丙丁",
    "",
    "、",
])
def test_unit_name_lists_are_found_around_the_list_marks(text):
    windowed, whole = _unit_list_spans(text)
    assert windowed == whole


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="甲乙丙丁、,a ", max_size=80))
def test_unit_name_lists_are_found_around_the_list_marks_on_any_text(text):
    windowed, whole = _unit_list_spans(text)
    assert windowed == whole


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="甲乙丙丁", min_size=0, max_size=20), st.sampled_from(["、", "、", ",", "a"])),
                max_size=12))
def test_unit_name_lists_of_items_of_any_length(items):
    text = "".join(a + b for a, b in items)
    windowed, whole = _unit_list_spans(text)
    assert windowed == whole


# -- The visits to a home and the notes or ages after a name, scanned only where a match can end,
# as a scan of the whole text finds them.

def _home_and_notes(text):
    from pressie.people import _after_name_marks, _home_visits, person_lexicon

    lex = person_lexicon()
    return ([m.span() for m in _home_visits(text, lex)], [m.span() for m in lex["visited_home"].finditer(text)],
            [m.span() for m in _after_name_marks(text, lex)], [m.span() for m in lex["after_name_marks"].finditer(text)])


@pytest.mark.parametrize("text", [
    "来到东村王大明家中,又走访独居老人张秀兰、李桂芝家里,看望了困难户刘红家。",
    "到家,到王家,到老王家,到老王家家中。来到很远很远很远很远的山村王家里",
    "张三（化名）今年65岁,李四现年七十二岁,王五已经9周岁了(音)（左三）",
    "家中家里家,今年岁,现年100岁",
    "",
])
def test_home_visits_and_name_notes_are_found_where_they_end(text):
    home, home_whole, notes, notes_whole = _home_and_notes(text)
    assert home == home_whole and notes == notes_whole


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="来到王大明家中里,今年现6七岁周(化名)（）", max_size=60))
def test_home_visits_and_name_notes_are_found_where_they_end_on_any_text(text):
    home, home_whole, notes, notes_whole = _home_and_notes(text)
    assert home == home_whole and notes == notes_whole


@pytest.mark.parametrize("text, title", [
    # A stop word inside a name part of conjoined_names.txt cuts no title, with or without a
    # conjunction in it (时 of 新时代文明实践, 和 of 自然资源和规划).
    ("3月5日,乡新时代文明实践站站长吴秋平介绍了情况。", "乡新时代文明实践站站长"),
    ("会上,自然资源和规划局局长吴秋平发言。", "自然资源和规划局局长"),
    # ... while a stop word outside one still does
    ("调研时县长吴秋平强调。", "县长"),
    # A demonstrative and its classifier opening a title are no part of it.
    ("会议由这个场党总支书记吴秋平组织召开。", "场党总支书记"),
    ("这位书记吴秋平说。", "书记"),
])
def test_where_a_title_opens(text, title):
    (person,) = find_people(text)
    assert [t.text for t in person.titles] == [title]


def test_a_given_name_may_end_in_wei_or_zhen_after_a_title_when_a_mark_follows():
    # 为 ends given names (大为, 有为): after a title and before punctuation the name is read whole
    assert [p.text for p in find_people("5日,县长吴大为,带队检查了防汛工作。")] == ["吴大为"]
    # ... before a word it is the preposition (县长吴明为群众办实事)
    assert [p.text for p in find_people("县长吴明为群众办实事。")] == ["吴明"]
    # 镇 ends given names too (孙殿镇): after a title and before punctuation, no town's name
    assert [p.text for p in find_people("开发区管委会主任孙殿镇,区长刘晓东陪同。")] == ["孙殿镇", "刘晓东"]
    assert [p.text for p in find_people("县长吴明镇上走访。")] == ["吴明"]


def test_a_list_of_names_closed_by_deng_and_a_qualified_group_of_persons():
    # 等, a qualifier of a few characters and a group of persons (等区四大班子领导) closes a list
    text = "吴秋平、周福田、李秋红等县四大班子领导出席活动。"
    assert [p.text for p in find_people(text)] == ["吴秋平", "周福田", "李秋红"]


@pytest.mark.parametrize("text, names", [
    # after a descriptor, a name before an adverb of manner and a verb of speech (感动地说)
    ("村民吴秋平感动地说:“真是帮了大忙。”", ["吴秋平"]),
    ("居民周福田激动地表示,感谢志愿者。", ["周福田"]),
    # ... without a descriptor no name is read there
    ("大家激动地说:“好。”", []),
    # a surname right after the descriptor opens the name even where it makes a word with the
    # descriptor's last character (老人|马某某, not 人马); a word the descriptor runs into does not (居民区)
    ("东山村的五保老人马秋菊高兴地说:“好。”", ["马秋菊"]),
    ("这是居民区提议的项目。", []),
])
def test_a_name_before_an_adverb_of_manner_and_a_verb_of_speech(text, names):
    assert [p.text for p in find_people(text)] == names


@pytest.mark.parametrize("text,name", [
    ("会议由镇党委书记巨文华主持。", "巨文华"),
    ("副镇长茆立新介绍了全镇春耕情况。", "茆立新"),
    ("乡党委委员兑志强陪同检查。", "兑志强"),
])
def test_people_of_rare_surnames(text, name):
    assert name in [p.text for p in find_people(text)]



@pytest.mark.parametrize("text,expected", [
    # a name no common surname opens, after a title that holds its body's name, in a list of officials
    ("盟政协副主席宝日查、市委统战部部长王刚一行到东村调研。", [("宝日查", "盟政协副主席"), ("王刚", "市委统战部部长")]),
    ("旗人大常委会农牧委主任朝克图雅，旗人大常委会办公室主任李强陪同。",
     [("朝克图雅", "旗人大常委会农牧委主任"), ("李强", "旗人大常委会办公室主任")]),
])
def test_a_name_no_common_surname_opens_after_a_full_title(text, expected):
    found = [(p.text, p.titles[0].text) for p in find_people(text)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "主任宝日查，副主任王刚陪同。",  # a bare title: no body's name in it
    "组织员工复岗，局长王刚说。",  # 员|工: the title's last character opens a word
    "卫生专委会主任长刘伟、副主任徐德出席。",  # a common surname's name inside: 长|刘伟
    "镇党委书记亲自挂帅，镇长王刚具体负责。",  # words of the dictionary
    "镇党委书记宝日查主持会议。",  # no list mark after it
])
def test_no_name_without_a_surname_where_the_text_does_not_show_one(text):
    assert "宝日查" not in [p.text for p in find_people(text)]
    assert not any(p.text in ("工复岗", "长刘伟", "亲自挂帅") for p in find_people(text))


def test_the_closers_of_a_name_without_a_surname_are_checked_on_load():
    from pressie import people
    from pressie.errors import ResourceError
    with pytest.raises(ResourceError, match="unsurnamed_name_closers"):
        people._marks("、和", "unsurnamed_name_closers")


@pytest.mark.parametrize("text,expected", [
    ("6日,王明和李强两名医生前往东湖医院。", ["王明", "李强"]),  # 和 and a count of as many
    ("6日,该院胡春生与赵丽两位护士前往东湖医院。", ["胡春生", "赵丽"]),
    ("王明、李强及赵刚三位老人来到广场。", ["王明", "李强", "赵刚"]),
    ("王明和李强三名医生来了。", []),  # the count says three: no such list
    ("东湖和西湖两位选手参加比赛。", []),  # no names of their own
    ("高中和初中两名学生参加比赛。", []),  # words of the dictionary
    ("王庄和李庄两名村干部参加。", []),  # villages
    ("赵刚、王明和李强两名医生来了。", []),  # more names than the count
    ("志愿者向王明和李强两位老人送去慰问品。", ["王明", "李强"]),  # (not 向王明: a preposition)
    ("社区感谢王明和李强两名志愿者。", ["王明", "李强"]),  # (not 谢王明: the end of a word)
])
def test_names_joined_by_a_conjunction_and_closed_by_a_count_of_as_many(text, expected):
    import pressie
    assert [p.text for p in pressie.extract(text).people] == expected


def test_the_names_before_a_count_are_read_back_from_it():
    from pressie.people import _joined_names_counted, person_lexicon
    lex = person_lexicon()
    text = "王明和李强两名医生"
    assert _joined_names_counted(text, text.index("两"), 2, lex) == [(0, 2), (3, 5)]
    assert _joined_names_counted(text, text.index("两"), 3, lex) == []
    assert _joined_names_counted("王明李强两名医生", 4, 2, lex) == []  # (no conjunction)


@pytest.mark.parametrize("text,title", [
    ("3月5日,乡里派李军与乡农业服务中心主任陈小平到东湖村走访。", "乡农业服务中心主任"),  # two persons joined
    ("3月5日,县里派出李明和县民政局局长赵刚来到东湖村。", "县民政局局长"),
    ("县经济发展和社会事务局局长王刚出席。", "县经济发展和社会事务局局长"),  # one office for two fields
    ("县市场监督管理和知识产权局局长王刚出席。", "县市场监督管理和知识产权局局长"),  # (督管理: no name)
    ("3月5日,乡里邀请安明与乡农业服务中心主任陈小平到东湖村。", "乡农业服务中心主任"),  # (邀请|安明 is a name)
])
def test_a_conjunction_after_a_persons_name_opens_the_title_after_it(text, title):
    import pressie
    (person,) = [p for p in pressie.extract(text).people if p.titles]
    assert [t.text for t in person.titles] == [title]


@pytest.mark.parametrize("text,title", [
    ("3月5日,成都市副市长王刚出席。", "成都市副市长"),  # 都 of 成都: no stop word there
    ("3月5日,都江堰市副市长王刚出席。", "都江堰市副市长"),
    ("3月5日,四川成都市金牛区东湖村党总支书记陈小平出席。", "四川成都市金牛区东湖村党总支书记"),
    ("3月5日,志愿者和田园社区主任王刚出席。", "田园社区主任"),  # (和田 opens at the stop word: read as 和)
    ("3月5日,江西于都县副县长王刚出席。", "江西于都县副县长"),  # (one that opens at it before a unit's character)
])
def test_a_stop_word_inside_a_divisions_name_does_not_cut_the_title(text, title):
    import pressie
    (person,) = pressie.extract(text).people
    assert [t.text for t in person.titles] == [title]


def test_the_conjunctions_of_names_closed_by_a_count_are_checked_on_load():
    from pressie.errors import ResourceError
    from pressie.people import person_lexicon
    from pressie.vocabulary import Vocabulary
    with pytest.raises(ResourceError, match="name_conjunctions"):
        person_lexicon(Vocabulary.default().extend({"person_grammar.name_conjunctions": ["&"]}))
    lex = person_lexicon(Vocabulary.default().extend({"person_grammar.name_conjunctions": ["同"]}))
    assert "同" in lex["joining_conjunctions"]
