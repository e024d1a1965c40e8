import Diagnostics
import Document
import Foundation
import Ingest

/// The templates of a meeting's outputs, read from the meeting's own `templates/` first, then
/// the tool's `Templates/`.
struct MeetingTemplates: Sendable {
    var report: OutputTemplate
    var briefing: OutputTemplate
    var handout: OutputTemplate
    var facilitator: OutputTemplate
    var tentCard: OutputTemplate

    static func read(meeting: URL, installation: Installation, meetingTexts: [String: [String: String]] = [:],
                     textSpans: [String: SourceSpan] = [:], diagnostics: inout DiagnosticBag) -> MeetingTemplates? {
        let folders = [meeting.appendingPathComponent("templates"), installation.templates]
        func load(_ name: String) -> OutputTemplate? {
            let (template, bag) = TemplateReader.read(name, folders: folders, requestedAt: .file("templates/\(name).yaml"))
            diagnostics.append(contentsOf: bag)
            return template
        }
        // Every template is read, so that each broken one is reported, not only the first.
        let loaded = ["report", "briefing", "handout", "facilitator", "tent-card"].map(load)
        guard let report = loaded[0], let briefing = loaded[1], let handout = loaded[2],
              let facilitator = loaded[3], let tentCard = loaded[4] else { return nil }
        var templates = MeetingTemplates(report: report, briefing: briefing, handout: handout, facilitator: facilitator,
                                         tentCard: tentCard)
        templates.apply(texts: meetingTexts, spans: textSpans, diagnostics: &diagnostics)
        return templates
    }

    /// The meeting's own sentences (`texts:` of meeting.yaml) over the templates' neutral ones. A
    /// key no template has is an error (it would print nowhere), with the nearest key as hint.
    mutating func apply(texts: [String: [String: String]], spans: [String: SourceSpan], diagnostics: inout DiagnosticBag) {
        var all = [report, briefing, handout, facilitator, tentCard]
        let known = Set(all.flatMap { $0.texts.values.flatMap(\.keys) })
        for (language, pairs) in texts.sorted(by: { $0.key < $1.key }) {
            for (key, text) in pairs.sorted(by: { $0.key < $1.key }) {
                guard known.contains(key) else {
                    diagnostics.error(.unknownField, at: spans["\(language).\(key)"] ?? .file("meeting.yaml"),
                                      "no template prints a text '\(key)'",
                                      hint: Suggestion.hint(for: key, among: known.sorted()))
                    continue
                }
                for i in all.indices { all[i].texts[language, default: [:]][key] = text }
            }
        }
        (report, briefing, handout, facilitator, tentCard) = (all[0], all[1], all[2], all[3], all[4])
    }
}
