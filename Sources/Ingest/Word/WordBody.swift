import Foundation
import Model

/// One paragraph of a Word body as the note reader sees it.
struct WordParagraph {
    /// 1-based position among all paragraphs of the body, table cells included: the line of a
    /// diagnostic (SPEC 1).
    var number: Int
    var style: String?
    var outlineLevel: Int?
    var numbering: (numID: String, level: Int?)?
    var inlines: [Inline]
    var text: String { inlines.plainText }
}

/// A block of a Word body: a paragraph or a table of cells of paragraphs.
enum WordBlock {
    case paragraph(WordParagraph)
    case table(rows: [[[WordParagraph]]], number: Int)
}

/// What a Word file holds that is never read into an output (SPEC 1); each becomes one warning.
enum WordSkip: String, CaseIterable, Comparable {
    case trackedDeletions = "tracked deletions"
    case trackedInsertions = "unaccepted tracked insertions (read as if accepted)"
    case comments = "comments"
    case footnotes = "footnotes or endnotes"
    case textBoxes = "text boxes or shapes"
    case pictures = "pictures"
    case hiddenText = "hidden text"
    case headersFooters = "headers and footers"
    case equations = "equations"
    case embeddedObjects = "embedded objects"
    case symbols = "symbol-font characters"

    static func < (a: WordSkip, b: WordSkip) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Walks `w:body` of `word/document.xml` into paragraphs and tables. Reads what a reader of the
/// printed page sees: insertions, field results, hyperlinks' text; never deletions, hidden text,
/// comments, footnotes, text boxes or field instructions, which are counted in `skipped`.
struct WordBodyReader {
    let styles: WordStyles
    /// Relationship id → external target (hyperlinks).
    let links: [String: String]
    var skipped: Set<WordSkip> = []
    private var paragraphCount = 0

    init(styles: WordStyles, links: [String: String]) {
        self.styles = styles
        self.links = links
    }

    mutating func read(body: WordElement) -> [WordBlock] {
        var out: [WordBlock] = []
        blocks(in: body, into: &out)
        return out
    }

    private mutating func blocks(in container: WordElement, into out: inout [WordBlock]) {
        for e in container.children {
            switch e.name {
            case "w:p": out.append(.paragraph(paragraph(e)))
            case "w:tbl": out.append(table(e))
            case "w:sdt": if let c = e.child("w:sdtContent") { blocks(in: c, into: &out) }
            case "w:customXml", "w:ins", "w:moveTo": blocks(in: e, into: &out)
            case "w:del", "w:moveFrom": skipped.insert(.trackedDeletions)
            case "mc:AlternateContent": skipped.insert(.textBoxes)
            default: continue  // w:sectPr, bookmarks, permissions, proofing marks
            }
        }
    }

    private mutating func table(_ tbl: WordElement) -> WordBlock {
        let number = paragraphCount + 1
        var rows: [[[WordParagraph]]] = []
        for row in Self.wrapped(tbl, "w:tr") {
            if row.child("w:trPr")?.child("w:del") != nil {
                skipped.insert(.trackedDeletions)
                continue
            }
            var cells: [[WordParagraph]] = []
            for tc in Self.wrapped(row, "w:tc") {
                var blocks: [WordBlock] = []
                self.blocks(in: tc, into: &blocks)
                cells.append(blocks.flatMap(Self.paragraphs))
            }
            rows.append(cells)
        }
        return .table(rows: rows, number: number)
    }

    /// The children of `e` named `name`, also those wrapped in content controls or custom XML.
    private static func wrapped(_ e: WordElement, _ name: String) -> [WordElement] {
        var out: [WordElement] = []
        for c in e.children {
            if c.name == name { out.append(c) }
            else if c.name == "w:sdt", let inner = c.child("w:sdtContent") { out += wrapped(inner, name) }
            else if c.name == "w:customXml" { out += wrapped(c, name) }
        }
        return out
    }

    /// Paragraphs of a block (a nested table's cells flattened in order).
    private static func paragraphs(_ b: WordBlock) -> [WordParagraph] {
        switch b {
        case .paragraph(let p): return [p]
        case .table(let rows, _): return rows.flatMap { $0.flatMap { $0 } }
        }
    }

    private mutating func paragraph(_ p: WordElement) -> WordParagraph {
        paragraphCount += 1
        let ppr = p.child("w:pPr")
        let style = ppr?.child("w:pStyle")?["w:val"]
        var paragraph = WordParagraph(number: paragraphCount, style: style, inlines: [])
        if let v = ppr?.child("w:outlineLvl")?["w:val"], let n = Int(v), n < 9 { paragraph.outlineLevel = n + 1 }
        if let num = ppr?.child("w:numPr") {
            paragraph.numbering = (num.child("w:numId")?["w:val"] ?? styles.numbering(style)?.numID ?? "0",
                                   num.child("w:ilvl")?["w:val"].flatMap { Int($0) })
        }
        var collector = RunCollector()
        let paragraphHidden = styles.isHidden(style)
        content(of: p, link: nil, hidden: paragraphHidden, into: &collector)
        paragraph.inlines = collector.inlines()
        return paragraph
    }

