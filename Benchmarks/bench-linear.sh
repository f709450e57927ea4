#!/usr/bin/env bash
# Linear time on hostile text (`make bench`, Docs/reliability.md): one line of N `1 ` tokens and
# of 4N, converted; the time of 4N must stay under 6 times the time of N (linear gives about 4;
# the quadratic splitting it caught gave 16, and minutes for 500,000 tokens). Needs a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/nianbao
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
N=${LINEAR_TOKENS:-100000}
python3 - "$WORK" "$N" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
for k, name in ((n, "small"), (4 * n, "large")):
    open(f"{work}/{name}.txt", "w").write("一、总体情况\n数量 " + "1 " * k + "\n")
PY
t() { local s e; s=$(date +%s%N); "$BIN" convert "$1" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
small=$(t "$WORK/small.txt"); large=$(t "$WORK/large.txt")
echo "== one line of $N tokens: ${small} ms; of $((4 * N)): ${large} ms; ratio $(python3 -c "print(round($large / max($small, 1), 2))") (linear: about 4; bound 6)"
python3 -c "import sys; sys.exit(0 if $large <= 6 * max($small, 20) else 1)" || { echo "bench-linear: superlinear"; exit 1; }
