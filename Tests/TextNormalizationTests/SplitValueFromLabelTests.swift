import Testing
import DocumentModel
import TextNormalization

@Suite struct SplitValueFromLabelTests {
    let rule = SplitValueFromLabel(lexicon: Lexicon(["其他对外管理服务事项", "行政事业性收费", "3.补正后申请内容仍不明确",
                                                     "本年增/减"]))

    @Test func aKnownLabelAndTheNumberAfterItAreSplit() {
        #expect(rule.split("其他对外管理服务事项10")! == ("其他对外管理服务事项", "10"))
        #expect(rule.split("行政事业性收费0")! == ("行政事业性收费", "0"))
        #expect(rule.split("3.补正后申请内容仍不明确25")! == ("3.补正后申请内容仍不明确", "25"))
        #expect(rule.split("行政事业性收费12.5")! == ("行政事业性收费", "12.5"))
    }

    @Test func aMinusSignBelongsToTheValue() {
        #expect(rule.split("本年增/减-18")! == ("本年增/减", "-18"))
    }

    @Test func numbersThatBelongToTheTextStay() {
        #expect(rule.split("2019年") == nil)
        #expect(rule.split("本年度共收到申请10") == nil)          // not a known label
        #expect(rule.split("其他对外管理服务事项") == nil)         // no number
        #expect(rule.split("10") == nil)
        #expect(SplitValueFromLabel(lexicon: Lexicon([])).split("行政事业性收费0") == nil)
    }

    @Test func aSplitCellBecomesTwoCellsWithPositions() {
        let cell = Cell(text: "行政事业性收费0", raw: "行政事业性收费0", ref: SourceRef(page: 1, line: 4), x0: 10, x1: 18)
        let out = rule.apply([cell])
        #expect(out.splits == 1)
        #expect(out.cells.map(\.text) == ["行政事业性收费", "0"])
        #expect(out.cells.map(\.raw) == ["行政事业性收费", "0"])
        #expect(out.cells[1].x0 == 17 && out.cells[1].x1 == 18 && out.cells[0].x1 == 17)
        let untouched = rule.apply([Cell(text: "规章", raw: "规章", ref: SourceRef(page: 1, line: 1))])
        #expect(untouched.splits == 0 && untouched.cells.map(\.text) == ["规章"])
    }
}

/// Regression (a scan of 平潭's page ruled only across, 300 dpi): labels ran into their first
/// values (`1.属于国家秘密0`), and where a label was misread (`荣止` for `禁止`), ran after its
/// group's (`公开5.属于三类内部事务信息0`) or ended in a closing quote, no known term matched: 12
/// rows had six values for seven columns and were lost (79 cells). On OCR pages a number glued
/// to a row's text before a row of values is split off; a number a space apart, which may be the
/// label's last character misread (`政府信 3` for `政府信息`), is not.
@Suite struct GluedValueOnOCRPagesTests {
    let rule = SplitValueFromLabel(lexicon: Lexicon(["3.危及“三安全一稳定”"]))
    func cells(_ raws: [String]) -> [Cell] {
        raws.map { Cell(text: $0.replacingOccurrences(of: " ", with: ""), raw: $0, ref: SourceRef(page: 2, line: 9)) }
    }

    @Test func aNumberGluedToAnUnknownLabelBeforeValuesIsSplitOnOCRPages() {
        let row = cells(["公开5.属于三类内部事务信息0", "0", "0", "0", "0", "0", "0"])
        #expect(rule.apply(row, beforeValues: true).cells.map(\.text) == ["公开5.属于三类内部事务信息", "0", "0", "0", "0", "0", "0", "0"])
        #expect(rule.apply(row).splits == 0)                                       // extracts: known terms only
        #expect(rule.apply(cells(["2.其他法律行政法规荣止公开0", "0"]), beforeValues: true).splits == 0)   // one value after it
        #expect(rule.apply(cells(["2.其他法律行政法规荣止公开0", "0", "年"]), beforeValues: true).splits == 0)
    }

    /// Regression (平潭's print without rules at 200 dpi, seed 26): `ms 3.补正后申请内容仍不明确“3`,
    /// a stray mark before the value read as an opening quote, was not split: six values for seven
    /// columns, the row lost.
    @Test func aNumberAfterAnOpeningQuoteIsSplitOnOCRPages() {
        let row = cells(["ms 3.补正后申请内容仍不明确“3", "0", "0", "0", "0", "0", "3"])
        #expect(rule.apply(row, beforeValues: true).cells.map(\.text) == ["ms3.补正后申请内容仍不明确“", "3", "0", "0", "0", "0", "0", "3"])
    }

    /// Regression (the same scan): `处理4.无正当理由大量反复申` | `请0` | `0` … : the label's last
    /// character fell in the value's cell; split off, it stood as a cell of its own, eight fields
    /// for seven columns, and the row was lost. One or two Chinese characters cut off after a
    /// label end that label.
    @Test func aLabelsLastCharacterInTheValuesCellEndsTheLabel() {
        let row = cells(["处理4.无正当理由大量反复申", "请0", "0", "0", "0", "0", "0", "0"])
        #expect(rule.apply(row, beforeValues: true).cells.map(\.text) == ["处理4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"])
        // Not in an extract (known terms only), nor after a value.
        #expect(rule.apply(row).splits == 0)
        #expect(rule.apply(cells(["12", "请0", "0", "0"]), beforeValues: true).cells.map(\.text) == ["12", "请", "0", "0", "0"])
    }

    @Test func aNumberASpaceAfterTheLabelStays() {
        #expect(rule.apply(cells(["1.本机关不掌握相关政府信 3", "4", "0", "0"]), beforeValues: true).splits == 0)
    }

