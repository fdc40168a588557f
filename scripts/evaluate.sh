#!/usr/bin/env bash
# Run pressie on a gold file and score it with ../shared/eval/score.py.
#   scripts/evaluate.sh ../shared/eval/dev-pages.jsonl pages
#   scripts/evaluate.sh ../shared/eval/dev-articles.jsonl articles
set -euo pipefail
gold=${1:?usage: scripts/evaluate.sh GOLD.jsonl [articles|pages]}
mode=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
score=${PRESSIE_SCORE:-$here/../shared/eval/score.py}
runner=pressie
[ -x "$here/.venv/bin/pressie" ] && runner="$here/.venv/bin/pressie"
exec "$runner" evaluate "$gold" ${mode:+"$mode"} --score "$score"
