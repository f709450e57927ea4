import CTesseract
import DocumentModel

/// A cell's label read too short for its ink: read as a block, one line of a label sometimes
/// loses most of its characters (`四、结转2` for `四、结转下年度继续办理`, the words covering a
/// quarter of the ink), and the row is lost, or its label runs into the line after it. A cell
/// holding one line of ink whose reading has Chinese and whose words cover less than
/// `labelCoverageShare` of the ink's width is read again as one line; the new reading is kept
/// when its words cover more of the ink and it is not much less sure.
extension OCRPageReader {
    func rereadingShortLabel(_ words: [OCRWord], crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int), dpi: Int,
                             deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        guard Self.readsTooShort(words, inkWidth: ink.width, inkHeight: ink.height, share: tuning.labelCoverageShare) else { return words }
        let again = try readBlock(crop, dpi: dpi, pageSegMode: PSM_SINGLE_LINE, deadline: deadline)
        guard Self.covered(again) >= Self.covered(words) + Int(tuning.labelCoverageGain * Double(ink.width)),
              Self.meanConfidence(again) >= Self.meanConfidence(words) - tuning.labelRereadConfidenceLoss,
              Self.joined(again).unicodeScalars.contains(where: ScalarClass.isHan) else { return words }
        return again
    }

    /// Whether a reading with Chinese, of one line of ink (no taller than one and a half of its
    /// tallest word), covers less than `share` of the ink's width.
    static func readsTooShort(_ words: [OCRWord], inkWidth: Int, inkHeight: Int, share: Double) -> Bool {
        guard let tallest = words.map({ $0.bottom - $0.top }).max(), tallest > 0,
              Double(inkHeight) <= 1.5 * Double(tallest),
              Self.joined(words).unicodeScalars.contains(where: ScalarClass.isHan) else { return false }
        return Double(covered(words)) < share * Double(inkWidth)
    }

    /// The width the words' boxes cover.
    static func covered(_ words: [OCRWord]) -> Int { words.map { max(0, $0.right - $0.left) }.reduce(0, +) }
}
