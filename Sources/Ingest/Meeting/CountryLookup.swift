import Diagnostics
import Model

/// The one door to the state gazetteer for reading the roster: a delegate's `country` (a name
/// in English, Spanish or French, an abbreviation, or an ISO alpha-3 code) → the state's id.
enum CountryLookup {
    static func stateID(named name: String) -> String? {
        StateGazetteer.shared.state(named: name)?.id
    }

    /// "did you mean 'Mexico'?", or how to write a country.
    static func hint(for name: String) -> String {
        Suggestion.hint(for: name, among: StateGazetteer.shared.all.map(\.name))
            ?? "use the state's name in English, Spanish or French, or its ISO alpha-3 code"
    }
}
