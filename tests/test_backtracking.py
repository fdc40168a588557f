"""Every pattern pressie compiles runs in bounded time on adversarial input (no catastrophic backtracking).

The ``regex`` module's ``timeout`` makes a runaway search raise ``TimeoutError``;
a pattern compiled with the standard library's ``re`` (the time rules) runs in a
child process that is killed when it takes too long.
"""

import os
import re
import subprocess
import sys

import regex
import pytest

from pressie import layout, people, places, quantities, times, units
from pressie.lexicon import Triggers

ADVERSARIAL = [
    "会" * 20000, "一二三四五六七八九十百千万亿" * 1500, "0123456789" * 2000, "“" * 10000 + "”" * 10000,
    "区委书记" * 5000, "月日号年" * 5000, "、" * 20000, "街道社区" * 5000, "(" * 10000 + "摄" + ")" * 10000,
    "记者 " * 5000, "上午下午" * 5000, "至" * 20000, "1" * 20000 + "月",
]


def _patterns():
    found = {}
    from pressie.events import base, counts, fill, occurrences, orgs, when, where, who

    for module in (base, counts, fill, occurrences, orgs, when, where, who, layout, quantities, people, places, times, units):
        for name, value in vars(module).items():
            if isinstance(value, (regex.Pattern, re.Pattern)):
                found[f"{module.__name__}.{name}"] = value
    for name, value in quantities._lexicons().items():
        if isinstance(value, (regex.Pattern, re.Pattern)):
            found[f"numbers.lexicon.{name}"] = value
    for name, value in people._lex().items():
        if isinstance(value, (regex.Pattern, re.Pattern)):
            found[f"people.lexicon.{name}"] = value
    for name, value in places._lex().items():
        if isinstance(value, (regex.Pattern, re.Pattern)):
            found[f"places.lexicon.{name}"] = value
    rules, _, open_mark = times._grammar()
    for name, pattern, _ in rules:
        found[f"times.rule.{name}"] = pattern
    found["triggers"] = Triggers.default().pattern
    for name in Triggers.default().cues:
        found[f"triggers.cue.{name}"] = Triggers.default().cue(name)
    found["events.visited_before"] = who._visited_before()
    # The event rules' patterns whose words are cue lists of the trigger table (templates).
    for module in (base, counts, fill, occurrences, orgs, when, where, who):
        for name, value in vars(module).items():
            if isinstance(value, str) and "%{" in value:
                found[f"{module.__name__}.{name}"] = base._cue_pattern(Triggers.default(), value)
    # Layout patterns built from layout_words.json.
    for name, value in layout._shapes()._asdict().items():
        if isinstance(value, (regex.Pattern, re.Pattern)):
            found[f"layout.shapes.{name}"] = value
    for name, value in zip(("page_credit", "item_credit", "photo_credit"), layout._credit_patterns()):
        found[f"layout.{name}"] = value
    found["layout.source_credit"] = layout._source_credit()
    return found


PATTERNS = _patterns()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_text(name):
    pattern = PATTERNS[name]
    if isinstance(pattern, re.Pattern):
        child = ("import re, sys\nfrom test_backtracking import ADVERSARIAL\n"
                 "p = re.compile(sys.stdin.read())\nfor t in ADVERSARIAL:\n    for _ in p.finditer(t):\n        pass\n")
        done = subprocess.run([sys.executable, "-c", child], input=pattern.pattern, text=True, timeout=30,
                              cwd=os.path.dirname(os.path.abspath(__file__)), capture_output=True)
        assert done.returncode == 0, done.stderr
        return
    for text in ADVERSARIAL:
        for _ in pattern.finditer(text, timeout=2.0):
            pass


def test_patterns_were_collected():
    assert len(PATTERNS) > 40
