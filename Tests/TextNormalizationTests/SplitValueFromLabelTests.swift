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
