internal import CArtifacts
internal import CQPDF
import Foundation

/// The last step of a PDF: what Cairo 1.16's tag API cannot write, added by object through
/// libqpdf (never by editing the bytes): the document language (`/Lang`), the window showing the
/// title, each figure's alternative text (`/Alt`, in drawing order), the scope of table
/// header cells, the language of an element whose text is not in the document's, and content
/// outside every element (running heads, page numbers, rules, bands) marked as artifacts. The only
/// file that imports `CQPDF` and `CArtifacts`.
enum PDFAccessibility {
    struct Additions {
        var language: String
        /// The document's title (the catalog's XMP metadata, `dc:title`).
        var title = ""
        var figureAlts: [String]
        /// The language of each structure element the drawer began, in order (nil: the document's).
        var elementLanguages: [String?] = []
        /// What each link the drawer began says, in order (its annotation's `/Contents`).
        var linkDescriptions: [String] = []
    }

    /// The page contents this step rewrites are compressed again by libqpdf: at zlib's fastest
    /// level, since at its default the recompression was a tenth of a render (the PDFs grow by
    /// about 4 %). Set once, before any write (a process-wide setting of libqpdf).
    private static let fastCompression: Void = stocktake_set_flate_level(1)

    /// Rewrites the PDF at `path` into `output` with the additions; an error message, or nil.
    static func finish(_ path: String, into output: String, _ additions: Additions) -> String? {
        _ = fastCompression
        var q: qpdf_data? = qpdf_init()
        guard let qpdf = q else { return "cannot start qpdf" }
        defer { qpdf_cleanup(&q) }
        qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
        func failure() -> String? {
            guard qpdf_has_error(qpdf) == QPDF_TRUE, let e = qpdf_get_error(qpdf) else { return nil }
            return qpdf_get_error_full_text(qpdf, e).map { String(cString: $0) } ?? "qpdf failed"
        }
        // Read from memory: parsing a file, libqpdf seeks and reads per object (a system call
        // each); the PDF was just written and is read once, whole.
        guard let bytes = FileManager.default.contents(atPath: path) else { return "cannot read \(path)" }
        return bytes.withUnsafeBytes { buffer -> String? in
            _ = qpdf_read_memory(qpdf, path, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(buffer.count), nil)
            if let f = failure() { return f }
            return tagged(qpdf, into: output, additions, failure: failure)
        }
    }

