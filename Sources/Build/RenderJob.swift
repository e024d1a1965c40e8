import Compose
import Diagnostics
import Document
import Foundation
import Ingest
import Model
import Typeset

/// `stocktake render`: one Markdown document → one PDF, through Ingest's Markdown reader,
/// Compose's document builder and Typeset. Bad input (a missing file, not UTF-8, an unknown
/// template, a glyph no bundled font has) is reported and writes nothing.
public struct RenderJob: Sendable {
    public var input: String
    public var output: String?
    public var template: String
    public var installation: Installation
    /// The environment's `SOURCE_DATE_EPOCH`: when set, the PDF's date (SPEC 4), before the front
    /// matter's `date:`.
    public var sourceDateEpoch: String?

    public init(input: String, output: String?, template: String, installation: Installation = .locate(),
                sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]) {
        self.input = input; self.output = output; self.template = template; self.installation = installation
        self.sourceDateEpoch = sourceDateEpoch
    }

    /// The PDF path: `-o`, else the input's name with `.pdf` beside it; `-` (the default for a
    /// document read from standard input) is standard output.
    public var outputPath: String {
        if let output { return output }
        if input == "-" { return "-" }
        let url = URL(fileURLWithPath: input)
        return url.deletingPathExtension().appendingPathExtension("pdf").path
    }

    public func run() -> JobResult {
        if let problem = installation.problem { return JobResult(diagnostics: DiagnosticBag([problem])) }
        var bag = DiagnosticBag()
        let same = input != "-" && outputPath != "-"
            && URL(fileURLWithPath: outputPath).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        if same {
            bag.error(.outputFailed, at: .file(input), "the PDF would overwrite the document it is made from",
                      hint: "give -o a .pdf path")
            return JobResult(diagnostics: bag, usageError: true)
        }
        let (file, readBag) = input == "-" ? DocumentFileReader.loadStandardInput() : DocumentFileReader.load(input)
        bag.append(contentsOf: readBag)
        // A name is looked up in Templates/; a path to a .yaml file is read from its folder first,
        // so that it may `extends:` the tool's own templates.
        var folders = [installation.templates]
        var name = template
        if template.hasSuffix(".yaml") {
            let url = URL(fileURLWithPath: template)
            folders.insert(url.deletingLastPathComponent(), at: 0)
            name = url.deletingPathExtension().lastPathComponent
        }
        let (outputTemplate, templateBag) = TemplateReader.read(name, folders: folders, requestedAt: .file(input))
        bag.append(contentsOf: templateBag)
        guard let file, let outputTemplate, !bag.hasErrors else { return JobResult(diagnostics: bag) }

        let (markdown, markdownBag) = MarkdownReader.read(file, documentExtensions: true)
        bag.append(contentsOf: markdownBag)
        let (front, frontBag) = DocumentFrontMatter.read(markdown)
        bag.append(contentsOf: frontBag)
        var date = front.date
        if let epoch = sourceDateEpoch.flatMap({ Int64($0.trimmingCharacters(in: .whitespaces)) }) {
            date = DocumentDate(secondsSince1970: epoch)
        }
        let title = front.title ?? markdown.firstHeading
            ?? (input == "-" ? "Document" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent)
        let metadata = Metadata(title: title, author: front.author ?? "", subject: front.subject ?? "",
                                creator: "stocktake", date: date ?? .epoch1980, language: front.language ?? "en")
        let (document, composeBag) = MarkdownComposer.compose(markdown, metadata: metadata, subtitle: front.subtitle,
                                                              template: outputTemplate, language: front.language ?? "en")
        bag.append(contentsOf: composeBag)
        guard !bag.hasErrors else { return JobResult(diagnostics: bag) }

        let typesetter = Typesetter(fontsFolder: installation.fonts,
                                    shapingThreads: min(4, ProcessInfo.processInfo.activeProcessorCount))
        guard outputPath == "-" else {
            let result = typesetter.render(document, to: outputPath, sourcePath: file.path)
            bag.append(contentsOf: result.diagnostics)
            let summary = bag.hasErrors ? "" : "wrote \(outputPath) (\(result.pageCount) pages)"
            return JobResult(diagnostics: bag, summary: summary)
        }
        // Standard output: the PDF is made whole in a temporary file first, so that a failed
        // render writes nothing to the pipe.
        let temp = FileManager.default.temporaryDirectory
            .appendingPathComponent("stocktake-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).pdf")
        defer { try? FileManager.default.removeItem(at: temp) }
        let result = typesetter.render(document, to: temp.path, sourcePath: file.path)
        bag.append(contentsOf: result.diagnostics)
        guard !bag.hasErrors else { return JobResult(diagnostics: bag) }
        guard let pdf = FileManager.default.contents(atPath: temp.path), StandardOutput.write(bytes: [UInt8](pdf)) else {
            bag.error(.outputFailed, at: .file("-"), "cannot write the PDF to standard output")
            return JobResult(diagnostics: bag)
        }
        return JobResult(diagnostics: bag, summary: "wrote the PDF to standard output (\(result.pageCount) pages)")
    }
}
