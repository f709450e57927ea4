import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction
import ReportParsing

/// Every sample with a truth file: no number differs from the source, ever; and every cell is
/// exact, except where an extract cannot tell (column-ordered pdftotext output loses the order
/// of section 四, and its blocks cannot always be confirmed).
@Suite struct SampleAccuracyTests {
    /// Cells each input leaves null although the source prints them (never a wrong number). Real
    /// reports still lose cells (Docs/accuracy.md says which and why); a change that reads more of
    /// them must lower the figure here, so progress and regressions both show.
    static let knownGaps: [String: Int] = [
        "Samples/synthetic-11/pdftotext-raw.txt": 15,
        "Samples/synthetic-22/pdftotext-raw.txt": 15,
        "Samples/synthetic-33/pdftotext-raw.txt": 15,
        "Samples/generated/t2019-chromium-web/pdftotext-raw.txt": 57,
        "Samples/generated/t2019-ukai/pdftotext-raw.txt": 50,
        "Samples/generated/t2021-chromium-web/pdftotext-raw.txt": 57,
        "Samples/generated/t2021-five-pages/pdftotext-raw.txt": 36,
        "Samples/generated/t2021-large-font/pdftotext-raw.txt": 190,
        "Samples/generated/t2021-mixed-serif/pdftotext-raw.txt": 71,
        "Samples/generated/t2021-narrow-wqy/pdftotext-raw.txt": 49,
        "Samples/generated/t2021-sans-wide/pdftotext-raw.txt": 43,
        "Samples/real-shanghai-office-2019/pdftotext-layout.txt": 41,
        "Samples/real-shanghai-office-2019/pdftotext-raw.txt": 41,
        "Samples/real-shanghai-office-2019/pymupdf.txt": 41,
        // The 2019 page with no rules and its cells set right: the other organisations' `1` and
        // the total's `859` (and `805`) set so close that the line reads `1 859`, one span over two
        // columns; rows 一 and （七）总计 leave those two cells null (the scan of this print parts
        // them at the paper between them, under its header's columns).
        "Samples/prints/real-office-2019-right-no-rules/report-chromium.pdf": 4,
    ]

    /// Inputs whose text layer is all they need (scans, and prints with a table pasted in as a
    /// picture, read by OCR, are scored where tesseract's data is installed: `ScanAccuracyTests`,
    /// `PicturePagesTests`).
    static var inputs: [String] {
        sampleInputs().filter { (try? truth(for: $0)) != nil && $0.contains("/") && !$0.hasSuffix("scanned.pdf") && !$0.contains("picture-table") }
    }

    /// Exact, wrong and missing cells of one input against its truth.
    static func score(_ input: String) throws -> (exact: Int, wrong: [String], missing: Int, total: Int) {
        let expected = try #require(try truth(for: input))
        return score(try convertSample(input).report, against: expected)
    }

    /// Exact, wrong and missing cells of a report against a truth.
    static func score(_ report: Report, against truth: [String: Double?]) -> (exact: Int, wrong: [String], missing: Int, total: Int) {
        var wrong: [String] = []
        var missing = 0, exact = 0
        for (path, expected) in truth {
            let got = report.cell(path)?.value?.value
            switch (expected, got) {
            case (nil, nil): exact += 1
            case (let e?, let g?): if abs(e - g) > 1e-9 { wrong.append("\(path): \(e) ≠ \(g)") } else { exact += 1 }
            case (_?, nil): missing += 1
            case (nil, let g?): wrong.append("\(path): blank ≠ \(g)")
            }
        }
        return (exact, wrong, missing, truth.count)
    }

    @Test(arguments: inputs)
    func noWrongNumberAndNoUnexplainedGap(_ input: String) throws {
        let expected = try #require(try truth(for: input))
        let report = try convertSample(input).report
        let s = Self.score(report, against: expected)
        #expect(s.wrong.isEmpty, "\(input): \(s.wrong.prefix(5))")
        #expect(s.missing == Self.knownGaps[input, default: 0], "\(input): \(s.missing) cells missing")
        try markdownTablesParseBackToTheTruth(report, expected: expected, input: input)
    }

    /// Born-digital PDFs of real reports read by line geometry alone (`--ruled-tables never`, and
    /// what tables without rules get): cells may be left null, but no number is wrong. The grid
    /// reading hides a wrong line reading where both are read (`readings-differ`), so this is
    /// asserted on its own: the prints of Samples/prints had rows' values moved a row down. The
    /// same read as the grids their rules draw alone (`always`, what `auto` falls back on where
    /// lines leave cells open): no number is wrong either.
    static var realPDFs: [String] { inputs.filter { $0.hasSuffix(".pdf") && $0.contains("real-") } }

    /// A sample read one way, scored against its truth.
    func score(_ input: String, _ mode: RuledTablesMode) throws -> (exact: Int, wrong: [String], missing: Int, total: Int) {
        let expected = try #require(try truth(for: input))
        var options = ConvertOptions()
        options.ruledTables = mode
        return Self.score(try convertSample(input, options: options).report, against: expected)
    }

    @Test(arguments: realPDFs, [RuledTablesMode.never, .always])
    func oneReadingAloneGivesNoWrongNumber(_ input: String, _ mode: RuledTablesMode) throws {
        let s = try score(input, mode)
        #expect(s.wrong.isEmpty, "\(input) \(mode): \(s.wrong.prefix(5))")
    }

    /// 平潭's 2020 page with its cells filled white (Samples/prints/real-pingtan-2020-white-cells),
    /// as Word, WPS and many sites' style sheets draw them. Regression: the page was rendered as
    /// its coverage, where a white fill is as much ink as a rule: the table was one block, no rule
    /// was found, and the grid reading gave 5 of 198 cells and one wrong number. Rendered in gray
    /// where a pixel is covered, the fill is paper and the grid reads every cell.
    @Test func cellsFilledWhiteAreReadAsTheirGrid() throws {
        let s = try score("Samples/prints/real-pingtan-2020-white-cells/report-chromium.pdf", .always)
        #expect(s.wrong.isEmpty && s.missing == 0, "\(s.wrong.prefix(5)), \(s.missing) missing")
    }

