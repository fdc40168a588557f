import pytest

spacy = pytest.importorskip("spacy")

import pressie
from pressie.pipeline import page_from_doc


def test_components_are_registered():
    for name in ("pressie_layout", "pressie_units", "pressie_events"):
        assert name in spacy.registry.factories.get_all() or spacy.Language.has_factory(name)


def test_same_result_as_extract_on_the_seed(nlp, seed_text, seed_page):
    doc = nlp(seed_text)
    assert page_from_doc(doc) == seed_page
    assert page_from_doc(doc).to_dict() == seed_page.to_dict()


def test_spans_on_the_doc(nlp, seed_text, seed_page):
    doc = nlp(seed_text)
    assert len(doc.spans["pressie_blocks"]) == len(seed_page.blocks)
    assert [s.label_ for s in doc.spans["pressie_blocks"]] == [b.role for b in seed_page.blocks]
    assert len(doc.spans["pressie_triggers"]) == len(seed_page.events)
    for span, event in zip(doc.spans["pressie_triggers"], seed_page.events):
        assert span.text == event.trigger.text and span.label_ == event.type


def test_pipe_with_two_processes(nlp, seed_text):
    texts = [seed_text, "3月6日上午,区委召开常委会,区委书记王一主持会议。"]
    docs = list(nlp.pipe(texts, n_process=2))
    assert [len(page_from_doc(d).articles) for d in docs] == [len(pressie.extract(t).articles) for t in texts]


def test_docbin_round_trip(nlp, seed_text):
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=True, docs=[nlp(seed_text)])
    (doc,) = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))
    assert page_from_doc(doc).to_dict() == pressie.extract(seed_text).to_dict()


def test_config_triggers_and_published():
    nlp = pressie.load(triggers={"signing": {"triggers": ["签约仪式"], "default_role": "attendee"}}, published="2023-05-10")
    doc = nlp("5月8日,区政府举行项目签约仪式,区长李四出席。")
    (event,) = page_from_doc(doc).events
    assert event.type == "signing" and event.when.start_value == "2023-05-08"
    assert nlp.config["components"]["pressie_events"]["published"] == "2023-05-10"


def test_config_round_trip_through_disk(tmp_path):
    nlp = pressie.load(triggers={"signing": {"triggers": ["签约仪式"], "default_role": "attendee"}})
    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    doc = again("5月8日,区政府举行项目签约仪式,区长李四出席。")
    assert [e.type for e in page_from_doc(doc).events] == ["signing"]


def test_stage_components(seed_text):
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_layout")
    doc = nlp(seed_text)
    assert len(doc.spans["pressie_blocks"]) == 35
    assert doc.user_data["pressie"]["articles"] == []


def test_unknown_option():
    with pytest.raises(TypeError, match="unknown option"):
        pressie.load(colour="red")


def test_page_from_plain_doc():
    nlp = spacy.blank("zh")
    with pytest.raises(ValueError, match="no pressie result"):
        page_from_doc(nlp("会议"))


def test_config_cue_lists():
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_events", config={"triggers": {"@misc": "pressie.triggers.v1", "extra": None, "replace": None,
                                                        "cues": {"not_event_count": ["合计"]}}})
    doc = nlp("5月6日,县人民医院在城关社区开展义诊活动,合计服务居民120人。")
    (event,) = page_from_doc(doc).events
    assert event.counts == ()


def test_entities_on_the_doc():
    nlp = pressie.load(published="2020-03-09")
    text = "3月6日上午,北城区召开安全生产例会,区委书记张明主持会议,120名干部参加。"
    doc = nlp(text)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("张明", "PERSON") in ents and ("北城区", "GPE") in ents
    assert any(label == "DATE" and "3月6日" in t for t, label in ents)
    starts = sorted((e.start_char, e.end_char) for e in doc.ents)
    assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:])), "entities overlap"


