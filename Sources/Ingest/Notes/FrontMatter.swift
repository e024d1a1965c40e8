import Diagnostics
import Model

/// The front matter of a note or a regional outcome, read from YAML with each value's span.
struct FrontMatter {
    typealias Value = (value: String, span: SourceSpan)
    var span: SourceSpan
    var session: Value?
    var rapporteur: Value?
    var acts: [Value] = []
    var regions: [Value] = []
    var region: Value?
    var process: String?
    var anchors: [String] = []
    var dates: [String] = []
    var rule: SessionRule?
    var clearance: Clearance?

    static let noteFields = ["session", "rapporteur", "acts", "regions", "date", "language", "title", "clearance"]
    static let outcomeFields = ["region", "process", "anchors", "dates", "rule", "clearance", "title", "language", "date"]

    /// Reads the front matter of `document`; nil (reported) if it is missing or broken.
    static func read(_ document: MarkdownDocument, isOutcome: Bool, diagnostics: inout DiagnosticBag) -> FrontMatter? {
        let path = document.path
        let needed = isOutcome ? "region" : "session"
        guard let text = document.frontMatterText else {
            diagnostics.error(.missingField, at: .file(path), "file has no front matter; it needs a '---' block with '\(needed):'",
                              hint: "start the file with ---, then '\(needed): …', then ---")
            return nil
        }
        let start = SourceSpan(path: path, line: max(1, document.frontMatterLine - 1), column: 1)
        guard let node = YAMLParser.parse(text, path: path, firstLine: max(1, document.frontMatterLine), diagnostics: &diagnostics) else {
            if !diagnostics.all.contains(where: { $0.span.path == path && $0.code == .yamlSyntax }) {
                diagnostics.error(.missingField, at: start, "front matter is empty; it needs '\(needed):'")
            }
            return nil
        }
        guard let m = YAMLMapping(node, what: "the front matter", diagnostics: &diagnostics) else { return nil }
        m.checkKeys(isOutcome ? outcomeFields : noteFields, diagnostics: &diagnostics)
        var fm = FrontMatter(span: node.span)
        if isOutcome {
            fm.region = m.string("region", required: true, diagnostics: &diagnostics)
            fm.process = m.string("process", diagnostics: &diagnostics)?.value
            fm.anchors = m.strings("anchors", diagnostics: &diagnostics).map(\.value)
            fm.dates = m.strings("dates", diagnostics: &diagnostics).map(\.value)
            fm.rule = m.choice("rule", SessionRule.allCases.map { ($0.rawValue, $0) }, diagnostics: &diagnostics)
            fm.clearance = m.choice("clearance", Clearance.allCases.map { ($0.name, $0) }, diagnostics: &diagnostics)
            guard fm.region != nil else { return nil }
        } else {
            fm.session = m.string("session", required: true, diagnostics: &diagnostics)
            fm.rapporteur = m.string("rapporteur", diagnostics: &diagnostics)
            fm.acts = m.strings("acts", diagnostics: &diagnostics)
            fm.regions = m.strings("regions", diagnostics: &diagnostics)
            // A note may only narrow its session's clearance (applied as a cap, like a session's).
            fm.clearance = m.choice("clearance", Clearance.allCases.map { ($0.name, $0) }, diagnostics: &diagnostics)
            guard fm.session != nil else { return nil }
        }
        return fm
    }
}
