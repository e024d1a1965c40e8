/// Collects the diagnostics of a stage. Stages return their result together with a bag; only the
/// CLI prints. Value type: merge bags from parallel work with `append(contentsOf:)`.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { all = diagnostics }

    public mutating func append(_ d: Diagnostic) { all.append(d) }
    public mutating func append(contentsOf other: DiagnosticBag) { all.append(contentsOf: other.all) }
    public mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    public mutating func error(_ code: DiagnosticCode, at span: SourceSpan, _ message: String, hint: String? = nil) {
        all.append(.error(code, at: span, message, hint: hint))
    }

    public mutating func warning(_ code: DiagnosticCode, at span: SourceSpan, _ message: String, hint: String? = nil) {
        all.append(.warning(code, at: span, message, hint: hint))
    }

    /// The bag with every diagnostic in a Word file (`.docx`) at column 1: its lines are paragraphs
    /// (SPEC 1), and a column inside one is nothing a person can find in Word.
    public var atWordParagraphs: DiagnosticBag {
        DiagnosticBag(all.map { d in
            guard d.span.path.lowercased().hasSuffix(".docx"), d.span.start.column != 1 else { return d }
            var d = d
            d.span = SourceSpan(path: d.span.path, line: d.span.start.line, column: 1)
            return d
        })
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    /// Counted as printed: a diagnostic reported twice (a template two others extend) once.
    public var errorCount: Int { Set(all.filter { $0.severity == .error }).count }
    public var warningCount: Int { Set(all.filter { $0.severity == .warning }).count }
    public var isEmpty: Bool { all.isEmpty }

    /// Diagnostics in a stable order: by path, line, column, then code and message, duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted {
            ($0.span.path, $0.span.start.line, $0.span.start.column, $0.code.rawValue, $0.message)
                < ($1.span.path, $1.span.start.line, $1.span.start.column, $1.code.rawValue, $1.message)
        }
    }
}
