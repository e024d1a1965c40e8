internal import CPangoCairo
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A PNG image loaded by cairo, kept until drawn.
final class PNGImage {
    let surface: OpaquePointer
    let pixelWidth: Int
    let pixelHeight: Int

    /// The most pixels an image may have (a 40-megapixel image already takes 160 MB decoded).
    static let maximumPixels = 40_000_000

    /// The pixels of the PNG at `path`, read from its header (nil if it is no PNG).
    static func pixelCount(path: String) -> Int? {
        guard let head = header(path: path) else { return nil }
        return head.width * head.height
    }

    private static func header(path: String) -> (width: Int, height: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 24)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 24) }
        guard n == 24, head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              Array(head[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (head[16..<20].reduce(0) { $0 << 8 | Int($1) }, head[20..<24].reduce(0) { $0 << 8 | Int($1) })
    }

    /// Why the file at `path` cannot be drawn, judged from its first bytes without decoding it:
    /// nil when it is a PNG of a reasonable size.
    static func problem(path: String) -> String? {
        // A regular file only, judged before it is opened: a folder or a FIFO is no image (and
        // reading a FIFO would wait forever).
        var st = stat()
        guard stat(path, &st) == 0 else { return "cannot be read" }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return "is not a regular file" }
        guard access(path, R_OK) == 0 else { return "cannot be read" }
        guard let (width, height) = header(path: path) else { return "is not a PNG file" }
        if width * height > maximumPixels { return "is too large (\(width) × \(height) pixels; at most 40 megapixels)" }
        return nil
    }

    /// Loads a PNG file; nil if it cannot be read, is not a PNG or is too large.
    init?(path: String) {
        guard Self.problem(path: path) == nil else { return nil }
        let s = cairo_image_surface_create_from_png(path)!
        guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else { cairo_surface_destroy(s); return nil }
        surface = s
        pixelWidth = Int(cairo_image_surface_get_width(s))
        pixelHeight = Int(cairo_image_surface_get_height(s))
    }

    deinit { cairo_surface_destroy(surface) }
}
