import pytest
import regex
import pressie
from hypothesis import given, settings, strategies as st

from conftest import assert_offsets, load_yaml
from pressie.places import find_orgs, find_places

DATA = load_yaml("people.yml")


@pytest.mark.parametrize("text,expected", DATA["places"], ids=lambda x: x if isinstance(x, str) else "")
def test_places(text, expected):
    found = find_places(text)
    assert_offsets(text, found)
    assert [[p.text, [w.text for w in p.within]] for p in found] == expected


@pytest.mark.parametrize("text", DATA["no_places"])
def test_deictic_are_not_places(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,name", DATA["orgs"])
def test_orgs(text, name):
    assert name in [o.text for o in find_orgs(text)]


@given(st.text())
def test_no_exception_and_exact_offsets(text):
    assert_offsets(text, find_places(text))
    assert_offsets(text, find_orgs(text))


@pytest.mark.parametrize("text", DATA["no_orgs"])
def test_no_orgs(text):
    assert find_orgs(text) == []


@pytest.mark.parametrize("text", ["举办了一场乡村振兴论坛。", "这场乡村音乐会很精彩。", "现场乡亲们纷纷点赞。",
                                  "会场村民代表踊跃发言。", "农民所在村召开会议。"])
def test_a_classifier_after_a_number_or_in_a_word_ends_the_text_before_a_name(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,expected", [
    # a bare 街道 (no street's name before it) is no part of the name after it
    ("县长深入城区街道青石村调研。", ["青石村"]),
    ("来到湖滨街道湖滨社区。", ["湖滨街道", "湖滨社区"]),
    # ... though right before the suffix it makes a relative name (街道居委会, as 镇政府)
    ("记者联系街道居委会核实。", ["街道居委会"]),
])
def test_a_bare_street_word_opens_no_name(text, expected):
    assert [p.text for p in find_places(text)] == expected


def texts(found):
    return [p.text for p in found]


@pytest.mark.parametrize("text,expected", [
    ("检查组来到白杨加气站检查。", ["白杨加气站"]),
    ("调研组走进县人民医院门诊楼。", ["县人民医院门诊楼"]),
    ("专家来到大河考古工地。", ["大河考古工地"]),
    ("民警巡查了东风网吧。", ["东风网吧"]),
    # a facility noun written right after its town or village is one venue with it
    ("志愿者来到青山镇老年公寓。", ["青山镇老年公寓"]),
    ("检查组来到白沙湾排灌站。", ["白沙湾排灌站"]),
    ("他走访了李庄村砖厂。", ["李庄村砖厂"]),
    ("他走到青石村为民服务中心门前。", ["青石村为民服务中心"]),
])
def test_issue_14_standard_facility_nouns_end_venue_names(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("来到成都市调研。", ["成都市"]),
    ("赴上海市学习。", ["上海市"]),
    ("走访了西都派出所。", ["西都派出所"]),
    ("来到江边村。", ["江边村"]),
    ("村民都来到张庄村。", ["张庄村"]),  # 都 followed by a whole name still cuts
    # 场 after a character it makes no word with is a noun of the name (a farm), not a classifier
    ("副县长来到牛场乡中心小学检查。", ["牛场乡中心小学"]),
    ("他去了羊场乡。", ["羊场乡"]),
    ("在东川县刘家所乡开展活动。", ["东川县", "刘家所乡"]),
])
def test_issue_14_a_stop_character_that_writes_a_name_stays_in_it(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("志愿者助力美丽乡村建设。", []),
    ("他们清洁公交站台。", []),
    ("彰显黄石镇的风采。", ["黄石镇"]),
    ("督查组来到环卫所和垃圾中转站察看。", ["垃圾中转站"]),
    ("新建便民服务站点建设", []),
])
def test_issue_14_a_place_starts_on_a_word_boundary(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("座谈会在广州召开。", ["广州"]),
    ("调研组赴安徽、甘肃调研。", ["安徽", "甘肃"]),
    ("调研组来到富源,走访企业。", ["富源"]),  # a county's name after a verb of going
    ("座谈会8日在京召开。", ["京"]),
    ("北京时间8点", []),  # no boundary after the name
    ("北京同仁堂", []),  # a one-character stop after the name may open a longer name
    ("他说无极限。", []),  # a county's name (无极) needs a verb of going or a list
    ("在新的起点上", []),
])
def test_issue_14_division_names_without_their_level_word(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("来到城南安置房项目现场。", [("城南安置房项目现场", "venue")]),  # the site of a project named in full
    ("来到污水管网工程建设现场。", [("污水管网工程建设现场", "venue")]),
    ("来到项目现场。", [("项目现场", "generic")]),  # the site noun alone names none
    ("来到建设工地。", [("建设工地", "generic")]),
    ("来到东风小学、施工现场。", [("东风小学", "venue"), ("施工现场", "venue")]),  # one of a list after a named place
])
def test_the_site_of_a_project_named_before_it_is_a_venue(text, expected):
    assert [(p.text, p.kind) for p in find_places(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("先后来到南坪村、海子洼村、西上碾头村调研。", ["南坪村", "海子洼村", "西上碾头村"]),
    ("先后来到南坪村、北下王庄村调研。", ["南坪村", "北下王庄村"]),
    ("。之前东方理工大学召开会议。", ["东方理工大学"]),  # (not a direction: 之前 is no name's part)
    ("西上碾头村召开村民大会。", ["西上碾头村"]),  # (at the start of a line too)
])
def test_a_direction_and_a_locative_at_a_lists_mark_open_a_village_name(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text", ["督查组要求该公司立即整改。", "检查组要求该中心限期整改。"])
def test_a_suffix_after_gai_refers_to_a_place_named_before(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,expected", [
    ("走访了困难户，并与村两委成员座谈。", []),  # (并与: the clause's preposition, no name 并与村)
    ("收到捐款3万元，并和村两委商量用途。", []),
    ("了解情况，还与镇、村干部交流。", []),
    ("来到仁和集镇、同兴乡调研。", ["仁和集镇", "同兴乡"]),  # (a name's first conjunct after a name's character)
    ("来到并和村调研。", ["并和村"]),  # (after a verb of going, a name of its own)
    ("来到东风村、并和村调研。", ["东风村", "并和村"]),  # (in a list: no clause goes on)
    ("并和村位于县城北部。", ["并和村"]),
])
def test_an_adverb_before_a_conjunction_opens_a_clause_not_a_name(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("新河镇在该镇政府二楼会议室召开会议。", ["新河镇", "镇政府二楼会议室"]),
    ("在该县高沙镇召开现场会。", ["高沙镇"]),  # (the deictic word refers, the name follows it)
    ("在该镇小会议室召开会议。", ["小会议室"]),
    ("在各镇政府会议室召开会议。", []),  # (every town's: generic)
])
def test_a_level_word_after_gai_stays_with_its_organ(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("先后考察了东坪镇袁家村和南岭镇白村、北岭乡簸箕村。", ["东坪镇", "袁家村", "南岭镇", "白村", "北岭乡", "簸箕村"]),
    ("来到东坪镇各村检查。", ["东坪镇"]),  # (a determiner: every village of the town)
    ("东坪镇一村一品产业发展良好。", ["东坪镇"]),  # (a numeral)
    ("东坪镇强村富民成效明显。", ["东坪镇"]),  # (not set off by a list's mark or a clause's end)
    ("东坪镇联村、驻村干部参加培训。", ["东坪镇"]),  # (a verb before 村)
])
def test_a_villages_one_character_name_right_after_its_town(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("党员们齐聚东风广场升国旗。", ["东风广场"]),
    ("志愿服务队伍汇聚南岭街道各小区。", ["南岭街道"]),
    ("来到云集镇调研。", ["云集镇"]),  # (a name that holds a verb of gathering keeps it)
])
def test_a_verb_of_gathering_is_no_part_of_the_place_it_governs(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("东岭乡位于县境北部,距县城80公里。", ["东岭乡"]),  # (a preposition of distance)
    ("他拨通了时任南坪乡党委书记的电话。", ["南坪乡"]),  # (a time in office)
    ("同样的烦恼,隔壁北岭乡永安村也有过。", ["北岭乡", "永安村"]),
    ("反馈的同时,直报南坪镇纪委。", ["南坪镇"]),  # (a verb of reporting)
])
def test_a_word_before_a_place_that_is_no_part_of_it(text, expected):
    assert texts(find_places(text)) == expected


def test_a_suffix_before_li_of_a_common_word_ends_no_name():
    assert find_places("他们心系乡里，常回家乡看看。") == []
    # (but a village's name may open with 里 right after its town)
    assert texts(find_places("来到东坪乡里仁村调研。")) == ["东坪乡", "里仁村"]
    assert find_places("他心系乡里,村民都称赞他。") == []  # (not past a clause's mark)


@pytest.mark.parametrize("text,expected", [
    ("调研组来到沪昆高速东湖段施工现场。", [("沪昆高速东湖段", "road"), ("施工现场", "generic")]),
    ("志愿者来到青龙溪大坪村段清理垃圾。", [("青龙溪大坪村段", "road")]),
    ("解放路施工阶段交通管制。", [("解放路", "road")]),  # (阶段 is a word, no stretch)
    ("人民路和解放路段实行单行。", [("人民路", "road"), ("解放路段", "road")]),  # (a conjunction: two roads)
])
def test_a_stretch_of_a_road_or_river_named_after_it_is_one_place(text, expected):
    assert [(p.text, p.kind) for p in find_places(text)] == expected


@pytest.mark.parametrize("text", ["志愿者沿东湖路一段一段地清扫。", "车辆沿人民路行驶一段后右转。"])
def test_a_numeral_before_the_section_mark_counts_stretches(text):
    assert not any(p.text.endswith("一段") for p in find_places(text))


@pytest.mark.parametrize("text,wrong", [
    ("深入在建项目现场查看进度。", "建项目现场"),  # (在建: no name part 建)
    ("对照市委的部署开展工作。", "照市委"),  # (对照: no body 照市委)
])
def test_one_character_that_ends_a_word_begun_before_it_names_nothing(text, wrong):
    assert wrong not in [p.text for p in find_places(text)] + [o.text for o in find_orgs(text)]


def test_a_name_after_an_address_number_is_read_past_the_number():
    assert texts(find_places("来到人民路2046弄幸福里小区。")) == ["人民路", "幸福里小区"]


@pytest.mark.parametrize("text", ["在东山园区4000万棒鲜食玉米加工项目建设现场查看。", "来到解放路1137弄东湖苑。", "来到东岭村318-2井场。"])
def test_no_place_name_starts_inside_a_number(text):
    # (a digit, or a hyphen after a digit, right before a name that opens with a digit: inside a number)
    assert all(not (text[p.start].isdigit() and regex.search(r"[0-9][-]?\Z", text[:p.start])) for p in find_places(text))


@pytest.mark.parametrize("text,expected", [
    ("他负责东风村的工作。", ["东风村"]),  # a common verb before a whole name ends the text before it
    ("来到解放路。", ["解放路"]),  # a name that is a verb keeps it
    ("来到南湖社区集中医学观察点。", ["南湖社区集中医学观察点"]),  # venue names hold verbs
])
def test_issue_14_a_common_verb_ends_the_text_before_a_name(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("志愿者在林泉河、高格河流域巡河。", ["林泉河", "高格河"]),
    ("落实河长制。", []),
    ("暨河长周巡河行动", []),  # 巡河 patrols a river, it names none
    ("走进水库河流开展巡查", []),  # 河流 is the word
    ("在人民路与文化街交叉路口劝导。", ["人民路与文化街交叉路口"]),
])
def test_issue_14_rivers_and_crossings(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("副区长路海涛出席会议。", []),  # a title and a surname, not a road
    ("交流了2015年区医院年度任务。", ["区医院"]),  # a date ends the text before a name
    ("当天区医院召开会议。", ["区医院"]),
    ("来到长路村。", ["长路村"]),
])
def test_issue_14_page_places_are_well_formed(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,name", [
    ("郑立伟前年成为省人大常委会委员。", "省人大常委会"),  # (not 全国人大 of 全国人大代表: a member's title)
    ("记者随同全国人大常委会执法检查组走进车间。", "全国人大常委会执法检查组"),
    ("国务院安委会召开新闻发布会。", "国务院安委会"),
    ("市自然资源局召开会议。", "市自然资源局"),  # 自 of 自然 is no stop
    # a verb of basing one's work on something is no part of the name after it
    ("市文明办按照东山区妇联的要求开展活动。", "东山区妇联"),
    ("县医养结合服务中心召开会议。", "县医养结合服务中心"),  # (结合, 利用 are words of names too)
    ("县水资源开发利用管理站开展宣传。", "县水资源开发利用管理站"),
    ("团县委聚焦东山区妇联的做法。", "东山区妇联"),
])
def test_issue_14_org_names_start_on_a_word_boundary(text, name):
    assert name in [o.text for o in find_orgs(text)]


