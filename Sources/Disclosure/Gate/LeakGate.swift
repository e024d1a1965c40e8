import Diagnostics
import Model

/// The last gate (SPEC 3, DESIGN "one door"): a pure check Build runs over the text actually drawn
/// into a public or government PDF, block by block. A hit is a `leak` error naming the source item:
/// (a) any form of a roster person not marked public, anywhere; (b) the text of any internal item
/// (or internal section prompt);
/// (c) in blocks from chatham-house content, anything the rewriter would still replace there —
/// people, participant organisations, states present or speaking.
public struct LeakGate: Sendable {
    /// One block of drawn text.
    public struct Block: Sendable {
        public var text: String
        /// The source span of the block (the item it came from), if any.
        public var span: SourceSpan?
        /// Whether the block's content came from chatham-house content.
        public var chathamHouse: Bool
        public init(text: String, span: SourceSpan? = nil, chathamHouse: Bool) {
            self.text = text; self.span = span; self.chathamHouse = chathamHouse
        }
    }

    private let rewriter: Rewriter
    private let privatePeople: MentionFinder
    /// Folded word strings of internal items (raw and rewritten), with the item's span.
    private let internalTexts: [(key: String, span: SourceSpan)]
    /// The first `anchorWords` words of each internal text → its indices in `internalTexts`.
    private let internalIndex: [String: [Int]]
    private let itemsBySpan: [SourceSpan: Item]
    /// Folded rewritten text of every item, by id.
    private let clearedText: [Int: String]
    private let itemsByLine: [String: Item]
    private let passed = PassedBlocks()

