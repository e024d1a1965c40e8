import Foundation

/// Output file names (SPEC 4): ASCII, lower case, accents dropped, runs of other characters as
/// `-` (`Côte d'Ivoire` → `cote-d-ivoire`).
public enum FileName {
    public static func slug(_ text: String) -> String {
        let folded = text.applyingTransform(.toLatin, reverse: false)?
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) ?? text
        var out = ""
        var pendingDash = false
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "untitled" : out
    }

    /// `table-03-round-1.pdf`.
    public static func table(_ table: Int, round: Int) -> String {
        let t = table < 10 ? "0\(table)" : "\(table)"
        return "table-\(t)-round-\(round).pdf"
    }
}
