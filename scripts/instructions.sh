#!/usr/bin/env bash
# Instructions per pass of pressie.extract over a pages file, counted by valgrind's callgrind
# (unlike wall time, stable from one interpreter start to the next): compare changes with it.
#   scripts/instructions.sh [GOLD.jsonl]     (default: ../shared/eval/dev-pages.jsonl; needs valgrind)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
py=python3
[ -x "$here/.venv/bin/python" ] && py="$here/.venv/bin/python"
gold=${1:-$here/../shared/eval/dev-pages.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/run.py" <<'PY'
import json, sys
import pressie
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for d in docs[:3]:
    pressie.extract(d["text"], published=d.get("published"))  # load the lazy caches
for _ in range(int(sys.argv[2])):
    for d in docs:
        pressie.extract(d["text"], published=d.get("published"))
PY
count() {
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1" "$py" "$tmp/run.py" "$gold" "$1" 2>&1 \
    | grep -o "Collected : [0-9]*" | grep -o "[0-9]*"
}
zero=$(count 0)
one=$(count 1)
chars=$("$py" -c "import json,sys; print(sum(len(json.loads(l)['text']) for l in open(sys.argv[1], encoding='utf-8')))" "$gold")
echo "instructions per pass: $(( (one - zero) / 1000000 )) M over $chars characters ($(( (one - zero) / chars )) per character)"
