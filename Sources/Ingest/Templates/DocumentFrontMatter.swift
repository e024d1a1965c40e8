import Diagnostics
import Document
import Foundation
import Model

/// The front matter of a document given to `render`: `title`, `subtitle`, `author`, `subject`,
/// `date` (YYYY-MM-DD, optionally with a time) and `lang` (en, es, fr).
public struct DocumentFrontMatter: Sendable {
    public var title: String?
    public var subtitle: String?
    public var author: String?
    public var subject: String?
    public var date: DocumentDate?
    public var language: String?

    public init() {}

    /// Reads the front matter of a parsed Markdown document (none: all nil).
    public static func read(_ doc: MarkdownDocument) -> (DocumentFrontMatter, DiagnosticBag) {
        var bag = DiagnosticBag()
        var fm = DocumentFrontMatter()
        guard let text = doc.frontMatterText, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              let root = YAMLParser.parse(text, path: doc.path, firstLine: doc.frontMatterLine, diagnostics: &bag),
              let map = YAMLMapping(root, what: "the front matter", diagnostics: &bag) else { return (fm, bag) }
        map.checkKeys(["title", "subtitle", "author", "subject", "date", "lang"], diagnostics: &bag)
        fm.title = map.string("title", diagnostics: &bag)?.value
        fm.subtitle = map.string("subtitle", diagnostics: &bag)?.value
        fm.author = map.string("author", diagnostics: &bag)?.value
        fm.subject = map.string("subject", diagnostics: &bag)?.value
        fm.language = map.choice("lang", [("en", "en"), ("es", "es"), ("fr", "fr")], diagnostics: &bag)
        if let (s, span) = map.string("date", diagnostics: &bag) {
            if let d = parseDate(s) { fm.date = d } else {
                bag.error(.invalidValue, at: span, "date '\(s)' should be written YYYY-MM-DD")
            }
        }
        return (fm, bag)
    }

    /// `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` (taken as UTC).
    static func parseDate(_ s: String) -> DocumentDate? {
        let parts = s.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard let day = parts.first else { return nil }
        let ymd = day.split(separator: "-").compactMap { Int($0) }
        guard ymd.count == 3, (1...9999).contains(ymd[0]), (1...12).contains(ymd[1]) else { return nil }
        let leap = ymd[0] % 4 == 0 && (ymd[0] % 100 != 0 || ymd[0] % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][ymd[1] - 1]
        guard (1...days).contains(ymd[2]) else { return nil }
        var hms = [0, 0, 0]
        if parts.count > 1 {
            let t = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "Z")).split(separator: ":").compactMap { Int($0) }
            guard (2...3).contains(t.count), t[0] < 24, t[1] < 60 else { return nil }
            for (i, v) in t.enumerated() { hms[i] = v }
        }
        return DocumentDate(year: ymd[0], month: ymd[1], day: ymd[2], hour: hms[0], minute: hms[1], second: hms[2])
    }
}
