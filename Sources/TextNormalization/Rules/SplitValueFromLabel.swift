import DocumentModel

/// Splits a value printed against its row label with no gap (`其他对外管理服务事项10`,
/// `3.补正后申请内容仍不明确25`) into the label and the value, as two cells.
///
/// Extracts that print one cell per line (PyMuPDF) join the two when the PDF drew them without a
/// space between. Only a cell whose text before its trailing number is a whole known term is split,
/// so numbers that belong to the text (`2019年`, `第（六）项`, a sentence) are never taken.
public struct SplitValueFromLabel: Sendable {
    public static let name = "split-value-from-label"

    public var lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The label and the value of `text`, when it is a known term followed by a number.
    public func split(_ text: String) -> (label: String, value: String)? {
        guard !lexicon.isEmpty, let (label, value) = Self.gluedNumber(text), lexicon.contains(label) else { return nil }
        return (label, value)
    }

    /// `text` as text ending in a Chinese character, a closing bracket or a quote, and a number
    /// glued to it (`8.属于行政查询事项0`, `3.危及“三安全一稳定”0`; OCR reads a stray mark before a
    /// value as an opening quote: `3.补正后申请内容仍不明确“3`): the two parts.
    static func gluedNumber(_ text: String) -> (label: String, value: String)? {
        let s = Array(text.unicodeScalars)
        let i = Self.numberStart(s)
        guard i > 0, i < s.count, s[i...].contains(where: ScalarClass.isASCIIDigit),
              ScalarClass.isHan(s[i - 1]) || "）)”’」』“‘「『".unicodeScalars.contains(s[i - 1]) else { return nil }
        return (String(String.UnicodeScalarView(s[..<i])), String(String.UnicodeScalarView(s[i...])))
    }

    /// The cells of one line of a PDF's text layer with each value its label's cell holds split
    /// off. There, a gap wider than a character splits cells, but a value centred in a narrow
    /// column can stand nearer its label than that (`2.重复申请 3`, `握相关政府信 4` in a label
    /// wrapped over three lines) or touch it (`1.本机关不掌握相关政府信息252`), stay in the label's
    /// cell, and leave the row's first column printed blank. Split: a cell whose raw text is text
    /// ending in a Chinese character or a closing bracket, a space, then a number, where every later
    /// cell of its line holds a value (the row's other values) or the text before the number is a
    /// known term; and a known term with a number glued to it, as in extracts. Positions are
    /// points: the cut is estimated from the characters' widths (a Chinese character one em,
    /// others about half, a gap half).
    public func applyOnTextLayer(_ cells: [Cell]) -> (cells: [Cell], splits: Int) {
        var out: [Cell] = []
        var splits = 0
        for (i, cell) in cells.enumerated() {
            let later = cells[(i + 1)...].filter { !$0.text.isEmpty }
            let parts: (label: String, value: String, gap: Double)?
            if let (label, value) = Self.spacedNumber(cell.raw),
               (!later.isEmpty && later.allSatisfy { NumberText.isValueLike($0.text) }) || lexicon.contains(label) {
                parts = (label, value, 0.5)
            } else if let (label, value) = split(cell.text) {
                parts = (label, value, 0)
            } else {
                parts = nil
            }
            guard let (label, value, gap) = parts else {
                out.append(cell)
                continue
            }
            var head = cell
            head.text = label.unicodeScalars.filter { !ScalarClass.isHorizontalSpace($0) }.map(String.init).joined()
            head.raw = label
            var tail = cell
            tail.text = value
            tail.raw = value
            if let x0 = cell.x0, let x1 = cell.x1, x1 > x0 {
                let em = (x1 - x0) / (ScalarClass.ems(label) + gap + ScalarClass.ems(value))
                head.x1 = x0 + em * ScalarClass.ems(label)
                tail.x0 = x1 - em * ScalarClass.ems(value)
            }
            out.append(head)
            out.append(tail)
            splits += 1
        }
        return (out, splits)
    }

