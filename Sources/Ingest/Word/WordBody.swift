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
    /// Left indentation in twips (direct, else from the style).
    var indent: Int?
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

/// Walks `w:body` of the main part into paragraphs and tables. Reads what a reader of the
/// printed page sees: insertions, field results, hyperlinks' text; never deletions, hidden text,
/// comments, footnotes, text boxes or field instructions, which are counted in `skipped`. Content
/// it cannot be sure how Word shows — an element of an unknown kind or namespace holding text,
/// alternate content, imported chunks, data-bound controls — is a `problem`: the note is not
/// read (fail closed), never read half.
struct WordBodyReader {
    let styles: WordStyles
    /// Relationship id → external target (hyperlinks).
    let links: [String: String]
    var skipped: Set<WordSkip> = []
    /// Paragraph number → what could not be read safely there.
    var problems: [(paragraph: Int, message: String)] = []
    private var paragraphCount = 0
    /// Fields being read, innermost last: true while in a field's instruction part. Fields run
    /// across paragraphs, and a field inside another's instruction is instruction too.
    private var fields: [Bool] = []
    /// The hiding of the table being read (its table style's `w:vanish`), when it says.
    private var tableHidden: Bool?

    init(styles: WordStyles, links: [String: String]) {
        self.styles = styles
        self.links = links
    }

    var inFieldInstruction: Bool { fields.contains(true) }

    mutating func read(body: WordElement) -> [WordBlock] {
        var out: [WordBlock] = []
        blocks(in: body, into: &out)
        return out
    }

    /// Text a person would see in `e`, or in a part of it: any `w:t`, `w:delText` aside.
    static func holdsText(_ e: WordElement) -> Bool {
        !e.descendants { ($0.name == "w:t" || $0.name == "w:sym") && !($0.name == "w:t" && $0.text.allSatisfy(\.isWhitespace)) }.isEmpty
    }

    private mutating func problem(_ e: WordElement, _ what: String) {
        problems.append((paragraphCount + 1, what))
    }

    /// `mc:AlternateContent`: text boxes and drawings are skipped (a warning); any other text in it
    /// could be shown either way, and is a problem.
    private mutating func alternate(_ e: WordElement) {
        let inDrawings = e.descendants { $0.name == "w:txbxContent" || $0.name == "v:textbox" || $0.name == "w:drawing" || $0.name == "w:pict" }
        let drawingText = inDrawings.contains { Self.holdsText($0) }
        var rest = e.descendants { $0.name == "w:t" && !$0.text.allSatisfy(\.isWhitespace) }
        let boxed = Set(inDrawings.flatMap { $0.descendants { $0.name == "w:t" } }.map { ObjectIdentifier($0) })
        rest.removeAll { boxed.contains(ObjectIdentifier($0)) }
        if drawingText || !inDrawings.isEmpty { skipped.insert(drawingText ? .textBoxes : .pictures) }
        if !rest.isEmpty { problem(e, "alternate content (mc:AlternateContent) holds text whose display depends on the program") }
    }

    private mutating func blocks(in container: WordElement, into out: inout [WordBlock]) {
        for e in container.children {
            switch e.name {
            case "w:p": out.append(.paragraph(paragraph(e)))
            case "w:tbl": out.append(table(e))
            case "w:sdt":
                if e.child("w:sdtPr")?.child("w:dataBinding") != nil {
                    problem(e, "a content control bound to data (its shown value may not be the text stored)")
                }
                if let c = e.child("w:sdtContent") { blocks(in: c, into: &out) }
            case "w:customXml", "w:ins", "w:moveTo", "w:smartTag": blocks(in: e, into: &out)
            case "w:del", "w:moveFrom": skipped.insert(.trackedDeletions)
            case "mc:AlternateContent": alternate(e)
            case "w:altChunk": problem(e, "imported content (w:altChunk) that Word shows but is not part of the document's text")
            case "w:subDoc": problem(e, "a subdocument")
            case "w:sectPr", "w:bookmarkStart", "w:bookmarkEnd", "w:permStart", "w:permEnd", "w:proofErr",
                 "w:commentRangeStart", "w:commentRangeEnd", "w:moveFromRangeStart", "w:moveFromRangeEnd",
                 "w:moveToRangeStart", "w:moveToRangeEnd", "w:customXmlInsRangeStart", "w:customXmlInsRangeEnd",
                 "w:customXmlDelRangeStart", "w:customXmlDelRangeEnd":
                continue
            default:
                if Self.holdsText(e) { problem(e, "'\(e.name)', an element this reader does not know, holds text") }
            }
        }
    }

