/// Refuses YAML that could make the parser misbehave, before it is parsed: flow or block nesting
/// deeper than a meeting file ever needs (the parser recurses), indentation deeper than
/// `maximumIndent` columns (which bounds block nesting), and anchors (aliases of aliases grow
/// exponentially). A meeting file needs none of these. Quotes are tracked within a line only.
enum YAMLGuard {
    struct Problem { var line: Int; var column: Int; var message: String }

    static let maximumIndent = 200

    static func problem(in text: String, maximumDepth: Int) -> Problem? {
        var line = 1
        var flowDepth = 0
        var quote: Unicode.Scalar? = nil
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            quote = nil
            let scalars = Array(raw.unicodeScalars)
            let indent = scalars.prefix(while: { $0 == " " }).count
            if indent > maximumIndent {
                return Problem(line: line, column: indent + 1, message: "YAML is indented deeper than \(maximumIndent) columns")
            }
            var column = 0
            var sequenceChain = 0
            var atLineStart = true
            var previous: Unicode.Scalar = " "
            while column < scalars.count {
                let c = scalars[column]
                defer { previous = c; column += 1 }
                if let q = quote {
                    if c == q { quote = nil }
                    continue
                }
                let tokenStart = previous == " " || previous == "\t" || previous == "[" || previous == "{" || previous == ","
                switch c {
                case "#" where tokenStart:
                    column = scalars.count
                case "\"", "'":
                    if tokenStart || previous == ":" { quote = c }
                case "[", "{":
                    flowDepth += 1
                    if flowDepth > maximumDepth {
                        return Problem(line: line, column: column + 1, message: "YAML nests deeper than \(maximumDepth) levels")
                    }
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                case "&" where tokenStart && column + 1 < scalars.count && scalars[column + 1] != " ":
                    return Problem(line: line, column: column + 1, message: "YAML anchors and aliases are not supported here")
                case "-" where atLineStart && (column + 1 == scalars.count || scalars[column + 1] == " "),
                     "?" where atLineStart && (column + 1 == scalars.count || scalars[column + 1] == " "):
                    sequenceChain += 1
                    if sequenceChain > maximumDepth {
                        return Problem(line: line, column: column + 1, message: "YAML nests deeper than \(maximumDepth) levels")
                    }
                case " ", "\t":
                    break
                default:
                    atLineStart = false
                }
            }
        }
        return nil
    }
}
