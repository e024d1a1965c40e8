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
    /// Offsets where markup opens or closes (emphasis, links, code): a word may run across one
    /// ("Ro**sa Flo**res") or end at one ("*Ms. Haddad*reported").
    package var boundaries: [Int] = []

    package init(_ inlines: [Inline]) {
        var chars: [Character] = []
        var breaks: [Int] = []
        var boundaries: [Int] = []
        Self.flatten(inlines, into: &chars, breaks: &breaks, boundaries: &boundaries)
        self.init(chars: chars)
        self.breaks = breaks
        self.boundaries = boundaries
    }

    /// The same text tokenized again with a word split at each markup boundary inside it for
    /// which `split` says so (the rewriter splits where the joined word is no form but a part
    /// may be: "*Ms. Haddad*reported").
    package func splitting(where split: (_ joined: Token, _ at: Int) -> Bool) -> FlatText {
        guard !boundaries.isEmpty else { return self }
        var cuts = Set<Int>()
        var k = 0
        for b in boundaries {
            while k < tokens.count, tokens[k].end <= b { k += 1 }
            guard k < tokens.count, tokens[k].start < b, b < tokens[k].end else { continue }
            if split(tokens[k], b) { cuts.insert(b) }
        }
        guard !cuts.isEmpty else { return self }
        var copy = self
        copy.tokens = Tokenizer.tokenize(chars, cuts: cuts)
        return copy
    }

    package init(_ string: String) { self.init(chars: Array(string)) }

    package init(chars: [Character]) {
        self.chars = chars
        self.tokens = Tokenizer.tokenize(chars)
    }

    package var string: String { String(chars) }

    package func text(_ range: Range<Int>) -> String { String(chars[range]) }

    static func flatten(_ inlines: [Inline], into chars: inout [Character], breaks: inout [Int], boundaries: inout [Int]) {
        for inline in inlines {
            switch inline {
            case .text(let s): chars.append(contentsOf: s)
            case .code(let s), .footnoteReference(let s):
                boundaries.append(chars.count); chars.append(contentsOf: s); boundaries.append(chars.count)
            case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c), .strikethrough(let c):
                boundaries.append(chars.count)
                flatten(c, into: &chars, breaks: &breaks, boundaries: &boundaries)
                boundaries.append(chars.count)
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
