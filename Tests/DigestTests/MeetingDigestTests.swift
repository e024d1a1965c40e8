import Diagnostics
import Digest
import Disclosure
import Model
import Testing

@Suite struct MeetingDigestTests {
    static let span = SourceSpan(path: "meeting.yaml", line: 1, column: 1)

    /// A small meeting whose items go through the real disclosure stage, so that the digest sees
    /// exactly what an output would.
    static func digest(items: [Item], outcomes: [String] = ["asia", "lac"]) -> MeetingDigest {
        let s = span
        let people = (0..<4).map { i in
            Person(id: "p\(i)", name: "Person Number\(i)", organisation: "Org \(i)", sector: .civilSociety,
                   constituency: "youth", region: i < 3 ? "asia" : "lac", listConsent: i != 1, span: s)
        }
        let meeting = Meeting(
            title: "Test meeting", language: "en", minGroup: 3,
            acts: [Act(id: "2", title: "Pathways", span: s),
                   Act(id: "3", title: "Protection", targets: [Target(id: "3.6", text: "End child detention", timeline: "now", span: s)], span: s)],
            regions: [Region(id: "asia", name: "Asia", span: s), Region(id: "lac", name: "Latin America", span: s),
                      Region(id: "africa", name: "Africa", span: s)],
            tags: [Tag(id: "children", span: s)],
            quotas: [Quota(constituency: "youth", seats: 3, span: s), Quota(constituency: "women", seats: 5, span: s)],
            sessions: [Session(id: "g3", day: 1, kind: .group, title: "Protection", acts: ["3"], rule: .chathamHouse, span: s),
                       Session(id: "g2", day: 1, kind: .group, title: "Pathways", acts: ["2"], rule: .chathamHouse, span: s),
                       Session(id: "t1", day: 2, kind: .table, title: "T1", table: 1, round: 1, acts: ["3"], rule: .chathamHouse, span: s)],
            people: people,
            outcomes: outcomes.map { RegionalOutcome(path: "regional/\($0).md", region: $0, span: s) },
            items: items, presence: ["g3": people.map(\.id), "g2": people.map(\.id), "t1": people.map(\.id)], span: s)
        return MeetingDigest(view: Disclosure(meeting: meeting).cleared(for: InternalReaders.self))
    }

    static func item(_ id: Int, _ text: String, origin: ItemOrigin, role: SectionRole = .messages, acts: [String] = ["3"],
                     regions: [String] = [], tags: [String] = [], targets: [String] = [], parent: Int? = nil,
                     same: String? = nil) -> Item {
        var item = Item(id: id, content: .text([.text(text)]), span: SourceSpan(path: origin.path, line: id + 1, column: 1), origin: origin,
             rule: .chathamHouse, sectionID: role.rawValue, role: role, clearance: .public, acts: acts, targets: targets,
             regions: regions, tags: tags, parent: parent, depth: parent == nil ? 0 : 1)
        item.same = same
        return item
    }

    @Test func recurringMessagesAreGroupedAndCountedAcrossSources() {
        let asia = ItemOrigin.outcome(region: "asia", process: nil, anchors: [], path: "regional/asia.md")
        let lac = ItemOrigin.outcome(region: "lac", process: nil, anchors: [], path: "regional/lac.md")
        let g3 = ItemOrigin.note(session: "g3", path: "notes/g3.md")
        let items = [
            Self.item(0, "End the immigration detention of children.", origin: asia, regions: ["asia"], tags: ["children"], targets: ["3.6"],
                      same: "child-detention"),
            // A paraphrase joins by its author's key; near copies join by their words (issue 10).
            Self.item(1, "States should end the detention of children for immigration purposes.", origin: lac, regions: ["lac"],
                      same: "child-detention"),
            Self.item(2, "End the immigration detention of children, now.", origin: g3),
            Self.item(3, "Remittance costs must fall below three per cent.", origin: g3),
            Self.item(4, "Family-based alternatives exist.", origin: g3, parent: 2),
        ]
        let digest = Self.digest(items: items)
        let protection = digest.acts[1]
        #expect(protection.messages.count == 2)
        let lead = protection.messages[0]
        #expect(lead.items.map(\.id) == [0, 1, 2])
        #expect(lead.recurrence.outcomes == 2 && lead.recurrence.outcomesReceived == 2)
        #expect(lead.recurrence.groups == 1 && lead.recurrence.groupSessions == 2)
        #expect(lead.recurrence.isRecurring)
        #expect(lead.children.map(\.id) == [4])
        #expect(!protection.messages[1].recurrence.isRecurring)
        #expect(protection.targets.first?.itemCount == 1)
        #expect(protection.tags == [TagCount(tag: "children", count: 1)])
        #expect(digest.crossCutting.first?.total == 1)
    }

    @Test func everyItemIsInExactlyOneList() {
        let g3 = ItemOrigin.note(session: "g3", path: "notes/g3.md")
        let t1 = ItemOrigin.note(session: "t1", path: "notes/t1.md")
        let items = [
            Self.item(0, "A key message about protection at the border.", origin: g3),
            Self.item(1, "In the region, shelters are full.", origin: g3, role: .specificities, regions: ["lac"]),
            Self.item(2, "Unplaced specificity about visas.", origin: g3, role: .specificities),
            Self.item(3, "The table agreed on case management.", origin: t1),
            Self.item(4, "A note about the process as a whole.", origin: g3, acts: []),
            Self.item(5, "Words matter: migrants, not illegals.", origin: g3, role: .language),
        ]
        let digest = Self.digest(items: items)
        let listed = digest.acts.flatMap { $0.allMessages.flatMap { $0.items.map(\.id) } } + digest.general.flatMap { $0.items.map(\.id) }
        #expect(listed.sorted() == [0, 1, 2, 3, 4, 5])
        let protection = digest.acts[1]
        #expect(protection.specificities.map { $0.region?.id } == ["lac", nil])
        #expect(protection.tables.map(\.lead.id) == [3])
    }

    @Test func coverageTellsNotReceivedFromNotAddressed() {
        let asia = ItemOrigin.outcome(region: "asia", process: nil, anchors: [], path: "regional/asia.md")
        let digest = Self.digest(items: [Self.item(0, "Something on protection.", origin: asia, regions: ["asia"]),
                                         Self.item(1, "Something on pathways.", origin: .outcome(region: "lac", process: nil, anchors: [], path: "regional/lac.md"), acts: ["2"], regions: ["lac"])])
        #expect(digest.coverage.cells[1] == [.items(1), .notAddressed, .notReceived])
        #expect(digest.coverage.cells[0] == [.notAddressed, .items(1), .notReceived])
    }

    @Test func participationFoldsGroupsSmallerThanMinGroup() {
        let p = Self.digest(items: []).participation
        #expect(p.byRegion.first { $0.key == "asia" }?.people == 3)
        #expect(p.byRegion.first { $0.key == "lac" } == nil, "one organisation is below min_group 3")
        #expect(p.byRegion.first { $0.key == "other" }?.people == 1)
        #expect(p.byConstituency.first { $0.key == "youth" }?.quota == 3)
        #expect(p.byConstituency.first { $0.key == "women" }?.people == 0)
        #expect(p.listedOrganisations == ["Org 0", "Org 2", "Org 3"])
    }
}
