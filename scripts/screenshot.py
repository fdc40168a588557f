#!/usr/bin/env python3
"""Write the notebook view of a page as HTML and as a PNG screenshot (for the docs).

    python scripts/screenshot.py [PAGE.txt] [-o docs/img/notebook.png] [--published DATE] [--width 1100] [--height 1400]

Renders ``pressie.display(page, ...)`` in headless Chromium (``chromium``,
``chromium-browser`` or ``google-chrome`` on the PATH, or ``$CHROME``). The
The HTML page goes to a temporary folder unless ``--html`` says where. Exits 2 when no
browser is found. Chinese text needs a CJK font on the machine (Debian:
``apt-get install fonts-wqy-zenhei`` or ``fonts-noto-cjk``), else it shows as boxes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ec77b263febc861d.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Flags that keep a headless run offline, quiet and independent of any profile.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars")


def find_browser() -> str | None:
    """The Chromium executable to use: ``$CHROME`` or the first of the usual names on the PATH."""
    if os.environ.get("CHROME"):
        return os.environ["CHROME"]
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_browser(browser: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run headless Chromium with a fresh profile folder and ``args``; returns the finished process."""
    with tempfile.TemporaryDirectory(prefix="pressie-chromium-") as profile:
        return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", nargs="?", default=str(SEED), help="a page text file (default: the seed page)")
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "img" / "notebook.png"))
    parser.add_argument("--html", help="also keep the HTML page here (default: a temporary file)")
    parser.add_argument("--published", help="the publication date (ISO)")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=1400)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    import pressie

    browser = find_browser()
    if browser is None:
        print("no Chromium found (install chromium, or set $CHROME)", file=sys.stderr)
        return 2
    source = Path(args.page)
    page = pressie.extract(source.read_text(encoding="utf-8"), id=source.stem, published=args.published)
    png = Path(args.output).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    html = Path(args.html).resolve() if args.html else Path(tempfile.mkdtemp()) / "page.html"
    pressie.display(page, html)
    done = run_browser(browser, f"--screenshot={png}", f"--window-size={args.width},{args.height}", html.as_uri())
    if done.returncode != 0 or not png.exists():
        print(done.stderr[-2000:], file=sys.stderr)
        return 1
    print(f"{png} ({png.stat().st_size:,} bytes) from {html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
