#!/usr/bin/env python3
"""Make the malformed-input corpus (Docs/reliability.md) into OUTDIR: what a crawler brings home.

usage: make_malformed.py OUTDIR      (Python 3 standard library only; seeded, repeatable)

Sources: Samples/synthetic-11/report.pdf, the seed extract, and the encrypted and image-only PDF
fixtures. Nothing here is committed but this script: the corpus is made afresh by the test.
"""
import codecs, os, random, re, shutil, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PDF = open(os.path.join(ROOT, "Samples", "synthetic-11", "report.pdf"), "rb").read()
SEED = open(os.path.join(ROOT, "Samples", "seed", "000_fbc53eca3484a611.txt"), encoding="utf-8").read()
FIXTURES = os.path.join(ROOT, "Tests", "NianbaoKitTests", "Fixtures", "pdf")


def minimal_pdf(pages, text_per_page=None, size=(595, 842), to_unicode=None):
    """A hand-written PDF with `pages` pages, each showing a short ASCII text (or none); its font
    gets `to_unicode` (a stream object's bytes, from `<<`) as its ToUnicode map when given."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    n = 4
    if to_unicode is not None:
        objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>"
        objs[4] = to_unicode
        n = 5
    kids = []
    for i in range(pages):
        page, content = n, n + 1
        n += 2
        kids.append(b"%d 0 R" % page)
        stream = (b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % (text_per_page or "").replace("%d", str(i + 1)).encode()) if text_per_page else b""
        objs[page] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (size[0], size[1], content)
        objs[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    return write_pdf(objs)


def write_pdf(objs):
    """A PDF of the numbered objects `objs` (1 the catalog, numbered 1..n without gaps), with
    its cross-reference table."""
    n = max(objs) + 1
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


def rotated(pdf, angle, pages=None):
    """The PDF with `/Rotate angle` added to its page objects (all, or those at the given indices),
    by an incremental update: each page object written again after the end, and a cross-reference
    section for them (needs page objects outside object streams, as LibreOffice writes them)."""
    found = list(re.finditer(rb"(\d+) 0 obj\s*<<\s*/Type\s*/Page(?![s\w])", pdf))
    root = re.findall(rb"/Root\s+(\d+ \d+ R)", pdf)[-1]
    size = int(re.findall(rb"/Size\s+(\d+)", pdf)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    entries = []
    for i, m in enumerate(found):
        if pages is not None and i not in pages:
            continue
        body = re.sub(rb"/Rotate\s+\d+", b"", pdf[m.start():pdf.index(b"endobj", m.start())])
        at = body.index(b"<<") + 2
        entries.append((int(m.group(1)), len(out)))
        out += body[:at] + b"/Rotate %d " % angle + body[at:] + b"endobj\n"
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % e for e in entries)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, prev, xref)
    return bytes(out)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    rnd = random.Random(20261130)

    def put(name, data):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)

    put("zero-bytes.pdf", b"")
    put("zero-bytes.txt", b"")
    for i in range(3):
        blob = bytes(rnd.randrange(256) for _ in range(rnd.choice([17, 4096, 65536])))
        put(f"random-{i}.bin", blob)
        put(f"random-{i}.pdf", blob)
        put(f"random-{i}.txt", blob)
    put("random-with-pdf-header.pdf", b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(20000)))
    # Truncated downloads, at many offsets.
    for cut in [5, 9, 64, 512, 1024] + [int(len(PDF) * f) for f in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)]:
        put(f"truncated-at-{cut}.pdf", PDF[:cut])
    put("truncated-before-eof-marker.pdf", PDF[:PDF.rfind(b"%%EOF")])
    # Bytes flipped.
    for i in range(8):
        data = bytearray(PDF)
        for _ in range(rnd.choice([1, 10, 200])):
            data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
        put(f"flipped-{i}.pdf", bytes(data))
    # A broken or missing cross-reference table.
    put("xref-offset-wrong.pdf", re.sub(rb"startxref\s+\d+", b"startxref\n999999999", PDF))
    put("xref-offset-garbage.pdf", re.sub(rb"startxref\s+\d+", b"startxref\nabc", PDF))
    at = PDF.rfind(b"xref")
    put("xref-missing.pdf", PDF[:at] + b"%%EOF\n" if at > 0 else PDF)
    put("xref-entries-scrambled.pdf", re.sub(rb"\d{10} \d{5} n", lambda m: b"%010d 00000 n" % rnd.randrange(len(PDF)), PDF))
    # Not PDFs, named .pdf.
    put("html-error-page.pdf", b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n")
    put("empty-pdf-header-only.pdf", b"%PDF-1.4\n%%EOF\n")
    # Encrypted, image-only.
    for name in ("encrypted.pdf", "image-only.pdf", "zero-pages.pdf"):
        shutil.copy(os.path.join(FIXTURES, name), os.path.join(outdir, name))
    # Thousands of pages (over the default --max-pages of 2000).
    put("thousands-of-pages.pdf", minimal_pdf(3000, "page %d"))
    put("tiny-valid-not-a-report.pdf", minimal_pdf(1, "hello world"))
    # The largest page PDF allows (200 x 200 inches), without text: OCR must not render it at 300 dpi.
    put("huge-page-no-text.pdf", minimal_pdf(1, None, size=(14400, 14400)))
    # Deeply nested PDF object (a parser's stack).
    deep = minimal_pdf(1, "deep").replace(b"/Type /Catalog", b"/Type /Catalog /Junk " + b"[" * 50000 + b"]" * 50000)
    put("deeply-nested.pdf", deep)
    # A font whose ToUnicode map is deflated twice: 3 KB that inflate to 1 GiB (poppler reads a
    # ToUnicode stream whole into memory).
    inner = zlib.compressobj(9)
    zeros = b"0" * (1 << 20)
    packed = b"".join(inner.compress(zeros) for _ in range(1024)) + inner.flush()
    bomb = zlib.compress(packed, 9)
    stream = b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(bomb) + bomb + b"\nendstream"
    put("tounicode-inflates-to-1gib.pdf", minimal_pdf(1, "hello", to_unicode=stream))
    # Pages turned by /Rotate: all of them, or one; fonts without a Unicode map (their ToUnicode
    # entries blanked): read by OCR under --ocr auto.
    put("rotated-90-every-page.pdf", rotated(PDF, 90))
    put("rotated-180-every-page.pdf", rotated(PDF, 180))
    put("rotated-270-second-page.pdf", rotated(PDF, 270, pages={1}))
    put("fonts-without-unicode-maps.pdf", re.sub(rb"/ToUnicode\s*\d+ 0 R", lambda m: b" " * len(m.group(0)), PDF))
    # Text in other and unknown encodings.
    put("seed-gbk.txt", SEED.encode("gbk", errors="replace"))
    put("seed-utf16.txt", codecs.BOM_UTF16_LE + SEED.encode("utf-16-le"))
    put("seed-utf16-no-bom.txt", SEED.encode("utf-16-be"))
    put("seed-big5.txt", SEED.encode("big5", errors="replace"))
    put("seed-latin1-mojibake.txt", SEED.encode("utf-8").decode("latin-1").encode("utf-8"))
    put("unknown-encoding.txt", bytes(rnd.choice(range(0x80, 0x100)) for _ in range(3000)))
    # Binary named .txt, NUL bytes.
    put("png-named.txt", b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(5000)))
    put("seed-with-nul-bytes.txt", SEED.replace("\n", "\x00\n", 40).encode("utf-8"))
    put("only-nul-bytes.txt", b"\x00" * 10000)
    # A single line of millions of characters (over the default --max-line-length).
    put("one-line-3m-chars.txt", ("政府信息公开" * 500000).encode("utf-8"))
    # A table of 100,000 numbers under a report's title.
    lines = ["某县人民政府2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况"]
    for r in range(10000):
        lines.append("\t".join(str(rnd.randrange(1000)) for _ in range(10)))
    put("table-100k-numbers.txt", ("\n".join(lines) + "\n").encode("utf-8"))
    # Many short lines, a whitespace-only file, a file of form feeds.
    put("form-feeds-only.txt", b"\x0c" * 5000)
    put("whitespace-only.txt", b" \n\t\n   \r\n" * 1000)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
