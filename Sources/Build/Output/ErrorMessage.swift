import Foundation

/// A file-system error in words a user reads: the system's own message ("No space left on
/// device") where the error carries one, never Foundation's dump of its domain and user info.
func errorMessage(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    if ns.domain == NSCocoaErrorDomain { return ns.localizedDescription }
    return "\(error)"
}
