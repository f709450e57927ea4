/// Every threshold of reading a page by OCR, with its default. Sizes in pixels are stated for a
/// 300 dpi image and scaled to the page's resolution in one place (``Scale``).
public struct OCRTuning: Sendable, Hashable {
    // The page.
    /// A page with less ink than this share of its pixels is blank (not read).
    public var blankPageInkShare = 0.0005
    /// A page reads badly (perhaps turned) with fewer characters than this…
    public var badReadingMinimumCharacters = 40
    /// …or a mean confidence below this…
    public var badReadingMinimumConfidence = 60.0
    /// …or more than one Latin letter in this many letters (a Chinese report read upside down).
    public var badReadingLettersPerLatin = 3
    /// Tesseract's orientation detection is followed when at least this sure.
    public var orientationMinimumConfidence = 1.5
    /// Orientation by reading a band four ways: words at least this confident count…
    public var orientationWordConfidence = 60.0
    /// …and the winner needs at least this many Chinese characters in them.
    public var orientationMinimumHan = 10
    /// Skew below this (degrees) is left alone.
    public var deskewMinimumAngle = 0.05

    // A photographed page's lighting (``Illumination``).
    /// The paper's level is taken in blocks of the page's width over this many.
    public var paperBlocksAcross = 100
    /// Blocks this many levels below the fitted paper are not paper.
    public var paperOutlier = 30.0
    /// Paper whose fitted level varies by less than this is left as it is.
    public var unevenPaperRange = 40.0

    /// Ink touching the image's edge that fills at least this share of its bounding box, and
    /// has at least this many pixels, is what lies beyond the page (``PageBackground``).
    public var backgroundSolidity = 0.3
    public var backgroundMinimumArea = 2000

    // A photographed page's perspective (``Perspective``).
    /// Runs of ink at least this long (pixels at 300 dpi) along a direction may be rules.
    public var perspectiveRuleRun = 90.0
    /// A rule pixel has paper this many pixels (at 300 dpi) away on either side (solid areas are
    /// no rules).
    public var perspectiveRuleThickness = 6
    /// A rule holds at least this share of the page's height (or width) in ink.
    public var perspectiveMinimumRule = 0.08
    /// Rules are sought within this many degrees of upright or level, by this step.
    public var perspectiveMaximumAngle = 3.0
    public var perspectiveAngleStep = 0.05
    /// The rules whose slopes are compared hold at least this share of the page's extent in ink.
    public var perspectiveOuterRule = 0.25
    /// The rules' slopes stray from the line fitted through them by at most this (degrees, root
    /// mean square), or they are not trusted.
    public var perspectiveSlopeResidual = 0.05
    /// Lines nearer than this many pixels are one rule.
    public var perspectiveRuleSeparation = 8
    /// The outermost rules are at least this share of the page apart…
    public var perspectiveMinimumSpread = 0.3
    /// …and the page is straightened when two of them differ by at least this many degrees…
    public var perspectiveMinimumAngle = 0.15
    /// …and the page's long rules lean by at least this many degrees (root mean square, by ink)…
    public var perspectiveMinimumLean = 0.05
    /// …and the straightened page's lean at most this share of that.
    public var perspectiveImprovement = 0.35

    // The skew a page's long rules show after ``Deskew`` (``RuleSkew``).
    /// A rule's centre is sought this many pixels (at 300 dpi) either side of its line…
    public var ruleSkewWindow = 12.0
    /// …and points more than this many pixels (at 300 dpi) off the first fit are left out.
    public var ruleSkewStray = 1.5
    /// The rules of a direction, and the two directions, agree within this many degrees…
    public var ruleSkewSpread = 0.06
    /// …and the page is turned again when they agree on at least this many degrees.
    public var ruleSkewMinimum = 0.08

