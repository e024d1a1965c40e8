import Foundation

/// Turns diagnostics into the text or JSON that the CLI prints to stderr (SPEC section 2).
public enum DiagnosticRenderer {
    /// `path:line:col: severity: message (hint) [code]`, one per line. `color` adds ANSI colours
    /// to the severity (the CLI decides: a terminal, and no `NO_COLOR`).
    public static func text(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
        diagnostics.map { line($0, color: color) + "\n" }.joined()
    }

    /// The terminal form, as rustc prints it: the header line (the hint apart), the source line
    /// with a caret under the column, and a `help:` line. `source(path)` gives a file's lines
    /// (nil: no excerpt, for a file that cannot be read or a position past its end).
    public static func rich(_ diagnostics: [Diagnostic], color: Bool, source: (String) -> [Substring]?) -> String {
        var out = ""
        for d in diagnostics {
            var plain = d
            plain.hint = nil
            out += line(plain, color: color) + "\n"
            let number = d.span.start.line
            if let lines = source(d.span.path), number >= 1, number <= lines.count {
                let text = String(lines[number - 1]).replacingOccurrences(of: "\t", with: " ")
                let gutter = String(repeating: " ", count: String(number).count)
                let column = max(1, min(d.span.start.column, text.count + 1))
                let caret = color ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
                out += "\(gutter) |\n\(number) | \(text)\n\(gutter) | \(String(repeating: " ", count: column - 1))\(caret)\n"
            }
            if let hint = d.hint { out += "  help: \(hint)\n" }
        }
        return out
    }

    public static func line(_ d: Diagnostic, color: Bool = false) -> String {
        var severity = d.severity.rawValue
        if color { severity = (d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m") + severity + "\u{1B}[0m" }
        let hint = d.hint.map { " (\($0))" } ?? ""
        return "\(d.span.path):\(d.span.start.line):\(d.span.start.column): \(severity): \(d.message)\(hint) [\(d.code.rawValue)]"
    }

    /// A JSON array of `{path, line, column, severity, code, message, hint}`, keys sorted.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Row: Encodable {
            let path: String, line: Int, column: Int, severity: String, code: String, message: String, hint: String?
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode(path, forKey: .path); try c.encode(line, forKey: .line)
                try c.encode(column, forKey: .column); try c.encode(severity, forKey: .severity)
                try c.encode(code, forKey: .code); try c.encode(message, forKey: .message)
                if let hint { try c.encode(hint, forKey: .hint) } else { try c.encodeNil(forKey: .hint) }
            }
            enum K: String, CodingKey { case path, line, column, severity, code, message, hint }
        }
        let rows = diagnostics.map {
            Row(path: $0.span.path, line: $0.span.start.line, column: $0.span.start.column,
                severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
