/// The Unicode block of a character, for telling a user where a character no bundled font covers
/// comes from ("Emoticons"). The table is generated from ICU by `docs/tools/unicode-blocks.c`.
enum UnicodeBlocks {
    static func name(of scalar: Unicode.Scalar) -> String? {
        var low = 0, high = table.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let (first, last, name) = table[mid]
            if scalar.value < first { high = mid - 1 } else if scalar.value > last { low = mid + 1 } else { return name }
        }
        return nil
    }
}
