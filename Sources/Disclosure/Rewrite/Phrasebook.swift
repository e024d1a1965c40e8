import Model

/// The descriptors that replace names (SPEC 3.3), in English, Spanish and French: a role, never a
/// person — "a civil-society participant", "one government", "una delegación".
package enum Phrasebook {
    /// What a descriptor names.
    package enum Kind: Hashable, Sendable {
        case person(Sector?)
        case organisation(Sector?)
        case government
        case country
        case representatives
        case nationals
    }

    private static let numbers: [Language: [String]] = [
        .en: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        .es: ["un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"],
        .fr: ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
    ]

    package static func number(_ n: Int, _ lang: Language, feminine: Bool = false) -> String {
        if n >= 1, n <= 10 {
            let w = numbers[lang]![n - 1]
            if n == 1, feminine, lang != .en { return lang == .es ? "una" : "une" }
            return w
        }
        switch lang {
        case .en: return "several"
        case .es: return feminine ? "varias" : "varios"
        case .fr: return "plusieurs"
        }
    }

    /// An indefinite noun phrase for `count` referents of a kind, with an optional region or
    /// constituency phrase (already checked against the small-group rule).
    package static func phrase(_ kind: Kind, count: Int, _ lang: Language, qualifier: String? = nil) -> String {
        let one = count == 1
        let (sg, pl, fem): (String, String, Bool) = nouns(kind, lang)
        var s: String
        switch (lang, kind, one) {
        case (.en, .person, true), (.en, .organisation(.civilSociety), true), (.en, .organisation(.un), true):
            s = "a " + sg
        case (.en, .organisation(.other), true), (.en, .organisation(nil), true):
            s = "an " + sg
        case (.en, .representatives, _), (.en, .nationals, _):
            s = one ? sg : pl.replacingOccurrences(of: "{n}", with: number(count, lang))
        case (.en, _, true): s = "one " + sg
        case (.es, .representatives, _), (.es, .nationals, _), (.fr, .representatives, _), (.fr, .nationals, _):
            s = one ? sg : pl.replacingOccurrences(of: "{n}", with: number(count, lang))
        case (_, _, true): s = number(1, lang, feminine: fem) + " " + sg
        case (_, _, false): s = number(count, lang, feminine: fem) + " " + pl
        }
        if let q = qualifier, one { s += q }
        return s
    }

    /// English possessive of a phrase: `one government's`, `two governments'`.
    package static func possessive(_ s: String) -> String { s.hasSuffix("s") ? s + "'" : s + "'s" }

    private static func nouns(_ kind: Kind, _ lang: Language) -> (String, String, Bool) {
        switch lang {
        case .en:
            switch kind {
            case .person(.civilSociety?): return ("civil-society participant", "civil-society participants", false)
            case .person(.government?): return ("government representative", "government representatives", false)
            case .person(.un?): return ("UN participant", "UN participants", false)
            case .person: return ("participant", "participants", false)
            case .organisation(.civilSociety?): return ("civil-society organisation", "civil-society organisations", false)
            case .organisation(.government?), .government: return ("government", "governments", false)
            case .organisation(.un?): return ("UN entity", "UN entities", false)
            case .organisation: return ("organisation", "organisations", false)
            case .country: return ("country", "countries", false)
            case .representatives: return ("representatives of one government", "representatives of {n} governments", false)
            case .nationals: return ("nationals of one country", "nationals of {n} countries", false)
            }
        case .es:
            switch kind {
            case .person(.civilSociety?): return ("participante de la sociedad civil", "participantes de la sociedad civil", false)
            case .person(.government?): return ("representante gubernamental", "representantes gubernamentales", false)
            case .person(.un?): return ("participante de las Naciones Unidas", "participantes de las Naciones Unidas", false)
            case .person: return ("participante", "participantes", false)
            case .organisation(.civilSociety?): return ("organización de la sociedad civil", "organizaciones de la sociedad civil", true)
            case .organisation(.government?), .government: return ("gobierno", "gobiernos", false)
            case .organisation(.un?): return ("entidad de las Naciones Unidas", "entidades de las Naciones Unidas", true)
            case .organisation: return ("organización", "organizaciones", true)
            case .country: return ("país", "países", false)
            case .representatives: return ("representantes de un gobierno", "representantes de {n} gobiernos", false)
            case .nationals: return ("nacionales de un país", "nacionales de {n} países", false)
            }
        case .fr:
            switch kind {
            case .person(.civilSociety?): return ("participant de la société civile", "participants de la société civile", false)
            case .person(.government?): return ("représentant gouvernemental", "représentants gouvernementaux", false)
            case .person(.un?): return ("participant des Nations unies", "participants des Nations unies", false)
            case .person: return ("participant", "participants", false)
            case .organisation(.civilSociety?): return ("organisation de la société civile", "organisations de la société civile", true)
            case .organisation(.government?), .government: return ("gouvernement", "gouvernements", false)
            case .organisation(.un?): return ("entité des Nations unies", "entités des Nations unies", true)
            case .organisation: return ("organisation", "organisations", true)
            case .country: return ("pays", "pays", false)
            case .representatives: return ("représentants d'un gouvernement", "représentants de {n} gouvernements", false)
            case .nationals: return ("ressortissants d'un pays", "ressortissants de {n} pays", false)
            }
        }
    }
}
