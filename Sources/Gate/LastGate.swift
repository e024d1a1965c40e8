import Diagnostics
import Foundation
import Model

/// The last gate (SPEC 3.5): an independent check of what was drawn into every public and
/// government PDF. It derives SPEC 3.2's forms from the meeting itself and reads the drawn text
/// with its own normaliser (`GateText`) — never the rewriter's matcher, whose blind spots it must
/// not share (DESIGN; a test keeps this target from importing Disclosure). A hit is a `leak` error
/// naming the output and the source item, and the output is not written.
public struct LastGate: Sendable {
    /// One piece of drawn text: a block's text, and the same text read with a space at every run
    /// boundary (`spaced`), with the block's source and whether it came from chatham-house content.
    public struct Block: Sendable {
        public var text: String
        public var spaced: String?
        public var span: SourceSpan?
        public var chathamHouse: Bool
        public init(text: String, spaced: String? = nil, span: SourceSpan? = nil, chathamHouse: Bool) {
            self.text = text; self.spaced = spaced; self.span = span; self.chathamHouse = chathamHouse
        }
    }

    private let forms: GateForms
    private let seated: [String: Set<String>]
    private let speaking: Set<String>
    private let sessionOfItem: [String: String]
    private let internalRuns: [String: SourceSpan]
    private let passed = PassedBlocks()
    static let internalRunWords = 8

    public init(meeting: Meeting) {
        forms = GateForms(meeting: meeting)
        let stateOf = Dictionary(meeting.people.compactMap { p in p.stateID.map { (p.id, $0) } }, uniquingKeysWith: { a, _ in a })
        var seated: [String: Set<String>] = [:]
        var speaking = Set<String>()
        for s in meeting.sessions {
            let states = Set((meeting.presence[s.id] ?? []).compactMap { stateOf[$0] })
            seated[s.id] = states
            if s.rule == .chathamHouse { speaking.formUnion(states) }
        }
        self.seated = seated
        self.speaking = speaking
        var sessions: [String: String] = [:]
        var runs: [String: SourceSpan] = [:]
        for item in meeting.items {
            if case .note(let session, _) = item.origin { sessions["\(item.span.path):\(item.span.start.line)"] = session }
            if item.clearance == .internal { Self.index(item.content.plainText, span: item.span, into: &runs) }
        }
        for section in meeting.sections where section.clearance == .internal {
            if let prompt = section.prompt { Self.index(prompt, span: section.span, into: &runs) }
        }
        sessionOfItem = sessions
        internalRuns = runs
    }

    private static func index(_ text: String, span: SourceSpan, into runs: inout [String: SourceSpan]) {
        let w = GateText(text).words.map(\.folded)
        guard w.count >= internalRunWords else { return }
        for k in 0...(w.count - internalRunWords) where runs[w[k..<(k + internalRunWords)].joined(separator: " ")] == nil {
            runs[w[k..<(k + internalRunWords)].joined(separator: " ")] = span
        }
    }

    /// Scans the blocks of one output (`output` names it; a briefing pack passes its own
    /// delegation's state as `ownState`, which it may name). Empty when nothing leaked.
    public func scan(_ blocks: [Block], audience: Audience, output: String, ownState: String? = nil) -> [Diagnostic] {
        guard audience != .internal, audience != .secretariat else { return [] }
        var out: [Diagnostic] = []
        for b in blocks {
            let key = PassedBlocks.Key(text: b.text + "\u{1}" + (b.spaced ?? "") + "\u{1}" + (ownState ?? ""), span: b.span,
                                       chathamHouse: b.chathamHouse)
            if passed.contains(key) { continue }
            var found: [(String, String)] = []
            for reading in [b.text, b.spaced].compactMap({ $0 }) {
                for f in findings(GateText(reading), block: b, ownState: ownState) where !found.contains(where: { $0 == f }) {
                    found.append(f)
                }
            }
            guard !found.isEmpty else { passed.insert(key); continue }
            let at = b.span ?? SourceSpan.file(output)
            let from = b.span.map { " from the item at \($0)" } ?? ""
            for (what, text) in found {
                out.append(.error(.leak, at: at, "\(output): \(what) '\(text)' drawn into a \(audience.rawValue) document\(from)",
                                  hint: "this output was not written; report this as a bug"))
            }
        }
        return out
    }

