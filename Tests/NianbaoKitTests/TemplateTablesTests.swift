import Foundation
import Testing
@testable import NianbaoKit
import ReportParsing

/// `text --markdown` and `--tsv` lay the template tables out from the parsed cells.
@Suite struct TemplateTablesTests {
    func cells(_ line: Substring) -> [String] {
        line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
    }

    /// Regression: the cleaned lines put values under the wrong header (the sub-header row fused
    /// with the first data row, rows under a merged group label one column off, the review table
    /// 17 columns for 15 values). From the cells: one row per template row, the label, then
    /// exactly the template's columns.
    @Test(arguments: ["Samples/real-shanghai-office-2019/plumber.txt", "Samples/real-shanghai-office-2019/report-chromium.pdf",
                      "Samples/synthetic-11/report.pdf", "Samples/real-pingtan-2020/source.html"])
    func everyRowHasTheTemplatesColumns(_ input: String) throws {
        let c = try convertSample(input)
        let table = try #require(Templates.template(id: "2021")?.requests)
        let requests = try #require(TemplateTables.render(c.report, table: "requests", format: .markdown))
        let lines = requests.split(separator: "\n")
        // The rows of the 其他处理 variant the report printed: one (single) or three (split).
        let printed = [table.rows.filter { $0.variant != "split" }.count, table.rows.filter { $0.variant != "single" }.count]
        #expect(printed.contains(lines.count - 2), "\(lines.count) lines")
        for line in lines { #expect(cells(line).count == 8, "\(line)") }
        #expect(cells(lines[0]) == ["项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
        // Each value is the cell's, in its column; every printed row is one of the template's.
        var matched = 0
        for (r, row) in table.rows.enumerated() {
            // Rows of the variant the report did not print are not in the table.
            guard let line = lines.first(where: { cells($0)[0].hasSuffix(row.label) }) else { continue }
            matched += 1
            for (k, path) in table.rowPaths[r].enumerated() {
                #expect(cells(line)[k + 1] == TemplateTables.text(of: c.report.cell(path)), "\(input) \(path)")
            }
        }
        #expect(matched == lines.count - 2, "\(input): \(matched) of \(lines.count - 2) rows matched a template row")
        let review = try #require(TemplateTables.render(c.report, table: "review_litigation", format: .tsv))
        let reviewLines = review.split(separator: "\n")
        #expect(reviewLines.count == 2)
        for line in reviewLines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 16) }
        #expect(reviewLines[0].hasPrefix("项目\t行政复议 结果维持\t"))
    }

    @Test func theOfficeReportsRowsReadAsPrinted() throws {
        let c = try convertSample("Samples/real-shanghai-office-2019/plumber.txt")
        let md = TextRenderer.render(c.clean, report: c.report, format: .markdown)
        #expect(md.contains("| 一、本年新收政府信息公开申请数量 | 821 | 35 |  |  | 2 | 1 | 859 |"))
        #expect(md.contains("| （三）不予公开 6.属于四类过程性信息 | 3 | 1 |  |  |  |  |  |"))
        #expect(md.contains("| 项目 | 采购项目数量 | 采购总金额 |"))
        // Each template table once, the prose kept.
        #expect(md.components(separatedBy: "| 项目 | 自然人 |").count == 2)
        #expect(md.contains("一、总体情况"))
    }
}

/// `labels` in the JSON: every row and column key of the report's cells has its Chinese label.
@Suite struct JSONLabelsTests {
    @Test(arguments: ["Samples/synthetic-11/report.pdf", "Samples/real-shanghai-office-2019/plumber.txt"])
    func everyCellsRowAndColumnHaveALabel(_ input: String) throws {
        let c = try convertSample(input)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSON.encode(c, pretty: false).utf8)) as? [String: Any])
        let list = try #require(json["labels"] as? [[String: Any]])
        let labels = Dictionary(uniqueKeysWithValues: list.map { ($0["table"] as! String, $0.filter { $0.key != "table" } as! [String: [String: String]]) })
        let template = try #require(Templates.template(id: c.report.metadata.template ?? ""))
        for table in template.tables {
            let t = try #require(labels[table.key], "\(table.key)")
            for row in table.rows {
                let rowLabel = t["rows"]?[row.key] ?? ""
                #expect(rowLabel.count > 1, "\(table.key) row \(row.key)")
                for column in row.columns {
                    let columnLabel = t["columns"]?[column.key] ?? ""
                    #expect(columnLabel.count > 1, "\(table.key) column \(column.key)")
                }
            }
        }
        #expect(labels["requests"]?["columns"]?["social_welfare"] == "社会公益组织")
        #expect(labels["review_litigation"]?["columns"]?["litigation_direct.upheld"] == "行政诉讼 未经复议直接起诉 结果维持")
    }

    /// Regression: `labels` keyed by table put objects named `active_disclosure`, `requests` and
    /// `review_litigation` before `tables`; a reader that takes the first such object (the shared
    /// scorer does) read the labels as the tables and scored every cell missing. The table keys
    /// name objects only under `tables`.
    @Test func theTableKeysNameOnlyTheTables() throws {
        let c = try convertSample("Samples/synthetic-11/report.pdf")
        let json = ReportJSON.encode(c, pretty: false)
        for key in ["active_disclosure", "requests", "review_litigation"] {
            #expect(json.components(separatedBy: "\"\(key)\":{").count - 1 == 1, "\(key)")
        }
    }

    /// A row found in the report has the label it printed; one not printed, the template's wording.
    @Test func printedLabelsWhereFoundTemplateWordingElsewhere() throws {
        let c = try convertSample("Samples/real-shanghai-office-2019/plumber.txt")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSON.encode(c, pretty: false).utf8)) as? [String: Any])
        let list = try #require(json["labels"] as? [[String: Any]])
        let rows = try #require(list.first { $0["table"] as? String == "requests" }?["rows"] as? [String: String])
        let printed = try #require(c.report.cell("requests.denied.state_secret.natural_person")?.rowLabel)
        #expect(rows["denied.state_secret"] == printed)
        // The 2019 report prints one 其他处理 row; the 2021 split rows' labels are the template's.
        #expect(rows["other"] == "（六）其他处理")
        #expect(rows["other.other"] == "（六）其他处理 3.其他")
    }
}
