import Glibc

/// Telling a text layer that another program's OCR laid over a scan (a "searchable" scan) from
/// one a document was written in. Its numbers were never checked against the page, so such a
/// page is read again by OCR and the two readings compared (Docs/architecture.md). What tells it,
/// cheaply (a picture search on every page of every PDF would cost a fifth more time): the font
/// of its invisible text, or a producer that names an OCR program; and then, on those pages
/// only, a picture covering the page (``PDFExtractionOptions/textOverScanShare``).
enum OCRTextLayer {
    /// Fonts OCR programs set their invisible text in: tesseract's PDF renderer, and OCRmyPDF
    /// with it, draws every word in `GlyphLessFont`, a font without visible glyphs (a subset
    /// prefix may come before the name).
    static let fontNames = ["GlyphLessFont"]

    static func isOCRFont(_ name: UnsafePointer<CChar>) -> Bool {
        fontNames.contains { strstr(name, $0) != nil }
    }

    /// OCR and scanning programs, and the scanners that write PDFs themselves, as they name
    /// themselves in a PDF's `Producer` or `Creator` (compared in lower case). Office programs,
    /// browsers and PDF libraries name themselves otherwise; a false match costs only the picture
    /// search, since a page is marked only when a picture covers it.
    static let programs = ["tesseract", "ocrmypdf", "abbyy", "finereader", "paper capture", "readiris", "omnipage",
                           "camscanner", "扫描全能王", "naps2", "gscan2pdf", "scansoft", "kofax", "汉王", "紫光",
                           "ricoh", "konica", "bizhub", "canon ", "kyocera", "xerox", "fujifilm", "epson scan",
                           "scansnap", "paperstream", "hp digital sending", "hp scan", "sharp mx-", "toshiba e-studio"]

    /// Whether the document information names an OCR or scanning program.
    static func madeByOCRProgram(_ producerAndCreator: String) -> Bool {
        let named = producerAndCreator.lowercased()
        return programs.contains { named.contains($0) }
    }
}
