internal import CQPDF
import Foundation

/// The last step of a PDF: what Cairo 1.16's tag API cannot write, added by object through
/// libqpdf (never by editing the bytes): the document language (`/Lang`), the window showing the
/// title, each figure's alternative text (`/Alt`, in drawing order) and the scope of table
/// header cells. The only file that imports `CQPDF`.
enum PDFAccessibility {
    struct Additions {
        var language: String
        var figureAlts: [String]
    }

    /// Rewrites the PDF at `path` into `output` with the additions; an error message, or nil.
    static func finish(_ path: String, into output: String, _ additions: Additions) -> String? {
        var q: qpdf_data? = qpdf_init()
        guard let qpdf = q else { return "cannot start qpdf" }
        defer { qpdf_cleanup(&q) }
        qpdf_set_suppress_warnings(qpdf, QPDF_TRUE)
        func failure() -> String? {
            guard qpdf_has_error(qpdf) == QPDF_TRUE, let e = qpdf_get_error(qpdf) else { return nil }
            return qpdf_get_error_full_text(qpdf, e).map { String(cString: $0) } ?? "qpdf failed"
        }
        _ = qpdf_read(qpdf, path, nil)
        if let f = failure() { return f }
        let root = qpdf_get_root(qpdf)
        qpdf_oh_replace_key(qpdf, root, "/Lang", qpdf_oh_new_unicode_string(qpdf, additions.language))
        qpdf_oh_replace_key(qpdf, root, "/ViewerPreferences", qpdf_oh_parse(qpdf, "<< /DisplayDocTitle true >>"))
        var alts = additions.figureAlts[...]
        if qpdf_oh_has_key(qpdf, root, "/StructTreeRoot") == QPDF_TRUE {
            visit(qpdf, qpdf_oh_get_key(qpdf, root, "/StructTreeRoot"), alts: &alts, depth: 0)
        }
        if let f = failure() { return f }
        _ = qpdf_init_write(qpdf, output)
        qpdf_set_deterministic_ID(qpdf, QPDF_TRUE)
        qpdf_set_object_stream_mode(qpdf, qpdf_o_preserve)
        qpdf_set_stream_data_mode(qpdf, qpdf_s_preserve)
        _ = qpdf_write(qpdf)
        return failure()
    }

    /// Depth first, in document order: structure elements under `element` (its `/K`).
    private static func visit(_ q: qpdf_data, _ element: qpdf_oh, alts: inout ArraySlice<String>, depth: Int) {
        guard depth < 200, qpdf_oh_is_dictionary(q, element) == QPDF_TRUE else { return }
        if qpdf_oh_has_key(q, element, "/S") == QPDF_TRUE {
            let type = qpdf_oh_get_key(q, element, "/S")
            if qpdf_oh_is_name_and_equals(q, type, "/Figure") == QPDF_TRUE, let alt = alts.popFirst() {
                qpdf_oh_replace_key(q, element, "/Alt", qpdf_oh_new_unicode_string(q, alt))
            } else if qpdf_oh_is_name_and_equals(q, type, "/TH") == QPDF_TRUE {
                qpdf_oh_replace_key(q, element, "/A", qpdf_oh_parse(q, "<< /O /Table /Scope /Column >>"))
            }
        }
        guard qpdf_oh_has_key(q, element, "/K") == QPDF_TRUE else { return }
        let kids = qpdf_oh_get_key(q, element, "/K")
        if qpdf_oh_is_array(q, kids) == QPDF_TRUE {
            for i in 0..<qpdf_oh_get_array_n_items(q, kids) {
                visit(q, qpdf_oh_get_array_item(q, kids, i), alts: &alts, depth: depth + 1)
            }
        } else {
            visit(q, kids, alts: &alts, depth: depth + 1)
        }
    }
}
