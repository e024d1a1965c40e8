import Foundation

/// The words of a PDF with their boxes, from `pdftotext -bbox` (points, origin top left).
public struct PDFWordBox: Sendable {
    public var page: Int
    public var word: String
    public var xMin: Double, yMin: Double, xMax: Double, yMax: Double

    /// Every word of every page (1-based page numbers). Bidi control characters are stripped.
    public static func read(_ pdf: URL) -> [PDFWordBox] {
        let html = PDFTools.run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf.path, "-"]).stdout
        var result: [PDFWordBox] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word "), let close = line.firstIndex(of: ">"),
                  let end = line.range(of: "</word>") else { continue }
            func attr(_ name: String) -> Double {
                guard let r = line.range(of: "\(name)=\"") else { return 0 }
                let rest = line[r.upperBound...]
                return Double(rest.prefix { $0 != "\"" }) ?? 0
            }
            var word = String(line[line.index(after: close)..<end.lowerBound])
            word = word.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&apos;", with: "'")
            word.unicodeScalars.removeAll { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
            result.append(PDFWordBox(page: page, word: word, xMin: attr("xMin"), yMin: attr("yMin"),
                                     xMax: attr("xMax"), yMax: attr("yMax")))
        }
        return result
    }
}
