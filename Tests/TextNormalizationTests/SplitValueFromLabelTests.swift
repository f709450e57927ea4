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

/// Regression (scan of a real report's Chromium print): OCR missed the rule between
/// `1.本机关不掌握相关政府信息` and its first value, so the cell read `…政府信息4` and the row had six
/// fields for seven columns: lost (7 cells). OCR pages now have their glued values split like
/// extracts; a PDF's text layer does not (its glyphs split them).
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
        let layer = cells(normalizer.normalize(document(origin: .textLayer)))
        #expect(layer.first?.text == "1.本机关不掌握相关政府信息4")
    }
}