@pytest.mark.parametrize("text,expected", [
    ("先后到东方电缆、红星机械、南山热电3家重点企业调研。", ["东方电缆", "红星机械", "南山热电"]),  # a count closes the list
    ("走访了辖区3家企业。", []),
    ("来到杜兰特(中国)洁具有限公司。", ["杜兰特(中国)洁具有限公司"]),  # a region in brackets
])
def test_issue_14_lists_closed_by_a_count_and_bracketed_company_names(text, expected):
    assert texts(find_places(text)) == expected


def test_issue_14_a_company_name_opens_with_its_region():
    assert texts(find_places("来到成都市青山电子科技有限公司调研。")) == ["成都市青山电子科技有限公司"]


def test_issue_14_a_kind_of_room_of_some_unit_is_generic():
    assert [(p.text, p.kind) for p in find_places("深入企业车间、产品展厅")] == [("企业车间", "generic"), ("产品展厅", "generic")]
    assert [p.kind for p in find_places("来到红星小学")] == ["venue"]


@pytest.mark.parametrize("text,expected", [
    ("志愿者在北湖中学门口设立服务站。", ["北湖中学"]),  # at the gate of a named venue is at the venue
    ("在图书馆门口", ["图书馆门口"]),
    ("来到东海一路1号楼。", ["东海一路1号楼"]),
    ("在41号楼道值守。", ["41号楼道"]),
])
def test_issue_14_gates_and_numbered_buildings(text, expected):
    assert texts(find_places(text)) == expected


def test_issue_14_a_name_character_right_after_a_place_opens_the_next_name():
    assert texts(find_places("来到石门镇前李家村。")) == ["石门镇", "前李家村"]


@pytest.mark.parametrize("text,expected", [
    ("来到柳河镇新丰村二组,慰问老党员。", ["柳河镇", "新丰村二组"]),
    ("在覃庙村6组。", ["覃庙村6组"]),
    ("到丁庄村周庄组。", ["丁庄村", "周庄组"]),  # a named group stays a place of its own
])
def test_issue_14_a_villages_numbered_group_is_one_place(text, expected):
    assert texts(find_places(text)) == expected


def test_issue_14_a_deictic_word_closes_no_list_of_places():
    assert texts(find_places("围绕蔬菜、药材、剪纸等当地特色产业。")) == []