    private func findings(_ t: GateText, block b: Block, ownState: String?) -> [(String, String)] {
        let words = t.words
        let chars = Array(t.text)
        func text(_ r: Range<Int>) -> String { String(chars[words[r.lowerBound].start..<words[r.upperBound - 1].end]) }
        var found: [(String, String)] = []
        let session = b.span.flatMap { sessionOfItem["\($0.path):\($0.start.line)"] }
        let here = session.flatMap { seated[$0] } ?? []
        var i = 0
        var covered = -1
        while i < words.count {
            var hit: (GateForm, Int)?
            for f in forms.byFirst[words[i].folded] ?? [] where i + f.words.count <= words.count
                && zip(f.words, words[i..<(i + f.words.count)]).allSatisfy({ $0 == $1.folded })
                // A person's name not across a comma or a sentence's end ("La rosa, flores y velas").
                && !(f.isPersonName && words[(i + 1)..<(i + f.words.count)].contains(where: { w in
                    w.gap.contains(where: { ",;:!?".contains($0) }) || w.gap.contains(". ") })) {
                let end = i + f.words.count
                if accepts(f, words: words, range: i..<end, chars: chars, block: b, here: here, ownState: ownState),
                   hit.map({ $0.1 < end }) ?? true { hit = (f, end) }
            }
            if let (f, end) = hit {
                found.append((describe(f.owner), text(i..<end)))
                covered = end - 1
                i = end
                continue
            }
            // A name typed in pieces ("Boa.teng", "Mr. Boa teng", "B-o-a-t-e-n-g").
            if i > covered, let (owner, end) = splitName(at: i, words), b.chathamHouse || !isPublic(owner) {
                found.append((describe(owner), text(i..<end)))
                covered = end - 1
                i = end
                continue
            }
            // A near match of a family name after a title ("Ms. Flroes").
            // (Not a word that begins a known name itself: "Dr. Tomás Aranda" is no near miss of a
            // delegate called Tomassa.)
            if i > covered, words[i].capitalised, words[i].folded.count >= 5, title(before: i, words) != nil,
               forms.byFirst[words[i].folded] == nil {
                if let near = forms.familyNames.first(where: { Suggestion.isNearMiss(words[i].folded, of: $0.word) }),
                   b.chathamHouse || !isPublic(near.owner) {
                    found.append(("a near match of \(describe(near.owner))", text(i..<(i + 1))))
                }
            }
            i += 1
        }
        if words.count >= Self.internalRunWords {
            for k in 0...(words.count - Self.internalRunWords) {
                let run = words[k..<(k + Self.internalRunWords)].map(\.folded).joined(separator: " ")
                if let span = internalRuns[run] {
                    found.append(("8 words of the internal item at \(span)", text(k..<(k + Self.internalRunWords))))
                    break
                }
            }
        }
        if b.chathamHouse, let re = Self.contact {
            let ns = t.text as NSString
            if let m = re.firstMatch(in: t.text, range: NSRange(location: 0, length: ns.length)) {
                found.append(("contact data", ns.substring(with: m.range)))
            }
        }
        return found
    }

    /// The gate's own reading of a word split by one separator per piece (SPEC 3.2 ignores
    /// separators): a capitalised word and its lower-case rest, or letters spelled out one by one,
    /// that together are a name word of six letters or more.
    private func splitName(at i: Int, _ words: [GateText.Word]) -> (GateForm.Owner, Int)? {
        var spelled = words[i].folded.count == 1
        if spelled, i + 1 < words.count, words[i].capitalised, "'’".contains(words[i + 1].gap), words[i + 1].folded.count >= 3 {
            spelled = false  // "N'Diaye", "N'diaye"
        }
        guard words[i].capitalised || spelled else { return nil }
        var joined = words[i].folded
        var k = i + 1
        while k < words.count, k - i < 24, joined.count < 24 {
            let w = words[k]
            // One separator, or a dash with a space each side ("Boa - teng").
            let spacedDash = !spelled && k == i + 1 && [" - ", " – ", " — "].contains(w.gap) && !w.capitalised
            guard (w.gap.count == 1 && " -–‐‑./'’".contains(w.gap)) || spacedDash else { return nil }
            if spelled { guard w.folded.count == 1 else { return nil } } else if k > i + 1 { return nil }
            // The same pieces as the rewriter's (`FormTrie.splitWord`): a lower-case rest of three
            // letters or more after a period or slash ("Boa.teng", not "March.And"), after a space
            // only next to a title ("Mr. Boa teng", not "March and"), after an apostrophe three
            // letters or more ("N'Diaye", not "Santo's").
            if !spelled {
                if ["." , "/"].contains(w.gap), w.capitalised || w.folded.count < 3 { return nil }
                if w.gap == " ", w.capitalised || w.folded.count < 3 || title(before: i, words) == nil { return nil }
                if "'’".contains(w.gap), w.folded.count < 3 { return nil }
            }
            joined += w.folded
            k += 1
            if joined.count >= 6, let owner = forms.nameWords[joined] { return (owner, k) }
        }
        return nil
    }

