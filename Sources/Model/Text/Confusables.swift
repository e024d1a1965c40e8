/// Latin look-alike letters of other scripts mapped to the ASCII letters they are read as
/// (Unicode TS #39 skeletons, `Confusables+Table.swift`), so that "Cаnada" with a Cyrillic а is
/// matched as "canada". Used by every matcher — the rewriter's and the last gate's — on folded text.
public enum Confusables {
    /// The ASCII reading of a non-ASCII scalar, or nil when it has none.
    public static func ascii(for scalar: Unicode.Scalar) -> String? { map[scalar.value] }

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
