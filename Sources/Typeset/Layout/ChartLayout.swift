import Document

/// A chart's labels, shaped in the measuring pass, and the row heights they need: a label that
/// wraps makes its row taller instead of running into the next.
struct ChartLayout {
    /// Row labels (heat map) or bar labels, one per row.
    var rowLabels: [ParagraphSlot]
    /// Column labels of a heat map.
    var columnLabels: [ParagraphSlot]
    var labelWidth: Double
    var cellWidth: Double
    /// Lines of caption and reading aid, shaped at the text width.
    var caption: ParagraphSlot
    var readingAid: ParagraphSlot?

    static let padding = 3.0

    var headerHeight: Double {
        guard !columnLabels.isEmpty else { return 0 }
        return (columnLabels.map { $0.value.height }.max() ?? 0) + 2 * Self.padding
    }

    func rowHeight(_ r: Int, minimum: Double) -> Double {
        max(minimum, rowLabels[r].value.height + 2 * Self.padding)
    }

    /// The whole figure's height: header, rows, key, caption and reading aid.
    func height(_ chart: Chart) -> Double {
        var h = headerHeight
        switch chart {
        case .bars: h += rowLabels.indices.map { rowHeight($0, minimum: FigureMetrics.barPitch) }.reduce(0, +)
        case .heatMap(let m):
            // The key explains hatched cells: only when there is one.
            h += rowLabels.indices.map { rowHeight($0, minimum: FigureMetrics.cellHeight) }.reduce(0, +)
                + (m.hasMissingCells ? FigureMetrics.keyHeight : 0)
        }
        return h + 4 + caption.value.height + (readingAid?.value.height ?? 0)
    }
}

extension LayoutBuilder {
    /// Queues a figure's labels, caption and reading aid for shaping.
    func chartLayout(_ f: Figure, number: Int) -> ChartLayout {
        let width = geometry.textWidth
        let style = styles.caption
        var captionStyle = style; captionStyle.bold = true
        let caption = shape([.text("\(template.labels.figure) \(number). \(f.caption)")], style: captionStyle, width: width)
        let aid = f.readingAid.isEmpty ? nil : shape([.text(f.readingAid)], style: style, width: width)
        switch f.chart {
        case .bars(let bars):
            let labelWidth = width * 0.32
            let rows = bars.map { shape([.text($0.label)], style: style, width: labelWidth - 6, alignment: .trailing) }
            checkGlyphs(bars.map { PageDrawer.format($0.value) }.joined(separator: " "))
            return ChartLayout(rowLabels: rows, columnLabels: [], labelWidth: labelWidth, cellWidth: 0, caption: caption, readingAid: aid)
        case .heatMap(let m):
            let labelWidth = width * 0.30
            let cellWidth = (width - labelWidth) / Double(max(1, m.columnLabels.count))
            var columnStyle = style; columnStyle.size -= 0.5
            let columns = m.columnLabels.map { shape([.text($0)], style: columnStyle, width: cellWidth - 1, alignment: .center) }
            let rows = m.rowLabels.map { shape([.text($0)], style: style, width: labelWidth - 6) }
            checkGlyphs(m.missingLabel)
            return ChartLayout(rowLabels: rows, columnLabels: columns, labelWidth: labelWidth, cellWidth: cellWidth,
                               caption: caption, readingAid: aid)
        }
    }
}