    /// Reads the inline content of `e` (a paragraph, hyperlink, insertion, field…) into `out`.
    private mutating func content(of e: WordElement, link: String?, hidden: Bool, into out: inout RunCollector) {
        for c in e.children {
            switch c.name {
            case "w:r": run(c, link: link, hidden: hidden, into: &out)
            case "w:hyperlink":
                let target = c["r:id"].flatMap { links[$0] } ?? link
                content(of: c, link: target, hidden: hidden, into: &out)
            case "w:ins", "w:moveTo":
                skipped.insert(.trackedInsertions)
                content(of: c, link: link, hidden: hidden, into: &out)
            case "w:del", "w:moveFrom":
                skipped.insert(.trackedDeletions)
            case "w:fldSimple", "w:smartTag", "w:customXml", "w:dir", "w:bdo":
                content(of: c, link: link, hidden: hidden, into: &out)
            case "w:sdt":
                if let inner = c.child("w:sdtContent") { content(of: inner, link: link, hidden: hidden, into: &out) }
            case "w:commentRangeStart", "w:commentRangeEnd":
                skipped.insert(.comments)
            case "m:oMath", "m:oMathPara":
                skipped.insert(.equations)
            case "mc:AlternateContent":
                skipped.insert(.textBoxes)
            default:
                continue  // w:pPr, bookmarks, proofing errors, permissions
            }
        }
    }

    private mutating func run(_ r: WordElement, link: String?, hidden: Bool, into out: inout RunCollector) {
        let rpr = r.child("w:rPr")
        let character = styles.runFormat(rpr?.child("w:rStyle")?["w:val"])
        let isHidden = hidden || character.hidden || WordStyles.isOn(rpr?.child("w:vanish"))
            || WordStyles.isOn(rpr?.child("w:webHidden"))
        let bold = rpr?.child("w:b").map { WordStyles.isOn($0) } ?? character.bold ?? false
        let italic = rpr?.child("w:i").map { WordStyles.isOn($0) } ?? character.italic ?? false
        let format = RunCollector.Format(bold: bold, italic: italic, link: link)
        for c in r.children {
            switch c.name {
            case "w:t":
                if isHidden { if !c.text.isEmpty { skipped.insert(.hiddenText) }; continue }
                if out.inFieldInstruction { continue }
                out.append(c.text, format)
            case "w:tab", "w:ptab":
                if !isHidden && !out.inFieldInstruction { out.append(" ", format) }
            case "w:br", "w:cr":
                if isHidden || out.inFieldInstruction { continue }
                let type = c["w:type"] ?? "textWrapping"
                out.append(type == "textWrapping" ? .lineBreak : .softBreak)
            case "w:noBreakHyphen":
                if !isHidden && !out.inFieldInstruction { out.append("\u{2011}", format) }
            case "w:fldChar":
                switch c["w:fldCharType"] {
                case "begin": out.fields.append(true)
                case "separate": if !out.fields.isEmpty { out.fields[out.fields.count - 1] = false }
                case "end": _ = out.fields.popLast()
                default: break
                }
            case "w:delText", "w:delInstrText": skipped.insert(.trackedDeletions)
            case "w:commentReference", "w:annotationRef": skipped.insert(.comments)
            case "w:footnoteReference", "w:endnoteReference": skipped.insert(.footnotes)
            case "w:drawing", "w:pict", "mc:AlternateContent", "w:object":
                let hasText = !c.descendants(where: { $0.name == "w:txbxContent" || $0.name == "v:textbox" }).isEmpty
                skipped.insert(c.name == "w:object" ? .embeddedObjects : hasText ? .textBoxes : .pictures)
            case "w:sym": skipped.insert(.symbols)
            case "w:ruby":
                if let base = c.child("w:rubyBase") {
                    for rr in base.children where rr.name == "w:r" { run(rr, link: link, hidden: hidden, into: &out) }
                }
            default: continue  // w:rPr, w:instrText, w:softHyphen, w:lastRenderedPageBreak
            }
        }
    }
}

/// Gathers a paragraph's text pieces with their formatting and builds `Inline` trees, merging
/// neighbours of the same formatting (Word splits text into runs for spell-checking and edits).
struct RunCollector {
    struct Format: Equatable { var bold: Bool; var italic: Bool; var link: String? }
    enum Piece { case text(String, Format), brk(Inline) }
    private var pieces: [Piece] = []
    /// Fields being read, innermost last: true while in the field's instruction part.
    var fields: [Bool] = []
    var inFieldInstruction: Bool { fields.last == true }

    mutating func append(_ s: String, _ f: Format) {
        guard !s.isEmpty else { return }
        if case .text(let t, let g)? = pieces.last, g == f { pieces[pieces.count - 1] = .text(t + s, f) } else { pieces.append(.text(s, f)) }
    }

    mutating func append(_ b: Inline) { pieces.append(.brk(b)) }

    func inlines() -> [Inline] {
        var out: [Inline] = []
        var i = 0
        while i < pieces.count {
            switch pieces[i] {
            case .brk(let b):
                out.append(b); i += 1
            case .text(_, let f) where f.link != nil:
                var inner: [Inline] = []
                while i < pieces.count, case .text(let t, let g) = pieces[i], g.link == f.link {
                    inner.append(Self.wrap(t, g)); i += 1
                }
                out.append(.link(destination: f.link ?? "", inner))
            case .text(let t, let f):
                out.append(Self.wrap(t, f)); i += 1
            }
        }
        return out
    }

    private static func wrap(_ t: String, _ f: Format) -> Inline {
        // Italic outside bold, as CommonMark reads `***both***`.
        var x = Inline.text(t)
        if f.bold { x = .strong([x]) }
        if f.italic { x = .emphasis([x]) }
        return x
    }
}
