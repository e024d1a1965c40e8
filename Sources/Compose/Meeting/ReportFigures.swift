import Digest
import Document
import Model

/// The report's drawn charts and tables: the act-by-region heat map of where the input came from
/// and participation by sector, region and constituency (rows below `min_group` withheld).
struct ReportFigures {
    let facts: MeetingFacts
    let digest: MeetingDigest
    let texts: OutputTexts

    func inputChapter() -> [Block] {
        let c = digest.coverage
        let cells: [[Int?]] = c.cells.map { row in row.map { cell in
            switch cell {
            case .notReceived: return nil
            case .notAddressed: return 0
            case .items(let n): return n
            }
        } }
        let heat = HeatMap(rowLabels: c.acts.map { texts("act_short", ["n": $0.id]) + " " + $0.title },
                           columnLabels: c.regions.map(\.short), cells: cells, missingLabel: texts("not_received"))
        var blocks: [Block] = [.heading(1, [.text(texts("input_heading"))]), .paragraph(texts("input_intro")),
                               Block(.figure(Figure(.heatMap(heat), caption: texts("input_caption"), readingAid: texts("input_aid"))))]
        // Spelled out beside the chart, for readers and screen readers: which outcomes never came.
        let missing = c.regions.enumerated().filter { r in c.cells.allSatisfy { $0[r.offset] == .notReceived } }.map(\.element.name)
        if !missing.isEmpty, !c.acts.isEmpty {
            blocks.append(.paragraph(texts("input_not_received", ["regions": missing.joined(separator: ", ")])))
        }
        return blocks
    }

    func participationChapter() -> [Block] {
        let p = digest.participation
        var blocks: [Block] = [.heading(1, [.text(texts("participation_heading"))]),
                               .paragraph(texts("participation_intro", ["k": "\(p.minGroup)"]))]
        let bars = p.bySector.map { Bar(texts("sector_" + $0.key), Double($0.people)) }
            .sorted { ($0.value, $1.label) > ($1.value, $0.label) }
        blocks.append(Block(.figure(Figure(.bars(bars), caption: texts("sector_caption"), readingAid: texts("sector_aid")))))
        blocks.append(.heading(2, [.text(texts("by_region_heading"))]))
        blocks.append(table(p.byRegion, keyHeader: texts("col_region"), name: { facts.region($0)?.name ?? $0 }, quotas: false))
        blocks.append(.heading(2, [.text(texts("by_constituency_heading"))]))
        blocks.append(table(p.byConstituency, keyHeader: texts("col_constituency"),
                            name: { texts.displayName($0, prefix: "constituency_") }, quotas: true))
        return blocks
    }

    private func table(_ rows: [Participation.Row], keyHeader: String, name: (String) -> String, quotas: Bool) -> Block {
        var header: [[Run]] = [[.text(keyHeader)], [.text(texts("col_people"))]]
        var columns = [TableColumn(width: 4), TableColumn(width: 1.5, alignment: .trailing)]
        if quotas { header.append([.text(texts("col_quota"))]); columns.append(TableColumn(width: 1.5, alignment: .trailing)) }
        // The folded small groups close the table.
        let ordered = rows.filter { $0.key != "other" } + rows.filter { $0.key == "other" }
        let body: [[[Run]]] = ordered.map { row in
            var cells: [[Run]] = [[.text(row.key == "other" ? texts("other_small", ["k": "\(digest.participation.minGroup)"]) : name(row.key))],
                                  [.text(String(row.people))]]
            if quotas { cells.append([.text(row.quota.map(String.init) ?? "—")]) }
            return cells
        }
        return Block(.table(Table(columns: columns, header: header, rows: body)))
    }
}
