/// The few words the gate must know around a mention, in English, Spanish and French, folded.
/// Its own lists: the gate shares nothing with the rewriter but the meeting and the gazetteer.
enum GateWords {
    static let titles: [[String]] = [
        "mr", "ms", "mrs", "miss", "dr", "prof", "professor", "sr", "sra", "srta", "don", "dona", "mme", "mlle", "m",
        "madame", "monsieur", "senor", "senora", "doctor", "doctora", "docteur", "dra", "lic", "licda", "ing", "mtra", "mtro", "pr", "padre",
        "father", "sister", "hermana", "rev", "hon", "sir", "dame", "h e", "his excellency", "her excellency",
        "ambassador", "amb", "embajador", "embajadora", "ambassadeur", "ambassadrice", "minister", "ministro", "ministra",
        "ministre", "senator", "senador", "senadora",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Articles: after one, an ordinary-word family name is the word or a place.
    static let articles: Set<String> = ["the", "la", "el", "los", "las", "le", "les", "l"]

    /// Verbs after which the word before speaks or acts.
    static let speech: Set<String> = Set("""
        said says told stated noted asked added explained proposed suggested argued stressed emphasised emphasized \
        highlighted indicated announced agreed disagreed supported supports opposed opposes expressed wants wanted \
        would will can could should may must is are was were has have had does did rejected welcomed described \
        mentioned raised reported recalled committed pledged offered insisted intends plans replied responded \
        answered confirmed warned urged called presented opened spoke want agree support oppose prefer \
        dijo dice senalo afirmo indico propuso explico pregunto respondio menciono subrayo destaco comento sugirio \
        insistio recordo advirtio sostuvo declaro informo presento hablo pidio apoya apoyo rechazo esta estan es son \
        fue ha han quiere puede considera \
        dit declare souligne explique rappelle demande insiste indique affirme note propose precise presente \
        ont est sont veut peut soutient refuse estime
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Nouns a state speaks or holds a position through.
    static let position: Set<String> = Set("""
        delegation delegations delegate delegates government governments authorities officials official \
        representative representatives minister ministers ambassador mission position positions view views reply \
        response statement proposal proposals intervention commitment commitments stance ministry embassy \
        delegacion delegaciones delegado delegada delegados gobierno gobiernos autoridades representante \
        representantes funcionarios ministro ministra embajador embajadora mision posicion postura respuesta \
        declaracion propuesta intervencion compromiso ministerio embajada \
        delegue deleguee delegues gouvernement gouvernements autorites representant representante representants \
        ministre ambassadeur reponse declaration proposition engagement ministere ambassade
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Prepositions after which a state is a place ("from France and Spain"), folded.
    static let place: Set<String> = [
        "in", "into", "through", "from", "to", "across", "within", "towards", "toward", "via", "at", "throughout",
        "en", "por", "desde", "hacia", "hasta", "au", "aux", "dans", "vers", "depuis", "between", "entre",
    ]

    /// Words after a state's possessive that make it a place ("Mexico's southern border").
    static let placeNouns: Set<String> = [
        "border", "borders", "frontier", "coast", "territory", "soil", "southern", "northern", "eastern", "western",
        "south", "north", "east", "west", "cities", "city", "capital", "region", "regions", "provinces", "states",
        "islands", "countryside", "shelters", "population",
    ]

    /// Particles of family names.
    static let particles: Set<String> = [
        "de", "del", "la", "las", "los", "di", "da", "das", "do", "dos", "du", "des", "van", "der", "den", "von",
        "bin", "binti", "ibn", "ben", "al", "el", "ni", "mac", "mc", "y", "le", "st", "abu", "abd",
    ]
}