def test_entities_already_on_the_doc_are_kept():
    nlp = spacy.blank("zh")

    @spacy.Language.component("mark_first")
    def mark_first(doc):
        doc.ents = [doc.char_span(0, 2, label="CUSTOM", alignment_mode="expand")]
        return doc

    nlp.add_pipe("mark_first")
    nlp.add_pipe("pressie_events")
    doc = nlp("张明主持会议。3月6日,北城区召开例会,区长王刚出席。")
    assert doc.ents[0].label_ == "CUSTOM" and doc.ents[0].start_char == 0
    assert "王刚" in {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_extensions(nlp, seed_text, seed_page):
    doc = nlp(seed_text)
    assert doc._.pressie_page == seed_page
    assert doc._.events == seed_page.events and doc._.articles == seed_page.articles
    assert spacy.blank("zh")("会议")._.events == ()


def _stage_calls(monkeypatch):
    from pressie import pipeline

    calls = []
    for name in ("read_layout", "read_units", "read_events"):
        real = getattr(pipeline, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(pipeline, name, counted)
    return calls


def test_stage_components_compose_and_run_once_each(monkeypatch, seed_text, seed_page):
    calls = _stage_calls(monkeypatch)
    nlp = spacy.blank("zh")
    for name in ("pressie_layout", "pressie_units", "pressie_events"):
        nlp.add_pipe(name)
    doc = nlp(seed_text)
    assert calls == ["read_layout", "read_units", "read_events"]
    assert page_from_doc(doc) == seed_page
    assert "pressie_stage" not in doc.user_data


def test_stage_components_on_full_width_text(monkeypatch):
    text = ("区委召开常委会\r\n本报讯　３月６日上午，区委召开常委会，区委书记张明远主持会议。\r\n"
            "街道开展义诊活动\r\n本报讯　３月５日，街道组织志愿者开展义诊活动，服务居民２００余人。\r\n")
    calls = _stage_calls(monkeypatch)
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_layout", config={"published": "2020-03-09"})
    nlp.add_pipe("pressie_units")
    nlp.add_pipe("pressie_events")
    doc = nlp(text)
    assert calls == ["read_layout", "read_units", "read_events"]
    want = pressie.extract(text, published="2020-03-09")
    assert page_from_doc(doc).to_dict() == want.to_dict() and want.events
    assert [s.text for s in doc.spans["pressie_triggers"]] == [text[e.trigger.start:e.trigger.end] for e in want.events]


def test_a_units_component_alone_runs_layout_too(monkeypatch, seed_text):
    calls = _stage_calls(monkeypatch)
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_units")
    doc = nlp(seed_text)
    assert calls == ["read_layout", "read_units"]
    assert page_from_doc(doc).to_dict() == pressie.extract(seed_text, until="units").to_dict()
    assert doc.user_data["pressie_stage"]["stage"] == "units"


def test_settings_reach_the_events_component():
    import pressie

    text = "区委召开会议\n3月6日上午,区委召开常委会,区委书记张明远主持会议。"
    (event,) = pressie.extract(text, published="2020-03-09").events
    nlp = pressie.load(published="2020-03-09", settings={"events": {"confidence_cap": 0.5, "confidence_base": 0.5}})
    (changed,) = page_from_doc(nlp(text)).events
    assert event.confidence > 0.5 and changed.confidence == 0.5
    with pytest.raises(Exception, match="no setting 'nope'"):
        pressie.load(settings={"events": {"nope": 1}})


def test_a_vocabulary_reaches_the_components():
    text = "湖东区晨刊\n全力做好保供稳价各项工作\n本报讯 2月28日，全省保供稳价会议召开。\n"
    plain = pressie.load(published="2021-03-01")
    more = pressie.load(published="2021-03-01", vocabulary={"layout_words.section_words.words": ["晨刊"]})
    roles = [b.role for b in page_from_doc(plain(text)).blocks]
    extended = [b.role for b in page_from_doc(more(text)).blocks]
    assert roles[0] != "section" and extended[0] == "section"
    with pytest.raises(Exception, match="no word list"):
        pressie.load(vocabulary={"section_words": ["晨刊"]})


def test_load_takes_a_vocabulary_object_and_refuses_a_triggers_object():
    vocab = pressie.Vocabulary.default().extend({"layout_words.section_words.words": ["晨刊"]})
    text = "湖东区晨刊\n全力做好保供稳价各项工作\n本报讯 2月28日，全省保供稳价会议召开。\n"
    assert [b.role for b in page_from_doc(pressie.load(vocabulary=vocab)(text)).blocks][0] == "section"
    with pytest.raises(TypeError, match="Triggers object"):
        pressie.load(triggers=pressie.Triggers.default())
