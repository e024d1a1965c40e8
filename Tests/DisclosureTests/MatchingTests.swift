import Testing
import Model
@testable import Disclosure

/// Every form in every variant is found and rewritten (SPEC 3.2).
@Suite struct MatchingTests {
    static let descriptor = "a civil-society participant"

    /// Forms of Ana Ruiz, Isabel de la Cruz Morales, María José López Hernández, Pieter van der Berg,
    /// Nguyễn Thị Thu Hà, Siobhán Ní Bhriain, Karim El-Amrani, Jean-Baptiste Kouassi.
    static let forms = [
        "Ana Ruiz", "Ruiz", "Ms. Ruiz", "Ms Ruiz", "MS. RUIZ", "ana ruiz", "Dr. Ruiz", "Prof. Ruiz",
        "Isabel de la Cruz Morales", "de la Cruz", "Sra. de la Cruz", "Ms. de la Cruz Morales", "Morales", "Dr. Morales",
        "María José López Hernández", "Maria Jose Lopez Hernandez", "López", "Lopez", "Hernández", "López Hernández",
        "María José", "Sr. López",
        "Pieter van der Berg", "van der Berg", "Mr. van der Berg", "Van der Berg",
        "Nguyễn Thị Thu Hà", "Nguyen Thi Thu Ha", "Ms. Nguyen", "Nguyễn",
        "Siobhán Ní Bhriain", "Ní Bhriain", "Ni Bhriain", "Ms. Ní Bhriain",
        "Karim El-Amrani", "El-Amrani", "El Amrani", "Mr. El‑Amrani", "Amrani",
        "Jean-Baptiste Kouassi", "Jean Baptiste Kouassi", "M. Kouassi", "Kouassi", "Mme Kouassi", "H.E. Kouassi",
        "Ambassador Herrera", "H.E. Ambassador Herrera", "Dr. A. Ruiz", "A. Ruiz", "M.-J. López", "Lic. Ruiz",
    ]

