#!/usr/bin/env python3
"""Make scanned copies of born-digital sample reports: the way a report looks after it was
printed, stamped and scanned.

Each page is rendered (pdftoppm), then degraded in a seeded, repeatable way: a red seal stamped
over the table, a slight rotation, uneven paper and toner, specks, blur, and JPEG compression;
optionally the whole page turned by 90 or 180 degrees (a page fed the wrong way), or scanned in
black and white (`bilevel`: one threshold, one bit a pixel, no JPEG). The pages are
put into a PDF of images (Pillow), with no text layer, as a scanner writes it; with `pages`, only
those pages (1-based), each made as in the whole scan (a probe's page kept small).

usage: make_scans.py OUTDIR [NAME...]     (needs pdftoppm, Pillow, numpy)
The source of each scan is a sample's report.pdf (or the print named by `file`); its truth is the
sample's truth.json.
"""
import io, json, math, os, random, shutil, subprocess, sys, tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)

SCANS = {
    # name: source sample folder (under Samples/) and degradations
    "synthetic-11-300dpi-skew": dict(source="synthetic-11", dpi=300, skew=0.8, noise=0.6, quality=45, seed=11),
    "t2019-ukai-200dpi": dict(source="generated/t2019-ukai", dpi=200, skew=-1.0, noise=1.0, quality=50, seed=12),
    "t2021-narrow-seal": dict(source="generated/t2021-narrow-wqy", dpi=300, skew=0.4, noise=0.5, quality=40,
                              seal=True, seed=13),
    "t2021-sans-jpeg-upside-down": dict(source="generated/t2021-sans-wide", dpi=240, skew=-0.5, noise=0.8,
                                        quality=20, turn=180, seed=14),
    "synthetic-22-sideways": dict(source="synthetic-22", dpi=200, skew=0.3, noise=0.5, quality=50, turn=90, seed=15),
    # Real reports: their web pages as printed by LibreOffice and by Chromium, then scanned.
    "real-pingtan-2020-seal": dict(source="real-pingtan-2020", file="report-libreoffice.pdf", dpi=300, skew=0.7,
                                   noise=0.6, quality=40, seal=True, seed=21),
    "real-office-2019-sideways": dict(source="real-shanghai-office-2019", file="report-chromium.pdf", dpi=200,
                                      skew=-0.6, noise=0.8, quality=45, turn=270, seed=22),
    "real-science-2024-skew1": dict(source="real-shanghai-science-2024", file="report-chromium.pdf", dpi=240,
                                    skew=1.0, noise=1.0, quality=35, seed=23),
    # A styled print of a real web page (Samples/prints), scanned: a fixed table layout with no
    # cell padding, type touching the rules, at 200 dpi.
    "real-pingtan-2020-fixed-layout-200dpi": dict(source="prints/real-pingtan-2020-fixed-layout", file="report-chromium.pdf",
                                                  dpi=200, skew=0.3, noise=0.5, quality=50, seal=True, seed=33),
    # 上海市科委's page printed on A5 (small type in narrow cells), at 240 dpi: OCR drops the item
    # number of the last applications row's label and reads section 四's first `1` as `下`.
    "real-science-2024-a5-240dpi": dict(source="prints/real-science-2024-a5", file="report-chromium.pdf", dpi=240,
                                        skew=0.8, noise=0.7, quality=45, seed=43),
    # The same A5 print at 200 dpi (a probe of make_probes.py, seed 19): the rule between the
    # labels and the first column of values, grey and blurred to 8 pixels with type set against
    # it on both sides, was found in three rows only, and the rules under `3.其他` and under its
    # group, a few pixels apart, made one run too thick for a line (60 of 200 cells before both
    # were taken as rules).
    "real-science-2024-a5-200dpi": dict(source="prints/real-science-2024-a5", file="report-chromium.pdf", dpi=200,
                                        skew=-0.07, noise=0.68, quality=45, seed=19014),
    # 上海市科委's page zoomed to 125 % (lines as tall as the type), at 240 dpi (a probe of
    # make_probes.py, seed 19): read as a block, the label 四、结转下年度继续办理 lost all but
    # `四、结转2`, ran into the heading under the table, and the review table was lost with it
    # (179 of 200 before a label read too short for its ink was read again as a line).
    "real-science-2024-zoom-125-240dpi": dict(source="prints/real-science-2024-zoom-125", file="report-chromium.pdf", dpi=240,
                                              skew=0.3, noise=0.78, quality=30, seed=19017),
    # 上海市政府办公厅 2019 printed with no rules, at 240 dpi (a probe of make_probes.py, seed 20):
    # two of the applications table's seven columns hold no number in any row, so its numbers
    # gave five columns, and its header, read as prose, ran together (157 of 198 cells until the
    # header was read column by column and gave the table its columns).
    "real-office-2019-no-rules-240dpi": dict(source="prints/real-office-2019-no-rules", file="report-chromium.pdf", dpi=240,
                                             skew=0.38, noise=0.5, quality=30, seed=20006),
    # 科委's page with its tables printed as pictures, at 300 dpi, JPEG quality 35 (a probe of
    # make_probes.py, seed 21): the halo of the rule between 科研机构 and 社会公益组织 made it 15
    # pixels thick with specks beside it, no rule was found, and the two columns ran together
    # (109 of 200 cells until specks and crossings no longer counted against a slanted rule).
    "real-science-2024-picture-table-300dpi": dict(source="prints/real-science-2024-picture-table", file="report-chromium.pdf",
                                                   dpi=300, skew=0.04, noise=0.79, quality=35, seed=21016),
    # 平潭's page ruled only across, fed sideways, at 300 dpi (a probe, seed 21): labels ran into
    # their first values (`1.属于国家秘密0`), misread or after their group's label, so no known
    # term matched (119 of 198 cells until a number glued to a row label before a row of values
    # was split off on OCR pages).
    "real-pingtan-2020-horizontal-rules-sideways": dict(source="prints/real-pingtan-2020-horizontal-rules", file="report-chromium.pdf",
                                                        dpi=300, skew=-0.18, noise=0.62, quality=45, turn=90, seed=21010),
    # 平潭's page printed in a narrow body (cells boxed apart, labels wrapped in narrow cells), at
    # 200 dpi with 1° skew and a seal: the two borders of neighbouring boxes blur into one wide
    # rule, which the straightened page still leaves a few pixels off vertical end to end.
    "real-pingtan-2020-narrow-200dpi-skew1": dict(source="prints/real-pingtan-2020-narrow", file="report-chromium.pdf",
                                                  dpi=200, skew=1.0, noise=0.8, quality=40, seal=True, seed=71),
    # The same narrow print fed upside down at 200 dpi, 0.14° off (a probe of make_probes.py,
    # seed 22): on its table-only page the projection's deskew misjudged the skew by a fifth of
    # a degree, the table's vertical rules leaned five pixels over its height and were not found
    # whole (100 of 198 cells until the page's long rules were fitted for the skew left).
    "real-pingtan-2020-narrow-upside-down": dict(source="prints/real-pingtan-2020-narrow", file="report-chromium.pdf",
                                                 dpi=200, skew=-0.14, noise=0.64, quality=35, turn=180, seed=22011),
    # 平潭's page with a rule under each cell and none between columns, at 240 dpi: no grid was
    # found and the tables were read as prose (105 of 198 cells until tables ruled only across
    # were read as grids of their numbers' columns).
    "real-pingtan-2020-horizontal-rules-240dpi": dict(source="prints/real-pingtan-2020-horizontal-rules", file="report-chromium.pdf",
                                                      dpi=240, skew=-0.5, noise=0.8, quality=40, seed=102),
    # The same page with no rules at all, at 240 dpi: read as prose, its tables were lost (rows of
    # values are now given rules; rows whose zeros OCR reads as letters are still missed).
    "real-pingtan-2020-no-rules-240dpi": dict(source="prints/real-pingtan-2020-no-rules", file="report-chromium.pdf",
                                              dpi=240, skew=0.4, noise=0.8, quality=40, seed=111),
    # 上海市科委's page with light grey rules, at 200 dpi, strong noise and JPEG q35: the rules are
    # about 20 levels below the paper, which drifts by 16 across the page; parts of the tables, or
    # whole tables, were not found (32 of 200 cells until pale rules were sought).
    "real-science-2024-light-rules-200dpi": dict(source="prints/real-science-2024-light-rules", file="report-chromium.pdf",
                                                 dpi=200, skew=0.6, noise=1.0, quality=35, seed=161),
    # The 2019 report's Chromium print at 200 dpi (a probe of make_probes.py, seed 20): the `1` of
    # 予以公开's legal-service organisations, a `1` with a foot alone in a wide cell, read `i` as
    # prose and nothing as digits with chi_sim+eng; the Latin model alone reads it.
    "real-office-2019-chromium-200dpi": dict(source="real-shanghai-office-2019", file="report-chromium.pdf", dpi=200,
                                             skew=-0.37, noise=0.95, quality=40, seed=20003),
    # 平潭's LibreOffice print photographed rather than scanned: seen at a slant (a 4 % keystone:
    # no two rules parallel), lit 40 % darker towards one corner, on a grey table. 50 of 198
    # cells before the lighting was evened out and the slant undone (Perspective, Illumination).
    "real-pingtan-2020-photo": dict(source="real-pingtan-2020", file="report-libreoffice.pdf", dpi=200, skew=0.0,
                                    noise=0.3, quality=55, seed=301,
                                    photo=dict(keystone=0.04, light=0.4, background=90, blur=0.8)),
    # 上海市科委's LibreOffice print at 300 dpi on grey paper (a probe of make_probes.py, seed 21):
    # a crisp `55` cropped alone on a white canvas, its paper still grey, read `95` with
    # confidence 83 and marked certain (`Do` by the Latin model), until cells' paper was made
    # white: tesseract takes a line's black and white from its middle row's local extremes, and
    # the paper's JPEG noise gave most of them.
    "real-science-2024-grey-paper-300dpi": dict(source="real-shanghai-science-2024", file="report-libreoffice.pdf", dpi=300,
                                                skew=-0.12, noise=0.97, quality=50, seed=21004),
    # The 2019 report printed without rules, at 300 dpi (a probe of make_probes.py, seed 22): rows
    # of one value and the labels of blank rows between rows of values, a page break before
    # （七）总计 with four blank rows' labels above it, and section 四's table of one row of
    # values under its header (26 cells lost, until each was read as part of its table).
    "real-office-2019-no-rules-300dpi": dict(source="prints/real-office-2019-no-rules", file="report-chromium.pdf", dpi=300,
                                             skew=0.03, noise=0.57, quality=40, seed=22006),
    # The same print fed sideways at 200 dpi (a probe of make_probes.py, seed 21): 252 12 1 of
    # 1.本机关不掌握相关政府信息 came back as no word, its label's last character a pixel past
    # the values' side, so the line was taken for a header's and its ink not sought; found, the
    # table was whole, but `44 3` of the next row, read as one word `443` over two of the
    # header's columns, unfitted the header, and the rows below 8.属于行政查询事项 were read as
    # prose (183 of 198 cells).
    "real-office-2019-no-rules-sideways-200dpi": dict(source="prints/real-office-2019-no-rules", file="report-chromium.pdf",
                                                      dpi=200, skew=0.62, noise=0.41, quality=35, turn=90, seed=21006),
    # The 2019 report's tight print at 300 dpi (a probe of make_probes.py, seed 23): in rows 一
    # and 二 `公开申请数量` stands at the same place, and the strokes of `开` and `请`, chained
    # through the rule between the rows, passed for two rules of those rows: the labels were cut
    # in three and both rows lost, and `7.属于`/`8.属于` the same (189 of 198 until such edges,
    # lining up with no other row's and inside a line of text, were no rules).
    "real-office-2019-tight-300dpi": dict(source="prints/real-office-2019-tight", file="report-chromium.pdf", dpi=300,
                                          skew=-0.35, noise=0.89, quality=35, seed=23008),
    # The same print at 240 dpi (a probe of make_probes.py, seed 25): one rule of section 二's
    # table ended 6 px past its double right border, and the slot between made a fourth column
    # whose rule read `1` (`13 13 524 1`: both rows left null); `1.属于国家秘密` in clean type
    # read `LRT A`, with Latin barred `1`, and its `14` was lost (191 of 198 until a table's
    # sides were where two rules reach and a cell read so was read again smoothed).
    "real-office-2019-tight-240dpi": dict(source="prints/real-office-2019-tight", file="report-chromium.pdf", dpi=240,
                                          skew=0.61, noise=0.77, quality=55, seed=25008),
    # 平潭 printed without rules, upside down at 200 dpi (a probe of make_probes.py, seed 23):
    # （二）部分公开's `6 0 0 0 0 0 6`, between its label's two lines, came back from tesseract's
    # layout as no word at all, and the row was lost (191 of 198 until ink no word covers, under
    # the table's numbers, was looked for).
    "real-pingtan-2020-no-rules-upside-down-200dpi": dict(source="prints/real-pingtan-2020-no-rules", file="report-chromium.pdf",
                                                          dpi=200, skew=-0.34, noise=0.49, quality=55, seed=23012, turn=180),
    # 上海市政府办公厅 2019's Chromium print scanned in black and white (one bit a pixel, the
    # threshold at 160): the corners' grey is thresholded away, the active-disclosure table's
    # sides stop two pixels short of the rules below them, and the table is not found whole
    # (kept for what it loses).
    "real-office-2019-bilevel-300dpi": dict(source="real-shanghai-office-2019", file="report-chromium.pdf", dpi=300,
                                            skew=0.4, noise=1.0, quality=50, bilevel=160, seed=31001),
    # 上海市科委's light-rules print, upside down at 200 dpi (a probe of make_probes.py, seed 24):
    # the pale search lost the review table's sides beside its numbers, and `1 | 0` read as one
    # cell (the row 12 fields for 15 columns); with the tables blanked to white on grey paper,
    # tesseract read none of the page's prose, the section's heading lost (184 of 200 until the
    # plain search's sides were kept and tables blanked to the paper's level).
    "real-science-2024-light-rules-upside-down-200dpi": dict(source="prints/real-science-2024-light-rules", file="report-chromium.pdf",
                                                             dpi=200, skew=-0.93, noise=0.99, quality=55, seed=24015, turn=180),
    # 平潭 printed with rules only across, fed sideways at 200 dpi, JPEG q30 (a probe of
    # make_probes.py, seed 26): （一）予以公开 read `(一)了BT`, and the first line of （二）'s wrapped
    # label `(一，部分公开…`, its `（二）` misread, was joined to it as its tail: （二）部分公开 got
    # （一）'s values, two of them wrong and marked certain, and （一） was lost (182 of 198, the
    # only certain wrong values in the probes, until an item whose closing bracket was misread
    # opened its row).
    "real-pingtan-2020-horizontal-rules-sideways-200dpi": dict(source="prints/real-pingtan-2020-horizontal-rules",
                                                               file="report-chromium.pdf", dpi=200, skew=-0.19, noise=0.62,
                                                               quality=30, seed=26010, turn=90),
    # 上海市科委's page with its tables printed as pictures, fed sideways at 200 dpi with a seal (a
    # probe of make_probes.py, seed 29): noise in a cell read `4`, 3 px high, beside the cell's
    # `0`; the cell was cut between the two as one whose rules were lost, and 1.申请人无正当理由…'s
    # row had a field too many (193 of 200 until a digit much less tall than the cell's type was
    # a speck).
    "real-science-2024-picture-table-sideways-200dpi": dict(source="prints/real-science-2024-picture-table",
                                                            file="report-chromium.pdf", dpi=200, skew=-0.6, noise=0.78,
                                                            quality=50, seal=True, seed=29016, turn=90),
    # 上海市科委's A5 print fed sideways at 300 dpi (a probe of make_probes.py, seed 30): section
    # 四's row read `i 0 0 0 上 0 …`; the `上` kept the `i` from being read again, and the row, a
    # value short, was lost (185 of 200); and the title read `…政府信息公工作年度报告`, which gave
    # the agency `上海市科委政府信息公工作年度报告`.
    "real-science-2024-a5-sideways-300dpi": dict(source="prints/real-science-2024-a5", file="report-chromium.pdf",
                                                 dpi=300, skew=0.92, noise=0.8, quality=45, seed=30014, turn=270),
    # The 2019 report's Chromium print upside down at 200 dpi, skewed by 1 degree (a probe of
    # make_probes.py, seed 31): tesseract's orientation detection was unsure of the requests
    # table's page, and the band read four ways read more Chinese turned a quarter the wrong way,
    # its lines then read as vertical text, upright; the page was read sideways and the requests
    # and section 四's tables were lost (162 of 198, until the band was read without vertical text).
    "real-shanghai-office-2019-upside-down-200dpi": dict(source="real-shanghai-office-2019", file="report-chromium.pdf",
                                                         dpi=200, skew=0.99, noise=0.46, quality=30, seed=31003, turn=180),
    # The 2019 report printed with no rules, fed sideways at 200 dpi with a seal (a probe of
    # make_probes.py, seed 31): read at 300 dpi, tesseract's layout left out the requests table's
    # last two columns and most of its rows of one value (`821 35 2` for `821 35 … 2 1 859`), too
    # few rows of numbers to find the table (157 of 198, until ink no word covers was read again).
    "real-office-2019-no-rules-sideways-seal-200dpi": dict(source="prints/real-office-2019-no-rules", file="report-chromium.pdf",
                                                           dpi=200, skew=-0.29, noise=0.52, quality=45, seal=True, seed=31006,
                                                           turn=270),
    # 平潭's print without rules fed sideways at 240 dpi, a degree off (make_probes.py, seed 32):
    # with every row's numbers read, the requests table's numbers filled all its columns and its
    # header was refused for not showing more; its lines were taken for rows and two rows lost
    # (170 of 198, until a header fitted its numbers row by row; 183 until section 四's row, read
    # `0 … 0 人 性 0 0 0 0`, was taken for a row of values).
    "real-pingtan-2020-no-rules-sideways-240dpi": dict(source="prints/real-pingtan-2020-no-rules", file="report-chromium.pdf",
                                                       dpi=240, skew=-0.99, noise=0.97, quality=55, seal=False, seed=32012,
                                                       turn=90),
    # The 2019 print with tight cells, upside down at 200 dpi under a seal (make_probes.py, seed
    # 32): 其他对外管理服务事项 touched the rule before its first value and the rule was lost in
    # that row; read `事项` reaching past the column edge, then `(0`, and the fees row `0 I0`, the
    # cells were left whole and both rows lost (193 of 198, until a word reaching a few pixels
    # past a lost rule to another word crossed nothing there).
    "real-office-2019-tight-seal-upside-down-200dpi": dict(source="prints/real-office-2019-tight", file="report-chromium.pdf",
                                                           dpi=200, skew=0.17, noise=0.54, quality=40, seal=True, seed=32008,
                                                           turn=180),
    # The 2019 print without rules fed sideways at 240 dpi, JPEG q30 (make_probes.py, seed 29):
    # 6.属于四类过程性信息's `3` and `1`, in two close columns, read as one word `3.4` over both of
    # the header's columns; the header did not fit and the requests table was read as prose
    # (188 of 198, until digits joined by a mark over two columns no longer unfitted a header).
    "real-office-2019-no-rules-sideways-240dpi-q30": dict(source="prints/real-office-2019-no-rules", file="report-chromium.pdf",
                                                          dpi=240, skew=0.64, noise=0.91, quality=30, seal=False, seed=29006,
                                                          turn=90),
    # 平潭's print without rules fed sideways at 200 dpi (make_probes.py, seed 35): section 四's
    # fifteen zeros read `0 0 0 0 0530 0 0 0 =30:5 40 0 0 0 0`; `=30:5` kept the line from being a
    # row of values with no label, and the row was left null (183 of 198, until digits and
    # punctuation among many numbers were taken for misread values).
    "real-pingtan-2020-no-rules-sideways-200dpi": dict(source="prints/real-pingtan-2020-no-rules", file="report-chromium.pdf",
                                                       dpi=200, skew=-0.74, noise=0.94, quality=50, seal=False, seed=35012,
                                                       turn=270),
    # The 2019 print with boxed cells at 200 dpi (make_probes.py, seed 33): tesseract's layout gave
    # no word for the section heading `二、主动公开政府信息情况` nor for the first table's title row
    # at the foot of page 3; the heading was lost and the table's six cells with it (190 of 198,
    # until bands of ink no word reaches were read again as lines).
    "real-office-2019-separate-borders-200dpi": dict(source="prints/real-office-2019-separate-borders", file="report-chromium.pdf",
                                                     dpi=200, skew=-0.29, noise=0.8, quality=50, seal=False, seed=33007,
                                                     turn=0),
    # 上海市科委 2024 printed with dashed rules, 200 dpi, strong noise, JPEG q40 (make_probes.py
    # --styles, seed 1): each rule a row of dashes cut at every gap, no table found and the dashes
    # read as text around the numbers (1 of 200 cells until dashed lines were joined).
    "real-science-2024-dashed-200dpi": dict(source="prints/real-science-2024-dashed", file="report-chromium.pdf",
                                            dpi=200, skew=-0.39, noise=0.92, quality=40, seal=False, seed=1031, turn=0),
    # 上海市科委 2024 on A5 with each cell boxed on its own, fed sideways at 240 dpi, JPEG q50
    # (make_probes.py --styles, seed 1): the narrow columns' boxes, narrower than the shortest
    # rule, went unfound and each such column's cells ran down the table as one (115 of 200
    # cells until boxes' tops and bottoms that short were sought where boxes stand side by side).
    "real-science-2024-a5-separate-240dpi": dict(source="prints/real-science-2024-a5-separate", file="report-chromium.pdf",
                                                 dpi=240, skew=-0.31, noise=0.72, quality=50, seal=False, seed=1019, turn=90),
    # 上海市政府办公厅 2019 with no rules and its cells set right, red seal, 200 dpi, JPEG q40
    # (make_probes.py --styles, seed 1): close columns' values read as one word (`1859` for `1`
    # `859`, `11` for `1` `1`), the header did not fit the numbers and the requests table was
    # lost (163 of 198 cells until such words were parted at the paper between them).
    # The 2019 report printed without rules at 300 dpi, skew 0.98° (make_probes.py, seed 38),
    # its requests table's page only: a `1` with a foot alone in the other organisations' column
    # read as nothing, nothing digits only, and `2` by the Latin model (confidence 42), a wrong
    # number marked uncertain, until the cell was also read black on white (`1`, 80).
    "real-office-2019-no-rules-300dpi-skew1-page4": dict(source="prints/real-office-2019-no-rules", file="report-chromium.pdf",
                                                         dpi=300, skew=0.98, noise=0.49, quality=45, seal=False, seed=38009,
                                                         turn=0, pages=[4]),
    # 上海市科委 2024 printed with dashed rules, 300 dpi, skew 0.42° (make_probes.py, seed 38), the
    # page with the requests table's rows and the review table: the heading between them read
    # short (`言息公开行政复议、行政诉讼情况`, its `三、政府信` lost) was joined to the last row's
    # label as its tail, and the joined label taken for the review table's row (179 of 200 cells
    # until the line under a table's closing rule was taken to start a block of its own).
    "real-science-2024-dashed-300dpi-page2": dict(source="prints/real-science-2024-dashed", file="report-chromium.pdf",
                                                  dpi=300, skew=0.42, noise=0.75, quality=40, seal=False, seed=38020,
                                                  turn=0, pages=[2]),
    # 上海市科委 2024 printed without rules, centred and set tight, 240 dpi, skew -0.77°
    # (make_probes.py --styles, seed 1): the applications table's rows closer than tesseract's
    # words are tall, each row's label words reaching into the next; the rule set midway through
    # the overlap cut the first rows' values and labels, the header's last line fell in the first
    # row and its tight column lines read as nothing (89 of 200 cells until overlapping rows were
    # parted between their values and the header read down to the first row's values). Its
    # second page still loses rows tesseract's layout ran together.
    "real-science-2024-centre-no-rules-tight-240dpi": dict(source="prints/real-science-2024-centre-no-rules-tight",
                                                           file="report-chromium.pdf", dpi=240, skew=-0.77, noise=0.59,
                                                           quality=40, seal=False, seed=1025, turn=0),
    # The same print at 300 dpi, skew 0.41°, JPEG q50 (make_probes.py, seed 40): on its second
    # page tesseract's layout read each column of the requests table's values down, as a line of
    # vertical text (`ODODOVONBOOCOFFROO`, a column of zeros a glyph wide and 639 px tall), and no
    # row of them across; on its first page the table's first band reached into the header's
    # last line and its rows were read as prose (14 of 200 cells until the band of such words was
    # read again as one block and columns' ink sought where the rows' numbers stand; 174 since).
    # Still lost: the review table, its header's tight lines read as junk.
    "real-science-2024-centre-no-rules-tight-300dpi": dict(source="prints/real-science-2024-centre-no-rules-tight",
                                                           file="report-chromium.pdf", dpi=300, skew=0.41, noise=0.72,
                                                           quality=50, seal=False, seed=40021, turn=0),
    # The same print at 240 dpi again, skew 0.64°, JPEG q50 (make_probes.py, seed 41): the
    # header's last line read into row 一's line, its values run into the header's words
    # (`…申请数量32`, `企业2`), and row 二's label misread (`as of AF年结转…`): row 二's values
    # were taken for row 一's, three wrong numbers marked certain, until labels on the values'
    # own line that nearly spell another row's start made them that row's.
    "real-science-2024-centre-no-rules-tight-240dpi-q50": dict(source="prints/real-science-2024-centre-no-rules-tight",
                                                               file="report-chromium.pdf", dpi=240, skew=0.64, noise=0.42,
                                                               quality=50, seal=False, seed=41021, turn=0),
    # 平潭 2020 printed with no rules, 240 dpi, skew -0.25°, JPEG q50 (make_probes.py, seed 41):
    # the feet of the zeros above came into the cells of 3.补正后申请内容仍不明确 (`U 3`, `U 0`),
    # read as labels, and the row was lost until ink a cell's edge cuts off a neighbour's glyphs
    # was cut off.
    "real-pingtan-2020-no-rules-240dpi-q50": dict(source="prints/real-pingtan-2020-no-rules", file="report-chromium.pdf",
                                                  dpi=240, skew=-0.25, noise=0.82, quality=50, seal=False, seed=41016, turn=0),
    "real-office-2019-right-no-rules-200dpi": dict(source="prints/real-office-2019-right-no-rules", file="report-chromium.pdf",
                                                   dpi=200, skew=0.6, noise=0.88, quality=40, seal=True, seed=1021, turn=0),
    # The same print at 200 dpi, skew 0.34°, JPEG q55 (make_probes.py, seed 42): （七）总计's label
    # read `(+t) Sit` into （六）其他处理's line with its values; once the total's `1805` was parted
    # under the page before's header, （六） took `35 2 1 805`, three marked certain, until a
    # bracketed pair of characters not Chinese counted as a second item number on that line.
    "real-office-2019-right-no-rules-200dpi-q55": dict(source="prints/real-office-2019-right-no-rules", file="report-chromium.pdf",
                                                       dpi=200, skew=0.34, noise=0.82, quality=55, seal=False, seed=42010, turn=0),
    # 上海市政府办公厅 2019 with its header rows shaded, red seal, 300 dpi, JPEG q40 (make_probes.py
    # --styles, seed 1): the fill drowned the rules in and under it, a header ran together with
    # the row under it (189 of 198 cells until rules were sought against the paper on both sides).
    "real-office-2019-header-fill-300dpi": dict(source="prints/real-office-2019-header-fill", file="report-chromium.pdf",
                                                dpi=300, skew=0.26, noise=0.44, quality=40, seal=True, seed=1030, turn=0),
    # The same print at 240 dpi, JPEG q45 (make_probes.py, seed 36): 规范性文件's row alone at the
    # top of page 4, above a title row across the table, its column sides 69 px (at 300 dpi)
    # between the rules, one short of a side: the row read as one cell (195 of 198 cells until
    # sides one row high in line with the table's sides were taken).
    "real-office-2019-header-fill-240dpi": dict(source="prints/real-office-2019-header-fill", file="report-chromium.pdf",
                                                dpi=240, skew=-0.72, noise=0.93, quality=45, seal=False, seed=36006, turn=0),
    # The 2019 page printed A4 landscape, fed sideways at 200 dpi with a seal, JPEG q30
    # (make_probes.py --styles, seed 1): the review table's side between 尚未审结 and 总计 of
    # 复议后起诉, the header's type close on both its sides, was cut in the header's row, its
    # 62-px piece in the value row too short for a side: the row lost its six values (192 of 198
    # cells until a side going on into the next row at the row's sides' width was taken).
    "real-office-2019-landscape-200dpi": dict(source="prints/real-office-2019-landscape", file="report-chromium.pdf",
                                              dpi=200, skew=0.14, noise=0.88, quality=30, seal=True, seed=1000, turn=270),
    # 平潭's Chromium print fed sideways at 300 dpi, skew 0.97°, JPEG q30 (make_probes.py, seed
    # 37): in the review table's value row, at the table's foot, a `0` close to each side of a
    # column's side; the band was left out at the run's end and the row lost its fifteen values
    # (183 of 198 cells until such a band a side's length long was kept).
    "real-pingtan-2020-chromium-sideways-300dpi": dict(source="real-pingtan-2020", file="report-chromium.pdf",
                                                       dpi=300, skew=0.97, noise=0.66, quality=30, seal=False, seed=37001, turn=270),
    # The 2019 page printed A4 landscape in small type, 200 dpi (make_probes.py's styles, seed 1):
    # in the review table's header, `持` and `结` set against a column's side on both sides ran
    # through it as two horizontal runs 5 px apart, and the side fell into two pieces too short
    # for one; the header read as junk, the six values named no row (192 of 198 cells until a
    # stretch between two such crossings, nothing to judge in it, joined the side's pieces).
    "real-office-2019-a4-landscape-small-200dpi": dict(source="prints/real-office-2019-a4-landscape-small", file="report-chromium.pdf",
                                                       dpi=200, skew=-0.55, noise=0.64, quality=30, seal=False, seed=1027, turn=0),
    # 平潭's page with its tables in 9-px type, 240 dpi (the same styles, seed 1): the same cut in
    # the review table's header; its value row lost its fifteen zeros (183 of 198 cells until then).
    "real-pingtan-2020-small-type-240dpi": dict(source="prints/real-pingtan-2020-small-type", file="report-chromium.pdf",
                                                dpi=240, skew=-0.13, noise=0.86, quality=30, seal=False, seed=1002, turn=0),
}

