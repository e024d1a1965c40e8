import Diagnostics
import Foundation
import Model

/// The Disclosure stage (SPEC 3): the only way from a `Meeting` to what an output may show.
/// `Disclosure(meeting:)` rewrites every item once under its rule; `cleared(for:)` gives the view
/// of one audience; `log` is the redaction log. The last gate is a target of its own (`Gate`).
public struct Disclosure: Sendable {
    /// Options for a run.
    public struct Options: Sendable {
        /// `--strict`: every rewrite is an error diagnostic.
        public var strict: Bool
        public var rewrite: RewriteOptions
        public init(strict: Bool = false, rewrite: RewriteOptions = RewriteOptions()) {
            self.strict = strict; self.rewrite = rewrite
        }
    }

    /// The redaction log of the run.
    public let log: RedactionLog
    /// Warnings of SPEC 3.2, and in strict mode one error per rewrite.
    public let diagnostics: DiagnosticBag

    /// Word lists that could not be read: no family name counts as an ordinary word of their
    /// language (Build may print this as a note). Empty on a system with wamerican, wspanish, wfrench.
    public let missingWordLists: [String]

    /// Keys of `review.yaml` that matched nothing (stale: they block `--release`).
    public let staleDecisions: [String]

    let meeting: Meeting
    let items: [ClearedItem]

    public init(meeting: Meeting, options: Options = Options()) {
        self.init(meeting: meeting, options: options, states: .gazetteer, words: .shared)
    }

    package init(meeting: Meeting, options: Options, states: StateLexicon, words: OrdinaryWords) {
        let fallback = Language(rawValue: meeting.language) ?? .en
        let rewriter = Self.rewriter(meeting: meeting, options: options.rewrite, states: states, words: words)
        let participation = rewriter.participation
        // For internal outputs the same rewriting with states left named (SPEC 3.1).
        // The same rewriter (its forms and its near-miss cache shared), with states let through.
        let internalRewriter = { var r = rewriter; r.options.letSlipClasses.insert(.states); return r }()
        // Items are rewritten independently, on all cores; results keep the items' order.
        let rewritten = ParallelMap.map(meeting.items) { item in
            let context = Self.context(of: item, participation: participation)
            return ItemRewriting.rewrite(item, with: rewriter, in: context, fallback: fallback)
        }
        let internalContents = ParallelMap.map(meeting.items) { item in
            let context = Self.context(of: item, participation: participation)
            return ItemRewriting.rewrite(item, with: internalRewriter, in: context, fallback: fallback).0
        }
        var records: [RedactionRecord] = []
        var items: [ClearedItem] = []
        var withdrawnItems = Set<Int>()
        let bulkDecisions = meeting.decisions.values.compactMap { d in ReviewBulk(d.key).map { (bulk: $0, decision: d) } }
        var used = Set<String>()
        for (index, (item, (rewrittenContent, language, recs, masked, named))) in zip(meeting.items, rewritten).enumerated() {
            // The review's decisions (SPEC 3.4), by keys derived from content.
            let source = item.content.plainText
            let itemKey = ReviewKey.item(path: item.origin.path, text: source)
            var content = rewrittenContent
            var internalContent = internalContents[index]
            // A withdrawn item takes the points nested under it along.
            let withdrawn = meeting.decisions[itemKey]?.action == .withdraw || item.parent.map(withdrawnItems.contains) == true
            if withdrawn { withdrawnItems.insert(item.id) }
            var seen: [String: Int] = [:]
            var sentences = SentenceContext(source: source, rewritten: rewrittenContent.plainText)
            let keys = ReviewKey.ItemHasher(path: item.origin.path, itemText: recs.isEmpty && item.removedCharacters.isEmpty ? "" : source)
            for var r in recs.sorted(by: { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }) {
                let n = seen[r.original.lowercased(), default: 0]
                seen[r.original.lowercased()] = n + 1
                r.key = keys.mention(original: r.original, occurrence: n)
                (r.sentenceBefore, r.sentenceAfter) = sentences.around(r.original, occurrence: n)
                if withdrawn {
                    r.decision = .withdraw
                    if meeting.decisions[r.key] != nil { used.insert(r.key) }  // decided, then withdrawn: not stale
                }
                // Its own decision, else the most specific decision in bulk that selects it (only
                // mentions that wait for one: a rewrite is never kept in bulk).
                let own = meeting.decisions[r.key]
                let bulk = own != nil || !r.blocksRelease ? nil : bulkDecisions
                    .filter { $0.bulk.selects(kind: r.kind.rawValue, file: item.origin.path) }
                    .max { ($0.bulk.specificity, $1.decision.key) < ($1.bulk.specificity, $0.decision.key) }?.decision
                if let d = own ?? bulk, !withdrawn {
                    used.insert(d.key)
                    r.decision = d.action
                    switch d.action {
                    // A false hit: the word comes back (the last gate still checks it).
                    case .keep where r.isRewrite:
                        content = content.replacingFirst(r.replacement, with: r.original)
                        internalContent = internalContent.replacingFirst(r.replacement, with: r.original)
                    case .replace(let text) where !r.isRewrite && !r.original.isEmpty:
                        content = content.replacingFirst(r.original, with: text ?? "a participant")
                        internalContent = internalContent.replacingFirst(r.original, with: text ?? "a participant")
                    default: break
                    }
                }
                records.append(r)
            }
            if !item.removedCharacters.isEmpty {
                var r = RedactionRecord(kind: .removedCharacters, span: item.span, original: item.removedCharacters.joined(separator: ", "),
                                        replacement: "", reason: "invisible characters removed by text hygiene", item: index)
                r.key = keys.mention(original: r.original, occurrence: 0)
                r.sentenceBefore = source
                r.sentenceAfter = rewrittenContent.plainText
                records.append(r)
            }
            if withdrawn {
                if meeting.decisions[itemKey] != nil { used.insert(itemKey) }
                continue  // withdrawn: in no output and no count
            }
            let split = meeting.decisions[itemKey]?.action == .split
            if split { used.insert(itemKey) }
            items.append(ClearedItem(item, content: content, internalContent: internalContent, language: language,
                                     comparisonText: masked, namedStates: named, standsAlone: split))
        }
        var bag = DiagnosticBag()
        for d in meeting.decisions.values.sorted(by: { $0.key < $1.key }) where !used.contains(d.key) {
            bag.warning(.staleDecision, at: d.span, "the decision on '\(d.key)' matches nothing in the notes: it is not applied",
                        hint: "its text was edited or removed; decide again on the key the new proof gives, or delete the line")
        }
        self.staleDecisions = meeting.decisions.keys.filter { !used.contains($0) }.sorted()
        for path in words.missing {
            bag.error(.missingFile, at: .file(path), "the word list '\(path)' of this installation cannot be read",
                      hint: "the tool looks for Data/words/ beside Fonts/ and Templates/; reinstall it (make install) or set STOCKTAKE_HOME")
        }
        let log = RedactionLog(records)
        bag.append(contentsOf: log.diagnostics(strict: options.strict))
        self.meeting = meeting
        self.items = items
        self.missingWordLists = words.missing
        self.log = log
        self.diagnostics = bag
    }

