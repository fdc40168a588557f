"""Small pages of our own making, one per phenomenon of page layout."""

import pytest
from hypothesis import given, settings, strategies as st

from conftest import assert_offsets
from pressie.units import overlap
import pressie


def units(text):
    page = pressie.extract(text)
    return [list(a.blocks) for a in page.articles], list(page.furniture), list(page.articles)


def test_overlap():
    assert overlap("……推进工作落实。", "推进工作落实。据了解") == 7
    assert overlap("abc", "xyz") == 0
    assert overlap("会议召开", "召开") == 0  # below the minimum


TAIL_AFTER_TWO = """本版要闻
河西镇召开防汛工作会议
本报讯(记者 唐亮)6月3日,河西镇召开防汛工作会议,镇长马立强出席会议并讲话。马立强强调,要落实防汛责任,
城北社区开展消防演练
本报讯(记者 唐亮)6月4日上午,城北社区组织居民开展消防演练,60余名居民参加。
新河小学举办科技节
本报讯(记者 唐亮)6月5日,新河小学举办第三届科技节,学生们展示了自己的作品。
加强巡堤查险,确保安全度汛。马立强要求各村做好物资准备。
"""


def test_tail_after_two_other_articles():
    blocks, furniture, arts = units(TAIL_AFTER_TWO)
    assert blocks == [[1, 2, 7], [3, 4], [5, 6]]
    assert furniture == [0]
    assert arts[0].joins == (True,)


THREE_WAY = """镇卫生院
健康体检进村入户
本报讯(记者 赵芸)5月10日,镇卫生院组织医护人员走进各村,为老人开展健康体检。为方便群众、
城关镇召开务虚会
本报讯 5月11日,城关镇召开务虚会,研究下半年工作。
就近服务,医护人员在村委会设立临时体检点,逐一登记、测量血压。为确保体检
的质量,卫生院还安排专家现场解读体检报告。
"""


def test_three_way_split():
    blocks, _, arts = units(THREE_WAY)
    assert [0, 1, 2, 5, 6] in blocks
    assert [3, 4] in blocks
    art = next(a for a in arts if a.blocks[0] == 0)
    assert "为方便群众、就近服务" in art.body and "为确保体检的质量" in art.body


REPEAT_3 = """市场监管所
食品安全检查覆盖全镇
本报讯(记者 孙洁)7月2日,市场监管所对全镇餐饮店开展食品安全检查,督促商户落实责任。
村里来了文艺队
本报讯 7月3日,文艺队走进东村,为村民送去演出。
落实责任。据了解,此次检查共出动执法人员20人次。
"""


def test_repeated_overlap_of_a_few_characters_is_removed():
    blocks, _, arts = units(REPEAT_3)
    assert [0, 1, 2, 5] in blocks
    art = next(a for a in arts if a.blocks[0] == 0)
    assert art.links[0].overlap == 5
    assert art.body.count("落实责任。") == 1
    assert_offsets(REPEAT_3, art.segments)


LONG_HEAD = "东湖街道开展环境整治,组织党员志愿者清理小区楼道杂物、清扫绿化带垃圾、劝导居民文明养犬,并对背街小巷进行集中清理,营造干净整洁的居住环境。"
REPEAT_100 = f"""东湖街道
环境整治进小区
本报讯(记者 钟意)8月1日,{LONG_HEAD}
街道举办消夏晚会
本报讯 8月2日晚,街道在广场举办消夏晚会。
{LONG_HEAD[30:]}居民纷纷点赞。
"""


def test_repeated_overlap_of_a_hundred_characters_is_removed():
    blocks, _, arts = units(REPEAT_100)
    assert [0, 1, 2, 5] in blocks
    art = next(a for a in arts if a.blocks[0] == 0)
    assert art.links[0].overlap >= 30
    assert art.body.count("营造干净整洁的居住环境") == 1


LOST = """综合新闻
区委召开常委会
本报讯(记者 袁野)3月9日,区委召开常委会,区委书记方正主持会议。
图片新闻
3月8日,志愿者在公园清理垃圾。(韦东 摄)
;要统筹发展和安全。方正要求,各部门要抓好落实。
"""


def test_lost_text_is_noted():
    blocks, furniture, arts = units(LOST)
    assert [1, 2, 5] in blocks
    assert [4] in blocks and furniture == [0, 3]
    art = next(a for a in arts if a.blocks[0] == 1)
    assert art.links[0].gap


TWO_PHOTOS = """图片新闻
4月1日,志愿者在社区为老人理发。(严冬 摄)
4月2日,学生在田间参加劳动实践。(严冬 摄)
"""


def test_two_photos_in_a_row():
    blocks, furniture, arts = units(TWO_PHOTOS)
    assert blocks == [[1], [2]]
    assert [a.kind for a in arts] == ["photo", "photo"]


def test_page_without_headlines():
    text = "3月1日,镇里召开会议,部署春耕工作。\n会议要求,各村要抓好落实。\n"
    blocks, furniture, arts = units(text)
    assert blocks == [[0, 1]]


def test_single_article():
    text = "区委召开理论学习中心组学习会\n本报讯 3月2日,区委召开理论学习中心组学习会。\n会议指出,要深入学习。\n会议强调,要狠抓落实。"
    blocks, furniture, arts = units(text)
    assert blocks == [[0, 1, 2, 3]] and furniture == []
    assert arts[0].headline.text.startswith("区委召开")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "区委召开会议", "本报讯(记者 甲乙)3月1日,镇里召开会议,", "会议要求,各单位要抓好落实。", "的安全有序,群众排队。",
    "区工信局", "(丙丁 摄)", "图说新闻", "为保障安全、", "“要落实责任。”他说。", "确保稳定;要加强领导。", "",
]), max_size=25))
def test_every_block_once_and_body_maps_back(lines):
    text = "\n".join(lines)
    page = pressie.extract(text)
    seen = [i for a in page.articles for i in a.blocks] + list(page.furniture)
    assert sorted(seen) == list(range(len(page.blocks)))
    for article in page.articles:
        for i, ch in enumerate(article.body):
            if ch != "\n":
                assert text[article.page_offset(i)] == ch


SUBHEADS = """经济动态
全县经济稳中有进
□本报记者 方圆
上半年,全县经济运行稳中向好,各项指标完成预期目标。
一、工业生产
上半年,全县工业总产值同比增长5.1%。
二、服务业
上半年,服务业营业收入同比增长8.3%。
城西社区开展义诊
本报讯 5月8日,城西社区联合卫生院开展义诊活动。
"""


def test_numbered_subheads_stay_inside_their_article():
    blocks, furniture, arts = units(SUBHEADS)
    assert [1, 2, 3, 4, 5, 6, 7] in blocks
    assert [8, 9] in blocks


CLOSING_BYLINE = """综合新闻
镇里开展环境整治
本报讯 6月1日,石桥镇组织干部群众开展环境整治,清理垃圾三吨。
记者 陈一 通讯员 李二
河东村修通致富路
本报讯 6月2日,河东村新修的水泥路正式通车。
"""


