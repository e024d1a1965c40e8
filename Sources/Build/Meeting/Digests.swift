import Foundation
import Typeset

/// SHA-256 (Typeset's `SHA256Hasher`, GLib's GChecksum): the manifest's file hashes and the draft
/// label's input hash.
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
