#!/usr/bin/env python3
"""Write the fuzz seeds made from odd inputs (Docs/reliability.md) into Fuzz/seeds/.

usage: make_seeds.py        (Python 3 standard library only; repeatable)

Text: the odd-cell rows of issue 12 in a tab extract (〇, dashes, footnote markers, a value in
parentheses, a space as thousands separator, a missing field). PDF: a page turned by /Rotate,
text drawn twice a point apart (fake bold), a font whose ToUnicode maps codes to private use,
a ToUnicode deflated twice (small: the bomb itself is in the malformed corpus).
"""
import os, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Tests", "Corpus"))
from make_malformed import write_pdf  # noqa: E402

TEXT = os.path.join(HERE, "seeds", "text")
PDF = os.path.join(HERE, "seeds", "pdf")


def put(folder, name, data):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def odd_cells():
    plumber = open(os.path.join(TEXT, "plumber.txt"), encoding="utf-8").read().split("\n")
    rows = {"本年新收": "数量\t\t\t5\t〇\t7\t75\t31\t107\t245",
            "（一）予以公开": "公开\t\t\t一\t5*\t—\t-\t－\t/\t无",
            "（二）部分公开": "只计这一情形，不计其他情形）\t5①\t（3）\t1 107\t\t\t\t"}
    out = []
    for line in plumber:
        for key, tail in rows.items():
            if key in line:
                line = line.split("\t")[0].rsplit(key, 1)[0] + key + tail.split("\t", 1)[0].join(["", ""]) + "\t" + tail.split("\t", 1)[1]
        out.append(line)
    return "\n".join(out).encode("utf-8")


def page_with(content, extra_page=b"", font=b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", objects=()):
    """One page drawing `content` with font F1 (`font`), the page dictionary extended by `extra_page`."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", 3: font,
            4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + extra_page + b" /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
            5: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)}
    for i, o in enumerate(objects):
        objs[6 + i] = o
    return write_pdf(objs)


def main():
    put(TEXT, "odd-cells.txt", odd_cells())
    text = b"BT /F1 12 Tf 72 720 Td (2024 report 12 0 256) Tj ET"
    put(PDF, "rotate-90.pdf", page_with(text, b"/Rotate 90"))
    put(PDF, "rotate-180.pdf", page_with(text, b"/Rotate 180"))
    put(PDF, "fake-bold.pdf", page_with(b"BT /F1 12 Tf 72 720 Td (8 256) Tj ET BT /F1 12 Tf 72.6 720 Td (8 256) Tj ET"))
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <E000> endbfrange "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    put(PDF, "private-use-tounicode.pdf", page_with(text, font=b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
                                                   objects=[b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)]))
    twice = zlib.compress(zlib.compress(cmap * 50, 9), 9)
    put(PDF, "tounicode-deflated-twice.pdf", page_with(text, font=b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
                                                      objects=[b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(twice) + twice + b"\nendstream"]))


if __name__ == "__main__":
    main()
