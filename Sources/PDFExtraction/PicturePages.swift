import DocumentModel

/// A picture's box on a page, in points from the page's top left.
struct PictureBox: Equatable {
    var x0: Double, y0: Double, x1: Double, y1: Double

    var area: Double { max(0, x1 - x0) * max(0, y1 - y0) }

    /// Whether `line` lies in the box: its middle within the box's height, and it overlaps the
    /// box's width. A line without a position lies in none.
    func contains(_ line: Line) -> Bool {
        guard let top = line.y0, let bottom = line.y1 else { return false }
        let middle = (top + bottom) / 2
        let xs = line.spans.flatMap { [$0.x0, $0.x1] }.compactMap { $0 }
        guard middle >= y0, middle <= y1, let left = xs.min(), let right = xs.max() else { return false }
        return left < x1 && right > x0
    }
}

/// Pages with a text layer and pictures (a table pasted in as a screenshot), read by OCR: the text
/// layer's lines stand outside the pictures, the recognised lines inside them.
enum PicturePages {
    /// The share of a page of `width` by `height` points that `pictures` cover (each counted), at most 1.
    static func share(_ pictures: [PictureBox], width: Double, height: Double) -> Double {
        width * height > 0 ? min(1, pictures.map(\.area).reduce(0, +) / (width * height)) : 0
    }

    /// `text`'s page with its lines inside `pictures` replaced by `recognised`'s lines inside them,
    /// in order down the page and numbered again; recognised as a whole (`.ocr`). A page the
    /// recognition turned (read sideways) is `recognised` as it is.
    static func merge(text: Page, recognised: Page, pictures: [PictureBox]) -> Page {
        guard recognised.quarterTurns == 0 else { return recognised }
        var page = recognised
        let outside = text.lines.filter { line in !pictures.contains { $0.contains(line) } }
        let inside = recognised.lines.filter { line in pictures.contains { $0.contains(line) } }
        page.lines = (outside + inside).sorted { ($0.y0 ?? 0) < ($1.y0 ?? 0) }
        for i in page.lines.indices { page.lines[i].ref = SourceRef(page: page.number, line: i + 1) }
        return page
    }
}
