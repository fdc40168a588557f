import pytest

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
    ("根据区安委办《关于开展安全生产百日攻坚行动的通知》要求,该镇召开会议。", "weak_lead"),
    ("根据群众反映的问题,我们及时整改。", "normal"),
    ("2016年春节将至,为确保老人们度过一个祥和的春节,该镇开展检查。", "weak_lead"),
    ("在春节即将到来之际,县领导走访慰问困难群众。", "weak_lead"),
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