    @Test(arguments: forms)
    func formFoundMidSentence(_ form: String) {
        let out = Fixture.rewrite("We heard \(form) on detention.")
        #expect(out == "We heard a civil-society participant on detention." || out == "We heard a government representative on detention.",
                "\(form) → \(out)")
    }

    /// What a hurried rapporteur leaves around a name goes with it (red-team round 4): the
    /// particles after a title, a variant of the given name, a ligature, a name typed in pieces.
    @Test(arguments: ["Mr. van den Berg", "Tommy Young", "Anita Ruiz", "Marco Bell", "Rosa Fl.", "Maria José López Hernández",
                      "Ms. ﬂores", "Sra. Flo res"])
    func leftoversGoWithTheName(_ form: String) {
        let out = Fixture.rewrite("We heard \(form) on detention.")
        #expect(out == "We heard a civil-society participant on detention.", "\(form) → \(out)")
    }

    @Test(arguments: ["Ana Ruiz", "Ms. Ruiz", "Isabel de la Cruz Morales", "Ambassador Herrera"])
    func formAtSentenceStart(_ form: String) {
        let out = Fixture.rewrite("\(form) said no.")
        #expect(out == "A civil-society participant said no." || out == "A government representative said no.", "\(form) → \(out)")
    }

    @Test(arguments: ["Ruiz's", "Ruiz’s", "Ms. Ruiz’s", "RUIZ'S"])
    func possessive(_ form: String) {
        #expect(Fixture.rewrite("We read \(form) paper.") == "We read a civil-society participant's paper.")
    }

    @Test func apostropheStylesInNames() {
        // "Association Marocaine d'Appui aux Migrants" written with a curly apostrophe.
        #expect(Fixture.rewrite("We met the Association Marocaine d’Appui aux Migrants today.")
                == "We met a civil-society organisation today.")
    }

    @Test func emphasisAroundOneWord() {
        let inlines: [Inline] = [.text("We heard "), .strong([.text("Ana")]), .text(" Ruiz on detention.")]
        let d = Fixture.disclosure([Fixture.item(0, inlines)])
        let item = d.cleared(for: InternalReaders.self).items[0]
        #expect(item.plainText == "We heard a civil-society participant on detention.")
        guard case .text(let out) = item.content else { Issue.record("not text"); return }
        #expect(out == [.text("We heard "), .strong([.text("a civil-society participant")]), .text(" on detention.")])
    }

    @Test func lineBreakInsideName() {
        let inlines: [Inline] = [.text("We heard Isabel de la"), .softBreak, .text("Cruz Morales on detention.")]
        #expect(Fixture.rewrite(inlines) == "We heard a civil-society participant on detention.")
        let hard: [Inline] = [.text("We heard Ms."), .lineBreak, .emphasis([.text("Ruiz")]), .text(" on detention.")]
        #expect(Fixture.rewrite(hard) == "We heard a civil-society participant on detention.")
    }

    @Test func linkToANameIsUnwrapped() {
        let inlines: [Inline] = [.text("See "), .link(destination: "https://example.org/ana-ruiz", [.text("her paper")]), .text(".")]
        let d = Fixture.disclosure([Fixture.item(0, inlines)])
        guard case .text(let out) = d.cleared(for: InternalReaders.self).items[0].content else { return }
        #expect(out == [.text("See her paper.")])
        let mail: [Inline] = [.link(destination: "mailto:a.r@example.org", [.text("Ana Ruiz")]), .text(" said no.")]
        let d2 = Fixture.disclosure([Fixture.item(0, mail)])
        guard case .text(let out2) = d2.cleared(for: InternalReaders.self).items[0].content else { return }
        #expect(out2 == [.text("A civil-society participant said no.")])
    }

    /// SPEC 3.2: an acronym matches as written, dotted, or re-cased from four letters ("Picum",
    /// "picum") — but never as an ordinary lower-case word ("made").
    @Test func acronymsAsWrittenDottedOrRecased() {
        #expect(Fixture.rewrite("PICUM and MADE made a joint statement.")
                == "Two civil-society organisations made a joint statement.")
        #expect(Fixture.rewrite("P.I.C.U.M. and M.A.D.E. made a joint statement.")
                == "A civil-society organisation and a civil-society organisation made a joint statement.")
        #expect(Fixture.rewrite("They asked picum for berries.") == "They asked a civil-society organisation for berries.")
        #expect(Fixture.rewrite("Picum said so.") == "A civil-society organisation said so.")
    }

    @Test func ordinaryWordSurnames() {
        // In lower case it is the word; after a title or a given name, or capitalised inside a
        // sentence, the name.
        #expect(Fixture.rewrite("The flores were red and the bell rang.") == "The flores were red and the bell rang.")
        #expect(Fixture.rewrite("Young people spoke.") == "Young people spoke.")
        #expect(Fixture.rewrite("We thanked Sra. Flores.") == "We thanked a civil-society participant.")
        #expect(Fixture.rewrite("We thanked Rosa Flores.") == "We thanked a civil-society participant.")
        #expect(Fixture.rewrite("We thanked Flores and Bell.") == "We thanked two civil-society participants.")
        // An article or a number beside it makes it a word or a place: "La Flores", "2 Bell".
        #expect(Fixture.rewrite("The shelter is in La Flores, near the border.") == "The shelter is in La Flores, near the border.")
        #expect(Fixture.rewrite("They met on 2 Young 2017.") == "They met on 2 Young 2017.")
    }

    @Test func ordinaryWordSurnameAtSentenceStartIsAWarning() {
        let d = Fixture.disclosure([Fixture.item(0, [.text("Flores, roses and lilies filled the room.")])])
        #expect(d.cleared(for: InternalReaders.self).items[0].plainText == "Flores, roses and lilies filled the room.")
        #expect(d.log.records.map(\.kind) == [.surnameAtSentenceStart])
        #expect(d.diagnostics.all.map(\.code) == [.surnameAtSentenceStart])
    }

    @Test func ordinaryWordSurnameAtSentenceStartBeforeAVerbIsAName() {
        let d = Fixture.disclosure([Fixture.item(0, [.text("Flores opened the discussion. Young's suggestion followed.")])])
        #expect(d.cleared(for: InternalReaders.self).items[0].plainText
                == "A civil-society participant opened the discussion. A civil-society participant's suggestion followed.")
        #expect(d.log.records.map(\.kind) == [.rewrite, .surnameAtSentenceStart, .rewrite, .surnameAtSentenceStart])
        #expect(d.diagnostics.all.count == 2)
    }

    @Test func givenNameAloneOnlyAsAlias() {
        // "María José" is an alias; "Ana" and "Marcus" are not.
        #expect(Fixture.rewrite("María José spoke.") == "A civil-society participant spoke.")
        #expect(Fixture.rewrite("Ana spoke, then Marcus.") == "Ana spoke, then Marcus.")
    }

    @Test func statesInAllForms() {
        // Germany (DEU), Côte d'Ivoire (CIV) and Ghana (GHA) have delegates at t2.
        for s in ["Germany", "the Federal Republic of Germany", "Alemania", "l'Allemagne", "Côte d’Ivoire",
                  "Cote d'Ivoire", "Ivory Coast", "Ghana"] {
            let out = Fixture.rewrite("Migrants from \(s) arrive daily.")
            #expect(!out.localizedCaseInsensitiveContains(s.replacingOccurrences(of: "l'", with: "")), "\(s) → \(out)")
        }
        #expect(Fixture.rewrite("German and Ghanaian workers were abandoned.", session: "t2")
                == "Two countries' workers were abandoned.")
    }
}

