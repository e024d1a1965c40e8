import Crypto
import Foundation

/// SHA-256 through swift-crypto: the manifest's file hashes and the draft label's input hash.
enum Digests {
    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func sha256(file url: URL) -> String? {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        return sha256(data)
    }

    /// A short hash of every file of a folder (paths sorted, path and bytes hashed): the draft
    /// label's "which inputs is this" mark.
    static func shortHash(ofFolder root: URL) -> String {
        var hasher = SHA256()
        let fm = FileManager.default
        let paths = (fm.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue,
                  let data = fm.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            hasher.update(data: Data(path.utf8))
            hasher.update(data: data)
        }
        return hasher.finalize().prefix(4).map { String(format: "%02x", $0) }.joined()
    }
}
