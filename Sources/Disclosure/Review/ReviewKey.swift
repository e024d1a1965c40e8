import Model

/// Decision keys (SPEC 3.4): derived from content — the file, the item's text, the mention and
/// which occurrence of it — never from line numbers or order, so that a decision survives edits
/// elsewhere in the file. `i-…` names an item, `r-…` a mention in it.
public enum ReviewKey {
    public static func item(path: String, text: String) -> String {
        "i-" + hash([path, normalised(text)])
    }

    public static func mention(path: String, itemText: String, original: String, occurrence: Int) -> String {
        ItemHasher(path: path, itemText: itemText).mention(original: original, occurrence: occurrence)
    }

    /// The keys of one item's mentions: the item's part of the hash is taken once (a long item has
    /// many mentions, and hashing its text for each would grow as a square).
    struct ItemHasher {
        let state: UInt64
        init(path: String, itemText: String) { state = ReviewKey.feed(ReviewKey.offset, [path, ReviewKey.normalised(itemText)]) }
        func mention(original: String, occurrence: Int) -> String {
            "r-" + ReviewKey.hex(ReviewKey.feed(state, [ReviewKey.normalised(original), String(occurrence)]))
        }
    }

    /// Case and runs of spaces do not change a key; wording does.
    static func normalised(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Ten hex digits of FNV-1a 64 over the parts (stable across runs and machines).
    static func hash(_ parts: [String]) -> String { hex(feed(offset, parts)) }

    static let offset: UInt64 = 0xcbf29ce484222325

    static func feed(_ start: UInt64, _ parts: [String]) -> UInt64 {
        var h = start
        for part in parts {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1F) &* 0x100000001b3
        }
        return h
    }

    static func hex(_ h: UInt64) -> String {
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(10))
    }
}