def test_closing_credit_stays_with_its_article():
    blocks, furniture, arts = units(CLOSING_BYLINE)
    assert [1, 2, 3] in blocks and [4, 5] in blocks


PHOTO_LINE = """图片新闻
社区举办消夏晚会
图为晚会现场。
本报讯 7月3日晚,城南社区在广场举办消夏晚会,居民们载歌载舞。
"""


def test_photo_line_under_a_headline_stays_with_it():
    blocks, furniture, arts = units(PHOTO_LINE)
    assert blocks == [[1, 2, 3]] and furniture == [0]


VOICES = """社区新闻
区城管局
老旧小区换新颜 居民拍手称赞
本报讯(记者 唐亮)近日,东湖街道对辖区老旧小区开展集中整治,清理楼道杂物,粉刷墙面,居民纷纷点赞。
东湖社区居民王桂兰:
我们的小区是老小区了,楼道里堆了不少杂物。这次清理之后,楼道干净了,大家都很高兴。
西湖社区居民李先生:
原来墙上的小广告贴得满墙都是,现在社区组织清理,楼道整洁多了,住着舒心。
南湖社区居民张丽:
我是南湖社区的老住户,这次整治把楼道打扫得干干净净,居民们都说好。
新河小学举办科技节
本报讯(记者 唐亮)6月5日,新河小学举办第三届科技节,学生们展示了自己的作品。
"""


def test_speaker_labels_keep_their_words():
    blocks, furniture, _ = units(VOICES)
    assert blocks == [[1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 11]]
    assert furniture == [0]


SIGNED = """要闻
县政府办公室印发《关于加强农村道路管护工作的实施意见》
各乡镇人民政府,县直各单位:
《关于加强农村道路管护工作的实施意见》已经县政府同意,现印发给你们,请结合本地情况抓好落实。
县政府办公室
2023年3月1日
关于加强农村道路管护工作的实施意见
为加强农村道路管护工作,现就有关事项提出以下意见。
一、明确管护责任
各乡镇是农村道路管护的责任主体,要落实专人负责。
新河小学举办科技节
本报讯(记者 唐亮)6月5日,新河小学举办第三届科技节,学生们展示了自己的作品。
"""


def test_a_signed_document_stays_one_article():
    blocks, furniture, _ = units(SIGNED)
    assert blocks == [[1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 11]]
    assert furniture == [0]


AUTHOR_LINE = """要闻
河西镇召开防汛工作会议
本报讯(记者 唐亮)6月3日,河西镇召开防汛工作会议,镇长马立强出席会议并讲话。马立强强调,要落实防汛责任
城北社区开展消防演练
本网讯 6月4日上午,城北社区组织居民开展消防演练,60余名居民参加,进一步增强了居民的安全意识。城关镇城北社区刘晓东
,加强巡堤查险,确保安全度汛。马立强要求各村做好物资准备。
"""


def test_an_author_line_closes_a_paragraph():
    blocks, furniture, _ = units(AUTHOR_LINE)
    assert blocks == [[1, 2, 5], [3, 4]]


def _total(links):
    return sum(c[0] for c in links)


def test_links_are_the_best_total_not_greedy():
    from pressie.units import _best_links, _greedy_links

    cands = [(4.2, 17, 5, 0, False), (3.2, 6, 5, 0, False), (4.1, 17, 8, 0, False)]
    best = _best_links(cands)
    assert sorted((c[2], c[1]) for c in best) == [(5, 6), (8, 17)]
    assert _total(_greedy_links(cands)) == 4.2


@given(st.lists(st.tuples(st.floats(0.5, 10, allow_nan=False), st.integers(1, 12), st.integers(0, 11)),
                max_size=40))
@settings(max_examples=200)
def test_links_form_a_matching_at_least_as_good_as_greedy(raw):
    from pressie.units import _best_links, _greedy_links

    cands = list({(t, h): (round(w, 3), t, h, 0, False) for w, t, h in raw if h < t}.values())
    best = _best_links(cands)
    assert len({c[1] for c in best}) == len(best) and len({c[2] for c in best}) == len(best)
    assert set(best) <= set(cands)
    assert _total(best) >= _total(_greedy_links(cands)) - 1e-9


def test_many_floating_blocks_take_the_greedy_assignment():
    from pressie.units import UnitSettings, _best_links, _greedy_links

    limit = UnitSettings().max_matched_tails
    # One chain of competing candidates (each tail may follow two heads): one group above the limit.
    cands = [(1.0 + (t % 3), t, t - 1, 0, False) for t in range(1, 3 * limit)]
    cands += [(0.5 + (t % 2), t, t - 2, 0, False) for t in range(2, 3 * limit)]
    assert _best_links(cands) == _greedy_links(cands)
    assert len(_best_links(cands)) > limit


@given(st.lists(st.tuples(st.floats(0.5, 10, allow_nan=False), st.integers(1, 30), st.integers(0, 29)),
                max_size=60))
@settings(max_examples=200)
def test_links_solved_per_group_are_the_links_of_one_matching(raw):
    """Candidates that share no tail or head are matched group by group; the result is the one
    matching over all of them would give (same pairs, same order)."""
    from pressie.units import _best_links, _components, _hungarian

    cands = list({(t, h): (round(w, 3), t, h, 0, False) for w, t, h in raw if h < t}.values())
    groups = _components(cands)
    assert sorted(c for g in groups for c in g) == sorted(cands)
    for g in groups:
        others = {x for other in groups if other is not g for c in other for x in (("t", c[1]), ("h", c[2]))}
        assert not others & {x for c in g for x in (("t", c[1]), ("h", c[2]))}
    assert _best_links(cands) == sorted(_hungarian(cands), key=lambda c: c[1])


COLUMN = """人民日报 1998年3月12日 第1版(要闻)
国务院召开全体会议
本报北京3月11日讯 国务院总理今天主持召开国务院全体会议,讨论年度预算草案。
简讯
◆全国政协九届一次会议今天举行第二次全体会议,听取委员大会发言。
◆国家统计局今天发布公报,去年国内生产总值比上年增长8.8%。
▲北京市今天召开植树造林动员大会,号召全市人民积极参加义务植树活动。
"""


def test_items_of_a_news_column_are_briefs_and_the_page_header_is_furniture():
    page = pressie.extract(COLUMN)
    assert [(list(a.blocks), a.kind) for a in page.articles] == \
        [([1, 2], "article"), ([4], "brief"), ([5], "brief"), ([6], "brief")]
    assert list(page.furniture) == [0, 3]
    assert page.published == "1998-03-12" and page.published_source == "dateline"


def test_a_photo_line_with_a_triangle_stays_in_its_article():
    text = ("要闻\n区委召开常委扩大会议\n本报讯 5月8日,区委召开常委会,区委书记王建国主持会议。\n"
            "▲区委书记王建国主持会议。记者 李明 摄\n会议强调,要抓好落实。")
    blocks, furniture, _ = units(text)
    assert blocks == [[1, 2, 3, 4]] and furniture == [0]


