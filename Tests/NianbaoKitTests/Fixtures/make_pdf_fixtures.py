#!/usr/bin/env python3
"""Make the small PDF fixtures the bad-input tests use (needs PyMuPDF: pip install pymupdf).

usage: python3 make_pdf_fixtures.py     (writes pdf/*.pdf next to this script)
Truncated and byte-flipped PDFs are made by the tests themselves from Samples/synthetic-11/report.pdf.
"""
import os
import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pdf")
os.makedirs(OUT, exist_ok=True)
SAMPLE = os.path.join(HERE, "..", "..", "..", "Samples", "synthetic-11", "report.pdf")

# Encrypted copies of the first page of a sample report: user password "secret".
src = fitz.open(SAMPLE)
one = fitz.open()
one.insert_pdf(src, from_page=0, to_page=0)
one.save(os.path.join(OUT, "encrypted.pdf"), encryption=fitz.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner", garbage=4, deflate=True)
# Owner password only: opens without a password.
one.save(os.path.join(OUT, "owner-only.pdf"), encryption=fitz.PDF_ENCRYPT_AES_128, user_pw="", owner_pw="owner", garbage=4, deflate=True)

# A PDF that is not a report: one page of English text.
doc = fitz.open()
page = doc.new_page()
page.insert_text((72, 72), "Quarterly sales figures\nRegion A: 12\nRegion B: 15", fontsize=12)
doc.save(os.path.join(OUT, "not-a-report.pdf"), garbage=4, deflate=True)

# An image-only page (a blank white image): no text layer.
doc = fitz.open()
page = doc.new_page()
pix = fitz.Pixmap(fitz.csGRAY, fitz.IRect(0, 0, 200, 280), False)
pix.clear_with(255)
page.insert_image(page.rect, pixmap=pix)
doc.save(os.path.join(OUT, "image-only.pdf"), garbage=4, deflate=True)

# Zero pages: a hand-written minimal PDF whose page tree is empty.
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(os.path.join(OUT, "zero-pages.pdf"), "wb").write(bytes(out))

# An HTML error page saved under a .pdf name.
open(os.path.join(OUT, "html-error-page.pdf"), "w").write(
    "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n")
print("wrote", sorted(os.listdir(OUT)))
