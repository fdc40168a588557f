"""No code, word list or test copies a run of eight or more Han characters from the evaluation texts.

The evaluation files live next to the repository (``../shared/eval/*.jsonl``); when they are not there
the check is skipped. Every run of eight Han characters of their ``text`` fields is collected, and no
file under ``src/pressie``, ``tests`` or ``docs``, nor the README or the changelog, may contain one,
except inside the common official names of ``ALLOWED`` (names any Chinese newspaper uses, not content
of the evaluation articles) or where the example page the project ships (``seeds/``) holds it too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GRAM = 8
HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{%d,}" % GRAM)

# Common official names and titles that may appear in word lists and tests although they also occur in the
# evaluation texts. An eight-character run is allowed only when it lies inside one of these names.
ALLOWED = (
    "社区卫生服务中心",
    "住房和城乡建设局",
    "自然资源和规划局",
    "人力资源和社会保障局",
    "城市管理和综合执法局",
    "新时代中国特色社会主义思想",
    "新时代文明实践所",
    "新时代文明实践站",
    "新时代文明实践中心",
    # titles of office
    "区人大常委会主任",
    "县人大常委会副主任",
    "市人大常委会副主任",
    "街道党工委副书记",
)

SKIP_DIRS = {".hypothesis", "__pycache__", ".pytest_cache"}


def _texts(value, out: list[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "text" and isinstance(item, str):
                out.append(item)
            else:
                _texts(item, out)
    elif isinstance(value, list):
        for item in value:
            _texts(item, out)


def _grams(text: str) -> set[str]:
    found = set()
    for match in HAN_RUN.finditer(text):
        run = match.group()
        found.update(run[i:i + GRAM] for i in range(len(run) - GRAM + 1))
    return found


def _allowed(gram: str) -> bool:
    return any(gram in name for name in ALLOWED)


def _project_files():
    for top in (ROOT / "src" / "pressie", ROOT / "tests", ROOT / "docs"):
        for path in sorted(top.rglob("*")):
            if path.is_file() and not SKIP_DIRS.intersection(path.relative_to(ROOT).parts):
                yield path
    yield from (ROOT / "README.md", ROOT / "CHANGELOG.md")


def _seed_grams() -> set[str]:
    """The runs of the example page the project ships (``seeds/``): its output may be shown in the docs."""
    return {gram for path in sorted((ROOT / "seeds").glob("*.txt")) for gram in _grams(path.read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def evaluation_grams() -> set[str]:
    if not EVAL.is_dir():
        pytest.skip(f"no evaluation texts at {EVAL}")
    texts: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                _texts(json.loads(line), texts)
    if not texts:
        pytest.skip(f"no evaluation texts at {EVAL}")
    return {gram for text in texts for gram in _grams(text)}


def test_the_allowed_names_are_names_not_sentences():
    assert all(len(name) <= 13 and not re.search(r"[,，。;；、]", name) for name in ALLOWED)


def test_no_project_file_contains_a_run_of_the_evaluation_texts(evaluation_grams):
    hits = []
    shipped = _seed_grams()
    for path in _project_files():
        try:
            lines = path.read_text(encoding="utf-8").split("\n")
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(lines, 1):
            copied = sorted(g for g in _grams(line) if g in evaluation_grams and not _allowed(g) and g not in shipped)
            if copied:
                hits.append(f"{path.relative_to(ROOT)}:{number}: {' '.join(copied)}")
    assert not hits, "runs of the evaluation texts:\n" + "\n".join(hits)


def test_the_check_finds_a_copied_run(evaluation_grams):
    gram = next(g for g in sorted(evaluation_grams) if not _allowed(g))
    assert gram in _grams("开头" + gram + "结尾")
    assert "社区卫生服务中心" not in _grams("甲乙") and _allowed("社区卫生服务中心")
