import Diagnostics
import Dispatch
import Document

/// Where a shaped paragraph will be once the queue has run: elements hold slots, so that all
/// paragraphs of a document can be shaped together, on one thread or several.
final class ParagraphSlot {
    var value: ShapedParagraph!
}

/// The paragraphs a document needs shaped, in document order. Run once: on one shaper, or split
/// into contiguous runs over several shapers (each with its own font map: never shared across
/// threads). Same fonts, same metrics: the result does not depend on the split.
final class ShapeQueue {
    struct Request {
        var text: AttributedText
        var style: TextStyle
        var width: Double
        var alignment: TextShaper.Alignment
        var span: SourceSpan?
        var slot: ParagraphSlot
    }

    private(set) var requests: [Request] = []

    /// Queues a paragraph; its slot is filled by `run`.
    func add(_ text: AttributedText, style: TextStyle, width: Double, alignment: TextShaper.Alignment,
             span: SourceSpan?) -> ParagraphSlot {
        let slot = ParagraphSlot()
        requests.append(Request(text: text, style: style, width: width, alignment: alignment, span: span, slot: slot))
        return slot
    }

    /// Forgets the requests (and so their slots), once the elements hold what they need.
    func clear() { requests = [] }

    /// Shapes every request. With more than one shaper and enough work, runs one thread per shaper.
    func run(on shapers: [TextShaper]) {
        let n = requests.count
        let k = min(shapers.count, max(1, n / 64))
        if k <= 1 {
            for r in requests { r.slot.value = shapers[0].shape(r.text, style: r.style, width: r.width, alignment: r.alignment) }
            return
        }
        // Each worker touches only its own shaper and its own contiguous range of slots.
        nonisolated(unsafe) let work = requests
        nonisolated(unsafe) let workers = shapers
        DispatchQueue.concurrentPerform(iterations: k) { w in
            let shaper = workers[w]
            for i in (w * n / k)..<((w + 1) * n / k) {
                let r = work[i]
                r.slot.value = shaper.shape(r.text, style: r.style, width: r.width, alignment: r.alignment)
            }
        }
    }
}
