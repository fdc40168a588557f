#!/usr/bin/env python3
"""Print the markdown tables of the settings records (field, default, meaning) for docs/design.md.

    python scripts/settings_table.py

The meaning of a field is the comment on its line, or the ``#:``/``#`` comment lines right above
it, in the class's source.
"""
from __future__ import annotations

import dataclasses
import inspect
import re

import pressie
from pressie.settings import Settings


def _meanings(cls) -> dict[str, str]:
    lines = inspect.getsource(cls).splitlines()
    out, pending = {}, []
    for line in lines:
        stripped = line.strip()
        m = re.match(r"(\w+)\s*:\s*[^=]+=\s*[^#]+(?:#\s*(.*))?$", stripped)
        if stripped.startswith("#"):
            pending.append(stripped.lstrip("#:").strip())
        elif m and not stripped.startswith(("def ", "return", "if ", "for ")):
            text = m.group(2) or " ".join(pending)
            out[m.group(1)] = text.strip()
            pending = []
        elif not stripped:
            pending = []
    return out


def main() -> None:
    for stage in dataclasses.fields(Settings):
        cls = stage.default_factory
        meanings = _meanings(cls)
        print(f"### `{stage.name}`: `{cls.__name__}`\n")
        print("| field | default | meaning |\n| --- | --- | --- |")
        for f in dataclasses.fields(cls):
            meaning = meanings.get(f.name, "").replace("|", "\\|")
            print(f"| `{f.name}` | {f.default!r} | {meaning} |")
        print()


if __name__ == "__main__":
    main()
