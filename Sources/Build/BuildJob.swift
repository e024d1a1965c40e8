import Diagnostics
import Disclosure
import Foundation
import Gate
import Ingest
import Model

/// `stocktake build`: reads the meeting, clears and rewrites its content for each audience,
/// composes and renders every output in parallel, runs the last gate over each public and
/// government PDF, and swaps the results into the output folder all at once (SPEC 2).
public struct BuildJob: Sendable {
    public var meeting: String?
    public var output: String
    public var only: Set<OutputKind>
    public var strict: Bool
    public var keepGoing: Bool
    public var draft: Bool
    /// `--release` (SPEC 3.4): refused while a suspicion is undecided or a decision stale.
    public var release = false
    public var installation: Installation
    /// Test hook: roster ids whose mentions the rewriter lets through unchanged, to prove that the
    /// last gate stops them.
    public var letSlip: Set<String> = []
    /// Test hook: classes of mentions the rewriter lets through, to prove the gate stops each.
    public var letSlipClasses: Set<RewriteClass> = []
    /// Told after each output is rendered (from the render workers, one call at a time): outputs
    /// done, outputs to render, the path just done. The CLI shows it on a terminal.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int, _ path: String) -> Void
    public var progress: Progress?

    public init(meeting: String?, output: String, only: Set<OutputKind>, strict: Bool, keepGoing: Bool,
                draft: Bool, installation: Installation = .locate()) {
        self.meeting = meeting; self.output = output; self.only = only; self.strict = strict
        self.keepGoing = keepGoing; self.draft = draft; self.installation = installation
    }

