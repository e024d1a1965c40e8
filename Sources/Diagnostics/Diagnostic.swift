/// One problem found in the input, as a compiler reports it:
/// `path:line:col: severity: message [code]`, with an optional hint.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var code: DiagnosticCode
    public var span: SourceSpan
    public var message: String
    /// A suggestion, e.g. "did you mean 'Questions for governments'?". Printed in parentheses
    /// after the message in text form, and as its own field in JSON.
    public var hint: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, at span: SourceSpan, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.span = span
        self.message = message
        self.hint = hint
    }

    public static func error(_ code: DiagnosticCode, at span: SourceSpan, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: span, message, hint: hint)
    }

    public static func warning(_ code: DiagnosticCode, at span: SourceSpan, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: span, message, hint: hint)
    }
}
