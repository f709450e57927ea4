#!/usr/bin/env python3
"""Make a set of probe scans: the real reports' prints (and their styled prints) scanned under
conditions drawn at random, within what issue 14 asks us to read (200 to 300 dpi, skew up to 1°,
noise, JPEG, a seal, a page fed sideways or upside down). The probes are not kept (a few MB
each): they are made again from a seed, so a figure measured on them can be measured again.

usage: make_probes.py OUTDIR [--seed N] [--count N]     (needs pdftoppm, Pillow, numpy)
       make_probes.py OUTDIR --seed N --styles           each style of make_prints.STYLES (35
                                                         style rules sites print with) printed by
                                                         Chromium on one real page, the pages in
                                                         turn from the seed, then scanned the same
                                                         way (prints kept in OUTDIR/_prints)
Each probe is OUTDIR/<name>/scanned.pdf with its truth.json and scan.json (the conditions), as
make_scans.py writes them; score them with score_scans.py.
"""
import argparse, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_scans

REAL = ("real-pingtan-2020", "real-shanghai-office-2019", "real-shanghai-science-2024")

SOURCES = (
    [(r, f"report-{p}.pdf") for r in REAL for p in ("libreoffice", "chromium")]
    + [(f"prints/{d}", "report-chromium.pdf") for d in sorted(os.listdir(os.path.join(make_scans.SAMPLES, "prints")))
       if os.path.exists(os.path.join(make_scans.SAMPLES, "prints", d, "report-chromium.pdf"))]
)


def conditions(rng, seed):
    """One probe's conditions, drawn from the issue's range."""
    return dict(dpi=rng.choice([200, 240, 300]), skew=round(rng.uniform(-1.0, 1.0), 2),
                noise=round(rng.uniform(0.4, 1.0), 2), quality=rng.choice([30, 35, 40, 45, 50, 55]),
                seal=rng.random() < 0.3, turn=rng.choice([0, 0, 0, 0, 0, 90, 180, 270]), seed=seed)


def probe(k, rng, seed, source, file, outdir):
    """Scans print `file` of `source` under conditions drawn from `rng` as probe `k`."""
    opt = conditions(rng, seed * 1000 + k)
    opt.update(source=source, file=file)
    kind = file[len("report-"):-len(".pdf")]
    name = f"{k:02d}-{os.path.basename(source)}-{kind}-{opt['dpi']}dpi"
    make_scans.make(name, opt, outdir)
    print("made", name, {x: opt[x] for x in ("skew", "noise", "quality", "seal", "turn")}, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1, help="the set's seed (default 1)")
    ap.add_argument("--count", type=int, default=None, help="how many probes (default: one per print, or per style)")
    ap.add_argument("--styles", action="store_true", help="the styles of make_prints.py, one probe each")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if a.styles:
        import make_prints
        browser = make_prints.chromium()
        for k, (style, css) in enumerate(list(make_prints.STYLES.items())[:a.count]):
            source = REAL[(k + a.seed) % len(REAL)]
            printed = os.path.join(os.path.abspath(a.outdir), "_prints", f"{source}-{style}")
            if not os.path.exists(os.path.join(printed, "report-chromium.pdf")):
                make_prints.print_page(browser, source, css, printed)
            probe(k, rng, a.seed, printed, "report-chromium.pdf", a.outdir)
        return
    for k in range(a.count or len(SOURCES)):
        probe(k, rng, a.seed, *SOURCES[k % len(SOURCES)], a.outdir)


if __name__ == "__main__":
    main()
