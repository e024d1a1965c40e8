import Diagnostics
import Disclosure
import Document
import Typeset

/// The text a document puts on its pages, block by block with the block's source and whether it
/// came from chatham-house content, plus everything else Typeset reports it drew (running heads,
/// outline, metadata) and the file name: what the last gate scans. Typeset's drawn pieces
/// (`DrawnText.blocks`, lines per page) are not scanned again: they are these blocks' text cut at
/// page breaks, where a name split across two pages, or a sentence start behind a paragraph
/// number, would be read wrongly.
enum DocumentText {
    static func gateBlocks(_ document: Document, drawn: DrawnText, path: String) -> [LeakGate.Block] {
        var out: [LeakGate.Block] = [LeakGate.Block(text: path.replacingOccurrences(of: "-", with: " "), chathamHouse: false)]
        func walk(_ blocks: [Block], inherited: Provenance?) {
            for block in blocks {
                let provenance = block.provenance ?? inherited
                let chatham = provenance == .chathamHouse
                func add(_ text: String) {
                    if !text.isEmpty { out.append(LeakGate.Block(text: text, span: block.span, chathamHouse: chatham)) }
                }
                switch block.content {
                case .heading(_, let runs): add(runs.plainText)
                case .paragraph(let runs): add(sentenceText(runs))
                case .list(let list): for item in list.items { walk(item.blocks, inherited: provenance) }
                case .box(let box): walk(box.blocks, inherited: provenance)
                case .table(let table):
                    for row in [table.header] + table.rows { add(row.map(\.plainText).joined(separator: " | ")) }
                    if let caption = table.caption { add(caption) }
                case .figure(let figure):
                    add(figure.caption); add(figure.readingAid)
                    switch figure.chart {
                    case .bars(let bars): add(bars.map(\.label).joined(separator: " | "))
                    case .heatMap(let map): add((map.rowLabels + map.columnLabels + [map.missingLabel]).joined(separator: " | "))
                    }
                case .image(let image): add(image.caption ?? "")
                case .tableOfContents(let toc): add(toc.title)
                case .title(let title): add(title)
                case .cover(let cover): add(([cover.title, cover.subtitle, cover.kind, cover.marking] + cover.lines).joined(separator: " | "))
                case .tentCard(let card): add([card.heading, card.title].joined(separator: " | "))
                case .pageBreak, .rule, .ruledArea: break
                @unknown default: break
                }
            }
        }
        walk(document.blocks, inherited: nil)
        // The body is scanned block by block above (with each block's source, and sentence
        // starts intact); what Typeset adds on its own — running heads and footers, outline
        // titles, metadata — is scanned as drawn.
        for text in drawn.runningHeads + drawn.outline + drawn.metadata {
            out.append(LeakGate.Block(text: text, chathamHouse: false))
        }
        return out
    }

    /// A paragraph's text as the gate should read it: a report's paragraph number ("3.2" and an
    /// em space) ends with a full stop, so that the item's first word is still read as the start
    /// of a sentence — as the rewriter read it.
    static func sentenceText(_ runs: [Run]) -> String {
        if runs.count >= 2, case .strong(let label) = runs[0], case .text("\u{2003}") = runs[1],
           label.plainText.allSatisfy({ $0.isNumber || $0 == "." }) {
            return label.plainText + ". " + Array(runs.dropFirst(2)).plainText
        }
        return runs.plainText
    }
}
