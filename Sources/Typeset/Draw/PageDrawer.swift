import Diagnostics
import Document
import Foundation

/// The drawing pass: draws paginated elements page by page onto a PDF canvas, releasing each
/// element's layouts once its last page is drawn, and records the text it drew.
final class PageDrawer {
    let canvas: PDFCanvas
    let builder: LayoutBuilder
    let document: Document
    let pages: [[Placement]]
    let pageCount: Int
    var elements: [Element?]
    var drawn = DrawnText()
    var pageText: [String] = []
    /// One-off strings shaped once per document: a running head's title and chapter repeat on
    /// every page, and shaping them anew for each page was 2 % of a render.
    private var shapedStrings: [ShapedStringKey: ShapedParagraph] = [:]
    let geometry: PageGeometry
    /// The page each heading anchor landed on.
    let anchorPage: [String: Int]
    /// The alternative text of every figure drawn, in order (written by `PDFAccessibility`).
    var figureAlts: [String] = []
    /// Structure open across elements on this page: list levels (their indents; each has an L,
    /// and an LI with its LBody open) and a table of contents.
    var openLists: [Double] = []
    var openTOC = false
    /// A table whose rows go on on the next page: its Table and TBody are still open.
    var openTable = false
    /// Whether the one "Document" structure element is open (see `drawCover`).
    var documentOpen = false

    var template: PageTemplate { document.template }
    var styles: Styles { template.styles }
    var shaper: TextShaper { builder.shaper }

    init(canvas: PDFCanvas, builder: LayoutBuilder, document: Document, pages: [[Placement]]) {
        self.canvas = canvas; self.builder = builder; self.document = document; self.pages = pages
        self.elements = builder.takeElements().map { Optional($0) }
        self.geometry = builder.geometry
        pageCount = pages.count + (document.template.duplex && pages.count % 2 == 1 ? 1 : 0)
        var itemPage: [Int: Int] = [:]
        for (p, placements) in pages.enumerated() {
            for pl in placements where itemPage[pl.item] == nil { itemPage[pl.item] = p + 1 }
        }
        var anchors: [String: Int] = [:]
        for h in builder.headings { anchors[h.anchor] = itemPage[h.item] ?? 1 }
        anchorPage = anchors
    }

    /// Draws every page, then the outline; returns the text drawn.
    func drawAll() -> DrawnText {
        var lastPage: [Int: Int] = [:]
        for (p, placements) in pages.enumerated() { for pl in placements { lastPage[pl.item] = p } }
        drawn.metadata = [document.metadata.title, document.metadata.author, document.metadata.subject,
                          document.metadata.creator].filter { !$0.isEmpty }
        // One "Document" element holds everything; a cover's logos are painted before it opens.
        let logosFirst: Bool
        if case .cover(_, let logos)? = pages.first?.first.map({ elements[$0.item] }) { logosFirst = !logos.isEmpty } else { logosFirst = false }
        if !logosFirst { canvas.beginStructure("Document"); documentOpen = true }
        var chapter = ""
        for p in 0..<pageCount {
            let placements = p < pages.count ? pages[p] : []
            let isCover = placements.first.map {
                switch elements[$0.item] { case .cover?, .tentCard?: return true; default: return false }
            } ?? false
            for pl in placements {
                guard case .text(let e)? = elements[pl.item], pl.range.lowerBound == 0 else { continue }
                if let h = e.heading, h.level == 1 { chapter = h.title; break }
                if let t = e.runningTitle { chapter = t; break }
            }
            pageText = []
            if p >= pages.count { closeLists(to: 0); closeTOC(); closeTable() }
            // A padding page (duplex) carries no running head or number: only what every page must.
            drawFurniture(page: p + 1, cover: isCover || p >= pages.count, chapter: chapter)
            if p >= pages.count, !template.labels.blankPage.isEmpty {
                // "This page is intentionally left blank", halfway down, as quiet as a running head.
                var quiet = styles.runningHead; quiet.italic = true
                drawString(template.labels.blankPage, style: quiet, x: geometry.left(page: p + 1), y: geometry.height / 2,
                           width: geometry.textWidth, align: .center, colour: .grey(quiet.grey))
                drawn.runningHeads.append(template.labels.blankPage)
            }
            for pl in placements { draw(pl, page: p + 1) }
            // A list, the contents or a table that goes on over the page stays one element: the
            // next page's running head, drawn while only such containers are open (never a
            // paragraph), is in no element's content and so becomes an artifact.
            drawn.pages.append(Self.joinLines(pageText[...], dropEveryMark: true))
            canvas.showPage()
            if canvas.failed { return drawn }
            for pl in placements where lastPage[pl.item] == p { elements[pl.item] = nil }
        }
        closeLists(to: 0); closeTOC(); closeTable()
        if documentOpen { canvas.endStructure("Document") }
        addOutline()
        return drawn
    }

