import Testing
import DocumentModel
import TextInput
import TextNormalization
@testable import ReportParsing

/// Section 四's table: one row of values under a header of three levels.
@Suite struct SingleRowTableTests {
    /// Section 四's fifteen cells, keyed by path, from the values printed in the row's order.
    static func reviewValues(_ printed: [String]) -> [String: String] {
        let paths = ["review", "litigation_direct", "litigation_after_review"].flatMap { g in
            ["upheld", "corrected", "other", "pending", "total"].map { "review_litigation.\(g).\($0)" }
        }
        return Dictionary(uniqueKeysWithValues: zip(paths, printed))
    }

    /// The review table of the 2019 office report as a scan of its Chromium print read it: the
    /// group's `总计` spans two header rows, and its `总` was read `4` on the upper one.
    func scannedReviewTable(pending: String) -> String {
        let printed = ["5", "", "", "2", "7", "8", "", "", pending, "9", "", "", "", "", ""]
        let values = Self.reviewValues(printed)
        return ReportText.make(values)
            .replacingOccurrences(of: "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n\t\t\t\t\t结果维持",
                                  with: "\t\t\t\t4\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n结果维持\t结果纠正\t其他结果\t尚未审结\t计\t结果维持")
    }

    /// Regression (a scan of the 2019 report's print with cells boxed apart, 200 dpi): the `4`
    /// among the header's words was taken for the row, and the row of values after the header
    /// followed no row label: the scan lost all fifteen cells, and here, where the header line's
    /// fields place it, the `4` went under the review's 总计, a wrong number. The row is the values
    /// after the header; the `4` is not used, and named.
    @Test func aNumberAmongTheHeaderWordsIsNotTheRow() throws {
        let report = try parseAsScan(scannedReviewTable(pending: "1"))
        #expect(report.value("review_litigation.review.upheld") == 5)
        #expect(report.value("review_litigation.review.pending") == 2)
        #expect(report.value("review_litigation.review.total") == 7)
        #expect(report.value("review_litigation.litigation_direct.upheld") == 8)
        #expect(report.value("review_litigation.litigation_direct.pending") == 1)
        #expect(report.value("review_litigation.litigation_direct.total") == 9)
        #expect(report.status("review_litigation.litigation_after_review.total") == .blank)
        #expect(report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4\"") })
    }

    /// Regression (a scan of 上海市科委's page with its tables as pictures, 300 dpi, seed-20
    /// probes): the section's heading came out as lines holding a stray `1` each (`sti 1`, `1`)
    /// before the header, whose `总` was read `4`. Only a lone number right before the header's
    /// words was set aside, so the first `1` was taken for the row: 1 value for 15 columns, and
    /// the fifteen values after the header followed no row (15 cells lost). Every lone number
    /// before the header's words is set aside, each named, when a row's worth of values follows.
    @Test func lonelyNumbersFromAMisreadHeadingAreNotTheRow() throws {
        let text = scannedReviewTable(pending: "1")
            .replacingOccurrences(of: "四、政府信息公开行政复议、行政诉讼情况\n", with: "政复议、行政诉讼情况\n政府信息公开\nsti\t1\n1\n")
        let report = try parseAsScan(text)
        #expect(report.value("review_litigation.review.upheld") == 5)
        #expect(report.value("review_litigation.review.total") == 7)
        #expect(report.value("review_litigation.litigation_direct.pending") == 1)
        #expect(report.value("review_litigation.litigation_direct.total") == 9)
        #expect(report.warnings.filter { $0.code == .valueWithoutRow && $0.message.contains("\"1\"") }.count == 2)
    }

