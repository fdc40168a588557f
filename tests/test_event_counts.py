"""The counts of an event: which quantities of its sentences and its scope are its own, on texts
of our own."""

import pytest

import pressie
from pressie.events.base import Mentions
from pressie.lexicon import Triggers
from pressie.quantities import find_quantities

PUB = "2023-05-10"


def counts(text, kind="volunteer"):
    return [(c.value, c.unit, c.noun.text if c.noun else None)
            for e in pressie.extract(text, published=PUB).events if e.type == kind for c in e.counts]


def test_a_count_of_people_after_a_list_is_of_the_whole_list():
    text = ("5月8日,石桥社区开展敬老志愿服务活动。\n"
            "当天,县医院医生、石桥社区党员及东山村志愿者共计18人,到老人家中打扫卫生。")
    assert counts(text) == [(18, "人", None)]
    # (a verb that ends in a joiner's character opens no list)
    (q,) = find_quantities("义诊惠及村民300余人。")
    assert q.noun is not None and q.noun.text == "村民"


def test_the_actors_named_right_before_a_count_with_no_noun():
    from pressie.events.counts import _actors_right_before
    text = "县医院医生和东山村志愿者共计18人,社区党员5人。"
    triggers = Triggers.default()
    found = {q.value: q for q in find_quantities(text)}
    hit = _actors_right_before(text, found[18], 0, triggers, Mentions())
    assert hit is not None and hit[0] == "志愿者"
    assert _actors_right_before(text, found[5], 0, triggers, Mentions()) is None


def test_a_count_of_people_who_do_what_follows_in_the_events_scope():
    went = "5月8日,石桥社区开展敬老志愿服务活动。\n当天上午,县医院12名医生来到老人家中,为老人检查身体。"
    assert counts(went) == [(12, "名", "医生")]
    # (a count of people followed by no verb of taking part or going stays out of it)
    assert counts("5月8日,石桥社区开展敬老志愿服务活动。\n当天上午,县医院12名医生为老人检查身体。") == []


def test_a_count_of_the_people_a_service_reaches_in_the_events_scope():
    lead = "5月8日,县医院医生到石桥村开展义诊志愿服务活动。\n"
    assert counts(lead + "当天上午,医生们共为80多名村民进行了体检。") == [(80, "名", "村民")]
    # (but not a rate: what each of them does)
    assert counts(lead + "每位医生上午要为十几名村民体检。") == []


def test_the_size_of_each_group_linked_to_it_is_no_count():
    text = "5月8日,石桥村发动志愿者开展清扫志愿服务活动,志愿者们3人为一组清扫街道。"
    assert counts(text) == []


def test_a_count_in_a_sentence_that_opens_by_naming_the_event_again():
    text = "5月8日,县委党校举办村干部培训班。\n本次培训为期三天,参训学员为各村党支部书记、村委会主任,共计60余人。"
    assert counts(text, "meeting") == [(60, "人", None)]


def test_the_groups_formed_in_the_events_scope():
    lead = "5月8日,石桥街道开展春节走访慰问活动。\n"
    assert counts(lead + "街道干部分成4个组,由班子成员带队。", "inspection") == [(4, "个", "组")]
    # (a word that ends in the dividing verb's character divides nothing)
    assert counts(lead + "街道今年给予党纪处分3人。", "inspection") == []


def test_the_party_that_went_after_a_plan_word_in_a_name():
    text = "5月8日,县医院扶贫计划义诊医疗队,一行8人到石桥村开展义诊活动。"
    assert counts(text) == [(8, "人", None)]


def test_a_set_the_subject_is_one_of_is_no_count():
    text = "5月8日,市领导到石桥社区调研检查,该社区是20家示范社区之一。"
    assert counts(text, "inspection") == []


@pytest.mark.parametrize("text", [
    "5月8日,石桥社区开展送餐志愿服务活动,每位志愿者要为20位老人送餐。",
    "5月8日,县医院医生到石桥村开展义诊志愿服务,每天接诊30人左右。",
])
def test_a_rate_is_no_count_of_the_event(text):
    assert counts(text) == []


@pytest.mark.parametrize("text", [
    "5月8日,县长到东山电器公司年产300台冰箱生产线项目调研。",
    "5月8日,县长到东山电器公司调研,该公司年产冰箱300万台。",
    "5月8日,县长到东山景区调研,景区日均接待游客3000人次。",
    "5月8日,县长到东山口罩厂调研,该厂日产口罩10万只。",
])
def test_a_rate_over_a_period_is_no_count_of_the_event(text):
    # (a capacity, 年产, or an average, 日均: what the site does over a year or a day)
    assert counts(text, "inspection") == []


@pytest.mark.parametrize("text", [
    "5月8日,东山村青年产业联盟组织30名志愿者到敬老院开展志愿服务。",
    "5月8日,县老年产业协会组织30名志愿者走进敬老院开展志愿服务。",
])
def test_a_rates_word_inside_another_word_says_no_rate(text):
    assert counts(text) == [(30, "名", "志愿者")]


def test_nearly_is_an_approximation_not_a_plan():
    # 将近 opens with the plan word 将 but plans nothing: the count and its event stand
    (event,) = pressie.extract("5月8日,石桥村将近60名志愿者来到敬老院开展志愿服务。", published=PUB).events
    assert [(c.value, c.approx) for c in event.counts] == [(60, "nearly")]


def test_a_running_total_since_a_time_is_no_count_of_the_event():
    text = "5月8日,石桥社区开展敬老志愿服务活动。该项服务自2019年启动以来,已有300余名志愿者参与。"
    assert counts(text) == []


def test_counts_joined_to_a_count_of_those_who_took_part_took_part_too():
    text = "5月8日,石桥社区敬老志愿服务活动在文化广场举行,共有6支志愿服务队和300多名群众参加了活动。"
    assert counts(text) == [(6, "支", "志愿服务队"), (300, "名", "群众")]
    # (a count joined to another that no verb of taking part follows stays a statistic)
    assert counts("5月8日,石桥社区开展敬老志愿服务活动。全村共有6个小组和300多户农户。") == []


def test_a_list_of_figures_that_a_statistic_opens_is_no_count_of_the_event():
    text = "3月5日,东湖社区的志愿者在广场上举办义诊活动,服务群众80人次。目前,该社区共有注册志愿者120人,志愿服务队3支,服务站点15个。"
    assert counts(text) == [(80, "人次", "群众")]
    # (the event's own figures, one after another with no statistic's word, stay its counts)
    text = "3月5日,东湖社区的志愿者在广场上举办义诊活动,服务群众80人次,发放资料200份,测量血压60人。"
    assert counts(text) == [(80, "人次", "群众"), (200, "份", "资料"), (60, "人", None)]


def test_the_first_of_a_list_of_figures():
    from pressie.events.counts import _figure_ends, _first_of_figures
    page = "目前,该村共有党员120人,小组3个,站点15个。"
    found = [q for q in find_quantities(page) if q.category == "count"]
    ends = _figure_ends(found)
    last = found[-1]
    assert _first_of_figures(page, 0, last, last.end, ends) == page.index("120")
    assert _first_of_figures(page, 0, last, last.end - 1, ends) is None  # (the count ends no clause)


def test_the_figures_after_a_first_figure_of_the_event_stay_counts():
    # (the first figure is the event's, items handed out: those after it are too, whatever the lead holds)
    text = "3月5日,东湖社区的志愿者在广场上举办义诊活动,志愿者将资料逐一讲解,发放资料200份,服务群众80人次,测量血压60人。"
    assert counts(text) == [(200, "份", "资料"), (80, "人次", "群众"), (60, "人", None)]
