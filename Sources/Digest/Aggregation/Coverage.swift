import Disclosure
import Model

/// Where the input on each act came from, region by region (the report's act-by-region chart):
/// it tells an outcome never received from an outcome that did not address the act.
public struct Coverage: Hashable, Sendable {
    /// One cell of the grid.
    public enum Cell: Hashable, Sendable {
        /// No outcome document of the region was received.
        case notReceived
        /// Input from the region exists but none on this act.
        case notAddressed
        /// This many items on the act came from the region.
        case items(Int)
    }

    public var acts: [Act]
    public var regions: [Region]
    /// `cells[a][r]` for `acts[a]` and `regions[r]`.
    public var cells: [[Cell]]

    init(context: DigestContext, items: [ClearedItem]) {
        acts = context.acts
        regions = context.regions
        var counts: [String: [String: Int]] = [:]
        for item in items where item.depth == 0 {
            for region in Set(item.regions) {
                for act in Set(item.acts) { counts[act, default: [:]][region, default: 0] += 1 }
            }
        }
        // A region's outcome is received when its document exists, whatever the notes say (SPEC 4).
        let received = context.regionsReceived
        cells = context.acts.map { act in
            context.regions.map { region in
                guard received.contains(region.id) else { return .notReceived }
                if let n = counts[act.id]?[region.id], n > 0 { return .items(n) }
                return .notAddressed
            }
        }
    }
}
