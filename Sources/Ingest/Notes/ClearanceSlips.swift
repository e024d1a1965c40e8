import Diagnostics
import Foundation
import Model

/// The ways a rapporteur *means* a clearance and the reader would miss it (SPEC 1, "fail
/// closed"): text that looks like an attribute block but is not a valid trailing one, and a line
/// that reads like a section heading without being one. Each is an error at its place, never text:
/// printing it would publish what its author meant to keep internal.
enum ClearanceSlips {
    /// Attribute-like text left in an item's inlines once its trailing block was split off:
    /// `{.internal}.`, a block at the start, a second block, a block inside emphasis or a link,
    /// `(.internal)`, `[.government]`. Returns the offending literal, or nil.
    static func strayAttribute(in inlines: [Inline]) -> String? {
        for text in texts(of: inlines) {
            if let hit = firstMatch(Self.braces, in: text) ?? firstMatch(Self.dotted, in: text) { return hit }
        }
        return nil
    }

    /// A clearance written in words rather than as a block: a Word-style mark in brackets
    /// (`[internal]`, `(internal)`, `[act 2.3; internal]`, `[interne]`, `(do not publish)`) or a
    /// label (`INTERNAL ONLY:`, `NO PUBLICAR:`). In a Markdown note these are text, so the point
    /// would print with its author's wish beside it. Returns the offending literal, or nil.
    static func clearanceInWords(in inlines: [Inline]) -> String? {
        for text in texts(of: inlines) {
            let chars = Array(text)
            var i = 0
            while i < chars.count {
                let open = chars[i]
                let close: Character? = open == "[" ? "]" : WordMark.otherBrackets.first { $0.0 == open }?.1
                if let close, let end = chars[(i + 1)...].prefix(120).firstIndex(of: close) {
                    let body = String(chars[(i + 1)..<end])
                    let parts = body.split(whereSeparator: { $0 == ";" || $0 == "," })
                        .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "."))).lowercased() }
                    // At the end of the line, as a mark stands ("… plenary. [internal]"), or a
                    // list of a mark's parts anywhere; "(Internal) migrants …" is prose.
                    let atEnd = chars[(end + 1)...].allSatisfy { $0.isWhitespace || $0.isPunctuation }
                    if (atEnd || parts.count > 1) && parts.contains(where: { WordMark.clearanceWords.contains($0) })
                        || Self.saysKeepInternal(body) {
                        return String(chars[i...end])
                    }
                }
                i += 1
            }
            // A label before a colon that says who may read what follows.
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                let label = String(trimmed[..<colon])
                let words = label.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
                let onlyClearance = !words.isEmpty && words.contains(where: { WordMark.clearanceWords.contains($0) })
                    && words.allSatisfy { WordMark.clearanceWords.contains($0) || Self.labelFillers.contains($0) }
                if words.count <= 4, onlyClearance || Self.saysKeepInternal(label) {
                    return String(trimmed[...colon])
                }
            }
        }
        return nil
    }

    /// Phrases that ask for a text not to be published, in the meeting's languages.
    private static let keepInternalPhrases = [
        "do not publish", "not for publication", "not for distribution", "off the record", "internal only", "for internal use",
        "no publicar", "no difundir", "solo interno", "sólo interno", "uso interno", "no para publicación",
        "ne pas publier", "ne pas diffuser", "usage interne", "interne seulement", "à ne pas diffuser",
    ]

    /// Words that may stand beside a clearance word in a label (`INTERNAL ONLY:`, `SOLO INTERNO:`).
    private static let labelFillers: Set<String> = ["only", "use", "for", "solo", "sólo", "uso", "para", "seulement", "usage", "pour", "strictly", "estrictamente", "strictement", "note", "nota"]

    private static func saysKeepInternal(_ text: String) -> Bool {
        let folded = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        return keepInternalPhrases.contains { (" " + folded + " ").contains(" " + $0 + " ") }
    }

    /// A `{…}` that is not plain prose: a class, a key=value, or a word alone (`{internal}`), or an
    /// opening `{.` / `{act=` left unclosed.
    private static let braces = try? NSRegularExpression(
        pattern: #"\{\s*(?:[.#][^{}\s]*|[\p{L}_-]+\s*=[^{}]*|[\p{L}_.-]+)\s*(?:[^{}]{0,80}\}|$)"#)
    /// `.internal` / `.government` written anywhere but in a valid block: `(.internal)`, `[.internal]`.
    private static let dotted = try? NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}])\.(?:internal|government|interno|interne|gobierno|gouvernement)(?![\p{L}\p{N}])"#,
        options: [.caseInsensitive])

    /// The first match; the whole text when the pattern could not be compiled (fail closed).
    private static func firstMatch(_ re: NSRegularExpression?, in text: String) -> String? {
        guard let re else { return text }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return ns.substring(with: m.range)
    }

    /// Every text run of the inlines, with the texts inside emphasis, links and images.
    private static func texts(of inlines: [Inline]) -> [String] {
        var out: [String] = []
        var current = ""
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let s), .code(let s): current += s
                case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c), .strikethrough(let c): walk(c)
                case .footnoteReference(let s): current += s
                case .lineBreak, .softBreak: out.append(current); current = ""
                }
            }
        }
        walk(inlines)
        out.append(current)
        return out
    }

    /// The section a line of an item reads like (SPEC 1): the whole line (a bold line, a plain
    /// label) or the label before a colon (`States first: two governments…`), matched by
    /// heading, id or alias, or within a typo of one; or a heading or alias exactly before a dash
    /// or a full stop, or in brackets. Nil when no line does.
    static func headingLikeLine(in inlines: [Inline], sections: SectionMatcher) -> (line: String, section: Section)? {
        for line in texts(of: inlines) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            var candidates = [trimmed]
            if let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                let label = String(trimmed[..<colon])
                if label.split(whereSeparator: \.isWhitespace).count <= 6 { candidates.append(label) }
            }
            for c in candidates {
                if let s = sections.section(for: c) ?? sections.nearSection(for: c) { return (trimmed, s) }
            }
            // A heading or alias as a label before a dash or a full stop, or in brackets at the
            // start ("States first — …", "Primero los Estados. …", "(States first) …"): exactly,
            // not an id or a near miss ("Questions. Three came up" is prose).
            var labels: [Substring] = []
            for dash in [" — ", " – ", " - ", "—", "–", " -- "] {
                if let r = trimmed.range(of: dash) { labels.append(trimmed[..<r.lowerBound]) }
            }
            if let stop = trimmed.range(of: ". ") { labels.append(trimmed[..<stop.lowerBound]) }
            if let open = trimmed.first, let close = ["(": ")", "[": "]", "{": "}"][open],
               let end = trimmed.dropFirst().firstIndex(of: Character(close)) {
                labels.append(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
            }
            for label in labels {
                if let s = sections.section(named: String(label).trimmingCharacters(in: .whitespaces)) { return (trimmed, s) }
            }
        }
        return nil
    }

    /// A table cell that is a section's heading or alias, exactly.
    static func headingCell(in inlines: [Inline], sections: SectionMatcher) -> (line: String, section: Section)? {
        let text = inlines.plainText.trimmingCharacters(in: .whitespaces)
        return sections.section(named: text).map { (text, $0) }
    }

    /// Where `literal` first appears in the lines of `span`, else the span's start.
    static func locate(_ literal: String, in span: SourceSpan, file: SourceFile) -> SourceSpan {
        let last = max(span.start.line, min(span.end.line, span.start.line + 400))
        for line in span.start.line...last {
            let text = file.lineText(line)
            if var start = text.range(of: literal)?.lowerBound {
                // Point at the emphasis that opens it (`**States first**`), not inside it.
                while start > text.startIndex, "*_".contains(text[text.index(before: start)]) { start = text.index(before: start) }
                let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start) + 1
                return SourceSpan(path: file.path, line: line, column: column)
            }
        }
        return span
    }
}
