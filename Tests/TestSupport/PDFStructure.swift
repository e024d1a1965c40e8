import Foundation

/// A PDF's outline and internal links, read back with `qpdf --json`: which page each outline
/// entry and each link (through the named destinations) points at.
public struct PDFStructure: Sendable {
    /// An outline entry: its title, level (1 = top) and target page (1-based).
    public struct OutlineEntry: Sendable { public var title: String; public var level: Int; public var page: Int }
    /// A link annotation: the page it sits on, its destination name and target page (0 if unresolved).
    public struct Link: Sendable { public var page: Int; public var destination: String; public var target: Int }

    public var outline: [OutlineEntry] = []
    public var links: [Link] = []

    public static func read(_ pdf: URL) -> PDFStructure {
        var result = PDFStructure()
        let out = PDFTools.run("qpdf", ["--json", pdf.path]).stdout
        guard let json = try? JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any] else { return result }
        var pageOf: [String: Int] = [:]
        for page in json["pages"] as? [[String: Any]] ?? [] {
            if let object = page["object"] as? String, let pos = page["pageposfrom1"] as? Int { pageOf[object] = pos }
        }
        func walk(_ entries: [[String: Any]], level: Int) {
            for e in entries {
                result.outline.append(OutlineEntry(title: e["title"] as? String ?? "", level: level,
                                                   page: e["destpageposfrom1"] as? Int ?? 0))
                walk(e["kids"] as? [[String: Any]] ?? [], level: level + 1)
            }
        }
        walk(json["outlines"] as? [[String: Any]] ?? [], level: 1)
        let qpdf = json["qpdf"] as? [Any] ?? []
        let objects = (qpdf.count > 1 ? qpdf[1] as? [String: Any] : nil) ?? [:]
        func value(_ ref: String) -> [String: Any]? {
            (objects["obj:" + ref] as? [String: Any])?["value"] as? [String: Any]
        }
        // Named destinations: every /Names array of name, destination pairs.
        var destinations: [String: Int] = [:]
        for (_, object) in objects {
            guard let names = ((object as? [String: Any])?["value"] as? [String: Any])?["/Names"] as? [Any] else { continue }
            var i = 0
            while i + 1 < names.count {
                if let name = names[i] as? String {
                    var dest = names[i + 1]
                    if let ref = dest as? String, let v = value(ref) { dest = v["/D"] ?? v }
                    if let array = dest as? [Any], let pageRef = array.first as? String { destinations[name] = pageOf[pageRef] ?? 0 }
                }
                i += 2
            }
        }
        for (ref, pos) in pageOf.sorted(by: { $0.value < $1.value }) {
            for annot in value(ref)?["/Annots"] as? [String] ?? [] {
                guard let a = value(annot), a["/Subtype"] as? String == "/Link", let dest = a["/Dest"] as? String else { continue }
                result.links.append(Link(page: pos, destination: String(dest.dropFirst(2)), target: destinations[dest] ?? 0))
            }
        }
        return result
    }
}
