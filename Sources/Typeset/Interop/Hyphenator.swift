internal import CHyphen
import Foundation

/// Hyphenation points from libhyphen and the TeX-pattern dictionaries shipped in `Data/hyphen`
/// (Debian's hyphen-en-us, hyphen-es, hyphen-fr; never a hand list, never the machine's own):
/// inserts U+00AD SOFT HYPHEN where a word may break. Only ordinary lower-case words of seven
/// letters or more are hyphenated — never a name, an acronym, a number or a word in another script
/// — with two letters before a break and three after. The only file that imports `CHyphen`.
final class Hyphenator: @unchecked Sendable {
    private let dictionary: UnsafeMutablePointer<HyphenDict>

    /// The dictionary of `language` (`en`, `es`, `fr`) in `folder`, or nil when there is none.
    init?(language: String, folder: URL) {
        let name = ["en": "hyph_en_US.dic", "es": "hyph_es.dic", "fr": "hyph_fr.dic"][language]
        guard let name, let d = hnj_hyphen_load(folder.appendingPathComponent(name).path) else { return nil }
        dictionary = d
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// `text` with soft hyphens at the break points of its eligible words.
    func hyphenate(_ text: String) -> String {
        // On UTF-8 bytes, decoding only non-ASCII letters: a word is a run of letters (and
        // combining marks). Strings of scalars here were 5 % of a render.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var wordStart = -1, letters = 0
        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            let word = bytes[wordStart..<end]
            if letters >= 7 { out.append(contentsOf: hyphenated(String(decoding: word, as: UTF8.self)).utf8) } else { out.append(contentsOf: word) }
            wordStart = -1; letters = 0
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { break }
            let letter: Bool
            if b < 0x80 {
                letter = (b | 0x20) &- 0x61 < 26
            } else {
                var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                let s = Unicode.Scalar(v)
                letter = s.map { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark } ?? false
            }
            if letter {
                if wordStart < 0 { wordStart = i }
                letters += 1
            } else {
                flush(i)
                out.append(contentsOf: bytes[i..<(i + length)])
            }
            i += length
        }
        flush(min(i, bytes.count))
        if i < bytes.count { out.append(contentsOf: bytes[i...]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Words already hyphenated (a document repeats its words): bounded, behind a lock.
    private var cache: [String: String] = [:]
    private let lock = NSLock()

    private func hyphenated(_ word: String) -> String {
        lock.lock()
        if let done = cache[word] { lock.unlock(); return done }
        lock.unlock()
        let done = computeHyphenated(word)
        lock.lock()
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = done
        lock.unlock()
        return done
    }

    private func computeHyphenated(_ word: String) -> String {
        guard word.unicodeScalars.count >= 7, word.unicodeScalars.allSatisfy({ Self.latin($0) && !$0.properties.isUppercase }) else { return word }
        let bytes = Array(word.utf8)
        var marks = [CChar](repeating: 0, count: bytes.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var pos: UnsafeMutablePointer<Int32>?
        var cut: UnsafeMutablePointer<Int32>?
        // libhyphen takes a length but also reads the word as a C string (its minimum-length and
        // no-hyphen checks): without the terminating NUL it read past the buffer, and the breaks
        // of a word changed from run to run.
        let terminated = bytes + [0]
        let status = terminated.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                hnj_hyphen_hyphenate3(dictionary, $0, Int32(bytes.count), &marks, nil, &rep, &pos, &cut, 2, 3, 2, 3)
            }
        }
        // Non-standard breaks (a spelling change at the break) are not used: free and skip.
        if let rep {
            for i in 0..<bytes.count { free(rep[i]) }
            free(rep); free(pos); free(cut)
            return word
        }
        guard status == 0 else { return word }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 8)
        for (i, b) in bytes.enumerated() {
            out.append(b)
            // After the last byte of a character, where the next is not a continuation byte; never
            // after an "f": the font's ff, fi, fl ligatures would take the soft hyphen into a
            // glyph, and so into the text a reader copies.
            if marks[i] & 1 == 1, i + 1 < bytes.count, bytes[i + 1] & 0xC0 != 0x80, b != 0x66 { out += [0xC2, 0xAD] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Latin letters (with their accents): the scripts the dictionaries are for.
    private static func latin(_ s: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(s.value) || (0xC0...0x24F).contains(s.value) || s == "'" || s == "’"
    }
}
