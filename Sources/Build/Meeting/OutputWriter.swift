import Diagnostics
import Disclosure
import Foundation
import Gate

/// Renders a build's planned outputs into a staging folder and swaps them into the output folder
/// at once, with the manifest, the change list and the redaction log. With `--keep-going`, an
/// output whose inputs had errors, or whose render failed, keeps its previous version and is
/// listed as stale; without it, any failure leaves the output folder untouched.
struct OutputWriter {
    let output: URL
    let installation: Installation
    let only: Set<OutputKind>
    let keepGoing: Bool
    /// Render workers (one per core by default).
    var workers: Int = ParallelRenderer.defaultWorkers
    var progress: BuildJob.Progress?
    /// A release's record for the manifest: the decisions applied and review.yaml's hash.
    var release: (decisions: Int, review: String)?

    /// What the write did.
    struct Result {
        var diagnostics = DiagnosticBag()
        var written: [String] = []
        var stale: [String] = []
        var committed = false
        var internalFailure = false

        func summary(errors: Int, warnings: Int, rewrites: Int) -> String {
            let state = committed ? "wrote \(written.count) output(s)" + (stale.isEmpty ? "" : ", kept \(stale.count) stale")
                                  : "nothing written"
            return "\(state); \(rewrites) rewrite(s), \(errors) error(s), \(warnings) warning(s)"
        }
    }

    static let redactionsPath = "secretariat/redactions.csv"
    static let reviewPath = "secretariat/review.pdf"
    static let reviewHTMLPath = "secretariat/review.html"
    static let placementsPath = "secretariat/placements.csv"

    /// `placements` makes `secretariat/placements.csv` from the item blocks of the outputs written
    /// and whether every output was rebuilt.
    func write(plan: [PlannedOutput], errorFiles: Set<String>, redactions: String, reviewHTML: String = "",
               placements: ([(path: String, blocks: [PlacedBlock])], Bool) -> String = { _, _ in "" },
               gate: LastGate) -> Result {
        var result = Result()
        let transaction: OutputTransaction
        do {
            transaction = try OutputTransaction(output: output, waiting: {
                StandardError.write("waiting for another build of this folder\n")
            })
        } catch {
            result.diagnostics.error(.outputFailed, at: .file(output.path), "cannot prepare the output folder: \(errorMessage(error))")
            return result
        }
        let previous = Manifest.read(from: output.appendingPathComponent("manifest.json"))
        func inScope(_ o: PlannedOutput) -> Bool { only.isEmpty || o.kind.map(only.contains) ?? true }
        let blocked = { (o: PlannedOutput) in errorFiles.contains { o.dependsOn($0) } }

        let toRender = plan.filter { inScope($0) && !blocked($0) }
        let staging = transaction.staging
        for o in toRender { _ = try? transaction.stagedURL(o.path) }
        let rendered = ParallelRenderer(fonts: installation.fonts, workers: workers, progress: progress)
            .render(toRender, target: { staging.appendingPathComponent($0.path) }, gate: gate)
        var failed = Set<String>()
        for r in rendered {
            // A file that could not be written is named where it was going, not in the staging folder.
            result.diagnostics.append(contentsOf: r.diagnostics.all.map { d in
                var d = d
                if d.span.path.hasPrefix(staging.path + "/") {
                    d.span.path = output.appendingPathComponent(String(d.span.path.dropFirst(staging.path.count + 1))).path
                }
                return d
            })
            if r.diagnostics.hasErrors { failed.insert(r.path) }
        }
        if !failed.isEmpty && !keepGoing {
            transaction.abandon()
            return result
        }

        var entries: [Manifest.Entry] = []
        var staleKept = Set<String>()
        let pages = Dictionary(rendered.map { ($0.path, $0.pages) }, uniquingKeysWith: { a, _ in a })
        do {
            for o in plan {
                if inScope(o), !blocked(o), !failed.contains(o.path) {
                    guard let sha = Digests.sha256(file: staging.appendingPathComponent(o.path)) else { continue }
                    entries.append(.init(path: o.path, audience: o.audience.rawValue, pages: pages[o.path], sha256: sha))
                    result.written.append(o.path)
                } else if try transaction.keepPrevious(o.path) {
                    if let old = previous?.entry(o.path) { entries.append(old) }
                    if inScope(o) { staleKept.insert(o.path); result.stale.append(o.path) }
                } else if inScope(o) {
                    result.stale.append(o.path)
                }
            }
            try transaction.write(redactions, to: Self.redactionsPath)
            entries.append(.init(path: Self.redactionsPath, audience: "secretariat", pages: nil,
                                 sha256: Digests.sha256(Data(redactions.utf8))))
            let placed = plan.compactMap { o in rendered.first { $0.path == o.path && !failed.contains(o.path) }
                .map { (path: $0.path, blocks: $0.placed) } }
            // A partial build (--only, or --keep-going keeping some outputs) keeps the previous
            // full build's placements, which describe every output; without one, it writes its own.
            let complete = only.isEmpty && result.stale.isEmpty
            if !complete, try transaction.keepPrevious(Self.placementsPath) {
                if let old = previous?.entry(Self.placementsPath) { entries.append(old) }
            } else {
                let table = placements(placed, complete)
                try transaction.write(table, to: Self.placementsPath)
                entries.append(.init(path: Self.placementsPath, audience: "secretariat", pages: nil,
                                     sha256: Digests.sha256(Data(table.utf8))))
            }
            try transaction.write(reviewHTML, to: Self.reviewHTMLPath)
            entries.append(.init(path: Self.reviewHTMLPath, audience: "secretariat", pages: nil,
                                 sha256: Digests.sha256(Data(reviewHTML.utf8))))
            let manifest = Manifest(outputs: entries, released: release.map { _ in true }, decisions: release?.decisions,
                                    review: release?.review)
            let scopedKinds = Dictionary(plan.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            let changes = ChangeList(previous: previous, current: manifest, stale: staleKept,
                                     isInScope: { path in scopedKinds[path].map(inScope) ?? only.isEmpty })
            try transaction.write(manifest.json(), to: "manifest.json")
            try transaction.write(changes.text, to: "changes.txt")
            try transaction.commit()
            result.committed = true
        } catch {
            transaction.abandon()
            result.diagnostics.error(.outputFailed, at: .file(output.path), "cannot write the outputs: \(errorMessage(error))")
        }
        return result
    }
}

