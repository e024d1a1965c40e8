import Digest
import Disclosure
import Document
import Foundation
import Model

/// The secretariat's proof of anonymisation (SPEC 3.4, issue 12): for each note and outcome in
/// programme order, every item anonymisation changed or found suspicious, the sentence before and
/// after — what was replaced struck through, what replaced it underlined in bold, suspicions marked
/// in both — with its `path:line:col`, its readers and its decision key. Written as a self-contained
/// HTML page and as a PDF, never beside what is handed out (`secretariat/`).
struct ReviewProof {
    struct Mark: Sendable {
        var record: RedactionRecord
        var key: String
    }

    struct Entry: Sendable {
        var item: ClearedItem
        var before: String
        var after: String
        var itemKey: String
        var marks: [Mark]
    }

    struct File: Sendable {
        var path: String
        var entries: [Entry]
    }

    /// A group of recurring messages the report prints as one (SPEC 3.4: grouped, not blocking;
    /// a `split` decision on a member's item key undoes a wrong merge).
    struct Group: Sendable {
        var lead: ClearedItem
        var leadKey: String
        var members: [(item: ClearedItem, key: String)]
        var tag: String
    }

    let title: String
    let files: [File]
    let groups: [Group]
    let counts: [(kind: String, count: Int)]

    init(meeting: Meeting, disclosure: Disclosure) {
        title = meeting.title
        // Each item as its widest readers see it: a public item as the report prints it (states
        // described), a government item as packs do, an internal one as facilitator sheets (states named).
        var cleared = Dictionary(disclosure.cleared(for: InternalReaders.self).items.map { ($0.id, $0) },
                                 uniquingKeysWith: { a, _ in a })
        for item in disclosure.cleared(for: GovernmentReaders.self).items { cleared[item.id] = item }
        for item in disclosure.cleared(for: PublicReaders.self).items { cleared[item.id] = item }
        let byItem = Dictionary(grouping: disclosure.log.records, by: \.item)
        var entries: [Entry] = []
        for (id, records) in byItem {
            guard id >= 0, id < meeting.items.count, let item = cleared[id] else { continue }
            let source = meeting.items[id]
            let before = source.content.plainText
            let marks = records.sorted { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }
                .map { Mark(record: $0, key: $0.key) }
            entries.append(Entry(item: item, before: before, after: item.plainText,
                                 itemKey: ReviewKey.item(path: source.origin.path, text: before), marks: marks))
        }
        // Programme order: the notes of the sessions as meeting.yaml lists them, then the regional
        // outcomes in the order of the regions; within a file, by line.
        let sessionOrder = Dictionary(meeting.sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let regionOrder = Dictionary(meeting.regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func rank(_ e: Entry) -> (Int, Int, String) {
            if let s = e.item.session { return (0, sessionOrder[s] ?? Int.max, e.item.sourcePath) }
            return (1, e.item.outcomeRegion.flatMap { regionOrder[$0] } ?? Int.max, e.item.sourcePath)
        }
        let ordered = entries.sorted {
            let a = rank($0), b = rank($1)
            return a != b ? a < b : ($0.item.span.start.line, $0.item.id) < ($1.item.span.start.line, $1.item.id)
        }
        var files: [File] = []
        for e in ordered {
            if files.last?.path == e.item.sourcePath { files[files.count - 1].entries.append(e) }
            else { files.append(File(path: e.item.sourcePath, entries: [e])) }
        }
        self.files = files
        // The report's groups, as its digest makes them (the public view).
        let digest = MeetingDigest(view: disclosure.cleared(for: PublicReaders.self))
        groups = (digest.general + digest.acts.flatMap(\.allMessages)).filter { $0.items.count > 1 }.map { m in
            let r = m.recurrence
            let tag = [r.outcomes > 0 ? "\(r.outcomes) of \(r.outcomesReceived) outcomes" : nil,
                       r.groups > 0 ? "\(r.groups) of \(r.groupSessions) groups" : nil,
                       r.tables > 0 ? "\(r.tables) of \(r.tableSessions) tables" : nil,
                       r.otherSessions > 0 ? "\(r.otherSessions) other sessions" : nil].compactMap { $0 }.joined(separator: " · ")
            func key(_ item: ClearedItem) -> String {
                ReviewKey.item(path: item.sourcePath, text: meeting.items[item.id].content.plainText)
            }
            return Group(lead: m.lead, leadKey: key(m.lead), members: m.items.dropFirst().map { ($0, key($0)) }, tag: tag)
        }
        let kinds = Dictionary(grouping: disclosure.log.records, by: { $0.kind.rawValue }).mapValues(\.count)
        counts = kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func readers(_ c: Clearance) -> String {
        switch c {
        case .public: return "public"
        case .government: return "governments and civil society"
        case .internal: return "civil society only"
        }
    }

    /// The pieces of `text` with each of `marked` (in order of appearance) found and flagged.
    static func segments(_ text: String, marked: [String]) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        var rest = Substring(text)
        for m in marked where !m.isEmpty {
            guard let r = rest.range(of: m) else { continue }
            if r.lowerBound > rest.startIndex { out.append((String(rest[..<r.lowerBound]), false)) }
            out.append((String(rest[r]), true))
            rest = rest[r.upperBound...]
        }
        if !rest.isEmpty { out.append((String(rest), false)) }
        return out
    }

    static func replaced(_ e: Entry) -> (before: [String], after: [String]) {
        let changed = e.marks.filter { $0.record.isRewrite }
        return (changed.map(\.record.original), changed.map(\.record.replacement))
    }

    /// "undecided (blocks release)", "decided: keep", …
    static func status(_ r: RedactionRecord) -> String {
        switch r.decision {
        case .keep?: return "decided: keep"
        case .replace(let text)?: return "decided: replace" + (text.map { " with “\($0)”" } ?? "")
        case .withdraw?: return "decided: withdraw"
        case .split?: return "decided: split"
        case nil: return r.blocksRelease ? "undecided (blocks release)" : "no decision needed"
        }
    }

    /// The mentions `build --release` waits for, in programme order.
    var undecided: [RedactionRecord] {
        files.flatMap { $0.entries.flatMap { $0.marks.map(\.record).filter(\.blocksRelease) } }
    }

    static let howToDecide = "Decide with `stocktake review decide KEY keep|replace [--as TEXT]` (or withdraw|split an item by its i- key); "
        + "in bulk with KEY 'kind:K', 'file:PATH' or both. Decisions are kept in review.yaml."

    static func suspected(_ e: Entry) -> [String] {
        e.marks.filter { !$0.record.isRewrite }.map(\.record.original)
    }
}