@pytest.mark.parametrize("text,expected", [
    ("在院子里的一栋宿舍楼前。", []),
    ("在一家食品加工厂当学徒。", []),
    ("来到一心村。", ["一心村"]),
])
def test_issue_14_some_place_of_a_kind_is_no_named_place(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text", ["调研了村内路面硬化情况", "查看了沿线路灯安装进度", "察看河床清淤情况"])
def test_a_suffix_opening_a_common_noun_ends_no_name(text):
    assert find_places(text) == []


def test_a_road_before_other_words_is_still_a_road():
    assert [p.text for p in find_places("来到解放路调研")] == ["解放路"]


@pytest.mark.parametrize("text", ["志愿者们在各个商业街、公交车站劝导", "走访了部分偏远村庄", "在公共广场开展宣传"])
def test_places_of_a_kind_are_not_named_places(text):
    assert [p.text for p in find_places(text) if p.kind != "generic"] == []


def test_a_list_without_a_determiner_keeps_its_places():
    assert [p.text for p in find_places("在红星路口、文化广场劝导")] == ["红星路口", "文化广场"]


def test_a_project_of_a_list_closed_by_a_vague_category_is_a_site():
    # (等地 says nothing of the kind; a project's head says it is a site, not a region)
    found = {p.text: p.kind for p in find_places("先后到东林新材料产业园项目、南湖学校等地调研")}
    assert found == {"东林新材料产业园项目": "venue", "南湖学校": "venue"}


@pytest.mark.parametrize("text, found", [
    ("参观了东湖村文化服务室和农家书屋", ["东湖村", "农家书屋"]),   # (not 室和农家书屋)
    ("来到村委会和卫生室", ["卫生室"]),                           # (not 村委会和卫生室)
    ("来到宣汉县中和乡清风村", ["宣汉县", "中和乡", "清风村"]),  # (one character before 和: in the name)
])
def test_a_conjunction_after_a_name_and_right_before_a_suffix_word_separates(text, found):
    assert texts(find_places(text)) == found


@pytest.mark.parametrize("text, found", [
    ("先后来到东湖街63号老旧小区、梨乡市场", ["东湖街63号老旧小区", "梨乡市场"]),
    ("志愿者来到平安路18号大院门口", ["平安路18号大院门口"]),
])
def test_a_road_its_house_number_and_the_place_there_are_one_address(text, found):
    assert texts(find_places(text)) == found


def test_a_note_in_brackets_inside_an_item_of_a_list():
    found = texts(find_places("视察组先后到科创中心、南湖生活广场、东岭(北坡)物流园等点位视察"))
    assert found == ["科创中心", "南湖生活广场", "东岭(北坡)物流园"]


def test_a_list_closed_by_a_modified_category_of_places():
    # 等重点场所: a modifier of the list (重点) and a category, no deictic word
    found = {p.text: p.kind for p in find_places("一行查看了东湖中学教室、西山超市、北湖农贸市场等重点场所")}
    assert found == {"东湖中学教室": "venue", "西山超市": "venue", "北湖农贸市场": "venue"}
    # the rooms of a building listed so are common nouns of places (教室、食堂、餐厅)
    found = {p.text: p.kind for p in find_places("一行查看了教室、食堂和餐厅等重点场所")}
    assert found == {"教室": "generic", "食堂": "generic", "餐厅": "generic"}


def test_an_item_of_a_list_of_companies_keeps_its_region():
    found = [p.text for p in find_places("先后到北湖电缆、石门县水泥厂、南山米业3家重点企业调研")]
    assert "石门县水泥厂" in found and "水泥厂" not in found


@pytest.mark.parametrize("text, expected", [
    ("干部们于北山村大湾溪开展护河活动", ["北山村", "大湾溪"]),
    ("来到南山村调研", ["南山村"]),
    ("深入山村开展调研", []),
    ("来到偏远山村", []),
])
def test_a_one_character_name_before_a_word_like_shancun_is_a_village(text, expected):
    assert [p.text for p in find_places(text)] == expected


def test_a_verb_before_a_bodys_level_word_is_no_part_of_it():
    from pressie.places import find_orgs

    text = "会上,他希望区政协发挥优势,会议要求结合市政府部署抓好落实,听说市中心医院已开诊。"
    names = {o.text for o in find_orgs(text)}
    assert {"区政协", "市政府", "市中心医院"} <= names
    assert not names & {"希望区政协", "结合市政府", "听说市中心医院"}
    # a common noun that ends in a level character stays whole (文化旅游区管委会)
    assert "文化旅游区管委会" in {o.text for o in find_orgs("文化旅游区管委会召开会议。")}


def test_no_name_runs_over_a_line_break():
    # A heading line and a body line: the suffix opens the second line, the first line is no name part.
    text = "工作动态\n镇街部门协同推进\n本期导读\n区委召开会议"
    for found in (find_places(text), find_orgs(text)):
        assert all("\n" not in x.text for x in found)


@pytest.mark.parametrize("text,bad", [
    ("共有五人受到政务处分。", "处"),        # 处|分: no office
    ("不管中东局势如何变化，", "局"),          # 局|势
    ("看到王强院士红肿的眼睛。", "院"),        # 院|士
    ("召开防汛工作部署会。", "部"),            # 工作部|署
    ("全市中小学生参加比赛。", "学"),          # 中小学|生
])
def test_a_suffix_character_that_opens_another_word_ends_no_name(text, bad):
    names = texts(find_places(text)) + texts(find_orgs(text))
    assert not any(n.endswith(bad) for n in names), names


def test_a_word_right_after_the_suffix_keeps_the_name():
    # 街道|人大代表, 办事处|分为: the suffix ends the name, the next word starts after it.
    assert "青松街道" in texts(find_places("青松街道人大代表来到选区。"))
    assert "青松街道办事处" in texts(find_orgs("青松街道办事处分为三个组。"))


def test_a_date_before_the_name_is_no_part_of_it():
    assert texts(find_places("2021年青山市举办活动。")) == ["青山市"]
    assert "市政协" in texts(find_orgs("3月5日市政协召开常委会。"))


def test_a_date_word_with_its_tail_is_no_part_of_the_name():
    assert "县政府" in texts(find_orgs("召开2031年度县政府务虚会。"))


@pytest.mark.parametrize("text,name", [
    ("车间里的12条生产线昼夜运转。", "生产线"),
    ("按照县委宣传部的安排开展。", "县委宣传部"),           # a preposition opens no name
    ("认真学习贯彻市委宣传部的通知。", "市委宣传部"),        # verbs that govern the body's name
    ("他在肯定富源县成绩的同时，", "富源县"),
])
def test_a_name_opens_after_words_that_cannot_open_one(text, name):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert name in found and not any(f.endswith(name) and f != name for f in found), found


@pytest.mark.parametrize("text", ["为维护学校正常秩序，", "群众感受到来自政府的关心。", "积极参与社区治理。"])
def test_a_verb_and_a_generic_word_are_no_name(text):
    assert texts(find_places(text)) == [] and texts(find_orgs(text)) == []


def test_a_noun_of_a_verb_and_a_facility_word_stays():
    assert "指挥中心" in texts(find_orgs("指挥中心主任陪同检查。"))
    assert texts(find_places("强化市容管理。")) == []
    assert "解放路街道" in texts(find_places("来到解放路街道调研。"))


def test_a_party_organisation_is_no_party_group():
    # 基层党组织: 组 opens 组织, no 党组 ends here; 县委组织部 keeps its name.
    assert find_orgs("发挥基层党组织作用。") == []
    assert "县委组织部" in texts(find_orgs("县委组织部召开会议。"))


@pytest.mark.parametrize("text,name", [
    ("三名医生已进入杭州市第一医院。", "杭州市第一医院"),     # a verb inside the run, then the place's name
    ("要认真学习贯彻县委的部署。", None),                    # 县委 alone is no named body
])
def test_a_verb_inside_the_run_ends_the_text_before_the_name(text, name):
    found = texts(find_orgs(text))
    assert not any("进入" in f or "贯彻" in f for f in found), found
    if name:
        assert name in found


def test_some_bodies_of_a_kind_are_no_named_body():
    assert find_orgs("眼下不少健身场所重新营业。") == []
    assert texts(find_orgs("省人大及其常委会召开例会。")) == ["省人大"]


@pytest.mark.parametrize("text,name", [
    ("他走近杭州市助老志愿服务队。", "杭州市助老志愿服务队"),   # 走近: a verb of the dictionary
    ("目前病区共收治患者二十名。", None),                       # 目前: a time word
])
def test_less_common_verbs_and_time_words_open_no_name(text, name):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert not any(f.startswith(("走近", "目前")) for f in found), found
    if name:
        assert name in found


def test_a_division_name_read_as_a_verb_stays():
    assert "应城经济开发区" in texts(find_places("应城经济开发区今年举办培训。"))


@pytest.mark.parametrize("text,name", [
    ("本报杭州3月2日电（记者 王明）", "杭州"),                 # 本报: the paper, not a name part
    ("一行到达敬老院，看望老人。", "敬老院"),                     # 到|达: the stop opens a verb
    ("位于前海的恒信供应链管理(中国)有限公司。", "恒信供应链管理(中国)有限公司"),
])
def test_name_boundaries_at_stops_and_brackets(text, name):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert name in found, found
    assert not any(f.endswith(name) and f != name for f in found), found


def test_a_bound_suffix_character_opens_no_name():
    assert texts(find_places("打造服务型政府与数字政府。")) == ["数字政府"] or "型政府" not in texts(find_places("打造服务型政府与数字政府。"))
    assert not any(f.startswith("型") for f in texts(find_places("建设服务型政府。")) + texts(find_orgs("建设服务型政府。")))


def test_a_verb_ending_in_a_suffix_character_ends_no_name():
    assert find_orgs("对违规行为严肃查处。") == []


def test_a_village_without_its_suffix_between_two_villages_of_a_list():
    assert texts(find_places("深入东湖村、西岭、南山村走访。")) == ["东湖村", "西岭", "南山村"]
    assert texts(find_places("来到东湖村、开展、南山村。")) == ["东湖村", "南山村"]  # a verb is no village


def test_place_grammar_is_read_and_checked():
    from pressie.errors import ResourceError
    from pressie import places
    lex = places.place_lexicon()
    assert "市" in lex["level_chars"] and lex["road"] == "路"
    with pytest.raises(ResourceError):
        places._chars("", "level_chars")


@pytest.mark.parametrize("text,name", [
    ("东湖医疗队队员王明说。", "东湖医疗队"),        # 队|员: the doubled character opens a word
    ("西岭村村委召开会议。", "西岭村"),
])
def test_a_doubled_suffix_character_opens_a_word(text, name):
    found = texts(find_places(text)) + [o for o in texts(find_orgs(text)) if not o.endswith("村委")]
    assert name in found and not any(f.startswith(name) and f != name for f in found), found


@pytest.mark.parametrize("text", ["她学会了坚持。", "为多家医院会诊。", "如今不少小区恢复了秩序。", "找来一家施工队。"])
def test_pronouns_and_determiners_open_no_name(text):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert not any(f.startswith(("她", "多家", "不少", "一家")) for f in found), found


def test_a_conjunction_after_a_place_word_joins_two_places():
    # 病房 alone is a common word, not a named place; the conjunction does not glue the two.
    # (发热隔离病房 is a kind of ward, named by two verbs: no place's name either.)
    assert texts(find_places("负责病房和发热隔离病房的护理。")) == []
    assert texts(find_places("负责病房和东湖医院隔离病房的护理。")) == ["东湖医院隔离病房"]


def test_a_position_character_after_a_stop_opens_a_village_name():
    assert "下胡家村" in texts(find_places("他还到下胡家村走访。"))


@pytest.mark.parametrize("text, name", [
    ("先后来到东湖公园、和丰村卫生室检查。", "和丰村卫生室"),  # a conjunction's character after 、
    ("先后来到东湖公园、那岭镇敬老院检查。", "那岭镇敬老院"),  # a demonstrative's character after 、
    ("一行深入到向阳桥镇走访。", "向阳桥镇"),  # a preposition's character after a verb of going
    ("医生在内科楼报告厅开展义诊。", "内科楼报告厅"),  # a position character after 在
])
def test_a_stop_character_right_after_a_list_mark_or_a_verb_of_going_opens_the_name(text, name):
    assert name in texts(find_places(text))


def test_a_conjunction_between_two_places_still_joins_them():
    assert texts(find_places("到敬老院和福利院看望老人。")) == ["敬老院", "福利院"]
    assert texts(find_places("到东湖公园、敬老院和福利院看望老人。")) == ["东湖公园", "敬老院", "福利院"]


def test_a_numbered_team_keeps_its_ordinal_number():
    assert texts(find_orgs("省环保第7督察组进驻东湖县。")) == ["省环保第7督察组"]
    assert texts(find_orgs("省环保厅第五督察组进驻东湖县。")) == ["省环保厅第五督察组"]
    assert texts(find_orgs("全省共派出14个督导组。")) == []  # (a count, no ordinal)


def test_a_bodys_own_name_in_quotes_is_part_of_its_name():
    assert texts(find_orgs("东湖区“小蜜蜂”志愿者服务队开展活动。")) == ["东湖区“小蜜蜂”志愿者服务队"]
    assert texts(find_orgs("组织“红马甲”志愿服务队开展活动。")) == ["“红马甲”志愿服务队"]
    # (not a verb or a clause before the quotes, nor a cut inside them)
    assert texts(find_orgs("邝海平加入“红马甲”志愿服务队。")) == ["“红马甲”志愿服务队"]
    assert texts(find_orgs("他说“我们要做好”服务队的工作。")) == []
    # (not with a one-character suffix: 处 after a quoted word is a place, no office)
    assert texts(find_orgs("血液分流至“手指”处。")) == []


@pytest.mark.xfail(strict=True, reason="都 between a noun and a village name is not yet read as an adverb")
def test_an_adverb_before_a_village_name_is_no_part_of_it():
    assert "张庄村" in texts(find_places("村民都张庄村的人。"))


def test_a_clause_before_a_count_is_no_list_of_places():
    found = texts(find_places("调研包括机关、学校及企业在内的10家单位。"))
    assert not any(f.endswith("在内的") for f in found), found
    # (的 inside any item, not only at the last one's end)
    assert texts(find_places("该村是县农业局考察和评估后选定的全县12家示范单位之一。")) == []


def test_a_division_name_after_a_province_is_no_town_suffix():
    assert texts(find_places("在江苏省镇江市调研。")) == ["江苏省", "镇江市"]
    assert "老陈轻车熟路" not in texts(find_places("老陈轻车熟路地介绍。"))


@pytest.mark.parametrize("text,name", [
    ("来到株洲经济技术开发区和城南新区。", "株洲经济技术开发区"),  # 经|济: a stop that opens a noun stays
    ("县城管局开展整治。", "县城管局"),                              # 县城 opens a body's name here
])
def test_words_that_look_like_stops_or_deictic_words_stay_in_names(text, name):
    assert name in texts(find_places(text)) + texts(find_orgs(text))


@pytest.mark.parametrize("text", ["由当地妇联捐赠。", "联合辖区医院义诊。", "心往一处想，劲往一处使。", "但村委会院内很忙。"])
def test_deictic_words_and_one_of_a_kind_open_no_body(text):
    found = texts(find_orgs(text))
    assert not any(f.startswith(("当地", "辖区", "但")) or f.endswith("一处") for f in found), found


@pytest.mark.parametrize("text,bad", [
    ("组长要按照镇政府的安排落实。", "按照"),     # a preposition inside the run
    ("教育局举办第三届中小城市联谊赛。", "第三届"),  # an ordinal of a series
    ("本周治愈出院患者三十人。", "出院"),             # a verb that ends in a suffix character
    ("您来办什么事？", "来办"),
    ("而下午东区楼栋正相反。", "午"),                 # 下午: a time word, not a stop
])
def test_words_inside_the_run_that_end_the_text_before_a_name(text, bad):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert not any(bad in f for f in found), found


def test_a_conjunction_and_a_deictic_word_are_no_place():
    assert texts(find_places("都和辖区群众谈心。")) == []


@pytest.mark.parametrize("text", ["要充分发挥政协的作用。", "紧紧依靠党委做好这项工作。", "努力提升政府服务水平。"])
def test_a_common_verb_before_a_governing_body_is_no_part_of_its_name(text):
    assert not any(f[:2] in ("发挥", "依靠", "提升") or "发挥" in f or "依靠" in f or "提升" in f
                   for f in texts(find_orgs(text)) + texts(find_places(text)))


@pytest.mark.parametrize("text,name", [
    ("周末就去隔离点送物资。", "隔离点"),              # 去: a verb of going ends the text before a place
    ("王明去淄川白鹭湖湿地公园考察。", "淄川白鹭湖湿地公园"),
    ("一行来到富源县,就富源县产业发展座谈。", "富源县"),  # 就|富源: a division's name follows the stop
])
def test_verbs_of_going_and_stops_before_division_names(text, name):
    found = texts(find_places(text))
    assert name in found and not any(f.endswith(name) and f != name for f in found), found


def test_a_body_as_the_subject_of_a_verb_is_no_part_of_the_place_after_it():
    found = texts(find_places("在武汉，东湖医疗队负责光明医院的救治。"))
    assert "光明医院" in found and not any(f.endswith("光明医院") and f != "光明医院" for f in found), found
    assert not any(f.startswith("级") for f in texts(find_places("全国5A级景区开放。")))


def test_two_bodies_written_one_after_the_other_are_two():
    found = texts(find_orgs("中共株洲市委宣传部株洲县文化旅游局联合发文。"))
    assert "中共株洲市委宣传部" in found and "株洲县文化旅游局" in found, found
    assert "恒信食品贸易有限公司德阳分公司" in texts(find_orgs("走访恒信食品贸易有限公司德阳分公司。"))


@pytest.mark.parametrize("text,bad", [
    ("大竹县地处川东北。", "地处"),        # 地|处: a stop word, no office
    ("家住淮海路16弄的老人。", "家住"),
    ("像这种老楼院比较难管。", "种"),
    ("省公安机关侦破案件。", None),
])
def test_more_words_that_open_or_close_no_name(text, bad):
    found = texts(find_places(text)) + texts(find_orgs(text))
    if bad:
        assert not any(bad in f for f in found), found
    else:
        assert "机关" not in texts(find_places(text))


@pytest.mark.parametrize("text,name", [
    ("下午去同仁医院复查。", "同仁医院"),             # 同 with one character after it is in the name
    ("这座食用菌厂是新建的。", "食用菌厂"),             # 这座: a demonstrative and its classifier
    ("中国北方建设（控股）股份有限公司发行债券。", "中国北方建设（控股）股份有限公司"),
])
def test_names_with_a_conjunction_character_a_demonstrative_or_a_bracket(text, name):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert name in found and not any(f.endswith(name) and f != name for f in found), found


@pytest.mark.parametrize("text,bad", [
    ("老陈轻车熟路地介绍情况。", "轻车熟路"),     # a suffix character inside an idiom
    ("他们帮老人干力所能及的事。", "力所"),
    ("关注集镇整治和小城镇规划。", "和小城镇"),  # a conjunction with two name characters after it
])
def test_idioms_and_a_leading_conjunction(text, bad):
    found = texts(find_places(text)) + texts(find_orgs(text))
    assert not any(bad in f for f in found), found


def test_a_nominal_verb_governs_a_name_only_where_it_opens_a_clause():
    assert "广东省" in texts(find_places("座谈会上，研究广东省旅游推广。"))
    assert not any(f.startswith("研究") for f in texts(find_places("座谈会上，研究广东省旅游推广。")))
    assert "中国移动宁波分公司" in texts(find_orgs("中国移动宁波分公司经理说。"))


@pytest.mark.parametrize("text,name", [
    ("来到驻马店市驿城区调研。", "驻马店市"),        # 驻 opens the division's name here
    ("据内蒙古自治区消息。", "内蒙古自治区"),
    ("小区业委会主任马上响应。", "小区业委会"),
])
def test_a_stop_character_that_opens_a_division_name_stays(text, name):
    assert name in texts(find_places(text)) + texts(find_orgs(text))


def test_a_division_name_running_into_a_body_word_does_not_keep_the_conjunction():
    assert not any(f.startswith("和") for f in texts(find_orgs("宣传党和政府的政策。")) + texts(find_orgs("群众来信和政协提案。")))


@pytest.mark.parametrize("text", ["急商户所急、想商户所想。", "队员们深入林区深处巡护。", "正如老李所说的那样。"])
def test_the_particle_suo_and_location_words_with_chu_end_no_name(text):
    assert find_orgs(text) == []


def test_a_one_character_verb_of_going_or_stop_opens_no_body():
    assert not any(f.startswith(("去", "经")) for f in texts(find_orgs("周末去中心医院复查。")) + texts(find_orgs("意见已经市委同意。")))
    assert not any("节省" in f for f in texts(find_places("可以大大节省时间。")))


def test_body_words_before_a_place_and_abstract_heads():
    assert "株洲市" in texts(find_places("经政协株洲市委员会研究同意。"))
    assert find_orgs("推进数字政府与服务型政府。") == []
    assert "北京市政府" in texts(find_orgs("北京市政府发布通知。"))


def test_words_added_to_the_vocabulary_reach_the_place_and_org_finders():
    from pressie import places
    from pressie.vocabulary import Vocabulary
    v = Vocabulary.default().extend({"place_suffixes.community": ["屯堡"], "facility_nouns.culture": ["观鸟屋"],
                                     "org_suffixes": ["护鸟社"]})
    # A place suffix added: the whole name ends with it (not at the shorter suffix inside it).
    text = "大家走进石门屯堡看看"
    assert texts(find_places(text)) == ["石门屯"]
    assert [(p.text, p.kind) for p in find_places(text, vocabulary=v)] == [("石门屯堡", "community")]
    # A facility noun added: it ends a venue's name.
    text = "孩子们来到湿地观鸟屋参观"
    assert find_places(text) == []
    assert [(p.text, p.kind) for p in find_places(text, vocabulary=v)] == [("湿地观鸟屋", "venue")]
    # An organisation suffix added.
    text = "青山护鸟社发出倡议。"
    assert find_orgs(text) == []
    assert texts(find_orgs(text, vocabulary=v)) == ["青山护鸟社"]
    assert texts(places.find_orgs_normalized(text, vocabulary=v)) == ["青山护鸟社"]
    assert texts(places.find_places_normalized("来到湿地观鸟屋", vocabulary=v)) == ["湿地观鸟屋"]
    # Built once per vocabulary; the common nouns are the person finder's of the same vocabulary.
    assert places.place_lexicon(v) is places.place_lexicon(v)
    assert places.place_lexicon(None) is places.place_lexicon(Vocabulary.default())
    from pressie import people
    assert places.place_lexicon(v)["nouns"] is people.common_nouns(v)
    # The packaged vocabulary is untouched.
    assert "屯堡" not in Vocabulary.default().words("place_suffixes.community")
    assert "观鸟屋" not in Vocabulary.default().words("facility_nouns.culture")
    assert "屯堡" not in places.place_lexicon()["kind_of"] and "观鸟屋" not in places.place_lexicon()["kind_of"]
    assert texts(find_places("大家走进石门屯堡看看")) == ["石门屯"] and find_places("孩子们来到湿地观鸟屋参观") == []


def test_words_added_to_the_vocabulary_stop_or_join_place_names():
    from pressie.vocabulary import Vocabulary
    # A conjoined name part added: its conjunction no longer cuts the body's name.
    text = "青山和绿水管理局发布通知。"
    v = Vocabulary.default().extend({"conjoined_names": ["青山和绿水"]})
    assert "青山和绿水管理局" not in texts(find_orgs(text))
    assert "青山和绿水管理局" in texts(find_orgs(text, vocabulary=v))
    # ... and it holds with the other conjunction of an office's fields too
    assert "青山与绿水管理局" in texts(find_orgs("青山与绿水管理局发布通知。", vocabulary=v))


def test_an_offices_two_fields_may_be_joined_by_yu_as_by_he():
    assert texts(find_orgs("市民族与宗教事务委员会召开会议。")) == ["市民族与宗教事务委员会"]
    assert texts(find_orgs("市人力资源与社会保障局召开会议。")) == ["市人力资源与社会保障局"]


def test_a_vocabulary_must_be_a_vocabulary_here_too():
    with pytest.raises(TypeError, match="vocabulary"):
        find_places("来到城南街道", vocabulary={"place_suffixes.venue": ["驿站"]})
    with pytest.raises(TypeError, match="vocabulary"):
        find_orgs("区委发布通知", vocabulary="驿站")


# -- The look-ups that stand in for regex matches answer as the patterns do. ---------------------

def _lookup_alphabet(lex) -> str:
    chars = set("城区县镇街道社村和与在到，、1")
    chars |= {c for w in lex["leading_table"].words for c in w} | set(lex["leading_word_after"])
    chars |= {c for w in list(lex["stop_words"])[:40] for c in w} | set(list(lex["abbreviation_chars"].pattern)[1:-1])
    chars |= {c for w in lex["short_verb_table"].words for c in w}
    return "".join(sorted(chars - set("\\[]")))


_PLACE_LEX = None


def _place_lex():
    global _PLACE_LEX
    if _PLACE_LEX is None:
        from pressie.places import place_lexicon
        _PLACE_LEX = place_lexicon()
    return _PLACE_LEX


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_leading_words_stop_words_and_short_names_are_found_as_the_patterns_find_them(data):
    from pressie import places

    lex = _place_lex()
    text = data.draw(st.text(alphabet=_lookup_alphabet(lex), min_size=1, max_size=12))
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    lead = lex["leading"].match(text, pos, end)
    if lead and (text[lead.start():lead.end() + 1] in lex["verb_words"] or text[lead.start():lead.end() + 1] in lex["nouns"]):
        lead = None
    assert places._leading_word(text, pos, end, lex) == (lead.end() if lead else None)
    assert places._stop_ends_at(text, end, lex["stops"], lex["stop_words"]) == places._stop_ends_at(text, end, lex["stops"])
    stop = lex["stops"].match(text, pos)
    assert lex["stop_table"].longest(text, pos) == (len(stop[0]) if stop else 0)
    assert [m.span() for m in places._abbreviations(text, lex)] == [m.span() for m in lex["abbreviated"].finditer(text)]


def test_a_one_character_suffix_needs_a_name_of_two_characters_or_a_set_off_county():
    # (A one-character suffix with one name character before it is dropped before its name part
    # is read; a county or town of one character set off by punctuation stays.)
    assert texts(find_places("他在市里开会")) == []
    assert texts(find_places("分别来到，乾县、礼泉县")) == ["乾县", "礼泉县"]
    # A county of the registry after a verb of going or being at stays too (在寿县举行); another
    # one-character name there does not (欢县 is no county of the registry).
    assert texts(find_places("来到乾县、礼泉县")) == ["乾县", "礼泉县"]
    assert texts(find_places("会议在寿县举行")) == ["寿县"]
    assert texts(find_places("会议在欢县举行")) == []


@pytest.mark.parametrize("text", ["郑州某科技公司负责人说。", "某集团董事长说。", "石桥区各社区服务站开展活动。"])
def test_a_name_left_out_or_every_body_of_a_kind_is_no_name(text):
    assert not find_orgs(text) and not any("某" in p.text or "各" in p.text for p in find_places(text))


@pytest.mark.parametrize("text,organ", [
    ("昨天县人民政府印发了通知", "县人民政府"),
    ("经市委、市政府研究决定", "市政府"),
    ("省政府常务会议听取汇报", "省政府"),
    ("由青山军分区组织民兵训练", "青山军分区"),
])
def test_an_organ_is_an_organisation_not_a_place(text, organ):
    assert organ not in texts(find_places(text))
    assert any(o.text.endswith(organ) for o in find_orgs(text))


def test_the_state_council_is_no_place():
    assert find_places("国务院发布新规") == []


def test_an_organ_listed_after_a_body_under_whose_leadership_is_no_place():
    assert find_places("在县委、县政府的领导和支持下") == []


@pytest.mark.parametrize("text,place", [
    ("下午他来到桥头镇政府了解情况", "桥头镇政府"),
    ("会议在县政府召开", "县政府"),
    ("深入到工业园区和桥头镇政府开展检查", "桥头镇政府"),
    ("督查了镇综治办和青石镇政府", "青石镇政府"),
])
def test_an_organ_gone_to_is_also_a_place(text, place):
    assert place in texts(find_places(text))


@pytest.mark.parametrize("text", ["巡察组主要受理来信来访", "调查组将公正处理", "项目组每周上门两次", "参加县委中心组学习"])
def test_a_team_is_no_village_group(text):
    assert [p for p in find_places(text) if p.text.endswith("组") or p.kind == "venue"] == []


@pytest.mark.parametrize("text,group", [
    ("记者来到青石镇李庄村王家组看望老人", "王家组"),
    ("来到沙坪村石板河组走访", "石板河组"),
    ("走访柳树村三组", "柳树村三组"),
])
def test_a_village_group_follows_its_village(text, group):
    assert group in texts(find_places(text))


@pytest.mark.parametrize("text", [
    "她就采取村里远程教学的办法",
    "今年推出社区积分卡",
    "要强化学校门前的交通管理",
    "发挥作用，带动社区居民参与",
    "他们引导辖区商户一起行动",
])
def test_a_verb_before_a_place_word_is_no_name(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,expected", [
    ("来到解放路。", ["解放路"]),  # after a verb of going: a place named so
    ("来到南湖社区集中医学观察点。", ["南湖社区集中医学观察点"]),  # the venue of the place before it
    ("他拨打南阳唐河县热线", ["南阳唐河县"]),  # the verb before a division's name is no part of it
    ("到派出所报案", ["派出所"]),  # the verb and the suffix make a noun
    ("发布会上介绍东湖医院支援情况", ["东湖医院"]),  # the verb before a name of two or more characters
    ("他在高速出口检查站值守", ["高速出口检查站"]),  # a place word, no adverb here
    ("来到东湖大学成人教育学院报名", ["东湖大学成人教育学院"]),  # a venue of the place before it
])
def test_a_verb_that_names_or_governs_a_place(text, expected):
    assert texts(find_places(text)) == expected


