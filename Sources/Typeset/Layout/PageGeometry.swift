import Document

/// Page size and text block of a template in points, with margins mirrored on even pages when
/// duplex.
struct PageGeometry: Sendable {
    static let pointsPerMM = 72.0 / 25.4
    let width: Double
    let height: Double
    let top: Double
    let bottom: Double
    let inside: Double
    let outside: Double
    let duplex: Bool

    init(_ t: PageTemplate) {
        let k = Self.pointsPerMM
        let (w, h) = t.landscape ? (t.paper.heightMM, t.paper.widthMM) : (t.paper.widthMM, t.paper.heightMM)
        width = w * k; height = h * k
        top = t.margins.top * k; bottom = t.margins.bottom * k
        inside = t.margins.inside * k; outside = t.margins.outside * k
        duplex = t.duplex
    }

    var textWidth: Double { width - inside - outside }
    var textHeight: Double { height - top - bottom }

    /// Left edge of the text block on a 1-based page number.
    func left(page: Int) -> Double { duplex && page % 2 == 0 ? outside : inside }
}
