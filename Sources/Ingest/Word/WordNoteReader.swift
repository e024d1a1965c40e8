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
            func tree(_ part: String?) throws -> WordElement? {
                guard let part, let d = try package.read(part) else { return nil }
                do { return try XMLTree.parse(d) } catch let e as XMLTreeError {
                    throw WordPackage.Failure.corrupt("its part '\(part)' cannot be read: \(e.description)")
                }
            }
            // Parts are found as Word finds them: through the relationships, never by a fixed name
            // (a decoy word/document.xml beside the real main part is not read).
            let packageRels = try tree("_rels/.rels")
            let main = Self.target(packageRels, type: "officeDocument", base: "") ?? "word/document.xml"
            guard let document = try tree(main) else { throw WordPackage.Failure.missingPart(main) }
            guard let body = document.child("w:body") else { throw WordPackage.Failure.missingPart("a document body") }
            let folder = main.split(separator: "/").dropLast().joined(separator: "/")
            let file = main.split(separator: "/").last.map(String.init) ?? main
            let rels = try tree((folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels")
            func part(_ type: String) -> String? { Self.target(rels, type: type, base: folder) }
            parts = (body, try tree(part("styles")), try tree(part("numbering")), rels,
                     try tree(Self.target(packageRels, type: "custom-properties", base: "")))
            // Parts that are never read: say so when they hold text.
            if try hasText(tree(part("comments"))) { skipped.insert(.comments) }
            for type in ["footnotes", "endnotes"] {
                let notes = try tree(part(type))?.children.filter { $0["w:type"] == nil || $0["w:type"] == "normal" } ?? []
                if notes.contains(where: { hasText($0) }) { skipped.insert(.footnotes) }
            }
            for target in Self.targets(rels, types: ["header", "footer"], base: folder) {
                if try hasText(tree(target)) { skipped.insert(.headersFooters) }
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
        // What cannot be read safely stops the note: printing the rest might file what it hides
        // (a heading, a mark) under the wrong section.
        for problem in body.problems {
            diagnostics.error(.unreadableFile, at: SourceSpan(path: path, line: problem.paragraph, column: 1),
                              "'\(path)' holds \(problem.message), near paragraph \(problem.paragraph): the note is not read",
                              hint: "in Word, select the content and paste it as plain text (or remove it), then save again")
        }
        if !body.problems.isEmpty { return nil }

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

    /// The part a relationship of `type` (the last component of its type URI) points at,
    /// relative to `base`, as a path inside the archive.
    static func target(_ rels: WordElement?, type: String, base: String) -> String? {
        targets(rels, types: [type], base: base).first
    }

    static func targets(_ rels: WordElement?, types: [String], base: String) -> [String] {
        (rels?.children ?? []).compactMap { r -> String? in
            guard r["TargetMode"] != "External", let t = r["Type"], let last = t.split(separator: "/").last,
                  types.contains(String(last)), let target = r["Target"] else { return nil }
            var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
            for component in target.split(separator: "/") {
                if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
            }
            return parts.joined(separator: "/")
        }
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
    /// List items waiting to be nested: level, kind, their blocks (a continuation paragraph
    /// joins the item above it) and paragraph number.
    private var pendingList: [(level: Int, ordered: Bool, blocks: [MarkdownBlock], number: Int, indent: Int)] = []

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
        if let key = WordNoteReader.key(of: text),
           Self.noteFields.contains(key) || Self.noteFields.contains(where: { Suggestion.isNearMiss(key, of: $0) }) {
            if !seenHeading {
                header.append((p.number, text))
                return
            }
            // `clearance: internal` under a heading is not read as the note's field, and must not
            // be printed as a point either.
            if ["session", "clearance", "acts", "regions", "region", "rule", "rapporteur"].contains(key) {
                diagnostics.error(.badFrontMatter, at: span(p.number),
                                  "'\(key):' after the first heading is not read as the note's field",
                                  hint: "move the line to the top of the note, before the first heading")
                return
            }
        }
        var inlines = WordMark.apply(trimmed(p.inlines), tags: tags, at: span(p.number), diagnostics: &diagnostics)
        let indent = p.indent ?? 0
        if let list = listLevel(p) {
            pendingList.append((list.level, list.ordered, [.paragraph(inlines, span(p.number))], p.number, indent))
            return
        }
        if let stripped = Self.strippingTypedBullet(inlines) {
            // A typed bullet's level is its indentation (a quarter inch a level, as Word indents).
            let level = min(8, max(0, (indent + 180) / 360 - 1))
            pendingList.append((level, false, [.paragraph(stripped, span(p.number))], p.number, indent))
            return
        }
        // A paragraph indented under a list item, or in a list-continuation style, belongs to it
        // (its clearance too), as Word shows it.
        let continuation = styles.names(p.style).contains { $0.hasPrefix("list continue") || $0.hasPrefix("list paragraph") }
        if let last = pendingList.last, continuation || indent > 0 {
            // Nested under it: an item of its own that keeps the point's clearance.
            pendingList.append((last.level + 1, false, [.paragraph(inlines, span(p.number))], p.number, indent))
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
    private func nest(_ items: [(level: Int, ordered: Bool, blocks: [MarkdownBlock], number: Int, indent: Int)], _ index: inout Int,
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
            out.append(MarkdownListItem(blocks: item.blocks, span: span(item.number)))
            index += 1
        }
        return MarkdownList(ordered: ordered, start: 1, items: out)
    }

    private mutating func table(_ rows: [[[WordParagraph]]], number: Int) {
        for p in rows.flatMap({ $0.flatMap { $0 } }) { record(p) }
        // A table is one item and takes no mark; a heading or a mark in a cell is an error, and the
        // table is read as internal (unsure what its author meant).
        var doubtful = false
        for p in rows.flatMap({ $0.flatMap { $0 } }) {
            let text = p.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, p.outlineLevel ?? styles.headingLevel(p.style) != nil {
                diagnostics.error(.headingLikeLine, at: span(p.number), "a heading inside a table cell: '\(text)'",
                                  hint: "put the heading above the table, outside it")
                doubtful = true
            }
            if WordMark.looksLikeMark(text, tags: tags) {
                diagnostics.error(.badAttribute, at: span(p.number), "a mark in a table cell: a table takes none",
                                  hint: "move the table under the section it belongs to, or the row out of the table")
                doubtful = true
            }
        }
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
        var table = MarkdownTable(alignments: Array(repeating: .none, count: width), header: padded[0], rows: Array(padded.dropFirst()))
        if doubtful, !table.header.isEmpty { table.header[0].append(.text(" {.internal}")) }
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
