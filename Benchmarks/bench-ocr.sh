#!/usr/bin/env bash
# OCR benchmarks for `make bench` (Docs/performance.md): CPU per page against poppler's and
# tesseract's own CLIs, wall time on 2 workers against 1, peak memory with 2 workers.
# Needs a release build of nianbao (`make build`) and, for the baseline, poppler-utils and
# tesseract-ocr (the CLI). Runs take minutes: the scan is recognised several times.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/nianbao
PDF=${OCR_PDF:-Samples/scans/synthetic-11-300dpi-skew/scanned.pdf}
ROUNDS=${OCR_ROUNDS:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in pdftoppm tesseract pdfinfo; do
  command -v $tool >/dev/null || { echo "bench-ocr: $tool not found (apt-get install poppler-utils tesseract-ocr)"; exit 0; }
done
PAGES=$(pdfinfo "$PDF" | awk '/Pages/{print $2}')
echo "== OCR: $PDF ($PAGES pages), $ROUNDS rounds, interleaved"

# CPU seconds (user + system) and wall seconds of a command, from GNU time.
measure() { /usr/bin/time -f "%U %S %e %M" -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }; cat "$WORK/t"; }

baseline() {
  # What a user would otherwise run: render at 300 dpi in gray, then tesseract per page, one thread.
  rm -f "$WORK"/p-*.pgm
  pdftoppm -r 300 -gray "$PDF" "$WORK/p"
  for f in "$WORK"/p-*.pgm; do OMP_THREAD_LIMIT=1 tesseract "$f" - -l chi_sim+eng >/dev/null 2>&1; done
}
export -f baseline; export PDF WORK

for r in $(seq "$ROUNDS"); do
  read -r u s e m < <(measure bash -c baseline);           echo "base $u $s $e $m" >>"$WORK/log"
  read -r u s e m < <(measure $BIN convert --jobs 1 "$PDF"); echo "one  $u $s $e $m" >>"$WORK/log"
  read -r u s e m < <(measure $BIN convert --jobs 2 "$PDF"); echo "two  $u $s $e $m" >>"$WORK/log"
done
python3 - "$WORK/log" "$PAGES" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
pages = int(sys.argv[2])
def med(kind, f): return st.median(f(r) for r in rows if r[0] == kind)
cpu = lambda r: float(r[1]) + float(r[2])
wall = lambda r: float(r[3])
mem = lambda r: int(r[4]) / 1024
b, o = med("base", cpu) / pages, med("one", cpu) / pages
print(f"  CPU per page: pdftoppm + tesseract {b:.2f} s, nianbao --jobs 1 {o:.2f} s, ratio {o / b:.2f} (target <= 1.1)")
w1, w2 = med("one", wall), med("two", wall)
print(f"  wall: --jobs 1 {w1:.2f} s, --jobs 2 {w2:.2f} s, ratio {w2 / w1:.2f} (target <= 0.6)")
print(f"  peak memory with 2 workers: {max(mem(r) for r in rows if r[0] == 'two'):.0f} MiB (target <= 400)")
PY
