#!/usr/bin/env bash
# Print the figures docs/evaluation.md quotes: dev-gold scores and the benchmarks.
#   scripts/figures.sh            (needs ../shared/eval and the bench extra for the peer columns)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
py=python3
[ -x "$here/.venv/bin/python" ] && py="$here/.venv/bin/python"
echo "## dev-articles"; "$here/scripts/evaluate.sh" "$here/../shared/eval/dev-articles.jsonl" articles
echo "## dev-pages"; "$here/scripts/evaluate.sh" "$here/../shared/eval/dev-pages.jsonl" pages
for b in pipeline times numbers people; do echo "## benchmarks/$b.py"; "$py" "$here/benchmarks/$b.py"; done
