#!/usr/bin/env bash
# Batch benchmark for `make bench` (Docs/performance.md): born-digital throughput with --jobs N
# against N times the single-worker rate, and the batch's peak memory as the corpus grows.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/nianbao
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
N=$(nproc)
COPIES=${BATCH_COPIES:-40}

# A corpus of born-digital PDFs: every generated and shared sample report, COPIES times.
make_corpus() {   # folder copies
  mkdir -p "$1"
  for k in $(seq "$2"); do
    for f in Samples/generated/*/report.pdf Samples/synthetic-*/report.pdf; do
      cp "$f" "$1/$k-$(basename "$(dirname "$f")").pdf"
    done
  done
}
make_corpus "$WORK/c1" "$COPIES"
make_corpus "$WORK/c4" $((COPIES * 4))
inputs=$(ls "$WORK/c1" | wc -l)

rate() {   # jobs corpus -> files per second (wall)
  rm -f "$WORK/o.jsonl" "$WORK"/o.cross-year.jsonl
  /usr/bin/time -f "%e %M" -o "$WORK/t" $BIN batch "$WORK/$2" --out "$WORK/o.jsonl" --jobs "$1" --quiet 2>/dev/null
  read -r wall mem < "$WORK/t"
  echo "$(ls "$WORK/$2" | wc -l) $wall $mem"
}
echo "== batch: $inputs born-digital PDFs, 1 worker against $N, to JSON Lines"
for round in 1 2 3; do
  read -r n w1 m1 < <(rate 1 c1); read -r n wn mn < <(rate "$N" c1)
  echo "$w1 $wn" >> "$WORK/rounds"
done
python3 - "$WORK/rounds" "$inputs" "$N" <<'PY'
import sys, statistics as st
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
n, jobs = int(sys.argv[2]), int(sys.argv[3])
w1, wn = st.median(r[0] for r in rows), st.median(r[1] for r in rows)
r1, rn = n / w1, n / wn
print(f"  1 worker {r1:.1f} files/s, {jobs} workers {rn:.1f} files/s: {rn / (jobs * r1) * 100:.0f}% of {jobs}x (target >= 80%)")
PY
read -r n1 w m1 < <(rate "$N" c1)
read -r n4 w m4 < <(rate "$N" c4)
python3 -c "print(f'  peak memory (largest process): {$n1} inputs {$m1/1024:.1f} MiB, {$n4} inputs {$m4/1024:.1f} MiB')"
