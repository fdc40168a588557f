import dataclasses
import json

import pytest

import pressie
from pressie.records import Article, Page, Span


def test_records_are_frozen_slotted_keyword_only():
    span = Span(start=0, end=2, text="会议")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    assert not hasattr(span, "__dict__")
    with pytest.raises(TypeError):
        Span(0, 2, "会议")  # type: ignore[misc]


def test_page_dict_has_schema_keys(seed_page):
    data = seed_page.to_dict()
    for key in ("id", "published", "articles", "furniture", "blocks", "schema_version"):
        assert key in data
    for article in data["articles"]:
        assert {"blocks", "kind", "headline", "events"} <= set(article)
        for event in article["events"]:
            assert {"type", "trigger", "when", "where", "who", "orgs", "counts"} <= set(event)
            assert all(isinstance(place, str) for place in event["where"])
            for person in event["who"]:
                assert {"name", "titles", "role"} <= set(person)
            for count in event["counts"]:
                assert {"value", "unit", "noun", "approx"} <= set(count)
    json.dumps(data, ensure_ascii=False)


def test_round_trip(seed_page):
    data = seed_page.to_dict()
    again = Page.from_dict(data)
    assert again.to_dict() == data
    assert again == seed_page


def test_from_dict_needs_text(seed_page):
    with pytest.raises(KeyError):
        Page.from_dict(seed_page.to_dict(include_text=False))


def test_article_body_maps_back(seed_page, seed_text):
    for article in seed_page.articles:
        body = article.body
        for i, ch in enumerate(body):
            pos = article.page_offset(i)
            if ch == "\n":
                continue
            assert seed_text[pos] == ch
        with pytest.raises(IndexError):
            article.page_offset(len(body) + 5)


def test_body_joins_continuations_without_newline():
    page = "标题一\n镇里召开会议,部署\n标题二\n工作。\n新段落。"
    a, b, c = page.index("镇里"), page.index("工作"), page.index("新段落")
    segs = (Span(start=a, end=a + 9, text=page[a:a + 9]), Span(start=b, end=b + 3, text=page[b:b + 3]),
            Span(start=c, end=c + 4, text=page[c:c + 4]))
    art = Article(blocks=(1, 3, 4), segments=segs, joins=(True, False))
    assert art.body == "镇里召开会议,部署工作。\n新段落。"
    assert art.page_offset(art.body.index("工作")) == b
    assert art.page_offset(art.body.index("\n")) == b + 3


def test_events_property(seed_page):
    assert seed_page.events == tuple(e for a in seed_page.articles for e in a.events)
    assert pressie.SCHEMA_VERSION == "1.0"


def test_every_record_round_trips(seed_page):
    from pressie.records import Block, Credit, Org, Person, Place, Quantity, TimeExpr

    pairs = [(Block, seed_page.blocks), (TimeExpr, seed_page.times), (Quantity, seed_page.quantities),
             (Person, seed_page.people), (Credit, seed_page.credits), (Place, seed_page.places), (Org, seed_page.orgs)]
    for cls, records in pairs:
        assert records, cls.__name__
        for record in records:
            assert cls.from_dict(record.to_dict()) == record
    for article in seed_page.articles:
        for event in article.events:
            for participant in event.who:
                assert type(participant).from_dict(participant.to_dict()) == participant
            for org in event.orgs:
                assert type(org).from_dict(org.to_dict()) == org
            for link in article.links:
                assert type(link).from_dict(link.to_dict()) == link


def test_events_know_their_article_and_page():
    text = "标题一\n\n本报讯 3月6日上午,北城区召开安全生产例会,区委书记张明主持会议。\n\n标题二\n\n本报讯 3月5日,柏庄镇组织志愿服务活动,为30户困难群众送去物资。"
    page = pressie.extract(text, id="p-1", published="2020-03-09", mode="page")
    assert page.events
    for i, article in enumerate(page.articles):
        for event in article.events:
            assert event.article_index == i
            assert event.page_id == "p-1"
    again = Page.from_dict(json.loads(json.dumps(page.to_dict())))
    assert again == page
    assert [(e.article_index, e.page_id) for e in again.events] == [(e.article_index, e.page_id) for e in page.events]


def test_page_json_keeps_provenance_out_but_event_json_can_carry_it(seed_page, seed_text):
    from pressie.records import Event

    event = seed_page.events[-1]
    assert "article_index" not in event.to_dict() and "page_id" not in event.to_dict()
    data = json.loads(json.dumps(event.to_dict(provenance=True)))
    assert data["article_index"] == event.article_index
    assert Event.from_dict(data, seed_text) == event
    assert Event.from_dict(event.to_dict(), seed_text, article_index=event.article_index) == event


def test_event_from_dict_without_source_says_so():
    from pressie.records import Event

    page = pressie.extract("3月5日,柏庄镇开展了志愿服务活动,为30户特困人员送去物资。", published="2020-03-09")
    data = page.events[0].to_dict()
    assert data["evidence"]
    with pytest.raises(ValueError, match="source="):
        Event.from_dict(data)
    rebuilt = Event.from_dict({**data, "evidence": []})
    assert rebuilt.evidence == () and rebuilt.trigger == page.events[0].trigger
    assert [s.text for s in Event.from_dict(data, page.text).evidence] == [s.text for s in page.events[0].evidence]


def test_reprs_are_short(seed_page):
    text = repr(seed_page)
    assert len(text) < 200
    assert f"{len(seed_page.articles)} articles" in text and f"{len(seed_page.events)} events" in text
    assert seed_page.text[:50] not in text
    for article in seed_page.articles:
        assert len(repr(article)) < 200 and repr(article).startswith("Article(kind=")
    for event in seed_page.events:
        assert len(repr(event)) < 400 and event.trigger.text in repr(event)
    long_id = Page(text="x", id="a" * 300)
    assert len(repr(long_id)) < 120
