import Model

/// Decision keys (SPEC 3.4): derived from content — the file, the item's text, the mention and
/// which occurrence of it — never from line numbers or order, so that a decision survives edits
/// elsewhere in the file. `i-…` names an item, `r-…` a mention in it.
public enum ReviewKey {
    public static func item(path: String, text: String) -> String {
        "i-" + hash([path, normalised(text)])
    }

    public static func mention(path: String, itemText: String, original: String, occurrence: Int) -> String {
        "r-" + hash([path, normalised(itemText), normalised(original), String(occurrence)])
    }

    /// Case and runs of spaces do not change a key; wording does.
    static func normalised(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Ten hex digits of FNV-1a 64 over the parts (stable across runs and machines).
    static func hash(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for part in parts {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1F) &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(10))
    }
}