JUMP = """要闻
全县召开脱贫攻坚推进会
本报讯(记者 李明)5月8日,全县脱贫攻坚推进会召开。县委书记王建国出席会议并讲话。王建国强调,要压实责任,(下转第二版)
城北社区开展消防演练
本报讯(记者 唐亮)6月4日上午,城北社区组织居民开展消防演练,60余名居民参加。
(上接第一版)确保按时完成脱贫任务。县长李强主持会议。
(上接第三版)各村要做好防汛物资储备。
"""


def test_jump_lines_link_and_leave_the_text():
    page = pressie.extract(JUMP)
    assert [list(a.blocks) for a in page.articles] == [[1, 2, 5], [3, 4], [6]]
    first = page.articles[0]
    assert [s.text for s in first.segments][1] == "确保按时完成脱贫任务。县长李强主持会议。"
    assert first.segments[0].text.endswith("要压实责任,") and first.joins == (True,)
    assert_offsets(JUMP, page)


PHOTOS = """社区新闻
镇党委
义剪进山村 理发点搬到田埂边
本报讯 9月27日至29日,公益项目组带领理发师和志愿者来到山村,为老人义务理发。
老人乐开颜01
上门服务,让关怀零距离。针对行动不便的老人,项目组安排志愿者上门理发。
社工与白发老人聊天
志愿者入户义剪02
田间地头,农忙理发两不误。志愿者在田间为老人理发,老人们连声称赞。
新河小学举办科技节
本报讯(记者 唐亮)6月5日,新河小学举办第三届科技节,学生们展示了自己的作品。
"""


def test_numbered_photo_labels_stay_inside_their_article():
    blocks, furniture, _ = units(PHOTOS)
    assert blocks == [[1, 2, 3, 4, 5, 6, 7, 8], [9, 10]] and furniture == [0]


PHOTO_CREDIT = """要闻
和平社区志愿者清扫楼院
3月14日,和平社区的志愿者们拿着扫帚和铁锹,不怕脏不怕累,打扫楼院里的各个角落。
■ 摄影 记者 严晓松 通讯员 高勇
城北社区开展消防演练
本报讯(记者 唐亮)6月4日上午,城北社区组织居民开展消防演练,60余名居民参加。
"""


def test_a_photo_credit_closes_the_article_above_it():
    blocks, furniture, _ = units(PHOTO_CREDIT)
    assert blocks == [[1, 2, 3], [4, 5]] and furniture == [0]


HEADLINE_WORDS = """要闻
无偿献血 让爱流淌
本报讯 6月30日,市政协机关组织无偿献血活动,现场50多名献血者
企业复工 冲刺开门红
本报讯 新年伊始,金乡县工业企业全面复工,各条生产线开足马力,设备与工
共献血12000多毫升,其中6人登记成为造血干细胞捐献者。
"""


def test_a_tail_with_the_headlines_words_goes_to_that_article():
    blocks, _, _ = units(HEADLINE_WORDS)
    assert blocks == [[1, 2, 5], [3, 4]]


SHORT_TOPICAL_TAIL = """县林业局
义务植树绿化家园
本报讯(记者 韩青)3月12日,县林业局组织干部职工到南岭参加植树活动,现场60多名志愿者
工业园区企业满负荷生产
本报讯(记者 韩青)连日来,县工业园区企业加紧生产订单,各条生产线开足马力。
园区负责人介绍,一季度园区产值同比增长,多家企业新上了生产线,设备与工
共栽植苗木3000余株,植树现场大家干劲十足、开足马力。
"""


def test_short_tail_goes_to_its_topic_not_the_block_above():
    # Both heads end mid-sentence; the tail sits right below the industry article but shares
    # its few words (植树, 现场) with the tree-planting article.
    blocks, _, _ = units(SHORT_TOPICAL_TAIL)
    assert [0, 1, 2, 6] in blocks
    assert [3, 4, 5] in blocks


def assembled(text, settings=None, explain=None):
    """The article blocks of a page text assembled with ``settings`` (names as extract finds them)."""
    from pressie.core import _names_by_block
    from pressie.units import assemble_units

    layout = pressie.extract(text, until="layout")
    people = pressie.extract(text, until="units").people
    blocks = list(layout.blocks)
    articles, _, _ = assemble_units(blocks, names=_names_by_block(blocks, people), settings=settings,
                                    explain=explain)
    return [list(a.blocks) for a in articles]


def test_relative_topic_cue_is_what_decides():
    from pressie.units import UnitSettings

    assert [0, 1, 2, 6] in assembled(SHORT_TOPICAL_TAIL)
    assert [0, 1, 2, 6] in assembled(SHORT_TOPICAL_TAIL, UnitSettings())
    assert [0, 1, 2, 6] not in assembled(SHORT_TOPICAL_TAIL, UnitSettings(relative_similarity_weight=0.0))


def test_unit_settings_are_frozen_and_checked():
    import dataclasses

    from pressie.units import UnitSettings, assemble_units

    with pytest.raises(dataclasses.FrozenInstanceError):
        UnitSettings().similarity_weight = 1.0
    with pytest.raises(TypeError, match="UnitSettings"):
        assemble_units([], settings={"similarity_weight": 1.0})
    # Every tuned number is documented: a field comment per field in units.py.
    import inspect

    import pressie.units as u

    source = inspect.getsource(u.UnitSettings)
    for field in dataclasses.fields(UnitSettings):
        line = next(k for k, text in enumerate(source.splitlines()) if text.strip().startswith(f"{field.name}:"))
        assert source.splitlines()[line - 1].strip().startswith("#:"), field.name


def test_link_score_terms_follow_the_settings():
    from pressie.units import UnitSettings

    explain: dict = {}
    assembled(SHORT_TOPICAL_TAIL, explain=explain)
    doubled: dict = {}
    assembled(SHORT_TOPICAL_TAIL, UnitSettings(distance_weight=0.06), explain=doubled)
    assert explain.keys() == doubled.keys() and explain
    for pair, terms in explain.items():
        distance = dict(terms)["distance"]
        assert distance == pytest.approx(-0.03 * (pair[0] - pair[1]))
        assert dict(doubled[pair])["distance"] == pytest.approx(2 * distance)


def test_a_far_tail_links_only_within_the_link_distance():
    from pressie.units import UnitSettings

    explain: dict = {}
    assembled(SHORT_TOPICAL_TAIL, UnitSettings(max_link_distance=1), explain=explain)
    assert explain and all(t - h <= 1 for t, h in explain)


CREDITED_BRIEF = """县域经济
县住建委
全县城市管理工作推进会召开
本报讯(记者 马红)11月5日上午,全县城市管理工作推进会召开,副县长刘海涛出席会议并讲话。会议通报了前一阶段工作情况,
石门镇开展冬季防火检查
11月4日,石门镇组织工作人员对辖区加油站、养老院等重点场所开展冬季防火安全检查,共排查隐患12处。
并对下一步工作进行了安排部署。刘海涛强调,各部门要压实工作责任,确保各项任务落到实处。
近日,县供电公司组织党员志愿者深入田间地头,为农户检修灌溉线路,受到群众欢迎。(张敏)
"""


