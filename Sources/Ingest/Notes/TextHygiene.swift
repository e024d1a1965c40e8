import Diagnostics
import Foundation
import Model

/// Cleans an item's text before anything reads it (SPEC 1): Unicode NFC everywhere; in
/// chatham-house content, invisible formatting (zero-width characters, soft hyphens, bidi
/// controls, the BOM…) is removed with a warning at its place — except a joiner between two
/// letters of a script that needs it (Arabic, Indic). Matching sees through such characters
/// anywhere (`Folding`); removing them here keeps them out of the PDFs' text layer as well.
enum TextHygiene {
    /// The cleaned inlines, and the invisible characters removed (as `U+XXXX` names).
    static func clean(_ inlines: [Inline], removeInvisible: Bool) -> ([Inline], [String]) {
        var removed: [String] = []
        func text(_ s: String) -> String {
            let nfc = s.precomposedStringWithCanonicalMapping
            guard removeInvisible, nfc.unicodeScalars.contains(where: Confusables.isInvisible) else { return nfc }
            let scalars = Array(nfc.unicodeScalars)
            var out = String.UnicodeScalarView()
            for (i, u) in scalars.enumerated() {
                if Confusables.isInvisible(u) {
                    let joiner = u.value == 0x200C || u.value == 0x200D
                    if joiner, i > 0, i + 1 < scalars.count, needsJoiner(scalars[i - 1]), needsJoiner(scalars[i + 1]) {
                        out.append(u)
                    } else {
                        let name = String(format: "U+%04X", u.value)
                        if !removed.contains(name) { removed.append(name) }
                    }
                    continue
                }
                out.append(u)
            }
            return String(out)
        }
        func walk(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .text(let s): return .text(text(s))
                case .code(let s): return .code(text(s))
                case .emphasis(let c): return .emphasis(walk(c))
                case .strong(let c): return .strong(walk(c))
                case .link(let d, let c): return .link(destination: text(d), walk(c))
                case .image(let d, let c): return .image(source: text(d), walk(c))
                case .strikethrough(let c): return .strikethrough(walk(c))
                case .lineBreak, .softBreak, .footnoteReference: return inline
                }
            }
        }
        return (walk(inlines), removed)
    }

    /// A letter of a script that shapes with joiners: Hebrew to Myanmar, and the Brahmic and
    /// Arabic extensions — not Latin, Greek or Cyrillic, where a joiner is only ever a trap.
    private static func needsJoiner(_ u: Unicode.Scalar) -> Bool {
        guard u.properties.isAlphabetic || u.properties.generalCategory == .nonspacingMark
                || u.properties.generalCategory == .spacingMark else { return false }
        let v = u.value
        return (0x0590...0x109F).contains(v) || (0x1780...0x18AF).contains(v) || (0xA800...0xABFF).contains(v)
            || (0xFB1D...0xFEFC).contains(v)
    }
}
