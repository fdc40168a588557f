import pytest
from hypothesis import given, strategies as st

from pressie.layout import assign_roles, end_class, split_blocks, start_class

PAGE = """县域快讯

稳字当头 进字为先
城东区召开春季安全生产会议
本报讯(记者 周明)4月2日,城东区召开春季安全生产会议,区长钱立出席会议并讲话。
会议要求,各单位要压实责任。

区农业农村局
春耕备耕有序推进
□本报记者 何芳
连日来,各乡镇抢抓农时,田间地头一片繁忙。
4月1日,志愿者在广场开展义诊。(郑小龙 摄)
建设美丽家园
"""


def test_blocks_are_non_blank_lines_with_exact_spans():
    blocks = split_blocks(PAGE)
    assert len(blocks) == 11
    for b in blocks:
        assert PAGE[b.start:b.end] == b.text and b.text.strip()
    assert [b.index for b in blocks] == list(range(11))


def test_crlf_and_several_newlines():
    text = "标题\r\n\r\n\r\n正文第一段。\r\n正文第二段。"
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == ["标题", "正文第一段。", "正文第二段。"]


def test_roles():
    roles = [b.role for b in assign_roles(split_blocks(PAGE))]
    assert roles == ["section", "overline", "headline", "body", "body", "kicker", "headline", "byline",
                     "body", "caption", "furniture"]


def test_kicker_by_shape_not_by_word():
    page = "市场新闻\n镇综治办\n巡逻队夜查隐患\n4月3日晚,镇综治办组织巡逻队开展夜查。\n"
    roles = [b.role for b in assign_roles(split_blocks(page))]
    assert roles[1] == "kicker" and roles[2] == "headline"


@pytest.mark.parametrize("text,expected", [
    ("会议结束。", "closed"), ("他说:“好。”", "closed"), ("为保障安全、", "open_strong"),
    ("公共区域卫生", "open"), ("做好服务,", "open_strong"), ("按要求的", "open_strong"),
])
def test_end_class(text, expected):
    assert end_class(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("的安全有序,引导群众排队。", "particle"), (",并表示感谢。", "punct"), ("到位。”他说。", "quote_close"),
    ("本报讯(记者 王五)3月1日,", "lead"), ("4月2日,城东区召开会议。", "weak_lead"), ("新华社北京3月1日电 记者", "lead"),
    ("确保经济平稳;要加强领导。", "clause"), ("大家纷纷表示赞同。", "normal"),
    ("根据县农业局《关于做好秋粮收储工作的通知》要求,该乡召开会议。", "weak_lead"),
    ("根据群众反映的问题,我们及时整改。", "normal"),
    ("2016年春节将至,为确保老人们度过一个祥和的春节,该镇开展检查。", "weak_lead"),
    ("在中秋佳节来临之际,镇领导走访看望独居老人。", "weak_lead"),
])
def test_start_class(text, expected):
    assert start_class(text) == expected


WEB_PAGE = """首页|新闻中心|电视点播|专题专栏|视听
城南社区志愿者义务清扫积雪
来源: 作者: 发表时间:02-13 09:33
本网讯 2月12日,城南社区组织20余名志愿者义务清扫小区道路积雪,方便居民出行。
【责任编辑:李明】
用户评论
已有0人评论
"""


def test_web_page_frame_is_furniture():
    import pressie

    page = pressie.extract(WEB_PAGE)
    (article,) = page.articles
    assert article.headline.text == "城南社区志愿者义务清扫积雪"
    assert list(article.blocks) == [1, 3]
    assert list(page.furniture) == [0, 2, 4, 5, 6]


@pytest.mark.parametrize("path", ["当前位置: 首页 > 工作动态 > 正文", "您的位置：城南网 » 城南新闻 » 正文",
                                  "首页>>新闻中心>>乡镇动态>>内容", "当前位置：首页 > 正文"])
def test_a_web_pages_path_is_furniture(path):
    import pressie

    page = pressie.extract(path + "\n" + WEB_PAGE.split("\n", 1)[1])
    assert 0 in page.furniture


def test_what_a_web_pages_path_names_is_no_body_of_the_page():
    import pressie

    text = "首页>>新闻中心>>乡镇动态>>内容\n" + WEB_PAGE.split("\n", 1)[1]
    assert "新闻中心" not in [o.text for o in pressie.extract(text).orgs]


