import Diagnostics
import Testing
import Model
@testable import Disclosure
import Gate

/// The last gate (`Gate`, independent of the rewriter) catches what the rewriter let slip (SPEC 3.5).
@Suite struct LeakGateTests {
    static let items = [
        Fixture.item(0, [.text("Ana Ruiz said Germany should end detention.")], line: 5),
        Fixture.item(1, [.text("Press the delegation hard on firewalls before the next round of talks.")], clearance: .internal, line: 9),
        Fixture.item(2, [.text("Ingeborg Halvorsen opened the plenary.")], session: "plen", line: 2),
    ]

    /// The independent gate of the fixture's meeting (it never sees the rewriter).
    func gate(_ d: Disclosure) -> LastGate { LastGate(meeting: d.meeting) }

    func blocks(_ d: Disclosure, _ audience: Audience) -> [LastGate.Block] {
        let items: [ClearedItem]
        switch audience {
        case .public: items = d.cleared(for: PublicReaders.self).items
        case .government: items = d.cleared(for: GovernmentReaders.self).items
        case .internal, .secretariat: items = d.cleared(for: InternalReaders.self).items
        }
        return items.map { LastGate.Block(text: $0.plainText, span: $0.span, chathamHouse: $0.rule == .chathamHouse) }
    }

    @Test func cleanOutputPasses() {
        let d = Fixture.disclosure(Self.items)
        #expect(gate(d).scan(blocks(d, .public), audience: .public, output: "public/report.pdf").isEmpty)
        #expect(gate(d).scan(blocks(d, .government), audience: .government, output: "government/briefing/x.pdf").isEmpty)
    }

    @Test func aNameLetSlipIsCaught() {
        let d = Fixture.disclosure(Self.items, options: .init(rewrite: RewriteOptions(letSlip: ["p1"])))
        let text = d.cleared(for: PublicReaders.self).items[0].plainText
        #expect(text == "Ana Ruiz said one government should end detention.")
        let leaks = gate(d).scan(blocks(d, .public), audience: .public, output: "public/report.pdf")
        #expect(leaks.count == 1)
        #expect(leaks.first?.code == .leak && leaks.first?.severity == .error)
        #expect(leaks.first?.span == SourceSpan(path: "notes/t2.md", line: 5, column: 3))
        #expect(leaks.first?.message.contains("'Ana Ruiz'") == true)
    }

    /// The gate reads a word as typed whole however it was broken: at a line end with a hyphen,
    /// with a stray mark inside, in spaced capitals (its own reading, not the tokenizer's).
    @Test func aNameBrokenAsTypedIsCaught() {
        let d = Fixture.disclosure(Self.items)
        for text in ["Ms. Ru-\niz said so.", "Ms. Ru- iz said so.", "Ms. R*uiz said so.", "Ms. R U I Z said so.",
                     "Flo.res said so.", "Ms. Flo res said so.", "F-l-o-r-e-s said so.", "as f l o r e s said", "Kou/assi said so.", "Flo - res said so."] {
            let leaks = gate(d).scan([LastGate.Block(text: text, span: SourceSpan(path: "notes/t2.md", line: 5, column: 3), chathamHouse: true)],
                                     audience: .public, output: "public/report.pdf")
            #expect(leaks.count == 1, "\(text)")
        }
    }

    /// What the rewriter rightly prints as words, the gate passes too (red-team round 4: these
    /// stopped builds): a given name and a word across a comma, a surname-word after an article,
    /// a given name spelt out.
    @Test func wordsThatOnlyLookLikeANameAreNotStopped() {
        let d = Fixture.disclosure(Self.items)
        for text in ["La rosa, flores y velas acompañaron la vigilia.", "Todos los Santos son fechas difíciles.",
                     "The children spelled out M-A-R-C-U-S with candles."] {
            let leaks = gate(d).scan([LastGate.Block(text: text, span: SourceSpan(path: "notes/t2.md", line: 5, column: 3), chathamHouse: true)],
                                     audience: .public, output: "public/report.pdf")
            #expect(leaks.isEmpty, "\(text): \(leaks.map(\.message))")
        }
    }

