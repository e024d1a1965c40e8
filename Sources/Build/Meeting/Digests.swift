internal import CPangoCairo
import Foundation

/// SHA-256 through GLib's GChecksum (already linked through Pango): the manifest's file hashes
/// and the draft label's input hash. swift-crypto did the same, at the price of building
/// BoringSSL in every clean build.
enum Digests {
    static func sha256(_ data: Data) -> String {
        let hasher = SHA256Hasher()
        hasher.update(data)
        return hasher.hex()
    }

    static func sha256(file url: URL) -> String? {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        return sha256(data)
    }

    /// A short hash of every file of a folder (paths sorted, path and bytes hashed): the draft
    /// label's "which inputs is this" mark.
    static func shortHash(ofFolder root: URL) -> String {
        let hasher = SHA256Hasher()
        let fm = FileManager.default
        let paths = (fm.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue,
                  let data = fm.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            hasher.update(Data(path.utf8))
            hasher.update(data)
        }
        return String(hasher.hex().prefix(8))
    }
}

/// One running SHA-256 (a GChecksum).
private final class SHA256Hasher {
    private let checksum = g_checksum_new(G_CHECKSUM_SHA256)

    deinit { g_checksum_free(checksum) }

    func update(_ data: Data) {
        data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
            g_checksum_update(checksum, base, raw.count)
        }
    }

    /// The digest in lower-case hexadecimal.
    func hex() -> String { String(cString: g_checksum_get_string(checksum)) }
}
