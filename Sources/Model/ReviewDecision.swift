import Diagnostics

/// A decision of the secretariat's review (`review.yaml`, SPEC 3.4) on a key of the proof: keep a
/// mention as written, replace it (with a given text, or a descriptor), or withdraw a whole item
/// from every output.
public struct ReviewDecision: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case keep
        case replace(String?)
        case withdraw
        /// Take an item out of the group of recurring messages it was joined to: it stands alone.
        case split
    }

    public var key: String
    public var action: Action
    public var span: SourceSpan

    public init(key: String, action: Action, span: SourceSpan) {
        self.key = key; self.action = action; self.span = span
    }
}

/// A decision in bulk (SPEC 3.4): `kind:suspicion`, `file:notes/day1/a.md`, or both separated by a
/// space; it applies to every mention of that kind and file that waits for a decision and has
/// none of its own.
public struct ReviewBulk: Hashable, Sendable {
    public var kind: String?
    public var file: String?

    public init?(_ key: String) {
        var kind: String?, file: String?
        for part in key.split(separator: " ") {
            if part.hasPrefix("kind:"), kind == nil, part.count > 5 { kind = String(part.dropFirst(5)) }
            else if part.hasPrefix("file:"), file == nil, part.count > 5 { file = String(part.dropFirst(5)) }
            else { return nil }
        }
        guard kind != nil || file != nil else { return nil }
        self.kind = kind; self.file = file
    }

    /// Whether a mention of `kind` in `file` is selected.
    public func selects(kind: String, file: String) -> Bool {
        (self.kind.map { $0 == kind } ?? true) && (self.file.map { $0 == file } ?? true)
    }

    /// More specific selectors win: both parts, then a file, then a kind.
    public var specificity: Int { (file != nil ? 2 : 0) + (kind != nil ? 1 : 0) }
}
