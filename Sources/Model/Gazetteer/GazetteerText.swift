import Foundation

/// Text normalisation shared by the gazetteer and the anonymiser's matcher: two spellings of the
/// same name fold to the same string whatever their case, accents, apostrophe and hyphen style or
/// spacing ("Côte d’Ivoire", "COTE D'IVOIRE", "Côte d'Ivoire").
public enum GazetteerText {
    /// Lowercases, strips diacritics (and folds ø, æ, œ, ß, ł, đ, ı), turns every apostrophe-like
    /// character into `'` and every hyphen or dash into `-`, drops soft hyphens, and collapses runs
    /// of whitespace (line breaks and no-break spaces included) into one space, trimmed.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x300...0x36F).contains(v) || v == 0xAD { continue }  // combining marks, soft hyphen
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch v {
            case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x00B4, 0x0060, 0x2032, 0x02B9, 0xFF07: out.append("'")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D: out.append("-")
            case 0xF8: out.append("o")                                   // ø
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)       // æ
            case 0x153: out.append(contentsOf: "oe".unicodeScalars)      // œ
            case 0xDF: out.append(contentsOf: "ss".unicodeScalars)       // ß
            case 0x142: out.append("l")                                  // ł
            case 0x111: out.append("d")                                  // đ
            case 0x131: out.append("i")                                  // dotless ı
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The lookup key of a name: `fold`, then a leading article dropped (the, la, le, les, l', el,
    /// los, las), full stops removed (`U.S.A.` → `usa`) and every other punctuation mark treated as
    /// a space ("Guinea-Bissau" = "Guinea Bissau").
    public static func key(_ text: String) -> String {
        var s = fold(text)
        for article in ["the ", "la ", "le ", "les ", "l'", "el ", "los ", "las "] where s.hasPrefix(article) {
            s.removeFirst(article.count)
            break
        }
        var out = ""
        var pendingSpace = false
        for ch in s {
            if ch == "." { continue }
            if ch.isLetter || ch.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// Removes the acute accent of a Spanish word's last syllable before a suffix is added
    /// ("francés" → "frances", "alemán" → "aleman").
    static func dropFinalAccent(_ word: String) -> String {
        var chars = Array(word)
        let plain: [Character: Character] = ["á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"]
        for i in chars.indices.reversed().prefix(3) {
            if let p = plain[chars[i]] { chars[i] = p; break }
        }
        return String(chars)
    }
}
