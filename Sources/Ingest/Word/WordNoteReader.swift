import Diagnostics
import Foundation
import Model

/// Reads a Word note or outcome (`.docx`, SPEC 1) into the same `MarkdownDocument` a Markdown
/// file gives, so that everything downstream is unchanged. The header fields (`session: …`) are
/// the paragraphs before the first heading; the source text of diagnostics is one line per
/// paragraph, so that `file:N:1` names the N-th paragraph.
public struct WordNoteReader {
    /// The custom document property that templates carry (SPEC 1).
    public static let sessionProperty = "stocktake-session"

    struct Result {
        var file: SourceFile
        var document: MarkdownDocument
        /// Paragraph number → the heading above it and its first words, for diagnostics.
        var context: [Int: (heading: String?, words: String)]
    }

    let tags: Set<String>
    /// Whether a paragraph in the guidance style holds text a template wrote (normalised).
    let isTemplateGuidance: (String) -> Bool

    func read(path: String, data: Data, isOutcome: Bool, diagnostics: inout DiagnosticBag) -> Result? {
        var package: WordPackage
        do { package = try WordPackage(data: data) } catch {
            diagnostics.error(.unreadableFile, at: .file(path), "'\(path)' \(error.description)", hint: error.hint)
            return nil
        }
        let parts: (body: WordElement, styles: WordElement?, numbering: WordElement?, rels: WordElement?, custom: WordElement?)
        var skipped: Set<WordSkip> = []
        do {
            func tree(_ part: String) throws -> WordElement? {
                guard let d = try package.read(part) else { return nil }
                do { return try XMLTree.parse(d) } catch let e as XMLTreeError {
                    throw WordPackage.Failure.corrupt("its part '\(part)' cannot be read: \(e.description)")
                }
            }
            guard let document = try tree("word/document.xml") else { throw WordPackage.Failure.missingPart("word/document.xml") }
            guard let body = document.child("w:body") else { throw WordPackage.Failure.missingPart("a document body") }
            parts = (body, try tree("word/styles.xml"), try tree("word/numbering.xml"),
                     try tree("word/_rels/document.xml.rels"), try tree("docProps/custom.xml"))
            // Parts that are never read: say so when they hold text.
            if try hasText(tree("word/comments.xml")) { skipped.insert(.comments) }
            for part in ["word/footnotes.xml", "word/endnotes.xml"] {
                let notes = try tree(part)?.children.filter { $0["w:type"] == nil || $0["w:type"] == "normal" } ?? []
                if notes.contains(where: { hasText($0) }) { skipped.insert(.footnotes) }
            }
            for part in package.parts(prefix: "word/header") + package.parts(prefix: "word/footer") where part.hasSuffix(".xml") {
                if try hasText(tree(part)) { skipped.insert(.headersFooters) }
            }
        } catch let failure as WordPackage.Failure {
            diagnostics.error(.unreadableFile, at: .file(path), "'\(path)' \(failure.description)", hint: failure.hint)
            return nil
        } catch {
            diagnostics.error(.unreadableFile, at: .file(path), "'\(path)' cannot be read: \(error)")
            return nil
        }
        var links: [String: String] = [:]
        for r in parts.rels?.children ?? [] where r["TargetMode"] == "External" {
            if let id = r["Id"], let target = r["Target"] { links[id] = target }
        }
        let styles = WordStyles(parts.styles)
        var body = WordBodyReader(styles: styles, links: links)
        let blocks = body.read(body: parts.body)
        skipped.formUnion(body.skipped)

        var converter = Converter(path: path, styles: styles, numbering: WordNumbering(parts.numbering), tags: tags,
                                  isTemplateGuidance: isTemplateGuidance)
        converter.convert(blocks)
        diagnostics.append(contentsOf: converter.diagnostics)
        let file = SourceFile(path: path, text: converter.lines.joined(separator: "\n"))

        // The session: the first line and the template's custom property must agree.
        let property = parts.custom.flatMap(Self.sessionPropertyValue)
        var header = converter.header
        if !isOutcome {
            let line = header.first { Self.key(of: $0.text) == "session" }
            if let property, let line, Self.value(of: line.text) != property {
                diagnostics.error(.sessionMismatch, at: SourceSpan(path: path, line: line.number, column: 1),
                                  "the note says 'session: \(Self.value(of: line.text))' but was made from the template of session '\(property)'",
                                  hint: "a template saved under another name keeps its session: start from the template of the right session, or correct the first line")
            } else if let property, line == nil {
                header.insert((0, "session: \(property)"), at: 0)
            }
        }
        var yaml: [String] = []
        for (number, text) in header {
            let line = max(1, number)
            while yaml.count < line - 1 { yaml.append("") }
            if yaml.count == line - 1 { yaml.append(text) } else { yaml[line - 1] += "\n" + text }
        }
        if header.isEmpty {
            let needed = isOutcome ? "region" : "session"
            diagnostics.error(.missingField, at: .file(path), "the Word file has no '\(needed): …' line before its first heading",
                              hint: isOutcome ? "type 'region: lac' (the region's id) as the first line"
                                              : "type 'session: …' (the session's id) as the first line, or start from 'stocktake templates'")
            return nil
        }
        let document = MarkdownDocument(path: path, frontMatterText: yaml.joined(separator: "\n"), frontMatterLine: 1,
                                        blocks: converter.blocks)
        for skip in skipped.sorted() {
            diagnostics.warning(.wordContentSkipped, at: .file(path),
                                "the Word file has \(skip.rawValue): \(skip == .trackedInsertions ? "check them before the build" : "never read into any output")",
                                hint: skip == .trackedInsertions || skip == .trackedDeletions
                                    ? "accept or reject the tracked changes in Word (Review › Accept all) to silence this"
                                    : "move anything meant for the outputs into the body text")
        }
        return Result(file: file, document: document, context: converter.context)
    }

