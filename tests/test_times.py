import datetime as dt
import pressie

import pytest
from hypothesis import given, strategies as st

from conftest import assert_offsets, load_yaml
from pressie.errors import DateError, ResourceError
import regex

from pressie._spans import Intervals
from pressie.records import TimeExpr
from pressie.lexicon import data
from pressie.times import (TimeRule, TimeSettings, _candidates, _default_compiled, _prefilter, check_time_words,
                           coerce_date, default_rules, find_dateline, find_times, openers, prefixes)

DATA = load_yaml("times.yml")


def _check(case, published):
    found = find_times(case["text"], published=published)
    assert len(found) == 1, [(t.text, t.kind, t.rule) for t in found]
    t = found[0]
    assert (t.start, t.end) == (0, len(case["text"])), t.text
    assert t.kind == case["kind"]
    assert t.date_start == case["start"]
    assert t.date_end == case["end"]
    if case["kind"] in ("point", "span"):
        assert t.time_start == case["time"]
    assert t.part_of_day == case["part_of_day"]


@pytest.mark.parametrize("case", DATA["positives"], ids=lambda c: c["text"])
def test_positive(case):
    _check(case, DATA["published"])


@pytest.mark.parametrize("case", DATA["unpublished"], ids=lambda c: c["text"])
def test_without_published_nothing_comes_from_the_clock(case):
    _check(case, None)


@pytest.mark.parametrize("text", DATA["negatives"])
def test_negative(text):
    found = [t for t in find_times(text, published=DATA["published"]) if t.kind in ("point", "span")]
    assert found == [], [(t.text, t.rule) for t in found]


def test_year_closest_to_published_is_past_biased():
    assert find_times("12月6日", published="2023-01-03")[0].date_start == "2022-12-06"
    assert find_times("1月2日", published="2022-12-30")[0].date_start == "2023-01-02"


def test_day_only_takes_the_month_of_the_text():
    found = find_times("3月2日召开会议,6日再次召开", published="2020-03-09")
    assert [t.date_start for t in found] == ["2020-03-02", "2020-03-06"]
    assert "month" in found[1].inferred and "context" in found[1].inferred
    alone = find_times("6日再次召开", published="2020-03-09")[0]
    assert alone.date_start == "2020-03-06" and "context" not in alone.inferred  # the month of publication


def test_inferred_year_is_marked():
    t = find_times("3月6日", published="2020-03-09")[0]
    assert t.inferred == ("year",)
    assert find_times("2020年3月6日", published="2020-03-09")[0].inferred == ()


def test_relative_to_previous_date():
    found = find_times("5月3日上午召开会议,当天下午开展检查", published="2023-05-10")
    assert found[1].date_start == "2023-05-03" and found[1].part_of_day == "afternoon"


def test_durations_are_not_dates():
    found = find_times("连续工作十几个小时,24小时值班", published="2023-05-10")
    assert [t.kind for t in found] == ["duration", "duration"]


def test_coerce_date():
    assert coerce_date("2020-03-09") == dt.date(2020, 3, 9)
    assert coerce_date(dt.datetime(2020, 3, 9, 12)) == dt.date(2020, 3, 9)
    with pytest.raises(DateError):
        coerce_date("not a date")
    with pytest.raises(TypeError):
        coerce_date(20200309)


@pytest.mark.parametrize("text,date", [
    ("2020年3月9日 星期一 第4版\n本版要闻", dt.date(2020, 3, 9)),
    ("首页 > 新闻\n发布时间:2022-03-20 09:13 来源:某县政府", dt.date(2022, 3, 20)),
    ("标题\n2017-04-14 15:40:49\n正文", dt.date(2017, 4, 14)),
    ("日期:2023-12-07 浏览量:", dt.date(2023, 12, 7)),
    ("标题\n2021年03月06日 10:20 来源:新华网\n正文", dt.date(2021, 3, 6)),
    ("2021/3/6 作者:李明", dt.date(2021, 3, 6)),
    ("3月6日上午,区委召开会议。", None),
    ("2021年3月5日,城南社区开展活动。来源:本网", None),
])
def test_find_dateline(text, date):
    assert find_dateline(text) == date


