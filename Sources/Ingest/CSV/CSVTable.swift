import Foundation
import Diagnostics

/// A CSV file with a header row: rows are checked for their field count, and looked up by column
/// name (case-insensitive, order free, unknown columns ignored).
struct CSVTable: Sendable {
    var path: String
    var columns: [String: Int]
    var rows: [CSVRecord]

    /// Reads `file`; rows with the wrong number of fields are reported and dropped. Reports the
    /// required columns that the header lacks (nil is returned then, and for an empty file).
    static func read(_ file: SourceFile, required: [String], diagnostics: inout DiagnosticBag) -> CSVTable? {
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
        for name in required where columns[name] == nil {
            diagnostics.error(.csvMissingColumn, at: header.span, "the header has no '\(name)' column",
                              hint: Suggestion.hint(for: name, among: Array(columns.keys)))
            ok = false
        }
        guard ok else { return nil }
        let width = header.fields.count
        let rows = records.filter { record in
            guard record.fields.count == width else {
                diagnostics.error(.csvFieldCount, at: record.span,
                                  "row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); the header has \(width)",
                                  hint: "quote a field that holds a comma")
                return false
            }
            return true
        }
        return CSVTable(path: file.path, columns: columns, rows: rows)
    }

    /// The field of `column` in `row`, trimmed; nil if the column is absent or the field empty.
    func field(_ column: String, of row: CSVRecord) -> CSVField? {
        guard let index = columns[column], index < row.fields.count else { return nil }
        var f = row.fields[index]
        f.value = f.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return f.value.isEmpty ? nil : f
    }
}
