import Diagnostics
import Foundation

/// The ordinary words of English, Spanish and French, from Debian's word lists (`wamerican`,
/// `wspanish`, `wfrench`, shipped in `Data/words/`), folded. Loaded once per process. A family name that is also an ordinary
/// word (`Flores`, `Paz`, `Young`, `Bell`) is matched alone only where it cannot be the word.
package final class OrdinaryWords: Sendable {
    package static let paths = Installation.locate().wordLists.map(\.path)

    /// The lists of the installation, loaded on first use.
    package static let shared = OrdinaryWords(paths: paths)

    private let words: Set<String>
    /// The word lists that could not be read: without them no surname counts as ordinary in that
    /// language, so a build stops with an error (the installation is broken).
    package let missing: [String]

    package init(paths: [String]) {
        var set = Set<String>()
        set.reserveCapacity(paths.count * 120_000)  // the three lists hold ~330,000 words; no rehashing
        var missing: [String] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { missing.append(path); continue }
            data.withUnsafeBytes { raw in Self.load(raw.bindMemory(to: UInt8.self), into: &set) }
        }
        self.words = set
        self.missing = missing
    }

    /// Reads a word list, one word a line, byte by byte (fast even in a debug build): only lower-case
    /// entries (proper nouns are capitalised in the lists), folded; Latin-1 accents by table.
    private static func load(_ bytes: UnsafeBufferPointer<UInt8>, into set: inout Set<String>) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var i = 0
        let n = bytes.count
        while i < n {
            var j = i
            while j < n, bytes[j] != 0x0A { j += 1 }
            // [i, j) is one line.
            word.removeAll(keepingCapacity: true)
            var ok = j > i
            var k = i
            while ok, k < j {
                let b = bytes[k]
                if b >= 0x61 && b <= 0x7A { word.append(b); k += 1 }
                else if b == 0xC3, k + 1 < j, latin1[Int(bytes[k + 1])] != 0 { word.append(latin1[Int(bytes[k + 1])]); k += 2 }
                else if b == 0xC5, k + 1 < j, bytes[k + 1] == 0x93 { word.append(0x6F); word.append(0x65); k += 2 }  // œ
                else if b == 0x2D, k > i { word.append(0x20); k += 1 }
                else { ok = false }
            }
            if ok, !word.isEmpty { set.insert(String(decoding: word, as: UTF8.self)) }
            i = j + 1
        }
    }

    /// The second byte of a UTF-8 Latin-1 lower-case letter (after 0xC3) → its plain ASCII letter (0: none).
    private static let latin1: [UInt8] = {
        var m = [UInt8](repeating: 0, count: 256)
        let table: [(UInt8, String)] = [(0x61, "\u{E0}\u{E1}\u{E2}\u{E3}\u{E4}\u{E5}"), (0x63, "\u{E7}"),
            (0x65, "\u{E8}\u{E9}\u{EA}\u{EB}"), (0x69, "\u{EC}\u{ED}\u{EE}\u{EF}"), (0x6E, "\u{F1}"),
            (0x6F, "\u{F2}\u{F3}\u{F4}\u{F5}\u{F6}\u{F8}"), (0x75, "\u{F9}\u{FA}\u{FB}\u{FC}"), (0x79, "\u{FD}\u{FF}")]
        for (plain, letters) in table {
            for scalar in letters.unicodeScalars { m[Int(scalar.value - 0xC0 + 0x80)] = plain }
        }
        return m
    }()

    /// A fixed list (tests).
    package init(words: Set<String>) { self.words = Set(words.map(Folding.key)); self.missing = [] }

    /// Whether a folded word is an ordinary word (Spanish plurals included: `flores` ← `flor`).
    package func contains(_ folded: String) -> Bool {
        if words.contains(folded) { return true }
        if folded.hasSuffix("es"), words.contains(String(folded.dropLast(2))) { return true }
        if folded.hasSuffix("s"), folded.count > 3, words.contains(String(folded.dropLast())) { return true }
        return false
    }

    /// Whether every word of a folded phrase is an ordinary word or a particle (`de la cruz`).
    package func isOrdinary(_ words: [String]) -> Bool {
        !words.isEmpty && words.allSatisfy { NameParts.particles.contains($0) || contains($0) }
    }
}
