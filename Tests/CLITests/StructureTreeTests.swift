import Foundation
import Diagnostics
import Ingest
import Model
import Testing
import TestSupport

/// Issue 15: every PDF carries a structure tree a screen reader can walk, read back with qpdf and
/// compared with the *source* — the cmark tree of a Markdown document, the meeting's items.
@Suite struct StructureTreeTests {
    /// What the source holds, counted from cmark's tree.
    struct Counts: Equatable, CustomStringConvertible {
        var headings = [Int: Int](), lists = 0, items = 0, tables = 0, headerCells = 0, rows = 0
        var description: String { "headings \(headings.sorted { $0.key < $1.key }) lists \(lists) items \(items) tables \(tables) th \(headerCells) rows \(rows)" }
    }

    static func counts(_ blocks: [MarkdownBlock], into c: inout Counts) {
        for b in blocks {
            switch b {
            case .heading(let level, _, _): c.headings[level, default: 0] += 1
            case .list(let l, _):
                c.lists += 1
                c.items += l.items.count
                for i in l.items { counts(i.blocks, into: &c) }
            case .table(let t, _):
                c.tables += 1; c.headerCells += t.header.count; c.rows += t.rows.count + 1
            case .blockQuote(let inner, _), .footnoteDefinition(_, let inner, _): counts(inner, into: &c)
            default: break
            }
        }
    }

    @Test func aRenderedDocumentIsTaggedAsItsMarkdownIsBuilt() throws {
        let source = PDFTools.packageRoot.appendingPathComponent("Examples/sample-document.md")
        let pdf = PDFTools.temporaryFolder("structure").appendingPathComponent("sample.pdf")
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", source.path, "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        let file = SourceFile(path: source.path, text: try String(contentsOf: source, encoding: .utf8))
        var expected = Counts()
        Self.counts(MarkdownReader.read(file, documentExtensions: true).0.blocks, into: &expected)
        let tags = PDFTags.read(pdf)
        let tree = tags.root
        var found = Counts()
        for level in 1...6 where tree.count("H\(level)") > 0 { found.headings[level] = tree.count("H\(level)") }
        found.lists = tree.count("L"); found.items = tree.count("LI")
        found.tables = tree.count("Table"); found.headerCells = tree.count("TH"); found.rows = tree.count("TR")
        #expect(found == expected)
        #expect(tags.language == "en" && tags.displaysTitle)
        // A list item is a label and a body; nested lists sit inside a body.
        for li in tree.all where li.type == "LI" { #expect(li.children.map(\.type) == ["Lbl", "LBody"]) }
        #expect(tree.all.filter { $0.type == "LBody" }.contains { $0.children.contains { $0.type == "L" } })
        for th in tree.all where th.type == "TH" { #expect(th.scope == "/Column") }
        // The contents: one entry per heading it lists, each a link.
        #expect(tree.count("TOC") == 1 && tree.count("TOCI") > 0)
        #expect(tree.all.filter { $0.type == "TOCI" }.allSatisfy { $0.children.map(\.type) == ["Link"] })
    }

    @Test func theReportsFiguresHaveTheirDataInWordsAndPacksTheirLanguage() throws {
        let build = ExampleBuild.shared
        let report = PDFTags.read(build.url("public/report.pdf"))
        #expect(report.language == "en")
        let figures = report.root.all.filter { $0.type == "Figure" }
        #expect(figures.count == 2)
        for f in figures { #expect((f.alt ?? "").count > 40, "\(f.alt ?? "no alt")") }
        // The heat map in words names every region column the chart prints, and every act row.
        let heat = figures.first { $0.alt?.contains("Act 1") == true }?.alt ?? ""
        for act in build.meeting.acts { #expect(heat.contains("Act \(act.id)"), "act \(act.id) missing from: \(heat.prefix(200))") }
        #expect(report.root.count("Caption") == 2 && report.root.count("H1") > 5 && report.root.count("Table") > 0)
        // Each briefing pack says the language it is written in.
        for person in build.meeting.people where person.sector == .government {
            guard let language = person.language, let file = build.pdfs.first(where: { $0.hasPrefix("government/briefing/")
                && $0.contains(person.organisation.lowercased().replacingOccurrences(of: " ", with: "-")) }) else { continue }
            #expect(PDFTags.read(build.url(file)).language == language, "\(file)")
        }
    }

    /// What a reader copies from an Arabic paragraph is the Arabic as typed, not presentation forms
    /// (words with lam-alef excepted: PANGO-CAIRO.md).
    @Test func arabicCopiesAsTyped() throws {
        let text = PDFTools.text(ExampleBuild.shared.url("public/report.pdf")).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) })
        for word in ["المهاجرين", "المشاركون", "التعذيب"] { #expect(text.contains(word), "\(word)") }
    }
}
