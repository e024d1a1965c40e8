import Foundation
import Diagnostics
import Model

/// Reads `review.yaml` (SPEC 3.4): `decisions:` maps a key of the proof (`r-…` a mention, `i-…` an
/// item) to `keep`, `replace`, `withdraw`, or `{decision: replace, as: "text"}`.
enum ReviewReader {
    static let path = "review.yaml"

    static func read(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> [String: ReviewDecision] {
        guard let root = YAMLParser.parse(file.text, path: file.path, diagnostics: &diagnostics),
              let m = YAMLMapping(root, what: "review.yaml", diagnostics: &diagnostics) else { return [:] }
        m.checkKeys(["decisions"], diagnostics: &diagnostics)
        guard let node = m.value("decisions") else { return [:] }
        guard let pairs = node.mapping else {
            diagnostics.error(.invalidValue, at: node.span, "'decisions' should map keys of the proof to decisions, not \(node.kindName)")
            return [:]
        }
        var out: [String: ReviewDecision] = [:]
        for (keyNode, value) in pairs {
            guard let key = keyNode.string, key.hasPrefix("r-") || key.hasPrefix("i-") || ReviewBulk(key) != nil else {
                diagnostics.error(.invalidValue, at: keyNode.span, "'\(keyNode.string ?? "")' is no key of the review proof",
                                  hint: "keys look like r-0123456789 (a mention) or i-0123456789 (an item); in bulk, "
                                      + "'kind:suspicion', 'file:notes/day1/a.md' or both ('file:notes/day1/a.md kind:suspicion')")
                continue
            }
            var word = value.string
            var replacement: String?
            if value.mapping != nil, let fields = YAMLMapping(value, what: "the decision on \(key)", diagnostics: &diagnostics) {
                fields.checkKeys(["decision", "as"], diagnostics: &diagnostics)
                word = fields.string("decision", required: true, diagnostics: &diagnostics)?.value
                replacement = fields.string("as", diagnostics: &diagnostics)?.value
            }
            let action: ReviewDecision.Action
            switch word {
            case "keep"?: action = .keep
            case "replace"?: action = .replace(replacement)
            case "withdraw"?: action = .withdraw
            case "split"?: action = .split
            default:
                diagnostics.error(.invalidValue, at: value.span, "'\(word ?? "")' is no decision",
                                  hint: "decide keep, replace, withdraw or split")
                continue
            }
            if key.hasPrefix("r-"), action == .split || action == .withdraw {
                diagnostics.error(.invalidValue, at: value.span, "a mention (\(key)) is kept or replaced",
                                  hint: "withdraw or split the item it is in, by the item's key (i-…)")
                continue
            }
            if ReviewBulk(key) != nil, action == .split || action == .withdraw {
                diagnostics.error(.invalidValue, at: value.span, "decisions in bulk (\(key)) keep or replace the mentions they select",
                                  hint: "withdraw or split items one by one, by their keys (i-…)")
                continue
            }
            if key.hasPrefix("i-"), action != .withdraw, action != .split {
                diagnostics.error(.invalidValue, at: value.span, "an item (\(key)) can only be withdrawn or split from its group",
                                  hint: "decide on the mentions (r-…) to keep or replace them")
                continue
            }
            out[key] = ReviewDecision(key: key, action: action, span: keyNode.span)
        }
        return out
    }
}

/// `review.yaml` as a file the CLI reads and rewrites (`stocktake review decide`).
public enum ReviewFile {
    public static let name = ReviewReader.path

    /// The decisions of `folder/review.yaml` (none when the file does not exist).
    public static func read(folder: URL) -> ([String: ReviewDecision], DiagnosticBag) {
        var bag = DiagnosticBag()
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return ([:], bag) }
        guard let data = try? Data(contentsOf: url),
              let file = TextDecoder.decode(path: name, data: data, diagnostics: &bag) else {
            if !bag.hasErrors { bag.error(.unreadableFile, at: .file(name), "review.yaml cannot be read") }
            return ([:], bag)
        }
        return (ReviewReader.read(file, diagnostics: &bag), bag)
    }

    /// The file's text for `decisions`, keys sorted, texts double-quoted (JSON escapes are YAML's).
    public static func text(_ decisions: [String: ReviewDecision]) -> String {
        var out = "# The secretariat's review decisions (SPEC 3.4), by the keys of secretariat/review.html.\n"
        out += "# Written by `stocktake review decide`; may be edited by hand.\n"
        out += "decisions:\n"
        let quoter = JSONEncoder()
        quoter.outputFormatting = .withoutEscapingSlashes
        for d in decisions.values.sorted(by: { $0.key < $1.key }) {
            let key = d.key.hasPrefix("r-") || d.key.hasPrefix("i-") ? d.key
                : (try? quoter.encode(d.key)).map { String(decoding: $0, as: UTF8.self) } ?? d.key
            switch d.action {
            case .keep: out += "  \(key): keep\n"
            case .withdraw: out += "  \(key): withdraw\n"
            case .split: out += "  \(key): split\n"
            case .replace(nil): out += "  \(key): replace\n"
            case .replace(let text?):
                let quoted = (try? quoter.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
                out += "  \(key): {decision: replace, as: \(quoted)}\n"
            }
        }
        return out
    }
}
