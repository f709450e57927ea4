#!/usr/bin/env python3
"""Print the real reports' web pages again, styled the ways agencies' sites style them.

The shared real samples were each printed once by Chromium, from pages with no style sheet. The
same tables reach users from sites whose style sheets change how they print: HTML's default
`border="1"` tables without `cellspacing="0"` (every cell in a box of its own: two rules a few
points apart between rows and columns), small pages, narrow page bodies, large type. Each variant
here adds one such style rule to a real page (`Samples/real-*/source.html`) and prints it with
headless Chromium; the truth is the real report's (`truth.json`: styling changes no number).

usage: make_prints.py OUTDIR [NAME...]     (needs chromium)
       make_prints.py --styles OUTDIR       every style of STYLES on every real page, with
                                            `pdftotext -layout` and `pdftotext` extracts of each
                                            print (not kept as samples: Docs/accuracy.md's figures
                                            for printed styles come from it)
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
    # Columns of equal width (`table-layout:fixed`): the group label's pieces are cells of their
    # own on some lines and glued to the row label on others; line geometry had put （一）'s values
    # in （二）'s row (2 wrong numbers where no grid is read).
    "real-pingtan-2020-fixed-layout": ("real-pingtan-2020", "table{width:100%;table-layout:fixed}"),
    # No rules at all: read by line geometry only. No row of the 2019 applications table is
    # complete (135 blank cells), so the columns come from the header words above the rows.
    "real-office-2019-no-rules": ("real-shanghai-office-2019", "table,td,th{border:none !important}"),
    # Lines as tall as the type and no padding: the header words of neighbouring columns stand
    # half a character apart on one line (`自然 商业`) and each column's header wraps (`自然` over
    # `人`); the applications table (no complete row) was lost, 41 cells.
    "real-office-2019-tight": ("real-shanghai-office-2019", "td{line-height:1;padding:0}"),
    # Zoomed to 125 %: 三、本年度办理结果 wraps into pieces beside the row labels, its last piece
    # `果` alone on the line of （二）'s values; read by its lines alone, （一）'s values went to （二）
    # (2 wrong numbers) until a lone last piece before values could complete the term.
    "real-science-2024-zoom-125": ("real-shanghai-science-2024", "body{zoom:1.25}"),
    # Cells filled white (as many sites' style sheets, and Word and WPS, draw them): rendered as
    # coverage, every filled cell was ink and the table one block, its rules lost; the grid
    # reading found no table (2 of 198 cells when read as a grid alone).
    "real-pingtan-2020-white-cells": ("real-pingtan-2020", "td{background:#fff}"),
    # A rule under each cell and none between columns (kept scanned only: Samples/scans): no
    # vertical rule crosses the rules, so a scan gave no grid and tesseract read the tables as
    # prose, values of close columns run together (105 of 198 cells until such tables were read
    # as grids of their numbers' columns).
    # No rules at all on a report whose tables are full (kept scanned only): a scan gave no grid
    # and tesseract read the tables as prose (21 of 198 cells on a probe until rows of values were
    # given rules and read as tables ruled only across).
    "real-pingtan-2020-no-rules": ("real-pingtan-2020", "table,td,th{border:none !important}"),
    "real-pingtan-2020-horizontal-rules": ("real-pingtan-2020", "table{border:0 !important;border-collapse:collapse} "
                                           "td{border:0 !important;border-bottom:1px solid #000 !important}"),
    # Rules in light grey (kept scanned only): scanned at 200 dpi they are some 20 levels below
    # paper that itself drifts by more across the page, and were not found where a row's cells
    # held type (32 of 200 cells until pale rules were sought against the paper around them).
    "real-science-2024-light-rules": ("real-shanghai-science-2024", "table{border-collapse:collapse} td{border:1px solid #ccc}"),
    # Dashed rules (kept scanned only): scanned, each rule is a row of short dashes, cut at every
    # gap into pieces too short for a line, and read as text (1 of 200 cells on a probe until
    # dashed lines were joined).
    "real-science-2024-dashed": ("real-shanghai-science-2024", "table{border-collapse:collapse} td{border:1px dashed #000}"),
    # Header rows shaded (as Word's and WPS's table styles draw them; kept scanned only): the fill,
    # some 25 levels below the paper, drowned the rules in and under it (189 of 198 cells on a
    # probe until rules were also sought against the paper on both sides of each pixel).
    "real-office-2019-header-fill": ("real-shanghai-office-2019", "table{border-collapse:collapse} "
                                     "tr:first-child td, tr:nth-child(2) td{background:#dbe5f1;font-weight:bold}"),
    # A4 landscape (kept scanned only): the review table's fifteen columns narrow enough that
    # the header's type comes close to the doubled sides on both sides; one side, cut in the
    # header's row, kept only a 62-px piece in the value row and the row lost its six values
    # (192 of 198 cells on a style probe until such pieces were taken).
    "real-office-2019-landscape": ("real-shanghai-office-2019", "@page{size:A4 landscape}"),
    # The same on A4 landscape in small type (kept scanned only): in the review table's header,
    # type set against the columns' sides on both sides ran through them as two horizontal runs
    # a few pixels apart, cutting each side into two pieces too short for one; the header read
    # as junk and the six values named no row (192 of 198 cells on a style probe).
    "real-office-2019-a4-landscape-small": ("real-shanghai-office-2019", "@page{size:A4 landscape} table{font-size:10px}"),
    # 平潭's page with its tables in 9-px type (kept scanned only): the same cut, in the review
    # table's header, lost its value row's fifteen zeros (183 of 198 cells on a style probe).
    "real-pingtan-2020-small-type": ("real-pingtan-2020", "table{font-size:9px}"),
    # A5 with each cell boxed on its own, 2 px apart (kept scanned only): the narrow columns'
    # boxes, narrower than a rule, went unfound, and each such column's cells ran down the table
    # as one (115 of 200 cells on a style probe until boxes' tops and bottoms that short were
    # sought where boxes stand side by side).
    "real-science-2024-a5-separate": ("real-shanghai-science-2024",
                                      "@page{size:A5} table{border-collapse:separate;border-spacing:2px}"),
    # 上海市政府办公厅 2019 with no rules and its cells set right (kept scanned only): close
    # columns' values read as one word (`1859` for `1` `859`), and the header did not fit the
    # table's numbers (163 of 198 cells on a style probe until such words were parted at the
    # paper between them).
    "real-office-2019-right-no-rules": ("real-shanghai-office-2019", "table,td,th{border:none !important} td{text-align:right}"),
    # 上海市科委 2024 with no rules, its cells centred and set tight, lines as tall as the type
    # (kept scanned only): the applications table's rows closer than tesseract's words are tall,
    # and its header's column lines touching (89 of 200 cells on a style probe until rows that
    # overlap were parted midway between their values and tight header lines at their faintest
    # row).
    "real-science-2024-centre-no-rules-tight": ("real-shanghai-science-2024",
                                                "table,td,th{border:none !important} td{text-align:center;line-height:1;padding:0}"),
}


# Style rules agencies' pages carry, each added alone to every real page by `--styles`.
STYLES = {
    "landscape": "@page{size:A4 landscape}",
    "a5": "@page{size:A5}",
    "small-type": "table{font-size:9px}",
    "large-type": "table{font-size:20px}",
    "serif-right": "body{font-family:serif} td{text-align:right}",
    "separate-borders": "table{border-collapse:separate;border-spacing:3px}",
    "padding": "td{padding:10px}",
    "centred": "table{width:100%} td{text-align:center;vertical-align:middle}",
    "no-rules": "table,td,th{border:none !important}",
    "thick-rules": "table{border-collapse:collapse} td{border:2px solid #000}",
    "grey": "table{border-collapse:collapse} td{border:1px solid #aaa;color:#333}",
    "narrow": "body{width:400px}",
    "fixed-layout": "table{width:100%;table-layout:fixed}",
    "horizontal-rules": "table{border:0 !important;border-collapse:collapse} td{border:0 !important;border-bottom:1px solid #000 !important}",
    "light-rules": "table{border-collapse:collapse} td{border:1px solid #ccc}",
    "body-18px": "body{font-size:18px}",
    "zoom": "body{zoom:0.8}",
    "margins-5mm": "@page{margin:5mm}",
    "tight": "td{line-height:1;padding:0}",
    "a5-separate": "@page{size:A5} table{border-collapse:separate;border-spacing:2px}",
    # Added 2026-12-02 (tenth session), after the figures of Docs/accuracy.md's table of styles.
    "letter-spacing": "td{letter-spacing:2px}",
    "right-no-rules": "table,td,th{border:none !important} td{text-align:right}",
    "top-align-narrow": "body{width:480px} td{vertical-align:top}",
    "zoom-125": "body{zoom:1.25}",
    "serif-small": "body{font-family:serif} table{font-size:11px}",
    "centre-no-rules-tight": "table,td,th{border:none !important} td{text-align:center;line-height:1;padding:0}",
    "wide-padding-right": "td{padding:4px 12px;text-align:right}",
    "a4-landscape-small": "@page{size:A4 landscape} table{font-size:10px}",
    "white-cells": "td{background:#fff}",
    "zebra": "tr:nth-child(even) td{background:#f2f2f2}",
    "header-fill": "table{border-collapse:collapse} tr:first-child td, tr:nth-child(2) td{background:#dbe5f1;font-weight:bold}",
    "dashed": "table{border-collapse:collapse} td{border:1px dashed #000}",
    "blue-rules": "table{border-collapse:collapse} td{border:1px solid #4472c4}",
    "double-outer": "table{border:3px double #000 !important;border-collapse:collapse} td{border:1px solid #000}",
    "bold-table": "td{font-weight:bold}",
}


def print_html(browser, page, folder, files=()):
    """Prints the HTML text `page` (with `files` beside it, copied from their paths) to
    `folder`/report-chromium.pdf."""
    os.makedirs(folder, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, tmp)
        html = os.path.join(tmp, "page.html")
        open(html, "w", encoding="utf-8").write(page)
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={os.path.join(folder, 'report-chromium.pdf')}", html],
                       check=True, capture_output=True)


def print_page(browser, source, css, folder):
    page = open(os.path.join(SAMPLES, source, "source.html"), encoding="utf-8").read()
    print_html(browser, page.replace("</head>", f"<style>{css}</style></head>", 1), folder)
    shutil.copy(os.path.join(SAMPLES, source, "truth.json"), os.path.join(folder, "truth.json"))


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("make_prints.py: chromium not found")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    browser = chromium()
    if sys.argv[1] == "--styles":
        out = sys.argv[2]
        for source in ("real-pingtan-2020", "real-shanghai-office-2019", "real-shanghai-science-2024"):
            for style, css in STYLES.items():
                folder = os.path.join(out, f"{source}-{style}")
                print_page(browser, source, css, folder)
                pdf = os.path.join(folder, "report-chromium.pdf")
                subprocess.run(["pdftotext", "-layout", pdf, os.path.join(folder, "pdftotext-layout.txt")], check=True)
                subprocess.run(["pdftotext", pdf, os.path.join(folder, "pdftotext-raw.txt")], check=True)
                print(f"{source}-{style}")
        return
    out = sys.argv[1]
    for name in sys.argv[2:] or list(PRINTS):
        source, css = PRINTS[name]
        print_page(browser, source, css, os.path.join(out, name))
        print(f"{name}: {source} with {css}")


if __name__ == "__main__":
    main()
