import Document
import Foundation

extension PageDrawer {
    /// Draws the lines `range` of a paragraph: its box decoration, list marker, heading
    /// destination, contents link with leader and page number, and URL links.
    func drawText(_ e: TextElement, range: Range<Int>, x: Double, top: Double, page: Int, height: Double) {
        let p = e.paragraph
        if let box = e.box {
            let bx = x + e.boxIndent
            let extra = range.upperBound == p.lines.count ? min(e.spaceAfter, 4) : 0
            switch box {
            case .shaded:
                canvas.fillRect(x: bx, y: top - 3, width: geometry.textWidth - e.boxIndent, height: height + extra + 3, colour: .grey(0.93))
            case .quote:
                canvas.fillRect(x: bx + 2, y: top - 2, width: 2, height: height + extra + 2, colour: template.accent)
            }
        }
        let tag = structure(for: e, continued: range.lowerBound > 0)
        if tag == "LBody", range.lowerBound == 0 {
            canvas.beginStructure("Lbl")
            drawMarker(e, top: top, x: x)
            canvas.endStructure("Lbl")
        }
        // A list item's body stays open: its nested lists and further paragraphs go inside it.
        // Its own text is a P within it: Cairo 1.16 marks the content of leaf elements only, so
        // the text of a body that holds a nested list was in no element (and read as an artifact).
        canvas.beginStructure(tag, language: tag == "LBody" ? nil : e.language)
        if tag == "LBody" { canvas.beginStructure("P", language: e.language) }
        if let anchor = e.heading?.anchor, range.lowerBound == 0 { canvas.beginDestination(anchor) }
        if let target = e.tocTarget {
            canvas.beginLink(destination: target, description: Self.plain(p.text.text) + ", " + pageWord + " " + String(anchorPage[target] ?? 1))
        }
        canvas.setColour(e.colour)
        // A URL link on these lines is a Link element in this one: the text then goes in a Span,
        // since Cairo 1.16 marks the content of leaf elements only (the text of a paragraph with a
        // link was in no element, and the artifact step made it an artifact).
        let linked = p.text.links.contains { link in
            range.contains { link.start < p.lines[$0].start + p.lines[$0].length && link.end > p.lines[$0].start }
        }
        if linked { canvas.beginStructure("Span") }
        var y = top
        for i in range {
            p.drawLine(i, x: x + e.indent, top: y, on: canvas)
            // A word broken at a hyphen is one word for whoever reads the drawn text (the gate).
            pageText.append(p.lineText(i) + (p.lines[i].hyphen ? PageDrawer.joinNext : ""))
            y += p.lines[i].height
        }
        if linked { canvas.endStructure("Span") }
        if let target = e.tocTarget, let last = range.last {
            let line = p.lines[last]
            let numberPage = anchorPage[target] ?? 1
            let lineTop = y - line.height
            let right = x + geometry.textWidth
            let textEnd = x + e.indent + line.x + line.width + 4
            let dotY = lineTop + line.baseline - 0.5
            var dx = right - 11 * PageGeometry.pointsPerMM
            canvas.setColour(.grey(0.45))
            var xs: [Double] = []
            while dx > textEnd { xs.append(dx); dx -= 4 }
            canvas.dots(xs: xs, y: dotY, radius: 0.45)
            var style = p.style; style.bold = false
            // (The space keeps the entry's last word and the number apart for whoever reads the text.)
            drawString(" " + String(numberPage), style: style, x: right - 10 * PageGeometry.pointsPerMM, y: lineTop,
                       width: 10 * PageGeometry.pointsPerMM, align: .trailing, colour: .black, record: true)
        }
        if e.tocTarget != nil { canvas.endLink() }
        if e.heading != nil, range.lowerBound == 0 { canvas.endDestination() }
        drawLinks(e, range: range, x: x + e.indent, top: top)
        canvas.endStructure(tag == "LBody" ? "P" : tag)
    }

