import Document

extension PageDrawer {
    /// Draws a table piece: the header row (grey fill, bold), then the rows, with horizontal
    /// rules only. A table that goes on over the page is one Table element: a later piece adds its
    /// rows to the body left open, and its repeated header row is drawn outside the structure (an
    /// artifact), so a screen reader reads the header once.
    func drawTable(_ t: TableElement, rows: Range<Int>, x: Double, top: Double) {
        let left = x + t.indent
        let width = t.columnWidths.reduce(0, +)
        let rule = Colour.grey(0.35)
        let continued = openTable && rows.lowerBound > 0
        if !continued { closeTable(); canvas.beginStructure("Table") }
        canvas.fillRect(x: left, y: top, width: width, height: t.headerHeight, colour: .grey(0.88))
        canvas.strokeLine(x1: left, y1: top, x2: left + width, y2: top, width: 0.4, colour: rule)
        if continued {
            drawRow(t.header, t: t, x: left, top: top, cell: nil)
        } else {
            canvas.beginStructure("THead")
            drawRow(t.header, t: t, x: left, top: top, cell: "TH")
            canvas.endStructure("THead")
        }
        var y = top + t.headerHeight
        canvas.strokeLine(x1: left, y1: y, x2: left + width, y2: y, width: 0.4, colour: rule)
        if !continued { canvas.beginStructure("TBody") }
        openTable = true
        for r in rows {
            drawRow(t.row(r), t: t, x: left, top: y, cell: "TD")
            y += t.rowHeight(r)
            let last = r == rows.upperBound - 1
            canvas.strokeLine(x1: left, y1: y, x2: left + width, y2: y, width: last ? 0.4 : 0.25,
                              colour: last ? rule : .grey(0.7))
        }
        if rows.upperBound >= t.rowSlots.count { closeTable() }
    }

    /// One row; with no cell tag, outside the structure (a repeated header).
    private func drawRow(_ cells: [ShapedParagraph], t: TableElement, x: Double, top: Double, cell tag: String?) {
        var texts: [String] = []
        if tag != nil { canvas.beginStructure("TR") }
        defer { if tag != nil { canvas.endStructure("TR") } }
        for (c, cell) in cells.enumerated() {
            if let tag { canvas.beginStructure(tag) }
            defer { if let tag { canvas.endStructure(tag) } }
            canvas.setColour(.black)
            var y = top + TableElement.padY
            var lines: [String] = []
            for i in cell.lines.indices {
                cell.drawLine(i, x: x + t.columnX[c] + TableElement.padX, top: y, on: canvas)
                lines.append(cell.lineText(i))
                y += cell.lines[i].height
            }
            texts.append(lines.joined(separator: " "))
        }
        pageText.append(texts.joined(separator: " "))
    }
}
