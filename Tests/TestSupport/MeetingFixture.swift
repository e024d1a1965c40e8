import Diagnostics
import Foundation
import Ingest
import Model

/// A small valid meeting (two acts, three regions, two sessions, three people, two notes and a
/// regional outcome) that reads without a single diagnostic; tests break one thing at a time.
public enum MeetingFixture {
    public static let meetingYAML = """
    title: Test Stocktaking Meeting
    venue: Puerto Vallarta, Mexico
    dates: [2017-12-02, 2017-12-03]
    organiser: Test Office
    language: en
    acts:
      - id: 2
        title: Safe pathways
        targets:
          - { id: "2.1", text: Regularise long-term residents, timeline: now }
      - id: 3
        title: Protection
    regions:
      - { id: asia, name: Asia }
      - { id: lac, name: Latin America }
      - { id: global, name: Global processes }
    tags: [women, children]
    sections:
      - { id: messages, role: messages, heading: Key messages, clearance: public, aliases: [Mensajes clave] }
      - { id: specificities, role: specificities, heading: Regional specificities, clearance: public }
      - { id: strategy, role: strategy, heading: States first, clearance: internal }
      - { id: questions, role: questions, heading: Questions for governments, clearance: government }
    roles:
      host government: Government of Mexico
      the rapporteur: p001
    sessions:
      - { id: d1-act2, day: 1, kind: group, title: Safe pathways, acts: [2], rule: chatham-house, sectors: [civil-society] }
      - { id: d2-t01, day: 2, kind: table, table: 1, round: 1, acts: [3], rule: chatham-house,
          facilitator: p001, seats: [p001, p002, g001] }
    """

    public static let rosterCSV = """
    id,name,aliases,organisation,sector,constituency,region,country,language,public,list_consent
    p001,Ana Ruiz,Ms. Ruiz,Sin Fronteras,civil-society,regional,lac,,,,yes
    p002,Ravi Kumar,,Migrant Forum in Asia,civil-society,,asia,,,,
    g001,Juan Pérez,,Government of Mexico,government,,lac,Mexico,es,,

    """

    public static let noteAct2 = """
    ---
    session: d1-act2
    rapporteur: p001
    acts: [2]
    regions: [lac]
    ---

    ## Key messages
    - Regularisation for long-term residents. {act=2.1}
      - Firewalls between services and enforcement. {.internal}
    - Children must never be detained. {.children}

    ## States first
    Two governments are open to firewalls.
    """

    public static let noteTable = """
    ---
    session: d2-t01
    rapporteur: p002
    ---

    ## Key messages
    1. How will you end child detention? {same=detention}

    ## Regional specificities
    | Region | Point |
    |---|---|
    | Asia | Recruitment fees |
    """

    public static let outcomeAsia = """
    ---
    region: asia
    anchors: [Migrant Forum in Asia]
    ---

    # Act 3: Protection

    ## Key messages
    - Protect migrant domestic workers. {.women}
    """

    /// The fixture's files by path.
    public static let texts: [String: String] = [
        "meeting.yaml": meetingYAML,
        "roster.csv": rosterCSV,
        "notes/d1-act2.md": noteAct2,
        "notes/day2/d2-t01.md": noteTable,
        "regional/asia.md": outcomeAsia,
    ]

    public static var source: MeetingMemorySource { MeetingMemorySource(texts: texts) }

    /// Diagnostics of reading `source`, as `path:line:col: severity [code]`, sorted.
    public static func diagnose(_ source: MeetingSource) -> [String] {
        MeetingReader.read(source).1.sorted.map {
            "\($0.span.path):\($0.span.start.line):\($0.span.start.column): \($0.severity.rawValue) [\($0.code.rawValue)]"
        }
    }
}
