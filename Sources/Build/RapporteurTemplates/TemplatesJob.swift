import Diagnostics
import Foundation
import Ingest
import Model

/// `stocktake templates`: one rapporteur template per session (SPEC 5), as Word or Markdown,
/// into a folder; a file that is already there is never overwritten.
public struct TemplatesJob: Sendable {
    public enum Format: String, Sendable, CaseIterable { case docx, md }

    public var meeting: String
    public var session: String?
    public var format: Format
    public var output: String

    public init(meeting: String, session: String?, format: Format, output: String) {
        self.meeting = meeting; self.session = session; self.format = format; self.output = output
    }

    public func run() -> JobResult {
        let (read, bag0) = MeetingReader.read(DiskMeetingSource(root: URL(fileURLWithPath: meeting)))
        var bag = DiagnosticBag(bag0.all.filter { $0.severity == .error && !$0.span.path.hasPrefix("notes/") && !$0.span.path.hasPrefix("regional/") })
        guard let meeting = read, !bag.hasErrors else {
            if bag.isEmpty { bag.append(contentsOf: bag0) }
            return JobResult(diagnostics: bag, summary: "no templates written")
        }
        var sessions = meeting.sessions
        if let id = session {
            sessions = sessions.filter { $0.id == id }
            if sessions.isEmpty {
                bag.error(.unknownSession, at: .file("meeting.yaml"), "unknown session '\(id)'",
                          hint: Suggestion.hintOrList(for: id, among: meeting.sessions.map(\.id)))
                return JobResult(diagnostics: bag, summary: "no templates written")
            }
        }
        let folder = URL(fileURLWithPath: output)
        var written = 0, kept = 0
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for s in sessions {
                let file = folder.appendingPathComponent("\(s.id).\(format.rawValue)")
                if FileManager.default.fileExists(atPath: file.path) { kept += 1; continue }
                let template = RapporteurTemplate(session: s, meeting: meeting)
                let data = format == .docx ? try DocxTemplateWriter.data(for: template) : Data(template.markdown.utf8)
                // withoutOverwriting: a file that appeared meanwhile is kept too.
                try data.write(to: file, options: .withoutOverwriting)
                written += 1
            }
        } catch {
            bag.error(.outputFailed, at: .file(output), "cannot write the templates: \(errorMessage(error))")
            return JobResult(diagnostics: bag, summary: "wrote \(written) template(s)")
        }
        let keptNote = kept > 0 ? ", kept \(kept) that already exist" : ""
        return JobResult(diagnostics: bag, summary: "wrote \(written) template(s) into \(output)\(keptNote)")
    }
}
