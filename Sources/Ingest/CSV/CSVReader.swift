import Diagnostics

// Hand-written rather than a library: the CSV packages available to us (SwiftCSV, CodableCSV)
// report no source positions, and every diagnostic must name the line and column of the field.

/// One field of a CSV file and where it starts.
struct CSVField: Hashable, Sendable {
    var value: String
    var span: SourceSpan
}

/// One record (row) of a CSV file.
struct CSVRecord: Hashable, Sendable {
    var fields: [CSVField]
    var span: SourceSpan
}

/// An RFC 4180 reader that keeps positions: quoted fields with `""` escapes, commas and newlines
/// inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark (dropped before decoding). Blank
/// lines are skipped. Syntax problems are reported and reading goes on.
enum CSVReader {
    static func records(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var value = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldStart = SourceLocation(line: 1, column: 1)
        var recordStart = fieldStart
        var inQuotes = false
        var quoteStart = fieldStart
        var afterQuote = false   // a quoted field has closed; only `,` or a line end may follow
        var fieldHasContent = false
        let scalars = Array(file.text.unicodeScalars)
        var i = 0

        func endField() {
            fields.append(CSVField(value: String(value), span: SourceSpan(path: file.path, start: fieldStart)))
            value = String.UnicodeScalarView()
            afterQuote = false
            fieldHasContent = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].value.isEmpty
            if !blank { records.append(CSVRecord(fields: fields, span: SourceSpan(path: file.path, start: recordStart))) }
            fields = []
        }

        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        value.append("\""); i += 2; column += 2; continue
                    }
                    inQuotes = false; afterQuote = true; i += 1; column += 1; continue
                }
                value.append(c)
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            switch c {
            case ",":
                endField()
                i += 1; column += 1
                fieldStart = SourceLocation(line: line, column: column)
            case "\r", "\n":
                endRecord()
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                i += 1; line += 1; column = 1
                fieldStart = SourceLocation(line: line, column: column)
                recordStart = fieldStart
            case "\"" where !fieldHasContent && !afterQuote:
                inQuotes = true; fieldHasContent = true
                quoteStart = SourceLocation(line: line, column: column)
                i += 1; column += 1
            default:
                if afterQuote {
                    diagnostics.error(.csvSyntax, at: SourceSpan(path: file.path, line: line, column: column),
                                      "unexpected character after a closing quote",
                                      hint: "write a quote inside a quoted field as \"\"")
                    afterQuote = false
                } else if c == "\"" {
                    diagnostics.error(.csvSyntax, at: SourceSpan(path: file.path, line: line, column: column),
                                      "quote inside an unquoted field",
                                      hint: "quote the whole field and write the quote as \"\"")
                }
                value.append(c); fieldHasContent = true
                i += 1; column += 1
            }
        }
        if inQuotes {
            diagnostics.error(.csvSyntax, at: SourceSpan(path: file.path, start: quoteStart),
                              "quoted field is never closed")
        }
        if !fields.isEmpty || !value.isEmpty || fieldHasContent { endRecord() }
        return records
    }
}
