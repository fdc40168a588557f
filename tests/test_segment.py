"""The optional pkuseg segmenter: model fetching, checksums, and boundaries as evidence.

The model itself (50 MB through pip) is not fetched here; a tiny stand-in
wheel exercises fetch/locate, and the one test that needs the real model runs
when ``PRESSIE_MODELS`` holds it (``pressie models fetch``).
"""

import dataclasses
import hashlib
import io
import pickle
import zipfile

import pytest

import pressie
from pressie import segment
from pressie.cli import main
from pressie.errors import ModelError
from pressie.segment import fetch, locate, token_boundaries


def _fake_wheel(tmp_path, spec):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(spec.members[0], pickle.dumps({"unigram": {"区"}, "bigram": {"区委"},
                                                  "feature_to_idx": {"a": 0}, "tag_to_idx": {"B": 0}}))
        z.writestr(spec.members[1], b"weights")
    path = tmp_path / spec.wheel
    path.write_bytes(buf.getvalue())
    return path, hashlib.sha256(buf.getvalue()).hexdigest()


@pytest.fixture
def fake_model(tmp_path, monkeypatch):
    spec = segment.MODELS["pkuseg-mixed"]
    wheel, digest = _fake_wheel(tmp_path, spec)
    monkeypatch.setitem(segment.MODELS, "pkuseg-mixed", dataclasses.replace(spec, sha256=digest))
    return wheel, tmp_path / "cache"


def test_fetch_refuses_a_wheel_with_another_checksum(tmp_path):
    wheel, _ = _fake_wheel(tmp_path, segment.MODELS["pkuseg-mixed"])
    with pytest.raises(ModelError, match="SHA-256"):
        fetch(dest=tmp_path / "cache", wheel=wheel)
    assert not (tmp_path / "cache").exists()


def test_fetch_then_locate(fake_model):
    wheel, cache = fake_model
    folder = fetch(dest=cache, wheel=wheel)
    assert locate(dest=cache) == folder
    assert sorted(p.name for p in folder.iterdir()) == ["features.msgpack", "manifest.json", "weights.npz"]


def test_locate_notices_a_changed_file(fake_model):
    wheel, cache = fake_model
    folder = fetch(dest=cache, wheel=wheel)
    (folder / "weights.npz").write_bytes(b"tampered")
    with pytest.raises(ModelError, match="checksum"):
        locate(dest=cache)


def test_locate_says_how_to_get_a_missing_model(tmp_path):
    with pytest.raises(ModelError, match="pressie models fetch"):
        locate(dest=tmp_path)


def test_unknown_model_name(tmp_path):
    with pytest.raises(ModelError, match="unknown model"):
        locate("bert-base-chinese", dest=tmp_path)


def test_cli_models_list_reports_a_missing_model(tmp_path, capsys):
    assert main(["models", "list", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "not installed" in out and "pressie models fetch" in out
    assert main(["models", "check", "--dir", str(tmp_path)]) == 1


def test_cli_models_fetch_from_a_local_wheel(fake_model, capsys):
    wheel, cache = fake_model
    assert main(["models", "fetch", "--dir", str(cache), "--wheel", str(wheel)]) == 0
    assert main(["models", "check", "--dir", str(cache)]) == 0


def test_token_boundaries_skip_spaces_and_altered_tokens():
    assert sorted(token_boundaries("区委 书记李明", ["区委", "书记", "李明"])) == [0, 2, 3, 5, 7]
    assert sorted(token_boundaries("abc", ["x"])) == [0, 3]


class _Words:
    """A stand-in segmenter with fixed words."""

    def __init__(self, words):
        self.words = words

    def boundaries(self, text):
        return token_boundaries(text, self.words)


def test_names_off_word_boundaries_are_dropped():
    text = "5月8日,区委召开会议,区委书记王建国主持。"
    head = ["5月8日", ",", "区委", "召开", "会议", ",", "区委", "书记"]
    kept = pressie.extract(text, published="2023-05-10", segmenter=_Words(head + ["王建国", "主持", "。"]))
    cut = pressie.extract(text, published="2023-05-10", segmenter=_Words(head + ["王建", "国主持", "。"]))
    assert [p.text for p in kept.people] == ["王建国"]
    assert cut.people == ()


def test_a_segmenter_needs_boundaries():
    with pytest.raises(TypeError, match="boundaries"):
        pressie.extract("区委召开会议", segmenter=object())


def test_real_pkuseg_model_when_fetched():
    pytest.importorskip("spacy_pkuseg")
    try:
        folder = locate(verify=False)
    except ModelError:
        pytest.skip("pkuseg model not fetched (pressie models fetch)")
    seg = segment.PkusegSegmenter(folder, verify=False)
    text = "区委书记罗富成带队深入西李庄村检查。"
    bounds = seg.boundaries(text)
    assert {4, 7} <= bounds  # 罗富成 is a word