    /// Where the number that ends `s` starts (`s.count` when none does): digits, `,` and `.`, and a
    /// minus sign before them, which belongs to the value (`本年增/减-18`).
    static func numberStart(_ s: [Unicode.Scalar]) -> Int {
        var i = s.count
        while i > 0, ScalarClass.isASCIIDigit(s[i - 1]) || s[i - 1] == "," || s[i - 1] == "." { i -= 1 }
        if i > 0, s[i - 1] == "-" || s[i - 1] == "－" { i -= 1 }
        return i
    }

    /// `text` as text ending in a Chinese character or a closing bracket, white space, and a
    /// number (`2.重复申请 3`): the two parts.
    static func spacedNumber(_ text: String) -> (label: String, value: String)? {
        let s = Array(text.unicodeScalars)
        let i = Self.numberStart(s)
        guard i < s.count, s[i...].contains(where: ScalarClass.isASCIIDigit), ScalarClass.isASCIIDigit(s[s.count - 1]) else { return nil }
        var j = i
        while j > 0, ScalarClass.isHorizontalSpace(s[j - 1]) { j -= 1 }
        guard j < i, j > 0, ScalarClass.isHan(s[j - 1]) || s[j - 1] == "）" || s[j - 1] == ")" else { return nil }
        return (String(String.UnicodeScalarView(s[..<j])), String(String.UnicodeScalarView(s[i...])))
    }

    /// The cells of one line with each glued label and value split. Positions are character
    /// columns (an aligned extract): the value starts where the label ends. With
    /// `beforeValues` (an OCR page), a number glued to any text is split off too when at least two
    /// cells follow and every one holds a value: a row whose label ran into its first value, its
    /// label misread (`2.其他法律行政法规荣止公开0`) or run together with its group's
    /// (`公开5.属于三类内部事务信息0`), so that no known term matches it.
    public func apply(_ cells: [Cell], beforeValues: Bool = false) -> (cells: [Cell], splits: Int) {
        func parts(_ i: Int) -> (label: String, value: String)? {
            if let known = split(cells[i].text) { return known }
            // Glued as read, not only once spaces are dropped: `政府信 3` may be `政府信息` misread.
            guard beforeValues, Self.gluedNumber(cells[i].raw) != nil, let glued = Self.gluedNumber(cells[i].text) else { return nil }
            let later = cells[(i + 1)...].filter { !$0.text.isEmpty }
            return later.count >= 2 && later.allSatisfy({ NumberText.isValueLike($0.text) }) ? glued : nil
        }
        guard cells.indices.contains(where: { parts($0) != nil }) else { return (cells, 0) }
        var out: [Cell] = []
        var splits = 0
        for (i, cell) in cells.enumerated() {
            guard let (label, value) = parts(i) else { out.append(cell); continue }
            var head = cell
            head.text = label
            head.raw = label
            var tail = cell
            tail.text = value
            tail.raw = value
            if let x0 = cell.x0, let x1 = cell.x1 {
                // Character columns in an aligned extract; in points (an OCR cell), the share of
                // the cell's characters.
                let n = Double(label.unicodeScalars.count)
                let cut = cell.field != nil && x1 - x0 > 0
                    ? x0 + (x1 - x0) * n / Double(cell.text.unicodeScalars.count)
                    : x0 + n
                head.x1 = cut
                tail.x0 = cut
            }
            // On an OCR page, a label's last character or two cut off into the value's cell
            // (`…大量反复申` | `请0`): they end the label before them, not a cell of their own (the
            // row had one field more than its columns, and was left null).
            if beforeValues, label.unicodeScalars.count <= 2, label.unicodeScalars.allSatisfy(ScalarClass.isHan),
               let last = out.last, !last.text.isEmpty, !NumberText.isValueLike(last.text) {
                out[out.count - 1].text = last.text.joinedText(label)
                out[out.count - 1].raw = last.raw + label
                if let cut = head.x1 { out[out.count - 1].x1 = max(last.x1 ?? cut, cut) }
                out.append(tail)
                splits += 1
                continue
            }
            out.append(head)
            out.append(tail)
            splits += 1
        }
        return (out, splits)
    }
}
