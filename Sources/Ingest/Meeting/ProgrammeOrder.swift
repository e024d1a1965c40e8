import Model

/// Items in the order of the programme (SPEC 4): the notes of the sessions as meeting.yaml lists
/// them (a session's notes by path), then the regional outcomes in the order of the regions.
/// Files are read in path order; this renumbers their items afterwards, each file's block kept
/// whole, so that "the welcome" never follows "the SRSG's speech" because of a file name.
enum ProgrammeOrder {
    static func apply(_ meeting: inout Meeting) {
        guard !meeting.items.isEmpty else { return }
        let sessionRank = Dictionary(meeting.sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let regionRank = Dictionary(meeting.regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Each file's items are one contiguous run of ids.
        var blocks: [(rank: (Int, Int, String), items: [Item])] = []
        for item in meeting.items {
            if blocks.last?.items.first?.origin.path == item.origin.path { blocks[blocks.count - 1].items.append(item); continue }
            let rank: (Int, Int, String)
            switch item.origin {
            case .note(let session, let path): rank = (0, sessionRank[session] ?? Int.max, path)
            case .outcome(let region, _, _, let path): rank = (1, regionRank[region] ?? Int.max, path)
            }
            blocks.append((rank, [item]))
        }
        let ordered = blocks.enumerated().sorted { a, b in
            a.element.rank != b.element.rank ? a.element.rank < b.element.rank : a.offset < b.offset
        }.map(\.element)
        var newID: [Int: Int] = [:]
        var next = 0
        for block in ordered { for item in block.items { newID[item.id] = next; next += 1 } }
        meeting.items = ordered.flatMap(\.items).map { item in
            var item = item
            item.id = newID[item.id] ?? item.id
            item.parent = item.parent.flatMap { newID[$0] }
            return item
        }
    }
}
