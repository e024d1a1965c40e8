import Foundation
import Model

/// What a rapporteur template holds for one session (`stocktake templates`, SPEC 5): the
/// `session:` line the reader needs, guidance the reader drops, and one heading per section. The
/// Word and Markdown writers both set these paragraphs; the Word note reader knows a guidance
/// paragraph by its style and checks its text against `guidanceTexts(of:)`.
public struct RapporteurTemplate: Sendable {
    public enum Paragraph: Hashable, Sendable {
        /// A line the reader reads (`session: d1-act2`).
        case field(String)
        /// The session's title, in the guidance title style.
        case title(String)
        /// Guidance, dropped by the reader.
        case guidance(String)
        /// The "how to mark a point" box, dropped by the reader.
        case box([String])
        /// A section heading (Word's Heading 1, Markdown's `##`).
        case heading(String)
    }

    public var session: Session
    public var language: String
    public var paragraphs: [Paragraph]

    /// The template of `session`, in its language.
    public init(session: Session, meeting: Meeting) {
        self.session = session
        let language = session.language ?? meeting.language
        self.language = language
        let t = TemplateTexts(language: language)
        var p: [Paragraph] = [.field("session: \(session.id)"), .title(session.title)]
        var when = [t.day(session.day)]
        if session.day >= 1, session.day <= meeting.dates.count { when.append(t.date(meeting.dates[session.day - 1])) }
        if let time = session.time { when.append(time) }
        if let room = session.room { when.append(room) }
        p.append(.guidance(when.joined(separator: " · ")))
        let acts = session.acts.compactMap { id in meeting.acts.first { $0.id == id } }
        if !acts.isEmpty {
            p.append(.guidance(t.acts + " " + acts.map { "\($0.id) — \($0.title)" }.joined(separator: "; ")))
        }
        p.append(.guidance(session.rule == .chathamHouse ? t.chathamHouse : t.onRecord))
        p.append(.box(t.markBox(regions: meeting.regions.map(\.id), tags: meeting.tags.map(\.id))))
        let chosen = session.sections.isEmpty ? meeting.sections : session.sections.compactMap { id in meeting.sections.first { $0.id == id } }
        for section in chosen {
            p.append(.heading(section.heading))
            var guidance = [section.prompt, t.readers(section.clearance)].compactMap { $0 }
            guidance = guidance.filter { !$0.isEmpty }
            p.append(.guidance(guidance.joined(separator: " ")))
        }
        self.paragraphs = p
    }

    /// Every text a template of this meeting puts in a guidance paragraph, white space
    /// normalised: a guidance paragraph holding anything else was typed by someone.
    public static func guidanceTexts(of meeting: Meeting) -> Set<String> {
        var out: Set<String> = []
        for session in meeting.sessions {
            for language in Set([session.language ?? meeting.language, meeting.language, "en", "es", "fr"]) {
                var s = session
                s.language = language
                for p in RapporteurTemplate(session: s, meeting: meeting).paragraphs {
                    switch p {
                    case .title(let x), .guidance(let x): out.insert(normalised(x))
                    case .box(let lines): for l in lines { out.insert(normalised(l)) }
                    case .field, .heading: continue
                    }
                }
            }
        }
        return out
    }

    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The template as a Markdown note: guidance as YAML comments in the front matter (a note's
    /// body may hold nothing but notes), then the section headings.
    public var markdown: String {
        var front = ["---"]
        var body: [String] = []
        var heading: String?
        for p in paragraphs {
            switch p {
            case .field(let f): front.append(f)
            case .title(let x): front.append("# " + x)
            case .guidance(let x) where heading != nil: front.append("# \(heading!): \(x)")
            case .guidance(let x): front.append("# " + x)
            case .box(let lines): front += lines.map { "# " + $0 }
            case .heading(let h):
                heading = h
                body += ["", "## " + h]
            }
        }
        front.append("---")
        return (front + body).joined(separator: "\n") + "\n"
    }
}
