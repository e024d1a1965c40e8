internal import CPangoCairo

/// A PNG image loaded by cairo, kept until drawn.
final class PNGImage {
    let surface: OpaquePointer
    let pixelWidth: Int
    let pixelHeight: Int

    /// Loads a PNG file; nil if it cannot be read or is not a PNG.
    init?(path: String) {
        let s = cairo_image_surface_create_from_png(path)!
        guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else { cairo_surface_destroy(s); return nil }
        surface = s
        pixelWidth = Int(cairo_image_surface_get_width(s))
        pixelHeight = Int(cairo_image_surface_get_height(s))
    }

    deinit { cairo_surface_destroy(surface) }
}