    /// `text --markdown`'s tables, read back as a user's script would (split on `|`, rows in
    /// template order): every cell holds the truth's value, or is empty where the truth is null
    /// and where the input leaves a cell missing (counted above).
    func markdownTablesParseBackToTheTruth(_ report: Report, expected: [String: Double?], input: String) throws {
        let id = try #require(report.metadata.template)
        let template = try #require(Templates.template(id: id))
        let cells = Set(report.cells.map(\.path))
        var missing = 0
        for table in template.tables {
            let md = try #require(TemplateTables.render(report, table: table.key, format: .markdown))
            // Data rows of every block (a block: header, separator, rows).
            var parsed: [[String]] = []
            for block in md.components(separatedBy: "\n\n") {
                for line in block.split(separator: "\n").dropFirst(2) {
                    parsed.append(line.dropFirst(2).dropLast(2).components(separatedBy: " | ").map {
                        $0.trimmingCharacters(in: .whitespaces)
                    })
                }
            }
            let printed = table.rows.indices.filter { r in table.rowPaths[r].contains { cells.contains($0) } }
            #expect(parsed.count == printed.count, "\(input) \(table.key): \(parsed.count) rows")
            for (r, row) in zip(printed, parsed) {
                #expect(row[0].hasSuffix(TemplateLabels.rowLabel(table, row: r).split(separator: " ").last.map(String.init) ?? ""),
                        "\(input): \(row[0])")
                for (k, path) in table.rowPaths[r].enumerated() {
                    let text = row[k + 1]
                    switch expected[path] {
                    case let value?? where text.isEmpty: missing += 1; _ = value
                    case let value??: #expect(Double(text) == value, "\(input) \(path): \(text) ≠ \(value)")
                    default: #expect(text.isEmpty || Double(text) == nil, "\(input) \(path): \(text) where the source prints nothing")
                    }
                }
            }
        }
        #expect(missing == Self.knownGaps[input, default: 0], "\(input): \(missing) cells empty in the Markdown tables")
    }

    /// The figures of Docs/accuracy.md, printed by kind of input (synthetic and real apart).
    @Test func printsTheAccuracyTable() throws {
        var byKind: [String: (exact: Int, wrong: Int, missing: Int, total: Int)] = [:]
        for input in Self.inputs {
            let s = try Self.score(input)
            let file = input.split(separator: "/").last.map(String.init) ?? input
            let kind = (input.contains("/real-") ? "real " : "synthetic ") + (file.hasSuffix(".pdf") ? "pdf" : file.hasSuffix(".html") ? "html" : file.hasPrefix("pdftotext-raw") ? "pdftotext-raw" : "text extract")
            var k = byKind[kind, default: (0, 0, 0, 0)]
            k.exact += s.exact; k.wrong += s.wrong.count; k.missing += s.missing; k.total += s.total
            byKind[kind] = k
        }
        for (kind, k) in byKind.sorted(by: { $0.key < $1.key }) {
            print("accuracy: \(kind): \(k.exact)/\(k.total) exact (\(String(format: "%.2f", 100 * Double(k.exact) / Double(k.total))) %), \(k.wrong) wrong, \(k.missing) missing")
            #expect(k.wrong == 0, "\(kind)")
        }
        #expect(byKind.keys.contains("real pdf") && byKind.keys.contains("real text extract"))
    }
}

