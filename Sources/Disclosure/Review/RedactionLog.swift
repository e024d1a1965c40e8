import Diagnostics

/// The redaction log (SPEC 3.4): every rewrite and every warning of 3.2, for the secretariat to
/// review, written as `secretariat/redactions.csv` (SPEC 4: an audience above internal, never handed out).
public struct RedactionLog: Hashable, Sendable {
    public private(set) var records: [RedactionRecord]

    public init(_ records: [RedactionRecord] = []) {
        self.records = records.sorted {
            ($0.span.path, $0.span.start.line, $0.span.start.column) < ($1.span.path, $1.span.start.line, $1.span.start.column)
        }
    }

    /// Counts for `stocktake check`.
    public var rewriteCount: Int { records.filter(\.isRewrite).count }
    public var warningCount: Int { records.filter { !$0.isRewrite }.count }
    /// Rewrites per file.
    public var rewritesByFile: [String: Int] {
        Dictionary(grouping: records.filter(\.isRewrite), by: \.span.path).mapValues(\.count)
    }

    /// The diagnostics the log stands for: its warnings, and in strict mode each rewrite as an error.
    public func diagnostics(strict: Bool) -> [Diagnostic] { records.compactMap { $0.diagnostic(strict: strict) } }

    /// RFC 4180 CSV with a header row: `file,line,column,original,replacement,reason,before,after,key,decision`
    /// — the sentence as written and as printed, the decision key of `review.yaml` and the decision.
    public var csv: String {
        var out = "file,line,column,original,replacement,reason,before,after,key,decision\r\n"
        for r in records {
            let reason = r.isRewrite ? r.reason : "warning: \(r.kind.rawValue): \(r.reason)"
            out += [r.span.path, String(r.span.start.line), String(r.span.start.column), r.original, r.replacement, reason,
                    r.sentenceBefore, r.sentenceAfter, r.key, Self.decision(r)]
                .map(Self.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// "keep", "replace", "replace as: …", "withdraw"; "undecided" where release waits for one; else empty.
    static func decision(_ r: RedactionRecord) -> String {
        switch r.decision {
        case .keep?: return "keep"
        case .replace(nil)?: return "replace"
        case .replace(let text?)?: return "replace as: " + text
        case .withdraw?: return "withdraw"
        case .split?: return "split"
        case nil: return r.blocksRelease ? "undecided" : ""
        }
    }

    public static func field(_ s: String) -> String {
        // Line breaks become spaces; a leading =, +, - or @ would be a formula in a spreadsheet.
        var v = s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        if let f = v.first, "=+-@".contains(f) { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
