import DocumentModel

/// WPS and Word draw "bold" text in fonts without a bold face twice, a fraction of a point apart
/// (fake bold); the text layer then holds every character twice (`88` for 8, `225566` for 256).
/// A glyph that repeats the same character at nearly the same place as an earlier one (offset by
/// less than `maximumOffsetEm` of its size, and less than half its width) is the same glyph.
enum OverprintedGlyphs {
    static let maximumOffsetEm = 0.25

    static func remove(_ glyphs: [PageGlyph]) -> [PageGlyph] {
        guard glyphs.count > 1 else { return glyphs }
        // Earlier glyphs by character and coarse cell of the page (4 pt), to compare with.
        struct Key: Hashable { var scalar: Unicode.Scalar; var cx: Int; var cy: Int }
        var seen: [Key: [Int]] = [:]
        var out: [PageGlyph] = []
        out.reserveCapacity(glyphs.count)
        outer: for g in glyphs {
            guard !ScalarClass.isHorizontalSpace(g.scalar), g.scalar.value >= 0x20, g.x1 > g.x0 else {
                out.append(g)
                continue
            }
            let em = max(g.fontSize, g.y1 - g.y0, 1)
            let tolerance = min(maximumOffsetEm * em, 0.5 * (g.x1 - g.x0))
            let cx = Int((g.x0 / 4).rounded(.down)), cy = Int((g.y0 / 4).rounded(.down))
            for dx in -1...1 {
                for dy in -1...1 {
                    for k in seen[Key(scalar: g.scalar, cx: cx + dx, cy: cy + dy)] ?? [] {
                        let o = out[k]
                        if abs(o.x0 - g.x0) < tolerance && abs(o.y0 - g.y0) < tolerance && abs(o.x1 - g.x1) < tolerance {
                            continue outer
                        }
                    }
                }
            }
            seen[Key(scalar: g.scalar, cx: cx, cy: cy), default: []].append(out.count)
            out.append(g)
        }
        return out
    }
}
