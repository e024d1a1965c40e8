import Diagnostics
import Document
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The typesetting engine: `Document` → pages → PDF. Owns one font library on the files of a
/// fonts folder (fontconfig sees nothing else). Not thread-safe: give each worker its own
/// typesetter and reuse it for all of that worker's documents.
public final class Typesetter {
    let fonts: FontLibrary
    let shaper: TextShaper
    /// One shaper per shaping thread, the first being `shaper`; each has its own font library.
    let shapers: [TextShaper]
    /// Hyphenation dictionaries by language, loaded on first use (`Data/hyphen` beside `Fonts/`).
    private let hyphenationFolder: URL
    private var hyphenators: [String: Hyphenator?] = [:]

    /// A typesetter on the `.ttf` and `.otf` files of `fontsFolder`, in name order. With
    /// `shapingThreads` > 1, a document's paragraphs are shaped on that many threads, each with
    /// its own font map (kept for the typesetter's life, reused by every render).
    public init(fontsFolder: URL, shapingThreads: Int = 1) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fontsFolder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".ttf") || $0.hasSuffix(".otf") }.sorted()
            .map { fontsFolder.appendingPathComponent($0).path }
        fonts = FontLibrary(fontFiles: files)
        shaper = TextShaper(fonts: fonts)
        shapers = [shaper] + (1..<max(1, shapingThreads)).map { _ in TextShaper(fonts: FontLibrary(fontFiles: files)) }
        hyphenationFolder = fontsFolder.deletingLastPathComponent().appendingPathComponent("Data/hyphen")
    }

    /// The hyphenator of a document's language, if a dictionary ships for it.
    func hyphenator(_ language: String) -> Hyphenator? {
        if let h = hyphenators[language] { return h }
        let h = Hyphenator(language: language, folder: hyphenationFolder)
        hyphenators[language] = h
        return h
    }

    /// Measures and paginates a document without drawing it. `sourcePath` names blocks without a span.
    public func paginate(_ document: Document, sourcePath: String = "document") -> Pagination {
        let (builder, pages) = layout(document, sourcePath: sourcePath)
        var itemPage: [Int: Int] = [:]
        for (p, placements) in pages.enumerated() {
            for pl in placements where itemPage[pl.item] == nil { itemPage[pl.item] = p + 1 }
        }
        let headings = builder.headings.map { PaginatedHeading(level: $0.level, title: $0.title, page: itemPage[$0.item] ?? 0) }
        return Pagination(items: builder.items, pages: pages, headings: headings, diagnostics: builder.diagnostics)
    }

    /// Renders a document to a PDF at `path`: written to a temporary file beside it and renamed
    /// into place only when there are no errors, so a failed render leaves no partial PDF (and an
    /// existing file untouched).
    public func render(_ document: Document, to path: String, sourcePath: String = "document") -> RenderResult {
        let (builder, pages) = layout(document, sourcePath: sourcePath)
        var bag = builder.diagnostics
        if bag.hasErrors { return RenderResult(diagnostics: bag, pageCount: 0, text: DrawnText()) }
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let geometry = builder.geometry
        var text = DrawnText(), pageCount = 0, failure: String?, figureAlts: [String] = [], languages: [String?] = []
        var links: [String] = []
        do {
            let canvas = PDFCanvas(path: temp, width: geometry.width, height: geometry.height)
            canvas.setMetadata(document.metadata)
            let drawer = PageDrawer(canvas: canvas, builder: builder, document: document, pages: pages)
            text = drawer.drawAll()
            pageCount = drawer.pageCount
            failure = canvas.finish()
            figureAlts = drawer.figureAlts
            languages = canvas.structureLanguages
            links = canvas.linkDescriptions
        }
        if failure == nil {
            // Language, figures' alternative text, header scope, links' descriptions, artifacts:
            // through libqpdf, into a second file.
            let tagged = temp + ".tagged"
            failure = PDFAccessibility.finish(temp, into: tagged,
                                              .init(language: document.metadata.language, title: document.metadata.title, figureAlts: figureAlts,
                                                    elementLanguages: languages, linkDescriptions: links))
            if failure == nil, rename(tagged, temp) != 0 { failure = "cannot move the tagged PDF into place" }
            unlink(tagged)
        }
        bag.append(contentsOf: builder.diagnostics.all.filter { !bag.all.contains($0) })
        if let failure {
            bag.error(.outputFailed, at: .file(path), "cannot write the PDF: \(failure)")
        }
        if bag.hasErrors || rename(temp, path) != 0 {
            if !bag.hasErrors { bag.error(.outputFailed, at: .file(path), "cannot move the PDF into place") }
            unlink(temp)
            return RenderResult(diagnostics: bag, pageCount: 0, text: text)
        }
        return RenderResult(diagnostics: bag, pageCount: pageCount, text: text)
    }

    private func layout(_ document: Document, sourcePath: String) -> (LayoutBuilder, [[Placement]]) {
        let builder = LayoutBuilder(shaper: shaper, template: document.template, fallbackSpan: .file(sourcePath),
                                    hyphenator: hyphenator(document.metadata.language))
        builder.build(document.blocks, shapers: shapers)
        let pages = Paginator.paginate(builder.items, pageHeight: builder.geometry.textHeight)
        return (builder, pages)
    }
}
