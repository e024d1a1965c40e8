import Diagnostics
import Document
import Foundation

/// The measuring pass: turns a document's blocks into elements and the flow items pagination
/// needs. Paragraphs are queued while the blocks are walked, shaped together (each exactly once,
/// perhaps on several threads), and only then measured into flow items.
final class LayoutBuilder {
    let shaper: TextShaper
    let template: PageTemplate
    let geometry: PageGeometry
    let fallbackSpan: SourceSpan
    let queue = ShapeQueue()
    private(set) var elements: [Element] = []
    /// The span and provenance of each element's block.
    private(set) var origins: [(span: SourceSpan?, provenance: Provenance?)] = []
    var currentProvenance: Provenance?
    /// The language of the block being laid out, when it says one.
    var currentLanguage: String?
    /// How to measure each element's flow item once its paragraphs are shaped.
    private var pending: [() -> FlowItem] = []
    private(set) var items: [FlowItem] = []
    private(set) var headings: [HeadingEntry] = []
    private(set) var diagnostics = DiagnosticBag()
    private var tocRequest: (index: Int, toc: TableOfContents)?
    private var figureCount = 0
    var currentSpan: SourceSpan?
    /// Each image file decoded once, however often the document draws it (cairo then also writes
    /// it once into the PDF); the pixels decoded so far, against `maximumDocumentPixels`.
    private var images: [String: RasterImage] = [:]
    private var decodedPixels = 0
    /// The most image pixels one document may decode (about 400 MB of memory).
    static let maximumDocumentPixels = 100_000_000

    var styles: Styles { template.styles }

    /// Breaks the words of justified text (body paragraphs) at hyphenation points.
    let hyphenator: Hyphenator?

    init(shaper: TextShaper, template: PageTemplate, fallbackSpan: SourceSpan, hyphenator: Hyphenator? = nil) {
        self.shaper = shaper; self.template = template; self.geometry = PageGeometry(template); self.fallbackSpan = fallbackSpan
        self.hyphenator = hyphenator
    }

    /// Lays out all blocks: walk, insert the contents once all headings are known, shape every
    /// queued paragraph on `shapers` (the first is this builder's own), then measure.
    func build(_ blocks: [Block], shapers: [TextShaper]? = nil) {
        for block in blocks { add(block, indent: 0, box: nil) }
        if let request = tocRequest { insertContents(request.toc, at: request.index) }
        queue.run(on: shapers ?? [shaper])
        for r in queue.requests { report(r.slot.value, span: r.span) }
        items = pending.map { $0() }
        pending = []
        queue.clear()
    }

    /// Hands the elements over to the drawer, which frees each once its last page is drawn.
    func takeElements() -> [Element] {
        defer { elements = [] }
        return elements
    }

    // MARK: Blocks

    private func add(_ block: Block, indent: Double, box: (BoxBlock.Kind, Double)?) {
        let saved = currentSpan, savedProvenance = currentProvenance, savedLanguage = currentLanguage
        if let s = block.span { currentSpan = s }
        if let p = block.provenance { currentProvenance = p }
        if let l = block.language { currentLanguage = l }
        defer { currentSpan = saved; currentProvenance = savedProvenance; currentLanguage = savedLanguage }
        switch block.content {
        case .heading(let level, let runs):
            let style = styles.heading(level)
            let slot = shape(runs, style: style, width: geometry.textWidth - indent)
            let anchor = "h\(headings.count + 1)"
            let title = runs.plainText.replacingOccurrences(of: "\n", with: " ")
            headings.append(HeadingEntry(level: level, title: title, anchor: anchor, item: elements.count))
            var e = TextElement(slot: slot, indent: indent, colour: colour(style), spaceAfter: style.spaceAfter)
            e.heading = (level, anchor, title)
            let startsPage = level == 1 && template.chapterStartsPage
            append(.text(e)) {
                FlowItem(.lines(slot.value.lines.map(\.height)), spaceBefore: style.spaceBefore,
                         spaceAfter: style.spaceAfter, keepWithNext: true, startsPage: startsPage)
            }
        case .paragraph(let runs):
            addParagraph(runs, indent: indent, box: box, spaceAfter: styles.body.spaceAfter)
        case .title(let text):
            let style = styles.coverTitle
            let slot = shape([.text(text)], style: style, width: geometry.textWidth - indent)
            append(.text(TextElement(slot: slot, indent: indent, colour: colour(style), spaceAfter: 12))) {
                FlowItem(.lines(slot.value.lines.map(\.height)), spaceAfter: 12, keepWithNext: true)
            }
        case .list(let list):
            addList(list, indent: indent, depth: 1, box: box)
        case .box(let b):
            let inner = indent + 5 * PageGeometry.pointsPerMM
            for child in b.blocks { add(child, indent: inner, box: (b.kind, indent)) }
        case .pageBreak:
            append(.pageBreak, FlowItem(.pageBreak))
        case .rule:
            append(.rule, FlowItem(.block(1), spaceBefore: 6, spaceAfter: 10))
        case .ruledArea(let fraction):
            append(.ruledArea, FlowItem(.fill(minimum: geometry.textHeight * min(1, max(0, fraction))), spaceBefore: 4))
        case .table(let t):
            addTable(t, indent: indent)
        case .figure(let f):
            figureCount += 1
            let chart = chartLayout(f, number: figureCount)
            append(.figure(f, chart)) { FlowItem(.block(chart.height(f.chart)), spaceBefore: 6, spaceAfter: 10) }
        case .image(let img):
            addImage(img, indent: indent)
        case .tableOfContents(let toc):
            tocRequest = (elements.count, toc)
        case .cover(let c):
            checkGlyphs(([c.title, c.subtitle, c.kind, c.marking] + c.lines).joined(separator: " "))
            var logos: [RasterImage] = []
            for path in c.logos {
                if let png = image(path, what: "logo") { logos.append(png) }
            }
            append(.cover(c, logos: logos), FlowItem(.block(geometry.textHeight), startsPage: true))
            append(.pageBreak, FlowItem(.pageBreak))
        case .tentCard(let card):
            checkGlyphs([card.heading, card.title, card.foldLabel].joined(separator: " "))
            append(.tentCard(card), FlowItem(.block(geometry.textHeight), startsPage: true))
            append(.pageBreak, FlowItem(.pageBreak))
        }
    }

