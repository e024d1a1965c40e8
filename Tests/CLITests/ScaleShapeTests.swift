import Foundation
import Testing
import TestSupport

/// Issue 16, "linear cost, bounded memory": the shapes whose cost or memory once grew without
/// bound are checked for what they produce (every word, one decoded image), not for time; their
/// cost curves are measured by `Benchmarks/shapes.sh` in instruction counts.
@Suite struct ScaleShapeTests {
    let binary = PDFTools.stocktakeBinary.path

    /// A paragraph of 60,000 words (once: 11 words survived, on one line running off the page)
    /// wraps and paginates completely: every word is in the PDF, in order, and no line is wider
    /// than the text block.
    @Test func aSixtyThousandWordParagraphPrintsEveryWord() throws {
        let folder = PDFTools.temporaryFolder("long-paragraph")
        var rng = SplitMix64(state: 16)
        let vocabulary = ["regular", "pathways", "workers", "skill", "levels", "negotiated", "unions", "protection",
                          "children", "detention", "education", "residence", "regularisation", "families", "border"]
        let words = (0..<60_000).map { _ in rng.pick(vocabulary) }
        let md = folder.appendingPathComponent("para.md"), pdf = folder.appendingPathComponent("para.pdf")
        try ("---\ntitle: Long\n---\n\n" + words.joined(separator: " ") + ".\n").write(to: md, atomically: true, encoding: .utf8)
        let run = PDFTools.run(binary, ["render", md.path, "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        // A word hyphenated at a line's end is drawn as two: joined again here.
        var drawn: [PDFWordBox] = []
        let pieces = PDFWordBox.read(pdf).filter { w in
            let t = w.word.trimmingCharacters(in: .punctuationCharacters)
            return vocabulary.contains(t) || w.word.hasSuffix("-") || vocabulary.contains { $0.hasSuffix(t) && t.count > 1 }
        }
        for w in pieces {
            if let last = drawn.last, last.word.hasSuffix("-"),
               vocabulary.contains(String(last.word.dropLast()) + w.word.trimmingCharacters(in: .punctuationCharacters)) {
                drawn[drawn.count - 1].word = String(last.word.dropLast()) + w.word
            } else {
                drawn.append(w)
            }
        }
        let body = drawn.filter { vocabulary.contains($0.word.trimmingCharacters(in: .punctuationCharacters)) }
        #expect(body.map { $0.word.trimmingCharacters(in: .punctuationCharacters) } == words,
                "\(body.count) of \(words.count) words drawn")
        // The text block of the default template lies well inside the A4 page's 595 points.
        let info = PDFTools.run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("595.276 x 841.89"), "\(info)")
        let overflowing = body.filter { $0.xMax > 595 - 36 || $0.xMin < 36 }
        #expect(overflowing.isEmpty, "words outside the text block: \(overflowing.prefix(5))")
    }

    /// An image drawn twelve times is decoded once and written into the PDF once; distinct images
    /// past the document's pixel budget are a located error, not gigabytes of memory.
    @Test func anImageIsDecodedOnceAndTheDocumentHasAPixelBudget() throws {
        let folder = PDFTools.temporaryFolder("image-budget")
        let fixture = PDFTools.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/white-25-megapixels.png")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("plan.png"))
        let same = folder.appendingPathComponent("same.md"), pdf = folder.appendingPathComponent("same.pdf")
        try ("# Plans\n" + (1...12).map { "\n![Plan \($0)](plan.png)\n" }.joined()).write(to: same, atomically: true, encoding: .utf8)
        let run = PDFTools.run(binary, ["render", same.path, "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        let rows = PDFTools.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        let objects = Set(rows.map { $0.split(separator: " ", omittingEmptySubsequences: true)[10] })
        #expect(rows.count == 12 && objects.count == 1, "12 drawings of one image object: \(rows)")

        // Five hard links are five files: 125 megapixels, past the budget of 100.
        for i in 1...5 { #expect(link(folder.appendingPathComponent("plan.png").path, folder.appendingPathComponent("p\(i).png").path) == 0) }
        let distinct = folder.appendingPathComponent("distinct.md")
        try ("# Plans\n" + (1...5).map { "\n![Plan \($0)](p\($0).png)\n" }.joined()).write(to: distinct, atomically: true, encoding: .utf8)
        let over = PDFTools.run(binary, ["render", distinct.path, "-o", folder.appendingPathComponent("distinct.pdf").path])
        #expect(over.status == 1)
        #expect(over.stderr.contains("distinct.md:11:1: error: the image") && over.stderr.contains("100 megapixels")
                && over.stderr.contains("[file-too-large]"), "\(over.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("distinct.pdf").path))
    }
}
