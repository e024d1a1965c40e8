import Foundation

/// The paragraph and character styles of a Word file (`word/styles.xml`), as far as reading a
/// note needs them: which style is a heading (and of what level), which is a list, which is the
/// template's guidance, and which hides its text.
struct WordStyles {
    struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: (numID: String, level: Int?)?
        /// Whether the style hides its text (`w:vanish`), when it says.
        var hidden: Bool?
        var bold: Bool?
        var italic: Bool?
        /// Left indentation in twentieths of a point, when the style sets it.
        var indent: Int?
    }

    /// Style names the template writes; paragraphs in them are guidance and are not read.
    static let guidanceNames: Set<String> = ["stocktake guidance", "stocktake title"]

    private(set) var styles: [String: Style] = [:]
    /// The style of paragraphs that name none (`w:default="1"`).
    private(set) var defaultParagraph: String?
    /// Whether text is hidden unless a style or the run says otherwise (`w:docDefaults`).
    private(set) var defaultHidden = false

    init(_ root: WordElement?) {
        guard let root else { return }
        if let rpr = root.child("w:docDefaults")?.child("w:rPrDefault")?.child("w:rPr") {
            defaultHidden = WordStyles.hides(rpr) ?? false
        }
        for s in root.children(named: "w:style") {
            guard let id = s["w:styleId"] else { continue }
            var style = Style(name: s.child("w:name")?["w:val"] ?? id)
            style.basedOn = s.child("w:basedOn")?["w:val"]
            if let ppr = s.child("w:pPr") {
                if let v = ppr.child("w:outlineLvl")?["w:val"], let n = Int(v), n < 9 { style.outlineLevel = n + 1 }
                if let num = ppr.child("w:numPr") {
                    style.numbering = (num.child("w:numId")?["w:val"] ?? "0", num.child("w:ilvl")?["w:val"].flatMap { Int($0) })
                }
                style.indent = WordStyles.indent(ppr)
            }
            if let rpr = s.child("w:rPr") {
                style.hidden = WordStyles.hides(rpr)
                if let b = rpr.child("w:b") { style.bold = WordStyles.isOn(b) }
                if let i = rpr.child("w:i") { style.italic = WordStyles.isOn(i) }
            }
            styles[id] = style
            if s["w:type"] == "paragraph", s["w:default"] == "1" || s["w:default"] == "true" { defaultParagraph = id }
        }
    }

    /// Whether run properties hide their text: `w:vanish`, `w:specVanish`, `w:webHidden`; nil
    /// when they do not say.
    static func hides(_ rpr: WordElement) -> Bool? {
        if isOn(rpr.child("w:specVanish")) || isOn(rpr.child("w:webHidden")) { return true }
        return rpr.child("w:vanish").map { isOn($0) }
    }

    /// The left (start) indentation of paragraph properties, in twips.
    static func indent(_ ppr: WordElement) -> Int? {
        guard let ind = ppr.child("w:ind") else { return nil }
        return (ind["w:left"] ?? ind["w:start"]).flatMap { Int($0) }
    }

    /// A toggle property such as `<w:b/>` or `<w:vanish w:val="false"/>`.
    static func isOn(_ e: WordElement?) -> Bool {
        guard let e else { return false }
        guard let v = e["w:val"] else { return true }
        return !(v == "0" || v == "false" || v == "off" || v == "none")
    }

    /// The style and those it is based on, nearest first (cycles cut).
    func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var seen: Set<String> = []
        var next = id ?? defaultParagraph
        while let n = next, !seen.contains(n), let s = styles[n] {
            seen.insert(n)
            out.append(s)
            next = s.basedOn
        }
        return out
    }

    /// The heading level of a paragraph style: by name (`heading 2`, `Título 2`, `Titre 2`, …),
    /// else by its outline level.
    func headingLevel(_ id: String?) -> Int? {
        for s in chain(id) {
            if let n = Self.headingLevel(named: s.name) { return n }
            if let n = s.outlineLevel { return n }
        }
        if let id, let n = Self.headingLevel(named: id) { return n }
        return nil
    }

    /// `heading 1`, `Heading1`, `Título 1`, `Titre 1`, `Überschrift 1`, `Titolo 1` → 1.
    static func headingLevel(named name: String) -> Int? {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: " ", with: "")
        for prefix in ["heading", "titulo", "titre", "uberschrift", "titolo", "kop"] where folded.hasPrefix(prefix) {
            let rest = folded.dropFirst(prefix.count)
            if let n = Int(rest), (1...9).contains(n) { return n }
        }
        // A title, a subtitle or LibreOffice's unnumbered "Heading" looks like a heading to whoever
        // used it: read as one (fail closed), never as a point under the section above.
        if ["title", "titulo", "titre", "heading", "titel", "titolo"].contains(folded) { return 1 }
        if ["subtitle", "subtitulo", "sous-titre", "soustitre", "untertitel", "sottotitolo"].contains(folded) { return 2 }
        return nil
    }

    func isGuidance(_ id: String?) -> Bool {
        chain(id).contains { Self.guidanceNames.contains($0.name.lowercased()) }
    }

    /// Whether a paragraph (or table) style hides its text, when it says.
    func hidden(_ id: String?) -> Bool? { chain(id).lazy.compactMap(\.hidden).first }

    func indent(_ id: String?) -> Int? { chain(id).lazy.compactMap(\.indent).first }

    /// The style's name (lower case), for list-continuation styles.
    func names(_ id: String?) -> [String] { chain(id).map { $0.name.lowercased() } }

    /// The numbering a paragraph style gives its paragraphs.
    func numbering(_ id: String?) -> (numID: String, level: Int?)? {
        for s in chain(id) { if let n = s.numbering { return n } }
        return nil
    }

    /// A list style by name without numbering (`List Bullet 2`): its level (0-based) and kind.
    func namedList(_ id: String?) -> (level: Int, ordered: Bool)? {
        for s in chain(id) {
            let n = s.name.lowercased()
            for (prefix, ordered) in [("list bullet", false), ("list number", true)] where n.hasPrefix(prefix) {
                let rest = n.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                return (max(0, (Int(rest) ?? 1) - 1), ordered)
            }
        }
        return nil
    }

    /// Bold, italic and hidden as a character style (and those it is based on) sets them.
    func runFormat(_ id: String?) -> (bold: Bool?, italic: Bool?, hidden: Bool?) {
        var bold: Bool?, italic: Bool?, hidden: Bool?
        guard let id else { return (nil, nil, nil) }
        for s in chain(id) {
            if bold == nil { bold = s.bold }
            if italic == nil { italic = s.italic }
            if hidden == nil { hidden = s.hidden }
        }
        return (bold, italic, hidden)
    }
}