    /// Regression (平潭's print ruled only across, 300 dpi, fed sideways, seed-22 probes): the
    /// header read in part, and a `4` alone on a line between it and the row of fifteen zeros,
    /// no label between them: the `4` and the row were two runs of values, and the table's
    /// fifteen cells were lost. The row fills every column; the `4` has none, and is named.
    @Test func aLoneNumberRightBeforeAWholeRowIsNotTheRow() throws {
        let zeros = Array(repeating: "0", count: 15).joined(separator: "\t")
        var values: [String: String] = [:]
        for g in ["review", "litigation_direct", "litigation_after_review"] {
            for c in ["upheld", "corrected", "other", "pending", "total"] { values["review_litigation.\(g).\(c)"] = "0" }
        }
        let text = ReportText.make(values)
        #expect(text.contains("\n" + zeros + "\n"))
        let report = try parseAsScan(text.replacingOccurrences(of: "\n" + zeros + "\n", with: "\n4\n" + zeros + "\n"))
        #expect(report.value("review_litigation.review.upheld") == 0)
        #expect(report.value("review_litigation.litigation_after_review.total") == 0)
        #expect(report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4\"") })
        // A row one value short leaves the lone number a place: not set aside by this rule.
        let short = Array(repeating: "0", count: 14).joined(separator: "\t")
        let partial = try parseAsScan(text.replacingOccurrences(of: "\n" + zeros + "\n", with: "\n4\n" + short + "\n"))
        #expect(!partial.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4\"") })
    }

