import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction

/// Every sample with a truth file: no number differs from the source, ever; and every cell is
/// exact, except where an extract cannot tell (column-ordered pdftotext output loses the order
/// of section 四, and its blocks cannot always be confirmed).
@Suite struct SampleAccuracyTests {
    static let knownGaps: [String: Int] = [
        "Samples/synthetic-11/pdftotext-raw.txt": 15,
        "Samples/synthetic-22/pdftotext-raw.txt": 15,
        "Samples/synthetic-33/pdftotext-raw.txt": 15,
    ]

    @Test(arguments: sampleInputs().filter { (try? truth(for: $0)) != nil && $0.contains("/") && !$0.hasSuffix("scanned.pdf") })
    func noWrongNumberAndNoUnexplainedGap(_ input: String) throws {
        guard let truth = try truth(for: input) else { return }
        let report = try convertSample(input).report
        var wrong: [String] = []
        var missing = 0
        for (path, expected) in truth {
            let got = report.cell(path)?.value?.value
            switch (expected, got) {
            case (nil, nil): continue
            case (let e?, let g?): if abs(e - g) > 1e-9 { wrong.append("\(path): \(e) ≠ \(g)") }
            case (_?, nil): missing += 1
            case (nil, let g?): wrong.append("\(path): blank ≠ \(g)")
            }
        }
        #expect(wrong.isEmpty, "\(input): \(wrong.prefix(5))")
        if input.contains("pdftotext-raw") && !Self.knownGaps.keys.contains(input) {
            // Column-ordered extracts: what is placed must be right; what cannot be confirmed is null.
            return
        }
        #expect(missing == Self.knownGaps[input, default: 0], "\(input): \(missing) cells missing")
    }
}

/// Scanned samples: OCR misreads some digits. At least 99% of cells exact overall (the floor each
/// sample is held to is in `floor`), and every wrong number is marked uncertain or sits in a
/// failed identity, so that no wrong number goes unflagged.
@Suite struct ScanAccuracyTests {
    /// Cells each scan reads exactly, at least (of 200; 198 for the 2019 template).
    static let floor: [String: Int] = [
        "Samples/scans/synthetic-11-300dpi-skew/scanned.pdf": 200,
        "Samples/scans/synthetic-22-sideways/scanned.pdf": 199,
        "Samples/scans/t2019-ukai-200dpi/scanned.pdf": 197,
        "Samples/scans/t2021-narrow-seal/scanned.pdf": 195,
        "Samples/scans/t2021-sans-jpeg-upside-down/scanned.pdf": 199,
    ]

    static var scans: [String] { sampleInputs().filter { $0.hasSuffix("scanned.pdf") } }

    @Test(arguments: scans)
    func everyWrongNumberIsFlagged(_ input: String) throws {
        try #require(OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed")
        guard let truth = try truth(for: input) else { return }
        let report = try convertSample(input).report
        let failedPaths = Set(report.checks.filter { $0.status == .fail }.flatMap { $0.values.map(\.path) })
        var exact = 0
        var unflagged: [String] = []
        for (path, expected) in truth {
            let cell = report.cell(path)
            let got = cell?.value?.value
            if expected == got || (expected != nil && got != nil && abs(expected! - got!) < 1e-9) {
                exact += 1
            } else if got != nil, !(cell?.uncertain ?? false), !failedPaths.contains(path) {
                unflagged.append("\(path): \(expected.map { "\($0)" } ?? "blank") ≠ \(got!)")
            }
        }
        #expect(unflagged.isEmpty, "\(input): wrong and neither uncertain nor in a failed check: \(unflagged)")
        #expect(exact >= Self.floor[input, default: truth.count], "\(input): \(exact) of \(truth.count) exact")
    }

    @Test func atLeast99PercentOfScannedCellsAreExact() throws {
        try #require(OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed")
        var exact = 0, total = 0
        for input in Self.scans {
            guard let truth = try truth(for: input) else { continue }
            let report = try convertSample(input).report
            for (path, expected) in truth {
                total += 1
                let got = report.cell(path)?.value?.value
                if expected == got || (expected != nil && got != nil && abs(expected! - got!) < 1e-9) { exact += 1 }
            }
        }
        #expect(total > 0)
        #expect(Double(exact) >= 0.99 * Double(total), "\(exact) of \(total) exact")
    }
}