def test_rule_is_reported():
    assert find_times("5月3日至5日", published="2023-05-10")[0].rule == "date_span"


@given(st.text())
def test_no_exception_and_exact_offsets(text):
    found = find_times(text, published="2020-03-09")
    assert_offsets(text, found)
    assert find_times(text, published="2020-03-09") == found


@given(st.text(alphabet="0123456789-/年月日号至今昨当次上下午晚时点分半第个余多一二三四五六七八九十周星期每近来,。 ", max_size=40))
def test_records_round_trip_through_their_dicts(text):
    found = find_times(text, published="2020-03-09")
    assert_offsets(text, found)
    assert [TimeExpr.from_dict(t.to_dict()) for t in found] == found


@given(st.text(alphabet="0123456789月日号年至上下午晚时点分半第个余多一二三四五六七八九十,。", max_size=40))
def test_idempotent_on_its_own_output(text):
    for t in find_times(text, published="2020-03-09"):
        again = find_times(t.text, published="2020-03-09")
        assert again and again[0].text == t.text or t.kind in ("duration",) or "month" in t.inferred


def _matches(pattern, text):
    return [(m.span(), m[0]) for m in pattern.finditer(text)]


_RULE_TEXTS = [c["text"] for c in DATA["positives"] + DATA["unpublished"]] + list(DATA["negatives"])
_ALPHABET = ("0123456789-/.:：月日号年度份至今去前明后本这上下中午晚早凌晨傍夜时点分半刻许整第个余多几周星期礼拜天"
             "零〇○一二两三四五六七八九十廿卅百千旬初底末农历正腊冬春节元宵清明端中秋国庆重阳每近连来以当眼如,。 ")


def _one_scan_each(compiled, text):
    """The candidates as each rule's own finditer gives them (what the shared scan must equal)."""
    out = []
    for k, c in enumerate(compiled):
        out += [(m.start(), m.end(), c.rule.name) for m in c.bare.finditer(text) if m.end() > m.start()]
    return sorted(out, key=lambda x: (x[0], [c.rule.name for c in compiled].index(x[2])))


def _shared_scan(compiled, text):
    pre = _prefilter(compiled)
    return [(c[0], c[1], c[2].name) for c in _candidates(compiled, pre, text, Intervals())]


@pytest.mark.parametrize("name", [r.name for r in default_rules()])
def test_first_character_guard_changes_no_match(name):
    (c,) = [c for c in _default_compiled()[0] if c.rule.name == name]
    text = "\n".join(_RULE_TEXTS)
    assert _matches(c.pattern, text) == _matches(c.bare, text)
    assert _matches(c.pattern, text) == _matches(regex.compile(c.bare.pattern, regex.V1), text)  # either engine


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_first_character_guard_changes_no_match_on_arbitrary_text(text):
    for c in _default_compiled()[0]:
        assert _matches(c.pattern, text) == _matches(c.bare, text)


def test_the_shared_scan_finds_what_each_rule_finds_alone():
    compiled = _default_compiled()[0]
    text = "\n".join(_RULE_TEXTS)
    assert _shared_scan(compiled, text) == _one_scan_each(compiled, text)
    assert len(_shared_scan(compiled, text)) > 100


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_the_shared_scan_finds_what_each_rule_finds_alone_on_arbitrary_text(text):
    compiled = _default_compiled()[0]
    assert _shared_scan(compiled, text) == _one_scan_each(compiled, text)


