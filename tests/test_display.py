import json
import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser

import pytest

import pressie
from pressie.display import SLOTS, display, to_html
from pressie.records import Event, Page

SCRIPT_PAGE = ("北城区召开安全生产例会\n"
               "本报讯 3月6日上午,北城区召开安全生产例会<script>document.body.setAttribute('data-injected','yes')</script>,"
               "区委书记张明主持会议,副区长刘芳出席会议并讲话。\n"
               "柏庄镇开展志愿服务\n"
               "本报讯 3月5日,柏庄镇开展了志愿服务活动,为30户特困人员送去\"米&油\"。\n")


class _Dom(HTMLParser):
    """Collects the text of each block (labels left out), the units and the marks of an HTML view."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.blocks: list[str] = []
        self.units: list[dict] = []
        self.marks: list[tuple[str, str]] = []
        self.scripts = 0
        self.body_attrs: dict = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "body":
            self.body_attrs = attrs
        if tag == "script":
            self.scripts += 1
        if tag == "section" and "pressie-unit" in classes:
            self.units.append(attrs)
        self.stack.append({"tag": tag, "classes": classes, "attrs": attrs, "text": []})

    def handle_endtag(self, tag):
        while self.stack:
            node = self.stack.pop()
            text = "".join(node["text"])
            if "pressie-block" in node["classes"]:
                self.blocks.append(text)
            if node["tag"] == "mark":
                self.marks.append((node["attrs"].get("data-slot"), text))
            if self.stack and "pressie-label" not in node["classes"]:
                self.stack[-1]["text"].append(text)
            if node["tag"] == tag:
                break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1]["text"].append(data)


def _parse(markup: str) -> _Dom:
    dom = _Dom()
    dom.feed(markup)
    dom.close()
    return dom


@pytest.fixture(scope="module")
def script_page():
    return pressie.extract(SCRIPT_PAGE, id="mine-1", published="2020-03-09", mode="page")


def test_every_character_is_escaped(script_page):
    markup = to_html(script_page)
    assert "<script>" not in markup
    assert "&lt;script&gt;document.body.setAttribute(&#x27;data-injected&#x27;,&#x27;yes&#x27;)&lt;/script&gt;" in markup
    assert "&quot;米&amp;油&quot;" in markup
    dom = _parse(markup)
    assert dom.scripts == 0
    # Each line of the page is shown once, character for character, labels aside.
    assert sorted(dom.blocks) == sorted(script_page.text[b.start:b.end] for b in script_page.blocks)


def test_units_outlined_and_evidence_marked_by_slot(script_page):
    assert len(script_page.articles) == 2 and len(script_page.events) == 2
    dom = _parse(to_html(script_page))
    assert [u["data-unit"] for u in dom.units] == ["0", "1"]
    marks = set(dom.marks)
    for event in script_page.events:
        assert ("trigger", event.trigger.text) in marks
        assert ("when", event.when.text) in marks
    assert ("who", "张明") in marks and ("title", "区委书记") in marks
    assert {slot for slot, _ in marks} <= {name for name, _ in SLOTS}
    assert any(slot == "count" for slot, _ in marks)
    assert 'class="pressie-legend"' in to_html(script_page)


def test_overlapping_slots_never_nest_or_cross(seed_page):
    markup = to_html(seed_page)
    dom = _parse(markup)
    assert len(dom.units) == len(seed_page.articles)
    assert dom.marks
    assert sorted(dom.blocks) == sorted(seed_page.text[b.start:b.end] for b in seed_page.blocks)
    for slot, text in dom.marks:
        assert text and text in seed_page.text


def test_article_and_event_views(script_page):
    article = script_page.articles[1]
    dom = _parse(article._repr_html_())
    assert len(dom.units) == 1 and dom.units[0]["data-unit"] == "1"
    assert ("trigger", article.events[0].trigger.text) in dom.marks
    event = script_page.events[0]
    view = event._repr_html_()
    assert "page mine-1" in view and "article #0" in view
    assert ("trigger", event.trigger.text) in _parse(view).marks
    # An event rebuilt without its evidence still shows its slots.
    bare = Event.from_dict({**event.to_dict(), "evidence": []})
    assert "张明" in bare._repr_html_()


def test_page_repr_html_and_round_trip(script_page):
    again = Page.from_dict(json.loads(json.dumps(script_page.to_dict())))
    assert again._repr_html_() == script_page._repr_html_()


def test_display_writes_a_standalone_file(script_page, tmp_path):
    out = display(script_page, tmp_path / "page.html")
    assert out == tmp_path / "page.html"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
    assert pressie.display is display
    with pytest.raises(TypeError):
        to_html("北城区召开会议")  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        display(script_page, tmp_path / "missing" / "page.html")


def _browser():
    if os.environ.get("CHROME"):
        return os.environ["CHROME"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def _dump_dom(browser: str, path) -> str:
    with tempfile.TemporaryDirectory(prefix="pressie-chromium-") as profile:
        done = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
            capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(_browser() is None, reason="no Chromium on this machine")
def test_in_a_real_browser(seed_page, script_page, tmp_path):
    browser = _browser()
    seed_file = display(seed_page, tmp_path / "seed.html")
    dom = _parse(_dump_dom(browser, seed_file))
    assert len(dom.units) == len(seed_page.articles)
    assert {slot for slot, _ in dom.marks} >= {"trigger", "who", "when", "where", "org"}
    assert sorted(dom.blocks) == sorted(seed_page.text[b.start:b.end] for b in seed_page.blocks)

    # A script of our own runs (the browser does run scripts); the one in the text stays text.
    mine = display(script_page, tmp_path / "script.html")
    mine.write_text(mine.read_text(encoding="utf-8").replace(
        "</body>", "<script>document.body.setAttribute('data-control','ran')</script></body>"), encoding="utf-8")
    dom = _parse(_dump_dom(browser, mine))
    assert dom.body_attrs.get("data-control") == "ran"
    assert "data-injected" not in dom.body_attrs
    assert dom.scripts == 1
    assert any("<script>document.body.setAttribute('data-injected','yes')</script>" in b for b in dom.blocks)


def test_pages_without_units_or_events_still_show_their_text():
    layout = pressie.extract("标题\n正文<b>一</b>。", until="layout")
    dom = _parse(to_html(layout))
    assert dom.units == [] and sorted(dom.blocks) == ["标题", "正文<b>一</b>。"]
    units = pressie.extract("3月5日,柏庄镇开展了志愿服务活动。", published="2020-03-09", until="units")
    markup = to_html(units)
    assert "1 article · 0 events" in markup and "page " not in markup
    assert _parse(to_html(Page(text=""))).blocks == []


def test_a_notebook_shows_the_html_view(script_page):
    formatters = pytest.importorskip("IPython.core.formatters")
    data, _ = formatters.format_display_data(script_page)
    assert data["text/plain"] == repr(script_page)
    assert data["text/html"] == to_html(script_page)
    for record in (script_page.articles[0], script_page.events[0]):
        data, _ = formatters.format_display_data(record)
        assert data["text/html"].startswith('<div class="pressie">')


def test_marks_sit_on_the_text_as_given_after_normalisation():
    text = "３月５日，柏庄镇组织４０名志愿者开展清洁家园志愿服务活动。"
    page = pressie.extract(text, published="2020-03-09")
    dom = _parse(to_html(page))
    assert dom.blocks == [text]
    assert ("when", "３月５日") in dom.marks and ("count", "４０名") in dom.marks