    /// Regression (the 2019 report's tight print at 300 dpi, seed-24 probes): the last cell of the
    /// header's lowest row, `总计`, read `4 (Cn it`, on the line of the header's words, right
    /// before the row of values. The `4` was taken for the row (1 value for 15 columns) and the
    /// row after it followed no row label: six values lost. The `4` is not used, and named.
    @Test func aNumberInACellOfTheHeadersRowIsNotTheRow() throws {
        let printed = ["5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""]
        let values = Self.reviewValues(printed)
        var lines = ReportText.make(values).components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("\t\t\t\t\t结果维持") && $0.hasSuffix("总计") })
        lines[header] = String(lines[header].dropLast(2)) + "4 (Cn it"
        let report = try parseAsScan(lines.joined(separator: "\n"))
        #expect(report.value("review_litigation.review.upheld") == 5)
        #expect(report.value("review_litigation.review.total") == 7)
        #expect(report.value("review_litigation.litigation_direct.upheld") == 8)
        #expect(report.value("review_litigation.litigation_direct.pending") == 1)
        #expect(report.value("review_litigation.litigation_direct.total") == 9)
        #expect(report.status("review_litigation.litigation_after_review.total") == .blank)
        #expect(report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4 (Cn it\"") })
    }

    /// Regression (上海市科委's print with light rules at 200 dpi, seed-29 probes): the header's
    /// upper cells read `4458411 | a deh gt M4 Es | 4 | 未经复议直接起诉 | 复议后起诉`. Two numbers
    /// among the header's cells were taken for the row (2 values for 15 columns, left null), and
    /// the row of fifteen values after the header's lower cells followed no row label: all fifteen
    /// cells lost. A line after more of the header with one value per column is the row; the
    /// numbers among the header's cells are not used, and named.
    @Test func numbersAmongTheHeadersCellsAreNotTheRow() throws {
        let printed = ["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2"]
        let values = Self.reviewValues(printed)
        let header = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
        let text = ReportText.make(values)
        #expect(text.contains(header))
        let report = try parseAsScan(text.replacingOccurrences(of: header, with: "4458411\ta deh gt M4 Es\t4\t未经复议直接起诉\t复议后起诉\n"))
        #expect(report.value("review_litigation.review.upheld") == 1)
        #expect(report.value("review_litigation.review.total") == 1)
        #expect(report.value("review_litigation.litigation_direct.upheld") == 0)
        #expect(report.value("review_litigation.litigation_after_review.total") == 2)
        #expect(report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4458411\"") })
        #expect(report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4\"") })
        // A line of one value short of a row after the header leaves the numbers a place: not
        // set aside by this rule.
        let short = try parseAsScan(text.replacingOccurrences(of: header, with: "4458411\ta deh gt M4 Es\t4\t未经复议直接起诉\t复议后起诉\n")
            .replacingOccurrences(of: printed.joined(separator: "\t") + "\n", with: printed.dropLast().joined(separator: "\t") + "\n"))
        #expect(!short.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("\"4458411\"") })
        #expect(short.value("review_litigation.review.upheld") == nil)
    }

    /// Found by the golden of synthetic-22's `pdftotext` raw-order extract, when every lone
    /// number before a run of several after the header's words was set aside: there the row's
    /// values come one to a line between the header's words, and five of them were reported as
    /// stray numbers among the header. Lone numbers are set aside only for a whole row after them.
    @Test func aColumnOrderedRowsValuesAreNotStrayNumbers() throws {
        let report = try parse(try sample("Samples/synthetic-22/pdftotext-raw.txt"))
        #expect(!report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("among the header of the review_litigation table") })
        #expect(report.status("review_litigation.review.upheld") == .unplaced)
    }

    /// An unreadable cell (`i` for `1`) among the values: no label between two runs of them, so the
    /// `9` after it is the row's, not a value without a row.
    @Test func anUnreadableCellDoesNotSplitTheRow() throws {
        let report = try parseAsScan(scannedReviewTable(pending: "i"))
        #expect(report.value("review_litigation.litigation_direct.pending") == nil)
        #expect(report.value("review_litigation.litigation_direct.total") == 9)
        #expect(!report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("9") })
    }

    /// Regression (the A5 print's scan at 240 dpi, `下` for `1` among the review row's numbers):
    /// ink OCR could not read where a number is printed was reported `blank`, which says the
    /// cell is printed empty. It is `unread`: null, in doubt, open, its reading kept; where the
    /// identities imply its value (the row's other cells of its group read, or printed empty in
    /// columns that hold no number), that value is its suggestion, and it stays `unread`.
    @Test func aNumberOCRCouldNotReadIsUnreadNotBlank() throws {
        let report = try parseAsScan(scannedReviewTable(pending: "i"), unreadable: { $0 == "i" })
        let cell = try #require(report.cell("review_litigation.litigation_direct.pending"))
        #expect(cell.status == .unread)
        #expect(cell.status.isOpen)
        #expect(cell.value == nil)
        #expect(cell.raw == "i")
        #expect(cell.uncertain)
        #expect(report.status("review_litigation.litigation_after_review.total") == .blank)
        let sum = try #require(report.checks.first { $0.id == "review_litigation.litigation_direct.sum" })
        #expect(sum.status == .notAssessable)
        #expect(cell.suggestion?.value == 1)
        #expect(report.warnings.contains { $0.code == .ocrSuggestion && $0.paths == ["review_litigation.litigation_direct.pending"] })
    }

    /// Ink OCR read as nothing where a number is printed is unread too, not blank: the cell keeps
    /// its place in the row (the values after it stay in their columns), with an empty raw.
    @Test func inkReadAsNothingIsUnreadNotBlank() throws {
        let report = try parseAsScan(scannedReviewTable(pending: "?"), readAsNothing: { $0 == "?" })
        let cell = try #require(report.cell("review_litigation.litigation_direct.pending"))
        #expect(cell.status == .unread)
        #expect(cell.value == nil && cell.raw == "" && cell.uncertain)
        #expect(report.value("review_litigation.litigation_direct.total") == 9)
        #expect(report.status("review_litigation.litigation_direct.other") == .blank)
        #expect(cell.suggestion?.value == 1)
    }

    /// Regression (平潭's print with rules only across, fed sideways, 300 dpi): OCR laid section
    /// 四's row of fifteen zeros out as a line of nine and six lines of one `0` each; the row had
    /// 9 values for 15 columns and was left null, the six named as values after it. Lone values
    /// on the lines right after the row's line, with it exactly one per column, their positions
    /// apart, are the row's: each column holds one, in order of position.
    @Test func aRowLaidOutAsALineAndLoneValuesIsOneRow() throws {
        let printed = (1...15).map(String.init)
        var values: [String: String] = [:]
        for (k, path) in ["review", "litigation_direct", "litigation_after_review"].flatMap({ g in
            ["upheld", "corrected", "other", "pending", "total"].map { "review_litigation.\(g).\($0)" } }).enumerated() {
            values[path] = printed[k]
        }
        func scan(lone: [Int], missing: Int? = nil) throws -> Report {
            var doc = try ExtractReader.read(ReportText.make(values), path: "scan.pdf", encoding: .utf8)
            doc.source.layout = .geometry
            for p in doc.pages.indices {
                doc.pages[p].origin = .ocr
                var lines: [Line] = []
                for line in doc.pages[p].lines {
                    guard line.spans.map(\.text) == printed else { lines.append(line); continue }
                    // The row at 40 points a column; the lone values on lines of their own.
                    let spans = printed.indices.map { k in Span(text: printed[k], x0: 30 + 40 * Double(k), x1: 40 + 40 * Double(k), confidence: 90) }
                    lines.append(Line(spans: spans.indices.filter { !lone.contains($0) && $0 != missing }.map { spans[$0] }, ref: line.ref))
                    for k in lone { lines.append(Line(spans: [spans[k]], ref: line.ref)) }
                }
                for l in lines.indices { lines[l].ref = SourceRef(page: doc.pages[p].number, line: l + 1) }
                doc.pages[p].lines = lines
            }
            let clean = Normalizer(options: NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))).normalize(doc)
            return ReportParser().parse(clean)
        }
        let report = try scan(lone: [13, 9, 10, 11, 12, 14])
        #expect(report.value("review_litigation.review.upheld") == 1)
        #expect(report.value("review_litigation.litigation_direct.total") == 10)
        #expect(report.value("review_litigation.litigation_after_review.pending") == 14)
        #expect(report.value("review_litigation.litigation_after_review.total") == 15)
        // One value too few (a cell printed empty, or a value lost): not one value a column.
        let short = try scan(lone: [13, 9, 10, 11, 12, 14], missing: 2)
        #expect(short.value("review_litigation.litigation_after_review.total") == nil)
        #expect(short.value("review_litigation.review.upheld") == nil)
    }
}

