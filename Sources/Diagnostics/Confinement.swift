import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SPEC 2: an input is read only from inside its root, links resolved, and only when it is a
/// regular file — checked before it is opened (a FIFO would hang the read).
public enum Confinement {
    /// Why `file` may not be read as an input under `root`, or nil when it may.
    public static func problem(_ file: URL, inside root: URL) -> String? {
        let real = file.standardizedFileURL.resolvingSymlinksInPath().path
        let rootReal = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard real.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/") else {
            return "it resolves to '\(real)', outside '\(rootReal)'"
        }
        var st = stat()
        guard stat(real, &st) == 0 else { return "it cannot be examined (\(String(cString: strerror(errno))))" }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return "it is not a regular file (a folder, FIFO, socket or device)" }
        return nil
    }
}
