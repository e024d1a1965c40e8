import Foundation
import Testing
import TestSupport

/// `stocktake render` through the built binary: a hundred-page document checked with qpdf,
/// mutool, pdffonts and pdftotext; byte-identical reruns; bad inputs.
@Suite struct RenderCommandTests {
    let binary = PDFTools.stocktakeBinary.path

    @Test func aHundredPageDocumentIsAWellFormedReproduciblePDF() throws {
        let folder = PDFTools.temporaryFolder("render-big")
        let md = folder.appendingPathComponent("big.md")
        try BigDocument.markdown().write(to: md, atomically: true, encoding: .utf8)
        let run = PDFTools.run(binary, ["render", md.path], environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder.appendingPathComponent("big.pdf")
        let pages = PDFTools.pageCount(pdf) ?? 0
        #expect(pages >= 80 && pages <= 140, "pages: \(pages)")

        let check = PDFTools.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0)
        #expect(!check.stdout.contains("WARNING") && check.stderr.isEmpty, "\(check.stdout)\(check.stderr)")
        let info = PDFTools.run("mutool", ["info", pdf.path])
        #expect(info.status == 0)
        #expect(!info.stderr.lowercased().contains("warning") && !info.stderr.lowercased().contains("error"), "\(info.stderr)")

        // Fonts: all embedded subsets of the bundled families.
        let fonts = PDFTools.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(cols[0])
            let family = name.split(separator: "+").last.map(String.init) ?? ""
            #expect(name.contains("+"), "not a subset: \(line)")
            #expect(["NotoSerif", "NotoSans", "NotoSansArabic"].contains { family.hasPrefix($0) }, "font \(name)")
            // emb and sub columns: the 3rd- and 4th-last of "emb sub uni object ID".
            #expect(cols[cols.count - 5] == "yes" && cols[cols.count - 4] == "yes", "\(line)")
        }

