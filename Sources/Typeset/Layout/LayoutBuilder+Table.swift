import Document
import Foundation

extension LayoutBuilder {
    /// Lays out a table: columns from the template's relative widths, every cell shaped once,
    /// numbers right-aligned in tabular figures.
    func addTable(_ t: Table, indent: Double) {
        let count = max(t.columns.count, t.header.count, t.rows.map(\.count).max() ?? 0)
        guard count > 0 else { return }
        let columns = (0..<count).map { $0 < t.columns.count ? t.columns[$0] : TableColumn() }
        let total = columns.reduce(0) { $0 + max(0.01, $1.width) }
        let available = geometry.textWidth - indent
        let widths = columns.map { available * max(0.01, $0.width) / total }
        var xs: [Double] = [], x = 0.0
        for w in widths { xs.append(x); x += w }
        let alignments: [TableColumn.Alignment] = (0..<count).map { c in
            if columns[c].alignment != .leading { return columns[c].alignment }
            let cells = t.rows.compactMap { c < $0.count ? $0[c].plainText : nil }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy(Self.isNumber) ? .trailing : .leading
        }
        func shapeRow(_ row: [[Run]], style: TextStyle) -> [ParagraphSlot] {
            (0..<count).map { c in
                let runs = c < row.count ? row[c] : []
                let align: TextShaper.Alignment = alignments[c] == .trailing ? .trailing : alignments[c] == .center ? .center : .natural
                return shape(runs, style: style, width: widths[c] - 2 * TableElement.padX, alignment: align, tabular: true)
            }
        }
        let e = TableElement(indent: indent, columnX: xs, columnWidths: widths, alignments: alignments,
                             headerSlots: shapeRow(t.header, style: styles.tableHeader),
                             rowSlots: t.rows.map { shapeRow($0, style: styles.table) })
        append(.table(e)) {
            FlowItem(.table(header: e.headerHeight, rows: e.rowSlots.indices.map(e.rowHeight)), spaceBefore: 6, spaceAfter: 12)
        }
    }

    static func isNumber(_ s: String) -> Bool {
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        return trimmed.unicodeScalars.allSatisfy { CharacterSet(charactersIn: "0123456789.,%+-−  ").contains($0) }
            && trimmed.unicodeScalars.contains { CharacterSet.decimalDigits.contains($0) }
    }

    /// Inserts the contents at `index`: a title and one entry per heading down to the depth,
    /// each shaped narrower than the text block to leave room for the leader and page number.
    func insertContents(_ toc: TableOfContents, at index: Int) {
        var newElements: [Element] = [], newItems: [() -> FlowItem] = []
        let titleStyle = styles.heading2
        let title = shape([.text(toc.title)], style: titleStyle, width: geometry.textWidth)
        var titleElement = TextElement(slot: title, indent: 0, colour: colour(titleStyle), spaceAfter: titleStyle.spaceAfter)
        titleElement.runningTitle = toc.title
        newElements.append(.text(titleElement))
        newItems.append { FlowItem(.lines(title.value.lines.map(\.height)), spaceBefore: 0, spaceAfter: titleStyle.spaceAfter, keepWithNext: true) }
        let numberRoom = 14 * PageGeometry.pointsPerMM
        for h in headings where h.level <= toc.depth {
            let indent = Double(h.level - 1) * 6 * PageGeometry.pointsPerMM
            var style = styles.body
            if h.level == 1 { style.bold = true; style.family = styles.heading1.family; style.size = styles.body.size }
            let p = shape([.text(h.title)], style: style, width: geometry.textWidth - indent - numberRoom)
            var e = TextElement(slot: p, indent: indent, colour: .black, spaceAfter: h.level == 1 ? 4 : 1)
            e.tocTarget = h.anchor
            newElements.append(.text(e))
            let before = h.level == 1 ? 4.0 : 0, after = e.spaceAfter
            newItems.append { FlowItem(.lines(p.value.lines.map(\.height)), spaceBefore: before, spaceAfter: after) }
        }
        insert(newElements, newItems, at: index)
    }
}

/// Fixed sizes of drawn charts, in points.
enum FigureMetrics {
    static let barPitch = 16.0
    static let cellHeight = 18.0
    static let keyHeight = 18.0
}