@pytest.mark.parametrize("pattern,chars", [
    (r"(?<![0-9])(?:ab|c+d)", {"a", "c"}),
    (r"(?:x)?y", {"x", "y"}),
    (r"[0-3]++z", {"0", "1", "2", "3"}),
    (r"(?=[ab])(?:a|b)", {"a", "b"}),
    (r"\d", None),        # a category: any digit of any script
    (r"[^a]b", None),     # a negated class
    (r"a?", None),        # can match the empty string
])
def test_openers_are_read_from_the_pattern(pattern, chars):
    assert openers(pattern) == (None if chars is None else frozenset(chars))


@pytest.mark.parametrize("pattern,found", [
    ("ab|c", {"ab", "c"}),
    ("(?<!x)早(?:上|晨)?", {"早上", "早晨", "早"}),
    ("[0-2]+年", {a + b for a in "012" for b in "012年"}),
    ("(?:a|b)?c", {"ac", "bc", "c"}),
    (".x", None),
    ("(a)\\1", None),
])
def test_two_character_prefixes_are_read_from_the_pattern(pattern, found):
    assert prefixes(pattern) == (None if found is None else frozenset(found))


def _day_after_next(groups, value, env):
    value.update(date_start=(env.anchor + dt.timedelta(days=3)).isoformat() if env.anchor else None)
    value["inferred"].append("date")
    return value


def test_a_new_rule_is_one_entry_of_the_table():
    rule = TimeRule("day_after_next", "(?P<rd>大后天){tail}", _day_after_next, priority=3)
    text = "我们大后天上午9时出发"
    assert [t.text for t in find_times(text, published="2020-03-09")] == ["后天上午9时"]
    (t,) = find_times(text, published="2020-03-09", rules=default_rules() + (rule,))
    assert (t.text, t.rule, t.date_start, t.part_of_day, t.time_start) == (
        "大后天上午9时", "day_after_next", "2020-03-12", "morning", "09:00")
    # The rule is compiled once per table, and the packaged table is untouched.
    assert find_times(text, published="2020-03-09", rules=default_rules() + (rule,)) == [t]
    assert [t.rule for t in find_times(text, published="2020-03-09")] == ["relative_day"]


def test_a_rule_that_can_open_anywhere_still_scans_the_whole_text():
    rule = TimeRule("anything_week", r"\w?周末", lambda g, v, env: {**v, "kind": "vague", "date_start": None}, priority=1)
    found = find_times("本周末开展活动", published="2020-03-09", rules=(rule,))
    assert [(t.text, t.kind) for t in found] == [("本周末", "vague")]


def test_an_unknown_placeholder_names_the_rule():
    rule = TimeRule("broken", "{no_such_words}日", _day_after_next)
    with pytest.raises(ResourceError, match="rule 'broken'.*no_such_words"):
        find_times("5日", rules=(rule,))


def test_time_words_are_checked_with_file_and_key():
    good = dict(data("time_words"))
    assert check_time_words(good) is good
    for key, bad, message in [
        ("day_marks", "日", "time_words.json:day_marks: needs a non-empty list"),
        ("year_mark", "", "time_words.json:year_mark: needs one word"),
        ("house_number_chars", "楼楼", "time_words.json:house_number_chars: needs a string of different characters"),
        ("duration_units", {"天": "days"}, "time_words.json:duration_units: '天' has the granularity 'days'"),
    ]:
        with pytest.raises(ResourceError, match=message):
            check_time_words({**good, key: bad})
    missing = {k: v for k, v in good.items() if k != "month_mark"}
    with pytest.raises(ResourceError, match="time_words.json:month_mark"):
        check_time_words(missing)


def test_settings_change_the_past_bias():
    # 5月1日 in a paper of 9 March: 53 days ahead, inside the default window of 62 days.
    assert find_times("5月1日", published="2020-03-09")[0].date_start == "2020-05-01"
    narrow = TimeSettings(past_window_days=30)
    assert find_times("5月1日", published="2020-03-09", settings=narrow)[0].date_start == "2019-05-01"
    assert find_times("100年", published="2020-03-09", settings=TimeSettings(max_duration_years=200))[0].kind == "duration"
    assert find_times("100年", published="2020-03-09") == []  # an anniversary, not a length of time
    with pytest.raises(ValueError, match="past_window_days"):
        TimeSettings(past_window_days=-1)


