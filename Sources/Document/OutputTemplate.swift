/// A template file of `Templates/` as Typeset and Compose use it: the page set-up and styles,
/// whether the document opens with a cover and contents, and its label sets and fixed texts per
/// language (en, es, fr).
public struct OutputTemplate: Hashable, Sendable {
    /// The template's name (its file name without `.yaml`).
    public var name: String
    public var page: PageTemplate
    public var cover: Bool
    /// Depth of the table of contents; nil for none.
    public var contentsDepth: Int?
    /// Label sets by language code.
    public var labelSets: [String: Labels]
    /// Fixed texts of the output by language code, then by key (e.g. "kind", "marking").
    public var texts: [String: [String: String]]
    /// PNG files drawn at the top left of the cover (absolute paths, from the template's `logo:`).
    public var logos: [String] = []

    public init(name: String, page: PageTemplate = PageTemplate(), cover: Bool = false, contentsDepth: Int? = nil,
                labelSets: [String: Labels] = ["en": Labels()], texts: [String: [String: String]] = [:]) {
        self.name = name; self.page = page; self.cover = cover; self.contentsDepth = contentsDepth
        self.labelSets = labelSets; self.texts = texts
    }

    /// The labels of a language, falling back to English, then to the built-in ones.
    public func labels(_ language: String) -> Labels { labelSets[language] ?? labelSets["en"] ?? Labels() }

    /// A fixed text in a language, falling back to English.
    public func text(_ key: String, _ language: String) -> String? { texts[language]?[key] ?? texts["en"]?[key] }

    /// The page template with the labels of `language` applied.
    public func page(for language: String) -> PageTemplate {
        var p = page
        p.labels = labels(language)
        return p
    }
}
