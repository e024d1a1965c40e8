import Foundation
import Testing
import TestSupport

/// `stocktake render` draws a PNG that a paragraph holds alone, with its alt text as a numbered
/// caption; a missing image is an error at its line, and writes nothing.
@Suite struct RenderImageTests {
    let binary = PDFTools.stocktakeBinary.path

    @Test func aStandaloneImageIsDrawnWithItsCaption() throws {
        let folder = PDFTools.temporaryFolder("render-image")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PDFTools.packageRoot.appendingPathComponent("Templates/logo.png"),
                                         to: folder.appendingPathComponent("img/plan.png"))
        let md = folder.appendingPathComponent("doc.md")
        try """
        # Seating

        The plan of the room:

        ![Seating plan of table 3](img/plan.png)

        Text with an inline ![icon](img/plan.png) stays text.
        """.write(to: md, atomically: true, encoding: .utf8)
        let run = PDFTools.run(binary, ["render", md.path, "-o", folder.appendingPathComponent("doc.pdf").path])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder.appendingPathComponent("doc.pdf")
        let images = PDFTools.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
            .filter { $0.contains(" 360 ") && $0.contains(" 120 ") }
        #expect(images.count == 1, "the plan, drawn once (the inline one is its alt text): \(images)")
        let text = PDFTools.text(pdf).joined(separator: "\n")
        #expect(text.contains("Figure 1. Seating plan of table 3"), "\(text)")
        #expect(text.contains("Text with an inline icon stays text."))
        #expect(PDFTools.run("qpdf", ["--check", pdf.path]).status == 0)

        // A missing image: an error at its paragraph, and no PDF.
        try "# Seating\n\nIntro.\n\n![Plan](img/missing.png)\n".write(to: md, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: pdf)
        let missing = PDFTools.run(binary, ["render", md.path, "-o", pdf.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("doc.md:5:1: error: cannot read the image") && missing.stderr.contains("[missing-file]"),
                "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect(missing.stderr.contains("it cannot be read"), "\(missing.stderr)")

        // Not a PNG (a JPEG renamed, say), or one too large to decode safely: the same, with why.
        try Data("not an image".utf8).write(to: folder.appendingPathComponent("img/fake.png"))
        var huge = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8))
        huge.append(contentsOf: [0, 0, 0x9C, 0x40, 0, 0, 0x9C, 0x40, 8, 6, 0, 0, 0])  // 40,000 × 40,000
        try huge.write(to: folder.appendingPathComponent("img/huge.png"))
        for (file, why) in [("fake.png", "it is not a PNG or JPEG file"), ("huge.png", "it is too large (40000 × 40000 pixels")] {
            try "# Seating\n\n![Plan](img/\(file))\n".write(to: md, atomically: true, encoding: .utf8)
            let bad = PDFTools.run(binary, ["render", md.path, "-o", pdf.path])
            #expect(bad.status == 1)
            #expect(bad.stderr.contains("doc.md:3:1: error: cannot read the image") && bad.stderr.contains(why)
                    && bad.stderr.contains("[unreadable-file]"), "\(bad.stderr)")
            #expect(!FileManager.default.fileExists(atPath: pdf.path))
        }
    }

    /// A JPEG is drawn as it is: its bytes embedded unchanged (DCTDecode), never decoded.
    @Test func aJPEGIsEmbeddedAsItIs() throws {
        let folder = PDFTools.temporaryFolder("render-jpeg")
        let jpeg = PDFTools.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/page.jpg")
        try FileManager.default.copyItem(at: jpeg, to: folder.appendingPathComponent("page.jpg"))
        let md = folder.appendingPathComponent("doc.md"), pdf = folder.appendingPathComponent("doc.pdf")
        try "# Pages\n\n![A page](page.jpg)\n".write(to: md, atomically: true, encoding: .utf8)
        let run = PDFTools.run(binary, ["render", md.path, "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = PDFTools.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 1 && rows.first?.contains(" jpeg ") == true && rows.first?.contains(" 166   234 ") == true, "\(rows)")
        #expect(PDFTools.run("qpdf", ["--check", pdf.path]).status == 0)
        #expect(PDFTools.text(pdf).joined().contains("Figure 1. A page"))
    }
}
