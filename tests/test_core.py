import datetime as dt

import pytest
from hypothesis import given, strategies as st

import pressie
from conftest import assert_offsets
from pressie.errors import DateError, DocumentTooLarge, OptionError


def test_seed_structure(seed_page, seed_text):
    assert len(seed_page.blocks) == 35
    covered = sorted([i for a in seed_page.articles for i in a.blocks] + list(seed_page.furniture))
    assert covered == list(range(35))
    assert len(seed_page.articles) == 10
    assert_offsets(seed_text, seed_page)
    assert seed_page.published is None and seed_page.published_source is None


def test_seed_units_and_events(seed_page):
    kinds = [a.kind for a in seed_page.articles]
    assert kinds.count("photo") == 3
    assert list(seed_page.furniture) == [0, 26, 34]
    types = sorted(e.type for e in seed_page.events)
    assert types == sorted(["meeting", "inspection", "meeting", "inspection", "inspection", "volunteer", "volunteer"])


@pytest.mark.parametrize("bad", [None, b"\xe4\xbc\x9a", 12, ["text"]])
def test_wrong_types(bad):
    with pytest.raises(TypeError, match="str"):
        pressie.extract(bad)  # type: ignore[arg-type]


def test_bad_published():
    with pytest.raises(DateError, match="P001"):
        pressie.extract("区委召开会议", published="not a date")
    with pytest.raises(ValueError):
        pressie.extract("区委召开会议", published="2020-13-40")
    with pytest.raises(TypeError):
        pressie.extract("区委召开会议", published=20200309)  # type: ignore[arg-type]


def test_published_as_date_and_dateline():
    page = pressie.extract("3月6日上午,区委召开常委会,区委书记王一主持会议。", published=dt.date(2020, 3, 9))
    assert page.published == "2020-03-09" and page.published_source == "given"
    assert page.events[0].when.start_value == "2020-03-06"
    page = pressie.extract("2020年3月9日 星期一\n区委召开常委会\n3月6日上午,区委召开常委会,区委书记王一主持会议。")
    assert page.published == "2020-03-09" and page.published_source == "dateline"
    assert page.events[0].when.start_value == "2020-03-06"


def test_no_published_keeps_dates_partial():
    page = pressie.extract("3月6日上午,区委召开常委会,区委书记王一主持会议。")
    assert page.events[0].when.start_value == "--03-06"


