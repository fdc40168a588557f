"""Griffe extension for the docs site: doctest examples become code blocks, Sphinx roles code.

pressie's docstrings end with bare ``>>>`` examples (run by pytest's
``--doctest-modules``); Markdown would read their output (``[('meeting', …)]``)
as links. Each run of ``>>>`` lines and their output, up to a blank line, is
fenced as ``pycon``; a Sphinx role (``:class:`~pressie.records.Page```) shows as
code (``Page``).
"""

from __future__ import annotations

import re

import griffe

ROLE = re.compile(r":(?:meth|class|func|attr|mod|data|exc|obj):`(~?)([\w.]+)`")


def plain_roles(text: str) -> str:
    return ROLE.sub(lambda m: f"`{m.group(2).rsplit('.', 1)[-1] if m.group(1) else m.group(2)}`", text)


def fence_doctests(text: str) -> str:
    out: list[str] = []
    inside, indent = False, ""
    for line in text.split("\n"):
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            inside, indent = True, line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs) -> None:
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(fence_doctests(obj.docstring.value))