    private func hasText(_ e: WordElement?) -> Bool {
        guard let e else { return false }
        return e.descendants { $0.name == "w:t" && !$0.text.allSatisfy(\.isWhitespace) }.isEmpty == false
    }

    static func sessionPropertyValue(_ root: WordElement) -> String? {
        for p in root.children where p["name"]?.lowercased() == sessionProperty {
            return p.children.first?.text.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// `session` of `session: d1-act2`, lower-cased; nil when the line is no `key: value`.
    static func key(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let k = text[..<colon].trimmingCharacters(in: .whitespaces)
        guard !k.isEmpty, k.count <= 20, k.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) else { return nil }
        return k.lowercased()
    }

    static func value(of text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return "" }
        return text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}

/// Word blocks → Markdown blocks: headings by style or outline level, Word lists (numbering or a
/// list style) nested by level, typed bullets, tables, trailing marks; guidance dropped.
private struct Converter {
    let path: String
    let styles: WordStyles
    let numbering: WordNumbering
    let tags: Set<String>
    let isTemplateGuidance: (String) -> Bool
    var diagnostics = DiagnosticBag()
    var lines: [String] = []
    var blocks: [MarkdownBlock] = []
    var header: [(number: Int, text: String)] = []
    var context: [Int: (heading: String?, words: String)] = [:]
    private var heading: String?
    private var seenHeading = false
    private var pendingList: [(level: Int, ordered: Bool, inlines: [Inline], number: Int)] = []

    init(path: String, styles: WordStyles, numbering: WordNumbering, tags: Set<String>, isTemplateGuidance: @escaping (String) -> Bool) {
        self.path = path; self.styles = styles; self.numbering = numbering; self.tags = tags
        self.isTemplateGuidance = isTemplateGuidance
    }

    static let noteFields = Set(FrontMatter.noteFields + FrontMatter.outcomeFields)

    func span(_ number: Int) -> SourceSpan { SourceSpan(path: path, line: number, column: 1) }

    mutating func record(_ p: WordParagraph) {
        let text = p.text.replacingOccurrences(of: "\n", with: " ")
        while lines.count < p.number - 1 { lines.append("") }
        lines.append(text)
        let words = text.split(separator: " ").prefix(6).joined(separator: " ")
        context[p.number] = (heading, words + (text.split(separator: " ").count > 6 ? "…" : ""))
    }

    mutating func convert(_ input: [WordBlock]) {
        for block in input {
            switch block {
            case .paragraph(let p): paragraph(p)
            case .table(let rows, let number): flushList(); table(rows, number: number)
            }
        }
        flushList()
    }

    private mutating func paragraph(_ p: WordParagraph) {
        record(p)
        let text = p.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if styles.isGuidance(p.style) {
            if !text.isEmpty && !isTemplateGuidance(Self.normalised(text)) {
                diagnostics.warning(.wordContentSkipped, at: span(p.number),
                                    "text in the template's guidance style is never read: '\(context[p.number]?.words ?? "")'",
                                    hint: "type notes in the Normal or a list style; guidance paragraphs are dropped")
            }
            return
        }
        guard !text.isEmpty else { return }
        if let level = p.outlineLevel ?? styles.headingLevel(p.style) {
            flushList()
            seenHeading = true
            heading = text
            context[p.number]?.heading = nil
            blocks.append(.heading(level: level, trimmed(p.inlines), span(p.number)))
            return
        }
        if !seenHeading, let key = WordNoteReader.key(of: text),
           Self.noteFields.contains(key) || Self.noteFields.contains(where: { Suggestion.isNearMiss(key, of: $0) }) {
            header.append((p.number, text))
            return
        }
        var inlines = WordMark.apply(trimmed(p.inlines), tags: tags, at: span(p.number), diagnostics: &diagnostics)
        if let list = listLevel(p) {
            pendingList.append((list.level, list.ordered, inlines, p.number))
            return
        }
        if let stripped = Self.strippingTypedBullet(inlines) {
            inlines = stripped
            pendingList.append((0, false, inlines, p.number))
            return
        }
        flushList()
        blocks.append(.paragraph(inlines, span(p.number)))
    }

