"""The examples of the README and of the docs pages are run as they are written.

A ```python block runs in one namespace per file (blocks of a file follow on
from each other), in a scratch folder that holds a copy of ``seeds/``. Comment
lines at the end of a block are the output it must print; ``...`` stands for
anything (a whole line of ``...`` for any number of lines). In a ```bash
block, each ``pressie …`` command (also after ``&&``) runs through the CLI and
must exit 0.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.S | re.M)
PAGES = ["README.md", "docs/index.md", "docs/quickstart.md", "docs/notebook.md", "docs/pipeline.md",
         "docs/event-types.md"]


def blocks(path: Path) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(path.read_text(encoding="utf-8"))]


def expected_output(code: str) -> list[str]:
    """The trailing comment lines of a block, without their ``# ``."""
    lines = code.rstrip("\n").split("\n")
    out: list[str] = []
    while lines and lines[-1].startswith("#"):
        out.insert(0, lines.pop()[2:])
    return out


def matches(expected: list[str], got: list[str]) -> bool:
    """``expected`` lines against ``got``, ``...`` matching any text (alone on a line: any lines)."""
    if not expected:
        return not got
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(matches(rest, got[i:]) for i in range(len(got) + 1))
    if not got:
        return False
    pattern = ".*".join(re.escape(part) for part in head.split("..."))
    return re.fullmatch(pattern, got[0]) is not None and matches(rest, got[1:])


@pytest.fixture()
def scratch(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_matches_is_strict():
    assert matches(["a ... c"], ["a b c"]) and not matches(["a ... c"], ["a b d"])
    assert matches(["x", "...", "z"], ["x", "1", "2", "z"]) and not matches(["x", "..."], ["y"])
    assert not matches(["x"], ["x", "extra"])
    assert expected_output("print(1)\n# 1\n") == ["1"]


@pytest.mark.parametrize("name", [p for p in PAGES if (ROOT / p).exists()])
def test_examples_run(name, scratch):
    from pressie.cli import main

    namespace: dict = {"__name__": "__readme__"}
    ran = 0
    for lang, code in blocks(ROOT / name):
        if lang == "python":
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"{name} example", "exec"), namespace)
            got = out.getvalue().rstrip("\n").split("\n") if out.getvalue() else []
            want = expected_output(code)
            if want:
                assert matches(want, got), f"{name}: expected\n" + "\n".join(want) + "\ngot\n" + "\n".join(got)
            ran += 1
        elif lang in ("bash", "sh", "console"):
            for line in code.splitlines():
                for command in line.split("&&"):
                    words = shlex.split(command.strip().removeprefix("$ "))
                    if words[:1] == ["pressie"]:
                        with contextlib.redirect_stdout(io.StringIO()):
                            assert main(words[1:]) == 0, command
                        ran += 1
    assert ran, f"{name} has no example to run"


def test_readme_shows_the_page_of_the_seed(scratch):
    # The README's loop over events must survive events without a date.
    import pressie

    page = pressie.extract((scratch / "seeds" / "000_ec77b263febc861d.txt").read_text(encoding="utf-8"))
    assert any(e.when is None for e in page.events)
    code = [c for lang, c in blocks(ROOT / "README.md") if lang == "python"][0]
    loop = code[code.index("for e in page.events"):]
    with contextlib.redirect_stdout(io.StringIO()) as out:
        exec(loop, {"page": page})
    assert len(out.getvalue().splitlines()) == len(page.events)


def test_docs_site_builds_without_warnings(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                           "--site-dir", str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "site" / "notebook" / "index.html").exists()
    assert (tmp_path / "site" / "img" / "notebook.png").exists()