        // Text in reading order: every paragraph marker once, in order.
        let text = PDFTools.text(pdf)
        let all = text.joined(separator: "\n")
        var last = 0
        let markers = all.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.count == 5 && $0.hasPrefix("P") }.compactMap { Int($0.dropFirst()) }
        #expect(markers.count == BigDocument.markerCount)
        for m in markers { #expect(m == last + 1); last = m }
        #expect(all.contains("Las consultas regionales") && all.contains("Les consultations régionales ont souligné"))
        #expect(all.contains("page 2 of \(pages)"))

        // Outline: every chapter and section, each pointing at the page its heading is on.
        let structure = PDFStructure.read(pdf)
        #expect(structure.outline.count == BigDocument.chapters * (1 + BigDocument.sections))
        #expect(structure.outline.filter { $0.level == 1 }.count == BigDocument.chapters)
        for entry in structure.outline {
            #expect(entry.page >= 1 && text[entry.page - 1].contains(entry.title), "\(entry.title) → page \(entry.page)")
        }
        // Contents links (h1, h2, …) point where the outline points, and sit on the contents pages.
        let contentsLinks = structure.links.filter { $0.destination.hasPrefix("h") }
        #expect(contentsLinks.count == structure.outline.count)
        for link in contentsLinks {
            let index = Int(link.destination.dropFirst())! - 1
            #expect(link.target == structure.outline[index].page, "\(link.destination)")
            #expect(link.page <= 4)
        }
        // The contents print those page numbers too.
        let firstChapter = structure.outline[0]
        #expect(text[1].contains(firstChapter.title))

        // Same bytes from another working folder, time zone and locale, with a relative path.
        let other = PDFTools.temporaryFolder("render-other")
        let copy = other.appendingPathComponent("big.md")
        try FileManager.default.copyItem(at: md, to: copy)
        let again = PDFTools.run(binary, ["render", "big.md", "-o", "again.pdf"], in: other,
                                 environment: ["SOURCE_DATE_EPOCH": "", "TZ": "Pacific/Kiritimati", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"])
        #expect(again.status == 0, "\(again.stderr)")
        let a = try Data(contentsOf: pdf), b = try Data(contentsOf: other.appendingPathComponent("again.pdf"))
        #expect(a == b)
    }

    @Test func badInputsExitOneWithADiagnosticAndWriteNoPDF() throws {
        let folder = PDFTools.temporaryFolder("render-bad")
        // Missing file.
        let missing = PDFTools.run(binary, ["render", "nope.md"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.md:1:1: error:") && missing.stderr.contains("[missing-file]"), "\(missing.stderr)")
        // Not UTF-8: an existing PDF stays untouched.
        let latin1 = folder.appendingPathComponent("latin1.md")
        try Data("# T\u{0}".utf8.dropLast() + [0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: latin1)
        let existing = Data("old pdf".utf8)
        try existing.write(to: folder.appendingPathComponent("latin1.pdf"))
        let bad = PDFTools.run(binary, ["render", "latin1.md"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("latin1.md:2:4: error:") && bad.stderr.contains("[not-utf8]"), "\(bad.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("latin1.pdf")) == existing)
        // Unknown template, with a suggestion.
        let good = folder.appendingPathComponent("good.md")
        try "# Title\n\nText.\n".write(to: good, atomically: true, encoding: .utf8)
        let template = PDFTools.run(binary, ["render", "good.md", "--template", "documnet"], in: folder)
        #expect(template.status == 1)
        #expect(template.stderr.contains("error: unknown template 'documnet'") && template.stderr.contains("did you mean 'document'?")
                && template.stderr.contains("[unknown-template]"), "\(template.stderr)")
        // A character no bundled font has.
        let glyph = folder.appendingPathComponent("glyph.md")
        try "# Title\n\nFine.\n\nA hieroglyph 𓀀 here.\n".write(to: glyph, atomically: true, encoding: .utf8)
        let missingGlyph = PDFTools.run(binary, ["render", "glyph.md"], in: folder)
        #expect(missingGlyph.status == 1)
        #expect(missingGlyph.stderr.contains("glyph.md:5:1: error: no bundled font has a glyph for '𓀀'"), "\(missingGlyph.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["glyph.md", "good.md", "latin1.md", "latin1.pdf"])
    }
}

/// The PDF's date (SPEC 4): SOURCE_DATE_EPOCH when set, else the front matter's date, else
/// 1980-01-01; an impossible front-matter date is an error at its line.
@Suite struct RenderDateTests {
    @Test func theFrontMatterDateIsThePDFDateAndABadOneIsReported() throws {
        let folder = PDFTools.temporaryFolder("render-date")
        try "---\ntitle: Dated\ndate: 2017-12-03\n---\n\nText.\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let ok = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", "a.md"], in: folder, environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(ok.status == 0, "\(ok.stderr)")
        let info = PDFTools.run("pdfinfo", [folder.appendingPathComponent("a.pdf").path]).stdout
        #expect(info.contains("CreationDate:    Sun Dec  3 00:00:00 2017 UTC") && info.contains("Title:           Dated"), "\(info)")
        // SOURCE_DATE_EPOCH wins over the front matter (2009-02-13 23:31:30 UTC).
        _ = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", "a.md"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1234567890"])
        #expect(PDFTools.run("pdfinfo", [folder.appendingPathComponent("a.pdf").path]).stdout.contains("Fri Feb 13 23:31:30 2009 UTC"))
        // No date: SOURCE_DATE_EPOCH.
        try "# Undated\n\nText.\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        _ = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", "b.md"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1234567890"])
        #expect(PDFTools.run("pdfinfo", [folder.appendingPathComponent("b.pdf").path]).stdout.contains("Fri Feb 13 23:31:30 2009 UTC"))
        try "---\ntitle: Bad\ndate: 2017-02-30\n---\n".write(to: folder.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let bad = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", "c.md"], in: folder)
        #expect(bad.status == 1 && bad.stderr.contains("c.md:3:7: error: date '2017-02-30'"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("c.pdf").path))
    }
}
