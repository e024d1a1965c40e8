import Diagnostics
import Document
import Foundation
import TestSupport
@testable import Typeset

/// Documents built in code for the engine's tests.
enum SampleDocument {
    static let fonts = PDFTools.packageRoot.appendingPathComponent("Fonts")

    static func lorem(_ words: Int, seed: Int = 0) -> String {
        let vocabulary = ["migrants", "protection", "regional", "consultations", "stressed", "the", "need", "for",
                          "regular", "pathways", "and", "access", "to", "services", "without", "fear", "of",
                          "detention", "civil", "society", "governments", "children", "labour", "rights"]
        var out: [String] = []
        for i in 0..<words { out.append(vocabulary[(i * 7 + seed * 3 + i / 5) % vocabulary.count]) }
        return out.joined(separator: " ").capitalizedFirst + "."
    }

    static func span(_ line: Int) -> SourceSpan { SourceSpan(path: "sample.md", line: line, column: 1) }

    /// A document using every kind of block.
    static func everything() -> Document {
        var blocks: [Block] = [
            Block(.cover(Cover(title: "Civil Society Stocktaking and Strategy Meeting",
                               subtitle: "Regional and global processes toward the States' Stocktaking Conference",
                               lines: ["Puerto Vallarta, Mexico", "2–3 December 2017"], kind: "Post-meeting report",
                               marking: "Public")), provenance: .cover),
            Block(.tableOfContents(TableOfContents())),
            .heading(1, [.text("Introduction")], span: span(1)),
            .paragraph([.text(lorem(60)), .text(" "), .strong([.text("Bold words")]), .text(" and "),
                        .emphasis([.text("italic words")]), .text(", a "), .link(url: "https://example.org", [.text("link to example.org")]),
                        .text(" and a forced"), .lineBreak, .text("line break."), .tag("5 of 6 regions · 3 of 4 groups")], span: span(2)),
            .heading(2, [.text("Nested lists")], span: span(3)),
            Block(.list(ListBlock(items: [
                ListItem([.text(lorem(20, seed: 1))]),
                ListItem([.paragraph([.text(lorem(12, seed: 2))]),
                          Block(.list(ListBlock(ordered: true, items: [ListItem([.text("First nested")]), ListItem([.text("Second nested")])])))]),
                ListItem([.text("Third item")]),
            ]))),
            Block(.box(BoxBlock(.quote, [.paragraph(lorem(40, seed: 4))]))),
            Block(.box(BoxBlock(.shaded, [.paragraph("Table 3 · Round 1 · 10:30–11:45"), .paragraph(lorem(20, seed: 5))]))),
            .heading(2, [.text("Arabic")], span: span(5)),
            .paragraph("تؤكد المشاورات الإقليمية على أهمية حماية حقوق المهاجرين وأسرهم في جميع مراحل الهجرة، وعلى ضرورة توفير مسارات نظامية آمنة.", span: span(6)),
            .paragraph("Mixed: the word حماية means protection; la protección; la protection.", span: span(7)),
            .heading(1, [.text("Data")], span: span(8)),
            Block(.table(Table(columns: [TableColumn(width: 3), TableColumn(width: 1), TableColumn(width: 1)],
                               header: [[.text("Region")], [.text("Notes")], [.text("Share")]],
                               rows: (1...30).map { [[.text("Region \($0)")], [.text("\($0 * 3)")], [.text("\($0).5 %")]] }))),
            Block(.figure(Figure(.bars([Bar("Civil society", 60), Bar("Governments", 40), Bar("UN", 8)]),
                                 caption: "Participation by sector", readingAid: "Longer: more participants."))),
            Block(.figure(Figure(.heatMap(HeatMap(rowLabels: ["Act 1 Human rights", "Act 2 Pathways", "Act 3 Protection"],
                                                  columnLabels: ["Asia", "Africa", "LAC", "MENA"],
                                                  cells: [[3, 0, nil, 1], [5, 2, nil, 0], [1, 4, nil, 6]],
                                                  missingLabel: "outcome not received")),
                                 caption: "Where the input came from", readingAid: "Darker: more input."))),
            .heading(3, [.text("A third-level heading")]),
            .paragraph(lorem(80, seed: 9)),
        ]
        blocks.append(contentsOf: (0..<6).map { .paragraph(lorem(70, seed: $0)) })
        return Document(metadata: Metadata(title: "Sample report", author: "ICMC-MADE", subject: "Engine test",
                                           date: DocumentDate(year: 2017, month: 12, day: 3)),
                        template: PageTemplate(footerText: "Stocktaking 2017"), blocks: blocks)
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
