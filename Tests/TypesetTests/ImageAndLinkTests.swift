import Diagnostics
import Document
import Foundation
import Testing
import TestSupport
@testable import Typeset

/// PNG images, URL links, and a missing image reported at its block.
@Suite struct ImageAndLinkTests {
    @Test func aPNGIsPlacedAndAURLBecomesALinkAnnotation() throws {
        let folder = PDFTools.temporaryFolder()
        // A PNG to place: the first page of a small render, rasterised.
        let typesetter = Typesetter(fontsFolder: SampleDocument.fonts)
        let source = folder.appendingPathComponent("source.pdf")
        _ = typesetter.render(Document(metadata: Metadata(title: "x"), blocks: [.paragraph("Picture me.")]), to: source.path)
        PDFTools.run("pdftoppm", ["-r", "20", "-png", "-singlefile", source.path, folder.appendingPathComponent("logo").path])
        let png = folder.appendingPathComponent("logo.png")
        #expect(FileManager.default.fileExists(atPath: png.path))

        let span = SourceSpan(path: "doc.md", line: 4, column: 1)
        let doc = Document(metadata: Metadata(title: "Images"), blocks: [
            .paragraph([.text("See "), .link(url: "https://example.org/a?b=c", [.text("the example site")]), .text(".")]),
            Block(.image(ImageBlock(path: png.path, widthMM: 60))),
        ])
        let pdf = folder.appendingPathComponent("images.pdf")
        let result = typesetter.render(doc, to: pdf.path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.all)")
        let images = PDFTools.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(images.count == 1)
        let qdf = folder.appendingPathComponent("q.pdf")
        PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let raw = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(raw.contains("/URI (https://example.org/a?b=c)"))
        #expect(PDFTools.run("qpdf", ["--check", pdf.path]).status == 0)

        let missing = Document(metadata: Metadata(title: "x"), blocks: [Block(.image(ImageBlock(path: "/nonexistent.png")), span: span)])
        let bad = typesetter.render(missing, to: folder.appendingPathComponent("bad.pdf").path)
        #expect(bad.diagnostics.all.map(\.span) == [span])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.pdf").path))
    }
}

/// The drawn text names the block each piece came from, for the last gate.
@Suite struct DrawnBlockTests {
    @Test func drawnPiecesCarryPageSpanAndProvenance() {
        let span = SourceSpan(path: "notes/t1.md", line: 12, column: 3)
        var blocks: [Block] = [Block(.cover(Cover(title: "Cover title")), provenance: .cover)]
        for i in 0..<60 { blocks.append(.paragraph("Filler \(i) " + SampleDocument.lorem(30, seed: i))) }
        blocks.append(Block(.list(ListBlock(items: [ListItem([.text("A secret strategy line.")])])), span: span, provenance: .chathamHouse))
        let doc = Document(metadata: Metadata(title: "Gate"), blocks: blocks)
        let pdf = PDFTools.temporaryFolder().appendingPathComponent("gate.pdf")
        let result = Typesetter(fontsFolder: SampleDocument.fonts).render(doc, to: pdf.path)
        let secret = result.text.blocks.filter { $0.text.contains("A secret strategy line.") }
        #expect(secret.count == 1)
        #expect(secret.first?.span == span && secret.first?.provenance == .chathamHouse)
        #expect(secret.first?.page == result.pageCount)
        #expect(result.pageCount > 2)
        #expect(PDFTools.text(pdf)[result.pageCount - 1].contains("A secret strategy line."))
        #expect(result.text.blocks.first { $0.text.contains("Cover title") }?.provenance == .cover)
    }
}
