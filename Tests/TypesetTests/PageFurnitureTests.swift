import Document
import Foundation
import Testing
import TestSupport
@testable import Typeset

/// Duplex padding and mirrored margins, the internal band, the draft watermark, running heads.
@Suite struct PageFurnitureTests {
    @Test func duplexPadsToEvenPagesMirrorsMarginsAndMarksEveryPage() throws {
        var template = PageTemplate(duplex: true, footerText: "Stocktaking 2017", band: "Civil society only — not for distribution",
                                    draftLabel: "1980-01-01 · a1b2c3d")
        template.paper = .letter
        template.labels.blankPage = "This page is intentionally left blank."
        var blocks: [Block] = [.heading(1, [.text("Only chapter")])]
        // Enough for a little over two pages: with the padding page, four.
        for i in 0..<15 { blocks.append(.paragraph("Para\(i) " + SampleDocument.lorem(90, seed: i))) }
        let doc = Document(metadata: Metadata(title: "Furniture"), template: template, blocks: blocks)
        let typesetter = Typesetter(fontsFolder: SampleDocument.fonts)
        let content = typesetter.paginate(doc).pages.count
        #expect(content % 2 == 1, "the fixture should fill an odd number of pages, got \(content)")
        let folder = PDFTools.temporaryFolder()
        let pdf = folder.appendingPathComponent("furniture.pdf")
        let result = typesetter.render(doc, to: pdf.path)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.pageCount == content + 1)
        #expect(PDFTools.pageCount(pdf) == content + 1)
        #expect(PDFTools.run("pdfinfo", [pdf.path]).stdout.contains("612 x 792 pts (letter)"))
        let text = PDFTools.text(pdf)
        for (i, page) in text.enumerated() {
            #expect(page.contains("CIVIL SOCIETY ONLY — NOT FOR DISTRIBUTION"), "page \(i + 1)")
            // (pdftotext skips the diagonal mark; the foot line repeats the word with the label.)
            #expect(page.contains("DRAFT · 1980-01-01 · a1b2c3d"), "page \(i + 1)")
            // The padding page carries only what every page must: band and draft label.
            let padding = i == content
            #expect(page.contains("page \(i + 1) of \(content + 1)") != padding, "page \(i + 1)")
            #expect((page.contains("Furniture") && page.contains("Only chapter")) != padding, "page \(i + 1)")
            #expect(page.contains("This page is intentionally left blank.") == padding, "page \(i + 1)")
        }
        // Mirrored margins: the text block starts at the inside margin on odd pages, outside on even.
        let k = 72.0 / 25.4
        let words = PDFWordBox.read(pdf).filter { $0.word.hasPrefix("Para") }
        let page1 = words.filter { $0.page == 1 }.map(\.xMin).min() ?? 0
        let page2 = words.filter { $0.page == 2 }.map(\.xMin).min() ?? 0
        #expect(abs(page1 - 22 * k) < 1.5 && abs(page2 - 20 * k) < 1.5, "\(page1) \(page2)")
        #expect(result.text.runningHeads.contains("Civil society only — not for distribution"))
        #expect(result.text.outline == ["Only chapter"])
        #expect(result.text.runningHeads.filter { $0 == "DRAFT" }.count == content + 1)
        #expect(result.text.metadata.contains("Furniture"))
    }

    @Test func sameDocumentSameBytes() throws {
        let typesetter = Typesetter(fontsFolder: SampleDocument.fonts)
        let a = PDFTools.temporaryFolder().appendingPathComponent("a.pdf")
        let b = PDFTools.temporaryFolder().appendingPathComponent("b.pdf")
        _ = typesetter.render(SampleDocument.everything(), to: a.path)
        _ = Typesetter(fontsFolder: SampleDocument.fonts).render(SampleDocument.everything(), to: b.path)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        #expect(PDFTools.run("pdfinfo", [a.path]).stdout.contains("CreationDate:    Sun Dec  3 00:00:00 2017 UTC"))
    }
}

/// Shaping on several threads (one font map each) gives the same pages and the same bytes.
@Suite struct ParallelShapingTests {
    @Test func twoShapingThreadsGiveTheSameResult() throws {
        var doc = SampleDocument.everything()
        for i in 0..<300 { doc.blocks.append(.paragraph("P\(i) " + SampleDocument.lorem(40 + i % 30, seed: i))) }
        let one = Typesetter(fontsFolder: SampleDocument.fonts)
        let two = Typesetter(fontsFolder: SampleDocument.fonts, shapingThreads: 2)
        #expect(one.paginate(doc).pages == two.paginate(doc).pages)
        let a = PDFTools.temporaryFolder().appendingPathComponent("a.pdf")
        let b = PDFTools.temporaryFolder().appendingPathComponent("b.pdf")
        #expect(!one.render(doc, to: a.path).diagnostics.hasErrors)
        #expect(!two.render(doc, to: b.path).diagnostics.hasErrors)
        #expect(PDFTools.text(a) == PDFTools.text(b))
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        // Twice on the same typesetter: the reused font maps change nothing.
        let c = PDFTools.temporaryFolder().appendingPathComponent("c.pdf")
        _ = two.render(doc, to: c.path)
        #expect(try Data(contentsOf: b) == Data(contentsOf: c))
    }
}
