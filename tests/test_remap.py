"""remap: records found on normalised text, mapped back to the caller's text."""

import dataclasses

import pytest
from hypothesis import given, strategies as st

from pressie.normalize import normalize
from pressie.remap import remap
from pressie.records import Person, Span


@dataclasses.dataclass(frozen=True, slots=True)
class _Checked:
    """A record that checks itself in __post_init__."""

    start: int

    def __post_init__(self):
        if self.start < 0:
            raise ValueError(self.start)


def test_a_record_already_right_is_returned_as_it_is():
    norm = normalize("张明远主持会议")
    person = Person(start=0, end=3, text="张明远")
    assert remap(person, norm) is person
    group = (person, Person(start=3, end=5, text="主持"))
    assert remap(group, norm) is group


def test_offsets_and_text_follow_the_source():
    source = "３月６日，\u200b张明远主持会议"
    norm = normalize(source)
    k = norm.text.index("张明远")
    person = Person(start=k, end=k + 3, text="张明远", mentions=(Span(start=k, end=k + 3, text="张明远"),))
    mapped = remap(person, norm)
    assert (mapped.start, mapped.end) == (source.index("张明远"), source.index("张明远") + 3)
    assert mapped.text == "张明远" and mapped.mentions[0].text == "张明远"


def test_a_width_change_alone_keeps_offsets_and_takes_the_source_text():
    source = "会议（扩大）"
    norm = normalize(source)
    span = Span(start=2, end=6, text=norm.text[2:6])
    mapped = remap(span, norm)
    assert (mapped.start, mapped.end, mapped.text) == (2, 6, "（扩大）")


@given(st.lists(st.sampled_from(list("张明会议，。（）３６\u200b\r\n 　ａ")), max_size=40))
def test_every_mapped_span_is_the_source_slice(chars):
    source = "".join(chars)
    norm = normalize(source)
    n = len(norm.text)
    spans = [Span(start=i, end=j, text=norm.text[i:j]) for i in range(0, n, 3) for j in (min(n, i + 2),) if j > i]
    for span in remap(spans, norm):
        assert span.text == source[span.start:span.end]
        assert 0 <= span.start <= span.end <= len(source)


def test_records_are_rebuilt_only_where_an_offset_or_text_changes():
    from pressie.records import Event, Place, TimeExpr

    source = "会议\r\n３月６日召开"
    norm = normalize(source)
    when = TimeExpr(start=3, end=7, text=norm.text[3:7], kind="point")
    place = Place(start=0, end=2, text="会议")
    event = Event(type="meeting", trigger=Span(start=7, end=9, text="召开"), when=when, where=(place,),
                  evidence=(Span(start=0, end=2, text="会议"),))
    mapped = remap(event, norm)
    assert mapped.where[0] is place and mapped.evidence is event.evidence  # before the CR: unchanged
    assert (mapped.when.start, mapped.when.end, mapped.when.text) == (4, 8, "３月６日")
    assert mapped.when.kind == "point" and mapped.trigger.text == "召开" and mapped.trigger.start == 8
    assert remap([1, "x", None], norm) == [1, "x", None]


def test_record_builder_makes_what_the_type_makes():
    import dataclasses

    from pressie import records
    from pressie.remap import record_builder

    span = Span(start=1, end=3, text="会议")
    made = {
        records.Span: dict(start=0, end=2, text="会议"),
        records.TimeExpr: dict(start=0, end=4, text="3月6日", kind="point", date_start="--03-06"),
        records.Quantity: dict(start=0, end=3, text="5名", value=5, category="count", unit="名", noun=span),
        records.Block: dict(index=2, start=5, end=9, text="正文。", role="body", score=0.8),
        records.Person: dict(start=0, end=3, text="张明远", mentions=(span,)),
    }
    for kind, values in made.items():
        build = record_builder(kind)
        assert build is not kind  # frozen records with slots get the faster builder
        record = build(**values)
        assert type(record) is kind and record == kind(**values) and hash(record) == hash(kind(**values))
        assert dataclasses.asdict(record) == dataclasses.asdict(kind(**values))
    with pytest.raises(TypeError):
        record_builder(records.Span)(start=0, end=2)  # a field without a default is needed, as by Span

    assert record_builder(_Checked) is _Checked  # a record that checks itself builds itself


def test_record_updater_changes_fields_as_replace_does():
    import dataclasses

    from pressie import records
    from pressie.remap import record_updater

    span = Span(start=1, end=3, text="会议")
    event = records.Event(type="meeting", trigger=span, evidence=(span,))
    block = records.Block(index=2, start=5, end=9, text="正文。", role="body", score=0.8)
    for record, changes in ((event, dict(article_index=3, page_id="p1")), (block, dict(role="subhead")),
                            (span, {}), (span, dict(text="召开", start=4, end=6))):
        update = record_updater(type(record))
        assert update is not dataclasses.replace  # frozen records with slots get the faster copy
        changed = update(record, **changes)
        assert changed is not record and type(changed) is type(record)
        assert changed == dataclasses.replace(record, **changes) and hash(changed) == hash(dataclasses.replace(record, **changes))
        assert record == type(record)(**{f.name: getattr(record, f.name) for f in dataclasses.fields(record)})  # unchanged
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(changed, dataclasses.fields(changed)[0].name, None)  # still a frozen record
    with pytest.raises(TypeError):
        record_updater(records.Span)(span, start=0, colour="red")  # no such field, as replace says

    assert record_updater(_Checked) is dataclasses.replace  # a record that checks itself is built again