@pytest.mark.parametrize("line", ["温度>30℃,湿度>80%的天气持续了三天", "他说：甲>乙",
                                  "按照先急后缓、先重点后一般的顺序>逐项落实>确保不留死角和盲区"])
def test_arrows_in_a_sentence_are_no_path(line):
    assert [r for _, r in roles_of(line + "\n")] != ["furniture"]


# Real page texts (all invented): labels, credits, decks, packages.

def roles_of(text):
    return [(b.text.strip(), b.role) for b in assign_roles(split_blocks(text))]


def test_layout_word_classes_load_and_are_word_lists():
    from pressie.layout import layout_words
    words = layout_words()
    assert {"box_labels", "page_credit_roles", "item_credit_roles", "photo_agencies", "advert_labels",
            "source_credit_openers"} <= set(words)
    assert all(words[k] and all(w and " " not in w for w in words[k]) for k in words)


def test_box_labels_and_credits_by_class():
    from pressie.layout import is_box_label, is_item_credit, is_page_credit
    assert is_box_label("核心阅读") and is_box_label("【编者按】") and is_box_label("■记者手记")
    assert not is_box_label("核心阅读的意义在哪里")
    assert is_page_credit("版式设计：吴 桐") and is_page_credit("本版制图：张丹") and is_page_credit("广告")
    assert not is_page_credit("版式设计要简洁，让读者一眼看清重点。")
    assert is_item_credit("制图：李明") and is_item_credit("杨  帆摄（影像中国）") and is_item_credit("新华社记者  王强摄")
    assert not is_item_credit("他一连拍了三天，终于拍到了雪豹。") and not is_item_credit("全民摄影")


def test_decks_around_a_headline_and_over_a_byline_are_heads():
    text = ("以项目建设为抓手，推动县域经济高质量发展\n三江县重点项目集中开工\n总投资八十亿元，涉及产业、交通、民生三大领域\n"
            "本报讯（记者 方晴）3月12日，三江县举行重点项目集中开工仪式。\n")
    assert [r for _, r in roles_of(text)] == ["overline", "headline", "subtitle", "body"]
    top = "霍河停航，航运公司齐涨价\n本地船商承诺“不加价”！\n记者 夏雨\n这两天，船商老朱在航运圈火了。\n"
    assert [r for _, r in roles_of(top)][:3] == ["overline", "headline", "byline"]


def test_a_cut_line_over_a_headline_stays_body():
    # On a composed page a paragraph cut at the column's end may sit right above the next headline.
    text = ("城东街道召开例会\n本报讯 5月6日，城东街道召开例会，部署近期工作。\n"
            "最后，街道主任从改变思想观念、强化组织领导、形成攻坚合力三个方面提出\n城西社区举办义诊\n"
            "本报讯 5月6日，城西社区举办义诊活动。\n")
    assert roles_of(text)[2][1] == "body"


def test_short_line_between_two_paragraphs_is_a_subhead():
    text = ("老街改造见成效\n今年以来，老街完成了管网改造。\n琐事不出网格，小事不出社区\n"
            "社区把老街划成六个网格，每格都有网格员。\n")
    assert roles_of(text)[2][1] == "subhead"
    cut = ("老街改造见成效\n今年以来，老街完成了管网改造。\n琐事不出网格，小事不出\n社区，网格员每天巡查。\n")
    assert roles_of(cut)[2][1] != "subhead"  # the line below finishes it


def test_department_line_between_paragraphs_is_not_a_kicker():
    text = ("退役老兵在行动\n疫情发生后，老兵们纷纷请战。\n紧急驰援建医院\n“再累也得坚持！”老兵们说。\n")
    assert roles_of(text)[2][1] != "kicker"
    assert roles_of("区民政局\n养老服务再升级\n本报讯 近日，区民政局出台新措施。\n")[0][1] == "kicker"


def test_a_source_line_under_a_paragraph_closes_its_article():
    from pressie.layout import is_source_credit
    assert is_source_credit("据新华社") and is_source_credit("综合钦南发布、红星新闻")
    assert not is_source_credit("据介绍，今年全市新增绿地一百公顷。")
    text = "海豚保护区扩大\n近日，海豚保护区面积扩大了一倍。\n据新华社\n早茶立法\n4月1日，早茶保护规定施行。\n"
    assert roles_of(text)[2][1] == "byline"