    private func addParagraph(_ runs: [Run], indent: Double, box: (BoxBlock.Kind, Double)?, spaceAfter: Double,
                              marker: (text: String, x: Double, ordered: Bool)? = nil, checkbox: Bool? = nil) {
        let slot = shape(runs, style: styles.body, width: geometry.textWidth - indent - (box == nil ? 0 : 4))
        var e = TextElement(slot: slot, indent: indent, colour: colour(styles.body), spaceAfter: spaceAfter)
        e.language = currentLanguage
        if let checkbox, let marker {
            e.checkbox = checkbox
            e.markerX = marker.x
        } else if let marker {
            let gap = marker.ordered ? 1.5 * PageGeometry.pointsPerMM : 0
            e.markerSlot = queue.add(AttributedText(plain: marker.text), style: styles.body, width: max(10, indent - marker.x),
                                     alignment: marker.ordered ? .trailing : .natural, span: currentSpan)
            e.markerX = marker.x - gap
        }
        if let box { e.box = box.0; e.boxIndent = box.1 }
        append(.text(e)) { FlowItem(.lines(slot.value.lines.map(\.height)), spaceAfter: spaceAfter) }
    }

    private func addList(_ list: ListBlock, indent: Double, depth: Int, box: (BoxBlock.Kind, Double)?) {
        let hang = (list.ordered ? 6.5 : styles.listIndentMM) * PageGeometry.pointsPerMM
        let textIndent = indent + hang
        for (i, item) in list.items.enumerated() {
            let last = i == list.items.count - 1
            let markerText = list.ordered ? "\(list.start + i)." : (depth % 2 == 1 ? "•" : "–")
            var first = true
            for block in item.blocks {
                let saved = currentSpan, savedProvenance = currentProvenance, savedLanguage = currentLanguage
                if let s = block.span { currentSpan = s }
                if let p = block.provenance { currentProvenance = p }
                if let l = block.language { currentLanguage = l }
                switch block.content {
                case .paragraph(let runs):
                    let space = last && depth == 1 ? styles.body.spaceAfter : styles.listItemSpace
                    addParagraph(runs, indent: textIndent, box: box, spaceAfter: space,
                                 marker: first ? (markerText, indent, list.ordered) : nil, checkbox: first ? item.checked : nil)
                case .list(let nested):
                    addList(nested, indent: textIndent, depth: depth + 1, box: box)
                default:
                    add(block, indent: textIndent, box: box)
                }
                currentSpan = saved; currentProvenance = savedProvenance; currentLanguage = savedLanguage
                first = false
            }
        }
    }

