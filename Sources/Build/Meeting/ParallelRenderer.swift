import Diagnostics
import Disclosure
import Document
import Foundation
import Gate
import Typeset

/// Composes and renders documents on all cores: one worker per core, each with its own
/// `Typesetter` (and so its own font map, never shared across threads), taking the next output
/// from a shared counter in plan order (the report, the largest, first). Each rendered
/// document's drawn text goes through the last gate before the file is kept; a worker drops a
/// document once it is written, so memory holds one document per worker.
struct ParallelRenderer {
    var fonts: URL
    var workers: Int = Self.defaultWorkers
    /// Told after each output: how many are done, of how many, and the one just done.
    var progress: BuildJob.Progress?

    /// One worker per core, or `STOCKTAKE_JOBS` when set to a positive number (a shared machine;
    /// the tests compare a one-worker build with a parallel one).
    static var defaultWorkers: Int {
        if let jobs = ProcessInfo.processInfo.environment["STOCKTAKE_JOBS"].flatMap({ Int($0) }), jobs > 0 { return jobs }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Renders `jobs` to the staged paths `target(job)`; a job whose gate finds a leak has its file
    /// removed and its diagnostics set. `gate` is nil for no gate (internal outputs skip it anyway).
    func render(_ jobs: [PlannedOutput], target: @Sendable (PlannedOutput) -> URL, gate: LastGate?) -> [RenderedOutput] {
        let results = ResultBox(count: jobs.count)
        let threads = min(workers, max(1, jobs.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let typesetter = Typesetter(fontsFolder: fonts)
            while let next = results.claim() {
                let job = jobs[next]
                results.set(next, Self.renderOne(job, typesetter: typesetter, url: target(job), gate: gate)) { done in
                    progress?(done, jobs.count, job.path)
                }
            }
        }
        return results.all
    }

    static func renderOne(_ job: PlannedOutput, typesetter: Typesetter, url: URL, gate: LastGate?) -> RenderedOutput {
        guard let document = job.compose?() else { return RenderedOutput(path: job.path, pages: 0, diagnostics: DiagnosticBag()) }
        let result = typesetter.render(document, to: url.path, sourcePath: job.path)
        var bag = result.diagnostics
        if !bag.hasErrors, let gate, job.audience != .internal, job.audience != .secretariat {
            let leaks = gate.scan(DocumentText.gateBlocks(document, drawn: result.text, path: job.path),
                                  audience: job.audience, output: job.path, ownState: job.ownState)
            if !leaks.isEmpty {
                bag.append(contentsOf: leaks)
                try? FileManager.default.removeItem(at: url)
            }
        }
        return RenderedOutput(path: job.path, pages: bag.hasErrors ? 0 : result.pageCount, diagnostics: bag,
                              placed: PlacedBlock.collect(document))
    }
}

/// The shared work counter and result slots of the workers.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var slots: [RenderedOutput?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a result, then tells `stored` how many are stored (under the lock: one call at a time).
    func set(_ index: Int, _ value: RenderedOutput, stored: (Int) -> Void) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
        done += 1
        stored(done)
    }

    var all: [RenderedOutput] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
