// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nianbao",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NianbaoKit", targets: ["NianbaoKit"]),
        .executable(name: "nianbao", targets: ["nianbao"]),
        .executable(name: "nianbao-batch", targets: ["nianbao-batch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The document model every stage shares: pages, lines, spans with geometry, blocks.
        .target(name: "DocumentModel"),
        // Stage 1 (text): decoding and reading text extracts made by other tools.
        .target(name: "TextInput", dependencies: ["DocumentModel"]),
        // Stage 1 (PDF): poppler-glib through C interop. The only module that imports C.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev", "zlib1g-dev"])]),
        // Tesseract's C API, loaded with dlopen on first use (not linked: see its header).
        .target(name: "CTesseract", linkerSettings: [.linkedLibrary("dl")]),
        // libxml2's HTML parser, loaded with dlopen on the first web page (not linked: see its
        // header). Its headers come from libxml2-dev, under /usr/include/libxml2 on Debian.
        .target(name: "CLibXML2", cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])], linkerSettings: [.linkedLibrary("dl")]),
        // Stage 1 (web pages): libxml2 through C interop; tables laid on their grids.
        .target(name: "HTMLExtraction", dependencies: ["DocumentModel", "CLibXML2"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        // Its pixel loops (deskew, ruling lines) are optimised in debug builds too: unoptimised
        // they make a test run over the scanned samples ten times slower.
        .target(name: "PDFExtraction", dependencies: ["DocumentModel", "CPoppler", "CTesseract"],
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Stage 2: repairs what extraction breaks.
        .target(name: "TextNormalization", dependencies: ["DocumentModel"]),
        // Stage 3: the shared parser, templates as data, checks.
        .target(name: "ReportParsing", dependencies: ["DocumentModel"]),
        // Facade: runs the pipeline, encodes outputs.
        .target(name: "NianbaoKit", dependencies: ["DocumentModel", "TextInput", "PDFExtraction", "HTMLExtraction", "TextNormalization", "ReportParsing"]),
        // Options the two executables share.
        .target(name: "NianbaoCommandLine", dependencies: [
            "NianbaoKit", "PDFExtraction", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The command-line tool: thin.
        .executableTarget(name: "nianbao", dependencies: [
            "NianbaoKit", "PDFExtraction", "NianbaoCommandLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Corpus batches: inputs, shards, worker processes, the JSON Lines, CSV and SQLite stores,
        // cross-year checks. Its own executable, so that Foundation (which GRDB needs) stays out
        // of `nianbao`, whose start-up time counts on every single conversion.
        .target(name: "NianbaoBatch", dependencies: ["NianbaoKit", "ReportParsing", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(name: "nianbao-batch", dependencies: [
            "NianbaoBatch", "NianbaoCommandLine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "nianbao-bench", dependencies: ["NianbaoKit", "PDFExtraction"], path: "Benchmarks/nianbao-bench"),
        // The library example of the README, built and run by CLITests.
        .executableTarget(name: "nianbao-example", dependencies: ["NianbaoKit"], path: "Examples/nianbao-example"),

        // What the test targets share: the repository root, the built executables, running a process.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel"]),
        .testTarget(name: "TextInputTests", dependencies: ["TextInput", "DocumentModel"]),
        .testTarget(name: "PDFExtractionTests", dependencies: ["PDFExtraction", "DocumentModel"]),
        .testTarget(name: "HTMLExtractionTests", dependencies: ["HTMLExtraction", "DocumentModel"],
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),
        .testTarget(name: "TextNormalizationTests", dependencies: ["TextNormalization", "TextInput", "DocumentModel", "TestSupport"]),
        .testTarget(name: "ReportParsingTests", dependencies: ["ReportParsing", "TextNormalization", "TextInput", "DocumentModel", "TestSupport"]),
        .testTarget(name: "NianbaoKitTests", dependencies: ["NianbaoKit", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["nianbao", "NianbaoCommandLine", "nianbao-example", "TestSupport"]),
        .testTarget(name: "BatchTests", dependencies: ["NianbaoBatch", "nianbao", "nianbao-batch", "TestSupport"]),
    ]
)

// Fuzz targets (`make fuzz`), only when NIANBAO_FUZZ is set: they link libFuzzer's runtime
// (-sanitize=fuzzer), which an ordinary build does not have.
if Context.environment["NIANBAO_FUZZ"] != nil {
    package.targets.append(.target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"))
    for (name, path, deps) in [("fuzz-text", "Fuzz/FuzzText", ["NianbaoKit"]), ("fuzz-pdf", "Fuzz/FuzzPDF", ["NianbaoKit", "PDFExtraction"])] {
        // lld: gold stops with an internal error on these links.
        package.targets.append(.executableTarget(name: name, dependencies: (deps + ["CFuzzDriver"]).map { .target(name: $0) }, path: path,
                                                 linkerSettings: [.unsafeFlags(["-use-ld=lld"])]))
    }
}
