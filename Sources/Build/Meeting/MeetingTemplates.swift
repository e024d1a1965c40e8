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

    static func read(meeting: URL, installation: Installation, diagnostics: inout DiagnosticBag) -> MeetingTemplates? {
        let folders = [meeting.appendingPathComponent("templates"), installation.templates]
        func load(_ name: String) -> OutputTemplate? {
            let (template, bag) = TemplateReader.read(name, folders: folders, requestedAt: .file("templates/\(name).yaml"))
            diagnostics.append(contentsOf: bag)
            return template
        }
        guard let report = load("report"), let briefing = load("briefing"), let handout = load("handout"),
              let facilitator = load("facilitator"), let tentCard = load("tent-card") else { return nil }
        return MeetingTemplates(report: report, briefing: briefing, handout: handout, facilitator: facilitator,
                                tentCard: tentCard)
    }
}
