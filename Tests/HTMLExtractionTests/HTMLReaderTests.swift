import DocumentModel
import Testing
@testable import HTMLExtraction

@Suite struct HTMLReaderTests {
    func read(_ html: String) throws -> Document {
        try HTMLReader.read(bytes: Array(html.utf8), path: "t.html")
    }

    func fields(_ line: Line) -> [String] { line.spans.map(\.text) }

    /// A real page (上海市人民政府办公厅 2019) spans value cells unlike their headers
    /// (`<td colspan="2">13</td>` under a header spanning other columns): the cells of a row in
    /// order are its values; a cell a row span carries down is not repeated.
    @Test func aRowIsItsCellsInOrderWhateverTheirSpans() throws {
        let doc = try read("""
            <table><tr><td>信息内容</td><td>本年新<br />制作数量</td><td colspan="2">本年新<br />公开数量</td><td>对外公开总数量</td></tr>
            <tr><td>规章</td><td>13</td><td colspan="2">13</td><td>524</td></tr>
            <tr><td>行政许可</td><td colspan="2">0</td><td>0</td><td>0</td></tr>
            <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>258</td><td></td></tr>
            <tr><td colspan="2">（二）部分公开</td><td>3</td><td>4</td></tr></table>
            """)
        #expect(doc.pages[0].lines.map(\.text) == ["信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t13\t13\t524",
                                                  "行政许可\t0\t0\t0", "三、本年度办理结果\t（一）予以公开\t258\t", "（二）部分公开\t3\t4"])
    }

    @Test func hostileTablesAreBounded() throws {
        var options = HTMLReaderOptions()
        options.maximumTableRows = 10
        let html = "<table>" + String(repeating: "<tr><td>1</td><td>2</td></tr>", count: 100) + "</table>"
        let doc = try HTMLReader.read(bytes: Array(html.utf8), path: "t.html", options: options)
        #expect(doc.pages[0].lines.count == 10)
    }

    @Test func paragraphsAreLinesAndTableRowsAreFields() throws {
        let doc = try read("""
            <!DOCTYPE html><html><head><title>某局2020年政府信息公开工作年度报告</title><style>p{color:red}</style></head>
            <body><h1>某局2020年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年&nbsp;&nbsp;公开  信息<br>100条。</p>
            <script>var x = "<p>不是正文</p>";</script>
            <table border="1"><tbody><tr><td colspan="4">第二十条第（一）项</td></tr>
            <tr><td>信息内容</td><td>本年新<br/>制作数量</td><td>本年新<br>公开数量</td><td>对外公开总数量</td></tr>
            <tr><td>规章</td><td>0</td><td></td><td>7</td></tr></tbody></table><p>二、主动公开</p></body></html>
            """)
        #expect(doc.source.kind == .html && doc.source.layout == .tabSeparated && doc.source.encoding == "utf-8")
        #expect(doc.declaredTitle == "某局2020年政府信息公开工作年度报告")
        let lines = doc.pages[0].lines
        #expect(lines.map(\.text) == ["某局2020年政府信息公开工作年度报告", "一、总体情况", "全年 公开 信息", "100条。",
                                      "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                                      "规章\t0\t\t7", "二、主动公开"])
        #expect(lines[6].spans.map(\.field) == [0, 1, 2, 3])
        #expect(lines.map(\.ref.line) == Array(1...8))
    }

    @Test func gbkPagesAreReadAsDeclared() throws {
        // "<meta charset=gb2312>规章" with 规章 in GBK (B9E6 D5C2).
        let bytes: [UInt8] = Array("<html><head><meta charset=\"gb2312\"></head><body><p>".utf8) + [0xB9, 0xE6, 0xD5, 0xC2]
            + Array("</p></body></html>".utf8)
        let doc = try HTMLReader.read(bytes: bytes, path: "g.html")
        #expect(doc.source.encoding == "gb18030")
        #expect(doc.pages[0].lines.map(\.text) == ["规章"])
        // Undeclared and not UTF-8: GB18030.
        let undeclared: [UInt8] = Array("<html><body><p>".utf8) + [0xB9, 0xE6, 0xD5, 0xC2] + Array("</p></body></html>".utf8)
        #expect(try HTMLReader.read(bytes: undeclared, path: "u.html").pages[0].lines.map(\.text) == ["规章"])
    }

    @Test func webPagesAreRecognisedByContent() {
        #expect(HTMLReader.looksLikeHTML(Array("\u{FEFF}  <!DOCTYPE html><html>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Array("<HTML><BODY>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Array("<table><tr><td>1</td></tr></table>".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Array("一、总体情况\n<html>".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Array("%PDF-1.7".utf8)))
    }

    @Test func deepNestingIsCutNotACrash() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 50_000) + "深" + String(repeating: "</div>", count: 50_000) + "<p>浅</p></body></html>"
        let doc = try read(html)
        #expect(doc.pages[0].lines.map(\.text).contains("浅"))
    }
}