    /// The list marker or task box of a list item's first line.
    private func drawMarker(_ e: TextElement, top: Double, x: Double) {
        let p = e.paragraph
        if let checked = e.checkbox, let line = p.lines.first {
            // A task list item: a box on the first line's x-height, ticked when done.
            let size = p.style.size * 0.62
            let boxTop = top + line.baseline - size
            canvas.strokeRect(x: x + e.markerX, y: boxTop, width: size, height: size, lineWidth: 0.6, colour: e.colour)
            if checked {
                canvas.strokeLine(x1: x + e.markerX + size * 0.18, y1: boxTop + size * 0.52, x2: x + e.markerX + size * 0.42,
                                  y2: boxTop + size * 0.8, width: 0.9, colour: e.colour)
                canvas.strokeLine(x1: x + e.markerX + size * 0.42, y1: boxTop + size * 0.8, x2: x + e.markerX + size * 0.86,
                                  y2: boxTop + size * 0.2, width: 0.9, colour: e.colour)
            }
        } else if let marker = e.marker, let line = p.lines.first, let m = marker.lines.first {
            canvas.setColour(e.colour)
            marker.drawLine(0, x: x + e.markerX, top: top + line.baseline - m.baseline, on: canvas)
        }
    }

    /// Opens the structure around a text element and names the element it is itself: a heading
    /// H1–H6, a paragraph P, a contents entry TOCI (inside TOC), or a list item's body LBody
    /// (inside L and LI, which stay open while the list goes on, nested lists inside the body).
    private func structure(for e: TextElement, continued: Bool) -> String {
        if e.tocTarget != nil {
            closeLists(to: 0)
            if !openTOC { canvas.beginStructure("TOC"); openTOC = true }
            return "TOCI"
        }
        closeTOC()
        // A list item that goes on over the page: its body is still open; the rest of its text
        // is a further paragraph in it (below).
        if e.marker != nil || e.checkbox != nil, !(continued && openLists.last.map { abs($0 - e.indent) <= 0.5 } == true) {
            let d = e.indent
            while let last = openLists.last, last > d + 0.5 { closeLists(to: openLists.count - 1) }
            if let last = openLists.last, abs(last - d) <= 0.5 {
                canvas.endStructure("LBody"); canvas.endStructure("LI")
            } else {
                canvas.beginStructure("L")
                openLists.append(d)
            }
            canvas.beginStructure("LI")
            return "LBody"
        }
        if let h = e.heading {
            closeLists(to: 0)
            return "H\(min(max(h.level, 1), 6))"
        }
        // A further paragraph of a list item belongs to its body.
        while let last = openLists.last, e.indent < last - 0.5 { closeLists(to: openLists.count - 1) }
        return "P"
    }


    private func drawLinks(_ e: TextElement, range: Range<Int>, x: Double, top: Double) {
        let p = e.paragraph
        guard !p.text.links.isEmpty else { return }
        for link in p.text.links {
            var rects: [(Double, Double, Double, Double)] = []
            var y = top
            for i in range {
                let line = p.lines[i]
                if link.start < line.start + line.length, link.end > line.start {
                    for (rx, rw) in p.ranges(line: i, start: max(link.start, line.start), end: min(link.end, line.start + line.length)) {
                        rects.append((x + rx, y, rw, line.height))
                    }
                }
                y += line.height
            }
            let bytes = Array(p.text.text.utf8)
            let words = link.start < link.end && link.end <= bytes.count ? Self.plain(String(decoding: bytes[link.start..<link.end], as: UTF8.self)) : ""
            canvas.link(uri: link.url, rects: rects, description: words.isEmpty ? link.url : words + " (" + link.url + ")")
        }
    }

    /// Text as a reader hears it: without soft hyphens, withdrawn break points and line separators.
    static func plain(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0 != "\u{00AD}" && $0 != "\u{034F}" }.map { $0 == "\u{2028}" ? " " : Character($0) })
    }

    /// "page" in the document's language, for a contents entry's description.
    var pageWord: String {
        switch document.metadata.language { case "es": "página"; case "fr": "page"; default: "page" }
    }
}
