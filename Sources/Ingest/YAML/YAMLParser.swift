internal import Yams
import Diagnostics

/// The wall around Yams: composes YAML text into `YAMLNode`s with real positions, and turns
/// every Yams error into a `yaml-syntax` diagnostic at its line. Hostile input is refused before
/// Yams sees it (see `YAMLGuard`), and conversion is bounded in depth and node count.
enum YAMLParser {
    static let maximumDepth = 32
    static let maximumNodes = 100_000

    /// Parses `text`, whose first line is line `firstLine` of the file `path`. Nil when the text
    /// is empty or has a syntax error (reported).
    static func parse(_ text: String, path: String, firstLine: Int = 1, diagnostics: inout DiagnosticBag) -> YAMLNode? {
        let offset = firstLine - 1
        if let problem = YAMLGuard.problem(in: text, maximumDepth: maximumDepth) {
            diagnostics.error(.yamlSyntax, at: SourceSpan(path: path, line: problem.line + offset, column: problem.column),
                              problem.message)
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, column, message) = describe(error, text: text)
            // Yams may place an error at the end of the input one line past the last (found by
            // fuzzing): the position is kept inside the text.
            let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let inside = min(max(1, line), lines)
            diagnostics.error(.yamlSyntax, at: SourceSpan(path: path, line: inside + offset, column: inside == line ? max(1, column) : 1),
                              message)
            return nil
        } catch {
            diagnostics.error(.yamlSyntax, at: SourceSpan(path: path, line: firstLine, column: 1), "\(error)")
            return nil
        }
        guard let root else { return nil }
        var budget = maximumNodes
        var tooLarge = false
        let node = convert(root, path: path, offset: offset, depth: 0, budget: &budget, tooLarge: &tooLarge)
        if tooLarge {
            diagnostics.error(.yamlSyntax, at: SourceSpan(path: path, line: firstLine, column: 1),
                              "YAML document is too large or too deeply nested")
            return nil
        }
        return node
    }

    private static func convert(_ node: Node, path: String, offset: Int, depth: Int,
                                budget: inout Int, tooLarge: inout Bool) -> YAMLNode {
        budget -= 1
        let mark = node.mark
        let span = SourceSpan(path: path, line: (mark?.line ?? 1) + offset, column: mark?.column ?? 1)
        if budget < 0 || depth > maximumDepth {
            tooLarge = true
            return YAMLNode(kind: .scalar(""), span: span)
        }
        switch node {
        case .scalar(let s):
            return YAMLNode(kind: .scalar(s.string), span: span)
        case .sequence(let seq):
            var items: [YAMLNode] = []
            for child in seq where !tooLarge {
                items.append(convert(child, path: path, offset: offset, depth: depth + 1, budget: &budget, tooLarge: &tooLarge))
            }
            return YAMLNode(kind: .sequence(items), span: span)
        case .mapping(let map):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            for (k, v) in map where !tooLarge {
                let key = convert(k, path: path, offset: offset, depth: depth + 1, budget: &budget, tooLarge: &tooLarge)
                let value = convert(v, path: path, offset: offset, depth: depth + 1, budget: &budget, tooLarge: &tooLarge)
                pairs.append((key, value))
            }
            return YAMLNode(kind: .mapping(pairs), span: span)
        case .alias:
            return YAMLNode(kind: .scalar(""), span: span)
        }
    }

    private static func describe(_ error: YamlError, text: String) -> (Int, Int, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let about = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return (mark.line, mark.column, "YAML syntax error: \(problem)\(about)")
        case .reader(let problem, let offset, _, _):
            var line = 1, column = 1
            if let offset {
                for ch in text.prefix(offset) {
                    if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
                }
            }
            return (line, column, "YAML cannot be read: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column,
                    "key '\(duplicates.joined(separator: "', '"))' appears twice in the same mapping")
        default:
            return (1, 1, "YAML error: \(error)")
        }
    }
}