def test_today_after_a_news_dateline_is_that_day():
    found = find_times("本报北京3月11日讯 国务院总理今天主持召开会议。", published="1998-03-12")
    assert [(t.text, t.date_start) for t in found] == [("3月11日", "1998-03-11"), ("今天", "1998-03-11")]


def test_page_header_gives_the_dateline():
    assert find_dateline("人民日报 1998年3月12日 第1版(要闻)\n") == dt.date(1998, 3, 12)


def test_a_stated_future_takes_the_next_year_on_or_after_the_paper():
    # Without the marker a month-day well after the paper is last year's (news reports the past).
    assert find_times("6月16日举办", published="2020-03-09")[0].date_start == "2019-06-16"
    for marker in ("将于", "拟于", "定于", "计划于"):
        t = find_times(f"活动{marker}6月16日举办", published="2020-03-09")[0]
        assert t.date_start == "2020-06-16", marker
    assert find_times("会议将于2月5日召开", published="2020-03-09")[0].date_start == "2021-02-05"
    assert find_times("将于本月底完成", published="2020-03-09")[0].date_end == "2020-03-31"


def test_fused_day_word_takes_the_day_of_the_text():
    found = find_times("3月5日上午,会议召开。当晚,志愿者", published="2020-03-09")
    assert [(t.text, t.date_start, t.part_of_day) for t in found] == [
        ("3月5日上午", "2020-03-05", "morning"), ("当晚", "2020-03-05", "evening")]
    alone = find_times("当晚,志愿者", published="2020-03-09")[0]
    assert alone.date_start is None and "unresolved" in alone.inferred


def test_a_part_of_the_month_takes_the_month_of_the_text():
    found = find_times("4月2日召开会议。下旬,再次检查", published="2020-03-09")
    assert (found[1].date_start, found[1].date_end) == ("2020-04-21", "2020-04-30")


def test_a_quarter_is_not_a_day():
    (t,) = find_times("今年第一季度", published="2020-03-09")
    assert (t.date_start, t.date_end, t.granularity) == ("2020-01-01", "2020-03-31", "month")


def test_weekday_after_a_date_in_brackets_is_the_same_day():
    found = find_times("座谈会定于2月6日下午3:00(星期二)举行", published="2024-02-01")
    assert [(t.text, t.date_start) for t in found] == [("2月6日下午3:00", "2024-02-06")]


def test_same_day_takes_the_day_of_the_text():
    found = find_times("5月8日上午,市里召开会议。同日下午,督导组来到社区", published="2020-05-10")
    assert [(t.text, t.date_start, t.part_of_day) for t in found] == [
        ("5月8日上午", "2020-05-08", "morning"), ("同日下午", "2020-05-08", "afternoon")]


def test_a_long_run_of_numerals_is_read_in_linear_time():
    """Twice the run is about twice the work (lines of pressie executed, not time: every position
    re-reading the run, as it once did, made it quadratic)."""
    from conftest import lines_run

    def lines(text: str) -> int:
        return lines_run(lambda: find_times(text, published="2020-03-09"))

    find_times("一二三", published="2020-03-09")
    small, large = lines("一二三四五六七八九十" * 200), lines("一二三四五六七八九十" * 400)
    assert large <= 2.6 * small, (small, large)


def test_published_with_an_impossible_day_says_so():
    from pressie.errors import DateError
    from pressie.times import coerce_date

    with pytest.raises(DateError, match="is no date: day is out of range"):
        coerce_date("2020-02-30")
    with pytest.raises(DateError, match="not an ISO date"):
        coerce_date("2020/3/9")


