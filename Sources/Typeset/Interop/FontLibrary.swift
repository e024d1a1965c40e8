internal import CPangoCairo

/// The fonts of `Fonts/` and nothing else: a private fontconfig configuration holding exactly
/// those files, and a Pango font map on it at 72 dpi (1 unit = 1 pt). One per worker thread:
/// never shared across threads, reused for all of that worker's renders.
final class FontLibrary {
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>

    /// A library of the given font files (`.ttf`, `.otf`), in the order given.
    init(fontFiles: [String]) {
        let config = FcConfigCreate()!
        for file in fontFiles {
            _ = file.withCString { FcConfigAppFontAddFile(config, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self)) }
        }
        self.config = config
        fontMap = pango_cairo_font_map_new()
        pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }
}
