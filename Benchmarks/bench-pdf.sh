#!/usr/bin/env bash
# PDF benchmarks for `make bench` (Docs/performance.md). Needs a release build of nianbao
# (`make build`), and for the baselines poppler-utils (pdftotext, pdfunite) and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/nianbao
PDF5=Samples/generated/t2021-five-pages/report.pdf
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in pdftotext pdfunite hyperfine; do
  command -v $tool >/dev/null || { echo "bench-pdf: $tool not found (apt-get install poppler-utils hyperfine)"; exit 0; }
done

echo "== whole process: nianbao convert vs pdftotext -layout, $PDF5 ($(pdfinfo $PDF5 | awk '/Pages/{print $2}') pages)"
# Interleaved runs; medians are steadier than means on a shared machine.
hyperfine -N --warmup 10 --runs ${RUNS:-60} --export-json "$WORK/h.json" \
  "$BIN convert $PDF5" "pdftotext -layout $PDF5 /dev/null" >/dev/null 2>&1
python3 - "$WORK/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
med = [sorted(x["times"])[len(x["times"]) // 2] * 1000 for x in r]
cpu = [(x["user"] + x["system"]) * 1000 for x in r]   # hyperfine reports mean CPU times
print(f"  nianbao convert   median wall {med[0]:.1f} ms, mean cpu {cpu[0]:.1f} ms")
print(f"  pdftotext -layout median wall {med[1]:.1f} ms, mean cpu {cpu[1]:.1f} ms")
print(f"  ratio wall {med[0] / med[1]:.2f} (target <= 1.5), cpu {cpu[0] / cpu[1]:.2f}")
PY

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
