internal import CPangoCairo
import Document
import Foundation

/// One paragraph laid out once by Pango: the layouts (kept until drawn) and its lines' metrics.
///
/// A long paragraph is laid out in segments of about `segmentBytes`: Pango measures a paragraph's
/// unbroken width in 32-bit Pango units, so a paragraph wider than about two million points (some
/// 45,000 words) comes back as one line that runs off the page; and finding line `i` of a layout
/// walks its list of lines, so drawing every line of one huge layout costs the square of its
/// lines. Each segment but the last gives up its last line, and the next segment starts where that
/// line started: every line is then a line of a paragraph that goes on, broken and justified as in
/// one layout; only the break opportunities that look past a segment's end may differ.
final class ShapedParagraph {
    /// A line's geometry in points, relative to the line box; its text's byte range in the whole
    /// paragraph; and where Pango keeps it (segment, line index in that segment's layout).
    struct Line: Hashable, Sendable {
        var x: Double
        var width: Double
        var height: Double
        var baseline: Double
        var start: Int
        var length: Int
        var segment: Int = 0
        var index: Int = 0
        /// Broken at a soft hyphen: the hyphen is drawn after the line as a shape, so that the
        /// text a reader copies has neither the soft hyphen nor a hyphen inside the word.
        var hyphen = false
    }

    /// At most this many hyphenated lines in a row (the next break point is then not used).
    static let hyphenatedLinesInARow = 2

    /// Bytes of text per Pango layout (cut at the next space within `segmentSlack` bytes).
    static let segmentBytes = 16_384
    static let segmentSlack = 4_096

    private struct Segment { var layout: OpaquePointer; var offset: Int }
    private var segments: [Segment] = []
    let text: AttributedText
    let style: TextStyle
    let width: Double
    private(set) var lines: [Line] = []
    /// Characters that no bundled font covers.
    private(set) var missingCharacters: [Character] = []

    init(shaper: TextShaper, text: AttributedText, style: TextStyle, width: Double, alignment: TextShaper.Alignment) {
        self.text = text; self.style = style; self.width = width
        var utf8 = Array(text.text.utf8)
        let hyphenated = utf8.contains(0xAD)
        // Right-to-left text is laid out whole: a layout that starts mid-paragraph would guess its
        // direction from its own first letters.
        let rightToLeft = hyphenated && Self.mayHoldRightToLeft(utf8)
        var offset = 0
        // Hyphenated lines in a row at the end of the lines kept so far.
        var hyphenRun = 0
        while true {
            let end = Self.segmentEnd(utf8, from: offset)
            var layout = Self.layout(shaper: shaper, utf8: utf8, from: offset, to: end, attributes: text.attributes,
                                     style: style, width: width, alignment: alignment)
            var measured = measure(layout, segment: segments.count, offset: offset, utf8: utf8)
            // A third hyphenated line in a row: that break point is withdrawn (its soft hyphen
            // becomes U+034F, an invisible character of the same length with no break). The lines
            // before it stay as they are (a greedy breaker never looks ahead): they are kept as a
            // segment and the text is laid out again from that line on, not from the start.
            if hyphenated, let k = Self.tooManyHyphens(measured, after: hyphenRun) {
                let l = measured[k]
                utf8[l.start + l.length - 2] = 0xCD; utf8[l.start + l.length - 1] = 0x8F
                if k > 0, !rightToLeft {
                    measured.removeSubrange(k...)
                    segments.append(Segment(layout: layout, offset: offset))
                    if pango_layout_get_unknown_glyphs_count(layout) > 0 { findMissing(layout, offset: offset, utf8: utf8) }
                    lines += measured
                    hyphenRun = Self.trailingHyphens(measured, after: hyphenRun)
                    offset = l.start
                    continue
                }
                g_object_unref(UnsafeMutableRawPointer(layout))
                layout = Self.layout(shaper: shaper, utf8: utf8, from: offset, to: end, attributes: text.attributes,
                                     style: style, width: width, alignment: alignment)
                measured = measure(layout, segment: segments.count, offset: offset, utf8: utf8)
                while let k = Self.tooManyHyphens(measured, after: hyphenRun) {
                    let l = measured[k]
                    utf8[l.start + l.length - 2] = 0xCD; utf8[l.start + l.length - 1] = 0x8F
                    g_object_unref(UnsafeMutableRawPointer(layout))
                    layout = Self.layout(shaper: shaper, utf8: utf8, from: offset, to: end, attributes: text.attributes,
                                         style: style, width: width, alignment: alignment)
                    measured = measure(layout, segment: segments.count, offset: offset, utf8: utf8)
                }
            }
            // A tag (held whole) that goes to a line of its own would leave the line before it
            // stretched across the measure: that line ends the text instead, as a paragraph's
            // last line does (the space before the tag becomes a line feed, one byte for one).
            if style.justify, alignment == .natural, !text.spacesBeforeTags.isEmpty {
                let starts = Set(measured.dropFirst().map(\.start))
                let ends = text.spacesBeforeTags.filter { $0 >= offset && $0 < end && utf8[$0] == 0x20 && starts.contains($0 + 1) }
                if !ends.isEmpty {
                    for k in ends { utf8[k] = 0x0A }
                    g_object_unref(UnsafeMutableRawPointer(layout))
                    layout = Self.layout(shaper: shaper, utf8: utf8, from: offset, to: end, attributes: text.attributes,
                                         style: style, width: width, alignment: alignment)
                    measured = measure(layout, segment: segments.count, offset: offset, utf8: utf8)
                }
            }
            segments.append(Segment(layout: layout, offset: offset))
            if pango_layout_get_unknown_glyphs_count(layout) > 0 { findMissing(layout, offset: offset, utf8: utf8) }
            if end < utf8.count, measured.count > 1, let last = measured.popLast() {
                lines += measured
                offset = last.start
            } else {
                lines += measured
                if end >= utf8.count { break }
                offset = end
            }
            hyphenRun = Self.trailingHyphens(measured, after: hyphenRun)
        }
    }

