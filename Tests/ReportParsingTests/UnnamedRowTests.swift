import Testing
@testable import ReportParsing

/// Rows whose label names no template row (OCR misreads, labels lost in an extract).
@Suite struct UnnamedRowTests {
    /// A row whose label is unreadable, between two rows that were found, with one template row
    /// between them: that row, named in a warning.
    @Test func anUnnamedRowBetweenTwoFoundRowsIsNamedByItsPlace() throws {
        var text = ReportText.make(["requests.partially_granted.natural_person": "3", "requests.partially_granted.total": "3"])
        text = text.replacingOccurrences(of: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", with: "口口口口")
        let report = try parse(text)
        #expect(report.value("requests.partially_granted.natural_person") == 3)
        #expect(report.warnings.contains { $0.code == "row-named-by-position" && $0.paths.contains("requests.partially_granted.total") })
    }

    /// Regression: an unnamed row after the last found row made an empty range whose upper bound
    /// was below its lower one, and crashed the parser. It is dropped, named in a warning.
    @Test func anUnnamedRowAfterTheLastFoundRowIsDroppedNotACrash() throws {
        var text = ReportText.make(["requests.carried_forward.natural_person": "2", "requests.carried_forward.total": "2"])
        text = text.replacingOccurrences(of: "四、结转下年度继续办理", with: "口口口口口")
        let report = try parse(text)
        #expect(report.value("requests.carried_forward.natural_person") == nil)
        #expect(report.warnings.contains { $0.message.contains("carried_forward") || $0.paths.contains("requests.carried_forward.total") })
    }
}

/// Uncertain OCR cells and the suggestions failed identities give for them.
@Suite struct UncertainCellsTests {
    func cell(_ path: String, _ v: Double, confidence: Double?) -> CellRecord {
        CellRecord(path: path, value: NumberValue(text: String(Int(v)), value: v), raw: String(Int(v)), status: .value, confidence: confidence)
    }

    /// `a + b = total`, failed by `difference`.
    func sum(_ cells: [CellRecord], id: String = "sum") -> Check {
        let vs = cells.map { ($0.path, $0.value) }
        let d = cells.dropLast().compactMap(\.value?.value).reduce(0, +) - (cells.last!.value!.value)
        return Check(id: id, rule: "a + b = total", values: vs, difference: d, status: d == 0 ? .pass : .fail, lhsCount: cells.count - 1)
    }

    @Test func aCellReadWithLowConfidenceIsUncertain() {
        var cells = [cell("a", 1, confidence: 60), cell("b", 2, confidence: 95), cell("total", 3, confidence: 95)]
        let warnings = UncertainCells.mark(&cells, checks: [sum(cells)], uncertainBelow: 75)
        #expect(cells.map(\.uncertain) == [true, false, false])
        #expect(warnings.isEmpty && cells.allSatisfy { $0.suggestion == nil })
    }

    /// `5 + 2 = 9` with `5` read unsure: the identity implies 7; the value read stays 5.
    @Test func theOneUncertainCellOfAFailedIdentityGetsTheImpliedValueAsASuggestion() {
        var cells = [cell("a", 5, confidence: 60), cell("b", 2, confidence: 96), cell("total", 9, confidence: 97)]
        let warnings = UncertainCells.mark(&cells, checks: [sum(cells)], uncertainBelow: 75)
        #expect(cells[0].uncertain && cells[0].value?.value == 5)
        #expect(cells[0].suggestion?.value == 7)
        #expect(warnings.map(\.code) == ["ocr-suggestion"])
    }

    /// An unknown on the right-hand side: the total is the sum.
    @Test func anUncertainTotalIsSuggestedTheSum() {
        var cells = [cell("a", 5, confidence: 96), cell("b", 2, confidence: 96), cell("total", 8, confidence: 50)]
        _ = UncertainCells.mark(&cells, checks: [sum(cells)], uncertainBelow: 75)
        #expect(cells[2].suggestion?.value == 7)
    }

    /// Two uncertain cells in one failed identity: which one is wrong is unknown; no suggestion.
    @Test func twoUnknownsGiveNoSuggestion() {
        var cells = [cell("a", 5, confidence: 60), cell("b", 2, confidence: 60), cell("total", 9, confidence: 97)]
        let warnings = UncertainCells.mark(&cells, checks: [sum(cells)], uncertainBelow: 75)
        #expect(warnings.isEmpty && cells.allSatisfy { $0.suggestion == nil })
    }

    /// No cell was read unsure; a cell that two failed identities share is their unknown, and
    /// both must imply the same value.
    @Test func aCellSharedByTwoFailedIdentitiesIsTheirUnknown() {
        let a = cell("a", 5, confidence: 85), b = cell("b", 2, confidence: 85), t = cell("total", 9, confidence: 85)
        let c = cell("c", 1, confidence: 85), t2 = cell("total2", 8, confidence: 85)
        var cells = [a, b, t, c, t2]
        let checks = [sum([a, b, t], id: "one"), sum([a, c, t2], id: "two")]
        _ = UncertainCells.mark(&cells, checks: checks, uncertainBelow: 75)
        #expect(cells[0].uncertain && cells[0].suggestion?.value == 7)
        #expect(!cells[1].uncertain && !cells[2].uncertain)
    }

    /// Cells from a text layer carry no confidence: a failed identity there is a finding only.
    @Test func textLayerCellsAreNeverMarked() {
        var cells = [cell("a", 5, confidence: nil), cell("b", 2, confidence: nil), cell("total", 9, confidence: nil)]
        let warnings = UncertainCells.mark(&cells, checks: [sum(cells)], uncertainBelow: 75)
        #expect(warnings.isEmpty && cells.allSatisfy { !$0.uncertain })
    }
}
