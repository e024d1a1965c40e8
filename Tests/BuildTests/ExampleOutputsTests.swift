import Foundation
import Model
import Testing
import TestSupport

/// The example meeting built through the real binary: every output SPEC 4 lists, each accepted by
/// poppler, MuPDF and qpdf, with its structure, and nothing internal outside `internal/`.
@Suite struct ExampleOutputsTests {
    let build = ExampleBuild.shared

    @Test func buildSucceedsAndWritesEveryOutput() throws {
        #expect(build.status == 0, "\(build.stderr)")
        let m = build.meeting
        var expected = ["public/report.pdf", "government/handouts/tent-cards.pdf"]
        for org in Set(m.people.filter(\.isGovernment).map(\.organisation)) {
            let delegates = Set(m.people.filter { $0.organisation == org }.map(\.id))
            if m.sessions.contains(where: { s in (m.presence[s.id] ?? []).contains(where: delegates.contains) }) || true {
                expected.append("government/briefing/\(Self.slug(org)).pdf")
            }
        }
        for s in m.sessions where s.kind == .table {
            let name = String(format: "table-%02d-round-%d.pdf", s.table ?? 0, s.round ?? 0)
            expected.append("government/handouts/" + name)
            expected.append("internal/facilitator/" + name)
        }
        #expect(Set(build.pdfs).isSuperset(of: expected), "missing: \(Set(expected).subtracting(build.pdfs).sorted())")
        for file in ["manifest.json", "changes.txt", "secretariat/redactions.csv"] {
            #expect(FileManager.default.fileExists(atPath: build.url(file).path), "\(file) missing")
        }
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: build.url("manifest.json"))) as? [String: Any]
        let paths = (manifest?["outputs"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(Set(paths).isSuperset(of: build.pdfs))
    }

    @Test func everyPDFIsAcceptedByQpdfMutoolAndPoppler() {
        #expect(build.pdfs.count > 40)
        for pdf in build.pdfs {
            let url = build.url(pdf)
            let qpdf = PDFTools.run("qpdf", ["--check", url.path])
            #expect(qpdf.status == 0 && !qpdf.stdout.contains("WARNING"), "\(pdf): \(qpdf.stdout) \(qpdf.stderr)")
            let mutool = PDFTools.run("mutool", ["info", url.path])
            #expect(mutool.status == 0 && !mutool.stderr.lowercased().contains("warning") && !mutool.stderr.lowercased().contains("error"),
                    "\(pdf): \(mutool.stderr)")
            let info = PDFTools.run("pdfinfo", [url.path])
            #expect(info.status == 0 && info.stderr.isEmpty, "\(pdf): \(info.stderr)")
            // poppler's reading of the structure tree too: one root element ("K in StructTreeRoot
            // has more than one children" when a cover's logos split it).
            let tree = PDFTools.run("pdfinfo", ["-struct", url.path])
            #expect(tree.status == 0 && tree.stderr.isEmpty, "\(pdf): \(tree.stderr)")
        }
    }

    @Test func duplexDocumentsHaveEvenPageCountsAndPageNOfM() {
        #expect(build.pdfs.count > 40)
        // Tent cards are printed single-sided, one card a sheet, with no running head or footer.
        for pdf in build.pdfs where !pdf.hasSuffix("tent-cards.pdf") {
            let pages = PDFTools.text(build.url(pdf))
            if build.meeting.duplex { #expect(pages.count % 2 == 0, "\(pdf) has \(pages.count) pages") }
            let hasCover = pdf.hasPrefix("public/") || pdf.contains("/briefing/")
            for (i, page) in pages.enumerated() where !(hasCover && i == 0) {
                // A padding page carries only what every page must: the draft label, the band.
                var rest = page
                for label in ["DRAFT — not released", "BORRADOR — no publicado", "PROJET — non publié",
                              "CIVIL SOCIETY ONLY — NOT FOR DISTRIBUTION", "This page is intentionally left blank.",
                              "Esta página se ha dejado en blanco intencionadamente.", "Page laissée blanche intentionnellement."] {
                    rest = rest.replacingOccurrences(of: label, with: "")
                }
                let blank = rest.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                if blank { #expect(i == pages.count - 1 && !page.contains(" of \(pages.count)"), "\(pdf) page \(i + 1)") }
                #expect(blank || page.contains("\(i + 1) of \(pages.count)") || page.contains("\(i + 1) de \(pages.count)")
                        || page.contains("\(i + 1) sur \(pages.count)"), "\(pdf) page \(i + 1) has no 'page N of M'")
            }
        }
    }

    @Test func internalBandOnlyOnInternalPages() {
        #expect(build.pdfs.contains { $0.hasPrefix("internal/") } && build.pdfs.contains { $0.hasPrefix("government/") })
        for pdf in build.pdfs {
            let pages = PDFTools.text(build.url(pdf))
            for (i, page) in pages.enumerated() {
                let banded = page.contains("CIVIL SOCIETY ONLY")
                if pdf.hasPrefix("internal/") { #expect(banded, "\(pdf) page \(i + 1) lacks the band") }
                else { #expect(!banded, "\(pdf) page \(i + 1) carries the internal band") }
            }
        }
    }

    @Test func reportHasOneChapterPerActAndAnOutline() {
        let report = build.url("public/report.pdf")
        let text = PDFTools.text(report).joined(separator: "\n")
        for act in build.meeting.acts { #expect(text.contains("Act \(act.id): \(act.title)"), "no chapter for act \(act.id)") }
        let outline = PDFStructure.read(report).outline
        #expect(outline.filter { $0.level == 1 }.count >= build.meeting.acts.count)
        #expect(outline.allSatisfy { $0.page > 0 })
    }

    @Test func briefingPacksNameTheirDelegationAndEveryTableItSitsAt() {
        let m = build.meeting
        let labels = ["en": ("Table", "Round"), "es": ("Mesa", "Ronda"), "fr": ("Table", "Tour")]
        let delegations = Dictionary(grouping: m.people.filter(\.isGovernment), by: \.organisation)
        #expect(delegations.count > 20)
        for (org, delegates) in delegations {
            let pdf = build.url("government/briefing/\(Self.slug(org)).pdf")
            let text = PDFTools.text(pdf).joined(separator: "\n")
            let language = delegates.compactMap(\.language).first ?? m.language
            if let state = delegates.compactMap(\.stateID).first.flatMap({ StateGazetteer.shared.state(id: $0) }) {
                #expect(text.contains(state.name(in: language)), "\(org): no '\(state.name(in: language))' on the cover")
            }
            let ids = Set(delegates.map(\.id))
            let (tableWord, roundWord) = labels[language] ?? labels["en"]!
            for s in m.sessions where s.kind == .table && (m.presence[s.id] ?? []).contains(where: ids.contains) {
                #expect(text.contains("\(tableWord) \(s.table ?? 0) · \(roundWord) \(s.round ?? 0)"), "\(org) lacks table \(s.id)")
                // Each table's chapter gives when and where.
                if let time = s.time, let room = s.room {
                    #expect(text.contains("\(s.table ?? 0) · \(roundWord) \(s.round ?? 0) · ") && text.contains(time) && text.contains(room),
                            "\(org): no time and room for \(s.id)")
                }
            }
        }
    }

    /// One chapter per table a delegation sits at: its rounds at the same table (same act) share
    /// the chapter, whose box lists each round (STYLE: packs of 6–16 pages).
    @Test func briefingPacksHaveOneChapterPerTable() {
        let m = build.meeting
        let tableWords = ["Table ", "Mesa "]
        let delegations = Dictionary(grouping: m.people.filter(\.isGovernment), by: \.organisation)
        var merged = 0
        for (org, delegates) in delegations {
            let ids = Set(delegates.map(\.id))
            let seated = m.sessions.filter { $0.kind == .table && (m.presence[$0.id] ?? []).contains(where: ids.contains) }
            let tables = Set(seated.map { "\($0.table ?? 0) \($0.acts)" })
            merged += seated.count - tables.count
            let pdf = build.url("government/briefing/\(Self.slug(org)).pdf")
            let chapters = PDFStructure.read(pdf).outline.filter { e in e.level == 1 && tableWords.contains { e.title.hasPrefix($0) } }
            #expect(chapters.count == tables.count, "\(org): \(chapters.map(\.title))")
            #expect((6...16).contains(PDFTools.pageCount(pdf) ?? 0), "\(org): \(PDFTools.pageCount(pdf) ?? 0) pages")
        }
        #expect(merged > 0, "no delegation sits at a table twice: the merge is not exercised")
    }

    @Test func reportCountsRecurringMessages() {
        let text = PDFTools.text(build.url("public/report.pdf")).joined(separator: " ")
        let documents = build.meeting.outcomes.count
        let recurring = text.components(separatedBy: " of \(documents) regional outcomes received").count - 1
        #expect(recurring >= 5, "the example's recurring messages should be tagged 'raised in N of \(documents) regional outcomes received' (found \(recurring))")
        #expect(text.contains("in 1 of 4 groups"))
    }

    @Test func tentCardsCarryEachTableAndActOnBothHalves() {
        let cards = PDFTools.text(build.url("government/handouts/tent-cards.pdf"))
        let tables = build.meeting.sessions.filter { $0.kind == .table }
        #expect(cards.count == tables.count)
        for (page, table) in zip(cards, tables.sorted { ($0.round ?? 0, $0.table ?? 0) < ($1.round ?? 0, $1.table ?? 0) }) {
            #expect(page.components(separatedBy: "Table \(table.table ?? 0)").count - 1 == 2, "\(page)")
        }
        let size = PDFTools.run("pdfinfo", [build.url("government/handouts/tent-cards.pdf").path]).stdout
        #expect(size.contains("792 x 612") || size.contains("842 x 595"), "landscape: \(size)")
    }

    static func slug(_ s: String) -> String {
        let folded = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = "", dash = false
        for c in folded.unicodeScalars {
            if c.isASCII && CharacterSet.alphanumerics.contains(c) { if dash && !out.isEmpty { out += "-" }; dash = false; out.unicodeScalars.append(c) }
            else { dash = true }
        }
        return out
    }
}
