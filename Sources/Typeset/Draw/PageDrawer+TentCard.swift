import Document
import Foundation

extension PageDrawer {
    /// Draws a tent card on the whole page: both halves carry the heading and title, the upper
    /// one rotated 180°; a dashed fold line along the long middle with a label at both ends;
    /// nothing within 10 mm of the paper's edge.
    func drawTentCard(_ card: TentCard) {
        let k = PageGeometry.pointsPerMM
        let w = geometry.width, h = geometry.height
        let safe = 10 * k
        let fold = h / 2
        canvas.strokeLine(x1: safe + 14 * k, y1: fold, x2: w - safe - 14 * k, y2: fold, width: 0.5, colour: .grey(0.5), dash: 4)
        var small = styles.runningHead; small.grey = 0.5
        drawString(card.foldLabel, style: small, x: safe, y: fold - small.leading / 2, width: 12 * k, align: .natural,
                   colour: .grey(0.4), record: true)
        drawString(card.foldLabel, style: small, x: w - safe - 12 * k, y: fold - small.leading / 2, width: 12 * k,
                   align: .trailing, colour: .grey(0.4), record: true)
        // The near half (lower), then the far half, rotated about the page centre. The near half
        // is the card's content (a heading and a paragraph); the far half repeats it, and with the
        // fold it is left out of the structure tree (an artifact).
        drawTentHalf(card, width: w, top: fold, height: fold, margin: safe, tagged: true)
        canvas.transformed(x: w, y: h, angle: .pi) {
            drawTentHalf(card, width: w, top: fold, height: fold, margin: safe, tagged: false)
        }
    }

    private func drawTentHalf(_ card: TentCard, width w: Double, top: Double, height: Double, margin: Double, tagged: Bool) {
        var big = styles.coverTitle; big.size = 72; big.leading = 80; big.bold = true
        var title = styles.coverTitle; title.size = 20; title.leading = 25; title.accent = false
        let inner = w - 2 * margin - 20
        let gap = 10.0
        // Centre the two texts vertically in the half.
        let titleLines = Double(max(1, min(3, (card.title.count * 11) / Int(inner) + 1)))
        let block = big.leading + gap + titleLines * title.leading
        var y = top + max(margin, (height - block) / 2)
        if tagged { canvas.beginStructure("H1") }
        y += drawString(card.heading, style: big, x: margin + 10, y: y, width: inner, align: .center,
                        colour: template.accent, record: true) + gap
        if tagged { canvas.endStructure("H1"); canvas.beginStructure("P") }
        drawString(card.title, style: title, x: margin + 10, y: y, width: inner, align: .center, colour: .black, record: true)
        if tagged { canvas.endStructure("P") }
    }
}
