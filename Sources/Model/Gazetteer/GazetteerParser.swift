import Foundation

/// Reads one line of a gazetteer table (see `GazetteerData` for the columns) and inflects its
/// adjectives.
enum GazetteerParser {
    static let columnCount = 14

    static func state(fromLine line: String) -> State {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        precondition(f.count == columnCount, "gazetteer line has \(f.count) columns, not \(columnCount): \(line)")
        func list(_ i: Int) -> [String] {
            f[i] == "-" ? [] : f[i].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        let id = f[0]
        var short: [String: String] = [:], official: [String: String] = [:]
        var names: [String] = [], adjectives: [String] = []
        func add(_ s: String, to array: inout [String]) { if !array.contains(s) { array.append(s) } }
        for (n, lang) in State.languages.enumerated() {
            short[lang] = f[1 + 4 * n]
            official[lang] = f[2 + 4 * n]
        }
        for n in 0..<3 { add(f[1 + 4 * n], to: &names) }
        for n in 0..<3 { add(f[2 + 4 * n], to: &names) }
        for n in 0..<3 { for other in list(3 + 4 * n) { add(other, to: &names) } }
        let abbreviations = list(13)
        for a in abbreviations { add(a, to: &names) }
        for (n, lang) in State.languages.enumerated() {
            for base in list(4 + 4 * n) {
                for form in GazetteerInflection.forms(of: base, language: lang) { add(form, to: &adjectives) }
            }
        }
        return State(id: id, shortNames: short, officialNames: official, names: names,
                     abbreviations: abbreviations, adjectives: adjectives)
    }
}

/// Regular inflection of adjectives and demonyms from their base (masculine singular) form.
///
/// An entry starting with `=` is taken literally, without inflection: irregular forms are listed
/// that way ("=turque"). Rules:
/// - English: the base, and a plural in -s unless the base ends in -ese, -sh, -ch, -ss, -s, -x or -z
///   ("Mexican(s)", "Chinese", "British").
/// - Spanish: -o → -o/-a/-os/-as; -e or -a → +s; -í or -ú → +es and +s; -i → +s; a consonant →
///   +a/+es/+as, with the accent of the last syllable dropped ("francés → francesa, franceses").
/// - French: -e → +s; -en (-ien, -éen) → +ne/+s/+nes; -on → +ne/+s/+nes; -s or -x → +e/+es;
///   otherwise → +e/+s/+es ("mexicain(e)(s)", "ivoirien(ne)(s)", "japonais(e)(s)").
enum GazetteerInflection {
    static func forms(of entry: String, language: String) -> [String] {
        if entry.hasPrefix("=") { return [String(entry.dropFirst())] }
        let w = entry
        switch language {
        case "es": return spanish(w)
        case "fr": return french(w)
        default: return english(w)
        }
    }

    static func english(_ w: String) -> [String] {
        let l = w.lowercased()
        if ["ese", "sh", "ch", "ss", "s", "x", "z"].contains(where: { l.hasSuffix($0) }) { return [w] }
        return [w, w + "s"]
    }

    static func spanish(_ w: String) -> [String] {
        guard let last = w.last else { return [] }
        let stem = String(w.dropLast())
        switch last {
        case "o": return [w, stem + "a", stem + "os", stem + "as"]
        case "e", "a", "i": return [w, w + "s"]
        case "í", "ú": return [w, w + "es", w + "s"]
        default:
            let s = GazetteerText.dropFinalAccent(w)
            return [w, s + "a", s + "es", s + "as"]
        }
    }

    static func french(_ w: String) -> [String] {
        if w.hasSuffix("e") { return [w, w + "s"] }
        if w.hasSuffix("en") || w.hasSuffix("on") { return [w, w + "ne", w + "s", w + "nes"] }
        if w.hasSuffix("s") || w.hasSuffix("x") { return [w, w + "e", w + "es"] }
        return [w, w + "e", w + "s", w + "es"]
    }
}