/// The numbering definitions of a Word file (`word/numbering.xml`): whether a list level is
/// numbered or bulleted.
struct WordNumbering {
    private var abstractOf: [String: String] = [:]
    private var formats: [String: [Int: String]] = [:]

    init(_ root: WordElement?) {
        guard let root else { return }
        for a in root.children(named: "w:abstractNum") {
            guard let id = a["w:abstractNumId"] else { continue }
            var levels: [Int: String] = [:]
            for l in a.children(named: "w:lvl") {
                if let i = l["w:ilvl"].flatMap({ Int($0) }) { levels[i] = l.child("w:numFmt")?["w:val"] ?? "decimal" }
            }
            formats[id] = levels
        }
        for n in root.children(named: "w:num") {
            if let id = n["w:numId"], let a = n.child("w:abstractNumId")?["w:val"] { abstractOf[id] = a }
        }
    }

    /// Whether list `numID` is a real list (numId 0 switches numbering off).
    func exists(_ numID: String) -> Bool { numID != "0" && (abstractOf[numID] != nil || abstractOf.isEmpty) }

    func isOrdered(_ numID: String, level: Int) -> Bool {
        guard let a = abstractOf[numID], let f = formats[a]?[level] else { return false }
        return !(f == "bullet" || f == "none")
    }
}