def test_a_duration_has_the_granularity_of_its_unit():
    found = find_times("连续工作两个多小时,又坚守了3天,前后半个月", published="2020-03-09")
    assert [(t.kind, t.granularity) for t in found] == [("duration", "hour"), ("duration", "day"), ("duration", "month")]


def test_a_month_before_a_dateline_mark_is_no_dateline():
    # Only a whole day after 本报…讯 dates the text; a month or a year there raised ValueError.
    found = find_times("本报2020年1月讯 今天上午", published="2020-03-09")
    assert [(t.text, t.date_start) for t in found] == [("2020年1月", "2020-01"), ("今天上午", "2020-03-09")]
    assert find_times("2019年电", published="2020-03-09")[0].date_start == "2019"


_DATE_ALPHABET = "0123456789-/年月日号份度至今去前明后本上下午晚时点分半第个余多一二三四五六七八九十讯电起以来,。 "


@given(st.text(alphabet=_DATE_ALPHABET, max_size=40))
def test_no_exception_and_exact_offsets_on_date_like_text(text):
    for published in (None, "2020-03-09"):
        found = find_times(text, published=published)
        assert_offsets(text, found)


def test_a_vague_time_word_added_to_the_vocabulary_is_found():
    from pressie.times import find_times_normalized
    from pressie.vocabulary import Vocabulary

    text = "前些阵子,村里修通了水泥路"
    assert find_times(text, published="2020-03-09") == []
    more = Vocabulary.default().extend({"time_words.vague": ["前些阵子"]})
    (t,) = find_times(text, published="2020-03-09", vocabulary=more)
    assert (t.start, t.end, t.text, t.kind, t.rule) == (0, 4, "前些阵子", "vague", "vague")
    assert find_times_normalized(text, dt.date(2020, 3, 9), vocabulary=more) == [t]
    # The packaged vocabulary and its compiled rules are untouched.
    assert "前些阵子" not in Vocabulary.default().words("time_words.vague")
    assert find_times(text, published="2020-03-09") == []
    assert find_times(text, published="2020-03-09", vocabulary=Vocabulary.default()) == []


def test_words_added_to_the_vocabulary_reach_the_productions_and_the_dateline():
    from pressie.vocabulary import Vocabulary

    # A future marker puts a month-day ahead of the paper (3月1日 in a paper of 9 March).
    text = "展会争取于3月1日开幕"
    assert find_times(text, published="2020-03-09")[0].date_start == "2020-03-01"
    more = Vocabulary.default().extend({"time_words.future_markers": ["争取于"]})
    assert find_times(text, published="2020-03-09", vocabulary=more)[0].date_start == "2021-03-01"
    # A label of a web page's date line.
    page = "刊发于:2022-03-20 09:13\n正文"
    assert find_dateline(page) is None
    labelled = Vocabulary.default().extend({"time_words.dateline_labels": ["刊发于"]})
    assert find_dateline(page, vocabulary=labelled) == dt.date(2022, 3, 20)
    assert find_dateline(page) is None


def test_a_new_rule_reads_the_words_of_the_vocabulary():
    from pressie.vocabulary import Vocabulary

    rule = TimeRule("vague_only", "(?P<vague>{vague})", lambda g, v, env: {"kind": "vague", "granularity": None,
                                                                          "inferred": []})
    more = Vocabulary.default().extend({"time_words.vague": ["前些阵子"]})
    assert find_times("前些阵子", rules=(rule,)) == []
    assert [t.rule for t in find_times("前些阵子", rules=(rule,), vocabulary=more)] == ["vague_only"]


def test_a_vocabulary_must_be_a_vocabulary():
    for finder in (find_times, find_dateline):
        with pytest.raises(TypeError, match="vocabulary"):
            finder("3月6日", vocabulary={"time_words.vague": ["前些阵子"]})


