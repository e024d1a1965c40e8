import Document
import Foundation

extension PageDrawer {
    /// Draws a chart with its numbered caption and reading aid; labels were shaped when measured.
    func drawFigure(_ f: Figure, _ layout: ChartLayout, x: Double, top: Double) {
        let width = geometry.textWidth
        let label = styles.caption
        let pad = ChartLayout.padding
        var y = top
        canvas.beginStructure("Figure")
        switch f.chart {
        case .bars(let bars):
            let maxValue = max(1, bars.map(\.value).max() ?? 1)
            let labelWidth = layout.labelWidth, barRoom = width * 0.58
            for (i, bar) in bars.enumerated() {
                let h = layout.rowHeight(i, minimum: FigureMetrics.barPitch)
                drawShaped(layout.rowLabels[i].value, x: x, y: y + pad, colour: .black)
                let w = barRoom * bar.value / maxValue
                canvas.fillRect(x: x + labelWidth, y: y + 3, width: max(0.5, w), height: min(h, FigureMetrics.barPitch) - 6,
                                colour: template.accent)
                drawString(Self.format(bar.value), style: label, x: x + labelWidth + w + 4, y: y + 2, width: 40,
                           align: .natural, colour: .black, record: true)
                y += h
            }
        case .heatMap(let m):
            let labelWidth = layout.labelWidth, cellWidth = layout.cellWidth
            for c in m.columnLabels.indices {
                let p: ShapedParagraph = layout.columnLabels[c].value
                drawShaped(p, x: x + labelWidth + Double(c) * cellWidth + 0.5, y: y + layout.headerHeight - pad - p.height, colour: .black)
            }
            y += layout.headerHeight
            let maxCount = max(1, m.cells.flatMap { $0.compactMap { $0 } }.max() ?? 1)
            for r in m.rowLabels.indices {
                let h = layout.rowHeight(r, minimum: FigureMetrics.cellHeight)
                drawShaped(layout.rowLabels[r].value, x: x, y: y + pad, colour: .black)
                for c in m.columnLabels.indices {
                    let cx = x + labelWidth + Double(c) * cellWidth
                    let value = r < m.cells.count && c < m.cells[r].count ? m.cells[r][c] : nil
                    if let v = value {
                        let t = Double(v) / Double(maxCount)
                        canvas.fillRect(x: cx + 1, y: y + 1, width: cellWidth - 2, height: h - 2, colour: Self.mix(template.accent, t))
                        drawString(String(v), style: label, x: cx, y: y + (h - label.leading) / 2, width: cellWidth, align: .center,
                                   colour: t > 0.5 ? .grey(1) : .black, record: true)
                    } else {
                        canvas.hatch(x: cx + 1, y: y + 1, width: cellWidth - 2, height: h - 2, colour: .grey(0.5))
                    }
                }
                y += h
            }
            if m.hasMissingCells {
                canvas.hatch(x: x + labelWidth, y: y + 5, width: 14, height: 9, colour: .grey(0.5))
                drawString(m.missingLabel, style: label, x: x + labelWidth + 18, y: y + 3, width: width - labelWidth - 18,
                           align: .natural, colour: .black, record: true)
                y += FigureMetrics.keyHeight
            }
        }
        canvas.endStructure("Figure")
        y += 4
        canvas.beginStructure("Caption")
        y += drawShaped(layout.caption.value, x: x, y: y, colour: .black)
        if let aid = layout.readingAid { drawShaped(aid.value, x: x, y: y, colour: .grey(0.35)) }
        canvas.endStructure("Caption")
    }

    /// Draws an already shaped paragraph with its top at `y`; returns its height.
    @discardableResult
    func drawShaped(_ p: ShapedParagraph, x: Double, y: Double, colour: Colour) -> Double {
        canvas.setColour(colour)
        var top = y
        for i in p.lines.indices {
            p.drawLine(i, x: x, top: top, on: canvas)
            pageText.append(p.lineText(i))
            top += p.lines[i].height
        }
        return top - y
    }

    /// White mixed towards `colour` by `t` (0…1).
    static func mix(_ colour: Colour, _ t: Double) -> Colour {
        let k = 0.12 + 0.88 * t
        return Colour(red: 1 - (1 - colour.red) * k, green: 1 - (1 - colour.green) * k, blue: 1 - (1 - colour.blue) * k)
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
    }

    /// Draws a cover page: title, subtitle, lines, kind and the audience marking at the foot.
    func drawCover(_ c: Cover, logos: [RasterImage], page: Int) {
        let x = geometry.left(page: page), width = geometry.textWidth
        var logoX = x
        let logoHeight = 18 * PageGeometry.pointsPerMM
        // cairo 1.16 writes a dangling object for an image painted inside a structure element of
        // a PDF that also has destinations: the logos are painted before the "Document" element
        // opens (a cover is the first page), so the tree keeps one root element.
        if !logos.isEmpty, documentOpen { canvas.endStructure("Document"); documentOpen = false }
        for logo in logos {
            let w = logoHeight * Double(logo.pixelWidth) / Double(max(1, logo.pixelHeight))
            canvas.draw(logo, x: logoX, y: geometry.top, width: w, height: logoHeight)
            logoX += w + 8 * PageGeometry.pointsPerMM
        }
        if !documentOpen { canvas.beginStructure("Document"); documentOpen = true }
        // The cover's title is the document's first heading (H1: a document's headings then never
        // start below level 1), its other texts paragraphs; the accent bar and the rule are artifacts.
        func paragraph(_ text: String, as element: String = "P", _ draw: () -> Double) -> Double {
            guard !text.isEmpty else { return 0 }
            canvas.beginStructure(element)
            defer { canvas.endStructure(element) }
            return draw()
        }
        var y = geometry.top + geometry.textHeight * 0.22
        canvas.fillRect(x: x, y: y - 18, width: 40, height: 4, colour: template.accent)
        y += paragraph(c.title, as: "H1") { drawString(c.title, style: styles.coverTitle, x: x, y: y, width: width, align: .natural,
                                              colour: template.accent, record: true) } + 8
        var sub = styles.heading2; sub.bold = false
        y += paragraph(c.subtitle) { drawString(c.subtitle, style: sub, x: x, y: y, width: width, align: .natural,
                                                 colour: .grey(0.2), record: true) } + 18
        var lineStyle = styles.heading3; lineStyle.bold = false; lineStyle.size = 12; lineStyle.leading = 17
        for line in c.lines {
            y += paragraph(line) { drawString(line, style: lineStyle, x: x, y: y, width: width, align: .natural,
                                               colour: .grey(0.15), record: true) }
        }
        y += 28
        var kind = styles.heading2; kind.bold = true; kind.size = 13
        _ = paragraph(c.kind) { drawString(c.kind, style: kind, x: x, y: y, width: width, align: .natural,
                                           colour: template.accent, record: true) }
        let foot = geometry.height - geometry.bottom - styles.heading3.leading
        canvas.strokeLine(x1: x, y1: foot - 6, x2: x + width, y2: foot - 6, width: 0.4, colour: .grey(0.45))
        _ = paragraph(c.marking) { drawString(c.marking, style: kind, x: x, y: foot, width: width, align: .natural,
                                              colour: .black, record: true) }
    }
}
