/// Whether OCR can run here: tesseract's language data for the configured languages.
public enum OCRAvailability {
    /// Nil when the data of every language is installed; otherwise what is missing and the
    /// Debian package to install.
    public static func missingLanguageData(_ options: OCROptions = OCROptions()) -> String? {
        do {
            try LanguageData.check(options)
            return nil
        } catch {
            if case .languageDataMissing(let why) = error { return why }
            return "\(error)"
        }
    }

    /// The default languages (chi_sim+eng) are installed.
    public static var languageDataInstalled: Bool { missingLanguageData() == nil }
}