@pytest.mark.parametrize("text,place", [
    ("青海省委组织部发出通知", "青海省"),
    ("东湖区委书记讲话", "东湖区"),
])
def test_a_place_whose_suffix_opens_its_body_is_the_body(text, place):
    assert place not in texts(find_places(text))


@pytest.mark.parametrize("text,body", [("驻村工作队员走访农户", "驻村工作队"), ("街道政法委员王明说", "街道政法委")])
def test_a_body_that_runs_into_a_member_noun_is_a_member(text, body):
    assert body not in texts(find_orgs(text))


def test_a_level_body_that_runs_into_a_committee_is_the_committee():
    assert "政协青山市委员会" in texts(find_orgs("政协青山市委员会发出倡议"))


@pytest.mark.parametrize("text", ["争创国家卫生城市", "旅客在等候区排队", "中西部地区的农民工", "出席大会和市里的座谈"])
def test_a_common_word_before_a_level_character_names_no_division(text):
    assert [p for p in find_places(text) if p.kind == "admin"] == []


@pytest.mark.parametrize("text,place", [
    ("他来自山西晋城市", "山西晋城市"),  # a division's name, though 城市 is a word
    ("武汉地区的高校", "武汉地区"),  # a region of a division
    ("来到青山市同兴乡", "青山市"),  # a name with no common word before its level
])
def test_a_division_or_a_name_before_a_level_character_stays(text, place):
    assert place in texts(find_places(text))


def test_a_hospital_campus_is_a_venue_of_its_hospital():
    assert texts(find_places("转到东湖医院南院区治疗")) == ["东湖医院南院区"]


@pytest.mark.parametrize("text,body", [
    ("他们支援东湖医院建设", "东湖医院"),
    ("这次迎战青山队", "青山队"),
    ("县执法局督查室检查", "县执法局督查室"),  # a verb right before a body's word is part of its name
])
def test_a_verb_before_a_bodys_name_is_no_part_of_it(text, body):
    assert body in texts(find_orgs(text))


def test_a_conjunction_inside_a_divisions_name_splits_nothing():
    assert texts(find_places("2019年呼和浩特市五个旗县区")) == ["呼和浩特市", "旗县区"]
    assert "呼和浩特市第三建筑公司" in texts(find_orgs("由呼和浩特市第三建筑公司承建"))


def test_a_position_character_that_opens_a_clause_opens_the_name():
    assert texts(find_places("目前，前滩片区正在制定方案")) == ["前滩片区"]


def test_a_place_word_alone_or_a_common_noun_of_places_is_not_named():
    from pressie.places import is_named
    found = find_places("深入村组、农贸市场和东湖村走访")
    assert [(p.text, is_named(p)) for p in found] == [("村组", False), ("农贸市场", False), ("东湖村", True)]


def test_a_party_committees_study_group_is_a_body():
    assert "县委中心组" in texts(find_orgs("昨天县委中心组举行学习会"))


@pytest.mark.parametrize("text,organ", [
    ("东湖区人民法院发布公告", "东湖区人民法院"),
    ("青山市委办公室印发通知", "青山市委办公室"),
    ("由领导小组办公室负责协调", "领导小组办公室"),
])
def test_a_court_or_a_bodys_office_is_an_organ(text, organ):
    assert organ not in texts(find_places(text))


