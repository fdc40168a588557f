#!/usr/bin/env bash
# Instructions per pass of pressie.extract over a pages file, counted by valgrind's callgrind
# (unlike wall time, stable from one interpreter start to the next and under any load): compare
# changes with it.
#   scripts/instructions.sh [--raw] [GOLD.jsonl]
#     default file: ../shared/eval/dev-pages.jsonl; needs valgrind
#     --raw: the pages in the raw form of benchmarks/pipeline.py (full-width punctuation and
#            spaces, CRLF line ends), so that normalising and mapping back are counted too
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
py=python3
[ -x "$here/.venv/bin/python" ] && py="$here/.venv/bin/python"
form=normalised
if [ "${1:-}" = "--raw" ]; then form=raw; shift; fi
gold=${1:-$here/../shared/eval/dev-pages.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/run.py" <<'PY'
import json, sys
import pressie
WIDE = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", " ": "\u3000"})
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
if sys.argv[3] == "raw":
    for d in docs:
        d["text"] = d["text"].translate(WIDE).replace("\n", "\r\n")
if sys.argv[2] == "chars":
    print(sum(len(d["text"]) for d in docs))
    sys.exit()
for d in docs[:3]:
    pressie.extract(d["text"], published=d.get("published"))  # load the lazy caches
for _ in range(int(sys.argv[2])):
    for d in docs:
        pressie.extract(d["text"], published=d.get("published"))
PY
# One BLAS thread: idle OpenBLAS threads spin under valgrind and add instructions that depend on
# the machine's load (the article assembly uses numpy).
export OPENBLAS_NUM_THREADS=1
count() {
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1" "$py" "$tmp/run.py" "$gold" "$1" "$form" 2>&1 \
    | grep -o "Collected : [0-9]*" | grep -o "[0-9]*"
}
zero=$(count 0)
one=$(count 1)
chars=$("$py" "$tmp/run.py" "$gold" chars "$form")
echo "instructions per pass ($form form): $(( (one - zero) / 1000000 )) M over $chars characters ($(( (one - zero) / chars )) per character)"
