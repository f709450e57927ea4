import Foundation
import TestSupport
import Testing

/// `nianbao review` end to end: the page it writes opens in a browser (headless Chromium, which
/// `make test` installs), its script runs, and every cell element is there.
@Suite struct ReviewCommandTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    func runChromium(_ args: [String]) throws -> String {
        try runProcess(URL(fileURLWithPath: Self.chromium!),
                       ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + args).stdout
    }

    @Test(.enabled(if: chromium != nil, "Debian's chromium is not installed (`make test` installs it)"),
          arguments: ["Samples/synthetic-11/report.pdf", "Samples/synthetic-11/plumber.txt"])
    func theReviewPageRendersInChromiumWithEveryCell(_ input: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("review.html")
        let r = try CLITests().run(["review", input, "-o", page.path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        let paths = Set(html.components(separatedBy: "data-path=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) })
        #expect(paths.count >= 190)
        // The DOM after the script ran, opened with one cell lit.
        let dom = try runChromium(["--dump-dom", page.absoluteString + "#cell=requests.granted.total"])
        #expect(dom.contains("data-ready=\"\(paths.count)\""), "the page's script did not run to the end")
        for path in paths { #expect(dom.contains("data-path=\"\(path)\""), "\(path)") }
        #expect(dom.contains("hl\" data-path=\"requests.granted.total\""), "the cell named in the link is not lit")
        // It renders: a screenshot is written.
        let shot = dir.appendingPathComponent("shot.png")
        _ = try runChromium(["--window-size=1200,900", "--screenshot=\(shot.path)", page.absoluteString])
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }
}