def test_a_range_mark_added_to_the_numerals_joins_a_span():
    from pressie.vocabulary import Vocabulary

    text = "3月5日直至8日"
    assert [t.kind for t in find_times(text, published="2020-03-09")] == ["point", "point"]
    more = Vocabulary.default().extend({"numerals.range_marks": ["直至"]})
    (t,) = find_times(text, published="2020-03-09", vocabulary=more)
    assert (t.kind, t.date_start, t.date_end) == ("span", "2020-03-05", "2020-03-08")


@pytest.mark.parametrize("text, start, end", [
    ("3月至5月,全镇开展环境整治。", "2020-03", "2020-05"),  # the second month in the first's year
    ("2019年12月至2020年1月,全镇开展走访。", "2019-12", "2020-01"),
    ("11月至2月,全镇开展冬季走访。", "2019-11", "2020-02"),  # the next year when it comes earlier
    ("今年3月至明年5月,全镇开展冬季走访。", "2020-03", "2021-05"),  # the second's own year
])
def test_a_span_of_whole_months(text, start, end):
    (t,) = find_times(text, published="2020-03-09")
    assert (t.kind, t.date_start, t.date_end, t.granularity) == ("span", start, end, "month")


def test_a_month_span_whose_second_month_alone_writes_its_year_stays_two_months():
    # (the first month's year is not known from the paper's: 2019-12 or 2020-12)
    assert [t.kind for t in find_times("12月至2021年2月,全镇开展走访。", published="2020-03-09")] == ["point", "point"]


@pytest.mark.parametrize("text, start", [
    ("9 月 28 日,学校召开座谈会。", "2025-09-28"),
    ("2019 年 9 月 28 日上午,学校召开座谈会。", "2019-09-28"),
    ("9月 28日,学校召开座谈会。", "2025-09-28"),
])
def test_dates_written_with_spaces_between_numbers_and_units(text, start):
    [t] = [t for t in find_times(text, published="2025-09-29") if t.kind == "point"]
    assert t.date_start == start and t.text.startswith(text[:2])


@pytest.mark.parametrize("text", ["省委十一届三次全会", "十一个村", "八一中学", "第二十一批", "二十一。", "兵团十一师",
                                  "十一五规划", "十一名患者", "在十一中上学"])
def test_a_festival_written_in_numerals_before_a_classifier_or_after_a_numeral_is_a_number(text):
    assert [t.text for t in find_times(text, published="2023-08-21")] == []


@pytest.mark.parametrize("text, day", [("今年十一,全家出游。", "2023-10-01"), ("迎接七一。", "2023-07-01"),
                                       ("五一当天", "2023-05-01"), ("五一节前夕", "2023-05-01"),
                                       ("庆祝八一节", "2023-08-01"), ("十一黄金周", "2023-10-01"),
                                       ("五一小长假", "2023-05-01"), ("七一这天", "2023-07-01"),
                                       ("五一后,", "2023-05-01")])
def test_a_festival_written_in_numerals_stays_one_before_no_han_character(text, day):
    assert day in [t.date_start for t in find_times(text, published="2023-08-21")]


@pytest.mark.parametrize("text, published, day", [
    ("去年重阳节,志愿者到敬老院。", "2023-11-20", "2022-10-04"),   # (the nearest one is 2023-10-23)
    ("2021年国庆节,志愿者在广场服务。", "2023-11-20", "2021-10-01"),
    ("今年重阳节,志愿者到敬老院。", "2023-03-20", "2023-10-23"),   # (the nearest one is past: 2022-10-04)
    ("2022年除夕,志愿者到敬老院。", "2023-11-20", "2022-01-31"),   # (the eve that falls in 2022)
    ("今年除夕,志愿者到敬老院。", "2024-03-01", "2024-02-09"),
    ("去年除夕,志愿者到敬老院。", "2024-03-01", "2023-01-21"),
    ("二〇二一年清明节", "2023-03-20", "2021-04-04"),
])
def test_a_year_written_before_a_festival_is_the_festivals_year(text, published, day):
    [t] = find_times(text, published=published)
    assert (t.date_start, t.text) == (day, text[:t.end])