    private static func tagged(_ qpdf: qpdf_data, into output: String, _ additions: Additions, failure: () -> String?) -> String? {
        let root = qpdf_get_root(qpdf)
        qpdf_oh_replace_key(qpdf, root, "/Lang", qpdf_oh_new_unicode_string(qpdf, additions.language))
        qpdf_oh_replace_key(qpdf, root, "/ViewerPreferences", qpdf_oh_parse(qpdf, "<< /DisplayDocTitle true >>"))
        // XMP metadata with the title and language (PDF/UA 7.1 wants dc:title there). It claims no
        // conformance (no pdfuaid): no validator runs here. libqpdf leaves it uncompressed.
        let xmp = Array(xmpPacket(title: additions.title, language: additions.language).utf8)
        let metadata = qpdf_make_indirect_object(qpdf, qpdf_oh_new_stream(qpdf))
        qpdf_oh_replace_stream_data(qpdf, metadata, xmp, xmp.count, qpdf_oh_new_null(qpdf), qpdf_oh_new_null(qpdf))
        let dictionary = qpdf_oh_get_dict(qpdf, metadata)
        qpdf_oh_replace_key(qpdf, dictionary, "/Type", qpdf_oh_new_name(qpdf, "/Metadata"))
        qpdf_oh_replace_key(qpdf, dictionary, "/Subtype", qpdf_oh_new_name(qpdf, "/XML"))
        qpdf_oh_replace_key(qpdf, root, "/Metadata", metadata)
        if qpdf_oh_has_key(qpdf, root, "/StructTreeRoot") == QPDF_TRUE {
            var elements: [qpdf_oh] = []
            collect(qpdf, qpdf_oh_get_key(qpdf, root, "/StructTreeRoot"), into: &elements, depth: 0)
            var alts = additions.figureAlts[...]
            for e in elements {
                let type = qpdf_oh_get_key(qpdf, e, "/S")
                if qpdf_oh_is_name_and_equals(qpdf, type, "/Figure") == QPDF_TRUE, let alt = alts.popFirst() {
                    qpdf_oh_replace_key(qpdf, e, "/Alt", qpdf_oh_new_unicode_string(qpdf, alt))
                } else if qpdf_oh_is_name_and_equals(qpdf, type, "/TH") == QPDF_TRUE {
                    qpdf_oh_replace_key(qpdf, e, "/A", qpdf_oh_parse(qpdf, "<< /O /Table /Scope /Column >>"))
                }
            }
            // Cairo writes one element per tag begun, in order, and a `/Link` of its own for each
            // link: the others pair one to one with the drawer's list. Should they ever not, no
            // language is set rather than a wrong one.
            // Links: the tree's Link elements in order, each with the annotation(s) it owns.
            let links = elements.filter { qpdf_oh_is_name_and_equals(qpdf, qpdf_oh_get_key(qpdf, $0, "/S"), "/Link") == QPDF_TRUE }
            if links.count == additions.linkDescriptions.count {
                for (link, description) in zip(links, additions.linkDescriptions) {
                    for annotation in annotations(qpdf, of: link) {
                        qpdf_oh_replace_key(qpdf, annotation, "/Contents", qpdf_oh_new_unicode_string(qpdf, description))
                    }
                }
            }
            let begun = elements.filter { qpdf_oh_is_name_and_equals(qpdf, qpdf_oh_get_key(qpdf, $0, "/S"), "/Link") != QPDF_TRUE }
            if begun.count == additions.elementLanguages.count {
                for (e, language) in zip(begun, additions.elementLanguages) {
                    guard let language, language != additions.language else { continue }
                    qpdf_oh_replace_key(qpdf, e, "/Lang", qpdf_oh_new_unicode_string(qpdf, language))
                }
            }
        }
        if let f = failure() { return f }
        for n in 0..<qpdf_get_num_pages(qpdf) {
            let page = qpdf_get_page_n(qpdf, Int(n))
            // Annotations in the order of the structure (PDF/UA 7.18.3).
            if qpdf_oh_has_key(qpdf, page, "/Annots") == QPDF_TRUE { qpdf_oh_replace_key(qpdf, page, "/Tabs", qpdf_oh_new_name(qpdf, "/S")) }
            identityCIDMaps(qpdf, page)
        }
        markArtifacts(qpdf)
        if let f = failure() { return f }
        _ = qpdf_init_write(qpdf, output)
        qpdf_set_deterministic_ID(qpdf, QPDF_TRUE)
        qpdf_set_object_stream_mode(qpdf, qpdf_o_preserve)
        // Streams stay as Cairo compressed them; the page contents replaced above are compressed.
        qpdf_set_decode_level(qpdf, qpdf_dl_none)
        qpdf_set_compress_streams(qpdf, QPDF_TRUE)
        _ = qpdf_write(qpdf)
        return failure()
    }

    /// Each page's content stream with its unmarked painting wrapped in `/Artifact BMC … EMC`
    /// (CArtifacts, libqpdf's tokenizer). A stream that cannot be marked cleanly stays as Cairo
    /// wrote it: the page is then less accessible, never broken.
    private static func markArtifacts(_ qpdf: qpdf_data) {
        for n in 0..<qpdf_get_num_pages(qpdf) {
            let contents = qpdf_oh_get_key(qpdf, qpdf_get_page_n(qpdf, Int(n)), "/Contents")
            guard qpdf_oh_is_stream(qpdf, contents) == QPDF_TRUE else { continue }
            var filtered: QPDF_BOOL = QPDF_FALSE
            var data: UnsafeMutablePointer<UInt8>?
            var length = 0
            guard qpdf_oh_get_stream_data(qpdf, contents, qpdf_dl_generalized, &filtered, &data, &length) == QPDF_SUCCESS,
                  filtered == QPDF_TRUE, let data else { free(data); continue }
            defer { free(data) }
            var marked: UnsafeMutablePointer<UInt8>?
            var markedLength = 0
            guard stocktake_mark_artifacts(data, length, &marked, &markedLength) == 0, let marked else { continue }
            defer { free(marked) }
            qpdf_oh_replace_stream_data(qpdf, contents, marked, markedLength, qpdf_oh_new_null(qpdf), qpdf_oh_new_null(qpdf))
        }
    }

