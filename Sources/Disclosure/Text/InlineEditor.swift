import Model

/// One replacement in flattened-text offsets.
package struct TextEdit: Hashable, Sendable {
    package var range: Range<Int>
    package var replacement: String
    package init(range: Range<Int>, replacement: String) { self.range = range; self.replacement = replacement }
}

/// Applies `TextEdit`s to an inline tree, keeping its markup: the replacement goes where the edited
/// range starts, the rest of the range (across emphasis, breaks and links) is removed, and markup
/// left empty disappears. Links whose destination must not be shown are unwrapped.
package struct InlineEditor {
    private let starts: [Int: TextEdit]
    private let sorted: [TextEdit]
    private let unwrap: (String, Range<Int>) -> Bool

    /// Edits must not overlap. `unwrapLink` is asked, for each link, with its destination and the
    /// offsets of its text, whether to drop the link and keep its text.
    package init(edits: [TextEdit], unwrapLink: @escaping (String, Range<Int>) -> Bool = { _, _ in false }) {
        self.sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var starts: [Int: TextEdit] = [:]
        for e in sorted { starts[e.range.lowerBound] = e }
        self.starts = starts
        self.unwrap = unwrapLink
    }

    package func apply(_ inlines: [Inline]) -> [Inline] {
        var offset = 0
        return rewrite(inlines, &offset)
    }

    /// Applies the edits to a plain string (offsets in its characters).
    package func apply(_ string: String) -> String {
        var offset = 0
        return rewriteLeaf(Array(string), &offset)
    }

    private func inside(_ i: Int) -> Bool {
        // Binary search for the last edit starting at or before i.
        var lo = 0, hi = sorted.count - 1, found = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sorted[mid].range.lowerBound <= i { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found >= 0 && sorted[found].range.contains(i) && sorted[found].range.lowerBound != i
    }

    private func rewriteLeaf(_ chars: [Character], _ offset: inout Int) -> String {
        var out = ""
        for c in chars {
            if let e = starts[offset] { out += e.replacement }
            else if !inside(offset) { out.append(c) }
            offset += 1
        }
        return out
    }

    private func rewrite(_ inlines: [Inline], _ offset: inout Int) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let s):
                let t = rewriteLeaf(Array(s), &offset)
                if !t.isEmpty { out.append(.text(t)) }
            case .code(let s):
                let t = rewriteLeaf(Array(s), &offset)
                if !t.isEmpty { out.append(.code(t)) }
            case .emphasis(let c):
                let r = rewrite(c, &offset)
                if !r.isEmpty { out.append(.emphasis(r)) }
            case .strong(let c):
                let r = rewrite(c, &offset)
                if !r.isEmpty { out.append(.strong(r)) }
            case .link(let dest, let c):
                let from = offset
                let r = rewrite(c, &offset)
                if unwrap(dest, from..<offset) { out.append(contentsOf: r) } else if !r.isEmpty { out.append(.link(destination: dest, r)) }
            case .image(let source, let c):
                let r = rewrite(c, &offset)
                if !r.isEmpty { out.append(.image(source: source, r)) }
            case .strikethrough(let c):
                let r = rewrite(c, &offset)
                if !r.isEmpty { out.append(.strikethrough(r)) }
            case .footnoteReference(let s):
                // A footnote number is never a name: kept, its characters counted.
                offset += s.count
                out.append(inline)
            case .lineBreak, .softBreak:
                if let e = starts[offset] { out.append(.text(e.replacement)) }
                else if !inside(offset) { out.append(inline) }
                offset += 1
            }
        }
        return merged(out)
    }

    /// Adjacent text leaves joined, so that later passes see one string.
    private func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for i in inlines {
            if case .text(let b) = i, case .text(let a)? = out.last { out[out.count - 1] = .text(a + b) } else { out.append(i) }
        }
        return out
    }
}
