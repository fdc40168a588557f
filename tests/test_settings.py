import pytest

import pressie
from pressie.settings import EventSettings, Settings


def test_defaults_round_trip_through_a_dict():
    s = Settings()
    assert Settings.from_dict(s.to_dict()) == s
    assert s.to_dict()["events"]["margin"] == EventSettings().margin


def test_replace_changes_one_number_and_keeps_the_rest():
    s = Settings().replace(events={"margin": 0.5})
    assert s.events.margin == 0.5 and s.events.floor == EventSettings().floor
    assert Settings().events.margin != 0.5  # the default record is not touched


def test_bad_settings_are_refused_with_the_name():
    with pytest.raises(TypeError, match="no stage 'event'"):
        Settings().replace(event={"margin": 1})
    with pytest.raises(TypeError, match="no setting 'margn'"):
        Settings().replace(events={"margn": 1})
    with pytest.raises(TypeError, match="must be a number"):
        EventSettings(margin="big")
    with pytest.raises(ValueError):
        EventSettings(confidence_cap=2.0)
    with pytest.raises(TypeError, match="must be a EventSettings"):
        Settings(events={"margin": 1})
    with pytest.raises(TypeError, match="settings must be a pressie.Settings"):
        pressie.extract("文本", settings={"events": {}})


def test_extract_uses_the_settings_given():
    text = "区委召开会议\n3月6日上午,区委召开常委会,区委书记张明远主持会议。"
    (default,) = pressie.extract(text, published="2020-03-09").events
    capped = pressie.extract(text, published="2020-03-09",
                             settings=Settings().replace(events={"confidence_cap": 0.4, "confidence_base": 0.4}))
    assert default.confidence > 0.4 and capped.events[0].confidence == 0.4
    # A floor no mention reaches drops every event.
    high = Settings().replace(events={"floor": 50.0, "low_floor": 50.0})
    assert pressie.extract(text, published="2020-03-09", settings=high).events == ()


def test_every_stage_has_its_record():
    assert set(Settings().to_dict()) == {"layout", "times", "quantities", "units", "events"}
    assert isinstance(Settings().layout, pressie.LayoutSettings) and isinstance(Settings().times, pressie.TimeSettings)


def test_time_settings_reach_the_time_grammar():
    # 1月30日 in a paper of 3 January: 27 days ahead lies within the default window, so this
    # year's; with no window every later date counts as farther than one before: last year's.
    text = "1月30日,区委召开常委会。"
    (default,) = pressie.extract(text, published="2021-01-03").times
    assert default.start_value == "2021-01-30"
    strict = Settings().replace(times={"past_window_days": 0})
    (changed,) = pressie.extract(text, published="2021-01-03", settings=strict).times
    assert changed.start_value == "2020-01-30"


def test_the_design_doc_tables_every_setting():
    import dataclasses
    from pathlib import Path

    doc = Path(__file__).resolve().parent.parent / "docs" / "design.md"
    if not doc.exists():
        pytest.skip("docs/ not in this checkout")
    text = doc.read_text(encoding="utf-8")
    for stage in dataclasses.fields(Settings):
        for f in dataclasses.fields(stage.default_factory):
            assert f"| `{f.name}` | {f.default!r} |" in text, (stage.name, f.name)


def test_unit_settings_are_checked_and_survive_a_json_round_trip():
    import json

    from pressie.units import UnitSettings

    with pytest.raises(TypeError, match="max_chain"):
        UnitSettings(max_chain="x")
    with pytest.raises(TypeError, match="min_link_score"):
        UnitSettings(min_link_score=float("nan"))
    again = Settings.from_dict(json.loads(json.dumps(Settings().to_dict())))
    assert again == Settings() and hash(again.units) == hash(Settings().units)


def test_every_record_refuses_a_wrong_kind_or_range():
    from pressie.layout import LayoutSettings
    from pressie.quantities import QuantitySettings
    from pressie.times import TimeSettings

    for make in (lambda: TimeSettings(past_window_days="x"), lambda: QuantitySettings(noun_window=1.5),
                 lambda: LayoutSettings(score_body=True), lambda: EventSettings(lead_sentences=1.5)):
        with pytest.raises(TypeError, match="must be an? (integer|number)"):
            make()
    with pytest.raises(ValueError, match="EventSettings.confidence_cap"):
        EventSettings(confidence_cap=1.5)
