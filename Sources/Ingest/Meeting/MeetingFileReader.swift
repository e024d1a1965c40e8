import Foundation
import Diagnostics
import Model

/// Reads meeting.yaml into a `Meeting` holding the definition (acts, regions, tags, sections,
/// roles, quotas, sessions). References to the roster (seats, facilitators, roles) are returned
/// as pending, to be checked once roster.csv has been read.
struct MeetingFileReader {
    struct PersonReference { var id: String; var span: SourceSpan; var context: String }
    struct Result {
        var meeting: Meeting
        var personReferences: [PersonReference]
        /// Role referents that may be an organisation (not a roster id): checked after the roster.
        var roleReferents: [(phrase: String, value: String, span: SourceSpan)]
    }

    static let path = "meeting.yaml"
    static let fields = ["title", "subtitle", "venue", "dates", "organiser", "language", "paper", "duplex",
                         "min_group", "acts", "regions", "tags", "sections", "roles", "quotas", "sessions", "texts", "acronyms"]

    var diagnostics = DiagnosticBag()
    private var personReferences: [PersonReference] = []
    private var roleReferents: [(phrase: String, value: String, span: SourceSpan)] = []

    static func read(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Result? {
        guard let root = YAMLParser.parse(file.text, path: file.path, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error(.missingField, at: .file(file.path), "meeting.yaml is empty; it needs at least a title")
            }
            return nil
        }
        var reader = MeetingFileReader()
        let result = reader.read(root)
        diagnostics.append(contentsOf: reader.diagnostics)
        return result
    }

    private mutating func read(_ root: YAMLNode) -> Result? {
        guard let m = YAMLMapping(root, what: "meeting.yaml", diagnostics: &diagnostics) else { return nil }
        m.checkKeys(Self.fields, diagnostics: &diagnostics)
        let title = m.string("title", required: true, diagnostics: &diagnostics)?.value ?? ""
        var meeting = Meeting(title: title, span: root.span)
        meeting.subtitle = m.string("subtitle", diagnostics: &diagnostics)?.value
        meeting.venue = m.string("venue", diagnostics: &diagnostics)?.value
        meeting.organiser = m.string("organiser", diagnostics: &diagnostics)?.value
        let dates = m.strings("dates", diagnostics: &diagnostics)
        meeting.dates = dates.compactMap { date in
            guard DateText.isValid(date.value) else {
                diagnostics.error(.invalidValue, at: date.span, "date '\(date.value)' is no day of the calendar; write it YYYY-MM-DD")
                return nil
            }
            return date.value
        }
        // ISO dates compare as text: a meeting cannot end before it starts.
        for (a, b) in zip(dates, dates.dropFirst()) where DateText.isValid(a.value) && DateText.isValid(b.value) && b.value < a.value {
            diagnostics.error(.invalidValue, at: b.span, "date '\(b.value)' comes before '\(a.value)'; list the meeting's dates in order")
        }
        meeting.language = m.choice("language", [("en", "en"), ("es", "es"), ("fr", "fr")], diagnostics: &diagnostics) ?? "en"
        meeting.paper = m.choice("paper", [("a4", Paper.a4), ("letter", .letter)], diagnostics: &diagnostics) ?? .a4
        meeting.duplex = m.bool("duplex", diagnostics: &diagnostics) ?? false
        meeting.minGroup = m.int("min_group", range: 1...1000, diagnostics: &diagnostics) ?? 3
        meeting.acts = elements(m, "acts", required: true).compactMap { acts($0) }
        meeting.regions = elements(m, "regions", required: true).compactMap { region($0) }
        meeting.tags = m.strings("tags", diagnostics: &diagnostics).map { Tag(id: $0.value, span: $0.span) }
        meeting.sections = elements(m, "sections", required: true).compactMap { section($0) }
        meeting.quotas = elements(m, "quotas").compactMap { quota($0) }
        meeting.sessions = elements(m, "sessions", required: true).compactMap { session($0) }
        if let roles = m.value("roles") { meeting.roles = self.roles(roles) }
        if let texts = m.value("texts") { readTexts(texts, into: &meeting) }
        if let acronyms = m.value("acronyms") { readAcronyms(acronyms, into: &meeting) }

        let actIDs = meeting.acts.map(\.id)
        for ref in actReferences where !actIDs.contains(ref.value) {
            diagnostics.error(.unknownAct, at: ref.span, "unknown act '\(ref.value)' in \(ref.context)",
                              hint: Suggestion.hint(for: ref.value, among: actIDs))
        }
        let sectionIDs = meeting.sections.map(\.id)
        for ref in sectionReferences where !sectionIDs.contains(ref.value) {
            diagnostics.error(.unknownSection, at: ref.span, "unknown section '\(ref.value)' in \(ref.context)",
                              hint: Suggestion.hintOrList(for: ref.value, among: sectionIDs))
        }
        // Duplicates are reported at the id itself, read again from the YAML.
        func ids(_ nodes: [YAMLNode]) -> [(String, SourceSpan)] {
            nodes.compactMap { e in e["id"].flatMap { n in n.string.map { ($0.trimmingCharacters(in: .whitespaces), n.span) } } }
        }
        let actNodes = root["acts"]?.sequence ?? []
        checkUnique(ids(actNodes), "act")
        checkUnique(ids(actNodes.flatMap { $0["targets"]?.sequence ?? [] }), "target")
        checkUnique(ids(root["regions"]?.sequence ?? []), "region")
        checkUnique(meeting.tags.map { ($0.id, $0.span) }, "tag")
        checkUnique(ids(root["sections"]?.sequence ?? []), "section")
        checkUnique(ids(root["sessions"]?.sequence ?? []), "session")
        // A table and round names one output file: two sessions with both the same would
        // overwrite each other's handout.
        var tableRounds: [String: SourceSpan] = [:]
        for s in meeting.sessions where s.kind == .table {
            guard let t = s.table else { continue }
            let key = "table \(t), round \(s.round ?? 1)"
            if let first = tableRounds[key] {
                diagnostics.error(.duplicateID, at: s.span, "\(key) is held by two sessions (the first at line \(first.start.line))",
                                  hint: "give each table session its own table number or round")
            } else { tableRounds[key] = s.span }
        }
        return Result(meeting: meeting, personReferences: personReferences, roleReferents: roleReferents)
    }

