import Foundation
import DocumentModel
import ReportParsing

/// One self-contained HTML page to check a report against its source: each page's image with
/// every table cell outlined where it was read, coloured by its status; beside it the three
/// template tables with their printed labels, each value an element with `data-path` that lights
/// up its box when hovered or clicked; the failed checks and warnings, each lighting up its cells;
/// the metadata on top. Nothing is fetched: images are inline, and so are the style and script.
/// `report.html#cell=requests.granted.total` opens it with that cell lit.
public enum ReviewPage {
    /// A page's image: its bytes and their MIME type (`image/png`, `image/jpeg`, …).
    public struct Image: Sendable {
        public var mime: String
        public var bytes: [UInt8]

        public init(mime: String, bytes: [UInt8]) {
            self.mime = mime
            self.bytes = bytes
        }
    }

    /// The status a cell is drawn with: `failed` (an operand of a failed check), `uncertain`,
    /// `missing` (open: not in the source, not placeable, contradicted or unread), `blank`, or `read`.
    public static func statuses(_ report: Report) -> [String: [String]] {
        let failed = Set(report.checks.filter { $0.status == .fail }.flatMap { $0.values.map(\.path) })
        var out: [String: [String]] = [:]
        for c in report.cells {
            var s: [String]
            switch c.status {
            case .value, .note, .text: s = ["read"]
            case .blank: s = ["blank"]
            case .missing, .unplaced, .contradicted, .unread: s = ["missing"]
            }
            if c.uncertain { s.append("uncertain") }
            if failed.contains(c.path) { s.append("failed") }
            out[c.path] = s
        }
        return out
    }

