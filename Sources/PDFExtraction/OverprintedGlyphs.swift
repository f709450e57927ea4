import DocumentModel

/// WPS and Word draw "bold" text in fonts without a bold face twice, a fraction of a point apart
/// (fake bold); the text layer then holds every character twice (`88` for 8, `225566` for 256).
/// A glyph that repeats the same character at nearly the same place as an earlier one (offset by
/// less than `maximumOffsetEm` of its size, and less than half its width) is the same glyph.
enum OverprintedGlyphs {
    static let maximumOffsetEm = 0.25
    /// How far back in the text layer's order a repeat is looked for: the second drawing follows
    /// the first, a glyph or a word later (the `225566` of fake bold). A window keeps this cheap
    /// (it runs on every page of every PDF).
    static let window = 48

    static func remove(_ glyphs: [PageGlyph]) -> [PageGlyph] {
        guard glyphs.count > 1 else { return glyphs }
        var out: [PageGlyph] = []
        out.reserveCapacity(glyphs.count)
        outer: for g in glyphs {
            if g.scalar.value > 0x20, g.x1 > g.x0, !ScalarClass.isHorizontalSpace(g.scalar) {
                let em = max(g.fontSize, g.y1 - g.y0, 1)
                let tolerance = min(maximumOffsetEm * em, 0.5 * (g.x1 - g.x0))
                var k = out.count - 1
                let stop = max(0, out.count - window)
                while k >= stop {
                    let o = out[k]
                    if o.scalar == g.scalar && abs(o.x0 - g.x0) < tolerance && abs(o.y0 - g.y0) < tolerance
                        && abs(o.x1 - g.x1) < tolerance {
                        continue outer
                    }
                    k -= 1
                }
            }
            out.append(g)
        }
        return out
    }
}