def test_a_rooms_office_stays_a_place():
    assert "社区办公室" in texts(find_places("夜里他睡在社区办公室"))


def test_a_long_divisions_own_suffix_opens_no_county():
    assert "州青松县" not in texts(find_places("在云岭苗族侗族自治州青松县南宫镇"))


@pytest.mark.parametrize("text,kind_noun", [
    ("律师事务所、公证处和仲裁机构都要参与", "公证处"),
    ("当晚,刑侦大队连夜出动", "刑侦大队"),
    ("经费由省级政府统筹", "省级政府"),
    ("党员组建了三支志愿服务队", "三支志愿服务队"),
    ("社区志愿服务队每天值班", "社区志愿服务队"),
])
def test_a_common_noun_of_bodies_is_no_named_body(text, kind_noun):
    from pressie.places import is_named_org
    found = {o.text: o for o in find_orgs(text)}
    assert kind_noun in found  # the finder keeps it (an event may be organised by one)
    assert not is_named_org(found[kind_noun])


@pytest.mark.parametrize("text,body", [
    ("镇党委召开会议", "镇党委"),
    ("县人民医院派出专家", "县人民医院"),
    ("湖北医疗队抵达", "湖北医疗队"),
    ("区政协党组召开会议", "区政协党组"),
    ("全国人大常委会执法检查组来访", "全国人大常委会执法检查组"),
    ("东湖区志愿服务队出发", "东湖区志愿服务队"),
    ("由审计局牵头", "审计局"),
])
def test_a_body_with_a_name_or_its_places_level_is_named(text, body):
    from pressie.places import is_named_org
    found = {o.text: o for o in find_orgs(text)}
    assert body in found and is_named_org(found[body])


def test_a_kind_of_venue_is_not_named_but_a_named_one_is():
    from pressie.places import is_named
    found = {p.text: p for p in find_places("他先到基层派出所,又去了濮家小学和急诊内科病房,参观了火力发电厂")}
    assert not is_named(found["基层派出所"]) and not is_named(found["急诊内科病房"]) and not is_named(found["火力发电厂"])
    assert is_named(found["濮家小学"])


def test_kind_words_extend_through_the_vocabulary():
    from pressie.places import is_named_org
    from pressie.vocabulary import Vocabulary
    (org,) = find_orgs("巡逻大队出动")
    assert is_named_org(org)
    assert not is_named_org(org, vocabulary=Vocabulary.default().extend({"kind_words.teams": ["巡逻"]}))


@pytest.mark.parametrize("text,place,expected", [
    ("落实市委", False, "市委"),
    ("助力县政协", False, "县政协"),
    ("解放区委宣传部", False, "解放区委宣传部"),
    ("建设村委会", False, "建设村委会"),
    ("前进村", True, "前进村"),
    ("强化学校", True, None),
    ("形成都市", True, None),
])
def test_the_name_inside_a_finding_opens_after_the_verb_that_governs_it(text, place, expected):
    from pressie.places import named_part
    k = named_part(text, place=place)
    assert (None if k is None else text[k:]) == expected


@pytest.mark.parametrize("text,organ", [
    ("记者联系街道居委会核实", "街道居委会"),
    ("清河办事处在东村开展行动", "清河办事处"),
    ("深入到东湖镇政府开展督查", "东湖镇政府"),
])
def test_an_organ_is_no_named_place_even_where_it_is_gone_to(text, organ):
    from pressie.places import is_named
    found = {p.text: p for p in find_places(text)}
    assert organ in found and not is_named(found[organ])


@pytest.mark.parametrize("text,site", [
    ("改造城市小区和老旧小区", "老旧小区"),
    ("街道和社区要落实责任", "街道和社区"),
    ("乡镇要做好防汛", "乡镇"),
])
def test_a_kind_of_settlement_is_no_named_place(text, site):
    from pressie.places import _kind_of_site, place_lexicon
    assert _kind_of_site(site, place_lexicon())


@pytest.mark.parametrize("name", ["光明村", "和县", "胜利村", "东湖社区"])
def test_a_village_named_after_a_common_word_is_named(name):
    from pressie.places import _kind_of_site, place_lexicon
    assert not _kind_of_site(name, place_lexicon())


def test_a_slogan_of_a_city_is_no_named_place():
    from pressie.places import is_named
    found = {p.text: p for p in find_places("要建设创新之城、产业之城")}
    assert "创新之城" in found and not is_named(found["创新之城"])


def test_a_position_character_after_a_clause_opens_a_bodys_name():
    assert texts(find_orgs("3月起，前山工业区党工委派出干部")) == ["前山工业区党工委"]
    assert not any(o.startswith("前来") for o in texts(find_orgs("当天，前来接站的工作人员")))


def test_a_pronoun_or_a_particle_is_in_no_name():
    from pressie.places import is_named_org
    from pressie.records import Org
    assert not is_named_org(Org(start=0, end=8, text="意味着我公司", kind="公司"))
    assert is_named_org(Org(start=0, end=4, text="东湖公司", kind="公司"))


def test_a_name_opens_after_a_verb_before_a_divisions_name_inside_a_finding():
    from pressie.places import named_part
    text = "火车慢慢驶入杭州东站"
    assert text[named_part(text):] == "杭州东站"


@pytest.mark.parametrize("text,expected", [
    ("案件进行集中侦办", None),
    ("几名骨干组成督导组", None),
    ("正接受市纪委监委", "市纪委监委"),
    ("城南区委组织部", "城南区委组织部"),
    ("县际交界检查站", "县际交界检查站"),
])
def test_a_verb_no_name_holds_makes_a_finding_a_clause(text, expected):
    from pressie.places import named_part
    k = named_part(text)
    assert (None if k is None else text[k:]) == expected


def test_a_sessions_number_before_a_standing_committee_names_no_body():
    from pressie.places import is_named_org
    from pressie.records import Org
    assert not is_named_org(Org(start=0, end=7, text="八届常务委员会", kind="委员会"))
    assert is_named_org(Org(start=0, end=9, text="区委常务委员会", kind="委员会"))


def test_a_verb_before_a_common_noun_of_places_is_a_clause():
    from pressie.places import named_part
    assert named_part("强化道路", place=True) is None
    assert named_part("组建施工队开拓建材市场", place=True) is None


def test_a_site_every_village_or_community_has_is_a_kind_but_its_body_is_named():
    from pressie.places import _kind_noun, place_lexicon
    lex = place_lexicon()
    assert _kind_noun("社区卫生服务中心", lex) and _kind_noun("村办公室", lex)
    assert not _kind_noun("社区党委", lex) and not _kind_noun("市疾控中心", lex)


@pytest.mark.parametrize("name,named", [
    ("加强基础学科", False),  # 科 closes the noun 学科
    ("城北公共厕所", False),
    ("东湖区民政局", True),  # 民政|局
    ("青山羽毛球队", True),
    ("东湖站", True),  # no division's name
    ("郑州东站", False),  # a station
    ("孝感市级医院", False),  # a level, not which hospital
    ("镇农业发展办公室", True),  # an organ: named among the organisations
])
def test_which_bodies_the_page_lists(name, named):
    from pressie.places import is_named_org
    from pressie.records import Org
    assert is_named_org(Org(start=0, end=len(name), text=name, kind=name[-1])) is named


def test_a_levels_office_is_an_organ_no_place():
    from pressie.places import is_named
    from pressie.records import Place
    assert not is_named(Place(start=0, end=8, text="镇农业发展办公室", kind="venue"))


@pytest.mark.parametrize("text,expected", [
    ("按湖北省", "湖北省"),
    ("经街道办事处", "街道办事处"),
    ("上市公司", "上市公司"),
    ("和县人民政府", "和县人民政府"),
])
def test_a_one_character_word_before_a_divisions_or_a_levels_name_opens_no_name(text, expected):
    from pressie.places import named_part
    assert text[named_part(text):] == expected


def test_some_of_a_kind_counted_with_a_word_is_no_body():
    from pressie.places import is_named_org
    from pressie.records import Org
    assert not is_named_org(Org(start=0, end=5, text="两批医疗队", kind="队"))


@pytest.mark.parametrize("name,kind", [("美好家园", "community"), ("优质学校", "venue"), ("现代城", "venue")])
def test_a_site_of_praise_is_a_kind_but_a_name_stays(name, kind):
    from pressie.places import is_named
    from pressie.records import Place
    assert is_named(Place(start=0, end=len(name), text=name, kind=kind)) is (name == "现代城")


@pytest.mark.parametrize("name,kind,named", [
    ("化工园区", "admin", False),
    ("科技路", "road", True),  # roads are named after a sector
    ("污水处理厂(一期)", "venue", False),
    ("东湖小学(南校区)", "venue", True),
    ("市属医院", "venue", False),
    ("创新思路", "road", False),  # a road ending in a word no name ends in
    ("东海一路", "road", True),
    ("东山村", "community", True),
])
def test_sectors_levels_a_trailing_phase_and_roads_that_are_words(name, kind, named):
    from pressie.places import is_named
    from pressie.records import Place
    assert is_named(Place(start=0, end=len(name), text=name, kind=kind)) is named


def test_a_one_character_word_before_a_bare_venue_word_is_a_clause():
    from pressie.places import named_part
    assert named_part("像医院", place=True) is None
    assert named_part("中医院", place=True) == 0



def test_a_one_character_preposition_before_a_bare_place_word_is_no_name_of_the_lists():
    # one_char_prepositions.txt: 除|医院之外 is a clause, as 像|医院 is
    page = pressie.extract("疫情期间,这里成为除医院之外人员最集中的地方,东湖社区加强了值守。")
    assert "除医院" not in [p.text for p in page.places] + [o.text for o in page.orgs]
    assert "东湖社区" in [p.text for p in page.places]


def test_a_divisions_name_running_into_a_finding_widens_it_or_cuts_it():
    from pressie.places import division_cut
    text = "据太原市第九中学通报"
    assert division_cut(text, 3, 8) == 1  # 市第九中学 -> 太原市第九中学
    text = "到阿鲁科尔沁旗北部"
    assert division_cut(text, 1, 4) is None  # 阿鲁科|尔沁旗
    text = "青山新城东区已建成"
    assert division_cut(text, 0, 4) == 0  # 城|东区 is a region of the place


def test_a_verb_of_organising_after_an_office_ends_its_name():
    assert [o.text for o in find_orgs("由县文明办主办、县志愿者协会承办的活动在广场举行。")] == ["县文明办", "县志愿者协会"]


def test_a_body_name_that_opens_a_members_title_ends_no_body():
    assert [o.text for o in find_orgs("5日,市人大常委会组织部分人大代表察看道路建设。")] == ["市人大常委会"]
    assert find_orgs("市政协委员韦明参加活动。") == []


def test_venues_named_with_ba_or_ne_stay_in_the_page_list():
    import pressie
    page = pressie.extract("3月5日,县文化执法大队检查了星空网吧和红旗毛呢厂。", published="2021-03-06")
    assert [p.text for p in page.places] == ["星空网吧", "红旗毛呢厂"]


def test_the_name_checks_take_an_empty_text():
    from pressie.places import is_named, is_named_org, named_part
    from pressie.records import Org, Place
    assert named_part("") is None
    assert not is_named_org(Org(start=0, end=0, text="", kind="org"))
    assert not is_named(Place(start=0, end=0, text="", kind="venue"))


def test_a_kind_words_file_without_one_of_its_lists_is_a_clear_error():
    from pressie.errors import ResourceError
    from pressie.places import place_lexicon
    from pressie.vocabulary import Vocabulary

    class Broken(Vocabulary):
        def data(self, name):
            value = super().data(name)
            return {k: v for k, v in value.items() if k != "scope"} if name == "kind_words" else value

    with pytest.raises(ResourceError, match="kind_words.json: 'scope'"):
        place_lexicon(Broken())


@pytest.mark.parametrize("text,named", [
    ("县交警大队开展检查", True),      # a county's police brigade is its body
    ("县消防救援大队开展检查", True),
    ("消防救援大队开展检查", False),   # written alone: some brigade of the kind
    ("社区志愿服务队开展检查", False),  # every community has one
])
def test_a_branchs_team_of_a_county_is_its_body(text, named):
    from pressie.places import is_named_org
    (org,) = find_orgs(text)
    assert is_named_org(org) is named


