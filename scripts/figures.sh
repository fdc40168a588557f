#!/usr/bin/env bash
# Print the figures docs/evaluation.md quotes: scores on gold files and the benchmarks.
#   scripts/figures.sh [EVAL_DIR]
# EVAL_DIR holds dev-articles.jsonl, dev-pages.jsonl and dev-realpages.jsonl (default:
# $PRESSIE_SHARED/eval, else ../shared/eval next to the checkout); gold files that are
# not there are skipped. The peer columns of the benchmarks need the bench extra.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${1:-${PRESSIE_SHARED:-$here/../shared}/eval}
py=python3
[ -x "$here/.venv/bin/python" ] && py="$here/.venv/bin/python"
for name in dev-articles dev-pages dev-realpages; do
    gold="$eval_dir/$name.jsonl"
    if [ -f "$gold" ]; then
        echo "## $name"; "$here/scripts/evaluate.sh" "$gold"
    else
        echo "## $name: $gold not found, skipped"
    fi
done
for b in pipeline times numbers people; do echo "## benchmarks/$b.py"; "$py" "$here/benchmarks/$b.py"; done