    // Ruling lines and grids (pixels at 300 dpi).
    public var ruleMinimumLength = 90.0
    public var ruleMinimumVerticalLength = 70.0
    /// The same in a table whose cells are boxed apart (each box's sides one row high).
    public var boxedCellsMinimumVerticalLength = 50.0
    /// The same in a table of one row alone on a page, between its rules (a tight print's row
    /// of values: 48 pixels between a 3-pixel rule and a 6-pixel one).
    public var oneRowMinimumVerticalLength = 40.0
    /// A side one row high in line with a side of the page's tables, beside them (`OneRowRules`):
    /// longer than the strokes of type in a tight row (`计`'s upright, 40 px from rule to rule in
    /// a 43-px row, in line with the column rule above it).
    public var inLineMinimumVerticalLength = 60.0
    /// A side one row high whose run goes on into the next row is as wide as the row's sides
    /// within this (`OneRowRules`: a doubled border is, a character's stroke is not).
    public var sideWidthSlack = 2.0
    public var ruleMaximumThickness = 10.0
    public var ruleMaximumThicknessFloor = 4
    /// Rules closer than this belong to one grid line.
    public var gridTolerance = 12.0
    public var gridToleranceFloor = 4
    /// Rules are found in pixels this much darker than the paper (they are often printed pale)…
    public var ruleDarkerThanPaper = 30
    /// …but never paler than this grey level.
    public var rulePalestLevel = 225
    /// A page is searched again for rules as pale as a light grey (`PaleRules`), unless the rules
    /// found are printed dark (their median level more than twice `paleRuleMargin` below the
    /// paper): darkness below the paper around each pixel (its level measured in blocks this
    /// wide, at 300 dpi), averaged along this many pixels across and down, multiplied by
    /// `paleRuleGain`, and rules sought where that is at least `paleRuleMargin` below white.
    public var paperBlock = 96.0
    public var paleRuleRun = 22.0
    public var paleRuleGain = 3
    public var paleRuleMargin = 30
    /// Dashed rules (`DashedRules`): dashes at most this long and at least this long in the
    /// median, apart by at most this (pixels at 300 dpi), at least this many in a line (of the
    /// page's dash and gap, once known: this many), and at least this many such lines (of pixels)
    /// on the page.
    public var dashMaximumLength = 20.0
    public var dashMinimumLength = 8.0
    public var dashMaximumGap = 10.0
    public var dashMinimumCount = 8
    public var dashMinimumCountOfPattern = 3
    public var dashedLinesMinimum = 20
    /// Shaded cells (`ShadedCells`): a page has them where at least `shadedBlocksMinimum` squares
    /// this wide (pixels at 300 dpi) are evenly filled between these many levels below the
    /// paper; its rules are then also sought against the lightest pixel within `shadeRadius`.
    public var shadeBlock = 24.0
    public var shadeMinimumDarkness = 12
    public var shadeMaximumDarkness = 90
    public var shadedBlocksMinimum = 30
    public var shadeRadius = 12.0
    /// Tables ruled only across: a rule lies at most this many usual row heights below the one
    /// before it in the same table…
    public var ruledAcrossMaximumGap = 4.0
    /// …and a row taller than this many holds a number (else it is a heading between two tables);
    public var ruledAcrossMaximumRowHeight = 2.6
    /// a table runs from the first rule this share as wide as the widest to the last; each of
    /// its columns holds a number in this share of its rows of numbers.
    public var ruledAcrossFullWidth = 0.85
    public var ruledAcrossColumnFill = 0.6
    /// Where at most this share of a column's numbers cover it, two columns run together.
    public var ruledAcrossJoinedShare = 0.2
    /// Tables without rules: their rows of values lie at most this many line heights apart.
    public var unruledMaximumGap = 4.0
    /// Their header (``OCRPageReader/unruledHeader(above:words:lineHeight:image:threshold:dpi:deadline:)``)
    /// is sought up to this many line heights above the first row, its columns apart by gaps of
    /// at least this many line heights (a word's characters lie closer).
    public var unruledHeaderMaximumLines = 5.0
    public var unruledHeaderColumnGap = 0.4
    /// Tables are blanked out of the prose image with this margin (pixels).
    public var tableBlankMargin = 2

    // Prose.
    /// Words further apart than this many line heights are in different cells (a table without rules).
    public var proseCellGapInLineHeights = 1.5
    /// Two numbers this many line heights apart or more are two fields.
    public var proseNumberGapInLineHeights = 0.5