SEAL_FONTS = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
              "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"]


def render(pdf, dpi, color, workdir):
    prefix = os.path.join(workdir, "page")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + ([] if color else ["-gray"]) + [pdf, prefix]
    subprocess.run(args, check=True)
    return sorted(os.path.join(workdir, f) for f in os.listdir(workdir) if f.startswith("page"))


def stamp_seal(img, rng, dpi):
    """A red round seal (a ring, a star, the agency's name around it), half transparent, over the
    lower part of the first table."""
    w, h = img.size
    r = int(0.8 * dpi)                       # a 4 cm seal
    cx, cy = int(w * rng.uniform(0.55, 0.7)), int(h * rng.uniform(0.6, 0.75))
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (220, 30, 40, 150)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 14))
    star = [(cx + 0.28 * r * math.cos(math.pi / 2 + k * math.pi * 4 / 5), cy - 0.28 * r * math.sin(math.pi / 2 + k * math.pi * 4 / 5))
            for k in range(5)]
    d.polygon(star, fill=red)
    font = next((ImageFont.truetype(f, int(r * 0.22)) for f in SEAL_FONTS if os.path.exists(f)), None)
    if font:
        text = "政府信息公开专用章"
        for k, ch in enumerate(text):
            a = math.pi * (1.15 - 1.3 * k / (len(text) - 1))
            x, y = cx + 0.72 * r * math.cos(a), cy - 0.72 * r * math.sin(a)
            glyph = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((0, 0), ch, font=font, fill=red)
            glyph = glyph.rotate(math.degrees(a) - 90, expand=True)
            layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    base = img.convert("RGBA")
    # Ink of a stamp multiplies with the print under it.
    arr = np.asarray(base).astype(np.float32) / 255
    lay = np.asarray(layer).astype(np.float32) / 255
    alpha = lay[..., 3:4]
    out = arr[..., :3] * (1 - alpha + alpha * lay[..., :3])
    return Image.fromarray((out * 255).astype(np.uint8), "RGB")


