extension GrayImage {
    /// Whether ink lies close on both sides of a vertical edge at `x` between `top` and `bottom`
    /// (a band of a table): a stroke of a character inside a line of text has its neighbours within
    /// half a line's height on both sides; a rule between two cells has a cell's padding, or
    /// text set apart from it, on at least one side (numbers left-aligned in their cells). Each
    /// side is the strip from `gap` to half the band's height away from `x`, its rows clear of the
    /// rules above and below; it has ink when at least `share` of its pixels are ink.
    func inkOnBothSides(ofX x: Int, top: Int, bottom: Int, gap: Int, threshold: UInt8, share: Double = 0.04) -> Bool {
        let height = bottom - top
        let margin = max(2, height / 6)
        let reach = max(4, height / 2)
        let rows = height - 2 * margin
        guard rows > 0 else { return false }
        func inked(_ from: Int) -> Bool {
            Double(inkCount(x: from, y: top + margin, width: reach, height: rows, threshold: threshold)) >= share * Double(reach * rows)
        }
        return inked(x - gap - reach) && inked(x + gap + 1)
    }
}
