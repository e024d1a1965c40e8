internal import CPangoCairo
import Document
import Foundation

/// Shapes attributed text into lines with Pango, on one font library. Not thread-safe: each
/// worker owns its shaper (and font library).
final class TextShaper {
    let fonts: FontLibrary
    let context: OpaquePointer

    /// Paragraph alignment (flipped by Pango for right-to-left paragraphs).
    enum Alignment { case natural, center, trailing }

    init(fonts: FontLibrary) {
        self.fonts = fonts
        context = pango_font_map_create_context(fonts.fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        // A fixed language, so that neither LANG nor LC_ALL can change shaping or line breaking.
        pango_context_set_language(context, pango_language_from_string("en"))
        pango_context_set_base_dir(context, PANGO_DIRECTION_WEAK_LTR)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    /// Lays out `text` once at `width` points in `style`; `leading` is the line pitch.
    func shape(_ text: AttributedText, style: TextStyle, width: Double, alignment: Alignment = .natural) -> ShapedParagraph {
        let uses = Self.fontUses(text, style: style)
        if uses.isSubset(of: fontsMet) {
            return ShapedParagraph(shaper: self, text: text, style: style, width: width, alignment: alignment)
        }
        Self.firstUse.lock()
        defer { Self.firstUse.unlock() }
        let paragraph = ShapedParagraph(shaper: self, text: text, style: style, width: width, alignment: alignment)
        fontsMet.formUnion(uses)
        return paragraph
    }

    /// The fonts this shaper has already loaded, as `fontUses` keys.
    private var fontsMet: Set<Int> = []

    /// cairo 1.16 shares its FreeType faces and scaled fonts between font maps: when two shapers
    /// (threads) met the same font for the first time at once, a paragraph was now and then
    /// measured a hair differently and broke its lines elsewhere (1 render in 5 of a 300-page
    /// document differed). So a shaper's first use of a font — a face at a size, in a script —
    /// runs under this process-wide lock, and later uses run freely.
    private static let firstUse = NSLock()

    /// Keys for the fonts `text` needs: each face and size its attributes select, times each
    /// block of 256 code points beyond Latin it holds (a script may come from a fallback font).
    static func fontUses(_ text: AttributedText, style: TextStyle) -> Set<Int> {
        var faces: Set<Int> = [Self.faceKey(style.family, style.size, style.bold, style.italic)]
        for a in text.attributes {
            switch a.kind {
            case .bold: faces.insert(Self.faceKey(style.family, style.size, true, style.italic))
            case .italic: faces.insert(Self.faceKey(style.family, style.size, style.bold, true))
            case .family(let f): faces.insert(Self.faceKey(f, style.size, style.bold, style.italic))
            case .size(let z): faces.insert(Self.faceKey(style.family, z, style.bold, style.italic))
            default: continue
            }
        }
        var blocks: Set<UInt32> = [0]
        for s in text.text.unicodeScalars where s.value >= 0x250 { blocks.insert(s.value >> 8) }
        var keys: Set<Int> = []
        for f in faces { for b in blocks { keys.insert(f &* 31 &+ Int(b)) } }
        return keys
    }

    private static func faceKey(_ family: String, _ size: Double, _ bold: Bool, _ italic: Bool) -> Int {
        var h = Hasher()
        h.combine(family); h.combine(size); h.combine(bold); h.combine(italic)
        return h.finalize()
    }

    /// The font description of a style (family, size, weight, slant).
    func fontDescription(_ style: TextStyle) -> OpaquePointer { Self.description(style) }

    static func description(_ style: TextStyle) -> OpaquePointer {
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, style.family)
        pango_font_description_set_size(d, Int32((style.size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(d, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(d, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return d
    }
}
