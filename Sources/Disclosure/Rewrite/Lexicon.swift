/// The few words of English, Spanish and French that rewriting must recognise around a mention:
/// articles, conjunctions, verbs that make a state the speaker, and the nouns of a state's words
/// and representatives (SPEC 3.2).
package enum Lexicon {
    /// How a noun after (en) or before (es, fr) a state adjective is rewritten.
    package enum NounClass: Sendable { case government, delegation, person, word }

    package struct Noun: Sendable {
        package var cls: NounClass
        package var plural: Bool
        package var feminine: Bool
    }

    private static func table(_ entries: [(String, NounClass, Bool, Bool)]) -> [String: Noun] {
        Dictionary(entries.map { (Folding.key($0.0), Noun(cls: $0.1, plural: $0.2, feminine: $0.3)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Nouns a state holds or speaks through, by folded form.
    package static let nouns: [Language: [String: Noun]] = [
        .en: table([
            ("government", .government, false, false), ("governments", .government, true, false),
            ("delegation", .delegation, false, false), ("delegations", .delegation, true, false),
            ("delegate", .person, false, false), ("delegates", .person, true, false),
            ("representative", .person, false, false), ("representatives", .person, true, false),
            ("official", .person, false, false), ("officials", .person, true, false),
            ("minister", .person, false, false), ("ministers", .person, true, false),
            ("ambassador", .person, false, false), ("ambassadors", .person, true, false),
            ("envoy", .person, false, false), ("counterpart", .person, false, false), ("counterparts", .person, true, false),
            ("authorities", .word, true, false), ("mission", .word, false, false), ("position", .word, false, false),
            ("positions", .word, true, false), ("view", .word, false, false), ("views", .word, true, false),
            ("reply", .word, false, false), ("response", .word, false, false), ("statement", .word, false, false),
            ("proposal", .word, false, false), ("proposals", .word, true, false), ("intervention", .word, false, false),
            ("commitment", .word, false, false), ("commitments", .word, true, false), ("stance", .word, false, false),
            ("ministry", .word, false, false), ("ministries", .word, true, false), ("embassy", .word, false, false),
            ("consulate", .word, false, false), ("department", .word, false, false),
            ("team", .word, false, false), ("teams", .word, true, false), ("words", .word, true, false),
        ]),
        .es: table([
            ("gobierno", .government, false, false), ("gobiernos", .government, true, false),
            ("delegación", .delegation, false, true), ("delegaciones", .delegation, true, true),
            ("delegado", .person, false, false), ("delegada", .person, false, true), ("delegados", .person, true, false),
            ("delegadas", .person, true, true), ("representante", .person, false, false), ("representantes", .person, true, false),
            ("funcionario", .person, false, false), ("funcionaria", .person, false, true), ("funcionarios", .person, true, false),
            ("ministro", .person, false, false), ("ministra", .person, false, true), ("embajador", .person, false, false),
            ("embajadora", .person, false, true), ("autoridades", .word, true, true), ("misión", .word, false, true),
            ("posición", .word, false, true), ("postura", .word, false, true), ("opinión", .word, false, true),
            ("respuesta", .word, false, true), ("declaración", .word, false, true), ("propuesta", .word, false, true),
            ("intervención", .word, false, true), ("compromiso", .word, false, false), ("compromisos", .word, true, false),
            ("ministerio", .word, false, false), ("cancillería", .word, false, true), ("secretaría", .word, false, true),
            ("embajada", .word, false, true), ("consulado", .word, false, false),
            ("equipo", .word, false, false), ("palabras", .word, true, true),
        ]),
        .fr: table([
            ("gouvernement", .government, false, false), ("gouvernements", .government, true, false),
            ("délégation", .delegation, false, true), ("délégations", .delegation, true, true),
            ("délégué", .person, false, false), ("déléguée", .person, false, true), ("délégués", .person, true, false),
            ("représentant", .person, false, false), ("représentante", .person, false, true), ("représentants", .person, true, false),
            ("fonctionnaire", .person, false, false), ("fonctionnaires", .person, true, false), ("ministre", .person, false, false),
            ("ambassadeur", .person, false, false), ("ambassadrice", .person, false, true), ("autorités", .word, true, true),
            ("mission", .word, false, true), ("position", .word, false, true), ("avis", .word, false, false),
            ("réponse", .word, false, true), ("déclaration", .word, false, true), ("proposition", .word, false, true),
            ("intervention", .word, false, true), ("engagement", .word, false, false), ("engagements", .word, true, false),
            ("ministère", .word, false, false), ("ambassade", .word, false, true), ("consulat", .word, false, false),
            ("équipe", .word, false, true), ("mots", .word, true, false), ("termes", .word, true, false),
        ]),
    ]

    package static let conjunctions: Set<String> = ["and", "or", "nor", "y", "e", "o", "u", "et", "ou", "ni"]

    /// Verbs and auxiliaries that make the word before them a speaker or an actor, folded.
    package static let verbs: [Language: Set<String>] = [
        .en: Set("""
            said says told tells stated noted notes asked asks added explained proposed proposes suggested argued \
            stressed emphasised emphasized highlighted indicated announced agreed agrees disagreed supported supports \
            opposed opposes expressed wants wanted would will can could should may might must is are was were has \
            have had does do did favours favors backs backed rejected rejects welcomed welcomes shared shares described \
            mentioned raised reported recalled committed pledged offered questioned insisted intends plans hopes seems \
            appeared believes thinks considers sees feels remains prefers accepted accepts objected cautioned warned \
            replied responded answered confirmed acknowledged admitted recognised recognized called urged underlined \
            claimed promised signalled signaled asserted maintained spoke speaks sought seeks presented shared wishes \
            want agree support oppose prefer say insist propose refuse accept reject demand expect intend plan hope
            """.split(whereSeparator: \.isWhitespace).map(String.init)),
        .es: Set("""
            dijo dice senalo senala afirmo afirma indico indica propuso propone apoya apoyo expreso esta estan estaba es \
            son era fue ha han habia tiene tienen explico pregunto respondio menciono considera considero quiere queria \
            pidio pide planteo plantea subrayo destaco comento sugirio manifesto reconocio reconoce se no rechazo rechaza \
            acepto acepta prefiere insistio insiste anuncio puede podria debe deberia va van estima cree opina opino \
            aseguro asegura declaro informo recordo advirtio solicito sostuvo sostiene defendio defiende \
            apoyan consideran quieren piden prefieren pueden deben creen opinan sostienen defienden rechazan aceptan
            """.split(whereSeparator: \.isWhitespace).map(String.init)),
        .fr: Set("""
            a ont avait avaient est sont etait etaient sera dit declare souhaite souhaitent soutient soutiennent propose \
            proposent estime estiment considere considerent se s ne n indique rappelle explique demande insiste veut \
            veulent peut peuvent doit doivent va vont pense pensent refuse refusent accepte appuie appuient affirme \
            souligne note reconnait prefere partage prevoit juge annonce craint reste
            """.split(whereSeparator: \.isWhitespace).map(String.init)),
    ]

    /// Verbs of speech and stance, folded: after one, a word is someone speaking.
    package static let speechVerbs: Set<String> = Set("""
        said says told stated noted asked added explained proposed suggested argued stressed emphasised emphasized \
        highlighted indicated announced agreed disagreed insisted replied responded answered confirmed warned \
        recalled reported described mentioned underlined urged called presented opened spoke complained \
        dijo dice senalo afirmo indico propuso explico pregunto respondio menciono subrayo destaco comento \
        sugirio insistio recordo advirtio sostuvo declaro informo presento hablo pidio \
        dit declare souligne explique rappelle demande insiste indique affirme note propose precise presente
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Verbs whose object is a state civil society acts upon: "lobby Canada", "presionar a México".
    package static let advocacyVerbs: Set<String> = Set("""
        lobby lobbying lobbied press pressing pressure pressuring urge urging convince convincing persuade persuading \
        approach approaching engage engaging target targeting push pushing \
        presionar presionen presionemos convencer convenzamos abordar incidir \
        pousser poussons convaincre convainquons interpeller interpellons
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Nouns and adjectives after a possessive that make the state a place: "Mexico's southern border".
    package static let placeNouns: Set<String> = [
        "border", "borders", "frontier", "frontiers", "coast", "coasts", "coastline", "territory", "territories", "soil",
        "southern", "northern", "eastern", "western", "south", "north", "east", "west", "cities", "city", "capital",
        "region", "regions", "provinces", "states", "islands", "countryside", "border-crossings", "shelters", "population",
    ]

    /// Offices of a government: a state named just after one acts through it.
    package static let ministries: Set<String> = [
        "ministry", "ministries", "embassy", "embassies", "consulate", "department", "secretariat", "cabinet",
        "ministerio", "ministerios", "embajada", "consulado", "cancilleria", "secretaria", "gabinete",
        "ministere", "ministeres", "ambassade", "consulat", "secretariat", "cabinet", "chancellerie",
    ]

    /// Adverbs that may stand between a subject and its verb.
    package static let adverbs: Set<String> = [
        "also", "not", "still", "then", "already", "now", "too", "even", "never", "again", "later",
        "tambien", "ya", "todavia", "aun", "nunca", "aussi", "deja", "toujours", "encore", "jamais",
    ]

    /// Prepositions after which a state's name is a place.
    package static let placePrepositions: Set<String> = [
        "in", "into", "through", "from", "to", "across", "within", "inside", "towards", "toward", "via", "at", "throughout",
        "en", "por", "desde", "hacia", "hasta", "au", "aux", "dans", "vers", "depuis", "par", "a",
    ]

    /// "according to", "según", "selon": what follows speaks.
    package static let accordingTo: Set<String> = ["segun", "selon"]
    /// English auxiliaries that put the subject after them in a question: "Will Mexico support…?",
    /// "Does Ghana accept…?".
    package static let questionAuxiliaries: Set<String> = [
        "will", "would", "does", "do", "did", "is", "are", "was", "were", "can", "could", "should", "shall",
        "has", "have", "had", "may", "might", "must",
    ]

    /// Whether a token is a verb (or an adverb before one) in a language.
    package static func isVerb(_ t: Token, _ lang: Language) -> Bool {
        guard !t.isCapitalised || t.text.count == 1 else { return false }
        // "à" folds to "a" (French "il a"), "é" to "e": a preposition is no verb.
        if t.text == "à" || t.text == "À" { return false }
        if verbs[lang]?.contains(t.folded) == true { return true }
        switch lang {
        case .en: return t.folded.count > 4 && t.folded.hasSuffix("ed") && !t.afterHyphen
        case .es: return t.text.hasSuffix("ó") || t.folded.hasSuffix("aron") || t.folded.hasSuffix("eron")
        case .fr: return t.folded.count > 4 && t.folded.hasSuffix("ent") && !t.folded.hasSuffix("ment")
        }
    }
}