    /// Loads the word lists and the state gazetteer on a background thread, so that they are ready
    /// (or nearly) when `init` needs them: a build calls this before it reads the meeting.
    public static func prepare() {
        DispatchQueue.global().async {
            _ = OrdinaryWords.shared
            _ = StateLexicon.gazetteer
        }
    }

    /// The rewriter of a meeting: its forms, its policy, its descriptors.
    package static func rewriter(meeting: Meeting, options: RewriteOptions, states: StateLexicon = .gazetteer,
                                 words: OrdinaryWords = .shared) -> Rewriter {
        let participation = Participation(meeting: meeting, states: states)
        let forms = FormSet(meeting: meeting, participation: participation, states: states, words: words)
        let finder = MentionFinder(base: states.trie(words: words), adding: forms.forms)
        let policy = DisclosurePolicy(participation: participation, roles: meeting.roles)
        var options = options
        options.fallbackLanguage = Language(rawValue: meeting.language) ?? .en
        return Rewriter(finder: finder, policy: policy, meeting: meeting, options: options,
                        nearMiss: NearMissFinder(forms: forms.forms + states.trie(words: words).forms, words: words,
                                                 knownAcronyms: Rewriter.publicBodies.union(meeting.acronyms.map(\.short))
                                                    .union(meeting.organisations.compactMap(\.acronym))),
                        organisationNear: OrganisationNearFinder(forms: forms.forms))
    }

    /// The view of one audience.
    public func cleared<A: AudienceKind>(for audience: A.Type) -> Cleared<A> {
        Cleared<A>(meeting: meeting, items: items)
    }

    package static func context(of item: Item, participation: Participation) -> ContentContext {
        switch item.origin {
        case .note(let session, let path):
            return ContentContext(rule: item.rule, session: session, path: path)
        case .outcome(_, _, let anchors, let path):
            return ContentContext(rule: item.rule, session: nil,
                                  anchors: Set(anchors.compactMap { participation.organisationKey(named: $0) ?? Folding.key($0) }),
                                  path: path)
        }
    }
}
