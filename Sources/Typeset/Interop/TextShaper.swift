internal import CPangoCairo
import Document

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
        ShapedParagraph(shaper: self, text: text, style: style, width: width, alignment: alignment)
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
