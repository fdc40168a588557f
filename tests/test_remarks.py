import pytest
from hypothesis import given, strategies as st

from pressie._remarks import in_remark, speech_verbs


@pytest.mark.parametrize("text, word, expected", [
    ("他说:“今天我们走访了三户，很顺利。”", "走访", True),                  # a speaker's colon before it
    ("“今天听说有义诊，我们都早早地来了。”村民王大爷说。", "今天", True),     # a verb of speech after it
    ("“大叔,节日快乐。”“谢谢你们,过节都来看望我。”6月5日,社区干部入户走访。", "看望", True),  # a reply
    ("村民说：“他常来看望我们，问寒问暖", "看望", True),                     # left open after a speaker
    ('王明说"我们召开了专题会议,研究了问题。"', "会议", True),              # straight quotes
    ("东风镇召开“基层干部培训班”,镇长主持。", "培训班", False),             # a quoted name
    ("开展“进村入户走访,倾听群众心声”活动。", "走访", False),               # a slogan: no speaker
    ("“5月6日,县长王明走访了东风村,召开了座谈会。", "走访", False),        # an opening mark left alone
    ("“我们走访了三户，很顺利。”他说。今天下雨。", "今天", False),           # after the quotation closed
    ("他说:“今天我们走访了三户，\n很顺利。", "很顺利", False),                # a line ends what a quotation holds
    ("老周也感触很深，“那年检查组直接入户走访，我们才知道。”", "走访", True),  # a whole sentence quoted
    ("东山社区开展“走访慰问，温暖人心！”主题活动。", "走访", False),             # a slogan may end with ！
])
def test_in_remark(text, word, expected):
    assert in_remark(text, text.index(word)) is expected


def test_speech_verbs_come_from_the_vocabulary_longest_first():
    verbs = speech_verbs()
    assert "说" in verbs and "表示" in verbs
    assert [len(v) for v in verbs] == sorted((len(v) for v in verbs), reverse=True)


@given(st.text(alphabet='“”"，。：说今天我们走访了\n', max_size=30), st.integers(min_value=0, max_value=30))
def test_in_remark_never_fails_and_needs_an_opening_mark(text, pos):
    pos = min(pos, len(text))
    result = in_remark(text, pos)
    assert isinstance(result, bool)
    if "“" not in text[:pos] and '"' not in text[:pos]:
        assert result is False
