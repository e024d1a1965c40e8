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

    /// A count tag that goes to a line of its own leaves the text's last line at its natural
    /// spacing, not stretched across the measure as a justified line (read from the word boxes).
    @Test func theLineBeforeATagOnItsOwnLineIsNotStretched() throws {
        var checked = 0
        for pdf in ["public/report.pdf", "government/handouts/table-01-round-1.pdf"] {
            let words = PDFWordBox.read(build.url(pdf))
            let lines = Dictionary(grouping: words) { "\($0.page) \(Int($0.yMin.rounded()))" }.values
                .map { $0.sorted { $0.xMin < $1.xMin } }
                .sorted { ($0[0].page, $0[0].yMin) < ($1[0].page, $1[0].yMin) }
            // The tag's own line starts at the text's left edge (a tag that starts beside the text,
            // in its smaller type, is a "line" of its own to pdftotext's boxes too).
            for (before, line) in zip(lines, lines.dropFirst()) where line[0].word == "raised" && line[0].page == before[0].page
                && before.count >= 4 && line[0].yMin > before[0].yMax - 1 && line[0].yMin - before[0].yMax < 8
                && abs(line[0].xMin - before[0].xMin) < 12 {
                // (Not the gap after a paragraph's number, an em space.)
                let words = before[0].word.allSatisfy(\.isNumber) ? Array(before.dropFirst()) : before
                let gaps = zip(words, words.dropFirst()).map { $1.xMin - $0.xMax }
                #expect(gaps.max()! < 5, "\(pdf) page \(before[0].page): '\(before.map(\.word).joined(separator: " "))' is stretched")
                checked += 1
            }
        }
        #expect(checked > 0, "no tag on a line of its own was found")
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