    // Cells (pixels at 300 dpi).
    /// A cell's own box is looked for this far inside its area.
    public var cellBoxEdge = 10.0
    public var cellBoxEdgeFloor = 3
    /// A row or column of pixels is a side of a cell's box when this share of it is ink.
    public var cellBoxSideInkShare = 0.7
    /// A cell narrower or lower than this (pixels) is empty.
    public var cellMinimumSide = 4
    /// A cell with fewer ink pixels than this (at 300 dpi, scaled by area) is empty.
    public var cellMinimumInk = 12.0
    /// A cell's ink is read on a white canvas with this margin.
    public var cellCanvasMargin = 24.0
    /// Ink is cropped with this many pixels around it.
    public var cellInkPad = 2
    /// A cell's crop has its paper made white (``GrayImage/paperWhitened(x:y:width:height:ring:)``):
    /// on a JPEG's grey, noisy paper inside the white canvas tesseract read a crisp `55` as `95`
    /// with confidence 83 (`Do` by the Latin model), and the same cell with its paper white as `55`.
    public var cellPaperWhitened = true
    /// A bar at a cell's side no wider than this share of its ink's height is a sliver of rule.
    public var ruleSliverWidthShare = 0.12
    /// Ink at a cell's top or bottom edge no taller than this share of the line of ink beside it,
    /// and at least as far from it, is the end of a neighbouring row's glyphs (`withoutNeighboursGlyphEnds`).
    public var neighbourGlyphEndShare = 0.7
    /// A word of digits in a cell less tall than this share of the median height of the cell's
    /// words is a speck read as a digit (a `4` 3 px high beside a `0` 35 px high), not a number.
    public var speckDigitHeightShare = 1.0 / 3
    /// A cell's label whose words cover less than this share of its ink is read again as a line,
    /// and the new reading kept when it covers this much more of the ink, and is at most this
    /// much less sure.
    public var labelCoverageShare = 0.6
    public var labelCoverageGain = 0.2
    public var labelRereadConfidenceLoss = 5.0
    /// A cell read this far below the uncertainty threshold is read again with its contrast stretched.
    public var paleReadingMargin = 15.0
    /// A word of prose in Latin letters read with less confidence is read again with Latin barred.
    public var latinJunkConfidence = 80.0
    /// The line read again replaces the line when its mean confidence is at least this,
    public var latinRereadMinimumConfidence = 30.0
    /// and at most this much below the first reading's; or, when the first reading's is below
    /// `latinJunkOnlyBelow`, when it reads as Chinese alone.
    public var latinRereadConfidenceLoss = 20.0
    public var latinJunkOnlyBelow = 40.0
    /// Lines taller than this (a title's large type is about 100) are not read again.
    public var latinRereadMaximumHeight = 240.0
    /// Lines are not read again on a page where more than this share of lines hold such words.
    public var latinJunkPageShare = 0.3
    /// Lines whose Chinese characters advance at least this many times as far as a page's do
    /// (the medians) are large type (a title), whose band is read again as one block…
    public var largeTypeAdvanceRatio = 1.3
    /// …on a page with at least this many lines of Chinese (fewer do not tell the body's size),
    public var largeTypeMinimumLines = 5
    /// …when it starts in this top share of the page.
    public var largeTypeTopShare = 0.4
    /// A line under large type at most this many times as wide as the large type advances is in
    /// its band (a title's last character alone on its line, which may read as body-size junk).
    public var largeTypeShortLine = 4.0
    /// A word without Chinese at most a line wide and at least this many lines tall is a column
    /// of a table read down as a line of vertical text; its band of the page is read again.
    public var columnReadDownMinimumLines = 2.5
    /// Cells of one column differ at most this much in their sides.
    public var columnTolerance = 10.0
    /// The height of a printed number when no cell reads as one.
    public var defaultNumberHeight = 40.0
    /// A cell whose ink is more than this many times a number's height holds more than one line.
    public var numberHeightRatio = 1.5
    /// Ink read as nothing at all, at least this many times a number's height, is a number not
    /// read where numbers are expected (shorter ink is a speck).
    public var unreadInkMinimumHeight = 0.75
    /// Chinese read at least this confidently is a label or a note, not a misread number.
    public var labelMinimumConfidence = 50.0
    /// A digit reading replaces Chinese only with this many agreeing readings…
    public var replaceLabelMinimumVotes = 2
    /// …at this confidence.
    public var replaceLabelMinimumConfidence = 80.0
    /// A reading this confident…
    public var sureReadingConfidence = 90.0
    /// …outweighs any number of readings this much less confident.
    public var sureReadingMargin = 15.0
    /// A reading of n digits is too short for its ink wider than (a·n + b) times its height: a
    /// digit advances about 0.7 of its height in the report fonts measured, so a digit the reading
    /// dropped (`77` read `7`) leaves ink a digit wider than it accounts for.
    public var digitAdvanceInHeights = 0.75
    public var digitWidthSlackInHeights = 0.35
    /// A reading's last digit whose glyph is this many times as wide as the widest other glyph
    /// and `tallGlyphRatio` times as tall as the tallest is a unit misread (`元` read `7`).
    public var wideGlyphRatio = 1.5
    public var tallGlyphRatio = 1.2
    /// …or its width in this many of its own heights (a digit is narrower than tall, two digits
    /// run together wider than this).
    public var unitGlyphAspect = 0.9...1.2
    /// A word read more than this many of its heights wide per character (and one more) is ink
    /// run together, no reading of it (``OCRPageReader/inkRunTogether(_:tuning:)``): a printed
    /// character, Chinese or not, is about one height wide at most.
    public var runTogetherWidthInHeights = 2.0
    /// Ink no word covers in a table without rules, at most this many line heights wide, stands
    /// for an unread number (``OCRPageReader/unreadNumbers(in:words:stacks:lineHeight:threshold:tuning:)``).
    public var unreadMaximumWidthInLines = 3.0
    /// A page with more pieces of ink no word covers than this is not searched for numbers
    /// tesseract's layout left out (a picture, or noise: ``OCRPageReader/droppedInk(in:words:outside:lineHeight:threshold:tuning:)``).
    public var droppedInkMaximumBoxes = 60
    /// The least confidence of a number read from such ink.
    public var droppedNumberMinimumConfidence = 70.0
    /// A band of ink no word covers is a line tesseract's layout left out where its ink spans
    /// this many line heights of columns or more (``OCRPageReader/droppedLineBands(in:words:outside:lineHeight:threshold:tuning:)``).
    public var droppedLineMinimumWidthInLines = 3.0
    /// A page with more such bands than this is not read for them (noise).
    public var droppedLineMaximumBands = 8
    /// The least mean confidence of such a line's words, read again.
    public var droppedLineMinimumConfidence = 60.0
    /// The widest a glyph of one digit is, in its ink's heights.
    public var digitGlyphWidthInHeights = 0.8
    /// The narrowest a `1` is, flag and foot and all, in its ink's heights (a sans `1` with a
    /// foot 0.6, a plain stroke with a flag about 0.35); a stroke narrower is a rule's remnant.
    public var digitGlyphMinimumWidthInHeights = 0.25
    /// Ink at most this many times wider than high is also read as a single character.
    public var singleCharacterAspect = 1.5
    /// Numbers read with confidence are read again by the Latin model alone (`eng`), and a
    /// reading one look-alike digit away makes the cell uncertain: `chi_sim` reads a serif `3` as
    /// `8` with confidence 90, where `eng` reads `3`…
    public var latinSecondOpinion = true
    /// …when the number holds one of these digits: the ones `chi_sim` was measured to put for
    /// others with confidence (a serif `3` or `9` read `8`, five cells on scans of three reports;
    /// no other confusion among the cells it read with confidence).
    public var latinSecondOpinionDigits = "8"
    /// …and, whatever their digits, when read with less confidence than this.
    public var latinSecondOpinionBelow = 90.0
    /// A number cell that no reading of the page's model gives digits for (nor any character
    /// that makes a number), and whose first reading has no digit, is read by the Latin model
    /// alone, digits only; a number found so is in doubt
    /// (``OCRPageReader/vote(first:crop:ink:dpi:deadline:)``).
    public var latinDigitsWhenUnread = true

    public init() {}

    /// The tuning's pixel sizes at one resolution.
    struct Scale {
        /// The resolution over 300 dpi.
        let factor: Double

        init(dpi: Double) { factor = dpi / 300 }
        init(dpi: Int) { factor = Double(dpi) / 300 }

        /// A length of `size` pixels at 300 dpi, at this resolution, at least `floor`.
        func pixels(_ size: Double, floor: Int = 0) -> Int { max(floor, Int(size * factor)) }
        /// An area of `size` pixels at 300 dpi, at this resolution.
        func area(_ size: Double) -> Int { Int(size * factor * factor) }
    }
}
