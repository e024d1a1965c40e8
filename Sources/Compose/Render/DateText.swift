import Document

/// A date written out for a cover, in English, Spanish or French: "3 December 2017",
/// "3 de diciembre de 2017", "3 décembre 2017".
enum DateText {
    static func long(_ d: DocumentDate, language: String) -> String {
        let months: [String]
        switch language {
        case "es": months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        case "fr": months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        default: months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        }
        let m = months[min(max(d.month, 1), 12) - 1]
        switch language {
        case "es": return "\(d.day) de \(m) de \(d.year)"
        case "fr": return "\(d.day) \(m) \(d.year)"
        default: return "\(d.day) \(m) \(d.year)"
        }
    }
}