    @Test func aKnownLabelEndingInAClosingQuoteIsSplit() {
        #expect(rule.split("3.危及“三安全一稳定”0")! == ("3.危及“三安全一稳定”", "0"))
    }
}

/// Regression (scan of a real report's Chromium print): OCR missed the rule between
/// `1.本机关不掌握相关政府信息` and its first value, so the cell read `…政府信息4` and the row had six
/// fields for seven columns: lost (7 cells). OCR pages now have their glued values split like
/// extracts, and so do text layers (Chromium prints set a value against its label in narrow
/// columns).
@Suite struct GluedValueOnOCRPageTests {
    func document(origin: TextOrigin) -> Document {
        let texts = ["1.本机关不掌握相关政府信息4", "0", "0", "0", "0", "0", "4"]
        var x = 100.0
        let spans = texts.enumerated().map { i, t -> Span in
            let width = i == 0 ? 160.0 : 30.0
            defer { x += width }
            return Span(text: t, x0: x, x1: x + width, field: i, confidence: 90)
        }
        let page = Page(number: 1, lines: [Line(spans: spans, ref: SourceRef(page: 1, line: 1), y0: 100, y1: 112)],
                        width: 595, height: 842, origin: origin)
        return Document(source: DocumentSource(path: "scan.pdf", kind: .pdf, layout: .geometry), pages: [page])
    }

    func cells(_ clean: CleanDocument) -> [Cell] {
        clean.blocks.flatMap { block -> [Cell] in
            if case .table(let t) = block { return t.rows.flatMap(\.cells) }
            return []
        }
    }

    @Test func aValueGluedToItsLabelOnAnOCRPageIsSplit() {
        let normalizer = Normalizer(options: NormalizationOptions(lexicon: Lexicon(["1.本机关不掌握相关政府信息"])))
        let split = cells(normalizer.normalize(document(origin: .ocr)))
        #expect(split.map(\.text) == ["1.本机关不掌握相关政府信息", "4", "0", "0", "0", "0", "0", "4"], "\(split.map(\.text))")
        // Cut in points by the share of characters: 14 of 15 of the cell's 160 points (positions
        // are stored as 32-bit floats).
        #expect(split[1].x0.map { abs($0 - (100 + 160 * 14 / 15)) < 1e-3 } == true, "\(String(describing: split[1].x0))")
        // A text layer splits it too (its glyphs touch: no gap split it), the cut estimated from
        // the characters' widths: 13.65 em in 160 points (12 Chinese characters, `1.` and `4` about half an em each).
        let layer = cells(normalizer.normalize(document(origin: .textLayer)))
        #expect(layer.map(\.text) == ["1.本机关不掌握相关政府信息", "4", "0", "0", "0", "0", "0", "4"], "\(layer.map(\.text))")
        #expect(layer[1].x0.map { abs($0 - (260 - 160 * 0.55 / 13.65)) < 1e-3 } == true, "\(String(describing: layer[1].x0))")
    }
}

/// Regression (Chromium prints of 平潭's 2020 report in narrow columns): a value centred in a
/// narrow column stood half a character from its label (`2.重复申请 3`, `握相关政府信 4` in a label
/// wrapped over three lines), under the gap that splits cells, and stayed in the label's cell: the
/// row's first column read as printed blank. On a text layer such a value is split off where the
/// rest of the line is values or the text before it is a known term.
@Suite struct ValueANarrowGapFromItsLabelTests {
    let rule = SplitValueFromLabel(lexicon: Lexicon(["其他对外管理服务事项"]))

    func cell(_ raw: String, _ x0: Double, _ x1: Double) -> Cell {
        Cell(text: raw.replacingOccurrences(of: " ", with: ""), raw: raw, ref: SourceRef(page: 1, line: 3), x0: x0, x1: x1)
    }

    @Test func aValueANarrowGapFromItsLabelIsSplitOff() {
        // 2.重复申请 at 124.8–182.8 (10-point type), 3 at 187.7–194.4, then the row's other values.
        let out = rule.applyOnTextLayer([cell("2.重复申请 3", 124.8, 194.4), cell("0", 207.8, 214.4), cell("3", 400, 406.7)])
        #expect(out.splits == 1)
        #expect(out.cells.map(\.text) == ["2.重复申请", "3", "0", "3"])
        // The cut is estimated from the characters' widths: the value's left edge within a point.
        #expect(abs((out.cells[1].x0 ?? 0) - 187.7) < 1.5, "\(String(describing: out.cells[1].x0))")
        #expect(abs((out.cells[1].x1 ?? 0) - 194.4) < 1e-3)
        // A fragment of a wrapped label, followed by values.
        #expect(rule.applyOnTextLayer([cell("握相关政府信 4", 100, 190), cell("0", 200, 206)]).cells.map(\.text) == ["握相关政府信", "4", "0"])
        // A known term, the last cell of its line.
        #expect(rule.applyOnTextLayer([cell("其他对外管理服务事项 10", 100, 240)]).cells.map(\.text) == ["其他对外管理服务事项", "10"])
    }

    @Test func numbersInTextStayWhereTheLineIsNotValues() {
        // Prose ending in a number, alone on its line or followed by text.
        #expect(rule.applyOnTextLayer([cell("本年度共受理申请 859", 34, 300)]).splits == 0)
        #expect(rule.applyOnTextLayer([cell("本年度共受理申请 859", 34, 300), cell("件", 310, 322)]).splits == 0)
        // No gap: glued numbers are the text layer's own (`2019年`, `第二十条第（八）项`).
        #expect(rule.applyOnTextLayer([cell("政府集中采购6", 34, 120), cell("0", 200, 206)]).splits == 0)
        // A number not after Chinese text.
        #expect(rule.applyOnTextLayer([cell("2024 12", 34, 80), cell("0", 200, 206)]).splits == 0)
    }
}