def test_townships_and_villages_of_inner_mongolia_and_ranches_are_places():
    found = [(p.text, p.kind) for p in find_places("调研组来到敖包图苏木查干嘎查，又察看了白音牧场。")]
    assert ("敖包图苏木", "admin") in found and ("查干嘎查", "community") in found and ("白音牧场", "venue") in found
    assert find_places("副苏木达包金山主持会议。") == []  # (the position, not a place)


def test_since_before_a_division_is_no_part_of_its_name():
    assert [p.text for p in find_places("。自开封市实施新规以来，市民反响很好。")] == ["开封市"]
    assert [p.text for p in find_places("。自沙坪坝区开展行动以来。")] == ["沙坪坝区"]
    assert [p.text for p in find_places("他来自贡井区。")] == ["贡井区"]
    assert [p.text for p in find_places("四川省自贡市")] == ["四川省", "自贡市"]  # (a name that opens with 自)
    assert [p.text for p in find_places("城东自来水厂")] == ["城东自来水厂"]


def test_a_conference_sub_venue_is_a_venue():
    assert [(p.text, p.kind) for p in find_places("各乡镇在东坪县分会场收听收看。")] == [("东坪县分会场", "venue")]


def test_more_standard_facility_nouns_end_venue_names():
    for noun in ("长者食堂", "粮库", "核酸采样点", "防疫检查点", "便利店"):
        found = [p.text for p in find_places(f"检查组来到红旗{noun}检查。")]
        assert found == [f"红旗{noun}"], noun


def test_a_body_s_station_before_a_venue_is_no_part_of_its_name():
    assert [p.text for p in find_places("记者来到省代表团驻地东湖宾馆采访。")] == ["东湖宾馆"]


def _listed(text, kind="venue", org=False):
    """What the page's lists keep of one finding spanning ``text``."""
    from pressie.places import page_lists
    from pressie.records import Org, Place
    if org:
        return [o.text for o in page_lists(text, (), (Org(start=0, end=len(text), text=text, kind=text[-1]),))[1]]
    places, bodies = page_lists(text, (Place(start=0, end=len(text), text=text, kind=kind),), ())
    return [p.text for p in places] + [o.text for o in bodies]  # (a company is listed among the bodies)


@pytest.mark.parametrize("text,kind,expected", [
    ("留住山城", "admin", []),  # a verb and what it governs
    ("需要送医院", "venue", []),
    ("转战澄城", "admin", ["澄城"]),  # a division's name after the verb
    ("前进村", "community", ["前进村"]),  # named after the verb
    ("听说东湖同济医院", "venue", ["东湖同济医院"]),  # a name of its own after the verb
])
def test_a_verb_that_opens_a_finding_makes_a_clause_in_the_page_lists(text, kind, expected):
    assert _listed(text, kind) == expected


@pytest.mark.parametrize("text,org,expected", [
    # a one-character verb or preposition, then a verb: a clause, whatever suffix ends it
    ("要尽快建成服务站", False, []),
    ("可查看办事大厅", False, []),
    ("因缺乏资金办", True, []),
    # a one-character verb that opens a name before a noun stays (临|江 is no verb word)
    ("临江服务站", False, ["临江服务站"]),
    # ... and a name of its own after that verb is the name
    ("因需要东湖医院", False, ["东湖医院"]),
])
def test_a_one_character_verb_and_a_verb_open_a_clause_in_the_page_lists(text, org, expected):
    assert (_listed(text, org=True) if org else _listed(text)) == expected


@pytest.mark.parametrize("text,kind,expected", [
    ("孩子远离水库", "venue", []),  # common words, a verb, a bare place word
    ("南昌强化老旧小区", "community", []),  # a division's name as the subject
    ("当知晓青石村", "community", ["青石村"]),
    ("江苏开放大学", "venue", ["江苏开放大学"]),  # a name holds the verb
    ("青禾轴承制造有限公司", "company", ["青禾轴承制造有限公司"]),
    ("东湖互联网服务中心", "venue", ["东湖互联网服务中心"]),  # 互联 is inside the noun 互联网
])
def test_a_verb_inside_before_a_bare_place_word_makes_a_clause_in_the_page_lists(text, kind, expected):
    assert _listed(text, kind) == expected


def test_the_clause_verbs_are_validated_on_load():
    from pressie.places import _clause_lexicon
    from pressie.vocabulary import resolve
    verbs = _clause_lexicon(resolve(None))["verbs"]
    assert "远离" in verbs and "留住" in verbs
    assert "服务" not in verbs  # inside 服务中心


@pytest.mark.parametrize("text,start,expected", [
    ("竹子产量位列浙江省第三", 5, "浙江省"),  # 位列: the finding opened inside the verb
    ("青年服务队授旗仪式", 4, None),  # 服务队: inside the noun, no name
    ("来到西彭镇长石村", 5, "长石村"),  # after a town's suffix: a name of its own
])
def test_a_finding_that_starts_inside_a_word_is_cut_to_the_name_or_left_out(text, start, expected):
    from pressie.places import page_lists
    from pressie.records import Place
    end = len(text) - 2 if text.endswith("第三") else len(text) - 2 if text.endswith("仪式") else len(text)
    found = (Place(start=start, end=end, text=text[start:end], kind="admin"),)
    listed = [p.text for p in page_lists(text, found, ())[0]]
    assert listed == ([] if expected is None else [expected])


@pytest.mark.parametrize("text,expected", [
    ("蔬菜批发市场", []),  # common words before a venue's head
    ("视频监控室", []),
    ("国防科技大学", ["国防科技大学"]),  # an institution named with common words
    ("鑫旺批发市场", ["鑫旺批发市场"]),  # a name part of its own
    ("县委党校", ["县委党校"]),
])
def test_a_venue_named_only_with_common_words_is_no_name_in_the_page_lists(text, expected):
    assert _listed(text, "venue") == expected


@pytest.mark.parametrize("text,kind,expected", [
    ("要认真抓好中小学校园", "venue", []),  # a clause: 要 … a verb … a kind of site
    ("离不开村", "community", []),  # a three-character verb names no village
    ("前进村", "community", ["前进村"]),
])
def test_a_clause_opened_by_a_modal_or_a_long_verb_is_no_place(text, kind, expected):
    assert _listed(text, kind) == expected


def test_a_bodys_name_keeps_the_work_it_is_for():
    assert _listed("全省打击走私工作领导小组", org=True) == ["全省打击走私工作领导小组"]
    assert _listed("要推动检察机关", org=True) == []


@pytest.mark.parametrize("text,kind,expected", [
    ("300多亩湿地", "venue", []),  # a quantity
    ("第三个调研组", "venue", []),
    ("千人桥镇", "admin", ["千人桥镇"]),  # a numeral in a town's name
    ("十四届全国人大", "venue", ["十四届全国人大"]),  # a body of that term
    ("物流", "venue", []),  # a common noun alone
])
def test_a_counted_kind_or_a_common_noun_alone_is_no_name_in_the_page_lists(text, kind, expected):
    assert _listed(text, kind) == expected


@pytest.mark.parametrize("text,kind,expected", [
    ("一年澳门", "admin", ["澳门"]),  # a span of time before a division's name
    ("几分钟就能办", "venue", []),
    ("万年县", "admin", ["万年县"]),  # a division's name that opens with a numeral
])
def test_a_span_of_time_before_a_name_is_no_part_of_it(text, kind, expected):
    assert _listed(text, kind) == expected


@pytest.mark.parametrize("text,end,expected", [
    ("外来务工人员所占比例", 7, []),  # the particle and a verb
    ("城东派出所接到报警", 5, ["城东派出所"]),  # a longer suffix word ends a name
])
def test_a_particle_before_a_verb_ends_no_name(text, end, expected):
    from pressie.places import page_lists
    from pressie.records import Org
    found = (Org(start=0, end=end, text=text[:end], kind=text[end - 1]),)
    assert [o.text for o in page_lists(text, (), found)[1]] == expected


@pytest.mark.parametrize("text,kind,expected", [
    ("高端装备产业园", "admin", []),  # common words only
    ("重要水利设施", "venue", []),
    ("星空网吧", "venue", ["星空网吧"]),  # one common word before the head: a shop's name
    ("和平社区", "community", ["和平社区"]),  # communities are named with common words
    ("邮政储蓄银行", "company", ["邮政储蓄银行"]),  # an institution
    ("屈原管理区", "admin", ["屈原管理区"]),  # a zone governed like a division
    ("鑫旺物业公司", "company", ["鑫旺物业公司"]),  # a name of its own
])
def test_a_site_whose_whole_name_is_common_words_is_no_name_in_the_page_lists(text, kind, expected):
    assert _listed(text, kind) == expected


@pytest.mark.parametrize("text,kind,expected", [
    ("小事不出社区", "community", []),  # a negated verb: a clause
    ("不含江西省", "admin", ["江西省"]),  # the division's name after the negated verb
    ("东湖不动产登记中心", "venue", ["东湖不动产登记中心"]),  # a noun that opens with the negation
])
def test_a_negation_makes_a_finding_a_clause_in_the_page_lists(text, kind, expected):
    assert _listed(text, kind) == expected


def test_a_common_word_written_alone_is_no_place():
    assert _listed("科技园区", "admin") == []  # a word of the dictionary, no name
    assert _listed("棋牌室", "venue") == []


@pytest.mark.parametrize("text,kind,expected", [
    ("当江西省", "admin", ["江西省"]),  # one character of the clause before a division's full name
    ("因小区", "community", []),  # a one-character word before a bare place word
    ("西大街", "road", ["西大街"]),  # a direction names the street
    ("团县委", "venue", ["团县委"]),
])
def test_one_character_before_a_division_or_a_bare_place_word(text, kind, expected):
    assert _listed(text, kind) == expected


@pytest.mark.parametrize("text,start,expected", [
    ("某县人口与计生服务中心成立", 5, []),  # the second half of one name
    ("会见了办公室同志和市商务局", 9, ["市商务局"]),  # a person's word: two names
    ("学习讲话和中央纪委文件", 5, ["中央纪委"]),  # a national body of its own
])
def test_a_conjunct_of_one_name_is_no_body_in_the_page_lists(text, start, expected):
    from pressie.places import page_lists
    from pressie.records import Org
    end = start + len(expected[0]) if expected else len(text) - 2
    found = (Org(start=start, end=end, text=text[start:end], kind=text[end - 1]),)
    assert [o.text for o in page_lists(text, (), found)[1]] == expected


@pytest.mark.parametrize("text,end,expected", [
    ("帮村民办好事", 4, []),  # 办 opens the verb 办好
    ("市文明办牵头", 4, ["市文明办"]),  # an office
])
def test_a_suffix_that_is_also_a_verb_before_its_object_ends_no_name(text, end, expected):
    from pressie.places import page_lists
    from pressie.records import Org
    found = (Org(start=0, end=end, text=text[:end], kind=text[end - 1]),)
    assert [o.text for o in page_lists(text, (), found)[1]] == expected


@pytest.mark.parametrize("text,expected", [
    ("江西援鄂医疗队领队", []),  # a person's position, no body
    ("江西援鄂医疗队", ["江西援鄂医疗队"]),
])
def test_a_finding_that_ends_in_a_position_is_no_body(text, expected):
    assert _listed(text, org=True) == expected


@pytest.mark.parametrize("text,kind,expected", [
    ("老人和青石苑社区", "community", ["青石苑社区"]),  # a person's word, a conjunction, a name
    ("医疗救治和医院", "venue", []),  # two things, no name
    ("县文化和旅游局", "venue", ["县文化和旅游局"]),  # a conjoined name
    ("东风路与青年路交叉路口", "road", ["东风路与青年路交叉路口"]),  # a crossing
])
def test_a_conjunction_between_two_things_in_the_page_lists(text, kind, expected):
    assert _listed(text, kind) == expected


def test_a_demonstrative_opens_no_name():
    assert _listed("这里垃圾清运处", org=True) == []


