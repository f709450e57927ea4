import Foundation
import Testing
@testable import PDFExtraction

/// The skew a page's long rules show after the projection's deskew (`RuleSkew`).
@Suite struct RuleSkewTests {
    /// A narrow table alone on a page: 11 rules across, 500 px wide, 5 rules down, 600 px tall,
    /// on a page of 1275 × 1650 (150 dpi), each rule 3 px thick; verticals drawn leaning by
    /// `shear` degrees (their bottoms to the left), horizontals level.
    func narrowTable(shear: Double = 0) -> GrayImage {
        var d = ScanImageTests.Drawing(1275, 1650)
        for k in 0...10 { d.hline(y: 500 + 60 * k, from: 400, to: 900) }
        for x in [400, 520, 650, 780, 900] {
            for y in 500...1100 {
                let dx = Int((Double(y - 500) * tan(shear * .pi / 180)).rounded())
                d.box(x - 1 - dx, y, 3, 1)
            }
        }
        return d.image
    }

    /// Regression (seed-22 probe 11: 平潭's narrow print, scanned upside down at 200 dpi, 0.14°
    /// off): the projection's deskew turned the table-only page 0.12° the wrong way, its vertical
    /// rules leaned five pixels over the table and were not found whole: 98 of 198 cells lost.
    /// The rules tell the turn the page is still off by, to a hundredth of a degree.
    @Test func aNarrowTablesRulesTellTheTurnAProjectionMisses() throws {
        let scale = OCRTuning.Scale(dpi: 150)
        for turn in [0.25, -0.14] {
            // A straight page turned clockwise by `turn` (`rotated(by:)` turns a page back).
            let page = narrowTable().rotated(by: -turn)
            let residual = try #require(RuleSkew.residual(of: page, rules: Perspective.pageRules(in: page, threshold: 128, scale: scale, tuning: OCRTuning()), scale: scale, tuning: OCRTuning()))
            #expect(abs(residual - turn) < 0.02, "turned \(turn)°, measured \(residual)°")
        }
    }

    @Test func aStraightPageIsNotTurned() {
        #expect(RuleSkew.residual(of: narrowTable(), rules: Perspective.pageRules(in: narrowTable(), threshold: 128, scale: OCRTuning.Scale(dpi: 150), tuning: OCRTuning()), scale: OCRTuning.Scale(dpi: 150), tuning: OCRTuning()) == nil)
    }

    /// Upright rules that lean while the level ones do not (a page seen at a slant, or drawn so)
    /// are no turn: the two directions disagree, and nothing is turned (``Perspective`` is for that).
    @Test func verticalsLeaningAloneAreNoTurn() throws {
        let page = narrowTable(shear: 0.3), scale = OCRTuning.Scale(dpi: 150), tuning = OCRTuning()
        #expect(RuleSkew.residual(of: page, rules: Perspective.pageRules(in: page, threshold: 128, scale: scale, tuning: tuning), scale: scale, tuning: tuning) == nil)
        // The verticals' lean is seen (it is the disagreement that leaves the page as it is).
        let verticals = Perspective.rules(in: page, threshold: 128, vertical: true, run: 20, scale: scale, tuning: tuning)
        #expect(verticals.count == 5)
        let fitted = try #require(verticals.first.flatMap { RuleSkew.fitted($0, in: page, vertical: true, threshold: 128, scale: scale, tuning: tuning) })
        #expect(abs(-atan(fitted.slope) * 180 / .pi - 0.3) < 0.02)
    }
}
