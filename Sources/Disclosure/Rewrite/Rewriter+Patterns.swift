import Foundation
import Model

/// What identifies a participant without being one of their forms (SPEC 3.2), replaced in
/// chatham-house content whoever it points at: contact data (e-mail and web addresses, @handles,
/// #hashtags), an all-capital acronym in brackets next to a speaker ("a participant (WWAWA)"), and
/// a title or role noun that points at one person ("the Ambassador", "our co-facilitator", "the
/// youngest participant"). Patterns, not forms: no list of participants can name them all.
extension Rewriter {
    package enum PatternKind: String, Sendable {
        case email, web, handle, hashtag, bracketedAcronym, identifyingRole, phone
    }

    /// The pattern units of a text, in order, not overlapping.
    func patternUnits(_ flat: FlatText, lang: Language, session: String? = nil) -> [Unit] {
        let text = flat.string
        guard text.contains(where: { "@#.(+＠＃﹫﹟".contains($0) }) || Self.rolePrefilter(text) else { return [] }
        var units: [Unit] = []
        let offsets = CharacterOffsets(text)
        for (kind, re) in Self.patterns {
            guard let re else { continue }
            let ns = text as NSString
            for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let range = offsets.range(m.range)
                guard !range.isEmpty, !units.contains(where: { $0.range.overlaps(range) }) else { continue }
                let matched = String(flat.chars[range])
                if kind == .bracketedAcronym, !acronymIsAffiliation(matched, before: range.lowerBound, flat: flat) { continue }
                if kind == .hashtag, matched.dropFirst().allSatisfy(\.isNumber) { continue }
                // A spelt-out address is not "the report is at recam.org/informe": a word of the
                // sentence before "at", or a path after the domain, makes it prose and a web address.
                if kind == .email, !matched.contains(where: { "@＠﹫".contains($0) }) {
                    let local = matched.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
                    if Self.notAnAddress.contains(local) || (range.upperBound < flat.chars.count && flat.chars[range.upperBound] == "/") { continue }
                }
                // A telephone number has eight digits or more ("+52 33 1234 5678"), not a year range.
                if kind == .phone, matched.filter(\.isNumber).count < 8 { continue }
                var r = range
                // "(WWAWA)" goes with the space before it.
                if kind == .bracketedAcronym, r.lowerBound > 0, flat.chars[r.lowerBound - 1] == " " { r = (r.lowerBound - 1)..<r.upperBound }
                units.append(Unit(range: r, text: replacement(kind, matched: matched, lang: lang),
                                  reason: "\(kind.rawValue) (chatham-house)", referents: []))
            }
        }
        // "La profesora del Centro": a title noun, whatever follows it, when someone present at
        // the session holds that title ("Prof. Strand", "Dra. Camacho").
        if let session, let re = Self.titledRole, Self.rolePrefilter(text) {
            let ns = text as NSString
            for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let range = offsets.range(m.range)
                guard !range.isEmpty, !units.contains(where: { $0.range.overlaps(range) }) else { continue }
                let noun = ns.substring(with: m.range(at: 1)).lowercased()
                let titles = noun.hasPrefix("prof") ? Self.professorTitles : Self.doctorTitles
                let holder = (participation.presence[session] ?? []).contains { id in
                    guard let p = meeting.people.first(where: { $0.id == id }) else { return false }
                    return p.aliases.contains { a in
                        titles.contains(a.split(separator: " ").first.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) } ?? "")
                    }
                }
                guard holder else { continue }
                let matched = String(flat.chars[range])
                units.append(Unit(range: range, text: replacement(.identifyingRole, matched: matched, lang: lang),
                                  reason: "\(PatternKind.identifyingRole.rawValue) (chatham-house)", referents: []))
            }
        }
        return units.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let titledRole = re(#"(?i)\b(?:the|la|el|le|l['’])\s*(professor|prof|profesora?|professeure?|doctor|doctora|docteure?)\b"#)
    private static let professorTitles: Set<String> = ["prof", "professor", "profesor", "profesora", "professeur", "professeure"]
    private static let doctorTitles: Set<String> = ["dr", "dra", "doctor", "doctora", "docteur", "docteure"]

    /// An acronym in brackets is an affiliation when a speaker stands right before it: a
    /// descriptor or role noun ("participant", "delegate", "representative"…), or a capitalised name.
    private func acronymIsAffiliation(_ matched: String, before start: Int, flat: FlatText) -> Bool {
        let inner = matched.dropFirst().dropLast()
        // Known bodies and processes are not affiliations of a speaker ("the Compact (GCM)").
        if Self.publicBodies.contains(String(inner)) { return false }
        guard let k = flat.tokens.lastIndex(where: { $0.end <= start }) else { return false }
        let t = flat.tokens[k]
        if Self.speakerNouns.contains(t.folded) { return true }
        // "Ana (WWAWA)": a capitalised word that is not a sentence's first, or a name of several words.
        return t.isCapitalised && !t.sentenceStart && !Self.speakerNouns.contains(t.folded)
            && t.text.count > 1 && !(t.text.allSatisfy { $0.isUppercase })
    }

    private func replacement(_ kind: PatternKind, matched: String, lang: Language) -> String {
        switch (kind, lang) {
        case (.email, .en): return "[e-mail address]"
        case (.email, .es): return "[dirección de correo]"
        case (.email, .fr): return "[adresse électronique]"
        case (.web, .en): return "[web address]"
        case (.web, .es): return "[dirección web]"
        case (.web, .fr): return "[adresse web]"
        case (.handle, .en), (.hashtag, .en): return "[account]"
        case (.handle, .es), (.hashtag, .es): return "[cuenta]"
        case (.handle, .fr), (.hashtag, .fr): return "[compte]"
        case (.phone, .en): return "[telephone number]"
        case (.phone, .es): return "[número de teléfono]"
        case (.phone, .fr): return "[numéro de téléphone]"
        case (.bracketedAcronym, _): return ""
        case (.identifyingRole, _):
            let articleFirst = matched.first.map { $0.isUppercase } ?? false
            // "the co-facilitators", "los co-facilitadores": more than one.
            let last = matched.lowercased().split(whereSeparator: { !$0.isLetter }).last ?? ""
            let plural = last.hasSuffix("s") && !last.hasSuffix("ss") && !["his", "sus", "les", "nos", "leurs", "los", "las"].contains(String(last))
            let phrase = plural ? ["en": "some participants", "es": "algunos participantes", "fr": "des participants"][lang.rawValue] ?? "some participants"
                : Phrasebook.phrase(.person(nil), count: 1, lang)
            return articleFirst ? phrase.prefix(1).uppercased() + phrase.dropFirst() : phrase
        }
    }

    /// Words that stand before "at" in prose ("is at", "posted at"), never an address's name.
    static let notAnAddress: Set<String> = [
        "is", "was", "are", "were", "be", "been", "published", "posted", "available", "online", "located", "found", "here",
        "there", "it", "them", "us", "me", "him", "her", "read", "see", "look", "looked", "meet", "met", "held", "arrive",
        "arrived", "stay", "stayed", "work", "works", "worked", "live", "lives", "lived", "stop", "aimed", "hosted", "report", "data",
    ]

    /// Cheap test before the role pattern runs.
    private static func rolePrefilter(_ text: String) -> Bool {
        let lower = text.lowercased()
        return roleWords.contains { lower.contains($0) }
    }

    private static let roleWords = ["ambassad", "embajad", "usec", "secretar", "minist", "facilit", "youngest", "oldest",
                                    "joven", "jeune", "unionist", "sindicalista", "syndicaliste", "academic", "académic", "universitaire", "lawyer", "abogad", "avocat", "participant", "delegate", "délégu", "delegad", "mujer", "femme", "woman", "cónsul", "consul", "special", "especial", "spécial", "priest", "sacerdote", "prêtre", "imam", "bishop", "obispo", "mayor", "âgé", "chair", "rapporteur", "relator", "présid", "presid", "only ", "profes", "doctor", "docteur", "excellen", "excelenc", "co-chair", "cochair", " at ", "arroba", "arobase", "whatsapp", "phone", "fono", "tel", "móvil", "movil", "celular", "mobile", "portable", "00"]

    static let speakerNouns: Set<String> = [
        "participant", "participants", "delegate", "delegates", "representative", "representatives", "speaker",
        "speakers", "organisation", "organization", "organisations", "organizations", "activist", "advocate",
        "colleague", "expert", "member", "participante", "participantes", "delegado", "delegada", "representante",
        "organizacion", "ponente", "oradora", "orador", "miembro", "representant", "representante", "intervenant",
        "intervenante", "organisation", "membre", "delegue", "deleguee",
    ]

    /// Acronyms of public bodies and processes that a bracket may spell out after their name.
    static let publicBodies: Set<String> = [
        "UN", "UNHCR", "IOM", "OIM", "OHCHR", "ILO", "OIT", "UNICEF", "GFMD", "FMMD", "GCM", "GCR", "PMM", "SDG",
        "SDGs", "ODS", "ODD", "UNGA", "AGNU", "CSO", "CSOs", "OSC", "NGO", "NGOs", "ONG", "ONGs", "EU", "UE", "AU",
        "UA", "WHO", "OMS", "ICMC", "SRSG", "RCP", "RCPs", "CRRF", "IDP", "IDPs", "LGBTI", "LGBTQI",
    ]

    /// The patterns, most specific first: an e-mail contains a domain, a URL may contain an @.
    private static let patterns: [(PatternKind, NSRegularExpression?)] = [
        (.email, re(#"(?:mailto:)?(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]++[@＠﹫][\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"#)),
        // Spelt out so that no filter sees it: "rosa dot flores at recam dot org", "ana(at)x.org",
        // "rosa.flores arroba recam punto org". Possessive loops: linear on any text.
        (.email, re(#"(?i)(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]++(?:(?:\.|\s++(?:dot|punto|point)\s++|\s*+[(\[](?:dot|punto|point)[)\]]\s*+)[\p{L}\p{N}_%+-]++)*+(?:\s*+[(\[](?:at|arroba|arobase)[)\]]\s*+|\s++(?:at|arroba|arobase)\s++)[\p{L}\p{N}-]++(?:(?:\.|\s++(?:dot|punto|point)\s++|\s*+[(\[](?:dot|punto|point)[)\]]\s*+)(?:org|com|net|int|info|ngo|edu|gov|gob|gouv|[a-z]{2})\b)++"#)),
        // A telephone number with its country code, or after a word that says it is one.
        (.phone, re(#"(?i)(?:(?<![\p{L}\p{N}])(?:whatsapp|signal|telegram|t[ée]l|t[ée]l[ée]fono|t[ée]l[ée]phone|phone|m[óo]vil|celular|cel|cell|mobile|portable)\.?\s*+:?\s*+(?:(?:at|al|au|on|is|es|est)\s+)?|(?=\+)|(?<![\p{L}\p{N}])(?=00))\+?[\d(][\d\s().-]{6,18}\d"#)),
        // A national number in groups, "(33) 1234-5678", "06 12 34 56 78", or ten digits or more.
        (.phone, re(#"(?<![\p{L}\p{N}.,])(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{4}|0\d(?:[\s.]\d{2}){4}|\d{10,13})(?![\p{N}])"#)),
        (.web, re(#"(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'"]|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:org|com|net|int|info|ngo|edu|gov|gob|gouv|io|eu|mx|ca|ch|de|fr|es|ph|ma|ec|uk|au|be|nl|se|lk|bd|np|ng|gh|sn|jo|fj|et|cl|co|ar|gt|hn|sv|cr|us|ly|me|gl|app|link|news|tv|ngo|africa|asia|lat)(?:/[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])?\b"#)),
        // Any domain followed by a path ("bit.ly/rosaf") is a web address, whatever its ending.
        (.web, re(#"\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,12}/[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"]"#)),
        (.handle, re(#"(?<![\p{L}\p{N}._%+-])[@＠﹫][\p{L}\p{N}_]{2,}"#)),
        (.hashtag, re(#"(?<![\p{L}\p{N}&])[#＃﹟][\p{L}\p{N}_]{2,}"#)),
        (.bracketedAcronym, re(#"[(\[]\p{Lu}[\p{Lu}\p{N}&.\-]{1,11}[)\]]"#)),
        (.identifyingRole, re(#"(?i)\b(?:the|our|their|your|his|her|el|la|los|las|nuestra|nuestro|nuestras|nuestros|su|sus|vuestra|le|les|notre|nos|leur|leurs|son|sa|votre|l['’])\s*(?:(?:excm[oa]\.?|excelent[íi]sim[oa]|h\.\s?e\.|s\.\s?e\.)\s*)?(?:(?:co-?|vice-?|deputy\s+|under-?secretary-?\s*)?(?:undersecretary|under-secretary|sub-?secretari[oa]|subsecretari[oa]|sous-secr[ée]taire|special\s+representative|representante\s+especial|repr[ée]sentante?\s+sp[ée]ciale?|priest|sacerdote|pr[êe]tre|imam|rabbi|bishop|obispo|[ée]v[êe]que|ambassador|ambassadress|embajador|embajadora|ambassadeur|ambassadrice|usec|minister|ministra|ministro|ministre|viceministra|viceministro|consul|c[óo]nsul|consule|co-?facilitators?|co-?facilitador(?:a|es|as)?|co-?facilitat(?:eur|rice)s?|facilitators?|facilitador(?:a|es|as)?|facilitat(?:eur|rice)s?|(?:co-?chairs?|co-?presidentes?|co-?pr[ée]sident(?:e|s|es)?|professor|prof|profesora?|professeure?|doctor|doctora|docteure?)(?!\s+(?:of|de|del|du|des|d['’]|at|en|in|from|para|pour|for)\b)|(?-i:Excellency|Excelencia|Excellence)|rapporteur|relatora?|chair|chairperson|president(?:a|e)?|presidente|présidente?|secretary-general|secretaria?\s+general|secrétaire\s+général)|(?:youngest|oldest)\s+(?:participant|delegate|speaker|member|one)|(?:only|sole)\s+(?:woman|man|delegate|participant|trade\s+unionist|lawyer|youth\s+delegate)|(?:persona\s+|personne\s+|person\s+)?(?:m[áa]s\s+joven|plus\s+jeune|youngest|oldest|m[áa]s\s+mayor|plus\s+[âa]g[ée]e?)(?:\s+(?:participante?|d[ée]l[ée]gu[ée]e?|delegad[ao]|del\s+grupo|du\s+groupe))?)\b"#)),
        // A rapporteur's own descriptor that may point at one person: "the trade unionist from
        // Asia", "la académica de América Latina", "The West African trade unionist". Replaced by
        // the general descriptor: whether a group is large enough is for the tool to say (SPEC 3.3).
        (.identifyingRole, re(#"\b(?:[Tt]he|[Ll]a|[Ee]l|[Ll]e|[Ll]['’])\s*(?:(?:only|sole|seule?|[úu]nic[oa])\s+)?(?:(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:trade\s+unionist|unionist|academic|lawyer|researcher|youth\s+delegate|participant|woman)\b|(?:(?:civil-society|government|youth|diaspora|trade-union|refugee|indigenous)\s+)?(?:trade\s+unionist|unionist|sindicalista|syndicaliste|academic|acad[ée]mic[oa]|universitaire|chercheu(?:r|se)|researcher|investigador[a]?|youth\s+delegate|young\s+participant|lawyer|abogad[oa]|avocate?|participante?|woman|mujer|femme|delegate|d[ée]l[ée]gu[ée]e?|delegad[oa])\s+(?:from|of|del?|du|des|d['’])\s*(?:la\s+|l['’]|el\s+|the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)"#)),
    ]

    private static func re(_ pattern: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: pattern) }
}

/// Maps NSString (UTF-16) ranges to `Character` offsets of the same string.
struct CharacterOffsets {
    private var utf16ToCharacter: [Int] = []

    init(_ s: String) {
        var map: [Int] = []
        map.reserveCapacity(s.utf16.count + 1)
        var k = 0
        for c in s {
            for _ in 0..<c.utf16.count { map.append(k) }
            k += 1
        }
        map.append(k)
        utf16ToCharacter = map
    }

    func range(_ r: NSRange) -> Range<Int> {
        let lo = utf16ToCharacter[min(r.location, utf16ToCharacter.count - 1)]
        let hiIndex = min(r.location + r.length, utf16ToCharacter.count - 1)
        var hi = utf16ToCharacter[hiIndex]
        if hiIndex > 0, r.length > 0, utf16ToCharacter[hiIndex - 1] == hi { hi += 1 }
        return lo..<max(lo, hi)
    }
}
