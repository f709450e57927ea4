import DocumentModel
import ReportParsing

/// A PDF whose text layer lies over scans of its pages (a "searchable" scan: another program's
/// OCR, invisible over the picture; ``Page/textLayerOverScan``). Its numbers were never checked
/// against the page, and read as a text layer they would be printed as certain. So the scanned
/// pages are read again by our OCR, and that reading is the report; the text layer's numbers
/// only confirm it: a cell where the two differ is null, and a number only the text layer gives
/// is named in a warning, not printed. Where OCR cannot run, the text layer's numbers are printed
/// marked uncertain.
extension Nianbao {
    /// `text` (the text layer's conversion; its OCR'd pages `recognised`, its tables read by their
    /// `grid`s or lines) with its scanned pages read by OCR (``reconcile(text:ocr:pages:)``), or,
    /// where that reading cannot be made, ``unchecked(_:pages:why:)``.
    static func withScansRead(_ text: Conversion, recognised: [(offset: Int, element: Page)], grid: Bool,
                              options: ConvertOptions, path: String,
                              read: (_ grid: Bool, _ ocr: Bool, _ pictures: Bool) throws(InputError) -> Document) -> Conversion {
        let scanned = scannedTextPages(text.document)
        guard options.ocr.mode == .auto else {
            return unchecked(text, pages: scanned, why: "OCR is off (--ocr \(options.ocr.mode.rawValue))")
        }
        guard var document = try? read(grid, true, true) else { return unchecked(text, pages: scanned, why: "reading the pages by OCR failed") }
        let read = document.pages.filter { $0.ocrReason == .scanTextLayer }.map(\.number)
        guard !read.isEmpty else {
            let why = document.pages.first { scanned.contains($0.number) && $0.problem != nil }?.problem
            return unchecked(text, pages: scanned, why: why ?? "OCR did not read them")
        }
        for (i, page) in recognised where i < document.pages.count { document.pages[i] = page }
        guard let ocr = try? process(document, path: path, options: options) else {
            return unchecked(text, pages: scanned, why: "the pages read by OCR are not a report")
        }
        var kept = ocr
        kept.report = reconcile(text: text.report, ocr: ocr.report, pages: read)
        return kept
    }

    /// The numbers of the pages read from a text layer that lies over a scan of the page.
    static func scannedTextPages(_ document: Document) -> [Int] {
        document.pages.filter { $0.textLayerOverScan && $0.origin == .textLayer }.map(\.number)
    }

    /// The OCR reading `ocr` of the scanned `pages`, checked against the text layer's reading
    /// `text`: cells the text's own readings disputed stay null (with the warning that says why);
    /// cells where the two give other numbers become null (a `readings-differ` warning names both);
    /// numbers only the text layer gives are named in a `scan-text-layer` warning, their cells
    /// left as the OCR reading has them.
    static func reconcile(text: Report, ocr: Report, pages: [Int]) -> Report {
        var report = ocr
        let disputed = keepDisputes(of: text, in: &report)
        let differ = differingCells(text, ocr).filter { !disputed.contains($0.path) }
        let placed = Set(ocr.cells.filter { $0.value != nil }.map(\.path))
        let only = text.cells.compactMap { cell -> (path: String, text: String)? in
            guard let a = cell.value, !placed.contains(cell.path), !disputed.contains(cell.path) else { return nil }
            return (cell.path, a.text)
        }
        let on = "page\(pages.count == 1 ? "" : "s") \(pages.map(String.init).joined(separator: ", "))"
        if !differ.isEmpty {
            report.withdraw(Set(differ.map(\.path)))
            let both = differ.map { "\($0.path) (text layer \($0.a), OCR \($0.b))" }.joined(separator: ", ")
            report.warnings.append(ReportWarning(code: .readingsDiffer,
                message: "the text layer over the scan on \(on), made by another program's OCR, and our OCR of the scan give other numbers for \(differ.count) cells: \(both); neither is printed: those cells are null",
                paths: differ.map(\.path), ref: nil))
        }
        if !only.isEmpty {
            let named = only.map { "\($0.path) (\($0.text))" }.joined(separator: ", ")
            report.warnings.append(ReportWarning(code: .scanTextLayer,
                message: "the text layer over the scan on \(on), made by another program's OCR, gives numbers our OCR of the scan does not place for \(only.count) cells: \(named); they are not printed",
                paths: only.map(\.path), ref: nil))
        }
        return report
    }

    /// `text` with the numbers of its cells read from the scanned `pages` marked uncertain, and a
    /// `scan-text-layer` warning saying `why` they were not checked by OCR.
    static func unchecked(_ text: Conversion, pages: [Int], why: String) -> Conversion {
        var kept = text
        let scanned = Set(pages)
        var marked: [String] = []
        for i in kept.report.cells.indices where kept.report.cells[i].value != nil {
            guard let page = kept.report.cells[i].ref?.page, scanned.contains(page) else { continue }
            kept.report.cells[i].uncertain = true
            marked.append(kept.report.cells[i].path)
        }
        let on = "page\(pages.count == 1 ? "" : "s") \(pages.map(String.init).joined(separator: ", "))"
        kept.report.warnings.append(ReportWarning(code: .scanTextLayer,
            message: "the text on \(on) lies over a scan of the page and was made by another program's OCR; it could not be checked (\(why)): its \(marked.count) numbers are marked uncertain",
            paths: marked, ref: nil))
        return kept
    }
}