def test_a_line_of_two_clauses_after_a_paragraph_closing_with_its_source_is_a_headline():
    text = ("海豚保护区扩大\n近日，海豚保护区面积扩大了一倍。据新华社\n"
            "一座桥修了三年，只通一头\n近日，一位市民拍下一座只通一头的新桥。\n")
    assert roles_of(text)[2][1] == "headline"
    from pressie import extract
    assert [a.headline.text for a in extract(text).articles] == ["海豚保护区扩大", "一座桥修了三年，只通一头"]
    # without the source the line stays in the text (a paragraph cut at a column's end may look so)
    plain = text.replace("据新华社", "")
    assert roles_of(plain)[2][1] != "headline"
    assert roles_of(text.replace("据新华社", "（据新华社）"))[2][1] == "headline"
    # a clause of the text after the last full stop names no source
    told = ("义诊进社区\n本报讯 3月5日，医生们来到东湖社区为居民义诊。据统计，活动共服务群众三百余人\n"
            "志愿者们表示，将继续参与服务\n下一步，社区将定期开展此类活动。\n")
    assert len(extract(told, mode="page").articles) == 1
    for tail in ("据悉全县共有党员三万人", "来源于群众", "综合整治"):
        assert len(extract(told.replace("据统计，活动共服务群众三百余人", tail), mode="page").articles) == 1, tail


def test_a_display_line_may_end_with_a_book_title():
    text = "市人社局、市财政局印发《技能培训补贴办法》\n每人每年可领两次补贴\n本报讯 近日，市人社局、市财政局联合印发新办法。\n"
    assert roles_of(text)[0][1] == "overline"
    # right under its headline it is the headline's subtitle
    under = "我县召开干部大会\n以案为鉴警钟长鸣，深入学习《条例》\n本报讯 3月5日，我县召开干部大会。\n"
    assert [r for _, r in roles_of(under)][:2] == ["headline", "subtitle"]
    # between two paragraphs such a line is text (its full stop lost), no subhead
    body = "县委召开常委会\n本报讯 3月5日，县委召开常委会会议。\n县委书记王刚主持会议，副书记李强传达《条例》\n会议要求，各级要抓好落实。\n"
    assert roles_of(body)[2][1] == "body"


def test_signature_under_a_paragraph_is_a_byline():
    text = ("春天的跑道\n今天我们在樱花跑道上跑了五公里，我第一次坚持到了终点。\n——城南小学三（2）班 李小雨\n")
    assert roles_of(text)[2][1] == "byline"
    assert roles_of("为百姓，他不曾犹豫\n——追记殉职干部李华\n他走的那天，下着大雨。\n")[1][1] == "subtitle"


def test_numbered_stories_form_a_package_and_numbered_points_do_not():
    from pressie.layout import numbered_items
    story = "家住东湖新村的赵老伯求助，他患高血压多年，降压药只剩两天的量，腿脚不便无法出门。记者联系社区卫生服务中心，医生第二天就上门送来了药，还给他量了血压，叮嘱他按时服药、少吃盐。"
    package = "求助速递\n" + "".join(f"{n}.{story}\n" for n in (1, 2, 3))
    assert numbered_items(split_blocks(package)) == frozenset({1, 2, 3})
    assert roles_of(package)[0][1] == "section"
    points = "征文要求\n1.观察日记：记录种子发芽的过程。\n2.想象故事：化身一颗种子去旅行。\n3.其他形式：诗歌、漫画都可以。\n"
    assert numbered_items(split_blocks(points)) == frozenset()
    skipped = "求助速递\n" + "".join(f"{n}.{story}\n" for n in (1, 3, 4))
    assert numbered_items(split_blocks(skipped)) == frozenset()


def test_a_display_line_naming_its_column_between_paragraphs_is_a_headline():
    text = ("老兵在行动\n老兵们纷纷请战，奔赴一线。\n驻村工作，就要不怕难题（新春走基层）\n"
            "两次闹上法庭的老邻居，今年中秋前和好了。\n")
    roles = roles_of(text)
    assert roles[2][1] == "headline"
    # A credit in brackets at a line's end is no column tag: the line stays in the text.
    credit = "老兵在行动\n老兵们纷纷请战，奔赴一线。\n群众夸他们是好样的，干得好（记者 王明）\n两次闹上法庭的老邻居，今年中秋前和好了。\n"
    assert roles_of(credit)[2][1] not in ("overline", "headline")


