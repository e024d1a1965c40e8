import Diagnostics
import Foundation
import Ingest
import Model

/// `stocktake review decide KEY keep|replace|withdraw|split [--as TEXT] [MEETING]`: records one decision
/// in the meeting's review.yaml (created if need be), replacing an earlier one on the same key.
public struct ReviewDecideJob: Sendable {
    public var meeting: String
    public var key: String
    public var decision: String
    public var replacement: String?

    public init(meeting: String, key: String, decision: String, replacement: String?) {
        self.meeting = meeting; self.key = key; self.decision = decision; self.replacement = replacement
    }

    public func run() -> JobResult {
        let folder = URL(fileURLWithPath: meeting)
        var (decisions, bag) = ReviewFile.read(folder: folder)
        guard !bag.hasErrors else { return JobResult(diagnostics: bag) }
        let action: ReviewDecision.Action
        switch decision {
        case "keep": action = .keep
        case "replace": action = .replace(replacement)
        case "withdraw": action = .withdraw
        case "split": action = .split
        default:
            bag.error(.invalidValue, at: .file(ReviewFile.name), "'\(decision)' is no decision", hint: "decide keep, replace, withdraw or split")
            return JobResult(diagnostics: bag, usageError: true)
        }
        let mentions = key.hasPrefix("r-") || ReviewBulk(key) != nil
        let isItem = key.hasPrefix("i-")
        guard (mentions && action != .withdraw && action != .split) || (isItem && (action == .withdraw || action == .split)) else {
            bag.error(.invalidValue, at: .file(ReviewFile.name), "'\(key)' is no key this decision applies to",
                      hint: "mentions (r-…, or in bulk 'kind:K', 'file:PATH', 'file:PATH kind:K') are kept or replaced, "
                          + "items (i-…) withdrawn or split; the keys are in secretariat/review.html and placements.csv")
            return JobResult(diagnostics: bag, usageError: true)
        }
        decisions[key] = ReviewDecision(key: key, action: action, span: .file(ReviewFile.name))
        do {
            try ReviewFile.text(decisions).write(to: folder.appendingPathComponent(ReviewFile.name), atomically: true, encoding: .utf8)
        } catch {
            bag.error(.outputFailed, at: .file(ReviewFile.name), "cannot write review.yaml: \(errorMessage(error))")
            return JobResult(diagnostics: bag)
        }
        return JobResult(diagnostics: bag, summary: "\(key): \(decision) (\(decisions.count) decision\(decisions.count == 1 ? "" : "s") in review.yaml)")
    }
}
