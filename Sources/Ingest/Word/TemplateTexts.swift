import Model

/// The sentences of a rapporteur template in English, Spanish and French.
struct TemplateTexts {
    let language: String

    private func pick(_ en: String, _ es: String, _ fr: String) -> String {
        language == "es" ? es : language == "fr" ? fr : en
    }

    func day(_ n: Int) -> String { pick("Day \(n)", "Día \(n)", "Jour \(n)") }

    func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        let months: [String]
        switch language {
        case "es": months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        case "fr": months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        default: months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        }
        let m = months[parts[1] - 1]
        return language == "es" ? "\(parts[2]) de \(m) de \(parts[0])" : "\(parts[2]) \(m) \(parts[0])"
    }

    var acts: String { pick("Acts:", "Actos:", "Actes :") }

    var chathamHouse: String {
        pick("Chatham House Rule: write what was said, never who said it — no names, organisations or governments.",
             "Regla de Chatham House: escriba lo que se dijo, nunca quién lo dijo — sin nombres, organizaciones ni gobiernos.",
             "Règle de Chatham House : écrivez ce qui a été dit, jamais qui l’a dit — ni noms, ni organisations, ni gouvernements.")
    }

    var onRecord: String {
        pick("On the record: what is said here may be quoted.",
             "Sesión pública: lo que se dice aquí puede citarse.",
             "Séance publique : ce qui est dit ici peut être cité.")
    }

    func markBox(regions: [String], tags: [String]) -> [String] {
        var lines = [
            pick("How to write a point: one paragraph or list item per point, under the heading it belongs to. Keep the first line (session: …) as it is. Grey text like this is guidance and is not read.",
                 "Cómo escribir un punto: un párrafo o elemento de lista por punto, bajo el título que le corresponde. Deje la primera línea (session: …) como está. El texto gris como este es una guía y no se lee.",
                 "Comment écrire un point : un paragraphe ou un élément de liste par point, sous le titre auquel il appartient. Laissez la première ligne (session: …) telle quelle. Le texte gris comme celui-ci est un guide et n’est pas lu."),
            pick("How to mark a point: end it with a mark in square brackets, parts separated by semicolons, e.g. [act 2.3; region lac; internal; same regularisation; women].",
                 "Cómo marcar un punto: termínelo con una marca entre corchetes, partes separadas por punto y coma, p. ej. [act 2.3; region lac; internal; same regularisation; women].",
                 "Comment marquer un point : terminez-le par une marque entre crochets, parties séparées par des points-virgules, p. ex. [act 2.3; region lac; internal; same regularisation; women]."),
            pick("act 2.3: the act or target it speaks to · region lac: the region it speaks for · internal: civil society only, never shown to governments · government: governments may read it, the public may not · same KEY: the same message as other points marked with that key · any other word: a theme.",
                 "act 2.3: el acto o la meta · region lac: la región · internal: solo para la sociedad civil, nunca se muestra a los gobiernos · government: los gobiernos pueden leerlo, el público no · same CLAVE: el mismo mensaje que otros puntos con esa clave · cualquier otra palabra: un tema.",
                 "act 2.3 : l’acte ou la cible · region lac : la région · internal : société civile seulement, jamais montré aux gouvernements · government : les gouvernements peuvent le lire, le public non · same CLÉ : le même message que d’autres points marqués de cette clé · tout autre mot : un thème."),
        ]
        if !regions.isEmpty { lines.append(pick("Regions: ", "Regiones: ", "Régions : ") + regions.joined(separator: ", ")) }
        if !tags.isEmpty { lines.append(pick("Themes: ", "Temas: ", "Thèmes : ") + tags.joined(separator: ", ")) }
        return lines
    }

    /// Who reads a section's points.
    func readers(_ c: Clearance) -> String {
        switch c {
        case .public: return pick("(Read by everyone: governments and the public.)", "(Lo leen todos: gobiernos y público.)", "(Lu par tous : gouvernements et public.)")
        case .government: return pick("(Read by governments, not by the public.)", "(Lo leen los gobiernos, no el público.)", "(Lu par les gouvernements, pas par le public.)")
        case .internal: return pick("(Civil society only: never shown to governments.)", "(Solo sociedad civil: nunca se muestra a los gobiernos.)", "(Société civile seulement : jamais montré aux gouvernements.)")
        }
    }
}