    private func addOutline() {
        var parents: [Int] = [0]  // outline id per open level
        for h in builder.headings {
            let level = min(max(1, h.level), 3)
            while parents.count > level { parents.removeLast() }
            while parents.count < level { parents.append(parents.last ?? 0) }
            let id = canvas.addOutline(parent: parents[level - 1], title: h.title, destination: h.anchor, open: level == 1)
            parents.append(id)
            drawn.outline.append(h.title)
        }
    }

    /// Band, watermark, running head and footer.
    private func drawFurniture(page: Int, cover: Bool, chapter: String) {
        let left = geometry.left(page: page), width = geometry.textWidth
        let head = styles.runningHead
        let grey = Colour.grey(head.grey)
        if let band = template.band {
            // Inside the 10 mm that office lasers leave unprinted at the paper's edge, above the
            // running head.
            let top = 10 * PageGeometry.pointsPerMM, h = 6.5 * PageGeometry.pointsPerMM
            canvas.fillRect(x: 0, y: top, width: geometry.width, height: h, colour: .grey(0.4))
            var style = head; style.bold = true; style.family = "Noto Sans"
            let y = top + (h - style.leading) / 2
            drawString(band.uppercased(), style: style, x: 0, y: y, width: geometry.width, align: .center, colour: .grey(1))
            drawn.runningHeads.append(band)
        }
        if let label = template.draftLabel {
            var mark = styles.coverTitle; mark.size = 110; mark.leading = 130; mark.bold = true
            canvas.transformed(x: geometry.width / 2, y: geometry.height / 2, angle: -.pi / 4) {
                drawString(template.labels.draft, style: mark, x: -geometry.height / 2, y: -65, width: geometry.height,
                           align: .center, colour: .grey(0.88))
            }
            drawString("\(template.labels.draft) · \(label)", style: head, x: left, y: geometry.height - geometry.bottom + 30, width: width,
                       align: .center, colour: grey)
            drawn.runningHeads.append(contentsOf: [template.labels.draft, label])
        } else if template.unreleased {
            // Every page of a build not released, covers and tent cards included, in the bottom
            // margin 9 mm above the paper's edge (inside what office printers print).
            var small = head; small.size = 7; small.leading = 9
            drawString(template.labels.notReleased, style: small, x: 0, y: geometry.height - 9 * PageGeometry.pointsPerMM - small.leading,
                       width: geometry.width, align: .center, colour: grey)
            drawn.runningHeads.append(template.labels.notReleased)
        }
        guard !cover else { return }
        let headerTop = geometry.top - 9 - head.leading
        let title = template.headerText.isEmpty ? document.metadata.title : template.headerText
        drawString(title, style: head, x: left, y: headerTop, width: width * 0.6, align: .natural, colour: grey)
        drawString(chapter, style: head, x: left + width * 0.4, y: headerTop, width: width * 0.6, align: .trailing, colour: grey)
        canvas.strokeLine(x1: left, y1: geometry.top - 6, x2: left + width, y2: geometry.top - 6, width: 0.4, colour: grey)
        let footerTop = geometry.height - geometry.bottom + 10
        let number = template.labels.page(page, of: pageCount)
        drawString(template.footerText, style: head, x: left, y: footerTop, width: width * 0.6, align: .natural, colour: grey)
        drawString(number, style: head, x: left + width * 0.4, y: footerTop, width: width * 0.6, align: .trailing, colour: grey)
        drawn.runningHeads.append(contentsOf: [title, chapter, template.footerText, number].filter { !$0.isEmpty })
    }

    /// Shapes and draws a one-off string (running heads, labels, covers); returns its height.
    @discardableResult
    func drawString(_ s: String, style: TextStyle, x: Double, y: Double, width: Double,
                    align: TextShaper.Alignment, colour: Colour, record: Bool = false) -> Double {
        guard !s.isEmpty else { return 0 }
        let key = ShapedStringKey(string: s, style: style, width: width, alignment: align)
        let p: ShapedParagraph
        if let shaped = shapedStrings[key] { p = shaped } else {
            p = shaper.shape(AttributedText([.text(s)], style: style), style: style, width: width, alignment: align)
            builder.report(p, span: nil)
            shapedStrings[key] = p
        }
        canvas.setColour(colour)
        var top = y
        for i in p.lines.indices {
            p.drawLine(i, x: x, top: top, on: canvas)
            if record { pageText.append(p.lineText(i)) }
            top += p.lines[i].height
        }
        return top - y
    }

