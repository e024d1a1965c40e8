import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree of one XML part of a Word file, built with Foundation's `XMLParser`
/// (libxml2). Word's parts are small and read many times over (styles, numbering, the body), so
/// a tree is simpler to walk than SAX callbacks. Names keep their prefix (`w:p`), which Word,
/// LibreOffice and python-docx all write the same way.
final class WordElement {
    let name: String
    let attributes: [String: String]
    var children: [WordElement] = []
    /// Character data directly inside this element, in order (only `w:t`-like leaves use it).
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The local part of the name (`p` of `w:p`).
    var localName: Substring { name.split(separator: ":").last ?? Substring(name) }

    func children(named n: String) -> [WordElement] { children.filter { $0.name == n } }
    func child(_ n: String) -> WordElement? { children.first { $0.name == n } }
    /// An attribute by qualified name (`w:val`).
    subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// Every descendant (depth first, document order) for which `body` returns true.
    func descendants(where body: (WordElement) -> Bool) -> [WordElement] {
        var out: [WordElement] = []
        var stack: [WordElement] = children.reversed()
        while let e = stack.popLast() {
            if body(e) { out.append(e) }
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }
}

enum XMLTreeError: Error, CustomStringConvertible {
    case malformed(String)
    case doctype
    case tooDeep

    var description: String {
        switch self {
        case .malformed(let why): return "its XML is malformed (\(why))"
        case .doctype: return "its XML declares a document type, which Word never writes"
        case .tooDeep: return "its XML is nested more than \(XMLTree.maximumDepth) deep"
        }
    }
}

enum XMLTree {
    static let maximumDepth = 256

    /// Parses `data` into a tree. A DOCTYPE (entity expansion, external entities) is refused
    /// before parsing: Word never writes one.
    static func parse(_ data: Data) throws -> WordElement {
        // FoundationXML traps on a name that is not UTF-8 (found by Fuzz/FuzzWord); Word writes UTF-8.
        guard String(validating: data, as: UTF8.self) != nil else { throw XMLTreeError.malformed("not UTF-8") }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw XMLTreeError.doctype
        }
        let delegate = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false  // resolved by the builder, to canonical prefixes
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if delegate.tooDeep { throw XMLTreeError.tooDeep }
        guard ok, let root = delegate.root else {
            throw XMLTreeError.malformed(parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element")
        }
        return root
    }

    /// Namespaces by URI → the prefix this reader names their elements with, whatever prefix the
    /// file uses (`<h:vanish xmlns:h="…/main">` is `w:vanish`); an element of any other
    /// namespace is named `?:local` and matches nothing (found by a red-team review: a foreign
    /// `w:` prefix was read as Word's).
    static let prefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
        "http://purl.oclc.org/ooxml/officeDocument/math": "m",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "urn:schemas-microsoft-com:vml": "v",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
        "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes": "vt",
        "http://schemas.openxmlformats.org/package/2006/relationships": "",
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": "",
        "http://purl.oclc.org/ooxml/officeDocument/customProperties": "",
        "http://www.w3.org/XML/1998/namespace": "xml",
    ]

    private final class Builder: NSObject, XMLParserDelegate {
        var root: WordElement?
        var stack: [WordElement] = []
        /// Prefix → namespace URI in scope, one map per open element ("" is the default namespace).
        var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]
        var tooDeep = false

        func resolve(_ qualified: String, isAttribute: Bool) -> String {
            let parts = qualified.split(separator: ":", maxSplits: 1).map(String.init)
            let prefix = parts.count == 2 ? parts[0] : ""
            let local = parts.count == 2 ? parts[1] : parts[0]
            // An attribute without a prefix has no namespace (Relationship's Id, Target).
            if prefix.isEmpty && isAttribute { return local }
            let uri = scopes.last?[prefix]
            guard let uri else { return prefix.isEmpty ? local : "?:" + local }
            guard let canonical = XMLTree.prefixes[uri] else { return "?:" + local }
            return canonical.isEmpty ? local : canonical + ":" + local
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if stack.count >= XMLTree.maximumDepth {
                tooDeep = true
                parser.abortParsing()
                return
            }
            var scope = scopes.last ?? [:]
            for (k, v) in attributeDict {
                if k == "xmlns" { scope[""] = v } else if k.hasPrefix("xmlns:") { scope[String(k.dropFirst(6))] = v }
            }
            scopes.append(scope)
            var attributes: [String: String] = [:]
            for (k, v) in attributeDict where k != "xmlns" && !k.hasPrefix("xmlns:") {
                attributes[resolve(k, isAttribute: true)] = v
            }
            let e = WordElement(name: resolve(elementName, isAttribute: false), attributes: attributes)
            if let parent = stack.last { parent.children.append(e) } else { root = e }
            stack.append(e)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
            _ = scopes.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