/// Scanned samples: OCR misreads some digits and loses some tables. Each scan is held to the cells
/// it reads today (`floor`; 99 % is the goal, met by the scans of generated reports and not yet by
/// those of real reports' prints), and every wrong number is marked uncertain: no wrong number
/// goes unflagged, and none is among the values marked certain.
@Suite struct ScanAccuracyTests {
    /// Cells each scan reads exactly, at least (of 200; 198 for the 2019 template).
    static let floor: [String: Int] = [
        "Samples/scans/synthetic-11-300dpi-skew/scanned.pdf": 200,
        "Samples/scans/synthetic-22-sideways/scanned.pdf": 199,
        // 197 until cells' grey paper was made white (2026-12-04): a brush-style `12` reads `12 2`.
        "Samples/scans/t2019-ukai-200dpi/scanned.pdf": 196,
        // 198 until doubtful numbers got the second opinion (2026-12-04): a `0` both other
        // readings give as `6` (uncertain).
        "Samples/scans/t2021-narrow-seal/scanned.pdf": 197,
        "Samples/scans/t2021-sans-jpeg-upside-down/scanned.pdf": 199,
        // Scans of real reports' prints (Docs/accuracy.md says what each loses and why).
        "Samples/scans/real-pingtan-2020-seal/scanned.pdf": 198,
        "Samples/scans/real-science-2024-skew1/scanned.pdf": 200,
        // 198 since cells' grey paper is made white.
        "Samples/scans/real-office-2019-sideways/scanned.pdf": 198,
        "Samples/scans/real-pingtan-2020-fixed-layout-200dpi/scanned.pdf": 198,
        // A5 paper, small type: the last applications row lost its `四` and section 四's first
        // `1` read `下` (179 before both were read, 198 since; 199 since a `1` no reading of the
        // page's model gave digits for is read by the Latin model).
        // 200 since cells' grey paper is made white.
        "Samples/scans/real-science-2024-a5-240dpi/scanned.pdf": 200,
        // The same print at 200 dpi: the grey rule between labels and values, blurred to 8 px
        // with type against it on both sides, and two rules end to end a few pixels apart were
        // not taken as rules (60 before they were; section 四's row still lost: 184). Its first
        // `1` read `£`: a lone symbol among numbers is a misread number, read again (199).
        // 200 since cells' grey paper is made white.
        "Samples/scans/real-science-2024-a5-200dpi/scanned.pdf": 200,
        // Zoomed to 125 % at 240 dpi: a label read as a block lost most of its characters
        // (`四、结转2`) and ran into the heading under the table (179 before a label read too
        // short for its ink was read again as one line).
        "Samples/scans/real-science-2024-zoom-125-240dpi/scanned.pdf": 200,
        // Cells boxed apart at 200 dpi, 1° skew: the blurred double borders left a little off
        // vertical by the straightening were not rules (99 before they were taken, 197 since;
        // 198 since a `7` read `区`, a Chinese character as narrow as a digit, is read again).
        "Samples/scans/real-pingtan-2020-narrow-200dpi-skew1/scanned.pdf": 198,
        // The same print upside down, 0.14° off: the projection's deskew misjudged its table-only
        // page by a fifth of a degree and the leaning vertical rules were lost (100 before the
        // page's long rules were fitted for the skew left).
        // 197 since cells' grey paper is made white: a `7` reads `了`, unread and uncertain;
        // 198 since one such character beside a row's values is read again as digits.
        "Samples/scans/real-pingtan-2020-narrow-upside-down/scanned.pdf": 198,
        // A rule under each cell, none between columns, 240 dpi: no grid was found and the tables
        // were read as prose (118 before such tables were read as grids of their numbers' columns).
        "Samples/scans/real-pingtan-2020-horizontal-rules-240dpi/scanned.pdf": 198,
        // No rules at all, 240 dpi: read as prose (125 with one wrong, uncertain, before rows of
        // values were given rules; 189 before a row's values read before its label were joined
        // to it, which found the procurement row; 191 before lines of numbers read as letters
        // beside rows of values were taken as rows too: （二）'s row, its zeros read `oO`).
        "Samples/scans/real-pingtan-2020-no-rules-240dpi/scanned.pdf": 198,
        // 上海市政府办公厅 2019 with no rules at 240 dpi: two of the applications table's seven
        // columns hold no number, so its numbers gave five columns and no row was placed (157
        // before the header, read column by column, gave the table its columns; 181 before a
        // number past the values' edge on a label's line was a field of its own; 186 before rows of
        // one value and blank rows' labels stayed in the table, labels with blank paper after them
        // were blank rows on a scan too, a grid row naming three blank rows' labels was blank rows,
        // and section 四's one row was read under its header).
        "Samples/scans/real-office-2019-no-rules-240dpi/scanned.pdf": 198,
        // The same print at 300 dpi (26 lost before the same changes). The rows of （四）无法提供's
        // first two labels (192 until a label's two lines read as one word two lines tall,
        // `站252 12`, were taken into its row) read since; 197 until the blank rows' labels
        // `2.其他…公开 3.危及…` were no head of `…公开5.属于三类内部事务信息`, its `5` then left null
        // with them as a column-ordered block.
        "Samples/scans/real-office-2019-no-rules-300dpi/scanned.pdf": 198,
        // The same print fed sideways at 200 dpi (seed-21 probe): 1.本机关不掌握…'s `252 12 1`,
        // read as no word, was not sought (its label's last character a pixel past the values'
        // side: a header's line), and `44 3` of the next row, read `443` over two of the header's
        // columns, unfitted the header (183 until a label's character is judged by its middle
        // and a word of more digits than the columns it lies over is numbers read together;
        // 193 until a row's label read as sure Latin letters, （七）总计's `(+) Sit`, was read
        // again with Latin barred: it had been taken for （六）其他处理's second line).
        "Samples/scans/real-office-2019-no-rules-sideways-200dpi/scanned.pdf": 198,
        // The tight print at 300 dpi (seed-23 probe): the same characters at the same place in
        // two tight rows (`公开申请数量` of rows 一 and 二, `7.属于`/`8.属于`) made two rows' worth
        // of rule from their strokes, and cut the labels (189 until such edges were no rules and
        // words after a label that would leave a filled field over were the label's end).
        "Samples/scans/real-office-2019-tight-300dpi/scanned.pdf": 198,
        // The same print at 240 dpi (seed-25 probe): one of section 二's rules ran 6 px past the
        // table's double right border, and the slot made a fourth column whose rule read `1`
        // (`13 13 524 1`: two rows null); `1.属于国家秘密` read `LRT A` and with Latin barred `1`,
        // and its `14` was lost (191 until an outer slot that narrow needed two rules across it,
        // and a cell of Latin junk was read again smoothed).
        "Samples/scans/real-office-2019-tight-240dpi/scanned.pdf": 198,
        // 平潭 ruled only across, fed sideways at 200 dpi, JPEG q30 (seed-26 probe): （二）'s wrapped
        // label, its `（二）` read `(一，`, was joined to `(一)了BT` as its tail, and （二） got （一）'s
        // values, two wrong and marked certain (182, 2 wrong, until an item whose closing bracket
        // was misread opened its row). Still lost: 3.补正后申请内容仍不明确's row, its zeros read
        // `fa)` and its label two lines below them.
        "Samples/scans/real-pingtan-2020-horizontal-rules-sideways-200dpi/scanned.pdf": 191,
        // 平潭 without rules, upside down at 200 dpi (seed-23 probe): （二）部分公开's numbers,
        // between its label's two lines, came back as no word at all (191 until ink no word
        // covers, under the table's numbers, was a row of misread numbers).
        "Samples/scans/real-pingtan-2020-no-rules-upside-down-200dpi/scanned.pdf": 198,
        // 上海市科委's light-rules print upside down at 200 dpi (seed-24 probe): the pale search
        // lost the review table's sides beside its numbers (184 until the plain search's sides
        // were kept too).
        "Samples/scans/real-science-2024-light-rules-upside-down-200dpi/scanned.pdf": 200,
        // The 2019 report's Chromium print scanned in black and white at 300 dpi: the corners'
        // grey thresholded away, the active-disclosure table's sides stop two pixels short of the
        // rules below them (178, the table not found whole, until a side was judged whole beside
        // a crossing with or without ink there).
        "Samples/scans/real-office-2019-bilevel-300dpi/scanned.pdf": 198,
        // Tables printed as pictures, 300 dpi, JPEG quality 35: a rule's halo and specks beside it
        // made it no rule and two columns ran together (109 before specks and crossings no longer
        // counted against a slanted rule).
        "Samples/scans/real-science-2024-picture-table-300dpi/scanned.pdf": 200,
        // Ruled only across, fed sideways, 300 dpi: labels ran into their first values
        // (`1.属于国家秘密0`; 119 before a number glued to a row's text before a row of values was
        // split off on OCR pages); 189 until a table's cells read as Latin junk were read again
        // with Latin barred (the procurement row's label `政府集中采购`, read `MAE RK`); 191 until
        // the paper before the first column was sought between the rules' ink (5.要求行政机关确认…'s
        // first `0`, read whole with its label, was lost).
        "Samples/scans/real-pingtan-2020-horizontal-rules-sideways/scanned.pdf": 198,
        // Light grey rules at 200 dpi, some 20 levels below uneven paper: most were not found, the
        // tables were read by their lines (37, with 2 wrong numbers marked certain: the `4` of
        // the row above in 8.属于行政查询事项's), until pale rules were sought against the paper
        // around them; 193 until a cell's number its reading dropped was cut apart by its ink
        // (the row 5.要求行政机关确认…, its label on two lines beside its first value).
        "Samples/scans/real-science-2024-light-rules-200dpi/scanned.pdf": 200,
        // A searchable scan (`make_searchable_scans.py`): a text layer over each page, as OCR
        // programs lay it, misreading 97 and 35. Read as text, those two were printed as certain
        // (198 with 2 certain-wrong); the pages are now read by our OCR and the two cells the
        // readings dispute are null (two before a `1` no reading of the page's model gave digits
        // for was read by the Latin model; 197 until the `1` by the table's left rule, read as
        // nothing at all, was read again as digits).
        "Samples/scans/real-science-2024-searchable/scanned.pdf": 198,
        // 平潭's print photographed (a 4 % keystone, lit 40 % darker towards a corner, on a grey
        // table): 50 until the lighting was evened out, the page straightened and the table
        // beyond its edge made paper.
        "Samples/scans/real-pingtan-2020-photo/scanned.pdf": 198,
        // The 2019 report's Chromium print at 200 dpi: a `1` with a foot alone in a wide cell read
        // `i` and nothing as digits (197 until the Latin model read it, in doubt).
        "Samples/scans/real-office-2019-chromium-200dpi/scanned.pdf": 198,
        // 上海市科委's LibreOffice print at 300 dpi on grey JPEG paper: a crisp `55` cropped alone on
        // a white canvas, its paper still grey, read `95` and certain (199 with that wrong number
        // until cells' paper was made white).
        "Samples/scans/real-science-2024-grey-paper-300dpi/scanned.pdf": 200,
        // Tables as pictures, fed sideways at 200 dpi (seed-29 probe): noise read `4`, 3 px high,
        // beside a cell's `0` cut the cell apart, and 1.申请人无正当理由…'s row had a field too many
        // (193 until a digit much less tall than the cell's type was a speck).
        "Samples/scans/real-science-2024-picture-table-sideways-200dpi/scanned.pdf": 200,
        // The A5 print fed sideways at 300 dpi (seed-30 probe): section 四's row read `i 0 0 0 上
        // 0 …`, the `上` keeping the `i` from being read again (185 until a lone Chinese character
        // among many numbers no longer did); the `上` was unread, null, until one character as
        // narrow as a digit beside a row's values was read again as digits (`1`, uncertain).
        "Samples/scans/real-science-2024-a5-sideways-300dpi/scanned.pdf": 200,
        // The 2019 Chromium print upside down at 200 dpi, 1 degree off (seed-31 probe): its
        // requests table's page, read four ways, read most Chinese a quarter turn the wrong way,
        // its lines taken for vertical text (162 until the band was read without vertical text).
        "Samples/scans/real-shanghai-office-2019-upside-down-200dpi/scanned.pdf": 198,
        // The 2019 print with no rules, fed sideways at 200 dpi with a seal (seed-31 probe): read
        // at 300 dpi, tesseract's layout left out the requests table's last two columns and most
        // rows of one value, too few rows of numbers to find the table (157 until ink no word
        // covers was read again; 184 until the header's misread words, `科研机`, `社会公益组40`,
        // `其人`, between their found neighbours gave their columns, for the last two rows on
        // the next page; 191 until the fifty-fourth session read again the band of a column
        // read down beside the requests table's header: the first row's 法律服务机构 `2`, read
        // `wa HUI`, came back; 192 until the fifty-fifth cut off cells the ends of a neighbouring
        // row's glyphs: 行政许可's zeros read `rs一一oe`, `Fw Ten一`). Left: cells of the
        // active-disclosure tables (4).
        "Samples/scans/real-office-2019-no-rules-sideways-seal-200dpi/scanned.pdf": 194,
        // 平潭's print without rules fed sideways at 240 dpi, a degree off (seed-32 probe): every
        // row's numbers read, the table's header was refused for showing no more columns than
        // they (170 until a header fitted the numbers row by row); section 四's row read as prose
        // `0 … 0 人 性 0 0 0 0` (183 until a lone Chinese character among many numbers kept it
        // a row of values).
        "Samples/scans/real-pingtan-2020-no-rules-sideways-240dpi/scanned.pdf": 198,
        // The 2019 print with tight cells, upside down at 200 dpi under a seal (seed-32 probe):
        // 其他对外管理服务事项 touching the rule before its first value, the rule lost in that
        // row and read with the label (`事项` a few pixels past the edge, then `(0`), and the fees
        // row's `0 I0`: both rows lost (193 until such a word crossed nothing there).
        "Samples/scans/real-office-2019-tight-seal-upside-down-200dpi/scanned.pdf": 198,
        // The 2019 print without rules fed sideways at 240 dpi, JPEG q30 (seed-29 probe):
        // 6.属于四类过程性信息's `3` and `1` read as one word `3.4` over two of the header's
        // columns; the header did not fit and the requests table was read as prose (188 until
        // digits joined by a mark over two columns no longer unfitted a header).
        "Samples/scans/real-office-2019-no-rules-sideways-240dpi-q30/scanned.pdf": 198,
        // 平潭's print without rules fed sideways at 200 dpi (seed-35 probe): section 四's zeros
        // read `0 0 0 0 0530 0 0 0 =30:5 40 0 0 0 0`, no row of values for `=30:5` (183 until
        // digits and punctuation among many numbers were misread values).
        "Samples/scans/real-pingtan-2020-no-rules-sideways-200dpi/scanned.pdf": 198,
        // The 2019 print with boxed cells at 200 dpi (seed-33 probe): tesseract's layout gave no
        // word for the section heading above the first table nor for its title row; the first
        // table was lost (190 until bands of ink no word reaches were read again as lines). The
        // fees row's two zeros were lost to a stray `1` read in the blank beside them, and seven
        // blank cells of the requests table were unread or misread (`有`, a `1`), until boxes'
        // tops and bottoms as short as a narrow column's were sought where boxes stand side by
        // side (196 until then).
        "Samples/scans/real-office-2019-separate-borders-200dpi/scanned.pdf": 198,
        // 上海市科委 2024 printed with dashed rules, 200 dpi (style probe, seed 1): every rule cut
        // at each gap, no table found, the dashes read as text around the numbers (1 until dashed
        // lines were joined).
        "Samples/scans/real-science-2024-dashed-200dpi/scanned.pdf": 200,
        // 上海市科委 2024 on A5 with each cell boxed on its own, fed sideways at 240 dpi (style
        // probe, seed 1): the narrow columns' boxes went unfound and their cells ran down the
        // table as one (115 until boxes' tops and bottoms that short were sought where boxes
        // stand side by side).
        "Samples/scans/real-science-2024-a5-separate-240dpi/scanned.pdf": 200,
        // The 2019 print with no rules and its cells set right, 200 dpi under a seal (style probe,
        // seed 1): close columns' values read as one word (`1859` for `1` `859`, `11` for `1`
        // `1`), the header did not fit the numbers and the requests table was lost (163 until such
        // words were parted at the paper between them, 187 with two wrong until a row of one
        // value beside a row of values was taken for it; 193 until the table's last two rows,
        // alone at the next page's top with no header over them, had （七）总计's `1805` parted
        // and its `767`, read with its label `(+) Sit`, parted from it under the header of the
        // page before).
        "Samples/scans/real-office-2019-right-no-rules-200dpi/scanned.pdf": 198,
        // The 2019 print without rules at 300 dpi, skew 0.98° (probe, seed 38), its requests
        // table's page only (the other tables' 19 cells are on pages not kept): a lone `1` read
        // `2` by the Latin model, uncertain (178 until the cell was also read black on white).
        "Samples/scans/real-office-2019-no-rules-300dpi-skew1-page4/scanned.pdf": 179,
        // 上海市科委 2024 with dashed rules at 300 dpi (probe, seed 38), the page of the requests
        // table's rows and the review table only (the other tables' 10 cells are on the page not
        // kept): the heading between the tables, read short, was joined to the last row's label
        // and the joined label taken for the review table's row (169 until the line under a
        // table's closing rule was taken to start a block of its own).
        "Samples/scans/real-science-2024-dashed-300dpi-page2/scanned.pdf": 190,
        // 上海市科委 2024 printed without rules, centred and set tight, 240 dpi (style probe, seed
        // 1): rows closer than tesseract's words are tall; the rule midway through two rows'
        // overlap cut the first rows, the header's last line fell in the first row and its tight
        // lines read as nothing (89 until overlapping rows were parted between their values and
        // the header read down to the first row's values and parted at its faintest rows; 117
        // until rows read as one word several lines tall were found by their ink, two close
        // columns' numbers read as one word filled both, and a label read with the group label
        // past its first row was named by its place). Lost: the one-row tables' values.
        "Samples/scans/real-science-2024-centre-no-rules-tight-240dpi/scanned.pdf": 198,
        // The same print at 300 dpi (probe, seed 40): tesseract's layout read the second page's
        // columns of values down, as lines of vertical text, and none of its rows (14 until the
        // band of such words was read again as one block); the first page's rows were read as
        // prose, the header's last line in the first band making columns of ink, and a row
        // starting at its label's last character read `;` was taken in by the row below (139
        // until ink was sought where the rows' numbers stand and marks after a label were the
        // label's); a row whose line came apart was cut through its values (167 until rows whose
        // values overlap were one; 174 until the numbers at a lone row's height joined it: the
        // review row's fifteen values, twelve on one line, one alone and two found in the ink).
        // Lost: 2.其他法律行政法规禁止公开 (其他 and 总计 one cell), the one-row tables' values.
        "Samples/scans/real-science-2024-centre-no-rules-tight-300dpi/scanned.pdf": 189,
        // The same print at 240 dpi again, skew 0.64° (probe, seed 41): the header's last line
        // read into row 一's line, its values run into the header's words, and row 二's label
        // misread (`as of AF年结转…`): row 二's values were taken for row 一's, three wrong numbers
        // marked certain (165 until labels on the values' own line that nearly spell another
        // row's start made them that row's; 182 until a cell in a column of labels read as
        // nothing was no number: 1.本机关不掌握相关政府信息's label, one field too many). Lost:
        // row 一 (its values in the header's words), 规章.
        "Samples/scans/real-science-2024-centre-no-rules-tight-240dpi-q50/scanned.pdf": 189,
        // 平潭's print without rules at 240 dpi, skew -0.25° (probe, seed 41): the feet of the
        // zeros above in the cells of 3.补正后申请内容仍不明确 (`U 3`, `U 0`), read as labels (184
        // until ink a cell's edge cuts off a neighbour's glyphs was cut off). Lost: （七）总计's
        // last cells read `t -型`.
        "Samples/scans/real-pingtan-2020-no-rules-240dpi-q50/scanned.pdf": 191,
        // The set-right print without rules at 200 dpi, skew 0.34°, JPEG q55 (probe, seed 42):
        // （七）总计's label read `(+t) Sit` into （六）其他处理's line with its values; once the
        // total's `1805` was parted, （六） took `35 2 1 805`, three marked certain (until `(+t)`
        // counted as a second item number there). Lost: （七）总计 (5), two rows' first values.
        "Samples/scans/real-office-2019-right-no-rules-200dpi-q55/scanned.pdf": 190,
        // The 2019 print with shaded header rows, 300 dpi under a seal (style probe, seed 1): the
        // fill drowned the rules in and under it, a header ran together with the row under it
        // (189 until rules were also sought against the paper on both sides of each pixel).
        "Samples/scans/real-office-2019-header-fill-300dpi/scanned.pdf": 198,
        // The same print at 240 dpi (probe, seed 36): 规范性文件's row alone at a page's top, its
        // column sides one row high, one pixel short of a side; the row was one cell (195 until
        // sides one row high in line with the table's sides were taken).
        "Samples/scans/real-office-2019-header-fill-240dpi/scanned.pdf": 198,
        // The 2019 print on A4 landscape, fed sideways at 200 dpi under a seal (style probe,
        // seed 1): a column side of the review table, the header's type close on both its sides,
        // cut in the header's row, its piece in the value row one row high (192 until a side going
        // on into the next row at the row's sides' width was taken).
        "Samples/scans/real-office-2019-landscape-200dpi/scanned.pdf": 198,
        // 平潭's Chromium print fed sideways at 300 dpi (probe, seed 37): the review table's value
        // row at the table's foot, a `0` close to each side of a column's side; the band was left
        // out at the run's end and the row lost its fifteen values (183 until such a band a side's
        // length long was kept).
        "Samples/scans/real-pingtan-2020-chromium-sideways-300dpi/scanned.pdf": 198,
        // The 2019 print on A4 landscape in small type, 200 dpi (style probe, seed 1): the review
        // table's header sides cut where two runs of the header's type crossed them a few pixels
        // apart, each piece too short for a side (192 until the stretch between the crossings
        // joined them).
        "Samples/scans/real-office-2019-a4-landscape-small-200dpi/scanned.pdf": 198,
        // 平潭's print with its tables in 9-px type, 240 dpi (style probe, seed 1): the same cut;
        // the value row lost its fifteen zeros (183 until then).
        "Samples/scans/real-pingtan-2020-small-type-240dpi/scanned.pdf": 198,
    ]