def test_the_rest_of_a_quantity_is_no_place():
    from pressie.places import page_lists
    from pressie.records import Place
    text = "时速600公里高速列车"
    found = (Place(start=5, end=9, text=text[5:9], kind="road"),)
    assert [p.text for p in page_lists(text, found, ())[0]] == []
    assert _listed("副大队", org=True) == []  # a classifier before a bare body word


@pytest.mark.parametrize("text,org", [
    ("区委宣讲团走进东岭社区。", "区委宣讲团"),        # delegations and teams sent out are bodies
    ("省政协考察团一行来到工业园。", "省政协考察团"),
    ("州委第二巡察组进驻北坪乡。", "州委第二巡察组"),
    ("南湖区爱心车队免费接送考生。", "南湖区爱心车队"),
    ("北坪镇人大主席团召开会议。", "北坪镇人大主席团"),   # governing bodies
    ("东山县人民代表大会主席团举行会议。", "东山县人民代表大会主席团"),
])
def test_teams_and_delegations_are_organisations(text, org):
    assert [o.text for o in find_orgs(text)] == [org]


def test_a_delegation_to_a_meeting_is_named_after_the_session():
    assert [o.text for o in find_orgs("来到市人大二次会议东城代表团驻地。")][-1] == "东城代表团"
    # (a meeting inside the formal name of a body stays: 政治协商会议…委员会)
    assert [o.text for o in find_orgs("政治协商会议东山县委员会召开会议。")][0] == "政治协商会议东山县委员会"


@pytest.mark.parametrize("text", [
    "县教育局开展“平安校园”专项检查。",
    "东湖小学组织“书香校园”读书活动。",
    "志愿者开展“清洁家园”志愿服务。",
])
def test_a_campaign_named_in_quotes_is_no_place(text):
    assert [p.text for p in find_places(text) if "园" in p.text] == []


def test_a_place_in_quotes_stays_a_place():
    assert [p.text for p in find_places("志愿者们走进“幸福家园”,为老人理发。")] == ["幸福家园"]


@pytest.mark.parametrize("text,place", [
    ("志愿者们来到“李庄村”开展志愿服务。", "李庄村"),   # gone to: a place
    ("全力推进“雄安新区”建设。", "雄安新区"),           # a place's own project
])
def test_a_place_in_quotes_gone_to_or_built_stays_a_place(text, place):
    assert place in [p.text for p in find_places(text)]


def test_a_ministry_is_no_place():
    assert find_places("农业农村部召开专题会议。") == []
    assert [p.text for p in find_places("来到东湖村村部。")] == ["东湖村村部"]   # (a village office is)


@pytest.mark.parametrize("text, found", [
    ("代表们来到美丽乡村东坡村。", ["东坡村"]),   # (乡村: a common word of the village kind opens no village's name)
    ("代表们来到山村东坡村。", ["东坡村"]),
])
def test_a_common_word_of_the_suffixs_kind_opens_no_name(text, found):
    assert [p.text for p in find_places(text)] == found


@pytest.mark.parametrize("text, found", [
    ("检查组来到河湾镇欢乐谷游乐场。", ["河湾镇欢乐谷游乐场"]),      # an entertainment place
    ("检查组来到城北新兴五金经营部。", ["城北新兴五金经营部"]),      # a small business's name form
    ("检查组来到青石镇林业站。", ["青石镇林业站"]),                  # a township's service station
    ("志愿者在县团委植树点劳动。", ["县团委植树点"]),                # a point where an activity is staffed
])
def test_more_classes_of_facility_nouns_end_a_venue(text, found):
    assert [p.text for p in find_places(text)] == found


@pytest.mark.parametrize("text,expected", [
    ("东岭镇政府三楼会议室", []),      # a room of a building
    ("青石社区值班室", []),
    ("南湖市分会场", []),
    ("东岭镇卫生院", ["东岭镇卫生院"]),  # the building itself stays
    ("青石村卫生室", ["青石村卫生室"]),  # (a village clinic is a facility, no room)
])
def test_a_part_of_a_building_is_no_place_of_the_page_lists(text, expected):
    assert _listed(text) == expected


def test_a_part_of_a_building_is_still_where_an_event_happens():
    page = pressie.extract("5月6日,县长王明在东岭镇政府三楼会议室主持召开座谈会。", published="2024-05-08")
    assert [p.text for p in page.events[0].where] == ["东岭镇政府三楼会议室"]


def test_a_preposition_of_basis_opens_no_bodys_name():
    # (按照, 根据, 依照 … stop a name read leftwards, as 在 and 由 do)
    assert [o.text for o in find_orgs("各乡镇要坚决按照东岭县委部署抓好落实。")] == ["东岭县委"]
    assert not any("按照" in o.text for o in find_orgs("要坚决按照县委部署抓好落实。"))


def test_a_part_of_a_building_that_is_no_han_word_is_refused_on_load():
    from pressie.errors import ResourceError
    from pressie.places import place_lexicon
    from pressie.vocabulary import Vocabulary
    with pytest.raises(ResourceError, match="building_parts"):
        place_lexicon(Vocabulary.default().extend({"place_grammar.building_parts": ["室1"]}))


@pytest.mark.parametrize("text", ["设立咨询点。", "在服务点值守。"])
def test_a_staffed_point_alone_names_no_venue(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text, place", [
    ("这个夏天他骑车跑遍广州的老街。", "广州"),          # a verb's characters before a short name
    ("他说这次约占长沙县总数的一半。", "长沙县"),      # … before a full name
    ("会上看了宣传片《诗画扬州》。", "扬州"),              # another word's characters
])
def test_a_word_that_runs_into_a_divisions_name_is_left_out(text, place):
    assert [p.text for p in find_places(text)] == [place]


@pytest.mark.parametrize("text, place", [
    ("他来自湖北武汉市。", "湖北武汉市"),    # a run of divisions' names stays one
    ("老李在横山县工作。", "横山县"),        # a county since renamed: its short name and level
])
def test_a_run_of_divisions_is_not_cut(text, place):
    assert place in [p.text for p in find_places(text)]


def test_a_word_of_the_dictionary_across_the_cut_keeps_no_division():
    # 形成|都市: 成都市 is no place here
    assert "成都市" not in [p.text for p in find_places("这里已初步形成都市型农业的布局。")]


@pytest.mark.parametrize("text, place", [("县长来到东风镇交通检疫点检查。", "东风镇交通检疫点"),
                                         ("局长深入西山村教学点调研。", "西山村教学点")])
def test_standard_points_of_health_and_schooling_are_venues(text, place):
    assert place in [p.text for p in find_places(text)]


def test_a_qualifier_right_after_a_place_opens_that_places_facility():
    found = [p.text for p in find_places("检查组来到东风村疫情防控检查点和西山镇重点项目工地。")]
    assert "东风村疫情防控检查点" in found
    # (not after a word that is no place: 加强疫情防控检查点 stays cut at the stop word)
    assert all(not p.text.startswith("加强") for p in find_places("要加强疫情防控检查点的管理。"))


def test_venue_qualifiers_must_be_stop_words():
    from pressie.errors import ResourceError
    from pressie.places import _venue_qualifiers
    from pressie.vocabulary import Vocabulary

    class Words:
        def words(self, name):
            return {"venue_qualifiers": ["东风"], "place_stops": ["疫情"]}[name]

    with pytest.raises(ResourceError):
        _venue_qualifiers(Words())


def test_no_water_name_ends_right_after_a_divisions_name():
    # 河 after a county's full name opens the next name (a town), it closes no river's.
    found = [p.text for p in find_places("医疗队一行赴青海省海南州兴海县河卡镇开展义诊。")]
    assert "兴海县河" not in found and {"兴海县", "河卡镇"} <= set(found)
    assert [p.text for p in find_places("志愿者沿着金水河清理垃圾。")] == ["金水河"]


def test_a_time_adverb_opening_a_clause_is_no_part_of_the_place_after_it():
    text = "金城社区开展宣讲活动,深受居民欢迎,今后金城社区将结合主要工作继续开展。"
    assert [p.text for p in find_places(text)] == ["金城社区", "金城社区"]


@pytest.mark.parametrize("text, places", [
    # A village's group written 小组 (村民小组) right after its village is a place ...
    ("他走进东坪村石板沟小组,倾听村民意见。", ["东坪村", "石板沟小组"]),
    ("他走进东坪村第三村民小组,倾听村民意见。", ["东坪村", "第三村民小组"]),
    # ... a team (领导小组, 学习小组) is none.
    ("东坪村成立了防汛工作领导小组。", ["东坪村"]),
])
def test_a_villages_group_written_xiaozu_after_its_village_is_a_place(text, places):
    assert [p.text for p in find_places(text)] == places


# -- Each place cut once for the events and the lists, as the cuts of the whole list read it.

@pytest.mark.parametrize("text", [
    "市委书记来到城南街道和平社区的幸福小区、阳光小区,查看了值班和水闸,又到宁远县第七小学和城北社区服务站",
    "进一步细化某景区的方案,深入村组和农贸市场,到东湖村走访",
    "落实市委部署,赴安徽、湖北武汉调研,在县文化中心召开会议",
])
def test_each_place_is_cut_as_the_list_of_cuts_reads_it(text):
    from pressie.places import (_clause_lexicon, _named_parts, _place_cuts, find_places_normalized, place_lexicon)
    from pressie.vocabulary import Vocabulary

    places = find_places_normalized(text)
    assert places
    lex, clauses = place_lexicon(None), _clause_lexicon(Vocabulary.default())
    parts: dict = {}
    expected = [(p, next(iter(_named_parts([p], lex, True, text, parts, clauses)), None) if p.kind != "generic" else None)
                for p in places]
    assert _place_cuts(text, places) == expected
    listed = [q for p, q in expected if q is not None]
    assert list(_named_parts([p for p in places if p.kind != "generic"], lex, True, text, {}, clauses)) == listed


# -- The kind-noun test, the person-word ending and the level ending read by look-ups and loops:
# the same answers as the simple forms.

def _run_of_kinds_simple(rest, lex):
    """places._run_of_kinds as first written (a set updated from a generator, any() over the heads)."""
    pieces, lengths, firsts = lex["kind_pieces"], lex["kind_piece_lengths"], lex["kind_piece_firsts"]
    size = len(rest)
    reached = {0}
    for i in range(size):
        if i in reached and rest[i] in firsts:
            reached.update(i + k for k in lengths if i + k <= size and rest[i:i + k] in pieces)
    return any(size - k in reached and rest[size - k:] in lex["kind_heads"] for k in lengths if k <= size)


_KIND_NAMES = ["公证处", "刑侦大队", "志愿服务队", "省级政府", "火力发电厂", "急诊内科病房", "县人民医院", "镇党委", "社区志愿服务队",
               "社区卫生服务中心", "三支志愿服务队", "孝感市级医院", "东湖区志愿服务队", "濮家小学", "湖北医疗队", "区政协党组",
               "县交警大队", "政府", "党委", "某某医疗队领队", "人大代表", "社区卫生中心", "村办公室", "红星街道", "医疗队", "队"]


@pytest.mark.parametrize("name", _KIND_NAMES)
def test_kind_nouns_are_read_as_the_simple_form_reads_them(name):
    from pressie.places import _run_of_kinds, _suffix_longer_than, place_lexicon

    lex = place_lexicon()
    for k in range(len(name)):  # (every rest a kind noun's test may read after a scope or a level)
        assert _run_of_kinds(name[k:], lex) == _run_of_kinds_simple(name[k:], lex)
    for size in range(len(name) + 1):
        assert _suffix_longer_than(name, size, lex) == any(
            name.endswith(w) and len(w) > size for w in (*lex["kind_of"], *lex["org_suffix_set"]))
    assert name.endswith(tuple(lex["every_place_levels"])) == any(name.endswith(w) for w in lex["every_place_levels"])


