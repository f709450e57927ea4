#!/usr/bin/env python3
"""Compare each kept scan's metadata (title, agency, year, period, contact) with what the
born-digital file it was made from gives: the requirement is a scan's metadata as from the PDF.

usage: scan_metadata.py [SCANS_DIR [EXPECTED_DIR]]
       SCANS_DIR holds <scan>/scanned.pdf.json (default Samples/expected/scans, the goldens);
       EXPECTED_DIR holds the born-digital outputs (default Samples/expected).
Each scan's source is named by Samples/scans/<scan>/scan.json (`source`, `file`). Prints each
scan's differing fields (born-digital, scan) and the count of fields that differ.
"""
import glob, json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def flat(d, prefix=""):
    out = {}
    for k, v in (d or {}).items():
        if isinstance(v, dict):
            out.update(flat(v, prefix + k + "."))
        else:
            out[prefix + k] = v
    return out


def main():
    scans = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Samples/expected/scans")
    expected = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Samples/expected")
    differing = compared = 0
    for f in sorted(glob.glob(os.path.join(scans, "*", "scanned.pdf.json"))):
        name = os.path.basename(os.path.dirname(f))
        spec = json.load(open(os.path.join(ROOT, "Samples/scans", name, "scan.json")))
        src, file = spec["source"], spec.get("file")
        refs = [os.path.join(expected, src, file + ".json")] if file else sorted(glob.glob(os.path.join(expected, src, "*.pdf.json")))
        if not refs or not os.path.exists(refs[0]):
            print(f"{name}: no born-digital output"); continue
        born = flat(json.load(open(refs[0]))["metadata"])
        scan = flat(json.load(open(f))["metadata"])
        keys = sorted((set(born) | set(scan)) - {"template_evidence"})
        diff = [(k, born.get(k), scan.get(k)) for k in keys if born.get(k) != scan.get(k)]
        compared += len(keys)
        differing += len(diff)
        print(f"{name}: " + ("as born-digital" if not diff else "; ".join(f"{k} {b!r} → {s!r}" for k, b, s in diff)))
    print(f"fields differing: {differing} of {compared}")


if __name__ == "__main__":
    main()
