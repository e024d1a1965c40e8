import Foundation
import Testing
import TestSupport

/// Issue 15, on the example's PDFs: what a publications desk checks on the page.
@Suite struct TypographyTests {
    let build = ExampleBuild.shared

    /// "3 of 4 groups" is held together with no-break spaces: never split across lines.
    @Test func countTagsNeverBreak() throws {
        var tags = 0
        for pdf in build.pdfs where pdf.hasPrefix("public/") || pdf.hasPrefix("government/") || pdf.hasPrefix("internal/") {
            let text = PDFTools.rawText(build.url(pdf)).joined(separator: "\n")
            let whole = try NSRegularExpression(pattern: #"\d+[ \u00A0]of[ \u00A0]\d+[ \u00A0](regions|groups|tables)"#)
            tags += whole.numberOfMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
            let split = try NSRegularExpression(pattern: #"\d+[ \u00A0]*\n[ \u00A0]*of\s|\sof[ \u00A0]*\n[ \u00A0]*\d+[ \u00A0](regions|groups|tables|regional)"#)
            let hits = split.numberOfMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
            #expect(hits == 0, "\(pdf): a count tag is split across lines")
        }
        #expect(tags > 20, "the example's recurring messages carry count tags (\(tags) found)")
    }

    /// The internal band sits inside the 10 mm an office laser leaves unprinted, not at the edge.
    @Test func theInternalBandIsInsideThePrintableArea() throws {
        let sheets = build.pdfs.filter { $0.hasPrefix("internal/facilitator/") }
        #expect(!sheets.isEmpty)
        let mm = 72.0 / 25.4
        for pdf in sheets.prefix(4) {
            let words = PDFWordBox.read(build.url(pdf)).filter { $0.word == "CIVIL" }
            #expect(!words.isEmpty, "\(pdf)")
            for w in words { #expect(w.yMin >= 10 * mm && w.yMax <= 17 * mm, "\(pdf) page \(w.page): band word at \(w.yMin)–\(w.yMax) pt") }
        }
    }

    /// The heat map's columns are the regions' short names, each on one line.
    @Test func chartsUseShortRegionNames() throws {
        let text = PDFTools.text(build.url("public/report.pdf")).joined(separator: "\n")
        for short in ["LAC", "MENA", "N. America"] { #expect(text.contains(short), "\(short)") }
    }

    /// Body text is justified and hyphenated; what a reader copies is the whole word: no soft
    /// hyphen anywhere, and every word broken at a line's end comes out joined (poppler joins a
    /// line ending in a hyphen with the next).
    @Test func hyphenatedWordsCopyWhole() throws {
        let pdf = build.url("public/report.pdf")
        let text = PDFTools.rawText(pdf).joined(separator: "\n")
        #expect(!text.contains("\u{00AD}") && !text.contains("\u{034F}"))
        let words = PDFWordBox.read(pdf)
        var broken: [String] = []
        for (a, b) in zip(words, words.dropFirst()) where a.word.count > 2 && a.word.hasSuffix("-") && b.yMin > a.yMin
            && a.word.dropLast().allSatisfy({ $0.isLetter }) && b.word.first?.isLetter == true {
            broken.append(String(a.word.dropLast()) + b.word.prefix { $0.isLetter })
        }
        #expect(broken.count > 10, "the report's body should hyphenate (\(broken.count) breaks)")
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        for word in broken { #expect(flat.contains(word), "'\(word)' does not copy whole") }
    }
}