    public func run() -> JobResult {
        if let problem = installation.problem { return JobResult(diagnostics: DiagnosticBag([problem]), summary: "build failed: nothing written") }
        if release, keepGoing || !only.isEmpty {
            var bag = DiagnosticBag()
            bag.error(.releaseBlocked, at: .file(meeting ?? "."), "--release builds every output from inputs without errors",
                      hint: "drop --only and --keep-going")
            return JobResult(diagnostics: bag, summary: "release refused: nothing written", usageError: true)
        }
        let root = URL(fileURLWithPath: meeting ?? ".")
        var bag = DiagnosticBag()
        switch OutputFolderCheck.check(output: output, meeting: root) {
        case .forbidden(let why)?:
            bag.error(.outputFailed, at: .file(output), "\(why): refused",
                      hint: "give --output a new or empty folder outside the meeting folder")
            return JobResult(diagnostics: bag, summary: "build refused: nothing written", usageError: true)
        case .foreignFile(let path)?:
            bag.error(.outputFailed, at: .file(output + "/" + path), "'\(path)' is in a folder the build owns but no build wrote it: refused",
                      hint: "move the file out of the output folder, or choose another output folder")
            return JobResult(diagnostics: bag, summary: "build refused: nothing written")
        case nil: break
        }
        Disclosure.prepare()  // word lists and gazetteer load while the meeting is read
        let (read, readBag) = MeetingReader.read(DiskMeetingSource(root: root))
        bag.append(contentsOf: readBag)
        guard let meetingValue = read else { return JobResult(diagnostics: bag, summary: "build failed: the meeting could not be read") }
        let disclosure = Disclosure(meeting: meetingValue,
                                    options: Disclosure.Options(strict: strict, rewrite: { var o = RewriteOptions(letSlip: letSlip); o.letSlipClasses = letSlipClasses; return o }()))
        bag.append(contentsOf: disclosure.diagnostics.atWordParagraphs)
        if release {
            // Every suspicion that blocks release decided, no decision stale (SPEC 3.4).
            let undecided = disclosure.log.records.filter(\.blocksRelease)
            for r in undecided {
                bag.error(.releaseBlocked, at: r.span, "'\(r.original)' (\(r.kind.rawValue)) is undecided: key \(r.key)",
                          hint: "stocktake review decide \(r.key) keep|replace, after reading it in secretariat/review.html (or withdraw its item by the item's i- key)")
            }
            for key in disclosure.staleDecisions {
                bag.error(.releaseBlocked, at: meetingValue.decisions[key]?.span ?? .file("review.yaml"),
                          "the decision on '\(key)' is stale: it matches nothing", hint: "decide again, or delete it from review.yaml")
            }
        }
        guard let templates = MeetingTemplates.read(meeting: root, installation: installation, meetingTexts: meetingValue.texts,
                                                        textSpans: meetingValue.textSpans, diagnostics: &bag) else {
            if !bag.hasErrors { bag.error(.badTemplate, at: .file("templates"), "the templates could not be read") }
            return JobResult(diagnostics: bag, summary: "build failed: templates could not be read")
        }
        var errorFiles = Set(bag.all.filter { $0.severity == .error }.map(\.span.path))
        // An error in a file whose session is unknown (a note whose front matter failed) may
        // touch any output: make every output stale rather than guess.
        let known = Self.preTableInputs(meetingValue).union(meetingValue.notes.map(\.path))
        if !errorFiles.isSubset(of: known) { errorFiles.insert("meeting.yaml") }
        if !errorFiles.isEmpty && !keepGoing {
            return JobResult(diagnostics: bag, summary: "build failed: \(bag.errorCount) error(s) in the input; nothing written")
        }
        let date = BuildDate.resolve(meetingDates: meetingValue.dates)
        let label = draft ? "\(date.isoDay) · \(Digests.shortHash(ofFolder: root))" : nil
        let planner = OutputPlanner(disclosure: disclosure, templates: templates, date: date, draftLabel: label,
                                    preTableInputs: Self.preTableInputs(meetingValue))
        var plan = planner.plan()
        // The secretariat's proof of what anonymisation did (SPEC 3.4): secretariat/review.pdf and
        // review.html, beside the redaction log.
        let proof = ReviewProof(meeting: meetingValue, disclosure: disclosure)
        var proofPage = templates.report.page(for: "en")
        proofPage.headerText = "Secretariat only — review proof"
        proofPage.footerText = meetingValue.title
        proofPage.draftLabel = label
        // On the meeting's paper and printed as its other documents are.
        proofPage.paper = meetingValue.paper == .letter ? .letter : .a4
        proofPage.duplex = meetingValue.duplex
        let page = proofPage
        plan.append(PlannedOutput(path: OutputWriter.reviewPath, audience: .secretariat, kind: .review,
                                  compose: { proof.document(template: page, date: date) }, inputs: nil,
                                  source: "the review proof"))
        // Without --release every page says the build is not released (SPEC 3.4).
        if !release {
            plan = plan.map { o in
                guard let compose = o.compose else { return o }
                var marked = o
                marked.compose = { var d = compose(); d.template.unreleased = true; return d }
                return marked
            }
        }
        // Two outputs with one file name would overwrite each other: an error naming both.
        var byPath: [String: Int] = [:]
        for (i, o) in plan.enumerated() {
            if let first = byPath[o.path] {
                bag.error(.duplicateID, at: .file("roster.csv"),
                          "two outputs would be written to '\(o.path)' (\(plan[first].source ?? "?") and \(o.source ?? "?"))",
                          hint: "give the delegations organisation names that differ in letters, not only in case or accents")
            } else { byPath[o.path] = i }
        }
        if bag.hasErrors && !keepGoing {
            return JobResult(diagnostics: bag, summary: "build failed: \(bag.errorCount) error(s); nothing written")
        }
        var writer = OutputWriter(output: URL(fileURLWithPath: output), installation: installation, only: only,
                                  keepGoing: keepGoing)
        writer.progress = progress
        if release {
            let review = (try? Data(contentsOf: root.appendingPathComponent("review.yaml"))).map(Digests.sha256) ?? ""
            writer.release = (meetingValue.decisions.count, review)
        }
        let result = writer.write(plan: plan, errorFiles: errorFiles, redactions: disclosure.log.csv,
                                  reviewHTML: proof.html(),
                                  placements: { PlacementTable(meeting: meetingValue, placed: $0, complete: $1).csv },
                                  gate: LastGate(meeting: meetingValue))
        bag.append(contentsOf: result.diagnostics)
        return JobResult(diagnostics: bag, summary: result.summary(errors: bag.errorCount, warnings: bag.warningCount,
                                                                  rewrites: disclosure.log.rewriteCount),
                         internalFailure: result.internalFailure)
    }

    /// The files that outputs drawing on the days before the tables read: the meeting's own
    /// files, the regional outcomes, and the notes of sessions that are not small tables.
    static func preTableInputs(_ meeting: Meeting) -> Set<String> {
        var files: Set<String> = ["meeting.yaml", "roster.csv", "seating.csv", "organisations.csv"]
        files.formUnion(meeting.outcomes.map(\.path))
        let tables = Set(meeting.sessions.filter { $0.kind == .table }.map(\.id))
        files.formUnion(meeting.notes.filter { !tables.contains($0.session) }.map(\.path))
        return files
    }
}