@pytest.mark.parametrize("name, kind", [
    ("公证处", True), ("刑侦大队", True), ("志愿服务队", True), ("省级政府", True), ("急诊内科病房", True),
    ("社区志愿服务队", True), ("社区卫生服务中心", True), ("三支志愿服务队", True),
    ("濮家小学", False), ("湖北医疗队", False), ("县人民医院", False), ("区政协党组", False),
])
def test_kind_nouns_of_the_docstring(name, kind):
    from pressie.places import _kind_noun, place_lexicon
    assert _kind_noun(name, place_lexicon()) is kind


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="县社区志愿服务队卫生中心医院省级政府党委大刑侦三支", min_size=1, max_size=10))
def test_kind_nouns_are_read_as_the_simple_form_reads_them_on_any_name(name):
    test_kind_nouns_are_read_as_the_simple_form_reads_them(name)


def test_the_page_list_holds_each_place_once():
    from pressie.places import page_lists
    from pressie.records import Place
    text = "他来到青石村卫生室。"
    p = Place(start=3, end=9, text="青石村卫生室", kind="venue")
    places, _ = page_lists(text, (), (), cut_places=[p, p])
    assert [x.text for x in places] == ["青石村卫生室"]


@pytest.mark.parametrize("text", ["医生向村民讲授健康科普常识。", "要进一步提高政治站位。", "依法予以刑事处罚。",
                                  "医生为患者开具处方。"])
def test_a_suffix_character_that_opens_the_next_word_ends_no_body(text):
    # 科|普 (popular science), 站|位 (standpoint): the suffix character is the first of a word
    assert find_orgs(text) == []


def test_firms_named_after_their_office_stay_in_a_list_of_units():
    text = "检查组先后来到宏达律师事务所、鑫源会计师事务所等单位进行检查。"
    assert [p.text for p in find_places(text)] == ["宏达律师事务所", "鑫源会计师事务所"]


@pytest.mark.parametrize("text", ["举办首场村晚。", "上半场村队领先。", "我国首所乡村振兴学院揭牌。"])
def test_a_classifier_after_a_word_of_rank_writes_no_name(text):
    assert all(not p.text.startswith(("首", "半", "国")) for p in find_places(text))


def test_bodies_in_a_list_of_units_are_no_places():
    # 等单位 makes the items of its list companies' places; a government body of the list is none
    text = "活动由县委宣传部、县总工会、青禾农业有限公司等单位联合主办。"
    assert [p.text for p in find_places(text)] == ["青禾农业有限公司"]
    assert [o.text for o in find_orgs(text)][:2] == ["县委宣传部", "县总工会"]


def test_the_village_words_of_an_idiom_end_no_village():
    # 村容村貌 (the look of a village): 村|容 and 村|貌 are words, no village's suffix
    assert [p.text for p in find_places("书记查看了东湖村的村容村貌。")] == ["东湖村"]


@pytest.mark.parametrize("name", ["东湖书画促进会", "西山同乡联谊会", "市志愿者总会"])
def test_kinds_of_association_are_bodies(name):
    assert [o.text for o in find_orgs(f"由{name}主办。")] == [name]


def test_blocker_tails_match_a_look_up_of_every_blocker():
    """The ends a suffix may run on into (_blocker_tails) are those the blockers give, read one
    by one: a blocker that opens with the suffix, or one of three or more characters that opens
    later inside it, ending one or two characters after the suffix."""
    from pressie.places import _blocker_heads, _blocker_tails

    blockers = frozenset({"市场", "场监管", "市场监管", "服务站点", "站点", "局势", "院士"})
    lex = {"blocker_heads": _blocker_heads(blockers)}
    for suffix in ("市", "区市", "服务站", "站", "局", "学院", "队"):
        expected = {w[j:] for w in blockers for j in range(len(suffix), 0, -1)
                    if w.startswith(suffix[-j:]) and 1 <= len(w) - j <= 2 and (j == len(suffix) or len(w) >= 3)}
        assert _blocker_tails(suffix, lex) == expected, suffix
    assert _blocker_tails("市", lex) == {"场"}  # (市场监管 ends three characters on)
    assert _blocker_tails("服务站", lex) == {"点"}
    assert _blocker_tails("学院", lex) == frozenset()  # (院士 is too short to start inside the suffix)
    assert _blocker_tails("队", lex) == frozenset()


def test_a_company_is_listed_among_the_bodies_and_stays_a_site_visited():
    import pressie
    page = pressie.extract("3月5日，县委书记王刚来到青禾轴承制造有限公司和东湖村调研，并走访了恒达工贸、宏远纺织等企业。",
                           published="2023-03-06")
    assert [p.text for p in page.places] == ["东湖村"]
    orgs = [(o.text, o.kind) for o in page.orgs]
    # a company the organisation finder reads is listed once; one named only in a list of firms joins it
    assert orgs == [("青禾轴承制造有限公司", "有限公司"), ("恒达工贸", "company"), ("宏远纺织", "company")]
    assert page.articles[0].events[0].where[0].text == "青禾轴承制造有限公司"
    assert [o.start for o in page.orgs] == sorted(o.start for o in page.orgs)
    # one the bodies' list holds under another cut is not listed again
    page = pressie.extract("3月5日，县长王刚来到东湖村青禾种植专业合作社调研。", published="2023-03-06")
    assert len([o for o in page.orgs if o.text.endswith("青禾种植专业合作社")]) == 1


@pytest.mark.parametrize("text,expected", [
    ("农工党东川市委会赴西岭县开展调研。", ["农工党东川市委会"]),
    ("九三学社南江市委会组织专家义诊。", ["九三学社南江市委会"]),
    ("民革东川市委会议室里坐满了人。", ["民革东川市委"]),  # 会议室: the text goes on into another word
    ("东川市委会同有关部门研究。", ["东川市委"]),  # no party's name: 会同 is a verb
    ("民进东川市委会员王刚说。", ["民进东川市委"]),  # a member (会员), not the committee
    ("民盟东川市委会见了来访客人。", ["民盟东川市委"]),  # 会见: a verb
])
def test_a_democratic_partys_committee_is_written_with_its_last_character(text, expected):
    assert texts(find_orgs(text)) == expected


def test_the_party_words_are_checked_on_load():
    from pressie import places
    from pressie.errors import ResourceError
    from pressie.vocabulary import Vocabulary
    with pytest.raises(ResourceError, match="party_names"):
        places.place_lexicon(Vocabulary.default().extend({"place_grammar.party_names": ["民"]}))
    assert "民盟" in places.place_lexicon(Vocabulary.default().extend({"place_grammar.party_names": ["民盟"]}))["party_names"]
    with pytest.raises(ResourceError, match="party_committee_word"):
        places._word_of_two("委", "party_committee_word")


@pytest.mark.parametrize("text,expected", [
    ("医疗队赶到当地卫生院救治伤员。", []),  # the local one: no named place
    ("辖区派出所民警到场。", []),
    ("为附近村村民义诊。", []),
    ("东湖村附近的小学也来了。", ["东湖村"]),  # after a name it says where, and the name stays
    ("志愿者来到辖区阳光小区开展服务。", ["阳光小区"]),  # a name after the word is that name
    ("医疗队为当地东湖村、西湖村村民义诊。", ["东湖村", "西湖村"]),
])
def test_a_place_word_of_the_surroundings_names_no_place(text, expected):
    assert texts(find_places(text)) == expected
    assert not any(o.startswith(("当地", "辖区", "附近")) for o in texts(find_orgs(text)))


def test_a_word_of_the_surroundings_inside_a_name_is_no_such_word():
    assert texts(find_orgs("日本地震局发布消息。")) == ["日本地震局"]


@pytest.mark.parametrize("text,places,orgs", [
    ("民警走访辖区内东湖小学开展安全教育。", ["东湖小学"], []),  # 辖区内|…: no 内 opens the name
    ("辖区内青禾纺织有限公司组织职工体检。", ["青禾纺织有限公司"], []),
    ("辖区内派出所民警到场。", [], []),
])
def test_a_name_after_a_word_of_the_surroundings_with_its_locative(text, places, orgs):
    assert texts(find_places(text)) == places
    assert [o for o in texts(find_orgs(text)) if o.startswith("内")] == orgs


def test_a_company_that_opens_a_body_of_its_own_is_listed_too():
    import pressie
    page = pressie.extract("3月5日，青禾纺织有限公司党支部组织党员开展志愿服务。", published="2023-03-06")
    assert [o.text for o in page.orgs] == ["青禾纺织有限公司", "青禾纺织有限公司党支部"]


@pytest.mark.parametrize("text,expected", [
    ("老人被接至东川市第一医院治疗。", ["东川市第一医院"]),  # a verb and its directional complement
    ("后由救护车送往西岭大学附属青禾医院救治。", ["西岭大学附属青禾医院"]),  # common words and a clause's verb
    ("首批进驻南江市民服务中心的企业有20家。", ["南江市民服务中心"]),
    ("这里是西湖区北岭街道卫生院。", ["西湖区北岭街道卫生院"]),  # a division's name before: the name's
    ("青禾智渔可持续发展研究中心成立。", ["青禾智渔可持续发展研究中心"]),  # 可|持续: no verb of its own
])
def test_a_body_found_with_a_verb_before_a_place_is_that_place(text, expected):
    import pressie
    assert [o.text for o in pressie.extract(text).orgs] == expected


def test_a_verb_that_governs_a_place_is_read_from_the_grammar():
    from pressie.places import _clause_lexicon, _governs_a_place, place_lexicon
    from pressie.vocabulary import Vocabulary
    lex, clauses = place_lexicon(), _clause_lexicon(Vocabulary.default())
    assert _governs_a_place("接至", lex, clauses) and _governs_a_place("阳光爬上", lex, clauses)
    assert not _governs_a_place("青禾智渔可持续", lex, clauses) and not _governs_a_place("西湖区", lex, clauses)
    assert not _governs_a_place("大宁路街道", lex, clauses)  # a place's word, no verb
    assert not _governs_a_place("接着", lex, clauses)  # 着 is no directional complement


@pytest.mark.parametrize("text,expected", [
    ("春晖家园等诸多小区先后接受核酸筛查。", ["春晖家园"]),  # 诸多: some places of a kind
    ("许多古村和大量社区参与其中。", []),
    ("3月5日,城南派出所在东湖村开展宣传。", ["城南派出所", "东湖村"]),  # (所在 is no determiner here)
    ("督导组对东湖街道和所辖12个社区开展检查。", ["东湖街道"]),  # 所辖 opening a list's item: those under it
    ("全市技工学校、普通高中与中职学校均已复课。", []),  # kinds of schools
    ("东川市技工学校的学生参加。", ["东川市技工学校"]),  # a named one
])
def test_quantifiers_and_kinds_of_schools_name_no_place(text, expected):
    import pressie
    assert [p.text for p in pressie.extract(text).places] == expected


@pytest.mark.parametrize("word", ["下一步", "下阶段", "下一阶段"])
def test_a_time_adverb_of_a_plan_opens_a_clause_before_the_place(word):
    assert texts(find_places(f"{word}南岭新城社区还将举办更多活动。")) == ["南岭新城社区"]


def test_a_body_or_a_site_of_epidemic_control_is_a_kind():
    import pressie
    page = pressie.extract("各村都建立了防控工作专班，设立了防控卡点。")
    assert [p.text for p in page.places] == [] and [o.text for o in page.orgs] == []


def test_a_conjunction_of_two_meetings_ends_the_body_after_it():
    assert texts(find_orgs("全县秋收工作推进会暨县委秋粮收购领导小组会议在东湖举行。")) == ["县委秋粮收购领导小组"]
    # (暨 alone opens or sits inside names)
    assert texts(find_orgs("暨南大学和诸暨市委宣传部组织学生参加。")) == ["暨南大学", "诸暨市委宣传部"]


def test_the_openers_of_a_lists_items_are_checked_on_load():
    from pressie import places
    from pressie.errors import ResourceError
    from pressie.vocabulary import Vocabulary
    with pytest.raises(ResourceError, match="list_item_openers"):
        places.place_lexicon(Vocabulary.default().extend({"place_grammar.list_item_openers": ["所"]}))


def test_a_title_and_a_name_that_ends_in_a_level_character_are_no_place():
    # (县长|李大镇: the person's title and name; a village named so after no title is one)
    assert find_places("县长李大镇,副县长王明陪同。") == []
    assert [p.text for p in find_places("开发区管委会主任孙殿镇,区长刘晓东陪同。")] == ["开发区管委会"]
    assert [p.text for p in find_places("县长王明来到李家村调研。")] == ["李家村"]
