#!/usr/bin/env python3
"""Print the real reports' web pages again, styled the ways agencies' sites style them.

The shared real samples were each printed once by Chromium, from pages with no style sheet. The
same tables reach users from sites whose style sheets change how they print: HTML's default
`border="1"` tables without `cellspacing="0"` (every cell in a box of its own: two rules a few
points apart between rows and columns), small pages, narrow page bodies, large type. Each variant
here adds one such style rule to a real page (`Samples/real-*/source.html`) and prints it with
headless Chromium; the truth is the real report's (`truth.json`: styling changes no number).

usage: make_prints.py OUTDIR [NAME...]     (needs chromium)
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)

PRINTS = {
    # name: real sample folder and the style rule added to its page
    # Each cell boxed on its own, 3 px apart (double rules); caught strokes of characters touching
    # a cell's top being taken for column rules (they cross both rules of a double line).
    "real-office-2019-separate-borders": ("real-shanghai-office-2019",
                                          "table{border-collapse:separate;border-spacing:3px}"),
    # A5 paper: group labels wrap to three characters a line beside the row labels. Caught line
    # geometry reading a piece of the group label into a row label and moving a row's values one
    # row down (now split-group-label-pieces), and that reading being kept over the grid's.
    "real-science-2024-a5": ("real-shanghai-science-2024", "@page{size:A5}"),
    # A page body 400 px wide: the same family on a report whose source fails one identity (by 6),
    # so that a grid reading is never settled: the line reading must be right by itself.
    "real-pingtan-2020-narrow": ("real-pingtan-2020", "body{width:400px}"),
}


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("make_prints.py: chromium not found")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    names = sys.argv[2:] or list(PRINTS)
    browser = chromium()
    for name in names:
        source, css = PRINTS[name]
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        page = open(os.path.join(SAMPLES, source, "source.html"), encoding="utf-8").read()
        page = page.replace("</head>", f"<style>{css}</style></head>", 1)
        with tempfile.TemporaryDirectory() as tmp:
            html = os.path.join(tmp, "page.html")
            open(html, "w", encoding="utf-8").write(page)
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={os.path.join(folder, 'report-chromium.pdf')}", html],
                           check=True, capture_output=True)
        shutil.copy(os.path.join(SAMPLES, source, "truth.json"), os.path.join(folder, "truth.json"))
        print(f"{name}: {source} with {css}")


if __name__ == "__main__":
    main()