    /// An XMP packet holding the title and the language (XML-escaped).
    static func xmpPacket(title: String, language: String) -> String {
        func escaped(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        return """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escaped(title))</rdf:li></rdf:Alt></dc:title>
           <dc:language><rdf:Bag><rdf:li>\(escaped(language))</rdf:li></rdf:Bag></dc:language>
           <dc:format>application/pdf</dc:format>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }

    /// The annotations a Link element owns: the objects of the OBJR references among its kids.
    private static func annotations(_ q: qpdf_data, of link: qpdf_oh) -> [qpdf_oh] {
        let kids = qpdf_oh_get_key(q, link, "/K")
        let items = qpdf_oh_is_array(q, kids) == QPDF_TRUE ? (0..<qpdf_oh_get_array_n_items(q, kids)).map { qpdf_oh_get_array_item(q, kids, $0) } : [kids]
        return items.filter {
            qpdf_oh_is_dictionary(q, $0) == QPDF_TRUE && qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, $0, "/Type"), "/OBJR") == QPDF_TRUE
                && qpdf_oh_has_key(q, $0, "/Obj") == QPDF_TRUE
        }.map { qpdf_oh_get_key(q, $0, "/Obj") }
    }

    /// Cairo 1.16 leaves out a TrueType CID font's `/CIDToGIDMap`, whose default is `/Identity`:
    /// written out, as PDF/UA 7.21.3.2 asks (the glyphs' meaning does not change).
    private static func identityCIDMaps(_ q: qpdf_data, _ page: qpdf_oh) {
        let fonts = qpdf_oh_get_key(q, qpdf_oh_get_key(q, page, "/Resources"), "/Font")
        guard qpdf_oh_is_dictionary(q, fonts) == QPDF_TRUE else { return }
        qpdf_oh_begin_dict_key_iter(q, fonts)
        while qpdf_oh_dict_more_keys(q) == QPDF_TRUE {
            guard let key = qpdf_oh_dict_next_key(q) else { break }
            let descendants = qpdf_oh_get_key(q, qpdf_oh_get_key(q, fonts, key), "/DescendantFonts")
            guard qpdf_oh_is_array(q, descendants) == QPDF_TRUE else { continue }
            for i in 0..<qpdf_oh_get_array_n_items(q, descendants) {
                let font = qpdf_oh_get_array_item(q, descendants, i)
                if qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, font, "/Subtype"), "/CIDFontType2") == QPDF_TRUE,
                   qpdf_oh_has_key(q, font, "/CIDToGIDMap") != QPDF_TRUE {
                    qpdf_oh_replace_key(q, font, "/CIDToGIDMap", qpdf_oh_new_name(q, "/Identity"))
                }
            }
        }
    }

    /// Depth first, in document order: the structure elements under `element` (its `/K`).
    private static func collect(_ q: qpdf_data, _ element: qpdf_oh, into out: inout [qpdf_oh], depth: Int) {
        guard depth < 200, qpdf_oh_is_dictionary(q, element) == QPDF_TRUE else { return }
        if qpdf_oh_has_key(q, element, "/S") == QPDF_TRUE { out.append(element) }
        guard qpdf_oh_has_key(q, element, "/K") == QPDF_TRUE else { return }
        let kids = qpdf_oh_get_key(q, element, "/K")
        if qpdf_oh_is_array(q, kids) == QPDF_TRUE {
            for i in 0..<qpdf_oh_get_array_n_items(q, kids) {
                collect(q, qpdf_oh_get_array_item(q, kids, i), into: &out, depth: depth + 1)
            }
        } else {
            collect(q, kids, into: &out, depth: depth + 1)
        }
    }
}
