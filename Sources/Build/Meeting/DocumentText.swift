import Diagnostics
import Gate
import Document
import Typeset

/// The text a document puts on its pages, block by block with the block's source and whether it
/// came from chatham-house content, plus everything else Typeset reports it drew (running heads,
/// outline, metadata) and the file name: what the last gate scans. Typeset's drawn pieces
/// (`DrawnText.blocks`, lines per page) are not scanned again: they are these blocks' text cut at
/// page breaks, where a name split across two pages, or a sentence start behind a paragraph
/// number, would be read wrongly.
enum DocumentText {
    static func gateBlocks(_ document: Document, drawn: DrawnText, path: String) -> [LastGate.Block] {
        var out: [LastGate.Block] = [LastGate.Block(text: path.replacingOccurrences(of: "-", with: " "), chathamHouse: false)]
        func walk(_ blocks: [Block], inherited: Provenance?) {
            for block in blocks {
                let provenance = block.provenance ?? inherited
                let chatham = provenance == .chathamHouse
                func add(_ text: String, spaced: String? = nil) {
                    if !text.isEmpty { out.append(LastGate.Block(text: text, spaced: spaced, span: block.span, chathamHouse: chatham)) }
                }
                // Link addresses are drawn into the PDF too (as annotations).
                func links(_ runs: [Run]) {
                    for r in runs {
                        switch r {
                        case .link(let url, let c): add(url); links(c)
                        case .strong(let c), .emphasis(let c): links(c)
                        default: break
                        }
                    }
                }
                switch block.content {
                case .heading(_, let runs): add(runs.plainText, spaced: spacedText(runs)); links(runs)
                case .paragraph(let runs): add(sentenceText(runs), spaced: spacedText(runs)); links(runs)
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
            out.append(LastGate.Block(text: text, chathamHouse: false))
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

    /// The text with a space at every boundary between runs, the other way a reader may join
    /// them (SPEC 3.5: run boundaries read both as spaces and joined).
    static func spacedText(_ runs: [Run]) -> String {
        var out = ""
        func walk(_ runs: [Run]) {
            for r in runs {
                switch r {
                case .text(let s), .code(let s), .tag(let s), .superscript(let s): out += " " + s + " "
                case .strong(let c), .emphasis(let c), .link(_, let c), .strikethrough(let c): out += " "; walk(c); out += " "
                case .lineBreak: out += "\n"
                }
            }
        }
        walk(runs)
        return out
    }
}