    private mutating func elements(_ m: YAMLMapping, _ key: String, required: Bool = false) -> [YAMLNode] {
        guard let v = m.value(key) else {
            if required { diagnostics.error(.missingField, at: m.node.span, "meeting.yaml has no '\(key)'") }
            return []
        }
        guard let seq = v.sequence else {
            diagnostics.error(.invalidValue, at: v.span, "'\(key)' of meeting.yaml should be a list, not \(v.kindName)")
            return []
        }
        return seq
    }

    private mutating func checkUnique(_ ids: [(String, SourceSpan)], _ word: String) {
        var seen: [String: SourceSpan] = [:]
        for (id, span) in ids {
            if let first = seen[id] {
                diagnostics.error(.duplicateID, at: span, "\(word) id '\(id)' is defined twice (first at line \(first.start.line))")
            } else {
                seen[id] = span
            }
        }
    }

    private mutating func acts(_ node: YAMLNode) -> Act? {
        guard let m = YAMLMapping(node, what: "an act", diagnostics: &diagnostics) else { return nil }
        m.checkKeys(["id", "title", "targets"], diagnostics: &diagnostics)
        guard let id = m.string("id", required: true, diagnostics: &diagnostics) else { return nil }
        let what = "act '\(id.value)'"
        let title = m.string("title", required: true, diagnostics: &diagnostics)?.value ?? ""
        var targets: [Target] = []
        if let t = m.value("targets") {
            if let seq = t.sequence {
                for element in seq {
                    guard let tm = YAMLMapping(element, what: "a target of \(what)", diagnostics: &diagnostics) else { continue }
                    tm.checkKeys(["id", "text", "timeline"], diagnostics: &diagnostics)
                    guard let tid = tm.string("id", required: true, diagnostics: &diagnostics) else { continue }
                    let text = tm.string("text", required: true, diagnostics: &diagnostics)?.value ?? ""
                    targets.append(Target(id: tid.value, text: text,
                                          timeline: tm.string("timeline", diagnostics: &diagnostics)?.value, span: element.span))
                }
            } else {
                diagnostics.error(.invalidValue, at: t.span, "'targets' of \(what) should be a list, not \(t.kindName)")
            }
        }
        return Act(id: id.value, title: title, targets: targets, span: node.span)
    }

    private mutating func region(_ node: YAMLNode) -> Region? {
        guard let m = YAMLMapping(node, what: "a region", diagnostics: &diagnostics) else { return nil }
        m.checkKeys(["id", "name", "short"], diagnostics: &diagnostics)
        guard let id = m.string("id", required: true, diagnostics: &diagnostics) else { return nil }
        let name = m.string("name", required: true, diagnostics: &diagnostics)?.value ?? id.value
        return Region(id: id.value, name: name, short: m.string("short", diagnostics: &diagnostics)?.value, span: node.span)
    }

