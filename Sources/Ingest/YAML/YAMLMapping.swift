import Foundation
import Diagnostics

/// Reads the fields of one YAML mapping with diagnostics at each value's own line: missing
/// required fields, values of the wrong kind, unknown keys (with the closest known one).
struct YAMLMapping {
    let node: YAMLNode
    /// What the mapping is, for messages: "meeting.yaml", "session 'd2-t01'".
    let what: String
    private let pairs: [(key: YAMLNode, value: YAMLNode)]

    init?(_ node: YAMLNode, what: String, diagnostics: inout DiagnosticBag) {
        guard let pairs = node.mapping else {
            diagnostics.error(.invalidValue, at: node.span, "\(what) should be a mapping of 'key: value' lines, not \(node.kindName)")
            return nil
        }
        self.node = node; self.what = what; self.pairs = pairs
    }

    /// Warns about keys that are not in `known`; a key that is a near miss of a known one
    /// (`clearence`) is an error (SPEC 1): a misspelled safety field must never fall back to a
    /// more open default.
    func checkKeys(_ known: [String], strict: Bool = false, diagnostics: inout DiagnosticBag) {
        for (key, _) in pairs {
            let name = key.string ?? ""
            if strict, !known.contains(name) {
                // Templates are the tool's own data: an unknown key is an error (SPEC 1). Only the
                // key is quoted, never more of the file.
                diagnostics.error(.badTemplate, at: key.span, "unknown key '\(String(name.prefix(40)))' in \(what)",
                                  hint: Suggestion.hint(for: name, among: known) ?? "the keys are \(known.joined(separator: ", "))")
            } else if !known.contains(name), let meant = known.first(where: { Self.isMisspelling(name, of: $0) }) {
                diagnostics.error(.unknownField, at: key.span,
                                  "unknown field '\(name)' in \(what) looks like a misspelling of '\(meant)'; it is not read",
                                  hint: "write '\(meant)': a misspelled field never falls back to its default")
            } else if !known.contains(name) {
                diagnostics.warning(.unknownField, at: key.span, "unknown field '\(name)' in \(what); it is ignored",
                                    hint: Suggestion.hint(for: name, among: known))
            }
        }
    }

    /// A near miss (`clearence`), or the same name in other letter case or with separators
    /// (`Clearance`, `CLEARANCE`, `clear_ance`): keys are exact, so neither is read.
    static func isMisspelling(_ name: String, of known: String) -> Bool {
        func squeezed(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }
        return Suggestion.isNearMiss(name, of: known) || (name != known && squeezed(name) == squeezed(known))
    }

    func value(_ key: String) -> YAMLNode? {
        guard let v = pairs.first(where: { $0.key.string == key })?.value, !v.isNull else { return nil }
        return v
    }

    /// Reports a required key that is absent (at the mapping) or empty (at the key) — unless a
    /// misspelling of it is there, already reported by `checkKeys` (one diagnostic per cause).
    func missing(_ key: String, diagnostics: inout DiagnosticBag) {
        if pairs.contains(where: { ($0.key.string).map { Self.isMisspelling($0, of: key) } ?? false }) { return }
        if let empty = pairs.first(where: { $0.key.string == key }) {
            diagnostics.error(.missingField, at: empty.key.span, "'\(key)' of \(what) is empty")
        } else {
            diagnostics.error(.missingField, at: node.span, "\(what) has no '\(key)'")
        }
    }

    /// A single text value; a missing required one is reported at the mapping.
    func string(_ key: String, required: Bool = false, diagnostics: inout DiagnosticBag) -> (value: String, span: SourceSpan)? {
        guard let v = value(key) else {
            if required { missing(key, diagnostics: &diagnostics) }
            return nil
        }
        guard let s = v.string else {
            diagnostics.error(.invalidValue, at: v.span, "'\(key)' of \(what) should be a single value, not \(v.kindName)")
            return nil
        }
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if required { diagnostics.error(.missingField, at: v.span, "'\(key)' of \(what) is empty") }
            return nil
        }
        return (trimmed, v.span)
    }

    /// A list of single values. A single value where a list belongs is an error (with the list
    /// written out as the hint): a wrong type is never guessed at.
    func strings(_ key: String, required: Bool = false, diagnostics: inout DiagnosticBag) -> [(value: String, span: SourceSpan)] {
        guard let v = value(key) else {
            if required { missing(key, diagnostics: &diagnostics) }
            return []
        }
        if let s = v.string, !v.isNull {
            diagnostics.error(.invalidValue, at: v.span, "'\(key)' of \(what) should be a list, not a single value",
                              hint: "write \(key): [\(s)]")
            return []
        }
        guard let list = v.sequence else {
            diagnostics.error(.invalidValue, at: v.span, "'\(key)' of \(what) should be a list, not \(v.kindName)")
            return []
        }
        var result: [(String, SourceSpan)] = []
        for element in list {
            if let s = element.string, !element.isNull {
                result.append((s.trimmingCharacters(in: .whitespacesAndNewlines), element.span))
            } else {
                diagnostics.error(.invalidValue, at: element.span, "each entry of '\(key)' in \(what) should be a single value, not \(element.kindName)")
            }
        }
        return result
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int> = 0...Int.max,
             diagnostics: inout DiagnosticBag) -> Int? {
        guard let (s, span) = string(key, required: required, diagnostics: &diagnostics) else { return nil }
        guard let n = Int(s), range.contains(n) else {
            diagnostics.error(.invalidValue, at: span, "'\(key)' of \(what) should be a whole number\(range.upperBound == .max ? " from \(range.lowerBound)" : " from \(range.lowerBound) to \(range.upperBound)"), not '\(s)'")
            return nil
        }
        return n
    }

    func bool(_ key: String, diagnostics: inout DiagnosticBag) -> Bool? {
        guard let (s, span) = string(key, diagnostics: &diagnostics) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.error(.invalidValue, at: span, "'\(key)' of \(what) should be true or false, not '\(s)'")
            return nil
        }
    }

    /// A value from a closed list of words.
    func choice<T>(_ key: String, _ choices: [(String, T)], required: Bool = false,
                   diagnostics: inout DiagnosticBag) -> T? {
        guard let (s, span) = string(key, required: required, diagnostics: &diagnostics) else { return nil }
        if let hit = choices.first(where: { $0.0 == s.lowercased() }) { return hit.1 }
        let names = choices.map(\.0)
        diagnostics.error(.invalidValue, at: span,
                          "'\(key)' of \(what) is '\(s)'; it should be one of \(names.joined(separator: ", "))",
                          hint: Suggestion.hint(for: s, among: names))
        return nil
    }
}
