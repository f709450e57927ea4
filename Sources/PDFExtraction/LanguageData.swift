#if canImport(Glibc)
import Glibc
#endif

/// Where tesseract's language data is, and whether the languages asked for are installed.
enum LanguageData {
    /// Language data present, or an error naming the package to install.
    static func check(_ options: OCROptions) throws(OCRProblem) {
        // Where tesseract itself will look: the path given, else TESSDATA_PREFIX, else its defaults.
        let folders: [String]
        if let p = options.dataPath {
            folders = [p]
        } else if let env = getenv("TESSDATA_PREFIX"), env.pointee != 0 {
            folders = [String(cString: env)]
        } else {
            folders = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata",
                       "/usr/local/share/tessdata"]
        }
        for lang in options.languages.split(separator: "+") {
            let found = folders.contains { access("\($0)/\(lang).traineddata", R_OK) == 0 }
            if !found {
                let package = "tesseract-ocr-" + lang.replacingUnderscores()
                throw .languageDataMissing("\(lang).traineddata not found in \(folders.joined(separator: ", ")) (install the Debian package \(package))")
            }
        }
    }
}

extension Substring {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
