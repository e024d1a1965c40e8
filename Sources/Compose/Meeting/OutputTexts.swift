import Document

/// The fixed texts of one output in one language, from its template's `texts:` (falling back to
/// English, then to the key itself so that a missing text shows up in review rather than as a
/// blank). `{name}` placeholders are filled from the arguments.
struct OutputTexts {
    let template: OutputTemplate
    let language: String

    func callAsFunction(_ key: String, _ args: [String: String] = [:]) -> String {
        var text = template.text(key, language) ?? key
        for (name, value) in args { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// "Act 3: Protection" in the output's language.
    func actTitle(_ id: String, _ title: String) -> String { self("act_title", ["n": id, "title": title]) }
}
