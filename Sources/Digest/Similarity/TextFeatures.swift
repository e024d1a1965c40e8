import Foundation

/// The comparable features of a message: its content words, folded (case and accents dropped),
/// stop words removed and cut to a short stem, so that "detention of children" and "children
/// detained" share features. The set is what recurring-message grouping compares.
struct TextFeatures: Sendable {
    /// Stems of the content words, plus adjacent stem pairs (order carries some meaning).
    let shingles: Set<String>

    /// Words shorter than this are dropped unless they are numbers ("3.6" stays).
    static let minimumWordLength = 3
    /// Stems are cut to this many characters: a cheap, language-neutral stemmer.
    static let stemLength = 6

    init(_ text: String) {
        let words = Self.words(text)
        var set = Set(words)
        if words.count > 1 {
            for i in 0..<(words.count - 1) { set.insert(words[i] + "_" + words[i + 1]) }
        }
        shingles = set
    }

    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out: [String] = []
        for raw in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") }) {
            let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: "."))
            guard !word.isEmpty, !StopWords.all.contains(word), !StopWords.boilerplate.contains(word) else { continue }
            if word.first!.isNumber { out.append(word); continue }
            guard word.count >= minimumWordLength else { continue }
            out.append(String(word.prefix(stemLength)))
        }
        return out
    }

    /// Exact Jaccard similarity of two feature sets.
    func jaccard(_ other: TextFeatures) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return 0 }
        let inter = shingles.intersection(other.shingles).count
        return Double(inter) / Double(shingles.count + other.shingles.count - inter)
    }
}

/// Function words of English, Spanish and French that carry no message.
enum StopWords {
    /// Words of the stock wording around a point — who said it and how ("a civil-society
    /// participant from Asia stressed that", "el grupo acordó que", "il a été rappelé que") —
    /// which two different points share (issue 10: grouping never joins on boilerplate).
    static let boilerplate: Set<String> = Set("""
    said says stressed noted described agreed asked recalled warned explained reported insisted argued added \
    mentioned pointed highlighted underlined called urged proposed suggested reminded stated emphasised emphasized \
    participant participants group groups civil society delegate delegates delegation delegations government \
    governments representative representatives speaker speakers mention \
    senalo senalaron subrayo subrayaron acordo acordaron recordo recordaron pidio pidieron explico insistio afirmo \
    destaco propuso grupo grupos participante participantes sociedad gobierno gobiernos delegacion delegado delegada \
    delegados representante representantes \
    rappele rappelle souligne soulignent convenu explique insiste affirme groupe groupes societe gouvernement \
    gouvernements delegue deleguee delegues representant representants
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let all: Set<String> = Set("""
    the a an and or of to in on for with by at from as is are was were be been being it its this that these those \
    which who whom whose what when where how than then there their they them we our us you your he she his her \
    not no nor but also all any each more most other some such only own same so too very can will would should \
    could may might must shall do does did done has have had having into over under about between through during \
    before after above below up down out off again further once here why both few just now should must need needs \
    el la los las un una unos unas y o u de del al en por para con sin sobre entre que quien cual cuales es son \
    fue fueron ser sea sean esta este estos estas ese esa esos esas su sus se lo le les como mas pero tambien ya \
    muy no ni hay han ha debe deben deberia todos todas cada otro otra otros otras \
    le la les un une des et ou de du au aux en par pour avec sans sur entre que qui quoi dont est sont etait etre \
    ce cet cette ces son sa ses leur leurs se ne pas plus mais aussi tres tous toutes chaque autre autres doit doivent
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