def test_a_bulleted_line_without_a_full_stop_is_no_news_item():
    from pressie.layout import is_item
    assert is_item("◆全国政协召开双周协商座谈会。会议围绕养老服务议题协商议政。")
    assert not is_item("●聚焦主题、紧扣主线，以上率下作表率")
    assert not is_item("▲活动现场 王明 摄")


def test_a_contact_line_closes_the_column_piece_above():
    text = "一块钱里的治理（一线行走）\n村里的垃圾分类，一户一月积一块钱。\n栏目投稿邮箱：jiceng@example.com\n查出薄弱点 赛出硬实力\n"
    assert roles_of(text)[2][1] == "byline"


def test_correspondent_credits_of_every_form_are_bylines():
    for line in ("本报特约通讯员  龙钢  记者  袁玮", "本报通讯员  甘力心  记者  屠瑜", "特约记者 王明", "全媒体记者 李华"):
        assert roles_of("老伙伴来帮忙\n社区的老伙伴们每天上门问候独居老人。\n" + line + "\n送菜上门\n")[2][1] == "byline", line


def test_a_long_deck_under_a_headline_is_its_subtitle():
    text = ("李明主持召开区政府专题会议\n抢抓晴好天气全力推进秋粮收储入库工作 研究加快农村供水保障体系建设和完善防汛抗旱应急处置机制\n"
            "本报讯 9月18日，区长李明主持召开区政府专题会议。\n会议指出，要抓好秋收工作。\n")
    assert [r for _, r in roles_of(text)] == ["headline", "subtitle", "body", "body"]


def test_a_long_first_line_over_a_headline_is_its_overline_a_short_one_the_section():
    lead = "本报讯 2月28日，全省保供稳价电视电话会议召开。\n"
    assert roles_of("李卫东强调\n全力做好保供稳价各项工作\n" + lead)[0][1] == "overline"
    assert roles_of("乡镇传真\n全力做好保供稳价各项工作\n" + lead)[0][1] == "section"
    assert roles_of("县域经济新闻\n全力做好保供稳价各项工作\n" + lead)[0][1] == "section"


def test_a_labelled_fact_line_is_not_a_heading():
    text = "谋发展要稳中求进（现场）\n湖东正处于转型升级的关键阶段。\n时间：2月11日\n场合：全省县委书记座谈会\n会上，县委书记们先后发言。\n"
    assert [r for _, r in roles_of(text)][2:4] == ["body", "body"]


def test_a_deck_over_a_headline_that_names_its_column_is_a_head():
    text = ("法院发布典型案例\n最高法院25日发布十个典型案例。\n四川大竹推行党务公开，让群众明白，给干部清白\n"
            "这难办，那难办，一公开就好办（链接）\n“资金结余多少？”村民一看公开栏就明白了。\n")
    assert roles_of(text)[2][1] in ("overline", "headline")


def test_blank_lines_are_read_from_offsets_with_any_line_break():
    from pressie.layout import blank_before
    text = "第一篇标题\n第一篇正文。\n\n第二篇标题\n第二篇正文。\n  \n第三篇标题\n第三篇正文。\n"
    assert blank_before(split_blocks(text)) == frozenset({2, 4})
    assert blank_before(split_blocks(text.replace("\n", "\r\n"))) == frozenset({2, 4})
    assert blank_before(split_blocks(text.replace("\n\n", "\n"))) == frozenset({4})


def test_a_spoken_line_under_a_head_and_its_byline_opens_the_text():
    text = "给返乡青年吃下定心丸\n本报记者 林 涛\n“老板娘！”\n不敲铁门，他迈步径直进了院。\n"
    assert [r for _, r in roles_of(text)] == ["headline", "byline", "body", "body"]


def test_a_photo_line_under_a_paragraph_stays_with_its_story():
    text = ("高原耕种忙\n日喀则市的农民抓住晴好天气抢种青稞。\n"
            "图为5月4日，东坡县石门镇的村民正驾驶拖拉机犁地（新华社记者 周明摄）\n")
    assert roles_of(text)[2][1] == "subhead"
    assert roles_of("春耕\n图为5月4日，东坡县石门镇的村民正驾驶拖拉机犁地（记者 周明摄）\n")[1][1] != "subhead"


