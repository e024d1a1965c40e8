#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stderr with `write(2)`, ignoring failures: a full device or a closed pipe must never
/// crash the tool (Foundation's `FileHandle.write` raises on them).
public enum StandardError {
    public static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
            }
            if n <= 0 { return }
            offset += n
        }
    }
}
