import Disclosure
import Document
import Model

/// Where a document printed items: read from the composed document's blocks (`Block.items`), so
/// that `secretariat/placements.csv` records what was laid out, not what a composer meant to do.
struct PlacedBlock: Hashable, Sendable {
    /// The items of the block: the first printed, the others counted under it.
    var items: [Int]
    /// "¶ 12" for a numbered report paragraph, else the headings the block stands under.
    var paragraph: String

    /// Every item block of `document`, in reading order.
    static func collect(_ document: Document) -> [PlacedBlock] {
        var out: [PlacedBlock] = []
        var headings: [Int: String] = [:]
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block.content {
                case .heading(let level, let runs):
                    headings[level] = runs.plainText
                    for deeper in headings.keys where deeper > level { headings[deeper] = nil }
                case .list(let list): list.items.forEach { walk($0.blocks) }
                case .box(let box): walk(box.blocks)
                default: break
                }
                guard !block.items.isEmpty else { continue }
                out.append(PlacedBlock(items: block.items, paragraph: number(block) ?? where_()))
            }
        }
        func where_() -> String {
            headings.keys.sorted().filter { $0 <= 2 }.compactMap { headings[$0] }.joined(separator: " › ")
        }
        walk(document.blocks)
        return out
    }

    /// The report's paragraph number: a bold number opening the paragraph.
    private static func number(_ block: Block) -> String? {
        guard case .paragraph(let runs) = block.content, case .strong(let inner)? = runs.first else { return nil }
        let n = inner.plainText
        return !n.isEmpty && n.allSatisfy(\.isNumber) ? "¶ " + n : nil
    }
}

/// `secretariat/placements.csv` (SPEC 4): one row per item and output that prints or counts it,
/// and one row for an item in no output saying why — so that nothing is dropped silently.
struct PlacementTable {
    let meeting: Meeting
    /// The item blocks of each output this build wrote, by output path.
    let placed: [(path: String, blocks: [PlacedBlock])]
    /// Whether every output was rebuilt (not under `--only` or a `--keep-going` that kept some).
    let complete: Bool

    static let header = ["item", "source", "act", "clearance", "output", "paragraph", "lead", "note"]

    var csv: String {
        let keys = meeting.items.map { ReviewKey.item(path: $0.origin.path, text: $0.content.plainText) }
        var rows: [[String]] = []
        var reached = Set<Int>()
        func row(_ id: Int, output: String, paragraph: String, lead: String, note: String) -> [String] {
            let item = meeting.items[id]
            return [keys[id], "\(item.span.path):\(item.span.start.line)", item.acts.joined(separator: " "),
                    item.clearance.name, output, paragraph, lead, note]
        }
        var byItem: [Int: [[String]]] = [:]
        for (path, blocks) in placed {
            for block in blocks {
                for (n, id) in block.items.enumerated() where meeting.items.indices.contains(id) {
                    reached.insert(id)
                    let lead = n == 0 ? "" : keys[block.items[0]]
                    byItem[id, default: []].append(row(id, output: path, paragraph: block.paragraph, lead: lead,
                                                       note: n == 0 ? "printed" : "counted under the lead"))
                }
            }
        }
        let rounds = TableRounds(meeting)
        for id in meeting.items.indices {
            if let r = byItem[id] { rows += r; continue }
            rows.append(row(id, output: "", paragraph: "", lead: "", note: reason(id, key: keys[id], rounds: rounds)))
        }
        var out = Self.header.joined(separator: ",") + "\r\n"
        for r in rows { out += r.map(RedactionLog.field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// Why an item is in no output: the review withdrew it, or its clearance and session keep it
    /// from every reader's documents.
    func reason(_ id: Int, key: String, rounds: TableRounds) -> String {
        let item = meeting.items[id]
        if meeting.decisions[key]?.action == .withdraw { return "in no output: withdrawn by the review (review.yaml)" }
        if let parent = item.parent, meeting.items.indices.contains(parent),
           reason(parent, key: ReviewKey.item(path: meeting.items[parent].origin.path, text: meeting.items[parent].content.plainText),
                  rounds: rounds)
            .contains("withdrawn") {
            return "in no output: the item it is nested under was withdrawn by the review (review.yaml)"
        }
        if !complete { return "in no output rebuilt by this build (--only or --keep-going)" }
        if item.role == .logistics { return "in no output: housekeeping (a logistics section), for the meeting's own people" }
        let session = item.origin.session.flatMap { id in meeting.sessions.first { $0.id == id } }
        let tableActs = Set(meeting.sessions.filter { $0.kind == .table }.flatMap(\.acts))
        let onTableAct = item.acts.first.map(tableActs.contains) ?? false
        // Written after the last round of tables began: no handout or sheet comes later, and packs
        // draw on the days before the tables.
        if item.clearance != .public, let s = session, s.day >= rounds.firstDay, !rounds.precedesARound(s.id) {
            return "in no output: \(item.clearance.description), written after the last round of tables began (handouts and facilitator sheets draw on what came before their round)"
        }
        switch item.clearance {
        case .public:
            return "in no output: a public item the report did not print (report this as a bug)"
        case .internal:
            if !onTableAct { return "in no output: internal, and no small table discusses its act, so no facilitator sheet prints it" }
            if session?.kind == .table { return "in no output: internal, from the last round's tables (facilitator sheets draw on the rounds before theirs)" }
            return "in no output: internal, on an act no facilitator sheet prints (report this as a bug)"
        case .government:
            if session?.kind == .table {
                return "in no output: government, from a small table (packs draw on the days before the tables, handouts on the rounds before theirs)"
            }
            if !onTableAct { return "in no output: government, and no small table discusses its act" }
            return "in no output: government, a question addressed to a state without a delegation, or a section packs do not print"
        }
    }
}
