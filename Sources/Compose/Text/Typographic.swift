import Document

/// Straight quotes and apostrophes of a source set as the language sets them (issue 15, STYLE),
/// and a number held to its unit by a no-break space ("300 km", "5 %", "USD 300"):
/// English “…” and ‘…’, French « … » with narrow no-break spaces inside, Spanish «…»; an
/// apostrophe is ’ in every language. Hand-written: Pango shapes what it is given and has no
/// smart-quote pass, and neither has cmark-gfm (its `SMART` option makes only English quotes).
/// A quote opens at the start or after a space, an opening bracket or a dash, and closes
/// elsewhere; the state runs across the runs of a paragraph, so `"*word*"` is quoted whole.
/// Code is left as written.
public enum Typographic {
    public static func apply(_ runs: [Run], language: String) -> [Run] {
        var previous: Character? = nil
        var open = (double: false, single: false)
        func convert(_ typed: String) -> String {
            // Most runs hold nothing to set: no quote, apostrophe, digit, guillemet or dash pair.
            if !typed.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0x2D || (0x30...0x39).contains($0) || $0 == 0xC2 }) {
                if let last = typed.last { previous = last }
                return typed
            }
            var out = ""
            // "---" an em dash, "--" an en dash (as typists write them for want of the keys).
            let s = typed.contains("--") ? typed.replacingOccurrences(of: "---", with: "\u{2014}").replacingOccurrences(of: "--", with: "\u{2013}") : typed
            let chars = Array(s)
            for (i, c) in chars.enumerated() {
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                var opening: Bool { previous.map { $0.isWhitespace || Self.openers.contains($0) } ?? true }
                if language == "fr", c == " ", next == "»" || previous == "«" {
                    out += "\u{202F}"  // « texte » with narrow no-break spaces inside
                    previous = c
                    continue
                }
                if c == " ", let p = previous, let n = next, Self.holdsUnit(p, chars, after: i) || (n.isNumber && Self.isCurrency(chars, before: i)) {
                    out += "\u{00A0}"  // "300 km", "5 %", "USD 300": a number keeps its unit
                    _ = p
                    previous = c
                    continue
                }
                switch c {
                case "\"":
                    let opens = opening && !(open.double && next.map { $0.isWhitespace || $0.isPunctuation } ?? true)
                    out += opens ? openDouble(language) : closeDouble(language)
                    open.double = opens
                case "'":
                    if let p = previous, p.isLetter || p.isNumber || p == "." {
                        // an apostrophe (don't, d'Ivoire, 90's) or a closing single quote
                        out += "\u{2019}"
                        if open.single, next.map({ !$0.isLetter }) ?? true { open.single = false }
                    } else if opening, language == "en", let n = next, !n.isWhitespace {
                        out += "\u{2018}"
                        open.single = true
                    } else {
                        out += "\u{2019}"
                    }
                default:
                    out.append(c)
                }
                previous = c
            }
            return out
        }
        func walk(_ runs: [Run]) -> [Run] {
            runs.map { run in
                switch run {
                case .text(let s): return .text(convert(s))
                case .strong(let c): return .strong(walk(c))
                case .emphasis(let c): return .emphasis(walk(c))
                case .link(let url, let c): return .link(url: url, walk(c))
                case .strikethrough(let c): return .strikethrough(walk(c))
                case .code(let s): previous = s.last; return run
                case .lineBreak: previous = " "; return run
                case .tag, .superscript: return run
                }
            }
        }
        return walk(runs)
    }

    static let openers: Set<Character> = ["(", "[", "{", "—", "–", "-", "/"]
    static let units: Set<String> = ["%", "‰", "km", "kg", "mm", "cm", "m", "m2", "km2", "h", "min", "USD", "EUR", "MXN",
                                     "CHF", "GBP", "CAD", "°C", "ha", "t"]
    static let currencies: Set<String> = ["USD", "EUR", "MXN", "CHF", "GBP", "CAD", "US$", "$", "€"]

    /// Whether the space at `i` stands between a number and a unit ("300 km", "5 %").
    static func holdsUnit(_ previous: Character, _ chars: [Character], after i: Int) -> Bool {
        guard previous.isNumber else { return false }
        var j = i + 1
        var word = ""
        while j < chars.count, !chars[j].isWhitespace, !(",.;:)!?".contains(chars[j])) { word.append(chars[j]); j += 1 }
        return units.contains(word)
    }

    /// Whether the space at `i` follows a currency ("USD 300", "€ 40").
    static func isCurrency(_ chars: [Character], before i: Int) -> Bool {
        var j = i - 1
        var word = ""
        while j >= 0, !chars[j].isWhitespace { word = String(chars[j]) + word; j -= 1 }
        return currencies.contains(word)
    }

    /// A plain string (a title) set the same way.
    public static func string(_ s: String, language: String) -> String {
        apply([.text(s)], language: language).plainText
    }

    /// Every paragraph, heading, list and table cell of `blocks` (a rendered Markdown document).
    public static func apply(_ blocks: [Block], language: String) -> [Block] {
        blocks.map { block in
            var b = block
            switch block.content {
            case .heading(let level, let runs): b.content = .heading(level: level, apply(runs, language: language))
            case .paragraph(let runs): b.content = .paragraph(apply(runs, language: language))
            case .list(var list):
                list.items = list.items.map { var item = $0; item.blocks = apply(item.blocks, language: language); return item }
                b.content = .list(list)
            case .box(var box):
                box.blocks = apply(box.blocks, language: language)
                b.content = .box(box)
            case .table(var table):
                table.header = table.header.map { apply($0, language: language) }
                table.rows = table.rows.map { $0.map { apply($0, language: language) } }
                b.content = .table(table)
            default: break
            }
            return b
        }
    }

    static func openDouble(_ language: String) -> String {
        switch language {
        case "fr": return "«\u{202F}"
        case "es": return "«"
        default: return "\u{201C}"
        }
    }

    static func closeDouble(_ language: String) -> String {
        switch language {
        case "fr": return "\u{202F}»"
        case "es": return "»"
        default: return "\u{201D}"
        }
    }
}
