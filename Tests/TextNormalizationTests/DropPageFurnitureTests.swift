import Testing
import DocumentModel
import TextNormalization

@Suite struct DropPageFurnitureTests {
    func page(_ n: Int, _ lines: [String]) -> Page {
        Page(number: n, lines: lines.enumerated().map { i, t in
            Line(spans: t.isEmpty ? [] : [Span(text: t)], ref: SourceRef(page: n, line: i + 1))
        }, origin: .extract)
    }

    @Test func decoratedPageNumbersAreDropped() {
        for furniture in ["-3-", "— 3 —", "第3页", "第 3 页 共 5 页", "3 / 5", "Page 3", "- 3 -"] {
            let (pages, dropped) = DropPageFurniture().apply([page(1, ["正文第一行", "正文第二行", furniture])])
            #expect(dropped == [1], "\(furniture)")
            #expect(pages[0].lines.count == 2)
        }
    }

    @Test func bareNumbersOnlyWhenTheyFollowThePages() {
        let pages = [page(1, ["正文", "1"]), page(2, ["正文", "2"]), page(3, ["正文", "3"])]
        #expect(DropPageFurniture().apply(pages).dropped == [1, 1, 1])
        // A lone value at the end of one page is a table value, not a page number.
        let one = [page(1, ["规章", "8"]), page(2, ["行政许可", "27"])]
        #expect(DropPageFurniture().apply(one).dropped == [0, 0])
    }

    @Test func runningHeadersRepeatedOnPagesAreDropped() {
        let h = "友谊县兴隆镇人民政府2022年政府信息公开工作年度报告"
        let pages = [page(1, [h, "正文一"]), page(2, [h, "正文二"]), page(3, [h, "正文三"])]
        let (out, dropped) = DropPageFurniture().apply(pages)
        #expect(dropped == [1, 1, 1])
        #expect(out[1].lines.map { $0.spans[0].text } == ["正文二"])
    }

    /// Regression (t2019-ukai, pdftotext -layout): the title repeated as the running header of
    /// every page, so page 1 printed it twice; both were dropped and the report lost its title
    /// and agency. Only the header goes.
    @Test func aTitleUnderARunningHeaderOfTheSameTextIsKept() {
        let h = "铜陵市郊区财政局 2020 年政府信息公开工作年度报告"
        let pages = [page(1, [h, h, "本报告根据条例编制。"]), page(2, [h, "正文二"]), page(3, [h, "正文三"])]
        let (out, dropped) = DropPageFurniture().apply(pages)
        #expect(dropped == [1, 1, 1])
        #expect(out[0].lines.map { $0.spans[0].text } == [h, "本报告根据条例编制。"])
    }
}