    init(meeting: Meeting, rewriter: Rewriter, items: [ClearedItem]) {
        var r = rewriter
        r = Rewriter(finder: r.finder, policy: r.policy, meeting: r.meeting,
                     options: RewriteOptions(letSlip: [], fallbackLanguage: r.options.fallbackLanguage), nearMiss: r.nearMiss)
        self.rewriter = r
        let publicIDs = Set(meeting.people.filter(\.isPublic).map(\.id))
        privatePeople = MentionFinder(forms: r.finder.trie.forms.filter {
            if case .person(let id) = $0.referent { return !publicIDs.contains(id) }
            return false
        })
        var texts: [(String, SourceSpan)] = []
        for (item, cleared) in zip(meeting.items, items) where item.clearance == .internal {
            // The item as written: its rewritten form shares the descriptors every output uses
            // ("a civil-society participant from Latin America and…"), which are no internal text.
            _ = cleared
            for t in [item.content.plainText] {
                let key = Folding.key(t)
                if key.split(separator: " ").count >= 5, !texts.contains(where: { $0.0 == key }) { texts.append((key, item.span)) }
            }
        }
        // The guiding question of an internal section ("States first") is internal too.
        for section in meeting.sections where section.clearance == .internal {
            if let prompt = section.prompt {
                let key = Folding.key(prompt)
                if key.split(separator: " ").count >= 5 { texts.append((key, section.span)) }
            }
        }
        internalTexts = texts
        var index: [String: [Int]] = [:]
        for (i, t) in texts.enumerated() {
            let words = t.0.split(separator: " ")
            guard words.count >= Self.anchorWords else { continue }
            for start in 0...(words.count - Self.anchorWords) {
                index[words[start..<(start + Self.anchorWords)].joined(separator: " "), default: []].append(i)
            }
        }
        internalIndex = index
        clearedText = Dictionary(items.map { ($0.id, Folding.key($0.plainText)) }, uniquingKeysWith: { a, _ in a })
        itemsBySpan = Dictionary(meeting.items.map { ($0.span, $0) }, uniquingKeysWith: { a, _ in a })
        itemsByLine = Dictionary(meeting.items.map { ("\($0.span.path):\($0.span.start.line)", $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// SPEC 3.5: any run of 8 words of an internal item is internal text. Every 8-word window of
    /// every internal item is indexed, and every window of a block looked up: linear in the text
    /// drawn, and a near-copy that keeps 8 words in a row is caught.
    static let anchorWords = 8

    /// The internal texts one of whose 8-word runs occurs in a folded block text.
    private func internalHits(in key: String) -> [(key: String, span: SourceSpan)] {
        let words = key.split(separator: " ")
        guard words.count >= Self.anchorWords else { return [] }
        var seen = Set<Int>()
        var hits: [(key: String, span: SourceSpan)] = []
        for start in 0...(words.count - Self.anchorWords) {
            let anchor = words[start..<(start + Self.anchorWords)].joined(separator: " ")
            for i in internalIndex[anchor] ?? [] where seen.insert(i).inserted {
                hits.append((anchor, internalTexts[i].span))
            }
        }
        return hits
    }

    /// Scans the blocks of one output (`output` names it in messages). Empty when nothing leaked.
    public func scan(_ blocks: [Block], audience: Audience, output: String) -> [Diagnostic] {
        guard audience != .internal else { return [] }
        var out: [Diagnostic] = []
        for b in blocks {
            let key = PassedBlocks.Key(text: b.text, span: b.span, chathamHouse: b.chathamHouse)
            if passed.contains(key) { continue }
            let findings = self.findings(b)
            guard !findings.isEmpty else { passed.insert(key); continue }
            let at = b.span ?? SourceSpan.file(output)
            let from = b.span.map { " from the item at \($0)" } ?? ""
            for (what, text) in findings {
                out.append(.error(.leak, at: at, "\(output): \(what) '\(text)' drawn into a \(audience.rawValue) document\(from)",
                                  hint: "this output was not written; report this as a bug"))
            }
        }
        return out
    }

    /// What one block leaks: (what, the text drawn) pairs; empty when it passes.
    private func findings(_ b: Block) -> [(String, String)] {
        var found: [(String, String)] = []
        let flat = FlatText(b.text)
        // An ordinary-word family name alone ("Young", "Bell") in text the rewriter never saw
        // (a heading, a template) is a leak only after a title or a given name, or where it
        // reads as a name ("Flores stressed").
        for m in privatePeople.mentions(in: flat) {
            let strong = rewriter.readsAsName(m, flat.tokens)
            if m.ambiguous && !strong { continue }
            if m.form.ordinary, m.titleStart == nil, m.form.kind != .fullName, m.form.words.count == 1, !strong { continue }
            found.append(("the name of \(rewriter.describe(m.referent))", flat.text(m.range)))
        }
        let key = flat.tokens.map(\.folded).joined(separator: " ")
        for t in internalHits(in: key) {
            found.append(("the internal item at \(t.span)", String(t.key.prefix(60))))
        }
        if b.chathamHouse {
            let item = b.span.flatMap { itemsBySpan[$0] ?? itemsByLine["\($0.path):\($0.start.line)"] }
            var ch = item.map { Disclosure.context(of: $0, participation: rewriter.participation) }
                ?? ContentContext(rule: .chathamHouse, session: nil, path: b.span?.path ?? "")
            ch.rule = .chathamHouse
            // The states present at the item's session count only when the block is that item's
            // text: a block that groups items of several sessions is checked for speaking states.
            if let i = item {
                let own = [clearedText[i.id], Folding.key(i.content.plainText)].compactMap { $0 }
                let isOwn = own.contains { o in o.contains(key) || (key.contains(o) && key.count <= o.count * 3 / 2 + 20) }
                if !isOwn { ch.session = nil }
            }
            let lang = rewriter.language(of: flat)
            for u in rewriter.analyse(flat, in: ch, language: lang).units
            where !u.referents.contains(where: { if case .person = $0 { return true }; return false }) {
                found.append((u.referents.map(rewriter.describe).joined(separator: ", "), flat.text(u.range)))
            }
        }
        return found
    }
}
