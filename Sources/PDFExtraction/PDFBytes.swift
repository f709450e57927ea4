import CPoppler

/// A PDF held in memory as one `GBytes`, which the poppler documents of every thread read
/// (`poppler_document_new_from_bytes` takes a reference of its own; a `GBytes` is immutable and
/// its reference count atomic, so threads may share it). Owns one reference.
final class PDFBytes: @unchecked Sendable {
    // @unchecked: `raw` is never reassigned and the GBytes it points to is immutable, with an
    // atomic reference count (see above); the one reference it owns is released once, in deinit.
    let raw: OpaquePointer

    /// Copies `bytes` once.
    init(_ bytes: [UInt8]) {
        raw = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    }

    deinit { g_bytes_unref(raw) }
}
