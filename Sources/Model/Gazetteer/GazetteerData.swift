/// The gazetteer's tables, one per continent (`GazetteerData+Africa.swift`…), kept as raw string
/// literals — TSV, one state per line — because a literal array of this size compiles slowly.
/// `StateGazetteer.shared` parses them once, on first use.
///
/// Columns, separated by one TAB (a list inside a field is separated by `|`; `-` is an empty list):
///
/// | # | content |
/// |---|---|
/// | 0 | ISO 3166-1 alpha-3 id (`EUR` for the European Union) |
/// | 1, 2, 3, 4 | English: short name, official name, other names, adjectives and demonyms |
/// | 5, 6, 7, 8 | Spanish: the same four |
/// | 9, 10, 11, 12 | French: the same four |
/// | 13 | abbreviations and acronyms, any language, matched only as written (`US`, `EE. UU.`) |
///
/// Names are written without a leading article ("Gambia", "Pays-Bas"). Adjectives are given in
/// their base (masculine singular) form and inflected by `GazetteerInflection`; an entry starting
/// with `=` is a form taken as written, for what the rules get wrong ("=turque", "=Burkinabé").
/// Short names follow UN terminology, with its parenthesised qualifiers dropped ("Bolivia",
/// "Republic of Korea", "Viet Nam", "Türkiye"); former and everyday names ("Turkey",
/// "Swaziland", "Ivory Coast", "South Korea") are other names.
enum GazetteerData {
    static var tables: [String] { [africa, americas, asia, europe, oceania] }
}