/// SPEC 3.4: a present participant's given name alone is a suspicion — printed as written, and a
/// warning with its place in the redaction log for the secretariat.
@Suite struct SuspicionTests {
    @Test func aGivenNameAloneIsLoggedNotReplaced() {
        let d = Fixture.disclosure([Fixture.item(0, [.text("Later Marcus explained the fees.")], line: 5)])
        #expect(d.cleared(for: PublicReaders.self).items[0].plainText == "Later Marcus explained the fees.")
        #expect(d.log.records.contains { $0.kind == .suspicion && $0.original == "Marcus" })
        #expect(d.diagnostics.all.contains { $0.code == .suspicion && $0.severity == .warning })
    }

    /// A given name that is also a word ("Rosa": pink) opening a sentence is a suspicion when a verb
    /// of speech follows it (found by a new user: "Claire said …" passed unseen).
    @Test func anOrdinaryGivenNameBeforeASpeechVerbIsASuspicion() {
        let d = Fixture.disclosure([Fixture.item(0, [.text("Rosa said the pilot works.")], line: 5)])
        #expect(d.log.records.contains { $0.kind == .suspicion && $0.original == "Rosa" })
    }
}

/// A family name of two surnames declared in the roster (`family_name: Herrera Vázquez`): the
/// first surname with the given name ("Lucía Herrera") is the person whole, never "Lucía a
/// government representative" (found by a new user).
@Suite struct DoubleSurnameTests {
    @Test(arguments: ["Lucía Herrera said her ministry would look at it.", "Dr. Lucía Herrera closed the table.",
                      "We heard Herrera on detention.", "Herrera Vázquez agreed."])
    func theFirstSurnameAndTheGivenNameGoTogether(_ sentence: String) throws {
        var meeting = Fixture.meeting(items: [Fixture.item(0, [.text(sentence)], line: 5)])
        let i = try #require(meeting.people.firstIndex { $0.id == "g-mex-1" })
        meeting.people[i].familyName = "Herrera Vázquez"
        let d = Disclosure(meeting: meeting, options: .init())
        let text = d.cleared(for: PublicReaders.self).items[0].plainText
        #expect(!text.contains("Lucía") && !text.contains("Herrera") && !text.contains("Vázquez"), "\(sentence) → \(text)")
    }
}
