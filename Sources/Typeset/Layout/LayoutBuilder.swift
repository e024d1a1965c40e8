import Diagnostics
import Document
import Foundation

/// The measuring pass: turns a document's blocks into shaped elements and the flow items that
/// pagination needs. Every paragraph is shaped exactly once, here.
final class LayoutBuilder {
    let shaper: TextShaper
    let template: PageTemplate
    let geometry: PageGeometry
    let fallbackSpan: SourceSpan
    private(set) var elements: [Element] = []
    private(set) var items: [FlowItem] = []
    private(set) var headings: [HeadingEntry] = []
    private(set) var diagnostics = DiagnosticBag()
    private var tocRequest: (index: Int, toc: TableOfContents)?
    private var figureCount = 0
    private var currentSpan: SourceSpan?

    var styles: Styles { template.styles }

    init(shaper: TextShaper, template: PageTemplate, fallbackSpan: SourceSpan) {
        self.shaper = shaper; self.template = template; self.geometry = PageGeometry(template); self.fallbackSpan = fallbackSpan
    }

    /// Lays out all blocks; the contents (if asked for) are inserted once all headings are known.
    func build(_ blocks: [Block]) {
        for block in blocks { add(block, indent: 0, box: nil) }
        if let request = tocRequest { insertContents(request.toc, at: request.index) }
    }

    // MARK: Blocks

    private func add(_ block: Block, indent: Double, box: (BoxBlock.Kind, Double)?) {
        let saved = currentSpan
        if let s = block.span { currentSpan = s }
        defer { currentSpan = saved }
        switch block.content {
        case .heading(let level, let runs):
            let style = styles.heading(level)
            let p = shape(runs, style: style, width: geometry.textWidth - indent)
            let anchor = "h\(headings.count + 1)"
            let title = runs.plainText.replacingOccurrences(of: "\n", with: " ")
            headings.append(HeadingEntry(level: level, title: title, anchor: anchor, item: items.count))
            var e = TextElement(paragraph: p, indent: indent, colour: colour(style), spaceAfter: style.spaceAfter)
            e.heading = (level, anchor, title)
            append(.text(e), FlowItem(.lines(p.lines.map(\.height)), spaceBefore: style.spaceBefore,
                                      spaceAfter: style.spaceAfter, keepWithNext: true,
                                      startsPage: level == 1 && template.chapterStartsPage))
        case .paragraph(let runs):
            addParagraph(runs, indent: indent, box: box, spaceAfter: styles.body.spaceAfter)
        case .list(let list):
            addList(list, indent: indent, depth: 1, box: box)
        case .box(let b):
            let inner = indent + 5 * PageGeometry.pointsPerMM
            for child in b.blocks { add(child, indent: inner, box: (b.kind, indent)) }
        case .pageBreak:
            append(.pageBreak, FlowItem(.pageBreak))
        case .rule:
            append(.rule, FlowItem(.block(1), spaceBefore: 6, spaceAfter: 10))
        case .table(let t):
            addTable(t, indent: indent)
        case .figure(let f):
            figureCount += 1
            append(.figure(f, number: figureCount), FlowItem(.block(figureHeight(f)), spaceBefore: 6, spaceAfter: 10))
        case .image(let img):
            addImage(img, indent: indent)
        case .tableOfContents(let toc):
            tocRequest = (items.count, toc)
        case .cover(let c):
            checkGlyphs(([c.title, c.subtitle, c.kind, c.marking] + c.lines).joined(separator: " "))
            append(.cover(c), FlowItem(.block(geometry.textHeight), startsPage: true))
            append(.pageBreak, FlowItem(.pageBreak))
        }
    }

    private func addParagraph(_ runs: [Run], indent: Double, box: (BoxBlock.Kind, Double)?, spaceAfter: Double,
                              marker: (String, Double, Bool)? = nil) {
        let p = shape(runs, style: styles.body, width: geometry.textWidth - indent - (box == nil ? 0 : 4))
        var e = TextElement(paragraph: p, indent: indent, colour: colour(styles.body), spaceAfter: spaceAfter)
        if let (text, x, trailing) = marker {
            let m = shaper.shape(AttributedText(plain: text), style: styles.body, width: indent - x, alignment: trailing ? .trailing : .natural)
            e.marker = m; e.markerX = x
        }
        if let box { e.box = box.0; e.boxIndent = box.1 }
        append(.text(e), FlowItem(.lines(p.lines.map(\.height)), spaceAfter: spaceAfter))
    }