/// Regression (the 2019 report printed without rules, fed sideways at 300 dpi, seed 26): the blank
/// rows' labels read as one line, `2 .其他法律行政法规禁止公开_ 3. ER HRS AP”(=) EF a .保护第三方
/// 合法权益`, blank after its text; 3.危及“三安全一稳定”'s label misread, the line named rows 2 and 4
/// only, was not taken for blank rows, and the three rows with 5.属于三类内部事务信息 below were
/// read as a column-ordered block: its `5` left null. The row between two a blank line names is
/// on that line too, and blank.
@Suite struct BlankRowsOnOneLineTests {
    @Test func aRowBetweenTwoABlankLineNamesIsBlankToo() throws {
        let values = ["requests.denied.state_secret.natural_person": "14", "requests.denied.internal_affairs.natural_person": "5",
                      "requests.denied.process_information.natural_person": "3"]
        func page(_ blankLine: String) throws -> Report {
            var doc = try ExtractReader.read(ReportText.make(values, template: "2019"), path: "print.pdf", encoding: .utf8)
            doc.source.layout = .geometry
            for p in doc.pages.indices {
                doc.pages[p].origin = .textLayer
                var lines: [Line] = []
                for line in doc.pages[p].lines {
                    let text = line.spans.map(\.text).joined()
                    if text.hasPrefix("2.其他法律") {
                        lines.append(Line(spans: [DocumentModel.Span(text: blankLine, x0: 40, x1: 300)], ref: line.ref))
                    } else if text.hasPrefix("3.危及") || text.hasPrefix("4.保护") {
                        continue
                    } else {
                        lines.append(line)
                    }
                }
                for l in lines.indices { lines[l].ref = SourceRef(page: doc.pages[p].number, line: l + 1) }
                doc.pages[p].lines = lines
            }
            let clean = Normalizer(options: NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))).normalize(doc)
            return ReportParser().parse(clean)
        }
        let misread = try page("2.其他法律行政法规禁止公开 3. ER HRS AP” 4.保护第三方合法权益")
        #expect(misread.value("requests.denied.internal_affairs.natural_person") == 5)
        #expect(misread.status("requests.denied.security_stability.natural_person") == .blank)
        #expect(misread.status("requests.denied.prohibited_by_law.total") == .blank)
        #expect(!misread.warnings.contains { $0.code == .rowsValuesUnplaced })
        // Read whole, as before.
        let whole = try page("2.其他法律行政法规禁止公开 3.危及“三安全一稳定” 4.保护第三方合法权益")
        #expect(whole.value("requests.denied.internal_affairs.natural_person") == 5)
    }
}
