import Diagnostics
import Model
@testable import Disclosure

/// A small meeting with the shapes disclosure must handle: particles, titles, ordinary-word
/// surnames, acronyms, government delegations at two tables, a civil-society-only group session,
/// an on-record plenary and a regional outcome.
enum Fixture {
    static let span = SourceSpan(path: "meeting.yaml", line: 1, column: 1)

    static func person(_ id: String, _ name: String, aliases: [String] = [], family: String? = nil, org: String,
                       sector: Sector = .civilSociety, constituency: String? = nil, region: String, state: String? = nil,
                       isPublic: Bool = false, consent: Bool = false) -> Person {
        Person(id: id, name: name, aliases: aliases, familyName: family, organisation: org, sector: sector,
               constituency: constituency, region: region, country: state, stateID: state, language: "en",
               isPublic: isPublic, listConsent: consent, span: SourceSpan(path: "roster.csv", line: 2, column: 1))
    }

    static let people: [Person] = [
        person("p1", "Ana Ruiz", aliases: ["Ms. Ruiz"], org: "Sin Fronteras", constituency: "women", region: "lac"),
        person("p2", "Rosa Flores", aliases: ["Sra. Flores"], family: "Flores", org: "Red Centroamericana de Casas del Migrante", region: "lac"),
        person("p3", "Marcus Bell", aliases: ["Mr. Bell"], org: "National Network for Immigrant and Refugee Rights", region: "north-america"),
        person("p4", "María José López Hernández", aliases: ["María José"], org: "Colectivo Migrante", region: "lac"),
        person("p5", "Isabel de la Cruz Morales", aliases: ["Sra. de la Cruz"], org: "Bloque Latinoamericano", region: "lac", consent: true),
        person("p6", "Pieter van der Berg", org: "Platform for International Cooperation on Undocumented Migrants", region: "europe", consent: true),
        person("p7", "Nguyễn Thị Thu Hà", aliases: ["Ms. Nguyen"], family: "Nguyễn", org: "Mekong Migrant Workers Network", region: "asia"),
        person("p8", "Karim El-Amrani", family: "El-Amrani", org: "Association Marocaine d'Appui aux Migrants", region: "mena"),
        person("p9", "Siobhán Ní Bhriain", org: "Migrant Rights Centre Ireland", region: "europe"),
        person("p10", "Jean-Baptiste Kouassi", aliases: ["M. Kouassi"], org: "Réseau Ouest-Africain des Migrants", region: "africa"),
        person("p11", "Tom Young", org: "MADE", constituency: "youth", region: "europe"),
        person("u1", "Ingeborg Halvorsen", aliases: ["the Special Representative"], org: "International Organization for Migration",
               sector: .un, region: "global", isPublic: true),
        person("g-mex-1", "Lucía Herrera Vázquez", aliases: ["Ambassador Herrera"], org: "Government of Mexico", sector: .government, region: "lac", state: "MEX"),
        person("g-gtm-1", "Héctor Ajú", org: "Government of Guatemala", sector: .government, region: "lac", state: "GTM"),
        person("g-slv-1", "Carmen Portillo", org: "Government of El Salvador", sector: .government, region: "lac", state: "SLV"),
        person("g-phl-1", "Maria Santos", org: "Government of the Philippines", sector: .government, region: "asia", state: "PHL"),
        person("g-deu-1", "Hans Becker", org: "Government of Germany", sector: .government, region: "europe", state: "DEU"),
        person("g-civ-1", "Awa Koné", org: "Government of Côte d'Ivoire", sector: .government, region: "africa", state: "CIV"),
        person("g-gha-1", "Kofi Mensah", org: "Government of Ghana", sector: .government, region: "africa", state: "GHA"),
        person("g-bgd-1", "Rahim Uddin", org: "Government of Bangladesh", sector: .government, region: "asia", state: "BGD"),
        person("g-can-1", "John Smith", org: "Government of Canada", sector: .government, region: "north-america", state: "CAN"),
    ]

    static let organisations: [Organisation] = [
        Organisation(name: "Platform for International Cooperation on Undocumented Migrants", acronym: "PICUM",
                     aliases: ["the Platform"], span: span),
        Organisation(name: "Migration and Development Civil Society Network", acronym: "MADE", aliases: ["MADE network"], span: span),
        Organisation(name: "International Organization for Migration", acronym: "IOM", span: span),
        Organisation(name: "Terre des Hommes", acronym: "TdH", span: span),
    ]