    private func addList(_ list: ListBlock, indent: Double, depth: Int, box: (BoxBlock.Kind, Double)?) {
        let hang = (list.ordered ? 6.5 : styles.listIndentMM) * PageGeometry.pointsPerMM
        let textIndent = indent + hang
        for (i, item) in list.items.enumerated() {
            let last = i == list.items.count - 1
            let markerText = list.ordered ? "\(list.start + i)." : (depth % 2 == 1 ? "•" : "–")
            var first = true
            for block in item.blocks {
                let saved = currentSpan
                if let s = block.span { currentSpan = s }
                switch block.content {
                case .paragraph(let runs):
                    let space = last && depth == 1 ? styles.body.spaceAfter : styles.listItemSpace
                    let gap = list.ordered ? 1.5 * PageGeometry.pointsPerMM : 0
                    addParagraph(runs, indent: textIndent, box: box, spaceAfter: space,
                                 marker: first ? (markerText, indent, list.ordered ? true : false) : nil)
                    if first, list.ordered, case .text(var e) = elements[elements.count - 1] {
                        e.markerX = indent - gap
                        elements[elements.count - 1] = .text(e)
                    }
                case .list(let nested):
                    addList(nested, indent: textIndent, depth: depth + 1, box: box)
                default:
                    add(block, indent: textIndent, box: box)
                }
                currentSpan = saved
                first = false
            }
        }
    }

    private func addImage(_ img: ImageBlock, indent: Double) {
        guard let png = PNGImage(path: img.path) else {
            diagnostics.error(.missingFile, at: currentSpan ?? fallbackSpan, "cannot read the PNG image '\(img.path)'")
            return
        }
        let maxWidth = geometry.textWidth - indent
        let w = min(maxWidth, img.widthMM.map { $0 * PageGeometry.pointsPerMM } ?? Double(png.pixelWidth) * 0.75)
        let h = min(geometry.textHeight * 0.9, w * Double(png.pixelHeight) / Double(max(1, png.pixelWidth)))
        append(.image(png, width: h * Double(png.pixelWidth) / Double(max(1, png.pixelHeight)), height: h),
               FlowItem(.block(h), spaceBefore: 6, spaceAfter: 10))
    }

    // MARK: Helpers

    func append(_ e: Element, _ item: FlowItem) { elements.append(e); items.append(item) }

    /// Inserts elements at a flow index, shifting the headings after it.
    func insert(_ e: [Element], _ i: [FlowItem], at index: Int) {
        elements.insert(contentsOf: e, at: index); items.insert(contentsOf: i, at: index)
        for k in headings.indices where headings[k].item >= index { headings[k].item += e.count }
    }

    func colour(_ style: TextStyle) -> Colour { style.accent ? template.accent : .grey(style.grey) }

    /// Shapes runs in a style and reports characters no bundled font covers.
    func shape(_ runs: [Run], style: TextStyle, width: Double, alignment: TextShaper.Alignment = .natural,
               tabular: Bool = false) -> ShapedParagraph {
        let text = AttributedText(runs, style: style, tagStyle: styles.tag, accent: template.accent, tabular: tabular)
        let p = shaper.shape(text, style: style, width: max(10, width), alignment: alignment)
        report(p)
        return p
    }

    func report(_ p: ShapedParagraph) {
        guard !p.missingCharacters.isEmpty else { return }
        let chars = p.missingCharacters.map { c in
            "'\(c)' (U+" + c.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " U+") + ")"
        }.joined(separator: ", ")
        var excerpt = p.text.text.replacingOccurrences(of: "\u{2028}", with: " ")
        if excerpt.count > 60 { excerpt = String(excerpt.prefix(57)) + "…" }
        diagnostics.error(.missingGlyph, at: currentSpan ?? fallbackSpan,
                          "no bundled font has a glyph for \(chars) in “\(excerpt)”")
    }

    /// Checks text that is only shaped when drawn (covers, charts).
    func checkGlyphs(_ text: String) {
        report(shaper.shape(AttributedText(plain: text), style: styles.body, width: 10_000))
    }
}