def test_dated_paragraph_with_its_own_credit_is_a_brief():
    blocks, furniture, arts = units(CREDITED_BRIEF)
    assert [1, 2, 3, 6] in blocks
    assert [7] in blocks
    assert furniture == [0]


SUBTITLE_AND_BYLINE = """县域新闻
我县召开民营企业座谈会
——听取企业家意见建议 助力企业纾困解难
本报记者 陈晨 通讯员 刘洋
本报讯 6月12日下午,我县召开民营企业座谈会,20余位企业家代表参加座谈。
座谈会上,企业家代表围绕融资难、用工难等问题提出了意见建议。
"""


def test_dash_subtitle_and_byline_stay_with_their_headline():
    page = pressie.extract(SUBTITLE_AND_BYLINE)
    assert [b.role for b in page.blocks][1:4] == ["headline", "subtitle", "byline"]
    assert [list(a.blocks) for a in page.articles] == [[1, 2, 3, 4, 5]]
    assert page.articles[0].subtitle.text.startswith("——")


FLOATING_HEAD = """要闻
县政府召开第12次常务会议
本报讯(记者 吴静)8月3日,县长周明远主持召开政府常务会议,研究部署秋粮生产等工作。
会议听取了全县秋粮生产情况汇报。会议指出,今年以来,全县上下克服
县卫健局
“健康义诊”进乡村
本报讯(通讯员 马莉)8月2日,县卫健局组织30余名医务人员深入青山镇开展义诊志愿服务活动。
“真是太方便了,在家门口就能看上专家。”前来就诊的村民说。
高温干旱等不利因素影响,秋粮长势总体良好。会议要求,各乡镇要抓好田间管理。
青山镇党委书记何伟陪同义诊,并向医务人员表示感谢。
"""


def test_a_tail_below_a_linked_paragraph_follows_its_own_topic():
    # Block 8 continues the meeting (it lands below the clinic article); block 9 belongs to
    # the clinic article, not to the meeting paragraph right above it.
    blocks, _, _ = units(FLOATING_HEAD)
    assert [1, 2, 3, 8] in blocks
    assert [4, 5, 6, 7, 9] in blocks


TWO_SECTIONS = """县域新闻
从坐班办事到上门办事 城东街道助企发展
□本报记者 张婷
“最近订单怎么样?有什么难处需要街道帮忙?”4月10日,城东街道干部走访辖区企业,了解企业诉求。
今年,城东街道干部人人联系企业,从坐班办事到上门办事,助力企业发展。
靠前服务 从“企业找街道”到“街道送服务”
今年,城东街道干部分片走访企业,从坐班办事到上门办事,为企业排忧解难,助力企业发展。
党建引领
楼宇经济擦亮“金名片”
3月25日,城东街道楼宇党建驿站在商贸大厦挂牌,入驻的楼宇企业可在这里办理政策咨询、党建指导等事项。
"""


def test_a_second_section_heading_with_its_own_label_stays_in_the_article():
    page = pressie.extract(TWO_SECTIONS)
    assert [list(a.blocks) for a in page.articles] == [[1, 2, 3, 4, 5, 6, 7, 8, 9]]
    assert [page.blocks[i].role for i in (5, 7, 8)] == ["subhead"] * 3


TITLE_WAITS_FOR_NAME = """要闻
全县经济工作会议召开
本报讯 10月17日,全县经济工作会议召开。县长孙立群要求,各部门要拿出敢闯敢干的劲头破解发展难
赤山镇召开安全生产例会
本报讯 3月20日上午,赤山镇召开安全生产例会。镇长王刚主持会议,镇党委委员、副镇长
题。同时,要改进作风,抓好生产,推动各项工作见到实效。
李明,镇党委委员、宣传委员黄丽出席会议。
"""


def test_a_title_cut_at_the_column_end_waits_for_a_name():
    # "…副镇长" continues with "李明,…", not with "题。…" right below it (that ends "发展难|题").
    blocks, _, _ = units(TITLE_WAITS_FOR_NAME)
    assert blocks == [[1, 2, 5], [3, 4, 6]]


DATED_BRIEF_BELOW = """要闻
县长一线检查防汛工作
本报讯 7月9日晚上,县长钟国华深入圩区一线检查防汛工作,察看堤段险情处置情况。
钟国华要求,要加派人手巡堤查险,坚决打好防汛这场硬仗。
2016年春节将至,为确保敬老院老人度过一个平安祥和的节日,该镇开展敬老院安全大检查。
该镇抽调民政、安监、消防等部门工作人员,对敬老院消防设施、用电线路进行全面排查。
"""


def test_a_dated_unrelated_paragraph_below_a_finished_article_opens_a_brief():
    blocks, _, _ = units(DATED_BRIEF_BELOW)
    assert [1, 2, 3] in blocks and [4, 5] in blocks


# Real page texts: the shapes of e-paper and crawled pages (all texts invented).

FEATURE_WITH_SECTIONS = """让老街坊住得更舒心（城市更新观察）
核心阅读
老旧小区改造，怎样既改得好又住得好？记者走访了三个社区。
青石街社区去年启动改造，先后铺设管网二点三公里，加装电梯十二部。
改造之前，社区先请居民投票，定下了改造的项目清单。
改 造
施工队进场后，社区每周召开一次居民议事会，把问题摆在桌面上。
居民王大爷说，管网换了新的，冬天暖气再也不凉了。
管 护
改造完成后，社区成立了物业管理委员会，居民自己管自己的楼。
物业费按月公示，每一笔支出都贴在楼门口。
东湖港区开通新航线
本报青州5月6日电（记者 林海）5月6日，东湖港区开通至南洋的集装箱航线。
新航线每周一班，预计全年运送货物十万标箱。
"""


def test_section_heads_stay_in_a_feature_and_a_news_lead_opens_the_next_article():
    blocks, _, arts = units(FEATURE_WITH_SECTIONS)
    assert blocks == [list(range(0, 11)), [11, 12, 13]]
    page = pressie.extract(FEATURE_WITH_SECTIONS)
    assert [page.blocks[i].role for i in (1, 5, 8)] == ["subhead"] * 3  # the box label and two section heads


HEAD_WITH_DECKS = """第一版
以项目建设为抓手，推动县域经济高质量发展
三江县重点项目集中开工
总投资八十亿元，涉及产业、交通、民生三大领域
本报讯（记者 方晴）3月12日，三江县举行重点项目集中开工仪式，二十个项目同时开工。
县长赵明宣布项目开工。
北山镇开展植树活动
本报讯（记者 方晴）3月12日，北山镇组织干部群众在荒山上植树一千余棵。
"""


