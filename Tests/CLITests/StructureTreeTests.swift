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
        // The cover's title (from the front matter) is one more H1, the tree's first element.
        expected.headings[1, default: 0] += 1
        #expect(found == expected)
        #expect(tree.all.dropFirst().first { $0.type != "Document" }?.type == "H1")
        #expect(tags.language == "en" && tags.displaysTitle)
        // A list item is a label and a body; nested lists sit inside a body.
        for li in tree.all where li.type == "LI" { #expect(li.children.map(\.type) == ["Lbl", "LBody"]) }
        #expect(tree.all.filter { $0.type == "LBody" }.contains { $0.children.contains { $0.type == "L" } })
        for th in tree.all where th.type == "TH" { #expect(th.scope == "/Column") }
        // The contents: one entry per heading it lists, each a link.
        #expect(tree.count("TOC") == 1 && tree.count("TOCI") > 0)
        #expect(tree.all.filter { $0.type == "TOCI" }.allSatisfy { $0.children.map(\.type) == ["Link"] })
        // Every mark of ink is an element's or page furniture's, and the furniture is short.
        let content = PDFContent.read(pdf)
        #expect(content.marks.allSatisfy { $0.inElement || $0.tags.contains("Artifact") } && content.unbalancedPages.isEmpty)
        #expect(content.artifactText.values.allSatisfy { $0.count <= 220 }, "\(content.artifactText.values.max { $0.count < $1.count } ?? "")")
    }

    /// A list and a table that run over several pages are each one element in the tree, as cmark
    /// reads them: the table's header row once (its repeats are artifacts), every item and row.
    @Test func aListAndATableOverSeveralPagesAreOneElementEach() throws {
        var md = "---\ntitle: Long list and long table\n---\n\n# A long list\n\n"
        for i in 1...70 {
            md += "- Item \(i): the consultation asked for regular pathways and for firewalls between services and immigration enforcement.\n"
            if i % 9 == 0 { md += "  - A nested point under item \(i), kept with it.\n" }
        }
        md += "\n# A long table\n\n| Region | Act | What was said |\n|---|---|---|\n"
        for i in 1...90 { md += "| Region \(i) | Act \(i % 10 + 1) | Row \(i) of what the tables said about access to services. |\n" }
        let folder = PDFTools.temporaryFolder("structure-long")
        let source = folder.appendingPathComponent("long.md"), pdf = folder.appendingPathComponent("long.pdf")
        try md.write(to: source, atomically: true, encoding: .utf8)
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", source.path, "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect((PDFTools.pageCount(pdf) ?? 0) >= 5)
        var expected = Counts()
        Self.counts(MarkdownReader.read(SourceFile(path: source.path, text: md), documentExtensions: true).0.blocks, into: &expected)
        let tree = PDFTags.read(pdf).root
        var found = Counts()
        for level in 1...6 where tree.count("H\(level)") > 0 { found.headings[level] = tree.count("H\(level)") }
        found.lists = tree.count("L"); found.items = tree.count("LI")
        found.tables = tree.count("Table"); found.headerCells = tree.count("TH"); found.rows = tree.count("TR")
        expected.headings[1, default: 0] += 1  // the cover's title
        #expect(found == expected)
        for li in tree.all where li.type == "LI" { #expect(li.children.map(\.type) == ["Lbl", "LBody"]) }
        // And still nothing outside an element or an artifact.
        let content = PDFContent.read(pdf)
        #expect(content.marks.allSatisfy { $0.inElement || $0.tags.contains("Artifact") } && content.unbalancedPages.isEmpty)
        #expect(content.elementsInsideArtifacts == 0)
    }

    /// A table that runs over the page leaves at least two of its rows on each page, read from
    /// the example's PDFs: each body row's page is its cells' (`/Pg`), one Table element per table.
    @Test func noPageHoldsASingleRowOfASplitTable() throws {
        let build = ExampleBuild.shared
        var split = 0
        for file in build.pdfs {
            for table in PDFTags.read(build.url(file)).root.all where table.type == "Table" {
                let rows = table.children.filter { $0.type == "TBody" }.flatMap(\.children).filter { $0.type == "TR" }
                let pages = rows.map { row in row.all.compactMap(\.page).first ?? 0 }
                let perPage = Dictionary(grouping: pages, by: { $0 }).mapValues(\.count)
                guard perPage.count > 1 else { continue }
                split += 1
                #expect(perPage.values.allSatisfy { $0 >= 2 }, "\(file): rows per page \(perPage.sorted { $0.key < $1.key })")
            }
        }
        #expect(split > 0, "no table of the example runs over a page: the test reads nothing")
    }

    /// What a PDF/UA checker reads beside the tree: every link annotation says where it goes
    /// (`/Contents`: a contents entry's title and page, a URL link's words), pages with
    /// annotations order them by structure (`/Tabs /S`), TrueType CID fonts name their glyph map,
    /// and the catalog's XMP metadata holds the title.
    @Test func linksTabOrderFontsAndMetadata() throws {
        let sample = PDFTools.temporaryFolder("structure-meta").appendingPathComponent("sample.pdf")
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", PDFTools.packageRoot.appendingPathComponent("Examples/sample-document.md").path, "-o", sample.path])
        #expect(run.status == 0, "\(run.stderr)")
        for pdf in [ExampleBuild.shared.url("public/report.pdf"), ExampleBuild.shared.url("government/briefing/government-of-mexico.pdf"), sample] {
            let out = PDFTools.run("qpdf", ["--json", pdf.path]).stdout
            let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            let objects = try #require((json["qpdf"] as? [Any])?.last as? [String: Any])
            let values = objects.mapValues { ($0 as? [String: Any])?["value"] as? [String: Any] ?? [:] }
            let links = values.values.filter { $0["/Subtype"] as? String == "/Link" }
            #expect(!links.isEmpty, "\(pdf.lastPathComponent)")
            let unnamed = links.filter { (($0["/Contents"] as? String) ?? "").count < 4 }
            #expect(unnamed.isEmpty, "\(pdf.lastPathComponent): \(unnamed.count) of \(links.count) links say nothing")
            let pages = values.values.filter { $0["/Type"] as? String == "/Page" }
            #expect(pages.filter { $0["/Annots"] != nil }.allSatisfy { $0["/Tabs"] as? String == "/S" })
            let cidFonts = values.values.filter { $0["/Subtype"] as? String == "/CIDFontType2" }
            #expect(!cidFonts.isEmpty && cidFonts.allSatisfy { $0["/CIDToGIDMap"] as? String == "/Identity" })
            let catalog = try #require(values.values.first { $0["/Type"] as? String == "/Catalog" })
            let metadata = try #require(catalog["/Metadata"] as? String)
            let xmp = PDFTools.run("qpdf", ["--show-object=" + metadata.replacingOccurrences(of: " 0 R", with: ""), "--filtered-stream-data", pdf.path]).stdout
            let info = PDFTools.run("pdfinfo", [pdf.path]).stdout
            let title = info.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
            #expect(xmp.contains("<dc:title>") && xmp.contains(title.replacingOccurrences(of: "&", with: "&amp;")), "\(pdf.lastPathComponent): \(xmp.prefix(300))")
        }
        // A contents entry names its page; the Spanish pack says "página".
        let mexico = PDFTools.run("qpdf", ["--json", ExampleBuild.shared.url("government/briefing/government-of-mexico.pdf").path]).stdout
        #expect(mexico.contains("página"))
    }

    /// Headings never skip a level going down (a screen reader's heading list reads as an
    /// outline): the first is an H1, and each is at most one level below the one before.
    @Test func headingsNeverSkipALevel() throws {
        let build = ExampleBuild.shared
        for file in build.pdfs where !file.hasSuffix("tent-cards.pdf") {
            let levels = PDFTags.read(build.url(file)).root.all.compactMap { n -> Int? in
                guard n.type.count == 2, n.type.hasPrefix("H"), let l = Int(n.type.dropFirst()) else { return nil }
                return l
            }
            guard let first = levels.first else { continue }
            #expect(first == 1, "\(file): first heading H\(first)")
            let skips = zip(levels, levels.dropFirst()).filter { $1 > $0 + 1 }
            #expect(skips.isEmpty, "\(file): \(skips.prefix(3).map { "H\($0.0) → H\($0.1)" })")
        }
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

    /// An item printed in another language than its document's says so (`/Lang` on its element),
    /// so that a screen reader switches voice: the elements are paragraphs or list bodies and,
    /// paired in reading order with the text poppler reads under each (`pdfinfo -struct-text`),
    /// begin with a word of the notes' items in that language (the tree and the drawn order agree).
    @Test func anItemInAnotherLanguageSaysWhichOnItsElement() throws {
        let build = ExampleBuild.shared
        // The notes' items by language, told apart here by their commonest words alone.
        let stops: [String: Set<String>] = ["en": ["the", "of", "and", "to", "is", "for", "with"],
                                            "es": ["el", "los", "las", "del", "y", "que", "por", "con"],
                                            "fr": ["le", "les", "des", "du", "et", "une", "pour", "avec"]]
        var words: [String: Set<String>] = [:]
        for item in build.meeting.items {
            let w = item.content.plainText.lowercased().split { !$0.isLetter }.map(String.init)
            let score = stops.mapValues { s in w.filter(s.contains).count }
            guard let best = score.max(by: { $0.value < $1.value }), best.value >= 2,
                  score.values.filter({ $0 == best.value }).count == 1 else { continue }
            words[best.key, default: []].formUnion(w)
        }
        // The rewriter's descriptors start with a count ("Dos participantes…" for two names).
        words["es", default: []].formUnion(["dos", "tres", "cuatro", "varios", "varias"])
        words["fr", default: []].formUnion(["deux", "trois", "quatre", "plusieurs"])
        words["en", default: []].formUnion(["two", "three", "four", "several"])
        for (file, own) in [("public/report.pdf", "en"), ("government/briefing/government-of-mexico.pdf", "es")] {
            let tags = PDFTags.read(build.url(file))
            #expect(tags.language == own)
            let elements = Array(tags.root.all.dropFirst())
            let marked = elements.filter { $0.language != nil }
            #expect(marked.allSatisfy { $0.language != own && ["P", "LBody"].contains($0.type) }, "\(file)")
            let others = Set(marked.compactMap(\.language))
            #expect(others.count >= (own == "en" ? 2 : 1), "\(file): \(others)")
            // poppler's reading of the same tree, element by element, with the text under each.
            let lines = PDFTools.run("pdfinfo", ["-struct-text", build.url(file).path]).stdout.split(separator: "\n")
            var read: [(type: String, text: String)] = []
            // (An element's attributes follow it on lines of their own: "/Scope /Column".)
            for line in lines.map({ $0.trimmingCharacters(in: .whitespaces) })
            where !line.isEmpty && !line.hasPrefix("Object ") && !line.hasPrefix("/") {
                if line.hasPrefix("\"") { if !read.isEmpty { read[read.count - 1].text += line.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } }
                else { read.append((String(line.split(separator: " ")[0]).trimmingCharacters(in: CharacterSet(charactersIn: ":")), "")) }
            }
            #expect(read.map(\.type) == elements.map(\.type), "\(file): poppler reads another tree")
            guard read.map(\.type) == elements.map(\.type) else { continue }
            // (Compatibility forms folded: poppler reads lam-alef as its presentation form.)
            let strays = zip(elements, read).filter { e, r in
                guard e.language != nil, let first = r.text.precomposedStringWithCompatibilityMapping.lowercased()
                    .split(whereSeparator: { !$0.isLetter }).first else { return false }
                return words[e.language!].map { !$0.contains(String(first)) } ?? false
            }.map { "\($0.0.language!): \($0.1.text)" }
            #expect(strays.isEmpty, "\(file): \(strays)")
            #expect(zip(elements, read).filter { $0.0.language != nil && !$0.1.text.isEmpty }.count * 2 > marked.count)
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

/// Content outside the structure tree (running heads, page numbers, rules, the internal band, the
/// draft label) is marked as an artifact, and every other mark of ink belongs to an element: read
/// from the page content streams themselves (`PDFContent`), not from the tool's model.
@Suite struct ArtifactTests {
    @Test func everyMarkOfInkIsInAnElementOrAnArtifact() throws {
        let build = ExampleBuild.shared
        #expect(build.pdfs.count > 50)
        for file in build.pdfs {
            let content = PDFContent.read(build.url(file))
            let pages = PDFTools.pageCount(build.url(file)) ?? 0
            #expect(pages > 0 && !content.marks.isEmpty, "\(file)")
            #expect(content.unbalancedPages.isEmpty, "\(file): \(content.unbalancedPages)")
            #expect(content.elementsInsideArtifacts == 0, "\(file)")
            let loose = content.marks.filter { !$0.inElement && !$0.tags.contains("Artifact") }
            #expect(loose.isEmpty, "\(file): \(loose.prefix(3).map { "page \($0.page) \($0.op) in \($0.tags)" })")
            // The running foot is on every page but a cover and a padding page: artifacts on most pages.
            let withArtifacts = Set(content.marks.filter { $0.tags.first == "Artifact" }.map(\.page))
            #expect(withArtifacts.count * 2 >= pages, "\(file): artifacts on \(withArtifacts.count) of \(pages) pages")
            // Only page furniture is an artifact: a few short lines a page, never a paragraph.
            let long = content.artifactText.filter { $0.value.count > 220 }
            #expect(long.isEmpty, "\(file): \(long.sorted { $0.key < $1.key }.prefix(2).map { "page \($0.key): \($0.value)" })")
        }
    }
}
