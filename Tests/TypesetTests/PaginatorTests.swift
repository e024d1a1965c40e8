import Testing
@testable import Typeset

/// Pagination as a pure function of heights: widows and orphans, keep-with-next, tables.
@Suite struct PaginatorTests {
    /// Pieces of item `item`, as (page index, line range).
    func pieces(_ pages: [[Placement]], item: Int) -> [(Int, Range<Int>)] {
        pages.enumerated().flatMap { p, placements in placements.filter { $0.item == item }.map { (p, $0.range) } }
    }

    @Test func aParagraphMovedThroughEveryPositionNeverLeavesOneLineAlone() {
        let lineHeight = 10.0, pageHeight = 100.0
        for n in 1...7 {
            var splits = Set<[Int]>()
            // The filler before the paragraph grows a point at a time across more than a page.
            for filler in stride(from: 0.0, through: 130.0, by: 1.0) {
                let items = [FlowItem(.block(filler)), FlowItem(.lines(Array(repeating: lineHeight, count: n)))]
                let pages = Paginator.paginate(items, pageHeight: pageHeight)
                let parts = pieces(pages, item: 1)
                // Every line placed exactly once, in order, on consecutive pages.
                #expect(parts.flatMap { Array($0.1) } == Array(0..<n))
                for (a, b) in zip(parts, parts.dropFirst()) { #expect(b.0 == a.0 + 1) }
                // No orphan, no widow.
                if n >= 2 { for part in parts { #expect(part.1.count >= 2, "n=\(n) filler=\(filler): \(parts)") } }
                // Nothing overflows a page.
                for page in pages { for pl in page { #expect(pl.y + pl.height <= pageHeight + 0.001 || pl.item == 0) } }
                splits.insert(parts.map { $0.1.count })
            }
            // The positions really crossed the break: every legal split was seen.
            if n >= 4 {
                for first in 2...(n - 2) { #expect(splits.contains([first, n - first]), "n=\(n) saw \(splits)") }
            }
            #expect(splits.contains([n]))
        }
    }

    /// A ruled notes area takes the rest of its page when at least its minimum is left, else it
    /// (and the heading kept with it) fills the next page; nothing follows it on its page.
    @Test func aFillTakesTheRestOfThePageOrTheNextOne() {
        let pageHeight = 100.0
        for filler in stride(from: 0.0, through: 100.0, by: 5.0) {
            let items = [FlowItem(.block(filler)), FlowItem(.lines([10]), keepWithNext: true),
                         FlowItem(.fill(minimum: 30)), FlowItem(.lines([10, 10]))]
            let pages = Paginator.paginate(items, pageHeight: pageHeight)
            let fill = pages.enumerated().flatMap { p, pls in pls.filter { $0.item == 2 }.map { (p, $0) } }
            let heading = pages.enumerated().flatMap { p, pls in pls.filter { $0.item == 1 }.map { (p, $0) } }
            #expect(fill.count == 1 && heading.count == 1)
            guard let (page, placement) = fill.first, let (headingPage, _) = heading.first else { continue }
            #expect(headingPage == page)
            #expect(abs(placement.y + placement.height - pageHeight) < 0.001, "filler \(filler): \(placement)")
            #expect(placement.height >= 30 - 0.001)
            #expect(page == (filler + 10 + 30 <= pageHeight ? 0 : 1), "filler \(filler)")
            #expect(pieces(pages, item: 3).allSatisfy { $0.0 == page + 1 })
        }
    }

    @Test func aHeadingIsNeverTheLastThingOnAPage() {
        for filler in stride(from: 0.0, through: 120.0, by: 1.0) {
            let items = [FlowItem(.block(filler)),
                         FlowItem(.lines([24]), spaceBefore: 18, spaceAfter: 8, keepWithNext: true),
                         FlowItem(.lines([18]), spaceBefore: 14, spaceAfter: 6, keepWithNext: true),
                         FlowItem(.lines(Array(repeating: 10, count: 5)))]
            let pages = Paginator.paginate(items, pageHeight: 150)
            let page1 = pieces(pages, item: 1).map(\.0), page2 = pieces(pages, item: 2).map(\.0)
            let body = pieces(pages, item: 3)
            #expect(page1 == page2, "filler \(filler)")
            #expect(body.first?.0 == page2.first, "filler \(filler): heading left alone")
            #expect((body.first?.1.count ?? 0) >= 2)
        }
    }

    @Test func tablesRepeatTheirHeaderBreakBetweenRowsAndStartWithThreeRows() {
        let header = 20.0
        let rows = (0..<200).map { Double(12 + $0 % 3 * 6) }
        for filler in stride(from: 0.0, through: 700.0, by: 7.0) {
            let items = [FlowItem(.block(filler)), FlowItem(.table(header: header, rows: rows))]
            let pages = Paginator.paginate(items, pageHeight: 700)
            let parts = pieces(pages, item: 1)
            #expect(parts.flatMap { Array($0.1) } == Array(0..<200))
            #expect(parts[0].1.count >= 3, "filler \(filler)")
            for page in pages {
                for pl in page where pl.item == 1 {
                    // Every piece carries the header row and whole rows only.
                    #expect(abs(pl.height - header - pl.range.map { rows[$0] }.reduce(0, +)) < 0.001)
                    #expect(pl.y + pl.height <= 700.001)
                }
            }
        }
    }

    /// A split table leaves at least two rows on each side (never "Youth" alone under a repeated
    /// header), whatever the room left on the first page.
    @Test func aSplitTableNeverLeavesOneRowOnAPage() {
        for count in [4, 5, 6, 7, 30] {
            let rows = Array(repeating: 15.0, count: count)
            for filler in stride(from: 0.0, through: 600.0, by: 3.0) {
                let pages = Paginator.paginate([FlowItem(.block(filler)), FlowItem(.table(header: 20, rows: rows))], pageHeight: 300)
                let parts = pieces(pages, item: 1)
                #expect(parts.flatMap { Array($0.1) } == Array(0..<count))
                if parts.count > 1 {
                    #expect(parts.allSatisfy { $0.1.count >= 2 }, "\(count) rows, filler \(filler): \(parts.map { $0.1.count })")
                }
            }
        }
    }

    /// A heading followed by one-line list items keeps two of them on its page.
    @Test func aHeadingKeepsTwoLinesOfTextUnderIt() {
        for filler in stride(from: 0.0, through: 140.0, by: 1.0) {
            let items = [FlowItem(.block(filler)), FlowItem(.lines([18]), spaceBefore: 14, spaceAfter: 6, keepWithNext: true)]
                + (0..<4).map { _ in FlowItem(.lines([12]), spaceAfter: 3) }
            let pages = Paginator.paginate(items, pageHeight: 150)
            let headingPage = pieces(pages, item: 1).first?.0
            #expect(pieces(pages, item: 2).first?.0 == headingPage && pieces(pages, item: 3).first?.0 == headingPage, "filler \(filler)")
        }
    }

    @Test func allowedLinesRules() {
        #expect(Paginator.allowedLines(fit: 1, of: 5) == 0)
        #expect(Paginator.allowedLines(fit: 4, of: 5) == 3)
        #expect(Paginator.allowedLines(fit: 2, of: 3) == 0)
        #expect(Paginator.allowedLines(fit: 3, of: 3) == 3)
        #expect(Paginator.allowedLines(fit: 2, of: 4) == 2)
    }
}