    static var scans: [String] { sampleInputs().filter { $0.hasSuffix("scanned.pdf") } }

    /// Regression: a portrait report fed sideways reads as Chinese (each character turned reads
    /// as another) with confidence, so it did not read badly and was not turned: three of six
    /// pages of this scan were read sideways, and the title page gave no title. Landscape pages
    /// are now checked for orientation.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aSidewaysPageThatReadsAsChineseIsTurned() throws {
        let c = try convertSample("Samples/scans/real-office-2019-sideways/scanned.pdf")
        #expect(c.clean.pages.allSatisfy { ($0.width ?? 0) < ($0.height ?? 0) }, "\(c.clean.pages.map { ($0.width, $0.height) })")
        #expect(c.report.metadata.title == "2019年上海市人民政府办公厅政府信息公开工作年度报告")
        #expect(c.report.metadata.year == 2019)
    }

    /// Regression: with `chi_sim+eng`, the English model read the large title's last characters
    /// `报告` as `that` (a line of their own), so the scan had no title, agency or year from it.
    /// Lines holding Latin words read with little confidence are read again with Latin barred.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTitleWhoseLastCharactersReadAsLatinIsReadAgainAsChinese() throws {
        let c = try convertSample("Samples/scans/synthetic-11-300dpi-skew/scanned.pdf")
        let title = try #require(c.report.metadata.title)
        #expect(title.hasSuffix("住房和城乡建设局2024年政府信息公开工作年度报告"), "\(title)")
        #expect(c.report.metadata.year == 2024)
        #expect(c.report.metadata.agency?.hasSuffix("住房和城乡建设局") == true)
    }

    /// Regression: tesseract's page layout split 平潭's bold title (twice the body's size) into
    /// blocks read apart (`信息公开工作4`, `平潭综合实验区2020#4`, `号`, `i`, `报告`), so the scan had
    /// no title. The band of a page's large type is read again as one block.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTitleInLargeTypeSplitByThePageLayoutIsReadAsOneBlock() throws {
        let c = try convertSample("Samples/scans/real-pingtan-2020-fixed-layout-200dpi/scanned.pdf")
        #expect(c.report.metadata.title == "平潭综合实验区2020年度政府信息公开工作年度报告")
        #expect(c.report.metadata.agency == "平潭综合实验区")
        #expect(c.report.metadata.year == 2020)
    }

    /// Regression (the 2019 report printed without rules, 300 dpi, skew 0.98°, seed-38 probe; its
    /// requests table's page kept): the other organisations' `1` of 一、本年新收…, a `1` with a
    /// foot alone in a column the other rows leave blank, read as nothing, nothing digits only,
    /// and `2` by the Latin model digits only (confidence 42): a wrong number, marked uncertain.
    /// Read black on white at the cell's own threshold the Latin model reads `1` (80), and the
    /// surer reading wins, in doubt.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aOneTheLatinModelReadsAsTwoIsReadBlackOnWhite() throws {
        let c = try convertSample("Samples/scans/real-office-2019-no-rules-300dpi-skew1-page4/scanned.pdf")
        let cell = try #require(c.report.cell("requests.new_received.other_org"))
        #expect(cell.value?.value == 1 && cell.uncertain, "read \(String(describing: cell.value?.value)), uncertain \(cell.uncertain)")
    }

    /// Regression (上海市科委 2024 with dashed rules, 300 dpi, seed-38 probe): the heading between
    /// the requests table and the review table, read `言息公开行政复议、行政诉讼情况` (its
    /// `三、政府信` lost), was joined to `四、结转下年度继续办理` as its label's tail; the joined
    /// label was taken for the review table's row, and the rows of both were lost. The line under
    /// the table's closing rule continues no cell of it.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aHeadingReadShortUnderATableIsNoTailOfItsLastRow() throws {
        let c = try convertSample("Samples/scans/real-science-2024-dashed-300dpi-page2/scanned.pdf")
        let values = ["requests.carried_forward.natural_person", "review_litigation.review.upheld",
                      "review_litigation.review.total", "review_litigation.litigation_after_review.total"]
            .map { c.report.cell($0)?.value?.value }
        #expect(values == [1, 1, 1, 0])
    }

    /// Regression (上海市科委 2024 printed without rules, centred and set tight, 240 dpi, style
    /// probe of seed 1): the applications table's rows closer than tesseract's words are tall,
    /// the rule between the first rows set midway through their overlap, cutting both; the
    /// header's last line (`企业 机构 益组织 务机构 他`) in the first row's band, the header cut
    /// there and its tight lines read as one, as nothing: the header and the first rows lost.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTightTableWithoutRulesKeepsItsHeaderAndFirstRows() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-240dpi/scanned.pdf")
        let values = ["requests.new_received.natural_person", "requests.new_received.commercial", "requests.new_received.total",
                      "requests.carried_over.natural_person", "requests.granted.total"]
            .map { c.report.cell($0)?.value?.value }
        #expect(values == [32, 2, 34, 2, 9])
    }

    /// Regression (the same scan's second page, the requests table's rows without a header):
    /// rows tesseract read as one word several lines tall (`人` over three rows of zeros, `Sess.`
    /// over 3.其他 and （七）总计), the other organisations' and the total's numbers read as one
    /// word (`00`, `O01`) and 2.申请人逾期未按收费…'s label read with the group label's `他处理`:
    /// the table was read as prose and its rows lost (83 cells).
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTightTablesRowsReadAsOneTallWordAreRead() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-240dpi/scanned.pdf")
        let values = ["requests.unavailable.needs_creation.total", "requests.unavailable.unclear_after_correction.total",
                      "requests.not_processed.petition_complaint.total", "requests.denied.internal_affairs.total",
                      "requests.other.fee_unpaid.total", "requests.other.other.total", "requests.total.natural_person",
                      "requests.total.total"]
            .map { c.report.cell($0)?.value?.value }
        #expect(values == [6, 0, 0, 1, 0, 4, 33, 35])
    }

    /// Regression (the same print at 300 dpi, seed-40 probe): tesseract's layout read each column
    /// of the second page's values down as a line of vertical text (`ODODOVONBOOCOFFROO` over a
    /// column of zeros) and no row across; the page's rows were lost (14 of 200 cells).
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func columnsOfValuesReadDownAreReadAcross() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-300dpi/scanned.pdf")
        let values = ["requests.denied.internal_affairs.natural_person", "requests.denied.internal_affairs.total",
                      "requests.unavailable.not_held.total", "requests.other.no_correction.commercial",
                      "requests.other.no_correction.total", "requests.total.natural_person", "requests.total.total"]
            .map { c.report.cell($0)?.value?.value }
        #expect(values == [1, 1, 4, 2, 10, 33, 35])
    }

    /// Regression (the same scan's first page): the requests table's first band reached into its
    /// header's last line, whose characters' feet made columns of ink in one row and unmade the
    /// columns the values' ink showed (其他's numbers, read with 总计's as one word, had no column of
    /// numbers): the table was read as prose. Then `1.属于国家秘密`'s last character, read apart
    /// as `;`, started its row of misread zeros left of the table, and the row below took it in.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTightTablesFirstPageRowsUnderItsHeadersLastLineAreRead() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-300dpi/scanned.pdf")
        let values = ["requests.new_received.natural_person", "requests.new_received.other_org", "requests.new_received.total",
                      "requests.carried_over.total", "requests.granted.total", "requests.denied.state_secret.natural_person",
                      "requests.denied.state_secret.total"]
            .map { c.report.cell($0)?.value?.value }
        #expect(values == [32, 0, 34, 2, 9, 0, 0])
    }

    /// Regression (the same scan's second page): 2.没有现成信息需要另行制作's words came apart
    /// into two lines, each with some of the row's values, and the rule drawn between them cut
    /// through the values (read `7 7 7 7 7` and `0 U U 0 U U 6`): the row's seven cells lost.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aRowWhoseLineCameApartIsReadWhole() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-300dpi/scanned.pdf")
        let values = ["natural_person", "commercial", "other_org", "total"]
            .map { c.report.cell("requests.unavailable.needs_creation.\($0)")?.value?.value }
        #expect(values == [6, 0, 0, 6])
    }

    /// Regression (the same scan's second page): section 四's fifteen values came back twelve on
    /// one line, one on a line of its own and two only from the ink left over; its header, cells
    /// touching, was not read column by column, and the row of twelve was placed nowhere (15
    /// cells). The numbers at its height join it.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aLoneRowsValuesLeftOutByTheLayoutJoinIt() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-300dpi/scanned.pdf")
        let values = ["review.upheld", "review.total", "litigation_direct.total", "litigation_after_review.pending",
                      "litigation_after_review.total"]
            .map { c.report.cell("review_litigation.\($0)")?.value?.value }
        #expect(values == [1, 1, 0, 0, 0])
    }

    /// Regression (the same print at 240 dpi, seed-41 probe): the header's last line was read
    /// into row 一's line and row 二's label misread (`as of AF年结转政府信息公开申请数量`); row 二's
    /// values `2 0 0 0 0 0 2` were taken for row 一's `32 2 0 0 0 0 34`, three wrong numbers marked
    /// certain. They are row 二's; row 一 is null, never 2.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aMisreadRowsValuesAreNotTheRowAboves() throws {
        let c = try convertSample("Samples/scans/real-science-2024-centre-no-rules-tight-240dpi-q50/scanned.pdf")
        let carried = ["natural_person", "commercial", "total"].map { c.report.cell("requests.carried_over.\($0)")?.value?.value }
        #expect(carried == [2, 0, 2])
        // 1.本机关不掌握相关政府信息's label, read as nothing beside its group label, is no number:
        // the row's values, after row 8's with no label, fill it.
        let notHeld = ["natural_person", "commercial", "total"].map { c.report.cell("requests.unavailable.not_held.\($0)")?.value?.value }
        #expect(notHeld == [4, 0, 4])
        for column in ["natural_person", "commercial", "total"] {
            let got = c.report.cell("requests.new_received.\(column)")?.value?.value
            #expect(got == nil || got == ["natural_person": 32, "commercial": 2, "total": 34][column], "\(column): \(String(describing: got))")
        }
    }

    /// Regression (平潭's print without rules at 240 dpi, seed-41 probe): the feet of the zeros
    /// above came into the cells of 3.补正后申请内容仍不明确, read `U 3`, `U 0`, …, and the row's
    /// seven cells were lost.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func theFeetOfTheRowAbovesZerosAreNoPartOfACell() throws {
        let c = try convertSample("Samples/scans/real-pingtan-2020-no-rules-240dpi-q50/scanned.pdf")
        let values = ["natural_person", "commercial", "research", "other_org", "total"]
            .map { c.report.cell("requests.unavailable.unclear_after_correction.\($0)")?.value?.value }
        #expect(values == [3, 0, 0, 0, 3])
    }

    /// Regression (the 2019 print with no rules and its cells set right, 200 dpi): the table's
    /// last two rows alone at the next page's top, too few to find the table there, were read
    /// as prose; （七）总计's `1 805` came back `1805`, over the columns 其他 and 总计 of the header
    /// on the page before, and its `767` was read with its label (`(+) Sit 767`): the row was
    /// lost. Both are parted there.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTotalRowAloneOnItsPageHasItsNumbersPartedUnderThePageBeforesHeader() throws {
        let c = try convertSample("Samples/scans/real-office-2019-right-no-rules-200dpi/scanned.pdf")
        let values = ["natural_person", "commercial", "legal_service", "other_org", "total"].map { c.report.cell("requests.total.\($0)")?.value?.value }
        #expect(values == [767, 35, 2, 1, 805])
    }

    /// Regression (the same print at 200 dpi, JPEG q55, seed-42 probe): （七）总计's label read
    /// `(+t) Sit` on （六）其他处理's line with the total row's values; （六） got `35 2 1 805`,
    /// three marked certain. The line holds two item numbers: neither row gets them.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func theTotalRowsValuesOnTheOtherRowsLineAreNeitherRows() throws {
        let c = try convertSample("Samples/scans/real-office-2019-right-no-rules-200dpi-q55/scanned.pdf")
        for column in ["natural_person", "commercial", "legal_service", "other_org", "total"] {
            #expect(c.report.cell("requests.other.\(column)")?.value == nil, "\(column)")
        }
        #expect(c.report.cell("requests.carried_forward.total")?.value?.value == 72)
    }

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"), arguments: scans)
    func everyWrongNumberIsFlagged(_ input: String) throws {
        guard let truth = try truth(for: input) else { return }
        let report = try convertSample(input).report
        let failedPaths = Set(report.checks.filter { $0.status == .fail }.flatMap { $0.values.map(\.path) })
        var exact = 0
        var unflagged: [String] = []
        for (path, expected) in truth {
            let cell = report.cell(path)
            let got = cell?.value?.value
            if expected == got || (expected != nil && got != nil && abs(expected! - got!) < 1e-9) {
                exact += 1
            } else if got != nil, !(cell?.uncertain ?? false), !failedPaths.contains(path) {
                unflagged.append("\(path): \(expected.map { "\($0)" } ?? "blank") ≠ \(got!)")
            }
        }
        #expect(unflagged.isEmpty, "\(input): wrong and neither uncertain nor in a failed check: \(unflagged)")
        // Stricter: every wrong number is marked uncertain itself.
        let wrongCertain = truth.filter { path, expected in
            guard let cell = report.cell(path), let got = cell.value?.value, !cell.uncertain else { return false }
            return expected.map { abs($0 - got) > 1e-9 } ?? true
        }
        #expect(wrongCertain.isEmpty, "\(input): wrong but marked certain: \(wrongCertain.keys.sorted())")
        #expect(exact >= Self.floor[input, default: truth.count], "\(input): \(exact) of \(truth.count) exact")
    }

    /// Wrong numbers among the cells OCR did not mark uncertain, over all scans: the calibration of
    /// `uncertain` (Docs/accuracy.md). It was 3 before a failed identity's cells that nothing
    /// confirms were marked; the figure may not grow.
    static let wrongAmongCertain = 0

    /// Cells exact over all scans, at least (the sum of the floors).
    static let floorTotal = floor.values.reduce(0, +)

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func scannedCellsAreExactAndCertainMeansRight() throws {
        var exact = 0, total = 0, certain = 0, wrongCertain = 0, uncertain = 0, wrongUncertain = 0
        for input in Self.scans {
            guard let truth = try truth(for: input) else { continue }
            let report = try convertSample(input).report
            var line = (certain: 0, wrongCertain: 0, uncertain: 0, wrongUncertain: 0)
            for (path, expected) in truth {
                total += 1
                let cell = report.cell(path)
                let got = cell?.value?.value
                let right = expected == got || (expected != nil && got != nil && abs(expected! - got!) < 1e-9)
                if right { exact += 1 }
                guard got != nil else { continue }
                if cell?.uncertain ?? false {
                    line.uncertain += 1
                    if !right { line.wrongUncertain += 1 }
                } else {
                    line.certain += 1
                    if !right { line.wrongCertain += 1 }
                }
            }
            print("calibration \(input): \(line.certain) values certain, \(line.wrongCertain) of them wrong; \(line.uncertain) uncertain, \(line.wrongUncertain) of them wrong")
            certain += line.certain; wrongCertain += line.wrongCertain; uncertain += line.uncertain; wrongUncertain += line.wrongUncertain
        }
        print("calibration, all scans: \(certain) values certain, \(wrongCertain) of them wrong; \(uncertain) uncertain, \(wrongUncertain) of them wrong")
        #expect(total > 0)
        print("scans: \(exact) of \(total) cells exact (\(String(format: "%.1f", 100 * Double(exact) / Double(total))) %)")
        #expect(exact >= Self.floorTotal, "\(exact) of \(total) exact")
        #expect(wrongCertain <= Self.wrongAmongCertain, "\(wrongCertain) wrong values not marked uncertain")
    }
}
