import Diagnostics
import Foundation
import Model

/// A trailing Pandoc-style attribute block on an item, `{act=3.6 region=asia .women same=KEY}`,
/// parsed but not yet resolved against the meeting.
struct AttributeBlock: Sendable {
    struct Value { var text: String; var span: SourceSpan }
    var act: Value?
    var region: Value?
    var same: Value?
    /// Classes other than `internal` and `government`: tags.
    var tags: [Value] = []
    /// `.internal` or `.government`, the stricter if both.
    var clearance: Clearance?
    var span: SourceSpan

    /// Splits a trailing `{…}` off `inlines`. Returns the inlines without it and the parsed block,
    /// or nil for the block when there is none; a block that does not parse is reported and dropped.
    static func split(_ inlines: [Inline], searchFrom span: SourceSpan, in file: SourceFile,
                      diagnostics: inout DiagnosticBag) -> ([Inline], AttributeBlock?) {
        var inlines = inlines
        while inlines.count >= 2, case .text(let a) = inlines[inlines.count - 2], case .text(let b) = inlines[inlines.count - 1] {
            inlines.removeLast(2)
            inlines.append(.text(a + b))
        }
        guard case .text(let last)? = inlines.last else { return (inlines, nil) }
        // Trailing whitespace only: the run's leading space separates it from the emphasis before
        // it ("***Berg*** presented" must not become "Bergpresented").
        var trimmed = Substring(last)
        while let c = trimmed.last, c == " " || c == "\t" { trimmed.removeLast() }
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return (inlines, nil) }
        let body = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        let location = locate("{" + body + "}", from: span, in: file)
        var rest = inlines
        let before = String(trimmed[..<open])
        let kept = before.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        rest[rest.count - 1] = .text(kept)
        if kept.isEmpty { rest.removeLast() }
        while let l = rest.last, l == .softBreak || l == .lineBreak { rest.removeLast() }
        var block = AttributeBlock(span: location)
        let tokens = body.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if tokens.isEmpty {
            diagnostics.error(.badAttribute, at: location, "empty attribute block '{}'",
                              hint: "write e.g. {act=3.6 region=asia .women}")
            return (rest, nil)
        }
        var ok = true
        for token in tokens {
            if token.hasPrefix("."), token.count > 1 {
                let name = String(token.dropFirst())
                switch name {
                case "internal": block.clearance = .internal
                case "government": block.clearance = block.clearance == .internal ? .internal : .government
                default: block.tags.append(Value(text: name, span: location))
                }
            } else if let eq = token.firstIndex(of: "="), eq != token.startIndex, token.index(after: eq) != token.endIndex {
                let key = String(token[..<eq])
                var value = String(token[token.index(after: eq)...])
                if value.count >= 2, value.first == "\"" || value.first == "'", value.last == value.first {
                    value = String(value.dropFirst().dropLast())
                }
                let v = Value(text: value, span: location)
                switch key {
                case "act": block.act = v
                case "region": block.region = v
                case "same": block.same = v
                default:
                    diagnostics.error(.badAttribute, at: location, "unknown attribute '\(key)' in '{\(body)}'",
                                      hint: Suggestion.hint(for: key, among: ["act", "region", "same"]))
                    ok = false
                }
            } else {
                diagnostics.error(.badAttribute, at: location, "cannot read '\(token)' in attribute block '{\(body)}'",
                                  hint: "write key=value (act, region, same) or .class")
                ok = false
            }
        }
        return (rest, ok ? block : nil)
    }

    /// Where `literal` appears in the lines of `span` (its last occurrence), else the span's start.
    private static func locate(_ literal: String, from span: SourceSpan, in file: SourceFile) -> SourceSpan {
        let last = max(span.start.line, min(span.end.line, span.start.line + 200))
        for line in stride(from: last, through: span.start.line, by: -1) {
            let text = file.lineText(line)
            if let r = text.range(of: literal, options: .backwards) {
                let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound) + 1
                return SourceSpan(path: file.path, line: line, column: column)
            }
        }
        return span
    }
}