    private mutating func table(_ tbl: WordElement) -> WordBlock {
        let number = paragraphCount + 1
        let outer = tableHidden
        tableHidden = styles.hidden(tbl.child("w:tblPr")?.child("w:tblStyle")?["w:val"] ?? "\u{0}") ?? outer
        defer { tableHidden = outer }
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
        paragraph.indent = ppr.flatMap(WordStyles.indent) ?? styles.indent(style)
        var collector = RunCollector()
        // Hidden by the paragraph's style, else the table's, else the document's defaults.
        let hidden = styles.hidden(style) ?? tableHidden ?? styles.defaultHidden
        content(of: p, link: nil, hidden: hidden, into: &collector)
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
                if c.child("w:sdtPr")?.child("w:dataBinding") != nil {
                    problem(c, "a content control bound to data (its shown value may not be the text stored)")
                }
                if let inner = c.child("w:sdtContent") { content(of: inner, link: link, hidden: hidden, into: &out) }
            case "w:commentRangeStart", "w:commentRangeEnd":
                skipped.insert(.comments)
            case "m:oMath", "m:oMathPara":
                skipped.insert(.equations)
            case "mc:AlternateContent":
                alternate(c)
            case "w:pPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:permStart", "w:permEnd",
                 "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd",
                 "w:customXmlInsRangeStart", "w:customXmlInsRangeEnd", "w:customXmlDelRangeStart", "w:customXmlDelRangeEnd":
                continue
            default:
                if Self.holdsText(c) { problem(c, "'\(c.name)', an element this reader does not know, holds text") }
            }
        }
    }

    /// Symbol fonts map their characters into the private use area (F000–F0FF): no text.
    private static let symbolFonts: Set<String> = ["symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett"]

    private mutating func run(_ r: WordElement, link: String?, hidden: Bool, into out: inout RunCollector) {
        let rpr = r.child("w:rPr")
        let character = styles.runFormat(rpr?.child("w:rStyle")?["w:val"])
        // The run's own setting, else its character style's, else the paragraph's.
        let isHidden = rpr.flatMap(WordStyles.hides) ?? character.hidden ?? hidden
        let bold = rpr?.child("w:b").map { WordStyles.isOn($0) } ?? character.bold ?? false
        let italic = rpr?.child("w:i").map { WordStyles.isOn($0) } ?? character.italic ?? false
        let format = RunCollector.Format(bold: bold, italic: italic, link: link)
        for c in r.children {
            switch c.name {
            case "w:t":
                if isHidden { if !c.text.isEmpty { skipped.insert(.hiddenText) }; continue }
                if inFieldInstruction { continue }
                out.append(c.text, format)
            case "w:tab", "w:ptab":
                if !isHidden && !inFieldInstruction { out.append(" ", format) }
            case "w:br", "w:cr":
                if isHidden || inFieldInstruction { continue }
                let type = c["w:type"] ?? "textWrapping"
                out.append(type == "textWrapping" ? .lineBreak : .softBreak)
            case "w:noBreakHyphen":
                if !isHidden && !inFieldInstruction { out.append("\u{2011}", format) }
            case "w:fldChar":
                switch c["w:fldCharType"] {
                case "begin": fields.append(true)
                case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                case "end": _ = fields.popLast()
                default: break
                }
            case "w:delText", "w:delInstrText": skipped.insert(.trackedDeletions)
            case "w:commentReference", "w:annotationRef": skipped.insert(.comments)
            case "w:footnoteReference", "w:endnoteReference": skipped.insert(.footnotes)
            case "w:drawing", "w:pict", "w:object":
                let hasText = !c.descendants(where: { $0.name == "w:txbxContent" || $0.name == "v:textbox" }).isEmpty
                skipped.insert(c.name == "w:object" ? .embeddedObjects : hasText ? .textBoxes : .pictures)
            case "mc:AlternateContent": alternate(c)
            case "w:sym":
                // A character of an ordinary font ("]" in Arial) is text; a symbol font's is not.
                let font = (c["w:font"] ?? "").lowercased()
                if let code = c["w:char"].flatMap({ UInt32($0, radix: 16) }), !(0xF000...0xF0FF).contains(code),
                   !Self.symbolFonts.contains(font), let scalar = Unicode.Scalar(code) {
                    if !isHidden && !inFieldInstruction { out.append(String(Character(scalar)), format) }
                } else {
                    skipped.insert(.symbols)
                }
            case "w:ruby":
                if let base = c.child("w:rubyBase") {
                    for rr in base.children where rr.name == "w:r" { run(rr, link: link, hidden: hidden, into: &out) }
                }
            case "w:rPr", "w:instrText", "w:softHyphen", "w:lastRenderedPageBreak", "w:separator",
                 "w:continuationSeparator", "w:footnoteRef", "w:endnoteRef", "w:pgNum", "w:dayShort", "w:monthShort",
                 "w:yearShort", "w:dayLong", "w:monthLong", "w:yearLong":
                continue
            default:
                if Self.holdsText(c) { problem(c, "'\(c.name)', an element this reader does not know, holds text") }
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
