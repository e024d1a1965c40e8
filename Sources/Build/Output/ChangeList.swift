/// `changes.txt` (SPEC 4): the outputs that differ from the previous build — the reprint list —
/// one per line as `<why> <path>`, why being `new`, `changed`, `removed` or `stale` (kept from
/// the previous build because its inputs had errors, with `--keep-going`).
public struct ChangeList: Equatable, Sendable {
    /// Why an output is on the list.
    public enum Reason: String, Sendable { case new, changed, removed, stale }

    public var lines: [(reason: Reason, path: String)]

    public static func == (a: Self, b: Self) -> Bool {
        a.lines.map { "\($0.reason) \($0.path)" } == b.lines.map { "\($0.reason) \($0.path)" }
    }

    /// Compares the new manifest with the previous one. `stale` paths are listed as stale whatever
    /// their hashes; `built` tells which kinds of output this build was asked for, so that an
    /// output outside `--only` is not reported as removed.
    public init(previous: Manifest?, current: Manifest, stale: Set<String>, isInScope: (String) -> Bool = { _ in true }) {
        var lines: [(Reason, String)] = []
        let old = Dictionary((previous?.outputs ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in current.outputs {
            if stale.contains(entry.path) { lines.append((.stale, entry.path)) }
            else if let before = old[entry.path] { if before.sha256 != entry.sha256 { lines.append((.changed, entry.path)) } }
            else { lines.append((.new, entry.path)) }
        }
        let now = Set(current.outputs.map(\.path))
        for path in old.keys.sorted() where !now.contains(path) && isInScope(path) {
            lines.append((.removed, path))
        }
        self.lines = lines.sorted { ($0.1, $0.0.rawValue) < ($1.1, $1.0.rawValue) }
    }

    public var text: String { lines.map { "\($0.reason.rawValue) \($0.path)\n" }.joined() }
}
