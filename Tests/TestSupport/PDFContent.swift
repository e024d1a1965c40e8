import Foundation

/// The marked content of a PDF's pages, read independently of the tool: `qpdf --qdf` writes each
/// page's content stream uncompressed after a `%% Contents for page N` comment, and a small lexer
/// here (strings, hex strings, names, dictionaries, arrays, numbers, operators) follows the
/// marked-content sequences (BDC/BMC … EMC) to say where each painting operator stands.
public struct PDFContent: Sendable {
    /// A painting operator and the marked-content tags open around it, outermost first
    /// (`["Artifact"]`, `["P", "Span"]`, or `[]` when it is outside every sequence).
    public struct Mark: Sendable {
        public var page: Int
        public var op: String
        public var tags: [String]
        /// The sequence it is in, or an enclosing one, has an MCID (it belongs to a structure element).
        public var inElement: Bool
    }

    public var marks: [Mark] = []
    /// By page, the literal strings shown inside artifacts, joined (Cairo writes the Latin text of
    /// its font subsets as readable strings; other glyphs as hex, left out).
    public var artifactText: [Int: String] = [:]
    /// Pages whose marked-content sequences do not balance.
    public var unbalancedPages: [Int] = []
    /// Artifact sequences that contain a structure element's content (an MCID inside).
    public var elementsInsideArtifacts = 0

    static let painting: Set<String> = ["Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "EI"]

    public static func read(_ pdf: URL) -> PDFContent {
        var content = PDFContent()
        let qdf = PDFTools.temporaryFolder("pdf-content").appendingPathComponent("qdf.pdf")
        PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        guard let data = FileManager.default.contents(atPath: qdf.path) else { return content }
        let bytes = [UInt8](data)
        let marker = Array("%% Contents for page ".utf8)
        var i = 0
        while let start = find(marker, in: bytes, from: i) {
            var k = start + marker.count
            var page = 0
            while k < bytes.count, (0x30...0x39).contains(bytes[k]) { page = page * 10 + Int(bytes[k] - 0x30); k += 1 }
            guard let s = find(Array("stream\n".utf8), in: bytes, from: k),
                  let e = find(Array("endstream".utf8), in: bytes, from: s) else { break }
            content.scan(Array(bytes[(s + 7)..<e]), page: page)
            i = e
        }
        return content
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    private mutating func scan(_ s: [UInt8], page: Int) {
        var stack: [(tag: String, mcid: Bool)] = []
        var operands: [String] = []
        var i = 0
        func isDelimiter(_ c: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(c) || c <= 0x20 }
        while i < s.count {
            let c = s[i]
            if c <= 0x20 { i += 1; continue }
            switch c {
            case UInt8(ascii: "%"): while i < s.count, s[i] != 0x0A { i += 1 }
            case UInt8(ascii: "("):
                var depth = 0
                let from = i
                repeat {
                    if s[i] == UInt8(ascii: "\\") { i += 2; continue }
                    if s[i] == UInt8(ascii: "(") { depth += 1 } else if s[i] == UInt8(ascii: ")") { depth -= 1 }
                    i += 1
                } while i < s.count && depth > 0
                if stack.contains(where: { $0.tag == "Artifact" }) {
                    artifactText[page, default: ""] += String(decoding: s[(from + 1)..<max(from + 1, i - 1)], as: UTF8.self)
                }
                operands.append("()")
            case UInt8(ascii: "<"):
                if i + 1 < s.count, s[i + 1] == UInt8(ascii: "<") {
                    // A dictionary: read up to its matching ">>", noting an MCID key.
                    var depth = 0, text = ""
                    while i < s.count {
                        if s[i] == UInt8(ascii: "<"), i + 1 < s.count, s[i + 1] == UInt8(ascii: "<") { depth += 1; i += 2; text += "<<"; continue }
                        if s[i] == UInt8(ascii: ">"), i + 1 < s.count, s[i + 1] == UInt8(ascii: ">") { depth -= 1; i += 2; text += ">>"; if depth == 0 { break }; continue }
                        if s[i] == UInt8(ascii: "(") {  // a string inside the dictionary
                            var d = 0
                            repeat {
                                if s[i] == UInt8(ascii: "\\") { i += 2; continue }
                                if s[i] == UInt8(ascii: "(") { d += 1 } else if s[i] == UInt8(ascii: ")") { d -= 1 }
                                i += 1
                            } while i < s.count && d > 0
                            continue
                        }
                        text.append(Character(Unicode.Scalar(s[i]))); i += 1
                    }
                    operands.append(text)
                } else {
                    while i < s.count, s[i] != UInt8(ascii: ">") { i += 1 }
                    i += 1
                    operands.append("<>")
                }
            case UInt8(ascii: "["), UInt8(ascii: "]"): i += 1
            case UInt8(ascii: "/"):
                var j = i + 1
                while j < s.count, !isDelimiter(s[j]) { j += 1 }
                operands.append(String(decoding: s[i..<j], as: UTF8.self)); i = j
            default:
                var j = i
                while j < s.count, !isDelimiter(s[j]) { j += 1 }
                if j == i { j += 1 }
                let word = String(decoding: s[i..<j], as: UTF8.self)
                i = j
                if let f = word.first, f.isNumber || f == "-" || f == "+" || f == "." || word == "true" || word == "false" || word == "null" {
                    operands.append(word); continue
                }
                switch word {
                case "BDC":
                    let name = operands.dropLast().last.map { String($0.dropFirst()) } ?? "?"
                    stack.append((name, operands.last?.contains("/MCID") == true))
                    if stack.last!.mcid, stack.dropLast().contains(where: { $0.tag == "Artifact" }) { elementsInsideArtifacts += 1 }
                case "BMC": stack.append((operands.last.map { String($0.dropFirst()) } ?? "?", false))
                case "EMC": if stack.popLast() == nil { unbalancedPages.append(page); return }
                case "ID":  // inline image data up to EI
                    while i + 2 < s.count, !(s[i] == UInt8(ascii: "E") && s[i + 1] == UInt8(ascii: "I") && s[i + 2] <= 0x20) { i += 1 }
                default:
                    if Self.painting.contains(word) {
                        marks.append(Mark(page: page, op: word, tags: stack.map(\.tag), inElement: stack.contains { $0.mcid }))
                    }
                }
                operands = []
            }
        }
        if !stack.isEmpty { unbalancedPages.append(page) }
    }
}
