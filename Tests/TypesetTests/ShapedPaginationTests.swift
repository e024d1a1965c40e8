import Diagnostics
import Foundation
import Document
import Testing
import TestSupport
@testable import Typeset

/// Pagination of real, shaped documents (Pango measures; nothing is drawn).
@Suite struct ShapedPaginationTests {
    let typesetter = Typesetter(fontsFolder: SampleDocument.fonts)

    @Test func aShapedParagraphMovedAcrossThePageBreakKeepsTwoLinesEachSide() {
        let target = SampleDocument.lorem(75, seed: 3)  // six or so lines of body text
        var splits = Set<[Int]>()
        for fillers in 26...40 {
            var blocks: [Block] = (0..<fillers).map { .paragraph("Line \($0).") }
            blocks.append(.paragraph(target))
            let doc = Document(metadata: Metadata(title: "t"), blocks: blocks)
            let result = typesetter.paginate(doc)
            let targetItem = result.items.count - 1
            guard case .lines(let heights) = result.items[targetItem].body else { Issue.record("not lines"); return }
            #expect(heights.count >= 5)
            let parts = result.pages.flatMap { $0.filter { $0.item == targetItem } }
            #expect(parts.flatMap { Array($0.range) } == Array(0..<heights.count))
            for part in parts { #expect(part.range.count >= 2, "fillers \(fillers): \(parts.map(\.range))") }
            splits.insert(parts.map(\.range.count))
        }
        // The walk really crossed a page break with the paragraph split in more than one way.
        #expect(splits.filter { $0.count == 2 }.count >= 2, "\(splits)")
    }

    @Test func contentsKnowTheirPageNumbersBeforeDrawing() {
        let result = typesetter.paginate(SampleDocument.everything())
        #expect(!result.diagnostics.hasErrors)
        let titles = result.headings.map(\.title)
        #expect(titles.prefix(2) == ["Introduction", "Nested lists"])
        // The cover is page 1, contents and the introduction page 2; "Data" comes later.
        #expect(result.headings.first?.page == 2)
        let data = result.headings.first { $0.title == "Data" }
        #expect((data?.page ?? 0) > 2)
    }

    @Test func aCharacterNoBundledFontHasIsAnErrorNamingTheBlock() {
        let span = SourceSpan(path: "notes/x.md", line: 7, column: 3)
        let doc = Document(metadata: Metadata(title: "t"),
                           blocks: [.paragraph("Fine text."), .paragraph([.text("A hieroglyph 𓀀 and 漢 here.")], span: span)])
        let folder = PDFTools.temporaryFolder()
        let pdf = folder.appendingPathComponent("x.pdf")
        let result = typesetter.render(doc, to: pdf.path)
        let errors = result.diagnostics.all.filter { $0.code == .missingGlyph }
        #expect(errors.count == 1)
        #expect(errors.first?.span == span)
        #expect(errors.first?.message.contains("𓀀") == true)
        #expect(errors.first?.message.contains("漢") == true)
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true)
    }
}