def test_a_caption_line_closed_by_a_spaced_credit_is_a_photo_line_not_a_head():
    for caption in ("孩子们在新教室里读书 企业供图", "孩子们在新教室里读书 受访者供图", "孩子们领到了800套新课桌 方明 摄"):
        text = (f"山区小学用上了新课桌\n新学期开学，山区小学的孩子们用上了崭新的课桌椅。\n"
                f"{caption}\n课桌椅由县教育局统一配发，共计八百余套。\n")
        assert roles_of(text)[2][1] == "subhead", caption
    # (a headline with a space that ends in a verb of filming is still one: no name before 摄)
    text = "要闻\n电视剧《山里人家》 在东坪县取景拍摄\n3月5日，剧组进驻县城。\n"
    assert roles_of(text)[1][1] == "headline"


def test_a_headline_with_its_column_tag_may_open_with_a_short_clause():
    text = "错峰用工缓解企业缺工。\n“错峰用工办法能够缓解企业临时缺工。”\n致敬，平凡的英雄（民生观）\n汛期来临，许多普通人都在默默坚守岗位。\n"
    assert roles_of(text)[2][1] == "headline"


def test_a_short_unpunctuated_banner_over_a_headline_is_a_head():
    text = ("老旧小区有了守门人\n无物业小区的防控工作有人管了。\n让志愿红在抗洪抢险最前线处处闪耀\n"
            "湖东五万名党员投入抗洪一线\n春节前，十四名返乡人员回到了村里。\n")
    assert roles_of(text)[2][1] in ("overline", "headline")
    assert start_class("守好小区门的同时，社区干部还逐楼逐户走访。") == "normal"


