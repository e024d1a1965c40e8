import Diagnostics
import Model

/// Rewrites one item — its text, or each cell of its table — and records what it did.
package enum ItemRewriting {
    package static func rewrite(_ item: Item, with rewriter: Rewriter, in c: ContentContext, fallback: Language)
        -> (ItemContent, Language, [RedactionRecord], String, [String]) {
        let language = rewriter.language(of: item.content.plainText)
        var records: [RedactionRecord] = []
        var statesNamed: [String] = []
        var firstState: SourceSpan?   // where the first state named stands
        // The source text with every replaced mention masked: what recurring messages are
        // compared on (SPEC 4), never the descriptors, which make unrelated points look alike.
        var masked: [String] = []
        // States named and kept (a topic, or the state a question is put to).
        var namedIDs: [String] = []
        func run(_ inlines: [Inline]) -> [Inline] {
            let (rewritten, out, flat) = rewriter.rewrite(inlines, in: c, language: language)
            func span(_ offset: Int) -> SourceSpan {
                SourceSpan(path: item.span.path, start: flat.location(of: offset, from: item.textStart ?? item.span.start,
                                                                      indents: item.lineIndents))
            }
            for u in out.units {
                // A deleted adjective takes its space with it ("the 2015 Mexican programme"):
                // the log points at the word.
                var start = u.range.lowerBound
                while start < u.range.upperBound - 1, flat.chars[start].isWhitespace { start += 1 }
                records.append(RedactionRecord(kind: .rewrite, span: span(start), original: flat.text(start..<u.range.upperBound),
                                               replacement: u.text, reason: u.reason, item: item.id))
            }
            for m in out.ambiguous {
                let unit = out.units.first { $0.range.contains(m.range.lowerBound) }
                let reason = "the family name of \(rewriter.describe(m.referent)) is also a word"
                    + (unit != nil ? "; read as a name and rewritten" : "; left as written")
                records.append(RedactionRecord(kind: .surnameAtSentenceStart, span: span(m.range.lowerBound),
                                               original: flat.text(m.range), replacement: unit?.text ?? "",
                                               reason: reason, item: item.id))
            }
            var chars = flat.chars
            for u in out.units.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                chars.replaceSubrange(u.range, with: [" "])
            }
            masked.append(String(chars))
            for (range, reason) in out.suspicions {
                records.append(RedactionRecord(kind: .suspicion, span: span(range.lowerBound), original: flat.text(range),
                                               replacement: "", reason: reason, item: item.id))
            }
            if firstState == nil, let m = out.statesNamed.first { firstState = span(m.range.lowerBound) }
            statesNamed += out.statesNamed.map { flat.text($0.range) }
            for m in out.statesNamed {
                for r in [m.referent] + m.others { if case .state(let id) = r, !namedIDs.contains(id) { namedIDs.append(id) } }
            }
            return rewritten
        }
        let content: ItemContent
        switch item.content {
        case .text(let inlines): content = .text(run(inlines))
        case .table(var t):
            t.header = t.header.map(run)
            t.rows = t.rows.map { $0.map(run) }
            content = .table(t)
        }
        // Governments will read this: a government item from a session without governments that
        // names a state.
        if item.clearance == .government, let s = c.session, !rewriter.participation.hasGovernment(at: s), !statesNamed.isEmpty {
            var seen = Set<String>()
            let names = statesNamed.filter { seen.insert($0).inserted }.map { "'\($0)'" }.joined(separator: ", ")
            records.append(RedactionRecord(kind: .governmentItemNamesState, span: firstState ?? item.span, original: names, replacement: "",
                                           reason: "a question from session \(s), where no government was present", item: item.id))
        }
        return (content, language, records, masked.joined(separator: " "), namedIDs)
    }
}
