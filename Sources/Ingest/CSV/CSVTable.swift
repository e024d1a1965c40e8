import Foundation
import Diagnostics

/// A CSV file with a header row: rows are checked for their field count, and looked up by column
/// name (case-insensitive, order free). Unknown columns are ignored (SPEC 1) unless they look
/// like a misspelt known one (`list_consnt`), which is an error: the column would be lost.
struct CSVTable: Sendable {
    var path: String
    var columns: [String: Int]
    var rows: [CSVRecord]
    /// Rows dropped for their field count (already reported), so that readers can keep their ids
    /// from causing "unknown id" errors elsewhere: one diagnostic per cause.
    var rejected: [CSVRecord] = []

    /// Reads `file`; rows with the wrong number of fields are reported and dropped. Reports the
    /// required columns that the header lacks (nil is returned then, and for an empty file), and
    /// a file separated by semicolons or tabs once, as such.
    static func read(_ file: SourceFile, required: [String], optional: [String] = [],
                     diagnostics: inout DiagnosticBag) -> CSVTable? {
        if let separator = otherSeparator(file) {
            diagnostics.error(.csvSyntax, at: .file(file.path), "the file is separated by \(separator), not by commas",
                              hint: "export it again as CSV with commas (\"CSV UTF-8 (comma delimited)\" in a spreadsheet)")
            return nil
        }
        var records = CSVReader.records(file, diagnostics: &diagnostics)
        guard !records.isEmpty else {
            diagnostics.error(.csvMissingColumn, at: .file(file.path), "file is empty; it needs a header row",
                              hint: "the header names the columns: \(required.joined(separator: ","))")
            return nil
        }
        let header = records.removeFirst()
        var columns: [String: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            let name = field.value.trimmingCharacters(in: .whitespaces).lowercased()
            if columns[name] != nil {
                diagnostics.error(.duplicateID, at: field.span, "column '\(name)' appears twice in the header")
            } else {
                columns[name] = index
            }
        }
        var ok = true
        let known = required + optional
        for field in header.fields {
            let name = field.value.trimmingCharacters(in: .whitespaces).lowercased()
            // A misspelt required column is reported once, as missing (with this name as the hint).
            guard !known.contains(name), let near = known.first(where: { Suggestion.isNearMiss(name, of: $0) }),
                  !required.contains(near) || columns[near] != nil else { continue }
            diagnostics.error(.unknownField, at: field.span, "unknown column '\(name)'",
                              hint: "did you mean '\(near)'? a column of another name would be ignored")
        }
        for name in required where columns[name] == nil {
            diagnostics.error(.csvMissingColumn, at: header.span, "the header has no '\(name)' column",
                              hint: Suggestion.hint(for: name, among: Array(columns.keys)))
            ok = false
        }
        guard ok else { return nil }
        let width = header.fields.count
        let rejected = records.filter { $0.fields.count != width }
        let rows = records.filter { record in
            guard record.fields.count == width else {
                diagnostics.error(.csvFieldCount, at: record.span,
                                  "row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); the header has \(width)",
                                  hint: "quote a field that holds a comma")
                return false
            }
            return true
        }
        return CSVTable(path: file.path, columns: columns, rows: rows, rejected: rejected)
    }

    /// "semicolons" or "tabs" when the header row holds no comma but one of those.
    private static func otherSeparator(_ file: SourceFile) -> String? {
        let header = file.text.prefix { $0 != "\n" && $0 != "\r\n" }
        guard !header.contains(",") else { return nil }
        if header.contains(";") { return "semicolons" }
        if header.contains("\t") { return "tabs" }
        return nil
    }

    /// The field of `column` in `row`, trimmed; nil if the column is absent or the field empty.
    func field(_ column: String, of row: CSVRecord) -> CSVField? {
        guard let index = columns[column], index < row.fields.count else { return nil }
        var f = row.fields[index]
        f.value = f.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return f.value.isEmpty ? nil : f
    }
}
