import Foundation

/// A generated Markdown document of about a hundred pages: chapters and sections in English,
/// Spanish, French and Arabic, nested lists and a 200-row table. Latin paragraphs start with a
/// marker `P0001`, `P0002`… so that reading order can be checked.
enum BigDocument {
    static let spanish = "Las consultas regionales subrayaron la necesidad de vías regulares, el acceso a servicios sin temor a la detención y la protección de niñas y niños migrantes en tránsito."
    static let french = "Les consultations régionales ont souligné la nécessité de voies régulières, l'accès aux services sans crainte de détention et la protection des enfants migrants en transit."
    static let english = "Participants stressed that regular pathways, access to services without fear of detention and the protection of migrant children must remain at the centre of the compacts."
    static let arabic = "تؤكد المشاورات الإقليمية على أهمية حماية حقوق المهاجرين وأسرهم في جميع مراحل الهجرة، وعلى ضرورة توفير مسارات نظامية آمنة."

    static func chapterTitle(_ c: Int) -> String { "Chapter \(c): Act \(c) and its regions" }
    static func sectionTitle(_ c: Int, _ s: Int) -> String { "Section \(c).\(s) Regional specificities" }

    static let chapters = 10, sections = 4, paragraphs = 15

    static func markdown() -> String {
        var out = "---\ntitle: Stocktaking test report\nauthor: Test Secretariat\ndate: 2017-12-03\n---\n\n"
        var marker = 0
        func next() -> String { marker += 1; return String(format: "P%04d", marker) }
        for c in 1...chapters {
            out += "# \(chapterTitle(c))\n\n"
            for s in 1...sections {
                out += "## \(sectionTitle(c, s))\n\n"
                for p in 0..<paragraphs {
                    let text = [english, spanish, french][(c + s + p) % 3]
                    out += "\(next()) \(text) \(text) \(text)\n\n"
                    if p == 3 { out += "\(arabic)\n\n" }
                }
                out += "- \(next()) first point on **regular pathways**\n  - nested point *one*\n  - nested point two\n    1. deeper numbered\n    2. deeper again\n- \(next()) second point\n\n"
            }
            if c == 5 {
                out += "| Region | Country | Notes | Share |\n|---|---|--:|--:|\n"
                for r in 1...200 { out += "| Region \(r) | País número \(r) | \(r * 7) | \(r % 100).\(r % 10) % |\n" }
                out += "\n"
            }
        }
        return out
    }

    static var markerCount: Int { chapters * sections * (paragraphs + 2) }
}