    /// The page for `conversion`, with `images` by page number (none for text extracts and web
    /// pages: each cell then shows its source line on hover).
    public static func render(_ conversion: Conversion, images: [Int: Image]) -> String {
        let report = conversion.report
        let cells = Dictionary(report.cells.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let status = statuses(report)
        var h = "<!doctype html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(escape(report.metadata.title ?? conversion.clean.source.path)) · nianbao review</title>\n"
        h += "<style>\n\(style)</style>\n</head>\n<body>\n"
        h += header(conversion)
        h += "<main>\n<section id=\"pages\" aria-label=\"页面\">\n"
        let withImages = conversion.clean.pages.filter { images[$0.number] != nil }
        if withImages.isEmpty {
            h += "<p class=\"note\">\(escape(conversion.clean.source.kind == .pdf ? "页面图像不可用。" : "文本来源没有页面图像：悬停数值可查看其所在行。"))</p>\n"
        }
        for page in withImages {
            guard let image = images[page.number] else { continue }
            h += "<figure class=\"page\" id=\"page-\(page.number)\">\n"
            let ratio = (page.width ?? 0) > 0 && (page.height ?? 0) > 0 ? " style=\"aspect-ratio: \(num(page.width!)) / \(num(page.height!))\"" : ""
            h += "<div class=\"sheet\"\(ratio)><img alt=\"第\(page.number)页\"\(turned(page)) src=\"data:\(image.mime);base64,\(Data(image.bytes).base64EncodedString())\">\n"
            if let w = page.width, let ht = page.height, w > 0, ht > 0 {
                for c in report.cells where c.ref?.page == page.number {
                    guard let b = c.bbox, b.count == 4 else { continue }
                    let style = "left:\(pct(b[0] / w));top:\(pct(b[1] / ht));width:\(pct((b[2] - b[0]) / w));height:\(pct((b[3] - b[1]) / ht))"
                    h += "<a class=\"box \((status[c.path] ?? []).joined(separator: " "))\" data-path=\"\(escape(c.path))\" style=\"\(style)\" title=\"\(escape(tooltip(c)))\"></a>\n"
                }
            }
            h += "</div>\n<figcaption>第\(page.number)页</figcaption>\n</figure>\n"
        }
        h += "</section>\n<section id=\"tables\" aria-label=\"表格\">\n"
        h += legend
        for (key, title) in [("active_disclosure", "二、主动公开政府信息情况"), ("requests", "三、收到和处理政府信息公开申请情况"),
                             ("review_litigation", "四、政府信息公开行政复议、行政诉讼情况")] {
            h += "<h2>\(escape(title))</h2>\n"
            guard let blocks = TemplateTables.blocks(report, table: key) else {
                h += "<p class=\"note\">模板未知。</p>\n"
                continue
            }
            for block in blocks {
                h += "<table data-table=\"\(key)\">\n<tr>" + block.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
                for row in block.rows {
                    h += "<tr><th>\(escape(row.label))</th>"
                    for path in row.paths {
                        let c = cells[path]
                        h += "<td class=\"cell \((status[path] ?? ["missing"]).joined(separator: " "))\" data-path=\"\(escape(path))\" tabindex=\"0\""
                        h += " title=\"\(escape(c.map(tooltip) ?? path))\">\(escape(TemplateTables.text(of: c)))</td>"
                    }
                    h += "</tr>\n"
                }
                h += "</table>\n"
            }
        }
        h += findings(report)
        h += "</section>\n</main>\n<script>\n\(script)</script>\n</body>\n</html>\n"
        return h
    }

    /// A scan read turned (fed sideways or upside down) is shown the way it was read, so that its
    /// boxes lie on it: the image turned by CSS about the sheet's centre, sized to cover it.
    static func turned(_ page: PageInfo) -> String {
        let t = ((page.quarterTurns % 4) + 4) % 4
        guard t != 0 else { return "" }
        if t == 2 { return " style=\"transform: rotate(180deg)\"" }
        guard let w = page.width, let h = page.height, w > 0 else { return "" }
        // Before turning, the image is as wide as the sheet is high.
        return " class=\"quarter\" style=\"width: \(String(format: "%.3f%%", h / w * 100)); transform: translate(-50%, -50%) rotate(\(t * 90)deg)\""
    }

    static func header(_ c: Conversion) -> String {
        let m = c.report.metadata
        var h = "<header>\n<h1>\(escape(m.title ?? "（未识别标题）"))</h1>\n<dl>"
        let fields: [(String, String?)] = [("机关", m.agency), ("年度", m.year.map(String.init)), ("模板", m.template),
                                           ("来源", c.clean.source.path), ("页数", String(c.clean.pages.count))]
        for (k, v) in fields { h += "<dt>\(k)</dt><dd>\(escape(v ?? "—"))</dd>" }
        let failed = c.report.checks.filter { $0.status == .fail }.count
        let uncertain = c.report.cells.filter(\.uncertain).count
        let missing = c.report.cells.filter { $0.status.isOpen }.count
        h += "<dt>核对</dt><dd>\(failed) 项不符 · \(uncertain) 个不确定 · \(missing) 个缺失</dd>"
        return h + "</dl>\n</header>\n"
    }

    static func findings(_ report: Report) -> String {
        var h = "<h2>核对与警告</h2>\n<ul id=\"findings\">\n"
        for check in report.checks where check.status == .fail {
            let d = check.difference.map { "（相差 \(num($0))）" } ?? ""
            h += "<li class=\"fail\"><button type=\"button\" data-paths=\"\(escape(check.values.map(\.path).joined(separator: " ")))\">不符：\(escape(check.rule))\(escape(d))</button></li>\n"
        }
        for w in report.warnings {
            h += "<li class=\"warning\"><button type=\"button\" data-paths=\"\(escape(w.paths.joined(separator: " ")))\">\(escape(w.code.rawValue))：\(escape(w.message))</button></li>\n"
        }
        if !report.checks.contains(where: { $0.status == .fail }) && report.warnings.isEmpty { h += "<li>无。</li>\n" }
        return h + "</ul>\n"
    }

    static func tooltip(_ c: CellRecord) -> String {
        var parts = [c.path]
        if let ref = c.ref { parts.append("第\(ref.page)页 第\(ref.line)行") }
        if let raw = c.raw { parts.append("原文：\(raw.isEmpty ? "（空）" : raw)") }
        if let conf = c.confidence { parts.append("置信度：\(num(conf))") }
        if let s = c.suggestion { parts.append("建议值：\(s.text)") }
        return parts.joined(separator: " · ")
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func num(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(format: "%.2f", d) }
    static func pct(_ f: Double) -> String { String(format: "%.3f%%", max(0, min(1, f)) * 100) }

    static let legend = """
        <p class="legend"><span class="cell read">已读</span><span class="cell blank">空白</span><span class="cell missing">缺失</span><span class="cell read uncertain">不确定</span><span class="cell read failed">核对不符</span></p>

        """

    static let style = """
        body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif; color: #222; }
        header { padding: 12px 20px; border-bottom: 1px solid #ccc; background: #fafafa; }
        header h1 { font-size: 20px; margin: 0 0 6px; }
        header dl { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; }
        header dt { font-weight: bold; } header dd { margin: 0 8px 0 0; }
        main { display: flex; align-items: flex-start; }
        #pages { flex: 1 1 55%; padding: 12px; background: #e8e8e8; min-height: 100vh; }
        #tables { flex: 1 1 45%; padding: 12px 20px; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
        figure.page { margin: 0 0 16px; }
        .sheet { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
        .sheet img { display: block; width: 100%; height: auto; }
        .sheet { overflow: hidden; }
        .sheet img.quarter { position: absolute; left: 50%; top: 50%; max-width: none; }
        .box { position: absolute; box-sizing: border-box; border: 2px solid; }
        figcaption { text-align: center; color: #555; }
        table { border-collapse: collapse; margin: 0 0 12px; font-size: 13px; }
        th, td { border: 1px solid #bbb; padding: 2px 6px; }
        th { background: #f2f2f2; font-weight: normal; text-align: left; }
        td.cell { text-align: right; min-width: 2.5em; cursor: pointer; }
        .read { border-color: #2b8a3e; } td.read { background: #ebfbee; }
        .blank { border-color: #adb5bd; } td.blank { background: #fff; }
        .missing { border-color: #7048e8; } td.missing { background: #f3f0ff; }
        .uncertain { border-color: #f08c00; } td.uncertain { background: #fff4e6; }
        .failed { border-color: #e03131; } td.failed { background: #fff5f5; }
        .box.read, .box.blank { border-width: 1px; }
        .hl { outline: 3px solid #1971c2; outline-offset: 1px; z-index: 2; }
        .box.hl { background: rgba(25,113,194,.25); }
        .legend span { display: inline-block; padding: 0 8px; margin-right: 6px; border: 1px solid; }
        #findings { padding-left: 18px; } #findings button { font: inherit; text-align: left; background: none; border: 0; padding: 2px 0; cursor: pointer; }
        #findings .fail button { color: #c92a2a; }
        .note { color: #555; }

        """

    static let script = """
        const byPath = new Map();
        document.querySelectorAll('[data-path]').forEach(e => {
          const p = e.dataset.path;
          if (!byPath.has(p)) byPath.set(p, []);
          byPath.get(p).push(e);
        });
        let pinned = [];
        function mark(paths, on) { paths.forEach(p => (byPath.get(p) || []).forEach(e => e.classList.toggle('hl', on))); }
        function pin(paths, scroll) {
          mark(pinned, false); pinned = paths; mark(pinned, true);
          const box = paths.flatMap(p => byPath.get(p) || []).find(e => e.classList.contains('box'));
          if (box && scroll) box.scrollIntoView({ block: 'center' });
        }
        byPath.forEach((els, p) => els.forEach(e => {
          e.addEventListener('mouseenter', () => mark([p], true));
          e.addEventListener('mouseleave', () => { mark([p], false); mark(pinned, true); });
          e.addEventListener('click', ev => { ev.preventDefault(); pin([p], true); });
        }));
        document.querySelectorAll('[data-paths]').forEach(b => b.addEventListener('click', () => pin(b.dataset.paths.split(' ').filter(Boolean), true)));
        // `#cell=requests.granted.total` (several joined by `,`) lights those cells on opening.
        if (location.hash.startsWith('#cell=')) pin(decodeURIComponent(location.hash.slice(6)).split(','), false);
        document.body.dataset.ready = String(byPath.size);

        """
}