def test_decks_above_and_below_a_headline_belong_to_its_article():
    blocks, furniture, arts = units(HEAD_WITH_DECKS)
    assert blocks == [[1, 2, 3, 4, 5], [6, 7]]
    assert arts[0].headline.text == "三江县重点项目集中开工"
    assert arts[0].subtitle.text.startswith("总投资八十亿元")


BLANK_SEPARATED = """市场监管局抽检节日食品
春节前夕，市场监管局抽检了月饼、汤圆等节日食品一百二十批次。
抽检结果全部合格，结果已在网上公布。

图书馆延长开放时间
寒假期间，市图书馆每天开放到晚上九点。
馆内还为中小学生开设了阅读课。
图书馆负责人介绍，阅读课不收费。

冬泳爱好者迎新春
1月1日，百余名冬泳爱好者在西河游泳迎接新年。
"""


def test_blank_lines_separate_articles_where_the_text_uses_them():
    blocks, _, _ = units(BLANK_SEPARATED)
    assert blocks == [[0, 1, 2], [3, 4, 5, 6], [7, 8]]


def test_blank_lines_between_every_line_say_nothing():
    from pressie.layout import blank_before, split_blocks
    assert blank_before(split_blocks(CLOSING_BYLINES.replace("\n", "\n\n"))) == frozenset()
    assert blank_before(split_blocks(BLANK_SEPARATED)) == frozenset({3, 7})


CLOSING_BYLINES = """封控中的好邻居们互帮互助
封控期间，多个社区的居民互帮互助，共渡难关。
送菜上门
独居的李阿婆买菜不便，邻居小张每天替她买菜送到门口。
小张说，远亲不如近邻，能帮就帮。
本报记者  陈立
帮忙配药
居民老周需要长期服药，楼组长王阿姨每周跑一趟医院帮他配药。
王阿姨说，老周一个人住，大家多照应。
本报记者  孙敏  通讯员  刘强
"""


def test_stories_closed_by_their_own_bylines_are_units_of_their_own():
    blocks, _, _ = units(CLOSING_BYLINES)
    assert blocks == [[0, 1], [2, 3, 4, 5], [6, 7, 8, 9]]


NUMBERED_PACKAGE = """帮侬忙
热线一周办结的求助
上周热线共收到求助三百余件，记者挑选部分求助，请有关部门协助解决。
生活保障
1.浦江镇阳光小区的李女士求助，家中八十岁的老人行动不便，小区封闭后买不到米面，希望社区帮忙采购。记者联系居委会后，当天下午志愿者就把米面送上了门，李女士表示感谢。
2.城南街道的王先生求助，孩子的奶粉快喝完了，附近几家超市都没有货，网上下单也迟迟不能送达，家里人非常着急。记者联系街道，街道协调一家母婴店送来两罐奶粉，王先生连声道谢。
3.家住北湖新村的赵老伯求助，他患高血压多年，降压药只剩两天的量，自己腿脚不便无法出门去医院。记者联系社区卫生服务中心，医生第二天就上门送来了药，还给他量了血压。
本版编辑：周丽
"""


def test_a_numbered_package_gives_a_unit_per_story_under_its_label():
    blocks, furniture, _ = units(NUMBERED_PACKAGE)
    assert blocks == [[1, 2], [4], [5], [6]]
    assert furniture == [0, 3, 7]  # the page's section, the package's label, the editor's credit


PAGE_FURNITURE = """南岭县开展安全生产大检查
本报讯（记者 罗兰）9月3日，南岭县组织检查组对全县危化品企业开展安全生产大检查。
检查组要求企业落实主体责任，消除安全隐患。
版式设计：吴 桐
西坪村的新路
本报讯（记者 罗兰）西坪村通往县城的公路近日建成通车，村民出行时间缩短了一半。
村民说，以前进城要走两个小时，现在半个小时就到了。
杨  帆摄（影像中国）
广告
"""


def test_page_credits_and_adverts_are_furniture_and_a_photo_credit_closes_its_article():
    blocks, furniture, _ = units(PAGE_FURNITURE)
    assert furniture == [3, 8]
    assert blocks == [[0, 1, 2], [4, 5, 6, 7]]
    page = pressie.extract(PAGE_FURNITURE)
    assert page.blocks[7].role == "byline"


def test_full_width_punctuation_reads_as_half_width():
    half = FEATURE_WITH_SECTIONS.replace("，", ",").replace("（", "(").replace("）", ")")
    assert units(half)[0] == units(FEATURE_WITH_SECTIONS)[0]


REPORTERS_NOTE = """人大代表王兰：让秸秆变废为宝（履职故事）
本报济南5月9日电（记者 周海）去年两会上，王兰代表提交了秸秆综合利用的建议。
今年，王兰又走访了五家企业，把秸秆做成了有机肥。
办实事要办到心坎上（记者手记）
王兰常说，人大代表要为群众尽心办事。
一年跑了五家企业，她说值得。
国务院公布一批人事任免
新华社北京5月9日电  国务院日前公布一批人事任免。
"""


def test_a_reporters_note_tagged_in_its_headline_stays_in_its_article():
    blocks, _, _ = units(REPORTERS_NOTE)
    assert [sorted(b) for b in blocks] == [[0, 1, 2, 3, 4, 5], [6, 7]]


INTRO_THEN_DATE = """广州明确传统早茶食品24小时现制
一盅两件，得闲饮茶。这份延续了百年的生活方式，如今有了依据。
4月1日，新的地方规定正式施行，明确有关点心应当现做现卖。
立法明确，早茶食品的制作技艺将被列入保护名录。
冰箱里的冻肉别放太久
猪排、鸡翅、牛肉片，很多家庭的冰箱里都冻着不少肉。
"""


def test_a_dated_paragraph_below_an_articles_first_paragraph_continues_it():
    page = pressie.extract(INTRO_THEN_DATE, mode="page")
    assert [sorted(a.blocks) for a in page.articles] == [[0, 1, 2, 3], [4, 5]]


HEADLESS_LEAD = """城东区召开安全生产会议
本报讯（记者 周明）4月2日，城东区召开安全生产会议，部署近期工作。
会议要求，各单位要压实责任，确保安全。
本报讯（通讯员 李华）4月3日，城西街道组织居民开展消防演练，两百余名居民参加。
演练结束后，消防员为居民讲解了灭火器的用法。
城南社区举办义诊
本报讯 4月4日，城南社区邀请医生为居民义诊。
"""


def test_a_news_lead_without_a_headline_opens_an_article_of_its_own():
    page = pressie.extract(HEADLESS_LEAD, mode="page")
    assert [sorted(a.blocks) for a in page.articles] == [[0, 1, 2], [3, 4], [5, 6]]


AUTHOR_CLOSED = """基层动态
区民政局
市领导检查督办安全生产工作
□本报记者 金华
10月15日，副市长叶旭深入企业督查消防安全工作。
叶旭要求，各部门要压实责任，为群众守好安全生产底线。（曾旭）
县政府重点工作周交办会议召开
8月22日，县长朱光主持召开县政府重点工作周交办会议，研究部署近期工作。
"""