    private func accepts(_ f: GateForm, words: [GateText.Word], range: Range<Int>, chars: [Character], block b: Block,
                         here: Set<String>, ownState: String?) -> Bool {
        let first = words[range.lowerBound]
        if case .exact(let written) = f.kind {
            let got = words[range].map { String(chars[$0.start..<$0.end]) }
            guard got == written else { return false }
        }
        switch f.owner {
        case .person(_, let isPublic):
            if isPublic && !b.chathamHouse { return false }
            guard case .familyName = f.kind else { return true }
            // A given name after a title and before a capitalised word is someone else's full
            // name ("Dr. Tomás Aranda").
            let nextCapitalised = range.upperBound < words.count && words[range.upperBound].capitalised
                && words[range.upperBound].gap.allSatisfy { $0 == " " }
            if f.given.contains(f.words[0]) && nextCapitalised { return false }
            if title(before: range.lowerBound, words) != nil { return true }
            if range.lowerBound > 0, words[range.lowerBound - 1].capitalised, f.given.contains(words[range.lowerBound - 1].folded) { return true }
            // "Todos los Santos son…", "the Young are…": an article makes it the word or a place.
            if range.lowerBound > 0, GateWords.articles.contains(words[range.lowerBound - 1].folded), first.gap == " " { return false }
            return first.capitalised && (speaks(after: range.upperBound, words) || possessive(range.upperBound, words, chars: chars))
        case .organisation:
            guard b.chathamHouse else { return false }
            if f.capitalised, !first.capitalised { return false }
            // A re-cased acronym ("Made", "Afford") at a sentence start is a name only before a verb.
            if case .exact(let written) = f.kind, written.count == 1, written[0].dropFirst().contains(where: \.isLowercase),
               first.sentenceStart {
                return speaks(after: range.upperBound, words)
            }
            return true
        case .state(let id):
            guard b.chathamHouse, id != ownState else { return false }
            var actsOnly = false
            if case .state(let a, let capitalised) = f.kind {
                actsOnly = a
                if capitalised && !first.capitalised { return false }
            }
            if case .exact = f.kind, f.words.count == 1, f.words[0].count == 3, f.words[0].uppercased() == id { actsOnly = true }
            let actor = acts(range, words, chars)
            if here.contains(id) { return !actsOnly || actor }
            return speaking.contains(id) && actor
        }
    }

    private func isPublic(_ owner: GateForm.Owner) -> Bool {
        if case .person(_, let p) = owner { return p }
        return false
    }

    /// The word index where a title ending just before `index` starts.
    private func title(before index: Int, _ words: [GateText.Word]) -> Int? {
        for t in GateWords.titles where index >= t.count {
            let s = index - t.count
            if words[s..<index].map(\.folded) == t, words[s].capitalised || t.count > 1 || words[s].folded.count > 3
                || words[s + 1 < words.count ? s + 1 : s].gap.hasPrefix(".") { return s }
        }
        return nil
    }

    /// A verb right after, in the same clause and the same table cell.
    private func speaks(after end: Int, _ words: [GateText.Word]) -> Bool {
        guard end < words.count, !words[end].gap.contains(","), !words[end].gap.contains("|"),
              GateWords.speech.contains(words[end].folded) else { return false }
        // Not across a sentence's end ("…border of Mexico. raised in 3 of 9 regional outcomes"),
        // but after an abbreviation's point ("the U.S. said").
        if words[end].gap.contains(where: { ".!?;".contains($0) }) { return end > 0 && words[end - 1].folded.count == 1 }
        return true
    }

    private func possessive(_ end: Int, _ words: [GateText.Word], chars: [Character]) -> Bool {
        end < words.count && words[end].folded == "s" && words[end].gap.count == 1 && "'’".contains(words[end].gap)
    }

    /// A state that speaks or holds a position: the subject of a verb, an owner, an adjective of
    /// a position noun, "the delegation of …", a label ("Canada: opposed").
    private func acts(_ r: Range<Int>, _ words: [GateText.Word], _ chars: [Character]) -> Bool {
        let end = r.upperBound
        // After a preposition of place, over a list of states ("from France and Spain"), a place.
        var k = r.lowerBound - 1
        while k >= 0, r.lowerBound - k <= 6 {
            let w = words[k].folded
            if GateWords.place.contains(w) { return false }
            guard words[k].capitalised || ["and", "y", "e", "et", "or", "o", "ou", "the", "la", "le", "el", "les", "los", "las"].contains(w) else { break }
            k -= 1
        }
        if possessive(end, words, chars: chars) {
            return !(end + 1 < words.count && GateWords.placeNouns.contains(words[end + 1].folded))
        }
        if speaks(after: end, words) { return true }
        if end < words.count, GateWords.position.contains(words[end].folded), !words[end].gap.contains(",") { return true }
        if end < words.count, words[end].gap.contains(":"), words[r.lowerBound].sentenceStart { return true }
        let s = r.lowerBound
        if s >= 2, ["of", "de", "del", "du", "d"].contains(words[s - 1].folded), GateWords.position.contains(words[s - 2].folded) { return true }
        if s >= 3, ["of", "de", "del", "du", "d"].contains(words[s - 2].folded), ["the", "la", "le", "el"].contains(words[s - 1].folded),
           GateWords.position.contains(words[s - 3].folded) { return true }
        return false
    }

    private func describe(_ owner: GateForm.Owner) -> String {
        switch owner {
        case .person(let id, _): return "the name of person \(id)"
        case .organisation(let n): return "the organisation '\(n)'"
        case .state(let id): return "state \(id)"
        }
    }

    /// Linear on any text: a local part starts where no other of its characters stands before it and
    /// never gives back what it took (a 40,000-character word without an "@" was quadratic here).
    private static let contact = try? NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]++@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+|https?://\S+|www\.\S+|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]{2,}"#)
}
