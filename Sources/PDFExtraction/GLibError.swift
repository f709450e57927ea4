import CPoppler

/// The one place a `GError` from poppler becomes a Swift error, and is freed.
enum GLibError {
    /// Converts and frees `error`. `passwordGiven` tells an encrypted file from a wrong password.
    static func take(_ error: UnsafeMutablePointer<GError>?, passwordGiven: Bool) -> PDFProblem {
        guard let error else { return .corrupt("unknown error") }
        defer { nb_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if error.pointee.domain == poppler_error_quark() {
            switch Int(error.pointee.code) {
            case Int(POPPLER_ERROR_ENCRYPTED.rawValue): return passwordGiven ? .wrongPassword : .encrypted
            case Int(POPPLER_ERROR_OPEN_FILE.rawValue): return .unreadable(message)
            default: return .corrupt(message)
            }
        }
        if error.pointee.domain == g_file_error_quark() { return .unreadable(message) }
        return .corrupt(message)
    }
}