    deinit {
        for segment in segments { g_object_unref(UnsafeMutableRawPointer(segment.layout)) }
        if let h = hyphenLayout { g_object_unref(UnsafeMutableRawPointer(h)) }
    }

    /// The index of the first line that is the third (or later) hyphenated line in a row, counting
    /// `run` hyphenated lines before the first.
    private static func tooManyHyphens(_ lines: [Line], after run: Int) -> Int? {
        var run = run
        for (i, l) in lines.enumerated() {
            run = l.hyphen ? run + 1 : 0
            if run > hyphenatedLinesInARow { return i }
        }
        return nil
    }

    /// How many hyphenated lines in a row end `lines`, counting `run` before them.
    private static func trailingHyphens(_ lines: [Line], after run: Int) -> Int {
        var run = run
        for l in lines { run = l.hyphen ? run + 1 : 0 }
        return run
    }

    /// Whether the UTF-8 text may hold right-to-left letters or marks (Hebrew to NKo, U+0590–U+07FF;
    /// presentation forms; RLM and the right-to-left embeddings and isolates).
    private static func mayHoldRightToLeft(_ utf8: [UInt8]) -> Bool {
        for (i, b) in utf8.enumerated() {
            if (0xD6...0xDF).contains(b) { return true }
            if b == 0xEF, i + 1 < utf8.count, (0xAC...0xBB).contains(utf8[i + 1]) { return true }
            if b == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, [0x8F, 0xAB, 0xAE].contains(utf8[i + 2]) { return true }
            if b == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x81, utf8[i + 2] == 0xA7 { return true }
        }
        return false
    }

    /// A hyphen in the paragraph's font, drawn as outlines after a hyphenated line.
    private var hyphenLayout: OpaquePointer?

    /// Where the segment that starts at `from` ends: the whole rest if it is short, else just
    /// after the first space past `segmentBytes`, else at a character boundary.
    private static func segmentEnd(_ utf8: [UInt8], from: Int) -> Int {
        guard utf8.count - from > segmentBytes + segmentSlack else { return utf8.count }
        let target = from + segmentBytes
        for k in target..<(target + segmentSlack) where utf8[k] == 0x20 { return k + 1 }
        var k = target
        while k < utf8.count, utf8[k] & 0xC0 == 0x80 { k += 1 }
        return k
    }

