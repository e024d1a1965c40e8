/// Breaks a flow of measured items into pages: keep-with-next, widow and orphan control, tables
/// split between rows with the header repeated. A pure function of the heights.
public enum Paginator {
    /// The placements of each page, for a text block `pageHeight` points tall.
    public static func paginate(_ items: [FlowItem], pageHeight: Double) -> [[Placement]] {
        var state = State(height: pageHeight)
        for (index, item) in items.enumerated() {
            if case .pageBreak = item.body { state.newPage(); continue }
            if item.startsPage { state.newPage() }
            var before = state.y == 0 ? 0 : item.spaceBefore
            // Keep-with-next and the minimum start of this item (a heading with what follows).
            let need = minimumStart(items, index)
            if state.y > 0, state.y + before + need > pageHeight + epsilon {
                state.newPage(); before = 0
            }
            state.y += before
            switch item.body {
            case .pageBreak: break
            case .block(let h):
                state.place(Placement(item: index, range: 0..<0, y: state.y, height: h))
            case .fill:
                state.place(Placement(item: index, range: 0..<0, y: state.y, height: max(0, pageHeight - state.y)))
                state.y = pageHeight
            case .lines(let heights):
                placeLines(heights, item: index, state: &state)
            case .table(let header, let rows):
                placeTable(header: header, rows: rows, item: index, state: &state)
            }
            state.y += item.spaceAfter
        }
        return state.pages.last?.isEmpty == true && state.pages.count > 1 ? Array(state.pages.dropLast()) : state.pages
    }

    static let epsilon = 0.001

    /// The height that must fit for item `i` to start on the current page: the smallest piece it
    /// may leave there, plus (for a heading) the start of what it is kept with.
    static func minimumStart(_ items: [FlowItem], _ i: Int, depth: Int = 0) -> Double {
        let item = items[i]
        var own: Double
        switch item.body {
        case .pageBreak: return 0
        case .block(let h): own = h
        case .fill(let minimum): own = minimum
        case .lines(let hs):
            own = item.keepWithNext || hs.count <= 3 ? hs.reduce(0, +) : hs[0] + hs[1]
        case .table(let header, let rows):
            own = header + rows.prefix(3).reduce(0, +)
        }
        if item.keepWithNext, i + 1 < items.count, depth < 8, !items[i + 1].startsPage {
            if case .pageBreak = items[i + 1].body { return own }
            own += item.spaceAfter + items[i + 1].spaceBefore + minimumStart(items, i + 1, depth: depth + 1)
            // A heading keeps two lines of text under it: after a one-line item (a short list
            // item), the first line of the next one too.
            if case .lines(let next) = items[i + 1].body, next.count == 1, !items[i + 1].keepWithNext,
               i + 2 < items.count, !items[i + 2].startsPage, case .lines(let after) = items[i + 2].body, let line = after.first {
                own += items[i + 1].spaceAfter + items[i + 2].spaceBefore + line
            }
        }
        return own
    }

    /// How many of `n` lines may stay on a page where `fit` fit: never one alone at the foot
    /// (orphan) nor one alone at the head of the next page (widow).
    static func allowedLines(fit: Int, of n: Int) -> Int {
        if fit >= n { return n }
        var k = fit
        if n - k < 2 { k = n - 2 }
        if k < 2 { k = 0 }
        return k
    }

    private static func placeLines(_ heights: [Double], item: Int, state: inout State) {
        var first = 0
        while first < heights.count {
            var fit = 0, used = 0.0
            while first + fit < heights.count, state.y + used + heights[first + fit] <= state.height + epsilon {
                used += heights[first + fit]; fit += 1
            }
            var k = allowedLines(fit: fit, of: heights.count - first)
            if k == 0 {
                if state.y > 0 { state.newPage(); continue }
                k = max(1, fit)  // a page too short for two lines: place what fits
            }
            let h = heights[first..<first + k].reduce(0, +)
            state.place(Placement(item: item, range: first..<first + k, y: state.y, height: h))
            first += k
            if first < heights.count { state.newPage() }
        }
    }

    private static func placeTable(header: Double, rows: [Double], item: Int, state: inout State) {
        var first = 0
        if rows.isEmpty {
            state.place(Placement(item: item, range: 0..<0, y: state.y, height: header)); return
        }
        while first < rows.count {
            var fit = 0, used = header
            while first + fit < rows.count, state.y + used + rows[first + fit] <= state.height + epsilon {
                used += rows[first + fit]; fit += 1
            }
            let minimum = first == 0 ? min(3, rows.count) : min(2, rows.count - first)
            // Never one row alone under a repeated header: leave at least two for the next page.
            let left = rows.count - first - fit
            if left == 1 { fit -= 1 }
            if fit < minimum && fit < rows.count - first {
                if state.y > 0 { state.newPage(); continue }
                fit = max(1, fit)
            }
            let h = header + rows[first..<first + fit].reduce(0, +)
            state.place(Placement(item: item, range: first..<first + fit, y: state.y, height: h))
            first += fit
            if first < rows.count { state.newPage() }
        }
    }

    private struct State {
        let height: Double
        var pages: [[Placement]] = [[]]
        var y = 0.0
        mutating func newPage() {
            if !pages[pages.count - 1].isEmpty { pages.append([]) }
            y = 0
        }
        mutating func place(_ p: Placement) {
            pages[pages.count - 1].append(p)
            y = p.y + p.height
        }
    }
}
