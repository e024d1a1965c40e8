import Diagnostics
import Document
import Foundation

/// Reads the YAML templates of `Templates/` (and a meeting's `templates/` overrides) into
/// `OutputTemplate`s: page set-up, styles, accent, cover and contents, label sets and fixed texts
/// per language. A template may start from another with `extends: NAME`.
public enum TemplateReader {
    /// The template names (file names without `.yaml`) found in the folders.
    public static func available(in folders: [URL]) -> [String] {
        var names = Set<String>()
        for folder in folders {
            for f in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where f.hasSuffix(".yaml") {
                names.insert(String(f.dropLast(5)))
            }
        }
        return names.sorted()
    }

    /// Reads template `name` from the first folder that has it. An unknown name is reported at
    /// `requestedAt` (the command line or the meeting file that asked for it).
    public static func read(_ name: String, folders: [URL], requestedAt: SourceSpan) -> (OutputTemplate?, DiagnosticBag) {
        var bag = DiagnosticBag()
        let template = read(name, folders: folders, requestedAt: requestedAt, depth: 0, diagnostics: &bag)
        return (bag.hasErrors ? nil : template, bag)
    }

    private static func read(_ name: String, folders: [URL], requestedAt: SourceSpan, depth: Int,
                             diagnostics: inout DiagnosticBag) -> OutputTemplate? {
        let valid = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard valid, let url = folders.map({ $0.appendingPathComponent(name + ".yaml") })
                .first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            let names = available(in: folders)
            diagnostics.error(.unknownTemplate, at: requestedAt,
                              "unknown template '\(name)'; the templates are \(names.joined(separator: ", "))",
                              hint: Suggestion.hint(for: name, among: names))
            return nil
        }
        let path = url.path
        // Confined to its folder: a template that is a link out of it (to /etc/shadow) or not a
        // regular file is refused before it is opened.
        if let why = Confinement.problem(url, inside: url.deletingLastPathComponent()) {
            diagnostics.error(.unreadableFile, at: .file(path), "template '\(name)' is not read: \(why)")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path),
              let file = TextDecoder.decode(path: path, data: data, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors { diagnostics.error(.unreadableFile, at: .file(path), "cannot read the template") }
            return nil
        }
        guard let root = YAMLParser.parse(file.text, path: path, diagnostics: &diagnostics),
              let map = YAMLMapping(root, what: "template '\(name)'", diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors { diagnostics.error(.badTemplate, at: .file(path), "template '\(name)' is empty") }
            return nil
        }
        map.checkKeys(["extends", "page", "accent", "cover", "contents", "styles", "lists", "labels", "texts", "band", "logo"],
                      strict: true, diagnostics: &diagnostics)
        var template = OutputTemplate(name: name)
        if let base = map.string("extends", diagnostics: &diagnostics) {
            // `extends: report` in the meeting's report.yaml means the tool's own report: a template
            // extending its own name is looked up in the folders after its own.
            let own = folders.firstIndex { $0.standardizedFileURL.path == url.deletingLastPathComponent().standardizedFileURL.path }
            let searched = base.value == name ? Array(folders.dropFirst((own ?? 0) + 1)) : folders
            guard depth < 8 else {
                diagnostics.error(.badTemplate, at: base.span, "template '\(name)' extends templates more than 8 deep (a cycle?)")
                return nil
            }
            guard let parent = read(base.value, folders: searched, requestedAt: base.span, depth: depth + 1, diagnostics: &diagnostics)
            else {
                if !diagnostics.hasErrors {
                    diagnostics.error(.badTemplate, at: base.span, "template '\(name)' cannot extend '\(base.value)'")
                }
                return nil
            }
            template = parent
            template.name = name
        }
        TemplateFields.apply(map, to: &template, diagnostics: &diagnostics)
        if let (logo, span) = map.string("logo", diagnostics: &diagnostics) {
            // A logo is a PNG beside the template that names it; an empty value removes it.
            let folder = url.deletingLastPathComponent()
            let fileURL = folder.appendingPathComponent(logo)
            if logo.isEmpty { template.logos = [] }
            else if !FileManager.default.fileExists(atPath: fileURL.path) {
                diagnostics.error(.badTemplate, at: span, "logo '\(logo)' does not exist beside the template")
            } else if let why = Confinement.problem(fileURL, inside: folder) {
                diagnostics.error(.badTemplate, at: span, "logo '\(logo)' is not read: \(why)",
                                  hint: "put the logo (a PNG) in the template's own folder")
            } else { template.logos = [fileURL.resolvingSymlinksInPath().path] }
        }
        return template
    }
}
