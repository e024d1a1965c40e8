import Diagnostics
import Foundation

/// The blocks the last gate has already passed in this build. The gate is a pure function of a
/// block (its text, source span and rule), and the same blocks recur across outputs — the 31
/// briefing packs share one digest, the report repeats what the handouts say — so a block passed
/// once is not analysed again. Only passing blocks are kept (a leak is always re-examined and
/// reported for each output), and the memory is bounded: past `limit` bytes of text the set
/// starts afresh, so it stays small however large the meeting.
final class PassedBlocks: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        var span: SourceSpan?
        var chathamHouse: Bool
    }

    static let limit = 8 << 20
    private let lock = NSLock()
    private var keys = Set<Key>()
    private var bytes = 0

    func contains(_ key: Key) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return keys.contains(key)
    }

    func insert(_ key: Key) {
        lock.lock(); defer { lock.unlock() }
        if bytes > Self.limit { keys.removeAll(); bytes = 0 }
        if keys.insert(key).inserted { bytes += key.text.utf8.count + 96 }
    }
}
