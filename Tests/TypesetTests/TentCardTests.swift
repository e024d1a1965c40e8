import Document
import Foundation
import Testing
import TestSupport
@testable import Typeset

/// Tent cards: one landscape page each, both halves printed, no running head or footer.
@Suite struct TentCardTests {
    @Test func eachCardIsALandscapePageWithBothHalves() throws {
        var template = PageTemplate(footerText: "Stocktaking 2017")
        template.landscape = true
        let doc = Document(metadata: Metadata(title: "Tent cards"), template: template, blocks: [
            Block(.tentCard(TentCard(heading: "Table 3", title: "Act 3: Protection of migrants in vulnerable situations"))),
            Block(.tentCard(TentCard(heading: "Table 4", title: "Act 4: Labour rights"))),
        ])
        let pdf = PDFTools.temporaryFolder().appendingPathComponent("tent.pdf")
        let result = Typesetter(fontsFolder: SampleDocument.fonts).render(doc, to: pdf.path)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.pageCount == 2)
        #expect(PDFTools.run("pdfinfo", [pdf.path]).stdout.contains("841.89 x 595.276 pts"))
        // Each page draws its card twice (the far half upside down), and no page number.
        #expect(result.text.pages[0].components(separatedBy: "Table 3").count - 1 == 2)
        #expect(result.text.pages[1].components(separatedBy: "Act 4: Labour rights").count - 1 == 2)
        #expect(!result.text.runningHeads.contains { $0.contains("page") })
        // Nothing within 10 mm of the edge.
        let k = 72.0 / 25.4
        for w in PDFWordBox.read(pdf) {
            #expect(w.xMin >= 10 * k - 0.5 && w.xMax <= 841.89 - 10 * k + 0.5 && w.yMin >= 10 * k - 0.5 && w.yMax <= 595.276 - 10 * k + 0.5,
                    "\(w.word) at \(w.xMin),\(w.yMin)")
        }
        try? FileManager.default.removeItem(atPath: "/tmp/tent-smoke.pdf")
        try? FileManager.default.copyItem(atPath: pdf.path, toPath: "/tmp/tent-smoke.pdf")
    }
}
