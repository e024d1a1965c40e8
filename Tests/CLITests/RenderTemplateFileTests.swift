import Foundation
import Testing
import TestSupport

/// `stocktake render --template path/NAME.yaml`: a template file beside the document, extending
/// a tool template, with a justified body style.
@Suite struct RenderTemplateFileTests {
    let binary = PDFTools.stocktakeBinary.path

    @Test func aTemplateFileExtendsAToolTemplateAndJustifiesTheBody() throws {
        let folder = PDFTools.temporaryFolder("render-template-file")
        let template = folder.appendingPathComponent("tight.yaml")
        try """
        extends: document
        page:
          margins: { top: 20, bottom: 20, inside: 20, outside: 20 }
        cover: false
        contents: 0
        styles:
          body: { family: Noto Sans, size: 11, leading: 14.3, space_after: 6, justify: true }
        """.write(to: template, atomically: true, encoding: .utf8)
        let sentence = "Delegations reviewed the regular pathways for labour mobility and the recognition of skills. "
        let md = folder.appendingPathComponent("doc.md")
        try "# Justified\n\n\(String(repeating: sentence, count: 6))\n\nShort last paragraph.\n"
            .write(to: md, atomically: true, encoding: .utf8)
        let run = PDFTools.run(binary, ["render", md.path, "--template", template.path], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder.appendingPathComponent("doc.pdf")
        #expect(PDFTools.pageCount(pdf) == 1)

        // Every line of the long paragraph but its last ends at the right edge of the text
        // block (A4: 595.3 pt wide, 20 mm = 56.7 pt margins); the short paragraph's one line
        // is not stretched.
        let rightEdge = 595.28 - 20 * 72 / 25.4
        let words = PDFWordBox.read(pdf).filter { $0.yMin > 80 && $0.yMin < 700 }
        let lines = Dictionary(grouping: words) { ($0.yMin * 2).rounded() }.sorted { $0.key < $1.key }.map(\.value)
        let ends = lines.map { $0.map(\.xMax).max() ?? 0 }
        #expect(lines.count >= 5, "lines: \(lines.count)")
        for end in ends.dropLast(2) { #expect(abs(end - rightEdge) < 1.5, "line ends at \(end), edge \(rightEdge)") }
        #expect((ends.last ?? 0) < rightEdge - 100)

        // Without a cover, a front-matter title is set large at the top of page 1 (once: a
        // title taken from the first heading is not repeated).
        try "---\ntitle: Stocktaking notes\n---\n\n# First chapter\n\nText.\n\n# Second chapter\n\nMore text.\n"
            .write(to: md, atomically: true, encoding: .utf8)
        #expect(PDFTools.run(binary, ["render", md.path, "--template", template.path]).status == 0)
        let large = PDFWordBox.read(pdf).filter { $0.page == 1 && $0.yMax - $0.yMin > 20 }.map(\.word)
        #expect(large == ["Stocktaking", "notes", "First", "chapter", "Second", "chapter"], "\(large)")

        // A template path that does not exist is an unknown template, and writes nothing.
        let missing = PDFTools.run(binary, ["render", md.path, "-o", folder.appendingPathComponent("x.pdf").path,
                                            "--template", folder.appendingPathComponent("nope.yaml").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("unknown template 'nope'") && missing.stderr.contains("[unknown-template]"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pdf").path))
    }
}
