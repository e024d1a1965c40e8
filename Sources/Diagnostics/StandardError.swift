#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stderr with `write(2)`, ignoring failures: a full device or a closed pipe must never
/// crash the tool (Foundation's `FileHandle.write` raises on them).
public enum StandardError {
    public static func write(_ text: String) { StandardStream.write(text, to: 2) }
}

/// Writes to stdout the same way: JSON diagnostics, `render -o -`.
public enum StandardOutput {
    public static func write(_ text: String) { StandardStream.write(text, to: 1) }

    /// Whether all the bytes were written.
    @discardableResult
    public static func write(bytes: [UInt8]) -> Bool { StandardStream.write(bytes, to: 1) }
}

enum StandardStream {
    static func write(_ text: String, to fd: Int32) { write(Array(text.utf8), to: fd) }

    @discardableResult
    static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
