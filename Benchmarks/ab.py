#!/usr/bin/env python3
"""CPU time of two nianbao binaries, side by side on one core.

    python3 Benchmarks/ab.py NEW BASE FILE...

Runs `NEW convert FILE` and `BASE convert FILE` for every FILE, pinned to core 0 (`taskset -c 0`),
alternating which binary goes first, 25 rounds of which the first 3 are warm-up; prints the median
CPU time (user + system of the children) of a round for each and their ratio. Build the base from
the commit before the change (`git worktree add /tmp/base REV && cd /tmp/base && make build`).
The machine is noisy: only the ratio of binaries run this way, interleaved, says anything.
"""
import resource
import statistics
import subprocess
import sys

ROUNDS, WARMUP = 25, 3


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    new, base, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    times = {new: [], base: []}
    for i in range(ROUNDS):
        order = (new, base) if i % 2 == 0 else (base, new)
        for binary in order:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            for f in files:
                subprocess.run(["taskset", "-c", "0", binary, "convert", f], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if i >= WARMUP:
                times[binary].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    n, b = statistics.median(times[new]), statistics.median(times[base])
    print(f"new {n * 1000:.0f} ms CPU, base {b * 1000:.0f} ms CPU, ratio {n / b:.3f}")


if __name__ == "__main__":
    main()
