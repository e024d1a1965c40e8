import Foundation
/// Latin look-alike letters of other scripts mapped to the ASCII letters they are read as
/// (Unicode TS #39 skeletons, `Confusables+Table.swift`), so that "Cаnada" with a Cyrillic а is
/// matched as "canada". Used by every matcher — the rewriter's and the last gate's — on folded text.
public enum Confusables {
    /// The ASCII reading of a non-ASCII scalar, or nil when it has none.
    public static func ascii(for scalar: Unicode.Scalar) -> String? { map[scalar.value] ?? smallCapital(scalar) }

    /// Latin small capitals ("ᴅɪᴀʟʟᴏ"): one script with Latin, so TS #39 leaves them as they are,
    /// but a reader reads them as the letters. Read from their Unicode names, in their blocks only.
    private static func smallCapital(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        guard (0x0262...0x02A0).contains(v) || (0x1D00...0x1D2B).contains(v) || (0xA730...0xA731).contains(v)
                || (0xA7AE...0xA7AE).contains(v) || (0xA7F9...0xA7FF).contains(v),
              let name = scalar.properties.name, name.hasPrefix("LATIN LETTER SMALL CAPITAL ") else { return nil }
        let letter = name.dropFirst("LATIN LETTER SMALL CAPITAL ".count)
        return letter.count == 1 ? letter.lowercased() : nil
    }

    /// A word written wholly in Cyrillic or Greek letters, transliterated as a word ("Боатенг" →
    /// "boateng"), where look-alike reading would give "boatehr"; nil for any other word. A word
    /// that mixes scripts is a spoof and is read letter by letter as it looks.
    public static func transliteratedWord<S: StringProtocol>(_ word: S) -> String? {
        var sawLetter = false
        for u in word.unicodeScalars where u.properties.isAlphabetic {
            guard (0x0370...0x03FF).contains(u.value) || (0x0400...0x04FF).contains(u.value) else { return nil }
            sawLetter = true
        }
        guard sawLetter, let latin = String(word).applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) else { return nil }
        let letters = latin.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return letters.isEmpty ? nil : letters
    }

    /// A word's digits read as the letters they stand in for ("K0walski", "Fl0res") when the
    /// word is mostly letters: `folded` is lower-case ASCII; nil when there is nothing to read.
    public static func digitsAsLetters(_ folded: String) -> String? {
        let bytes = Array(folded.utf8)
        let letters = bytes.filter { (0x61...0x7A).contains($0) }.count
        let digits = bytes.filter { (0x30...0x39).contains($0) }.count
        guard digits > 0, letters >= 3, digits <= 2, letters > 2 * digits else { return nil }
        let map: [UInt8: UInt8] = [0x30: 0x6F, 0x31: 0x6C, 0x33: 0x65, 0x34: 0x61, 0x35: 0x73, 0x37: 0x74, 0x38: 0x62]
        guard bytes.allSatisfy({ !(0x30...0x39).contains($0) || map[$0] != nil }) else { return nil }
        return String(decoding: bytes.map { map[$0] ?? $0 }, as: UTF8.self)
    }

    private static let map: [UInt32: String] = {
        var m: [UInt32: String] = [:]
        for entry in table.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let code = UInt32(parts[0], radix: 16) else { continue }
            m[code] = String(parts[1])
        }
        return m
    }()

    /// Whether a scalar is invisible formatting that matching must see through (SPEC 1): general
    /// category Cf — zero-width space, joiners, word joiner, BOM, soft hyphen, bidi marks and
    /// overrides, the Mongolian vowel separator, invisible operators — and variation selectors.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.generalCategory == .format { return true }
        return (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
            || scalar.value == 0x180E || scalar.value == 0x034F
    }
}