def test_options_are_checked():
    with pytest.raises(OptionError):
        pressie.extract("会议", max_chars=0)
    with pytest.raises(OptionError):
        pressie.extract("会议", until="everything")
    with pytest.raises(TypeError):
        pressie.extract("会议", id=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pressie.extract("会议", triggers={"meeting": []})  # type: ignore[arg-type]


def test_document_too_large():
    with pytest.raises(DocumentTooLarge, match="max_chars"):
        pressie.extract("会" * 101, max_chars=100)


def test_empty_and_blank():
    for text in ("", "   ", "\n\n\n"):
        page = pressie.extract(text)
        assert page.articles == () and page.blocks == ()


def test_width_variants_give_the_same_events():
    half = "3月6日上午,区委召开常委会(扩大)会议,区委书记王一主持会议。"
    full = "３月６日上午，区委召开常委会（扩大）会议，区委书记王一主持会议。"
    a = pressie.extract(half, published="2020-03-09").to_dict(include_text=False)
    b = pressie.extract(full, published="2020-03-09")
    assert_offsets(full, b)
    ev_a, ev_b = a["articles"][0]["events"], b.to_dict()["articles"][0]["events"]
    assert [(e["type"], e["when"]["start"], [p["name"] for p in e["who"]]) for e in ev_a] == \
        [(e["type"], e["when"]["start"], [p["name"] for p in e["who"]]) for e in ev_b]


def test_zero_width_characters_keep_offsets():
    text = "区委书记王\u200b一主持会议。\r\n3月6日,区委召开常委会。"
    page = pressie.extract(text, published="2020-03-09")
    assert_offsets(text, page)


def test_until_stops_early(seed_text):
    page = pressie.extract(seed_text, until="layout")
    assert page.articles == () and len(page.blocks) == 35
    page = pressie.extract(seed_text, until="units")
    assert page.articles and page.events == ()


def test_custom_trigger_type():
    triggers = pressie.Triggers.default().extend({"signing": {"triggers": ["签约仪式"], "roles": {"attendee": ["出席"]}, "default_role": "attendee"}})
    page = pressie.extract("5月8日,区政府举行项目签约仪式,区长李四出席。", published="2023-05-10", triggers=triggers)
    assert [e.type for e in page.events] == ["signing"]


@given(st.text())
def test_arbitrary_text_never_raises_and_offsets_hold(text):
    page = pressie.extract(text)
    assert_offsets(text, page)
    assert pressie.extract(text) == page


@given(st.text(alphabet=st.characters(codec="utf-8", categories=("Lo", "Po", "Zs", "Cc", "Nd")), max_size=300))
def test_chinese_like_text_never_raises(text):
    page = pressie.extract(text, published="2021-06-01")
    assert_offsets(text, page)


def test_huge_line_without_punctuation():
    text = "会" * 200_000
    page = pressie.extract(text)
    assert len(page.blocks) == 1


def test_mode_article_keeps_one_unit():
    text = ("要闻\n区委召开常委会\n本报讯 3月6日上午,区委召开常委会。会议要求,各单位要抓好落实。\n"
            "街道开展义诊活动\n本报讯 3月5日,街道组织志愿者开展义诊活动,服务居民200余人。\n")
    page = pressie.extract(text, mode="article")
    assert len(page.articles) == 1 and page.articles[0].headline.text == "区委召开常委会"
    as_page = pressie.extract(text, mode="page")
    assert [a.headline.text for a in as_page.articles] == ["区委召开常委会", "街道开展义诊活动"]


def test_auto_mode_reads_a_page_with_sections(seed_text):
    assert len(pressie.extract(seed_text).articles) == 10
    assert len(pressie.extract(seed_text, mode="article").articles) == 1
    with pytest.raises(OptionError):
        pressie.extract("会议", mode="newspaper")


def test_a_number_inside_a_place_name_is_no_count():
    page = pressie.extract("5月8日,调研组来到千人桥镇,走访了30户农户。", published="2023-05-10")
    assert [(q.value, q.unit) for q in page.quantities] == [(30, "户")]


def test_extract_does_not_load_the_segmenter_module():
    import subprocess
    import sys

    code = ("import sys, pressie; pressie.extract('3月6日,区委召开会议。'); "
            "print('pressie.segment' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_vocabulary_reaches_the_time_and_quantity_finders():
    vocab = pressie.Vocabulary.default().extend({"time_words.vague": ["前些天"]})
    text = "前些天,区委召开常委会。"
    assert [t.text for t in pressie.extract(text).times] == []
    assert [t.text for t in pressie.extract(text, vocabulary=vocab).times] == ["前些天"]
    assert [t.text for t in pressie.extract(text).times] == []  # the packaged lists are untouched
    with pytest.raises(TypeError, match="vocabulary must be a pressie.Vocabulary"):
        pressie.extract(text, vocabulary={"time_words.vague": ["前些天"]})


def test_a_vocabulary_reaches_the_person_and_place_finders():
    vocab = pressie.Vocabulary.default().extend({"positions": ["护鸟员"], "place_suffixes.community": ["屯堡"]})
    text = "3月6日,护鸟员王海来到云峰屯堡巡查。"
    plain, extended = pressie.extract(text, published="2021-03-09"), pressie.extract(text, published="2021-03-09", vocabulary=vocab)
    assert "云峰屯堡" not in [p.text for p in plain.places] and "云峰屯堡" in [p.text for p in extended.places]
    titles = [t.text for p in extended.people for t in p.titles]
    assert "护鸟员" in titles and "护鸟员" not in [t.text for p in plain.people for t in p.titles]


def test_the_page_lists_the_places_it_names_and_events_read_every_place_word():
    text = "5月6日,县长王明深入村组、农贸市场和东湖村走访。"
    page = pressie.extract(text, published="2023-05-10")
    assert [p.text for p in page.places] == ["东湖村"]
    (event,) = page.events
    assert [p.text for p in event.where] == ["农贸市场", "东湖村"]
    units = pressie.extract(text, published="2023-05-10", until="units")
    assert [p.text for p in units.places] == ["村组", "农贸市场", "东湖村"]


def test_a_persons_name_is_no_place_of_the_page():
    page = pressie.extract("5月6日,副镇长王国院带队到东风村检查。王国院强调,要做好防汛工作。", published="2023-05-10")
    assert "王国院" in [p.text for p in page.people]
    assert "王国院" not in [p.text for p in page.places]


def test_the_page_lists_the_bodies_it_names_and_events_read_every_body():
    text = "5月6日,东湖区医疗队和志愿服务队到东风村开展义诊。"
    page = pressie.extract(text, published="2023-05-10")
    assert "志愿服务队" not in [o.text for o in page.orgs]
    assert "东湖区医疗队" in [o.text for o in page.orgs]
    units = pressie.extract(text, published="2023-05-10", until="units")
    assert "志愿服务队" in [o.text for o in units.orgs]


def test_the_page_lists_a_body_without_the_verb_that_governs_it():
    page = pressie.extract("5月6日,他们落实市委部署,走访了东湖村。", published="2023-05-10")
    orgs = [o.text for o in page.orgs]
    assert "市委" in orgs and not any(o.startswith("落实") for o in orgs)


def test_a_persons_name_is_no_body_of_the_page():
    page = pressie.extract("5月6日,县政府办公室副主任李登科介绍,李登科说全县已完成检查。", published="2023-05-10")
    assert "李登科" in [p.text for p in page.people]
    assert "李登科" not in [o.text for o in page.orgs]
