#!/usr/bin/env python3
"""Make "searchable" scans: scanned pages with an invisible text layer over them, as an OCR
program (a scanner's, ABBYY, OCRmyPDF, tesseract) writes them, with the misreadings such a
layer has.

Each page is rendered and degraded as `make_scans.py` does it; the text layer is the source
PDF's own words (`pdftotext -bbox`), each drawn invisibly (text render mode 3) over its place in
`GlyphLessFont`, the font tesseract and OCRmyPDF set their text in. Some words are then changed,
as an OCR program misreads digits (`misread`: the n-th occurrence of a word, counted from 1, and
what it becomes). Such a text layer is complete, so a reader that trusts it prints its wrong
numbers as certain.

The PDF is written here byte by byte (no PDF library is needed): one JPEG per page (DCTDecode),
and a Type0 font whose codes are the text's UTF-16 code units, mapped to Unicode one to one.

usage: make_searchable_scans.py OUTDIR [NAME...]     (needs pdftoppm, pdftotext, Pillow, numpy)
"""
import html, io, json, os, random, re, shutil, sys, tempfile

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_scans  # noqa: E402  (beside this script)

SCANS = {
    # 上海市科委's Chromium print at 200 dpi; its text layer misreads 97 as 91 and 35 as 85, as
    # the digit confusions of OCR do.
    "real-science-2024-searchable": dict(source="real-shanghai-science-2024", file="report-chromium.pdf", dpi=200,
                                         skew=0.3, noise=0.6, quality=40, seed=201,
                                         misread=[("97", 1, "91"), ("35", 1, "85")]),
}


def words(pdf):
    """Each page's size in points and its words with their boxes (points, top-left origin)."""
    out = make_scans.subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        ws = [(float(a), float(b), float(c), float(d), html.unescape(t))
              for a, b, c, d, t in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append((float(m.group(1)), float(m.group(2)), ws))
    return pages


def misread(pages, changes):
    """`pages` with the n-th occurrence of each word (in reading order) replaced."""
    seen = {}
    for _, _, ws in pages:
        for k, w in enumerate(ws):
            seen[w[4]] = seen.get(w[4], 0) + 1
            for word, n, becomes in changes:
                if w[4] == word and seen[word] == n:
                    ws[k] = w[:4] + (becomes,)
    return pages


def utf16_hex(text):
    return text.encode("utf-16-be").hex().upper()


def text_layer(width, height, ws):
    """A content stream drawing `ws` invisibly, each word filling its box."""
    ops = ["BT", "3 Tr"]
    for x0, y0, x1, y1, t in ws:
        size = max(1.0, y1 - y0)
        units = len(t.encode("utf-16-be")) // 2
        # Every code is 1000 units wide (`/DW`): the word is stretched to its box.
        scale = 100.0 * (x1 - x0) / (units * size) if units else 100.0
        ops.append(f"/F1 {size:.2f} Tf {scale:.2f} Tz 1 0 0 1 {x0:.2f} {height - y1 + 0.2 * size:.2f} Tm <{utf16_hex(t)}> Tj")
    ops.append("ET")
    return "\n".join(ops).encode()


def write_pdf(path, pages, producer):
    """`pages`: (JPEG bytes, pixel width, height, gray?, page width, height in points, words)."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            b"1 beginbfrange <0000> <FFFF> <0000> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    tounicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 1000 1000] "
                     b"/ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 >>")
    cidfont = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont "
                  b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  b"/FontDescriptor %d 0 R /DW 1000 /CIDToGIDMap /Identity >>" % descriptor)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cidfont, tounicode))
    pages_id = len(objects) + 1 + 3 * len(pages)
    kids = []
    for jpeg, pw, ph, gray, width, height, ws in pages:
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s /BitsPerComponent 8 "
                    b"/Filter /DCTDecode /Length %d >>\nstream\n" % (pw, ph, b"DeviceGray" if gray else b"DeviceRGB", len(jpeg))
                    + jpeg + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (width, height) + text_layer(width, height, ws)
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                        b"/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
                        % (pages_id, width, height, stream, image, font)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    info = add(b"<< /Producer (%s) >>" % producer.encode())
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, info, xref)
    with open(path, "wb") as f:
        f.write(out)


def make(name, opt, outdir):
    rng = random.Random(opt["seed"])
    nrng = np.random.default_rng(opt["seed"])
    src = os.path.join(make_scans.SAMPLES, opt["source"], opt.get("file", "report.pdf"))
    layer = misread(words(src), opt.get("misread", []))
    work = tempfile.mkdtemp()
    try:
        pages = []
        for k, path in enumerate(make_scans.render(src, opt["dpi"], False, work)):
            img = Image.open(path)
            img.load()
            img = make_scans.degrade(img.convert("L"), opt, rng, nrng)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=opt["quality"])
            width, height, ws = layer[k]
            pages.append((buf.getvalue(), img.width, img.height, True, width, height, ws))
        folder = os.path.join(outdir, name)
        os.makedirs(folder, exist_ok=True)
        write_pdf(os.path.join(folder, "scanned.pdf"), pages, "nianbao make_searchable_scans.py (a text layer as OCR programs write it)")
        truth = os.path.join(os.path.dirname(src), "truth.json")
        shutil.copy(truth, os.path.join(folder, "truth.json"))
        with open(os.path.join(folder, "scan.json"), "w") as f:
            json.dump(dict(opt, name=name, text_layer="GlyphLessFont, invisible"), f, ensure_ascii=False, indent=1, sort_keys=True)
    finally:
        shutil.rmtree(work)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    names = sys.argv[2:] or list(SCANS)
    for name in names:
        make(name, SCANS[name], sys.argv[1])
        print("made", name)


if __name__ == "__main__":
    main()