def degrade(img, opt, rng, nrng):
    gray = img.mode == "L"
    img = img.rotate(opt["skew"], resample=Image.BILINEAR, expand=False, fillcolor=255 if gray else (255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    # Uneven paper: a slow gradient; toner a little pale.
    yy, xx = np.mgrid[0:h, 0:w]
    paper = 248 - 10 * (xx / w) * opt["noise"] - 6 * (yy / h) * opt["noise"]
    if not gray:
        paper = paper[..., None]
    a = paper - (255 - a) * 0.85 * (paper / 255)
    a += nrng.normal(0, 3 * opt["noise"], a.shape)
    # Specks of dust.
    n = int(w * h * 0.00004 * opt["noise"])
    ys, xs = nrng.integers(0, h, n), nrng.integers(0, w, n)
    a[ys, xs] = 40
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L" if gray else "RGB")
    img = img.filter(ImageFilter.GaussianBlur(0.6 * opt["dpi"] / 300))
    if opt.get("turn"):
        img = img.rotate(opt["turn"], expand=True)
    return img


def homography(src, dst):
    """The 8 coefficients PIL's PERSPECTIVE transform wants: for each output point in `dst`, the
    input point in `src`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    return np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float)).tolist()


def photograph(img, opt, rng):
    """The page as a phone photographs it: seen at a slant (each corner pulled in by up to
    `keystone` of the width, so no two edges stay parallel), on a darker surface
    (`background`), lit unevenly (up to `light` darker towards one corner), slightly out of focus."""
    p = opt["photo"]
    w, h = img.size
    k = p["keystone"] * w
    d = lambda: rng.uniform(0.5, 1.0) * k
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(d(), d() * 0.5), (w - d(), d() * 0.3), (w - d() * 0.2, h - d() * 0.2), (d() * 0.3, h - d() * 0.4)]
    fill = p["background"] if img.mode == "L" else (p["background"],) * 3
    img = img.transform((w, h), Image.PERSPECTIVE, homography(src, dst), Image.BILINEAR, fillcolor=fill)
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1 - p["light"] * (0.6 * xx / w + 0.4 * yy / h)
    a = a * (shade if img.mode == "L" else shade[..., None]) + 10
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)
    return img.filter(ImageFilter.GaussianBlur(p.get("blur", 0.8)))


def make(name, opt, outdir):
    rng = random.Random(opt["seed"])
    nrng = np.random.default_rng(opt["seed"])
    src = os.path.join(SAMPLES, opt["source"], opt.get("file", "report.pdf"))
    work = tempfile.mkdtemp()
    try:
        pages = []
        for k, path in enumerate(render(src, opt["dpi"], opt.get("seal", False), work)):
            img = Image.open(path)
            img.load()
            if opt.get("seal") and k == 0:
                img = stamp_seal(img, rng, opt["dpi"])
            elif img.mode != "L":
                img = img.convert("L")           # a colour scan only where colour is
            img = degrade(img, opt, rng, nrng)
            if opt.get("photo"):
                img = photograph(img, opt, rng)
            if opt.get("bilevel"):
                # A scanner's black-and-white mode: one threshold, one bit a pixel (CCITT G4 in
                # the PDF); grey rules and borders come out dotted or lost.
                t = opt["bilevel"]
                pages.append(img.convert("L").point(lambda v: 255 if v > t else 0).convert("1"))
                continue
            # JPEG artefacts, as a scanner's compression leaves them.
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=opt["quality"])
            pages.append(Image.open(io.BytesIO(buf.getvalue())))
        if opt.get("pages"):
            # Only these pages kept (1-based), made as with the others (the same degradation).
            pages = [pages[k - 1] for k in opt["pages"]]
        folder = os.path.join(outdir, name)
        os.makedirs(folder, exist_ok=True)
        pages[0].save(os.path.join(folder, "scanned.pdf"), save_all=True, append_images=pages[1:],
                      resolution=opt["dpi"], quality=opt["quality"])
        shutil.copy(os.path.join(SAMPLES, opt["source"], "truth.json"), os.path.join(folder, "truth.json"))
        with open(os.path.join(folder, "scan.json"), "w") as f:
            json.dump(dict(opt, name=name), f, ensure_ascii=False, indent=1, sort_keys=True)
    finally:
        shutil.rmtree(work)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    names = sys.argv[2:] or list(SCANS)
    for name in names:
        make(name, SCANS[name], outdir)
        print("made", name)


if __name__ == "__main__":
    main()
