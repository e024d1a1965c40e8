/// A state the tool knows without being told (SPEC 3.2): a UN member state, an observer state
/// (Holy See, State of Palestine) or the European Union, with its names, abbreviations, adjectives
/// and demonyms in English, Spanish and French.
///
/// Two states are equal when their ids are equal.
public struct State: Hashable, Sendable {
    /// ISO 3166-1 alpha-3 code (`MEX`, `CIV`, `PSE`, `VAT`). The European Union, which has no
    /// alpha-3 code, is `EUR` (its alpha-2 code `EU`, exceptionally reserved by ISO, is one of its
    /// abbreviations).
    public let id: String
    /// The English short name ("Mexico", "Côte d'Ivoire", "United Kingdom").
    public let name: String
    /// Every name, without leading article: short and official names, other common names and
    /// abbreviations, in English, Spanish and French. No duplicates; short names first.
    public let names: [String]
    /// The members of `names` that are abbreviations or acronyms (`US`, `U.S.`, `UK`, `UAE`, `DRC`,
    /// `EE. UU.`, `RDC`): a matcher should accept them only as written, in capitals.
    public let abbreviations: [String]
    /// Every adjective and demonym form, in every gender and number, in English (capitalised),
    /// Spanish and French (lower case, as an adjective is written; a matcher ignores case):
    /// "Mexican", "Mexicans", "mexicana", "mexicanas", "mexicaine"… An adjective may belong to
    /// several states ("Congolese"): see `StateGazetteer.states(withAdjective:)`.
    public let adjectives: [String]

    /// The members of `names` and `adjectives` that are also an ordinary word, a given name, a
    /// language, a river or another place in English, Spanish or French ("Chad", "Turkey", "china",
    /// "Polish", "French", "español", "Granada", "Niger", "European"): a matcher should want more
    /// evidence than the bare word before taking one for the state.
    public let homographs: [String]

    let shortNames: [String: String]
    let officialNames: [String: String]

    /// The languages the gazetteer knows: `en`, `es`, `fr`.
    public static let languages = ["en", "es", "fr"]

    /// The short name in a language (`en`, `es` or `fr`; anything else gives English).
    public func name(in language: String) -> String {
        shortNames[language.lowercased()] ?? name
    }

    /// The official name in a language, without its article ("United Mexican States",
    /// "Estados Unidos Mexicanos", "États-Unis du Mexique").
    public func officialName(in language: String) -> String {
        officialNames[language.lowercased()] ?? officialNames["en"] ?? name
    }

    /// Whether `form` is one of this state's abbreviations, compared exactly (case-sensitive).
    public func isAbbreviation(_ form: String) -> Bool { abbreviations.contains(form) }

    init(id: String, shortNames: [String: String], officialNames: [String: String],
         names: [String], abbreviations: [String], adjectives: [String], homographs: [String] = []) {
        self.id = id
        self.name = shortNames["en"] ?? id
        self.shortNames = shortNames
        self.officialNames = officialNames
        self.names = names
        self.abbreviations = abbreviations
        self.adjectives = adjectives
        self.homographs = homographs
    }

    /// This state with the forms among its names and adjectives whose `GazetteerText.key` is in
    /// `keys` as its homographs.
    func withHomographs(_ keys: Set<String>) -> State {
        var found: [String] = []
        for form in names + adjectives where keys.contains(GazetteerText.key(form)) && !found.contains(form) {
            found.append(form)
        }
        return State(id: id, shortNames: shortNames, officialNames: officialNames, names: names,
                     abbreviations: abbreviations, adjectives: adjectives, homographs: found)
    }

    public static func == (a: State, b: State) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
