import Foundation

/// A PDF's structure tree, read back with `qpdf --json` (issue 15): element types in reading
/// order with their children, the catalog's and elements' `/Lang`, figures' `/Alt` and header cells'
/// scope.
public struct PDFTags: Sendable {
    public final class Node: @unchecked Sendable {
        public let type: String
        public var alt: String?
        public var scope: String?
        /// The element's own `/Lang`, when its text is in another language than the document's.
        public var language: String?
        /// The page (from 1) its content is on, from its `/Pg`, when it says one.
        public var page: Int?
        public var children: [Node] = []
        init(_ type: String) { self.type = type }

        /// Every node under this one (itself included), depth first.
        public var all: [Node] { [self] + children.flatMap(\.all) }
        public func count(_ type: String) -> Int { all.filter { $0.type == type }.count }
    }

    public var language: String?
    public var displaysTitle = false
    public var root = Node("StructTreeRoot")

    public static func read(_ pdf: URL) -> PDFTags {
        var tags = PDFTags()
        let out = PDFTools.run("qpdf", ["--json", pdf.path]).stdout
        guard let json = try? JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any],
              let qpdf = json["qpdf"] as? [Any], qpdf.count > 1, let objects = qpdf[1] as? [String: Any] else { return tags }
        func value(_ any: Any?) -> Any? {
            if let ref = any as? String, ref.hasSuffix(" R") { return (objects["obj:" + ref] as? [String: Any])?["value"] }
            return any
        }
        func text(_ any: Any?) -> String? {
            guard let s = value(any) as? String else { return nil }
            return s.hasPrefix("u:") || s.hasPrefix("b:") ? String(s.dropFirst(2)) : s
        }
        guard let catalog = objects.values.compactMap({ ($0 as? [String: Any])?["value"] as? [String: Any] })
            .first(where: { $0["/Type"] as? String == "/Catalog" }) else { return tags }
        tags.language = text(catalog["/Lang"])
        var pageNumbers: [String: Int] = [:]
        for case let page as [String: Any] in (json["pages"] as? [Any]) ?? [] {
            if let object = page["object"] as? String, let n = page["pageposfrom1"] as? Int { pageNumbers[object] = n }
        }
        tags.displaysTitle = (value(catalog["/ViewerPreferences"]) as? [String: Any])?["/DisplayDocTitle"] as? Bool == true
        func walk(_ any: Any?, into parent: Node, depth: Int) {
            guard depth < 200 else { return }
            let v = value(any)
            if let array = v as? [Any] { for k in array { walk(k, into: parent, depth: depth + 1) }; return }
            guard let dict = v as? [String: Any] else { return }
            var target = parent
            if let s = dict["/S"] as? String {
                let node = Node(String(s.dropFirst()))
                node.alt = text(dict["/Alt"])
                node.scope = (value(dict["/A"]) as? [String: Any])?["/Scope"] as? String
                node.language = text(dict["/Lang"])
                node.page = (dict["/Pg"] as? String).flatMap { pageNumbers[$0] }
                parent.children.append(node)
                target = node
            }
            walk(dict["/K"], into: target, depth: depth + 1)
        }
        walk((value(catalog["/StructTreeRoot"]) as? [String: Any])?["/K"], into: tags.root, depth: 0)
        return tags
    }
}
