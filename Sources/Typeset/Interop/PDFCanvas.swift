internal import CPangoCairo
import Document
import Foundation

/// A cairo PDF surface and its drawing context: pages, shapes, tags (links, destinations, the
/// document structure), the outline and the metadata. Units are points, origin top left.
final class PDFCanvas {
    let surface: OpaquePointer
    let cr: OpaquePointer
    private let sink: PDFFileSink

    init(path: String, width: Double, height: Double) {
        sink = PDFFileSink(path: path)
        surface = cairo_pdf_surface_create_for_stream(PDFFileSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                      width, height)
        cr = cairo_create(surface)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Title, author, subject, creator and both dates (never the clock).
    func setMetadata(_ m: Metadata) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, m.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, m.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, m.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, m.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, m.date.iso8601)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, m.date.iso8601)
    }

    func showPage() { cairo_show_page(cr) }

    /// Whether cairo has given up (a write failed: a full disk, a file-size limit, an I/O error).
    /// Checked after every page, so that nothing more is drawn into a surface in error.
    var failed: Bool {
        sink.failure != nil || cairo_status(cr) != CAIRO_STATUS_SUCCESS || cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS
    }

    func setColour(_ c: Colour) { cairo_set_source_rgb(cr, c.red, c.green, c.blue) }

    func fillRect(x: Double, y: Double, width: Double, height: Double, colour: Colour) {
        setColour(colour)
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }

    func strokeRect(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, colour: Colour) {
        setColour(colour)
        cairo_set_line_width(cr, lineWidth)
        cairo_set_dash(cr, nil, 0, 0)
        cairo_rectangle(cr, x, y, width, height)
        cairo_stroke(cr)
    }

    func strokeLine(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, colour: Colour, dash: Double? = nil) {
        setColour(colour)
        cairo_set_line_width(cr, width)
        if let dash { var d = dash; cairo_set_dash(cr, &d, 1, 0) } else { cairo_set_dash(cr, nil, 0, 0) }
        cairo_move_to(cr, x1, y1)
        cairo_line_to(cr, x2, y2)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// A row of filled dots (a leader) in the current colour, as one path filled once: Cairo's
    /// PDF surface adds every drawing operation's extents to a region of the page, and one fill
    /// per dot made the contents pages' leaders 5 % of a render.
    func dots(xs: [Double], y: Double, radius: Double) {
        guard !xs.isEmpty else { return }
        for x in xs {
            cairo_new_sub_path(cr)
            cairo_arc(cr, x, y, radius, 0, 2 * .pi)
        }
        cairo_fill(cr)
    }

    /// Diagonal hatching inside a rectangle.
    func hatch(x: Double, y: Double, width: Double, height: Double, colour: Colour, step: Double = 4) {
        cairo_save(cr)
        cairo_rectangle(cr, x, y, width, height)
        cairo_clip(cr)
        setColour(colour)
        cairo_set_line_width(cr, 0.5)
        var d = -height
        while d < width {
            cairo_move_to(cr, x + d, y + height)
            cairo_line_to(cr, x + d + height, y)
            d += step
        }
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    /// Runs `body` translated to (x, y) and rotated by `angle` radians.
    func transformed(x: Double, y: Double, angle: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_rotate(cr, angle)
        body()
        cairo_restore(cr)
    }

    // MARK: Tags

    /// Every structure element begun, in order, with the language its content is in when it
    /// says one: Cairo 1.16 writes no `/Lang`, the libqpdf step adds it (`PDFAccessibility`).
    private(set) var structureLanguages: [String?] = []

    func beginStructure(_ name: String, language: String? = nil) {
        structureLanguages.append(language)
        cairo_tag_begin(cr, name, "")
    }
    func endStructure(_ name: String) { cairo_tag_end(cr, name) }

    func beginDestination(_ name: String) { cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(Self.quote(name))'") }
    func endDestination() { cairo_tag_end(cr, CAIRO_TAG_DEST) }

    /// Every link begun, in order, with the words a screen reader announces for it (its
    /// annotation's `/Contents`, added by the libqpdf step).
    private(set) var linkDescriptions: [String] = []

    func beginLink(destination: String, description: String) {
        linkDescriptions.append(description)
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest='\(Self.quote(destination))'")
    }
    /// A link to a URL over explicit rectangles (x, y, w, h), in page coordinates.
    func link(uri: String, rects: [(Double, Double, Double, Double)], description: String) {
        guard !rects.isEmpty else { return }
        linkDescriptions.append(description)
        let r = rects.map { String(format: "%.2f %.2f %.2f %.2f", $0.0, $0.1, $0.2, $0.3) }.joined(separator: " ")
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "uri='\(Self.quote(uri))' rect=[\(r)]")
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }
    func endLink() { cairo_tag_end(cr, CAIRO_TAG_LINK) }

    /// Adds an outline entry under `parent` (0: the root) pointing at a destination; returns its id.
    func addOutline(parent: Int, title: String, destination: String, open: Bool) -> Int {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        return Int(cairo_pdf_surface_add_outline(surface, Int32(parent), title, "dest='\(Self.quote(destination))'", flags))
    }

    /// Draws a PNG image scaled into the rectangle.
    func draw(_ image: RasterImage, x: Double, y: Double, width: Double, height: Double) {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, width / Double(image.pixelWidth), height / Double(image.pixelHeight))
        cairo_set_source_surface(cr, image.surface, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Finishes the file; returns what went wrong if it could not be written whole.
    func finish() -> String? {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        let closed = sink.close()
        if status != CAIRO_STATUS_SUCCESS { return String(cString: cairo_status_to_string(status)) }
        return sink.failure ?? closed
    }

    private static func quote(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// Where cairo's PDF bytes go: a file written through stdio. A failed write (a full disk, a
/// file-size limit) is recorded here and never reported to cairo: cairo 1.16 can fail an assertion
/// and abort the process when it finishes a PDF surface whose stream went into error, so cairo
/// always sees success, the rest of the bytes are dropped, and `finish()` reports the failure.
final class PDFFileSink {
    private var file: UnsafeMutablePointer<FILE>?
    private(set) var failure: String?

    init(path: String) {
        file = fopen(path, "wb")
        if file == nil { failure = String(cString: strerror(errno)) }
    }

    deinit { if let file { fclose(file) } }

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_SUCCESS }
        let sink = Unmanaged<PDFFileSink>.fromOpaque(closure).takeUnretainedValue()
        guard sink.failure == nil, let file = sink.file, let data else { return CAIRO_STATUS_SUCCESS }
        if fwrite(data, 1, Int(length), file) != Int(length) { sink.failure = String(cString: strerror(errno)) }
        return CAIRO_STATUS_SUCCESS
    }

    /// Flushes and closes the file; what went wrong, if anything.
    func close() -> String? {
        guard let file else { return nil }
        self.file = nil
        if fflush(file) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if fclose(file) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }
}