    private mutating func quota(_ node: YAMLNode) -> Quota? {
        guard let m = YAMLMapping(node, what: "a quota", diagnostics: &diagnostics) else { return nil }
        m.checkKeys(["constituency", "seats"], diagnostics: &diagnostics)
        guard let c = m.string("constituency", required: true, diagnostics: &diagnostics),
              let seats = m.int("seats", required: true, diagnostics: &diagnostics) else { return nil }
        return Quota(constituency: c.value, seats: seats, span: node.span)
    }

    private mutating func section(_ node: YAMLNode) -> Section? {
        guard let m = YAMLMapping(node, what: "a section", diagnostics: &diagnostics) else { return nil }
        m.checkKeys(["id", "role", "heading", "clearance", "aliases", "prompt"], diagnostics: &diagnostics)
        guard let id = m.string("id", required: true, diagnostics: &diagnostics) else { return nil }
        let what = "section '\(id.value)'"
        guard let m = YAMLMapping(node, what: what, diagnostics: &diagnostics) else { return nil }
        let role = m.choice("role", SectionRole.allCases.map { ($0.rawValue, $0) }, required: true, diagnostics: &diagnostics)
        // A logistics section is housekeeping: internal unless it says otherwise.
        let clearance = m.choice("clearance", Clearance.allCases.map { ($0.name, $0) }, required: role != .logistics,
                                 diagnostics: &diagnostics) ?? (role == .logistics ? .internal : nil)
        let heading = m.string("heading", required: true, diagnostics: &diagnostics)?.value ?? id.value
        return Section(id: id.value, role: role ?? .other, heading: heading, clearance: clearance ?? .internal,
                       aliases: m.strings("aliases", diagnostics: &diagnostics).map(\.value),
                       prompt: m.string("prompt", diagnostics: &diagnostics)?.value, span: node.span)
    }

    private mutating func session(_ node: YAMLNode) -> Session? {
        guard let m0 = YAMLMapping(node, what: "a session", diagnostics: &diagnostics) else { return nil }
        m0.checkKeys(["id", "day", "kind", "title", "table", "round", "acts", "rule", "sectors", "seats",
                      "clearance", "facilitator", "time", "room", "language", "sections"], diagnostics: &diagnostics)
        guard let id = m0.string("id", required: true, diagnostics: &diagnostics) else { return nil }
        let what = "session '\(id.value)'"
        guard let m = YAMLMapping(node, what: what, diagnostics: &diagnostics) else { return nil }
        let day = m.int("day", required: true, range: 1...366, diagnostics: &diagnostics) ?? 1
        let kind = m.choice("kind", SessionKind.allCases.map { ($0.rawValue, $0) }, required: true, diagnostics: &diagnostics) ?? .other
        let rule = m.choice("rule", SessionRule.allCases.map { ($0.rawValue, $0) }, required: true, diagnostics: &diagnostics) ?? .chathamHouse
        var session = Session(id: id.value, day: day, kind: kind,
                              title: m.string("title", diagnostics: &diagnostics)?.value ?? id.value,
                              rule: rule, span: node.span)
        session.table = m.int("table", range: 1...10_000, diagnostics: &diagnostics)
        session.round = m.int("round", range: 1...100, diagnostics: &diagnostics)
        let acts = m.strings("acts", diagnostics: &diagnostics)
        session.acts = acts.map(\.value)
        actReferences += acts.map { ($0.value, $0.span, what) }
        session.sectors = m.strings("sectors", diagnostics: &diagnostics).compactMap { s in
            if let sector = Sector(rawValue: s.value) { return sector }
            diagnostics.error(.invalidValue, at: s.span, "unknown sector '\(s.value)' in \(what)",
                              hint: Suggestion.hint(for: s.value, among: Sector.allCases.map(\.rawValue)))
            return nil
        }
        let seats = m.strings("seats", diagnostics: &diagnostics)
        session.seats = seats.map(\.value)
        personReferences += seats.map { PersonReference(id: $0.value, span: $0.span, context: "the seats of \(what)") }
        if let f = m.string("facilitator", diagnostics: &diagnostics) {
            session.facilitator = f.value
            personReferences.append(PersonReference(id: f.value, span: f.span, context: "the facilitator of \(what)"))
        }
        session.clearanceCap = m.choice("clearance", Clearance.allCases.map { ($0.name, $0) }, diagnostics: &diagnostics)
        session.time = m.string("time", diagnostics: &diagnostics)?.value
        session.room = m.string("room", diagnostics: &diagnostics)?.value
        session.language = m.choice("language", ["en", "es", "fr"].map { ($0, $0) }, diagnostics: &diagnostics)
        let sections = m.strings("sections", diagnostics: &diagnostics)
        session.sections = sections.map(\.value)
        sectionReferences += sections.map { ($0.value, $0.span, what) }
        if kind == .table && session.table == nil {
            diagnostics.error(.missingField, at: node.span, "\(what) is a table session but has no 'table' number")
        }
        return session
    }