    @Test func aNameInTemplateTextIsCaughtToo() {
        let d = Fixture.disclosure(Self.items)
        let leaks = gate(d).scan([LastGate.Block(text: "Prepared with Mr. Bell", chathamHouse: false)], audience: .government,
                                output: "government/handouts/table-01-round-1.pdf")
        #expect(leaks.map(\.span.path) == ["government/handouts/table-01-round-1.pdf"])
    }

    /// The gate passes a block it has passed before without analysing it again; a leaking block
    /// is never remembered, so every output that draws it is stopped, and a block that passed as
    /// plain text is still analysed when it comes from chatham-house content.
    @Test func aBlockSeenBeforeIsJudgedTheSameInEveryOutput() {
        let d = Fixture.disclosure(Self.items)
        let clean = LastGate.Block(text: "Delegates discussed detention.", chathamHouse: false)
        let leaking = LastGate.Block(text: "Prepared with Mr. Bell", chathamHouse: false)
        let states = LastGate.Block(text: "Germany should end detention.", span: nil, chathamHouse: false)
        for output in ["government/handouts/a.pdf", "government/handouts/b.pdf", "public/report.pdf"] {
            let leaks = gate(d).scan([clean, leaking, states, clean], audience: output.hasPrefix("public") ? .public : .government,
                                    output: output)
            #expect(leaks.map(\.span.path) == [output])
        }
        let ch = LastGate.Block(text: states.text, span: nil, chathamHouse: true)
        #expect(gate(d).scan([ch], audience: .public, output: "public/report.pdf").count == 1)
    }

    @Test func internalTextIsCaught() {
        let d = Fixture.disclosure(Self.items)
        let block = LastGate.Block(text: "Note: press the delegation hard on firewalls before the next round of talks.",
                                   span: nil, chathamHouse: false)
        let leaks = gate(d).scan([block], audience: .government, output: "government/briefing/government-of-mexico.pdf")
        #expect(leaks.count == 1)
        #expect(leaks.first?.message.contains("notes/t2.md:9:3") == true)
    }

    @Test func internalPromptIsCaught() {
        var meeting = Fixture.meeting(items: Self.items)
        meeting.sections[2].prompt = "Who are the state leaders on this issue, and how do we target them?"
        let d = Disclosure(meeting: meeting)
        let leaks = gate(d).scan([LastGate.Block(text: "Who are the state leaders on this issue, and how do we target them?",
                                                chathamHouse: false)], audience: .government, output: "government/handouts/t.pdf")
        #expect(leaks.count == 1)
    }

    @Test func statesAndOrganisationsInChathamHouseBlocks() {
        let d = Fixture.disclosure(Self.items)
        let span = SourceSpan(path: "notes/t2.md", line: 5, column: 3)
        // The raw text of the item (a composer that bypassed the rewriter): the state present at
        // its session and the organisation are caught.
        let raw = gate(d).scan([LastGate.Block(text: "Ana Ruiz said Germany should end detention, with PICUM.", span: span,
                                              chathamHouse: true)], audience: .public, output: "public/report.pdf")
        #expect(raw.count == 3)
        // Elsewhere a speaking state is caught.
        let leaks = gate(d).scan([LastGate.Block(text: "Germany said no to PICUM.", span: span, chathamHouse: true)],
                                audience: .public, output: "public/report.pdf")
        #expect(leaks.count == 2)
        // On the record, states and consenting organisations stay: no leak.
        #expect(gate(d).scan([LastGate.Block(text: "Germany and PICUM said no.", chathamHouse: false)],
                            audience: .public, output: "public/report.pdf").isEmpty)
        // A topic state elsewhere is no leak.
        #expect(gate(d).scan([LastGate.Block(text: "Migrants transit through Guatemala.", span: span, chathamHouse: true)],
                            audience: .public, output: "public/report.pdf").isEmpty)
    }

    @Test func publicOfficialsOnTheRecordAreNoLeak() {
        let d = Fixture.disclosure(Self.items)
        #expect(d.cleared(for: PublicReaders.self).items.map(\.plainText).contains("Ingeborg Halvorsen opened the plenary."))
        #expect(gate(d).scan(blocks(d, .public), audience: .public, output: "public/report.pdf").isEmpty)
    }
}
