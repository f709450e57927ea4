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
        #expect(abs(-atan(fitted) * 180 / .pi - 0.3) < 0.02)
    }

    /// The least-squares line shared by the rule skew and the slant: weights count, points on a
    /// line give it back, and points that leave it undetermined give none.
    @Test func aWeightedLineFitGivesTheLineThePointsLieOn() throws {
        let on = [(x: -2.0, y: 1.0 - 2 * 0.5, weight: 1.0), (x: 0.0, y: 1.0, weight: 3.0), (x: 4.0, y: 1.0 + 4 * 0.5, weight: 2.0)]
        let line = try #require(LinearSystem.lineFit(on))
        #expect(abs(line.intercept - 1) < 1e-12 && abs(line.slope - 0.5) < 1e-12)
        // A point off the line draws the line towards it the more, the more it weighs.
        let light = try #require(LinearSystem.lineFit(on + [(x: 2.0, y: 10.0, weight: 0.1)]))
        let heavy = try #require(LinearSystem.lineFit(on + [(x: 2.0, y: 10.0, weight: 10.0)]))
        #expect(abs(heavy.intercept + 2 * heavy.slope - 10) < abs(light.intercept + 2 * light.slope - 10))
        #expect(LinearSystem.lineFit([(x: 3.0, y: 1.0, weight: 1.0), (x: 3.0, y: 2.0, weight: 1.0)]) == nil)
        #expect(LinearSystem.lineFit([(x: Double, y: Double, weight: Double)]()) == nil)
    }
}