def test_an_article_closed_by_its_authors_name_is_followed_by_a_new_one():
    page = pressie.extract(AUTHOR_CLOSED, mode="page")
    assert [sorted(a.blocks) for a in page.articles] == [[1, 2, 3, 4, 5], [6, 7]]


def test_several_decks_are_all_kept_in_subtitles():
    text = ("要闻\n区委召开常委会\n以新发展理念引领高质量发展，推动各项任务落到实处\n——全区上下凝心聚力谋发展\n"
            "本报讯 3月6日上午,区委召开常委会,区委书记张明主持会议。\n会议要求,各单位要抓好落实。\n"
            "街道开展义诊活动\n本报讯 3月5日,街道组织志愿者开展义诊活动,服务居民200余人。\n")
    for mode in ("page", "article"):
        article = pressie.extract(text, mode=mode).articles[0]
        assert [s.text for s in article.subtitles] == ["以新发展理念引领高质量发展，推动各项任务落到实处", "——全区上下凝心聚力谋发展"]
        assert article.subtitle == article.subtitles[0]
        for span in article.subtitles:
            assert text[span.start:span.end] == span.text


def test_numbered_heading_in_brackets():
    # "（二）…" and "(1)…" open a numbered section heading; a stray bracket does not.
    from pressie.units import _NUMBERED
    assert _NUMBERED.match("（二）强化组织保障")
    assert _NUMBERED.match("(1)压实责任")
    assert not _NUMBERED.match("(一]]）压实责任")


def _dense_hungarian(candidates):
    """The dense e-maxx Hungarian the sparse one replaces (every non-candidate cell a big cost)."""
    tails = sorted({c[1] for c in candidates})
    heads = sorted({c[2] for c in candidates})
    by_pair = {(c[1], c[2]): c for c in candidates}
    n, m = len(tails), len(heads) + len(tails)
    big = 1e9
    cost = [[big] * (m + 1) for _ in range(n + 1)]
    for i, t in enumerate(tails, 1):
        for j, h in enumerate(heads, 1):
            if (t, h) in by_pair:
                cost[i][j] = -by_pair[(t, h)][0]
        cost[i][len(heads) + i] = 0.0
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [float("inf")] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], float("inf"), 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0][j] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [by_pair[(tails[p[j] - 1], heads[j - 1])] for j in range(1, len(heads) + 1)
            if p[j] and (tails[p[j] - 1], heads[j - 1]) in by_pair]


@given(st.lists(st.tuples(st.sampled_from([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.2, 7.0]) | st.floats(0.41, 12),
                          st.integers(1, 25), st.integers(0, 24)), max_size=70))
@settings(max_examples=300)
def test_the_sparse_matching_makes_the_choices_of_the_dense_one(raw):
    """Ties included (weights drawn from a few values): the same pairs in the same order."""
    from pressie.units import _hungarian

    cands = list({(t, h): (w, t, h, 0, False) for w, t, h in raw if h < t}.values())
    assert _hungarian(cands) == _dense_hungarian(cands)


def test_the_units_read_the_vocabulary_given():
    """Every word the assembly reads (start and end classes, box labels, titles) comes from the
    vocabulary passed in: a vocabulary whose layout words are broken fails there."""
    from pressie.errors import ResourceError
    from pressie.layout import assign_roles, split_blocks
    from pressie.units import assemble_units
    from pressie.vocabulary import Vocabulary

    class Broken(Vocabulary):
        def data(self, name):
            return {} if name == "layout_words" else super().data(name)

    blocks = assign_roles(split_blocks("东湖区召开春耕会议\n本报讯 区委部署春耕工作。\n"))
    assemble_units(blocks)
    with pytest.raises(ResourceError, match="layout_words"):
        assemble_units(blocks, vocabulary=Broken())


# -- Scoring in bulk and the page's bigram similarity -------------------------------------------

def _page_inputs(text):
    from pressie.core import _names_by_block

    blocks = list(pressie.extract(text, until="layout").blocks)
    return blocks, _names_by_block(blocks, pressie.extract(text, until="units").people)


def _rounds(blocks, names, settings, **scorer):
    """Both rounds of candidate links of a page as _assign scores them, with a scorer made with ``scorer``."""
    from pressie.units import _best_links, _chain_contexts, _page_features, _Scorer

    f = _page_features(blocks, names, settings)
    explain = scorer.pop("explain", None)
    s = _Scorer(f, settings, explain, **scorer)
    first = s.candidates()
    refined = _chain_contexts(_best_links(first, settings.max_matched_tails), f.floating, f.unit_grams, f.grams,
                              f.prev_body, settings.max_chain)
    f.heads.context = {**f.heads.context, **refined}
    return first, (s.candidates(set(refined)) if refined else None)


# A page with a repeated seam, a jump-line pair, an open quote, a dated opening and shared names.
SCORED = """要闻
全县召开春耕生产推进会
本报讯(记者 周明)3月2日,全县春耕生产推进会召开。县委书记陈立新说:“要抓住农时抢种抢收,
南湖社区开展义诊活动
本报讯(记者 周明)3月3日,南湖社区邀请县医院医生为居民义诊,120余名居民受益。
农时抢种抢收,确保春耕生产有序推进。”陈立新要求各乡镇做好农资保障。(下转第二版)
3月4日,县农业农村局组织技术人员下乡,指导农户开展春耕备耕工作。
医生们为居民测量血压、讲解健康知识,受到居民好评。
(上接第一版)各乡镇要加强督导检查,陈立新强调。
"""


@pytest.mark.parametrize("name", ["SCORED", "TAIL_AFTER_TWO", "THREE_WAY", "LOST", "JUMP", "SHORT_TOPICAL_TAIL",
                                  "CREDITED_BRIEF", "FLOATING_HEAD", "TITLE_WAITS_FOR_NAME", "DATED_BRIEF_BELOW",
                                  "AUTHOR_LINE", "VOICES", "HEADLINE_WORDS", "SUBHEADS"])
def test_links_scored_in_bulk_are_the_links_scored_pair_by_pair(name):
    """Without an explanation the pairs are scored as arrays; the candidates (scores to the last
    bit) are those of scoring pair by pair, with sum() or by the explained terms, in both rounds."""
    from pressie.units import UnitSettings

    blocks, names = _page_inputs(globals()[name])
    for settings in (UnitSettings(), UnitSettings(min_overlap=2, max_link_distance=4, relative_similarity_weight=0.5)):
        bulk = _rounds(blocks, names, settings)
        assert bulk == _rounds(blocks, names, settings, by_pair=True)
        assert bulk == _rounds(blocks, names, settings, explain={})
        assert bulk[0], name  # something to compare


def test_a_scored_page_links_its_seam_and_its_jump_lines():
    explain: dict = {}
    blocks = assembled(SCORED, explain=explain)
    assert [1, 2, 5, 8] in blocks and [3, 4, 7] in blocks
    assert dict(explain[(5, 2)])["overlap"] > 6 and "open quote" in dict(explain[(5, 2)])
    assert blocks == assembled(SCORED)


