import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on a file, held for the object's lifetime, so that two builds into the
/// same output folder run one after the other instead of interleaving their swaps.
final class FileLock {
    private let descriptor: Int32

    /// `waiting` is called once when another process has held the lock for three seconds.
    init(_ url: URL, waiting: (() -> Void)? = nil) throws {
        descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        // Another build holds it: wait quietly for three seconds, then say so once and wait on.
        for _ in 0..<30 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
            usleep(100_000)
        }
        waiting?()
        guard flock(descriptor, LOCK_EX) == 0 else {
            let code = errno
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
