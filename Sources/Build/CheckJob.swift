import Diagnostics
import Disclosure
import Foundation
import Ingest
import Model

/// `stocktake check`: reads and validates a meeting folder and reports; writes nothing.
public struct CheckJob: Sendable {
    public var meeting: String?
    public var strict: Bool
    public var installation: Installation

    public init(meeting: String?, strict: Bool, installation: Installation = .locate()) {
        self.meeting = meeting; self.strict = strict; self.installation = installation
    }

    /// The meeting folder: the one given, else the current folder.
    public var folder: URL {
        URL(fileURLWithPath: meeting ?? ".")
    }

    /// Checks the meeting folder, its templates included (a broken template, or a text key no
    /// template prints, fails `check` as it fails `build`).
    public func run() -> JobResult {
        if let problem = installation.problem { return JobResult(diagnostics: DiagnosticBag([problem])) }
        var (bag, meeting, log) = read(DiskMeetingSource(root: folder))
        if let meeting {
            if MeetingTemplates.read(meeting: folder, installation: installation, meetingTexts: meeting.texts,
                                     textSpans: meeting.textSpans, diagnostics: &bag) == nil, !bag.hasErrors {
                bag.error(.badTemplate, at: .file("templates"), "the templates could not be read")
            }
        }
        return JobResult(diagnostics: bag, summary: Self.summary(meeting, bag, log))
    }

    /// Checks a meeting read through any source (tests use an in-memory one), templates aside.
    /// Anonymisation runs too, so that its warnings (and with `--strict` every rewrite, as an
    /// error) are reported, and the summary gives the number of rewrites.
    public func run(source: MeetingSource) -> JobResult {
        let (bag, meeting, log) = read(source)
        return JobResult(diagnostics: bag, summary: Self.summary(meeting, bag, log))
    }

    private func read(_ source: MeetingSource) -> (DiagnosticBag, Meeting?, RedactionLog?) {
        Disclosure.prepare()  // word lists and gazetteer load while the meeting is read
        let (meeting, read) = MeetingReader.read(source)
        var bag = read
        var log: RedactionLog?
        if let meeting {
            let disclosure = Disclosure(meeting: meeting, options: Disclosure.Options(strict: strict))
            bag.append(contentsOf: disclosure.diagnostics.atWordParagraphs)
            log = disclosure.log
        }
        return (bag, meeting, log)
    }

    /// "checked: 22 sessions, 310 items, 101 people, 296 rewrites — 0 errors, 3 warnings".
    static func summary(_ meeting: Meeting?, _ bag: DiagnosticBag, _ log: RedactionLog? = nil) -> String {
        var counts = meeting.map { "\($0.sessions.count) sessions, \($0.items.count) items, \($0.people.count) people" }
            ?? "meeting not read"
        if let log { counts += ", \(log.rewriteCount) rewrite\(log.rewriteCount == 1 ? "" : "s")" }
        let e = bag.errorCount, w = bag.warningCount
        return "checked: \(counts) — \(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }
}
