import Digest
import Disclosure
import Foundation
import Model
import Testing
import TestSupport

/// SPEC 4: "nothing a rapporteur wrote is silently dropped", checked on the example's real PDFs:
/// every public item is printed in the report (as the lead of its group of recurring messages,
/// or nested under it), and every government item from the days before the tables whose act a
/// delegation discusses is printed in that delegation's pack.
@Suite struct CompletenessTests {
    let build = ExampleBuild.shared

    /// Text with every run of whitespace as one space (pdftotext breaks lines where Pango did).
    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The printed items of messages: each group's lead and the sub-points nested under it.
    static func printed(_ messages: [RecurringMessage]) -> [ClearedItem] {
        messages.flatMap { [$0.lead] + $0.children }
    }

    /// The items of `items` whose opening words are not in `text`. Right-to-left text comes out
    /// of pdftotext with its lines in visual order, and the lam-alef ligature's ActualText ("لا",
    /// which the PDF carries in logical order) reversed as "ال", sometimes glued to the word
    /// before it: there each word of three letters or more is looked for alone, as the multiset
    /// of its letters, and three in four of them must be found.
    static func missing(_ items: [ClearedItem], in text: String) -> [String] {
        let letters = { (w: Substring) in String(w.filter(\.isLetter).sorted()) }
        let words = Set(text.split(separator: " ").map(letters))
        return items.compactMap { item in
            let opening = normalised(PDFTools.searchable(item.plainText)).split(separator: " ").prefix(8)
            let rtl = item.plainText.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) }
            let long = opening.filter { $0.filter(\.isLetter).count >= 3 }
            let found = rtl ? 4 * long.filter { words.contains(letters($0)) }.count >= 3 * long.count
                : text.contains(opening.joined(separator: " "))
            return opening.isEmpty || found ? nil : "\(item.span): \(opening.joined(separator: " "))"
        }
    }

    @Test func everyPublicItemIsInTheReport() {
        #expect(build.status == 0)
        let disclosure = Disclosure(meeting: build.meeting)
        let view = disclosure.cleared(for: PublicReaders.self)
        let digest = MeetingDigest(view: view)
        let grouped = Set((digest.acts.flatMap(\.allMessages) + digest.general).flatMap { $0.items + $0.children }.map(\.id))
        #expect(grouped == Set(view.items.map(\.id)), "items in no list of the digest")
        let text = Self.normalised(PDFTools.text(build.url("public/report.pdf")).joined(separator: " "))
        let printed = Self.printed(digest.acts.flatMap(\.allMessages) + digest.general)
        #expect(printed.count > 100)
        let missing = Self.missing(printed, in: text)
        #expect(missing.isEmpty, "not in the report: \(missing.prefix(5))")
    }

    @Test func everyPreTableGovernmentItemOfItsActsIsInADelegationsPack() {
        let disclosure = Disclosure(meeting: build.meeting)
        let view = disclosure.cleared(for: GovernmentReaders.self)
        let firstTableDay = view.sessions.filter { $0.kind == .table }.map(\.day).min() ?? Int.max
        let days = Dictionary(view.sessions.map { ($0.id, $0.day) }, uniquingKeysWith: { a, _ in a })
        let digest = MeetingDigest(view: view, including: { ($0.session.flatMap { days[$0] } ?? 0) < firstTableDay })
        var checked = 0
        for delegation in view.delegations {
            let acts = Set(view.sessions.filter { delegation.sessions.contains($0.id) }.flatMap(\.acts))
            var messages: [RecurringMessage] = []
            for a in digest.acts where acts.contains(a.act.id) {
                let regional: [RecurringMessage] = a.specificities.flatMap(\.messages)
                messages += a.messages
                messages += regional
                messages += a.language
                messages += a.compacts
                messages += a.discussion
                // A question put to one named state is that state's alone (SPEC 4).
                messages += a.questions.filter { $0.lead.addressedTo.isEmpty || delegation.stateID.map($0.lead.addressedTo.contains) == true }
            }
            let pdf = build.url("government/briefing/\(delegation.fileStem).pdf")
            let text = Self.normalised(PDFTools.text(pdf).joined(separator: " "))
            let missing = Self.missing(Self.printed(messages), in: text)
            #expect(missing.isEmpty, "\(delegation.fileStem) lacks: \(missing.prefix(5))")
            checked += messages.count
        }
        #expect(checked > 100)
    }
}

/// Issue 10's routing, on the real PDFs: handouts print the questions civil society will put
/// (never a section's prompt for rapporteurs), and a question put to one named state reaches that
/// state's pack alone.
@Suite struct RoutingTests {
    let build = ExampleBuild.shared

    @Test func handoutsPrintQuestionsNotPrompts() throws {
        let prompts = build.meeting.sections.compactMap(\.prompt)
        #expect(!prompts.isEmpty)
        let handouts = build.pdfs.filter { $0.hasPrefix("government/") || $0.hasPrefix("public/") }
        for pdf in handouts {
            let text = PDFTools.text(build.url(pdf)).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for prompt in prompts {
                let head = prompt.split(separator: " ").prefix(8).joined(separator: " ")
                #expect(!text.contains(head), "\(pdf) prints the prompt '\(head)…'")
            }
        }
        let table2 = PDFTools.text(build.url("government/handouts/table-02-round-1.pdf")).joined(separator: " ")
        #expect(table2.contains("What regular pathways will your government open"))
    }

    /// Every act of a handout has its questions heading; where no question was sent, it says so
    /// and lists nothing under it.
    @Test func aHandoutSaysWhenNoQuestionsWereSent() {
        var none = 0
        for pdf in build.pdfs where pdf.hasPrefix("government/handouts/table-") {
            let text = PDFTools.text(build.url(pdf)).joined(separator: " ")
            let parts = text.components(separatedBy: "Guiding questions").dropFirst()
            #expect(!parts.isEmpty, "\(pdf) has no questions heading")
            for part in parts {
                let questions = part.components(separatedBy: "Key messages")[0]
                if questions.contains("No questions for governments were sent in advance") {
                    none += 1
                    #expect(!questions.contains("?"), "\(pdf) says no questions were sent, yet lists one")
                } else {
                    #expect(questions.contains("?"), "\(pdf): a questions heading with nothing under it")
                }
            }
        }
        #expect(none > 0)
    }

    @Test func aQuestionPutToOneStateIsInItsPackAlone() {
        let packs = build.pdfs.filter { $0.hasPrefix("government/") }
        let holding = packs.filter { PDFTools.text(build.url($0)).joined(separator: " ").contains("Ask Mexico how it will keep") }
        #expect(holding == ["government/briefing/government-of-mexico.pdf"])
    }
}
