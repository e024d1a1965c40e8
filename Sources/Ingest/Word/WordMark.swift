import Diagnostics
import Foundation
import Model

/// The mark a Word note ends a point with, `[act 2.3; region lac; internal; same KEY; women]`
/// (SPEC 1): the attribute block of a Markdown note, spelt so that nobody has to type braces.
/// It is turned into that block (`{act=2.3 region=lac .internal same=KEY .women}`), which the
/// note reader checks as it checks any. A bracket that reads like a mark but does not parse is
/// an error, never text: `[interal]` must not print a point meant to stay internal.
enum WordMark {
    static let keys = ["act", "region", "same"]
    static let flags = ["internal", "government"]
    /// Words that say who may read a point, in the meeting's languages: in brackets at a point's
    /// end they are meant as a mark, whatever the brackets or the spelling.
    static let clearanceWords: Set<String> = [
        "internal", "interno", "interna", "internos", "internas", "interne", "internes", "intern",
        "government", "governments", "gobierno", "gobiernos", "gouvernement", "gouvernements",
        "confidential", "confidencial", "confidentiel", "confidentielle", "private", "privado", "privada", "privé", "privée",
        "restricted", "restringido", "restreint", "restreinte", "secret", "secreto",
    ]
    /// Brackets that are not square but may be meant as a mark's: `(internal)`, `［internal］`, `⟦…⟧`.
    static let otherBrackets: [(Character, Character)] = [
        ("(", ")"), ("［", "］"), ("【", "】"), ("〔", "〕"), ("⟦", "⟧"), ("‹", "›"), ("⁅", "⁆"), ("﹝", "﹞"),
        ("「", "」"), ("『", "』"), ("«", "»"), ("〈", "〉"), ("⟨", "⟩"), ("＜", "＞"), ("（", "）"), ("｛", "｝"),
    ]

    enum Reading: Equatable {
        /// Not a mark: `[sic]`, `[translated]`.
        case prose
        /// A mark, as the attribute block it stands for.
        case block(String)
        /// Mark-like but unreadable: the part that cannot be read.
        case broken(String)
    }

    /// Reads the text between the brackets. `tags` are the meeting's tags (a bare tag alone is a mark).
    static func read(_ body: String, tags: Set<String>) -> Reading {
        let parts = body.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return .prose }
        var out: [String] = []
        var markLike = false
        var broken: String?
        for part in parts {
            let words = part.split(whereSeparator: { $0 == " " || $0 == "=" || $0 == ":" }).map(String.init)
            let head = words.first?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) ?? ""
            if keys.contains(head), words.count == 2 {
                out.append("\(head)=\(words[1])"); markLike = true
            } else if flags.contains(head), words.count == 1 {
                out.append(".\(head)"); markLike = true
            } else if words.count == 1, tags.contains(head) {
                out.append(".\(head)")
            } else {
                if (keys + flags).contains(where: { head == $0 || Suggestion.isNearMiss(head, of: $0) }) { markLike = true }
                if words.contains(where: { clearanceWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) { markLike = true }
                if words.count == 1, tags.contains(where: { Suggestion.isNearMiss(head, of: $0) }) { markLike = markLike || parts.count > 1 }
                broken = broken ?? part
            }
        }
        if let broken { return markLike || !out.isEmpty ? .broken(broken) : .prose }
        return out.isEmpty ? .prose : .block("{" + out.joined(separator: " ") + "}")
    }

    /// Replaces a trailing mark of `inlines` by its attribute block; reports a broken or misplaced
    /// one, and then ends the point with `{.internal}`: unsure what its author meant, the reader
    /// takes the strictest reading (the build stops anyway).
    static func apply(_ inlines: [Inline], tags: Set<String>, at span: SourceSpan,
                      diagnostics: inout DiagnosticBag) -> [Inline] {
        var inlines = inlines
        while case .text(let t)? = inlines.last, t.allSatisfy(\.isWhitespace) { inlines.removeLast() }
        // Every bracket group of the paragraph: a mark is only allowed last, on plain text.
        let text = inlines.plainText
        if let body = trailingOtherBracket(text, tags: tags) {
            diagnostics.error(.badAttribute, at: span, "'\(body)' at the end of the point reads like a mark in the wrong brackets",
                              hint: "write a mark in square brackets, e.g. [internal], or reword the end of the point")
            return inlines + [.text(" {.internal}")]
        }
        let groups = brackets(in: text)
        for (i, g) in groups.enumerated() {
            let isLast = i == groups.count - 1 && text[g.range.upperBound...].allSatisfy(\.isWhitespace)
            switch read(g.body, tags: tags) {
            case .prose: continue
            case .broken(let part):
                diagnostics.error(.badAttribute, at: span, "cannot read '\(part)' in the mark '[\(g.body)]'",
                                  hint: "write e.g. [act 2.3; region lac; internal; same KEY; women]")
                return inlines + [.text(" {.internal}")]
            case .block(let block):
                guard isLast, case .text(let last)? = inlines.last, let r = last.range(of: "[" + g.body + "]", options: .backwards),
                      last[r.upperBound...].allSatisfy(\.isWhitespace) else {
                    diagnostics.error(.badAttribute, at: span,
                                      "the mark '[\(g.body)]' must end the paragraph, in plain text (not bold, italic or a link)",
                                      hint: "move it to the end: '… text [\(g.body)]'")
                    return inlines + [.text(" {.internal}")]
                }
                inlines[inlines.count - 1] = .text(String(last[..<r.lowerBound]) + block)
            }
        }
        return inlines
    }

    /// Whether `text` holds something read as a mark, or meant as one: a square-bracket mark, or
    /// clearance words in other brackets at the end.
    static func looksLikeMark(_ text: String, tags: Set<String>) -> Bool {
        for g in brackets(in: text) where read(g.body, tags: tags) != .prose { return true }
        return trailingOtherBracket(text, tags: tags) != nil
    }

    /// The body of a last bracket group of another kind, when it reads like a mark.
    static func trailingOtherBracket(_ text: String, tags: Set<String>) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: ")}］】〕⟧›⁆﹞」』»〉⟩＞）｝"))))
        for (open, close) in otherBrackets where t.last == close {
            guard let o = t.lastIndex(of: open) else { continue }
            let body = String(t[t.index(after: o)..<t.index(before: t.endIndex)])
            let words = body.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," || $0 == "=" || $0 == "." })
            guard !words.isEmpty, words.count <= 5 else { continue }
            if read(body, tags: tags) != .prose || words.contains(where: { clearanceWords.contains($0.lowercased()) }) { return body }
        }
        return nil
    }

    /// `[…]` groups of a text (not nested), with their bodies.
    private static func brackets(in text: String) -> [(range: Range<String.Index>, body: String)] {
        var out: [(Range<String.Index>, String)] = []
        var open: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "[" { open = i }
            else if text[i] == "]", let o = open {
                out.append((o..<text.index(after: i), String(text[text.index(after: o)..<i])))
                open = nil
            }
            i = text.index(after: i)
        }
        return out
    }
}
