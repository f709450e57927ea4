import Testing
import DocumentModel
import TextInput
import TextNormalization
@testable import ReportParsing

/// The columns a table's header prints, for rows whose values leave cells blank
/// (``TableReader/headerExtents(_:)``).
@Suite struct HeaderColumnsTests {
    static let applicants = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]

    /// The 2019 requests table as a scan reads it: no row fills its research and public-welfare
    /// columns, its header one line of seven words (`header`, and `extra` words at their
    /// places), each row its label and its values, each at its column's place (the columns 60
    /// points apart). `values` are the cells printed (the rows new_received, granted and total
    /// numbered 1 to 7 without them); `replacing` gives a row's line other spans, or none (empty),
    /// by its fields.
    static func scannedRequests(header: [String], extra: [Span] = [], values given: [String: String]? = nil,
                                replacing: ([String]) -> [Span]? = { _ in nil }) throws -> Report {
        var values: [String: String] = [:]
        for row in ["new_received", "granted", "total"] {
            for (k, a) in applicants.enumerated() { values["requests.\(row).\(a)"] = "\(k + 1)" }
        }
        var doc = try ExtractReader.read(ReportText.make(given ?? values, template: "2019"), path: "scan.pdf", encoding: .utf8)
        doc.source.layout = .geometry
        for p in doc.pages.indices {
            doc.pages[p].origin = .ocr
            var lines: [Line] = []
            var inTable = false
            for line in doc.pages[p].lines {
                let fields = line.spans.map(\.text)
                if fields.first?.hasPrefix("（本列数据") == true {
                    inTable = true
                    lines.append(Line(spans: header.indices.map { k in Span(text: header[k], x0: x(k), x1: x(k) + 40, confidence: 90) } + extra,
                                      ref: line.ref))
                } else if fields.first?.hasPrefix("四、政府信息公开") == true {
                    inTable = false
                    lines.append(line)
                } else if !inTable || fields.count < 7 {
                    lines.append(line)
                } else if let spans = replacing(fields) {
                    if !spans.isEmpty { lines.append(Line(spans: spans, ref: line.ref)) }
                } else if !fields.contains("自然人"), !fields.contains("商业企业") {
                    var cells = Array(fields.suffix(7))
                    if given == nil { cells[2] = ""; cells[3] = "" }
                    var spans = [Span(text: fields.dropLast(7).joined(), x0: 40, x1: 300, confidence: 90)]
                    for k in cells.indices where !cells[k].isEmpty { spans.append(Span(text: cells[k], x0: x(k) + 15, x1: x(k) + 25, confidence: 90)) }
                    lines.append(Line(spans: spans, ref: line.ref))
                }
            }
            for l in lines.indices { lines[l].ref = SourceRef(page: doc.pages[p].number, line: l + 1) }
            doc.pages[p].lines = lines
        }
        let clean = Normalizer(options: NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))).normalize(doc)
        return ReportParser().parse(clean)
    }

    /// Column `k`'s left side, in points.
    static func x(_ k: Int) -> Double { 320 + 60 * Double(k) }

    @Test func aHeaderReadWholeGivesEveryColumnItsPlace() throws {
        let report = try Self.scannedRequests(header: ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
        #expect(report.value("requests.total.legal_service") == 5)
        #expect(report.value("requests.total.total") == 7)
        #expect(report.status("requests.total.research") == .blank)
    }

    /// Regression (the 2019 report printed without rules, fed sideways at 200 dpi with a seal,
    /// kept as `scans/real-office-2019-no-rules-sideways-seal-200dpi`): the requests table's
    /// header, read column by column, came back `科研机`, `社会公益组40` and `其人`; those three
    /// columns had no extent, so the header gave none, and the rows on the next page (（七）总计,
    /// 四、结转下年度继续办理), with blank cells and no rule, were left null. A misread column's
    /// extent is the header's words between its found neighbours, one for each misread column,
    /// sharing half its header's characters; where they do not, none.
    @Test func aMisreadHeaderWordBetweenItsNeighboursIsItsColumn() throws {
        let misread = try Self.scannedRequests(header: ["自然人", "商业企业", "科研机", "社会公益组40", "法律服务机构", "其人", "总计"])
        #expect(misread.value("requests.total.natural_person") == 1)
        #expect(misread.value("requests.total.legal_service") == 5)
        #expect(misread.value("requests.total.other_org") == 6)
        #expect(misread.value("requests.total.total") == 7)
        #expect(misread.status("requests.total.research") == .blank)
        // A word sharing too little with the header it would stand for (`AB` for 其他): no
        // extents, the row left null rather than placed by a guess.
        let unlike = try Self.scannedRequests(header: ["自然人", "商业企业", "科研机", "社会公益组40", "法律服务机构", "AB", "总计"])
        #expect(unlike.value("requests.total.legal_service") == nil)
        #expect(unlike.value("requests.total.total") == nil)
        // Two words where one header was misread: which is the column's is not known.
        let two = try Self.scannedRequests(header: ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其人", "总计"],
                                           extra: [Span(text: "其", x0: Self.x(5) + 44, x1: Self.x(5) + 56, confidence: 90)])
        #expect(two.value("requests.total.total") == nil)
    }
}
