#!/usr/bin/env python3
"""Print a real report's web page with its applications table pasted in as a picture.

Agencies often paste a table into their report as a screenshot (of a spreadsheet, or of the table
itself): the PDF has a text layer for the prose and a picture where the table is, so the table's
numbers are in no text layer. This takes a real page (`Samples/real-*/source.html`), draws its
second table (the applications table) alone with headless Chromium at twice the screen's
resolution, crops the screenshot to its ink, puts it in the page in the table's place, and prints
the page with Chromium. The truth is the real report's.

usage: make_picture_tables.py OUTDIR [--table N] [SAMPLE...]      (needs chromium and Pillow)
       --table N: paste in the page's Nth table instead (0: active disclosure, 2: section 四's
       review table, a picture a tenth of the page); the folder is then named `…-picture-tableN`
"""
import os, re, shutil, subprocess, sys, tempfile
from PIL import Image, ImageOps
from make_prints import SAMPLES, chromium, print_html


def make(browser, source, folder, index=1):
    page = open(os.path.join(SAMPLES, source, "source.html"), encoding="utf-8").read()
    tables = [m for m in re.finditer(r"<table\b.*?</table>", page, re.S)]
    table = tables[index]
    head = page[:page.index("<body")]
    with tempfile.TemporaryDirectory() as tmp:
        alone = os.path.join(tmp, "table.html")
        open(alone, "w", encoding="utf-8").write(head + "<body style='margin:8px;width:680px'>" + table.group(0) + "</body></html>")
        shot = os.path.join(tmp, "shot.png")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--force-device-scale-factor=2", "--window-size=720,1600", f"--screenshot={shot}", alone],
                       check=True, capture_output=True)
        image = Image.open(shot).convert("L")
        box = ImageOps.invert(image).getbbox()
        image = image.crop((max(0, box[0] - 4), max(0, box[1] - 4), box[2] + 4, box[3] + 4))
        # Sixteen levels of grey: a screenshot of text and rules, small in the PDF.
        image = ImageOps.posterize(image, 4)
        picture = os.path.join(tmp, "table.png")
        image.save(picture, optimize=True)
        width = image.width // 2
        with_picture = page[:table.start()] + f'<p><img src="table.png" style="width:{width}px"></p>' + page[table.end():]
        print_html(browser, with_picture, folder, files=[picture])
    shutil.copy(os.path.join(SAMPLES, source, "truth.json"), os.path.join(folder, "truth.json"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    browser = chromium()
    args = sys.argv[2:]
    index = 1
    if args[:1] == ["--table"]:
        index, args = int(args[1]), args[2:]
    for source in args or ["real-shanghai-science-2024"]:
        suffix = "" if index == 1 else str(index)
        folder = os.path.join(sys.argv[1], f"{source.replace('shanghai-', '')}-picture-table{suffix}")
        make(browser, source, folder, index)
        print(folder)


if __name__ == "__main__":
    main()
