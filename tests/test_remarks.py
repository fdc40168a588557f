import pytest
from hypothesis import given, strategies as st

from pressie._remarks import in_remark


@pytest.mark.parametrize("text, word, expected", [
    ("他说:“今天我们走访了三户，很顺利。”", "走访", True),        # a remark: a clause's punctuation inside
    ("东风镇召开“基层干部培训班”,镇长主持。", "培训班", False),   # a quoted name
    ("“我们走访了三户，很顺利。”他说。今天下雨。", "今天", False),  # after the quotation closed
    ("他说:“今天我们走访了三户，\n很顺利。", "很顺利", False),        # a line ends what a quotation holds
    ("村民说：“他常来看望我们，问寒问暖", "看望", True),              # a quotation left open to the line's end
])
def test_in_remark(text, word, expected):
    assert in_remark(text, text.index(word)) is expected


@given(st.text(alphabet="“”，。今天我们走访了\n", max_size=30), st.integers(min_value=0, max_value=30))
def test_in_remark_never_fails_and_needs_an_opening_mark(text, pos):
    pos = min(pos, len(text))
    result = in_remark(text, pos)
    assert isinstance(result, bool)
    if "“" not in text[:pos]:
        assert result is False