def test_a_deck_over_a_credit_that_opens_an_articles_text_is_a_head():
    text = ("船企承诺不涨价\n今年，公司的航线已覆盖中东和东南亚。\n捐钱、捐房、捐遗体 九旬老人离世\n记者 董齐\n"
            "昨天，97岁的单厚生在医院安详离世。\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] in ("overline", "headline") and roles[3] == "byline"


# Settings: each tuned number is a field of LayoutSettings, passed to the layout functions.

def test_settings_default_to_the_documented_values():
    from pressie.layout import LayoutSettings
    text = "老街改造见成效\n今年以来，老街完成了管网改造。\n琐事不出网格，小事不出社区\n社区把老街划成六个网格，每格都有网格员。\n"
    blocks = split_blocks(text)
    assert assign_roles(blocks) == assign_roles(blocks, LayoutSettings()) == assign_roles(blocks, None)


def test_a_shorter_inline_subhead_limit_keeps_the_line_in_the_text():
    from pressie.layout import LayoutSettings
    text = "老街改造见成效\n今年以来，老街完成了管网改造。\n琐事不出网格，小事不出社区\n社区把老街划成六个网格，每格都有网格员。\n"
    line = "琐事不出网格，小事不出社区"
    assert assign_roles(split_blocks(text))[2].role == "subhead"
    roles = assign_roles(split_blocks(text), LayoutSettings(inline_subhead_max=len(line) - 1))
    assert roles[2].role == "body"
    assert assign_roles(split_blocks(text), LayoutSettings(inline_subhead_max=len(line)))[2].role == "subhead"


def test_a_role_score_comes_from_the_settings():
    from pressie.layout import LayoutSettings
    blocks = split_blocks("区民政局\n养老服务再升级\n本报讯 近日，区民政局出台新措施。\n")
    assert [b.score for b in assign_roles(blocks)][2] == 0.8
    assert [b.score for b in assign_roles(blocks, LayoutSettings(score_body=0.55))][2] == 0.55


def test_the_package_length_and_the_story_length_come_from_the_settings():
    from pressie.layout import LayoutSettings, numbered_items
    story = ("家住东湖新村的赵老伯求助，他患高血压多年，降压药只剩两天的量，腿脚不便无法出门。"
             "记者联系社区卫生服务中心，医生第二天就上门送来了药，还给他量了血压，叮嘱他按时服药。")
    pair = split_blocks("求助速递\n" + "".join(f"{n}.{story}\n" for n in (1, 2)))
    assert numbered_items(pair) == frozenset()  # two stories are no package by default
    assert numbered_items(pair, LayoutSettings(numbered_package_min=2)) == frozenset({1, 2})
    assert numbered_items(pair, LayoutSettings(numbered_package_min=2, numbered_story_min=len(story) + 3)) == frozenset()


def test_a_longer_section_name_limit_reads_a_first_line_as_the_section():
    from pressie.layout import LayoutSettings
    text = "李卫东强调\n全力做好保供稳价各项工作\n本报讯 2月28日，全省保供稳价电视电话会议召开。\n"
    assert roles_of(text)[0][1] == "overline"
    assert assign_roles(split_blocks(text), LayoutSettings(section_name_max=5))[0].role == "section"


def test_settings_are_checked_and_frozen():
    import dataclasses
    from pressie.layout import LayoutSettings
    with pytest.raises(ValueError, match="score_body"):
        LayoutSettings(score_body=1.5)
    with pytest.raises(ValueError, match="heading_max"):
        LayoutSettings(heading_max=-1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        LayoutSettings().heading_max = 10  # type: ignore[misc]


def test_page_layout_gives_the_roles_with_the_blank_lines_and_packages_read_once():
    from pressie.layout import blank_before, numbered_items, page_layout
    story = ("家住东湖新村的赵老伯求助，他患高血压多年，降压药只剩两天的量，腿脚不便无法出门。"
             "记者联系社区卫生服务中心，医生第二天就上门送来了药，还给他量了血压，叮嘱他按时服药。")
    text = "县域快讯\n春耕备耕有序推进\n连日来，各乡镇抢抓农时。\n\n求助速递\n" + "".join(f"{n}.{story}\n" for n in (1, 2, 3))
    blocks = split_blocks(text)
    layout = page_layout(blocks)
    assert list(layout.blocks) == assign_roles(blocks)
    assert layout.blank_before == blank_before(blocks) == frozenset({3})
    assert layout.numbered_items == numbered_items(blocks) == frozenset({4, 5, 6})


def test_layout_words_are_validated_naming_the_file_and_the_key():
    import pressie.layout as layout
    from pressie.errors import ResourceError
    from pressie.vocabulary import Vocabulary

    good = dict(Vocabulary.default().data("layout_words"))

    class Broken:
        """A vocabulary whose layout_words.json is ``value``."""

        def __init__(self, value):
            self.value = value

        def data(self, name):
            return self.value

    def load(broken):
        layout.layout_words(Broken(broken))

    with pytest.raises(ResourceError, match=r"layout_words\.json: 'section_words'"):
        load({k: v for k, v in good.items() if k != "section_words"})
    with pytest.raises(ResourceError, match=r"layout_words\.json: 'particles'"):
        load({**good, "particles": {"words": ["的", "之所以"]}})
    with pytest.raises(ResourceError, match=r"layout_words\.json: 'deck_opening_particles'"):
        load({**good, "deck_opening_particles": {"words": ["以", "乃"]}})
    with pytest.raises(ResourceError, match=r"layout_words\.json: 'web_meta_labels' 'after_date'"):
        load({**good, "web_meta_labels": {**good["web_meta_labels"], "after_date": []}})
    with pytest.raises(ResourceError, match=r"layout_words\.json: 'web_counters' needs a text 'before'"):
        load({**good, "web_counters": {"words": ["评论"], "after": "人"}})
    # A user's extended vocabulary is checked the same way.
    with pytest.raises(ResourceError, match=r"layout_words\.json: 'particles' takes words of 1"):
        layout.layout_words(Vocabulary.default().extend({"layout_words.particles.words": ["之所以"]}))
    assert layout.layout_words()["particles"]


def test_an_extended_vocabulary_reaches_the_layout_roles():
    from pressie.layout import page_layout, split_blocks
    from pressie.vocabulary import Vocabulary

    text = "湖东区晨刊\n全力做好保供稳价各项工作\n本报讯 2月28日，全省保供稳价会议召开。\n"
    roles = [b.role for b in page_layout(split_blocks(text)).blocks]
    more = Vocabulary.default().extend({"layout_words.section_words.words": ["晨刊"]})
    extended = [b.role for b in page_layout(split_blocks(text), vocabulary=more).blocks]
    assert roles[0] != "section" and extended[0] == "section"


def test_the_words_of_a_rule_come_from_the_resource():
    from pressie.layout import layout_words, web_meta_labels
    words = layout_words()
    assert words["deck_opening_particles"] <= words["particles"]
    assert all(len(w) == 2 for w in words["sentence_openers"])
    labels = web_meta_labels()
    assert words["web_meta_labels.line_start"] <= labels and words["web_meta_labels.after_date"] <= labels
    # Each web frame label opens a furniture line; a section word ends a page's first line
    # (one that ends like a department, 社会, reads as a kicker first).
    for label in sorted(words["web_meta_labels.line_start"]):
        assert roles_of(f"村里修通了路\n{label}：某某\n村民们出行方便了许多。\n")[1][1] == "furniture", label
    for word in sorted(w for w in words["section_words"] if not w.endswith(tuple(words["department_suffixes"]))):
        assert roles_of(f"湖东{word}\n全力做好保供稳价各项工作\n本报讯 2月28日，全省保供稳价会议召开。\n")[0][1] == "section", word


def test_patterns_built_from_the_words_run_in_bounded_time():
    import json
    import os
    import re
    import subprocess
    import sys

    import regex
    from test_backtracking import ADVERSARIAL
    from pressie import layout
    kinds = (regex.Pattern, re.Pattern)
    built = {k: v for k, v in layout._shapes()._asdict().items() if isinstance(v, kinds)}
    built.update(zip(("page_credit", "item_credit", "photo_credit"), layout._credit_patterns()))
    built["source_credit"] = layout._source_credit()
    assert len(built) > 20
    # Patterns of the standard library's re have no timeout: they run in a child process that must
    # end within the time allowed.
    plain = [p.pattern for p in built.values() if isinstance(p, re.Pattern)]
    assert plain
    child = ("import json, re, sys\nfrom test_backtracking import ADVERSARIAL\n"
             "for p in json.load(sys.stdin):\n    p = re.compile(p)\n    for t in ADVERSARIAL:\n"
             "        for _ in p.finditer(t):\n            pass\n")
    done = subprocess.run([sys.executable, "-c", child], input=json.dumps(plain), text=True, timeout=60,
                          cwd=os.path.dirname(os.path.abspath(__file__)), capture_output=True)
    assert done.returncode == 0, done.stderr
    for pattern in built.values():
        if isinstance(pattern, regex.Pattern):
            for text in ADVERSARIAL:
                for _ in pattern.finditer(text, timeout=2.0):
                    pass


# The layout pass tries its patterns only on lines that hold what the patterns cannot match
# without; each shortcut must answer as its pattern does, on any line.
_LINE_ALPHABET = st.sampled_from(
    list("甲乙丙丁区局镇讯电摄图为记者通讯员本报文/()（）□■·• 　\t,，。、:：——-0123456789年月日版@今在根据为")
    + ["本报讯", "新华社", "记者", "通讯员", "摄影", "供图", "图为", "文/", "将至", "前夕", "之际", "要求", "近日",
       "(新春走基层)", "（李明 摄）", "第4版", "图1", "办公室", "街道", "\n"])


def _stdlib_patterns():
    import re
    from pressie import layout
    found = {k: v for k, v in layout._shapes()._asdict().items() if isinstance(v, re.Pattern)}
    found.update(zip(("page_credit", "item_credit", "photo_credit"), layout._credit_patterns()))
    found["source_credit"] = layout._source_credit()
    found.update({k: v for k, v in vars(layout).items() if isinstance(v, re.Pattern)})
    return found


@given(st.lists(_LINE_ALPHABET, max_size=14).map("".join))
def test_the_patterns_on_re_match_as_on_regex(line):
    # The layout's patterns run on the standard library's re; the regex module reads the same
    # pattern text to the same matches.
    import regex
    for name, pattern in _stdlib_patterns().items():
        twin = regex.compile(pattern.pattern)
        assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in twin.finditer(line)], name


@given(st.lists(_LINE_ALPHABET, max_size=14).map("".join))
def test_the_shortcuts_answer_as_their_patterns(line):
    from pressie.layout import (_HEAD_END, _PAGE_HEADER, _bylines, _caption, _column_tag, _department, _head_end,
                                _lead, _photo_numbered, _shapes, _weak_lead)

    sh = _shapes()
    assert _head_end(line) == (_HEAD_END.search(line) is not None)
    assert (_column_tag(line) is None) == (sh.column_tag_end.search(line) is None)
    assert _caption(line, sh) == (sh.caption.search(line) is not None)
    assert _bylines()(line) == (sh.byline.search(line) is not None)
    assert _department(line, sh) == (sh.department.match(line) is not None)
    assert _photo_numbered(line, sh) == (sh.photo_numbered.search(line) is not None)
    assert (("版" in line or "年" in line) and _PAGE_HEADER.search(line) is not None) == (_PAGE_HEADER.search(line) is not None)
    start = line.lstrip()
    assert _lead(start, sh) == (sh.lead.match(start) is not None)
    assert _weak_lead(start, sh) == (sh.weak_lead.match(start) is not None)


@given(st.lists(st.sampled_from(["\n", "\r", "\r\n", " ", "\t", "\u3000", "\x1c", "甲", "乙。"]), max_size=12).map("".join))
def test_blocks_are_the_non_blank_runs_between_line_breaks(text):
    import re

    expected = []
    for m in re.finditer(r"[^\n]+", text):
        line, end = m[0], m.end()
        if line.endswith("\r"):
            line, end = line[:-1], end - 1
        if line.strip():
            expected.append((m.start(), end, line))
    assert [(b.start, b.end, b.text) for b in split_blocks(text)] == expected
    assert [b.index for b in split_blocks(text)] == list(range(len(expected)))


@pytest.mark.parametrize("line,credit", [
    ("责任编辑：韦丽 校对：罗成", True),
    ("（本栏编辑 祁明）", True),
    ("一审 韦丽 二审 罗成 三审 祁明", True),
    ("责编丨蓝天", True),
    ("编辑部召开座谈会", False),
    ("二审维持原判", False),
    ("一审宣判", False),
    ("责任编辑要对稿件把关。", False),
])
def test_editorial_credits_of_a_page_are_its_own(line, credit):
    from pressie.layout import is_page_credit
    assert is_page_credit(line) is credit


def test_lines_in_a_row_closed_by_a_spaced_credit_are_the_captions_of_a_photo_page():
    text = ("图片新闻\n东湖村村民正在收割水稻，田间一片繁忙景象。 李明 摄\n"
            "9月12日，西坪镇中学的学生们在上体育课。 王芳 摄\n游客在南山公园赏菊。 张强 摄\n")
    assert [r for _, r in roles_of(text)[1:]] == ["caption", "caption", "caption"]
    # (one such line between two paragraphs is an article's photo, not a photo of its own)
    text = ("东湖村喜获丰收\n今年东湖村种植水稻三千亩。\n村民正在收割水稻，田间一片繁忙景象。 李明 摄\n"
            "村里还建起了烘干房。\n")
    assert roles_of(text)[2][1] != "caption"


def test_a_photo_page_of_spaced_credits_gives_one_unit_per_photo():
    import pressie
    text = ("图片新闻\n东湖村村民正在收割水稻，田间一片繁忙景象。 李明 摄\n"
            "9月12日，西坪镇中学的学生们在上体育课。 王芳 摄\n游客在南山公园赏菊。 张强 摄\n")
    page = pressie.extract(text, published="2020-09-20")
    assert [a.kind for a in page.articles] == ["photo", "photo", "photo"]


def test_a_bracketed_name_under_a_paragraph_is_its_authors_credit():
    text = ("西坪镇开展秋收互助\n随着秋收到来，西坪镇组织党员志愿者帮助留守老人收割玉米。\n（李明）\n"
            "南山公园菊展开幕\n南山公园第十届菊花展览日前开幕。\n（张强 王芳）\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == "byline" and roles[5] == "byline"
    assert roles_of("东湖村开展活动\n村民们积极参加。\n（上篇）\n")[2][1] != "byline"   # (no name)


@pytest.mark.parametrize("header", ["第B07版:区域新闻", "当前版:03版", "2019年3月14日 星期"])
def test_more_forms_of_a_page_header_are_furniture(header):
    roles = roles_of(f"{header}\n东湖社区开展义诊\n本报讯 5月8日，东湖社区联合区医院开展义诊活动。\n")
    assert roles[0] == (header, "furniture")


def test_a_bare_date_over_the_first_article_is_the_issue_date_but_not_inside_an_article():
    text = "2019年03月14日\n东湖社区开展义诊\n本报讯 5月8日，东湖社区联合区医院开展义诊活动。\n"
    assert roles_of(text)[0] == ("2019年03月14日", "furniture")
    text = ("东湖社区开展义诊\n本报讯 5月8日，东湖社区联合区医院开展义诊活动。\n"
            "2019年3月14日\n西湖社区开展义剪\n本报讯 5月9日，西湖社区志愿者开展义剪活动。\n")
    assert dict(roles_of(text))["2019年3月14日"] != "furniture"
