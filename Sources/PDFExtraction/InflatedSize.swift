import CPoppler
import Glibc

/// What a PDF's compressed streams inflate to, measured before poppler reads the file. Poppler
/// reads some streams whole into memory (a font's `ToUnicode` map, embedded font files): a 6 KB
/// PDF whose `ToUnicode` is deflated twice inflates to gigabytes, and poppler allocates until the
/// process is killed or aborts on `std::bad_alloc`. Every `FlateDecode` stream but images (which
/// poppler decodes row by row, to their declared size) is inflated here with a small buffer and
/// its bytes counted, through a chain of `FlateDecode` filters; nothing is kept.
///
/// The file is scanned for `stream` keywords without parsing it: a stream's dictionary is the
/// text between the last `obj` before it and the keyword, its data runs to the next `endstream`
/// (zlib stops at the end of the deflate data anyway). Streams that do not inflate (encrypted
/// files, other filters first) count nothing: this bounds the common case, not every way
/// poppler can be made to allocate.
enum InflatedSize {
    /// Deflate's largest ratio: a length-distance pair of two bits gives 258 bytes, so one layer
    /// of `n` bytes inflates to at most 1032·n (and one pair more).
    static func bound(_ n: Int) -> Int { n * 1032 + 258 }

    /// Whether the streams of `pdf` inflate to more than `limit` bytes in all. Streams deflated
    /// twice or more are inflated; a stream deflated once counts its bound until the bounds and
    /// what was inflated exceed the limit, and then the largest are inflated first, until the
    /// sum fits or every one is measured. A report under 260 KB is so never inflated, a larger
    /// one only in its largest streams (its fonts).
    static func exceeds(_ limit: Int, in pdf: UnsafeRawBufferPointer) -> Bool {
        let bytes = pdf.bindMemory(to: UInt8.self)
        var total = 0
        var single: [Range<Int>] = []
        var at = 0
        while let keyword = find(Self.stream, in: bytes, from: at) {
            at = keyword + Self.stream.count
            // `stream` must end a line and must not be the tail of `endstream`.
            guard keyword >= 3, at < bytes.count, bytes[at] == 0x0A || bytes[at] == 0x0D,
                  !(bytes[keyword - 3] == UInt8(ascii: "e") && bytes[keyword - 2] == UInt8(ascii: "n") && bytes[keyword - 1] == UInt8(ascii: "d")) else { continue }
            var start = at + 1
            if bytes[at] == 0x0D && start < bytes.count && bytes[start] == 0x0A { start += 1 }
            let dictionaryStart = findBackward(Self.obj, in: bytes, before: keyword, within: 2048) ?? max(0, keyword - 2048)
            let filters = flateFilters(in: UnsafeBufferPointer(rebasing: bytes[dictionaryStart..<keyword]))
            let end = find(Self.endstream, in: bytes, from: start) ?? bytes.count
            if filters == 1 {
                single.append(start..<end)
                total += bound(end - start)
            } else if filters > 1 {
                total += inflatedSize(UnsafeBufferPointer(rebasing: bytes[start..<end]), layers: filters, limit: limit + 1)
            }
            at = end
        }
        guard total > limit else { return false }
        for range in single.sorted(by: { $0.count > $1.count }) {
            total -= bound(range.count)
            total += inflatedSize(UnsafeBufferPointer(rebasing: bytes[range]), layers: 1, limit: limit + 1)
            if total <= limit { return false }
        }
        return total > limit
    }

    static let stream = Array("stream".utf8), endstream = Array("endstream".utf8), obj = Array("obj".utf8)

    /// How many `FlateDecode` filters a stream's dictionary applies before any other filter;
    /// 0 for images and for streams not deflated first.
    static func flateFilters(in dictionary: UnsafeBufferPointer<UInt8>) -> Int {
        // On the bytes (a String of each of a Chromium print's thousand dictionaries cost a tenth
        // of the conversion).
        if find(Self.image, in: dictionary, from: 0) != nil { return 0 }
        guard var i = find(Self.filter, in: dictionary, from: 0).map({ $0 + Self.filter.count }) else { return 0 }
        func skipSpaces() { while i < dictionary.count, [0x20, 0x0A, 0x0D, 0x09].contains(dictionary[i]) { i += 1 } }
        func flate() -> Bool {
            guard i + Self.flate.count <= dictionary.count,
                  memcmp(dictionary.baseAddress! + i, Self.flate, Self.flate.count) == 0 else { return false }
            i += Self.flate.count
            return true
        }
        skipSpaces()
        guard i < dictionary.count else { return 0 }
        if dictionary[i] != UInt8(ascii: "[") { return flate() ? 1 : 0 }
        i += 1
        var count = 0
        while true {
            skipSpaces()
            guard flate() else { return count }
            count += 1
        }
    }

    static let image = Array("/Image".utf8), filter = Array("/Filter".utf8), flate = Array("/FlateDecode".utf8)

    /// The bytes `data` inflates to through `layers` deflate layers, counted up to just past
    /// `limit`; what it gives before an error counts.
    static func inflatedSize(_ data: UnsafeBufferPointer<UInt8>, layers: Int, limit: Int) -> Int {
        guard !data.isEmpty, let base = data.baseAddress else { return 0 }
        let chunk = 1 << 16
        // One zlib stream and one output buffer per layer, owned here.
        let streams = UnsafeMutablePointer<z_stream>.allocate(capacity: layers)
        streams.initialize(repeating: z_stream(), count: layers)
        let buffers = UnsafeMutablePointer<UInt8>.allocate(capacity: layers * chunk)
        var opened = 0
        defer {
            for i in 0..<opened { inflateEnd(streams + i) }
            streams.deallocate()
            buffers.deallocate()
        }
        for i in 0..<layers {
            guard nb_inflate_init(streams + i) == Z_OK else { return 0 }
            opened += 1
        }
        var total = 0
        /// Feeds `input` to layer `k`; the last layer's output is counted. False to stop.
        func feed(_ k: Int, _ input: UnsafeMutablePointer<UInt8>, _ count: Int) -> Bool {
            let stream = streams + k, out = buffers + k * chunk
            stream.pointee.next_in = input
            stream.pointee.avail_in = UInt32(count)
            repeat {
                stream.pointee.next_out = out
                stream.pointee.avail_out = UInt32(chunk)
                let status = inflate(stream, Z_NO_FLUSH)
                let produced = chunk - Int(stream.pointee.avail_out)
                if produced > 0 {
                    if k == layers - 1 {
                        total += produced
                        if total > limit { return false }
                    } else if !feed(k + 1, out, produced) {
                        return false
                    }
                }
                // The end of this layer's data (what follows it is ignored, as poppler does),
                // or no progress without more input.
                if status == Z_STREAM_END { return true }
                if status != Z_OK { return status == Z_BUF_ERROR }
            } while stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0
            return true
        }
        _ = feed(0, UnsafeMutablePointer(mutating: base), data.count)
        return total
    }

    /// The first occurrence of `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, from < bytes.count, let base = bytes.baseAddress else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            guard let hit = memchr(base + i, Int32(first), bytes.count - i) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if at + needle.count > bytes.count { return nil }
            if memcmp(base + at, needle, needle.count) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// The last occurrence of `needle` that ends before `before`, looking back at most `within`.
    static func findBackward(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, before: Int, within: Int) -> Int? {
        var i = before - needle.count
        let stop = max(0, before - within)
        while i >= stop {
            if bytes[i] == needle[0] && memcmp(bytes.baseAddress! + i, needle, needle.count) == 0 { return i + needle.count }
            i -= 1
        }
        return nil
    }
}
