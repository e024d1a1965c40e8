import Model

extension Rewriter {
    /// The region (or constituency) phrase a descriptor may end with (` from Asia`) (SPEC 3.3): only when at least `min_group`
    /// distinct organisations — for governments, distinct states — present at the session share it.
    /// Never for regional outcomes, nor for the `global` region.
    func qualifier(for r: Referent, in c: ContentContext, lang: Language) -> String? {
        // Region names are written in the meeting's language: a descriptor in another language
        // stays general rather than mix them.
        guard let session = c.session, lang == options.fallbackLanguage else { return nil }
        let present = participation.peoplePresent(at: session)
        let subject: Person?
        switch r {
        case .person(let id): subject = participation.people[id]
        case .organisation(let key): subject = participation.members(of: key).first
        default: subject = nil
        }
        guard let p = subject else { return nil }
        let k = max(1, meeting.minGroup)
        func groups(_ filter: (Person) -> Bool) -> Int {
            let sharing = present.filter { $0.sector == p.sector && filter($0) }
            if p.isGovernment { return Set(sharing.compactMap { participation.stateOf[$0.id] }).count }
            return Set(sharing.compactMap { participation.organisationOf[$0.id] }).count
        }
        if p.region != "global", let region = meeting.region(p.region), groups({ $0.region == p.region }) >= k,
           !region.name.lowercased().contains("global") {
            var name = region.name
            if lang == .en, name.hasPrefix("The ") { name = "the " + name.dropFirst(4) }
            let needsArticle = ["Middle East", "Pacific", "Caribbean", "Americas", "Gulf", "Balkans", "Sahel", "Horn of",
                                "Great Lakes", "Maghreb", "Levant", "Near East", "Far East", "Arab"]
            if lang == .en, needsArticle.contains(where: name.hasPrefix) { name = "the " + name }
            switch lang {
            case .en: return " from " + name
            case .es: return " de la región " + name
            case .fr: return " de la région " + name
            }
        }
        if lang == .en, let cst = p.constituency, !cst.isEmpty, groups({ $0.constituency == cst }) >= k {
            // An id that is an acronym of meeting.yaml reads as one ("the GFMD constituency").
            let label = meeting.acronyms.first { $0.short.lowercased() == cst.lowercased() }?.short
                ?? cst.replacingOccurrences(of: "-", with: " ")
            return " from the \(label) constituency"
        }
        return nil
    }
}