    static let regions: [Region] = [
        ("lac", "Latin America and the Caribbean"), ("europe", "Europe"), ("asia", "Asia"), ("africa", "Africa"),
        ("mena", "Middle East and North Africa"), ("north-america", "North America"), ("global", "Global processes"),
    ].map { Region(id: $0.0, name: $0.1, span: span) }

    static let sessions: [Session] = [
        Session(id: "t1", day: 2, kind: .table, title: "Table 1", table: 1, round: 1, acts: ["2"], rule: .chathamHouse, span: span),
        Session(id: "t2", day: 2, kind: .table, title: "Table 2", table: 2, round: 1, acts: ["5"], rule: .chathamHouse, span: span),
        Session(id: "g1", day: 1, kind: .group, title: "Group", acts: ["2"], rule: .chathamHouse, sectors: [.civilSociety], span: span),
        Session(id: "plen", day: 1, kind: .plenary, title: "Plenary", rule: .onRecord, span: span),
    ]

    static var presence: [String: [String]] {
        let cs = people.filter { $0.sector == .civilSociety }.map(\.id)
        return [
            "t1": ["p1", "p2", "p4", "p5", "g-mex-1", "g-gtm-1", "g-slv-1", "g-phl-1"],
            "t2": ["p1", "p3", "p6", "p11", "g-deu-1", "g-civ-1", "g-gha-1", "g-bgd-1", "g-can-1"],
            "g1": cs,
            "plen": people.map(\.id),
        ]
    }

    static let roles: [Role] = [
        Role(phrase: "host government", referents: [.organisation("Government of Mexico")], span: span),
        Role(phrase: "the co-facilitators", referents: [.organisation("Government of Mexico"), .organisation("Government of Germany")], span: span),
        Role(phrase: "the SRSG", referents: [.person("u1")], span: span),
    ]

    static let sections: [Section] = [
        Section(id: "messages", role: .messages, heading: "Key messages", clearance: .public, span: span),
        Section(id: "questions", role: .questions, heading: "Questions for governments", clearance: .government, span: span),
        Section(id: "strategy", role: .strategy, heading: "States first", clearance: .internal, prompt: "Who leads?", span: span),
    ]

    /// An item of a session's note (or, with `outcome`, of the lac regional outcome).
    static func item(_ id: Int, _ inlines: [Inline], session: String = "t2", clearance: Clearance = .public,
                     outcome: Bool = false, line: Int = 10) -> Item {
        let rule = outcome ? SessionRule.onRecord : sessions.first { $0.id == session }!.rule
        let path = outcome ? "regional/lac.md" : "notes/\(session).md"
        let origin: ItemOrigin = outcome ? .outcome(region: "lac", process: nil, anchors: ["Bloque Latinoamericano"], path: path)
            : .note(session: session, path: path)
        let section = clearance == .public ? "messages" : clearance == .government ? "questions" : "strategy"
        return Item(id: id, content: .text(inlines), span: SourceSpan(path: path, line: line, column: 3), origin: origin,
                    rule: rule, sectionID: section, role: clearance == .internal ? .strategy : .messages, clearance: clearance)
    }

    static func meeting(items: [Item], minGroup: Int = 3) -> Meeting {
        Meeting(title: "Test meeting", minGroup: minGroup, regions: regions, sections: sections, roles: roles,
                sessions: sessions, people: people, organisations: organisations, items: items,
                presence: presence, span: span)
    }

    static func disclosure(_ items: [Item], minGroup: Int = 3, options: Disclosure.Options = .init()) -> Disclosure {
        Disclosure(meeting: meeting(items: items, minGroup: minGroup), options: options)
    }

    /// The rewritten plain text of one sentence in a session's note.
    static func rewrite(_ text: String, session: String = "t2", outcome: Bool = false, minGroup: Int = 3) -> String {
        rewrite([.text(text)], session: session, outcome: outcome, minGroup: minGroup)
    }

    /// One rewriter per `min_group`, built once: the same path as `Disclosure`, item by item.
    static let rewriters: [Int: Rewriter] = Dictionary(uniqueKeysWithValues: (1...6).map {
        ($0, Disclosure.rewriter(meeting: meeting(items: [], minGroup: $0), options: RewriteOptions()))
    })

    static func rewrite(_ inlines: [Inline], session: String = "t2", outcome: Bool = false, minGroup: Int = 3) -> String {
        let it = item(0, inlines, session: session, outcome: outcome)
        let r = rewriters[minGroup]!
        let (content, _, _, _, _) = ItemRewriting.rewrite(it, with: r, in: Disclosure.context(of: it, participation: r.participation),
                                                    fallback: .en)
        return content.plainText
    }
}
