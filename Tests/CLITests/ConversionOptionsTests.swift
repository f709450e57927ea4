import Testing
import NianbaoKit
import NianbaoCommandLine
import PDFExtraction

/// `nianbao convert FILE` skips the argument parser; its options must be what parsing no option
/// gives.
@Suite struct ConversionOptionsTests {
    @Test func theFastPathHasTheParsedDefaults() throws {
        let parsed = try ConversionOptions.parse([]).convertOptions(jobs: 3)
        let fast = ConversionOptions.defaultConvertOptions(jobs: 3)
        #expect(parsed.parser.template == fast.parser.template)
        #expect(parsed.password == fast.password)
        #expect(parsed.maxFileSize == fast.maxFileSize)
        #expect(parsed.reader.maxLineLength == fast.reader.maxLineLength)
        #expect(parsed.maxPages == fast.maxPages)
        #expect(parsed.jobs == fast.jobs)
        #expect(parsed.ocr == fast.ocr)
        #expect(parsed.pages == fast.pages)
        #expect(parsed.keepDocumentLines == fast.keepDocumentLines)
    }

    /// `--pages` and `--lang` reach the library and a batch's workers.
    @Test func pagesAndLanguagesAreParsedAndPassedOn() throws {
        let options = try ConversionOptions.parse(["--pages", "1,3-4", "--lang", "chi_tra", "--lang", "eng"])
        let o = options.convertOptions(jobs: 1)
        #expect(o.pages?.description == "1,3-4")
        #expect(o.ocr.languages == "chi_sim+eng+chi_tra")
        let again = try ConversionOptions.parse(options.arguments).convertOptions(jobs: 1)
        #expect(again.pages == o.pages && again.ocr.languages == o.ocr.languages)
        for bad in [["--pages", "0"], ["--pages", "5-3"], ["--pages", "a"], ["--pages", "1,,2"], ["--lang", "chi tra"]] {
            #expect(throws: (any Error).self, "\(bad)") { try ConversionOptions.parse(bad) }
        }
    }

    /// The default number of threads follows the CPU affinity (`taskset -c 0` means one core).
    @Test func coresFollowTheAffinityMask() {
        #expect(Cores.allowed(status: "Name:\tnianbao\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n") == 2)
        #expect(Cores.allowed(status: "Cpus_allowed:\t00000000,00000001\n") == 1)
        #expect(Cores.allowed(status: "Cpus_allowed:\tffffffff,ffffffff\n") == 64)
        #expect(Cores.allowed(status: "Name:\tx\n") == nil)
        #expect(Cores.allowed(status: "Cpus_allowed:\tzz\n") == nil)
        // This process: the cores its own status allows.
        let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        #expect(Cores.available == status.flatMap { Cores.allowed(status: $0) })
    }
}
