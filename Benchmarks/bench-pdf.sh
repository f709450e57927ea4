#!/usr/bin/env bash
# PDF benchmarks for `make bench` (Docs/performance.md). Needs a release build of nianbao
# (`make build`), and for the baselines poppler-utils (pdftotext, pdfunite).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/nianbao
PDF5=Samples/generated/t2021-five-pages/report.pdf
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in pdftotext pdfunite; do
  command -v $tool >/dev/null || { echo "bench-pdf: $tool not found (apt-get install poppler-utils)"; exit 0; }
done

# Interleaved runs (A, B, A, B, …: drifts of a shared machine hit both alike); medians of wall
# time and of CPU time (user + system of the child) per run, and the median of the per-pair ratios.
# $1: a command prefix for all three commands (empty, or `taskset -c 0` for one core).
compare() {
python3 - "$BIN" "$PDF5" "${RUNS:-60}" "$1" <<'PY'
import os, resource, statistics as st, subprocess, sys, time
bin_, pdf, runs, prefix = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split()
# `true` measures what starting a process from here costs; it is subtracted from both.
cmds = {"nianbao convert": prefix + [bin_, "convert", pdf],
        "pdftotext -layout": prefix + ["pdftotext", "-layout", pdf, "/dev/null"],
        "true": prefix + ["/bin/true"]}
wall = {k: [] for k in cmds}; cpu = {k: [] for k in cmds}
for i in range(runs + 10):
    for k, c in (cmds.items() if i % 2 == 0 else reversed(list(cmds.items()))):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        w = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i >= 10:   # warm-up
            wall[k].append(w * 1000)
            cpu[k].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
a, b = "nianbao convert", "pdftotext -layout"
spawn = st.median(wall["true"])
for k in (a, b):
    print(f"  {k:18s} median wall {st.median(wall[k]) - spawn:.1f} ms, median cpu {st.median(cpu[k]):.1f} ms")
print(f"  (starting a process from the harness: {spawn:.1f} ms, subtracted)")
pairs = [(x - spawn) / (y - spawn) for x, y in zip(wall[a], wall[b])]
print(f"  ratio wall {(st.median(wall[a]) - spawn) / (st.median(wall[b]) - spawn):.2f} (median of pairs {st.median(pairs):.2f}; "
      f"target <= 1.5), cpu {st.median(cpu[a]) / st.median(cpu[b]):.2f}")
PY
}

echo "== whole process: nianbao convert vs pdftotext -layout, $PDF5 ($(pdfinfo $PDF5 | awk '/Pages/{print $2}') pages)"
compare ""
if command -v taskset >/dev/null; then
  echo "== the same on one core (taskset -c 0: nianbao's --jobs defaults to 1)"
  compare "taskset -c 0"
fi

echo "== peak memory: 300 pages vs 5 pages"
args=""; for i in $(seq 60); do args="$args $PDF5"; done
pdfunite $args "$WORK/p300.pdf"
m5=0; m300=0
for i in 1 2 3; do
  a=$(/usr/bin/time -f "%M" $BIN convert $PDF5 2>&1 >/dev/null | tail -1)
  b=$(/usr/bin/time -f "%M" $BIN convert "$WORK/p300.pdf" 2>&1 >/dev/null | tail -1)
  [ "$a" -gt "$m5" ] && m5=$a; [ "$b" -gt "$m300" ] && m300=$b
done
python3 -c "print(f'  5 pages {$m5/1024:.1f} MiB, 300 pages {$m300/1024:.1f} MiB, ratio {$m300/$m5:.2f} (target <= 1.5)')"