_HAN = "春耕生产农时会议推进社区居民"


@given(st.lists(st.text(alphabet=_HAN + ",。 a1", max_size=30), min_size=1, max_size=9),
       st.lists(st.lists(st.integers(0, 8), max_size=5), min_size=1, max_size=6), st.data())
@settings(max_examples=150, deadline=None)
def test_page_bigram_similarity_is_the_counted_cosine_either_way(texts, profiles, data):
    """The Gram matrix and the bigram-by-bigram sums give the cosine of summed bigram counts,
    to the last bit (a tail compared by the bigrams other blocks share, with its whole norm)."""
    from collections import Counter
    from math import sqrt

    import regex

    from pressie._unitsim import PageGrams

    blocks = dict(enumerate(texts))
    counted = sorted(data.draw(st.sets(st.sampled_from(sorted(blocks)))))
    dense, sparse = PageGrams(blocks, counted), PageGrams(blocks, counted, dense_blocks=-1)
    assert dense.dense and not sparse.dense

    def grams(i):
        han = regex.sub(r"[^\p{Han}]", "", blocks[i])
        return Counter(a + b for a, b in zip(han, han[1:]))

    def total(group):
        out = Counter()
        for i in set(group):
            if i in counted:
                out.update(grams(i))
        return out

    def cosine(a, b, norm_a=None):
        na = sqrt(sum(v * v for v in a.values())) if norm_a is None else norm_a
        nb = sqrt(sum(v * v for v in b.values()))
        return sum(v * b[k] for k, v in a.items()) / (na * nb) if na and nb else 0.0

    for a in profiles:
        for b in profiles:
            assert dense.cosine(a, b) == sparse.cosine(a, b) == cosine(total(a), total(b))
    tails = [t for t in counted if t not in {i for p in profiles for i in p}]
    others = Counter(k for i in counted for k in grams(i))
    for got in (dense.cosines(tails, [tuple(p) for p in profiles]), sparse.cosines(tails, [tuple(p) for p in profiles])):
        for t in tails:
            mine = grams(t)
            shared = Counter({k: v for k, v in mine.items() if others[k] > v or sum(k in grams(i) for i in counted) > 1})
            assert [got[t][j] for j in range(len(profiles))] == \
                [cosine(shared, total(p), sqrt(sum(v * v for v in mine.values()))) for p in profiles]
    for i in blocks:
        keys = dense.keys(i)
        assert len(keys) == len(set(grams(i)))
        assert all(dense.left_key(k[0]) | dense.right_key(k[1]) in keys for k in grams(i))


def test_a_text_of_furniture_only_has_no_article():
    page = pressie.extract("hello world")
    assert page.articles == () and page.furniture == (0,)


_ENDINGS = ["。", "(张明)", "(记者 王红 李清)", "。(通讯员 赵一)  ", "本报记者 刘洋", "记者 陈·阿里", "通讯员 阿·", "特约通讯员 何方 吴江",
            "(下转第二版)", "(转第4版)", "续见B3版 ", "下转", "(作者系某校教师)", "·", ")", "）", " ", "", "\u3000"]


@given(st.text(alphabet="春耕生产记者通讯员本报下转第版续见() ()·。,\n", max_size=30), st.sampled_from(_ENDINGS))
@settings(max_examples=300)
def test_the_cheap_end_tests_answer_as_their_patterns(body, ending):
    """A credit or a jump line closing a text is found as the patterns find it, with the cheap
    tests before them."""
    from pressie.units import _CLOSING_CREDIT, _CREDIT_END, _JUMP_OUT, _ends_in_credit, _jump_out

    text = body + ending
    assert _ends_in_credit(text) == bool(_CREDIT_END.search(text) or _CLOSING_CREDIT.search(text))
    found, expected = _jump_out(text), _JUMP_OUT.search(text)
    assert (found and found.span()) == (expected and expected.span())


_BRIEFS = ("◆3月2日,南岭镇组织志愿者为留守老人理发。\n"
           "◆3月3日,县人大常委会召开主任会议。\n"
           "◆3月4日,县政协副主席韦明带队到北坡村调研。\n")
_PHOTOS = ("3月2日,南岭镇志愿者为留守老人理发。(罗成 摄)\n"
           "3月3日,北坡村村民在田间插秧。(韦丽 摄)\n")


@pytest.mark.parametrize("text,units", [(_BRIEFS, 3), (_PHOTOS, 2)])
def test_a_brief_column_or_a_photo_page_reads_as_a_page_of_several_units(text, units):
    from pressie.layout import page_layout, split_blocks
    from pressie.units import looks_like_page
    assert looks_like_page(list(page_layout(split_blocks(text)).blocks))
    page = pressie.extract(text, published="2021-03-05")
    assert len(page.articles) == units


def test_a_deck_of_two_clauses_over_a_dateline_is_no_cut_paragraph():
    from pressie.layout import page_layout, split_blocks
    from pressie.units import in_reading_order
    text = ("东坪镇开专题会\n"
            "部署秋收秋种和冬季农田水利建设工作；决定发放农机购置补贴和安排防汛抗旱资金,多方发力保丰收促增收\n"
            "　　本报讯 9月8日,镇长王明主持东坪镇专题会,部署秋收工作。\n"
            "　　会上指出,要抓好秋收秋种,做到颗粒归仓。\n")
    assert in_reading_order(list(page_layout(split_blocks(text)).blocks))


def test_a_cut_paragraph_over_a_dateline_still_breaks_reading_order():
    from pressie.layout import page_layout, split_blocks
    from pressie.units import in_reading_order
    text = ("东坪镇开专题会\n"
            "　　本报讯 9月8日,镇长王明主持东坪镇专题会,部署秋收秋种工作。会议要求各村抓好农田水利建设,确保\n"
            "　　本报讯 9月9日,南岭乡召开村干部会议,安排秋季防火工作。\n")
    assert not in_reading_order(list(page_layout(split_blocks(text)).blocks))


def test_one_item_or_one_caption_leaves_an_article_one_article():
    from pressie.layout import page_layout, split_blocks
    from pressie.units import UnitSettings, looks_like_page
    text = "南岭镇开展志愿服务\n3月2日,南岭镇组织志愿者为留守老人理发。\n志愿者为老人理发。(罗成 摄)\n"
    assert not looks_like_page(list(page_layout(split_blocks(text)).blocks))
    blocks = list(page_layout(split_blocks(_PHOTOS)).blocks)
    assert not looks_like_page(blocks, settings=UnitSettings(page_units_min=3))


_PHOTO_LINES = ("图片新闻\n"
                "3月2日,南岭镇志愿者在北坡村为留守老人理发。\n"
                "通讯员 罗成 摄\n"
                "3月3日,北坡村村民在田间插秧。\n"
                "记者 韦丽 摄\n")


def test_a_caption_line_over_its_photo_credit_is_a_captioned_photo():
    page = pressie.extract(_PHOTO_LINES, published="2021-03-05")
    assert [(a.kind, len(a.blocks)) for a in page.articles] == [("photo", 2), ("photo", 2)]


