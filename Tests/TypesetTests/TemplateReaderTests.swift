import Diagnostics
import Document
import Foundation
import Ingest
import Testing
import TestSupport

/// The YAML templates: the render template matches STYLE.md, `extends` layers a template over
/// another, and bad values are diagnostics at their own line.
@Suite struct TemplateReaderTests {
    let tool = PDFTools.packageRoot.appendingPathComponent("Templates")

    @Test func theRenderTemplateEncodesTheHouseStyle() throws {
        let (template, bag) = TemplateReader.read("document", folders: [tool], requestedAt: .file("cli"))
        #expect(!bag.hasErrors && bag.warningCount == 0, "\(bag.all)")
        let t = try #require(template)
        #expect(t.page.paper == .a4)
        #expect(t.page.margins == Margins(top: 25, bottom: 22, inside: 22, outside: 20))
        #expect(t.page.styles.body.family == "Noto Serif" && t.page.styles.body.size == 10.5 && t.page.styles.body.leading == 14)
        #expect(t.page.styles.heading1.size == 20 && t.page.styles.heading1.bold)
        #expect(t.page.accent == Colour(hex: "#1F4E79"))
        #expect(t.cover && t.contentsDepth == 2)
        #expect(t.labels("es").page(3, of: 12) == "página\u{00A0}3\u{00A0}de\u{00A0}12")  // never broken
        #expect(t.labels("fr").contents == "Table des matières")
        #expect(t.labels("de").pageOfTotal == "page {n} of {m}")
    }

    @Test func extendsLayersAndBadValuesAreReportedAtTheirLine() throws {
        let folder = PDFTools.temporaryFolder("templates")
        try """
        extends: document
        page:
          paper: letter
          duplex: true
        accent: "#7A1F1F"
        band: Civil society only — not for distribution
        styles:
          body: { size: 11 }
        labels:
          es: { contents: Contenido }
        texts:
          en: { kind: Post-meeting report }
        """.write(to: folder.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        let (report, bag) = TemplateReader.read("report", folders: [folder, tool], requestedAt: .file("cli"))
        #expect(!bag.hasErrors, "\(bag.all)")
        let r = try #require(report)
        #expect(r.page.paper == .letter && r.page.duplex && r.page.band != nil)
        #expect(r.page.styles.body.size == 11 && r.page.styles.body.family == "Noto Serif")
        #expect(r.labels("es").contents == "Contenido" && r.labels("es").pageOfTotal == "página {n} de {m}")
        #expect(r.text("kind", "fr") == "Post-meeting report")

        try """
        page:
          paper: a5
        styles:
          body: { family: Times New Roman, size: big }
        colour: red
        """.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let (bad, badBag) = TemplateReader.read("bad", folders: [folder], requestedAt: .file("cli"))
        #expect(bad == nil)
        let lines = badBag.sorted.map { "\($0.span.start.line):\($0.severity.rawValue):\($0.code.rawValue)" }
        #expect(lines == ["2:error:bad-template", "4:error:bad-template", "4:error:bad-template", "5:error:bad-template"],
                "\(badBag.sorted.map { DiagnosticRenderer.line($0) })")

        let (_, unknown) = TemplateReader.read("reprot", folders: [folder, tool], requestedAt: SourceSpan(path: "meeting.yaml", line: 3, column: 5))
        #expect(unknown.all.first?.code == .unknownTemplate && unknown.all.first?.hint == "did you mean 'report'?")
        #expect(unknown.all.first?.span.start.line == 3)
    }
}