    private func listLevel(_ p: WordParagraph) -> (level: Int, ordered: Bool)? {
        let styled = styles.numbering(p.style)
        let named = styles.namedList(p.style)
        if let n = p.numbering ?? styled {
            if numbering.exists(n.numID) {
                // LibreOffice gives each list style a one-level list of its own (List Bullet 2 at
                // ilvl 0): the depth is then only in the style's name.
                let level = min(8, max(0, n.level ?? styled?.level ?? 0, named?.level ?? 0))
                return (level, numbering.isOrdered(n.numID, level: n.level ?? styled?.level ?? 0))
            }
            if p.numbering != nil { return nil }  // numbering switched off on this paragraph
        }
        return named
    }

    /// `• text`, `- text`, `– text`, `* text`: a bullet typed by hand.
    private static func strippingTypedBullet(_ inlines: [Inline]) -> [Inline]? {
        guard case .text(let t)? = inlines.first else { return nil }
        for bullet in ["•", "·", "▪", "◦", "‣", "-", "–", "—", "*"] where t.hasPrefix(bullet + " ") || t.hasPrefix(bullet + "\t") {
            var rest = inlines
            let body = String(t.dropFirst(bullet.count)).drop(while: { $0 == " " || $0 == "\t" })
            if body.isEmpty { rest.removeFirst() } else { rest[0] = .text(String(body)) }
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    private mutating func flushList() {
        guard !pendingList.isEmpty else { return }
        let items = pendingList
        pendingList = []
        var index = 0
        let base = items.map(\.level).min() ?? 0
        let list = nest(items, &index, level: base)
        blocks.append(.list(list, span(items[0].number)))
    }

    /// The items from `index` on at `level` or deeper, deeper ones nested under the item before.
    private func nest(_ items: [(level: Int, ordered: Bool, inlines: [Inline], number: Int)], _ index: inout Int,
                      level: Int) -> MarkdownList {
        var out: [MarkdownListItem] = []
        let ordered = items[index].ordered
        while index < items.count, items[index].level >= level {
            if items[index].level > level, !out.isEmpty {
                let sub = nest(items, &index, level: items[index].level)
                out[out.count - 1].blocks.append(.list(sub, span(items[index - 1].number)))
                continue
            }
            let item = items[index]
            out.append(MarkdownListItem(blocks: [.paragraph(item.inlines, span(item.number))], span: span(item.number)))
            index += 1
        }
        return MarkdownList(ordered: ordered, start: 1, items: out)
    }

    private mutating func table(_ rows: [[[WordParagraph]]], number: Int) {
        for p in rows.flatMap({ $0.flatMap { $0 } }) { record(p) }
        let cells: [[[Inline]]] = rows.map { row in
            row.map { paragraphs in
                var inlines: [Inline] = []
                for p in paragraphs where !p.text.allSatisfy(\.isWhitespace) {
                    if !inlines.isEmpty { inlines.append(.lineBreak) }
                    inlines += trimmed(p.inlines)
                }
                return inlines
            }
        }.filter { !$0.allSatisfy(\.isEmpty) }
        guard cells.first != nil else { return }
        let width = cells.map(\.count).max() ?? 0
        let padded = cells.map { $0 + Array(repeating: [], count: width - $0.count) }
        let table = MarkdownTable(alignments: Array(repeating: .none, count: width), header: padded[0], rows: Array(padded.dropFirst()))
        blocks.append(.table(table, span(number)))
    }

    /// Inlines without leading and trailing white space.
    private func trimmed(_ inlines: [Inline]) -> [Inline] {
        var out = inlines
        while let f = out.first {
            if case .text(let t) = f {
                let s = String(t.drop(while: { $0 == " " || $0 == "\t" }))
                if s.isEmpty { out.removeFirst(); continue }
                out[0] = .text(s)
            } else if f == .lineBreak || f == .softBreak { out.removeFirst(); continue }
            break
        }
        while let l = out.last {
            if case .text(let t) = l {
                var s = Substring(t)
                while let c = s.last, c == " " || c == "\t" { s.removeLast() }
                if s.isEmpty { out.removeLast(); continue }
                out[out.count - 1] = .text(String(s))
            } else if l == .lineBreak || l == .softBreak { out.removeLast(); continue }
            break
        }
        return out
    }

    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
