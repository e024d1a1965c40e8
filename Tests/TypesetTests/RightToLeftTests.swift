import Document
import Foundation
import Testing
import TestSupport
@testable import Typeset

/// Arabic paragraphs are shaped and set flush right, checked on the real PDF's word boxes.
@Suite struct RightToLeftTests {
    static func isArabic(_ s: String) -> Bool { s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }

    @Test func arabicWordsEndAtTheRightMarginLatinStartsAtTheLeft() throws {
        let doc = Document(metadata: Metadata(title: "RTL"), blocks: [
            .paragraph("Short English line."),
            .paragraph("حماية حقوق المهاجرين"),
            .paragraph("تؤكد المشاورات الإقليمية على أهمية حماية حقوق المهاجرين وأسرهم في جميع مراحل الهجرة، وعلى ضرورة توفير مسارات نظامية آمنة ومنتظمة للجميع دون تمييز."),
        ])
        let folder = PDFTools.temporaryFolder()
        let pdf = folder.appendingPathComponent("rtl.pdf")
        let result = Typesetter(fontsFolder: SampleDocument.fonts).render(doc, to: pdf.path)
        #expect(!result.diagnostics.hasErrors)
        let geometry = PageGeometry(doc.template)
        let left = geometry.left(page: 1), right = left + geometry.textWidth
        let words = PDFWordBox.read(pdf).filter { $0.page == 1 }
        let arabic = words.filter { Self.isArabic($0.word) }
        #expect(arabic.count >= 15)
        // Group Arabic words into lines by their vertical position; each line ends at the right margin.
        let lines = Dictionary(grouping: arabic) { Int(($0.yMin / 4).rounded()) }
        #expect(lines.count >= 3)
        for (_, line) in lines {
            let maxX = line.map(\.xMax).max() ?? 0
            #expect(abs(maxX - right) < 2.5, "Arabic line ends at \(maxX), right margin \(right)")
        }
        // The short Arabic paragraph sits in the right half: not left-aligned by accident.
        // (pdftotext gives Arabic glyph by glyph: the first Arabic line is the short paragraph.)
        let firstLine = lines.min { $0.key < $1.key }?.value ?? []
        let short = firstLine.map(\.xMin).min() ?? 0
        #expect(short > left + geometry.textWidth / 2)
        // The English line starts at the left margin.
        let english = words.first { $0.word == "Short" }
        #expect(abs((english?.xMin ?? 0) - left) < 2)
    }
}
