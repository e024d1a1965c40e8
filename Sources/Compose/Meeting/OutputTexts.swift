import Document

/// The fixed texts of one output in one language, from its template's `texts:` (falling back to
/// English, then to the key itself so that a missing text shows up in review rather than as a
/// blank). `{name}` placeholders are filled from the arguments.
struct OutputTexts: Sendable {
    let template: OutputTemplate
    let language: String

    func callAsFunction(_ key: String, _ args: [String: String] = [:]) -> String {
        var text = template.text(key, language) ?? key
        for (name, value) in args { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// A text the template may or may not have (e.g. a constituency's display name).
    func optional(_ key: String) -> String? { template.text(key, language) }

    /// A display name for an id that has no text of its own: `trade-unions` → "Trade unions".
    func displayName(_ id: String, prefix: String) -> String {
        if let text = optional(prefix + id) { return text }
        let words = id.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.count <= 4 ? words.uppercased() : words.prefix(1).uppercased() + words.dropFirst()
    }

    /// "Act 3: Protection" in the output's language.
    func actTitle(_ id: String, _ title: String) -> String { self("act_title", ["n": id, "title": title]) }
}
