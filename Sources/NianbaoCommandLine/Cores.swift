#if canImport(Glibc)
import Glibc
#endif

/// The cores this process may run on: its CPU affinity (`taskset`, container cpusets), not every
/// core of the machine; threads beyond them only take turns.
public enum Cores {
    public static var available: Int {
        allowed(status: procStatus()) ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The bits set in the `Cpus_allowed:` mask of a `/proc/<pid>/status` text (hex words separated
    /// by commas); nil when there is none. (`sched_getaffinity` is not visible from Swift's Glibc.)
    public static func allowed(status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else { return nil }
        var count = 0
        for c in line.dropFirst("Cpus_allowed:".count) where c != "," && c != " " && c != "\t" {
            guard let v = c.hexDigitValue else { return nil }
            count += v.nonzeroBitCount
        }
        return count > 0 ? count : nil
    }

    static func procStatus() -> String {
        let fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 16 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
