#!/usr/bin/env python3
"""Score `nianbao convert` on scans with truth: every numeric cell of the three template tables,
and the calibration figure (of the values marked certain, how many are wrong).

usage: score_scans.py PATH/TO/nianbao DIR...     (each DIR holds scanned.pdf and truth.json;
       folders without scanned.pdf are skipped)
       env JOBS=N runs N conversions at once (default 2); VERBOSE=1 names each wrong or lost cell;
       SAVE=DIR writes each scan's JSON output to DIR/<scan's folder name>.json.
Prints one line per scan (exact, wrong, wrong and marked certain, lost, exact but flagged
uncertain) and the totals.
"""
import concurrent.futures, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def truth_cells(truth):
    """{path: value} of a truth file: ours give the paths; the shared synthetic samples' older
    form is read with the shared tools' keys, when they are beside the repository."""
    if "paths" in truth:
        return truth["paths"]
    sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "tools"))
    from keys import truth_paths
    return truth_paths(truth)


def num(x):
    return None if x is None or isinstance(x, bool) else float(x)


def score(binary, folder):
    truth = json.load(open(os.path.join(folder, "truth.json")))
    want = truth_cells(truth)
    r = subprocess.run([binary, "convert", os.path.join(folder, "scanned.pdf")], capture_output=True)
    try:
        cells = {c["path"]: c for c in json.loads(r.stdout).get("cells", [])}
    except ValueError:
        cells = {}
    if os.environ.get("SAVE"):
        os.makedirs(os.environ["SAVE"], exist_ok=True)
        with open(os.path.join(os.environ["SAVE"], os.path.basename(folder.rstrip("/")) + ".json"), "wb") as f:
            f.write(r.stdout)
    exact = wrong = certain_wrong = lost = flagged = 0
    notes = []
    for path, v in want.items():
        c = cells.get(path, {})
        got, w = num(c.get("value")), num(v)
        if got == w:
            exact += 1
            flagged += got is not None and bool(c.get("uncertain", False))
        elif got is None:
            lost += 1; notes.append(f"lost {path} = {v}")
        else:
            wrong += 1
            certain_wrong += not c.get("uncertain", False)
            notes.append(f"WRONG {path} = {v}, read {c.get('value')} ({'uncertain' if c.get('uncertain') else 'certain'})")
    return folder, exact, wrong, certain_wrong, lost, flagged, len(want), notes


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    folders = [f for f in sys.argv[2:] if os.path.exists(os.path.join(f, "scanned.pdf"))]
    total = [0, 0, 0, 0, 0, 0]
    with concurrent.futures.ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        for folder, e, w, cw, l, fl, n, notes in pool.map(lambda f: score(binary, f), folders):
            print(f"{os.path.basename(folder.rstrip('/'))}: {e}/{n} wrong {w} (certain {cw}) lost {l} flagged {fl}", flush=True)
            if os.environ.get("VERBOSE"):
                for note in notes:
                    print("   ", note)
            for k, x in enumerate((e, w, cw, l, fl, n)):
                total[k] += x
    e, w, cw, l, fl, n = total
    print(f"total: {e}/{n} ({e / max(n, 1):.2%}) wrong {w} (certain {cw}) lost {l} flagged {fl} (exact but marked uncertain)")


if __name__ == "__main__":
    main()
