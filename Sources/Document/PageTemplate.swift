import Foundation

/// Page set-up and styles of one kind of document: paper, margins (mirrored when duplex), running
/// head and footer texts, styles, accent colour, duplex padding, the internal band and the draft
/// watermark. Read from `Templates/*.yaml` by Ingest; all lengths in millimetres or points.
public struct PageTemplate: Hashable, Sendable {
    public var paper: Paper
    public var margins: Margins
    /// Mirror the margins on even pages and pad to an even page count.
    public var duplex: Bool
    /// Left text of the footer (the meeting's short name); the right one is `labels.pageOfTotal`.
    public var footerText: String
    /// Left text of the running head; empty: the document's title.
    public var headerText: String
    public var styles: Styles
    public var accent: Colour
    public var labels: Labels
    /// The band across the top of every page of an internal document, e.g. "CIVIL SOCIETY ONLY —
    /// NOT FOR DISTRIBUTION"; nil for none.
    public var band: String?
    /// A DRAFT watermark and this build label (date and short hash) on every page; nil for none.
    public var draftLabel: String?
    /// A build without `--release`: every page carries `labels.notReleased` in its bottom margin.
    public var unreleased = false
    /// Every level-1 heading starts a new page.
    public var chapterStartsPage: Bool
    /// The paper turned sideways (tent cards).
    public var landscape: Bool = false

    public init(paper: Paper = .a4, margins: Margins = Margins(), duplex: Bool = false, footerText: String = "",
                headerText: String = "", styles: Styles = Styles(), accent: Colour = .defaultAccent,
                labels: Labels = Labels(), band: String? = nil, draftLabel: String? = nil,
                chapterStartsPage: Bool = false) {
        self.paper = paper; self.margins = margins; self.duplex = duplex; self.footerText = footerText
        self.headerText = headerText; self.styles = styles; self.accent = accent; self.labels = labels
        self.band = band; self.draftLabel = draftLabel; self.chapterStartsPage = chapterStartsPage
    }
}

/// A paper size in millimetres.
public struct Paper: Hashable, Sendable {
    public var name: String
    public var widthMM: Double
    public var heightMM: Double
    public init(name: String, widthMM: Double, heightMM: Double) {
        self.name = name; self.widthMM = widthMM; self.heightMM = heightMM
    }
    public static let a4 = Paper(name: "a4", widthMM: 210, heightMM: 297)
    public static let letter = Paper(name: "letter", widthMM: 215.9, heightMM: 279.4)
    /// A paper by name (`a4`, `letter`), or nil.
    public static func named(_ name: String) -> Paper? {
        switch name.lowercased() { case "a4": return .a4; case "letter": return .letter; default: return nil }
    }
}

/// Page margins in millimetres; `inside` is the binding side (left on odd pages).
public struct Margins: Hashable, Sendable {
    public var top: Double, bottom: Double, inside: Double, outside: Double
    public init(top: Double = 25, bottom: Double = 22, inside: Double = 22, outside: Double = 20) {
        self.top = top; self.bottom = bottom; self.inside = inside; self.outside = outside
    }
}

/// An sRGB colour, components 0…1.
public struct Colour: Hashable, Sendable {
    public var red: Double, green: Double, blue: Double
    public init(red: Double, green: Double, blue: Double) { self.red = red; self.green = green; self.blue = blue }
    /// A grey: 0 black, 1 white.
    public static func grey(_ level: Double) -> Colour { Colour(red: level, green: level, blue: level) }
    public static let black = Colour(red: 0, green: 0, blue: 0)
    public static let defaultAccent = Colour(hex: "#1F4E79")!

    /// `#RRGGBB`, or nil.
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        self.init(red: Double(v >> 16 & 0xFF) / 255, green: Double(v >> 8 & 0xFF) / 255, blue: Double(v & 0xFF) / 255)
    }
}

/// The fixed texts a document prints, in its language. `{n}` and `{m}` in `pageOfTotal` are the
/// page number and the page count.
public struct Labels: Hashable, Sendable {
    public var pageOfTotal: String
    public var contents: String
    public var draft: String
    public var figure: String
    /// The small label of every page of a build that was not released (SPEC 3.4).
    public var notReleased: String
    /// Printed on a page added only to make the page count even (duplex); empty for nothing.
    public var blankPage: String

    public init(pageOfTotal: String = "page {n} of {m}", contents: String = "Contents", draft: String = "DRAFT",
                figure: String = "Figure", notReleased: String = "DRAFT — not released", blankPage: String = "") {
        self.pageOfTotal = pageOfTotal; self.contents = contents; self.draft = draft; self.figure = figure
        self.notReleased = notReleased; self.blankPage = blankPage
    }

    /// "page 3 of 12".
    public func page(_ n: Int, of m: Int) -> String {
        pageOfTotal.replacingOccurrences(of: "{n}", with: String(n)).replacingOccurrences(of: "{m}", with: String(m))
            .replacingOccurrences(of: " ", with: "\u{00A0}")
    }
}