    /// The decoded image at `path`, shared by every reference to it; nil (with an error) when it
    /// cannot be read or would take the document past its pixel budget.
    private func image(_ path: String, what: String) -> RasterImage? {
        let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if let png = images[key] { return png }
        if let problem = RasterImage.problem(path: path) {
            let code: DiagnosticCode = FileManager.default.fileExists(atPath: path) ? .unreadableFile : .missingFile
            diagnostics.error(code, at: currentSpan ?? fallbackSpan, "cannot read the \(what) '\(path)': it \(problem)",
                              hint: "images are PNG or JPEG files")
            return nil
        }
        if let pixels = RasterImage.pixelCount(path: path), decodedPixels + pixels > Self.maximumDocumentPixels {
            diagnostics.error(.fileTooLarge, at: currentSpan ?? fallbackSpan,
                              "the \(what) '\(path)' would take this document's images past \(Self.maximumDocumentPixels / 1_000_000) megapixels; use smaller images")
            return nil
        }
        guard let png = RasterImage(path: path) else {
            diagnostics.error(.unreadableFile, at: currentSpan ?? fallbackSpan, "cannot read the \(what) '\(path)': it cannot be decoded")
            return nil
        }
        decodedPixels += png.pixelWidth * png.pixelHeight
        images[key] = png
        return png
    }

    private func addImage(_ img: ImageBlock, indent: Double) {
        guard let png = image(img.path, what: "image") else { return }
        let maxWidth = geometry.textWidth - indent
        let w = min(maxWidth, img.widthMM.map { $0 * PageGeometry.pointsPerMM } ?? Double(png.pixelWidth) * 0.75)
        let h = min(geometry.textHeight * 0.9, w * Double(png.pixelHeight) / Double(max(1, png.pixelWidth)))
        append(.image(png, width: h * Double(png.pixelWidth) / Double(max(1, png.pixelHeight)), height: h,
                      alt: img.caption ?? URL(fileURLWithPath: img.path).deletingPathExtension().lastPathComponent),
               FlowItem(.block(h), spaceBefore: 6, spaceAfter: img.caption == nil ? 10 : 4, keepWithNext: img.caption != nil))
        // A caption is numbered with the charts ("Figure 2. …") and kept with its image.
        guard let caption = img.caption else { return }
        figureCount += 1
        var style = styles.caption
        style.bold = false
        let slot = shape([.strong([.text("\(template.labels.figure) \(figureCount).")]), .text(" " + caption)],
                         style: style, width: maxWidth, alignment: .center)
        append(.text(TextElement(slot: slot, indent: indent, colour: colour(style), spaceAfter: max(style.spaceAfter, 10)))) {
            FlowItem(.lines(slot.value.lines.map(\.height)), spaceAfter: max(style.spaceAfter, 10))
        }
    }

    // MARK: Helpers

    func append(_ e: Element, _ item: FlowItem) { append(e) { item } }
    func append(_ e: Element, measure: @escaping () -> FlowItem) {
        elements.append(e); pending.append(measure); origins.append((currentSpan, currentProvenance))
    }

    /// Inserts elements at a flow index, shifting the headings after it.
    func insert(_ e: [Element], _ measures: [() -> FlowItem], at index: Int) {
        elements.insert(contentsOf: e, at: index); pending.insert(contentsOf: measures, at: index)
        let origin: (span: SourceSpan?, provenance: Provenance?) = (nil, .template)
        origins.insert(contentsOf: Array(repeating: origin, count: e.count), at: index)
        for k in headings.indices where headings[k].item >= index { headings[k].item += e.count }
    }

    func colour(_ style: TextStyle) -> Colour { style.accent ? template.accent : .grey(style.grey) }

    /// Queues runs in a style for shaping.
    func shape(_ runs: [Run], style: TextStyle, width: Double, alignment: TextShaper.Alignment = .natural,
               tabular: Bool = false) -> ParagraphSlot {
        let hyphenate = style.justify && alignment == .natural && width > 200 ? hyphenator : nil
        let text = AttributedText(runs, style: style, tagStyle: styles.tag, accent: template.accent, tabular: tabular,
                                  hyphenator: hyphenate)
        return queue.add(text, style: style, width: max(10, width), alignment: alignment, span: currentSpan)
    }

    /// Reports characters no bundled font covers, naming the block they came from.
    func report(_ p: ShapedParagraph, span: SourceSpan?) {
        guard !p.missingCharacters.isEmpty else { return }
        let chars = p.missingCharacters.map { c in
            let points = c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            let block = c.unicodeScalars.first.flatMap(UnicodeBlocks.name).map { ", \($0)" } ?? ""
            return "'\(c)' (\(points)\(block))"
        }.joined(separator: ", ")
        var excerpt = p.text.text.replacingOccurrences(of: "\u{2028}", with: " ")
        if excerpt.count > 60 { excerpt = String(excerpt.prefix(57)) + "…" }
        diagnostics.error(.missingGlyph, at: span ?? fallbackSpan, "no bundled font has a glyph for \(chars) in “\(excerpt)”",
                          hint: "the bundled Noto fonts cover Latin, Greek, Cyrillic and Arabic scripts; write the text without the character")
    }

    /// Checks text that is only shaped when drawn (covers, charts).
    func checkGlyphs(_ text: String) {
        _ = queue.add(AttributedText(plain: text), style: styles.body, width: 10_000, alignment: .natural, span: currentSpan)
    }
}