    private static func layout(shaper: TextShaper, utf8: [UInt8], from: Int, to: Int, attributes: [AttributedText.Attribute],
                               style: TextStyle, width: Double, alignment: TextShaper.Alignment) -> OpaquePointer {
        let layout = pango_layout_new(shaper.context)!
        let desc = shaper.fontDescription(style)
        pango_layout_set_font_description(layout, desc)
        pango_font_description_free(desc)
        pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch alignment {
        case .natural: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        // Justified text stretches every line but a paragraph's last; breaks do not change.
        pango_layout_set_justify(layout, style.justify && alignment == .natural ? 1 : 0)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: from).withMemoryRebound(to: CChar.self, capacity: to - from) {
                pango_layout_set_text(layout, $0, Int32(to - from))
            }
        }
        let list = pango_attr_list_new()
        // Pango draws no hyphen of its own at a soft hyphen: `drawLine` does, as a shape.
        pango_attr_list_insert(list, pango_attr_insert_hyphens_new(0))
        // In start order: Pango appends such an attribute in constant time, and searches its list
        // for any other (40,000 alternating bold runs took minutes).
        let inSegment = attributes.enumerated().filter { $0.element.end > from && $0.element.start < to }
        for (_, attribute) in inSegment.sorted(by: { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }) {
            var a = attribute
            a.start = max(a.start, from) - from
            a.end = min(a.end, to) - from
            pango_attr_list_insert(list, Self.attribute(a))
        }
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
        return layout
    }

    /// Total height of the lines.
    var height: Double { lines.reduce(0) { $0 + $1.height } }

    /// The text of line `i`, without the U+2028 line separators of hard breaks, soft hyphens and
    /// withdrawn break points (U+034F). Works on the UTF-8 bytes: Foundation's
    /// `replacingOccurrences` on every drawn line was 5 % of a render.
    func lineText(_ i: Int) -> String {
        let l = lines[i]
        var s = text.text
        return s.withUTF8 { utf8 in
            let from = min(l.start, utf8.count), to = min(l.start + l.length, utf8.count)
            let line = UnsafeBufferPointer(rebasing: utf8[from..<to])
            guard line.contains(where: { $0 == 0xE2 || $0 == 0xC2 || $0 == 0xCD }) else { return String(decoding: line, as: UTF8.self) }
            var kept = [UInt8]()
            kept.reserveCapacity(line.count)
            var k = 0
            while k < line.count {
                if k + 2 < line.count, line[k] == 0xE2, line[k + 1] == 0x80, line[k + 2] == 0xA8 { k += 3; continue }
                if k + 1 < line.count, line[k] == 0xC2, line[k + 1] == 0xAD { k += 2; continue }
                if k + 1 < line.count, line[k] == 0xCD, line[k + 1] == 0x8F { k += 2; continue }
                kept.append(line[k]); k += 1
            }
            return String(decoding: kept, as: UTF8.self)
        }
    }

    private func pangoLine(_ i: Int) -> UnsafeMutablePointer<PangoLayoutLine>? {
        pango_layout_get_line_readonly(segments[lines[i].segment].layout, Int32(lines[i].index))
    }

    /// Draws line `i` with its line box's top at `top`, the layout's left edge at `x`.
    func drawLine(_ i: Int, x: Double, top: Double, on canvas: PDFCanvas) {
        guard let line = pangoLine(i) else { return }
        cairo_move_to(canvas.cr, x + lines[i].x, top + lines[i].baseline)
        pango_cairo_show_layout_line(canvas.cr, line)
        if lines[i].hyphen, let hyphen = hyphenLine() {
            cairo_move_to(canvas.cr, x + lines[i].x + lines[i].width, top + lines[i].baseline)
            pango_cairo_show_layout_line(canvas.cr, hyphen)
        }
    }

    private func hyphenLine() -> UnsafeMutablePointer<PangoLayoutLine>? {
        if hyphenLayout == nil, let context = segments.first.map({ pango_layout_get_context($0.layout) }) {
            let l = pango_layout_new(context)!
            let desc = TextShaper.description(style)
            pango_layout_set_font_description(l, desc)
            pango_font_description_free(desc)
            pango_layout_set_text(l, "-", 1)
            hyphenLayout = l
        }
        return hyphenLayout.flatMap { pango_layout_get_line_readonly($0, 0) }
    }

    /// The horizontal ranges (x, width) that bytes `start..<end` (of the whole paragraph) cover on
    /// line `i`.
    func ranges(line i: Int, start: Int, end: Int) -> [(Double, Double)] {
        guard let line = pangoLine(i) else { return [] }
        let offset = segments[lines[i].segment].offset
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, Int32(start - offset), Int32(end - offset), &ranges, &count)
        defer { g_free(ranges) }
        guard let r = ranges else { return [] }
        let s = Double(PANGO_SCALE)
        return (0..<Int(count)).map { (Double(r[2 * $0]) / s, Double(r[2 * $0 + 1] - r[2 * $0]) / s) }
    }

    private func measure(_ layout: OpaquePointer, segment: Int, offset: Int, utf8: [UInt8]) -> [Line] {
        let iter = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iter) }
        let s = Double(PANGO_SCALE)
        var result: [Line] = []
        repeat {
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / s
            let line = pango_layout_iter_get_line_readonly(iter)!
            let natural = Double(logical.height) / s
            let top = Double(logical.y) / s
            // Even leading; lines with taller faces (Arabic) grow, but by at most 30 %.
            let height = max(style.leading, min(natural * 0.92, style.leading * 1.3))
            let start = offset + Int(line.pointee.start_index), length = Int(line.pointee.length)
            let end = start + length
            result.append(Line(x: Double(logical.x) / s, width: Double(logical.width) / s, height: height,
                               baseline: (height - natural) / 2 + (baseline - top),
                               start: start, length: length, segment: segment, index: result.count,
                               hyphen: end >= 2 && end <= utf8.count && utf8[end - 2] == 0xC2 && utf8[end - 1] == 0xAD))
        } while pango_layout_iter_next_line(iter) != 0
        return result
    }

    private func findMissing(_ layout: OpaquePointer, offset: Int, utf8: [UInt8]) {
        let iter = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iter) }
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter) else { continue }
            let glyphs = run.pointee.glyphs!.pointee
            let runOffset = offset + Int(run.pointee.item.pointee.offset)
            for g in 0..<Int(glyphs.num_glyphs) where glyphs.glyphs[g].glyph & 0x1000_0000 != 0 {
                let byte = runOffset + Int(glyphs.log_clusters[g])
                var end = byte + 1
                while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
                if let c = String(decoding: utf8[byte..<end], as: UTF8.self).first, !c.isWhitespace,
                   !missingCharacters.contains(c) {
                    missingCharacters.append(c)
                }
            }
        } while pango_layout_iter_next_run(iter) != 0
    }

    private static func attribute(_ a: AttributedText.Attribute) -> UnsafeMutablePointer<PangoAttribute> {
        let attr: UnsafeMutablePointer<PangoAttribute>
        switch a.kind {
        case .bold: attr = pango_attr_weight_new(PANGO_WEIGHT_BOLD)
        case .italic: attr = pango_attr_style_new(PANGO_STYLE_ITALIC)
        case .underline: attr = pango_attr_underline_new(PANGO_UNDERLINE_SINGLE)
        case .strikethrough: attr = pango_attr_strikethrough_new(1)
        case .rise(let pt): attr = pango_attr_rise_new(Int32((pt * Double(PANGO_SCALE)).rounded()))
        case .family(let f): attr = pango_attr_family_new(f)
        case .size(let pt): attr = pango_attr_size_new(Int32((pt * Double(PANGO_SCALE)).rounded()))
        case .features(let f): attr = pango_attr_font_features_new(f)
        case .colour(let c):
            attr = pango_attr_foreground_new(UInt16(c.red * 65535), UInt16(c.green * 65535), UInt16(c.blue * 65535))
        }
        attr.pointee.start_index = UInt32(a.start)
        attr.pointee.end_index = UInt32(a.end)
        return attr
    }
}
