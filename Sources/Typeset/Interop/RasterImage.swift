internal import CPangoCairo
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A PNG or JPEG image, kept until drawn. A PNG is decoded by cairo; a JPEG is not decoded at all:
/// its bytes are attached to a blank surface of its size as `image/jpeg` data, which cairo's PDF
/// surface embeds as they are (DCTDecode), so no JPEG library is needed and quality is untouched.
final class RasterImage {
    enum Format { case png, jpeg }

    let surface: OpaquePointer
    let pixelWidth: Int
    let pixelHeight: Int

    /// The most pixels an image may have (a 40-megapixel image already takes 160 MB decoded).
    static let maximumPixels = 40_000_000
    /// How far into a JPEG its size is looked for (the frame header follows the metadata).
    static let headerBytes = 1 << 20

    /// The pixels of the image at `path`, read from its header (nil if it is no PNG or JPEG).
    static func pixelCount(path: String) -> Int? {
        guard let head = header(path: path) else { return nil }
        return head.width * head.height
    }

    /// The format and size, from the file's first bytes.
    static func header(path: String) -> (format: Format, width: Int, height: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: headerBytes)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        head = Array(head.prefix(n))
        if head.count >= 24, head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
           Array(head[12..<16]) == Array("IHDR".utf8) {
            return (.png, head[16..<20].reduce(0) { $0 << 8 | Int($1) }, head[20..<24].reduce(0) { $0 << 8 | Int($1) })
        }
        if let (w, h) = jpegSize(head) { return (.jpeg, w, h) }
        return nil
    }

    /// A JPEG's size from its first frame header (SOF0–SOF15 but DHT, JPG and DAC), walking the
    /// marker segments: hand-written because this is all of JPEG the tool reads.
    static func jpegSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = Int(b[i + 5]) << 8 | Int(b[i + 6]), width = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return width > 0 && height > 0 ? (width, height) : nil
            }
            if marker == 0xDA || marker == 0xD9 { return nil }
            i += 2 + length
        }
        return nil
    }

    /// Why the file at `path` cannot be drawn, judged from its first bytes without decoding it:
    /// nil when it is a PNG or JPEG of a reasonable size.
    static func problem(path: String) -> String? {
        // A regular file only, judged before it is opened: a folder or a FIFO is no image (and
        // reading a FIFO would wait forever).
        var st = stat()
        guard stat(path, &st) == 0 else { return "cannot be read" }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return "is not a regular file" }
        guard access(path, R_OK) == 0 else { return "cannot be read" }
        guard let (_, width, height) = header(path: path) else { return "is not a PNG or JPEG file" }
        if width * height > maximumPixels { return "is too large (\(width) × \(height) pixels; at most 40 megapixels)" }
        return nil
    }

    /// Loads an image; nil if it cannot be read, is neither PNG nor JPEG, or is too large.
    init?(path: String) {
        guard Self.problem(path: path) == nil, let (format, width, height) = Self.header(path: path) else { return nil }
        switch format {
        case .png:
            let s = cairo_image_surface_create_from_png(path)!
            guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else { cairo_surface_destroy(s); return nil }
            surface = s
        case .jpeg:
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            // The surface is never painted: its pages of memory are never touched.
            let s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
            guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else { cairo_surface_destroy(s); return nil }
            let bytes = UnsafeMutableRawPointer.allocate(byteCount: data.count, alignment: 1)
            data.copyBytes(to: bytes.assumingMemoryBound(to: UInt8.self), count: data.count)
            let status = cairo_surface_set_mime_data(s, CAIRO_MIME_TYPE_JPEG, bytes.assumingMemoryBound(to: UInt8.self),
                                                     UInt(data.count), { $0?.deallocate() }, bytes)
            guard status == CAIRO_STATUS_SUCCESS else { bytes.deallocate(); cairo_surface_destroy(s); return nil }
            surface = s
        }
        pixelWidth = Int(cairo_image_surface_get_width(surface))
        pixelHeight = Int(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }
}
