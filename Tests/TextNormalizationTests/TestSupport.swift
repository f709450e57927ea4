import DocumentModel
import TextNormalization

/// A cell at character columns x0..<x0+count on a line.
func cell(_ text: String, x: Double? = nil, field: Int? = nil, line: Int = 1, page: Int = 1) -> Cell {
    let width = Double(text.unicodeScalars.count)
    return Cell(text: text, raw: text, ref: SourceRef(page: page, line: line), x0: x, x1: x.map { $0 + width }, field: field)
}

func row(_ cells: [Cell]) -> TableRow {
    TableRow(cells: cells, ref: cells.first?.ref ?? SourceRef(page: 1, line: 1))
}

func texts(_ t: Table) -> [[String]] {
    t.rows.map { $0.cells.map(\.text).filter { !$0.isEmpty } }
}

let testLexicon = Lexicon(["社会公益组织", "法律服务机构", "结果维持", "结果纠正", "三、本年度办理结果", "（三）不予公开",
                           "5.要求行政机关确认或重新出具已获取信息", "自然人", "商业企业"])
