import Testing
import DocumentModel
import TextInput
import TextNormalization
@testable import ReportParsing

/// A label OCR misread as a number, in the column of labels (``TableReader/valueInLabelColumn(_:run:)``).
@Suite struct ValuesInLabelColumnTests {
    /// The 2021 report as a scan of a tight print without rules reads it: each cell at its
    /// place (labels from x = 52, values from x = 220), with `replace` giving some lines other
    /// lines (by their first field and the how many-th line starting so it is, from 0).
    static func scanned(_ values: [String: String], replace: [String: [Int: [[Span]]]]) throws -> Report {
        var doc = try ExtractReader.read(ReportText.make(values), path: "scan.pdf", encoding: .utf8)
        doc.source.layout = .geometry
        for p in doc.pages.indices {
            doc.pages[p].origin = .ocr
            var lines: [Line] = []
            var seen: [String: Int] = [:]
            for line in doc.pages[p].lines {
                let fields = line.spans.map(\.text)
                let first = fields.first ?? ""
                let n = seen[first, default: 0]
                seen[first] = n + 1
                if let replaced = replace[first]?[n] {
                    lines += replaced.map { Line(spans: $0, ref: line.ref) }
                    continue
                }
                lines.append(Line(spans: fields.enumerated().compactMap { k, text in
                    guard !text.isEmpty else { return nil }
                    let x0 = k == 0 ? 52 : 150 + 70 * Double(k)
                    return Span(text: text, x0: x0, x1: x0 + 10 * Double(text.count), field: k, confidence: 90)
                }, ref: line.ref))
            }
            for l in lines.indices { lines[l].ref = SourceRef(page: doc.pages[p].number, line: l + 1) }
            doc.pages[p].lines = lines
        }
        let clean = Normalizer(options: NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))).normalize(doc)
        return ReportParser().parse(clean)
    }

    /// 上海市科委's tight print without rules, scanned at 300 dpi, JPEG q30: the `97` of 行政许可
    /// run into its label (`行政许6`), and the label 行政处罚 read `4 了TI`, its `0` lost. The `4`
    /// went to 行政许可, certain. (Lines of prose: OCR found no table there.)
    @Test func aLabelReadAsANumberIsNoValueOfTheRowAbove() throws {
        let values = ["active_disclosure.licensing.decisions": "97", "active_disclosure.penalties.decisions": "0"]
        let report = try Self.scanned(values, replace: [
            "行政许可": [0: [[Span(text: "行政许6", x0: 52, x1: 94, confidence: 90)]]],
            // The part header over 行政处罚, misread.
            "第二十条第（六）项": [0: [[Span(text: "有", x0: 56, x1: 98, confidence: 60),
                                   Span(text: "第二十条第（六）项、_", x0: 130, x1: 273, confidence: 80)]]],
            "信息内容": [2: [[Span(text: "信息由有", x0: 52, x1: 99, confidence: 60),
                             Span(text: "本年处理决定数量", x0: 178, x1: 273, confidence: 90)]]],
            "行政处罚": [0: [[Span(text: "4", x0: 52, x1: 56, confidence: 93),
                             Span(text: "了TI", x0: 87, x1: 99, confidence: 60)]]],
        ])
        #expect(report.value("active_disclosure.licensing.decisions") == nil)
        #expect(report.status("active_disclosure.licensing.decisions") == .unplaced)
        #expect(report.warnings.contains { $0.code == .rowValuesUnplaced && $0.message.contains("column of labels") && $0.message.contains("(4)") })
        // The other rows, values in their column, as read.
        #expect(report.value("active_disclosure.coercive_measures.decisions") == 0)
        #expect(report.value("active_disclosure.normative_documents.in_force") == 0)
    }

    /// A value under its row's label but right of its start (the first quarter) is placed: a
    /// label read across the table's columns (values start under it).
    @Test func aValueUnderAWideLabelsRightPartIsPlaced() throws {
        let values = ["active_disclosure.licensing.decisions": "97"]
        let report = try Self.scanned(values, replace: [
            "行政许可": [0: [[Span(text: "行政许可", x0: 52, x1: 300, confidence: 90)],
                             [Span(text: "97", x0: 120, x1: 132, confidence: 90)]]],
        ])
        #expect(report.value("active_disclosure.licensing.decisions") == 97)
    }
}