def test_a_year_written_before_a_festivals_period_stays_said():
    [t] = find_times("去年国庆节期间,志愿者走上街头。", published="2024-03-01")
    assert (t.kind, t.date_start, t.granularity) == ("point", "2023", "year")
    [t] = find_times("国庆节期间,志愿者走上街头。", published="2024-03-01")
    assert (t.kind, t.date_start) == ("vague", None)


def test_a_date_that_starts_a_period_up_to_now_sets_no_month_for_bare_days():
    text = "本报讯 5月8日,全市现有病例降至零。自2月18日以来,首次无新增病例。9日,市里召开发布会。"
    found = {t.text: t.date_start for t in find_times(text, published="2020-05-10")}
    assert found["9日"] == "2020-05-09"  # (not 2020-02-09)
    assert find_times("2月18日,市里开会。9日,又开会。", published="2020-05-10")[-1].date_start == "2020-02-09"


def test_a_relative_day_in_a_quoted_remark_is_the_speakers_day_not_the_papers():
    text = "3月1日上午,医院的志愿队来到东风村。“今天听说有义诊，我们都早早地来了。”村民说。"
    found = {t.text: t.date_start for t in find_times(text, published="2018-03-02")}
    assert found == {"3月1日上午": "2018-03-01", "今天": None}
    # in the narration 今天 is the paper's day
    assert [t.date_start for t in find_times("今天,县里召开会议。", published="2018-03-02")] == ["2018-03-02"]


def test_a_bare_day_takes_its_month_from_its_own_part_only():
    from pressie.times import find_times_normalized
    first = "2月28日,区委召开常委会。"
    text = first + "\n8日,社区开展义诊。"
    second = (len(first) + 1, len(text))
    anchor = dt.date(2020, 5, 9)
    whole = find_times_normalized(text, anchor)
    assert [t.date_start for t in whole] == ["2020-02-28", "2020-02-08"]  # one text: one context
    apart = find_times_normalized(text, anchor, parts=[[(0, len(first))], [second]])
    assert [t.date_start for t in apart] == ["2020-02-28", "2020-05-08"]
    # A part may be several ranges (an article continued in another column): they share a context.
    joined = find_times_normalized(text, anchor, parts=[[(0, len(first)), second]])
    assert [t.date_start for t in joined] == ["2020-02-28", "2020-02-08"]


@pytest.mark.parametrize("text, start", [
    ("28日,社区开展义诊活动。", "2024-04-28"),  # after the paper's day, no month before it: the month before
    ("1日,社区开展义诊活动。", "2024-05-01"),
    ("社区将于28日开展义诊活动。", "2024-05-28"),  # looking ahead keeps the paper's month
])
def test_a_bare_day_after_the_papers_day_is_of_the_month_before(text, start):
    (t,) = find_times(text, published="2024-05-02")
    assert t.date_start == start


def test_a_bare_day_opening_an_article_of_a_page_is_of_the_month_before():
    page = ("要闻\n区委召开会议\n本报讯 4月27日,区委召开常委会,区委书记王一主持会议。\n"
            "社区义诊暖人心\n本报讯 28日,东湖社区志愿者为老人开展义诊志愿服务。\n")
    found = pressie.extract(page, published="2024-05-02", mode="page")
    assert [(e.type, e.when.date_start if e.when else None) for e in found.events] == [
        ("meeting", "2024-04-27"), ("volunteer", "2024-04-28")]


def test_how_far_back_a_bare_day_reaches_is_a_setting():
    (t,) = find_times("28日,社区开展义诊活动。", published="2024-05-02", settings=TimeSettings(bare_day_back_days=0))
    assert t.date_start == "2024-05-28"
    (t,) = find_times("13日,县委召开常委会会议。", published="2012-06-11")
    assert t.date_start == "2012-06-13"  # a month back is too far: a day ahead
