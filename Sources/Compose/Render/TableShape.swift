import Document
import Model

/// Column widths and alignments for a Markdown table: widths follow each column's longest cell
/// (within bounds), alignment follows the table's own `:---:` marks.
enum TableShape {
    static func table(_ t: MarkdownTable) -> Table {
        let count = max(t.header.count, t.rows.map(\.count).max() ?? 0)
        var columns: [TableColumn] = []
        for c in 0..<count {
            let cells = ([c < t.header.count ? t.header[c] : []] + t.rows.map { c < $0.count ? $0[c] : [] })
            let longest = cells.map { $0.plainText.count }.max() ?? 1
            let alignment: TableColumn.Alignment
            switch c < t.alignments.count ? t.alignments[c] : .none {
            case .right: alignment = .trailing
            case .center: alignment = .center
            default: alignment = .leading
            }
            columns.append(TableColumn(width: Double(min(max(longest, 4), 40)), alignment: alignment))
        }
        return Table(columns: columns, header: t.header.map(MarkdownComposer.runs),
                     rows: t.rows.map { $0.map(MarkdownComposer.runs) })
    }
}
