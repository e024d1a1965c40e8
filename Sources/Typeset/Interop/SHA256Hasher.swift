internal import CPangoCairo
import Foundation

/// One running SHA-256 through GLib's GChecksum, which Pango already links: swift-crypto did the
/// same for the build's manifest, at the price of compiling BoringSSL in every clean build. It
/// lives behind the C wall of Typeset with the rest of GLib.
public final class SHA256Hasher {
    private let checksum = g_checksum_new(G_CHECKSUM_SHA256)

    public init() {}

    deinit { g_checksum_free(checksum) }

    public func update(_ data: Data) {
        data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
            g_checksum_update(checksum, base, raw.count)
        }
    }

    /// The digest in lower-case hexadecimal.
    public func hex() -> String { String(cString: g_checksum_get_string(checksum)) }
}
