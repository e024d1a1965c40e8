import Diagnostics
import Model

/// The plain text of an inline run, one `Character` per position, with its tokens. Offsets are
/// the positions `InlineEditor` rewrites: flattening and rewriting walk the tree in the same order,
/// so emphasis, links and breaks survive (`**Ana** Ruiz` is found as one name).
package struct FlatText: Sendable {
    package var chars: [Character]
    package var tokens: [Token]
    /// Offsets of the characters that were line breaks in the source (soft or hard).
    package var breaks: [Int] = []

    package init(_ inlines: [Inline]) {
        var chars: [Character] = []
        var breaks: [Int] = []
        Self.flatten(inlines, into: &chars, breaks: &breaks)
        self.init(chars: chars)
        self.breaks = breaks
    }

    package init(_ string: String) { self.init(chars: Array(string)) }

    package init(chars: [Character]) {
        self.chars = chars
        self.tokens = Tokenizer.tokenize(chars)
    }

    package var string: String { String(chars) }

    package func text(_ range: Range<Int>) -> String { String(chars[range]) }

    static func flatten(_ inlines: [Inline], into chars: inout [Character], breaks: inout [Int]) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): chars.append(contentsOf: s)
            case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c): flatten(c, into: &chars, breaks: &breaks)
            case .lineBreak: breaks.append(chars.count); chars.append("\n")
            case .softBreak: breaks.append(chars.count); chars.append(" ")
            }
        }
    }

    /// The source line and column of an offset, given where the text starts: lines counted from
    /// the breaks; a column after a break counts from where that line's text starts
    /// (`indents[k]`: the columns before the text of the k-th line after the first; 0 if unknown).
    package func location(of offset: Int, from start: SourceLocation, indents: [Int] = []) -> SourceLocation {
        let before = breaks.filter { $0 < offset }
        guard let last = before.last else { return SourceLocation(line: start.line, column: start.column + offset) }
        let indent = before.count <= indents.count ? indents[before.count - 1] : 0
        return SourceLocation(line: start.line + before.count, column: offset - last + indent)
    }
}