    private func draw(_ pl: Placement, page: Int) {
        guard let element = elements[pl.item] else { return }
        let before = pageText.count
        defer {
            let text = Self.joinLines(pageText[before...], dropEveryMark: false)
            if !text.isEmpty {
                let origin = builder.origins[pl.item]
                drawn.blocks.append(DrawnBlock(page: page, text: text, span: origin.span, provenance: origin.provenance))
            }
        }
        let left = geometry.left(page: page)
        let top = geometry.top + pl.y
        if case .text = element {} else { closeLists(to: 0); closeTOC() }
        if case .table = element {} else { closeTable() }
        switch element {
        case .text(let e): drawText(e, range: pl.range, x: left, top: top, page: page, height: pl.height)
        case .table(let t): drawTable(t, rows: pl.range, x: left, top: top)
        case .figure(let f, let chart):
            figureAlts.append(Self.alternativeText(f))
            drawFigure(f, chart, x: left, top: top)
        case .image(let img, let w, let h, let alt):
            canvas.beginStructure("Figure")
            figureAlts.append(alt)
            canvas.draw(img, x: left + (geometry.textWidth - w) / 2, y: top, width: w, height: h)
            canvas.endStructure("Figure")
        case .rule:
            canvas.strokeLine(x1: left, y1: top + 0.5, x2: left + geometry.textWidth, y2: top + 0.5, width: 0.4, colour: .grey(0.6))
        case .ruledArea:
            // Lines 8 mm apart, the usual pitch for handwriting.
            let pitch = 8 * PageGeometry.pointsPerMM
            var y = top + pitch
            while y <= top + pl.height + 0.01 {
                canvas.strokeLine(x1: left, y1: y, x2: left + geometry.textWidth, y2: y, width: 0.4, colour: .grey(0.6))
                y += pitch
            }
        case .cover(let c, let logos): drawCover(c, logos: logos, page: page)
        case .tentCard(let card): drawTentCard(card)
        case .pageBreak: break
        }
    }
}

extension PageDrawer {
    /// Ends a drawn line whose last word goes on on the next line (a hyphenated break).
    static let joinNext = "\u{00AD}"

    /// Lines joined by newlines, except that a line ending in `joinNext` (a hyphenated line) runs
    /// on into the next without the mark; with `dropEveryMark`, any other mark goes too. On bytes:
    /// Foundation's `replacingOccurrences` here was 5 % of a render.
    static func joinLines(_ lines: ArraySlice<String>, dropEveryMark: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for (i, line) in zip(lines.indices, lines) {
            out.append(contentsOf: line.utf8)
            if i != lines.indices.last { out.append(0x0A) }
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(out.count)
        var i = 0
        while i < out.count {
            if out[i] == 0xC2, i + 1 < out.count, out[i + 1] == 0xAD {
                if i + 2 < out.count, out[i + 2] == 0x0A { i += 3; continue }
                if dropEveryMark { i += 2; continue }
            }
            kept.append(out[i]); i += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Closes open list levels down to `depth` (LBody, LI, L each).
    func closeLists(to depth: Int) {
        while openLists.count > depth {
            canvas.endStructure("LBody"); canvas.endStructure("LI"); canvas.endStructure("L")
            openLists.removeLast()
        }
    }

    func closeTOC() {
        if openTOC { canvas.endStructure("TOC"); openTOC = false }
    }

    /// Ends a table left open at a page end (its body and the table).
    func closeTable() {
        if openTable { canvas.endStructure("TBody"); canvas.endStructure("Table"); openTable = false }
    }

    /// A chart in words, for a screen reader (`/Alt`): its caption, then every row's values, in
    /// the labels (and so the language) the chart prints — what the chart shows, no more.
    static func alternativeText(_ f: Figure) -> String {
        var parts = [f.caption]
        switch f.chart {
        case .bars(let bars):
            parts.append(bars.map { "\($0.label): \(format($0.value))" }.joined(separator: "; "))
        case .heatMap(let m):
            for (r, row) in m.rowLabels.enumerated() {
                let cells = m.columnLabels.enumerated().map { c, column -> String in
                    let v = r < m.cells.count && c < m.cells[r].count ? m.cells[r][c] : nil
                    return "\(column) \(v.map(String.init) ?? m.missingLabel)"
                }
                parts.append("\(row): \(cells.joined(separator: ", "))")
            }
        }
        if !f.readingAid.isEmpty { parts.append(f.readingAid) }
        return parts.filter { !$0.isEmpty }.joined(separator: ". ")
    }
}

/// What a one-off string's shape depends on.
private struct ShapedStringKey: Hashable {
    var string: String
    var style: TextStyle
    var width: Double
    var alignment: TextShaper.Alignment
}
