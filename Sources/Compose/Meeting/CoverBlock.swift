import Document

/// The cover of a meeting output: title, subtitle, venue and dates, the kind of document and the
/// audience marking at the foot.
enum CoverBlock {
    static func make(facts: MeetingFacts, texts: OutputTexts, kind: String, marking: String) -> Block {
        make(facts: facts, texts: texts, kind: kind, marking: marking, logos: texts.template.logos)
    }

    static func make(facts: MeetingFacts, texts: OutputTexts, kind: String, marking: String, logos: [String]) -> Block {
        var lines: [String] = []
        if let venue = facts.venue { lines.append(venue) }
        if !facts.dates.isEmpty { lines.append(DateRange.text(facts.dates, language: facts.language)) }
        if let organiser = facts.organiser { lines.append(organiser) }
        return Block(.cover(Cover(title: facts.title, subtitle: facts.subtitle ?? "", lines: lines, kind: kind,
                                  marking: marking, logos: logos)), provenance: .cover)
    }
}

/// Meeting dates as people write them: "2–3 December 2017", "2-3 de diciembre de 2017",
/// "2–3 décembre 2017".
enum DateRange {
    static let months: [String: [String]] = [
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ]

    static func text(_ dates: [String], language: String) -> String {
        let parsed = dates.compactMap { d -> (Int, Int, Int)? in
            let p = d.split(separator: "-").compactMap { Int($0) }
            return p.count == 3 ? (p[0], p[1], p[2]) : nil
        }
        guard let first = parsed.first, let last = parsed.last else { return dates.joined(separator: ", ") }
        let names = months[language] ?? months["en"]!
        func month(_ m: Int) -> String { (1...12).contains(m) ? names[m - 1] : "\(m)" }
        let connector = language == "es" ? " de " : " "
        if first == last { return "\(first.2)\(connector)\(month(first.1))\(connector)\(first.0)" }
        if first.0 == last.0 && first.1 == last.1 {
            return "\(first.2)–\(last.2)\(connector)\(month(first.1))\(connector)\(first.0)"
        }
        return "\(first.2)\(connector)\(month(first.1)) – \(last.2)\(connector)\(month(last.1))\(connector)\(last.0)"
    }
}
