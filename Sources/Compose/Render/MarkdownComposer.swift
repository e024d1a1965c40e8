import Foundation
import Diagnostics
import Document
import Model

/// The `render` path of Compose: a plain Markdown document (no meeting involved) and a template
/// → a `Document`, with a cover and contents when the template asks for them.
public enum MarkdownComposer {
    /// Composes the document; `language` chooses the template's labels and fixed texts.
    public static func compose(_ markdown: MarkdownDocument, metadata: Metadata, subtitle: String? = nil,
                               template: OutputTemplate, language: String = "en") -> (Document, DiagnosticBag) {
        var bag = DiagnosticBag()
        var blocks: [Block] = []
        // The title and subtitle are set like the body (typographic quotes, dashes), and so the
        // running head and the PDF's Title that come from them.
        var metadata = metadata
        metadata.title = Typographic.string(metadata.title, language: language)
        let subtitle = subtitle.map { Typographic.string($0, language: language) }
        if template.cover {
            let lines = [metadata.author, DateText.long(metadata.date, language: language)].filter { !$0.isEmpty }
            blocks.append(Block(.cover(Cover(title: metadata.title, subtitle: subtitle ?? "", lines: lines,
                                             kind: template.text("kind", language) ?? "")),
                                span: SourceSpan(path: markdown.path, line: 1, column: 1), provenance: .cover))
        } else if !metadata.title.isEmpty, metadata.title != markdown.firstHeading {  // a title taken from it is not printed twice
            blocks.append(Block(.title(metadata.title), span: SourceSpan(path: markdown.path, line: 1, column: 1), provenance: .cover))
        }
        let folder = URL(fileURLWithPath: markdown.path).deletingLastPathComponent()
        let body = markdown.blocks.flatMap { convert($0, folder: folder, diagnostics: &bag) }
        let headingCount = body.filter { if case .heading = $0.content { return true } else { return false } }.count
        if let depth = template.contentsDepth, headingCount >= 2 {
            blocks.append(Block(.tableOfContents(TableOfContents(title: template.labels(language).contents, depth: depth)),
                                provenance: .template))
            blocks.append(Block(.pageBreak))
        }
        blocks += Typographic.apply(body, language: language)
        blocks += footnotes(markdown.blocks, folder: folder, heading: template.text("notes_heading", language) ?? "Notes",
                            diagnostics: &bag)
        return (Document(metadata: metadata, template: template.page(for: language), blocks: blocks), bag)
    }

    /// The footnotes' texts, numbered as their references, under a heading at the end.
    static func footnotes(_ blocks: [MarkdownBlock], folder: URL, heading: String, diagnostics: inout DiagnosticBag) -> [Block] {
        var items: [ListItem] = []
        var first: SourceSpan?
        for case .footnoteDefinition(_, let children, let span) in blocks {
            first = first ?? span
            items.append(ListItem(children.flatMap { convert($0, folder: folder, diagnostics: &diagnostics) }))
        }
        guard let first, !items.isEmpty else { return [] }
        return [Block(.rule, span: first), Block(.heading(level: 2, [.text(heading)]), span: first),
                Block(.list(ListBlock(ordered: true, start: 1, items: items)), span: first)]
    }

    /// A paragraph holding only `\\newpage` or `\\pagebreak`. Only short paragraphs are trimmed:
    /// Foundation's `trimmingCharacters` on every paragraph was 4 % of a render.
    static func isPageBreakCommand(_ inlines: [Inline]) -> Bool {
        let text = inlines.plainText
        guard text.utf8.count <= 32 else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed == "\\newpage" || trimmed == "\\pagebreak"
    }

    /// The image of a paragraph that holds one image and nothing else (whitespace aside), with
    /// its source resolved against the document's folder and its alt text as the caption.
    static func standaloneImage(_ inlines: [Inline], folder: URL) -> ImageBlock? {
        let content = inlines.filter {
            if case .text(let s) = $0 { return !s.allSatisfy(\.isWhitespace) }
            if case .softBreak = $0 { return false }
            return true
        }
        guard content.count == 1, case .image(let source, let alt) = content[0], !source.isEmpty else { return nil }
        let path = source.hasPrefix("/") ? source : folder.appendingPathComponent(source).path
        let caption = alt.plainText.trimmingCharacters(in: .whitespaces)
        return ImageBlock(path: path, caption: caption.isEmpty ? nil : caption)
    }

    static func convert(_ block: MarkdownBlock, folder: URL, diagnostics: inout DiagnosticBag) -> [Block] {
        switch block {
        case .heading(let level, let inlines, let span):
            return [Block(.heading(level: min(max(level, 1), 3), runs(inlines)), span: span)]
        case .paragraph(let inlines, let span):
            if isPageBreakCommand(inlines) { return [Block(.pageBreak, span: span)] }
            if let image = standaloneImage(inlines, folder: folder) {
                // Confined to the document's folder (SPEC 2), a regular file, checked before it is opened.
                if FileManager.default.fileExists(atPath: image.path),
                   let why = Confinement.problem(URL(fileURLWithPath: image.path), inside: folder) {
                    diagnostics.error(.missingFile, at: span, "image '\(image.path)' is not read: \(why)",
                                      hint: "put the image (a PNG or JPEG) in the document's folder")
                    return []
                }
                return [Block(.image(image), span: span)]
            }
            return [Block(.paragraph(runs(inlines)), span: span)]
        case .list(let list, let span):
            let items = list.items.map { item in
                ListItem(item.blocks.flatMap { convert($0, folder: folder, diagnostics: &diagnostics) }, checked: item.checked)
            }
            return [Block(.list(ListBlock(ordered: list.ordered, start: list.start, items: items)), span: span)]
        case .blockQuote(let children, let span):
            return [Block(.box(BoxBlock(.quote, children.flatMap { convert($0, folder: folder, diagnostics: &diagnostics) })), span: span)]
        case .table(let table, let span):
            return [Block(.table(TableShape.table(table)), span: span)]
        case .codeBlock(let code, let span):
            var lines: [Run] = []
            for (i, line) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { lines.append(.lineBreak) }
                lines.append(.code(String(line)))
            }
            if lines.last == .code("") { lines.removeLast(2) }
            return [Block(.box(BoxBlock(.shaded, [Block(.paragraph(lines), span: span)])), span: span)]
        case .thematicBreak(let span):
            return [Block(.rule, span: span)]
        case .footnoteDefinition:
            return []  // gathered at the end of the document (`footnotes`)
        case .html(let html, let span):
            let squeezed = html.lowercased().filter { !$0.isWhitespace }
            if squeezed == "<!--pagebreak-->" || squeezed == "<!--newpage-->" { return [Block(.pageBreak, span: span)] }
            diagnostics.warning(.rawHTML, at: span, "raw HTML is not typeset; it is left out")
            return []
        }
    }

    /// Markdown inlines → document runs; soft breaks become spaces.
    static func runs(_ inlines: [Inline]) -> [Run] {
        inlines.map { inline in
            switch inline {
            case .text(let s): return .text(s)
            case .emphasis(let c): return .emphasis(runs(c))
            case .strong(let c): return .strong(runs(c))
            case .code(let s): return .code(s)
            case .link(let destination, let c): return .link(url: destination, runs(c))
            case .image(_, let alt): return .emphasis(runs(alt))
            case .lineBreak: return .lineBreak
            case .softBreak: return .text(" ")
            case .strikethrough(let c): return .strikethrough(runs(c))
            case .footnoteReference(let n): return .superscript(n)
            }
        }
    }
}