    /// The `sections` of every session, checked once all sections are known.
    private var sectionReferences: [(value: String, span: SourceSpan, context: String)] = []

    /// The `acts` of every session, checked once all acts are known.
    private var actReferences: [(value: String, span: SourceSpan, context: String)] = []

    private mutating func roles(_ node: YAMLNode) -> [Role] {
        guard let pairs = node.mapping else {
            diagnostics.error(.invalidValue, at: node.span, "'roles' of meeting.yaml should map phrases to participants, not \(node.kindName)")
            return []
        }
        var roles: [Role] = []
        for (key, value) in pairs {
            let phrase = key.string ?? ""
            var values: [(String, SourceSpan)] = []
            if let s = value.string, !value.isNull { values = [(s, value.span)] }
            else if let seq = value.sequence {
                for e in seq {
                    if let s = e.string { values.append((s, e.span)) }
                    else { diagnostics.error(.invalidValue, at: e.span, "role '\(phrase)' should list roster ids or organisations") }
                }
            } else {
                diagnostics.error(.invalidValue, at: value.span, "role '\(phrase)' should name roster ids or organisations")
            }
            roleReferents += values.map { (phrase, $0.0, $0.1) }
            roles.append(Role(phrase: phrase, referents: [], span: key.span))
        }
        return roles
    }
    /// `texts:` — per language (en, es, fr), text keys of the templates with the meeting's own
    /// sentences (SPEC 1): `texts: {en: {meeting_intro: "…"}}`. The keys are checked against the
    /// templates when they are read.
    /// `acronyms:` maps each acronym to what it stands for, in the meeting's language.
    private mutating func readAcronyms(_ node: YAMLNode, into meeting: inout Meeting) {
        guard let pairs = node.mapping else {
            diagnostics.error(.invalidValue, at: node.span, "'acronyms' should map each acronym to what it stands for, not \(node.kindName)",
                              hint: "for example: acronyms: {GFMD: Global Forum on Migration and Development}")
            return
        }
        var seen: [String: SourceSpan] = [:]
        for (keyNode, value) in pairs {
            guard let short = keyNode.string?.trimmingCharacters(in: .whitespaces), !short.isEmpty,
                  short.unicodeScalars.allSatisfy({ !CharacterSet.whitespaces.contains($0) }) else {
                diagnostics.error(.invalidValue, at: keyNode.span, "an acronym is one word, like GFMD")
                continue
            }
            guard let text = value.string, !value.isNull, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.error(.invalidValue, at: value.span, "'\(short)' should say what it stands for, as one line of text")
                continue
            }
            if let first = seen[short] {
                diagnostics.error(.duplicateID, at: keyNode.span, "acronym '\(short)' is given twice (first at line \(first.start.line))")
                continue
            }
            seen[short] = keyNode.span
            meeting.acronyms.append(Acronym(short: short, expansion: text, span: keyNode.span))
        }
    }

    private mutating func readTexts(_ node: YAMLNode, into meeting: inout Meeting) {
        guard let languages = node.mapping else {
            diagnostics.error(.invalidValue, at: node.span, "'texts' should be a mapping of languages (en, es, fr) to texts, not \(node.kindName)")
            return
        }
        for (languageNode, keys) in languages {
            guard let language = languageNode.string, ["en", "es", "fr"].contains(language) else {
                diagnostics.error(.invalidValue, at: languageNode.span, "'\(languageNode.string ?? "")' under 'texts' is not a language",
                                  hint: "write en, es or fr, each with its texts")
                continue
            }
            guard let pairs = keys.mapping else {
                diagnostics.error(.invalidValue, at: keys.span, "the texts of '\(language)' should be a mapping of text keys to sentences, not \(keys.kindName)")
                continue
            }
            for (keyNode, value) in pairs {
                guard let key = keyNode.string, let text = value.string, !value.isNull else {
                    diagnostics.error(.invalidValue, at: value.span, "each text under 'texts.\(language)' should be a single sentence, not \(value.kindName)")
                    continue
                }
                meeting.texts[language, default: [:]][key] = text
                meeting.textSpans["\(language).\(key)"] = keyNode.span
            }
        }
    }

}

/// Dates as meeting files write them: `YYYY-MM-DD`.
enum DateText {
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let mo = Int(parts[1]), let d = Int(parts[2]) else { return false }
        guard y >= 1900, (1...12).contains(mo) else { return false }
        // Days in the month, leap years included: no 30 February.
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
        return (1...days).contains(d)
    }
}
