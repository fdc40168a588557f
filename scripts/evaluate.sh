#!/usr/bin/env bash
# Run pressie on a gold file and score it with the scorer that comes with the package.
#   scripts/evaluate.sh GOLD.jsonl [articles|pages]
# (the mode is read from the gold when left out: pages when its documents list articles).
# PRESSIE_SCORE=path/to/score.py scores with that script instead (same arguments as
# `pressie evaluate --score`).
set -euo pipefail
gold=${1:?usage: scripts/evaluate.sh GOLD.jsonl [articles|pages]}
mode=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
runner=pressie
[ -x "$here/.venv/bin/pressie" ] && runner="$here/.venv/bin/pressie"
exec "$runner" evaluate "$gold" --run ${mode:+--mode "$mode"} ${PRESSIE_SCORE:+--score "$PRESSIE_SCORE"}