def test_an_articles_last_paragraph_over_a_photo_report_credit_stays_in_the_article():
    text = ("北坡村的春耕\n3月3日,北坡村村民在田间插秧。\n今年全村种植水稻800亩。\n罗成 韦丽 摄\n")
    page = pressie.extract(text, published="2021-03-05", mode="page")
    assert [len(a.blocks) for a in page.articles] == [4]


# Paragraphs indented by two full-width spaces, headlines set flush (as most e-paper texts are).
INDENTED_FEATURE = """老兵归来再出发
　　春节刚过，河湾村的退伍军人周建平就把自家的货车开到了村委会门口。
　　“村里要往山上运树苗，我这车正好用得上。”周建平说，车是去年才买的。
　　冬日守卡点
　　河湾村的检查点设在村口，周建平和村里的几位退伍军人轮流值守，一刻也不离开。
　　夜里气温降到零下十度，老兵们裹着大衣围着炉子，谁也没有叫一声苦。
　　春来忙修渠
　　开春以后，河湾村的水渠需要清淤，周建平和老兵们扛起铁锹，一干就是三天。
　　渠水流进村里的田，乡亲们端来热茶，一个劲儿地向退伍军人道谢。
夜市重开烟火气回来了
　　沿河夜市重新开张，摊位比去年多了一倍，逛夜市的人从傍晚一直排到深夜。
　　摊主们说，今年的生意好做多了。
"""


def test_indented_section_heads_stay_in_the_article_and_a_flush_head_opens_the_next():
    blocks, _, _ = units(INDENTED_FEATURE)
    assert blocks == [list(range(0, 9)), [9, 10, 11]]


def test_a_page_indented_throughout_whose_first_indent_was_lost_keeps_its_articles():
    arts = [["老兵归来再出发", "春节刚过，河湾村的退伍军人周建平就把自家的货车开到了村委会门口。",
             "“村里要往山上运树苗，我这车正好用得上。”周建平说，车是去年才买的。"],
            ["守卡点的老兵们", "河湾村的检查点设在村口，村里的几位退伍军人轮流值守，一刻也不离开。",
             "夜里气温降到零下十度，老兵们裹着大衣围着炉子，谁也没有叫一声苦。"],
            ["修渠的老兵", "开春以后，河湾村的水渠需要清淤，老兵们扛起铁锹，一干就是三天。",
             "渠水流进村里的田，乡亲们端来热茶，一个劲儿地向退伍军人道谢。"],
            ["夜市重开烟火气回来了", "沿河夜市重新开张，摊位比去年多了一倍，逛夜市的人从傍晚一直排到深夜。",
             "摊主们说，今年的生意好做多了。"]]
    text = "\n".join("　　" + line for a in arts for line in a).lstrip() + "\n"
    page = pressie.extract(text, mode="page")
    assert [list(a.blocks) for a in page.articles] == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]


def _chain_contexts_block_by_block(chosen, floating, unit_grams, grams, prev_body, max_chain):
    """Both chains of every floating block followed to their end and compared (what
    _chain_contexts decides from where the chains first differ)."""
    head_of = {t: h for _, t, h, _, _ in chosen}

    def chain(h, step):
        out = [h]
        while out[-1] not in unit_grams and out[-1] in step and len(out) < max_chain:
            out.append(step[out[-1]])
        return out

    changed = {}
    for h in floating:
        linked = chain(h, head_of)
        if linked == chain(h, prev_body):
            continue
        root = linked[-1]
        profile = (unit_grams[root] if root in unit_grams else ()) + tuple(x for x in linked if x not in unit_grams)
        if grams.has_grams(profile):
            changed[h] = profile
    return changed


@given(st.integers(1, 30), st.data())
@settings(max_examples=300, deadline=None)
def test_chain_contexts_are_those_of_following_both_chains_to_their_end(size, data):
    from pressie.units import _chain_contexts

    blocks = list(range(size))
    unit_grams = {i: (i,) for i in data.draw(st.sets(st.sampled_from(blocks)))}
    prev_body = {b: data.draw(st.integers(0, b - 1)) for b in blocks[1:] if data.draw(st.booleans())}
    floating = sorted(data.draw(st.sets(st.sampled_from(blocks))))
    chosen, heads = [], set()
    for t in floating:
        if t and data.draw(st.booleans()):
            h = data.draw(st.integers(0, t - 1))
            if h not in heads:
                heads.add(h)
                chosen.append((1.0, t, h, 0, False))
    counted = data.draw(st.sets(st.sampled_from(blocks)))

    class Grams:
        @staticmethod
        def has_grams(profile):
            return any(i in counted for i in profile)

    max_chain = data.draw(st.integers(1, 8))
    assert _chain_contexts(chosen, floating, unit_grams, Grams, prev_body, max_chain) == \
        _chain_contexts_block_by_block(chosen, floating, unit_grams, Grams, prev_body, max_chain)


def test_a_text_opens_with_a_surname_whether_the_compound_ones_come_as_a_set_or_not():
    from pressie.people import person_lexicon
    from pressie.units import _starts_a_name

    lex = person_lexicon(None)
    compound = frozenset(lex["compound"])
    double = sorted(compound)[0]
    single = sorted(lex["single"])[0]
    for text in (f"  {double}明说", f"{single}明说", "。据介绍", "", double[:1] + "。"):
        assert _starts_a_name(text, lex=lex, compound=compound) == _starts_a_name(text, lex=lex) == _starts_a_name(text)
    assert _starts_a_name(f"  {double}明说", lex=lex, compound=compound)
    assert not _starts_a_name("。据介绍", lex=lex, compound=compound)


@given(st.data())
@settings(max_examples=200)
def test_a_title_at_the_end_is_found_in_the_last_characters_alone(data):
    """A head that ends in a title is found by searching only its last characters, as the whole text finds it."""
    from pressie.people import person_lexicon
    from pressie.records import Block
    from pressie.units import _Head, _page_features, UnitSettings

    lex = person_lexicon(None)
    titles = sorted(lex["position_table"].words)[:40]
    pieces = data.draw(st.lists(st.sampled_from(titles) | st.text(alphabet="镇县委副的,。 \n", max_size=4), max_size=6))
    text = "".join(pieces) + data.draw(st.sampled_from(["", " ", "\n"]))
    head = _Head(Block(index=0, start=0, end=len(text), text=text, role="body"), "open", "open", set(), set(), (), False,
                 lex, _page_features([], {}, UnitSettings()).grams)
    assert head.title_end == bool(lex["position_end"].search(text.rstrip()))


def test_in_sorted_is_isin_for_sorted_keys():
    import numpy as np

    from pressie.lexicon import in_sorted

    rng = np.random.default_rng(7)
    for size in (0, 1, 5, 40):
        keys = np.sort(rng.choice(100, size=size, replace=False)).astype(np.int64)
        values = rng.integers(-5, 110, size=200).astype(np.int64)
        assert (in_sorted(values, keys) == np.isin(values, keys)).all()
