"""Shared fixtures and hypothesis profiles (``HYPOTHESIS_PROFILE=long`` for a long fuzzing run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=150, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "000_ec77b263febc861d.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_page(seed_text):
    import pressie

    return pressie.extract(seed_text)


@pytest.fixture(scope="session")
def nlp():
    import pressie

    return pressie.load()


def lines_run(fn, *modules) -> int:
    """The lines of ``modules`` (default: all of pressie) executed while ``fn()`` runs: a measure of
    work, not time, so that a quadratic step shows on any machine and under any load."""
    import sys

    import pressie

    files = {m.__file__ for m in modules}
    root = os.path.dirname(pressie.__file__)
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        name = frame.f_code.co_filename
        return local if (name in files if files else name.startswith(root)) else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(previous)
    return count


def load_yaml(name: str):
    import yaml

    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def assert_offsets(source: str, record) -> None:
    """Every span a record holds slices the source to its text."""
    from pressie.records import iter_spans

    for start, end, text in iter_spans(record):
        assert 0 <= start <= end <= len(source), (start, end, len(source))
        assert source[start:end] == text, (start, end, source[start:end], text)
